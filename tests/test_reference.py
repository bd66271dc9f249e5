"""The reference tables in data/reference: programmes.csv checked against itself, the caps and the corpus.

``programmes.csv`` is where the canonical programme names, their written forms and the shapes of
project numbers and measure codes live (``data/reference/README.md``). These tests keep it
consistent: one row per programme and period, kinds and periods from their sets, every row
sourced, every pattern compiling and telling the codes seen on real pages to the right row, every
cap key present in ``cofinancing_caps.csv``, and every programme the genre corpus expects present.
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest

from cwlib import paths
from cwlib.lexicon import programmes
from cwlib.schema import PERIODS

PROGRAMMES_CSV = paths.REFERENCE_DIR / "programmes.csv"
CAPS_CSV = paths.REFERENCE_DIR / "cofinancing_caps.csv"
GENRE_DIR = Path(__file__).parent / "genre"

COLUMNS = (
    "programme",
    "period",
    "eu_period",
    "kind",
    "name_lt",
    "aliases",
    "number_prefixes",
    "number_pattern",
    "measure_code_pattern",
    "fund",
    "cap_key",
    "source_url",
    "note",
)
KINDS = ("cooperation", "national", "rural", "eea_norway", "eu_programme", "nordic")
LIST_COLUMNS = ("aliases", "number_prefixes", "fund")
PERIOD_FORM = re.compile(r"(\d{4})-(\d{4})")

# Codes as pages write them, with the programme and period they belong to. A pattern that
# stops telling one of them to its row, or starts claiming it for another, fails here.
NUMBER_EXAMPLES = {
    "PGI05123": ("Interreg Europe", "2014-2020"),
    "#R095": ("Interreg Baltic Sea Region", "2014-2020"),
    "#C031": ("Interreg Baltic Sea Region", "2021-2027"),
    "STHB.04.01.00-LT-0123/17": ("Interreg South Baltic", "2014-2020"),
    "STHB.02.03-IP.01-0006/23": ("Interreg South Baltic", "2021-2027"),
    "CB426": ("Interreg Central Baltic", "2014-2020"),
    "LT-PL/066": ("Interreg Lithuania-Poland", "2007-2013"),
    "LT-PL-4R-326": ("Interreg Lithuania-Poland", "2014-2020"),
    "LTPL.03.01-IP.01-0021/23": ("Interreg Lithuania-Poland", "2021-2027"),
    "LTPL00027": ("Interreg Lithuania-Poland", "2021-2027"),
    "LLIV-326": ("Interreg Latvia-Lithuania", "2007-2013"),
    "LLIII-198": ("Interreg Latvia-Lithuania", "2007-2013"),
    "LLI-501": ("Interreg Latvia-Lithuania", "2014-2020"),
    "LL-00047": ("Interreg Latvia-Lithuania", "2021-2027"),
    "LLB-2-208": ("ENPI Latvia-Lithuania-Belarus Cross-border Cooperation", "2007-2013"),
    "ENI-LLB-1-108": ("ENI Latvia-Lithuania-Belarus", "2014-2020"),
    "LPR1/010/072": ("ENPI Lithuania-Poland-Russia Cross-border Cooperation", "2007-2013"),
    "LT-RU-2-071": ("ENI Lithuania-Russia", "2014-2020"),
    "VP1-1.1-SADM-11-K-01-078": ("Human Resources Development Operational Programme", "2007-2013"),
    "VP2-2.1-ŪM-06-K-01-014": ("Economic Growth Operational Programme", "2007-2013"),
    "VP3-1.2-VRM-01-R-82-019": ("Cohesion Promotion Operational Programme", "2007-2013"),
    "08.2.1-CPVA-R-908-41-0003": ("EU Funds Investments Operational Programme", "2014-2020"),
    "09.2.1-ESFA-K-728-02-0035": ("EU Funds Investments Operational Programme", "2014-2020"),
    "05-001-01-05-07-0012": ("EU Funds Investment Programme", "2021-2027"),
    "20KI-KS-17-1-01654-PR001": ("Rural Development Programme for Lithuania", "2014-2020"),
    "63VS-KL-17-1-03639-PR001": ("Fisheries Operational Programme", "2014-2020"),
    "EEE-LT06-KM-01-K-01-055": ("EEA and Norway Grants", "2009-2014"),
    "2020-1-RO01-KA229-079887": ("Erasmus+", "2014-2020"),
    "2021-1-LT01-KA220-SCH-000034567": ("Erasmus+", "2021-2027"),
    "NPJR-2019/10234": ("Nordplus", ""),
    "NPAD-2022/10456": ("Nordplus", ""),
}
SHARED_NUMBER_FORMS = {
    # The paying agency numbers rural development and fisheries projects in one form: the
    # table gives the form to both rows, and the text's programme or fund tells them apart.
    frozenset(
        {
            ("Rural Development Programme for Lithuania", "2014-2020"),
            ("Fisheries Operational Programme", "2014-2020"),
        }
    ),
}
SHARED_MEASURE_FORMS = {
    # The ministries' progress measures (pažangos priemonės, 2021-2030) are paid by the EU
    # funds' programme and by the Recovery Facility alike: the text's programme tells which.
    frozenset(
        {
            ("EU Funds Investment Programme", "2021-2027"),
            ("Recovery and Resilience Facility", "2021-2026"),
        }
    ),
}
MEASURE_EXAMPLES = {
    "07.1.1-CPVA-V-906": ("EU Funds Investments Operational Programme", "2014-2020"),
    "09.2.1-ESFA-K-728": ("EU Funds Investments Operational Programme", "2014-2020"),
    "08.2.1-CPVA-R-908": ("EU Funds Investments Operational Programme", "2014-2020"),
    "01.2.1-LMT-K-718": ("EU Funds Investments Operational Programme", "2014-2020"),
    "VP3-1.4-AM-01-V": ("Cohesion Promotion Operational Programme", "2007-2013"),
    "VP1-2.2-ŠMM-06-V": ("Human Resources Development Operational Programme", "2007-2013"),
    "VP2-2.1-ŪM-06-K": ("Economic Growth Operational Programme", "2007-2013"),
    "05-001-01-05-07": ("EU Funds Investment Programme", "2021-2027"),
    "08-001-04-05-01": ("EU Funds Investment Programme", "2021-2027"),
    # a local action group's strategy measure under the rural programme's LEADER (measure 19)
    "LEADER-19.2-SAVA-4": ("Rural Development Programme for Lithuania", "2014-2020"),
    "LEADER-19.2-6.2": ("Rural Development Programme for Lithuania", "2014-2020"),
}


@cache
def programme_rows() -> tuple[dict[str, str], ...]:
    with open(PROGRAMMES_CSV, encoding="utf-8", newline="") as f:
        return tuple(csv.DictReader(f))


@cache
def cap_rows() -> tuple[dict[str, str], ...]:
    with open(CAPS_CSV, encoding="utf-8", newline="") as f:
        return tuple(csv.DictReader(f))


def _items(value: str) -> list[str]:
    return value.split("|") if value else []


def _rows_matching(code: str, column: str) -> set[tuple[str, str]]:
    return {
        (r["programme"], r["period"])
        for r in programme_rows()
        if r[column] and re.fullmatch(r[column], code)
    }


def _genre_expected() -> list[tuple[str, dict]]:
    return [
        (p.name, json.loads(p.read_text(encoding="utf-8")))
        for p in sorted(GENRE_DIR.glob("*.expected.json"))
    ]


# --------------------------------------------------------------------------- the table itself


def test_columns_and_cells() -> None:
    with open(PROGRAMMES_CSV, encoding="utf-8", newline="") as f:
        assert tuple(next(csv.reader(f))) == COLUMNS
    problems = []
    for r in programme_rows():
        where = f"{r['programme']} {r['period']}"
        for column, value in r.items():
            if value != value.strip():
                problems.append(f"{where}: {column} has outer spaces")
        for column in LIST_COLUMNS:
            items = _items(r[column])
            if any(not item.strip() or item != item.strip() for item in items):
                problems.append(f"{where}: {column} has an empty or padded item")
            if len(items) != len(set(items)):
                problems.append(f"{where}: {column} repeats an item")
        if not r["name_lt"] or not r["aliases"] or not r["fund"]:
            problems.append(f"{where}: name_lt, aliases and fund are required")
    assert not problems, problems


def test_one_row_per_programme_and_period() -> None:
    keys = [(r["programme"], r["period"]) for r in programme_rows()]
    assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]


def test_kinds_are_from_the_set() -> None:
    assert {r["kind"] for r in programme_rows()} <= set(KINDS)
    for name in {r["programme"] for r in programme_rows()}:
        kinds = {r["kind"] for r in programme_rows() if r["programme"] == name}
        assert len(kinds) == 1, f"{name} has several kinds: {kinds}"


def test_periods_are_well_formed() -> None:
    by_programme: dict[str, list[str]] = defaultdict(list)
    for r in programme_rows():
        by_programme[r["programme"]].append(r["period"])
    problems = []
    for r in programme_rows():
        name, period, eu_period = r["programme"], r["period"], r["eu_period"]
        if not period:
            if by_programme[name] != [""]:
                problems.append(f"{name}: an empty period (any period) must be its only row")
            if eu_period:
                problems.append(f"{name}: eu_period without a period")
            continue
        m = PERIOD_FORM.fullmatch(period)
        if not m or not 2000 <= int(m[1]) < int(m[2]) <= 2035:
            problems.append(f"{name}: period {period!r}")
        if eu_period and eu_period not in PERIODS:
            problems.append(f"{name} {period}: eu_period {eu_period!r} is not an EU period")
        if r["kind"] == "eea_norway":
            if eu_period:
                problems.append(f"{name} {period}: grants have no EU period of their own")
        elif period in PERIODS and eu_period != period:
            problems.append(f"{name} {period}: eu_period {eu_period!r} should equal the period")
        elif not eu_period and int(m[2]) >= int(PERIODS[0][:4]):
            # (a programme that ended before the first EU period has none: Interreg III)
            problems.append(f"{name} {period}: an EU-funded row needs its eu_period")
    assert not problems, problems


def test_every_row_has_a_source() -> None:
    missing = [
        f"{r['programme']} {r['period']}"
        for r in programme_rows()
        if not re.fullmatch(r"https?://\S+", r["source_url"])
    ]
    assert not missing, f"rows without a source_url: {missing}"


def test_every_cap_key_is_in_the_caps_table() -> None:
    caps = {(r["programme"], r["period"]) for r in cap_rows()}
    missing = [
        (r["cap_key"], r["period"])
        for r in programme_rows()
        if r["cap_key"] and (r["cap_key"], r["period"]) not in caps
    ]
    assert not missing, f"cap keys with no row of that period in cofinancing_caps.csv: {missing}"


def test_every_caps_row_is_reachable_from_a_programme() -> None:
    keyed = {(r["cap_key"], r["period"]) for r in programme_rows() if r["cap_key"]}
    orphans = {(r["programme"], r["period"]) for r in cap_rows()} - keyed
    assert not orphans, f"caps no programme row points to (set its cap_key): {sorted(orphans)}"


def test_patterns_compile() -> None:
    problems = []
    for r in programme_rows():
        for column in ("number_pattern", "measure_code_pattern"):
            try:
                re.compile(r[column])
            except re.error as exc:
                problems.append(f"{r['programme']} {r['period']} {column}: {exc}")
    assert not problems, problems


def test_measure_codes_only_for_national_programmes() -> None:
    """Measure codes are Lithuania's own: the cohesion programmes' and the rural programme's
    (its local strategies' LEADER-19.N-… measures); a cooperation or EU programme has none."""
    wrong = [
        f"{r['programme']} {r['period']}"
        for r in programme_rows()
        if r["measure_code_pattern"] and r["kind"] not in ("national", "rural")
    ]
    assert not wrong, wrong


def test_an_alias_names_one_programme() -> None:
    names: dict[str, set[str]] = defaultdict(set)
    for r in programme_rows():
        for alias in _items(r["aliases"]):
            names[alias.casefold()].add(r["programme"])
    shared = {alias: sorted(p) for alias, p in names.items() if len(p) > 1}
    assert not shared, f"aliases that name more than one programme: {shared}"


def test_written_forms_tell_one_programme_per_period() -> None:
    """The parser reads the aliases as patterns (any case, any dash): two programmes may share
    a written form only as generations of different periods (ENPI 2007-2013, ENI 2014-2020)."""
    for alias in programmes.aliases():  # the loader refuses a form two programmes share
        periods = [r.eu_period for r in alias.rows if r.programme != alias.programme]
        assert not set(periods) & {
            r.eu_period for r in alias.rows if r.programme == alias.programme
        }


# --------------------------------------------------------------------------- codes


@pytest.mark.parametrize(("code", "want"), NUMBER_EXAMPLES.items(), ids=list(NUMBER_EXAMPLES))
def test_project_number_points_to_its_row(code: str, want: tuple[str, str]) -> None:
    """A number's form points to its row, or to the rows that share the form by the table."""
    found = _rows_matching(code, "number_pattern")
    assert found == {want} or (want in found and frozenset(found) in SHARED_NUMBER_FORMS)
    assert _rows_matching(code, "measure_code_pattern") == set(), "a project number is no measure"
    row = next(r for r in programme_rows() if (r["programme"], r["period"]) == want)
    prefixes = _items(row["number_prefixes"])
    assert not prefixes or code.startswith(tuple(prefixes)), (
        f"{code} starts with none of {prefixes}"
    )


@pytest.mark.parametrize(("code", "want"), MEASURE_EXAMPLES.items(), ids=list(MEASURE_EXAMPLES))
def test_measure_code_belongs_to_one_row(code: str, want: tuple[str, str]) -> None:
    found = _rows_matching(code, "measure_code_pattern")
    assert found == {want} or (want in found and frozenset(found) in SHARED_MEASURE_FORMS)
    assert _rows_matching(code, "number_pattern") == set(), "a measure code is no project number"


# --------------------------------------------------------------------------- the genre corpus


def test_genre_programmes_are_in_the_table() -> None:
    names = {r["programme"] for r in programme_rows()}
    unknown = {
        (name, exp["project"]["programme"])
        for name, exp in _genre_expected()
        if exp["project"].get("programme") not in (*names, None)
    }
    assert not unknown, f"expected files naming a programme not in programmes.csv: {unknown}"


def test_genre_programme_and_period_pairs_exist() -> None:
    pairs = {(r["programme"], r["eu_period"]) for r in programme_rows()}
    any_period = {r["programme"] for r in programme_rows() if not r["period"]}
    wrong = []
    for name, exp in _genre_expected():
        programme, period = exp["project"].get("programme"), exp["project"].get("period")
        if (
            programme
            and period
            and programme not in any_period
            and (programme, period) not in pairs
        ):
            wrong.append((name, programme, period))
    assert not wrong, f"programme and period with no row in programmes.csv: {wrong}"


def test_genre_codes_agree_with_the_table() -> None:
    """A project number or measure code the corpus expects points to the programme it expects."""
    problems = []
    for name, exp in _genre_expected():
        project = exp["project"]
        programme, period = project.get("programme"), project.get("period")
        for column, key in (
            ("number_pattern", "project_number"),
            ("measure_code_pattern", "measure_code"),
        ):
            code = project.get(key)
            if not code or not programme:
                continue
            rows = _rows_matching(code, column)
            eu_rows = {
                (r["programme"], r["eu_period"])
                for r in programme_rows()
                if (r["programme"], r["period"]) in rows
            }
            if rows and not any(p == programme and period in (None, e) for p, e in eu_rows):
                problems.append(f"{name}: {key} {code} belongs to {sorted(rows)}")
    assert not problems, problems
