"""The vocabulary files: sourced, readable, compilable, and their keywords cover their patterns.

A keyword list is a promise the Document scan relies on: every match of a table's pattern
contains one of its keywords, so a sentence without a keyword can be skipped. Checked here on
every text the project has (seeds, genre texts, a generated corpus).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import sample_texts

from cwlib.lexicon import load as lexicon
from cwlib.lexicon import programmes as programme_table
from cwlib.schema import PERIODS

FILES = sorted(lexicon.HERE.glob("*.toml"))


def _patterns() -> list[tuple[str, dict[str, object], tuple[str, ...]]]:
    """(id, table with a pattern, the keywords that cover it) for every pattern."""
    out = []
    for path in FILES:
        for key, value in lexicon.vocabulary(path.stem).items():
            if not isinstance(value, dict):
                continue
            keywords = tuple(value.get("keywords", value.get("starts", ())))
            if "pattern" in value:
                out.append((f"{path.stem}.{key}", value, keywords))
            for sub, entry in lexicon.entries(path.stem, key).items():
                if "pattern" in entry:
                    own = tuple(entry.get("keywords", entry.get("starts", ())))
                    out.append((f"{path.stem}.{key}.{sub}", entry, own or keywords))
    return out


PATTERNS = _patterns()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_file_says_where_its_words_came_from(path: Path) -> None:
    head = path.read_text(encoding="utf-8").split("\n[", 1)[0]
    assert "Source:" in head, f"{path.name}: no '# Source: …' note before its first table"


@pytest.mark.parametrize(("name", "entry", "keywords"), PATTERNS, ids=[p[0] for p in PATTERNS])
def test_patterns_follow_the_house_rule(
    name: str, entry: dict[str, object], keywords: tuple[str, ...]
) -> None:
    pattern = str(entry["pattern"])
    re.compile(lexicon.fragment_of(entry), re.VERBOSE)
    for line in pattern.strip("\n").splitlines():
        assert re.search(r"\s#\s", line), f"{name}: a line without a comment: {line!r}"
    assert all(k == k.lower() for k in keywords), f"{name}: keywords are lower case"


def test_programme_periods_are_schema_periods() -> None:
    for entry in lexicon.entries("programmes", "period_hints").values():
        assert entry.get("period") in PERIODS


def test_loose_forms_name_programmes_of_the_table() -> None:
    names = {row.programme for row in programme_table.rows()}
    for entry in lexicon.entries("programmes", "loose_forms").values():
        assert entry["programme"] in names


def test_genitive_nouns_are_their_own_keywords() -> None:
    table = lexicon.table("organisations", "genitive_nouns")
    assert set(table["keywords"]) == set(table["nominative"])


def test_fill_leaves_quantifiers_alone() -> None:
    assert lexicon.fill(r"a{1,3}{X}", X="b") == "a{1,3}b"


def _texts() -> tuple[str, ...]:
    return sample_texts(seed=3)


KEYWORDED = [p for p in PATTERNS if p[2]]


@pytest.mark.parametrize(("name", "entry", "keywords"), KEYWORDED, ids=[p[0] for p in KEYWORDED])
def test_every_match_holds_a_keyword(
    name: str, entry: dict[str, object], keywords: tuple[str, ...]
) -> None:
    pattern = re.compile(lexicon.fragment_of(entry), re.VERBOSE | re.IGNORECASE)
    misses = []
    for text in _texts():
        for match in pattern.finditer(text):
            found = match.group(0).lower()
            if not any(k in found for k in keywords):
                misses.append(found)
    assert not misses, f"{name}: matches with none of its keywords: {sorted(set(misses))[:5]}"


STARTED = [p for p in PATTERNS if "starts" in p[1]]


@pytest.mark.parametrize(("name", "entry", "starts"), STARTED, ids=[p[0] for p in STARTED])
def test_every_match_begins_with_one_of_its_starts(
    name: str, entry: dict[str, object], starts: tuple[str, ...]
) -> None:
    pattern = re.compile(lexicon.fragment_of(entry), re.VERBOSE | re.IGNORECASE)
    misses = []
    for text in _texts():
        for match in pattern.finditer(text):
            if not match.group(0).lower().startswith(starts):
                misses.append(match.group(0))
    assert not misses, f"{name}: matches that begin with none of its starts: {misses[:5]}"


def test_every_pattern_is_found_at_its_starts() -> None:
    """Trying a pattern at its starts finds what a search of the whole text finds."""
    from cwlib.parse.document import Document

    for name, entry, _ in STARTED:
        pattern = re.compile(lexicon.fragment_of(entry), re.VERBOSE)
        for text in _texts():
            doc = Document(text)
            found = pattern.search(doc.lower)
            anchored = doc.match_at_starts(pattern, name)
            assert (found and found.span()) == (anchored and anchored.span()), name
