"""Numbers written the way the reader's language writes them, for figures, tables and briefs.

A Lithuanian reader takes ``500,000`` for five hundred: in Lithuanian the comma is the
decimal mark and thousands are grouped with a (no-break) space. Every number cwlib shows to a
person goes through this one module, so that a figure, a notebook table and a brief in the
same language agree. The patterns come from the Unicode CLDR via Babel (the locale data the
operating systems and office suites use), not from hand-written tables.

>>> format_number(264145, "lt"), format_number(264145, "en")
('264\\xa0145', '264,145')
>>> format_number(3.4528, "lt", decimals=4), format_money(264145, "lt"), format_money(264145, "en")
('3,4528', '264\\xa0145\\xa0€', '€264,145')
>>> format_percent(82.5, "lt"), format_percent(82.5, "en")
('82,5\\xa0%', '82.5%')
"""

from __future__ import annotations

import math
from functools import cache
from typing import Any

__all__ = [
    "LOCALES",
    "MISSING",
    "format_compact",
    "format_money",
    "format_number",
    "format_percent",
    "plural_form",
    "tick_formatter",
]

LOCALES = {"en": "en_GB", "lt": "lt_LT"}
"""The Babel locale of each output language. British English: day-month dates, and the
audience is European."""

MISSING = "–"
"""The one mark for a value that is not known (an en dash), in every language."""


def _locale(lang: str) -> str:
    try:
        return LOCALES[lang]
    except KeyError:
        raise ValueError(
            f"unknown language {lang!r}; valid languages: {', '.join(LOCALES)}"
        ) from None


def _missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return math.isnan(float(value))
    except (TypeError, ValueError):
        return True


@cache
def _pattern(lang: str, kind: str, decimals: int) -> str:
    """The locale's own pattern for a kind of number, with a fixed number of decimals."""
    from babel import Locale

    locale = Locale.parse(_locale(lang))
    formats = {
        "decimal": locale.decimal_formats,
        "percent": locale.percent_formats,
        "currency": locale.currency_formats,
    }[kind]
    pattern = formats["standard" if kind == "currency" else None].pattern.split(";")[0]
    integer = pattern.replace(".00", "").replace(".###", "")
    fraction = "." + "0" * decimals if decimals > 0 else ""
    # "#,##0" is the integer part in every CLDR pattern; the decimals follow it.
    return integer.replace("#,##0", "#,##0" + fraction, 1)


def format_number(value: Any, lang: str, decimals: int = 0) -> str:
    """A plain number with the language's grouping and decimal mark; MISSING when unknown.

    >>> format_number(1831204.5, "lt", decimals=2), format_number(None, "en")
    ('1\\xa0831\\xa0204,50', '–')
    """
    if _missing(value):
        return MISSING
    from babel.numbers import format_decimal

    return format_decimal(
        float(value), format=_pattern(lang, "decimal", decimals), locale=_locale(lang)
    )


def format_money(value: Any, lang: str, currency: str = "EUR", decimals: int = 0) -> str:
    """A sum with its currency sign where the language puts it (``264 145 €``, ``€264,145``).

    Litas have no sign of their own in CLDR; they are written ``Lt`` in both languages, as
    the pages of the time wrote them.

    >>> format_money(8263543, "lt", "LTL"), format_money(12.5, "en", decimals=2)
    ('8\\xa0263\\xa0543\\xa0Lt', '€12.50')
    """
    if _missing(value):
        return MISSING
    if currency == "LTL":
        return f"{format_number(value, lang, decimals)}\xa0Lt"
    from babel.numbers import format_currency

    return format_currency(
        float(value),
        currency,
        format=_pattern(lang, "currency", decimals),
        locale=_locale(lang),
        currency_digits=False,
    )


def format_percent(value_pct: Any, lang: str, decimals: int = 1) -> str:
    """A share given in percent points (82.5, not 0.825), in the language's percent pattern.

    >>> format_percent(85, "lt", decimals=0), format_percent(float("nan"), "lt")
    ('85\\xa0%', '–')
    """
    if _missing(value_pct):
        return MISSING
    from babel.numbers import format_percent as babel_percent

    return babel_percent(
        float(value_pct) / 100,
        format=_pattern(lang, "percent", decimals),
        locale=_locale(lang),
        decimal_quantization=True,
    )


def format_compact(value: Any, lang: str, currency: str | None = None) -> str:
    """A short form for axis ticks and labels: ``1,2 mln. €``, ``€1.2m``, ``350 tūkst.``.

    >>> format_compact(1_234_567, "lt", "EUR"), format_compact(1_234_567, "en", "EUR")
    ('1,2\\xa0mln.\\xa0€', '€1.2m')
    >>> format_compact(350_000, "lt"), format_compact(950, "en")
    ('350\\xa0tūkst.', '950')
    """
    if _missing(value):
        return MISSING
    from babel.numbers import format_compact_currency, format_compact_decimal

    number = float(value)
    digits = 1 if abs(number) >= 1000 else 0
    if currency and currency != "LTL":
        return format_compact_currency(
            number, currency, locale=_locale(lang), fraction_digits=digits
        )
    text = format_compact_decimal(number, locale=_locale(lang), fraction_digits=digits)
    return f"{text}\xa0Lt" if currency == "LTL" else text


def plural_form(n: float, lang: str) -> str:
    """The CLDR plural category of ``n`` in ``lang`` (one, few, many, other), to pick a word form.

    Lithuanian has three forms for whole numbers (``1 projektas``, ``3 projektai``,
    ``10 projektų``), decided by the last two digits, not by "one or more".

    >>> [plural_form(n, "lt") for n in (1, 3, 10, 21, 111)], plural_form(1, "en")
    (['one', 'few', 'other', 'one', 'other'], 'one')
    """
    return _babel_locale(lang).plural_form(n)


@cache
def _babel_locale(lang: str) -> Any:
    from babel import Locale

    return Locale.parse(_locale(lang))


def tick_formatter(lang: str, currency: str | None = None) -> Any:
    """A matplotlib tick formatter that writes axis numbers with ``format_compact``."""
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda x, _pos: format_compact(x, lang, currency))
