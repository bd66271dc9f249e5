"""Budgets: a sentence → its budget rows (scope, party, item, amount, currency, share %)."""

from __future__ import annotations

import pytest
from casetable import case, doc

from cwlib.parse.budgets import complete_shares, extract_budgets

E, L = "EUR", "LTL"
P = ("project", None)

CASES = [
    case("total", "Bendra projekto vertė – 48 000 Eur.", [(*P, "total", 48000, E, None)]),
    case(
        "total-and-eu-share-computed",
        "Projekto vertė – 1 245 300,50 Eur, iš jų ES lėšos – 1 058 505,43 Eur.",
        [(*P, "total", 1245300.5, E, None), (*P, "eu", 1058505.43, E, 85.0)],
    ),
    case(
        "share-stated-then-sum",
        "Projekto biudžetas: 250 000 Eur. Europos regioninės plėtros fondo lėšos sudaro 85 proc., "
        "t. y. 212 500 Eur.",
        [(*P, "total", 250000, E, None), (*P, "eu", 212500, E, 85.0)],
    ),
    case(
        "scale-words",
        "Bendra vertė 2,5 mln. eurų, iš kurių ES parama – 2,1 mln. eurų.",
        [(*P, "total", 2500000, E, None), (*P, "eu", 2100000, E, 84.0)],
    ),
    case(
        "litas-with-euro-in-brackets",
        "Projekto vertė – 8.263.543,00 Lt (2.393.287,50 Eur).",
        [(*P, "total", 8263543, L, None)],
    ),
    case("litas-alone", "Projekto vertė 100 000 Lt.", [(*P, "total", 100000, L, None)]),
    case(
        "state-budget",
        "Valstybės biudžeto lėšos – 15 000 Eur.",
        [(*P, "national", 15000, E, None)],
    ),
    case(
        "municipal-money-is-own",
        "Savivaldybės biudžeto lėšos – 7 500 Eur.",
        [(*P, "own", 7500, E, None)],
    ),
    case(
        "eu-and-state-together-not-split",
        "ES ir valstybės biudžeto lėšos – 90 000 Eur.",
        [(*P, "eu_national", 90000, E, None)],
    ),
    case(
        "english-currency-first",
        "Total project budget: EUR 1,250,000.00, of which ERDF co-financing EUR 1,062,500.00.",
        [(*P, "total", 1250000, E, None), (*P, "eu", 1062500, E, 85.0)],
    ),
    case(
        "english-currency-after",
        "The project budget is 640 000 EUR.",
        [(*P, "total", 640000, E, None)],
    ),
    case(
        "item-after-the-sum",
        "Projekto vertė – 300 000 Eur; 255 000 Eur – Europos Sąjungos lėšos.",
        [(*P, "total", 300000, E, None), (*P, "eu", 255000, E, 85.0)],
    ),
    case(
        "unnamed-partner-scope",
        "Partnerio biudžetas – 120 000 Eur, iš jų ES lėšos – 102 000 Eur.",
        [("partner", None, "total", 120000, E, None), ("partner", None, "eu", 102000, E, 85.0)],
    ),
    case(
        "named-partner-in-genitive",
        "Rietavo savivaldybės administracijos projekto vertė – 210 000 Eur.",
        [("partner", "Rietavo savivaldybės administracija", "total", 210000, E, None)],
    ),
    case("ticket-price-is-no-budget", "Bilieto kaina – 5 Eur.", []),
    case("exchange-rate-is-no-budget", "1 EUR = 3,4528 LTL.", []),
    case("programme-money-is-no-project-budget", "Programai skirta 73,8 mln. eurų.", []),
    case(
        "share-without-a-sum",
        "ES lėšos sudaro 85 proc. projekto vertės.",
        [(*P, "eu", None, None, 85.0)],
    ),
    case(
        "scale-word-on-a-full-figure-kept-as-written",
        "Projekto vertė – 1.831.204,00 mln. eurų.",
        [(*P, "total", 1831204, E, None)],
    ),
    case(
        "eligible-costs-and-own",
        "Tinkamos finansuoti išlaidos – 500 000 Eur, nuosavos lėšos – 75 000 Eur.",
        [(*P, "total", 500000, E, None), (*P, "own", 75000, E, 15.0)],
    ),
    case(
        "two-sums-joined-by-ir",
        "Projektui skirta 196 240,00 € ERPF ir 49 060,00 € savivaldybės lėšos.",
        [(*P, "eu", 196240, E, None), (*P, "own", 49060, E, None)],
    ),
    case("in-all", "Iš viso: 60 000 Eur.", [(*P, "total", 60000, E, None)]),
    case(
        "parts-in-the-genitive",
        "Bendra projekto vertė – 400 000 Eur, iš jų 340 000 Eur ES lėšų ir 60 000 Eur nuosavų lėšų.",
        [(*P, "total", 400000, E, None), (*P, "eu", 340000, E, 85.0), (*P, "own", 60000, E, 15.0)],
    ),
    case(
        "share-in-brackets-after",
        "Projekto vertė 1 000 000 Eur, ES dalis 800 000 Eur (80 %).",
        [(*P, "total", 1000000, E, None), (*P, "eu", 800000, E, 80.0)],
    ),
    case("estimate", "Projekto sąmata – 45 000 Eur.", [(*P, "total", 45000, E, None)]),
    case(
        "partner-named-by-place-in-the-locative",
        "Vilniuje projekto biudžetas – 90 000 Eur.",
        [("partner", "Vilnius", "total", 90000, E, None)],
        gap="the party is kept in the locative case the text uses ('Vilniuje')",
    ),
    case(
        "partner-acronym-in-capitals",
        "VILNIUS TECH biudžetas – 150 000 Eur.",
        [("partner", "VILNIUS TECH", "total", 150000, E, None)],
    ),
    case(
        "english-budget-of",
        "The budget of Kretinga Museum is EUR 80,000.",
        [("partner", "Kretinga Museum", "total", 80000, E, None)],
    ),
    case(
        "english-labels-with-colons",
        "Interreg funding: EUR 425 000; national contribution: EUR 75 000.",
        [(*P, "eu", 425000, E, None), (*P, "national", 75000, E, None)],
    ),
    case(
        "unnamed-item-stays-other",
        "Projekto įgyvendinimui skirta 35 tūkst. Eur.",
        [(*P, "other", 35000, E, None)],
    ),
    case("wages-are-no-budget-line", "Darbuotojų atlyginimams – 12 000 Eur.", []),
    case(
        "small-part-of-a-large-total",
        "Projekto vertė – 3 000 000 Eur, ES lėšos – 50 000 Eur.",
        [(*P, "total", 3000000, E, None), (*P, "eu", 50000, E, 1.67)],
    ),
    case(
        "sum-in-words",
        "Projekto vertė – trys milijonai eurų.",
        [(*P, "total", 3000000, E, None)],
        gap="sums written in words are not read",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_budget_rows(text: str, expected: list[tuple[object, ...]]) -> None:
    rows = complete_shares(extract_budgets(doc(text)))
    got = [(b.scope, b.party, b.item, b.amount, b.currency, b.share_pct) for b in rows]
    assert got == [tuple(float(x) if isinstance(x, int) else x for x in row) for row in expected]
    assert all(b.quote in text for b in rows)
