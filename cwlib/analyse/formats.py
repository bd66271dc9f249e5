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

import contextlib
import json
import math
import os
import tempfile
from functools import cache
from typing import Any

from cwlib import paths

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
    locale = _babel_locale(lang)
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
        float(value), format=_pattern(lang, "decimal", decimals), locale=_babel_locale(lang)
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
        locale=_babel_locale(lang),
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
        locale=_babel_locale(lang),
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
            number, currency, locale=_babel_locale(lang), fraction_digits=digits
        )
    text = format_compact_decimal(number, locale=_babel_locale(lang), fraction_digits=digits)
    return f"{text}\xa0Lt" if currency == "LTL" else text


def plural_form(n: float, lang: str) -> str:
    """The CLDR plural category of ``n`` in ``lang`` (one, few, many, other), to pick a word form.

    Lithuanian has three forms for whole numbers (``1 projektas``, ``3 projektai``,
    ``10 projektų``), decided by the last two digits, not by "one or more".

    >>> [plural_form(n, "lt") for n in (1, 3, 10, 21, 111)], plural_form(1, "en")
    (['one', 'few', 'other', 'one', 'other'], 'one')
    """
    return _babel_locale(lang).plural_form(n)


NUMBER_DATA = (
    "number_symbols",
    "default_numbering_system",
    "decimal_formats",
    "percent_formats",
    "currency_formats",
    "scientific_formats",
    "compact_decimal_formats",
    "compact_currency_formats",
    "currency_symbols",
    "currency_names",
    "currency_names_plural",
    "currency_unit_patterns",
    "plural_form",
)
"""The parts of a locale's CLDR data that Babel's number functions read: all this module's
functions need, kept in the cache folder (see :func:`_babel_locale`)."""


@cache
def _babel_locale(lang: str) -> Any:
    """Babel's locale for ``lang``, holding only its number data (:data:`NUMBER_DATA`) when the
    cache folder (:func:`cwlib.paths.cache_dir`) has it.

    Why: Babel keeps each locale's CLDR data as pickles that are read whole and merged with
    their parents' (``root``, ``en``, ``en_001``, ``en_GB``), and reading them imports its
    date functions, which look up the local time zone: a few hundredths of a second in
    every process that writes a number, which for a brief is a tenth of its work. The
    number data alone, as pattern strings, is a small JSON file, written the first time
    and read from then on; the patterns are parsed again by Babel's own ``parse_pattern``
    and the plural rule by its ``PluralRule``, so a number is written exactly as with the
    whole data (the tests compare both). Only this locale object holds the smaller data;
    Babel's own caches stay whole. A missing, foreign or unreadable file, or
    ``CWLIB_CACHE=off``, leaves Babel loading the locale as usual.
    """
    from babel import Locale

    locale = Locale.parse(_locale(lang))
    folder = paths.cache_dir()
    if folder is None:
        return locale
    from babel import __version__ as babel_version

    path = folder / f"babel-numbers-{babel_version}-{locale}.json"
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        if record["asked"] != list(NUMBER_DATA):  # written for another list of parts
            raise ValueError(path)
        data = {k: _decoded(v) for k, v in record["data"].items()}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        _write_number_data(path, locale)  # the whole data is loaded for this process
        return locale
    from babel.localedata import LocaleDataDict

    # a locale object of its own (``Locale.parse`` might share one): only it holds the part
    small = Locale(locale.language, locale.territory, locale.script, locale.variant)
    vars(small)["_Locale__data"] = LocaleDataDict(data)  # what Babel's ``_data`` reads
    return small


def _write_number_data(path: Any, locale: Any) -> None:
    """Keep ``locale``'s number data (aliases resolved) in ``path``, written atomically;
    nothing when it cannot be written or holds what this module does not know."""
    try:
        data = {k: _encoded(locale._data[k]) for k in NUMBER_DATA if k in locale._data}
    except Exception:  # another Babel's data: no cache, the whole data every time
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"asked": list(NUMBER_DATA), "data": data}, fh, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)


def _encoded(value: Any) -> Any:
    """Babel's locale data as JSON: mappings as lists of key and value (a key may be None),
    number patterns and plural rules as their CLDR strings."""
    from babel.numbers import NumberPattern
    from babel.plural import PluralRule

    if isinstance(value, str):
        return value
    if isinstance(value, NumberPattern):
        return {"pattern": value.pattern}
    if isinstance(value, PluralRule):
        return {"plural": list(value.rules.items())}
    if not hasattr(value, "keys"):
        raise TypeError(f"unexpected locale data {value!r}")
    # a mapping (Babel's alias-resolving dict): read through it, so aliases are resolved
    return {"map": [[key, _encoded(value[key])] for key in value]}


def _decoded(value: Any) -> Any:
    """The locale data :func:`_encoded` wrote, as Babel's own objects."""
    if isinstance(value, str):
        return value
    if "pattern" in value:
        from babel.numbers import parse_pattern

        return parse_pattern(value["pattern"])
    if "plural" in value:
        from babel.plural import PluralRule

        return PluralRule([(tag, rule) for tag, rule in value["plural"]])
    return {key: _decoded(item) for key, item in value["map"]}


def tick_formatter(lang: str, currency: str | None = None) -> Any:
    """A matplotlib tick formatter that writes axis numbers with ``format_compact``."""
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda x, _pos: format_compact(x, lang, currency))
