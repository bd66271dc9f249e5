"""Execute every notebook into an HTML report and save every figure, in English and Lithuanian.

What ``cwlib report`` (and so ``make run``) does. The committed notebooks are read, executed
in memory from a clean kernel and never written back, so ``git status`` stays clean; the
results go to ``<out>/notebooks/<name>.html`` and ``<out>/figures/<figure>[_lt].{png,svg}``.
The kernels get ``CWLIB_DATA`` (the tables to analyse) and ``CWLIB_FIGURES`` (where
:mod:`cwlib.analyse.plots` saves each figure it draws). Notebooks run concurrently, one kernel per
core, because kernel start-up and imports dominate their run time; the Lithuanian versions of
the figures are drawn meanwhile in a process of their own.

A report is published, and what it shows comes from third-party pages: every output is made
safe before it becomes HTML (:func:`make_safe`): personal data removed as in the briefs (unless
``include_contacts``), Markdown and HTML passed through an allow-list sanitiser, so a quote
holding ``<script>`` shows as text and never runs.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from cwlib import paths
from cwlib.export.privacy import Redactor

__all__ = [
    "NotebookRun",
    "execute_notebooks",
    "make_safe",
    "notebook_paths",
    "provenance_footer",
    "run_reports",
    "safe_html",
    "save_figures",
]

KERNEL = "python3"
TIMEOUT_S = 300
"""Per cell: a generous ceiling; the whole set takes seconds."""


@dataclass
class NotebookRun:
    """One executed notebook: where its HTML went, how long it took, and its error if any."""

    name: str
    html: Path
    seconds: float
    error: str | None = None


def notebook_paths(folder: Path | None = None) -> list[Path]:
    """The notebooks in reading order (their names start with their number)."""
    return sorted((folder or paths.NOTEBOOKS_DIR).glob("[0-9][0-9]_*.ipynb"))


def provenance_footer(data_dir: str | os.PathLike[str] | None = None) -> str:
    """An HTML footer saying what made the report: this cwlib (and its commit), Python, the key
    libraries, when it ran, and what made the tables it read (from their datapackage.json).

    Every value is escaped: nothing from a file reaches the page as markup.
    """
    import html
    import json
    import platform
    from datetime import UTC, datetime

    from cwlib.build.provenance import environment, git_commit

    env = environment()
    commit = git_commit()
    versions = cast("dict[str, str | None]", env["packages"])  # environment()'s own layout
    packages = ", ".join(f"{k} {v}" for k, v in versions.items() if v)
    lines = [
        f"Report made by cwlib {env['version']}"
        + (f" (commit {commit})" if commit else "")
        + f" with Python {platform.python_version()} on "
        + datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        + ".",
        f"Libraries: {packages}.",
    ]
    descriptor = paths.data_dir(data_dir) / "datapackage.json"
    try:
        package = json.loads(descriptor.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        package = {}
    made = package.get("cwlib") or {}
    files = [s for s in package.get("sources", []) if isinstance(s, dict) and "sha256" in s]
    if made:
        lines.append(
            f"Tables built by cwlib {made.get('version')} with Python {made.get('python')} "
            f"from {len(files)} raw files (their SHA-256 hashes are in {descriptor.name})."
        )
    items = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return f'<footer class="cwlib-provenance" style="font-size:smaller;color:#555">{items}</footer>'


def _with_footer(body: str, footer: str) -> str:
    """The page with the footer before ``</body>`` (or at its end)."""
    at = body.rfind("</body>")
    return body[:at] + footer + body[at:] if at >= 0 else body + footer


_ALLOWED_TAGS = frozenset(
    {
        *("a", "abbr", "b", "blockquote", "br", "caption", "code", "div", "em", "hr", "i"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "li", "ol", "p", "pre", "span", "strong"),
        *("style", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"),
    }
)
"""What the notebooks' own outputs use: Markdown's tags and pandas' tables (with their style)."""
_ALLOWED_ATTRIBUTES = {
    "*": ["class", "id", "title", "align"],
    "a": ["href", "title"],
    "table": ["border"],
    "style": ["scoped", "type"],
    "td": ["colspan", "rowspan"],
    "th": ["colspan", "rowspan"],
}


def safe_html(markup: str) -> str:
    """HTML with nothing that can run: tags outside an allow-list shown as text, no event
    attributes, links only to http, https and mailto (bleach, the sanitiser nbconvert uses).

    >>> safe_html('<p>x <script>alert(1)</script><a href="javascript:f()">y</a></p>')
    '<p>x &lt;script&gt;alert(1)&lt;/script&gt;<a>y</a></p>'
    """
    import bleach

    return bleach.clean(markup, tags=_ALLOWED_TAGS, attributes=_ALLOWED_ATTRIBUTES)


def make_safe(nb: Any, redactor: Redactor | None = None) -> None:
    """Make every output of an executed notebook safe to publish, in place.

    A value from a source page can reach an output as Markdown (the findings lists quote the
    pages) or as HTML, and Markdown lets HTML through; so Markdown is rendered here and, like
    HTML, passed through :func:`safe_html`; scripts and widgets are dropped. Text is redacted
    first (names, e-mails, phones, personal codes) when a ``redactor`` is given.
    """
    from nbconvert.filters.markdown import markdown2html

    def clean(text: Any) -> Any:
        text = "".join(text) if isinstance(text, list) else text
        return redactor.redact(text) if redactor is not None and isinstance(text, str) else text

    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if "text" in output:  # stream
                output["text"] = clean(output["text"])
            if "traceback" in output:
                output["traceback"] = [clean(line) for line in output["traceback"]]
                output["evalue"] = clean(output.get("evalue", ""))
            data = output.get("data")
            if not data:
                continue
            for mime in list(data):
                if mime.startswith(("application/javascript", "application/vnd.jupyter.widget")):
                    del data[mime]
            if "text/markdown" in data:
                data["text/html"] = safe_html(markdown2html(clean(data.pop("text/markdown"))))
            elif "text/html" in data:
                data["text/html"] = safe_html(clean(data["text/html"]))
            if "text/plain" in data:
                data["text/plain"] = clean(data["text/plain"])


async def _execute(
    path: Path,
    html_dir: Path,
    env: dict[str, str],
    gate: asyncio.Semaphore,
    redactor: Redactor | None,
) -> NotebookRun:
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError
    from nbconvert import HTMLExporter

    async with gate:
        started = time.perf_counter()
        nb = nbformat.read(path, as_version=4)
        error = None
        with tempfile.TemporaryDirectory(prefix="cwlib-kernel-") as socket_dir:
            client = NotebookClient(
                nb,
                config=_kernel_config(socket_dir),
                timeout=TIMEOUT_S,
                kernel_name=KERNEL,
                resources={"metadata": {"path": str(path.parent)}},
            )
            try:
                await client.async_execute(env=env)
            except CellExecutionError as exc:
                error = str(exc)
        html_path = html_dir / f"{path.stem}.html"
        make_safe(nb, redactor)
        body, _ = HTMLExporter().from_notebook_node(nb)
        footer = provenance_footer(env.get("CWLIB_DATA"))
        html_path.write_text(_with_footer(body, footer), encoding="utf-8")
        return NotebookRun(path.stem, html_path, time.perf_counter() - started, error)


def _kernel_config(socket_dir: str) -> object:
    """The kernel manager's settings: talk to the kernel over local sockets where there are any.

    Over TCP every kernel prints a warning that its traffic is unencrypted, once per notebook
    in the middle of ``make run``'s output; the kernels are local, so Unix sockets (``ipc``,
    files in ``socket_dir``) carry the same messages without a port or a warning. Windows has
    no such sockets: TCP there.
    """
    from traitlets.config import Config

    if os.name == "nt":
        return Config()
    return Config({"KernelManager": {"transport": "ipc", "ip": os.path.join(socket_dir, "k")}})


def execute_notebooks(
    notebooks: Sequence[Path],
    html_dir: Path,
    env: dict[str, str] | None = None,
    jobs: int | None = None,
    redactor: Redactor | None = None,
) -> list[NotebookRun]:
    """Execute ``notebooks`` from clean kernels (``jobs`` at a time) and write their HTML.

    Every output is made safe first (:func:`make_safe`); ``redactor`` (None: none) removes
    personal data from the outputs' text.
    """
    html_dir.mkdir(parents=True, exist_ok=True)
    kernel_env = {**os.environ, **(env or {})}

    async def run_all() -> list[NotebookRun]:
        gate = asyncio.Semaphore(max(1, jobs or os.cpu_count() or 1))
        return list(
            await asyncio.gather(
                *(_execute(p, html_dir, kernel_env, gate, redactor) for p in notebooks)
            )
        )

    return asyncio.run(run_all())


def save_figures(
    data_dir: str | os.PathLike[str] | None, figures_dir: str | os.PathLike[str], lang: str = "lt"
) -> list[str]:
    """Draw every figure of :data:`cwlib.analyse.plots.FIGURES` in ``lang`` and save it to ``figures_dir``.

    The notebooks save the English figures as they draw them; this adds the other language
    for the municipal staff who reuse the figures in Lithuanian documents.
    """
    import matplotlib

    matplotlib.use("Agg")  # no display in a report run
    import matplotlib.pyplot as plt

    from cwlib.analyse import plots
    from cwlib.build.load import load

    # As the notebooks load them: the data tour counts contacts, so its figure does here too.
    tables = load(data_dir, include_contacts=True)
    suffix = "" if lang == "en" else f"_{lang}"
    names = []
    for name, draw in plots.FIGURES.items():
        fig, _ = draw(tables, lang=lang)
        plots.save_figure(fig, f"{name}{suffix}", figures_dir)
        plt.close(fig)
        names.append(f"{name}{suffix}")
    return names


def run_reports(
    data_dir: str | os.PathLike[str] | None = None,
    out_dir: str | os.PathLike[str] | None = None,
    notebooks_dir: str | os.PathLike[str] | None = None,
    include_contacts: bool = False,
) -> int:
    """Execute every notebook to ``<out>/notebooks/*.html``, figures to ``<out>/figures``.

    ``data_dir`` defaults to ``$CWLIB_DATA`` or data/clean, ``out_dir`` to reports/. Personal
    data is removed from every output unless ``include_contacts``. Returns 0 when every
    notebook ran, 1 otherwise (the HTML of a failed notebook is still written, with the error
    in it, and the error is printed).
    """
    data = paths.data_dir(data_dir).resolve()
    out = Path(out_dir) if out_dir is not None else paths.REPORTS_DIR
    figures = (out / "figures").resolve()
    figures.mkdir(parents=True, exist_ok=True)
    notebooks = notebook_paths(Path(notebooks_dir) if notebooks_dir else None)
    if not notebooks:
        print("cwlib report: no notebooks found", file=sys.stderr)
        return 1
    if not (data / "projects.csv").exists():
        print(f"cwlib report: {data}: no clean tables; run `cwlib build` first", file=sys.stderr)
        return 1
    from cwlib.analyse.plots import FIGURES_ENV

    started = time.perf_counter()
    env = {"CWLIB_DATA": str(data), FIGURES_ENV: str(figures)}
    # The Lithuanian figures are drawn in a process of their own while the kernels run.
    code = "import sys; from cwlib.export.report import save_figures; save_figures(*sys.argv[1:3], 'lt')"
    lithuanian = subprocess.Popen([sys.executable, "-c", code, str(data), str(figures)])
    redactor = None if include_contacts else Redactor.from_folder(data)
    runs = execute_notebooks(notebooks, out / "notebooks", env, redactor=redactor)
    failed = [run for run in runs if run.error]
    if lithuanian.wait() != 0:
        failed.append(NotebookRun("figures in Lithuanian", figures, 0.0, "see the error above"))
    for run in runs:
        status = "FAILED" if run.error else "ok"
        print(f"cwlib report: {run.name} {status} ({run.seconds:.1f} s) -> {run.html}")
    for run in failed:
        print(f"cwlib report: {run.name} failed:\n{run.error}", file=sys.stderr)
    lt = sorted(figures.glob("*_lt.png"))
    print(
        f"cwlib report: {len(runs) - len(failed)} of {len(runs)} notebooks, "
        f"{len(list(figures.glob('*.png')))} figures ({len(lt)} in Lithuanian) -> {figures} "
        f"in {time.perf_counter() - started:.1f} s"
    )
    return 1 if failed else 0
