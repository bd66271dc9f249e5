"""Cutting a text into lines, sentences and sections, keeping every offset.

The other extractors look for facts inside one sentence or one section, and they report
quotes as offsets into the whole text; so segments are spans, never copies that lose their
place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cwlib.lexicon import load as lexicon

__all__ = ["BULLET", "Span", "lines", "sentences", "strip_span"]


@dataclass(frozen=True)
class Span:
    """A piece of the text: ``text == whole[start:end]``."""

    start: int
    end: int
    text: str

    def sub(self, start: int, end: int) -> Span:
        """A span inside this one, from offsets relative to ``self.text``."""
        return Span(self.start + start, self.start + end, self.text[start:end])


def strip_span(span: Span, chars: str | None = None) -> Span:
    """The span without leading and trailing white space (or ``chars``), offsets kept."""
    text = span.text
    left = len(text) - len(text.lstrip(chars))
    right = len(text.rstrip(chars))
    if right <= left:
        return Span(span.start + left, span.start + left, "")
    return span.sub(left, right)


def lines(text: str) -> tuple[Span, ...]:
    """Non-empty lines, stripped, with their offsets (``Document.lines`` keeps them per text)."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        span = strip_span(Span(pos, pos + len(raw), raw))
        if span.text:
            out.append(span)
        pos += len(raw) + 1
    return tuple(out)


# Abbreviations after which a full stop does not end a Lithuanian sentence: year and day
# markers (2020 m., 3 d.), street (g.), scale words, numbering and the usual short forms.
_ABBREVIATIONS = frozenset(lexicon.words("segments", "abbreviations"))

_BOUNDARY = re.compile(
    r"""
    (?<=[.!?…])          # a sentence-ending mark
    ["”“»)]?             # optionally closed by a quote or bracket
    \s+                  # white space (a line break counts too)
    (?=(?:,,|[„"“«(])?[A-ZĄČĘĖĮŠŲŪŽ0-9•\-–])   # the next sentence opens with a capital, digit or bullet
    """,
    re.VERBOSE,
)
_LAST_WORD = re.compile(r"(\w+)\.\W*$")


def sentences(text: str, text_lines: tuple[Span, ...] | None = None) -> tuple[Span, ...]:
    """Sentences, never crossing a line break, with abbreviations kept inside their sentence.

    ``text_lines`` are ``lines(text)`` when the caller has them already.
    """
    out: list[Span] = []
    for line in lines(text) if text_lines is None else text_lines:
        start = 0
        for match in _BOUNDARY.finditer(line.text):
            before = line.text[start : match.start()]
            word = _LAST_WORD.search(before[-12:])
            if word and word.group(1).lower() in _ABBREVIATIONS:
                continue
            piece = strip_span(line.sub(start, match.start()))
            if piece.text:
                out.append(piece)
            start = match.end()
        piece = strip_span(line.sub(start, len(line.text)))
        if piece.text:
            out.append(piece)
    return tuple(out)


BULLET = re.compile(
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
