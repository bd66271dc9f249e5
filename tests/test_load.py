"""The validated loader: a broken table is one clear error naming the file, column and row.

Every case starts from a copy of a valid clean folder (the committed data/clean), breaks one
thing the way a person editing the tables might, and checks ``cwlib.load`` and ``cwlib brief``:
the message names the file (and column, and row), the command exits 2 with one line and no
traceback, and no workbook is written.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from cwlib import cli, paths, schema
from cwlib.build.load import TableError, load, load_rows
from cwlib.errors import CwlibError

CLEAN = paths.CLEAN_DIR


def record_sources(folder: Path, raw: Path = paths.RAW_DIR) -> None:
    """Give a clean folder's datapackage.json the build's record of its sources, as the build
    writes it (file name, path, SHA-256 and web address of each raw text, and the versions),
    unless it already has one."""
    path = folder / "datapackage.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    if any(str(s.get("path", "")).startswith("data/raw/") for s in record.get("sources", [])):
        return
    urls = {}
    if (raw / "SOURCES.csv").exists():
        with (raw / "SOURCES.csv").open(encoding="utf-8", newline="") as fh:
            urls = {r["file"]: r.get("url") for r in csv.DictReader(fh)}
    record["sources"] = [
        {
            "title": p.name,
            "path": f"data/raw/{p.name}",
            "sha256": hashlib.sha256(p.read_bytes()).hexdigest(),
            **({"url": urls[p.name]} if urls.get(p.name) else {}),
        }
        for p in sorted(raw.iterdir())
        if p.is_file() and p.name != "SOURCES.csv"
    ] + [s for s in record.get("sources", []) if "path" in s]
    record.setdefault(
        "cwlib", {"version": "0.1.0", "python": "3.11", "packages": {"pandas": pd.__version__}}
    )
    path.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """A private copy of the committed clean tables, with their sources recorded."""
    out = tmp_path / "clean"
    shutil.copytree(CLEAN, out)
    record_sources(out)
    return out


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))


def _write(path: Path, rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def _set(folder: Path, table: str, column: str, value: str, row: int = 1) -> None:
    """Set ``column`` of data row ``row`` (1 = the first row under the header)."""
    path = folder / f"{table}.csv"
    rows = _rows(path)
    rows[row][rows[0].index(column)] = value
    _write(path, rows)


def _rename(folder: Path, table: str, old: str, new: str) -> None:
    path = folder / f"{table}.csv"
    rows = _rows(path)
    rows[0][rows[0].index(old)] = new
    _write(path, rows)


def _drop(folder: Path, table: str, column: str) -> None:
    path = folder / f"{table}.csv"
    rows = _rows(path)
    j = rows[0].index(column)
    _write(path, [r[:j] + r[j + 1 :] for r in rows])


def _extra_field(folder: Path, table: str, row: int = 1) -> None:
    path = folder / f"{table}.csv"
    rows = _rows(path)
    rows[row].append("stray")
    _write(path, rows)


def _short_row(folder: Path, table: str, row: int = 1) -> None:
    path = folder / f"{table}.csv"
    rows = _rows(path)
    rows[row] = rows[row][:-2]
    _write(path, rows)


# (id, how to break the folder, words the message must contain)
BROKEN: list[tuple[str, Callable[[Path], None], tuple[str, ...]]] = [
    *[
        (f"missing-{name}", lambda f, n=name: (f / f"{n}.csv").unlink(), (f"{name}.csv", "missing"))
        for name in ("budgets", "partners", "findings", "project_facts", "contacts", "projects")
    ],
    (
        "amount_eur-renamed",
        lambda f: _rename(f, "budgets", "amount_eur", "amount_euro"),
        ("budgets.csv", "amount_eur", "amount_euro"),
    ),
    (
        "amount_eur-text",
        lambda f: _set(f, "budgets", "amount_eur", "apie milijoną", row=2),
        ("budgets.csv", "row 3", "amount_eur", "apie milijoną", "not a number"),
    ),
    (
        "amount_eur-decimal-comma",
        lambda f: _set(f, "budgets", "amount_eur", "264145,00", row=1),
        ("budgets.csv", "row 2", "amount_eur", "decimal point"),
    ),
    ("title-dropped", lambda f: _drop(f, "projects", "title"), ("projects.csv", "title")),
    ("zero-bytes", lambda f: (f / "partners.csv").write_bytes(b""), ("partners.csv", "empty")),
    ("extra-field", lambda f: _extra_field(f, "events", row=2), ("events.csv", "row 3", "fields")),
    ("short-row", lambda f: _short_row(f, "results", row=1), ("results.csv", "row 2", "fields")),
    (
        "unknown-category",
        lambda f: _set(f, "budgets", "scope", "programme"),
        ("budgets.csv", "row 2", "scope", "'programme'", "project, partner"),
    ),
    (
        "required-empty",
        lambda f: _set(f, "partners", "quote", ""),
        ("partners.csv", "row 2", "quote", "empty"),
    ),
    (
        "bad-date",
        lambda f: _set(f, "events", "earliest", "2020-13-45"),
        ("events.csv", "row 2", "earliest", "2020-13-45"),
    ),
    (
        "bad-reduced-date",
        lambda f: _set(f, "events", "date", "sausio 1"),
        ("events.csv", "row 2", "date", "sausio 1"),
    ),
    (
        "fractional-integer",
        lambda f: _set(f, "projects", "duration_months", "24.5"),
        ("projects.csv", "row 2", "duration_months", "whole number"),
    ),
    (
        "duplicate-project",
        lambda f: _write(
            f / "projects.csv",
            [*_rows(f / "projects.csv"), _rows(f / "projects.csv")[1]],
        ),
        ("projects.csv", "project_id", "twice"),
    ),
    (
        "unknown-project",
        lambda f: _set(f, "results", "project_id", "no-such-project"),
        ("results.csv", "row 2", "project_id", "no-such-project", "projects.csv"),
    ),
    (
        "not-utf8",
        lambda f: (f / "results.csv").write_bytes(
            (f / "results.csv").read_bytes().replace("ų".encode(), "ų".encode("cp1257"))
        ),
        ("results.csv", "UTF-8"),
    ),
    (
        "broken-datapackage",
        lambda f: (f / "datapackage.json").write_text("{", encoding="utf-8"),
        ("datapackage.json",),
    ),
]


@pytest.mark.parametrize(("case", "breaks", "words"), BROKEN, ids=[b[0] for b in BROKEN])
def test_load_names_the_file_column_and_row(folder, case, breaks, words) -> None:
    breaks(folder)
    with pytest.raises(TableError) as info:
        load(folder)
    message = str(info.value)
    for word in words:
        assert word in message, (word, message)
    assert "\n" not in message
    assert isinstance(info.value, CwlibError)


@pytest.mark.parametrize(("case", "breaks", "words"), BROKEN, ids=[b[0] for b in BROKEN])
def test_brief_refuses_broken_tables(folder, tmp_path, capsys, case, breaks, words) -> None:
    breaks(folder)
    out = tmp_path / "out" / "brief.xlsx"
    status = cli.main(["brief", "--data", str(folder), "-o", str(out)])
    captured = capsys.readouterr()
    assert status == 2
    err = captured.err
    assert err.startswith("cwlib brief: error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    for word in words:
        assert word in err, (word, err)
    assert not out.exists() and not (out.parent.exists() and any(out.parent.iterdir()))


def test_valid_folder_loads_with_schema_dtypes(folder) -> None:
    tables = load(folder, include_contacts=True)
    assert list(tables) == list(schema.TABLES)
    budgets = tables.budgets
    assert budgets["amount_eur"].dtype == "float64"
    assert isinstance(budgets["scope"].dtype, pd.CategoricalDtype)
    assert tables.projects["duration_months"].dtype == "Int64"
    assert str(tables.events["earliest"].dtype).startswith("datetime64")
    assert tables.projects["title"].dtype == "string"
    for name, table in schema.TABLES.items():
        assert list(tables[name].columns) == table.columns
        expected = len(_rows(folder / table.filename)) - 1
        assert len(tables[name]) == expected, name
    assert tables.folder == folder
    assert isinstance(tables.datapackage, dict)


def test_rows_hold_the_values_of_the_dataframes(folder) -> None:
    """``load_rows`` (the brief's loader) gives what ``load`` gives, as plain Python values:
    None for a missing value, a date for a datetime, int, float and str."""
    frames = load(folder, include_contacts=True)
    rows = load_rows(folder, include_contacts=True)
    assert list(rows) == list(frames) and rows.folder == frames.folder
    assert rows.datapackage == frames.datapackage
    for name, frame in frames.items():
        table = rows[name]
        assert table.columns == tuple(frame.columns)
        expected = [
            {
                c: None if pd.isna(v) else v.date() if isinstance(v, pd.Timestamp) else v
                for c, v in zip(frame.columns, values, strict=True)
            }
            for values in frame.astype(object).itertuples(index=False, name=None)
        ]
        assert table.rows == expected, name
        for row in table.rows:
            for v in row.values():
                assert v is None or type(v) in (str, int, float, dt.date), (name, v)
    assert rows.events.text == {"project_id", "date", "source", "quote"}
    assert "contacts" not in load_rows(folder)


def test_contacts_left_out_unless_asked(folder) -> None:
    tables = load(folder)
    assert "contacts" not in tables
    with pytest.raises(AttributeError, match=r"include_contacts=True"):
        _ = tables.contacts
    assert "contacts" in load(folder, include_contacts=True)


def test_a_bom_and_blank_trailing_lines_are_tolerated(folder) -> None:
    path = folder / "results.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes() + b"\n\n")
    assert len(load(folder).results) == len(_rows(folder / "results.csv")) - 3


def test_unknown_extra_columns_are_ignored(folder) -> None:
    path = folder / "results.csv"
    rows = _rows(path)
    _write(path, [[*r, f"note {i}"] for i, r in enumerate(rows)])
    assert list(load(folder).results.columns) == schema.TABLES["results"].columns


def test_missing_folder_and_empty_folder(tmp_path) -> None:
    with pytest.raises(TableError, match=r"no such folder"):
        load(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(TableError, match=r"no clean tables.*cwlib build"):
        load(tmp_path / "empty")


def test_missing_datapackage_is_not_an_error(folder) -> None:
    (folder / "datapackage.json").unlink()
    assert load(folder).datapackage is None


def test_clean_folder_without_sources_warns(folder, tmp_path, capsys) -> None:
    """A datapackage.json without the sources' record (an older build): a brief, and a warning."""
    path = folder / "datapackage.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    record["sources"] = []
    path.write_text(json.dumps(record), encoding="utf-8")
    assert cli.main(["brief", "--data", str(folder), "-o", str(tmp_path / "b.xlsx")]) == 0
    err = capsys.readouterr().err
    assert err.startswith("cwlib brief: warning: ") and "records no source files" in err


def test_datapackage_is_read(folder) -> None:
    record = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert load(folder).datapackage == record


def test_failed_write_is_one_line_and_leaves_nothing(folder, tmp_path) -> None:
    """A disk that fills up mid-save: one line, status 2, no half file, no ZipFile noise.

    The file-size limit (RLIMIT_FSIZE) makes the operating system refuse the write, as a full
    disk would; it is set in a child process so that nothing else is affected.
    """
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))\n"
        "from cwlib.cli import main\n"
        f"sys.exit(main(['brief', '--data', {str(folder)!r}, '-o', {str(out_dir / 'b.xlsx')!r}]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("cwlib brief: error: cannot write")
    assert "Exception ignored" not in result.stderr and "Traceback" not in result.stderr
    assert list(out_dir.iterdir()) == []
