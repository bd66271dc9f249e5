"""Events: a sentence → its dated events (event, ISO date) and stated programming periods."""

from __future__ import annotations

import pytest
from casetable import case, doc

from cwlib.parse.events import extract_durations, extract_events

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
    case(
        "a-call-closing-is-no-completion",
        "2016 m. birželio 9 d. baigėsi pirmasis kvietimas teikti paraiškas pagal programą.",
        [],
    ),
    case(
        "a-calls-application-window-is-no-run",
        "Paraiškų priėmimo pradžia – 2023 m. kovo 1 d., pabaiga – 2023 m. gegužės 31 d.",
        [],
    ),
    case(
        "english-call-closed-is-no-completion",
        "The call for proposals closed on 15 March 2019.",
        [],
    ),
    case(
        "a-project-approved-after-a-call-keeps-its-approval",
        "Projektas, pateiktas pagal kvietimą teikti paraiškas, patvirtintas 2020 m. spalio 5 d.",
        [("approved", "2020-10-05")],
    ),
    case(
        "a-call-closing-without-more-words-is-no-completion",
        "2016 m. birželio 9 d. baigėsi pirmasis kvietimas teikti paraiškas.",
        [],
    ),
    case(
        "a-call-for-the-applicants-projects-is-no-completion",
        "2017 m. vasario 28 d. baigėsi kvietimas teikti vietos projektų paraiškas.",
        [],
    ),
    case(
        "a-call-for-projects-to-carry-out-is-no-completion",
        "2018 m. spalio 1 d. pasibaigė kvietimas pateikti paraiškas projektams įgyvendinti.",
        [],
    ),
    case(
        "a-call-as-subject-before-its-verb",
        "Antrasis projektų kvietimas baigėsi 2019 m. kovo 15 d.",
        [],
    ),
    case(
        "the-taking-of-applications-began",
        "2020 m. rugsėjo 1 d. prasidėjo paraiškų priėmimas pagal priemonę.",
        [],
    ),
    case(
        "the-taking-of-applications-ended",
        "Lapkričio 30 d. baigėsi projektų paraiškų teikimas.",
        [],
    ),
    case(
        "applications-taken-in-a-range",
        "Paraiškos priimamos nuo 2021 m. sausio 4 d. iki 2021 m. vasario 26 d.",
        [],
    ),
    case(
        "english-the-call-closed",
        "The second call for project proposals closed on 31 May 2018.",
        [],
    ),
    case(
        "english-the-call-opened-a-range",
        "The call opened on 1 February 2019 and ran until 29 March 2019.",
        [],
    ),
    case(
        "communities-invited-to-apply-in-a-range",
        "Nuo 2023 m. vasario 6 d. iki 2023 m. kovo 10 d. bendruomenės kviečiamos teikti "
        "paraiškas projektams finansuoti.",
        [],
    ),
    case(
        "we-invite-to-apply-until",
        "Kviečiame teikti vietos projektų paraiškas iki 2021 m. rugsėjo 15 d.",
        [],
    ),
    case(
        "a-call-to-submit-local-projects-is-valid",
        "Kvietimas teikti vietos projektus galioja nuo 2020 m. vasario 3 d. 9.00 val. iki 2020 m. "
        "kovo 31 d. 16.00 val.",
        [],
    ),
    case(
        "a-card-label-over-a-calls-deadline",
        "Paraiškų pateikimo terminas\n2024-06-28\n",
        [],
    ),
    case(
        "the-project-ended-beside-a-call",
        "Projektas „Jaunimo erdvė“ baigėsi 2019 m. kovo 15 d., o paraiškų priėmimas prasidėjo "
        "2019 m. balandžio 1 d.",
        [("completed", "2019-03-15")],
    ),
    case(
        "the-project-ended-before-the-sentence-of-a-call",
        "Projektas baigėsi 2019 m. birželio 28 d. Tą pačią savaitę baigėsi ir projektų kvietimas.",
        [("completed", "2019-06-28")],
    ),
    case(
        "the-project-ended-with-no-call",
        "2019 m. gruodžio 20 d. baigėsi projektas, skirtas senjorų užimtumui.",
        [("completed", "2019-12-20")],
    ),
    case(
        "a-project-chosen-in-a-call-ended",
        "Projektas, atrinktas pagal antrąjį kvietimą, baigėsi 2021 m. gegužės 31 d.",
        [("completed", "2021-05-31")],
    ),
    case(
        "a-project-ended-after-the-call-for-proposals",
        "The project, selected in the call for proposals of 2016, ended on 30 June 2019.",
        [("completed", "2019-06-30")],
    ),
    case(
        "the-year-of-the-rules-a-project-was-funded-by",
        "Bendruomenė baigė įgyvendinti projektą „Scenos įrengimas“, finansuotą pagal 2021 metų "
        "nacionalinės paramos kaimo bendruomenių veiklai teikimo taisykles.",
        [],
    ),
    case(
        "the-year-of-a-call-a-project-was-chosen-in",
        "Projektas patvirtintas pagal 2019 m. kvietimą, o baigtas 2020 m. lapkričio 30 d.",
        [("completed", "2020-11-30")],
    ),
    case(
        "a-year-not-after-pagal-still-dates-the-completion",
        "Bendruomenė projektą baigė įgyvendinti 2021 metais.",
        [("completed", "2021")],
    ),
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
    case(
        "run-from-signing-day-in-brackets",
        "Projekto veiklos vykdomos nuo sutarties pasirašymo dienos (2021-03-15) iki 2023-03-14.",
        [("start", "2021-03-15"), ("end", "2023-03-14"), ("signed", "2021-03-15")],
    ),
    case(
        "run-from-signing-day-written-out",
        "Projektas įgyvendinamas nuo finansavimo sutarties pasirašymo dienos (2019 m. liepos 1 d.)"
        " iki 2021 m. birželio 30 d.",
        [("start", "2019-07-01"), ("end", "2021-06-30"), ("signed", "2019-07-01")],
    ),
    case(
        "contract-in-force-from-signing-is-no-run",
        "Sutartis galioja nuo sutarties pasirašymo dienos (2021-03-15) iki 2023-03-14.",
        [("signed", "2021-03-15")],
    ),
    case(
        "months-from-signing-is-no-start",
        "Projektas vykdomas 24 mėn. nuo sutarties pasirašymo (2021-03-15).",
        [("signed", "2021-03-15")],
    ),
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
    ),
    case(
        "period-and-project-years",
        "Pagal 2007–2013 m. Sanglaudos skatinimo veiksmų programą projektas vykdytas 2010–2012 m.",
        [("start", "2010"), ("end", "2012"), ("period", "2007-2013")],
    ),
    case("bare-date-is-no-event", "Data: 2021-03-15", []),
    # issue 9: the forms of real pages
    case(
        "end-year-without-m",
        "Projekto trukmė 16 mėn.: nuo 2018 m. spalio 1 d. iki 2020 sausio 31 d.",
        [("start", "2018-10-01"), ("end", "2020-01-31")],
    ),
    case(
        "iso-dates-joined-by-a-bare-hyphen",
        "Įgyvendinimo laikotarpis 2020-03-02-2021-06-01",
        [("start", "2020-03-02"), ("end", "2021-06-01")],
    ),
    case(
        "months-nominative-range",
        "Projekto įgyvendinimas: 2011 m. rugsėjis – 2013 m. gegužė.",
        [("start", "2011-09"), ("end", "2013-05")],
    ),
    case(
        "months-without-m-range",
        "Projektas vykdytas 2019 lapkričio mėn. – 2021 kovo mėn.",
        [("start", "2019-11"), ("end", "2021-03")],
    ),
    case(
        "compressed-range-dienomis",
        "Projektas vykdomas 2020 m. spalio 5–2022 m. sausio 31 dienomis.",
        [("start", "2020-10-05"), ("end", "2022-01-31")],
    ),
    case(
        "planned-end-tais-metais",
        "Darbus ketinama pradėti š. m. birželį, o projektą užbaigti 2023-tais metais.",
        [("end", "2023")],
    ),
    case(
        "planned-end-metais",
        "Projektą numatoma baigti 2024 metais.",
        [("end", "2024")],
    ),
    case(
        "works-finished-is-a-completion",
        "Statybos darbai baigti 2016 m. lapkričio mėn.",
        [("completed", "2016-11")],
    ),
    case("this-year-has-no-year", "Darbai prasidėjo š. m. balandžio mėn.", []),
    case(
        "quarters",
        "Įgyvendinimo laikotarpis: 2021 m. II ketv. – 2023 m. I ketv.",
        [("start", "2021-04"), ("end", "2023-03")],
    ),
    case(
        "planned-end-in-a-quarter",
        "Projektą planuojama užbaigti iki 2027 m. IV ketv.",
        [("end", "2027-12")],
    ),
    case(
        "quarters-under-labels",
        "Projekto pradžia – 2019 m. III ketvirtis, pabaiga – 2020 m. II ketvirtis.",
        [("start", "2019-07"), ("end", "2020-06")],
    ),
    case(
        "quarters-nuo-iki-genitive",
        "Projektas įgyvendinamas nuo 2020 m. IV ketvirčio iki 2022 m. III ketvirčio.",
        [("start", "2020-10"), ("end", "2022-09")],
    ),
    case(
        "deadline-in-a-quarter",
        "Įgyvendinimo terminas – 2025 m. III ketvirtis.",
        [("end", "2025-09")],
    ),
    case(
        "start-in-a-half-year-ordinal-word",
        "Projekto veiklos prasidės 2020 m. antrąjį pusmetį.",
        [("start", "2020-07")],
    ),
    case(
        "end-by-a-half-year",
        "Projektas bus vykdomas iki 2024 m. II pusmečio.",
        [("end", "2024-12")],
    ),
    case(
        "planned-end-in-first-half-abbreviated",
        "Projektą numatoma baigti 2023 m. I pusm.",
        [("end", "2023-06")],
    ),
    case(
        "start-in-spring-end-in-autumn",
        "Darbus pradėti numatoma 2021 m. pavasarį, o projektą užbaigti – 2022 m. rudenį.",
        [("start", "2021-03"), ("end", "2022-11")],
    ),
    case(
        "completed-in-autumn",
        "Darbai prasidėjo 2020 m. vasarą, projektas baigtas 2021 m. rudenį.",
        [("start", "2020-06"), ("completed", "2021-11")],
    ),
    case("winter-keeps-the-year", "Projektas baigtas 2021 m. žiemą.", [("completed", "2021")]),
    case(
        "meeting-in-autumn-is-other",
        "2019 m. rudenį vyko partnerių susitikimas.",
        [("other", "2019-09")],
    ),
    case(
        "quarterly-report-is-no-event",
        "Projekto ataskaita už 2020 m. I ketvirtį pateikta agentūrai.",
        [],
    ),
    case(
        "signed-in-a-quarter-is-no-start",
        "Sutartis pasirašyta 2020 m. II ketv.",
        [("signed", "2020-04")],
    ),
    case(
        "year-range-with-m-on-both-under-a-label",
        "Projekto įgyvendinimo laikotarpis: 2019 m. – 2021 m.",
        [("start", "2019"), ("end", "2021")],
    ),
    case(
        "funding-mechanism-period-is-no-event",
        "Projektas finansuojamas pagal 2009–2014 m. EEE finansinio mechanizmo programą.",
        [],
    ),
    case(
        "eea-period-in-brackets-is-no-event",
        "Remiama iš 2014–2021 m. Europos ekonominės erdvės (EEE) finansinio mechanizmo.",
        [],
    ),
    case("strategy-years-are-no-event", "VVG vietos plėtros strategija 2016–2023", []),
    case("vps-years-are-no-event", "VPS 2023–2029 priemonė „Kaimo turizmas“", []),
    case(
        "support-round-year-is-no-start",
        "Bendruomenė pateikė paraišką 2022 metų nacionalinės paramos kaimo bendruomenių "
        "veiklai konkursui.",
        [],
    ),
    case(
        "state-support-round-year-is-no-start",
        "Projektas pradėtas pagal 2019 m. valstybės paramos kaimo bendruomenėms kvietimą.",
        [],
    ),
    case(
        "a-start-year-beside-national-support-keeps-its-start",
        "Projektas pradėtas 2022 metais, gavus nacionalinę paramą.",
        [("start", "2022")],
    ),
    case(
        "action-plan-years-are-no-event",
        "Pagal miesto savivaldybės 2020–2022 metų strateginį veiklos planą tvarkomas parkas.",
        [],
    ),
    case(
        "strategic-plan-years-are-no-event",
        "Projektas įrašytas į rajono 2018–2020 m. strateginį planą.",
        [],
    ),
    case(
        "project-years-before-a-plan-word-keep-their-run",
        "Projektas vykdomas 2020–2022 metais pagal veiklos planą.",
        [("start", "2020"), ("end", "2022")],
    ),
    case(
        "project-years-beside-a-programme",
        "Projektas įgyvendintas 2018–2021 m. pagal Interreg Baltijos jūros regiono programą.",
        [("start", "2018"), ("end", "2021")],
    ),
    case(
        "decree-date-is-no-event",
        "Projektas atrinktas pagal ministro 2022 m. gegužės 4 d. įsakymu patvirtintą aprašą.",
        [],
    ),
    case(
        "committee-decision-date",
        "Komiteto sprendimo data: 2022-06-20",
        [("approved", "2022-06-20")],
    ),
    case(
        "extended-end-replaces-the-planned-one",
        "Projektas pradėtas 2019 m. kovo 1 d. ir turėjo baigtis 2021 m. vasario 28 d., "
        "tačiau jo pabaiga pratęsta iki 2021 m. rugpjūčio 31 d.",
        [("start", "2019-03-01"), ("end", "2021-08-31")],
    ),
    case(
        "plan-in-brackets-gives-way-to-the-period",
        "Įgyvendinimo laikotarpis: 2020 04 01 – 2021 09 30\n"
        "(iš pradžių veiklas planuota baigti iki 2021 m. gegužės 31 d.)",
        [("start", "2020-04-01"), ("end", "2021-09-30")],
    ),
    case(
        "completion-supersedes-plan-and-extension",
        "Projekto įgyvendinimo terminas: 2012-06-30 (pratęstas iki 2013-03-31)\n"
        "Projekto būklė: baigtas 2013 m. vasario 15 d.",
        [("completed", "2013-02-15")],
    ),
    case(
        "planned-end-label-gives-way-to-completion",
        "Planuota pabaiga: 2017.05.31\nProjektas užbaigtas 2017 m. spalio 31 d.",
        [("completed", "2017-10-31")],
    ),
    case(
        "english-extension",
        "Duration: 1 May 2019 – 30 April 2021, extended to 31 October 2021.",
        [("start", "2019-05-01"), ("end", "2021-10-31")],
    ),
    case(
        "period-and-completion-day-both-kept",
        "Projekto įgyvendinimo laikotarpis: 2018 m. kovo mėn. – 2019 m. spalio mėn.\n"
        "Projektas užbaigtas 2019-10-22.",
        [("start", "2018-03"), ("end", "2019-10"), ("completed", "2019-10-22")],
    ),
    case(
        "amendment-date-is-no-end",
        "Darbai prasidėjo 2019 m. sausio 7 d. Sutartis pakeista 2020 m. kovo 3 d., projekto "
        "pabaiga nukelta į 2021 m. birželio 30 d.",
        [("start", "2019-01-07"), ("other", "2020-03-03"), ("end", "2021-06-30")],
    ),
    case(
        "postponed-end-replaces-the-planned-one",
        "Projektas vykdomas nuo 2019-02-01 iki 2020-06-30. 2020 m. gegužės 4 d. sutarties "
        "pakeitimu projekto pabaiga perkelta į 2021-03-31.",
        [("start", "2019-02-01"), ("end", "2021-03-31")],
    ),
    case(
        "an-extension-asked-for-is-no-end",
        "Projektas vykdomas nuo 2020-01-01 iki 2021-12-31. Pateiktas prašymas pratęsti projekto "
        "įgyvendinimo terminą iki 2022 m. birželio 30 d.",
        [("start", "2020-01-01"), ("end", "2021-12-31")],
    ),
    case(
        "an-extension-planned-is-no-end",
        "Projekto pabaiga 2021-12-31. Projektą planuojama pratęsti iki 2022-06-30.",
        [("end", "2021-12-31")],
    ),
    case(
        "an-extension-applied-for-by-its-noun-is-no-end",
        "Projektas vykdomas nuo 2020-01-01 iki 2021-12-31. Nutarta kreiptis į agentūrą dėl "
        "projekto pratęsimo iki 2022 m. gruodžio 31 d.",
        [("start", "2020-01-01"), ("end", "2021-12-31")],
    ),
    case(
        "an-extension-that-may-come-is-no-end",
        "Projektas gali būti pratęstas iki 2022 m. gruodžio 31 d.",
        [],
    ),
    case(
        "english-an-extension-asked-for-is-no-end",
        "The project ends on 31 December 2021. The partners have asked to extend the project "
        "until 30 June 2022.",
        [("end", "2021-12-31")],
    ),
    # round 10: the time after the project (its control or care period, its final report)
    case(
        "the-control-period-end-is-no-end",
        "Projekto įgyvendinimo laikotarpis: 2017-03-01 – 2018-09-30. Projekto kontrolės "
        "laikotarpis baigiasi 2023 m. spalio 1 d.",
        [("start", "2017-03-01"), ("end", "2018-09-30")],
    ),
    case(
        "the-care-period-is-no-end",
        "Projekto pabaiga 2018-09-30. Projekto priežiūros laikotarpis – iki 2023 m. rugsėjo 30 d.",
        [("end", "2018-09-30")],
    ),
    case(
        "the-projects-care-after-its-end-is-no-end",
        "Po projekto pabaigos 5 metus bus vykdoma projekto priežiūra – iki 2023 m. gruodžio 31 d.",
        [],
    ),
    case(
        "the-care-period-as-a-range-is-no-run",
        "Projekto priežiūros laikotarpis: 2019–2024 m.",
        [],
    ),
    case(
        "the-final-report-deadline-is-no-end",
        "Projekto pradžia 2017-03-01. Galutinę projekto ataskaitą reikia pateikti iki 2018 m. "
        "spalio 30 d.",
        [("start", "2017-03-01")],
    ),
    case(
        "english-the-final-report-due-is-no-end",
        "The project started on 1 March 2017. The final report is due by 30 October 2018.",
        [("start", "2017-03-01")],
    ),
    case(
        "a-report-named-before-the-end-leaves-it",
        "Projekto ataskaita parengta. Projektas baigtas 2019 m. gruodžio 31 d.",
        [("completed", "2019-12-31")],
    ),
    case(
        "the-end-before-the-care-period-stays",
        "Projekto pabaiga – 2019 m. gruodžio 31 d., po to prasidės 5 metų poprojektinė priežiūra.",
        [("end", "2019-12-31")],
    ),
    case(
        "an-extension-granted-is-the-end",
        "Projektas vykdomas nuo 2020-01-01 iki 2021-12-31. Projekto įgyvendinimas pratęstas iki "
        "2022 m. birželio 30 d.",
        [("start", "2020-01-01"), ("end", "2022-06-30")],
    ),
    case(
        "a-request-to-extend-granted-is-the-end",
        "Projektas vykdomas nuo 2020-01-01 iki 2021-12-31. Agentūra pritarė prašymui pratęsti "
        "projektą iki 2022-06-30.",
        [("start", "2020-01-01"), ("end", "2022-06-30")],
    ),
    case(
        "the-planned-end-extended-is-the-end",
        "Planuojamas projekto pabaigos terminas pratęstas iki 2022-06-30.",
        [("end", "2022-06-30")],
    ),
    case(
        "a-plan-to-finish-is-still-an-end",
        "Projektą planuojama baigti 2022-06-30.",
        [("end", "2022-06-30")],
    ),
    case(
        "an-extension-replaces-a-stated-end",
        "Projekto pabaiga 2021-12-31. Projektas pratęstas iki 2022-06-30.",
        [("end", "2022-06-30")],
    ),
    case(
        "english-an-extension-replaces-a-stated-end",
        "The project ends on 31 December 2021. The project was extended until 30 June 2022.",
        [("end", "2022-06-30")],
    ),
    case(
        "a-second-extension-replaces-the-first",
        "Projektas pratęstas iki 2021-06-30. Vėliau projektas dar kartą pratęstas iki 2021-12-31.",
        [("end", "2021-12-31")],
    ),
    case(
        "an-earlier-extension-leaves-a-later-end-alone",
        "Projekto pabaiga: 2022-06-30. Anksčiau projektas buvo pratęstas iki 2022-03-31.",
        [("end", "2022-06-30"), ("end", "2022-03-31")],
    ),
    case(
        "a-completion-beats-an-extension-of-a-stated-end",
        "Projekto pabaiga 2021-12-31. Projektas pratęstas iki 2022-06-30. Projektas "
        "užbaigtas 2022-05-20.",
        [("completed", "2022-05-20")],
    ),
    case(
        "english-the-programmes-projects-starting-are-no-start",
        "The committee will approve the projects in the autumn. The projects are planned to "
        "start in January 2021.",
        [],
    ),
    case(
        "english-a-decision-on-projects-by-a-month-is-no-end",
        "The award decision regarding projects will be taken at the meeting planned by the end "
        "of March 2018.",
        [],
    ),
    case(
        "the-projects-agreement-finished-is-no-end",
        "Projektų derinimas bus užbaigtas iki 2020 m. gruodžio 31 d.",
        [],
    ),
    case(
        "selected-projects-beginning-are-no-start",
        "Atrinkti projektai bus pradėti įgyvendinti 2021 m. sausio mėn.",
        [],
    ),
    case(
        "projects-run-in-a-range-of-years-are-no-run",
        "Projektai vykdomi 2019–2021 m.",
        [],
    ),
    case(
        "one-of-the-projects-keeps-its-start",
        "Projektas – vienas iš 11 projektų, kurie prasidės 2021 m. sausio mėn.",
        [("start", "2021-01")],
    ),
    case(
        "an-agency-of-projects-is-no-plural-project",
        "Centrinė projektų valdymo agentūra projekto įgyvendinimą pradėjo 2019 m. kovo 4 d.",
        [("start", "2019-03-04")],
    ),
    case(
        "works-starting-without-a-project-word-keep-their-start",
        "Darbai prasidėjo 2019 m. kovo 4 d.",
        [("start", "2019-03-04")],
    ),
    case(
        "a-call-before-the-start-the-splitter-joined",
        "Kvietimas teikti paraiškas paskelbtas 2016 m. birželio 1 d. Projekto įgyvendinimo "
        "pradžia – 2017 m. sausio 2 d.",
        [("start", "2017-01-02")],
    ),
    case(
        "a-deadline-before-the-completion",
        "Paraiškos pateiktos iki 2016 m. rugsėjo 30 d. Projektas baigtas 2018 m. birželio 29 d.",
        [("completed", "2018-06-29")],
    ),
    case(
        "a-date-opening-its-sentence-keeps-its-words",
        "2023 m. balandžio 30 d. Rokiškio savivaldybė baigė įgyvendinti projektą.",
        [("completed", "2023-04-30")],
    ),
    case(
        "end-of-a-year-dates-a-count",
        "Iki 2016 m. pabaigos centre įsikūrė 9 įmonės.",
        [],
    ),
    case(
        "activity-start-is-no-project-start",
        "Vasaros stovykla prasidės 2023 m. liepos 3 d.",
        [("other", "2023-07-03")],
    ),
    case(
        "visit-without-year",
        "Kovo 9 d. mokykloje lankėsi partneriai iš Latvijos.",
        [("other", "--03-09")],
    ),
    case(
        "conference-then-presentation",
        "Baigiamoji konferencija vyko 2021 m. rugsėjo 9 d. Rygoje, o rezultatai pristatyti spaudai.",
        [("other", "2021-09-09")],
    ),
    case(
        "english-held",
        "The final conference was held in Šiauliai on 12 May 2022.",
        [("other", "2022-05-12")],
    ),
    case(
        "activities-ran-from-to",
        "Veiklos vyko nuo 2019 m. sausio 2 d. iki 2020 m. birželio 30 d.",
        [("start", "2019-01-02"), ("end", "2020-06-30")],
    ),
    case(
        "english-until-with-run",
        "It started on 1 March 2023 and will run for 36 months, until 28 February 2026.",
        [("start", "2023-03-01"), ("end", "2026-02-28")],
    ),
    case(
        "label-line-over-date",
        "Projekto pradžia\n2022-04-01\nProjekto pabaiga\n2023 m. spalio 31 d.\n",
        [("start", "2022-04-01"), ("end", "2023-10-31")],
    ),
    case(
        "label-line-over-range",
        "Įgyvendinimo laikotarpis\n2021 m. vasario mėn. – 2022 m. gegužės mėn.\n",
        [("start", "2021-02"), ("end", "2022-05")],
    ),
    case(
        "label-line-of-signing",
        "Sutarties pasirašymo data\n2021-12-15\n",
        [("signed", "2021-12-15")],
    ),
    case(
        "label-is-no-sentence",
        "Projektas baigtas.\n2021-12-15\n",
        [],
    ),
    case(
        "day-first-range-dot-after-year",
        "Projekto įgyvendinimo laikas: 01.03.2021.-30.09.2022.",
        [("start", "2021-03-01"), ("end", "2022-09-30")],
    ),
    case(
        "two-months-of-one-year",
        "Projektas įgyvendintas 2016 m. liepos–gruodžio mėn.",
        [("start", "2016-07"), ("end", "2016-12")],
    ),
    case(
        "project-completion-before-works-completion",
        "Darbai baigti 2020 m. lapkritį, projektas užbaigtas 2020 m. gruodžio 15 d.",
        [("completed", "2020-12-15"), ("completed", "2020-11")],
    ),
    case(
        "goes-on-until",
        "Projekto veiklos prasidėjo 2019 m. spalio 1 d. ir tęsis iki 2021 m. rugsėjo 30 d.",
        [("start", "2019-10-01"), ("end", "2021-09-30")],
    ),
    case(
        "english-ended",
        "The project started in March 2017 and ended in February 2019.",
        [("start", "2017-03"), ("completed", "2019-02")],
    ),
    case(
        "it-ended",
        "Projektas pasibaigė 2020 m. gruodžio 31 d., o prasidėjo 2019 m. sausio 2 d.",
        [("completed", "2020-12-31"), ("start", "2019-01-02")],
    ),
    case(
        "it-ended-reflexive", "Projektas baigėsi 2021 m. birželio mėn.", [("completed", "2021-06")]
    ),
    case("ended-headline-over-post-date", "Pasibaigė parko tvarkymo projektas\n2022-04-01\n", []),
    case(
        "completion-headline-over-post-date",
        "Baigtas įgyvendinti sporto salės projektas\n2022-04-01\n",
        [],
    ),
    case(
        "start-headline-over-post-date",
        "Pradėti aikštės sutvarkymo darbai\n2022-04-01\nDarbai vyks iki rudens.\n",
        [],
    ),
    case(
        "participle-label-with-colon",
        "Projektas baigtas:\n2021-12-15\n",
        [("completed", "2021-12-15")],
    ),
    case(
        "headline-over-post-date",
        "Partnerių susitikimas Vilniuje\n2022-04-01\n",
        [],
    ),
    case(
        "headline-of-a-closing-event-over-post-date",
        "Projekto pabaigos renginys\n2022-04-01\n",
        [],
    ),
    case(
        "a-visit-of-a-few-days-is-no-run",
        "Birželio 3–7 dienomis mokyklos mokytojų grupė lankėsi Portugalijoje.",
        [("other", "--06-03"), ("other", "--06-07")],
    ),
    case(
        "a-meeting-of-a-few-days-after-an-aside",
        "2018 m. kovo 12–14 dienomis Lenkijoje (Elko mieste) įvyko projekto partnerių susitikimas.",
        [("other", "2018-03-12"), ("other", "2018-03-14")],
    ),
    case(
        "a-final-conference-of-two-days-after-the-run",
        "Įgyvendinimo terminas: 2018 09 10 – 2020 11 30.\nŠių metų lapkričio 5–6 dienomis vyko "
        "projekto „Jaunimo akademija“ (toliau – Projektas) baigiamoji konferencija.",
        [
            ("start", "2018-09-10"),
            ("end", "2020-11-30"),
            ("other", "--11-05"),
            ("other", "--11-06"),
        ],
    ),
    case(
        "english-headline-of-a-kick-off-of-two-days",
        "Kick-off of the Green Schools project – Kaunas, 14-15 March 2019\nThe first steering "
        "group meeting took place in Kaunas.",
        [("other", "2019-03-14"), ("other", "2019-03-15")],
    ),
    case(
        "a-project-of-a-few-days-keeps-its-run",
        "Jaunimo organizacija 2017 m. lapkričio 6–11 dienomis įgyvendino jaunimo mainų projektą.",
        [("start", "2017-11-06"), ("end", "2017-11-11")],
    ),
    case(
        "project-based-lessons-name-no-project",
        "Spalio 2–13 dienomis projektines pamokas pasirinko 240 mokinių.",
        [("other", "--10-02"), ("other", "--10-13")],
    ),
    case(
        "designing-names-no-project",
        "Pastato projektavimo darbai vyks nuo 2019 m. birželio 3 d.",
        [("other", "2019-06-03")],
    ),
    case(
        "a-card-day-before-the-month-range-of-the-prose",
        "Start date – 01/10/2019\nEnd date – 31/03/2021\nActivities will take place between "
        "October 2019 and March 2021.",
        [("start", "2019-10-01"), ("end", "2021-03-31"), ("start", "2019-10"), ("end", "2021-03")],
    ),
    case(
        "a-range-of-years-then-the-day-it-began",
        "Projektas įgyvendinamas 2019–2021 m. Projektas pradėtas įgyvendinti 2019 m. kovo 4 d.",
        [("start", "2019-03-04"), ("end", "2021"), ("start", "2019")],
    ),
    case(
        "english-years-of-a-funding-period-are-no-run",
        "Start date: Mar 1, 2017, End date: Feb 28, 2021. Capacity-building support for the "
        "2014-2017 funding period was introduced.",
        [("start", "2017-03-01"), ("end", "2021-02-28")],
    ),
    case(
        "a-strategy-in-capitals-names-its-years",
        "2014 m. rugpjūčio 4–8 d. bendruomenė įgyvendino projektą „Vasaros stovykla“ pagal VVG "
        "TERITORIJOS VIETOS PLĖTROS 2009–2015 M. STRATEGIJA II PRIORITETO PRIEMONĘ.",
        [("start", "2014-08-04"), ("end", "2014-08-08")],
    ),
    case(
        "from-the-beginning-of-a-month-to-the-end-of-another",
        "Projektas bus įgyvendinamas nuo 2019 m. rugsėjo mėn. pradžios iki 2021 m. birželio mėn. "
        "pabaigos.",
        [("start", "2019-09"), ("end", "2021-06")],
    ),
    case(
        "a-training-from-the-beginning-to-the-end-of-months",
        "Mokymai vyks nuo 2012 m. spalio mėn. pradžios iki 2013 m. gegužės mėn. pabaigos.",
        [("other", "2012-10"), ("other", "2013-05")],
    ),
    # round 11: one stage of the project is dated, not the project
    case(
        "a-roman-numbered-stage-completed-is-other",
        "Projektas pradėtas 2018 m. kovo 1 d. I etapas baigtas 2019 m. birželio mėn.",
        [("start", "2018-03-01"), ("other", "2019-06")],
    ),
    case(
        "the-first-stage-lasting-until-is-other",
        "Darbai pradėti 2020 m. balandžio mėn. Pirmasis projekto etapas truks iki 2021 m. "
        "rugsėjo 30 d.",
        [("start", "2020-04"), ("other", "2021-09-30")],
    ),
    case(
        "a-second-stage-to-be-finished-is-other",
        "Antrasis rekonstrukcijos etapas bus baigtas 2022 m. spalio mėn.",
        [("other", "2022-10")],
    ),
    case(
        "a-stage-after-its-date-is-other",
        "2019 m. gegužės 15 d. užbaigtas II-asis etapas, o projektas baigsis 2020 m. birželio "
        "30 d.",
        [("other", "2019-05-15"), ("end", "2020-06-30")],
    ),
    case(
        "a-stages-range-is-other",
        "II etapas: 2021–2022 m.",
        [("other", "2021"), ("other", "2022")],
    ),
    case(
        "a-reporting-period-ended-is-other",
        "Baigėsi antrasis projekto ataskaitinis laikotarpis (2019-09-01–2020-02-29).",
        [("other", "2019-09-01"), ("other", "2020-02-29")],
    ),
    case(
        "english-first-period-ended-is-other",
        "The first period of the project ended on 31 March 2020.",
        [("other", "2020-03-31")],
    ),
    case(
        "english-ordinal-in-figures-before-a-period-is-other",
        "The 2nd reporting period of the project ended on 31 October 2018.",
        [("other", "2018-10-31")],
    ),
    case(
        "english-ordinal-in-figures-two-words-before-a-period",
        "The 3rd project period started on 1 May 2018.",
        [("other", "2018-05-01")],
    ),
    case(
        "english-phase-with-its-number-is-other",
        "Phase 2 of the project will start in September 2021.",
        [("other", "2021-09")],
    ),
    case(
        "the-last-stage-ends-with-the-project",
        "Paskutinis projekto etapas baigtas 2021 m. gruodžio mėn.",
        [("completed", "2021-12")],
    ),
    case(
        "months-before-a-period-are-no-ordinal",
        "Projektas bus įgyvendintas per 24 mėnesių laikotarpį, iki 2021 m. gruodžio 31 d.",
        [("end", "2021-12-31")],
    ),
    case(
        "the-project-end-before-a-stage-keeps-its-end",
        "Projekto pabaiga – 2021 m. gruodžio 31 d., I etapas baigtas 2019 m.",
        [("end", "2021-12-31"), ("other", "2019")],
    ),
    # round 12: a stage named only by a demonstrative
    case(
        "this-stage-lasting-until-is-other",
        "Projektas įgyvendinamas 2023–2025 m. Šis etapas truks iki 2024 m. gruodžio 31 d.",
        [("start", "2023"), ("end", "2025"), ("other", "2024-12-31")],
    ),
    case(
        "in-this-stage-works-finished-is-other",
        "Šiame etape darbai bus baigti iki 2024 m. spalio 31 d.",
        [("other", "2024-10-31")],
    ),
    case(
        "the-end-of-this-stage-is-other",
        "Šio projekto etapo pabaiga – 2024 m. birželio 30 d.",
        [("other", "2024-06-30")],
    ),
    case(
        "english-this-phase-ending-is-other",
        "This phase of the project will end on 31 December 2024.",
        [("other", "2024-12-31")],
    ),
    case(
        "siuo-etapu-means-now-and-keeps-the-end",
        "Šiuo etapu projektą numatoma baigti iki 2024 m. gruodžio 31 d.",
        [("end", "2024-12-31")],
    ),
    case(
        "english-at-this-stage-means-now-and-keeps-the-end",
        "At this stage the project will end on 31 December 2024.",
        [("end", "2024-12-31")],
    ),
    case(
        "this-period-may-be-the-projects-own",
        "Šis projekto laikotarpis truks iki 2024 m. gruodžio 31 d.",
        [("end", "2024-12-31")],
    ),
    case(
        "this-project-lasting-until-keeps-its-end",
        "Šis projektas truks iki 2024 m. gruodžio 31 d.",
        [("end", "2024-12-31")],
    ),
    # round 12: the project launched on a date (English)
    case(
        "english-project-launched-on-a-date-is-its-start",
        "The project was launched on 3 March 2021 in Riga.",
        [("start", "2021-03-03")],
    ),
    case(
        "english-project-officially-launched-in-a-month",
        "The project was officially launched in March 2021.",
        [("start", "2021-03")],
    ),
    case(
        "english-a-call-launched-is-no-start",
        "A call for proposals was launched on 3 March 2021.",
        [],
    ),
    case(
        "english-a-project-website-launched-is-no-start",
        "The project website was launched on 3 March 2021.",
        [],
    ),
    case(
        "english-a-campaign-launched-is-no-start",
        "The campaign was launched on 3 March 2021.",
        [],
    ),
    case(
        "english-launched-then-a-place-is-not-read",
        "The project was launched in Riga on 3 March 2021.",
        [],
    ),
    # round 12: the end month after "iki" takes the start's year
    case(
        "a-run-of-months-nuo-iki-with-one-year",
        "Projekto veiklos vyks nuo 2024 m. kovo mėn. iki lapkričio mėn.",
        [("start", "2024-03"), ("end", "2024-11")],
    ),
    case(
        "a-training-of-months-nuo-iki-is-other",
        "Mokymai vyks nuo 2024 m. sausio iki birželio mėn.",
        [("other", "2024-01"), ("other", "2024-06")],
    ),
    # round 11: supervision and monitoring after or beside the project, the final report
    case(
        "technical-supervision-until-is-no-end",
        "Projektas įgyvendintas 2019 m. Techninė priežiūra vykdoma iki 2024 m. gruodžio 31 d.",
        [("completed", "2019")],
    ),
    case(
        "a-monitoring-period-is-no-end",
        "Projekto monitoringo laikotarpis – iki 2026 m. birželio 30 d.",
        [],
    ),
    case(
        "a-durability-period-is-no-end",
        "Projekto tęstinumo laikotarpis baigiasi 2027 m. gruodžio 31 d.",
        [],
    ),
    case(
        "a-report-handed-in-teikiama-is-no-end",
        "Galutinė projekto įgyvendinimo ataskaita teikiama iki 2022-02-28.",
        [],
    ),
    case(
        "a-report-named-after-the-deadline-is-no-end",
        "Iki 2022 m. vasario 28 d. projekto vykdytojas turi pateikti galutinę projekto ataskaitą.",
        [],
    ),
    case(
        "a-report-after-a-completion-keeps-the-completion",
        "Projektas baigtas 2021 m. gruodžio 31 d., pateikta galutinė ataskaita.",
        [("completed", "2021-12-31")],
    ),
    case(
        "a-run-until-a-date-keeps-its-end",
        "Projekto veiklos vykdomos iki 2022 m. vasario 28 d.",
        [("end", "2022-02-28")],
    ),
    case(
        "an-applications-deadline-is-no-end",
        "Paraiškos pateikimo terminas yra: 2025 m. kovo 3 d. 23:59 val.",
        [],
    ),
    case(
        "a-documents-deadline-is-no-end",
        "Projekto vykdytojas: Žaliakalnio bendruomenė. Dokumentų teikimo terminas – 2024-11-15.",
        [],
    ),
    case(
        "a-leaflets-deadline-before-the-project-paper-is-no-end",
        "Paraiškų pateikimo terminas 2025 m. birželio 2 d., 12:00 val. IŠSAMI PROJEKTO PARAIŠKA.",
        [],
    ),
    case(
        "when-one-may-apply-is-no-run",
        "Projekto paraiškas galima teikti 2024 m. kovo 4 d. – 2024 m. balandžio 30 d.",
        [],
    ),
    case(
        "when-partners-could-apply-is-no-run",
        "Kvietimo paraiškas partneriai galėjo teikti 2023 m. spalio 2 d. – 2023 m. lapkričio 10 d.",
        [],
    ),
    case(
        "a-calls-labels-are-no-run",
        "Kvietimo pradžia: 2024 m. sausio 8 d.\nKvietimo pabaiga: 2024 m. kovo 29 d.",
        [],
    ),
    case(
        "a-project-submitted-then-run-keeps-its-run",
        "Projekto paraiška pateikta pagal kvietimą, projektas vykdomas 2024 m. kovo 4 d. – "
        "2025 m. vasario 28 d.",
        [("start", "2024-03-04"), ("end", "2025-02-28")],
    ),
    case(
        "a-programmes-end-after-its-projects-is-no-end",
        "Numatoma projektų įgyvendinimo pabaiga – 2025 m. kovo 31 d., programos įgyvendinimo "
        "pabaiga – 2025 m. rugsėjo 30 d.",
        [],
    ),
    case(
        "a-programmes-run-is-no-run",
        "Programų įgyvendinimo laikotarpis: 2016-05-01 – 2024-04-30.",
        [],
    ),
    case(
        "a-project-under-a-programmes-measure-keeps-its-end",
        "Projekto, finansuojamo pagal programos priemonę, įgyvendinimo pabaiga – 2025 m. "
        "rugsėjo 30 d.",
        [("end", "2025-09-30")],
    ),
    case(
        "the-projects-own-term-keeps-its-end",
        "Projekto įgyvendinimo terminas – 2026 m. rugpjūčio 31 d.",
        [("end", "2026-08-31")],
    ),
    case(
        "from-a-date-a-named-body-starts",
        "Nuo 2023 m. kovo 1 d. Upėnų kultūros centras pradeda įgyvendinti projektą „Dainų tiltai“.",
        [("start", "2023-03-01")],
    ),
    case(
        "activities-finished-after-the-date",
        "2022 m. spalio 28 d. pabaigtos įgyvendinti projekto „Dainų tiltai“ veiklos.",
        [("completed", "2022-10-28")],
    ),
    case(
        "the-end-of-a-year-stays-the-dates-own-word",
        "Projekto veiklos truks iki 2024 m. pabaigos.",
        [("end", "2024")],
    ),
    case(
        "a-day-ending-a-sentence-before-a-label-stays-apart",
        "Sutartis paskelbta 2016 m. birželio 1 d. Projekto pradžia – 2016 m. liepos 1 d.",
        [("start", "2016-07-01")],
    ),
    case(
        "a-report-named-first-after-iki-is-no-end",
        "Iki 2024 m. gruodžio 2 d. projekto ataskaita bus pateikta savivaldybei.",
        [],
    ),
    case(
        "a-final-report-that-must-be-handed-in-after-iki-is-no-end",
        "Ne vėliau kaip iki 2024 m. gruodžio 2 d. galutinė projekto ataskaita turi būti pateikta.",
        [],
    ),
    case(
        "a-run-until-a-date-then-reports-keeps-its-end",
        "Projektas vykdomas iki 2024 m. gruodžio 2 d., ataskaitų teikimas vyks vėliau.",
        [("end", "2024-12-02")],
    ),
    case(
        "an-accreditations-years-are-no-run",
        "Gimnazijai suteikta „Erasmus“ akreditacija 2022–2027 m. laikotarpiui.",
        [],
    ),
    case(
        "an-english-accreditations-period-is-no-run",
        "The school became an accredited institution of the programme for the period 2022-2027.",
        [],
    ),
    case(
        "an-accreditations-start-is-no-start",
        "Akreditacijos laikotarpis prasideda 2022 m. sausio 1 d.",
        [],
    ),
    case(
        "a-project-under-an-accreditation-keeps-its-run",
        "Pagal akreditaciją vykdomas projektas truks nuo 2023 m. birželio 1 d. iki 2024 m. "
        "rugpjūčio 31 d.",
        [("start", "2023-06-01"), ("end", "2024-08-31")],
    ),
    case(
        "a-school-with-an-accreditation-keeps-its-projects-run",
        "Mokykla, turinti akreditaciją, projektą vykdo 2023-09-01 – 2024-08-31.",
        [("start", "2023-09-01"), ("end", "2024-08-31")],
    ),
    case(
        "applications-taken-until-a-date-are-no-end",
        "Projekto paraiškos bus priimamos elektroniniu būdu iki 2024 m. spalio 7 d.",
        [],
    ),
    case(
        "the-projects-applications-taken-are-no-end",
        "Projekto paraiškų priėmimas baigiasi 2024 m. kovo 29 d.",
        [],
    ),
    case(
        "a-programmes-start-is-no-start",
        "2021 m. startavo atnaujinta ES programa „Erasmus+“.",
        [],
    ),
    case(
        "a-programmes-new-stage-is-no-start",
        "2021 m. prasidėjo naujas programos etapas, skirtas mobilumui.",
        [],
    ),
    case(
        "a-funding-periods-start-is-no-start",
        "2021 m. prasidėjo naujasis ES fondų investicijų laikotarpis.",
        [],
    ),
    case(
        "a-programmes-years-are-no-run",
        "Programa vykdoma 2022–2026 m.",
        [],
    ),
    case(
        "a-project-under-a-programme-keeps-its-start",
        "Pagal programą projektas prasidėjo 2021 m. sausio 1 d.",
        [("start", "2021-01-01")],
    ),
    case(
        "a-programmes-label-on-a-card-is-no-subject",
        "Programa: Erasmus+ Pradžia: 2021-09-01 Pabaiga: 2023-08-31",
        [("start", "2021-09-01"), ("end", "2023-08-31")],
    ),
    case(
        "days-while-carrying-out-the-project-are-the-trainings",
        "Įgyvendinant projektą „Skaitymo tiltai“, 2019 m. spalio 7–9 d. vyko mokymai "
        "bibliotekininkams.",
        [("other", "2019-10-07"), ("other", "2019-10-09")],
    ),
    case(
        "days-after-a-half-participle-are-the-camps",
        "Įgyvendindami projektą, birželio 3–5 dienomis surengėme stovyklą vaikams.",
        [("other", "--06-03"), ("other", "--06-05")],
    ),
    case(
        "days-while-carrying-out-a-strategy-are-the-workshops",
        "Įgyvendinant vietos plėtros strategiją, 2021 m. rugsėjo 13–16 dienomis seniūnijose "
        "vyko dirbtuvės.",
        [("other", "2021-09-13"), ("other", "2021-09-16")],
    ),
    case(
        "a-project-carried-out-over-a-few-days-keeps-its-run",
        "Projektas įgyvendinamas 2022 m. liepos 4–29 d. Upėnų kaime.",
        [("start", "2022-07-04"), ("end", "2022-07-29")],
    ),
    case(
        "a-run-while-carrying-out-keeps-its-months",
        "Įgyvendinant projektą, jis vykdomas nuo 2020 m. kovo 1 d. iki 2021 m. vasario 28 d.",
        [("start", "2020-03-01"), ("end", "2021-02-28")],
    ),
    # Round 19: a few days' run words that are a conference's name or a strategy's run.
    case(
        "a-run-word-inside-a-conferences-name-gives-its-days",
        "Pirmininkė gruodžio 6–7 d. dalyvavo konferencijoje „Projektų įgyvendinimo patirtis“.",
        [("other", "--12-06"), ("other", "--12-07")],
    ),
    case(
        "a-strategys-run-discussed-over-a-few-days-gives-their-days",
        "2021 m. birželio 3–4 d. grupės nariai susitiko aptarti strategijos įgyvendinimo eigos.",
        [("other", "2021-06-03"), ("other", "2021-06-04")],
    ),
    case(
        "a-strategys-run-named-vps-gives-the-days",
        "Spalio 12–13 dienomis vyko seminaras, kuriame aptartas VPS įgyvendinimas.",
        [("other", "--10-12"), ("other", "--10-13")],
    ),
    case(
        "a-quoted-name-closed-before-the-run-word-keeps-the-run",
        "Projektas „Vasaros kiemas“ įgyvendinamas 2022 m. liepos 4–29 d.",
        [("start", "2022-07-04"), ("end", "2022-07-29")],
    ),
    case(
        "a-strategys-run-over-months-keeps-its-start-and-end",
        "Strategijos įgyvendinimo laikotarpis – 2016 m. kovo 1 d. – 2023 m. gruodžio 1 d.",
        [("start", "2016-03-01"), ("end", "2023-12-01")],
    ),
    # Round 19: a singular project word counted by a number is projects counted.
    case(
        "local-projects-counted-in-the-singular-give-no-end",
        "Iki 2023 m. spalio 31 d. sėkmingai įgyvendintas 21 vietos projektas.",
        [],
    ),
    case(
        "projects-counted-in-the-singular-give-no-completion",
        "2020 m. gruodžio mėn. baigtas įgyvendinti 41 projektas.",
        [],
    ),
    case(
        "a-code-with-a-digit-before-the-project-word-keeps-the-completion",
        "Erasmus+ KA2 projektas baigėsi 2020 m. gruodžio mėn.",
        [("completed", "2020-12")],
    ),
    case(
        "the-own-project-beside-counted-ones-keeps-its-completion",
        "Iki 2022 m. pabaigos įgyvendintas 31 vietos projektas, o mūsų projektas baigtas "
        "2022 m. spalio 3 d.",
        [("completed", "2022-10-03")],
    ),
    # Round 19: a year right before a yearly document's noun is the document's year.
    case(
        "a-yearly-reports-year-is-no-approval",
        "Po balsavimo patvirtinta grupės strategijos 2022 m. įgyvendinimo ataskaita.",
        [],
    ),
    case(
        "a-strategys-yearly-progress-is-no-presentation",
        "Administracijos vadovė pristatė 2021 metų VPS įgyvendinimo eigą.",
        [],
    ),
    case(
        "a-budgets-year-is-no-approval",
        "Taryba patvirtino 2026 metų savivaldybės biudžetą.",
        [],
    ),
    case(
        "a-year-before-the-budgets-money-keeps-the-completion",
        "Projektas įgyvendintas 2021 m. savivaldybės biudžeto lėšomis.",
        [("completed", "2021")],
    ),
    case(
        "a-year-before-a-comma-keeps-the-start",
        "Projektas pradėtas 2020 m., veiklos planas parengtas.",
        [("start", "2020")],
    ),
    case(
        "approval-without-year",
        "Š. m. vasario 14 d. komiteto posėdyje pritarta projekto finansavimui.",
        [("approved", "--02-14")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_event_rows(text: str, expected: list[tuple[str, str]]) -> None:
    events, periods = extract_events(doc(text))
    got = [(e.event, e.date) for e in events] + [("period", p) for p, _quote in periods]
    assert got == expected
    assert all(e.quote in text for e in events)


DURATION_CASES = [
    case("stated", "Projekto trukmė – 24 mėn.", [24]),
    case("activities-last", "Projekto veiklos truks 30 mėnesių.", [30]),
    case("works-last", "Rangos darbai truks 20 mėnesių, projektą numatoma baigti 2026 m.", []),
    case("training-days", "Mokymai truks 10 dienų.", []),
    case("in-brackets-after-a-range", "Trukmė: 2022-11-01–2024-10-31 (24 mėn.)", [24]),
    case("a-cap-is-no-length", "Mažieji projektai trunka ilgiausiai 9 mėnesius.", []),
    case(
        "a-cap-and-its-exception-are-no-length",
        "Trunka ilgiausiai 6 mėnesius (išskirtiniais atvejais – 9 mėnesius).",
        [],
    ),
    case("a-floor-is-no-length", "Kvietimai trunka ne trumpiau kaip 3 mėnesius.", []),
    case("up-to-is-no-length", "Projekto trukmė – iki 30 mėnesių.", []),
    case("a-ranges-top-is-no-length", "Projekto trukmė – 12–30 mėnesių.", []),
    case("a-dash-after-the-label-keeps-the-length", "Projekto trukmė – 30 mėnesių.", [30]),
    case(
        "a-dash-after-a-date-range-keeps-the-length",
        "Trukmė: 2022-11-01–2024-10-31 – 24 mėn.",
        [24],
    ),
    case("collective-numeral", "Projektas, kuris truks dvejus metus, prasidėjo rudenį.", [24]),
    case("collective-numeral-after-a-label", "Projekto trukmė: – treji metai.", [36]),
    case("months-in-words", "Projekto trukmė – aštuoniolika mėnesių.", [18]),
    case(
        "years-in-words-without-a-duration-word",
        "Jau dveji metai bibliotekoje renkasi senjorai.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DURATION_CASES)
def test_duration_rows(text: str, expected: list[int]) -> None:
    assert [d.months for d in extract_durations(doc(text))] == expected
