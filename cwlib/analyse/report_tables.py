"""Tables ready for a report: headers in the reader's language, figures rounded, one mark for
what is not known.

The notebooks show the frames of :mod:`cwlib.analyse.analysis` to people, who should read
"EU share (%)" and "82.5%" rather than ``eu_pct`` and ``82.46999``, and one mark (``–``) for a
value no text states rather than ``<NA>`` here and ``NaN`` there. Every column a notebook
shows is listed in :data:`COLUMNS` with the kind of value it holds; a column that is not
listed is refused, so that no raw name reaches a report unnoticed. Numbers go through
:mod:`cwlib.analyse.formats`, the formatter the figures and the briefs use.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import pandas as pd

from cwlib.analyse.formats import (
    MISSING,
    format_money,
    format_number,
    format_percent,
)
from cwlib.analyse.theme import check_lang, country_name, label

if TYPE_CHECKING:  # pragma: no cover
    from pandas.io.formats.style import Styler

__all__ = ["COLUMNS", "report_table", "show"]

COLUMNS: dict[str, str] = {
    # names and labels: shown as they are
    "project": "text",
    "group": "text",
    "party": "text",
    "name": "text",
    "city": "text",
    "programme": "text",
    "period": "text",
    "fund": "text",
    "indicator": "text",
    "kind_label": "text",
    "row_label": "text",
    "item_label": "text",
    "lead_country_name": "text",
    "table": "text",
    "one_row_per": "text",
    "start_date": "text",
    "end_date": "text",
    "date": "text",
    # money in euro, and sums as stated in their own currency
    "amount_eur": "eur",
    "denominator_eur": "eur",
    "eu_eur": "eur",
    "eu_national_eur": "eur",
    "total_eur": "eur",
    "median_eur": "eur",
    "partner_eur": "eur",
    "project_eur": "eur",
    "budget_eur": "eur",
    "eur_per_partner": "eur",
    "eur_per_month": "eur",
    "eur_per_result": "eur",
    "amount": "stated_money",
    "amount_ltl": "ltl",
    # shares in percent
    "pct": "pct",
    "share_pct": "pct",
    "share_pct_stated": "pct",
    "eu_pct": "pct",
    "eu_pct_stated": "pct",
    "eu_national_pct": "pct",
    "programme_cap_pct": "pct",
    "cap_pct": "pct",
    # counts
    "rows": "count",
    "projects": "count",
    "count": "count",
    "total_count": "count",
    "n_projects": "count",
    "n_inferred": "count",
    "n_with_budget": "count",
    "n_partners": "count",
    "n_countries": "count",
    "n_results": "count",
    "n_stated": "count",
    "duration_months": "count",
    # codes, shown in words
    "scope": "code",
    "kind": "code",
    "item": "code",
    "role": "code",
    "org_type": "code",
    "eur_basis": "code",
    "total_basis": "code",
    "denominator_basis": "code",
    "eu_pct_basis": "code",
    "duration_basis": "code",
    "status": "code",
    "qualifier": "code",
    "geo_precision": "code",
    "start_precision": "code",
    "end_precision": "code",
    "precision": "code",
    "country": "country",
    "lead_country": "country",
    # yes or no
    "international": "flag",
    "lead_named": "flag",
}
"""Every column a report table may show, with the kind of value it holds."""

NOT_SHOWN = ("project_id", "currency", "n_groups")
"""Columns a table never shows by itself: the id (the project's name stands for it), the
currency (written with its sum), the number of rows a summary row holds (its label says)."""

CODE_LABELS: dict[str, str] = {
    "scope": "scope_{}",
    "kind": "result_{}",
    "item": "item_{}",
    "role": "role_{}",
    "org_type": "org_{}",
    "geo_precision": "precision_{}",
    "eur_basis": "basis_{}",
    "total_basis": "basis_{}",
    "denominator_basis": "basis_{}",
    "eu_pct_basis": "basis_{}",
    "duration_basis": "basis_{}",
    "status": "status_{}",
    "qualifier": "qualifier_{}",
    "start_precision": "date_precision_{}",
    "end_precision": "date_precision_{}",
    "precision": "date_precision_{}",
}
"""The figure label that says each code in words (``item`` "eu" -> "EU funds")."""


def _missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, str):
        return value == ""
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _cell(value: Any, kind: str, column: str, lang: str, currency: str = "") -> str:
    """One value as the report shows it."""
    if _missing(value):
        return MISSING
    if kind == "eur":
        return format_money(value, lang)
    if kind == "stated_money":
        return format_money(value, lang, currency or "EUR")
    if kind == "ltl":
        return format_money(value, lang, "LTL")
    if kind == "pct":
        return format_percent(value, lang, 1)
    if kind == "count":
        return format_number(value, lang)
    if kind == "flag":
        return label("yes" if bool(value) else "no", lang)
    if kind == "country":
        return country_name(str(value), lang)
    if kind == "code":
        key = CODE_LABELS.get(column, "{}").format(value)
        try:
            return label(key, lang)
        except KeyError:
            return str(value)
    return str(value)


def show(frame: pd.DataFrame, index: bool = False) -> Styler:
    """``frame`` as a notebook or an HTML report shows it: every row, without the index
    unless it names the rows.

    pandas cuts a table of more than 60 rows down to ten in a notebook; a report on 100
    projects must show them all. The frame itself is the styler's ``data``.
    """
    styler = frame.style
    return styler if index else styler.hide(axis="index")


def report_table(
    frame: pd.DataFrame, columns: Iterable[str] | None = None, lang: str = "en"
) -> Styler:
    """``frame``'s ``columns`` (default: all) as a table of text for a report (:func:`show`).

    Headers are the columns' labels in ``lang``; money is written with its currency sign,
    shares in percent with one decimal, counts as whole numbers, codes in words, all the
    way the language writes them; a value no text states is ``formats.MISSING``. By default
    every column but those in :data:`NOT_SHOWN`; a column not in :data:`COLUMNS` raises a
    KeyError naming it. The table of text is ``.data``.

    >>> frame = pd.DataFrame({"project": ["A", "B"], "eu_pct": [84.999977, None]})
    >>> report_table(frame).data.to_dict("list")
    {'project': ['A', 'B'], 'EU share (%)': ['85.0%', '–']}
    """
    check_lang(lang)
    names = (
        list(columns) if columns is not None else [c for c in frame.columns if c not in NOT_SHOWN]
    )
    unknown = [c for c in names if c not in COLUMNS]
    if unknown:
        raise KeyError(f"no report header for column(s) {unknown}; add them to COLUMNS")
    currencies = (
        [str(c) if not _missing(c) else "" for c in frame["currency"]]
        if "currency" in frame
        else [""] * len(frame)
    )
    out = pd.DataFrame(
        {
            label(f"col_{c}", lang): [
                _cell(v, COLUMNS[c], c, lang, cur)
                for v, cur in zip(frame[c], currencies, strict=True)
            ]
            for c in names
        }
    )
    return show(out)
