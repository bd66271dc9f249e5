"""Promised or achieved results that carry a count ("ne mažiau kaip 24 … aprašymai").

Counts are read in a results section (a header such as "Projekto metu bus pasiekti šie
rezultatai:") and in sentences that report making or holding something ("bus įkurti 5
klasteriai"). Numbers that are money, dates, percentages, codes or list numbers are not
counts.
"""

from __future__ import annotations

import re

from cwlib.lexicon import load as lexicon
from cwlib.parse.document import Document
from cwlib.parse.facts import Result
from cwlib.parse.segments import BULLET, Span

__all__ = ["extract_results"]

_FLAGS = re.IGNORECASE
_HEADER = re.compile(lexicon.fragment("results", "header"), _FLAGS | re.VERBOSE)
_SECTION_END = re.compile(
    lexicon.fill(
        r"""
        ^\W*                    # at the start of a line, after any mark
        {SECTION_END}           # a header of another section
        """,
        SECTION_END=lexicon.fragment("results", "section_end"),
    ),
    _FLAGS | re.VERBOSE,
)
_DIGIT = re.compile(r"\d")
_RESULT_VERBS = re.compile(lexicon.fragment("results", "verbs"), _FLAGS | re.VERBOSE)
_COUNT = re.compile(
    r"""
    (?<![\w.,/\-–:+])                 # not inside another number, code or date
    (?<!nuo\s)(?<!from\s)                # not the lower end of a range ("nuo 16 iki 29 metų")
    (?P<count>\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,6})  # a whole number, perhaps grouped
    (?!\s+(?:iki|to|–|-)\s+\d)              # nor the start of one
    (?!\s+(?:tūkst|mln|milijon|thousand|million))  # nor a figure with a scale word
    (?![\w.,/\-–:%]|\s*(?:%|proc|eur|lt\b|€|m\.|d\.|metai|metų|mėn))   # not a date, money or percent
    \s+
    (?=(?P<indicator>[a-ząčęėįšųūž„"][^.;:()\n]*))  # followed by what is counted (looked at, not consumed)
    """,
    re.VERBOSE,
)
_QUALIFIER_AT_LEAST = re.compile(
    lexicon.fill(
        r"""
        {AT_LEAST}          # "ne mažiau kaip", "at least" ...
        \s*$                # right before the count
        """,
        AT_LEAST=lexicon.fragment("results", "at_least"),
    ),
    _FLAGS | re.VERBOSE,
)
_QUALIFIER_ABOUT = re.compile(
    lexicon.fill(
        r"""
        {ABOUT}             # "apie", "about" ...
        \s*$                # right before the count
        """,
        ABOUT=lexicon.fragment("results", "about"),
    ),
    _FLAGS | re.VERBOSE,
)
_NOT_INDICATOR = re.compile(
    r"(?:prioritet|priemon|straipsn|punkt|dalies|dalis|nr\b|kvietim|etap|lygio|laipsn|vietą|vieta\b|klasė|kurs)",
    _FLAGS,
)
_INDICATOR_STOP = re.compile(
    r"\s+(?:ir|bei|and)\s+(?=\d)|,\s|\s+–\s|\s+bus\s|\s+buvo\s|\s+kuri|\s+kad\s"
)


def _sections(text: str, all_lines: tuple[Span, ...]) -> list[Span]:
    """Spans of results sections: from a results header to the next other header."""
    out = []
    for i, line in enumerate(all_lines):
        head = line.text
        if len(head) > 120 and head.endswith(":"):
            # "… took place on 14 September 2021. Expected results:": the header ends the line.
            head = re.split(r"(?<=[.!?])\s+", head)[-1]
        if len(head) > 120 or not _HEADER.search(head):
            continue
        if not (line.text.rstrip().endswith(":") or len(line.text) <= 60):
            continue
        end = len(text)
        for nxt in all_lines[i + 1 :]:
            if BULLET.match(nxt.text):
                continue
            if _SECTION_END.match(nxt.text) or (nxt.text.endswith(":") and len(nxt.text) <= 60):
                end = nxt.start
                break
        out.append(Span(line.end, end, text[line.end : end]))
    return out


def _blocked(doc: Document) -> list[tuple[int, int]]:
    spans = [(m.start, m.end) for m in doc.amounts]
    spans += [(p.start, p.end) for p in doc.percentages]
    spans += [(d.start, d.end) for d in doc.dates]
    spans += [(d.start, d.end) for d in doc.durations]
    return spans


_INDICATOR_ROW = re.compile(
    r"""
    ^(?P<indicator>[^\t\d]{6,160}?)         # what is counted, in words
    \t+(?:(?:vnt|asm|val|kartai|units?|pcs|persons?)\.?\t+)?   # maybe a unit cell
    (?P<count>\d{1,6})\s*$                  # the target value ends the row
    """,
    re.VERBOSE | _FLAGS,
)


def _indicator_rows(doc: Document) -> list[Result]:
    """Indicator tables copied from a PDF: "Surengti festivaliai ⇥ vnt. ⇥ 6"."""
    source = doc.source
    rows = []
    for line in doc.lines:
        if "\t" not in line.text:
            continue
        match = _INDICATOR_ROW.match(line.text)
        if not match or len(match.group("indicator").split()) < 2:
            continue
        rows.append(
            Result(
                count=float(match.group("count")),
                indicator=" ".join(match.group("indicator").split()),
                qualifier="exact",
                source=source,
                quote=line.text,
            )
        )
    return rows


def extract_results(doc: Document) -> list[Result]:
    """Result rows with count, indicator, qualifier and quote."""
    text, source = doc.text, doc.source
    sections = _sections(text, doc.lines)
    blocked = _blocked(doc)
    rows: list[Result] = []
    seen: set[tuple[int, int]] = set()
    for sentence in doc.sentences:
        if not _DIGIT.search(sentence.text):
            continue  # no count, no result; cheaper than the verb list below
        in_section = any(s.start <= sentence.start < s.end for s in sections)
        if not in_section and not _RESULT_VERBS.search(sentence.text):
            continue
        for match in _COUNT.finditer(sentence.text):
            start = sentence.start + match.start("count")
            end = sentence.start + match.end("count")
            if any(a <= start < b or a < end <= b for a, b in blocked):
                continue
            if re.match(r"\s*[.)]", sentence.text[match.end("count") :]):
                continue
            if not in_section and not _RESULT_VERBS.search(
                sentence.text[max(0, match.start() - 60) : match.end("count") + 60]
            ):
                continue
            raw_indicator = _INDICATOR_STOP.split(match.group("indicator"))[0]
            if _NOT_INDICATOR.match(raw_indicator):
                continue
            words = list(re.finditer(r"\S+", raw_indicator))[:10]
            if not words:
                continue
            raw_indicator = raw_indicator[: words[-1].end()].rstrip(" ,;–-")
            indicator = " ".join(raw_indicator.split())
            if not indicator or len(indicator) < 3:
                continue
            before = sentence.text[max(0, match.start("count") - 30) : match.start("count")]
            q_start = start
            qualifier = "exact"
            for name, pattern in (("at_least", _QUALIFIER_AT_LEAST), ("about", _QUALIFIER_ABOUT)):
                found = pattern.search(before)
                if found:
                    qualifier = name
                    q_start = sentence.start + match.start("count") - len(before) + found.start()
                    break
            q_end = sentence.start + match.start("indicator") + len(raw_indicator)
            if (q_start, q_end) in seen:
                continue
            seen.add((q_start, q_end))
            rows.append(
                Result(
                    count=float(re.sub(r"[ \u00a0,]", "", match.group("count"))),
                    indicator=indicator,
                    qualifier=qualifier,
                    source=source,
                    quote=text[q_start:q_end],
                )
            )
    rows.extend(_indicator_rows(doc))
    return rows
