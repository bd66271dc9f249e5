"""Measure how saved HTML pages are read: page text kept and boilerplate dropped, per reader.

Why: the reading step decides which words of a page the parser sees. A menu, a related-news
list or a sidebar that is read as text lends its sums and dates to the project. The pages in
``tests/pages/`` (saved pages in the shapes real sites have, written for the tests, and the
genre suite's HTML texts) each come with the strings that are the page's content and the
strings that are boilerplate. This script reads every page with

- ``visible_text``: the hand-written converter (every visible text, menus in <nav> dropped),
  the reading step before trafilatura;
- ``html_to_text``: the reading step now (trafilatura's main content, the title, e-mail lines);

and prints, per page and in total, the share of content kept and of boilerplate dropped (in
characters, and in strings), and the facts the parser draws from boilerplate strings.

    .venv/bin/python scripts/measure_reading.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from cwlib.parse.pipeline import parse_text
from cwlib.read.decode import decode_bytes
from cwlib.read.markup import html_to_text, visible_text

PAGES_DIR = Path(__file__).resolve().parent.parent / "tests" / "pages"
READERS: dict[str, Callable[[str], str]] = {
    "visible_text": visible_text,
    "html_to_text": html_to_text,
}
FACT_TABLES = ("budgets", "partners", "events", "results")


def _fold(text: str) -> str:
    return " ".join(text.split())


def annotated_pages(pages_dir: Path = PAGES_DIR) -> list[tuple[str, Path, dict]]:
    """(name, page file, annotation) for every annotation file, in name order."""
    out = []
    for note in sorted(pages_dir.glob("*.json")):
        spec = json.loads(note.read_text(encoding="utf-8"))
        page = note.parent / spec.get("page", note.with_suffix(".html").name)
        out.append((note.stem, page, spec))
    return out


def measure(text: str, spec: dict) -> dict[str, int]:
    """Characters and strings of content kept and of boilerplate dropped in one reading."""
    folded = _fold(text)
    content = [_fold(s) for s in spec["content"]]
    boiler = [_fold(s) for s in spec["boilerplate"]]
    kept = [s for s in content if s in folded]
    dropped = [s for s in boiler if s not in folded]
    return {
        "content_chars": sum(map(len, content)),
        "kept_chars": sum(map(len, kept)),
        "content_n": len(content),
        "kept_n": len(kept),
        "boiler_chars": sum(map(len, boiler)),
        "dropped_chars": sum(map(len, dropped)),
        "boiler_n": len(boiler),
        "dropped_n": len(dropped),
        "facts_from_boilerplate": _facts_from(text, [s for s in boiler if s not in dropped]),
    }


def _facts_from(text: str, strings: list[str]) -> int:
    """Facts whose quote lies inside one of the given (boilerplate) strings."""
    if not strings:
        return 0
    facts = parse_text(text, source="page.html")
    count = 0
    for table in FACT_TABLES:
        for row in getattr(facts, table):
            quote = _fold(row.quote or "")
            if quote and any(quote in s for s in strings):
                count += 1
    return count


def main() -> int:
    totals: dict[str, Counter[str]] = {name: Counter() for name in READERS}
    print(f"{'page':38} " + "  ".join(f"{name + ' kept/dropped':>28}" for name in READERS))
    for name, page, spec in annotated_pages():
        markup = decode_bytes(page.read_bytes(), page.name)
        cells = []
        for reader, read in READERS.items():
            m = measure(read(markup), spec)
            totals[reader].update(m)
            cells.append(
                f"{m['kept_chars'] / m['content_chars']:>6.0%} / {m['dropped_chars'] / max(m['boiler_chars'], 1):>4.0%} ({m['facts_from_boilerplate']:>2} facts)"
            )
        print(f"{name:38} " + "  ".join(f"{c:>28}" for c in cells))
    print()
    for reader, t in totals.items():
        print(
            f"{reader}: content kept {t['kept_chars'] / t['content_chars']:.1%} of characters "
            f"({t['kept_n']}/{t['content_n']} strings); boilerplate dropped "
            f"{t['dropped_chars'] / t['boiler_chars']:.1%} of characters "
            f"({t['dropped_n']}/{t['boiler_n']} strings); facts drawn from boilerplate: "
            f"{t['facts_from_boilerplate']}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
