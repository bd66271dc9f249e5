"""Reference facts shipped with the project: EU co-financing caps per programme and period.

The caps come from the programmes' own pages (``data/reference/cofinancing_caps.csv``, each
row with its source). They let the audit say when a stated EU share is higher than any
partner of that programme could receive, and let the notebooks draw the cap beside a share.
Programme names in the reference file are the programmes' full names ("Interreg V-A
Lithuania-Poland"); the extraction normalises to shorter ones ("Interreg Lithuania-Poland"),
so both are reduced to the same key here.
"""

from __future__ import annotations

import csv
import re
from functools import cache

from cwlib import paths
from cwlib.patterns import compiled

__all__ = ["cap_rows", "max_cap"]


_INTERREG_GENERATION = compiled(
    r"""
    \binterreg\s+          # "interreg" (the name is case-folded first)
    (?:v|vi|iv)-?[abc]?\b  # its generation and strand: "V-A", "IVC", "VI"
    """,
    re.VERBOSE,
)
_NOT_LETTERS = compiled(
    r"""
    [^a-z]+                # anything but letters: spaces, hyphens, digits, brackets
    """,
    re.VERBOSE,
)


def _programme_key(name: str) -> str:
    """ "Interreg V-A Lithuania-Poland" and "Interreg Lithuania-Poland" give the same key."""
    key = _INTERREG_GENERATION.sub("interreg", name.casefold())
    return _NOT_LETTERS.sub(" ", key).strip()


@cache
def cap_rows() -> tuple[dict[str, str], ...]:
    """The rows of the caps table (empty when the file is missing)."""
    path = paths.REFERENCE_DIR / "cofinancing_caps.csv"
    if not path.exists():
        return ()
    with open(path, encoding="utf-8", newline="") as f:
        return tuple(csv.DictReader(f))


def max_cap(programme: str | None, period: str | None) -> float | None:
    """The highest EU share any partner of a programme and period can receive, in percent.

    >>> max_cap("Interreg South Baltic", "2014-2020")
    85.0
    >>> max_cap("Interreg Lithuania-Poland", "2014-2020")
    85.0
    >>> max_cap("Interreg Baltic Sea Region", "2007-2013") is None
    True
    """
    if not programme or not period:
        return None
    key = _programme_key(programme)
    caps = [
        float(row["max_eu_share_pct"])
        for row in cap_rows()
        if row["period"] == period and _programme_key(row["programme"]) == key
    ]
    return max(caps) if caps else None
