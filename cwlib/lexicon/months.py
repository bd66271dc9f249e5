"""Word lists the parsers match against, each with a note of where it came from.

Plain data on purpose: no logic beyond building lookup tables from the lists, no imports
outside the standard library, so any parser can import it for free. Keep every list next to
its source note; when a list is extended, say where the new words came from.

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

# --------------------------------------------------------------------------------------------
# Month names
#
# Source: the twelve Lithuanian month names of the standard language (Valstybinė lietuvių
# kalbos komisija; Dabartinės lietuvių kalbos žodynas) declined by their standard paradigms
# (-is/-ys io-stems: sausis; a-stem: kovas; ė-stem: gegužė; o-stem: liepa), spot-checked
# against the declension tables of the English Wiktionary (entries "vasaris", "rugsėjis").
# Singular only: a date never needs the plural. English names are the calendar's; the abbreviations are the
# usual three-letter ones plus British "Sept".
#
# How dates use the cases:
#   genitive    "2020 m. sausio 1 d.", "sausio 1 d.", "2021 m. gruodžio mėn." (the form in
#               front of a day and of the word for month, MONTH_WORDS_LT)
#   accusative  "2020 m. sausį" (in January 2020)
#   locative    "2020 m. sausyje" (in January 2020)
#   nominative  "2021 m. sausis" (tables, headings)
#   dative, instrumental: listed for completeness, not used in date patterns.
# --------------------------------------------------------------------------------------------

MONTH_CASES_LT: dict[str, tuple[str, ...]] = {
    # case name: the twelve months, January first
    "nominative": (
        "sausis",
        "vasaris",
        "kovas",
        "balandis",
        "gegužė",
        "birželis",
        "liepa",
        "rugpjūtis",
        "rugsėjis",
        "spalis",
        "lapkritis",
        "gruodis",
    ),
    "genitive": (
        "sausio",
        "vasario",
        "kovo",
        "balandžio",
        "gegužės",
        "birželio",
        "liepos",
        "rugpjūčio",
        "rugsėjo",
        "spalio",
        "lapkričio",
        "gruodžio",
    ),
    "dative": (
        "sausiui",
        "vasariui",
        "kovui",
        "balandžiui",
        "gegužei",
        "birželiui",
        "liepai",
        "rugpjūčiui",
        "rugsėjui",
        "spaliui",
        "lapkričiui",
        "gruodžiui",
    ),
    "accusative": (
        "sausį",
        "vasarį",
        "kovą",
        "balandį",
        "gegužę",
        "birželį",
        "liepą",
        "rugpjūtį",
        "rugsėjį",
        "spalį",
        "lapkritį",
        "gruodį",
    ),
    "instrumental": (
        "sausiu",
        "vasariu",
        "kovu",
        "balandžiu",
        "gegužė",
        "birželiu",
        "liepa",
        "rugpjūčiu",
        "rugsėju",
        "spaliu",
        "lapkričiu",
        "gruodžiu",
    ),
    "locative": (
        "sausyje",
        "vasaryje",
        "kove",
        "balandyje",
        "gegužėje",
        "birželyje",
        "liepoje",
        "rugpjūtyje",
        "rugsėjyje",
        "spalyje",
        "lapkrityje",
        "gruodyje",
    ),
}
"""Lithuanian month names by grammatical case, each a 12-tuple in calendar order."""

MONTH_VARIANTS_LT: dict[str, dict[str, int]] = {
    # Non-standard spelling common on Lithuanian web pages (the standard form is
    # "rugpjūtis", which VLKK's advice pages keep correcting to), by case.
    "nominative": {"rugpiūtis": 8},
    "genitive": {"rugpiūčio": 8},
    "accusative": {"rugpiūtį": 8},
    "locative": {"rugpiūtyje": 8},
}
"""Misspelt month forms common enough on the web to be worth reading."""

MONTH_ASCII_LT: dict[str, str] = {
    # Pages typed without Lithuanian letters write "gruodzio" for "gruodžio": fold the
    # diacritics (one ASCII letter for one Lithuanian letter). Only the nominative and the
    # genitive are folded: folded accusatives collide with common words ("kovą" -> "kova",
    # a fight; "gegužę" -> "geguze").
    "ą": "a",
    "č": "c",
    "ę": "e",
    "ė": "e",
    "į": "i",
    "š": "s",
    "ų": "u",
    "ū": "u",
    "ž": "z",
}
"""Diacritic folding used to add ASCII spellings of the nominative and genitive names."""

MONTH_WORDS_LT: tuple[str, ...] = (
    # The word "month" after a genitive month name, "2021 m. gruodžio mėn." = December 2021:
    # the abbreviation "mėn." (VLKK list of common abbreviations) and the case forms of
    # "mėnuo" that stand in the same place ("gruodžio mėnesį", "gruodžio mėnesio pabaigoje").
    "mėn.",
    "mėnesį",
    "mėnesio",
    "mėnesyje",
    "mėnesiui",
    "mėnuo",
)
"""Words for 'month' that follow a genitive month name and make the date month-precise."""

MONTH_NAMES_EN: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
"""English month names in calendar order."""

MONTH_ABBREVIATIONS_EN: dict[str, int] = {
    # The usual three-letter abbreviations plus British "Sept" (written with or without a
    # full stop). Capitalised only: "mar", "jun" in lower case are too often other words.
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sep": 9,
    "Sept": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}
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
