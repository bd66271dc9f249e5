"""The Document: one text's shared views, every offset an offset into ``doc.text``."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cwlib.parse.document import Document

TEXT = (
    "Projektas „Kūrybinės dirbtuvės“\n"
    "Bendra projekto vertė – 48 000 Eur, iš jų ES lėšos – 85 proc.\n"
    "Projektas vykdomas nuo 2020 m. sausio 1 d. iki 2021 m. gruodžio 31 d. (24 mėn.).\n"
    "Partneriai:\n"
    "• Rygos universitetas (Latvija);\n"
    "2) Klaipėdos kultūros centras\n"
    "Partneris | Biudžetas\n"
    "Rygos universitetas | 12 000 Eur\n"
)


def test_views_quote_the_text() -> None:
    doc = Document(TEXT, "t.txt")
    for view in (doc.lines, doc.sentences, doc.bullets):
        for span in view:
            assert doc.text[span.start : span.end] == span.text
    for found in (*doc.amounts, *doc.percentages, *doc.dates, *doc.durations):
        assert doc.text[found.start : found.end] == found.text
    assert [m.amount for m in doc.amounts] == [48000.0, 12000.0]
    assert [p.value for p in doc.percentages] == [85.0]
    assert [(r.start.iso(), r.end.iso()) for r in doc.ranges] == [("2020-01-01", "2021-12-31")]
    assert [d.months for d in doc.durations] == [24]
    assert [b.text for b in doc.bullets] == [
        "Rygos universitetas (Latvija);",
        "Klaipėdos kultūros centras",
    ]
    assert len(doc.tables) == 1 and doc.tables[0].rows[0].get("name").text == "Rygos universitetas"
    assert doc.source == "t.txt"


def test_views_are_made_once() -> None:
    doc = Document(TEXT)
    assert doc.sentences is doc.sentences
    assert doc.amounts is doc.amounts


def test_sentence_at() -> None:
    doc = Document(TEXT)
    pos = TEXT.index("85 proc.")
    assert doc.sentence_at(pos).text.startswith("Bendra projekto vertė")
    assert doc.sentence_at(TEXT.index("\n")) is None  # a line break is in no sentence
    for sentence in doc.sentences:
        assert doc.sentence_at(sentence.start) == sentence
        assert doc.sentence_at(sentence.end - 1) == sentence


def test_text_is_nfc_and_lower_keeps_offsets() -> None:
    decomposed = unicodedata.normalize("NFD", "Kūrybinės dirbtuvės")
    doc = Document(decomposed)
    assert doc.text == "Kūrybinės dirbtuvės"
    odd = "İstanbul ir KLAIPĖDA"  # İ lower-cases to two characters
    doc = Document(odd)
    assert len(doc.lower) == len(doc.text)
    assert doc.lower.endswith("ir klaipėda")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_lower_has_the_length_of_the_text(text: str) -> None:
    doc = Document(text)
    assert len(doc.lower) == len(doc.text)
    for i, ch in enumerate(doc.text):
        assert doc.lower[i] in (ch, ch.lower())


_DATE_BITS = st.sampled_from(
    [
        "2020 m. sausio 1 d.",
        "Gruodžio 3 d.",
        "sausio",
        "December 3, 2019",
        "3 March 2016",
        "2016.03.01–2018.02.28",
        "17/09/2010",
        "2014–2020 m.",
        "nuo",
        "iki",
        " ",
        ", ",
        "Nr. 07.1.1-CPVA-V-906",
        "kovą",
        "2017 metais",
        "LT-01100",
        "May",
        "Projektas",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_DATE_BITS, max_size=12).map("".join))
def test_dates_found_at_digits_and_month_names_are_all_dates(text: str) -> None:
    """The Document tries the date regex only at digits and month names: same dates."""
    from cwlib.parse import dates

    doc = Document(text)
    assert list(doc.dates) == dates.find_dates(text)
    assert list(doc.ranges) == dates.find_ranges(text)


def test_extractors_declare_known_keyword_groups() -> None:
    """Each extractor names the keyword groups it reads, and each exists in the lexicon."""
    import inspect
    import re

    from cwlib.parse import budgets, contacts, events, partners, project, results
    from cwlib.parse.document import _automaton

    known = set(_automaton()[1])
    used = re.compile(
        r"""
        doc\.(?:hits|has|has_in|match_at_starts|finditer_at_starts)   # a keyword look-up
        \(\s*"([\w.]+)"                                               # with a literal group
        """,
        re.VERBOSE,
    )
    for module in (budgets, contacts, events, partners, project, results):
        assert isinstance(module.KEYWORDS, tuple), module.__name__
        assert set(module.KEYWORDS) <= known, module.__name__
        named = set(used.findall(inspect.getsource(module)))
        assert named <= set(module.KEYWORDS), (
            f"{module.__name__} reads {named - set(module.KEYWORDS)}"
        )


def test_place_abbreviations_end_no_sentence() -> None:
    # r. (rajonas), k. (kaimas), sen. (seniūnija), mstl. (miestelis) stand inside a name
    doc = Document(
        "Darbus atliko Jonavos r. Upninkų mokykla. Aikštė įrengta Liubavo mstl. Centre. "
        "Kalvarijos sen. Sangrūdos k. Bendruomenė dalyvavo."
    )
    assert [s.text for s in doc.sentences] == [
        "Darbus atliko Jonavos r. Upninkų mokykla.",
        "Aikštė įrengta Liubavo mstl. Centre.",
        "Kalvarijos sen. Sangrūdos k. Bendruomenė dalyvavo.",
    ]


_FIGURE_BITS = st.sampled_from(
    [
        "48 000",
        "1.831.204,00",
        "12",
        "2,5",
        "3000 000",
        "4l2 600",
        "\n",
        " ",
        "\u00a0",
        ", ",
        "(",
        ")",
        "Eur",
        "EUR",
        "eurų",
        "€",
        "Lt",
        "LTL",
        "litų",
        "ERDF",
        "mln.",
        "tūkst.",
        "suma, Eur",
        "%",
        " proc.",
        "Procentai",
        "per cent",
        "24",
        " mėn.",
        "-ių",
        "metams",
        "Metai",
        "months",
        "2019",
        "Europos",
        "alternatyva",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_FIGURE_BITS, max_size=14).map("".join))
def test_figures_found_near_their_words_are_all_figures(text: str) -> None:
    """The Document tries the money, percent and duration patterns only near the currency,
    percent and unit words its keyword scan finds: the same figures as a scan of the text."""
    from cwlib.parse import dates, numbers

    doc = Document(text)
    assert (list(doc.amounts), list(doc.unread_figures)) == numbers.scan_amounts(doc.text)
    assert list(doc.percentages) == numbers.find_percentages(doc.text)
    every = [
        (m.start(), m.end())
        for m in dates._DURATION_RE.finditer(doc.text)
        if (n := float(m["n"].replace(",", ".")) * (12 if m["years"] else 1)) > 0 and n == int(n)
    ]
    assert [(d.start, d.end) for d in doc.durations] == every


_CARD_BITS = st.sampled_from(
    [
        "Projekto vertė",
        "Projekto vertė:",
        "ES lėšos",
        "Pareiškėjas",
        "Trukmė, mėn.",
        "48 000 Eur",
        "24",
        "VšĮ Rytų centras",
        "Projekto pavadinimas | Projekto vertė",
        "Kūrybinės dirbtuvės | 12 000 Eur",
        "Partneris | Šalis | Biudžetas",
        "Rytų centras | LT | 5 000",
        "Partneris | Šalis | Biudžetas, Eur",
        "Rytų centras | Latvija | 5000",
        "Projekto pavadinimas | Pareiškėjas | Projekto vertė",
        "Projektas vykdomas Vilniuje, dalyvauja mokyklos, bibliotekos ir muziejai.",
        "PROJEKTO VERTĖ",
        "",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_CARD_BITS, max_size=10).map("\n".join))
def test_card_labels_found_at_label_keywords_are_all_labels(text: str) -> None:
    """The Document tests for a card label (or a card's row of labels, which is no table) only
    the lines holding a label keyword."""
    from cwlib.parse.tabular import find_label_values, find_tables

    doc = Document(text)
    assert doc.label_values == find_label_values(doc.text, doc.lines)
    assert doc.tables == find_tables(doc.text)


@pytest.mark.parametrize(
    "text",
    [
        "Projekto vertė – 48 000 Eur, iš jų ES lėšos 40 800 Eur.\nPartneriai: Rygos universitetas.",
        "Pareiškėjas | Šalis | ES lėšos, Eur | Iš viso\nKauno r. savivaldybė | LT | 12 | 14",
        "İSTANBUL projektas, 2019–2021 m.; partnerio biudžetas 5 %",
        "",
    ],
)
def test_hits_are_every_keyword_start(text: str) -> None:
    """Every group's hits, found in the one pass or on demand, are where its words start."""
    from cwlib.parse.document import _groups

    doc = Document(text)
    for group, words in _groups().items():
        expected = []
        for word in words:
            pos = doc.lower.find(word)
            while pos >= 0:
                expected.append(pos)
                pos = doc.lower.find(word, pos + 1)
        assert doc.hits(group) == sorted(expected), group


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="•·-–*1234.) \t\u00a0\u2003\x1cab\n", max_size=40))
def test_bullets_are_the_lines_after_their_mark(text: str) -> None:
    """A list item is its line after the mark (``BULLET`` with the white space after it)."""
    from cwlib.parse.segments import BULLET, lines, strip_span

    expected = []
    for line in lines(text):
        mark = BULLET.match(line.text)
        if mark is not None:
            expected.append(strip_span(line.sub(mark.end(), len(line.text))))
    bullets = Document(text).bullets
    assert bullets == tuple(expected)
    assert all(isinstance(item, type(expected[0])) for item in bullets)
