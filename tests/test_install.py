"""The README's route without make: a fresh virtual environment from the lock, then the
``python -m cwlib`` commands. Offline: the lock's wheels come from the wheelhouse that
``make install`` keeps in .venv (the same files, pinned by hash)."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cwlib import paths

WHEELHOUSE = paths.ROOT / ".venv" / "wheelhouse"

pytestmark = pytest.mark.slow


def _run(args: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(args, capture_output=True, text=True, timeout=1200, **kw)  # type: ignore[call-overload]
    assert result.returncode == 0, (
        f"{args[:4]} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
    )
    return result


@pytest.mark.skipif(not WHEELHOUSE.is_dir(), reason="no wheelhouse: run `make install` first")
def test_python_m_commands_in_a_fresh_environment_from_the_lock(tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / ("Scripts" if os.name == "nt" else "bin") / "python"
    offline = ["--no-index", "--find-links", str(WHEELHOUSE), "--quiet"]
    _run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            *offline,
            "--require-hashes",
            "--no-deps",  # as the Makefile and the README: the lock is the whole closure
            "-r",
            str(paths.ROOT / "requirements.lock"),
        ]
    )
    _run([str(python), "-m", "pip", "install", *offline, "--no-deps", "-e", str(paths.ROOT)])
    _run([str(python), "-m", "pip", "check"])  # the lock misses no dependency
    run_env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}

    out = tmp_path / "clean"
    _run([str(python), "-m", "cwlib", "build", "--out", str(out), "-q"], env=run_env)
    committed = paths.CLEAN_DIR
    for name in sorted(p.name for p in committed.iterdir()):
        assert (out / name).read_bytes() == (committed / name).read_bytes(), name

    brief = tmp_path / "brief.xlsx"
    _run(
        [str(python), "-m", "cwlib", "brief", "--data", str(out), "--lang", "lt", "-o", str(brief)],
        env=run_env,
    )
    assert load_workbook(brief).sheetnames

    reports = tmp_path / "reports"
    _run(
        [str(python), "-m", "cwlib", "report", "--data", str(out), "--out", str(reports)],
        env=run_env,
    )
    assert list((reports / "notebooks").glob("*.html"))
    version = _run([str(python), "-m", "cwlib", "--version"], env=run_env).stdout
    assert version.startswith("cwlib ") and sys.version.split()[0] in version
