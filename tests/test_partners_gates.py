"""The partners extractor's shortcuts give what reading every line gives.

``_header_items`` visits only the lines where a header word's keyword hit stands
(``_lines_holding``); the hits are trusted only where they stand where the case-blind flowed
text holds the same words (``_exact_hits``). Visiting every line must give the same items,
on texts that trust the hits and on texts that do not (a word hyphenated across lines, the
letters the case-blind text folds otherwise).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cwlib.parse import orgnames, partners
from cwlib.parse.document import Document
from cwlib.read.source import read_source

GENRE = sorted(Path(__file__).parent.joinpath("genre").glob("*.txt"))

MADE = [
    "Projekto partneriai:\n• Rygos universitetas (Latvija);\n• Kauno kolegija.",
    "Apie projektą. Projekto dalyviai:\n– Alytaus miesto savivaldybė;\n– Tartu ülikool (Estija).",
    "Naudos gavėjai:\nVarėnos rajono savivaldybė\nLazdijų kultūros centras",
    "Projekto partne-\nriai: Rygos universitetas, Kauno kolegija.",
    "PARTNERİAI: Rygos universitetas ir Kauno kolegija.",
    "Projekto partnerı: Rygos universitetas.\nPartneriai:\n• Šiaulių universitetas;",
    "Kontaktai:\nPartneriai\nAlytaus kolegija",
]


def _items(doc: Document) -> list[tuple[str, str | None]]:
    return [(span.text, code) for span, code in partners._header_items(doc, _blind(doc))]


def _blind(doc: Document):
    return partners._blind_pieces(doc)


@pytest.mark.parametrize(
    "text",
    [*MADE, *(read_source(p) for p in GENRE)],
    ids=[*map(str, range(len(MADE))), *(p.stem for p in GENRE)],
)
def test_header_lines_by_hits_as_every_line(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _items(Document(text, "t.txt"))
    monkeypatch.setattr(partners, "_exact_hits", lambda doc: False)
    assert fast == _items(Document(text, "t.txt"))


def test_lines_holding() -> None:
    doc = Document("Apie projektą\nPartneriai:\nRygos universitetas", "t.txt")
    lines = doc.flowed_lines
    assert partners._lines_holding(doc, lines, doc.hits("partners.sentence")) == [1]
    hyphenated = Document("Projekto partne-\nriai:\nRygos universitetas", "t.txt")
    every = list(range(len(hyphenated.flowed_lines)))
    assert partners._lines_holding(hyphenated, hyphenated.flowed_lines, []) == every


@pytest.mark.parametrize(
    ("piece", "case", "found"),
    [
        ("Visi miestai partneriai ", "nom", None),
        ("Kelmės rajono savivaldybė ", "nom", "Kelmės rajono savivaldybė"),
        ("tai Rusnės žvejų bendruomenei   ", "dat", "Rusnės žvejų bendruomenė"),
        ("   ", "nom", None),
    ],
)
def test_name_before_over_trailing_space(piece: str, case: str, found: str | None) -> None:
    name = orgnames.name_before(piece, len(piece), case)
    assert (name.name if name else None) == found


@pytest.mark.parametrize(
    ("piece", "found"),
    [
        (
            "Pradžia   Naujienos   Projektai     Utenos rajono savivaldybės administracija ",
            "Utenos rajono savivaldybės administracija",
        ),
        ("Kultūra\tTurizmas\tKelmės kultūros centras", "Kelmės kultūros centras"),
        ("Apie mus    Projektai    Naujienos    ", None),
        # two spaces are a typing slip, not a layout gap: the name runs over them
        (
            "Rokiškio  rajono savivaldybės administracija ",
            "Rokiškio rajono savivaldybės administracija",
        ),
    ],
    ids=["menu-words", "tabs", "menu-only", "double-space"],
)
def test_name_before_stops_at_a_layout_gap(piece: str, found: str | None) -> None:
    name = orgnames.name_before(piece, len(piece))
    assert (name.name if name else None) == found


SENTENCES = [
    "Adresas: https://example.lt/projektai/ ir miestų / regionų planai.",
    "– Bergeno dailės akademija (Norvegija);",
    "Sutartis pasirašyta tarp Kauno kolegijos ir Rygos universiteto.",
    "Projektui skirta 100 000 Eur.",
    "Partneris (Latvija) – Rygos universitetas.",
    "Kauno kolegija / LT, Rygos universitetas / LV.",
]


@pytest.mark.parametrize(
    "text",
    [*SENTENCES, *(read_source(p) for p in GENRE)],
    ids=[*map(str, range(len(SENTENCES))), *(p.stem for p in GENRE)],
)
def test_sentences_passed_over_give_nothing(text: str) -> None:
    """A sentence the extractor passes over (no keyword, no code after a mark, no bracket
    with "partner", no "tarp", no grant's word) gives no partner when read anyway."""
    doc = Document(text, "t.txt")
    blind = partners._blind_pieces(doc)
    promoters = doc.hits("partners.promoter")
    worded = doc.hits("partners.sentence")
    in_tables = partners._table_test(doc)
    for sentence in doc.flowed_sentences:
        if any(sentence.start <= pos < sentence.end for pos in (*promoters, *worded)):
            continue
        folded = blind(sentence)
        if (
            (
                ("|" in sentence.text or "/" in sentence.text)
                and partners._CODE_MARK_HINT.search(sentence.text)
            )
            or ("(" in sentence.text and "partner" in folded)
            or "arp " in sentence.text
            or partners._may_grant(folded)
        ):
            continue
        found: list[object] = []
        partners._sentence_partners(doc, sentence, found.append, in_tables, folded, False, False)
        assert [row for row in found if row is not None] == [], sentence.text


def test_place_subject_as_with_its_look_behind_first() -> None:
    """``_PLACE_SUBJECT`` opens with its capital (the scan skips to one) and asks what stands
    before it after: the matches of the form that opened with the look-behind."""
    import random
    import re

    before = re.compile(r"(?<![\w„“\"])(?P<place>[" + partners._CAP + r"][a-ząčęėįšųūž]{3,})\s*$")
    rng = random.Random(8)
    alphabet = 'aąbkšž ŠKVX„“"(-,1'
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                a = before.search(text, start, end)
                b = partners._PLACE_SUBJECT.search(text, start, end)
                assert (a and (a.span(), a.group("place"))) == (b and (b.span(), b.group("place")))


@pytest.mark.parametrize(
    "line",
    [
        "Projekto partneriai:",
        "Pareiškėjas",
        "• Vietos projekto vykdytojas:",
        "Lead partner",
        "Projektui vadovauja",
        "Project partners :",
        *(
            line.text
            for path in GENRE
            for line in Document(read_source(path), "t.txt").flowed_lines
            if partners._ROLE_LABEL_LINE.match(line.text)
        ),
    ],
)
def test_role_label_lines_end_in_a_letter_or_colon(line: str) -> None:
    """``_label_lines`` passes over lines that end otherwise, before folding them."""
    assert partners._ROLE_LABEL_LINE.match(line)
    assert line[-1] == ":" or line[-1].isalpha()


@pytest.mark.parametrize(
    ("name", "aside", "code"),
    [
        ("Rygos universitetas", "Latvija", None),
        ("Kauno kolegija", None, None),
        ("Tartu ülikool", None, "EE"),
    ],
)
def test_rows_made_without_init_equal_the_class_own(name: str, aside, code) -> None:
    """``_partner`` fills a row's fields without ``Partner.__init__`` (cwlib.parse.frozen):
    the row equals, hashes, prints and orders its fields as the class's own would."""
    row = partners._partner(name, "partner", aside, code, name, "a.txt")
    assert row is not None
    own = partners.Partner(**{f: getattr(row, f) for f in row.__dataclass_fields__})
    assert row == own and hash(row) == hash(own) and repr(row) == repr(own)
    assert list(vars(row)) == list(vars(own))
    with pytest.raises(AttributeError):
        row.name = "X"  # type: ignore[misc]


@pytest.mark.parametrize(
    "text",
    [
        "Partneriai: Rygos universitetas (Latvija)",
        "A, B; C – Rygos universitetas (Latvija)",
        "be jokio ženklo Rygos universitetas (Latvija)",
        "(Lenkija), Tartu ülikool\n(Estija)",
        "x" * 120 + ", Rygos universitetas (Latvija)",
        ", Rygos " + "y" * 90 + " (Latvija)",
        "—‒(",
        "",
    ],
)
def test_last_name_cut_as_the_last_mark(text: str) -> None:
    """The name before a bracket begins after the last mark of the 80 characters before it,
    as the greatest ``rfind`` of each mark tells (or at those 80 characters' start)."""
    end = len(text)
    floor = max(0, end - 80)
    cut = partners._LAST_NAME_CUT.match(text, floor, end)
    expected = max(max(text.rfind(ch, floor, end) for ch in ",;:()\n–—‒") + 1, floor)
    assert (cut.end() if cut is not None else floor) == expected


@pytest.mark.parametrize(
    "quotes",
    [
        [],
        [""],
        ["", "Rygos universitetas"],
        ["Espoo / FI", "Aalto University, Espoo / FI (lead partner)", "Espoo / FI"],
        ["aa", "aaa", "a", "b"],
        ["Kultūros centras", "Mažeikių rajono savivaldybės kultūros centras", "centras"],
        ["a\0b", "a", "b", "\0"],
        [f"Partneris {k}" for k in range(40)] + ["Partneris 3"],
    ],
)
def test_quotes_inside_others_as_pair_by_pair(quotes: list[str]) -> None:
    """The quotes inside a longer quote, told by counting each in the joined quotes (or by
    an automaton, for many), are those a test of every pair finds."""
    distinct = set(quotes)
    pairs = {r for r in distinct if any(r in q and len(r) < len(q) for q in distinct)}
    assert partners._quotes_inside_others(quotes) == pairs


_VERB_FIRST_PIECES = [
    "projektą",
    "projekte",
    "projekto veiklose",
    "projektas",
    "projektų",
    "jame",
    "tinkle",
    "ir",
    "kartu su",
    "taip pat",
    "dar",
    ", kurį",
    " pagal programą",
    " nr. lt-12",
    "„a b“",
    "įgyvendina",
    "vykdo",
    "dalyvauja",
    "koordinavo",
    "x",
    "aprojekt",
    "ą",
    " ",
    "  ",
    "\t",
    ",",
    "\n",
    ".",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_VERB_FIRST_PIECES), max_size=14).map("".join))
def test_verb_first_needs_as_the_pattern(folded: str) -> None:
    """The gate searched from the first word that can open a match equals the pattern
    searched from the text's start (a ``\\b`` before a word reads the character before it)."""
    expected = partners._VERB_FIRST_NEEDS.search(folded) is not None
    assert partners._verb_first_needs(folded) == expected


_INTRO_PIECES = [
    "projekto",
    "Projekto",
    "PROJEKTUI",
    "projektui",
    "projektą",
    "Projektą",
    "project",
    "Project",
    "projektas",
    "projects",
    " ",
    "  ",
    "\t",
    "\n",
    "\xa0",
    "koordinatorius",
    "vadovauja",
    "vadovaujančios",
    "vadovaujantysis",
    "vadovavo",
    "koordinuoja",
    "lyderis",
    "pagrindinis",
    "partneris",
    "partnerė",
    "partner",
    "pareiškėjas",
    "vykdytojas",
    "vykdytojo pavadinimas",
    "is led by",
    "promoter",
    "metu",
    "tikslas",
    ":",
    " – ",
    "Rygos",
    "„Alfa“",
    ",",
    "s",
    "X",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_INTRO_PIECES), max_size=10).map("".join))
def test_intro_starts_drop_no_match(text: str) -> None:
    """A start the role phrases' filter drops is one where none of the four patterns tried
    at the phrases' hits matches (so ``matches_at`` gives what it gave with every hit)."""
    everywhere = list(range(len(text)))
    kept = set(partners._intro_starts(everywhere, partners._case_blind(text)))
    for pos in everywhere:
        if pos not in kept:
            for pattern in (
                partners._LEAD,
                partners._APPLICANT,
                partners._PARTNER_APPOSITION,
                partners._LEAD_GENITIVE,
            ):
                assert pattern.match(text, pos) is None, (pattern.pattern[:40], pos)


def _intro_starts_by_loop(hits: list[int], folded: str | None) -> list[int]:
    """``_intro_starts`` as it was written before round 23: ``startswith`` tests of the
    project's words, the white space after them (``str.isspace``) and the next word's
    openings, in a loop."""
    if folded is None:
        return hits
    out = []
    for pos in hits:
        if folded.startswith(("projekt", "project"), pos):
            for word in partners._PROJECT_INTRO_WORDS:
                at = pos + len(word)
                if folded.startswith(word, pos) and folded[at : at + 1].isspace():
                    break
            else:
                continue
            at += 1
            while folded[at : at + 1].isspace():
                at += 1
            if not folded.startswith(partners._PROJECT_INTRO_NEXT, at):
                continue
        out.append(pos)
    return out


_INTRO_SPACES = [" ", "\t", "\n", "\xa0", "\u2009", "\u3000", "\x1c", "\x85", "\u200b", "\r\n"]


@settings(max_examples=600, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            _INTRO_PIECES
            + _INTRO_SPACES
            + ["projekt", "projektu", "projectis", "pro", "x", "ſ", "İ", "ı", "K", "\u0307"]
        ),
        max_size=12,
    ).map("".join)
)
def test_intro_starts_as_the_loop(text: str) -> None:
    """One match of ``_PROJECT_INTRO`` at a hit keeps the hits the loop of ``startswith``
    tests kept, at every place of any text of the phrases' pieces and white space."""
    folded = partners._case_blind(text)
    everywhere = list(range(len(folded) + 1))
    assert partners._intro_starts(everywhere, folded) == _intro_starts_by_loop(everywhere, folded)
    assert partners._intro_starts(everywhere, None) is everywhere


def test_intro_space_is_str_isspace() -> None:
    """``\\s`` in ``_PROJECT_INTRO`` stands for the characters ``str.isspace`` tells, every
    one of them (the loop it replaced tested ``str.isspace``)."""
    import re
    import sys

    space = re.compile(r"\s")
    differ = [c for c in range(sys.maxunicode + 1) if bool(space.match(chr(c))) != chr(c).isspace()]
    assert differ == []


_ROLE_VERB_PIECES = [
    "buvo",
    "yra",
    "is",
    "was",
    "partneris",
    "x",
    " ",
    "  ",
    "\t",
    "\n",
    "\xa0",
    "\u2009",
    "\x1c",
    "\u0085",
    "\u3000",
    "Ą",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ROLE_VERB_PIECES), max_size=12).map("".join))
def test_role_after_needs_as_the_pattern(folded: str) -> None:
    """The substring tests on a printable sentence tell what the pattern's search tells."""
    expected = partners._ROLE_AFTER_NEEDS.search(folded) is not None
    assert partners._role_after_needs(folded) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Projekto koordinatorius: Rygos universitetas",
        "Projektui vadovauja Rygos universitetas",
        "Projektui vadovavo Rygos universitetas",
        "Projektą koordinuoja Rygos universitetas",
        "Projektui koordinuoja Rygos universitetas",
        "Projekto vadovaujantysis partneris – Rygos universitetas",
        "Projekto lyderis – Rygos universitetas",
        "Projekto pagrindinis partneris: Rygos universitetas",
        "project is led by Rygos universitetas",
        "Projekto pareiškėjas – Rygos universitetas",
        "Projekto vykdytojas: Rygos universitetas",
        "Projekto vykdytoja:\tRygos universitetas",
        "Project promoter: Rygos universitetas",
        "Projekto vykdytojo pavadinimas: Rygos universitetas",
        "Projekto partneris Rygos universitetas surengė",
        "PROJEKTO\xa0 PARTNERĖ Rygos universitetas surengė",
        "project partner Rygos universitetas",
        "projektui vadovaujančios Rygos universiteto",
    ],
)
def test_intro_starts_keep_every_phrase(text: str) -> None:
    """Every role phrase that opens with the project's word keeps its start."""
    patterns = (
        partners._LEAD,
        partners._APPLICANT,
        partners._PARTNER_APPOSITION,
        partners._LEAD_GENITIVE,
    )
    assert any(p.match(text, 0) for p in patterns)  # the phrase is one the patterns read
    assert partners._intro_starts([0], partners._case_blind(text)) == [0]


@pytest.mark.parametrize(
    "folded",
    [
        "tinkle įgyvendina ",
        "jame dalyvauja ",
        "x projekte taip pat vykdo ",
        "projektą „a b“ koordinavo ",
        "projekto veiklose dalyvavo ",
        "apie projektas, kurį vykdo ",
        "aprojektas, kurį vykdo ",  # no word start before "projekt"
        "aprojekte vykdo ",  # the first form needs none
        "projektą kartu su x, y vykdo ",
        "projekto nr. lt-12 „a“, kurį pagal programą įgyvendina ",
        "tinklas vykdo ",
        "",
    ],
)
def test_verb_first_needs_cases(folded: str) -> None:
    """Each form of the pattern, and near misses, as the pattern's search tells."""
    expected = partners._VERB_FIRST_NEEDS.search(folded) is not None
    assert partners._verb_first_needs(folded) == expected
