"""Writing the clean tables: CSV bytes that are the same on every machine, swapped in atomically.

Byte-identical output is what lets ``data/clean`` be committed and checked by a rebuild; the
atomic swap is what keeps a failed or killed build from leaving the folder half-written.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cwlib.schema import TABLES, Table, datapackage

__all__ = ["write_tables"]


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


def write_tables(
    tables: dict[str, list[dict[str, Any]]],
    out_dir: Path,
    descriptor: Mapping[str, Any] | None = None,
) -> None:
    """Write every table and datapackage.json into a new folder, then swap it in atomically.

    ``descriptor`` is the data package descriptor to write (default: the schema's, with no
    record of sources or environment).
    """
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-new-", dir=out_dir.parent))
    try:
        for name, table in TABLES.items():
            (staging / table.filename).write_bytes(_csv_bytes(table, tables[name]))
        package = json.dumps(descriptor or datapackage(), ensure_ascii=False, indent=2) + "\n"
        (staging / "datapackage.json").write_bytes(package.encode("utf-8"))
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
