"""``orgnames.name_after`` reads a name from a short piece's tokens first and gives what the
longer piece's tokens give.

The short piece's tokens are trusted only as far as the longer piece has the same ones
(``_first_tokens``), and the reading gives up (``_UNDECIDED``) when it reaches the last of
them; so every answer must equal the reading of the longer piece (``_tokens_from``), on texts
of names, abbreviations, lists, quotes and dashes, at every place a name may start.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cwlib.parse import orgnames

GENRE = sorted(Path(__file__).parent.joinpath("genre").glob("*.txt"))

CASES = ("nom", "gen", "inst")


def _long_reading(text: str, pos: int, case: str, bare: bool) -> orgnames.Name | None:
    toks = orgnames._tokens_from(text, pos, 14 + 3)
    return orgnames._name_in(text, pos, case, bare, 14, toks, True)


def _same_everywhere(text: str) -> None:
    for pos in range(len(text)):
        if pos and not text[pos - 1].isspace():
            continue  # a name starts after white space or at the text's start
        for case in CASES:
            for bare in (False, True):
                assert orgnames.name_after(text, pos, case, bare) == _long_reading(
                    text, pos, case, bare
                ), (text[pos : pos + 80], case, bare)


WORDS = [
    "Vilniaus",
    "rajono",
    "savivaldybė",
    "savivaldybės",
    "savivaldybe",
    "Rygos",
    "universitetas",
    "universiteto",
    "kolegija",
    "viešoji",
    "įstaiga",
    "Kauno",
    "technologijos",
    "r.",
    "raj.",
    "J.",
    "Jonavos",
    "ir",
    "bei",
    "su",
    "projektą",
    "įgyvendino",
    "Gmina",
    "Sejny",
    "Stiftelsen",
    "5-oji",
    "2024",
    "–",
    "-",
    ",",
    ".",
    "(",
    ")",
    "„Šilo“",
    "„Marių kraštas“",
    '"Verdenė"',
    "centras",
    "mokykla",
    "Partneriai:",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40), st.sampled_from([" ", "  "]))
def test_a_name_read_from_the_short_piece_is_the_long_pieces(words: list[str], gap: str) -> None:
    _same_everywhere(gap.join(words))


def test_names_on_the_genre_texts_are_the_long_pieces() -> None:
    for path in GENRE[:40]:
        text = path.read_text(encoding="utf-8")
        for line in text.splitlines():
            if any(word in line for word in ("artner", "vykd", "vadov", "savivaldyb", "kartu su")):
                _same_everywhere(line + "\n" + "Kitas sakinys čia.")


def test_a_name_ending_near_the_short_piece_is_read_whole() -> None:
    # the name runs past the short piece: its head stands after the first 64 characters
    text = "Alytaus Rygos Kauno Vilniaus Jonavos Sejny Rygos Kauno Vilniaus Jonavos kolegija ir kt."
    assert orgnames.name_after(text, 0).name == text[: text.index(" ir")]
    assert orgnames.name_after(text, 0) == _long_reading(text, 0, "nom", False)
