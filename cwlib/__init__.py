"""cwlib: tidy, sourced tables about EU-funded creative-industry projects.

Importing the package is cheap on purpose: pandas, matplotlib, openpyxl and the gazetteer
load only when a function that needs them is first called (see ``make bench``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["__version__", "load", "parse_text"]

if TYPE_CHECKING:  # pragma: no cover
    from cwlib.extraction import parse_text
    from cwlib.tables import load


def __getattr__(name: str) -> Any:
    if name == "load":
        from cwlib.tables import load

        return load
    if name == "parse_text":
        from cwlib.extraction import parse_text

        return parse_text
    raise AttributeError(f"module 'cwlib' has no attribute {name!r}")
