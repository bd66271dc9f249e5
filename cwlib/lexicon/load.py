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
``pattern`` contains, or ``starts``: the words every match begins with. The parse stage finds
all of them in one pass over a text (``cwlib.parse.document``) and runs a pattern only where
one of its keywords stands, or tries it only at its starts.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from cwlib.patterns import compiled

__all__ = [
    "alternation",
    "entries",
    "fill",
    "fragment",
    "fragment_of",
    "keyword_groups",
    "table",
    "vocabulary",
    "words",
]

HERE = Path(__file__).resolve().parent


@cache
def vocabulary(name: str) -> dict[str, Any]:
    """One vocabulary file (``cwlib/lexicon/<name>.toml``) as nested dicts."""
    return tomllib.loads((HERE / f"{name}.toml").read_text(encoding="utf-8"))


def table(name: str, key: str) -> dict[str, Any]:
    """One table of a vocabulary file (``[key]``); KeyError names the file when it is missing."""
    try:
        return vocabulary(name)[key]
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
    return fragment_of(table(name, key))


def fragment_of(entry: dict[str, Any]) -> str:
    """The ``pattern`` of a table already in hand, wrapped as :func:`fragment` does."""
    return "(?:\n" + entry["pattern"].strip("\n") + "\n)"


def entries(name: str, key: str) -> dict[str, dict[str, Any]]:
    """The sub-tables of one table (``[key.entry]``), in file order: ordered lists of patterns
    such as the programmes, where the first that matches wins."""
    return {k: v for k, v in table(name, key).items() if isinstance(v, dict)}


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, in the order given (``re.escape``d)."""
    return "|".join(re.escape(w) for w in words)


def longest_first(words: Iterable[str]) -> list[str]:
    """The distinct words, longest first so that an alternation tries a longer form before its
    prefix, ties in alphabetical order: a set's words then give the same pattern text in every
    process (the compiled-pattern cache is keyed on it)."""
    return sorted(set(words), key=lambda w: (-len(w), w))


_SLOT = compiled(
    r"""
    \{([A-Z_]+)\}            # a slot: an upper-case name in braces, "{LEAD_INTRO}"
    """,
    re.VERBOSE,
)


def fill(pattern: str, **parts: str) -> str:
    """Put named fragments into a pattern at ``{NAME}`` (upper-case names only, so regex
    quantifiers such as ``{1,3}`` are left alone). Done once, when a parser module is imported.
    """
    return _SLOT.sub(lambda m: parts[m.group(1)], pattern)


@cache
def keyword_groups() -> dict[str, tuple[str, ...]]:
    """Every table or entry that lists ``keywords`` or ``starts``, named by its path
    (``file.table`` or ``file.table.entry``), with those words.

    ``keywords``: every match of the table's pattern contains one of them. ``starts``: every
    match begins with one of them (so the pattern can be tried at those places only). The
    document scan (``cwlib.parse.document``) finds all of them in one pass, with the start
    words of the programmes' written forms (``cwlib.lexicon.programmes.alias_groups``, read
    from the reference table rather than a vocabulary file, which imports this module).
    """
    groups: dict[str, tuple[str, ...]] = {}
    for path in sorted(HERE.glob("*.toml")):
        for key, value in vocabulary(path.stem).items():
            if not isinstance(value, dict):
                continue
            for name, entry in ((key, value), *((f"{key}.{k}", v) for k, v in value.items())):
                if isinstance(entry, dict):
                    words = entry.get("keywords", entry.get("starts"))
                    if words is not None:
                        groups[f"{path.stem}.{name}"] = tuple(words)
    return groups
