"""Consistency checks on what a text states → findings (what, where, by how much).

Source pages contain errors: a scale word on a figure already written in full, a figure
that is not well formed (read whole, or not read at all), parts that do not add up, a share
that disagrees with its sums, a euro figure that is not the litas one at the official rate, a
duration that disagrees with the dates. The build never patches them:
each becomes a finding with the quote it is about, and the value stays as stated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from cwlib.lexicon.load import alternation, words
from cwlib.parse.dates import months_between
from cwlib.parse.facts import Budget, Finding, TextFacts
from cwlib.parse.pagekind import CALL_LABELS_MIN, call_card_labels, headline_kind
from cwlib.patterns import compiled
from cwlib.schema import LTL_PER_EUR

__all__ = ["audit_budgets", "audit_text", "excess"]

PARTS = ("eu", "national", "own", "eu_national")
CENT = 0.005
# A litas figure rounded to whole litas may differ from the euro one by half a litas.
CONVERSION_TOLERANCE_EUR = 0.5 / LTL_PER_EUR + CENT
SHARE_TOLERANCE_PCT = 0.5
SHOWN_MAX = 3
"""How many labels or names a page finding's message shows."""

_LISTED_NAME = compiled(
    rf"""
    ^[ \t]*(?:[•*·–-][ \t]*|\d{{1,2}}[.)][ \t]*)?   # a line's start, a bullet or a list number
    (?P<intro>(?i:{alternation(words("pages", "listed_name"))}))   # "Projektas", "Projekto pavadinimas" …
    [ \t]*[:–—-]?[ \t]*                              # a colon or a dash
    [„“"«]                                            # the name's opening quote
    (?P<name>[^„“”"«»\n]{{3,150}})                     # the name
    [“”"»]                                            # its closing quote
    """,
    re.VERBOSE | re.MULTILINE,
)
_LISTED_LABEL = compiled(
    rf"""
    ^[ \t]*(?:[•*·–-][ \t]*|\d{{1,2}}[.)][ \t]*)?   # a line's start, a bullet or a list number
    (?P<intro>(?i:{alternation(words("pages", "name_labels"))}))   # "Projekto pavadinimas" …
    [ \t]*:[ \t]*                                    # its colon
    (?P<name>[^\s„“”"«»][^\n]{{2,150}})                # the name, unquoted, to the line's end
    """,
    re.VERBOSE | re.MULTILINE,
)


def _fmt(value: float) -> str:
    return f"{value:,.2f}".replace(",", " ")


def _shown(figure: str) -> str:
    """A figure as a message shows it: a line break inside it as ⏎."""
    return " ⏎ ".join(part.strip() for part in figure.splitlines())


Sum = tuple[float | None, str | None, float | None, str | None]
"""A sum as the budgets table holds it: amount, currency, amount_eur, eur_basis."""


def excess(total: Sum, parts: Sequence[Sum]) -> float:
    """How far the parts exceed their total beyond what rounding explains (0 when they do not).

    Sums stated in one currency are compared in it, so litas parts each converted to euro and
    rounded to the cent (82 961.66 against 82 961.65) are no excess. Otherwise they are
    compared in euro, allowing half a cent for each sum converted from litas.
    """
    currencies = {s[1] for s in (total, *parts)}
    if len(currencies) == 1 and total[0] is not None and all(p[0] is not None for p in parts):
        if sum(p[0] or 0.0 for p in parts) - total[0] <= 0.01:
            return 0.0
        slack = CENT * sum(s[3] == "converted" for s in (total, *parts))
    else:
        slack = 0.01 + CENT * sum(s[3] == "converted" for s in (total, *parts))
    difference = sum(p[2] or 0.0 for p in parts) - (total[2] or 0.0)
    return difference if difference > slack else 0.0


_HEADLINE_MESSAGES = {
    "call_news": "The text's headline is a programme's news of its call ('{quote}'): its sums "
    "and dates are the call's or the programme's, not a project's, and none is read.",
    "programme_news": "The text's headline is a programme's public consultation or survey "
    "('{quote}'): the page is the programme's news, so its facts may be the programme's, not "
    "one project's.",
}
"""The warning for each kind of ``cwlib.parse.pagekind.HEADLINE_KINDS``, by its check: the
headline is quoted into it."""


def _finding(
    check: str, severity: str, message: str, difference: float | None, source: str, quote: str
) -> Finding:
    return Finding(
        check=check,
        severity=severity,
        message=message,
        difference=None if difference is None else round(difference, 2),
        source=source,
        quote=quote,
    )


def audit_text(facts: TextFacts) -> list[Finding]:
    """Every finding for one text."""
    out: list[Finding] = []
    out += _money_findings(facts)
    out += _figure_findings(facts)
    out += _part_findings(facts)
    out += _cap_findings(facts)
    out += _duration_findings(facts)
    out += _date_findings(facts)
    out += _page_findings(facts)
    return out


def _money_findings(facts: TextFacts) -> list[Finding]:
    out = []
    for row in facts.budgets:
        money = row.money
        if money is None:
            continue
        if money.scale_conflict:
            scaled = money.amount * money.scale
            out.append(
                _finding(
                    "scale_word",
                    "error",
                    f"'{money.scale_word}' after {money.number_text}, a figure already written out in "
                    f"full, would make it {_fmt(scaled)} {money.currency}; the figure is kept as written "
                    f"({_fmt(money.amount)} {money.currency}).",
                    scaled - money.amount,
                    row.source,
                    row.quote,
                )
            )
        if money.currency == "LTL" and money.alt is not None and money.alt.currency == "EUR":
            converted = money.amount / LTL_PER_EUR
            difference = money.alt.amount - converted
            if abs(difference) > CONVERSION_TOLERANCE_EUR:
                out.append(
                    _finding(
                        "currency_conversion",
                        "error",
                        f"{_fmt(money.amount)} LTL is {_fmt(converted)} EUR at the official rate "
                        f"{LTL_PER_EUR}, but the text states {_fmt(money.alt.amount)} EUR "
                        f"({difference:+,.2f} EUR).",
                        difference,
                        row.source,
                        row.quote,
                    )
                )
        elif money.currency == "LTL" and row.amount_eur is not None:  # converted by the parse
            out.append(
                _finding(
                    "litas_converted",
                    "info",
                    f"{_fmt(money.amount)} LTL converted to {_fmt(row.amount_eur)} EUR at the official "
                    f"rate {LTL_PER_EUR}; the text gives no euro figure.",
                    None,
                    row.source,
                    row.quote,
                )
            )
    return out


def _figure_findings(facts: TextFacts) -> list[Finding]:
    """Figures that are not well formed: read whole with a warning, or not read at all."""
    out = []
    for row in facts.budgets:
        money = row.money
        if money is None or money.repair is None:
            continue
        out.append(
            _finding(
                "malformed_figure",
                "warning",
                f"'{_shown(money.number_text)}' is not a well-formed figure ({money.repair}); "
                f"it is read whole as {_fmt(money.amount)} {money.currency}.",
                None,
                row.source,
                row.quote,
            )
        )
    for figure in facts.unread_figures:
        out.append(
            _finding(
                "unreadable_figure",
                "warning",
                f"'{_shown(figure.text)}' is not a well-formed figure ({figure.reason}) and has "
                "no single reading; it is not read as a sum.",
                None,
                facts.source,
                figure.text,
            )
        )
    return out


def _part_findings(facts: TextFacts) -> list[Finding]:
    return audit_budgets(facts.budgets)


def _sum(row: Budget) -> Sum:
    return row.amount, row.currency, row.amount_eur, row.eur_basis


def audit_budgets(budgets: Sequence[Budget]) -> list[Finding]:
    """Checks between the sums of one project: shares, parts against totals, partner vs project.

    Run on each text and again on a merged project, whose sums may come from several texts.
    """
    out = []
    groups: dict[tuple[str, str | None], list[Budget]] = {}
    for row in budgets:
        groups.setdefault((row.scope, row.party if row.scope == "partner" else None), []).append(
            row
        )
    project_total = next(
        (r for r in groups.get(("project", None), []) if r.item == "total" and r.amount_eur),
        None,
    )
    project_eur = project_total.amount_eur if project_total is not None else None
    for (scope, party), rows in groups.items():
        total = next((r for r in rows if r.item == "total" and r.amount_eur), None)
        # the total in euro, set and not zero as chosen; None when the group has no total
        total_eur = total.amount_eur if total is not None else None
        parts = [r for r in rows if r.item in PARTS and r.amount_eur is not None]
        who = f"{party}'s budget" if party else f"the {scope} total"
        if total is not None and total_eur is not None:
            for row in rows:
                if (
                    row.share_basis != "stated"
                    or row.share_pct is None
                    or row.amount_eur is None
                    or row.item == "total"
                ):
                    continue
                computed = row.amount_eur / total_eur * 100
                difference = row.share_pct - computed
                if abs(difference) > SHARE_TOLERANCE_PCT:
                    out.append(
                        _finding(
                            "share_mismatch",
                            "error",
                            f"Stated share {row.share_pct:g} % of {who}, but {_fmt(row.amount_eur)} of "
                            f"{_fmt(total_eur)} EUR is {computed:.2f} % ({difference:+.2f} points).",
                            difference,
                            row.source,
                            row.quote,
                        )
                    )
            if parts:
                parts_sum = sum(r.amount_eur or 0.0 for r in parts)  # each set (``parts``)
                difference = parts_sum - total_eur
                if excess(_sum(total), [_sum(r) for r in parts]) > 0:
                    out.append(
                        _finding(
                            "parts_exceed_total",
                            "error",
                            f"The parts of {who} add up to {_fmt(parts_sum)} EUR, "
                            f"{_fmt(difference)} EUR more than its total {_fmt(total_eur)} EUR.",
                            difference,
                            total.source,
                            total.quote,
                        )
                    )
                elif len({r.item for r in parts}) >= 2 and difference < -1.0:
                    out.append(
                        _finding(
                            "parts_sum_mismatch",
                            "warning",
                            f"The parts of {who} stated ({', '.join(sorted({r.item for r in parts}))}) add "
                            f"up to {_fmt(parts_sum)} EUR, {_fmt(-difference)} EUR less than its total "
                            f"{_fmt(total_eur)} EUR: a part is missing or misstated.",
                            difference,
                            total.source,
                            total.quote,
                        )
                    )
        if (
            scope == "partner"
            and total is not None
            and total_eur is not None
            and project_eur is not None
        ):
            difference = total_eur - project_eur
            if difference > 0.01:
                out.append(
                    _finding(
                        "partner_exceeds_project",
                        "error",
                        f"{who} ({_fmt(total_eur)} EUR) exceeds the whole project's "
                        f"({_fmt(project_eur)} EUR) by {_fmt(difference)} EUR.",
                        difference,
                        total.source,
                        total.quote,
                    )
                )
    return out


def _cap_findings(facts: TextFacts) -> list[Finding]:
    """An EU share above the highest co-financing rate the programme allows any partner."""
    from cwlib.build.reference import max_cap

    cap = max_cap(facts.project.programme, facts.project.period)
    if cap is None:
        return []
    out = []
    for row in facts.budgets:
        if row.item != "eu" or row.share_pct is None:
            continue
        difference = row.share_pct - cap
        if difference > SHARE_TOLERANCE_PCT:
            out.append(
                _finding(
                    "share_above_cap",
                    "warning",
                    f"An EU share of {row.share_pct:g} % ({row.share_basis}) is above the highest "
                    f"co-financing rate of {facts.project.programme} {facts.project.period} "
                    f"({cap:g} %, data/reference/cofinancing_caps.csv) by {difference:.2f} points.",
                    difference,
                    row.source,
                    row.quote,
                )
            )
    return out


def _duration_findings(facts: TextFacts) -> list[Finding]:
    out: list[Finding] = []
    # (event, its first or last day): a day's or a month's date always has both
    starts = [
        (r, r.earliest)
        for r in facts.events
        if r.event == "start" and r.precision in ("day", "month") and r.earliest is not None
    ]
    ends = [
        (r, r.latest)
        for r in facts.events
        if r.event in ("end", "completed")
        and r.precision in ("day", "month")
        and r.latest is not None
    ]
    durations = facts.project.durations
    if not (starts and ends and durations):
        return out
    (first, first_day), (last, last_day) = starts[0], ends[0]
    start, end = date.fromisoformat(first_day), date.fromisoformat(last_day)
    if end < start:
        out.append(
            _finding(
                "end_before_start",
                "error",
                f"The end ({last.date}) is before the start ({first.date}).",
                None,
                last.source,
                last.quote,
            )
        )
        return out
    computed = months_between(start, end)
    months, quote = durations[0].months, durations[0].quote
    difference = months - computed
    if abs(difference) >= 1:
        out.append(
            _finding(
                "duration_mismatch",
                "warning",
                f"The stated duration is {months} months, but {first.date} to {last.date} is "
                f"{computed} months ({difference:+d}).",
                difference,
                facts.source,
                quote,
            )
        )
    return out


def _date_findings(facts: TextFacts) -> list[Finding]:
    out = []
    for row in facts.events:
        if row.precision == "no_year":
            out.append(
                _finding(
                    "date_without_year",
                    "info",
                    f"The {row.event} date {row.date} is stated without a year; no year is assumed.",
                    None,
                    row.source,
                    row.quote,
                )
            )
    return out


def _page_findings(facts: TextFacts) -> list[Finding]:
    """A text that is not one project's own page: its sums compared as a project's would mislead.

    A call for proposals lists when applications open and close, who may apply and the call's
    funding: its sums are the call's (the budget reader gives a call card no budget rows, and
    this warning says why the page has none); so is a programme's news whose headline announces
    its call (the parser reads neither sums nor dates from it: see ``cwlib.parse.pagekind``). A
    page listing several projects, each under its
    own quoted name with its own total, is read as one project (one text, one project), so its
    totals are no one project's budget: its facts stay as read, and the warning tells the
    reader why the page's sums stand apart.
    """
    out = []
    labels = call_card_labels(facts.text)
    if len(labels) >= CALL_LABELS_MIN:
        shown = ", ".join(f"'{label}'" for label in list(labels.values())[:SHOWN_MAX])
        out.append(
            _finding(
                "call_for_proposals",
                "warning",
                f"The text reads as a call for proposals (labels {shown}): its sums are the "
                "call's funds, not a project's budget.",
                None,
                facts.source,
                next(iter(labels.values())),
            )
        )
    # A programme's news under the page's headline, the first kind that fits: of its call, or
    # a consultation or survey on it over a page that still states a project's facts (a sum,
    # a partner, a number: they are kept, but the page is the programme's news).
    headline = headline_kind(facts.text)
    if headline is not None:
        kind, quote = headline
        message = _HEADLINE_MESSAGES[kind.check].format(quote=quote)
        out.append(_finding(kind.check, "warning", message, None, facts.source, quote))
    # names under the same words ("Projektas „A“" … "Projektas „B“"): a card that gives its
    # one name in two languages uses two different labels
    by_intro: dict[str, dict[str, re.Match[str]]] = {}
    for pattern in (_LISTED_NAME, _LISTED_LABEL):
        for m in pattern.finditer(facts.text):
            intro = " ".join(m.group("intro").split()).casefold()
            name = " ".join(m.group("name").split()).casefold().rstrip(" .")
            by_intro.setdefault(intro, {}).setdefault(name, m)
    names = max(by_intro.values(), key=len, default={})
    # different sums of one kind (totals, grants, EU shares), as one sum for each project
    sums: dict[str, set[float]] = {}
    for row in facts.budgets:
        if row.scope == "project" and row.amount_eur is not None:
            sums.setdefault(row.item, set()).add(round(row.amount_eur, 2))
    if len(names) >= 2 and any(len(amounts) >= 2 for amounts in sums.values()):
        shown = ", ".join(
            f"„{m.group('name').strip().rstrip('.')}“" for m in list(names.values())[:SHOWN_MAX]
        )
        out.append(
            _finding(
                "several_projects",
                "warning",
                f"The text lists several projects under their own names ({shown}) with "
                "different sums; its facts are read as one project's, so its sums are no "
                "one project's budget.",
                None,
                facts.source,
                next(iter(names.values())).group(0).strip(),
            )
        )
    return out
