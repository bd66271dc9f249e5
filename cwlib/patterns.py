"""Regular expressions compiled once per machine, not once per process.

Why: the readers hold some 700 patterns, most of them verbose ones assembled from the
lexicon, and CPython turns each into the regex engine's code in pure Python (its parser and
compiler), every time a process imports them: 0.3–0.9 s a process, most of what a
``cwlib build`` of a few pages, a brief (which redacts with the personal-data patterns) or a
notebook's kernel spends before its first line of work. The engine's code depends only on
the pattern's text, its flags and the Python build, so :func:`compiled` keeps it in a file
(:func:`cwlib.paths.cache_dir`) and hands it straight to the engine in the next process.

A pattern from the cache is the very object ``re.compile`` would make (``==`` holds: same
text, flags and code; the tests compare every pattern of the package). The cache is only a
shortcut: a missing, unreadable or foreign file, another Python, a failure to write, or
``CWLIB_CACHE=off`` leave ``re.compile``'s behaviour and results exactly as they are.

It relies on two internals of CPython's ``re`` (``re._parser.parse``, ``re._compiler._code``)
and on ``_sre.compile``'s arguments, stable from 3.11 to 3.13; the file name carries the
Python version and the engine's magic number, and any error falls back to ``re.compile``.
"""

from __future__ import annotations

import atexit
import importlib
import marshal
import os
import re
import sys
from array import array
from pathlib import Path
from typing import Any, AnyStr

from cwlib import paths

try:  # CPython's engine and its pure-Python front end (no stubs for either: typed Any)
    import _sre

    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - another Python: no cache, plain re.compile
    _sre = None

_Key = tuple[str | bytes, int]
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
"""What ``_sre.compile`` takes besides the text: the flags after parsing (inline flags and
the implicit UNICODE added), the code (kept as the bytes of an unsigned array: marshal
reads 2 MB of them ten times faster than the same numbers as a list), the number of groups,
and the group names both ways."""

_LIMIT = 4000
"""Entries a file may hold before a write keeps only the patterns its process used: the
package's own are about 700, and a pattern built from changing input must not grow the file
for ever."""

_loaded: dict[_Key, _Entry] | None = None
_used: dict[_Key, _Entry] = {}
_missed = 0
_registered = False
_pid = os.getpid()

_CODE_TYPE = "I"
"""The array type whose items are the engine's code words (``_sre.CODESIZE`` bytes)."""
_USABLE = _sre is not None and array(_CODE_TYPE).itemsize == getattr(_sre, "CODESIZE", 0)
"""Whether this Python's engine is one the cache knows how to feed."""


def cache_file() -> Path | None:
    """This Python's cache file, or None when the cache is off or cannot be used here."""
    folder = paths.cache_dir()
    if folder is None or not _USABLE:
        return None
    version = f"{sys.implementation.name}{sys.version_info[0]}{sys.version_info[1]}"
    return folder / f"patterns-{version}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"


def _read(path: Path | None) -> dict[_Key, _Entry]:
    """The entries of a cache file; empty when it is missing or not one of ours."""
    if path is None:
        return {}
    try:
        with open(path, "rb") as f:
            data = marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def _entry(pattern: str | bytes, flags: int) -> _Entry:
    """Parse and translate a pattern as ``re._compiler.compile`` does, keeping the pieces."""
    parsed = _parser.parse(pattern, flags)
    code = array(_CODE_TYPE, _compiler._code(parsed, flags))
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    flags_after = int(flags | parsed.state.flags)
    return flags_after, code.tobytes(), parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _made(pattern: AnyStr, entry: _Entry) -> re.Pattern[AnyStr]:
    """The engine's pattern object from an entry, as ``re._compiler.compile`` makes it."""
    flags, raw, groups, groupindex, indexgroup = entry
    code = array(_CODE_TYPE)
    code.frombytes(raw)
    made: re.Pattern[AnyStr] = _sre.compile(
        pattern, flags, code.tolist(), groups, groupindex, indexgroup
    )
    return made


def compiled(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, from this machine's cache when the pattern is in it.

    Call it where a module compiles its patterns once (at import, or the first time a
    pattern is needed), not for one-off patterns built from data: those would only grow
    the file, and it skips ``re``'s own in-process cache.
    """
    global _loaded, _missed, _registered
    if not _USABLE or flags & re.DEBUG:
        return re.compile(pattern, flags)
    if _loaded is None:
        _loaded = _read(cache_file())
    key = (pattern, int(flags))
    entry = _loaded.get(key)
    if entry is not None:
        try:
            made = _made(pattern, entry)
        except (TypeError, ValueError, RuntimeError):
            pass  # not this engine's code after all: compile it afresh below
        else:
            _used[key] = entry
            return made
    try:
        entry = _entry(pattern, int(flags))
        made = _made(pattern, entry)
    except re.error:
        raise
    except Exception:  # the internals are not what this module expects: plain re
        return re.compile(pattern, flags)
    if not _registered:
        atexit.register(_write)
        _registered = True
    _missed += 1
    _used[key] = entry
    return made


def _write() -> None:
    """Add this process's new patterns to the file (at exit, once, by the process that
    compiled them), replacing it whole so that a reader never sees half a file."""
    path = cache_file()
    if path is None or not _missed or os.getpid() != _pid:
        return
    entries = {**_read(path), **_used}
    if len(entries) > _LIMIT:
        entries = dict(_used)
    import tempfile  # only a process that compiled something new writes: keep imports light

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    except OSError:
        return  # a read-only home: the next process compiles again
    try:
        with os.fdopen(fd, "wb") as f:
            marshal.dump(entries, f)
        os.replace(tmp, path)
    except (OSError, ValueError):
        Path(tmp).unlink(missing_ok=True)  # a full disk: leave the old file as it was
