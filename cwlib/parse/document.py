"""One text, read once: the views of it that every extractor shares.

Why: each extractor used to cut the text into lines and sentences again, look for sums and
dates again, and run its case-insensitive word patterns over the whole text, so one page was
scanned some eighty times. A :class:`Document` is made once per text and holds

* the text in Unicode NFC (every quote is a substring of ``doc.text``) and a lower-cased copy
  of the same length (``doc.lower``: word patterns run on it without ``re.IGNORECASE``, which
  lets the regex engine skip to their first letters);
* its lines, sentences, list items, tables and flattened cards (``cwlib.parse.segments``,
  ``.tabular``);
* its sums, percentages, dates, date ranges and durations (``.numbers``, ``.dates``), and the
  figures beside a currency that cannot be read whole;
* the position of every keyword of the lexicon, from ONE Aho-Corasick pass over ``doc.lower``
  (pyahocorasick). A keyword group is a table of a lexicon file that lists ``keywords``
  (``"budgets.eu"``: the stems of the words naming EU money); an extractor declares the groups
  it uses in its ``KEYWORDS`` and runs a pattern only where one of them stands.

Each view is computed on first use and kept (:class:`_view`: ``functools.cached_property``
without its lock), so a text that holds no table never pays for looking for one. Offsets are
always offsets into ``doc.text``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator
from functools import cache
from typing import Any, Generic, TypeVar, overload

import ahocorasick

from cwlib.lexicon.load import keyword_groups
from cwlib.lexicon.programmes import alias_groups
from cwlib.parse import dates, numbers
from cwlib.parse.anchored import matches_at
from cwlib.parse.dates import DateRange, Duration
from cwlib.parse.segments import BULLET, Span, flow, lines, sentences
from cwlib.parse.tabular import LabelValue, TextTable, find_label_values, find_tables
from cwlib.patterns import compiled

__all__ = ["Document"]

_span = tuple.__new__
"""``_span(Span, (start, end, text))`` makes a Span without the Python-level ``__new__``."""


def _same_length_lower(text: str) -> str:
    """``text.lower()`` where that keeps every offset; else lower-cased letter by letter,
    keeping the few letters whose lower case is longer (``İ``) as they are."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_BULLET_FIRST = frozenset("•·●▪◦‣∙*-–—")
"""The characters a ``BULLET`` mark may open with, besides a digit (``\\d``: ``str.isdecimal``)."""

MONTH_GROUP = "dates.month_names"
"""The keyword group of month names (from ``cwlib.parse.dates``): where a date may start."""

MONEY_GROUP = "numbers.currency_words"
"""The keyword group of the currencies a sum may start with (``€``, ``eur``, ``lt``)."""

PERCENT_GROUP = "numbers.percent_units"
"""The keyword group of the percent sign and words (``%``, ``proc``, ``per``)."""

CENTURY_GROUP = "dates.centuries"
"""The keyword group of the first digits of a year (``19``, ``20``): where a date may be."""

LABEL_GROUP = "tables.label"
"""The keyword group of the labels of a project card: a line without one is no label."""

DURATION_GROUP = "dates.duration_units"
"""The keyword group of the units of a duration (``mėn``, ``met`` ...): where one may end."""


_DIGIT_RUN = compiled(
    r"""
    [^\x00-/:-\u065f](?<=\d)   # a digit (a set first: the engine skips to 0-9 and what lies
                              # from U+0660, where \d asks each character's category; no
                              # other decimal digit lies below U+0660), then a look-back
                              # keeping the digits of those
    \d*                       # and every digit after it: the whole run
    """,
    re.VERBOSE,
)
"""A run of digits of any script (``Document.digit_runs``)."""

_SINGLE_BYTE = "cp1257"
"""The Baltic code page: the letters, quotes, dashes and euro sign of Lithuanian, Latvian,
Estonian and Polish pages are one byte of it each, and its only digits are 0-9 (bytes
0x30-0x39; its superscripts are no ``\\d``)."""
_DIGIT_BYTES = bytes(0x30 if 0x30 <= b <= 0x39 else 0x20 for b in range(256))
"""The table that makes each byte of such a text ``0`` if it is a digit, else a space."""
_ZEROS = compiled(
    rb"""
    00*                       # a run of digits made 0s (a literal first: the engine skips to
                              # it with a plain loop, where a set is a call a character)
    """,
    re.VERBOSE,
)
_SPAN = re.Match.span
_FEW_MARKS = 64
"""The most question marks (the text's own and those standing for characters the code page
lacks) whose characters ``_digit_outside`` looks at; a text with more is scanned for its runs
with ``_DIGIT_RUN`` instead."""


def _digit_outside(text: str, coded: bytes) -> bool:
    """Whether a character the code page lacks is a digit: one that encoding made a ``?``
    (``coded``: ``text`` encoded with ``"replace"``, one byte a character, a lacking one
    ``?``; the text's own question marks are no digits)."""
    find = coded.find
    pos = find(b"?")
    while pos >= 0:
        if text[pos].isdecimal():  # what the pattern's \d is (a "?" of the text is none)
            return True
        pos = find(b"?", pos + 1)
    return False


_COMMON_FIRST = " iaosretnuklpmvdj0g.ėby2ųc,1šf3-–45ūžh8į6ąz)7(9:„“|wč/;ę%€"
"""Characters from the most to the least frequent in Lithuanian project pages. The automaton
looks a letter up among a trie node's children one by one, in the order they were added:
keywords added in this order put the letters most often looked up first (the scan of a page
takes about a seventh less time)."""


def _insertion_key(word: str) -> list[int]:
    """Sort key of a keyword: its characters' ranks in :data:`_COMMON_FIRST` (others after,
    by code point)."""
    rank = _COMMON_FIRST.find
    return [r if (r := rank(c)) >= 0 else len(_COMMON_FIRST) + ord(c) for c in word]


_ON_DEMAND = frozenset(
    {
        "budgets.partner_scope",
        "budgets.recipients",
        "events.document",
        "partners.header",
        "partners.not_partner_roles",
        "programmes.inference.eu_money",
        "tables.total_row",
    }
)
"""Keyword groups that no extractor asks the Document for on an ordinary page (their words
serve a pattern or a table's header elsewhere), found only when first asked: a page that never
asks pays nothing for their hits (some eighty a generated page, in the one pass). Which groups
these are is a measured choice (no generated, genre or real page asked for them); a wrong
choice costs time, never a result, since asked they are found by the same kind of scan.
``programmes.inference.eu_money`` (round 23) is asked only for a local action group's
project with no fund named and a municipal budget: no generated or genre page asked for it,
and most of its ~20 hits a generated page were the "es" inside words ("miestai")."""
_ON_DEMAND_PREFIXES = ("tables.columns.",)
"""Groups found on demand by the start of their names: the words of a table's column headers."""


def _groups() -> dict[str, tuple[str, ...]]:
    """Every keyword group, by name, with its words."""
    return {
        **alias_groups(),
        **keyword_groups(),
        MONTH_GROUP: tuple(sorted(dates.MONTH_NAMES)),
        DURATION_GROUP: dates.DURATION_UNITS,
        CENTURY_GROUP: dates.CENTURIES,
        MONEY_GROUP: numbers.CURRENCY_WORDS,
        PERCENT_GROUP: numbers.PERCENT_UNITS,
    }


def _on_demand(name: str) -> bool:
    """Whether a group is found only when asked (:data:`_ON_DEMAND`)."""
    return name in _ON_DEMAND or name.startswith(_ON_DEMAND_PREFIXES)


def _build(groups: dict[str, tuple[str, ...]], number_of: dict[str, int]) -> ahocorasick.Automaton:
    """An automaton over the words of ``groups``.

    Each keyword maps to (its length - 1, the number of the first group that lists it, the
    numbers of the others or None), so that a hit's start is ``end - value[0]`` and its groups
    are list indices, not names to look up; most keywords belong to one group, and their hits
    then run no inner loop.
    """
    by_word: dict[str, list[int]] = {}
    for name, words in groups.items():
        for word in words:
            by_word.setdefault(word, []).append(number_of[name])
    automaton = ahocorasick.Automaton()
    for word in sorted(by_word, key=_insertion_key):
        indices = by_word[word]
        automaton.add_word(word, (len(word) - 1, indices[0], tuple(indices[1:]) or None))
    automaton.make_automaton()
    return automaton


@cache
def _automaton() -> tuple[ahocorasick.Automaton, dict[str, int], tuple[str, ...], int]:
    """The automaton of the groups found in every text's one pass, each group's number (every
    group, the ones found on demand last), the names by number, and how many are found in the
    one pass."""
    groups = _groups()
    names = sorted(groups, key=_on_demand)  # stable: the groups' own order otherwise
    number_of = {name: i for i, name in enumerate(names)}
    eager = {name: words for name, words in groups.items() if not _on_demand(name)}
    return _build(eager, number_of), number_of, tuple(names), len(eager)


@cache
def _on_demand_automaton() -> ahocorasick.Automaton:
    """The automaton of the groups found only when asked (:data:`_ON_DEMAND`)."""
    groups = {name: words for name, words in _groups().items() if _on_demand(name)}
    return _build(groups, _automaton()[1])


def _scan(automaton: ahocorasick.Automaton, lower: str, size: int) -> list[tuple[int, list[int]]]:
    """The start offsets of the keywords of each group the automaton holds, in the order their
    words end, for each group with any: (its number, its starts), in the order of the groups'
    first hits (a page has hits in some 60 of 100 groups: :func:`_by_name` visits these)."""
    found: list[list[int] | None] = [None] * size
    touched: list[tuple[int, list[int]]] = []
    add = touched.append
    for end, (before, first, others) in automaton.iter(lower):
        start = end - before
        starts = found[first]
        if starts is None:
            found[first] = starts = [start]
            add((first, starts))
        else:
            starts.append(start)
        if others is not None:
            for group in others:
                starts = found[group]
                if starts is None:
                    found[group] = starts = [start]
                    add((group, starts))
                else:
                    starts.append(start)
    return touched


_T = TypeVar("_T")


class _view(Generic[_T]):
    """``functools.cached_property`` without its lock: the value is computed on first access
    and put in the instance's ``__dict__``, where every later access finds it without calling
    the descriptor. (Python 3.11's ``cached_property`` takes an ``RLock`` on each first
    access, which cost more than some views; a Document is read by one thread.)"""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.attrname = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.attrname = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> _view[_T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _T: ...
    def __get__(self, instance: object | None, owner: type | None = None) -> _T | _view[_T]:
        if instance is None:
            return self
        value = instance.__dict__[self.attrname] = self.func(instance)
        return value


_NO_HITS: list[int] = []
"""What :meth:`Document.hits` returns for a group with no keyword in the text (never changed)."""


@cache
def _empty(first: int, last: int) -> dict[str, list[int]]:
    """The groups numbered ``first`` to ``last - 1`` by name, in that order, each with the
    shared empty list: what :func:`_by_name` fills in."""
    names = _automaton()[2]
    return {names[number]: _NO_HITS for number in range(first, last)}


def _by_name(
    found: list[tuple[int, list[int]]], names: tuple[str, ...], into: dict[str, list[int]]
) -> None:
    """Put the starts of ``_scan`` into ``into`` by group name, each in text order.

    ``into`` already holds every group of the scan with the shared empty list (a copy of
    :func:`_empty`), so only the groups with hits are visited, about 60 of 100 a page; the
    slow, obvious version visited every group to tell the empty ones. The same dict: the
    same keys in the same order, since ``_empty`` lists the groups in their numbers' order.
    """
    # Hits come in the order their words end; a group's starts are wanted in text order
    # (two words of a group may start at one place: a pattern is then tried there twice).
    for number, starts in found:
        if len(starts) > 1:
            starts.sort()
        into[names[number]] = starts


class _Hits(dict[str, list[int]]):
    """The starts of every keyword group by name (:meth:`Document.hits`): a dict whose
    missing keys are the groups found on demand (:data:`_ON_DEMAND`), scanned for and added
    at the first ask of any of them, or a name the lexicon does not have (KeyError)."""

    __slots__ = ("lower",)
    lower: str  # the text the groups found on demand are scanned for in (set when made)

    def __missing__(self, group: str) -> list[int]:
        numbers, names, eager = _automaton()[1:]
        if not _on_demand(group) or group not in numbers:
            raise KeyError(f"no keyword group {group!r} in the lexicon")
        self.update(_empty(eager, len(numbers)))
        _by_name(_scan(_on_demand_automaton(), self.lower, len(numbers)), names, self)
        return self[group]


class Document:
    """One text and every shared view of it; see the module docstring.

    >>> doc = Document("Projekto vertė – 48 000 Eur.\\nPartneriai: Rygos universitetas.", "t.txt")
    >>> [s.text for s in doc.sentences]
    ['Projekto vertė – 48 000 Eur.', 'Partneriai: Rygos universitetas.']
    >>> [m.amount for m in doc.amounts], doc.lower[:8]
    ([48000.0], 'projekto')
    """

    def __init__(self, text: str, source: str = "<text>") -> None:
        # normalize returns the text itself when its quick check finds it in NFC already
        self.text = text = unicodedata.normalize("NFC", text)
        self.source = source
        self.lower = _same_length_lower(text)

    # --- segments ---------------------------------------------------------------------------

    @_view
    def _pieces(self) -> list[str]:
        """``text.split("\\n")``: what ``lines`` and ``flowed`` both cut the page into (once a
        page; each cut it again, some 18,000 instructions a generated page). Never changed."""
        return self.text.split("\n")

    @_view
    def lines(self) -> tuple[Span, ...]:
        """Non-empty lines, stripped."""
        return lines(self.text, self._pieces)

    @_view
    def line_starts(self) -> list[int]:
        """Where each of ``lines`` starts (for binary searches)."""
        return [line.start for line in self.lines]

    @_view
    def sentences(self) -> tuple[Span, ...]:
        """Sentences (never across a line break)."""
        return sentences(self.text, self.lines)

    @_view
    def flowed(self) -> tuple[str, frozenset[int]]:
        """The text with the line breaks inside a sentence made spaces (same length, same
        offsets), and the offsets of hyphens that only break a word across lines
        (``segments.flow``): a name or a list wrapped over lines reads as one."""
        return flow(self.text, self._pieces)

    @_view
    def flowed_lines(self) -> tuple[Span, ...]:
        """Lines of the flowed text (a name wrapped over lines is one line)."""
        text = self.flowed[0]
        return self.lines if text == self.text else lines(text)

    @_view
    def flowed_sentences(self) -> tuple[Span, ...]:
        """Sentences of the flowed text (a sentence wrapped over lines is one); their text is
        the flowed text's, their offsets are offsets into ``text``."""
        text = self.flowed[0]
        return self.sentences if text == self.text else sentences(text, self.flowed_lines)

    @_view
    def bullets(self) -> tuple[Span, ...]:
        """List items: the lines that open with a bullet or a list number, without the mark."""
        # A line is stripped (``str.strip``) and the mark takes the white space after it
        # (``\s``: the same characters), so what follows the mark needs no stripping; a line
        # opening with a bullet sign is an item whose mark is the sign and the spaces after it.
        out: list[Span] = []
        append = out.append
        match = BULLET.match
        for start, end, text in self.lines:
            first = text[0]  # lines are stripped and never empty
            if first in _BULLET_FIRST:
                rest = text[1:].lstrip()
                append(_span(Span, (end - len(rest), end, rest)))
            elif first.isdecimal() and (mark := match(text)) is not None:
                at = mark.end()
                append(_span(Span, (start + at, end, text[at:])))
        return tuple(out)

    @_view
    def tables(self) -> tuple[TextTable, ...]:
        """Tables written in the text (bars, tabs, HTML rows)."""
        return find_tables(self.text, self.lines, self._label_lines)

    @_view
    def label_values(self) -> tuple[LabelValue, ...]:
        """Labels of flattened project cards paired with their values ("Projekto vertė" over
        its figure), in text order."""
        return find_label_values(self.text, self.lines, self._label_lines)

    @_view
    def _label_lines(self) -> set[int] | None:
        """The numbers of the lines holding a keyword of the card labels (every label holds
        one), or None (every line may be one) when the keyword offsets may not be those of the
        lower-cased line: İ is the one letter whose lower case is longer, and doc.lower keeps
        it."""
        if "\u0130" in self.text:
            return None
        starts = self.line_starts
        return {bisect_right(starts, pos) - 1 for pos in self.hits(LABEL_GROUP)}

    @_view
    def sentence_starts(self) -> list[int]:
        """Where each of ``sentences`` starts (for binary searches)."""
        return [s.start for s in self.sentences]

    def sentence_at(self, pos: int) -> Span | None:
        """The sentence holding the character at ``pos``, if any (a binary search)."""
        i = bisect_right(self.sentence_starts, pos) - 1
        if i >= 0 and pos < self.sentences[i].end:
            return self.sentences[i]
        return None

    # --- figures and dates --------------------------------------------------------------------

    @_view
    def _money_scan(self) -> tuple[list[numbers.Money], list[numbers.Unread]]:
        return numbers.scan_amounts(self.text, self.hits(MONEY_GROUP), self.digit_runs)

    @_view
    def amounts(self) -> tuple[numbers.Money, ...]:
        """Sums of money, in order."""
        return tuple(self._money_scan[0])

    @_view
    def unread_figures(self) -> tuple[numbers.Unread, ...]:
        """Figures beside a currency that cannot be read whole (never read in part), in order."""
        return tuple(self._money_scan[1])

    @_view
    def percentages(self) -> tuple[numbers.Percent, ...]:
        """Percentages, in order."""
        return tuple(numbers.find_percentages(self.text, self.hits(PERCENT_GROUP)))

    @_view
    def dates(self) -> tuple[dates.DateMention, ...]:
        """Every date, both ends of a range included (``dates.find_dates``)."""
        return dates.read_dates(self.text, self.hits(MONTH_GROUP), self.hits(CENTURY_GROUP))

    @_view
    def ranges(self) -> tuple[DateRange, ...]:
        """Date ranges (two dates joined by a dash, ``iki``, ``to`` ...): ``dates.find_ranges``,
        paired from ``dates`` (read once a page; the finders' cache hashed the whole page)."""
        return tuple(dates.ranges_of(self.text, self.dates))

    @_view
    def durations(self) -> tuple[Duration, ...]:
        """Stated lengths of time."""
        return tuple(dates.find_durations(self.text, self.hits(DURATION_GROUP)))

    @_view
    def digit_runs(self) -> list[tuple[int, int]]:
        """Where each run of digits (``\\d``: any script's) starts and ends, in order.

        Why: the counts of results (``results._COUNT``), the runs that may be phone numbers
        (``personal.DIGIT_RUN``) and the figures that may begin a sum (the money scout of
        ``numbers``) were three scans of the whole page for digits, some 70 µs a page together.
        Each can begin only where a run begins (a count and a sum's figure refuse a word
        character, which a digit is, right before their first digit; a phone's run is whole
        runs and the gaps between them), so each starts from these runs: one scan a page.
        """
        # A text encoded in the Baltic code page, a character it lacks made a "?", is one byte
        # a character; its only digits are 0-9, at the same offsets as in the text, unless a
        # lacking character was a digit. Made 0s and spaces, its runs are found by a scan for
        # a literal, about a third cheaper than the set of _DIGIT_RUN. Most Lithuanian pages
        # fit the code page whole; of those that do not (a tenth of the generated ones: a
        # figure dash), most lack a few characters, none of them a digit, which are looked at
        # one by one (they were all scanned with _DIGIT_RUN before round 23); pages with
        # more question marks, or a lacking digit, are scanned with _DIGIT_RUN.
        text = self.text
        coded = text.encode(_SINGLE_BYTE, "replace")
        # ("in" first: a search for one byte is far cheaper than counting; most pages have
        # no question mark at all)
        if (
            b"?" not in coded
            or (marks := coded.count(b"?")) == text.count("?")
            or (marks <= _FEW_MARKS and not _digit_outside(text, coded))
        ):
            return list(map(_SPAN, _ZEROS.finditer(coded.translate(_DIGIT_BYTES))))
        return list(map(_SPAN, _DIGIT_RUN.finditer(text)))

    # --- keywords -----------------------------------------------------------------------------

    @_view
    def _hits_by_group(self) -> _Hits:
        """Start offsets of the keywords of each group found in the text, in order, by group
        name; a group none of whose keywords stands in the text has the shared empty list
        (``hits`` is asked for absent groups some ten times a page: a look-up that raised
        KeyError for them cost more than filling them in). The groups found on demand
        (:data:`_ON_DEMAND`) are added when first asked."""
        automaton, _numbers, names, eager = _automaton()
        found = _Hits(_empty(0, eager))  # (dict's own init: a Python __init__ cost 3x more)
        found.lower = self.lower
        _by_name(_scan(automaton, self.lower, eager), names, found)
        return found

    @_view
    def hits(self) -> Callable[[str], list[int]]:
        """``doc.hits(group)``: where the keywords of one group start, in order (empty if none
        stands in the text; KeyError for a group the lexicon does not have).

        A keyword is a literal stem: a hit says a pattern of the group may match there, the
        pattern decides. Extractors ask this some hundred times a page, so after the first
        ask it is the look-up itself: the view is the bound ``__getitem__`` of the groups'
        dict, kept on the instance, and a call runs no Python frame (a method that looked the
        group up cost about twice as much a call; the same answers, the groups found on
        demand included, through :meth:`_Hits.__missing__`).
        """
        return self._hits_by_group.__getitem__

    def has(self, group: str) -> bool:
        """True when a keyword of the group stands anywhere in the text."""
        return bool(self.hits(group))

    def match_at_starts(
        self, pattern: re.Pattern[str], group: str, *, lower: bool = True
    ) -> re.Match[str] | None:
        """The leftmost match of ``pattern`` that begins where a word of ``group`` begins.

        The same as ``pattern.search(doc.lower)`` (or ``doc.text`` with ``lower=False``) when
        every match begins with one of the group's words (a lexicon table's ``starts``), at
        the cost of a few anchored tries instead of a scan of the whole text.
        """
        searched = self.lower if lower else self.text
        for pos in self.hits(group):
            match = pattern.match(searched, pos)
            if match is not None:
                return match
        return None

    def finditer_at_starts(
        self,
        pattern: re.Pattern[str],
        group: str,
        *,
        lower: bool = True,
        searched: str | None = None,
    ) -> Iterator[re.Match[str]]:
        """The matches of ``pattern`` that begin where a word of ``group`` begins, left to right
        and never overlapping: the same as ``pattern.finditer`` when every match begins with
        one of the group's words (a lexicon table's ``starts``).

        ``searched``: another view of the text with the same positions (the flowed text, where
        a phrase broken over lines reads whole); by default the lower-cased or the plain text.
        """
        if searched is None:
            searched = self.lower if lower else self.text
        return matches_at(pattern, searched, self.hits(group))

    def has_in(self, group: str, start: int, end: int) -> bool:
        """True when a keyword of the group starts inside ``[start, end)``."""
        found = self.hits(group)
        if not found:
            return False
        i = bisect_right(found, start - 1)
        return i < len(found) and found[i] < end
