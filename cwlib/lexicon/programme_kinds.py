"""The kind of each programme (national, rural, cooperation, EEA/Norway, EU programme), read
from the reference table ``data/reference/programmes.csv`` (its ``kind`` column).

Why: who carries out a project, and where its partners are, depends on the kind of
programme. In a national or rural programme one Lithuanian body carries the project out (the
applicant) and its partners are Lithuanian; in a cooperation programme the body that "carries
out the project" is one partner among several countries. The table is the one list of
programmes (its sources are in the file); this module only reads its kinds.
"""

from __future__ import annotations

import csv
from functools import cache

from cwlib import paths

__all__ = ["KINDS", "programme_kind"]

KINDS = ("national", "rural", "cooperation", "eea_norway", "eu_programme")
"""The kinds the table uses."""


@cache
def _kinds() -> dict[str, str]:
    """Canonical programme name → kind (empty when the table is missing)."""
    path = paths.REFERENCE_DIR / "programmes.csv"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8", newline="") as f:
        return {row["programme"]: row["kind"] for row in csv.DictReader(f) if row.get("kind")}


def programme_kind(programme: str | None) -> str | None:
    """The kind of a programme named as the parser names it, or None if unknown.

    >>> programme_kind("Interreg Lithuania-Poland"), programme_kind("EU Structural Funds (Lithuania)")
    ('cooperation', 'national')
    >>> programme_kind(None) is None
    True
    """
    return _kinds().get(programme or "")
