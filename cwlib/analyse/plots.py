"""One function per figure, each returning ``(figure, data)``.

``data`` is the frame the figure draws, exactly as returned by the function of the same name
in :mod:`cwlib.analyse.analysis` (``completeness`` draws ``completeness_matrix``, the map
``partner_places``, the heatmap ``country_matrix``); tests compare it (and the drawn artists)
with the tables, so a figure cannot quietly show something the tables do not say. Every
figure:

- uses the one theme of :mod:`cwlib.analyse.theme` (colour-blind-safe colours, hatching and marker
  shapes so that no meaning rests on colour alone);
- names projects by their (short) titles, not ids, and puts a unit on every axis;
- is labelled in English, or in Lithuanian with ``lang="lt"``, and writes every number the
  way the language writes it (:mod:`cwlib.analyse.formats`: ``264 145 €`` in Lithuanian);
- stays readable from 4 projects to hundreds: bars sorted by value, at most
  ``analysis.MAX_ROWS`` of them and the rest in one row, the legend and the scale at the top;
- is written to ``$CWLIB_FIGURES/<name>[_lt].png`` and ``.svg`` when that variable is set
  (``cwlib.export.report`` sets it while it executes the notebooks).

Figures are made with ``pyplot`` so that Jupyter shows them at the end of the cell; a figure
that was saved is shown as its saved PNG instead, where it is made (:func:`show_saved`).
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import matplotlib
import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, NullFormatter

from cwlib.analyse import analysis, theme
from cwlib.analyse.analysis import TablesLike
from cwlib.analyse.formats import (
    format_money,
    format_number,
    format_percent,
    tick_formatter,
)
from cwlib.analyse.theme import label

FIGURES_ENV = "CWLIB_FIGURES"
"""Environment variable naming the folder every figure is also saved to (PNG and SVG)."""

Plot = tuple[Figure, pd.DataFrame]

ROW_INCH = 0.42
"""Height of one bar row; with analysis.MAX_ROWS + 1 rows a figure stays under 3,000 px at
150 dpi."""

REST_COLOUR = theme.GREY
"""The one row that holds the rest of the rows is grey, whatever the others are."""


# --------------------------------------------------------------------------- helpers


def save_figure(fig: Figure, name: str, folder: str | os.PathLike[str] | None = None) -> list[Path]:
    """Write ``fig`` as ``name.png`` and ``name.svg`` into ``folder`` (default ``$CWLIB_FIGURES``).

    Does nothing when neither is given, so a notebook run by hand leaves no files behind.
    """
    target = folder if folder is not None else os.environ.get(FIGURES_ENV)
    if not target:
        return []
    out = Path(target)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for suffix in ("png", "svg"):
        path = out / f"{name}.{suffix}"
        fig.savefig(path, format=suffix, metadata={"Date": None} if suffix == "svg" else None)
        written.append(path)
    return written


def _finish(fig: Figure, name: str, lang: str) -> None:
    written = save_figure(fig, name if lang == "en" else f"{name}_{lang}")
    if written:
        # Saving drew the figure, but left it marked as changed (it puts back its size and
        # resolution); unmarked, a Jupyter kernel draws it once more after the cell, a
        # picture nobody sees.
        fig.stale = False
        show_saved(fig, written[0])


def _inline_backend() -> bool:
    """Whether figures are shown by matplotlib's inline backend (a Jupyter kernel)."""
    backend = matplotlib.get_backend()
    return backend == "inline" or backend.endswith("matplotlib_inline.backend_inline")


def show_saved(fig: Figure, png: Path, display: Callable[..., Any] | None = None) -> bool:
    """In a notebook, show the saved PNG ``png`` as the figure's picture; True if it did.

    The obvious way, the inline backend's, draws the figure a third time after the cell (at
    ``figure.dpi``, 100, after the 150-dpi PNG and the SVG were saved): about 0.7 s of CPU a
    figure at 100 projects, a tenth of ``cwlib report``. Here the picture shown is the saved
    file itself, with the size the inline picture would have had on the page (the file's
    pixels scaled by ``figure.dpi`` / ``savefig.dpi``, as the image's width and height), so
    the page shows the figure at the same size, 1.5 times as sharp, and exactly as in
    ``figures/``. The figure is then closed, so that the backend does not draw it again; the
    caller's ``fig`` still works. The picture comes where the figure was made, not at the end
    of the cell (a notebook's figure cell only makes the figure). Its ``text/plain`` is the
    figure's own (``<Figure size 1000x2000 with 1 Axes>``).

    Under any other backend (a script, a window, the report's figure workers) nothing is
    shown and the figure stays open. ``display``: IPython's, unless given (tests).
    """
    if not _inline_backend():
        return False
    import base64
    import struct

    if display is None:
        import IPython.display

        display = IPython.display.display
    data = png.read_bytes()
    # A PNG starts with its signature (8 bytes) and the IHDR chunk: length, type, then the
    # width and the height as 4-byte big-endian integers.
    width, height = struct.unpack(">II", data[16:24])
    saved_dpi = matplotlib.rcParams["savefig.dpi"]
    scale = 1.0 if saved_dpi == "figure" else fig.dpi / float(saved_dpi)
    display(
        {"image/png": base64.b64encode(data).decode("ascii"), "text/plain": repr(fig)},
        raw=True,
        metadata={"image/png": {"width": round(width * scale), "height": round(height * scale)}},
    )
    plt.close(fig)
    return True


@contextmanager
def _unpainted_draws(fig: Figure) -> Iterator[None]:
    """Within, a draw that a library asks of ``fig``'s canvas lays it out but paints nothing.

    seaborn's heatmap draws the whole figure to learn whether its tick labels overlap, and
    geopandas draws it after plotting (``draw_idle``, meant for a window): each paints every
    pixel at 100 dpi, a picture nobody sees (0.2–0.5 s a figure at 100 projects, in each
    language). ``Figure.draw_without_rendering`` makes the same draw, with the same renderer
    (the canvas's, at the figure's size and dpi), with the painting calls switched off: the
    layout engine runs as before, every text is measured as before, so what the library
    reads after (tick label extents) and what the draw leaves behind (constrained layout's
    positions) are the same, and the saved files are byte for byte what they were. Only this
    figure's canvas is touched (its ``draw`` shadowed by an attribute), and only within.
    """
    canvas = fig.canvas
    canvas.draw = fig.draw_without_rendering  # type: ignore[method-assign]
    try:
        yield
    finally:
        del canvas.draw


def _rows_figure(n_rows: int, width: float = 10.0, per_row: float = ROW_INCH, base: float = 2.0):
    """A figure whose height grows with the number of bars, so labels never overlap."""
    return plt.subplots(figsize=(width, base + per_row * max(n_rows, 1)), layout="constrained")


def _empty(ax: Axes, lang: str) -> None:
    message = label("no_data", lang)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color=theme.GREY)
    ax.set_xticks([])
    ax.set_yticks([])


def _money_axis(ax: Axes, lang: str) -> None:
    """Euro ticks in the language's short form (``1,2 mln.``), few enough not to touch."""
    ax.xaxis.set_major_locator(MaxNLocator(nbins=5))
    ax.xaxis.set_major_formatter(tick_formatter(lang))


def _bar_axis(ax: Axes, ticks: list[str], lang: str, money: bool = False) -> None:
    """Rows top-down, the scale also on top when the rows are many, euro ticks compact."""
    n = len(ticks)
    ax.set_yticks(range(n), ticks, fontsize=8.5)
    ax.set_ylim(n - 0.5, -0.5)
    if money:
        _money_axis(ax, lang)
    if n > 12:
        ax.tick_params(axis="x", labeltop=True)
    ax.grid(axis="y", visible=False)


def _title_and_legend(fig: Figure, title: str, handles: list, ncols: int = 3) -> None:
    """The title, and under it the legend, above the panels, where a reader starts.

    The legend carries the title (a figure legend and a suptitle would share the top
    margin and overlap); without a legend the title is the figure's suptitle.
    """
    if not handles:
        fig.suptitle(title, x=0.01, ha="left", fontweight="bold")
        return
    fig.legend(
        handles=handles,
        loc="outside upper left",
        ncols=ncols,
        fontsize=8.5,
        title=title,
        alignment="left",
        title_fontproperties={"weight": "bold", "size": 12},
    )


def _rest_mask(data: pd.DataFrame) -> list[bool]:
    return [int(n) > 1 for n in data["n_groups"]] if "n_groups" in data else [False] * len(data)


def _rest_patch(lang: str) -> Patch:
    return Patch(color=REST_COLOUR, label=label("rest_note", lang))


def _lanes(n: int, half_width: float, most: int) -> np.ndarray:
    """Vertical offsets that spread ``n`` dots of one row over up to ``most`` lanes, centred:
    one dot sits on the row, several share it evenly."""
    return np.linspace(-half_width, half_width, min(n, most)) if n > 1 else np.zeros(1)


def _note(ax: Axes, x: float, y: float, text: str, **kwargs) -> None:
    ax.text(x, y, text, va="center", fontsize=8.5, **kwargs)


# --------------------------------------------------------------------------- 00 data tour


def completeness(tables: TablesLike, lang: str = "en") -> Plot:
    """Heatmap of which fields each project's texts state, infer or leave out.

    Up to ``analysis.MAX_ROWS`` projects, a row per project: stated cells blue, inferred ones
    light blue with ≈, missing ones grey, and the share of fields stated at the right. Beyond,
    a row per programme whose cells give the share of its projects stating the field.
    """
    theme.set_theme()
    handles: list = []
    data = analysis.completeness_matrix(tables, lang)
    rows = list(dict.fromkeys(data["row_label"]))
    fields = list(dict.fromkeys(data["field_label"]))
    fig, ax = _rows_figure(len(rows), width=11.5, per_row=0.4, base=3.4)
    if data.empty:
        _empty(ax, lang)
    elif (data["n_projects"] == 1).all():
        codes = {"missing": 0, "inferred": 1, "stated": 2}
        matrix = data.pivot(index="row_label", columns="field_label", values="state")
        matrix = matrix.loc[rows, fields].map(codes.get)
        with _unpainted_draws(fig):
            sns.heatmap(
                matrix.astype(int),
                ax=ax,
                cmap=[theme.STATE_COLOURS[s] for s in codes],
                vmin=-0.5,
                vmax=2.5,
                cbar=False,
                linewidths=1,
                linecolor="white",
            )
        for y, row in enumerate(matrix.itertuples(index=False)):
            for x, code in enumerate(row):
                if code == 1:
                    ax.text(x + 0.5, y + 0.5, "≈", ha="center", va="center", fontsize=9)
        shares = (matrix == 2).mean(axis=1) * 100
        for y, share in enumerate(shares):
            ax.text(len(fields) + 0.2, y + 0.5, format_percent(share, lang, 0), va="center")
        states = [s for s in ("stated", "inferred", "missing") if s in set(data["state"])]
        handles = [
            Patch(
                color=theme.STATE_COLOURS[s],
                label=label({"stated": "filled", "missing": "missing"}.get(s, s), lang)
                + (" (≈)" if s == "inferred" else ""),
            )
            for s in states
        ]
    else:
        matrix = data.pivot(index="row_label", columns="field_label", values="share_stated")
        matrix = matrix.loc[rows, fields] * 100
        with _unpainted_draws(fig):
            sns.heatmap(
                matrix,
                ax=ax,
                cmap="Blues",
                vmin=0,
                vmax=100,
                annot=matrix.map(lambda v: format_number(v, lang)),
                fmt="",
                annot_kws={"fontsize": 7.5},
                linewidths=1,
                linecolor="white",
                cbar_kws={
                    "label": label("share_stated_cells", lang) + " (%)",
                    "format": FuncFormatter(lambda v, _p: format_number(v, lang)),
                    "shrink": 0.6,
                },
            )
    if not data.empty:
        ax.set_xlabel(label("field", lang))
        ax.set_ylabel(label("project" if (data["n_projects"] == 1).all() else "programme", lang))
        ax.tick_params(axis="x", rotation=50)
        plt.setp(ax.get_xticklabels(), ha="right", rotation_mode="anchor")
        ax.tick_params(axis="y", labelsize=8.5)
    _title_and_legend(fig, label("title_completeness", lang), handles)
    _finish(fig, "completeness", lang)
    return fig, data


# --------------------------------------------------------------------------- 01 budgets


def _amount_note(row: pd.Series, lang: str) -> str:
    """'2 393 288 € (8 263 543 Lt)': the euro value with the litas original beside it."""
    text = format_money(row.amount_eur, lang)
    if row.currency == "LTL" and pd.notna(row.amount):
        star = ", *" if row.eur_basis == "converted" else ""
        text += f" ({format_money(row.amount, lang, 'LTL')}{star})"
    return text


def _litas_note(lang: str) -> str:
    from cwlib.schema import LTL_PER_EUR

    return "* " + label("litas_note", lang).format(rate=format_number(LTL_PER_EUR, lang, 4))


def _budget_ticks(frame: pd.DataFrame, scope: str) -> list[str]:
    """Project names; for partners' parts, the partner's name above its project's."""
    if scope == "project":
        return list(frame["project"])
    return [
        f"{analysis.short_title(party, 34)}\n{project}" if party else project
        for party, project in zip(frame["party"], frame["project"], strict=True)
    ]


def budget_totals(tables: TablesLike, lang: str = "en") -> Plot:
    """Every budget in euro, largest first: whole projects and partners' parts in two panels.

    Colour says whose budget a bar is; a hatched bar is a sum of stated parts where no total
    is stated; litas originals are written beside their euro value; past
    ``analysis.MAX_ROWS`` bars the rest are one grey row.
    """
    theme.set_theme()
    handles: list = []
    data = analysis.budget_totals(tables, lang)
    scopes = [s for s in ("project", "partner") if (data["scope"] == s).any()] or ["project"]
    longest = max((int((data["scope"] == s).sum()) for s in scopes), default=1)
    per_row = 0.55 if "partner" in scopes else ROW_INCH
    fig, grid = plt.subplots(
        1,
        len(scopes),
        figsize=(8.0 * len(scopes), 2.2 + per_row * max(longest, 1)),
        layout="constrained",
        squeeze=False,
    )
    axes = list(grid[0])  # one row of panels
    if data.empty:
        _empty(axes[0], lang)
    for ax, scope in zip(axes, scopes, strict=True):
        rows = data[data["scope"] == scope]
        if rows.empty:
            continue
        rest = _rest_mask(rows)
        y = list(range(len(rows)))
        ax.barh(
            y,
            rows["amount_eur"],
            color=[REST_COLOUR if r else theme.SCOPE_COLOURS[scope] for r in rest],
            hatch=["//" if b == "sum_of_parts" else "" for b in rows["total_basis"]],
            edgecolor="white",
        )
        top = rows.loc[~np.array(rest), "amount_eur"].max() if not all(rest) else 1.0
        for pos, row in zip(y, rows.itertuples(index=False), strict=True):
            if row.amount_eur > top * 1.45:  # the rest together: runs off the axis, value on it
                _note(
                    ax, top, pos, "▶ " + _amount_note(row, lang), bbox={"fc": "white", "ec": "none"}
                )
            else:
                _note(ax, row.amount_eur + top * 0.01, pos, _amount_note(row, lang))
        _bar_axis(ax, _budget_ticks(rows, scope), lang, money=True)
        ax.set_xlim(0, top * 1.75)
        ax.set_xlabel(label("eur", lang))
        ax.set_title(label(f"scope_{scope}", lang), fontweight="normal", fontsize=10)
    handles = [Patch(color=theme.SCOPE_COLOURS[s], label=label(f"scope_{s}", lang)) for s in scopes]
    if (data["total_basis"] == "sum_of_parts").any():
        handles.append(
            Patch(
                facecolor="white",
                edgecolor=theme.GREY,
                hatch="//",
                label=label("sum_of_parts", lang),
            )
        )
    if any(_rest_mask(data)):
        handles.append(_rest_patch(lang))
    if (data["currency"] == "LTL").any():
        handles.append(Patch(color="none", label=_litas_note(lang)))
    _title_and_legend(fig, label("title_budget_totals", lang), handles)
    _finish(fig, "budget_totals", lang)
    return fig, data


def budget_intensity(tables: TablesLike, lang: str = "en") -> Plot:
    """Whole-project budget per named partner and per month of duration, side by side.

    Rows sorted by the budget per partner; past ``analysis.MAX_ROWS`` projects the rest are
    one grey row with pooled ratios.
    """
    theme.set_theme()
    handles: list = []
    data = analysis.budget_intensity(tables, lang)
    fig, axes = plt.subplots(
        1, 2, figsize=(12, 2.2 + ROW_INCH * max(len(data), 1)), sharey=True, layout="constrained"
    )
    if data.empty:
        for ax in axes:
            _empty(ax, lang)
    else:
        y = list(range(len(data)))
        rest = _rest_mask(data)
        hatch = ["//" if b == "sum_of_parts" else "" for b in data["total_basis"]]
        panels = [
            ("eur_per_partner", "per_partner", "eur_per_partner", theme.BLUE),
            ("eur_per_month", "per_month", "eur_per_month", theme.GREEN),
        ]
        for ax, (column, title, unit, colour) in zip(axes, panels, strict=True):
            values = data[column]
            ax.barh(
                y,
                values.fillna(0),
                color=[REST_COLOUR if r else colour for r in rest],
                hatch=hatch,
                edgecolor="white",
            )
            top = values.max() if values.notna().any() else 1.0
            for pos, value in zip(y, values, strict=True):
                note = format_money(value, lang) if pd.notna(value) else label("org_unknown", lang)
                _note(ax, (value if pd.notna(value) else 0) + top * 0.02, pos, note)
            ax.set_xlim(0, top * 1.35)
            _money_axis(ax, lang)
            if len(data) > 12:
                ax.tick_params(axis="x", labeltop=True)
            ax.set_xlabel(label(unit, lang))
            ax.set_title(label(title, lang), fontweight="normal", fontsize=10)
            ax.grid(axis="y", visible=False)
        axes[0].set_yticks(y, data["project"], fontsize=8.5)
        axes[0].set_ylim(len(data) - 0.5, -0.5)
        handles = []
        if (data["total_basis"] == "sum_of_parts").any():
            handles.append(
                Patch(
                    facecolor="white",
                    edgecolor=theme.GREY,
                    hatch="//",
                    label=label("sum_of_parts", lang),
                )
            )
        if any(rest):
            handles.append(_rest_patch(lang))
    _title_and_legend(fig, label("title_budget_intensity", lang), handles)
    _finish(fig, "budget_intensity", lang)
    return fig, data


def lt_partner_shares(tables: TablesLike, lang: str = "en") -> Plot:
    """Each Lithuanian partner's budget as a share of its project's, with an equal split marked."""
    theme.set_theme()
    handles: list = []
    data = analysis.lt_partner_shares(tables, lang)
    fig, ax = _rows_figure(len(data), width=10, per_row=0.5)
    if data.empty:
        _empty(ax, lang)
    else:
        y = list(range(len(data)))
        rest = _rest_mask(data)
        ax.barh(y, data["share_pct"], color=[REST_COLOUR if r else theme.ORANGE for r in rest])
        equal = [(p, 100 / n) for p, n in zip(y, data["n_partners"], strict=True) if n > 0]
        if equal:
            ax.plot(
                [e for _, e in equal],
                [p for p, _ in equal],
                linestyle="none",
                marker="|",
                markersize=14,
                markeredgewidth=2,
                color=theme.BLACK,
                gid="equal_split",
            )
        for pos, row in zip(y, data.itertuples(index=False), strict=True):
            _note(
                ax,
                max(row.share_pct, 100 / row.n_partners if row.n_partners else 0) + 1.5,
                pos,
                f"{format_percent(row.share_pct, lang)} · {format_money(row.partner_eur, lang)} / "
                f"{format_money(row.project_eur, lang)}",
            )
        ticks = [
            f"{analysis.short_title(party, 34)}\n{project}" if party else project
            for party, project in zip(data["party"], data["project"], strict=True)
        ]
        _bar_axis(ax, ticks, lang)
        ax.set_xlim(0, max(100.0, float(data["share_pct"].max()) * 1.6))
        ax.set_xlabel(label("share_of_project_pct", lang))
        handles = [
            Line2D(
                [],
                [],
                linestyle="none",
                marker="|",
                markersize=12,
                markeredgewidth=2,
                color=theme.BLACK,
                label=label("equal_split", lang),
            )
        ]
        if any(rest):
            handles.append(_rest_patch(lang))
    _title_and_legend(fig, label("title_lt_partner_shares", lang), handles)
    _finish(fig, "lt_partner_shares", lang)
    return fig, data


def programme_totals(tables: TablesLike, lang: str = "en") -> Plot:
    """Projects and the sum of their budgets per programme, each bar split by period."""
    theme.set_theme()
    handles: list = []
    data = analysis.programme_totals(tables, lang)
    programmes = list(dict.fromkeys(data["programme"]))
    fig, axes = plt.subplots(
        1,
        2,
        figsize=(12, 2.4 + 0.45 * max(len(programmes), 1)),
        sharey=True,
        layout="constrained",
    )
    if data.empty:
        for ax in axes:
            _empty(ax, lang)
    else:
        y = {p: i for i, p in enumerate(programmes)}
        periods = [p for p in (*analysis.PERIODS, "") if (data["period"] == p).any()]
        for ax, column in zip(axes, ("n_projects", "total_eur"), strict=True):
            left = dict.fromkeys(programmes, 0.0)
            for period in periods:
                rows = data[data["period"] == period]
                ax.barh(
                    [y[p] for p in rows["programme"]],
                    rows[column],
                    left=[left[p] for p in rows["programme"]],
                    color=theme.PERIOD_COLOURS[period],
                    edgecolor="white",
                    hatch="" if period else "..",
                )
                for p, v in zip(rows["programme"], rows[column], strict=True):
                    left[p] += v
            top = max(left.values()) or 1.0
            for p, total in left.items():
                text = (
                    format_number(total, lang)
                    if column == "n_projects"
                    else format_money(total, lang)
                )
                _note(ax, total + top * 0.02, y[p], text)
            ax.set_xlim(0, top * 1.3)
            if column == "total_eur":
                _money_axis(ax, lang)
            else:
                ax.xaxis.set_major_locator(MaxNLocator(integer=True))
            ax.set_xlabel(
                label("projects_count" if column == "n_projects" else "sum_of_budgets", lang)
            )
            ax.grid(axis="y", visible=False)
        inferred = data.groupby("programme", sort=False)["n_inferred"].sum()
        ticks = [
            p
            + (
                f"\n({label('n_inferred_note', lang).format(n=int(inferred[p]))})"
                if inferred[p]
                else ""
            )
            for p in programmes
        ]
        axes[0].set_yticks(range(len(programmes)), ticks, fontsize=8.5)
        axes[0].set_ylim(len(programmes) - 0.5, -0.5)
        handles = [
            Patch(
                color=theme.PERIOD_COLOURS[p],
                hatch="" if p else "..",
                label=p or label("period_unknown", lang),
            )
            for p in periods
        ]
    _title_and_legend(fig, label("title_programme_totals", lang), handles, ncols=4)
    _finish(fig, "programme_totals", lang)
    return fig, data


# --------------------------------------------------------------------------- 02 EU shares


SPLIT_AXIS_MAX_PCT = 135.0
"""The share axis ends here. Where stated parts exceed their total (a source error the audit
reports) the bar runs off the axis and its real share is written on it, so that one error
does not squash every other bar."""


def funding_split(tables: TablesLike, lang: str = "en") -> Plot:
    """Stacked bars of each budget's parts as % of its total: EU, state, own, other, not stated.

    Whole projects and partners' parts in two panels, highest EU share first. A sum of EU and
    state budget together is one hatched segment, never split; a budget with no stated total
    is measured against the sum of its parts (Σ at the bar's end); past ``analysis.MAX_ROWS``
    budgets the rest are pooled in one row.
    """
    theme.set_theme()
    handles: list = []
    data = analysis.funding_split(tables, lang)
    scopes = [s for s in ("project", "partner") if (data["scope"] == s).any()] or ["project"]
    groups = data.drop_duplicates(["scope", "project_id", "party"])
    longest = max((int((groups["scope"] == s).sum()) for s in scopes), default=1)
    fig, grid = plt.subplots(
        1,
        len(scopes),
        figsize=(8.0 * len(scopes), 2.4 + 0.55 * max(longest, 1)),
        layout="constrained",
        squeeze=False,
    )
    axes = list(grid[0])  # one row of panels
    if data.empty:
        _empty(axes[0], lang)
    drawn: dict[str, Patch] = {}
    for ax, scope in zip(axes, scopes, strict=True):
        rows = data[data["scope"] == scope]
        if rows.empty:
            continue
        keys = list(dict.fromkeys(zip(rows["project_id"], rows["party"], strict=True)))
        position = {k: i for i, k in enumerate(keys)}
        left = [0.0] * len(keys)
        for item in analysis.SEGMENTS:
            segment = rows[rows["item"] == item]
            if segment.empty:
                continue
            ys = [position[k] for k in zip(segment["project_id"], segment["party"], strict=True)]
            starts = [left[y] for y in ys]
            colour = theme.ITEM_COLOURS[item] if item != "eu_national" else theme.SKY_BLUE
            ax.barh(
                ys,
                segment["pct"],
                left=starts,
                color=colour,
                hatch=theme.ITEM_HATCH.get(item, ""),
                edgecolor=theme.BLUE if item == "eu_national" else "white",
                linewidth=0.6,
            )
            drawn[item] = Patch(
                facecolor=colour,
                hatch=theme.ITEM_HATCH.get(item, ""),
                edgecolor=theme.BLUE if item == "eu_national" else "white",
                label=label(f"item_{item}", lang),
            )
            for y, start, pct in zip(ys, starts, segment["pct"], strict=True):
                left[y] = start + pct
                if pct >= 7 and start + pct / 2 < 100:
                    ax.text(
                        start + pct / 2,
                        y,
                        format_percent(pct, lang, 0),
                        ha="center",
                        va="center",
                        fontsize=8,
                        clip_on=True,
                        bbox={
                            "boxstyle": "round,pad=0.15",
                            "fc": "white",
                            "ec": "none",
                            "alpha": 0.8,
                        },
                    )
        heads = rows.drop_duplicates(["project_id", "party"])
        for y, row in enumerate(heads.itertuples(index=False)):
            note = "= " + format_money(row.denominator_eur, lang)
            if row.denominator_basis == "sum_of_parts":
                note += " (Σ)"
            box = None
            if left[y] > 100.5:  # the parts exceed the total: say by how much
                note = f"▶ {format_percent(left[y], lang, 0)} {note}"
                box = {"boxstyle": "round,pad=0.2", "fc": "white", "ec": theme.VERMILLION}
            _note(ax, 101.5, y, note, bbox=box)
        ticks = [
            f"{tick} ({label('pooled', lang)})" if is_rest else tick
            for tick, is_rest in zip(_budget_ticks(heads, scope), _rest_mask(heads), strict=True)
        ]
        _bar_axis(ax, ticks, lang)
        ax.set_xlim(0, SPLIT_AXIS_MAX_PCT)
        ax.axvline(100, color=theme.GREY, linewidth=0.8, linestyle=":")
        ax.set_xticks(range(0, 101, 20))
        ax.set_xlabel(label("pct_of_total", lang))
        ax.set_title(label(f"scope_{scope}", lang), fontweight="normal", fontsize=10)
    handles = [drawn[i] for i in analysis.SEGMENTS if i in drawn]
    if (groups["denominator_basis"] == "sum_of_parts").any():
        handles.append(Patch(color="none", label="Σ: " + label("sum_of_parts", lang)))
    _title_and_legend(fig, label("title_funding_split", lang), handles)
    _finish(fig, "funding_split", lang)
    return fig, data


CAP_STATUS_COLOURS = {"above": theme.VERMILLION, "within": theme.BLUE, "cap_unknown": theme.GREY}
SCOPE_MARKERS = {"project": "o", "partner": "D"}


def eu_share_caps(tables: TablesLike, lang: str = "en") -> Plot:
    """Each budget's EU share as a dot on its programme's row, the programme's cap as a bar.

    A row per programme and period (and one for budgets whose cap is not known), so the
    figure keeps its size at any number of budgets. Dots above the cap are vermillion and
    named; circles are whole projects, diamonds partners' parts; a hollow dot is a share the
    text states without the sums.
    """
    theme.set_theme()
    handles: list = []
    data = analysis.eu_share_caps(tables, lang)
    rows = list(dict.fromkeys(data["row_label"]))
    fig, ax = _rows_figure(len(rows), width=11, per_row=0.7, base=2.4)
    if data.empty:
        _empty(ax, lang)
    else:
        y = {r: i for i, r in enumerate(rows)}
        for row_label, group in data.groupby("row_label", sort=False):
            spread = _lanes(len(group), 0.3, 9)
            for k, row in enumerate(group.sort_values("eu_pct").itertuples(index=False)):
                colour = CAP_STATUS_COLOURS[row.status]
                ax.plot(
                    row.eu_pct,
                    y[row_label] + spread[k % len(spread)],
                    linestyle="none",
                    marker=SCOPE_MARKERS[row.scope],
                    markersize=7,
                    markerfacecolor=colour if row.eu_pct_basis == "sums" else "white",
                    markeredgecolor=colour,
                    zorder=3,
                    gid=f"share:{row.project_id}:{row.scope}:{row.party}",
                )
                if row.status == "above":
                    ax.annotate(
                        row.project,
                        (row.eu_pct, y[row_label] + spread[k % len(spread)]),
                        xytext=(6, 0),
                        textcoords="offset points",
                        va="center",
                        fontsize=7.5,
                        color=theme.VERMILLION,
                    )
            cap = group["cap_pct"].dropna()
            if len(cap):
                value = float(cap.iloc[0])
                ax.plot(
                    [value, value],
                    [y[row_label] - 0.38, y[row_label] + 0.38],
                    color=theme.BLACK,
                    linewidth=3,
                    solid_capstyle="butt",
                    zorder=2,
                    gid="cap",
                )
                ax.annotate(
                    format_percent(value, lang, 0),
                    (value, y[row_label] - 0.38),
                    xytext=(0, 2),
                    textcoords="offset points",
                    ha="center",
                    va="bottom",
                    fontsize=7.5,
                )
        ax.set_yticks(range(len(rows)), rows, fontsize=8.5)
        ax.set_ylim(len(rows) - 0.5, -0.7)
        ax.set_xlim(0, max(100.0, float(data["eu_pct"].max()) + 8))
        ax.set_xlabel(label("eu_share_pct", lang))
        ax.grid(axis="y", visible=False)
        for row_label, n in data.groupby("row_label", sort=False).size().items():
            ax.annotate(
                f"n = {format_number(n, lang)}",
                (1.0, y[row_label]),
                xycoords=("axes fraction", "data"),
                xytext=(4, 0),
                textcoords="offset points",
                va="center",
                fontsize=8,
                color="#444444",
            )
        handles = [
            Line2D([], [], color=theme.BLACK, linewidth=3, label=label("cap", lang)),
            *(
                Patch(color=CAP_STATUS_COLOURS[s], label=label(k, lang))
                for s, k in (
                    ("within", "within_cap"),
                    ("above", "above_cap"),
                    ("cap_unknown", "cap_unknown"),
                )
                if (data["status"] == s).any()
            ),
            *(
                Line2D(
                    [],
                    [],
                    linestyle="none",
                    marker=SCOPE_MARKERS[s],
                    markersize=7,
                    color=theme.BLACK,
                    label=label(f"scope_{s}", lang),
                )
                for s in ("project", "partner")
                if (data["scope"] == s).any()
            ),
        ]
        if (data["eu_pct_basis"] == "stated").any():
            handles.append(
                Line2D(
                    [],
                    [],
                    linestyle="none",
                    marker="o",
                    markersize=7,
                    markerfacecolor="white",
                    markeredgecolor=theme.BLACK,
                    label=label("share_as_stated", lang),
                )
            )
    _title_and_legend(fig, label("title_eu_share_caps", lang), handles, ncols=4)
    _finish(fig, "eu_share_caps", lang)
    return fig, data


# --------------------------------------------------------------------------- 03 geography


def _map_extent(lon: pd.Series, lat: pd.Series) -> tuple[float, float, float, float]:
    """Bounds around the partners with a margin, never smaller than the Baltic Sea region."""
    west, east = min(lon.min(), 9.0) - 3, max(lon.max(), 29.0) + 3
    south, north = min(lat.min(), 53.0) - 2.5, max(lat.max(), 60.0) + 2.5
    return max(west, -25.0), min(east, 45.0), max(south, 27.0), min(north, 72.0)


LITHUANIA_EXTENT = (20.8, 27.0, 53.8, 56.55)
"""Lithuania's bounds (west, east, south, north), for the inset where its places crowd."""

PLACE_LABELS = 10
"""The map names this many of the places with most partners (those with two or more)."""


def _dot_area(n: int | float) -> float:
    """Marker area in points² for ``n`` partners at one place: grows with the count."""
    return 30 + 28 * (float(n) - 1)


def _size_steps(largest: int) -> list[int]:
    """Two or three round counts for the dot-size legend, up to the largest."""
    steps = [s for s in (1, 2, 5, 10, 20, 50, 100) if s <= largest]
    return sorted({steps[0], steps[len(steps) // 2], steps[-1]}) if steps else [1]


def _draw_places(
    ax: Axes, points: pd.DataFrame, lang: str, names: pd.DataFrame, fontsize: float
) -> None:
    """Dots for the places (area by partners; hollow where only a region or country is
    known), and the names of the places in ``names``."""
    for kind, marker in theme.PRECISION_MARKERS.items():
        rows = points[points["geo_precision"] == kind]
        if rows.empty:
            continue
        filled = kind == "city"
        ax.scatter(
            rows["lon"],
            rows["lat"],
            s=[_dot_area(n) for n in rows["partners"]],
            marker=marker,
            facecolors=theme.BLACK if filled else "white",
            edgecolors="white" if filled else theme.BLACK,
            linewidths=1.0,
            alpha=0.85 if filled else 1.0,
            zorder=3,
            label=label(f"precision_{kind}", lang),
        )
    for row in names.itertuples(index=False):
        ax.annotate(
            row.place,
            (row.lon, row.lat),
            xytext=(5, 4),
            textcoords="offset points",
            fontsize=fontsize,
            zorder=4,
            bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none", "alpha": 0.75},
        )


def _spaced(places: pd.DataFrame, extent: tuple[float, float, float, float]) -> pd.DataFrame:
    """The places, most partners first, leaving out any whose name would sit on a name
    already kept (closer than 10 % of the width and 3 % of the height of the view)."""
    west, east, south, north = extent
    dx, dy = 0.1 * (east - west), 0.03 * (north - south)
    kept: list[int] = []
    for i, row in enumerate(places.itertuples(index=False)):
        near = places.iloc[kept]
        if not ((abs(near["lon"] - row.lon) < dx) & (abs(near["lat"] - row.lat) < dy)).any():
            kept.append(i)
        if len(kept) == PLACE_LABELS:
            break
    return places.iloc[kept]


def _named_places(
    points: pd.DataFrame, inset: bool, extent: tuple[float, float, float, float]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The places the map names (two partners or more, most first, not on top of each
    other) and those the inset names: with an inset, Lithuania's places are named there."""
    named = points[points["partners"] >= 2]
    if not inset:
        return _spaced(named, extent), named.iloc[0:0]
    in_lt = named["country"] == "LT"
    return _spaced(named[~in_lt], extent), _spaced(named[in_lt], LITHUANIA_EXTENT)


def _link_width(n: float, most: float) -> float:
    return 0.5 + 5.5 * n / most


def partner_map(tables: TablesLike, lang: str = "en") -> Plot:
    """Europe with every located partner and the links between the partners of projects.

    Up to ``analysis.MAP_PROJECT_LINES`` projects, a line set per project (from its lead;
    every partner to every other where no lead is named, so that nobody reads as the hub);
    beyond, lines between countries whose width is the number of projects with partners in
    both. Dot area is the number of partners at a place; partners placed only at a region's
    or a country's centre are hollow; the places with most partners are named. The legends
    (dot size, fill, lines) stand in a column beside the map, under an inset of Lithuania
    where its places crowd. Borders: Natural Earth, stored in data/reference.
    """
    from cwlib.analyse import geodata

    theme.set_theme()
    data = analysis.partner_places(tables, lang)
    points = analysis.place_counts(tables, lang)
    located = data[data["located"]]
    links = analysis.map_links(tables, lang)
    by_projects = "projects" not in links
    if len(located):
        west, east, south, north = _map_extent(located["lon"], located["lat"])
    else:
        west, east, south, north = -12.0, 35.0, 35.0, 70.0
    crowded = int((points["country"] == "LT").sum()) >= 6
    fig = plt.figure(figsize=(14, 9), layout="constrained")
    grid = fig.add_gridspec(2, 2, width_ratios=[2.3, 1], height_ratios=[1, 1.6])
    ax = fig.add_subplot(grid[:, 0])
    side = fig.add_subplot(grid[1, 1] if crowded else grid[:, 1])
    side.axis("off")
    # Only what is in view is drawn: a smaller SVG and a faster figure.
    countries = geodata.europe_countries().clip((west - 1, south - 1, east + 1, north + 1))
    with_partners = set(located["country"])
    fill = [theme.COUNTRY_FILL if c in with_partners else "#F4F4F4" for c in countries["iso_a2"]]
    with _unpainted_draws(fig):
        countries.plot(ax=ax, color=fill, edgecolor="#B0B0B0", linewidth=0.5)
    line_handles: list = []
    if by_projects:
        # One colour per project (at most eight, the palette's size).
        for i, (_, group) in enumerate(links.groupby("project_id", sort=False)):
            colour = theme.PALETTE[i % len(theme.PALETTE)]
            style: Any = "-" if group["lead_known"].iloc[0] else (0, (4, 2))  # solid or dashed
            for row in group.itertuples(index=False):
                ax.plot(
                    [row.lon0, row.lon1],
                    [row.lat0, row.lat1],
                    color=colour,
                    linestyle=style,
                    linewidth=1.4,
                    alpha=0.85,
                    zorder=2,
                )
            line_handles.append(
                Line2D([], [], color=colour, linestyle=style, label=group["project"].iloc[0])
            )
        if len(links) and not links["lead_known"].all():
            line_handles.append(
                Line2D(
                    [],
                    [],
                    color=theme.GREY,
                    linestyle=(0, (4, 2)),
                    label=label("no_lead_lines", lang),
                )
            )
    else:
        most = max(int(links["projects"].max()), 1) if len(links) else 1
        for row in links.sort_values("projects").itertuples(index=False):
            ax.plot(
                [row.lon0, row.lon1],
                [row.lat0, row.lat1],
                color=theme.BLUE,
                linewidth=_link_width(row.projects, most),
                alpha=0.15 + 0.6 * row.projects / most,
                solid_capstyle="round",
                zorder=2,
            )
        for n in _size_steps(most):
            line_handles.append(
                Line2D(
                    [],
                    [],
                    color=theme.BLUE,
                    linewidth=_link_width(n, most),
                    label=format_number(n, lang),
                )
            )
    on_map, on_inset = _named_places(points, crowded, (west, east, south, north))
    _draw_places(ax, points, lang, on_map, 8)
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect(1 / math.cos(math.radians((south + north) / 2)))
    ax.set_xlabel(label("longitude", lang))
    ax.set_ylabel(label("latitude", lang))
    ax.grid(False)
    unplaced = len(data) - len(located)
    if unplaced:
        note = label("unplaced", lang).format(n=unplaced)
        ax.text(0.99, 0.01, note, transform=ax.transAxes, ha="right", va="bottom", fontsize=8.5)
    ax.text(
        0.01,
        0.01,
        label("borders_credit", lang),
        transform=ax.transAxes,
        fontsize=7,
        color=theme.GREY,
    )
    ax.set_title(label("title_partner_map", lang))
    if crowded:
        inset = fig.add_subplot(grid[0, 1])
        lt_west, lt_east, lt_south, lt_north = LITHUANIA_EXTENT
        with _unpainted_draws(fig):
            countries.plot(ax=inset, color=fill, edgecolor="#B0B0B0", linewidth=0.5)
        in_view = points[
            points["lon"].between(lt_west, lt_east) & points["lat"].between(lt_south, lt_north)
        ]
        _draw_places(inset, in_view, lang, on_inset, 7.5)
        inset.set_xlim(lt_west, lt_east)
        inset.set_ylim(lt_south, lt_north)
        inset.set_aspect(1 / math.cos(math.radians((lt_south + lt_north) / 2)))
        inset.set_xticks([])
        inset.set_yticks([])
        inset.set_xlabel("")
        inset.set_ylabel("")
        inset.grid(False)
        inset.set_title(label("lithuania", lang), fontsize=10, fontweight="normal", loc="left")
    _map_legends(side, points, line_handles, by_projects, lang)
    _finish(fig, "partner_map", lang)
    data.attrs["links"] = links
    data.attrs["places"] = points
    return fig, data


def _map_legends(
    side: Axes, points: pd.DataFrame, line_handles: list, by_projects: bool, lang: str
) -> None:
    """The map's three legends, stacked in the column beside it: what a dot is and what a
    filled country means; dot sizes; what a line is."""
    kinds = [
        Line2D(
            [],
            [],
            linestyle="none",
            marker=m,
            markersize=7,
            markerfacecolor=theme.BLACK if k == "city" else "white",
            markeredgecolor=theme.BLACK,
            label=label(f"precision_{k}", lang),
        )
        for k, m in theme.PRECISION_MARKERS.items()
        if (points["geo_precision"] == k).any()
    ]
    fill = Patch(
        facecolor=theme.COUNTRY_FILL,
        edgecolor="#B0B0B0",
        label=label("country_with_partners", lang),
    )
    largest = int(points["partners"].max()) if len(points) else 1
    sizes = [
        Line2D(
            [],
            [],
            linestyle="none",
            marker="o",
            markersize=math.sqrt(_dot_area(n)),
            markerfacecolor=theme.BLACK,
            markeredgecolor="white",
            label=format_number(n, lang),
        )
        for n in _size_steps(largest)
    ]
    common = {"fontsize": 8.5, "title_fontsize": 8.5, "alignment": "left", "frameon": False}
    first = side.legend(handles=[*kinds, fill], loc="upper left", **common)
    side.add_artist(first)
    second = side.legend(
        handles=sizes,
        loc="upper left",
        bbox_to_anchor=(0, 0.72),
        title=label("partners_at_place", lang),
        ncols=len(sizes),
        borderpad=1.0,
        **common,
    )
    side.add_artist(second)
    if line_handles:
        side.legend(
            handles=line_handles,
            loc="upper left",
            bbox_to_anchor=(0, 0.48),
            title=label("link" if by_projects else "projects_sharing", lang),
            **common,
        )


def country_heatmap(tables: TablesLike, lang: str = "en") -> Plot:
    """Partners per country (columns) in each project (rows), as an annotated heatmap.

    Projects with most partners first; past ``analysis.MAX_ROWS`` the rest summed in one
    row, and past 15 countries the rest in one column.
    """
    theme.set_theme()
    data = analysis.country_matrix(tables, lang)
    fig, ax = plt.subplots(
        figsize=(max(7.0, 3.5 + 0.55 * data.shape[1]), 2.6 + 0.4 * max(len(data), 1)),
        layout="constrained",
    )
    if data.empty:
        _empty(ax, lang)
    else:
        # The colour scale is the single projects'; the row of the rest together (its counts
        # written on it) would otherwise leave every other cell pale.
        single = data.iloc[:-1] if data.attrs.get("rest_row") else data
        with _unpainted_draws(fig):
            sns.heatmap(
                data,
                ax=ax,
                annot=data.map(lambda v: format_number(v, lang)),
                fmt="",
                cmap="Blues",
                mask=data == 0,
                vmin=0,
                vmax=max(int(single.max().max()), 1),
                linewidths=0.8,
                linecolor="#EEEEEE",
                cbar_kws={
                    "label": label("partners_count", lang),
                    "ticks": MaxNLocator(integer=True),
                    "shrink": 0.6,
                },
            )
        ax.set_facecolor("white")
        ax.grid(False)
        ax.tick_params(axis="x", rotation=45)
        plt.setp(ax.get_xticklabels(), ha="right", rotation_mode="anchor")
        if len(data) > 12:
            ax.tick_params(axis="x", labeltop=True)
    ax.set_title(label("title_country_heatmap", lang))
    _finish(fig, "country_heatmap", lang)
    return fig, data


ROLE_COLOURS = {"lead": theme.VERMILLION, "applicant": theme.GREEN, "partner": theme.BLUE}


def partner_types(tables: TablesLike, lang: str = "en") -> Plot:
    """Number of partners of each kind, stacked by role (lead, applicant, partner)."""
    theme.set_theme()
    data = analysis.partner_types(tables, lang)
    kinds = list(dict.fromkeys(data["org_label"]))
    fig, ax = _rows_figure(len(kinds), width=8.5, per_row=0.4)
    if data.empty:
        _empty(ax, lang)
    else:
        left = dict.fromkeys(kinds, 0)
        for role in ("lead", "applicant", "partner"):
            rows = data[data["role"] == role]
            if rows.empty:
                continue
            ys = [kinds.index(k) for k in rows["org_label"]]
            starts = [left[k] for k in rows["org_label"]]
            ax.barh(
                ys,
                rows["count"],
                left=starts,
                color=ROLE_COLOURS[role],
                edgecolor="white",
                label=label(f"role_{role}", lang),
            )
            for k, n in zip(rows["org_label"], rows["count"], strict=True):
                left[k] += n
        for y, kind in enumerate(kinds):
            _note(ax, left[kind] + 0.1, y, format_number(left[kind], lang))
        ax.set_yticks(range(len(kinds)), kinds)
        ax.set_ylim(len(kinds) - 0.5, -0.5)
        ax.set_xlim(0, max(left.values()) * 1.15 + 0.5)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel(label("partners_count", lang))
        ax.set_ylabel(label("org_type", lang))
        ax.legend(loc="lower right")
    ax.set_title(label("title_partner_types", lang))
    _finish(fig, "partner_types", lang)
    return fig, data


LEAD_COUNTRIES = 12
"""The lead-country panel names this many countries; the rest are one bar."""


def partnerships(tables: TablesLike, lang: str = "en") -> Plot:
    """How many partners a project has (one country or several) and where its lead is."""
    theme.set_theme()
    handles: list = []
    data = analysis.partnerships(tables, lang)
    data_named = data[data["n_partners"] > 0]
    leads = data_named["lead_country_name"].replace("", label("no_lead", lang)).value_counts()
    no_lead = label("no_lead", lang)
    named = leads.drop(no_lead, errors="ignore")
    if len(named) > LEAD_COUNTRIES + 1:
        rest = named.iloc[LEAD_COUNTRIES:]
        named = pd.concat(
            [
                named.iloc[:LEAD_COUNTRIES],
                pd.Series({label("other_countries", lang).format(n=len(rest)): rest.sum()}),
            ]
        )
    if no_lead in leads:
        named = pd.concat([named, pd.Series({no_lead: leads[no_lead]})])
    fig, axes = plt.subplots(
        1, 2, figsize=(12, 2.4 + 0.36 * max(len(named), 6)), layout="constrained"
    )
    if data_named.empty:
        for ax in axes:
            _empty(ax, lang)
    else:
        sizes = range(int(data_named["n_partners"].min()), int(data_named["n_partners"].max()) + 1)
        bottom = np.zeros(len(sizes))
        for flag, colour, key in (
            (False, theme.SKY_BLUE, "national"),
            (True, theme.BLUE, "international"),
        ):
            counts = data_named[data_named["international"] == flag]["n_partners"].value_counts()
            values = np.array([counts.get(s, 0) for s in sizes], dtype=float)
            axes[0].bar(list(sizes), values, bottom=bottom, color=colour, edgecolor="white")
            handles.append(Patch(color=colour, label=label(key, lang)))
            bottom += values
        axes[0].set_xlabel(label("partnership_size", lang))
        axes[0].set_ylabel(label("projects_count", lang))
        axes[0].xaxis.set_major_locator(MaxNLocator(integer=True))
        axes[0].yaxis.set_major_locator(MaxNLocator(integer=True))
        axes[0].set_title(label("partnership_size", lang), fontweight="normal", fontsize=10)
        y = list(range(len(named)))
        colours = [theme.GREY if k == no_lead else theme.VERMILLION for k in named.index]
        axes[1].barh(y, named.values, color=colours)
        for pos, value in zip(y, named.values, strict=True):
            _note(axes[1], value + 0.1, pos, format_number(value, lang))
        axes[1].set_yticks(y, named.index, fontsize=8.5)
        axes[1].set_ylim(len(named) - 0.5, -0.5)
        axes[1].set_xlim(0, named.max() * 1.2 + 0.5)
        axes[1].xaxis.set_major_locator(MaxNLocator(integer=True))
        axes[1].set_xlabel(label("projects_count", lang))
        axes[1].set_title(label("lead_country", lang), fontweight="normal", fontsize=10)
        axes[1].grid(axis="y", visible=False)
    _title_and_legend(fig, label("title_partnerships", lang), handles)
    _finish(fig, "partnerships", lang)
    data.attrs["lead_countries"] = named
    return fig, data


# --------------------------------------------------------------------------- 04 timelines


def _num(value: pd.Timestamp) -> float:
    return float(mdates.date2num(value))


def _period_strip(ax: Axes, step: float) -> None:
    """Each period above the bars, in a lane of its own ``step`` rows high: its years
    solid, then faded up to its eligibility end, which is also a dashed line down through
    the chart."""
    for i, span in enumerate(analysis.period_spans().itertuples(index=False)):
        colour = theme.PERIOD_COLOURS[span.period]
        lane = -(len(analysis.PERIODS) - i + 0.4) * step
        first, last = _num(span.start), _num(span.end + pd.Timedelta(days=1))
        until = _num(span.eligible_until)
        ax.plot([first, last], [lane, lane], color=colour, linewidth=5, solid_capstyle="butt")
        ax.plot(
            [last, until],
            [lane, lane],
            color=colour,
            linewidth=5,
            alpha=0.35,
            solid_capstyle="butt",
        )
        ax.text(first, lane - 0.3 * step, span.period, fontsize=8, va="bottom", color="#333333")
        ax.axvline(
            until, color=colour, linestyle="--", linewidth=1, zorder=1, gid="eligibility_end"
        )


def project_timeline(tables: TablesLike, lang: str = "en") -> Plot:
    """Gantt chart of the projects, each bar in its own programming period's colour.

    Draws :func:`cwlib.analyse.analysis.project_timeline`. At the top each period's years
    and, faded, the time its spending stays eligible, ending in a dashed line through the
    chart. The time a project surely ran is solid; a start or end known only to the month or
    year is a faded span over that month or year; an event known only to the month or year
    is a bracket over it with a hollow marker; only day-precise dates get a solid marker.
    Decisions (approval, signature) sit above the bar, its own dates on it, later events
    below it. Events whose year is not stated are listed at the right, never placed on the
    axis. Past ``analysis.TIMELINE_ROWS`` projects every project is a thin unnamed line.
    """
    theme.set_theme()
    handles: list = []
    data = analysis.project_timeline(tables, lang)
    projects = data.attrs.get("projects", [])
    compact = data.attrs.get("compact", False)
    height = 11.0 if compact else 3.4 + 0.5 * max(len(projects), 1)
    fig, ax = plt.subplots(figsize=(12, height), layout="constrained")
    step = max(0.45, len(projects) / 28) if compact else 0.45
    _period_strip(ax, step)
    bar_height = 0.7 if compact else 0.45
    shown: set[str] = set()
    no_year: dict[int, list[str]] = {}
    spans_drawn = planned = False
    for mark in data.itertuples(index=False):
        y = mark.row
        colour = theme.PERIOD_COLOURS.get(mark.period, theme.GREY)
        if mark.mark == "planned":
            first, last = _num(mark.earliest), _num(mark.latest)
            ax.barh(
                y,
                last - first,
                left=first,
                height=bar_height,
                facecolor="none",
                edgecolor=colour,
                linestyle="--",
                linewidth=1.2,
                zorder=2,
            )
            planned = True
            continue
        if mark.mark in ("run", "start_span", "end_span"):
            extra = 0 if mark.mark == "run" else 1
            first, last = _num(mark.earliest), _num(mark.latest + pd.Timedelta(days=extra))
            alpha = 1.0 if mark.mark == "run" else 0.3
            ax.barh(
                y, last - first, left=first, height=bar_height, color=colour, alpha=alpha, zorder=2
            )
            continue
        style = theme.EVENT_STYLE.get(mark.event, theme.EVENT_STYLE["other"])
        lane = y + theme.EVENT_LANE.get(mark.event, 0.3)
        if mark.precision == "no_year" or pd.isna(mark.earliest):
            no_year.setdefault(y, []).append(f"{mark.event_label} {mark.date.lstrip('-')}")
            continue
        shown.add(mark.event)
        if mark.precision == "day":
            ax.plot(
                _num(mark.earliest),
                lane,
                linestyle="none",
                markersize=8,
                markeredgecolor="black",
                zorder=4,
                **style,
            )
            continue
        spans_drawn = True
        first, last = _num(mark.earliest), _num(mark.latest + pd.Timedelta(days=1))
        event_colour = style["color"]
        ax.plot([first, last], [lane] * 2, color=event_colour, linewidth=2, zorder=3)
        for x in (first, last):
            ax.plot([x, x], [lane - 0.12, lane + 0.12], color=event_colour, linewidth=1.5, zorder=3)
        ax.plot(
            (first + last) / 2,
            lane,
            linestyle="none",
            markersize=7,
            markerfacecolor="white",
            markeredgecolor=event_colour,
            marker=style["marker"],
            zorder=4,
        )
    for y, notes in no_year.items():
        ax.annotate(
            "; ".join(notes) + f" ({label('no_year_lane', lang)})",
            xy=(1.01, y),
            xycoords=("axes fraction", "data"),
            va="center",
            fontsize=8,
            color="#333333",
        )
    dates = pd.concat([data["earliest"], data["latest"]]).dropna()
    first_year = min(2007, dates.min().year) if len(dates) else 2007
    last_year = max(2030, dates.max().year) if len(dates) else 2030
    ax.set_xlim(
        _num(pd.Timestamp(f"{first_year}-01-01")), _num(pd.Timestamp(f"{last_year + 1}-01-01"))
    )
    ax.xaxis.set_major_locator(mdates.YearLocator(2))
    ax.xaxis.set_minor_locator(mdates.YearLocator(1))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.set_ylim(max(len(projects), 1) - 0.4, -(len(analysis.PERIODS) + 1) * step)
    if compact:
        ax.set_yticks([])
        ax.set_ylabel(label("compact_note", lang).format(n=len(projects)))
        ax.tick_params(axis="x", labeltop=True)
        missing = len(tables.projects) - len(projects)
        if missing:
            ax.text(
                0.01,
                0.01,
                label("not_drawn_note", lang).format(n=missing),
                transform=ax.transAxes,
                ha="left",
                va="bottom",
                fontsize=8.5,
            )
    else:
        ax.set_yticks(range(len(projects)), projects, fontsize=8.5)
    ax.set_xlabel(label("year", lang))
    ax.grid(axis="y", visible=False)
    periods = [p for p in (*analysis.PERIODS, "") if (data["period"] == p).any()]
    handles = [
        Patch(color=theme.PERIOD_COLOURS[p], label=p or label("period_unknown", lang))
        for p in periods
    ]
    handles += [
        Patch(color=theme.GREY, alpha=0.3, label=label("duration_uncertain", lang)),
        Line2D([], [], color=theme.GREY, linestyle="--", label=label("eligible_until", lang)),
    ]
    if planned:
        handles.append(
            Patch(
                facecolor="none", edgecolor=theme.GREY, linestyle="--", label=label("planned", lang)
            )
        )
    for kind, style in theme.EVENT_STYLE.items():
        if kind in shown:
            handles.append(
                Line2D(
                    [],
                    [],
                    linestyle="none",
                    markersize=7,
                    markeredgecolor="black",
                    label=label(f"event_{kind}", lang),
                    **style,
                )
            )
    if spans_drawn:
        handles.append(
            Line2D(
                [],
                [],
                color=theme.GREY,
                linewidth=2,
                marker="|",
                markersize=9,
                label=label("precision_year_span", lang),
            )
        )
    if not projects:
        _empty(ax, lang)
    _title_and_legend(fig, label("title_project_timeline", lang), handles, ncols=4)
    _finish(fig, "project_timeline", lang)
    return fig, data


DURATION_BIN_MONTHS = 6


def durations(tables: TablesLike, lang: str = "en") -> Plot:
    """How many projects run how long: a histogram in 6-month bins, stacked by period."""
    theme.set_theme()
    data = analysis.durations(tables, lang)
    fig, ax = plt.subplots(figsize=(10, 4.8), layout="constrained")
    if data.empty:
        _empty(ax, lang)
    else:
        step = DURATION_BIN_MONTHS
        top = int(math.ceil(data["duration_months"].max() / step) * step)
        edges = list(range(0, top + step, step))
        periods = [p for p in (*analysis.PERIODS, "") if (data["period"] == p).any()]
        ax.hist(
            [data.loc[data["period"] == p, "duration_months"] for p in periods],
            bins=edges,
            stacked=True,
            color=[theme.PERIOD_COLOURS[p] for p in periods],
            edgecolor="white",
            label=[p or label("period_unknown", lang) for p in periods],
        )
        ax.set_xticks(edges)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel(label("duration_months", lang))
        ax.set_ylabel(label("projects_count", lang))
        ax.legend(loc="upper right", fontsize=8.5, title=label("period", lang), title_fontsize=8.5)
    ax.set_title(label("title_durations", lang))
    _finish(fig, "durations", lang)
    return fig, data


# --------------------------------------------------------------------------- 06 results


def results(tables: TablesLike, lang: str = "en") -> Plot:
    """Projects counting each kind of result, with the sum of their counts beside the bar."""
    theme.set_theme()
    data = analysis.results(tables, lang)
    fig, ax = _rows_figure(len(data), width=9.5, per_row=0.45)
    if data.empty:
        _empty(ax, lang)
    else:
        y = list(range(len(data)))
        colours = [theme.GREY if k == "other" else theme.GREEN for k in data["kind"]]
        ax.barh(y, data["n_projects"], color=colours)
        for pos, row in zip(y, data.itertuples(index=False), strict=True):
            note = label("counted_total", lang).format(n=format_number(row.total_count, lang))
            _note(ax, row.n_projects + 0.15, pos, note)
        _bar_axis(ax, list(data["kind_label"]), lang)
        ax.set_xlim(0, data["n_projects"].max() * 1.3 + 0.5)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel(label("projects_counting", lang))
        ax.set_ylabel(label("result_kind", lang))
    ax.set_title(label("title_results", lang))
    _finish(fig, "results", lang)
    return fig, data


def results_cost(tables: TablesLike, lang: str = "en") -> Plot:
    """Whole budget per counted result, one dot per result, a row per kind, median marked."""
    theme.set_theme()
    handles: list = []
    data = analysis.results_cost(tables, lang)
    kinds = list(dict.fromkeys(data["kind_label"]))
    fig, ax = _rows_figure(len(kinds), width=10, per_row=0.55, base=2.4)
    if data.empty:
        _empty(ax, lang)
    else:
        y = {k: i for i, k in enumerate(kinds)}
        for kind, group in data.groupby("kind_label", sort=False):
            spread = _lanes(len(group), 0.22, 5)
            for k, value in enumerate(group["eur_per_result"].sort_values()):
                ax.plot(
                    value,
                    y[kind] + spread[k % len(spread)],
                    linestyle="none",
                    marker="o",
                    markersize=5,
                    color=theme.BLUE,
                    alpha=0.7,
                    zorder=3,
                )
            median = float(group["eur_per_result"].median())
            ax.plot(
                [median, median],
                [y[kind] - 0.35, y[kind] + 0.35],
                color=theme.VERMILLION,
                linewidth=2.5,
                zorder=4,
                gid="median",
            )
            ax.annotate(
                format_money(median, lang),
                (median, y[kind] - 0.35),
                xytext=(0, 2),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontsize=7.5,
            )
        ax.set_xscale("log")
        ax.xaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
        ax.xaxis.set_minor_formatter(NullFormatter())
        ax.xaxis.set_major_formatter(tick_formatter(lang))
        ax.set_yticks(range(len(kinds)), kinds, fontsize=8.5)
        ax.set_ylim(len(kinds) - 0.5, -0.7)
        ax.set_xlabel(label("eur_per_result", lang))
        ax.grid(axis="y", visible=False)
        handles = [
            Line2D(
                [],
                [],
                linestyle="none",
                marker="o",
                color=theme.BLUE,
                label=label("one_result", lang),
            ),
            Line2D([], [], color=theme.VERMILLION, linewidth=2.5, label=label("median", lang)),
        ]
    _title_and_legend(fig, label("title_results_cost", lang), handles)
    _finish(fig, "results_cost", lang)
    return fig, data


FIGURES: dict[str, Callable[..., Plot]] = {
    "completeness": completeness,
    "budget_totals": budget_totals,
    "budget_intensity": budget_intensity,
    "programme_totals": programme_totals,
    "lt_partner_shares": lt_partner_shares,
    "funding_split": funding_split,
    "eu_share_caps": eu_share_caps,
    "partner_map": partner_map,
    "country_heatmap": country_heatmap,
    "partner_types": partner_types,
    "partnerships": partnerships,
    "project_timeline": project_timeline,
    "durations": durations,
    "results": results,
    "results_cost": results_cost,
}
"""Every figure by name, in notebook order: the report draws each again in Lithuanian."""

ANALYSIS_OF = {
    "completeness": "completeness_matrix",
    "partner_map": "partner_places",
    "country_heatmap": "country_matrix",
}
"""The analysis function whose frame a figure draws, where its name differs."""

__all__ = [*FIGURES, "ANALYSIS_OF", "FIGURES", "FIGURES_ENV", "save_figure", "show_saved"]
