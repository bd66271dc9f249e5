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
  added together, except in the one row that sums the groups a figure has no room for.
- Where a text states several sums for the same item (two texts about one project), the
  first in source-file order is used and the number of values is kept in ``n_stated``; the
  audit reports disagreements. A row that states only a rate (``ES lėšos sudaro 85 proc.``)
  never stands in for a sum: it only gives the item's stated share.
- A share is *stated* only where budgets.csv says so (``share_basis``); shares computed from
  sums are computed again here, from the sums.
- Dates keep the precision they were stated at; a date known only to the year spans the year.
- Figures scale: a bar chart shows its ``MAX_ROWS`` largest rows one by one, sorted by value,
  and sums the rest into one row (``n_groups`` says how many it holds), so a figure reads the
  same at 4 projects and at 400.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import combinations
from typing import Any, Protocol

import pandas as pd

from cwlib.analyse.theme import check_lang, country_name, label
from cwlib.patterns import compiled
from cwlib.schema import ORG_TYPES, PERIODS, ROLES

PART_ITEMS = ("eu", "national", "eu_national", "own", "other")
"""Budget items that are parts of a total, in stacking order."""

SEGMENTS = (*PART_ITEMS, "not_stated")
"""Segments of a funding-split bar: the stated parts, then what the total leaves unexplained."""

PERIOD_YEARS = {p: (int(p[:4]), int(p[-4:])) for p in PERIODS}
"""Programming period -> (first year, last year)."""

ELIGIBILITY_END = {
    "2007-2013": pd.Timestamp("2015-12-31"),
    "2014-2020": pd.Timestamp("2023-12-31"),
    "2021-2027": pd.Timestamp("2029-12-31"),
}
"""Last day expenditure of each period is eligible (n+2 and n+3 rules): Regulation (EC)
1083/2006 Art. 56(1), Regulation (EU) 1303/2013 Art. 65(2), Regulation (EU) 2021/1060
Art. 63(2). A project of a period may run past the period's last year up to this day."""

TOLERANCE_EUR = 1.0
"""Differences below one euro are rounding, not a missing part."""

MAX_ROWS = 25
"""Rows a bar chart shows one by one (largest first); beyond, the rest become one row."""

MAP_PROJECT_LINES = 8
"""Up to this many projects the map draws each project's lines; beyond, country-to-country
links weighted by the number of projects they share (40 coloured line sets are a tangle)."""

TIMELINE_ROWS = 30
"""Up to this many projects the timeline names each project and marks its events; beyond,
every project is a thin bar in start order, and the table under the figure names them."""


class TablesLike(Protocol):
    """What ``cwlib.load()`` returns: one DataFrame per table of ``cwlib.schema.TABLES``.

    ``contacts`` (personal data) is there only when it was asked for
    (``cwlib.load(include_contacts=True)``).
    """

    projects: pd.DataFrame
    project_facts: pd.DataFrame
    budgets: pd.DataFrame
    partners: pd.DataFrame
    events: pd.DataFrame
    results: pd.DataFrame
    findings: pd.DataFrame


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
    """Add a ``project`` label column after project_id (kept where one is already there)."""
    labels = project_labels(tables.projects, lang)
    out = frame.copy()
    ids = [_text(v) for v in out["project_id"]]
    shown = [labels.get(pid, pid) for pid in ids]
    if "project" in out.columns:
        out["project"] = [
            s if pid else old for pid, s, old in zip(ids, shown, out["project"], strict=True)
        ]
    else:
        out.insert(1, "project", shown)
    return out


def other_label(kind: str, n: int, lang: str = "en") -> str:
    """The label of the one row that holds what a figure has no room for.

    >>> other_label("projects", 75), other_label("projects", 75, "lt")
    ('75 other projects', 'kiti projektai (75)')
    """
    return label(f"other_{kind}", lang).format(n=n)


def _top(
    frame: pd.DataFrame, by: str | list[str], max_rows: int | None, ascending: bool = False
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The rows sorted by value (missing last), split into those shown and the rest.

    All rows are shown when they fit, and when only one would be left over (a row that
    stands for one other row is no summary).
    """
    ordered = frame.sort_values(by, ascending=ascending, na_position="last", kind="stable")
    if max_rows is None or len(ordered) <= max_rows + 1:
        return ordered, ordered.iloc[0:0]
    return ordered.iloc[:max_rows], ordered.iloc[max_rows:]


def date_bounds(value: str) -> tuple[pd.Timestamp | None, pd.Timestamp | None, str | None]:
    """First and last day a reduced ISO date can mean, and its precision.

    >>> date_bounds("2017")
    (Timestamp('2017-01-01 00:00:00'), Timestamp('2017-12-31 00:00:00'), 'year')
    >>> date_bounds("2020-02")[1], date_bounds("--12-03")
    (Timestamp('2020-02-29 00:00:00'), (None, None, 'no_year'))
    """
    value = _text(value).strip()
    if _DAY.fullmatch(value):
        day = pd.Timestamp(value)
        return day, day, "day"
    if _MONTH.fullmatch(value):
        first = pd.Timestamp(value + "-01")
        return first, first + pd.offsets.MonthEnd(0), "month"
    if _YEAR.fullmatch(value):
        return pd.Timestamp(f"{value}-01-01"), pd.Timestamp(f"{value}-12-31"), "year"
    if _NO_YEAR.fullmatch(value):
        return None, None, "no_year"
    return None, None, None


_DAY = compiled(r"\d{4}-\d{2}-\d{2}")  # 2020-01-31
_MONTH = compiled(r"\d{4}-\d{2}")  # 2020-01
_YEAR = compiled(r"\d{4}")  # 2020
_NO_YEAR = compiled(r"--\d{2}-\d{2}")  # --12-03: a day whose year the text does not give


def _money(amount: float) -> str:
    """A euro sum for a sentence, as the formatter writes it in English: €1,831,204."""
    from cwlib.analyse.formats import format_money

    return format_money(amount, "en")


def _pct(value: float, decimals: int = 1) -> str:
    """A share for a sentence: 82.5%."""
    from cwlib.analyse.formats import format_percent

    return format_percent(value, "en", decimals)


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
    """'1 project', '3 projects'."""
    return f"{n} {word if n == 1 else plural or word + 's'}"


def _verb(n: int, singular: str, plural: str) -> str:
    """The verb agreeing with a count: 'states' for one, 'state' for several."""
    return singular if n == 1 else plural


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

STATES = ("stated", "inferred", "missing")
"""A field is stated by a text, inferred from other facts (a period from the dates, a
programme from the region's words), or missing."""

INFERRED_BASIS = {
    "programme": ("programme_basis", {"inferred"}),
    "period": ("period_basis", {"from_dates", "from_programme"}),
}
"""Project fields whose value may be inferred: the column that says how, and its values
that mean "inferred, not stated"."""

_CONTACT_ROLE = compiled(
    r"""
    (?i:projekto\s+(?:vadov|koordinator))   # Projekto vadovė, projekto koordinatorius
    | (?i:projektų\s+vadov)                 # projektų vadovė
    | (?i:kontaktinis\s+asmuo|kontaktai)    # Kontaktinis asmuo, Kontaktai:
    | (?i:contact\s+person|contact:)        # Contact person, Contact:
    | (?i:project\s+(?:manager|coordinator|officer))  # Project manager
    """,
    re.VERBOSE,
)
"""Words that present a person as the one to contact about the project (not a mayor or a
director quoted in a news story about it)."""


def _contacts(tables: TablesLike) -> pd.DataFrame | None:
    """The contacts table when it was loaded, else None."""
    try:
        # not one of TablesLike's attributes: there only when it was asked for
        return tables.contacts  # type: ignore[attr-defined]
    except (AttributeError, KeyError):
        return None


def project_contacts(tables: TablesLike) -> set[str]:
    """Projects with a contact person: a person with an e-mail or a phone, or one the text
    presents as the project's manager, coordinator or contact person.

    A vice-mayor quoted at an event is named in the text but is nobody to contact.
    """
    contacts = _contacts(tables)
    if contacts is None:
        return set()
    plain = _plain(contacts, ["project_id", "position", "email", "phone", "quote"])
    return {
        row.project_id
        for row in plain.itertuples(index=False)
        if row.email
        or row.phone
        or _CONTACT_ROLE.search(row.position)
        or _CONTACT_ROLE.search(row.quote)
    }


def table_sizes(tables: TablesLike) -> pd.DataFrame:
    """Rows per table and how many projects each table says something about."""
    from cwlib.schema import TABLES

    rows = []
    for name, table in TABLES.items():
        frame = _contacts(tables) if name == "contacts" else getattr(tables, name)
        if frame is None:
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
    """Per project and field: is it stated, inferred or missing? Long form, one row per cell.

    Columns: project_id, project, field, field_label, state (stated / inferred / missing),
    filled (stated). The project columns come from projects.csv, a programme or period
    inferred rather than stated counting as inferred; the others say whether the project has
    a stated total budget, any EU sum (alone or together with the state budget), named
    partners, a lead or applicant, partners all placed at their city or region (a country's
    centre is not a place), an event with a year, a counted result, a contact person (see
    :func:`project_contacts`; the field is left out when contacts were not loaded).
    """
    projects = _plain(tables.projects, [c for c in tables.projects.columns if c != "project_id"])
    budgets = _plain(tables.budgets, ["project_id", "scope", "item"])
    budgets = budgets[budgets["amount_eur"].notna()]
    partners = _plain(tables.partners, ["project_id", "role", "geo_precision"])
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
            if group["geo_precision"].isin(["city", "region"]).all()
        },
        "dated_events": has(events[events["earliest"].notna()]),
        "results": has(tables.results),
        "contacts": project_contacts(tables),
    }
    fields = [f for f in COMPLETENESS_FIELDS if f != "contacts" or _contacts(tables) is not None]
    rows = []
    for position, pid in enumerate(ids):
        for field in fields:
            if field in derived:
                state = "stated" if pid in derived[field] else "missing"
            elif projects[field].iloc[position] == "":
                state = "missing"
            elif field in INFERRED_BASIS:
                column, inferred = INFERRED_BASIS[field]
                state = "inferred" if projects[column].iloc[position] in inferred else "stated"
            else:
                state = "stated"
            rows.append({"project_id": pid, "field": field, "state": state})
    out = pd.DataFrame(rows, columns=["project_id", "field", "state"])
    out.insert(2, "field_label", [label(f"field_{f}", lang) for f in out["field"]])
    out["filled"] = out["state"] == "stated"
    return _with_labels(out, tables, lang)


def completeness_matrix(
    tables: TablesLike, lang: str = "en", max_rows: int | None = MAX_ROWS
) -> pd.DataFrame:
    """What the completeness figure draws: one row per project, or per programme at scale.

    Up to ``max_rows`` projects, one row per project (most complete first) whose cells are
    its fields' states. Beyond, one row per programme (most projects first; projects whose
    programme is not known in one row of their own) plus a first row for all projects, whose
    cells are the share of its projects stating the field (``share_stated``) or inferring it
    (``share_inferred``). ``n_projects`` is the number of projects a row stands for.
    """
    long = completeness(tables, lang)
    columns = [
        "row",
        "row_label",
        "n_projects",
        "field",
        "field_label",
        "state",
        "share_stated",
        "share_inferred",
    ]
    if long.empty:
        return pd.DataFrame(columns=columns)
    long["share_stated"] = (long["state"] == "stated").astype(float)
    long["share_inferred"] = (long["state"] == "inferred").astype(float)
    n = long["project_id"].nunique()
    if max_rows is None or n <= max_rows:
        order = long.groupby("project", sort=False)["share_stated"].mean()
        order = order.sort_values(ascending=False, kind="stable")
        out = long.rename(columns={"project": "row_label"})
        out["row"] = out["row_label"].map({p: i for i, p in enumerate(order.index)})
        out["n_projects"] = 1
        out = out.sort_values(["row"], kind="stable")
        return out[columns].reset_index(drop=True)
    programmes = _plain(tables.projects, ["programme"]).set_index("project_id")["programme"]
    unknown = label("programme_unknown", lang)
    long["programme"] = [programmes.get(pid, "") or unknown for pid in long["project_id"]]
    sizes = long.groupby("programme")["project_id"].nunique()
    known = sizes.drop(unknown, errors="ignore").sort_values(ascending=False, kind="stable")
    ranking = [*known.index, *([unknown] if unknown in sizes else [])]
    groups = [(label("all_projects_row", lang).format(n=n), long)] + [
        (f"{p} ({sizes[p]})", long[long["programme"] == p]) for p in ranking[: max_rows - 1]
    ]
    rest = ranking[max_rows - 1 :]
    if rest:
        others = long[long["programme"].isin(rest)]
        groups.append((other_label("programmes", len(rest), lang), others))
    rows = []
    for i, (row_label, group) in enumerate(groups):
        shares = group.groupby(["field", "field_label"], sort=False)[
            ["share_stated", "share_inferred"]
        ].mean()
        for (field, field_label), share in shares.iterrows():
            rows.append(
                {
                    "row": i,
                    "row_label": row_label,
                    "n_projects": group["project_id"].nunique(),
                    "field": field,
                    "field_label": field_label,
                    "state": "",
                    "share_stated": share["share_stated"],
                    "share_inferred": share["share_inferred"],
                }
            )
    return pd.DataFrame(rows, columns=columns)


def completeness_table(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """The completeness table as portals publish it: ✓ stated, ≈ inferred, – missing.

    The last column is the share of fields each project states; the last row is the share of
    projects stating each field (both in percent, rounded; inferred counts as not stated).
    """
    from cwlib.analyse.formats import MISSING, format_number

    long = completeness(tables, lang)
    marks = {"stated": "✓", "inferred": "≈", "missing": MISSING}
    wide = long.pivot(index="project", columns="field_label", values="state")
    order = list(dict.fromkeys(long["project"]))
    wide = wide.loc[order, list(dict.fromkeys(long["field_label"]))]
    stated = wide == "stated"
    pct_row = stated.mean(axis=0) * 100
    pct_col = stated.mean(axis=1) * 100
    shown = wide.map(marks.get)
    shown[label("complete_pct", lang)] = [format_number(v, lang) for v in pct_col]
    shown.loc[label("all_projects", lang)] = [*(format_number(v, lang) for v in pct_row), ""]
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


SEVERITY_WORDS = {"error": "error", "warning": "warning", "info": "caveat"}


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
    by_project = long.groupby("project", sort=False)["filled"].mean().sort_values(kind="stable")
    inferred = long[long["state"] == "inferred"]
    severities = tables.findings["severity"].astype(object).value_counts()
    severities = severities.reindex(
        [s for s in SEVERITY_WORDS if s in severities.index]
        + [s for s in severities.index if s not in SEVERITY_WORDS]
    )
    parts = [
        f"The tables describe {_plural(n, 'project')} from {_plural(len(sources), 'text')}, "
        f"with {_plural(len(tables.budgets), 'stated sum')} of money, "
        f"{_plural(len(tables.partners), 'partner')} and {_plural(len(tables.events), 'dated event')}.",
        f"On average a project states {_pct(by_field.mean() * 100, 0)} of the "
        f"{len(by_field)} fields of the completeness table; the least complete is "
        f"{by_project.index[0]} ({_pct(by_project.iloc[0] * 100, 0)}), the most complete "
        f"{by_project.index[-1]} ({_pct(by_project.iloc[-1] * 100, 0)}).",
    ]
    if always:
        parts.append(f"Every project states: {_names(always, 8)}.")
    if never:
        parts.append(f"No project states: {_names(never, 8)}.")
    if len(inferred):
        kinds = inferred.groupby("field_label", sort=False)["project_id"].nunique()
        parts.append(
            "Inferred, not stated (counted as missing above): "
            + ", ".join(f"{f} in {_plural(int(k), 'project')}" for f, k in kinds.items())
            + "."
        )
    if severities.sum():
        counts = ", ".join(
            _plural(int(c), SEVERITY_WORDS.get(s, s)) for s, c in severities.items() if c
        )
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
        ["project_id", "scope", "party", "item", "currency", "eur_basis", "share_basis", "source"],
    )
    budgets["payer"] = budgets["party"]
    budgets.loc[budgets["scope"] == "project", "party"] = ""
    budgets["_order"] = range(len(budgets))
    budgets = budgets.sort_values(["source", "_order"], kind="stable")
    return budgets.drop_duplicates(
        ["project_id", "scope", "party", "item", "amount_eur", "share_pct"]
    )


def _items(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per item of one budget group: its first stated sum and its stated share.

    The sum is the first row with an amount (a rate-only row never stands in for it); the
    stated share is the share budgets.csv marks as stated, on the sum's own row or on a row
    that states only the rate. ``n_stated`` counts the item's rows with a sum.
    """
    out: dict[str, dict[str, Any]] = {}
    for row in rows:
        item = out.setdefault(
            row["item"],
            {
                "amount_eur": float("nan"),
                "amount": float("nan"),
                "currency": "",
                "eur_basis": "",
                "share_pct_stated": float("nan"),
                "n_stated": 0,
            },
        )
        if pd.notna(row["amount_eur"]):
            if not item["n_stated"]:
                item.update(
                    amount_eur=float(row["amount_eur"]),
                    amount=float(row["amount"]),
                    currency=row["currency"],
                    eur_basis=row["eur_basis"],
                )
            item["n_stated"] += 1
        stated = row["share_basis"] == "stated" and pd.notna(row["share_pct"])
        if stated and pd.isna(item["share_pct_stated"]):
            item["share_pct_stated"] = float(row["share_pct"])
    return out


def budget_groups(tables: TablesLike) -> list[dict[str, Any]]:
    """Every budget group with its items (see :func:`_items`), total and denominator.

    ``total_eur`` is the stated total (NaN where none is stated); ``denominator_eur`` is the
    stated total, else the sum of the stated parts (``denominator_basis``), NaN when neither.
    Groups in the order their first row comes in source order.
    """
    by_group: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for row in _budget_rows(tables).to_dict("records"):
        by_group.setdefault((row["project_id"], row["scope"], row["party"]), []).append(row)
    groups = []
    for (pid, scope, party), rows in by_group.items():
        items = _items(rows)
        total = items.get("total", {})
        parts = {k: v for k, v in items.items() if k in PART_ITEMS and pd.notna(v["amount_eur"])}
        total_eur = total.get("amount_eur", float("nan"))
        if pd.notna(total_eur):
            denominator, basis = total_eur, "stated_total"
        elif parts:
            denominator, basis = sum(v["amount_eur"] for v in parts.values()), "sum_of_parts"
        else:
            denominator, basis = float("nan"), ""
        groups.append(
            {
                "project_id": pid,
                "scope": scope,
                "party": party,
                "items": items,
                "parts": parts,
                "total_eur": total_eur,
                "denominator_eur": denominator,
                "denominator_basis": basis,
            }
        )
    return groups


BUDGET_COLUMNS = [
    "project_id",
    "project",
    "scope",
    "party",
    "group",
    "amount_eur",
    "amount",
    "currency",
    "eur_basis",
    "total_basis",
    "n_stated",
    "n_groups",
]


def budget_totals(
    tables: TablesLike, lang: str = "en", max_rows: int | None = MAX_ROWS
) -> pd.DataFrame:
    """One total in euro per budget group (the project, or one partner's part), largest first.

    The total is the one stated (``total_basis`` "stated_total"); where a group states parts
    but no total, it is the sum of its parts ("sum_of_parts"), which the figure hatches. The
    stated sum (``amount``, ``currency``: litas where the text gave litas) stays beside the euro
    value; for a sum of parts it is the sum of the stated amounts when they share a currency.
    Whole-project budgets come first, then partners' parts, each sorted by value; past
    ``max_rows`` in a scope the rest are one row (``total_basis`` "rest", ``n_groups`` of them).
    """
    check_lang(lang)
    rows = []
    for g in budget_groups(tables):
        items = g["items"]
        if pd.notna(g["total_eur"]):
            total = items["total"]
            amount_eur, amount, currency = total["amount_eur"], total["amount"], total["currency"]
            basis, eur_basis, n_stated = "stated_total", total["eur_basis"], total["n_stated"]
        elif g["parts"]:
            parts = g["parts"].values()
            amount_eur = g["denominator_eur"]
            currencies = {p["currency"] for p in parts}
            same = len(currencies) == 1
            amount = sum(p["amount"] for p in parts) if same else float("nan")
            currency = currencies.pop() if same else ""
            eur_basis = (
                "converted" if any(p["eur_basis"] == "converted" for p in parts) else "stated"
            )
            basis, n_stated = "sum_of_parts", 0
        else:
            continue
        rows.append(
            {
                "project_id": g["project_id"],
                "project": "",
                "scope": g["scope"],
                "party": g["party"],
                "group": _group_label(g["scope"], g["party"], lang),
                "amount_eur": float(amount_eur),
                "amount": float(amount),
                "currency": currency,
                "eur_basis": eur_basis,
                "total_basis": basis,
                "n_stated": n_stated,
                "n_groups": 1,
            }
        )
    out = _with_labels(pd.DataFrame(rows, columns=BUDGET_COLUMNS), tables, lang)
    pieces = []
    for scope in ("project", "partner"):
        shown, rest = _top(out[out["scope"] == scope], ["amount_eur", "project"], max_rows)
        pieces.append(shown)
        if len(rest):
            kind = "projects" if scope == "project" else "partner_budgets"
            pieces.append(
                pd.DataFrame(
                    [
                        {
                            "project_id": "",
                            "project": other_label(kind, len(rest), lang),
                            "scope": scope,
                            "party": "",
                            "group": label(f"scope_{scope}", lang),
                            "amount_eur": float(rest["amount_eur"].sum()),
                            "amount": float("nan"),
                            "currency": "",
                            "eur_basis": "",
                            "total_basis": "rest",
                            "n_stated": 0,
                            "n_groups": len(rest),
                        }
                    ],
                    columns=BUDGET_COLUMNS,
                )
            )
    pieces = [p for p in pieces if len(p)]
    result = pd.concat(pieces, ignore_index=True) if pieces else out.iloc[0:0]
    return result[BUDGET_COLUMNS].reset_index(drop=True)


def litas_sums(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """Every sum stated in litas beside its euro value and how the euro value was found."""
    budgets = _plain(
        tables.budgets, ["project_id", "scope", "party", "item", "currency", "eur_basis"]
    )
    litas = budgets[budgets["currency"] == "LTL"]
    out = litas[["project_id", "scope", "party", "item", "amount", "amount_eur", "eur_basis"]]
    out = out.rename(columns={"amount": "amount_ltl"}).reset_index(drop=True)
    return _with_labels(out, tables, lang)


INTENSITY_COLUMNS = [
    "project_id",
    "project",
    "amount_eur",
    "total_basis",
    "n_partners",
    "duration_months",
    "eur_per_partner",
    "eur_per_month",
    "n_groups",
]


def budget_intensity(
    tables: TablesLike, lang: str = "en", max_rows: int | None = MAX_ROWS
) -> pd.DataFrame:
    """Per project: its total in euro per named partner and per month of its duration.

    Uses the project-scope total of :func:`budget_totals` (stated, else the sum of the
    project-scope parts); partners are the distinct names in partners.csv, lead and applicant
    included; the duration is the one of :func:`durations` (stated, else from the dates). A
    ratio is missing where its divisor is unknown. Sorted by the budget per
    partner; past ``max_rows`` the rest are one row whose ratios are pooled (their budgets
    over their partners, over their months).
    """
    totals = budget_totals(tables, lang, max_rows=None)
    totals = totals[totals["scope"] == "project"].drop_duplicates("project_id")
    partners = _plain(tables.partners, ["project_id", "name"])
    n_partners = partners.groupby("project_id")["name"].nunique()
    duration = durations(tables, lang).set_index("project_id")["duration_months"]
    out = totals[["project_id", "project", "amount_eur", "total_basis"]].copy()
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
    out["n_groups"] = 1
    shown, rest = _top(out, ["eur_per_partner", "project"], max_rows)
    if len(rest):
        with_partners = rest[rest["n_partners"] > 0]
        with_months = rest[rest["duration_months"].notna() & (rest["duration_months"] > 0)]
        pooled = {
            "project_id": "",
            "project": other_label("projects", len(rest), lang),
            "amount_eur": float(rest["amount_eur"].sum()),
            "total_basis": "rest",
            "n_partners": int(rest["n_partners"].sum()),
            "duration_months": pd.NA,
            "eur_per_partner": _ratio(
                with_partners["amount_eur"].sum(), with_partners["n_partners"].sum()
            ),
            "eur_per_month": _ratio(
                with_months["amount_eur"].sum(), float(with_months["duration_months"].sum())
            ),
            "n_groups": len(rest),
        }
        shown = pd.concat([shown, pd.DataFrame([pooled])], ignore_index=True)
    shown["duration_months"] = pd.array(shown["duration_months"], dtype="Int64")
    return shown[INTENSITY_COLUMNS].reset_index(drop=True)


def _ratio(numerator: float, denominator: float) -> float:
    return float(numerator) / float(denominator) if denominator else float("nan")


def _party_countries(tables: TablesLike) -> dict[tuple[str, str], str]:
    """The country of each partner that has a budget of its own, by (project, party).

    From the project's partner list where a partner has the same name (case and spaces
    ignored) or one name holds the other; else from a place named in the party's name
    (``VšĮ Klaipėdos ... agentūra`` -> LT), with the offline gazetteer.
    """
    from cwlib.parse.places import locate

    partners = _plain(tables.partners, ["project_id", "name", "country"])
    by_project: dict[str, list[tuple[str, str]]] = {}
    for row in partners.itertuples(index=False):
        by_project.setdefault(row.project_id, []).append((_fold(row.name), row.country))
    budgets = _plain(tables.budgets, ["project_id", "scope", "party"])
    parties = budgets[(budgets["scope"] == "partner") & (budgets["party"] != "")]
    out = {}
    for pid, party in parties[["project_id", "party"]].drop_duplicates().itertuples(index=False):
        key = _fold(party)
        known = by_project.get(pid, [])
        country = next((c for n, c in known if n == key and c), "")
        if not country:
            country = next((c for n, c in known if c and (n in key or key in n)), "")
        if not country:
            place = locate(party)
            country = place.country if place and place.country else ""
        out[(pid, party)] = country
    return out


def _fold(name: str) -> str:
    return " ".join(name.casefold().split())


LT_SHARE_COLUMNS = [
    "project_id",
    "project",
    "party",
    "partner_eur",
    "project_eur",
    "share_pct",
    "n_partners",
    "n_groups",
]


def lt_partner_shares(
    tables: TablesLike, lang: str = "en", max_rows: int | None = MAX_ROWS
) -> pd.DataFrame:
    """Each Lithuanian partner's budget as a share of its whole project's budget.

    For every partner-scope budget whose partner is in Lithuania (:func:`_party_countries`)
    in a project that also states a whole-project budget: both in euro (stated totals, else
    sums of parts) and the share in percent, largest share first. ``n_partners`` is the
    project's number of named partners, for scale (an equal split would be 1/n). Past
    ``max_rows`` the rest are one pooled row (their partner budgets over their projects').
    """
    totals = budget_totals(tables, lang, max_rows=None)
    project = totals[totals["scope"] == "project"].set_index("project_id")["amount_eur"]
    partners = totals[totals["scope"] == "partner"]
    countries = _party_countries(tables)
    n_partners = _plain(tables.partners, ["project_id", "name"]).groupby("project_id")["name"]
    n_partners = n_partners.nunique()
    rows = []
    for row in partners.itertuples(index=False):
        if countries.get((row.project_id, row.party)) != "LT" or row.project_id not in project:
            continue
        whole = float(project[row.project_id])
        rows.append(
            {
                "project_id": row.project_id,
                "project": row.project,
                "party": row.party,
                "partner_eur": row.amount_eur,
                "project_eur": whole,
                "share_pct": row.amount_eur / whole * 100 if whole else float("nan"),
                "n_partners": int(n_partners.get(row.project_id, 0)),
                "n_groups": 1,
            }
        )
    out = pd.DataFrame(rows, columns=LT_SHARE_COLUMNS)
    shown, rest = _top(out, ["share_pct", "project"], max_rows)
    if len(rest):
        projects = rest.drop_duplicates("project_id")
        pooled = {
            "project_id": "",
            "project": other_label("partner_budgets", len(rest), lang),
            "party": "",
            "partner_eur": float(rest["partner_eur"].sum()),
            "project_eur": float(projects["project_eur"].sum()),
            "share_pct": _ratio(rest["partner_eur"].sum(), projects["project_eur"].sum()) * 100,
            "n_partners": 0,
            "n_groups": len(rest),
        }
        shown = pd.concat([shown, pd.DataFrame([pooled])], ignore_index=True)
    return shown[LT_SHARE_COLUMNS].reset_index(drop=True)


TOTALS_KEYS = ("programme", "period", "fund")


def totals_by(tables: TablesLike, key: str, lang: str = "en") -> pd.DataFrame:
    """Projects and their whole-project budgets summed by programme, period or fund.

    One row per value of ``key`` (most projects first; "not known" last): the number of
    projects, how many state a whole-project budget (a total, or parts summed), the sum of
    those budgets and of their stated EU funds in euro, and the median budget. For
    programmes, ``n_inferred`` counts projects whose programme is inferred, not stated.
    """
    if key not in TOTALS_KEYS:
        raise ValueError(f"key must be one of {TOTALS_KEYS}, not {key!r}")
    projects = _plain(tables.projects, [key, "programme_basis"])
    totals = budget_totals(tables, lang, max_rows=None)
    totals = totals[totals["scope"] == "project"].set_index("project_id")["amount_eur"]
    eu = {
        g["project_id"]: g["parts"]["eu"]["amount_eur"]
        for g in budget_groups(tables)
        if g["scope"] == "project" and "eu" in g["parts"]
    }
    unknown = label("org_unknown", lang)
    projects["_key"] = projects[key].replace("", unknown)
    projects["_total"] = projects["project_id"].map(totals)
    projects["_eu"] = projects["project_id"].map(eu)
    rows = []
    for value, group in projects.groupby("_key", sort=False):
        rows.append(
            {
                key: value,
                "n_projects": len(group),
                "n_inferred": int((group["programme_basis"] == "inferred").sum())
                if key == "programme"
                else 0,
                "n_with_budget": int(group["_total"].notna().sum()),
                "total_eur": float(group["_total"].sum()),
                "eu_eur": float(group["_eu"].sum()),
                "median_eur": float(group["_total"].median()),
            }
        )
    columns = [
        key,
        "n_projects",
        "n_inferred",
        "n_with_budget",
        "total_eur",
        "eu_eur",
        "median_eur",
    ]
    out = pd.DataFrame(rows, columns=columns)
    out["_unknown"] = out[key] == unknown
    out = out.sort_values(["_unknown", "n_projects", key], ascending=[True, False, True])
    if key != "programme":
        out = out.drop(columns="n_inferred")
    return out.drop(columns="_unknown").reset_index(drop=True)


def programme_totals(
    tables: TablesLike, lang: str = "en", max_rows: int | None = MAX_ROWS
) -> pd.DataFrame:
    """What the programme figure draws: projects and budgets per programme and period.

    One row per programme and period (periods in order; "not known" where no period is
    given): ``n_projects``, ``n_inferred`` (programme inferred, not stated), ``n_with_budget``
    and ``total_eur`` (the sum of their whole-project budgets). Programmes with most projects
    first, "not known" last; past ``max_rows`` programmes the rest are one row.
    """
    projects = _plain(tables.projects, ["programme", "programme_basis", "period"])
    totals = budget_totals(tables, lang, max_rows=None)
    totals = totals[totals["scope"] == "project"].set_index("project_id")["amount_eur"]
    unknown = label("programme_unknown", lang)
    projects["programme"] = projects["programme"].replace("", unknown)
    projects["_total"] = projects["project_id"].map(totals)
    sizes = projects.groupby("programme").size()
    order = sizes.drop(unknown, errors="ignore").sort_values(ascending=False, kind="stable")
    ranking = [*order.index, *([unknown] if unknown in sizes else [])]
    if max_rows is not None and len(ranking) > max_rows + 1:
        rest = set(ranking[max_rows:])
        other = other_label("programmes", len(rest), lang)
        projects["programme"] = [other if p in rest else p for p in projects["programme"]]
        ranking = [*ranking[:max_rows], other]
    rows = []
    for (programme, period), group in projects.groupby(["programme", "period"], sort=False):
        rows.append(
            {
                "programme": programme,
                "period": period,
                "n_projects": len(group),
                "n_inferred": int((group["programme_basis"] == "inferred").sum()),
                "n_with_budget": int(group["_total"].notna().sum()),
                "total_eur": float(group["_total"].sum()),
            }
        )
    columns = ["programme", "period", "n_projects", "n_inferred", "n_with_budget", "total_eur"]
    out = pd.DataFrame(rows, columns=columns)
    if out.empty:
        return out
    out["_p"] = out["programme"].map({p: i for i, p in enumerate(ranking)})
    out["_q"] = out["period"].map({p: i for i, p in enumerate(PERIODS)}).fillna(len(PERIODS))
    return out.sort_values(["_p", "_q"]).drop(columns=["_p", "_q"]).reset_index(drop=True)


PAGE_CHECKS = ("call_for_proposals", "call_news", "programme_news", "several_projects")
"""The audit's checks for a text that is not one project's own page (see cwlib/build/audit.py)."""


def not_one_project(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """Projects read from a text that is not one project's own page: a call for proposals (its
    card, or a programme's news about it), a programme's consultation or survey, or a page
    listing several projects. Their sums are shown like any project's, so every figure
    that compares budgets says which they are (the audit's warning quotes why)."""
    findings = _plain(tables.findings, ["project_id", "check", "source", "quote"])
    apart = findings[findings["check"].isin(PAGE_CHECKS)]
    apart = apart[["project_id", "check", "source", "quote"]].drop_duplicates(["project_id"])
    return _with_labels(apart.reset_index(drop=True), tables, lang)


def budget_findings(tables: TablesLike) -> str:
    """What the budget notebook found, computed."""
    totals = budget_totals(tables, max_rows=None)
    if totals.empty:
        return "No text states a sum of money yet."
    project = totals[totals["scope"] == "project"]
    partner = totals[totals["scope"] == "partner"]
    n_projects = tables.projects["project_id"].nunique()
    stated = project[project["total_basis"] == "stated_total"]
    summed = totals[totals["total_basis"] == "sum_of_parts"]
    summed_projects = summed[summed["scope"] == "project"]
    first = (
        f"{len(stated)} of {_plural(n_projects, 'project')} "
        f"{_verb(len(stated), 'states', 'state')} a total budget for the whole project"
    )
    if len(summed_projects):
        first += (
            f"; {len(summed_projects)} more {_verb(len(summed_projects), 'states', 'state')} "
            "only parts of it (the figure shows their sum, hatched)"
        )
    first += (
        f". {_plural(len(partner), 'budget')} {_verb(len(partner), 'is', 'are')} stated for "
        "one partner's part."
    )
    parts = [first]
    if len(project):
        big = project.loc[project["amount_eur"].idxmax()]
        small = project.loc[project["amount_eur"].idxmin()]
        parts.append(
            f"Whole-project budgets range from {_money(small.amount_eur)} ({small.project}) to "
            f"{_money(big.amount_eur)} ({big.project}); the median is "
            f"{_money(project['amount_eur'].median())}."
        )
    summed_partners = summed[summed["scope"] == "partner"]
    if len(summed_partners):
        parts.append(
            f"{_plural(len(summed_partners), 'partner budget')} "
            f"{_verb(len(summed_partners), 'states', 'state')} parts but no total; the figure "
            "shows the sum of the stated parts, hatched."
        )
    litas = litas_sums(tables)
    if len(litas):
        converted = int((litas["eur_basis"] == "converted").sum())
        parts.append(
            f"{_plural(len(litas), 'sum')} {_verb(len(litas), 'is', 'are')} stated in litas "
            f"({_plural(litas['project_id'].nunique(), 'project')}); "
            f"{len(litas) - converted} of them give the euro value beside it, "
            f"{converted} {_verb(converted, 'was', 'were')} converted at the official rate."
        )
    intensity = budget_intensity(tables, max_rows=None)
    per_month = intensity.dropna(subset=["eur_per_month"])
    if len(per_month):
        top = per_month.loc[per_month["eur_per_month"].idxmax()]
        parts.append(
            f"Where the duration is known ({_plural(len(per_month), 'project')}), the highest "
            f"spending rate is {_money(top.eur_per_month)} per month ({top.project})."
        )
    lt = lt_partner_shares(tables, max_rows=None)
    if len(lt):
        parts.append(
            f"{_plural(len(lt), 'Lithuanian partner')} "
            f"{_verb(len(lt), 'states its', 'state their')} own budget beside the project's: "
            f"{_pct(lt['share_pct'].min())} to "
            f"{_pct(lt['share_pct'].max())} of the whole project."
        )
    apart = not_one_project(tables)
    if len(apart):
        n = len(apart)
        parts.append(
            f"Caveat: {_plural(n, 'project')} ({_names(apart['project'])}) "
            f"{_verb(n, 'comes', 'come')} from a text that is not one project's own page (a "
            "call for proposals, or a page listing several projects; see the findings): "
            f"{_verb(n, 'its', 'their')} sums are in the figures but are no single project's "
            "budget."
        )
    return " ".join(parts)


# --------------------------------------------------------------------------- 02 EU shares

SPLIT_COLUMNS = [
    "project_id",
    "project",
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
    "n_groups",
]


def funding_split(
    tables: TablesLike, lang: str = "en", max_rows: int | None = MAX_ROWS
) -> pd.DataFrame:
    """Each budget group's parts (EU, state, EU and state together, own, other) in euro and %.

    Long form, one row per group and segment. The denominator is the group's stated total, or
    where none is stated the sum of its parts (``denominator_basis``). Where a stated total
    exceeds its stated parts by more than a euro, the rest is a ``not_stated`` segment; a sum
    given for EU and state budget together stays one ``eu_national`` segment. Only groups that
    state at least one part as a sum appear. Whole-project budgets first, then partners'
    parts; in each, the ``max_rows`` largest budgets by EU share (highest first), and the rest
    pooled into one row (their parts over their denominators, ``denominator_basis`` "pooled").
    """
    check_lang(lang)
    records = []
    for g in budget_groups(tables):
        if not g["parts"]:
            continue
        denominator = g["denominator_eur"]
        amounts = {k: v["amount_eur"] for k, v in g["parts"].items()}
        rest = denominator - sum(amounts.values())
        if g["denominator_basis"] == "stated_total" and rest > TOLERANCE_EUR:
            amounts["not_stated"] = rest
        records.append((g, amounts))
    rows = []
    for scope in ("project", "partner"):
        chosen = [r for r in records if r[0]["scope"] == scope]
        ranked = sorted(chosen, key=lambda r: -r[0]["denominator_eur"])
        if max_rows is not None and len(ranked) > max_rows + 1:
            shown, rest = ranked[:max_rows], ranked[max_rows:]
        else:
            shown, rest = ranked, []

        def eu_share(record: tuple[dict[str, Any], dict[str, float]]) -> float:
            g, amounts = record
            eu = amounts.get("eu", 0.0) + amounts.get("eu_national", 0.0)
            return eu / g["denominator_eur"] if g["denominator_eur"] else 0.0

        for g, amounts in sorted(shown, key=lambda r: (-eu_share(r), r[0]["project_id"])):
            for item in SEGMENTS:
                if item not in amounts:
                    continue
                stated = g["items"].get(item, {}).get("share_pct_stated", float("nan"))
                rows.append(
                    {
                        "project_id": g["project_id"],
                        "project": "",
                        "scope": scope,
                        "party": g["party"],
                        "group": _group_label(scope, g["party"], lang),
                        "item": item,
                        "item_label": label(f"item_{item}", lang),
                        "amount_eur": amounts[item],
                        "pct": amounts[item] / g["denominator_eur"] * 100
                        if g["denominator_eur"]
                        else float("nan"),
                        "share_pct_stated": stated,
                        "denominator_eur": g["denominator_eur"],
                        "denominator_basis": g["denominator_basis"],
                        "n_groups": 1,
                    }
                )
        if rest:
            pooled = sum(g["denominator_eur"] for g, _ in rest)
            kind = "projects" if scope == "project" else "partner_budgets"
            for item in SEGMENTS:
                amount = sum(a.get(item, 0.0) for _, a in rest)
                if not amount:
                    continue
                rows.append(
                    {
                        "project_id": "",
                        "project": other_label(kind, len(rest), lang),
                        "scope": scope,
                        "party": "",
                        "group": label(f"scope_{scope}", lang),
                        "item": item,
                        "item_label": label(f"item_{item}", lang),
                        "amount_eur": amount,
                        "pct": amount / pooled * 100 if pooled else float("nan"),
                        "share_pct_stated": float("nan"),
                        "denominator_eur": pooled,
                        "denominator_basis": "pooled",
                        "n_groups": len(rest),
                    }
                )
    out = pd.DataFrame(rows, columns=SPLIT_COLUMNS)
    out["share_pct_stated"] = out["share_pct_stated"].astype(float)
    return _with_labels(out, tables, lang)[SPLIT_COLUMNS]


def _cap_or_nan(programme: object, period: object) -> float:
    """The programme's highest co-financing rate (cwlib.build.reference), NaN where none is known."""
    from cwlib.build.reference import max_cap

    cap = max_cap(
        programme if isinstance(programme, str) else None,
        period if isinstance(period, str) else None,
    )
    return float("nan") if cap is None else cap


SHARE_COLUMNS = [
    "project_id",
    "project",
    "scope",
    "party",
    "group",
    "programme",
    "period",
    "denominator_eur",
    "denominator_basis",
    "eu_eur",
    "eu_pct",
    "eu_pct_stated",
    "eu_national_eur",
    "eu_national_pct",
    "programme_cap_pct",
]


def eu_shares(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """One row per budget group that states an EU sum or an EU share.

    ``eu_pct`` is the EU sum over the group's denominator (see :func:`funding_split`), computed
    here from the sums; ``eu_pct_stated`` is the share the text itself states (budgets.csv
    ``share_basis`` "stated"), never one computed by the build. ``eu_national_pct`` is the same
    as ``eu_pct`` for a sum of EU and state budget together, which is never split.
    ``programme_cap_pct`` is the highest EU share the project's programme allows any partner
    in its period (data/reference/cofinancing_caps.csv), where the programme is listed there.
    """
    check_lang(lang)
    projects = _plain(tables.projects, ["project_id", "programme", "period"]).set_index(
        "project_id"
    )
    rows = []
    for g in budget_groups(tables):
        eu = g["items"].get("eu", {})
        together = g["parts"].get("eu_national", {})
        stated = eu.get("share_pct_stated", float("nan"))
        if not (g["parts"].get("eu") or together or pd.notna(stated)):
            continue
        denominator = g["denominator_eur"]
        pid = g["project_id"]
        programme = projects.at[pid, "programme"] if pid in projects.index else ""
        period = projects.at[pid, "period"] if pid in projects.index else ""

        def share(amount: float, denominator: float = denominator) -> float:
            return amount / denominator * 100 if pd.notna(amount) and denominator else float("nan")

        eu_eur = g["parts"].get("eu", {}).get("amount_eur", float("nan"))
        together_eur = together.get("amount_eur", float("nan"))
        rows.append(
            {
                "project_id": pid,
                "project": "",
                "scope": g["scope"],
                "party": g["party"],
                "group": _group_label(g["scope"], g["party"], lang),
                "programme": programme,
                "period": period,
                "denominator_eur": denominator,
                "denominator_basis": g["denominator_basis"],
                "eu_eur": eu_eur,
                "eu_pct": share(eu_eur),
                "eu_pct_stated": stated,
                "eu_national_eur": together_eur,
                "eu_national_pct": share(together_eur),
                "programme_cap_pct": _cap_or_nan(programme, period),
            }
        )
    out = pd.DataFrame(rows, columns=SHARE_COLUMNS)
    for column in SHARE_COLUMNS[7:]:
        if column != "denominator_basis":
            out[column] = out[column].astype(float)
    return _with_labels(out, tables, lang)[SHARE_COLUMNS]


CAP_COLUMNS = [
    "project_id",
    "project",
    "scope",
    "party",
    "group",
    "programme",
    "period",
    "eu_pct",
    "eu_pct_basis",
    "cap_pct",
    "status",
    "row_label",
]


def eu_share_caps(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """The EU share of each project and partner budget beside its programme's cap.

    One row per budget group with an EU share: computed from the sums (``eu_pct_basis``
    "sums"), else as the text states it ("stated"). ``cap_pct`` is the highest share the
    programme allows in the period (:func:`eu_shares`); ``status`` is "above" (by more than
    0.05 points, rounding), "within" or "cap_unknown" (no programme or period, or a programme
    the reference table does not list). A sum of EU and state budget together is not an EU
    share and is left out. ``row_label`` is the figure's row: the programme and period, or
    "cap not known"; rows with a cap first, by programme.
    """
    shares = eu_shares(tables, lang)
    shares = shares[shares["eu_pct"].notna() | shares["eu_pct_stated"].notna()].copy()
    shares["eu_pct_basis"] = ["sums" if pd.notna(v) else "stated" for v in shares["eu_pct"]]
    shares["eu_pct"] = shares["eu_pct"].fillna(shares["eu_pct_stated"])
    shares["cap_pct"] = shares["programme_cap_pct"]
    shares["status"] = [
        "cap_unknown" if pd.isna(cap) else "above" if share > cap + 0.05 else "within"
        for share, cap in zip(shares["eu_pct"], shares["cap_pct"], strict=True)
    ]
    unknown = label("cap_unknown", lang)
    shares["row_label"] = [
        unknown if status == "cap_unknown" else f"{programme} · {period}"
        for programme, period, status in zip(
            shares["programme"], shares["period"], shares["status"], strict=True
        )
    ]
    shares["_unknown"] = shares["status"] == "cap_unknown"
    shares = shares.sort_values(["_unknown", "row_label", "eu_pct"], kind="stable")
    return shares[CAP_COLUMNS].reset_index(drop=True)


def eu_share_findings(tables: TablesLike) -> str:
    """What the EU-share notebook found, computed."""
    shares = eu_shares(tables)
    if shares.empty:
        return "No text states how its budget is split between EU, state and own funds."
    parts = [
        f"{_plural(len(shares), 'budget')} {_verb(len(shares), 'states', 'state')} an EU sum "
        "or an EU share."
    ]
    eu = shares.dropna(subset=["eu_pct"])
    if len(eu):
        parts.append(
            f"Where the EU part is stated as a sum ({_plural(len(eu), 'budget')}), it covers "
            f"{_pct(eu['eu_pct'].min())} to {_pct(eu['eu_pct'].max())} of the total "
            f"(median {_pct(eu['eu_pct'].median())})."
        )
    together = shares.dropna(subset=["eu_national_pct"])
    if len(together):
        parts.append(
            f"{_plural(len(together), 'budget')} give{'s' if len(together) == 1 else ''} EU and "
            f"state money as one sum ({_names(together['project'])}); it is shown as such "
            "and not split."
        )
    caps = eu_share_caps(tables)
    over = caps[caps["status"] == "above"]
    checked = caps[caps["status"] != "cap_unknown"]
    if len(over):
        parts.append(
            f"In {_plural(len(over), 'budget')} the EU share exceeds the highest rate its "
            f"programme allows ({_names(over['project'])}): worth checking in the source."
        )
    elif len(checked):
        parts.append(
            f"No EU share exceeds its programme's highest co-financing rate "
            f"({_plural(len(checked), 'budget')} checked)."
        )
    unknown = caps[caps["status"] == "cap_unknown"]
    if len(unknown):
        parts.append(
            f"For {_plural(len(unknown), 'budget')} the cap is not known (no programme or "
            "period, or a programme data/reference/cofinancing_caps.csv does not list)."
        )
    split = funding_split(tables, max_rows=None)
    unexplained = split[split["item"] == "not_stated"]
    if len(unexplained):
        parts.append(
            f"In {_plural(len(unexplained), 'budget')} the stated parts leave part of the total "
            f"unexplained (grey), up to {_pct(unexplained['pct'].max())}."
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


LINK_COLUMNS = [
    "project_id",
    "project",
    "from_name",
    "to_name",
    "lead_known",
    "lon0",
    "lat0",
    "lon1",
    "lat1",
]


def partner_links(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """Lines joining the partners of each project, one per pair of distinct points.

    Where a lead (or applicant) is named and placed, from it to each other point where a
    partner is (``lead_known``). Where none is, every point is joined to every other: a
    partner drawn first, or at a country's centre, is no hub. Partners without a place are
    left out, and so are partners at a point already joined (one line per pair of points).
    """
    places = partner_places(tables, lang)
    places = places[places["located"]]
    rank = {"lead": 0, "applicant": 1}
    rows = []
    for pid, group in places.groupby("project_id", sort=False):
        points = group.drop_duplicates(["lon", "lat"])
        if len(points) < 2:
            continue
        leads = group[group["role"].isin(list(rank))]
        if len(leads):
            hub = leads.iloc[leads["role"].map(rank).argsort(kind="stable")].iloc[0]
            pairs = [(hub, other) for _, other in points.iterrows() if _point(other) != _point(hub)]
        else:
            pairs = [(a, b) for (_, a), (_, b) in combinations(points.iterrows(), 2)]
        for a, b in pairs:
            rows.append(
                {
                    "project_id": pid,
                    "project": a["project"],
                    "from_name": a["name"],
                    "to_name": b["name"],
                    "lead_known": bool(len(leads)),
                    "lon0": a["lon"],
                    "lat0": a["lat"],
                    "lon1": b["lon"],
                    "lat1": b["lat"],
                }
            )
    return pd.DataFrame(rows, columns=LINK_COLUMNS)


def _point(row: pd.Series) -> tuple[float, float]:
    return (row["lon"], row["lat"])


def country_links(tables: TablesLike) -> pd.DataFrame:
    """Pairs of countries and the number of projects with placed partners in both.

    Drawn between the countries' centres (``cwlib.parse.places.country_place``) on the map of
    many projects, as lines whose width is the number of projects.
    """
    from cwlib.parse.places import country_place

    places = _plain(tables.partners, ["project_id", "country"])
    places = places[places["lat"].notna() & (places["country"] != "")]
    counts: dict[tuple[str, str], int] = {}
    for _, group in places.groupby("project_id"):
        for pair in combinations(sorted(set(group["country"])), 2):
            counts[pair] = counts.get(pair, 0) + 1
    columns = ["country0", "country1", "projects", "lon0", "lat0", "lon1", "lat1"]
    rows = []
    for (a, b), n in counts.items():
        try:
            pa, pb = country_place(a), country_place(b)
        except KeyError:
            continue
        rows.append(
            {
                "country0": a,
                "country1": b,
                "projects": n,
                "lon0": pa.lon,
                "lat0": pa.lat,
                "lon1": pb.lon,
                "lat1": pb.lat,
            }
        )
    out = pd.DataFrame(rows, columns=columns)
    return out.sort_values(["projects", "country0", "country1"], ascending=[False, True, True])


def map_links(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """The lines the map draws: each project's (:func:`partner_links`) up to
    ``MAP_PROJECT_LINES`` projects, else country to country (:func:`country_links`)."""
    links = partner_links(tables, lang)
    if links["project_id"].nunique() <= MAP_PROJECT_LINES:
        return links
    return country_links(tables)


def place_counts(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """Every point where partners are drawn: how many partners, and the place's name.

    ``place`` is the city, else the country's name (a partner known only to its country is
    drawn at its centre); most partners first. A precision the table does not record counts
    as the least precise (country).
    """
    places = partner_places(tables, lang)
    located = places[places["located"]].copy()
    located["geo_precision"] = located["geo_precision"].where(
        located["geo_precision"].isin(["city", "region", "country"]), "country"
    )
    columns = ["lon", "lat", "geo_precision", "place", "country", "partners", "projects"]
    if located.empty:
        return pd.DataFrame(columns=columns)
    located["place"] = [
        city if city and precision != "country" else country_name(country, lang)
        for city, country, precision in zip(
            located["city"], located["country"], located["geo_precision"], strict=True
        )
    ]
    grouped = located.groupby(["lon", "lat", "geo_precision"], sort=False)
    out = grouped.agg(
        place=("place", "first"),
        country=("country", "first"),
        partners=("name", "size"),
        projects=("project_id", "nunique"),
    ).reset_index()
    out = out.sort_values(["partners", "place"], ascending=[False, True], kind="stable")
    return out[columns].reset_index(drop=True)


def country_matrix(
    tables: TablesLike, lang: str = "en", max_rows: int | None = MAX_ROWS, max_cols: int = 15
) -> pd.DataFrame:
    """Partners per project (rows, labels) and country (columns, names): a count matrix.

    Partners whose country is not known count in a last column so that row sums equal the
    number of partners. Projects with most partners first; past ``max_rows`` the rest are
    summed into one row, and past ``max_cols`` countries (most partners first) the rest into
    one "other countries" column (``attrs["rest_row"]`` says whether the last row is the
    rest).
    """
    places = partner_places(tables, lang)
    unknown = label("org_unknown", lang)
    places["country_name"] = [country_name(c, lang) if c else unknown for c in places["country"]]
    if places.empty:
        return pd.DataFrame(dtype=int)
    by_total = places["country_name"].value_counts()
    known = [c for c in by_total.index if c != unknown]
    if len(known) > max_cols + 1:
        kept = set(known[:max_cols])
        other = label("other_countries", lang).format(n=len(known) - max_cols)
        places["country_name"] = [
            c if c in kept or c == unknown else other for c in places["country_name"]
        ]
        known = [*known[:max_cols], other]
    matrix = pd.crosstab(places["project"], places["country_name"])
    columns = [c for c in known if c in matrix] + ([unknown] if unknown in matrix else [])
    sizes = matrix.sum(axis=1).rename("n").reset_index()
    shown, rest = _top(sizes, ["n"], max_rows)
    out = matrix.loc[list(shown["project"]), columns].astype(int)
    if len(rest):
        out.loc[other_label("projects", len(rest), lang)] = matrix.loc[
            list(rest["project"]), columns
        ].sum(axis=0)
    out.index.name = label("project", lang)
    out.columns.name = label("country", lang)
    out.attrs["rest_row"] = bool(len(rest))
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


def partnerships(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """One row per project: its number of partners and countries, and its lead's country.

    ``n_partners`` counts distinct names (lead and applicant included); ``n_countries`` the
    distinct known countries; ``lead_country`` is the country of the lead partner, else of
    the applicant (empty when neither is named or its country is not known).
    """
    partners = _plain(tables.partners, ["project_id", "name", "role", "country"])
    rows = []
    for pid in tables.projects["project_id"]:
        group = partners[partners["project_id"] == pid]
        leads = group[group["role"] == "lead"]
        if leads.empty:
            leads = group[group["role"] == "applicant"]
        lead_country = next((c for c in leads["country"] if c), "")
        countries = {c for c in group["country"] if c}
        rows.append(
            {
                "project_id": pid,
                "n_partners": group["name"].nunique(),
                "n_countries": len(countries),
                "lead_named": bool(len(leads)),
                "lead_country": lead_country,
                "lead_country_name": country_name(lead_country, lang) if lead_country else "",
                "international": len(countries) > 1,
            }
        )
    columns = [
        "project_id",
        "n_partners",
        "n_countries",
        "lead_named",
        "lead_country",
        "lead_country_name",
        "international",
    ]
    return _with_labels(pd.DataFrame(rows, columns=columns), tables, lang)


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
            f"{_verb(international, 'is', 'are')} international; the widest partnership spans "
            f"{_plural(int(per_project.max()), 'country', 'countries')}."
        )
    sizes = partnerships(tables)
    sizes = sizes[sizes["n_partners"] > 0]
    if len(sizes):
        leads = sizes[sizes["lead_country"] != ""]["lead_country_name"].value_counts()
        parts.append(
            f"A partnership has {int(sizes['n_partners'].min())} to "
            f"{int(sizes['n_partners'].max())} partners (median "
            f"{sizes['n_partners'].median():g})."
        )
        if len(leads) and leads.iloc[0] > 1:
            parts.append(
                f"The lead partner's country is known in {_plural(int(leads.sum()), 'project')}; "
                f"most often {leads.index[0]} ({leads.iloc[0]})."
            )
        elif len(leads):
            parts.append(
                f"The lead partner's country is known in {_plural(int(leads.sum()), 'project')}: "
                f"{_names(leads.index, 8)}."
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


TIMELINE_COLUMNS = [
    "row",
    "project_id",
    "project",
    "period",
    "mark",
    "event",
    "event_label",
    "date",
    "precision",
    "earliest",
    "latest",
]


def project_timeline(
    tables: TablesLike, lang: str = "en", max_rows: int | None = TIMELINE_ROWS
) -> pd.DataFrame:
    """Everything the Gantt chart draws, one row per mark, projects in drawing order.

    ``row`` is the project's line (earliest start first); ``period`` its programming period,
    whose colour its marks take. ``mark`` is ``run`` (the time the project surely ran, drawn
    solid), ``start_span`` or ``end_span`` (a start or end known only to the month or year,
    drawn faded over that month or year), ``planned`` (no end stated: from the start to the
    start plus the stated duration, drawn as an outline), or ``event`` (one row of events.csv;
    ``precision`` says whether it is drawn as a day, a month or year span, or, for
    ``no_year``, listed beside the chart without a place on the time axis). Past ``max_rows``
    projects the chart is compact (``attrs["compact"]``): only projects with a start are
    drawn, one thin line each, and events are left to the table.
    """
    bars = timeline_bars(tables, lang)
    events = timeline_events(tables, lang)
    compact = max_rows is not None and len(bars) > max_rows
    if bars.empty:
        out = pd.DataFrame(columns=TIMELINE_COLUMNS)
        out.attrs.update(projects=[], compact=False)
        return out
    key = bars["start_earliest"].fillna(bars["end_earliest"])
    bars = bars.assign(_key=key).sort_values(["_key", "project"], na_position="last", kind="stable")
    if compact:
        bars = bars[bars["start_earliest"].notna()]
    rows = {pid: i for i, pid in enumerate(bars["project_id"])}
    marks = []
    for bar in bars.itertuples(index=False):
        base = {
            "row": rows[bar.project_id],
            "project_id": bar.project_id,
            "project": bar.project,
            "period": bar.period,
        }
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
    periods = dict(zip(bars["project_id"], bars["period"], strict=True))
    for event in [] if compact else events.itertuples(index=False):
        marks.append(
            {
                "row": rows.get(event.project_id, -1),
                "project_id": event.project_id,
                "project": event.project,
                "period": periods.get(event.project_id, ""),
                "mark": "event",
                "event": event.event,
                "event_label": event.event_label,
                "date": event.date,
                "precision": event.precision,
                "earliest": event.earliest,
                "latest": event.latest,
            }
        )
    out = pd.DataFrame(marks, columns=TIMELINE_COLUMNS)
    for column in ("period", "mark", "event", "event_label", "date", "precision"):
        out[column] = out[column].astype(object).fillna("")
    for column in ("earliest", "latest"):
        out[column] = pd.to_datetime(out[column])
    out = out[out["row"] >= 0].sort_values(["row", "mark"], kind="stable").reset_index(drop=True)
    out.attrs["projects"] = list(bars["project"])
    out.attrs["compact"] = compact
    return out


def durations(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """Each project's duration in months and how it is known.

    ``duration_basis`` is "stated" where a text states the duration (project_facts), else
    "from_dates" (the build computed it from full dates, or it is computed here from a start
    and an end known to the month: from the first day of the start's month to the last of the
    end's). Projects without either are left out.
    """
    from cwlib.parse.dates import months_between

    facts = _plain(tables.project_facts, ["project_id", "field"])
    stated = set(facts.loc[facts["field"] == "duration_months", "project_id"])
    bars = timeline_bars(tables, lang)
    rows = []
    for bar in bars.itertuples(index=False):
        months, basis = bar.duration_months, "from_dates"
        if pd.notna(months):
            basis = "stated" if bar.project_id in stated else "from_dates"
        elif {bar.start_precision, bar.end_precision} <= {"day", "month"}:
            months = months_between(bar.start_earliest.date(), bar.end_latest.date())
        else:
            continue
        rows.append(
            {
                "project_id": bar.project_id,
                "project": bar.project,
                "period": bar.period,
                "duration_months": int(months),
                "duration_basis": basis,
            }
        )
    columns = ["project_id", "project", "period", "duration_months", "duration_basis"]
    return pd.DataFrame(rows, columns=columns)


def period_spans() -> pd.DataFrame:
    """The programming periods as date spans, with the last day their spending is eligible."""
    rows = [
        {
            "period": period,
            "start": pd.Timestamp(f"{first}-01-01"),
            "end": pd.Timestamp(f"{last}-12-31"),
            "eligible_until": ELIGIBILITY_END[period],
        }
        for period, (first, last) in PERIOD_YEARS.items()
    ]
    return pd.DataFrame(rows)


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
    parts.append(
        f"{len(drawn)} of {_plural(len(bars), 'project')} state both a start and an end; "
        f"{int(bars['start_earliest'].notna().sum())} state a start and "
        f"{int(bars['end_latest'].notna().sum())} an end."
    )
    starts = bars.dropna(subset=["start_earliest"])
    ends = bars.dropna(subset=["end_latest"])
    if len(starts):
        first = starts.loc[starts["start_earliest"].idxmin()]
        parts.append(
            f"The earliest stated start is in {first.start_earliest.year} ({first.project})."
        )
    if len(ends):
        last = ends.loc[ends["end_latest"].idxmax()]
        parts.append(f"The latest stated end is in {last.end_latest.year} ({last.project}).")
    late = [
        row.project
        for row in ends.itertuples(index=False)
        if row.period in ELIGIBILITY_END and row.end_earliest > ELIGIBILITY_END[row.period]
    ]
    if late:
        parts.append(
            f"{_plural(len(late), 'project')} end{'s' if len(late) == 1 else ''} after "
            f"{_verb(len(late), 'its', 'their')} period's eligibility end ({_names(late)}): "
            "worth checking the period or the date."
        )
    vague = bars[
        bars["start_precision"].isin(["year", "month"])
        | bars["end_precision"].isin(["year", "month"])
    ]
    if len(vague):
        parts.append(
            f"{_plural(len(vague), 'project')} {_verb(len(vague), 'states', 'state')} a start "
            "or end only to the month or year; the figure fades those spans instead of "
            "inventing days."
        )
    spans = durations(tables)
    if len(spans):
        parts.append(
            f"Durations run from {spans['duration_months'].min()} to "
            f"{spans['duration_months'].max()} months (median "
            f"{spans['duration_months'].median():g}; "
            f"{int((spans['duration_basis'] == 'stated').sum())} stated, the rest from dates)."
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


# --------------------------------------------------------------------------- 06 results


def result_kinds(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """Every counted result with the kind of thing it counts (see cwlib.lexicon.results)."""
    from cwlib.lexicon.results import result_kind

    results = _plain(tables.results, ["project_id", "indicator", "qualifier", "source", "quote"])
    out = results[["project_id", "count", "indicator", "qualifier", "source", "quote"]].copy()
    out["kind"] = [result_kind(i, q) for i, q in zip(out["indicator"], out["quote"], strict=True)]
    out["kind_label"] = [label(f"result_{k}", lang) for k in out["kind"]]
    return _with_labels(out.reset_index(drop=True), tables, lang)


def results(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """What the results figure draws: per kind of result, how many projects count one.

    ``n_projects`` projects state ``n_results`` counts of this kind, adding up to
    ``total_count`` (things of one kind, though not always the same thing: seminars and
    concerts are both events). Most projects first, "other" last.
    """
    kinds = result_kinds(tables, lang)
    columns = ["kind", "kind_label", "n_projects", "n_results", "total_count"]
    if kinds.empty:
        return pd.DataFrame(columns=columns)
    out = (
        kinds.groupby(["kind", "kind_label"], sort=False)
        .agg(
            n_projects=("project_id", "nunique"),
            n_results=("count", "size"),
            total_count=("count", "sum"),
        )
        .reset_index()
    )
    out["_other"] = out["kind"] == "other"
    out = out.sort_values(["_other", "n_projects", "kind"], ascending=[True, False, True])
    return out[columns].reset_index(drop=True)


def results_cost(tables: TablesLike, lang: str = "en") -> pd.DataFrame:
    """Budget per counted result, only where the project states both a total and the count.

    One row per result whose project states a whole-project total (not a sum of parts): the
    total over the count. It is the whole budget divided by one of the things it paid for,
    an upper bound of what each cost, not a unit cost; where a project counts several
    things, each is set against the whole budget. A count "at least" makes the figure at
    most this. Counts of no known kind (hours, a duration read as a count) are left out;
    kinds in the order of :func:`results`.
    """
    kinds = result_kinds(tables, lang)
    totals = budget_totals(tables, lang, max_rows=None)
    stated = totals[(totals["scope"] == "project") & (totals["total_basis"] == "stated_total")]
    budget = stated.set_index("project_id")["amount_eur"]
    kinds = kinds[
        kinds["project_id"].isin(budget.index) & (kinds["count"] > 0) & (kinds["kind"] != "other")
    ].copy()
    kinds["budget_eur"] = kinds["project_id"].map(budget)
    kinds["eur_per_result"] = kinds["budget_eur"] / kinds["count"]
    order = {k: i for i, k in enumerate(results(tables, lang)["kind"])}
    kinds["_order"] = kinds["kind"].map(order)
    kinds = kinds.sort_values(["_order", "eur_per_result"], kind="stable")
    columns = [
        "project_id",
        "project",
        "kind",
        "kind_label",
        "indicator",
        "count",
        "qualifier",
        "budget_eur",
        "eur_per_result",
    ]
    return kinds[columns].reset_index(drop=True)


def results_findings(tables: TablesLike) -> str:
    """What the results notebook found, computed."""
    kinds = result_kinds(tables)
    if kinds.empty:
        return "No text counts a result yet."
    n_projects = tables.projects["project_id"].nunique()
    by_kind = results(tables)
    parts = [
        f"{kinds['project_id'].nunique()} of {_plural(n_projects, 'project')} count "
        f"{_plural(len(kinds), 'result')}.",
        "Most often counted: "
        + ", ".join(
            f"{row.kind_label} ({_plural(int(row.n_projects), 'project')})"
            for row in by_kind.head(4).itertuples(index=False)
        )
        + ".",
    ]
    other = by_kind[by_kind["kind"] == "other"]
    if len(other):
        parts.append(
            f"{_plural(int(other['n_results'].iloc[0]), 'count')} fit no kind and "
            f"{_verb(int(other['n_results'].iloc[0]), 'is', 'are')} shown as other."
        )
    at_least = int((kinds["qualifier"] == "at_least").sum())
    if at_least:
        parts.append(
            f"{at_least} of the counts {_verb(at_least, 'is a minimum', 'are minimums')} "
            '("at least").'
        )
    cost = results_cost(tables)
    people = cost[cost["kind"] == "participants"]
    if len(people):
        parts.append(
            f"Where a project states both its budget and a number of participants "
            f"({_plural(people['project_id'].nunique(), 'project')}), the budget per "
            f"participant runs from {_money(people['eur_per_result'].min())} to "
            f"{_money(people['eur_per_result'].max())}: the whole budget, not the cost of a "
            "participant."
        )
    return " ".join(parts)
