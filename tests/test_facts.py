"""Typed facts: each row kind has the columns of its table, and nothing hidden reaches a row."""

from __future__ import annotations

import dataclasses

import pytest

from cwlib import parse_text
from cwlib.parse import facts
from cwlib.schema import TABLES

# Fields a fact keeps for later steps that are not columns: what each was read from.
EXTRA = {
    "budgets": {"money"},
    "partners": {"place"},
    "events": {"mention"},
    "projects": {"quotes", "durations", "period_hint", "programme_guesses"},
}

TEXT = """Projektas „Kūrybinės dirbtuvės“
Projektas finansuojamas pagal 2014–2020 m. Europos Sąjungos fondų investicijų veiksmų programą.
Bendra projekto vertė – 100 000 Eur, iš jų ES lėšos – 85 000 Eur (85 proc.), savivaldybės lėšos – 15 000 Eur.
Projekto pareiškėjas – Rietavo savivaldybės administracija.
Projektas vykdomas nuo 2020 m. sausio 1 d. iki 2021 m. gruodžio 31 d. Projekto trukmė – 20 mėn.
Bus surengti 5 seminarai. Kontaktinis asmuo Jonas Jonaitis, tel. 8 686 12345.
"""


@pytest.mark.parametrize("table", [t for t in TABLES if t != "project_facts"])
def test_fields_are_the_schema_columns(table: str) -> None:
    kind = facts.Project if table == "projects" else facts.row_kind(table)
    names = [f.name for f in dataclasses.fields(kind)]
    columns = [c for c in TABLES[table].columns if c != "project_id" or table == "projects"]
    assert [n for n in names if n not in EXTRA.get(table, set())] == columns
    assert not [n for n in names if n.startswith("_")]


def test_facts_are_frozen() -> None:
    parsed = parse_text(TEXT, source="t.txt")
    with pytest.raises(dataclasses.FrozenInstanceError):
        parsed.budgets[0].amount = 1.0  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        parsed.project.title = "x"  # type: ignore[misc]


def test_facts_keep_what_they_were_read_from() -> None:
    parsed = parse_text(TEXT, source="t.txt")
    total = next(b for b in parsed.budgets if b.item == "total")
    assert total.money is not None and total.money.text == "100 000 Eur"
    lead = next(p for p in parsed.partners if p.role == "applicant")
    assert lead.place is not None and lead.place.name == "Rietavas"
    assert [d.months for d in parsed.project.durations] == [20]
    assert parsed.project.period == "2014-2020"
    start = next(e for e in parsed.events if e.event == "start")
    assert start.mention is not None and start.mention.iso() == start.date


def test_rows_hold_the_schema_columns_only() -> None:
    parsed = parse_text(TEXT, source="t.txt")
    for table, spec in TABLES.items():
        rows = parsed.rows(table)
        assert rows, table
        for row in rows:
            assert list(row) == spec.columns, table
            assert row["project_id"] == parsed.project_id
            assert row.get("quote") is None or row["quote"] in parsed.text
