"""Programme codes: where ``codes`` looks for them.

The places a code may be read from are found at the separators (``_hint_starts``), faster
than by the pattern that defines them (``_CODE_HINT``, tried at every capital and digit);
both must give the same places, overlaps left out as ``finditer`` leaves them.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cwlib.parse import programme

_PIECES = st.sampled_from(["A", "Ž", "7", "#", "-", ".", "/", " ", "\t", "–", "b", "LLI", "08"])


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_hint_places_are_the_hint_pattern_matches(text: str) -> None:
    expected = [m.start() for m in programme._CODE_HINT.finditer(text)]
    assert programme._hint_starts(text) == expected


def test_hint_places_of_a_written_code() -> None:
    text = "Nr. LT-PL - 4R #C112 08.2.1/CPVA a-b"
    expected = [m.start() for m in programme._CODE_HINT.finditer(text)]
    assert expected == [5, 8, 15, 22, 26]  # not at 24: inside the hint at 22
    assert programme._hint_starts(text) == expected
