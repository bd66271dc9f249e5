"""One function per figure, each returning ``(figure, data)``.

``data`` is the frame the figure draws, exactly as returned by the function of the same name
in :mod:`cwlib.analyse.analysis`; tests compare it (and the drawn artists) with the tables, so a figure
cannot quietly show something the tables do not say. Every figure:

- uses the one theme of :mod:`cwlib.analyse.theme` (colour-blind-safe colours, hatching and marker
  shapes so that no meaning rests on colour alone);
- names projects by their (short) titles, not ids, and puts a unit on every axis;
- is labelled in English, or in Lithuanian with ``lang="lt"``;
- is written to ``$CWLIB_FIGURES/<name>[_lt].png`` and ``.svg`` when that variable is set
  (``cwlib.export.report`` sets it while it executes the notebooks).

Figures are made with ``pyplot`` so that Jupyter shows them at the end of the cell.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from pathlib import Path

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from cwlib.analyse import analysis, theme
from cwlib.analyse.analysis import TablesLike
from cwlib.analyse.theme import label

FIGURES_ENV = "CWLIB_FIGURES"
"""Environment variable naming the folder every figure is also saved to (PNG and SVG)."""

Plot = tuple[Figure, pd.DataFrame]


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
    save_figure(fig, name if lang == "en" else f"{name}_{lang}")


def _euro(value: float, _pos: object = None) -> str:
    """Axis tick in euro with thousands separators: 1,250,000."""
    return f"{value:,.0f}"


def _rows_figure(n_rows: int, width: float = 10.0, per_row: float = 0.42, base: float = 1.8):
    """A figure whose height grows with the number of bars, so labels never overlap."""
    return plt.subplots(figsize=(width, base + per_row * max(n_rows, 1)), layout="constrained")


def _empty(ax, lang: str) -> None:
    message = label("no_data", lang)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color=theme.GREY)
    ax.set_xticks([])
    ax.set_yticks([])


def _group_ticks(frame: pd.DataFrame) -> list[str]:
    """Two-line tick labels: project name, then whose budget (whole project or a partner)."""
    return [f"{p}\n{g}" for p, g in zip(frame["project"], frame["group"], strict=True)]


# --------------------------------------------------------------------------- 00 data tour


def completeness(tables: TablesLike, lang: str = "en") -> Plot:
    """Heatmap of which fields each project's texts state (filled) and which they do not."""
    theme.set_theme()
    data = analysis.completeness(tables, lang)
    matrix = data.pivot(index="project", columns="field_label", values="filled")
    if len(matrix):
        matrix = matrix.loc[
            list(dict.fromkeys(data["project"])), list(dict.fromkeys(data["field_label"]))
        ]
    fig, ax = _rows_figure(len(matrix), width=11, per_row=0.4, base=3.2)
    if matrix.empty:
        _empty(ax, lang)
    else:
        sns.heatmap(
            matrix.astype(int),
            ax=ax,
            cmap=[theme.LIGHT_GREY, theme.BLUE],
            vmin=0,
            vmax=1,
            cbar=False,
            linewidths=1,
            linecolor="white",
        )
        shares = matrix.mean(axis=1) * 100
        for y, share in enumerate(shares):
            ax.text(len(matrix.columns) + 0.2, y + 0.5, f"{share:.0f} %", va="center", fontsize=9)
        ax.set_xlabel(label("field", lang))
        ax.set_ylabel(label("project", lang))
        ax.tick_params(axis="x", rotation=50)
        plt.setp(ax.get_xticklabels(), ha="right", rotation_mode="anchor")
        handles = [
            Patch(color=theme.BLUE, label=label("filled", lang)),
            Patch(color=theme.LIGHT_GREY, label=label("missing", lang)),
        ]
        ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, 1.0), ncols=2)
    ax.set_title(label("title_completeness", lang), pad=28)
    _finish(fig, "completeness", lang)
    return fig, data


# --------------------------------------------------------------------------- 01 budgets


def _amount_note(row: pd.Series, lang: str) -> str:
    """'2,393,288 EUR (8,263,543 Lt)': the euro value with the litas original beside it."""
    text = f"{row.amount_eur:,.0f} EUR"
    if row.currency == "LTL" and pd.notna(row.amount):
        text += f"  ({row.amount:,.0f} Lt{', *' if row.eur_basis == 'converted' else ''})"
    return text


def budget_totals(tables: TablesLike, lang: str = "en") -> Plot:
    """Every budget in euro on one axis; whole-project and one-partner budgets as separate bars.

    Colour and the tick label say whose budget a bar is; a hatched bar is a sum of stated parts
    where no total is stated; litas originals are written beside their euro value.
    """
    theme.set_theme()
    data = analysis.budget_totals(tables, lang)
    fig, ax = _rows_figure(len(data), per_row=0.55)
    if data.empty:
        _empty(ax, lang)
    else:
        y = range(len(data))
        ax.barh(
            list(y),
            data["amount_eur"],
            color=[theme.SCOPE_COLOURS[s] for s in data["scope"]],
            hatch=["//" if b == "sum_of_parts" else "" for b in data["total_basis"]],
            edgecolor="white",
        )
        top = data["amount_eur"].max()
        for pos, row in zip(y, data.itertuples(index=False), strict=True):
            ax.text(
                row.amount_eur + top * 0.01, pos, _amount_note(row, lang), va="center", fontsize=8.5
            )
        ax.set_yticks(list(y), _group_ticks(data), fontsize=8.5)
        ax.set_ylim(len(data) - 0.5, -0.5)  # first row on top, no empty margin
        ax.set_xlim(0, top * 1.45)
        ax.xaxis.set_major_formatter(FuncFormatter(_euro))
        ax.tick_params(axis="x", rotation=20)
        ax.set_xlabel(label("eur", lang))
        handles = [
            Patch(color=theme.SCOPE_COLOURS["project"], label=label("scope_project", lang)),
            Patch(color=theme.SCOPE_COLOURS["partner"], label=label("scope_partner", lang)),
            Patch(
                facecolor="white",
                edgecolor=theme.GREY,
                hatch="//",
                label=label("sum_of_parts", lang),
            ),
        ]
        if (data["currency"] == "LTL").any():
            handles.append(Patch(color="none", label="* " + label("litas_note", lang)))
        ax.legend(handles=handles, loc="lower right", fontsize=8.5)
    ax.set_title(label("title_budget_totals", lang))
    _finish(fig, "budget_totals", lang)
    return fig, data


def budget_intensity(tables: TablesLike, lang: str = "en") -> Plot:
    """Whole-project budget per named partner and per month of duration, side by side."""
    theme.set_theme()
    data = analysis.budget_intensity(tables, lang)
    fig, axes = plt.subplots(
        1, 2, figsize=(11, 1.8 + 0.42 * max(len(data), 1)), sharey=True, layout="constrained"
    )
    if data.empty:
        for ax in axes:
            _empty(ax, lang)
    else:
        y = list(range(len(data)))
        hatch = ["//" if b == "sum_of_parts" else "" for b in data["total_basis"]]
        panels = [
            ("eur_per_partner", "per_partner", "eur_per_partner", theme.BLUE),
            ("eur_per_month", "per_month", "eur_per_month", theme.GREEN),
        ]
        for ax, (column, title, unit, colour) in zip(axes, panels, strict=True):
            values = data[column]
            ax.barh(y, values.fillna(0), color=colour, hatch=hatch, edgecolor="white")
            top = values.max() if values.notna().any() else 1.0
            for pos, value in zip(y, values, strict=True):
                note = f"{value:,.0f}" if pd.notna(value) else label("org_unknown", lang)
                ax.text(
                    (value if pd.notna(value) else 0) + top * 0.02,
                    pos,
                    note,
                    va="center",
                    fontsize=8.5,
                )
            ax.set_xlim(0, top * 1.3)
            ax.xaxis.set_major_formatter(FuncFormatter(_euro))
            ax.tick_params(axis="x", rotation=20)
            ax.set_xlabel(label(unit, lang))
            ax.set_title(label(title, lang), fontweight="normal", fontsize=10)
        axes[0].set_yticks(y, data["project"], fontsize=8.5)
        axes[0].set_ylim(len(data) - 0.5, -0.5)
        if (data["total_basis"] == "sum_of_parts").any():
            axes[1].legend(
                handles=[
                    Patch(
                        facecolor="white",
                        edgecolor=theme.GREY,
                        hatch="//",
                        label=label("sum_of_parts", lang),
                    )
                ],
                loc="lower right",
                fontsize=8.5,
            )
    fig.suptitle(label("title_budget_intensity", lang), x=0.01, ha="left", fontweight="bold")
    _finish(fig, "budget_intensity", lang)
    return fig, data


# --------------------------------------------------------------------------- 02 EU shares


SPLIT_AXIS_MAX_PCT = 135.0
"""The share axis ends here. Where stated parts exceed their total (a source error the audit
reports) the bar runs off the axis and its real share is written on it, so that one error
does not squash every other bar."""


def funding_split(tables: TablesLike, lang: str = "en") -> Plot:
    """Stacked bars of each budget's parts as % of its total: EU, state, own, other, not stated.

    A sum of EU and state budget together is one hatched segment, never split; a budget with
    no stated total is measured against the sum of its parts (said at the bar's end).
    """
    theme.set_theme()
    data = analysis.funding_split(tables, lang)
    groups = data.drop_duplicates(["project_id", "scope", "party"]) if len(data) else data
    fig, ax = _rows_figure(len(groups), per_row=0.6)
    if data.empty:
        _empty(ax, lang)
    else:
        positions = {
            key: i
            for i, key in enumerate(
                zip(groups["project_id"], groups["scope"], groups["party"], strict=True)
            )
        }
        left = [0.0] * len(groups)
        for item in analysis.SEGMENTS:
            rows = data[data["item"] == item]
            if rows.empty:
                continue
            ys = [
                positions[k]
                for k in zip(rows["project_id"], rows["scope"], rows["party"], strict=True)
            ]
            starts = [left[y] for y in ys]
            ax.barh(
                ys,
                rows["pct"],
                left=starts,
                color=theme.ITEM_COLOURS[item] if item != "eu_national" else theme.SKY_BLUE,
                hatch=theme.ITEM_HATCH.get(item, ""),
                edgecolor=theme.BLUE if item == "eu_national" else "white",
                linewidth=0.6,
                label=label(f"item_{item}", lang),
            )
            for y, start, pct in zip(ys, starts, rows["pct"], strict=True):
                left[y] = start + pct
                if pct >= 7 and start + pct / 2 < 100:
                    ax.text(
                        start + pct / 2,
                        y,
                        f"{pct:.0f} %",
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
        for y, row in enumerate(groups.itertuples(index=False)):
            note = f"= {row.denominator_eur:,.0f} EUR"
            if row.denominator_basis == "sum_of_parts":
                note += " (Σ)"
            box = None
            if left[y] > 100.5:  # the parts exceed the total: say by how much
                note = f"▶ {left[y]:.0f} % {note}"
                box = {"boxstyle": "round,pad=0.2", "fc": "white", "ec": theme.VERMILLION}
            ax.text(101.5, y, note, va="center", fontsize=8.5, bbox=box)
        ax.set_yticks(list(positions.values()), _group_ticks(groups), fontsize=8.5)
        ax.set_ylim(len(groups) - 0.5, -0.5)
        ax.set_xlim(0, SPLIT_AXIS_MAX_PCT)
        ax.axvline(100, color=theme.GREY, linewidth=0.8, linestyle=":")
        ax.set_xticks(range(0, 101, 20))
        ax.set_xlabel(label("pct_of_total", lang))
        handles, labels = ax.get_legend_handles_labels()
        if (groups["denominator_basis"] == "sum_of_parts").any():
            handles.append(Patch(color="none"))
            labels.append("Σ: " + label("sum_of_parts", lang))
        fig.legend(handles, labels, loc="outside lower left", ncols=3, fontsize=8.5)
    ax.set_title(label("title_funding_split", lang))
    _finish(fig, "funding_split", lang)
    return fig, data


# --------------------------------------------------------------------------- 03 geography


def _map_extent(lon: pd.Series, lat: pd.Series) -> tuple[float, float, float, float]:
    """Bounds around the partners with a margin, never smaller than the Baltic Sea region."""
    west, east = min(lon.min(), 9.0) - 3, max(lon.max(), 29.0) + 3
    south, north = min(lat.min(), 53.0) - 2.5, max(lat.max(), 60.0) + 2.5
    return max(west, -25.0), min(east, 45.0), max(south, 27.0), min(north, 72.0)


def partner_map(tables: TablesLike, lang: str = "en") -> Plot:
    """Europe with every located partner and lines joining the partners of each project.

    Partners placed at their city are filled circles; placed only at a region's or a
    country's centre, hollow triangles or squares. Marker area grows with the number of
    partners at the same point. Borders: Natural Earth, stored in data/reference.
    """
    from cwlib.analyse import geodata

    theme.set_theme()
    data = analysis.partner_places(tables, lang)
    links = analysis.partner_links(tables, lang)
    located = data[data["located"]]
    if len(located):
        west, east, south, north = _map_extent(located["lon"], located["lat"])
    else:
        west, east, south, north = -12.0, 35.0, 35.0, 70.0
    # Only what is in view is drawn: a smaller SVG and a faster figure.
    countries = geodata.europe_countries().clip((west - 1, south - 1, east + 1, north + 1))
    fig, ax = plt.subplots(figsize=(10, 8.5))
    with_partners = set(located["country"])
    countries.plot(
        ax=ax,
        color=[
            theme.PERIOD_COLOURS["2014-2020"] if c in with_partners else "#F4F4F4"
            for c in countries["iso_a2"]
        ],
        edgecolor="#B0B0B0",
        linewidth=0.5,
    )
    # One colour per project; past eight projects the colours repeat with another dash style.
    styles = ["-", "--", ":", "-."]
    line_handles = []
    for i, (_, group) in enumerate(links.groupby("project_id", sort=False)):
        colour = theme.PALETTE[i % len(theme.PALETTE)]
        style = styles[(i // len(theme.PALETTE)) % len(styles)]
        for row in group.itertuples(index=False):
            ax.plot(
                [row.lon0, row.lon1],
                [row.lat0, row.lat1],
                color=colour,
                linestyle=style,
                linewidth=1.3,
                alpha=0.8,
                zorder=2,
            )
        line_handles.append(
            Line2D([], [], color=colour, linestyle=style, label=group["project"].iloc[0])
        )
    # A place whose precision is not recorded is drawn as the least precise kind (country).
    precision = located["geo_precision"].where(
        located["geo_precision"].isin(list(theme.PRECISION_MARKERS)), "country"
    )
    points = (
        located.assign(geo_precision=precision)
        .groupby(["lon", "lat", "geo_precision"], sort=False)
        .size()
        .rename("n")
        .reset_index()
        if len(located)
        else pd.DataFrame(columns=["lon", "lat", "geo_precision", "n"])
    )
    marker_handles = []
    for kind, marker in theme.PRECISION_MARKERS.items():
        rows = points[points["geo_precision"] == kind]
        if rows.empty:
            continue
        filled = kind == "city"
        ax.scatter(
            rows["lon"],
            rows["lat"],
            s=[40 + 30 * (n - 1) for n in rows["n"]],
            marker=marker,
            facecolors=theme.BLACK if filled else "white",
            edgecolors=theme.BLACK,
            linewidths=1.4,
            zorder=3,
            label=label(f"precision_{kind}", lang),
        )
        marker_handles.append(
            Line2D(
                [],
                [],
                marker=marker,
                linestyle="none",
                markersize=7,
                markerfacecolor=theme.BLACK if filled else "white",
                markeredgecolor=theme.BLACK,
                label=label(f"precision_{kind}", lang),
            )
        )
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect(1 / math.cos(math.radians((south + north) / 2)))
    ax.set_xlabel(label("longitude", lang))
    ax.set_ylabel(label("latitude", lang))
    ax.grid(False)
    first = ax.legend(
        handles=marker_handles, loc="upper left", fontsize=8.5, title=None, frameon=True
    )
    ax.add_artist(first)
    if line_handles:
        ax.legend(
            handles=line_handles,
            loc="upper left",
            bbox_to_anchor=(1.01, 1.0),
            fontsize=8.5,
            title=label("link", lang),
        )
    unplaced = len(data) - len(located)
    if unplaced:
        note = label("unplaced", lang).format(n=unplaced)
        ax.text(
            0.99,
            0.01,
            note,
            transform=ax.transAxes,
            ha="right",
            va="bottom",
            fontsize=8.5,
            color=theme.BLACK,
        )
    ax.text(
        0.01,
        0.01,
        label("borders_credit", lang),
        transform=ax.transAxes,
        fontsize=7,
        color=theme.GREY,
    )
    ax.set_title(label("title_partner_map", lang))
    _finish(fig, "partner_map", lang)
    data.attrs["links"] = links
    return fig, data


def country_heatmap(tables: TablesLike, lang: str = "en") -> Plot:
    """Partners per country (columns) in each project (rows), as an annotated heatmap."""
    theme.set_theme()
    data = analysis.country_matrix(tables, lang)
    fig, ax = plt.subplots(
        figsize=(max(6.0, 2.5 + 0.6 * data.shape[1]), 2.2 + 0.42 * max(len(data), 1))
    )
    if data.empty:
        _empty(ax, lang)
    else:
        sns.heatmap(
            data,
            ax=ax,
            annot=True,
            fmt="d",
            cmap="Blues",
            mask=data == 0,
            vmin=0,
            linewidths=0.8,
            linecolor="#EEEEEE",
            cbar_kws={"label": label("partners_count", lang), "ticks": MaxNLocator(integer=True)},
        )
        ax.set_facecolor("white")
        ax.grid(False)
        ax.tick_params(axis="x", rotation=45)
        plt.setp(ax.get_xticklabels(), ha="right", rotation_mode="anchor")
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
            ax.text(left[kind] + 0.1, y, str(left[kind]), va="center", fontsize=9)
        ax.set_yticks(range(len(kinds)), kinds)
        ax.set_ylim(len(kinds) - 0.5, -0.5)
        ax.set_xlim(0, max(left.values()) * 1.15 + 0.5)
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.set_xlabel(label("partners_count", lang))
        ax.set_ylabel(label("org_type", lang))
        ax.legend(loc="lower right")
    ax.set_title(label("title_partner_types", lang))
    _finish(fig, "partner_types", lang)
    return fig, data


# --------------------------------------------------------------------------- 04 timelines


def _num(value: pd.Timestamp) -> float:
    return float(mdates.date2num(value))


def project_timeline(tables: TablesLike, lang: str = "en") -> Plot:
    """Gantt chart of the projects over the programming periods, with their dated events.

    Draws :func:`cwlib.analyse.analysis.project_timeline`: the time a project surely ran is solid; a
    start or end known only to the month or year is a faded span over that month or year; an
    event known only to the month or year is a bracket over it with a hollow marker; only
    day-precise dates get a solid marker. Events whose year is not stated are listed at the
    right, outside the time axis, never placed on it.
    """
    theme.set_theme()
    data = analysis.project_timeline(tables, lang)
    projects = data.attrs.get("projects", [])
    fig, ax = _rows_figure(len(projects), width=12, per_row=0.5, base=2.6)
    for span in analysis.period_spans().itertuples(index=False):
        first, last = _num(span.start), _num(span.end + pd.Timedelta(days=1))
        ax.axvspan(first, last, color=theme.PERIOD_COLOURS[span.period], zorder=0)
        ax.text(
            (first + last) / 2,
            -0.75,
            span.period,
            ha="center",
            va="bottom",
            fontsize=9,
            color="#444444",
        )
    shown: set[str] = set()
    no_year: dict[int, list[str]] = {}
    spans_drawn = planned = False
    for mark in data.itertuples(index=False):
        y = mark.row
        if mark.mark == "planned":
            first, last = _num(mark.earliest), _num(mark.latest)
            ax.barh(
                y,
                last - first,
                left=first,
                height=0.45,
                facecolor="none",
                edgecolor=theme.BLUE,
                linestyle="--",
                linewidth=1.2,
                zorder=2,
            )
            planned = True
            continue
        if mark.mark in ("run", "start_span", "end_span"):
            first, last = (
                _num(mark.earliest),
                _num(mark.latest + pd.Timedelta(days=0 if mark.mark == "run" else 1)),
            )
            alpha = 1.0 if mark.mark == "run" else 0.3
            ax.barh(
                y, last - first, left=first, height=0.45, color=theme.BLUE, alpha=alpha, zorder=2
            )
            continue
        style = theme.EVENT_STYLE.get(mark.event, theme.EVENT_STYLE["other"])
        if mark.precision == "no_year" or pd.isna(mark.earliest):
            no_year.setdefault(y, []).append(f"{mark.event_label} {mark.date.lstrip('-')}")
            continue
        shown.add(mark.event)
        if mark.precision == "day":
            ax.plot(
                _num(mark.earliest),
                y,
                linestyle="none",
                markersize=8,
                markeredgecolor="black",
                zorder=4,
                **style,
            )
            continue
        spans_drawn = True
        first, last = _num(mark.earliest), _num(mark.latest + pd.Timedelta(days=1))
        colour = style["color"]
        ax.plot([first, last], [y + 0.32] * 2, color=colour, linewidth=2, zorder=3)
        for x in (first, last):
            ax.plot([x, x], [y + 0.2, y + 0.44], color=colour, linewidth=1.5, zorder=3)
        ax.plot(
            (first + last) / 2,
            y + 0.32,
            linestyle="none",
            markersize=7,
            markerfacecolor="white",
            markeredgecolor=colour,
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
    last_year = max(2027, dates.max().year) if len(dates) else 2027
    ax.set_xlim(
        _num(pd.Timestamp(f"{first_year}-01-01")), _num(pd.Timestamp(f"{last_year + 1}-01-01"))
    )
    ax.xaxis.set_major_locator(mdates.YearLocator(2))
    ax.xaxis.set_minor_locator(mdates.YearLocator(1))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.set_ylim(max(len(projects), 1) - 0.4, -1.0)
    ax.set_yticks(range(len(projects)), projects)
    ax.set_xlabel(label("year", lang))
    ax.grid(axis="y", visible=False)
    handles = [
        Patch(color=theme.BLUE, label=label("duration_certain", lang)),
        Patch(color=theme.BLUE, alpha=0.3, label=label("duration_uncertain", lang)),
    ]
    if planned:
        handles.append(
            Patch(
                facecolor="none", edgecolor=theme.BLUE, linestyle="--", label=label("planned", lang)
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
    fig.legend(handles=handles, loc="outside lower left", ncols=3, fontsize=8.5)
    if not projects:
        _empty(ax, lang)
    ax.set_title(label("title_project_timeline", lang))
    _finish(fig, "project_timeline", lang)
    return fig, data


FIGURES: dict[str, Callable[..., Plot]] = {
    "completeness": completeness,
    "budget_totals": budget_totals,
    "budget_intensity": budget_intensity,
    "funding_split": funding_split,
    "partner_map": partner_map,
    "country_heatmap": country_heatmap,
    "partner_types": partner_types,
    "project_timeline": project_timeline,
}
"""Every figure by name, in notebook order: the report draws each again in Lithuanian."""

__all__ = [*FIGURES, "FIGURES", "FIGURES_ENV", "save_figure"]
