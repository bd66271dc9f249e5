"""The partners extractor's memo of sentence readings gives what reading on the page gives.

A sentence's readers run on the sentence's own page (``partners._SentencePage``): its text
and the few page facts ``_sentence_rows`` is given, nothing else; a recurring sentence's rows
are kept per process (``_sentence_rows``) and re-made with each page's source. Reading every
sentence on its page, reading every one through the memo, and doing either in another order
must give the same facts; the same sentence on two pages that differ in a declared fact (the
page's own name, a table) gives each page its own answer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from cwlib.parse import partners
from cwlib.parse.document import Document
from cwlib.parse.pipeline import parse_text
from cwlib.read.source import read_source

ROOT = Path(__file__).parent.parent
GENRE = sorted(ROOT.joinpath("tests", "genre").glob("*.txt"))
SEEDS = sorted(ROOT.joinpath("data", "raw").glob("*.txt"))


@pytest.fixture
def memo(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[bool], None]]:
    """``memo(True)``: every sentence read through an empty memo; ``memo(False)``: none."""

    def use(on: bool) -> None:
        partners._sentence_rows.cache_clear()
        monkeypatch.setattr(partners, "_recurring", lambda text: on)

    yield use
    partners._sentence_rows.cache_clear()


def _facts(paths: list[Path]) -> dict[str, str]:
    return {p.name: repr(replace(parse_text(read_source(p), p.name), text="")) for p in paths}


def test_memo_gives_the_page_readings(memo: Callable[[bool], None]) -> None:
    """The genre texts and seeds: every fact the same with the memo off, on (each reading
    kept, then replayed on later pages: the seeds repeat boilerplate), on in the reverse
    order, and on a second pass over a warm memo."""
    paths = GENRE + SEEDS
    memo(False)
    plain = _facts(paths)
    memo(True)
    assert _facts(paths) == plain
    assert partners._sentence_rows.cache_info().hits > 0
    assert _facts(paths) == plain  # every reading now kept
    memo(True)
    assert _facts(paths[::-1]) == plain


def test_recurring_sentences_use_the_memo() -> None:
    """Without forcing: a sentence's first reading is on its page, a recurring one's through
    the memo, with the same rows and each page's own source."""
    partners._SEEN.clear()
    partners._sentence_rows.cache_clear()
    text = "Apie\nPartneriai: Rygos universitetas ir Tartu universitetas."
    first = partners.extract_partners(Document(text, "a.txt"))
    assert partners._sentence_rows.cache_info().misses == 0
    second = partners.extract_partners(Document(text, "b.txt"))
    third = partners.extract_partners(Document(text, "c.txt"))
    assert partners._sentence_rows.cache_info().hits >= 1
    assert [replace(r, source="b.txt") for r in first] == second
    assert [replace(r, source="c.txt") for r in first] == third
    assert [r.source for r in third] == ["c.txt", "c.txt"]


OURS = "Mūsų gimnazija įgyvendina projektą „Saugi mokykla“."


@pytest.mark.parametrize("on", [False, True])
def test_the_page_s_own_name_is_each_page_s(memo: Callable[[bool], None], on: bool) -> None:
    """ "Mūsų gimnazija" names the organisation on its page's first line: the same sentence
    on two pages names two bodies, whichever page is read first."""
    memo(on)
    pages = {
        "Druskininkų „Atgimimo“ gimnazija": "a.txt",
        "Kauno „Aušros“ gimnazija": "b.txt",
    }
    for order in (list(pages), list(pages)[::-1]):
        for site in order:
            rows = partners.extract_partners(Document(f"{site}\n{OURS}", pages[site]))
            assert [(r.name, r.quote, r.source) for r in rows] == [
                (site, "Mūsų gimnazija", pages[site])
            ]


BETWEEN = "Sutartis pasirašyta tarp Kauno rajono savivaldybės ir Jonavos rajono savivaldybės."
LISTED = "Partneriai: Rygos universitetas ir Tartu universitetas."


def test_a_reading_depends_on_its_table_fact() -> None:
    """A list after "Partneriai:" is not read inside a table (its header row): the reading
    of one sentence differs by that fact alone, so the memo keys on it."""
    read = partners._sentence_rows.__wrapped__
    low = LISTED.lower()
    args = (LISTED, LISTED, low, low, False, True)
    assert read(*args, True, False, None, None) == ()
    rows = read(*args, False, False, None, None)
    assert rows is not None
    assert [(r.name, r.quote, r.source) for r in rows] == [
        ("Rygos universitetas", "Rygos universitetas", ""),
        ("Tartu universitetas", "Tartu universitetas", ""),
    ]


def test_undeclared_reads_escape() -> None:
    """A reading that asks for what its page was not given (the text after a name, the
    page's own name, another keyword group) is not kept but read on the whole page."""
    read = partners._sentence_rows.__wrapped__
    escaped = BETWEEN
    low = escaped.lower()
    assert read(escaped, escaped, low, low, False, True, False, False, None, None) is None
    low = OURS.lower()
    hits = (OURS.index("gyvendin"),)  # the promoter verb's keyword
    assert read(OURS, OURS, low, low, True, True, False, False, None, hits) is None
    assert read(OURS, OURS, low, low, True, True, False, True, None, hits) == ()
    page = partners._SentencePage("abc", "abc", None, None)
    with pytest.raises(partners._Escaped):
        page.hits("partners.sentence")
    with pytest.raises(partners._Escaped):
        _ = page.site
    assert page.text[1:3] == "bc"
    assert page.text[0:3] == "abc"
    assert page.text[2] == "c"
    for key in (slice(1, 4), slice(-1, None), slice(None, -1), 3, -1):
        with pytest.raises(partners._Escaped):
            page.text[key]
        with pytest.raises(partners._Escaped):
            page.lower[key]


@pytest.mark.parametrize(
    "text",
    [
        f"Apie\n{BETWEEN}",
        f"Kauno „Aušros“ gimnazija\n{OURS}",
    ],
)
def test_escaped_readings_match(memo: Callable[[bool], None], text: str) -> None:
    memo(False)
    plain = partners.extract_partners(Document(text, "a.txt"))
    memo(True)
    assert partners.extract_partners(Document(text, "a.txt")) == plain
    assert plain


def test_the_partner_sentence_pattern_reads_no_context() -> None:
    """A sentence's page searches ``_PARTNER_SENTENCE`` from its own start: the pattern looks
    at no character before its match (no look-behind, word boundary or anchor), so that is
    what a search of the page from the sentence's start finds."""
    pattern = partners._PARTNER_SENTENCE.pattern
    for mark in ("(?<", "\\b", "\\B", "^", "$", "\\A"):
        assert mark not in pattern
