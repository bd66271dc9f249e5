"""Shared test helpers: a real PDF made in the test, as a PDF producer writes one."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest


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
