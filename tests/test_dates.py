"""Tests of cwlib.parse.dates: every supported form, the things that must not be dates, and
properties that must hold for any text (spans, round trips, ordering).

The example sentences are written the way the project pages write them; none is read from
data/raw, so the tests do not depend on which seed pages are present.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cwlib.lexicon.months import MONTH_CASES_LT, MONTH_NAMES_EN, MONTHS
from cwlib.parse.dates import (
    DateMention,
    DateRange,
    Duration,
    find_dates,
    find_durations,
    find_ranges,
    parse_date,
)

GENITIVE = MONTH_CASES_LT["genitive"]
HYPOTHESIS = settings(max_examples=200, deadline=None)


def _case(text: str, *expected: object, id: str):
    return pytest.param(text, *expected, id=id)


# --------------------------------------------------------------------------------------------
# Single dates
# --------------------------------------------------------------------------------------------

SINGLE = [
    # text, iso, precision
    _case("2020 m. sausio 01 d.", "2020-01-01", "day", id="lt-day-leading-zero"),
    _case("2023 m. balandžio 30 d.", "2023-04-30", "day", id="lt-day-balandzio"),
    _case("2010 m. spalio 1 d.", "2010-10-01", "day", id="lt-day-spalio"),
    _case("2020\xa0m.\xa0sausio\xa01\xa0d.", "2020-01-01", "day", id="lt-day-nbsp"),
    _case("2020m. sausio 1d.", "2020-01-01", "day", id="lt-day-no-spaces"),
    _case("2020 metų sausio 15 dieną", "2020-01-15", "day", id="lt-day-metu-dieną"),
    _case("2017-ųjų sausio 5 d.", "2017-01-05", "day", id="lt-day-ordinal-year"),
    _case("2021 m. gruodžio 31-ąją", "2021-12-31", "day", id="lt-day-ordinal-day"),
    _case("2020 m. sausio mėn. 15 d.", "2020-01-15", "day", id="lt-day-after-men"),
    _case("2021 m. gruodžio mėn.", "2021-12", "month", id="lt-month-men"),
    _case("2021 m. gruodžio", "2021-12", "month", id="lt-month-genitive"),
    _case("2021 m. gruodžio mėnesį", "2021-12", "month", id="lt-month-menesi"),
    _case("2020 m. kovą", "2020-03", "month", id="lt-month-accusative"),
    _case("2020 m. rugsėjyje", "2020-09", "month", id="lt-month-locative"),
    _case("2021 m. gruodzio 31 d.", "2021-12-31", "day", id="lt-day-ascii-month"),
    _case("2020 sausio 31 d.", "2020-01-31", "day", id="lt-day-year-without-m"),
    _case("2020 birželio 30 dieną", "2020-06-30", "day", id="lt-day-year-without-m-dieną"),
    _case("2019 lapkričio mėn.", "2019-11", "month", id="lt-month-year-without-m"),
    _case("2022 m. sausio 31 dienomis", "2022-01-31", "day", id="lt-day-dienomis"),
    _case("2022 m. kovo 7 diena", "2022-03-07", "day", id="lt-day-diena"),
    _case("2019-tais metais", "2019", "year", id="year-tais-metais"),
    _case("2021-tais", "2021", "year", id="year-tais"),
    _case("2020 m. XII mėn.", "2020-12", "month", id="roman-month-men"),
    _case("2018 m. IV mėn.", "2018-04", "month", id="roman-month-iv"),
    _case("2019 metų IX mėnesį", "2019-09", "month", id="roman-month-metu-menesi"),
    _case("2019 m. VIII mėn. 15 d.", "2019-08-15", "day", id="roman-month-with-day"),
    _case("2018.IV.01", "2018-04-01", "day", id="ymd-roman-month-dot"),
    _case("2018-XI-30", "2018-11-30", "day", id="ymd-roman-month-hyphen"),
    _case("2020 m. III ketv.", "2020-07", "part_of_year", id="quarter-roman"),
    _case("2026 m. 2 ketvirtį", "2026-04", "part_of_year", id="quarter-digit-word"),
    _case("2023 m. IV ketvirčio", "2023-10", "part_of_year", id="quarter-genitive"),
    _case("2019 m. antrąjį ketvirtį", "2019-04", "part_of_year", id="quarter-ordinal-word"),
    _case("2020 m. II pusmetį", "2020-07", "part_of_year", id="half-year-roman"),
    _case("2022 m. pirmąjį pusmetį", "2022-01", "part_of_year", id="half-year-ordinal-word"),
    _case("2018 metų antrojo pusmečio", "2018-07", "part_of_year", id="half-year-genitive"),
    _case("2021 m. pavasarį", "2021-03", "part_of_year", id="season-spring"),
    _case("2024-ųjų vasarą", "2024-06", "part_of_year", id="season-summer-ordinal-year"),
    _case("2022 metų rudenį", "2022-09", "part_of_year", id="season-autumn"),
    _case("17/09/2010", "2010-09-17", "day", id="dmy-slash"),
    _case("01.03.2016", "2016-03-01", "day", id="dmy-dot"),
    _case("2016.03.01", "2016-03-01", "day", id="ymd-dot"),
    _case("2012-05-02", "2012-05-02", "day", id="ymd-hyphen-2012"),
    _case("2016-03-01", "2016-03-01", "day", id="ymd-hyphen-2016"),
    _case("2016/03/01", "2016-03-01", "day", id="ymd-slash"),
    _case("2020-01-01 d.", "2020-01-01", "day", id="ymd-with-d"),
    _case("2017 m.", "2017", "year", id="year-m"),
    _case("2017 metais", "2017", "year", id="year-metais"),
    _case("2017 metų", "2017", "year", id="year-metu"),
    _case("2017-aisiais", "2017", "year", id="year-ordinal"),
    _case("2019 M. RUGSĖJO 1 D.", "2019-09-01", "day", id="lt-day-capitals"),
    _case("2016 M. birželio 14 D.", "2016-06-14", "day", id="lt-day-capital-m-and-d"),
    _case("2021 M. GRUODŽIO MĖN.", "2021-12", "month", id="lt-month-capitals"),
    _case("2020 M.", "2020", "year", id="year-capital-m"),
    _case("GRUODŽIO 3 D.", "--12-03", "no_year", id="no-year-capitals"),
    _case("Gruodžio 3 d.", "--12-03", "no_year", id="no-year-capitalised"),
    _case("gruodžio 3 d.", "--12-03", "no_year", id="no-year-lower"),
    _case("vasario 29 d.", "--02-29", "no_year", id="no-year-feb-29"),
    _case("3 December 2019", "2019-12-03", "day", id="en-dmy"),
    _case("3rd of Dec. 2019", "2019-12-03", "day", id="en-dmy-ordinal-abbr"),
    _case("December 2019", "2019-12", "month", id="en-month"),
    _case("2019 December 3", "2019-12-03", "day", id="en-ymd"),
    _case("December 3, 2019", "2019-12-03", "day", id="en-mdy"),
    _case("December 3", "--12-03", "no_year", id="en-no-year"),
]


@pytest.mark.parametrize(("text", "iso", "precision"), SINGLE)
def test_single_date(text: str, iso: str, precision: str) -> None:
    (d,) = find_dates(text)
    assert (d.iso(), d.precision) == (iso, precision)
    assert d.text == text  # the whole form is the mention, nothing more, nothing less
    assert parse_date(text) == d


@pytest.mark.parametrize(("text", "iso", "precision"), SINGLE)
def test_single_date_in_a_sentence(text: str, iso: str, precision: str) -> None:
    sentence = f"Projektas pradėtas {text}, o baigtas vėliau."
    (d,) = find_dates(sentence)
    assert (d.iso(), d.start, d.text) == (iso, len("Projektas pradėtas "), text)


SENTENCES = [
    # sentences as the project pages write them: text, [(iso, quoted text), ...]
    _case(
        "Darbai baigti 2021 m. žiemą.",
        [("2021", "2021 m.")],
        id="winter-runs-over-new-year-so-the-year-only",
    ),
    _case(
        "Ataskaita už 2020 m. III pusm. pateikta.",
        [("2020", "2020 m.")],
        id="no-third-half-year",
    ),
    _case("Darbai vyks iki rudens.", [], id="season-without-year"),
    _case(
        "2021 m. vasario mėn. pradėta, 2021 m. vasarą baigta.",
        [("2021-02", "2021 m. vasario mėn."), ("2021-06", "2021 m. vasarą")],
        id="february-is-no-summer",
    ),
    _case(
        "Projektas yra įgyvendinamas 2017-2021 metais.",
        [("2017", "2017"), ("2021", "2021 metais")],
        id="year-range-metais",
    ),
    _case(
        "(projektas patvirtintas 17/09/2010, Nr. 3025)",
        [("2010-09-17", "17/09/2010")],
        id="approved-dmy-and-number",
    ),
    _case(
        "Pradžia – 2010 m. spalio 1 d., įgyvendintas",
        [("2010-10-01", "2010 m. spalio 1 d.")],
        id="start-after-dash",
    ),
    _case(
        "Gruodžio 3 d. Užupio meno inkubatoriuje vyko pristatymas",
        [("--12-03", "Gruodžio 3 d.")],
        id="no-year-sentence-start",
    ),
    _case(
        "programa 2014-2020, projekto Nr. SHTB 05.01.00-32-0142/18-00",
        [("2014", "2014"), ("2020", "2020")],
        id="programme-period-and-project-number",
    ),
    _case(
        "pagal 2014–2020 metų Europos Sąjungos fondų investicijų veiksmų programos 7 "
        "prioriteto Nr. 07.1.1-CPVA-V-906 priemonę",
        [("2014", "2014"), ("2020", "2020 metų")],
        id="period-and-measure-code",
    ),
    _case(
        "nuo 2020 m. sausio 01 d. iki 2021 m. gruodžio 31 d.",
        [("2020-01-01", "2020 m. sausio 01 d."), ("2021-12-31", "2021 m. gruodžio 31 d.")],
        id="both-ends-of-a-range",
    ),
    _case(
        "Renginys vyko 2019 m. gruodžio 3–5 d. Vilniuje.",
        [("2019-12-03", "2019 m. gruodžio 3"), ("2019-12-05", "5 d.")],
        id="day-range-shares-year-and-month",
    ),
    _case(
        "iki 2021 m. gruodžio pabaigos",
        [("2021-12", "2021 m. gruodžio")],
        id="month-then-word",
    ),
    _case(
        "Projekto pradžia: 2019-03, pabaiga: 2021-02.",
        [("2019-03", "2019-03"), ("2021-02", "2021-02")],
        id="year-months-after-labels",
    ),
    _case("Start date: 09.2018", [("2018-09", "09.2018")], id="month-year-after-start-date"),
    _case("Projektas truks iki 2021.06.", [("2021-06", "2021.06")], id="year-month-after-iki"),
    _case(
        "Projekto Nr. 2019-03 patvirtintas 2019-04-02.",
        [("2019-04-02", "2019-04-02")],
        id="year-month-as-a-number-is-no-date",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_dates_in_sentences(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_dates(text)
    assert [(d.iso(), d.text) for d in found] == expected
    assert all(text[d.start : d.end] == d.text for d in found)


# --------------------------------------------------------------------------------------------
# Things that are not dates
# --------------------------------------------------------------------------------------------

NOT_DATES = [
    _case("Nr. 07.1.1-CPVA-V-906 priemonę", id="measure-code"),
    _case("projekto Nr. SHTB 05.01.00-32-0142/18-00", id="project-number"),
    _case("projektas patvirtintas, Nr. 3025", id="number-3025"),
    _case("Projekto vadovė, rietavomuc@gmail.com, +370 67382349.", id="phone"),
    _case("Vilnius LT-01100", id="post-code"),
    _case("LT-2014 Vilnius", id="old-post-code"),
    _case("vertė – 1.831.204,00 mln. eurų", id="money-dot-groups"),
    _case("biudžetas – 264,145.00 EUR", id="money-comma-groups"),
    _case("finansavo 191 920,84 Eur", id="money-space-groups"),
    _case("8.263.543,00 Lt (2.393.287,50 Eur)", id="money-litas-euro"),
    _case("pastatas adresu Tarybų g. 23A, Visaginas", id="street-address"),
    _case("Taikos pr. 21, Visaginas", id="avenue-address"),
    _case("Publikuoti ne mažiau kaip 24 gerųjų praktikų aprašymai", id="count"),
    _case("Suorganizuota 14 mokomųjų vizitų ir 8 seminarai", id="counts"),
    _case("2021-02-30", id="invalid-feb-30"),
    _case("32/01/2020", id="invalid-day-32"),
    _case("2020-13-01", id="invalid-month-13"),
    _case("vasario 30 d.", id="invalid-no-year-feb-30"),
    _case("2021 m. vasario 29 d.", id="invalid-feb-29-non-leap"),
    _case("2012-05-02-32-0142", id="date-glued-into-code"),
    _case("LT-2014-2020", id="year-range-glued-into-code"),
    _case("Kaina 2017 Eur", id="bare-year-like-number"),
    _case("1985 m.", id="year-before-window"),
    _case("2041 metais", id="year-after-window"),
    _case("1989-1995", id="year-range-outside-window"),
    _case("2021-2017", id="year-range-backwards"),
    _case("versija 1.2016.03.01", id="version-number"),
    _case("you may 2019", id="lowercase-english-verb"),
    _case("gruodžio 3 dalyviai", id="no-year-without-d"),
    _case("2020 sausio", id="year-and-month-without-m-nor-day"),
    _case("2020 sausio 3 dalyviai", id="year-month-without-m-and-unmarked-day"),
    _case("š. m. gegužės mėnesį", id="this-year-month"),
    _case("Nr. 2019-tas", id="not-an-ordinal-year"),
    _case("nuotr. 2019 M. Jonaitis", id="capital-m-an-initial-before-a-name"),
    _case("© 2019 M. Liepa", id="capital-m-an-initial-before-a-month-like-name"),
    _case("2018.II.30", id="roman-month-invalid-day"),
    _case("Nr. 2019-03", id="bare-year-month-number"),
    _case("Sąskaitos 2019-03, 2019-04", id="bare-year-months-listed"),
    _case("Kaina nuo 2019.03 Eur", id="sum-after-nuo"),
    _case("iki 2019.03 proc.", id="percent-after-iki"),
    _case("nuo 2011-12 m.", id="short-second-year-is-no-month"),
    _case("2019.03 2021.02", id="bare-year-months-side-by-side"),
    _case("2018.XIII.01", id="roman-thirteen-is-no-month"),
    _case("", id="empty"),
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []
    assert find_ranges(text) == []
    assert parse_date(text) is None


# --------------------------------------------------------------------------------------------
# DateMention methods
# --------------------------------------------------------------------------------------------

BOUNDS = [
    # text, earliest, latest
    _case("2020 m.", date(2020, 1, 1), date(2020, 12, 31), id="year"),
    _case("2020 m. vasario mėn.", date(2020, 2, 1), date(2020, 2, 29), id="month-leap"),
    _case("2021 m. vasario", date(2021, 2, 1), date(2021, 2, 28), id="month-non-leap"),
    _case("2021 m. gruodžio 31 d.", date(2021, 12, 31), date(2021, 12, 31), id="day"),
    _case("Gruodžio 3 d.", None, None, id="no-year"),
]


@pytest.mark.parametrize(("text", "earliest", "latest"), BOUNDS)
def test_earliest_latest(text: str, earliest: date | None, latest: date | None) -> None:
    d = parse_date(text)
    assert d is not None
    assert (d.earliest(), d.latest()) == (earliest, latest)


ISO_READBACK = [
    # a stored reduced ISO value is read back at its precision
    _case("2020-01-01", (2020, 1, 1, "day"), id="day"),
    _case("2020-01", (2020, 1, None, "month"), id="month"),
    _case("2020", (2020, None, None, "year"), id="year"),
    _case("--12-03", (None, 12, 3, "no_year"), id="no-year"),
    _case(" 2020-01 ", (2020, 1, None, "month"), id="padded-cell"),
]


@pytest.mark.parametrize(("text", "expected"), ISO_READBACK)
def test_parse_iso_readback(text: str, expected: tuple[object, ...]) -> None:
    d = parse_date(text)
    assert d is not None
    assert (d.year, d.month, d.day, d.precision) == expected
    assert d.text == text.strip() == text[d.start : d.end]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("2020-13", id="month-13"),
        pytest.param("--02-30", id="no-year-feb-30"),
        pytest.param("3025", id="year-out-of-window"),
    ],
)
def test_parse_iso_rejects(text: str) -> None:
    assert parse_date(text) is None


def test_mention_is_frozen() -> None:
    d = parse_date("2020 m.")
    assert isinstance(d, DateMention)
    with pytest.raises(AttributeError):
        d.year = 2021  # type: ignore[misc]


# --------------------------------------------------------------------------------------------
# Ranges
# --------------------------------------------------------------------------------------------

RANGES = [
    # text, start iso, end iso, range text (the whole text unless given)
    _case("2016.03.01–2018.02.28", "2016-03-01", "2018-02-28", None, id="ymd-en-dash"),
    _case("2016.03.01-2018.02.28", "2016-03-01", "2018-02-28", None, id="ymd-hyphen"),
    _case("2016.03.01—2018.02.28", "2016-03-01", "2018-02-28", None, id="ymd-em-dash"),
    _case("2016.03.01 – 2018.02.28", "2016-03-01", "2018-02-28", None, id="ymd-spaced-dash"),
    _case("2016.03.01 → 2018.02.28", "2016-03-01", "2018-02-28", None, id="ymd-arrow"),
    _case("2019-03 – 2021-02", "2019-03", "2021-02", None, id="year-months-dash"),
    _case("2019.09–2021.08", "2019-09", "2021-08", None, id="year-months-dotted"),
    _case("nuo 2019.09 iki 2021.08", "2019-09", "2021-08", None, id="year-months-nuo-iki"),
    _case("09.2018 – 08.2020", "2018-09", "2020-08", None, id="month-years-dotted"),
    _case("2018-09 → 2020-08", "2018-09", "2020-08", None, id="year-months-arrow"),
    _case("2016-03-01->2018-02-28", "2016-03-01", "2018-02-28", None, id="iso-ascii-arrow"),
    _case("2016.03.01 - 2018.02.28", "2016-03-01", "2018-02-28", None, id="ymd-spaced-hyphen"),
    _case("2012-05-02 – 2014-04-30", "2012-05-02", "2014-04-30", None, id="iso-en-dash"),
    _case("01.03.2016–28.02.2018", "2016-03-01", "2018-02-28", None, id="dmy-en-dash"),
    _case("2017-2021 metais", "2017", "2021", None, id="years-metais"),
    _case("2017–2021 m.", "2017", "2021", None, id="years-m"),
    _case("2014-2020", "2014", "2020", None, id="bare-years"),
    _case("2014–2020 metų", "2014", "2020", None, id="bare-years-metu"),
    _case("2017 m. – 2021 m.", "2017", "2021", None, id="years-each-marked"),
    _case(
        "nuo 2020 m. sausio 01 d. iki 2021 m. gruodžio 31 d.",
        "2020-01-01",
        "2021-12-31",
        None,
        id="nuo-iki-days",
    ),
    _case("nuo 2019 m. iki 2021 m.", "2019", "2021", None, id="nuo-iki-years"),
    _case("Nuo 2019 m. iki 2021 m.", "2019", "2021", None, id="nuo-capitalised"),
    _case(
        "nuo 2019 m. pradžios iki 2020 m. pabaigos",
        "2019",
        "2020",
        "nuo 2019 m. pradžios iki 2020 m.",
        id="nuo-beginning-iki-end",
    ),
    _case(
        "nuo 2018 m. rugsėjo mėn. pradžios iki 2020 m. birželio mėn. pabaigos",
        "2018-09",
        "2020-06",
        "nuo 2018 m. rugsėjo mėn. pradžios iki 2020 m. birželio mėn.",
        id="nuo-month-beginning-iki-month-end",
    ),
    _case("nuo 2019 m. vidurio iki 2021 m.", "2019", "2021", None, id="nuo-middle-iki"),
    _case("2019 m. sausio – 2020 m. birželio mėn.", "2019-01", "2020-06", None, id="months-dash"),
    _case(
        "from 1 March 2016 to 28 February 2018",
        "2016-03-01",
        "2018-02-28",
        None,
        id="english-from-to",
    ),
    _case("tarp 2019 m. ir 2021 m.", "2019", "2021", None, id="tarp-ir"),
    _case("between 2019 m. and 2021 m.", "2019", "2021", None, id="between-and"),
    _case("2019 m. gruodžio 3–5 d.", "2019-12-03", "2019-12-05", None, id="day-range"),
    _case(
        "2019 m. spalio 30 – lapkričio 2 d.",
        "2019-10-30",
        "2019-11-02",
        None,
        id="end-takes-start-year",
    ),
    _case(
        "2019 m. gruodžio 30 – sausio 2 d.",
        "2019-12-30",
        "2020-01-02",
        None,
        id="end-in-next-year",
    ),
    _case(
        "nuo 2018 m. spalio 1 d. iki 2020 sausio 31 d.",
        "2018-10-01",
        "2020-01-31",
        None,
        id="end-year-without-m",
    ),
    _case(
        "nuo 2020 sausio 6 d. iki 2022 m. sausio 5 d.",
        "2020-01-06",
        "2022-01-05",
        None,
        id="start-year-without-m-keeps-its-year",
    ),
    _case("2020-03-02-2021-06-01", "2020-03-02", "2021-06-01", None, id="iso-bare-hyphen"),
    _case("2013-03-04 - 2015-03-03", "2013-03-04", "2015-03-03", None, id="iso-spaced-hyphen"),
    _case("2011 m. rugsėjis – 2013 m. gegužė", "2011-09", "2013-05", None, id="months-nominative"),
    _case(
        "2019 lapkričio mėn. – 2021 kovo mėn.",
        "2019-11",
        "2021-03",
        None,
        id="months-without-m",
    ),
    _case(
        "2020 m. spalio 5–2022 m. sausio 31 dienomis",
        "2020-10-05",
        "2022-01-31",
        None,
        id="compressed-sharing-m",
    ),
    _case(
        "01.03.2021.-30.09.2022.",
        "2021-03-01",
        "2022-09-30",
        "01.03.2021.-30.09.2022",
        id="day-first-with-dot-after-year",
    ),
    _case("2016 m. liepos–gruodžio mėn.", "2016-07", "2016-12", None, id="two-months-one-year"),
    _case(
        "2017 m. balandžio – rugpjūčio mėnesiais",
        "2017-04",
        "2017-08",
        None,
        id="two-months-one-year-plural-word",
    ),
    _case("2018 m. kovą–birželį", "2018-03", "2018-06", None, id="two-months-accusative"),
    _case("2019 m. rugsėjo – gruodžio 3 d.", "2019-09", "2019-12-03", None, id="month-to-day"),
    _case("2020 m. III ketv. – 2022 m. IV ketv.", "2020-07", "2022-12", None, id="quarters"),
    _case("2021 m. I pusmetis – 2023 m. II pusmetis", "2021-01", "2023-12", None, id="half-years"),
    _case("2021 m. pavasarį – 2022 m. rudenį", "2021-03", "2022-11", None, id="seasons"),
    _case("liepos 4 - 7 dienomis", "--07-04", "--07-07", None, id="no-year-days-dienomis"),
    _case("1–3 March 2016", "2016-03-01", "2016-03-03", None, id="english-day-range"),
    _case("gruodžio 3–5 d.", "--12-03", "--12-05", None, id="no-year-day-range"),
    _case(
        "Projekto trukmė – 24 mėn. nuo 2020 m. sausio 01 d. iki 2021 m. gruodžio 31 d.",
        "2020-01-01",
        "2021-12-31",
        "nuo 2020 m. sausio 01 d. iki 2021 m. gruodžio 31 d.",
        id="in-a-sentence",
    ),
]


@pytest.mark.parametrize(("text", "start", "end", "span"), RANGES)
def test_range(text: str, start: str, end: str, span: str | None) -> None:
    (r,) = find_ranges(text)
    assert isinstance(r, DateRange)
    assert (r.start.iso(), r.end.iso(last=True)) == (start, end)
    assert r.text == (span or text) == text[r.start_pos : r.end_pos]


NOT_RANGES = [
    _case("2021-2017", id="backwards-years"),
    _case("2018.02.28 – 2016.03.01", id="backwards-days"),
    _case("2019 m. ir 2021 m.", id="ir-without-tarp"),
    _case("2018.02.28 → 2016.03.01", id="backwards-arrow"),
    _case("2021-02 – 2019-03", id="backwards-year-months"),
    _case("2019-03 ir 2021-02", id="year-months-joined-by-ir"),
    _case("patvirtinta 2019-01-01, pradėta 2019-02-01", id="two-separate-dates"),
    _case("Pradžia – 2010 m. spalio 1 d.", id="dash-before-single-date"),
    _case("nuo 2019 m. sausio", id="open-range"),
    _case("2018 m. lapkričio–vasario mėn.", id="two-months-over-new-year-without-its-year"),
]


@pytest.mark.parametrize("text", NOT_RANGES)
def test_not_range(text: str) -> None:
    assert find_ranges(text) == []


# --------------------------------------------------------------------------------------------
# Durations
# --------------------------------------------------------------------------------------------

DURATIONS = [
    # text, months
    _case("24 mėn.", 24, id="men"),
    _case("24\xa0mėn.", 24, id="men-nbsp"),
    _case("36 mėnesiai", 36, id="menesiai"),
    _case("36 mėnesių", 36, id="menesiu-36"),
    _case("18 mėnesių", 18, id="menesiu-18"),
    _case("12 mėnesiams", 12, id="menesiams"),
    _case("24 mėnesius", 24, id="menesius"),
    _case("1 mėnesį", 1, id="menesi"),
    _case("41 mėnesis", 41, id="menesis-after-a-number-ending-in-one"),
    _case("21 mėnesis", 21, id="menesis-twenty-one"),
    _case("36-ių mėnesių", 36, id="numeral-ending"),
    _case("24-ias mėnesius", 24, id="numeral-ending-accusative"),
    _case("3 metams", 36, id="metams"),
    _case("3 metai", 36, id="metai"),
    _case("2 metų", 24, id="metu"),
    _case("3 metus", 36, id="metus"),
    _case("1,5 metų", 18, id="decimal-years"),
    _case("24 months", 24, id="english-months"),
    _case("24-month", 24, id="english-hyphenated"),
    _case("3 years", 36, id="english-years"),
    _case("18-os mėnesių", 18, id="numeral-ending-teens"),
    _case("12-kos mėnesių", 12, id="numeral-ending-kos"),
    _case("dvejus metus", 24, id="collective-accusative"),
    _case("trejiems metams", 36, id="collective-dative"),
    _case("dveji metai", 24, id="collective-nominative"),
    _case("Ketverių metų", 48, id="collective-genitive-capital"),
    _case("pusantrų metų", 18, id="one-and-a-half-years"),
    _case("aštuoniolikos mėnesių", 18, id="teens-in-words"),
    _case("dvidešimt keturių mėnesių", 24, id="tens-and-units-in-words"),
    _case("šešis mėnesius", 6, id="cardinal-accusative"),
]


@pytest.mark.parametrize(("text", "months"), DURATIONS)
def test_duration(text: str, months: int) -> None:
    (d,) = find_durations(text)
    assert isinstance(d, Duration)
    assert (d.months, d.text) == (months, text)


def test_durations_in_a_page() -> None:
    text = (
        "Bendra projekto vertė (3 metams) 8.263.543,00 Lt (2.393.287,50 Eur)\n"
        "Įgyvendinimo laikotarpis 36 mėnesiai\n"
        "Sutarčių pasirašymo laikotarpis 3 mėnesiai\n"
    )
    found = find_durations(text)
    assert [(d.months, d.text) for d in found] == [
        (36, "3 metams"),
        (36, "36 mėnesiai"),
        (3, "3 mėnesiai"),
    ]
    assert all(text[d.start : d.end] == d.text for d in found)


NOT_DURATIONS = [
    _case("2017 metų", id="year-metu"),
    _case("2014–2020 metų", id="period"),
    _case("2017 metais", id="year-metais"),
    _case("24 gerųjų praktikų", id="count"),
    _case("2021 m. gruodžio mėn.", id="month-date"),
    _case("1,5 mėn.", id="fraction-of-month"),
    _case("0 mėn.", id="zero"),
    _case("191 920,84 metų", id="money-decimals"),
    _case("Nr. 07.1.1-CPVA-V-906", id="measure-code"),
    _case("pusantro mėnesio", id="half-a-month-in-words"),
    _case("trys metodai", id="a-word-like-a-unit"),
    _case("dviratis metų", id="a-word-like-a-count"),
    _case("mokslo metai", id="no-count"),
    _case("2021 m. gruodžio mėnesis", id="a-month-named-in-a-date"),
]


@pytest.mark.parametrize("text", NOT_DURATIONS)
def test_not_duration(text: str) -> None:
    assert find_durations(text) == []


# --------------------------------------------------------------------------------------------
# Known gaps: each is a strict xfail, so fixing one makes the suite say so.
# --------------------------------------------------------------------------------------------


@pytest.mark.xfail(strict=True, reason="English counts in words are not read")
@pytest.mark.parametrize(
    ("text", "months"),
    [
        pytest.param("twelve months", 12, id="english-words"),
    ],
)
def test_gap_spelled_out_durations(text: str, months: int) -> None:
    assert [d.months for d in find_durations(text)] == [months]


def test_range_end_month_without_year() -> None:
    # the end month after "iki" takes the start's year (round 12)
    (r,) = find_ranges("nuo 2019 m. sausio iki birželio mėn.")
    assert r.end.iso() == "2019-06"


@pytest.mark.xfail(
    strict=True, reason="the second end of a no-year range needs 'd.' ('kovo 21–balandžio 19')"
)
def test_gap_no_year_range_end_without_d() -> None:
    (r,) = find_ranges("(kovo 21—balandžio 19)")
    assert r.end.iso() == "--04-19"


@pytest.mark.xfail(strict=True, reason="two-digit years are ambiguous and not read")
def test_gap_two_digit_year() -> None:
    assert parse_date("01.03.16") is not None


@pytest.mark.xfail(strict=True, reason="an abbreviated end year ('2014–20') is not read")
def test_gap_abbreviated_end_year() -> None:
    (r,) = find_ranges("2014–20 m.")
    assert r.end.iso() == "2020"


@pytest.mark.xfail(strict=True, reason="bare years joined by words are not years for sure")
def test_gap_english_between_bare_years() -> None:
    (r,) = find_ranges("between 2019 and 2021")
    assert (r.start.iso(), r.end.iso()) == ("2019", "2021")


@pytest.mark.xfail(
    strict=True, reason="'2000 m.' may be 2000 metres: a year in the window with 'm.' is read"
)
def test_gap_metres_read_as_year() -> None:
    assert find_dates("Trasos ilgis 2000 m.") == []


@pytest.mark.xfail(
    strict=True, reason="days joined by 'ir' ('gruodžio 3 ir 5 d.') keep only the month"
)
def test_gap_days_joined_by_ir() -> None:
    assert [d.iso() for d in find_dates("2019 m. gruodžio 3 ir 5 d.")] == [
        "2019-12-03",
        "2019-12-05",
    ]


# --------------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------------

DATES = st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31))

DAY_FORMATS = {
    "lt": lambda d: f"{d.year} m. {GENITIVE[d.month - 1]} {d.day:02d} d.",
    "lt-short-day": lambda d: f"{d.year} m. {GENITIVE[d.month - 1]} {d.day} d.",
    "lt-metu": lambda d: f"{d.year} metų {GENITIVE[d.month - 1]} {d.day} dieną",
    "dmy-slash": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    "dmy-dot": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "ymd-dot": lambda d: f"{d.year}.{d.month:02d}.{d.day:02d}",
    "iso": lambda d: d.isoformat(),
    "en-dmy": lambda d: f"{d.day} {MONTH_NAMES_EN[d.month - 1]} {d.year}",
    "en-mdy": lambda d: f"{MONTH_NAMES_EN[d.month - 1]} {d.day}, {d.year}",
    "en-ymd": lambda d: f"{d.year} {MONTH_NAMES_EN[d.month - 1]} {d.day}",
}
MONTH_FORMATS = {
    "lt-men": lambda d: f"{d.year} m. {GENITIVE[d.month - 1]} mėn.",
    "lt-genitive": lambda d: f"{d.year} m. {GENITIVE[d.month - 1]}",
    "en": lambda d: f"{MONTH_NAMES_EN[d.month - 1]} {d.year}",
}
YEAR_FORMATS = {
    "m": lambda d: f"{d.year} m.",
    "metais": lambda d: f"{d.year} metais",
    "metu": lambda d: f"{d.year} metų",
}
NO_YEAR_FORMATS = {
    "lt": lambda d: f"{GENITIVE[d.month - 1]} {d.day} d.",
    "lt-capitalised": lambda d: f"{GENITIVE[d.month - 1].capitalize()} {d.day} d.",
}

# Words and fragments that put dates, numbers, codes and punctuation next to each other.
TOKENS = [
    *("2020", "2014", "1999", "17", "01", "3", "31", "0142", "906", "370", "23A"),
    *(" m.", " metais", " metų", " d.", " mėn.", " mėnesiai", " metams", " dieną"),
    *("sausio", "Gruodžio", "vasario", "December", "May", "kovą"),
    *(" ", "\xa0", "\n", ".", ",", "-", "–", "—", "/", "+", "(", ")"),
    *(" nuo ", " iki ", " tarp ", " ir ", " to ", "from ", "Nr. ", "LT-", "CPVA-V-"),
    *("-ųjų", "-aisiais", "-ąją", "st", "of "),
]
TOKEN_TEXT = st.lists(st.sampled_from(TOKENS), max_size=30).map("".join)
ANY_TEXT = st.one_of(st.text(), TOKEN_TEXT)


def _check_mentions(text: str, mentions: list[DateMention]) -> None:
    last_end = 0
    for d in mentions:
        assert d.text == text[d.start : d.end]
        assert d.start >= last_end  # in order and non-overlapping
        last_end = d.end
        assert d.precision in ("day", "month", "year", "no_year")
        if d.precision == "no_year":
            assert d.year is None and d.earliest() is None and d.latest() is None
        else:
            assert d.earliest() <= d.latest()  # type: ignore[operator]
        assert parse_date(d.iso()) is not None


@HYPOTHESIS
@given(ANY_TEXT)
def test_never_raises_and_spans_hold(text: str) -> None:
    _check_mentions(text, find_dates(text))
    for r in find_ranges(text):
        assert r.text == text[r.start_pos : r.end_pos]
        assert r.start_pos <= r.start.start and r.end.end == r.end_pos
        if r.start.year is not None and r.end.year is not None:
            assert r.start.earliest() <= r.end.latest()  # type: ignore[operator]
    for d in find_durations(text):
        assert d.text == text[d.start : d.end] and d.months > 0
    first = parse_date(text)
    assert first is None or first.text == text[first.start : first.end]


@HYPOTHESIS
@given(DATES, st.sampled_from(sorted(DAY_FORMATS)))
def test_day_round_trip(d: date, fmt: str) -> None:
    text = DAY_FORMATS[fmt](d)
    m = parse_date(text)
    assert m is not None and m.precision == "day"
    assert m.earliest() == m.latest() == d
    assert m.text == text
    back = parse_date(m.iso())
    assert back is not None and (back.year, back.month, back.day) == (d.year, d.month, d.day)


@HYPOTHESIS
@given(DATES, st.sampled_from(sorted(MONTH_FORMATS)))
def test_month_round_trip(d: date, fmt: str) -> None:
    m = parse_date(MONTH_FORMATS[fmt](d))
    assert m is not None and (m.year, m.month, m.day, m.precision) == (
        d.year,
        d.month,
        None,
        "month",
    )
    assert m.earliest() <= d <= m.latest()  # type: ignore[operator]
    assert parse_date(m.iso()) == DateMention(d.year, d.month, None, "month", 0, 7, m.iso())


@HYPOTHESIS
@given(DATES, st.sampled_from(sorted(YEAR_FORMATS)))
def test_year_round_trip(d: date, fmt: str) -> None:
    m = parse_date(YEAR_FORMATS[fmt](d))
    assert m is not None and (m.year, m.precision) == (d.year, "year")
    assert m.earliest() <= d <= m.latest()  # type: ignore[operator]
    assert parse_date(m.iso()) == DateMention(d.year, None, None, "year", 0, 4, m.iso())


@HYPOTHESIS
@given(DATES, st.sampled_from(sorted(NO_YEAR_FORMATS)))
def test_no_year_round_trip(d: date, fmt: str) -> None:
    m = parse_date(NO_YEAR_FORMATS[fmt](d))
    assert m is not None and (m.year, m.month, m.day) == (None, d.month, d.day)
    back = parse_date(m.iso())
    assert back is not None and (back.month, back.day, back.precision) == (
        d.month,
        d.day,
        "no_year",
    )


WORDS = st.lists(
    st.sampled_from(["Projektas", "buvo", "įgyvendintas", "Vilniuje", "ir", "lėšos", "Nr."]),
    max_size=4,
).map(" ".join)


@HYPOTHESIS
@given(WORDS, DATES, st.sampled_from(sorted(DAY_FORMATS)), WORDS)
def test_date_found_inside_prose(before: str, d: date, fmt: str, after: str) -> None:
    date_text = DAY_FORMATS[fmt](d)
    text = f"{before} {date_text} {after}"
    (m,) = find_dates(text)
    assert (m.start, m.text, m.earliest()) == (len(before) + 1, date_text, d)


@HYPOTHESIS
@given(DATES, DATES, st.sampled_from(sorted(DAY_FORMATS)), st.sampled_from(["nuo-iki", "dash"]))
def test_range_round_trip(a: date, b: date, fmt: str, joiner: str) -> None:
    a, b = min(a, b), max(a, b)
    first, second = DAY_FORMATS[fmt](a), DAY_FORMATS[fmt](b)
    text = f"nuo {first} iki {second}" if joiner == "nuo-iki" else f"{first} – {second}"
    (r,) = find_ranges(text)
    assert (r.start.earliest(), r.end.latest(), r.text) == (a, b, text)


@HYPOTHESIS
@given(
    st.integers(min_value=1, max_value=120),
    st.sampled_from(["mėn.", "mėnesių", "mėnesiai", "months", "metų", "metams", "years"]),
)
def test_duration_counts(n: int, unit: str) -> None:
    (d,) = find_durations(f"Trukmė – {n} {unit}")
    per = 12 if unit in ("metų", "metams", "years") else 1
    assert d.months == n * per


def test_lexicon_months_cover_every_case() -> None:
    for names in MONTH_CASES_LT.values():
        for number, name in enumerate(names, start=1):
            assert MONTHS[name] == MONTHS[name.capitalize()] == number
    assert MONTHS["sausio mėn."] == 1
    assert [MONTHS[name] for name in MONTH_NAMES_EN] == list(range(1, 13))


@pytest.mark.parametrize(
    ("text", "starts", "ends"),
    [
        pytest.param(
            "Duration: 07/2019 – 06/2022 (36 months)",
            "2019-07",
            "2022-06",
            id="month-slash-year-range",
        ),
        pytest.param(
            "įgyvendinamas 2019 09 01 – 2021 08 31",
            "2019-09-01",
            "2021-08-31",
            id="spaced-figures-range",
        ),
    ],
)
def test_more_range_forms(text: str, starts: str, ends: str) -> None:
    ranges = find_ranges(text)
    assert [(r.start.iso(), r.end.iso()) for r in ranges] == [(starts, ends)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Tel. 8 5 211 2000", id="phone"),
        pytest.param("kodas 2019 123 45", id="three-digit-group"),
        pytest.param("2019 13 01", id="no-month-13"),
    ],
)
def test_spaced_figures_that_are_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_fast_mention_is_a_date_mention() -> None:
    """``_mention`` skips the dataclass's ``__init__``; what it makes must not differ."""
    from dataclasses import FrozenInstanceError, replace

    from cwlib.parse.dates import DateMention, _mention

    made = _mention(2019, 4, None, "part_of_year", 3, 20, "2019 m. II ketv.", 6)
    plain = DateMention(2019, 4, None, "part_of_year", 3, 20, "2019 m. II ketv.", 6)
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    assert list(vars(made).items()) == list(vars(plain).items())
    assert replace(made, year=2020).year == 2020
    with pytest.raises(FrozenInstanceError):
        made.year = 2020  # type: ignore[misc]


@pytest.mark.parametrize(
    ("year", "month", "day", "valid"),
    [
        (2019, 2, 28, True),
        (2019, 2, 29, False),
        (2020, 2, 29, True),
        (None, 2, 29, True),
        (2021, 4, 31, False),
        (2021, 12, 31, True),
        (2021, 1, 0, False),
        (2021, 13, 1, False),
    ],
)
def test_valid_days(year: int | None, month: int, day: int, valid: bool) -> None:
    from cwlib.parse.dates import _valid

    assert _valid(year, month, day) is valid
