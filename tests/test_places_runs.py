"""``places.locate`` passes over the runs of words whose first word opens no multi-word
place name (``_may_open_run``): each such run is one ``_resolve_words`` answers None, so
skipping it changes no place found.

Checked on the capitalised words of the genre texts and on words that open place names
(as written and inflected), each followed by other capitalised words, with and without a
country and quotes, and on whole fragments against ``locate`` asking every run.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cwlib.parse import places

GENRE = sorted(Path(__file__).parent.joinpath("genre").glob("*.txt"))

OPENERS = [
    "Zielona",
    "Zielonos",
    "Frankfurtas",
    "Frankfurt",
    "Brandenburg",
    "Naujoji",
    "Naujosios",
    "San",
    "Santa",
    "Kędzierzyn",
    "Sankt",
    "Jungtinė",
    "Nowy",
    "Aukštoji",
    "Velikije",
]

FOLLOWERS = ["Gora", "Góra", "Main", "Havel", "Akmenė", "Akmenės", "Sebastián", "Kraštas", "Sącz"]


def _capitalised_words() -> list[str]:
    words: set[str] = set()
    for path in GENRE[:60]:
        words.update(
            re.findall(
                r"\b[A-ZĄČĘĖĮŠŲŪŽ][\w'’-]+", path.read_text(encoding="utf-8", errors="replace")
            )
        )
    return sorted(words)


@pytest.fixture(scope="module")
def words() -> list[str]:
    return _capitalised_words() + OPENERS


def test_a_word_opening_no_run_gives_no_place_for_its_runs(words: list[str]) -> None:
    followers = FOLLOWERS + words[:: max(1, len(words) // 12)]
    closed = [w for w in words if not places._may_open_run(w)]
    assert closed, "some words open no place name"
    for word in closed:
        for second in followers:
            for third in (None, "Gora", "Main"):
                run = (word, second) if third is None else (word, second, third)
                for hint in (None, "PL", "DE"):
                    for quoted in (False, True):
                        for own_first in (False, True):
                            found = places._resolve_words(run, hint, quoted, own_first)
                            assert found is None, (run, hint, quoted, own_first)


def test_words_that_open_place_names_may_open_runs() -> None:
    for word in ("Zielona", "Frankfurt", "Brandenburg", "San", "Naujoji"):
        assert places._may_open_run(word)


def _locate_every_run(fragment: str, country: str | None, own_first: bool) -> object:
    may_open = places._may_open_run
    try:
        places._may_open_run = lambda word: True  # type: ignore[assignment]
        return places.locate.__wrapped__(fragment, country, own_first)
    finally:
        places._may_open_run = may_open  # type: ignore[assignment]


def test_locate_finds_what_asking_every_run_finds() -> None:
    fragments = [
        "Zielona Gora universitetas",
        "Zielonos Goros miesto savivaldybė",
        "Frankfurt am Main Universität",
        "VšĮ Rietavo turizmo ir verslo informacijos centras",
        "Nowy Sącz Gmina",
        "Brandenburg an der Havel Stadt",
        "Kauno technologijos universitetas",
        "Naujosios Akmenės kultūros centras",
    ]
    for path in GENRE[:30]:
        fragments.extend(
            line.strip()[:120]
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
            if re.search(r"[A-ZĄČĘĖĮŠŲŪŽ]\w+ [A-ZĄČĘĖĮŠŲŪŽ]\w+", line)
        )
    for fragment in fragments:
        for country in (None, "LT", "PL"):
            for own_first in (False, True):
                expected = _locate_every_run(fragment, country, own_first)
                assert places.locate.__wrapped__(fragment, country, own_first) == expected, (
                    fragment,
                    country,
                )
