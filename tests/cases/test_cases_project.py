"""Project fields: a short page → the fields it states (each case checks the fields it names)."""

from __future__ import annotations

from typing import Any

import pytest
from casetable import case, doc

from cwlib.parse.pipeline import parse_text
from cwlib.parse.project import extract_fields

NAT = "EU Structural Funds (Lithuania)"

CASES = [
    case(
        "title-label",
        "Projekto pavadinimas: Kūrybinės dirbtuvės Rietave",
        {"title": "Kūrybinės dirbtuvės Rietave", "title_en": None},
    ),
    case(
        "dateline-over-the-headline-is-no-title",
        "2022 m. rugsėjo 8 d.\n\nAmatų kiemelis atveria vartus\n\nKultūros centras baigė darbus.",
        {"title": "Amatų kiemelis atveria vartus", "title_en": None},
    ),
    case(
        "english-dateline-over-the-headline-is-no-english-title",
        "8 September 2022\n\nAmatų kiemelis atveria vartus\n\nKultūros centras baigė darbus.",
        {"title": "Amatų kiemelis atveria vartus", "title_en": None},
    ),
    case(
        "dotted-dateline-with-a-time-is-no-title",
        "08.09.2022 14:30\n\nAmatų kiemelis atveria vartus\n\nKultūros centras baigė darbus.",
        {"title": "Amatų kiemelis atveria vartus", "title_en": None},
    ),
    # A name states no sum: a headline that does is news about money shared out, a sentence
    # that does is the budget.
    case(
        "a-headline-stating-a-sum-is-no-title",
        "Miestelių aikštėms tvarkyti – dar 1,8 mln. eurų\n\nMinisterija paskirstė lėšas "
        "savivaldybėms.",
        {"title": None},
    ),
    case(
        "a-headline-sharing-out-litas-is-no-title",
        "Bendruomenėms šiemet numatoma skirti beveik 3 mln. litų\n\nParaiškas vertins komisija.",
        {"title": None},
    ),
    case(
        "the-projects-value-is-no-title",
        "Bendra projekto vertė – 345 280 Lt. Perskaičiavus eurais, bendra projekto vertė – "
        "100 000 Eur.",
        {"title": None},
    ),
    case(
        "a-title-with-a-figure-that-is-no-sum-stays",
        "Penkių pasienio miestų 12 amatų kiemų\n\nProjektas įgyvendinamas 2020–2022 m.",
        {"title": "Penkių pasienio miestų 12 amatų kiemų"},
    ),
    # An image's file name or a template's name left at the top of the text.
    case(
        "an-images-file-name-is-no-title",
        "KC_didelis_foto\n\n2024 m. kovo 14 d. miesto bibliotekoje pristatytas mokyklų "
        "pažangos planas savivaldybėje. Projekte dalyvauja 4 savivaldybės mokyklos: Pušyno "
        "gimnazija, Ąžuolo progimnazija, Liepų pradinė mokykla ir Klevų pagrindinė mokykla."
        "\n\nProjektas finansuojamas iš Europos Sąjungos fondų, savivaldybei skiriama "
        "900 000 eur.\n",
        {"title": None, "title_en": None},
    ),
    case(
        "a-templates-name-is-no-english-title",
        "kaires_puses_meniu\n\nAmatų kiemelio atnaujinimas\n\nKultūros centras baigė darbus.",
        {"title": "Amatų kiemelio atnaujinimas", "title_en": None},
    ),
    case(
        "a-one-word-acronym-stays-a-title",
        "CULTBRIDGE\n\nProjektas įgyvendinamas pagal Interreg Europe programą.",
        {"title_en": "CULTBRIDGE"},
    ),
    case(
        "a-dateline-with-its-weekday-is-no-title",
        "2021 m. kovo 3 d., trečiadienis\n\nAmatų kiemelio atnaujinimas\n\nKultūros centras baigė "
        "darbus.",
        {"title": "Amatų kiemelio atnaujinimas", "title_en": None},
    ),
    case(
        "an-english-dateline-with-its-weekday-is-no-title",
        "Wednesday, 3 March 2021\n\nAmatų kiemelio atnaujinimas\n\nKultūros centras baigė darbus.",
        {"title": "Amatų kiemelio atnaujinimas", "title_en": None},
    ),
    case(
        "a-nested-quotation-closed-once-before-a-full-stop",
        "Bendruomenė įgyvendina projektą „Kaimo teatrų šventė „Vasaros vakaras“. Projekto vertė "
        "– 2 000 Eur.",
        {"title": "Kaimo teatrų šventė „Vasaros vakaras“", "title_en": None},
    ),
    case(
        "a-nested-quotation-closed-once-before-a-comma",
        "Mokykla baigė projektą „Mes ir „Upė“, kurį rėmė miesto fondas.",
        {"title": "Mes ir „Upė“", "title_en": None},
    ),
    case(
        "a-nested-quotation-closed-once-inside-a-sentence-is-none",
        "Bendruomenė įgyvendina projektą „Kaimo teatrų šventė „Vasaros vakaras“ gavo 2 000 Eur "
        "paramą.",
        {"title": None},
    ),
    case(
        "a-dateline-with-its-place-is-no-title",
        "2026 03 12, Upėnai\n\nAmatų kiemelio atnaujinimas\n\nKultūros centras baigė darbus.",
        {"title": "Amatų kiemelio atnaujinimas", "title_en": None},
    ),
    case(
        "a-dateline-with-its-meetings-mode-is-no-title",
        "2026-04-07, nuotolinis\n\nAmatų kiemelio atnaujinimas\n\nKultūros centras baigė darbus.",
        {"title": "Amatų kiemelio atnaujinimas", "title_en": None},
    ),
    case(
        "a-heading-with-a-year-and-a-place-stays",
        "Vasaros stovykla 2026, Upėnai\n\nBendruomenė surengė stovyklą vaikams.",
        {"title": "Vasaros stovykla 2026, Upėnai"},
    ),
    case(
        "a-heading-naming-a-weekday-stays",
        "Trečiadienio popietės 2021 metais\n\nBibliotekoje vyko dvylika popiečių.",
        {"title": "Trečiadienio popietės 2021 metais"},
    ),
    case(
        "month-and-day-with-no-year-is-no-english-title",
        "11 04\n\nAmatų kiemelis atveria vartus\n\nKultūros centras baigė darbus.",
        {"title": "Amatų kiemelis atveria vartus", "title_en": None},
    ),
    case(
        "day-month-comma-year-is-no-english-title",
        "17 gegužės, 2021\n\nAmatų kiemelis atveria vartus\n\nKultūros centras baigė darbus.",
        {"title": "Amatų kiemelis atveria vartus", "title_en": None},
    ),
    case(
        "english-day-month-comma-year-is-no-english-title",
        "17 May, 2021\n\nAmatų kiemelis atveria vartus\n\nKultūros centras baigė darbus.",
        {"title": "Amatų kiemelis atveria vartus", "title_en": None},
    ),
    case(
        "a-month-day-holiday-with-its-words-stays-the-title",
        "Kovo 11-osios šventė Rietave\n\nKultūros centras surengė šventę.",
        {"title": "Kovo 11-osios šventė Rietave"},
    ),
    case(
        "a-title-with-a-month-and-a-number-stays-the-title",
        "Gegužės 1 mugė\n\nKultūros centras surengė mugę.",
        {"title": "Gegužės 1 mugė"},
    ),
    case(
        "a-title-holding-a-year-stays-the-title",
        "Kultūros naktis 2022 m.\n\nKultūros centras baigė projektą.",
        {"title": "Kultūros naktis 2022 m"},
    ),
    case(
        "quoted-title-line",
        "Projektas „Senųjų amatų centras“\nProjekto vertė – 48 000 Eur.",
        {"title": "Senųjų amatų centras"},
    ),
    case(
        "quoted-programme-is-no-title",
        "Sporto salės atnaujinimas Kybartuose\nProjektas įgyvendinamas pagal „Interreg V-A Lietuva "
        "– Lenkija“ Europos teritorinio bendradarbiavimo programą.",
        {"title": "Sporto salės atnaujinimas Kybartuose", "programme": "Interreg Lithuania-Poland"},
    ),
    case(
        "quoted-first-part-of-a-programme-is-no-title",
        "Tvarkomas senasis parkas\nProjektas vykdomas pagal „Interreg V-A“ Lietuvos ir Lenkijos "
        "programą.",
        {"title": "Tvarkomas senasis parkas", "programme": "Interreg Lithuania-Poland"},
    ),
    case(
        "quoted-generation-of-a-programme-is-no-title",
        "Apdovanotas jaunimo užimtumo projektas\nApdovanotas projektas pagal „Interreg VI-A“ "
        "Lietuvos Lenkijos programą.",
        {"title": "Apdovanotas jaunimo užimtumo projektas"},
    ),
    case(
        "quoted-name-before-the-word-programme-is-no-title",
        "Mokyklos bendradarbiavimo tinklas\nProjektas finansuojamas pagal „Nordplus“ programą.",
        {"title": "Mokyklos bendradarbiavimo tinklas"},
    ),
    case(
        "quoted-project-then-its-programme-stays-the-title",
        "Naujienos apie mokyklą\nBaigtas projektas „Vaikų vasara prie ežero“ pagal Erasmus+ "
        "programą.",
        {"title": "Vaikų vasara prie ežero", "programme": "Erasmus+"},
    ),
    case(
        "quoted-project-named-a-programme-stays-the-title",
        "Seniūnija įgyvendina projektą „Jaunimo užimtumo programa kaime“.",
        {"title": "Jaunimo užimtumo programa kaime"},
    ),
    case(
        "interreg-europe",
        "Projektas finansuojamas pagal Interreg Europe programą.",
        {"programme": "Interreg Europe", "period_hint": None},
    ),
    case(
        "national-programme-2014",
        "Projektas įgyvendinamas pagal 2014–2020 m. Europos Sąjungos fondų investicijų veiksmų "
        "programą.",
        {
            "programme": "EU Funds Investments Operational Programme",
            "programme_basis": "stated",
            "period_hint": "2014-2020",
        },
    ),
    case(
        "latvia-lithuania-v-a",
        "Projektas finansuojamas Interreg V-A Latvijos ir Lietuvos bendradarbiavimo per sieną "
        "programos lėšomis.",
        {"programme": "Interreg Latvia-Lithuania", "period_hint": "2014-2020"},
    ),
    case(
        "erdf-in-lithuanian",
        "Projektas bendrai finansuojamas Europos regioninės plėtros fondo lėšomis.",
        {"fund": "ERDF", "programme": None},
    ),
    case(
        "erdf-misspelt-regioninio",
        "Projektui skirta 85 proc. Europos regioninio plėtros fondo (ERPF) lėšų.",
        {"fund": "ERDF"},
    ),
    case(
        "erdf-misspelt-regiono",
        "85 proc. projekto vertės finansuojama Europos regiono plėtros fondo lėšomis.",
        {"fund": "ERDF"},
    ),
    case(
        "a-regional-development-council-is-no-fund",
        "Projektą atrinko Vilniaus regiono plėtros taryba.",
        {"fund": None},
    ),
    case(
        "esf-abbreviation",
        "Projektą finansuoja Europos socialinis fondas (ESF).",
        {"fund": "ESF"},
    ),
    case(
        "number-label",
        "Projekto Nr. 05.4.1-LVPA-R-821-01-0012",
        {"project_number": "05.4.1-LVPA-R-821-01-0012"},
    ),
    case("code-label", "Projekto kodas: LLI-487", {"project_number": "LLI-487"}),
    case(
        "code-before-quoted-name",
        "Projektas LLI-487 „Bendras paveldas“ įgyvendinamas sėkmingai.",
        {"project_number": "LLI-487", "title": "Bendras paveldas"},
    ),
    case(
        "lithuanian-title-without-lithuanian-letters",
        "Projektas LLI-487 „Bendras paveldas“ įgyvendinamas sėkmingai.",
        {"title_en": None},
    ),
    case(
        "lithuanian-word-ends-without-lithuanian-letters",
        "Jaunimo centras baigė projektą „Jaunimas jaunimui“. Projekto vertė – 6 000 Eur.",
        {"title": "Jaunimas jaunimui", "title_en": None},
    ),
    case(
        "lithuanian-locative-without-lithuanian-letters",
        "Kultūros centras įgyvendina projektą „Teatro virusas Vievyje“.",
        {"title": "Teatro virusas Vievyje", "title_en": None},
    ),
    case(
        "lithuanian-word-ends-in-capitals-without-lithuanian-letters",
        "Universitetas pradeda projektą „MOKSLAS VISUOMENEI“.",
        {"title": "Mokslas visuomenei", "title_en": None},
    ),
    case(
        "an-english-name-in-capitals-stays-english",
        "Savivaldybė pradeda projektą „SMALL TOWNS CREATE“.",
        {"title_en": "SMALL TOWNS CREATE"},
    ),
    case(
        "english-words-ending-in-e-and-consonants-stay-english",
        "Parkas įgyvendina projektą „Lakeside Trails“ su partneriais iš Latvijos.",
        {"title": "Lakeside Trails", "title_en": "Lakeside Trails"},
    ),
    case(
        "english-plurals-after-consonants-stay-english",
        "Savivaldybė įgyvendina projektą „Riverside Parks“.",
        {"title": "Riverside Parks", "title_en": "Riverside Parks"},
    ),
    case(
        "lithuanian-plurals-without-lithuanian-letters",
        "Vykdant projektą „Jaunieji kalviai – dailininkai“ surengtos penkios dirbtuvės.",
        {"title": "Jaunieji kalviai – dailininkai", "title_en": None},
    ),
    case(
        "two-words-a-plural-and-a-dative-without-lithuanian-letters",
        "Bendruomenė baigė projektą „Sodai visiems“.",
        {"title": "Sodai visiems", "title_en": None},
    ),
    case(
        "a-definite-adjective-without-lithuanian-letters",
        "Mokykla dalyvauja projekte „Menas: bendroji Baltijos kalba“.",
        {"title": "Menas: bendroji Baltijos kalba", "title_en": None},
    ),
    case(
        "a-name-for-all-without-lithuanian-letters",
        "Miesto biblioteka baigė projektą „Muzika visiems“.",
        {"title": "Muzika visiems", "title_en": None},
    ),
    case(
        "a-preposition-without-lithuanian-letters",
        "Bendruomenė baigė projektą „Kelias iki mokyklos“.",
        {"title": "Kelias iki mokyklos", "title_en": None},
    ),
    case(
        "an-english-word-holding-a-lithuanian-one-stays-english",
        "Mokykla dalyvauja projekte „A Piece of Home“.",
        {"title_en": "A Piece of Home"},
    ),
    case(
        "an-english-title-with-a-word-in-tai-stays-english",
        "Mokykla dalyvauja projekte „Mountain Trails of Altai“.",
        {"title_en": "Mountain Trails of Altai"},
    ),
    case(
        "one-plural-ending-in-an-english-title-stays-english",
        "Mokykla dalyvauja projekte „Seedlings for Schools“.",
        {"title_en": "Seedlings for Schools"},
    ),
    case(
        "an-english-title-naming-a-city-in-ai-stays-english",
        "Mokykla dalyvauja projekte „Oslo Porto Vilnius“.",
        {"title_en": "Oslo Porto Vilnius"},
    ),
    case(
        "project-site",
        "Projekto svetainė: www.kurybinesdirbtuves.lt",
        {"url": "www.kurybinesdirbtuves.lt"},
    ),
    case(
        "page-address",
        "Daugiau: https://www.rietavas.lt/projektai/dirbtuves",
        {"url": "https://www.rietavas.lt/projektai/dirbtuves"},
    ),
    case("programme-site-is-not-the-projects", "Programos svetainė: www.latlit.eu", {"url": None}),
    case(
        "english-title-label-before-the-title",
        "Pavadinimas anglų k.: Creative Workshops\nProjekto pavadinimas: Kūrybinės dirbtuvės",
        {"title": "Kūrybinės dirbtuvės", "title_en": "Creative Workshops"},
    ),
    case(
        "english-title-label-with-the-projects-word",
        "Projekto pavadinimas: Mėlynieji vandens keliai\n"
        "Projekto pavadinimas anglų kalba: Blue waterways\nTrukmė: 36 mėn.",
        {"title": "Mėlynieji vandens keliai", "title_en": "Blue waterways"},
    ),
    case(
        "english-title-label-alone-gives-both",
        "Projekto akronimas: BLUEWAYS\nProjekto pavadinimas anglų kalba: Blue waterways",
        {"title": "Blue waterways", "title_en": "Blue waterways"},
    ),
    case(
        "project-title-in-english-label",
        "Projects\nProject title in English: Blue waterways\n"
        "Projekto pavadinimas: Mėlynieji vandens keliai",
        {"title": "Mėlynieji vandens keliai", "title_en": "Blue waterways"},
    ),
    case(
        "a-heading-naming-the-english-language-is-no-label",
        "Anglų kalbos stovykla vaikams\nStovykloje dalyvavo 30 vaikų.",
        {"title": "Anglų kalbos stovykla vaikams", "title_en": None},
    ),
    case(
        "a-title-naming-the-english-language-stays",
        "Projekto pavadinimas: Anglų kalbos klubas mažiesiems",
        {"title": "Anglų kalbos klubas mažiesiems"},
    ),
    case(
        "project-acronym-label-is-no-title",
        "Project acronym: BLUEWAYS\nDuration: 36 months\nTotal budget: 1 200 000 EUR",
        {"title": "BLUEWAYS", "title_en": "BLUEWAYS"},
    ),
    case(
        "project-acronym-label-beside-the-title",
        "Project acronym: BLUEWAYS\nProject title: Blue waterways for small towns",
        {"title": "Blue waterways for small towns", "title_en": "Blue waterways for small towns"},
    ),
    case(
        "english-title-label",
        "Pavadinimas anglų k.: Creative Workshops\nProjekto pavadinimas: Kūrybinės dirbtuvės",
        {"title_en": "Creative Workshops"},
    ),
    case(
        "acronym-label",
        "Projekto akronimas: DIGIHERIT\nProjekto pavadinimas: Skaitmeninis paveldas",
        {"title": "Skaitmeninis paveldas", "title_en": "DIGIHERIT"},
    ),
    case(
        "heading-with-the-english-title-in-brackets",
        "Senųjų amatų keliai pasienyje (Old Crafts Routes in the Borderland)\n"
        "Projektą įgyvendina Zarasų rajono savivaldybė.",
        {
            "title": "Senųjų amatų keliai pasienyje",
            "title_en": "Old Crafts Routes in the Borderland",
        },
    ),
    case(
        "heading-without-brackets-is-one-language",
        "Senųjų amatų keliai pasienyje\nProjektą įgyvendina Zarasų rajono savivaldybė.",
        {"title": "Senųjų amatų keliai pasienyje", "title_en": None},
    ),
    case(
        "english-aside",
        "Projektas „Kūrybinės jungtys“ (angl. „Creative Links“) pradėtas.",
        {"title": "Kūrybinės jungtys", "title_en": "Creative Links"},
    ),
    case(
        "bilingual-heading",
        "Urban Manufacturing – Stimulating Innovation Through Collaborative Maker Spaces\n"
        "Bendradarbiavimas su kūrybinėmis laboratorijomis",
        {
            "title": "Bendradarbiavimas su kūrybinėmis laboratorijomis",
            "title_en": "Urban Manufacturing – Stimulating Innovation Through Collaborative Maker "
            "Spaces",
        },
    ),
    case(
        "menus-and-breadcrumbs-skipped",
        "Meniu\nPradžia › Projektai › Dirbtuvės\nKūrybinės dirbtuvės Rietave\nProjekto vertė 100 Eur.",
        {"title": "Kūrybinės dirbtuvės Rietave"},
    ),
    case(
        "projektas-before-a-lower-case-word-stays",
        "Projektas parengtas 2016 m. Jis finansuojamas pagal programą.",
        {"title_en": None},
    ),
    case(
        "south-baltic",
        "Pietų Baltijos programos projektas „Jūrų kultūra“.",
        {"programme": "Interreg South Baltic", "title": "Jūrų kultūra"},
    ),
    case(
        "english-title-and-bsr",
        "Project title: Creative Ports\n"
        "The project is financed by the Interreg Baltic Sea Region Programme.",
        {"title_en": "Creative Ports", "programme": "Interreg Baltic Sea Region"},
    ),
    case(
        "title-of-the-project-label-beats-the-heading",
        "Signed projects\n\nTitle of the project: Healthy schools by the border\n"
        "Lead Partner:\nPisz District Municipality (Poland)\nTotal budget:\n1.200.000,00 EUR",
        {"title": "Healthy schools by the border"},
    ),
    case(
        "name-of-project-label",
        "Our projects\nName of project: Dune paths for all\nProject value: 80 000 EUR.",
        {"title": "Dune paths for all"},
    ),
    case(
        "a-site-slogan-above-its-greeting-is-no-title",
        "Neighbours across the river\nWelcome to the Interreg VI-A Latvia–Lithuania Programme!\n"
        "12 May 2023\nTwo towns open a joint cycling loop\nThe partners marked 40 km of paths.",
        {"title": "Two towns open a joint cycling loop"},
    ),
    case(
        "a-slogan-repeated-in-the-menu-is-no-title",
        "• Neighbours across the river\nNeighbours across the river\nWelcome to our programme!\n"
        "Two towns open a joint cycling loop\nThe partners marked 40 km of paths.",
        {"title": "Two towns open a joint cycling loop"},
    ),
    case(
        "a-notice-to-old-browsers-is-no-title",
        "Please update your browser\nYou are using an outdated browser, some pages may not work.\n"
        "Two towns open a joint cycling loop\nThe partners marked 40 km of paths.",
        {"title": "Two towns open a joint cycling loop"},
    ),
    case(
        "a-browser-out-of-date-is-no-title",
        "Your browser is out of date\nTwo towns open a joint cycling loop\n"
        "The partners marked 40 km of paths.",
        {"title": "Two towns open a joint cycling loop"},
    ),
    case(
        "a-heading-over-a-welcoming-paragraph-stays",
        "Summer camp by the lake\nWelcome to our camp! This year 40 pupils from two towns "
        "spend a week by the lake.",
        {"title": "Summer camp by the lake"},
    ),
    case(
        "a-welcome-centre-stays-a-title",
        "Welcome centre for visitors opens in Biržai\nThe town hall opened the centre in May.",
        {"title_en": "Welcome centre for visitors opens in Biržai"},
    ),
    case(
        "a-portals-byline-with-its-source-is-no-title",
        "Reporteris JonasŠaltinis: miestozinios.lt\nBendruomenė atnaujino kaimo aikštę. "
        "Darbams skirta 12 000 Eur.",
        {"title": None},
    ),
    case(
        "a-comment-button-and-an-advert-label-are-no-title",
        "Komentuoti\nREKLAMA\nSenojo malūno atnaujinimas\nBendruomenė baigė darbus.",
        {"title": "Senojo malūno atnaujinimas"},
    ),
    case(
        "a-ministry-over-the-headline-is-no-title",
        "2022 m. kovo 3 d.\nŽemės ūkio ministerija\nSenojo malūno atnaujinimas\nDarbai baigti.",
        {"title": "Senojo malūno atnaujinimas"},
    ),
    case(
        "a-sources-byline-over-the-headline-is-no-title",
        "Rajono savivaldybės informacija\nSenojo malūno atnaujinimas\nDarbai baigti.",
        {"title": "Senojo malūno atnaujinimas"},
    ),
    case(
        "a-short-byline-with-inf-is-no-title",
        "Kultūros centro inf.\nSenojo malūno atnaujinimas\nDarbai baigti.",
        {"title": "Senojo malūno atnaujinimas"},
    ),
    case(
        "information-in-a-projects-name-stays",
        "Turizmo informacija visiems\nBendruomenė įrengė informacinius stendus.",
        {"title": "Turizmo informacija visiems"},
    ),
    case(
        "related-articles-and-a-glued-dateline-are-no-title",
        "Susiję straipsniai\nAktualijos2024 m. Gegužės 6 d. 09:15\nSenojo malūno atnaujinimas\n"
        "Bendruomenė baigė darbus.",
        {"title": "Senojo malūno atnaujinimas", "title_en": None},
    ),
    case(
        "related-posts-are-no-english-title",
        "Related posts\nSenojo malūno atnaujinimas\nBendruomenė baigė darbus.",
        {"title": "Senojo malūno atnaujinimas", "title_en": None},
    ),
    case(
        "a-headline-opening-with-news-stays-a-title",
        "Aktualijos jaunimui 2024\nJaunimo centras skelbia naujų būrelių sąrašą.",
        {"title": "Aktualijos jaunimui 2024"},
    ),
    case(
        "leave-a-comment-is-no-english-title",
        "Mokiniai dalyvauja projekte „Žali kiemai“.\n\nLeave a Comment\n",
        {"title": "Žali kiemai", "title_en": None},
    ),
    case(
        "a-source-inside-a-sentence-stays-with-its-heading",
        "Reporterių mokykla jaunimui\nProjekto šaltinis: jaunimo fondas.",
        {"title": "Reporterių mokykla jaunimui"},
    ),
    case(
        "a-browser-game-stays-a-title",
        "A browser game about the old fortress\nPupils of three schools made the game.",
        {"title": "A browser game about the old fortress"},
    ),
    case(
        "a-line-above-a-greeting-inside-the-text-is-no-title-only-there",
        "Bridges of the Nemunas\nOur guests said: welcome to the river!\nThe tour lasted two days.",
        {"title": "Bridges of the Nemunas"},
    ),
    case(
        "a-duration-under-its-label-is-no-title",
        "Duration\n24 months\nTotal budget\n250 000 EUR\nRiver paths for all\n"
        "The partners will mark the paths.",
        {"title": "River paths for all"},
    ),
    case(
        "a-duration-beside-the-dates-is-no-title",
        "36 months 2023/01/01 – 2025/12/31\nRiver paths for all\nThe partners will mark the paths.",
        {"title": "River paths for all"},
    ),
    case(
        "a-lithuanian-duration-alone-is-no-title",
        "24 mėn.\nUpės takai visiems\nPartneriai pažymės takus.",
        {"title": "Upės takai visiems"},
    ),
    case(
        "a-figure-under-another-label-is-no-title",
        "Partner budget:\n120.000,00 EUR (ERDF 96.000,00 EUR)\nRiver paths for all\n"
        "The partners will mark the paths.",
        {"title": "River paths for all"},
    ),
    case(
        "a-dateline-with-a-colon-is-no-label",
        "12 / 03 / 2024 :\nThe 2nd stage of works at 3 manor parks begins\n"
        "The partners will plant the alleys.",
        {"title": "The 2nd stage of works at 3 manor parks begins"},
    ),
    case(
        "a-title-under-its-own-label-may-hold-a-figure",
        "Project title:\nRiver paths 2030\nPartner budget:\n120.000,00 EUR",
        {"title": "River paths 2030"},
    ),
    case(
        "a-title-holding-a-count-stays",
        "A park of 100 trees in Biržai\nPupils planted the trees in May.",
        {"title": "A park of 100 trees in Biržai"},
    ),
    case(
        "an-english-list-of-implemented-projects-is-no-title",
        "Implemented projects\n\nGreen yards for small towns\nThe association planted 300 trees.",
        {"title": "Green yards for small towns"},
    ),
    case(
        "an-english-list-of-ongoing-projects-is-no-title",
        "Ongoing projects\n\nProject: Green yards for small towns\nProject budget – 90 000 EUR",
        {"title": "Green yards for small towns"},
    ),
    case(
        "a-title-about-completed-projects-stays",
        "Completed projects of the old town renewal\nThe town hall reported on its works.",
        {"title": "Completed projects of the old town renewal"},
    ),
    case(
        "a-counter-in-a-list-item-is-no-title",
        "• March 3, 2021\n  • 214\n\nTwo towns open a joint cycling loop\n"
        "The partners marked 40 km of paths.",
        {"title": "Two towns open a joint cycling loop"},
    ),
    case(
        "a-breadcrumb-item-is-no-title",
        "• Start\n  • >\n\nTwo towns open a joint cycling loop\nThe partners marked 40 km of paths.",
        {"title": "Two towns open a joint cycling loop"},
    ),
    case(
        "a-heading-over-a-list-stays",
        "Two towns open a joint cycling loop\n• 40 km of marked paths\n• three rest stops",
        {"title": "Two towns open a joint cycling loop"},
    ),
    case(
        "title-of-the-project-in-prose-is-no-label",
        "Kūrybinės dirbtuvės Rietave\nThe title of the project was chosen by pupils. "
        "Projekto vertė 100 Eur.",
        {"title": "Kūrybinės dirbtuvės Rietave"},
    ),
    case(
        "cohesion-2007",
        "Sanglaudos skatinimo veiksmų programa, Sanglaudos fondas.",
        {
            "programme": "Cohesion Promotion Operational Programme",
            "fund": "CF",
            "period_hint": "2007-2013",
        },
    ),
    case(
        "number-in-brackets",
        "Projektas „Pilies parkas“ (projekto Nr. 08.1.2-CPVA-R-408-11-0009).",
        {"project_number": "08.1.2-CPVA-R-408-11-0009", "title": "Pilies parkas"},
    ),
    case(
        "call-and-measure-numbers-are-not-the-projects",
        "Kvietimo Nr. 5, priemonės Nr. 07.1.1-CPVA-V-906.",
        {"project_number": None},
    ),
    # Round 19: a call numbered after its applications ("kvietimas teikti … paraiškas Nr. 11").
    case(
        "a-call-numbered-after-its-applications-is-no-project-number",
        "Pratęstas kvietimas teikti vietos projektų paraiškas Nr. 12 iki birželio 3 d.",
        {"project_number": None},
    ),
    case(
        "a-call-in-the-genitive-numbered-after-its-applications",
        "Kvietimo teikti paraiškas Nr. 14 metu gautos septynios paraiškos.",
        {"project_number": None},
    ),
    case(
        "a-projects-number-after-a-call-sentence-stays",
        "Kvietimas teikti paraiškas baigėsi. Projekto Nr. 41LE-KS-19-1-02217-PR001 sutartis "
        "pasirašyta.",
        {"project_number": "41LE-KS-19-1-02217-PR001"},
    ),
    case(
        "an-applications-number-without-a-call-stays",
        "Mūsų paraiškos Nr. 2021-1-LT01-KA122-SCH-000012345 projektas patvirtintas.",
        {"project_number": "2021-1-LT01-KA122-SCH-000012345"},
    ),
    case(
        "lithuania-poland",
        "Projektas, įgyvendintas pagal Lietuvos ir Lenkijos bendradarbiavimo programą "
        "„Interreg V-A Lietuva–Polska“.",
        {"programme": "Interreg Lithuania-Poland", "period_hint": "2014-2020"},
    ),
    case(
        "capitals-heading-written-normally-below",
        "PROJEKTAS „TILTAI Į ATEITĮ“\nProjektas „Tiltai į ateitį“ jungia du miestus.",
        {"title": "Tiltai į ateitį"},
    ),
    case(
        "acronym-after-projekto",
        "Projekto DESIGN HUBS partnerių susitikimas vyko Kaune.",
        {"title_en": "DESIGN HUBS"},
        gap="an acronym is looked for after a lower-case 'projekto' only",
    ),
    case(
        "headline-skipped-for-the-quoted-name",
        "Naujienos\nŠiandien atidarytas naujas parkas!\nProjektas „Miesto parkas“ finansuojamas ES.",
        {"title": "Miesto parkas"},
    ),
    case(
        "bare-year-after-nr-is-no-number",
        "Projektas Nr. 2019 buvo patvirtintas.",
        {"project_number": None},
    ),
    case(
        "eni-and-central-baltic",
        "European Neighbourhood Instrument, Interreg Central Baltic programme.",
        {"programme": "Interreg Central Baltic", "fund": "ENI"},
    ),
    case(
        "contract-number",
        "Projekto sutarties Nr. S-12/2020.",
        {"project_number": "S-12/2020"},
    ),
    # Titles: what is never one (the site's name above its menu, labels of other fields, the
    # EU banner, a programme's name, a number), and where a card or a heading puts it.
    case(
        "site-name-above-its-menu",
        "Kauno jaunimo klubas\nPradžia | Apie mus | Projektai | Kontaktai\nJaunimo dirbtuvės prie "
        "upės\nProjekto vertė – 10 000 Eur.",
        {"title": "Jaunimo dirbtuvės prie upės"},
    ),
    case(
        "a-menu-writing-each-item-twice-is-no-title",
        "Pradžia\nPradžia\nGyventojų idėjos\nGyventojų idėjos\nAktualijos\nAktualijos\n"
        "Kaimo bibliotekos atnaujinimas\nSavivaldybė baigė darbus.",
        {"title": "Kaimo bibliotekos atnaujinimas"},
    ),
    case(
        "a-headline-written-twice-stays-the-title",
        "Kaimo bibliotekos atnaujinimas\n\nKaimo bibliotekos atnaujinimas\n\n"
        "Savivaldybė baigė darbus.",
        {"title": "Kaimo bibliotekos atnaujinimas"},
    ),
    case(
        "a-menu-item-twice-after-a-headline-twice",
        "Kaimo bibliotekos atnaujinimas\nKaimo bibliotekos atnaujinimas\nGalerija\nGalerija\n"
        "Savivaldybė baigė darbus.",
        {"title": "Kaimo bibliotekos atnaujinimas"},
        gap="a headline written twice right over a doubled menu item is read as the menu's",
    ),
    case(
        "a-councils-name-over-the-headline-is-no-title",
        "Šiaurės meno taryba\n\nKaimo kapela įrašė pirmąjį albumą\n\nKapela baigė darbus.",
        {"title": "Kaimo kapela įrašė pirmąjį albumą", "title_en": None},
    ),
    case(
        "a-title-holding-a-council-in-another-case-stays-the-title",
        "Mokinių tarybos stiprinimas\n\nGimnazija baigė projektą.",
        {"title": "Mokinių tarybos stiprinimas"},
    ),
    case(
        "a-contest-named-before-its-quotation-is-no-title",
        "Šiemet vyksta regiono projektų rinkimai „Žalioji vėtrungė 2026“. Kviečiame balsuoti už "
        "savivaldybės projektą „Upės pakrantės sutvarkymas“.",
        {"title": "Upės pakrantės sutvarkymas"},
    ),
    case(
        "a-projects-contest-in-the-genitive-is-no-title",
        "Jaunimo projektų konkurso „Idėjų kalvė“ nugalėtoju tapo projektas „Kiemo kinas“.",
        {"title": "Kiemo kinas"},
    ),
    case(
        "a-measure-named-before-its-quotation-is-no-title",
        "Savivaldybė kviečia jaunimo organizacijas teikti paraiškas projektams pagal priemonę „Aktyvus "
        "kiemas“. Priemonei skirta 8 000 Eur.",
        {"title": None, "title_en": None},
    ),
    case(
        "a-projects-name-before-its-measure-stays",
        "Bendruomenė įgyvendina projektą „Šviesūs namai“ pagal priemonę „Aktyvus kiemas“.",
        {"title": "Šviesūs namai"},
    ),
    case(
        "a-project-under-a-measure-named-after-its-name-stays",
        "Projektas „Kiemo sodas“ finansuojamas pagal priemonę „Žalios erdvės“. Vertė – 5 000 Eur.",
        {"title": "Kiemo sodas"},
    ),
    case(
        "a-word-in-scare-quotes-is-no-title",
        "Džiugu, kad visi trys projektai buvo „apginti“ ir jiems pritarta.",
        {"title": None, "title_en": None},
    ),
    case(
        "a-name-after-what-the-project-became-stays",
        "Geriausiu metų projektu tapo projektas „Senoji kalvė“.",
        {"title": "Senoji kalvė"},
    ),
    case(
        "a-lithuanian-name-in-brackets-after-an-english-one",
        "Apdovanotas projektas Nr. LT-XX-1-001 „Rivers Without Borders“ („Upės be sienų“). "
        "Projekto vertė – 80 000 Eur.",
        {"title": "Upės be sienų", "title_en": "Rivers Without Borders"},
    ),
    case(
        "a-lithuanian-name-after-a-dash-and-an-english-one",
        "Mūsų projektas – „Garden of Stories“ („Istorijų sodas“). Projektas truks dvejus metus.",
        {"title": "Istorijų sodas", "title_en": "Garden of Stories"},
    ),
    case(
        "an-unquoted-bracket-after-an-english-name-is-no-title",
        "Mokykla dalyvauja projekte „Garden of Stories“ (penkios šalys, dvejų metų trukmė).",
        {"title": "Garden of Stories", "title_en": "Garden of Stories"},
    ),
    case(
        "a-lithuanian-title-elsewhere-stays-over-the-bracket",
        "Projekto pavadinimas: Pasakojimų sodas\nProjektas „Garden of Stories“ („Istorijų sodas“) "
        "truks dvejus metus.",
        {"title": "Pasakojimų sodas"},
    ),
    case(
        "an-english-name-quoted-with-two-upper-marks",
        "Darželis dalyvauja projekte “Little Hands, Big World“ (liet. „Mažos rankos, didelis "
        "pasaulis“).",
        {"title_en": "Little Hands, Big World"},
    ),
    case(
        "two-names-quoted-with-upper-marks-stay-apart",
        "Mokykla baigė projektą “Green Steps“ ir pradėjo projektą “Blue Lakes”.",
        {"title": "Green Steps"},
    ),
    case(
        "a-stage-in-brackets-is-part-of-the-title",
        "Savivaldybė pasirašė projekto „Mokyklos stadiono atnaujinimas (II etapas)“ sutartį.",
        {"title": "Mokyklos stadiono atnaujinimas (II etapas)", "title_en": None},
    ),
    case(
        "a-numbered-stage-in-brackets-is-part-of-the-title",
        "Savivaldybė pasirašė projekto „Mokyklos stadiono atnaujinimas (2 etapas)“ sutartį.",
        {"title": "Mokyklos stadiono atnaujinimas (2 etapas)", "title_en": None},
    ),
    case(
        "a-hereinafter-bracket-is-no-english-title",
        "Vasaros stovyklų rėmimas (toliau – Stovyklos)\n\nFondas remia stovyklas.",
        {"title_en": None},
    ),
    case(
        "a-deadline-in-brackets-is-no-english-title",
        "Vasaros stovyklų rėmimas (iki 2024 sausio 31)\n\nFondas remia stovyklas.",
        {"title_en": None},
    ),
    case(
        "an-english-translation-in-brackets-stays-the-english-title",
        "Savivaldybė pasirašė projekto „Žalieji kiemai (Green yards for all)“ sutartį.",
        {"title": "Žalieji kiemai", "title_en": "Green yards for all"},
    ),
    case(
        "menu-written-one-item-a-line",
        "Pradžia\nApie mus\nVPS 2016–2023\nKvietimai\nSenosios pirties atgaivinimas\n"
        "Projekto vertė – 10 000 Eur.",
        {"title": "Senosios pirties atgaivinimas"},
    ),
    case(
        "label-alone-then-its-value",
        "Project title\nCoastal trails for everyone\nAcronym\nTRAILS\nProgramme\nInterreg "
        "South Baltic",
        {"title": "Coastal trails for everyone", "title_en": "Coastal trails for everyone"},
    ),
    case(
        "label-alone-then-a-quoted-value-over-two-lines",
        "Projekto pavadinimas\n„Kelmės gimnazijos chemijos\nkabineto atnaujinimas“\nProjekto "
        "kodas Nr. 09.1.3-CPVA-R-725-71-0020",
        {"title": "Kelmės gimnazijos chemijos kabineto atnaujinimas", "title_en": None},
    ),
    case(
        "label-followed-by-more-labels-is-a-block",
        "Projekto pavadinimas\nProjekto kodas\nProjekto vertė\n\nŽalieji kiemai\n"
        "09.1.3-CPVA-R-724-61-0001\n10 000 Eur",
        {"title": "Žalieji kiemai"},
    ),
    case(
        "block-of-labels-under-a-news-heading",
        "Naujos erdvės mokykloje\n\nProjekto pavadinimas\nProjekto kodas\nProjekto vertė\n\n"
        "Žalieji kiemai\n09.1.3-CPVA-R-724-61-0001\n10 000 Eur",
        {"title": "Žalieji kiemai"},
    ),
    case(
        "card-row-of-labels-over-a-row-of-values",
        "Projekto pavadinimas | Projekto kodas | Projekto vertė\nSenojo malūno atgaivinimas | "
        "05.4.1-CPVA-R-302-41-0001 | 412 000 Eur",
        {"title": "Senojo malūno atgaivinimas"},
    ),
    case(
        "labels-of-other-fields-are-no-title",
        "Projekto įgyvendinimo vieta: Rumšiškės\nProjekto pradžia: 2015.03.01\nBendra projekto "
        "vertė: 120 000 Eur.",
        {"title": None, "title_en": None},
    ),
    case(
        "number-before-the-quoted-name",
        "LLI-501 „Upių žmonės“\nProjektas įgyvendinamas kartu su Latvijos partneriais.",
        {"title": "Upių žmonės", "title_en": None, "project_number": "LLI-501"},
    ),
    case(
        "programme-and-number-before-the-quoted-name-in-capitals",
        "„INTERREG V-A LIETUVA–LENKIJA“ PROGRAMA LT-PL-3R-101 „BENDROS ŠVENTĖS PASIENYJE“\n"
        "Projektas „Bendros šventės pasienyje“ įgyvendinamas Lazdijuose.",
        {
            "title": "Bendros šventės pasienyje",
            "project_number": "LT-PL-3R-101",
            "programme": "Interreg Lithuania-Poland",
        },
    ),
    case(
        "eu-banner-is-no-title",
        "Co-funded by the European Union\nHarbour Stories\nThe project brings ports together.",
        {"title": "Harbour Stories", "title_en": "Harbour Stories"},
    ),
    case(
        "programme-name-alone-is-no-title",
        "Erasmus+\n„Jūros pasakos“\nProjekto Nr. 2021-1-LT01-KA220-SCH-000012345",
        {"title": "Jūros pasakos", "title_en": None},
    ),
    case(
        "english-acronym-heading-over-its-title",
        "SEASHORE\nSeashore schools for climate learning\nThe project links schools by the sea.",
        {"title": "Seashore schools for climate learning"},
    ),
    case(
        "english-acronym-dash-title",
        "BALTLINK – Linking the small ports of the Baltic\nThe project links small ports.",
        {"title": "Linking the small ports of the Baltic"},
    ),
    case(
        "english-title-then-its-acronym-in-brackets",
        "Rivers of the Borderland (RiverB)\nThe project “Rivers of the Borderland” (RiverB) is "
        "led by Dobele.",
        {"title": "Rivers of the Borderland", "title_en": "Rivers of the Borderland"},
    ),
    case(
        "network-named-in-quotes-after-a-headline",
        "Miestas – naujame Europos tinkle\nMiestas tapo URBACT tinklo „Tylios gatvės“ (Quiet "
        "Streets) nariu.",
        {"title": "Tylios gatvės", "title_en": "Quiet Streets"},
    ),
    case(
        "project-word-and-colon-before-the-heading",
        "Projektas: Senojo parko takų atnaujinimas\nProjekto vertė – 20 000 Eur.",
        {"title": "Senojo parko takų atnaujinimas"},
    ),
    case(
        "comment-counter-is-no-title",
        "Komentarai (0)\nSenojo parko takų atnaujinimas\nProjekto vertė – 20 000 Eur.",
        {"title": "Senojo parko takų atnaujinimas", "title_en": None},
    ),
    case(
        "quoted-name-inside-a-longer-heading",
        "Lazdijų krašto pasienio amatų mugės\nPradėtas projektas „Pasienio amatų mugės“, kurį "
        "finansuoja ES.",
        {"title": "Pasienio amatų mugės"},
    ),
    case(
        "heading-in-capitals-written-as-the-text-writes-its-words",
        "RIETAVO DVARO PARKO TAKŲ ATNAUJINIMAS\nRietavo savivaldybė atnaujins parko takus ir "
        "įrengs dvaro apšvietimą.",
        {"title": "Rietavo dvaro parko takų atnaujinimas"},
    ),
    case(
        "a-place-in-a-heading-in-capitals-stays-a-name",
        "VILKIJOS MIESTO AIKŠTĖS IR TAKŲ SUTVARKYMAS\nProjekto vertė – 20 000 Eur.",
        {"title": "Vilkijos miesto aikštės ir takų sutvarkymas"},
    ),
    case(
        "short-lithuanian-title-in-capitals-is-written-as-words",
        "ES PROJEKTAS „SENOSIOS MOKYKLOS ATGAIVINIMAS“\nProjekto vertė – 20 000 Eur.",
        {"title": "Senosios mokyklos atgaivinimas"},
    ),
    case(
        "short-name-in-capitals-stays",
        "CULTURAL LINKS\nProjektas CULTURAL LINKS jungia penkis regionus.",
        {"title": "CULTURAL LINKS"},
    ),
    case(
        "abbreviation-in-a-title-is-no-language-split",
        "Projekto pavadinimas: Kaimo mokyklos, Liepų g. 12 renovacija",
        {"title": "Kaimo mokyklos, Liepų g. 12 renovacija", "title_en": None},
    ),
    case(
        "english-aside-with-a-comma-inside",
        "Projektas „Mūsų upės – mūsų istorijos“ (angl. Our Rivers, Our Stories) pradėtas.",
        {"title_en": "Our Rivers, Our Stories"},
    ),
    case(
        "a-quoted-english-aside-with-one-word-parts",
        "Mokiniai dalyvauja projekte „Kurdami ir dalindamiesi pasakojame“ („Creating, Sharing, "
        "our Stories we are Telling“). Projektas truks dvejus metus.",
        {"title_en": "Creating, Sharing, our Stories we are Telling"},
    ),
    case(
        "a-quoted-english-aside-and-its-acronym-stay-apart",
        "Projektas „Ežerai ateičiai“ (angl. „Lakes for the Future“, LAKES) pradėtas.",
        {"title_en": "Lakes for the Future"},
    ),
    case(
        "one-word-after-an-english-name-is-its-acronym",
        "Dobele leads the project “Rivers That Connect” (RiverLink) with Lithuanian partners.",
        {"title_en": "Rivers That Connect"},
    ),
    case(
        "acronym-after-projekta-is-no-code",
        "Projektas „Teatras be sienų“ įgyvendintas. Projektą LLB-2-157 finansavo ES.",
        {"title_en": None},
    ),
    # Programmes from the reference table (data/reference/programmes.csv): written forms in
    # their cases, the period before, inside or after the name; codes; what is not a name.
    case(
        "lt-ru-with-federation-inside-the-name",
        "Sporto aikštynas atnaujintas pagal Lietuvos ir Rusijos Federacijos bendradarbiavimo per "
        "sieną 2014–2020 metų programą.",
        {"programme": "ENI Lithuania-Russia", "programme_basis": "stated"},
    ),
    case(
        "lt-ru-short-name-with-a-dash",
        "Muziejus atnaujintas pagal ENI Lietuvos–Rusijos programą.",
        {"programme": "ENI Lithuania-Russia", "programme_basis": "stated"},
    ),
    case(
        "lt-pl-ru-english-name-with-words-between",
        "The museum was renovated under the Lithuania-Poland-Russia European Neighbourhood and "
        "Partnership Instrument Cross-border Cooperation Programme 2007-2013.",
        {
            "programme": "ENPI Lithuania-Poland-Russia Cross-border Cooperation",
            "programme_basis": "stated",
        },
    ),
    case(
        "lt-pl-is-not-lt-pl-ru-in-english",
        "The bridge was built under the Lithuania-Poland Cross-border Cooperation Programme.",
        {"programme": "Interreg Lithuania-Poland"},
    ),
    case(
        "neighbourhood-instrument-tells-the-later-period",
        "Takas įrengtas pagal Europos kaimynystės instrumento Latvijos-Lietuvos-Baltarusijos "
        "bendradarbiavimo per sieną programą.",
        {"period_hint": "2014-2020"},
    ),
    case(
        "neighbourhood-and-partnership-instrument-tells-the-earlier-period",
        "Takas įrengtas pagal Europos kaimynystės ir partnerystės priemonės Latvijos, Lietuvos ir "
        "Baltarusijos bendradarbiavimo per sieną programą.",
        {"period_hint": "2007-2013"},
    ),
    # round 20: an Erasmus+ action's code after the programme's name tells its generation
    case(
        "erasmus-action-code-of-2021-tells-the-later-period",
        "Gimnazija pradeda įgyvendinti ERASMUS+ KA220 projektą „Žalia mokykla“.",
        {"programme": "Erasmus+", "period_hint": "2021-2027"},
    ),
    case(
        "erasmus-small-partnership-code-tells-the-later-period",
        "Progimnazija įsitraukė į Erasmus+ KA210 projektą „Muzika be sienų“.",
        {"programme": "Erasmus+", "period_hint": "2021-2027"},
    ),
    case(
        "erasmus-school-exchange-code-tells-the-earlier-period",
        "Mokykla koordinuoja Erasmus +Ka229 mokyklų mainų partnerystės projektą „Kelionė laiku“.",
        {"programme": "Erasmus+", "period_hint": "2014-2020"},
    ),
    case(
        "an-action-code-without-the-programme-tells-no-period",
        "Mokykla laimėjo KA220 partnerystės projektą „Kelionė laiku“.",
        {"period_hint": None},
    ),
    case(
        "rural-period-inside-the-name",
        "Finansuota pagal Lietuvos kaimo plėtros 2007–2013 m. programos priemonę „Kaimo "
        "atnaujinimas“.",
        {
            "programme": "Rural Development Programme for Lithuania",
            "programme_basis": "stated",
            "period_hint": "2007-2013",
        },
    ),
    case(
        "rural-double-space-and-spaced-dash",
        "Projektas parengtas pagal Lietuvos  kaimo plėtros 2014 – 2020 metų programos priemones.",
        {"programme": "Rural Development Programme for Lithuania", "period_hint": "2014-2020"},
    ),
    case(
        "rural-short-name-with-a-period-the-table-does-not-write",
        "Parama skirta pagal Kaimo plėtros 2014–2020 m. programą.",
        {"programme": "Rural Development Programme for Lithuania", "period_hint": "2014-2020"},
    ),
    case(
        "leader-in-capitals",
        "Vietos projektas finansuotas pagal priemonę „LEADER“.",
        {"programme": "Rural Development Programme for Lithuania", "period_hint": None},
    ),
    case(
        "leader-is-not-a-project-leader",
        "The project leader met the partners in Riga.",
        {"programme": None},
    ),
    case(
        "state-investment-programme-is-not-the-eu-funds",
        "Darbai finansuojami iš Valstybės investicijų programos lėšų.",
        {"programme": None, "programme_basis": None},
    ),
    case(
        "eea-grants-period-is-no-eu-period",
        "Projektas finansuojamas pagal 2009–2014 m. Europos ekonominės erdvės (EEE) finansinio "
        "mechanizmo programą „Kultūros paveldas“.",
        {"programme": "EEA and Norway Grants", "programme_basis": "stated", "period_hint": None},
    ),
    case(
        "eea-grant-named-as-money-is-the-fund",
        "Skirta EEE finansinio mechanizmo parama – 120 000 Eur.",
        {"fund": "EEA", "programme": "EEA and Norway Grants"},
    ),
    case(
        "active-citizens-fund-is-the-eea-grants",
        "Bendruomenės projektą remia Aktyvių piliečių fondas, finansuojamas EEE finansinio "
        "mechanizmo lėšomis.",
        {"programme": "EEA and Norway Grants", "programme_basis": "stated"},
    ),
    case(
        "eni-latvia-lithuania-belarus-english-name",
        "The project is co-financed by the Latvia-Lithuania-Belarus Cross-border Cooperation "
        "Programme within the European Neighbourhood Instrument 2014-2020.",
        {"programme": "ENI Latvia-Lithuania-Belarus", "programme_basis": "stated"},
    ),
    case(
        "enpi-latvia-lithuania-belarus-english-name",
        "The project was funded by the Latvia-Lithuania-Belarus Cross-border Cooperation "
        "Programme within the European Neighbourhood and Partnership Instrument 2007-2013.",
        {
            "programme": "ENPI Latvia-Lithuania-Belarus Cross-border Cooperation",
            "programme_basis": "stated",
        },
    ),
    case(
        "eni-latvia-lithuania-belarus-with-commas",
        "Projektas vykdomas pagal 2014–2020 m. Europos kaimynystės priemonės Latvijos, Lietuvos ir "
        "Baltarusijos bendradarbiavimo per sieną programą.",
        {"programme": "ENI Latvia-Lithuania-Belarus", "fund": "ENI", "period_hint": "2014-2020"},
    ),
    case(
        "eni-latvia-lithuania-belarus-listed-with-commas-only",
        "Projektas finansuojamas pagal 2014–2020 m. Europos kaimynystės priemonės Latvijos, "
        "Lietuvos, Baltarusijos bendradarbiavimo per sieną programą.",
        {"programme": "ENI Latvia-Lithuania-Belarus", "period_hint": "2014-2020"},
    ),
    case(
        "lithuania-poland-vi-a-short-name",
        "Projektas finansuojamas pagal Interreg VI-A Lietuva–Lenkija programą.",
        {"programme": "Interreg Lithuania-Poland", "period_hint": "2021-2027"},
    ),
    case(
        "lithuania-poland-v-a-short-name-stays-2014",
        "Projektas finansuojamas pagal Interreg V-A Lietuva–Lenkija programą.",
        {"programme": "Interreg Lithuania-Poland", "period_hint": "2014-2020"},
    ),
    case(
        "latvia-lithuania-two-countries-is-no-belarus-programme",
        "Projektas finansuojamas pagal Latvia-Lithuania Cross Border Cooperation Programme.",
        {"programme": "Interreg Latvia-Lithuania"},
    ),
    case(
        "eni-inside-a-project-number-is-no-fund",
        "Projekto Nr. ENI-LLB-2-231.",
        {
            "fund": None,
            "project_number": "ENI-LLB-2-231",
            "programme": "ENI Latvia-Lithuania-Belarus",
            "programme_basis": "code",
        },
    ),
    case(
        "swiss-programme",
        "Finansavimo šaltinis: Lietuvos ir Šveicarijos bendradarbiavimo programos NVO fondas.",
        {"programme": "Swiss-Lithuanian Cooperation Programme", "period_hint": None},
    ),
    case(
        "swiss-programme-with-the-states-full-names",
        "Ligoninės šildymo sistema atnaujinta pagal Lietuvos Respublikos ir Šveicarijos "
        "Konfederacijos bendradarbiavimo programą.",
        {"programme": "Swiss-Lithuanian Cooperation Programme", "period_hint": None},
    ),
    case(
        "the-two-states-full-names-without-the-programme-name-nothing",
        "Lietuvos Respublikos ir Šveicarijos Konfederacijos atstovai pasirašė sutartį.",
        {"programme": None},
    ),
    case(
        "english-programme-name-with-period-after",
        "This project is co-funded by the Interreg Europe programme (2021–2027).",
        {"programme": "Interreg Europe", "period_hint": "2021-2027"},
    ),
    case(
        "name-broken-across-lines-by-a-hyphen",
        "Projektas įgyvendintas pagal Lietuvos ir Lenkijos bendradar-\nbiavimo per sieną "
        "programą 2007–2013 m.",
        {"programme": "Interreg Lithuania-Poland", "period_hint": "2007-2013"},
    ),
    case(
        "measure-code-after-priemone",
        "Projektas finansuojamas pagal priemonę Nr. 05.4.1-CPVA-R-302 „Aktualizuoti paveldą“.",
        {
            "measure_code": "05.4.1-CPVA-R-302",
            "project_number": None,
            "programme": "EU Funds Investments Operational Programme",
            "programme_basis": "code",
            "period_hint": "2014-2020",
        },
    ),
    case(
        "measure-code-2021-after-pazangos-priemone",
        "Lėšos skirtos pagal pažangos priemonę Nr. 10-001-04-06-03 „Kultūros infrastruktūra“.",
        {
            "measure_code": "10-001-04-06-03",
            "programme": "EU Funds Investment Programme",
            "programme_basis": "code",
        },
    ),
    case(
        "project-number-and-its-measure-code",
        "Projekto kodas 08.4.2-ESFA-R-615-31-0009. Pagal 2014–2020 metų Europos Sąjungos fondų "
        "investicijų veiksmų programos priemonę Nr. 08.4.2-ESFA-R-615.",
        {
            "project_number": "08.4.2-ESFA-R-615-31-0009",
            "measure_code": "08.4.2-ESFA-R-615",
            "programme": "EU Funds Investments Operational Programme",
            "programme_basis": "stated",
        },
    ),
    case(
        "project-number-written-with-a-spaced-en-dash",
        "Įgyvendintas projektas Nr. 07.1.1 – CPVA-R-905-61-0003 „Miesto centras“.",
        {
            "project_number": "07.1.1 – CPVA-R-905-61-0003",
            "programme": "EU Funds Investments Operational Programme",
            "programme_basis": "code",
        },
    ),
    case(
        "project-number-glued-to-its-label",
        "Sudaryta iš ES struktūrinių fondų lėšų finansuojamo projekto Nr.05.5.1-APVA-R-088-61-0042 "
        "sutartis.",
        {
            "project_number": "05.5.1-APVA-R-088-61-0042",
            "programme": "EU Funds Investments Operational Programme",
            "programme_basis": "code",
        },
    ),
    case(
        "an-english-number-glued-to-its-label",
        "Project No.LT-PL-4R-326 was approved.",
        {"project_number": "LT-PL-4R-326", "programme": "Interreg Lithuania-Poland"},
    ),
    case(
        "a-code-glued-to-a-word-is-no-number",
        "Žr. dokumentą A.05.5.1-APVA-R-088-61-0042 priede.",
        {"project_number": None, "programme": None},
    ),
    # Round 19: a local action group's strategy measure (LEADER-19.N-…, the rural programme's
    # measure 19 of 2014-2020) after its quoted name is a measure, not the project's number.
    case(
        "a-leader-measure-code-after-its-name-is-a-measure",
        "Vertinamos paraiškos pagal VPS priemonę „Amatų ir tradicijų puoselėjimas“ "
        "(Nr. LEADER-19.2-SAVA-7).",
        {
            "project_number": None,
            "measure_code": "LEADER-19.2-SAVA-7",
            "programme": "Rural Development Programme for Lithuania",
        },
    ),
    case(
        "a-leader-activity-area-code-is-a-measure",
        "Kvietimas pagal veiklos sritį „Parama verslui kaimo vietovėse pradėti“ "
        "Nr. LEADER-19.2-6.2 baigėsi.",
        {"project_number": None, "measure_code": "LEADER-19.2-6.2", "period_hint": "2014-2020"},
    ),
    case(
        "a-local-projects-number-beside-a-leader-measure-stays",
        "Vietos projektas Nr. 41LE-KS-19-1-02217-PR001 įgyvendintas pagal VPS priemonę "
        "„Kaimo turizmas“ (Nr. LEADER-19.2-SAVA-3).",
        {
            "project_number": "41LE-KS-19-1-02217-PR001",
            "measure_code": "LEADER-19.2-SAVA-3",
        },
    ),
    case(
        "leader-with-a-number-of-another-shape-is-no-measure",
        "Projekto Nr. LEADER-2023-15 sutartis pasirašyta.",
        {"project_number": "LEADER-2023-15", "measure_code": None},
    ),
    case(
        "structural-funds-and-a-2007-code",
        "Projektas VP3-1.3-VRM-02-R-41-007 finansuotas iš ES struktūrinių fondų.",
        {
            "project_number": "VP3-1.3-VRM-02-R-41-007",
            "programme": "Cohesion Promotion Operational Programme",
            "programme_basis": "code",
            "period_hint": "2007-2013",
        },
    ),
    case(
        "structural-funds-alone",
        "Projektas finansuotas iš ES struktūrinių fondų ir savivaldybės biudžeto lėšų.",
        {"programme": NAT, "programme_basis": "stated", "period_hint": None},
    ),
    case(
        "unlabelled-number-before-a-quoted-name",
        'LLI-587 "Crafts on Both Banks"',
        {"project_number": "LLI-587", "programme": "Interreg Latvia-Lithuania"},
    ),
    case(
        "bsr-number-with-hash-in-prose",
        "It is a partner in the Interreg Baltic Sea Region project #C112 “Smart and Dark”.",
        {
            "project_number": "#C112",
            "programme": "Interreg Baltic Sea Region",
            "period_hint": "2021-2027",
        },
    ),
    case(
        "number-in-a-table-row",
        "Projekto Nr. | LT-RU-2-087",
        {"project_number": "LT-RU-2-087"},
    ),
    case(
        "agency-number-with-spaces-under-the-fisheries-programme",
        "Projekte Nr. 63VS-KL- 17-1- 03639-PR001 pasirašyta Lietuvos žuvininkystės sektoriaus "
        "2014-2020 metų veiksmų programos paramos sutartis.",
        {
            "project_number": "63VS-KL- 17-1- 03639-PR001",
            "programme": "Fisheries Operational Programme",
            "programme_basis": "stated",
        },
    ),
    case(
        "agency-number-alone-is-rural-development",
        "Projekto Nr. 20KI-KS-19-1-02218-PR001.",
        {
            "programme": "Rural Development Programme for Lithuania",
            "programme_basis": "code",
            "period_hint": "2014-2020",
        },
    ),
    case(
        "agency-number-and-the-fisheries-fund",
        "Projektas Nr. 61VS-KL-19-1-05127-PR001 finansuojamas Europos jūrų reikalų ir "
        "žuvininkystės fondo lėšomis.",
        {"programme": "Fisheries Operational Programme", "fund": "EMFF"},
    ),
    case(
        "eafrd-abbreviation",
        "Parama iš EŽŪFKP – 94 720 Eur.",
        {"fund": "EAFRD", "programme": None},
    ),
    case(
        "esf-plus",
        "Strategija finansuojama „Europos socialinio fondo +“ lėšomis.",
        {"fund": "ESF+"},
    ),
    case(
        "interreg-baltic-sea-without-region",
        "Asociacija kartu su partneriais vykdo projektą pagal Interreg Baltijos jūros "
        "bendradarbiavimo programą.",
        {"programme": "Interreg Baltic Sea Region", "programme_basis": "stated"},
    ),
    case(
        "interreg-baltic-sea-countries-programme",
        "Muziejus yra Interreg Baltijos jūros šalių bendradarbiavimo programos projekto partneris.",
        {"programme": "Interreg Baltic Sea Region", "programme_basis": "stated"},
    ),
    case(
        "interreg-south-baltic-stays-south-baltic",
        "Projektas įgyvendinamas pagal Interreg Pietų Baltijos bendradarbiavimo per sieną "
        "programą.",
        {"programme": "Interreg South Baltic"},
    ),
    case(
        "interreg-word-beside-the-sea-names-no-programme",
        "Interreg renginys vyko prie Baltijos jūros, programa – dviejų dienų.",
        {"programme": None},
    ),
    case(
        "single-programming-document-is-the-structural-funds",
        "Gimnazija atnaujinta pagal Lietuvos 2004–2006 m. bendrojo programavimo dokumento 1.5 "
        "priemonę.",
        {"programme": NAT, "programme_basis": "stated", "period_hint": None},
    ),
    case(
        "single-programming-document-in-the-nominative",
        "Lėšos skirtos iš Bendrojo programavimo dokumento (BPD) 2.3 priemonės.",
        {"programme": NAT, "programme_basis": "stated"},
    ),
    case(
        "bare-bpd-names-no-programme",
        "Projektas finansuotas pagal BPD 2.3 priemonę.",
        {"programme": None},
    ),
    case(
        "interreg-iiia-is-the-third-generation",
        "Projektas įgyvendintas pagal Interreg IIIA kaimynystės programą.",
        {"programme": "Interreg III", "programme_basis": "stated", "period_hint": None},
    ),
    case(
        "neighbourhood-programme-of-2004-is-the-third-generation",
        "Projektas finansuotas 2004–2006 m. Lietuvos, Lenkijos ir Rusijos kaimynystės programos "
        "lėšomis.",
        {"programme": "Interreg III", "programme_basis": "stated"},
    ),
    case(
        "interreg-iii-b-spaced",
        "Partneriai dirbo pagal INTERREG III B Baltijos jūros regiono programą.",
        {"programme": "Interreg III"},
    ),
    case(
        "interreg-ivc-stays-the-fourth-generation",
        "Miestas dalyvavo Interreg IVC programos projekte.",
        {"programme": "INTERREG IVC"},
    ),
    case(
        "interreg-iii-as-history-beside-a-later-loose-form",
        "Bendradarbiavimas prasidėjo Interreg IIIA programoje, o dabar projektas vykdomas pagal "
        "Interreg V-A Lietuvos ir Lenkijos programą.",
        {"programme": "Interreg Lithuania-Poland"},
    ),
    case(
        "interreg-iii-as-history-beside-a-later-table-form",
        "Bendradarbiavimas prasidėjo Interreg IIIA programoje; dabar projektas vykdomas pagal "
        "Latvijos ir Lietuvos bendradarbiavimo per sieną programą.",
        {"programme": "Interreg Latvia-Lithuania"},
    ),
    case(
        "interreg-iiia-then-the-countries-stays-the-third-generation",
        "Projektas įgyvendintas pagal Interreg IIIA Lietuvos ir Lenkijos programą.",
        {"programme": "Interreg III"},
    ),
    case(
        "news-label-line-is-no-title",
        "Naujiena\n2024-03-05\nProjekto vertė – 40 000 Eur.",
        {"title": None},
    ),
    case(
        "news-label-line-over-a-headline",
        "Naujiena\nMokyklos sporto aikštyno atnaujinimas\nProjekto vertė – 40 000 Eur.",
        {"title": "Mokyklos sporto aikštyno atnaujinimas"},
    ),
    case(
        "a-title-opening-with-news-stays",
        "Naujiena kaimo turizmui: amatų kiemas\nProjekto vertė – 40 000 Eur.",
        {"title": "Naujiena kaimo turizmui: amatų kiemas"},
    ),
    # The 2021-2027 Lithuania-Poland numbers as the programme's lists write them: LTPL and five
    # digits, also with a space after the letters where a label stands before it.
    case(
        "lithuania-poland-2021-number",
        "Projekto Nr. LTPL00271 „Bendruomenių tiltai“ įgyvendinamas su partneriais iš Lenkijos.",
        {
            "project_number": "LTPL00271",
            "programme": "Interreg Lithuania-Poland",
            "programme_basis": "code",
            "period_hint": "2021-2027",
        },
    ),
    case(
        "lithuania-poland-2021-number-with-a-space",
        "Projekto Nr. LTPL 00271 „Bendruomenių tiltai“ įgyvendinamas su partneriais iš Lenkijos.",
        {
            "project_number": "LTPL 00271",
            "programme": "Interreg Lithuania-Poland",
            "programme_basis": "code",
        },
    ),
    case(
        "lithuania-poland-2021-number-beside-the-programme",
        "Projektas Nr. LTPL00027 įgyvendinamas pagal Interreg VI-A Lietuva-Lenkija programą.",
        {"programme": "Interreg Lithuania-Poland", "programme_basis": "stated"},
    ),
    # What it must leave alone: a spaced label and year, a code of letters without the number.
    case(
        "a-spaced-label-and-year-is-no-programmes-number",
        "Projekto Nr. LT 2020 patvirtintas.",
        {"programme": None},
    ),
    case(
        "ltpl-without-its-label-and-digits-names-nothing",
        "Įmonės kodas LTPL 271, adresas Vilniuje.",
        {"project_number": None, "programme": None},
    ),
    # The 2014-2020 Lithuania-Russia numbers: LT-RU, the call, three digits.
    case(
        "lithuania-russia-number-before-the-title",
        "The project LT-RU-2-087 “Two shores of the lagoon”\nImplementation period – 20 months.",
        {
            "project_number": "LT-RU-2-087",
            "programme": "ENI Lithuania-Russia",
            "programme_basis": "code",
            "period_hint": "2014-2020",
            "title": "Two shores of the lagoon",
        },
    ),
    case(
        "lithuania-russia-number-in-lithuanian",
        "Projektas Nr. LT-RU-1-015 „Bendras paveldas“ įgyvendinamas su partneriais iš Kaliningrado.",
        {"project_number": "LT-RU-1-015", "programme": "ENI Lithuania-Russia"},
    ),
    case(
        "a-language-pair-is-no-lithuania-russia-number",
        "Vertimai LT-RU-EN kalbomis, 3 puslapiai.",
        {"project_number": None, "programme": None},
    ),
    # Several projects on one page, each named once: none of their names is the title.
    case(
        "three-projects-each-named-once-give-no-title",
        "Rajono taryba pritarė trijų bendruomenių projektams\n\n"
        "Ąžuolų bendruomenė įgyvendins projektą „Žalia kiemo erdvė“. Beržų bendruomenė "
        "vykdys projektą „Sporto aikštelė visiems“, o Liepų bendruomenė – projektą „Šviesūs "
        "vakarai“. Savivaldybė skyrė 2 000 Eur.",
        {"title": None, "title_en": None},
    ),
    case(
        "a-second-name-after-projects-in-the-plural-gives-no-title",
        "Savivaldybė pasirašė sutartį dėl projekto „Pasienio takai“ įgyvendinimo. Taip pat "
        "pasirašytos sutartys dėl projektų „Bendri maršrutai“ ir „Upių kraštas“.",
        {"title": None, "title_en": None},
    ),
    case(
        "english-projects-each-named-once-give-no-title",
        "Our school joined the programme in 2015, when the project “Stories We Keep” began. "
        "Later the project “Green Steps” followed, and this year the project “Open Doors”.",
        {"title": None, "title_en": None},
    ),
    case(
        "a-projects-own-name-named-again-beside-others-stays",
        "Mokykla įgyvendina projektą „Žali kiemai“. Anksčiau mokykla vykdė projektus „Kalbų "
        "tiltai“ ir „Skaitmeninė klasė“. Projekto „Žali kiemai“ vertė – 20 000 Eur.",
        {"title": "Žali kiemai"},
    ),
    case(
        "two-names-none-after-the-plural-keep-the-first",
        "Bendruomenė įgyvendina projektą „Senoji kalvė“. Jis tęsia projektą „Amatų kiemas“.",
        {"title": "Senoji kalvė"},
    ),
    case(
        "a-list-item-ending-with-a-semicolon-is-no-heading",
        "Pasirašytos sutartys:\n1. Kalnų bendruomenės projekto „Kiemo erdvė“ sutartis;\n"
        "Bendruomenės projektas „Kiemo erdvė“ bus baigtas rudenį.",
        {"title": "Kiemo erdvė"},
    ),
    # Round 19: a labelled name in quotes is read to its closing mark, a full stop inside it
    # or a bracket after it notwithstanding; the sentence after it is still cut off.
    case(
        "a-labelled-quoted-name-keeps-its-inner-full-stop",
        "Projekto pavadinimas: „Upės ženklai. Antras etapas“\n"
        "Projekto vykdytojas: Rajono savivaldybės administracija",
        {"title": "Upės ženklai. Antras etapas"},
    ),
    case(
        "a-labelled-quoted-name-before-its-numbers-bracket",
        'Projekto pavadinimas: „Senieji vartai" (Nr. AB-1-234)\nProjekto trukmė – 12 mėn.',
        {"title": "Senieji vartai"},
    ),
    case(
        "a-sentence-after-a-labelled-quoted-name-is-cut-off",
        "Projekto pavadinimas: „Kiemų takai“. Projektas skirtas bendruomenei.",
        {"title": "Kiemų takai"},
    ),
    case(
        "an-unquoted-labelled-name-ends-at-its-full-stop",
        "Projekto pavadinimas: Kiemų takai. Projektas skirtas bendruomenei.",
        {"title": "Kiemų takai"},
    ),
    # Round 19: a photo's credit over the text ("<Body's> nuotr.", "Nuotraukos autorius …")
    # is chrome, never the title; a heading about photographs stays.
    case(
        "a-bodys-photo-credit-is-no-title",
        "Rajono savivaldybės nuotr.\n\nParko takų atnaujinimas\n\n"
        "Savivaldybė baigė darbus. Projekto vertė – 30 000 Eur.",
        {"title": "Parko takų atnaujinimas", "title_en": None},
    ),
    case(
        "a-photos-author-line-is-no-title",
        "Nuotraukos autorius Jonas Pavardenis\n\nParko takų atnaujinimas\n\n"
        "Savivaldybė baigė darbus.",
        {"title": "Parko takų atnaujinimas"},
    ),
    case(
        "an-initial-and-surname-photo-credit-is-no-english-title",
        "V. Pavardenio nuotr.\n\nParko takų atnaujinimas\n\nSavivaldybė baigė darbus.",
        {"title": "Parko takų atnaujinimas", "title_en": None},
    ),
    case(
        "a-heading-about-photographs-stays-the-title",
        "Fotografijos ir nuotraukų dirbtuvės jaunimui\n\nKultūros centras kviečia jaunimą.",
        {"title": "Fotografijos ir nuotraukų dirbtuvės jaunimui"},
    ),
    # Round 19: an author's byline (a person's name alone, or with a position after a comma)
    # over or under the headline is no title; a line the page quotes as a name stays.
    case(
        "an-authors-name-over-the-headline-is-no-title",
        "Vardenė Pavardienė\n\nParko takų atnaujinimas\n\nSavivaldybė baigė darbus.",
        {"title": "Parko takų atnaujinimas"},
    ),
    case(
        "an-authors-name-in-capitals-under-the-headline-is-no-english-title",
        "Parko takų atnaujinimas\nJonas PAVARDAITIS\nSavivaldybė baigė darbus.",
        {"title": "Parko takų atnaujinimas", "title_en": None},
    ),
    case(
        "a-name-and-position-over-the-headline-is-no-title",
        "Vardenė Pavardienė, seniūnijos seniūnė\n\nBendruomenės namų remontas\n\n"
        "Seniūnija baigė darbus.",
        {"title": "Bendruomenės namų remontas"},
    ),
    case(
        "a-name-like-a-persons-the-page-quotes-stays-the-title",
        "Senas Malūnas\n\nBendruomenė įgyvendina projektą „Senas Malūnas“. "
        "Projekto vertė – 9 000 Eur.",
        {"title": "Senas Malūnas"},
    ),
    # Round 19: a headline opening with a quoted name and going on in words is about what the
    # name names (a kindergarten, a contest, a programme); the name is no title. Followed by
    # the word project, a bracket, a dash or a year, it stays the name.
    case(
        "a-kindergartens-quoted-name-opening-a-headline-is-no-title",
        "„Saulutės“ darželis ruošiamas atnaujinimui\n\nSavivaldybė teiks paraišką. "
        "Darbams numatyta 100 000 Eur.",
        {"title": None},
    ),
    case(
        "a-contests-quoted-name-opening-a-headline-is-no-title",
        "„Upių festivalis 2026“ vėl kviečia dalyvauti\n\nKonkursas vyks jau dešimtą kartą.",
        {"title": None},
    ),
    case(
        "a-programmes-quoted-name-opening-a-heading-lends-the-next-line-nothing",
        "„Erasmus+“ jaunimo mainai\n\nKas tai?\n\nTai galimybė jaunimui.",
        {"title": None, "title_en": None},
    ),
    case(
        "a-quoted-name-before-the-word-project-stays-the-title",
        "„Žali kiemai“ projekto dalyviai susitiko\n\nBendruomenė aptarė darbus.",
        {"title": "Žali kiemai"},
    ),
    case(
        "a-quoted-name-before-a-dash-stays-the-title",
        "„Žali kiemai“ – bendruomenės iniciatyva\n\nBendruomenė aptarė darbus.",
        {"title": "Žali kiemai"},
    ),
    # Round 19: a site's language switch written in words is no title in either language.
    case(
        "a-language-switch-word-is-no-english-title",
        "Spausdinti | Versija neįgaliems\nEnglish\nParko takų atnaujinimas\n\n"
        "Projekto vertė – 30 000 Eur.",
        {"title": "Parko takų atnaujinimas", "title_en": None},
    ),
    case(
        "a-language-switch-in-words-is-no-title",
        "Lietuvių kalba English\nKaimo amatų dirbtuvės\n\nBendruomenė įgyvendina projektą. "
        "Projekto vertė – 9 000 Eur.",
        {"title": "Kaimo amatų dirbtuvės"},
    ),
    case(
        "a-title-naming-a-language-stays",
        "English for Seniors\n\nThe library runs English lessons for older readers. "
        "Project budget: 12,000 EUR.",
        {"title_en": "English for Seniors"},
    ),
    # Round 19: a programme's name and its logo's variant ("… Programme 2014-2020 BW"), the
    # alt text of a cross-border programme's logo over each project card, is no title.
    case(
        "a-programmes-logo-alt-text-is-no-title",
        "Latvia–Lithuania Cross Border Cooperation Programme 2014-2020\n"
        "Latvian Lithuanian English\n"
        "Latvia–Lithuania Cross Border Cooperation Programme 2014-2020 BW\n\n"
        "River Trails Without Borders\n\nLead partner Town Council (Latvia)\n"
        "Total budget 300 000 EUR",
        {"title_en": "River Trails Without Borders"},
    ),
    case(
        "a-names-own-bw-stays-the-title",
        "Riverside Crafts BW\n\nThe project brings craftsmen together. Budget 2,000 EUR.",
        {"title_en": "Riverside Crafts BW"},
    ),
    # Round 19: who carries the project out, as a card's field ("Beneficiary <body>",
    # "Project promoter: <body>", "Leading partner: <body>"), is no title, nor the title's
    # other language; a translation on the next line stays.
    case(
        "a-beneficiary-field-is-no-lithuanian-title",
        "Baltic Crafts Across Borders\n"
        "Beneficiary Administration of Rokiškis District Municipality (Lithuania)\n"
        "Partner Town Council of Ludza (Latvia)\nTotal budget 300 000 €",
        {"title": "Baltic Crafts Across Borders", "title_en": "Baltic Crafts Across Borders"},
    ),
    case(
        "a-project-promoter-field-is-no-title",
        "Project promoter: Friends of the Lakes Foundation\n\nClean Lakes for Everyone\n\n"
        "Project implementation period: 01/04/2021 - 30/06/2021",
        {"title_en": "Clean Lakes for Everyone"},
    ),
    case(
        "a-leading-partner-field-is-no-title",
        "Recent projects:\n  Leading partner: Town Library, partners: Regional library (Latvia)\n"
        "Project duration: from July 2023 to June 2024\nTotal cost of the project: 9960 EUR",
        {"title": None, "title_en": None},
    ),
    case(
        "a-translation-under-the-heading-stays-its-other-language",
        "River Stories\nUpių istorijos\n\nThe project collects river stories. "
        "Total budget 20 000 EUR.",
        {"title": "Upių istorijos", "title_en": "River Stories"},
    ),
    case(
        "a-translation-opening-with-another-labels-word-stays",
        "Partneriai pokyčiams\nPartners for Change\n\nBendruomenė įgyvendina projektą. "
        "Projekto vertė – 9 000 Eur.",
        {"title": "Partneriai pokyčiams", "title_en": "Partners for Change"},
    ),
    # Round 19: a tag's archive ("Žyma: <tag>") lists items: neither the tag nor the first
    # item's headline is the title; an item's category line is chrome.
    case(
        "a-tags-archive-has-no-heading-title",
        "Žyma : Kaimo šventės\n\nKaimo šventėje – nauji suoliukai\n\n"
        "Bendruomenė įrengė suoliukus. Projekto vertė – 5 000 Eur.",
        {"title": None, "title_en": None},
    ),
    case(
        "an-items-category-line-is-no-title",
        "Spausdinti\nKategorija: Bendruomenių naujienos\nParko takų atnaujinimas\n\n"
        "Seniūnija baigė darbus.",
        {"title": "Parko takų atnaujinimas"},
    ),
    case(
        "a-tags-archive-keeps-a-quoted-projects-name",
        "Archyvų žyma: Krašto muziejus\n\nMuziejus gavo lėšų parodai\n\n"
        "Muziejus įgyvendins projektą „Senieji amatai“.",
        {"title": "Senieji amatai"},
    ),
    case(
        "a-name-opening-with-a-word-like-the-tags-label-stays",
        "Žymių kraštiečių takas\n\nBendruomenė įrengė taką. Projekto vertė – 5 000 Eur.",
        {"title": "Žymių kraštiečių takas"},
    ),
    # Round 20: a dateline whose date the date reader does not read, after the weekday
    # ("Pirmadienis, 26 sausio, 2026"), or with a word saying what the date is ("Atnaujintas
    # 2004 gegužės 14 d.", "date 2025-11-19"), is no title; a heading with other words and a
    # year stays.
    case(
        "a-weekday-and-an-unread-date-is-no-title",
        "Ketvirtadienis, 12 kovo, 2026\n\nKiemų takų atnaujinimas\n\n"
        "Seniūnija baigė darbus. Projekto vertė – 8 000 Eur.",
        {"title": "Kiemų takų atnaujinimas", "title_en": None},
    ),
    case(
        "a-weekday-and-a-day-and-month-is-no-title",
        "Šeštadienis, 7 vasario\nKiemų takų atnaujinimas\n\nSeniūnija baigė darbus.",
        {"title": "Kiemų takų atnaujinimas"},
    ),
    case(
        "an-updated-date-line-is-no-title",
        "Atnaujintas 2026 gegužės 14 d.\n\nKiemų takų atnaujinimas\n\nSeniūnija baigė darbus.",
        {"title": "Kiemų takų atnaujinimas"},
    ),
    case(
        "a-stored-copys-date-stamp-is-no-title",
        " date 2026-03-12  \nKiemų takų atnaujinimas\n\nSeniūnija baigė darbus.",
        {"title": "Kiemų takų atnaujinimas", "title_en": None},
    ),
    case(
        "a-heading-with-a-year-and-other-words-stays-the-title",
        "Atnaujinta sporto aikštelė 2026\n\nSeniūnija baigė darbus. Projekto vertė – 8 000 Eur.",
        {"title": "Atnaujinta sporto aikštelė 2026"},
    ),
    # Round 20: a news portal's menu written one item a line over the headline (its own
    # words among the portal's: the weather, horoscopes, the newest, the search box's empty
    # result) is the menu down to the headline over the dateline; a heading over a card's
    # label stays, and two portal words make no menu.
    case(
        "a-portals-vertical-menu-is-no-title",
        " date 2026-03-12  \nKalendorius\nKovo 12 d., ketvirtadienis\nRokiškis +3°C\n"
        "Horoskopai\nOrai\nPranešti naujieną\nNaujausios\nVietos žinios\nLietuva\nSportas\n"
        "Komentuoti\n0\nDALINTIS\nPortalas > Lietuva > Regionai\n\n"
        "Kiemų takų atnaujinimas Upelių kaime\n\n2026-03-12 10:15 / šaltinis: Portalas\n\n"
        "Seniūnija baigė atnaujinti kiemų takus. Projekto vertė – 8 000 Eur.",
        {"title": "Kiemų takų atnaujinimas Upelių kaime", "title_en": None},
    ),
    case(
        "a-regional-papers-menu-over-a-short-headline-is-no-title",
        "(plačiau)\n\nOrai Rokiškyje\n\nKonkursai\n\nVardenė PAVARDIENĖ, mokytoja\n"
        "Kepk ir balsuok\nVisi dalyviai\n\nSavaitės populiariausi\nIeškoti\n\nFacebook\n\n"
        "Krašto žinios\n\nBendruomenės namų remontas\n\n2026 m. kovo 12 d.\n\n"
        "Seniūnija baigė bendruomenės namų remontą. Darbams skirta 20 000 Eur.",
        {"title": "Bendruomenės namų remontas", "title_en": None},
    ),
    case(
        "a-menu-with-the-site-name-under-the-headline-keeps-the-headline",
        "Krašto gidas\n  • Įdomu\n  • Sportas\nPenktadienis, 13 kovo\nRezultatų nėra\n"
        "Žiūrėti visus rezultatus\nKrašto gidas\nRezultatų nėra\nŽiūrėti visus rezultatus\n\n"
        "Pradžia » Naujienos » Kiemų takai\n\nKiemų takų atnaujinimas\n\nKrašto gidas\n"
        "2026-03-13\nNaujienos\n\nSeniūnija baigė atnaujinti kiemų takus ir suoliukus prie "
        "bendruomenės namų. Projekto vertė – 8 000 Eur.",
        {"title": "Kiemų takų atnaujinimas"},
    ),
    case(
        "a-heading-over-a-cards-label-under-a-menu-stays-the-title",
        "Paieška\nNaujausios\nRenginiai\nSenųjų amatų kiemas\nProjekto vertė: 20 000 Eur\n"
        "Trukmė: 12 mėn.\n\nBendruomenė įrengs kiemą, kuriame vyks amatų dirbtuvės ir vasaros "
        "stovyklos vaikams.",
        {"title": "Senųjų amatų kiemas"},
    ),
    # Round 20: a site's section name alone over an information page ("Paslaugos",
    # "Archyvas"), its chrome ("Naršymo kelias") and a social network's name are no title; a
    # heading that opens with such a word stays.
    case(
        "a-sections-name-over-an-information-page-is-no-title",
        "Paslaugos\nBendrosios paslaugos teikiamos be nuolatinės specialistų priežiūros, "
        "jas gali gauti kiekvienas rajono gyventojas, kreipęsis į seniūniją.",
        {"title": None, "title_en": None},
    ),
    case(
        "an-archives-name-over-a-card-is-no-title",
        "Archyvas\nVietos plėtros 2015–2020 metų strategija\n"
        "Finansavimo šaltinis: Kaimo plėtros programa\nParamos suma: 9 000 Eur",
        {"title": "Vietos plėtros 2015–2020 metų strategija", "title_en": None},
    ),
    case(
        "a-breadcrumbs-label-is-no-title",
        "Naršymo kelias\nPapildomos priemonės\nFollow us\n„Facebook“\n"
        "Kaimo amatų dirbtuvės\n\nBendruomenė įgyvendina projektą. Projekto vertė – 9 000 Eur.",
        {"title": "Kaimo amatų dirbtuvės"},
    ),
    case(
        "a-social-networks-quoted-name-is-no-title",
        "Meras socialinio tinklo „Facebook“ paskyroje pranešė, kad kultūros centras bus "
        "atnaujintas. Darbams skirta 500 000 Eur.",
        {"title": None, "title_en": None},
    ),
    case(
        "a-heading-opening-with-a-sections-word-stays",
        "Paslaugos senjorams namuose\n\nBendruomenė įgyvendina projektą. "
        "Projekto vertė – 9 000 Eur.",
        {"title": "Paslaugos senjorams namuose"},
    ),
    # Round 20: a Lithuanian name in Latin letters whose words end as a genitive in "-ies"
    # ("patirties", "paskirties") is Lithuanian; an English name ending so stays English.
    case(
        "a-genitive-in-ies-keeps-a-latin-letter-name-lithuanian",
        "Kaimo bendruomenė įgyvendina projektą „Bendros patirties sklaida“. "
        "Projekto vertė – 9 000 Eur.",
        {"title": "Bendros patirties sklaida", "title_en": None},
    ),
    case(
        "a-heading-with-a-genitive-in-ies-is-no-english-title",
        "Sporto paskirties pastato statyba\n\nSavivaldybė baigė darbus. "
        "Projekto vertė – 90 000 Eur.",
        {"title": "Sporto paskirties pastato statyba", "title_en": None},
    ),
    case(
        "an-english-name-ending-in-ies-stays-english",
        "Urban Stories\n\nThe library collects stories of the town. Total budget 20 000 EUR.",
        {"title_en": "Urban Stories"},
    ),
    # Round 20: one word in small letters in brackets after a title ("(modernizavimas)") is a
    # qualifier of the title, no translation of it.
    case(
        "a-qualifier-in-brackets-in-a-quoted-name-is-no-english-title",
        "Savivaldybė įgyvendina projektą „Kultūros centro pastato atnaujinimas "
        "(modernizavimas)“. Projekto vertė – 900 000 Eur.",
        {
            "title": "Kultūros centro pastato atnaujinimas (modernizavimas)",
            "title_en": None,
        },
    ),
    case(
        "a-qualifier-in-brackets-in-a-heading-is-no-english-title",
        "Mokyklos pastato atnaujinimas (modernizavimas)\n\nSavivaldybė baigė darbus. "
        "Projekto vertė – 900 000 Eur.",
        {"title": "Mokyklos pastato atnaujinimas (modernizavimas)", "title_en": None},
    ),
    case(
        "a-translation-in-brackets-stays-the-english-title",
        "Upių istorijos (River Stories)\n\nBendruomenė renka pasakojimus apie upes. "
        "Projekto vertė – 9 000 Eur.",
        {"title": "Upių istorijos", "title_en": "River Stories"},
    ),
    # Round 20: the author's position on its own line right under the byline is the byline's.
    case(
        "a-position-under-a-byline-is-no-title",
        "Vardenė Pavardienė\nRajono tarybos narė\n\nBendruomenės namų remontas\n\n"
        "Seniūnija baigė darbus. Projekto vertė – 9 000 Eur.",
        {"title": "Bendruomenės namų remontas"},
    ),
    case(
        "a-directors-position-under-a-byline-is-no-title",
        "Jonas Pavardaitis\nKultūros centro direktorius\nParko takų atnaujinimas\n\n"
        "Seniūnija baigė darbus.",
        {"title": "Parko takų atnaujinimas"},
    ),
    case(
        "a-heading-naming-a-position-further-in-stays-under-a-byline",
        "Vardenė Pavardienė\nDirektorės kabineto remontas\n\nMokykla baigė darbus.",
        {"title": "Direktorės kabineto remontas"},
    ),
    case(
        "a-heading-ending-in-a-position-with-no-byline-stays",
        "Metų mokytoja\n\nBendruomenė įgyvendina projektą. Projekto vertė – 9 000 Eur.",
        {"title": "Metų mokytoja"},
    ),
    case(
        "two-portal-words-make-no-menu",
        "Paieška\nNaujausios\nSenųjų amatų kiemas\nTrukmė: 12 mėn.\n\nBendruomenė įrengs "
        "kiemą, kuriame vyks amatų dirbtuvės ir vasaros stovyklos vaikams.",
        {"title": "Senųjų amatų kiemas"},
    ),
]

PROJECT_IDS = [
    case(
        "id-keeps-an-abbreviation",
        "Projekto pavadinimas: 1918 m. paminklo restauravimas",
        "1918-m-paminklo-restauravimas",
    ),
    case(
        "id-of-a-title-with-a-stage-after-its-full-stop",
        "UNIKALAUS KAIMO PAVELDO IŠSAUGOJIMAS. I ETAPAS\nProjektas tęsiamas.",
        "unikalaus-kaimo-paveldo-issaugojimas",
    ),
    case(
        "id-is-never-a-label",
        "Projekto įgyvendinimo vieta: Rumšiškės\nProjekto pradžia: 2015.03.01",
        "case-txt",
    ),
]

INFERRED = [
    case(
        "eu-funds-investments-with-a-date-is-the-period-programme",
        "Mokyklos sporto aikštynas atnaujintas ES fondų investicijų lėšomis. Darbai pradėti "
        "2018 m. kovo 1 d.",
        ("EU Funds Investments Operational Programme", "inferred", "2014-2020"),
    ),
    case(
        "a-rural-action-group-is-leader",
        "Kaimo bendruomenė įgyvendino projektą pagal Alksnių krašto VVG vietos plėtros "
        "strategiją. Projekto pradžia – 2019 m. balandžio 1 d.",
        ("Rural Development Programme for Lithuania", "inferred", "2014-2020"),
    ),
    case(
        "a-fisheries-region-group-is-the-fisheries-programme",
        "Projektas įgyvendintas pagal Pajūrio žvejybos regiono vietos veiklos grupės strategiją. "
        "Projekto pradžia – 2020 m. vasario 3 d.",
        ("Fisheries Operational Programme", "inferred", "2014-2020"),
    ),
    case(
        "a-town-action-group-names-no-programme",
        "Projektas įgyvendinamas pagal Upės miesto VVG vietos plėtros strategiją. Projekto "
        "pradžia – 2019 m. balandžio 1 d.",
        (None, None, "2014-2020"),
    ),
    case(
        "an-action-group-with-another-fund-is-that-funds",
        "Projektas įgyvendinamas pagal Alksnių krašto VVG strategiją, finansuojamas Europos "
        "socialinio fondo ir Lietuvos Respublikos valstybės biudžeto lėšomis. Projekto pradžia – "
        "2019 m. balandžio 1 d.",
        ("EU Funds Investments Operational Programme", "inferred", "2014-2020"),
    ),
    case(
        "esf-in-2007-2013-is-human-resources",
        "Projektas finansuotas Europos socialinio fondo ir Lietuvos Respublikos valstybės "
        "biudžeto lėšomis. Projekto veiklos vyko nuo 2012 m. sausio 2 d. iki 2013 m. birželio "
        "28 d.",
        ("Human Resources Development Operational Programme", "inferred", "2007-2013"),
    ),
    case(
        "esf-plus-is-the-2021-programme",
        "Strategija finansuojama „Europos socialinio fondo +“ lėšomis.",
        ("EU Funds Investment Programme", "inferred", "2021-2027"),
    ),
    case(
        "eafrd-is-rural-development",
        "Projektas finansuojamas Europos žemės ūkio fondo kaimo plėtrai lėšomis. Pradžia – "
        "2018 m. kovo 1 d.",
        ("Rural Development Programme for Lithuania", "inferred", "2014-2020"),
    ),
    case(
        "erdf-with-the-state-budget-and-dates-is-the-national-programme",
        "Projektas finansuojamas Europos regioninės plėtros fondo ir Lietuvos Respublikos "
        "valstybės biudžeto lėšomis. Projekto pradžia – 2017 m. gegužės 2 d.",
        ("EU Funds Investments Operational Programme", "inferred", "2014-2020"),
    ),
    case(
        "erdf-across-borders-is-not-national",
        "Projektas finansuojamas Europos regioninės plėtros fondo lėšomis, partneriai iš "
        "Latvijos. Projekto pradžia – 2017 m. gegužės 2 d.",
        (None, None, "2014-2020"),
    ),
    case(
        "structural-funds-with-the-dates-period",
        "Projektas finansuotas iš ES struktūrinių fondų. Projekto pradžia – 2016 m. kovo 1 d.",
        ("EU Funds Investments Operational Programme", "inferred", "2014-2020"),
    ),
    case(
        "structural-funds-2007-with-erdf-stays-unresolved",
        "Projektas finansuotas iš ES struktūrinių fondų (ERPF). Projekto pradžia – 2010 m. "
        "kovo 1 d.",
        (NAT, "stated", "2007-2013"),
    ),
    case(
        "baltic-sea-region-with-partners-abroad",
        "Projektas finansuojamas pagal tarptautinio bendradarbiavimo programą Baltijos jūros "
        "regione; partneriai – iš Suomijos ir Švedijos. Pradžia – 2017 m. spalio 1 d.",
        ("Interreg Baltic Sea Region", "inferred", "2014-2020"),
    ),
    case(
        "a-name-two-generations-share-2014",
        "Projektas įgyvendinamas pagal Latvijos–Lietuvos–Baltarusijos bendradarbiavimo per sieną "
        "programą. Projekto pradžia – 2017 m. kovo 1 d.",
        ("ENI Latvia-Lithuania-Belarus", "stated", "2014-2020"),
    ),
    case(
        "a-name-two-generations-share-2007",
        "Projektas įgyvendinamas pagal Latvijos – Lietuvos – Baltarusijos bendradarbiavimo per "
        "sieną programą. Projekto pradžia – 2010 m. kovo 1 d.",
        ("ENPI Latvia-Lithuania-Belarus Cross-border Cooperation", "stated", "2007-2013"),
    ),
    case(
        "latvia-lithuania-belarus-english-short-name-2014",
        "The project is funded by the Latvia-Lithuania-Belarus Cross-border Cooperation "
        "Programme. Projekto pradžia – 2018 m. kovo 1 d.",
        ("ENI Latvia-Lithuania-Belarus", "stated", "2014-2020"),
    ),
    case(
        "latvia-lithuania-belarus-english-short-name-2007",
        "The project is funded by the Latvia-Lithuania-Belarus Cross-border Cooperation "
        "Programme. Projekto pradžia – 2010 m. kovo 1 d.",
        ("ENPI Latvia-Lithuania-Belarus Cross-border Cooperation", "stated", "2007-2013"),
    ),
    case(
        "latvia-lithuania-belarus-short-name-with-period-before",
        "Projektas įgyvendinamas pagal 2014–2020 m. Latvijos, Lietuvos ir Baltarusijos "
        "bendradarbiavimo per sieną programą.",
        ("ENI Latvia-Lithuania-Belarus", "stated", "2014-2020"),
    ),
    case(
        "grants-period-is-no-project-period",
        "Projektas finansuojamas pagal 2009–2014 m. EEE finansinio mechanizmo programą. "
        "Projekto pradžia – 2014 m. gegužės 1 d.",
        ("EEA and Norway Grants", "stated", None),
    ),
    case(
        "latvia-lithuania-belarus-short-name-with-period-after",
        "Projektas įgyvendintas pagal Latvijos, Lietuvos ir Baltarusijos bendradarbiavimo per "
        "sieną programą 2014–2020 m.",
        ("ENI Latvia-Lithuania-Belarus", "stated", "2014-2020"),
    ),
    case(
        "latvia-lithuania-belarus-short-name-with-the-instrument-apart",
        "Projektas įgyvendintas pagal Latvijos, Lietuvos ir Baltarusijos bendradarbiavimo per "
        "sieną programą. Jį finansuoja Europos Sąjunga per Europos kaimynystės priemonę.",
        ("ENI Latvia-Lithuania-Belarus", "stated", "2014-2020"),
    ),
    case(
        "single-programming-document-is-no-operational-programme-of-2007",
        "Centras įrengtas pagal Lietuvos 2004–2006 m. bendrojo programavimo dokumento 2.3 "
        "priemonę, Europos socialinio fondo lėšomis. Projekto pradžia – 2007 m. kovo 1 d.",
        (NAT, "stated", "2007-2013"),
    ),
    case(
        "interreg-iii-dates-give-no-eu-period",
        "Projektas įgyvendintas pagal Interreg IIIA programą. Projektas vykdytas 2005 m. kovo 1 d. "
        "– 2006 m. gruodžio 31 d.",
        ("Interreg III", "stated", None),
    ),
    case(
        "structural-funds-of-2007-with-esf-stay-the-human-resources-programme",
        "Mokymai finansuoti 2007–2013 m. ES struktūrinių fondų, Europos socialinio fondo lėšomis.",
        ("Human Resources Development Operational Programme", "inferred", "2007-2013"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_project_fields(text: str, expected: dict[str, Any]) -> None:
    project = extract_fields(doc(text))
    got = {
        name: (project.period_hint.period if project.period_hint else None)
        if name == "period_hint"
        else getattr(project, name)
        for name in expected
    }
    assert got == expected
    assert all(quote in text for quote in project.quotes.values())


@pytest.mark.parametrize(("text", "expected"), INFERRED)
def test_programme_with_the_period(text: str, expected: tuple[Any, ...]) -> None:
    """Programmes that follow from a text's words once its period is known (parse_text)."""
    project = parse_text(text, "case.txt").project
    assert (project.programme, project.programme_basis, project.period) == expected
    assert all(quote in text for quote in project.quotes.values())


@pytest.mark.parametrize(("text", "expected"), PROJECT_IDS)
def test_project_id(text: str, expected: str) -> None:
    """The id is a slug of the title (or its acronym), never of a label or a stage."""
    assert parse_text(text, "case.txt").project.project_id == expected
