"""Writing the clean tables: CSV bytes that are the same on every machine, swapped in atomically.

Byte-identical output is what lets ``data/clean`` be committed and checked by a rebuild; the
atomic swap is what keeps a failed or killed build from leaving the folder half-written.

The output folder is cwlib's or it is refused (:func:`check_out_dir`): a folder that is the
raw folder, holds it or lies inside it; a file; a non-empty folder without cwlib's marker (its
``datapackage.json``); the current folder. In a folder of cwlib's, only the files cwlib writes
are replaced: anything else in it is carried over to the new folder.

The swap is one step: the new tables are written to a fresh folder beside the old one, which
is then exchanged with it by a single ``renameat2(RENAME_EXCHANGE)`` (Linux); the old tables
end in the fresh folder's place and are deleted. Where the exchange is not available, two
renames are used and a build killed between them is repaired by the next one (which puts the
old folder back). Builds into one folder take turns: a lock on the parent folder makes a second
build wait, and fail with a message after :data:`LOCK_WAIT_S`. Temporary folders of killed
builds are removed by the next build, and the folder keeps its permissions.
"""

from __future__ import annotations

import contextlib
import csv
import ctypes
import errno
import io
import json
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from operator import itemgetter
from pathlib import Path
from typing import Any

from cwlib.errors import CwlibError
from cwlib.schema import TABLES, Table, datapackage

__all__ = [
    "LOCK_WAIT_S",
    "MARKER",
    "OutputError",
    "check_out_dir",
    "header_lines",
    "own_files",
    "render_tables",
    "write_rendered",
    "write_tables",
]

MARKER = "datapackage.json"
"""The file that makes a folder cwlib's: the data package descriptor the build writes."""
LOCK_WAIT_S = 120.0
"""How long a build waits for another build into the same folder to finish its write."""


class OutputError(CwlibError, ValueError):
    """An output folder that cwlib may not write into; the message says why and what to do."""


def own_files() -> tuple[str, ...]:
    """The files a build writes (and so may replace) in its output folder."""
    return (*(t.filename for t in TABLES.values()), MARKER)


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


def _text_cell(value: Any) -> str:
    """A cell of a string column: most values are already strings (the rest as ``_format``)."""
    if value is None:
        return ""
    if value.__class__ is str:
        return value
    return _format(value, "string", "")


def _cell_formatter(field_type: str, name: str) -> Callable[[Any], str]:
    """The function that formats the cells of one column (as :func:`_format`)."""
    if field_type == "string":
        return _text_cell
    return lambda value: _format(value, field_type, name)


_NUMERIC = frozenset({float, int, type(None)})
"""Cell types a number column's fast path formats (bool and strings take :func:`_format`)."""


def _number_cells(values: list[Any], name: str) -> list[str]:
    """The cells of a ``number`` column whose values are all floats, ints or None.

    As :func:`_format` gives them (``f"{v:.2f}"`` of an int or float equals that of
    ``float(v)``; None and NaN are empty), in one comprehension rather than a call a cell:
    a number column is the one kind of column the build formats cell by cell.
    """
    if name in ("lat", "lon"):
        return ["" if v is None or v != v else f"{v:.4f}" for v in values]
    if name == "count":
        return [_format(v, "number", name) for v in values]
    return ["" if v is None or v != v else f"{v:.2f}" for v in values]


_AS_WRITTEN = frozenset({str, type(None)})
"""Cell types the csv module writes exactly as :func:`_format` would: a string as itself,
None as an empty cell."""


def _csv_bytes(table: Table, rows: list[dict[str, Any]], header: bool = True) -> bytes:
    """One table as CSV bytes, every cell formatted as :func:`_format` says; with its header
    line unless ``header`` is false (a run of rows that goes after another's).

    Built a column at a time: the cells of each row are read off it in one
    ``operator.itemgetter`` call and turned into columns, and a string column whose cells
    are all strings or None (nearly every one) goes to the csv module untouched, which writes
    those as ``_format`` would; a number column of floats, ints and None is formatted in one comprehension
    (:func:`_number_cells`). So only the other columns pass a Python function a cell: with
    10,000 texts' rows that is a second less of the main process's time, which no other core
    can share. Rows missing a column (only callers outside the build make those) take the
    cell-by-cell path.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    if header:
        writer.writerow(table.columns)
    names = table.columns
    try:
        # Each row read once (its cells as a tuple), then the tuples turned into columns: a
        # row fresh from the merge read once per column costs a cache miss each time.
        if len(names) > 1 and rows:
            columns = list(map(list, zip(*map(itemgetter(*names), rows), strict=True)))
        else:
            columns = [list(map(itemgetter(name), rows)) for name in names]
    except KeyError:
        cells = [(f.name, _cell_formatter(f.type, f.name)) for f in table.fields]
        writer.writerows([fmt(row.get(name)) for name, fmt in cells] for row in rows)
    else:
        for i, f in enumerate(table.fields):
            kinds = set(map(type, columns[i]))
            if f.type == "string" and kinds <= _AS_WRITTEN:
                continue
            if f.type == "number" and kinds <= _NUMERIC:
                columns[i] = _number_cells(columns[i], f.name)
            else:
                columns[i] = list(map(_cell_formatter(f.type, f.name), columns[i]))
        writer.writerows(zip(*columns, strict=True) if columns else ())
    return buffer.getvalue().encode("utf-8")


# --- which folders may be written ---------------------------------------------------------------


def is_cwlib_folder(folder: Path) -> bool:
    """True when ``folder`` holds cwlib's marker: a data package descriptor of cwlib's tables."""
    try:
        descriptor = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(descriptor, dict) and descriptor.get("name") == datapackage()["name"]


def check_out_dir(out_dir: str | os.PathLike[str], raw_dir: str | os.PathLike[str] | None) -> Path:
    """The output folder, resolved, or an :class:`OutputError` saying why cwlib may not write it.

    Refused: the raw folder itself, a folder holding it or inside it; the current folder or
    one holding it; a mount point; a path that is a file; a non-empty folder without cwlib's
    marker; a folder whose parent cannot be written.
    """
    given = Path(out_dir)
    out = given.resolve()
    if raw_dir is not None:
        raw = Path(raw_dir).resolve()
        if out == raw:
            raise OutputError(f"{given}: is the raw folder; choose another folder for the tables")
        if out in raw.parents:
            raise OutputError(
                f"{given}: holds the raw folder {raw_dir}; choose a folder of its own for the tables"
            )
        if raw in out.parents:
            raise OutputError(
                f"{given}: lies inside the raw folder {raw_dir}; choose a folder outside it"
            )
    cwd = Path.cwd().resolve()
    if out == cwd or out in cwd.parents:
        raise OutputError(
            f"{given}: is the current folder or holds it; name a folder of its own for the tables"
        )
    if out.exists() or out.is_symlink():
        if not out.is_dir():
            raise OutputError(f"{given}: is a file, not a folder; choose a folder for the tables")
        if os.path.ismount(out):
            raise OutputError(f"{given}: is a mount point and cannot be replaced; use a sub-folder")
        if any(out.iterdir()) and not is_cwlib_folder(out):
            raise OutputError(
                f"{given}: is not empty and not a folder of cwlib tables (no {MARKER} of "
                "cwlib's); choose an empty or new folder"
            )
    parent = out.parent
    while not parent.exists():
        parent = parent.parent
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"{given}: cannot write in {parent} (permission denied)")
    return out


# --- the swap -----------------------------------------------------------------------------------


def render_tables(
    tables: Mapping[str, list[dict[str, Any]]], header: bool = True
) -> dict[str, bytes]:
    """Every table's CSV bytes (without the header lines when ``header`` is false: rows that
    go after another run of the same table's rows, see :func:`header_lines`)."""
    return {name: _csv_bytes(table, tables[name], header) for name, table in TABLES.items()}


def header_lines() -> dict[str, bytes]:
    """Every table's header line as CSV bytes: what :func:`render_tables` puts first."""
    return {name: _csv_bytes(table, []) for name, table in TABLES.items()}


def write_tables(
    tables: dict[str, list[dict[str, Any]]],
    out_dir: Path,
    descriptor: Mapping[str, Any] | None = None,
) -> None:
    """Write every table and datapackage.json into a new folder, then swap it in atomically.

    ``descriptor`` is the data package descriptor to write (default: the schema's, with no
    record of sources or environment). ``out_dir`` must pass :func:`check_out_dir` (checked
    again here, under the lock).
    """
    write_rendered(render_tables(tables), out_dir, descriptor)


def write_rendered(
    rendered: Mapping[str, bytes],
    out_dir: Path,
    descriptor: Mapping[str, Any] | None = None,
) -> None:
    """:func:`write_tables` for tables already rendered as CSV bytes (:func:`render_tables`)."""
    out = Path(out_dir).resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    with _folder_lock(out.parent, out):
        _recover(out)
        check_out_dir(out, None)
        mode = _folder_mode(out)
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-new-", dir=out.parent))
        try:
            for name, table in TABLES.items():
                (staging / table.filename).write_bytes(rendered[name])
            package = json.dumps(descriptor or datapackage(), ensure_ascii=False, indent=2) + "\n"
            (staging / MARKER).write_bytes(package.encode("utf-8"))
            if out.is_dir():
                _carry_over(out, staging)
            os.chmod(staging, mode)
            _swap(staging, out)
        finally:
            # After an exchange the staging path holds the old tables; else the failed new ones.
            shutil.rmtree(staging, ignore_errors=True)


def _folder_mode(out: Path) -> int:
    """The permissions the folder has now, or those a new folder gets (mkdtemp's are 0700)."""
    try:
        return stat.S_IMODE(out.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o777 & ~umask


def _carry_over(old: Path, new: Path) -> None:
    """Files in the old folder that cwlib did not write go to the new one (hard links if possible)."""
    own = set(own_files())
    for entry in old.iterdir():
        if entry.name in own:
            continue
        target = new / entry.name
        if entry.is_dir() and not entry.is_symlink():
            shutil.copytree(entry, target, symlinks=True, copy_function=_link_or_copy)
        else:
            _link_or_copy(entry, target, follow_symlinks=False)


def _link_or_copy(src: str | Path, dst: str | Path, *, follow_symlinks: bool = True) -> None:
    if os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux renameat2); False where that is not available."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _swap(staging: Path, out: Path) -> None:
    """Put ``staging`` in the place of ``out`` in one step; the old tables end up at ``staging``."""
    if not out.exists():
        os.rename(staging, out)
        return
    if _exchange(staging, out):
        return
    # Two renames: a build killed between them leaves .<name>-old-<pid>, which _recover restores.
    old = out.parent / f".{out.name}-old-{os.getpid()}"
    os.rename(out, old)
    os.rename(staging, out)
    os.rename(old, staging)


def _recover(out: Path) -> None:
    """Repair what killed builds left: the old tables put back if missing, temporary folders removed."""
    old_prefix, new_prefix = f".{out.name}-old-", f".{out.name}-new-"
    leftovers = sorted(
        p for p in out.parent.iterdir() if p.name.startswith((old_prefix, new_prefix))
    )
    if not out.exists():
        for old in leftovers:
            if old.name.startswith(old_prefix) and is_cwlib_folder(old):
                os.rename(old, out)
                break
    for folder in leftovers:
        if folder.exists() and folder.is_dir() and not folder.is_symlink():
            shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def _folder_lock(parent: Path, out: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``parent`` (flock; released by the system if the build dies)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX: no lock, the swap is still one step
        yield
        return
    fd = os.open(parent, os.O_RDONLY)
    try:
        deadline = time.monotonic() + LOCK_WAIT_S
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise OutputError(
                        f"{out}: another build has been writing here for {LOCK_WAIT_S:.0f} s; "
                        "try again when it has finished"
                    ) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)
