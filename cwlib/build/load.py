"""Loading the clean tables back, checked against the schema: typed DataFrames or one clear error.

Everything downstream (the notebooks, the briefs, the reports) reads the tables through
:func:`load`, so a table that a person edited by hand, a file that went missing or a column
that was renamed stops here, with a message that names the file, the column and the row,
instead of turning into an empty total or a zero count further on. A missing value is fine
where the schema allows it; a value that is there must have the column's type.

Rows are numbered as a spreadsheet shows the file: the header is row 1, so the first data row
is row 2.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cwlib import paths
from cwlib.errors import CwlibError
from cwlib.patterns import compiled
from cwlib.schema import PERSONAL_TABLES, TABLES, Field, Table

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["DATAPACKAGE", "TableError", "Tables", "load"]

DATAPACKAGE = "datapackage.json"
"""The build's record of the tables: their schema, their sources and the versions used."""

REBUILD = "fix the file or rebuild the tables with `cwlib build`"

_REDUCED_DATE = compiled(
    r"""
    ^(?:\d{4}                      # a year
       (?:-(?:0[1-9]|1[0-2])       # then a month
          (?:-(?:0[1-9]|[12]\d|3[01]))?  # then a day
       )?
     |--(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])  # or a day and month without a year
    )$
    """,
    re.VERBOSE,
)


class TableError(CwlibError, ValueError):
    """A clean table that cannot be used as the schema describes it.

    The message names the file and, where it is about one, the column and the row (as a
    spreadsheet numbers them: the header is row 1), and says what to do.
    """

    def __init__(
        self, file: Path, problem: str, column: str | None = None, row: int | None = None
    ) -> None:
        where = str(file)
        if row is not None:
            where += f", row {row}"
        if column is not None:
            where += f", column {column}"
        super().__init__(f"{where}: {problem}")
        self.file, self.column, self.row = file, column, row


class Tables(dict):
    """The clean tables by name; also reachable as attributes (``tables.budgets``).

    ``folder`` is where they were read from and ``datapackage`` the build's record of them
    (``None`` when the folder has no datapackage.json).
    """

    folder: Path
    datapackage: dict[str, Any] | None = None

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            if name in PERSONAL_TABLES:
                raise AttributeError(
                    f"{name} holds personal data and is left out; "
                    "load it with cwlib.load(include_contacts=True)"
                ) from None
            raise AttributeError(name) from None


def load(path: str | os.PathLike[str] | None = None, include_contacts: bool = False) -> Tables:
    """Every clean table as a DataFrame with the schema's dtypes, checked first.

    Dates (events.earliest/latest) are datetimes; amounts, shares and coordinates floats;
    enumerated columns categories with the schema's categories; other columns strings.
    Reduced-precision dates (``2017``, ``--12-03``) stay strings beside their precision.

    Every table's file must be there with every schema column, each value of the column's
    type, no empty required value, no project twice and no row about a project that
    projects.csv does not have; otherwise :class:`TableError` names the file, column and
    row. Columns the schema does not know are left out. ``contacts`` (personal data) is
    checked too, but only returned with ``include_contacts=True``.
    """
    folder = paths.data_dir(path)
    if not folder.is_dir():
        raise TableError(folder, "no such folder; run `cwlib build` first or pass --data DIR")
    present = [t for t in TABLES.values() if (folder / t.filename).is_file()]
    if not present:
        raise TableError(folder, "no clean tables here; run `cwlib build` first")
    for table in TABLES.values():
        if table not in present:
            raise TableError(
                folder / table.filename,
                f"file is missing (a clean folder holds {', '.join(TABLES)}); {REBUILD}",
            )
    out = Tables()
    out.folder = folder
    out.datapackage = _read_datapackage(folder / DATAPACKAGE)
    frames = {name: _read_table(folder / table.filename, table) for name, table in TABLES.items()}
    _check_projects(folder, frames)
    for name, frame in frames.items():
        if name in PERSONAL_TABLES and not include_contacts:
            continue
        out[name] = frame
    return out


def _read_datapackage(path: Path) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TableError(path, f"not valid JSON ({exc}); {REBUILD}") from None
    if not isinstance(record, dict):
        raise TableError(path, f"not a data package descriptor (a JSON object); {REBUILD}")
    return record


def _decode(path: Path) -> str:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TableError(
            path, f"not UTF-8 text (byte {exc.start + 1}, on line {line}); save it as UTF-8"
        ) from None
    return text.removeprefix("\ufeff")  # a spreadsheet's byte-order mark


def _records(path: Path, table: Table) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header and the (row number, fields) of every non-blank record, shapes checked."""
    text = _decode(path)
    if not text.strip():
        raise TableError(path, f"file is empty (no header row); {REBUILD}")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, list[str]]] = []
    try:
        header = next(reader)
        for number, fields in enumerate(reader, start=2):
            if fields:
                rows.append((number, fields))
    except csv.Error as exc:
        raise TableError(
            path, f"not readable as CSV ({exc}); {REBUILD}", row=reader.line_num
        ) from None
    names = [h.strip() for h in header]
    missing = [c for c in table.columns if c not in names]
    if missing:
        unknown = [h for h in names if h not in table.columns]
        hint = f" (it has {', '.join(repr(u) for u in unknown)} instead)" if unknown else ""
        raise TableError(
            path,
            f"column{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
            f"{'are' if len(missing) > 1 else 'is'} missing{hint}; {REBUILD}",
        )
    twice = sorted({h for h in names if names.count(h) > 1})
    if twice:
        raise TableError(path, f"the header names {', '.join(twice)} twice; {REBUILD}")
    for number, fields in rows:
        if len(fields) != len(names):
            raise TableError(
                path,
                f"{len(fields)} fields where the header has {len(names)} "
                f"(a stray comma or quote?); {REBUILD}",
                row=number,
            )
    return names, rows


def _read_table(path: Path, table: Table) -> pd.DataFrame:
    import pandas as pd

    names, rows = _records(path, table)
    numbers = [n for n, _ in rows]
    columns_in_file = zip(*(fields for _, fields in rows), strict=True)  # rows are checked
    by_name = dict(zip(names, columns_in_file, strict=False))  # none when there are no rows
    columns = {}
    for f in table.fields:
        values = [v or None for v in by_name.get(f.name, ())]  # "" is a missing value
        columns[f.name] = _typed(path, f, values, numbers)
    return pd.DataFrame(columns, index=pd.RangeIndex(len(rows)))


def _bad(path: Path, f: Field, value: str, number: int, problem: str) -> TableError:
    return TableError(path, f"{value!r} {problem}; {REBUILD}", column=f.name, row=number)


def _number(value: str) -> float | None:
    """The number a CSV cell holds, or None when it holds none (``inf``, ``nan``, ``1_0`` too)."""
    if "_" in value:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _typed(path: Path, f: Field, values: list[str | None], numbers: list[int]) -> Any:
    """One column in the schema's dtype, or an error naming the first bad value.

    Checked value by value in Python, which for tables of the size cwlib builds is faster
    than a round of pandas operations per column, and says exactly which row is wrong.
    """
    import pandas as pd

    if f.required:
        for value, number in zip(values, numbers, strict=True):
            if value is None:
                raise TableError(
                    path, f"is empty, but every row needs it; {REBUILD}", column=f.name, row=number
                )
    if f.categories:
        codes = {c: i for i, c in enumerate(f.categories)}
        out = []
        for value, number in zip(values, numbers, strict=True):
            if value is None:
                out.append(-1)
            elif value in codes:
                out.append(codes[value])
            else:
                raise _bad(path, f, value, number, f"is not one of: {', '.join(f.categories)}")
        return pd.Categorical.from_codes(out, categories=list(f.categories))
    if f.type in ("number", "integer"):
        floats: list[float | None] = []
        for value, number in zip(values, numbers, strict=True):
            if value is None:
                floats.append(None)
                continue
            parsed = _number(value)
            if parsed is None:
                hint = " (write numbers with a decimal point, as 1234.50)" if "," in value else ""
                raise _bad(path, f, value, number, f"is not a number{hint}")
            if f.type == "integer" and not parsed.is_integer():
                raise _bad(path, f, value, number, "is not a whole number")
            floats.append(parsed)
        if f.type == "integer":
            return pd.array([None if v is None else int(v) for v in floats], dtype="Int64")
        return pd.array([float("nan") if v is None else v for v in floats], dtype="float64")
    if f.type == "date":
        for value, number in zip(values, numbers, strict=True):
            if value is not None and not _is_day(value):
                raise _bad(path, f, value, number, "is not a date written YYYY-MM-DD")
        return pd.to_datetime(pd.Series(values, dtype=object), format="%Y-%m-%d").array
    if f.format == "iso8601-reduced":
        for value, number in zip(values, numbers, strict=True):
            if value is not None and not _REDUCED_DATE.match(value):
                raise _bad(
                    path, f, value, number, "is not a date (YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD)"
                )
    return pd.array(values, dtype="string")


def _is_day(value: str) -> bool:
    """A full ISO date that exists (2020-02-30 does not)."""
    if len(value) != 10 or value[4] != "-" or value[7] != "-":
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _check_projects(folder: Path, frames: dict[str, pd.DataFrame]) -> None:
    """Each project once in projects.csv, and every other row about one of them."""
    projects = TABLES["projects"]
    ids = frames["projects"]["project_id"]
    twice = ids.duplicated()
    if bool(twice.any()):
        i = int(twice.to_numpy().nonzero()[0][0])
        raise TableError(
            folder / projects.filename,
            f"project {ids.iloc[i]!r} is listed twice; {REBUILD}",
            column="project_id",
            row=_row_of(folder / projects.filename, i),
        )
    known = set(ids)
    for name, frame in frames.items():
        if name == "projects":
            continue
        orphan = ~frame["project_id"].isin(known)
        if bool(orphan.any()):
            i = int(orphan.to_numpy().nonzero()[0][0])
            path = folder / TABLES[name].filename
            raise TableError(
                path,
                f"project {frame['project_id'].iloc[i]!r} is not in {projects.filename}; {REBUILD}",
                column="project_id",
                row=_row_of(path, i),
            )


def _row_of(path: Path, index: int) -> int:
    """The spreadsheet row of the ``index``-th record (rare: only for an error message)."""
    reader = csv.reader(io.StringIO(_decode(path), newline=""))
    next(reader)
    seen = -1
    for number, fields in enumerate(reader, start=2):
        if fields:
            seen += 1
            if seen == index:
                return number
    return index + 2
