"""The facts one text states: one frozen dataclass per kind of row, and the text's whole set.

Why typed: the steps of the parser, the audit and the merge used to pass dicts whose hidden
``_`` keys (``_money``, ``_place``, ``_durations``, ``_period_hint`` ...) carried what a later
step needed and the writer had to strip. Here every fact keeps what it was read from as a
field of its own (a budget row its :class:`~cwlib.parse.numbers.Money`, a partner its
:class:`~cwlib.parse.places.Place`, a project its stated durations and its period hint), and
a table row is made from the fields the schema names (:meth:`TextFacts.rows`), so nothing
hidden can reach a CSV file.

Facts are frozen: a step that corrects one makes a new one (``dataclasses.replace``), so a
fact handed to the next step cannot change under it.

The field names of each row kind are the columns of its table in ``cwlib.schema`` (without
``project_id``, which the merge assigns); ``tests/test_facts.py`` checks it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from cwlib.parse.dates import DateMention
from cwlib.parse.numbers import Money, Unread
from cwlib.parse.pagekind import call_card_text, legal_act, programme_card
from cwlib.patterns import compiled

if TYPE_CHECKING:  # pragma: no cover
    from cwlib.parse.places import Place

__all__ = [
    "Budget",
    "Contact",
    "Event",
    "Fact",
    "Finding",
    "Partner",
    "PeriodHint",
    "ProgrammeGuess",
    "Project",
    "Result",
    "StatedDuration",
    "TextFacts",
]


@dataclass(frozen=True)
class Budget:
    """One stated sum (or a share stated without a sum) and what it is the budget of."""

    scope: str  # project or partner
    party: str | None  # the partner, for partner scope
    item: str  # total, eu, national, own, eu_national, other
    amount: float | None
    currency: str | None
    qualifier: str | None  # exact, about, at_least, at_most
    amount_eur: float | None
    eur_basis: str | None  # stated, converted
    share_pct: float | None
    share_basis: str | None  # stated, computed
    source: str
    quote: str
    money: Money | None = None  # the sum as read: scale word, the other currency (for the audit)


@dataclass(frozen=True)
class Partner:
    """One organisation or place taking part, where it is, and in what role."""

    name: str
    role: str  # lead, partner, applicant
    org_type: str
    city: str | None
    country: str | None
    lat: float | None
    lon: float | None
    geo_precision: str | None
    source: str
    quote: str
    place: Place | None = None  # the gazetteer's answer the location columns come from


@dataclass(frozen=True)
class Event:
    """One dated event, at the precision the text states it."""

    event: str
    date: str
    precision: str
    earliest: str | None
    latest: str | None
    source: str
    quote: str
    mention: DateMention | None = None  # the date as read


@dataclass(frozen=True)
class Result:
    """One counted result."""

    count: float
    indicator: str
    qualifier: str  # exact, at_least, about
    source: str
    quote: str


@dataclass(frozen=True)
class Contact:
    """A person, e-mail or phone named in one sentence (personal data)."""

    name: str | None
    position: str | None
    email: str | None
    phone: str | None
    source: str
    quote: str


@dataclass(frozen=True)
class Finding:
    """One problem or caveat the audit found."""

    check: str
    severity: str  # error, warning, info
    message: str
    difference: float | None
    source: str
    quote: str


@dataclass(frozen=True)
class StatedDuration:
    """A duration of the whole project as the text states it (``24 mėn.``)."""

    months: int
    quote: str


@dataclass(frozen=True)
class PeriodHint:
    """The programming period a programme's name implies, and the words that imply it."""

    period: str
    quote: str


@dataclass(frozen=True)
class ProgrammeGuess:
    """A programme that follows from a text's words if the project is of ``period`` (any
    period when None): settled once the period is known."""

    programme: str
    period: str | None
    quote: str
    basis: str = "inferred"  # "stated" where the text names a form two generations share
    abroad: bool = False  # holds only for a project with partners abroad


@dataclass(frozen=True)
class Project:
    """The project-level values of one text, each with the quote that states it."""

    project_id: str
    title: str | None
    title_en: str | None
    programme: str | None
    programme_basis: str | None
    period: str | None
    period_basis: str | None
    fund: str | None
    project_number: str | None
    measure_code: str | None
    start_date: str | None
    end_date: str | None
    duration_months: int | None
    url: str | None
    sources: str
    quotes: Mapping[str, str] = field(default_factory=dict)  # column -> quote (project_facts)
    durations: tuple[StatedDuration, ...] = ()  # every stated duration, the strongest first
    period_hint: PeriodHint | None = None  # the period the programme implies, if it does
    programme_guesses: tuple[ProgrammeGuess, ...] = ()  # programmes the words imply, by period


Fact = Budget | Partner | Event | Result | Contact | Finding
"""A row of one of the fact tables."""

_ROW_KINDS = {
    "budgets": Budget,
    "partners": Partner,
    "events": Event,
    "results": Result,
    "findings": Finding,
    "contacts": Contact,
}


@dataclass(frozen=True)
class TextFacts:
    """Everything one text states, before texts about the same project are merged."""

    source: str
    text: str
    project: Project
    budgets: tuple[Budget, ...] = ()
    partners: tuple[Partner, ...] = ()
    events: tuple[Event, ...] = ()
    results: tuple[Result, ...] = ()
    contacts: tuple[Contact, ...] = ()
    findings: tuple[Finding, ...] = ()  # filled by the audit (cwlib.build.audit)
    unread_figures: tuple[Unread, ...] = ()  # figures beside a currency not read (for the audit)
    merge_keys: frozenset[str] = frozenset()

    @property
    def project_id(self) -> str:
        return self.project.project_id

    def audited(self, findings: tuple[Finding, ...]) -> TextFacts:
        """These facts with the audit's findings, and without what only the audit reads: the
        text itself and the figures not read.

        What the build keeps of a text until the merge, and what a parsing process sends
        back to the main one: 40 % fewer bytes to pickle and unpickle (the unpickling is
        serial work), and 3 KB less memory a text. The merge reads neither.
        """
        return replace(self, text="", unread_figures=(), findings=findings)

    @property
    def has_project(self) -> bool:
        """True when the text says enough to be a project page: a title and one other fact,
        or, where the page gives no title (a card of labelled fields, a paragraph), a
        programme or a project number and one more fact, or three kinds of fact, one of them
        the project's own: a sum, a partner or its number.

        A page without a title is still a project's: a label or a sentence taken for its
        title would only hide that it has none (its id is then its file's name). But a
        programme's own pages (about the programme, its changes, its events) name the
        programme and its dates as a project page does: without a title, a programme, dates
        and counts alone make no project. A sum said of one project in so many words is the
        project's own page on its own (:func:`_one_projects_money`). A legal act (a council's
        decision, a minister's order: :func:`cwlib.parse.pagekind.legal_act`) is a project's
        only where it names one by its quoted name, its title: its own number, its date and
        the sums it allots make no project's page. Nor is a call's card (its labels one a
        line, "Teikiama nuo", "Pareiškėjo tipas": the budget reader reads it as one and gives
        it no sum), whose name, number and programme a project's page would state.
        """
        named = bool(self.project.programme) or bool(self.project.project_number)
        facts = sum(
            bool(x)
            for x in (
                self.project.programme,
                self.project.project_number,
                self.budgets,
                self.partners,
                self.events,
                self.results,
            )
        )
        if not self.budgets and call_card_text(self.text):
            return False  # a call's card: its name, its number and its programme, no project
        if self.project.title:
            return facts >= 1
        if legal_act(self.text):
            return False  # the act's number ("… d. Nr. T-23") and its rules' sums: no project
        if programme_card(self.text):
            return False  # a programme's name, code, operator and money: no project
        own = bool(self.budgets) or bool(self.partners) or bool(self.project.project_number)
        return own and (facts >= 3 or (named and facts >= 2) or _one_projects_money(self.budgets))

    def rows(self, table: str) -> list[dict[str, Any]]:
        """Rows of one clean table: the schema's columns, with this text's project_id."""
        from cwlib.schema import TABLES

        columns = TABLES[table].columns
        if table == "projects":
            return [as_row(self.project, columns)]
        if table == "project_facts":
            return [
                {
                    "project_id": self.project_id,
                    "field": name,
                    "value": None if value is None else str(value),
                    "source": self.source,
                    "quote": quote,
                }
                for name, quote in self.project.quotes.items()
                for value in (getattr(self.project, name),)
            ]
        return [as_row(fact, columns, self.project_id) for fact in getattr(self, table)]

    def frames(self) -> dict[str, Any]:
        """The facts as pandas DataFrames with the schema's columns (for notebooks)."""
        import pandas as pd

        from cwlib.schema import TABLES

        return {
            name: pd.DataFrame(self.rows(name), columns=t.columns) for name, t in TABLES.items()
        }


def as_row(fact: Any, columns: list[str], project_id: str | None = None) -> dict[str, Any]:
    """One table row from a fact: the given columns only, project_id set when given."""
    out = {name: getattr(fact, name) for name in columns if name != "project_id"}
    if "project_id" in columns:
        return {"project_id": project_id or getattr(fact, "project_id", None), **out}
    return out


def row_kind(table: str) -> type:
    """The fact class whose instances are the rows of a fact table."""
    return _ROW_KINDS[table]


_ONE_PROJECT = compiled(
    r"""
    (?<![^\W\d_])                     # no letter before
    (?i:projekt(?:as|o|ui|ą|u|e))       # the project's word in the singular, in any case
    (?![^\W\d_])                      # ("projekto vertė", "projektui skirta"; not
                                        # "projektų", "projektams": many projects' money)
    """,
    re.VERBOSE,
)
"""The project's word in the singular: a sum said of it is one project's money."""

_SAME_SUM = 0.01
"""How far apart two stated totals in euro may be and still be one sum (a litas sum and its
euro conversion, rounded to the cent, differ by less)."""


def _one_projects_money(budgets: tuple[Budget, ...]) -> bool:
    """True when a sum is said of one project in so many words (its total or its EU share:
    "Bendra projekto vertė – 280 tūkst. Eur", "Projektui finansuoti ES skyrė 2 mln. eurų"),
    and the page states no second, different total.

    Why: a news article about one project often has a headline that is no title ("Atnaujinama
    gimnazija") and names no programme, only the fund; its sums were all dropped with the
    page. A page that gives two projects a total each ("Bendra projekto vertė – 5 000 Eur"
    twice over, different sums) is a list of projects, and stays out.
    """
    named = [
        b
        for b in budgets
        if b.scope == "project" and b.item in ("total", "eu") and _ONE_PROJECT.search(b.quote)
    ]
    if not named:
        return False
    totals = [b.amount_eur for b in budgets if b.scope == "project" and b.item == "total"]
    known = [t for t in totals if t is not None]
    return not known or max(known) - min(known) <= _SAME_SUM * max(known)
