"""The project-level fields of one text: title, programme, period, fund, number, address, dates.

Two steps, because the dates, the duration and (failing a stated one) the period are read off
what the other extractors found: :func:`extract_fields` reads the title and English title
(``cwlib.parse.titles``), the programme and the period it implies (``cwlib.parse.programme``),
the fund, the project number, the measure code and the project's web address;
:func:`complete` adds the start and end dates (from the events), the duration (stated, else
computed from full dates), the programming period (stated, else from the programme, else from
the earliest dated event), the programme the period implies where the words alone do not
tell it, and the project id.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date

from cwlib.lexicon import load as lexicon
from cwlib.lexicon import programmes as programme_table
from cwlib.parse import dates, programme, titles
from cwlib.parse.anchored import literal_starts, matches_at
from cwlib.parse.document import Document
from cwlib.parse.facts import (
    Event,
    Partner,
    PeriodHint,
    ProgrammeGuess,
    Project,
    StatedDuration,
)
from cwlib.parse.frozen import frozen
from cwlib.parse.keys import short_title, slugify
from cwlib.patterns import compiled
from cwlib.schema import PERIODS

__all__ = ["complete", "extract_fields", "period_of_year"]

KEYWORDS: tuple[str, ...] = (
    *programme.KEYWORDS,
    *titles.KEYWORDS,
    *(f"programmes.period_hints.{key}" for key in lexicon.entries("programmes", "period_hints")),
)
"""The lexicon keyword groups this extractor reads (see cwlib.parse.document)."""

_NOT_EU = frozenset(("eea_norway", "nordic"))
"""Kinds of programmes that spend no EU money (the EEA and Norway Grants, the Swiss
programme, Nordplus): their own periods are no EU periods, nor are their projects' dates."""

# Word patterns run on ``doc.lower`` (same offsets as the text) without re.IGNORECASE, so the
# regex engine can skip to their first letters; patterns where capitals matter run on the text.
_PERIOD_HINTS = [
    (
        entry["period"],
        compiled(lexicon.fragment_of(entry), re.VERBOSE),
        entry["period"],
        f"programmes.period_hints.{key}",
    )
    for key, entry in lexicon.entries("programmes", "period_hints").items()
]
_URL = compiled(
    r"""
    (?:https?://|www\.)         # a web address starts with its scheme or www.
    [^\s<>\"“”„]+               # and runs to a space, a bracket or a quote
    """,
    re.VERBOSE,
)
_WORD_END = compiled(
    r"""
    \w*                         # the rest of a word (a programme's stem to its ending)
    """,
    re.VERBOSE,
)
_NUMBER = compiled(
    r"""
    (?:
        (?i:projekt\w*\s+(?:kodas\s+nr\.?|nr\.?|numeris|kodas))  # "projekto Nr." / "kodas"
      | (?<![\w.])(?i:nr)\.(?=\s*[A-Z0-9\#])             # a bare "Nr. C031" (measures are excluded below)
      | (?<=\()(?=\#[A-Z]?\d)                           # "(#R081)": programme-style numbers in brackets
      | (?<=,\s)(?=\#[A-Z]?\d)                          # "(Creative Port Cities, #R095)"
      | (?i:sutarties\s+nr)\.?                           # "sutarties Nr."
      | (?i:project\s+(?:no\.?|number|code|id))          # English
      | (?i:projekt\w*)\s+(?=[A-Z][A-Z0-9]{1,6}-[\w./-]*\d[\w./-]*\s+[„"“,])  # "projektą LLI-487 „…“"
      | (?<=[“”"]\s\()(?=[A-Z][A-Z0-9]{1,6}-[\w./-]*\d[\w./-]*\))  # "„…“ (LL-00089)"
      | (?<=(?i:projektas)\s)(?:[^()\n]{0,60}?\s)?(?i:nr)\.?   # "(projektas patvirtintas …, Nr. 3025)"
    )
    (?:\s*/\s*[^\W\d][\w\ ]{0,25}?)?                   # "Project code / Projekto kodas"
    \s*[:–|]?\s*                                       # a colon, a dash or a table's bar
    (?P<num>(?:[A-Z]{2,6}\s(?=\d))?\#?[A-Z0-9][\w./\#\-]*\d[\w./\#\-]*(?<=\w))  # the number, with a digit
    """,
    re.VERBOSE,
)
_NOT_PROJECT_NUMBER = compiled(
    r"""
    [\ \t]*(?:„[^“]*“[\ \t]*)?  # after the number (and a quoted name) …
    (?i:priemon|prioritet|įsakym|sprendim|kvietim)   # … a measure, priority, order, call
    """,
    re.VERBOSE,
)
_MEASURE_BEFORE = compiled(
    r"""
    (?i:priemon|prioritet|įsakym|sprendim|kvietim)\w*   # a measure, priority …
    \s*$                        # … right before "Nr."
    """,
    re.VERBOSE,
)
_CALL_BEFORE = compiled(
    r"""
    (?i:kvietim)\w*\s+(?i:teikti)      # a call to submit ("kvietimas teikti", "Kvietimo teikti") …
    (?:\s+[^\W\d]+){0,3}?              # … a few words ("vietos projektų") …
    \s+(?i:paraišk)\w*                 # … applications ("paraiškas"), numbered: the call's number
    \s*$                               # right before "Nr."
    """,
    re.VERBOSE,
)
_FOUR_DIGITS = compiled(
    r"""
    \d{4}                       # a bare four-digit number (a year, an order's number)
    """,
    re.VERBOSE,
)
_URL_LABEL = compiled(
    r"""
    (?:svetainė|tinklalapis|website|web\s*page|site   # "Projekto svetainė:", "website"
      |projekt\w*(?:\s+\w+){0,2})                     # "projekto … puslapis"
    \W*$                                              # right before the address
    """,
    re.VERBOSE,
)  # run on lower-cased words
_URL_SCHEME = compiled(
    r"""
    ^https?://                  # the scheme of an address
    """,
    re.VERBOSE,
)
_URL_PATH = compiled(
    r"""
    \w/\S                       # a path after the domain: the address of a page, not a site
    """,
    re.VERBOSE,
)


def _word_end(text: str, pos: int) -> int:
    match = _WORD_END.match(text, pos)
    return match.end() if match else pos


def _first(
    doc: Document, named: list[tuple[str, re.Pattern[str], str | None, str]]
) -> tuple[str, re.Match[str], str | None] | None:
    """The first (name, match, period) of a list whose pattern matches the text: each pattern
    is tried only where one of its starting words stands (lower-cased text, any case)."""
    for name, pattern, period, group in named:
        match = doc.match_at_starts(pattern, group)
        if match:
            return name, match, period
    return None


def _number_candidates(doc: Document) -> Iterator[int]:
    """Where a project number's statement may start, in order and once each: at each keyword
    of the group, right after an opening bracket, and right after "projektas" and its space.

    Made as they are read: the first statement that is a project number ends the reading,
    mostly near the top of the text. The places after "projektas " wait in ``after_word``
    (in order) until the keywords reach them.
    """
    lower = doc.lower
    after_word: list[int] = []
    last = -1
    for pos in doc.hits("project.number"):
        bracket = lower.startswith("(", pos)
        here = pos + 1 if bracket else pos
        while after_word and after_word[0] <= here:
            waiting = after_word.pop(0)
            if waiting != last:
                yield waiting
                last = waiting
        if here != last:
            yield here
            last = here
        if not bracket and lower.startswith("projektas", pos):
            after_word.append(pos + len("projektas") + 1)
    for waiting in after_word:
        if waiting != last:
            yield waiting
            last = waiting


def _project_number(doc: Document) -> re.Match[str] | None:
    """The first statement of a project number that is not a measure's or an order's."""
    text = doc.text
    for match in matches_at(_NUMBER, text, _number_candidates(doc)):
        if _NOT_PROJECT_NUMBER.match(text, match.end()) or _MEASURE_BEFORE.search(
            text[max(0, match.start() - 40) : match.start()]
        ):
            continue
        if _CALL_BEFORE.search(text[max(0, match.start() - 80) : match.start()]):
            continue  # "kvietimas teikti vietos projektų paraiškas Nr. 11": the call's number
        if (
            _FOUR_DIGITS.fullmatch(match.group("num"))
            and "projekt" not in doc.lower[max(0, match.start() - 80) : match.start()]
        ):
            continue  # a bare "Nr. 2019" far from the word project is rather a year or an order
        return match
    return None


def _codes(
    doc: Document, found: list[programme.Code]
) -> tuple[str | None, str | None, programme.Code | None, programme.Code | None]:
    """The project number (as written, and its quote), and the codes of the programme's
    table: the number's own, if its shape is a programme's, and the measure code.

    A labelled number is the project's; read whole when its shape is in the table even if
    written with spaces or an en dash ("projekto Nr. 07.1.1 – CPVA-R-905-61-0003"), and a
    measure code when that is its shape. Without a label, the first code shaped like a
    programme's project number is the number ("LT-PL-4R-326 „…“" in a heading).
    """
    text = doc.text
    measure = next((c for c in found if c.what == "measure"), None)
    match = _project_number(doc)
    if match is not None:
        code = programme.code_at(text, match.start("num"), labelled=True) or (
            programme.labelled_number(match.group("num"), match.start("num"))
        )
        if code is not None and code.what == "measure":
            return None, None, None, code
        if code is not None and code.end >= match.end():
            return code.code, text[match.start() : code.end], code, measure
        return match.group("num"), text[match.start() : match.end()], code, measure
    number = next((c for c in found if c.what == "number"), None)
    if number is not None:
        return number.code, number.code, number, measure
    return None, None, None, measure


def _urls(text: str) -> Iterator[re.Match[str]]:
    """``_URL.finditer(text)``, tried only where "http" or "www." begins (found by
    ``str.find``): a scan of the whole text with the pattern costs more than the page's
    few addresses."""
    starts = sorted(literal_starts(text, "http") + literal_starts(text, "www."))
    return matches_at(_URL, text, starts)


def _project_url(doc: Document) -> str | None:
    """The project's own web address: labelled as the project's, or the address of a page."""
    text, lower = doc.text, doc.lower
    if "http" not in lower and "www." not in lower:
        return None
    for url_match in _urls(text):
        candidate = url_match.group(0).rstrip(".,;:)")
        before = lower[max(0, url_match.start() - 50) : url_match.start()]
        # A bare domain, or an address given for the programme, is not the project's page
        # unless the text says it is ("Projekto svetainė: www.…").
        if "program" in before:
            continue  # "Programos svetainė: www.latlit.eu" is the programme's
        if not _URL_LABEL.search(before) and not _URL_PATH.search(_URL_SCHEME.sub("", candidate)):
            continue
        return candidate
    return None


def extract_fields(doc: Document) -> Project:
    """The fields a text states about its project itself; dates and period come in complete()."""
    text, source = doc.text, doc.source
    quotes: dict[str, str] = {}
    found = programme.codes(doc)
    named = programme.mentions(doc)
    title, title_en = titles.read_titles(doc, quotes, named, found)

    number, number_quote, number_code, measure = _codes(doc, found)
    if number is not None and number_quote is not None:
        quotes["project_number"] = number_quote
    if measure is not None:
        quotes["measure_code"] = measure.code

    funds = programme.funds_named(doc)
    own_titles = tuple(t for t in (title, title_en) if t)
    choice = programme.choose(doc, number_code, measure, funds, named, own_titles)
    if choice.quote is not None:
        quotes["programme"] = choice.quote
    fund = funds[0][0] if funds else None
    if funds:
        quotes["fund"] = funds[0][1]

    # The period the programme implies: its row's, when the words or the code tell one.
    period_hint = None
    eu_periods = {r.eu_period for r in choice.rows}
    if choice.quote is not None and len(eu_periods) == 1 and None not in eu_periods:
        period_hint = PeriodHint(eu_periods.pop() or "", choice.quote)
    if period_hint is None and programme_table.kind(choice.programme) not in _NOT_EU:
        hint = _first(doc, _PERIOD_HINTS)
        if hint:
            period, match, _ = hint
            period_hint = PeriodHint(period, text[match.start() : _word_end(text, match.end())])

    url = _project_url(doc)
    if url:
        quotes["url"] = url
    # (without the frozen class's __init__, every field given: see cwlib.parse.frozen)
    return frozen(
        Project,
        project_id="",
        title=title,
        title_en=title_en,
        programme=choice.programme,
        programme_basis=choice.basis,
        period=None,
        period_basis=None,
        fund=fund,
        project_number=number,
        measure_code=measure.code if measure else None,
        start_date=None,
        end_date=None,
        duration_months=None,
        url=url,
        sources=source,
        quotes=quotes,
        durations=(),
        period_hint=period_hint,
        programme_guesses=choice.guesses,
    )


def complete(
    project: Project,
    events: list[Event],
    periods: list[tuple[str, str]],
    durations: list[StatedDuration],
    partners: Sequence[Partner] = (),
) -> Project:
    """The project with its dates, duration, period, programme and id, read off the other facts.

    ``periods`` are the programming periods the text states (from the events extractor),
    ``durations`` the durations it states, the strongest first; ``partners`` tell whether
    the project has partners abroad (a programme inferred from a region needs them).
    """
    quotes = dict(project.quotes)
    by_event: dict[str, Event] = {}
    for row in events:
        by_event.setdefault(row.event, row)
    start = by_event.get("start")
    end = by_event.get("end") or by_event.get("completed")
    if start:
        quotes["start_date"] = start.quote
    if end:
        quotes["end_date"] = end.quote

    duration = durations[0].months if durations else None
    if durations:
        quotes["duration_months"] = durations[0].quote
    elif start and end and start.precision == "day" and end.precision == "day":
        # Not stated: computed from full start and end dates (see schema).
        duration = dates.months_between(
            date.fromisoformat(start.earliest or ""), date.fromisoformat(end.latest or "")
        )
        quotes["duration_months"] = end.quote

    period = basis = None
    grant = programme_table.kind(project.programme) in _NOT_EU
    if periods:
        period, basis = periods[0][0], "stated"
        quotes["period"] = periods[0][1]
    elif grant:
        pass  # a grant's (or Nordplus') own period is no EU period, nor its project's dates
    elif project.period_hint is not None:
        period, basis = project.period_hint.period, "from_programme"
        quotes["period"] = project.period_hint.quote
    else:
        dated = [
            row
            for event in ("approved", "signed", "start")
            for row in events
            if row.event == event and row.earliest
        ]
        if dated:
            period = period_of_year(min(int((row.earliest or "")[:4]) for row in dated))
            if period:
                quotes["period"] = min(dated, key=lambda r: r.earliest or "").quote
                basis = "from_dates"

    name, name_basis = project.programme, project.programme_basis
    abroad = any(p.country not in (None, "LT") for p in partners)
    guesses = tuple(g for g in project.programme_guesses if abroad or not g.abroad)
    guess = _settle_guess(guesses, period)
    if guess is not None:
        name, name_basis = guess.programme, guess.basis
        quotes["programme"] = guess.quote
        single = programme_table.eu_periods(name)
        if period is None and len(single) == 1 and guess.period is None and guess.basis != "stated":
            period, basis = single[0], "from_programme"
            quotes["period"] = guess.quote

    key_title = project.title_en or project.title or project.sources
    return replace(
        project,
        programme=name,
        programme_basis=name_basis,
        project_id=slugify(short_title(key_title)) if key_title else slugify(project.sources),
        period=period,
        period_basis=basis,
        start_date=start.date if start else None,
        end_date=end.date if end else None,
        duration_months=duration,
        quotes=quotes,
        durations=tuple(durations),
    )


def _settle_guess(guesses: tuple[ProgrammeGuess, ...], period: str | None) -> ProgrammeGuess | None:
    """The programme the text's words imply for the project's period (or for any period)."""
    for guess in guesses:
        if guess.period is not None and guess.period == period:
            return guess
    return next((g for g in guesses if g.period is None), None)


def period_of_year(year: int) -> str | None:
    """The programming period a year falls in (None before 2007 or after 2027).

    >>> period_of_year(2017)
    '2014-2020'
    """
    for period in PERIODS:
        first, last = (int(y) for y in period.split("-"))
        if first <= year <= last:
            return period
    return None
