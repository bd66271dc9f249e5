"""Linear growth of hostile input: CPU time at two sizes, the larger four times the smaller.

Why it exists: the shapes below once made a regular expression backtrack or a scan repeat,
so that time grew with the square of the input (issue 12) or worse. The tests check that
each shape still gives the right output at these sizes and stops below a generous hang
ceiling (``tests/test_linear_time.py``, ``tests/test_hostile.py``, ``tests/test_numbers.py``);
how time grows is a performance target, measured here (``run.py``'s "linear growth" section),
never by a timed test: a ratio of two timings on a shared machine failed about one run in
eight under load.

Every shape of those tests is here under the test's own id, built by the same function
(``tests/test_bench.py`` checks that the texts are the same): the parse shapes of
``test_linear_time`` (each unit its sampled lists hold; a fixed name where the test draws
one), the redaction and decoding shapes of ``test_hostile``, its mixed-encoding text, and
the runs of figures of ``test_numbers``. Each is timed at the test's size and at four times
that: CPU time (``time.process_time``) of five runs of the larger input, each between two
runs of the smaller, each run long enough to time (a fast shape is timed over several
calls); the growth is the median of the five ratios (``measure`` says why). The target, as
the tests had it: four times the input takes at most five times the CPU time.

Beside them, the places tables' first load (index, forms, countries; the figure a test of
``test_places`` used to time, by the wall): the least CPU time of three fresh loads in one
process, target < 0.2 s. ``run.py``'s ``gazetteer_ready_s`` is the stricter figure of the
same target: a fresh interpreter's import and first look-up, by the wall.
"""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable
from typing import Any

Json = dict[str, Any]

FACTOR = 4
"""The larger input is this many times the smaller."""
RATIO_TARGET = 5.0
"""CPU(larger) / CPU(smaller) at most: linear time plus room for caches and allocation."""
PLACES_LOAD_TARGET_S = 0.2

# --------------------------------------------------------------------------- parse_text shapes
# tests/test_linear_time.py: the same builders; hypothesis draws the units there, here every
# unit of a sampled list is timed, and drawn names are NAME.

PARSE_SIZE = 16_000
NAME = "Rasa"


def _repeat(piece: str, size: int) -> str:
    return piece * max(1, size // max(1, len(piece)))


def _bullets(unit: Any, n: int) -> str:
    return "Projekto partneriai:\n" + "".join(
        f"• {unit[0]} {i} | {unit[1]}\n" for i in range(n // 20)
    )


def _kartu_su(name: Any, n: int) -> str:
    return (
        "Projektą kartu su "
        + ", ".join(f"{name} {i} kultūros centru" for i in range(n // 26))
        + " ir Rygos savivaldybe įgyvendina."
    )


def _wrapped(name: Any, n: int) -> str:
    return (
        "Projekto partneriai: "
        + "".join(
            f"{name}o muzie-\njus, {name}o rajono savivaldybės admini-\nstracija, "
            for _ in range(n // 60)
        )
        + "Rygos universitetas."
    )


def _table(unit: Any, n: int) -> str:
    return "Partneris | Šalis | Biudžetas\n" + "".join(
        f"{unit[0]} {i} | {unit[1]} | {1000 + i} Eur\n" for i in range(n // 24)
    )


PARSE: dict[str, tuple[tuple[Any, ...], Callable[[Any, int], str]]] = {
    "title padded with spaces": (
        (" ", "\t", " \u00a0"),
        lambda pad, n: "Projektas" + str(pad) * n + "Kūrybinės dirbtuvės\nBendra vertė 100 Eur.",
    ),
    "litas sums repeated": (("1 Lt ", "12 Lt, ", "3 Lt; "), lambda p, n: _repeat(str(p), n)),
    "scaled sums repeated": (
        ("1 mln. Eur ", "2,5 mln. eurų ", "3 tūkst. Eur, "),
        lambda p, n: _repeat(str(p), n),
    ),
    "year ranges repeated": (
        ("2014–2020 ", "2014-2020 m., ", "2017–2019 metais "),
        lambda p, n: _repeat(str(p), n),
    ),
    "malformed figures repeated": (
        ("12 34 Eur, ", "3000 000 Eur ", "16 1122,50 Lt; ", "4l2 600 Lt "),
        lambda p, n: _repeat(str(p), n),
    ),
    "other number forms repeated": (
        ("1'236'480 Lt ", "145 tūkst. 210 Eur, ", "64 682 Eur 67 ct. ", "€ 5 Eur "),
        lambda p, n: _repeat(str(p), n),
    ),
    "card labels and values": (
        ("Projekto vertė\n48 000 Eur\n", "Savivaldybės lėšos\n", "Trukmė\n\n"),
        lambda p, n: _repeat(str(p), n),
    ),
    "partner bullets": (((NAME, "LV"),), _bullets),
    "partners with kartu su, one sentence": ((NAME,), _kartu_su),
    "subjects and verbs, one sentence": (
        (NAME,),
        lambda name, n: _repeat(f"{name}o rajono savivaldybės administracija įgyvendino, ", n),
    ),
    "list wrapped over lines with hyphens": ((NAME,), _wrapped),
    "card labels, then values": (
        (NAME,),
        lambda name, n: (
            "Pareiškėjas\nPartneris\n" * (n // 40) + f"{name}o kultūros centras\n" * (n // 40)
        ),
    ),
    "codes joined by hyphens": (
        ("LLI-1", "07.1.1-CPVA", "20KI-KS", "A - 1"),
        lambda p, n: _repeat(str(p) + "-", n),
    ),
    "programme names repeated": (
        ("Lietuvos kaimo plėtros 2014–2020 m. programa, ", "Europos Sąjungos fondų ", "LEADER "),
        lambda p, n: _repeat(str(p), n),
    ),
    "table rows": (((NAME, "LV"),), _table),
}

# --------------------------------------------------------------------------- test_hostile shapes

HOSTILE: dict[str, str] = {
    "long word": "a",
    "dotted word": "a.",
    "at signs": "a@",
    "spelled at": "a[at]",
    "spelled dot": "x (dot) ",
    "digits": "1",
    "spaced digits": "1 ",
    "plus groups": "+1 ",
    "trunk prefix": "8 6",
    "00 prefix": "00370 ",
    "position words": "vadovė ",
    "capitalised words": "Aaaa ",
    "zero width": "\u200b",
    "code words": "asmens kodas ",
    "phone words": "tel. ",
    "hyphenated digits": "1-",
}
"""Unit of each shape: repeated to the size (``unit * (size // len(unit))``)."""
REDACT_SIZE = 20_000
DECODE_SIZE = 50_000
MIXED_LINE = "Kūrybinės dirbtuvės Šiauliuose\n"
MIXED_SIZE = 40_000


def hostile_text(unit: str, size: int) -> str:
    return unit * (size // len(unit))


def mixed_lines(size: int) -> tuple[str, bytes]:
    """Whole lines of about ``size`` characters, the first half of them written in UTF-8 and
    the rest in Windows-1257: the text and its bytes. Cut between lines, so the right
    decoding is the text itself."""
    count = size // len(MIXED_LINE)
    half = count // 2 * len(MIXED_LINE)
    lines = MIXED_LINE * count
    return lines, lines[:half].encode("utf-8") + lines[half:].encode("cp1257")


def redactor() -> Any:
    """The redactor of tests/test_hostile.py."""
    from cwlib.export.privacy import Redactor

    return Redactor.from_names(
        ["Jonas Jonaitis", "Aušra Dockevičiūtė"],
        ["info@vilnius.lt", "+370 67382349"],
        organisations=["Matera Basilicata 2019 fondas"],
    )


# --------------------------------------------------------------------------- test_numbers shapes

NUMBERS: dict[str, tuple[str, int, str]] = {
    "spaced-digits": ("1 2 ", 5000, ""),
    "one-digit-run": ("1", 20000, ""),
    "separators": ("1.2,", 5000, ""),
    "currency-only-at-the-end": ("12 345 ", 3000, "Eur"),
}
"""Each shape: (piece, times at the test's size, what ends the text)."""


def numbers_text(name: str, factor: int = 1) -> str:
    piece, times, end = NUMBERS[name]
    return piece * (times * factor) + end


# --------------------------------------------------------------------------- measuring


def _cpu(work: Callable[[Any], object], arg: Any, calls: int) -> float:
    started = time.process_time()
    for _ in range(calls):
        work(arg)
    return time.process_time() - started


def measure(
    work: Callable[[Any], object], small: Any, large: Any, pairs: int, min_s: float = 0.05
) -> Json:
    """CPU seconds of one call on ``small`` and on ``large`` (the least of every run), and
    the growth: the median over ``pairs`` of CPU(large) / CPU(small), each large run between
    two small runs (their mean), after one warm-up call (lazy tables, compiled patterns).

    Why not the least large over the least small, as the tests had it: on the shared
    machine one call's CPU time moved by half from one run to the next (the other
    processes' share of the caches and the clock), and the ratio of two least values took
    whichever run was luckiest on either side: one shape measured 3.9, 3.8, 4.5, 5.2 in
    four rounds of five runs, where the median of sandwiched pairs measured 3.6-3.8. A run is
    as many calls as make the small input take ``min_s``, so a shape of a few milliseconds
    is not timed at the clock's grain; the collector runs before each pair (not timed), so
    that no pair pays for the garbage of the one before.
    """
    _cpu(work, small, 1)
    calls = max(1, math.ceil(min_s / max(_cpu(work, small, 1), 1e-6)))
    smalls: list[float] = []
    larges: list[float] = []
    ratios: list[float] = []
    for _ in range(pairs):
        gc.collect()
        before = _cpu(work, small, calls) / calls
        larges.append(_cpu(work, large, calls) / calls)
        after = _cpu(work, small, calls) / calls
        smalls += [before, after]
        mean = (before + after) / 2
        ratios.append(larges[-1] / mean if mean > 0 else math.inf)
    ratio = statistics.median(ratios)
    return {
        "small_s": min(smalls),
        "large_s": min(larges),
        "calls": calls,
        "pairs": pairs,
        "ratios": [round(r, 3) for r in ratios],
        "ratio": ratio,
        "verdict": "PASS" if ratio <= RATIO_TARGET else "MISS",
    }


def places_load(runs: int = 3) -> float:
    """Least CPU time of ``runs`` fresh loads of the places index, forms table and country
    table in this process (the module's caches bypassed: new objects each time)."""
    from cwlib.parse import places

    best = math.inf
    for _ in range(runs):
        started = time.process_time()
        gaz = places._Gazetteer()
        places._PlaceForms(extra_targets=gaz.stopwords)
        places._countries.__wrapped__()
        best = min(best, time.process_time() - started)
    return best


def run(quick: bool = False) -> Json:
    """Every shape at its size and four times it. ``quick``: the first unit of each parse
    shape, every size a quarter, one pair: a smoke run (its ratios are not the figures)."""
    from cwlib.parse.numbers import find_amounts, find_percentages
    from cwlib.parse.pipeline import parse_text
    from cwlib.read.decode import SourceError, decode_bytes

    scale = 4 if quick else 1
    pairs = 1 if quick else 5
    min_s = 0.01 if quick else 0.03
    rows: list[Json] = []

    def add(group: str, shape: str, unit: Any, size: int, work: Any, small: Any, large: Any):
        row = measure(work, small, large, pairs, min_s)
        rows.append({"group": group, "shape": shape, "unit": repr(unit), "size": size, **row})

    def parse(text: str) -> object:
        return parse_text(text, source="big.txt")

    for shape, (units, build) in PARSE.items():
        size = PARSE_SIZE // scale
        for unit in units[:1] if quick else units:
            add("parse_text", shape, unit, size, parse, build(unit, size), build(unit, 4 * size))

    red = redactor()
    size = REDACT_SIZE // scale
    for shape, unit in HOSTILE.items():
        small = hostile_text(unit, size)
        add("redact", shape, unit, size, red.redact, small, small * FACTOR)

    def decode(text: str) -> object:
        try:
            return decode_bytes(text.encode("utf-8"))
        except SourceError:
            return None

    size = DECODE_SIZE // scale
    for shape, unit in HOSTILE.items():
        small = hostile_text(unit, size)
        add("decode", shape, unit, size, decode, small, small * FACTOR)

    size = MIXED_SIZE // scale
    add(
        "decode",
        "mixed encodings",
        MIXED_LINE,
        size,
        decode_bytes,
        mixed_lines(size)[1],
        mixed_lines(FACTOR * size)[1],
    )

    def figures(text: str) -> object:
        return find_amounts(text), find_percentages(text)

    for shape in NUMBERS:
        piece, times, end = NUMBERS[shape]
        small = piece * (times // scale) + end
        large = piece * (FACTOR * times // scale) + end
        add("numbers", shape, piece, len(small), figures, small, large)

    worst = max(rows, key=lambda r: r["ratio"])
    load = places_load()
    return {
        "quick": quick,
        "factor": FACTOR,
        "target_ratio": RATIO_TARGET,
        "shapes": rows,
        "worst_ratio": worst["ratio"],
        "worst": f"{worst['group']}: {worst['shape']} {worst['unit']}",
        "misses": [
            f"{r['group']}: {r['shape']} {r['unit']}" for r in rows if r["verdict"] != "PASS"
        ],
        "places_load_s": load,
        "places_load_target_s": PLACES_LOAD_TARGET_S,
        "places_load_verdict": "PASS" if load < PLACES_LOAD_TARGET_S else "MISS",
    }
