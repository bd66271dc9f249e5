"""Programme codes: where ``codes`` looks for them.

The places a code may be read from are found at the separators (``_hint_starts``), faster
than by the pattern that defines them (``_CODE_HINT``, tried at every capital and digit);
both must give the same places, overlaps left out as ``finditer`` leaves them.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cwlib.lexicon import programmes as table
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


def test_the_table_patterns_look_only_at_their_match() -> None:
    # (else may_open answers yes for every token, and codes are slower: nothing breaks)
    assert table._context_free()


_CODE_PIECES = st.sampled_from(
    ["LLI", "LT", "PL", "VP3", "KA", "CPVA", "R", "C", "#", "-", ".", "/", "_", "0", "12", "512"]
)


@given(st.lists(_CODE_PIECES, max_size=14).map("".join))
def test_a_token_a_prefix_of_which_is_a_code_may_open_one(token: str) -> None:
    if any(table.number_rows(token[:i]) or table.measure_rows(token[:i]) for i in range(1, 61)):
        assert table.may_open(token)


def test_known_codes_may_open_and_years_do_not() -> None:
    for code in ("LLI-512", "08.2.1-CPVA-R-908-41-0003", "VP3-1.2-VRM-01-R", "#C112"):
        assert table.may_open(code), code
    assert not table.may_open("2014-2020")
