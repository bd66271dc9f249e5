"""Results: a sentence or a results section → its counted results (count, qualifier, what)."""

from __future__ import annotations

import pytest
from casetable import case, doc

from cwlib.parse.results import extract_results

X, MIN, ABOUT = "exact", "at_least", "about"

CASES = [
    case("future-passive", "Projekto metu bus surengti 5 seminarai.", [(5, X, "seminarai")]),
    case("at-least", "Bus įkurti ne mažiau kaip 3 klasteriai.", [(3, MIN, "klasteriai")]),
    case(
        "bullets-in-a-results-section",
        "Projekto rezultatai:\n• 24 gerųjų praktikų aprašymai\n• 2 tarptautinės konferencijos",
        [(24, X, "gerųjų praktikų aprašymai"), (2, X, "tarptautinės konferencijos")],
    ),
    case("about", "Renginiuose dalyvaus apie 300 lankytojų.", [(300, ABOUT, "lankytojų")]),
    case(
        "two-counts-joined-by-ir",
        "Parengta 12 mokymo programų ir 4 metodinės priemonės.",
        [(12, X, "mokymo programų"), (4, X, "metodinės priemonės")],
    ),
    case("money-is-no-count", "Projekto vertė – 48 000 Eur.", []),
    case("more-than", "Apmokyta daugiau kaip 150 specialistų.", [(150, MIN, "specialistų")]),
    case("english-will", "The project will train 40 teachers.", [(40, X, "teachers")]),
    case("duration-is-no-count", "Projektas truks 24 mėn.", []),
    case(
        "area",
        "Sukurta 1 200 kv. m naujų erdvių.",
        [(1200, X, "kv. m naujų erdvių")],
        gap="an area in square metres ('kv. m') is not read as a count",
    ),
    case(
        "grouped-thousands",
        "Surengtos 3 parodos, kuriose apsilankė 2 500 lankytojų.",
        [(3, X, "parodos"), (2500, X, "lankytojų")],
    ),
    case(
        "year-after-the-indicator",
        "Įrengtos 2 dirbtuvės 2020 m.",
        [(2, X, "dirbtuvės")],
        gap="a year after the indicator stays in it ('dirbtuvės 2020 m')",
    ),
    case(
        "numbered-list-numbers-are-no-counts",
        "Laukiami rezultatai:\n1. Įkurtas inovacijų centras\n2. 10 naujų darbo vietų",
        [(10, X, "naujų darbo vietų")],
    ),
    case(
        "print-run",
        "Išleista knyga, jos tiražas – 500 egzempliorių.",
        [(500, X, "egzempliorių")],
    ),
    case(
        "partners-and-countries",
        "Projekte dalyvavo 7 partneriai iš 5 šalių.",
        [(7, X, "partneriai iš 5 šalių"), (5, X, "šalių")],
    ),
    case(
        "dash-bullets-under-a-header",
        "Projekto metu bus pasiekti šie rezultatai:\n- 15 renginių;\n- 200 dalyvių.",
        [(15, X, "renginių"), (200, X, "dalyvių")],
    ),
    case(
        "planned",
        "Planuojama sukurti 2 virtualias parodas.",
        [(2, X, "virtualias parodas")],
    ),
    case("age-range-is-no-count", "Nuo 16 iki 29 metų jaunimas bus apmokytas.", []),
    case("one", "Atnaujintas 1 pastatas.", [(1, X, "pastatas")]),
    case(
        "two-kinds",
        "Parengti 3 leidiniai ir 1 interneto svetainė.",
        [(3, X, "leidiniai"), (1, X, "interneto svetainė")],
    ),
    case(
        "articles-published",
        "Publikuoti 6 straipsniai.",
        [(6, X, "straipsniai")],
        gap="'straipsniai' (articles) is taken for a law's article and not counted",
    ),
    case("phone-is-no-count", "Tel. 8 612 34567.", []),
    case(
        "two-clauses",
        "Surengta 40 edukacinių užsiėmimų, juose dalyvavo 850 moksleivių.",
        [(40, X, "edukacinių užsiėmimų"), (850, X, "moksleivių")],
    ),
    case(
        "english-outputs-on-the-header-line",
        "Outputs: 3 pilot actions, 1 joint strategy",
        [(3, X, "pilot actions"), (1, X, "joint strategy")],
        gap="counts on the same line as a results header are not in its section",
    ),
    case(
        "planned-figure-in-brackets",
        "Sukurtos 8 naujos paslaugos (planuota – 6).",
        [(8, X, "naujos paslaugos")],
    ),
    case("percentage-is-no-count", "ES lėšos sudaro 85 proc.", []),
    case(
        "object-first",
        "Kvalifikaciją kėlė 25 muziejų darbuotojai.",
        [(25, X, "muziejų darbuotojai")],
        gap="'kėlė kvalifikaciją' is a result verb only in that order",
    ),
    case(
        "attracted-visitors",
        "Pritraukta 1 000 naujų lankytojų.",
        [(1000, X, "naujų lankytojų")],
    ),
    case(
        "approximately",
        "Bus organizuoti maždaug 20 susitikimų.",
        [(20, ABOUT, "susitikimų")],
    ),
    case("measure-and-priority-are-no-counts", "Priemonė Nr. 07.1.1, prioritetas 5.", []),
    case(
        "indicator-table-rows",
        "Surengti festivaliai\tvnt.\t6\nParengti leidiniai\t4",
        [(6, X, "Surengti festivaliai"), (4, X, "Parengti leidiniai")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_result_rows(text: str, expected: list[tuple[float, str, str]]) -> None:
    rows = extract_results(doc(text))
    assert [(r.count, r.qualifier, r.indicator) for r in rows] == [
        (float(c), q, i) for c, q, i in expected
    ]
    assert all(r.quote in text for r in rows)
