"""The notebooks: committed thin and without outputs, and executed from a clean kernel against the
committed tables and against a larger corpus (the seeds plus the genre texts).

Execution goes through ``cwlib.export.report.run_reports``, exactly what ``cwlib report`` and
``make run`` do, into a temporary folder: the committed notebooks are never written.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

from cwlib import paths
from cwlib.analyse import plots
from cwlib.build.pipeline import build, raw_files
from cwlib.export.report import notebook_paths, run_reports

NOTEBOOKS = notebook_paths()
EXPECTED = [
    "00_data_tour",
    "01_budgets",
    "02_eu_shares",
    "03_partner_geography",
    "04_programme_timelines",
]
MAX_CELL_LINES = 15
GENRE_DIR = paths.ROOT / "tests" / "genre"


def cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def source(cell: dict) -> str:
    text = cell["source"]
    return text if isinstance(text, str) else "".join(text)


def digest(files: list[Path]) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


# --------------------------------------------------------------------------- as committed


def test_the_notebooks_are_numbered_in_reading_order():
    names = [p.stem for p in NOTEBOOKS]
    assert names[: len(EXPECTED)] == EXPECTED
    assert [int(n[:2]) for n in names] == list(range(len(names)))
    assert all(re.fullmatch(r"\d\d_[a-z0-9_]+", n) for n in names)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_notebook_has_no_outputs(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [], f"{path.name}: outputs committed"
            assert cell["execution_count"] is None, f"{path.name}: execution count committed"
        assert not cell.get("attachments"), f"{path.name}: attachment committed"
    assert set(notebook["metadata"]) <= {"kernelspec", "language_info"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_opens_with_its_question_and_caveats(path):
    first = cells(path)[0]
    assert first["cell_type"] == "markdown"
    assert "**Question.**" in source(first) and "**Caveats.**" in source(first)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_ends_with_computed_findings(path):
    last, before = cells(path)[-1], cells(path)[-2]
    assert source(before).strip() == "## What we found"
    assert last["cell_type"] == "code"
    assert re.fullmatch(r"display\(Markdown\(\w+\.\w+_findings\(tables\b.*\)\)\)", source(last))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_thin(path):
    code = [source(c) for c in cells(path) if c["cell_type"] == "code"]
    assert "tables = cwlib.load()" in code[0]
    for text in code:
        assert not re.search(r"^\s*(def|class|lambda)\b|\blambda\b", text, re.M), text
        assert len(text.splitlines()) <= MAX_CELL_LINES, text
        assert "sys.path" not in text and "read_csv" not in text


def test_every_figure_is_drawn_by_some_notebook():
    code = "\n".join(source(c) for p in NOTEBOOKS for c in cells(p) if c["cell_type"] == "code")
    for name in plots.FIGURES:
        assert f"plots.{name}(tables)" in code, name


# --------------------------------------------------------------------------- executed


def check_report(out: Path) -> None:
    """Every notebook became HTML with no error; every figure is there in PNG and SVG."""
    for name in EXPECTED:
        html = (out / "notebooks" / f"{name}.html").read_text(encoding="utf-8")
        assert "Traceback" not in html, name
        assert "What we found" in html
        assert "cwlib-provenance" in html and "Tables built by cwlib" in html
    figures = {p.name for p in (out / "figures").iterdir()}
    for name in plots.FIGURES:
        for suffix in ("", "_lt"):
            assert {f"{name}{suffix}.png", f"{name}{suffix}.svg"} <= figures, name


@pytest.mark.slow
def test_notebooks_execute_against_the_committed_tables(tmp_path):
    before = digest(NOTEBOOKS)
    assert run_reports(data_dir=paths.CLEAN_DIR, out_dir=tmp_path) == 0
    check_report(tmp_path)
    assert digest(NOTEBOOKS) == before, "the committed notebooks were written to"


@pytest.mark.slow
def test_notebooks_execute_against_a_larger_corpus(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    texts = raw_files(paths.RAW_DIR) + raw_files(GENRE_DIR)
    for path in texts:
        shutil.copy(path, raw / path.name)
    report = build(raw, tmp_path / "clean", jobs=2)
    assert report.projects >= 15, report
    assert run_reports(data_dir=tmp_path / "clean", out_dir=tmp_path / "reports") == 0
    check_report(tmp_path / "reports")
    html = (tmp_path / "reports" / "notebooks" / "00_data_tour.html").read_text(encoding="utf-8")
    assert f"{report.projects} projects" in html  # the notebooks read CWLIB_DATA, not data/clean
