"""The one look of every figure: theme, colour-blind-safe colours, and figure labels in en/lt.

Every function in ``cwlib.analyse.plots`` calls :func:`set_theme` first, so a figure looks the same in a
notebook, in ``reports/figures`` and in a municipality's slide deck. Colours come from the
Okabe-Ito palette (Okabe & Ito 2008, "Color Universal Design"), which stays distinguishable
under the common colour-vision deficiencies; meaning is also carried by hatching, marker shape
and labels, never by colour alone.

Labels are English by default and Lithuanian with ``lang="lt"``: municipal staff reuse the
figures in Lithuanian documents. The Excel briefs have their own table in
``cwlib/export/i18n.py``, in the same languages (:data:`LANGS`).
This module is pure Python; seaborn and matplotlib are imported only by :func:`set_theme`.
"""

from __future__ import annotations

from typing import Any

LANGS = ("en", "lt")
"""The languages of every output (figures, notebook tables, briefs); the first is the
default. The one list: ``cwlib.export.i18n`` and ``cwlib.analyse.formats`` use it."""

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

EVENT_STYLE: dict[str, dict[str, Any]] = {  # keyword arguments of a marker
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

EVENT_LANE = {
    "approved": -0.3,
    "signed": -0.3,
    "start": 0.0,
    "end": 0.0,
    "completed": 0.0,
    "presented": 0.3,
    "other": 0.3,
}
"""Vertical offset of each kind of event from its project's bar, in rows: decisions above the
bar, the run's own dates on it, later events below, so an approval a week before the start
does not hide under the start's marker."""

PERIOD_COLOURS = {"2007-2013": ORANGE, "2014-2020": BLUE, "2021-2027": GREEN, "": GREY}
"""Each programming period's colour on the timeline, its bars and its eligibility line; grey
for a project whose period is not known."""

COUNTRY_FILL = "#E4EEF6"
"""Countries with at least one partner, on the map (the legend says so)."""

STATE_COLOURS = {"stated": BLUE, "inferred": SKY_BLUE, "missing": LIGHT_GREY}
STATE_HATCH = {"stated": "", "inferred": "..", "missing": ""}
"""Completeness cells: stated by a text, inferred from other facts (dotted), not stated."""

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
    "litas_note": ("litas converted at {rate} LTL/EUR", "litai perskaičiuoti {rate} LTL/EUR kursu"),
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
        "partners without a known place, not drawn: {n}",
        "nežinomos vietos partnerių nepažymėta: {n}",
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
    "inferred": ("inferred, not stated", "numanoma, nenurodyta"),
    "share_stated_cells": (
        "share of the row's projects stating the field",
        "eilutės projektų, nurodančių lauką, dalis",
    ),
    "all_projects_row": ("all projects ({n})", "visi projektai ({n})"),
    "programme_unknown": ("programme not known", "programa nežinoma"),
    # rows that hold what a figure has no room for (Lithuanian: the count in brackets, so
    # that no plural form has to agree with it)
    "other_projects": ("{n} other projects", "kiti projektai ({n})"),
    "other_partner_budgets": ("{n} other partner budgets", "kiti partnerių biudžetai ({n})"),
    "other_programmes": ("{n} other programmes", "kitos programos ({n})"),
    "other_countries": ("{n} other countries", "kitos šalys ({n})"),
    "pooled": ("pooled", "bendrai"),
    "rest_note": (
        "last row: the rest together",
        "paskutinė eilutė: visi kiti kartu",
    ),
    # programmes, periods, funds
    "programme": ("programme", "programa"),
    "title_programme_totals": (
        "Projects and budgets by programme and period",
        "Projektai ir biudžetai pagal programą ir laikotarpį",
    ),
    "projects_count": ("number of projects", "projektų skaičius"),
    "sum_of_budgets": (
        "sum of whole-project budgets (EUR)",
        "projektų biudžetų suma (EUR)",
    ),
    "period_unknown": ("period not known", "laikotarpis nežinomas"),
    "n_inferred_note": ("{n} inferred", "numanoma: {n}"),
    # EU share against the programme's cap
    "title_eu_share_caps": (
        "EU share of each budget against its programme's cap",
        "ES dalis kiekviename biudžete ir programos riba",
    ),
    "eu_share_pct": ("EU share of the budget (%)", "ES dalis biudžete (%)"),
    "cap": ("programme's highest EU share (cap)", "didžiausia programos ES dalis (riba)"),
    "cap_unknown": ("cap not known", "riba nežinoma"),
    "above_cap": ("above the cap", "viršija ribą"),
    "within_cap": ("within the cap", "neviršija ribos"),
    "share_from_sums": ("computed from the sums", "apskaičiuota iš sumų"),
    "share_as_stated": ("only the share is stated", "nurodyta tik dalis"),
    # the Lithuanian partner's part
    "title_lt_partner_shares": (
        "The Lithuanian partner's part of its project's budget",
        "Lietuvos partnerio dalis projekto biudžete",
    ),
    "share_of_project_pct": (
        "share of the whole project's budget (%)",
        "projekto biudžeto dalis (%)",
    ),
    "equal_split": ("an equal split among the partners", "lygi dalis tarp partnerių"),
    # partnerships
    "title_partnerships": ("Partnerships: size and lead", "Partnerystės: dydis ir vadovas"),
    "partnership_size": ("partners in the project", "partnerių projekte"),
    "national": ("one country", "viena šalis"),
    "international": ("several countries", "kelios šalys"),
    "lead_country": ("lead partner's country", "pagrindinio partnerio šalis"),
    "no_lead": ("no lead named, or not placed", "vadovas nenurodytas ar vieta nežinoma"),
    # durations
    "title_durations": ("How long the projects run", "Kiek trunka projektai"),
    "duration_months": ("duration (months)", "trukmė (mėn.)"),
    "duration_stated": ("stated", "nurodyta"),
    "duration_from_dates": ("from the dates", "pagal datas"),
    # results
    "title_results": (
        "What the projects count as results",
        "Ką projektai skaičiuoja kaip rezultatus",
    ),
    "title_results_cost": (
        "Project budget per counted result",
        "Projekto biudžetas vienam suskaičiuotam rezultatui",
    ),
    "projects_counting": ("projects counting this kind", "projektų, skaičiuojančių šią rūšį"),
    "counted_total": ("Σ {n}", "Σ {n}"),
    "eur_per_result": (
        "whole budget / count (EUR, log scale)",
        "visas biudžetas / kiekis (EUR, log. skalė)",
    ),
    "result_kind": ("kind of result", "rezultato rūšis"),
    "median": ("median", "mediana"),
    "one_result": ("one counted result of a project", "vienas projekto rezultatas"),
    "result_events": ("events", "renginiai"),
    "result_participants": ("participants", "dalyviai"),
    "result_trained": ("people trained", "apmokyti žmonės"),
    "result_plans_studies": (
        "plans, studies, good practices",
        "planai, studijos, gerosios praktikos",
    ),
    "result_objects": ("objects built or equipped", "įrengti objektai"),
    "result_products": ("products (routes, programmes…)", "produktai (maršrutai, programos…)"),
    "result_jobs": ("jobs", "darbo vietos"),
    "result_organisations": ("organisations involved", "įtrauktos organizacijos"),
    "result_pilots": ("pilot actions", "bandomieji veiksmai"),
    "result_other": ("other", "kita"),
    # map
    "country_with_partners": ("country with partners", "šalis su partneriais"),
    "partners_at_place": ("partners at the place", "partnerių vietoje"),
    "projects_sharing": (
        "projects with partners in both countries",
        "projektų su partneriais abiejose šalyse",
    ),
    "no_lead_lines": (
        "no lead named: every partner joined to every other",
        "vadovas nenurodytas: sujungti visi partneriai",
    ),
    "lithuania": ("Lithuania", "Lietuva"),
    # timeline
    "eligible_until": ("spending eligible until", "išlaidos tinkamos iki"),
    "compact_note": (
        "{n} projects with a start, earliest first; the table below names them",
        "projektai su pradžia ({n}), ankstyviausi viršuje; jie išvardyti lentelėje",
    ),
    # report tables: column headers
    "col_project": ("project", "projektas"),
    "col_group": ("whose budget", "kieno biudžetas"),
    "col_party": ("partner", "partneris"),
    "col_name": ("name", "pavadinimas"),
    "col_city": ("city", "miestas"),
    "col_programme": ("programme", "programa"),
    "col_period": ("period", "laikotarpis"),
    "col_fund": ("fund", "fondas"),
    "col_indicator": ("what is counted, as written", "kas skaičiuojama (kaip parašyta)"),
    "col_kind_label": ("kind of result", "rezultato rūšis"),
    "col_item_label": ("part", "dalis"),
    "col_row_label": ("programme and period", "programa ir laikotarpis"),
    "col_kind": ("kind of result", "rezultato rūšis"),
    "col_lead_country_name": ("lead partner's country", "pagrindinio partnerio šalis"),
    "col_table": ("table", "lentelė"),
    "col_one_row_per": ("one row per", "viena eilutė – tai"),
    "col_start_date": ("start", "pradžia"),
    "col_end_date": ("end", "pabaiga"),
    "col_date": ("date", "data"),
    "col_amount_eur": ("sum (EUR)", "suma (EUR)"),
    "col_denominator_eur": ("budget (EUR)", "biudžetas (EUR)"),
    "col_eu_eur": ("EU funds (EUR)", "ES lėšos (EUR)"),
    "col_eu_national_eur": ("EU and state together (EUR)", "ES ir valstybės kartu (EUR)"),
    "col_total_eur": ("sum of budgets (EUR)", "biudžetų suma (EUR)"),
    "col_median_eur": ("median budget (EUR)", "biudžeto mediana (EUR)"),
    "col_partner_eur": ("partner's budget (EUR)", "partnerio biudžetas (EUR)"),
    "col_project_eur": ("project's budget (EUR)", "projekto biudžetas (EUR)"),
    "col_budget_eur": ("project's budget (EUR)", "projekto biudžetas (EUR)"),
    "col_eur_per_partner": ("per partner (EUR)", "vienam partneriui (EUR)"),
    "col_eur_per_month": ("per month (EUR)", "per mėnesį (EUR)"),
    "col_eur_per_result": ("budget per result (EUR)", "biudžetas vienam rezultatui (EUR)"),
    "col_amount": ("sum as stated", "suma, kaip nurodyta"),
    "col_amount_ltl": ("sum in litas", "suma litais"),
    "col_pct": ("share of the budget (%)", "biudžeto dalis (%)"),
    "col_share_pct": ("share of the project (%)", "projekto dalis (%)"),
    "col_share_pct_stated": ("share as stated (%)", "nurodyta dalis (%)"),
    "col_eu_pct": ("EU share (%)", "ES dalis (%)"),
    "col_eu_pct_stated": ("EU share as stated (%)", "nurodyta ES dalis (%)"),
    "col_eu_national_pct": ("EU and state together (%)", "ES ir valstybės kartu (%)"),
    "col_programme_cap_pct": ("programme's cap (%)", "programos riba (%)"),
    "col_cap_pct": ("programme's cap (%)", "programos riba (%)"),
    "col_rows": ("rows", "eilučių"),
    "col_projects": ("projects", "projektų"),
    "col_count": ("count", "kiekis"),
    "col_total_count": ("counted in all", "iš viso suskaičiuota"),
    "col_n_projects": ("projects", "projektų"),
    "col_n_inferred": ("programme inferred", "programa numanoma"),
    "col_n_with_budget": ("with a budget", "su biudžetu"),
    "col_n_partners": ("partners", "partnerių"),
    "col_n_countries": ("countries", "šalių"),
    "col_n_results": ("counts", "skaičių"),
    "col_n_stated": ("times stated", "kartų nurodyta"),
    "col_duration_months": ("duration (months)", "trukmė (mėn.)"),
    "col_scope": ("scope", "apimtis"),
    "col_item": ("part", "dalis"),
    "col_role": ("role", "vaidmuo"),
    "col_org_type": ("kind of organisation", "organizacijos tipas"),
    "col_eur_basis": ("euro value", "suma eurais"),
    "col_total_basis": ("total", "bendra suma"),
    "col_denominator_basis": ("budget", "biudžetas"),
    "col_eu_pct_basis": ("EU share from", "ES dalis iš"),
    "col_duration_basis": ("duration from", "trukmė iš"),
    "col_status": ("against the cap", "palyginti su riba"),
    "col_qualifier": ("count is", "kiekis yra"),
    "col_geo_precision": ("placed at", "vieta"),
    "col_start_precision": ("start known to the", "pradžia žinoma"),
    "col_end_precision": ("end known to the", "pabaiga žinoma"),
    "col_precision": ("known to the", "žinoma"),
    "col_country": ("country", "šalis"),
    "col_lead_country": ("lead partner's country", "pagrindinio partnerio šalis"),
    "col_international": ("several countries", "kelios šalys"),
    "col_lead_named": ("lead named", "vadovas nurodytas"),
    # report tables: codes in words
    "basis_stated": ("as stated", "kaip nurodyta"),
    "basis_converted": ("converted from litas", "perskaičiuota iš litų"),
    "basis_stated_total": ("total as stated", "nurodyta bendra suma"),
    "basis_sum_of_parts": ("sum of the stated parts", "nurodytų dalių suma"),
    "basis_rest": ("the rest together", "visi kiti kartu"),
    "basis_pooled": ("the rest pooled", "kiti bendrai"),
    "basis_sums": ("the sums", "sumų"),
    "basis_from_dates": ("the dates", "datų"),
    "status_above": ("above the cap", "viršija ribą"),
    "status_within": ("within the cap", "neviršija ribos"),
    "status_cap_unknown": ("cap not known", "riba nežinoma"),
    "qualifier_exact": ("exact", "tikslus"),
    "qualifier_at_least": ("a minimum", "mažiausias"),
    "qualifier_about": ("about", "apytikslis"),
    "qualifier_at_most": ("a maximum", "didžiausias"),
    "date_precision_day": ("day", "dienos tikslumu"),
    "date_precision_month": ("month", "mėnesio tikslumu"),
    "date_precision_year": ("year", "metų tikslumu"),
    "date_precision_part_of_year": (
        "quarter, half-year or season",
        "ketvirčio, pusmečio ar sezono tikslumu",
    ),
    "date_precision_no_year": ("day, year not stated", "diena be metų"),
    "yes": ("yes", "taip"),
    "no": ("no", "ne"),
    "not_drawn_note": (
        "{n} projects without a start are not drawn",
        "nepažymėta projektų be pradžios: {n}",
    ),
}
"""Figure labels: key -> (English, Lithuanian)."""


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
    """A country's display name from its ISO code; the code itself when it is not a country.

    The names are the CLDR ones that ``cwlib.parse.places`` reads countries by, so there is
    one list of country names in the package.

    >>> country_name("GB", "lt"), country_name("ZZ")
    ('Jungtinė Karalystė', 'ZZ')
    """
    from cwlib.parse.places import country_name as cldr_name

    check_lang(lang)
    return (cldr_name(code, lang) if code else None) or code


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
