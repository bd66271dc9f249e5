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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cwlib import paths
from cwlib.errors import CwlibError
from cwlib.patterns import compiled
from cwlib.schema import PERSONAL_TABLES, TABLES, Field, Table

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["DATAPACKAGE", "Rows", "TableError", "Tables", "load", "load_rows"]

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


@dataclass(frozen=True)
class Rows:
    """One clean table as plain Python: what :func:`load_rows` returns for each table.

    ``rows`` are dicts of column to value with the types :func:`load` gives, as Python
    values: ``str``, ``float``, ``int``, ``datetime.date``, and ``None`` for a missing value.
    ``text`` names the columns that hold free text (the columns a redactor reads: neither
    enumerated, numeric nor dates).
    """

    columns: tuple[str, ...]
    rows: list[dict[str, Any]]
    text: frozenset[str] = frozenset()

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, name: str) -> list[Any]:
        """Every row's value of one column, in row order."""
        return [row[name] for row in self.rows]

    def with_rows(self, rows: list[dict[str, Any]]) -> Rows:
        """The same columns holding other rows."""
        return Rows(self.columns, rows, self.text)

    @classmethod
    def empty(cls, table: Table) -> Rows:
        """A schema table without rows."""
        return cls(tuple(table.columns), [], _text_columns(table))


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
    return _load(path, include_contacts, _frame)


def _folder(path: str | os.PathLike[str] | None) -> Path:
    """The folder of tables to read, checked to hold every table's file."""
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
    return folder


def load_rows(path: str | os.PathLike[str] | None = None, include_contacts: bool = False) -> Tables:
    """What :func:`load` returns, checked the same way, as :class:`Rows` instead of DataFrames.

    For what reads every row once and needs no table operations (the Excel brief): it spares
    the process importing pandas, about half a second, most of a brief's start.
    """
    return _load(path, include_contacts, _rows)


def _load(
    path: str | os.PathLike[str] | None,
    include_contacts: bool,
    make: Callable[[Table, dict[str, Column]], Any],
) -> Tables:
    """The folder's tables read and checked once, each made by ``make`` (a DataFrame for
    :func:`load`, :class:`Rows` for :func:`load_rows`): both readers check the same way."""
    folder = _folder(path)
    out = Tables()
    out.folder = folder
    out.datapackage = _read_datapackage(folder / DATAPACKAGE)
    read = {name: _read_columns(folder / table.filename, table) for name, table in TABLES.items()}
    _check_projects(folder, {name: columns["project_id"][1] for name, columns in read.items()})
    for name, columns in read.items():
        if name in PERSONAL_TABLES and not include_contacts:
            continue
        out[name] = make(TABLES[name], columns)
    return out


def _rows(table: Table, columns: dict[str, Column]) -> Rows:
    """One table's checked columns as plain rows, in the schema's column order."""
    names = tuple(table.columns)
    typed = [columns[n][1] for n in names]
    rows = [dict(zip(names, values, strict=True)) for values in zip(*typed, strict=True)]
    return Rows(names, rows, _text_columns(table))


def _text_columns(table: Table) -> frozenset[str]:
    """The columns of free text: strings without categories (what :func:`load` types
    ``string``; a redactor reads these and nothing else)."""
    return frozenset(f.name for f in table.fields if f.type == "string" and not f.categories)


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


Column = tuple[list[str | None], list[Any]]
"""One column as read: its values as the file writes them ("" as None), then typed."""


def _read_columns(path: Path, table: Table) -> dict[str, Column]:
    """Every schema column of one file, checked (:func:`_checked`), by name."""
    names, rows = _records(path, table)
    numbers = [n for n, _ in rows]
    columns_in_file = zip(*(fields for _, fields in rows), strict=True)  # rows are checked
    by_name = dict(zip(names, columns_in_file, strict=False))  # none when there are no rows
    columns: dict[str, Column] = {}
    for f in table.fields:
        values = [v or None for v in by_name.get(f.name, ())]  # "" is a missing value
        columns[f.name] = (values, _checked(path, f, values, numbers))
    return columns


def _frame(table: Table, columns: dict[str, Column]) -> pd.DataFrame:
    """One checked table as a DataFrame in the schema's dtypes."""
    import pandas as pd

    length = len(columns[table.fields[0].name][0])
    return pd.DataFrame(
        {f.name: _dtyped(f, *columns[f.name]) for f in table.fields},
        index=pd.RangeIndex(length),
    )


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


def _checked(path: Path, f: Field, values: list[str | None], numbers: list[int]) -> list[Any]:
    """One column's values typed as Python values, or an error naming the first bad value.

    Checked value by value in Python, which for tables of the size cwlib builds is faster
    than a round of pandas operations per column, and says exactly which row is wrong.
    """
    if f.required:
        for value, number in zip(values, numbers, strict=True):
            if value is None:
                raise TableError(
                    path, f"is empty, but every row needs it; {REBUILD}", column=f.name, row=number
                )
    if f.categories:
        for value, number in zip(values, numbers, strict=True):
            if value is not None and value not in f.categories:
                raise _bad(path, f, value, number, f"is not one of: {', '.join(f.categories)}")
        return values
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
            return [None if v is None else int(v) for v in floats]
        return floats
    if f.type == "date":
        days: list[dt.date | None] = []
        for value, number in zip(values, numbers, strict=True):
            if value is None:
                days.append(None)
            elif _is_day(value):
                days.append(dt.date.fromisoformat(value))
            else:
                raise _bad(path, f, value, number, "is not a date written YYYY-MM-DD")
        return days
    if f.format == "iso8601-reduced":
        for value, number in zip(values, numbers, strict=True):
            if value is not None and not _REDUCED_DATE.match(value):
                raise _bad(
                    path, f, value, number, "is not a date (YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD)"
                )
    return values


def _dtyped(f: Field, values: list[str | None], typed: list[Any]) -> Any:
    """One checked column in the schema's pandas dtype: categories with the schema's
    categories, nullable integers, floats, datetimes or strings."""
    import pandas as pd

    if f.categories:
        codes = {c: i for i, c in enumerate(f.categories)}
        return pd.Categorical.from_codes(
            [-1 if v is None else codes[v] for v in typed], categories=list(f.categories)
        )
    if f.type == "integer":
        return pd.array(typed, dtype="Int64")
    if f.type == "number":
        return pd.array([float("nan") if v is None else v for v in typed], dtype="float64")
    if f.type == "date":
        return pd.to_datetime(pd.Series(values, dtype=object), format="%Y-%m-%d").array
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


def _check_projects(folder: Path, ids: dict[str, list[Any]]) -> None:
    """Each project once in projects.csv, and every other row about one of them (``ids``:
    each table's project_id column)."""
    projects = TABLES["projects"]
    seen: set[Any] = set()
    for i, pid in enumerate(ids["projects"]):
        if pid in seen:
            raise TableError(
                folder / projects.filename,
                f"project {pid!r} is listed twice; {REBUILD}",
                column="project_id",
                row=_row_of(folder / projects.filename, i),
            )
        seen.add(pid)
    for name, column in ids.items():
        if name == "projects":
            continue
        for i, pid in enumerate(column):
            if pid not in seen:
                path = folder / TABLES[name].filename
                raise TableError(
                    path,
                    f"project {pid!r} is not in {projects.filename}; {REBUILD}",
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
