"""Genre corpus: realistic texts in the genre's other forms, each with its expected extraction.

Every ``tests/genre/<name>.txt`` or ``tests/genre/<name>.html`` has a
``tests/genre/<name>.expected.json`` (format and conventions: ``tests/genre/README.md``).

``test_genre_text`` reads a text with ``cwlib.read.source.read_source``, parses it with
``cwlib.parse_text`` and checks both what is extracted and what is left empty. All differences
are collected and reported together, so one run shows everything a text still gets wrong.
A known gap is marked in the expected file with ``"xfail": {"facet": "reason"}`` (strict: a text that starts
passing must have its mark removed).

The other tests check the corpus itself (no parser needed): every text has a well-formed
expected file whose strings occur in the text and whose sums add up, and the comparison
functions accept a perfect extraction and reject a wrong one.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import html
import json
import math
import re
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from cwlib import paths
from cwlib.schema import (
    BUDGET_ITEMS,
    EVENTS,
    LTL_PER_EUR,
    PERIODS,
    PRECISION_VALUES,
    ROLES,
    TABLES,
)

GENRE_DIR = Path(__file__).parent / "genre"
TEXT_SUFFIXES = (".txt", ".html")

# the issue-9 batches (r4a_*, r4b_*, r5_*, r6_*) name the classes they test
BATCH4_PREFIX = ("r4", "r5", "r6")
ISSUE9_CLASSES = range(1, 11)
PROGRAMME_BASES = ("stated", "code", "inferred")


@cache
def _programme_table() -> tuple[dict[str, str], ...]:
    """The reference table of programmes (data/reference/programmes.csv), not the parser's list.

    Expected files name programmes as the table does, so the corpus and the parser answer to
    one authority; ``tests/test_reference.py`` checks the table itself.
    """
    with open(paths.REFERENCE_DIR / "programmes.csv", encoding="utf-8", newline="") as f:
        return tuple(csv.DictReader(f))


def _programmes() -> set[str]:
    return {row["programme"] for row in _programme_table()}


def _funds() -> set[str]:
    return {fund for row in _programme_table() for fund in row["fund"].split("|") if fund}


FINDING_CHECKS = (
    "scale_word",
    "parts_exceed_total",
    "parts_sum_mismatch",
    "share_mismatch",
    "currency_conversion",
    "duration_mismatch",
    "end_before_start",
    "partner_exceeds_project",
    "share_above_cap",
    "litas_converted",
    "date_without_year",
    "malformed_figure",
    "unreadable_figure",
    "call_for_proposals",
    "call_news",
    "programme_news",
    "several_projects",
)
EXPECTED_KEYS = (
    "project",
    "budgets",
    "partners",
    "events",
    "results",
    "findings",
    "not_partners",
    "contacts",
)
ROW_TABLES = ("budgets", "partners", "events", "results", "findings", "contacts")
QUOTE_OPTIONAL = ("findings",)  # a finding may concern the text as a whole
TITLE_FIELDS = ("title", "title_en")
QUOTE_CHARS = "„“”\"'‘’‚«»,"  # ",," is how many Lithuanian pages type an opening quote

AMOUNT_TOL = 0.006  # amounts are stated to the cent
EUR_TOL = 0.011  # converted litas may be rounded or not
SHARE_TOL = 0.05  # percentage points


# --------------------------------------------------------------------------- corpus files


def genre_files() -> list[Path]:
    """Every text of the corpus, sorted by name."""
    return sorted(p for p in GENRE_DIR.iterdir() if p.suffix in TEXT_SUFFIXES)


def expected_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}.expected.json")


@cache
def load_expected(path: Path) -> dict[str, Any]:
    return json.loads(expected_path(path).read_text(encoding="utf-8"))


FACETS = ("project", "budgets", "partners", "events", "results", "findings", "contacts", "quotes")


def _params() -> list[Any]:
    """One test per text and facet, so a gap in one facet does not hide the others.

    A known gap is ``"xfail": {"facet": "reason"}`` in the expected file (a plain string marks
    every facet); strict, so a fixed gap fails until its mark is removed.
    """
    params = []
    for path in genre_files():
        marks_by_facet: dict[str, str] = {}
        if expected_path(path).exists():
            reason = load_expected(path).get("xfail")
            if isinstance(reason, str) and reason:
                marks_by_facet = dict.fromkeys(FACETS, reason)
            elif isinstance(reason, dict):
                marks_by_facet = {k: str(v) for k, v in reason.items()}
        for facet in FACETS:
            marks = []
            if facet in marks_by_facet:
                marks.append(pytest.mark.xfail(strict=True, reason=marks_by_facet[facet]))
            params.append(pytest.param(path, facet, id=f"{path.stem}-{facet}", marks=marks))
    return params


def _plain_params() -> list[Any]:
    return [pytest.param(p, id=p.stem) for p in genre_files()]


GENRE_PARAMS = _params()
PLAIN_PARAMS = _plain_params()


# --------------------------------------------------------------------------- normalisation


def _nfc(value: object) -> str:
    text = unicodedata.normalize("NFC", str(value)).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def _fold(value: object) -> str:
    return _nfc(value).casefold()


def _norm_title(value: object) -> str:
    text = _nfc(value)
    while text and text[0] in QUOTE_CHARS:
        text = text[1:].lstrip()
    while text and text[-1] in QUOTE_CHARS:
        text = text[:-1].rstrip()
    return text


def _empty(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _num(value: object) -> float | None:
    if _empty(value):
        return None
    return float(value)  # type: ignore[arg-type]


def _close(a: object, b: object, tol: float) -> bool:
    x, y = _num(a), _num(b)
    if x is None or y is None:
        return x is None and y is None
    return math.isclose(x, y, rel_tol=0.0, abs_tol=tol)


def _str_or_none(value: object) -> str | None:
    return None if _empty(value) else _nfc(value)


def _row(obj: Any) -> dict[str, Any]:
    """A result row as a dict, whether the parser gives dicts, dataclasses or namedtuples."""
    if isinstance(obj, dict):
        return obj
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    if hasattr(obj, "_asdict"):
        return obj._asdict()
    return dict(vars(obj))


def _rows(facts: Any, table: str) -> list[dict[str, Any]]:
    return [_row(r) for r in (getattr(facts, table, None) or [])]


def _names(partner: dict[str, Any]) -> list[str]:
    value = partner["name_contains"]
    return [value] if isinstance(value, str) else list(value)


def _show(row: dict[str, Any], keys: tuple[str, ...]) -> str:
    shown = ", ".join(f"{k}={row.get(k)!r}" for k in keys)
    quote = row.get("quote")
    return f"{{{shown}}}" + (f" quote={_nfc(quote)[:80]!r}" if quote else "")


# --------------------------------------------------------------------------- comparisons
# Each returns a list of human-readable problems; an empty list means the part is right.


def compare_project(expected: dict[str, Any], got: Any) -> list[str]:
    got = _row(got) if got is not None else {}
    problems = []
    for key, want in expected.items():
        have = got.get(key)
        if want is None:
            if not _empty(have):
                problems.append(f"project.{key}: the text does not state it, got {have!r}")
        elif _empty(have):
            problems.append(f"project.{key}: expected {want!r}, got nothing")
        elif key == "duration_months":
            if _num(have) != float(want):
                problems.append(f"project.{key}: expected {want!r}, got {have!r}")
        elif key in TITLE_FIELDS:
            if _norm_title(have) != _norm_title(want):
                problems.append(f"project.{key}: expected {want!r}, got {have!r}")
        elif _nfc(have) != _nfc(want):
            problems.append(f"project.{key}: expected {want!r}, got {have!r}")
    return problems


BUDGET_KEYS = ("scope", "item", "amount", "currency", "amount_eur", "share_pct")


def _budget_matches(want: dict[str, Any], have: dict[str, Any]) -> bool:
    if (have.get("scope"), have.get("item"), have.get("currency")) != (
        want["scope"],
        want["item"],
        want["currency"],
    ):
        return False
    if not _close(have.get("amount"), want["amount"], AMOUNT_TOL):
        return False
    if want.get("amount_eur") is not None and not _close(
        have.get("amount_eur"), want["amount_eur"], EUR_TOL
    ):
        return False
    return want.get("share_pct") is None or _close(
        have.get("share_pct"), want["share_pct"], SHARE_TOL
    )


def _dedupe_budgets(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The same sum stated twice (a lead and a body) is one fact: keep one row per sum."""
    seen, out = set(), []
    for row in rows:
        amount = _num(row.get("amount"))
        key = (
            row.get("scope"),
            row.get("item"),
            row.get("currency"),
            None if amount is None else round(amount, 2),
            _str_or_none(row.get("party")),
        )
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def compare_budgets(expected: list[dict[str, Any]], got: list[dict[str, Any]]) -> list[str]:
    problems = []
    unmatched = _dedupe_budgets(got)
    for want in expected:
        hit = next((h for h in unmatched if _budget_matches(want, h)), None)
        if hit is not None:
            unmatched.remove(hit)
            continue
        same_sum = [h for h in got if _close(h.get("amount"), want["amount"], AMOUNT_TOL)]
        hint = (
            "; same amount found as " + " | ".join(_show(h, BUDGET_KEYS) for h in same_sum)
            if same_sum
            else ""
        )
        problems.append(f"budgets: missing {_show(want, BUDGET_KEYS)}{hint}")
    problems += [f"budgets: unexpected row {_show(h, BUDGET_KEYS)}" for h in unmatched]
    return problems


PARTNER_KEYS = ("name", "role", "city", "country")


def _partner_attrs_ok(want: dict[str, Any], have: dict[str, Any]) -> list[str]:
    wrong = []
    for key in ("role", "city", "country"):
        if _str_or_none(have.get(key)) != _str_or_none(want.get(key)):
            wrong.append(f"{key}: expected {want.get(key)!r}, got {have.get(key)!r}")
    return wrong


def compare_partners(
    expected: list[dict[str, Any]], got: list[dict[str, Any]], not_partners: list[str]
) -> list[str]:
    problems = []
    if len(got) != len(expected):
        problems.append(
            f"partners: expected {len(expected)} partners, got {len(got)}: "
            + "; ".join(repr(h.get("name")) for h in got)
        )
    unmatched = list(got)
    for want in expected:
        needles = [_fold(n) for n in _names(want)]
        named = [h for h in unmatched if any(n in _fold(h.get("name") or "") for n in needles)]
        if not named:
            problems.append(f"partners: none whose name contains {_names(want)!r}")
            continue
        best = min(named, key=lambda h: len(_partner_attrs_ok(want, h)))
        unmatched.remove(best)
        wrong = _partner_attrs_ok(want, best)
        if wrong:
            problems.append(f"partners: {best.get('name')!r}: " + "; ".join(wrong))
    for have in got:
        for bad in not_partners:
            if _fold(bad) in _fold(have.get("name") or ""):
                problems.append(
                    f"partners: {have.get('name')!r} is not a partner "
                    f"(named only for publicity, thanks, contact or administration: {bad!r})"
                )
    return problems


EVENT_KEYS = ("event", "date", "precision")


def compare_events(expected: list[dict[str, Any]], got: list[dict[str, Any]]) -> list[str]:
    want = {(e["event"], e["date"], e["precision"]) for e in expected}
    by_key: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in got:
        by_key.setdefault(
            (row.get("event"), _str_or_none(row.get("date")), row.get("precision")), row
        )
    problems = [f"events: missing {k}" for k in sorted(want - set(by_key), key=str)]
    problems += [
        f"events: unexpected {_show(by_key[k], EVENT_KEYS)}"
        for k in sorted(set(by_key) - want, key=str)
    ]
    return problems


def compare_results(expected: list[dict[str, Any]], got: list[dict[str, Any]]) -> list[str]:
    def key(row: dict[str, Any]) -> tuple[float | None, Any]:
        count = _num(row.get("count"))
        return (None if count is None else round(count, 6), row.get("qualifier"))

    want, have = Counter(key(r) for r in expected), Counter(key(r) for r in got)
    problems = [f"results: missing (count, qualifier)={k} x{n}" for k, n in (want - have).items()]
    extra = have - want
    for row in got:
        k = key(row)
        if extra[k] > 0:
            extra[k] -= 1
            problems.append(
                f"results: unexpected {_show(row, ('count', 'qualifier', 'indicator'))}"
            )
    return problems


def compare_findings(expected: list[dict[str, Any]], got: list[dict[str, Any]]) -> list[str]:
    checks = {r.get("check") for r in got}
    problems = [
        f"findings: the audit should report {e['check']!r}; it reported {sorted(map(str, checks))}"
        for e in expected
        if e["check"] not in checks
    ]
    if not expected:
        problems += [
            f"findings: the text is consistent but the audit reports an error: "
            f"{r.get('check')!r}: {r.get('message')!r}"
            for r in got
            if r.get("severity") == "error"
        ]
    return problems


def compare_contacts(expected: list[dict[str, Any]], got: list[dict[str, Any]]) -> list[str]:
    emails = {_fold(r.get("email")) for r in got if not _empty(r.get("email"))}
    problems = []
    for want in expected:
        if _fold(want["email"]) not in emails:
            problems.append(f"contacts: e-mail {want['email']!r} not extracted")
        if want.get("name") and not any(
            _fold(want["name"]) in _fold(r.get("name") or "") for r in got
        ):
            problems.append(f"contacts: no contact named {want['name']!r}")
    return problems


def check_quotes(text: str, facts: Any) -> list[str]:
    problems = []
    tables = [*ROW_TABLES, "project_facts"] if hasattr(facts, "project_facts") else ROW_TABLES
    for table in tables:
        for row in _rows(facts, table):
            quote = row.get("quote")
            if _empty(quote):
                if table not in QUOTE_OPTIONAL:
                    problems.append(f"{table}: row without a quote: {row!r}")
            elif quote not in text:
                problems.append(f"{table}: quote is not a substring of the text: {quote!r}")
    return problems


def compare_facet(facet: str, expected: dict[str, Any], facts: Any, text: str) -> list[str]:
    """The differences in one facet between an expected file and a parse of its text."""
    if facet == "project":
        return compare_project(expected["project"], getattr(facts, "project", None))
    if facet == "partners":
        return compare_partners(
            expected["partners"], _rows(facts, "partners"), expected.get("not_partners", [])
        )
    if facet == "quotes":
        return check_quotes(text, facts)
    compare = {
        "budgets": compare_budgets,
        "events": compare_events,
        "results": compare_results,
        "findings": compare_findings,
        "contacts": compare_contacts,
    }[facet]
    return compare(expected[facet], _rows(facts, facet))


def compare_all(expected: dict[str, Any], facts: Any, text: str) -> list[str]:
    """Every difference between an expected file and a parse of its text."""
    return [p for facet in FACETS for p in compare_facet(facet, expected, facts, text)]


# --------------------------------------------------------------------------- the parser test


@cache
def _parse(path: Path) -> tuple[Any, str]:
    import cwlib
    from cwlib.read.source import read_source

    text = read_source(path)
    return cwlib.parse_text(text, source=path.name), text


@pytest.mark.parametrize(("path", "facet"), GENRE_PARAMS)
def test_genre_text(path: Path, facet: str) -> None:
    facts, text = _parse(path)
    problems = compare_facet(facet, load_expected(path), facts, text)
    assert not problems, f"{path.name} [{facet}]: {len(problems)} difference(s)\n  " + "\n  ".join(
        problems
    )


# --------------------------------------------------------------------------- the corpus itself


def _plain_text(path: Path, *, keep_code: bool = False) -> str:
    """The text of a corpus file without cwlib (so corpus checks do not depend on the parser).

    HTML loses its tags and, unless ``keep_code``, its scripts and styles.
    """
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1257")
    if path.suffix == ".html":
        if not keep_code:
            text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = html.unescape(re.sub(r"(?s)<[^>]+>", " ", text))
    return unicodedata.normalize("NFC", text)


def _project_key(expected: dict[str, Any]) -> str:
    project = expected["project"]
    return project.get("project_number") or _norm_title(project.get("title") or "").casefold()


def test_corpus_size() -> None:
    files = genre_files()
    assert len(files) >= 30, f"the genre corpus should hold at least 30 texts, has {len(files)}"
    stems = [p.stem for p in files]
    assert len(stems) == len(set(stems)), "two texts share a name stem (ids must be unique)"
    projects = {_project_key(load_expected(p)) for p in files}
    assert len(projects) >= 25, f"expected at least 25 distinct projects, found {len(projects)}"
    assert any(p.suffix == ".html" for p in files), "the corpus should include a saved HTML page"


def test_every_file_is_paired() -> None:
    texts = {p.stem for p in genre_files()}
    expected = {p.name.removesuffix(".expected.json") for p in GENRE_DIR.glob("*.expected.json")}
    assert texts - expected == set(), f"texts without an expected file: {sorted(texts - expected)}"
    assert expected - texts == set(), f"expected files without a text: {sorted(expected - texts)}"


def _months(start: str, end: str) -> int:
    a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    return round(((b - a).days + 1) / 30.436875)


def _precision_of(date: str) -> str:
    if re.fullmatch(r"--\d\d-\d\d", date):
        return "no_year"
    return {4: "year", 7: "month", 10: "day"}.get(len(date), "?")


def _sum_problems(expected: dict[str, Any]) -> list[str]:
    """Sums and shares in the expected file add up unless a finding says the text is wrong."""
    checks = {f["check"] for f in expected["findings"]}
    problems = []
    for scope in ("project", "partner"):
        rows = [b for b in expected["budgets"] if b["scope"] == scope]
        totals = [b["amount"] for b in rows if b["item"] == "total"]
        if len(totals) != 1:
            continue
        total = totals[0]
        items = {b["item"]: b["amount"] for b in rows}
        parts = [items[i] for i in ("eu", "national", "own", "eu_national") if i in items]
        complete = {"eu", "national", "own"} <= items.keys() or {
            "eu_national",
            "own",
        } <= items.keys()
        if sum(parts) > total + 0.005 and "parts_exceed_total" not in checks:
            problems.append(f"{scope}: parts {sum(parts)} exceed total {total}")
        if (
            complete
            and abs(sum(parts) - total) > 0.005
            and not checks
            & {
                "parts_sum_mismatch",
                "parts_exceed_total",
            }
        ):
            problems.append(f"{scope}: parts {sum(parts)} do not add up to total {total}")
        for b in rows:
            if b["share_pct"] is not None and b["item"] != "total":
                share = 100 * b["amount"] / total
                if abs(share - b["share_pct"]) > 0.1 and "share_mismatch" not in checks:
                    problems.append(f"{scope} {b['item']}: {share:.2f}% stated {b['share_pct']}%")
    return problems


def _batch4_problems(path: Path, exp: dict[str, Any]) -> list[str]:
    """Batch-4 texts say which issue-9 classes they test and state programme_basis and measure_code."""
    if not path.stem.startswith(BATCH4_PREFIX):
        return []
    problems = []
    classes = exp.get("classes")
    if (
        not isinstance(classes, list)
        or not classes
        or any(c not in ISSUE9_CLASSES for c in classes)
        or len(set(classes)) != len(classes)
    ):
        problems.append(f"classes must list the issue-9 classes (1-10) the text tests: {classes!r}")
    problems += [
        f"project.{key} is required in batch 4 (null when the text has none)"
        for key in ("programme_basis", "measure_code")
        if key not in exp["project"]
    ]
    return problems


@pytest.mark.parametrize("path", PLAIN_PARAMS)
def test_expected_is_well_formed(path: Path) -> None:
    exp = load_expected(path)
    problems = [f"missing key {k!r}" for k in EXPECTED_KEYS if k not in exp]
    extra = set(exp) - set(EXPECTED_KEYS) - {"xfail", "classes", "notes"}
    problems += [f"unknown key {k!r}" for k in sorted(extra)]
    if "notes" in exp and not (isinstance(exp["notes"], str) and exp["notes"].strip()):
        problems.append("notes must be a non-empty string (the text's traps, for the reader)")
    assert not problems, problems

    project = exp["project"]
    columns = set(TABLES["projects"].columns)
    problems += [f"project.{k} is not a projects column" for k in project if k not in columns]
    problems += _batch4_problems(path, exp)
    if project.get("programme") not in (*_programmes(), None):
        problems.append(f"programme {project['programme']!r} is not a name from programmes.csv")
    if "programme_basis" in project:
        basis = project["programme_basis"]
        if basis not in (*PROGRAMME_BASES, None):
            problems.append(f"programme_basis {basis!r}")
        if (basis is None) != (project.get("programme") is None):
            problems.append("programme_basis is set exactly when programme is")
    if project.get("period") not in (*PERIODS, None):
        problems.append(f"period {project['period']!r}")
    if project.get("fund") not in (*_funds(), None):
        problems.append(f"fund {project['fund']!r} is not a fund of programmes.csv")

    for b in exp["budgets"]:
        if set(b) != set(BUDGET_KEYS):
            problems.append(f"budget row keys {sorted(b)}")
            continue
        if b["scope"] not in ("project", "partner") or b["item"] not in BUDGET_ITEMS:
            problems.append(f"budget scope/item {b['scope']}/{b['item']}")
        if b["currency"] == "EUR" and b["amount_eur"] != b["amount"]:
            problems.append(f"euro row with amount_eur != amount: {b}")
        if b["currency"] == "LTL":
            converted = round(b["amount"] / LTL_PER_EUR, 2)
            if b["amount_eur"] is None or (
                abs(b["amount_eur"] - converted) > 1.0
                and "currency_conversion" not in {f["check"] for f in exp["findings"]}
            ):
                problems.append(f"litas row {b}: {converted} expected in euro")
    problems += _sum_problems(exp)

    for p in exp["partners"]:
        if p.get("role") not in ROLES:
            problems.append(f"partner role {p}")
        if p.get("country") is not None and not re.fullmatch(r"[A-Z]{2}", p["country"]):
            problems.append(f"partner country {p}")
    leads = [p for p in exp["partners"] if p["role"] == "lead"]
    if len(leads) > 1:
        problems.append("more than one lead partner")

    for e in exp["events"]:
        if e["event"] not in EVENTS or e["precision"] not in PRECISION_VALUES:
            problems.append(f"event {e}")
        # a part of a year is written as one of its months (YYYY-MM)
        written = "month" if e["precision"] == "part_of_year" else e["precision"]
        if _precision_of(e["date"]) != written:
            problems.append(f"event date {e['date']!r} is not at precision {e['precision']!r}")
    dates = {e["event"]: e["date"] for e in exp["events"]}
    if project.get("start_date") != dates.get("start"):
        problems.append(f"start_date {project.get('start_date')!r} != start event")
    if project.get("end_date") != dates.get("end", dates.get("completed")):
        problems.append(f"end_date {project.get('end_date')!r} != end (else completed) event")
    start, end = project.get("start_date"), project.get("end_date")
    if start and end and len(start) == len(end) == 10:
        months = _months(start, end)
        stated = project.get("duration_months")
        if stated != months and not any(
            f["check"] in ("duration_mismatch", "end_before_start") for f in exp["findings"]
        ):
            problems.append(f"duration_months {stated} but the dates span {months} months")

    for r in exp["results"]:
        if r["qualifier"] not in ("exact", "at_least", "about") or r["count"] <= 0:
            problems.append(f"result {r}")
    problems += [f"finding {f}" for f in exp["findings"] if f.get("check") not in FINDING_CHECKS]
    if "xfail" in exp:
        marks = exp["xfail"]
        if isinstance(marks, dict):
            if (
                not marks
                or set(marks) - set(FACETS)
                or not all(isinstance(v, str) and v.strip() for v in marks.values())
            ):
                problems.append(f"xfail must map facets {FACETS} to non-empty reasons")
        elif not (isinstance(marks, str) and marks.strip()):
            problems.append("xfail must be a non-empty reason or a mapping of facets to reasons")
    assert not problems, f"{expected_path(path).name}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("path", PLAIN_PARAMS)
def test_expected_strings_occur_in_text(path: Path) -> None:
    exp, text = load_expected(path), _fold(_plain_text(path))
    wanted = [
        _norm_title(exp["project"][k]) for k in TITLE_FIELDS if exp["project"].get(k) is not None
    ]
    wanted += [exp["project"][k] for k in ("project_number", "url") if exp["project"].get(k)]
    wanted += [c["email"] for c in exp["contacts"]]
    missing = [w for w in wanted if _fold(w) not in text]
    # A decoy may sit in a page's script, which the parser must not read either.
    anywhere = _fold(_plain_text(path, keep_code=True))
    missing += [w for w in exp["not_partners"] if _fold(w) not in anywhere]
    missing += [_names(p) for p in exp["partners"] if not any(_fold(n) in text for n in _names(p))]
    assert not missing, f"{path.name}: expected strings not found in the text: {missing}"


# --------------------------------------------------------------------------- harness self-test


class _Facts:
    """A stand-in for cwlib's TextFacts built from an expected file: what a perfect parser gives."""

    def __init__(self, exp: dict[str, Any], quote: str) -> None:
        self.project = dict(exp["project"])
        self.budgets = [dict(b, party=None, quote=quote) for b in exp["budgets"]]
        self.partners = [
            {"name": _names(p)[0], **{k: p[k] for k in ("role", "city", "country")}, "quote": quote}
            for p in exp["partners"]
        ]
        self.events = [dict(e, quote=quote) for e in exp["events"]]
        self.results = [dict(r, indicator="x", quote=quote) for r in exp["results"]]
        self.findings = [
            dict(f, severity="error", message="x", quote=quote) for f in exp["findings"]
        ]
        self.contacts = [dict(c, quote=quote) for c in exp["contacts"]]


@pytest.mark.parametrize("path", PLAIN_PARAMS)
def test_harness_accepts_a_perfect_parse(path: Path) -> None:
    exp, text = load_expected(path), _plain_text(path)
    assert compare_all(exp, _Facts(exp, text[:20]), text) == []


def test_harness_rejects_wrong_parses() -> None:
    path = GENRE_DIR / "ie_kaunas_design_hubs.txt"
    exp, text = load_expected(path), _plain_text(path)

    def problems(change: Any) -> list[str]:
        facts = _Facts(exp, text[:20])
        change(facts)
        return compare_all(exp, facts, text)

    assert problems(lambda f: f.budgets.pop())
    assert problems(lambda f: f.budgets.append(dict(f.budgets[0], item="other")))
    assert problems(lambda f: f.budgets[0].update(amount=1831204.0))
    assert not problems(lambda f: f.budgets.append(dict(f.budgets[0])))  # same sum twice
    assert problems(lambda f: f.partners.pop())
    assert problems(lambda f: f.partners[0].update(role="partner"))
    assert problems(lambda f: f.partners.append({"name": "Užupis", "role": "partner"}))
    assert problems(
        lambda f: f.events.append({"event": "other", "date": "2019", "precision": "year"})
    )
    assert problems(lambda f: f.results[0].update(qualifier="exact"))
    assert problems(lambda f: f.findings.append({"check": "scale_word", "severity": "error"}))
    assert problems(lambda f: f.project.update(programme=None))
    assert problems(lambda f: f.project.update(project_number="LT-44251"))
    assert problems(lambda f: f.contacts.clear())
    assert problems(lambda f: f.events[0].update(quote="not in the text"))
