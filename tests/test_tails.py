"""``cwlib.parse.tails.endings``: every match of a pattern ends with one of the endings it
lists; and the qualifier gate of results.py that relies on it answers as the search did."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cwlib.parse import results
from cwlib.parse.tails import endings

CASES = [
    (r"apie|ne\s+mažiau\s+kaip|cca\.?", 0),
    (r"(?<!\w)per|virš|~", 0),
    (r"[ab]x{1,3}|c[d-f]", 0),
    (r"(?:ab)+", 0),
    (r"x(?:y|z\s+qqq)?w", 0),
    (results._QUALIFIER_WORDS, re.VERBOSE),
]


def test_endings_are_listed_for_the_qualifiers() -> None:
    assert results._QUALIFIER_ENDS is not None
    assert {"aip", "pie", "~"} <= set(results._QUALIFIER_ENDS)


def test_no_endings_where_they_cannot_be_listed() -> None:
    assert endings(r"\w+") is None  # a class of characters
    assert endings(r"a|") is None  # the empty match
    assert endings(r"a\s") is None  # a match may end in white space
    assert endings(r"x(?:y|z\s+)?w") is None  # a class of characters within the last three
    assert endings(r"(?i:apie)") is None  # the other case matches too
    assert endings(r"apie", re.IGNORECASE) is None
    assert endings(r"[^a]") is None


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_every_match_ends_with_a_listed_ending(data: st.DataObject) -> None:
    pattern, flags = data.draw(st.sampled_from(CASES))
    ends = endings(pattern, flags)
    assert ends is not None
    match = data.draw(st.from_regex(re.compile(pattern, flags), fullmatch=True))
    if re.fullmatch(pattern, match, flags):  # (a look-behind the generator cannot see)
        assert match.endswith(ends)


def _searched(lower: str, start: int) -> tuple[str, int]:
    """``results._qualifier`` as it was: the alternation searched in every case."""
    before = lower[max(0, start - 30) : start]
    if results._ANY_QUALIFIER.search(before) is None:
        return "exact", start
    for name, pattern in results._QUALIFIERS:
        found = pattern.search(before)
        if found:
            return name, start - len(before) + found.start()
    return "exact", start


PIECES = [
    "ne mažiau kaip",
    "ne\u00a0mažiau\nnei",
    "daugiau nei",
    "per",
    "viršper",
    "apie",
    "xapie",
    "apie.",
    "cca.",
    "cca",
    "~",
    "a~",
    "at least",
    "not less than",
    "almost",
    "surengta",
    "įrengti",
    "(",
    ",",
    "kaip",
    "12",
]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(PIECES), max_size=6),
    st.lists(st.sampled_from([" ", "", "\n", "\u00a0", "  ", "\t"]), min_size=6, max_size=6),
)
def test_qualifier_gate_answers_as_the_search(pieces: list[str], gaps: list[str]) -> None:
    words = "".join(piece + gap for piece, gap in zip(pieces, gaps, strict=False))
    lower = words + "15 mokinių"
    start = len(words)
    assert results._qualifier(lower, start) == _searched(lower, start)
