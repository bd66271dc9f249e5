"""Dated events (approval, start, end, completion, presentations) and the project's duration.

A date is an event only when the words around it say what happened; a bare date is left
out rather than guessed. A date without a year stays without one. What real pages add to
that, and how it is read:

* A range of years in a programme's, a funding mechanism's or a strategy's name ("2014–2020
  metų … programos", "2009–2014 m. EEE finansinio mechanizmo", "VPS 2016–2023") is that
  period, never the project's dates; a programming period of the schema is reported as one.
* A range in a clause about a meeting, a seminar or a camp, with no word of the project's
  run in it, dates that activity (``other``), not the project.
* The date of a document (a decree, a decision: "ministro 2023 m. birželio 8 d. įsakymu")
  is no event, and words that belong to a date ("iki 2015 m. pabaigos") name none.
* "nuo"/"iki" alone name a start or an end only in a clause about the project; a clause that
  names projects only in the plural ("The projects are planned to start …") dates a
  programme's or a call's projects, not this one.
* A plan or deadline ("turėjo baigtis", "Planuota pabaiga", "įgyvendinimo terminas") gives
  way to any other end; an extension ("pratęsta iki") to the completion, and the extended
  end replaces any earlier end (a range's, a card's, an earlier extension): the end is when
  the project ended. An extension only asked for or planned ("prašoma pratęsti iki") is
  no end at all.

Every pattern runs on ``doc.lower`` and is tried only where its lexicon ``starts`` begin.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from cwlib.lexicon import load as lexicon
from cwlib.parse import dates
from cwlib.parse.anchored import first_match_in
from cwlib.parse.document import Document
from cwlib.parse.facts import Event, StatedDuration
from cwlib.parse.frozen import frozen
from cwlib.parse.segments import Span
from cwlib.patterns import compiled
from cwlib.schema import PERIODS

__all__ = ["extract_durations", "extract_events", "is_programme_period"]

_KIND_ENTRIES = lexicon.entries("events", "kinds")
KEYWORDS: tuple[str, ...] = (
    *(f"events.kinds.{kind}" for kind in _KIND_ENTRIES),
    "events.project",
    "events.run",
    "events.activity",
    "events.plan",
    "events.extended",
    "events.extension_asked",
    "events.extension_granted",
    "events.after_project",
    "events.report_after",
    "events.stage",
    "events.document",
    "events.call",
)
"""The lexicon keyword groups this extractor reads (each pattern is tried at its starts)."""


def _on_lower(name: str) -> re.Pattern[str]:
    """A pattern of events.toml, run on the lower-cased text (no IGNORECASE needed)."""
    return compiled(lexicon.fragment("events", name), re.VERBOSE)


# Event words, most specific first: "baigė įgyvendinti" is a completion, not an end.
_EVENT_WORDS: tuple[tuple[str, re.Pattern[str], str], ...] = tuple(
    (event, compiled(lexicon.fragment_of(entry), re.VERBOSE), f"events.kinds.{event}")
    for event, entry in _KIND_ENTRIES.items()
)
_WEAK = compiled(
    lexicon.fill(
        r"""
        {WEAK}          # "nuo", "iki", "from", "until": a period's prepositions
        \Z              # and nothing else in the match
        """,
        WEAK=lexicon.fragment("events", "weak"),
    ),
    re.VERBOSE,
)
_PROJECT = _on_lower("project")
_RUN = _on_lower("run")
_RUN_SETTING = _on_lower("run_setting")  # matched at a run word's start
_RUN_OWNER = _on_lower("run_owner")  # searched up to a run word's start (its $)
_RUN_OWNER_REACH = 30  # how far before a run word its owner's noun may begin, in characters
_ACTIVITY = _on_lower("activity")
_PLAN = _on_lower("plan")
_EXTENDED = _on_lower("extended")
_EXTENSION_ASKED = _on_lower("extension_asked")
_EXTENSION_GRANTED = _on_lower("extension_granted")
_AFTER_PROJECT = _on_lower("after_project")
_REPORT_AFTER = _on_lower("report_after")
_SUBMISSION_DEADLINE = _on_lower("submission_deadline")
_PROGRAMME_RUN = _on_lower("programme_run")
_ACCREDITATION = _on_lower("accreditation")
_PROGRAMME_SUBJECT = _on_lower("programme_subject")
_PROJECT_NOUN = compiled(
    r"""
    projekt(?!in|av|uo)               # "projektas", "projektą" (not "projektinis", "projektuoti")
    | project                         # English
    """,
    re.VERBOSE,
)  # matched at the `project` words' starts (on the lower-cased text)
_STAGE = _on_lower("stage")
_STAGE_ORDINAL = _on_lower("stage_ordinal")  # searched up to the stage noun (its \Z)
_STAGE_REACH = 40  # how far before a stage noun its ordinal may begin, in characters
_STAGE_THIS = _on_lower("stage_this")  # "Šis etapas": searched up to the step noun (its \Z)
_CALL = _on_lower("call")
_OWN_PROJECT = _on_lower("own_project")
_OTHER_PROJECTS = _on_lower("other_projects")
_COUNTED = _on_lower("counted")  # searched up to a singular project word's start (its $)
_COUNTED_REACH = 12  # how far before a project word its count may begin, in characters
_DOCUMENT = compiled(
    lexicon.fill(
        r"""
        [\s,]*              # right after the date
        (?:\S+\s+)??       # at most one word on ("… d. ministro įsakymu")
        {DOCUMENT}          # a document's name
        """,
        DOCUMENT=lexicon.fragment("events", "document"),
    ),
    re.VERBOSE,
)
_SIGNING_FROM = _on_lower("signing_from")  # searched up to the date (its \Z)
_BY_RULES = _on_lower("by_rules")  # searched up to the date (its \Z)
_SUPPORT_ROUND = _on_lower("support_round")  # matched from the year's end
_YEARLY_DOCUMENT = _on_lower("yearly_document")  # matched from the year's end
_SIGNING_TO = _on_lower("signing_to")  # matched from the date's end
_PART_OF_DATE = compiled(
    lexicon.fill(
        r"""
        \s*                 # right after the date
        {PART}              # "pabaigos", "pradžioje": the date's own word
        """,
        PART=lexicon.fragment("events", "part_of_date"),
    ),
    re.VERBOSE,
)
_CLAUSE_END = compiled(
    r"""
    ,\s+(?:o|bet|tačiau|kai|nors)\s   # a second clause: ", o …", ", tačiau …"
    | ;                               # or a semicolon
    | \s\((?=\D)                      # or an aside in brackets that is not a date
    """,
    re.VERBOSE,
)
_NAME_END = compiled(
    r"""
    [.;]\s                            # the sentence or clause ends
    | ,\s+(?:o|bet|tačiau|kai|kuri\w*)\s   # a second clause or a relative one
    | \s(?:pagal|under|according)\s   # "2017–2020 m. pagal … programą": the programme is apart
    """,
    re.VERBOSE,
)
_YEAR_WORD = compiled(
    r"""
    \s*m\.                            # "m." (metų) right after a range of years
    """,
    re.VERBOSE,
)  # on the lower-cased text
_DAY_ENDS_SENTENCE = compiled(
    r"""
    \sd\.                             # a day's "d." ("2016 m. birželio 1 d.")
    \s+                               # then space
    (?=[A-ZĄČĘĖĮŠŲŪŽ])                # and a capital: a new sentence the splitter kept joined
    """,
    re.VERBOSE,
)  # on the text (capitals matter)
_WORDS_BEFORE = compiled(
    r"""
    (?<![^\W\d_])                     # a word's start
    (?!(?i:nuo|iki|from|since)\s*\Z)  # (a bare "Nuo" opening the sentence is the date's own:
                                       #   "Nuo <date> Centras pradeda …" goes on after it)
    [^\W\d_]{2}                       # a word before the date: it does not open its sentence
    """,
    re.VERBOSE,
)
_CLAUSE_START = compiled(
    r"""
    .*(?:,\s+(?:o|bet|tačiau|kai|nors)\s|;)   # the last clause boundary before the date
    """,
    re.VERBOSE | re.DOTALL,
)
_LABEL_LINE = compiled(
    r"""
    (?:\A|\n)                         # a line of its own
    [ \t]*[^\W\d_][^\n.!?;]{2,60}     # a short label: opens with a letter, is no sentence
    :?[ \t]*\n\s*\Z                   # right before the line of the date
    """,
    re.VERBOSE,
)
_LABEL_REACH = 80
"""How far back a label line may start: a label is a few words, not a paragraph."""
_VALUE_ENDS_LINE = compiled(
    r"""
    [ \t]*(?:\n|\Z)                   # nothing after the date on its line: a table's cell
    """,
    re.VERBOSE,
)
_PROGRAMME_CONTEXT = _on_lower("programme_context")
_PERIOD_AFTER = _on_lower("period_name_after")
_PERIOD_BEFORE = _on_lower("period_name_before")
_RUNS = _on_lower("runs")
_DURATION_CONTEXT = _on_lower("duration_context")
_WEAK_DURATION = _on_lower("weak_duration")
_DURATION_OF_WORKS = _on_lower("duration_of_works")
_DURATION_BOUND = _on_lower("duration_bound")  # searched up to the count (its \Z)
_BOUND_REACH = 30
"""How far before a count its bound word may begin ("ne trumpiau kaip "), in characters."""
_HEADLINE = _on_lower("headline")

_NAMED_NOT_PROJECT = ("other", "presented", "signed", "approved")
"""Events that date something other than the project's own run."""


def is_programme_period(span: dates.DateRange, context: str) -> bool:
    """True for a year range that names a programming period ("2014–2020 m. programa").

    A range equal to a period is the period unless the words around it say the project runs
    then ("Projektas įgyvendinamas 2014–2020 metais"). ``context`` is lower case.
    """
    return _looks_like_period(span) and _period_context(context)


def _years_only(span: dates.DateRange) -> bool:
    return span.start.precision == "year" and span.end.precision == "year"


def _looks_like_period(span: dates.DateRange) -> bool:
    """A range of two years that are a programming period's first and last."""
    return f"{span.start.year}-{span.end.year}" in PERIODS and _years_only(span)


def _period_context(context: str) -> bool:
    """The words around a period-like range name a programme, or do not say the project runs."""
    return _PROGRAMME_CONTEXT.search(context) is not None or _RUNS.search(context) is None


def _in_a_name(doc: Document, span: dates.DateRange, sentence: Span) -> bool:
    """A range of years in the name of a programme, a mechanism or a strategy: the words
    right before it or the rest of its clause name one ("VPS 2016–2023", "2009–2014 m. EEE
    finansinio mechanizmo")."""
    if not _years_only(span):
        return False
    before = doc.lower[max(sentence.start, span.start_pos - 40) : span.start_pos]
    if _PERIOD_BEFORE.search(before):
        return True
    after_end = min(sentence.end, span.end_pos + 120)
    # the year's "m." the range left out (a heading in capitals: "2009–2015 M. STRATEGIJA")
    # is no sentence end
    year_word = _YEAR_WORD.match(doc.lower, span.end_pos, after_end)
    start = year_word.end() if year_word else span.end_pos
    cut = _NAME_END.search(doc.lower, start, after_end)
    after = doc.lower[span.end_pos : cut.start() if cut else after_end]
    return _PERIOD_AFTER.search(after) is not None


def _uncovered(
    mentions: Sequence[dates.DateMention], covered: list[tuple[int, int]]
) -> list[dates.DateMention]:
    """The dates that are not an end of a range (both lists in text order: one walk)."""
    out = []
    j = 0
    for mention in mentions:
        while j < len(covered) and covered[j][1] < mention.end:
            j += 1
        if j < len(covered) and covered[j][0] <= mention.start and mention.end <= covered[j][1]:
            continue
        out.append(mention)
    return out


def _matches(
    doc: Document, pattern: re.Pattern[str], group: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` on ``doc.lower`` at the words of ``group`` inside
    ``[start, end)`` and ending there (a binary search for the first, then the group's words
    in order)."""
    hits = doc.hits(group)
    lower = doc.lower
    for i in range(bisect_left(hits, start), len(hits)):
        pos = hits[i]
        if pos >= end:
            return
        match = pattern.match(lower, pos)
        if match is not None and match.end() <= end:
            yield match


def _has(doc: Document, pattern: re.Pattern[str], group: str, start: int, end: int) -> bool:
    """True when ``pattern`` matches at a word of ``group`` inside ``[start, end)``."""
    hits = doc.hits(group)
    return first_match_in(pattern, doc.lower, hits, start, end, ending_inside=True) is not None


_Kinds = list[tuple[int, str, re.Pattern[str], list[int]]]
"""The event kinds with a word in one text: their order, name, pattern and hits."""


def _kinds_in(doc: Document) -> _Kinds:
    """The event kinds a text holds a keyword of, in their order, looked up once a text."""
    found = []
    for order, (event, pattern, group) in enumerate(_EVENT_WORDS):
        hits = doc.hits(group)
        if hits:
            found.append((order, event, pattern, hits))
    return found


@dataclass(slots=True)
class _Clause:
    """The words around one date (or range) that may say what happened on it."""

    start: int  # where the words before the date begin
    date_start: int
    date_end: int
    end: int  # where the words after the date end

    def names_project(self, doc: Document) -> bool:
        """The clause names the project, its activities or its run."""
        return _has(doc, _PROJECT, "events.project", self.start, self.end) or self.runs(doc)

    def names_own_project(self, doc: Document, calls: list[tuple[int, int]]) -> bool:
        """In a sentence that names a call for proposals (the ``calls`` its words name): the
        clause names the one project (a singular project word outside the call's words;
        "projektų paraiškos" are the applicants' projects, "call for project proposals" the
        call's)."""
        return any(
            not any(lo <= match.start() < hi for lo, hi in calls)
            for match in _matches(doc, _OWN_PROJECT, "events.project", self.start, self.end)
        )

    def names_other_projects(self, doc: Document) -> bool:
        """The clause's project words are all plural or counted ("The projects are planned
        to start …", "projektų derinimas bus užbaigtas iki …", "įgyvendintas 21 vietos
        projektas"): it speaks of a programme's or a call's projects, not of the one project."""
        lower, plural = doc.lower, False
        hits = doc.hits("events.project")
        for i in range(bisect_left(hits, self.start), len(hits)):
            pos = hits[i]
            if pos >= self.end:
                break
            if _OWN_PROJECT.match(lower, pos) is not None:
                if _COUNTED.search(lower, max(0, pos - _COUNTED_REACH), pos) is None:
                    return False
                plural = True  # "įgyvendintas 21 vietos projektas": projects counted
                continue
            plural = plural or _OTHER_PROJECTS.match(lower, pos) is not None
        return plural

    def runs(self, doc: Document) -> bool:
        """The clause speaks of the project's run (its period, start, end, implementation)."""
        return _has(doc, _RUN, "events.run", self.start, self.end)

    def runs_itself(self, doc: Document) -> bool:
        """:meth:`runs`, not counting a participle that only sets the scene ("Įgyvendinant
        projektą, spalio 7–9 d. vyko mokymai": the days are the training's), a strategy's run
        ("… pristatė strategijos įgyvendinimo eigą") nor a run word inside a quoted name
        ("dalyvavo konferencijoje „Projektų įgyvendinimo patirtis“": the conference's name)."""
        lower = doc.lower
        return any(
            _RUN_SETTING.match(lower, at) is None
            and _RUN_OWNER.search(lower, max(self.start, at - _RUN_OWNER_REACH), at) is None
            and not _inside_quotation(doc.text, self.start, at)
            for at in (m.start() for m in _matches(doc, _RUN, "events.run", self.start, self.end))
        )


def _inside_quotation(text: str, start: int, pos: int) -> bool:
    """``pos`` stands inside a quotation opened with a Lithuanian mark („) after ``start`` and
    not yet closed: a name's words ("konferencija „Projektų įgyvendinimo patirtis“")."""
    opened = text.rfind("„", start, pos)
    return opened >= 0 and text.find("“", opened, pos) < 0 and text.find("”", opened, pos) < 0


def _call_spans(doc: Document, lo: int, hi: int) -> list[tuple[int, int]]:
    """Where the words in ``[lo, hi)`` name a call for proposals (empty when none does)."""
    return [match.span() for match in _matches(doc, _CALL, "events.call", lo, hi)]


def _a_calls_date(doc: Document, clause: _Clause, sentence: Span) -> bool:
    """The date is a call's: its sentence names a call for proposals and its clause does not
    name the one project ("<date> baigėsi kvietimas teikti paraiškas", "Paraiškos priimamos
    nuo <date> iki <date>", a card's "Paraiškų pateikimo terminas" / "<date>"), so it is no
    event of the project."""
    # the sentence, and the label line over a value that a flattened card gives the clause
    calls = _call_spans(doc, min(sentence.start, clause.start), max(sentence.end, clause.end))
    return bool(calls) and not clause.names_own_project(doc, calls)


_REACH = 200
"""How far from a date its clause may reach on either side, in characters: a word further
away names no event of it, and the bound keeps a page written as one long line linear."""


def _clause(doc: Document, left: int, right: int, start: int, end: int) -> _Clause:
    """The clause of a date at ``[start, end)``, inside ``[left, right)`` (its sentence, less
    the neighbouring dates): cut at a second clause (", o …", "; …") on either side."""
    lower = doc.lower
    left, right = max(left, start - _REACH), min(right, end + _REACH)
    # each pattern only where its literals stand: a clause break holds a comma, a semicolon
    # (or a bracket, after the date); a day that ends a sentence "d."
    if lower.find(",", left, start) >= 0 or lower.find(";", left, start) >= 0:
        head = _CLAUSE_START.match(lower, left, start)
        if head is not None:
            left = head.end()
    if (
        lower.find(",", end, right) >= 0
        or lower.find(";", end, right) >= 0
        or lower.find("(", end, right) >= 0
    ):
        tail = _CLAUSE_END.search(lower, end, right)
        if tail is not None:
            right = tail.start()
    if doc.text.find("d.", left, start) >= 0:
        for day_end in _DAY_ENDS_SENTENCE.finditer(doc.text, left, start):
            left = day_end.end()  # "… iki 2016 m. rugsėjo 30 d. Projektas baigtas <date>"
    stop = _DAY_ENDS_SENTENCE.match(doc.text, end - 3 if doc.lower.endswith("d.", 0, end) else end)
    if stop is not None and stop.start() < right and _WORDS_BEFORE.search(doc.text, left, start):
        # "… paskelbtas 2016 m. birželio 1 d. Projekto pradžia – …", not "<date> X baigė …"
        right = end
    return _Clause(left, start, end, right)


def _classify(doc: Document, clause: _Clause, kinds: _Kinds) -> tuple[str, re.Match[str]] | None:
    """The event the words of a clause name, and the word: the nearest before the date wins,
    a named event over a mere meeting word; else the nearest after it. "nuo"/"iki" alone
    count only in a clause about the project. ``kinds``: ``_kinds_in(doc)``.

    The words after the date are read only when none before it names an event: any word
    before it wins over every word after it.
    """
    lower = doc.lower
    weak_ok: bool | None = None
    best: tuple[tuple[int, int, int], str, re.Match[str]] | None = None
    for side in (0, 1):
        if side == 0:
            lo, hi = clause.start, clause.date_start
        else:
            if best is not None:
                break
            lo, hi = clause.date_end, clause.end
            part = _PART_OF_DATE.match(lower, clause.date_end, clause.end)
            if part is not None:
                lo = part.end()  # "iki 2015 m. pabaigos": the date's own word
        for order, event, pattern, hits in kinds:
            for i in range(bisect_left(hits, lo), len(hits)):
                pos = hits[i]
                if pos >= hi:
                    break
                match = pattern.match(lower, pos)
                if match is None or match.end() > hi:
                    continue
                if _WEAK.match(match.group()):
                    if weak_ok is None:
                        weak_ok = clause.names_project(doc)
                    if not weak_ok:
                        continue
                distance = clause.date_start - match.end() if side == 0 else match.start() - lo
                # a named event over a meeting word; the nearest; then the kind listed first
                key = (int(event == "other"), distance, order)
                if best is None or key < best[0]:
                    best = (key, event, match)
    return (best[1], best[2]) if best else None


def _order(event: str) -> int:
    return list(_KIND_ENTRIES).index(event)


@dataclass
class _Row:
    """An event row with what the superseding pass needs to know about an end."""

    event: Event
    plan: bool = False  # a plan or a deadline
    extended: bool = False  # an extension of the planned end
    named: bool = False  # a completion whose words before the date name the project


def _row(event: str, mention: dates.DateMention, quote: str, source: str) -> Event:
    earliest, latest = mention.earliest(), mention.latest()
    # made without the frozen class's __init__ (:mod:`cwlib.parse.frozen`): every field, in
    # its order (``__init__`` sets each through ``object.__setattr__``)
    return frozen(
        Event,
        event=event,
        # a quarter, half-year or season ends a project with its last month, starts it with
        # its first (earliest and latest give the whole part)
        date=mention.iso(last=event in ("end", "completed")),
        precision=mention.precision,
        earliest=earliest.isoformat() if earliest else None,
        latest=latest.isoformat() if latest else None,
        source=source,
        quote=quote,
        mention=mention,
    )


def _sentence_or_window(doc: Document, start: int, end: int) -> Span:
    sentence = doc.sentence_at(start)
    if sentence is not None and end <= sentence.end:
        return sentence
    lo, hi = max(0, start - 80), min(len(doc.text), end + 80)
    return Span(lo, hi, doc.text[lo:hi])


def _label_start(doc: Document, left: int, start: int, end: int) -> int:
    """Where the clause of a date may begin when the date is a value alone on its line
    under a label line ("Projekto pradžia" / "<date>"), as flattened label/value tables
    give it: the label names the event, though the sentence splitter put it apart."""
    if doc.text[left:start].strip() or _VALUE_ENDS_LINE.match(doc.text, end) is None:
        return left
    lo = max(0, left - _LABEL_REACH)
    label = _LABEL_LINE.search(doc.text, lo, start)
    if label is None:
        return left
    # A label names what the date is ("Projekto pradžia", "Sutarties pasirašymo data"); a
    # headline over a post's date names a meeting ("Partnerių susitikimas", "Projekto
    # pabaigos renginys" / "<date>"): that date is the post's, not the event's.
    lo = label.start()
    if any(_has(doc, p, g, lo, left) for event, p, g in _EVENT_WORDS if event == "other"):
        return left
    # A headline reports what happened ("Baigtas įgyvendinti parko projektas" / "<date>"): a
    # verb or participle, where a label is a noun ("Projekto pabaiga"); the date under it is
    # the post's. A line ending in a colon is a label whatever its words. (The label line is
    # at most _LABEL_REACH characters: the search stays bounded.)
    line = doc.lower[lo:left].rstrip()
    if not line.endswith(":") and _HEADLINE.search(line) is not None:
        return left
    named = _has(doc, _RUN, "events.run", lo, left) or any(
        _has(doc, p, g, lo, left) for event, p, g in _EVENT_WORDS if event != "other"
    )
    return lo if named else left


def _days_of_one_month(rng: dates.DateRange) -> bool:
    """A range of a few days: both ends are days of the same month of the same year (or of
    no stated year)."""
    a, b = rng.start, rng.end
    return (
        a.precision in ("day", "no_year")
        and b.precision == a.precision
        and a.day is not None
        and b.day is not None
        and (a.year, a.month) == (b.year, b.month)
    )


def _range_rows(
    doc: Document,
    rng: dates.DateRange,
    sentence: Span,
    verdicts: dict[int, bool],
    kinds: _Kinds,
) -> tuple[list[_Row], tuple[str, str] | None]:
    """The rows a range gives (none for a period in a name), and the programming period it
    states, if it is one."""
    looks = _looks_like_period(rng)
    if _in_a_name(doc, rng, sentence):
        return [], (f"{rng.start.year}-{rng.end.year}", rng.text) if looks else None
    if looks:
        if sentence.start not in verdicts:  # a sentence is read once, however many ranges
            verdicts[sentence.start] = _period_context(doc.lower[sentence.start : sentence.end])
        if verdicts[sentence.start]:
            return [], (f"{rng.start.year}-{rng.end.year}", rng.text)
    # the clause only for a range that is no period
    left = _label_start(doc, sentence.start, rng.start_pos, rng.end_pos)
    clause = _clause(doc, left, sentence.end, rng.start_pos, rng.end_pos)
    if _a_calls_date(doc, clause, sentence):
        return [], None  # "Paraiškos priimamos nuo <date> iki <date>": the call's days
    found = _classify(doc, clause, kinds)
    source = doc.source
    if (
        found is not None
        and found[0] in _NAMED_NOT_PROJECT
        and (
            found[0] != "other" or _has(doc, _ACTIVITY, "events.activity", clause.start, clause.end)
        )
        and not clause.runs(doc)
    ):
        # "2018 m. gegužės 3–4 d. vyko partnerių susitikimas": the meeting's days.
        return [
            _Row(_row(found[0], rng.start, rng.text, source)),
            _Row(_row(found[0], rng.end, rng.text, source)),
        ], None
    if _days_of_one_month(rng) and not clause.runs_itself(doc):
        # "2017 m. spalio 15–19 dienomis Vengrijoje (…) įvyko … susitikimas", "Gegužės 16–20
        # dienomis grupė lankėsi …", "Spalio 25–26 dienomis vyko projekto … konferencija": a
        # few days are a visit's or a meeting's, not the project's, unless the clause speaks
        # of its run ("… dienomis įgyvendino … projektą"; "Įgyvendinant projektą" only sets
        # the scene)
        return [
            _Row(_row("other", rng.start, rng.text, source)),
            _Row(_row("other", rng.end, rng.text, source)),
        ], None
    if clause.names_other_projects(doc):
        return [], None  # "Projects will be carried out in <range>": a programme's projects
    if _after_project(doc, clause):
        return [], None  # "Projekto priežiūros laikotarpis: 2019–2024 m.": after the project
    if _anothers_run(doc, clause):
        return [], None  # "Programos įgyvendinimo laikotarpis: <range>": the programme's run
    if _names_stage(doc, clause.start, clause.date_start):
        # "II etapas: 2020–2021 m.": one stage's dates, not the project's
        return [
            _Row(_row("other", rng.start, rng.text, source)),
            _Row(_row("other", rng.end, rng.text, source)),
        ], None
    plan = _has(doc, _PLAN, "events.plan", clause.start, clause.date_start)
    return [
        _Row(_row("start", rng.start, rng.text, source)),
        _Row(_row("end", rng.end, rng.text, source), plan=plan),
    ], None


def extract_events(doc: Document) -> tuple[list[Event], list[tuple[str, str]]]:
    """Event rows, and the programming periods stated in the text (period, quote)."""
    text, source = doc.text, doc.source
    rows: list[_Row] = []
    periods: list[tuple[str, str]] = []
    covered: list[tuple[int, int]] = []
    verdicts: dict[int, bool] = {}  # per sentence: is a period-like range there a period?
    kinds = _kinds_in(doc)
    for rng in doc.ranges:
        covered.append((rng.start_pos, rng.end_pos))
        window = _sentence_or_window(doc, rng.start_pos, rng.end_pos)
        range_rows, period = _range_rows(doc, rng, window, verdicts, kinds)
        rows.extend(range_rows)
        if period is not None:
            periods.append(period)
    mentions = _uncovered(doc.dates, covered)
    for i, mention in enumerate(mentions):
        sentence = doc.sentence_at(mention.start)
        if sentence is None:
            continue
        if _DOCUMENT.match(doc.lower, mention.end, min(sentence.end, mention.end + 40)):
            continue  # "ministro 2023 m. birželio 8 d. įsakymu": a document's date
        if mention.precision == "year" and _BY_RULES.search(
            doc.lower, max(sentence.start, mention.start - 10), mention.start
        ):
            continue  # "pagal 2018 metų … teikimo taisykles": the year of the rules' name
        if mention.precision == "year" and _SUPPORT_ROUND.match(
            doc.lower, mention.end, min(sentence.end, mention.end + 40)
        ):
            continue  # "2021 metų nacionalinės paramos … konkursui": the round's name
        if mention.precision == "year" and _YEARLY_DOCUMENT.match(
            doc.lower, mention.end, min(sentence.end, mention.end + 60)
        ):
            continue  # "strategijos 2022 m. įgyvendinimo ataskaita": the report's year
        # Only the words of this date's own clause: "… patvirtintas 2023 m. spalio 10 d., o
        # 2023 m. lapkričio 22 d. pasirašyta sutartis" has two events.
        left = _label_start(doc, sentence.start, mention.start, mention.end)
        if i > 0 and mentions[i - 1].end > left:
            left = mentions[i - 1].end
        right = sentence.end
        if i + 1 < len(mentions) and mentions[i + 1].start < sentence.end:
            right = mentions[i + 1].start
        clause = _clause(doc, left, right, mention.start, mention.end)
        rows.extend(_signing_day_run(doc, sentence, mentions, i))
        if _a_calls_date(doc, clause, sentence):
            continue  # "<date> baigėsi kvietimas teikti paraiškas": the call's date
        found = _classify(doc, clause, kinds)
        if found is None:
            continue
        event, word = found
        if event in ("start", "end", "completed") and clause.names_other_projects(doc):
            continue  # "The projects are planned to start in <date>": not this project's
        if event in ("start", "end", "completed") and (
            _after_project(doc, clause) or _report_after(doc, clause, word)
        ):
            continue  # "Projekto kontrolės laikotarpis baigiasi <date>": after the project
        if event in ("start", "end", "completed") and _submission_deadline(doc, clause):
            continue  # "Paraiškos pateikimo terminas – <date>": a deadline to hand in by
        if event in ("start", "end", "completed") and _anothers_run(doc, clause):
            continue  # "programos įgyvendinimo pabaiga – <date>": the programme's, not the project's
        if event in ("start", "end", "completed") and _stage_of(doc, clause, word):
            event = "other"  # "I etapas baigtas <date>": a stage's date, not the project's
        if (
            event in ("start", "end", "completed")
            and _has(doc, _ACTIVITY, "events.activity", clause.start, clause.end)
            and not clause.names_project(doc)
        ):
            event = "other"  # "rezidencija prasidės birželio 10 d.": the residency's start
        if event == "end" and _extension_asked(doc, clause):
            continue  # "Prašoma pratęsti projektą iki <date>": asked for, not yet the end
        plan = extended = False
        if event == "end":
            before = (clause.start, clause.date_start)
            extended = _has(doc, _EXTENDED, "events.extended", *before) or (
                word.start() >= clause.date_end
                and _EXTENDED.match(doc.lower, word.start()) is not None
            )
            plan = not extended and (
                _has(doc, _PLAN, "events.plan", *before)
                or _PLAN.match(doc.lower, word.start()) is not None
            )
        quote = _event_quote(text, sentence, mention)
        named = event == "completed" and _has(
            doc, _PROJECT, "events.project", clause.start, clause.date_start
        )
        rows.append(
            _Row(_row(event, mention, quote, source), plan=plan, extended=extended, named=named)
        )
    return _most_precise_first(_dedupe(_supersede(rows))), periods


def _after_project(doc: Document, clause: _Clause) -> bool:
    """The words before the date speak of the time after the project: its control or care
    period ("projekto kontrolės laikotarpis baigiasi <date>") or its final report's deadline
    ("galutinę ataskaitą pateikti iki <date>"), which date no start or end of its run."""
    return _has(doc, _AFTER_PROJECT, "events.after_project", clause.start, clause.date_start)


def _programme_run(doc: Document, clause: _Clause) -> bool:
    """The words before the date give a programme's own run ("programos įgyvendinimo pabaiga
    – <date>", "programų įgyvendinimo laikotarpis: <range>"), not the project's."""
    return _has(doc, _PROGRAMME_RUN, "events.programme_run", clause.start, clause.date_start)


def _anothers_run(doc: Document, clause: _Clause) -> bool:
    """The clause dates something other than the project, run for years of its own: a
    programme's run or start ("Programos įgyvendinimo laikotarpis: <range>", "2014 m. startavo
    nauja programa Erasmus+") or an accreditation ("akreditacija suteikta 2022–2027 m.
    laikotarpiui"). One test for a range's rows and for a single date's."""
    return (
        _programme_run(doc, clause)
        or _accreditation(doc, clause)
        or _programme_subject(doc, clause)
    )


def _names_no_project(doc: Document, clause: _Clause) -> bool:
    """No project noun ("projektas", "project") stands in the clause (activities may)."""
    hits = doc.hits("events.project")
    for i in range(bisect_left(hits, clause.start), len(hits)):
        if hits[i] >= clause.end:
            break
        if _PROJECT_NOUN.match(doc.lower, hits[i]) is not None:
            return False
    return True


def _programme_subject(doc: Document, clause: _Clause) -> bool:
    """A programme, a stage of it or a funding period is what starts or ends ("2014 m.
    startavo nauja programa Erasmus+", "prasidėjo naujas programos etapas"), and the clause
    names no project: the programme's date, not the project's."""
    return _has(
        doc, _PROGRAMME_SUBJECT, "events.programme_subject", clause.start, clause.end
    ) and _names_no_project(doc, clause)


def _accreditation(doc: Document, clause: _Clause) -> bool:
    """The words before the date name an institution's accreditation and the clause names no
    project ("akreditacijos suteikiamos 2022–2027 m. laikotarpiui", "accredited institution
    … for the period 2022-2027"): the years the accreditation holds for, no project's run.
    "Pagal akreditaciją vykdomas projektas truks nuo … iki …" keeps its dates."""
    return _has(
        doc, _ACCREDITATION, "events.accreditation", clause.start, clause.date_start
    ) and _names_no_project(doc, clause)


def _submission_deadline(doc: Document, clause: _Clause) -> bool:
    """The words before the date name a deadline for handing something in ("Paraiškos
    pateikimo terminas – <date>", "Dokumentų teikimo data: <date>"): an application's,
    documents' or a report's, no start or end of the project's run."""
    return _has(
        doc, _SUBMISSION_DEADLINE, "events.submission_deadline", clause.start, clause.date_start
    )


def _report_after(doc: Document, clause: _Clause, word: re.Match[str]) -> bool:
    """A bare "iki" before the date, and the final report named after it ("Iki <date> turi
    būti pateikta galutinė projekto ataskaita"): the report's deadline, no end."""
    return _WEAK.match(word.group()) is not None and _has(
        doc, _REPORT_AFTER, "events.report_after", clause.date_end, clause.end
    )


def _names_stage(doc: Document, lo: int, hi: int) -> bool:
    """The words in ``[lo, hi)`` name one stage of the project: a reporting period, a stage
    with its number after it ("Phase 2"), or a stage noun with an ordinal before it
    ("Pirmasis projekto etapas", "II etapas", "the first period"), or a step of the work
    after a demonstrative ("Šis etapas", "this phase")."""
    for match in _matches(doc, _STAGE, "events.stage", lo, hi):
        if match.group("noun") is None:
            return True
        pos = match.start()
        reach = max(lo, pos - _STAGE_REACH)  # where an ordinal or a demonstrative may begin
        if _STAGE_ORDINAL.search(doc.lower, reach, pos) is not None:
            return True
        if match.group("step") is not None and _STAGE_THIS.search(doc.lower, reach, pos):
            return True
    return False


def _stage_of(doc: Document, clause: _Clause, word: re.Match[str]) -> bool:
    """The event word dates one stage of the project: a stage named before the date, or,
    when the event word follows the date, named after it ("<date> baigtas I etapas")."""
    if word.start() >= clause.date_end:
        return _names_stage(doc, clause.date_end, clause.end)
    return _names_stage(doc, clause.start, clause.date_start)


def _extension_asked(doc: Document, clause: _Clause) -> bool:
    """The end date is an extension only asked for, planned or possible ("Prašoma pratęsti
    projekto įgyvendinimą iki <date>", "kreipėsi dėl projekto pratęsimo iki <date>", "asked to
    extend the project until <date>"), and its clause does not say it was granted: the end in
    force is still the earlier one."""
    return _has(
        doc, _EXTENSION_ASKED, "events.extension_asked", clause.start, clause.date_start
    ) and not _has(doc, _EXTENSION_GRANTED, "events.extension_granted", clause.start, clause.end)


def _signing_day_run(
    doc: Document, sentence: Span, mentions: Sequence[dates.DateMention], i: int
) -> list[_Row]:
    """The start and end of "Projektas vykdomas nuo sutarties pasirašymo dienos (<date>) iki
    <date>": the project runs from the signing day, so that date is its start as well as the
    signing (a row the clause's words give); the next date is its end. Only in a sentence
    that names the project's run before the date."""
    mention, lower = mentions[i], doc.lower
    if i + 1 >= len(mentions) or mentions[i + 1].start >= sentence.end:
        return []
    after = _SIGNING_TO.match(lower, mention.end, mentions[i + 1].start)
    if after is None or after.end() != mentions[i + 1].start:
        return []
    lo = max(sentence.start, mention.start - 120)
    if _SIGNING_FROM.search(lower, lo, mention.start) is None:
        return []
    if not (
        _has(doc, _RUN, "events.run", sentence.start, mention.start)
        or _has(doc, _PROJECT, "events.project", sentence.start, mention.start)
    ):
        return []
    quote = doc.text[mention.start : mentions[i + 1].end]
    return [
        _Row(_row("start", mention, quote, doc.source)),
        _Row(_row("end", mentions[i + 1], quote, doc.source)),
    ]


def _supersede(rows: list[_Row]) -> list[Event]:
    """The rows less the ends that a later statement replaced: the end is when it ended.

    A plan or deadline gives way to any other end or completion; an extension to a
    completion; any end (a range's, a stated one, an earlier extension) to a later extension.
    """
    completed = any(r.event.event == "completed" for r in rows)
    if any(r.named for r in rows):
        # "Darbai baigti <date>, projektas užbaigtas <date>": the project's completion first
        # (the first of a kind is the project's); the other rows keep their order.
        done = [r for r in rows if r.event.event == "completed"]
        done.sort(key=lambda r: not r.named)
        it = iter(done)
        rows = [next(it) if r.event.event == "completed" else r for r in rows]
    ends = [r for r in rows if r.event.event == "end"]
    extensions = [r for r in ends if r.extended]
    firm = [r for r in ends if not r.plan and not r.extended]
    out = []
    for row in rows:
        if row.event.event == "end":
            if row.plan and (completed or extensions or firm):
                continue
            if row.extended and completed:
                continue
            if any(_later(e.event, row.event) for e in extensions):
                continue  # a range's, a card's or an earlier extension's end, extended since
        out.append(row.event)
    return out


def _later(a: Event, b: Event) -> bool:
    return bool(a.earliest and b.latest and a.earliest > b.latest)


def _event_quote(text: str, sentence: Span, mention: dates.DateMention) -> str:
    """The date with the words that say what happened on it, within its sentence."""
    if len(sentence.text) <= 200:
        return sentence.text
    start = max(sentence.start, mention.start - 100)
    end = min(sentence.end, mention.end + 100)
    return text[start:end].strip()


def _most_precise_first(rows: list[Event]) -> list[Event]:
    """The rows, with the first start (end, completion) replaced in its place by a later one of
    the same event that states the same date more precisely: "Start date – 20/09/2019" after
    "between September 2019 and December 2020" (ranges are read first). The first of a kind
    is the project's; a later row that disagrees with it keeps its place."""
    out = list(rows)
    for event in ("start", "end", "completed"):
        first = next((i for i, r in enumerate(out) if r.event == event), None)
        if first is None:
            continue
        for j in range(first + 1, len(out)):
            row, head = out[j], out[first]
            if (
                row.event == event
                and len(row.date) > len(head.date)
                and row.date.startswith(head.date)
            ):
                out[first], out[j] = row, head
    return out


def _dedupe(rows: list[Event]) -> list[Event]:
    seen: set[tuple[str, str]] = set()
    out = []
    for row in rows:
        key = (row.event, row.date)
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def extract_durations(doc: Document) -> list[StatedDuration]:
    """Durations of the whole project, from sentences that state one; the strongest first.

    A sentence that gives a length as a bound (a cap, a floor, a range's top: programme and
    call pages on how long projects may last) states no project's duration."""
    text, lower = doc.text, doc.lower
    out = []
    found = [(d, doc.sentence_at(d.start)) for d in doc.durations]
    # a sentence that bounds one length states bounds: "Trunka ilgiausiai 8 mėnesius
    # (išskirtiniais atvejais – 10 mėnesių)" gives neither as the project's
    bounding = {
        sentence.start
        for duration, sentence in found
        if sentence is not None
        and _DURATION_BOUND.search(
            lower, max(sentence.start, duration.start - _BOUND_REACH), duration.start
        )
    }
    for duration, sentence in found:
        if sentence is None or sentence.start in bounding:
            continue
        context = lower[sentence.start : duration.end + 3]
        before = lower[sentence.start : duration.start]
        if _DURATION_OF_WORKS.search(before) and not _PROJECT.search(before):
            continue  # "Rangos darbai truks 20 mėnesių": the works', not the project's
        if _DURATION_CONTEXT.search(context):
            strong = _WEAK_DURATION.search(context) is None
            out.append(
                (
                    not strong,
                    duration.start,
                    duration.months,
                    text[sentence.start : duration.end].strip(),
                )
            )
    out.sort()
    return [StatedDuration(months, quote) for _, _, months, quote in out]
