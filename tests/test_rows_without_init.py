"""Budget, event and result rows are made without their frozen class's ``__init__``
(:mod:`cwlib.parse.frozen`): each must be the row the class itself makes."""

from __future__ import annotations

from conftest import assert_made_as_own, sample_texts

from cwlib.parse.facts import Budget, Event, Result
from cwlib.parse.pipeline import parse_text

TEXT = (
    "Projekto pavadinimas: Kūrybinės dirbtuvės.\n"
    "Bendra projekto vertė – 100 000 Eur, iš jų ES lėšos – 85 000 Eur, "
    "savivaldybės lėšos – 15 000 Eur.\n"
    "Projektas pradėtas 2021 m. kovo 1 d., baigtas 2022 m. gruodžio 31 d.\n"
    "Surengta 12 kūrybinių dirbtuvių, įsigyti 3 kompiuteriai.\n"
)


def test_rows_made_without_init_equal_the_class_own() -> None:
    kinds: set[type] = set()
    shares = 0
    for text in (TEXT, *sample_texts(seed=3)):
        facts = parse_text(text, "t.txt")
        for row in (*facts.budgets, *facts.events, *facts.results):
            assert_made_as_own(row)
            kinds.add(type(row))
            shares += isinstance(row, Budget) and row.share_basis == "computed"
    assert kinds == {Budget, Event, Result}
    assert shares > 0  # complete_shares's rows too
