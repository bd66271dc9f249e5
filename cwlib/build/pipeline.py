"""Building the clean tables from data/raw: read, parse, audit, merge, check, write.

``build`` reads every raw text, parses it (in several processes for large corpora), merges
texts about the same project, checks its own output, and only then replaces the old tables,
atomically: a failed build never leaves data/clean half-written or empty.

A bad page costs that page only. A file that cannot be read, describes no project, makes the
parser fail or takes longer than the per-file time limit is skipped with a message naming it;
a text whose tables break the build's own checks gets findings for what a finding can say, and
is otherwise left out with a message; the rest is built. Entries of the raw folder that are
not read (sub-folders, pipes, links that loop or lead out of the folder, names a table cannot
hold) are reported the same way.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import multiprocessing
import os
import pickle
import signal
import stat
import sys
import tempfile
import threading
import unicodedata
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cwlib import paths
from cwlib.build.merge import group, merge, merge_groups
from cwlib.build.provenance import environment, source_records
from cwlib.build.validate import Problem, settle, validate
from cwlib.build.write import check_out_dir, header_lines, render_tables, write_rendered
from cwlib.errors import CwlibError
from cwlib.schema import datapackage

__all__ = [
    "TIME_LIMIT_S",
    "BuildError",
    "BuildReport",
    "build",
    "cores",
    "raw_files",
    "scan_raw",
]

TIME_LIMIT_S = 5.0
"""CPU seconds one file may take to read, parse and audit before it is skipped (0: no limit).

A typical page takes about 10 ms; a file that takes 500 times as long is pathological, and one
such file must not stall a build of thousands."""


class BuildError(CwlibError, RuntimeError):
    """Nothing could be built, or the output folder cannot be used."""


@dataclass
class BuildReport:
    """What a build read, skipped and wrote: printed by the CLI, asserted by the tests."""

    files: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    projects: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    out_dir: Path | None = None
    settled: int = 0
    """Findings added because a text's tables would otherwise have failed the checks."""

    @property
    def ok(self) -> bool:
        return self.projects > 0


def cores() -> int:
    """The cores this process may run on (what ``--jobs`` is capped at)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


# --- the raw folder -----------------------------------------------------------------------------


def _name_problem(name: str) -> str | None:
    """Why a file name cannot be a ``source`` value in the tables, if it cannot."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return "its name is not valid UTF-8; rename it"
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in name):
        return "its name holds control or invisible characters; rename it"
    if ";" in name:
        return "its name holds ';', which separates the sources of a project; rename it"
    return None


def scan_raw(raw_dir: Path) -> tuple[list[Path], list[tuple[str, str]]]:
    """The raw texts in a stable order (file name), and the entries not read, with the reason.

    Read: regular files directly in ``raw_dir`` with a raw suffix, and links to such files
    inside ``raw_dir``. Reported: sub-folders, pipes, sockets and devices, links that loop,
    lead nowhere or lead out of the folder, names a table cannot hold. Ignored without a word:
    hidden entries and files of other kinds (SOURCES.csv, notes).
    """
    root = raw_dir.resolve()
    files: list[Path] = []
    skipped: list[tuple[str, str]] = []
    with os.scandir(raw_dir) as entries:
        listing = sorted(entries, key=lambda e: e.name)
    for entry in listing:
        name = entry.name
        if name.startswith("."):
            continue
        path = Path(entry.path)
        reason = None
        if entry.is_symlink():
            try:
                target = path.resolve(strict=True)
            except (OSError, RuntimeError):
                reason = "a link that loops or leads nowhere"
            else:
                if target != root and root not in target.parents:
                    reason = "a link to outside the raw folder, not followed"
        if reason is None:
            try:
                mode = path.stat().st_mode
            except OSError as exc:
                mode, reason = 0, f"cannot be read ({exc.strerror or exc})"
            if reason is None and stat.S_ISDIR(mode):
                reason = "a sub-folder; only files directly in the raw folder are read"
        if reason is None and path.suffix.lower() not in paths.RAW_SUFFIXES:
            continue
        if reason is None and not stat.S_ISREG(mode):
            reason = "not a regular file (a pipe, socket or device)"
        reason = reason or _name_problem(name)
        if reason:
            skipped.append((name, f"{name}: {reason}"))
        else:
            files.append(path)
    return files, skipped


def raw_files(raw_dir: Path) -> list[Path]:
    """The raw texts, in a stable order (file name); see :func:`scan_raw` for what is left out."""
    return scan_raw(raw_dir)[0]


# --- one file -----------------------------------------------------------------------------------


_RETRY_S = 0.05
"""CPU seconds between further interrupts once a file's time is up (see ``_time_limit``)."""


class _OverTime(BaseException):
    """Raised inside a parse that has used up its time; a BaseException so no handler eats it."""


@contextlib.contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Interrupt the body after ``seconds`` of CPU time (a profiling timer; main thread only).

    CPU time rather than wall time, so that a loaded machine skips no more files than an idle
    one. Outside the main thread (where no signal can be delivered) the body runs unbounded.
    Once the time is up the timer fires again every ``_RETRY_S``: a signal handled while the
    garbage collector runs a library's callback raises inside that callback, where Python
    prints the exception and drops it, and a single shot would leave the body unbounded.
    """
    usable = (
        seconds
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable or seconds is None:
        yield
        return

    def over(signum: int, frame: Any) -> None:
        raise _OverTime

    previous = signal.signal(signal.SIGPROF, over)
    signal.setitimer(signal.ITIMER_PROF, seconds, _RETRY_S)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


_FREEZE_EVERY = 256
"""Texts parsed in the main process between two moves of the live objects out of the cycle
collector's view (see :func:`_facts_frozen`)."""


@contextlib.contextmanager
def _facts_frozen() -> Iterator[None]:
    """Keep the corpus's facts out of the cycle collector's full passes for the whole build.

    The main process holds every text's facts until the merge. Each full pass of the
    collector (set off whenever the objects alive have grown by a quarter) walks all of
    them again: 1.1 s of a 25 s one-job build of 10,000 texts, and with ``--jobs 2`` the
    first pass after the merge walked every fact unpickled from the workers (0.27 s, serial).
    Facts hold no reference cycles, so the parse moves what is alive into the
    collector's permanent generation (``gc.freeze``) every few hundred texts and once the
    parse is done; reference counting still frees them. On the way out everything frozen is
    handed back to the collector (``unfreeze`` puts it in the oldest generation, where a
    caller's own cycles are found again).
    """
    try:
        yield
    finally:
        gc.unfreeze()


@contextlib.contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the main process gathers and merges facts.

    A corpus's facts (frozen dataclasses in tuples) and the rows made from them hold no
    reference cycles, so reference counting frees them; but the collector, set off by every
    few hundred new objects, walks everything alive, and with 10,000 texts' facts alive those
    walks cost a fifth of the main process's time, which no other core can share. Paused only
    in the main process around work that makes no cycles; parsing keeps the collector.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_Parsed = tuple[str, Any, str | None, str | None]
"""What parsing one file gives: its name, its facts (None when skipped), the reason it was
skipped (None when parsed), and the SHA-256 of the bytes read (None when they could not be)."""


def _parse_file(path_str: str, time_limit: float | None = None) -> _Parsed:
    """Read and parse one file; errors come back as a reason, never raise across processes."""
    from cwlib.build.audit import audit_text
    from cwlib.parse.pagekind import headline_kind
    from cwlib.parse.pipeline import parse_text
    from cwlib.read.source import SourceError, read_source_digest

    path = Path(path_str)
    digest = None
    try:
        with _time_limit(time_limit):
            try:
                text, digest = read_source_digest(path)
            except SourceError as exc:
                return path.name, None, str(exc), digest
            try:
                facts = parse_text(text, source=path.name)
                if facts.has_project:
                    facts = facts.audited(tuple(audit_text(facts)))
            except Exception as exc:  # a parser bug must not stop the other files
                return (
                    path.name,
                    None,
                    f"{path.name}: the parser failed ({type(exc).__name__}: {exc})",
                    digest,
                )
    except _OverTime:
        return (
            path.name,
            None,
            f"{path.name}: took more than {time_limit:g} s of CPU time to read and parse, "
            "skipped (--time-limit sets the limit)",
            digest,
        )
    if not facts.has_project:
        kind = headline_kind(facts.text)
        if kind is not None:
            return (
                path.name,
                None,
                f"{path.name}: {kind[0].what} ('{kind[1]}'), no project's page",
                digest,
            )
        return (
            path.name,
            None,
            f"{path.name}: no recognisable project (no title with a budget, partner, date or "
            "programme; without a title, no sum, partner or project number among enough facts)",
            digest,
        )
    return path.name, facts, None, digest


def _parse_all(
    files: list[Path], jobs: int, progress: bool, time_limit: float | None
) -> list[_Parsed]:
    names = [str(p) for p in files]
    parse = functools.partial(_parse_file, time_limit=time_limit)
    bar = None
    if progress and len(names) >= 200:
        from tqdm import tqdm

        bar = tqdm(total=len(names), unit="text", desc="parsing", file=sys.stderr)
    results: list[_Parsed] = []
    # Other processes take a fraction of a second to start: small corpora parse faster in one.
    # Several processes claim chunks beside this one (_parse_shared); where none can be
    # forked, a pool parses and this process gathers.
    if jobs <= 1 or len(names) < 50 * max(jobs, 1):
        for i, name in enumerate(names, 1):
            results.append(parse(name))
            if i % _FREEZE_EVERY == 0:
                gc.freeze()
            if bar:
                bar.update()
    else:
        shared = _parse_shared(names, jobs, parse, bar)
        if shared is not None:
            results = shared
        else:
            chunk = max(1, min(64, len(names) // (jobs * 8) or 1))
            with ProcessPoolExecutor(max_workers=jobs) as pool, _without_cycle_collection():
                for result in pool.map(parse, names, chunksize=chunk):
                    results.append(result)
                    if bar:
                        bar.update()
    if bar:
        bar.close()
    gc.freeze()
    return results


_CLAIM_TEXTS = 16
"""Texts a process claims at a time when several share the parse: small enough that the
processes end within a few pages of each other, large enough that a claim costs nothing."""


def _claim(counter: Any, chunks: int) -> int | None:
    """The next chunk no process has claimed, or None when all are."""
    with counter.get_lock():
        k = int(counter.value)
        if k >= chunks:
            return None
        counter.value = k + 1
    return k


def _chunks(names: list[str]) -> int:
    """How many chunks of :data:`_CLAIM_TEXTS` the texts make (the last may be shorter)."""
    return -(-len(names) // _CLAIM_TEXTS)


def _parse_claimed(names: list[str], counter: Any, done: Any, parse: Any, folder: str) -> None:
    """A forked process's work: parse the chunks it claims, each chunk's results written to a
    file of its own (renamed into place when whole) for the main process to read between its
    own chunks; no pipe, so nothing ever waits for the main process."""
    chunks = _chunks(names)
    try:
        while (k := _claim(counter, chunks)) is not None:
            lo = k * _CLAIM_TEXTS
            part = [parse(name) for name in names[lo : lo + _CLAIM_TEXTS]]
            path = os.path.join(folder, f"{k}")
            with open(path + ".part", "wb") as f:
                pickle.dump(part, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.rename(path + ".part", path)
            with done.get_lock():
                done.value += len(part)
    finally:
        os._exit(0)  # no atexit handlers, no flushing the parent's buffers twice


def _parse_shared(names: list[str], jobs: int, parse: Any, bar: Any) -> list[_Parsed] | None:
    """Parse with ``jobs`` processes, this one among them, claiming chunks from a shared counter.

    A pool left this process only gathering: it unpickled every text's facts while the
    workers parsed, a third process on two cores, and the workers pickled every text's facts
    to send them. Here this process parses too, claiming chunks of texts from a counter in
    shared memory (its lock is the operating system's: claiming needs no thread of this
    process, which a pool's feeding thread does, and which a parsing main thread starves of
    the interpreter lock). The forked processes write each chunk's facts to a file; between
    its own chunks this process reads the files that are whole, so only the others' facts are
    ever pickled. A chunk a process claimed but whose file never came (the process died) is
    parsed here at the end. Returns None where no process can be forked (not ``fork`` by
    default, as on macOS; inside a daemonic process; no temporary folder): the pool then
    does the work.
    """
    if multiprocessing.get_all_start_methods()[0] != "fork":
        return None
    context = multiprocessing.get_context("fork")
    counter = context.Value("i", 0)
    done = context.Value("i", 0)
    chunks = _chunks(names)
    results: list[_Parsed | None] = [None] * len(names)
    try:
        scratch = tempfile.TemporaryDirectory(prefix="cwlib-parse-")
    except OSError:  # no temporary folder to be had: the pool needs none
        return None
    with scratch as folder:
        children = []
        with _without_cycle_collection():  # the forked processes parse as a pool's did
            for _ in range(jobs - 1):
                child = context.Process(
                    target=_parse_claimed, args=(names, counter, done, parse, folder), daemon=True
                )
                try:
                    child.start()
                except (OSError, AssertionError):  # no process to be had (a daemon may have none)
                    break
                children.append(child)
        if not children:
            return None
        read: set[int] = set()  # the other processes' chunks already gathered

        def gather() -> None:
            for entry in os.listdir(folder):
                if entry.endswith(".part") or int(entry) in read:
                    continue
                k = int(entry)
                with open(os.path.join(folder, entry), "rb") as f:
                    part = pickle.load(f)
                results[k * _CLAIM_TEXTS : k * _CLAIM_TEXTS + len(part)] = part
                read.add(k)

        mine = 0
        try:
            while (k := _claim(counter, chunks)) is not None:
                lo = k * _CLAIM_TEXTS
                for i, name in enumerate(names[lo : lo + _CLAIM_TEXTS], lo):
                    results[i] = parse(name)
                    mine += 1
                    if mine % _FREEZE_EVERY == 0:
                        gc.freeze()
                with done.get_lock():
                    done.value += min(_CLAIM_TEXTS, len(names) - lo)
                gather()
                if bar:
                    bar.n = done.value
                    bar.refresh()
            for child in children:
                child.join()
            gather()
        finally:
            for child in children:
                if child.is_alive():
                    child.terminate()
                    child.join()
    for i, result in enumerate(results):
        if result is None:  # claimed by a process that died before writing it
            results[i] = parse(names[i])
    return results  # type: ignore[return-value]


# --- the corpus ---------------------------------------------------------------------------------


def _merge_checked(
    parsed: list[Any], report: BuildReport
) -> dict[str, list[dict[str, Any]]] | None:
    """Merge and check; texts whose tables stay broken are left out (reported) and the rest merged again."""
    while parsed:
        tables = merge(parsed)
        report.settled = settle(tables)
        problems = validate(tables)
        if not problems:
            return tables
        by_source: dict[str, list[Problem]] = {}
        for problem in problems:
            for source in problem.sources:
                by_source.setdefault(source, []).append(problem)
        names = {facts.source for facts in parsed}
        if not by_source.keys() & names:
            raise BuildError(
                "the built tables failed their checks: " + "; ".join(map(str, problems[:10]))
            )
        for source in sorted(by_source.keys() & names):
            found = by_source[source]
            more = f" (and {len(found) - 3} more)" if len(found) > 3 else ""
            report.skipped.append(
                (
                    source,
                    f"{source}: left out, its tables fail the build's checks: "
                    + "; ".join(map(str, found[:3]))
                    + more,
                )
            )
        parsed = [facts for facts in parsed if facts.source not in by_source]
    return None


_SHARE_MIN_PROJECTS = 500
"""Projects below which a build with several jobs merges, checks and renders in one process:
starting another costs more than it saves."""

_Part = tuple[int, dict[str, int], dict[str, bytes]]
"""What one process makes of its share of the projects: findings settled, rows per table, and
each table's rows as CSV bytes without the header line."""


def _merge_part(groups: list[tuple[str, list[Any]]]) -> _Part | None:
    """Merge, settle, check and render a run of projects; None when a check fails (the build
    then merges the whole corpus in one process, as :func:`_merge_checked` does, so the texts
    it leaves out and its messages are the same as with one job)."""
    tables = merge_groups(groups)
    settled = settle(tables)
    if validate(tables):
        return None
    return settled, {name: len(rows) for name, rows in tables.items()}, render_tables(tables, False)


def _share_part(groups: list[tuple[str, list[Any]]], send: Any) -> None:
    """A forked process's work: its share of the projects, sent back whole, or None."""
    try:
        part = _merge_part(groups)
    except BaseException:  # the main process merges everything itself
        part = None
    send.send(part)
    send.close()


def _merged_in_parts(
    parsed: list[Any], jobs: int, report: BuildReport
) -> tuple[dict[str, bytes], dict[str, int]] | None:
    """The merge, checks and rendering of the tables shared among ``jobs`` processes.

    After the parse, the merge, the build's checks and the rendering of every CSV cell are
    serial work: 2.3 s of a 10,000-text build, a sixth of its wall time with two jobs. Each
    project's rows depend on its own texts only, and every table is sorted by project id, so
    the projects are cut into runs of consecutive ids; forked processes (which share the
    parsed facts with this one, nothing pickled) each merge, check and render a run while
    this one does the first, and the tables are the runs' bytes one after the other, the same
    bytes one process writes. Returns the rendered tables and their row counts, or None where
    one process must do it all: one job, a small corpus, a system whose default way to start
    a process is not ``fork`` (macOS's is ``spawn``: forking is unsafe there), a process that
    cannot be started (inside a daemonic process), or a run whose tables fail a check (then
    :func:`_merge_checked` leaves out the texts to blame, with the same messages as a one-job
    build).
    """
    if jobs < 2 or multiprocessing.get_all_start_methods()[0] != "fork":
        return None
    projects = group(parsed)
    if len(projects) < _SHARE_MIN_PROJECTS:
        return None
    projects.sort(key=lambda p: p[0])  # runs of consecutive ids
    size = -(-len(projects) // jobs)
    runs = [projects[i : i + size] for i in range(0, len(projects), size)]
    context = multiprocessing.get_context("fork")
    children = []
    for run in runs[1:]:
        receive, send = context.Pipe(duplex=False)
        child = context.Process(target=_share_part, args=(run, send), daemon=True)
        try:
            child.start()
        except (OSError, AssertionError):  # no process to be had (a daemon may have none)
            receive.close()
            send.close()
            break
        send.close()
        children.append((child, receive))
    if len(children) < len(runs) - 1:
        for child, receive in children:
            child.terminate()  # its run will not be used
            child.join()
            receive.close()
        return None
    parts: list[_Part | None] = [_merge_part(runs[0])]
    for child, receive in children:
        try:
            parts.append(receive.recv())
        except EOFError:  # the process died before it could answer
            parts.append(None)
        receive.close()
        child.join()
    done = [part for part in parts if part is not None]
    if len(done) < len(parts):
        return None
    report.settled = sum(part[0] for part in done)
    counts = {name: sum(part[1][name] for part in done) for name in done[0][1]}
    rendered = {
        name: header + b"".join(part[2][name] for part in done)
        for name, header in header_lines().items()
    }
    return rendered, counts


def build(
    raw_dir: str | os.PathLike[str] | None = None,
    out_dir: str | os.PathLike[str] | None = None,
    jobs: int | None = 1,
    progress: bool = False,
    time_limit: float | None = TIME_LIMIT_S,
) -> BuildReport:
    """Parse every raw text and (re)write the clean tables; see the module docstring.

    ``jobs`` parsing processes (None or 0: one per core; capped at the number of cores);
    ``time_limit`` CPU seconds per file (None or 0: no limit).
    """
    raw = Path(raw_dir) if raw_dir is not None else paths.RAW_DIR
    out = Path(out_dir) if out_dir is not None else paths.CLEAN_DIR
    if not raw.is_dir():
        raise BuildError(f"{raw}: no such folder of raw texts")
    check_out_dir(out, raw)
    files, unread = scan_raw(raw)
    report = BuildReport(files=[p.name for p in files], out_dir=out, skipped=list(unread))
    if not files:
        raise BuildError(f"{raw}: no .txt, .html or .htm files to build from")
    jobs = min(jobs if jobs and jobs > 0 else cores(), cores())
    with _facts_frozen():
        parsed = []
        digests: dict[str, str] = {}
        for name, facts, error, digest in _parse_all(files, jobs, progress, time_limit):
            if digest:
                digests[name] = digest
            if error:
                report.skipped.append((name, error))
            else:
                parsed.append(facts)
        with _without_cycle_collection():
            shared = _merged_in_parts(parsed, jobs, report) if parsed else None
            if shared is None:
                tables = _merge_checked(parsed, report) if parsed else None
                if tables is None:
                    raise BuildError(
                        "nothing could be built: "
                        + "; ".join(reason for _, reason in report.skipped)
                    )
                shared = render_tables(tables), {name: len(rows) for name, rows in tables.items()}
        rendered, report.rows = shared
        descriptor = datapackage(
            sources=source_records(raw, files, digests), environment=environment()
        )
        write_rendered(rendered, out, descriptor)
        report.projects = report.rows["projects"]
        return report
