"""The cheap tests budgets.py asks before a pattern: each must hold for every match."""

from __future__ import annotations

from pathlib import Path

import pytest

from cwlib.parse.budgets import _AGGREGATE_GATE, _AGGREGATE_GATE_WORDS, _AGGREGATE_SUM

# one phrase (lower case, as the pattern reads them) for each way money for many projects
# is written
MANY_PROJECTS = [
    "finansuota 60 projektų, kurių vertė",
    "atrinkti 5 projektai",
    "skirta 3 projektams",
    "remia 4 projektus",
    "5 vietos plėtros projektiniai pasiūlymai",
    "80 paraiškų",
    "12 projects",
    "40 applications",
    "pateiktų projektų vertė",
    "įgyvendintų projektinių",
    "didžiausia parama vienam vietos projektui",
    "projektų bendra vertė",
    "skiriama projektams",
    "projektams finansuoti",
    "vykdomiems projektams išmokėta",
    "šiems projektams jau paskirstyta",
    "šiam kvietimui skirta",
    "kvietimo teikti vietos projektus suma",
    "75 projects with a combined budget",
    "eur 95 million is available for projects",
    "allocated to the second call",
    "the call's budget",
    "budget of the third call",
    "in submitted applications",
    "max. erdf",
    "max. total budget",
    "min. total budget",
    "projects request about",
    "the applicants requested",
    "requested by the 45 projects",
    "projektai iš viso prašo",
    "pateiktų paraiškų pareiškėjai prašo",
    "has projects running for more than",
    "the budgets of these projects come to",
    "antrajame etape projektų prašoma erpf lėšų suma siekė",
    "išmokėjimai regiono es fondų projektams viršijo",
    "pasienio kultūros projektams",
    "regione jau baigta 2,4 tūkst. projektų, kuriems teko",
    "beveik trims šimtams projektų sutartys pasirašytos už",
    "ketvirtadaliui projektų jau išmokėta",
    "pateiktose paraiškose iš viso prašoma",
    "pritarė keturių kaimo bendruomenių projektų finansavimui",
    "dviem seniūnijos projektams",
    "maksimali paramos suma gali siekti",
    "minimali projekto vertė",
    "didžiausia galima parama",
    "vieno projekto įgyvendinimui skiriama iki",
]


@pytest.mark.parametrize("words", MANY_PROJECTS)
def test_every_match_of_many_projects_holds_a_gate_literal(words):
    assert _AGGREGATE_SUM.search(words) is not None
    assert any(literal in words for literal in _AGGREGATE_GATE)


@pytest.mark.parametrize("words", ["bendra projekto vertė –", "projektas finansuojamas"])
def test_one_project_words_pass_no_gate(words):
    # (the words before most sums: the pattern is not searched there)
    assert not any(literal in words for literal in _AGGREGATE_GATE)
    assert _AGGREGATE_SUM.search(words) is None


def _gate(words: str) -> bool:
    return any(literal in words for literal in _AGGREGATE_GATE)


@pytest.mark.parametrize("literal", _AGGREGATE_GATE)
def test_the_gate_pattern_finds_every_literal(literal):
    for words in (literal, f"iš viso {literal}", f"{literal}: 5", f"x{literal}x"):
        assert _AGGREGATE_GATE_WORDS.search(words) is not None


@pytest.mark.parametrize(
    "words",
    [
        "projekto vertė",
        "projektas",
        "projekte",
        "paraiška",
        "pareiškėjas",
        "applicant",
        "propose",
        "kvieti",
        "combine",
        "cal",
        "priority"[:6],
        "objectiv",
        "minimu",
        "ma x",
        "min",
        "min,",
        "per partneri"[:10],
        "perpartner",
        "per  partner",
        "proj ect",
    ],
)
def test_the_gate_pattern_and_the_literals_agree_on_near_misses(words):
    assert (_AGGREGATE_GATE_WORDS.search(words) is not None) == _gate(words)


def test_the_gate_pattern_and_the_literals_agree_on_every_window_of_the_genre_texts():
    # what budgets.py asks: a range of the lower-cased text, searched with pos and endpos
    for path in sorted(Path(__file__).parent.glob("genre/*.txt")):
        lower = path.read_bytes().decode("utf-8", "replace").lower()
        for start in range(0, len(lower), 37):
            for width in (0, 25, 90, 200):
                end = start + width
                found = _AGGREGATE_GATE_WORDS.search(lower, start, end) is not None
                assert found == _gate(lower[start:end]), (path.name, start, end)
