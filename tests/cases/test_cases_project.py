"""Project fields: a short page → the fields it states (each case checks the fields it names)."""

from __future__ import annotations

from typing import Any

import pytest
from casetable import case, doc

from cwlib.parse.project import extract_fields

NAT = "EU Structural Funds (Lithuania)"

CASES = [
    case(
        "title-label",
        "Projekto pavadinimas: Kūrybinės dirbtuvės Rietave",
        {"title": "Kūrybinės dirbtuvės Rietave", "title_en": None},
    ),
    case(
        "quoted-title-line",
        "Projektas „Senųjų amatų centras“\nProjekto vertė – 48 000 Eur.",
        {"title": "Senųjų amatų centras"},
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
        {"programme": NAT, "period_hint": "2014-2020"},
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
        gap="a Lithuanian title without Lithuanian letters is also taken for an English one",
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
        gap="the title label 'pavadinimas' also matches inside 'Pavadinimas anglų k.'",
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
        gap="a Lithuanian title without Lithuanian letters is taken for the English title",
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
        "cohesion-2007",
        "Sanglaudos skatinimo veiksmų programa, Sanglaudos fondas.",
        {"programme": NAT, "fund": "CF", "period_hint": "2007-2013"},
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
        gap="a quoted heading in capitals is kept in capitals when the body writes it normally",
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
