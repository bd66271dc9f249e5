"""Remove the strict-xfail marks of genre texts whose facet now passes. Never adds a mark.

Run after parser work, from the project root: ``.venv/bin/python scripts/mark_known_gaps.py``
(``--check``: only report; exit status 1 if a mark is to be removed or a facet regressed).
A facet that was marked as a known gap and now matches its expected file loses its mark (the
strict xfail would fail the suite as XPASS otherwise). A facet that fails *without* a mark is a
regression: it is listed, the file is left alone, and the script exits with status 1. Adding
a mark is a hand edit to the expected file, with a reason a reviewer can read, so that no
command can turn a regression into a "known gap".
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def refresh_marks(
    expected: dict[str, Any], problems: Callable[[str], list[str]], facets: tuple[str, ...]
) -> tuple[dict[str, Any], list[str], list[str]]:
    """The expected file with the marks of passing facets removed; the facets whose mark was
    removed; the facets that fail without a mark (regressions, left as they are).

    ``problems(facet)`` gives the differences of one facet between the file and the parse.
    A mark on every facet (a plain string) is spelt out per facet before facets are removed.
    """
    marks = expected.get("xfail")
    if isinstance(marks, str):
        marks = dict.fromkeys(facets, marks)
    marks = dict(marks or {})
    removed, regressions = [], []
    for facet in facets:
        failing = bool(problems(facet))
        if facet in marks and not failing:
            del marks[facet]
            removed.append(facet)
        elif facet not in marks and failing:
            regressions.append(facet)
    out = {k: v for k, v in expected.items() if k != "xfail"}
    if marks:
        out["xfail"] = marks
    return out, removed, regressions


_MARKS = re.compile(
    r"""
    ,\s*"xfail":\s*                  # the last key of an expected file
    (?:"(?:[^"\\]|\\.)*"            # a mark on every facet: one string
      |\{.*\})                        # or one mark per facet
    (?=\s*\}\s*\Z)                    # right before the file's closing brace
    """,
    re.VERBOSE | re.DOTALL,
)


def with_marks(raw: str, marks: dict[str, str] | None) -> str:
    r"""The expected file's text with its marks replaced, the rest of it as written.

    Expected files are laid out by hand (one budget row a line, lists on one line); writing
    them back through ``json.dumps`` would turn a one-line change into a page of diff.

    >>> with_marks('{\n  "a": [1, 2],\n  "xfail": {\n    "b": "gap"\n  }\n}\n', None)
    '{\n  "a": [1, 2]\n}\n'
    """
    text = _MARKS.sub("", raw)
    if marks:
        block = ",\n".join(
            f"    {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
            for k, v in marks.items()
        )
        head, _, tail = text.rpartition("}")
        text = head.rstrip() + ',\n  "xfail": {\n' + block + "\n  }\n}" + tail
    if json.loads(text) != {
        **{k: v for k, v in json.loads(raw).items() if k != "xfail"},
        **({"xfail": marks} if marks else {}),
    }:
        raise ValueError("the marks could not be replaced in place")
    return text


def main(argv: list[str] | None = None) -> int:
    """``--check``: report what would change and the regressions, write nothing."""
    check = "--check" in (sys.argv[1:] if argv is None else argv)
    sys.path.insert(0, str(ROOT / "tests"))
    import test_genre as genre

    removed_total, regressions_total = 0, []
    for path in genre.genre_files():
        expected_file = genre.expected_path(path)
        expected = json.loads(expected_file.read_text(encoding="utf-8"))
        facts, text = genre._parse(path)
        unmarked = {k: v for k, v in expected.items() if k != "xfail"}
        refreshed, removed, regressions = refresh_marks(
            expected,
            lambda facet, e=unmarked, f=facts, t=text: genre.compare_facet(facet, e, f, t),
            genre.FACETS,
        )
        regressions_total += [f"{path.name} [{facet}]" for facet in regressions]
        if removed:
            removed_total += len(removed)
            print(f"{path.name}: known gap fixed, mark removed: {', '.join(removed)}")
        if removed and not check:
            raw = expected_file.read_text(encoding="utf-8")
            expected_file.write_text(with_marks(raw, refreshed.get("xfail")), encoding="utf-8")
    print(f"{removed_total} marks {'to remove' if check else 'removed'}")
    if regressions_total or (check and removed_total):
        print("Regressions (failing without a mark; fix the parser, do not mark them):")
        for item in regressions_total:
            print(f"  {item}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
