"""A lower-case phrase after a role word or a partners label is never an organisation.

The role and list patterns once ran with ``re.IGNORECASE`` over their capital-letter
lookaheads, so ``[A-Z…]`` matched lower case too and a clause after a role word became a
partner's name.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cwlib.lexicon import load as lexicon
from cwlib.parse.document import Document
from cwlib.parse.partners import extract_partners
from cwlib.read.source import read_source


def _partners(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.role) for p in extract_partners(Document(text, "t.txt"))]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Projekto koordinatorius – kasmet renkamas iš partnerių tarpo.", id="lead"),
        pytest.param("Pagrindinis partneris – dar nepasirinktas.", id="lead-main"),
        pytest.param(
            "Projekto pareiškėjas – savivaldybės administracija, kurios atstovai dalyvavo.",
            id="applicant",
        ),
        pytest.param("Projekto partneriai: užsienio organizacijos ir kiti.", id="header-list"),
        pytest.param("Kiti partneriai – įvairios kultūros įstaigos.", id="inline-list"),
        pytest.param(
            "savivaldybės administracija, kaip ir kiti partneriai, dalyvavo.", id="as-others"
        ),
    ],
)
def test_lower_case_after_a_role_word_is_no_partner(text: str) -> None:
    assert _partners(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Projekto koordinatorius – Rietavo savivaldybės administracija.",
            [("Rietavo savivaldybės administracija", "lead")],
            id="lead",
        ),
        pytest.param(
            "PROJEKTO PAREIŠKĖJAS: Klaipėdos universitetas",
            [("Klaipėdos universitetas", "applicant")],
            id="applicant-capitals",
        ),
        pytest.param(
            "Projekto partneriai: Rygos universitetas (Latvija) ir „Kūrybinės jungtys“.",
            [("Rygos universitetas", "partner"), ("Kūrybinės jungtys", "partner")],
            id="header-list",
        ),
    ],
)
def test_a_capitalised_name_after_a_role_word_is_a_partner(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _partners(text) == expected


def _settled(text: str, programme: str | None) -> list[tuple[str, str, str | None]]:
    rows = extract_partners(Document(text, "t.txt"), programme)
    return [(p.name, p.role, p.country) for p in rows]


PROMOTER = "Kupiškio kultūros centras įgyvendino projektą „Amatų kiemas“."


@pytest.mark.parametrize(
    ("programme", "role"),
    [
        pytest.param("EU Funds Investments Operational Programme", "applicant", id="national"),
        pytest.param("Rural Development Programme for Lithuania", "applicant", id="rural"),
        pytest.param("EEA and Norway Grants", "applicant", id="eea"),
        pytest.param("Interreg Latvia-Lithuania", "partner", id="cooperation"),
        pytest.param("Erasmus+", "partner", id="eu-programme"),
        pytest.param(None, "applicant", id="unknown"),
    ],
)
def test_the_body_carrying_a_project_out_takes_the_programmes_role(
    programme: str | None, role: str
) -> None:
    assert _settled(PROMOTER, programme) == [("Kupiškio kultūros centras", role, "LT")]


def test_an_applicant_named_by_its_label_is_not_doubled_by_the_subject() -> None:
    text = PROMOTER + " Projekto vykdytojas – Kupiškio rajono savivaldybės administracija."
    assert _settled(text, "EU Funds Investments Operational Programme") == [
        ("Kupiškio rajono savivaldybės administracija", "applicant", "LT"),
        ("Kupiškio kultūros centras", "partner", "LT"),
    ]


def test_partners_abroad_make_the_subject_one_partner_when_no_programme_is_named() -> None:
    text = "Zarasų kultūros centras kartu su Daugpilio teatru (Latvija) įgyvendino projektą."
    assert _settled(text, None) == [
        ("Zarasų kultūros centras", "partner", "LT"),
        ("Daugpilio teatras", "partner", "LV"),
    ]


@pytest.mark.parametrize(
    ("programme", "country"),
    [
        pytest.param("EU Funds Investments Operational Programme", "LT", id="national"),
        pytest.param("Interreg Baltic Sea Region", None, id="transnational"),
    ],
)
def test_a_national_programme_places_unplaced_partners_in_lithuania(
    programme: str, country: str | None
) -> None:
    text = "Projekto partneriai: Kūrybinių idėjų asociacija, Lutherio kultūros draugija."
    assert [c for _, _, c in _settled(text, programme)] == [country, country]


@pytest.mark.parametrize(
    ("name", "country"),
    [
        pytest.param("Kowale Oleckie seniūnija", "PL", id="polish-letters"),
        pytest.param("Rundāles kultūras nams", "LV", id="latvian-letters"),
        pytest.param("Senųjų amatų draugija", None, id="lithuanian-name-stays-unplaced"),
    ],
)
def test_a_two_country_programme_places_a_name_in_the_other_countrys_language(
    name: str, country: str | None
) -> None:
    programme = "Interreg Lithuania-Poland" if country != "LV" else "Interreg Latvia-Lithuania"
    text = f"Projekto partneriai: {name}, Tartu universitetas (Estija)."
    assert _settled(text, programme)[0] == (name, "partner", country)


def _top_level_branches(pattern: str) -> list[str]:
    """The top-level alternatives of a verbose lexicon pattern, comments dropped."""
    text = "".join(line.split("#", 1)[0] for line in pattern.splitlines())
    branches, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            branches.append(text[start:i].strip())
            start = i + 1
    return [*branches, text[start:].strip()]


@pytest.mark.parametrize(("key", "words"), [("not_header", "needs"), ("header", "keywords")])
def test_every_branch_holds_a_needed_word(key: str, words: str) -> None:
    """The partner extractor passes over a line holding none of a table's words (a literal
    scan instead of the case-blind pattern): every branch of the pattern must hold one."""
    entry = lexicon.table("partners", key)
    for branch in _top_level_branches(entry["pattern"]):
        plain = branch.replace("\\s+", " ").replace("\\w*", "")
        assert any(word in plain for word in entry[words]), branch


def test_every_agency_branch_holds_a_needed_word() -> None:
    """A name holding none of the agencies' ``needs`` is never searched for an agency (a
    literal test on the lower-cased name): every branch of the pattern must hold one."""
    entry = lexicon.table("organisations", "agencies")
    branches = _top_level_branches(entry["pattern"])
    assert len(branches) > 5
    for branch in branches:
        plain = branch.replace("\\s+", " ").replace("\\b", "").replace(",?", "")
        assert any(word in plain for word in entry["needs"]), branch


def test_every_header_branch_opens_with_an_opening_word() -> None:
    """A line whose first word opens no partners header is passed over by the header scan."""
    entry = lexicon.table("partners", "header")
    for branch in _top_level_branches(entry["pattern"]):
        assert branch.startswith(tuple(entry["opens"])), branch


def test_needed_and_opening_words_hold_on_the_genre_texts() -> None:
    """Every case-blind match of the header and other-header patterns in the genre texts
    opens with one of its ``opens`` words or holds one of its ``needs``."""
    texts = [read_source(p) for p in sorted(Path(__file__).parent.joinpath("genre").glob("*.txt"))]
    header = lexicon.table("partners", "header")
    other = lexicon.table("partners", "not_header")
    found = 0
    for entry, test in (
        (header, lambda low: low.startswith(tuple(header["opens"]))),
        (other, lambda low: any(word in low for word in other["needs"])),
    ):
        pattern = re.compile(lexicon.fragment_of(entry), re.VERBOSE | re.IGNORECASE)
        for text in texts:
            for match in pattern.finditer(text):
                found += 1
                assert test(match.group(0).lower()), match.group(0)
    assert found > 100


def test_kind_patterns_are_lower_case() -> None:
    """The kinds of organisation are matched on a case-blind name without re.IGNORECASE, so
    their patterns must hold no capital (a capital would never match)."""
    for kind, entry in lexicon.entries("organisations", "kinds").items():
        code = "".join(line.split("#", 1)[0] for line in entry["pattern"].splitlines())
        assert code == code.lower(), kind


def test_not_partner_words_cover_every_role_branch() -> None:
    """A sentence holding none of the words is taken for holding no non-partner role."""
    from cwlib.parse.partners import _NOT_PARTNER_WORDS

    entry = lexicon.table("partners", "not_partner_roles")
    for branch in _top_level_branches(entry["pattern"]):
        assert any(word in branch for word in _NOT_PARTNER_WORDS), branch
