"""The one look of every figure: theme, colour-blind-safe colours, and figure labels in en/lt.

Every function in ``cwlib.analyse.plots`` calls :func:`set_theme` first, so a figure looks the same in a
notebook, in ``reports/figures`` and in a municipality's slide deck. Colours come from the
Okabe-Ito palette (Okabe & Ito 2008, "Color Universal Design"), which stays distinguishable
under the common colour-vision deficiencies; meaning is also carried by hatching, marker shape
and labels, never by colour alone.

Labels are English by default and Lithuanian with ``lang="lt"``: municipal staff reuse the
figures in Lithuanian documents. The Excel briefs have their own table in ``cwlib/i18n.py``.
This module is pure Python; seaborn and matplotlib are imported only by :func:`set_theme`.
"""

from __future__ import annotations

LANGS = ("en", "lt")

# Okabe-Ito colours, named.
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
GREY = "#999999"
LIGHT_GREY = "#DDDDDD"

PALETTE = (BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY_BLUE, YELLOW, BLACK)
"""Categorical palette in the order seaborn hands colours out."""

SCOPE_COLOURS = {"project": BLUE, "partner": ORANGE}
SCOPE_HATCH = {"project": "", "partner": ""}

ITEM_COLOURS = {
    "eu": BLUE,
    "national": SKY_BLUE,
    "eu_national": BLUE,
    "own": ORANGE,
    "other": PURPLE,
    "not_stated": LIGHT_GREY,
}
ITEM_HATCH = {"eu_national": "///", "not_stated": ""}
"""EU and state budget given as one sum is hatched: it is neither segment and is not split."""

EVENT_STYLE = {
    "approved": {"marker": "D", "color": GREEN},
    "signed": {"marker": "P", "color": ORANGE},
    "start": {"marker": ">", "color": BLUE},
    "end": {"marker": "<", "color": BLUE},
    "completed": {"marker": "s", "color": VERMILLION},
    "presented": {"marker": "o", "color": PURPLE},
    "other": {"marker": "X", "color": BLACK},
}

PRECISION_MARKERS = {"city": "o", "region": "^", "country": "s"}
"""Partners placed at a city are filled circles; region or country centres are hollow."""

PERIOD_COLOURS = {"2007-2013": "#F2F2F2", "2014-2020": "#E4EEF6", "2021-2027": "#F7EEDB"}

LABELS: dict[str, tuple[str, str]] = {
    # axes and titles
    "eur": ("euro (EUR)", "eurai (EUR)"),
    "eur_per_partner": ("euro per partner (EUR)", "eurų vienam partneriui (EUR)"),
    "eur_per_month": ("euro per month (EUR/month)", "eurų per mėnesį (EUR/mėn.)"),
    "pct_of_total": ("share of the budget (%)", "biudžeto dalis (%)"),
    "partners_count": ("number of partners", "partnerių skaičius"),
    "year": ("year", "metai"),
    "project": ("project", "projektas"),
    "country": ("country", "šalis"),
    "field": ("field", "laukas"),
    "org_type": ("kind of organisation", "organizacijos tipas"),
    "title_completeness": (
        "What the texts tell about each project",
        "Ką tekstai pasako apie kiekvieną projektą",
    ),
    "title_budget_totals": ("Budgets in euro", "Biudžetai eurais"),
    "title_budget_intensity": (
        "Project budget per partner and per month",
        "Projekto biudžetas vienam partneriui ir per mėnesį",
    ),
    "title_funding_split": (
        "Who pays: EU, state and own funds",
        "Kas finansuoja: ES, valstybės ir nuosavos lėšos",
    ),
    "title_partner_map": ("Where the partners are", "Kur yra partneriai"),
    "title_country_heatmap": (
        "Partners per country in each project",
        "Partnerių skaičius pagal šalį kiekviename projekte",
    ),
    "title_partner_types": ("Kinds of partner organisations", "Partnerių organizacijų tipai"),
    "title_project_timeline": (
        "Projects across the EU programming periods",
        "Projektai ES programavimo laikotarpiuose",
    ),
    "per_partner": ("per partner", "vienam partneriui"),
    "per_month": ("per month of duration", "per trukmės mėnesį"),
    # budget scope and basis
    "scope_project": ("whole project", "visas projektas"),
    "scope_partner": ("one partner's part", "vieno partnerio dalis"),
    "partner_prefix": ("partner", "partneris"),
    "stated_total": ("total as stated", "nurodyta bendra suma"),
    "sum_of_parts": (
        "no total stated: sum of the stated parts",
        "bendra suma nenurodyta: nurodytų dalių suma",
    ),
    "unknown_party": ("unnamed partner", "nenurodytas partneris"),
    "litas_note": ("litas converted at 3.4528 LTL/EUR", "litai perskaičiuoti 3,4528 LTL/EUR kursu"),
    # budget items
    "item_total": ("total", "iš viso"),
    "item_eu": ("EU funds", "ES lėšos"),
    "item_national": ("state budget", "valstybės biudžetas"),
    "item_own": ("own funds", "nuosavos lėšos"),
    "item_eu_national": (
        "EU and state budget together",
        "ES ir valstybės biudžeto lėšos kartu",
    ),
    "item_other": ("other", "kita"),
    "item_not_stated": ("not stated", "nenurodyta"),
    # roles
    "role_lead": ("lead partner", "pagrindinis partneris"),
    "role_partner": ("partner", "partneris"),
    "role_applicant": ("applicant", "pareiškėjas"),
    # organisation types
    "org_municipality": ("municipality", "savivaldybė"),
    "org_region": ("region", "regionas"),
    "org_university": ("university", "universitetas"),
    "org_school": ("school", "mokykla"),
    "org_agency": ("agency", "agentūra"),
    "org_association": ("association", "asociacija"),
    "org_cultural": ("cultural organisation", "kultūros įstaiga"),
    "org_company": ("company", "įmonė"),
    "org_other": ("other", "kita"),
    "org_unknown": ("not known", "nežinoma"),
    # geography
    "precision_city": ("placed at its city", "vieta – miestas"),
    "precision_region": ("placed at its region's centre", "vieta – regiono centras"),
    "precision_country": ("only the country known (its centre)", "žinoma tik šalis (jos centras)"),
    "link": ("partners of one project", "vieno projekto partneriai"),
    "longitude": ("longitude (°E)", "ilguma (° R)"),
    "latitude": ("latitude (°N)", "platuma (° Š)"),
    "unplaced": (
        "{n} partner(s) without a known place are not drawn",
        "Nežinomos vietos partnerių nepažymėta: {n}",
    ),
    "borders_credit": ("Borders: Natural Earth", "Sienos: Natural Earth"),
    "no_data": ("No data in the tables yet", "Lentelėse duomenų dar nėra"),
    # events and dates
    "event_approved": ("approved", "patvirtintas"),
    "event_signed": ("contract signed", "sutartis pasirašyta"),
    "event_start": ("start", "pradžia"),
    "event_end": ("end", "pabaiga"),
    "event_completed": ("completed", "įgyvendintas"),
    "event_presented": ("presentation", "pristatymas"),
    "event_other": ("other event", "kitas įvykis"),
    "duration_certain": ("running (dates known)", "vykdomas (datos žinomos)"),
    "duration_uncertain": (
        "start or end known only to the month or year",
        "pradžia ar pabaiga žinoma tik mėnesio ar metų tikslumu",
    ),
    "precision_year_span": (
        "date known only to the month or year (span)",
        "data žinoma tik mėnesio ar metų tikslumu (intervalas)",
    ),
    "planned": (
        "end not stated: start plus the stated duration",
        "pabaiga nenurodyta: pradžia ir nurodyta trukmė",
    ),
    "no_year": ("day without a year", "diena be metų"),
    "no_year_lane": ("year not stated", "metai nenurodyti"),
    "period": ("programming period", "programavimo laikotarpis"),
    # completeness fields
    "field_title": ("title", "pavadinimas"),
    "field_title_en": ("English title", "pavadinimas anglų k."),
    "field_programme": ("programme", "programa"),
    "field_period": ("period", "laikotarpis"),
    "field_fund": ("fund", "fondas"),
    "field_project_number": ("project number", "projekto numeris"),
    "field_start_date": ("start date", "pradžios data"),
    "field_end_date": ("end date", "pabaigos data"),
    "field_duration_months": ("duration", "trukmė"),
    "field_url": ("web address", "interneto adresas"),
    "field_budget_total": ("project budget", "projekto biudžetas"),
    "field_eu_funding": ("EU funding", "ES finansavimas"),
    "field_partners": ("partners named", "partneriai nurodyti"),
    "field_lead": ("lead or applicant", "vadovas ar pareiškėjas"),
    "field_partners_located": ("all partners located", "visų partnerių vieta"),
    "field_dated_events": ("dated events", "datuoti įvykiai"),
    "field_results": ("counted results", "kiekybiniai rezultatai"),
    "field_contacts": ("contact person", "kontaktinis asmuo"),
    "filled": ("stated", "nurodyta"),
    "missing": ("not stated", "nenurodyta"),
    "all_projects": ("projects with the field (%)", "projektų su šiuo lauku (%)"),
    "complete_pct": ("fields stated (%)", "nurodyta laukų (%)"),
}
"""Figure labels: key -> (English, Lithuanian)."""

COUNTRY_NAMES: dict[str, tuple[str, str]] = {
    "AL": ("Albania", "Albanija"),
    "AM": ("Armenia", "Armėnija"),
    "AT": ("Austria", "Austrija"),
    "AZ": ("Azerbaijan", "Azerbaidžanas"),
    "BA": ("Bosnia and Herzegovina", "Bosnija ir Hercegovina"),
    "BE": ("Belgium", "Belgija"),
    "BG": ("Bulgaria", "Bulgarija"),
    "BY": ("Belarus", "Baltarusija"),
    "CH": ("Switzerland", "Šveicarija"),
    "CY": ("Cyprus", "Kipras"),
    "CZ": ("Czechia", "Čekija"),
    "DE": ("Germany", "Vokietija"),
    "DK": ("Denmark", "Danija"),
    "EE": ("Estonia", "Estija"),
    "ES": ("Spain", "Ispanija"),
    "FI": ("Finland", "Suomija"),
    "FO": ("Faroe Islands", "Farerų Salos"),
    "FR": ("France", "Prancūzija"),
    "GB": ("United Kingdom", "Jungtinė Karalystė"),
    "GE": ("Georgia", "Sakartvelas"),
    "GR": ("Greece", "Graikija"),
    "HR": ("Croatia", "Kroatija"),
    "HU": ("Hungary", "Vengrija"),
    "IE": ("Ireland", "Airija"),
    "IS": ("Iceland", "Islandija"),
    "IT": ("Italy", "Italija"),
    "LI": ("Liechtenstein", "Lichtenšteinas"),
    "LT": ("Lithuania", "Lietuva"),
    "LU": ("Luxembourg", "Liuksemburgas"),
    "LV": ("Latvia", "Latvija"),
    "MD": ("Moldova", "Moldova"),
    "ME": ("Montenegro", "Juodkalnija"),
    "MK": ("North Macedonia", "Šiaurės Makedonija"),
    "MT": ("Malta", "Malta"),
    "NL": ("Netherlands", "Nyderlandai"),
    "NO": ("Norway", "Norvegija"),
    "PL": ("Poland", "Lenkija"),
    "PT": ("Portugal", "Portugalija"),
    "RO": ("Romania", "Rumunija"),
    "RS": ("Serbia", "Serbija"),
    "RU": ("Russia", "Rusija"),
    "SE": ("Sweden", "Švedija"),
    "SI": ("Slovenia", "Slovėnija"),
    "SK": ("Slovakia", "Slovakija"),
    "TR": ("Türkiye", "Turkija"),
    "UA": ("Ukraine", "Ukraina"),
    "XK": ("Kosovo", "Kosovas"),
}
"""Display names of the countries partners come from (Lithuanian forms as the State Commission
of the Lithuanian Language lists them). A code not listed is shown as the code."""


def check_lang(lang: str) -> str:
    """The language code, or a ValueError naming the ones there are (a typo must not pass)."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, not {lang!r}")
    return lang


def label(key: str, lang: str = "en") -> str:
    """A figure label in ``lang``.

    >>> label("item_eu_national", "lt")
    'ES ir valstybės biudžeto lėšos kartu'
    """
    return LABELS[key][LANGS.index(check_lang(lang))]


def country_name(code: str, lang: str = "en") -> str:
    """A country's display name from its ISO code; the code itself when it is not listed.

    >>> country_name("GB", "lt"), country_name("ZZ")
    ('Jungtinė Karalystė', 'ZZ')
    """
    names = COUNTRY_NAMES.get(code)
    return names[LANGS.index(check_lang(lang))] if names else code


def set_theme() -> None:
    """Apply the one seaborn/matplotlib theme. Idempotent and cheap; every plot calls it."""
    import matplotlib as mpl
    import seaborn as sns

    sns.set_theme(context="notebook", style="whitegrid", palette=list(PALETTE), font_scale=0.9)
    mpl.rcParams.update(
        {
            "figure.dpi": 100,
            "savefig.dpi": 150,
            "savefig.bbox": "tight",
            "axes.titleweight": "bold",
            "axes.titlesize": 12,
            "axes.titlelocation": "left",
            "legend.frameon": False,
            "svg.hashsalt": "cwlib",  # the same figure gives the same SVG file
            "font.family": "DejaVu Sans",  # has every Lithuanian letter
        }
    )
