"""Tables in a text: a table written with bars, tabs or HTML rows → its column meanings and rows."""

from __future__ import annotations

import pytest
from casetable import case, doc

CASES = [
    case(
        "bars-name-country-total",
        "Partneris | Šalis | Biudžetas, Eur\nRygos universitetas | Latvija | 120 000\nTartu universitetas | Estija | 80 000",
        [
            (
                ("name", "country", "total"),
                [
                    ("Rygos universitetas", "Latvija", "120 000", False),
                    ("Tartu universitetas", "Estija", "80 000", False),
                ],
            )
        ],
    ),
    case(
        "tabs-eu-and-own",
        "Partneris\tES lėšos\tNuosavos lėšos\nKauno savivaldybė\t85 000\t15 000",
        [(("name", "eu", "own"), [("Kauno savivaldybė", "85 000", "15 000", False)])],
    ),
    case(
        "number-column-is-role",
        "Nr. | Partneris | Šalis\n1 | Klaipėdos universitetas | LT\n2 | Rostocko universitetas | DE",
        [
            (
                ("role", "name", "country"),
                [
                    ("1", "Klaipėdos universitetas", "LT", False),
                    ("2", "Rostocko universitetas", "DE", False),
                ],
            )
        ],
    ),
    case(
        "role-column",
        "Organizacija | Vaidmuo | Šalis\nRietavo savivaldybė | Pagrindinis partneris | LT",
        [
            (
                ("name", "role", "country"),
                [("Rietavo savivaldybė", "Pagrindinis partneris", "LT", False)],
            )
        ],
    ),
    case(
        "total-row",
        "Partneris | Biudžetas\nRygos universitetas | 150 000\nIš viso | 200 000",
        [
            (
                ("name", "total"),
                [("Rygos universitetas", "150 000", False), ("Iš viso", "200 000", True)],
            )
        ],
    ),
    case(
        "menu-is-no-table",
        "Pradžia | Naujienos | Projektai",
        [],
    ),
    case(
        "label-value-card-is-no-table",
        "Pavadinimas | Kūrybinės dirbtuvės",
        [],
    ),
    case(
        "english-headers",
        "Partner | Country | Budget\nCity of Riga | Latvia | 90 000",
        [(("name", "country", "total"), [("City of Riga", "Latvia", "90 000", False)])],
    ),
    case(
        "eu-and-national-together",
        "Partneris | ES ir valstybės lėšos | Savivaldybės lėšos\nBiržų savivaldybė | 170 000 | 30 000",
        [(("name", "eu_national", "own"), [("Biržų savivaldybė", "170 000", "30 000", False)])],
    ),
    case(
        "html-row-form",
        "| Partneris | Šalis |\n| Tartu miesto savivaldybė | Estija |",
        [(("name", "country"), [("Tartu miesto savivaldybė", "Estija", False)])],
    ),
    case(
        "header-with-figures-is-no-header",
        "2020 | 2021 | 2022\n100 | 200 | 300",
        [],
    ),
    case(
        "data-row-with-code-is-no-header",
        "Rygos universitetas | LV\nTartu universitetas | EE",
        [],
    ),
    case(
        "rows-end-at-a-different-width",
        "Partneris | Šalis\nRygos universitetas | Latvija\nTekstas be stulpelių.\nDar | vienas | trys",
        [(("name", "country"), [("Rygos universitetas", "Latvija", False)])],
    ),
    case(
        "litas-header",
        "Partneris | Biudžetas, Lt\nKlaipėdos universitetas | 345 280",
        [(("name", "total"), [("Klaipėdos universitetas", "345 280", False)])],
    ),
    case(
        "euro-sign-header",
        "Partneris | Suma, €\nKlaipėdos universitetas | 100 000",
        [(("name", "total"), [("Klaipėdos universitetas", "100 000", False)])],
    ),
    case(
        "place-column",
        "Partneris | Miestas | Šalis\nKultūros centras | Ryga | Latvija",
        [(("name", "place", "country"), [("Kultūros centras", "Ryga", "Latvija", False)])],
    ),
    case(
        "tab-row-with-empty-first-cell",
        "Partneris\tES lėšos\tIš viso\nRygos universitetas\t85 000\t100 000\n\t170 000\t200 000",
        [
            (
                ("name", "eu", "total"),
                [
                    ("Rygos universitetas", "85 000", "100 000", False),
                    ("", "170 000", "200 000", False),
                ],
            )
        ],
    ),
    case(
        "long-header-words-are-prose",
        "Šiame projekte dalyvauja daug partnerių | ir jų šalys yra skirtingos\nRyga | Latvija",
        [],
    ),
    case(
        "header-only",
        "Partneris | Šalis",
        [],
    ),
    case(
        "contribution-is-own",
        "Partneris | Įnašas\nTartu universitetas | 12 000",
        [(("name", "own"), [("Tartu universitetas", "12 000", False)])],
    ),
    case(
        "grant-is-eu",
        "Partner | Grant | Total\nCity of Oulu | 85 000 | 100 000",
        [(("name", "eu", "total"), [("City of Oulu", "85 000", "100 000", False)])],
    ),
    case(
        "three-rows",
        "Partneris | Šalis\nA universitetas | Latvija\nB universitetas | Estija\nC universitetas | Lenkija",
        [
            (
                ("name", "country"),
                [
                    ("A universitetas", "Latvija", False),
                    ("B universitetas", "Estija", False),
                    ("C universitetas", "Lenkija", False),
                ],
            )
        ],
    ),
    case(
        "total-row-english",
        "Partner | Budget\nCity of Oulu | 100 000\nTotal | 100 000",
        [(("name", "total"), [("City of Oulu", "100 000", False), ("Total", "100 000", True)])],
    ),
    case(
        "name-with-aside",
        "Partneris | Šalis\nPasvalio kultūros centras (pagrindinis partneris) | LT",
        [
            (
                ("name", "country"),
                [("Pasvalio kultūros centras (pagrindinis partneris)", "LT", False)],
            )
        ],
    ),
    case(
        "two-tables",
        "Partneris | Šalis\nRygos universitetas | Latvija\n\nTekstas.\nPartneris | Biudžetas\nTartu universitetas | 50 000",
        [
            (("name", "country"), [("Rygos universitetas", "Latvija", False)]),
            (("name", "total"), [("Tartu universitetas", "50 000", False)]),
        ],
    ),
    case(
        "status-column",
        "Institucija | Statusas | Valstybė\nVilniaus universitetas | Partneris | Lietuva",
        [
            (
                ("name", "role", "country"),
                [("Vilniaus universitetas", "Partneris", "Lietuva", False)],
            )
        ],
    ),
    case(
        "amount-column",
        "Dalyvis | Amount\nCity of Kolding | 40 000",
        [(("name", "total"), [("City of Kolding", "40 000", False)])],
    ),
    case(
        "no-separator-no-table",
        "Partneris Šalis Biudžetas\nRygos universitetas Latvija 120 000",
        [],
    ),
    case(
        "pipes-in-prose-are-no-table",
        "Renginys vyko Kaune | Vilniuje.",
        [],
    ),
    case(
        "value-column",
        "Partneris | Vertė\nKretingos muziejus | 60 000",
        [(("name", "total"), [("Kretingos muziejus", "60 000", False)])],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_tables(
    text: str, expected: list[tuple[tuple[str | None, ...], list[tuple[object, ...]]]]
) -> None:
    tables = doc(text).tables
    got = [
        (
            table.header,
            [(*(cell.span.text for cell in row.cells), row.is_total) for row in table.rows],
        )
        for table in tables
    ]
    assert got == expected
    for table in tables:
        for row in table.rows:
            assert text[row.line.start : row.line.end] == row.line.text
            for cell in row.cells:
                assert text[cell.span.start : cell.span.end] == cell.span.text


# --- flattened project cards: labels paired with their values (Document.label_values) -------

LABEL_CASES = [
    case(
        "label-line-then-value-line",
        "Projekto vertė\n\n890 797,16 Eur\n\nSkirta parama\n\n823 414,80 Eur",
        [("Projekto vertė", "890 797,16 Eur"), ("Skirta parama", "823 414,80 Eur")],
    ),
    case(
        "labels-with-colons",
        "Projekto biudžetas:\n318 652,40 EUR\nPartneriai:\nBauskės savivaldybė (Latvija)",
        [
            ("Projekto biudžetas:", "318 652,40 EUR"),
            ("Partneriai:", "Bauskės savivaldybė (Latvija)"),
        ],
    ),
    case(
        "block-of-labels-then-block-of-values",
        "Projekto kodas\nProjekto vykdytojas\nProjekto vertė\nSavivaldybės biudžeto lėšos\n\n"
        "09.1.3-CPVA-R-724-61-0007\nUtenos rajono savivaldybės administracija\n412 356,80 Eur\n"
        "30 926,76 Eur",
        [
            ("Projekto kodas", "09.1.3-CPVA-R-724-61-0007"),
            ("Projekto vykdytojas", "Utenos rajono savivaldybės administracija"),
            ("Projekto vertė", "412 356,80 Eur"),
            ("Savivaldybės biudžeto lėšos", "30 926,76 Eur"),
        ],
    ),
    case(
        "two-values-on-one-line-set-apart-by-spaces",
        "Projekto pareiškėjas\n\nProjekto partneriai\n\nProjekto vertė\n\n"
        "Varėnos rajono savivaldybės administracija        -\n\nDarbai kainuos 186 tūkst. Eur",
        [
            ("Projekto pareiškėjas", "Varėnos rajono savivaldybės administracija"),
            ("Projekto partneriai", "-"),
            ("Projekto vertė", "Darbai kainuos 186 tūkst. Eur"),
        ],
    ),
    case(
        "english-card",
        "Total budget\nEUR 1.087.350,00\nOwn contribution\nEUR 163 102,50\n"
        "Budget of the lead partner\nEUR 386 400,00",
        [
            ("Total budget", "EUR 1.087.350,00"),
            ("Own contribution", "EUR 163 102,50"),
            ("Budget of the lead partner", "EUR 386 400,00"),
        ],
    ),
    case(
        "english-open-data-record-with-the-total-cost",
        "EU budget\n€1.8M\nTotal project cost\n€2.1M\nPeriod\n2016-01-04 → 2019-06-30",
        [("EU budget", "€1.8M"), ("Total project cost", "€2.1M")],
    ),
    case(
        "row-of-labels-over-a-row-of-values",
        "Projekto pavadinimas | Pareiškėjas | Projekto vertė\n"
        "Klebonijos atnaujinimas | Anykščių rajono savivaldybės administracija | 824 616,00 Eur",
        [
            ("Projekto pavadinimas", "Klebonijos atnaujinimas"),
            ("Pareiškėjas", "Anykščių rajono savivaldybės administracija"),
            ("Projekto vertė", "824 616,00 Eur"),
        ],
    ),
    case(
        "fewer-values-than-labels-pair-nothing",
        "Projekto vertė\nES lėšos\nSavivaldybės lėšos\n\n100 000 Eur",
        [],
    ),
    case(
        "heading-in-capitals-is-no-label",
        "PROJEKTO APRAŠYMAS\nProjekto vertė\n48 000 Eur",
        [("Projekto vertė", "48 000 Eur")],
    ),
    case(
        "label-and-value-on-one-line-is-no-label",
        "Projekto vadovas – Jonas Jonaitis\nProjekto vertė\n48 000 Eur",
        [("Projekto vertė", "48 000 Eur")],
    ),
    case(
        "prose-is-no-label",
        "Projektas įgyvendinamas Utenoje.\nBendra projekto vertė yra didelė, o darbai baigti.\n48 000 Eur",
        [],
    ),
    case(
        "partner-table-is-no-card",
        "Partneris | Šalis | Biudžetas\nRygos universitetas | Latvija | 120 000",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABEL_CASES)
def test_label_values(text: str, expected: list[tuple[str, str]]) -> None:
    pairs = doc(text).label_values
    assert [(p.label.text, p.value.text) for p in pairs] == expected
    for p in pairs:
        assert text[p.label.start : p.label.end] == p.label.text
        assert text[p.value.start : p.value.end] == p.value.text


def test_a_card_row_is_no_table_of_partners() -> None:
    text = (
        "Projekto pavadinimas | Partneris | Projekto vertė\n"
        "Muziejaus atnaujinimas | Rokiškio muziejus | 824 616,00 Eur"
    )
    assert doc(text).tables == ()
