"""Shared test helpers: a real PDF made in the test, as a PDF producer writes one; the texts
every pattern-gating test runs over (seeds, genre texts and generated pages); a hang ceiling
for the tests of hostile input."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import importlib.util
import sys

# Imported now, not on first use: pytest's hook for exceptions Python had to drop imports
# tracemalloc the first time one arrives, and the build tests' time limit drops some on
# purpose (its timer fires every few hundredths of a second once a file's time is up, in
# whatever runs). An import is slow enough for the timer to land inside the hook itself,
# which pytest then reports as an error of its own ("Failed to process unraisable exception").
import tracemalloc  # noqa: F401
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import settings

# No wall-clock deadline for any property test: hypothesis's default (200 ms an example)
# is a timed test, and on a loaded host an example of a parser over a generated page takes
# longer without anything being wrong (a 298 ms example failed a helper's suite at load 8).
# Speed is measured by `make bench`; a hang is caught by the tests' own ceilings.
settings.register_profile("cwlib", deadline=None)
settings.load_profile("cwlib")


def make_pdf(pages: Sequence[Sequence[str]], justify: bool = False) -> bytes:
    """A PDF with one text line per string, one list per page (made once per content)."""
    return _make_pdf(tuple(tuple(lines) for lines in pages), justify)


@functools.cache
def _make_pdf(pages: tuple[tuple[str, ...], ...], justify: bool) -> bytes:
    """The PDF, its text in an embedded TrueType font.

    fpdf2 embeds a subset of DejaVu Sans (shipped with matplotlib, so no system font is
    needed) with the map from glyphs back to Unicode, as office suites do, so Lithuanian
    letters are real text in the file.
    """
    import matplotlib
    from fpdf import FPDF

    font = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    pdf = FPDF()
    pdf.set_creation_date(dt.datetime(2024, 5, 6, tzinfo=dt.UTC))  # the same bytes every run
    pdf.add_font("DejaVu", "", str(font))
    for lines in pages:
        pdf.add_page()
        pdf.set_font("DejaVu", size=11)
        for line in lines:
            if justify:
                pdf.multi_cell(0, 7, line, align="J", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.fixture
def pdf_maker() -> Callable[..., bytes]:
    return make_pdf


def benchmark_script(name: str) -> ModuleType:
    """A script of ``benchmarks/`` (not a package: it is not shipped), imported once under its
    own name, the name the benchmark's scripts import each other by."""
    if name in sys.modules:
        return sys.modules[name]
    from cwlib import paths

    spec = importlib.util.spec_from_file_location(name, paths.ROOT / "benchmarks" / f"{name}.py")
    assert spec and spec.loader
    module = sys.modules[name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # (in sys.modules first: its dataclasses look it up)
    return module


@functools.cache
def sample_texts(seed: int) -> tuple[str, ...]:
    """The seeds, the genre texts and 150 generated pages (``benchmarks/make_corpus.py`` with
    ``seed``): the texts the tests of a fast path compare it with the plain search on."""
    from cwlib import paths
    from cwlib.read.source import read_source

    corpus = benchmark_script("make_corpus")
    texts = [read_source(p) for p in sorted(paths.RAW_DIR.glob("*.txt"))]
    texts += [
        read_source(p)
        for p in sorted((paths.ROOT / "tests" / "genre").iterdir())
        if p.suffix in (".txt", ".html")
    ]
    texts += [text for _name, text, _truth in corpus.generate(150, seed=seed)]
    return tuple(texts)


def assert_made_as_own(made: Any) -> None:
    """``made`` (a frozen dataclass instance made without its ``__init__``, by
    :mod:`cwlib.parse.frozen`) is the instance its class's own ``__init__`` makes from its
    fields: equal, same hash and repr, the same attributes in the same order, still frozen."""
    kind = type(made)
    fields = dataclasses.fields(kind)
    own = kind(**{f.name: getattr(made, f.name) for f in fields})
    assert made == own and hash(made) == hash(own) and repr(made) == repr(own)
    assert list(vars(made)) == list(vars(own))
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(made, fields[0].name, None)


@contextlib.contextmanager
def cpu_ceiling(seconds: float, what: str) -> Iterator[None]:
    """Stop the body, and fail the test, once it has taken ``seconds`` of CPU time.

    A guard against catastrophic backtracking on hostile input, so that a regression fails
    one test instead of hanging the suite; never a performance target: ``seconds`` is set
    far above the body's normal time (each caller says how far), and how time grows with
    the input is measured by `make bench` (benchmarks/growth.py). The build's own per-file
    limit does the stopping (a CPU timer: a busy machine does not bring it closer).
    """
    from cwlib.build.pipeline import _OverTime, _time_limit

    try:
        with _time_limit(seconds):
            yield
    except _OverTime:
        pytest.fail(f"{what}: stopped after {seconds:g} s of CPU time (a hang?)", pytrace=False)
