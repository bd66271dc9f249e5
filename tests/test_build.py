"""The build: bad input, atomic replacement, byte-identical rebuilds, --jobs, the CLI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cwlib import paths
from cwlib.build.load import TableError, load
from cwlib.build.pipeline import BuildError, build
from cwlib.cli import main
from cwlib.read.source import read_source
from cwlib.schema import TABLES

GOOD = """Projekto pavadinimas: Kūrybinės dirbtuvės pajūryje

Projektą finansuoja Interreg Lietuvos ir Lenkijos bendradarbiavimo per sieną programa.
Bendra projekto vertė – 48 000 Eur, iš jų Europos Sąjungos lėšos – 40 800 Eur.
Projekto trukmė – 24 mėn., nuo 2019 m. sausio 1 d. iki 2020 m. gruodžio 31 d.
Projekto partneriai:
• Gdansko miesto savivaldybė | PL
• Klaipėdos miesto savivaldybė | LT
"""


def _copy_seeds(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for path in paths.RAW_DIR.glob("*.txt"):
        shutil.copy(path, target / path.name)
    return target


def test_committed_tables_rebuild_byte_for_byte(tmp_path: Path) -> None:
    out = tmp_path / "clean"
    build(paths.RAW_DIR, out, jobs=1)
    committed = sorted(p.name for p in paths.CLEAN_DIR.iterdir())
    assert sorted(p.name for p in out.iterdir()) == committed
    for name in committed:
        assert (out / name).read_bytes() == (paths.CLEAN_DIR / name).read_bytes(), (
            f"{name} differs: run `make build`"
        )


def test_jobs_give_identical_bytes(tmp_path: Path) -> None:
    raw = _copy_seeds(tmp_path / "raw")
    for i in range(120):  # enough texts for the build to start its pool of processes
        (raw / f"extra_{i:03d}.txt").write_text(
            GOOD.replace("pajūryje", f"pajūryje {i}"), encoding="utf-8"
        )
    build(raw, tmp_path / "one", jobs=1)
    build(raw, tmp_path / "two", jobs=2)
    for table in TABLES.values():
        assert (tmp_path / "one" / table.filename).read_bytes() == (
            tmp_path / "two" / table.filename
        ).read_bytes()


def test_bad_inputs_are_skipped_with_reasons(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text(GOOD, encoding="utf-8")
    (raw / "empty.txt").write_bytes(b"")
    (raw / "random.txt").write_bytes(os.urandom(4096).replace(b"\x00", b"\x01") + b"\x00")
    (raw / "baltic.txt").write_bytes(GOOD.replace("pajūryje", "Šiauliuose").encode("cp1257"))
    (raw / "page.html").write_text(
        "<html><head><script>alert(1)</script></head><body><nav>Meniu</nav>"
        + "".join(f"<p>{line}</p>" for line in GOOD.replace("pajūryje", "Panevėžyje").splitlines())
        + "</body></html>",
        encoding="utf-8",
    )
    (raw / "noproject.txt").write_text(
        "Šiandien lijo. Rytoj bus saulėta ir šilta.", encoding="utf-8"
    )
    report = build(raw, tmp_path / "clean", jobs=1)
    skipped = dict(report.skipped)
    assert set(skipped) == {"empty.txt", "random.txt", "noproject.txt"}
    assert "empty" in skipped["empty.txt"]
    assert "binary" in skipped["random.txt"]
    assert "no recognisable project" in skipped["noproject.txt"]
    tables = load(tmp_path / "clean")
    sources = ";".join(tables.projects["sources"])
    assert "baltic.txt" in sources and "page.html" in sources and "good.txt" in sources
    titles = set(tables.projects["title"])
    assert "Kūrybinės dirbtuvės Šiauliuose" in titles  # Windows-1257 decoded correctly
    assert not any("alert" in q for q in tables.budgets["quote"])


def test_every_quote_is_in_its_source(tmp_path: Path) -> None:
    raw = _copy_seeds(tmp_path / "raw")
    build(raw, tmp_path / "clean")
    tables = load(tmp_path / "clean")
    texts = {p.name: read_source(p) for p in raw.iterdir()}
    for name, frame in tables.items():
        if "quote" not in frame.columns:
            continue
        for _, row in frame.iterrows():
            assert row["quote"] in texts[row["source"]], (
                f"{name}: {row['quote']!r} not in {row['source']}"
            )


def test_failed_build_leaves_old_tables(tmp_path: Path) -> None:
    out = tmp_path / "clean"
    build(paths.RAW_DIR, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "empty.txt").write_bytes(b"")
    with pytest.raises(BuildError, match="nothing could be built"):
        build(raw, out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_cli_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "empty.txt").write_bytes(b"")
    assert main(["build", "--raw", str(raw), "--out", str(tmp_path / "o"), "-q"]) == 1
    assert "empty.txt: the file is empty" in capsys.readouterr().err
    (raw / "good.txt").write_text(GOOD, encoding="utf-8")
    assert main(["build", "--raw", str(raw), "--out", str(tmp_path / "o"), "-q"]) == 0
    assert "skipped empty.txt" in capsys.readouterr().err


def test_python_dash_m(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "cwlib",
            "build",
            "--raw",
            str(paths.RAW_DIR),
            "--out",
            str(tmp_path / "c"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "c" / "projects.csv").exists()


def test_load_dtypes() -> None:
    tables = load(paths.CLEAN_DIR)
    assert set(tables) == set(TABLES) - {"contacts"}  # personal data: only when asked for
    assert set(load(paths.CLEAN_DIR, include_contacts=True)) == set(TABLES)
    assert str(tables.budgets["amount_eur"].dtype) == "float64"
    assert str(tables.budgets["item"].dtype) == "category"
    assert str(tables.events["earliest"].dtype).startswith("datetime64")
    assert str(tables.projects["duration_months"].dtype) == "Int64"
    assert list(tables.partners.columns) == TABLES["partners"].columns


def test_load_honours_cwlib_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build(paths.RAW_DIR, tmp_path / "elsewhere")
    monkeypatch.setenv("CWLIB_DATA", str(tmp_path / "elsewhere"))
    assert load().folder == tmp_path / "elsewhere"


def test_load_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(TableError, match="cwlib build"):
        load(tmp_path)
