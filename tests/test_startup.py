"""Start-up: ``cwlib --help`` and ``cwlib build`` load no pandas, openpyxl or matplotlib.

Each import costs a user a fraction of a second on every command, and a build worker pays it
once per process; the brief and report commands import them when they run.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cwlib import paths

_PROBE = """
import contextlib, io, json, sys
from cwlib.cli import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    try:
        status = main(sys.argv[1:])
    except SystemExit as exc:
        status = exc.code
heavy = ("pandas", "openpyxl", "matplotlib", "numpy")
print(json.dumps({"status": status, "heavy": [m for m in heavy if m in sys.modules]}))
"""


def _loaded(*args: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_help_loads_nothing_heavy() -> None:
    assert _loaded("--help") == {"status": 0, "heavy": []}


def test_build_loads_nothing_heavy(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(paths.RAW_DIR, raw)
    found = _loaded(
        "build", "--raw", str(raw), "--out", str(tmp_path / "clean"), "--jobs", "1", "-q"
    )
    assert found == {"status": 0, "heavy": []}


@pytest.mark.parametrize("args", [("brief", "--help")])
def test_brief_still_has_its_options(args: tuple[str, ...]) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "cwlib", *args], capture_output=True, text=True, check=True
    )
    assert "--include-contacts" in out.stdout
