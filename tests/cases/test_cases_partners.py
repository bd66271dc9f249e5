"""Partners: a sentence or a short list → its partner rows (name, role, country)."""

from __future__ import annotations

import pytest
from casetable import case, doc

from cwlib.parse.partners import extract_partners

CASES = [
    case(
        "labelled-list-with-countries",
        "Projekto partneriai: Rygos universitetas (Latvija), Tartu universitetas (Estija) ir "
        "Klaipėdos universitetas.",
        [
            ("Rygos universitetas", "partner", "LV"),
            ("Tartu universitetas", "partner", "EE"),
            ("Klaipėdos universitetas", "partner", "LT"),
        ],
    ),
    case(
        "lead-after-a-dash",
        "Vadovaujantis partneris – Kauno miesto savivaldybės administracija.",
        [("Kauno miesto savivaldybės administracija", "lead", "LT")],
    ),
    case(
        "english-lead-label",
        "Lead partner: City of Oulu (Finland)",
        [("City of Oulu", "lead", "FI")],
    ),
    case(
        "applicant-name-holding-ir",
        "Projekto pareiškėjas – VšĮ Rietavo turizmo ir verslo informacijos centras.",
        [("VšĮ Rietavo turizmo ir verslo informacijos centras", "applicant", "LT")],
        gap="a name in prose ends at ' ir ' before a lower-case word, which cuts names that hold 'ir'",
    ),
    case(
        "lead-verb",
        "Projektui vadovauja Leuvardeno savivaldybė (Nyderlandai).",
        [("Leuvardeno savivaldybė", "lead", "NL")],
    ),
    case(
        "bullets-with-codes",
        "Partneriai:\n• Hamburgo universitetas | DE\n• Gdansko miesto savivaldybė | PL\n"
        "• Umeå kommun | SE",
        [
            ("Hamburgo universitetas", "partner", "DE"),
            ("Gdansko miesto savivaldybė", "partner", "PL"),
            ("Umeå kommun", "partner", "SE"),
        ],
    ),
    case(
        "dash-bullets-lead-marked-after",
        "Partneriai:\n- Rygos kultūros centras (Latvija)\n"
        "- Tartu miesto savivaldybė (Estija) – projekto vadovas;",
        [("Tartu miesto savivaldybė", "lead", "EE"), ("Rygos kultūros centras", "partner", "LV")],
    ),
    case(
        "places-after-kartu-su",
        "Projektas įgyvendinamas kartu su Rygos, Talino ir Ščecino savivaldybėmis.",
        [("Rygos", "partner", "LV"), ("Talino", "partner", "EE"), ("Ščecino", "partner", "PL")],
    ),
    case(
        "places-after-partneriai-is",
        "Projekte dalyvauja partneriai iš Gdynės, Rostoko ir Karlskronos.",
        [
            ("Gdynės", "partner", "PL"),
            ("Rostoko", "partner", "DE"),
            ("Karlskronos", "partner", "SE"),
        ],
    ),
    case(
        "kaip-ir-kiti",
        "Klaipėdos universitetas, kaip ir kiti partneriai, dalyvavo susitikime.",
        [("Klaipėdos universitetas", "partner", "LT")],
    ),
    case(
        "role-after-the-name",
        "Kultūros centras projekte buvo pagrindinis partneris.",
        [("Kultūros centras", "lead", None)],
    ),
    case(
        "lower-case-after-role-is-no-name",
        "Projekto koordinatorius – kasmet renkamas iš partnerių tarpo.",
        [],
    ),
    case(
        "english-list-with-city-and-code",
        "Project partners: Aalto University, Espoo / FI; Riga Technical University / LV.",
        [("Aalto University", "partner", "FI"), ("Riga Technical University", "partner", "LV")],
        gap="the city after a comma in an inline list becomes a partner of its own",
    ),
    case(
        "city-code-list",
        "Klaipėda / LT, Gdańsk / PL, Rostock / DE",
        [("Klaipėda", "partner", "LT"), ("Gdańsk", "partner", "PL"), ("Rostock", "partner", "DE")],
    ),
    case(
        "main-partner-label",
        "Pagrindinis partneris: Lisabonos universitetas (Portugalija)",
        [("Lisabonos universitetas", "lead", "PT")],
    ),
    case(
        "coordinates-verb",
        "Projektą koordinuoja Vilniaus Gedimino technikos universitetas.",
        [("Vilniaus Gedimino technikos universitetas", "lead", "LT")],
    ),
    case(
        "table-of-partners",
        "Partneris | Šalis\nRygos universitetas | Latvija\nTartu universitetas | Estija",
        [("Rygos universitetas", "partner", "LV"), ("Tartu universitetas", "partner", "EE")],
        gap="a table's header row 'Partneris | Šalis' is read as a label with a one-item list",
    ),
    case("countries-are-no-partners", "Kiti partneriai – iš Latvijos ir Estijos.", []),
    case("sponsors-are-no-partners", "Dėkojame rėmėjams: UAB „Statyba“, AB „Energija“.", []),
    case(
        "implementer-is-applicant",
        "Projekto vykdytojas – Biržų rajono savivaldybės administracija.",
        [("Biržų rajono savivaldybės administracija", "applicant", "LT")],
    ),
    case(
        "english-list-with-country-after-comma",
        "Partneriai: Municipality of Ferrara, Italy (Lead Partner); Creative Industries Styria, "
        "Graz (Austria).",
        [
            ("Municipality of Ferrara", "lead", "IT"),
            ("Creative Industries Styria", "partner", "AT"),
        ],
        gap="'Lead partner:' inside brackets after a country opens a lead named 'Italy'",
    ),
    case(
        "subject-takes-part-with-partners",
        "Projekte dalyvauja Vilniaus dailės akademija kartu su partneriais iš Lenkijos.",
        [("Vilniaus dailės akademija", "partner", "LT")],
        gap="an organisation after the verb 'dalyvauja' is not read",
    ),
    case("person-is-a-contact", "Projekto koordinatorius: Jonas Petraitis", []),
    case(
        "english-applicant-with-city-and-country",
        "Applicant: Kretinga Museum, Kretinga, Lithuania",
        [("Kretinga Museum", "applicant", "LT")],
    ),
    case(
        "partnership-consists-of",
        "Partnerystę sudaro: Liepojos miesto dome (Latvija) ir Palangos miesto savivaldybė.",
        [
            ("Liepojos miesto dome", "partner", "LV"),
            ("Palangos miesto savivaldybė", "partner", "LT"),
        ],
    ),
    case(
        "latvian-names-with-codes",
        "Partneriai: Saldus novada pašvaldība (LV); Bauskas novada pašvaldība (LV).",
        [
            ("Saldus novada pašvaldība", "partner", "LV"),
            ("Bauskas novada pašvaldība", "partner", "LV"),
        ],
    ),
    case(
        "english-beneficiary",
        "Beneficiary: University of Tartu (Estonia)",
        [("University of Tartu", "applicant", "EE")],
    ),
    case(
        "name-after-the-verb",
        "Projekte taip pat dalyvauja Šiaulių universitetas.",
        [("Šiaulių universitetas", "partner", "LT")],
        gap="a partner named after 'dalyvauja' (verb first) is not read",
    ),
    case(
        "cities-taking-part",
        "Vilnius dalyvauja kartu su Kaunu ir Klaipėda.",
        [("Kaunas", "partner", "LT"), ("Klaipėda", "partner", "LT"), ("Vilnius", "partner", "LT")],
        gap="a place named in the instrumental ('Kaunu') keeps that form as the partner's name",
    ),
    case(
        "role-in-brackets-in-a-list",
        "Partneriai: Kauno technologijos universitetas (vadovaujantis partneris), Vytauto Didžiojo "
        "universitetas.",
        [
            ("Kauno technologijos universitetas", "lead", "LT"),
            ("Vytauto Didžiojo universitetas", "partner", None),
        ],
    ),
    case(
        "lead-in-the-genitive",
        "Projektui vadovaujančios Leuvardeno savivaldybės atstovai lankėsi Kaune.",
        [("Leuvardeno savivaldybė", "lead", "NL")],
    ),
    case("menu-is-no-list", "Meniu | Naujienos | Projektai | Kontaktai", []),
    case(
        "english-beneficiary-of-the-project",
        "The beneficiary of the project is the Administration of Jurbarkas District Municipality "
        "(Lithuania).",
        [("Administration of Jurbarkas District Municipality", "applicant", "LT")],
    ),
    case(
        "english-beneficiary-of-the-project-dash",
        "Beneficiary of the project – Jurbarkas District Municipality Administration.",
        [("Jurbarkas District Municipality Administration", "applicant", "LT")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_partner_rows(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    rows = extract_partners(doc(text))
    assert [(p.name, p.role, p.country) for p in rows] == expected
    assert all(p.quote in text for p in rows)
