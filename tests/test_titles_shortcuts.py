"""Shortcuts of the title reader give what the slow way gives.

``titles._after_code`` reads the content lines only where a quotation mark stands within three
characters after a project number's end; the slow way read the first three content lines of
every page with a number (round 22).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cwlib.parse import programme, titles
from cwlib.parse.document import Document
from cwlib.parse.segments import Span

GENRE = Path(__file__).parent / "genre"


def _both(text: str) -> tuple[object, object]:
    doc = Document(text, "t.txt")
    codes = programme.codes(doc)
    keys = titles._mention_keys(programme.mentions(doc))
    fast = titles._after_code(titles._Content(doc, keys), codes, doc.text)
    slow = titles._quoted_after_number(titles._Content(doc, keys), codes)  # every page
    return fast, slow


_PIECES = st.sampled_from(
    [
        "LLI-587",
        "LT-PL-4R-326",
        "#R081",
        " ",
        "  ",
        "\n",
        ".",
        ",,",
        "„",
        "“",
        '"',
        "«",
        "»",
        "”",
        "Crafts on Both Banks",
        "INTERREG",
        "PROGRAMA",
        "Projekto Nr. ",
        "Meniu",
        "2020 m.",
        "–",
    ]
)


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_after_code_is_what_reading_every_line_gave(text: str) -> None:
    fast, slow = _both(text)
    assert fast == slow


def test_after_code_on_the_forms_it_reads() -> None:
    for text in (
        'LLI-587 "Crafts on Both Banks"\n\nTekstas.',
        "„INTERREG V-A“ PROGRAMA LT-PL-4R-326 „Upių istorijos“\n",
        "Meniu\nLLI-587  „Upės ir ežerai“.\n",
        "LLI-587\n„Upės ir ežerai“\n",
        "LLI-587   „Upės ir ežerai“\n",  # three characters between: the farthest read
        "LLI-587    „Upės ir ežerai“\n",  # four: none
    ):
        fast, slow = _both(text)
        assert fast == slow
    assert _both("LLI-587   „Upės ir ežerai“\n")[0] == ("Upės ir ežerai", "Upės ir ežerai")


def test_after_code_on_the_genre_texts() -> None:
    for path in sorted(GENRE.glob("*.txt")):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        fast, slow = _both(text)
        assert fast == slow, path.name


_LOGO_PIECES = st.sampled_from(
    [
        "Interreg",
        "programa",
        "BW",
        "bw",
        "Rgb",
        "CMYK",
        "cmyK",  # a Kelvin sign: the pattern's (?i:k) matches it
        "logo",
        "LOGO",
        "logotipas",
        "logotıpas",  # a dotless i: (?i:i) matches it
        "logotipaſ",  # a long s: (?i:s) matches it
        "logos",
        " ",
        "  ",
        "\t",
        "\n",
        "\u00a0",
        "\u2028",
        "\x1c",
        ".",
        "-",
        "x",
    ]
)


@settings(max_examples=500)
@given(st.lists(_LOGO_PIECES, max_size=12).map("".join))
def test_logo_start_is_where_the_search_matched(value: str) -> None:
    found = titles._LOGO_SUFFIX.search(value)
    assert titles._logo_start(value) == (None if found is None else found.start())


def test_logo_start_of_a_logos_alt_text() -> None:
    assert titles._logo_start("Interreg Lietuva–Polska  BW ") == len("Interreg Lietuva–Polska")
    assert titles._logo_start("  LOGO") == 0
    assert titles._logo_start("LOGO") is None
    assert titles._logo_start("Interreg logos") is None


def _only_dates_reading_every_word(doc: Document, line: Span) -> bool:
    """``titles._only_dates`` as it was before round 22: the line's words read for both of
    their tests whatever the letters left."""
    if not titles._DIGIT.search(line.text):
        return False
    left = titles._letters_left(doc, line, (doc.dates,))
    if 0 < left <= titles._FIGURE_WORDS:
        left = titles._letters_left(doc, line, (doc.dates, doc.durations, doc.amounts))
    words = titles._WORD.findall(line.text)
    return (
        left == 0
        or titles._unread_dateline(words)
        or left == sum(len(w) for w in words if w.lower() in titles._DATELINE_WORDS)
        or (left <= titles._PLACE_MAX and left == titles._place_after_date(line.text))
    )


_DATELINE_PIECES = st.sampled_from(
    [
        "2021 m. kovo 15 d.",
        "2020-01-01",
        "2023/01/01 – 2025/12/31",
        "15 March 2021",
        "08 25",
        "10:30",
        "24 kovo, 2023",
        "Pirmadienis",
        "TREČIADIENIS",
        "friday",
        "Atnaujinta",
        "DATE",
        "updated",
        "Įkelta",
        "kovo",
        "sausio",
        "24 months",
        "36 mėn.",
        "1 204 300 EUR",
        "48000 Eur",
        "projektas",
        "Vilnius",
        "interreg programa",
        ", ",
        " ",
        "  ",
        "7",
        "İ",
        "ſ",
        "_",
        "²",
        "\n",
    ]
)


@settings(max_examples=400)
@given(st.lists(_DATELINE_PIECES, max_size=16).map("".join))
def test_only_dates_is_what_reading_every_word_gave(text: str) -> None:
    doc = Document(text, "t.txt")
    for line in doc.lines:
        assert titles._only_dates(doc, line) == _only_dates_reading_every_word(doc, line)


def test_only_dates_of_datelines_and_headlines() -> None:
    text = (
        "Šeštadienis, 31 sausio\n2019 m. gruodžio 11 d., trečiadienis\n"
        "Atnaujintas 2004 gegužės 14 d.\n2020 09 25, Vilnius\n"
        "INTERREG EUROPE programa 2014–2020, projekto Nr. LLI-101\n"
    )
    doc = Document(text, "t.txt")
    found = [titles._only_dates(doc, line) for line in doc.lines]
    assert found == [_only_dates_reading_every_word(doc, line) for line in doc.lines]
    assert found == [True, True, True, True, False]


_ORG_WORDS_BEFORE = "^(?:\\S+\\s+){0,5}"
"""How the organisation line's pattern read the words before its noun until round 22: its
possessive form gives no character back, which no match needed (a word given back leaves a
non-space where white space must follow; white space given back, a space where a word or
the noun, which opens with a letter, must begin)."""

_ORG_PIECES = st.sampled_from(
    [
        "Vilniaus",
        "rajono",
        "savivaldybė",
        "savivaldybės",
        "informacija",
        "inf.",
        "vietos veiklos",
        "grupė",
        "(VVG)",
        "academy",
        "of",
        "arts",
        "comune",
        "di",
        "–",
        "centras",
        "x",
        " ",
        "  ",
        "\t",
        "\n",
        "\u00a0",
        ".",
    ]
)


@settings(max_examples=500)
@given(st.lists(_ORG_PIECES, max_size=14).map("".join))
def test_organisation_line_possessive_is_the_pattern_it_was(line: str) -> None:
    possessive = titles._ORG_LINE
    assert possessive.count("^(?:\\S++\\s++){0,5}") == 1
    old = possessive.replace("^(?:\\S++\\s++){0,5}", _ORG_WORDS_BEFORE, 1)
    low = line.lower()
    was = titles._any_of((old, False)).match(low)
    now = titles._any_of((possessive, False)).match(low)
    assert (was and was.span()) == (now and now.span())


def test_organisation_lines_still_read() -> None:
    line = titles._any_of((titles._ORG_LINE, False))
    assert line.match("vilniaus rajono savivaldybės informacija")
    assert line.match("a b c d vietos veiklos grupė (vvg)")
    assert not line.match("a b c d e f savivaldybė")


_CHROME_PIECES = st.sampled_from(
    [
        "›",
        "»",
        ">",
        "|",
        " / ",
        "/",
        "  /  ",
        "©",
        "slapukai",
        "cookie",
        "visos  teisės",
        "all rights",
        "meniu",
        "menu",
        "menux",
        "paskelbta",
        "data",
        "šaltinis:",
        "update your browser",
        "old browser",
        "browser is out of date",
        "welcome to",
        "sveiki atvykę",
        "nuotr.",
        "foto:",
        "photo |",
        "nuotraukos autorius",
        "archyvų žyma:",
        "kategorija :",
        "projektas",
        "a",
        " ",
        "  ",
        "\t",
        "\n",
        "\u00a0",
    ]
)


@settings(max_examples=500)
@given(st.lists(_CHROME_PIECES, max_size=10).map("".join))
def test_chrome_alternatives_find_what_the_alternation_found(low: str) -> None:
    found = any(part.search(low) for part in titles._CHROME_PARTS)
    assert found == (titles._CHROME_LINE.search(low) is not None)


def test_chrome_alternatives_are_the_lexicons() -> None:
    parts = titles._alternatives(
        "[›»>|]\\s*\\S   # a separator | or not\n| slapuk | ^(?:a|b)\\b  # x\n| \\| [|]"
    )
    assert [p.strip() for p in parts] == ["[›»>|]\\s*\\S", "slapuk", "^(?:a|b)\\b", "\\| [|]"]
    # every alternative of the lexicon's pattern is one part: none is empty, none holds a
    # top-level bar (the parts joined again are the alternation the lexicon writes)
    assert all(p.pattern.strip() for p in titles._CHROME_PARTS)
    assert all(titles._alternatives(p.pattern) == (p.pattern,) for p in titles._CHROME_PARTS)


# --- the acronym named as the project: one search, not a match at each keyword hit -----------

_ACRONYM_PIECES = st.sampled_from(
    [
        "projekto ",
        "projektas",
        "project ",
        "Projekto ",
        "PROJEKTO ",
        "projektų",
        "mikroprojekto ",
        "projekt",
        "projec",
        "DESIGN",
        "HUBS",
        "AB-12",
        "LT",
        "Nr. ",
        "(",
        "#",
        "sutartis ",
        " ",
        "\n",
        "\u00a0",
        "ą",
        "İ",
        "x",
    ]
)


def _acronym_at_hits(doc: Document) -> tuple[int, int] | None:
    """The reading the search replaced: ``_ACRONYM`` matched at each hit of the word project
    that the text writes in small letters, the first match kept."""
    text = doc.text
    tried = (
        titles._ACRONYM.match(text, pos)
        for pos in doc.hits("project.number")
        if text.startswith(("projekt", "project"), pos)
    )
    found = next(filter(None, tried), None)
    return None if found is None else found.span("a")


@settings(max_examples=500)
@given(st.lists(_ACRONYM_PIECES, max_size=14).map("".join))
def test_acronym_search_is_the_first_match_at_the_hits(text: str) -> None:
    doc = Document(text, "t.txt")
    found = titles._ACRONYM.search(doc.text)
    assert (None if found is None else found.span("a")) == _acronym_at_hits(doc)


def test_acronym_search_on_the_genre_texts() -> None:
    tried = 0
    for path in sorted(GENRE.glob("*.txt")):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        doc = Document(text, path.name)
        found = titles._ACRONYM.search(doc.text)
        assert (None if found is None else found.span("a")) == _acronym_at_hits(doc), path.name
        tried += found is not None
    assert tried  # (some genre texts name an acronym so)


# --- a menu that writes each item twice: its pairs tested in line ------------------------------


def _doubled_as_it_was(lines: list[Span], i: int) -> bool:
    def pair_at(k: int) -> bool:
        return k >= 0 and k + 1 < len(lines) and lines[k].text == lines[k + 1].text

    first = i if pair_at(i) else i - 1 if pair_at(i - 1) else None
    return first is not None and (pair_at(first - 2) or pair_at(first + 2))


@settings(max_examples=500)
@given(st.lists(st.sampled_from(["Pradžia", "Aktualijos", "Kontaktai", ""]), max_size=9))
def test_doubled_menu_item_is_the_pair_test_it_was(texts: list[str]) -> None:
    lines = [Span(k, k + len(t), t) for k, t in enumerate(texts)]
    for i in range(-1, len(lines) + 2):  # (the reader asks 0 ≤ i < len; the edges too)
        assert titles._doubled_menu_item(lines, i) == _doubled_as_it_was(lines, i), (texts, i)
