"""Money, percentages and plain numbers in Lithuanian and English prose.

Why a module of its own: Lithuanian project pages write the same sum in many ways
(``1.831.204,00 Eur``, ``191 920,84 Eur`` with no-break spaces, ``264,145.00 EUR``,
``1'236'480 Lt``, ``2,5 mln. eurų``, ``145 tūkst. 210 Eur``, ``64 682 Eur 67 ct.``,
``8.263.543,00 Lt (2.393.287,50 Eur)``) and are full of other figures that are *not* money
(street numbers, post codes, phones, measure codes, years, counts). Every finder here returns
offsets into the text it was given, so the extraction layer can quote the source exactly
(``text == given[start:end]``).

Reading rules, in order:

* **A figure is read whole or not at all.** Digits joined by single spaces, separators or a
  line break are one figure; a figure never starts right after a digit and one space, so a
  group of a figure (``000`` of ``3000 000``, ``34`` of ``12 34``) is never an amount.
* ``.`` and ``,`` both present: the last one is the decimal mark (``264,145.00``,
  ``1.831.204,00``).
* Groups of exactly three digits split by spaces (also U+00A0 and U+202F) or apostrophes
  (``1'236'480``) are thousands.
* A separator used more than once groups thousands (``1.831.204``); a single ``.`` or ``,``
  followed by exactly three digits groups thousands too (``264,145 EUR`` is 264 145) unless the
  figure carries a scale word (``1,250 mln.`` is 1.25 million), is a percentage, or starts with
  ``0`` (``0,125``). Any other single separator is a decimal mark (``2,5``).
* A malformed figure is read whole when one reading is plain, and says how (``Money.repair``):
  a space beside the decimal comma (``12 345, 67``), one four-digit group among the thousands
  (``16 1122,50``, ``3000 000``), a letter typed for a digit (``4l2 600``), a line break
  inside a figure of a wrapped paragraph (``1 245⏎300,00``). Any other malformed figure next
  to a currency is not read; it is reported as :class:`Unread` (``12 34 Eur``).
* A sum of money needs a currency word or sign right next to the figure (before, after, or
  both: ``€ 12 345.67 Eur``), or at the end of the label right before it (``suma, Eur
  512.300,00``), or the fund it comes from in the currency's place (``103 864,14 ERDF``, read
  as euro). Bare figures are never money by themselves; only the budget reader, for a part of
  a sum its sentence breaks down (``… 200 000 Eur, iš jų ES lėšos – 170 000``), reads one in
  the currency of that sum (:func:`part_in_currency`). ``Lt`` counts only as a whole, case-sensitive word
  (``LT`` is the country code).
* In running text figures are bounded to what people write (at most 15 digits a run, 8 runs,
  6 decimals); longer digit runs are not read as sums or percentages.

Only the standard library is imported, and every pattern is compiled once at import.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from cwlib.parse.anchored import matches_at
from cwlib.parse.frozen import frozen
from cwlib.patterns import compiled

__all__ = [
    "CURRENCY_WORDS",
    "PERCENT_UNITS",
    "REPAIRS",
    "Money",
    "Percent",
    "Unread",
    "find_amounts",
    "find_percentages",
    "format_amount",
    "parse_amount",
    "parse_number",
    "part_in_currency",
    "scan_amounts",
]

REPAIRS: tuple[str, ...] = (
    "space-beside-decimal-comma",  # 12 345, 67 / 163 102 ,50
    "misplaced-space",  # 16 1122,50 / 3000 000 (read), 12 34 (not read)
    "letter-for-digit",  # 4l2 600,00
    "line-break",  # 1 245⏎300,00 in a wrapped paragraph
    "compound-parts-disagree",  # 145 tūkst. 2100 Eur (not read)
    "words-disagree",  # 1 500 (du tūkstančiai eurų): the figure and its words differ (not read)
)
"""How a malformed figure was read (``Money.repair``) or why it was not (``Unread.reason``)."""


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
    figure only. ``repair`` says how a malformed figure was read whole (one of
    :data:`REPAIRS`; None for a well-formed one); ``fund`` is the fund named where the
    currency would stand (``103 864,14 ERDF``: ``"ERDF"``, the sum in euro).
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
    repair: str | None = None
    fund: str | None = None


@dataclass(frozen=True)
class Unread:
    """A figure next to a currency that cannot be read whole (``12 34 Eur``).

    It is not a sum: no part of it is read as one. ``reason`` is one of :data:`REPAIRS`
    naming what is wrong with it; the audit reports it with its text.
    """

    start: int
    end: int
    text: str
    reason: str


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

_BREAK = rf"{_GAP}*\r?\n{_GAP}*"
"""A line break, with the spaces around it."""

_SPACE = r"[\x20\u00a0\u202f\u2009]"
"""A space that may group the digits of a figure (a tab separates cells, never groups)."""

_FIGURE = rf"""
(?<![\w.,/+'’])                                 # not glued to a word, code or figure: 23A, 1.2.3, +370
(?<![^\W\d]-)                                   # nor the tail of a code after letter-hyphen: LT-01100
(?<![0-9]{{4}}[-–][0-9]{{2}}[-–])                 # nor the day of a date: 2020-01-01
(?<![0-9]{{4}}[-–])                              # nor the end of a year range: 2014–2020
(?:                                             # nor a later group of a figure begun before (3000 000)
    (?<![0-9]{_SPACE})                          # (no digit and space before it),
  | (?<=[0-9]{{4}}[-–.][0-9]{{2}}[-–.][0-9]{{2}}{_SPACE})   # unless that digit ends a date: 2020-01-01 12 000
  | (?<=[0-9]{{4}}[-–][0-9]{{4}}{_SPACE})         # or a year range: 2014–2020 12 000
)
(?!(?<=[0-9],{_SPACE})[0-9]{{2}}(?![0-9]))      # nor its cents after a stray space: 47 959, 02
[0-9]{{1,15}}+                                  # the first run of digits
(?:                                             # then at most seven more pieces of the figure:
    [.,'’][0-9]{{1,15}}+                         # a separator and digits: 1.831.204,00, 1'236'480
  | {_SPACE}[0-9]{{1,15}}+                       # one space and digits: 191 920, 16 1122
  | (?<=[0-9])(?:,{_SPACE}|{_SPACE},)[0-9]{{2}}(?![0-9]|{_GAP}*(?:%|(?i:proc|perc)))   # a space beside the decimal comma
  | (?<=[0-9])[lIO](?:[0-9]{{1,15}}+|(?=[.,'’]?{_SPACE}?[0-9]))   # a letter typed for a digit: 4l2 600, 1O 000
  | {_BREAK}[0-9]{{1,15}}+                       # a line break inside the figure
){{0,7}}
(?![0-9]|[.,'’][0-9])                           # the figure ends here: 2016.03.01 is no figure
"""

_STRICT_FIGURE = r"""
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
"""A well-formed figure only: what a percentage is written with."""

_SCALE = r"""
(?i:                                            # scale words, any case
    mln(?!\w)\.?                                # mln., mln: million
  | ml(?!\w)\.?                                 # ml.: million, abbreviated once more
  | mlrd(?!\w)\.?                               # mlrd.: milliard (10^9)
  | t[uū]kst(?!\w)\.?                           # tūkst.: thousand
  | milijon[^\W\d_]*                            # milijonų, milijonai, milijono ...
  | milijard[^\W\d_]*                           # milijardų, milijardai ...
  | t[uū]kstan[tč][^\W\d_]*                     # tūkstančių, tūkstantis ...
  | (?:million|billion|thousand)s?(?!\w)        # English
  | m(?=eur\b)                                  # 1.74 MEUR: million euro, written as one word
)
"""

_SUFFIX = r"""
(?<![0-9]{4})                                   # not after a year's four digits: "2017m."
(?:M|m|mn|bn|k|K|mln|mlrd)(?![^\W\d_])          # glued to the figure: €2.7M, €12m, €2bn, €450k
"""
"""A scale written as one letter or two glued to the figure, as English news and open-data
pages write it (``€2.7M``, ``EUR 1.2m``, ``72m EUR``, ``€ 450k``). Never apart from the figure:
``12 m.`` is a year, a length or an abbreviation."""

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

_CUR_LABEL = rf"""
(?:(?<=[,(])|(?<=[,(]{_GAP}))                   # right after a label's comma or bracket ...
(?:Eur|EUR|eur|Lt|LTL)(?!\w)\.?                 # ... the currency the value is in: "suma, Eur"
"""

_CENTS = r"""
(?i:ct|cnt|cent(?:ų|ai|as|o|us)?)(?!\w)         # cents written apart: 67 ct., 35 centai
"""

_NUMBER_WORD = r"""
(?i:                                            # how Lithuanian number words begin, any case:
    vien | dv[iy] | du | tr[iy] | ketur | penk  # vienas, dvi, dvylika, du, trys, trisdešimt, keturi, penki
  | šeš | septyn | aštuon | devyn | dešimt      # šeši, septyni, aštuoni, devyni, dešimt
  | šimt | t[uū]kstan | milijon | nul           # šimtas, tūkstančiai, milijonas, nulis
)
"""

_CUR_WORD = r"""
(?i:                                            # the currency as a word, any case:
    eur(?:o|os|as|ai|ų|ui|ą|u|ais|us|ams|uose)?   # euro, eurai, eurų, eurus
  | lit(?:as|ai|ų|ui|ą|u|ais|us|ams|uose)       # litai, litų, litus
)(?!\w)
"""

_FUND = r"""
(?:ERDF|ERPF|ESF|EAFRD|EŽŪFKP|EJRŽF|EMFF)(?!\w)   # a fund in the currency's place: 103 864,14 ERDF
"""

_MONEY_RE = compiled(
    rf"""
    (?:
        (?P<pcur>{_CUR_BEFORE})                 # currency first ...
        {_GAP}?                                 # ... maybe one space ...
        (?P<pnum>{_FIGURE})                     # ... then the figure ...
        (?:                                     # ... and maybe a scale word:
            (?:{_GAP}{{1,3}}(?={_SCALE})|(?={_SUFFIX}))   # ... apart (EUR 2.5 million) or glued (€2.7M)
            (?P<pscale>{_SCALE}|{_SUFFIX})
        )?
        (?!{_GAP}*(?:m\.|m(?!\w)|met|[-–—/]{_GAP}*\d))   # but EUR 2017 m. / EUR 2014-2020 are years
        (?:{_GAP}{{1,3}}(?P<pcur2>{_CUR_AFTER}))?   # ... and maybe the currency again: € 12 345.67 Eur
      |
        (?P<lcur>{_CUR_LABEL})                  # currency at the end of a label ...
        \)?:?                                   # ... "(Eur)", "Eur:" ...
        (?:{_GAP}*\|)?                          # ... the bar of a "label | value" line ...
        (?:{_GAP}{{1,3}}|{_BREAK})              # ... then a space, or the value's own line ...
        (?!(?:19|20)[0-9]{{2}}(?![0-9.,'’]|{_SPACE}[0-9]))   # ... not a year ("Suma, Eur | 2019 | 2020") ...
        (?P<lnum>{_FIGURE})                     # ... but the figure,
        (?!{_GAP}*(?:{_SCALE}|{_CUR_AFTER}|%|(?i:proc)|m\.|m(?!\w)|met|[-–—/]{_GAP}*\d))   # with no unit of its own, no year
      |
        (?P<snum>{_FIGURE})                     # figure first ...
        (?:
            (?:{_GAP}{{1,3}}(?={_SCALE})|(?={_SUFFIX}))   # ... maybe a scale word, apart or glued ...
            (?P<sscale>{_SCALE}|{_SUFFIX})      # ... 2,5 mln., 72m ...
            (?:{_GAP}{{1,3}}(?P<srest>{_FIGURE}(?:{_GAP}{{1,3}}{_SCALE})?))?   # ... maybe more: 145 tūkst. 210
        )?
        (?:{_GAP}{{0,3}}|{_BREAK})              # ... spaces, or the currency on the next line ...
        (?:
            (?P<scur>{_CUR_AFTER})              # ... then the currency word or sign ...
            (?:{_GAP}{{1,3}}(?P<cents>[0-9]{{1,2}})(?![0-9]){_GAP}{{0,2}}{_CENTS})?   # ... and cents apart
          | (?P<fund>{_FUND})                   # ... or the fund in its place
        )
      |
        (?P<wnum>{_FIGURE})                     # a figure with no currency of its own ...
        {_GAP}{{0,3}}\({_GAP}*                  # ... then, in brackets, ...
        (?={_NUMBER_WORD})                      # ... the same sum in words: "(penki tūkstančiai …"
        (?P<words>(?:[^\W\d_]++[\x20\u00a0,–-]*+){{1,16}}?)   # ... up to sixteen words ...
        (?:
            (?P<wcur>{_CUR_WORD})               # ... ending with the currency word: "… eurų"
            [^()\n]{{0,40}}?\)                  # ... maybe cents ("eurai, 29 ct."), then the bracket
          | \){_GAP}{{0,3}}(?P<wcur2>{_CUR_AFTER})   # ... or the currency after the bracket: "(…) eurų"
        )
    )
    """,
    re.VERBOSE,
)

_ALT_OPEN_RE = compiled(
    rf"""
    \.?                                         # abbreviation dot of the first currency: Lt.
    {_GAP}*                                     # spaces
    (?P<open>[(\[/])                            # bracket or slash before the other currency
    {_GAP}*                                     # spaces
    """,
    re.VERBOSE,
)

_ALT_CLOSE_RE = compiled(
    rf"""
    \.?                                         # abbreviation dot: (2.393.287,50 Eur.)
    {_GAP}*                                     # spaces
    [)\]]                                       # the closing bracket belongs to the quote
    """,
    re.VERBOSE,
)

_PERCENT_RE = compiled(
    rf"""
    (?P<num>{_STRICT_FIGURE})                   # the figure
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
# above (tests/test_numbers.py checks this on generated text). Figures and gaps are bounded and
# the runs are possessive, so a long run of figures with no currency after it costs linear time.

_MONEY_SCOUT_RE = compiled(
    r"""
    [0-9€ELe]                                   # a figure or a currency written first starts here
    (?:
        (?<=[0-9])(?<![\w.,/+'’][0-9])          # figure first, as _FIGURE starts one:
        [0-9.,'’\x20\t\u00a0\u202f\u2009\r\n]{0,60}+   # rest of the figure and spaces
        (?:[lIO][0-9.,'’\x20\t\u00a0\u202f\u2009\r\n]{1,60}+){0,3}   # letters typed for digits: 4l2 600
        (?:[^\W\d_]{1,15}+\.?[\x20\t\u00a0\u202f\u2009]{1,3}+[0-9][0-9.,'’\x20\t\u00a0\u202f\u2009]{0,40}+)?   # scale word, more figure
        (?:(?i:m)(?=(?i:eur))|[^\W\d_]{1,15}+\.?[\x20\t\u00a0\u202f\u2009\r\n]{0,6}+)?   # a scale word (MEUR), spaces
        (?:€|(?i:eur|lit)|Lt|LTL|E[RSAŽJM]|\()   # then how every currency word or fund begins, or a bracket
      | (?<=€)                                  # euro sign first
      | (?<=E)UR                                # EUR first
      | (?<=L)TL                                # LTL first
      | (?:(?<=[,(][EeL])|(?<=[,(][\x20\t\u00a0\u202f\u2009][EeL]))(?:ur|UR|t|TL)   # a label's: "suma, Eur"
    )
    """,
    re.VERBOSE,
)

_MONEY_DIGIT_SCOUT_RE = compiled(
    r"""
    [0-9](?<![\w.,/+'’][0-9])                   # a figure starts here, as _FIGURE starts one:
    [0-9.,'’\x20\t\u00a0\u202f\u2009\r\n]{0,60}+   # rest of the figure and spaces
    (?:[lIO][0-9.,'’\x20\t\u00a0\u202f\u2009\r\n]{1,60}+){0,3}   # letters typed for digits: 4l2 600
    (?:[^\W\d_]{1,15}+\.?[\x20\t\u00a0\u202f\u2009]{1,3}+[0-9][0-9.,'’\x20\t\u00a0\u202f\u2009]{0,40}+)?   # scale word, more figure
    (?:(?i:m)(?=(?i:eur))|[^\W\d_]{1,15}+\.?[\x20\t\u00a0\u202f\u2009\r\n]{0,6}+)?   # a scale word (MEUR), spaces
    (?:€|(?i:eur|lit)|Lt|LTL|E[RSAŽJM]|\()       # then how every currency word or fund begins, or a bracket
    """,
    re.VERBOSE,
)
"""The figure-first branch of ``_MONEY_SCOUT_RE`` alone, for a text whose currency words are
known (``scan_amounts`` with ``currency_starts``): the engine skips to the digits only."""

_PERCENT_SCOUT_RE = compiled(
    r"""
    [0-9](?<![\w.,/+][0-9])                     # a figure starts here, as _STRICT_FIGURE starts one
    [0-9.,\x20\t\u00a0\u202f\u2009]{0,40}+         # rest of the figure (<= 29), spaces (<= 3)
    (?:%|(?i:proc|per))                         # then how every percent word begins
    """,
    re.VERBOSE,
)

_FIGURE_FULL_RE = compiled(
    r"""
    (?:
        (?P<sp>[0-9]{1,3}(?:[\x20\u00a0\u202f\u2009][0-9]{3})+)(?:[.,](?P<spf>[0-9]+))?  # 191 920,84
      | (?P<dot>[0-9]{1,3}(?:\.[0-9]{3})+)(?:,(?P<dotf>[0-9]+))?   # 1.831.204,00
      | (?P<com>[0-9]{1,3}(?:,[0-9]{3})+)(?:\.(?P<comf>[0-9]+))?   # 264,145.00
      | (?P<apo>[0-9]{1,3}(?:['’][0-9]{3})+)(?:[.,](?P<apof>[0-9]+))?   # 1'236'480 (Swiss style)
      | (?P<pl>[0-9]+)(?:[.,](?P<plf>[0-9]+))?                    # 48000, 2,5
    )
    """,
    re.VERBOSE,
)

_DECIMAL_SPACE_RE = compiled(
    r"""
    (?P<int>.*[0-9])                            # the figure up to its units ...
    (?:,[\x20\t\u00a0\u202f\u2009]|[\x20\t\u00a0\u202f\u2009],)   # ... a space beside the decimal comma ...
    (?P<cents>[0-9]{2})                         # ... and the cents: 47 959, 02 / 163 102 ,50
    """,
    re.VERBOSE,
)

_SPACED_RE = compiled(
    r"""
    (?P<int>[0-9]+(?:[\x20\u00a0\u202f\u2009][0-9]+)+)   # digits split by spaces only ...
    (?:,(?P<frac>[0-9]{1,2}))?                  # ... and maybe cents after a comma
    """,
    re.VERBOSE,
)

_BREAK_RE = compiled(
    r"""
    [\x20\t\u00a0\u202f\u2009]*\r?\n[\x20\t\u00a0\u202f\u2009]*   # a line break with its spaces
    """,
    re.VERBOSE,
)

_OCR_DIGITS = str.maketrans("lIO", "110")
"""Letters OCR and hurried typing put for digits inside a figure."""

_LETTER_RE = compiled(
    r"""
    [^\W\d_]                                    # a letter
    """,
    re.VERBOSE,
)

_DROP_SEPARATORS = str.maketrans("", "", " .,'’\u00a0\u202f\u2009")
"""Deletes every thousands separator from a grouped figure."""

_EN_TO_LT = str.maketrans({",": " ", ".": ","})
"""Turns ``1,831,204.00`` into ``1 831 204,00``."""

_SIGNS = {"-": "-", "−": "-", "+": ""}
"""Leading signs parse_number accepts (hyphen-minus, minus sign, plus)."""

WRAPPED_LINE = 50
"""A line at least this long belongs to a paragraph; a figure across its end is one figure."""


# --- helpers -----------------------------------------------------------------------------

_Figure = tuple[str, int, str | None]
"""A figure read: decimal string for float(), thousands groups, fraction as written."""


def _read_figure(fig: str, single_sep_decimal: bool) -> _Figure | None:
    """Split a well-formed figure into (decimal string for float(), thousands groups, fraction).

    Returns None when the figure is not a well-formed number. ``single_sep_decimal`` makes a
    lone ``.``/``,`` before three digits a decimal mark (scale words, percentages), because
    ``1,250 mln.`` means 1.25 million, not 1 250 million.
    """
    m = _FIGURE_FULL_RE.fullmatch(fig)
    if m is None:
        return None
    sp, spf, dot, dotf, com, comf, apo, apof, pl, plf = m.groups()  # (one call for all ten)
    grouped = sp or dot or com or apo
    if grouped is None:
        return pl + ("." + plf if plf else ""), 0, plf
    frac = spf or dotf or comf or apof
    groups = (len(grouped) - 1) // 4  # leading group is 1-3 digits, each further one 4 chars
    lead = grouped[: len(grouped) - 4 * groups]
    lone_dot_or_comma = groups == 1 and frac is None and (dot or com) is not None
    if lone_dot_or_comma and (single_sep_decimal or lead == "0"):
        return f"{lead}.{grouped[-3:]}", 0, grouped[-3:]
    if lead.startswith("0"):
        return None  # 0 125 or 012.345: not a figure anyone writes
    digits = grouped.translate(_DROP_SEPARATORS)
    return digits + ("." + frac if frac else ""), groups, frac


def _regroup(fig: str) -> _Figure | None:
    """A figure whose spaces are misplaced, read with its digits together when that is plain.

    Plain means one group is off, and by one digit only: four digits where three belong
    (``16 1122,50`` is 161 122,50; ``3000 000`` is 3 000 000; ``1 0000`` is 10 000). Two odd
    groups, or a short one (``12 34``), could be two figures or a lost decimal comma: None.
    """
    m = _SPACED_RE.fullmatch(fig)
    if m is None:
        return None
    groups = m["int"].split()
    odd = [i for i, g in enumerate(groups) if not (len(g) == 3 or (i == 0 and len(g) < 3))]
    if len(odd) != 1 or len(groups[odd[0]]) != 4 or groups[0].startswith("0"):
        return None
    digits = "".join(groups)
    return digits + ("." + m["frac"] if m["frac"] else ""), len(groups) - 1, m["frac"]


def _read_malformed(fig: str, single_sep_decimal: bool) -> tuple[_Figure | None, str]:
    """Read a figure that is not well formed: (the reading or None, what is wrong with it)."""
    repair = "misplaced-space"
    if _LETTER_RE.search(fig):
        fig, repair = fig.translate(_OCR_DIGITS), "letter-for-digit"
    if (m := _DECIMAL_SPACE_RE.fullmatch(fig)) is not None:
        repair = "space-beside-decimal-comma" if repair == "misplaced-space" else repair
        if sum(c.isdigit() for c in m["int"]) < 3:
            return None, repair  # "5, 10 Eur": a list as likely as a sum with cents
        fig = f"{m['int']},{m['cents']}"
    read = _read_figure(fig, single_sep_decimal)
    if read is None:
        read = _regroup(fig)
    return read, repair


def _wrapped(text: str, fig_start: int, fig: str) -> bool:
    """True when a figure broken across a line stands in a wrapped paragraph.

    Words stand before it on its line ("… lėšos – 178⏎245,30 Eur"), and one of the two lines
    is as long as a paragraph's lines are. A line that is only a number (a value in a
    flattened card) or a short label line ("Trukmė 24") does not continue on the next line.
    """
    line_start = text.rfind("\n", 0, fig_start) + 1
    if not _LETTER_RE.search(text, line_start, fig_start):
        return False
    cut = fig_start + fig.index("\n")
    next_end = text.find("\n", cut + 1)
    next_end = len(text) if next_end < 0 else next_end
    return max(cut - line_start, next_end - cut - 1) >= WRAPPED_LINE


def _scale_of(word: str) -> float:
    """Multiplier a scale word stands for (mlrd./milijardų 1e9, mln./milijonų 1e6, else 1e3)."""
    w = word.lower()
    if w.startswith(("mlrd", "milijard", "billion")) or w == "bn":
        return 1e9
    if w.startswith(("mln", "ml", "milijon", "million")) or w in ("m", "mn"):  # MEUR, €2.7M
        return 1e6
    return 1e3


def _scaled(number: str, scale: float) -> float:
    """An exact decimal shift, so 1,2 mln. is 1200000.0 and not 1199999.9999999998."""
    return float(f"{number}e{round(math.log10(scale))}")


_WORD_VALUES: tuple[tuple[str, int], ...] = (
    # (how a Lithuanian number word begins, its value), longest stems first: "dvidešimt" must
    # be tried before "dv", "šešiolika" before "šeš". Any case ending follows the stem.
    ("devyniolik", 19), ("aštuoniolik", 18), ("septyniolik", 17), ("šešiolik", 16),
    ("penkiolik", 15), ("keturiolik", 14), ("trylik", 13), ("dvylik", 12), ("vienuolik", 11),
    ("devyniasdešimt", 90), ("aštuoniasdešimt", 80), ("septyniasdešimt", 70),
    ("šešiasdešimt", 60), ("penkiasdešimt", 50), ("keturiasdešimt", 40), ("trisdešimt", 30),
    ("dvidešimt", 20), ("dešimt", 10), ("devyn", 9), ("aštuon", 8), ("septyn", 7), ("šeš", 6),
    ("penk", 5), ("ketur", 4), ("tr", 3), ("dv", 2), ("vien", 1), ("nul", 0),
)  # fmt: skip
_WORD_SCALES: tuple[tuple[str, int], ...] = (
    ("milijon", 1_000_000), ("tūkstan", 1000), ("tukstan", 1000), ("šimt", 100),
)  # fmt: skip
_WORD_SPLIT_RE = compiled(
    r"""
    [^\W\d_]+                   # one word: number words are letters only
    """,
    re.VERBOSE,
)


def words_value(words: str) -> int | None:
    """The whole number Lithuanian number words state, or None when a word is no number word.

    Sums in contracts and the news of their signing are written twice, the figure and then
    the words in brackets ("95 599,67 (devyniasdešimt penki tūkstančiai penki šimtai
    devyniasdešimt devyni eurai, 67 ct.)"); reading the words lets the figure be checked
    against them. ``ir`` ("and") is allowed between words.

    >>> words_value("dvidešimt trys tūkstančiai šimtas penki")
    23105
    >>> words_value("du milijonai trys šimtai tūkstančių")
    2300000
    """
    total = group = 0
    seen = False
    for match in _WORD_SPLIT_RE.finditer(words.lower()):
        word = match.group()
        if word == "ir":
            continue
        if word == "du":
            group, seen = group + 2, True
            continue
        scale = next((value for stem, value in _WORD_SCALES if word.startswith(stem)), None)
        if scale is not None:
            if scale == 100:
                group = max(group, 1) * 100
            else:
                total, group = total + max(group, 1) * scale, 0
            seen = True
            continue
        value = next((value for stem, value in _WORD_VALUES if word.startswith(stem)), None)
        if value is None:
            return None
        group, seen = group + value, True
    return total + group if seen else None


def _currency_of(word: str) -> str:
    """ISO code of a currency word or sign as matched by the money pattern."""
    return "EUR" if word == "€" or word[:3].lower() == "eur" else "LTL"


_SCALE_RE = compiled(_SCALE, re.VERBOSE)


class _Reading(NamedTuple):
    """One match of _MONEY_RE read: what a Money needs besides its offsets. (A named tuple:
    made for every sum, and three times cheaper to make than a frozen dataclass.)"""

    amount: float
    currency: str
    number_text: str
    scale: float
    scale_word: str | None
    scale_conflict: bool
    repair: str | None
    fund: str | None


def _compound(first: _Figure, scale_word: str, rest: str) -> float | None:
    """``145 tūkst. 210``, ``1 mln. 250 tūkst.``: the sum, or None when the parts do not fit.

    The first part is a whole number of its scale; each later part is below the scale before it.
    """
    number, _groups, frac = first
    scale = _scale_of(scale_word)
    words = list(_SCALE_RE.finditer(rest))
    rest_fig = rest[: words[0].start()].rstrip() if words else rest
    rest_read = _read_figure(rest_fig, single_sep_decimal=bool(words))
    if frac is not None or rest_read is None:
        return None
    rest_scale = _scale_of(words[0][0]) if words else 1.0
    rest_value = _scaled(rest_read[0], rest_scale) if words else float(rest_read[0])
    if rest_scale >= scale or rest_value >= scale:
        return None
    return _scaled(number, scale) + rest_value


_BRANCHES: tuple[tuple[str, int | None, int], ...] = (
    ("pnum", 4, 6),
    ("lnum", None, 7),
    ("snum", 5, 8),
    ("wnum", None, 9),
)
"""Each branch of _MONEY_RE: its figure group, and where its scale word and its currency stand
in the groups :data:`_READ_GROUPS` fetches (its figure stands at the branch's own number)."""
_READ_GROUPS = (
    "pnum", "lnum", "snum", "wnum", "pscale", "sscale", "pcur", "lcur", "scur", "wcur",
    "wcur2", "fund", "srest", "cents", "words",
)  # fmt: skip
"""The groups of _MONEY_RE a reading needs, fetched in one call."""


def _read_money(text: str, m: re.Match[str]) -> _Reading | Unread | int | None:
    """Read one match of _MONEY_RE.

    None when it is no sum (a fund after a bare number), an :class:`Unread` for a malformed
    figure with no plain reading, or an offset to read on from when the figure's line does not
    continue on the next one.
    """
    got = m.group(*_READ_GROUPS)
    at = 0  # the branch that matched: the one whose figure group is set
    while got[at] is None:
        at += 1
    num, scale_at, cur_at = _BRANCHES[at]
    number_text = fig = got[at]
    fig_start = m.start(num)
    scale_word = None if scale_at is None else got[scale_at]
    cur = got[cur_at] or got[10] or "€"
    fund, srest, cents, words = got[11:]
    repair: str | None = None
    if "\n" in fig:
        joined = _BREAK_RE.sub(" ", fig)
        if fig.count("\n") > 1 or not _wrapped(text, fig_start, fig):
            return fig_start + fig.index("\n") + 1  # the figure starts on the next line
        if _read_figure(joined, scale_word is not None) is None:
            return fig_start + fig.index("\n") + 1  # two figures, one a line's last word
        fig = joined
        repair = "line-break"
    single = scale_word is not None
    read = _read_figure(fig, single)
    if read is None:
        read, repair = _read_malformed(fig, single)
        if read is None:
            return Unread(m.start(), m.end(), m[0], repair)
    number, groups, frac = read
    if fund is not None and groups == 0 and (frac is None or len(frac) != 2):
        return None  # "2020 ERDF": a fund after a bare number is no sum
    scale = 1.0 if scale_word is None else _scale_of(scale_word)
    # A figure written out to the unit (two or more thousands groups, or groups and cents)
    # cannot sensibly be multiplied again: 1.831.204,00 mln. eurų.
    conflict = scale_word is not None and (
        groups >= 2 or (groups >= 1 and frac is not None and len(frac) == 2)
    )
    if srest is not None:
        value = _compound(read, scale_word or "", srest)
        if value is None:
            return Unread(m.start(), m.end(), m[0], "compound-parts-disagree")
        amount, conflict = value, False
        number_text = text[fig_start : m.end("srest")]
    elif scale_word is None or conflict:
        amount = float(number)
    else:
        amount = _scaled(number, scale)
    if cents is not None and frac is None and scale_word is None:
        amount = float(f"{number}.{int(cents):02d}")
    if not math.isfinite(amount):
        return None
    if words is not None and words_value(words) != int(amount):
        return Unread(m.start(), m.end(), m[0], "words-disagree")
    currency = "EUR" if fund is not None else _currency_of(cur)
    return _Reading(amount, currency, number_text, scale, scale_word, conflict, repair, fund)


_ALT_FIRST = frozenset(".([/\x20\t\u00a0\u202f\u2009")
"""What _ALT_OPEN_RE can begin with: a dot, a space (``_GAP``), a bracket or a slash."""


def _money(
    amount: float,
    currency: str,
    start: int,
    end: int,
    text: str,
    number_text: str,
    scale: float,
    scale_word: str | None,
    scale_conflict: bool,
    alt: Money | None,
    repair: str | None,
    fund: str | None,
) -> Money:
    """``Money(...)`` without the frozen dataclass's ``__init__`` (which sets each of its twelve
    fields through ``object.__setattr__``): the same fields in the same order, faster."""
    return frozen(
        Money,
        amount=amount, currency=currency, start=start, end=end, text=text,
        number_text=number_text, scale=scale, scale_word=scale_word,
        scale_conflict=scale_conflict, alt=alt, repair=repair, fund=fund,
    )  # fmt: skip


def _alt_after(text: str, pos: int, currency: str) -> tuple[Money, int] | None:
    """The same sum in the other currency right after ``pos``, and where the quote ends.

    ``8.263.543,00 Lt (2.393.287,50 Eur)`` is one statement of one sum, so it becomes one
    Money whose quote spans both figures; otherwise a budget line would be counted twice.
    """
    if text[pos : pos + 1] not in _ALT_FIRST:
        return None  # (most sums: the pattern cannot match, and a slice is cheaper)
    opener = _ALT_OPEN_RE.match(text, pos)
    if opener is None:
        return None
    m = _MONEY_RE.match(text, opener.end())
    if m is None:
        return None
    r = _read_money(text, m)
    if not isinstance(r, _Reading) or r.currency == currency or r.fund is not None:
        return None
    alt = _money(
        r.amount, r.currency, m.start(), m.end(), m[0], r.number_text, r.scale, r.scale_word,
        r.scale_conflict, None, r.repair, None,
    )  # fmt: skip
    end = m.end()
    if opener["open"] != "/" and (closer := _ALT_CLOSE_RE.match(text, end)) is not None:
        end = closer.end()
    return alt, end


def _money_at(text: str, m: re.Match[str]) -> Money | Unread | int | None:
    """The Money a match of _MONEY_RE in ``text`` states, with its other-currency twin."""
    r = _read_money(text, m)
    if not isinstance(r, _Reading):
        return r
    start, end = m.span()
    alt = None
    if r.fund is None and (found := _alt_after(text, end, r.currency)) is not None:
        alt, end = found
    return _money(
        r.amount, r.currency, start, end, text[start:end], r.number_text, r.scale, r.scale_word,
        r.scale_conflict, alt, r.repair, r.fund,
    )  # fmt: skip


CURRENCY_WORDS: tuple[str, ...] = ("€", "eur", "lt")
"""How every currency written first or after a label begins, lower case (``_CUR_BEFORE``,
``_CUR_LABEL``: ``€``, ``EUR``, ``LTL``, ``Eur``, ``Lt``): the Document scans for them."""


_CURRENCY_FIRST_RE = compiled(
    r"""
    €                                           # the euro sign,
  | EUR | LTL                                   # an ISO code,
  | (?<=[,(])                                   # or right after a label's comma or bracket,
  | (?<=[,(][\x20\t\u00a0\u202f\u2009])         # or after it and one space
    """,
    re.VERBOSE,
)
"""Matches at a currency word's place (``pos``) where a sum may start with its currency (``€ 12``,
``EUR 12``, ``LTL 12``) or with the currency ending a label (``suma, Eur 512``): one call
a place (the Document finds some ten currency words a page, most of them "lt" in a word)."""


def _scan(
    text: str,
    currency_starts: Sequence[int] | None = None,
    digit_runs: Sequence[tuple[int, int]] | None = None,
) -> list[Money | Unread]:
    """The sums of money (and the unreadable figures) in ``text``, left to right.

    _MONEY_RE is tried where a sum may start: where the scout matches. Given where the
    currency words of :data:`CURRENCY_WORDS` stand (``currency_starts``, any case), the sums
    that start with their currency are looked for there only, and the scout looks for figures
    only: the engine then skips to the digits instead of stopping at every ``e`` of the page.
    Given also where the runs of digits start and end (``digit_runs``: the Document's), the
    figures' scout is tried at the runs' starts instead of searched for: it matches only at
    a digit 0-9 with no word character (so no digit) before it, which begins a run.
    The same places where a sum matches either way. (One loop, no generator or closure: it
    runs for every page.)
    """
    end = len(text)
    runs = digit_runs if currency_starts is not None else None
    scout = _MONEY_DIGIT_SCOUT_RE.match
    r, r_count = 0, len(runs) if runs is not None else 0  # the next of runs to try
    if currency_starts is None:
        search = _MONEY_SCOUT_RE.search
        firsts: list[int] = []
    else:
        search = _MONEY_DIGIT_SCOUT_RE.search
        first = _CURRENCY_FIRST_RE.match
        firsts = [p for p in currency_starts if first(text, p) is not None]
    count = len(firsts)
    i = 0  # the next of firsts to look at
    figure = -1  # the first place at or after pos where the scout matches (-1: look again)
    pos = 0
    match = _MONEY_RE.match
    out: list[Money | Unread] = []
    while True:
        while i < count and firsts[i] < pos:
            i += 1
        if figure < pos:
            if runs is None:
                hit = search(text, pos)
                figure = end if hit is None else hit.start()
            else:  # the first run at or after pos where the scout matches
                while r < r_count and (runs[r][0] < pos or scout(text, runs[r][0]) is None):
                    r += 1
                figure = runs[r][0] if r < r_count else end
        start = firsts[i] if i < count and firsts[i] < figure else figure
        if start >= end:
            return out
        m = match(text, start)
        if m is None:
            pos = start + 1
            continue
        found = _money_at(text, m)
        if isinstance(found, int):
            pos = found  # read on from the line the figure continues on
            continue
        if found is None:
            pos = m.end()
            continue
        out.append(found)
        pos = found.end


# --- public API --------------------------------------------------------------------------


def parse_number(s: str) -> float | None:
    """Read one figure written the Lithuanian or the English way; None if ``s`` is not one.

    The whole string (bar surrounding whitespace and a leading sign) must be the figure, so
    dates, codes and phone numbers give None instead of a wrong number. Only well-formed
    figures are read (``12 34`` is None).

    >>> parse_number("1.831.204,00"), parse_number("191\u00a0920,84"), parse_number("264,145.00")
    (1831204.0, 191920.84, 264145.0)
    >>> parse_number("2,5"), parse_number("264,145"), parse_number("48000"), parse_number("1'236'480")
    (2.5, 264145.0, 48000.0, 1236480.0)
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
    return next((item for item in _scan(s) if isinstance(item, Money)), None)


def scan_amounts(
    text: str,
    currency_starts: Sequence[int] | None = None,
    digit_runs: Sequence[tuple[int, int]] | None = None,
) -> tuple[list[Money], list[Unread]]:
    """The sums of money in ``text`` and the figures beside a currency that cannot be read.

    ``currency_starts``: where the words of :data:`CURRENCY_WORDS` start in ``text``, any
    case, in order (the Document's keyword scan gives them); ``digit_runs``: where the runs
    of digits (``\\d``) start and end, in order (``Document.digit_runs``; read only with
    ``currency_starts``); the same sums either way.

    >>> found, unread = scan_amounts("Vertė – 12 34 Eur, ES lėšos – 16 1122,50 Eur.")
    >>> [(m.amount, m.repair) for m in found], [(u.text, u.reason) for u in unread]
    ([(161122.5, 'misplaced-space')], [('12 34 Eur', 'misplaced-space')])
    """
    found: list[Money] = []
    unread: list[Unread] = []
    for item in _scan(text, currency_starts, digit_runs):
        if isinstance(item, Money):
            found.append(item)
        else:
            unread.append(item)
    return found, unread


def find_amounts(text: str) -> list[Money]:
    """Every sum of money in ``text``, in order and non-overlapping.

    Only figures with a currency word or sign next to them count, so street numbers, post
    codes, phones, measure codes, years and counts are left alone. A sum given in both
    currencies is one Money with ``alt`` set. A figure is read whole or not at all.

    >>> [(m.amount, m.currency, m.alt.amount) for m in find_amounts(
    ...     "Vertė 8.263.543,00 Lt (2.393.287,50 Eur)")]
    [(8263543.0, 'LTL', 2393287.5)]
    >>> [m.text for m in find_amounts("191 920,84 Eur ir EUR 1,234.56; Tarybų g. 23A, LT-01100")]
    ['191 920,84 Eur', 'EUR 1,234.56']
    >>> [m.amount for m in find_amounts("145 tūkst. 210 Eur, 64 682 Eur 67 ct., 3000 000 Eur")]
    [145210.0, 64682.67, 3000000.0]
    """
    return [item for item in _scan(text) if isinstance(item, Money)]


_PART_RE = compiled(
    rf"""
    (?P<num>{_FIGURE})                          # a figure with no currency of its own ...
    (?:{_GAP}{{1,3}}(?P<scale>{_SCALE}))?       # ... maybe with its scale word: 1,2 mln.
    (?=                                         # ... where its clause ends:
        {_GAP}*(?:[,;)]|\.(?![0-9])|\r?\n|$)    # a comma, semicolon, bracket, full stop, line end
      | (?<=\.)(?:{_GAP}|$)                     # or after the scale word's own dot: "25 tūkst. "
      | {_GAP}+(?:ir|o)(?!\w)                   # or "ir", "o": the next part follows
      | {_GAP}*\([0-9.,\x20\u00a0]+(?:%|{_GAP}?(?i:proc))   # or its share in brackets: "(85 proc.)"
      | {_GAP}*[–—-]{_GAP}                      # or a dash and the part's words: "459 000 – ERPF lėšos"
    )
    """,
    re.VERBOSE,
)
"""A part of a sum written without its currency, as far as its clause ends (the budget
reader gives it the currency of the sum it is part of)."""


def part_in_currency(text: str, pos: int, currency: str) -> Money | None:
    """The figure at ``pos``, read as a sum in ``currency``, when it ends its clause and is
    written so that it cannot be a count, a year or a code: grouped in thousands, with cents,
    or with a scale word. None otherwise.

    For the budget reader only, which calls it for a part of a sum its sentence breaks down
    ("Projekto vertė – 200 000 Eur, iš jų ES lėšos – 170 000."): the part's currency is the
    sum's. The quote is the figure as written.

    >>> m = part_in_currency("ES lėšos – 170 000.", 11, "EUR")
    >>> m.amount, m.currency, m.text
    (170000.0, 'EUR', '170 000')
    >>> part_in_currency("iš jų 1,2 mln. – ES lėšos", 6, "EUR").amount
    1200000.0
    >>> [part_in_currency(t, 0, "EUR") for t in ("2020 m.", "12 vaikų", "85,5 %", "1500.")]
    [None, None, None, None]
    """
    m = _PART_RE.match(text, pos)
    if m is None or "\n" in m["num"]:
        return None
    scale_word = m["scale"]
    read = _read_figure(m["num"], scale_word is not None)
    if read is None:
        return None
    number, groups, frac = read
    if scale_word is None and groups == 0 and (frac is None or len(frac) != 2):
        return None  # "1500", "2020", "12": no mark of a sum
    if scale_word is not None and groups >= 1:
        return None  # "1.831.204,00 mln.": no plain reading without its currency
    scale = 1.0 if scale_word is None else _scale_of(scale_word)
    amount = float(number) if scale_word is None else _scaled(number, scale)
    if not math.isfinite(amount) or amount <= 0:
        return None
    start, end = m.span()
    return _money(
        amount, currency, start, end, text[start:end], m["num"], scale, scale_word, False,
        None, None, None,
    )  # fmt: skip


PERCENT_UNITS: tuple[str, ...] = ("%", "proc", "per")
"""How every percent sign or word begins, lower case (``_PERCENT_SCOUT_RE``): the Document
scans for them."""

_PERCENT_REACH = 41
"""The most characters from a percentage's first digit to its unit (``_PERCENT_SCOUT_RE``)."""

_FIGURE_CHARS = frozenset("0123456789.,\x20\t\u00a0\u202f\u2009")
"""What stands between a percentage's first digit and its unit (``_PERCENT_SCOUT_RE``)."""


def _percent_starts(text: str, unit_starts: Sequence[int] | None) -> Iterator[int]:
    """Where the percent scout matches, in order: every digit that may start a percentage.

    Given where the percent signs and words start (``unit_starts``, any case), only the
    digits in the run of figure characters right before each are tried; else the scout
    searches the whole text.
    """
    if unit_starts is None:
        pos = 0
        while (hit := _PERCENT_SCOUT_RE.search(text, pos)) is not None:
            yield hit.start()
            pos = hit.start() + 1
        return
    starts: set[int] = set()
    for unit in unit_starts:
        pos = unit
        while pos > unit - _PERCENT_REACH and pos > 0 and text[pos - 1] in _FIGURE_CHARS:
            pos -= 1
        starts.update(
            p
            for p in range(pos, unit)
            if "0" <= text[p] <= "9" and _PERCENT_SCOUT_RE.match(text, p)
        )
    yield from sorted(starts)


def find_percentages(text: str, unit_starts: Sequence[int] | None = None) -> list[Percent]:
    """Every percentage in ``text``: ``85%``, ``15 %``, ``85 proc.``, ``85,5 %``.

    A lone ``,``/``.`` is always a decimal mark here (``12,345 %`` is 12.345 %).
    ``unit_starts``: where the words of :data:`PERCENT_UNITS` start in ``text``, any case
    (the Document's keyword scan gives them); the same percentages either way.

    >>> [(p.value, p.text) for p in find_percentages("dalis 85% ir 15,5 proc. lėšų")]
    [(85.0, '85%'), (15.5, '15,5 proc.')]
    """
    out: list[Percent] = []
    for m in matches_at(_PERCENT_RE, text, _percent_starts(text, unit_starts)):
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
