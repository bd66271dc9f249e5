"""The funding programmes, read from the reference table ``data/reference/programmes.csv``.

Why a table and not a word list: a programme's canonical name, its kind, its periods, the
funds it spends and the shapes of its project numbers and measure codes are facts with
sources (``data/reference/README.md``), and the genre corpus, the audit's caps and the parser
must answer to the same list. This module reads the table once and gives the parser what it
needs: the rows, each programme's kind and periods, the rows a project number or a measure
code belongs to, and the programme's written forms (``aliases``) as patterns.

An alias is written once in the table, in one or a few case forms; a page writes it in any
case, with any dashes and spaces, with the period before, inside or after it. So each alias
becomes a pattern in which every longer word is its stem plus any ending (``programa``,
``programos``, ``programą``), a year range is any year range (the years then pick the row),
``m.`` and ``metų`` stand for each other, so do a dash and a space between two
words (``Cross-border``, ``Cross Border``), quotation marks are free, and a period
before or after the name is read with it (see ``cwlib.parse.project``). A one-word alias in
capitals (``LEADER``, ``KPP``) must be written in capitals.

>>> kind("Interreg Lithuania-Poland"), kind("EU Funds Investments Operational Programme")
('cooperation', 'national')
>>> [r.period for r in number_rows("LT-PL-4R-326")]
['2014-2020']
>>> [(r.programme, r.period) for r in measure_rows("07.1.1-CPVA-V-906")]
[('EU Funds Investments Operational Programme', '2014-2020')]
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from cwlib import paths
from cwlib.lexicon import load as lexicon
from cwlib.patterns import compiled

__all__ = [
    "ALIAS_GROUP",
    "Alias",
    "ProgrammeRow",
    "alias_groups",
    "aliases",
    "eu_periods",
    "kind",
    "measure_rows",
    "number_rows",
    "rows",
    "rows_of",
]

ALIAS_GROUP = "programmes.aliases"
"""The keyword group of the aliases' first words (found by the Document's one keyword pass)."""

_WORDS = lexicon.vocabulary("programmes")
_ENDINGS: tuple[str, ...] = tuple(
    sorted(lexicon.words("programmes", "alias_endings"), key=len, reverse=True)
)
_YEAR_WORDS: tuple[str, ...] = lexicon.words("programmes", "year_words")


@dataclass(frozen=True)
class ProgrammeRow:
    """One programme in one of its periods (a row of programmes.csv)."""

    programme: str  # the canonical name: the value of projects.programme
    period: str | None  # the programme's own period; None for any period
    eu_period: str | None  # the EU programming period projects.period takes; None for grants
    kind: str  # cooperation, national, rural, eea_norway, eu_programme, nordic
    name_lt: str
    aliases: tuple[str, ...]
    number_prefixes: tuple[str, ...]
    number_pattern: re.Pattern[str] | None  # a whole project number (fullmatch)
    measure_code_pattern: re.Pattern[str] | None  # a whole measure code (fullmatch)
    funds: tuple[str, ...]
    cap_key: str | None  # the programme's name in cofinancing_caps.csv


@dataclass(frozen=True)
class Alias:
    """A written form of a programme as a pattern, and the rows that list one of its forms.

    One form may name two generations of a programme that the table keeps apart (the same
    Lithuanian name for the ENPI programme of 2007-2013 and the ENI one of 2014-2020): its
    rows then belong to both, never in the same period, and the period tells which.
    """

    programme: str  # the first programme that writes it so (table order)
    source: str  # the pattern: matched at a start word, on the lower-cased text unless cased
    cased: bool  # a one-word alias in capitals: matched on the text as written
    start: str  # the lower-case stem every match begins with
    rows: tuple[ProgrammeRow, ...]
    has_years: bool  # the pattern holds a year range (groups y1, y2)
    written: str  # one of the forms it stands for, as the table writes it

    @property
    def pattern(self) -> re.Pattern[str]:
        """The pattern, compiled the first time it is tried."""
        return _alias_pattern(self.source)

    @property
    def broken(self) -> re.Pattern[str]:
        """The same pattern with its long words allowed to break across two lines."""
        return _broken(self.written)

    @property
    def prefix(self) -> str:
        """The pattern of its first words, without groups: where it fails, so does the alias."""
        return "".join(self.prefix_pieces())

    @property
    def broken_prefix(self) -> str:
        """The prefix of the broken pattern (its first words, allowed to break)."""
        return "".join(self.prefix_pieces(broken=True))

    def prefix_pieces(self, broken: bool = False) -> tuple[str, ...]:
        """The prefix (or the broken one) as its pieces, each a whole pattern: prefixes that
        share their first pieces can be written as a tree."""
        return _written_prefix_pieces(self.written, broken)


def _items(value: str) -> tuple[str, ...]:
    return tuple(item for item in value.split("|") if item)


def _compiled(value: str) -> re.Pattern[str] | None:
    return compiled(value) if value else None


@cache
def rows() -> tuple[ProgrammeRow, ...]:
    """Every row of the table, in its order (empty when the table is missing)."""
    path = paths.REFERENCE_DIR / "programmes.csv"
    if not path.exists():
        return ()
    with open(path, encoding="utf-8", newline="") as f:
        return tuple(
            ProgrammeRow(
                programme=r["programme"],
                period=r["period"] or None,
                eu_period=r["eu_period"] or None,
                kind=r["kind"],
                name_lt=r["name_lt"],
                aliases=_items(r["aliases"]),
                number_prefixes=_items(r["number_prefixes"]),
                number_pattern=_compiled(r["number_pattern"]),
                measure_code_pattern=_compiled(r["measure_code_pattern"]),
                funds=_items(r["fund"]),
                cap_key=r["cap_key"] or None,
            )
            for r in csv.DictReader(f)
        )


@cache
def rows_of(programme: str | None) -> tuple[ProgrammeRow, ...]:
    """The rows of one programme (empty for an unknown name); kept per name, as the parser
    asks for a programme's rows, kind and periods several times a page."""
    return tuple(r for r in rows() if r.programme == programme)


def kind(programme: str | None) -> str | None:
    """The kind of a programme (cooperation, national, rural, eea_norway, eu_programme,
    nordic)."""
    found = rows_of(programme)
    return found[0].kind if found else None


def eu_periods(programme: str | None) -> tuple[str, ...]:
    """The EU programming periods a programme has rows for, in table order."""
    return tuple(dict.fromkeys(r.eu_period for r in rows_of(programme) if r.eu_period))


@cache
def _any(column: str) -> re.Pattern[str] | None:
    """All rows' patterns of one column as one alternation: one try tells whether any row's
    pattern matches a code (most codes are none), the rows are then asked one by one."""
    patterns = [getattr(r, column).pattern for r in rows() if getattr(r, column) is not None]
    return compiled("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def may_open(code: str) -> bool:
    """Whether some beginning of the code (the whole code too) may be a row's project number
    or measure code: one ``match`` of each column's alternation, which fails where no prefix
    of the code is in any row's pattern (a code the table does not know, most of a page's),
    where asking each cut of it would take a full match each."""
    if not _context_free():
        return True  # (a pattern that looks around its match: no prefix test holds)
    return any(
        pattern is not None and pattern.match(code) is not None
        for pattern in (_any("number_pattern"), _any("measure_code_pattern"))
    )


_CONTEXT_MARKS = ("(?=", "(?!", "(?<", "$", "\\b", "\\B", "\\Z", "\\A", "^")
"""What in a row's pattern would look at the text around a match: then a match of a code's
prefix says nothing of the prefix alone, and :func:`may_open` answers yes."""


@cache
def _context_free() -> bool:
    """No row's number or measure pattern looks past its match (see _CONTEXT_MARKS)."""
    sources = [
        p.pattern
        for r in rows()
        for p in (r.number_pattern, r.measure_code_pattern)
        if p is not None
    ]
    return not any(mark in source for source in sources for mark in _CONTEXT_MARKS)


def number_rows(code: str) -> tuple[ProgrammeRow, ...]:
    """The rows whose project-number pattern the whole code matches."""
    any_row = _any("number_pattern")
    if any_row is None or any_row.fullmatch(code) is None:
        return ()
    return tuple(r for r in rows() if r.number_pattern and r.number_pattern.fullmatch(code))


def measure_rows(code: str) -> tuple[ProgrammeRow, ...]:
    """The rows whose measure-code pattern the whole code matches."""
    any_row = _any("measure_code_pattern")
    if any_row is None or any_row.fullmatch(code) is None:
        return ()
    return tuple(
        r for r in rows() if r.measure_code_pattern and r.measure_code_pattern.fullmatch(code)
    )


# --- aliases as patterns --------------------------------------------------------------------

_QUOTES = "„“”\"'«»‘’"
_ALIAS_TOKEN = compiled(
    r"""
    (?P<years>\d{4}\s*[-–—]\s*\d{4})  # a period: "2014–2020"
  | (?P<word>[^\W\d_][^\W_]*\+?)      # a word ("Erasmus+" keeps its plus)
  | (?P<num>\d+)                      # a number
  | (?P<dash>\s*[-–—]\s*)             # a dash joining two names
  | (?P<punct>[^\w\s])                # a comma, a bracket, a full stop
    """,
    re.VERBOSE,
)


# Spaces and quotation marks between words. Written as two sets, the typographic quotes
# apart (kept apart by their "{1}"), because ``re`` compiles one set holding both, scattered
# over the code table, several times slower (a 65,536-entry map per set, and an alias
# pattern holds several): the same characters, matched the same way, at an eighth of the
# compile.
def _run_of(extra: str = "", dashes: str = "") -> str:
    """A run of spaces and quotation marks (plus ``extra`` in the first set and ``dashes`` in
    a set of their own), written as separate sets for the reason above."""
    low = re.escape("".join(q for q in _QUOTES if ord(q) < 256))
    high = re.escape("".join(q for q in _QUOTES if ord(q) >= 256))
    third = f"|[{dashes}]" if dashes else ""
    return rf"(?:[\s{extra}{low}]|[{high}]{{1}}{third})+"


_SEPARATOR = _run_of()
_INNER_YEARS = (
    r"(?:(?P<y1>\d{4})\s*[-–—]\s*(?P<y2>\d{4})\s*(?:"
    + "|".join(re.escape(w) for w in _YEAR_WORDS)
    + r")?\.?"
    + _SEPARATOR
    + r")"
)
# Between two words of a name, a space or a dash: pages write "Cross-border" and "Cross Border",
# "Latvia-Lithuania" and "Latvia Lithuania", "V-A" and "V A" for the same name. The separator's
# two sets (see _SEPARATOR), the hyphen in the first, and the long dashes in a third set (in
# the second, they would slow its compile as a mixed set does).
_GAP = _run_of(r"\-", "–—")
_BREAK = r"(?:-[\ \t]*\n[\ \t]*)?"  # a word split across two lines by a hyphen
_PUNCT = {
    ",": r"\s*,\s*",
    "(": r"\s*\(\s*",
    ")": r"\s*\)\s*",
    ".": r"\.\s*",
    "+": r"\+",
    "&": r"\s*&\s*",
    "/": r"\s*/\s*",
}


def _stem(word: str) -> str | None:
    """A word without its Lithuanian (or English) ending, if it is long enough to lose one."""
    if len(word) < 5:
        return None
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _alias_lines(alias: str, broken: bool = False) -> tuple[list[tuple[str, str]], str, bool]:
    """An alias as (pattern piece, comment) lines, its start stem, and whether it is cased.

    ``broken``: a long word may be split across two lines by a hyphen ("bendradar-⏎biavimo").
    """
    text = alias.strip(_QUOTES + " ")
    tokens = [(m.lastgroup or "", m.group(0)) for m in _ALIAS_TOKEN.finditer(text)]
    cased = len(tokens) == 1 and tokens[0][0] == "word" and text.isupper()
    # A period before or after the name is read by the caller, not kept in the pattern.
    while tokens and (tokens[0][0] == "years" or tokens[0][1].lower() in _YEAR_WORDS):
        tokens.pop(0)
        if tokens and tokens[0] == ("punct", "."):
            tokens.pop(0)
    while tokens and tokens[-1][0] == "years":
        tokens.pop()
    # A Lithuanian name may put the period before its head noun ("Lietuvos kaimo plėtros
    # 2014–2020 metų programa", "… sektoriaus 2014–2020 m. veiksmų programa"): where the form
    # in the table has none, one may stand there.
    words = [i for i, (k, _v) in enumerate(tokens) if k == "word"]
    insert = -1
    if not cased and len(words) >= 2 and all(k != "years" for k, _v in tokens):
        insert = words[-1]
        if tokens[words[-2]][1].lower().startswith("veiksm"):
            insert = words[-2]
    lines: list[tuple[str, str]] = []
    start = ""
    previous = ""
    for i, (kind_, value) in enumerate(tokens):
        word = value if cased else value.lower()
        if kind_ == "years":
            piece = r"(?P<y1>\d{4})\s*[-–—]\s*(?P<y2>\d{4})"
        elif kind_ == "word" and word in _YEAR_WORDS:
            piece = "(?:" + "|".join(re.escape(w) for w in _YEAR_WORDS) + r")\.?"
            if i + 1 < len(tokens) and tokens[i + 1] == ("punct", "."):
                tokens[i + 1] = ("skip", ".")
        elif kind_ == "word":
            stem = None if cased or word.isupper() else _stem(word)
            if word.endswith("+") and not broken:
                # the plus may stand apart: "Erasmus +" as often as "Erasmus+" (schools'
                # project pages, in both languages); the start word is the name before it
                stem = word[:-1]
                piece = re.escape(stem) + r"[ \u00a0]?\+\w{0,5}"
            elif stem is None:
                piece = re.escape(word)
            elif broken and len(stem) >= 6:
                piece = _BREAK.join(re.escape(c) for c in stem) + r"\w{0,5}"
            else:
                piece = re.escape(stem) + r"\w{0,5}"
            if not start:
                start = stem or word
        elif kind_ == "num":
            piece = re.escape(word)
        elif kind_ == "dash":
            piece = _GAP  # (a dash, or a space where the form has a dash)
        elif kind_ == "skip":
            continue
        else:
            piece = _PUNCT.get(value, re.escape(value))
        if previous in ("word", "num", "years") and kind_ in ("word", "num", "years"):
            lines.append((_GAP, "a space, a dash or a quotation mark between words"))
        if i == insert:
            lines.append((_INNER_YEARS + "?", "perhaps the period before the head noun"))
        lines.append((piece, f"{value!r}"))
        previous = kind_
    return lines, start.lower(), cased


def _source(lines: list[tuple[str, str]]) -> str:
    """The pattern the lines make, between word boundaries.

    Generated from the table, so compiled without the verbose layout: some 300 forms in
    verbose layout cost a third of a second to compile; the pieces and what each is for are
    in :func:`_alias_lines`.
    """
    return r"(?<!\w)" + "".join(piece for piece, _comment in lines) + r"(?![\w+])"


_PREFIX_WORDS = 3
"""Words (or numbers, or periods) of an alias its prefix holds: enough that few places in a
text match a prefix whose alias does not match there."""


_LOOSE_PIECES = frozenset({_GAP, *_PUNCT.values()})
"""Pieces of an alias that match one non-word character or more, and nothing else."""


_LOOSE_YEARS = r"(?:[\W\d]*(?:" + "|".join(re.escape(w) for w in _YEAR_WORDS) + r"))?[\W\d]*"
"""The period a name may hold before its head noun (``_INNER_YEARS``), loosened for a prefix:
figures and non-word characters around a year word. It matches whatever that piece matches,
at half the length, and a prefix is compiled for each start word a page meets."""


def _prefix_pieces(lines: list[tuple[str, str]]) -> tuple[str, ...]:
    """The pieces of an alias's first words, its groups made plain: every match of the alias
    matches its prefix, so where no prefix matches, no alias needs trying (nor compiling)."""
    pieces = [r"(?<!\w)"]
    words = 0
    for piece, comment in lines:
        if piece == _INNER_YEARS + "?":
            pieces.append(_LOOSE_YEARS)
            continue
        # Spaces, quotes, dashes and punctuation between words: any run of non-word
        # characters (looser, and compiled in half the time; the alias itself is exact).
        pieces.append(r"\W+" if piece in _LOOSE_PIECES else re.sub(r"\(\?P<y[12]>", "(?:", piece))
        if comment[:1] in "'\"" and comment[1:2].isalnum():
            words += 1  # a word, a number or a period (the comment is its repr)
        if words >= _PREFIX_WORDS:
            break
    return tuple(pieces)


@cache
def _written_prefix_pieces(written: str, broken: bool) -> tuple[str, ...]:
    return _prefix_pieces(_alias_lines(written, broken=broken)[0])


@cache
def _alias_pattern(source: str) -> re.Pattern[str]:
    return compiled(source)


@cache
def aliases() -> tuple[Alias, ...]:
    """Every written form of every programme, longest first (patterns compiled on first use).

    Forms of one programme that come out as the same pattern (``programa``, ``programos``)
    are one Alias listing the rows of all of them.
    """
    found: dict[tuple[str, bool], tuple[str, str, list[ProgrammeRow], str]] = {}
    for row in rows():
        for alias in (*row.aliases, row.name_lt, row.programme):
            lines, start, cased = _alias_lines(alias)
            if not lines or not start:
                continue
            key = (_source(lines), cased)
            if key in found:
                programme, _start, listed, _written = found[key]
                if any(
                    r.programme != row.programme and r.eu_period == row.eu_period for r in listed
                ):
                    raise ValueError(
                        f"programmes.csv: {alias!r} reads as a form of {programme!r} too, "
                        f"in the same period"
                    )
                if row not in listed:
                    listed.append(row)
            else:
                found[key] = (row.programme, start, [row], alias)
    out = [
        Alias(
            programme=programme,
            source=source,
            cased=cased,
            start=start,
            rows=tuple(listed),
            has_years="(?P<y1>" in source,
            written=written,
        )
        for (source, cased), (programme, start, listed, written) in found.items()
    ]
    return tuple(sorted(out, key=lambda a: -len(a.source)))


@cache
def _broken(alias: str) -> re.Pattern[str]:
    lines, _start, _cased = _alias_lines(alias, broken=True)
    return compiled(_source(lines))


def alias_groups() -> dict[str, tuple[str, ...]]:
    """The keyword group of the aliases' start words, for ``lexicon.keyword_groups``."""
    return {ALIAS_GROUP: tuple(sorted({a.start for a in aliases()}))}
