"""Cutting a text into lines, sentences and sections, keeping every offset.

The other extractors look for facts inside one sentence or one section, and they report
quotes as offsets into the whole text; so segments are spans, never copies that lose their
place.

Why it is written the way it is: every page is cut once, and cutting used to cost as much as
an extractor (a line split, two strips and a frozen dataclass per line and per sentence). Now
the lines are the matches of one pattern over the whole text, and the sentence boundaries the
matches of another, found in one scan and dealt out to their lines; a :class:`Span` is a named
tuple, which costs a third of a frozen dataclass to make.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from cwlib.lexicon import load as lexicon
from cwlib.patterns import compiled

__all__ = ["BULLET", "Span", "flow", "lines", "overlapping", "sentences", "strip_span"]


class Span(NamedTuple):
    """A piece of the text: ``text == whole[start:end]``."""

    start: int
    end: int
    text: str

    def sub(self, start: int, end: int) -> Span:
        """A span inside this one, from offsets relative to ``self.text``."""
        return _span(Span, (self.start + start, self.start + end, self.text[start:end]))


_span = tuple.__new__
"""``_span(Span, (start, end, text))`` makes a Span without the Python-level ``__new__``."""


def strip_span(span: Span, chars: str | None = None) -> Span:
    """The span without leading and trailing white space (or ``chars``), offsets kept."""
    text = span.text
    left = len(text) - len(text.lstrip(chars))
    right = len(text.rstrip(chars))
    if right <= left:
        return _span(Span, (span.start + left, span.start + left, ""))
    if left == 0 and right == len(text):
        return span
    return span.sub(left, right)


def overlapping(
    spans: Sequence[Span], starts: Sequence[int], ranges: Iterable[tuple[int, int]]
) -> list[int]:
    """The numbers of the ``spans`` that overlap one of ``ranges`` (``[start, end)``), in order,
    once each. ``spans`` are in order and never overlap, as lines and sentences are; ``starts``
    are where they start (``Document.line_starts``, ``.sentence_starts``), for a binary search.

    An extractor that needs only the lines or sentences holding a sum, a keyword or a mark
    visits those instead of testing every one.

    >>> text = "Vienas. Du 5 Eur. Trys."
    >>> found = sentences(text)
    >>> overlapping(found, [s.start for s in found], [(11, 12)])
    [1]
    """
    found = set()
    n = len(spans)
    for start, end in ranges:
        i = bisect_right(starts, start) - 1
        if i < 0:
            i = 0
        # starts[i] is spans[i].start, and spans[i][1] its end: no attribute look-ups
        while i < n and starts[i] < end:
            if spans[i][1] > start:
                found.add(i)
            i += 1
    return sorted(found)


def holding(spans: Sequence[Span], starts: Sequence[int], positions: Iterable[int]) -> list[int]:
    """The numbers of the ``spans`` that hold one of ``positions``, in order, once each: what
    :func:`overlapping` tells for one-character ranges, by one binary search a position
    (the spans in order and disjoint, ``starts`` where they start).

    >>> text = "Vienas. Du 5 Eur. Trys."
    >>> found = sentences(text)
    >>> holding(found, [s.start for s in found], [11, 2, 7])
    [0, 1]
    """
    found = set()
    for pos in positions:
        i = bisect_right(starts, pos) - 1
        if i >= 0 and spans[i][1] > pos:
            found.add(i)
    return sorted(found)


def lines(text: str, pieces: list[str] | None = None) -> tuple[Span, ...]:
    """Non-empty lines, stripped, with their offsets (``Document.lines`` keeps them per text).

    A line ends at a line feed only (as ``str.split("\\n")`` cuts); other white space at its
    ends is stripped as ``str.strip`` strips it. (``str`` methods, not a pattern: the engine
    would test every character of the page.) ``pieces``: ``text.split("\\n")`` when the
    caller has it (the Document cuts a page once for its lines and :func:`flow`).
    """
    out: list[Span] = []
    append = out.append
    pos = 0
    for raw in text.split("\n") if pieces is None else pieces:
        line = raw.strip()
        if line:
            start = pos + len(raw) - len(raw.lstrip())
            append(_span(Span, (start, start + len(line), line)))
        pos += len(raw) + 1
    return tuple(out)


# Abbreviations after which a full stop does not end a Lithuanian sentence: year and day
# markers (2020 m., 3 d.), street (g.), scale words, numbering and the usual short forms.
_ABBREVIATIONS = frozenset(lexicon.words("segments", "abbreviations"))

_AFTER_MARK = r"""
    ["”“»)]?             # optionally closed by a quote or bracket
    [^\S\n]+             # white space within the line
    (?=(?:,,|[„"“«(])?[A-ZĄČĘĖĮŠŲŪŽ0-9•\-–])   # the next sentence opens with a capital, digit or bullet
"""
_BOUNDARY = compiled(
    r"""
    [.!?…]               # a sentence-ending mark (the sentence ends after it)
    """
    + _AFTER_MARK,
    re.VERBOSE,
)
_FULL_STOP_BOUNDARY = compiled(
    r"""
    \.                   # a full stop (the sentence ends after it)
    """
    + _AFTER_MARK,
    re.VERBOSE,
)
"""The same boundaries in a text with no ``!``, ``?`` or ``…``: a literal first character lets
the regex engine skip to the full stops, where a class makes it try every position (8x)."""
_LAST_WORD = compiled(
    r"""
    (\w+)\.\W*$                 # the word before a full stop at the end of a piece
    """,
    re.VERBOSE,
)
_OPENERS = frozenset(lexicon.words("segments", "openers"))
_OPENER_STEMS = tuple(lexicon.table("segments", "openers")["stems"])
_OPENER_AFTER = frozenset(lexicon.table("segments", "openers")["after"])
_NEXT_WORD = compiled(
    r"""
    (?:,,|[„"“«(])?             # perhaps an opening quote or bracket
    (\w+)                       # the word that follows a boundary
    """,
    re.VERBOSE,
)
_INITIAL = compiled(
    r"""
    [A-ZĄČĘĖĮŠŲŪŽ]              # one capital: a person's initial in a name ("P. Vaičaičių")
    """,
    re.VERBOSE,
)


def sentences(text: str, text_lines: tuple[Span, ...] | None = None) -> tuple[Span, ...]:
    """Sentences, never crossing a line break, with abbreviations kept inside their sentence.

    ``text_lines`` are ``lines(text)`` when the caller has them already. A boundary is a
    sentence mark, white space and a capital, digit or bullet after it, unless the word before
    the mark is an abbreviation (``2020 m. Sausio``): one scan of the whole text finds them
    all, and each line is cut at the boundaries inside it.
    """
    all_lines = lines(text) if text_lines is None else text_lines
    out: list[Span] = []
    append = out.append
    marks = "!" in text or "?" in text or "…" in text
    bounds = (_BOUNDARY if marks else _FULL_STOP_BOUNDARY).finditer(text)
    bound = next(bounds, None)
    for line in all_lines:
        line_end = line.end
        # Boundaries before this line (none can be: lines cover every visible character) or
        # inside it; a boundary's mark is the last character of the sentence before it.
        if bound is None or bound.start() >= line_end:
            append(line)  # no boundary inside: the line is one sentence
            continue
        start = line.start
        while bound is not None and bound.start() < line_end:
            cut = bound.start() + 1  # just after the mark
            if cut - 1 >= start:
                word = _LAST_WORD.search(text, max(start, cut - 12), cut)
                last = word.group(1) if word else ""
                low = last.lower()
                # "2020 m. …", "Anykščių J. ir P. Vaičaičių …": no end of a sentence, unless
                # a common word opens the next ("… 31 d. Projekto vertė …") or a layout gap
                # of several spaces does (blocks of a page flattened onto one line)
                if not (low in _ABBREVIATIONS or _INITIAL.fullmatch(last)) or (
                    low in _OPENER_AFTER
                    and (_gap(text, cut, bound.end()) or _opens(text, bound.end()))
                ):
                    if cut > start:
                        append(_span(Span, (start, cut, text[start:cut])))
                    start = bound.end()
            bound = next(bounds, None)
        append(_span(Span, (start, line_end, text[start:line_end])))
    return tuple(out)


def _gap(text: str, start: int, end: int) -> bool:
    """Whether the white space after a stop is a layout gap (two or more spaces, a tab): how
    a page's blocks read when they were flattened onto one line."""
    return end - start >= 2 and sum(ch.isspace() for ch in text[start:end]) >= 2


def _opens(text: str, pos: int) -> bool:
    """Whether the word at ``pos`` is a common word that only a new sentence capitalises
    (``segments.toml`` ``openers``): after an abbreviation's stop it ends the sentence."""
    found = _NEXT_WORD.match(text, pos)
    if found is None:
        return False
    word = found.group(1).lower()
    return word in _OPENERS or word.startswith(_OPENER_STEMS)


BULLET = compiled(
    r"""
    ^\s*
    (?:
        [•·●▪◦‣∙*\-–—]      # a bullet sign or dash
      | \d{1,2}[.)](?!\d)   # or a list number: 1. or 1)
    )
    \s*
    """,
    re.VERBOSE,
)
"""The mark that opens a list item; the partner and result extractors share it."""


def flow(text: str, pieces: list[str] | None = None) -> tuple[str, frozenset[int]]:
    """``text`` with the line breaks that break a sentence made spaces (same length, same
    offsets), and where a word was hyphenated across a line break.

    A line continues on the next (across at most one blank line) when the next opens in
    lower case and the line does not end with a stop or colon ("Raseinių rajono
    savivaldybės\\nadministracija"); directly, when the line ends with a comma, a joiner ("ir",
    "bei") or a hyphen after a letter (the word is then written whole, "Aly-\\ntaus" → "Alytaus",
    and the freed characters follow it as spaces), or it is a long line of a list (commas,
    no stop) wrapped at a column's width ("… Klaipėdos\\nEduardo Balsio menų gimnazija"). Returns the
    flowed text and the offsets of the hyphens that broke a word. One pass over the lines:
    linear time. ``pieces``: ``text.split("\\n")`` when the caller has it (as for :func:`lines`).

    >>> flow("Raseinių Pušyno\\nprogimnazija")[0]
    'Raseinių Pušyno progimnazija'
    >>> flow("Pagrindinis partne-\\nris – Suvalkų muziejus")[0]
    'Pagrindinis partneris   – Suvalkų muziejus'
    """
    if "\n" not in text:
        return text, frozenset()
    # The changes, in text order and never overlapping: (start, end, what stands there now).
    # (Pieces, not the text as a list of characters: that cost more than the rest of flow.)
    edits: list[tuple[int, int, str]] = []
    hyphens: set[int] = set()
    raws = text.split("\n") if pieces is None else pieces
    starts = []  # where each line starts
    pos = 0
    for raw in raws:
        starts.append(pos)
        pos += len(raw) + 1
    last = len(raws) - 1
    i = 0
    while i < last:
        start = starts[i]
        line = raws[i].rstrip()
        if not line or line.isspace():
            i += 1
            continue
        j = i + 1
        blank = not raws[j] or raws[j].isspace()
        if blank and j < last:
            j += 1  # one blank line between
        before = line[-1]
        if before in ".!?:;":
            i = j  # a line that ends a sentence or opens a list never goes on
            continue
        nxt = raws[j].lstrip()
        if not nxt:
            i = j
            continue
        after = nxt[0]
        rest_start = starts[j] + len(raws[j]) - len(nxt)  # where the next line's text starts
        join = False
        if (
            not blank
            and before == "-"
            and len(line) >= 2
            and line[-2].isalpha()
            and after.islower()
        ):
            # "Aly-\\ntaus" → "Alytaus" and the freed characters as spaces after the word: the
            # word reads whole, and every offset outside it stays where it was.
            hyphen = start + len(line) - 1
            tail = len(nxt) - len(nxt.lstrip("abcdefghijklmnopqrstuvwxyząčęėįšųūž"))
            moved = text[rest_start : rest_start + tail]
            edits.append((hyphen, rest_start + tail, moved + " " * (rest_start - hyphen)))
            hyphens.add(hyphen)
            i = j
            continue
        elif (after.islower() and before not in ".!?:;") or (
            not blank and (before == "," or line.endswith((" ir", " bei", " and")))
        ):
            join = True
        elif (
            not blank
            and len(line) >= 60
            and line.count(",") >= 2
            and "|" not in line
            and before not in ".!?:;"
            and after not in "•·-–*"
            and not nxt.rstrip().endswith(":")
        ):
            join = True  # a list of names wrapped at the width of a column
        if join:
            edits.append((start + len(line), rest_start, " " * (rest_start - start - len(line))))
        i = j
    if not edits:
        return text, frozenset(hyphens)
    pieces = []
    pos = 0
    for begin, end, written in edits:
        pieces.append(text[pos:begin])
        pieces.append(written)
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces), frozenset(hyphens)
