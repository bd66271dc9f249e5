"""The last few characters every match of a pattern ends with, read off the pattern itself.

Why: a pattern anchored at the end of the words before a figure (``…\\s*$``: "ne mažiau kaip
⎵", "apie ⎵") is searched once a figure, and the engine tries it at every character of those
words, each time through every branch of the lexicon's alternation: some 5 µs a figure,
nearly always for no match. Its match must end where the words end, so it ends with one of
the few endings its branches have ("aip", "pie", "~" ...): one ``str.endswith`` of those
rules out most searches. The endings are computed from the pattern's parsed form, not
written by hand, so they follow the lexicon when its words change.

It reads CPython's parsed form of a pattern (``re._parser``, as :mod:`cwlib.patterns` does).
Where that is missing, or a part of the pattern that decides the endings reads a class of
characters it cannot list (``\\w``, a negated set, any character), it gives None: no gate,
the pattern is searched as before.

:func:`white_runs` reads the same parsed form for how many runs of white space a match can
hold: what stands between two places a gate knows (a verb and the number written as words
after it) is then at most that many words long, which ``str.split`` tells cheaply.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

__all__ = ["endings", "white_runs"]

try:  # CPython's pure-Python parser (no stubs: typed Any)
    _parser: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - another Python: no gates
    _parser = None

_WIDE_RANGE = 64
"""A set's range of more characters than this is not listed (no gate)."""
_MAX_POWER = 64
"""How many times a repeat is unrolled before giving up (no gate)."""

_Tails = set[str] | None


def _join(before: set[str], after: set[str], k: int) -> set[str]:
    """The last ``k`` characters of each ``x + y`` (x from ``before``, y from ``after``)."""
    out = set()
    for y in after:
        if len(y) >= k:
            out.add(y)
        else:
            out.update((x + y)[-k:] for x in before)
    return out


def _sequence(items: Any, k: int) -> _Tails:
    """The endings of a parsed sequence: its elements read from the last, until every
    ending found is ``k`` characters long (the elements before it decide nothing)."""
    found = {""}
    for op, value in reversed(list(items)):
        if all(len(s) >= k for s in found):
            break
        node = _node(op, value, k)
        if node is None:
            return None
        found = _join(node, found, k)
    return found


def _node(op: Any, value: Any, k: int) -> _Tails:
    """The endings of one parsed element (its whole match when shorter than ``k``)."""
    if op is _c.LITERAL:
        return {chr(value)}
    if op is _c.IN:
        chars = set()
        for kind, item in value:
            if kind is _c.LITERAL:
                chars.add(chr(item))
            elif kind is _c.RANGE and item[1] - item[0] <= _WIDE_RANGE:
                chars.update(chr(c) for c in range(item[0], item[1] + 1))
            else:
                return None  # a category, a negated set, a wide range: not listed
        return chars
    if op is _c.BRANCH:
        out: set[str] = set()
        for branch in value[1]:
            got = _sequence(branch, k)
            if got is None:
                return None
            out |= got
        return out
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, inner = value
        if add_flags & re.IGNORECASE:
            return None  # another case of a letter would match too
        return _sequence(inner, k)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, inner = value
        once = _sequence(inner, k)
        if once is None:
            return None
        out, power, seen = set(), {""}, set()
        for count in range(_MAX_POWER + 1):
            if count >= low:
                out |= power
                if count == high or frozenset(power) in seen:
                    return out  # (every later power repeats one already taken)
                seen.add(frozenset(power))
            power = _join(once, power, k)
        return None
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return {""}  # zero-width: nothing of the match
    return None  # any character, a category outside a set, a back reference ...


def endings(pattern: str, flags: int = 0, k: int = 3) -> tuple[str, ...] | None:
    """Every ending (the last ``k`` characters, or the whole match when shorter) a match of
    ``pattern`` can have, as a tuple for ``str.endswith``; None when they cannot be listed,
    when the pattern can match the empty string, or when a match can end in white space
    (the callers strip it before asking).

    >>> sorted(endings(r"apie|ne\\s+mažiau\\s+kaip|cca\\.?"))
    ['aip', 'ca.', 'cca', 'pie']
    >>> endings(r"\\w+") is None
    True
    """
    if _parser is None or flags & re.IGNORECASE:
        return None
    try:
        found = _sequence(_parser.parse(pattern, flags), k)
    except Exception:  # pragma: no cover - a form this reader does not know: no gate
        return None
    if found is None or "" in found or any(s[-1].isspace() for s in found):
        return None
    return tuple(sorted(found))


def _runs(items: Any) -> tuple[int, bool] | None:
    """For a parsed sequence: the most runs of white space a match holds (a bound: each
    element's own, summed, since runs of neighbours may only merge), and whether every
    character it matches is white space; None when unbounded or not known."""
    total, only_white = 0, True
    for op, value in items:
        node = _white_node(op, value)
        if node is None:
            return None
        runs, white = node
        total += runs
        only_white = only_white and white
    return total, only_white


def _white_node(op: Any, value: Any) -> tuple[int, bool] | None:
    """``_runs`` of one parsed element."""
    if op is _c.LITERAL:
        return (1, True) if chr(value).isspace() else (0, False)
    if op is _c.IN:
        white = blank = True  # every character it matches is white / none is
        for kind, item in value:
            if kind is _c.LITERAL:
                white, blank = white and chr(item).isspace(), blank and not chr(item).isspace()
            elif kind is _c.CATEGORY and item is _c.CATEGORY_SPACE:
                blank = False
            elif kind is _c.CATEGORY and item in (_c.CATEGORY_WORD, _c.CATEGORY_DIGIT):
                white = False  # word characters and digits are never white space
            elif kind is _c.RANGE:
                chars = [chr(c) for c in range(item[0], item[1] + 1)]
                white = white and all(c.isspace() for c in chars)
                blank = blank and not any(c.isspace() for c in chars)
            else:
                return None  # a negated set, another category: not known
        return (0, False) if blank else (1, white)
    if op is _c.BRANCH:
        found = [_runs(branch) for branch in value[1]]
        if any(got is None for got in found):
            return None
        known = [got for got in found if got is not None]
        return max(runs for runs, _ in known), all(white for _, white in known)
    if op is _c.SUBPATTERN:
        return _runs(value[3])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        _low, high, inner = value
        once = _runs(inner)
        if once is None:
            return None
        runs, white = once
        if runs == 0 or white:
            return min(runs, 1) if white else 0, white  # (a run of white space stays one)
        if high is _c.MAXREPEAT:
            return None
        return runs * high, False
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return 0, True  # zero-width: nothing of the match
    return None  # any character, a category outside a set, a back reference ...


def white_runs(pattern: str, flags: int = 0) -> int | None:
    """The most runs of white space (``str.isspace``) a match of ``pattern`` can hold, or None
    when that is unbounded or the pattern holds a part this reader cannot tell (any
    character, a negated set, ``\\W`` ...).

    >>> white_runs(r"ne\\s+mažiau\\s+kaip|apie")
    2
    >>> white_runs(r"(?:\\w+\\s)+") is None
    True
    """
    if _parser is None:
        return None
    try:
        found = _runs(_parser.parse(pattern, flags))
    except Exception:  # pragma: no cover - a form this reader does not know: no bound
        return None
    return None if found is None else found[0]
