"""Patterns tried only where a match can begin, and where a literal stands.

Every finder that is fast is fast the same way: instead of letting a pattern scan the whole
text (trying it at every character), it is tried only at the few places a match can begin,
found by the Document's keyword scan or by ``str.find``. The loop that does this must give
exactly what ``finditer`` gives, or a finder's answers change with the way it was called; so
it is written once, here, and every finder calls it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence

__all__ = ["first_match_in", "literal_starts", "matches_at"]


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` when every match begins at one of ``starts``.

    ``starts`` ascend and may repeat (two keywords of a group at one place). The pattern is
    tried there only, left to right, never overlapping a match it gave; after an empty match
    the next try is a character on, as with ``finditer``.

    >>> [m.group() for m in matches_at(re.compile(r"\\d+"), "a 12 b 345", [2, 3, 7])]
    ['12', '345']
    """
    match_at = pattern.match
    end = 0
    for pos in starts:
        if pos >= end and (match := match_at(text, pos)) is not None:
            yield match
            end = match.end()
            if end <= pos:
                end = pos + 1


def first_match_in(
    pattern: re.Pattern[str],
    text: str,
    starts: Sequence[int],
    lo: int,
    hi: int,
    *,
    ending_inside: bool = False,
) -> re.Match[str] | None:
    """The first match of ``pattern`` that begins at one of ``starts`` inside ``[lo, hi)``
    (with ``ending_inside``, also ends by ``hi``), else None.

    ``starts`` ascend (a keyword group's hits): a binary search finds the first at or after
    ``lo``, then the pattern is tried at each in turn, at a start only, not searched on.

    >>> found = first_match_in(re.compile(r"\\d+"), "a 12 b 345", [2, 7], 3, 10)
    >>> found.group() if found else None
    '345'
    >>> first_match_in(re.compile(r"\\d+"), "a 12 b 345", [2, 7], 0, 9, ending_inside=True)
    <re.Match object; span=(2, 4), match='12'>
    """
    match_at = pattern.match
    for i in range(bisect_left(starts, lo), len(starts)):
        pos = starts[i]
        if pos >= hi:
            return None
        match = match_at(text, pos)
        if match is not None and (not ending_inside or match.end() <= hi):
            return match
    return None


def literal_starts(text: str, literal: str) -> list[int]:
    """Every place ``literal`` begins in ``text``, overlaps included, in order.

    >>> literal_starts("tenka atitenka", "tenk")
    [0, 9]
    """
    out = []
    pos = text.find(literal)
    while pos >= 0:
        out.append(pos)
        pos = text.find(literal, pos + 1)
    return out
