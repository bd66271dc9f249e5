"""Month names in every form a date uses: the lookup tables built from months.toml.

The names themselves, with the note of where they came from, are in ``months.toml``; this
module builds the lookup tables the date parser needs from them. Only the standard library
is imported (through ``cwlib.lexicon.load``), so any parser can import it for free.

Month names: ``MONTHS`` maps every form to the month number, whatever its case, capital or
spelling; ``MONTH_FORMS_LT`` keeps the Lithuanian forms apart by case, because a date pattern
allows only some cases in each place.

>>> MONTHS["sausis"], MONTHS["sausio"], MONTHS["Gruodžio"], MONTHS["gruodzio"]
(1, 1, 12, 12)
>>> MONTHS["gruodžio mėn."], MONTHS["December"], MONTHS["Sept"]
(12, 12, 9)
>>> MONTH_FORMS_LT["genitive"]["balandžio"], MONTH_FORMS_LT["accusative"]["Kovą"]
(4, 3)
"""

from __future__ import annotations

from cwlib.lexicon import load as lexicon

_DATA = lexicon.vocabulary("months")

MONTH_CASES_LT: dict[str, tuple[str, ...]] = {
    case: tuple(names) for case, names in _DATA["cases_lt"].items() if case != "note"
}
"""Lithuanian month names by grammatical case, each a 12-tuple in calendar order (months.toml)."""

MONTH_VARIANTS_LT: dict[str, dict[str, int]] = {
    case: dict(forms) for case, forms in _DATA["variants_lt"].items() if case != "note"
}
"""Misspelt month forms common enough on the web to be worth reading."""

MONTH_ASCII_LT: dict[str, str] = dict(_DATA["ascii_lt"]["fold"])
"""Diacritic folding used to add ASCII spellings of the nominative and genitive names."""

MONTH_WORDS_LT: tuple[str, ...] = tuple(_DATA["month_words_lt"]["words"])
"""Words for 'month' that follow a genitive month name and make the date month-precise."""

MONTH_NAMES_EN: tuple[str, ...] = tuple(_DATA["names_en"]["words"])
"""English month names in calendar order."""

MONTH_ABBREVIATIONS_EN: dict[str, int] = dict(_DATA["abbreviations_en"]["months"])
"""English month abbreviations (written with or without a trailing full stop)."""


def _case_forms(case: str) -> dict[str, int]:
    """One case's forms: standard, misspelt and (nominative, genitive) ASCII, each also
    capitalised, to the month number."""
    forms = {name: n for n, name in enumerate(MONTH_CASES_LT[case], start=1)}
    forms.update(MONTH_VARIANTS_LT.get(case, {}))
    if case in ("nominative", "genitive"):
        fold = str.maketrans(MONTH_ASCII_LT)
        for name, n in list(forms.items()):
            forms.setdefault(name.translate(fold), n)
    return {form: n for name, n in forms.items() for form in (name, name.capitalize())}


MONTH_FORMS_LT: dict[str, dict[str, int]] = {case: _case_forms(case) for case in MONTH_CASES_LT}
"""Lithuanian month forms by case (lower case and capitalised) to the month number; the date
parser picks the cases a slot allows (a genitive before a day, several cases after a year)."""

MONTHS_LT: dict[str, int] = {
    form: n for forms in MONTH_FORMS_LT.values() for form, n in forms.items()
}
"""Every Lithuanian month form (all cases, variants, ASCII spellings), lower case and
capitalised, to the month number."""

MONTH_PHRASES_LT: dict[str, int] = {
    f"{name} {word}": n
    for name, n in MONTH_FORMS_LT["genitive"].items()
    for word in MONTH_WORDS_LT[:1]
}
"""The "mėn." contexts as whole phrases ("gruodžio mėn." -> 12), for callers that look a
phrase up; the date parser matches the genitive and the month word separately, so that any
spacing between them is read."""

MONTHS_EN: dict[str, int] = {
    **{name: number for number, name in enumerate(MONTH_NAMES_EN, start=1)},
    **{name.lower(): number for number, name in enumerate(MONTH_NAMES_EN, start=1)},
    **MONTH_ABBREVIATIONS_EN,
}
"""English month names (capitalised and lower case) and abbreviations to the month number."""

MONTHS: dict[str, int] = {**MONTHS_LT, **MONTH_PHRASES_LT, **MONTHS_EN}
"""Every month form above, Lithuanian and English, to its number (1-12); examples in the
module docstring."""

_PARTS = _DATA["parts_of_year_lt"]
QUARTER_WORDS_LT: tuple[str, ...] = tuple(_PARTS["quarter"])
"""The noun "ketvirtis" (quarter) in the cases that follow a year, and "ketv."."""

HALF_YEAR_WORDS_LT: tuple[str, ...] = tuple(_PARTS["half"])
"""The noun "pusmetis" (half-year) in the cases that follow a year, and "pusm."."""

ORDINALS_LT: dict[str, int] = dict(_PARTS["ordinals"])
"""Ordinal words before a quarter or half-year ("pirmąjį ketvirtį") to their number."""

SEASONS_LT: dict[str, int] = dict(_PARTS["seasons"])
"""Spring, summer and autumn in the cases that follow a year, to their first month (each
season is three months; winter, which runs over New Year, is not listed)."""
