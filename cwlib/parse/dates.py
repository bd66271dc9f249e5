"""Dates, date ranges and durations in Lithuanian (and English) prose about EU projects.

Why hand-written regexes and not ``dateparser``: the tables need (1) exact character spans,
so every value can be quoted from its source, (2) the precision the text states (a year, a
month, a day, or a day whose year is not given) instead of a full date with the missing parts
silently filled in from today's date, and (3) thousands of texts a second. A generic parser
gives none of the three, and it also reads project numbers, money and phone numbers as dates.

How it works: one master regex (``_date_re()``) finds every candidate date in one pass; a
builder per form turns a match into one or two ``DateMention`` objects and rejects impossible
dates (``2021-02-30``); a last pass drops numeric dates glued by a hyphen into a longer code
(``2012-05-02-32``) unless the neighbour is itself a date (``2016.03.01-2018.02.28``). Ranges
are pairs of neighbouring mentions joined by a dash, ``iki``, ``to`` and the like. Month names
come from ``cwlib.lexicon.months``. Only the standard library and the lexicon are imported, so
importing is cheap.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from cwlib.lexicon import load as lexicon
from cwlib.lexicon.months import (
    HALF_YEAR_WORDS_LT,
    MONTH_FORMS_LT,
    MONTH_WORDS_LT,
    MONTHS_EN,
    ORDINALS_LT,
    QUARTER_WORDS_LT,
    SEASONS_LT,
)
from cwlib.parse.anchored import literal_starts, matches_at
from cwlib.parse.frozen import frozen
from cwlib.patterns import compiled

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterable, Iterator, Sequence

__all__ = [
    "CENTURIES",
    "DURATION_UNITS",
    "MONTH_NAMES",
    "DateMention",
    "DateRange",
    "Duration",
    "find_dates",
    "find_durations",
    "find_ranges",
    "months_between",
    "parse_date",
    "ranges_of",
    "read_dates",
]

YEAR_MIN, YEAR_MAX = 1990, 2040
"""Window for dates that are only a year (``2017 m.``, ``2014-2020``): outside it a
four-digit number next to ``m.`` is more likely metres or a count than a year of an EU
project. Dates with a month are read for any year 1900-2099 (the regex's ``(?:19|20)\\d\\d``)."""


@dataclass(frozen=True)
class DateMention:
    """A date as the text states it, with its span in the searched text.

    ``precision`` says what the text gives: ``day``, ``month``, ``year``, ``part_of_year``
    (a quarter, a half-year or a season: ``month`` is its first month, ``last_month`` its
    last), or ``no_year`` (a day and month whose year the text does not state; the year stays
    None, never guessed).

    >>> d = parse_date("2021 m. gruodžio mėn.")
    >>> d.precision, d.iso(), d.earliest(), d.latest()
    ('month', '2021-12', datetime.date(2021, 12, 1), datetime.date(2021, 12, 31))
    >>> q = parse_date("2019 m. II ketvirtis")
    >>> q.precision, q.iso(), q.iso(last=True), q.earliest(), q.latest()
    ('part_of_year', '2019-04', '2019-06', datetime.date(2019, 4, 1), datetime.date(2019, 6, 30))
    """

    year: int | None
    month: int | None
    day: int | None
    precision: str
    start: int
    end: int
    text: str
    last_month: int | None = None  # a part of a year's last month (its first is ``month``)

    def iso(self, last: bool = False) -> str:
        """ISO 8601 at the stated precision (reduced forms), as the tables store it.

        A part of a year has no ISO form: it is written as its first month, or its last with
        ``last`` (what an end needs: "until the 2nd quarter" runs to June).

        >>> [parse_date(s).iso() for s in ("2020 m. sausio 01 d.", "2020 m.", "Gruodžio 3 d.")]
        ['2020-01-01', '2020', '--12-03']
        """
        if self.precision == "no_year":
            return f"--{self.month:02d}-{self.day:02d}"
        if self.precision == "year":
            return f"{self.year:04d}"
        if self.precision == "part_of_year":
            return f"{self.year:04d}-{(self.last_month if last else self.month):02d}"
        if self.precision == "month":
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def earliest(self) -> date | None:
        """First day the mention can mean (None without a year: nothing to anchor it).

        >>> parse_date("2017 metais").earliest()
        datetime.date(2017, 1, 1)
        """
        if self.year is None:
            return None
        return date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> date | None:
        """Last day the mention can mean, so that "by 2020" covers all of 2020.

        >>> parse_date("2020-02").latest(), parse_date("2020 m.").latest()
        (datetime.date(2020, 2, 29), datetime.date(2020, 12, 31))
        """
        if self.year is None:
            return None
        month = self.last_month or self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return date(self.year, month, day)


@dataclass(frozen=True)
class DateRange:
    """Two dates the text joins into one period (``2016.03.01–2018.02.28``, ``nuo … iki …``).

    ``start_pos``/``end_pos`` span the whole phrase, a leading ``nuo``/``from`` included;
    ``text == searched_text[start_pos:end_pos]``. An end whose year the text leaves out
    (``2019 m. spalio 30 – lapkričio 2 d.``) takes the other end's year: that year is stated
    in the same phrase, not guessed.
    """

    start: DateMention
    end: DateMention
    start_pos: int
    end_pos: int
    text: str


@dataclass(frozen=True)
class Duration:
    """A stated length of time in whole months (``24 mėn.``; ``3 metams`` is 36)."""

    months: int
    start: int
    end: int
    text: str


# --------------------------------------------------------------------------------------------
# Regex building blocks
# --------------------------------------------------------------------------------------------


def _alternation(words: Iterable[str]) -> str:
    """Regex alternation of literal words, longest first so a longer form wins."""
    return lexicon.alternation(lexicon.longest_first(words))


def _cased_alternation(forms: Iterable[str]) -> str:
    """An alternation of month forms whose forms in capitals are tried only where two capitals
    stand (most dates are in lower case: the longer alternation costs only there)."""
    upper = [form for form in forms if form.isupper()]
    rest = [form for form in forms if not form.isupper()]
    return f"{_alternation(rest)}|(?=[A-ZĄČĘĖĮŠŲŪŽ]{{2}})(?:{_alternation(upper)})"


def _fill(pattern: str, **parts: str) -> str:
    """Put named building blocks into a pattern at ``{NAME}``; quantifiers like ``{1,2}``
    are left alone because only upper-case names are replaced."""
    return re.sub(r"\{([A-Z_]+)\}", lambda m: parts[m.group(1)], pattern)


def _with_capitals(forms: dict[str, int]) -> dict[str, int]:
    """The forms as the lexicon gives them (lower case and capitalised) and in capitals:
    headings and legal titles write a whole date so ("2019 M. RUGSĖJO 1 D.")."""
    return {**forms, **{form.upper(): n for form, n in forms.items()}}


_ROMAN_MONTHS = {
    numeral: n
    for n, numeral in enumerate(
        ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), start=1
    )
}

_LT_GENITIVE: dict[str, int] = _with_capitals(MONTH_FORMS_LT["genitive"])
_LT_AFTER_YEAR: dict[str, int] = _with_capitals(
    {
        # Cases that can follow a year: "2020 m. sausio", "2020 m. sausį", "2020 m. sausyje",
        # and in tables "2020 m. sausis". Dative and instrumental never do.
        **MONTH_FORMS_LT["nominative"],
        **MONTH_FORMS_LT["accusative"],
        **MONTH_FORMS_LT["locative"],
        **MONTH_FORMS_LT["genitive"],
    }
)
_EN_MONTHS: dict[str, int] = {
    # Capitalised English names and abbreviations only: lower-case "may" and "march" are verbs.
    name: n
    for name, n in MONTHS_EN.items()
    if name[0].isupper()
}

MONTH_NAMES: frozenset[str] = frozenset(
    name.lower() for name in (*_LT_AFTER_YEAR, *_LT_GENITIVE, *_EN_MONTHS)
)
"""Every month name a date can start with, lower case (the Document scans for them)."""

_PARTS = {
    "YEAR": r"(?:19|20)\d{2}(?!\d)",
    "DASH": "[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]",
    "LT_GEN": _cased_alternation(_LT_GENITIVE),
    "LT_MON": _cased_alternation(_LT_AFTER_YEAR),
    "EN_MON": _alternation(_EN_MONTHS),
    "MONTH_WORD": f"(?i:{_alternation(MONTH_WORDS_LT)})",  # "mėn." / "MĖN." (capitals)
    "INITIALS": re.escape("".join(sorted({w[0] for w in (*_LT_GENITIVE, *_EN_MONTHS)}))),
    "QUARTER": _alternation(QUARTER_WORDS_LT),
    "HALF": _alternation(HALF_YEAR_WORDS_LT),
    "ORDINAL": _alternation(ORDINALS_LT),
    "ORDINAL_HALF": _alternation(w for w, n in ORDINALS_LT.items() if n <= 2),
    "SEASON": _alternation(SEASONS_LT),
    "ROMAN_MONTH": "XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I",  # I…XII, longest first
    # after a year's capital "M.": no capitalised word, which makes the "M." a name's
    # initial ("2019 M. Liepa"); a month in capitals or in lower case may follow
    "NOT_A_NAME": "(?!\\s*[A-ZĄČĘĖĮŠŲŪŽ][a-ząčęėįšųūž])",
}

# What may follow the day number: "1 d.", "1d.", "1 dieną", "1-ąją", "31-osios".
_DAYMARK = r"""
    (?: \s?[dD](?:\.|(?!\w))                       # "1 d." / "1d." / "1 d" / "1 D." (capitals)
      | \s?(?i:dien(?:ą|os|a|omis|oje))(?!\w)      # "1 dieną", "5–7 dienomis", "1 DIENĄ"
      | -(?i:ąją|ąja|oji|osios|ajai|ą|os)(?!\w)    # ordinal endings: "1-ąją", "31-OSIOS"
    )
"""
# A day without "d." is read only after a year and month, and only where the day visibly ends.
_BAREDAY = r"""
    (?= [ \t]*                                     # then, after spaces:
        (?: {DASH}                                 #   a dash (the end of a range follows)
          | [,;:)\]]                               #   punctuation
          | \.(?!\d)                               #   a full stop that ends the sentence
          | \n | $                                  #   the end of the line or text
          | (?:iki|to|until)(?!\w)                 #   the word joining a range
        )
    )
"""
_YEARMARK = r"""
    (?: \s*(?:m\.|metais|metų|metams|metus|metai)(?!\w)      # "2017 m.", "2017 metais"
      | \s*(?:METAIS|METŲ|METAMS|METUS|METAI)(?!\w)  # in capitals: "2017 METAIS"
      | \s*M\.(?!\s*[A-ZĄČĘĖĮŠŲŪŽ][a-ząčęėįšųūž])  # "2017 M." (not an initial before a name)
      | -(?:ieji|ųjų|aisiais|uosius|iesiems            # ordinal: "2017-aisiais"
          |taisiais|tais|tųjų|tieji|tuosius|ais)(?!\w)  #   spoken forms: "2019-tais"
        (?:\s+(?:metais|metų|metams|metus|metai|m\.)(?!\w))?  #   "2017-ųjų metų"
    )
"""
# An ordinal ending after a quarter's or half-year's number: "2-asis", "II-ąjį".
_ORDINAL_END = r"""(?:-?(?:ąjį|asis|ajame|ajam|ojo|ą|as|o)(?!\w))?"""

_DATE_PATTERN = _fill(
    r"""
(?=\d)                                             # (fast rejection of most positions)
(?<![\w.,/+])                                      # not inside a word, number, code or phone no.
(?:
  (?P<ltmm>                                        # 2016 m. liepos–gruodžio mėn. (two months, one year)
    (?P<ltmm_y>{YEAR})                             #   year
    (?:\s*m\.\s*|\s*M\.{NOT_A_NAME}\s*|\s*m\s+|\s+(?:metų|METŲ)\s+|-ųjų\s+(?:metų\s+)?)  # "m." / "M." / "metų" / "-ųjų"
    (?P<ltmm_m>{LT_MON})(?!\w)                     #   first month
    (?: \s*{DASH}\s*                                #   a dash
      | (?P<ltmm_w>\s*{MONTH_WORD}(?!\w))?\s+iki\s+  #   or "(mėn.) iki" ("nuo 2018 m. kovo mėn.
    )                                              #   iki lapkričio mėn.": no year at the end)
    (?P<ltmm_m2>{LT_MON})(?!\w)                    #   second month, the year shared
    (?: \s*(?:{MONTH_WORD}|mėnesiais|mėnesiai|mėnesių)(?!\w)  # "mėn.", "mėnesiais" ...
      | (?!\s*\d)                                  #   ... or no day after it (a day's is "lt")
    )
  )
| (?P<lt>                                          # 2020 m. sausio 01 d. / 2021 m. gruodžio mėn.
    (?P<lt_y>{YEAR})                               #   year
    (?:\s*m\.\s*|\s*M\.{NOT_A_NAME}\s*|\s*m\s+|\s+(?:metų|METŲ)\s+|-ųjų\s+(?:metų\s+)?)  # "m." / "M." / "metų" / "-ųjų"
    (?: (?P<lt_m>{LT_MON})(?!\w)                   #   month, genitive (or acc./loc./nom.)
        (?:\s*(?:{MONTH_WORD})(?!\w))?             #   optional "mėn." / "mėnesį"
      | (?P<lt_r>{ROMAN_MONTH})                    #   or in Roman numerals ("2018 m. IV mėn."),
        \s*(?:{MONTH_WORD})(?!\w)                  #   always with "mėn." ("II ketv." is a quarter)
    )
    (?:\s+(?P<lt_d>\d{1,2})(?!\d)                  #   optional day ...
       (?:\s*{DASH}\s*(?P<lt_d2>\d{1,2})(?!\d))?   #   ... or two: "3–5 d."
       (?:"""
    + _DAYMARK
    + "|"
    + _BAREDAY
    + r"""))?                                 #   ... ended by "d." or by punctuation
  )
| (?P<lty>                                         # 2020 sausio 31 d. / 2019 lapkričio mėn. (no "m.")
    (?P<lty_y>{YEAR})\s+                           #   year, then straight the month:
    (?P<lty_m>{LT_GEN})(?!\w)                      #   genitive month, read only when ...
    (?: \s*(?:{MONTH_WORD})(?!\w)                   #   ... "mėn." follows ("2019 lapkričio mėn.")
      | (?=\s+\d{1,2}(?!\d)                         #   ... or a day marked as one
           (?:\s*{DASH}\s*\d{1,2}(?!\d))?"""
    + _DAYMARK
    + r"""    )
    )
    (?:\s+(?P<lty_d>\d{1,2})(?!\d)                 #   the day ...
       (?:\s*{DASH}\s*(?P<lty_d2>\d{1,2})(?!\d))?  #   ... or two: "3–5 d."
       """
    + _DAYMARK
    + r""")?                                    #   ended by "d." / "dieną"
  )
| (?P<eny>                                         # 2019 December 3 / 2019 December
    (?P<eny_y>{YEAR})\s+                           #   year
    (?P<eny_m>{EN_MON})(?!\w)\.?                   #   English month, optional abbreviation dot
    (?:\s+(?P<eny_d>\d{1,2})(?!\d)(?:st|nd|rd|th)?(?!\w))?  # optional day
  )
| (?P<ymd>                                         # 2016.03.01 / 2012-05-02 / 2016/03/01 / 2018.IV.01
    (?P<ymd_y>{YEAR})                              #   year
    (?P<ymd_s>[-./])                               #   separator ...
    (?P<ymd_m>\d{1,2}|{ROMAN_MONTH})               #   month (also in Roman numerals)
    (?P=ymd_s)                                     #   ... the same separator again
    (?P<ymd_d>\d{1,2})(?!\d)(?![.,/]\d)            #   day, not followed by more number
    (?:\s?d\.)?                                    #   optional "d." ("2020-01-01 d.")
  )
| (?P<ymds>                                        # 2019 09 01 (figures spaced, as some sites write)
    (?P<ymds_y>{YEAR})\x20                         #   year
    (?P<ymds_m>\d{2})\x20                          #   two-digit month
    (?P<ymds_d>\d{2})(?!\d)(?![.,/]\d)              #   two-digit day, not followed by more number
  )
| (?P<my>                                          # 07/2019 (month and year, as in "07/2019 – 06/2022")
    (?P<my_m>\d{1,2})/(?P<my_y>{YEAR})(?![.,/]\d)   #   month / year
  )
| (?P<yp>                                          # 2019 m. II ketv. / 2020 m. I pusmetį / 2021 m. rudenį
    (?P<yp_y>{YEAR})                               #   year
    (?:\s*m\.\s*|\s*M\.{NOT_A_NAME}\s*|\s*m\s+|\s+met(?:ų|ais)\s+|-ųjų\s+(?:metų\s+)?|-aisiais\s+)  # "m." / "M." / "metų"
    (?: (?: (?P<yp_qn>IV|I{1,3}|[1-4])             # a quarter's number ...
"""
    + _ORDINAL_END
    + r"""\s*                                     #   ... its ordinal ending ("II-asis")
          | (?P<yp_qw>(?i:{ORDINAL}))\s+          #   ... or an ordinal word ("antrąjį")
        )
        (?P<yp_q>(?i:{QUARTER}))                   #   then "ketvirtis" / "ketv."
      | (?: (?P<yp_hn>I{1,2}|[12])                 # a half-year's number ...
"""
    + _ORDINAL_END
    + r"""\s*                                     #   ... its ordinal ending ("2-asis")
          | (?P<yp_hw>(?i:{ORDINAL_HALF}))\s+     #   ... or an ordinal word ("pirmąjį")
        )
        (?P<yp_h>(?i:{HALF}))                      #   then "pusmetis" / "pusm."
      | (?P<yp_s>(?i:{SEASON}))                    # or a season: "pavasarį", "rudenį"
    )
    (?!\w)                                         #   the word ends there
  )
| (?P<yr>                                          # 2017-2021 metais / 2014–2020 (bare)
    (?P<yr_a>{YEAR})                               #   first year
    \s*{DASH}\s*                                   #   dash
    (?P<yr_b>(?P<yr_by>{YEAR})(?![.,/]\d)          #   second year ...
      (?:"""
    + _YEARMARK
    + r""")?)                                  #   ... with "m." / "metais" if given
  )
| (?P<yo>                                          # 2017 m. / 2017 metais / 2017-aisiais
    (?P<yo_y>{YEAR})                               #   year
    (?:"""
    + _YEARMARK
    + r""")                                    #   with a word saying it is a year
  )
| (?P<dmy>                                         # 17/09/2010 / 01.03.2016
    (?P<dmy_d>\d{1,2})                             #   day
    (?P<dmy_s>[-./])                               #   separator ...
    (?P<dmy_m>\d{1,2})                             #   month
    (?P=dmy_s)                                     #   ... the same separator again
    (?P<dmy_y>{YEAR})(?![.,/]\d)                   #   year, not followed by more number
  )
| (?P<ym>                                          # 2019-03 / 2019.03 (kept only where clearly a
                                                   #   date: see _YEAR_MONTH_CONTEXT)
    (?P<ym_y>{YEAR})[-.]                           #   year, a hyphen or a dot
    (?P<ym_m>0[1-9]|1[0-2])(?!\d)(?![.,/]\d)       #   two-digit month, no more number after it
    (?!\s*(?:m\.|m\s|met|M\.))                    #   not a short second year ("2011-12 m.")
    (?!\s*(?:[€$%]|(?i:eur|ltl|lt(?!\w)|usd|proc)))  #   no currency or percent: not a sum
  )
| (?P<mys>                                         # 03.2019 / 03-2019 (the same, month first)
    (?P<mys_m>0[1-9]|1[0-2])[-.]                   #   two-digit month, a hyphen or a dot
    (?P<mys_y>{YEAR})(?![.,/]\d)                   #   year, not followed by more number
    (?!\s*(?:[€$%]|(?i:eur|ltl|lt(?!\w)|usd|proc)))  #   no currency or percent: not a sum
  )
| (?P<end>                                         # 3 December 2019 / 1–3 March 2016
    (?P<end_d>\d{1,2})(?!\d)(?:st|nd|rd|th)?       #   day
    (?:\s*{DASH}\s*(?P<end_d2>\d{1,2})(?!\d)(?:st|nd|rd|th)?)?  # optional second day
    \s+(?:of\s+)?                                  #   "3rd of"
    (?P<end_m>{EN_MON})(?!\w)\.?                   #   English month
    (?:,?\s+(?P<end_y>{YEAR}))?                    #   year; without it the date is no_year
  )
)
| (?=[{INITIALS}])                                 # (fast rejection: a month's first letter)
  (?<!\w)                                          # month names start a word
(?:
  (?P<ny>                                          # Gruodžio 3 d. (no year: never guess one)
    (?P<ny_m>{LT_GEN})(?!\w)                       #   genitive month
    (?:\s*(?:{MONTH_WORD})(?!\w))?                 #   optional "mėn."
    \s+(?P<ny_d>\d{1,2})(?!\d)                     #   day
    (?:\s*{DASH}\s*(?P<ny_d2>\d{1,2})(?!\d))?      #   optional second day: "3–5 d."
    (?:"""
    + _DAYMARK
    + r"""                                      #   "d." is required here ...
      | (?=\s*{DASH}\s*(?:{LT_GEN})\s+\d)          #   ... unless a range goes on to a month
    )
  )
| (?P<enm>                                         # December 3, 2019 / December 3
    (?P<enm_m>{EN_MON})(?!\w)\.?\s+                #   English month
    (?P<enm_d>\d{1,2})(?!\d)(?:st|nd|rd|th)?(?!\w) #   day
    (?:\s*{DASH}\s*(?P<enm_d2>\d{1,2})(?!\d)(?:st|nd|rd|th)?)?  # optional second day
    (?:,?\s+(?P<enm_y>{YEAR})(?![.,/]\d))?         #   year; without it the date is no_year
  )
| (?P<enmy>                                        # December 2019
    (?P<enmy_m>{EN_MON})(?!\w)\.?,?\s+             #   English month
    (?P<enmy_y>{YEAR})(?![.,/]\d)                  #   year
  )
)
""",
    **_PARTS,
)


@functools.cache
def _date_re() -> re.Pattern[str]:
    """The master regex, compiled on first use: compiling it takes about 10 ms, which
    ``import cwlib.parse.dates`` (and every notebook start) should not pay."""
    return compiled(_DATE_PATTERN, re.VERBOSE)


_GLUE = "-\u2010\u2011"  # hyphens that join codes ("2012-05-02-32"); dashes do not

_ISO_RE = compiled(
    r"""
    \s*                                            # tolerate padding around a table cell
    (?P<iso>
        (?P<y>\d{4})                               # YYYY
        (?:-(?P<m>\d{2})                           # -MM
           (?:-(?P<d>\d{2}))?)?                    # -DD
      | --(?P<nm>\d{2})-(?P<nd>\d{2})              # --MM-DD (no year)
    )
    \s*
    """,
    re.VERBOSE,
)


# --------------------------------------------------------------------------------------------
# Building mentions from matches
# --------------------------------------------------------------------------------------------


def _valid(year: int | None, month: int, day: int | None) -> bool:
    """True if the day exists; without a year, 29 February counts (it exists in leap years)."""
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    if day <= 28:  # every month has 28 days (``monthrange`` also works out a weekday)
        return day >= 1
    return day <= calendar.monthrange(2000 if year is None else year, month)[1]


def _mention(
    year: int | None,
    month: int | None,
    day: int | None,
    precision: str,
    start: int,
    end: int,
    text: str,
    last_month: int | None = None,
) -> DateMention:
    """``DateMention(...)`` without the frozen dataclass's ``__init__`` (which sets each field
    through ``object.__setattr__``): the same fields in the same order, in half the time."""
    return frozen(
        DateMention,
        year=year, month=month, day=day, precision=precision, start=start, end=end, text=text,
        last_month=last_month,
    )  # fmt: skip


def _one(
    m: re.Match[str], year: int | None, month: int, day: int | None, start: int, end: int
) -> DateMention | None:
    if not _valid(year, month, day):
        return None
    if day is None:
        precision = "month"
    elif year is None:
        precision = "no_year"
    else:
        precision = "day"
    return _mention(year, month, day, precision, start, end, m.string[start:end])


def _single_or_pair(
    m: re.Match[str], year: int | None, month: int, d1: str | None, d2_group: str
) -> tuple[DateMention, ...]:
    """One mention for the whole match, or two for a day range such as ``3–5 d.``: the first
    ends after its day number, the second is the rest (``5 d.``) with the shared month/year."""
    start, end = m.span()
    d2 = m[d2_group]
    if d1 is None or d2 is None:
        one = _one(m, year, month, None if d1 is None else int(d1), start, end)
        return (one,) if one else ()
    if int(d2) <= int(d1):
        return ()
    # the first day's number ends where its group ends (group name = d2 group without "2")
    first = _one(m, year, month, int(d1), start, m.end(d2_group[:-1]))
    second = _one(m, year, month, int(d2), m.start(d2_group), end)
    return (first, second) if first and second else ()


def _lt(m: re.Match[str]) -> tuple[DateMention, ...]:
    name = m["lt_m"]
    month = _LT_AFTER_YEAR[name] if name else _ROMAN_MONTHS[m["lt_r"]]
    return _single_or_pair(m, int(m["lt_y"]), month, m["lt_d"], "lt_d2")


def _ltmm(m: re.Match[str]) -> tuple[DateMention, ...]:
    """Two months of one year ("2016 m. liepos–gruodžio mėn.", "2018 m. kovo mėn. iki
    lapkričio mėn."): the first ends after its month's name (or its "mėn." before "iki"), the
    second is the rest with the shared year; later than the first, or the first month alone
    (a range over New Year writes both years)."""
    year = int(m["ltmm_y"])
    first_end = m.end("ltmm_w") if m["ltmm_w"] else m.end("ltmm_m")  # "kovo mėn. iki …"
    first = _one(m, year, _LT_AFTER_YEAR[m["ltmm_m"]], None, m.start(), first_end)
    second = _one(m, year, _LT_AFTER_YEAR[m["ltmm_m2"]], None, m.start("ltmm_m2"), m.end())
    if first is None or second is None:
        return ()
    return (first, second) if first.month < second.month else (first,)  # type: ignore[operator]


def _lty(m: re.Match[str]) -> tuple[DateMention, ...]:
    return _single_or_pair(m, int(m["lty_y"]), _LT_GENITIVE[m["lty_m"]], m["lty_d"], "lty_d2")


def _eny(m: re.Match[str]) -> tuple[DateMention, ...]:
    day = int(m["eny_d"]) if m["eny_d"] else None
    one = _one(m, int(m["eny_y"]), _EN_MONTHS[m["eny_m"]], day, *m.span())
    return (one,) if one else ()


def _ymd(m: re.Match[str]) -> tuple[DateMention, ...]:
    month = m["ymd_m"]
    number = _ROMAN_MONTHS[month] if month[0] in "IVX" else int(month)
    one = _one(m, int(m["ymd_y"]), number, int(m["ymd_d"]), *m.span())
    return (one,) if one else ()


def _ymds(m: re.Match[str]) -> tuple[DateMention, ...]:
    one = _one(m, int(m["ymds_y"]), int(m["ymds_m"]), int(m["ymds_d"]), *m.span())
    return (one,) if one else ()


def _my(m: re.Match[str]) -> tuple[DateMention, ...]:
    one = _one(m, int(m["my_y"]), int(m["my_m"]), None, *m.span())
    return (one,) if one else ()


def _dmy(m: re.Match[str]) -> tuple[DateMention, ...]:
    one = _one(m, int(m["dmy_y"]), int(m["dmy_m"]), int(m["dmy_d"]), *m.span())
    return (one,) if one else ()


def _ym(m: re.Match[str]) -> tuple[DateMention, ...]:
    if not YEAR_MIN <= int(m["ym_y"]) <= YEAR_MAX:
        return ()
    one = _one(m, int(m["ym_y"]), int(m["ym_m"]), None, *m.span())
    return (one,) if one else ()


def _mys(m: re.Match[str]) -> tuple[DateMention, ...]:
    if not YEAR_MIN <= int(m["mys_y"]) <= YEAR_MAX:
        return ()
    one = _one(m, int(m["mys_y"]), int(m["mys_m"]), None, *m.span())
    return (one,) if one else ()


def _year(m: re.Match[str], year: int, start: int, end: int) -> DateMention | None:
    if not YEAR_MIN <= year <= YEAR_MAX:
        return None
    return _mention(year, None, None, "year", start, end, m.string[start:end])


def _yr(m: re.Match[str]) -> tuple[DateMention, ...]:
    a, b = int(m["yr_a"]), int(m["yr_by"])
    first = _year(m, a, *m.span("yr_a"))
    second = _year(m, b, *m.span("yr_b"))
    return (first, second) if first and second and a < b else ()


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _number(numeral: str | None, word: str | None) -> int:
    """A quarter's or half-year's number, written as a numeral or an ordinal word."""
    if word is not None:
        return ORDINALS_LT[word.lower()]
    return _ROMAN.get(numeral or "", 0) or int(numeral or 0)


def _yp(m: re.Match[str]) -> tuple[DateMention, ...]:
    """A part of a year: a quarter (three months), a half-year (six) or a season (three)."""
    if m["yp_s"]:
        first, months = SEASONS_LT[m["yp_s"].lower()], 3
    elif m["yp_q"]:
        first, months = 3 * _number(m["yp_qn"], m["yp_qw"]) - 2, 3
    else:
        first, months = 6 * _number(m["yp_hn"], m["yp_hw"]) - 5, 6
    start, end = m.span()
    year, last = int(m["yp_y"]), first + months - 1
    return (_mention(year, first, None, "part_of_year", start, end, m[0], last),)


def _yo(m: re.Match[str]) -> tuple[DateMention, ...]:
    one = _year(m, int(m["yo_y"]), *m.span())
    return (one,) if one else ()


def _end(m: re.Match[str]) -> tuple[DateMention, ...]:
    year = int(m["end_y"]) if m["end_y"] else None
    return _single_or_pair(m, year, _EN_MONTHS[m["end_m"]], m["end_d"], "end_d2")


def _ny(m: re.Match[str]) -> tuple[DateMention, ...]:
    return _single_or_pair(m, None, _LT_GENITIVE[m["ny_m"]], m["ny_d"], "ny_d2")


def _enm(m: re.Match[str]) -> tuple[DateMention, ...]:
    year = int(m["enm_y"]) if m["enm_y"] else None
    return _single_or_pair(m, year, _EN_MONTHS[m["enm_m"]], m["enm_d"], "enm_d2")


def _enmy(m: re.Match[str]) -> tuple[DateMention, ...]:
    one = _one(m, int(m["enmy_y"]), _EN_MONTHS[m["enmy_m"]], None, *m.span())
    return (one,) if one else ()


_BUILDERS = {
    "ltmm": _ltmm,
    "lt": _lt,
    "lty": _lty,
    "eny": _eny,
    "ymd": _ymd,
    "yp": _yp,
    "yr": _yr,
    "yo": _yo,
    "dmy": _dmy,
    "ym": _ym,
    "mys": _mys,
    "ymds": _ymds,
    "my": _my,
    "end": _end,
    "ny": _ny,
    "enm": _enm,
    "enmy": _enmy,
}


# --------------------------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------------------------


CENTURIES: tuple[str, ...] = ("19", "20")
"""How every year of a date begins (``{YEAR}``): the Document scans for them."""

_ASCII_DIGITS = frozenset("0123456789")
_MONTH_INITIALS = frozenset(w[0] for w in (*_LT_GENITIVE, *_EN_MONTHS))
"""The first letters of the month names a date may start with (``{INITIALS}``)."""
_EN_INITIALS = frozenset(w[0] for w in _EN_MONTHS)
_BEFORE_EN_MONTH = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212stndrhof")
"""Besides spaces and digits, what stands between a day and an English month after it
(``3rd of March``, ``1–3 March``): dashes and the letters of ``st nd rd th of``."""
_YEAR_REACH = 6
"""The most characters a date runs before its year: ``01.03.`` of ``01.03.2016``."""


def _run_start(text: str, pos: int) -> bool:
    """True where a run of the digits 0-9 starts."""
    return text[pos] in _ASCII_DIGITS and (pos == 0 or text[pos - 1] not in _ASCII_DIGITS)


def _word_starts(text: str, words: Sequence[str]) -> list[int]:
    """Where each of ``words`` starts in ``text``, overlaps included (in no particular order):
    what the Document's keyword scan gives the finders, for a finder called without it."""
    return [pos for word in words for pos in literal_starts(text, word)]


def _starts(
    text: str, month_starts: Sequence[int], century_starts: Sequence[int] | None
) -> list[int]:
    """Where the master regex may match, in order: the places it is tried at.

    A date starts at the first digit of a run of digits or at the first letter of a month's
    name. Every date holds a year or a month name, and starts at most a few characters
    before its year (``01.03.2016``) or, with spaces, digits and ``st``/``of`` between, before
    its English month (``3rd of March``); so only the runs of digits there are tried, and
    the month names that begin a word with a month's initial. ``century_starts``: where
    ``19`` and ``20`` stand (found with ``str.find`` when not given).
    """
    if century_starts is None:
        century_starts = _word_starts(text, CENTURIES)
    starts: set[int] = set()
    for year in century_starts:
        low = max(year - _YEAR_REACH, 0)
        before = text[low - 1] if low else ""
        for pos, char in enumerate(text[low : year + 1], low):
            if char in _ASCII_DIGITS and before not in _ASCII_DIGITS:
                starts.add(pos)  # a run of digits starts here
            before = char
    for month in month_starts:
        first = text[month]
        if first not in _MONTH_INITIALS:
            continue
        if month == 0 or not (text[month - 1].isalnum() or text[month - 1] == "_"):
            starts.add(month)  # a month name beginning a word: "Gruodžio 3 d.", "March 2019"
        if first in _EN_INITIALS:
            # "3 March", "1st–3rd of March": the days before the month (the walk stops at
            # the capital of the month before, so no character is walked over twice)
            pos = month
            while pos > 0 and (
                text[pos - 1].isspace()
                or text[pos - 1].isdecimal()
                or text[pos - 1] in _BEFORE_EN_MONTH
            ):
                pos -= 1
            starts.update(p for p in range(pos, month) if _run_start(text, p))
    return sorted(starts)


def _matches(
    text: str, month_starts: Sequence[int] | None, century_starts: Sequence[int] | None = None
) -> Iterator[re.Match[str]]:
    """The master regex's matches, left to right, never overlapping.

    Given where the month names start (the Document's keyword scan finds them), the regex is
    tried only where a date may start (``_starts``), which is the same as ``finditer`` and
    several times cheaper than trying it at every character.
    """
    pattern = _date_re()
    if month_starts is None:
        return pattern.finditer(text)
    return matches_at(pattern, text, _starts(text, month_starts, century_starts))


@functools.lru_cache(maxsize=16)
def _scan(
    text: str,
    month_starts: tuple[int, ...] | None = None,
    century_starts: tuple[int, ...] | None = None,
) -> tuple[DateMention, ...]:
    """All mentions of one text (:func:`read_dates`). Cached because ranges are built from the
    dates of the same text: ``find_dates`` and ``find_ranges`` on one text read it once (the
    Document keeps its own, :func:`read_dates`, and hashes no page for it)."""
    return read_dates(text, month_starts, century_starts)


def read_dates(
    text: str,
    month_starts: Sequence[int] | None = None,
    century_starts: Sequence[int] | None = None,
) -> tuple[DateMention, ...]:
    """All mentions of one text, in order: what :func:`find_dates` gives, without its cache
    (``month_starts``, ``century_starts``: where month names and years start, if known; see
    ``_matches``). ``Document.dates`` reads them once and :func:`ranges_of` pairs them: the
    cache of ``_scan`` cost a hash of the whole page (about 17,000 instructions a generated
    page) to find what the Document keeps anyway."""
    found: list[tuple[int, int, tuple[DateMention, ...]]] = []
    bare: list[DateMention] = []  # year-months with no word saying they are dates ("2019-03")
    for m in _matches(text, month_starts, century_starts):
        mentions = _BUILDERS[m.lastgroup](m)  # type: ignore[index]
        if mentions:
            if m.lastgroup in _BARE_KINDS:
                bare.append(mentions[0])
            found.append((m.start(), m.end(), mentions))
    out: list[DateMention] = []
    n = len(text)
    for i, (start, end, mentions) in enumerate(found):
        # A numeric date glued by a hyphen to more code ("2012-05-02-32-0142") is part of an
        # identifier, unless the glued neighbour is a date too ("2016.03.01-2018.02.28").
        if (
            start >= 2
            and text[start - 1] in _GLUE
            and text[start - 2].isalnum()
            and text[start].isdigit()
            and not (i > 0 and found[i - 1][1] == start - 1)
        ):
            continue
        if (
            end + 1 < n
            and text[end] in _GLUE
            and text[end + 1].isalnum()
            and text[end - 1].isdigit()
            and not (i + 1 < len(found) and found[i + 1][0] == end + 1)
        ):
            continue
        out.extend(mentions)
    if bare:
        out = _dates_in_context(text, out, bare)
    return tuple(out)


_BARE_KINDS = frozenset(("ym", "mys"))
"""The forms of the master regex that are dates only where the text says so
(``_dates_in_context``)."""

_YEAR_MONTH_CONTEXT = compiled(
    r"""
    (?<!\w)                                        # a whole word right before the year-month:
    (?i: nuo | iki | from | since | until | till   #   a range's opening or closing word
       | pradži(?:a|os) | pabaig(?:a|os)           #   "Projekto pradžia: 2019-03"
       | laikotarp(?:is|io|iu) | trukmė             #   "Laikotarpis 2019.03"
       | termin(?:as|o)                            #   "Įgyvendinimo terminas – 2021-06"
       | (?:start|end|finish|completion)(?:\s+date)?  # "Start date: 2019-03"
       | data | date | period | duration )         #   "Data: 2019-03", "Period: 03.2019"
    \s*[:–—-]?\s*\Z                                 # then at most a colon or dash
    """,
    re.VERBOSE,
)
_YEAR_MONTH_REACH = 32
"""How far before a bare year-month its date word is looked for."""


def _dates_in_context(
    text: str, mentions: list[DateMention], bare: list[DateMention]
) -> list[DateMention]:
    """The mentions without the bare year-months ("2019-03", "2019.03", "03.2019") that the
    text does not make dates: one counts only after a date word ("nuo", "iki", "pradžia",
    "laikotarpis", "Start date:" …) or joined by a dash, "iki" or an arrow to another date;
    else it may be a number, a code or a sum ("Nr. 2019-03", "2019.03 m")."""
    ids = {id(mention) for mention in bare}
    out = []
    for k, mention in enumerate(mentions):
        if id(mention) not in ids or _year_month_is_a_date(text, mentions, k):
            out.append(mention)
    return out


def _year_month_is_a_date(text: str, mentions: Sequence[DateMention], k: int) -> bool:
    """A date word right before the ``k``-th mention, or a range's joint to a neighbour."""
    start, end = mentions[k].start, mentions[k].end
    if _YEAR_MONTH_CONTEXT.search(text, max(0, start - _YEAR_MONTH_REACH), start):
        return True
    for other in (k - 1, k + 1):
        if not 0 <= other < len(mentions):
            continue
        a, b = (mentions[other].end, start) if other < k else (end, mentions[other].start)
        gap = text[a:b]
        joined = len(gap) <= 16 and _CONNECT_RE.fullmatch(gap)
        if joined and not joined["and"]:
            return True
    return False


def _keys(
    month_starts: Sequence[int] | None, century_starts: Sequence[int] | None
) -> tuple[tuple[int, ...] | None, tuple[int, ...] | None]:
    """The places given to ``find_dates``/``find_ranges`` as the cache key of ``_scan``."""
    return (
        None if month_starts is None else tuple(month_starts),
        None if century_starts is None else tuple(century_starts),
    )


def find_dates(
    text: str,
    month_starts: Sequence[int] | None = None,
    century_starts: Sequence[int] | None = None,
) -> list[DateMention]:
    """Every date the text states, in order, non-overlapping; both ends of a range included.

    Lone years count only when the text marks them as years (``2017 m.``, ``2017 metais``)
    or joins two of them (``2014-2020``); a date without a year keeps ``year=None``.
    ``month_starts``: where the month names of :data:`MONTH_NAMES` start in ``text``, any
    case, and ``century_starts`` where ``19`` and ``20`` stand (the Document's keyword scan
    gives both); the dates are then found at those places and the digits near them only,
    with the same result.

    >>> [(d.iso(), d.text) for d in find_dates("Pradžia – 2010 m. spalio 1 d., patvirtinta 17/09/2010.")]
    [('2010-10-01', '2010 m. spalio 1 d.'), ('2010-09-17', '17/09/2010')]
    >>> [d.iso() for d in find_dates("įgyvendinamas 2017-2021 metais; Nr. 07.1.1-CPVA-V-906")]
    ['2017', '2021']
    """
    return list(_scan(text, *_keys(month_starts, century_starts)))


def parse_date(s: str) -> DateMention | None:
    """The first date in ``s``, or None.

    A string that is wholly a reduced ISO date (``2020``, ``2020-01``, ``--12-03``: what
    ``DateMention.iso()`` writes into the tables) is read back at its precision, so stored
    values round-trip; anything else is searched as prose.

    >>> parse_date("2023 m. balandžio 30 d.").iso()
    '2023-04-30'
    >>> parse_date("2020-02").precision, parse_date("--12-03").precision
    ('month', 'no_year')
    >>> parse_date("2021-02-30") is None, parse_date("Nr. 3025") is None
    (True, True)
    """
    iso = _ISO_RE.fullmatch(s)
    if iso:
        start, end = iso.span("iso")
        if iso["nm"]:
            month, day = int(iso["nm"]), int(iso["nd"])
            if not _valid(None, month, day):
                return None
            return DateMention(None, month, day, "no_year", start, end, s[start:end])
        year = int(iso["y"])
        if iso["m"] is None:
            if not YEAR_MIN <= year <= YEAR_MAX:
                return None
            return DateMention(year, None, None, "year", start, end, s[start:end])
        if not 1900 <= year <= 2099:
            return None
        iso_day = int(iso["d"]) if iso["d"] else None
        return _one(iso, year, int(iso["m"]), iso_day, start, end)
    dates = find_dates(s)
    return dates[0] if dates else None


_CONNECT_RE = compiled(
    _fill(
        r"""
      \.?\s*{DASH}{1,2}\s*                         # "2016.03.01–2018.02.28", "2019 m. – 2020 m.",
                                                   #   "01.07.2020.-31.10.2022." (a dot after the year)
    | \s+(?:(?:pradžios|vidurio)\s+)?             # "nuo … iki …", "nuo 2019 m. pradžios iki …"
      (?:{DASH}\s*)?(?:iki|IKI)\s+                 #   (the first end's own word read over)
    | \s*(?:{DASH}{1,2}>|[→⟶]|>)\s*               # an arrow: "2019-09-10 → 2022-12-31", "->", ">"
    | ,?\s+(?:to|until|till|through)\s+            # "from … to …"
    | \s+(?P<and>ir|and)\s+                        # "tarp … ir …", "between … and …"
    """,
        **_PARTS,
    ),
    re.VERBOSE,
)
_OPENER_RE = compiled(
    r"""
    (?<!\w)                                        # a whole word
    (?: (?P<from>nuo|from|since)                   # "nuo 2019 m. iki 2021 m."
      | (?P<between>tarp|between) )                # "tarp 2019 m. ir 2021 m."
    \s+\Z                                          # right before the first date
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _with_year(d: DateMention, year: int) -> DateMention | None:
    if not _valid(year, d.month or 1, d.day):
        return None
    return replace(d, year=year, precision="day")


def _pair(a: DateMention, b: DateMention) -> tuple[DateMention, DateMention] | None:
    """The two ends in order, a missing year taken from the other end, or None if the
    second end comes before the first (then the dates are not one range)."""
    if a.year is not None and b.year is None:
        nb = _with_year(b, a.year)
        if nb is not None and nb.latest() < a.earliest():  # type: ignore[operator]
            nb = _with_year(b, a.year + 1)  # "2019 m. gruodžio 30 – sausio 2 d."
        return (a, nb) if nb is not None else None
    if a.year is None and b.year is not None:
        na = _with_year(a, b.year)
        if na is not None and na.earliest() > b.latest():  # type: ignore[operator]
            na = _with_year(a, b.year - 1)
        return (na, b) if na is not None else None
    if a.year is None:  # both without a year: nothing to check the order against
        return a, b
    if a.earliest() > b.latest():  # type: ignore[operator]
        return None
    return a, b


def find_ranges(
    text: str,
    month_starts: Sequence[int] | None = None,
    century_starts: Sequence[int] | None = None,
) -> list[DateRange]:
    """Periods: two neighbouring dates joined by a dash, ``iki``, ``to``/``until``, or
    ``tarp … ir`` / ``between … and``; the second may not come before the first.

    >>> r = find_ranges("Projekto trukmė – 24 mėn. nuo 2020 m. sausio 01 d. iki 2021 m. gruodžio 31 d.")[0]
    >>> r.start.iso(), r.end.iso(), r.text[:8]
    ('2020-01-01', '2021-12-31', 'nuo 2020')
    >>> [(r.start.iso(), r.end.iso()) for r in find_ranges("pagal 2014–2020 metų programą")]
    [('2014', '2020')]
    """
    return ranges_of(text, _scan(text, *_keys(month_starts, century_starts)))


def ranges_of(text: str, dates: Sequence[DateMention]) -> list[DateRange]:
    """The ranges :func:`find_ranges` finds, from the text's dates (:func:`read_dates`)."""
    out: list[DateRange] = []
    i = 0
    while i + 1 < len(dates):
        a, b = dates[i], dates[i + 1]
        gap = text[a.end : b.start]
        joined = len(gap) <= 16 and _CONNECT_RE.fullmatch(gap)
        if joined:
            opener = _OPENER_RE.search(text, max(0, a.start - 16), a.start)
            if joined["and"] and not (opener and opener["between"]):
                joined = None
            pair = _pair(a, b) if joined else None
            if pair:
                start_pos = opener.start() if opener else a.start
                out.append(DateRange(*pair, start_pos, b.end, text[start_pos : b.end]))
                i += 2
                continue
        i += 1
    return out


_DURATION_UNIT = r"""
    (?:
        (?P<months>                                # months:
            mėn\.                                  #   "24 mėn."
          | mėn(?!\w)                              #   "24 mėn"
          | mėnes(?:iai|ių|iams|ius|iais|iuose|is|į|io|iui)(?!\w)  # "36 mėnesiai", "41 mėnesis"
          | mėnuo(?!\w)                            #   "1 mėnuo"
          | months?(?!\w)                          #   "24 months"
        )
      | (?P<years>                                 # years (× 12):
            met(?:ai|ų|ams|us)(?!\w)               #   "3 metai", "2 metų", "3 metams"
          | years?(?!\w)                           #   "3 years"
        )
    )
"""
_DURATION_RE = compiled(
    r"""
    (?P<n>\d                                       # the count's first digit (a digit first
                                                   #   lets the engine skip to the digits) ...
      (?<![\w.,/+-]\d)                             #   not part of a bigger number or a code
      \d{0,2}(?:[.,]\d{1,2})?)(?!\d|[.,]\d)        # ... the count: "24", "1,5"
    (?:-(?:iems|ims|ių|ies|ius|ias|iais|is|ys|kos|os|ų|ą))?  # numeral ending: "24-ių", "18-os"
    (?:\s*|-)                                      # "24 mėn.", "24mėn.", "24-month"
    """
    + _DURATION_UNIT,
    re.VERBOSE,
)
_UNIT_RE = compiled(_DURATION_UNIT, re.VERBOSE)

_COUNT_WORD = r"""
    (?:dvej|trej)(?:i|ų|us|iems|ais|uose)          # a collective numeral ("dveji metai",
                                                   #   "dvejų metų", "trejus metus")
  | (?:viener|ketver|penker|šešer)                 # and its other stems ("ketverių metų",
      (?:i|ių|ius|iems|iais|iuose)                 #   "penkerius metus")
  | pusantr(?:ų|us|i|iems|ais)                     # one and a half ("pusantrų metų")
  | du | dvi | dviejų | dviem                      # two
  | trys | tris | trijų | trims                    # three
  | (?:ketur|penk|šeš|septyn|aštuon|devyn)         # four to nine ("šešių mėnesių",
      (?:i|ių|is|iems|iais)                        #   "šešis mėnesius")
  | dešimt(?:ies|į)?                               # ten
  | (?:vienuo|dvy|try|keturio|penkio|šešio|septynio|aštuonio|devynio)  # eleven to nineteen
      lik(?:a|os|ai|ą)                             #   ("aštuoniolikos mėnesių")
"""
_WORD_COUNT_RE = compiled(
    r"""
    (?<![\w-])                                     # a word of its own
    (?i:                                           # (a sentence may open with it)
        (?P<tens>dvidešimt|trisdešimt)             # "dvidešimt keturių", or the tens alone
        (?:\s+(?P<unit>"""
    + _COUNT_WORD
    + r"""))?
      | (?P<word>"""
    + _COUNT_WORD
    + r""")
    )
    \s+\Z                                          # right before the unit word
    """,
    re.VERBOSE,
)
_WORD_REACH = 40
"""How far before a unit word its count in words may begin ("dvidešimt keturių ")."""

_COUNT_STEMS: tuple[tuple[str, float], ...] = (
    # (how a number word begins, its value), the longer stems first ("dvylik" before "dv");
    # a collective numeral begins as its cardinal does ("šešeri", "penkeri", "dveji"), but
    # for "ketver-" and "viener-"; "pusantr" (one and a half) gives 18 months with years
    ("pusantr", 1.5), ("viener", 1), ("devyniolik", 19), ("aštuoniolik", 18),
    ("septyniolik", 17), ("šešiolik", 16), ("penkiolik", 15), ("keturiolik", 14),
    ("trylik", 13), ("dvylik", 12), ("vienuolik", 11), ("trisdešimt", 30), ("dvidešimt", 20),
    ("dešimt", 10), ("devyn", 9), ("aštuon", 8), ("septyn", 7), ("šeš", 6), ("penk", 5),
    ("ketver", 4), ("ketur", 4), ("tr", 3), ("dv", 2), ("du", 2),
)  # fmt: skip


def _word_value(word: str) -> float:
    """The value of one number word the count pattern found (it is one of the stems)."""
    word = word.lower()
    return next(value for stem, value in _COUNT_STEMS if word.startswith(stem))


DURATION_UNITS: tuple[str, ...] = ("mėn", "month", "met", "year")
"""What every unit of ``_DURATION_RE`` begins with (lower case: the Document scans for them)."""

_DURATION_REACH = 12
"""The most characters from a count's first digit to its unit, the spaces before the unit
left out: three digits, a decimal and two more (``123,45``), a numeral ending (``-iems``) and
a hyphen (``24-month``)."""


def _duration_starts(text: str, unit_starts: Sequence[int] | None) -> list[int]:
    """Where a duration may start, in order: the first digit of a run of digits standing
    within reach of a unit word (``unit_starts``: where the words of :data:`DURATION_UNITS`
    start, any case; found here with ``str.find`` when not given).

    Why: ``_DURATION_RE`` begins with a digit, so ``finditer`` tried it at every digit of the
    page (and the engine tested every character for one); tried only at the few digits before
    a unit word, it gives the same matches.
    """
    if unit_starts is None:
        unit_starts = _word_starts(text, DURATION_UNITS)
    starts: set[int] = set()
    for u in unit_starts:
        k = u
        while k > 0 and text[k - 1].isspace():
            k -= 1  # "24   mėn.": the spaces before the unit (\s*)
        for p in range(max(k - _DURATION_REACH, 0), k):
            if text[p].isdecimal() and (p == 0 or not text[p - 1].isdecimal()):
                starts.add(p)
    return sorted(starts)


def find_durations(text: str, unit_starts: Sequence[int] | None = None) -> list[Duration]:
    """Stated lengths of time, in whole months (years × 12; ``1,5 metų`` is 18).

    Counts of other things (``24 gerųjų praktikų``) and years (``2017 metų``) are not
    durations; a month count that is not whole (``1,5 mėn.``) is skipped, not rounded.
    ``unit_starts``: where the unit words of :data:`DURATION_UNITS` start in ``text``, any
    case (the Document's keyword scan gives them); the same durations are found either way.

    >>> [(d.months, d.text) for d in find_durations("Bendra vertė (3 metams); laikotarpis 36 mėnesiai")]
    [(36, '3 metams'), (36, '36 mėnesiai')]
    """
    if unit_starts is None:
        unit_starts = _word_starts(text, DURATION_UNITS)
    out: list[Duration] = []
    for m in matches_at(_DURATION_RE, text, _duration_starts(text, unit_starts)):
        count = float(m["n"].replace(",", "."))
        months = count * 12 if m["years"] else count
        if months <= 0 or months != int(months):
            continue
        out.append(Duration(int(months), m.start(), m.end(), m[0]))
    words = _durations_in_words(text, unit_starts)
    return sorted(out + words, key=lambda d: d.start) if words else out


def _durations_in_words(text: str, unit_starts: Sequence[int]) -> list[Duration]:
    """Lengths whose count is written in words: a collective numeral ("dveji metai", "trejus
    metus"), "pusantrų metų" (18 months), a cardinal ("aštuoniolikos mėnesių", "dvidešimt
    keturių mėnesių"). Tried at the unit words a letter and a space stand before."""
    out: list[Duration] = []
    for u in unit_starts:
        if u < 2 or not text[u - 1].isspace() or not text[u - 2].isalpha():
            continue  # a count in words ends in a letter, then a space
        unit = _UNIT_RE.match(text, u)
        if unit is None:
            continue
        m = _WORD_COUNT_RE.search(text, max(0, u - _WORD_REACH), u)
        if m is None:
            continue
        count = _word_value(m["tens"] or m["word"])
        if m["unit"]:
            count += _word_value(m["unit"])
        months = count * 12 if unit["years"] else count
        if months != int(months):
            continue  # "pusantro mėnesio": no whole month
        out.append(Duration(int(months), m.start(), unit.end(), text[m.start() : unit.end()]))
    return out


def months_between(start: date, end: date) -> int:
    """Whole months from a first day to a last day, both included.

    >>> months_between(date(2020, 1, 1), date(2021, 12, 31))
    24
    """
    return round(((end - start).days + 1) / (365.25 / 12))
