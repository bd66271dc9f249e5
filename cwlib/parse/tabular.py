"""Tables inside a text: partner lists and budget splits in rows and columns, and project cards.

Pages copy tables from PDFs (cells separated by tabs), write them with bars
("Partneris | Biudžetas | ES lėšos"), or hold real HTML tables (``cwlib.read.source`` renders each
row as one line of cells joined by " | "). A run of lines with the same number of cells whose
first line names its columns is read as a table; each column is given a meaning from its
header words (name, role, country, place, title, total, EU, national, own), and each row becomes
a partner and its budget, quoted by its own line.

A project *card* (label: value) is often flattened when a page is copied: each label on a line
of its own with its value on the next line, a block of labels followed by a block of values in
the same order, or a row of labels above a row of values. :func:`find_label_values` pairs
them back by order, so that "Projekto vertė" names the figure that stands under it. The words
are in ``cwlib/lexicon/tables.toml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Container
from dataclasses import dataclass
from functools import lru_cache

from cwlib.lexicon import load as lexicon
from cwlib.parse.segments import Span, lines
from cwlib.patterns import compiled

__all__ = [
    "COLUMN_WORDS",
    "Cell",
    "LabelValue",
    "TableRow",
    "TextTable",
    "find_label_values",
    "find_tables",
    "is_label",
]

COLUMN_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (meaning, compiled(lexicon.fragment_of(entry), re.VERBOSE))
    for meaning, entry in lexicon.entries("tables", "columns").items()
)
"""Column meanings from header words (on the lower-cased cell), the first that matches wins."""

_SEPARATOR = compiled(
    r"""
    \t                          # a tab (a table copied from a PDF) ...
    | \s*\|\s*                  # ... or a bar with the spaces around it
    """,
    re.VERBOSE,
)
_TOTAL_ROW = compiled(lexicon.fragment("tables", "total_row"), re.VERBOSE)  # lower-cased cell
_LABEL = compiled(lexicon.fragment("tables", "label"), re.VERBOSE)  # lower-cased line
_DIGIT = compiled(
    r"""
    \d                          # any digit
    """,
    re.VERBOSE,
)
_THREE_DIGITS = compiled(
    r"""
    \d{3}                       # a figure of three digits or more: data, not a header
    """,
    re.VERBOSE,
)
_INNER_DASH = compiled(
    r"""
    \s[–—-]\s                   # "Projekto vadovas – X": a label and its value on one line
    | :\s*\S                    # "Pareiškėjas: X"
    """,
    re.VERBOSE,
)
_COUNTRY_CODE_CELL = compiled(
    r"""
    [A-Z]{2}                    # "LV", "DE": a country code ...
    (?:\s*\(.*\))?              # ... maybe with a remark: a data row, not a header
    """,
    re.VERBOSE,
)
_CELL_GAP = compiled(
    r"""
    [\x20\u00a0]{3,}            # a run of three spaces or more between two values on one line
    """,
    re.VERBOSE,
)
_LITAS_HEADER = compiled(
    r"""
    \blt\b | litų               # a litas column: "Biudžetas, Lt"
    """,
    re.VERBOSE,
)
_EURO_HEADER = compiled(
    r"""
    eur | €                     # a euro column: "Suma, Eur"
    """,
    re.VERBOSE,
)
_span = tuple.__new__
"""``_span(Span, (start, end, text))`` makes a Span without the Python-level ``__new__``."""
MONEY_MEANINGS = ("total", "eu", "national", "own", "eu_national")
"""Column meanings that hold sums of money."""
LABEL_MAX_CHARS = 70
LABEL_MAX_WORDS = 8


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


@dataclass(frozen=True)
class LabelValue:
    """A label of a flattened project card and the value that belongs to it."""

    label: Span
    value: Span


def _cells(line: Span) -> list[Span]:
    text = line.text.strip("|")
    base = line.start + (line.text.find(text) if text else 0)
    out = []
    start = 0
    for match in _SEPARATOR.finditer(text):
        out.append(_stripped(text, base, start, match.start()))
        start = match.end()
    out.append(_stripped(text, base, start, len(text)))
    return out


def _stripped(text: str, base: int, start: int, end: int) -> Span:
    """The span of ``text[start:end]`` (``text`` standing at ``base`` in the whole text)
    without the white space at its ends (empty, at its end, when it is all white space)."""
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip())
    right = max(left, len(piece.rstrip()))
    return _span(Span, (base + start + left, base + start + right, piece[left:right]))


def _meaning(header: str) -> str | None:
    cell = header.strip().lower()
    for meaning, pattern in COLUMN_WORDS:
        if pattern.search(cell):
            return meaning
    return None


@lru_cache(maxsize=4096)
def is_label(text: str) -> bool:
    """True when a line (or a header cell) is a label of a project card, not a value.

    A label is short, holds no figure, does not carry its value after a dash or a colon, and
    is one of the card labels of the lexicon ("Projekto vertė", "Savivaldybės lėšos:",
    "Total budget"). (Kept per text: the pages of one site repeat their card's labels and
    headings, and the label pattern is slow to reject a line.)
    """
    text = text.strip()
    if not text or len(text) > LABEL_MAX_CHARS or _DIGIT.search(text) or text.isupper():
        return False  # too long for a label, a figure, or a heading in capitals
    if len(text.split()) > LABEL_MAX_WORDS or _INNER_DASH.search(text):
        return False  # too many words, or a value after a dash or colon
    body = text[:-1].rstrip() if text[-1] == ":" else text  # a label may end with a colon
    return _LABEL.fullmatch(body.lower()) is not None


def _card_header(cells: list[Span], next_line: Span | None, after: Span | None) -> bool:
    """A row of labels over one row of values ("Projekto pavadinimas | … | Projekto vertė"):
    the project's card written as a table, not a table of partners."""
    if next_line is None or not all(is_label(c.text) for c in cells):
        return False
    if not any(_meaning(c.text) == "title" for c in cells):
        return False
    if len(_cells(next_line)) != len(cells):
        return False
    return after is None or len(_cells(after)) != len(cells)


def find_tables(
    text: str,
    text_lines: tuple[Span, ...] | None = None,
    label_lines: Container[int] | None = None,
) -> tuple[TextTable, ...]:
    """Tables with a header row naming at least a name or money column, and one row or more.

    ``text_lines`` are ``lines(text)`` when the caller has them already; ``label_lines`` the
    numbers of those that may hold a card's label (as for :func:`find_label_values`): a row of
    a card's labels, which is no table, holds one, so the other lines are not tested for it.
    """
    if "|" not in text and "\t" not in text:
        return ()
    all_lines = lines(text) if text_lines is None else text_lines
    tables: list[TextTable] = []
    i = 0
    while i < len(all_lines):
        if "|" not in all_lines[i].text and "\t" not in all_lines[i].text:
            i += 1  # one cell: no header
            continue
        header_cells = _cells(all_lines[i])
        if len(header_cells) < 2 or any(_THREE_DIGITS.search(c.text) for c in header_cells):
            i += 1
            continue
        following = all_lines[i + 1] if i + 1 < len(all_lines) else None
        after = all_lines[i + 2] if i + 2 < len(all_lines) else None
        if (label_lines is None or i in label_lines) and _card_header(
            header_cells, following, after
        ):
            i += 2  # the project's card: find_label_values pairs it
            continue
        if any(
            len(c.text.split()) > 4 or _COUNTRY_CODE_CELL.fullmatch(c.text) for c in header_cells
        ):
            i += 1  # a header names its columns in a word or two; "Name | IT" is a data row
            continue
        if any(_DIGIT.search(c.text) for c in header_cells[1:]):
            i += 1  # a figure after the first cell: a card's "label | value" line
            continue
        meanings = [_meaning(c.text) for c in header_cells]
        if len({m for m in meanings if m}) < 2:
            # A card of "label | value" lines is not a table of partners or sums.
            i += 1
            continue
        has_money = any(m in MONEY_MEANINGS for m in meanings)
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
                    is_total=bool(
                        _TOTAL_ROW.match(name.lower()) or _TOTAL_ROW.match(cells[0].text.lower())
                    ),
                )
            )
            j += 1
        if rows:
            header_text = all_lines[i].text.lower()
            hint = "LTL" if _LITAS_HEADER.search(header_text) else None
            hint = hint or ("EUR" if _EURO_HEADER.search(header_text) else None)
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


def _value_cells(line: Span) -> list[Span]:
    """The values a value line holds: one, or several set apart by runs of spaces."""
    out = []
    start = 0
    text = line.text
    for gap in _CELL_GAP.finditer(text):
        out.append(_stripped(text, line.start, start, gap.start()))
        start = gap.end()
    out.append(_stripped(text, line.start, start, len(text)))
    return [cell for cell in out if cell.text]


def find_label_values(
    text: str,
    text_lines: tuple[Span, ...] | None = None,
    label_lines: Collection[int] | None = None,
) -> tuple[LabelValue, ...]:
    """The labels of flattened project cards paired with their values, in text order.

    A run of k label lines is followed by the values in the same order: the next k values
    (a line holds one value, or several set apart by runs of spaces). That covers a card of
    alternating label and value lines (k = 1), a block of labels then a block of values, and
    a row of labels over a row of values (cells of a "|" table whose header holds the project's
    title).

    ``label_lines``: the numbers of the lines of ``text_lines`` that may be labels, when the
    caller knows them (every label holds a keyword of the lexicon's ``label`` table: the
    Document finds them in its keyword scan); the other lines are taken for values without
    testing them, with the same result.

    >>> text = "Projekto vertė\\nES lėšos\\n\\n48 000 Eur\\n40 800 Eur\\nKita."
    >>> [(p.label.text, p.value.text) for p in find_label_values(text)]
    [('Projekto vertė', '48 000 Eur'), ('ES lėšos', '40 800 Eur')]
    """
    all_lines = lines(text) if text_lines is None else text_lines
    n = len(all_lines)
    if label_lines is None:
        label_lines = range(n)
    # The lines the scan below stops at, found once: a label (a line is stripped: one longer
    # than a label is none) or a line with a bar that may be a card's row of labels (all its
    # cells labels: it holds a label keyword too); it steps over the rest.
    maybe = [k for k in label_lines if 0 <= k < n]
    labels_at = {
        k
        for k in maybe
        if len(line_text := all_lines[k].text) <= LABEL_MAX_CHARS and is_label(line_text)
    }
    if "|" in text:
        stops = sorted({*labels_at, *(k for k in maybe if "|" in all_lines[k].text)})
    else:
        stops = sorted(labels_at)
    label = labels_at.__contains__

    pairs: list[LabelValue] = []
    i = 0
    next_stop = 0
    while True:
        next_stop = bisect_left(stops, i, next_stop)
        if next_stop == len(stops):
            break
        i = stops[next_stop]
        line = all_lines[i]
        if "|" in line.text:
            cells = _cells(line)
            following = all_lines[i + 1] if i + 1 < len(all_lines) else None
            after = all_lines[i + 2] if i + 2 < len(all_lines) else None
            if len(cells) >= 2 and following is not None and _card_header(cells, following, after):
                row = _cells(following)
                pairs.extend(LabelValue(a, b) for a, b in zip(cells, row, strict=True) if b.text)
                i += 2
                continue
            i += 1
            continue
        if not label(i):
            i += 1
            continue
        labels = [line]
        j = i + 1
        while j < len(all_lines) and "|" not in all_lines[j].text and label(j):
            labels.append(all_lines[j])
            j += 1
        values: list[Span] = []
        while j < len(all_lines) and len(values) < len(labels):
            if "|" in all_lines[j].text or label(j):
                break
            values.extend(_value_cells(all_lines[j]))
            j += 1
        if len(values) >= len(labels):
            pairs.extend(LabelValue(a, b) for a, b in zip(labels, values, strict=False))
        # Fewer values than labels: the block is not a card (headings, a cut-off page), so
        # nothing is paired by guesswork. Either way the scan goes on after the run.
        i = j
    return tuple(pairs)
