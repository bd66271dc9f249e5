"""The build's own checks on its output, run before the old tables are replaced.

A table that breaks these rules would mislead every notebook and brief downstream, so it is
never written: unique ids, known projects, required values, categories from the schema,
non-negative amounts, shares within 0-100, and parts within their total unless a finding says
why not.

A broken rule comes from one text, not from the corpus, so it must cost that text only. What a
finding can say is turned into one (:func:`settle`): a stated share above 100 % is left out of
``share_pct`` with an error finding quoting it, and parts above their total get the finding
the audit did not raise. What is still broken after that is a :class:`Problem` naming the
project and the texts it came from; the build leaves those texts out with a message and
builds the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cwlib.build.audit import PARTS, Sum, excess
from cwlib.schema import TABLES

__all__ = ["Problem", "settle", "validate"]


@dataclass(frozen=True)
class Problem:
    """One broken rule: what is wrong, and the project and source texts it comes from."""

    message: str
    project_id: str | None = None
    sources: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.message


def _fmt(value: float) -> str:
    return f"{value:,.2f}".replace(",", " ")


def _finding(row: dict[str, Any], check: str, message: str, difference: float | None) -> dict:
    return {
        "project_id": row["project_id"],
        "check": check,
        "severity": "error",
        "message": message,
        "difference": None if difference is None else round(difference, 2),
        "source": row.get("source"),
        "quote": row.get("quote"),
    }


def settle(tables: dict[str, list[dict[str, Any]]]) -> int:
    """Turn what the checks would refuse into findings for the text it came from; in place.

    Returns the number of findings added. A share outside 0-100 cannot be a share of
    anything: it is left out of ``share_pct`` (the amount stays) and an error finding quotes
    it (a row that stated nothing else goes). Parts above their total with no finding (the audit skips totals it cannot trust, such
    as a figure read as 0) get a ``parts_exceed_total`` finding quoting the total.
    """
    added: list[dict[str, Any]] = []
    kept = []
    for row in tables["budgets"]:
        share = row.get("share_pct")
        if share is not None and not 0 <= share <= 100:
            added.append(
                _finding(
                    row,
                    "impossible_share",
                    f"A share of {share:g} % is impossible (a part cannot be more than its whole "
                    "or less than nothing); it is left out of share_pct.",
                    share - 100 if share > 100 else share,
                )
            )
            row["share_pct"] = None
            row["share_basis"] = None
            if row["amount"] is None:
                continue  # a row that held only the impossible share: the finding keeps its quote
        kept.append(row)
    tables["budgets"] = kept
    flagged = {(r["project_id"], r["check"]) for r in tables["findings"]}
    for key, (total, parts_sum) in _exceeding_parts(tables["budgets"]).items():
        if (key[0], "parts_exceed_total") in flagged:
            continue
        who = f"{key[2]}'s budget" if key[2] else f"the {key[1]} total"
        difference = parts_sum - total["amount_eur"]
        added.append(
            _finding(
                total,
                "parts_exceed_total",
                f"The parts of {who} add up to {_fmt(parts_sum)} EUR, {_fmt(difference)} EUR "
                f"more than its total {_fmt(total['amount_eur'])} EUR.",
                difference,
            )
        )
        flagged.add((key[0], "parts_exceed_total"))
    if added:
        findings = tables["findings"] + [
            {c: f.get(c) for c in TABLES["findings"].columns} for f in added
        ]
        findings.sort(key=lambda r: r["project_id"])  # stable: a project's findings stay together
        tables["findings"] = findings
    return len(added)


def _exceeding_parts(
    budgets: list[dict[str, Any]],
) -> dict[tuple[str, str, str], tuple[dict[str, Any], float]]:
    """Totals (first stated, per project, scope and party) whose parts add up to more.

    More beyond rounding: the audit's :func:`~cwlib.build.audit.excess` decides, so litas
    parts each rounded when converted do not count as exceeding their total.
    """
    totals: dict[tuple[str, str, str], dict[str, Any]] = {}
    parts: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for row in budgets:
        if row["amount_eur"] is None:
            continue
        key = (
            row["project_id"],
            row["scope"],
            (row["party"] or "") if row["scope"] == "partner" else "",
        )
        if row["item"] == "total":
            totals.setdefault(key, row)
        elif row["item"] in PARTS:
            parts.setdefault(key, []).append(row)
    out = {}
    for key, rows in parts.items():
        if key in totals and excess(_sum(totals[key]), [_sum(r) for r in rows]) > 0:
            out[key] = (totals[key], sum(r["amount_eur"] for r in rows))
    return out


def _sum(row: dict[str, Any]) -> Sum:
    return row["amount"], row["currency"], row["amount_eur"], row["eur_basis"]


def validate(tables: dict[str, list[dict[str, Any]]]) -> list[Problem]:
    """The build's own checks on its output: ids, ranges, required values, provenance."""
    problems: list[Problem] = []
    sources = {
        r["project_id"]: tuple(s for s in (r.get("sources") or "").split(";") if s)
        for r in tables["projects"]
    }

    def problem(message: str, row: dict[str, Any] | None = None) -> None:
        project_id = row.get("project_id") if row else None
        found = sources.get(project_id, ())
        if not found and row and row.get("source"):
            found = (row["source"],)
        problems.append(Problem(message, project_id, found))

    ids = [r["project_id"] for r in tables["projects"]]
    if len(ids) != len(set(ids)):
        seen: set[str] = set()
        for row in tables["projects"]:
            if row["project_id"] in seen:
                problem(f"project id {row['project_id']} is not unique", row)
            seen.add(row["project_id"])
    for name, rows in tables.items():
        table = TABLES[name]
        required = [f.name for f in table.fields if f.required]
        categorical = [(f.name, f.categories) for f in table.fields if f.categories]
        for i, row in enumerate(rows):
            if row["project_id"] not in sources:
                problem(f"{name} row {i}: unknown project {row['project_id']}", row)
            for column in required:
                if row.get(column) in (None, ""):
                    problem(f"{name} row {i}: {column} is empty", row)
            for column, categories in categorical:
                if row.get(column) not in (None, "") and row[column] not in categories:
                    problem(
                        f"{name} row {i}: {column}={row[column]!r} is not one of {categories}",
                        row,
                    )
    for i, row in enumerate(tables["budgets"]):
        for column in ("amount", "amount_eur"):
            if row[column] is not None and row[column] < 0:
                problem(f"budgets row {i}: negative {column}", row)
        if row["amount"] is None and row["share_pct"] is None:
            problem(f"budgets row {i}: neither an amount nor a share", row)
        if (row["amount"] is None) != (row["currency"] is None):
            problem(f"budgets row {i}: an amount needs its currency", row)
        if row["share_pct"] is not None and not 0 <= row["share_pct"] <= 100:
            problem(f"budgets row {i}: share_pct {row['share_pct']} outside 0-100", row)
    flagged = {(r["project_id"], r["check"]) for r in tables["findings"]}
    for key, (total, _) in _exceeding_parts(tables["budgets"]).items():
        if (key[0], "parts_exceed_total") not in flagged:
            problem(f"{key}: parts exceed the total with no finding recorded", total)
    return problems
