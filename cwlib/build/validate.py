"""The build's own checks on its output, run before the old tables are replaced.

A table that breaks these rules would mislead every notebook and brief downstream, so the
build refuses to write it: unique ids, known projects, required values, categories from the
schema, non-negative amounts, shares within 0-100, and parts within their total unless a
finding says why not.
"""

from __future__ import annotations

from typing import Any

from cwlib.schema import TABLES

__all__ = ["validate"]


def validate(tables: dict[str, list[dict[str, Any]]]) -> list[str]:
    """The build's own checks on its output: ids, ranges, required values, provenance."""
    problems = []
    ids = [r["project_id"] for r in tables["projects"]]
    if len(ids) != len(set(ids)):
        problems.append("project ids are not unique")
    known = set(ids)
    for name, rows in tables.items():
        table = TABLES[name]
        required = [f.name for f in table.fields if f.required]
        for i, row in enumerate(rows):
            if row["project_id"] not in known:
                problems.append(f"{name} row {i}: unknown project {row['project_id']}")
            for column in required:
                if row.get(column) in (None, ""):
                    problems.append(f"{name} row {i}: {column} is empty")
            for f in table.fields:
                if (
                    f.categories
                    and row.get(f.name) not in (None, "")
                    and row[f.name] not in f.categories
                ):
                    problems.append(
                        f"{name} row {i}: {f.name}={row[f.name]!r} is not one of {f.categories}"
                    )
    for i, row in enumerate(tables["budgets"]):
        for column in ("amount", "amount_eur"):
            if row[column] is not None and row[column] < 0:
                problems.append(f"budgets row {i}: negative {column}")
        if row["amount"] is None and row["share_pct"] is None:
            problems.append(f"budgets row {i}: neither an amount nor a share")
        if (row["amount"] is None) != (row["currency"] is None):
            problems.append(f"budgets row {i}: an amount needs its currency")
        if row["share_pct"] is not None and not 0 <= row["share_pct"] <= 100:
            problems.append(f"budgets row {i}: share_pct {row['share_pct']} outside 0-100")
    flagged = {(r["project_id"], r["check"]) for r in tables["findings"]}
    totals: dict[tuple[str, str, str], float] = {}
    parts: dict[tuple[str, str, str], float] = {}
    for row in tables["budgets"]:
        if row["amount_eur"] is None:
            continue
        key = (
            row["project_id"],
            row["scope"],
            (row["party"] or "") if row["scope"] == "partner" else "",
        )
        if row["item"] == "total":
            totals.setdefault(key, row["amount_eur"])
        elif row["item"] in ("eu", "national", "own", "eu_national"):
            parts[key] = parts.get(key, 0.0) + row["amount_eur"]
    for key, value in parts.items():
        if (
            key in totals
            and value > totals[key] + 0.01
            and (key[0], "parts_exceed_total") not in flagged
        ):
            problems.append(f"{key}: parts exceed the total with no finding recorded")
    return problems
