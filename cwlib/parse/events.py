"""Dated events (approval, start, end, completion, presentations) and the project's duration.

A date is an event only when the words around it say what happened; a bare date is left
out rather than guessed. A year range that is a programming period ("2014–2020 metų …
programa") is the period, not the project's dates. A date without a year stays without one.
"""

from __future__ import annotations

import re

from cwlib.lexicon import load as lexicon
from cwlib.parse import dates
from cwlib.parse.document import Document
from cwlib.parse.facts import Event, StatedDuration
from cwlib.parse.segments import Span
from cwlib.schema import PERIODS

__all__ = ["extract_durations", "extract_events", "is_programme_period"]

_FLAGS = re.IGNORECASE
# Event words, most specific first: "baigė įgyvendinti" is a completion, not an end.
_EVENT_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (event, re.compile(lexicon.fragment_of(entry), _FLAGS | re.VERBOSE))
    for event, entry in lexicon.entries("events", "kinds").items()
)
_PROGRAMME_CONTEXT = re.compile(
    lexicon.fragment("events", "programme_context"), _FLAGS | re.VERBOSE
)
_DURATION_CONTEXT = re.compile(lexicon.fragment("events", "duration_context"), _FLAGS | re.VERBOSE)
_WEAK_DURATION = re.compile(lexicon.fragment("events", "weak_duration"), _FLAGS | re.VERBOSE)


def is_programme_period(span: dates.DateRange, context: str) -> bool:
    """True for a year range that names a programming period ("2014–2020 m. programa").

    A range equal to a period is the period unless the words around it say the project runs
    then ("Projektas įgyvendinamas 2014–2020 metais").
    """
    key = f"{span.start.year}-{span.end.year}"
    return (
        key in PERIODS
        and span.start.precision == "year"
        and span.end.precision == "year"
        and (_PROGRAMME_CONTEXT.search(context) is not None or _RUNS.search(context) is None)
    )


_RUNS = re.compile(lexicon.fragment("events", "runs"), _FLAGS | re.VERBOSE)


def _classify(sentence: str, offset: int) -> str | None:
    """The event the words nearest before a date name (else the nearest after it)."""
    best: tuple[int, str] | None = None
    for event, pattern in _EVENT_WORDS:
        for match in pattern.finditer(sentence):
            if match.end() <= offset:
                distance = offset - match.end()
            else:
                distance = 1000 + match.start() - offset
            if event == "other":
                distance += 10_000  # a named event beats a mere meeting word
            if best is None or distance < best[0]:
                best = (distance, event)
    return best[1] if best else None


def _row(event: str, mention: dates.DateMention, quote: str, source: str) -> Event:
    earliest, latest = mention.earliest(), mention.latest()
    return Event(
        event=event,
        date=mention.iso(),
        precision=mention.precision,
        earliest=earliest.isoformat() if earliest else None,
        latest=latest.isoformat() if latest else None,
        source=source,
        quote=quote,
        mention=mention,
    )


def extract_events(doc: Document) -> tuple[list[Event], list[tuple[str, str]]]:
    """Event rows, and the programming periods stated in the text (period, quote)."""
    text, source = doc.text, doc.source
    rows: list[Event] = []
    periods: list[tuple[str, str]] = []
    covered: list[tuple[int, int]] = []
    for rng in doc.ranges:
        covered.append((rng.start_pos, rng.end_pos))
        sentence = doc.sentence_at(rng.start_pos)
        context = sentence.text if sentence else text[max(0, rng.start_pos - 80) : rng.end_pos + 80]
        if is_programme_period(rng, context):
            periods.append((f"{rng.start.year}-{rng.end.year}", rng.text))
            continue
        rows.append(_row("start", rng.start, rng.text, source))
        rows.append(_row("end", rng.end, rng.text, source))
    mentions = [m for m in doc.dates if not any(a <= m.start and m.end <= b for a, b in covered)]
    for i, mention in enumerate(mentions):
        sentence = doc.sentence_at(mention.start)
        if sentence is None:
            continue
        # Only the words of this date's own clause: "… patvirtintas 2023 m. spalio 10 d., o
        # 2023 m. lapkričio 22 d. pasirašyta sutartis" has two events.
        left = sentence.start
        if i > 0 and mentions[i - 1].end > sentence.start:
            left = mentions[i - 1].end
        right = sentence.end
        if i + 1 < len(mentions) and mentions[i + 1].start < sentence.end:
            right = mentions[i + 1].start
        window = text[left:right]
        event = _classify(window, mention.start - left)
        if event is None:
            continue
        quote = _event_quote(text, sentence, mention)
        rows.append(_row(event, mention, quote, source))
    return _dedupe(rows), periods


def _event_quote(text: str, sentence: Span, mention: dates.DateMention) -> str:
    """The date with the words that say what happened on it, within its sentence."""
    if len(sentence.text) <= 200:
        return sentence.text
    start = max(sentence.start, mention.start - 100)
    end = min(sentence.end, mention.end + 100)
    return text[start:end].strip()


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
    """Durations of the whole project, from sentences that state one; the strongest first."""
    text = doc.text
    out = []
    for duration in doc.durations:
        sentence = doc.sentence_at(duration.start)
        if sentence is None:
            continue
        before = text[sentence.start : duration.start]
        after = text[duration.end : duration.end + 3]
        context = before + duration.text + after
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
