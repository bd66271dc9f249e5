"""Where a partner is: a Latvian county's genitive names its town.

"Preiļu novada dome" is Preiļi's council; the genitive was made nominative only when a
marker ("(LV)") said the name was Latvian, not when the name's own kind ("novada dome",
"pašvaldība") said so, and such partners were left at the country's centre.
"""

from __future__ import annotations

import pytest

from cwlib.parse.document import Document
from cwlib.parse.partners import extract_partners


@pytest.mark.parametrize(
    ("text", "city"),
    [
        pytest.param("Projekto partneris – Preiļu novada dome.", "Preiļi", id="kind-dome"),
        pytest.param(
            "Projekto partneris – Kuldīgas novada pašvaldība.", "Kuldīga", id="kind-pasvaldiba"
        ),
        pytest.param("Projekto partneris – Bauskas novada pašvaldība (LV).", "Bauska", id="marker"),
    ],
)
def test_latvian_genitive_names_the_town(text: str, city: str) -> None:
    (row,) = extract_partners(Document(text, "t.txt"))
    assert (row.country, row.city) == ("LV", city)


def test_no_town_stays_at_country_precision() -> None:
    """A planning region names no town: the partner is placed in Latvia, no city guessed."""
    (row,) = extract_partners(Document("Projekto partneris – Latgalos planavimo regionas.", "t"))
    assert (row.country, row.city, row.geo_precision) == ("LV", None, "country")
