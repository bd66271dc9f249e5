"""Golden tables for the five seed texts: every figure, partner, date and result they state.

The expected rows were read off the texts by hand (not copied from the parser's output); each
block says which sentence it comes from. Columns that hold provenance (quote, source) are
checked separately: every quote must be in its source and state the value.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from cwlib import paths
from cwlib.build.load import load
from cwlib.build.pipeline import build

UM = "urban-manufacturing"
UCP = "urban-creative-poles"
SBC = "sb-creative-clusters"
VIS = "visagino-inovaciju-klasterio-ikurimas"
VILNIUS_ADMIN = "Vilniaus miesto savivaldybės administracija"
KLAIPEDA_AGENCY = "VšĮ Klaipėdos ekonominės plėtros agentūra"


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory):
    out: Path = tmp_path_factory.mktemp("golden") / "clean"
    build(paths.RAW_DIR, out, jobs=1)
    return load(out, include_contacts=True)


def _frame(rows: list[tuple], columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=columns)


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """Text columns as Python objects with None for missing, whatever pandas' string dtype."""
    frame = frame.copy()
    for column in frame.columns:
        if str(frame[column].dtype) == "Int64":
            frame[column] = frame[column].astype("float64")
        if not pd.api.types.is_numeric_dtype(frame[column]) or isinstance(
            frame[column].dtype, pd.CategoricalDtype
        ):
            frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    return frame


def _compare(actual: pd.DataFrame, expected: pd.DataFrame, keys: list[str]) -> None:
    got = _plain(actual[expected.columns])
    exp = _plain(expected)
    got = got.sort_values(keys).reset_index(drop=True)
    exp = exp.sort_values(keys).reset_index(drop=True)
    assert_frame_equal(got, exp, check_dtype=False, check_exact=False, atol=0.006)


def test_projects(tables) -> None:
    columns = [
        "project_id", "title", "title_en", "programme", "programme_basis", "period",
        "period_basis", "fund", "project_number", "measure_code", "start_date", "end_date",
        "duration_months", "url", "sources",
    ]  # fmt: skip
    expected = _frame(
        [
            # 000 + 001: the same project (same Lithuanian title), merged.
            (
                UM,
                "Bendradarbiavimas su kūrybinėmis laboratorijomis ir centrais, skatinant kūrybines inovacijas",
                "Urban Manufacturing – Stimulating Innovation Through Collaborative Maker Spaces",
                "Interreg Europe",
                "stated",
                "2014-2020",
                "from_dates",
                None,
                None,
                None,
                "2017",
                "2021",
                None,
                "https://www.interregeurope.eu/urbanm/",
                "000_e14d4e94a4d07b42.txt;001_af0e0d11c5803ac0.txt",
            ),
            # 002: "(projektas patvirtintas 17/09/2010, Nr. 3025)", "Įgyvendinimo laikotarpis 36 mėnesiai",
            # "Pradžia – 2010 m. spalio 1 d."; no programme is named, but "… Baltijos jūros
            # regione" with partners in DE, PL, SE and EE and a 2010 start: the Baltic Sea
            # Region programme, inferred.
            (
                UCP,
                "Urbanistinės traukos erdvės",
                "URBAN CREATIVE POLES",
                "Interreg Baltic Sea Region",
                "inferred",
                "2007-2013",
                "from_dates",
                None,
                "3025",
                None,
                "2010-10-01",
                None,
                36,
                None,
                "002_11f9f83c3be7bd1c.txt",
            ),
            # 003: "Interreg V-A Pietų Baltijos … programa 2014-2020, projekto Nr. SHTB …",
            # "Projekto trukmė – 24 mėn. nuo 2020 m. sausio 01 d. iki 2021 m. gruodžio 31 d.", ERDF.
            (
                SBC,
                "Pietų Baltijos kūrybinis klasteris – sąveikaujančių kūrybinių klasterių Pietų Baltijos regione tinklo inicijavimas",
                "SB Creative Clusters – Initiating a network of interacting creative clusters in the SB Region",
                "Interreg South Baltic",
                "stated",
                "2014-2020",
                "stated",
                "ERDF",
                "SHTB 05.01.00-32-0142/18-00",
                None,
                "2020-01-01",
                "2021-12-31",
                24,
                None,
                "003_97b43cf447b6cd8a.txt",
            ),
            # 004: "2014–2020 metų Europos Sąjungos fondų investicijų veiksmų programos", ERDF,
            # "2023 m. balandžio 30 d. … baigė įgyvendinti projektą"; Nr. 07.1.1-CPVA-V-906 is a measure.
            (
                VIS,
                "Visagino inovacijų klasterio įkūrimas",
                None,
                "EU Funds Investments Operational Programme",
                "stated",
                "2014-2020",
                "stated",
                "ERDF",
                None,
                "07.1.1-CPVA-V-906",
                None,
                "2023-04-30",
                None,
                None,
                "004_4b3137e424eb0b95.txt",
            ),
        ],
        columns,
    )
    _compare(tables.projects, expected, ["project_id"])


def test_budgets(tables) -> None:
    columns = [
        "project_id",
        "scope",
        "party",
        "item",
        "amount",
        "currency",
        "amount_eur",
        "eur_basis",
        "share_pct",
        "share_basis",
    ]
    expected = _frame(
        [
            # "Projekto bendra vertė – 1.831.204,00 mln. eurų": figure kept as written, scale word a finding.
            (UM, "project", None, "total", 1831204.00, "EUR", 1831204.00, "stated", None, None),
            # "Vilniaus miesto savivaldybės administracijos projekto vertė 126.732,00 eurų, Europos Sąjungos
            # lėšos – 107.722,20 eurų, savivaldybės lėšos … – 8.736,45 eurų": the partner's budget.
            (
                UM,
                "partner",
                VILNIUS_ADMIN,
                "total",
                126732.00,
                "EUR",
                126732.00,
                "stated",
                None,
                None,
            ),
            (
                UM,
                "partner",
                VILNIUS_ADMIN,
                "eu",
                107722.20,
                "EUR",
                107722.20,
                "stated",
                85.00,
                "computed",
            ),
            (
                UM,
                "partner",
                VILNIUS_ADMIN,
                "own",
                8736.45,
                "EUR",
                8736.45,
                "stated",
                6.89,
                "computed",
            ),
            # Litas with the euro figure beside it: one fact each.
            (UCP, "project", None, "total", 8263543.00, "LTL", 2393287.50, "stated", None, None),
            (
                UCP,
                "partner",
                KLAIPEDA_AGENCY,
                "total",
                1107105.00,
                "LTL",
                320639.77,
                "stated",
                None,
                None,
            ),
            (
                UCP,
                "partner",
                KLAIPEDA_AGENCY,
                "eu",
                941039.00,
                "LTL",
                272543.73,
                "stated",
                85.0,
                "stated",
            ),
            (
                UCP,
                "partner",
                KLAIPEDA_AGENCY,
                "own",
                166066.00,
                "LTL",
                48096.04,
                "stated",
                15.0,
                "stated",
            ),
            # "Bendras projekto biudžetas – 264,145.00 EUR, bendrasis … ERDF – 217,833.25 EUR".
            (SBC, "project", None, "total", 264145.00, "EUR", 264145.00, "stated", None, None),
            (SBC, "project", None, "eu", 217833.25, "EUR", 217833.25, "stated", 82.47, "computed"),
            # "Europos regioninės plėtros fondas ir LR valstybės biudžetas finansavo 191 920,84 Eur,
            # Visagino savivaldybės administracijos įnašas į projektą – 43 389,55 Eur": no total stated.
            (
                VIS,
                "project",
                None,
                "eu_national",
                191920.84,
                "EUR",
                191920.84,
                "stated",
                None,
                None,
            ),
            (
                VIS,
                "project",
                "Visagino savivaldybės administracija",
                "own",
                43389.55,
                "EUR",
                43389.55,
                "stated",
                None,
                None,
            ),
        ],
        columns,
    )
    _compare(tables.budgets, expected, ["project_id", "scope", "item", "amount"])


def test_partners(tables) -> None:
    columns = ["project_id", "name", "role", "org_type", "city", "country", "geo_precision"]
    expected = _frame(
        [
            (UM, "Birmingemo Universitetas", "lead", "university", "Birmingham", "GB", "city"),
            # "Vilnius, kaip ir kiti miestai – …" and, in 001, "Vilniaus miesto savivaldybė dalyvauja …":
            # the city and its municipality are one partner.
            (UM, "Vilniaus miesto savivaldybė", "partner", "municipality", "Vilnius", "LT", "city"),
            (UM, "Lisabona", "partner", "municipality", "Lisbon", "PT", "city"),
            (UM, "Lacijo regionas", "partner", "region", None, "IT", "region"),
            (
                UM,
                "Fomento San Sebastijanas",
                "partner",
                "agency",
                "Donostia / San Sebastián",
                "ES",
                "city",
            ),
            (UM, "Zagrebas", "partner", "municipality", "Zagreb", "HR", "city"),
            (UM, "Bratislava", "partner", "municipality", "Bratislava", "SK", "city"),
            (UM, "Kranis", "partner", "municipality", "Kranj", "SI", "city"),
            (
                UCP,
                "Brandenburg‘o Universitetas",
                "lead",
                "university",
                "Brandenburg an der Havel",
                "DE",
                "city",
            ),
            (UCP, "Klaipėda", "partner", "municipality", "Klaipėda", "LT", "city"),
            (
                UCP,
                "Brandenburg",
                "partner",
                "municipality",
                "Brandenburg an der Havel",
                "DE",
                "city",
            ),
            (UCP, "Cottbus", "partner", "municipality", "Cottbus", "DE", "city"),
            (UCP, "Zielona Gora", "partner", "municipality", "Zielona Góra", "PL", "city"),
            (UCP, "Linköping", "partner", "municipality", "Linköping", "SE", "city"),
            # "Ostsam / SE": no such place in the gazetteer; only the country is known.
            (UCP, "Ostsam", "partner", "other", None, "SE", "country"),
            (UCP, "Tartu", "partner", "municipality", "Tartu", "EE", "city"),
            (SBC, "Media Dizajn", "partner", "company", None, "PL", "country"),
            (SBC, "Rostoko Hansos miestas", "partner", "municipality", "Rostock", "DE", "city"),
            (
                SBC,
                "VšĮ Rietavo turizmo ir verslo informacijos centras",
                "partner",
                "agency",
                "Rietavas",
                "LT",
                "city",
            ),
            (
                SBC,
                "Asociacija Rietavo moterų užimtumo centras",
                "partner",
                "association",
                "Rietavas",
                "LT",
                "city",
            ),
            (
                SBC,
                "Lenkijos savivaldybių asociacija Euroregion Baltic",
                "partner",
                "association",
                None,
                "PL",
                "country",
            ),
            (SBC, "Kreativum mokslo centras", "partner", "other", None, "SE", "country"),
            (
                VIS,
                "Visagino savivaldybės administracija",
                "applicant",
                "municipality",
                "Visaginas",
                "LT",
                "city",
            ),
            (VIS, "Visagino kultūros centras", "partner", "cultural", "Visaginas", "LT", "city"),
            (VIS, "Visagino „Atgimimo“ gimnazija", "partner", "school", "Visaginas", "LT", "city"),
            (VIS, "Visagino „Verdenės“ gimnazija", "partner", "school", "Visaginas", "LT", "city"),
        ],
        columns,
    )
    _compare(tables.partners, expected, ["project_id", "name"])
    # Organisations named only for publicity ("Projekto viešinimas:") or as the author of the
    # disclaimer are not partners.
    names = set(tables.partners["name"])
    for not_partner in (
        "Užupio meno inkubatorius",
        "Menų fabrikas LOFTAS",
        "Lietuvos Nacionalinė Martyno Mažvydo biblioteka",
    ):
        assert not any(not_partner in n for n in names)


def test_partner_coordinates_are_plausible(tables) -> None:
    partners = tables.partners.set_index("name")
    assert partners.loc["Birmingemo Universitetas", "lat"] == pytest.approx(52.48, abs=0.1)
    assert partners.loc["Kranis", "lon"] == pytest.approx(14.36, abs=0.1)
    assert partners[["lat", "lon"]].notna().all().all()


def test_events(tables) -> None:
    columns = ["project_id", "event", "date", "precision"]
    expected = _frame(
        [
            (UM, "start", "2017", "year"),  # "Projektas yra įgyvendinamas 2017-2021 metais."
            (UM, "end", "2021", "year"),
            (UM, "presented", "--12-03", "no_year"),  # "Gruodžio 3 d. … veiksmų plano pristatymas"
            (UCP, "approved", "2010-09-17", "day"),  # "projektas patvirtintas 17/09/2010"
            (UCP, "start", "2010-10-01", "day"),  # "Pradžia – 2010 m. spalio 1 d."
            (SBC, "start", "2020-01-01", "day"),
            (SBC, "end", "2021-12-31", "day"),
            (
                VIS,
                "completed",
                "2023-04-30",
                "day",
            ),  # "2023 m. balandžio 30 d. … baigė įgyvendinti"
        ],
        columns,
    )
    _compare(tables.events, expected, ["project_id", "event"])
    no_year = tables.events[tables.events["precision"] == "no_year"]
    assert no_year["earliest"].isna().all() and no_year["latest"].isna().all()


def test_results(tables) -> None:
    columns = ["project_id", "count", "qualifier"]
    expected = _frame(
        [
            (UM, 24, "at_least"),  # "Publikuoti ne mažiau kaip 24 gerųjų praktikų aprašymai."
            (UM, 14, "exact"),  # "Suorganizuota 14 mokomųjų vizitų ir 8 seminarai / konferencijos."
            (UM, 8, "exact"),
            (UM, 13, "exact"),  # "Įvykdyta 13 politikos priemonių peržiūros ir vertinimo sesijų."
            (UM, 8, "exact"),  # "Suburtos 8 vietos veiklos grupės."
            (UM, 8, "exact"),  # "Parengti 8 miestų / regionų vietiniai veiksmų planai."
            (UCP, 5, "exact"),  # "Parengiami 5 mokymų … paketai"
            (UCP, 750, "about"),  # "Apie 750 valandų bus skirta konsultacijoms ir mokymams"
            (UCP, 5, "exact"),  # "bus įkurti 5 daugiašaliai klasteriai"
            (UCP, 5, "exact"),  # "5 smulkūs bandomieji projektai bus įgyvendinami"
        ],
        columns,
    )
    _compare(tables.results, expected, ["project_id", "count", "qualifier"])
    indicators = set(tables.results["indicator"])
    assert {
        "gerųjų praktikų aprašymai",
        "seminarai / konferencijos",
        "daugiašaliai klasteriai",
    } <= indicators


def test_findings(tables) -> None:
    findings = tables.findings
    got = {(r.project_id, r.check, r.severity) for r in findings.itertuples()}
    assert got == {
        (UM, "scale_word", "error"),  # "1.831.204,00 mln. eurų"
        # 107 722,20 + 8 736,45 = 116 458,65, not the partner's 126 732,00.
        (UM, "parts_sum_mismatch", "warning"),
        (UM, "date_without_year", "info"),
    }
    mismatch = findings[findings["check"] == "parts_sum_mismatch"].iloc[0]
    assert mismatch["difference"] == pytest.approx(-10273.35)
    assert "10 273.35" in mismatch["message"]


def test_contacts_are_kept_apart(tables) -> None:
    contacts = tables.contacts
    # the vice-mayor who took part in an event and shared her views ("pasidalino") is a
    # guest, no contact of the project (round 14b)
    assert set(contacts["name"]) == {"Aušra Dockevičiūtė"}
    assert "rietavomuc@gmail.com" in set(contacts["email"])
    assert "+370 67382349" in set(contacts["phone"])
    for name, frame in tables.items():
        if name == "contacts":
            continue
        text = frame.astype(str).to_string()
        assert "rietavomuc" not in text and "67382349" not in text and "Dockevičiūtė" not in text, (
            name
        )


def test_every_value_has_a_quote_in_its_source(tables) -> None:
    from cwlib.read.source import read_source

    texts = {p.name: read_source(p) for p in paths.RAW_DIR.glob("*.txt")}
    for name, frame in tables.items():
        if "quote" not in frame.columns or frame.empty:
            continue
        assert frame["quote"].notna().all(), name
        for row in frame.itertuples():
            assert row.quote in texts[row.source], (name, row.quote)
    quotes = tables.budgets.set_index("amount")["quote"]
    assert "1.831.204,00 mln. eurų" in quotes[1831204.0]
    assert "8.263.543,00 Lt (2.393.287,50 Eur)" in quotes[8263543.0]
    facts = tables.project_facts.set_index(["project_id", "field"])["quote"]
    assert "Nr. 3025" in facts[(UCP, "project_number")]
    assert "24" in facts[(SBC, "duration_months")]
