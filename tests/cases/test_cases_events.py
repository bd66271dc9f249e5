"""Events: a sentence → its dated events (event, ISO date) and stated programming periods."""

from __future__ import annotations

import pytest
from casetable import case, doc

from cwlib.parse.events import extract_events

CASES = [
    case(
        "range-nuo-iki",
        "Projektas vykdomas nuo 2020 m. sausio 1 d. iki 2021 m. gruodžio 31 d.",
        [("start", "2020-01-01"), ("end", "2021-12-31")],
    ),
    case(
        "dotted-range",
        "Projekto įgyvendinimo laikotarpis: 2016.03.01–2018.02.28.",
        [("start", "2016-03-01"), ("end", "2018-02-28")],
    ),
    case("started", "Projektas pradėtas 2019 m. rugsėjo 1 d.", [("start", "2019-09-01")]),
    case("finished", "Projektas baigtas 2022 m. birželio 30 d.", [("completed", "2022-06-30")]),
    case(
        "finished-implementing-month",
        "Projektas baigė įgyvendinti veiklas 2021 m. gruodžio mėn.",
        [("completed", "2021-12")],
    ),
    case(
        "two-events-two-clauses",
        "Projektas patvirtintas 2023 m. spalio 10 d., o 2023 m. lapkričio 22 d. pasirašyta sutartis.",
        [("approved", "2023-10-10"), ("signed", "2023-11-22")],
    ),
    case(
        "programme-period-is-no-event",
        "Projektas finansuojamas pagal 2014–2020 metų Europos Sąjungos fondų investicijų veiksmų "
        "programą.",
        [("period", "2014-2020")],
    ),
    case(
        "year-range-the-project-runs",
        "Projektas įgyvendinamas 2017–2021 metais.",
        [("start", "2017"), ("end", "2021")],
    ),
    case(
        "day-without-year",
        "Baigiamoji konferencija vyko Gruodžio 3 d.",
        [("other", "--12-03")],
    ),
    case(
        "presented",
        "Projekto rezultatai pristatyti 2020 m. vasario 14 d.",
        [("presented", "2020-02-14")],
    ),
    case(
        "english-start-and-end",
        "The project started on 3 March 2016 and ends on 28 February 2019.",
        [("start", "2016-03-03"), ("end", "2019-02-28")],
    ),
    case(
        "month-year-range",
        "Project duration: 07/2019 – 06/2022",
        [("start", "2019-07"), ("end", "2022-06")],
    ),
    case("signed-slashes", "Sutartis pasirašyta 17/09/2010.", [("signed", "2010-09-17")]),
    case("end-iso", "Projekto pabaiga – 2012-05-02.", [("end", "2012-05-02")]),
    case("start-nominative-month", "Projekto pradžia – 2018 m. sausis.", [("start", "2018-01")]),
    case("event-future", "Renginys įvyks 2024 m. gegužės 15 d.", [("other", "2024-05-15")]),
    case(
        "tarp-ir",
        "Projektas vykdytas tarp 2019 m. ir 2021 m.",
        [("start", "2019"), ("end", "2021")],
    ),
    case("phones-and-codes-are-no-dates", "Telefonas 8 5 211 2000, kodas 07.1.1-CPVA-V-906.", []),
    case(
        "funding-granted",
        "Finansavimas skirtas 2016 m. gruodžio 20 d.",
        [("approved", "2016-12-20")],
    ),
    case(
        "runs-until",
        "Projekto veiklos vyks iki 2025 m. kovo 31 d.",
        [("end", "2025-03-31")],
    ),
    case("project-number-is-no-date", "Projekto Nr. SHTB 05.01.00-32-0142/18-00.", []),
    case(
        "seminar-days-are-no-project-dates",
        "2019 m. spalio 30 – lapkričio 2 d. vyko seminaras.",
        [("other", "2019-10-30"), ("other", "2019-11-02")],
        gap="every range that is not a programming period becomes the project's start and end",
    ),
    case(
        "period-for-a-programme",
        "Programa 2021–2027 m. laikotarpiui.",
        [("period", "2021-2027")],
    ),
    case(
        "iso-range-nuo-iki",
        "Projektas truks nuo 2022-01-01 iki 2023-12-31.",
        [("start", "2022-01-01"), ("end", "2023-12-31")],
    ),
    case(
        "start-month-label",
        "Įgyvendinimo pradžia: 2015 m. liepos mėn.",
        [("start", "2015-07")],
    ),
    case(
        "implemented-in-a-year",
        "Projektas įgyvendintas 2014 metais.",
        [("completed", "2014")],
    ),
    case(
        "meeting-days",
        "Susitikimas Vilniuje įvyko 2018 m. birželio 5-6 d.",
        [("other", "2018-06-05"), ("other", "2018-06-06")],
        gap="two days of one meeting become the project's start and end",
    ),
    case(
        "english-completed-month",
        "The project was completed in December 2020.",
        [("completed", "2020-12")],
    ),
    case(
        "call-year-is-no-start",
        "Kvietimas buvo paskelbtas 2017 metais, o projektas prasidėjo 2018 m. balandį.",
        [("start", "2018-04")],
        gap="a date whose own clause names no event takes the event word of the next clause",
    ),
    case(
        "period-and-project-years",
        "Pagal 2007–2013 m. Sanglaudos skatinimo veiksmų programą projektas vykdytas 2010–2012 m.",
        [("start", "2010"), ("end", "2012"), ("period", "2007-2013")],
    ),
    case("bare-date-is-no-event", "Data: 2021-03-15", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_event_rows(text: str, expected: list[tuple[str, str]]) -> None:
    events, periods = extract_events(doc(text))
    got = [(e.event, e.date) for e in events] + [("period", p) for p, _quote in periods]
    assert got == expected
    assert all(e.quote in text for e in events)
