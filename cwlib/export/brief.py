"""Excel briefs: the clean tables as one workbook a reader can filter, chart, print and check.

``write_brief`` turns loaded tables into an .xlsx (openpyxl); ``build_brief`` loads them from a
data folder first; ``add_brief_arguments``/``run_brief`` are the ``cwlib brief`` command.

What a brief promises, and where it is kept:

- **Traceable.** Every number sits on a row with its source file and quote; the overview's
  figures carry the quote in a cell comment and the Sources sheet gives the sentence behind each
  project-level value. The About sheet lists the input files with their SHA-256.
- **Honest about scope.** The overview and charts use project-scope sums only; partner sums stay
  on the Budgets sheet, labelled by scope. EU + state budget given as one sum is never split.
- **Safe.** Text from a source page can never become a formula (CWE-1236): every text cell is
  written as a string, and text that a spreadsheet would read as a formula (``=``, ``+``, ``-``,
  ``@``, tab, carriage return) or as an error code is also quote-prefixed, so that editing the
  cell keeps it text. Personal data is redacted (``cwlib.export.privacy``) unless asked for.
- **Atomic.** The workbook is built in memory, saved to a temporary file in the target folder and
  moved over the old file with ``os.replace``, so a failed run never leaves a half-written brief.
- **Bilingual.** Every label comes from ``cwlib.i18n``; ``lang="lt"`` gives a Lithuanian brief.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import math
import os
import re
import sys
import tempfile
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from copy import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.data_source import AxDataSource, StrRef
from openpyxl.chart.label import DataLabelList
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from cwlib import __version__, paths
from cwlib.errors import CwlibError
from cwlib.export import i18n
from cwlib.export.privacy import PLACEHOLDERS, redact_tables
from cwlib.read.characters import strip_invisible
from cwlib.schema import LTL_PER_EUR, TABLES

__all__ = [
    "BriefError",
    "add_brief_arguments",
    "brief_findings",
    "build_brief",
    "describe_workbook",
    "overview_frame",
    "reports_dir",
    "run_brief",
    "sheet_names",
    "write_brief",
]

DEFAULT_NAME = "brief.xlsx"
"""File name of the brief when no output path is given (in ``reports/``)."""

EUR_FORMAT = '#,##0.00 "€"'
AMOUNT_FORMAT = "#,##0.00"
PCT_FORMAT = "0.0%"
DATE_FORMAT = "yyyy-mm-dd"
INT_FORMAT = "#,##0"
COORD_FORMAT = "0.0000"
TABLE_STYLE = "TableStyleMedium2"
FONT_NAME = "Calibri"
"""Named on every styled cell so a client without Calibri substitutes one font everywhere."""
HEADER_FILL = "DDEBF7"
"""Header background, set on the cells too: LibreOffice does not draw Excel table styles."""
NUMERIC_KINDS = frozenset({"eur", "amount", "pct", "count", "coord", "number"})
# Shared style objects: openpyxl looks each assigned style up in the workbook's style list, so
# assigning one instance many times is much cheaper than building a new one per cell.
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
NUMBER_TOP = Alignment(vertical="top", horizontal="right", indent=1)
TEXT_TOP = Alignment(vertical="top", horizontal="left")

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
"""First characters that make a spreadsheet read text as a formula (CWE-1236); the full-width
forms are included because some Excel locales treat them the same way, and a leading line break
because a carriage return becomes one in the file (see ``_clean_text``)."""

ROW_HEIGHT_CM = 0.53
"""Height of a default row (15 pt), to place charts on rows."""
PRINTABLE_HEIGHT_CM = 18.0
"""Printable height of a landscape A4 page with this module's margins."""

MAX_CELL_TEXT = 32767
"""Excel's limit on the characters in one cell."""

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class BriefError(CwlibError, ValueError):
    """A brief cannot be made as asked (unknown project or language, unwritable path, no data).

    The message is meant for the user as it is; the CLI prints it without a traceback.
    """


# --- What goes on which sheet -------------------------------------------------------------------


@dataclass(frozen=True)
class Col:
    """One column of a sheet: the frame column, how to show it, and its header's table key.

    ``kind`` decides the number format and width: text, long (wrapped), category (translated),
    field (a projects.csv column name, shown as its header), eur, amount, pct (a percent number
    shown as a percentage), date, isodate (a reduced ISO date: a date cell when it is a full
    day, else text), count, coord, number.
    """

    key: str
    kind: str = "text"
    width: int | None = None


SHEET_ORDER = (
    "about",
    "overview",
    "charts",
    "budgets",
    "partners",
    "events",
    "results",
    "findings",
    "sources",
    "contacts",
)
"""Sheets in workbook order; ``contacts`` only with ``include_contacts``."""

OVERVIEW_COLUMNS: tuple[Col, ...] = (
    Col("project_id"),
    Col("title", "long", 42),
    Col("programme", "long", 26),
    Col("period", "category"),
    Col("start_date", "isodate"),
    Col("end_date", "isodate"),
    Col("duration_months", "count"),
    Col("total_eur", "eur"),
    Col("eu_eur", "eur"),
    Col("eu_share_pct", "pct"),
    Col("eu_national_eur", "eur"),
    Col("eu_national_share_pct", "pct"),
    Col("eur_basis", "category"),
    Col("partners", "count"),
    Col("countries", "count"),
    Col("findings", "count"),
    Col("errors", "count"),
    Col("sources", "long", 24),
)

DATA_SHEETS: dict[str, tuple[str, tuple[Col, ...]]] = {
    # sheet: (table whose rows it shows, columns)
    "budgets": (
        "budgets",
        (
            Col("project_id"),
            Col("scope", "category"),
            Col("party", "long", 30),
            Col("item", "category"),
            Col("amount", "amount"),
            Col("currency", "category"),
            Col("amount_eur", "eur"),
            Col("eur_basis", "category"),
            Col("share_pct", "pct"),
            Col("share_basis", "category"),
            Col("source"),
            Col("quote", "long", 60),
        ),
    ),
    "partners": (
        "partners",
        (
            Col("project_id"),
            Col("name", "long", 40),
            Col("role", "category"),
            Col("org_type", "category"),
            Col("city"),
            Col("country"),
            Col("lat", "coord"),
            Col("lon", "coord"),
            Col("geo_precision", "category"),
            Col("source"),
            Col("quote", "long", 60),
        ),
    ),
    "events": (
        "events",
        (
            Col("project_id"),
            Col("event", "category"),
            Col("date"),
            Col("precision", "category"),
            Col("earliest", "date"),
            Col("latest", "date"),
            Col("source"),
            Col("quote", "long", 60),
        ),
    ),
    "results": (
        "results",
        (
            Col("project_id"),
            Col("count", "count"),
            Col("indicator", "long", 50),
            Col("qualifier", "category"),
            Col("source"),
            Col("quote", "long", 60),
        ),
    ),
    "findings": (
        "findings",
        (
            Col("project_id"),
            Col("check"),
            Col("severity", "category"),
            Col("message", "long", 50),
            Col("difference", "number"),
            Col("source"),
            Col("quote", "long", 60),
        ),
    ),
    "sources": (
        "project_facts",
        (
            Col("project_id"),
            Col("field", "field"),
            Col("value", "long", 40),
            Col("source"),
            Col("quote", "long", 70),
        ),
    ),
    "contacts": (
        "contacts",
        (
            Col("project_id"),
            Col("name"),
            Col("position", "long", 30),
            Col("email"),
            Col("phone"),
            Col("source"),
            Col("quote", "long", 60),
        ),
    ),
}

TABLE_NAMES = {
    "overview": "tblOverview",
    "budgets": "tblBudgets",
    "partners": "tblPartners",
    "events": "tblEvents",
    "results": "tblResults",
    "findings": "tblFindings",
    "sources": "tblSources",
    "contacts": "tblContacts",
}
"""Excel table names: ASCII and the same in every language, so formulas users write keep working."""


def sheet_names(lang: str = "en", include_contacts: bool = False) -> list[str]:
    """The brief's sheet names in workbook order."""
    _check_lang(lang)
    return [i18n.sheet_name(s, lang) for s in SHEET_ORDER if s != "contacts" or include_contacts]


# --- Input handling -----------------------------------------------------------------------------


def _check_lang(lang: str) -> None:
    if lang not in i18n.LANGS:
        raise BriefError(f"unknown language {lang!r}; valid languages: {', '.join(i18n.LANGS)}")


def _frame(tables: Any, name: str) -> pd.DataFrame:
    """One table from a ``Tables`` object or a mapping, with every schema column present."""
    frame = None
    try:
        frame = tables[name]
    except (KeyError, TypeError, AttributeError, IndexError):
        frame = getattr(tables, name, None)
    columns = TABLES[name].columns
    if frame is None:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    frame = frame.reset_index(drop=True)
    for column in columns:
        if column not in frame.columns:
            frame[column] = pd.NA
    return frame


def _frames(tables: Any) -> dict[str, pd.DataFrame]:
    return {name: _frame(tables, name) for name in TABLES}


def _select(
    frames: dict[str, pd.DataFrame], projects: Iterable[str] | None
) -> tuple[dict[str, pd.DataFrame], list[str]]:
    """Keep the chosen projects (in the order given), or all; unknown ids are an error."""
    if isinstance(projects, str):  # one id, not an iterable of its characters
        projects = [projects]
    known = [str(p) for p in frames["projects"]["project_id"].dropna().tolist()]
    if not known:
        raise BriefError("the tables hold no projects; run `cwlib build` first")
    wanted = list(dict.fromkeys(str(p) for p in projects)) if projects else []
    if wanted:
        unknown = [p for p in wanted if p not in known]
        if unknown:
            raise BriefError(
                f"unknown project id{'s' if len(unknown) > 1 else ''}: {', '.join(unknown)}; "
                f"valid ids: {', '.join(sorted(known))}"
            )
    else:
        wanted = known
    keep = set(wanted)
    order = {p: i for i, p in enumerate(wanted)}
    out: dict[str, pd.DataFrame] = {}
    for name, frame in frames.items():
        ids = frame["project_id"].astype("object")
        sub = frame[ids.isin(keep).fillna(False).astype(bool)]
        if name == "projects":
            sub = sub.assign(_order=sub["project_id"].astype("object").map(order))
            sub = sub.sort_values("_order", kind="stable").drop(columns="_order")
        out[name] = sub.reset_index(drop=True)
    return out, wanted


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def _file_rows(files: Iterable[Path]) -> list[tuple[str, str | None, int | None]]:
    """(name, sha256, size) per file; missing files get no hash rather than an error."""
    rows: list[tuple[str, str | None, int | None]] = []
    for path in files:
        if path.is_file():
            rows.append((path.name, _sha256(path), path.stat().st_size))
        else:
            rows.append((path.name, None, None))
    return rows


def _source_names(frames: Mapping[str, pd.DataFrame]) -> list[str]:
    """The source texts the selected rows were read from."""
    names: set[str] = set()
    for frame in frames.values():
        if "source" in frame.columns:
            names.update(str(v) for v in frame["source"].dropna())
    for value in frames["projects"]["sources"].dropna():
        names.update(s.strip() for s in str(value).split(";") if s.strip())
    return sorted(names)


# --- Values -------------------------------------------------------------------------------------


def _missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float) and not math.isfinite(value):
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _plain(value: Any) -> Any:
    """A value openpyxl can store: python numbers, dates and strings; None for missing."""
    kind = type(value)
    if kind is str or kind is int:  # the common cases first: this runs once per cell
        return value
    if kind is float:
        return value if math.isfinite(value) else None
    if _missing(value):
        return None
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
    if isinstance(value, dt.datetime):
        return value.date() if value.time() == dt.time(0) and value.tzinfo is None else value
    if isinstance(value, dt.date | str | bool):
        return value
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def _clean_text(text: str) -> str:
    """Text openpyxl can store: control characters XML forbids become U+FFFD, length capped.

    Carriage returns become line feeds here because XML readers turn them into line feeds
    anyway; doing it first means the cell holds the same string in every client.
    """
    text = strip_invisible(text)  # no zero-width or bidirectional controls, contacts or not
    text = ILLEGAL_CHARACTERS_RE.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))
    if len(text) > MAX_CELL_TEXT:
        text = text[: MAX_CELL_TEXT - 1] + "…"
    return text


def needs_guard(text: str) -> bool:
    """Whether a spreadsheet could read this text as a formula or an error value.

    >>> [needs_guard(t) for t in ("=1+1", "+370 5", "-5", "@SUM(1)", "\\tx", "#REF!", "Kaunas")]
    [True, True, True, True, True, True, False]
    """
    return text.startswith(FORMULA_TRIGGERS) or text in ERROR_CODES


def put(
    ws: Worksheet,
    row: int,
    column: int,
    value: Any,
    number_format: str | None = None,
    alignment: Alignment | None = None,
    styles: dict[tuple[Any, ...], Any] | None = None,
) -> Cell:
    """Write one value; the only way this module writes a cell.

    Strings are always stored as strings. openpyxl would store text beginning with ``=`` as a
    live formula and ``#REF!`` as an error, so the type is forced back to string, and text that
    starts like a formula is quote-prefixed so that Excel and LibreOffice keep it text even when
    a user edits the cell.

    ``styles`` is a per-workbook cache of finished cell styles: setting a style attribute makes
    openpyxl hash and look up the style object, which dominates large briefs, while copying a
    finished style array is cheap.
    """
    cell = ws.cell(row=row, column=column)
    value = _plain(value)
    guard = False
    if isinstance(value, str):
        value = _clean_text(value)
        cell.value = value
        cell.data_type = "s"
        guard = needs_guard(value)
    else:
        cell.value = value
    fmt = number_format if value is not None and not isinstance(value, str) else None
    if not (fmt or guard or alignment):
        return cell
    key = (fmt, guard, id(alignment))
    if styles is not None and key in styles:
        cell._style = copy(styles[key])
        return cell
    if fmt:
        cell.number_format = fmt
    if guard:
        cell.quotePrefix = True
    if alignment is not None:
        cell.alignment = alignment
    if styles is not None:
        styles[key] = copy(cell._style)
    return cell


def _iso_day(value: Any) -> dt.date | None:
    if isinstance(value, str) and _ISO_DAY.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


# --- Overview -----------------------------------------------------------------------------------


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as dicts of plain values (one pass over the frame, no per-project filtering)."""
    columns = list(frame.columns)
    return [
        dict(zip(columns, (_plain(v) for v in row), strict=True))
        for row in frame.itertuples(index=False, name=None)
    ]


def _provenance(rows: Sequence[Mapping[str, Any]]) -> str:
    """Cell-comment text: the quote and file of each row behind a figure, the one shown first."""
    lines = []
    for r in rows:
        amount = r.get("amount_eur")
        head = f"{amount:,.2f} EUR — " if isinstance(amount, float | int) else ""
        lines.append(f"{head}{r.get('source')}: “{r.get('quote')}”")
    return "\n".join(lines)


def _overview(
    frames: Mapping[str, pd.DataFrame], selected: Sequence[str]
) -> tuple[pd.DataFrame, dict[tuple[str, str], str]]:
    """The overview rows and, per (project, column), the provenance for a cell comment.

    Only project-scope budget rows are read; of several rows stating the same item, the first
    in table order is shown and all are quoted in the comment, so a conflict is visible.
    """
    projects = {r["project_id"]: r for r in _records(frames["projects"])}
    stated: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in _records(frames["budgets"]):
        if r["scope"] == "project" and r["amount_eur"] is not None:
            stated.setdefault((r["project_id"], r["item"]), []).append(r)
    partners: dict[str, list[Any]] = {}
    for pid, country in zip(
        frames["partners"]["project_id"].astype("object"),
        frames["partners"]["country"].astype("object"),
        strict=True,
    ):
        partners.setdefault(pid, []).append(_plain(country))
    findings: dict[str, list[Any]] = {}
    for pid, severity in zip(
        frames["findings"]["project_id"].astype("object"),
        frames["findings"]["severity"].astype("object"),
        strict=True,
    ):
        findings.setdefault(pid, []).append(severity)

    rows: list[dict[str, Any]] = []
    notes: dict[tuple[str, str], str] = {}
    for pid in selected:
        p = projects[pid]
        row: dict[str, Any] = {c.key: p.get(c.key) for c in OVERVIEW_COLUMNS[:7]}
        hits = stated.get((pid, "total"), [])
        total = hits[0]["amount_eur"] if hits else None
        row["total_eur"] = total
        row["eur_basis"] = hits[0]["eur_basis"] if hits else None
        if hits:
            notes[(pid, "total_eur")] = _provenance(hits)
        for item, amount_col, share_col in (
            ("eu", "eu_eur", "eu_share_pct"),
            ("eu_national", "eu_national_eur", "eu_national_share_pct"),
        ):
            hits = stated.get((pid, item), [])
            amount = hits[0]["amount_eur"] if hits else None
            share = hits[0]["share_pct"] if hits else None
            if share is None and amount is not None and total:
                share = amount / total * 100  # same scope (project), both in euro
            row[amount_col], row[share_col] = amount, share
            if hits:
                notes[(pid, amount_col)] = notes[(pid, share_col)] = _provenance(hits)
        countries = partners.get(pid, [])
        row["partners"] = len(countries)
        row["countries"] = len({c for c in countries if c is not None})
        severities = findings.get(pid, [])
        row["findings"] = len(severities)
        row["errors"] = sum(1 for s in severities if s == "error")
        row["sources"] = p.get("sources")
        rows.append(row)
    frame = pd.DataFrame(rows, columns=[c.key for c in OVERVIEW_COLUMNS])
    for column in (
        "total_eur",
        "eu_eur",
        "eu_share_pct",
        "eu_national_eur",
        "eu_national_share_pct",
    ):
        frame[column] = pd.to_numeric(frame[column]).astype("float64")
    return frame, notes


def overview_frame(tables: Any, projects: Iterable[str] | None = None) -> pd.DataFrame:
    """One row per project: what the brief's Overview sheet shows, as a DataFrame.

    Sums are project scope only (``total_eur``: item total; ``eu_eur``/``eu_share_pct``: item
    eu; ``eu_national_*``: EU and state budget given as one sum, never split). Shares are in
    percent, as stated or computed from the project total. Partner sums are not in it.
    """
    frames, selected = _select(_frames(tables), projects)
    return _overview(frames, selected)[0]


# --- Sheets -------------------------------------------------------------------------------------


class _Sheets:
    """Builds the workbook's sheets for one language from selected, redacted frames."""

    def __init__(self, wb: Workbook, lang: str) -> None:
        self.wb = wb
        self.lang = lang
        self.bold = Font(name=FONT_NAME, size=11, bold=True)
        self.italic = Font(name=FONT_NAME, size=11, italic=True)
        self.header_fill = PatternFill("solid", fgColor=HEADER_FILL)
        self.header_border = Border(bottom=Side(style="thin", color="5B9BD5"))
        self.styles: dict[tuple[Any, ...], Any] = {}

    # Shared page set-up: landscape A4, fit to one page wide, header row repeated.
    def page_setup(self, ws: Worksheet, title_rows: str | None = "1:1") -> None:
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.6)
        if title_rows:
            ws.print_title_rows = title_rows
        ws.oddFooter.left.text = "&A"
        ws.oddFooter.right.text = i18n.label("footer", self.lang)

    def header(self, table: str, column: str) -> str:
        return i18n.header(table, column, self.lang)

    def display(self, col: Col, value: Any) -> tuple[Any, str | None]:
        """The cell value and number format for one value of a column."""
        value = _plain(value)
        if value is None:
            return None, None
        kind = col.kind
        if kind == "category":
            return i18n.category(col.key, value, self.lang), None
        if kind == "field":
            try:
                return i18n.header("projects", str(value), self.lang), None
            except KeyError:
                return value, None
        if kind == "eur":
            return float(value), EUR_FORMAT
        if kind == "amount" or kind == "number":
            return float(value), AMOUNT_FORMAT
        if kind == "pct":
            return float(value) / 100, PCT_FORMAT
        if kind == "count":
            number = float(value)
            return (int(number), INT_FORMAT) if number.is_integer() else (number, AMOUNT_FORMAT)
        if kind == "coord":
            return float(value), COORD_FORMAT
        if kind == "date":
            day = _iso_day(value) if isinstance(value, str) else value
            return (day, DATE_FORMAT) if isinstance(day, dt.date) else (value, None)
        if kind == "isodate":
            day = _iso_day(value)
            return (day, DATE_FORMAT) if day else (value, None)
        return value, None

    def table_sheet(
        self,
        sheet: str,
        table: str,
        columns: Sequence[Col],
        frame: pd.DataFrame,
        sheet_notes: Mapping[tuple[str, str], str] | None = None,
    ) -> Worksheet:
        """A sheet holding one Excel table: header row, typed cells, filters, banded rows."""
        ws = self.wb.create_sheet(i18n.sheet_name(sheet, self.lang))
        headers = [self.header(table, c.key) for c in columns]
        for j, (col, text) in enumerate(zip(columns, headers, strict=True), start=1):
            cell = put(ws, 1, j, text)
            cell.font, cell.fill, cell.border = self.bold, self.header_fill, self.header_border
            numeric = col.kind in NUMERIC_KINDS
            cell.alignment = Alignment(
                wrap_text=True,
                vertical="bottom",
                horizontal="right" if numeric else "left",
                indent=1 if numeric else 0,
            )
        widths = [_header_width(h) for h in headers]  # headers wrap onto two lines at most
        lines_per_row: list[int] = []
        records = frame[[c.key for c in columns]].itertuples(index=False, name=None)
        for i, record in enumerate(records, start=2):
            lines = 1
            for j, (col, raw) in enumerate(zip(columns, record, strict=True), start=1):
                value, fmt = self.display(col, raw)
                shown = _shown_width(value, fmt)
                if col.kind == "long":
                    cell = put(ws, i, j, value, fmt, WRAP_TOP, self.styles)
                    width = col.width or 50
                    lines = max(lines, _wrapped_lines(value, width))
                    widths[j - 1] = max(widths[j - 1], min(shown, width))
                elif col.kind in NUMERIC_KINDS:  # a gap before the next column's text
                    cell = put(ws, i, j, value, fmt, NUMBER_TOP, self.styles)
                    widths[j - 1] = max(widths[j - 1], shown + 1)
                else:  # text, and dates (which may be text at a lower precision) on the left
                    cell = put(ws, i, j, value, fmt, TEXT_TOP, self.styles)
                    widths[j - 1] = max(widths[j - 1], shown)
                if sheet_notes and (record[0], col.key) in sheet_notes:
                    note = Comment(_clean_text(sheet_notes[(record[0], col.key)]), "cwlib")
                    note.width, note.height = 420, 160
                    cell.comment = note
            lines_per_row.append(lines)
        widths = [min(max(w, 8), 80) for w in widths]
        for j, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(j)].width = width
        header_lines = max(_wrapped_lines(h, w - 3) for h, w in zip(headers, widths, strict=True))
        if header_lines > 1:
            ws.row_dimensions[1].height = 15 * header_lines + 2
        for i, lines in enumerate(lines_per_row, start=2):
            if lines > 1:
                ws.row_dimensions[i].height = min(15 * lines + 2, 409)
        last = get_column_letter(len(columns))
        if len(frame):
            tab = Table(displayName=TABLE_NAMES[sheet], ref=f"A1:{last}{len(frame) + 1}")
            tab.tableStyleInfo = TableStyleInfo(
                name=TABLE_STYLE, showRowStripes=True, showColumnStripes=False
            )
            ws.add_table(tab)
        else:
            put(ws, 2, 1, i18n.label("about.no_rows", self.lang)).font = self.italic
        ws.freeze_panes = "A2"
        self.page_setup(ws)
        return ws

    def charts(self, overview: Worksheet, n: int) -> Worksheet:
        """Native bar charts whose series are ranges of the overview sheet."""
        ws = self.wb.create_sheet(i18n.sheet_name("charts", self.lang))
        put(ws, 1, 1, i18n.label("chart.note", self.lang)).font = self.italic
        position = {c.key: j for j, c in enumerate(OVERVIEW_COLUMNS, start=1)}
        cats = Reference(overview, min_col=1, min_row=2, max_row=n + 1)
        height = min(max(7.5, 2.5 + 1.1 * n), 17.0)  # cm; at most one landscape page
        specs = (
            ("chart.budget", ("total_eur", "eu_eur", "eu_national_eur"), '#,##0 "€"', None),
            ("chart.share", ("eu_share_pct", "eu_national_share_pct"), "0%", (0.0, 1.0)),
            ("chart.partners", ("partners", "countries"), "0", None),
        )
        row, used = 3, 1.5  # cm used on the current printed page (the note line)
        for title, keys, fmt, bounds in specs:
            if used + height > PRINTABLE_HEIGHT_CM:  # start a new page rather than cut a chart
                ws.row_breaks.append(Break(id=row))  # after this (empty) row ...
                row += 1  # ... the chart starts one row down, clear of the page edge
                used = 0.0
            chart = BarChart()
            chart.type = "bar"  # horizontal bars: project ids stay readable
            chart.grouping = "clustered"
            chart.title = i18n.label(title, self.lang)
            chart.style = 10
            for key in keys:
                ref = Reference(overview, min_col=position[key], min_row=1, max_row=n + 1)
                chart.add_data(ref, titles_from_data=True)
            for series in chart.series:  # project ids are text: a string reference
                series.cat = AxDataSource(strRef=StrRef(f=str(cats)))
            chart.x_axis.scaling.orientation = "maxMin"  # first project at the top
            chart.x_axis.delete = False
            chart.y_axis.delete = False
            chart.y_axis.crosses = "max"  # value axis at the bottom despite maxMin
            chart.y_axis.number_format = fmt
            if bounds:
                chart.y_axis.scaling.min, chart.y_axis.scaling.max = bounds
                chart.dataLabels = DataLabelList(
                    showVal=True,
                    showSerName=False,
                    showCatName=False,
                    showLegendKey=False,
                    showPercent=False,
                )
                chart.dataLabels.numFmt = "0.0%"
            chart.legend.position = "b"
            chart.width, chart.height = 24.0, height
            ws.add_chart(chart, f"A{row}")
            rows = math.ceil((height + 0.6) / ROW_HEIGHT_CM)
            row += rows
            used += rows * ROW_HEIGHT_CM
        ws.column_dimensions["A"].width = 12
        self.page_setup(ws, title_rows=None)
        return ws


def _shown_width(value: Any, fmt: str | None) -> int:
    """Roughly how many characters a value takes on screen, for fitting column widths."""
    if value is None:
        return 0
    if isinstance(value, dt.date):
        return 12
    if isinstance(value, float | int) and not isinstance(value, bool):
        if fmt == PCT_FORMAT:
            return 8
        text = f"{value:,.2f}" if fmt in (EUR_FORMAT, AMOUNT_FORMAT) else f"{value:,}"
        return len(text) + (4 if fmt == EUR_FORMAT else 2)
    text = str(value)
    return max((len(line) for line in text.splitlines()), default=0) + 2


def _chars_per_line(width: float) -> int:
    """Characters of running text that fit in a column: text is narrower than the width unit
    (the digit "0"), and a cell keeps a little padding."""
    return max(int(width * 1.1) - 2, 1)


def _wrapped_lines(value: Any, width: float) -> int:
    """How many lines a wrapped text takes in a column ``width`` characters wide."""
    if not isinstance(value, str) or not value:
        return 1
    per_line = _chars_per_line(width)
    return sum(
        max(1, len(textwrap.wrap(part, per_line, break_on_hyphens=False)))
        for part in value.splitlines() or [""]
    )


def _header_width(text: str) -> int:
    """The narrowest column in which a header wraps onto at most two lines, plus room for the
    filter button (3)."""
    width = max(8, *(len(w) + 2 for w in text.split()))
    while _wrapped_lines(text, width) > 2:
        width += 1
    return width + 3


# --- About --------------------------------------------------------------------------------------


def _about(
    wb: Workbook,
    lang: str,
    frames: Mapping[str, pd.DataFrame],
    selected: Sequence[str],
    built: dt.datetime,
    inputs: Sequence[tuple[str, str | None, int | None]] | None,
    source_texts: Sequence[tuple[str, str | None, int | None]],
    include_contacts: bool,
) -> Worksheet:
    """The first sheet: what the brief is, for which projects, from which files, and caveats.

    Three columns: labels (A), values and texts (B, wide enough for a SHA-256), and extras (C:
    project titles, file sizes).
    """
    ws = wb.active
    assert ws is not None
    ws.title = i18n.sheet_name("about", lang)
    widths = {"A": 30, "B": 72, "C": 50}
    for letter, width in widths.items():
        ws.column_dimensions[letter].width = width
    bold = Font(name=FONT_NAME, size=11, bold=True)
    wrap = Alignment(wrap_text=True, vertical="top", horizontal="left")
    heights: dict[int, int] = {}
    row = 1

    def lab(key: str) -> str:
        return i18n.label(key, lang)

    def line(label: str | None, value: Any = None, fmt: str | None = None, extra: Any = None):
        nonlocal row
        for column, content in ((1, label), (2, value), (3, extra)):
            if content is None:
                continue
            cell = put(ws, row, column, content, fmt if column == 2 else None)
            cell.alignment = wrap
            if column == 1:
                cell.font = bold
            width = widths[get_column_letter(column)]
            heights[row] = max(heights.get(row, 1), _wrapped_lines(content, width))
        row += 1

    def section(key: str) -> None:
        nonlocal row
        row += 1
        put(ws, row, 1, lab(key)).font = Font(name=FONT_NAME, size=12, bold=True)
        row += 1

    put(ws, row, 1, lab("about.title")).font = Font(name=FONT_NAME, size=14, bold=True)
    row += 2
    line(lab("about.what"), lab("about.what_text"))
    titles = frames["projects"].set_index(frames["projects"]["project_id"].astype("object"))
    line(lab("about.projects"), str(len(selected)))
    for pid in selected:
        line(None, pid, extra=_plain(titles.loc[pid, "title"]))
    line(lab("about.language"), lab("about.language_value"))
    line(lab("about.built"), built.strftime("%Y-%m-%d %H:%M:%S UTC"))
    line(lab("about.version"), __version__)
    line(lab("about.rate"), LTL_PER_EUR, "0.0000", lab("about.rate_text"))
    line(
        lab("about.contacts"),
        lab("about.contacts_included" if include_contacts else "about.contacts_removed"),
    )

    for key, files in (("about.inputs", inputs), ("about.source_texts", source_texts)):
        section(key)
        line(lab("about.file"), lab("about.sha256"), extra=lab("about.bytes"))
        for c in (2, 3):
            ws.cell(row - 1, c).font = bold
        if files is None:
            line(None, lab("about.in_memory"))
            continue
        if not files:
            line(None, lab("about.none"))
        for name, digest, size in files:
            line(name, digest or lab("about.not_found"), extra=size)

    section("about.caveats")
    converted = int((frames["budgets"]["eur_basis"].astype("object") == "converted").sum())
    keys = ["scope", "litas", "dates", "eu_national", "shares", "findings", "messages"]
    for k, key in enumerate(keys, start=1):
        line(f"{k}.", i18n.caveat(key, lang, rate=LTL_PER_EUR, converted=converted))

    section("about.sheets")
    for sheet in SHEET_ORDER[1:]:
        if sheet == "contacts" and not include_contacts:
            continue
        line(i18n.sheet_name(sheet, lang), i18n.SHEET_ROWS[sheet][lang])

    section("about.columns")
    for sheet in SHEET_ORDER[1:]:
        if sheet == "charts" or (sheet == "contacts" and not include_contacts):
            continue
        table, columns = (
            ("overview", OVERVIEW_COLUMNS) if sheet == "overview" else DATA_SHEETS[sheet]
        )
        put(ws, row, 1, i18n.sheet_name(sheet, lang)).font = Font(
            name=FONT_NAME, size=11, bold=True, italic=True
        )
        row += 1
        for col in columns:
            meaning = i18n.description(table, col.key, lang, _schema_description(table, col.key))
            line(i18n.header(table, col.key, lang), meaning)
            ws.cell(row - 1, 1).font = Font(name=FONT_NAME, size=11)

    for r, lines in heights.items():
        if lines > 1:
            ws.row_dimensions[r].height = min(15 * lines + 2, 409)
    _Sheets(wb, lang).page_setup(ws, title_rows=None)
    return ws


def _schema_description(table: str, column: str) -> str | None:
    """The schema's own (English) description of a column, if the column is in the schema."""
    schema_table = TABLES.get("projects" if table == "overview" else table)
    if schema_table is not None and column in schema_table.columns:
        return schema_table.field(column).description
    return None


# --- Writing ------------------------------------------------------------------------------------


def _built_time() -> dt.datetime:
    """Now in UTC, or SOURCE_DATE_EPOCH when set (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _translated_facts(facts: pd.DataFrame, lang: str) -> pd.DataFrame:
    """project_facts with enumerated values (period, period_basis) shown as on the overview."""
    out = facts.copy()
    out["value"] = [
        i18n.category(str(field), value, lang) if isinstance(value, str) else value
        for field, value in zip(out["field"].astype("object"), out["value"], strict=True)
    ]
    return out


def _check_output(path: Path) -> Path:
    """Fail early and clearly on a path no workbook can be written to."""
    if path.suffix.lower() != ".xlsx":
        raise BriefError(f"cannot write {path}: the brief must be an .xlsx file")
    if path.is_dir():
        raise BriefError(f"cannot write {path}: it is a folder")
    for parent in path.parents:  # the nearest existing ancestor must be a folder
        if parent.exists():
            if not parent.is_dir():
                raise BriefError(f"cannot write {path}: {parent} is a file, not a folder")
            break
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriefError(
            f"cannot write {path}: cannot create folder {path.parent} ({exc.strerror or exc})"
        ) from exc
    if not os.access(path.parent, os.W_OK):
        raise BriefError(f"cannot write {path}: folder {path.parent} is not writable")
    return path


def _save_atomic(wb: Workbook, path: Path) -> None:
    """Save to a temporary file beside ``path``, then replace ``path`` with it in one step."""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise BriefError(f"cannot write {path}: {exc.strerror or exc}") from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            wb.save(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():
            mode = path.stat().st_mode & 0o777
        else:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BriefError(f"cannot write {path}: {exc.strerror or exc}") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_brief(
    tables: Any,
    path: str | os.PathLike[str],
    projects: Iterable[str] | None = None,
    lang: str = "en",
    include_contacts: bool = False,
    *,
    inputs: Iterable[str | os.PathLike[str]] | None = None,
    raw_dir: str | os.PathLike[str] | None = None,
) -> Path:
    """Write an Excel brief of ``tables`` to ``path`` and return the path.

    ``tables`` is what :func:`cwlib.load` returns (or any mapping of table name to DataFrame).
    ``projects`` picks project ids in the order wanted (default: all); ``lang`` is ``en`` or
    ``lt``; ``include_contacts`` keeps personal data, which is otherwise redacted everywhere.
    ``inputs`` are the files the tables were read from, listed with their SHA-256 on the About
    sheet; ``raw_dir`` is where the source texts are, to hash those too (default data/raw).

    Raises :class:`BriefError` for an unknown project or language or a path that cannot be
    written; an existing file at ``path`` is then left as it was.
    """
    _check_lang(lang)
    out = _check_output(Path(path))
    every = _frames(tables)
    frames, selected = _select(every, projects)
    placeholders = {k: i18n.label(f"redacted.{k}", lang) for k in PLACEHOLDERS}
    frames = redact_tables(
        frames, include_contacts=include_contacts, placeholders=placeholders, known=every
    )
    for name in TABLES:  # contacts are dropped by redaction; keep an empty frame for the code
        frames.setdefault(name, _frame({}, name))

    raw = Path(raw_dir) if raw_dir is not None else paths.RAW_DIR
    input_rows = _file_rows(Path(p) for p in inputs) if inputs is not None else None
    source_rows = _file_rows(raw / name for name in _source_names(frames))

    wb = Workbook()
    built = _built_time()
    wb.properties.creator = f"cwlib {__version__}"
    wb.properties.title = i18n.label("about.title", lang)
    wb.properties.language = lang
    wb.properties.created = wb.properties.modified = built.replace(tzinfo=None)
    _about(wb, lang, frames, selected, built, input_rows, source_rows, include_contacts)

    sheets = _Sheets(wb, lang)
    overview, notes = _overview(frames, selected)
    ov = sheets.table_sheet("overview", "overview", OVERVIEW_COLUMNS, overview, notes)
    ov.freeze_panes = "B2"  # keep the project id in view while scrolling right
    sheets.charts(ov, len(overview))
    frames["project_facts"] = _translated_facts(frames["project_facts"], lang)
    for sheet, (table, columns) in DATA_SHEETS.items():
        if sheet == "contacts" and not include_contacts:
            continue
        sheets.table_sheet(sheet, table, columns, frames[table])
    wb.active = 0
    _save_atomic(wb, out)
    return out


def build_brief(
    data_dir: str | os.PathLike[str] | None = None,
    path: str | os.PathLike[str] | None = None,
    projects: Iterable[str] | None = None,
    lang: str = "en",
    include_contacts: bool = False,
) -> Path:
    """Load the clean tables and write their brief; the notebooks' and the CLI's entry point.

    ``data_dir`` defaults to ``CWLIB_DATA``, else data/clean; ``path`` to reports/brief.xlsx.
    The About sheet lists every CSV (and datapackage.json) of ``data_dir`` with its SHA-256.
    """
    _check_lang(lang)
    folder = paths.data_dir(data_dir)
    if not folder.is_dir():
        raise BriefError(f"no tables folder {folder}; run `cwlib build` first or pass --data DIR")
    from cwlib.build.load import load

    try:
        tables = load(folder)
    except FileNotFoundError as exc:
        raise BriefError(
            f"cannot read the tables in {folder} ({exc}); run `cwlib build` first"
        ) from exc
    inputs = sorted(
        p
        for p in folder.iterdir()
        if p.is_file()
        and (p.name in {t.filename for t in TABLES.values()} or p.name == "datapackage.json")
    )
    raw = folder.parent / "raw"
    out = Path(path) if path is not None else paths.REPORTS_DIR / DEFAULT_NAME
    return write_brief(
        tables,
        out,
        projects=projects,
        lang=lang,
        include_contacts=include_contacts,
        inputs=inputs,
        raw_dir=raw if raw.is_dir() else paths.RAW_DIR,
    )


# --- For notebooks ------------------------------------------------------------------------------


def reports_dir() -> Path:
    """Where a notebook should write a brief.

    Next to the figures when ``cwlib report`` runs the notebook (it names the figures folder in
    ``CWLIB_FIGURES``, see cwlib.analyse.plots), so a report run never writes into the repository's
    reports/ behind the caller's back; reports/ otherwise.
    """
    figures = os.environ.get("CWLIB_FIGURES")
    return Path(figures).parent if figures else paths.REPORTS_DIR


def describe_workbook(path: str | os.PathLike[str]) -> pd.DataFrame:
    """One row per sheet of a written brief: its Excel table, data rows and charts.

    Read back with openpyxl (charts from the file's parts, which openpyxl does not load), so
    it shows what a user opening the file gets.
    """
    import zipfile

    from openpyxl import load_workbook

    wb = load_workbook(path)
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        charts_per_sheet: dict[str, int] = {}
        for index, ws in enumerate(wb.worksheets, start=1):
            rels = f"xl/worksheets/_rels/sheet{index}.xml.rels"
            if rels in names:
                drawing = re.findall(r"drawings/(drawing\d+)\.xml", z.read(rels).decode())
                count = 0
                for d in drawing:
                    drels = f"xl/drawings/_rels/{d}.xml.rels"
                    if drels in names:
                        count += z.read(drels).decode().count("/charts/chart")
                charts_per_sheet[ws.title] = count
    rows = []
    for ws in wb.worksheets:
        table = next(iter(ws.tables.values()), None)
        rows.append(
            {
                "sheet": ws.title,
                "table": table.displayName if table else None,
                "rows": ws.max_row - 1 if table else None,
                "columns": ws.max_column if table else None,
                "charts": charts_per_sheet.get(ws.title, 0),
            }
        )
    return pd.DataFrame(rows).astype({"rows": "Int64", "columns": "Int64"})


def _span(values: pd.Series) -> str:
    low, high = values.min(), values.max()
    return f"{low:.1f}" if round(low, 1) == round(high, 1) else f"{low:.1f}–{high:.1f}"


def brief_findings(tables: Any, projects: Iterable[str] | None = None) -> str:
    """What a brief of these projects holds and what a reader must keep in mind, in Markdown.

    Computed from the same selection and redaction the workbook uses, so the notebook's
    closing words cannot drift from the file.
    """
    every = _frames(tables)
    total = len(every["projects"])
    frames, selected = _select(every, projects)
    shown = redact_tables(frames, known=every)
    redacted = sum(
        1
        for name, frame in shown.items()
        for column in frame.columns
        for old, new in zip(frames[name][column], frame[column], strict=True)
        if isinstance(old, str) and old != new
    )
    persons = len(frames["contacts"])
    overview, _ = _overview(frames, selected)
    budgets = frames["budgets"]
    scope = budgets["scope"].astype("object")
    events = frames["events"]
    findings = frames["findings"]
    with_total = overview["total_eur"].notna()
    shares = overview["eu_share_pct"].dropna()
    joint = overview["eu_national_eur"].notna() & overview["eu_eur"].isna()
    lines = [
        f"- The brief covers **{len(selected)}** project{'s' if len(selected) != 1 else ''}"
        f" ({', '.join(selected)}).",
        f"- **{int(with_total.sum())}** state a project total; "
        + (
            f"**{len(shares)}** an EU share of it ({_span(shares)} %); "
            if len(shares)
            else "none states an EU share of the whole project; "
        )
        + f"**{int(joint.sum())}** give EU and state funds only as one sum, which is not split.",
        f"- The budgets sheet has **{len(budgets)}** sums: {int((scope == 'project').sum())} for "
        f"whole projects and {int((scope == 'partner').sum())} for one partner's part, kept "
        f"apart; {int((budgets['eur_basis'].astype('object') == 'converted').sum())} litas sums "
        f"are converted at {LTL_PER_EUR} LTL per EUR.",
        f"- **{len(events)}** dated events, "
        f"{int((events['precision'].astype('object') == 'no_year').sum())} without a year "
        "(no year is invented for them).",
        f"- **{len(findings)}** audit findings, "
        f"{int((findings['severity'].astype('object') == 'error').sum())} of them errors.",
        f"- **{persons}** contact person{'s' if persons != 1 else ''} named in the texts "
        f"{'is' if persons == 1 else 'are'} left out, and **{redacted}** other text "
        f"cell{'s' if redacted != 1 else ''} quoting a name, e-mail address or phone number "
        f"{'is' if redacted == 1 else 'are'} redacted (`--include-contacts` keeps them).",
    ]
    if len(selected) < total:
        lines.append(f"- {total - len(selected)} other projects are left out of this brief.")
    return "\n".join(lines)


# --- Command line -------------------------------------------------------------------------------


def add_brief_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the ``cwlib brief`` options to ``parser`` (the CLI's subcommand parser)."""
    parser.add_argument(
        "--data",
        metavar="DIR",
        type=Path,
        default=None,
        help="folder of clean tables (default: $CWLIB_DATA, else data/clean)",
    )
    parser.add_argument(
        "--project",
        metavar="ID",
        dest="projects",
        nargs="+",
        action="extend",
        default=None,
        help="only these project ids (default: all projects)",
    )
    parser.add_argument(
        "--lang",
        choices=i18n.LANGS,
        default=i18n.LANGS[0],
        help="language of labels, headers and category values (default: en)",
    )
    parser.add_argument(
        "--include-contacts",
        action="store_true",
        help="keep names, e-mail addresses and phone numbers of contact persons",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        type=Path,
        default=None,
        help=f"workbook to write (default: reports/{DEFAULT_NAME})",
    )
    return parser


def run_brief(args: argparse.Namespace) -> int:
    """Run ``cwlib brief`` with parsed arguments; returns the exit status."""
    try:
        out = build_brief(
            data_dir=args.data,
            path=args.output,
            projects=args.projects,
            lang=args.lang,
            include_contacts=args.include_contacts,
        )
    except BriefError as exc:
        print(f"cwlib brief: error: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {out}")
    return 0


def main_brief(argv: Sequence[str] | None = None) -> int:
    """``python -m cwlib.export.brief``: the brief command on its own."""
    parser = argparse.ArgumentParser(prog="cwlib brief", description=__doc__.splitlines()[0])
    add_brief_arguments(parser)
    return run_brief(parser.parse_args(argv))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main_brief())
