"""Programme aliases: a prefix is a necessary condition of its alias.

``cwlib.parse.programme`` tries (and compiles) an alias only where its prefix matches, so
every text the alias matches must match the prefix too, with the period a Lithuanian name
may put before its head noun ("… 2014–2020 m. programa") as well as without.
"""

from __future__ import annotations

import re

import pytest

from cwlib.lexicon import programmes as table

_ALIASES = table.aliases()


def _forms(alias: table.Alias) -> list[str]:
    """The form the table writes, and the same with a period before its last word."""
    written = alias.written.strip(table._QUOTES + " ")
    written = written if alias.cased else written.lower()
    with_period = re.sub(r"(\w+)$", r"2014–2020 m. \1", written)
    return [written, with_period] if " " in written else [written]


_CASES = [
    (alias, form) for alias in _ALIASES for form in _forms(alias) if alias.pattern.match(form)
]
"""Each alias with the forms it matches (a form with a period at its end or start does not:
the caller reads that period)."""


def test_the_forms_cover_most_aliases() -> None:
    covered = {alias.source for alias, _form in _CASES}
    assert len(covered) >= 0.9 * len(_ALIASES)


@pytest.mark.parametrize(("alias", "form"), _CASES, ids=[form for _alias, form in _CASES])
def test_every_match_of_an_alias_matches_its_prefix(alias: table.Alias, form: str) -> None:
    assert re.match(alias.prefix, form)
    assert re.match(alias.broken_prefix, form)
