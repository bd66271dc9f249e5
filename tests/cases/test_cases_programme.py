"""Programmes: a short page → its programme, on what basis, and the period (parse_text).

Each row gives (programme, programme_basis, period) as the whole pipeline settles them, so a
programme's generation is checked with the period the dates or the words give.
"""

from __future__ import annotations

from typing import Any

import pytest
from casetable import case

from cwlib.parse.pipeline import parse_text

LVLT = "Interreg Latvia-Lithuania"
LTPL = "Interreg Lithuania-Poland"
SB = "Interreg South Baltic"
ENI_LLB = "ENI Latvia-Lithuania-Belarus"
ENPI_LLB = "ENPI Latvia-Lithuania-Belarus Cross-border Cooperation"

DATES_2017 = " Projekto veiklos vykdomos nuo 2017 m. kovo 1 d. iki 2019 m. vasario 28 d."
DATES_2010 = " Projekto veiklos vyko nuo 2010 m. kovo 1 d. iki 2012 m. vasario 28 d."
DATES_2023 = " Projekto veiklos vykdomos nuo 2023 m. spalio 1 d. iki 2025 m. rugsėjo 30 d."

GENERATIONS = [
    # A form without a generation's mark is written for every generation: the period tells.
    case(
        "latvia-lithuania-dashed-name-with-2014-dates",
        "Sutvarkytas pakrantės takas. Darbai atlikti pagal Latvijos–Lietuvos bendradarbiavimo "
        "per sieną programą." + DATES_2017,
        (LVLT, "stated", "2014-2020"),
    ),
    case(
        "latvia-lithuania-dashed-name-with-2007-dates",
        "Sutvarkytas pakrantės takas. Darbai atlikti pagal Latvijos–Lietuvos bendradarbiavimo "
        "per sieną programą." + DATES_2010,
        (LVLT, "stated", "2007-2013"),
    ),
    case(
        "lithuania-latvia-order-with-2014-dates",
        "Mokykla dalyvauja projekte, finansuojamame pagal Lietuvos ir Latvijos bendradarbiavimo "
        "per sieną programą." + DATES_2017,
        (LVLT, "stated", "2014-2020"),
    ),
    case(
        "lithuania-poland-dashed-name-with-2014-dates",
        "Projektas įgyvendinamas pagal Lietuvos–Lenkijos bendradarbiavimo per sieną programą."
        + DATES_2017,
        (LTPL, "stated", "2014-2020"),
    ),
    case(
        "south-baltic-cross-border-name-with-2014-dates",
        "Uosto muziejus kartu su partneriais iš Švedijos vykdo projektą pagal Pietų Baltijos "
        "bendradarbiavimo per sieną programą." + DATES_2017,
        (SB, "stated", "2014-2020"),
    ),
    case(
        "south-baltic-english-short-name-with-2014-dates",
        "Projektas finansuojamas pagal South Baltic Programme." + DATES_2017,
        (SB, "stated", "2014-2020"),
    ),
    case(
        "south-baltic-territorial-name-with-2014-dates",
        "Projektas finansuojamas pagal Pietų Baltijos teritorinio bendradarbiavimo programą."
        + DATES_2017,
        (SB, "stated", "2014-2020"),
    ),
    case(
        "bsr-english-abbreviation-with-2014-dates",
        "The project is part-financed by the BSR Programme." + DATES_2017,
        ("Interreg Baltic Sea Region", "stated", "2014-2020"),
    ),
    case(
        "latvia-lithuania-belarus-english-older-name-with-2014-dates",
        "The project is funded by the Cross Border Cooperation Programme "
        "Latvia-Lithuania-Belarus." + DATES_2017,
        (ENI_LLB, "stated", "2014-2020"),
    ),
    case(
        "latvia-lithuania-belarus-english-older-name-with-2007-dates",
        "The project is funded by the Cross Border Cooperation Programme "
        "Latvia-Lithuania-Belarus." + DATES_2010,
        (ENPI_LLB, "stated", "2007-2013"),
    ),
    case(
        "latvia-lithuania-belarus-english-name-with-the-period-after",
        "The project is funded by the Cross-border Cooperation Programme "
        "Latvia-Lithuania-Belarus 2014-2020.",
        (ENI_LLB, "stated", "2014-2020"),
    ),
    case(
        "latvia-lithuania-belarus-english-name-after-the-instrument",
        "The project is funded by the European Neighbourhood Instrument Cross-Border Cooperation "
        "Programme Latvia-Lithuania-Belarus.",
        (ENI_LLB, "stated", "2014-2020"),
    ),
    case(
        "latvia-lithuania-belarus-older-name-with-its-number",
        "Projektas ENI-LLB-1-123 įgyvendinamas pagal Cross Border Cooperation Programme "
        "Latvia-Lithuania-Belarus.",
        (ENI_LLB, "stated", "2014-2020"),
    ),
    case(
        "interreg-name-without-a-number-with-2021-dates",
        "Projektas įgyvendinamas pagal Interreg Latvijos–Lietuvos programą." + DATES_2023,
        (LVLT, "stated", "2021-2027"),
    ),
    case(
        "a-later-generation-before-a-name-listed-under-an-earlier-one",
        "Projektas įgyvendinamas pagal Interreg VI-A Latvijos–Lietuvos programą.",
        (LVLT, "stated", "2021-2027"),
    ),
    case(
        "a-generation-before-a-name-listed-under-2007",
        "Projektas įgyvendinamas pagal Interreg V-A Pietų Baltijos teritorinio "
        "bendradarbiavimo programą.",
        (SB, "stated", "2014-2020"),
    ),
    case(
        "a-neutral-name-without-dates-gives-no-period",
        "Projektas įgyvendinamas pagal Latvijos–Lietuvos bendradarbiavimo per sieną programą.",
        (LVLT, "stated", None),
    ),
    # What it must leave alone: a form with a generation's mark keeps its own period.
    case(
        "interreg-v-a-keeps-2014-whatever-the-dates",
        "Projektas įgyvendinamas pagal Interreg V-A Latvijos ir Lietuvos bendradarbiavimo per "
        "sieną programą." + DATES_2023,
        (LVLT, "stated", "2014-2020"),
    ),
    case(
        "interreg-v-a-with-an-en-dash-keeps-2014-whatever-the-dates",
        "Nuo 2021 m. sausio 1 d. įgyvendinamas Interreg V–A Lietuvos ir Lenkijos "
        "bendradarbiavimo programos projektas „Upių slėniai“. Projekto trukmė – iki 2022 m. "
        "kovo 31 d.",
        (LTPL, "stated", "2014-2020"),
    ),
    case(
        "interreg-vi-a-with-an-en-dash-keeps-2021",
        "Projektas įgyvendinamas pagal Interreg VI–A Latvijos ir Lietuvos programą." + DATES_2017,
        (LVLT, "stated", "2021-2027"),
    ),
    case(
        "a-neutral-name-beside-no-interreg-number-takes-the-dates",
        "Nuo 2021 m. sausio 1 d. įgyvendinamas Lietuvos ir Lenkijos bendradarbiavimo programos "
        "projektas „Upių slėniai“. Projekto trukmė – iki 2022 m. kovo 31 d.",
        (LTPL, "stated", "2021-2027"),
    ),
    case(
        "the-partnership-instrument-keeps-enpi",
        "Projektas įgyvendinamas pagal Europos kaimynystės ir partnerystės priemonės Latvijos, "
        "Lietuvos ir Baltarusijos bendradarbiavimo per sieną programą." + DATES_2017,
        (ENPI_LLB, "stated", "2007-2013"),
    ),
    case(
        "lithuania-poland-russia-has-no-later-generation",
        "Projektas įgyvendinamas pagal Lietuvos, Lenkijos ir Rusijos bendradarbiavimo per sieną "
        "programą." + DATES_2017,
        ("ENPI Lithuania-Poland-Russia Cross-border Cooperation", "stated", "2007-2013"),
    ),
    case(
        "interreg-ivc-keeps-2007",
        "Projektas finansuojamas pagal INTERREG IVC programą." + DATES_2017,
        ("INTERREG IVC", "stated", "2007-2013"),
    ),
    case(
        "urbact-with-its-number-keeps-its-period",
        "Miestas dalyvauja URBACT III programos tinkle." + DATES_2023,
        ("Interreg URBACT", "stated", "2014-2020"),
    ),
    case(
        "a-rural-plan-is-never-widened",
        "Projektas finansuojamas pagal BŽŪP strateginį planą." + DATES_2017,
        ("Rural Development Programme for Lithuania", "stated", "2021-2027"),
    ),
    case(
        "a-national-programme-is-never-widened",
        "Projektas finansuojamas pagal Žmogiškųjų išteklių plėtros veiksmų programą." + DATES_2017,
        ("Human Resources Development Operational Programme", "stated", "2007-2013"),
    ),
]

# A programme named of other projects than the page's own (the projects in the plural, one
# named in quotes that is not the page's title) gives way to the programme the page's funds
# imply; it stands where nothing else tells the programme.
OTHER_PROJECTS = [
    case(
        "other-projects-in-the-plural-give-way-to-the-funds",
        "Mokyklos sporto salės įrengimas\n\nProjektas finansuojamas Europos socialinio fondo ir "
        "Lietuvos Respublikos valstybės biudžeto lėšomis. Mokykla taip pat dalyvauja Erasmus+ "
        "projektuose." + DATES_2017,
        ("EU Funds Investments Operational Programme", "inferred", "2014-2020"),
    ),
    case(
        "another-project-in-quotes-gives-way-to-the-funds",
        "Sporto salės įrengimas\n\nProjektas „Sporto salės įrengimas“ finansuojamas Europos "
        "regioninės plėtros fondo ir valstybės biudžeto lėšomis. Savivaldybė taip pat yra "
        "Interreg Europe projekto „Žalieji miestai“ partnerė." + DATES_2017,
        ("EU Funds Investments Operational Programme", "inferred", "2014-2020"),
    ),
    case(
        "another-project-after-the-programme-word",
        "Mokyklos modernizavimas\n\nProjektas „Mokyklos modernizavimas“ finansuojamas Europos "
        "socialinio fondo ir valstybės biudžeto lėšomis. Gimnazija taip pat įgyvendina Erasmus+ "
        "programos projektą „Kalbos be sienų“." + DATES_2017,
        ("EU Funds Investments Operational Programme", "inferred", "2014-2020"),
    ),
    case(
        "other-projects-give-way-to-a-programme-named-after-them",
        "Mokykla dalyvauja Erasmus+ projektuose. Naujas projektas įgyvendinamas pagal "
        "Latvijos–Lietuvos bendradarbiavimo per sieną programą." + DATES_2017,
        (LVLT, "stated", "2014-2020"),
    ),
    # What it must leave alone.
    case(
        "the-pages-own-project-in-quotes-keeps-its-programme",
        "Žalieji miestai\n\nSavivaldybė yra Interreg Europe projekto „Žalieji miestai“ partnerė. "
        "Projektas finansuojamas Europos regioninės plėtros fondo ir valstybės biudžeto lėšomis."
        + DATES_2017,
        ("Interreg Europe", "stated", "2014-2020"),
    ),
    case(
        "other-projects-with-no-funds-named-keep-the-programme",
        "Mokykla dalyvauja Erasmus+ projektuose." + DATES_2017,
        ("Erasmus+", "stated", "2014-2020"),
    ),
    case(
        "other-projects-with-partners-abroad-keep-the-programme",
        "Sporto salės įrengimas\n\nProjektas finansuojamas Europos regioninės plėtros fondo ir "
        "valstybės biudžeto lėšomis. Savivaldybė taip pat yra Interreg Europe projekto „Žalieji "
        "miestai“ partnerė. Projekto partneriai iš Latvijos." + DATES_2017,
        ("Interreg Europe", "stated", "2014-2020"),
    ),
    case(
        "the-programmes-call-for-projects-is-the-pages-own",
        "Projektas finansuojamas Europos regioninės plėtros fondo ir valstybės biudžeto lėšomis. "
        "Jis laimėjo Latvijos–Lietuvos programos projektų konkursą." + DATES_2017,
        (LVLT, "stated", "2014-2020"),
    ),
    case(
        "a-project-in-the-singular-without-quotes-is-the-pages-own",
        "Projektas finansuojamas Europos socialinio fondo ir valstybės biudžeto lėšomis. "
        "Tai Erasmus+ projektas, skirtas mokytojams." + DATES_2017,
        ("Erasmus+", "stated", "2014-2020"),
    ),
]

# The programme's canonical name is its current official one (Interreg URBACT IV, 2021-2027)
# without the generation's number, for every period, as the other Interreg programmes are
# named: each of its written forms names it, and the period the text gives tells the row.
URBACT = [
    case(
        "urbact-after-interregional-cooperation-words",
        "Projektą finansuoja Europos Sąjungos tarpregioninio bendradarbiavimo URBACT programa."
        + DATES_2017,
        ("Interreg URBACT", "stated", "2014-2020"),
    ),
    case(
        "interreg-urbact-iv-official-name",
        "Miestas įgyvendina Interreg URBACT IV programos projektą." + DATES_2023,
        ("Interreg URBACT", "stated", "2021-2027"),
    ),
    case(
        "interreg-urbact-in-english",
        "The city is a partner of an Interreg URBACT network." + DATES_2023,
        ("Interreg URBACT", "stated", "2021-2027"),
    ),
    case(
        "urbact-with-2007-dates",
        "Miestas dalyvauja URBACT programos tinkle." + DATES_2010,
        ("Interreg URBACT", "stated", "2007-2013"),
    ),
    case(
        "urbact-without-a-period-leaves-it-open",
        "Miestas dalyvauja URBACT programos tinkle.",
        ("Interreg URBACT", "stated", None),
    ),
    # What it must leave alone: an urban word is no programme.
    case(
        "an-urban-word-names-nothing",
        "Projektas skirtas urbanistinei plėtrai." + DATES_2017,
        (None, None, "2014-2020"),
    ),
]

# Erasmus+ with its plus set apart ("Erasmus +"), as schools' project pages write it in both
# languages, is the same name; "Erasmus" without a plus names no programme of the table.
ERASMUS_PLUS_APART = [
    case(
        "erasmus-plus-apart-before-project",
        "Gimnazija dalyvauja tarptautiniame Erasmus + projekte „Žalia klasė“." + DATES_2017,
        ("Erasmus+", "stated", "2014-2020"),
    ),
    case(
        "erasmus-plus-apart-as-a-heading-in-capitals",
        "ERASMUS +\n\nMokykla įgyvendina projektą „Žalia klasė“." + DATES_2017,
        ("Erasmus+", "stated", "2014-2020"),
    ),
    case(
        "erasmus-plus-apart-in-english",
        "The school carries out the Erasmus + project “Green Class”." + DATES_2017,
        ("Erasmus+", "stated", "2014-2020"),
    ),
    case(
        "erasmus-plus-apart-in-quotes-before-programa",
        "Projektą finansuoja „Erasmus +“ programa." + DATES_2017,
        ("Erasmus+", "stated", "2014-2020"),
    ),
    # What it must leave alone.
    case(
        "erasmus-students-name-no-programme",
        "Mūsų universitete mokosi 40 Erasmus studentų." + DATES_2017,
        (None, None, "2014-2020"),
    ),
    case(
        "erasmus-mundus-is-not-erasmus-plus",
        "Projektas „Žalia klasė“ finansuojamas pagal Erasmus Mundus programą." + DATES_2017,
        (None, None, "2014-2020"),
    ),
    case(
        "a-plus-between-figures-before-erasmus",
        "Projekte dalyvavo 12 + 3 mokiniai iš Erasmus partnerių." + DATES_2017,
        (None, None, "2014-2020"),
    ),
]

GAPS = [
    # Between two words of a name, a space or a dash.
    case(
        "countries-without-a-dash",
        "Projektas įgyvendinamas pagal „Interreg VI-A“ Lietuvos Lenkijos programą." + DATES_2023,
        (LTPL, "stated", "2021-2027"),
    ),
    case(
        "generation-with-a-dash-where-the-table-has-a-space",
        "Projektas įgyvendinamas pagal Interreg VI-A Lietuvos-Lenkijos programą.",
        (LTPL, "stated", "2021-2027"),
    ),
    case(
        "cross-border-with-a-hyphen",
        "The project is funded by the Latvia-Lithuania-Belarus Cross-border Cooperation "
        "Programme within the European Neighbourhood and Partnership Instrument.",
        (ENPI_LLB, "stated", "2007-2013"),
    ),
    # What it must leave alone: the countries named without a programme name nothing.
    case(
        "countries-with-a-dash-and-no-programme",
        "Lietuvos–Lenkijos pasienio savivaldybės susitiko aptarti bendrų darbų.",
        (None, None, None),
    ),
    case(
        "a-programme-word-apart-names-nothing",
        "Interreg - tai Europos teritorinio bendradarbiavimo tikslo programų vardas.",
        (None, None, None),
    ),
]

# "Baltijos jūros regiono programa" after "Pietų" or "Centrinio" is the South or the Central
# Baltic programme's older Lithuanian name, not the Baltic Sea Region programme.
BALTIC_NAMES = [
    case(
        "south-baltic-sea-region-programme-is-south-baltic",
        "Uosto muziejus baigė projektą „Jūros keliai“, įgyvendintą pagal Pietų Baltijos jūros "
        "regiono programą." + DATES_2010,
        (SB, "stated", "2007-2013"),
    ),
    case(
        "central-baltic-sea-region-interreg-iv-a-programme-is-central-baltic",
        "Projektas „Salų tiltai“ finansuotas pagal Centrinio Baltijos jūros regiono INTERREG IV A "
        "programą." + DATES_2010,
        ("Interreg Central Baltic", "stated", "2007-2013"),
    ),
    case(
        "baltic-sea-region-programme-alone-stays",
        "Projektas „Jūros keliai“ įgyvendinamas pagal Baltijos jūros regiono programą."
        + DATES_2017,
        ("Interreg Baltic Sea Region", "stated", "2014-2020"),
    ),
    case(
        "south-baltic-words-elsewhere-leave-the-baltic-sea-region-programme",
        "Pietų Baltijos jūros pakrantės miestai bendradarbiauja. Projektas „Jūros keliai“ "
        "įgyvendinamas pagal Interreg Baltijos jūros regiono programą." + DATES_2017,
        ("Interreg Baltic Sea Region", "stated", "2014-2020"),
    ),
]

# The Lifelong Learning Programme (2007-2013), Erasmus+'s forerunner, under its own name;
# its sub-programmes' names alone (Comenius, …) ran before 2007 too and name no row.
LIFELONG_LEARNING = [
    case(
        "lifelong-learning-programme-in-lithuanian",
        "Progimnazija įgyvendino Mokymosi visą gyvenimą programos Comenius daugiašalės "
        "partnerystės projektą „Žali tiltai“." + DATES_2010,
        ("Lifelong Learning Programme", "stated", "2007-2013"),
    ),
    case(
        "lifelong-learning-programme-in-english",
        "The school took part in the Lifelong Learning Programme project “Green Bridges”."
        + DATES_2010,
        ("Lifelong Learning Programme", "stated", "2007-2013"),
    ),
    case(
        "comenius-alone-names-no-programme",
        "Progimnazija įgyvendino Comenius projektą „Žali tiltai“." + DATES_2010,
        (None, None, "2007-2013"),
    ),
    case(
        "lifelong-learning-as-an-idea-is-no-programme",
        "Mokymosi visą gyvenimą idėja svarbi kiekvienam. Projektas „Žali tiltai“ finansuojamas "
        "pagal Erasmus+ programą." + DATES_2017,
        ("Erasmus+", "stated", "2014-2020"),
    ),
]

# A local action group's page names LEADER's programme for its own projects; a community's
# national grant or a project its municipality pays for is no LEADER project (round 15).
RDP = "Rural Development Programme for Lithuania"
LOCAL_GROUPS = [
    case(
        "national-community-grant-on-a-group-page-is-no-leader",
        "Upėnų krašto vietos veiklos grupė. Kaimo bendruomenė įgyvendino projektą „Nauji "
        "suolai“, gavusi nacionalinę paramą kaimo bendruomenių veiklai." + DATES_2017,
        (None, None, "2014-2020"),
    ),
    case(
        "municipal-budget-project-of-a-group-is-no-leader",
        "Upėnų krašto vietos veiklos grupė įgyvendino projektą „Nauji suolai“. Projektas "
        "finansuojamas rajono savivaldybės biudžeto lėšomis." + DATES_2017,
        (None, None, "2014-2020"),
    ),
    case(
        "municipal-share-beside-eu-money-keeps-leader",
        "Upėnų krašto vietos veiklos grupė įgyvendino projektą „Nauji suolai“. Projektas "
        "finansuojamas Europos Sąjungos ir savivaldybės biudžeto lėšomis." + DATES_2017,
        (RDP, "inferred", "2014-2020"),
    ),
    case(
        "a-group-project-alone-stays-leader",
        "Upėnų krašto vietos veiklos grupė įgyvendino projektą „Nauji suolai“." + DATES_2017,
        (RDP, "inferred", "2014-2020"),
    ),
]

# The ministries' progress measures (2021-2030) are paid by the EU funds' programme or by the
# Recovery Facility ("Ekonomikos gaivinimo ir atsparumo didinimo priemonė"): the programme the
# text names decides; failing one, the EU funds' programme, as before (round 15).
RRF = "Recovery and Resilience Facility"
EUIP = "EU Funds Investment Programme"
RECOVERY = [
    case(
        "progress-measure-paid-by-the-recovery-facility",
        "Projektas „Šviesios klasės“ vykdomas pagal pažangos priemonę Nr. 12-004-02-01-03. "
        "Projektas finansuojamas Ekonomikos gaivinimo ir atsparumo didinimo priemonės lėšomis."
        + DATES_2023,
        (RRF, "stated", "2021-2027"),
    ),
    case(
        "new-generation-plan-names-the-recovery-facility",
        "Mokykla atnaujino laboratoriją iš „Naujos kartos Lietuva“ plano lėšų." + DATES_2023,
        (RRF, "stated", "2021-2027"),
    ),
    case(
        "progress-measure-paid-by-erdf-stays-eu-funds",
        "Projektas „Šviesios klasės“ vykdomas pagal pažangos priemonę Nr. 12-004-02-01-03. "
        "Projektas finansuojamas Europos regioninės plėtros fondo lėšomis." + DATES_2023,
        (EUIP, "code", "2021-2027"),
    ),
    case(
        "progress-measure-alone-stays-eu-funds",
        "Projektas „Šviesios klasės“ vykdomas pagal pažangos priemonę Nr. 12-004-02-01-03."
        + DATES_2023,
        (EUIP, "code", "2021-2027"),
    ),
]

# The LEADER method ("LEADER metodas") is how the rural programme's local groups work in every
# period: its name dates nothing, the dates tell the period (round 18; the 2007-2013 row
# listed the form alone, so pages of 2017 and 2023 were given 2007-2013).
LEADER_METHOD = [
    case(
        "the-leader-method-with-2023-dates-is-no-2007-programme",
        "Vietos veiklos grupė, taikydama LEADER metodą, įgyvendina projektą „Kaimo kelias“."
        + DATES_2023,
        ("Rural Development Programme for Lithuania", "stated", "2021-2027"),
    ),
    case(
        "the-leader-method-without-dates-gives-no-period",
        "Mokymai apie LEADER metodo taikymą kaimo plėtros procese vyko Upėnų bendruomenės namuose.",
        ("Rural Development Programme for Lithuania", "stated", None),
    ),
    case(
        "the-2007-programme-named-keeps-its-period",
        "Projektas įgyvendintas LEADER metodu pagal Lietuvos kaimo plėtros 2007–2013 metų "
        "programą." + DATES_2017,
        ("Rural Development Programme for Lithuania", "stated", "2007-2013"),
    ),
]

# Nordplus, the Nordic Council of Ministers' education programme, spends no EU money: its
# projects take the programme's name and no EU period, from the dates or otherwise (round 16).
NORDPLUS = [
    case(
        "nordplus-junior-named",
        "Projekto tipas: Nordplus Junior mobilumo projektas. Projektas „Jūros draugai“ vyksta "
        "su mokyklomis iš Latvijos ir Švedijos." + DATES_2017,
        ("Nordplus", "stated", None),
    ),
    case(
        "nordplus-in-the-programmes-lithuanian-name",
        "Biblioteka įgyvendina projektą „Skaitymo tiltai“, finansuojamą pagal „Nordplus“ "
        "programą." + DATES_2023,
        ("Nordplus", "stated", None),
    ),
    case(
        "nordplus-number-alone",
        "Projektas „Skaitymo tiltai“ (NPAD-2019/10456) baigtas." + DATES_2017,
        ("Nordplus", "code", None),
    ),
    case(
        "nordplus-projects-of-others-beside-an-erasmus-project",
        "Mokykla, jau dalyvavusi Nordplus projektuose, įgyvendina Erasmus+ projektą „Skaitymo "
        "tiltai“." + DATES_2017,
        ("Erasmus+", "stated", "2014-2020"),
    ),
    case(
        "the-nordic-council-alone-names-no-programme",
        "Šiaurės ministrų tarybos biuras Lietuvoje parėmė projektą „Skaitymo tiltai“." + DATES_2017,
        (None, None, "2014-2020"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    GENERATIONS
    + OTHER_PROJECTS
    + URBACT
    + ERASMUS_PLUS_APART
    + GAPS
    + BALTIC_NAMES
    + LIFELONG_LEARNING
    + LOCAL_GROUPS
    + RECOVERY
    + NORDPLUS
    + LEADER_METHOD,
)
def test_programme_and_period(text: str, expected: tuple[Any, ...]) -> None:
    project = parse_text(text, "case.txt").project
    assert (project.programme, project.programme_basis, project.period) == expected
    assert all(quote in text for quote in project.quotes.values())
