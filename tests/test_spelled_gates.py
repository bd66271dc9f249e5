"""The gates before the numbers written as words of results.py (``_spelled``,
``_spelled_before``): tried only near the words of ``results.numerals`` that begin a word,
they find what trying every result verb found."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cwlib.lexicon import load as lexicon
from cwlib.parse import results
from cwlib.parse.document import Document
from cwlib.parse.tails import white_runs


def _old_spelled(lower: str, verb_hits: list[int]) -> list[tuple[int, int, str]]:
    """``results._spelled`` as it was: both patterns tried at every verb."""
    found: list[tuple[int, int, str]] = []
    last = -1
    for at in verb_hits:
        if at < last:
            continue
        word = results._WORD.match(lower, at)
        if word is None:
            continue
        last = word.end()
        numeral = results._NUMERAL_AFTER_VERB.match(lower, last)
        if numeral is not None and results._VERBS.match(lower, at) is not None:
            found.append((*numeral.span("count"), numeral.group("count")))
    return found


def _old_spelled_before(lower: str, verb_hits: list[int]) -> list[tuple[int, int, str]]:
    """``results._spelled_before`` as it was: its cheap tests at every verb."""
    found: list[tuple[int, int, str]] = []
    for at in verb_hits:
        if lower[at - 2] not in results._AUXILIARY_LAST:
            continue
        took = lower.startswith("took", at)
        if not took and not lower.endswith(results._AUXILIARY_ENDS, 0, at):
            if lower[at - 3 : at - 1] in results._PARTICIPLE_NOUN_ENDS:
                counted = results._numeral_before_participle(lower, at)
                if counted is not None:
                    found.append(counted)
            continue
        window = max(0, at - 80)
        if results._NUMERALS.keys().isdisjoint(lower[window:at].split()[-7:]):
            continue
        verb = results._VERBS.match(lower, at)
        if verb is None:
            continue
        took = took and verb.group().endswith("place")
        numeral = results._NUMERAL_BEFORE_VERB.search(lower, window, at)
        if numeral is None or not (took or numeral["aux"]):
            continue
        words_before = lower[max(0, numeral.start() - 20) : numeral.start()].split()
        if words_before and words_before[-1] in results._DETERMINERS:
            continue
        found.append((*numeral.span("count"), numeral["count"]))
    return found


def _same(text: str) -> None:
    doc = Document(text)
    lower, verbs = doc.lower, doc.hits("results.verbs")
    numerals = results._word_starts(lower, doc.hits("results.numerals"))
    assert results._spelled(lower, verbs, numerals) == _old_spelled(lower, verbs)
    assert results._spelled_before(lower, verbs, numerals) == _old_spelled_before(lower, verbs)


def test_the_keywords_are_the_numerals() -> None:
    table = lexicon.table("results", "numerals")
    assert set(table["keywords"]) == set(results._NUMERALS)
    assert set(results._NOMINATIVE_NUMERALS) <= set(results._NUMERALS)
    assert set(results._NUMERALS) >= results._TENS
    assert results._PARTICIPLE_REACH <= results._BEFORE_REACH


def test_white_runs() -> None:
    assert white_runs(r"ne\s+mažiau\s+kaip|apie") == 2
    assert white_runs(r"[ \t]+x[ \t]*y") == 2
    assert white_runs(r"(?:\w+\s)+") is None  # unbounded
    assert white_runs(r"a.b") is None  # any character
    assert white_runs(r"[^a]") is None  # a negated set
    assert white_runs(r"(?<!\w)per\w*") == 0
    assert results._SPELLED_TOKENS is not None


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_every_match_holds_no_more_runs(data: st.DataObject) -> None:
    cases = [
        (results._BEFORE_SPELLED, re.VERBOSE),
        (r"ne\s+mažiau\s+kaip|apie|x[ \t]{2}y", 0),
        (r"(?:a\s){1,3}b", 0),
    ]
    pattern, flags = data.draw(st.sampled_from(cases))
    bound = white_runs(pattern, flags)
    assert bound is not None
    match = data.draw(st.from_regex(re.compile(pattern, flags), fullmatch=True))
    if re.fullmatch(pattern, match, flags):  # (a look-behind the generator cannot see)
        runs = len(re.findall(r"\s+", match))
        assert runs <= bound


PIECES = [
    *("sukurtos", "įrengta", "surengti", "created", "were", "held", "buvo", "bus", "yra"),
    *("atnaujintos", "nutiesti", "took place", "took part", "adopted", "įsigyta"),
    *("dvi", "du", "trys", "tris", "two", "eight", "dvidešimt penki", "dvidešimt", "penki"),
    *("ne mažiau kaip", "net", "apie", "at least", "the", "šios", "šimtai", "hundred"),
    *("duomenų", "produktai", "klasės", "takai", "darbo vietos", "plans", "seminarai"),
    *("x" * 30, "ab" * 40, "vienas"),
]
GAPS = [" ", "  ", "\u00a0", "\t", "\n", ", ", ". ", "-", "'", "(", ""]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(GAPS)), max_size=30))
def test_the_gates_find_what_every_verb_found(parts: list[tuple[str, str]]) -> None:
    _same("".join(word + gap for word, gap in parts))


def test_the_gates_on_edges() -> None:
    for text in (
        "Sukurtos dvi darbo vietos.",
        "sukurta ne mažiau kaip\u00a0dvi vietos",
        "sukurta ne  mažiau   kaip \t dvi vietos",
        "įrengta " + "labai " * 3 + "dvi",
        "įrengta ir labai labai labai labai dvi",
        "dvi darbo vietos buvo sukurtos",
        "Eight local action plans were adopted",
        "Trys klasės atnaujintos.",
        "du" + " x" * 40 + " buvo sukurtos",
        "įrengtadvi",
        "sukurtos " + "ž" * 100 + " dvi",
    ):
        _same(text)
