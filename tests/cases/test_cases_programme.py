"""Programmes: a short page → its programme, on what basis, and the period (parse_text).

Each row gives (programme, programme_basis, period) as the whole pipeline settles them, so a
programme's generation is checked with the period the dates or the words give.
"""

from __future__ import annotations

from typing import Any

import pytest
from casetable import case

from cwlib.parse.pipeline import parse_text

LTPL = "Interreg Lithuania-Poland"
ENPI_LLB = "ENPI Latvia-Lithuania-Belarus"

DATES_2023 = " Projekto veiklos vykdomos nuo 2023 m. spalio 1 d. iki 2025 m. rugsėjo 30 d."

GAPS = [
    # Between two words of a name, a space or a dash.
    case(
        "countries-without-a-dash",
        "Projektas įgyvendinamas pagal „Interreg VI-A“ Lietuvos Lenkijos programą." + DATES_2023,
        (LTPL, "stated", "2021-2027"),
    ),
    case(
        "generation-with-a-dash-where-the-table-has-a-space",
        "Projektas įgyvendinamas pagal Interreg VI-A Lietuvos-Lenkijos programą.",
        (LTPL, "stated", "2021-2027"),
    ),
    case(
        "cross-border-with-a-hyphen",
        "The project is funded by the Latvia-Lithuania-Belarus Cross-border Cooperation "
        "Programme within the European Neighbourhood and Partnership Instrument.",
        (ENPI_LLB, "stated", "2007-2013"),
    ),
    # What it must leave alone: the countries named without a programme name nothing.
    case(
        "countries-with-a-dash-and-no-programme",
        "Lietuvos–Lenkijos pasienio savivaldybės susitiko aptarti bendrų darbų.",
        (None, None, None),
    ),
    case(
        "a-programme-word-apart-names-nothing",
        "Interreg - tai Europos teritorinio bendradarbiavimo tikslo programų vardas.",
        (None, None, None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), GAPS)
def test_programme_and_period(text: str, expected: tuple[Any, ...]) -> None:
    project = parse_text(text, "case.txt").project
    assert (project.programme, project.programme_basis, project.period) == expected
    assert all(quote in text for quote in project.quotes.values())
