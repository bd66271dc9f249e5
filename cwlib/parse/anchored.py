"""Patterns tried only where a match can begin, and where a literal stands.

Every finder that is fast is fast the same way: instead of letting a pattern scan the whole
text (trying it at every character), it is tried only at the few places a match can begin,
found by the Document's keyword scan or by ``str.find``. The loop that does this must give
exactly what ``finditer`` gives, or a finder's answers change with the way it was called; so
it is written once, here, and every finder calls it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = ["literal_starts", "matches_at"]


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
