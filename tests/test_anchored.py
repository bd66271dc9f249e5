"""Patterns tried at given starts give what a scan gives (the loop every fast finder uses)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from cwlib.parse.anchored import literal_starts, matches_at

_TEXT = st.text(alphabet=st.sampled_from("ab1 2-x"), max_size=40)


@given(_TEXT, st.sampled_from([r"\d+(?:-\d+)?", r"a+b?", r"x?", r"(?=1)"]), st.data())
def test_tried_at_every_possible_start_it_is_finditer(text: str, source: str, data) -> None:
    """Starts that hold every match's beginning (and some that hold none, some repeated)
    give exactly ``finditer``'s matches, empty ones included."""
    pattern = re.compile(source)
    scanned = [m.span() for m in pattern.finditer(text)]
    extra = data.draw(st.lists(st.integers(0, len(text)), max_size=5))
    starts = sorted([start for start, _ in scanned] * 2 + extra)
    assert [m.span() for m in matches_at(pattern, text, starts)] == scanned


@given(_TEXT, st.sampled_from(["1", "ab", "a", " 2"]))
def test_literal_starts_are_every_occurrence(text: str, literal: str) -> None:
    expected = [i for i in range(len(text)) if text.startswith(literal, i)]
    assert literal_starts(text, literal) == expected
