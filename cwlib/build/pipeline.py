"""Building the clean tables from data/raw: read, parse, audit, merge, check, write.

``build`` reads every raw text, parses it (in several processes for large corpora), merges
texts about the same project, checks its own output, and only then replaces the old tables,
atomically: a failed build never leaves data/clean half-written or empty.
"""

from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cwlib import paths
from cwlib.build.merge import merge
from cwlib.build.provenance import environment, source_records
from cwlib.build.validate import validate
from cwlib.build.write import write_tables
from cwlib.errors import CwlibError
from cwlib.schema import datapackage

__all__ = ["BuildError", "BuildReport", "build", "raw_files"]


class BuildError(CwlibError, RuntimeError):
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
    from cwlib.build.audit import audit_text
    from cwlib.parse.pipeline import parse_text
    from cwlib.read.source import SourceError, read_source

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
    return path.name, replace(facts, findings=tuple(audit_text(facts))), None


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
    descriptor = datapackage(sources=source_records(raw, files), environment=environment())
    write_tables(tables, out, descriptor)
    report.projects = len(tables["projects"])
    report.rows = {name: len(rows) for name, rows in tables.items()}
    return report
