"""The numbers behind every figure and every sentence the notebooks conclude with.

Pure pandas functions of the loaded tables (``cwlib.load()``). Each figure function in
``cwlib.analyse.plots`` draws the frame returned by the function of the same name here and returns it
beside the figure, so a test can check that what is drawn is what the tables say. The
``*_findings`` functions turn the same frames into sentences, so a notebook's conclusion is
computed and stays true when the data changes.

Conventions:

- Money is compared in euro (``amount_eur``); the sum as stated (``amount``, ``currency``) is
  kept beside it so litas originals can be shown.
- A budget belongs to a *group*: the project (scope ``project``) or one partner's part of it
  (scope ``partner`` and the partner's name in ``party``). Sums of different groups are never
  added together.
- Where a text states several values for the same thing (two texts about one project), the
  first in source-file order is used and the number of values is kept in ``n_stated``; the
  audit reports disagreements.
- Dates keep the precision they were stated at; a date known only to the year spans the year.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Protocol

import pandas as pd

from cwlib.analyse.theme import check_lang, country_name, label
from cwlib.schema import ORG_TYPES, PERIODS, ROLES

PART_ITEMS = ("eu", "national", "eu_national", "own", "other")
"""Budget items that are parts of a total, in stacking order."""

SEGMENTS = (*PART_ITEMS, "not_stated")
"""Segments of a funding-split bar: the stated parts, then what the total leaves unexplained."""

PERIOD_YEARS = {p: (int(p[:4]), int(p[-4:])) for p in PERIODS}
"""Programming period -> (first year, last year)."""

TOLERANCE_EUR = 1.0
"""Differences below one euro are rounding, not a missing part."""


class TablesLike(Protocol):
    """What ``cwlib.load()`` returns: one DataFrame per table of ``cwlib.schema.TABLES``."""

    projects: pd.DataFrame
    project_facts: pd.DataFrame
    budgets: pd.DataFrame
    partners: pd.DataFrame
    events: pd.DataFrame
    results: pd.DataFrame
    findings: pd.DataFrame
    contacts: pd.DataFrame


# --------------------------------------------------------------------------- helpers


def _text(value: Any) -> str:
    """A cell as text, empty for a missing value (pandas NA, NaN or None)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value)


def _plain(frame: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    """Copy with categorical and string columns as plain text (empty for missing).

    Grouping on categories or on nullable strings drops or multiplies missing keys; plain
    text keys behave.
    """
    out = frame.copy()
    for column in columns:
        out[column] = [_text(v) for v in out[column]]
    return out


_QUOTES = ",„“”\"'«»‘’` "
_SEPARATORS = (" – ", " — ", " ‒ ", " - ", ": ", " (", ". ")


def short_title(title: str, max_len: int = 40) -> str:
    """A title short enough for an axis: its head before a dash or colon, cut at a word.

    >>> short_title(",,Urban Manufacturing – Stimulating Innovation Through Maker Spaces“")
    'Urban Manufacturing'
    >>> short_title("Kūrybinių industrijų galimybių vystymas vidutinio dydžio miestų erdvėse")
    'Kūrybinių industrijų galimybių vystymas…'
    """
    text = " ".join(title.split()).strip(_QUOTES)
    for sep in _SEPARATORS:
        head = text.split(sep)[0].strip(_QUOTES)
        if head != text and len(head) >= 6:
            text = head
            break
    if len(text) > max_len:
        cut = text[: max_len - 1]
        if text[len(cut)] != " " and " " in cut:  # the cut falls inside a word: drop it
            cut = cut.rsplit(" ", 1)[0]
        text = cut.rstrip(" ,;–-") + "…"
    return text


def project_labels(projects: pd.DataFrame, lang: str = "en", max_len: int = 40) -> pd.Series:
    """Readable project names for axes, indexed by project_id.

    English titles first in English figures, Lithuanian ones in Lithuanian figures, the
    other as fallback, the id last. Labels are made unique by adding the id.
    """
    check_lang(lang)
    first, second = ("title_en", "title") if lang == "en" else ("title", "title_en")
    names = {}
    for row in projects.itertuples(index=False):
        title = _text(getattr(row, first)) or _text(getattr(row, second)) or row.project_id
        names[row.project_id] = short_title(title, max_len)
    out = pd.Series(names, dtype=object, name="project")
    duplicated = out.duplicated(keep=False)
    out[duplicated] = [f"{name} ({pid})" for pid, name in out[duplicated].items()]
    out.index.name = "project_id"
    return out


def _with_labels(frame: pd.DataFrame, tables: TablesLike, lang: str) -> pd.DataFrame:
    """Add a ``project`` label column after project_id."""
    labels = project_labels(tables.projects, lang)
    out = frame.copy()
    ids = [_text(v) for v in out["project_id"]]
    out.insert(1, "project", [labels.get(pid, pid) for pid in ids])
    return out


def date_bounds(value: str) -> tuple[pd.Timestamp | None, pd.Timestamp | None, str | None]:
    """First and last day a reduced ISO date can mean, and its precision.

    >>> date_bounds("2017")
    (Timestamp('2017-01-01 00:00:00'), Timestamp('2017-12-31 00:00:00'), 'year')
    >>> date_bounds("2020-02")[1], date_bounds("--12-03")
    (Timestamp('2020-02-29 00:00:00'), (None, None, 'no_year'))
    """
    value = _text(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        day = pd.Timestamp(value)
        return day, day, "day"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        first = pd.Timestamp(value + "-01")
        return first, first + pd.offsets.MonthEnd(0), "month"
    if re.fullmatch(r"\d{4}", value):
        return pd.Timestamp(f"{value}-01-01"), pd.Timestamp(f"{value}-12-31"), "year"
    if re.fullmatch(r"--\d{2}-\d{2}", value):
        return None, None, "no_year"
    return None, None, None


def _money(amount: float) -> str:
    """A euro sum for a sentence: 1,831,204 EUR."""
    return f"{amount:,.0f} EUR"


def _names(values: Iterable[str], limit: int = 4) -> str:
    """'A, B and C' (and 'and N more' past the limit)."""
    items = [v for v in values if v]
    if len(items) > limit:
        rest = len(items) - limit
        items = [*items[:limit], f"{rest} more"]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else plural or word + 's'}"


# --------------------------------------------------------------------------- 00 data tour

COMPLETENESS_FIELDS = (
    "title",
    "title_en",
    "programme",
    "period",
    "fund",
    "project_number",
    "start_date",
    "end_date",
    "duration_months",
    "url",
    "budget_total",
    "eu_funding",
    "partners",
    "lead",
    "partners_located",
    "dated_events",
    "results",
    "contacts",
)
"""Fields of the completeness table, in the order EU project portals list them."""


def table_sizes(tables: TablesLike) -> pd.DataFrame:
    """Rows per table and how many projects each table says something about."""
    from cwlib.schema import TABLES

    rows = []
    for name, table in TABLES.items():
        frame = getattr(tables, name, None)
        if frame is None:  # contacts: personal data, loaded only when asked for
            continue
        rows.append(
            {
                "table": name,
                "one_row_per": table.row,
                "rows": len(frame),
                "projects": frame["project_id"].nunique(),
            }
        )
    return pd.DataFrame(rows)


def completeness(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """Per project and field: does any text state it? Long form, one row per cell.

    Columns: project_id, project, field, field_label, filled (bool). The project columns come
    from projects.csv; the others say whether the project has a stated total budget, any EU
    sum (alone or together with the state budget), named partners, a lead or applicant,
    partners that are all located, an event with a year, a counted result, a contact person
    (only when the contacts table is loaded: ``cwlib.load(include_contacts=True)``).
    """
    projects = tables.projects
    budgets = _plain(tables.budgets, ["project_id", "scope", "item"])
    partners = _plain(tables.partners, ["project_id", "role"])
    events = tables.events
    ids = list(projects["project_id"])

    def has(frame: pd.DataFrame) -> set[str]:
        return {_text(v) for v in frame["project_id"]}

    derived = {
        "budget_total": has(budgets[(budgets.scope == "project") & (budgets.item == "total")]),
        "eu_funding": has(budgets[budgets.item.isin(["eu", "eu_national"])]),
        "partners": has(partners),
        "lead": has(partners[partners.role.isin(["lead", "applicant"])]),
        "partners_located": {
            pid
            for pid, group in partners.groupby("project_id")
            if group["lat"].notna().all() and group["lon"].notna().all()
        },
        "dated_events": has(events[events["earliest"].notna()]),
        "results": has(tables.results),
    }
    contacts = getattr(tables, "contacts", None)
    if contacts is not None:
        derived["contacts"] = has(contacts)
    fields = [f for f in COMPLETENESS_FIELDS if f != "contacts" or contacts is not None]
    rows = []
    for position, pid in enumerate(ids):
        for field in fields:
            if field in derived:
                filled = pid in derived[field]
            else:
                filled = _text(projects[field].iloc[position]) != ""
            rows.append({"project_id": pid, "field": field, "filled": bool(filled)})
    out = pd.DataFrame(rows, columns=["project_id", "field", "filled"])
    out.insert(2, "field_label", [label(f"field_{f}", lang) for f in out["field"]])
    return _with_labels(out, tables, lang)


def completeness_table(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """The completeness table as portals publish it: ✓ per project and field, with shares.

    The last column is the share of fields each project states; the last row is the share of
    projects stating each field (both in percent, rounded).
    """
    long = completeness(tables, lang)
    wide = long.pivot(index="project", columns="field_label", values="filled")
    order = list(dict.fromkeys(long["project"]))
    wide = wide.loc[order, list(dict.fromkeys(long["field_label"]))]
    pct_row = (wide.mean(axis=0) * 100).round(0)
    pct_col = (wide.mean(axis=1) * 100).round(0)
    shown = wide.map(lambda v: "✓" if v else "")
    shown[label("complete_pct", lang)] = pct_col.map(lambda v: f"{v:.0f}")
    shown.loc[label("all_projects", lang)] = [*(f"{v:.0f}" for v in pct_row), ""]
    shown.index.name = label("project", lang)
    shown.columns.name = None
    return shown


def findings_table(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """Every audit finding with its project, severity and the quote it rests on."""
    order = {"error": 0, "warning": 1, "info": 2}
    findings = _plain(
        tables.findings, ["project_id", "check", "severity", "message", "source", "quote"]
    )
    findings = findings.assign(_order=findings["severity"].map(order).fillna(3))
    findings = findings.sort_values(["_order", "project_id", "check"], kind="stable")
    out = findings[["project_id", "severity", "check", "message", "quote", "source"]]
    return _with_labels(out.reset_index(drop=True), tables, lang)


def findings_markdown(tables: TablesLike, lang: str = "en") -> str:
    """The audit findings as a Markdown list, each followed by its quote."""
    table = findings_table(tables, lang)
    if table.empty:
        return "The audit found nothing to report."
    lines = []
    for row in table.itertuples(index=False):
        quote = " ".join(row.quote.split())
        lines.append(
            f"- **{row.severity}** · {row.project} · `{row.check}`: {row.message}\n"
            f"  > {quote} — *{row.source}*"
        )
    return "\n".join(lines)


def tour_findings(tables: TablesLike) -> str:
    """What the data tour found, in sentences computed from the tables."""
    long = completeness(tables)
    n = long["project_id"].nunique()
    if n == 0:
        return "The tables hold no project yet: add texts to data/raw and run `cwlib build`."
    sources = {
        s for value in tables.projects["sources"] for s in _text(value).split(";") if s.strip()
    }
    by_field = long.groupby("field", sort=False)["filled"].mean()
    always = [label(f"field_{f}") for f, share in by_field.items() if share == 1]
    never = [label(f"field_{f}") for f, share in by_field.items() if share == 0]
    by_project = long.groupby("project", sort=False)["filled"].mean().sort_values()
    severities = tables.findings["severity"].astype(object).value_counts()
    parts = [
        f"The tables describe {_plural(n, 'project')} from {_plural(len(sources), 'text')}, "
        f"with {_plural(len(tables.budgets), 'stated sum')} of money, "
        f"{_plural(len(tables.partners), 'partner')} and {_plural(len(tables.events), 'dated event')}.",
        f"On average a project states {by_field.mean() * 100:.0f} % of the "
        f"{len(by_field)} fields of the completeness table; the least complete is "
        f"{by_project.index[0]} ({by_project.iloc[0] * 100:.0f} %), the most complete "
        f"{by_project.index[-1]} ({by_project.iloc[-1] * 100:.0f} %).",
    ]
    if always:
        parts.append(f"Every project states: {_names(always, 8)}.")
    if never:
        parts.append(f"No project states: {_names(never, 8)}.")
    if severities.sum():
        counts = ", ".join(f"{_plural(int(c), s)}" for s, c in severities.items() if c)
        parts.append(f"The audit raised {counts}; each is listed above with its quote.")
    else:
        parts.append("The audit raised no finding.")
    return " ".join(parts)


# --------------------------------------------------------------------------- 01 budgets


def _group_label(scope: str, party: str, lang: str) -> str:
    if scope == "project":
        return label("scope_project", lang)
    return (
        f"{label('partner_prefix', lang)}: {short_title(party, 34) or label('unknown_party', lang)}"
    )


def _budget_rows(tables: TablesLike) -> pd.DataFrame:
    """Budgets with plain-text keys, in source order, exact repeats dropped.

    A project-scope row keeps its party in ``payer`` (who pays an own contribution) but its
    ``party`` is emptied: it belongs to the whole project's budget group all the same.
    """
    budgets = _plain(
        tables.budgets,
        ["project_id", "scope", "party", "item", "currency", "eur_basis", "source"],
    )
    budgets["payer"] = budgets["party"]
    budgets.loc[budgets["scope"] == "project", "party"] = ""
    budgets["_order"] = range(len(budgets))
    budgets = budgets.sort_values(["source", "_order"], kind="stable")
    return budgets.drop_duplicates(["project_id", "scope", "party", "item", "amount_eur"])


def budget_totals(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """One total in euro per budget group (the project, or one partner's part).

    The total is the one stated (``total_basis`` "stated_total"); where a group states parts
    but no total, it is the sum of its parts ("sum_of_parts"), which the figure hatches. The
    stated sum (``amount``, ``currency``: litas where the text gave litas) stays beside the euro
    value; for a sum of parts it is the sum of the stated amounts when they share a currency.
    """
    check_lang(lang)
    budgets = _budget_rows(tables)
    keys = ["project_id", "scope", "party"]
    rows = []
    for (pid, scope, party), group in budgets.groupby(keys, sort=False):
        totals = group[group["item"] == "total"]
        parts = group[group["item"].isin(PART_ITEMS)].drop_duplicates("item")
        if len(totals):
            first = totals.iloc[0]
            amount_eur, amount, currency = first["amount_eur"], first["amount"], first["currency"]
            basis, eur_basis, n_stated = "stated_total", first["eur_basis"], len(totals)
        elif len(parts):
            amount_eur = parts["amount_eur"].sum()
            same = parts["currency"].nunique() == 1
            amount = parts["amount"].sum() if same else float("nan")
            currency = parts["currency"].iloc[0] if same else ""
            eur_basis = "converted" if (parts["eur_basis"] == "converted").any() else "stated"
            basis, n_stated = "sum_of_parts", 0
        else:
            continue
        rows.append(
            {
                "project_id": pid,
                "scope": scope,
                "party": party,
                "group": _group_label(scope, party, lang),
                "amount_eur": float(amount_eur),
                "amount": float(amount),
                "currency": currency,
                "eur_basis": eur_basis,
                "total_basis": basis,
                "n_stated": n_stated,
            }
        )
    columns = [
        "project_id",
        "scope",
        "party",
        "group",
        "amount_eur",
        "amount",
        "currency",
        "eur_basis",
        "total_basis",
        "n_stated",
    ]
    out = pd.DataFrame(rows, columns=columns)
    out["_scope"] = out["scope"].map({"project": 0, "partner": 1})
    out = out.sort_values(["project_id", "_scope", "party"], kind="stable").drop(columns="_scope")
    return _with_labels(out.reset_index(drop=True), tables, lang)


def litas_sums(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """Every sum stated in litas beside its euro value and how the euro value was found."""
    budgets = _plain(
        tables.budgets, ["project_id", "scope", "party", "item", "currency", "eur_basis"]
    )
    litas = budgets[budgets["currency"] == "LTL"]
    out = litas[["project_id", "scope", "party", "item", "amount", "amount_eur", "eur_basis"]]
    out = out.rename(columns={"amount": "amount_ltl"}).reset_index(drop=True)
    return _with_labels(out, tables, lang)


def budget_intensity(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """Per project: its total in euro per named partner and per month of stated duration.

    Uses the project-scope total of :func:`budget_totals` (stated, else the sum of the
    project-scope parts); partners are the distinct names in partners.csv, lead and applicant
    included. A ratio is missing where its divisor is unknown.
    """
    totals = budget_totals(tables, lang)
    totals = totals[totals["scope"] == "project"].drop_duplicates("project_id")
    partners = _plain(tables.partners, ["project_id", "name"])
    n_partners = partners.groupby("project_id")["name"].nunique()
    duration = tables.projects.set_index("project_id")["duration_months"]
    out = totals[["project_id", "amount_eur", "total_basis"]].copy()
    out["n_partners"] = out["project_id"].map(n_partners).fillna(0).astype(int)
    months = out["project_id"].map(duration)
    out["duration_months"] = pd.array(months, dtype="Int64")
    out["eur_per_partner"] = [
        total / n if n else float("nan")
        for total, n in zip(out.amount_eur, out.n_partners, strict=True)
    ]
    out["eur_per_month"] = [
        total / m if pd.notna(m) and m else float("nan")
        for total, m in zip(out.amount_eur, out.duration_months, strict=True)
    ]
    return _with_labels(out.reset_index(drop=True), tables, lang)


def budget_findings(tables: TablesLike) -> str:
    """What the budget notebook found, computed."""
    totals = budget_totals(tables)
    if totals.empty:
        return "No text states a sum of money yet."
    project = totals[totals["scope"] == "project"]
    partner = totals[totals["scope"] == "partner"]
    n_projects = tables.projects["project_id"].nunique()
    parts = [
        f"{_plural(project['project_id'].nunique(), 'project')} of {n_projects} state a budget "
        f"for the whole project and {_plural(len(partner), 'partner budget')} "
        f"{'is' if len(partner) == 1 else 'are'} stated for one partner's part."
    ]
    if len(project):
        big = project.loc[project["amount_eur"].idxmax()]
        small = project.loc[project["amount_eur"].idxmin()]
        parts.append(
            f"Whole-project budgets range from {_money(small.amount_eur)} ({small.project}) to "
            f"{_money(big.amount_eur)} ({big.project})."
        )
    summed = totals[totals["total_basis"] == "sum_of_parts"]
    if len(summed):
        parts.append(
            f"{_plural(len(summed), 'budget')} state{'s' if len(summed) == 1 else ''} no total; "
            "the figure shows the sum of the stated parts, hatched."
        )
    litas = litas_sums(tables)
    if len(litas):
        converted = (litas["eur_basis"] == "converted").sum()
        parts.append(
            f"{_plural(len(litas), 'sum')} {'is' if len(litas) == 1 else 'are'} stated in litas "
            f"({litas['project_id'].nunique()} project(s)); {len(litas) - converted} of them "
            f"give the euro value beside it, {converted} were converted at the official rate."
        )
    intensity = budget_intensity(tables)
    per_month = intensity.dropna(subset=["eur_per_month"])
    if len(per_month):
        top = per_month.loc[per_month["eur_per_month"].idxmax()]
        parts.append(
            f"Where the duration is known ({_plural(len(per_month), 'project')}), the highest "
            f"spending rate is {_money(top.eur_per_month)} per month ({top.project})."
        )
    return " ".join(parts)


# --------------------------------------------------------------------------- 02 EU shares


def funding_split(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """Each budget group's parts (EU, state, EU and state together, own, other) in euro and %.

    Long form, one row per group and segment. The denominator is the group's stated total, or
    where none is stated the sum of its parts (``denominator_basis``). Where a stated total
    exceeds its stated parts by more than a euro, the rest is a ``not_stated`` segment; a sum
    given for EU and state budget together stays one ``eu_national`` segment. Only groups that
    state at least one part appear.
    """
    budgets = _budget_rows(tables)
    keys = ["project_id", "scope", "party"]
    rows = []
    for (pid, scope, party), group in budgets.groupby(keys, sort=False):
        parts = group[group["item"].isin(PART_ITEMS)].drop_duplicates("item")
        if parts.empty:
            continue
        totals = group[group["item"] == "total"]
        parts_sum = float(parts["amount_eur"].sum())
        if len(totals):
            denominator, basis = float(totals["amount_eur"].iloc[0]), "stated_total"
        else:
            denominator, basis = parts_sum, "sum_of_parts"
        amounts = dict(zip(parts["item"], parts["amount_eur"].astype(float), strict=True))
        stated_pct = dict(zip(parts["item"], parts["share_pct"], strict=True))
        rest = denominator - parts_sum
        if basis == "stated_total" and rest > TOLERANCE_EUR:
            amounts["not_stated"] = rest
        for item in SEGMENTS:
            if item not in amounts:
                continue
            rows.append(
                {
                    "project_id": pid,
                    "scope": scope,
                    "party": party,
                    "group": _group_label(scope, party, lang),
                    "item": item,
                    "item_label": label(f"item_{item}", lang),
                    "amount_eur": amounts[item],
                    "pct": amounts[item] / denominator * 100 if denominator else float("nan"),
                    "share_pct_stated": stated_pct.get(item, float("nan")),
                    "denominator_eur": denominator,
                    "denominator_basis": basis,
                }
            )
    columns = [
        "project_id",
        "scope",
        "party",
        "group",
        "item",
        "item_label",
        "amount_eur",
        "pct",
        "share_pct_stated",
        "denominator_eur",
        "denominator_basis",
    ]
    out = pd.DataFrame(rows, columns=columns)
    out["share_pct_stated"] = out["share_pct_stated"].astype(float)
    return _with_labels(out, tables, lang)


def _cap_or_nan(programme: object, period: object) -> float:
    """The programme's highest co-financing rate (cwlib.build.reference), NaN where none is known."""
    from cwlib.build.reference import max_cap

    cap = max_cap(
        programme if isinstance(programme, str) else None,
        period if isinstance(period, str) else None,
    )
    return float("nan") if cap is None else cap


def eu_shares(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """One row per budget group: EU share of its total, computed and as stated.

    ``eu_pct`` is the EU sum over the group's denominator (see :func:`funding_split`);
    ``eu_national_pct`` the same for a sum of EU and state budget together, which is never
    split. ``programme_cap_pct`` is the highest EU share the project's programme allows in its
    period (data/reference/cofinancing_caps.csv), where the programme is listed there.
    """
    split = funding_split(tables, lang)
    keys = ["project_id", "project", "scope", "party", "group"]
    columns = [
        *keys,
        "denominator_eur",
        "denominator_basis",
        "eu_eur",
        "eu_pct",
        "eu_pct_stated",
        "eu_national_eur",
        "eu_national_pct",
        "programme_cap_pct",
    ]
    if split.empty:
        return pd.DataFrame(columns=columns)
    rows = []
    for key, group in split.groupby(keys, sort=False):
        by_item = group.set_index("item")
        row = dict(zip(keys, key, strict=True))
        row["denominator_eur"] = group["denominator_eur"].iloc[0]
        row["denominator_basis"] = group["denominator_basis"].iloc[0]
        for item in ("eu", "eu_national"):
            present = item in by_item.index
            row[f"{item}_eur"] = by_item.at[item, "amount_eur"] if present else float("nan")
            row[f"{item}_pct"] = by_item.at[item, "pct"] if present else float("nan")
        row["eu_pct_stated"] = (
            by_item.at["eu", "share_pct_stated"] if "eu" in by_item.index else float("nan")
        )
        rows.append(row)
    out = pd.DataFrame(rows)
    projects = _plain(tables.projects, ["project_id", "programme", "period"]).set_index(
        "project_id"
    )
    out["programme_cap_pct"] = [
        _cap_or_nan(projects.at[pid, "programme"], projects.at[pid, "period"])
        if pid in projects.index
        else float("nan")
        for pid in out["project_id"]
    ]
    return out[columns]


def eu_share_findings(tables: TablesLike) -> str:
    """What the EU-share notebook found, computed."""
    shares = eu_shares(tables)
    if shares.empty:
        return "No text states how its budget is split between EU, state and own funds."
    parts = [
        f"{_plural(len(shares), 'budget')} state{'s' if len(shares) == 1 else ''} how they are funded."
    ]
    eu = shares.dropna(subset=["eu_pct"])
    if len(eu):
        parts.append(
            f"Where the EU part is stated on its own ({_plural(len(eu), 'budget')}), it covers "
            f"{eu['eu_pct'].min():.1f} % to {eu['eu_pct'].max():.1f} % of the total "
            f"(median {eu['eu_pct'].median():.1f} %)."
        )
    together = shares.dropna(subset=["eu_national_pct"])
    if len(together):
        parts.append(
            f"{_plural(len(together), 'budget')} give{'s' if len(together) == 1 else ''} EU and "
            f"state money as one sum ({_names(together['project'])}); it is shown as such "
            "and not split."
        )
    over = eu[eu["eu_pct"] > eu["programme_cap_pct"] + 0.05]
    if len(over):
        parts.append(
            f"In {_plural(len(over), 'budget')} the EU share exceeds the highest rate its "
            f"programme allows ({_names(over['project'])}): worth checking in the source."
        )
    capped = eu.dropna(subset=["programme_cap_pct"])
    if len(capped) and over.empty:
        parts.append(
            f"No EU share exceeds its programme's highest co-financing rate "
            f"({_plural(len(capped), 'budget')} checked)."
        )
    unexplained = funding_split(tables)
    unexplained = unexplained[unexplained["item"] == "not_stated"]
    if len(unexplained):
        parts.append(
            f"In {_plural(len(unexplained), 'budget')} the stated parts leave part of the total "
            f"unexplained (grey), up to {unexplained['pct'].max():.1f} %."
        )
    return " ".join(parts)


# --------------------------------------------------------------------------- 03 geography


def partner_places(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """Every partner with its place and whether it can be drawn (lat/lon known)."""
    columns = [
        "project_id",
        "name",
        "role",
        "org_type",
        "city",
        "country",
        "lat",
        "lon",
        "geo_precision",
    ]
    partners = _plain(
        tables.partners,
        ["project_id", "name", "role", "org_type", "city", "country", "geo_precision"],
    )[columns].reset_index(drop=True)
    partners["located"] = partners["lat"].notna() & partners["lon"].notna()
    return _with_labels(partners, tables, lang)


def partner_links(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """Lines joining the partners of each project: from its lead (or applicant) to each other.

    Where no lead or applicant is named, the first listed partner is the hub. Partners
    without a place are left out, and so are partners at the hub's own point (no line to
    draw); a project whose located partners are all in one place has no line.
    """
    places = partner_places(tables, lang)
    places = places[places["located"]]
    rank = {"lead": 0, "applicant": 1, "partner": 2}
    rows = []
    for pid, group in places.groupby("project_id", sort=False):
        if len(group) < 2:
            continue
        hub = group.iloc[group["role"].map(rank).fillna(3).argsort(kind="stable")].iloc[0]
        for other in group.itertuples():
            if (other.lon, other.lat) == (hub["lon"], hub["lat"]):
                continue  # the hub itself, or a partner at the hub's point: no line to draw
            rows.append(
                {
                    "project_id": pid,
                    "project": hub["project"],
                    "from_name": hub["name"],
                    "to_name": other.name,
                    "lon0": hub["lon"],
                    "lat0": hub["lat"],
                    "lon1": other.lon,
                    "lat1": other.lat,
                }
            )
    columns = ["project_id", "project", "from_name", "to_name", "lon0", "lat0", "lon1", "lat1"]
    return pd.DataFrame(rows, columns=columns)


def country_matrix(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """Partners per project (rows, labels) and country (columns, names): a count matrix.

    Partners whose country is not known count in a last column so that row sums equal the
    number of partners.
    """
    places = partner_places(tables, lang)
    unknown = label("org_unknown", lang)
    places["country_name"] = [country_name(c, lang) if c else unknown for c in places["country"]]
    if places.empty:
        return pd.DataFrame(dtype=int)
    matrix = pd.crosstab(places["project"], places["country_name"])
    by_total = matrix.sum(axis=0).sort_values(ascending=False, kind="stable")
    columns = [c for c in by_total.index if c != unknown] + ([unknown] if unknown in matrix else [])
    rows = list(dict.fromkeys(places["project"]))
    out = matrix.loc[rows, columns].astype(int)
    out.index.name = label("project", lang)
    out.columns.name = label("country", lang)
    return out


def partner_types(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """Number of partners per kind of organisation and role, most frequent kind first."""
    places = partner_places(tables, lang)
    places["org_type"] = places["org_type"].replace("", "unknown")
    counts = places.groupby(["org_type", "role"]).size().rename("count").reset_index()
    kinds = [*ORG_TYPES, "unknown"]
    counts["_kind"] = counts["org_type"].map({k: i for i, k in enumerate(kinds)})
    totals = counts.groupby("org_type")["count"].transform("sum")
    counts = counts.assign(_total=-totals).sort_values(["_total", "_kind", "role"], kind="stable")
    counts["org_label"] = [label(f"org_{k}", lang) for k in counts["org_type"]]
    counts["role_label"] = [label(f"role_{r}", lang) if r in ROLES else r for r in counts["role"]]
    columns = ["org_type", "org_label", "role", "role_label", "count"]
    return counts[columns].reset_index(drop=True)


def geography_findings(tables: TablesLike) -> str:
    """What the geography notebook found, computed."""
    places = partner_places(tables)
    if places.empty:
        return "No text names a partner yet."
    located = places[places["located"]]
    precision = located["geo_precision"].value_counts()
    countries = places.loc[places["country"] != "", "country"]
    per_project = places[places["country"] != ""].groupby("project_id")["country"].nunique()
    parts = [
        f"{_plural(len(places), 'partner')} in {_plural(places['project_id'].nunique(), 'project')}"
        f" come from {_plural(countries.nunique(), 'country', 'countries')}"
        f"{' (' + _names([country_name(c) for c in countries.value_counts().index], 5) + ')' if len(countries) else ''}.",
        f"{len(located)} are on the map: {int(precision.get('city', 0))} at their city, "
        f"{int(precision.get('region', 0))} at their region's centre and "
        f"{int(precision.get('country', 0))} only at their country's centre"
        f"; {len(places) - len(located)} could not be placed.",
    ]
    if len(per_project):
        international = int((per_project > 1).sum())
        parts.append(
            f"{_plural(international, 'project')} of {len(per_project)} with known countries "
            f"{'is' if international == 1 else 'are'} international; the widest partnership spans "
            f"{per_project.max()} countries."
        )
    types = partner_types(tables).groupby("org_label", sort=False)["count"].sum()
    if len(types):
        parts.append(f"The most common kind of partner is {types.index[0]} ({types.iloc[0]}).")
    return " ".join(parts)


# --------------------------------------------------------------------------- 04 timelines


def timeline_bars(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """One row per project: the first and last day its start and its end can mean.

    From projects.start_date and end_date at their stated precision, with the stated
    duration. A project is ``drawn`` as a bar when both its start and its end are known; the
    time it surely ran goes from the latest possible start to the earliest possible end.
    """
    projects = _plain(tables.projects, ["project_id", "start_date", "end_date", "period"])
    rows = []
    for row in projects.itertuples(index=False):
        start0, start1, start_precision = date_bounds(row.start_date)
        end0, end1, end_precision = date_bounds(row.end_date)
        rows.append(
            {
                "project_id": row.project_id,
                "period": row.period,
                "duration_months": row.duration_months,
                "start_date": row.start_date,
                "start_precision": start_precision or "",
                "start_earliest": start0,
                "start_latest": start1,
                "end_date": row.end_date,
                "end_precision": end_precision or "",
                "end_earliest": end0,
                "end_latest": end1,
            }
        )
    columns = [
        "project_id",
        "period",
        "duration_months",
        "start_date",
        "start_precision",
        "start_earliest",
        "start_latest",
        "end_date",
        "end_precision",
        "end_earliest",
        "end_latest",
    ]
    out = pd.DataFrame(rows, columns=columns)
    for column in ("start_earliest", "start_latest", "end_earliest", "end_latest"):
        out[column] = pd.to_datetime(out[column])
    out["duration_months"] = pd.array(out["duration_months"], dtype="Int64")
    out["drawn"] = out["start_earliest"].notna() & out["end_latest"].notna()
    return _with_labels(out, tables, lang)


def timeline_events(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """Every dated event with its project label, its date span and its label."""
    events = _plain(tables.events, ["project_id", "event", "date", "precision", "source"])
    out = events[["project_id", "event", "date", "precision", "earliest", "latest", "source"]]
    out = out.reset_index(drop=True).copy()
    out["event_label"] = [label(f"event_{e}", lang) if e else "" for e in out["event"]]
    return _with_labels(out, tables, lang)


def project_timeline(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """Everything the Gantt chart draws, one row per mark, projects in drawing order.

    ``row`` is the project's line (earliest start first). ``mark`` is ``run`` (the time the
    project surely ran, drawn solid), ``start_span`` or ``end_span`` (a start or end known only
    to the month or year, drawn faded over that month or year), ``planned`` (no end stated:
    from the start to the start plus the stated duration, drawn as an outline), or ``event``
    (one row of
    events.csv; ``precision`` says whether it is drawn as a day, a month or year span, or, for
    ``no_year``, listed beside the chart without a place on the time axis).
    """
    bars = timeline_bars(tables, lang)
    events = timeline_events(tables, lang)
    columns = [
        "row",
        "project_id",
        "project",
        "mark",
        "event",
        "event_label",
        "date",
        "precision",
        "earliest",
        "latest",
    ]
    if bars.empty:
        return pd.DataFrame(columns=columns)
    key = bars["start_earliest"].fillna(bars["end_earliest"])
    bars = bars.assign(_key=key).sort_values(["_key", "project"], na_position="last", kind="stable")
    rows = {pid: i for i, pid in enumerate(bars["project_id"])}
    marks = []
    for bar in bars.itertuples(index=False):
        base = {"row": rows[bar.project_id], "project_id": bar.project_id, "project": bar.project}
        if not bar.drawn:
            if pd.notna(bar.start_earliest) and pd.notna(bar.duration_months):
                # No end stated, but a duration: the planned run, drawn as an outline only.
                end = bar.start_latest + pd.DateOffset(months=int(bar.duration_months))
                marks.append(
                    base | {"mark": "planned", "earliest": bar.start_earliest, "latest": end}
                )
            continue
        if bar.end_earliest > bar.start_latest:
            marks.append(
                base | {"mark": "run", "earliest": bar.start_latest, "latest": bar.end_earliest}
            )
        for mark, date, precision, first, last in (
            (
                "start_span",
                bar.start_date,
                bar.start_precision,
                bar.start_earliest,
                bar.start_latest,
            ),
            ("end_span", bar.end_date, bar.end_precision, bar.end_earliest, bar.end_latest),
        ):
            if precision != "day":
                marks.append(
                    base
                    | {
                        "mark": mark,
                        "date": date,
                        "precision": precision,
                        "earliest": first,
                        "latest": last,
                    }
                )
    for event in events.itertuples(index=False):
        marks.append(
            {
                "row": rows.get(event.project_id, -1),
                "project_id": event.project_id,
                "project": event.project,
                "mark": "event",
                "event": event.event,
                "event_label": event.event_label,
                "date": event.date,
                "precision": event.precision,
                "earliest": event.earliest,
                "latest": event.latest,
            }
        )
    out = pd.DataFrame(marks, columns=columns)
    for column in ("mark", "event", "event_label", "date", "precision"):
        out[column] = out[column].fillna("")
    for column in ("earliest", "latest"):
        out[column] = pd.to_datetime(out[column])
    out = out[out["row"] >= 0].sort_values(["row", "mark"], kind="stable").reset_index(drop=True)
    out.attrs["projects"] = list(bars["project"])
    return out


def timeline_findings(tables: TablesLike) -> str:
    """What the timeline notebook found, computed."""
    bars = timeline_bars(tables)
    events = timeline_events(tables)
    if bars.empty:
        return "No project yet."
    periods = bars["period"].replace("", "unknown").value_counts()
    parts = [
        "By programming period: "
        + ", ".join(f"{_plural(int(n), 'project')} in {p}" for p, n in periods.items())
        + "."
    ]
    drawn = bars[bars["drawn"]]
    parts.append(f"{_plural(len(drawn), 'project')} of {len(bars)} have both a start and an end.")
    if len(drawn):
        first = drawn.loc[drawn["start_earliest"].idxmin()]
        last = drawn.loc[drawn["end_latest"].idxmax()]
        parts.append(
            f"The earliest starts in {first.start_earliest.year} ({first.project}); the latest "
            f"ends in {last.end_latest.year} ({last.project})."
        )
    vague = bars[
        bars["start_precision"].isin(["year", "month"])
        | bars["end_precision"].isin(["year", "month"])
    ]
    if len(vague):
        parts.append(
            f"{_plural(len(vague), 'project')} state{'s' if len(vague) == 1 else ''} a start or end "
            "only to the month or year; the figure fades those spans instead of inventing days."
        )
    if len(events):
        by_precision = events["precision"].value_counts()
        no_year = int(by_precision.get("no_year", 0))
        parts.append(
            f"Of {_plural(len(events), 'dated event')}, {int(by_precision.get('day', 0))} are "
            f"known to the day, {int(by_precision.get('month', 0))} to the month, "
            f"{int(by_precision.get('year', 0))} only to the year"
            + (f" and {no_year} without a year (listed beside the chart)." if no_year else ".")
        )
    return " ".join(parts)


def period_spans() -> pd.DataFrame:
    """The programming periods as date spans, for shading a timeline."""
    rows = [
        {
            "period": period,
            "start": pd.Timestamp(f"{first}-01-01"),
            "end": pd.Timestamp(f"{last}-12-31"),
        }
        for period, (first, last) in PERIOD_YEARS.items()
    ]
    return pd.DataFrame(rows)
