"""Writing the tables: one atomic swap, builds killed at every step, concurrent builds, modes.

The kill tests run a real build in a child process that sends itself SIGKILL at one chosen
step (the n-th file written, before the swap, in the middle of removing the old folder, between
the renames of the fallback swap), then check what a reader of the folder would find: the old
tables or the new ones, complete, never a mixture and never nothing; and that the next build
removes what the killed one left.
"""

from __future__ import annotations

import csv
import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cwlib.build import write
from cwlib.build.pipeline import build
from cwlib.build.write import OutputError, own_files
from cwlib.schema import TABLES

OLD = """Projekto pavadinimas: Senosios dirbtuvės prie upės

Projektą finansuoja Interreg Lietuvos ir Lenkijos bendradarbiavimo per sieną programa.
Bendra projekto vertė – 48 000 Eur, iš jų Europos Sąjungos lėšos – 40 800 Eur.
Projekto partneriai:
• Gdansko miesto savivaldybė | PL
• Klaipėdos miesto savivaldybė | LT
"""
NEW = OLD.replace("Senosios dirbtuvės prie upės", "Naujosios dirbtuvės prie jūros").replace(
    "48 000", "52 000"
)

CHILD = """
import os, shutil, signal, sys
from pathlib import Path

raw, out, point, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
from cwlib.build import write
from cwlib.build.pipeline import build

calls = {"n": 0}

def kill_at_call(real):
    def wrapper(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == n:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)
    return wrapper

if point == "write":            # the n-th table file written into the new folder
    Path.write_bytes = kill_at_call(Path.write_bytes)
elif point == "chmod":          # everything written, just before the swap
    os.chmod = kill_at_call(os.chmod)
elif point == "cleanup":        # swapped; the n-th file of the old folder being removed
    os.unlink = kill_at_call(os.unlink)
elif point == "fallback":       # no exchange available: the n-th of the three renames
    write._exchange = lambda a, b: False
    os.rename = kill_at_call(os.rename)
build(raw, out, jobs=1, time_limit=None)
sys.exit(3)  # not killed: the point was never reached
"""

POINTS = [
    *(("write", n) for n in range(1, len(own_files()) + 1)),
    ("chmod", 1),
    ("cleanup", 1),
    ("cleanup", 4),
    ("fallback", 1),
    ("fallback", 2),
    ("fallback", 3),
]


def _tables(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in own_files()}


def _leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.startswith("."))


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Two raw folders and the tables each builds to."""
    base = tmp_path_factory.mktemp("corpora")
    out: dict[str, object] = {}
    for name, text in (("old", OLD), ("new", NEW)):
        raw = base / f"raw_{name}"
        raw.mkdir()
        (raw / f"{name}.txt").write_text(text, encoding="utf-8")
        build(raw, base / f"clean_{name}", time_limit=None)
        out[name] = raw
        out[f"{name}_tables"] = _tables(base / f"clean_{name}")
    return out


@pytest.mark.parametrize(("point", "n"), POINTS, ids=[f"{p}-{n}" for p, n in POINTS])
def test_a_build_killed_at_any_step_leaves_whole_tables(
    tmp_path: Path, corpora: dict[str, object], point: str, n: int
) -> None:
    out = tmp_path / "clean"
    build(corpora["old"], out, time_limit=None)
    os.chmod(out, 0o750)
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(corpora["new"]), str(out), point, str(n)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert child.returncode == -9, child.stderr  # killed at the chosen step
    if out.exists():
        assert _tables(out) in (corpora["old_tables"], corpora["new_tables"])
    else:
        # only between the two renames of the fallback swap: the old tables wait to be put back
        assert point == "fallback" and n == 2
    build(corpora["new"], out, time_limit=None)
    assert _tables(out) == corpora["new_tables"]
    assert _leftovers(tmp_path) == []
    assert stat.S_IMODE(out.stat().st_mode) == 0o750


def test_a_folder_left_between_the_fallback_renames_is_put_back(
    tmp_path: Path, corpora: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "clean"
    build(corpora["old"], out, time_limit=None)
    os.rename(out, tmp_path / ".clean-old-4242")  # what a kill between the renames leaves
    write._recover(out)
    assert _tables(out) == corpora["old_tables"]
    assert _leftovers(tmp_path) == []


def test_the_swap_is_one_exchange(tmp_path: Path, corpora: dict[str, object], monkeypatch) -> None:
    renames: list[tuple[str, str]] = []
    real = os.rename
    monkeypatch.setattr(os, "rename", lambda a, b: renames.append((a, b)) or real(a, b))
    out = tmp_path / "clean"
    build(corpora["old"], out, time_limit=None)
    build(corpora["new"], out, time_limit=None)
    assert len(renames) == 1  # the first build's only: the second exchanged the folders
    assert _tables(out) == corpora["new_tables"]


def test_stale_temporary_folders_are_removed(tmp_path: Path, corpora: dict[str, object]) -> None:
    out = tmp_path / "clean"
    build(corpora["old"], out, time_limit=None)
    for name in (".clean-new-abc123", ".clean-old-99999"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "budgets.csv").write_text("half", encoding="utf-8")
    (tmp_path / ".other-new-abc").mkdir()  # not ours: left alone
    build(corpora["new"], out, time_limit=None)
    assert _leftovers(tmp_path) == [".other-new-abc"]


def test_a_new_folder_gets_the_usual_mode(tmp_path: Path, corpora: dict[str, object]) -> None:
    umask = os.umask(0o022)
    try:
        build(corpora["old"], tmp_path / "clean", time_limit=None)
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "clean").stat().st_mode) == 0o755


def test_concurrent_builds_into_one_folder_take_turns(
    tmp_path: Path, corpora: dict[str, object]
) -> None:
    out = tmp_path / "clean"
    code = "import sys; from cwlib.cli import main; sys.exit(main(sys.argv[1:]))"
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                code,
                "build",
                "--raw",
                str(corpora[name]),
                "--out",
                str(out),
                "-q",
            ],
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("old", "new", "old", "new")
    ]
    for child in children:
        _, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
    assert _tables(out) in (corpora["old_tables"], corpora["new_tables"])
    assert _leftovers(tmp_path) == []


def test_a_build_that_cannot_get_its_turn_says_so(
    tmp_path: Path, corpora: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    import fcntl

    monkeypatch.setattr(write, "LOCK_WAIT_S", 0.3)
    fd = os.open(tmp_path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # another build holds the folder
        with pytest.raises(OutputError, match="another build"):
            build(corpora["old"], tmp_path / "clean", time_limit=None)
    finally:
        os.close(fd)
    assert not (tmp_path / "clean").exists()


def test_an_unwritable_parent_is_one_line(
    tmp_path: Path, corpora: dict[str, object], capsys
) -> None:
    from cwlib.cli import main

    locked = tmp_path / "locked"
    locked.mkdir()
    os.chmod(locked, 0o555)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        code = main(["build", "--raw", str(corpora["old"]), "--out", str(locked / "clean"), "-q"])
    finally:
        os.chmod(locked, 0o755)
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "cannot write" in err


def test_an_out_folder_under_a_file_is_one_line(
    tmp_path: Path, corpora: dict[str, object], capsys
) -> None:
    from cwlib.cli import main

    (tmp_path / "notes.txt").write_text("not a folder", encoding="utf-8")
    out = tmp_path / "notes.txt" / "clean"
    assert main(["build", "--raw", str(corpora["old"]), "--out", str(out), "-q"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot write" in err and "Traceback" not in err
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "not a folder"


# --- the cells ------------------------------------------------------------------------------

_NUMBER_CELLS = st.one_of(
    st.none(),
    st.just(""),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_infinity=False, width=32),
)
_ANY_CELLS = st.one_of(
    _NUMBER_CELLS,
    st.text(alphabet=st.sampled_from('ab ,"\n\r;ą€0.'), max_size=6),
    st.booleans(),
)


def _cell_by_cell(table_name: str, rows: list[dict[str, object]]) -> bytes:
    """The table as the schema's formatting rule says, one ``_format`` call a cell."""
    table = TABLES[table_name]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(table.columns)
    for row in rows:
        writer.writerow([write._format(row.get(f.name), f.type, f.name) for f in table.fields])
    return buffer.getvalue().encode("utf-8")


@settings(max_examples=150, deadline=None)
@given(
    table_name=st.sampled_from(sorted(TABLES)),
    data=st.data(),
)
def test_every_cell_is_written_as_the_formatting_rule_says(table_name: str, data) -> None:
    """The column-at-a-time writer passes strings and None to the csv module untouched: a
    column holding anything else (a NaN in a string column, a number in a text one) must still
    come out as ``_format`` writes it, and so must rows that lack a column."""
    fields = TABLES[table_name].fields
    columns = [f.name for f in fields]
    cells = {
        f.name: _NUMBER_CELLS if f.type in ("number", "integer") else _ANY_CELLS for f in fields
    }
    rows = data.draw(st.lists(st.fixed_dictionaries(cells), max_size=5))
    assert write._csv_bytes(TABLES[table_name], rows) == _cell_by_cell(table_name, rows)
    if rows and data.draw(st.booleans()):
        del rows[-1][columns[-1]]
        assert write._csv_bytes(TABLES[table_name], rows) == _cell_by_cell(table_name, rows)


@pytest.mark.parametrize("name", ["amount", "amount_eur", "lat", "lon", "count", "difference"])
def test_a_number_column_in_one_pass_is_written_as_cell_by_cell(name: str) -> None:
    """``_number_cells`` (a number column of floats, ints and None) gives ``_format``'s cells,
    infinities, NaN, negative zero and integers too large for a float's exactness included."""
    values = [None, 0, -0.0, 1, 2.5, 1e21, 10**20 + 1, float("inf"), -float("inf"), float("nan")]
    expected = [write._format(v, "number", name) for v in values]
    assert write._number_cells(values, name) == expected
