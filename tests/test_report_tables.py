"""Tables ready for a report: headers in the reader's language, figures rounded the way the
language writes them, one mark for what no text states, every row shown."""

from __future__ import annotations

import pandas as pd
import pytest

from cwlib.analyse import analysis, report_tables, theme
from cwlib.analyse.formats import MISSING
from cwlib.analyse.report_tables import COLUMNS, report_table, show


@pytest.fixture
def budgets() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "project": ["URBAN CREATIVE POLES", "Visagino inovacijų klasterio įkūrimas"],
            "amount_eur": [2393287.5, 235310.39],
            "amount": [8263543.0, float("nan")],
            "currency": ["LTL", pd.NA],
            "eu_pct": [84.999977, float("nan")],
            "total_basis": ["stated_total", "sum_of_parts"],
            "n_partners": [pd.NA, 2],
        }
    ).astype({"n_partners": "Int64"})


def test_headers_are_labels_not_column_names(budgets):
    table = report_table(budgets).data
    assert list(table.columns) == [
        "project",
        "sum (EUR)",
        "sum as stated",
        "EU share (%)",
        "total",
        "partners",
    ]
    lt = report_table(budgets, lang="lt").data
    assert "ES dalis (%)" in lt.columns and "suma (EUR)" in lt.columns


def test_figures_are_rounded_in_the_readers_format(budgets):
    en = report_table(budgets).data.iloc[0].tolist()
    assert en[1:4] == ["€2,393,288", "8,263,543\xa0Lt", "85.0%"]
    lt = report_table(budgets, lang="lt").data.iloc[0].tolist()
    assert lt[1:4] == ["2\xa0393\xa0288\xa0€", "8\xa0263\xa0543\xa0Lt", "85,0\xa0%"]


def test_one_mark_for_every_kind_of_missing_value(budgets):
    """NaN, pandas NA and an empty currency all read the same: no <NA> beside NaN."""
    row = report_table(budgets).data.iloc[1].tolist()
    assert row[2:4] == [MISSING, MISSING]
    assert report_table(budgets).data.iloc[0, 5] == MISSING
    text = report_table(budgets).to_html()
    assert "<NA>" not in text and "NaN" not in text and "nan" not in text


def test_codes_are_said_in_words(budgets):
    assert report_table(budgets).data.iloc[:, 4].tolist() == [
        "total as stated",
        "sum of the stated parts",
    ]


def test_a_column_without_a_header_is_refused(budgets):
    with pytest.raises(KeyError, match="denominator_pct"):
        report_table(budgets.assign(denominator_pct=1.0))


def test_every_column_has_a_header_in_both_languages():
    for column in COLUMNS:
        for lang in theme.LANGS:
            assert theme.label(f"col_{column}", lang), column


def test_every_code_value_of_the_analysis_frames_has_words():
    """Codes the analysis writes (bases, statuses, qualifiers) all have a label."""
    values = {
        "total_basis": ("stated_total", "sum_of_parts", "rest"),
        "denominator_basis": ("stated_total", "sum_of_parts", "pooled"),
        "eur_basis": ("stated", "converted"),
        "eu_pct_basis": ("sums", "stated"),
        "duration_basis": ("stated", "from_dates"),
        "status": ("above", "within", "cap_unknown"),
        "qualifier": ("exact", "at_least", "about"),
        "precision": ("day", "month", "year", "part_of_year", "no_year"),
    }
    for column, codes in values.items():
        for code in codes:
            key = report_tables.CODE_LABELS[column].format(code)
            assert key in theme.LABELS, key


def test_a_long_table_is_shown_whole():
    """pandas would cut 120 rows down to ten in a notebook."""
    frame = pd.DataFrame({"project": [f"p{i}" for i in range(120)], "count": range(120)})
    html = report_table(frame)._repr_html_()
    assert html.count("<tr") == 121 and "p119" in html and "p60" in html
    assert show(frame, index=True).data is frame


def test_the_notebook_tables_of_the_fixture_render(tmp_path):
    """Every table the notebooks show, on the fixture tables of test_analysis."""
    from test_analysis import fixture_tables

    tables = fixture_tables(tmp_path)
    shown = [
        report_table(analysis.budget_totals(tables, max_rows=None)),
        report_table(analysis.eu_shares(tables)),
        report_table(analysis.eu_share_caps(tables)),
        report_table(analysis.partnerships(tables)),
        report_table(analysis.results_cost(tables)),
        report_table(analysis.durations(tables)),
        *(report_table(analysis.totals_by(tables, key)) for key in analysis.TOTALS_KEYS),
    ]
    for table in shown:
        assert "nan" not in table.to_html().lower().replace("nant", "")
