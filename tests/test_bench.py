"""The benchmark keeps working: its generator is deterministic and tells the truth about its
texts, its scorer scores, and a quick run writes every figure to bench.json.

Nothing here is timed: speed targets are for `make bench` on a quiet machine, not for CI.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"


def _load(name: str, as_name: str) -> ModuleType:
    """Import a script from benchmarks/ (not a package, on purpose: it is not shipped)."""
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(as_name, BENCH / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[as_name] = module
    spec.loader.exec_module(module)
    return module


make_corpus = _load("make_corpus", "make_corpus")  # the name run.py imports it by
bench = _load("run", "cwlib_bench_run")


@pytest.fixture(scope="module")
def corpus() -> list[tuple[str, str, dict]]:
    return make_corpus.generate(400, seed=3)


def test_generator_is_deterministic() -> None:
    a = make_corpus.generate(25, seed=11)
    assert a == make_corpus.generate(25, seed=11)
    assert a[:10] == make_corpus.generate(10, seed=11)  # a small corpus is a prefix of a big one
    assert [t for _, t, _ in a] != [t for _, t, _ in make_corpus.generate(25, seed=12)]


def test_write_corpus_is_byte_identical(tmp_path: Path) -> None:
    for d in ("a", "b"):
        make_corpus.main(["-n", "12", "--seed", "5", str(tmp_path / d)])
    files = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert len(files) == 13 and "truth.jsonl" in files
    for name in files:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_every_truth_quote_is_in_its_text(corpus: list[tuple[str, str, dict]]) -> None:
    for name, text, truth in corpus:
        assert truth["source"] == name
        for kind in ("budgets", "events", "partners"):
            for row in truth[kind]:
                assert row["quote"] in text, (name, kind, row)


def test_truth_is_consistent(corpus: list[tuple[str, str, dict]]) -> None:
    """Budgets add up, dates are real and ordered, partners are 3-7 in distinct cities with one
    leader, and texts are of the genre's size."""
    for name, text, truth in corpus:
        assert 2000 <= len(text.encode("utf-8")) <= 4500, name
        b = {r["item"]: r for r in truth["budgets"]}
        assert set(b) == {"total", "eu", "own"}
        assert abs(b["total"]["amount"] - b["eu"]["amount"] - b["own"]["amount"]) < 0.005
        for r in truth["budgets"]:
            assert r["currency"] in ("EUR", "LTL") and r["amount"] > 0
        ev = {e["event"]: e for e in truth["events"]}
        assert "start" in ev
        for e in truth["events"]:
            if e["precision"] == "day":
                dt.date.fromisoformat(e["date"])
            assert e["precision"] in ("day", "month", "year")
        if "end" in ev:
            assert ev["start"]["date"] < ev["end"]["date"]
        partners = truth["partners"]
        assert 3 <= len(partners) <= 7
        assert sum(p["role"] in ("lead", "applicant") for p in partners) == 1
        assert len({(p["city"], p["country"]) for p in partners}) == len(partners)


def test_generator_mixes_the_genre_forms(corpus: list[tuple[str, str, dict]]) -> None:
    seen = {(k, v) for _, _, t in corpus for k, v in t["forms"].items()}
    for kind, forms in (
        ("money", make_corpus.MONEY_FORMS),
        ("dates", make_corpus.DATE_FORMS),
        ("partners", make_corpus.PARTNER_FORMS),
    ):
        assert {(kind, f) for f in forms} <= seen
    joined = "\n".join(t for _, t, _ in corpus)
    for noise in ("LT-", "CPVA", "tel.", "\u00a0", "mln.", "tūkst.", "Lt (", "€"):
        assert noise in joined


def test_scorer_gives_full_marks_to_the_truth(corpus: list[tuple[str, str, dict]]) -> None:
    truth = {t["source"]: t for _, _, t in corpus[:50]}
    pred: dict[str, list[dict]] = {"budgets": [], "events": [], "partners": []}
    for src, t in truth.items():
        pred["budgets"] += [{**b, "amount": str(b["amount"]), "source": src} for b in t["budgets"]]
        pred["events"] += [{**e, "source": src} for e in t["events"]]
        pred["partners"] += [{**p, "city": p["city"].upper(), "source": src} for p in t["partners"]]
    s = bench.score(truth, pred)
    for kind in ("amounts", "dates", "partners"):
        assert s[f"{kind}_pct"] == 100.0 and s[f"{kind}_precision_pct"] == 100.0
    # a wrong role costs the partner, not its place
    pred["partners"][0] = {**pred["partners"][0], "role": "other"}
    s = bench.score(truth, pred)
    assert s["partners_pct"] < 100.0 and s["partners_place_pct"] == 100.0


def test_build_as_a_user_runs_it(tmp_path: Path) -> None:
    """The build target's figure: the console command on a generated corpus, every text a
    project, the rate from the wall time including start-up; the scratch corpus is removed."""
    r = bench.bench_build_corpus(tmp_path, seed=1, texts=6, runs=1)
    assert r["status"] == "ok", r
    assert r["projects"] == r["texts"] == 6
    assert r["texts_per_s"] == pytest.approx(6 / r["wall_s"])
    assert "--jobs 1" in r["command"]
    assert not (tmp_path / "build_6").exists()


def test_quick_benchmark_writes_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(BENCH / "run.py"),
            "--quick",
            "--sizes",
            "10,30",
            "--peer-strings",
            "60",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    res = json.loads(out.read_text(encoding="utf-8"))
    assert set(res) >= {"meta", "targets", "sizes", "startup", "commands", "peers", "figures"}
    assert set(res["figures"]) == set(bench.TARGETS) == set(res["verdicts"])
    assert set(res["sizes"]) == {"10", "30"}
    for size in res["sizes"].values():
        for jobs in ("1", "2"):
            r = size["jobs"][jobs]
            assert "error" not in r, r
            assert r["wall_s"] > 0 and r["texts_per_s"] > 0 and r["peak_rss_mb"] > 0
        assert size["parse_only"]["texts_per_s"] > 0
        for key in ("amounts_pct", "dates_pct", "partners_pct"):
            assert 0 <= size["accuracy"][key] <= 100
        assert isinstance(size["jobs_identical"], bool)
    assert {"import", "gazetteer"} <= set(res["startup"])
    assert {"build_seeds", "notebooks", "brief"} <= set(res["commands"])
    seeds = res["commands"]["build_seeds"]
    assert seeds["first_start_wall_s"] > 0  # built once more with no pattern cached
    for section in ("amounts", "numbers", "dates"):
        assert res["peers"][section], section
    growth = res["growth"]
    assert growth["quick"] and growth["places_load_s"] > 0
    assert {r["group"] for r in growth["shapes"]} == {"parse_text", "redact", "decode", "numbers"}
    assert {r["shape"] for r in growth["shapes"]} >= set(bench.growth.PARSE)
    assert all(r["ratio"] > 0 and r["verdict"] in ("PASS", "MISS") for r in growth["shapes"])
    assert "Linear growth" in proc.stdout
    # every target figure that can be measured at this size is there
    for name in bench.TARGETS:
        measured = res["figures"][name] is not None
        assert measured != (name in bench.NOT_IN_QUICK), name
    assert "Targets" in proc.stdout


def test_growth_times_the_shapes_the_tests_check() -> None:
    """`make bench`'s linear-growth section times every hostile shape of the tests that check
    their output, built the same way (the tests hold no timing of their own)."""
    import test_linear_time
    import test_numbers

    growth = bench.growth
    assert set(growth.PARSE) == set(test_linear_time.SHAPES)
    for name, (units, build) in growth.PARSE.items():
        strategy, test_build, _ = test_linear_time.SHAPES[name]
        for unit in units:
            assert build(unit, 2000) == test_build(unit, 2000), name
        drawn = getattr(strategy, "elements", None)  # a sampled list: every unit of it
        if drawn is not None:
            assert set(units) == set(drawn), name
    assert {name: growth.numbers_text(name) for name in growth.NUMBERS} == test_numbers.LONG_RUNS
    text, data = growth.mixed_lines(growth.MIXED_SIZE)
    assert data.decode("utf-8", "replace") != text  # both encodings are in it


def test_growth_ratio_is_the_median_of_sandwiched_runs() -> None:
    """Work that does not grow with the input passes; work that grows with its square does
    not (the target is 5x for 4x the input). Both far from the bound (1x, 16x), so that no
    load on the machine decides the verdict: this tests the measuring, not a speed."""
    growth = bench.growth

    def constant(n: int) -> int:
        return sum(range(100_000))

    def square(n: int) -> int:
        return sum(range(n * n // 2000))

    flat = growth.measure(constant, 20_000, 80_000, pairs=3, min_s=0.01)
    assert flat["verdict"] == "PASS" and len(flat["ratios"]) == 3
    assert flat["small_s"] > 0 and flat["large_s"] > 0
    assert growth.measure(square, 20_000, 80_000, pairs=1, min_s=0.01)["verdict"] == "MISS"


def test_places_benchmark_takes_every_figure() -> None:
    """benchmarks/places.py asks the questions parse_text asks, in fresh interpreters, and
    counts the words the forms table could not read (a comma attached, a number)."""
    places_bench = _load("places", "cwlib_bench_places")
    files = sorted(str(p) for p in (ROOT / "tests" / "genre").glob("h2_*.txt"))[:3]
    figures = places_bench.measure(files, repeat=1)
    assert figures["pages"] == len(files) == 3
    assert figures["questions"] > 0 and figures["words"] > 0
    assert 0 <= figures["fallback"] <= figures["words"]
    assert figures["cold_us_mean"] > 0 and figures["parse_ms_per_page"] > 0
    assert 0 < figures["places_share_pct"] < 100
