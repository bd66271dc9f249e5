"""One partner key, one title key, one slug: the parser and the merge agree on what is the same."""

from __future__ import annotations

from dataclasses import replace

from cwlib import parse_text
from cwlib.build.merge import merge
from cwlib.parse.keys import partner_key, short_title, slugify, text_key, title_key

PAGE = """Projektas „Kūrybinių miestų tinklas“
Projekto Nr. LT-KM-0042.
Bendra projekto vertė – 120 000 Eur.
Projekto partneriai: {partner} (Latvija).
"""


def test_partner_key_folds_case_punctuation_and_the_genitive() -> None:
    assert partner_key("Rygos universiteto") == partner_key("RYGOS  Universitetas.")
    assert partner_key("VšĮ „Kūrybinės jungtys“") == "všį kūrybinės jungtys"
    assert partner_key("Rygos universiteto biblioteka") != partner_key("Rygos universitetas")


def test_text_and_title_keys() -> None:
    assert text_key("Surengti  seminarai,") == text_key("surengti seminarai")
    assert title_key("Kūrybinės dirbtuvės") == title_key("KURYBINES – DIRBTUVES")
    assert short_title("DIGIHERIT: skaitmeninis paveldas") == "DIGIHERIT"
    assert slugify("Ąžuolų alėja: II etapas") == "azuolu-aleja-ii-etapas"


def test_a_partner_merged_in_one_text_is_merged_across_texts() -> None:
    """Two pages about one project (same number) name one partner, once in the genitive."""
    one = parse_text(PAGE.format(partner="Rygos universitetas"), source="a.txt")
    two = parse_text(PAGE.format(partner="Rygos universitetas"), source="b.txt")
    # The second page names the partner in the genitive, as a page may ("… universiteto").
    renamed = replace(two.partners[0], name="Rygos universiteto")
    two = replace(two, partners=(renamed,))
    assert partner_key(one.partners[0].name) == partner_key(renamed.name)
    tables = merge([one, two])
    assert len(tables["projects"]) == 1
    assert [p["name"] for p in tables["partners"]] == ["Rygos universitetas"]
