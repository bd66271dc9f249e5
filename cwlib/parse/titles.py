"""The project's title and English title: where pages write them, and what is never one.

A page names its project in a few places, tried in this order: after a title label
("Projekto pavadinimas: …", the label alone on its line with the value below it, a card's
row of labels over its row of values), in a heading that puts the project's number or its
programme before the quoted name (``LLI-587 „…“``), in a line that is only a quoted name,
in the first heading of the content, and in the quoted name after the word project in the
sentences ("įgyvendina projektą „…“"). A heading that only reports on a project (a news
headline) gives way to that quoted name, and a heading in capitals is written as the text
writes its words elsewhere.

What is never a title: the site's own name above its menu, menus, breadcrumbs, section names,
labels, the EU's funding banner, a programme's name, a date, a code. On an English page the
English title is the title; an acronym stands for the English title only where the page
gives no title in words.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache

from cwlib.lexicon import load as lexicon
from cwlib.lexicon.months import MONTHS
from cwlib.parse import dates, places
from cwlib.parse.anchored import matches_at
from cwlib.parse.budgets import CALL_GROUP, call_card
from cwlib.parse.document import Document
from cwlib.parse.keys import title_key
from cwlib.parse.numbers import Money
from cwlib.parse.pagekind import (
    applications_call,
    call_headline,
    funded_projects,
    funding_contest,
    funding_news,
    legal_act,
    news_sentence,
    programme_card,
    programme_headline,
    project_event,
)
from cwlib.parse.personal import NAME_ALONE, NAME_FIRST
from cwlib.parse.programme import Code, Mention
from cwlib.parse.segments import Span
from cwlib.patterns import compiled
from cwlib.read.characters import LT_LETTERS

__all__ = ["KEYWORDS", "read_titles"]

KEYWORDS: tuple[str, ...] = (
    "project.title_label",
    "project.en_title_label",
    "project.acronym_label",
    "project.number",
    "project.chrome_line",
    "project.quoted_name",
    "project.portal_menu",
)
"""The lexicon keyword groups this module reads (see cwlib.parse.document)."""

PORTAL_GROUP = "project.portal_menu"
"""The keyword group of a news portal's own menu items (the weather, horoscopes, the most
read): where a portal's menu may stand (see :func:`_menu_block`)."""

_WORDS = {
    name.upper(): lexicon.fragment("project", name)
    for name in (
        "title_label",
        "en_title_label",
        "acronym_label",
        "noise_line",
        "section_line",
        "chrome_line",
        "spaced_line",
        "org_line",
        "lithuanian_words",
        "english_words",
    )
}
_NOISE_LINE = compiled(
    lexicon.fill(
        r"""
        ^{NOISE_LINE}\b         # a menu word opens the line
        [\s|/»>·•-]*            # with its separators
        """,
        **_WORDS,
    ),
    re.VERBOSE,
)
# Sources of verbose patterns tried only together with others (compiled in _any_of, below).
_SECTION_LINE = _WORDS["SECTION_LINE"]
_CHROME_LINE = compiled(_WORDS["CHROME_LINE"], re.VERBOSE)


def _alternatives(source: str) -> tuple[str, ...]:
    """The top-level alternatives of a verbose pattern's source (split at each ``|`` outside
    a group, a set and an escape; a comment runs to its line's end)."""
    out: list[str] = []
    part: list[str] = []
    depth, i, in_set = 0, 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            part.append(source[i : i + 2])
            i += 2
            continue
        if in_set:
            in_set = ch != "]"
        elif ch == "[":
            in_set = True
        elif ch == "#":
            end = source.find("\n", i)
            i = len(source) if end < 0 else end
            continue
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            out.append("".join(part))
            part = []
            i += 1
            continue
        part.append(ch)
        i += 1
    out.append("".join(part))
    return tuple(out)


_CHROME_PARTS = tuple(
    compiled(part, re.VERBOSE)
    for part in _alternatives(lexicon.table("project", "chrome_line")["pattern"])
)
"""_CHROME_LINE's alternatives, searched one by one: a line holds a match of the alternation
where it holds one of an alternative. Alone, most open with a word, which the engine skips to;
together they were tried at every character of the line (~160,000 instructions a line of 70
characters, against ~40,000 for the 25 searches)."""
_SPACED_LINE = compiled(_WORDS["SPACED_LINE"], re.VERBOSE)  # where "  " or a tab stands
# A source, compiled in _any_of. Its words before the noun are possessive (``\S++\s++``,
# round 22): a word or white space given back could not help a match (the next word, or the
# noun, opens with a letter), and giving them back one character at a time made the line
# test cost ~18,000 instructions a line (~11,000 now); tests/test_titles_shortcuts.py holds
# it to the old pattern.
_ORG_LINE = _WORDS["ORG_LINE"]
_TITLE_LABEL = compiled(
    lexicon.fill(
        r"""
        {TITLE_LABEL}           # "Projekto pavadinimas", "Project title"
        \s*[:–—-]?\s*           # a colon or dash
        """,
        **_WORDS,
    ),
    re.VERBOSE,
)


def _label_line(label: str) -> re.Pattern[str]:
    """A line that opens with a label of the lexicon and gives its value after it."""
    return compiled(
        r"""
        ^(?i:"""
        + label
        + r""")                 # the label opening a line: "Pavadinimas anglų k.", "Acronym"
        \s*[:\t–-]?\s*          # a colon, tab or dash
        (?P<v>\S.{1,200})$      # the value, to the end of the line
        """,
        re.VERBOSE | re.MULTILINE,
    )


_EN_TITLE_LABEL = _label_line(_WORDS["EN_TITLE_LABEL"])  # "Pavadinimas anglų k.: …"
_EN_LABEL_OPENS = compiled(
    "(?i:" + _WORDS["EN_TITLE_LABEL"] + ")",  # the English title's label opening a line
    re.VERBOSE,
)
_ACRONYM_LABEL = _label_line(_WORDS["ACRONYM_LABEL"])  # "Projekto akronimas: …"
_QUOTED_PROJECT = compiled(
    r"""
    (?:projekt|project|tinkl)\w*\s+   # "projektas", "projekto", "project"; a network ("tinklo")
    (?:(?:nr\.\s*)?[\w./-]+\s+){0,2}   # up to two words or a number between
    (?:[–—]\s*)?                # perhaps a dash: "Mūsų projektas – „…“"
    (?=,,|„|\"|“|«)             # then a quotation opens (the project's name)
    """,
    re.VERBOSE,
)  # run on doc.lower, at the hits of project.quoted_name (its start words)
_PROGRAMME_AFTER = compiled(
    r"""
    [\ \t]*                    # after a quotation's closing mark, perhaps a space,
    program\w*                 # the word programme: "„…“ programą", "„…“ programme"
    """,
    re.VERBOSE,
)  # run on doc.lower
_CONTEST_AFTER = compiled(
    r"""
    [\ \t]*                    # after a quotation's closing mark, perhaps a space,
    finansavimo\s+konkurs\w*    # a funding contest: "projektų „…“ finansavimo konkursą"
    """,
    re.VERBOSE,
)  # run on doc.lower
_CONTEST_BEFORE = compiled(
    r"""
    \s(?:rinkim|konkurs)\w*      # "projektų rinkimai „…“", "projektų konkurso „…“": a contest's name
    | \spriemon\w*               # "projektams pagal priemonę „…“": a measure's name
    """,
    re.VERBOSE,
)  # run on doc.lower, on the words between the word project and a quotation
_BE_BEFORE = compiled(
    r"""
    \s(?:buvo|tapo)\s+$          # "projektai buvo „…“": what the projects were, perhaps no name
    """,
    re.VERBOSE,
)  # run on doc.lower, on the words between the word project and a quotation
_PLURAL_BEFORE = compiled(
    r"""
    (?<![^\W\d_])(?:projektų|projektus|projektai|projektams|projektuose|projects)   # projects, plural
    [^„“"«.\n]{0,40}$                     # then a few words, no other quotation or sentence's end
    """,
    re.VERBOSE,
)  # run on doc.lower, on the few characters before a quoted name
_GENERATIONS = tuple(
    compiled(lexicon.fragment_of(entry), re.VERBOSE)
    for entry in lexicon.entries("programmes", "period_hints").values()
)  # the names of a programme's generation ("Interreg V-A"), run on doc.lower
_WEEKDAYS = frozenset(lexicon.words("months", "weekdays"))
"""Weekday names, lower-cased: a dateline's words beside its date."""
_WEEKDAY_MAX = max(map(len, _WEEKDAYS))
"""Letters of the longest weekday name."""
_DATELINE_WORDS = _WEEKDAYS | frozenset(lexicon.words("months", "dateline_words"))
"""Weekday names and the words that say what a dateline's date is ("atnaujintas", "date")."""
_PORTAL_WORDS = frozenset(lexicon.words("project", "portal_menu"))
"""A news portal's menu items, lower-cased whole lines (see :func:`_menu_block`)."""
_WEATHER = compiled(
    r"""
    orai(?:\s+[^\W\d_]+)?$               # "Orai", "Orai Šiauliuose": the weather's link
    | [^\W\d_]+(?:[\s-][^\W\d_]+)?\s+      # a place ("Vilnius", "Naujoji Akmenė"),
      [+\-−–]?\d{1,2}\s*°\s*c$           # then its temperature: "Vilnius +2°C"
    """,
    re.VERBOSE,
)  # matched at a lower-cased line's start
_QUOTE_MARKS = (",,", "„", '"', "“", "«")
"""Where a quotation may open (what _QUOTED_PROJECT looks ahead to)."""
_QUOTE_OPENS = frozenset(mark[0] for mark in _QUOTE_MARKS)  # a quotation's first character
_TAG_HEADER = compiled(
    r"""
    (?:^|\n)[^\S\n]*           # at a line's start
    (?:archyvų\s+)?žyma\s*:    # "Žyma: …", "Archyvų žyma: …" (lower-cased)
    | (?:^|\n)[^\S\n]*tag(?:\s+archives?)?\s*:   # "Tag: …", "Tag archives: …"
    """,
    re.VERBOSE,
)
_LOGO_SUFFIX = compiled(
    r"""
    \s+(?i:bw|rgb|cmyk|logo|logotipas)\s*$   # a logo's variant after the name it shows
    """,
    re.VERBOSE,
)
_LANGUAGE_WORDS = frozenset(lexicon.words("project", "language_switch"))
_LANGUAGE_STARTS = tuple(sorted(_LANGUAGE_WORDS))  # what a switch's line opens with
_SWITCH_SEPARATORS = compiled(
    r"""
    [\s|/•·,]+                  # what stands between a switch's items: spaces, bars, slashes
    """,
    re.VERBOSE,
)
_ENGLISH_ASIDE = compiled(
    r"""
    \s*\(                                     # a bracket after the quoted name
    (?:angl\.\s*|en\.?\s*|english:?\s*)?      # "angl.", "en", "English:"
    (?P<q>,,|„|\"|“)?                         # perhaps a quotation mark
    (?P<name>[^()\n]{3,200}?)                 # the English name
    (?:“|”|\")?\)                             # a closing quotation mark and bracket
    """,
    re.VERBOSE,
)
_LITHUANIAN_LABEL = compiled(
    r"""
    \s*\(\s*(?i:liet|lt)\.          # "(liet. „…“)": the bracket says its name is Lithuanian
    """,
    re.VERBOSE,
)
_ASIDE_PART_SEPARATOR = compiled(
    r"""
    [,;]\s*                     # parts of an aside: "(Creative Port Cities, #R095)"
    """,
    re.VERBOSE,
)
_ASIDE_LABEL = compiled(
    r"""
    ^(?i:angl|en|english|akronimas|acronym)   # a label opening an aside's part
    \.?:?\s*                                  # with its full stop or colon
    """,
    re.VERBOSE,
)
_NOT_A_TITLE_PART = compiled(
    r"""
    \d                          # a figure
    | (?i:\bnr\b|projekt)       # a number or the word project
    """,
    re.VERBOSE,
)
_THREE_LATIN_LETTERS = compiled(
    r"""
    [A-Za-z]{3}                 # three Latin letters in a row (an English word)
    """,
    re.VERBOSE,
)
_LT_WORD = compiled(_WORDS["LITHUANIAN_WORDS"], re.VERBOSE)  # run on lower-cased text
_EN_WORD = compiled(_WORDS["ENGLISH_WORDS"], re.VERBOSE)  # run on lower-cased text
_LT_ENDING = compiled(lexicon.fragment("project", "lithuanian_endings"), re.VERBOSE)
_LABELLED_VALUE_END = compiled(
    r"""
    (?<=[^\s.]{3})\.\s+         # a full stop after a word of three letters or more
    (?=[A-ZĄČĘĖĮŠŲŪŽ])          # and a capital: the next sentence after a labelled title
    """,
    re.VERBOSE,
)
_NUMBER_ASIDE_AT_END = compiled(
    r"""
    \s*\((?:[^()]*\d[^()]*)\)\s*$   # a bracketed aside holding a figure, at the end
    """,
    re.VERBOSE,
)
_BARE_PROJECT_WORD = compiled(
    r"""
    ^(?i:projektas|project)     # "Projektas" before a capitalised name,
    (?:\s*[:–—-])?\s+           # perhaps with a colon or a dash: "Projektas: X"
    (?=[A-ZĄČĘĖĮŠŲŪŽ])
    """,
    re.VERBOSE,
)
_DIGIT = compiled(
    r"""
    \d                          # any digit
    """,
    re.VERBOSE,
)
_ACRONYM = compiled(
    r"""
    (?:projekt|project)\w*\s+   # the lower-case word project, then
    (?P<a>[A-Z][A-Z0-9\-]{2,}   # a word in capitals (three or more letters)
      (?:\s+[A-Z][A-Z0-9\-]{2,}){0,3})\b   # and up to three more: "DESIGN HUBS"
    """,
    re.VERBOSE,
)
# (searched over the whole text: its branches share "projek", which the engine factors out
# of the alternation and skips to, as it skips to a literal; see read_titles)
_DASH_REST = compiled(
    r"""
    \s*[–—-]\s*                 # a dash after a quoted title
    (?P<b>.{3,})$               # and the title in the other language
    """,
    re.VERBOSE,
)
_PAREN_PAIR = compiled(
    r"""
    ^(?P<a>[^()]{3,}?)          # a title
    \s*\((?P<b>[^()]{3,})\)\s*$ # and the other language's in brackets
    """,
    re.VERBOSE,
)
_NO_TRANSLATION = compiled(
    r"""
    \d                          # a figure: a deadline, years, a number ("iki: 2024 …")
    | ^(?i:toliau)\b            # "(toliau – Konkursas)": what the text calls it hereafter
    | ^[IVX]+\s+(?i:etap|dal)\w*$   # "(III etapas)", "(II dalis)": the title's own stage
    | ^[a-ząčęėįšųūž]+$          # one word in small letters: "(modernizavimas)", a qualifier
    """,
    re.VERBOSE,
)  # run on a bracket after a title, stripped: what is no translation of the title
_OPEN = {",,": '“”"', "„": '“”"', "“": '”“"', '"': '"', "«": "»"}
_QUOTE_EVENTS = {
    opener: compiled(
        "["
        + re.escape("\n" + closers + ("" if opener == '"' else "„,"))
        + "]"  # a line's end, a closing mark, and (but in "…") where a nested quote opens
    )
    for opener, closers in _OPEN.items()
}


_BANNER_LINE = lexicon.fragment("project", "banner_line")  # a source, compiled in _any_of
_CARD_LABEL = compiled(lexicon.fragment("project", "card_label"), re.VERBOSE)
_LABEL_ONLY = compiled(
    lexicon.fill(
        r"""
        (?:{TITLE_LABEL})       # a title label, "Projekto pavadinimas"
        \s*:?\s*$               # alone on its line, perhaps with a colon
        """,
        **_WORDS,
    ),
    re.VERBOSE,
)
_CARD_LABEL_ONLY = compiled(
    lexicon.fill(
        r"""
        (?:{CARD_LABEL}|{TITLE_LABEL})   # a card's label
        \s*:?\s*$                        # alone on its line
        """,
        CARD_LABEL=lexicon.fragment("project", "card_label"),
        **_WORDS,
    ),
    re.VERBOSE,
)
_CARD_LABEL_OPENS = compiled(
    lexicon.fill(
        r"""
        (?:{CARD_LABEL}|{TITLE_LABEL})\b   # a card's label opening a line: "Projekto vertė: …"
        """,
        CARD_LABEL=lexicon.fragment("project", "card_label"),
        **_WORDS,
    ),
    re.VERBOSE,
)  # matched at a lower-cased line's start
_OTHER_LABEL = lexicon.fill(  # a source, compiled in _any_of
    r"""
    (?:{CARD_LABEL})        # another field's label: "Projekto įgyvendinimo vieta"
    \s*[:–—-]              # before its value
    """,
    CARD_LABEL=lexicon.fragment("project", "card_label"),
)
_FIELD_LINE = compiled(
    r"""
    (?:lead\s+)?beneficiary\b | (?:project\s+)?promoter\b   # who carries the project out,
    | lead(?:ing)?\s+partner\b | applicant\b                 # opening a card's field line
    | pareiškėjas\b | vykdytojas\b                            # (lower-cased)
    """,
    re.VERBOSE,
)
"""A card's field naming who carries the project out ("Beneficiary <body> (Lithuania)"): no
heading's other language. Only these labels: a translation may open with a word of another
label ("Partners for Change" under "Partneriai pokyčiams")."""
# a source, compiled in _any_of
_LABELLED_FIGURE = r"""
    [^:\d]{3,40}:\s             # a short label and its colon: "Bendra projekto vertė: "
    .*\d                        # then a figure: a sum, a date, a duration
    """
_VOWELS = frozenset("aeiouyąęėįųū")  # a word in capitals without one is an acronym
_SENTENCE_START = compiled(
    r"""
    (?:^|[.!?]\s+|\n[\ \t]*|[„“"]) $   # a word opening the text, a sentence, a line or a quote
    """,
    re.VERBOSE,
)
_WORD_BEFORE_STOP = compiled(
    r"""
    [^\W\d_]{3}$                # a word of three letters or more ends the part
    """,
    re.VERBOSE,
)
# a source, compiled in _any_of
_DATE_LINE = r"""
    \d{4}[-./\ ]\d{1,2}[-./\ ]\d{1,2}\.?    # a date: 2023-07-04, 2023.07.04, 2023 07 04
    (?:\s+\d{1,2}:\d{2})?                  # perhaps with a time
    """
# a source, compiled in _any_of
_CODE_LINE = r"""
    (?:[Nn][Rr]\.?\s*)?                      # perhaps its label: "Nr. 08-001-P" (a call's number)
    [A-Z0-9\#][\w./\#\-–]*\d[\w./\#\-–]*    # one token holding a figure: a number or a code
    """


def _any_of(*patterns: tuple[str, bool]) -> re.Pattern[str]:
    """Several verbose patterns as one, each matched at the start (whole, where its flag
    says so): one call tells whether any of them matches a line, the way a line is tested
    for every thing that is never a title. (The parts are kept as their sources, compiled
    only here: a process compiles each once.)"""
    ends = {True: r"\Z", False: ""}  # a whole match ends where the text does
    return compiled("|".join(f"(?:\n{p}\n){ends[whole]}" for p, whole in patterns), re.VERBOSE)


_NEVER_A_TITLE_PARTS = (
    (_SECTION_LINE, False),
    (_BANNER_LINE, False),
    (_CARD_LABEL_ONLY.pattern, True),
    (_OTHER_LABEL, False),
)
"""What is never a title, read on the lower-cased value."""
_NEVER_A_TITLE = _any_of(*_NEVER_A_TITLE_PARTS)
_NEVER_A_TITLE_LINE = _any_of(  # the same, and an organisation's name alone on its line
    (_ORG_LINE, False),
    *_NEVER_A_TITLE_PARTS,
)
_NEVER_A_TITLE_AS_WRITTEN = _any_of(  # run on the value as written
    (_DATE_LINE, True),
    (_LABELLED_FIGURE, False),
    (_CODE_LINE, True),
)
_ACRONYM_LINE = compiled(
    r"""
    [A-Z0-9][A-Z0-9&+\-]*                  # a word in capitals
    (?:\ [A-Z0-9][A-Z0-9&+\-]*){0,2}       # and up to two more: "VILLAGE SHOPS"
    """,
    re.VERBOSE,
)
_ACRONYM_DASH = compiled(
    r"""
    (?P<a>[A-Z0-9][A-Z0-9&+\-]*[A-Z][A-Z0-9&+\-]*)   # an acronym: one word in capitals
    \s+[–—-]\s+                                      # a dash
    (?P<t>\S.*)                                      # then the title: "COAST4KIDS – Small …"
    """,
    re.VERBOSE,
)
_ACRONYM_AFTER = compiled(
    r"""
    (?P<t>\S.*?)                   # a title
    \s+\((?P<a>[^\s()]{2,20})\)    # then its acronym in brackets: "Rivers That Connect (RiverLink)"
    \s*$
    """,
    re.VERBOSE,
)
_WORD = compiled(
    r"""
    [^\W\d_]+                      # a word of letters
    """,
    re.VERBOSE,
)
_MERGED_CLOSE = compiled(
    r"""
    [.,;:)]                    # a full stop, a comma, a bracket after the closing mark
    | [\ \t]*(?:\n|$)          # or the line's end
    | [\ \t]+[–—-][\ \t]       # or a dash set off by spaces
    """,
    re.VERBOSE,
)
_PLACE_MAX = 30
"""Letters a dateline's place may hold ("2020 09 25, Vilnius"): a line with more beside its
dates is not asked."""
_PLACE_AT_END = compiled(
    r"""
    ,\s*(?P<w>[^\W\d_]+)\.?\s*$    # a comma, then one word ending the line: ", Vilnius"
    """,
    re.VERBOSE,
)
_LT_WORD_END = compiled(
    r"""
    (?:[aiou]s?|je|ies)$           # a Lithuanian word's end: "-a", "-ui", "-as", "-us", "-je",
                                   # "-ies" (a genitive: "patirties", "dalies")
    """,
    re.VERBOSE,
)  # run on a lower-cased word
_BAR = compiled(
    r"""
    \s*\|\s*                       # a table's bar between two cells
    """,
    re.VERBOSE,
)
_QUOTE_OPENERS = compiled(
    r"""
    ,,|„|"|“|«                     # where a quotation may open
    """,
    re.VERBOSE,
)
_TOP_LINES = 60
"""Lines from the top in which a card's title label is looked for."""
_CONTENT_LINES = 5
"""Content lines read for a title: the readers below look at the first five at most (a
heading or up to four quoted names, and the line after them in the other language)."""
_CODE_PART = compiled(
    r"""
    [-./]\d                        # a group of figures after a hyphen: a code, not an acronym
    """,
    re.VERBOSE,
)
_LABEL_MAX = 60
"""Characters a card's label alone on its line may hold (with its colon)."""
_FIGURE_WORDS = 12
"""Letters beside a line's dates that may be a unit's words ("months", "mėn.", "EUR"): only
then are its lengths of time and sums read off, to tell a card's value from a headline."""
_GREETINGS = ("welcome to ", "sveiki atvykę")
"""How a site greets its reader, lower-cased, at a line's start (the line above is the site's
slogan or name)."""
_GREETING_MAX = 100
"""Characters a site's greeting line may hold."""
_POSITION_END = compiled(
    r"""
    (?<![^\W\d_])(?:"""
    + lexicon.fragment("personal", "positions")
    + "|"
    + lexicon.fragment("personal", "members_and_advisers")
    + r""")                     # a position or a member's word ("direktorė", "Seimo narė")
    [ \t]*$                     # ending the line
    """,
    re.VERBOSE,
)  # searched on doc.lower within one line
_MENU_RUN_LINE = 80
"""Characters a line of a portal's menu block may hold (its items are short; a contest's
byline, "<Name> <SURNAME>, <school's> teacher", is the longest seen); a longer line ends the
block unless it is chrome (a breadcrumb, a dateline)."""
_MENU_MARKERS = 3
"""Menu items of a portal (:data:`_PORTAL_WORDS`, the weather) a run of short lines must hold
to be read as the portal's menu."""
_MENU_TOP = 90
"""Lines from the top in which a portal's menu is looked for (a national portal's runs to
some forty lines, its share buttons included)."""
_YEAR = compiled(
    r"""
    (?<!\d)(?:19|20)\d\d(?!\d)   # a year: four figures from 1900 to 2099
    """,
    re.VERBOSE,
)
_ITEM_MARKS = ("•", "▪", "●", "◦")
"""Marks that open an item of a list or a menu (never a dash: a dash may open a heading)."""
_BULLETS = "•·▪●*-– "
"""Marks a menu item may open with (stripped before a line is compared with a slogan)."""
_MENU_SEPARATOR = compiled(
    r"""
    \S[\ \t]*[|·•›»][\ \t]*(?=\S)   # a bar, dot or arrow between two menu items
    | \S[\ \t]{2,}(?=\S)            # or a run of spaces
    """,
    re.VERBOSE,
)


def _quoted_at(text: str, pos: int) -> tuple[int, int] | None:
    """The span inside the quotation opening at pos, with nested „…“ quotes kept inside.

    Only the characters that change something (a line's end, an opening „ or ",,", a
    closing mark) are visited, found by one pattern per opener."""
    opener = ",," if text.startswith(",,", pos) else text[pos : pos + 1]
    if opener not in _OPEN:
        return None
    start = pos + len(opener)
    depth = 0
    limit = min(len(text), start + 300)
    closers = _OPEN[opener]
    inner_end = -1  # where a nested quotation closed, nothing opening after it
    for event in _QUOTE_EVENTS[opener].finditer(text, start, limit):
        i = event.start()
        ch = text[i]
        if ch == "\n":
            break
        if opener != '"' and (ch == "„" or text.startswith(",,", i)):
            depth += 1
            inner_end = -1
        elif ch in closers:
            if depth == 0:
                return (start, i) if i - start >= 4 else None
            depth -= 1
            inner_end = i + 1 if depth == 0 else -1
    if inner_end > 0 and _MERGED_CLOSE.match(text, inner_end):
        # „Kaimo teatrų šventė „Susipažinkime“. …: one closing mark for both quotations, the
        # name ending where the nested one does (before a full stop, a comma, a dash).
        return start, inner_end
    return None


@lru_cache(maxsize=1024)
def _language(text: str) -> str:
    """The language of a title or a part of one, "lt" or "en" (the last answers are kept in
    the process: a title is asked several times as its parts are weighed)."""
    low = text.lower()
    lt = len(_LT_WORD.findall(low))
    en = len(_EN_WORD.findall(low))
    if lt <= en:  # (else Lithuanian, whatever the endings add: they are not counted)
        endings = len(_LT_ENDING.findall(low))
        # One Lithuanian-looking ending in a text of Latin letters only is as likely English
        # ("classrooms"); two, or one beside Lithuanian letters, are not.
        lt += endings if endings >= 2 or lt else 0
    if lt > en:
        return "lt"
    if en > lt:
        return "en"
    if not en and _lithuanian_word_ends(text):
        return "lt"  # "Jaunimas jaunimui", "Teatro virusas Vievyje": Lithuanian in Latin letters
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isascii() for c in letters) and text.upper() == text:
        return "en"
    return "lt" if any(c in LT_LETTERS for c in text) else "en"


def _lithuanian_word_ends(text: str) -> bool:
    """True for two words or more written in sentence case (a word after the first opens
    with a small letter) or in capitals, every one ending as a Lithuanian word does and an
    English one seldom does: in ``-a``, ``-i``, ``-o``, ``-u``, a vowel and ``-s`` (``-as``,
    ``-is``, ``-os``, ``-us``) or ``-je`` ("Veiksmo galia", "Parengiamoji parama", "Teatro
    virusas Vievyje", "MOKSLAS VISUOMENEI"), asked of a title in Latin letters with no
    English word.

    Why: a Lithuanian name typed without its letters has few of the endings counted as
    Lithuanian, and was read as English, filling both title columns (round 18: eight stored
    pages in sentence case, three of them a real name, and two in capitals). An English name
    without a function word ends a word in ``-e``, a consonant or a consonant and ``-s``
    ("Lake trails", "Riverside Parks", "Green Future");
    names of places alone ("Oslo Porto Vilnius") are written with capitals, as English titles
    are, and stay English; an English heading in capitals has such a word too ("DESIGN
    HUBS", "SMALL TOWNS CREATE").
    """
    words = _WORD.findall(text)
    return (
        len(words) >= 2
        and (any(word[0].islower() for word in words[1:]) or text.isupper())
        and all(_LT_WORD_END.search(word.lower()) for word in words)
    )


def _split_languages(title: str) -> list[tuple[str, str]]:
    """A bilingual title ("EN. LT", "EN (LT)") as (language, part) pairs."""
    quoted = _quoted_at(title, 0)
    if quoted:
        rest = _DASH_REST.match(title, quoted[1] + 1)
        if rest:
            a, b = title[quoted[0] : quoted[1]], rest.group("b")
            return [(_language(a), a.strip()), (_language(b), b.strip(" ."))]
    # (every match holds a bracket; without one the lazy title grows to the end, in vain)
    paren = _PAREN_PAIR.match(title) if "(" in title else None
    if (
        paren
        and not _NO_TRANSLATION.search(paren.group("b").strip())
        and _language(paren.group("a")) != _language(paren.group("b"))
    ):
        return [(_language(p), p.strip()) for p in (paren.group("a"), paren.group("b"))]
    for sep in (". ", " / ", " | "):
        if sep in title:
            a, b = title.split(sep, 1)
            if sep == ". " and not _WORD_BEFORE_STOP.search(a):
                continue  # "Sodų g. 36 …": an abbreviation, not the end of a title
            # Each half a title of its own: "I ETAPAS" after a full stop is the title's stage.
            if _long_enough(a) and _long_enough(b) and _language(a) != _language(b):
                return [(_language(a), a.strip()), (_language(b), b.strip(" ."))]
    return [(_language(title), title.strip())]


def _unquote(text: str) -> str:
    """A title without the quotation marks that wrap it whole."""
    span = _quoted_at(text, 0)
    if span and not text[span[1] + 1 :].strip(' .,;"“”'):
        return text[span[0] : span[1]]
    return text


def _english_aside(text: str, quoted: list[tuple[int, int]]) -> tuple[str, str] | None:
    """An English title given in brackets after a quoted Lithuanian one: „…“ (angl. „…“)."""
    for start, end in quoted:
        aside = _ENGLISH_ASIDE.match(text, end + 1)
        if not aside or _LITHUANIAN_LABEL.match(aside.group(0)):
            continue  # (none, or "(liet. „…“)": the Lithuanian name after an English one)
        # "(Creative Port Cities, #R095)", "(angl. Lakes for the Future, LAKES)": keep the
        # title's words, not the number or the acronym beside them; a comma inside the title
        # stays ("Our Rivers, Our Stories"). One word alone is the English title after a
        # Lithuanian name ("(angl. Umbrella)"), but the acronym of an English one
        # ("“Rivers That Connect” (RiverLink)").
        raw = aside.group("name")
        # A quotation spanning the whole bracket is one name, its commas inside it
        # ("(„Creating, Sharing, our Stories we are Telling“)"): no parts to weigh.
        whole = aside.group("q") is not None and not any(mark in raw for mark in '“”"')
        parts = []
        for part in [raw] if whole else _ASIDE_PART_SEPARATOR.split(raw):
            part = _ASIDE_LABEL.sub("", part.strip()).strip(' „“”"')
            if _NOT_A_TITLE_PART.search(part) or not _THREE_LATIN_LETTERS.search(part):
                continue
            parts.append(part)
        english = [p for p in parts if _language(p) == "en"]
        if not english:
            continue
        name = english[0]
        for part in parts[parts.index(name) + 1 :]:
            if part not in english or len(part.split()) < 2:
                break
            name = f"{name}, {part}"  # "Our Rivers, Our Stories": one title with a comma
        if len(name.split()) < 2 and _EN_WORD.search(text[start:end].lower()):
            continue  # one word after an English name is its acronym
        if name:
            return name, name if name in text else aside.group("name")
    return None


def _lithuanian_aside(text: str, quoted: list[tuple[int, int]]) -> tuple[str, str] | None:
    """A Lithuanian title given in brackets after a quoted English one: „Unified Culture …“
    („Vienijanti kultūra …“), the reverse of :func:`_english_aside` (the page's own name for
    its project, where it gives no Lithuanian title elsewhere)."""
    for start, end in quoted:
        if _language(text[start:end]) != "en":
            continue
        aside = _ENGLISH_ASIDE.match(text, end + 1)
        if not aside or aside.group("q") is None:
            continue  # (only a quoted translation: a bracket may say anything else)
        name = aside.group("name").strip()
        if _language(name) == "lt" and _long_enough(name) and not _NO_TRANSLATION.search(name):
            return name, name
    return None


def _long_enough(part: str) -> bool:
    """A part of a title that can be a title of its own: two words and a dozen letters."""
    return len(part.split()) >= 2 and len(part.strip()) >= 12


def _quoted_lines(text: str, pos: int) -> tuple[int, int] | None:
    """The span inside a quotation opening at ``pos`` that may run over three lines (a title
    broken by the page's layout: „Raseinių … mokslų⏎laboratorijos modernizavimas“)."""
    span = _quoted_at(text, pos)
    if span is not None:
        return span
    end = pos
    for _ in range(3):
        end = text.find("\n", end + 1)
        if end < 0:
            break
        joined = text[pos:end].replace("\n", " ")
        span = _quoted_at(joined + "\n", 0)
        if span is not None:
            return pos + span[0], pos + span[1]
    return None


def _is_menu(doc: Document, line: Span) -> bool:
    """A line of menu words: separators between three items or more, or a menu word alone."""
    low = doc.lower[line.start : line.end]
    if len(low) < 60 and _NOISE_LINE.match(low):
        return True
    text = line.text
    if not ("  " in text or "\t" in text or any(mark in text for mark in "|·•›»")):
        return False  # no bar, dot, arrow or run of spaces: no separator either
    return len(_MENU_SEPARATOR.findall(text)) >= 2


def _is_chrome(doc: Document, line: Span) -> bool:
    """Menus, breadcrumbs, cookie notices, bylines: lines of the site, not of the content."""
    low = doc.lower[line.start : line.end]
    if len(low) < 60 and _NOISE_LINE.match(low):
        return True
    return (
        len(low) < 200
        and doc.has_in("project.chrome_line", line.start, line.end)
        and (
            any(part.search(low) for part in _CHROME_PARTS)  # (_CHROME_LINE.search(low))
            or (("  " in low or "\t" in low) and _SPACED_LINE.search(low) is not None)
        )
    )


def _mention_keys(mentions: list[Mention]) -> frozenset[str]:
    """The keys of the programmes' names the text gives (see :func:`_never_a_title`)."""
    return _quote_keys(tuple(m.quote for m in mentions))


@lru_cache(maxsize=1024)
def _quote_keys(quotes: tuple[str, ...]) -> frozenset[str]:
    """The keys of the programmes' names as quoted, kept per page's quotes: most pages name
    the same few programmes in the same words."""
    return frozenset(title_key(quote) for quote in quotes)


def _never_a_title(text: str, mention_keys: frozenset[str], line: bool = False) -> bool:
    """A section's name, a label, the EU banner, a date, a code, a web address, a programme's
    name (``mention_keys``: see :func:`_mention_keys`; also as its logo's alt text, "<name>
    BW", on a cross-border programme's project cards), and (for a whole line) an
    organisation's name: whatever else it says, it names no project. A quoted name may look
    like an organisation's ("Senųjų amatų centras")."""
    value = text.strip(" .:")
    low = value.lower()
    if len(low) < 4 or (low.startswith(("http", "www.")) and " " not in low):
        return True
    if (_NEVER_A_TITLE_LINE if line else _NEVER_A_TITLE).match(low):
        return True
    if text.rstrip().endswith(":") or _NEVER_A_TITLE_AS_WRITTEN.match(value):
        return True  # a heading over a list, a field's label and its figure, a date, a code
    if not mention_keys:
        return False
    if title_key(value) in mention_keys:
        return True
    logo = _logo_start(value)  # "<Programme's name> BW": its logo's alt text
    return logo is not None and title_key(value[:logo]) in mention_keys


def _logo_start(value: str) -> int | None:
    """Where ``_LOGO_SUFFIX.search(value)`` would match, tried at that one place: the space
    before the last word (the logo's variant is the last word, white space before it and
    only white space after; ``str.rstrip`` and ``str.rsplit`` split on what ``\\s`` matches).
    A search tried the pattern at each space of the line (~10x the cost)."""
    parts = value.rstrip().rsplit(None, 1)
    found = _LOGO_SUFFIX.match(value, len(parts[0]) if len(parts) == 2 else 0)
    return None if found is None else found.start()


def _identifier(value: str) -> bool:
    """True for one word joined by underscores ("SPC_foto_1", "kaires_puses_index"): an
    image's file name or a page template's name left in the text, which no one writes as a
    project's name (titles are words with spaces, or one word or acronym without
    underscores: "UMBRELLA", "DIGIHERIT")."""
    word = value.strip()
    return "_" in word and not any(c.isspace() for c in word)


def _states_a_sum(doc: Document, value: str) -> bool:
    """True when ``value`` holds a sum of money as the money reader reads it ("Penkioms
    savivaldybėms – dar 2,4 mln. eurų", "Bendra projekto vertė – 345 280 Lt").

    Why: a project's name states no sum; a headline that does is news about money shared
    out, and a sentence that does is the project's budget. Either taken for the title
    misnamed the project (and kept the page of a funder's news as a project's).
    """
    if not _DIGIT.search(value):
        return False
    start = doc.text.find(value)
    if start < 0:
        return False
    end = start + len(value)
    return any(start <= money.start < end for money in doc.amounts)


def _only_dates(doc: Document, line: Span) -> bool:
    """A line that states a date (or a date and a time) and nothing else: a news item's
    dateline over its headline (``2021 m. kovo 15 d.``, ``15 March 2021``, ``15.03.2021
    10:30``); or a length of time or a sum, with the dates or alone: a card's duration or
    budget under its label or beside the project's dates (``24 months``, ``36 months
    2023/01/01 – 2025/12/31``, ``1,204,300 EUR``). The date, duration and money readers decide
    what a date, a length of time and a sum are, so every form they read is covered."""
    if not _DIGIT.search(line.text):
        return False
    left = _letters_left(doc, line, (doc.dates,))
    if 0 < left <= _FIGURE_WORDS:
        # A few words beside the figures ("months", "EUR"): a length of time or a sum? (The
        # durations and sums are asked for only here: most lines have many words left.)
        left = _letters_left(doc, line, (doc.dates, doc.durations, doc.amounts))
    if left == 0:
        return True
    # The line's words (``_WORD.findall``, the costliest step) are read only where a test of
    # them can say yes: every letter is a word's, so a line with more letters left than a
    # date's words and a weekday hold is no unread dateline; and the words of a dateline
    # (_DATELINE_WORDS, in small letters) can add up to the letters left only where one of
    # them stands in the lower-cased line (a word written in any case lowers to it there).
    words = _WORD.findall(line.text) if left <= _FIGURE_WORDS + _WEEKDAY_MAX else None
    if words is not None and _unread_dateline(words):
        return True
    if left > 0 and _holds_a_dateline_word(line.text):
        if words is None:
            words = _WORD.findall(line.text)
        if left == _dateline_letters(words):
            return True
    return left <= _PLACE_MAX and left == _place_after_date(line.text)


def _holds_a_dateline_word(text: str) -> bool:
    """Whether one of :data:`_DATELINE_WORDS` stands in the lower-cased text (inside a word
    too): where none does, no word of the text is one (see :func:`_only_dates`)."""
    low = text.lower()
    return any(word in low for word in _DATELINE_WORDS)


def _place_after_date(text: str) -> int:
    """The letters of one word set off by a comma at a line's end ("2020 09 25, Vilnius",
    "2021 09 16, nuotolinis"): where nothing else stands beside the date, a dateline's place
    or its meeting's mode, never a title (round 18: a local action group's news pages, where
    it was read as the title and the English title). -1 where the line ends otherwise."""
    match = _PLACE_AT_END.search(text)
    return len(match.group("w")) if match else -1


def _dateline_letters(words: list[str]) -> int:
    """The letters of the weekday names a line holds ("2019 m. gruodžio 11 d., trečiadienis"),
    and of the words that say what its date is ("Atnaujintas 2004 gegužės 14 d.", "date
    2025-11-19"): a dateline's words beside its date. ``words`` are the line's words
    (``_WORD.findall``, read once for this and :func:`_unread_dateline`)."""
    return sum(len(w) for w in words if w.lower() in _DATELINE_WORDS)


def _unread_dateline(found: list[str]) -> bool:
    """A dateline the date reader does not read as a date: figures with no word but month
    names beside them ("08 25", a month and day with no year; "24 kovo, 2023", a day, a
    month's name and a year set off by a comma), perhaps after the weekday ("Pirmadienis, 26
    sausio, 2026", "Šeštadienis, 31 sausio": a portal's date over its menu, round 20). Asked
    only of a line holding a figure, with its words (``_WORD.findall``), and only where
    the line has at most that many letters left beside its dates (see :func:`_only_dates`)."""
    if sum(map(len, found)) > _FIGURE_WORDS + _WEEKDAY_MAX:
        return False  # (most lines: too many letters for a date's words and a weekday)
    words = [w for w in found if w.lower() not in _WEEKDAYS]
    return (
        len(found) - len(words) <= 1  # (one weekday at most)
        and sum(map(len, words)) <= _FIGURE_WORDS
        and all(w in MONTHS for w in words)
    )


def _letters_left(
    doc: Document,
    line: Span,
    finds: tuple[Sequence[dates.DateMention | dates.Duration | Money], ...],
) -> int:
    """How many letters of a line stand outside the spans found in it (of dates, lengths of
    time, sums); -1 where two spans overlap."""
    spans = []
    for found in finds:
        i = bisect_left(found, line.start, key=_mention_start)
        while i < len(found) and found[i].end <= line.end:
            spans.append((found[i].start, found[i].end))
            i += 1
    # The letters are counted by ``sum(map(str.isalpha, …))``: the same count as a generator
    # of ``ch.isalpha()`` (True adds 1), without a Python frame a character.
    if not spans:
        return sum(map(_IS_ALPHA, line.text)) or -1  # (no figure read: never 0)
    text = doc.text
    left = 0
    at = line.start
    for start, end in sorted(spans):
        if start < at:
            return -1  # (a date inside a length of time: read as no dateline)
        left += sum(map(_IS_ALPHA, text[at:start]))
        at = end
    return left + sum(map(_IS_ALPHA, text[at : line.end]))


_IS_ALPHA = str.isalpha


def _mention_start(mention: dates.DateMention | dates.Duration | Money) -> int:
    return mention.start


def _slogans(doc: Document) -> frozenset[str]:
    """The lines right above a site's greeting ("Closer across the border" over "Welcome to
    the … Programme!"), as written without a bullet: the site's slogan or name, which a site
    may repeat above its menu, never a title."""
    lower, lines = doc.lower, doc.lines
    if not any(greeting in lower for greeting in _GREETINGS):
        return frozenset()  # (most pages greet nobody: one look at the text)
    return frozenset(
        lines[i - 1].text.lstrip(_BULLETS)
        for i in range(1, min(len(lines), _TOP_LINES))
        if lower.startswith(_GREETINGS, lines[i].start) and _one_greeting(lines[i].text)
    )


def _one_greeting(text: str) -> bool:
    """A greeting line that is only the greeting: short, one sentence ("Welcome to the …
    Programme!"), not a paragraph that opens with one ("Welcome to our camp! This year …",
    under the page's own heading)."""
    body = text.rstrip(" .!")
    return len(text) <= _GREETING_MAX and not any(mark in body for mark in (". ", "! ", "? "))


def _figure_under_label(doc: Document, above: Span, line: Span) -> bool:
    """A line holding a figure under a short label alone on its line (``Partner budget:`` over
    ``412.300,50 EUR (ERDF co-financing …)``, ``Project number:`` over ``LLI-501``): a card's
    value of another field than the title (the title's own label is read first, by
    :func:`_labelled`). A label is words: a dateline with a colon (``14 / 01 / 2020 :``) is
    none."""
    return (
        above.text.endswith(":")
        and len(above.text) <= _LABEL_MAX
        and _DIGIT.search(line.text) is not None
        and _DIGIT.search(above.text) is None
        and not _LABEL_ONLY.fullmatch(doc.lower[above.start : above.end])
    )


def _portal_item(doc: Document, line: Span) -> bool:
    """A line that is one of a news portal's menu items ("Horoskopai", "Naujausios",
    "Savaitės populiariausi", "Rezultatų nėra") or its weather ("Vilnius +2°C", "Orai
    Šiauliuose"): see project.toml [portal_menu]."""
    if len(line.text) > 40:
        return False
    low = doc.lower[line.start : line.end].strip(" :•|")
    return low in _PORTAL_WORDS or (
        ("°" in low or low.startswith("orai")) and _WEATHER.match(low) is not None
    )


def _menu_block(doc: Document) -> frozenset[int]:
    """The lines of a news portal's menu written one item a line above the headline: a run of
    short lines (or chrome: bylines, datelines, breadcrumbs) holding three of the portal's
    menu items or more (:func:`_portal_item`). Every line of the run is the menu but its
    headlines (:func:`_headlines`: the line over a dateline).

    Why: a national portal's menu (the date, "Kalendorius", "<City> +2°C", "Horoskopai",
    "Naujausios", its sections, then its share buttons) and a regional paper's ("(detali)",
    "Orai <City>", "Konkursai", a contest's byline, "Savaitės populiariausi", "Ieškoti", its
    section's name) mix the portal's words with words of their own ("Karas Ukrainoje",
    "Gamink ir balsuok"): made chrome item by item, each next item became the title (round
    19's note; round 20: seven pages of three sites). A run holding no portal's words (a
    card's labels, a project site's own menu) is not asked.
    """
    lines = doc.lines
    top = min(len(lines), _MENU_TOP)
    hits = doc.hits(PORTAL_GROUP)
    if not hits or not top or hits[0] >= lines[top - 1].end:
        return frozenset()  # (most pages: no word of a portal's own near the top)
    items = [i for i in range(top) if _portal_item(doc, lines[i])]
    if len(items) < _MENU_MARKERS:
        return frozenset()
    skipped: set[int] = set()
    at = 0
    while at < len(items):
        start = end = items[at]
        while start > 0 and _in_menu_run(doc, lines[start - 1]):
            start -= 1
        while end + 1 < top and _in_menu_run(doc, lines[end + 1]):
            end += 1
        inside = frozenset(i for i in items if start <= i <= end)
        if len(inside) >= _MENU_MARKERS:
            kept = _headlines(doc, start, end, inside)
            skipped.update(i for i in range(start, end + 1) if i not in kept)
        at += sum(1 for i in items[at:] if i <= end)
    return frozenset(skipped)


def _in_menu_run(doc: Document, line: Span) -> bool:
    """A line that may stand in a portal's menu block: short, or chrome of any length (a
    breadcrumb, a dateline, an item of a bulleted list)."""
    return (
        len(line.text) <= _MENU_RUN_LINE
        or line.text.startswith(_ITEM_MARKS)
        or _is_chrome(doc, line)
        or _only_dates(doc, line)
    )


def _headlines(doc: Document, start: int, end: int, items: frozenset[int]) -> set[int]:
    """The headlines in a portal's menu block (lines ``start`` to ``end``): the line right
    over a dateline ("<Headline>" / "2017 m. kovo 21 d."), or the one over that where the
    line between is a byline, chrome ("Autorius: …") or the site's name written again
    ("<Headline>" / "<Site>" / "2017-09-19"). A menu item, a list's item or a dateline is
    none. A line over a card's label ("<Name>" / "Projekto vertė: …") is a card's heading: it
    stays too."""
    lines = doc.lines
    texts = [lines[i].text for i in range(start, end + 1)]
    found = {
        k
        for k in range(start, min(end + 1, len(lines) - 1))
        if k not in items
        and _CARD_LABEL_OPENS.match(doc.lower, lines[k + 1].start, lines[k + 1].end) is not None
        and not lines[k].text.startswith(_ITEM_MARKS)
    }  # "<Name>" over "Projekto vertė: …": a card's heading, kept whatever stands above it
    for d in range(start + 1, min(end + 2, len(lines))):
        if d in items or not _dated(doc, lines[d]):
            continue
        k = d - 1
        if k in items or _only_dates(doc, lines[k]) or lines[k].text.startswith(_ITEM_MARKS):
            continue
        if (
            k - 1 >= start
            and k - 1 not in items
            and (
                texts.count(lines[k].text) > 1
                or _byline(doc, lines[k])
                or _is_chrome(doc, lines[k])
            )
        ):
            k -= 1  # "<Headline>" / "<Site>" / "2017-09-19": the site's name as the byline
        found.add(k)
    return found


def _dated(doc: Document, line: Span) -> bool:
    """A dateline naming a year or a month (not a bare counter: "0" under a comment's
    button), or a line that opens with a date the date reader reads ("2026-03-12 10:15 /
    šaltinis: <portal>": the date and the source under a headline)."""
    found = doc.dates
    i = bisect_left(found, line.start, key=_mention_start)
    if i < len(found) and found[i].start == line.start:
        return True
    return _only_dates(doc, line) and (
        _YEAR.search(line.text) is not None or any(w in MONTHS for w in _WORD.findall(line.text))
    )


def _content_lines(doc: Document, mention_keys: frozenset[str]) -> Iterator[Span]:
    """Lines that can hold a title: no menus, breadcrumbs, cookie notices, site names or
    slogans, or datelines."""
    lines = doc.lines
    found = 0
    slogans = _slogans(doc)
    english = doc.has("project.en_title_label")
    portal = doc.has(PORTAL_GROUP)
    menu = _menu_block(doc) if portal else frozenset()
    byline = -2  # the last line read as a byline
    for i, line in enumerate(lines):
        if i in menu or _is_chrome(doc, line) or _only_dates(doc, line):
            continue
        if portal and _portal_item(doc, line):
            continue  # "Horoskopai", "Vilnius +2°C", "Sportas": a portal's menu item alone
        if slogans and line.text.lstrip(_BULLETS) in slogans:
            continue  # the site's slogan above its greeting (or repeated in its menu)
        if i and _figure_under_label(doc, lines[i - 1], line):
            continue  # another field's value: "Partner budget:" over "412.300,50 EUR (…)"
        if line.text.startswith(_ITEM_MARKS) or line.text.endswith(";"):
            continue  # an item of a list or a menu ("• Start", "• 105", "1. …;"): no heading
        if english and _EN_LABEL_OPENS.match(doc.text, line.start, line.end):
            continue  # the English title's label and value (read apart): no heading
        if i == 0 and len(lines) > 1 and _is_menu(doc, lines[1]):
            continue  # the site's name above its menu
        if (
            len(line.text) <= 30
            and 0 < i < len(lines) - 1
            and _is_menu(doc, lines[i - 1])
            and _is_menu(doc, lines[i + 1])
        ):
            continue  # an item of a menu written one item a line
        if _doubled_menu_item(lines, i):
            continue  # "Pradžia" twice, then "Aktualijos" twice: a menu that writes each item twice
        if _language_switch(line.text):
            continue  # "English", "Lietuvių kalba English": the site's language switch
        if _byline(doc, line):
            byline = i
            continue  # "Vardenė Pavardienė" over or under a headline: the author, no heading
        if byline == i - 1 and _position_line(doc, line):
            continue  # "<Name>" / "<Parliament's> narė": the byline's second line
        if _never_a_title(line.text, mention_keys, line=True):
            continue
        yield line
        found += 1
        if found >= _CONTENT_LINES:  # a title stands at the top: the rest need not be read
            return


def _language_switch(text: str) -> bool:
    """A line whose every word names a language, its country or its code ("English",
    "Lietuvių kalba English", "Lithuania Polish Russia English", "LT | EN"): a site's
    language switch, never a title (see project.toml [language_switch])."""
    if len(text) > 60:
        return False
    low = text.lower()
    if not low.startswith(_LANGUAGE_STARTS):
        return False  # (most lines: one look at their first letters)
    words = _SWITCH_SEPARATORS.split(low)
    return any(words) and all(w in _LANGUAGE_WORDS for w in words if w)


def _byline(doc: Document, line: Span) -> bool:
    """A line that only names a person ("Vardenė Pavardienė", "Vardas PAVARDAITIS"), or a
    person and their position ("Vardenė Pavardienė, seniūnijos seniūnė"): a news item's
    author or speaker printed over or under its headline, never a project's name.

    Why: four surveyed pages of four sites (round 19: regional papers' and local bodies'
    news) had such a line read as the title (one of them as the English title, its surname
    in capitals). A line the page quotes as a name („…“) stays, whatever it looks like.
    """
    text = line.text.strip()
    if len(text) > 120 or not text[:1].isupper():
        return False  # most lines: too long, or no capital to open a name
    name = text.split(",", 1)[0]
    if name.count(" ") != 1:
        return False  # a name is two words: a first name and a surname
    if "," in text:
        named = NAME_FIRST.match(doc.text, line.start, line.end) is not None
    else:
        named = len(text) <= 60 and NAME_ALONE.match(doc.text, line.start, line.end) is not None
    return named and not any(mark + text in doc.text for mark in _QUOTE_MARKS)


def _position_line(doc: Document, line: Span) -> bool:
    """A short line ending in a person's position ("Lietuvos Respublikos Seimo narė",
    "Kultūros centro direktorė"), asked only right under a byline: the author's position on a
    line of its own.

    Why: a member of parliament's column on a rural communities' site printed her name over
    her position over the event's heading; once the name was read as a byline, the position
    became the title (round 19's note). A position ends the line; a heading naming one further
    in ("Direktorės kabineto remontas") stays.
    """
    text = line.text
    if len(text) > _LABEL_MAX or text.endswith((".", "!", "?", ":")):
        return False
    return _POSITION_END.search(doc.lower, line.start, line.end) is not None


def _doubled_menu_item(lines: Sequence[Span], i: int) -> bool:
    """A line written twice in a row beside another line written twice in a row ("Pradžia",
    "Pradžia", "Aktualijos", "Aktualijos"): an item of a menu that writes each item twice (its
    link and its label). A headline written twice (the page's title over its heading) is one
    pair alone, and stays."""

    # (each pair tested in line, not by a function made at each call: the test runs on every
    # line read for a title; the pair at k is lines k and k + 1 with the same text)
    last = len(lines) - 1
    if 0 <= i < last and lines[i].text == lines[i + 1].text:
        first = i
    elif 0 < i <= last and lines[i - 1].text == lines[i].text:
        first = i - 1
    else:
        return False
    k = first - 2
    if k >= 0 and lines[k].text == lines[k + 1].text:
        return True
    k = first + 2
    return k < last and lines[k].text == lines[k + 1].text


class _Content:
    """The content lines (:func:`_content_lines`), read from the top only as far as a reader
    asks: most pages are settled by the first two or three, and testing a line for what is
    never a title is the costliest step of reading the titles."""

    def __init__(self, doc: Document, mention_keys: frozenset[str]) -> None:
        self._lines = _content_lines(doc, mention_keys)
        self._read: list[Span] = []

    def first(self, n: int) -> list[Span]:
        """The first ``n`` content lines (fewer where the text has fewer)."""
        while len(self._read) < n:
            line = next(self._lines, None)
            if line is None:
                break
            self._read.append(line)
        return self._read[:n]

    def line(self, i: int) -> Span | None:
        """The content line numbered ``i`` from the top, if the text has that many."""
        found = self.first(i + 1)
        return found[i] if i < len(found) else None


def _quoted_names(doc: Document, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Spans of the quoted names after the word project ("projektas „X“"), in text order.

    Read as ``doc.finditer_at_starts`` reads, but only up to the last place a quotation
    opens: a word project after it has no quoted name to give (on most pages no quotation
    opens after the title, and the word stands a dozen times below it). A quoted programme
    ("projektas įgyvendinamas pagal „Interreg V-A Lietuva – Lenkija“ programą") is no
    project's name (see :func:`_names_a_programme`), nor a contest's or a measure's named
    before its quotation ("projektų rinkimai „…“", "projektų konkursas „…“", "projektams
    pagal priemonę „…“"), nor a word in scare quotes
    after what the projects were ("projektai buvo „apginti“")."""
    lower = doc.lower
    last = max(lower.rfind(mark) for mark in _QUOTE_MARKS)
    hits = doc.hits("project.quoted_name")
    out = []
    # (no quotation opens after the last hit tried)
    for match in matches_at(_QUOTED_PROJECT, lower, hits[: bisect_left(hits, last)]):
        span = _quoted_at(doc.text, match.end())
        if span and not _names_a_programme(lower, span, mentions):
            if _CONTEST_BEFORE.search(lower, match.start(), match.end()):
                # "projektų rinkimai „Burės 2026“", "projektams pagal priemonę „Aktyvus
                # kiemas“": the contest's or the measure's name, no project's
                continue
            if _BE_BEFORE.search(lower, match.start(), match.end()) and _scare_quoted(
                doc.text[span[0] : span[1]]
            ):
                continue  # "projektai buvo „apginti“": a word in scare quotes
            out.append(span)
    return out


def _several_projects(doc: Document, quoted: list[tuple[int, int]]) -> bool:
    """Whether the sentences name several projects, the first of them once only: three
    different quoted names after the word project, or two where one follows the word in the
    plural ("projekto „A“ …, projektų „B“ ir „C“"). Such a page (a council's decision on four
    communities' projects, a school's list of its partnerships, the contracts a local action
    group signed) is about no one of them, and its first name is no title; a project's own page
    names its project again ("projektą „A“ … Projekto „A“ tikslas …")."""
    if len(quoted) < 2:
        return False
    text, lower = doc.text, doc.lower
    keys = [title_key(text[a:b]) for a, b in quoted]
    if keys.count(keys[0]) > 1:
        return False  # the first name named again: the page's own project
    distinct = len(set(keys))
    if distinct >= 3:
        return True
    return distinct == 2 and any(
        _PLURAL_BEFORE.search(lower, max(0, a - 50), a - 1) is not None for a, _ in quoted
    )


def _scare_quoted(name: str) -> bool:
    """A quoted word that is no name: one word in lower case ("projektai buvo „apginti“")."""
    return " " not in name.strip() and name.strip()[:1].islower()


def _names_a_programme(lower: str, span: tuple[int, int], mentions: list[Mention]) -> bool:
    """Whether a quoted name is a programme's, or the first part of one: a programme the
    text names stands inside the quotation or right after it („Interreg V-A“ Lietuvos ir
    Lenkijos programą), the quotation is a programme generation's name („Interreg VI-A“),
    or the word programme follows its closing mark („…“ programą); or a funding contest's
    („…“ finansavimo konkursą): no project's name either."""
    start, end = span
    if any(m.start < end + 3 and m.end > start for m in mentions):
        return True
    name = lower[start:end].strip()
    if any(generation.fullmatch(name) for generation in _GENERATIONS):
        return True  # „Interreg VI-A“ Lietuvos Lenkijos programą: a generation's name
    return (
        _PROGRAMME_AFTER.match(lower, end + 1) is not None
        or _CONTEST_AFTER.match(lower, end + 1) is not None
    )


def _cells(line: Span) -> list[Span]:
    """The cells of a table row written with bars."""
    out, start = [], 0
    for bar in _BAR.finditer(line.text):
        out.append(line.sub(start, bar.start()))
        start = bar.end()
    out.append(line.sub(start, len(line.text)))
    return out


def _label_or_bar_lines(doc: Document) -> list[int]:
    """The numbers of the lines near the top that open with a title label's first word or
    hold a table's bar and such a word, in order: the only lines :func:`_labelled` reads
    (found from the keyword hits and the bars, not by visiting each line)."""
    lines, starts, text = doc.lines, doc.line_starts, doc.text
    top = min(len(lines), _TOP_LINES)
    if not top:
        return []
    end = lines[top - 1].end
    found = set()
    for hit in doc.hits("project.title_label"):
        if hit >= end:
            break
        i = bisect_left(starts, hit)
        if i < top and starts[i] == hit:
            found.add(i)
    bar = text.find("|", 0, end)
    while bar >= 0:
        i = bisect_right(starts, bar) - 1  # the line holding it (only lines hold a bar)
        if doc.has_in("project.title_label", lines[i].start, lines[i].end):
            found.add(i)  # (a row where no label's first word stands has no label's cell)
        bar = text.find("|", lines[i].end, end)
    return sorted(found)


def _labelled_value(text: str, start: int, end: int) -> str:
    """The value after a title's label on its line, up to the next sentence ("Projekto
    pavadinimas: X. Projektas skirtas …"); a quoted value whole, to its closing mark.

    Why: a quoted name may hold a full stop before a capital ("„Kelio ženklai. Antras
    etapas“", a stage of a name; „Senieji vartai" (Nr. AB-1-2), a number's label in a bracket
    after it). Cut there, the title kept only its first half and its opening mark (two
    pages of two sites, round 19). The sentence after the quotation is still cut off.
    """
    quoted = _quoted_at(text, start) if text[start : start + 1] in _QUOTE_OPENS else None
    if quoted is not None and quoted[1] < end:
        close = quoted[1] + 1  # after the closing mark
        stop = _LABELLED_VALUE_END.search(text, close, end)
        rest = text[close : stop.start() if stop else end]
        if rest.count("(") > rest.count(")"):
            rest = rest[: rest.rfind("(")]  # a bracket cut inside ("(Nr. AB-1-2)"): left out
        return text[start:close] + rest
    return _LABELLED_VALUE_END.split(text[start:end])[0]


def _labelled(doc: Document) -> tuple[str, str] | None:
    """The title a card gives after its label: on the label's line ("Projekto pavadinimas:
    X"), on the next line (the label alone), or in the cell under the label in a row of labels
    over a row of values. A label followed by other labels (a block of labels, then a block of
    values) takes the value paired with it by order. Labels are read on every line near the top, menus and table
    rows included: a label is specific enough."""
    text, lower, lines = doc.text, doc.lower, doc.lines
    english = doc.has("project.en_title_label")
    for i in _label_or_bar_lines(doc):
        line = lines[i]
        following = lines[i + 1] if i + 1 < len(lines) else None
        if "|" in line.text:
            cells = _cells(line)
            labels = [k for k, c in enumerate(cells) if _LABEL_ONLY.fullmatch(c.text.lower())]
            if labels and following is not None:
                values = _cells(following)
                if len(values) == len(cells) and values[labels[0]].text.strip():
                    value = values[labels[0]]
                    return _unquote(value.text.strip(" .")), value.text
            continue
        label = _TITLE_LABEL.match(lower, line.start, line.end)
        if label is None:
            continue
        if english and _EN_LABEL_OPENS.match(text, line.start, line.end):
            continue  # "(Projekto) pavadinimas anglų k.: …": the English title's (read apart)
        if label.end() < line.end:
            stated = _labelled_value(text, label.end(), line.end)
            stated = _unquote(_NUMBER_ASIDE_AT_END.sub("", stated).strip(" .,;"))
            if stated:
                return stated, stated
            continue
        if following is None:
            continue
        if _CARD_LABEL_ONLY.fullmatch(lower[following.start : following.end]):
            # A block of labels: its values come later, in the same order (paired by the
            # flattened-card reader); a value that is a figure or a code is no title.
            paired = next((p.value for p in doc.label_values if p.label.start == line.start), None)
            if paired is not None and not _never_a_title(paired.text, frozenset(), line=True):
                return _unquote(paired.text.strip(" .")), paired.text
            continue
        span = _quoted_lines(text, following.start)
        if span is not None:
            return " ".join(text[span[0] : span[1]].split()), text[span[0] : span[1]]
        bare = following.text.strip(" .")
        if bare:
            return bare, following.text
    return None


def _after_code(content: _Content, codes: list[Code], text: str) -> tuple[str, str] | None:
    """A heading that writes the project's number (after its programme, perhaps) right before
    its quoted name: ``LLI-587 "Crafts on Both Banks"``, ``„INTERREG …“ PROGRAMA LT-PL-4R-326
    „…“``.

    The content lines are read only where a quotation may open right after a number (within
    the three characters after its end, where the name is looked for below): on most pages
    none does, and the third content line, which no other reader of a title asks for, need
    not be tested for what is never a title. A place the pattern of quotation marks finds
    is one where ``str.startswith`` finds a mark, so where no mark stands no name is found.
    """
    ends = [c.end for c in codes if c.what == "number"]
    if not ends:
        return None  # (no number to stand before a name: the lines need not be read)
    if not any(text.startswith(_QUOTE_MARKS, at) for end in ends for at in range(end, end + 4)):
        return None  # (no quotation opens right after a number: neither does a name)
    return _quoted_after_number(content, codes)


def _quoted_after_number(content: _Content, codes: list[Code]) -> tuple[str, str] | None:
    """The reading :func:`_after_code` gates: the quoted name that ends one of the first three
    content lines and opens within three characters after a project number's end."""
    for line in content.first(3):
        written = line.text.rstrip(" .")
        for opener in reversed(list(_QUOTE_OPENERS.finditer(written))):
            span = _quoted_at(written, opener.start())
            if span is None:
                continue
            if written[span[1] + 1 :].strip(' ."“”'):
                break  # the quotation does not end the heading
            before = line.start + opener.start()
            if any(c.what == "number" and 0 <= before - c.end <= 3 for c in codes):
                name = written[span[0] : span[1]]
                return name.strip(), name
            break
    return None


def _acronym_heading(content: _Content) -> tuple[str, str] | None:
    """An English heading that gives an acronym beside the title (the title and its quote):
    "VILLAGE SHOPS" over "Keeping village shops alive", "COAST4KIDS – Small harbours …",
    "Rivers That Connect (RiverLink)"."""
    line = content.line(0)
    if line is None:
        return None
    first = line.text.strip(" .")
    if _language(first) != "en":
        return None
    dash = _ACRONYM_DASH.fullmatch(first)
    if dash and not dash.group("t").isupper():
        return dash.group("t"), dash.group("t")
    after = _ACRONYM_AFTER.fullmatch(first)
    if after and not after.group("t").isupper() and _long_enough(after.group("t")):
        return after.group("t"), after.group("t")
    below = content.line(1) if _ACRONYM_LINE.fullmatch(first) else None
    if below is not None:
        second = below.text.strip(" .")
        if (
            not second.isupper()
            and not _DIGIT.search(second)
            and not below.text.endswith(".")
            and len(second) <= 150
            and _language(second) == "en"
        ):
            return second, second
    return None


def _heading(
    doc: Document,
    first: Span,
    body_names: list[tuple[str, str]],
    quoted: list[tuple[int, int]],
    several: bool = False,
) -> tuple[str, str] | None:
    """The first heading of the content as the title, unless it only reports on a project
    the sentences name in quotes (then that name, the project's own). ``quoted`` are the
    spans of the quoted names that are no programme's (see :func:`_quoted_names`); where
    they name ``several`` projects, a first paragraph's name is none of the page's."""
    heading = first.text
    paragraph = len(heading) > 150 and heading.endswith(".")
    if paragraph and several:
        return None  # the first of several projects' names, in the text's first paragraph
    inner = _QUOTED_PROJECT.search(doc.lower, first.start, first.end)
    inner_span = _quoted_at(heading, inner.end() - first.start) if inner else None
    if inner_span and (first.start + inner_span[0], first.start + inner_span[1]) in quoted:
        # "Projektas „X“", "Baigtas projektas „X“": the title is the quoted name.
        name = heading[inner_span[0] : inner_span[1]]
        return name.strip(), name
    if heading.endswith(("!", "?")) or len(heading) > 300:
        return None
    if paragraph:
        return None  # a paragraph: the page has no heading of its own
    low = doc.lower[first.start : first.end]
    if ("projekt" in low or "project" in low) and funded_projects(low):
        # "Finansuoti visi N … projektai", "First 12 … projects supported": news of several
        # projects funded (the English word holds no "projekt")
        return None
    if funding_contest(low) or funding_news(low) or applications_call(low):
        # "… finansavimo 2024 m. konkursas", "… kaimams – parama …", "Kvietimas teikti
        # paraiškas …": news of a contest, of money granted, of a call
        return None
    key = title_key(heading)
    same = [(n, q) for n, q in body_names if title_key(n) == key]
    if same:
        return same[0] if heading.isupper() else (heading.strip(" ."), heading)
    if heading[:1] not in '„“",' and (news_sentence(low) or project_event(low)):
        # "Savivaldybė dar kartą sieks lėšų …": a sentence of news; "Baigiamasis projekto
        # partnerių susitikimas": an event of a project. Neither is a project's name.
        return None
    if body_names:
        inside = [(n, q) for n, q in body_names if title_key(n) and title_key(n) in key]
        if not inside:
            return None  # a headline about the project the sentences name
        name_key = title_key(inside[0][0])
        opens = any(title_key(part).startswith(name_key) for _l, part in _split_languages(heading))
        if len(name_key) >= 8 and not opens:
            # The heading adds words before the project's name (its place, its programme):
            # the name is the one the sentences give. A heading that opens with the name and
            # goes on ("X – a network of …") is its full title, the sentences' its short one.
            return inside[0]
    span = _quoted_lines(doc.text, first.start) if heading[:1] in '„“",' else None
    if span is not None and _words_after_quote(doc.lower[span[1] + 1 : first.end]):
        # "„Saulutės“ darželis ruošiamas …", "„Erasmus+“ jaunimo mainai": the quotation names
        # a school, an exhibition, a contest or a programme the headline is about
        return None
    if span is not None:  # a quoted heading broken over lines
        return " ".join(doc.text[span[0] : span[1]].split()), doc.text[span[0] : span[1]]
    value = _unquote(heading.strip(" ."))
    bare = _BARE_PROJECT_WORD.match(value)
    value = value[bare.end() :] if bare else value
    return value, value


def _words_after_quote(after: str) -> bool:
    """True when words follow a quotation that opens a heading ("„Saulutės“ darželis
    ruošiamas …", "„X“ paroda. Aplankykite", "„Upių festivalis 2026“ vėl kviečia …"), other
    than the word project, a number's label, a bracket, a dash or a year ("„X“ projekto …",
    "„X“ Nr. 2", "„X“ (angl. …)", "„X“ – …", "„X“ 2026"); ``after`` is lower-cased.

    Why: the quoted name opening such a headline is that of a kindergarten, an exhibition, a
    contest or a programme the news is about, not the project's: four surveyed pages of
    four sites took it for the title (round 19). A heading quoted whole, or broken over
    lines, is still the name.
    """
    rest = after.strip(" .,;:!?\"“”'")
    return bool(rest) and not (
        rest.startswith(("projekt", "project", "nr", "no.", "(", "–", "—", "-", "/"))
        or rest.replace("m.", "").strip(" .").isdigit()
    )


def _second_language(value: str, content: _Content, at: int) -> tuple[str, str] | None:
    """The line after a heading, when it is the heading's title in the other language."""
    line = content.line(at + 1)
    if line is None:
        return None
    second = line.text.strip(" .")
    if second.startswith("(") and second.endswith(")"):
        second = second[1:-1].strip()
    second = _unquote(second)
    if (  # (the costly test, the languages, last: most lines fail a cheap one first)
        len(second) <= 200
        and not _FIELD_LINE.match(second.lower())  # "Beneficiary <body> (Lithuania)"
        and not line.text.endswith(".")
        and (":" not in second or line.text.startswith("("))
        and not _DIGIT.search(second)
        and _language(second) != _language(value)
    ):
        return second, second
    return None


def _tag_archive(doc: Document) -> bool:
    """True for a tag's archive: a page headed "Žyma: <tag>" or "Archyvų žyma: <tag>" (or
    "Tag: …"), listing the news items that carry the tag, each under its own headline.

    Why: the first item's headline (and the line under it, as its other language) was read
    as the page's title; the items are several, and the tag names none of them (two surveyed
    pages of two sites, a regional paper's and a blog's, round 19). The quoted names of the
    items' sentences stay candidates, as on any page.
    """
    top = doc.lower[:300]
    if "žyma" not in top and "tag" not in top:
        return False
    return _TAG_HEADER.search(top) is not None


def _candidates(
    doc: Document,
    content: _Content,
    quoted: list[tuple[int, int]],
    codes: list[Code],
    several: bool = False,
) -> list[tuple[str, str]]:
    """Title candidates (value, quote), best first. Where the sentences name ``several``
    projects (see :func:`_several_projects`), none of their names is one."""
    text = doc.text
    body_names = [(text[a:b].strip(), text[a:b]) for a, b in quoted]
    candidates: list[tuple[str, str]] = []
    found = _labelled(doc) or _after_code(content, codes, text)
    if found:
        candidates.append(found)
    leading = 0  # lines that are only a quoted name
    act = legal_act(text)  # a council's decision, a minister's order: its top names no project
    for k in range(0 if act else 4):
        line = content.line(k)
        if line is None:
            break
        span = _quoted_at(line.text, 0)
        if not span or line.text[span[1] + 1 :].strip(' ."“”'):
            break
        name = line.text[span[0] : span[1]]
        candidates.append((name.strip(), name))
        leading += 1
    if leading:
        # "„Vandens istorijos …“" over "(Water Stories …)": the title in the other language.
        other = _second_language(candidates[-1][0], content, leading - 1)
        if other:
            candidates.append(other)
    first = content.line(0)
    headline = call_headline(text, doc) or programme_headline(text, doc)
    if first is not None and headline is not None and first.start <= headline[0] < first.end:
        first = None  # a programme's call announced, its public consulted: no project's title
    if act:
        first = None  # the act's issuer, kind and subject ("SPRENDIMAS", "DĖL …"): no title
    if first is not None and _tag_archive(doc):
        first = None  # "Žyma: <tag>" over the items tagged: the first item's headline is none
    if first is not None and programme_card(text):
        first = None  # "Programos pavadinimas" / "Kultūra": a programme's card, no project's
    if first is not None and call_card(doc) and first.start >= doc.hits(CALL_GROUP)[0]:
        # A call's card: its labels one a line over their values ("Teikiama nuo" over a date,
        # "Pareiškėjo tipas" over "Viešasis sektorius"); the call's name may stand above them.
        first = None
    if not candidates and first is not None:
        english = _acronym_heading(content)
        if english:
            candidates.append(english)
        else:
            heading = _heading(doc, first, body_names, quoted, several)
            if heading:
                candidates.append(heading)
                other = _second_language(heading[0], content, 0)
                if other:
                    candidates.append(other)
    if not several:
        candidates.extend(body_names)
    return candidates


def _forms(doc: Document, word: str) -> set[str]:
    """How the text writes a lower-case word where it stands as a whole word, leaving out
    where a sentence or a line begins (a capital there says nothing about the word)."""
    lower, text = doc.lower, doc.text
    out = set()
    pos = lower.find(word)
    while pos >= 0:
        end = pos + len(word)
        if (
            (pos == 0 or not lower[pos - 1].isalnum())
            and (end == len(lower) or not lower[end].isalnum())
            and not _SENTENCE_START.search(text, max(0, pos - 4), pos)
        ):
            out.add(text[pos:end])
        pos = lower.find(word, end)
    return out


def _recased(doc: Document, value: str) -> str:
    """A title written in capitals as the text writes its words elsewhere: the same words in
    its sentences, else each word as the text writes it, else in lower case (the first word
    capitalised)."""
    words = _WORD.findall(value)
    if not value.isupper() or len(words) < 2:
        return value
    lower, text = doc.lower, doc.text
    target = value.lower()
    pos = lower.find(target)
    while pos >= 0:
        written = text[pos : pos + len(value)]
        if not written.isupper():
            return written
        pos = lower.find(target, pos + 1)
    if len(words) < 4 and _language(value) != "lt":
        return value  # a short English name in capitals is a name so written ("CULTURAL ROOTS")

    def written_as(match: re.Match[str]) -> str:
        # In lower case if the text ever writes it so, capitalised if it always capitalises
        # it (a name), in capitals if it only ever writes it so and it is an acronym (three
        # letters or fewer, or no vowel: "VVG", "ES"), capitalised if it is a Lithuanian
        # place, else in lower case.
        word = match.group(0).lower()
        forms = _forms(doc, word)
        if word in forms:
            return word
        capitalised = [f for f in forms if not f.isupper()]
        if capitalised:
            return capitalised[0]
        if _LT_WORD.fullmatch(word) or _EN_WORD.fullmatch(word):
            return word  # a frequent word ("IR", "SU", "OF"), never an acronym
        acronym = len(word) <= 3 or not any(c in _VOWELS for c in word)
        if acronym:
            return match.group(0)
        # A Lithuanian place the text names only in the heading ("VILKIJOS MIESTO …") is
        # still a name: the gazetteer knows its inflected forms.
        return word.capitalize() if places.lookup_city(word.capitalize(), country="LT") else word

    out = _WORD.sub(written_as, value)
    return out[:1].upper() + out[1:]


def read_titles(
    doc: Document, quotes: dict[str, str], mentions: list[Mention], codes: list[Code]
) -> tuple[str | None, str | None]:
    """The project's title and English title, each quote put in ``quotes``.

    ``mentions`` (the programmes the text names) and ``codes`` (its programme codes) tell a
    heading that names a programme or a number from one that names the project.
    """
    text = doc.text
    title = title_en = None
    quoted = _quoted_names(doc, mentions)
    mention_keys = _mention_keys(mentions)
    content = _Content(doc, mention_keys)
    labelled = _EN_TITLE_LABEL.search(text) if doc.has("project.en_title_label") else None
    several = _several_projects(doc, quoted)
    aside = None if several else _english_aside(text, quoted)
    if labelled:
        # "Pavadinimas anglų k.: …", "Projekto akronimas: …": the text says which is English.
        value = _unquote(labelled.group("v").strip(" ."))
        title_en = value
        quotes["title_en"] = value if value in text else labelled.group("v")
    elif aside:
        title_en = aside[0]
        quotes["title_en"] = aside[1]
    candidates = _candidates(doc, content, quoted, codes, several)
    for value, quote in candidates:
        if _never_a_title(value, mention_keys) or _states_a_sum(doc, value) or _identifier(value):
            continue
        for lang, part in _split_languages(value):
            part = _recased(doc, part)
            if lang == "en" and title_en is None:
                title_en = part
                quotes["title_en"] = part if part in text else quote
            elif lang == "lt" and title is None:
                title = part
                quotes["title"] = part if part in text else quote
        if title and title_en:
            break
    acronym_label = _ACRONYM_LABEL.search(text) if doc.has("project.acronym_label") else None
    if title_en is None and acronym_label:
        # "Projekto akronimas: DIGIHERIT": the acronym stands for the English title only when
        # the text gives no English title itself.
        title_en = _unquote(acronym_label.group("v").strip(" ."))
        quotes["title_en"] = title_en if title_en in text else acronym_label.group("v")
    if title_en is None:
        # "projekto DESIGN HUBS partnerių susitikimas": an acronym named as the project. One
        # search: every match opens with "projek" (as written), the prefix the engine skips
        # to. It was matched at each of the word project's keyword hits (those the text
        # writes in small letters), the first that matched kept: the leftmost match, which
        # is what the search finds, at some 2.5x the cost (a Python step a hit, ~19 a page).
        found = _ACRONYM.search(text)
        if (
            found
            and found.group("a") not in (title or "").upper()
            and not _CODE_PART.search(found.group("a"))
        ):
            title_en = found.group("a")
            quotes["title_en"] = title_en
    if title is None and title_en is not None:
        # „Unified Culture …“ („Vienijanti kultūra …“): the Lithuanian name in brackets, else
        # the English title stands for both.
        lithuanian = None if several else _lithuanian_aside(text, quoted)
        title, quotes["title"] = lithuanian or (title_en, quotes["title_en"])
    return title, title_en
