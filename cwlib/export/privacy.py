"""Keeping personal data out of exports.

The source pages name contact persons with their e-mail address and phone number. The clean
tables keep them (in ``contacts``, and inside the quotes that state other facts), but no export
may show them unless the user asks for them (``--include-contacts``). This module finds them
in free text and replaces them by a placeholder; every exporter runs every text cell through
:func:`redact_tables` (or a :class:`Redactor`) instead of deciding column by column, because
personal data turns up in quotes and messages, not only in the contacts table.

What counts as personal data here:

- what :mod:`cwlib.parse.personal` recognises (the patterns the contacts extractor uses too):
  e-mail addresses, plain or obfuscated (``vardas(eta)domenas.lt``, ``[at]``, ``[dot]``,
  ``＠``); phone numbers, international (``+370 673 82349``, ``00370 612 34567``,
  ``37061234567``), domestic (``8 687 12345``, ``(8 5) 211 2000``, and since 2025
  ``0 687 12345``) and after ``tel.``, ``mob.``, ``faks.``; personal codes (11 digits holding
  a birth date, or any 11 digits after ``asmens kodas``); a name after a position word,
  capitalised or not, or before one at a line's start;
- the persons of the contacts table (the names the parser recognised), wherever they appear, in
  any Lithuanian case ending (``Aušra Dockevičiūtė``, ``Aušrai Dockevičiūtei``), in either
  order or by a long surname alone, and their e-mails and phones as written.

Persons only: a name is never removed from inside an organisation's name, whether the partners
table knows that organisation (``Matera Basilicata 2019 fondas``) or an organisation word
follows the name. Characters that do not show (zero-width spaces, bidirectional controls) are
removed from redacted text, so that they can neither hide a name from the patterns nor reorder
what a reader sees.

Pure Python (``re``) except :func:`redact_tables`, which takes pandas frames.

>>> r = Redactor.from_names(["Aušra Dockevičiūtė"])
>>> r.redact("Projekto vadovė Aušra Dockevičiūtė, rietavomuc@gmail.com, +370 67382349.")
'Projekto vadovė [name removed], [e-mail removed], [phone removed].'
>>> r.redact("Bendras projekto biudžetas – 264,145.00 EUR, nuo 2020 m. sausio 01 d.")
'Bendras projekto biudžetas – 264,145.00 EUR, nuo 2020 m. sausio 01 d.'
>>> r.redact("would make it 1 831 204 000 000.00 EUR")
'would make it 1 831 204 000 000.00 EUR'
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from cwlib.build.load import Rows
from cwlib.parse.personal import Personal, find_personal, organisation_follows, resolve_overlaps
from cwlib.read.characters import strip_invisible
from cwlib.schema import PERSONAL_TABLES

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    Table = TypeVar("Table", pd.DataFrame, Rows)
    """A table to redact: a DataFrame (``cwlib.load``) or plain rows (``load_rows``)."""

PLACEHOLDERS: dict[str, str] = {
    "email": "[e-mail removed]",
    "phone": "[phone removed]",
    "code": "[personal code removed]",
    "name": "[name removed]",
}
"""Default replacement per kind of personal data (cwlib.i18n has them in Lithuanian too)."""


# Lithuanian name endings, longest first: the nominative ending a name is written with, and
# the endings of the other cases of that declension (a name is matched in those only, so that
# a contact "Tomas Žemaitis" leaves "Žemaitijos" and "Giulia Ferrari" leaves "Ferrara").
_PARADIGMS = (
    ("ius", "ius|iaus|iui|ių|iumi|iuje|iau"),
    ("ys", "ys|io|iui|į|iu|yje|y"),
    ("is", "is|io|iui|į|iu|yje|i"),
    ("as", "as|o|ui|ą|u|e|ai"),
    ("us", "us|aus|ui|ų|umi|uje|au"),
    ("a", "a|os|ai|ą|oje|ų"),
    ("ė", "ė|ės|ei|ę|e|ėje"),
)
_FOREIGN_ENDINGS = "|o|ui|ą|u|e|os|ai|ei|ę|ės|io|iui"
"""What Lithuanian adds to a name it does not decline by its ending ("Berg", "Bergo")."""
_PALATAL = {"t": "(?:t|č)", "d": "(?:d|dž)"}
"""A stem's last t or d before -io, -iui, -iu ("Jonaitis", "Jonaičio")."""


def _stem(word: str) -> tuple[str, str]:
    """A name's stem and the endings of its declension, from the ending it is written with.

    >>> _stem("Dockevičiūtė")[0], _stem("Aušra")[0], _stem("Jonas")[0], _stem("Berg")[0]
    ('Dockevičiūt', 'Aušr', 'Jon', 'Berg')
    """
    for ending, endings in _PARADIGMS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[: -len(ending)], endings
    return word, _FOREIGN_ENDINGS


def _word_pattern(word: str) -> str:
    """One word of a name in every case of its declension."""
    stem, endings = _stem(word)
    if endings in (_PARADIGMS[1][1], _PARADIGMS[2][1]) and stem[-1] in _PALATAL:
        # "Jonaitis": Jonaitis, Jonaičio, Jonaičiui, Jonaitį ("čio" from "t" + "io")
        return re.escape(stem[:-1]) + _PALATAL[stem[-1]] + f"(?:{endings})"
    return re.escape(stem) + f"(?:{endings})"


def _name_key(name: str) -> str:
    """What every match of :func:`_name_pattern` holds as written: its last word's stem (less
    the letter that may change, as in "Jonaitis", "Jonaičio").

    >>> _name_key("Aušra Dockevičiūtė"), _name_key("Petras Jonaitis"), _name_key("Berg")
    ('Dockevičiūt', 'Jonai', 'Berg')
    """
    words = name.split()
    stem, endings = _stem(words[-1]) if words else ("", "")
    if endings in (_PARADIGMS[1][1], _PARADIGMS[2][1]) and stem[-1] in _PALATAL:
        return stem[:-1]
    return stem


def _name_pattern(name: str) -> str | None:
    """A regex for a person's name in any case ending, in either order, or the surname alone."""
    words = name.split()
    if not words:
        return None
    parts = [_word_pattern(w) for w in words]
    options = [r"\s+".join(parts)]
    if len(parts) > 1:
        options.append(r"\s+".join(reversed(parts)))
        surname = words[-1]
        if len(_stem(surname)[0]) >= 5:  # a short surname alone would hit ordinary words
            options.append(parts[-1])
    # whole words: no letter may touch either end (a digit may, as in a glued phone number)
    return r"(?<![^\W\d_])(?:" + "|".join(options) + r")(?![^\W\d_])"


Match = Personal
"""One piece of personal data found in a text (kind, start, end, text)."""


def _full_name_word(word: str) -> bool:
    """A capitalised word of letters (a hyphen may join two): no initial, no dot, no digit."""
    return len(word) >= 2 and word[0].isupper() and word.replace("-", "").isalpha()


def _named_again(text: str, found: list[Personal]) -> list[Personal]:
    """The other places where ``text`` writes a person's name that a pattern found once.

    A page names a person with a position once ("Skyriaus vedėjas Vardas Pavardas pristatė
    …") and later with none ("… gerb. Vardas Pavardas priminė planus", "Vardo Pavardo
    teigimu"): the later mention holds no cue for the patterns, so the name found once is
    looked for again, in any case ending and in either order, as a contact's name is, and as
    its first name's initial and surname ("V. Pavardas"). Only full names of two words or
    more, each capitalised and no initial, are taken, and never the surname alone: a name the
    patterns misread once stays one place wide. An organisation's name that holds the words
    is spared, as for a contact's name.
    """
    names = {
        m.text
        for m in found
        if m.kind == "name"
        and len(words := m.text.split()) >= 2
        and all(_full_name_word(w) for w in words)
    }
    if not names:
        return []
    options: list[str] = []
    for name in sorted(names, key=len, reverse=True):
        words = name.split()
        parts = [_word_pattern(w) for w in words]
        options += [r"\s+".join(parts), r"\s+".join(reversed(parts))]
        # the first name's initial and the surname ("V. Pavardas", "V.Pavardo")
        options.append(re.escape(words[0][0]) + r"\.\s*" + parts[-1])
    pattern = re.compile(r"(?<![^\W\d_])(?:" + "|".join(options) + r")(?![^\W\d_])")
    return [
        Match("name", m.start(), m.end(), m.group())
        for m in pattern.finditer(text)
        if not organisation_follows(text, m.end())
    ]


@dataclass
class Redactor:
    """Finds and replaces personal data in text.

    Build one per export with :meth:`from_tables` (or :meth:`from_contacts`) so that the
    persons the extractor found are recognised by name as well as by the generic patterns, and
    the organisations of the partners table are never mistaken for persons.
    """

    names: tuple[str, ...] = ()
    literals: tuple[str, ...] = ()
    placeholders: Mapping[str, str] = field(default_factory=lambda: dict(PLACEHOLDERS))
    organisations: tuple[str, ...] = ()
    _name_patterns: tuple[str, ...] = field(init=False, default=(), repr=False)
    _name_keys: tuple[str, ...] = field(init=False, default=(), repr=False)
    """What each of ``_name_patterns`` cannot match without: its surname's stem as written."""
    _name_res: dict[tuple[int, ...], re.Pattern[str]] = field(
        init=False, default_factory=dict, repr=False
    )
    """The alternation of the names of ``_name_patterns`` at these positions, once made."""
    _literal_re: re.Pattern[str] | None = field(init=False, default=None, repr=False)
    _organisation_re: re.Pattern[str] | None = field(init=False, default=None, repr=False)
    _done: dict[str, str] = field(init=False, default_factory=dict, repr=False)
    """Texts already redacted: a table repeats its quotes and titles (about half the text cells
    of a brief's tables), and finding personal data is most of a brief's own work."""

    def __post_init__(self) -> None:
        named = [(p, _name_key(n)) for n in self.names if (p := _name_pattern(n))]
        # Longest first, so "Aušra Dockevičiūtė" wins over "Dockevičiūtė".
        named.sort(key=lambda pk: len(pk[0]), reverse=True)
        self._name_patterns = tuple(p for p, _ in named)
        self._name_keys = tuple(k for _, k in named)
        self._name_res = {}
        self._literal_re = _alternation(self.literals)
        self._organisation_re = _alternation(self.organisations, ignore_case=True)

    def _names_in(self, text: str) -> re.Pattern[str] | None:
        """The contacts' names pattern, cut to the names that ``text`` can hold.

        One alternation of every name is tried at every character of a text, and a report's
        tables are long (about 1 MB over seven notebooks: 4 s for 77 names). A name can match
        only where its surname's stem is written, so names whose stem is nowhere in ``text``
        are left out; the others keep their order, so the matches are the full pattern's.
        """
        present = tuple(i for i, key in enumerate(self._name_keys) if key in text)
        if not present:
            return None
        pattern = self._name_res.get(present)
        if pattern is None:
            alternation = "|".join(self._name_patterns[i] for i in present)
            pattern = self._name_res[present] = re.compile(alternation)
        return pattern

    @classmethod
    def from_names(
        cls,
        names: Iterable[str],
        literals: Iterable[str] = (),
        placeholders: Mapping[str, str] | None = None,
        organisations: Iterable[str] = (),
    ) -> Redactor:
        """A redactor that also knows these persons' names and these literal strings."""
        return cls(
            names=tuple(n for n in names if isinstance(n, str) and n.strip()),
            literals=tuple(s for s in literals if isinstance(s, str)),
            placeholders={**PLACEHOLDERS, **(placeholders or {})},
            organisations=tuple(o for o in organisations if isinstance(o, str)),
        )

    @classmethod
    def from_contacts(
        cls,
        contacts: Table | None,
        placeholders: Mapping[str, str] | None = None,
        partners: Table | None = None,
    ) -> Redactor:
        """A redactor for the persons, e-mails and phones of a ``contacts`` table.

        ``partners`` (the partners table) names the organisations whose names are kept whole.
        """
        names = _column(contacts, "name")
        literals = _column(contacts, "email") + _column(contacts, "phone")
        return cls.from_names(names, literals, placeholders, _column(partners, "name"))

    @classmethod
    def from_tables(
        cls, tables: Mapping[str, Table], placeholders: Mapping[str, str] | None = None
    ) -> Redactor:
        """A redactor for the persons of ``tables["contacts"]``, sparing ``tables["partners"]``."""
        return cls.from_contacts(tables.get("contacts"), placeholders, tables.get("partners"))

    @classmethod
    def from_folder(
        cls, folder: str | os.PathLike[str], placeholders: Mapping[str, str] | None = None
    ) -> Redactor:
        """A redactor for the persons of the tables in ``folder`` (contacts.csv, partners.csv).

        Read with the csv module, without loading the tables, so that an export which never
        loads the contacts (the notebook reports) still knows whom to hide.
        """
        columns: dict[str, list[str]] = {"name": [], "email": [], "phone": [], "partner": []}
        for table, wanted in (("contacts", ("name", "email", "phone")), ("partners", ("name",))):
            try:
                with open(Path(folder) / f"{table}.csv", encoding="utf-8", newline="") as f:
                    for row in csv.DictReader(f):
                        for column in wanted:
                            value = (row.get(column) or "").strip()
                            if value:
                                columns["partner" if table == "partners" else column].append(value)
            except FileNotFoundError:
                continue
        return cls.from_names(
            columns["name"], columns["email"] + columns["phone"], placeholders, columns["partner"]
        )

    def find(self, text: str) -> list[Match]:
        """Every piece of personal data in ``text``, in order, overlaps resolved to the longest."""
        found = find_personal(text)
        found += _named_again(text, found)
        if self._literal_re is not None:
            found += [
                Match("email" if "@" in m.group() else "phone", m.start(), m.end(), m.group())
                for m in self._literal_re.finditer(text)
            ]
        names = self._names_in(text)
        if names is not None:
            found += [
                Match("name", m.start(), m.end(), m.group())
                for m in names.finditer(text)
                if not organisation_follows(text, m.end())
            ]
        # The partners' organisations only spare names: looked for when a name was found.
        if self._organisation_re is not None and any(m.kind == "name" for m in found):
            kept = [(m.start(), m.end()) for m in self._organisation_re.finditer(text)]
            found = [
                m
                for m in found
                if m.kind != "name" or not any(a < m.end and m.start < b for a, b in kept)
            ]
        return resolve_overlaps(found)

    def redact(self, text: str) -> str:
        """``text`` with every piece of personal data replaced by its placeholder.

        Invisible characters go first, so that none can split a name or a number.
        """
        if not text:
            return text
        text = strip_invisible(text)
        matches = self.find(text)
        if not matches:
            return text
        out: list[str] = []
        pos = 0
        for m in matches:
            out.append(text[pos : m.start])
            out.append(self.placeholders.get(m.kind, PLACEHOLDERS[m.kind]))
            pos = m.end
        out.append(text[pos:])
        return "".join(out)

    def redact_value(self, value: Any) -> Any:
        """Redact strings, pass anything else (numbers, dates, missing values) through."""
        if not isinstance(value, str):
            return value
        done = self._done.get(value)
        if done is None:
            done = self._done[value] = self.redact(value)
        return done

    def redact_frame(self, frame: pd.DataFrame) -> pd.DataFrame:
        """A copy of ``frame`` with every text cell redacted (categories and numbers untouched)."""
        import pandas as pd

        out = frame.copy()
        for column in out.columns:
            series = out[column]
            if isinstance(series.dtype, pd.CategoricalDtype):
                continue  # enumerated codes from the schema, never free text
            if pd.api.types.is_numeric_dtype(series) or pd.api.types.is_datetime64_any_dtype(
                series
            ):
                continue
            out[column] = series.map(self.redact_value).astype(series.dtype)
        return out

    def redact_rows(self, table: Rows) -> Rows:
        """:meth:`redact_frame` for a table of plain rows: every text in its free-text
        columns redacted, enumerated codes, numbers and dates untouched."""
        text = [c for c in table.columns if c in table.text]
        rows = []
        for row in table.rows:
            row = dict(row)
            for column in text:
                row[column] = self.redact_value(row[column])
            rows.append(row)
        return table.with_rows(rows)


def _column(frame: Table | None, column: str) -> list[str]:
    """The distinct non-empty values of one column of a table that may be missing, in the
    order they first appear."""
    if frame is None or not len(frame) or column not in frame.columns:
        return []
    if isinstance(frame, Rows):
        values = dict.fromkeys(v for v in frame.column(column) if v is not None)
        return [str(v) for v in values if str(v).strip()]
    return [str(v) for v in frame[column].dropna().unique() if str(v).strip()]


def _alternation(words: Iterable[str], ignore_case: bool = False) -> re.Pattern[str] | None:
    """One pattern for literal strings (five characters or more), longest first."""
    unique = sorted({w.strip() for w in words if w and len(w.strip()) >= 5}, key=len, reverse=True)
    if not unique:
        return None
    return re.compile("|".join(map(re.escape, unique)), re.IGNORECASE if ignore_case else 0)


def redact_tables(
    tables: Mapping[str, Table],
    include_contacts: bool = False,
    placeholders: Mapping[str, str] | None = None,
    known: Mapping[str, Table] | None = None,
) -> dict[str, Table]:
    """The tables an export may show.

    Unless ``include_contacts``, the personal tables (``contacts``) are left out and every text
    cell of every other table is redacted, using the names, e-mails and phones of the contacts
    table as well as the generic patterns, and sparing the organisations of the partners table.
    ``known`` are the tables to learn persons and organisations from when ``tables`` is a
    selection (a person of one project may be quoted in another's text); default ``tables``.
    """
    if include_contacts:
        return dict(tables)
    redactor = Redactor.from_tables(known if known is not None else tables, placeholders)
    return {
        name: redactor.redact_rows(frame)
        if isinstance(frame, Rows)
        else redactor.redact_frame(frame)
        for name, frame in tables.items()
        if name not in PERSONAL_TABLES
    }
