"""A lower-case phrase after a role word or a partners label is never an organisation.

The role and list patterns once ran with ``re.IGNORECASE`` over their capital-letter
lookaheads, so ``[A-Z…]`` matched lower case too and a clause after a role word became a
partner's name.
"""

from __future__ import annotations

import pytest

from cwlib.parse.document import Document
from cwlib.parse.partners import extract_partners


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
