"""The whole cwlib benchmark: speed, memory and accuracy at scale, startup costs, and peers.

Why it exists: cwlib's promise is that `cwlib build` stays fast, small and right as the
corpus grows from the five seeds to thousands of pages. This script measures that promise
against the targets of issue 5 and writes every figure to ``reports/bench.json`` so that two
runs (two commits, two machines) can be compared (``--compare``).

What it measures (every build runs in its own child process, so peak memory is that build's
alone and no cache survives from one measurement to the next):

* for each corpus size (``--sizes``, default 10, 1,000, 10,000 generated texts of ~3 KB,
  see ``make_corpus.py``): ``cwlib.build.pipeline.build(raw, out, jobs=J)`` for J in ``--jobs``
  (default 1 and 2): wall time (the best of three runs for tiny corpora, of two from 1,000
  texts, the jobs values taking turns), texts per second, peak RSS; whether the tables written with
  ``jobs=2`` are byte-for-byte those of ``jobs=1``; ``parse_text`` alone on one core; and
  extraction accuracy of the built tables against the generated truth;
* ``import cwlib`` in a fresh interpreter; the gazetteer's first lookup in a fresh process;
  ``cwlib build`` on data/raw (the seeds) as a user runs it; all notebooks (``cwlib report``);
  one brief (``cwlib brief``);
* peers on the same ~1,000 strings with known truth: ``cwlib.parse.numbers.parse_amount`` against
  price-parser, ``cwlib.parse.numbers.parse_number`` against babel's ``parse_decimal`` (lt),
  ``cwlib.parse.dates.parse_date`` against dateparser (lt): correctness and speed ratio;
* linear growth (``growth.py``): every hostile shape the tests feed ``parse_text``, the
  redactor, the decoder and the figure scouts, CPU at two sizes four times apart, against
  the tests' old bound (at most 5x); and the places tables' first load.

Usage::

    python benchmarks/run.py                      # what `make bench` runs
    python benchmarks/run.py --quick              # sizes 10 and 30, no notebooks (the test)
    python benchmarks/run.py --profile            # also profile parse_text (cProfile/pyinstrument)
    python benchmarks/run.py --compare old.json [new.json]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import growth  # noqa: E402  (the hostile shapes, beside this script)
import make_corpus  # noqa: E402  (the generator lives beside this script)

Json = dict[str, Any]

DEFAULT_SIZES = (10, 1_000, 10_000)
QUICK_SIZES = (10, 30)

# name -> (comparison, threshold, unit, what the issue asks)
TARGETS: dict[str, tuple[str, float, str, str]] = {
    "parse_texts_per_s_1core": (">=", 2000, "texts/s", "parse_text on one core, ~3 KB texts"),
    "speedup_jobs2": (">=", 1.7, "x", "build --jobs 2 vs --jobs 1 at the largest size"),
    "growth_ratio": ("<=", 11.0, "x", "wall(largest) / wall(previous size), for a 10x corpus"),
    "peak_rss_mb": ("<", 1024, "MB", "peak memory of the largest build"),
    "gazetteer_ready_s": ("<", 0.2, "s", "first lookup_city in a fresh process"),
    "import_cwlib_s": ("<", 0.5, "s", "`import cwlib`, fresh interpreter"),
    "build_seeds_s": ("<", 2.0, "s", "`cwlib build` on data/raw, wall incl. start-up"),
    "build_2000_per_s": (
        ">=",
        1000,
        "texts/s",
        "`cwlib build --jobs 1` of 2,000 generated texts, wall incl. start-up",
    ),
    "cli_help_s": ("<=", 0.15, "s", "`cwlib --help` over `python -c pass`"),
    "brief_seeds_s": ("<", 0.8, "s", "`cwlib brief` on the seeds' tables, wall incl. start-up"),
    "accuracy_amounts_pct": (">=", 99.0, "%", "budgets: item, amount, currency"),
    "accuracy_dates_pct": (">=", 99.0, "%", "events: event, date, precision"),
    "accuracy_partners_pct": (">=", 95.0, "%", "partners: city, country, role"),
    "jobs_identical": ("==", 1, "", "tables of --jobs 2 byte-for-byte those of --jobs 1"),
    "notebooks_100_s": (
        "<",
        60.0,
        "s",
        "`cwlib report` (all notebooks, en+lt figures), 100+ projects",
    ),
    "linear_growth_worst": (
        "<=",
        growth.RATIO_TARGET,
        "x",
        "worst CPU growth of a hostile input at 4x its size (every shape of the tests)",
    ),
}

NOT_IN_QUICK = frozenset({"notebooks_100_s", "build_2000_per_s"})
"""Targets a --quick run does not measure (it runs no notebooks and builds no 2,000 texts)."""


def log(msg: str) -> None:
    """Progress goes to stderr so stdout stays the report."""
    print(f"[bench] {msg}", file=sys.stderr, flush=True)


def err_text(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


# =============================================================================================
# Child processes: one build or one parse run, measured from inside
# =============================================================================================


def _rss_mb(who: int) -> float:
    """Peak resident set size in MB (ru_maxrss is KB on Linux, bytes on macOS)."""
    rss = resource.getrusage(who).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def _cpu_s() -> float:
    """CPU seconds used so far by this process and its joined workers: on a busy machine wall
    time says how long a user waits, CPU time says how much work the parser did."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        ru = resource.getrusage(who)
        total += ru.ru_utime + ru.ru_stime
    return total


def child_build(raw: str, out: str, jobs: int) -> Json:
    """Time ``cwlib.build.pipeline.build`` (import excluded) and report this process's peak memory and
    that of its workers (RUSAGE_CHILDREN: the largest worker, once they are joined)."""
    t0 = time.perf_counter()
    from cwlib.build.pipeline import build

    t_import = time.perf_counter() - t0
    cpu0 = _cpu_s()
    t0 = time.perf_counter()
    build(Path(raw), Path(out), jobs=jobs, progress=False)
    wall = time.perf_counter() - t0
    return {
        "wall_s": wall,
        "cpu_s": _cpu_s() - cpu0,
        "import_s": t_import,
        "rss_self_mb": _rss_mb(resource.RUSAGE_SELF),
        "rss_workers_mb": _rss_mb(resource.RUSAGE_CHILDREN),
    }


def child_parse(raw: str) -> Json:
    """``parse_text`` alone over every text of a corpus, read into memory first: the parser's
    own speed on one core, without file reading, merging or CSV writing."""
    from cwlib import parse_text
    from cwlib.read.source import read_source

    files = sorted(p for p in Path(raw).iterdir() if p.suffix == ".txt")
    texts = [(p.name, read_source(p)) for p in files]
    nbytes = sum(len(t.encode("utf-8")) for _, t in texts)
    parse_text(texts[0][1], source=texts[0][0])  # warm-up: lazy tables, regex compilation
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    for name, text in texts:
        parse_text(text, source=name)
    wall = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    return {
        "texts": len(texts),
        "wall_s": wall,
        "cpu_s": cpu,
        "texts_per_s": len(texts) / wall if wall else None,
        "texts_per_cpu_s": len(texts) / cpu if cpu else None,
        "mean_kb": nbytes / len(texts) / 1024,
        "rss_self_mb": _rss_mb(resource.RUSAGE_SELF),
    }


def child_profile(raw: str, n: int, out_dir: str) -> Json:
    """Profile ``parse_text`` over ``n`` texts: cProfile's top functions by own time (always)
    and a pyinstrument call tree (when installed), both written to ``out_dir``."""
    import cProfile
    import io
    import pstats

    from cwlib import parse_text
    from cwlib.read.source import read_source

    files = sorted(p for p in Path(raw).iterdir() if p.suffix == ".txt")[:n]
    texts = [(p.name, read_source(p)) for p in files]
    parse_text(texts[0][1], source=texts[0][0])
    prof = cProfile.Profile()
    prof.enable()
    for name, text in texts:
        parse_text(text, source=name)
    prof.disable()
    stats = pstats.Stats(prof)
    rows = []
    for (file, line, func), (_cc, ncalls, tottime, cumtime, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        rows.append(
            {
                "function": f"{Path(file).name}:{line}({func})",
                "ncalls": ncalls,
                "tottime_s": tottime,
                "cumtime_s": cumtime,
            }
        )
    rows.sort(key=lambda r: r["tottime_s"], reverse=True)
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(40)
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    (Path(out_dir) / "bench_profile_cprofile.txt").write_text(buf.getvalue(), encoding="utf-8")
    result: Json = {"texts": len(texts), "top_self_time": rows[:25]}
    try:
        from pyinstrument import Profiler
    except ImportError:
        result["pyinstrument"] = "not installed (pip install pyinstrument)"
        return result
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for name, text in texts:
        parse_text(text, source=name)
    profiler.stop()
    tree = profiler.output_text(unicode=True, color=False)
    (Path(out_dir) / "bench_profile_pyinstrument.txt").write_text(tree, encoding="utf-8")
    result["pyinstrument"] = str(Path(out_dir) / "bench_profile_pyinstrument.txt")
    return result


def run_child(args: list[str], timeout: float = 3600) -> tuple[Json, float]:
    """Run this script in a fresh interpreter in child mode; returns (its JSON, outer wall)."""
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        tail = "\n".join(proc.stderr.strip().splitlines()[-8:])
        raise RuntimeError(f"child {args[0]} failed (exit {proc.returncode}):\n{tail}")
    return json.loads(proc.stdout.strip().splitlines()[-1]), wall


# =============================================================================================
# Accuracy: built tables against the generated truth
# =============================================================================================


def fold(s: str | None) -> str:
    """Compare place names without case or accents: the benchmark measures whether the right
    city was found, not which spelling the gazetteer prefers (Gdańsk/Gdansk)."""
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(ch for ch in s if not unicodedata.combining(ch)).casefold().strip()


def _num(s: str | None) -> float | None:
    try:
        return float(s) if s not in (None, "") else None
    except ValueError:
        return None


def read_table(out: Path, name: str) -> list[dict[str, str]]:
    path = out / f"{name}.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _by_source(rows: Iterable[dict[str, str]]) -> dict[str, list[dict[str, str]]]:
    out: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        for src in (r.get("source") or "").split(";"):
            out[src.strip()].append(r)
    return out


def _pct(k: int, n: int) -> float | None:
    return round(100.0 * k / n, 3) if n else None


def score(truth: dict[str, Json], pred: dict[str, list[dict[str, Any]]]) -> Json:
    """Recall of every truth value (the target figure) and precision of the predicted rows of
    the same kinds, overall and per text form, plus a few misses to look at.

    ``pred`` maps table name (budgets, events, partners) to rows with at least the schema
    columns used here and ``source``.
    """
    budgets = _by_source(pred.get("budgets", []))
    events = _by_source(pred.get("events", []))
    partners = _by_source(pred.get("partners", []))
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    by_form: dict[str, Counter[str]] = defaultdict(Counter)
    misses: dict[str, list[Json]] = defaultdict(list)
    fp: Counter[str] = Counter()
    npred: Counter[str] = Counter()

    def note(kind: str, ok: bool, form_key: str, t: Json, src: str) -> None:
        totals[kind] += 1
        by_form[f"{kind}/{form_key}"]["n"] += 1
        if ok:
            hits[kind] += 1
            by_form[f"{kind}/{form_key}"]["ok"] += 1
        elif len(misses[kind]) < 8:
            misses[kind].append(
                {"source": src, "truth": {k: v for k, v in t.items() if k != "name"}}
            )

    extras: dict[str, list[Json]] = defaultdict(list)

    def extra(kind: str, row: dict[str, Any], src: str) -> None:
        """A predicted row that matches no truth value (it costs precision)."""
        fp[kind] += 1
        if len(extras[kind]) < 8:
            keep = ("item", "amount", "currency", "event", "date", "precision", "name", "role")
            extras[kind].append(
                {"source": src, **{k: row[k] for k in (*keep, "city", "country") if k in row}}
            )

    for src, t in truth.items():
        forms = t.get("forms", {})
        # --- amounts
        rows = [r for r in budgets.get(src, []) if (r.get("scope") or "project") == "project"]
        used: set[int] = set()
        for b in t["budgets"]:
            ok = value_ok = False
            for i, r in enumerate(rows):
                amt = _num(r.get("amount"))
                if (
                    amt is None
                    or abs(amt - b["amount"]) > 0.005
                    or r.get("currency") != b["currency"]
                ):
                    continue
                value_ok = True
                if r.get("item") == b["item"] and i not in used:
                    ok = True
                    used.add(i)
                    break
            note("amounts", ok, forms.get("money", "?"), b, src)
            totals["amounts_value"] += 1
            hits["amounts_value"] += value_ok
        truth_items = {b["item"] for b in t["budgets"]}
        for i, r in enumerate(rows):
            if r.get("item") in truth_items:
                npred["amounts"] += 1
                if i not in used:
                    extra("amounts", r, src)
        # --- dates
        erows = [r for r in events.get(src, []) if r.get("event") in ("start", "end")]
        used = set()
        for e in t["events"]:
            ok = date_ok = False
            for i, r in enumerate(erows):
                if r.get("date") != e["date"]:
                    continue
                date_ok = True
                if (
                    r.get("event") == e["event"]
                    and r.get("precision") == e["precision"]
                    and i not in used
                ):
                    ok = True
                    used.add(i)
                    break
            note("dates", ok, forms.get("dates", "?"), e, src)
            totals["dates_value"] += 1
            hits["dates_value"] += date_ok
        npred["dates"] += len(erows)
        for i, r in enumerate(erows):
            if i not in used:
                extra("dates", r, src)
        # --- partners
        prow = partners.get(src, [])
        used = set()
        for p in t["partners"]:
            ok = place_ok = country_ok = False
            for i, r in enumerate(prow):
                if (r.get("country") or "").upper() != p["country"]:
                    continue
                country_ok = True
                if fold(r.get("city")) != fold(p["city"]):
                    continue
                place_ok = True
                if r.get("role") == p["role"] and i not in used:
                    ok = True
                    used.add(i)
                    break
            note("partners", ok, forms.get("partners", "?"), p, src)
            for kind, flag in (("partners_place", place_ok), ("partners_country", country_ok)):
                totals[kind] += 1
                hits[kind] += flag
        npred["partners"] += len(prow)
        for i, r in enumerate(prow):
            if i not in used:
                extra("partners", r, src)

    result: Json = {}
    for kind in ("amounts", "dates", "partners"):
        result[f"{kind}_pct"] = _pct(hits[kind], totals[kind])
        result[f"{kind}_n"] = totals[kind]
        result[f"{kind}_precision_pct"] = _pct(npred[kind] - fp[kind], npred[kind])
    for kind in ("amounts_value", "dates_value", "partners_place", "partners_country"):
        result[f"{kind}_pct"] = _pct(hits[kind], totals[kind])
    result["by_form"] = {k: _pct(c["ok"], c["n"]) for k, c in sorted(by_form.items())}
    result["misses"] = dict(misses)
    result["extras"] = dict(extras)
    return result


def score_tables(out: Path, truth: dict[str, Json]) -> Json:
    pred = {name: read_table(out, name) for name in ("budgets", "events", "partners")}
    return score(truth, pred)


def tree_digest(folder: Path) -> dict[str, str]:
    """sha256 of every file under ``folder`` (relative path -> digest)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


# =============================================================================================
# One corpus size
# =============================================================================================


def bench_size(
    n: int,
    seed: int,
    jobs_list: list[int],
    work: Path,
    *,
    rate_hint: float | None = None,
    max_s: float = 1200,
    repeats: int = 1,
) -> Json:
    """Generate ``n`` texts, build them with every ``jobs`` value, parse them alone, score.

    ``rate_hint`` (texts/s measured at the previous size) lets a slow parser skip a size it
    could not finish within ``max_s`` seconds a run, so `make bench` always ends and says why.
    """
    predicted = n / rate_hint if rate_hint else 0.0
    if predicted > max_s:
        why = (
            f"skipped: {predicted:,.0f} s predicted at {rate_hint:.1f} texts/s "
            f"(more than --max-build-s {max_s:.0f})"
        )
        log(f"n={n}: {why}")
        skipped = {"skipped": why}
        return {
            "texts": n,
            "mean_kb": None,
            "jobs": {str(j): skipped for j in jobs_list},
            "parse_only": skipped,
            "accuracy": skipped,
        }
    base = work / f"n{n}"
    raw, truth_path = base / "raw", base / "truth.jsonl"
    t0 = time.perf_counter()
    _, nbytes = make_corpus.write_corpus(n, seed, raw, truth_path)
    res: Json = {
        "texts": n,
        "mean_kb": round(nbytes / n / 1024, 2),
        "generate_s": round(time.perf_counter() - t0, 3),
        "jobs": {},
    }
    log(f"n={n}: corpus written ({res['mean_kb']} KB/text) in {res['generate_s']} s")
    truth = make_corpus.read_truth(truth_path)
    timeout = max(3 * max_s, 120)
    # The runs of every jobs value take turns (1, 2, 1, 2, ...) and each keeps its best: a
    # stretch of load from elsewhere on the machine then slows one run of each value rather
    # than all runs of one, which would decide the speed-up ratio on its own.
    best: dict[int, Json] = {}
    walls: dict[int, list[float]] = {jobs: [] for jobs in jobs_list}
    failed: dict[int, str] = {}
    for _ in range(repeats):
        for jobs in jobs_list:
            if jobs in failed:
                continue
            out = base / f"out_j{jobs}"
            try:
                shutil.rmtree(out, ignore_errors=True)
                r, outer = run_child(["_build", str(raw), str(out), str(jobs)], timeout)
            except Exception as exc:
                failed[jobs] = err_text(exc)
                log(f"n={n}: build jobs={jobs} FAILED: {failed[jobs]}")
                continue
            r["process_wall_s"] = outer
            walls[jobs].append(r["wall_s"])
            if jobs not in best or r["wall_s"] < best[jobs]["wall_s"]:
                best[jobs] = r
    for jobs in jobs_list:
        if jobs in failed:
            res["jobs"][str(jobs)] = {"error": failed[jobs]}
            continue
        r = best[jobs]
        r["texts_per_s"] = n / r["wall_s"]
        r["runs_wall_s"] = [round(w, 3) for w in walls[jobs]]
        # workers run beside the parent: their peaks add up (an upper bound, since pages
        # shared after fork count in both)
        r["peak_rss_mb"] = r["rss_self_mb"] + (r["rss_workers_mb"] if jobs > 1 else 0)
        res["jobs"][str(jobs)] = r
        log(
            f"n={n}: build jobs={jobs}: {r['wall_s']:.3f} s (best of "
            + ", ".join(f"{w:.3f}" for w in walls[jobs])
            + f"), {r['texts_per_s']:.0f} texts/s, peak {r['peak_rss_mb']:.0f} MB"
        )
    j1 = base / "out_j1"
    if "1" in res["jobs"] and "error" not in res["jobs"]["1"]:
        try:
            res["accuracy"] = score_tables(j1, truth)
        except Exception as exc:
            res["accuracy"] = {"error": err_text(exc), "trace": traceback.format_exc()[-2000:]}
        other = [j for j in jobs_list if j != 1 and "error" not in res["jobs"][str(j)]]
        if other:
            d1 = tree_digest(j1)
            diffs = sorted(
                f for j in other for f, h in tree_digest(base / f"out_j{j}").items() ^ d1.items()
            )
            res["jobs_identical"] = not diffs
            res["jobs_differing_files"] = sorted(set(diffs))
    try:
        r, _ = run_child(["_parse", str(raw)], timeout)
        res["parse_only"] = r
        log(f"n={n}: parse_text alone: {r['texts_per_s']:.0f} texts/s")
    except Exception as exc:
        res["parse_only"] = {"error": err_text(exc)}
    return res


# =============================================================================================
# Start-up costs and the user's commands
# =============================================================================================


def _median_wall(cmd: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    walls = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=env, cwd=ROOT)
        walls.append(time.perf_counter() - t0)
    return statistics.median(walls)


def bench_import(runs: int = 7) -> Json:
    """``import cwlib`` in a fresh interpreter: wall minus a bare interpreter's start, and
    CPython's own ``-X importtime`` figure for the package (cumulative, microseconds)."""
    py = sys.executable
    bare = _median_wall([py, "-c", "pass"], runs)
    full = _median_wall([py, "-c", "import cwlib"], runs)
    proc = subprocess.run(
        [py, "-X", "importtime", "-c", "import cwlib"], capture_output=True, text=True, cwd=ROOT
    )
    cumulative = None
    heavy = []
    for line in proc.stderr.splitlines():
        parts = [p.strip() for p in line.removeprefix("import time:").split("|")]
        if len(parts) == 3 and parts[1].isdigit():
            name = parts[2].strip()
            if name == "cwlib":
                cumulative = int(parts[1]) / 1e6
            heavy.append((int(parts[1]), name))
    heavy.sort(reverse=True)
    return {
        "import_cwlib_s": max(full - bare, 0.0),
        "interpreter_s": bare,
        "importtime_cwlib_s": cumulative,
        "heaviest_imports": [{"module": m, "cumulative_s": us / 1e6} for us, m in heavy[:8]],
    }


def bench_cli_help(runs: int = 7) -> Json:
    """``cwlib --help`` as a user types it (the console script): wall minus a bare
    interpreter's start, median of ``runs``. The command line must not load pandas, openpyxl
    or matplotlib before it knows which command runs."""
    bare = _median_wall([sys.executable, "-c", "pass"], runs)
    full = _median_wall([*_cwlib_cmd(), "--help"], runs)
    return {"cli_help_s": max(full - bare, 0.0), "interpreter_s": bare, "help_s": full}


GAZETTEER_PROBE = """
import json, time
t0 = time.perf_counter()
from cwlib.parse.places import lookup_city
t1 = time.perf_counter()
first = lookup_city("Klaipėdos")
t2 = time.perf_counter()
for name in ("Rygos", "Lisabona", "Zagrebas", "Gdansko", "Talino", "Birmingemo", "Kranis"):
    lookup_city(name)
t3 = time.perf_counter()
print(json.dumps({"import_s": t1 - t0, "first_lookup_s": t2 - t1,
                  "ready_s": t2 - t0, "next_lookups_ms": (t3 - t2) / 7 * 1000,
                  "first": repr(first)}))
"""


def bench_gazetteer(runs: int = 5) -> Json:
    """Time from ``from cwlib.parse.places import lookup_city`` to the answer of the first lookup,
    in a fresh process (the gazetteer loads lazily on that first call)."""
    out = []
    for _ in range(runs):
        proc = subprocess.run(
            [sys.executable, "-c", GAZETTEER_PROBE], capture_output=True, text=True, cwd=ROOT
        )
        if proc.returncode != 0:
            raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr else "failed")
        out.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    best = min(out, key=lambda r: r["ready_s"])
    best["gazetteer_ready_s"] = best["ready_s"]
    return best


def _cwlib_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("cwlib")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "cwlib.cli"]


def _help(sub: str) -> str:
    proc = subprocess.run(
        [*_cwlib_cmd(), sub, "--help"], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    if proc.returncode != 0:
        raise RuntimeError(f"`cwlib {sub} --help` failed: {proc.stderr.strip()[-300:]}")
    return proc.stdout


def _out_flag(help_text: str) -> str | None:
    for flag in ("--out", "--output", "-o"):
        if flag in help_text.split():
            return flag
        if f"{flag} " in help_text or f"{flag}," in help_text:
            return flag
    return None


def run_command(
    args: list[str], timeout: float, data: Path | None = None, cache: Path | None = None
) -> Json:
    """Run ``cwlib ARGS`` as a user would; wall time includes interpreter start-up. ``data``
    (the tables the benchmark just built from the seeds) goes in ``CWLIB_DATA``, so briefs and
    notebooks never depend on what data/clean happens to hold; ``cache`` in ``CWLIB_CACHE``
    (an empty folder: the first start on a new machine, before any pattern is cached)."""
    env = dict(os.environ)
    if data is not None:
        env["CWLIB_DATA"] = str(data)
    if cache is not None:
        env["CWLIB_CACHE"] = str(cache)
    t0 = time.perf_counter()
    proc = subprocess.run(
        [*_cwlib_cmd(), *args], capture_output=True, text=True, cwd=ROOT, timeout=timeout, env=env
    )
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        tail = "\n".join((proc.stderr or proc.stdout).strip().splitlines()[-5:])
        return {
            "status": "failed",
            "wall_s": wall,
            "command": "cwlib " + " ".join(args),
            "note": tail,
        }
    return {"status": "ok", "wall_s": wall, "command": "cwlib " + " ".join(args)}


def bench_build_seeds(work: Path, runs: int = 3) -> Json:
    """``cwlib build`` on data/raw into a scratch folder (not data/clean, so the benchmark never
    rewrites tracked files), best of ``runs``."""
    help_text = _help("build")
    flag = _out_flag(help_text)
    out = work / "seeds_clean"
    if flag is None:
        raise RuntimeError("`cwlib build` has no --out/-o option to write to a scratch folder")
    best: Json | None = None
    for _ in range(runs):
        shutil.rmtree(out, ignore_errors=True)
        r = run_command(["build", flag, str(out)], timeout=600)
        if r["status"] != "ok":
            return r
        if best is None or r["wall_s"] < best["wall_s"]:
            best = r
    assert best is not None
    best["build_seeds_s"] = best["wall_s"]
    # Once more as on a new machine: no compiled pattern cached yet (cwlib.patterns), so
    # every pattern is compiled, as every process did before round 18. Not a target.
    shutil.rmtree(out, ignore_errors=True)
    first = run_command(["build", flag, str(out)], timeout=600, cache=work / "empty_cache")
    shutil.rmtree(work / "empty_cache", ignore_errors=True)
    if first["status"] == "ok":
        best["first_start_wall_s"] = first["wall_s"]
    return best


BUILD_TEXTS = 2_000
"""The corpus of issue 8's build target: 2,000 real-length pages, built on one job."""


def bench_build_corpus(work: Path, seed: int, texts: int = BUILD_TEXTS, runs: int = 2) -> Json:
    """``cwlib build --jobs 1`` of ``texts`` generated texts as a user runs it, wall including
    the interpreter's start and every import, best of ``runs``: the rate a user sees, where the
    corpus sizes above time ``build()`` inside one process."""
    base = work / f"build_{texts}"
    shutil.rmtree(base, ignore_errors=True)
    raw, out = base / "raw", base / "clean"
    make_corpus.write_corpus(texts, seed, raw, base / "truth.jsonl")
    args = ["build", "--raw", str(raw), "--out", str(out), "--jobs", "1", "-q"]
    best: Json | None = None
    for _ in range(runs):
        shutil.rmtree(out, ignore_errors=True)
        r = run_command(args, timeout=1800)
        if r["status"] != "ok":
            return r
        if best is None or r["wall_s"] < best["wall_s"]:
            best = r
    assert best is not None
    with (out / "projects.csv").open(encoding="utf-8") as fh:
        best["projects"] = sum(1 for _ in csv.DictReader(fh))
    best.update(texts=texts, texts_per_s=texts / best["wall_s"])
    shutil.rmtree(base, ignore_errors=True)
    return best


def seeds_data(res: Json, work: Path) -> Path | None:
    """The scratch folder the seeds were built into, if that build worked."""
    ok = res["commands"].get("build_seeds", {}).get("status") == "ok"
    return work / "seeds_clean" if ok else None


def bench_notebooks(work: Path, data: Path | None) -> Json:
    """All notebooks, executed as ``cwlib report`` runs them (into a scratch folder when the
    command takes one)."""
    try:
        import cwlib.export.report  # noqa: F401
    except ImportError as exc:
        return {"status": "skipped", "note": f"cwlib.export.report not available yet ({exc})"}
    help_text = _help("report")
    flag = _out_flag(help_text)
    args = ["report"] + ([flag, str(work / "reports")] if flag else [])
    if data is not None and "--data" in help_text:
        args += ["--data", str(data)]
    return run_command(args, timeout=1800, data=data)


def bench_notebooks_100(work: Path) -> Json:
    """All notebooks on the corpus the notebook tests use (seeds, 50 genre texts and generated
    texts: over 100 projects), as ``cwlib report`` runs them: wall, and the CPU seconds of
    every process it starts (kernels and the Lithuanian figures), which a busy machine
    inflates far less than the wall."""
    raw, clean = work / "report_corpus" / "raw", work / "report_corpus" / "clean"
    shutil.rmtree(raw.parent, ignore_errors=True)
    texts = make_corpus.write_report_corpus(ROOT, raw)
    built = run_command(["build", "--raw", str(raw), "--out", str(clean), "-q"], timeout=600)
    if built["status"] != "ok":
        return built
    with (clean / "projects.csv").open(encoding="utf-8") as fh:
        projects = sum(1 for _ in csv.DictReader(fh))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    r = run_command(
        ["report", "--data", str(clean), "--out", str(work / "reports_100")], timeout=1800
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    r.update(texts=texts, projects=projects, cpu_s=cpu, notebooks_100_s=r.get("wall_s"))
    return r


def bench_brief(work: Path, data: Path | None, runs: int = 5) -> Json:
    """One brief (English) of the seeds' tables written to a scratch file, as a user runs it
    (interpreter start-up and imports included), best of ``runs``; ``-X importtime`` says
    how much of it is importing ``cwlib.export.brief``."""
    try:
        import cwlib.export.brief  # noqa: F401
    except ImportError as exc:
        return {"status": "skipped", "note": f"cwlib.export.brief not available yet ({exc})"}
    args = ["brief", "--lang", "en", "-o", str(work / "brief_en.xlsx")]
    best: Json | None = None
    for _ in range(runs):
        r = run_command(args, timeout=600, data=data)
        if r["status"] != "ok":
            return r
        if best is None or r["wall_s"] < best["wall_s"]:
            best = r
    assert best is not None
    best["brief_seeds_s"] = best["wall_s"]
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import cwlib.export.brief"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    last = [ln for ln in proc.stderr.splitlines() if ln.rstrip().endswith("cwlib.export.brief")]
    if last:
        best["import_brief_s"] = int(last[-1].split("|")[1]) / 1e6
    return best


# =============================================================================================
# Peers
# =============================================================================================


def _time_loop(
    fn: Callable[[str], Any], inputs: list[str], repeats: int
) -> tuple[list[Any], float]:
    """Results of ``fn`` over ``inputs`` and the best per-string time in microseconds."""
    fn(inputs[0])  # warm-up (lazy data, regex compilation)
    best = float("inf")
    results: list[Any] = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        results = [fn(s) for s in inputs]
        best = min(best, time.perf_counter() - t0)
    return results, best / len(inputs) * 1e6


def _safe(fn: Callable[[str], Any]) -> Callable[[str], Any]:
    def wrapped(s: str) -> Any:
        try:
            return fn(s)
        except Exception:
            return None

    return wrapped


CURRENCY_WORDS = {"€": "EUR", "eur": "EUR", "eurų": "EUR", "lt": "LTL", "litų": "LTL", "ltl": "LTL"}


def bench_peers(n: int, seed: int) -> Json:
    """The same strings through cwlib and its peers: % correct and time per string."""
    data = make_corpus.peer_strings(n, seed)
    amounts, dates = data["amounts"], data["dates"]
    out: Json = {"strings": n, "amounts": {}, "numbers": {}, "dates": {}}
    close = lambda a, b: a is not None and abs(float(a) - b) <= 0.005  # noqa: E731

    def record(
        section: str,
        name: str,
        inp: str,
        fn: Callable[[str], Any],
        inputs: list[str],
        judge: Callable[[Any, Json], bool],
        truths: list[Json],
        repeats: int,
    ) -> None:
        try:
            results, us = _time_loop(_safe(fn), inputs, repeats)
        except Exception as exc:
            out[section][name] = {"error": err_text(exc)}
            return
        ok = [judge(r, t) for r, t in zip(results, truths, strict=True)]
        per_form: dict[str, list[bool]] = defaultdict(list)
        for flag, t in zip(ok, truths, strict=True):
            per_form[t["form"]].append(flag)
        out[section][name] = {
            "input": inp,
            "correct_pct": _pct(sum(ok), len(ok)),
            "us_per_string": us,
            "by_form": {f: _pct(sum(v), len(v)) for f, v in sorted(per_form.items())},
        }

    # --- money: the whole string (figure + currency word, scale words, litas with euro)
    texts = [a["text"] for a in amounts]
    try:
        from cwlib.parse.numbers import parse_amount, parse_number

        record(
            "amounts",
            "cwlib.parse_amount",
            "money string",
            parse_amount,
            texts,
            lambda m, t: (
                m is not None and close(m.amount, t["amount"]) and m.currency == t["currency"]
            ),
            amounts,
            3,
        )
        record(
            "numbers",
            "cwlib.parse_number",
            "figure only",
            parse_number,
            [a["number_text"] for a in amounts],
            lambda v, t: close(v, t["number_value"]),
            amounts,
            3,
        )
    except ImportError as exc:
        out["amounts"]["cwlib.parse_amount"] = {"error": err_text(exc)}
    try:
        from price_parser import Price

        def pp_currency(cur: str | None) -> str | None:
            return CURRENCY_WORDS.get((cur or "").strip().casefold().rstrip("."), cur)

        record(
            "amounts",
            "price_parser.Price.fromstring",
            "money string",
            Price.fromstring,
            texts,
            lambda p, t: (
                p is not None
                and close(p.amount, t["amount"])
                and pp_currency(p.currency) == t["currency"]
            ),
            amounts,
            3,
        )
        out["amounts"]["price_parser.Price.fromstring"]["amount_only_correct_pct"] = _pct(
            sum(close(_safe(Price.fromstring)(a["text"]).amount, a["amount"]) for a in amounts), n
        )
    except ImportError as exc:
        out["amounts"]["price_parser.Price.fromstring"] = {"error": err_text(exc)}
    try:
        from babel.numbers import parse_decimal

        record(
            "numbers",
            "babel.numbers.parse_decimal(lt)",
            "figure only",
            lambda s: parse_decimal(s, locale="lt"),
            [a["number_text"] for a in amounts],
            lambda v, t: close(v, t["number_value"]),
            amounts,
            3,
        )
    except ImportError as exc:
        out["numbers"]["babel.numbers.parse_decimal(lt)"] = {"error": err_text(exc)}

    # --- dates
    dtexts = [d["text"] for d in dates]

    def cwlib_date_ok(m: Any, t: Json) -> bool:
        return m is not None and m.iso() == t["iso"] and m.precision == t["precision"]

    def dateparser_ok(d: Any, t: Json) -> bool:
        """Right at the precision the text states; a date without a year is wrong when the parser
        invents one (it always does: dateparser returns a full datetime)."""
        if d is None or t["precision"] == "no_year":
            return False
        iso = d.date().isoformat()
        return iso[: len(t["iso"])] == t["iso"]

    try:
        from cwlib.parse.dates import parse_date

        record(
            "dates", "cwlib.parse_date", "date string", parse_date, dtexts, cwlib_date_ok, dates, 3
        )
    except ImportError as exc:
        out["dates"]["cwlib.parse_date"] = {"error": err_text(exc)}
    try:
        import dateparser

        settings = {"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"}
        record(
            "dates",
            "dateparser.parse(lt)",
            "date string",
            lambda s: dateparser.parse(s, languages=["lt"], settings=settings),  # type: ignore[arg-type]
            dtexts,
            dateparser_ok,
            dates,
            1,
        )
    except ImportError as exc:
        out["dates"]["dateparser.parse(lt)"] = {"error": err_text(exc)}

    # ratios: a peer's time per string over cwlib's, on the same inputs
    for section, ref in (
        ("amounts", "cwlib.parse_amount"),
        ("numbers", "cwlib.parse_number"),
        ("dates", "cwlib.parse_date"),
    ):
        base = out[section].get(ref, {}).get("us_per_string")
        for r in out[section].values():
            if base and r.get("us_per_string"):
                r["time_vs_cwlib"] = r["us_per_string"] / base
    return out


# =============================================================================================
# Targets, printing, comparing
# =============================================================================================


def summary_figures(res: Json) -> dict[str, float | None]:
    """The figures the targets are set on, pulled out of the full results."""
    # the largest sizes that were built (a size may be skipped when the parser is too slow)
    sizes = sorted(
        (r for r in res["sizes"].values() if r["jobs"].get("1", {}).get("wall_s")),
        key=lambda r: r["texts"],
    )
    big = sizes[-1] if sizes else {}
    res["figures_at_texts"] = big.get("texts")
    figs: dict[str, float | None] = dict.fromkeys(TARGETS)
    if big:
        figs["parse_texts_per_s_1core"] = big.get("parse_only", {}).get("texts_per_s")
        j = big.get("jobs", {})
        w1, w2 = j.get("1", {}).get("wall_s"), j.get("2", {}).get("wall_s")
        figs["speedup_jobs2"] = w1 / w2 if w1 and w2 else None
        peaks = [r.get("peak_rss_mb") for r in j.values() if r.get("peak_rss_mb")]
        figs["peak_rss_mb"] = max(peaks) if peaks else None
        acc = big.get("accuracy", {})
        figs["accuracy_amounts_pct"] = acc.get("amounts_pct")
        figs["accuracy_dates_pct"] = acc.get("dates_pct")
        figs["accuracy_partners_pct"] = acc.get("partners_pct")
        if "jobs_identical" in big:
            figs["jobs_identical"] = float(bool(big["jobs_identical"]))
    if len(sizes) >= 2:
        a, b = sizes[-2], sizes[-1]
        wa = a.get("jobs", {}).get("1", {}).get("wall_s")
        wb = b.get("jobs", {}).get("1", {}).get("wall_s")
        if wa and wb:
            # scaled to a 10x step so the target (<= 11x) reads the same for any pair of sizes
            figs["growth_ratio"] = wb / wa * 10 / (b["texts"] / a["texts"])
    figs["gazetteer_ready_s"] = res["startup"].get("gazetteer", {}).get("gazetteer_ready_s")
    figs["import_cwlib_s"] = res["startup"].get("import", {}).get("import_cwlib_s")
    figs["build_seeds_s"] = res["commands"].get("build_seeds", {}).get("build_seeds_s")
    figs["build_2000_per_s"] = res["commands"].get("build_2000", {}).get("texts_per_s")
    figs["cli_help_s"] = res["startup"].get("cli_help", {}).get("cli_help_s")
    figs["notebooks_100_s"] = res["commands"].get("notebooks_100", {}).get("notebooks_100_s")
    figs["brief_seeds_s"] = res["commands"].get("brief", {}).get("brief_seeds_s")
    figs["linear_growth_worst"] = res.get("growth", {}).get("worst_ratio")
    return figs


def judge(name: str, value: float | None) -> str:
    if value is None:
        return "n/a"
    op, thr, _, _ = TARGETS[name]
    ok = {
        ">=": value >= thr,
        "<=": value <= thr,
        "<": value < thr,
        "==": value == thr,
    }[op]
    return "PASS" if ok else "MISS"


def fmt(v: Any, digits: int = 3) -> str:
    if v is None:
        return "-"
    if isinstance(v, bool):
        return "yes" if v else "NO"
    if isinstance(v, float):
        if abs(v) >= 100:
            return f"{v:,.0f}"
        if abs(v) >= 1:
            return f"{v:.{1 if abs(v) >= 10 else 2}f}".rstrip("0").rstrip(".")
        return f"{v:.{digits}g}"
    if isinstance(v, int):
        return f"{v:,}"
    return str(v)


def print_report(res: Json, previous: Json | None = None) -> None:
    """The readable table: sizes, then every target with PASS/MISS, then peers and commands."""
    meta = res["meta"]
    print(
        f"\ncwlib benchmark  {meta['date']}  commit {meta['commit'] or '?'}  "
        f"{meta['cpu_count']} cores  Python {meta['python']}  seed {meta['seed']}  "
        f"load {meta['loadavg_start'][0]:.2f} -> {meta.get('loadavg_end', [0])[0]:.2f}"
    )
    if meta.get("loadavg_start", [0])[0] > 0.5 * (meta["cpu_count"] or 1):
        print("  note: the machine was busy when the run started; speed figures are pessimistic")
    print("\nBuild (cwlib.build.pipeline.build, generated corpus)")
    print(
        f"  {'texts':>7} {'KB/text':>7} {'jobs':>4} {'wall s':>8} {'texts/s':>8} {'CPU s':>8}"
        f" {'peak MB':>8}   parse_text alone: texts/s, per CPU s"
    )
    for key in sorted(res["sizes"], key=int):
        r = res["sizes"][key]
        for j, b in r["jobs"].items():
            po = r.get("parse_only", {}) if j == "1" else {}
            po_txt = (
                f"{fmt(po.get('texts_per_s')):>8} {fmt(po.get('texts_per_cpu_s')):>8}"
                if po.get("texts_per_s")
                else ""
            )
            if "error" in b or "skipped" in b:
                last = (b.get("error") or b["skipped"]).strip().splitlines()[-1]
                tag = "ERROR " if "error" in b else ""
                print(f"  {r['texts']:>7,} {fmt(r['mean_kb']):>7} {j:>4}  {tag}{last[:90]}")
                continue
            print(
                f"  {r['texts']:>7,} {r['mean_kb']:>7} {j:>4} {b['wall_s']:>8.3f} "
                f"{fmt(b['texts_per_s']):>8} {fmt(b.get('cpu_s')):>8} {b['peak_rss_mb']:>8.0f}   "
                f"{po_txt}"
            )
    print("\nAccuracy against the generated truth (recall %; precision % of rows of those kinds)")
    print(
        f"  {'texts':>7} {'amounts':>8} {'dates':>8} {'partners':>9}   precision a/d/p   place  country"
    )
    for key in sorted(res["sizes"], key=int):
        r = res["sizes"][key]
        a = r.get("accuracy", {})
        if not a or "error" in a or "skipped" in a:
            why = a.get("error") or a.get("skipped") or "not measured"
            print(f"  {r['texts']:>7,}  {why[:90]}")
            continue
        prec = "/".join(fmt(a.get(f"{k}_precision_pct")) for k in ("amounts", "dates", "partners"))
        print(
            f"  {r['texts']:>7,} {fmt(a['amounts_pct']):>8} {fmt(a['dates_pct']):>8} "
            f"{fmt(a['partners_pct']):>9}   {prec:<15} {fmt(a.get('partners_place_pct')):>6} "
            f"{fmt(a.get('partners_country_pct')):>8}"
        )
    big = res["sizes"].get(str(res.get("figures_at_texts")), {})
    weak = {
        k: v
        for k, v in big.get("accuracy", {}).get("by_form", {}).items()
        if v is not None and v < 99
    }
    if weak:
        print(
            "  forms below 99 % at the largest size: "
            + ", ".join(f"{k} {fmt(v)}" for k, v in sorted(weak.items(), key=lambda kv: kv[1]))
        )

    figs = res["figures"]
    prev = previous.get("figures", {}) if previous else {}
    print(f"\nTargets (corpus figures at {fmt(res.get('figures_at_texts'))} texts)")
    print(f"  {'figure':<26} {'value':>10} {'target':>10}  {'':4}  {'previous':>10}  what")
    for name, (op, thr, unit, what) in TARGETS.items():
        v = figs.get(name)
        shown = ("yes" if v else "NO") if name == "jobs_identical" and v is not None else fmt(v)
        target = "yes" if name == "jobs_identical" else f"{op} {fmt(float(thr))}"
        pv = prev.get(name)
        pshown = ("yes" if pv else "NO") if name == "jobs_identical" and pv is not None else fmt(pv)
        print(
            f"  {name:<26} {shown:>10} {target:>10}  {res['verdicts'][name]:4}  {pshown:>10}  "
            f"{unit} {what}"
        )

    st = res["startup"]
    imp = st.get("import", {})
    if "heaviest_imports" in imp:
        print(
            "\n  import cwlib: interpreter alone " + fmt(imp.get("interpreter_s")) + " s; "
            "-X importtime cwlib " + fmt(imp.get("importtime_cwlib_s")) + " s"
        )
    gz = st.get("gazetteer", {})
    if "error" in gz:
        print(f"  gazetteer: ERROR {gz['error']}")
    elif gz:
        print(
            f"  gazetteer: import {fmt(gz['import_s'])} s + first lookup "
            f"{fmt(gz['first_lookup_s'])} s; later lookups {fmt(gz['next_lookups_ms'])} ms"
        )

    print("\nCommands (wall, including interpreter start-up)")
    for key in ("build_seeds", "build_2000", "notebooks", "notebooks_100", "brief"):
        c = res["commands"].get(key, {})
        status = c.get("status", "error" if "error" in c else "?")
        line = f"  {key:<13} {status:<8} {fmt(c.get('wall_s')):>8} s  {c.get('command', '')}"
        if c.get("cpu_s") is not None:
            line += f"  ({fmt(c.get('projects'))} projects, CPU {fmt(c['cpu_s'])} s)"
        print(line)
        if c.get("note") or c.get("error"):
            for ln in str(c.get("note") or c.get("error")).splitlines()[-3:]:
                print(f"      {ln}")

    peers = res.get("peers", {})
    if peers:
        print(
            f"\nPeers on the same {peers.get('strings')} strings (time per string; ratio = peer / cwlib)"
        )
        for section in ("amounts", "numbers", "dates"):
            for name, r in peers.get(section, {}).items():
                if "error" in r:
                    print(f"  {section:<8} {name:<34} ERROR {r['error'][:60]}")
                    continue
                ratio = r.get("time_vs_cwlib")
                print(
                    f"  {section:<8} {name:<34} {fmt(r['correct_pct']):>6} % correct "
                    f"{r['us_per_string']:>9.1f} µs  {('x' + fmt(ratio)) if ratio else '':>8}"
                )
    print_growth(res.get("growth", {}))
    prof = res.get("profile", {})
    if prof.get("top_self_time"):
        print(f"\nProfile: parse_text over {prof['texts']} texts, top functions by own time")
        for row in prof["top_self_time"][:12]:
            print(
                f"  {row['tottime_s']:>8.3f} s own {row['cumtime_s']:>8.3f} s cum "
                f"{row['ncalls']:>9,} calls  {row['function']}"
            )
        print(f"  call tree: {prof.get('pyinstrument')}")
    elif prof.get("error"):
        print(f"\nProfile: ERROR {prof['error']}")
    print(f"\nWritten to {res['meta']['out']}")


def growth_by_shape(growth_res: Json) -> list[Json]:
    """One row per (group, shape): the unit that grew the most, and how many were timed."""
    worst: dict[tuple[str, str], Json] = {}
    units: Counter[tuple[str, str]] = Counter()
    for row in growth_res.get("shapes", []):
        key = (row["group"], row["shape"])
        units[key] += 1
        if key not in worst or row["ratio"] > worst[key]["ratio"]:
            worst[key] = row
    return [{**row, "units": units[key]} for key, row in worst.items()]


def print_growth(g: Json) -> None:
    """The linear-growth section: every shape's CPU at its size and four times it."""
    if not g:
        return
    if "error" in g:
        print(f"\nLinear growth: ERROR {g['error']}")
        return
    pairs = g["shapes"][0]["pairs"] if g.get("shapes") else 0
    print(
        f"\nLinear growth of hostile input (CPU per call, least of the runs; ratio = median "
        f"of {pairs} run(s) of {g['factor']}x the input between two of the input; "
        f"target <= {fmt(g['target_ratio'])}x"
        + (
            "; --quick: a quarter of the sizes, one unit a shape, not the figures"
            if g["quick"]
            else ""
        )
        + ")"
    )
    print(f"  {'group':<10} {'shape':<40} {'chars':>7} {'ms':>8} {'4x ms':>8} {'ratio':>6}")
    for r in growth_by_shape(g):
        unit = f" (worst of {r['units']} units: {r['unit'][:18]})" if r["units"] > 1 else ""
        print(
            f"  {r['group']:<10} {r['shape'][:40]:<40} {r['size']:>7,} {r['small_s'] * 1e3:>8.2f} "
            f"{r['large_s'] * 1e3:>8.2f} {r['ratio']:>6.2f}  {r['verdict']}{unit}"
        )
    print(
        f"  worst {fmt(g['worst_ratio'])}x ({g['worst']}); "
        f"{len(g['shapes']) - len(g['misses'])} of {len(g['shapes'])} within the target"
        + (f"; MISS: {', '.join(g['misses'])}" if g["misses"] else "")
    )
    print(
        f"  places tables' first load (index, forms, countries; CPU, best of 3): "
        f"{fmt(g['places_load_s'])} s, target < {fmt(g['places_load_target_s'])} s  "
        f"{g['places_load_verdict']}"
    )


def markdown(res: Json) -> str:
    """The README's table of latest figures, from a bench.json (``--markdown``)."""
    meta = res["meta"]
    out = [
        f"Run of {meta['date']} on commit `{meta['commit']}`, {meta['cpu_count']} cores, "
        f"Python {meta['python']}, load average {meta['loadavg_start'][0]:.1f} at the start; "
        f"corpus figures at {fmt(res.get('figures_at_texts'))} texts.",
        "",
        "| figure | value | target | verdict |",
        "|---|---|---|---|",
    ]
    for name, (op, thr, unit, what) in TARGETS.items():
        v = res["figures"].get(name)
        if name == "jobs_identical":
            shown, target = ("yes" if v else "no") if v is not None else "-", "yes"
        else:
            shown, target = f"{fmt(v)} {unit}".strip(), f"{op} {fmt(float(thr))} {unit}".strip()
        out.append(f"| {what} | {shown} | {target} | {res['verdicts'][name]} |")
    out += [
        "",
        "| texts | jobs | wall s | texts/s | CPU s | peak MB | parse_text alone, texts/s "
        "| amounts % | dates % | partners % |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for key in sorted(res["sizes"], key=int):
        r = res["sizes"][key]
        a = r.get("accuracy", {})
        for j, b in r["jobs"].items():
            if "wall_s" not in b:
                out.append(
                    f"| {r['texts']:,} | {j} | {b.get('skipped') or b.get('error')} ||||||||"
                )
                continue
            first = j == "1"
            po = fmt(r.get("parse_only", {}).get("texts_per_s")) if first else ""
            acc = (
                [fmt(a.get(k)) for k in ("amounts_pct", "dates_pct", "partners_pct")]
                if first
                else ["", "", ""]
            )
            out.append(
                f"| {r['texts']:,} | {j} | {fmt(b['wall_s'])} | {fmt(b['texts_per_s'])} | "
                f"{fmt(b.get('cpu_s'))} | {fmt(b['peak_rss_mb'])} | {po} | "
                + " | ".join(acc)
                + " |"
            )
    cmds = res["commands"]
    out += ["", "| command | status | wall s |", "|---|---|---:|"]
    for key, label in (
        ("build_seeds", "`cwlib build` (seeds)"),
        ("build_2000", "`cwlib build --jobs 1` (2,000 generated texts)"),
        ("notebooks", "`cwlib report` (all notebooks)"),
        ("notebooks_100", "`cwlib report` on 100+ projects"),
        ("brief", "`cwlib brief --lang en`"),
    ):
        c = cmds.get(key, {})
        out.append(f"| {label} | {c.get('status', '-')} | {fmt(c.get('wall_s'))} |")
        if c.get("first_start_wall_s") is not None:
            out.append(
                f"| {label}, first start (no pattern cached) | {c.get('status', '-')} | "
                f"{fmt(c['first_start_wall_s'])} |"
            )
    peers = res.get("peers", {})
    if peers:
        out += [
            "",
            f"Peers, same {peers['strings']} strings each:",
            "",
            "| parser | input | correct % | µs / string | time vs cwlib |",
            "|---|---|---:|---:|---:|",
        ]
        for section in ("amounts", "numbers", "dates"):
            for name, r in peers.get(section, {}).items():
                if "error" in r:
                    continue
                out.append(
                    f"| `{name}` | {r['input']} | {fmt(r['correct_pct'])} | "
                    f"{r['us_per_string']:.1f} | {fmt(r.get('time_vs_cwlib'))}× |"
                )
    g = res.get("growth", {})
    if g.get("shapes"):
        out += [
            "",
            f"Linear growth: CPU of {g['factor']}x the input over CPU of the input, "
            f"per shape (the unit that grew most), target <= {fmt(g['target_ratio'])}x:",
            "",
            "| group | shape | chars | ms | 4x ms | ratio | verdict |",
            "|---|---|---:|---:|---:|---:|---|",
        ]
        for r in growth_by_shape(g):
            out.append(
                f"| {r['group']} | {r['shape']} | {r['size']:,} | {r['small_s'] * 1e3:.2f} | "
                f"{r['large_s'] * 1e3:.2f} | {r['ratio']:.2f} | {r['verdict']} |"
            )
        out.append(
            f"| places | first load of the tables (CPU) | | {g['places_load_s'] * 1e3:.0f} | | "
            f"< {g['places_load_target_s'] * 1e3:.0f} ms | {g['places_load_verdict']} |"
        )
    return "\n".join(out)


def compare(old: Json, new: Json) -> None:
    """Two runs side by side: every target figure and the per-size throughput."""
    print(f"{'figure':<30} {'old':>12} {'new':>12} {'change':>9}")
    keys = list(TARGETS)
    for k in keys:
        a, b = old.get("figures", {}).get(k), new.get("figures", {}).get(k)
        ch = f"{(b - a) / a * 100:+.1f}%" if a and b else ""
        print(f"{k:<30} {fmt(a):>12} {fmt(b):>12} {ch:>9}")
    for size in sorted(set(old.get("sizes", {})) & set(new.get("sizes", {})), key=int):
        for j in ("1", "2"):
            a = old["sizes"][size]["jobs"].get(j, {}).get("texts_per_s")
            b = new["sizes"][size]["jobs"].get(j, {}).get("texts_per_s")
            ch = f"{(b - a) / a * 100:+.1f}%" if a and b else ""
            print(f"{'texts/s n=' + size + ' jobs=' + j:<30} {fmt(a):>12} {fmt(b):>12} {ch:>9}")


# =============================================================================================
# Main
# =============================================================================================


def git_commit() -> str | None:
    """HEAD, marked ``+dirty`` when cwlib/ has uncommitted changes (then the figures are of
    the working tree, not of the commit)."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "cwlib"],
            capture_output=True,
            text=True,
            cwd=ROOT,
        ).stdout.strip()
    except OSError:
        return None
    return (head + ("+dirty" if dirty else "")) or None


def run(args: argparse.Namespace) -> Json:
    sizes = (
        [int(s) for s in args.sizes.split(",")]
        if args.sizes
        else list(QUICK_SIZES if args.quick else DEFAULT_SIZES)
    )
    jobs_list = [int(j) for j in args.jobs.split(",")]
    out_path = Path(args.out)
    res: Json = {
        "meta": {
            "date": time.strftime("%Y-%m-%d %H:%M:%S"),
            "commit": git_commit(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpu_count": os.cpu_count(),
            "seed": args.seed,
            "sizes": sizes,
            "jobs": jobs_list,
            "quick": args.quick,
            "out": str(out_path),
            "loadavg_start": list(os.getloadavg()),
        },
        "targets": {
            k: {"op": op, "value": thr, "unit": u, "what": w}
            for k, (op, thr, u, w) in TARGETS.items()
        },
        "sizes": {},
        "startup": {},
        "commands": {},
    }
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="cwlib-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    t_all = time.perf_counter()
    try:
        for step, fn in (
            ("import", bench_import),
            ("cli_help", bench_cli_help),
            ("gazetteer", bench_gazetteer),
        ):
            log(f"start-up: {step}")
            try:
                res["startup"][step] = fn(3 if args.quick else 7)
            except Exception as exc:
                res["startup"][step] = {"error": err_text(exc)}
        log("command: cwlib build on data/raw")
        try:
            res["commands"]["build_seeds"] = bench_build_seeds(work, runs=1 if args.quick else 3)
        except Exception as exc:
            res["commands"]["build_seeds"] = {"status": "error", "error": err_text(exc)}
        rate: float | None = None
        for n in sizes:
            r = res["sizes"][str(n)] = bench_size(
                n,
                args.seed,
                jobs_list,
                work,
                rate_hint=rate,
                max_s=args.max_build_s,
                # the best of three against noise for tiny corpora, of two (taking turns
                # with the other jobs values) for large ones; one in --quick (not timed)
                repeats=1 if args.quick else 2 if n >= 1000 else 3,
            )
            rate = r["jobs"].get("1", {}).get("texts_per_s") or rate
        if args.quick:
            res["commands"]["build_2000"] = {"status": "skipped", "note": "--quick"}
        else:
            log(f"command: cwlib build --jobs 1 of {BUILD_TEXTS:,} texts")
            try:
                res["commands"]["build_2000"] = bench_build_corpus(work, args.seed)
            except Exception as exc:
                res["commands"]["build_2000"] = {"status": "error", "error": err_text(exc)}
        built = [n for n in sizes if res["sizes"][str(n)]["jobs"].get("1", {}).get("wall_s")]
        if args.profile and built:
            n = max(built)
            # about 10 s of parsing at the measured rate: enough samples, never an hour
            rate = res["sizes"][str(n)].get("parse_only", {}).get("texts_per_s") or 10.0
            k = int(min(n, 2000, max(50, rate * 10)))
            log(f"profile: parse_text over {k} texts")
            raw = work / f"n{n}" / "raw"
            try:
                r, _ = run_child(["_profile", str(raw), str(k), str(out_path.parent)])
                res["profile"] = r
            except Exception as exc:
                res["profile"] = {"error": err_text(exc)}
        if args.no_notebooks or args.quick:
            skipped = {"status": "skipped", "note": "--quick / --no-notebooks"}
            res["commands"]["notebooks"] = skipped
            res["commands"]["notebooks_100"] = dict(skipped)
        else:
            log("command: cwlib report (all notebooks)")
            try:
                res["commands"]["notebooks"] = bench_notebooks(work, seeds_data(res, work))
            except Exception as exc:
                res["commands"]["notebooks"] = {"status": "error", "error": err_text(exc)}
            log("command: cwlib report on 100+ projects")
            try:
                res["commands"]["notebooks_100"] = bench_notebooks_100(work)
            except Exception as exc:
                res["commands"]["notebooks_100"] = {"status": "error", "error": err_text(exc)}
        log("command: cwlib brief")
        try:
            res["commands"]["brief"] = bench_brief(
                work, seeds_data(res, work), runs=1 if args.quick else 5
            )
        except Exception as exc:
            res["commands"]["brief"] = {"status": "error", "error": err_text(exc)}
        log("peers")
        res["peers"] = bench_peers(args.peer_strings or (200 if args.quick else 1000), args.seed)
        log("linear growth of the hostile shapes")
        try:
            # a fresh process, as every measurement here: no cache of the builds above
            res["growth"], _ = run_child(["_growth", "quick" if args.quick else "full"], 1800)
        except Exception as exc:
            res["growth"] = {"error": err_text(exc)}
    finally:
        if not args.keep and not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    res["figures"] = summary_figures(res)
    res["verdicts"] = {k: judge(k, v) for k, v in res["figures"].items()}
    res["meta"]["bench_wall_s"] = time.perf_counter() - t_all
    res["meta"]["loadavg_end"] = list(os.getloadavg())
    return res


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ("_build", "_parse", "_profile", "_growth"):
        mode, rest = argv[0], argv[1:]
        if mode == "_build":
            out = child_build(rest[0], rest[1], int(rest[2]))
        elif mode == "_parse":
            out = child_parse(rest[0])
        elif mode == "_growth":
            out = growth.run(quick=rest[:1] == ["quick"])
        else:
            out = child_profile(rest[0], int(rest[1]), rest[2])
        print(json.dumps(out))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", help="corpus sizes, comma-separated (default 10,1000,10000)")
    ap.add_argument("--jobs", default="1,2", help="jobs values to build with (default 1,2)")
    ap.add_argument(
        "--quick", action="store_true", help="sizes 10,30; 200 peer strings; no notebooks"
    )
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default=str(ROOT / "reports" / "bench.json"))
    ap.add_argument("--workdir", help="keep corpora and built tables here (default: a temp dir)")
    ap.add_argument("--keep", action="store_true", help="do not delete the temp dir")
    ap.add_argument("--no-notebooks", action="store_true")
    ap.add_argument(
        "--max-build-s",
        type=float,
        default=1200,
        help="skip a size whose build the previous size predicts to take longer (default 1200)",
    )
    ap.add_argument("--peer-strings", type=int, help="strings per peer comparison (default 1000)")
    ap.add_argument(
        "--profile",
        action="store_true",
        help="profile parse_text on the largest corpus (reports/bench_profile_*.txt)",
    )
    ap.add_argument(
        "--markdown", metavar="JSON", help="print the README table of a bench.json and exit"
    )
    ap.add_argument(
        "--compare",
        nargs="+",
        metavar="JSON",
        help="compare OLD [NEW] (NEW defaults to --out) and exit",
    )
    args = ap.parse_args(argv)
    if args.markdown:
        print(markdown(json.loads(Path(args.markdown).read_text(encoding="utf-8"))))
        return 0
    if args.compare:
        old = json.loads(Path(args.compare[0]).read_text(encoding="utf-8"))
        new_path = Path(args.compare[1] if len(args.compare) > 1 else args.out)
        compare(old, json.loads(new_path.read_text(encoding="utf-8")))
        return 0
    out_path = Path(args.out)
    previous = None
    if out_path.exists():
        try:
            previous = json.loads(out_path.read_text(encoding="utf-8"))
        except ValueError:
            previous = None
    res = run(args)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    if previous is not None:  # keep the last run for --compare
        shutil.copyfile(out_path, out_path.with_name(out_path.stem + ".prev.json"))
    out_path.write_text(json.dumps(res, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print_report(res, previous)
    return 0


if __name__ == "__main__":
    sys.exit(main())
