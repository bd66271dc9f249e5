"""The parse stage type-checks: mypy reports no error in ``cwlib/parse``.

Why: the parse modules hand typed facts from step to step, and a name that holds a match in
one line and a tuple in the next is where a reader (or a later rule) goes wrong. mypy reads
the annotations the modules already carry; the configuration is ``[tool.mypy]`` in
pyproject.toml."""

from __future__ import annotations

from pathlib import Path

from mypy import api

ROOT = Path(__file__).resolve().parents[1]


def test_the_parse_stage_type_checks(tmp_path: Path) -> None:
    out, err, status = api.run(
        [
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / "cache"),
            str(ROOT / "cwlib" / "parse"),
        ]
    )
    assert status == 0, out + err
    assert "no issues found" in out
