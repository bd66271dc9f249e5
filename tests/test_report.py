"""Reports are published: nothing in them runs, and no personal data is in them by default.

A quote comes from a third-party page and can hold anything, ``<script>`` included; the
notebooks show quotes in Markdown, which lets HTML through. ``make_safe`` is checked on its own
and then on a real run of the data-tour notebook over tables built from a hostile page.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import nbformat
import pytest

from cwlib import paths
from cwlib.export.privacy import Redactor
from cwlib.export.report import make_safe, run_reports, safe_html

HOSTILE = """Projekto pavadinimas: Kūrybinės dirbtuvės Šilutėje

Projektą finansuoja Interreg Lietuvos ir Lenkijos bendradarbiavimo per sieną programa.
Bendra projekto vertė <script>alert(1)</script> (skaičiavo vadovė rasa petraitienė tel. 00370 612 34567) <img src=x onerror=alert(2)> [spausti](javascript:alert(3)) – 10 000 Eur, iš jų ES lėšos – 40 800 Eur.
Projekto trukmė – 24 mėn., nuo 2019 m. sausio 1 d. iki 2020 m. gruodžio 31 d.
Projekto partneriai:
• Gdansko miesto savivaldybė | PL
• Klaipėdos miesto savivaldybė | LT
"""
LIVE = re.compile(r"<script>alert|<img[^>]*onerror|href=\"javascript:", re.IGNORECASE)
PERSONAL = ("petraitien", "612 34567")


def _notebook(outputs: list[dict]) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("x")
    cell.outputs = [nbformat.from_dict(o) for o in outputs]
    nb.cells.append(cell)
    return nb


def test_outputs_are_sanitised_and_redacted() -> None:
    quote = "vertė <script>alert(1)</script> vadovė rasa petraitienė, tel. 00370 612 34567"
    nb = _notebook(
        [
            {
                "output_type": "display_data",
                "metadata": {},
                "data": {"text/markdown": f"> {quote}"},
            },
            {
                "output_type": "execute_result",
                "metadata": {},
                "execution_count": 1,
                "data": {
                    "text/html": f"<table><tr><td onclick='x()'>{quote}<img src=x onerror=y()></td></tr></table>",
                    "text/plain": quote,
                },
            },
            {
                "output_type": "display_data",
                "metadata": {},
                "data": {"application/javascript": "alert(4)"},
            },
            {"output_type": "stream", "name": "stdout", "text": quote},
        ]
    )
    make_safe(nb, Redactor())
    outputs = nb.cells[0].outputs
    html = "\n".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert not LIVE.search(html) and "onclick" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown, as text
    assert all("text/markdown" not in o.get("data", {}) for o in outputs)
    assert "application/javascript" not in outputs[2]["data"]
    text = nbformat.writes(nb)
    assert not any(p in text for p in PERSONAL)
    assert "[name removed]" in text and "[phone removed]" in text


def test_safe_html_keeps_what_the_notebooks_show() -> None:
    import pandas as pd

    table = pd.DataFrame({"a": ["<b>x</b>"], "b": [1.5]})._repr_html_()
    assert safe_html(table).count("<td>") == table.count("<td>")
    assert "<style scoped>" in safe_html(table)
    for markup in ("<h2>Title</h2>", "<ul>\n<li><strong>x</strong> <code>y</code></li>\n</ul>"):
        assert safe_html(markup) == markup


@pytest.mark.slow
def test_a_hostile_quote_reaches_the_report_as_text(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    from cwlib.build.pipeline import build

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    build(raw, tmp_path / "clean", time_limit=None)
    findings = (tmp_path / "clean" / "findings.csv").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" in findings and "petraitienė" in findings
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    shutil.copy(paths.NOTEBOOKS_DIR / "00_data_tour.ipynb", notebooks)
    capfd.readouterr()
    assert run_reports(tmp_path / "clean", tmp_path / "reports", notebooks) == 0
    # the kernels talk over local sockets: no "running over TCP without encryption" per notebook
    assert "WARNING" not in capfd.readouterr().err
    page = (tmp_path / "reports" / "notebooks" / "00_data_tour.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the quote is shown, as text
    assert not LIVE.search(page)
    assert not any(p in page for p in PERSONAL)
