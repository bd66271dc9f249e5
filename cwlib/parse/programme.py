"""Which programme a text's project belongs to, on what basis, and the codes that tell it.

The programmes are the rows of the reference table (``cwlib.lexicon.programmes``, read from
``data/reference/programmes.csv``); this module finds what in a text points to one of them:

* a **written form** of a programme (an alias in any case, with its period before, inside or
  after it): basis ``stated``;
* a **code**: a project number or a measure code whose whole shape is a programme's
  (``LLI-512``, ``08.2.1-CPVA-R-908-41-0003``, ``07.1.1-CPVA-V-906``, ``VP3-1.2-VRM-01-R``):
  basis ``code`` (and the code's row gives the period);
* words from which the programme follows, given the project's period: a fund that only one
  programme spends (``EŽŪFKP`` → the Rural Development Programme; ``ESF`` in 2007-2013 → the
  Human Resources Development OP), the EU structural funds with a national mark and the
  period, the Baltic Sea region with partners abroad: basis ``inferred``. These are
  :class:`~cwlib.parse.facts.ProgrammeGuess` es, settled by ``cwlib.parse.project.complete``
  once the period is known.

Why the codes are read here: a code is a measure code or a project number by its shape in the
table, not by the words before it, and a page writes it with spaces or an en dash after its
first group (``07.1.1 – CPVA-R-905-61-0003``) or inside it (``63VS-KL- 17-1- …``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from cwlib.lexicon import load as lexicon
from cwlib.lexicon import programmes as table
from cwlib.lexicon.programmes import ProgrammeRow
from cwlib.parse.document import Document
from cwlib.parse.facts import ProgrammeGuess
from cwlib.parse.frozen import frozen
from cwlib.patterns import compiled
from cwlib.schema import PERIODS

__all__ = [
    "KEYWORDS",
    "Choice",
    "Code",
    "Mention",
    "choose",
    "codes",
    "funds_named",
    "labelled_number",
    "mentions",
]

KEYWORDS: tuple[str, ...] = (
    table.ALIAS_GROUP,
    *(f"programmes.loose_forms.{key}" for key in lexicon.entries("programmes", "loose_forms")),
    *(f"programmes.funds.{key}" for key in lexicon.entries("programmes", "funds")),
    *(f"programmes.inference.{key}" for key in lexicon.entries("programmes", "inference")),
)
"""The lexicon keyword groups this module reads (see cwlib.parse.document)."""

GENERIC = "EU Structural Funds (Lithuania)"
"""The one programme that stands for any period: the structural funds named without their OP."""

_FUNDS = [
    (entry["name"], compiled(lexicon.fragment_of(entry), re.VERBOSE), f"programmes.funds.{key}")
    for key, entry in lexicon.entries("programmes", "funds").items()
]
_LOOSE = [
    (
        entry["programme"],
        compiled(lexicon.fragment_of(entry), re.VERBOSE),
        f"programmes.loose_forms.{key}",
    )
    for key, entry in lexicon.entries("programmes", "loose_forms").items()
]
_INFERENCE = {
    key: compiled(lexicon.fragment_of(entry), re.VERBOSE)
    for key, entry in lexicon.entries("programmes", "inference").items()
}
_GUARDS = frozenset(lexicon.words("programmes", "alias_guards"))
_GENERATION_MARK = compiled(
    lexicon.fragment_of(lexicon.table("programmes", "generation_marks")), re.VERBOSE
)
_OTHER_PROJECTS = compiled(
    lexicon.fragment_of(lexicon.table("programmes", "other_projects")), re.VERBOSE
)
_SIBLINGS: dict[str, tuple[str, ...]] = {}
for _pair in lexicon.table("programmes", "generations")["pairs"]:
    for _name in _pair:
        _SIBLINGS[_name] = (*_SIBLINGS.get(_name, ()), *(p for p in _pair if p != _name))
_YEAR_WORDS = "|".join(re.escape(w) for w in lexicon.words("programmes", "year_words"))
_YEARS_BEFORE = compiled(
    r"""
    (?P<y1>\d{4})\s*[-–—]\s*(?P<y2>\d{4})     # a period: "2014–2020"
    \s*(?:(?:"""
    + _YEAR_WORDS
    + r""")\.?\s*)?                           # "m.", "metų"
    [„“"]?$                                   # right before the programme's name
    """,
    re.VERBOSE,
)
_YEARS_AFTER = compiled(
    r"""
    [“”"]?\s*\(?\s*                           # after the name, perhaps in brackets
    (?P<y1>\d{4})\s*[-–—]\s*(?P<y2>\d{4})     # a period: "(2014–2020 m.)"
    """,
    re.VERBOSE,
)
_HYPHEN_BREAK = compiled(
    r"""
    -[\ \t]*\n                               # a hyphen ending a line (see _hyphen_broken)
    """,
    re.VERBOSE,
)
_WORD_CHAR = compiled(
    r"""
    \w                                       # a letter, digit or underscore
    """,
    re.VERBOSE,
)
_CODE_BODY = r"""
    \#?                                       # BSR numbers may start with '#'
    [A-ZĄČĘĖĮŠŲŪŽ0-9]+                        # a first group of capitals or digits
    (?:
      (?:[-./]|[\ \t]?[–—-][\ \t]?|-[\ \t])   # a hyphen, full stop or slash; a spaced dash
      [A-ZĄČĘĖĮŠŲŪŽ0-9]+                      # another group
    )*
    (?:_\d)?                                  # an Erasmus+ partner suffix: "_3"
"""
_CODE = compiled(
    r"""
    (?<![\w#./\-–])                           # not inside another code or word
    """
    + _CODE_BODY,
    re.VERBOSE,
)
_LABELLED_CODE = compiled(_CODE_BODY, re.VERBOSE)
"""_CODE where a label opens the code: "projekto Nr.05.5.1-APVA-R-019-71-0006", glued to its
label's full stop, is the labelled number whole (the label, not the character before the
code, says where it begins)."""
_CODE_HINT = compiled(
    r"""
    [\#A-ZĄČĘĖĮŠŲŪŽ0-9]                    # a hash or a group's last character (a set first,
    (?:                                     # so the engine skips to it), then
        (?<=\#)                             # after a hash, or
      | [-./] | [\ \t]?-[\ \t]?              # a separator (a spaced hyphen too)
    )
    [A-ZĄČĘĖĮŠŲŪŽ0-9]                       # before the next group
    """,
    re.VERBOSE,
)
# Where _CODE_HINT matches, found faster: a pattern opening with a set of capitals and digits
# is tried at each of them, one opening with a literal character skips to it. So the hints
# are found at their separators, one pattern per separator, each giving the place the hint
# begins (its group's last character, or the hash) and, one character after its end, where
# _CODE_HINT's next search would start (see _hint_starts).
_HINT_HASH = compiled(
    r"""
    \#(?=[A-ZĄČĘĖĮŠŲŪŽ0-9])                       # a hash before a group: the hint begins at it
    """,
    re.VERBOSE,
)
_HINT_AT = tuple(
    (
        separator,
        compiled(
            r"""
            {SEPARATOR}                                  # a full stop or a slash
            (?<=[\#A-ZĄČĘĖĮŠŲŪŽ0-9]{SEPARATOR})         # after a group (or a hash)
            (?=[A-ZĄČĘĖĮŠŲŪŽ0-9])                        # before the next group
            """.replace("{SEPARATOR}", "\\" + separator),
            re.VERBOSE,
        ),
    )
    for separator in "./"
)
_HINT_HYPHEN = compiled(
    r"""
    -                                             # a hyphen
    (?:(?<=[\#A-ZĄČĘĖĮŠŲŪŽ0-9]-)                  # right after a group (or a hash)
      |(?<=[\#A-ZĄČĘĖĮŠŲŪŽ0-9][\ \t]-))           # or after a group and a space
    [\ \t]?                                       # perhaps a space
    (?=[A-ZĄČĘĖĮŠŲŪŽ0-9])                          # before the next group
    """,
    re.VERBOSE,
)
_CODE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĄČĘĖĮŠŲŪŽ0123456789#-–—./_ \t")
"""The characters a code (a match of _CODE) may hold, digits aside: before a character not
among them, no code goes on."""
_LONGEST_CODE = 60
"""Characters of the longest code of the table (with spaces), and more: a run of groups
beyond it is cut there, so that a long run costs no more than a short one."""
_CODE_CUT = compiled(
    r"""
    [\ \t]?[–—-][\ \t]?|[./]                  # where a code may be cut: a dash, a dot, a slash
    """,
    re.VERBOSE,
)
_SEPARATOR = compiled(
    r"""
    [-./]                                     # a code with a separator: a structured number
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Mention:
    """A programme named in the text, with the rows its words and period point to."""

    programme: str
    rows: tuple[ProgrammeRow, ...]
    start: int
    end: int
    quote: str
    years: str | None = None  # the period written with the name ("2004-2006"), if any


@dataclass(frozen=True)
class Code:
    """A code whose whole shape is a programme's project number or measure code."""

    code: str  # as written
    start: int
    end: int
    what: str  # "number" or "measure"
    rows: tuple[ProgrammeRow, ...]


@dataclass(frozen=True)
class Choice:
    """The programme of a text as far as the text alone tells it."""

    programme: str | None
    basis: str | None  # stated, code (inferred ones are guesses, settled with the period)
    rows: tuple[ProgrammeRow, ...]  # the rows it may be (one when the period is known)
    quote: str | None
    guesses: tuple[ProgrammeGuess, ...]


# --- written forms ----------------------------------------------------------------------------


def _by_start() -> dict[str, list[table.Alias]]:
    out: dict[str, list[table.Alias]] = {}
    for alias in table.aliases():
        out.setdefault(alias.start, []).append(alias)
    return out


_ALIASES_BY_START = _by_start()
_STARTS_BY_LETTER: dict[str, tuple[str, ...]] = {}
for _start in _ALIASES_BY_START:
    _STARTS_BY_LETTER[_start[0]] = (*_STARTS_BY_LETTER.get(_start[0], ()), _start)


@cache
def _any_prefix(letter: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Whether any alias whose start word begins with a letter may begin at a hit: their
    prefixes as one pattern per text to read, written as a tree of their pieces (the
    prefixes of "Interreg …" share their first word and what follows it), which is small
    and quick to compile. Most hits begin none, and one call tells so;
    :func:`_prefix_filter` then tells which."""
    trees: tuple[dict[str, dict], dict[str, dict]] = ({}, {})
    for start in _STARTS_BY_LETTER[letter]:
        for alias in _ALIASES_BY_START[start]:
            node = trees[alias.cased]
            for piece in alias.prefix_pieces():
                node = node.setdefault(piece, {})
            node[""] = {}  # a prefix ends here
    on_lower, on_text = (compiled(_tree_source(tree)) if tree else None for tree in trees)
    return on_lower, on_text


def _tree_source(tree: dict[str, dict]) -> str:
    """A tree of pattern pieces as one pattern matching where any of its paths matches.

    Where a path ends, a match is found whatever follows, so the longer paths are dropped.
    """
    if "" in tree:
        return ""
    branches = [piece + _tree_source(below) for piece, below in tree.items()]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


@cache
def _prefix_filter(
    start: str, broken: bool
) -> tuple[
    re.Pattern[str] | None, re.Pattern[str] | None, tuple[tuple[table.Alias, int, int], ...]
]:
    """The prefixes of the aliases of one start word as one pattern per text to read (the
    lower-cased text, and the text as written for aliases in capitals), and for each alias,
    in order, the text it is read on (0: lower-cased, 1: as written) and the group of its
    prefix.

    Each prefix stands in an optional lookahead with one group, so one match at a hit says
    which aliases may match there: most hits of a start word ("ES", "Europos", "Interreg")
    begin none of its aliases, and an alias is compiled and tried only where its prefix
    matches. Aliases that share their first words share the group (half of the "Interreg"
    ones do), so each prefix is compiled once. Built at the first hit of its start word.
    """
    groups: tuple[dict[str, int], dict[str, int]] = ({}, {})
    entries = []
    for alias in _ALIASES_BY_START[start]:
        prefix = alias.broken_prefix if broken else alias.prefix
        side = groups[alias.cased]
        entries.append((alias, int(alias.cased), side.setdefault(prefix, len(side) + 1)))
    lower, cased = ("".join(f"(?:(?=({prefix}))|)" for prefix in side) for side in groups)
    return (
        compiled(lower) if lower else None,
        compiled(cased) if cased else None,
        tuple(entries),
    )


def _rows_for(alias: table.Alias, years: str | None, written: str) -> tuple[ProgrammeRow, ...]:
    """The rows a named programme may be: those of the period written with it, else those
    that list the form it was written in, and where the form marks no generation (see
    :func:`_generations`), the programme's rows of the other periods too.

    Kept per alias, period and written form: pages name the same programmes in the same
    words, and the answer compares rows field by field (``r not in alias.rows``)."""
    key = (alias.source, alias.cased, years, written)
    found = _ROWS_FOR.get(key)
    if found is None:
        if len(_ROWS_FOR) >= _ROWS_FOR_KEPT:
            _ROWS_FOR.clear()
        found = _ROWS_FOR[key] = _rows_of_alias(alias, years, written)
    return found


_ROWS_FOR: dict[tuple[str, bool, str | None, str], tuple[ProgrammeRow, ...]] = {}
"""The answers of :func:`_rows_for`, by the alias (its pattern and case), period and form
(an alias is one per pattern and case: ``cwlib.lexicon.programmes.aliases``)."""
_ROWS_FOR_KEPT = 4096
"""At most this many answers are kept (then the store starts again)."""


def _rows_of_alias(alias: table.Alias, years: str | None, written: str) -> tuple[ProgrammeRow, ...]:
    """:func:`_rows_for`, worked out."""
    named = dict.fromkeys(r.programme for r in alias.rows)
    family = None if _GENERATION_MARK.search(written.lower()) else _generations(named)
    if years is not None:
        return tuple(
            r for p in family or named for r in table.rows_of(p) if years in (r.period, r.eu_period)
        )
    if family is None:
        return alias.rows
    wider = tuple(
        r
        for p in family
        for r in table.rows_of(p)
        if r not in alias.rows and r.eu_period is not None
    )
    return alias.rows + wider


def _generations(named: dict[str, None]) -> dict[str, None] | None:
    """The programmes a cooperation programme's form without a generation's mark may name: its
    own, and those that carry it on under another name (the ENPI and ENI Latvia-Lithuania-Belarus
    programmes). Such a form ("Latvijos–Lietuvos bendradarbiavimo per sieną programa", "South
    Baltic Programme") is written for every generation, though the table may list it under the
    one its source saw; the period the text gives then tells the row. A national or rural
    programme's form is its own period's ("BŽŪP strateginis planas"): None, never widened."""
    if any(table.kind(p) != "cooperation" for p in named):
        return None
    return named | dict.fromkeys(s for p in named for s in _SIBLINGS.get(p, ()))


def mentions(doc: Document) -> list[Mention]:
    """Every programme the text names, in text order (the longest form at each place); where
    the table's forms name none (or only programmes of the years before the EU periods), the
    looser forms of the cooperation programmes too."""
    found = _table_mentions(doc)
    if all(_before_eu_periods(m.programme) for m in found):
        found = sorted(found + _loose_mentions(doc), key=lambda m: m.start)
    # A name right after a generation's name goes on naming that generation: "INTERREG III B
    # Baltijos jūros regiono programa", "Interreg IIIA Lietuvos ir Lenkijos programa".
    ends = [m.end for m in found if _before_eu_periods(m.programme)]
    return [m for m in found if not any(0 <= m.start - end <= 2 for end in ends)]


def _with_years(text: str, first: int, last: int) -> tuple[str | None, int, int]:
    """A period written right before or after a programme's name, and the span with it."""
    before = _YEARS_BEFORE.search(text, max(0, first - 30), first)
    if before:
        return f"{before.group('y1')}-{before.group('y2')}", before.start(), last
    after = _YEARS_AFTER.match(text, last)
    if after and after.start("y1") - last <= 4:
        return f"{after.group('y1')}-{after.group('y2')}", first, after.end()
    return None, first, last


def _loose_mentions(doc: Document) -> list[Mention]:
    out = []
    for name, pattern, group in _LOOSE:
        for match in doc.finditer_at_starts(pattern, group):
            years, first, last = _with_years(doc.text, match.start(), match.end())
            rows = table.rows_of(name)
            if years is not None:
                rows = tuple(r for r in rows if years in (r.period, r.eu_period))
            out.append(Mention(name, rows, first, last, doc.text[first:last]))
    return sorted(out, key=lambda m: m.start)


def _previous_word(lower: str, pos: int) -> str | None:
    """The word before the white space before ``pos``, within the 30 characters before it
    (cut there), or None where no white space ends right at ``pos`` after a word: what the
    pattern ``(?P<w>\\w+)\\s+$`` searched there finds, by ``str`` methods (``str.rstrip`` strips
    what ``\\s`` matches; ``\\w`` is ``str.isalnum`` or an underscore), as a pattern ending in
    ``$`` is tried at every one of the 30 places.

    >>> _previous_word("valstybės investicijų programa", 22), _previous_word("x, programa", 3)
    ('investicijų', None)
    """
    before = lower[max(0, pos - 30) : pos]
    end = len(before.rstrip())
    if end == len(before):
        return None  # no white space right before pos
    start = end
    while start and (before[start - 1].isalnum() or before[start - 1] == "_"):
        start -= 1
    return before[start:end] if start < end else None


def _hyphen_broken(text: str) -> bool:
    """Whether a word in the text is broken across two lines by a hyphen ("bendradar-⏎…").

    The hyphens ending a line are found first and the letter before each is tested after:
    a pattern opening with a letter would be tried at every letter of the text.
    """
    return any(
        _WORD_CHAR.match(text, hyphen.start() - 1)
        for hyphen in _HYPHEN_BREAK.finditer(text)
        if hyphen.start() > 0
    )


def _table_mentions(doc: Document) -> list[Mention]:
    text, lower = doc.text, doc.lower
    broken = _hyphen_broken(text)
    out: list[Mention] = []
    end = 0
    for pos in doc.hits(table.ALIAS_GROUP):
        if pos < end:
            continue
        if pos:
            before = lower[pos - 1]
            if before.isalnum() or before == "_":
                continue  # inside a word (most hits: "es" in "miestai")
        letter = lower[pos]
        starts = _STARTS_BY_LETTER.get(letter)
        if starts is None:
            continue
        if not broken:  # (in a rare broken text, each start word's filter is asked)
            any_lower, any_text = _any_prefix(letter)
            if not (
                (any_lower and any_lower.match(lower, pos))
                or (any_text and any_text.match(text, pos))
            ):
                continue  # no alias begins here (most hits)
        best: tuple[re.Match[str], table.Alias] | None = None
        for start in starts:
            if not lower.startswith(start, pos):
                continue
            on_lower, on_text, entries = _prefix_filter(start, broken)
            found_lower = on_lower.match(lower, pos) if on_lower else None
            found_text = on_text.match(text, pos) if on_text else None
            if (found_lower is None or found_lower.lastindex is None) and (
                found_text is None or found_text.lastindex is None
            ):
                continue
            spans = (found_lower.regs if found_lower else (), found_text.regs if found_text else ())
            for alias, side, group in entries:
                if spans[side][group][0] < 0:
                    continue  # its prefix does not match here: neither does the alias
                pattern = alias.broken if broken else alias.pattern
                match = pattern.match(text if alias.cased else lower, pos)
                if match and (best is None or match.end() > best[0].end()):
                    best = (match, alias)
        if best is None:
            continue
        match, alias = best
        if _previous_word(lower, pos) in _GUARDS:
            continue  # "Valstybės investicijų programa": another body's programme
        first, last = match.start(), match.end()
        years = None
        if alias.has_years and match.group("y1"):
            years = f"{match.group('y1')}-{match.group('y2')}"
        if years is None:
            years, first, last = _with_years(text, first, last)
        rows = _rows_for(alias, years, match.group(0))
        named = list(dict.fromkeys(r.programme for r in rows)) or [alias.programme]
        out.append(  # (without the frozen class's __init__: see cwlib.parse.frozen)
            frozen(
                Mention,
                programme=named[0],
                rows=rows,
                start=first,
                end=last,
                quote=text[first:last],
                years=years,
            )
        )
        end = match.end()
    return out


# --- codes ------------------------------------------------------------------------------------


def normalise_code(code: str) -> str:
    """A code as the table's patterns read it: no spaces, dashes as hyphens.

    >>> normalise_code("07.1.1 – CPVA-R-905-61-0003"), normalise_code("63VS-KL- 17-1- 03639")
    ('07.1.1-CPVA-R-905-61-0003', '63VS-KL-17-1-03639')
    """
    return code.replace(" ", "").replace("\t", "").replace("–", "-").replace("—", "-")


def code_at(text: str, pos: int, labelled: bool = False) -> Code | None:
    """The longest code starting at ``pos`` that is a programme's number or measure code.

    Without a label, a project number must have parts (``LLI-512``) or its hash (``#C112``):
    a bare ``C031`` or ``PGI05123`` is a number only where the text says it is one.
    """
    match = (_LABELLED_CODE if labelled else _CODE).match(text, pos)
    return None if match is None else _code_of(match.group(0), pos, labelled)


def labelled_number(written: str, pos: int) -> Code | None:
    """A labelled project number written with a space between its letters and its digits
    ("Nr. LTPL 00271"), which :func:`code_at` reads as two words: the table's number its
    normal form is, if any.

    >>> labelled_number("LTPL 00271", 0).rows[0].programme
    'Interreg Lithuania-Poland'
    >>> labelled_number("LT 2020", 0) is None
    True
    """
    if " " not in written:
        return None
    rows = table.number_rows(normalise_code(written))
    return Code(written, pos, pos + len(written), "number", rows) if rows else None


def _code_of(token: str, pos: int, labelled: bool) -> Code | None:
    """The longest code a match of _CODE at ``pos`` opens with, if any."""
    # A run of groups is cut where no code is longer.
    found = _code_in(token[:_LONGEST_CODE], labelled)
    if found is None:
        return None
    written, what, rows = found
    # (without the frozen class's __init__: see cwlib.parse.frozen)
    return frozen(Code, code=written, start=pos, end=pos + len(written), what=what, rows=rows)


@lru_cache(maxsize=4096)
def _code_in(token: str, labelled: bool) -> tuple[str, str, tuple[ProgrammeRow, ...]] | None:
    """The longest code a token opens with (as written, number or measure, its rows).

    Kept per token: the same dates, numbers and codes recur across the pages of a build.
    """
    if not table.may_open(normalise_code(token)):
        return None  # (every code tried below opens the whole token's normal form)
    cuts = [len(token), *[m.start() for m in _CODE_CUT.finditer(token)][::-1]]
    for cut in cuts:
        written = token[:cut].rstrip(" \t–—-")
        code = normalise_code(written)
        found = table.number_rows(code)
        if found and (labelled or _SEPARATOR.search(code) or code.startswith("#")):
            return written, "number", found
        found = table.measure_rows(code)
        if found:
            return written, "measure", found
    return None


def _hint_starts(text: str) -> list[int]:
    """``[m.start() for m in _CODE_HINT.finditer(text)]``, found at the separators.

    Each separator's pattern gives a place _CODE_HINT may match and where that match would
    end; taken in order, a place inside the last match taken is left out, as finditer's
    matches never overlap.
    """
    found: list[tuple[int, int]] = []  # (where the hint begins, where its match ends)
    if "#" in text:
        found += [(m.start(), m.end() + 1) for m in _HINT_HASH.finditer(text)]
    for separator, pattern in _HINT_AT:
        if separator in text:
            found += [(m.start() - 1, m.end() + 1) for m in pattern.finditer(text)]
    if "-" in text:
        for m in _HINT_HYPHEN.finditer(text):
            before = m.start() - 2 if text[m.start() - 1] in " \t" else m.start() - 1
            found.append((before, m.end() + 1))
    found.sort()
    out = []
    end = 0
    for start, stop in found:
        if start >= end:
            out.append(start)
            end = stop
    return out


def codes(doc: Document) -> list[Code]:
    """Every code in the text whose shape is a programme's project number or measure code.

    A code without a label has parts (or a hash), so the words in capitals and the figures
    of a text need not all be read: the codes are read only around the places where two
    groups are joined by a separator (or a hash opens one), from a place no code spans.
    """
    text = doc.text
    out = []
    end = 0
    read = 0  # the codes before this place are read (or were never candidates)
    for at in _hint_starts(text):
        if at < read:
            continue
        start = at  # back to a place no code spans: a character no code holds
        while start > read and (text[start - 1] in _CODE_CHARS or text[start - 1].isdigit()):
            start -= 1
        for match in _CODE.finditer(text, start):
            if match.start() > at:
                break
            read = match.end()
            token = match.group(0)
            if match.start() >= end and (
                token[0] == "#" or "-" in token or "." in token or "/" in token
            ):
                code = _code_of(token, match.start(), False)  # (what code_at would match)
                if code is not None:
                    out.append(code)
                    end = code.end
            if match.end() > at:
                break
    return out


# --- funds and inference ----------------------------------------------------------------------


def funds_named(doc: Document) -> list[tuple[str, str]]:
    """The funds the text names as sources of money, (name, quote), in the table's order."""
    out = []
    taken: list[tuple[int, int]] = []
    for name, pattern, group in _FUNDS:
        for match in doc.finditer_at_starts(pattern, group):
            if any(a <= match.start() < b for a, b in taken):
                continue  # "Europos socialinio fondo +" is ESF+, not also ESF
            end = _word_end(doc.text, match.end())
            taken.append((match.start(), end))
            out.append((name, doc.text[match.start() : end]))
            break
    return out


def _word_end(text: str, pos: int) -> int:
    while pos < len(text) and (text[pos].isalnum() or text[pos] == "+"):
        pos += 1
    return pos


def _found(doc: Document, key: str) -> re.Match[str] | None:
    return doc.match_at_starts(_INFERENCE[key], f"programmes.inference.{key}")


def _found_outside(
    doc: Document, key: str, spans: tuple[tuple[int, int], ...]
) -> re.Match[str] | None:
    """The first match of an inference pattern outside the given spans (the names of the
    programmes of other projects, whose words tell nothing of the page's own project)."""
    if not spans:
        return _found(doc, key)
    for match in doc.finditer_at_starts(_INFERENCE[key], f"programmes.inference.{key}"):
        if not any(a <= match.start() < b for a, b in spans):
            return match
    return None


def _guesses(
    doc: Document, funds: list[tuple[str, str]], passing: tuple[tuple[int, int], ...] = ()
) -> list[ProgrammeGuess]:
    """Programmes that follow from the text's words, for each period they would need."""
    guesses: list[ProgrammeGuess] = []
    cooperation = _found_outside(doc, "cooperation", passing) is not None
    region = _found_outside(doc, "bsr_region", passing)
    if region is not None:
        # The region a transnational programme is named by, in a project with partners abroad
        # (the text's words say so, or the partners' countries will).
        quote = doc.text[region.start() : region.end()]
        guesses.append(
            ProgrammeGuess("Interreg Baltic Sea Region", None, quote, abroad=not cooperation)
        )
    names = {name for name, _quote in funds}
    if not cooperation and _found(doc, "national") is not None:
        # A national mark and nothing across borders: the fund is a national programme's.
        candidates = [
            r
            for r in table.rows()
            if r.period is not None and r.kind in ("national", "rural") and names & set(r.funds)
        ]
    else:
        # Otherwise only a fund that no cooperation programme spends tells the programme.
        shared = {f for r in table.rows() if r.kind == "cooperation" for f in r.funds}
        own = names - shared
        candidates = [r for r in table.rows() if r.period is not None and own & set(r.funds)]
    quote = funds[0][1] if funds else ""
    guesses.extend(_group_guesses(doc, names))
    for period in (None, "2007-2013", "2014-2020", "2021-2027"):
        fitting = [r for r in candidates if period is None or r.eu_period == period]
        programmes = list(dict.fromkeys(r.programme for r in fitting))
        if len(programmes) == 1:
            guesses.append(ProgrammeGuess(programmes[0], period, quote))
        elif programmes and all(table.kind(p) == "national" for p in programmes):
            guesses.append(ProgrammeGuess(GENERIC, period, quote))
    return guesses


def _group_guesses(doc: Document, funds: set[str]) -> list[ProgrammeGuess]:
    """The programme a local action group's strategy is funded by, where no other fund is
    named: a fisheries region's group (ŽRVVG) the fisheries programme, a rural group (VVG)
    the Rural Development Programme (LEADER). Any period: the dates tell which."""
    for key, programme, own in (
        ("fisheries_group", "Fisheries Operational Programme", {"EMFF", "EMFAF", "EFF"}),
        ("local_action_group", "Rural Development Programme for Lithuania", {"EAFRD"}),
    ):
        found = _found(doc, key)
        if found is not None and funds <= own and not _not_leader(doc, key, funds):
            return [ProgrammeGuess(programme, None, doc.text[found.start() : found.end()])]
    return []


def _not_leader(doc: Document, key: str, funds: set[str]) -> bool:
    """Whether a rural group's project is paid by money that is not LEADER's: the state's
    support for rural communities, or (no fund named, no EU money) the municipality's budget.
    """
    if key != "local_action_group":
        return False
    if _found(doc, "national_support") is not None:
        return True
    return (
        not funds
        and _found(doc, "municipal_budget") is not None
        and _found(doc, "eu_money") is None
    )


def _generic_guesses(quote: str, funds: list[tuple[str, str]]) -> list[ProgrammeGuess]:
    """The operational programme the structural funds of a period stand for, when one does."""
    names = {name for name, _quote in funds}
    structural = {f for r in table.rows_of(GENERIC) for f in r.funds}
    out = []
    for period in ("2007-2013", "2014-2020", "2021-2027"):
        # The structural funds' programmes only (not the Recovery Facility, national too).
        rows = [
            r
            for r in table.rows()
            if r.kind == "national"
            and r.eu_period == period
            and r.programme != GENERIC
            and structural & set(r.funds)
        ]
        if names:
            rows = [r for r in rows if names.intersection(r.funds)] or rows
        programmes = list(dict.fromkeys(r.programme for r in rows))
        if len(programmes) == 1:
            out.append(ProgrammeGuess(programmes[0], period, quote))
    return out


# --- the choice -------------------------------------------------------------------------------


def _code_choice(
    code: Code, named: list[Mention], funds: list[tuple[str, str]]
) -> tuple[ProgrammeRow, ...]:
    """The rows a code points to, narrowed to the programme the text names or funds."""
    programmes = list(dict.fromkeys(r.programme for r in code.rows))
    if len(programmes) > 1:
        stated = [p for p in programmes if any(m.programme == p for m in named)]
        fund_names = {name for name, _q in funds}
        funded = [p for p in programmes if any(fund_names & set(r.funds) for r in table.rows_of(p))]
        keep = (stated or funded or programmes)[0]
        return tuple(r for r in code.rows if r.programme == keep)
    return code.rows


@cache
def _before_eu_periods(programme: str) -> bool:
    """Whether every period of a programme ended before the first EU period (Interreg III)."""
    periods = [r.period for r in table.rows_of(programme)]
    return bool(periods) and all(p is not None and p[-4:] < PERIODS[0][:4] for p in periods)


def _of_other_projects(doc: Document, mention: Mention, titles: tuple[str, ...]) -> int | None:
    """Where a programme's name ends that the text gives to other projects than its own (the
    projects in the plural, or one named in quotes that is none of the page's titles), else None.

    >>> from cwlib.parse.document import Document
    >>> doc = Document("Mokykla dalyvauja Erasmus+ projektuose.", "x.txt")
    >>> _of_other_projects(doc, Mention("Erasmus+", (), 18, 26, "Erasmus+"), ())
    38
    """
    match = _OTHER_PROJECTS.match(doc.lower, mention.end)
    if match is None:
        return None
    name = match.group("name")
    if name is not None:
        name = name.strip()
        own = [t.lower().strip() for t in titles if t and t.strip()]
        if not own or any(name in t or t in name for t in own):
            return None  # the page's own project (or a page whose title is not known)
    return match.end()


def choose(
    doc: Document,
    number: Code | None,
    measure: Code | None,
    funds: list[tuple[str, str]],
    named: list[Mention],
    titles: tuple[str, ...] = (),
) -> Choice:
    """The programme the text names or its codes imply, and what else would tell it.

    A programme named in the text wins, narrowed to the code's period when the code is the
    same programme's; a code of another programme wins over a programme merely named (a code
    belongs to this project, a name may be a footer's); the structural funds named without
    their programme give way to a national programme the text or a code names. A programme
    named of other projects ("mokykla dalyvauja Erasmus+ projektuose", "Interreg Europe
    projekto „…“ partnerė", the quoted name none of the page's ``titles``) gives way to another
    programme the text names, and to one its funds imply for the project's period.
    """
    code = number or measure
    code_rows = _code_choice(code, named, funds) if code else ()
    code_programme = code_rows[0].programme if code_rows else None
    specific = [m for m in named if m.programme != GENERIC]
    passing: dict[Mention, int] = {}
    for mention in specific:
        end = _of_other_projects(doc, mention, titles)
        if end is not None:
            passing[mention] = end
    if passing and code_programme in (None, GENERIC):
        own = [m for m in specific if m not in passing]
        if own or any(m.programme == GENERIC for m in named):
            specific = own
        else:
            spans = tuple((m.start, end) for m, end in passing.items())
            inferred = _guesses(doc, funds, spans)
            if inferred:
                # The funds tell the project's programme once its period is known; failing
                # that, the programme named stands, as before.
                first = specific[0]
                rows = first.rows or table.rows_of(first.programme)
                fallback = [
                    ProgrammeGuess(p, None, first.quote, "stated")
                    for p in dict.fromkeys(r.programme for r in rows)
                ][:1]
                return Choice(None, None, (), None, (*inferred, *fallback))
    # A programme of the years before the EU periods (Interreg III) named beside a later one
    # is the history of the cooperation the later one carries on: the later one is the project's.
    specific.sort(key=lambda m: _before_eu_periods(m.programme))
    generic = [m for m in named if m.programme == GENERIC]
    if code_programme is not None and code_programme != GENERIC:
        same = [m for m in specific if code_programme in {r.programme for r in m.rows}]
        if same:
            rows = tuple(r for r in code_rows if r in same[0].rows) or code_rows
            return Choice(code_programme, "stated", rows, same[0].quote, ())
        return Choice(code_programme, "code", code_rows, code.code if code else None, ())
    if specific:
        first = specific[0]
        programmes = list(dict.fromkeys(r.programme for r in first.rows))
        if len(programmes) > 1:
            # A form two generations share: the period tells which (else the first).
            guesses = [
                ProgrammeGuess(r.programme, r.eu_period, first.quote, "stated") for r in first.rows
            ]
            guesses.append(ProgrammeGuess(programmes[0], None, first.quote, "stated"))
            return Choice(None, None, (), None, tuple(guesses))
        rows = first.rows or table.rows_of(first.programme)
        return Choice(first.programme, "stated", rows, first.quote, ())
    if generic:
        mention = generic[0]
        # The structural funds of a period stand for its operational programme; those of a
        # period before the EU periods (the 2004-2006 Single Programming Document) for none.
        earlier = mention.years is not None and mention.years not in PERIODS
        guesses = [] if earlier else _generic_guesses(mention.quote, funds)
        return Choice(GENERIC, "stated", table.rows_of(GENERIC), mention.quote, tuple(guesses))
    return Choice(None, None, (), None, tuple(_guesses(doc, funds)))
