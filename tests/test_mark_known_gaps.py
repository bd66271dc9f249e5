"""scripts/mark_known_gaps.py may only remove marks of facets that now pass; it never adds one."""

from __future__ import annotations

import importlib.util

from cwlib import paths

_spec = importlib.util.spec_from_file_location(
    "mark_known_gaps", paths.ROOT / "scripts" / "mark_known_gaps.py"
)
assert _spec and _spec.loader
marks = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(marks)

FACETS = ("project", "budgets", "partners", "events")
GENRE = paths.ROOT / "tests" / "genre"


def _expected(xfail: object = None) -> dict[str, object]:
    out: dict[str, object] = {"project": {"title": "T"}, "budgets": []}
    if xfail is not None:
        out["xfail"] = xfail
    return out


def _failing(*facets: str):
    return lambda facet: ["a difference"] if facet in facets else []


def test_a_passing_facet_loses_its_mark() -> None:
    expected = _expected({"budgets": "known gap: a sum", "events": "known gap: a date"})
    out, removed, regressions = marks.refresh_marks(expected, _failing("events"), FACETS)
    assert out["xfail"] == {"events": "known gap: a date"}
    assert removed == ["budgets"] and regressions == []


def test_the_last_mark_removed_removes_the_key() -> None:
    out, removed, _ = marks.refresh_marks(_expected({"budgets": "x"}), _failing(), FACETS)
    assert "xfail" not in out and removed == ["budgets"]


def test_a_new_failure_is_never_marked() -> None:
    expected = _expected({"budgets": "known gap: a sum"})
    out, removed, regressions = marks.refresh_marks(
        expected, _failing("budgets", "partners"), FACETS
    )
    assert out["xfail"] == {"budgets": "known gap: a sum"}  # kept, reason unchanged
    assert removed == [] and regressions == ["partners"]


def test_a_mark_on_every_facet_is_spelt_out_and_pruned() -> None:
    out, removed, _ = marks.refresh_marks(_expected("whole text"), _failing("project"), FACETS)
    assert out["xfail"] == {"project": "whole text"}
    assert removed == ["budgets", "partners", "events"]


def test_the_committed_corpus_has_nothing_to_remove() -> None:
    """On the committed corpus no mark is stale and no facet fails unmarked (check mode)."""
    before = {p.name: p.read_bytes() for p in GENRE.glob("*.expected.json")}
    assert marks.main(["--check"]) == 0
    assert before == {p.name: p.read_bytes() for p in GENRE.glob("*.expected.json")}


def test_marks_are_rewritten_in_place_keeping_the_layout() -> None:
    raw = (
        '{\n  "classes": [1, 2],\n'
        '  "budgets": [\n    {"item": "total", "amount": 1.0}\n  ],\n'
        '  "xfail": {\n    "budgets": "gap one",\n    "partners": "gap two"\n  }\n}\n'
    )
    kept = marks.with_marks(raw, {"partners": "gap two"})
    assert kept == raw.replace('    "budgets": "gap one",\n', "")
    assert marks.with_marks(raw, None) == raw.split(',\n  "xfail"')[0] + "\n}\n"


def test_every_committed_expected_file_round_trips() -> None:
    import json

    for path in sorted(GENRE.glob("*.expected.json")):
        raw = path.read_text(encoding="utf-8")
        assert marks.with_marks(raw, json.loads(raw).get("xfail")) == raw, path.name
