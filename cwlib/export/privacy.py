"""Keeping personal data out of exports.

The source pages name contact persons with their e-mail address and phone number. The clean
tables keep them (in ``contacts``, and inside the quotes that state other facts), but no export
may show them unless the user asks for them (``--include-contacts``). This module finds them
in free text and replaces them by a placeholder; every exporter runs every text cell through
:func:`redact_tables` (or a :class:`Redactor`) instead of deciding column by column, because
personal data turns up in quotes and messages, not only in the contacts table.

What counts as personal data here:

- e-mail addresses, including the obfuscated ``vardas(eta)domenas.lt`` and ``[at]`` forms;
- phone numbers: international (``+370 673 82349``), Lithuanian domestic (``8 687 12345``,
  ``(8 5) 211 2000``) and any number introduced by ``tel.``, ``mob.``, ``phone``, ``faks.``;
- names of the persons listed in the contacts table, in any Lithuanian case ending
  (``Aušra Dockevičiūtė``, ``Aušrai Dockevičiūtei``), and their e-mails and phones as written;
- a capitalised first name and surname right after a contact-person word (``projekto vadovė``,
  ``kontaktinis asmuo``, ``contact person``), a safety net for persons the extractor missed.

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

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cwlib.schema import PERSONAL_TABLES

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

PLACEHOLDERS: dict[str, str] = {
    "email": "[e-mail removed]",
    "phone": "[phone removed]",
    "name": "[name removed]",
}
"""Default replacement per kind of personal data (cwlib.i18n has them in Lithuanian too)."""

EMAIL_RE = re.compile(
    r"""
    (?<![\w.+-])                        # not the tail of a longer token
    [\w.+-]*\w                          # local part, ending in a word character
    \s*(?:@|\[at\]|\(at\)|\(eta\)|\[eta\])\s*   # @, or the spelled-out forms (eta = Lithuanian @)
    [\w-]+(?:\.[\w-]+)*                 # domain labels
    \.[A-Za-z]{2,24}                    # top-level domain
    \b
    """,
    re.VERBOSE | re.IGNORECASE,
)

_SEP = r"[ \u00a0\u202f().\-/]"
"""Characters allowed between the digit groups of a phone number."""

INTERNATIONAL_PHONE_RE = re.compile(
    rf"""
    (?<![\w+])                          # start of a token
    \+\d{{1,3}}                        # + and the country code
    (?:{_SEP}{{0,3}}\d+){{1,6}}         # digit groups with separators
    (?![\w,])                           # not followed by more of a word or a decimal comma
    """,
    re.VERBOSE,
)

DOMESTIC_PHONE_RE = re.compile(
    r"""
    (?<![\w+,.])                        # start of a token, not inside a figure
    (?<!\d[ \u00a0])                    # nor a digit group of a longer spaced number
    \(?8\)?                             # the Lithuanian trunk prefix 8
    [ \u00a0\-]?\(?\d{1,3}\)?           # area or mobile code, maybe in brackets
    [ \u00a0\-]?\d{2,3}                 # first group of the subscriber number
    [ \u00a0\-]?\d{2,5}                 # the rest
    (?![\w,.]\d|\w|[ \u00a0]\d)         # not followed by decimals or another digit group
    (?!\s*(?:eur|lt\b|ltl|€|mln|tūkst)) # and not a sum of money
    """,
    re.VERBOSE | re.IGNORECASE,
)

KEYWORD_PHONE_RE = re.compile(
    r"""
    \b(?:tel|telefonas|telefono|telefonu|mob|mobilus|mobiliojo|faks|faksas|fax|phone|ph)
    \.?\s*(?:nr\.?)?\s*[:.]?\s*         # "tel. nr.:", "Phone:"
    (?P<number>\+?\(?\d[\d \u00a0().\-/]{4,}\d)   # the number itself
    """,
    re.VERBOSE | re.IGNORECASE,
)

_UPPER = "A-ZĄČĘĖĮŠŲŪŽ"
_LOWER = "a-ząčęėįšųūž"
_NAME_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"

ROLE_NAME_RE = re.compile(
    rf"""
    (?i:                                # the role word in any case ...
      \b(?:projekto\s+)?
      (?:vadov[eė]|vadovas|koordinator(?:ius|ė|e)|kontaktinis\s+asmuo|kontaktai|
         contact(?:\s+person)?|project\s+manager|coordinator)
    )
    \s*[:\-–]?\s*
    (?P<name>{_NAME_WORD}\s+{_NAME_WORD})   # ... then a capitalised first name and surname
    """,
    re.VERBOSE,
)
"""A name right after a contact-person word (case matters for the name, not the role word)."""

# Lithuanian name endings, longest first, so that stems match every case of the name.
_ENDINGS = (
    "iui", "iaus", "ienė", "aitė", "ytė", "utė", "ūtė",
    "ius", "ių", "ės", "os", "ai", "ei", "as", "is", "ys", "us", "ui", "ą", "ę", "į", "ų",
    "a", "e", "ė", "o", "s", "u", "i", "y",
)  # fmt: skip


def _stem(word: str) -> str:
    """Cut a Lithuanian case ending off a name so the stem matches every case of it.

    >>> _stem("Dockevičiūtė"), _stem("Aušra"), _stem("Jonas")
    ('Dockeviči', 'Aušr', 'Jon')
    """
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _name_pattern(name: str) -> str | None:
    """A regex for a person's name in any case ending, in either order, or the surname alone."""
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    if not words:
        return None
    parts = [re.escape(_stem(w)) + rf"[{_LOWER}]{{0,5}}" for w in words]
    options = [r"\s+".join(parts)]
    if len(parts) > 1:
        options.append(r"\s+".join(reversed(parts)))
        surname = words[-1]
        if len(_stem(surname)) >= 5:  # a short surname alone would hit ordinary words
            options.append(parts[-1])
    return r"\b(?:" + "|".join(options) + r")\b"


@dataclass(frozen=True)
class Match:
    """One piece of personal data found in a text."""

    kind: str
    start: int
    end: int
    text: str


@dataclass
class Redactor:
    """Finds and replaces personal data in text.

    Build one per export with :meth:`from_contacts` so that the persons the extractor found are
    recognised by name as well as by the generic e-mail and phone patterns.
    """

    names: tuple[str, ...] = ()
    literals: tuple[str, ...] = ()
    placeholders: Mapping[str, str] = field(default_factory=lambda: dict(PLACEHOLDERS))
    _name_re: re.Pattern[str] | None = field(init=False, default=None, repr=False)
    _literal_re: re.Pattern[str] | None = field(init=False, default=None, repr=False)

    def __post_init__(self) -> None:
        patterns = [p for p in (_name_pattern(n) for n in self.names) if p]
        # Longest first, so "Aušra Dockevičiūtė" wins over "Dockevičiūtė".
        patterns.sort(key=len, reverse=True)
        self._name_re = re.compile("|".join(patterns)) if patterns else None
        lits = sorted({s.strip() for s in self.literals if s and len(s.strip()) >= 5}, key=len)
        self._literal_re = (
            re.compile("|".join(re.escape(s) for s in reversed(lits))) if lits else None
        )

    @classmethod
    def from_names(
        cls,
        names: Iterable[str],
        literals: Iterable[str] = (),
        placeholders: Mapping[str, str] | None = None,
    ) -> Redactor:
        """A redactor that also knows these persons' names and these literal strings."""
        return cls(
            names=tuple(n for n in names if isinstance(n, str) and n.strip()),
            literals=tuple(s for s in literals if isinstance(s, str)),
            placeholders={**PLACEHOLDERS, **(placeholders or {})},
        )

    @classmethod
    def from_contacts(
        cls, contacts: pd.DataFrame | None, placeholders: Mapping[str, str] | None = None
    ) -> Redactor:
        """A redactor for the persons, e-mails and phones of a ``contacts`` table."""
        names: list[str] = []
        literals: list[str] = []
        if contacts is not None and len(contacts):
            for column, bucket in (("name", names), ("email", literals), ("phone", literals)):
                if column in contacts.columns:
                    bucket.extend(str(v) for v in contacts[column].dropna().unique())
        return cls.from_names(names, literals, placeholders)

    def find(self, text: str) -> list[Match]:
        """Every piece of personal data in ``text``, in order, overlaps resolved to the longest."""
        found: list[Match] = []

        def add(kind: str, start: int, end: int) -> None:
            found.append(Match(kind, start, end, text[start:end]))

        for m in EMAIL_RE.finditer(text):
            add("email", m.start(), m.end())
        if self._literal_re is not None:
            for m in self._literal_re.finditer(text):
                add("email" if "@" in m.group() else "phone", m.start(), m.end())
        for m in KEYWORD_PHONE_RE.finditer(text):
            add("phone", m.start("number"), m.end("number"))
        for m in INTERNATIONAL_PHONE_RE.finditer(text):
            if 7 <= sum(c.isdigit() for c in m.group()) <= 15:
                add("phone", m.start(), m.end())
        for m in DOMESTIC_PHONE_RE.finditer(text):
            if sum(c.isdigit() for c in m.group()) == 9:
                add("phone", m.start(), m.end())
        if self._name_re is not None:
            for m in self._name_re.finditer(text):
                add("name", m.start(), m.end())
        for m in ROLE_NAME_RE.finditer(text):
            add("name", m.start("name"), m.end("name"))
        # Keep the longest of overlapping matches.
        found.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[Match] = []
        for m in found:
            if kept and m.start < kept[-1].end:
                if m.end > kept[-1].end:
                    last = kept[-1]
                    kept[-1] = Match(last.kind, last.start, m.end, text[last.start : m.end])
                continue
            kept.append(m)
        return kept

    def redact(self, text: str) -> str:
        """``text`` with every piece of personal data replaced by its placeholder."""
        if not text:
            return text
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
        return self.redact(value) if isinstance(value, str) else value

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


def redact_tables(
    tables: Mapping[str, pd.DataFrame],
    include_contacts: bool = False,
    placeholders: Mapping[str, str] | None = None,
) -> dict[str, pd.DataFrame]:
    """The tables an export may show.

    Unless ``include_contacts``, the personal tables (``contacts``) are left out and every text
    cell of every other table is redacted, using the names, e-mails and phones of the contacts
    table as well as the generic patterns.
    """
    if include_contacts:
        return dict(tables)
    redactor = Redactor.from_contacts(tables.get("contacts"), placeholders)
    return {
        name: redactor.redact_frame(frame)
        for name, frame in tables.items()
        if name not in PERSONAL_TABLES
    }
