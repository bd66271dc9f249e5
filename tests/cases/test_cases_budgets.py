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
        "municipality-contributes-in-the-present",
        "Projekto vertė – 378 000 Eur. Dar 63 000 Eur prisideda Rokiškio rajono savivaldybė.",
        [(*P, "total", 378000, E, None), (*P, "own", 63000, E, 16.67)],
    ),
    case(
        "municipality-contributes-in-the-present-before-the-sum",
        "Projekto vertė – 378 000 Eur. Rokiškio rajono savivaldybė prisideda 63 000 Eur.",
        [(*P, "total", 378000, E, None), (*P, "own", 63000, E, 16.67)],
    ),
    case(
        "contributing-to-a-goal-is-no-own-money",
        "Projektas prisideda prie darnaus vystymosi tikslų. Projekto vertė – 378 000 Eur.",
        [(*P, "total", 378000, E, None)],
    ),
    case(
        "share-stated-then-sum",
        "Projekto biudžetas: 250 000 Eur. Europos regioninės plėtros fondo lėšos sudaro 85 proc., "
        "t. y. 212 500 Eur.",
        [(*P, "total", 250000, E, None), (*P, "eu", 212500, E, 85.0)],
    ),
    case(
        "funds-named-by-their-genitive-alone-in-a-list",
        "Projekto vertė – 300 000 Eur, iš jų ES lėšos – 250 000 Eur, valstybės – 20 000 Eur, "
        "savivaldybės – 30 000 Eur.",
        [
            (*P, "total", 300000, E, None),
            (*P, "eu", 250000, E, 83.33),
            (*P, "national", 20000, E, 6.67),
            (*P, "own", 30000, E, 10.0),
        ],
    ),
    case(
        "an-elliptic-fund-s-equal-sum-is-its-own-row",
        "Projekto vertė – 300 000 Eur: ES lėšos – 255 000 Eur, valstybės biudžeto – 22 500 Eur, "
        "ir savivaldybės – 22 500 Eur.",
        [
            (*P, "total", 300000, E, None),
            (*P, "eu", 255000, E, 85.0),
            (*P, "national", 22500, E, 7.5),
            (*P, "own", 22500, E, 7.5),
        ],
    ),
    case(
        "a-named-municipality-s-part-is-no-elliptic-fund",
        "Projekto vertė – 100 000 Eur. Rokiškio rajono savivaldybės – 30 000 Eur.",
        [
            (*P, "total", 100000, E, None),
            ("project", "Rokiškio rajono savivaldybė", "other", 30000, E, 30.0),
        ],
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
        "funding-sentence-before-a-year-stop-lends-no-role",
        "Projektas finansuojamas pagal Interreg VI-A Latvijos ir Lietuvos programą 2021–2027 m. "
        "Projekto biudžetas – 389 250,00 Eur, ES parama sudaro 80 proc.",
        [(*P, "total", 389250, E, None)],
    ),
    case(
        "sum-stop-then-eu-money",
        "Projekto vertė – 946 500,00 Eur. Iš jų ERPF lėšos – 804 525,00 Eur.",
        [(*P, "total", 946500, E, None), (*P, "eu", 804525, E, 85.0)],
    ),
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
    case(
        "words-after-a-bracketed-sum-and-a-comma-name-the-next",
        "Pirmąjį etapą apmokės ministerija (64 tūkst. Eur), o likusius darbus – ES fondai.",
        [(*P, "other", 64000, E, None)],
    ),
    case(
        "words-after-a-bracketed-share-and-a-dash-name-the-sum",
        "Projektui skirta 300 000 Eur (85 proc.) – ES lėšos.",
        [(*P, "eu", 300000, E, 85.0)],
    ),
    case("ticket-price-is-no-budget", "Bilieto kaina – 5 Eur.", []),
    case("exchange-rate-is-no-budget", "1 EUR = 3,4528 LTL.", []),
    case("programme-money-is-no-project-budget", "Programai skirta 73,8 mln. eurų.", []),
    case(
        "many-projects-value-is-no-project-budget",
        "Programa finansavo 60 projektų, kurių bendra vertė – 50 mln. Eur.",
        [],
    ),
    # money paid out or shared out to projects, and its parts stated in the next sentence
    case(
        "money-paid-out-to-projects-and-its-parts-are-no-budget",
        "Regiono savivaldybių vykdomiems projektams išmokėta beveik 212,6 mln. eurų. "
        "Iš jų 180,7 mln. eurų – ES lėšos, 31,9 mln. eurų – valstybės biudžeto lėšos.",
        [],
    ),
    case(
        "money-shared-out-to-projects-is-no-budget",
        "Per pusmetį šiems projektams jau paskirstyta 6,2 mln. eurų.",
        [],
    ),
    case(
        "many-projects-value-then-among-them-is-no-budget",
        "Rajone vykdoma 9 bendruomenių projektų, kurių bendra vertė 275 tūkst. eurų. "
        "Tame tarpe ES ir valstybės lėšos sudaro 230 tūkst. eurų.",
        [],
    ),
    case(
        "projects-under-implementation-are-many",
        "The county has projects running for more than 150 million Eur of EU money.",
        [],
    ),
    case(
        "calls-for-projects-are-many",
        "Calls for projects from the municipalities reached EUR 96 million.",
        [],
    ),
    case(
        "budgets-of-these-projects-are-many",
        "Together, the budgets of these projects come to 3.2 MEUR (ERDF funding 2.7 MEUR).",
        [],
    ),
    case(
        "projects-in-another-clause-leave-the-sum",
        "The project is one of the flagship projects of the strategy; its budget is EUR 2.1 million.",
        [(*P, "total", 2100000, E, None)],
    ),
    case(
        "a-menus-projects-leaves-the-sum",
        "Home | About | Projects | Contacts\nTotal budget: EUR 120 000",
        [(*P, "total", 120000, E, None)],
    ),
    case(
        "our-project-after-many-projects-keeps-its-sum",
        "Among the 12 projects funded, our project received EUR 200 000.",
        [(*P, "other", 200000, E, None)],
    ),
    case(
        "paid-out-to-the-project-is-its-money",
        "Projektui išmokėta 320 000 eurų.",
        [(*P, "other", 320000, E, None)],
    ),
    case(
        "parts-in-the-next-sentence-of-a-project-total-are-kept",
        "Projekto vertė – 300 000 Eur. Iš jų ES lėšos – 255 000 Eur.",
        [(*P, "total", 300000, E, None), (*P, "eu", 255000, E, 85.0)],
    ),
    case(
        "one-project-named-in-the-next-sentence-keeps-its-sum",
        "Programa finansavo 14 projektų, kurių bendra vertė 4,1 mln. eurų. Iš jų mūsų projekto "
        "vertė – 310 000 Eur.",
        [(*P, "total", 310000, E, None)],
    ),
    case(
        "applications-value-is-no-project-budget",
        "Iš viso pateikta 80 paraiškų, jų bendra vertė – 58,6 mln. eurų.",
        [],
    ),
    case(
        "submitted-projects-value-is-no-project-budget",
        "Bendra pateiktų projektų vertė – 82,4 milijonai eurų.",
        [],
    ),
    case(
        "money-for-projects-is-no-project-budget",
        "Bendra ERPF lėšų suma, skiriama projektams finansuoti, yra 50 milijonų eurų.",
        [],
    ),
    case("a-calls-money-is-no-project-budget", "Šiam kvietimui skirta 28,6 mln. eurų.", []),
    case(
        "projects-combined-budget-in-english",
        "The programme supports 75 projects with a combined budget of EUR 95 million.",
        [],
    ),
    case(
        "english-money-available-for-projects-after-the-sum",
        "Some EUR 60 million is still available for projects of the fourth call.",
        [],
    ),
    case(
        "english-programme-money-out-of-a-total-available-for-projects",
        "Of the 48,5 mln. EUR available for projects, nothing is left uncommitted.",
        [],
    ),
    case("english-call-budget", "The call budget is EUR 12 million.", []),
    case(
        "english-budget-of-the-call",
        "The total budget of the third call is about EUR 20 million.",
        [],
    ),
    case(
        "english-money-available-for-a-call",
        "ERDF co-funding of EUR 8,5 million is available for this call.",
        [],
    ),
    case(
        "english-money-allocated-to-a-call-after-the-sum",
        "EUR 40 million of ERDF money goes to the first call.",
        [],
    ),
    case(
        "english-programmes-budget-and-its-part",
        "The Programme's total budget amounts to EUR 95 million, of which ERDF EUR 80 million.",
        [],
    ),
    case(
        "english-funding-of-the-programme",
        "The overall funding of this programme amounts to EUR 41 500 000.",
        [],
    ),
    case(
        "english-submitted-applications-request",
        "Partners ask for EUR 30 million in the submitted applications.",
        [],
    ),
    case(
        "a-part-of-programme-money-is-no-project-budget",
        "Programai skirta 73,8 mln. eurų, iš jų ERPF lėšos – 60 mln. eurų.",
        [],
    ),
    case(
        "requested-money-after-submitted-projects-value",
        "Pateiktų projektų vertė siekia 31,2 mln. eurų; jiems prašoma 26,5 mln. eurų ERPF lėšų.",
        [],
    ),
    case(
        "english-project-budget-with-eu-share-stays",
        "The project budget is EUR 1.2 million, of which ERDF 85 %.",
        [(*P, "total", 1200000, E, None)],
    ),
    case(
        "english-project-chosen-in-a-call-keeps-its-budget",
        "The project was approved in the third call and has a budget of EUR 1.2 million.",
        [(*P, "total", 1200000, E, None)],
    ),
    case(
        "english-project-budget-before-many-projects",
        "The project budget is EUR 1.2 million and it is one of 75 projects funded.",
        [(*P, "total", 1200000, E, None)],
    ),
    case(
        "english-programme-funding-of-a-project-card",
        "ERDF funding from the Programme: EUR 850 000.",
        [(*P, "eu", 850000, E, None)],
    ),
    case(
        "own-project-named-after-programme-money",
        "Programai skirta 73,8 mln. eurų, o mūsų projektui – 500 000 Eur.",
        [(*P, "other", 500000, E, None)],
    ),
    case(
        "one-project-and-its-parts-after-the-many",
        "Programa finansavo 60 projektų, iš jų mūsų projekto vertė – 412 300 Eur, ES lėšos – "
        "350 000 Eur.",
        [(*P, "total", 412300, E, None), (*P, "eu", 350000, E, 84.89)],
    ),
    case(
        "a-calls-card-sum-is-no-project-budget",
        "Kvietimo finansavimo suma\n450 000,00 €\nFinansavimo forma\nDotacija",
        [],
    ),
    case(
        "a-scale-letter-glued-to-the-figure-on-a-card",
        "EU budget\n€1.8M\nTotal project cost\n€2.1M",
        [(*P, "eu", 1800000, E, 85.71), (*P, "total", 2100000, E, None)],
    ),
    case(
        "a-scale-letter-glued-to-the-figure-in-a-sentence",
        "The EU contributes €0.9M toward a total project cost of €1.2M.",
        [(*P, "eu", 900000, E, 75.0), (*P, "total", 1200000, E, None)],
    ),
    case(
        "a-calls-bounds-on-a-projects-budget-are-no-budget",
        "- Minimum project budget: €400,000 (€320,000 ERDF)\n"
        "- Maximum project budget: €1,500,000 (€1,200,000 ERDF)",
        [],
    ),
    case(
        "the-maximum-eligible-budget-of-a-call-is-no-budget",
        "The maximum eligible project budget is EUR 750 000.",
        [],
    ),
    case(
        "a-project-given-the-maximum-grant-keeps-it",
        "The partnership was given the maximum grant of EUR 50 000.",
        [(*P, "other", 50000, E, None)],
    ),
    case(
        "funding-per-project-is-a-rule",
        "The EU funding per project can range from 50 000 EUR to 900 000 EUR.",
        [],
    ),
    case(
        "a-ceiling-per-partner-after-the-sum-is-a-rule",
        "State aid is granted up to 1 million EUR of public contribution per partner and per project.",
        [],
    ),
    case(
        "co-funding-for-these-projects-is-many-projects-money",
        "The committee committed up to 9,2 million EUR of ERDF co-funding for these projects.",
        [],
    ),
    case(
        "money-allocated-under-a-specific-objective",
        "5,4 million euros were allocated under specific objective 2.1.",
        [],
    ),
    case(
        "the-projects-own-budget-beside-the-maximum-grant-stays",
        "The project budget is EUR 480 000, the maximum grant the programme gives.",
        [(*P, "total", 480000, E, None)],
    ),
    case(
        "one-project-at-the-maximum-keeps-its-grant",
        "The project received EUR 200 000, the maximum grant per project.",
        [(*P, "other", 200000, E, None)],
    ),
    # round 11: "Max." abbreviates a call's bound
    case(
        "a-max-abbreviated-fund-cap-is-a-calls-rule",
        "The project budget is EUR 450 000. Max. ERDF co-financing: EUR 600 000.",
        [(*P, "total", 450000, E, None)],
    ),
    case(
        "a-max-abbreviated-total-budget-is-a-calls-bound",
        "Max. total budget EUR 750 000; min. total budget EUR 100 000.",
        [],
    ),
    case(
        "a-project-at-the-maximum-erdf-grant-keeps-it",
        "The project received the maximum ERDF grant of EUR 600 000.",
        [(*P, "eu", 600000, E, None)],
    ),
    case(
        "max-hours-after-a-sum-leave-it-alone",
        "Projekto vertė – 120 000 Eur, max. 15 val. per savaitę.",
        [(*P, "total", 120000, E, None)],
    ),
    # round 11: the money projects or applicants ask for is a call's demand
    case(
        "projects-requesting-money-is-a-calls-demand",
        "The call received 45 applications. Projects request about EUR 28 million in ERDF funding.",
        [],
    ),
    case(
        "applicants-requesting-money-is-a-calls-demand",
        "The applicants requested EUR 28 million in total. The project budget is EUR 1.2 million.",
        [(*P, "total", 1200000, E, None)],
    ),
    case(
        "lithuanian-projects-asking-is-a-calls-demand",
        "Projektai iš viso prašo 28 mln. eurų ES lėšų.",
        [],
    ),
    case(
        "one-project-requesting-keeps-its-sum",
        "The project requested EUR 500 000 from the ERDF.",
        [(*P, "eu", 500000, E, None)],
    ),
    case(
        "a-programme-allocating-money-is-no-projects-budget",
        "The Programme will allocate 31,5 mln. EUR of ERDF funding to cooperation projects.",
        [],
    ),
    case(
        "a-programme-allocating-money-to-the-project-keeps-it",
        "The Programme allocated EUR 640 000 of ERDF funding to the project.",
        [(*P, "eu", 640000, E, None)],
    ),
    case(
        "words-after-a-sum-name-it-not-the-next-one",
        "Iš jų 64 000 Eur skyrė Europos regioninės plėtros fondas, 16 000 Eur – seniūnija.",
        [(*P, "eu", 64000, E, None), (*P, "other", 16000, E, None)],
    ),
    case(
        "a-call-cards-bare-funding-label-is-the-calls",
        "Teikiama nuo\n2024-02-01 08:00\nTeikiama iki\n2024-04-30 17:00\nFinansavimo suma\n"
        "3 400 000.00 Eur\nPareiškėjo tipas\nViešasis sektorius",
        [],
    ),
    case(
        "a-call-cards-label-glued-to-its-sum",
        "• Galimi pareiškėjaiSavivaldybių administracijos\n• Projektų atrankos būdasKonkursas\n"
        "Finansavimo suma 900 000 Eur\nFinansuojamoji dalis 85 proc.",
        [],
    ),
    case(
        "a-call-cards-ceiling-in-a-flattened-row-is-the-calls",
        "Projektų atrankos būdas\nKonkursas\nGalimi pareiškėjai\nDidžiausia suma vienam "
        "projektui\nVietos bendruomenės, kurių veikla vyksta strategijos teritorijoje (ESF+) "
        "64 500,00 € 90 proc.",
        [],
    ),
    case(
        "one-call-label-on-a-projects-card-keeps-its-sum",
        "Galimi partneriai\nMokyklos\nFinansavimo suma\n120 000,00 Eur",
        [(*P, "other", 120000, E, None)],
    ),
    case(
        "call-words-inside-lines-keep-the-projects-sums",
        "Projekto vertė – 200 000 Eur. Paraiškas teikė galimi pareiškėjai, kurių pareiškėjo tipas "
        "buvo aptartas.",
        [(*P, "total", 200000, E, None)],
    ),
    case(
        "a-local-calls-sum-is-no-project-budget",
        "Kvietimo teikti vietos projektus lėšų suma siekia 180 000 Eur.",
        [],
    ),
    case(
        "a-cap-for-one-project-is-no-project-budget",
        "Vienam vietos projektui galima skirti ne daugiau kaip 30 000 Eur paramos.",
        [],
    ),
    case(
        "applications-counted-with-words-between",
        "Per kvietimą pateiktos 4 pirminės vietos projekto paraiškos už 95 000 Eur.",
        [],
    ),
    case(
        "project-proposals-value-is-no-project-budget",
        "Vertinimui perduoti 7 vietos plėtros projektiniai pasiūlymai už 210 tūkst. Eur.",
        [],
    ),
    case("projects-counted-with-a-case-ending", "ES skirs 2 mln. eurų 15-ai projektų.", []),
    case(
        "one-local-project-keeps-its-grant",
        "Vietos projektui įgyvendinti skirta 30 000 Eur parama.",
        [(*P, "other", 30000, E, None)],
    ),
    case(
        "years-before-one-project-are-no-count",
        "Per 3 metus įgyvendinto projekto vertė – 300 000 Eur.",
        [(*P, "total", 300000, E, None)],
    ),
    case(
        "one-project-named-after-the-many",
        "Programa finansavo 60 projektų, iš jų mūsų projekto vertė – 412 300 Eur.",
        [(*P, "total", 412300, E, None)],
    ),
    case(
        "one-of-many-projects-with-its-own-value",
        "Tai vienas iš 12 projektų, kurio vertė – 95 000 Eur.",
        [(*P, "total", 95000, E, None)],
    ),
    case(
        "project-count-in-another-sentence",
        "Programa finansavo 60 projektų. Bendra vertė – 412 300 Eur.",
        [(*P, "total", 412300, E, None)],
    ),
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
    # --- issue 9, class 4: budget roles as real pages state them ---------------------------
    case(
        "partner-budget-named-by-its-town",
        "Bendra projekto vertė – 900 000 Eur. Jonavos projekto vertė – 400 000 Eur, iš kurių "
        "340 000 Eur sudaro ERPF lėšos, o 60 000 Eur – savivaldybės biudžeto lėšos.",
        [
            (*P, "total", 900000, E, None),
            ("partner", "Jonava", "total", 400000, E, None),
            ("partner", "Jonava", "eu", 340000, E, 85.0),
            ("partner", "Jonava", "own", 60000, E, 15.0),
        ],
    ),
    case(
        "partner-part-named-dalis",
        "Projekto vertė – 500 000 Eur. Punsko valsčiaus dalis – 200 000 Eur.",
        [(*P, "total", 500000, E, None), ("partner", "Punsko valsčius", "total", 200000, E, None)],
    ),
    case(
        "partner-share-with-its-split",
        "Kretingos muziejui tenkanti dalis – 120 400,00 Eur, iš jų: 102 340,00 Eur (85 proc.) "
        "ES lėšos, 18 060,00 Eur (15 proc.) nuosavos lėšos.",
        [
            ("partner", "Kretingos muziejus", "total", 120400, E, None),
            ("partner", "Kretingos muziejus", "eu", 102340, E, 85.0),
            ("partner", "Kretingos muziejus", "own", 18060, E, 15.0),
        ],
    ),
    case(
        "partner-dative-after-sentence-opening-words",
        "Bendra projekto vertė – 640 000 Eur. Iš jų Ukmergės rajono savivaldybei tenka "
        "150 000 Eur.",
        [
            (*P, "total", 640000, E, None),
            ("partner", "Ukmergės rajono savivaldybė", "total", 150000, E, None),
        ],
    ),
    case(
        "partner-dative-after-a-leading-phrase",
        "Projektui įgyvendinti Zarasų kultūros ir meno centrui skirta 48 500 Eur.",
        [("partner", "Zarasų kultūros ir meno centras", "total", 48500, E, None)],
    ),
    # round 11: the verb of a share before its named recipient
    case(
        "partner-share-verb-before-its-recipient",
        "Projekto vertė – 500 000 Eur. Projekto lėšų dalis tenkanti Zarasų rajono savivaldybei "
        "sudarytų apie 120 000 Eur.",
        [
            (*P, "total", 500000, E, None),
            ("partner", "Zarasų rajono savivaldybė", "total", 120000, E, None),
        ],
    ),
    case(
        "partner-share-tenka-then-recipient-then-sum",
        "Bendra projekto vertė 800 000 Eur. Iš jos tenka Kupiškio kultūros centrui 210 000 Eur.",
        [
            (*P, "total", 800000, E, None),
            ("partner", "Kupiškio kultūros centras", "total", 210000, E, None),
        ],
    ),
    case(
        "a-bare-recipient-after-tenka-names-no-partner",
        "Bendra projekto vertė 800 000 Eur. Iš šios sumos tenka savivaldybei 120 000 Eur.",
        [(*P, "total", 800000, E, None), (*P, "other", 120000, E, 15.0)],
    ),
    case(
        "a-fund-after-tenka-is-no-recipient",
        "Bendra projekto vertė 800 000 Eur. Didžiausia dalis tenka Europos regioninės plėtros "
        "fondo lėšoms – 680 000 Eur.",
        [(*P, "total", 800000, E, None), (*P, "eu", 680000, E, 85.0)],
    ),
    case(
        "partner-share-verb-before-recipient-set-off-by-commas",
        "Projekto vertė – 500 000 Eur. Projekto lėšų dalis, tenkanti Zarasų rajono savivaldybei, "
        "sudarytų apie 120 000 Eur.",
        [
            (*P, "total", 500000, E, None),
            ("partner", "Zarasų rajono savivaldybė", "total", 120000, E, None),
        ],
    ),
    # round 12: the recipient set off by commas after the share's verb
    case(
        "partner-share-set-off-after-a-clause-before",
        "Bendra projekto vertė – 800 000 Eur, o lėšų dalis, tenkanti Kupiškio kultūros "
        "centrui, sudaro 210 000 Eur.",
        [
            (*P, "total", 800000, E, None),
            ("partner", "Kupiškio kultūros centras", "total", 210000, E, None),
        ],
    ),
    case(
        "a-bare-recipient-set-off-by-commas-names-no-partner",
        "Bendra projekto vertė 800 000 Eur. Lėšų dalis, tenkanti savivaldybei, sudaro 120 000 Eur.",
        [(*P, "total", 800000, E, None), (*P, "other", 120000, E, 15.0)],
    ),
    case(
        "a-fund-set-off-by-commas-is-no-recipient",
        "Bendra projekto vertė 800 000 Eur. Didžiausia dalis, tenkanti Europos regioninės "
        "plėtros fondo lėšoms, sudaro 680 000 Eur.",
        [(*P, "total", 800000, E, None), (*P, "eu", 680000, E, 85.0)],
    ),
    case(
        "a-named-fund-share-set-off-by-commas-keeps-its-fund",
        "Projekto vertė 800 000 Eur, iš jų ES lėšos, tenkančios Zarasų rajono savivaldybei, – "
        "500 000 Eur, savivaldybės lėšos – 300 000 Eur.",
        [
            (*P, "total", 800000, E, None),
            (*P, "eu", 500000, E, 62.5),
            (*P, "own", 300000, E, 37.5),
        ],
    ),
    case(
        "municipal-share-of-one-applicant-is-own",
        "Bendra projekto vertė – 970 000 Eur, iš jų ES ir valstybės biudžeto lėšos – 897 000 Eur, "
        "Kelmės rajono savivaldybės dalis – 73 000 Eur.",
        [
            (*P, "total", 970000, E, None),
            (*P, "eu_national", 897000, E, 92.47),
            ("project", "Kelmės rajono savivaldybė", "own", 73000, E, 7.53),
        ],
    ),
    case(
        "municipal-share-among-partners-is-the-partners",
        "Projekto partneriai – Kelmės ir Tauragės rajonų savivaldybės. Kelmės rajono savivaldybės "
        "dalis – 73 000 Eur.",
        [("partner", "Kelmės rajono savivaldybė", "total", 73000, E, None)],
    ),
    case(
        "state-money-without-budget",
        "Lietuvos Respublikos valstybės lėšos sudarys 12 tūkst. Eur, valstybės biudžetas – "
        "135 tūkst. eurų.",
        [(*P, "national", 12000, E, None), (*P, "national", 135000, E, None)],
    ),
    case(
        "fund-acronym-before-the-sum",
        "EŽŪFKP lėšos 170 000,00 Eur, valstybės biudžeto lėšos 30 000,00 Eur.",
        [(*P, "eu", 170000, E, None), (*P, "national", 30000, E, None)],
    ),
    case(
        "fund-as-the-subject",
        "Projekto vertė – 826 000 Eur, iš jų 702 100 Eur skyrė Europos regioninės plėtros fondas.",
        [(*P, "total", 826000, E, None), (*P, "eu", 702100, E, 85.0)],
    ),
    case(
        "eu-and-state-money",
        "ES ir valstybės lėšos – 180 000 Eur.",
        [(*P, "eu_national", 180000, E, None)],
    ),
    case(
        "grant-from-a-fund-and-the-state",
        "Projektui skirta parama iš EŽŪFKP ir valstybės biudžeto – 94 720 Eur.",
        [(*P, "eu_national", 94720, E, None)],
    ),
    case(
        "grant-whose-source-is-not-named",
        "Projektui skiriama parama – 45 561,07 Eur, bendra projekto vertė – 47 959,02 Eur.",
        [(*P, "other", 45561.07, E, 95.0), (*P, "total", 47959.02, E, None)],
    ),
    case(
        "grant-total-words-do-not-make-a-total",
        "Bendra projektui skirta paramos suma – 1 016 092,64 EUR.",
        [(*P, "other", 1016092.64, E, None)],
    ),
    case(
        "grant-whose-source-follows-in-brackets",
        "Paramos suma: 35 875,80 Eur (EŽŪFKP ir Lietuvos Respublikos valstybės biudžeto lėšos).",
        [(*P, "eu_national", 35875.8, E, None)],
    ),
    case(
        "top-up-is-other",
        "Projektui papildomai skirta 220 211,67 euro Europos regioninės plėtros fondo lėšų.",
        [(*P, "other", 220211.67, E, None)],
    ),
    case(
        "money-beside-the-project-is-other",
        "Papildomai savivaldybė skirs virš 300 tūkst. eurų automobilių aikštelei įrengti.",
        [(*P, "other", 300000, E, None)],
    ),
    case(
        "share-after-the-total-names-the-part",
        "Projekto biudžetas: 318 652,40 EUR, iš jų ERPF 85 % – 270 854,54 EUR.",
        [(*P, "total", 318652.4, E, None), (*P, "eu", 270854.54, E, 85.0)],
    ),
    case(
        "cohesion-fund", "Sanglaudos fondo lėšos – 2 450 000 Eur.", [(*P, "eu", 2450000, E, None)]
    ),
    case(
        "fisheries-fund-and-state",
        "EJRŽF ir Lietuvos Respublikos valstybės biudžeto parama – 67 482,00 Eur.",
        [(*P, "eu_national", 67482, E, None)],
    ),
    case(
        "fund-where-the-currency-stands",
        "Costs: 95 300,12 ERDF and 16 800,00 EUR own funds.",
        [(*P, "eu", 95300.12, E, None), (*P, "own", 16800, E, None)],
    ),
    case(
        "second-partner-budget-without-its-noun",
        "Jurbarko kultūros centro biudžetas – 512 400 Eur, Gižycko kultūros centro – 474 530 Eur.",
        [
            ("partner", "Jurbarko kultūros centras", "total", 512400, E, None),
            ("partner", "Gižycko kultūros centras", "total", 474530, E, None),
        ],
    ),
    case(
        "one-partners-part-of-the-eu-money",
        "Projektui skirtas ES finansavimas – 250 000 Eur, iš jo mūsų gimnazijai – 58 430 Eur.",
        [(*P, "eu", 250000, E, None), ("partner", None, "eu", 58430, E, None)],
    ),
    case(
        "municipal-fund-is-own",
        "Savivaldybės socialinio būsto fondo lėšos – 410 000 Eur.",
        [("project", "Savivaldybės socialinio būsto fondas", "own", 410000, E, None)],
    ),
    case(
        "english-partner-budget-label",
        "Šiauliai Youth Drama Studio budget: € 68 750",
        [("partner", "Šiauliai Youth Drama Studio", "total", 68750, E, None)],
    ),
    case(
        "currency-in-the-label",
        "Projekto išlaidų suma, Eur | 412 380,40",
        [(*P, "total", 412380.4, E, None)],
    ),
    case(
        "ml-for-mln",
        "Projekto vertė – 3,48 ml. Eur, iš jų ES fondų lėšos – 2,96 ml. Eur.",
        [(*P, "total", 3480000, E, None), (*P, "eu", 2960000, E, 85.06)],
    ),
    case(
        "figure-broken-across-a-wrapped-line",
        "Kultūros centras modernizuoja salę pagal regiono plėtros planą. Projekto\n"
        "vertė – 1 245\n300,00 Eur, iš jų Europos regioninės plėtros fondo lėšos – 1 058 505,00\n"
        "Eur.",
        [(*P, "total", 1245300, E, None), (*P, "eu", 1058505, E, 85.0)],
    ),
    case(
        "sentence-wrapped-before-its-sum",
        "Projektui įgyvendinti skirtos Europos regioninės plėtros fondo ir valstybės biudžeto\n"
        "lėšos – 6 950 880,43 eurų.",
        [(*P, "eu_national", 6950880.43, E, None)],
    ),
    case(
        "card-block-of-labels-then-values",
        "Projekto vertė\nES lėšos\nSavivaldybės lėšos\n\n100 000 Eur\n85 000 Eur\n15 000 Eur",
        [(*P, "total", 100000, E, None), (*P, "eu", 85000, E, 85.0), (*P, "own", 15000, E, 15.0)],
    ),
    case(
        "card-label-line-then-value-line",
        "Viso projekto vertė\n\n1 571 132,69 Lt\n\nSavivaldybės lėšos\n\n238 806,40 Lt",
        [(*P, "total", 1571132.69, L, None), (*P, "own", 238806.4, L, 15.2)],
    ),
    case(
        "card-row-of-labels-over-a-row-of-values",
        "Projekto pavadinimas | Partneris | Projekto vertė | ERPF lėšos\n"
        "Muziejaus atnaujinimas | Rokiškio muziejus | 824 616,00 Eur | 700 923,60 Eur",
        [(*P, "total", 824616, E, None), (*P, "eu", 700923.6, E, 85.0)],
    ),
    case(
        "card-value-with-words-before-the-sum",
        "Projekto vertė\n\nDarbai kainuos apie 186 tūkst. Eur\n\nProjekto tikslas\n\nSutvarkyti parką",
        [(*P, "total", 186000, E, None)],
    ),
    case(
        "the-same-sum-again-is-one-row",
        "Projekto vertė – apie 186 tūkst. Eur. Parko darbai siekia apie 186 tūkst. Eur.",
        [(*P, "total", 186000, E, None)],
    ),
    case(
        "sum-in-words",
        "Projekto vertė – trys milijonai eurų.",
        [(*P, "total", 3000000, E, None)],
        gap="sums written in words are not read",
    ),
    # A figure with no currency, then the same sum in words in brackets (contracts' style):
    # the currency is the words' own; the figure is read only when the words agree with it.
    case(
        "figure-then-words-with-currency-in-brackets",
        "Bendra projekto vertė sudaro 64 218,40 (šešiasdešimt keturi tūkstančiai du šimtai "
        "aštuoniolika eurų, 40 ct.).",
        [(*P, "total", 64218.4, E, None)],
    ),
    case(
        "figure-then-words-cents-differ-digits-win",
        "Projekto vertė 12 305,90 (dvylika tūkstančių trys šimtai penki eurai 10 ct.).",
        [(*P, "total", 12305.9, E, None)],
    ),
    case(
        "figure-then-words-currency-after-bracket",
        "Skirta parama – 7 100 (septyni tūkstančiai šimtas) eurų.",
        [(*P, "other", 7100, E, None)],
    ),
    case(
        "figure-then-words-in-litas",
        "Projekto vertė – 230 000 (du šimtai trisdešimt tūkstančių litų).",
        [(*P, "total", 230000, L, None)],
    ),
    case(
        "figure-and-words-disagree-not-read",
        "Projekto vertė – 7 100 (septyni tūkstančiai eurų).",
        [],
    ),
    case(
        "count-then-words-is-no-money",
        "Renginiuose dalyvavo 120 (šimtas dvidešimt) vaikų, projekto vertė – 20 000 Eur.",
        [(*P, "total", 20000, E, None)],
    ),
    case(
        "figure-then-words-without-currency-is-no-money",
        "Įrengta 14 (keturiolika) vietų.",
        [],
    ),
    # "X projekto dalies vertė": the value of one partner's part of a project of several.
    case(
        "organisation-part-of-the-project",
        "Bendra projekto vertė – 900 000 Eur. Telšių rajono savivaldybės administracijos projekto "
        "dalies vertė – 180 000 Eur.",
        [
            (*P, "total", 900000, E, None),
            ("partner", "Telšių rajono savivaldybės administracija", "total", 180000, E, None),
        ],
    ),
    case(
        "town-part-of-the-project",
        "Projekto biudžetas 640 000 Eur, Jurbarko projekto dalies vertė – 96 000 Eur.",
        [(*P, "total", 640000, E, None), ("partner", "Jurbarkas", "total", 96000, E, None)],
    ),
    case(
        "partner-part-of-the-project",
        "Partnerio projekto dalies biudžetas – 75 000 Eur.",
        [("partner", None, "total", 75000, E, None)],
    ),
    # the Government named as the funder is state money
    case(
        "government-funds-a-part-in-brackets",
        "Projekto vertė – 1 100 tūkst. Lt. Stogo remontą finansuos Vyriausybė (120 tūkst. Lt), "
        "kitus darbus – ES struktūriniai fondai.",
        [(*P, "total", 1100000, L, None), (*P, "national", 120000, L, 10.91)],
    ),
    case(
        "government-named-after-the-sum",
        "Darbams skirta 1 mln. 450 tūkst. litų: apie 1 mln. 300 tūkst. litų skirs ES struktūriniai "
        "fondai, beveik 150 tūkst. litų skirs Vyriausybė.",
        [
            (*P, "other", 1450000, L, None),
            (*P, "eu", 1300000, L, None),
            (*P, "national", 150000, L, None),
        ],
    ),
    case(
        "government-gave-before-the-sum",
        "Bibliotekos pritaikymui Vyriausybė skyrė 85 tūkst. eurų.",
        [(*P, "national", 85000, E, None)],
    ),
    case(
        "government-reserve-money",
        "Iš Vyriausybės rezervo lėšų projektui skirta 40 000 Eur.",
        [(*P, "national", 40000, E, None)],
    ),
    case(
        "a-government-decision-names-no-funder",
        "Lietuvos Respublikos Vyriausybės nutarimu projektui skirta 60 000 Eur.",
        [(*P, "other", 60000, E, None)],
    ),
    case(
        "a-government-approved-list-names-no-funder",
        "Projektas įtrauktas į Vyriausybės patvirtintą sąrašą, jo vertė – 900 000 Eur.",
        [(*P, "total", 900000, E, None)],
    ),
    case(
        "given-to-the-government-is-no-funder",
        "Vyriausybei pateikta 70 000 Eur paraiška.",
        [(*P, "other", 70000, E, None)],
    ),
    # a municipality named as the giver after the sum is its own contribution
    case(
        "municipal-administration-gave-after-the-sum",
        "Projekto vertė: 210 400,00 eurų, iš kurių 178 840,00 eurų skirta iš Europos regioninės "
        "plėtros fondo, 15 780,00 eurų skirta iš valstybės biudžeto ir 15 780,00 eurų skyrė "
        "Molėtų rajono savivaldybės administracija.",
        [
            (*P, "total", 210400, E, None),
            (*P, "eu", 178840, E, 85.0),
            (*P, "national", 15780, E, 7.5),
            (*P, "own", 15780, E, 7.5),
        ],
    ),
    case(
        "municipality-gave-a-sum",
        "Projekto vertė 90 000 Eur. 13 500 Eur skyrė Zarasų rajono savivaldybė.",
        [(*P, "total", 90000, E, None), (*P, "own", 13500, E, 15.0)],
    ),
    case(
        "given-to-a-municipality-is-not-its-own",
        "Agentūra skyrė Kėdainių rajono savivaldybei 25 000 Eur.",
        [(*P, "other", 25000, E, None)],
    ),
    # a part of a sum written without its currency takes the currency of the sum it breaks down
    case(
        "part-without-currency-last-of-a-list",
        "Bendra projekto vertė – 640.000,00 Eur, iš kurių Europos regioninės plėtros fondo lėšos "
        "sudaro 544.000,00 Eur, valstybės biudžeto lėšos – 48.000,00 Eur, savivaldybės biudžeto "
        "lėšos – 48.000,00.",
        [
            (*P, "total", 640000, E, None),
            (*P, "eu", 544000, E, 85.0),
            (*P, "national", 48000, E, 7.5),
            (*P, "own", 48000, E, 7.5),
        ],
    ),
    case(
        "parts-without-currency-after-their-labels",
        "Projekto vertė – 300 000 Eur, iš jų ES lėšos – 255 000, savivaldybės lėšos – 45 000.",
        [(*P, "total", 300000, E, None), (*P, "eu", 255000, E, 85.0), (*P, "own", 45000, E, 15.0)],
    ),
    case(
        "parts-without-currency-before-their-labels",
        "Bendra projekto vertė – 540 000 eurų, iš kurių 459 000 – ERPF lėšos, 81 000 – savivaldybės "
        "biudžeto lėšos.",
        [(*P, "total", 540000, E, None), (*P, "eu", 459000, E, 85.0), (*P, "own", 81000, E, 15.0)],
    ),
    case(
        "parts-without-currency-with-scale-words",
        "Projekto vertė – 1,2 mln. eurų, iš jų ES lėšos sudaro 1,02 mln., o valstybės biudžeto "
        "lėšos – 90 tūkst.",
        [
            (*P, "total", 1200000, E, None),
            (*P, "eu", 1020000, E, 85.0),
            (*P, "national", 90000, E, 7.5),
        ],
    ),
    case(
        "part-without-currency-in-litas",
        "Darbų vertė – 412 000 Lt, iš jų ES struktūrinių fondų lėšos – 350 200.",
        [(*P, "total", 412000, "LTL", None), (*P, "eu", 350200, "LTL", 85.0)],
    ),
    case(
        "part-without-currency-with-its-share",
        "Projekto vertė – 500 000 Eur, iš jų ERPF lėšos – 425 000 (85 proc.).",
        [(*P, "total", 500000, E, None), (*P, "eu", 425000, E, 85.0)],
    ),
    case(
        "a-year-after-the-breakdown-is-no-part",
        "Projektui skirta 500 000 Eur, iš jų 2020 m. – 100 000.",
        [(*P, "other", 500000, E, None)],
    ),
    case(
        "a-part-for-a-year-names-no-source",
        "Projekto vertė – 500 000 Eur, iš jų 120 000 – 2021 metais.",
        [(*P, "total", 500000, E, None)],
    ),
    case(
        "a-part-for-works-names-no-source",
        "Projekto vertė – 500 000 Eur, iš jų įrengimo darbams – 120 000.",
        [(*P, "total", 500000, E, None)],
    ),
    case(
        "a-partners-part-without-currency-is-left",
        "Projekto vertė – 540 000 Eur, iš jų Utenos rajono savivaldybės dalis – 81 000.",
        [(*P, "total", 540000, E, None)],
    ),
    case(
        "a-part-of-a-top-up-is-left",
        "Papildomai sporto salės grindims skirta 48 000 Eur, iš jų 40 800 – ES lėšos.",
        [(*P, "other", 48000, E, None)],
    ),
    case(
        "a-part-above-the-sum-is-no-part",
        "Projekto vertė – 500 000 Eur, iš jų ES lėšos – 600 000.",
        [(*P, "total", 500000, E, None)],
    ),
    case(
        "a-count-after-the-breakdown-is-no-part",
        "Projekto vertė – 500 000 Eur, iš jų ES lėšos – 425 000 Eur; dalyvavo 1 500 vaikų.",
        [(*P, "total", 500000, E, None), (*P, "eu", 425000, E, 85.0)],
    ),
    case(
        "a-bare-figure-without-a-breakdown-is-no-sum",
        "Projekto vertė – 300 000 Eur. ES lėšos – 255 000.",
        [(*P, "total", 300000, E, None)],
    ),
    case(
        "a-part-without-currency-after-two-currencies-is-left",
        "Projekto vertė – 1 035 900 Lt (300 017,38 Eur), iš jų ES lėšos – 880 515.",
        [(*P, "total", 1035900, "LTL", None)],
    ),
    # round 15: a programme's money named by its means, its plural or its package
    case(
        "money-for-implementing-a-programme-is-no-project-budget",
        "Naujosios bendradarbiavimo programos įgyvendinimui iki 2027 m. numatyta 52 mln. eurų.",
        [],
    ),
    case(
        "money-for-implementing-programmes-far-before-the-verb",
        "Trijų kaimynystės programų įgyvendinimui per septynerius metus teks apie 8 mlrd. eurų.",
        [],
    ),
    case(
        "money-for-programmes-is-no-project-budget",
        "Kaimynystės programoms skirta 120 mln. eurų.",
        [],
    ),
    case(
        "a-programme-package-and-its-part",
        "Programos finansinį paketą numatoma padidinti iki 14,2 mlrd. EUR, pridedant 0,9 mlrd. EUR.",
        [],
    ),
    case(
        "a-project-under-a-programme-keeps-its-money",
        "Projektas įgyvendinamas pagal Interreg programą, projekto įgyvendinimui skirta 150 000 Eur.",
        [(*P, "eu", 150000, E, None)],
    ),
    case(
        "a-software-package-is-no-programme-package",
        "Programinės įrangos paketą sudaro 3 licencijos, projekto vertė – 40 000 Eur.",
        [(*P, "total", 40000, E, None)],
    ),
    # round 15: a sentence opening with "Tam … skirta" or "Ši suma" after a call's or many
    # projects' words speaks of their money
    case(
        "money-for-that-after-a-call-is-the-calls",
        "Nuo kovo 1 d. jaunimo organizacijos gali teikti paraiškas projektams finansuoti. "
        "Tam šiemet numatyta 0,6 mln. Eur valstybės biudžeto lėšų.",
        [],
    ),
    case(
        "this-sum-after-a-calls-money-is-a-part-of-it",
        "Trečiajam kvietimui numatoma skirti 18 mln. eurų. Ši suma apima ir 4 mln. eurų grąžintų lėšų.",
        [],
    ),
    case(
        "money-for-that-after-the-projects-aim-is-its-own",
        "Projekto tikslas – atnaujinti sporto salę. Tam skirta 120 000 Eur ES lėšų.",
        [(*P, "eu", 120000, E, None)],
    ),
    case(
        "money-for-that-one-project-after-a-call-is-its-own",
        "Savivaldybė teikė paraiškas projektams finansuoti. Tam projektui skirta 80 000 Eur.",
        [(*P, "other", 80000, E, None)],
    ),
    # round 15: "projektams" in the sum's own clause, and the money projects request
    case(
        "payments-to-projects-are-no-project-budget",
        "Per pusmetį išmokėjimai regiono ES fondų projektams viršijo 40 mln. eurų.",
        [],
    ),
    case(
        "a-headline-of-money-for-border-projects",
        "Pasienio kultūros projektams 6 mln. eurų ES paramos",
        [],
    ),
    case(
        "the-money-projects-request-is-no-project-budget",
        "Antrajame etape projektų prašoma ERPF lėšų suma siekė 14,2 mln. eurų.",
        [],
    ),
    case(
        "projects-in-a-menu-line-leave-the-budget-below",
        "Jaunimo projektams\nProjekto vertė – 90 000 Eur.",
        [(*P, "total", 90000, E, None)],
    ),
    case(
        "projects-in-another-clause-leave-our-projects-budget",
        "Savivaldybė remia jaunimo projektams skirtas iniciatyvas, mūsų projekto vertė – 25 000 Eur.",
        [(*P, "total", 25000, E, None)],
    ),
    # round 15: projects counted in thousands or in words, the money applications request
    case(
        "projects-counted-in-thousands",
        "Regione jau baigta 2,4 tūkst. projektų, kuriems teko 0,9 mlrd. eurų.",
        [],
    ),
    case(
        "projects-counted-in-words",
        "Beveik trims šimtams projektų sutartys pasirašytos už 0,8 mlrd. Lt.",
        [],
    ),
    case(
        "a-part-of-the-projects-in-words",
        "Ketvirtadaliui projektų jau išmokėta 120 mln. Lt.",
        [],
    ),
    case(
        "the-money-applications-request",
        "Pateiktose paraiškose iš viso prašoma 2,7 mlrd. Lt.",
        [],
    ),
    case(
        "the-money-one-application-requests-is-its-own",
        "Paraiškoje prašoma suma – 48 000 Eur.",
        [(*P, "other", 48000, E, None)],
    ),
    case(
        "half-of-one-projects-costs-is-its-own",
        "Pusei projekto išlaidų padengti skirta 20 000 Eur ES lėšų.",
        [(*P, "eu", 20000, E, None)],
    ),
    # round 15: money set aside for the project, broken down with the own contribution and
    # adding up, is its total
    case(
        "money-set-aside-broken-down-with-own-money-is-the-total",
        "Mokyklos sporto salei atnaujinti numatyta 412 000 Eur (iš jų ES lėšos – 350 200 Eur, "
        "valstybės biudžeto lėšos – 30 900 Eur, savivaldybės biudžeto lėšos – 30 900 Eur).",
        [
            (*P, "total", 412000, E, None),
            (*P, "eu", 350200, E, 85.0),
            (*P, "national", 30900, E, 7.5),
            (*P, "own", 30900, E, 7.5),
        ],
    ),
    case(
        "a-sum-for-works-broken-down-figure-first",
        "Darželio modernizavimui numatyta 120 000,00 Eur suma, iš jų 102 000,00 Eur Europos "
        "Sąjungos struktūrinių fondų lėšos, 18 000,00 Eur – savivaldybės biudžeto lėšos.",
        [(*P, "total", 120000, E, None), (*P, "eu", 102000, E, 85.0), (*P, "own", 18000, E, 15.0)],
    ),
    case(
        "a-grant-of-eu-and-state-money-stays-a-grant",
        "Projektui skirta 200 000 Eur parama, iš jų ES lėšos – 170 000 Eur, valstybės biudžeto "
        "lėšos – 30 000 Eur.",
        [
            (*P, "other", 200000, E, None),
            (*P, "eu", 170000, E, None),
            (*P, "national", 30000, E, None),
        ],
    ),
    case(
        "parts-that-do-not-add-up-leave-the-sum",
        "Projektui skirta 500 000 Eur, iš jų ES lėšos – 425 000 Eur, savivaldybės lėšos – 50 000 Eur.",
        [(*P, "other", 500000, E, None), (*P, "eu", 425000, E, None), (*P, "own", 50000, E, None)],
    ),
    # round 16: projects counted by a numeral word (two to nine) in any case
    case(
        "projects-counted-by-a-genitive-numeral",
        "Taryba pritarė keturių kaimo bendruomenių projektų finansavimui ir skyrė 6 000 Eur.",
        [],
    ),
    case(
        "projects-counted-by-a-numeral-before-their-money",
        "Šešių kultūros projektų finansavimui skirta 48 000 Eur.",
        [],
    ),
    case(
        "a-numeral-before-one-project-keeps-its-sum",
        "Trijų metų projekto biudžetas – 90 000 Eur.",
        [(*P, "total", 90000, E, None)],
    ),
    # round 16: money a funder shares out ("paskirstė", "paskirstyta") is no project's budget
    case(
        "money-shared-out-by-a-ministry",
        "Ministerija šiemet paskirstė 3,4 mln. eurų.",
        [],
    ),
    case(
        "money-already-shared-out-after-a-comma",
        "Kvietimas baigėsi, jau paskirstyta daugiau kaip 500 tūkst. Eur.",
        [],
    ),
    case(
        "money-shared-out-to-one-project-is-its-own",
        "Projektui paskirstyta 45 000 Eur ES lėšų.",
        [(*P, "eu", 45000, E, None)],
    ),
    case(
        "a-projects-money-split-after-a-colon-keeps-its-parts",
        "Lėšos paskirstytos taip: ES lėšos – 85 000 Eur, savivaldybės lėšos – 15 000 Eur.",
        [(*P, "eu", 85000, E, None), (*P, "own", 15000, E, None)],
    ),
    # round 16: recipients counted in the dative share the sentence's money
    case(
        "recipients-counted-before-the-sum",
        "Iš viso finansavimas skirtas 214 bendruomenių organizacijoms, jų gauta parama – "
        "1 820 000 eurų.",
        [],
    ),
    case(
        "a-count-in-the-dative-of-municipalities",
        "Praėjusiais metais 11-ai savivaldybių tam pačiam tikslui skirta 7,4 mln. eurų.",
        [],
    ),
    case(
        "recipients-counted-after-their-sums",
        "Daugiausia lėšų (220 tūkst. eurų) skirta Utenai, taip pat Zarasams (60 tūkst. eurų) – "
        "iš viso 12-ai savivaldybių.",
        [],
    ),
    case(
        "a-project-for-counted-schools-keeps-its-value",
        "Projektas skirtas 5 mokykloms, jo vertė – 60 000 Eur.",
        [(*P, "total", 60000, E, None)],
    ),
    # round 16: a country's allocation ("Lietuvai numatyta skirti …") is no project's budget
    case(
        "a-countrys-allocation-in-the-dative",
        "Iš viso 2021–2027 m. Lietuvai numatyta skirti 6,4 mlrd. Eur ES lėšų.",
        [],
    ),
    case(
        "a-countrys-allocation-its-sum-in-brackets",
        "ES struktūrinių fondų lėšos Lietuvai skiriamos pagal strategiją (daugiau kaip 5 mlrd. "
        "eurų).",
        [],
    ),
    case(
        "an-english-allocation-to-a-country",
        "The total allocation to Latvia from the cohesion funds amounts to 4.1 billion EUR.",
        [],
    ),
    case(
        "a-project-named-beside-the-country-keeps-its-sum",
        "Projektas svarbus Lietuvai: jam skirta 120 000 Eur.",
        [(*P, "other", 120000, E, None)],
    ),
    # round 16: a page listing three projects or more, each quoted on a line with its sum
    case(
        "a-page-of-several-quoted-projects-with-their-sums",
        "Rajone finansavimą gavo trys bendruomenės.\n"
        "Bendruomenė „Ąžuolynas“ gavo 4 200 eurų projektui „Kiemo šventė“.\n"
        "Asociacija „Versmė“ projektą „Senieji amatai“ įgyvendins už 5 100 eurų.\n"
        "Kaimo bendruomenės centrui projektui „Vakarai prie ežero“ skirta 3 900 eurų.",
        [],
    ),
    case(
        "several-quoted-projects-in-one-paragraph",
        "Bendruomenė „Ąžuolynas“ gavo 4 200 eurų projektui „Kiemo šventė“, asociacija „Versmė“ "
        "projektą „Senieji amatai“ įgyvendins už 5 100 eurų, o projektui „Vakarai prie ežero“ "
        "skirta 3 900 eurų.",
        [],
    ),
    case(
        "a-project-page-naming-an-earlier-project-keeps-its-sums",
        "Projektas „Žali kiemai“ tęsia 2019 m. įgyvendinto projekto „Švarūs kiemai“ veiklas.\n"
        "Projekto „Žali kiemai“ vertė – 80 000 Eur, iš jų ES lėšos – 68 000 Eur.",
        [(*P, "total", 80000, E, None), (*P, "eu", 68000, E, 85.0)],
    ),
    case(
        "quoted-projects-on-lines-without-sums-leave-the-sums",
        "Kiti mūsų projektai: projektas „Kiemo šventė“, projektas „Senieji amatai“, projektas "
        "„Vakarai prie ežero“.\n"
        "Projekto „Žali kiemai“ vertė – 80 000 Eur, iš jų ES lėšos – 68 000 Eur.\n"
        "Savivaldybės lėšos – 12 000 Eur.",
        [(*P, "total", 80000, E, None), (*P, "eu", 68000, E, 85.0), (*P, "own", 12000, E, 15.0)],
    ),
    # round 17: a call's bounds written with a superlative or per one project in the genitive
    case(
        "a-cap-by-maksimali-paramos-suma",
        "Remiamam projektui įgyvendinti maksimali paramos suma gali siekti iki 45 000 Eur.",
        [],
    ),
    case(
        "a-floor-by-minimali-projekto-verte",
        "Minimali projekto vertė – 20 000 Eur.",
        [],
    ),
    case(
        "a-cap-by-didziausia-galima-parama",
        "Didžiausia galima parama – 12 500 Eur.",
        [],
    ),
    case(
        "a-cap-per-one-project-in-the-genitive",
        "Kvietime vieno projekto įgyvendinimui skiriama iki 6 tūkst. eurų.",
        [],
    ),
    case(
        "the-largest-grant-a-project-got-keeps-its-sum",
        "Mūsų projektui skirta didžiausia parama – 30 000 Eur.",
        [(*P, "other", 30000, E, None)],
    ),
    case(
        "one-project-s-value-after-the-cap-word-keeps-its-sum",
        "Vieno iš projektų, mūsų gimnazijos, vertė – 75 000 Eur.",
        [(*P, "total", 75000, E, None)],
    ),
    # round 17: money given to recipients in the dative plural, with no count
    case(
        "money-given-to-districts",
        "Vyriausybė skyrė rajonams 2 mln. eurų.",
        [],
    ),
    case(
        "money-given-to-towns-after-the-sum-with-a-second-part",
        "30 proc. lėšų (apie 6 mln. eurų) skiriama miestams, o 70 proc. (apie 14 mln. eurų) – "
        "kitoms savivaldybėms.",
        [],
    ),
    case(
        "money-planned-for-local-action-groups",
        "Vietos veiklos grupėms šiais metais numatoma skirti 3 mln. eurų.",
        [],
    ),
    case(
        "schools-as-an-infinitives-object-keep-the-sum",
        "Mokykloms modernizuoti skirta 450 000 Eur.",
        [(*P, "other", 450000, E, None)],
    ),
    case(
        "a-project-for-communities-keeps-its-sum",
        "Projektui, skirtam bendruomenėms, skirta 20 000 Eur.",
        [(*P, "other", 20000, E, None)],
    ),
    # round 17: the many who get the money, named in the next sentence
    case(
        "receivers-counted-in-the-next-sentence",
        "Ministerija gaisrinių remontui skirs 2,6 mln. eurų. Lėšas gaus 11 savivaldybių.",
        [],
    ),
    case(
        "receivers-listed-in-the-next-sentence",
        "Ministerija keliams skirs dar 1,2 mln. eurų. Paramą gaus Utenos, Molėtų ir Zarasų "
        "savivaldybės, kurios tvarko gatves.",
        [],
    ),
    case(
        "one-receiver-named-next-leaves-the-sum",
        "Ministerija skirs 300 000 Eur. Lėšas gaus Molėtų rajono savivaldybės administracija.",
        [(*P, "other", 300000, E, None)],
    ),
    case(
        "a-projects-sum-before-its-receivers-keeps-it",
        "Projekto vertė – 900 000 Eur. Lėšas gaus trys savivaldybės.",
        [(*P, "total", 900000, E, None)],
    ),
    # round 18: a page whose subject is a city's or a district's yearly budget
    case(
        "a-city-budget-adjusted-and-shared-by-field",
        "Taryba patikslino miesto biudžetą: jis padidintas 2,1 mln. eurų. Šaligatviams "
        "atnaujinti skirta 640 tūkst. eurų, mokyklų stogams – 310 tūkst. eurų.",
        [],
    ),
    case(
        "a-year-s-budget-approved",
        "Savivaldybės taryba patvirtino 2025 metų savivaldybės biudžetą, kuris siekia 48 mln. "
        "eurų. Kultūrai numatyta 3,2 mln. eurų.",
        [],
    ),
    case(
        "a-draft-budget-debated",
        "Komitetai svarstė biudžeto projektą: socialinei paramai siūloma skirti 5,6 mln. eurų.",
        [],
    ),
    case(
        "a-project-named-beside-the-city-budget-keeps-its-sums",
        "Taryba patvirtino 2025 metų biudžetą. Projekto „Žalias kiemas“ vertė – 120 000 Eur.",
        [(*P, "total", 120000, E, None)],
    ),
    case(
        "money-planned-in-a-year-s-budget-is-no-page-about-it",
        "Vyriausybė skyrė 312 400 Eur pilies tvarkybai; kiti darbai numatyti 2027 metų biudžete.",
        [(*P, "national", 312400, E, None)],
    ),
    case(
        "a-municipal-budget-s-money-is-no-city-budget",
        "Savivaldybės biudžeto lėšos – 15 000 Eur, ES lėšos – 85 000 Eur.",
        [(*P, "own", 15000, E, None), (*P, "eu", 85000, E, None)],
    ),
    # round 18: the budget the money comes from is a source, never the total
    case(
        "from-the-city-budget-is-the-municipality-s-money",
        "Mokyklai iš miesto biudžeto skirta 18 500 Eur.",
        [(*P, "own", 18500, E, None)],
    ),
    case(
        "from-the-district-budget-beside-the-eu-part",
        "Ugdymo įstaigai atnaujinti iš rajono biudžeto skirta 40 000 Eur, iš ES fondų – 160 000 Eur.",
        [(*P, "own", 40000, E, None), (*P, "eu", 160000, E, None)],
    ),
    case(
        "from-its-own-budget-is-no-total",
        "Salės statybai valstybė iš savo biudžeto skyrė 2,3 mln. eurų.",
        [(*P, "other", 2300000, E, None)],
    ),
    case(
        "from-budget-funds-is-no-total",
        "Aikštelėms įrengti iš biudžeto lėšų skirta 64 000 Eur.",
        [(*P, "other", 64000, E, None)],
    ),
    case(
        "the-project-s-budget-is-still-its-total",
        "Projekto biudžetas – 80 000 Eur, iš jų ES lėšos – 68 000 Eur.",
        [(*P, "total", 80000, E, None), (*P, "eu", 68000, E, 85.0)],
    ),
    # round 18: a programme's money in a relative clause after its name
    case(
        "a-programme-s-budget-in-a-relative-clause",
        "Įgyvendinant programą, kuriai 2021–2027 m. laikotarpiu skirtas 12,3 mlrd. EUR "
        "biudžetas, remiama daug veiklų.",
        [],
    ),
    case(
        "a-named-programme-given-its-budget",
        "Šiemet pradėta programa „Kūrybinė Europa“, kuriai Komisija skyrė 2,4 mlrd. eurų biudžetą.",
        [],
    ),
    case(
        "a-programme-whose-budget",
        "Pagal programą Nordplus, kurios biudžetas – 9 mln. eurų, remiami mainai.",
        [],
    ),
    case(
        "a-programme-s-clause-naming-the-project-keeps-its-sum",
        "Projektas finansuojamas pagal programą, kurios lėšomis mūsų projektui skirta 20 000 Eur.",
        [(*P, "other", 20000, E, None)],
    ),
    case(
        "money-given-to-someone-in-a-programme-keeps-its-sum",
        "Gimnazija dalyvauja programoje, kurioje jai skirta 20 000 Eur.",
        [(*P, "other", 20000, E, None)],
    ),
    # round 18: the applications' demand, opening the sentence after they are counted
    case(
        "demand-after-applications-counted",
        "Bendruomenės pateikė 215 paraiškų. Prašoma parama siekia 2,2 mln. eurų.",
        [],
    ),
    case(
        "demand-after-applications-counted-in-the-nominative",
        "Teigiamai įvertintos 7 paraiškos. Prašoma paramos suma – beveik 84,5 tūkst. Eur.",
        [],
    ),
    case(
        "total-demand-after-local-projects-counted",
        "Gauta 14 vietos projektų paraiškų. Bendra prašoma paramos suma – 286 000 Eur.",
        [],
    ),
    case(
        "one-application-s-demand-keeps-its-sum",
        "Bendruomenė pateikė paraišką. Prašoma paramos suma – 12 000 Eur.",
        [(*P, "other", 12000, E, None)],
    ),
    case(
        "demand-after-many-then-one-project-keeps-its-sum",
        "Gautos 11 paraiškų, tarp jų ir mūsų projekto. Prašoma paramos suma – 12 000 Eur.",
        [(*P, "other", 12000, E, None)],
    ),
    # round 19: a news site's subscription offer above the article
    case(
        "a-subscription-offer-is-no-sum",
        "Visos naujienos – prenumeratoriams. Prenumerata tik nuo 2,00 Eur! Mokyklos sporto salės "
        "projekto vertė – 410 000 Eur.",
        [(*P, "total", 410000, E, None)],
    ),
    case(
        "a-subscription-offer-by-the-month",
        "Rudens akcija! Prenumerata – 0,99 Eur per mėnesį.",
        [],
    ),
    case(
        "subscribers-in-another-sentence-leave-the-sum",
        "Laikraščio prenumeratoriams – dovanos. Projekto vertė – 8 000 Eur.",
        [(*P, "total", 8000, E, None)],
    ),
    # round 19: a range of money states no one sum
    case(
        "a-range-with-an-unspaced-dash",
        "Vienos aikštelės įrengimas kainuoja apie 18,5–22 tūkst. eurų.",
        [],
    ),
    case(
        "a-range-in-millions",
        "Stadiono rekonstrukcija kainuotų 3-4 mln. eurų.",
        [],
    ),
    case(
        "a-range-from-a-figure-to-a-sum",
        "Rekonstrukcija, skaičiuojama, kainuos nuo 700 iki 900 tūkst. eurų.",
        [],
    ),
    case(
        "a-range-of-two-sums",
        "Parama savivaldybėms svyruoja nuo 20 tūkst. Eur iki 1,2 mln. Eur.",
        [],
    ),
    case(
        "a-ceiling-alone-keeps-its-sum",
        "Parama projektui – iki 50 000 Eur.",
        [(*P, "other", 50000, E, None)],
    ),
    case(
        "years-before-the-sum-are-no-range",
        "2024–2026 m. projektui skirta 60 000 Eur.",
        [(*P, "other", 60000, E, None)],
    ),
    case(
        "a-run-from-one-year-to-another-is-no-range",
        "Nuo 2024 m. iki 2026 m. projektui skirta 60 000 Eur.",
        [(*P, "other", 60000, E, None)],
    ),
    # round 19: each one's amount ("po …", "kiekvienam …") is no budget
    case(
        "each-year-s-amount",
        "Parkų priežiūrai kitąmet ir užkitąmet numatyta po 40 000 Eur.",
        [],
    ),
    case(
        "each-of-two-buildings-with-a-bound",
        "Abiem pastatams turėtų tekti daugiau kaip po 300 tūkst. eurų.",
        [],
    ),
    case(
        "each-recipient-named-in-the-clause",
        "Kiekvienam stovyklos dalyviui kompensuojama 60 eurų.",
        [],
    ),
    case(
        "a-title-s-word-po-keeps-the-sum",
        "Projektui „Po stogu“ skirta 7 500 Eur.",
        [(*P, "other", 7500, E, None)],
    ),
    case(
        "po-meaning-after-keeps-the-sum",
        "Po rekonstrukcijos projektui skirta 120 000 Eur.",
        [(*P, "other", 120000, E, None)],
    ),
    case(
        "each-in-another-sentence-leaves-the-total",
        "Kiekvienas partneris prisideda prie veiklų. Projekto vertė – 90 000 Eur.",
        [(*P, "total", 90000, E, None)],
    ),
    case(
        "one-unit-s-price",
        "Vidutiniškai vienos naujos darbo vietos sukūrimas kainavo 8 200 Eur.",
        [],
    ),
    case(
        "a-cap-for-one-school",
        "Vienai mokyklai-partnerei per mokslo metus tenka ne daugiau kaip 12 000 Eur.",
        [],
    ),
    case(
        "one-of-the-partners-keeps-its-sum",
        "Vienam iš partnerių, Ąžuolų gimnazijai, skirta 20 000 Eur.",
        [(*P, "other", 20000, E, None)],
    ),
    case(
        "vienna-s-genitive-is-no-unit",
        "Projekto partneris iš Vienos gavo 40 000 Eur.",
        [(*P, "other", 40000, E, None)],
    ),
    # round 19: "Jiems … skirta" opening the sentence after many projects are counted
    case(
        "to-them-after-approved-projects",
        "Komitetas pritarė 12-ai pateiktų projektų. Jiems iš viso skirta 8,4 mln. eurų.",
        [],
    ),
    case(
        "to-them-after-listed-projects",
        "Ministerijos sąraše – 9 nuotekų tvarkymo projektai. Jiems numatyta skirti 42 mln. "
        "eurų ES lėšų.",
        [],
    ),
    case(
        "to-them-after-partners-keeps-the-sum",
        "Projekte dalyvauja trys mokyklos. Joms skirta 30 000 Eur.",
        [(*P, "other", 30000, E, None)],
    ),
    case(
        "to-them-after-one-application-keeps-the-sum",
        "Bendruomenė pateikė paraišką. Jiems skirta 9 000 Eur.",
        [(*P, "other", 9000, E, None)],
    ),
    # round 19: the works' value or price is a part of the project's money, no total
    case(
        "the-works-value-is-no-total",
        "Stogo remonto darbų vertė – 1,2 mln. eurų.",
        [(*P, "other", 1200000, E, None)],
    ),
    case(
        "the-design-works-price-is-no-total",
        "Bendra dangos darbų kaina – 6 400 Eur.",
        [(*P, "other", 6400, E, None)],
    ),
    case(
        "the-contract-s-works-value-is-no-total",
        "Rangos sutarties darbų vertė – 740 000 Eur.",
        [(*P, "other", 740000, E, None)],
    ),
    case(
        "the-project-value-beside-works-is-its-total",
        "Projekto vertė – 740 000 Eur, darbai baigti.",
        [(*P, "total", 740000, E, None)],
    ),
    case(
        "a-contract-s-value-is-still-a-total",
        "Sutarties vertė – 30 000 Eur.",
        [(*P, "total", 30000, E, None)],
    ),
    # round 20: a funder's money shared out to three recipients or more, each named in the
    # dative singular right before its own sum
    case(
        "parishes-given-a-sum-each-give-no-row",
        "Rajono komisija paskirstė programos lėšas.\n"
        "Kalnėnų Šv. Onos parapijai skirta 8 000 Eur stogo remontui.\n"
        "Upytės Šv. Jono parapijai skirta 5 200 Eur vargonams sutvarkyti.\n"
        "Girelės Švč. Trejybės parapijai skirta 3 150,5 Eur.",
        [],
    ),
    case(
        "schools-listed-with-dashes-give-no-row",
        "Ministerija patvirtino lėšų paskirstymą. Miškų pagrindinei mokyklai skirta 96 tūkst. "
        "eurų, Beržų pagrindinei mokyklai – per 120 tūkst. eurų ir Liepų pagrindinei mokyklai "
        "– 140 tūkst. eurų.",
        [],
    ),
    case(
        "heritage-objects-with-a-place-or-an-infinitive",
        "Vyriausybė patvirtino sąrašą.\n"
        "Pakalnės bazilikai sutvarkyti planuojama skirti 1,2 mln. eurų, Šilėnų vienuolyno "
        "statinių kompleksui – 0,9 mln. eurų, Dvarelio rūmų ansambliui Kaune – 0,7 mln. eurų.",
        [],
    ),
    case(
        "a-project-named-keeps-its-own-total-beside-the-recipients",
        "Projekto vertė – 90 000 Eur.\n"
        "Kalnėnų Šv. Onos parapijai skirta 8 000 Eur.\n"
        "Upytės Šv. Jono parapijai skirta 5 200 Eur.\n"
        "Girelės Švč. Trejybės parapijai skirta 3 150 Eur.",
        [(*P, "total", 90000, E, None)],
    ),
    case(
        "two-recipients-keep-their-sums",
        "Kalnėnų Šv. Onos parapijai skirta 8 000 Eur. Upytės Šv. Jono parapijai skirta 5 200 Eur.",
        [(*P, "other", 8000, E, None), (*P, "other", 5200, E, None)],
    ),
    case(
        "partners-shares-stay-partner-rows",
        "Projekto partneriai: Kalnėnų rajono savivaldybė, Upytės muziejus ir Girelės biblioteka. "
        "Kalnėnų rajono savivaldybei tenka 120 000 Eur, Upytės krašto muziejui – 80 000 Eur, "
        "Girelės viešajai bibliotekai – 50 000 Eur.",
        [
            ("partner", "Kalnėnų rajono savivaldybė", "total", 120000, E, None),
            ("partner", "Upytės krašto muziejui", "total", 80000, E, None),
            ("partner", "Girelės viešajai bibliotekai", "total", 50000, E, None),
        ],
    ),
    case(
        "one-recipient-named-thrice-is-one",
        "Kalnėnų mokyklai skirta 8 000 Eur. Kalnėnų mokyklai skirta 5 000 Eur. Kalnėnų mokyklai "
        "skirta 3 000 Eur.",
        [
            ("partner", "Kalnėnų mokykla", "total", 8000, E, None),
            ("partner", "Kalnėnų mokykla", "total", 5000, E, None),
            ("partner", "Kalnėnų mokykla", "total", 3000, E, None),
        ],
    ),
    # round 20: money "išdalyta" (the standard spelling) is shared out; clubs as recipients
    case(
        "money-isdalyta-to-clubs-is-shared-out",
        "Sporto klubams išdalyta 320 tūkst. eurų.",
        [],
    ),
    case(
        "money-isdalyta-first-then-one-club-s-grant",
        "Miesto sporto klubams išdalyta 320 tūkst. eurų. Krepšinio klubui „Vėjas“, kuris "
        "šiemet tapo čempionu, skirta 90 tūkst. eurų.",
        [],
    ),
    case(
        "money-isdalyta-to-one-project-keeps-its-row",
        "Projektui išdalyta 32 000 Eur paramos.",
        [(*P, "other", 32000, E, None)],
    ),
    case(
        "a-municipality-gives-clubs-money",
        "Savivaldybė klubams skyrė 2,1 mln. eurų.",
        [],
    ),
    case(
        "clubs-before-an-infinitive-are-its-object",
        "Sporto klubams modernizuoti skirta 50 000 Eur.",
        [(*P, "other", 50000, E, None)],
    ),
    case(
        "clubs-named-in-a-project-s-sentence-keep-the-sums",
        "Projekto „Sportuok“ vertė – 40 000 Eur, iš jų 10 000 Eur skirta sporto klubams.",
        [(*P, "total", 40000, E, None), (*P, "other", 10000, E, 25.0)],
    ),
    # round 20: two quoted projects, each on its own line with its sum
    case(
        "two-approved-projects-as-two-bullets-give-no-row",
        "Patvirtinti vietos projektai:\n"
        "• Asociacijos „Versmė“ vietos projektui „Kiemo šventė“ skiriama iki 4 200,00 Eur "
        "parama.\n"
        "• Kalnėnų bendruomenės vietos projektui „Senieji amatai“ skiriama iki 9 500,00 Eur "
        "parama.",
        [],
    ),
    case(
        "two-projects-named-on-the-sum-s-line-keep-its-sums",
        "Projektas „Žali kiemai“ tęsia projekto „Švarūs kiemai“ veiklas, jo vertė – 80 000 Eur.\n"
        "Projekto „Žali kiemai“ ES lėšos – 68 000 Eur.",
        [(*P, "total", 80000, E, None), (*P, "eu", 68000, E, 85.0)],
    ),
    case(
        "one-project-named-on-two-lines-keeps-its-sums",
        "Projekto „Žali kiemai“ vertė – 80 000 Eur.\nProjekto „Žali kiemai“ ES lėšos – 68 000 Eur.",
        [(*P, "total", 80000, E, None), (*P, "eu", 68000, E, 85.0)],
    ),
    # round 20: two project cards or more on one page, each with its name label and a sum
    case(
        "two-project-cards-with-their-grants-give-no-row",
        "Finansuoti projektai\n"
        "Projekto pavadinimas: Jaunimo dirbtuvės\n"
        "Projekto vykdytojas: Kalnėnų bendruomenė\n"
        "Paramos dydis: 12.400 eurų\n"
        "Projekto pavadinimas: Senųjų amatų kiemas\n"
        "Projekto vykdytojas: Upytės bendruomenė\n"
        "Paramos dydis: 9.800 eurų",
        [],
    ),
    case(
        "one-card-s-name-label-written-twice-keeps-its-sum",
        "Projekto pavadinimas: Jaunimo dirbtuvės\n"
        "Paramos dydis: 12.400 eurų\n"
        "Projekto pavadinimas: Jaunimo dirbtuvės",
        [(*P, "other", 12400, E, None)],
    ),
    case(
        "an-earlier-project-s-card-without-a-sum-leaves-the-sum",
        "Projekto pavadinimas: Jaunimo dirbtuvės\n"
        "Paramos dydis: 12.400 eurų\n"
        "Ankstesnis mūsų projektas:\n"
        "Projekto pavadinimas: Senųjų amatų kiemas",
        [(*P, "other", 12400, E, None)],
    ),
    # round 20: a page whose first sum is a funder's money for many gives no row unless one
    # project's or partner's own money is named
    case(
        "a-funder-s-money-shared-out-then-each-object-s-sum",
        "Savivaldybė jau paskirstė 30 tūkst. eurų, skirtų paveldo objektams.\n"
        "12 400 eurų skirti Liepų g. 5-ojo namo stogo remontui,\n"
        "9 600 eurų – Kalnėnų koplyčios fasado dažymui.",
        [],
    ),
    case(
        "projects-funded-then-each-one-s-grant",
        "Ministerija nusprendė finansuoti 120 dienos centrų projektų. Iš viso visiems projektams "
        "skirta 1,5 mln. eurų. Kalnėnų bendruomenės teiktas projektas įvertintas 50 balų ir jam "
        "skirtas 12 300 eurų finansavimas, Upytės bendruomenės projektas įvertintas 47 balais ir "
        "skirtas 9 800 eurų finansavimas.",
        [],
    ),
    case(
        "a-ministry-s-money-for-museums-then-its-fields",
        "Kultūros ministerija: 40 muziejų projektų paskirstyta 1 mln. eurų. Vertybėms įsigyti "
        "skirta 210 tūkst. eurų, o sklaidos veiklos sričiai – 0,6 mln. eurų.",
        [],
    ),
    case(
        "one-project-s-total-after-a-funder-s-money-stays",
        "Ministerija paskirstė 2 mln. eurų 30 projektų. Vienas jų – mūsų gimnazijos. Projekto "
        "vertė – 120 000 Eur, ES lėšos – 102 000 Eur.",
        [(*P, "total", 120000, E, None), (*P, "eu", 102000, E, 85.0)],
    ),
    case(
        "one-project-s-grant-after-a-funder-s-money-stays",
        "Ministerija paskirstė 2 mln. eurų 30 projektų. Mūsų gimnazijos projektui skirta 90 000 "
        "Eur.",
        [("project", "Mūsų gimnazija", "other", 90000, E, None)],
    ),
    case(
        "a-project-named-by-its-quoted-name-keeps-its-rows-after-the-programme-s-money",
        "Programai skirta 68 mln. eurų. Savivaldybė įgyvendins projektą „Žalias pasienis“. ES "
        "parama sudarys 150 000 Eur, savivaldybės indėlis – 26 470 Eur.",
        [(*P, "eu", 150000, E, None), (*P, "own", 26470, E, None)],
    ),
    case(
        "partners-spoken-of-keep-the-rows-after-the-programme-s-money",
        "Programai skirta 68 mln. eurų. Savivaldybė darbus atliks kartu su partneriais. ES parama "
        "sudarys 150 000 Eur, savivaldybės indėlis – 26 470 Eur.",
        [(*P, "eu", 150000, E, None), (*P, "own", 26470, E, None)],
    ),
    case(
        "a-partner-s-part-after-a-programme-s-money-stays",
        "Programai skirta 50 mln. eurų. Projekto partneris – Kalnėnų universitetas. Kalnėnų "
        "universiteto dalis – 200 000 Eur.",
        [("partner", "Kalnėnų universitetas", "total", 200000, E, None)],
    ),
]


QUALIFIERS = [
    case("exact", "Projekto vertė – 186 000 Eur.", ["exact"]),
    case("apie", "Darbai siekia apie 186 tūkst. Eur.", ["about"]),
    case("beveik", "Projekto vertė – beveik 1,9 mln. eurų.", ["about"]),
    case("per", "Savivaldybė skirs per 300 tūkst. eurų.", ["at_least"]),
    case("virs", "Papildomai skirta virš 700 tūkst. Eur.", ["at_least"]),
    case("daugiau-kaip", "Projektui skirta daugiau kaip 1 mln. eurų.", ["at_least"]),
    case("iki", "Valstybės biudžeto lėšos – iki 30 737,80 Eur.", ["at_most"]),
    case("ne-daugiau-kaip", "Parama – ne daugiau kaip 240 000 eurų.", ["at_most"]),
    case("english-up-to", "ERDF co-financing of up to EUR 850,000.", ["at_most"]),
    case(
        "each-sum-its-own",
        "Projekto vertė – apie 235 tūkst. Eur, ES lėšos – 200 000 Eur.",
        ["about", "exact"],
    ),
    case("per-inside-a-word-is-no-qualifier", "Peržiūrėta 2019 m., vertė 500 Eur.", ["exact"]),
    case("virsija", "Pasirašytų sutarčių vertė viršija 2,4 mln. eurų.", ["at_least"]),
    case("maziausiai-siekia", "Darbų sąmata mažiausiai sudaro 1,1 mln. eurų.", ["at_least"]),
    case("bent", "Aikštės sutvarkymui prireiks bent 900 tūkst. eurų.", ["at_least"]),
    case("ne-mazesne-kaip", "Paraiškos vertė – ne mažesnė kaip 500 000 Eur.", ["at_least"]),
    case(
        "bent-inside-a-name-is-no-qualifier",
        "Bentoniečių bendruomenei skirta 4 000 Eur.",
        ["exact"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUALIFIERS)
def test_budget_qualifiers(text: str, expected: list[str]) -> None:
    """A bound or an approximation is kept with the sum, in the qualifier column."""
    rows = extract_budgets(doc(text))
    assert [b.qualifier for b in rows] == expected


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_budget_rows(text: str, expected: list[tuple[object, ...]]) -> None:
    rows = complete_shares(extract_budgets(doc(text)))
    got = [(b.scope, b.party, b.item, b.amount, b.currency, b.share_pct) for b in rows]
    assert got == [tuple(float(x) if isinstance(x, int) else x for x in row) for row in expected]
    assert all(b.quote in text for b in rows)


QUOTE_STARTS = [
    case("after-the-last-sums-full-stop", "Projekto vertė – 190 000 Eur. ES lėšos sudaro 85 proc. – 161 500,00 Eur.", ["Projekto", "ES"]),
    case("after-the-last-sums-bracket", "Projektas finansuojamas ES (500 000,00 eurų), valstybės biudžeto (88 530,00 eurų) lėšomis.", ["Projektas", "valstybės"]),
    case("bullets", "Finansavimas:\n• ES lėšos – 85 000 Eur\n• savivaldybės – 15 000 Eur", ["ES", "savivaldybės"]),
    case("a-table-bar", "Total: 1 648 560,41 EUR | ERDF: 1 401 276,35 EUR", ["Total:", "ERDF:"]),
    case("after-the-last-sums-share", "ES lėšos – 85 000 Eur (85 proc.), savivaldybės lėšos – 15 000 Eur (15 proc.).", ["ES", "savivaldybės"]),
    case("after-the-words-that-name-the-last-sum", "Iš jų 64 000 Eur – ERPF lėšos, 16 000 Eur – savivaldybės lėšos.", ["Iš", "16"]),
    case("after-the-last-sums-remark", "Parama – 29 790,00 Eur (EŽŪFKP ir valstybės biudžeto lėšos), nuosavas įnašas – 3 310,00 Eur.", ["Parama", "nuosavas"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "first_words"), QUOTE_STARTS)
def test_a_budget_quote_starts_at_its_words(text: str, first_words: list[str]) -> None:
    """A quote is shown to the reader as the statement of its sum: it starts at a word, not at
    the full stop, bracket, bullet or bar before it."""
    rows = extract_budgets(doc(text))
    assert [b.quote.split()[0] for b in rows] == first_words
    assert all(b.quote in text for b in rows)


def test_a_share_in_brackets_keeps_its_closing_bracket() -> None:
    """A quote that opens a bracket after its sum closes it: "… Eur (85 proc.)", not "(85 proc."."""
    text = "Projekto vertė – 500 000 Eur, iš jų ERPF lėšos – 425 000,00 Eur (85 proc.), kita dalis."
    rows = extract_budgets(doc(text))
    assert rows[1].quote == "iš jų ERPF lėšos – 425 000,00 Eur (85 proc.)"
    assert rows[1].share_pct == 85.0


def test_the_call_labels_scanned_are_the_call_labels_read() -> None:
    """A call card's labels are found by the document scan (``starts``) and read by the audit
    (``words``): one list written twice, so the two must stay the same."""
    from cwlib.lexicon import load as lexicon

    table = lexicon.table("pages", "call_labels")
    assert tuple(table["starts"]) == tuple(table["words"])
