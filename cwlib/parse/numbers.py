"""Money, percentages and plain numbers in Lithuanian and English prose.

Why a module of its own: Lithuanian project pages write the same sum in many ways
(``1.831.204,00 Eur``, ``191 920,84 Eur`` with no-break spaces, ``264,145.00 EUR``,
``2,5 mln. eurų``, ``8.263.543,00 Lt (2.393.287,50 Eur)``) and are full of other figures that
are *not* money (street numbers, post codes, phones, measure codes, years, counts). Every
finder here returns offsets into the text it was given, so the extraction layer can quote the
source exactly (``text == given[start:end]``).

Reading rules, in order:

* ``.`` and ``,`` both present: the last one is the decimal mark (``264,145.00``,
  ``1.831.204,00``).
* Groups of exactly three digits split by spaces (also U+00A0 and U+202F) are thousands.
* A separator used more than once groups thousands (``1.831.204``); a single ``.`` or ``,``
  followed by exactly three digits groups thousands too (``264,145 EUR`` is 264 145) unless the
  figure carries a scale word (``1,250 mln.`` is 1.25 million), is a percentage, or starts with
  ``0`` (``0,125``). Any other single separator is a decimal mark (``2,5``).
* A sum of money needs a currency word or sign right next to the figure; bare figures are
  never money. ``Lt`` counts only as a whole, case-sensitive word (``LT`` is the country code).
* In running text figures are bounded to what people write (at most 15 integer digits or 6
  thousands groups, 6 decimals); longer digit runs are not read as sums or percentages.

Only the standard library is imported, and every pattern is compiled once at import.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = [
    "Money",
    "Percent",
    "find_amounts",
    "find_percentages",
    "format_amount",
    "parse_amount",
    "parse_number",
]


@dataclass(frozen=True)
class Money:
    """One stated sum of money and where the text states it.

    ``amount`` is in units of ``currency`` with the scale word applied, except when
    ``scale_conflict`` is set: then the figure was already written out to the unit (two or
    more thousands groups, or a thousands group and cents, as in ``1.831.204,00 mln. eurų``)
    *and* followed by a scale word, so ``amount`` is the figure as written, ``scale`` and
    ``scale_word`` still say what the word would multiply by, and the audit reports it. One
    thousands group without cents is an ordinary way to write thousands of thousands
    (``1 054 tūkst. Eur`` is 1 054 000) and is no conflict. ``alt`` is the same sum in the other
    currency when the text gives both; ``text`` then spans both, ``number_text`` is the first
    figure only.
    """

    amount: float
    currency: str
    start: int
    end: int
    text: str
    number_text: str
    scale: float = 1.0
    scale_word: str | None = None
    scale_conflict: bool = False
    alt: Money | None = None


@dataclass(frozen=True)
class Percent:
    """One stated percentage (``value`` in percent, 85 for ``85%``) and where it is."""

    value: float
    start: int
    end: int
    text: str


# --- pattern fragments (composed into the compiled patterns below) -------------------------

_GAP = r"[\x20\t\u00a0\u202f\u2009]"
"""One horizontal space: ordinary, tab, no-break, narrow no-break, thin (never a newline)."""

_FIGURE = r"""
(?<![\w.,/+])                                   # not glued to a word, code or figure: 23A, 1.2.3, +370
(?<![^\W\d]-)                                   # nor the tail of a code after letter-hyphen: LT-01100
(?:
    [0-9]{1,3}(?:[\x20\u00a0\u202f\u2009][0-9]{3}){1,5}(?:[.,][0-9]{1,6})?   # 191 920,84: spaces group
  | [0-9]{1,3}(?:\.[0-9]{3}){1,5}(?:,[0-9]{1,6})?   # 1.831.204,00: dots group, comma is decimal
  | [0-9]{1,3}(?:,[0-9]{3}){1,5}(?:\.[0-9]{1,6})?   # 264,145.00: commas group, dot is decimal
  | [0-9]{1,15}(?:[.,][0-9]{1,6})?              # 48000, 2,5, 2.5: no grouping
)
(?!\d|[.,]\d)                                   # the figure ends here: 2016.03.01 is no figure
"""

_SCALE = r"""
(?i:                                            # scale words, any case
    mln(?!\w)\.?                                # mln., mln: million
  | mlrd(?!\w)\.?                               # mlrd.: milliard (10^9)
  | t[uū]kst(?!\w)\.?                           # tūkst.: thousand
  | milijon[^\W\d_]*                            # milijonų, milijonai, milijono ...
  | milijard[^\W\d_]*                           # milijardų, milijardai ...
  | t[uū]kstan[tč][^\W\d_]*                     # tūkstančių, tūkstantis ...
  | (?:million|billion|thousand)s?(?!\w)        # English
  | m(?=eur\b)                                  # 1.74 MEUR: million euro, written as one word
)
"""

_CUR_AFTER = r"""
(?:
    €                                           # euro sign after the figure: 12 500 €
  | (?i:eur(?:o|os|as|ai|ų|ui|ą|u|ais|us|ams|uose)?)(?!\w)   # EUR, Eur, euro, eurų, eurai, eurais, eurus
  | LTL(?!\w)                                   # ISO code of the litas
  | Lt(?!\w)                                    # Lt, case-sensitive: LT is Lithuania's country code
  | (?i:lit(?:as|ai|ų|ui|ą|u|ais|us|ams|uose))(?!\w)   # litų, litai, litais, litus
)
"""

_CUR_BEFORE = r"""
(?:
    €                                           # euro sign first: € 12 500, €2.5 million
  | (?<!\w)(?:EUR|LTL)                          # ISO code first: EUR 1,234.56
)
"""

_MONEY_RE = re.compile(
    rf"""
    (?:
        (?P<pcur>{_CUR_BEFORE})                 # currency first ...
        {_GAP}?                                 # ... maybe one space ...
        (?P<pnum>{_FIGURE})                     # ... then the figure ...
        (?:{_GAP}{{1,3}}(?P<pscale>{_SCALE}))?  # ... and maybe a scale word: EUR 2.5 million
        (?!{_GAP}*(?:m\.|m(?!\w)|met|[-–—/]{_GAP}*\d))   # but EUR 2017 m. / EUR 2014-2020 are years
      |
        (?P<snum>{_FIGURE})                     # figure first ...
        {_GAP}{{0,3}}                           # ... spaces ...
        (?:(?P<sscale>{_SCALE}){_GAP}{{0,3}})?  # ... maybe a scale word: 2,5 mln. ...
        (?P<scur>{_CUR_AFTER})                  # ... then the currency word or sign
    )
    """,
    re.VERBOSE,
)

_ALT_OPEN_RE = re.compile(
    rf"""
    \.?                                         # abbreviation dot of the first currency: Lt.
    {_GAP}*                                     # spaces
    (?P<open>[(\[/])                            # bracket or slash before the other currency
    {_GAP}*                                     # spaces
    """,
    re.VERBOSE,
)

_ALT_CLOSE_RE = re.compile(
    rf"""
    \.?                                         # abbreviation dot: (2.393.287,50 Eur.)
    {_GAP}*                                     # spaces
    [)\]]                                       # the closing bracket belongs to the quote
    """,
    re.VERBOSE,
)

_PERCENT_RE = re.compile(
    rf"""
    (?P<num>{_FIGURE})                          # the figure
    {_GAP}{{0,3}}                               # spaces: 15 %, 15 %
    (?:
        %                                       # 85%
      | (?i:proc)(?:\.|(?!\w))                  # 85 proc. (the dot belongs to the abbreviation)
      | (?i:procent\w*)                         # procentų, procentai, procentus
      | (?i:percent|per\x20cent)(?!\w)          # English
    )
    """,
    re.VERBOSE,
)

# Fast scouts. A pattern that begins with a character class lets `re` skip ahead in C; the
# readable patterns above begin with lookbehinds and would be tried at every position, which
# made the finders several times slower. Each scout matches wherever its full pattern can start
# a match (it may match more); the full pattern then decides. Keep them supersets when editing
# above (tests/test_numbers.py checks this on generated text). Figures and gaps are bounded (at
# most 15 integer digits or 6 groups, 6 decimals, 3 spaces) and the runs are possessive, so a
# long run of figures with no currency after it costs linear time.

_MONEY_SCOUT_RE = re.compile(
    r"""
    [0-9€EL]                                    # a figure or a currency written first starts here
    (?:
        (?<=[0-9])(?<![\w.,/+][0-9])            # figure first, as _FIGURE starts one:
        [0-9.,\x20\t\u00a0\u202f\u2009]{0,40}+     # rest of the figure (<= 29), spaces (<= 3)
        (?:(?i:m)(?=(?i:eur))|[^\W\d_]{1,15}+\.?[\x20\t\u00a0\u202f\u2009]{0,3})?   # maybe a scale word (MEUR), spaces
        (?:€|(?i:eur|lit)|Lt|LTL)               # then how every currency word begins
      | (?<=€)                                  # euro sign first
      | (?<=E)UR                                # EUR first
      | (?<=L)TL                                # LTL first
    )
    """,
    re.VERBOSE,
)

_PERCENT_SCOUT_RE = re.compile(
    r"""
    [0-9](?<![\w.,/+][0-9])                     # a figure starts here, as _FIGURE starts one
    [0-9.,\x20\t\u00a0\u202f\u2009]{0,40}+         # rest of the figure (<= 29), spaces (<= 3)
    (?:%|(?i:proc|per))                         # then how every percent word begins
    """,
    re.VERBOSE,
)

_FIGURE_FULL_RE = re.compile(
    r"""
    (?:
        (?P<sp>[0-9]{1,3}(?:[\x20\u00a0\u202f\u2009][0-9]{3})+)(?:[.,](?P<spf>[0-9]+))?  # 191 920,84
      | (?P<dot>[0-9]{1,3}(?:\.[0-9]{3})+)(?:,(?P<dotf>[0-9]+))?   # 1.831.204,00
      | (?P<com>[0-9]{1,3}(?:,[0-9]{3})+)(?:\.(?P<comf>[0-9]+))?   # 264,145.00
      | (?P<pl>[0-9]+)(?:[.,](?P<plf>[0-9]+))?                    # 48000, 2,5
    )
    """,
    re.VERBOSE,
)

_DROP_SEPARATORS = str.maketrans("", "", " .,\u00a0\u202f\u2009")
"""Deletes every thousands separator from a grouped figure."""

_EN_TO_LT = str.maketrans({",": " ", ".": ","})
"""Turns ``1,831,204.00`` into ``1 831 204,00``."""

_SIGNS = {"-": "-", "−": "-", "+": ""}
"""Leading signs parse_number accepts (hyphen-minus, minus sign, plus)."""


# --- helpers -----------------------------------------------------------------------------


def _read_figure(fig: str, single_sep_decimal: bool) -> tuple[str, int, str | None] | None:
    """Split a written figure into (decimal string for float(), thousands groups, fraction).

    Returns None when the figure is not a well-formed number. ``single_sep_decimal`` makes a
    lone ``.``/``,`` before three digits a decimal mark (scale words, percentages), because
    ``1,250 mln.`` means 1.25 million, not 1 250 million.
    """
    m = _FIGURE_FULL_RE.fullmatch(fig)
    if m is None:
        return None
    grouped = m["sp"] or m["dot"] or m["com"]
    if grouped is None:
        return m["pl"] + ("." + m["plf"] if m["plf"] else ""), 0, m["plf"]
    frac = m["spf"] or m["dotf"] or m["comf"]
    groups = (len(grouped) - 1) // 4  # leading group is 1-3 digits, each further one 4 chars
    lead = grouped[: len(grouped) - 4 * groups]
    lone_dot_or_comma = groups == 1 and frac is None and m["sp"] is None
    if lone_dot_or_comma and (single_sep_decimal or lead == "0"):
        return f"{lead}.{grouped[-3:]}", 0, grouped[-3:]
    if lead.startswith("0"):
        return None  # 0 125 or 012.345: not a figure anyone writes
    digits = grouped.translate(_DROP_SEPARATORS)
    return digits + ("." + frac if frac else ""), groups, frac


def _scale_of(word: str) -> float:
    """Multiplier a scale word stands for (mlrd./milijardų 1e9, mln./milijonų 1e6, else 1e3)."""
    w = word.lower()
    if w.startswith(("mlrd", "milijard", "billion")):
        return 1e9
    if w.startswith(("mln", "milijon", "million")) or w == "m":  # "m" only as in MEUR
        return 1e6
    return 1e3


def _currency_of(word: str) -> str:
    """ISO code of a currency word or sign as matched by the money pattern."""
    return "EUR" if word == "€" or word[:3].lower() == "eur" else "LTL"


_Reading = tuple[float, str, str, float, str | None, bool]
"""amount, currency, figure as written, scale, scale word, scale conflict."""


def _read_money(m: re.Match[str]) -> _Reading | None:
    """Read one match of _MONEY_RE (None if the figure does not read)."""
    if m["pnum"] is not None:
        fig, scale_word, cur = m["pnum"], m["pscale"], m["pcur"]
    else:
        fig, scale_word, cur = m["snum"], m["sscale"], m["scur"]
    read = _read_figure(fig, single_sep_decimal=scale_word is not None)
    if read is None:
        return None
    number, groups, frac = read
    scale = 1.0 if scale_word is None else _scale_of(scale_word)
    # A figure written out to the unit (two or more thousands groups, or groups and cents)
    # cannot sensibly be multiplied again: 1.831.204,00 mln. eurų.
    conflict = scale_word is not None and (
        groups >= 2 or (groups >= 1 and frac is not None and len(frac) == 2)
    )
    if scale_word is None or conflict:
        amount = float(number)
    else:  # exact decimal shift, so 1,2 mln. is 1200000.0 and not 1199999.9999999998
        amount = float(f"{number}e{round(math.log10(scale))}")
    if not math.isfinite(amount):
        return None
    return amount, _currency_of(cur), fig, scale, scale_word, conflict


def _alt_after(text: str, pos: int, currency: str) -> tuple[Money, int] | None:
    """The same sum in the other currency right after ``pos``, and where the quote ends.

    ``8.263.543,00 Lt (2.393.287,50 Eur)`` is one statement of one sum, so it becomes one
    Money whose quote spans both figures; otherwise a budget line would be counted twice.
    """
    opener = _ALT_OPEN_RE.match(text, pos)
    if opener is None:
        return None
    m = _MONEY_RE.match(text, opener.end())
    if m is None:
        return None
    r = _read_money(m)
    if r is None or r[1] == currency:
        return None
    alt = Money(r[0], r[1], m.start(), m.end(), m[0], r[2], r[3], r[4], r[5])
    end = m.end()
    if opener["open"] != "/" and (closer := _ALT_CLOSE_RE.match(text, end)) is not None:
        end = closer.end()
    return alt, end


def _money_at(text: str, m: re.Match[str]) -> Money | None:
    """The Money a match of _MONEY_RE in ``text`` states, with its other-currency twin."""
    r = _read_money(m)
    if r is None:
        return None
    amount, currency, fig, scale, scale_word, conflict = r
    start, end = m.span()
    alt = None
    if (found := _alt_after(text, end, currency)) is not None:
        alt, end = found
    return Money(
        amount, currency, start, end, text[start:end], fig, scale, scale_word, conflict, alt
    )


def _iter_amounts(text: str) -> Iterator[Money]:
    """Yield the sums of money in ``text`` left to right, never overlapping."""
    pos = 0
    while (hit := _MONEY_SCOUT_RE.search(text, pos)) is not None:
        m = _MONEY_RE.match(text, hit.start())
        if m is None:
            pos = hit.start() + 1
            continue
        money = _money_at(text, m)
        if money is None:
            pos = m.end()
            continue
        yield money
        pos = money.end


# --- public API --------------------------------------------------------------------------


def parse_number(s: str) -> float | None:
    """Read one figure written the Lithuanian or the English way; None if ``s`` is not one.

    The whole string (bar surrounding whitespace and a leading sign) must be the figure, so
    dates, codes and phone numbers give None instead of a wrong number.

    >>> parse_number("1.831.204,00"), parse_number("191\u00a0920,84"), parse_number("264,145.00")
    (1831204.0, 191920.84, 264145.0)
    >>> parse_number("2,5"), parse_number("264,145"), parse_number("48000")
    (2.5, 264145.0, 48000.0)
    >>> parse_number("2016.03.01") is None, parse_number("LT-01100") is None
    (True, True)
    """
    s = s.strip()
    sign = _SIGNS.get(s[:1])
    if sign is not None:
        s = s[1:]
    read = _read_figure(s, single_sep_decimal=False)
    if read is None:
        return None
    value = float((sign or "") + read[0])
    return value if math.isfinite(value) else None


def parse_amount(s: str) -> Money | None:
    """The first sum of money in ``s`` (offsets relative to ``s``), or None.

    Use it on a cell or a phrase known to hold one sum; use find_amounts on running text.

    >>> m = parse_amount("Projekto vertė – 2,5 mln. eurų.")
    >>> m.amount, m.currency, m.text, m.scale_word
    (2500000.0, 'EUR', '2,5 mln. eurų', 'mln.')
    >>> parse_amount("Vilties g. 5, Visaginas") is None
    True
    """
    return next(_iter_amounts(s), None)


def find_amounts(text: str) -> list[Money]:
    """Every sum of money in ``text``, in order and non-overlapping.

    Only figures with a currency word or sign next to them count, so street numbers, post
    codes, phones, measure codes, years and counts are left alone. A sum given in both
    currencies is one Money with ``alt`` set.

    >>> [(m.amount, m.currency, m.alt.amount) for m in find_amounts(
    ...     "Vertė 8.263.543,00 Lt (2.393.287,50 Eur)")]
    [(8263543.0, 'LTL', 2393287.5)]
    >>> [m.text for m in find_amounts("191 920,84 Eur ir EUR 1,234.56; Tarybų g. 23A, LT-01100")]
    ['191 920,84 Eur', 'EUR 1,234.56']
    """
    return list(_iter_amounts(text))


def find_percentages(text: str) -> list[Percent]:
    """Every percentage in ``text``: ``85%``, ``15 %``, ``85 proc.``, ``85,5 %``.

    A lone ``,``/``.`` is always a decimal mark here (``12,345 %`` is 12.345 %).

    >>> [(p.value, p.text) for p in find_percentages("dalis 85% ir 15,5 proc. lėšų")]
    [(85.0, '85%'), (15.5, '15,5 proc.')]
    """
    out: list[Percent] = []
    pos = 0
    while (hit := _PERCENT_SCOUT_RE.search(text, pos)) is not None:
        m = _PERCENT_RE.match(text, hit.start())
        if m is None:
            pos = hit.start() + 1
            continue
        pos = m.end()
        read = _read_figure(m["num"], single_sep_decimal=True)
        if read is None:
            continue
        value = float(read[0])
        if math.isfinite(value):
            out.append(Percent(value=value, start=m.start(), end=m.end(), text=m[0]))
    return out


def format_amount(value: float, currency: str = "EUR", style: str = "lt") -> str:
    """Write a sum to the cent the way readers of each language expect it.

    ``lt``: ``1 831 204,00 Eur`` / ``... Lt``; ``en``: ``EUR 1,831,204.00`` / ``LTL ...``.
    Both read back with parse_amount to the same value (rounded to the cent).

    >>> format_amount(1831204), format_amount(8263543, "LTL")
    ('1 831 204,00 Eur', '8 263 543,00 Lt')
    >>> format_amount(2393287.5, style="en")
    'EUR 2,393,287.50'
    >>> parse_amount(format_amount(107722.2)).amount
    107722.2
    """
    if not math.isfinite(value):
        raise ValueError(f"cannot format {value!r} as a sum of money")
    code = currency.upper()
    if code not in ("EUR", "LTL"):
        raise ValueError(f"currency must be 'EUR' or 'LTL', not {currency!r}")
    en = f"{value:,.2f}"
    if style == "en":
        return f"{code} {en}"
    if style == "lt":
        return f"{en.translate(_EN_TO_LT)} {'Eur' if code == 'EUR' else 'Lt'}"
    raise ValueError(f"style must be 'lt' or 'en', not {style!r}")
