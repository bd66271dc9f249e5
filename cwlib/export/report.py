"""Execute every notebook into an HTML report and save every figure, in English and Lithuanian.

What ``cwlib report`` (and so ``make run``) does. The committed notebooks are read, executed
in memory from a clean kernel and never written back, so ``git status`` stays clean; the
results go to ``<out>/notebooks/<name>.html`` and ``<out>/figures/<figure>[_lt].{png,svg}``.
The kernels get ``CWLIB_DATA`` (the tables to analyse) and ``CWLIB_FIGURES`` (where
:mod:`cwlib.analyse.plots` saves each figure it draws). The work is shared out over the cores
(:func:`run_reports`): the notebooks, each in a kernel of its own, the busiest first; then the
Lithuanian versions of the figures, one figure at a time, drawn by worker processes that fill the
cores the notebooks leave free; and the HTML pages, written in a thread of this process while
the kernels run.

A report is published, and what it shows comes from third-party pages: every output is made
safe before it becomes HTML (:func:`make_safe`): personal data removed as in the briefs (unless
``include_contacts``), Markdown and HTML passed through an allow-list sanitiser, so a quote
holding ``<script>`` shows as text and never runs.
"""

from __future__ import annotations

import asyncio
import os
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
    html: _HtmlWriter,
) -> NotebookRun:
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

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
    # The kernel is gone: its core goes to the next task while this one becomes HTML.
    html_path = await html.write(nb, html_dir / f"{path.stem}.html")
    return NotebookRun(path.stem, html_path, time.perf_counter() - started, error)


class _HtmlWriter:
    """Makes executed notebooks safe and writes them as HTML, one at a time, in a thread of
    its own: the event loop keeps answering the kernels and the figure workers meanwhile, so
    that no core waits for this process to hand it its next cell.

    One HTML exporter for every notebook (each new one compiles its page templates again),
    and one provenance footer (one ``git`` call, not one a notebook).
    """

    def __init__(self, redactor: Redactor | None, data_dir: str | None) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self.redactor = redactor
        self.data_dir = data_dir
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cwlib-html")
        self._exporter: Any = None
        self._footer: str | None = None

    async def write(self, nb: Any, path: Path) -> Path:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.pool, self._write, nb, path)

    def _write(self, nb: Any, path: Path) -> Path:
        if self._exporter is None:
            from nbconvert import HTMLExporter

            self._exporter = HTMLExporter()
            self._footer = provenance_footer(self.data_dir)
        make_safe(nb, self.redactor)
        body, _ = self._exporter.from_notebook_node(nb)
        path.write_text(_with_footer(body, self._footer or ""), encoding="utf-8")
        return path

    def close(self) -> None:
        self.pool.shutdown(wait=True)


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
    runs, _ = asyncio.run(_run_all(notebooks, html_dir, env, jobs, redactor, None))
    return runs


@dataclass
class _FigureJobs:
    """Figures to draw in another language beside the notebooks: by whom and where to."""

    data_dir: Path
    figures_dir: Path
    lang: str
    names: list[str]
    env: dict[str, str]
    """The workers' environment."""


async def _run_all(
    notebooks: Sequence[Path],
    html_dir: Path,
    env: dict[str, str] | None,
    jobs: int | None,
    redactor: Redactor | None,
    figures: _FigureJobs | None,
) -> tuple[list[NotebookRun], list[str]]:
    """The notebooks and the figures of ``figures``, ``jobs`` at a time (default: one a core).

    One queue for both, so that the cores never wait while work is left: the notebooks first,
    the busiest first (a kernel's start-up and imports make each one a long task), then the
    figures one by one, which fill whatever the notebooks leave free at the end. Returns the
    runs in the notebooks' order and the names of the figures that failed.
    """
    html_dir.mkdir(parents=True, exist_ok=True)
    kernel_env = {**os.environ, **(env or {})}
    gate = asyncio.Semaphore(max(1, jobs or os.cpu_count() or 1))
    html = _HtmlWriter(redactor, kernel_env.get("CWLIB_DATA"))
    order = sorted(notebooks, key=lambda p: -_figure_calls(p))
    try:
        started = [
            asyncio.ensure_future(_execute(p, html_dir, kernel_env, gate, html)) for p in order
        ]
        failed: list[str] = []
        if figures is not None:
            # queued after every kernel: the gate lets waiting tasks in first come, first served
            failed = await _draw_figures(figures, gate)
        runs = {run.name: run for run in await asyncio.gather(*started)}
    finally:
        html.close()
    return [runs[p.stem] for p in notebooks], failed


def _figure_calls(path: Path) -> int:
    """How many figures a notebook draws (``plots.`` calls in its code): the scheduler's
    guess of its length."""
    import json

    cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
    code = "".join("".join(c["source"]) for c in cells if c.get("cell_type") == "code")
    return code.count("plots.")


_WORKER_REPLY = "cwlib-figure:"
"""What a figure worker's answer line starts with (anything else on its stdout is ignored)."""


async def _draw_figures(figures: _FigureJobs, gate: asyncio.Semaphore) -> list[str]:
    """Draw ``figures.names`` in worker processes, one figure each time a worker holds the gate.

    A worker (:func:`figure_worker`) imports the plotting stack and reads the tables once,
    then draws the figures it is sent; at most as many workers as the gate lets run at once.
    Returns the names of the figures that failed.
    """
    code = (
        "import sys; from cwlib.export.report import figure_worker; figure_worker(*sys.argv[1:4])"
    )
    args = [str(figures.data_dir), str(figures.figures_dir), figures.lang]
    idle: list[asyncio.subprocess.Process] = []
    workers: list[asyncio.subprocess.Process] = []
    failed: list[str] = []

    async def draw(name: str) -> None:
        async with gate:
            if idle:
                worker = idle.pop()
            else:
                worker = await asyncio.create_subprocess_exec(
                    sys.executable,
                    "-c",
                    code,
                    *args,
                    stdin=asyncio.subprocess.PIPE,
                    stdout=asyncio.subprocess.PIPE,
                    env=figures.env,
                )
                workers.append(worker)
            assert worker.stdin is not None and worker.stdout is not None
            worker.stdin.write(f"{name}\n".encode())
            await worker.stdin.drain()
            reply = b""
            while not reply.startswith(_WORKER_REPLY.encode()):
                reply = await worker.stdout.readline()
                if not reply:  # the worker died: its error is on stderr
                    failed.append(name)
                    return
            if reply.strip() != f"{_WORKER_REPLY}ok".encode():
                failed.append(name)
            idle.append(worker)

    try:
        await asyncio.gather(*(draw(name) for name in figures.names))
    finally:
        for worker in workers:
            if worker.stdin is not None:
                worker.stdin.close()
        for worker in workers:
            await worker.wait()
    return failed


def figure_worker(
    data_dir: str | os.PathLike[str], figures_dir: str | os.PathLike[str], lang: str
) -> None:
    """Draw the figures whose names come on stdin, one a line, in ``lang`` into ``figures_dir``.

    Answers each with a line ``cwlib-figure:ok`` or ``cwlib-figure:error`` (the traceback on
    stderr); stops at the end of stdin. The tables are read once, for every figure.
    """
    import traceback

    tables = _figure_tables(data_dir)
    for line in sys.stdin:
        name = line.strip()
        try:
            _save_figure(tables, name, figures_dir, lang)
        except Exception:  # reported to the parent, which fails the report
            traceback.print_exc()
            print(f"{_WORKER_REPLY}error", flush=True)
        else:
            print(f"{_WORKER_REPLY}ok", flush=True)


def _figure_tables(data_dir: str | os.PathLike[str] | None) -> Any:
    """The tables as the notebooks load them, with the plotting backend that needs no display."""
    import matplotlib

    matplotlib.use("Agg")  # no display in a report run
    from cwlib.build.load import load

    # As the notebooks load them: the data tour counts contacts, so its figure does here too.
    return load(data_dir, include_contacts=True)


def _save_figure(tables: Any, name: str, figures_dir: str | os.PathLike[str], lang: str) -> str:
    """Draw figure ``name`` in ``lang``, save it to ``figures_dir``; returns the file stem."""
    import matplotlib.pyplot as plt

    from cwlib.analyse import plots

    stem = name if lang == "en" else f"{name}_{lang}"
    fig, _ = plots.FIGURES[name](tables, lang=lang)
    plots.save_figure(fig, stem, figures_dir)
    plt.close(fig)
    return stem


def save_figures(
    data_dir: str | os.PathLike[str] | None, figures_dir: str | os.PathLike[str], lang: str = "lt"
) -> list[str]:
    """Draw every figure of :data:`cwlib.analyse.plots.FIGURES` in ``lang`` and save it to ``figures_dir``.

    The notebooks save the English figures as they draw them; this adds the other language
    for the municipal staff who reuse the figures in Lithuanian documents. (``cwlib report``
    draws them in :func:`figure_worker` processes, beside the notebooks.)
    """
    from cwlib.analyse import plots

    tables = _figure_tables(data_dir)
    return [_save_figure(tables, name, figures_dir, lang) for name in plots.FIGURES]


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
    from cwlib.analyse.plots import FIGURES, FIGURES_ENV

    started = time.perf_counter()
    env = {"CWLIB_DATA": str(data), FIGURES_ENV: str(figures)}
    redactor = None if include_contacts else Redactor.from_folder(data)
    # The notebooks save the English figures; the Lithuanian ones are drawn beside them (by
    # processes that save only where they are told: not where CWLIB_FIGURES may point).
    worker_env = {k: v for k, v in os.environ.items() if k != FIGURES_ENV}
    lithuanian = _FigureJobs(data, figures, "lt", list(FIGURES), worker_env)
    runs, not_drawn = asyncio.run(
        _run_all(notebooks, out / "notebooks", env, None, redactor, lithuanian)
    )
    failed = [run for run in runs if run.error]
    if not_drawn:
        error = f"not drawn: {', '.join(not_drawn)} (see the errors above)"
        failed.append(NotebookRun("figures in Lithuanian", figures, 0.0, error))
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
