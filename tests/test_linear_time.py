"""Long pathological inputs parse to the facts they state, at 16,000 and 64,000 characters.

The shapes are those that once took time growing with the square of the input (issue 12): a
title line padded with spaces, a sum or a scaled sum repeated, year ranges repeated, thousands
of partner bullets or table rows; and the partner forms of issue 9 at length (a "kartu su"
list, subjects and their verbs, a list wrapped over lines, a block of card labels). Each is
parsed at two sizes, the second four times the first, and must give the facts its shape
states (or none) at both: a reader that gives up, cuts or repeats on long input shows here.
Hypothesis varies the repeated pieces.

Nothing here is timed. How the parse time grows (at most ~5x the CPU time for 4x the input)
is a performance target, measured on these same shapes by `make bench`
(benchmarks/growth.py; tests/test_bench.py checks the shapes agree): a ratio of two timings
on a shared machine failed under load. Against catastrophic backtracking, which would leave
the suite hanging, every parse runs under a hang ceiling: stopped, and the test failed, past
HANG_CEILING_S of CPU time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import cpu_ceiling
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cwlib.parse.facts import TextFacts
from cwlib.parse.pipeline import parse_text

SIZE = 16_000  # characters of the smaller input; the larger is four times as long
HANG_CEILING_S = 20.0
"""CPU seconds a parse may take before it counts as a hang. Not a performance target: the
slowest shape at 64,000 characters (a litas sum repeated) took 0.55-0.8 s of CPU on the
development machine under a load of 2-5, so this is 25 times that; a quadratic scan, as
before issue 12, takes minutes there."""


def _repeat(piece: str, size: int) -> str:
    return piece * max(1, size // max(1, len(piece)))


_NAME = st.text(alphabet="AĄBCČDEĘĖFGHIĮJKLMNOPRSŠTUŲŪVZŽ", min_size=3, max_size=8).map(
    str.capitalize
)
_CODE = st.sampled_from(["LT", "LV", "PL", "DE", "SE", "FI"])

Facts = dict[str, Any]
"""What a parse gave, as the checks compare it (see ``_facts``)."""


def _facts(facts: TextFacts) -> Facts:
    return {
        "budgets": sorted((b.party, b.item, b.amount, b.currency) for b in facts.budgets),
        "partners": [(p.name, p.role, p.country) for p in facts.partners],
        "events": [(e.event, e.date, e.precision) for e in facts.events],
        "results": len(facts.results),
        "contacts": len(facts.contacts),
        "programme": facts.project.programme,
    }


def _only(**facts: Any) -> Facts:
    """The facts a shape states; every other kind of fact it must not give. ``partners
    among`` stands for ``partners`` where the partners are read off a drawn name: there may
    be none, and each one's name begins with one of these (the drawn name or a body the
    shape names). A drawn name may read as a place abroad, which makes its body a partner
    rather than the applicant, or as a word of another kind (``Vvg``, a local action group,
    is a partner of its own and names the rural programme); the case tables hold those
    readings, and here the reading must only be the same at both sizes."""
    expected: Facts = {"budgets": [], "events": [], "results": 0, "contacts": 0}
    if "partners among" not in facts:
        expected["partners"] = []
    return expected | facts


def _sums(*sums: tuple[str | None, str, float, str]) -> list[tuple[str | None, str, float, str]]:
    return sorted(sums)


# A piece repeated states its sum once; the readings of the malformed and other forms are
# those of the case tables (tests/cases/test_cases_budgets.py).
_SUM_OF: dict[str, tuple[float, str] | None] = {
    "1 Lt ": (1.0, "LTL"),
    "12 Lt, ": (12.0, "LTL"),
    "3 Lt; ": (3.0, "LTL"),
    "1 mln. Eur ": (1_000_000.0, "EUR"),
    "2,5 mln. eurų ": (2_500_000.0, "EUR"),
    "3 tūkst. Eur, ": (3_000.0, "EUR"),
    "12 34 Eur, ": None,  # not a figure: no sum
    "3000 000 Eur ": (3_000_000.0, "EUR"),
    "16 1122,50 Lt; ": (161_122.5, "LTL"),
    "4l2 600 Lt ": (412_600.0, "LTL"),
    "1'236'480 Lt ": (1_236_480.0, "LTL"),
    "145 tūkst. 210 Eur, ": (145_210.0, "EUR"),
    "64 682 Eur 67 ct. ": (64_682.67, "EUR"),
    "€ 5 Eur ": (5.0, "EUR"),
}


def _repeated_sum(piece: object, n: int) -> Facts:
    read = _SUM_OF[str(piece)]
    return _only(budgets=_sums((None, "other", *read)) if read else [])


_YEARS_OF: dict[str, list[tuple[str, str, str]]] = {
    "2014–2020 ": [],  # a programme's period, not the project's dates
    "2014-2020 m., ": [],
    "2017–2019 metais ": [("start", "2017", "year"), ("end", "2019", "year")],
}
_PROGRAMME_OF: dict[str, str | None] = {
    "Lietuvos kaimo plėtros 2014–2020 m. programa, ": "Rural Development Programme for Lithuania",
    "Europos Sąjungos fondų ": None,
    "LEADER ": "Rural Development Programme for Lithuania",
}

Build = Callable[[Any, int], str]
Expect = Callable[[Any, int], Facts]

SHAPES: dict[str, tuple[st.SearchStrategy[Any], Build, Expect]] = {
    "title padded with spaces": (
        st.sampled_from([" ", "\t", " \u00a0"]),
        lambda pad, n: "Projektas" + str(pad) * n + "Kūrybinės dirbtuvės\nBendra vertė 100 Eur.",
        lambda pad, n: _only(budgets=_sums((None, "total", 100.0, "EUR"))),
    ),
    "litas sums repeated": (
        st.sampled_from(["1 Lt ", "12 Lt, ", "3 Lt; "]),
        lambda piece, n: _repeat(str(piece), n),
        _repeated_sum,
    ),
    "scaled sums repeated": (
        st.sampled_from(["1 mln. Eur ", "2,5 mln. eurų ", "3 tūkst. Eur, "]),
        lambda piece, n: _repeat(str(piece), n),
        _repeated_sum,
    ),
    "year ranges repeated": (
        st.sampled_from(["2014–2020 ", "2014-2020 m., ", "2017–2019 metais "]),
        lambda piece, n: _repeat(str(piece), n),
        lambda piece, n: _only(events=_YEARS_OF[piece]),
    ),
    "malformed figures repeated": (
        st.sampled_from(["12 34 Eur, ", "3000 000 Eur ", "16 1122,50 Lt; ", "4l2 600 Lt "]),
        lambda piece, n: _repeat(str(piece), n),
        _repeated_sum,
    ),
    "other number forms repeated": (
        st.sampled_from(
            ["1'236'480 Lt ", "145 tūkst. 210 Eur, ", "64 682 Eur 67 ct. ", "€ 5 Eur "]
        ),
        lambda piece, n: _repeat(str(piece), n),
        _repeated_sum,
    ),
    "card labels and values": (
        st.sampled_from(["Projekto vertė\n48 000 Eur\n", "Savivaldybės lėšos\n", "Trukmė\n\n"]),
        lambda piece, n: _repeat(str(piece), n),
        lambda piece, n: _only(
            budgets=_sums((None, "total", 48_000.0, "EUR")) if "48 000" in piece else []
        ),
    ),
    "partner bullets": (
        st.tuples(_NAME, _CODE),
        lambda unit, n: (
            "Projekto partneriai:\n"
            + "".join(f"• {unit[0]} {i} | {unit[1]}\n" for i in range(n // 20))
        ),
        lambda unit, n: _only(
            partners=[(f"{unit[0]} {i}", "partner", unit[1]) for i in range(n // 20)]
        ),
    ),
    "partners with kartu su, one sentence": (
        _NAME,
        lambda name, n: (
            "Projektą kartu su "
            + ", ".join(f"{name} {i} kultūros centru" for i in range(n // 26))
            + " ir Rygos savivaldybe įgyvendina."
        ),
        lambda name, n: _only(**{"partners among": [name, "Rygos savivaldyb"]}),
    ),
    "subjects and verbs, one sentence": (
        _NAME,
        lambda name, n: _repeat(f"{name}o rajono savivaldybės administracija įgyvendino, ", n),
        lambda name, n: _only(**{"partners among": [name]}),
    ),
    "list wrapped over lines with hyphens": (
        _NAME,
        lambda name, n: (
            "Projekto partneriai: "
            + "".join(
                f"{name}o muzie-\njus, {name}o rajono savivaldybės admini-\nstracija, "
                for _ in range(n // 60)
            )
            + "Rygos universitetas."
        ),
        lambda name, n: _only(**{"partners among": [name, "Rygos universitetas"]}),
    ),
    "card labels, then values": (
        _NAME,
        lambda name, n: (
            "Pareiškėjas\nPartneris\n" * (n // 40) + f"{name}o kultūros centras\n" * (n // 40)
        ),
        lambda name, n: _only(**{"partners among": [name]}),
    ),
    "codes joined by hyphens": (
        st.sampled_from(["LLI-1", "07.1.1-CPVA", "20KI-KS", "A - 1"]),
        lambda piece, n: _repeat(str(piece) + "-", n),
        lambda piece, n: _only(programme=None),
    ),
    "programme names repeated": (
        st.sampled_from(
            ["Lietuvos kaimo plėtros 2014–2020 m. programa, ", "Europos Sąjungos fondų ", "LEADER "]
        ),
        lambda piece, n: _repeat(str(piece), n),
        lambda piece, n: _only(programme=_PROGRAMME_OF[piece]),
    ),
    "table rows": (
        st.tuples(_NAME, _CODE),
        lambda unit, n: (
            "Partneris | Šalis | Biudžetas\n"
            + "".join(f"{unit[0]} {i} | {unit[1]} | {1000 + i} Eur\n" for i in range(n // 24))
        ),
        lambda unit, n: _only(
            partners=[(f"{unit[0]} {i}", "partner", unit[1]) for i in range(n // 24)],
            budgets=_sums(
                *((f"{unit[0]} {i}", "total", 1000.0 + i, "EUR") for i in range(n // 24))
            ),
        ),
    ),
}


ROWS = {"partner bullets", "table rows"}
"""The shapes whose rows are the facts: four times the input, four times the rows."""


@pytest.mark.parametrize("shape", list(SHAPES))
@settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_long_input_gives_its_facts(shape: str, data: st.DataObject) -> None:
    strategy, build, expect = SHAPES[shape]
    unit = data.draw(strategy)
    small, large = build(unit, SIZE), build(unit, 4 * SIZE)
    assert len(large) >= 3.5 * len(small)
    read = []
    for n, text in ((SIZE, small), (4 * SIZE, large)):
        with cpu_ceiling(HANG_CEILING_S, f"{shape}, {len(text):,} characters"):
            facts = parse_text(text, source="big.txt")
        for fact in (*facts.budgets, *facts.partners, *facts.events, *facts.results):
            assert fact.quote in facts.text, fact
        got, expected = _facts(facts), expect(unit, n)
        among = expected.pop("partners among", None)
        if among is not None:
            for name, _, _ in got["partners"]:
                assert name.startswith(tuple(among)), (shape, name)
        assert {key: got[key] for key in expected} == expected, f"{shape} at {len(text):,}"
        read.append(got)
    if shape not in ROWS:  # a piece repeated four times as often states the same facts
        assert read[0] == read[1], shape
