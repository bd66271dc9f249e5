"""Counted outputs a project promises or achieved ("surengta 12 renginių", "bus įsigyta 64
socialiniai būstai", "12 craft workshops were held").

Real pages state results anywhere in the text, not only under a results header: a count in
digits is a result when the words of its clause report making, holding, reaching or
acquiring something (a verb of ``results.verbs``), when it stands in a results section, or
when it breaks a counted total down ("40 objektų, iš jų – 29 statiniai", "iš viso 30 butų
(12 …, 14 …)"), or when it is the next item of a list of results, however far from their
verb ("įsigyta: 12 kėdžių, 4 stalai, …, 5 palapinės"). A small count written as a word right
after a result verb is read too ("sukurtos dvi darbo vietos", "created two jobs"), or before a
passive one ("Eight local action plans were adopted", "dvi darbo vietos buvo sukurtos"), and
jobs keep the decimal part of their full-time posts ("įsteigs 2,5 naujos darbo vietos").
What is counted is the noun phrase after the figure (on the next line if the figure ends one;
before it in a ``vnt.`` list, after the verb if one stands there), up to a stop: punctuation,
another figure, a preposition, a verb (also a verb joined by "ir"/"and": "… routes and train 40
guides", "… ir pradės teikti …"), an English item with an article ("… and a map").

A figure is no count of outputs when it is money, a share, a date or a duration (the
Document's views), a measure (``400 m``, ``640 kv. m``, ``4 aukštų``, ``220 vietų salė``),
a length of time (``40 akademinių valandų``, ``nuo 16 metų``), an address, a number or a page
counter (``g. 15``, ``Nr. 4``, ``Puslapis 1 iš 1``, ``Peržiūrų: 412``), the partnership's size
(``6 partneriai``, ``iš 5 šalių``, ``dalyvauja 3 … grupės``, ``dalyvauja 7 miestai``) or a
capacity (``iki 14 valčių``).
The qualifier before the figure is kept: ``ne mažiau kaip``, ``per``, ``virš`` (at_least);
``apie``, ``beveik`` (about).

Every word pattern runs on ``doc.lower``; the verbs are tried only at their lexicon starts.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from cwlib.lexicon import load as lexicon
from cwlib.lexicon.results import result_kind
from cwlib.parse.anchored import first_match_in
from cwlib.parse.dates import DateMention, Duration
from cwlib.parse.document import Document
from cwlib.parse.facts import Result
from cwlib.parse.frozen import frozen
from cwlib.parse.numbers import Money, Percent
from cwlib.parse.segments import BULLET, Span, holding
from cwlib.parse.tails import endings, white_runs
from cwlib.patterns import compiled

__all__ = ["extract_results"]

KEYWORDS: tuple[str, ...] = ("results.header", "results.numerals", "results.verbs")
"""The lexicon keyword groups this extractor reads (see cwlib.parse.document)."""


def _words(name: str) -> str:
    return lexicon.fragment("results", name)


_HEADER = compiled(_words("header"), re.VERBOSE)  # on lower
_SECTION_END = compiled(
    lexicon.fill(
        r"""
        ^\W*                    # at the start of a line, after any mark
        {SECTION_END}           # a header of another section
        """,
        SECTION_END=lexicon.fragment("results", "section_end"),
    ),
    re.VERBOSE | re.MULTILINE,  # "^" is a line's start: a line is matched at its own start
)  # on lower


def _verb_nouns() -> str:
    """The nouns of ``results.verb_nouns`` as one alternation: each stem with the endings of
    its declensions, longest first ("dalyv(?:iuose|…|is|ė)")."""
    entry = lexicon.table("results", "verb_nouns")
    forms = []
    for stem, declensions in entry["nouns"].items():
        endings = {e for name in declensions for e in entry["endings"][name]}
        ordered = sorted(endings, key=lambda e: (-len(e), e))
        forms.append(f"{re.escape(stem)}(?:{lexicon.alternation(ordered)})")
    return "|".join(forms)


_VERBS = compiled(
    lexicon.fill(
        r"""
        (?!(?:{NOUNS})(?!\w))  # not a noun of a verb's stem ("dalyvės", "įrenginius")
        {VERBS}                # a result verb
        """,
        NOUNS=_verb_nouns(),
        VERBS=_words("verbs"),
    ),
    re.VERBOSE,
)  # on lower, at the starts of results.verbs
_COUNT = compiled(
    lexicon.fill(
        r"""
        (?P<count>
            [^\x00-/:-\u065f](?<=\d)       # the first digit (a set first: the engine skips to
                                            # it, where a look-ahead first is tried everywhere;
                                            # the set of 0-9 and all from U+0660 is one test a
                                            # character where \d asks each one's category, and
                                            # no other decimal digit lies below U+0660)
            (?<![\w.,/\-–:+\#'’]\d)         # not inside another number, code, date or word
            (?<!\d[ \u00a0]\d)              # nor the tail of a spaced figure ("+370 5 34 567")
            (?<!\d[ \u00a0][-–—][ \u00a0]\d)  # nor a range's second figure, its dash spaced
            (?<!\d[-–—][ \u00a0]\d)          #   ("5 – 12 klasių", "5– 12", "5 -12"; unspaced,
            (?<!\d[ \u00a0][-–—]\d)          #   "5–12", it is inside another number already)
            (?:
                \d{0,2}(?:[ \u00a0\u202f]\d{3})+  # grouped by spaces: "2 500", "15 000"
              | \d{0,2}(?:,\d{3})+(?![\d,])   # grouped by commas, as English writes: "2,000"
              | \d{0,2}[.,]\d{1,2}(?={FRACTIONAL})  # a decimal before jobs: "2,5 … darbo
                                            #   vietos" (full-time posts; in lower case, not a
                                            #   heading's number: "1.5 Darbo vietos")
              | \d{0,5}                       # or plain
            )
        )
        (?!\d)                              # the whole figure
        (?![\w%/.)]|,\d|\s*[-–]\s*\d)       # not a decimal, a code, a share, a list number, a range
        """,
        FRACTIONAL=_words("fractional"),
    ),
    re.VERBOSE,
)
_INDICATOR_START = compiled(
    lexicon.fill(
        r"""
        (?: [ \t\u00a0\u202f]+                   # spaces
            (?P<wrap1>\n[ \t]*)?                  #   perhaps a line break ("6⏎mokomosios")
          | [ \t]*(?P<wrap2>\n)[ \t]*             # or the figure ends its line
        )
        (?:\d{1,2}[ \t\u00a0]*[–-][ \t\u00a0]*\d{1,2}  # a grade range before the noun ("420 5–8
                                                 #   klasių") or an age range, its years
            (?:[ \t\u00a0]*(?:m\.|metų)(?:[ \t\u00a0]+amžiaus)?)?\s+  #   said ("37 15-26 m.
                                                 #   jaunuolių", "20 14–29 metų amžiaus …")
          | \d{1,3}(?:-(?:ių|jų|ų|os|o))?[ \t\u00a0]+  # or how long each lasts, after a numeral
            (?:dien(?:ų|os)|valand(?:ų|os)|val\.     #   ("dveji 3 dienų mokymai", "dvi 3
              |savaič(?:ių)|savaitės|mėnesi(?:ų|o))  #   dienų stovyklos": the count is the
            [ \t\u00a0]+                            #   numeral, the length part of what it counts)
          | \d{1,2}-(?:jų|ų|ių|o|ojo)\s+          # or a numeral in the genitive ("4 2-jų kambarių
                                                 #   butai", "5 1-o kambario butus")
          | {POSTS}[ \t\u00a0]+                   # or "(etato)" before jobs ("11,2 (etato) darbo
                                                 #   vietos")
        )?
        """,
        POSTS=_words("posts"),
    ),
    re.VERBOSE,
)
_SPACES = compiled(
    r"""
    [ \t\u00a0\u202f]+                      # spaces on the same line
    """,
    re.VERBOSE,
)
_NUMERALS: dict[str, float] = {
    word: float(value) for word, value in lexicon.table("results", "numerals")["values"].items()
}
"""Numbers written as words, with their values ("dvi" 2, "tris" 3, "two" 2)."""
_NUMERAL_WORDS = lexicon.alternation(sorted(_NUMERALS, key=len, reverse=True))
"""The numbers written as words, as one alternation (longest first)."""
_COMPOUNDS = lexicon.table("results", "numeral_compounds")
_TENS = frozenset(_COMPOUNDS["tens"])
_SPELLED_COUNT = lexicon.fill(
    r"""
    (?:(?:{TENS})                              # a ten ("dvidešimt"),
        (?:[ \t\u00a0]+(?:{UNITS}))?           #   maybe a unit after it ("… penki": 25),
        (?!\w)                                 #   the whole word,
        (?![ \t\u00a0]+{NOT_AFTER_TENS})       #   not before "vienas" or an ordinal
      | (?:{SMALL}))                           # or any other ("dvi", "šešiolika")
    """,
    TENS=lexicon.alternation(lexicon.longest_first(_TENS)),
    UNITS=lexicon.alternation(lexicon.longest_first(_COMPOUNDS["units"])),
    NOT_AFTER_TENS=lexicon.fragment("results", "numeral_compounds"),
    SMALL=lexicon.alternation(lexicon.longest_first(w for w in _NUMERALS if w not in _TENS)),
)
"""A count written as words: a ten and maybe a unit ("dvidešimt penki"), or one word."""
_INDICATOR_STOP = compiled(
    lexicon.fill(
        r"""
    [,;:()\[\]!?„“".\s]                      # the character a stop opens with (a set first: the
                                             # engine skips to it instead of trying each letter)
    (?:
        (?<=[,;:()\[\]!?„“"\n])              # punctuation and quotes, the end of the line
      | (?<=\.)(?<!\s\w\.)(?:\s|$)           # a full stop (not "e." in "1 bendrą e. knygą")
      | (?<=\s)(?:                           # after a space:
            (?=\d)                           # another figure (a year: "dirbtuvės 2020 m.")
          | [–—-]\s                          # a dash between words
          | (?:ir|bei|and|or|arba)\s+(?=\d)  # a second count: "12 … ir 4 …"
          | (?:ir|bei|and)\s+(?=(?:{NUMERALS})\s)  # or one written as a word: "… mokytojai ir
                                             #   trys mokiniai" (not its first word: "ir dvi…")
          | (?:and|or)\s+(?:a|an|the)\s      # an English item with no count: "… and a map"
          | (?:iš|į|per|su|apie|prie|po|už|nuo|iki|skirt\w*|kuri\w*|kur|kad|kai)(?=\s)  # Lithuanian
          | (?:bus|buvo|yra|būtų|turėtų)(?=\s)   # an auxiliary: the verb follows
          | (?:were|was|will|are|is|have|has|in|on|at|for|with|through|across)(?=\s)  # English
          | (?:during|from|to|that|which|who|by|of\s+the)(?=\s)                      # English
          | aged(?=\s)                       # an age after the noun ("24 pupils aged 10")
        )
    )
    """,
        NUMERALS=_NUMERAL_WORDS,
    ),
    re.VERBOSE,
)  # only where a stop starts is read
_DIGIT = compiled(
    r"""
    \d                                      # any figure
    """,
    re.VERBOSE,
)
_WORD = compiled(
    r"""
    [^\W\d_]              # a letter
    [\w'’\-]*             # and the rest of the word, apostrophes and hyphens inside
    """,
    re.VERBOSE,
)
_DECIMAL = compiled(
    r"""
    \d{1,2}[.,]\d{1,2}     # a count with a decimal part ("2,5"): never grouped (three digits)
    """,
    re.VERBOSE,
)
_DIGIT_GAPS = compiled(
    r"""
    [ \u00a0\u202f,]      # a gap or comma between the digit groups of a count (1 200, 1,200)
    """,
    re.VERBOSE,
)
_VERB_FORM = compiled(
    r"""
    (?:t[aoiu]s?|tos|tų|ė|(?<!m)o|s|si|ti|ed)$  # a verb's ending ("įrengtos", "įkūrė", "held"),
                                            #   not a noun's "-mo" ("pritaikymo", "atnaujinimo")
    | ^(?:took|held|built|set)$             # English irregular pasts
    """,
    re.VERBOSE,
)
_NOT_COUNTED = compiled(_words("not_counted"), re.VERBOSE)
_NOT_RESULTS = compiled(_words("not_results"), re.VERBOSE)
_PARTNERSHIP = compiled(_words("partnership"), re.VERBOSE)
_PLACE_LOCATIVE = compiled(
    r"""
    (?:e|oje|ėje|yje|uje)$                  # a place in the locative ("Visagine", "Rygoje")
    """,
    re.VERBOSE,
)
_CONJUNCTIONS = frozenset(("ir", "bei", "arba", "and", "or", "o"))
"""Words that join, never a counted noun's last."""
_COORDINATED = compiled(
    r"""
    (?<!\w)(?:ir|bei|arba|and|or)           # a conjunction ("… routes and train 40 guides")
    \s+$                                     # right before the verb
    """,
    re.VERBOSE,
)  # on lower
_VERB_BEFORE_INFINITIVE = compiled(
    r"""
    (?<!\w)(?:ir|bei)\s+           # a conjunction ("… darbo vietos ir pradės teikti …")
    [^\W\d_]+\s+                   # a verb ("pradės", "galės")
    [^\W\d_]+tis?(?!\w)            # and an infinitive after it ("teikti", "naudotis"): a second
                                   #   clause, whatever its verb
    """,
    re.VERBOSE,
)  # on lower
_LOCATIVE = compiled(
    r"""
    (?:[^k]ose|uose|yse|ėse|iuose)$         # a plural locative ("seniūnijose", "mokyklose")
    """,
    re.VERBOSE,
)
_LOCATIVE_ENDINGS = ("ose", "yse", "ėse")
"""The endings every match of _LOCATIVE ends with (a word holds no line break)."""
_MEMBERS = compiled(_words("members"), re.VERBOSE)
_MEMBER_VERBS = compiled(_words("member_verbs"), re.VERBOSE)
_TRAVELLERS = compiled(_words("travellers"), re.VERBOSE)
_WENT = ("vyko", "vyks")
"""The result verbs of going ("vyko 5 seminarai", but "vyko 6 mokytojai": a visit's group)."""
_WENT_AFTER = compiled(
    r"""
    [ \t\u00a0]+(?:vyko|vyks)(?!\w)            # "6 mokytojai vyko į …": the verb after the group
    """,
    re.VERBOSE,
)  # on lower, right after a counted phrase
_MEMBERS_FROM = compiled(
    lexicon.fill(
        r"""
        [ \t\u00a0]+(?:from|in|across|iš)          # where the members come from
        (?:[ \t\u00a0]+[^\W\d_][\w'’\-]*){1,4}?    # in one to four words ("the region")
        [ \t\u00a0]+(?=(?:{MEMBER_VERBS}))          # before their member verb ("participate")
        """,
        MEMBER_VERBS=_words("member_verbs"),
    ),
    re.VERBOSE,
)  # on lower, right after a counted phrase of members ("35 organisations from the region …")
_TIME_WORD = compiled(
    r"""
    (?:valand\w*|val|dien\w*|savait\w*|mėnes\w*|minuč\w*|hours?|days?|weeks?)  # a length of time
    (?!\w)                                   # as the second word ("40 akademinių valandų")
    """,
    re.VERBOSE,
)
_HOURS = compiled(
    r"""
    valand\w* | val | hours?                 # hours
    """,
    re.VERBOSE,
)
_HOURS_STARTS = ("val", "hour")
"""What every word _HOURS matches begins with."""
_HOURS_GIVEN = compiled(_words("hours_given"), re.VERBOSE)
_NOT_BEFORE = compiled(_words("not_before"), re.VERBOSE)
_COUNTER_AFTER = compiled(
    "(?:\n" + lexicon.table("results", "counters")["after"].strip("\n") + "\n)", re.VERBOSE
)  # on lower, right after the counted visitors
_COUNTER_BEFORE = compiled(lexicon.fragment("results", "counters"), re.VERBOSE)  # on lower
_BREAKDOWN = compiled(_words("breakdown"), re.VERBOSE)
_DURING = compiled(_words("during"), re.VERBOSE)
_CLAUSE_STOP = compiled(
    r"""
    [,;:!?()\n] | \.(?:\s|$)                   # the clause ends
    """,
    re.VERBOSE,
)
_QUALIFIERS = (
    (
        "at_least",
        compiled(
            lexicon.fill(
                r"""
                (?<!\w){AT_LEAST}   # "ne mažiau kaip", "per", "at least" ...
                \s*$                # right before the count
                """,
                AT_LEAST=_words("at_least"),
            ),
            re.VERBOSE,
        ),
    ),
    (
        "about",
        compiled(
            lexicon.fill(
                r"""
                (?<!\w){ABOUT}      # "apie", "beveik", "about" ...
                \s*$                # right before the count
                """,
                ABOUT=_words("about"),
            ),
            re.VERBOSE,
        ),
    ),
)
_QUALIFIER_WORDS = lexicon.fill(
    r"""
    (?:{AT_LEAST}|{ABOUT})             # any qualifier of _QUALIFIERS
    """,
    AT_LEAST=_words("at_least"),
    ABOUT=_words("about"),
)
_ANY_QUALIFIER = compiled(
    lexicon.fill(
        r"""
        (?<!\w){WORDS}                 # any qualifier of _QUALIFIERS
        \s*$                          # right before the count
        """,
        WORDS=_QUALIFIER_WORDS,
    ),
    re.VERBOSE,
)  # one search tells that none stands there (most figures), where _QUALIFIERS takes two
_QUALIFIER_ENDS = endings(_QUALIFIER_WORDS, re.VERBOSE)
"""How every qualifier ends ("aip", "pie", "~" ...; :func:`cwlib.parse.tails.endings`), or
None (no gate): a match of ``_ANY_QUALIFIER`` ends where the words before the figure end,
white space aside, so those words end with one of them."""
# Where a clause begins (sentences aside: see _boundaries), as three patterns that each open
# with one literal character, which the regex engine skips to; one alternation of them opens
# with a set of three and is tried at every position of the text (twice the time).
_ITEM_END = compiled(
    r"""
    ;(?=\s)                                  # a list item ends
    """,
    re.VERBOSE,
)
_LINE_BOUNDARY = compiled(
    r"""
    \n(?:[ \t]*\n                            # a blank line
      | (?=[ \t]*(?:[•\-–*·▪●◦]|\d{1,2}[.)]))  # or a new list item
    )
    """,
    re.VERBOSE,
)
_HEADER_LINE_END = compiled(
    r"""
    :\s*\n                                   # a header line (its colon and line breaks)
    """,
    re.VERBOSE,
)
_VNT = compiled(
    r"""
    vnt\.?                                   # "30 vnt." (pieces)
    """,
    re.VERBOSE,
)
_UNIT_AFTER = compiled(
    r"""
    \s*vnt\.?                                # the unit after a figure: " vnt."
    """,
    re.VERBOSE,
)
_VNT_NOUN_BEFORE = compiled(
    r"""
    (?:^|[\n:–—(]|\s-\s|,\s)\s*              # the start of the item, after a dash or comma
    (?P<noun>[^\W\d_][^\n:–—(,]*?)           # the thing counted
    [\s:–—(-]*$                              # right before the figure ("ekranai (4 vnt.)")
    """,
    re.VERBOSE | re.MULTILINE,
)
_LAST_SENTENCE = compiled(
    r"""
    (?<=[.!?])\s+(?=[^.!?]*$)                # the start of the last sentence of a line
    """,
    re.VERBOSE,
)
_NO_NOUN = frozenset(
    (
        *("bus", "buvo", "yra", "būtų", "turėtų"),  # auxiliaries ("3 bus pritaikyti")
        *("were", "was", "will", "are", "is", "have", "has"),  # English ("4 were equipped")
        # English prepositions and pronouns: "aged 10 and 11 from a local school" ("iš",
        # "į" … are left alone: "15 iš … šeimų", "12 į jaunimą orientuotų renginių")
        *("from", "to", "in", "on", "at", "for", "with", "by", "through", "across", "during"),
        *("that", "which", "who"),
        *("the", "a", "an"),  # an article: "In 2023 the programme opened …" (a bare year)
        "per",  # a rate with no noun counted: "case studies (5 per country)", "2 per metus"
    )
)
"""Words of ``_INDICATOR_STOP`` that, right after a figure, show no counted noun follows it:
what it counts stands before it ("atnaujinta 10 mokyklų, iš kurių 3 bus …"), or nothing is
counted ("children aged 10 and 11 from …"). (A stop is found after a space the search
consumes, so the phrase's first word is asked here.)"""
_SHARE_OF = compiled(
    r"""
    (?:iš|of)\s+                             # "2 iš jų", "4 of them": a share of a total named
    (?:jų|kurių|them|which)(?!\w)           #   before, not "15 iš … šeimų" (from where)
    """,
    re.VERBOSE,
)  # on lower
_SHARE_OF_FIRST = frozenset(("iš", "of"))
"""The word every match of ``_SHARE_OF`` opens with (white space follows it)."""
_OF_TOTAL = compiled(
    r"""
    (?:iš|out[ \t\u00a0]+of)                 # "18 iš 20 …", "18 out of 20 …": a part of a total
    [ \t\u00a0]+\d+(?:[ \u00a0]\d{3})*       # the total ("20", "1 200")
    [ \t\u00a0]+(?=[^\W\d_])                 # and the words of what both count
    """,
    re.VERBOSE,
)  # on lower, at the first word after a count
_OF_TOTAL_FIRST = frozenset(("iš", "out"))
"""The words every match of ``_OF_TOTAL`` opens with."""
_BEFORE_SPELLED = lexicon.fill(
    r"""
    [ \t\u00a0]+                             # after a result verb's word, a space
    (?:(?:{AT_LEAST}|{ABOUT}|net|dar)[ \t\u00a0]+)?  # perhaps a qualifier ("net", "apie")
    """,
    AT_LEAST=_words("at_least"),
    ABOUT=_words("about"),
)
"""What stands between a result verb's word and a number written as words after it."""
_NUMERAL_AFTER_VERB = compiled(
    _BEFORE_SPELLED
    + lexicon.fill(
        r"""
        (?P<count>{SPELLED})                      # a number written as words ("dvi", "two",
                                                 #   "dvidešimt penki")
        (?!\w)                                   # the whole word
        (?![ \t\u00a0]+{SCALE})                   # not the first word of a larger number
        """,
        SPELLED=_SPELLED_COUNT,
        SCALE=_words("numeral_scale"),
    ),
    re.VERBOSE,
)  # on lower, at the end of a result verb's word
_SPELLED_TOKENS = None if (runs := white_runs(_BEFORE_SPELLED, re.VERBOSE)) is None else runs + 1
"""The most words (white-space-separated tokens) from a result verb's start to the number
written as words that ``_NUMERAL_AFTER_VERB`` finds after it: the verb's word holds no white
space, so each word after it follows one of the runs of white space of ``_BEFORE_SPELLED``
(:func:`cwlib.parse.tails.white_runs`; None: no bound known, no gate)."""
_NUMERAL_BEFORE_VERB = compiled(
    lexicon.fill(
        r"""
        (?<![\w'’\-])(?P<count>{NUMERALS})(?!\w)   # a number written as a word ("eight", "dvi")
        (?![ \t\u00a0]+{SCALE})                     # not the first word of a larger number
        (?:[ \t\u00a0]+                              # what it counts: one to five words,
            (?!(?:{NUMERALS})(?!\w))                 #   none of them a number ("in two years
            [^\W\d_][\w'’\-]*                          #   five exhibitions were held": five)
        ){1,5}?
        (?:[ \t\u00a0]+(?P<aux>{AUXILIARIES}))?     # a passive's auxiliary ("were", "buvo")
        [ \t\u00a0]+$                               # right before the result verb
        """,
        NUMERALS=_NUMERAL_WORDS,
        SCALE=_words("numeral_scale"),
        AUXILIARIES=_words("passive_auxiliaries"),
    ),
    re.VERBOSE,
)  # on lower, searched in the words before a result verb that follows an auxiliary
_SPELLED_REACH = 80
"""How much of the text after a verb's start is split into words to tell that a number
written as words stands too far after it (``_spelled``): any prefix of what lies between
holds no more words than the whole, so a shorter one only decides fewer verbs."""
_BEFORE_REACH = 80
"""How far before a passive result verb its number written as words is looked for."""
_PARTICIPLE_REACH = 60
"""How far before a plural participle its number written as words is looked for (within
``_BEFORE_REACH``: the gate of ``_spelled_before`` holds for both)."""
_NOMINATIVE_NUMERALS = lexicon.words("results", "nominative_numerals")
_NUMERAL_BEFORE_PARTICIPLE = compiled(
    lexicon.fill(
        r"""
        (?<![\w'’\-])(?P<count>{NUMERALS})(?!\w)   # a number written as a word, nominative ("trys")
        (?:[ \t\u00a0]+                              # the words of what it counts before its noun
            (?!(?:{NUMERALS})(?!\w))                 #   ("naujos"), none of them a number,
            [^\W\d_][\w'’\-]*                        #   each a word
        ){0,3}?                                      # up to three of them, as few as will do
        [ \t\u00a0]+(?P<noun>[^\W\d_]+)             # the noun ("klasės")
        [ \t\u00a0]+$                                # right before the participle
        """,
        NUMERALS=lexicon.alternation(sorted(_NOMINATIVE_NUMERALS, key=len, reverse=True)),
    ),
    re.VERBOSE,
)  # on lower, searched in the words before a participle that ends its clause
_PARTICIPLE_NOUNS = {"tos": ("os", "ės", "ys"), "ti": ("ai", "ys", "ūs")}
"""A plural participle's ending ("atnaujintos", "nutiesti") and the endings of the plural
nominative nouns it agrees with ("klasės", "takai"): not "padės įrengti", an infinitive after a
verb."""
_PARTICIPLE_NOUN_ENDS = frozenset(end for ends in _PARTICIPLE_NOUNS.values() for end in ends)
"""The endings of the nouns before a participle (the cheap test before its words are read)."""
_PARTICIPLE_AT = compiled(
    r"""
    [^\W\d_]*?(?P<ending>tos|ti)            # a plural participle ("atnaujintos", "nutiesti")
    (?:[ \t\u00a0]*(?:[.,;:!?)\n]|$)       # that ends its clause
      | [ \t\u00a0]+(?:ir|bei)\s            # or another participle joins it ("… ir …")
    )
    """,
    re.VERBOSE,
)  # on lower, matched at a result verb's start
_DETERMINERS = frozenset(lexicon.words("results", "numeral_determiners"))
"""Words before a numeral that point back at things named before ("the two schools")."""
_AUXILIARY_ENDS = ("were ", "was ", "been ", "be ", "are ", "buvo ", "bus ", "yra ")
"""The last words of ``results.passive_auxiliaries`` and the space before the verb (the
cheap test before the search; an auxiliary two spaces or a line break before its verb is
not looked at)."""
_AUXILIARY_LAST = frozenset((*(end[-2] for end in _AUXILIARY_ENDS), "s", "i"))
"""The last letters of those auxiliaries, of a plural before "took place", and of the plural
nouns before a participle with no auxiliary ("klasės atnaujintos", "takai nutiesti")."""
_LIST_GAP = compiled(
    r"""
    (?:[ \t\u00a0\u202f]+[^\W\d_][\w'’\-]*){0,8}  # the last item's words after what it counts
                                               #   ("3 seminars for municipal staff")
    [ \t\u00a0\u202f]*                          # spaces on the same line
    (?: ,[ \t\u00a0\u202f]*                       # the item's comma
        (?:(?:ir|bei|and)[ \t\u00a0\u202f]+)?     #   perhaps "and" before the list's last item
      | (?:ir|bei|and)[ \t\u00a0\u202f]+         # or "and" alone
    )
    """,
    re.VERBOSE,
)  # on lower, matched whole between one result and the next figure (or its qualifier)
_GENITIVE_LIST = compiled(
    lexicon.fill(
        r"""
        ,[ \t\u00a0]+                              # the comma that cut the counted phrase
        (?:{GEN}[ \t\u00a0]+){0,2}{GEN}             # an item of one to three words in the
                                                  #   genitive ("bibliotekos", "meno mokyklos")
        (?:,[ \t\u00a0]+(?:{GEN}[ \t\u00a0]+){0,2}{GEN})*  # perhaps more items, each after a comma
        [ \t\u00a0]+(?:ir|bei)[ \t\u00a0]+         # "ir" before the last item
        (?:{GEN}[ \t\u00a0]+){0,2}?{GEN}            # the last item's words (its first: the
                                                  #   head's own words are read on from here)
        (?=[ \t\u00a0]+[^\W\d_])                   # and a word after it (the head noun)
        """,
        GEN=r"[^\W\d_]+(?:o|os|ės|ies|aus|ų)(?!\w)",  # a word with a genitive's ending
    ),
    re.VERBOSE,
)  # on lower, matched at the comma that ended a counted phrase ("126 kultūros centro, …")
_GENITIVE_ONLY = ("o", "aus", "ies", "ų")
"""Endings no plural nominative or accusative has: a word that ends a counted phrase with one
before a count of two to nine is no counted noun ("126 kultūros centro, …")."""
_SINGULAR_GENITIVE = ("o", "aus", "ies", "os", "ės")
"""Endings of a singular genitive: no counted noun after a count that takes the plural
genitive (tens, teens: "120 kultūros centro, …")."""
_HEAD_NOMINATIVE = ("ai", "os", "ės", "ys", "ūs", "i", "us", "as", "es", "is")
"""Endings of a plural nominative or accusative (the case of what two to nine count)."""
_NOT_HEAD = ("ais", "aus", "ies")
"""Endings that look like those of _HEAD_NOMINATIVE but are an instrumental or a genitive."""
_MAX_LIST_WORDS = 14
"""The counted noun phrase with a genitive list before its head is cut after this many words."""
_REACH = 120
"""How far before a count its verb may stand (characters, within the clause)."""
_MAX_WORDS = 8
"""The counted noun phrase is cut after this many words."""


def _header_start(doc: Document, line: Span) -> int | None:
    """Where the section a results header line opens begins, or None if the line is none. A
    header with text after its colon ("Outputs: 3 pilot actions") opens it there."""
    head = doc.lower[line.start : line.end]
    colon = head.find(":")
    if 0 < colon < 60 and _HEADER.search(head, 0, colon) and head[colon + 1 :].strip():
        return line.start + colon + 1  # the rest of the header line is in the section
    if len(head) > 120 and head.endswith(":"):
        # "… took place on 14 September 2021. Expected results:": the header ends the line.
        last = _LAST_SENTENCE.search(head)
        head = head[last.start() :] if last else head
    if len(head) > 120 or not _HEADER.search(head):
        return None
    if not (line.text.rstrip().endswith(":") or len(line.text) <= 60):
        return None
    return line.end


def _sections(doc: Document) -> list[tuple[int, int]]:
    """Where results sections begin and end: from a results header to the next other header
    (a short line ending with a colon, or a line, not a list item, that opens with the word of
    another section: "Partneriai", "Finansavimas", "Kontaktai" ...); and the lists a line such
    as "Įsigyta įranga:" opens, to the first blank line."""
    lower, text, all_lines = doc.lower, doc.text, doc.lines
    out = []
    # a line without a verb or header word opens no section: only the others are looked at
    for i in holding(
        doc.lines, doc.line_starts, (*doc.hits("results.verbs"), *doc.hits("results.header"))
    ):
        line = all_lines[i]
        listed = _verb_line(doc, line)
        if not listed and not doc.has_in("results.header", line.start, line.end):
            continue  # no header word in the line
        start = line.end if listed else _header_start(doc, line)
        if start is None:
            continue
        end = len(text)
        previous = line
        for nxt in all_lines[i + 1 :]:
            if listed and text.count("\n", previous.end, nxt.start) > 1:
                end = previous.end  # a list ends at a blank line
                break
            previous = nxt
            said = nxt.text
            if (
                (said[-1] == ":" and len(said) <= 60)  # (the cheap test first: lines are
                or _SECTION_END.match(lower, nxt.start, nxt.end)  # never empty)
            ) and not BULLET.match(said):
                end = nxt.start
                break
        out.append((start, end))
    return out


def _verb_line(doc: Document, line: Span) -> bool:
    """A short line that reports outputs and opens a list: "Įsigyta įranga:"."""
    return (
        len(line.text) <= 60
        and line.text.rstrip().endswith(":")
        and doc.has_in("results.verbs", line.start, line.end)
        and _verb_after(doc, line.start, line.end)
    )


def _blocked(doc: Document) -> bytearray:
    """A mark for every character that belongs to a sum, percentage, date or duration."""
    marks = bytearray(len(doc.text))
    spans: tuple[Money | Percent | DateMention | Duration, ...]
    spans = (*doc.amounts, *doc.percentages, *doc.dates, *doc.durations)
    for found in spans:
        marks[found.start : found.end] = b"\x01" * (found.end - found.start)
    return marks


class _Counted(NamedTuple):
    """What a figure counts: the noun phrase's span, and whether it stands after the figure.

    (A named tuple: made for every count, at a third of a frozen dataclass's cost.)"""

    start: int
    end: int
    after: bool
    words: tuple[str, ...] = ()  # the phrase's words (after the figure: ``_WORD`` matches)
    shared: str = ""  # the noun borrowed from the next count (``_shared_noun``), with its gap
    shared_end: int = 0  # where that noun ends


_UNREAD = _Counted(-1, -1, after=False)
"""What ``extract_results`` finds in its ``read`` for a figure whose phrase was not read yet."""


def _verbs_in(lower: str, hits: list[int], lo: int, hi: int) -> Iterator[re.Match[str]]:
    """``_VERBS.finditer(lower, lo, hi)``, tried only at the verbs' starts (``hits``): every
    match begins at one, so the phrase is not scanned with the whole alternation."""
    end = lo
    for i in range(bisect_left(hits, lo), len(hits)):
        at = hits[i]
        if at >= hi:
            break
        if at < end:
            continue  # inside the last match: finditer never overlaps
        match = _VERBS.match(lower, at, hi)
        if match is not None:
            yield match
            end = max(match.end(), at + 1)


def _counted(
    text: str,
    lower: str,
    start: int,
    end: int,
    verb_hits: list[int],
    read: dict[tuple[int, int], _Counted | None] | None = None,
) -> _Counted | None:
    """The noun phrase a figure at ``[start, end)`` counts, or None if no word follows it.

    ``verb_hits``: where the words of ``results.verbs`` begin (``Document.hits``). ``read``:
    where the phrases of the figures read on the way (the next count of ``_shared_noun``) are
    put, by their figure's span, for the caller to take instead of reading them again (the
    answer depends on the text and the span alone)."""
    gap = _INDICATOR_START.match(lower, end)
    if gap is None:
        return None
    pos = gap.end()
    limit = min(len(lower), pos + 160)
    first = _WORD.match(lower, pos)
    if first is None:
        return None
    if (gap["wrap1"] or gap["wrap2"]) and not text[pos].islower():
        return None  # a capitalised word on the next line starts something else
    first_word = first.group()
    if first_word in _NO_NOUN or (
        first_word in _SHARE_OF_FIRST and _SHARE_OF.match(lower, pos) is not None
    ):
        return None  # "iš kurių 3 bus pritaikyti": the noun counted stands before the figure
    if first_word in _OF_TOTAL_FIRST:
        total = _OF_TOTAL.match(lower, pos)
        if total is not None:  # "baigė 18 iš 20 dalyvių": what follows the total is counted
            pos = total.end()
            first = _WORD.match(lower, pos)
            if first is None:
                return None
            first_word = first.group()
    if first_word.startswith("vnt") and _VNT.fullmatch(first_word):  # (every match begins so)
        # "30 vnt." / "3 vnt. vieno kambario": the noun follows "vnt.", else stands before it
        after_vnt = _SPACES.match(lower, first.end() + lower.startswith(".", first.end()))
        if after_vnt is not None and _WORD.match(lower, after_vnt.end()):
            pos = after_vnt.end()
        else:
            line_start = lower.rfind("\n", 0, start) + 1
            before = _VNT_NOUN_BEFORE.search(lower, line_start, start)
            if before is None:
                return None
            noun_start, noun_end = before.span("noun")
            verb = _verb_before(lower, verb_hits, noun_start, noun_end)
            if verb is not None:  # "bendruomenė įsigijo kėdžių – 60 vnt.": what follows the verb
                word = _WORD.match(lower, verb.start())
                verb_end = max(verb.end(), word.end()) if word is not None else verb.end()
                after_verb = _SPACES.match(lower, verb_end)
                if after_verb is None or after_verb.end() >= noun_end:
                    return None  # nothing counted between the verb and the figure
                noun_start = after_verb.end()
            return _Counted(noun_start, noun_end, after=False)
    stop = _INDICATOR_STOP.search(lower, pos, limit)
    phrase_end = stop.start() if stop else limit
    if stop is not None and lower.startswith(",", phrase_end):
        listed = _genitive_list(lower, start, end, pos, phrase_end)
        if listed is not None:  # "126 kultūros centro, bibliotekos ir meno mokyklos darbuotojai"
            list_limit = min(len(lower), listed + 160)
            list_stop = _INDICATOR_STOP.search(lower, listed, list_limit)
            counted = _phrase(
                text,
                lower,
                pos,
                list_stop.start() if list_stop else list_limit,
                verb_hits,
                _MAX_LIST_WORDS,
            )
            if counted is not None and _head_agrees(lower, start, end, counted.words[-1]):
                return counted
    counted = _phrase(text, lower, pos, phrase_end, verb_hits, _MAX_WORDS)
    if (
        counted is not None
        and stop is not None
        and len(counted.words) == 1  # (the cheap tests first: one word before "ir 3 …")
        and lower.startswith(("ir", "bei"), stop.start() + 1)
    ):
        return _shared_noun(text, lower, counted, stop.end(), verb_hits, read)
    return counted


_SECOND_COUNT = compiled(
    lexicon.fill(
        r"""
        (?:\d{1,4}|{SPELLED})(?!\w)            # the next count, in figures or in words
        """,
        SPELLED=_SPELLED_COUNT,
    ),
    re.VERBOSE,
)
_SHARED_SUFFIX = 4
"""Letters two modifiers of one noun end alike ("nuotol|iniai" and "kontakt|iniai")."""


def _shared_noun(
    text: str,
    lower: str,
    counted: _Counted,
    second: int,
    verb_hits: list[int],
    read: dict[tuple[int, int], _Counted | None] | None = None,
) -> _Counted:
    """The first of two counts of one noun, its modifier alone before "ir": "6 nuotoliniai ir
    2 kontaktiniai darbo grupės posėdžiai" counts "nuotoliniai darbo grupės posėdžiai".

    The two modifiers end alike (four letters or more) and the noun after the second ends in
    the first's case: "12 mokinių ir 3 kitų mokyklų mokytojai" keeps "mokinių"; a word that is
    the same as the second's (a noun repeated), one a kind is read from ("5 renginiai ir 2
    tarptautiniai renginiai") or people counted ("30 mokinių ir 5 užsienio dalyvių") is a
    noun itself. ``second``: where the next count begins; ``read``: see ``_counted``."""
    figure = _SECOND_COUNT.match(lower, second)
    if figure is None:
        return counted
    following = _counted(text, lower, figure.start(), figure.end(), verb_hits, read)
    if read is not None:
        read[figure.span()] = following
    if following is None or len(following.words) < 2 or not following.after:
        return counted
    word, modifier, head = counted.words[0], following.words[0], following.words[-1]
    if (
        word == modifier
        or len(word) <= _SHARED_SUFFIX
        or word[-_SHARED_SUFFIX:] != modifier[-_SHARED_SUFFIX:]
        or not (word[-2:] == head[-2:] or word[-1] == head[-1] == "ų")  # (the genitive plural
        # ends in "ų" after any stem: "dvišalių … mainų")
        or result_kind(word) != "other"
        or _traveller(word)
    ):
        return counted
    borrowed = _WORD.match(lower, following.start)  # the modifier: the noun follows it
    noun = _WORD.search(lower, borrowed.end()) if borrowed is not None else None
    if noun is None or noun.start() >= following.end:
        return counted
    return counted._replace(
        words=(word, *following.words[1:]),
        shared=" " + text[noun.start() : following.end],
        shared_end=following.end,
    )


def _phrase(
    text: str, lower: str, pos: int, phrase_end: int, verb_hits: list[int], max_words: int
) -> _Counted | None:
    """The counted noun phrase from ``pos`` to its stop at ``phrase_end`` (or before: a verb
    after the noun, a second clause, a place), of at most ``max_words`` words."""
    first_verb = bisect_left(verb_hits, pos)
    if first_verb < len(verb_hits) and verb_hits[first_verb] < phrase_end:
        # (most phrases hold no verb's start: the verbs are looked for only where one does)
        for verb in _verbs_in(lower, verb_hits, pos, phrase_end):  # a verb after the noun ends it
            word = _WORD.match(lower, verb.start())
            if verb.start() > pos and word is not None and _verb_word(lower, verb, word, pos):
                phrase_end = verb.start()
                break
    if lower.find(" ir ", pos, phrase_end) >= 0 or lower.find(" bei ", pos, phrase_end) >= 0:
        clause = _VERB_BEFORE_INFINITIVE.search(lower, pos, phrase_end)
        if clause is not None:
            phrase_end = clause.start()  # "2 darbo vietos ir pradės teikti paslaugas"
    words = list(islice(_WORD.finditer(lower, pos, phrase_end), max_words))
    said = [word.group() for word in words]
    for i in range(1, len(said)):
        locative, place = _place_words(said[i])
        if locative or (place and text[words[i].start()].isupper()):
            i = _place_genitives(text, words, said, i)  # "susitikimai Lietuvos [miestuose]"
            del words[i:], said[i:]  # "10 koncertų abiejose šalyse": where they were, not what
            break
    if lower.find("ed", pos, phrase_end) >= 0 or lower.find("ing", pos, phrase_end) >= 0:
        for i in range(1, len(said)):
            if _english_verb_after_plural(said[i - 1], said[i]):
                del words[i:], said[i:]  # "12 students joined …", "25 teachers attending …"
                break
    while said and said[-1] in _CONJUNCTIONS:
        words.pop()  # "3 spektaklius ir [parodė]": the verb cut the phrase after "ir"
        said.pop()
    if not words:
        return None
    return _Counted(pos, words[-1].end(), True, tuple(said))


_PLACE_GENITIVE_ENDINGS = ("o", "io", "aus", "os", "ės", "ų")
"""Endings of a genitive, singular or plural: the words of a place's name before its locative
("Lietuvos [miestuose]", "X seniūnijos Y ir Z [kaimuose]")."""


def _place_genitives(text: str, words: list[re.Match[str]], said: list[str], cut: int) -> int:
    """Where the counted phrase ends before the place cut at ``cut`` (a locative): at a
    capitalised genitive after the counted noun that opens a chain of genitives (and
    conjunctions) running up to the locative, which names the place, not what is counted
    ("5 susitikimai Lietuvos miestuose", "2 aikštelės Pušynės seniūnijos Alksnėnų ir Beržėnų
    kaimuose" count meetings and grounds). A capitalised first word ("3 Erasmus+ projektai")
    or a lower-case genitive before the noun ("5 kaimo bendruomenės") is left; else ``cut``."""
    for j in range(1, cut):
        if (
            not text[words[j].start()].isupper()
            or text[words[j - 1].start()].isupper()
            or said[j - 1] in _CONJUNCTIONS
        ):
            continue  # not a capital after a lower-case word ("Lietuvos ir Latvijos …")
        if all(w in _CONJUNCTIONS or w.endswith(_PLACE_GENITIVE_ENDINGS) for w in said[j:cut]):
            return j
        return cut  # the first capital after the noun opens no chain up to the place
    return cut


def _english_verb_after_plural(before: str, word: str) -> bool:
    """An English participle or past after a plural noun ends what is counted: "12 younger
    students joined the club", "25 teachers attending the course", "5 buildings housing …"
    (the noun's own words stand before it: "3 trained guides", "2 training sessions")."""
    return (
        word.endswith(("ed", "ing"))
        and len(word) > 4
        and before.endswith("s")
        and word.isascii()
        and before.isascii()
    )


def _count_case(lower: str, start: int, end: int) -> str | None:
    """The case a count gives the noun it counts: "nominative" (two to nine, also in "126"),
    "genitive" (tens and teens: "120", "15"), None for one ("21": the singular)."""
    figure = lower[start:end]
    if not figure[0].isdigit():
        return "nominative"  # a number written as a word: two to nine
    digits = [c for c in figure if c.isdigit()]
    last, tens = digits[-1], (digits[-2] if len(digits) > 1 else "0")
    if last == "0" or tens == "1":
        return "genitive"
    return None if last == "1" else "nominative"


def _genitive_list(lower: str, start: int, end: int, pos: int, comma: int) -> int | None:
    """Where the last item of a list of genitives before the counted noun begins to be read on
    (the end of its first word), when the phrase cut at ``comma`` ends with a genitive the
    count cannot be counting ("126 kultūros centro, bibliotekos ir meno mokyklos darbuotojai":
    126 are employees, not centres); else None."""
    case = _count_case(lower, start, end)
    if case is None:
        return None
    cut = lower[pos:comma].rsplit(None, 1)
    if not cut or not cut[-1].endswith(
        _GENITIVE_ONLY if case == "nominative" else _SINGULAR_GENITIVE
    ):
        return None
    listed = _GENITIVE_LIST.match(lower, comma)
    return listed.end() if listed is not None else None


def _head_agrees(lower: str, start: int, end: int, head: str) -> bool:
    """The last word of a phrase read over a genitive list is a noun the count can count:
    a plural nominative or accusative after two to nine, a plural genitive after tens."""
    if _count_case(lower, start, end) == "genitive":
        return head.endswith("ų")
    return head.endswith(_HEAD_NOMINATIVE) and not head.endswith(_NOT_HEAD)


def _verb_word(lower: str, verb: re.Match[str], word: re.Match[str], pos: int) -> bool:
    """The word at a result verb's match is a verb that ends the counted phrase: a verb's
    ending ("įrengtos", "held"), or a whole verb of the lexicon right after a conjunction, as
    English writes its plain form ("3 new routes and train 40 guides"; not "participants", a
    stem's noun, nor "train-the-trainer")."""
    if _VERB_FORM.search(word.group()):
        return True
    return (
        verb.end() >= word.end()
        and _COORDINATED.search(lower, max(pos, verb.start() - 8), verb.start()) is not None
    )


def _day_centre(words: tuple[str, ...]) -> bool:
    """A "dienos" among the first two words that names a day centre, not days: "3 (vaikų)
    dienos (užimtumo) centrai" (a social-services institution projects often build)."""
    for i in (0, 1):
        if i < len(words) and words[i] == "dienos":
            return any(
                w.startswith("centr") and w not in ("centre", "centruose")  # not "in a centre"
                for w in words[i + 1 : i + 3]
            )
    return False


def _locative(word: str) -> bool:
    """``_LOCATIVE.search(word)``, tried only on a word with one of its endings."""
    return word.endswith(_LOCATIVE_ENDINGS) and _LOCATIVE.search(word) is not None


@lru_cache(maxsize=8192)
def _place_words(word: str) -> tuple[bool, bool]:
    """``_locative(word)`` and ``_PLACE_LOCATIVE.search(word)`` (a place's locative when the
    word is capitalised), kept per word: a counted phrase's words repeat."""
    return _locative(word), _PLACE_LOCATIVE.search(word) is not None


def _not_an_output(
    lower: str, counted: _Counted, verb: re.Match[str] | None, hours_given: bool
) -> bool:
    """The figure measures, dates or numbers something, or sizes the partnership.

    ``hours_given``: ``_hours_given(lower, counted)``, which the caller needs too."""
    if not counted.after:
        return False
    words = counted.words  # (what _WORD.findall(lower, counted.start, counted.end) finds)
    if hours_given:
        return False
    not_counted, where, not_result = _first_word(words[0])
    if (not_counted or (len(words) > 1 and _time_word(words[1]))) and not _day_centre(words):
        return True  # "400 m", "4 aukštų", "250 vietų salė", "40 akademinių valandų"
    if lower.startswith(("kv.", "m.", "m²"), counted.start):
        return True
    if where:
        return True  # "3 klasėse", "5 šalyse": where, not what
    if not_result:
        return True  # "6 partneriai", "14 projektų", "2 pagrindinio veiksmo", "Puslapis 1"
    # the counted noun ends the phrase: "2 kūrybinių bendruomenių centrai"
    partnership, member = _head_word(words[-1])
    if partnership:
        return True  # "7 Latvijos ir Lietuvos partneriai"
    if (
        (verb is not None and verb.group() in _WENT) or lower.startswith(" vyk", counted.end)
    ) and _went(lower, counted, verb):  # (the cheap test first: most verbs are others)
        return True  # "Į susitikimą vyko 6 mokytojai": who went, not what was made
    # "Projekte dalyvauja 3 vietos veiklos grupės": the partnership's size
    if not member:
        return False
    if verb is not None:
        return _MEMBER_VERBS.match(lower, verb.start()) is not None
    # "3 municipalities took part in the project": the verb after the counted phrase, or
    # after where they come from ("35 organisations from the region participate")
    after = _SPACES.match(lower, counted.end)
    if after is None:
        return False
    return (
        _MEMBER_VERBS.match(lower, after.end()) is not None
        or _MEMBERS_FROM.match(lower, counted.end) is not None
    )


def _ordinal(
    lower: str, start: int, end: int, counted: _Counted, verb: re.Match[str] | None
) -> bool:
    """A plain figure before a noun in the singular names one of a row ("Projekto metu vyko 4
    susitikimas", "organizuotas 3 tarptautinis seminaras", "Į 2 susitikimą"), where a count
    above one that does not end in 1 takes the plural: the head noun ends as only a singular
    does (accusative "-ą", "-ę", "-į"; nominative "-a", "-ė"), or in "-as", "-is" where the
    case is the nominative (after "vyko"/"įvyko", or a masculine singular participle "-tas";
    an active verb's object in "-as" is a plural: "išleido 3 knygas")."""
    if not counted.after or not counted.words:
        return False
    first = counted.words[0]  # (the noun or its first adjective: both agree with the count;
    # a later word may be an adjunct in the singular: "3 seminarai tema …")
    singular = first.endswith(_SINGULAR_ONLY) and len(first) > 2 and first not in _PLURALS_IN_A
    # (not "į", a preposition: "12 į jaunimą orientuotų renginių")
    if not singular and (
        verb is None or not first.endswith(_MASCULINE_SINGULAR) or first.endswith(_INSTRUMENTAL)
    ):
        return False  # (most first words end as a plural does: the cheap tests first)
    if not lower[start:end].isdigit() or _count_case(lower, start, end) is None:
        return False  # "0,5 darbo vieta", "dvi …", "21 renginys", "1 konferencija"
    if singular or verb is None:
        return singular
    word = _WORD.match(lower, verb.start())
    said = word.group() if word is not None else verb.group()
    return said in _NOMINATIVE_VERBS or said.endswith("tas")


_SINGULAR_ONLY = ("ą", "ę", "į", "a", "ė")
"""Endings of a noun in the singular that no plural has (after a count, a row's place)."""
_PLURALS_IN_A = frozenset(
    ("criteria", "media", "data", "bacteria", "curricula", "phenomena", "extra", "mega")
)
"""English words that end in "a" before a plural ("5 criteria", "3 extra rooms")."""
_MASCULINE_SINGULAR = ("as", "is")
"""Endings of a masculine noun in the nominative singular (also a plural's accusative "-as")."""
_ORDINAL_ENDS = _SINGULAR_ONLY + _MASCULINE_SINGULAR
"""The endings a first word must have for ``_ordinal`` to read it (the cheap test)."""
_INSTRUMENTAL = ("ais", "mis")
"""Endings of a plural instrumental, which also end in "-is" ("papildytas 9 butais")."""
_NOMINATIVE_VERBS = frozenset(("vyko", "vyks", "įvyko", "įvyks"))
"""Result verbs whose counted noun is their subject, in the nominative."""


def _went(lower: str, counted: _Counted, verb: re.Match[str] | None) -> bool:
    """The people counted are a group that went somewhere: "vyko"/"vyks" right before the
    count ("Į susitikimą vyko 6 mokytojai") or right after the phrase ("6 mokytojai vyko į
    …"), and the phrase ends with people (``results.travellers``)."""
    if verb is not None and verb.group() in _WENT:
        went = True
    else:
        went = _WENT_AFTER.match(lower, counted.end) is not None
    return went and _traveller(counted.words[-1])


@lru_cache(maxsize=8192)
def _traveller(word: str) -> bool:
    """A phrase's last word names people who travel (``results.travellers``)."""
    return _TRAVELLERS.fullmatch(word) is not None


# What the words of a counted phrase are, kept per word: the same nouns ("dalyvių",
# "renginių") are counted on page after page, and a cache look-up costs less than the
# full matches of the word lists it stands for.


@lru_cache(maxsize=8192)
def _first_word(word: str) -> tuple[bool, bool, bool]:
    """A phrase's first word: a measure's (_NOT_COUNTED), a place's (locative), or a word
    that is never an output (_NOT_RESULTS)."""
    return (
        _NOT_COUNTED.fullmatch(word) is not None,
        _locative(word),
        _NOT_RESULTS.fullmatch(word) is not None,
    )


@lru_cache(maxsize=8192)
def _time_word(word: str) -> bool:
    """A length of time as a phrase's second word (_TIME_WORD)."""
    return _TIME_WORD.fullmatch(word) is not None


@lru_cache(maxsize=8192)
def _head_word(word: str) -> tuple[bool, bool]:
    """A phrase's last word: the partnership (_PARTNERSHIP), or its members (_MEMBERS)."""
    return _PARTNERSHIP.fullmatch(word) is not None, _MEMBERS.fullmatch(word) is not None


def _hours_given(lower: str, counted: _Counted) -> bool:
    """Hours of a service given ("Apie 750 valandų bus skirta konsultacijoms"): an output."""
    if not counted.after or not lower.startswith(_HOURS_STARTS, counted.start):
        return False  # (no word _HOURS matches begins otherwise)
    first = _WORD.match(lower, counted.start)
    return (
        first is not None
        and _HOURS.fullmatch(first.group()) is not None
        and _HOURS_GIVEN.match(lower, counted.end) is not None
    )


def _in_brackets(lower: str, clause_start: int, pos: int) -> bool:
    """``pos`` stands inside a bracket opened in its clause and not yet closed."""
    opened = lower.rfind("(", clause_start, pos)
    return opened >= 0 and lower.find(")", opened, pos) < 0


_NAME_OPEN_REACH = 60
"""How far before a figure the opening mark of a quoted name may stand."""
_NAME_CLOSE_REACH = 60
"""How far after a figure that name's closing mark must stand: a quoted name is short."""
_QUOTE_CLOSES = ("“", "”", '"')
_NAME_BREAKS = compiled(
    r"""
    [.!?]\s                             # a sentence ends: a quoted speech,
                                        #   not a name
    """,
    re.VERBOSE,
)


def _in_quoted_name(text: str, start: int, end: int) -> bool:
    """The figure at ``[start, end)`` stands inside a short quotation opened with „ on its line:
    a name's number ("vasaros šventė „50 rudens spalvų“", "projektas „Natura 2000 buveinių
    apsauga Pušynėje“", "projektai „Menai 3.0“ ir „Kodas 4 Tau“"): a quotation after a word
    or a comma, closed soon after the figure, no count. A quotation that opens a sentence,
    follows a colon, closes far after the figure or holds a sentence's end is someone's words
    ("„Įrengėme 6 aikšteles“, – sakė …", "„Šiemet atnaujinome 12 aikštynų. …“"), which may
    report results, and is read."""
    opened = text.rfind("„", max(0, start - _NAME_OPEN_REACH), start)
    if opened < 0:
        return False  # (most figures: no opening mark before them)
    if text.find("\n", opened, start) >= 0 or any(
        text.find(mark, opened, start) >= 0 for mark in _QUOTE_CLOSES
    ):
        return False  # opened on an earlier line, or closed before the figure
    line_start = text.rfind("\n", max(0, opened - 20), opened) + 1
    said = text[max(line_start, opened - 20) : opened].rstrip()  # (the words right before it)
    if not said or not (said[-1].isalpha() or said[-1] == ","):
        return False  # a quotation opening a sentence or after a colon: someone's words
    limit = min(len(text), end + _NAME_CLOSE_REACH)
    closes = [at for at in (text.find(mark, end, limit) for mark in _QUOTE_CLOSES) if at >= 0]
    if not closes:
        return False
    close = min(closes)
    return text.find("\n", opened, close) < 0 and _NAME_BREAKS.search(text, opened, close) is None


def _boundaries(doc: Document) -> list[int]:
    """Where clauses begin, in order: after a sentence that ends with its mark (not a line a
    hard wrap cut: "bus įrengtos 6⏎mokomosios dirbtuvės" is one clause), a list item, a
    blank line or a header line."""
    # (a sentence's text is the text's slice: its last character is the one before its end)
    ends = [end for _start, end, said in doc.sentences if said and said[-1] in ".!?;"]
    lower = doc.lower
    headers = [m.span() for m in _HEADER_LINE_END.finditer(lower)]
    ends += [end for _start, end in headers]
    ends += [m.end() for m in _ITEM_END.finditer(lower)]
    # A line break a header's match holds begins no clause of its own: one alternation of
    # the three would never try there (its matches do not overlap).
    if headers:
        inside = {pos for start, end in headers for pos in range(start + 1, end)}
        ends += [m.end() for m in _LINE_BOUNDARY.finditer(lower) if m.start() not in inside]
    else:
        ends += [m.end() for m in _LINE_BOUNDARY.finditer(lower)]
    ends.sort()  # (a place twice changes no clause's start: see _clause_start)
    return ends


def _clause_start(lower: str, boundaries: list[int], pos: int) -> int:
    """Where the clause holding ``pos`` begins (at the last boundary at or before it: a count
    that opens a paragraph or list item begins its own clause; the same for a boundary listed
    twice)."""
    i = bisect_right(boundaries, pos) - 1
    return boundaries[i] if i >= 0 else 0


def _verb_before(lower: str, hits: list[int], lo: int, hi: int) -> re.Match[str] | None:
    """The last result verb that begins in ``[lo, hi)`` (tried at the verbs' starts,
    ``hits``: those of ``results.verbs``)."""
    found = None
    for i in range(bisect_left(hits, lo), len(hits)):
        if hits[i] >= hi:
            break
        match = _VERBS.match(lower, hits[i])
        if match is not None:
            found = match
    return found


def _verb_after(doc: Document, lo: int, hi: int) -> bool:
    """A result verb begins in ``[lo, hi)`` ("12 craft workshops were held")."""
    return _verb_in(doc.lower, doc.hits("results.verbs"), lo, hi)


def _verb_in(lower: str, hits: list[int], lo: int, hi: int) -> bool:
    """``_verb_after`` with the verbs' starts (``hits``) at hand."""
    return first_match_in(_VERBS, lower, hits, lo, hi) is not None


def _qualifier(lower: str, start: int) -> tuple[str, int]:
    """The qualifier right before a figure, and where it begins (else exact, the figure)."""
    before = lower[max(0, start - 30) : start]
    if _QUALIFIER_ENDS is not None and not before.rstrip().endswith(_QUALIFIER_ENDS):
        return "exact", start  # (the cheap test first: see _QUALIFIER_ENDS)
    if _ANY_QUALIFIER.search(before) is None:
        return "exact", start  # (neither pattern matches where their alternation does not)
    for name, pattern in _QUALIFIERS:
        found = pattern.search(before)
        if found:
            return name, start - len(before) + found.start()
    return "exact", start


def _not_before(before: str) -> bool:
    """``_NOT_BEFORE.search(before)``: a word right before a figure makes it no count.

    Its words hold no white space and only white space may follow them, so a match lies in
    the last token, and its look-behind sees white space (no word character) before the
    token: the answer is the last token's, kept per token (``_not_before_token``).
    """
    words = before.rstrip()
    if not words:
        return False
    last = words.rsplit(None, 1)[-1]
    if last == "of" and words[:-2].rsplit(None, 1)[-1:] == ["out"]:
        return True  # "18 out of 20 trainees": the total, a part of which was counted
    return _not_before_token(last)


@lru_cache(maxsize=8192)
def _not_before_token(last: str) -> bool:
    """``_NOT_BEFORE.search`` on the last token before a figure (a street's ``g.``, ``Nr.``,
    ``nuo`` ...): tokens repeat from figure to figure and page to page."""
    return _NOT_BEFORE.search(last) is not None


def _counter(lower: str, before: str, counted: _Counted) -> bool:
    """The visitors counted are a site's counter ("120 lankytojai aplankė iš viso",
    "Svetainę aplankė 2345 lankytojai": ``results.counters``); ``before``: the clause's
    words before the figure."""
    return (
        _COUNTER_AFTER.match(lower, counted.end) is not None
        or _COUNTER_BEFORE.search(before) is not None
    )


def _clause_end_after(lower: str, pos: int) -> int:
    """Where the clause holding ``pos`` ends, looking at most 80 characters ahead."""
    stop = _CLAUSE_STOP.search(lower, pos, pos + 80)
    return stop.start() if stop else pos + 80


def _in(sections: list[tuple[int, int]], pos: int) -> bool:
    return any(start <= pos < end for start, end in sections)


def _figures(
    text: str,
    lower: str,
    verb_hits: list[int],
    blocked: bytearray,
    digit_runs: list[tuple[int, int]],
    numeral_hits: list[int],
) -> list[tuple[int, int, str]]:
    """Every figure that may be a count, in text order, as (start, end, figure): the counts in
    digits, and the numbers written as words right after a result verb (``_spelled``); none
    of whose first or last character is ``blocked`` (a sum, a percentage, a date or a
    duration: ``_blocked``).

    The counts are ``_COUNT.finditer(text)``'s matches, tried only where a run of digits
    begins (``digit_runs``: the Document's, instead of a scan of the page): a count's first
    digit has no word character, so no digit, right before it. The numbers written as words
    are looked for only near the words of ``results.numerals`` that begin a word
    (``numeral_hits``: where those words begin, ``_word_starts``)."""
    found = []
    last = 0  # where the last count ends: matches do not overlap, as finditer's
    match = _COUNT.match
    for start, _ in digit_runs:
        if start < last:
            continue  # a group of the last count ("000" of "2 000")
        count = match(text, start)
        if count is None:
            continue
        end = last = count.end()  # (the group "count" is the whole match: look-aheads follow)
        if not (blocked[start] or blocked[end - 1]):
            found.append((start, end, count.group()))
    numerals = _word_starts(lower, numeral_hits) if numeral_hits else numeral_hits
    if not numerals:
        return found  # (most real pages write no number as a word)
    spelled = [
        (start, end, figure)
        for start, end, figure in {
            *_spelled(lower, verb_hits, numerals),
            *_spelled_before(lower, verb_hits, numerals),
        }  # (a numeral after one verb may stand before another's auxiliary: once)
        if not (blocked[start] or blocked[end - 1])
    ]
    return sorted([*found, *spelled]) if spelled else found  # (most texts spell out none)


_NOT_BEFORE_WORD = frozenset("_'’-")
"""Characters other than letters and digits that ``(?<![\\w'’\\-])`` refuses before a word."""


def _word_starts(lower: str, hits: list[int]) -> list[int]:
    """The ``hits`` (starts of the words of ``results.numerals``, which may lie inside longer
    words: "du" of "duomenų") where no character of ``[\\w'’\\-]`` stands before: every number
    written as words that ``_NUMERAL_AFTER_VERB``, ``_NUMERAL_BEFORE_VERB`` or
    ``_NUMERAL_BEFORE_PARTICIPLE`` finds begins at one (the first after white space, the
    others after that look-behind; ``\\w`` is ``str.isalnum`` or "_")."""
    return [
        h for h in hits if h == 0 or not ((c := lower[h - 1]).isalnum() or c in _NOT_BEFORE_WORD)
    ]


def _spelled(
    lower: str, verb_hits: list[int], numeral_hits: list[int]
) -> list[tuple[int, int, str]]:
    """Numbers written as words right after a result verb ("sukurtos dvi darbo vietos",
    "planuojama įsigyti dvi priekabas", "created two jobs"), as (start, end, word): tried only
    after the words where a verb of ``results.verbs`` may begin, and only at the verbs a
    number written as words follows closely enough (``_verbs_before_numerals``;
    ``numeral_hits``: where a word of ``results.numerals`` begins a word, ``_word_starts``).

    (The slow, obvious version tried ``_WORD`` and ``_NUMERAL_AFTER_VERB`` at every verb, two
    pattern calls at each of ~17 verbs a page, nearly always for no match.) A verb passed
    over sets no ``last``, where trying it would have: a later start inside its word is passed
    over too (no verb's start is picked between a word's start and its end unless the word's
    start is: see ``_verbs_before_numerals``), so no verb is tried that was not.
    """
    found: list[tuple[int, int, str]] = []
    last = -1
    for index in _verbs_before_numerals(lower, verb_hits, numeral_hits):
        at = verb_hits[index]
        if at < last:
            continue  # inside the word of the last verb
        word = _WORD.match(lower, at)
        if word is None:
            continue
        last = word.end()
        numeral = _NUMERAL_AFTER_VERB.match(lower, last)
        if numeral is not None and _VERBS.match(lower, at) is not None:
            found.append((*numeral.span("count"), numeral.group("count")))
    return found


_SPELLED_GAP = frozenset(" \t\u00a0")
"""What stands right before the number ``_NUMERAL_AFTER_VERB`` finds (``_BEFORE_SPELLED`` ends
with ``[ \\t\\u00a0]+``)."""


def _verbs_before_numerals(lower: str, verb_hits: list[int], numeral_hits: list[int]) -> list[int]:
    """The indices into ``verb_hits`` (in order) of the verbs ``_NUMERAL_AFTER_VERB`` may find a
    number after: those that a word of ``results.numerals`` (``numeral_hits``: their starts)
    follows after a space, within ``_SPELLED_TOKENS`` words of the verb's start.

    Why that is every verb with a match: the number a match finds begins with one of those
    words, after a space, and what lies from the verb's start to it is the verb's word (no
    white space) and ``_BEFORE_SPELLED``, whose runs of white space each begin one more word.
    For a number at ``h``, the ``most`` words before it begin after ``lo``, the end of the
    word before them (``str.rsplit`` of the ``_SPELLED_REACH`` characters before it; if they
    hold no more words than that, every verb before ``h`` is kept): a verb at or after ``lo``
    has at most ``most`` words up to ``h``, one before it has more. ``lo`` is followed by
    white space, so a word's characters are kept all or none from where the word begins.
    """
    most = _SPELLED_TOKENS
    picked: set[int] = set()
    for h in numeral_hits:
        if h == 0 or lower[h - 1] not in _SPELLED_GAP:
            continue  # after no space
        lo = 0
        if most is not None:
            reach = max(0, h - _SPELLED_REACH)
            words = lower[reach:h].rsplit(None, most)
            if len(words) > most:
                lo = reach + len(words[0])
        picked.update(range(bisect_left(verb_hits, lo), bisect_left(verb_hits, h)))
    return sorted(picked)


def _verbs_after_numerals(verb_hits: list[int], numeral_hits: list[int]) -> list[int]:
    """The indices into ``verb_hits`` (in order) of the verbs that a word of
    ``results.numerals`` (``numeral_hits``: their starts) stands before, in the
    ``_BEFORE_REACH`` characters before the verb's start: where ``_spelled_before`` may find
    one (its searches read those characters, and the number each finds is one of those
    words)."""
    picked: set[int] = set()
    for h in numeral_hits:
        picked.update(range(bisect_right(verb_hits, h), bisect_right(verb_hits, h + _BEFORE_REACH)))
    return sorted(picked)


def _spelled_before(
    lower: str, verb_hits: list[int], numeral_hits: list[int]
) -> list[tuple[int, int, str]]:
    """Numbers written as words before a passive result verb ("Eight local action plans were
    adopted", "two new jobs were created", "dvi darbo vietos buvo sukurtos", "three workshops
    took place"), as (start, end, word): looked for only before a verb of ``results.verbs``
    that follows an auxiliary of the passive (or is "took place"), in its 80 characters; and
    before a plural participle with no auxiliary (``_numeral_before_participle``, in its 60).

    ``numeral_hits``: where a word of ``results.numerals`` begins a word (``_word_starts``).
    The number each search finds is one of those words (``_NUMERALS``, ``_NOMINATIVE_NUMERALS``) and lies in the
    ``_BEFORE_REACH`` characters before the verb, so a verb with no such start there is not
    looked at (``_verbs_after_numerals``; the slow, obvious version ran the cheap tests below
    at every verb, and their searches where they passed)."""
    found: list[tuple[int, int, str]] = []
    for index in _verbs_after_numerals(verb_hits, numeral_hits):
        at = verb_hits[index]
        # (cheap tests first: most verbs follow no auxiliary, and the last letter of the word
        # before the verb tells most of them apart; "took" follows a plural's "s")
        if lower[at - 2] not in _AUXILIARY_LAST:  # (at the text's start: a char of its end)
            continue
        took = lower.startswith("took", at)
        if not took and not lower.endswith(_AUXILIARY_ENDS, 0, at):
            if lower[at - 3 : at - 1] in _PARTICIPLE_NOUN_ENDS:  # "Trys klasės atnaujintos."
                counted = _numeral_before_participle(lower, at)
                if counted is not None:
                    found.append(counted)
            continue
        window = max(0, at - _BEFORE_REACH)
        if _NUMERALS.keys().isdisjoint(lower[window:at].split()[-7:]):
            continue  # no number written as a word among the last words
        verb = _VERBS.match(lower, at)
        if verb is None:
            continue
        took = took and verb.group().endswith("place")  # not "took part": the partnership
        numeral = _NUMERAL_BEFORE_VERB.search(lower, window, at)
        if numeral is None or not (took or numeral["aux"]):
            continue
        words_before = lower[max(0, numeral.start() - 20) : numeral.start()].split()
        if words_before and words_before[-1] in _DETERMINERS:
            continue  # "the two schools were renovated": named before
        found.append((*numeral.span("count"), numeral["count"]))
    return found


def _numeral_before_participle(lower: str, at: int) -> tuple[int, int, str] | None:
    """A number written as a word in the nominative before the result's plural participle at
    ``at`` with no auxiliary, the participle ending the clause ("Trys klasės atnaujintos.",
    "Du nauji takai nutiesti."), as (start, end, word). Not before an infinitive ("du
    darbuotojai padės įrengti": the word before it agrees with no participle), nor after a
    determiner ("šios dvi salės atnaujintos")."""
    participle = _PARTICIPLE_AT.match(lower, at)
    if participle is None:
        return None
    nouns = _PARTICIPLE_NOUNS[participle["ending"]]
    numeral = _NUMERAL_BEFORE_PARTICIPLE.search(lower, max(0, at - _PARTICIPLE_REACH), at)
    if numeral is None or not numeral["noun"].endswith(nouns):
        return None
    if _VERBS.match(lower, at) is None:
        return None
    words_before = lower[max(0, numeral.start() - 20) : numeral.start()].split()
    if words_before and words_before[-1] in _DETERMINERS:
        return None  # "šios dvi salės atnaujintos": named before
    return (*numeral.span("count"), numeral["count"])


def _value(figure: str) -> float:
    """A count's value: digits (grouped by spaces or commas, or with a decimal part), or a
    number written as a word."""
    if figure.isdecimal():
        return float(figure)  # (most counts are digits only: nothing to take out)
    if not figure[0].isdigit():
        return sum(_NUMERALS[word] for word in figure.split())  # ("dvidešimt penki": 25)
    if _DECIMAL.fullmatch(figure):
        return float(figure.replace(",", "."))  # "2,5" (full-time posts)
    return float(_DIGIT_GAPS.sub("", figure))


def extract_results(doc: Document) -> list[Result]:
    """Result rows with count, indicator, qualifier and quote, in text order."""
    text, lower, source = doc.text, doc.lower, doc.source
    sections: list[tuple[int, int]] | None = None  # found when a count nothing else reports
    # first needs them
    blocked = _blocked(doc)
    rows: list[Result] = []
    last_clause = -1  # the clause of the last result (for breakdowns in brackets)
    last_end = -1  # where the last result's figure ends
    last_quote_end = -1  # and its quote (what it counts, its "vnt.")
    verb_hits = doc.hits("results.verbs")
    # the phrases of figures read while reading an earlier one's (``_shared_noun``): each
    # read once, half a figure a generated page
    read: dict[tuple[int, int], _Counted | None] = {}
    figures = _figures(
        text, lower, verb_hits, blocked, doc.digit_runs, doc.hits("results.numerals")
    )
    # where clauses begin, read only for a page with a figure to read (a quarter of the genre
    # texts and half the real pages have none: the scans of the whole page were for nothing)
    boundaries = _boundaries(doc) if figures else []
    for start, end, figure in figures:
        clause_start = _clause_start(lower, boundaries, start)
        before = lower[max(clause_start, start - 40) : start]
        if _not_before(before):
            continue  # "g. 15", "Nr. 4", "iš 6 mokyklų", "nuo 7 iki 14"
        if _in_quoted_name(text, start, end):
            continue  # "šventė „50 rudens spalvų“": a name's number
        counted = read.pop((start, end), _UNREAD)
        if counted is _UNREAD:
            counted = _counted(text, lower, start, end, verb_hits, read)
        if counted is None:
            continue
        if (
            counted.words  # (the cheap test first: few counts are of visitors)
            and counted.words[-1].startswith("lankytoj")
            and _counter(lower, before, counted)
        ):
            continue  # "120 lankytojai aplankė iš viso": the site's visitor counter
        verb = _verb_before(lower, verb_hits, max(clause_start, start - _REACH), start)
        hours_given = _hours_given(lower, counted)
        if _not_an_output(lower, counted, verb, hours_given) or (
            counted.words  # (the cheap test first: most counted words end as a plural does)
            and counted.words[0].endswith(_ORDINAL_ENDS)
            and _ordinal(lower, start, end, counted, verb)
        ):
            continue
        qualifier, q_start = _qualifier(lower, start)
        reported = (
            verb is not None
            or _BREAKDOWN.search(before) is not None
            or _DURING.search(lower, max(clause_start, q_start - 40), q_start) is not None
            or (  # a part in brackets after a counted result: "30 butų (12 …, 14 …)"
                last_clause == clause_start and _in_brackets(lower, clause_start, start)
            )
            or hours_given
            or _verb_in(lower, verb_hits, counted.end, _clause_end_after(lower, counted.end))
            or (  # the next item of a list of counted results, however long after its verb
                last_clause == clause_start  # ("įsigyta: 12 kėdžių, 4 stalai, …, 5 palapinės")
                and _LIST_GAP.fullmatch(lower, last_quote_end, min(q_start, counted.start))
                is not None  # (a "vnt." item begins with its noun: "stalų – 10 vnt.")
            )
        )
        if not reported:
            if sections is None:
                sections = _sections(doc)  # read only for a count no other reason reports
            # in a section, what is counted is written in lower case: not "44121 Ferrara"
            if not (_in(sections, start) and (text[counted.start].islower() or not counted.after)):
                continue
        quote_start = min(q_start, counted.start)
        between = lower[verb.end() : quote_start] if verb is not None else ""
        if (
            verb is not None
            and "," not in between
            and not _DIGIT.search(between)
            and last_end <= verb.start()  # nor over a count written as a word ("du … ir 3 …")
        ):
            quote_start = min(quote_start, verb.start())  # "apmokyti 32 …", not "14 … ir 8 …"
        quote_end = max(end, counted.end)
        if not counted.after:
            unit = _UNIT_AFTER.match(lower, end)
            quote_end = unit.end() if unit else end  # "Planšetiniai kompiuteriai – 30 vnt."
        if counted.shared:  # "6 nuotoliniai ir 2 kontaktiniai … posėdžiai": the noun after
            quote_end = max(quote_end, counted.shared_end)  # the second is the first's too
        indicator = " ".join((text[counted.start : counted.end] + counted.shared).split())
        rows.append(
            # made without the frozen class's __init__ (:mod:`cwlib.parse.frozen`): every
            # field, in its order; a page makes five rows, each cost three times its fields
            frozen(
                Result,
                count=_value(figure),
                indicator=indicator,
                qualifier=qualifier,
                source=source,
                quote=text[quote_start:quote_end],
            )
        )
        last_clause = clause_start
        last_end = end
        last_quote_end = quote_end
    rows.extend(_indicator_rows(doc))
    return rows


_INDICATOR_ROW = compiled(
    r"""
    ^(?P<indicator>[^\t\d]{6,160}?)         # what is counted, in words
    \t+(?:(?:vnt|asm|val|kartai|units?|pcs|persons?)\.?\t+)?   # maybe a unit cell
    (?P<count>\d{1,6})\s*$                  # the target value ends the row
    """,
    re.VERBOSE,
)
_TIME_ROW = compiled(
    r"""
    trukm | mėn | \bmet | \bval | duration | months   # a length of time, not a count
    """,
    re.VERBOSE,
)


def _indicator_rows(doc: Document) -> list[Result]:
    """Indicator tables copied from a PDF: "Surengti festivaliai ⇥ vnt. ⇥ 6"."""
    source = doc.source
    rows: list[Result] = []
    if "\t" not in doc.text:
        return rows  # (no line holds a tab)
    for line in doc.lines:
        if "\t" not in line.text:
            continue
        match = _INDICATOR_ROW.match(line.text)
        if not match or len(match.group("indicator").split()) < 2:
            continue
        if _TIME_ROW.search(match.group("indicator").lower()):
            continue  # "Trukmė, mėn. ⇥ 36": the project's length
        rows.append(
            Result(
                count=float(match.group("count")),
                indicator=" ".join(match.group("indicator").split()),
                qualifier="exact",
                source=source,
                quote=line.text,
            )
        )
    return rows
