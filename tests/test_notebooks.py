"""The notebooks: committed thin and without outputs, and executed from a clean kernel against the
committed tables and against a corpus of over 100 projects (the seeds, a sample of the genre
texts and generated texts from benchmarks/make_corpus.py), where every figure must stay under
3,000 px tall and every figure's data must agree with the tables.

Execution goes through ``cwlib.export.report.run_reports``, exactly what ``cwlib report`` and
``make run`` do, into a temporary folder: the committed notebooks are never written.
"""

from __future__ import annotations

import ast
import base64
import hashlib
import importlib.util
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from PIL import Image

import cwlib
from cwlib import paths
from cwlib.analyse import analysis, plots
from cwlib.build.pipeline import build
from cwlib.build.reference import max_cap
from cwlib.export.report import notebook_paths, run_reports

NOTEBOOKS = notebook_paths()
EXPECTED = [
    "00_data_tour",
    "01_budgets",
    "02_eu_shares",
    "03_partner_geography",
    "04_programme_timelines",
    "05_excel_brief",
    "06_results",
]
MAX_CELL_LINES = 15
MAX_PIXELS = 3000
"""No figure taller than this at 150 dpi, at any number of projects."""


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
def test_notebook_opens_with_how_to_run_it_its_question_and_caveats(path):
    first = source(cells(path)[0])
    assert cells(path)[0]["cell_type"] == "markdown"
    assert "**Question.**" in first and "**Caveats.**" in first
    assert "**Run.**" in first and "*Run All*" in first and "`make run`" in first
    assert "`reports/notebooks/`" in first and "`reports/figures/`" in first


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_ends_with_computed_findings(path):
    last, before = cells(path)[-1], cells(path)[-2]
    assert source(before).strip() == "## What we found"
    assert last["cell_type"] == "code"
    assert re.fullmatch(r"display\(Markdown\(\w+\.\w+_findings\(tables\b.*\)\)\)", source(last))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_thin(path):
    code = [source(c) for c in cells(path) if c["cell_type"] == "code"]
    assert re.search(r"^tables = cwlib\.load\(", code[0], re.M)
    for text in code:
        assert not re.search(r"^\s*(def|class|lambda)\b|\blambda\b", text, re.M), text
        assert len(text.splitlines()) <= MAX_CELL_LINES, text
        assert "sys.path" not in text and "read_csv" not in text


def test_every_figure_is_drawn_by_some_notebook():
    code = "\n".join(source(c) for p in NOTEBOOKS for c in cells(p) if c["cell_type"] == "code")
    for name in plots.FIGURES:
        assert f"plots.{name}(tables)" in code, name


def test_only_the_data_tour_loads_contacts():
    """Contacts are personal data: only the notebook that counts them asks for them."""
    for path in NOTEBOOKS:
        code = "\n".join(source(c) for c in cells(path) if c["cell_type"] == "code")
        asks = "include_contacts=True" in code
        assert asks == (path.stem == "00_data_tour"), path.stem


def test_notebook_tables_are_report_ready():
    """A frame a cell shows goes through report_table (headers, rounding, one mark for
    missing, every row), or through show for the completeness table, built ready (✓, ≈, –)."""
    shown_by = {"report_table", "show", "display", "print"}
    for path in NOTEBOOKS:
        if path.stem == "05_excel_brief":
            continue  # the brief's own frames, shown as the workbook will hold them
        for cell in cells(path):
            if cell["cell_type"] != "code" or not source(cell).strip():
                continue
            last = ast.parse(source(cell)).body[-1]
            if not isinstance(last, ast.Expr):
                continue  # an assignment or a loop shows nothing by itself
            call = last.value
            assert isinstance(call, ast.Call), ast.unparse(last)
            name = call.func.attr if isinstance(call.func, ast.Attribute) else call.func.id
            assert name in shown_by, f"{path.stem}: {ast.unparse(last)}"


# --------------------------------------------------------------------------- executed


def check_report(out: Path) -> None:
    """Every notebook became HTML with no error; every figure is there in PNG and SVG, in
    English and Lithuanian, and none is taller than MAX_PIXELS; the pictures in the pages are
    the saved English PNGs (``plots.show_saved``), one for each figure."""
    saved = {p.read_bytes(): p.stem for p in (out / "figures").glob("*.png")}
    shown = []
    for name in EXPECTED:
        html = (out / "notebooks" / f"{name}.html").read_text(encoding="utf-8")
        assert "Traceback" not in html, name
        assert "What we found" in html
        assert "cwlib-provenance" in html and "Tables built by cwlib" in html
        for picture in re.findall(r'src="data:image/png;base64,([^"]+)"', html):
            shown.append(saved.get(base64.b64decode(picture), "not a saved figure"))
    assert sorted(shown) == sorted(plots.FIGURES)
    figures = {p.name for p in (out / "figures").iterdir()}
    for name in plots.FIGURES:
        for suffix in ("", "_lt"):
            assert {f"{name}{suffix}.png", f"{name}{suffix}.svg"} <= figures, name
    for png in (out / "figures").glob("*.png"):
        with Image.open(png) as image:
            assert image.size[1] <= MAX_PIXELS, (png.name, image.size)


@pytest.mark.slow
def test_notebooks_execute_against_the_committed_tables(tmp_path):
    before = digest(NOTEBOOKS)
    assert run_reports(data_dir=paths.CLEAN_DIR, out_dir=tmp_path) == 0
    check_report(tmp_path)
    assert digest(NOTEBOOKS) == before, "the committed notebooks were written to"


def _make_corpus():
    """benchmarks/make_corpus.py (a script, not a package: it is not shipped)."""
    spec = importlib.util.spec_from_file_location(
        "make_corpus", paths.ROOT / "benchmarks" / "make_corpus.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_corpus", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The clean tables of the seeds, 50 genre texts and generated texts: over 100 projects."""
    folder = tmp_path_factory.mktemp("corpus")
    _make_corpus().write_report_corpus(paths.ROOT, folder / "raw")
    report = build(folder / "raw", folder / "clean", jobs=1, progress=False)
    assert report.projects >= 100, report
    return folder / "clean"


@pytest.mark.slow
def test_notebooks_execute_on_100_projects(corpus, tmp_path):
    assert run_reports(data_dir=corpus, out_dir=tmp_path) == 0
    check_report(tmp_path)
    n = len(pd.read_csv(corpus / "projects.csv"))
    html = (tmp_path / "notebooks" / "00_data_tour.html").read_text(encoding="utf-8")
    assert f"{n} projects" in html  # the notebooks read CWLIB_DATA, not data/clean


# --------------------------------------------------------------------------- data at scale


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _check_completeness(t, data):
    long = analysis.completeness(t)
    first = data[data["row"] == 0].set_index("field")["share_stated"]
    expected = long.groupby("field")["filled"].mean()
    assert all(_close(first[f], expected[f]) for f in expected.index)
    programmes = data[data["row"] > 0].drop_duplicates("row")
    assert programmes["n_projects"].sum() == len(t.projects)


def _check_budget_totals(t, data):
    every = analysis.budget_totals(t, max_rows=None)
    for scope, rows in data.groupby("scope"):
        assert len(rows) <= analysis.MAX_ROWS + 1
        assert _close(rows["amount_eur"].sum(), every[every["scope"] == scope]["amount_eur"].sum())
        single = rows[rows["n_groups"] == 1]["amount_eur"]
        assert list(single) == sorted(single, reverse=True)
    budgets = t.budgets.dropna(subset=["amount_eur"])
    first = budgets[(budgets["scope"] == "project") & (budgets["item"] == "total")]
    first = first.drop_duplicates("project_id").set_index("project_id")["amount_eur"]
    stated = data[(data["scope"] == "project") & (data["total_basis"] == "stated_total")]
    assert all(
        _close(a, first[p]) for p, a in zip(stated["project_id"], stated["amount_eur"], strict=True)
    )


def _check_budget_intensity(t, data):
    names = t.partners.groupby("project_id")["name"].nunique()
    single = data[data["n_groups"] == 1]
    for row in single.itertuples():
        assert row.n_partners == names.get(row.project_id, 0)
        if row.n_partners:
            assert _close(row.eur_per_partner, row.amount_eur / row.n_partners)
    assert len(data) <= analysis.MAX_ROWS + 1


def _check_programme_totals(t, data):
    assert data["n_projects"].sum() == len(t.projects)
    totals = analysis.budget_totals(t, max_rows=None)
    assert _close(data["total_eur"].sum(), totals[totals["scope"] == "project"]["amount_eur"].sum())


def _check_lt_partner_shares(t, data):
    for row in data[data["n_groups"] == 1].itertuples():
        assert _close(row.share_pct, row.partner_eur / row.project_eur * 100)
        names = t.partners[t.partners["project_id"] == row.project_id]
        same = names[names["name"] == row.party]["country"].dropna()
        assert same.empty or set(same) == {"LT"}
    assert len(data) <= analysis.MAX_ROWS + 1


def _check_funding_split(t, data):
    for (scope, pid, _party), rows in data.groupby(["scope", "project_id", "party"]):
        parts = rows[rows["item"] != "not_stated"]
        if rows["denominator_basis"].iloc[0] == "sum_of_parts":
            assert _close(parts["pct"].sum(), 100)
        if pid:
            budgets = t.budgets[(t.budgets["project_id"] == pid) & (t.budgets["scope"] == scope)]
            for item, amount in zip(parts["item"], parts["amount_eur"], strict=True):
                sums = budgets[(budgets["item"] == item)].dropna(subset=["amount_eur"])
                assert any(_close(amount, a) for a in sums["amount_eur"]), (pid, item)
    for scope in set(data["scope"]):
        rows = data[data["scope"] == scope].drop_duplicates(["project_id", "party"])
        assert len(rows) <= analysis.MAX_ROWS + 1


def _check_eu_share_caps(t, data):
    for row in data.itertuples():
        cap = max_cap(row.programme or None, row.period or None)
        assert (cap is None) == pd.isna(row.cap_pct) and (cap is None or cap == row.cap_pct)
        if cap is not None:
            assert (row.status == "above") == (row.eu_pct > cap + 0.05)


def _check_partner_map(t, data):
    assert len(data) == len(t.partners)
    assert data["located"].sum() == t.partners["lat"].notna().sum()
    links = data.attrs["links"]
    places = t.partners.dropna(subset=["lat"])
    if "projects" in links:  # many projects: country links weighted by shared projects
        for row in links.itertuples():
            both = places[places["country"].isin([row.country0, row.country1])]
            assert row.projects == (both.groupby("project_id")["country"].nunique() == 2).sum()
    assert data.attrs["places"]["partners"].sum() == data["located"].sum()


def _check_country_heatmap(t, data):
    assert int(data.to_numpy().sum()) == len(t.partners)
    assert len(data) <= analysis.MAX_ROWS + 1


def _check_partner_types(t, data):
    assert data["count"].sum() == len(t.partners)


def _check_partnerships(t, data):
    names = t.partners.groupby("project_id")["name"].nunique()
    assert all(
        n == names.get(p, 0) for p, n in zip(data["project_id"], data["n_partners"], strict=True)
    )
    assert len(data) == len(t.projects)


def _check_project_timeline(t, data):
    starts = t.projects["start_date"].notna().sum()
    if data.attrs["compact"]:
        assert len(data.attrs["projects"]) == starts
        assert (data["mark"] != "event").all()
    for row in data[data["mark"] == "run"].itertuples():
        project = t.projects.set_index("project_id").loc[row.project_id]
        assert row.earliest == analysis.date_bounds(project["start_date"])[1]
        assert row.latest == analysis.date_bounds(project["end_date"])[0]


def _check_durations(t, data):
    stated = t.projects.set_index("project_id")["duration_months"].dropna()
    for row in data.itertuples():
        if row.project_id in stated.index:
            assert row.duration_months == stated[row.project_id]


def _check_results(t, data):
    assert data["n_results"].sum() == len(t.results)
    assert _close(data["total_count"].sum(), t.results["count"].sum())


def _check_results_cost(t, data):
    totals = analysis.budget_totals(t, max_rows=None)
    stated = totals[(totals["scope"] == "project") & (totals["total_basis"] == "stated_total")]
    budget = stated.set_index("project_id")["amount_eur"]
    for row in data.to_dict("records"):
        assert _close(row["budget_eur"], budget[row["project_id"]])
        assert _close(row["eur_per_result"], row["budget_eur"] / row["count"])


CHECKS: dict[str, Callable] = {
    "completeness": _check_completeness,
    "budget_totals": _check_budget_totals,
    "budget_intensity": _check_budget_intensity,
    "programme_totals": _check_programme_totals,
    "lt_partner_shares": _check_lt_partner_shares,
    "funding_split": _check_funding_split,
    "eu_share_caps": _check_eu_share_caps,
    "partner_map": _check_partner_map,
    "country_heatmap": _check_country_heatmap,
    "partner_types": _check_partner_types,
    "partnerships": _check_partnerships,
    "project_timeline": _check_project_timeline,
    "durations": _check_durations,
    "results": _check_results,
    "results_cost": _check_results_cost,
}


def test_every_figure_has_a_check_at_scale():
    assert set(CHECKS) == set(plots.FIGURES)


@pytest.fixture(scope="module")
def corpus_tables(corpus):
    return cwlib.load(corpus, include_contacts=True)


@pytest.mark.parametrize("name", list(plots.FIGURES))
def test_figure_data_agrees_with_the_tables_at_100_projects(corpus_tables, name):
    """What each figure draws (its analysis frame) against the tables it comes from."""
    data = getattr(analysis, plots.ANALYSIS_OF.get(name, name))(corpus_tables)
    if name == "partner_map":  # the map draws its links and places beside the partners
        data.attrs["links"] = analysis.map_links(corpus_tables)
        data.attrs["places"] = analysis.place_counts(corpus_tables)
    assert len(data), name
    CHECKS[name](corpus_tables, data)
