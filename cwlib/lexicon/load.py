"""The one loader of the vocabulary files in this folder.

Every word list the parsers match against is a TOML file beside this module (one file per
kind of fact), so that a reviewer can extend a list without reading parser code, and every
list carries a ``source`` note saying where its words came from. Python's own ``tomllib``
reads them; a file is read once per process, on first use.

Two kinds of entry:

* ``words``: literal words or stems, lower case (``months``, abbreviations, keyword anchors);
* ``pattern``: a regular-expression fragment in ``re.VERBOSE`` syntax with a comment on each
  line (Lithuanian inflects, so a stem such as ``savivaldyb`` stands for every case); a parser
  puts it into its own pattern with :func:`fragment`.

A table may also list ``keywords``: literal lower-case stems, one of which every match of its
``pattern`` contains. The parse stage finds all of them in one pass over a text
(``cwlib.parse.document``) and runs a pattern only where one of its keywords stands.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["fragment", "keyword_groups", "table", "vocabulary", "words"]

HERE = Path(__file__).resolve().parent


@cache
def vocabulary(name: str) -> dict[str, Any]:
    """One vocabulary file (``cwlib/lexicon/<name>.toml``) as nested dicts."""
    return tomllib.loads((HERE / f"{name}.toml").read_text(encoding="utf-8"))


def table(name: str, key: str) -> dict[str, Any]:
    """One table of a vocabulary file (``[key]``); KeyError names the file when it is missing."""
    try:
        return vocabulary(name)[key]  # type: ignore[no-any-return]
    except KeyError:
        raise KeyError(f"cwlib/lexicon/{name}.toml has no table [{key}]") from None


def words(name: str, key: str) -> tuple[str, ...]:
    """The literal ``words`` of one table, in file order."""
    return tuple(table(name, key)["words"])


def fragment(name: str, key: str) -> str:
    """The ``pattern`` of one table as a group that can stand inside a ``re.VERBOSE`` pattern.

    The fragment's lines end in comments, so it is wrapped in a non-capturing group with line
    breaks around it: ``(?:`` + newline + fragment + newline + ``)``.
    """
    return "(?:\n" + table(name, key)["pattern"].strip("\n") + "\n)"


@cache
def keyword_groups() -> dict[str, tuple[str, ...]]:
    """Every table that lists ``keywords``, named ``file.table``, with its keywords.

    The document scan (``cwlib.parse.document``) finds all of them in one pass.
    """
    groups: dict[str, tuple[str, ...]] = {}
    for path in sorted(HERE.glob("*.toml")):
        for key, value in vocabulary(path.stem).items():
            if isinstance(value, dict) and "keywords" in value:
                groups[f"{path.stem}.{key}"] = tuple(value["keywords"])
    return groups
