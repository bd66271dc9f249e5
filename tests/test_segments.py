"""Lines and sentences: the one-scan cutting gives what cutting line by line gives.

``cwlib.parse.segments`` finds lines as matches of one pattern and sentence boundaries in one
scan of the whole text (issue 8, speed). The reference below is the plain definition it
replaced: split at line feeds, strip, then look for boundaries inside each line. Hypothesis
feeds both texts made of the characters that matter (sentence marks, quotes, brackets, every
kind of white space, abbreviations, capitals, digits, bullets).
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from cwlib.parse import segments
from cwlib.parse.document import Document
from cwlib.parse.segments import Span, lines, overlapping, sentences


def _strip(start: int, text: str) -> tuple[int, int, str]:
    left = len(text) - len(text.lstrip())
    stripped = text.strip()
    return start + left, start + left + len(stripped), stripped


def reference_lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for raw in text.split("\n"):
        start, end, stripped = _strip(pos, raw)
        if stripped:
            out.append((start, end, stripped))
        pos += len(raw) + 1
    return out


_REFERENCE_BOUNDARY = re.compile(
    r"""
    (?<=[.!?…])          # a sentence-ending mark
    ["”“»)]?             # optionally closed by a quote or bracket
    \s+                  # white space
    (?=(?:,,|[„"“«(])?[A-ZĄČĘĖĮŠŲŪŽ0-9•\-–])   # a capital, digit or bullet opens the next
    """,
    re.VERBOSE,
)
_REFERENCE_LAST_WORD = re.compile(
    r"""
    (\w+)\.\W*$          # the word before a full stop at the end of a piece
    """,
    re.VERBOSE,
)
_REFERENCE_INITIAL = re.compile(
    r"""
    [A-ZĄČĘĖĮŠŲŪŽ]       # one capital before a full stop: a person's initial
    """,
    re.VERBOSE,
)


def _reference_opens(rest: str) -> bool:
    """Whether ``rest`` opens with a common word only a new sentence capitalises."""
    word = re.match(r"(?:,,|[„\"“«(])?(\w+)", rest)
    if word is None:
        return False
    lower = word.group(1).lower()
    return lower in segments._OPENERS or lower.startswith(segments._OPENER_STEMS)


def reference_sentences(text: str) -> list[tuple[int, int, str]]:
    out = []
    for line_start, _end, line in reference_lines(text):
        start = 0
        for match in _REFERENCE_BOUNDARY.finditer(line):
            word = _REFERENCE_LAST_WORD.search(line[start : match.start()][-12:])
            if (
                word
                and (
                    word.group(1).lower() in segments._ABBREVIATIONS
                    or _REFERENCE_INITIAL.fullmatch(word.group(1))
                )
                and not (
                    word.group(1).lower() in segments._OPENER_AFTER
                    and (
                        len(re.findall(r"\s", match.group())) >= 2
                        or _reference_opens(line[match.end() :])
                    )
                )
            ):
                continue  # "2020 m. Sausio", "J. ir P. Vaičaičių": no end of a sentence
            piece = _strip(line_start + start, line[start : match.start()])
            if piece[2]:
                out.append(piece)
            start = match.end()
        piece = _strip(line_start + start, line[start:])
        if piece[2]:
            out.append(piece)
    return out


_PIECES = st.sampled_from(
    [
        *'aAžŽ. .!?…\n\n\t \u00a0\u2028\r\x0b\x1c"”“»)„«(,1•-–',
        "m.",
        "Nr.",
        ",,",
        "2020 m. ",
        "3 d. ",
        "85 proc. ",
        "Projektas",
        "Bendra",
        "Rietavo",
        "raj. ",
        "eur. ",
        " B",
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_one_scan_cuts_as_line_by_line(text: str) -> None:
    assert [tuple(s) for s in lines(text)] == reference_lines(text)
    assert [tuple(s) for s in sentences(text)] == reference_sentences(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES.filter(lambda p: not set(p) & set("!?…")), max_size=60).map("".join))
def test_full_stops_only(text: str) -> None:
    """Texts without ``!``, ``?`` or ``…`` take the full-stop scan."""
    assert [tuple(s) for s in sentences(text)] == reference_sentences(text)


def test_spans_quote_the_text() -> None:
    text = (
        "  Projektas baigtas 2020 m. gruodį. Partneriai: Ryga, Nr. 3 d. Vilnius.\n\n• Vilnius  \n"
    )
    for span in (*lines(text), *sentences(text)):
        assert isinstance(span, Span)
        assert text[span.start : span.end] == span.text
    assert [s.text for s in sentences(text)] == [
        "Projektas baigtas 2020 m. gruodį.",
        "Partneriai: Ryga, Nr. 3 d. Vilnius.",
        "• Vilnius",
    ]
    assert lines(text)[0].sub(0, 9) == Span(2, 11, "Projektas")


def test_a_common_word_after_a_date_or_sum_opens_a_sentence() -> None:
    """A common word is capitalised only where a sentence begins, so after a date's or a
    sum's abbreviation it ends the sentence; a proper noun, or any word after an
    abbreviation that belongs to a name, does not."""
    cut = "Darbai baigti 2021 m. gruodžio 31 d. Projekto vertė – 5 000 Eur. Iš jų ES lėšos – 4 250 Eur."
    assert [s.text for s in sentences(cut)] == [
        "Darbai baigti 2021 m. gruodžio 31 d.",
        "Projekto vertė – 5 000 Eur.",
        "Iš jų ES lėšos – 4 250 Eur.",
    ]
    assert [s.text for s in sentences("Parama sudaro 85 proc. Likusią dalį skiria rajonas.")] == [
        "Parama sudaro 85 proc.",
        "Likusią dalį skiria rajonas.",
    ]
    gap = "Pabaiga – 2012 m. birželio 30 d.    Daugiau informacijos suteiks skyrius."
    assert [s.text for s in sentences(gap)] == [
        "Pabaiga – 2012 m. birželio 30 d.",
        "Daugiau informacijos suteiks skyrius.",
    ]
    for whole in (
        "Projektą 2019 m. Rietavo savivaldybė baigė.",
        "Pagal 2014–2020 m. Europos Sąjungos fondų programą.",
        "Vilkaviškio raj. Savivaldybės indėlis – 5 Eur.",
        "Renginys vyko 2021 m. Birželio mėnesį.",
        "Sutartį pasirašė atstovas Mr. Andris Kalniņš.",
        "Kalbėjo Ms. Jane Doe ir Mrs. Anna Berg.",
    ):
        assert [s.text for s in sentences(whole)] == [whole]


def test_overlapping_finds_the_spans_a_range_touches() -> None:
    text = "Vienas. Du 5 Eur.\nTrys ir keturi. Penki."
    found = sentences(text)
    starts = [s.start for s in found]

    def naive(ranges: list[tuple[int, int]]) -> list[int]:
        return sorted(
            {i for i, s in enumerate(found) for a, b in ranges if s.start < b and a < s.end}
        )

    for ranges in (
        [(11, 12)],
        [(0, 1), (11, 12)],
        [(5, 20)],
        [(17, 18)],
        [(len(text), len(text) + 1)],
        [],
    ):
        assert overlapping(found, starts, ranges) == naive(ranges), ranges
    assert overlapping(found, starts, [(5, 20)]) == [0, 1, 2]  # a run across sentences
    assert overlapping(found, starts, [(17, 18)]) == []  # the line break belongs to none


def reference_flow(text: str) -> tuple[str, frozenset[int]]:
    """``segments.flow`` as it was written first: every change made in a list of characters."""
    if "\n" not in text:
        return text, frozenset()
    chars = list(text)
    hyphens: set[int] = set()
    raws = text.split("\n")
    starts, pos = [], 0
    for raw in raws:
        starts.append(pos)
        pos += len(raw) + 1
    last = len(raws) - 1
    i = 0
    while i < last:
        start, line = starts[i], raws[i].rstrip()
        if not line:
            i += 1
            continue
        j = i + 1
        blank = not raws[j] or raws[j].isspace()
        if blank and j < last:
            j += 1
        before, nxt = line[-1], raws[j].lstrip()
        if before in ".!?:;" or not nxt:
            i = j
            continue
        after = nxt[0]
        rest_start = starts[j] + len(raws[j]) - len(nxt)
        if (
            not blank
            and before == "-"
            and len(line) >= 2
            and line[-2].isalpha()
            and after.islower()
        ):
            hyphen = start + len(line) - 1
            tail = len(nxt) - len(nxt.lstrip("abcdefghijklmnopqrstuvwxyząčęėįšųūž"))
            chars[hyphen : hyphen + tail] = list(text[rest_start : rest_start + tail])
            chars[hyphen + tail : rest_start + tail] = [" "] * (rest_start - hyphen)
            hyphens.add(hyphen)
        elif (
            after.islower()
            or (not blank and (before == "," or line.endswith((" ir", " bei", " and"))))
            or (
                not blank
                and len(line) >= 60
                and line.count(",") >= 2
                and "|" not in line
                and after not in "•·-–*"
                and not nxt.rstrip().endswith(":")
            )
        ):
            for k in range(start + len(line), rest_start):
                chars[k] = " "
        i = j
    return "".join(chars), frozenset(hyphens)


_FLOW_PIECES = st.sampled_from(
    [
        "\n",
        "\n\n",
        " \n",
        "\n ",
        "-",
        "-\n",
        ",",
        ", ",
        ".",
        ":",
        " ir",
        " bei",
        "|",
        "• ",
        "Aly",
        "taus",
        "rajono",
        "Savivaldybė",
        "é",
        "a" * 30 + ", b, c",
        " ",
    ]
)


@given(st.lists(_FLOW_PIECES, max_size=30).map("".join))
@settings(max_examples=400, deadline=None)
def test_flow_writes_its_changes_as_the_character_list_did(text: str) -> None:
    assert segments.flow(text) == reference_flow(text)


@given(st.lists(_FLOW_PIECES, max_size=30).map("".join))
@settings(max_examples=200, deadline=None)
def test_the_documents_one_cut_gives_what_each_cut_gave(text: str) -> None:
    """Round 23: the Document cuts a page at its line feeds once for ``lines`` and ``flow``
    (``pieces``); each cut it on its own before."""
    doc = Document(text)
    assert doc.lines == lines(doc.text)
    assert doc.flowed == segments.flow(doc.text)
    assert lines(doc.text, doc.text.split("\n")) == lines(doc.text)
