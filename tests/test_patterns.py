"""The compiled-pattern cache: a pattern from the file is the one ``re.compile`` makes.

The cache only saves start-up time, so every test here checks the one thing that could go
wrong for a user: a pattern that differs from ``re.compile``'s (and so a fact read
differently), or an error where the cache cannot be read or written.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cwlib import paths, patterns

_SAMPLES: list[tuple[str | bytes, int]] = [
    (r"\d+", 0),
    (r"(?P<amount>\d[\d\s.,]*)\s*(?P<unit>eur|Eur|EUR|€)", 0),
    (r"(?i:projekto)\s+(?P<what>vertė|trukmė)", 0),
    ("(?x) a b c  # inline verbose flag, added by the parser", 0),
    (
        r"""
        (?<![^\W\d_])(?:mokiniai|mokytojai)   # people counted
        (?![^\W\d_])                          # a whole word
        """,
        re.VERBOSE,
    ),
    (r"partneri[sų]\b", re.IGNORECASE | re.MULTILINE),
    (rb"[\x80-\xff]+", 0),
    (rb"(?P<digits>[0-9]{2,})", 0),
]


def _run(code: str, cache: str) -> dict[str, object]:
    """Run code in a fresh interpreter with ``CWLIB_CACHE`` set; it prints one JSON object."""
    env = {**os.environ, "CWLIB_CACHE": cache}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


_EVERY_PATTERN = """
import json, re, pathlib
from cwlib.parse.pipeline import parse_text
import cwlib.export.brief, cwlib.analyse.analysis, cwlib.read.markup, cwlib.read.pdf
from cwlib import paths, patterns
for p in sorted(paths.RAW_DIR.glob("*.txt")):
    parse_text(p.read_text(encoding="utf-8"), p.name)
same = all(patterns.compiled(p, f) == re.compile(p, f) for p, f in patterns._used)
print(json.dumps({"missed": patterns._missed, "used": len(patterns._used), "same": same}))
"""


def test_every_pattern_of_the_package_is_re_compiles_from_the_file(tmp_path: Path) -> None:
    first = _run(_EVERY_PATTERN, str(tmp_path))
    assert first["used"] and first["missed"] and first["same"]
    assert patterns.cache_file() is not None
    assert len(list(tmp_path.glob("patterns-*.marshal"))) == 1
    second = _run(_EVERY_PATTERN, str(tmp_path))
    assert second == {"missed": 0, "used": first["used"], "same": True}


def test_a_pattern_text_is_the_same_in_every_process(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Patterns built from sets must not depend on the hash seed: the file's keys would
    differ in each process and every start would compile again."""
    for seed in ("1", "2"):
        monkeypatch.setenv("PYTHONHASHSEED", seed)
        result = _run(_EVERY_PATTERN, str(tmp_path))
    assert result["missed"] == 0


@pytest.mark.parametrize(("pattern", "flags"), _SAMPLES, ids=[repr(p)[:40] for p, _ in _SAMPLES])
def test_an_entry_rebuilds_re_compiles_pattern(pattern: str | bytes, flags: int) -> None:
    entry = patterns._entry(pattern, flags)
    made = patterns._made(pattern, entry)
    assert made == re.compile(pattern, flags)
    assert made.groupindex == re.compile(pattern, flags).groupindex
    assert made.flags == re.compile(pattern, flags).flags


def _fresh(monkeypatch: pytest.MonkeyPatch, cache: Path | str) -> None:
    """This process's cache state as a new process would have it, with ``cache`` as folder."""
    monkeypatch.setenv("CWLIB_CACHE", str(cache))
    monkeypatch.setattr(patterns, "_loaded", None)
    monkeypatch.setattr(patterns, "_used", {})
    monkeypatch.setattr(patterns, "_missed", 0)


def test_the_file_round_trips_in_one_process(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _fresh(monkeypatch, tmp_path)
    before = [patterns.compiled(p, f) for p, f in _SAMPLES]
    assert patterns._missed == len(_SAMPLES)
    patterns._write()
    _fresh(monkeypatch, tmp_path)
    after = [patterns.compiled(p, f) for p, f in _SAMPLES]
    assert patterns._missed == 0
    assert after == before == [re.compile(p, f) for p, f in _SAMPLES]
    assert after[1].match("1 200,50 Eur").group("unit") == "Eur"


def test_a_broken_file_is_ignored_and_replaced(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _fresh(monkeypatch, tmp_path)
    path = patterns.cache_file()
    assert path is not None
    path.write_bytes(b"not a marshal file \x00\xff")
    assert patterns.compiled(r"\d+") == re.compile(r"\d+")
    assert patterns._missed == 1
    patterns._write()
    _fresh(monkeypatch, tmp_path)
    assert patterns.compiled(r"\d+") == re.compile(r"\d+")
    assert patterns._missed == 0


def test_a_foreign_entry_is_compiled_afresh(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """An entry whose code the engine refuses (another build wrote it) costs a compile,
    never a wrong pattern or an error."""
    _fresh(monkeypatch, tmp_path)
    monkeypatch.setattr(patterns, "_loaded", {(r"\d+", 0): (32, b"\x01\x02", 0, {}, (None,))})
    assert patterns.compiled(r"\d+") == re.compile(r"\d+")
    assert patterns._missed == 1


def test_an_invalid_pattern_raises_re_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _fresh(monkeypatch, tmp_path)
    with pytest.raises(re.error):
        patterns.compiled(r"(unclosed")


def test_off_writes_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _fresh(monkeypatch, "off")
    assert paths.cache_dir() is None and patterns.cache_file() is None
    assert patterns.compiled(r"[a-z]+") == re.compile(r"[a-z]+")
    patterns._write()
    assert not any(tmp_path.iterdir())


def test_an_unwritable_folder_is_no_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    _fresh(monkeypatch, blocker / "cache")
    assert patterns.compiled(r"\w+") == re.compile(r"\w+")
    patterns._write()  # the folder cannot be made: nothing happens
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_full_file_keeps_only_what_its_process_used(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _fresh(monkeypatch, tmp_path)
    monkeypatch.setattr(patterns, "_LIMIT", 5)
    for i in range(8):
        patterns.compiled(rf"x{{{i}}}")
    patterns._write()
    _fresh(monkeypatch, tmp_path)
    monkeypatch.setattr(patterns, "_LIMIT", 5)
    patterns.compiled(r"y+")
    patterns._write()
    kept = patterns._read(patterns.cache_file())
    assert list(kept) == [("y+", 0)]


def test_the_cache_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CWLIB_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    assert paths.cache_dir() == Path("/somewhere/cache/cwlib")
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert paths.cache_dir() == Path.home() / ".cache" / "cwlib"
    for off in ("off", "", "0"):
        monkeypatch.setenv("CWLIB_CACHE", off)
        assert paths.cache_dir() is None


_PLAIN_RE_COMPILE = {"patterns.py", "privacy.py"}
"""The modules that may call ``re.compile`` in code: this one, and privacy, whose patterns
are built from the user's tables (names to redact) and would only grow the file."""


def test_the_package_compiles_its_patterns_through_the_cache() -> None:
    import ast

    found = []
    for path in sorted(paths.PACKAGE_DIR.rglob("*.py")):
        if path.name in _PLAIN_RE_COMPILE:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "compile"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
            ):
                found.append(f"{path.relative_to(paths.PACKAGE_DIR)}:{node.lineno}")
    assert not found, f"re.compile instead of cwlib.patterns.compiled: {found}"
