"""The clean tables: building them from data/raw and loading them for analysis.

``build`` reads every raw text, parses it (in several processes for large corpora), merges
texts about the same project, checks its own output, and only then replaces the old tables,
atomically: a failed build never leaves data/clean half-written or empty. ``load`` returns
the tables as DataFrames with the dtypes the schema declares.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cwlib import paths
from cwlib.audit import audit_budgets
from cwlib.schema import TABLES, Table, datapackage

__all__ = [
    "BuildError",
    "BuildReport",
    "Tables",
    "build",
    "load",
    "merge",
    "raw_files",
    "write_tables",
]


class BuildError(RuntimeError):
    """Nothing could be built, or the built tables failed their own checks."""


@dataclass
class BuildReport:
    """What a build read, skipped and wrote: printed by the CLI, asserted by the tests."""

    files: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    projects: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    out_dir: Path | None = None

    @property
    def ok(self) -> bool:
        return self.projects > 0


def raw_files(raw_dir: Path) -> list[Path]:
    """The raw texts, in a stable order (file name), ignoring SOURCES.csv and hidden files."""
    return sorted(
        p
        for p in raw_dir.iterdir()
        if p.is_file() and p.suffix.lower() in paths.RAW_SUFFIXES and not p.name.startswith(".")
    )


def _parse_file(path_str: str) -> tuple[str, Any, str | None]:
    """Read and parse one file; errors come back as a reason, never raise across processes."""
    from cwlib.extraction import parse_text
    from cwlib.textio import SourceError, read_source

    path = Path(path_str)
    try:
        text = read_source(path)
    except SourceError as exc:
        return path.name, None, str(exc)
    try:
        facts = parse_text(text, source=path.name)
    except Exception as exc:  # a parser bug must not stop the other files
        return path.name, None, f"{path.name}: the parser failed ({type(exc).__name__}: {exc})"
    if not facts.has_project:
        return (
            path.name,
            None,
            f"{path.name}: no recognisable project (no title with a budget, partner, date or programme)",
        )
    for row in facts.budgets:
        row.pop("_money", None)
    return path.name, facts, None


def _parse_all(files: list[Path], jobs: int, progress: bool) -> list[tuple[str, Any, str | None]]:
    names = [str(p) for p in files]
    bar = None
    if progress and len(names) >= 200:
        from tqdm import tqdm

        bar = tqdm(total=len(names), unit="text", desc="parsing", file=sys.stderr)
    results: list[tuple[str, Any, str | None]] = []
    # A pool takes a fraction of a second to start: small corpora parse faster in one process.
    if jobs <= 1 or len(names) < 50 * max(jobs, 1):
        for name in names:
            results.append(_parse_file(name))
            if bar:
                bar.update()
    else:
        chunk = max(1, min(64, len(names) // (jobs * 8) or 1))
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for result in pool.map(_parse_file, names, chunksize=chunk):
                results.append(result)
                if bar:
                    bar.update()
    if bar:
        bar.close()
    return results


def _partner_key(name: str) -> str:
    return re.sub(r"[\W_]+", " ", name.casefold()).strip()


def merge(parsed: Iterable[Any]) -> dict[str, list[dict[str, Any]]]:
    """Merge the facts of texts about the same project into rows of every table.

    Texts share a project when they share a project number, a web address or a title. The
    merged project keeps each fact once (the first text, by file name, states it) and lists
    all its sources; the project fields are filled from the first text that states each.
    """
    facts_list = list(parsed)
    groups: list[list[Any]] = []
    key_to_group: dict[str, int] = {}
    for facts in facts_list:
        hits = sorted({key_to_group[k] for k in facts.merge_keys if k in key_to_group})
        if hits:
            target = hits[0]
            for other in hits[1:]:  # a text that bridges two groups joins them
                groups[target].extend(groups[other])
                for k, g in list(key_to_group.items()):
                    if g == other:
                        key_to_group[k] = target
                groups[other] = []
            groups[target].append(facts)
        else:
            target = len(groups)
            groups.append([facts])
        for k in facts.merge_keys:
            key_to_group[k] = target
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    used_ids: set[str] = set()
    for group in groups:
        if not group:
            continue
        group.sort(key=lambda f: f.source)
        project_id = _project_id(group, used_ids)
        used_ids.add(project_id)
        _merge_group(group, project_id, tables)
    for name, rows in tables.items():
        table = TABLES[name]
        rows.sort(key=lambda r: (r["project_id"],))
        tables[name] = [{c: r.get(c) for c in table.columns} for r in rows]
    return tables


def _project_id(group: list[Any], used: set[str]) -> str:
    """The id of the text whose title is most complete (an English title wins), made unique."""
    best = max(
        group,
        key=lambda f: (
            bool(f.project["title_en"]),
            len(f.project["title_en"] or f.project["title"] or ""),
        ),
    )
    base = best.project["project_id"]
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _merge_group(
    group: list[Any], project_id: str, tables: dict[str, list[dict[str, Any]]]
) -> None:
    project: dict[str, Any] = {"project_id": project_id}
    facts_rows: list[dict[str, Any]] = []
    columns = TABLES["projects"].columns
    # The longer title of the same language is the more complete one.
    for name in columns:
        if name in ("project_id", "sources"):
            continue
        values = [(f, f.project.get(name)) for f in group if f.project.get(name) not in (None, "")]
        if not values:
            project[name] = None
            continue
        if name in ("title", "title_en"):
            chosen = max(values, key=lambda fv: len(str(fv[1])))
        else:
            chosen = values[0]
        project[name] = chosen[1]
        quote = chosen[0].project_quotes.get(name)
        if quote:
            facts_rows.append(
                {
                    "project_id": project_id,
                    "field": name,
                    "value": str(chosen[1]),
                    "source": chosen[0].source,
                    "quote": quote,
                }
            )
    project["sources"] = ";".join(f.source for f in group)
    tables["projects"].append(project)
    tables["project_facts"].extend(facts_rows)

    seen: dict[str, set[tuple[Any, ...]]] = {name: set() for name in TABLES}
    keys = {
        "budgets": lambda r: (
            r["scope"],
            _partner_key(r["party"] or ""),
            r["item"],
            r["amount"],
            r["currency"],
        ),
        "partners": lambda r: (_partner_key(r["name"]),),
        "events": lambda r: (r["event"], r["date"]),
        "results": lambda r: (r["count"], _partner_key(r["indicator"])),
        "findings": lambda r: (r["check"], r["quote"]),
        "contacts": lambda r: (r["name"], r["email"], r["phone"]),
    }
    mine: dict[str, list[dict[str, Any]]] = {name: [] for name in keys}
    for facts in group:
        for name, key in keys.items():
            for row in facts.rows(name):
                row["project_id"] = project_id
                k = key(row)
                if k in seen[name]:
                    continue
                seen[name].add(k)
                mine[name].append(row)
    if len(group) > 1:
        # Sums from different texts are checked against each other too.
        for finding in audit_budgets(mine["budgets"]):
            k = keys["findings"](finding)
            if k not in seen["findings"]:
                seen["findings"].add(k)
                mine["findings"].append({"project_id": project_id, **finding})
    _collapse_city_partners(mine["partners"])
    for name, rows in mine.items():
        tables[name].extend(rows)


def _collapse_city_partners(rows: list[dict[str, Any]]) -> None:
    """A bare city ("Vilnius") and that city's municipality in the same project are one partner.

    Called with one project's rows only, so a large corpus merges in linear time.
    """
    mine = list(rows)
    municipalities = {
        r["city"]: r
        for r in mine
        if r["org_type"] == "municipality" and r["city"] and len(r["name"].split()) > 1
    }
    for row in mine:
        if (
            row["city"] in municipalities
            and len(row["name"].split()) == 1
            and row is not municipalities[row["city"]]
        ):
            kept = municipalities[row["city"]]
            if row["role"] in ("lead", "applicant") and kept["role"] == "partner":
                kept["role"] = row["role"]
            rows.remove(row)


# ---------------------------------------------------------------------------- writing


def _format(value: Any, field_type: str, name: str) -> str:
    """One CSV cell, formatted the same way on every machine (byte-identical rebuilds)."""
    if value is None or value == "":
        return ""
    if isinstance(value, float) and value != value:  # NaN
        return ""
    if field_type == "number":
        number = float(value)
        if name in ("lat", "lon"):
            return f"{number:.4f}"
        if name == "count":
            return str(int(number)) if number.is_integer() else repr(number)
        return f"{number:.2f}"
    if field_type == "integer":
        return str(int(value))
    return str(value)


def _csv_bytes(table: Table, rows: list[dict[str, Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(table.columns)
    types = {f.name: f.type for f in table.fields}
    for row in rows:
        writer.writerow([_format(row.get(c), types[c], c) for c in table.columns])
    return buffer.getvalue().encode("utf-8")


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


def write_tables(tables: dict[str, list[dict[str, Any]]], out_dir: Path) -> None:
    """Write every table and datapackage.json into a new folder, then swap it in atomically."""
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-new-", dir=out_dir.parent))
    try:
        for name, table in TABLES.items():
            (staging / table.filename).write_bytes(_csv_bytes(table, tables[name]))
        descriptor = json.dumps(datapackage(), ensure_ascii=False, indent=2) + "\n"
        (staging / "datapackage.json").write_bytes(descriptor.encode("utf-8"))
        old = None
        if out_dir.exists():
            old = out_dir.parent / f".{out_dir.name}-old-{os.getpid()}"
            if old.exists():
                shutil.rmtree(old)
            os.replace(out_dir, old)
        os.replace(staging, out_dir)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def build(
    raw_dir: str | os.PathLike[str] | None = None,
    out_dir: str | os.PathLike[str] | None = None,
    jobs: int | None = 1,
    progress: bool = False,
) -> BuildReport:
    """Parse every raw text and (re)write the clean tables; see the module docstring."""
    raw = Path(raw_dir) if raw_dir is not None else paths.RAW_DIR
    out = Path(out_dir) if out_dir is not None else paths.CLEAN_DIR
    if not raw.is_dir():
        raise BuildError(f"{raw}: no such folder of raw texts")
    files = raw_files(raw)
    report = BuildReport(files=[p.name for p in files], out_dir=out)
    if not files:
        raise BuildError(f"{raw}: no .txt, .html or .htm files to build from")
    jobs = jobs if jobs and jobs > 0 else (os.cpu_count() or 1)
    parsed = []
    for name, facts, error in _parse_all(files, jobs, progress):
        if error:
            report.skipped.append((name, error))
        else:
            parsed.append(facts)
    if not parsed:
        raise BuildError(
            "nothing could be built: " + "; ".join(reason for _, reason in report.skipped)
        )
    tables = merge(parsed)
    problems = validate(tables)
    if problems:
        raise BuildError("the built tables failed their checks: " + "; ".join(problems[:10]))
    write_tables(tables, out)
    report.projects = len(tables["projects"])
    report.rows = {name: len(rows) for name, rows in tables.items()}
    return report


# ---------------------------------------------------------------------------- loading


class Tables(dict):  # type: ignore[type-arg]
    """The clean tables by name; also reachable as attributes (``tables.budgets``)."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError as exc:
            raise AttributeError(name) from exc

    folder: Path


def load(path: str | os.PathLike[str] | None = None) -> Tables:
    """Every clean table as a DataFrame with the schema's dtypes.

    Dates (events.earliest/latest) are datetimes; amounts, shares and coordinates floats;
    enumerated columns categories with the schema's categories; other columns strings.
    Reduced-precision dates (``2017``, ``--12-03``) stay strings beside their precision.
    """
    import pandas as pd

    folder = paths.data_dir(path)
    if not (folder / "projects.csv").exists():
        raise FileNotFoundError(f"{folder}: no clean tables here; run `cwlib build` first")
    out = Tables()
    out.folder = folder
    for name, table in TABLES.items():
        file = folder / table.filename
        if not file.exists():
            frame = pd.DataFrame({c: pd.Series(dtype="string") for c in table.columns})
        else:
            frame = pd.read_csv(
                file, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8"
            )
        for f in table.fields:
            if f.name not in frame.columns:
                frame[f.name] = pd.NA
            column = frame[f.name]
            if f.categories:
                frame[f.name] = pd.Categorical(column, categories=list(f.categories))
            elif f.type == "number":
                frame[f.name] = pd.to_numeric(column, errors="coerce").astype("float64")
            elif f.type == "integer":
                frame[f.name] = pd.to_numeric(column, errors="coerce").astype("Int64")
            elif f.type == "date":
                frame[f.name] = pd.to_datetime(column, errors="coerce", format="%Y-%m-%d")
            else:
                frame[f.name] = column.astype("string")
        out[name] = frame[table.columns]
    return out
