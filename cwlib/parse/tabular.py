"""Tables inside a text: partner lists and budget splits laid out in rows and columns.

Pages copy tables from PDFs (cells separated by tabs), write them with bars
("Partneris | Biudžetas | ES lėšos"), or hold real HTML tables (``cwlib.read.source`` renders each
row as one line of cells joined by " | "). A run of lines with the same number of cells whose
first line names its columns is read as a table; each column is given a meaning from its
header words (name, role, country, place, total, EU, national, own), and each row becomes a
partner and its budget, quoted by its own line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cwlib.parse.segments import Span, lines

__all__ = ["Cell", "TableRow", "TextTable", "find_tables"]

_FLAGS = re.IGNORECASE
# Column meanings from header words, checked in this order (the first that matches wins).
COLUMN_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("role", re.compile(r"^(?:role|vaidmuo|statusas|tipas|status|nr\.?|no\.?|#)$", _FLAGS)),
    ("country", re.compile(r"šalis|country|valstybė|šalys", _FLAGS)),
    ("place", re.compile(r"vieta|location|city|miestas|savivaldybė\s*/\s*miestas|town", _FLAGS)),
    ("eu_national", re.compile(r"(?:es|eu)\W+(?:ir|and)\W+(?:valstybės|national)", _FLAGS)),
    (
        "eu",
        re.compile(r"\bes\b|\beu\b|erpf|erdf|europos|interreg|parama|grant|co-?financing", _FLAGS),
    ),
    ("national", re.compile(r"valstybės|national|nacionalin", _FLAGS)),
    ("own", re.compile(r"nuosav|own|savivaldybės\s+lėš|partnerio\s+lėš|įnaš|contribution", _FLAGS)),
    ("total", re.compile(r"biudžet|budget|vertė|total|iš\s+viso|suma|amount", _FLAGS)),
    (
        "name",
        re.compile(
            r"partner|organizacij|institucij|pavadinimas|name|dalyvis|organisation|organization",
            _FLAGS,
        ),
    ),
)
_SEPARATOR = re.compile(r"\t|\s*\|\s*")
_TOTAL_ROW = re.compile(r"^(?:iš\s+viso|viso|total|sum|bendra\s+suma)\b", _FLAGS)


@dataclass(frozen=True)
class Cell:
    """One cell: its text and where it stands in the whole text."""

    span: Span
    meaning: str | None


@dataclass(frozen=True)
class TableRow:
    """One data row: its line (the quote) and its cells with their column meanings."""

    line: Span
    cells: tuple[Cell, ...]
    is_total: bool

    def get(self, meaning: str) -> Span | None:
        for cell in self.cells:
            if cell.meaning == meaning and cell.span.text:
                return cell.span
        return None


@dataclass(frozen=True)
class TextTable:
    """A table: its header and its rows, with the span that covers all of them."""

    span: Span
    header: tuple[str | None, ...]
    currency_hint: str | None
    rows: tuple[TableRow, ...]


def _cells(line: Span) -> list[Span]:
    out = []
    start = 0
    text = line.text.strip("|")
    offset = line.text.find(text) if text else 0
    for match in _SEPARATOR.finditer(text):
        out.append(_strip(line.sub(offset + start, offset + match.start())))
        start = match.end()
    out.append(_strip(line.sub(offset + start, offset + len(text))))
    return out


def _strip(span: Span) -> Span:
    left = len(span.text) - len(span.text.lstrip())
    right = len(span.text.rstrip())
    return Span(
        span.start + left, span.start + max(left, right), span.text[left : max(left, right)]
    )


def _meaning(header: str) -> str | None:
    for meaning, pattern in COLUMN_WORDS:
        if pattern.search(header.strip()):
            return meaning
    return None


def find_tables(text: str, text_lines: tuple[Span, ...] | None = None) -> tuple[TextTable, ...]:
    """Tables with a header row naming at least a name or money column, and one row or more.

    ``text_lines`` are ``lines(text)`` when the caller has them already.
    """
    if "|" not in text and "\t" not in text:
        return ()
    all_lines = lines(text) if text_lines is None else text_lines
    tables: list[TextTable] = []
    i = 0
    while i < len(all_lines):
        header_cells = _cells(all_lines[i])
        if len(header_cells) < 2 or any(re.search(r"\d{3}", c.text) for c in header_cells):
            i += 1
            continue
        meanings = [_meaning(c.text) for c in header_cells]
        if any(
            len(c.text.split()) > 4 or re.fullmatch(r"[A-Z]{2}(?:\s*\(.*\))?", c.text)
            for c in header_cells
        ):
            i += 1  # a header names its columns in a word or two; "Name | IT" is a data row
            continue
        if len({m for m in meanings if m}) < 2 or any(
            re.search(r"\d", c.text) for c in header_cells[1:]
        ):
            # A card of "label | value" lines is not a table of partners or sums.
            i += 1
            continue
        has_money = any(m in ("total", "eu", "own", "national", "eu_national") for m in meanings)
        if not (has_money or "name" in meanings or "country" in meanings):
            i += 1
            continue
        if "name" not in meanings:
            # The unnamed first non-role column holds the names ("Nr. | Partneris" aside).
            for k, m in enumerate(meanings):
                if m is None:
                    meanings[k] = "name"
                    break
        rows: list[TableRow] = []
        j = i + 1
        while j < len(all_lines):
            cells = _cells(all_lines[j])
            if 0 < len(header_cells) - len(cells) <= 2 and "\t" in all_lines[j].text:
                # A tab row whose first cells are empty lost them when the line was stripped:
                # its figures still stand under the last columns.
                empty = Span(all_lines[j].start, all_lines[j].start, "")
                cells = [empty] * (len(header_cells) - len(cells)) + cells
            if len(cells) != len(header_cells):
                break
            name = next((c.text for c, m in zip(cells, meanings, strict=True) if m == "name"), "")
            rows.append(
                TableRow(
                    line=all_lines[j],
                    cells=tuple(Cell(c, m) for c, m in zip(cells, meanings, strict=True)),
                    is_total=bool(_TOTAL_ROW.match(name) or _TOTAL_ROW.match(cells[0].text)),
                )
            )
            j += 1
        if rows:
            header_text = all_lines[i].text
            hint = "LTL" if re.search(r"\blt\b|litų", header_text, _FLAGS) else None
            hint = hint or ("EUR" if re.search(r"eur|€", header_text, _FLAGS) else None)
            span = Span(
                all_lines[i].start,
                all_lines[j - 1].end,
                text[all_lines[i].start : all_lines[j - 1].end],
            )
            tables.append(TextTable(span, tuple(meanings), hint, tuple(rows)))
            i = j
        else:
            i += 1
    return tuple(tables)
