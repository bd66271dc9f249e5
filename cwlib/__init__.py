"""cwlib: tidy, sourced tables about EU-funded creative-industry projects.

The package is cut by stage, so the data flow reads off the folder names:
``lexicon`` (the words) → ``read`` (raw files to text) → ``parse`` (text to facts) →
``build`` (facts to checked tables, with the audit) → ``analyse`` (numbers and figures) →
``export`` (briefs and reports). ``schema`` and ``paths`` are the foundations every stage uses.

Importing the package is cheap on purpose: pandas, matplotlib, openpyxl and the gazetteer
load only when a function that needs them is first called (see ``make bench``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cwlib.version import __version__

__all__ = ["__version__", "load", "parse_text"]

if TYPE_CHECKING:  # pragma: no cover
    from cwlib.build.load import load
    from cwlib.parse.facts import TextFacts


def parse_text(text: str, source: str = "<text>") -> TextFacts:
    """Every fact one text states, with quotes, and the audit's findings about it.

    The parse stage finds the facts; the audit (build stage) checks them against each other.
    This is the one-text view of what ``cwlib build`` does for every file.
    """
    from dataclasses import replace

    from cwlib.build.audit import audit_text
    from cwlib.parse.pipeline import parse_text as parse

    facts = parse(text, source=source)
    return replace(facts, findings=tuple(audit_text(facts)))


def __getattr__(name: str) -> Any:
    if name == "load":
        from cwlib.build.load import load

        return load
    raise AttributeError(f"module 'cwlib' has no attribute {name!r}")
