"""What place look-ups cost: cold, alone, and inside ``parse_text``.

Why a script of its own: ``run.py`` times whole builds, where the cost of the first look-up
of each name (cold caches) is hidden among the extractors. This script asks the questions
``parse_text`` really asks, each in a fresh interpreter so no cache is warm:

* ``load``: the first ``lookup_city("Klaipėdos")`` of a process (reading the shipped data);
* ``cold look-up``: every distinct question (``locate``, ``lookup_city``, ``country_code``,
  ``country_place`` with their arguments) that parsing the texts asks, each asked once after
  the data are loaded: CPU per question, mean and worst;
* ``parse_text``: the texts parsed once, cold, in one process: CPU per page and the share
  spent inside ``cwlib.parse.places``;
* ``fallback``: how many distinct words the forms table could not read, so the
  de-inflection generator read them instead (``places._generated_readings``).

CPU time (``time.process_time``), not wall time: the machine may be shared. Works on any
cwlib checkout (``PYTHONPATH=/path/to/old/checkout python benchmarks/places.py`` measures
an older one; figures it cannot take there are left empty).

Usage::

    python benchmarks/places.py                    # the genre texts (tests/genre)
    python benchmarks/places.py DIR [DIR ...]      # every .txt/.html file in these folders
    python benchmarks/places.py --repeat 9         # best of 9 fresh runs (default 5)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PUBLIC = ("locate", "lookup_city", "country_code", "country_place")

_CHILD = r"""
import json, sys, time
from pathlib import Path
mode, files = sys.argv[1], json.loads(sys.argv[2])
from cwlib.parse import places
if mode == "load":
    start = time.process_time()
    places.lookup_city("Klaipėdos")
    print(json.dumps({"load_s": time.process_time() - start}))
    raise SystemExit
import cwlib
from cwlib.read.source import read_source
texts = [read_source(Path(f)) for f in files]
spent, depth, asked = [0.0], [0], {}

def wrap(name):
    inner = getattr(places, name)
    def outer(*args):
        if depth[0]:
            return inner(*args)
        asked.setdefault(json.dumps([name, *args], ensure_ascii=False), None)
        depth[0] += 1
        start = time.process_time()
        try:
            return inner(*args)
        finally:
            spent[0] += time.process_time() - start
            depth[0] -= 1
    setattr(places, name, outer)

for name in %(public)r:
    wrap(name)
generated = [0]
if hasattr(places, "_generated_readings"):
    inner_generated = places._generated_readings
    def counted(word):
        generated[0] += 1
        return inner_generated(word)
    places._generated_readings = counted
if mode == "questions":
    for text, f in zip(texts, files):
        cwlib.parse_text(text, source=f)
    print(json.dumps(list(asked)))
    raise SystemExit
# mode == "parse": cold caches, data loaded first so the page figures are per page
places._gazetteer(), places._countries()
if hasattr(places, "_place_forms"):
    places._place_forms()
start = time.process_time()
for text, f in zip(texts, files):
    cwlib.parse_text(text, source=f)
total = time.process_time() - start
words = places._readings.cache_info().currsize if hasattr(places, "_readings") else None
print(json.dumps({"pages": len(texts), "parse_s": total, "places_s": spent[0],
                  "words": words, "fallback": generated[0] if words is not None else None}))
"""

_ASK = r"""
import json, sys, time
from cwlib.parse import places
questions = [json.loads(q) for q in json.loads(sys.stdin.read())]
places._gazetteer(), places._countries()
if hasattr(places, "_place_forms"):
    places._place_forms()
costs = []
for name, *args in questions:
    start = time.process_time()
    try:
        getattr(places, name)(*args)
    except KeyError:
        pass
    costs.append(time.process_time() - start)
print(json.dumps(costs))
"""


def _run(code: str, *args: str, stdin: str | None = None) -> Any:
    """Run ``code`` in a fresh interpreter (``-P``: the checkout on PYTHONPATH, not the
    current folder, is imported) and return the JSON it prints."""
    out = subprocess.run(
        [sys.executable, "-P", "-c", code, *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def measure(files: list[str], repeat: int = 5) -> dict[str, float | int | None]:
    """Every figure above, each from fresh interpreters; times are the best of ``repeat``
    runs (a shared machine only ever makes a run slower)."""
    child = _CHILD % {"public": PUBLIC}
    load = min(_run(child, "load", "[]")["load_s"] for _ in range(repeat))
    questions = _run(child, "questions", json.dumps(files))
    costs: list[float] = min(
        (_run(_ASK, stdin=json.dumps(questions)) for _ in range(repeat)), key=sum
    )
    parse = min(
        (_run(child, "parse", json.dumps(files)) for _ in range(repeat)),
        key=lambda run: run["parse_s"],
    )
    return {
        "load_ms": 1000 * load,
        "questions": len(costs),
        "cold_us_mean": 1e6 * sum(costs) / max(len(costs), 1),
        "cold_us_max": 1e6 * max(costs, default=0.0),
        "pages": parse["pages"],
        "parse_ms_per_page": 1000 * parse["parse_s"] / max(parse["pages"], 1),
        "places_ms_per_page": 1000 * parse["places_s"] / max(parse["pages"], 1),
        "places_share_pct": 100 * parse["places_s"] / max(parse["parse_s"], 1e-9),
        "words": parse["words"],
        "fallback": parse["fallback"],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dirs", nargs="*", type=Path, default=[ROOT / "tests" / "genre"])
    ap.add_argument("--repeat", type=int, default=5, help="fresh runs per figure (best kept)")
    args = ap.parse_args(argv)
    files = sorted(
        str(p.resolve()) for d in args.dirs for p in d.iterdir() if p.suffix in (".txt", ".html")
    )
    for name, value in measure(files, args.repeat).items():
        shown = "" if value is None else f"{value:,.3f}" if isinstance(value, float) else value
        print(f"{name:>20}  {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
