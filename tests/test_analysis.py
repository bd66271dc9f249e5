"""The numbers behind the figures, on small fixture tables whose answers are known by hand.

The fixture follows cwlib/schema.py column for column and covers what the figures must get
right: litas sums (stated and converted euro), project and partner scopes, a sum given for EU
and state budget together, a group with parts but no total, dates known to the day, month,
year or without a year, partners placed at a city, region or country, or not placed at all.
``fixture_tables`` is shared with tests/test_plots.py.
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

import cwlib
from cwlib.analyse import analysis
from cwlib.schema import TABLES

UCP_PARTNER = "VšĮ Klaipėdos ekonominės plėtros agentūra"
VILNIUS = "Vilniaus miesto savivaldybės administracija"

FIXTURE_CSV = {
    "projects": """\
project_id,title,title_en,programme,programme_basis,period,period_basis,fund,project_number,measure_code,start_date,end_date,duration_months,url,sources
urbanm,"Bendradarbiavimas su kūrybinėmis laboratorijomis ir centrais, skatinant kūrybines inovacijas",Urban Manufacturing – Stimulating Innovation Through Collaborative Maker Spaces,Interreg Europe,stated,2014-2020,from_dates,,,,2017,2021,,https://www.interregeurope.eu/urbanm/,a.txt;b.txt
urban-creative-poles,URBAN CREATIVE POLES (Urbanistinės traukos erdvės),URBAN CREATIVE POLES,Interreg Baltic Sea Region,stated,2007-2013,from_dates,,3025,,2010-10-01,,36,,c.txt
sb-creative-clusters,Pietų Baltijos kūrybinis klasteris,SB Creative Clusters – Initiating a network,Interreg South Baltic,stated,2014-2020,stated,ERDF,STHB.05.01.00-32-0142/18,,2020-01-01,2021-12-31,24,,d.txt
visagino,Visagino inovacijų klasterio įkūrimas,,EU Structural Funds Operational Programme (Lithuania),stated,2014-2020,stated,ERDF,07.1.1-CPVA-V-906,,,2023-04-30,,,e.txt
dizaino-laboratorija,Dizaino laboratorija Kaune,,,,,,,,,2012-05,2014,,,f.txt
""",
    "project_facts": """\
project_id,field,value,source,quote
urbanm,programme,Interreg Europe,a.txt,INTERREG EUROPE programa
""",
    "budgets": f"""\
project_id,scope,party,item,amount,currency,qualifier,amount_eur,eur_basis,share_pct,share_basis,source,quote
urbanm,project,,total,1831204.0,EUR,exact,1831204.0,stated,,,a.txt,"1.831.204,00 mln. eurų"
urbanm,partner,{VILNIUS},total,126732.0,EUR,exact,126732.0,stated,,,a.txt,"126.732,00 eurų"
urbanm,partner,{VILNIUS},eu,107722.2,EUR,exact,107722.2,stated,85.0,computed,a.txt,"107.722,20 eurų"
urbanm,partner,{VILNIUS},own,8736.45,EUR,exact,8736.45,stated,6.89,computed,a.txt,"8.736,45 eurų"
urban-creative-poles,project,,total,8263543.0,LTL,exact,2393287.5,stated,,,c.txt,"8.263.543,00 Lt (2.393.287,50 Eur)"
urban-creative-poles,partner,{UCP_PARTNER},total,1107105.0,LTL,exact,320639.77,stated,,,c.txt,"1.107.105,00 Lt (320.639,77 Eur)"
urban-creative-poles,partner,{UCP_PARTNER},eu,941039.0,LTL,exact,272543.73,stated,85.0,stated,c.txt,"941.039,00 Lt (272.543,73 Eur)"
urban-creative-poles,partner,{UCP_PARTNER},own,166066.0,LTL,exact,48096.04,stated,15.0,stated,c.txt,"166.066,00 Lt (48.096,04 Eur)"
sb-creative-clusters,project,,total,264145.0,EUR,exact,264145.0,stated,,,d.txt,"264,145.00 EUR"
sb-creative-clusters,project,,eu,217833.25,EUR,exact,217833.25,stated,82.47,computed,d.txt,"217,833.25 EUR"
visagino,project,,eu_national,191920.84,EUR,exact,191920.84,stated,,,e.txt,"191 920,84 Eur"
visagino,project,Visagino savivaldybės administracija,own,43389.55,EUR,exact,43389.55,stated,,,e.txt,"43 389,55 Eur"
dizaino-laboratorija,project,,total,345280.0,LTL,exact,100000.0,converted,,,f.txt,"345 280 Lt"
""",
    "partners": """\
project_id,name,role,org_type,city,country,lat,lon,geo_precision,source,quote
urbanm,Birmingemo Universitetas,lead,university,Birmingham,GB,52.48,-1.89,city,a.txt,Birmingemo Universitetas
urbanm,Vilniaus miesto savivaldybė,partner,municipality,Vilnius,LT,54.69,25.28,city,a.txt,Vilnius
urbanm,Lisabona,partner,municipality,Lisbon,PT,38.72,-9.14,city,a.txt,Lisabona
urbanm,Lacijo regionas,partner,region,,IT,41.9,12.7,region,a.txt,Lacijo regionas
urban-creative-poles,Brandenburg‘o Universitetas,lead,university,Brandenburg an der Havel,DE,52.41,12.53,city,c.txt,Brandenburg‘o Universitetas
urban-creative-poles,Klaipėda,partner,municipality,Klaipėda,LT,55.71,21.13,city,c.txt,Klaipėda / LT
urban-creative-poles,Ostsam,partner,region,,SE,62.0,15.0,country,c.txt,Ostsam / SE
sb-creative-clusters,„Media Dizajn“,partner,company,,PL,52.1,19.4,country,d.txt,„Media Dizajn“ | PL
sb-creative-clusters,VšĮ Rietavo turizmo ir verslo informacijos centras,partner,agency,Rietavas,LT,55.72,21.93,city,d.txt,VšĮ Rietavo turizmo ir verslo informacijos centras | LT
sb-creative-clusters,Asociacija Rietavo moterų užimtumo centras,partner,association,Rietavas,LT,55.72,21.93,city,d.txt,Asociacija Rietavo moterų užimtumo centras | LT
visagino,Visagino savivaldybės administracija,applicant,municipality,Visaginas,LT,55.6,26.43,city,e.txt,Visagino savivaldybės administracija
visagino,Visagino „Atgimimo“ gimnazija,partner,school,Visaginas,LT,55.6,26.43,city,e.txt,Visagino „Atgimimo“ gimnazija
dizaino-laboratorija,Rygos dizaino partneris,partner,,,,,,,f.txt,Rygos dizaino partneris
""",
    "events": """\
project_id,event,date,precision,earliest,latest,source,quote
urbanm,start,2017,year,2017-01-01,2017-12-31,a.txt,2017-2021 metais
urbanm,end,2021,year,2021-01-01,2021-12-31,a.txt,2017-2021 metais
urbanm,presented,--12-03,no_year,,,b.txt,Gruodžio 3 d.
urban-creative-poles,approved,2010-09-17,day,2010-09-17,2010-09-17,c.txt,17/09/2010
urban-creative-poles,start,2010-10-01,day,2010-10-01,2010-10-01,c.txt,2010 m. spalio 1 d.
sb-creative-clusters,start,2020-01-01,day,2020-01-01,2020-01-01,d.txt,2020 m. sausio 01 d.
sb-creative-clusters,end,2021-12-31,day,2021-12-31,2021-12-31,d.txt,2021 m. gruodžio 31 d.
visagino,completed,2023-04-30,day,2023-04-30,2023-04-30,e.txt,2023 m. balandžio 30 d.
dizaino-laboratorija,start,2012-05,month,2012-05-01,2012-05-31,f.txt,2012 m. gegužės mėn.
dizaino-laboratorija,end,2014,year,2014-01-01,2014-12-31,f.txt,2014 m.
""",
    "results": """\
project_id,count,indicator,qualifier,source,quote
urbanm,24.0,gerųjų praktikų aprašymai,at_least,a.txt,ne mažiau kaip 24 gerųjų praktikų aprašymai
""",
    "findings": """\
project_id,check,severity,message,difference,source,quote
urbanm,scale_conflict,error,"A sum written out in full is followed by mln.",,a.txt,"1.831.204,00 mln. eurų"
sb-creative-clusters,share_unstated,info,EU share computed from the sums.,,d.txt,"217,833.25 EUR"
""",
    "contacts": """\
project_id,name,position,email,phone,source,quote
sb-creative-clusters,Aušra Dockevičiūtė,Projekto vadovė,rietavomuc@gmail.com,+370 67382349,d.txt,Projekto vadovė Aušra Dockevičiūtė
""",
}


def write_fixture(folder: Path) -> Path:
    """Write the fixture CSVs (exactly the schema's columns) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in FIXTURE_CSV.items():
        header = pd.read_csv(io.StringIO(text), nrows=0).columns.tolist()
        assert header == TABLES[name].columns, name
        (folder / f"{name}.csv").write_text(text, encoding="utf-8")
    return folder


def fixture_tables(folder: Path):
    """The fixture loaded the way the notebooks load the real tables: ``cwlib.load``, with
    the contacts table, which the completeness table counts."""
    return cwlib.load(write_fixture(folder), include_contacts=True)


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    return fixture_tables(tmp_path_factory.mktemp("fixture"))


# --------------------------------------------------------------------------- labels


def test_project_labels_prefer_english_in_english_and_lithuanian_in_lithuanian(tables):
    en = analysis.project_labels(tables.projects, "en")
    lt = analysis.project_labels(tables.projects, "lt")
    assert en["urbanm"] == "Urban Manufacturing"
    assert en["sb-creative-clusters"] == "SB Creative Clusters"
    assert en["visagino"] == "Visagino inovacijų klasterio įkūrimas"  # no English title
    assert lt["urban-creative-poles"] == "URBAN CREATIVE POLES"
    assert lt["urbanm"].startswith("Bendradarbiavimas su kūrybinėmis")
    assert lt["urbanm"].endswith("…") and len(lt["urbanm"]) <= 40


def test_project_labels_are_unique():
    projects = pd.DataFrame(
        {"project_id": ["a", "b"], "title": ["Same", "Same"], "title_en": [pd.NA, pd.NA]}
    )
    assert list(analysis.project_labels(projects)) == ["Same (a)", "Same (b)"]


def test_unknown_language_is_refused(tables):
    with pytest.raises(ValueError, match="lang"):
        analysis.budget_totals(tables, lang="de")


# --------------------------------------------------------------------------- 00


def test_completeness_marks_each_field_per_project(tables):
    long = analysis.completeness(tables)
    cell = long.set_index(["project_id", "field"])["filled"]
    assert len(long) == 5 * len(analysis.COMPLETENESS_FIELDS)
    assert cell["urbanm", "title_en"] and not cell["visagino", "title_en"]
    assert cell["urbanm", "budget_total"] and not cell["visagino", "budget_total"]
    assert cell["visagino", "eu_funding"]  # EU and state budget together counts as EU funding
    assert not cell["dizaino-laboratorija", "eu_funding"]
    assert cell["visagino", "lead"]  # an applicant leads a national project
    assert not cell["sb-creative-clusters", "lead"]
    assert cell["urbanm", "partners_located"]
    assert not cell["dizaino-laboratorija", "partners_located"]
    assert cell["urbanm", "dated_events"]
    assert cell["sb-creative-clusters", "contacts"] and not cell["urbanm", "contacts"]
    assert not cell["urbanm", "duration_months"] and cell["sb-creative-clusters", "duration_months"]


def test_completeness_table_adds_shares_per_project_and_per_field(tables):
    table = analysis.completeness_table(tables)
    long = analysis.completeness(tables)
    assert table.shape == (6, len(analysis.COMPLETENESS_FIELDS) + 1)
    share = long[long.project_id == "urbanm"]["filled"].mean() * 100
    assert table.loc["Urban Manufacturing", "fields stated (%)"] == f"{share:.0f}"
    assert table.loc["projects with the field (%)", "English title"] == "60"
    assert table.loc["Urban Manufacturing", "English title"] == "✓"


def test_findings_table_puts_errors_first_with_their_quotes(tables):
    table = analysis.findings_table(tables)
    assert list(table["severity"]) == ["error", "info"]
    assert table.loc[0, "quote"] == "1.831.204,00 mln. eurų"
    assert table.loc[0, "project"] == "Urban Manufacturing"
    text = analysis.findings_markdown(tables)
    assert "> 1.831.204,00 mln. eurų" in text and "*a.txt*" in text


def test_tour_findings_are_computed(tables):
    text = analysis.tour_findings(tables)
    assert "5 projects from 6 texts" in text
    assert "13 stated sums" in text and "13 partners" in text
    assert "1 error" in text and "1 caveat" in text
    assert "Inferred, not stated (counted as missing above): period in 2 projects" in text


# --------------------------------------------------------------------------- 01


def test_budget_totals_keep_scopes_apart_and_litas_beside_euro(tables):
    totals = analysis.budget_totals(tables).set_index(["project_id", "scope"])
    ucp = totals.loc[("urban-creative-poles", "project")]
    assert (ucp.amount_eur, ucp.amount, ucp.currency) == (2393287.5, 8263543.0, "LTL")
    assert ucp.group == "whole project" and ucp.total_basis == "stated_total"
    partner = totals.loc[("urban-creative-poles", "partner")]
    assert partner.party == UCP_PARTNER and partner.amount_eur == 320639.77
    assert partner.group.startswith("partner: VšĮ Klaipėdos")
    converted = totals.loc[("dizaino-laboratorija", "project")]
    assert (converted.amount_eur, converted.eur_basis) == (100000.0, "converted")


def test_budget_total_without_a_stated_total_is_the_sum_of_its_parts(tables):
    totals = analysis.budget_totals(tables).set_index("project_id")
    visagino = totals.loc["visagino"]
    assert visagino.total_basis == "sum_of_parts"
    assert visagino.amount_eur == pytest.approx(191920.84 + 43389.55)
    assert visagino.n_stated == 0


def test_budget_totals_expected_frame(tables):
    got = analysis.budget_totals(tables)[["project_id", "scope", "amount_eur", "total_basis"]]
    expected = pd.DataFrame(
        [  # whole projects first, then partners' parts, each largest first
            ("urban-creative-poles", "project", 2393287.5, "stated_total"),
            ("urbanm", "project", 1831204.0, "stated_total"),
            ("sb-creative-clusters", "project", 264145.0, "stated_total"),
            ("visagino", "project", 235310.39, "sum_of_parts"),
            ("dizaino-laboratorija", "project", 100000.0, "stated_total"),
            ("urban-creative-poles", "partner", 320639.77, "stated_total"),
            ("urbanm", "partner", 126732.0, "stated_total"),
        ],
        columns=["project_id", "scope", "amount_eur", "total_basis"],
    )
    assert_frame_equal(got, expected, check_dtype=False)


def test_litas_sums_list_every_litas_row(tables):
    litas = analysis.litas_sums(tables)
    assert len(litas) == 5
    assert set(litas["eur_basis"]) == {"stated", "converted"}
    row = litas[litas["item"] == "eu"].iloc[0]
    assert (row.amount_ltl, row.amount_eur) == (941039.0, 272543.73)


def test_budget_intensity_divides_project_totals_by_partners_and_months(tables):
    got = analysis.budget_intensity(tables).set_index("project_id")
    sb = got.loc["sb-creative-clusters"]
    assert sb.n_partners == 3 and sb.duration_months == 24
    assert sb.eur_per_partner == pytest.approx(264145.0 / 3)
    assert sb.eur_per_month == pytest.approx(264145.0 / 24)
    assert pd.isna(got.loc["urbanm", "eur_per_month"])  # duration not stated
    assert got.loc["urban-creative-poles", "eur_per_month"] == pytest.approx(2393287.5 / 36)
    assert "urban-creative-poles" in got.index and len(got) == 5  # project scope only


def test_budget_findings_are_computed(tables):
    text = analysis.budget_findings(tables)
    assert "4 of 5 projects state a total budget for the whole project" in text
    assert "from €100,000 (Dizaino laboratorija Kaune) to €2,393,288" in text
    assert "5 sums are stated in litas (2 projects)" in text and "1 was converted" in text


# --------------------------------------------------------------------------- 02


def test_funding_split_segments_add_up_to_the_stated_total(tables):
    split = analysis.funding_split(tables)
    vilnius = split[split["party"] == VILNIUS].set_index("item")
    assert list(vilnius.index) == ["eu", "own", "not_stated"]
    assert vilnius.at["not_stated", "amount_eur"] == pytest.approx(126732 - 107722.2 - 8736.45)
    assert vilnius["pct"].sum() == pytest.approx(100)
    assert vilnius.at["eu", "pct"] == pytest.approx(107722.2 / 126732 * 100)
    assert pd.isna(vilnius.at["eu", "share_pct_stated"])  # budgets.csv computed it


def test_funding_split_keeps_eu_and_state_together_unsplit(tables):
    split = analysis.funding_split(tables)
    visagino = split[split["project_id"] == "visagino"].set_index("item")
    assert list(visagino.index) == ["eu_national", "own"]
    assert visagino.at["eu_national", "item_label"] == "EU and state budget together"
    assert visagino["denominator_basis"].unique().tolist() == ["sum_of_parts"]
    assert visagino["pct"].sum() == pytest.approx(100)


def test_funding_split_leaves_out_groups_without_parts(tables):
    split = analysis.funding_split(tables)
    assert "dizaino-laboratorija" not in set(split["project_id"])
    assert not ((split["project_id"] == "urbanm") & (split["scope"] == "project")).any()


def test_eu_shares_one_row_per_group_with_programme_caps(tables):
    shares = analysis.eu_shares(tables).set_index(["project_id", "scope"])
    sb = shares.loc[("sb-creative-clusters", "project")]
    assert sb.eu_pct == pytest.approx(217833.25 / 264145 * 100)
    assert sb.programme_cap_pct == 85
    assert pd.isna(shares.loc[("visagino", "project"), "eu_pct"])
    assert shares.loc[("visagino", "project"), "eu_national_pct"] == pytest.approx(
        191920.84 / (191920.84 + 43389.55) * 100
    )
    assert shares.loc[("urban-creative-poles", "partner"), "eu_pct_stated"] == 85.0


def test_eu_share_findings_are_computed(tables):
    text = analysis.eu_share_findings(tables)
    assert "4 budgets state an EU sum or an EU share" in text
    assert "EU and state money as one sum (Visagino inovacijų klasterio įkūrimas)" in text
    assert "No EU share exceeds" in text


# --------------------------------------------------------------------------- 03


def test_partner_links_join_each_partner_to_the_lead(tables):
    links = analysis.partner_links(tables)
    urbanm = links[links.project_id == "urbanm"]
    assert set(urbanm["from_name"]) == {"Birmingemo Universitetas"}
    assert len(urbanm) == 3
    sb = links[links.project_id == "sb-creative-clusters"]
    assert set(sb["from_name"]) == {"„Media Dizajn“"}  # no lead named: the first partner
    assert "dizaino-laboratorija" not in set(links.project_id)  # nobody placed


def test_country_matrix_counts_partners_per_country(tables):
    matrix = analysis.country_matrix(tables)
    assert matrix.loc["Urban Manufacturing"].to_dict() == {
        "Lithuania": 1,
        "Germany": 0,
        "Sweden": 0,
        "United Kingdom": 1,
        "Portugal": 1,
        "Italy": 1,
        "Poland": 0,
        "not known": 0,
    }
    assert matrix.sum(axis=1).tolist() == [4, 3, 3, 2, 1]  # rows sum to the partners
    assert matrix.loc["Dizaino laboratorija Kaune", "not known"] == 1
    lt = analysis.country_matrix(tables, lang="lt")
    assert "Lietuva" in lt.columns and "nežinoma" in lt.columns


def test_partner_types_count_kinds_and_roles(tables):
    types = analysis.partner_types(tables)
    assert types["count"].sum() == 13
    assert types.iloc[0]["org_type"] == "municipality"
    by_kind = types.groupby("org_type")["count"].sum()
    assert by_kind["municipality"] == 4 and by_kind["unknown"] == 1


def test_geography_findings_are_computed(tables):
    text = analysis.geography_findings(tables)
    assert "13 partners in 5 projects come from 7 countries" in text
    assert "12 are on the map: 9 at their city, 1 at their region's centre and 2 only" in text
    assert "1 could not be placed" in text


# --------------------------------------------------------------------------- 04


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2010-10-01", ("2010-10-01", "2010-10-01", "day")),
        ("2012-05", ("2012-05-01", "2012-05-31", "month")),
        ("2017", ("2017-01-01", "2017-12-31", "year")),
        ("--12-03", (None, None, "no_year")),
        ("", (None, None, None)),
    ],
    ids=["day", "month", "year", "no-year", "empty"],
)
def test_date_bounds_keep_the_stated_precision(value, expected):
    first, last, precision = analysis.date_bounds(value)
    as_text = (
        None if first is None else first.strftime("%Y-%m-%d"),
        None if last is None else last.strftime("%Y-%m-%d"),
        precision,
    )
    assert as_text == expected


def test_timeline_bars_span_the_uncertain_years(tables):
    bars = analysis.timeline_bars(tables).set_index("project_id")
    urbanm = bars.loc["urbanm"]
    assert urbanm.start_precision == "year" and urbanm.end_precision == "year"
    assert urbanm.start_earliest == pd.Timestamp("2017-01-01")
    assert urbanm.start_latest == pd.Timestamp("2017-12-31")
    assert urbanm.end_latest == pd.Timestamp("2021-12-31") and urbanm.drawn
    assert not bars.loc["urban-creative-poles", "drawn"]  # no end stated
    assert not bars.loc["visagino", "drawn"]  # no start stated


def test_timeline_events_keep_no_year_dates_without_a_day(tables):
    events = analysis.timeline_events(tables)
    no_year = events[events["precision"] == "no_year"]
    assert len(no_year) == 1 and pd.isna(no_year.iloc[0]["earliest"])
    assert no_year.iloc[0]["event_label"] == "presentation"


def test_timeline_findings_are_computed(tables):
    text = analysis.timeline_findings(tables)
    assert "3 projects in 2014-2020" in text and "1 project in unknown" in text
    assert "3 of 5 projects state both a start and an end" in text
    assert "1 without a year" in text


def test_period_spans_cover_the_three_periods():
    spans = analysis.period_spans()
    assert list(spans["period"]) == ["2007-2013", "2014-2020", "2021-2027"]
    assert spans.loc[1, "start"] == pd.Timestamp("2014-01-01")


# --------------------------------------------------------------------------- traps (issue 10)


def with_rows(tables, name: str, csv_rows: str, first: bool = False):
    """The tables with extra CSV rows (schema columns) in table ``name``, before or after the rest."""
    extra = pd.read_csv(io.StringIO(",".join(TABLES[name].columns) + "\n" + csv_rows), dtype=str)
    frame = pd.concat([extra, tables[name]] if first else [tables[name], extra])
    folder = write_fixture(Path(tables.folder).parent / f"trap-{name}-{len(extra)}-{first}")
    frame.to_csv(folder / f"{name}.csv", index=False)
    return cwlib.load(folder, include_contacts=True)


def test_a_rate_only_row_does_not_hide_the_amount_of_the_same_item(tables):
    trap = with_rows(
        tables,
        "budgets",
        "sb-creative-clusters,project,,eu,,,,,,82.47,stated,d.txt,ES lėšos sudaro 82.47 proc.\n",
        first=True,
    )
    split = analysis.funding_split(trap, max_rows=None)
    sb = split[split["project_id"] == "sb-creative-clusters"].set_index("item")
    assert sb.at["eu", "amount_eur"] == 217833.25
    assert "not_stated" not in sb.index or sb.at["not_stated", "pct"] < 20
    assert sb.at["eu", "share_pct_stated"] == 82.47  # the stated rate is kept beside the sum
    assert "up to 100" not in analysis.eu_share_findings(trap)


def test_timeline_findings_read_every_stated_start_and_end(tables):
    text = analysis.timeline_findings(tables)
    # URBAN CREATIVE POLES starts in 2010 without an end; Visagino ends in 2023 without a start.
    assert "earliest stated start is in 2010 (URBAN CREATIVE POLES)" in text
    assert "latest stated end is in 2023 (Visagino inovacijų klasterio įkūrimas)" in text


def test_budget_findings_name_texts_that_are_no_project_page(tables):
    assert "Caveat" not in analysis.budget_findings(tables)
    trap = with_rows(
        tables,
        "findings",
        'sb-creative-clusters,call_for_proposals,warning,"The text reads as a call for proposals '
        "(labels 'Teikiama nuo', 'Teikiama iki'): its sums are the call's funds, not a project's "
        'budget.",,d.txt,Teikiama nuo\n',
    )
    apart = analysis.not_one_project(trap)
    assert list(apart["project_id"]) == ["sb-creative-clusters"]
    text = analysis.budget_findings(trap)
    assert (
        "Caveat: 1 project (SB Creative Clusters) comes from a text that "
        "is not one project's own page"
    ) in text


def test_budget_findings_tell_stated_totals_from_sums_of_parts(tables):
    text = analysis.budget_findings(tables)
    assert "4 of 5 projects state a total budget for the whole project" in text
    assert "1 more states only parts of it" in text
    assert "(s)" not in text


def test_eu_pct_stated_holds_only_shares_the_text_states(tables):
    shares = analysis.eu_shares(tables).set_index(["project_id", "scope"])
    assert pd.isna(shares.loc[("sb-creative-clusters", "project"), "eu_pct_stated"])  # computed
    assert shares.loc[("urban-creative-poles", "partner"), "eu_pct_stated"] == 85.0  # stated


def test_completeness_counts_a_person_quoted_at_an_event_as_no_contact(tables):
    trap = with_rows(
        tables,
        "contacts",
        "urbanm,Ona Ona,pavaduotoja,,,b.txt,Renginyje kalbėjusi mero pavaduotoja Ona Ona\n",
    )
    cell = analysis.completeness(trap).set_index(["project_id", "field"])["state"]
    assert cell["urbanm", "contacts"] == "missing"
    assert cell["sb-creative-clusters", "contacts"] == "stated"  # e-mail and phone given


def test_completeness_tells_inferred_periods_and_country_centres_apart(tables):
    cell = analysis.completeness(tables).set_index(["project_id", "field"])["state"]
    assert cell["urbanm", "period"] == "inferred"  # from the dates, not stated
    assert cell["sb-creative-clusters", "period"] == "stated"
    assert cell["sb-creative-clusters", "partners_located"] == "missing"  # one at PL's centre
    assert cell["urbanm", "partners_located"] == "stated"  # cities and a region


def write_many(folder: Path, n: int = 120, seed: int = 7) -> Path:
    """``n`` synthetic projects in the schema's columns: enough rows to test that figures scale.

    Every kind of row the figures draw is there in numbers: whole-project and partner budgets,
    partners in up to 14 countries with and without a lead, dates and events of all three
    periods, results, contacts. Values come from a seeded generator, so the tables are the
    same on every run.
    """
    import random

    rng = random.Random(seed)
    cities = [
        ("Vilnius", "LT", 54.69, 25.28),
        ("Kaunas", "LT", 54.9, 23.9),
        ("Klaipėda", "LT", 55.71, 21.13),
        ("Šiauliai", "LT", 55.93, 23.31),
        ("Riga", "LV", 56.95, 24.11),
        ("Tallinn", "EE", 59.44, 24.75),
        ("Gdańsk", "PL", 54.35, 18.65),
        ("Rostock", "DE", 54.09, 12.1),
        ("Malmö", "SE", 55.6, 13.0),
        ("Turku", "FI", 60.45, 22.27),
        ("Aarhus", "DK", 56.16, 10.2),
        ("Lisbon", "PT", 38.72, -9.14),
        ("Bologna", "IT", 44.49, 11.34),
        ("Utrecht", "NL", 52.09, 5.12),
        ("Brno", "CZ", 49.2, 16.6),
        ("Grodno", "BY", 53.68, 23.83),
    ]
    programmes = [
        ("Interreg Baltic Sea Region", "stated"),
        ("Interreg South Baltic", "code"),
        ("Interreg Latvia-Lithuania", "stated"),
        ("Interreg Europe", "stated"),
        ("EU Funds Investments Operational Programme", "inferred"),
        ("", ""),
    ]
    rows: dict[str, list[str]] = {name: [] for name in TABLES}
    for i in range(n):
        pid = f"p{i:03d}"
        programme, basis = programmes[i % len(programmes)]
        period = ("2007-2013", "2014-2020", "2021-2027")[i % 3]
        first = int(period[:4]) + rng.randint(0, 5)
        months = rng.choice([12, 18, 24, 30, 36, 48])
        start = f"{first}-{rng.randint(1, 12):02d}-01"
        end_year = first + months // 12
        end = f"{end_year}-{rng.randint(1, 12):02d}-28" if i % 5 else ""
        title = f"Kūrybinis projektas numeris {i} apie amatus ir dizainą"
        rows["projects"].append(
            f'{pid},"{title}",PROJ{i},{programme},{basis},{period},'
            f"{'stated' if i % 2 else 'from_dates'},ERDF,,,{start},{end},{months},,{pid}.txt"
        )
        total = rng.randint(50, 5000) * 1000.0
        eu = round(total * rng.choice([0.75, 0.8, 0.85, 0.9]), 2)
        rows["budgets"].append(
            f"{pid},project,,total,{total},EUR,exact,{total},stated,,,{pid}.txt,{total}"
        )
        rows["budgets"].append(
            f"{pid},project,,eu,{eu},EUR,exact,{eu},stated,{eu / total * 100:.2f},computed,{pid}.txt,{eu}"
        )
        picks = rng.sample(cities, rng.randint(2, 7))
        if i % 4 and not any(c == "LT" for _, c, _, _ in picks):
            picks[0] = cities[rng.randint(0, 3)]
        for k, (city, country, lat, lon) in enumerate(picks):
            role = "lead" if k == 0 and i % 3 else "partner"
            name = f"{city} partneris {i}-{k}"
            rows["partners"].append(
                f"{pid},{name},{role},municipality,{city},{country},{lat},{lon},city,{pid}.txt,{name}"
            )
            if country == "LT" and k < 2 and i % 2:
                part = round(total / len(picks), 2)
                rows["budgets"].append(
                    f"{pid},partner,{name},total,{part},EUR,exact,{part},stated,,,{pid}.txt,{part}"
                )
                rows["budgets"].append(
                    f"{pid},partner,{name},eu,{part * 0.85:.2f},EUR,exact,{part * 0.85:.2f},stated,"
                    f"85,stated,{pid}.txt,{part * 0.85:.2f}"
                )
        rows["events"].append(f"{pid},start,{start},day,{start},{start},{pid}.txt,{start}")
        approved = f"{first}-01-01" if start[5:7] != "01" else f"{first - 1}-12-01"
        rows["events"].append(
            f"{pid},approved,{approved},day,{approved},{approved},{pid}.txt,{approved}"
        )
        if end:
            rows["events"].append(f"{pid},end,{end},day,{end},{end},{pid}.txt,{end}")
        for kind, count in (("dalyvių", 40 + i), ("seminarai", 1 + i % 6), ("veiksmų planai", 2)):
            if rng.random() < 0.6:
                rows["results"].append(f"{pid},{count},{kind},exact,{pid}.txt,{count} {kind}")
        if i % 3 == 0:
            rows["contacts"].append(
                f"{pid},Vardas Pavardė,projekto vadovė,v{i}@example.lt,,{pid}.txt,Projekto vadovė"
            )
    folder.mkdir(parents=True, exist_ok=True)
    for name, table in TABLES.items():
        text = ",".join(table.columns) + "\n" + "".join(r + "\n" for r in rows[name])
        (folder / table.filename).write_text(text, encoding="utf-8")
    return folder
