"""Dates: a sentence → the dates the Document reads (ISO, quote), its ranges, and what the
events step makes of them (the date forms of round 10: capitals, arrows, Roman months,
numeric year-months). The sentences are written for these tests in the forms of the genre."""

from __future__ import annotations

import pytest
from casetable import case, doc

from cwlib.parse.events import extract_events

DATE_CASES = [
    # --- dates in capitals (headings, legal titles, banners) ---------------------------------
    case(
        "capitals-day",
        "PROJEKTAS PRADĖTAS 2019 M. RUGSĖJO 1 D.",
        [("2019-09-01", "2019 M. RUGSĖJO 1 D.")],
    ),
    case(
        "capitals-until",
        "VEIKLOS VYKS IKI 2020 M. GRUODŽIO 31 D.",
        [("2020-12-31", "2020 M. GRUODŽIO 31 D.")],
    ),
    case(
        "capital-m-and-d-around-a-lower-case-month",
        "DĖL MINISTRO 2016 M. birželio 14 D. ĮSAKYMO PAKEITIMO",
        [("2016-06-14", "2016 M. birželio 14 D.")],
    ),
    case(
        "capitals-day-on-the-next-line",
        "DĖL MINISTRO 2021 M. LAPKRIČIO\n\n30 D. ĮSAKYMO",
        [("2021-11-30", "2021 M. LAPKRIČIO\n\n30 D.")],
    ),
    case(
        "capitals-metu-dienq",
        "2018 METŲ SPALIO 2 DIENĄ PASIRAŠYTA SUTARTIS",
        [("2018-10-02", "2018 METŲ SPALIO 2 DIENĄ")],
    ),
    case("capitals-month-men", "DARBAI 2022 M. KOVO MĖN.", [("2022-03", "2022 M. KOVO MĖN.")]),
    case("capitals-no-year", "BALANDŽIO 7 D. VYKO RENGINYS", [("--04-07", "BALANDŽIO 7 D.")]),
    case("capitals-year-only", "PROJEKTAS BAIGTAS 2021 M.", [("2021", "2021 M.")]),
    case("capitals-year-metais", "ĮGYVENDINTA 2020 METAIS", [("2020", "2020 METAIS")]),
    case(
        "capital-m-before-a-name-is-an-initial",
        "Nuotraukų autorius 2019 M. Petraitis",
        [],
    ),
    case("capital-m-before-a-surname-like-a-month", "Nuotraukos: 2019 M. Liepa", []),
    case(
        "capital-d-starting-a-word-is-no-day-mark",
        "Renginyje 2019 m. sausio 5 Dalyviai aptarė planus.",
        [("2019-01", "2019 m. sausio")],
    ),
    # --- months in Roman numerals ------------------------------------------------------------
    case(
        "roman-months-start-and-end",
        "Projekto pradžia – 2017 m. IX mėn., pabaiga – 2019 m. VIII mėn.",
        [("2017-09", "2017 m. IX mėn."), ("2019-08", "2019 m. VIII mėn.")],
    ),
    case(
        "roman-month-dotted-day", "Sutartis pasirašyta 2018.IV.01.", [("2018-04-01", "2018.IV.01")]
    ),
    case("roman-month-in-capitals", "PABAIGA 2020 M. XII MĖN.", [("2020-12", "2020 M. XII MĖN.")]),
    case(
        "roman-quarter-stays-a-quarter",
        "Darbai numatyti 2019 m. II ketv.",
        [("2019-04", "2019 m. II ketv.")],
    ),
    case(
        "roman-number-without-month-word-is-no-month",
        "Žurnalas, 2018 m. Nr. IV, p. 12.",
        [("2018", "2018 m.")],
    ),
    # --- numeric year-months, only where clearly a date --------------------------------------
    case(
        "year-months-under-labels",
        "Projekto pradžia\n2019-03\nProjekto pabaiga\n2021-02",
        [("2019-03", "2019-03"), ("2021-02", "2021-02")],
    ),
    case(
        "month-years-after-english-labels",
        "Start date: 03.2019; end date: 02.2021",
        [("2019-03", "03.2019"), ("2021-02", "02.2021")],
    ),
    case(
        "year-month-after-a-term-label",
        "Įgyvendinimo terminas – 2022.06",
        [("2022-06", "2022.06")],
    ),
    case("year-month-in-a-number", "Sprendimo Nr. 2019-03 priedas", []),
    case("year-month-in-a-document-code", "Dokumentas SUT-2019-03-A", []),
    case("a-sum-like-a-year-month", "Darbų kaina nuo 2019.03 EUR", []),
    case("a-measure-like-a-year-month", "Trasos ilgis 2019.03 m", []),
    case("year-months-in-a-list", "Ataskaitos: 2019-03, 2019-06, 2019-09", []),
    case(
        "roman-issue-after-a-year-is-no-month", "Leidinys 2018 m. IV tomas.", [("2018", "2018 m.")]
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATE_CASES)
def test_dates_read(text: str, expected: list[tuple[str, str]]) -> None:
    found = doc(text).dates
    assert [(d.iso(), d.text) for d in found] == expected
    assert all(text[d.start : d.end] == d.text for d in found)


RANGE_CASES = [
    case(
        "capitals-nuo-iki",
        "NUO 2019 M. RUGSĖJO 1 D. IKI 2021 M. RUGPJŪČIO 31 D.",
        [("2019-09-01", "2021-08-31", "NUO 2019 M. RUGSĖJO 1 D. IKI 2021 M. RUGPJŪČIO 31 D.")],
    ),
    case(
        "capitals-years-nuo-iki",
        "ĮGYVENDINAMAS NUO 2019 M. IKI 2021 M.",
        [("2019", "2021", "NUO 2019 M. IKI 2021 M.")],
    ),
    # --- an arrow between two dates (project records, open-data cards) -----------------------
    case(
        "arrow",
        "Laikotarpis\n2018-03-05 → 2020-11-30\n",
        [("2018-03-05", "2020-11-30", "2018-03-05 → 2020-11-30")],
    ),
    case(
        "arrow-unspaced",
        "Trukmė: 2018-03-05→2020-11-30.",
        [("2018-03-05", "2020-11-30", "2018-03-05→2020-11-30")],
    ),
    case(
        "ascii-arrow",
        "Project period: 01/02/2017 -> 31/01/2019",
        [("2017-02-01", "2019-01-31", "01/02/2017 -> 31/01/2019")],
    ),
    case(
        "long-ascii-arrow",
        "Period: 2016.05.01 --> 2018.04.30",
        [("2016-05-01", "2018-04-30", "2016.05.01 --> 2018.04.30")],
    ),
    case(
        "greater-than-sign",
        "Vykdymo laikotarpis 2021-01-04 > 2022-06-30",
        [("2021-01-04", "2022-06-30", "2021-01-04 > 2022-06-30")],
    ),
    case(
        "arrow-between-lithuanian-dates",
        "2020 m. sausio 1 d. → 2021 m. birželio 30 d.",
        [("2020-01-01", "2021-06-30", "2020 m. sausio 1 d. → 2021 m. birželio 30 d.")],
    ),
    case(
        "roman-months-range",
        "Projektas vykdomas 2018 m. IV mėn. – 2020 m. III mėn.",
        [("2018-04", "2020-03", "2018 m. IV mėn. – 2020 m. III mėn.")],
    ),
    case(
        "roman-dotted-days-range",
        "Trukmė 2018.IV.01–2020.III.31.",
        [("2018-04-01", "2020-03-31", "2018.IV.01–2020.III.31")],
    ),
    case(
        "year-months-range",
        "Projekto įgyvendinimo laikotarpis: 2019-03 – 2021-02",
        [("2019-03", "2021-02", "2019-03 – 2021-02")],
    ),
    case(
        "year-months-dotted-range",
        "Trukmė: 2019.09–2021.08",
        [("2019-09", "2021-08", "2019.09–2021.08")],
    ),
    case(
        "month-years-range",
        "Project period 09.2018 – 08.2020",
        [("2018-09", "2020-08", "09.2018 – 08.2020")],
    ),
    case(
        "month-name-to-year-month",
        "Nuo 2019 m. rugsėjo iki 2021-08",
        [("2019-09", "2021-08", "Nuo 2019 m. rugsėjo iki 2021-08")],
    ),
    # round 12: the end month after "iki" takes the start's year
    case(
        "months-nuo-iki-the-end-month-without-its-year",
        "Veiklos vyks nuo 2018 m. kovo mėn. iki lapkričio mėn.",
        [("2018-03", "2018-11", "nuo 2018 m. kovo mėn. iki lapkričio mėn.")],
    ),
    case(
        "months-nuo-iki-without-men-after-the-first",
        "Projektas vykdomas nuo 2018 m. kovo iki lapkričio mėn.",
        [("2018-03", "2018-11", "nuo 2018 m. kovo iki lapkričio mėn.")],
    ),
    case(
        "months-nuo-iki-an-end-day-without-its-year",
        "Projektas vykdomas nuo 2018 m. kovo iki lapkričio 30 d.",
        [("2018-03", "2018-11-30", "nuo 2018 m. kovo iki lapkričio 30 d.")],
    ),
    case(
        "months-nuo-iki-an-earlier-end-month-is-no-range",
        "Projektas vykdomas nuo 2019 m. gruodžio mėn. iki kovo mėn.",
        [],
    ),
    case(
        "months-nuo-iki-with-both-years",
        "Projektas truks nuo 2018 m. kovo mėn. iki 2019 m. lapkričio mėn.",
        [("2018-03", "2019-11", "nuo 2018 m. kovo mėn. iki 2019 m. lapkričio mėn.")],
    ),
    case("year-months-side-by-side-no-range", "Ataskaitos 2019-03 2021-02", []),
    case("arrow-backwards-is-no-range", "Atnaujinta 2019-09-10 > 2018-12-31", []),
    case("arrow-to-no-date", "Pradžia 2019-09-10 → žr. sutartį", []),
]


@pytest.mark.parametrize(("text", "expected"), RANGE_CASES)
def test_ranges_read(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = doc(text).ranges
    assert [(r.start.iso(), r.end.iso(last=True), r.text) for r in found] == expected


EVENT_CASES = [
    case(
        "capitals-project-run",
        "PROJEKTAS ĮGYVENDINAMAS NUO 2019 M. RUGSĖJO 1 D. IKI 2021 M. RUGPJŪČIO 31 D.",
        [("start", "2019-09-01"), ("end", "2021-08-31")],
    ),
    case(
        "capitals-label-and-end",
        "Projekto pabaiga – IKI 2020 M. GRUODŽIO 31 D.",
        [("end", "2020-12-31")],
    ),
    case(
        "capitals-decree-date-is-no-event",
        "DĖL MINISTRO 2015 M. RUGPJŪČIO 20 D. ĮSAKYMO NR. 3D-100 PAKEITIMO",
        [],
    ),
    case(
        "roman-months-labelled",
        "Projekto pradžia – 2017 m. IX mėn., pabaiga – 2019 m. VIII mėn.",
        [("start", "2017-09"), ("end", "2019-08")],
    ),
    case(
        "roman-dotted-run",
        "Projektas vykdomas 2018.IV.01–2020.III.31.",
        [("start", "2018-04-01"), ("end", "2020-03-31")],
    ),
    case(
        "year-months-run",
        "Projektas vykdomas nuo 2019.09 iki 2021.08.",
        [("start", "2019-09"), ("end", "2021-08")],
    ),
    case(
        "year-months-card",
        "Projekto pradžia: 2019-03\nProjekto pabaiga: 2021-02",
        [("start", "2019-03"), ("end", "2021-02")],
    ),
    case(
        "year-month-number-is-no-event",
        "Projektas Nr. 2019-03 patvirtintas 2019-04-02.",
        [("approved", "2019-04-02")],
    ),
    case(
        "arrow-range-under-a-period-label",
        "Projekto įgyvendinimo laikotarpis\n2018-03-05 → 2020-11-30\n",
        [("start", "2018-03-05"), ("end", "2020-11-30")],
    ),
    case(
        "arrow-range-in-a-sentence",
        "Projektas vykdomas 2019.10.01 -> 2021.09.30.",
        [("start", "2019-10-01"), ("end", "2021-09-30")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_CASES)
def test_event_rows(text: str, expected: list[tuple[str, str]]) -> None:
    events, _periods = extract_events(doc(text))
    assert [(e.event, e.date) for e in events] == expected
    assert all(e.quote in text for e in events)
