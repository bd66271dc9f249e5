"""Excel briefs: the clean tables as one workbook a reader can filter, chart, print and check.

``write_brief`` turns loaded tables into an .xlsx (openpyxl); ``build_brief`` loads them from a
data folder first (through the validated loader, so a broken table is an error, not a blank);
``add_brief_arguments``/``run_brief`` are the ``cwlib brief`` command.

What a brief promises, and where it is kept:

- **Traceable.** Every number sits on a row with its source file and quote; the overview's
  figures carry the quote in a cell comment and the Sources sheet gives the sentence behind each
  project-level value. The About sheet lists the tables with their SHA-256 and the source texts
  with the SHA-256 and web address the build recorded in datapackage.json.
- **Honest about scope.** The overview and charts use project-scope sums only; partner sums stay
  on the Budgets sheet, labelled by scope. EU + state budget given as one sum is never split.
  A sum the texts state more than once with different figures is marked, not silently picked.
- **Safe.** Text from a source page can never become a formula (CWE-1236): every text cell is
  written as a string, and text that a spreadsheet would read as a formula (``=``, ``+``, ``-``,
  ``@``, tab, carriage return) or as an error code is also quote-prefixed, so that editing the
  cell keeps it text. Only http(s) addresses become links. Personal data is redacted
  (``cwlib.export.privacy``) unless asked for.
- **Legible on paper.** Landscape A4, every sheet narrow enough to print at 8 pt or more
  (the overview split in two sheets, long texts wrapped, widths fitted to content), headings
  kept with what follows, charts of at most 25 bars sized to their rows.
- **Atomic.** The workbook is built and zipped in memory, written to a temporary file in the
  target folder and moved over the old file with ``os.replace``, so a failed run never leaves a
  half-written brief.
- **In one language.** Every label, check name and finding message comes from ``cwlib.i18n``;
  numbers written in texts go through the shared formatter (``cwlib.analyse.formats``);
  ``lang="lt"`` gives a Lithuanian brief.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import hashlib
import io
import math
import os
import re
import sys
import tempfile
import textwrap
import urllib.parse
from collections.abc import Callable, Iterable, Mapping, Sequence
from copy import copy
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.data_source import AxDataSource, StrRef
from openpyxl.chart.text import RichText, Text
from openpyxl.chart.title import Title
from openpyxl.comments import Comment
from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, OneCellAnchor
from openpyxl.drawing.text import (
    CharacterProperties,
    Paragraph,
    ParagraphProperties,
    RegularTextRun,
    RichTextProperties,
)
from openpyxl.drawing.xdr import XDRPositiveSize2D
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.units import cm_to_EMU
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from cwlib import paths
from cwlib.analyse.formats import format_money, format_number, format_percent
from cwlib.build.load import Rows
from cwlib.errors import CwlibError
from cwlib.export import i18n, messages
from cwlib.export.privacy import PLACEHOLDERS, redact_tables
from cwlib.patterns import compiled
from cwlib.read.characters import strip_invisible
from cwlib.schema import LTL_PER_EUR, PERSONAL_TABLES, TABLES
from cwlib.version import __version__

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "MAX_BARS",
    "BriefError",
    "add_brief_arguments",
    "brief_findings",
    "build_brief",
    "describe_workbook",
    "overview_frame",
    "print_scale",
    "reports_dir",
    "run_brief",
    "safe_link",
    "sheet_names",
    "write_brief",
]

DEFAULT_NAME = "brief.xlsx"
"""File name of the brief when no output path is given (in ``reports/``)."""

EUR_FORMAT = '#,##0.00 "€"'
LTL_FORMAT = '#,##0.00 "Lt"'
AMOUNT_FORMAT = "#,##0.00"
PCT_FORMAT = "0.0%"
EUR_SEVERAL_FORMAT = '#,##0.00 "€ *"'
PCT_SEVERAL_FORMAT = '0.0%" *"'
"""A sum the texts state more than once with different figures is marked * (see caveats)."""
DATE_FORMAT = "yyyy-mm-dd"
INT_FORMAT = "#,##0"
COORD_FORMAT = "0.0000"
CURRENCY_FORMATS = {"EUR": EUR_FORMAT, "LTL": LTL_FORMAT}
TABLE_STYLE = "TableStyleMedium2"
FONT_NAME = "Calibri"
"""Named on every styled cell so a client without Calibri substitutes one font everywhere."""
FONT_SIZE = 11
HEADER_FILL = "DDEBF7"
"""Header background, set on the cells too: LibreOffice does not draw Excel table styles."""
NUMERIC_KINDS = frozenset({"eur", "money", "pct", "count", "coord", "number"})
# Shared style objects: openpyxl looks each assigned style up in the workbook's style list, so
# assigning one instance many times is much cheaper than building a new one per cell.
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
NUMBER_TOP = Alignment(vertical="top", horizontal="right", indent=1)
TEXT_TOP = Alignment(vertical="top", horizontal="left")
LINK_FONT = Font(name=FONT_NAME, size=FONT_SIZE, color="0563C1", underline="single")

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
"""First characters that make a spreadsheet read text as a formula (CWE-1236); the full-width
forms are included because some Excel locales treat them the same way, and a leading line break
because a carriage return becomes one in the file (see ``_clean_text``)."""

MAX_CELL_TEXT = 32767
"""Excel's limit on the characters in one cell."""
MAX_LINK = 2000
"""Longest web address made a link (Excel refuses link targets over 2,079 characters)."""

# --- Paper ---------------------------------------------------------------------------------------
# Landscape A4 in points, the margins in inches (as the file stores them).
PAGE_WIDTH_PT, PAGE_HEIGHT_PT = 841.89, 595.28
MARGINS = PageMargins(left=0.3, right=0.3, top=0.5, bottom=0.75, header=0.2, footer=0.25)
PRINTABLE_WIDTH_PX = (PAGE_WIDTH_PT - 72 * (MARGINS.left + MARGINS.right)) / 0.75
PRINTABLE_HEIGHT_PT = PAGE_HEIGHT_PT - 72 * (MARGINS.top + MARGINS.bottom)
PAGE_FILL = 0.95
"""The share of a page's printable height the About sheet's layout fills: the margin for row
heights estimated from character counts (see ``_About``)."""
TABLE_PAGE_FILL = 0.98
"""The share of a page's printable height a table sheet's planned pages fill (see
``_page_breaks``). Its rows' heights are set, not estimated, and LibreOffice fits the columns
at a scale 1.5-4 % smaller than ``print_scale`` (its columns are a little wider), so a page
planned this full prints at most ~96 % full: never near enough to full for the client's
rounding of the scale to move a row."""
MIN_PRINTED_PT = 8.0
"""No text on a printed page is smaller than this (``tests/test_brief_print.py`` measures it)."""
MIN_SCALE = 0.8
"""The smallest print scale a sheet is laid out for: 11 pt text prints at 8.8 pt, a margin
above :data:`MIN_PRINTED_PT` for a client whose fonts run a little wider."""
SHRINK_FLOOR = 18
"""Narrowest a wrapped text column is made to fit a sheet onto the page."""
LINE_PT = 15.0
"""Height of one line of 11 pt text in a row (Excel's default row)."""
MAX_BARS = 25
"""Most bars a chart shows: the largest projects, the rest summed into the last bar."""
MAX_CHART_CM = 15.0
"""Tallest chart: with its table's header and the sheet's note it fits one landscape page."""


def column_px(width: float) -> int:
    """Pixels (at 96 dpi) a column of ``width`` characters takes: Excel's rule for an 11 pt
    Calibri default font (7 px per character plus 5 px of padding)."""
    return int(width * 7 + 5)


def print_scale(widths: Iterable[float]) -> float:
    """The scale at which columns this wide fit one landscape A4 page width (at most 1).

    >>> print_scale([20, 30]), round(print_scale([100, 100]), 2)
    (1.0, 0.76)
    """
    total = sum(column_px(w) for w in widths)
    return min(1.0, PRINTABLE_WIDTH_PX / total) if total else 1.0


class BriefError(CwlibError, ValueError):
    """A brief cannot be made as asked (unknown project or language, unwritable path, no data).

    The message is meant for the user as it is; the CLI prints it without a traceback.
    """


# --- What goes on which sheet -------------------------------------------------------------------


@dataclass(frozen=True)
class Col:
    """One column of a sheet: the frame column, how to show it, and its header's table key.

    ``kind`` decides the number format and width: text, long (wrapped), category (translated),
    field (a projects.csv column name, shown as its header), check (an audit check, shown by
    name), url (a link when it is a web address), eur, money (a sum in the currency named by
    the ``unit`` column), pct (a percent number shown as a percentage), number (with the unit
    named by the ``unit`` column, if any), date, isodate (a reduced ISO date: a date cell when
    it is a full day, else text), count, coord.
    """

    key: str
    kind: str = "text"
    width: int | None = None
    unit: str | None = None


SHEET_ORDER = (
    "about",
    "overview",
    "details",
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

ID_COL = Col("project_id", "long", 20)
"""Project ids are slugs: wrapped at their hyphens rather than widening every sheet."""

OVERVIEW_COLUMNS: tuple[Col, ...] = (
    ID_COL,
    Col("title", "long", 36),
    Col("programme", "long", 22),
    Col("period", "category"),
    Col("start_date", "isodate"),
    Col("end_date", "isodate"),
    Col("total_eur", "eur"),
    Col("eu_share_pct", "pct"),
    Col("partners", "count"),
    Col("findings", "count"),
    Col("errors", "count"),
)
"""The compact overview: what a reader compares projects by, on one page width."""

DETAILS_COLUMNS: tuple[Col, ...] = (
    ID_COL,
    Col("programme_basis", "category"),
    Col("measure_code", "long", 14),
    Col("project_number", "long", 14),
    Col("fund", "long", 8),
    Col("duration_months", "count"),
    Col("eu_eur", "eur"),
    Col("eu_national_eur", "eur"),
    Col("eu_national_share_pct", "pct"),
    Col("eur_basis", "category", 12),
    Col("countries", "count"),
    Col("url", "url", 40),
)
"""The overview's other columns, one project a row in the same order."""

PROJECT_COLUMNS = (
    "project_id",
    "title",
    "programme",
    "programme_basis",
    "period",
    "measure_code",
    "project_number",
    "fund",
    "start_date",
    "end_date",
    "duration_months",
    "total_eur",
    "eu_eur",
    "eu_share_pct",
    "eu_national_eur",
    "eu_national_share_pct",
    "eur_basis",
    "partners",
    "countries",
    "findings",
    "errors",
    "url",
    "sources",
)
"""Columns of :func:`overview_frame`: both sheets' columns, and the source files."""

DATA_SHEETS: dict[str, tuple[str, tuple[Col, ...]]] = {
    # sheet: (table whose rows it shows, columns)
    "budgets": (
        "budgets",
        (
            ID_COL,
            Col("scope", "category"),
            Col("party", "long", 24),
            Col("item", "category", 14),
            Col("amount", "money", unit="currency"),
            Col("qualifier", "category", 9),
            Col("amount_eur", "eur"),
            Col("eur_basis", "category", 11),
            Col("share_pct", "pct"),
            Col("share_basis", "category"),
            Col("source", "long", 26),
            Col("quote", "long", 50),
        ),
    ),
    "partners": (
        "partners",
        (
            ID_COL,
            Col("name", "long", 30),
            Col("role", "category", 12),
            Col("org_type", "category", 12),
            Col("city", "long", 14),
            Col("country"),
            Col("lat", "coord"),
            Col("lon", "coord"),
            Col("geo_precision", "category"),
            Col("source", "long", 26),
            Col("quote", "long", 50),
        ),
    ),
    "events": (
        "events",
        (
            ID_COL,
            Col("event", "category"),
            Col("date"),
            Col("precision", "category"),
            Col("earliest", "date"),
            Col("latest", "date"),
            Col("source", "long", 26),
            Col("quote", "long", 50),
        ),
    ),
    "results": (
        "results",
        (
            ID_COL,
            Col("count", "count"),
            Col("indicator", "long", 40),
            Col("qualifier", "category", 14),
            Col("source", "long", 26),
            Col("quote", "long", 50),
        ),
    ),
    "findings": (
        "findings",
        (
            ID_COL,
            Col("check", "check", 20),
            Col("severity", "category"),
            Col("message", "long", 50),
            Col("difference", "number", unit="_unit"),
            Col("source", "long", 26),
            Col("quote", "long", 50),
        ),
    ),
    "sources": (
        "project_facts",
        (
            ID_COL,
            Col("field", "field", 16),
            Col("value", "long", 34),
            Col("source", "long", 26),
            Col("quote", "long", 50),
        ),
    ),
    "contacts": (
        "contacts",
        (
            ID_COL,
            Col("name", "long", 20),
            Col("position", "long", 24),
            Col("email", "long", 24),
            Col("phone", "long", 16),
            Col("source", "long", 26),
            Col("quote", "long", 50),
        ),
    ),
}

TABLE_NAMES = {
    "overview": "tblOverview",
    "details": "tblDetails",
    "budgets": "tblBudgets",
    "partners": "tblPartners",
    "events": "tblEvents",
    "results": "tblResults",
    "findings": "tblFindings",
    "sources": "tblSources",
    "contacts": "tblContacts",
}
"""Excel table names: ASCII and the same in every language, so formulas users write keep working."""


def sheet_columns() -> dict[str, tuple[str, tuple[Col, ...]]]:
    """Every sheet that holds one Excel table: (the table its headers belong to, columns)."""
    return {
        "overview": ("overview", OVERVIEW_COLUMNS),
        "details": ("details", DETAILS_COLUMNS),
        **DATA_SHEETS,
    }


def sheet_names(lang: str = "en", include_contacts: bool = False) -> list[str]:
    """The brief's sheet names in workbook order."""
    _check_lang(lang)
    return [i18n.sheet_name(s, lang) for s in SHEET_ORDER if s != "contacts" or include_contacts]


# --- Input handling -----------------------------------------------------------------------------


def _check_lang(lang: str) -> None:
    if lang not in i18n.LANGS:
        raise BriefError(f"unknown language {lang!r}; valid languages: {', '.join(i18n.LANGS)}")


def _frame(tables: Any, name: str) -> Rows | None:
    """One table from a ``Tables`` object or a mapping, checked to have every schema column,
    as plain rows (a DataFrame's values made plain, see :func:`_rows`)."""
    frame = None
    try:
        frame = tables[name]
    except (KeyError, TypeError, IndexError):
        try:
            frame = getattr(tables, name, None)
        except AttributeError:
            frame = None
    if frame is None:
        return None
    missing = [c for c in TABLES[name].columns if c not in frame.columns]
    if missing:
        raise BriefError(
            f"the {name} table has no column{'s' if len(missing) > 1 else ''} "
            f"{', '.join(missing)}; load the tables with cwlib.load()"
        )
    return frame if isinstance(frame, Rows) else _rows(frame)


def _rows(frame: pd.DataFrame) -> Rows:
    """A DataFrame's rows as dicts of plain values (:func:`_plain`), and its columns of free
    text: the ones :meth:`~cwlib.export.privacy.Redactor.redact_frame` would redact (neither
    categories, numbers nor datetimes)."""
    import pandas as pd

    text = frozenset(
        column
        for column, dtype in frame.dtypes.items()
        if not isinstance(dtype, pd.CategoricalDtype)
        and not pd.api.types.is_numeric_dtype(dtype)
        and not pd.api.types.is_datetime64_any_dtype(dtype)
    )
    return Rows(tuple(frame.columns), _records(frame), text)


def _frames(tables: Any, contacts: bool = True) -> dict[str, Rows]:
    """Every table, none missing: a missing table would silently become empty totals.

    ``contacts`` is needed whenever personal data must be removed (the names it lists are
    redacted everywhere), so its absence is an error then too.
    """
    out: dict[str, Rows] = {}
    for name in TABLES:
        frame = _frame(tables, name)
        if frame is None:
            if name in PERSONAL_TABLES and not contacts:
                continue
            if name in PERSONAL_TABLES:
                raise BriefError(
                    f"the {name} table is needed to remove contact persons' names from the "
                    "brief; load the tables with cwlib.load(include_contacts=True)"
                )
            raise BriefError(f"the tables have no {name} table; load them with cwlib.load()")
        out[name] = frame
    return out


def _select(
    frames: dict[str, Rows], projects: Iterable[str] | None
) -> tuple[dict[str, Rows], list[str]]:
    """Keep the chosen projects (in the order given), or all; unknown ids are an error."""
    if isinstance(projects, str):  # one id, not an iterable of its characters
        projects = [projects]
    known = [str(p) for p in frames["projects"].column("project_id") if p is not None]
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
    out: dict[str, Rows] = {}
    for name, frame in frames.items():
        rows = [r for r in frame.rows if r["project_id"] in keep]
        if name == "projects":
            rows.sort(key=lambda r: order[r["project_id"]])
        out[name] = frame.with_rows(rows)
    return out, wanted


# --- Sources: the tables' files and the build's record of its inputs ---------------------------


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def _file_rows(files: Iterable[Path]) -> list[tuple[str, str, int]]:
    """(name, sha256, size) of each file the tables were read from."""
    return [(path.name, _sha256(path), path.stat().st_size) for path in files]


def _source_names(frames: Mapping[str, Rows]) -> list[str]:
    """The source texts the selected rows were read from."""
    names: set[str] = set()
    for frame in frames.values():
        if "source" in frame.columns:
            names.update(str(v) for v in frame.column("source") if v is not None)
    for value in frames["projects"].column("sources"):
        if value is None:
            continue
        names.update(s.strip() for s in str(value).split(";") if s.strip())
    return sorted(names)


@dataclass(frozen=True)
class Sources:
    """What the About sheet says about where the tables came from.

    ``texts``: (file name, SHA-256 or None, web address or None) for each source text of the
    selected rows, from the build's record; ``None`` when there is no record to read them from
    (``missing`` says why, as a label key). ``other``: (title, web address) of the record's
    other sources (the gazetteer, ...). ``built_with``: the versions that built the tables.
    """

    texts: list[tuple[str, str | None, str | None]] | None
    other: list[tuple[str, str | None]] = field(default_factory=list)
    built_with: str | None = None
    missing: str | None = None


def _record_name(entry: Mapping[str, Any]) -> str | None:
    """The raw file a datapackage ``sources`` entry records, if it records one."""
    path = entry.get("path")
    if isinstance(path, str) and path.startswith("data/raw/"):
        return path.rsplit("/", 1)[1]
    if entry.get("sha256") and isinstance(entry.get("title"), str):
        return str(entry["title"])
    return None


def _web(value: Any) -> str | None:
    return value if isinstance(value, str) and value.startswith(("http://", "https://")) else None


def _built_with(record: Any) -> str | None:
    """ "cwlib 0.1.0, Python 3.11; pandas 2.2.2, ..." from the data package's ``cwlib`` entry."""
    if not isinstance(record, Mapping):
        return None
    head = [f"cwlib {record['version']}"] if record.get("version") else []
    if record.get("python"):
        head.append(f"Python {record['python']}")
    packages = record.get("packages")
    tail = (
        ", ".join(f"{name} {version}" for name, version in sorted(packages.items()))
        if isinstance(packages, Mapping)
        else ""
    )
    text = "; ".join(p for p in (", ".join(head), tail) if p)
    return text or None


def _sources(package: Mapping[str, Any] | None, names: Sequence[str], in_memory: bool) -> Sources:
    """The About sheet's sources: from the tables' own record (datapackage.json), never from a
    folder of raw texts that happens to lie beside them."""
    if package is None:
        return Sources(None, missing="about.in_memory" if in_memory else "about.no_datapackage")
    entries = [e for e in package.get("sources") or [] if isinstance(e, Mapping)]
    records = {n: e for e in entries if (n := _record_name(e))}
    other = [
        (str(e.get("title") or e.get("path") or ""), _web(e.get("url")) or _web(e.get("path")))
        for e in entries
        if not _record_name(e)
    ]
    built_with = _built_with(package.get("cwlib"))
    if not records:
        return Sources(None, other, built_with, missing="about.no_sources_recorded")
    texts = [
        (name, records[name].get("sha256"), _web(records[name].get("url")))
        if name in records
        else (name, None, None)
        for name in names
    ]
    return Sources(texts, other, built_with)


# --- Values -------------------------------------------------------------------------------------


def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return not math.isfinite(value)
    # pandas' missing values can only come from a DataFrame, which means pandas is imported
    pd = sys.modules.get("pandas")
    if pd is None:
        return False
    if value is pd.NA or value is pd.NaT:
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
    pd = sys.modules.get("pandas")
    if pd is not None and isinstance(value, pd.Timestamp):
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


_LINK = compiled(
    r"""
    ^https?://                  # a web address, nothing else (no javascript:, file:, ...)
    [^\s<>"'`{}|\\^\x00-\x1f\x7f]+   # no spaces, quotes, brackets or control characters
    $
    """,
    re.VERBOSE | re.IGNORECASE,
)


def safe_link(text: Any) -> str | None:
    """The link target for a web address written in a text, or None when it is not one.

    Only http(s) addresses become links; letters outside ASCII are percent-encoded so that
    every client reads the target the same way.

    >>> safe_link("https://lt.example/projektai/kūrybinės"), safe_link("javascript:alert(1)")
    ('https://lt.example/projektai/k%C5%ABrybin%C4%97s', None)
    """
    if not isinstance(text, str):
        return None
    text = text.strip()
    if len(text) > MAX_LINK or not _LINK.match(text):
        return None
    return urllib.parse.quote(text, safe=":/?#[]@!$&()*+,;=%~-._")


def _link(cell: Cell, text: Any) -> None:
    """Make a cell holding a web address a link to it (only http and https)."""
    target = safe_link(text)
    if target is not None:
        cell.hyperlink = target
        cell.font = LINK_FONT


def _iso_day(value: Any) -> dt.date | None:
    if isinstance(value, str) and _ISO_DAY.match(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


_ISO_DAY = compiled(r"^\d{4}-\d{2}-\d{2}$")  # 2020-01-31, the whole cell
_QUOTED_UNIT = compiled(
    r"""
    "([^"]*)"              # a literal in a number format: '#,##0 "EUR"' -> EUR
    """,
    re.VERBOSE,
)
_DRAWING = compiled(
    r"""
    drawings/(drawing\d+)\.xml   # a sheet's drawing part, named in its relationships file
    """,
    re.VERBOSE,
)


# --- Overview -----------------------------------------------------------------------------------


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """A DataFrame's rows as dicts of plain values (one pass over the frame)."""
    columns = list(frame.columns)
    return [
        dict(zip(columns, (_plain(v) for v in row), strict=True))
        for row in frame.itertuples(index=False, name=None)
    ]


def _provenance(rows: Sequence[Mapping[str, Any]], lang: str) -> str:
    """Cell-comment text: the quote and file of each row behind a figure, the one shown first."""
    lines = []
    for r in rows:
        amount = r.get("amount_eur")
        head = (
            f"{format_money(amount, lang, 'EUR', decimals=2)} — "
            if isinstance(amount, float | int)
            else ""
        )
        lines.append(f"{head}{r.get('source')}: “{r.get('quote')}”")
    return "\n".join(lines)


OVERVIEW_FLOATS = (
    "total_eur",
    "eu_eur",
    "eu_share_pct",
    "eu_national_eur",
    "eu_national_share_pct",
)
"""The overview's columns of sums and shares: floats, or None where a project has none."""


@dataclass
class Overview:
    """The overview rows (dicts of :data:`PROJECT_COLUMNS`), the provenance of their sums
    (cell comments), and the sums the texts state with more than one figure (marked)."""

    rows: list[dict[str, Any]]
    notes: dict[tuple[str, str], str]
    several: set[tuple[str, str]]
    countries: dict[str, set[str]]


def _overview(frames: Mapping[str, Rows], selected: Sequence[str], lang: str = "en") -> Overview:
    """One row per selected project, in the order selected.

    Only project-scope budget rows are read; of several rows stating the same item, the first
    in table order is shown and all are quoted in the comment; when their figures differ, the
    cell is marked so that the reader knows the texts disagree.
    """
    projects = {r["project_id"]: r for r in frames["projects"].rows}
    stated: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in frames["budgets"].rows:
        if r["scope"] == "project" and r["amount_eur"] is not None:
            stated.setdefault((r["project_id"], r["item"]), []).append(r)
    partners: dict[str, list[Any]] = {}
    for r in frames["partners"].rows:
        partners.setdefault(r["project_id"], []).append(r["country"])
    findings: dict[str, list[Any]] = {}
    for r in frames["findings"].rows:
        findings.setdefault(r["project_id"], []).append(r["severity"])

    rows: list[dict[str, Any]] = []
    notes: dict[tuple[str, str], str] = {}
    several: set[tuple[str, str]] = set()
    countries: dict[str, set[str]] = {}

    def first(pid: str, item: str, columns: Sequence[str]) -> dict[str, Any] | None:
        hits = stated.get((pid, item), [])
        if not hits:
            return None
        for column in columns:
            notes[(pid, column)] = _provenance(hits, lang)
            if len({round(h["amount_eur"], 2) for h in hits}) > 1:
                several.add((pid, column))
        return hits[0]

    for pid in selected:
        p = projects[pid]
        row: dict[str, Any] = {c: p.get(c) for c in PROJECT_COLUMNS}
        hit = first(pid, "total", ["total_eur"])
        total = hit["amount_eur"] if hit else None
        row["total_eur"] = total
        row["eur_basis"] = hit["eur_basis"] if hit else None
        for item, amount_col, share_col in (
            ("eu", "eu_eur", "eu_share_pct"),
            ("eu_national", "eu_national_eur", "eu_national_share_pct"),
        ):
            hit = first(pid, item, [amount_col, share_col])
            amount = hit["amount_eur"] if hit else None
            share = hit["share_pct"] if hit else None
            if share is None and amount is not None and total:
                share = amount / total * 100  # same scope (project), both in euro
            row[amount_col], row[share_col] = amount, share
        located = partners.get(pid, [])
        countries[pid] = {c for c in located if c is not None}
        row["partners"] = len(located)
        row["countries"] = len(countries[pid])
        severities = findings.get(pid, [])
        row["findings"] = len(severities)
        row["errors"] = sum(1 for s in severities if s == "error")
        for column in OVERVIEW_FLOATS:
            row[column] = None if row[column] is None else float(row[column])
        rows.append(row)
    return Overview(rows, notes, several, countries)


def overview_frame(tables: Any, projects: Iterable[str] | None = None) -> pd.DataFrame:
    """One row per project: what the brief's Overview and Project details sheets show.

    Sums are project scope only (``total_eur``: item total; ``eu_eur``/``eu_share_pct``: item
    eu; ``eu_national_*``: EU and state budget given as one sum, never split). Shares are in
    percent, as stated or computed from the project total. Partner sums are not in it.
    """
    import pandas as pd

    frames, selected = _select(_frames(tables, contacts=False), projects)
    frame = pd.DataFrame(_overview(frames, selected).rows, columns=list(PROJECT_COLUMNS))
    for column in OVERVIEW_FLOATS:
        frame[column] = pd.to_numeric(frame[column]).astype("float64")
    return frame


# --- Layout -------------------------------------------------------------------------------------


def _shown_width(value: Any, fmt: str | None) -> int:
    """Roughly how many characters a value takes on screen, for fitting column widths."""
    if value is None:
        return 0
    if isinstance(value, dt.date):
        return 11
    if isinstance(value, float | int) and not isinstance(value, bool):
        if fmt and "%" in fmt:
            return 7 + (2 if "*" in fmt else 0)
        text = f"{value:,.2f}" if fmt and "0.00" in fmt else f"{value:,}"
        unit = _QUOTED_UNIT.findall(fmt.split(";")[0]) if fmt else []
        return len(text) + sum(len(u) for u in unit) + (1 if fmt and fmt[0] == "+" else 0)
    text = str(value)
    return max((len(line) for line in text.splitlines()), default=0) + 1


def _chars_per_line(width: float) -> int:
    """Characters of running text that fit in a column ``width`` wide.

    The width unit is the digit "0" of the default font (Calibri, or the metric-compatible
    Carlito); running text averages about 0.8 of it. A little less is assumed, because a row
    a little too tall is better than a printed line cut off.
    """
    return max(int(width * 1.2) - 2, 1)


def _wrapped_lines(value: Any, width: float) -> int:
    """How many lines a wrapped text takes in a column ``width`` characters wide."""
    if not isinstance(value, str) or not value:
        return 1
    per_line = _chars_per_line(width)
    return sum(_part_lines(part, per_line) for part in value.splitlines() or [""])


@lru_cache(maxsize=8192)
def _part_lines(part: str, per_line: int) -> int:
    """The lines one paragraph takes wrapped at ``per_line`` characters (at least one).

    Kept per paragraph and width, because a brief measures the same quote on several rows
    and sheets; a paragraph no longer than a line is one line without asking ``textwrap``
    (which only ever widens a text by expanding tabs), half of a brief's cells.
    """
    if len(part) <= per_line and "\t" not in part:
        return 1
    return max(1, len(textwrap.wrap(part, per_line, break_on_hyphens=True)))


def _header_width(text: str) -> int:
    """The narrowest column in which a header wraps onto at most three lines, with room for
    the filter button (3)."""
    width = max(6, *(len(w) + 1 for w in text.split()))
    while _wrapped_lines(text, width) > 3:
        width += 1
    return width + 3


def _fit_widths(widths: list[float], columns: Sequence[Col]) -> list[float]:
    """Narrow the wrapped text columns (quotes, names, titles) until the sheet prints at
    :data:`MIN_SCALE` or more, each in proportion to its width above :data:`SHRINK_FLOOR`.

    Project ids and source file names keep their width: a name should print on one line.
    """
    limit = PRINTABLE_WIDTH_PX / MIN_SCALE
    excess = sum(column_px(w) for w in widths) - limit
    give = {
        j: w - SHRINK_FLOOR
        for j, (w, c) in enumerate(zip(widths, columns, strict=True))
        if c.kind in ("long", "url") and c.key not in ("project_id", "source") and w > SHRINK_FLOOR
    }
    room = sum(give.values()) * 7
    if excess <= 0 or not room:
        return widths
    cut = min(1.0, excess / room)
    return [w - give[j] * cut if j in give else w for j, w in enumerate(widths)]


def _page_breaks(heights: Sequence[float], header_pt: float, scale: float) -> list[int]:
    """The rows after which a table sheet's printed pages break: every page filled to
    ``TABLE_PAGE_FILL`` of its height under the repeated header row, rows counted from 2.

    Why not leave the breaks to the client: fitting a sheet to the page width, LibreOffice
    counts its pages at the exact fit scale and prints them at a rounded one, so a last
    page that is nearly full comes out as an extra, empty page with no footer. Pages planned
    here never come that close to full, whatever the number of rows.

    >>> _page_breaks([100.0] * 9, 20.0, 1.0)
    [5, 9]
    """
    room = TABLE_PAGE_FILL * PRINTABLE_HEIGHT_PT / scale - header_pt
    breaks: list[int] = []
    used = 0.0
    for row, height in enumerate(heights, start=2):
        if used > 0 and used + height > room:
            breaks.append(row - 1)
            used = 0.0
        used += height
    return breaks


def _row_height(lines: int) -> float:
    return min(LINE_PT * lines + 2, 409.0)


def _text_props(size: float, bold: bool = False, upright: bool = False) -> RichText:
    """Chart text at ``size`` points (clients otherwise choose, and shrink, it themselves);
    ``upright`` keeps axis labels horizontal instead of letting a client tilt them."""
    props = CharacterProperties(sz=int(size * 100), b=bold)
    body = RichTextProperties(rot=0, vert="horz") if upright else None
    return RichText(
        bodyPr=body, p=[Paragraph(pPr=ParagraphProperties(defRPr=props), endParaRPr=props)]
    )


def _chart_title(text: str) -> Title:
    props = CharacterProperties(sz=1200, b=True)
    paragraph = Paragraph(
        pPr=ParagraphProperties(defRPr=props), r=[RegularTextRun(rPr=props, t=text)]
    )
    return Title(tx=Text(rich=RichText(p=[paragraph])), overlay=False)


# --- Sheets -------------------------------------------------------------------------------------


class _Sheets:
    """Builds the workbook's sheets for one language from selected, redacted frames."""

    def __init__(self, wb: Workbook, lang: str) -> None:
        self.wb = wb
        self.lang = lang
        self.bold = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
        self.italic = Font(name=FONT_NAME, size=FONT_SIZE, italic=True)
        self.header_fill = PatternFill("solid", fgColor=HEADER_FILL)
        self.header_border = Border(bottom=Side(style="thin", color="5B9BD5"))
        self.styles: dict[tuple[Any, ...], Any] = {}

    def page_setup(self, ws: Worksheet, title_rows: str | None = "1:1") -> None:
        """Landscape A4, one page wide (the sheets are built narrow enough to print at 8 pt or
        more), header row repeated, sheet name and page number in the footer."""
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_margins = copy(MARGINS)
        if title_rows:
            ws.print_title_rows = title_rows
        ws.oddFooter.left.text = "&A"
        ws.oddFooter.left.size = FONT_SIZE
        ws.oddFooter.right.text = i18n.label("footer", self.lang)
        ws.oddFooter.right.size = FONT_SIZE

    def header(self, table: str, column: str) -> str:
        return i18n.header(table, column, self.lang)

    def unit_format(self, unit: Any, signed: bool) -> str | None:
        """The number format of a value in ``unit`` (a currency or a difference unit)."""
        if not isinstance(unit, str) or unit not in i18n.DIFFERENCE_FORMATS:
            return ("+#,##0.00;-#,##0.00;0.00" if signed else AMOUNT_FORMAT) if unit else None
        suffix = i18n.DIFFERENCE_FORMATS[unit][self.lang]
        body = "0" if unit == "months" else ("0.00" if unit == "points" else "#,##0.00")
        if not signed:
            return f"{body} {suffix}"
        return f"+{body} {suffix};-{body} {suffix};{body} {suffix}"

    def display(
        self, col: Col, value: Any, unit: Any = None, several: bool = False
    ) -> tuple[Any, str | None]:
        """The cell value and number format for one value of a column."""
        value = _plain(value)
        if value is None:
            return None, None
        kind = col.kind
        if kind == "category":
            return i18n.category(col.key, value, self.lang), None
        if kind == "check":
            return i18n.check_name(str(value), self.lang), None
        if kind == "field":
            try:
                return i18n.header("projects", str(value), self.lang), None
            except KeyError:
                return value, None
        if kind == "eur":
            return float(value), EUR_SEVERAL_FORMAT if several else EUR_FORMAT
        if kind == "money":
            return float(value), CURRENCY_FORMATS.get(unit, AMOUNT_FORMAT)
        if kind == "number":
            return float(value), self.unit_format(unit, signed=True) or AMOUNT_FORMAT
        if kind == "pct":
            return float(value) / 100, PCT_SEVERAL_FORMAT if several else PCT_FORMAT
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
        frame: Sequence[Mapping[str, Any]],
        notes: Mapping[tuple[str, str], str] | None = None,
        several: set[tuple[str, str]] | None = None,
    ) -> Worksheet:
        """A sheet holding one Excel table: header row, typed cells, filters, banded rows
        (``frame``: the rows, dicts of plain values holding every column's key)."""
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
        widths: list[float] = [
            _header_width(h) for h in headers
        ]  # headers wrap onto three lines at most
        long_lines: list[list[tuple[int, Any]]] = []
        keys = [c.key for c in columns]
        for i, by_key in enumerate(frame, start=2):
            record = [by_key[k] for k in keys]
            pid = record[0]
            texts: list[tuple[int, Any]] = []
            for j, (col, raw) in enumerate(zip(columns, record, strict=True), start=1):
                mark = several is not None and (pid, col.key) in several
                value, fmt = self.display(col, raw, by_key[col.unit] if col.unit else None, mark)
                shown = _shown_width(value, fmt)
                if col.kind in ("long", "url") or (col.width and col.kind in ("category", "check")):
                    cell = put(ws, i, j, value, fmt, WRAP_TOP, self.styles)
                    width = col.width or 50
                    texts.append((j, value))
                    widths[j - 1] = max(widths[j - 1], min(shown, width))
                    if col.kind == "url":
                        _link(cell, value)
                elif col.kind in NUMERIC_KINDS:  # the indent keeps a gap before the next text
                    cell = put(ws, i, j, value, fmt, NUMBER_TOP, self.styles)
                    widths[j - 1] = max(widths[j - 1], shown + 3)
                else:  # text, and dates (which may be text at a lower precision) on the left
                    cell = put(ws, i, j, value, fmt, TEXT_TOP, self.styles)
                    widths[j - 1] = max(widths[j - 1], shown)
                if notes and (pid, col.key) in notes:
                    note = Comment(_clean_text(notes[(pid, col.key)]), "cwlib")
                    note.width, note.height = 420, 160
                    cell.comment = note
            long_lines.append(texts)
        widths = _fit_widths([min(max(w, 6), 80) for w in widths], columns)
        for j, column_width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(j)].width = column_width
        # a row of one line keeps the client's default height (LINE_PT); a taller one is set
        header_lines = max(_wrapped_lines(h, w - 3) for h, w in zip(headers, widths, strict=True))
        header_pt = _row_height(header_lines) if header_lines > 1 else LINE_PT
        if header_lines > 1:
            ws.row_dimensions[1].height = header_pt
        heights = []
        for i, texts in enumerate(long_lines, start=2):
            lines = max((_wrapped_lines(v, widths[j - 1]) for j, v in texts), default=1)
            height = _row_height(lines) if lines > 1 else LINE_PT
            if lines > 1:
                ws.row_dimensions[i].height = height
            heights.append(height)
        for row in _page_breaks(heights, header_pt, print_scale(widths)):
            ws.row_breaks.append(Break(id=row))
        last = get_column_letter(len(columns))
        if len(frame):
            tab = Table(displayName=TABLE_NAMES[sheet], ref=f"A1:{last}{len(frame) + 1}")
            tab.tableStyleInfo = TableStyleInfo(
                name=TABLE_STYLE, showRowStripes=True, showColumnStripes=False
            )
            ws.add_table(tab)
        else:
            put(ws, 2, 1, i18n.label("about.no_rows", self.lang)).font = self.italic
        ws.freeze_panes = "B2" if sheet in ("overview", "details") else "A2"
        self.page_setup(ws)
        return ws

    def charts(self, overview: Overview) -> Worksheet:
        """Native bar charts, each beside the table it is drawn from (see :func:`chart_blocks`).

        A block is as tall as its chart, and a chart as tall as its bars need, so the charts
        of a few projects share a page and one of 25 bars fills one; a block that does not
        fit the rest of a page starts the next one.
        """
        ws = self.wb.create_sheet(i18n.sheet_name("charts", self.lang))
        blocks = chart_blocks(overview, self.lang)
        widths = {"A": LABEL_CHARS + 1, "B": 15, "C": 15, "D": 15, "E": 2}
        for block in blocks:  # the value columns as wide as their widest number
            for j, (_key, fmt) in enumerate(block.columns):
                letter = "BCD"[j]
                shown = max((_shown_width(v[j], fmt) + 3 for _, v in block.rows), default=0)
                widths[letter] = max(widths[letter], shown)
        for letter, width in widths.items():
            ws.column_dimensions[letter].width = width
        page = PRINTABLE_HEIGHT_PT - LINE_PT  # a row to spare
        used = 0.0  # points used on the current page
        row = 1
        chart_left_px = sum(column_px(w) for w in widths.values())
        chart_width_cm = (PRINTABLE_WIDTH_PX - chart_left_px) / 96 * 2.54 - 0.3
        for block in blocks:
            bars = len(block.rows)
            if not bars:  # no project has this figure: say so instead of an empty chart
                put(ws, row, 1, i18n.label(block.title, self.lang)).font = self.bold
                put(ws, row + 1, 1, i18n.label("about.no_rows", self.lang)).font = self.italic
                row += 3
                used += 3 * LINE_PT
                continue
            series = len(block.columns)
            # title, legend and axis take under 3 cm; a bar group 2.5 mm and 1.5 mm a series
            chart_cm = min(max(2.8 + bars * (0.25 + 0.15 * series), 4.5), MAX_CHART_CM)
            chart_rows = math.ceil(chart_cm / 2.54 * 72 / LINE_PT)
            note_rows = _wrapped_lines(block.other_note, sum(widths[c] for c in "ABCD")) + 1
            table_rows = bars + 1 + (note_rows if block.other_note else 0)
            block_rows = max(chart_rows, table_rows) + 1  # and a blank row after it
            if row > 1 and used + block_rows * LINE_PT > page:
                ws.row_breaks.append(Break(id=row - 1))
                used = 0.0
            self._chart_table(ws, row, block, note_rows)
            chart = self._bar_chart(ws, row, block, chart_width_cm, chart_cm)
            # a little below the row's top edge, so that no sliver of the frame is printed at
            # the foot of the page before
            start = AnchorMarker(col=5, colOff=0, row=row - 1, rowOff=cm_to_EMU(0.15))
            size = XDRPositiveSize2D(cm_to_EMU(chart_width_cm), cm_to_EMU(chart_cm))
            chart.anchor = OneCellAnchor(_from=start, ext=size)
            ws.add_chart(chart)
            row += block_rows
            used += block_rows * LINE_PT
        self.page_setup(ws, title_rows=None)
        return ws

    def axis_format(self, block: ChartBlock) -> tuple[str, str | None]:
        """The value axis's number format and title: numbers short enough to stand upright,
        large sums in thousands or millions (a format that divides by 1,000 per trailing
        comma), the unit said once in the axis title."""
        if block.axis_format != "money":
            return block.axis_format, None
        top, step = (block.axis[1], block.axis[2]) if block.axis else (0.0, 1.0)
        for scale, commas, key in (
            (1e6, ",,", "chart.axis_millions"),
            (1e3, ",", "chart.axis_thousands"),
        ):
            if top >= 10 * scale:
                digits = "#,##0" if (step / scale).is_integer() else "#,##0.0"
                return digits + commas, i18n.label(key, self.lang)
        return "#,##0", i18n.label("chart.axis_euro", self.lang)

    def _chart_table(self, ws: Worksheet, top: int, block: ChartBlock, note_rows: int) -> None:
        """The numbers a chart is drawn from: a header row, then one row per bar."""
        put(ws, top, 1, i18n.header("overview", "project_id", self.lang))
        for j, (key, _fmt) in enumerate(block.columns, start=2):
            put(ws, top, j, i18n.header("overview", key, self.lang))
        for j in range(1, len(block.columns) + 2):
            c = ws.cell(top, j)
            c.font, c.fill, c.border = self.bold, self.header_fill, self.header_border
            c.alignment = Alignment(
                wrap_text=True, vertical="bottom", horizontal="left" if j == 1 else "right"
            )
        ws.row_dimensions[top].height = _row_height(2)
        for i, (label, values) in enumerate(block.rows, start=top + 1):
            put(ws, i, 1, label, alignment=TEXT_TOP)
            for j, ((_key, fmt), value) in enumerate(zip(block.columns, values, strict=True), 2):
                put(ws, i, j, value, fmt, NUMBER_TOP, self.styles)
        if block.other_note:
            r = top + len(block.rows) + 1
            ws.merge_cells(start_row=r, start_column=1, end_row=r + note_rows - 1, end_column=4)
            wrap = Alignment(wrap_text=True, vertical="top")
            put(ws, r, 1, block.other_note, alignment=wrap).font = self.italic

    def _bar_chart(
        self, ws: Worksheet, top: int, block: ChartBlock, width_cm: float, height_cm: float
    ) -> BarChart:
        n = len(block.rows)
        chart = BarChart()
        chart.type = "bar"  # horizontal bars: project ids stay readable
        chart.grouping = "clustered"
        chart.title = _chart_title(i18n.label(block.title, self.lang))
        chart.style = 10
        chart.gapWidth = 60 if n > 8 else 150
        cats = Reference(ws, min_col=1, min_row=top + 1, max_row=top + n)
        for j in range(len(block.columns)):
            ref = Reference(ws, min_col=2 + j, min_row=top, max_row=top + n)
            chart.add_data(ref, titles_from_data=True)
        for series in chart.series:  # project ids are text: a string reference
            series.cat = AxDataSource(strRef=StrRef(f=str(cats)))
        chart.x_axis.scaling.orientation = "maxMin"  # largest at the top
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        chart.y_axis.crosses = "max"  # value axis at the bottom despite maxMin
        chart.y_axis.number_format, unit = self.axis_format(block)
        if unit:
            chart.y_axis.title = unit
            chart.y_axis.title.tx.rich.p[0].pPr = ParagraphProperties(
                defRPr=CharacterProperties(sz=900, b=False)
            )
        if block.axis:
            low, high, step = block.axis
            chart.y_axis.scaling.min, chart.y_axis.scaling.max = low, high
            chart.y_axis.majorUnit = step
        chart.x_axis.txPr = _text_props(9)
        chart.y_axis.txPr = _text_props(9, upright=True)
        chart.legend.position = "b"
        chart.legend.txPr = _text_props(9)
        chart.width, chart.height = width_cm, height_cm
        return chart


# --- Charts -------------------------------------------------------------------------------------


@dataclass
class ChartBlock:
    """One chart and its table: the bars (label, values), the columns (overview key, number
    format), the value axis (its number format or ``"money"``, its end and step), and the
    note that explains the last bar when it sums the projects not shown."""

    title: str
    columns: list[tuple[str, str]]
    rows: list[tuple[str, list[float | None]]]
    axis_format: str
    axis: tuple[float, float, float] | None = None  # (min, max, major unit)
    other_note: str | None = None


LABEL_CHARS = 32
"""Longest bar label: a longer project id is cut at a hyphen and ends with an ellipsis (the
whole id is on the overview)."""


def _bar_label(text: str) -> str:
    """A project id short enough to stand beside its bar.

    >>> _bar_label("kupiskio-etnografijos-muziejaus-pritaikymas-kulturos-reikmems")
    'kupiskio-etnografijos-muziejaus…'
    """
    if len(text) <= LABEL_CHARS:
        return text
    cut = text[: LABEL_CHARS - 1]
    if text[LABEL_CHARS - 1] != "-" and "-" in cut[LABEL_CHARS // 2 :]:
        cut = cut[: cut.rindex("-")]  # end at a whole word
    return cut + "…"


def _nice_axis(largest: float) -> tuple[float, float, float]:
    """A value axis from 0 to a round number a little above ``largest``, in at most 5 steps
    of 1, 2, 2.5 or 5 times a power of ten, so that its labels stand upright.

    >>> _nice_axis(8_570_000), _nice_axis(12)
    ((0.0, 10000000.0, 2000000.0), (0.0, 15.0, 5.0))
    """
    top = max(float(largest), 1.0) * 1.05
    magnitude = 10 ** math.floor(math.log10(top / 5))
    step = float(next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude * 5 >= top))
    return 0.0, float(math.ceil(top / step) * step), step


def _sum(values: Iterable[Any]) -> float | None:
    present = [float(v) for v in values if not _missing(v)]
    return sum(present) if present else None


def _pairwise_sum(values: Sequence[float]) -> float:
    """The sum numpy (and so pandas) gives of these floats: pairwise, eight partial sums at a
    time, so that a share of summed sums is the same to the last bit as when the overview was
    a DataFrame (numpy's ``pairwise_sum``, blocks of 128)."""
    n = len(values)
    if n < 8:
        total = 0.0
        for v in values:
            total += v
        return total
    if n <= 128:
        r = list(values[:8])
        i = 8
        while i < n - n % 8:
            for j in range(8):
                r[j] += values[i + j]
            i += 8
        total = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
        for v in values[i:]:
            total += v
        return total
    half = n // 2
    half -= half % 8
    return _pairwise_sum(values[:half]) + _pairwise_sum(values[half:])


def _descending(rows: Sequence[Mapping[str, Any]], by: Sequence[str]) -> list[Mapping[str, Any]]:
    """``rows`` by the ``by`` columns, largest first, a missing value after every value, rows
    that tie in their first order (a stable sort)."""
    return sorted(
        rows,
        key=lambda r: tuple((r[c] is None, -r[c] if r[c] is not None else 0) for c in by),
    )


def _split(
    rows: Sequence[Mapping[str, Any]], by: Sequence[str]
) -> tuple[list[Mapping[str, Any]], list[Mapping[str, Any]]]:
    """The rows to show as bars (largest by ``by``, missing last) and the rest."""
    ordered = _descending(rows, by)
    if len(ordered) <= MAX_BARS:
        return ordered, []
    return ordered[: MAX_BARS - 1], ordered[MAX_BARS - 1 :]


def chart_blocks(overview: Overview, lang: str) -> list[ChartBlock]:
    """The three charts of a brief: budgets, EU shares, partners and countries.

    Each shows the projects that have its figure, largest first. Beyond :data:`MAX_BARS`
    projects it shows the 24 largest (by budget; for the shares, the projects with the largest
    budgets) and one last bar for the others, labelled with their number, and a note says how
    that bar is made: sums added up (its bar cut at the end of the axis, which is scaled to the
    projects shown), EU funds over totals for the shares (not an average of shares), each
    country counted once.
    """
    frame = overview.rows
    blocks: list[ChartBlock] = []

    def other(n: int, key: str) -> tuple[str, str]:
        label = i18n.plural("chart.other_projects", n, lang)
        return label, i18n.label(key, lang).format(label=label, n=format_number(MAX_BARS - 1, lang))

    # Budgets: the total, the EU funds, and EU + national where that is all a text gives.
    money = ["total_eur", "eu_eur", "eu_national_eur"]
    have = [
        {**r, "_size": next((r[c] for c in sizes if r[c] is not None), None)}
        for r in frame
        if any(r[c] is not None for c in money)
        for sizes in [("total_eur", "eu_national_eur", "eu_eur")]
    ]
    shown, rest = _split(have, ["_size"])
    rows = [(_bar_label(str(r["project_id"])), [r[c] for c in money]) for r in shown]
    present = [r[c] for r in shown for c in money if r[c] is not None]
    axis = _nice_axis(max(present)) if present else None
    note = None
    if rest:
        label, note = other(len(rest), "chart.other.budget")
        rows.append((label, [_sum(r[c] for r in rest) for c in money]))
    columns = [(c, EUR_FORMAT) for c in money]
    blocks.append(ChartBlock("chart.budget", columns, rows, "money", axis, note))

    # EU shares of the projects with the largest budgets, highest share first.
    shares = ["eu_share_pct", "eu_national_share_pct"]
    have = [r for r in frame if any(r[c] is not None for c in shares)]
    shown, rest = _split(have, ["total_eur"])
    shown = _descending(shown, shares)
    rows = [
        (
            _bar_label(str(r["project_id"])),
            [None if r[c] is None else float(r[c]) / 100 for c in shares],
        )
        for r in shown
    ]
    note = None
    if rest:
        label, note = other(len(rest), "chart.other.share")
        values: list[float | None] = []
        for amount in ("eu_eur", "eu_national_eur"):
            both = [
                r
                for r in rest
                if r[amount] is not None and r["total_eur"] is not None and r["total_eur"] > 0
            ]
            values.append(
                _pairwise_sum([r[amount] for r in both])
                / _pairwise_sum([r["total_eur"] for r in both])
                if both
                else None
            )
        rows.append((label, values))
    columns = [(c, PCT_FORMAT) for c in shares]
    blocks.append(ChartBlock("chart.share", columns, rows, "0%", (0.0, 1.0, 0.2), note))

    # Partners and the countries they come from.
    have = [r for r in frame if r["partners"] > 0]
    shown, rest = _split(have, ["partners", "countries"])
    rows = [
        (_bar_label(str(r["project_id"])), [int(r["partners"]), int(r["countries"])]) for r in shown
    ]
    axis = _nice_axis(max(r["partners"] for r in shown)) if shown else None
    note = None
    if rest:
        label, note = other(len(rest), "chart.other.partners")
        rest_countries = set().union(*(overview.countries[r["project_id"]] for r in rest))
        rows.append((label, [sum(int(r["partners"]) for r in rest), len(rest_countries)]))
    columns = [("partners", INT_FORMAT), ("countries", INT_FORMAT)]
    blocks.append(ChartBlock("chart.partners", columns, rows, "0", axis, note))
    return blocks


# --- About --------------------------------------------------------------------------------------


class _About:
    """The first sheet: what the brief is, for which projects, from which files, and caveats.

    Three columns: labels and file names (A, as wide as the longest file name so that no name
    breaks), values (B, wide enough for a SHA-256) and extras (C: titles, sizes, web
    addresses); running texts span B and C. Rows are counted as they are written, so a
    heading that would be the last line of a printed page starts the next page instead.
    """

    def __init__(self, wb: Workbook, lang: str, names: Sequence[str]) -> None:
        self.lang = lang
        ws = wb.active
        assert ws is not None
        ws.title = i18n.sheet_name("about", lang)
        self.ws = ws
        longest = max((len(n) for n in names), default=0)
        self.widths = {"A": min(max(28, longest + 2), 60), "B": 66, "C": 44}
        for letter, width in self.widths.items():
            ws.column_dimensions[letter].width = width
        # The page as laid out here, a little shorter than the printed one: row heights are
        # estimated from character counts, and a page that the estimate overfills would make
        # the client break it first and every later decision a page out of step.
        self.page_pt = PAGE_FILL * PRINTABLE_HEIGHT_PT / print_scale(self.widths.values())
        self.bold = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
        self.wrap = Alignment(wrap_text=True, vertical="top", horizontal="left")
        self.row = 1
        self.used = 0.0  # points used on the current printed page

    def _advance(self, height: float) -> None:
        """Count a row of ``height`` points; where it does not fit, break the page before it.

        Every page break is set here, not left to the client, so that the printed pages are
        the pages this layout planned: a heading kept with the rows after it stays so on
        page 12 as on page 1 (in LibreOffice and Excel alike).
        """
        self._keep(height)
        self.used += height
        self.row += 1

    def _keep(self, room: float) -> None:
        """Start a new page before the current row unless ``room`` points still fit on this one."""
        if self.used > 0 and self.used + room > self.page_pt:
            self.ws.row_breaks.append(Break(id=self.row - 1))
            self.used = 0.0

    def lab(self, key: str) -> str:
        return i18n.label(key, self.lang)

    def line(
        self,
        label: str | None,
        value: Any = None,
        extra: Any = None,
        *,
        span: bool = False,
        bold: bool = False,
        link: str | None = None,
    ) -> None:
        """One row: a label in A, a value in B, an extra in C (or a value spanning B and C)."""
        ws, row = self.ws, self.row
        lines = 1
        for column, content in ((1, label), (2, value), (3, extra)):
            if content is None:
                continue
            cell = put(ws, row, column, content)
            cell.alignment = self.wrap
            if column == 1 or bold:
                cell.font = self.bold
            width = self.widths[get_column_letter(column)]
            if column == 2 and span:
                width += self.widths["C"]
            lines = max(lines, _wrapped_lines(content, width))
            if column == 3 and link:
                _link(cell, link)
        if span:
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        height = _row_height(lines)
        if lines > 1:
            ws.row_dimensions[row].height = height
        self._advance(height)

    def heading(self, key: str, size: int = 12, following: int = 3) -> None:
        """A heading on its own row, kept on one page with the ``following`` rows after it."""
        self._advance(LINE_PT)  # a blank row before it
        height = _row_height(1) + 4
        self._keep(height + following * 1.5 * LINE_PT)
        put(self.ws, self.row, 1, self.lab(key)).font = Font(name=FONT_NAME, size=size, bold=True)
        self.ws.row_dimensions[self.row].height = height
        self._advance(height)

    def subheading(self, text: str) -> None:
        """A sheet's name over its column list, kept on one page with three rows after it."""
        self._keep(4 * LINE_PT)
        put(self.ws, self.row, 1, text).font = Font(
            name=FONT_NAME, size=FONT_SIZE, bold=True, italic=True
        )
        self._advance(LINE_PT)

    def column_headers(self, *keys: str) -> None:
        self.line(*(self.lab(k) for k in keys), bold=True)

    def finish(self) -> Worksheet:
        _Sheets(self.ws.parent, self.lang).page_setup(self.ws, title_rows=None)
        return self.ws


def _about(
    wb: Workbook,
    lang: str,
    frames: Mapping[str, Rows],
    selected: Sequence[str],
    built: dt.datetime,
    inputs: Sequence[tuple[str, str, int]] | None,
    sources: Sources,
    include_contacts: bool,
    commit: str | None,
) -> Worksheet:
    names = [n for n, _, _ in inputs or []] + [n for n, _, _ in sources.texts or []]
    about = _About(wb, lang, names)
    lab = about.lab
    put(about.ws, 1, 1, lab("about.title")).font = Font(name=FONT_NAME, size=14, bold=True)
    about.ws.row_dimensions[1].height = 20
    about._advance(20)
    about._advance(LINE_PT)
    about.line(lab("about.what"), lab("about.what_text"), span=True)
    titles = {r["project_id"]: r["title"] for r in frames["projects"].rows}
    about.line(lab("about.projects"), format_number(len(selected), lang))
    for pid in selected:
        about.line(pid, titles[pid], span=True)
    about.line(lab("about.language"), lab("about.language_value"))
    about.line(lab("about.built"), built.strftime("%Y-%m-%d %H:%M:%S UTC"))
    about.line(lab("about.version"), f"cwlib {__version__}" + (f" ({commit})" if commit else ""))
    about.line(lab("about.built_with"), sources.built_with or lab("about.built_with_unknown"))
    rate = format_number(LTL_PER_EUR, lang, decimals=4)
    about.line(lab("about.rate"), lab("about.rate_text").format(rate=rate), span=True)
    example = lab("about.numbers_text").format(
        money=format_money(1234567.89, lang, decimals=2), percent=format_percent(82.5, lang)
    )
    about.line(lab("about.numbers"), example, span=True)
    about.line(
        lab("about.contacts"),
        lab("about.contacts_included" if include_contacts else "about.contacts_removed"),
        span=True,
    )

    about.heading("about.inputs")
    about.column_headers("about.file", "about.sha256", "about.bytes")
    if inputs is None:
        about.line(None, lab("about.in_memory"), span=True)
    for name, digest, size in inputs or []:
        about.line(name, digest, format_number(size, lang))

    about.heading("about.source_texts")
    about.column_headers("about.file", "about.sha256", "about.url")
    if sources.texts is None:
        about.line(None, lab(sources.missing or "about.none"), span=True)
    elif not sources.texts:
        about.line(None, lab("about.none"))
    for text_name, text_digest, url in sources.texts or []:
        about.line(text_name, text_digest or lab("about.not_recorded"), url, link=url)
    if sources.other:
        about.heading("about.other_sources")
        for title, url in sources.other:
            about.line(None, title, url, link=url)

    about.heading("about.caveats")
    converted = sum(1 for r in frames["budgets"].rows if r["eur_basis"] == "converted")
    keys = ["scope", "litas", "dates", "eu_national", "shares", "several", "findings", "messages"]
    for k, key in enumerate(keys, start=1):
        text = i18n.caveat(key, lang, converted=format_number(converted, lang))
        about.line(f"{k}.", text, span=True)

    about.heading("about.sheets")
    for sheet in SHEET_ORDER[1:]:
        if sheet == "contacts" and not include_contacts:
            continue
        bars = i18n.plural("chart.bars", MAX_BARS, lang)
        about.line(
            i18n.sheet_name(sheet, lang), i18n.SHEET_ROWS[sheet][lang].format(bars=bars), span=True
        )

    about.heading("about.columns")
    for sheet, (table, columns) in sheet_columns().items():
        if sheet == "contacts" and not include_contacts:
            continue
        about.subheading(i18n.sheet_name(sheet, lang))
        for col in columns:
            about.line(
                i18n.header(table, col.key, lang),
                i18n.description(table, col.key, lang),
                span=True,
            )
            about.ws.cell(about.row - 1, 1).font = Font(name=FONT_NAME, size=FONT_SIZE)
    return about.finish()


# --- Writing ------------------------------------------------------------------------------------


def _built_time() -> dt.datetime:
    """Now in UTC, or SOURCE_DATE_EPOCH when set (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _translated_facts(facts: Rows, lang: str) -> Rows:
    """project_facts with enumerated values (period, its basis, ...) shown as on the overview."""
    return facts.with_rows(
        [
            {**r, "value": i18n.category(str(r["field"]), r["value"], lang)}
            if isinstance(r["value"], str)
            else r
            for r in facts.rows
        ]
    )


def _translated_findings(findings: Rows, lang: str) -> Rows:
    """Findings with their messages in ``lang`` and the unit of each difference (``_unit``)."""
    rows = []
    for r in findings.rows:
        check, message = str(r["check"]), r["message"]
        translated = (
            messages.translate(check, message, lang) if isinstance(message, str) else message
        )
        rows.append({**r, "_unit": messages.difference_unit(check, message), "message": translated})
    return findings.with_rows(rows)


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
    return path


def _write_errors() -> tuple[type[BaseException], ...]:
    """The errors a failed save raises: OSError, and lxml's own when openpyxl writes with lxml
    (installed beside cwlib by the HTML reader), which reports a full disk as ``IO_EFBIG``."""
    try:
        from lxml.etree import SerialisationError
    except ImportError:  # pragma: no cover - lxml is optional for openpyxl
        return (OSError,)
    return (OSError, SerialisationError)


def _io_reason(code: str) -> str:
    """libxml2's I/O error codes in words (``IO_EFBIG`` -> file too large)."""
    reasons = {"IO_EFBIG": "File too large", "IO_ENOSPC": "No space left on device"}
    return reasons.get(code.strip(), code)


def _zip(wb: Workbook, path: Path) -> bytes:
    """The workbook as the bytes of an .xlsx file, or a :class:`BriefError`.

    openpyxl writes each sheet to a temporary file before zipping it, so a full disk can fail
    here too. The writers a failed save leaves behind raise again when they are collected,
    which Python can only print ("Exception ignored in ..."); they are collected here with
    that printing switched off, because the error raised says what happened.
    """
    buffer = io.BytesIO()
    problem: str | None = None
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        try:
            wb.save(buffer)
        except _write_errors() as exc:
            problem = getattr(exc, "strerror", None) or _io_reason(str(exc))
        if problem is not None:
            gc.collect()
    finally:
        sys.unraisablehook = hook
    if problem is not None:
        raise BriefError(f"cannot write {path}: {problem}")
    return buffer.getvalue()


def _save_atomic(wb: Workbook, path: Path) -> None:
    """Zip the workbook in memory, write it to a temporary file beside ``path``, then replace
    ``path`` with it in one step, so that a failed write leaves the old file (or none)."""
    data = _zip(wb, path)
    created: list[Path] = []
    try:
        for parent in reversed([path.parent, *path.parent.parents]):
            if not parent.exists():
                parent.mkdir()
                created.append(parent)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        for folder in reversed(created):
            folder.rmdir()
        raise BriefError(f"cannot write {path}: {exc.strerror or exc}") from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
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
        for folder in reversed(created):
            folder.rmdir()
        raise BriefError(f"cannot write {path}: {exc.strerror or exc}") from None
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
    package: Mapping[str, Any] | None = None,
) -> Path:
    """Write an Excel brief of ``tables`` to ``path`` and return the path.

    ``tables`` is what ``cwlib.load(include_contacts=True)`` returns (or any mapping of table
    name to DataFrame; or what ``load_rows`` returns, as :func:`build_brief` passes): the
    contacts table is needed even for a brief without personal data,
    because the names it lists are removed from every cell. ``projects`` picks project ids in
    the order wanted (default: all); ``lang`` is ``en`` or ``lt``; ``include_contacts`` keeps
    personal data. ``inputs`` are the files the tables were read from, listed with their
    SHA-256 on the About sheet; ``package`` is the tables' datapackage.json record (default:
    ``tables.datapackage``), whose sources (file names, SHA-256, web addresses) and versions
    the About sheet shows.

    Raises :class:`BriefError` for a missing table or column, an unknown project or language
    or a path that cannot be written; an existing file at ``path`` is then left as it was.
    """
    _check_lang(lang)
    out = _check_output(Path(path))
    every = _frames(tables)
    frames, selected = _select(every, projects)
    from cwlib.build.provenance import git_commit_later

    commit = git_commit_later()  # git works while the tables are redacted
    try:
        placeholders = {k: i18n.label(f"redacted.{k}", lang) for k in PLACEHOLDERS}
        frames = redact_tables(
            frames, include_contacts=include_contacts, placeholders=placeholders, known=every
        )
        for name in TABLES:  # contacts are dropped by redaction; keep an empty table for the code
            frames.setdefault(name, Rows.empty(TABLES[name]))
        if package is None:
            package = getattr(tables, "datapackage", None)
        in_memory = inputs is None and not hasattr(tables, "folder")
        sources = _sources(package, _source_names(frames), in_memory)
        input_rows = _file_rows(Path(p) for p in inputs) if inputs is not None else None
    finally:
        version = commit()

    wb = Workbook()
    built = _built_time()
    wb.properties.creator = f"cwlib {__version__}"
    wb.properties.title = i18n.label("about.title", lang)
    wb.properties.language = lang
    wb.properties.created = wb.properties.modified = built.replace(tzinfo=None)
    _about(wb, lang, frames, selected, built, input_rows, sources, include_contacts, version)

    sheets = _Sheets(wb, lang)
    overview = _overview(frames, selected, lang)
    for sheet, columns in (("overview", OVERVIEW_COLUMNS), ("details", DETAILS_COLUMNS)):
        sheets.table_sheet(sheet, sheet, columns, overview.rows, overview.notes, overview.several)
    sheets.charts(overview)
    frames["project_facts"] = _translated_facts(frames["project_facts"], lang)
    frames["findings"] = _translated_findings(frames["findings"], lang)
    for sheet, (table, columns) in DATA_SHEETS.items():
        if sheet == "contacts" and not include_contacts:
            continue
        sheets.table_sheet(sheet, table, columns, frames[table].rows)
    wb.active = 0
    _save_atomic(wb, out)
    return out


def table_files(folder: Path) -> list[Path]:
    """The files a brief of ``folder`` is made from: every table and datapackage.json."""
    names = {t.filename for t in TABLES.values()} | {"datapackage.json"}
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name in names)


def build_brief(
    data_dir: str | os.PathLike[str] | None = None,
    path: str | os.PathLike[str] | None = None,
    projects: Iterable[str] | None = None,
    lang: str = "en",
    include_contacts: bool = False,
    *,
    warn: Callable[[str], None] | None = None,
) -> Path:
    """Load the clean tables and write their brief; the notebooks' and the CLI's entry point.

    ``data_dir`` defaults to ``CWLIB_DATA``, else data/clean; ``path`` to reports/brief.xlsx.
    The tables are checked as they are loaded (:func:`cwlib.load`), so a missing or broken
    table is an error naming the file, the column and the row, and no brief is written.
    ``warn`` is told of what the brief has to leave out (a folder without datapackage.json
    has no record of its source texts).
    """
    _check_lang(lang)
    from cwlib.build.load import load_rows

    tables = load_rows(data_dir, include_contacts=True)  # checked as load() does, no pandas
    folder = tables.folder
    if warn is not None:
        if tables.datapackage is None:
            warn(f"{folder} has no datapackage.json: the brief cannot list the source texts")
        elif _sources(tables.datapackage, [], False).texts is None:
            warn(
                f"{folder / 'datapackage.json'} records no source files: the brief lists them "
                "without SHA-256 or web address; rebuild with `cwlib build`"
            )
    out = Path(path) if path is not None else paths.REPORTS_DIR / DEFAULT_NAME
    return write_brief(
        tables,
        out,
        projects=projects,
        lang=lang,
        include_contacts=include_contacts,
        inputs=table_files(folder),
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

    import pandas as pd
    from openpyxl import load_workbook

    wb = load_workbook(path)
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        charts_per_sheet: dict[str, int] = {}
        for index, ws in enumerate(wb.worksheets, start=1):
            rels = f"xl/worksheets/_rels/sheet{index}.xml.rels"
            if rels in names:
                drawing = _DRAWING.findall(z.read(rels).decode())
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


def _span(values: Sequence[float]) -> str:
    low, high = min(values), max(values)
    return f"{low:.1f}" if round(low, 1) == round(high, 1) else f"{low:.1f}–{high:.1f}"


def brief_findings(tables: Any, projects: Iterable[str] | None = None) -> str:
    """What a brief of these projects holds and what a reader must keep in mind, in Markdown.

    Computed from the same selection and redaction the workbook uses, so the notebook's
    closing words cannot drift from the file. Tables loaded without their contacts (the
    default of ``cwlib.load``) get them from the folder they were loaded from, as
    :func:`build_brief` does, to count what the brief removes.
    """
    every = _frames(tables, contacts=False)
    if "contacts" not in every:
        folder = getattr(tables, "folder", None)
        if folder is None:
            raise BriefError(
                "the contacts table is needed to count what the brief removes; load the "
                "tables with cwlib.load(include_contacts=True)"
            )
        from cwlib.build.load import load_rows

        every["contacts"] = load_rows(folder, include_contacts=True)["contacts"]
    total = len(every["projects"])
    frames, selected = _select(every, projects)
    shown = redact_tables(frames, known=every)
    redacted = sum(
        1
        for name, frame in shown.items()
        for before, after in zip(frames[name].rows, frame.rows, strict=True)
        for column in frame.columns
        if isinstance(before[column], str) and before[column] != after[column]
    )
    persons = len(frames["contacts"])
    overview = _overview(frames, selected).rows
    budgets = frames["budgets"].rows
    scope = [r["scope"] for r in budgets]
    events = frames["events"].rows
    findings = frames["findings"].rows
    with_total = [r for r in overview if r["total_eur"] is not None]
    shares = [r["eu_share_pct"] for r in overview if r["eu_share_pct"] is not None]
    joint = [r for r in overview if r["eu_national_eur"] is not None and r["eu_eur"] is None]
    lines = [
        f"- The brief covers **{len(selected)}** project{'s' if len(selected) != 1 else ''}"
        f" ({', '.join(selected)}).",
        f"- **{len(with_total)}** state a project total; "
        + (
            f"**{len(shares)}** an EU share of it ({_span(shares)} %); "
            if len(shares)
            else "none states an EU share of the whole project; "
        )
        + f"**{len(joint)}** give EU and state funds only as one sum, which is not split.",
        f"- The budgets sheet has **{len(budgets)}** sums: {scope.count('project')} for "
        f"whole projects and {scope.count('partner')} for one partner's part, kept "
        f"apart; {sum(1 for r in budgets if r['eur_basis'] == 'converted')} litas sums "
        f"are converted at {LTL_PER_EUR} LTL per EUR.",
        f"- **{len(events)}** dated events, "
        f"{sum(1 for r in events if r['precision'] == 'no_year')} without a year "
        "(no year is invented for them).",
        f"- **{len(findings)}** audit findings, "
        f"{sum(1 for r in findings if r['severity'] == 'error')} of them errors.",
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
        help="language of labels, headers, messages and category values (default: en)",
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


def _warn(message: str) -> None:
    print(f"cwlib brief: warning: {' '.join(message.split())}", file=sys.stderr)


def run_brief(args: argparse.Namespace) -> int:
    """Run ``cwlib brief`` with parsed arguments; returns the exit status.

    Errors are raised (a :class:`~cwlib.errors.CwlibError` for anything the user can act on):
    the command line prints them on one line with status 2, or with a traceback under
    ``--debug``.
    """
    out = build_brief(
        data_dir=args.data,
        path=args.output,
        projects=args.projects,
        lang=args.lang,
        include_contacts=args.include_contacts,
        warn=_warn,
    )
    print(f"wrote {out}")
    return 0


def main_brief(argv: Sequence[str] | None = None) -> int:
    """``python -m cwlib.export.brief``: the brief command on its own, errors on one line."""
    parser = argparse.ArgumentParser(prog="cwlib brief", description=__doc__.splitlines()[0])
    add_brief_arguments(parser)
    args = parser.parse_args(argv)
    try:
        return run_brief(args)
    except CwlibError as exc:
        print(f"cwlib brief: error: {' '.join(str(exc).split())}", file=sys.stderr)
    except OSError as exc:
        print(f"cwlib brief: error: {exc.filename or ''} {exc.strerror or exc}", file=sys.stderr)
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main_brief())
