"""The package type-checks: mypy reports no error in ``cwlib``.

Why: the parse modules hand typed facts from step to step, and a name that holds a match in
one line and a tuple in the next is where a reader (or a later rule) goes wrong; the audit
and the exports read those facts' optional fields, where a sum or a date that may be None
is where a message or a sheet goes wrong. mypy reads the annotations the modules already
carry; the configuration is ``[tool.mypy]`` in pyproject.toml."""

from __future__ import annotations

from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[1]


def test_the_package_type_checks(tmp_path: Path) -> None:
    out, err, status = api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / "cache"),
            str(ROOT / "cwlib"),
        ]
    )
    assert status == 0, out + err
    assert "no issues found" in out
