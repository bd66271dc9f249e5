"""Pages that are not one project's own page, told by their headline.

A programme's news about its call ("Paskelbtas … programos 2-asis kvietimas teikti paraiškas",
"… programos 3-iojo kvietimo metu buvo gauta 80 paraiškų") states the call's money, its
deadlines and the programme's aims. Read as a project's page, its headline became a project's
title, the call's funds an EU budget and a survey's closing day the project's end. A call's
card, with its labels one a line, is told apart by the budgets reader (``budgets._call_card``);
a news item has no such labels, only a headline that names a programme and its call. The parser
(which then reads no budget and no dated event from the page) and the audit (which says why)
both ask :func:`call_headline`.
"""

from __future__ import annotations

import re

from cwlib.lexicon.load import alternation, fragment, words
from cwlib.parse.document import Document

__all__ = ["CALL_GROUP", "call_headline"]

_CALL = re.compile(fragment("pages", "call_news"), re.VERBOSE)
"""A call announced or its applications counted (matched on the lower-cased headline)."""
CALL_GROUP = "pages.call_news"
"""The keyword group of a call's words (``kvietim``, ``call``)."""
_CALL_MARK = re.compile(
    r"""
    kvietim|call                                      # a call named at all (a first test)
    """,
    re.VERBOSE,
)
_PROGRAMME = re.compile(
    rf"""
    (?<![^\W\d_])                                     # at a word's start
    (?:{alternation(words("pages", "call_news_programme"))})   # "programos", "Interreg"
    """,
    re.VERBOSE,
)
_PROJECT = re.compile(
    rf"""
    (?<![^\W\d_])                                     # at a word's start
    (?:{alternation(words("pages", "call_news_project"))})     # "projektas", "pateikta paraiška"
    """,
    re.VERBOSE,
)
_HEADLINE_LINES = 3
"""Non-blank lines from the top in which the headline is looked for (a site's name or a
dateline may stand above it)."""
_HEADLINE_MAX = 250
"""Characters a headline may hold: a longer line is a paragraph."""
_HEAD_CHARS = 4 * _HEADLINE_MAX
"""Characters from the top that may hold the headline, for a cheap first test (blank lines
and a long site name above it included)."""
_QUOTES = '„“"«'


def call_headline(text: str, doc: Document | None = None) -> tuple[int, int] | None:
    """Where the text's headline announces a programme's call (start, end), else None.

    The headline is one of the first few non-blank lines: short, not a sentence of the body
    (it does not end with a full stop), with no quoted name (a quoted name is a project's,
    "Projektas „X“ – 2-ojo kvietimo nugalėtojas"). It must name a programme and its call and
    no project, nor an application handed in ("Pateikta paraiška pagal … kvietimą" is one
    project's news, whose sums are its planned budget). With the text's ``doc`` the first
    test is its keyword hits, a look-up.
    """
    if doc is not None:
        hits = doc.hits(CALL_GROUP)
        if not hits or hits[0] >= _HEAD_CHARS:
            return None  # most pages' tops name no call
    elif not _CALL_MARK.search(text[:_HEAD_CHARS].lower()):
        return None
    pos = 0
    seen = 0
    while seen < _HEADLINE_LINES and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        stripped = line.strip()
        if stripped:
            seen += 1
            low = stripped.lower()
            if (
                len(stripped) <= _HEADLINE_MAX
                and not stripped.endswith(".")
                and not any(q in stripped for q in _QUOTES)
                and _CALL.search(low)
                and _PROGRAMME.search(low)
                and not _PROJECT.search(low)
            ):
                start = pos + line.index(stripped)
                return start, start + len(stripped)
        pos = end + 1
    return None
