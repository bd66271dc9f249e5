"""Briefs on paper and at scale: every printed word at 8 pt or more, charts of at most 25 bars.

Two briefs in each language: the four projects of the seeds (data/clean) and one of more than
100 projects, built here from the seeds, the genre texts (tests/genre) and generated texts
(benchmarks/make_corpus.py). LibreOffice prints them to PDF; ``pdftotext -bbox`` gives the
height of every word, which a calibration sheet (one line of 8 pt text, printed the same way)
turns into points. The workbooks themselves are read back for the chart ranges and the
column widths.

The sizes are measured with Carlito, the font metric-compatible with Calibri that LibreOffice
puts in Calibri's place (Debian: fonts-crosextra-carlito), so that the page is laid out as
Excel lays it out; with another font in its place the columns come out wider than in Excel
and the measurement would be of the substitution, not of the brief.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from cwlib import paths
from cwlib.build.load import load
from cwlib.export import i18n
from cwlib.export.brief import (
    FONT_NAME,
    MAX_BARS,
    MIN_PRINTED_PT,
    MIN_SCALE,
    _bar_label,
    build_brief,
    overview_frame,
    print_scale,
    sheet_names,
)

GENRE = Path(__file__).parent / "genre"
BENCH = paths.ROOT / "benchmarks"
GENERATED = 50
"""Generated texts added to the seeds and genre texts: enough for more than 100 projects."""
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"


def _make_corpus():
    spec = importlib.util.spec_from_file_location("make_corpus", BENCH / "make_corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("make_corpus", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def many(tmp_path_factory) -> Path:
    """Clean tables of more than 100 projects: seeds, genre texts and generated texts."""
    from cwlib.build.pipeline import build

    root = tmp_path_factory.mktemp("many")
    raw = root / "raw"
    raw.mkdir()
    for path in sorted(paths.RAW_DIR.iterdir()):
        if path.suffix in (".txt", ".html", ".htm"):
            shutil.copy(path, raw / path.name)
    for path in sorted(GENRE.iterdir()):
        if path.suffix in (".txt", ".html"):
            shutil.copy(path, raw / f"genre_{path.name}")
    for name, text, _truth in _make_corpus().generate(GENERATED, seed=7):
        (raw / f"gen_{name}").write_text(text, encoding="utf-8")
    report = build(raw, root / "clean", jobs=1)
    assert report.projects >= 100, report.projects
    return root / "clean"


@pytest.fixture(scope="module")
def briefs(many, tmp_path_factory) -> dict[tuple[str, str], Path]:
    """(size, lang) -> brief: the seeds' four projects and the 100+ corpus, in both languages."""
    out = tmp_path_factory.mktemp("print")
    return {
        (size, lang): build_brief(folder, out / f"brief_{size}_{lang}.xlsx", lang=lang)
        for size, folder in (("4", paths.CLEAN_DIR), ("100", many))
        for lang in i18n.LANGS
    }


# --- The workbook at scale ------------------------------------------------------------------------


def _charts(path: Path) -> list[ET.Element]:
    with zipfile.ZipFile(path) as z:
        names = sorted(n for n in z.namelist() if re.match(r"xl/charts/chart\d+\.xml$", n))
        return [ET.fromstring(z.read(n)) for n in names]


def _rows_of(ref: str) -> int:
    """How many rows a range like 'Charts'!$A$4:$A$28 spans."""
    first, last = re.findall(r"\$(\d+)", ref)[-2:]
    return int(last) - int(first) + 1


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_large_brief_has_every_project(briefs, many, lang) -> None:
    wb = load_workbook(briefs[("100", lang)], read_only=True)
    assert wb.sheetnames == sheet_names(lang)
    projects = load(many).projects
    for sheet in ("overview", "details"):
        ws = wb[i18n.sheet_name(sheet, lang)]
        ids = [r[0] for r in ws.iter_rows(min_row=2, values_only=True)]
        assert ids == projects["project_id"].tolist()
    assert len(projects) >= 100


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_charts_have_at_most_25_bars_the_rest_summed(briefs, many, lang) -> None:
    path = briefs[("100", lang)]
    charts = _charts(path)
    assert len(charts) == 3
    for chart in charts:
        for cat in chart.iter(f"{C}cat"):
            assert _rows_of(cat.find(f"{C}strRef/{C}f").text) <= MAX_BARS
    ws = load_workbook(path)[i18n.sheet_name("charts", lang)]
    # the budget table: the 24 largest totals, then one bar summing the others
    rows = [r for r in ws.iter_rows(min_row=1, max_col=4, values_only=True)]
    header = next(
        i for i, r in enumerate(rows) if r[1] == i18n.header("overview", "total_eur", lang)
    )
    bars = []
    for r in rows[header + 1 :]:
        if all(v is None for v in r[1:]):
            break
        bars.append(r)
    assert len(bars) == MAX_BARS
    frame = overview_frame(load(many, include_contacts=True))
    money = frame[frame[["total_eur", "eu_eur", "eu_national_eur"]].notna().any(axis=1)]
    size = money["total_eur"].fillna(money["eu_national_eur"]).fillna(money["eu_eur"])
    order = money.assign(_size=size).sort_values("_size", ascending=False, kind="stable")
    shown = order["project_id"].tolist()[: MAX_BARS - 1]
    assert [b[0] for b in bars[:-1]] == [_bar_label(p) for p in shown]
    totals = [b[1] for b in bars[:-1]]
    assert totals == sorted(totals, reverse=True)
    rest = order.iloc[MAX_BARS - 1 :]
    assert bars[-1][0] == i18n.plural("chart.other_projects", len(rest), lang)
    assert bars[-1][1] == pytest.approx(rest["total_eur"].sum())
    # and a note under each chart's table says how its last bar is made: the budget chart's
    # note found by its own words (another chart's last bar may carry the same label)
    notes = [
        str(r[0]) for r in ws.iter_rows(values_only=True) if r[0] and all(v is None for v in r[1:])
    ]
    budget_note = i18n.label("chart.other.budget", lang).format(label=bars[-1][0], n=MAX_BARS - 1)
    assert notes.count(budget_note) == 1


@pytest.mark.parametrize("size", ["4", "100"])
@pytest.mark.parametrize("lang", i18n.LANGS)
def test_every_sheet_is_laid_out_to_print_at_8pt(briefs, size, lang) -> None:
    """The column widths let each sheet fit the page width at 80 % or more (11 pt → 8.8 pt)."""
    wb = load_workbook(briefs[(size, lang)])
    for ws in wb.worksheets:
        assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
        if ws.title == i18n.sheet_name("charts", lang):
            continue  # the charts are placed to fit the page at 100 %
        widths = [
            ws.column_dimensions[get_column_letter(j)].width or 8.43
            for j in range(1, ws.max_column + 1)
        ]
        assert print_scale(widths) >= MIN_SCALE - 0.005, (ws.title, widths)
        fonts = {c.font.sz for row in ws.iter_rows() for c in row if c.value is not None}
        assert min(fonts) * MIN_SCALE >= MIN_PRINTED_PT, (ws.title, fonts)


# --- On paper (LibreOffice) -----------------------------------------------------------------------


def _need(program: str, package: str) -> str:
    exe = shutil.which(program)
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail(f"{program} is required in CI: apt-get install {package}")
        pytest.skip(f"{program} not installed; .ci/run installs {package}")
    return exe


def _need_carlito() -> None:
    match = subprocess.run(["fc-match", "Calibri"], capture_output=True, text=True).stdout
    if not re.search(r"Carlito|Calibri", match):
        if os.environ.get("CI"):
            pytest.fail(
                "a Calibri-metric font is required in CI: apt-get install fonts-crosextra-carlito"
            )
        pytest.skip(
            f"LibreOffice would print Calibri as {match.strip()!r}, not a Calibri-metric font"
        )


@pytest.fixture(scope="module")
def pdfs(briefs, tmp_path_factory) -> dict[object, Path]:
    """Every brief and a calibration sheet printed to PDF by LibreOffice, in one run."""
    soffice = (
        shutil.which("soffice")
        or shutil.which("libreoffice")
        or _need("soffice", "libreoffice-calc-nogui")
    )
    _need("pdftotext", "poppler-utils")
    _need_carlito()
    out = tmp_path_factory.mktemp("pdf")
    calibration = out / "calibration.xlsx"
    wb = Workbook()
    cell = wb.active.cell(1, 1, "Calibration 8 pt Žž")
    cell.font = Font(name=FONT_NAME, size=8)
    wb.save(calibration)
    inputs = [calibration, *briefs.values()]
    result = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(out / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, inputs),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    found = {"calibration": out / "calibration.pdf"}
    found.update({key: out / f"{path.stem}.pdf" for key, path in briefs.items()})
    assert all(p.is_file() for p in found.values()), (result.stdout, result.stderr)
    return found


_WORD = re.compile(
    r'<word xMin="[\d.]+" yMin="(?P<y0>[\d.]+)" xMax="[\d.]+" yMax="(?P<y1>[\d.]+)">(?P<w>[^<]*)</word>'
)


def words(pdf: Path) -> list[list[tuple[float, float, str]]]:
    """Each page's words as (top, height, word) in PDF points (pdftotext -bbox)."""
    xml = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        [(float(y0), float(y1) - float(y0), w) for y0, y1, w in _WORD.findall(page)]
        for page in xml.split("<page ")[1:]
    ]


def _footer(page: list[tuple[float, float, str]]) -> str:
    """The page's last line: the sheet's name, then the page number."""
    bottom = max(y for y, _, _ in page)
    return " ".join(w for y, _, w in page if y > bottom - 2)


def sheet_pages(pages: list[list[tuple[float, float, str]]], sheet: str) -> list[list[str]]:
    """The words of the pages printed from one sheet: those whose footer names it."""
    return [[w for _, _, w in page] for page in pages if _footer(page).startswith(sheet + " ")]


@pytest.mark.slow
@pytest.mark.parametrize("size", ["4", "100"])
@pytest.mark.parametrize("lang", i18n.LANGS)
def test_every_printed_word_is_8pt_or_more(pdfs, size, lang) -> None:
    (calibration,) = words(pdfs["calibration"])
    per_point = max(h for _, h, _ in calibration) / 8  # word height of 1 pt of text
    pages = words(pdfs[(size, lang)])
    assert len(pages) >= 8
    small = [
        (n, w, round(h / per_point, 1))
        for n, page in enumerate(pages, start=1)
        for _, h, w in page
        if h / per_point < MIN_PRINTED_PT - 0.05
    ]
    assert not small, small[:20]
    assert all(page for page in pages), "an empty page"


@pytest.mark.slow
@pytest.mark.parametrize("size", ["4", "100"])
@pytest.mark.parametrize("lang", i18n.LANGS)
def test_no_heading_is_left_at_the_foot_of_a_page(pdfs, size, lang) -> None:
    """The About sheet's section headings start a page's text or have lines after them."""
    headings = {
        i18n.label(k, lang)
        for k in (
            "about.inputs",
            "about.source_texts",
            "about.other_sources",
            "about.caveats",
            "about.sheets",
            "about.columns",
        )
    } | {i18n.sheet_name(s, lang) for s in ("overview", "details", "budgets", "findings")}
    pages = words(pdfs[(size, lang)])
    about = [p for p in pages if _footer(p).startswith(i18n.sheet_name("about", lang) + " ")]
    assert len(about) >= 2
    for page in about:
        lines: dict[int, list[str]] = {}
        for y, _, w in page:
            lines.setdefault(round(y), []).append(w)
        body = [" ".join(lines[y]) for y in sorted(lines)][:-1]  # the footer is the last line
        assert body[-1] not in headings, body[-3:]


@pytest.mark.slow
@pytest.mark.parametrize("lang", i18n.LANGS)
def test_every_bar_of_a_large_chart_is_labelled(pdfs, briefs, lang) -> None:
    """All 25 category names are printed beside their bars: none skipped, none cut."""
    ws = load_workbook(briefs[("100", lang)])[i18n.sheet_name("charts", lang)]
    labels = [
        str(r[0])
        for r in ws.iter_rows(values_only=True)
        if r[0] and isinstance(r[1], int | float) and not isinstance(r[1], bool)
    ]
    pages = sheet_pages(words(pdfs[("100", lang)]), i18n.sheet_name("charts", lang))
    assert 2 <= len(pages) <= 4
    text = "".join(w for page in pages for w in page)
    for label in set(labels):
        # once in the table, and once per chart the project is a bar of
        assert text.count(label.replace(" ", "")) >= 2 * labels.count(label), label


# --- Lithuanian throughout ----------------------------------------------------------------------


def _english_texts() -> set[str]:
    """Every text the translation table has in English (and not the same in Lithuanian)."""
    out: set[str] = set()
    tables = (i18n.LABELS, i18n.HEADERS, i18n.SHEET_ROWS, i18n.CAVEATS, i18n.DESCRIPTIONS)
    for entries in tables:
        for entry in entries.values():
            if entry["en"] != entry["lt"]:
                out.add(entry["en"].split("{")[0].strip())
    for values in i18n.CATEGORIES.values():
        out |= {v["en"] for v in values.values() if v["en"] != v["lt"]}
    for check in i18n.CHECKS.values():
        out.add(check["name"]["en"])
        out.add(check["message"]["en"].split("{")[0].strip())
    return {t for t in out if len(t) > 3}


ENGLISH_NUMBER = re.compile(r"\d,\d{3}\b|\b\d+\.\d+\b(?!\.)")


@pytest.mark.parametrize("size", ["4", "100"])
def test_lithuanian_brief_has_no_english_text(briefs, size) -> None:
    """No label, header, category, check name or message of the brief's own in English, and
    no English-style number in the texts the brief writes (About, findings messages)."""
    english = _english_texts()
    wb = load_workbook(briefs[(size, "lt")])
    findings = i18n.sheet_name("findings", "lt")
    message_header = i18n.header("findings", "message", "lt")
    for ws in wb.worksheets:
        message_col = None
        if ws.title == findings:
            message_col = [c.value for c in ws[1]].index(message_header)
        for row in ws.iter_rows():
            for cell in row:
                if not isinstance(cell.value, str):
                    continue
                assert cell.value not in english, (ws.title, cell.coordinate, cell.value)
                if cell.column - 1 == message_col and cell.row > 1:
                    text = re.sub(r"„[^“]*“", "", cell.value)  # quoted figures, names
                    text = text.replace("data/reference/cofinancing_caps.csv", "")
                    assert "(pranešimas anglų kalba" not in text, cell.value
                    assert not ENGLISH_NUMBER.search(text.replace("2014-2020", "")), cell.value
    about = wb[i18n.sheet_name("about", "lt")]
    ids = {r[0] for r in wb[i18n.sheet_name("overview", "lt")].iter_rows(values_only=True)}
    for label, text, extra in about.iter_rows(min_col=1, max_col=3, values_only=True):
        if label in ids or not isinstance(text, str) or text.startswith("cwlib "):
            continue  # a project's title is the text's own; versions are versions
        if label is None and str(extra).startswith("http"):
            continue  # a source's title, as its record gives it
        assert not ENGLISH_NUMBER.search(text), text
