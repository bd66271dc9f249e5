"""``data/raw/SOURCES.csv``: where every raw file came from, and the hash of its bytes.

The raw files are kept as they were received, so a table's quote can always be traced back
to a file, and the file to the address it was fetched from, when, with which answer, and
with which bytes (SHA-256). ``cwlib fetch`` writes the rows; a file saved by hand gets a row
with its address typed in and the fetch fields left empty. The data package of the clean
tables reads the same rows.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from cwlib.read.decode import SourceError
from cwlib.read.files import write_atomically

__all__ = ["COLUMNS", "SOURCES_NAME", "Source", "add_source", "file_sha256", "read_sources"]

SOURCES_NAME = "SOURCES.csv"


@dataclass(frozen=True)
class Source:
    """One raw file's row. Fields a hand-saved file cannot know are empty strings."""

    file: str  # the file's name in the raw folder
    url: str = ""  # the address asked for
    final_url: str = ""  # the address answered from, after redirects
    retrieved_at: str = ""  # when, in UTC, ISO 8601 (2024-05-06T10:15:00Z)
    http_status: str = ""  # the final answer's status code (200)
    content_type: str = ""  # the Content-Type header as received, charset included
    sha256: str = ""  # SHA-256 of the file's bytes, hex


COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(Source))


def file_sha256(path: str | os.PathLike[str]) -> str:
    """The SHA-256 of a file's bytes, as SOURCES.csv records it."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_sources(raw_dir: str | os.PathLike[str]) -> list[Source]:
    """The rows of ``<raw_dir>/SOURCES.csv`` (none if there is no such file yet)."""
    path = Path(raw_dir) / SOURCES_NAME
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise SourceError(
                f"{path}: columns {', '.join(reader.fieldnames or [])}; expected {', '.join(COLUMNS)}"
            )
        return [Source(**{k: row[k] or "" for k in COLUMNS}) for row in reader]


def write_sources(raw_dir: str | os.PathLike[str], rows: list[Source]) -> Path:
    """Write the rows, sorted by file name, replacing the old file in one step."""
    path = Path(raw_dir) / SOURCES_NAME
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in sorted(rows, key=lambda r: r.file):
        writer.writerow(asdict(row))
    write_atomically(path, out.getvalue().encode("utf-8"))
    return path


def add_source(raw_dir: str | os.PathLike[str], row: Source) -> Path:
    """Add one file's row (replacing an older row of the same file)."""
    rows = [r for r in read_sources(raw_dir) if r.file != row.file]
    return write_sources(raw_dir, [*rows, row])
