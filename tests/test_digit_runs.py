"""The Document's runs of digits (``Document.digit_runs``) and the readers that start from them
instead of scanning the page (the counts of results, the phone runs of contacts, the money
scout): each must find what its own scan of the whole text found."""

from __future__ import annotations

import re

import pytest
from conftest import sample_texts
from hypothesis import given, settings
from hypothesis import strategies as st

from cwlib.parse import document, numbers, results
from cwlib.parse.document import MONEY_GROUP, Document
from cwlib.parse.personal import DIGIT_RUN, digit_run_spans

_PLAIN_RUN = re.compile(r"\d+")


def _old_counts(text: str) -> list[tuple[int, int, str]]:
    """What ``results._figures`` read before: ``_COUNT`` over the whole text."""
    return [(m.start(), m.end(), m.group()) for m in results._COUNT.finditer(text)]


def _new_counts(doc: Document) -> list[tuple[int, int, str]]:
    """``results._figures`` with no verb and nothing blocked: the counts in digits only."""
    return results._figures(doc.text, doc.lower, [], bytearray(len(doc.text)), doc.digit_runs, [])


def _same_finds(text: str) -> None:
    doc = Document(text)
    text = doc.text
    assert doc.digit_runs == [m.span() for m in _PLAIN_RUN.finditer(text)]
    assert _new_counts(doc) == _old_counts(text)
    assert digit_run_spans(text, doc.digit_runs) == [m.span() for m in DIGIT_RUN.finditer(text)]
    currency = doc.hits(MONEY_GROUP)
    assert numbers.scan_amounts(text, currency, doc.digit_runs) == numbers.scan_amounts(
        text, currency
    )


EXAMPLES = [
    "",
    "7",
    "1234567",
    "123456",
    "Tel. 8 687 12345, +370 5 211 2000, (8 5) 212 3456, 00370 612 34567.",
    "Vertė 812 345 678 Eur, 2016.03.01–2018.02.28, LT-31135, 2 500 dalyvių, 2,5 darbo vietos.",
    "Surengta 12 renginių (3 seminarai), 40 dalyvių / 15 000 Eur; 1.5 Darbo vietos",
    "Tel. \u0668 \u0666\u0668\u0667 \u0661\u0662\u0663\u0664\u0665; \uff18\uff16\uff11\uff12\uff13",
    "12 345 67/8 ( 9 ) 0\n1 2\u00a03\u202f4-5.6",
    "Dalyvavo 2\u202f000 žmonių, 15\u202f000 Eur.",  # a count's group no scan tries again
    "a1 b22 333c 4444 55555 666666 7777777 1\u0661\u0662 \U0001d7ce\U0001d7cf 2020–2021",
]


@pytest.mark.parametrize("text", EXAMPLES)
def test_the_readers_find_what_their_scans_found(text: str) -> None:
    _same_finds(text)


def test_runs_are_whole_and_of_any_script() -> None:
    doc = Document("Nr. 12a, 2016.03.01, \u0661\u0662 ir 3\uff14 5")
    assert [doc.text[s:e] for s, e in doc.digit_runs] == [
        "12",
        "2016",
        "03",
        "01",
        "\u0661\u0662",
        "3\uff14",
        "5",
    ]
    assert doc.digit_runs is doc.digit_runs  # made once


def test_phone_runs_join_runs_over_their_gaps_only() -> None:
    doc = Document("Tel. (8 5) 212-3456, 2016 m. 1234 5, 12 34 a 567 8")
    assert [doc.text[s:e] for s, e in digit_run_spans(doc.text, doc.digit_runs)] == [
        "8 5) 212-3456"
    ]


def test_the_code_page_holds_no_digits_but_0_to_9() -> None:
    """The runs of a text the Baltic code page holds whole are read off its bytes: a byte is a
    digit there only if it is 0-9 in the text."""
    decoded = bytes(range(256)).decode(document._SINGLE_BYTE, "replace")
    digits = [b for b, char in enumerate(decoded) if re.fullmatch(r"\d", char)]
    assert digits == list(range(0x30, 0x3A))


@pytest.mark.parametrize(
    "text",
    [
        "Kiek? 12 ir 345, € 6 – 78",  # every character in the code page, a "?" of its own
        "Kiek? 12 ir 345 \u2012 6",  # a figure dash: not in it
        "12 \u0661\u0662 3",  # another script's digits: not in it
    ],
)
def test_runs_are_the_same_whichever_way_they_are_found(text: str) -> None:
    assert Document(text).digit_runs == [m.span() for m in _PLAIN_RUN.finditer(text)]


_LACKING = "\u2012\u0434\u2630\u0152\U0001f50d\u2212"
"""Characters the Baltic code page lacks that are no digits (a figure dash, a Cyrillic letter,
a trigram, a ligature, an emoji outside the Basic Multilingual Plane, a minus sign): encoding
makes each a "?", and the runs are still read off the bytes unless a lacking one is a digit."""


@pytest.mark.parametrize(
    "text",
    [
        "Vertė 12 345 \u2012 6 Eur",  # a figure dash, no digit lacking: read off the bytes
        "Kiek? 12 \u2012 3? \U0001f50d 45",  # lacking characters and the text's own "?"
        "12 \u2012 \u0661\u0662 3",  # a lacking digit too: scanned with the pattern
        "\u2012" * document._FEW_MARKS + " 12 34",  # as many marks as are looked at
        "\u2012" * (document._FEW_MARKS + 1) + " 12 34",  # more: scanned with the pattern
        "?" * (document._FEW_MARKS + 1) + "\u2012 12 34",  # the text's own marks count too
        "\u2012\u0669",  # a lacking digit right after a lacking character
    ],
)
def test_runs_are_the_same_where_the_code_page_lacks_characters(text: str) -> None:
    assert Document(text).digit_runs == [m.span() for m in _PLAIN_RUN.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(
    st.text(
        alphabet="0123456789 ?.,-\n\u0661\uff13\U0001d7ceaą€" + _LACKING,
        max_size=160,
    )
)
def test_runs_are_the_same_with_characters_the_code_page_lacks(text: str) -> None:
    """Round 23 reads the runs off the bytes when the characters the code page lacks (made
    "?") are no digits; the old reading scanned every such text with the pattern."""
    doc = Document(text)
    assert doc.digit_runs == [m.span() for m in _PLAIN_RUN.finditer(doc.text)]


_DIGITS = "0123456789\u0661\u0669\u06f5\u0967\uff13\U0001d7ce"
"""ASCII digits and digits of other scripts (Arabic-Indic, Persian, Devanagari, full-width,
mathematical: one outside the Basic Multilingual Plane)."""
_SEPARATORS = " \u00a0\u202f\u2009\n\t.,()-–/:+#'’%"
_LETTERS = "aEuLrtąėlIOmx€_"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_DIGITS + _SEPARATORS + _LETTERS, max_size=60))
def test_the_readers_agree_with_their_scans_on_random_strings(text: str) -> None:
    _same_finds(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 \u00a0\n\t.,()-–/:+#'’%?aEuLrtąėlIOmx€_", max_size=60))
def test_the_readers_agree_with_their_scans_on_code_page_strings(text: str) -> None:
    """Strings the Baltic code page holds whole (the runs read off their bytes)."""
    _same_finds(text)


_BITS = st.sampled_from(
    [
        *"0123456789",
        "12",
        "2 500",
        "2\u202f000",
        "48 000",
        "1.831.204,00",
        "2,5",
        "\u0661\u0662",
        "\uff13",
        " ",
        "\u00a0",
        "\n",
        "(",
        ")",
        "-",
        "–",
        "/",
        ".",
        ",",
        "+370",
        "Tel. ",
        " Eur",
        "€",
        " Lt",
        "EUR ",
        " mln.",
        " ERDF",
        "suma, Eur ",
        " darbo vietos",
        " dalyvių",
        "Nr.",
        "LT-",
        "a",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_BITS, max_size=16).map("".join))
def test_the_readers_agree_with_their_scans_on_figures_and_words(text: str) -> None:
    _same_finds(text)


def test_the_readers_agree_with_their_scans_on_the_sample_texts() -> None:
    for text in sample_texts(seed=12):
        _same_finds(text)
