"""Partners of a project: who carries it out, who takes part, in what role, and where.

Pages name them in many ways, all read here:

* a role phrase or label before the name ("Projektui vadovauja …", "Projekto pareiškėjas –
  …"), a role label alone on its line with the name on the next, or a block of card labels
  followed by a block of values (a flattened table), paired by order;
* the body that carries the project out as the subject of its verb ("X įgyvendino
  projektą", "X baigė įgyvendinti", "X ir agentūra pasirašė … sutartį"), after it
  ("Projektą įgyvendina X"), or as the receiver of a grant ("X skirta parama"): the
  applicant of a national project, one partner of a cooperation project;
* partners in the instrumental after "kartu su", in the genitive after "tarp" or
  "pagrindinio partnerio", in lists after a partners label or header (bullets, one line
  after a colon, lists grouped by country "iš Lietuvos – …, iš Lenkijos – …"), in tables,
  as "Name | CC" items, as "Name (Country)" inside a sentence; names that share one head
  noun are each given their own ("Alytaus, Varėnos ir Lazdijų rajonų savivaldybės" → three
  municipalities; :mod:`cwlib.parse.orgnames` declines names into the nominative).

Organisations named for publicity, thanks or contact, as associated or consulting bodies,
or as the agency that signs the contract are never partners; a country or a town alone is
not an organisation. Where a partner is: a place in its name or beside it, else a country
marker, else the country its legal form or kind implies (VšĮ, seniūnija, novads, gmina …),
else the programme's (a national programme: Lithuania; a two-country programme: the other
country for a name in its language); at country precision when no place is named, never a
guessed city.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

import ahocorasick

from cwlib.lexicon import load as lexicon
from cwlib.lexicon import programmes
from cwlib.parse import orgnames, places
from cwlib.parse.anchored import literal_starts, matches_at
from cwlib.parse.document import Document
from cwlib.parse.facts import Partner
from cwlib.parse.frozen import frozen
from cwlib.parse.keys import DISTRICT_ABBREVIATIONS, partner_key
from cwlib.parse.segments import BULLET, Span, holding, sentences, strip_span
from cwlib.parse.tabular import TableRow, TextTable
from cwlib.patterns import compiled
from cwlib.read.characters import LT_LETTERS

__all__ = ["classify_org", "extract_partners"]

KEYWORDS: tuple[str, ...] = (
    "partners.lead_intro",
    "partners.applicant_intro",
    "partners.sentence",
    "partners.promoter",
    "partners.not_partner_roles",
    "partners.card_labels",
)
"""The lexicon keyword groups this extractor reads (see cwlib.parse.document)."""

_ORG_TYPES = [
    (kind, compiled(lexicon.fragment_of(entry), re.IGNORECASE | re.VERBOSE))
    for kind, entry in lexicon.entries("organisations", "kinds").items()
]
_ORG_TYPES_BLIND = [
    (kind, compiled(lexicon.fragment_of(entry), re.VERBOSE))
    for kind, entry in lexicon.entries("organisations", "kinds").items()
]  # the same lower-case patterns without re.IGNORECASE, on a case-blind name: four times faster
_KIND_COUNTRIES = sorted(
    (
        (code, compiled(lexicon.fragment_of(entry), re.VERBOSE))
        for code, entry in lexicon.entries("organisations", "kind_countries").items()
    ),
    # Lithuanian kinds last: a foreign word ("vaivadijos … tarnyba") is the surer sign.
    key=lambda item: item[0] == "LT",
)  # run on the lower-cased name
_LEGAL_COUNTRIES: dict[str, str] = lexicon.table("organisations", "legal_forms")["countries"]
_ADJECTIVE_COUNTRIES: dict[str, str] = lexicon.table("organisations", "country_adjectives")[
    "countries"
]
_ENGLISH_HEADS = frozenset(lexicon.words("organisations", "english_heads"))
_AGENCY = compiled(lexicon.fragment("organisations", "agencies"), re.VERBOSE)  # on lower
_AGENCY_NEEDS = tuple(lexicon.table("organisations", "agencies")["needs"])
"""Literal words every match of :data:`_AGENCY` holds: a name without any is not searched."""
_CAP = "A-ZĄČĘĖĮŠŲŪŽÄÖÜÅÉÓŚŻŹŁĀĒĪĢĶĻŅ"
_WORDS = {
    "CAP": _CAP,
    # a name in lower case up to its quoted part: "asociacija „…“", "sporto klubas „…“"
    "KIND_QUOTED": r"(?:[a-ząčęėįšųūž]+[ \t]+){1,2}[„“\"«]",
    "LEAD_INTRO": lexicon.fragment("partners", "lead_intro"),
    "APPLICANT_INTRO": lexicon.fragment("partners", "applicant_intro"),
    "PARTNER_HEADER": lexicon.fragment("partners", "header"),
    "NOT_PARTNER_HEADER": lexicon.fragment("partners", "not_header"),
    "NOT_PARTNER_ROLE": lexicon.fragment("partners", "not_partner_roles"),
    "PROMOTER": lexicon.fragment("partners", "promoter"),
    "CARD_LABEL": lexicon.fragment("partners", "card_labels"),
    # a district's abbreviations, as the partner key writes them out ("r", "raj", "m")
    "DISTRICT_ABBREVIATION": "|".join(map(re.escape, DISTRICT_ABBREVIATIONS)),
}


def _compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern of this module: the lexicon fragments filled in, compiled once, verbose."""
    return compiled(lexicon.fill(pattern, **_WORDS), re.VERBOSE | flags)


# --- role phrases and labels -------------------------------------------------------------------

_LEAD = _compile(
    r"""
    (?P<intro>(?i:{LEAD_INTRO}))\b          # "Vadovaujantis partneris", "Lead partner"
    (?:[ \t]+(?i:yra|is)|[ \t]+–[ \t]+(?i:yra)   # "… yra", "… – yra", "Lead partner is"
      |(?P<comma>,)(?=[ \t]))?                # "The Lead Partner, X, is …": an apposition
    [ \t]*[:–—\-‒|]?[ \t]*                   # a colon, dash or bar
    (?:(?i:the)[ \t]+)?                       # "… is the Municipality of …"
    (?=[\"„“«{CAP}]|{KIND_QUOTED})           # then a quote or a capital opens the name
    """
)
_APPLICANT = _compile(
    r"""
    (?P<intro>(?i:{APPLICANT_INTRO}))\b     # "Projekto pareiškėjas", "Applicant"
    (?:[ \t]+(?i:of\s+the\s+project))?       # "Beneficiary of the project"
    [ \t]*(?:(?i:yra|is)[ \t]+)?              # "… yra", "… is"
    [:–—\-‒|]?[ \t]*                          # a colon, dash or bar
    (?:(?i:the)[ \t]+)?                       # "… is the Administration of …"
    (?=[\"„“«{CAP}]|{KIND_QUOTED})           # then a quote or a capital opens the name
    """
)
_ROLE_LABEL_LINE = _compile(
    r"""
    ^\W*                                     # at the start of a line, after any mark
    (?P<label>
        (?i:{APPLICANT_INTRO})               # "Projekto vykdytojas", "Pareiškėjas"
      | (?i:vietos\s+projekto\s+vykdytojas)  # "Vietos projekto vykdytojas"
      | (?i:{LEAD_INTRO})                    # "Pagrindinis partneris", "Lead partner"
      | (?i:(?:projekto\s+)?partner(?:is|iai|ė|ės))   # "Projekto partneris", "Partneriai"
      | (?i:projekto\s+partnerio\s+\(-ių\)\s+pavadinimas\s+\(-ai\))   # a LEADER card's label
      | (?i:(?:project\s+)?partners?)        # "Partners"
    )
    \s*:?\s*$                                # nothing else on the line but a colon
    """
)
_SINGLE_PARTNER_LABEL = _compile(
    r"""
    (?i:partner(?:is|ė)?                     # "Partneris", "Projekto partnerė", "Partner"
      |partnerio\s+\(-ių\)\s+pavadinimas\s+\(-ai\))$   # a card's one value, or "-" for none
    """
)
_CARD_LABEL_LINE = _compile(
    r"""
    ^\W*(?i:{CARD_LABEL})\s*:?\s*$           # a card label alone on its line
    """
)
_CELL_GAP = _compile(
    r"""
    \s{3,}                                   # a run of spaces between cells of a value line
    """
)
_APPLICANT_ROLE = _compile(r"(?i:{APPLICANT_INTRO}|vietos\s+projekto\s+vykdytojas)  # applicant")
_LEAD_ROLE = _compile(r"(?i:{LEAD_INTRO})  # a lead's role words")
_NOT_PARTNER_ROLE = _compile(r"(?i:{NOT_PARTNER_ROLE})  # associated, consulting, media")
_ELIGIBLE_BEFORE = _compile(
    r"""
    (?i:galim|potencial|tinkam|eligible|potential)\w*   # "Galima", "Potencialus", "Eligible"
    [ \t]+(?:(?i:projekto|project)[ \t]+)?$           # right before the role's words
    """
)
"""A call's or programme's qualifier right before a role phrase ("Galima pareiškėja yra X",
"Galimas projekto pareiškėjas – X", "Eligible applicant: X"): the body named may apply; it
carries no project out (``[not_partner_roles]`` reads the same qualifiers before a list's
label)."""
_NOT_PARTNER_WORDS = (
    "asocijuot",
    "associated",
    "konsultuojan",
    "media",
    "žiniasklaid",
    "įgyvendinimo",
    "informacin",
    "galim",
    "potencial",
    "tinkam",
    "eligible",
    "potential",
)
"""What every match of :data:`_NOT_PARTNER_ROLE` holds, case-blind (its keywords, the last cut
at its space, which the pattern reads as any space)."""
_PARTNER_HEADER = _compile(
    r"""
    ^\W*                                     # at the start of a line, after any mark
    (?i:{PARTNER_HEADER})\b                  # "Projekto partneriai", "Partners"
    """
)
_LABEL_NO_COLON = _compile(
    r"""
    ^Partners?[ \t]+                         # "Partner" opening the line, no colon after it
    (?=[\"„“{CAP}])                          # then a quote or a capital opens the name
    """
)
_HEADER_WORDS = _compile(
    r"""
    (?i:{PARTNER_HEADER})\b                  # the header words anywhere in a line
    """
)
_OTHER_HEADER = _compile(
    r"""
    ^\W*[^:]{0,40}                           # near the start of a line, before any colon
    (?i:{NOT_PARTNER_HEADER})                # "Viešinimas", "Kontaktai", "Results"
    """
)
_HEADER_KEYWORDS = compiled(
    "|".join(re.escape(word) for word in lexicon.table("partners", "header")["keywords"])
)  # every match of the header words holds one (lower case): on case-blind text, a literal scan
_OTHER_HEADER_NEEDS = compiled(
    "|".join(re.escape(word) for word in lexicon.table("partners", "not_header")["needs"])
)  # a literal alternation, on case-blind text: a line without any of them is no other header
_LAST_SENTENCE = _compile(
    r"""
    (?:^|(?<=[.!?])\s)[^.!?]*:$              # the last sentence of a line, ending in a colon
    """
)
_HEADER_COLON = _compile(
    r"""
    (?:\s+\w+){0,2}                          # up to two more words ("Partneriai Latvijoje")
    \s*[:–—]\s*                              # then the colon or dash of the label
    """
)
_SUBLABEL = _compile(
    r"""
    ^[a-ząčęėįšųūž][^:]{0,40}:\s*            # "valstybinės mokyklos: …" (a group's label)
    """
)
_PROMOTER = _compile(r"(?:{PROMOTER})  # a promoter's verb, on lower-cased text")
_MEMBER = _compile(
    r"""
    \b(?:nar(?:e|iu)|partner(?:e|iu))\b       # "… tinklo nare", "… projekto partneriu"
    """
)
_IN_PROJECT = _compile(
    r"""
    projekt | partner | tinkl | kartu\s+su  # "dalyvauja projekte", "kaip partneris", "kartu su"
    """
)
_MANY_PROJECTS = _compile(
    r"""
    [ \t]+(?:(?:jau|šiuo\s+metu|sėkmingai|taip\s+pat)[ \t]+)?  # perhaps an adverb after the verb
    (?:ne[ \t]+vien(?:ą|ame)                  # "ne vieną", "ne viename": more than one
    | daug(?:elį|elyje|ybę)? | keletą | kelis | keliuose  # "daug", "keletą", "keliuose"
    | įvairius | įvairiuose)                   # "įvairius", "įvairiuose"
    [ \t]+(?:[^\W\d]+[ \t]+){0,2}?            # up to two adjectives ("tarptautinį")
    projekt                                  # the project word
    """
)
"""The object of a promoter's verb that counts no project of its own ("X įgyvendina ne vieną
projektą", "Y dalyvavo keliuose tarptautiniuose projektuose"): a body's record, said in a
quote or an introduction, names no project of the page."""
_CONTRACT = _compile(
    r"""
    sutart                                   # "… pasirašė … sutartį": a contract
    | susitarim                              # "… pasirašė papildomą susitarimą" to one
    """
)

_APPLICATION = _compile(
    r"""
    \s+(?:projekto\s+|vietos\s+projekto\s+)?   # "… pateikė (vietos) (projekto) …"
    paraišk                                  # "… paraišką": the project's application
    """
)

# --- items: codes, countries, roles in an item -----------------------------------------------

_CODE_MARK = _compile(
    r"""
    (?<![ \t])[ \t]*+                 # the spaces before the mark, taken whole (linear time)
    [|/][ \t]*                        # a bar or a slash after a name
    (?P<code>[A-Z]{2})\b               # a two-letter country code
    (?!\s*[/-]\s*\d)                  # not a measure code like LT/2020
    (?=\s*(?:[;,.)(\n–—-]|$))          # ending the item
    """
)
_CODE_MARK_HINT = _compile(
    r"""
    [|/][ \t]*[A-Z]{2}\b                      # what _CODE_MARK needs: a mark, then a code
    """
)  # a pattern that opens with a set of characters is scanned fast; _CODE_MARK's is not
_MARK = _compile(
    r"""
    [|/]                                      # a bar or a slash: where _CODE_MARK's mark stands
    """
)
_CODE_AT_END = _compile(
    r"""
    [|/]\s*(?P<code>[A-Z]{2})         # "… | PL", "… / PL"
    \s*[;.,]?\s*$                     # ending the item
    """
)
_CODE_IN_NAME = _compile(
    r"""
    \s*[|/]\s*[A-Z]{2}\s*$            # a trailing "| PL" left on a name
    """
)
_CODE_AFTER = _compile(
    r"""
    \s*[|/]\s*(?P<code>[A-Z]{2})\b     # "| PL" right after a name
    """
)
_PAREN = _compile(
    r"""
    \((?P<paren>[^()\n]{2,60})\)     # a bracketed aside: "(Portugalija)"
    """
)
_ASIDE = _compile(
    r"""
    \(([^()]*)\)                     # the first bracketed aside of an item
    """
)
_ASIDE_AFTER = _compile(
    r"""
    \s*\((?P<aside>[^()\n]{1,120})\)  # a bracketed aside right after a name
    """
)
_ANY_ASIDE = _compile(
    r"""
    \s*\([^()]*\)                    # any bracketed aside (removed from a name)
    """
)
_ENDS_WITH_COUNTRY = _compile(
    r"""
    \((?P<paren>[^()]{2,40})\)\s*[;,.]?$   # "Name (Portugal)", "Name (LV);"
    """
)
_ENDS_WITH_ASIDE = _compile(
    r"""
    \s*\([^()]*\)\s*[;,.]?$          # a bracketed aside ending a line
    """
)
_MENU_SEPARATOR = _compile(
    r"""
    (?:\||\s/\s)                     # a bar or a spaced slash
    (?!\s*[A-Z]{2}\b\s*(?:[;,.)(\n]|$))   # not before a country code ending an item
    """
)
_ROLE_IN_ITEM = _compile(
    r"""
    \s*(?:[–—\-‒,]\s*|\(\s*)               # after a dash or comma, or in brackets
    (?:(?i:mūsų|projekto)\s+(?=(?i:{LEAD_INTRO}|partner(?:is|ė))))?   # "– mūsų pagrindinis
                                             # partneris", "– projekto partneris"
    (?P<role>
        (?i:{LEAD_INTRO})                    # "– vadovaujantis partneris"
      | (?i:projekto\s+vadovas)              # "– projekto vadovas"
      | (?i:projekto\s+lyderis)              # "(projekto lyderis)"
      | (?i:{APPLICANT_INTRO})               # "(pareiškėjas)"
      | (?i:partner(?:is|ė))                 # "(partneris)", "(partnerė)"
    )
    \s*\)?                                   # a closing bracket
    """
)
_ROLE_NEEDS = compiled(
    "|".join(
        re.escape(word)
        for word in sorted(
            {
                *lexicon.table("partners", "lead_intro")["starts"],
                *lexicon.table("partners", "applicant_intro")["starts"],
                "vietos",  # "vietos projekto vykdytojas"
                "partner",  # "partneris", "partners"
            },
            key=lambda word: (-len(word), word),
        )
    )
)  # the words a role label or role phrase opens with, on case-blind text: without any, no role
_ROLE_LABEL_STARTS = tuple(
    sorted(
        {
            *lexicon.table("partners", "lead_intro")["starts"],
            *lexicon.table("partners", "applicant_intro")["starts"],
            "vietos",  # "vietos projekto vykdytojas"
            "projekto",  # "projekto partneris"
            "partner",  # "partneriai", "partners"
            "project",  # "project partners"
        }
    )
)
"""What a role label alone on its line (:data:`_ROLE_LABEL_LINE`) opens with, in lower case."""
_HEADER_STARTS = tuple(lexicon.table("partners", "header")["opens"])
"""What a partners header at the start of a line (:data:`_PARTNER_HEADER`) opens with."""


_HEADER_OTHER_WORDS = tuple(
    word for word in lexicon.table("partners", "header")["keywords"] if "partner" not in word
)
"""The header words without "partner" (a keyword of the prose words, ``partners.sentence``):
every partners header holds "partner" or one of these."""
if "partner" not in lexicon.table("partners", "sentence")["keywords"]:
    # the lines read for headers are found by the hits of "partner" and of these
    raise RuntimeError("partners.toml: 'partner' must be a keyword of [sentence]")
_NON_WORDS = _compile(
    r"""
    \W*                                      # the marks before a line's first word
    """
)


def _first_word(line: str) -> int:
    """Where a line's first word begins, after the marks :data:`_NON_WORDS` skips. Most
    lines open with a letter or a digit (what ``\\w`` matches but "_"): asked without the
    pattern."""
    if line[:1].isalnum():
        return 0
    marks = _NON_WORDS.match(line)  # (matches every line: it may match nothing)
    return marks.end() if marks else 0


_ROLE_OPENING = _compile(
    r"""
    (?P<role>(?i:{LEAD_INTRO}|{APPLICANT_INTRO}))  # a role word opening an item …
    \s*[:–—-]\s*                             # … as a label: "Lead partner: City of Oulu"
    """
)
_CITY_AFTER_COMMA = _compile(
    r"""
    ,\s*(?P<city>[{CAP}][\w\-]+(?:\s+[{CAP}][\w\-]+)?)   # ", Gdanskas", ", Kazlų Rūda"
    (?=\s*(?:\(|[|/]|[.;]|$))                # before a bracket, a code or the end
    """
)
_END_OF_NAME = _compile(
    r"""
    \s*(?:[.;,](?:\s|$)|\(|\n|$        # a stop, comma or bracket ends a name in prose
      |\s+ir\s+(?=[a-ząčęėįšųūž])       # or " ir " before a lower-case word
      |\s+(?i:together|jointly|in\s+co-?operation|in\s+collaboration|in\s+partnership)
       \s+(?i:with)\b                   # or "together with": the partners after it
      |\s+and\s+(?i:project\s+)?partner\b   # "… and (project) partner Y": another party
      |\s+kartu\s+su\s)                   # "X kartu su A, B …": the partners after it
    """
)
_LABELLED_CUT = _compile(
    r"""
    \s*(?:\(|[|/]\s*[A-Z]{2}\b|\.\s|\.?$)   # a bracket, a code or a full stop ends the name
    """
)
_QUOTED_PART = _compile(
    r"""
    [„“\"«][^„“”\"«»]*[“”\"»]        # a quoted part: it names the institution, not a place
    """
)
_QUOTED_NAME = _compile(
    r"""
    ^(?:[A-Z][\w-]*\s+(?:[a-z][a-z-]*\s+)*?   # "Municipal budgetary …", "Non-profit …"
       (?:institution|organi[sz]ation|establishment|enterprise)   # … an English legal kind
       (?:\s+of\s+[a-z]+)?\s+                 # "State institution of culture "…""
      |\S+\s+)?                              # or one word: "VšĮ „Marių kraštas“"
    [„“\"«](?P<inner>[^„“”\"«»]+)[“”\"»]$    # then the name in quotes, ending the name
    """
)
_HYPHEN_PLACE = _compile(
    r"""
    (?<=\w)-(?=[A-ZĄČĘĖĮŠŲŪŽ])       # "Osijeko-Baranjos": each part may be a place
    """
)
_FIRST_WORD = _compile(
    r"""
    [{CAP}][\w\-]+                   # the first capitalised word of a name
    """
)
_LETTER = _compile(
    r"""
    [A-Za-zĄČĘĖĮŠŲŪŽąčęėįšųūž]        # a letter: a name has one
    """
)
_LETTERS = _compile(
    r"""
    [^\W\d_]{2,}                     # two letters: a table cell that holds a word
    """
)
_LEAD_CELL = _compile(
    r"""
    ^(?i:lp|lead|vadovaujantis|pagrindinis|koordinatorius)\b   # "LP", "Lead"
    | (?i:lead\s+partner|vadovaujantis\s+partneris|pagrindinis\s+partneris)  # in a cell
    """
)
_APPLICANT_CELL = _compile(
    r"""
    (?i:pareiškėj|applicant|vykdytoj)      # "Pareiškėjas", "Applicant", "Vykdytojas"
    """
)
_TITLE_HEADER = _compile(
    r"""
    (?i:projekto\s+pavadinimas|project\s+title|^title$)   # a column of project titles
    """
)
_TABLE_SEPARATOR = _compile(
    r"""
    \t|\s*\|\s*                      # a tab or a bar between cells
    """
)
_SPLIT_ASIDE = _compile(
    r"""
    [,;/]\s*                         # parts of an aside: "Kaliningrado sritis, Rusija"
    """
)

# --- prose forms ---------------------------------------------------------------------------

_PARTNER_SENTENCE = compiled(lexicon.fragment("partners", "sentence"), re.VERBOSE)  # on lower
if not all(_PARTNER_SENTENCE.search(t) for t in ("partner", "xpartnerx", " partner ")):
    # a sentence holding "partner" is taken to match without a search
    raise RuntimeError("partners.toml [sentence]: the pattern must match 'partner' anywhere")
_INLINE_PARTNERS = _compile(
    r"""
    (?:^|[\s,;(])                            # a word start
    (?i:
      (?:kiti\s+|other\s+)?                  # "kiti partneriai", "other partners"
      (?:projekto\s+|project\s+)?            # "projekto partneriai"
      (?P<word>partner(?:is|iai|ė|ės|iais|iu)   # the word partner, in its cases
        |partners?                           # English
        |partnerystę\s+sudaro                # "partnerystę sudaro"
        |partnerystė)                        # "partnerystė"
      (?:\s+(?P<where>(?:iš\s+|from\s+)?[{CAP}][a-ząčęėįšųūž]+)(?=\s*[:–—‒\-|]))?   # "… Latvijoje –"
      (?:\s*(?:yra|are)\s+                   # "… yra", "… are"
         (?:(?:ir|taip\s+pat)\s+)?            # "partneris yra ir X", "… yra taip pat X"
         [:–—‒\-|]?                          # perhaps with a mark
        |\s*[:–—‒\-|])                        # or a colon, dash or bar
    )
    \s*
    (?=[\"„“«{CAP}]|{KIND_QUOTED})           # then a quote or a capital opens a name
    """
)
_CLOSING_DASH = _compile(
    r"""
    \s[–—]\s+                                # a spaced dash …
    (?=[a-ząčęėįšųūž])                       # … then a lower-case word: the sentence goes on
    """
)
_NEXT_FIELD = _compile(
    r"""
    [,;]\s*                                  # after an item and its comma,
    [a-ząčęėįšųūž]+(?:[ ][a-ząčęėįšųūž]+)?   # one or two lower-case words ("rėmėjai",
                                             # "informaciniai rėmėjai")
    [ ]?[–—:][ ]                             # and a dash or a colon: the label of another field
    """
)
_OWNED_PROJECT = _compile(
    r"""
    (?:[ ](?i:įgyvendint|įgyvendinam|vykdyt|vykdom)\w*)?   # perhaps "įgyvendintą" (carried out)
    [ ](?i:projekt(?:as|ą|o|e|ui))           # the project's word, in any case
    [ ][„“"]                                # and its quoted name right after it
    """
)
_COUNT_BEFORE = _compile(
    r"""
    (?:^|[\s(])\d+(?:-\w+)?\s+$               # a number right before a plural name
    """
)
_DISCLAIMER = _compile(
    r"""
    (?i:turinį\s+atsako)\s+(?:(?i:tik)\s+)?   # "Už šio leidinio turinį atsako (tik) X"
    """
)
_LEAD_ADJECTIVE = _compile(
    r"""
    (?i:pagrindin\w*|vadovaujan\w*|lead)\s+(?:(?i:projekto)\s+)?\W?$   # "Pagrindinis (projekto) partneris"
    """
)
_COUNTRIES_AFTER = _compile(
    r"""
    (?i:iš)\s                                # "kiti partneriai – iš Latvijos …": countries
    """
)
_AS_OTHERS = _compile(
    r"""
    ^(?P<name>[{CAP}][\w\-‘’']+             # a name opening the sentence with a capital
      (?:\s+[\w\-‘’']+){0,3})               # and up to three more words
    ,?\s+(?i:kaip\s+ir\s+kiti)              # ", kaip ir kiti (partneriai)"
    """
)
_ROLE_AFTER = _compile(
    r"""
    ^(?P<name>[{CAP}][\w\-„“\"]*           # a name opening the sentence with a capital
      (?:\s+[\w\-„“\"]+){0,5}?)             # and up to five more words
    \s+(?i:
      (?:projekte\s+|šiame\s+projekte\s+)?   # "projekte", "šiame projekte"
      (?:buvo|yra|is|was)\s+                 # "buvo", "yra", "is", "was"
      (?:the\s+)?
      (?P<role>pagrindinis\s+partneris       # "pagrindinis partneris"
        |vadovaujantis\s+partneris           # "vadovaujantis partneris"
        |projekto\s+koordinatorius           # "projekto koordinatorius"
        |lead\s+partner                      # "the lead partner"
        |one\s+of\s+(?:the\s+)?\w+\s+partners   # "one of 10 partners"
        |(?:a\s+)?(?:project\s+)?partner)    # "a partner"
    )\b
    """
)
_LEAD_GENITIVE = _compile(
    r"""
    (?i:projektui\s+vadovaujanči\w+          # "projektui vadovaujančios …"
      |vadovaujanči\w+\s+partnerio,?         # "vadovaujančiojo partnerio, …"
      |pagrindini\w+\s+partnerio,?)          # "pagrindinio partnerio …"
    \s+
    """
)
_WITH_PARTNERS = _compile(
    r"""
    (?i:\bkartu\s+su\b                       # "kartu su …"
      |\bsu\s+(?=(?:[^\W\d]+\s+){0,2}partneri))   # "su partneriu …", "su Latvijos partneriais",
                                             # "su dar trimis partneriais"
    \s*
    (?:(?i:dar\s+|savo\s+)?                  # "kartu su dar …", "su savo …"
       (?:(?i:dviem|trimis|keturiais|penkiais|šešiais|septyniais|aštuoniais|devyniais
          |dešimčia|\d+)\s+)?                # a count: "kartu su penkiais …"
       (?:(?:[{CAP}][\w-]+\s+)?(?i:miestais)\s+   # "(Europos) miestais partneriais"
         |(?P<country>[{CAP}][a-ząčęėįšųūž]+)\s+   # "Latvijos partneriais" (else places)
         | (?i:[a-ząčęėįšųūž]+(?:ų|io))\s+   # "lenkų partneriais", "užsienio partneriais"
         | (?i:projekto)\s+)?                 # "kartu su projekto partneriais – …"
       (?i:partner(?:iu|iais|e|ėmis))        # "partneriu", "partneriais", "partnere"
       (?:\s+(?i:iš)\s+(?P<source>[{CAP}][a-ząčęėįšųūž]+)   # "partneriu iš Lenkijos"
         (?P<more>\s+(?i:ir|bei)\s+[{CAP}][a-ząčęėįšųūž]+)?)?   # "… iš Latvijos ir Estijos"
       (?:\s*[–—:,-])?\s*)?                  # "kartu su partneriu – …", "…, X"
    """
)
_BETWEEN = _compile(
    r"""
    \b(?i:tarp)\s+                           # "sutartis tarp …"
    """
)
_GENITIVE_ROLE = _compile(
    r"""
    (?:(?i:projekto)\s+)?                    # "tarp projekto pagrindinio partnerio …"
    (?P<role>
      (?i:pagrindini\w*\s+partnerio|vadovaujanči\w*\s+partnerio)   # lead, genitive
      | (?i:partnerio|partnerių|pareiškėjo)  # partner, applicant
    )
    (?:\s+(?i:iš))?                          # "partnerių iš …"
    (?:\s*:)?\s+                             # "… ir partnerių: A, B ir C"
    """
)
_GENITIVE_JOINER = _compile(
    r"""
    \s*(?:,|\b(?i:ir|bei)\b)\s*              # the joiner between two parties of "tarp"
    """
)
_VERB_FIRST = _compile(
    r"""
    (?:(?i:projekt(?:ą|e|o\s+veiklose)|jame|tinkle)   # "Projektą …", "Projekte …"
        (?:\s+[„“"][^„“”"\n]{1,200}[“”"])?     # perhaps its name: "Projektą „…“ įgyvendina X"
      | \b(?i:projekt\w{0,3})                 # or the project, in any case,
        (?:\s+Nr\.\s*[\w.\-/]{1,40})?          # perhaps its number
        (?:\s+[„“"][^„“”"\n]{1,200}[“”"])?     # and its name in quotes,
        ,\s+(?i:kurį)                          # then a relative clause: "…, kurį įgyvendina X"
        (?:\s+(?i:pagal)\s[^,.;:!?\n]{1,100}?)?  # "kurį pagal … programą įgyvendina X"
    )
    (?:,?\s+(?i:kartu\s+su)\s[^,.;:]{2,120}?,?)?   # "Projektą kartu su Y įgyvendina X"
    \s+(?:(?i:taip\s+pat|kartu|dar)\s+)?     # "taip pat", "kartu"
    (?P<verb>(?i:įgyvendina|įgyvendino|vykdo|vykdė|dalyvauja|dalyvavo|koordinuoja|koordinavo))
    \s+                                      # then the name
    """
)
_BEFORE_VERB = _compile(
    r"""
    (?:\s+(?i:
        baigė|baigia|užbaigė|pradėjo|pradeda|pradės|planuoja|ketina|numato|siekia|sieks
      | sėkmingai|jau|taip\s+pat|dar|šiuo\s+metu|neseniai|kartu|bendrai|vėl
      | projekte|šiame\s+projekte               # "X projekte dalyvauja"
      | (?:šį\s+)?projektą                      # "X (šį) projektą įgyvendina": the object
        (?:\s+[„“"][^„“”"\n]{1,120}[“”"])?     # perhaps with its name in quotes
      | \d{4}(?:\s*[–-]\s*\d{4})?\s+(?:m\.|metais)       # "2011–2013 metais"
      | (?:nuo|iki)\s+\d{4}-\d{2}-\d{2}                 # "nuo 2020-03-02"
      | \d{4}-\d{2}-\d{2}                               # "X 2022-08-19 pradėjo …": a date
      | (?:nuo|iki)\s+\d{4}\s+m\.(?:\s+\w+\s+\d{1,2}\s+d\.)?   # "nuo 2018 m. rugpjūčio 1 d."
      | kaip\s+(?:projekto\s+)?(?:pagrindin\w+\s+|vadovaujan\w+\s+)?partner\w*   # "kaip partnerė"
      | š\.\s*m\.\s+\w+\s+mėn(?:\.|esį)                  # "š. m. gegužės mėnesį"
      | \d{4}\s+m\.\s+[a-ząčęėįšųūž]+\s+(?:\d{1,2}\s+d\.|mėn(?:\.|esį))   # "2005 m. rugsėjo 1 d."
      | (?:šių\s+)?metų\s+(?:pradžioje|pabaigoje)        # "metų pradžioje"
      | su\s+(?:všį\s+)?(?:[^\W\d_]+\s+){0,5}(?:agentūra|ministerija)   # "X su (VšĮ)
                                        # Centrine projektų valdymo agentūra pasirašė …
                                        # sutartį": the funder's agency signs with X
    ))+\s*$                                  # at the end of the part before the verb
    """
)
_TITLE_BEFORE = _compile(
    r"""
    (?i:projekt\w{0,3})\s*[„“"]?$            # "Projektą „…": a quoted name is the project's
    """
)
_PLACE_SUBJECT = _compile(
    r"""
    (?P<place>[{CAP}]                       # a capitalised word (the scan skips to a capital)
      (?<![\w„“\"].)                        # with no letter or quote before it
      [a-ząčęėįšųūž]{3,})                   # then lower-case letters
    \s*$                                    # … right before the verb
    """
)
_OURS_BEFORE = _compile(
    r"""
    (?:^|\s)(?P<words>(?i:mūsų)\s+[a-ząčęėįšųūž]+)\s*$   # "Mūsų progimnazija" before the verb
    """
)
_ROLE_BRACKET_AT_END = _compile(
    r"""
    \s*\((?P<role>[^()]{3,40})\)\s*$         # "X (pareiškėjas)" before the verb
    """
)
_APPOSITION_AT_END = _compile(
    r"""
    ,\s*(?P<apposition>[^,]{3,80}),\s*$      # "X, projekto koordinatorė," before the verb
    """
)
_COORDINATED = _compile(
    r"""
    \s(?i:ir|bei)\s*$                        # "X ir" before the next subject
    """
)
_DATIVE_GRANT = _compile(
    r"""
    (?<!\w)(?i:skirta|skirtas|skirti|skiriama|skiriamas|tenka|tenkanti|atitenka)\b  # a grant
    """
)
_DATIVE_GRANT_BLIND = _compile(
    r"""
    (?<!\w)(?:skirta|skirtas|skirti|skiriama|skiriamas|tenka|tenkanti|atitenka)\b  # the same
    """
)  # on case-blind text (:func:`_case_blind`): a case-sensitive alternation is scanned faster
_GROUP_LABEL = r"""
    (?:
      (?i:iš)\s+(?P<gen>[{CAP}]\w+)           # "iš Lietuvos"
      (?:\s+(?i:respublikos))?                # "iš Lietuvos Respublikos"
      \s*[–—:-]\s*                            # then a dash or colon
    |
      (?P<dat>[{CAP}]\w+(?:ai|ui|ei|iai))     # "Latvijai", "Lietuvai"
      (?:\s+(?i:atstovauja)\s+|\s*[–—:-]\s*)  # "… atstovauja", "Lietuvai –"
    |
      (?P<own>[{CAP}]\w+(?:os|ės))            # "Lietuvos organizacijos –": a genitive …
      \s+(?i:organizacijos|institucijos|partneriai)   # … before the group's plural noun
      \s*[–—:-]\s*                            # then a dash or colon
    )
"""
"""The label of a country's group in a list, after what opens it (:data:`_COUNTRY_GROUP`)."""
_COUNTRY_GROUP = _compile(
    r"""
    (?:^|[,;]\s*|\s)                          # at a list's start or after a comma
    """
    + _GROUP_LABEL
)
_COUNTRY_GROUP_LATER = _compile(
    r"""
    [,;\s](?:(?<=[,;])\s*|(?<=\s))          # after a comma, a semicolon or a space
    """
    + _GROUP_LABEL
)
""":data:`_COUNTRY_GROUP` after the text's start: it opens with a set of characters, which a
scan looks for fast (the alternatives with "^" are tried at every character)."""
_COUNTRY_THEN_NAME = _compile(
    r"""
    (?P<country>[{CAP}]\w+)\s*                # "Lietuvos (Klaipėdos universitetas)"
    \((?P<name>[^()\n]{4,80})\)
    """
)
_EN_SUBJECT = _compile(
    r"""
    (?P<name>[{CAP}][\w’'\-]*                 # an English name: capitalised words …
      (?:\s+(?:of|and|for|the|[{CAP}][\w’'\-]*)){0,8})   # … and their small words
    \s*$                                      # right before the verb
    """
)
_LED_BY_NAME = _compile(
    r"""
    \s+(?:(?i:the)\s+)?                      # after "led by", perhaps "the"
    (?=[\"„“«{CAP}])                         # then a quote or a capital opens the name
    """
)
_COUNTRY_BEFORE = _compile(
    r"""
    (?<![\w„“\"])(?<!\bir\s)(?<!\bbei\s)     # one country, not "Lietuvos ir Latvijos"
    (?P<country>[{CAP}][a-ząčęėįšųūž]+)      # "Latvijos" …
    (?:\s+(?i:projekto))?\s*[\s,;(]$        # … right before "(projekto) partneriai –"
    """
)
_HEAD_POSITION = _compile(
    r"""
    \s(?:direktor(?:ius|ė)|(?:vice)?mer(?:as|ė)|vadov(?:as|ė)|pirminink(?:as|ė)   # the head
      |direktoriaus\s+pavaduotoj(?:as|a))\b   # or the deputy, who signs for the body
    """
)
_KIND_THEN_QUOTE = _compile(
    r"""
    ^(?:[a-ząčęėįšųūž]+(?:o|os|ės|ų|io|ios|aus)\s+)?   # perhaps what it is for ("sporto")
    (?P<kind>[a-ząčęėįšųūž]+)\s+[„“\"«]      # "asociacija „…“": a kind word, then the name
    """
)
_FROM_PLACE = _compile(
    r"""
    \s+(?:(?i:iš)|from)\s+(?:the\s+)?       # "… iš", "… from (the)" …
    (?P<place>[{CAP}]\w+(?:\s+[{CAP}]\w+)?)$   # … a place or a country ending a name
    """
)
_COUNTRY_AFTER_NAME = _compile(
    r"""
    [ \t]+(?:(?i:iš)|from)[ \t]+(?:the[ \t]+)?   # right after a name: "… iš", "… from (the)"
    (?P<country>[{CAP}]\w+(?:[ \t]+[{CAP}]\w+)?)   # a country (its look-up decides)
    (?=[ \t]*(?:[.,;:)–—]|$)                  # then a stop, a comma or a dash …
      |[ \t]+(?:ir|bei|and)[ \t])             # … or the list's joiner
    """,
    re.MULTILINE,
)
_EN_IN_PLACE = _compile(
    r"""
    \s(?:in|at|near)\s+                      # "… met in" before the name: a place …
    (?:[{CAP}][\w\-]*\s*\([^()]*\)\s*        # … perhaps after another place and its
       (?:,\s*|\s+and\s+))*$                  # country: "in Daugavpils (Latvia) and"
    """
)
_LOCATIVE_END = _compile(
    r"""
    (?:oje|ėje|yje|uje|iuje|uose|ose|ėse|yse)$   # a place in the locative: "Jelgavoje", "Biržuose"
    """
)
_ORDINAL_OR_CAP = _compile(
    r"""
    [{CAP}„“\"«]                             # a name opens with a capital or a quote
    """
)

_CAPITALISED = _compile(
    r"""
    [{CAP}]\w+                               # a capitalised word
    """
)
_REPUBLIC = _compile(
    r"""
    \s+(?i:respublika|respublikos)\b         # "Lenkijos Respublika": the country's name is enough
    """
)
_CITY_IN_BRACKETS = _compile(
    r"""
    ^(?P<c>[^,()]{2,40}?)                     # "Graz" …
    \s*\([^()]*\)$                            # … "(Austria)": a city with its country
    """
)
_PARTNERS_FROM_EN = _compile(
    r"""
    (?:(?:its|their|the)\s+)?(?:project\s+)?   # "(its) (project) …"
    partners?\s+from\s+                       # "partner(s) from …"
    (?P<country>[{CAP}]\w+)                    # … a country (its look-up decides)
    \s*[,:–—]\s*                               # then the names after a comma or dash
    """
)
_LEAD_AFTER_BRACKET = _compile(
    r"""
    (?:\s*,\s*(?:(?i:the|a)\s+)?              # ", the lead partner," in apposition
      | \s+(?:(?i:acting)\s+)?(?i:as)\s+(?:(?i:the|a)\s+)?   # "… (Poland) acting as a lead …"
      | \s*[–—]\s*(?:(?i:the)\s+)?)           # "… (Lithuania) – the lead partner"
    (?i:lead\s+(?:partner|beneficiary)|leading\s+partner)\b   # the lead's role, in English
    (?!\s+(?i:of|in|for)\b)                  # of this project, not "of another project"
    """
)
"""The lead's role in an English aside right after a "Name (Country)" bracket."""
_LAST_NAME_CUT = _compile(
    r"""
    (?s:.*)                                  # anything, as much as there is (backtracked) …
    [,;:()\n–—‒]                            # … to the last mark no name before a bracket holds
    """
)
"""Matched from a point before a "Name (Country)" bracket to the bracket: it ends right after
the last mark between, where the name may begin."""
_JOINER_BEFORE_NAME = _compile(
    r"""
    (?:\s+(?:ir|bei|and)                      # "… ir Lisabona": a joiner before a name
      | ^(?:and|ir|bei)                       # "(Latvia) and Tartu …": after a bracket
      | (?:^|\s+)(?i:(?:kartu\s+)?su)         # "Kartu su X (Lenkija) …": X with the subject
      | \s+(?i:together\s+)?with)               # "… together with X (Latvia)"
    \s+(?=[{CAP}])
    """
)
_WITH_EN = _compile(
    r"""
    \s(?i:together|jointly|in\s+co-?operation|in\s+collaboration|in\s+partnership)
    \s+(?i:with)\s+                          # "… together with", "… in cooperation with"
    """
)
_EN_ITEM = _compile(
    r"""
    (?:(?i:the)\s+)?                         # perhaps "the"
    (?P<name>[{CAP}][\w’'\-]*                # an English name: a capitalised word …
      (?:\s+(?:of|for|the|[{CAP}][\w’'\-]*))*)   # … then capitals and small words, no "and"
    (?P<after>\s*,\s*(?:(?i:and)\s+)?         # then a comma (", and") before the next item
      | \s+(?i:and)\s+                        # or "and" before the last
      | \s*\(                                 # or a bracket: "Name (Latvia)", read apart
      | \s*[.;]?\s*$                           # or the end of the sentence
      | \s+(?=[a-z]))                         # or a lower-case word ending the clause
    """
)
_AFTER_BRACKET = _compile(
    r"""
    \([^()\n]*\)                             # a bracketed aside ("(Latvia)") …
    \s*(?:,\s*(?:(?i:and)\s+)?|\s+(?i:and)\s+)   # … then the list's comma or "and"
    """
)
_WITH_BEFORE_LIST = _compile(
    r"""
    (?:^|\s)(?i:su)\s+$                      # "(kartu) su A ir B …": the instrumental readers'
    """
)
_CAPITALISED_RUN = _compile(
    r"""
    (?:^|\s)                                  # at a word's start
    (?P<run>[{CAP}„“\"][^\s]*                  # a capitalised word or a quote, then words
      (?:\s+(?:ir|bei|[{CAP}„“\"][^\s]*|[a-ząčęėįšųūž]+(?:o|os|ės|ų|io|ios|aus)))*   # joined
      \s+[a-ząčęėįšųūž]+)                     # up to the shared head
    \s*$                                     # right before the bracket
    """
)
_ROLE_WORD_FIRST = _compile(
    r"""
    (?:(?:The|Our|Its|Their)\s+(?:project\s+)?(?:partner|lead))   # "The partners are RTU"
    | (?:Projekt|Vadovauj|Partner|Lead|Project)  # a role phrase, not a name, opens the piece
    """
)
_ENGLISH_WORD = _compile(
    r"""
    [A-Z][a-z]+                               # a word of a programme's English name
    """
)
_QUOTES = "„“”\"«»‘’'"
_OPENING_QUOTES = '„“"«'
"""What every match of :data:`_QUOTED_PART` opens with."""
_TRAILING = " \t.;,:–—-‒"
_FOREIGN_LETTERS = {
    "LV": "āēīģķļņ",  # Latvian letters Lithuanian does not have
    "PL": "łńśźżćó",  # Polish letters
    "EE": "õ",  # Estonian
}
_NON_LITHUANIAN = set("qwxäöüåæøßéèàáíñçāēīōģķļņłńśźżćóõ")


def classify_org(name: str, is_place: bool = False, precision: str | None = None) -> str:
    """Kind of organisation, from the words of its name.

    >>> classify_org("Birmingemo Universitetas")
    'university'
    >>> classify_org("Lisabona", is_place=True)
    'municipality'
    """
    kind = _kind_of(name)
    if kind is not None:
        return kind
    if is_place:
        return "region" if precision == "region" else "municipality"
    return "other"


@lru_cache(maxsize=8192)
def _kind_of(name: str) -> str | None:
    """The first kind whose words the name holds (names repeat: kept per process)."""
    if "\u0307" in name:
        kinds, searched = _ORG_TYPES, name
    else:
        kinds, searched = _ORG_TYPES_BLIND, _case_blind(name)
    for kind, pattern in kinds:
        if pattern.search(searched):
            return kind
    return None


def _drop_asides(text: str) -> str:
    """The text without its bracketed asides (:data:`_ANY_ASIDE`); a text without a bracket
    is not given the pattern."""
    return _without_asides(text) if "(" in text else text


@lru_cache(maxsize=4096)
def _without_asides(text: str) -> str:
    """:func:`_drop_asides` of a text with a bracket: one list item is cut four or five times
    (its items, shared heads, its partner, its clean name), so the cut is kept."""
    return _ANY_ASIDE.sub("", text)


_WEB_TAIL = _compile(
    r"""
    [\s,;]+                                  # a space or a comma after the name
    (?i:https?://|www\.)\S*                   # "www.x.lv", "http://www.x.lt/…"
    [\s.;,]*$                                # the item's end
    """
)
"""A partner's web address after its name ("Projekto partneris – A savivaldybė (Latvija)
www.a.lv", a project card's foot): the site names the same body, so the name ends before it."""


def _clean_name(raw: str) -> str:
    """The name without bullets, a bracketed aside, wrapping quotes, trailing punctuation or
    a web address after it (:data:`_WEB_TAIL`)."""
    mark = BULLET.match(raw)  # the pattern opens with "^": one match at most, at the start
    name = raw[mark.end() :] if mark else raw
    name = _drop_asides(name)
    if "www." in name or "://" in name:
        name = _WEB_TAIL.sub("", name)
    name = name.strip(_TRAILING + " ")
    if len(name) >= 2 and name[0] in _QUOTES and name[-1] in _QUOTES and name.count(name[0]) <= 2:
        inner = name[1:-1]
        if not any(q in inner for q in '„“”"'):
            name = inner
    return " ".join(name.split()).strip(_TRAILING)


def _country_of_kind(name: str) -> str | None:
    """The country a name's legal form or kind implies, or its letters' language.

    >>> _country_of_kind("VšĮ „Marių kraštas“"), _country_of_kind("Saldus novada pašvaldība")
    ('LT', 'LV')
    >>> _country_of_kind("Kowale Oleckie seniūnija") is None
    True
    """
    low = name.lower()
    lithuanian = not (set(low) & _NON_LITHUANIAN)
    legal = _legal_country(name)
    if legal:
        return legal
    for code, pattern in _KIND_COUNTRIES:
        if pattern.search(low) and (code != "LT" or lithuanian):
            return code
    for code, letters in _FOREIGN_LETTERS.items():
        if any(ch in low for ch in letters):
            return code
    return None


def _legal_country(name: str) -> str | None:
    """The country of the legal form a name opens with ("SIA", "Gmina", "VšĮ"): a registry's
    form belongs to one country, so it outranks a place-like word inside the quoted name."""
    low = name.lower()
    words = low.split()
    legal = _LEGAL_COUNTRIES.get(words[0]) if words else None
    if legal and (legal != "LT" or not (set(low) & _NON_LITHUANIAN)):
        return legal
    return None


def _from_place(name: str) -> re.Match[str] | None:
    """The place or country ending a name after "iš" or "from" (:data:`_FROM_PLACE`); "iš"
    needs its "š" (case-blind: "š" or "Š"), so most names skip the scan."""
    if "š" in name or "Š" in name or " from " in name:
        return _FROM_PLACE.search(name)
    return None


def _country_in_name(name: str) -> str | None:
    """A country named inside an organisation's name ("Latvijos aplinkos … centras"), or its
    English adjective ("Latvian Association of …", "Association of Polish Border Towns") in a name
    not written in Lithuanian."""
    adjective = None
    for word in _CAPITALISED.findall(name):
        code = _where_country(word)
        if code is not None:
            return code
        adjective = adjective or _ADJECTIVE_COUNTRIES.get(word)
    if adjective is not None and not (
        _written_in_lithuanian(name)
        # an English head that is also a Lithuanian form ("Centre", the locative of
        # "centras") makes no name Lithuanian: "Latvian Rural Advisory Centre" is Latvia's
        and not any(w in _ENGLISH_HEADS for w in name.split())
    ):
        return adjective
    return None


def _aside_country(aside: str) -> str | None:
    """The country of a bracketed aside or a tail: "(Latvija)", "Rusijos Federacija"."""
    text = _REPUBLIC.sub("", aside.strip())
    code = places.country_code(text)
    if code is None:
        for part in _SPLIT_ASIDE.split(text):
            code = places.country_code(part.strip()) or code
    return code


def _locate(
    name: str, aside: str | None, code: str | None
) -> tuple[str | None, places.Place | None]:
    """The partner's country and place, from its name and any aside or code."""
    country = code
    if aside and not country:
        country = _aside_country(aside)
    # "SIA „Zaļā josta“": the legal form places it before any word of its quoted name can.
    country = country or _legal_country(name)
    place = None
    quoted = _QUOTED_NAME.search(name)
    for fragment in (
        name,
        aside,
        # "VšĮ „Mosėdžio akmens kelias“": a name wholly in quotes may open with its place.
        quoted.group("inner") if quoted and len(quoted.group("inner").split()) >= 2 else None,
    ):
        if fragment:
            # A quoted word names the institution ("„Verdenės“ gimnazija"), not a place.
            fragment = _QUOTED_PART.sub(" ", fragment)
            if "-" in fragment:  # the pattern opens with a look-behind: scanned slowly
                fragment = _HYPHEN_PLACE.sub(" ", fragment)
            # "Nica Municipality": an English name spells places' own names, not their
            # Lithuanian ones (Nica is also Nice's)
            english = (
                fragment is name
                and any(word in _ENGLISH_HEADS for word in name.split())
                and not any(letter in LT_LETTERS for letter in name)
            )
            found = places.locate(fragment, country, english)  # positional: benchmarks wrap it
            if found is not None and (country is None or found.country == country):
                place = found
                break
    if place is None and country is None:
        # "Latvijos … centras", "VšĮ …", "Kowale Oleckie seniūnija (gmina)"
        country = _country_in_name(name) or _country_of_kind(name)
        country = country or (_country_of_kind(aside) if aside else None)
    if place is None and country == "LV":
        # Latvian genitives: "Bauskas novada pašvaldība" is Bauska's, "Aizkraukles" Aizkraukle's,
        # whether a marker or the name's own kind ("novada dome") says it is Latvian.
        first = _FIRST_WORD.match(name)
        if first:
            word = first.group(0)
            for form in (_latvian_nominative(word), word):
                place = places.lookup_city(form, "LV")
                if place is not None:
                    break
    if place is None and country:
        place = places.country_place(country)
    return (country if place is None else place.country), place


def _latvian_nominative(word: str) -> str:
    """A Latvian genitive made nominative: "Bauskas" → "Bauska", "Aizkraukles" →
    "Aizkraukle", "Vecumnieku" → "Vecumnieki" (the Latvian declension endings)."""
    for genitive, nominative in (("as", "a"), ("es", "e"), ("u", "i")):
        if word.endswith(genitive):
            return word[: len(word) - len(genitive)] + nominative
    return word


def _partner(
    name: str,
    role: str,
    aside: str | None,
    code: str | None,
    quote: str,
    source: str,
) -> Partner | None:
    found = _partner_facts(name, aside, code)
    if found is None:
        return None
    clean, org_type, city, country, lat, lon, precision, place = found
    # made without the frozen class's __init__ (:mod:`cwlib.parse.frozen`): every field, in
    # its order; a page makes a dozen rows, each cost twice what its fields do
    return frozen(
        Partner,
        name=clean,
        role=role,
        org_type=org_type,
        city=city,
        country=country,
        lat=lat,
        lon=lon,
        geo_precision=precision,
        source=source,
        quote=quote,
        place=place,
    )


_RowFields = tuple[
    str, str, str | None, str | None, float | None, float | None, str | None, places.Place | None
]


@lru_cache(maxsize=16384)
def _partner_facts(name: str, aside: str | None, code: str | None) -> _RowFields | None:
    """A partner's clean name, kind, city, country, coordinates (rounded), precision and
    place, the row's columns in their order, or None when the name is no organisation. Pure,
    and the same names recur across a site's pages and within one page (a list, then its
    table): cleaning and locating is most of a partner's cost, so it is kept per process, with
    the columns read off the place; the caller adds the role, quote and source."""
    found = _clean_facts(orgnames.as_nominative(_clean_name(name)), aside, code)
    if found is None:
        return None
    clean, org_type, country, place = found
    if place is None:
        return clean, org_type, None, country, None, None, None, None
    return (
        clean,
        org_type,
        place.city if place.precision != "country" else None,
        country,
        round(place.lat, 4),
        round(place.lon, 4),
        place.precision,
        place,
    )


@lru_cache(maxsize=16384)
def _clean_facts(
    clean: str, aside: str | None, code: str | None
) -> tuple[str, str, str | None, places.Place | None] | None:
    """:func:`_partner_facts` of a name already cleaned: many spellings of a name (cases,
    quotes, a trailing role or code) clean to one, and locating it is the cost, so the cache
    that saves it is keyed on the clean name."""
    if len(clean) < 2 or not _LETTER.search(clean):
        return None
    if len(clean.split()) > 14:
        return None
    kind_first = _KIND_THEN_QUOTE.match(clean)
    if (kind_first and orgnames.is_head(kind_first.group("kind"))) or _native_name(clean):
        clean = clean[0].upper() + clean[1:]  # "asociacija „Utenos jaunimo erdvė“", "biedrība „…“"
    elif not (_ORDINAL_OR_CAP.match(clean) or clean.lower().startswith(("vieš", "uždar"))):
        return None  # a lower-case phrase is a group ("visos šalies savivaldybės"), no name
    from_place = _from_place(clean)
    if from_place and (
        places.lookup_city(from_place.group("place")) is not None
        or places.country_code(from_place.group("place")) is not None
    ):
        # "Istituto Comprensivo „Monte Etna“ iš Katanijos": the place is the partner's;
        # "… komitetas iš Baltarusijos", "… Tourism Board from Poland": its country
        clean = clean[: from_place.start()]
        aside = from_place.group("place") + (f", {aside}" if aside else "")
    if (
        _PERSON_NAME.fullmatch(clean)
        and classify_org(clean) == "other"
        and _country_of_kind(clean) is None
        and places.locate(clean) is None
    ):
        return None  # "Project coordinator: Sanna Niemelä" names a person, a contact
    signer = clean.lower().split(" prie ")[0]
    if any(word in signer for word in _AGENCY_NEEDS) and _AGENCY.search(signer):
        return None  # the agency that signs the contract, a ministry: never a partner
    if len(clean.split()) <= 2 and places.country_code(clean) is not None:
        return None  # "Norvegija": a country alone is no organisation
    country, place = _locate(clean, aside, code)
    is_place = (
        place is not None
        and place.precision in ("city", "region")
        and len(clean.split()) <= 3
        and places.lookup_city(clean, country) is not None
    )
    org_type = classify_org(clean, is_place, place.precision if place else None)
    return clean, org_type, country, place


_PERSON_NAME = _compile(
    r"""
    [{CAP}][a-ząčęėįšųūžäöüåéóšž]+          # a given name
    (?:-[{CAP}][a-ząčęėįšųūžäöüåéó]+)?      # perhaps double
    \s+[{CAP}][a-ząčęėįšųūžäöüåéóšž]+       # a family name
    (?:-[{CAP}][a-ząčęėįšųūž]+)?            # perhaps double
    """
)


_PARTNERS_ASIDE = _compile(
    r"""
    \s*(?i:partneri(?:ai|s))                   # "(partneriai – A, B ir C …)" after a lead's name
    \s*[:–—‒\-]                               # then its colon or dash
    """
)


def _prose_name_end(text: str, pos: int, start: int) -> int:
    """Where a name that begins at ``pos`` ends in prose: at :data:`_END_OF_NAME` searched from
    ``start``, never inside a quoted part of the name ("VšĮ „Menų ir amatų namai“ surengė",
    "implemented by "Menų ir mokymo namai" (…)": its " ir " before a lower-case word, its
    comma or bracket belong to the name), so a quote open at the end moves the search past
    its closing quote."""
    for _ in range(4):
        end_match = _END_OF_NAME.search(text, start)
        end = end_match.start() if end_match else len(text)
        opened = next(
            (
                q
                for q in _QUOTED_PART.finditer(text, pos, min(len(text), end + 200))
                if q.start() < end < q.end()
            ),
            None,
        )
        if opened is None:
            return end
        start = opened.end()
    return end


def _name_after_label(
    text: str, pos: int, labelled: bool = False, known_end: int | None = None
) -> tuple[str, str | None, int]:
    """The name that starts at pos, its aside (if any), and where both end.

    After a label ("Lead partner: …") the name runs to the end of its line, and what follows
    a comma is its unit or its place ("…, Białystok, Poland"); in prose it ends at a comma,
    unless what follows the comma is the partner's city ("…, Gdanskas (PL)").
    """
    if labelled:
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        cut = _LABELLED_CUT.search(text, pos, line_end)
        end = cut.start() if cut else line_end
        comma = text.find(", ", pos, end)
        if comma >= 0:
            # "Lead partner: Hanseatic City of Stralsund, Culture Office | DE": the
            # organisation, then its unit or place; the quote still runs to the code.
            coded = _CODE_AFTER.match(text, end, line_end)
            return text[pos:comma], text[comma + 2 : end], (coded.end() if coded else end)
    else:
        end = _prose_name_end(text, pos, known_end or pos)
        city = _CITY_AFTER_COMMA.match(text, end)
        if city and places.lookup_city(city.group("city")) is not None:
            rest_end = city.end()
            paren = _ASIDE_AFTER.match(text, rest_end)
            aside = city.group("city") + (", " + paren.group("aside") if paren else "")
            return text[pos:end], aside, (paren.end() if paren else rest_end)
    name = text[pos:end]
    coded = _CODE_IN_NAME.search(name)
    if coded:
        name = name[: coded.start()]
    aside = None
    paren = _ASIDE_AFTER.match(text, end)
    if paren and not _PARTNERS_ASIDE.match(paren.group("aside")):
        # (not "X (partneriai – A, B ir C kolegijos)": a list of other partners, read apart)
        aside = paren.group("aside")
        end = paren.end()
        then = _ASIDE_AFTER.match(text, end) if text.startswith(" (", end) else None
        if then and _aside_country(aside) is None and _aside_country(then.group("aside")):
            # "X (Crafts centre) (Russia)": a short name in brackets, then the country
            aside, end = then.group("aside"), then.end()
    return name, aside, end


_PARTNER_APPOSITION = _compile(
    r"""
    (?P<intro>(?i:projekto\s+partner(?:is|ė)   # "Projekto partneris X …", "… partnerė X"
      |project\s+partner))\b                  # "… and project partner X in Latvia"
    [ \t]+                                   # a space, no mark: the name in apposition
    (?=[\"„“«{CAP}]|{KIND_QUOTED})           # then a quote or a capital opens the name
    """
)
_EN_NAME_RUNS_ON = _compile(
    r"""
    (?<=[\w”\"»)])\s+                         # after an English name's last word …
    (?=(?:will|shall|would|can|could|may|must|has|have|had|is|are|was|were   # … a verb
      |[a-z]+ed)\b)                           # … or a past form ("organised", "hosted")
    """
)


# the lead phrases ending in a noun: only these take a name between commas after them
_ROLE_NOUNS = ("partner", "partneris", "beneficiary", "gavėjas", "coordinator", "koordinatorius")

_EN_IN_COUNTRY = _compile(
    r"""
    \s+in\s+(?:the\s+)?(?P<country>[{CAP}]\w+(?:\s+[{CAP}]\w+)?)$   # "… X in Latvia"
    """
)


_LOWER_WORD_AFTER = _compile(
    r"""
    [ ](?P<word>[a-ząčęėįšųūž]+)\b           # a space, then a word in lower case
    """
)
# Lower-case words that go on with a name (or tell its place) after its quoted part.
_NAME_GOES_ON = frozenset({"ir", "bei", "and", "of", "in", "from", "iš", "for", "the"})


def _predicate_start(text: str, pos: int, length: int, whole: orgnames.Name | None) -> int | None:
    """Where the sentence's predicate cuts a name read in prose after a role phrase with no
    mark ("Pagrindinis partneris Aizputės savivaldybė surengė …", "Lead partner X organised
    …"): after the name its head ends (Lithuanian) when a lower-case word follows, or before an
    English verb; None when the name is whole."""
    stop = pos + length
    if whole is not None:
        rest = text[whole.end : stop]
        if (
            whole.start == pos
            and whole.end < stop
            and rest[:1] == " "
            and rest[1:2].islower()
            and not rest.startswith((" ir ", " bei "))
        ):
            return whole.end
        return None
    quoted = _QUOTED_PART.search(text, pos, stop)
    if quoted is not None:
        after = _LOWER_WORD_AFTER.match(text, quoted.end(), stop)
        if after is not None and after.group("word") not in _NAME_GOES_ON:
            return quoted.end()  # "Projekto partneris VšĮ „Menų ir amatų namai“ surengė …"
    verb = _EN_NAME_RUNS_ON.search(text, pos, stop)
    if verb is None or verb.start() <= pos:
        return None
    last = text[pos : verb.start()].split()[-1]
    # after a capitalised word, a quote or a bracket ("… Society for the Blind and visually
    # impaired" goes on in lower case: no cut)
    return verb.start() if last[:1].isupper() or last[-1:] in _QUOTES + ")" else None


# --- the extractor -----------------------------------------------------------------------------


_DOUBLE_COMMA_QUOTE = _compile(
    r"""
    ,,(?=[^\W\d_])                          # ",,Pelenė“": two commas typed for the opening „
    """
)


def extract_partners(doc: Document, programme: str | None = None) -> list[Partner]:
    """Partner rows for one text, lead and applicant first, then in the order of the text.

    ``programme`` (the project's, as the project fields name it) decides the role of the body
    that carries the project out and the country of partners the text does not place.

    A quoted name opened by two commas ("lopšelis-darželis ,,Spindulys“", a common way of
    typing „) is read as if the text had a space and „ there: the commas would otherwise
    split lists and cut names at them. The text keeps its length, so each row's quote is
    taken back from the original text at the same place (the exact source words).
    """
    if ",," in doc.text and _DOUBLE_COMMA_QUOTE.search(doc.text):
        original = doc.text
        read = Document(_DOUBLE_COMMA_QUOTE.sub(" „", original), doc.source)
        rows = _extract_partners(read, programme)
        out = []
        for row in rows:
            at, end = read.text.find(row.quote), 0
            if at >= 0 and row.quote not in original:
                end = at + len(row.quote)
                if row.quote.startswith("„") and original.startswith(",,", at - 1):
                    at -= 1  # the quote opens with both commas, not the second alone
                row = replace(row, quote=original[at:end])
            out.append(row)
        return out
    return _extract_partners(doc, programme)


def _extract_partners(doc: Document, programme: str | None) -> list[Partner]:
    """:func:`extract_partners` on a text whose quotes are read as written."""
    text, source = doc.text, doc.source
    flowed = doc.flowed[0]
    found: list[Partner] = []

    def add(row: Partner | None) -> None:
        if row is not None:
            found.append(row)

    blind_text = _blind_flowed(doc)
    lead_starts = _intro_starts(doc.hits("partners.lead_intro"), blind_text)
    for pattern, role, starts in (
        (_LEAD, "lead", lead_starts),
        (_APPLICANT, "applicant", _intro_starts(doc.hits("partners.applicant_intro"), blind_text)),
        # "Projekto partneris X surengė …", "project partner X in Latvia": every match opens
        # with "projekto" or "project", starts of the lead phrases
        (_PARTNER_APPOSITION, "partner", lead_starts),
    ):
        for match in matches_at(pattern, flowed, starts):
            before = flowed[max(0, match.start() - 30) : match.start()]
            if _NOT_PARTNER_ROLE.search(before[-16:]):
                continue  # "Asocijuotas partneris: …"
            if _ELIGIBLE_BEFORE.search(before):
                continue  # a call's "Galima pareiškėja yra X": who may apply, no party
            between = flowed[match.end("intro") : match.end()]
            if "|" in between and "|" in flowed[match.end() : flowed.find("\n", match.end())]:
                continue  # "Pareiškėjas | Partneris | …": a header row, its values below
            labelled = ":" in between
            name, aside, end = _name_after_label(flowed, match.end(), labelled)
            if " is" in between.lower() and (
                _kind_of(name) is None or name.startswith(("Mr ", "Mrs ", "Ms ", "Dr "))
            ):
                continue  # "The lead partner is Latvian", "… is Mr …": no organisation named
            whole = None if labelled else orgnames.name_after(flowed, match.end(), "nom")
            if whole is not None and whole.end > match.end() + len(name):
                # "… – VšĮ Rietavo turizmo ir verslo informacijos centras": "ir" inside a name
                name, aside, end = _name_after_label(flowed, match.end(), False, whole.end)
            if not labelled:
                # "Pagrindinis partneris X surengė seminarą": the name ends at the predicate
                cut = _predicate_start(flowed, match.end(), len(name), whole)
                if cut is not None:
                    name, aside, end = flowed[match.end() : cut], None, cut
                # "… project partner X in Latvia": the country after the name
                country = _EN_IN_COUNTRY.search(name) if " in " in name else None
                if country is not None and places.country_code(country.group("country")):
                    aside = country.group("country")
                    name = name[: country.start()]
                if (
                    pattern is _LEAD
                    and match.group("comma")
                    and (
                        cut is not None
                        or not flowed.startswith(",", end)
                        or _kind_of(name) is None
                        or not match.group("intro").lower().endswith(_ROLE_NOUNS)
                    )
                ):
                    # "The Lead Partner, X, is …": the name between two commas, naming a kind
                    # of organisation ("As lead partner, we …", "Projektui vadovauja, …": none)
                    continue
            # "Projekto partneris X bendruomenės centras surengė …": a name the organisation
            # names read whole (its head, then the predicate), of no known kind
            headed = (
                whole is not None
                and whole.start == match.end()
                and whole.end == match.end() + len(name)
                and not whole.plural
            )
            if pattern is _PARTNER_APPOSITION and (
                (_kind_of(name) is None and not headed)
                or (whole is None and _written_in_lithuanian(name))
                or len(name.split()) < 2
            ):
                continue  # "Projekto partneris Latvijoje …": no organisation's name after it
            code = None
            coded = _CODE_AFTER.match(flowed, end, end + 8)
            if coded:
                code = coded.group("code")
                end = coded.end()
            joined = (
                _english_and(name)
                if not labelled and aside is None and " and " in name and pattern is _APPLICANT
                else None
            )
            if joined is not None:
                # "… implemented by Association “Blue Lakes” and Dagda Municipality":
                # two bodies carry the project out; the second is a partner
                first_end = match.end() + joined
                add(
                    _partner(
                        name[:joined], role, None, None, text[match.start() : first_end], source
                    )
                )
                second = first_end + len(" and ")
                add(_partner(name[joined + 5 :], "partner", None, code, text[second:end], source))
                continue
            add(_partner(name, role, aside, code, text[match.start() : end], source))

    # "projektui vadovaujančios …", "pagrindinio partnerio …": a lead in the genitive.
    for match in matches_at(_LEAD_GENITIVE, flowed, lead_starts):
        genitive = orgnames.name_after(flowed, match.end(), "gen")
        if genitive is not None:
            add(_named(doc, genitive, "lead", None))

    blind = _blind_pieces(doc, blind_text)
    _label_lines(doc, add, blind)
    _card_partners(doc, add)
    _list_partners(doc, _header_items(doc, blind), add)
    _list_partners(doc, _lines_under_label(doc), add)
    for table in doc.tables:
        _table_partners(doc, table, add)
    in_tables = _table_test(doc)
    all_sentences = doc.flowed_sentences
    # Document.has_in for both groups, for every sentence at once: the sentences that hold a
    # hit (a page has far fewer hits than sentences)
    starts = [sentence.start for sentence in all_sentences]
    with_promoter = set(holding(all_sentences, starts, doc.hits("partners.promoter")))
    with_words = set(holding(all_sentences, starts, doc.hits("partners.sentence")))
    for i, sentence in enumerate(all_sentences):
        promoter = i in with_promoter
        prose = promoter or i in with_words
        text, folded = sentence.text, blind(sentence)
        # what each reading of _sentence_partners needs besides the keywords (a code after
        # its mark, a bracket with "partner", "tarp", a grant's word): most sentences hold
        # none and are passed over. (Every match of _PARTNER_SENTENCE holds a keyword of the
        # prose words, so a bracket is read without them only with "partner" in the sentence.)
        if (
            prose
            or (("|" in text or "/" in text) and _CODE_MARK_HINT.search(text))
            or ("(" in text and "partner" in folded)
            or "arp " in text
            or _may_grant(folded)
        ):
            _sentence_partners(doc, sentence, add, in_tables, folded, promoter, prose)
        if ("„" in text or "“" in text or '"' in text) and " projekt" in folded:
            _owner_of_project(doc, sentence, add)  # "X savivaldybės projektas „…“"
    found = _country_inside_names(doc, found)
    return _settle(_dedupe(_countries_after(doc, found)), programme)


_AFTER_COUNTRY_BRACKET = _compile(
    r"""
    \s+(?!(?:ir|bei|ar|su|kartu|iš|į|yra|kaip|o|per|pagal|dėl|and|with|in)\b)  # no joiner:
    (?=[a-ząčęėįšųūž])              # a lower-case word right after the bracket goes on
    """
)


_PLURAL_ONLY = frozenset(w for w in lexicon.words("organisations", "heads") if w.endswith("ai"))
"""Heads with no singular ("namai", "rūmai"): a name with one is one body though plural."""


def _country_inside_names(doc: Document, rows: list[Partner]) -> list[Partner]:
    """Rows cut at a country bracketed inside the name, read whole: "Upėnų (Lenkija) sporto
    centras kartu su …", "… su Lankos (Danija) verslo koledžu", "vadovaujantis partneris –
    Žaliakalnio (Latvija) planavimo regionas". The readers of a subject, of a lead's label, of
    a list in the instrumental and of a bracket end a name at its bracket, which left the
    place's genitive alone as the row; the words after the bracket, read to the name's head in
    any case, are the rest of the name, and the bracket is its country. Only a one-word row of
    no head whose quote ends with a bracket is looked at (a town's row, "Ryga (Latvija) ir
    Talinas", has no words after it that end at a head)."""
    out = rows
    for k, row in enumerate(rows):
        if row.quote.endswith(")") and " " not in row.name and orgnames.head_of(row.name) is None:
            mended = _name_through_country(doc, row)
            if mended is not None:
                out = out if out is not rows else list(rows)
                out[k] = mended
    return out


def _name_through_country(doc: Document, row: Partner) -> Partner | None:
    """:func:`_country_inside_names` for one row: the first place its quote stands with a
    name going on after the bracket, or None. (Most such rows are towns with their countries,
    a joiner or a stop after them: the words after the quote are looked at first.)"""
    at = doc.text.find(row.quote)
    while at >= 0:
        after = at + len(row.quote)
        if _AFTER_COUNTRY_BRACKET.match(doc.text, after):
            bracket = _ENDS_WITH_COUNTRY.search(row.quote)
            before = row.quote[: bracket.start()].split() if bracket else None
            if (
                bracket is None
                or not before
                or not before[-1][0].isupper()
                or _aside_country(bracket.group("paren").strip()) is None
            ):
                return None
            word = before[-1]
            stop = doc.text.find("\n", after, after + 160)
            piece = word + doc.text[after : stop if stop >= 0 else after + 160]
            for case in orgnames.CASES:
                whole = orgnames.name_after(piece, 0, case)
                if (
                    whole is not None
                    and whole.end > len(word)
                    and (not whole.plural or whole.name.rsplit(None, 1)[-1] in _PLURAL_ONLY)
                ):
                    end = after + whole.end - len(word)
                    paren = bracket.group("paren").strip()
                    return _partner(whole.name, row.role, paren, None, doc.text[at:end], doc.source)
        at = doc.text.find(row.quote, at + 1)
    return None


def _countries_after(doc: Document, rows: list[Partner]) -> list[Partner]:
    """Rows placed nowhere, given the country the text names right after them: "Projekte
    dalyvauja X iš Švedijos", "… kartu su X iš Lenkijos ir Y iš Latvijos", "X from Poland".
    Every place the row's quote stands must agree on one country (a name that recurs)."""
    if " iš " not in doc.lower and " from " not in doc.lower:
        return rows
    out = []
    for row in rows:
        if row.country is None and row.quote:
            found = []
            at = doc.text.find(row.quote)
            while at >= 0:
                after = _COUNTRY_AFTER_NAME.match(doc.text, at + len(row.quote))
                code = places.country_code(after.group("country")) if after else None
                if after is not None and code is not None:
                    found.append((code, at, after))
                at = doc.text.find(row.quote, at + 1)
            if found and len({code for code, _, _ in found}) == 1:
                _, at, after = found[0]
                placed = _partner(
                    row.name,
                    row.role,
                    after.group("country"),
                    None,
                    doc.text[at : after.end()],
                    doc.source,
                )
                row = placed if placed is not None and placed.country else row
        out.append(row)
    return out


def _blind_flowed(doc: Document) -> str | None:
    """The flowed text as case-blind patterns read it (:func:`_case_blind`), at the same
    offsets, or None when a combining dot (U+0307) may shift them: ``_case_blind`` keeps
    every offset of a text without one ("İ" lowers to an i and a dot, folded back into one
    letter)."""
    flowed = doc.flowed[0]
    if "\u0307" in flowed:
        return None  # folding may join a letter and its dot
    if flowed == doc.text and "\u0130" not in flowed:
        # most texts: nothing to flow, and no letter whose lower case is longer (İ), so the
        # document's lower-cased copy is the flowed text's
        return _case_blind_lower(doc.lower)
    return _case_blind(flowed)


def _blind_pieces(doc: Document, folded: str | None = None) -> Callable[[Span], str]:
    """The flowed text as case-blind patterns read it (:func:`_blind_flowed`, or ``folded``
    when made already), made once, and a way to take a line's or a sentence's piece of it:
    the piece tells which patterns can match there. A text with a combining dot is folded
    piece by piece."""
    if folded is None:
        folded = _blind_flowed(doc)
    if folded is None:
        return lambda span: _case_blind(span.text)
    whole = folded
    return lambda span: whole[span.start : span.end]


_PROJECT_INTRO_WORDS = ("projekto", "projektui", "projektą", "project")
"""The first words of the role phrases (lead, applicant, apposition, genitive lead) that open
with the project's word ("projekt…" in the case-blind text): each is followed by a space."""
_PROJECT_INTRO_NEXT = (
    "koordinator",  # "projekto koordinatorius"
    "koordinuo",  # "projektą koordinuoja"
    "vadovau",  # "projektui vadovauja", "projekto vadovaujantysis partneris"
    "vadovav",  # "projektui vadovavo"
    "lyder",  # "projekto lyderis"
    "pagrindin",  # "projekto pagrindinis partneris"
    "partner",  # "projekto partneris X" (apposition)
    "pareišk",  # "projekto pareiškėjas"
    "vykdytoj",  # "projekto vykdytojas", "… vykdytojo pavadinimas"
    "is",  # "project is led by"
    "promoter",  # "project promoter"
)
"""What the second word of those phrases opens with (:func:`_intro_starts`)."""
_PROJECT_INTRO = compiled(
    r"""
    (?:{words})                              # the project's word, as a role phrase opens
    \s+                                      # white space
    (?:{next})                               # the next word's opening
    """.format(
        words="|".join(sorted(_PROJECT_INTRO_WORDS, key=lambda w: (-len(w), w))),
        next="|".join(sorted(_PROJECT_INTRO_NEXT, key=lambda w: (-len(w), w))),
    ),
    re.VERBOSE,
)  # on the case-blind text (:func:`_intro_starts`), matched at a hit


def _intro_starts(hits: list[int], folded: str | None) -> list[int]:
    """The keyword hits of the role phrases' groups (``partners.lead_intro``,
    ``partners.applicant_intro``) where a phrase can begin, for ``_LEAD``, ``_APPLICANT``,
    ``_PARTNER_APPOSITION`` and ``_LEAD_GENITIVE`` (``folded``: :func:`_blind_flowed`).
    Most hits are "projekto" before another word ("projekto metu", "projekto tikslas"),
    where each of the four patterns used to be tried in turn (some 6 µs a hit: a case-blind
    alternation of some twenty phrases is entered branch by branch); a hit at the project's
    word is kept only when its word is one of :data:`_PROJECT_INTRO_WORDS` and the next
    word, after white space (``\\s+``: ``str.isspace``), opens as one of
    :data:`_PROJECT_INTRO_NEXT`. Other hits are all kept. Dropping a start where no pattern
    matches leaves ``matches_at``'s answers as they were.

    The test at a project's word is one match of :data:`_PROJECT_INTRO` (the two word lists
    joined, ``\\s``: the characters ``str.isspace`` tells); it was a loop of ``startswith``
    tests over the words, the white space and the openings, some 0.3 µs a hit more, and gave
    the same answer at every hit (a test compares the two)."""
    if folded is None:
        return hits
    opens = _PROJECT_INTRO.match
    return [
        pos
        for pos in hits
        # "projekto metu", "projekto tikslas", "projektas": no phrase opens there
        if not folded.startswith(("projekt", "project"), pos) or opens(folded, pos)
    ]


def _exact_hits(doc: Document) -> bool:
    """Whether a word of the Document's keyword groups stands in the case-blind flowed text
    (:func:`_blind_pieces`) exactly where the Document found it in ``doc.lower``: true
    unless a word was hyphenated across lines (the flowed text writes it whole; joining
    lines only turns white space into spaces), or the text holds a letter the case-blind
    text folds otherwise (the long s, the dotless or dotted i, a combining dot)."""
    text = doc.text
    return not doc.flowed[1] and not any(ch in text for ch in "\u0130\u017f\u0131\u0307")


def _lines_holding(doc: Document, lines: Sequence[Span], hits: Iterable[int]) -> list[int]:
    """The indices, in order, of the lines (sorted, disjoint) in which one of the keyword
    ``hits`` stands; all of them when the hits may not be where the
    case-blind flowed text holds its words (:func:`_exact_hits`). A reading that needs one
    of those words in a line then visits only these: most lines hold none."""
    if not _exact_hits(doc):
        return list(range(len(lines)))
    return holding(lines, [line.start for line in lines], hits)


def _named(
    doc: Document, name: orgnames.Name, role: str, code: str | None, aside: str | None = None
) -> Partner | None:
    """A partner row from a name found by :mod:`cwlib.parse.orgnames`, with the bracketed
    aside that may follow it."""
    end = name.end
    paren = _ASIDE_AFTER.match(doc.flowed[0], end)
    if paren and aside is None:
        marked = _ROLE_IN_ITEM.match(doc.flowed[0], end)
        if marked:
            role = _role_of(marked.group("role"), role)
        else:
            aside = paren.group("aside")
        end = paren.end()
    return _partner(name.name, role, aside, code, doc.text[name.start : end], doc.source)


def _role_of(words: str, default: str) -> str:
    """The role some role words give ("vadovaujantis partneris" → lead, "projekto vadovas"
    → lead, "pareiškėja" → applicant, "partneris" → partner)."""
    if _LEAD_ROLE.search(words) or _LEADING.search(words):
        return "lead"
    if _APPLICANT_ROLE.search(words):
        return "applicant"
    if _PARTNER_WORD.search(words):
        return "partner"
    return default


_LEADING = _compile(
    r"""
    (?i:vadov|lyder|koordinator|lead)        # "projekto vadovas", "lyderis", "koordinatorė"
    """
)
_PARTNER_WORD = _compile(
    r"""
    (?i:partner)                             # "partneris", "partnerė", "partner"
    """
)


# --- labels on their own line --------------------------------------------------------------


def _label_lines(
    doc: Document, add: Callable[[Partner | None], None], blind: Callable[[Span], str]
) -> None:
    """A role label alone on its line: its value is the next line, or, in a block of labels
    followed by a block of values (a flattened table), the value in the same place. ``blind``
    gives a line case-blind (:func:`_blind_pieces`): a line without a role word is no label."""
    lines = doc.flowed_lines
    if not doc.has("partners.card_labels"):
        return
    labels: dict[int, bool] = {}  # which lines are card labels, looked at only when needed

    def is_label(k: int) -> bool:
        if k not in labels:
            labels[k] = _is_card_label(lines[k].text)
        return labels[k]

    firsts: dict[int, int] = {}  # where the block of labels holding a line begins

    def first_of(k: int) -> int:
        walked = []
        while k > 0 and k not in firsts and is_label(k - 1):
            walked.append(k)
            k -= 1
        first = firsts.get(k, k)
        for w in walked:
            firsts[w] = first
        return first

    cells_of: dict[int, list[Span]] = {}  # the value cells of each block, made once
    for i, line in enumerate(lines):
        label = None
        # a label alone on its line ends it with its last word or a colon (lines are
        # stripped): a line ending in a stop or a figure is passed over before it is folded
        if len(line.text) <= 70 and (line.text[-1] in ":)" or line.text[-1].isalpha()):
            folded = blind(line)  # a label opens the line, after any marks
            if folded.startswith(_ROLE_LABEL_STARTS, _first_word(folded)):
                label = _ROLE_LABEL_LINE.match(line.text)
        if label is None or i + 1 >= len(lines):
            continue
        role = _role_of(label.group("label"), "partner")
        nxt = lines[i + 1]
        if "|" in nxt.text or "\t" in nxt.text:
            continue  # a table's header row follows: read with the table
        if nxt.text.endswith(":"):
            # "Projekto vykdytojas:" over "Rėmėjai:": a block of labels whose values (logos)
            # the page does not hold in words; the next line is another field's label
            continue
        if not is_label(i + 1):
            if role == "partner" and not _SINGLE_PARTNER_LABEL.search(label.group("label")):
                continue  # a list under a partners header: read by _header_items
            value = strip_span(nxt.sub(0, len(_CELL_GAP.split(nxt.text)[0])))
            add(_item_partner(doc, value, role=role))
            continue
        # A block of labels: where this one stands in it, and the value in that place.
        first = first_of(i)
        if first not in cells_of:
            last = i
            while last + 1 < len(lines) and is_label(last + 1):
                last += 1
            cells: list[Span] = []
            for value_line in lines[last + 1 : last + 1 + (last - first + 1)]:
                start = 0
                for gap in _CELL_GAP.finditer(value_line.text):
                    cells.append(value_line.sub(start, gap.start()))
                    start = gap.end()
                cells.append(value_line.sub(start, len(value_line.text)))
            cells_of[first] = cells
        cells = cells_of[first]
        index = i - first
        if index < len(cells) and cells[index].text.strip(_TRAILING):
            add(_item_partner(doc, strip_span(cells[index]), role=role))


def _card_partners(doc: Document, add: Callable[[Partner | None], None]) -> None:
    """The values under role labels in a row of labels over a row of values
    ("Pareiškėjas | Partneris" over the two names; ``Document.label_values``). Labels alone on
    their lines are read by :func:`_label_lines`."""
    if not doc.has("partners.card_labels"):
        return
    text = doc.text
    for pair in doc.label_values:
        start, end = text.rfind("\n", 0, pair.label.start) + 1, text.find("\n", pair.label.end)
        row = text[start : end if end >= 0 else len(text)]
        label = _ROLE_LABEL_LINE.match(pair.label.text) if "|" in row else None
        if label is None or _NOT_PARTNER_ROLE.search(pair.label.text):
            continue
        role = _role_of(label.group("label"), "partner")
        value = strip_span(pair.value)
        if role == "partner" and not _SINGLE_PARTNER_LABEL.search(label.group("label")):
            for item, code in _list_items(doc, value):  # "Partneriai": "A, B ir C"
                add(_item_partner(doc, item, code=code))
        else:
            add(_item_partner(doc, value, role=role))


def _is_card_label(line: str) -> bool:
    return (
        len(line) <= 70
        and not any(ch.isdigit() for ch in line)
        and bool(_ROLE_LABEL_LINE.match(line) or _CARD_LABEL_LINE.match(line))
    )


# --- list items ----------------------------------------------------------------------------


def _item_partner(
    doc: Document,
    item: Span,
    role: str = "partner",
    code: str | None = None,
    case: str = "nom",
    name: str | None = None,
) -> Partner | None:
    """One list item: "Name | PL", "Name / PL", "Name (Country)", "Name, City, Country" or a
    bare name, perhaps with its role after a dash or in brackets ("… – vadovaujantis
    partneris"); ``case`` is the case the list puts names in; ``name`` a name already made."""
    facts = _item_facts(item.text, role, code, case, name)
    if facts is None:
        return None
    quote = doc.text[item.start : item.end].rstrip(" ;,.")
    return _partner(*facts, quote, doc.source)


@lru_cache(maxsize=8192)
def _item_facts(
    item: str, role: str, code: str | None, case: str, name: str | None
) -> tuple[str, str, str | None, str | None] | None:
    """:func:`_item_partner`'s reading of an item's text: its name, role, aside and code (or
    None). Pure, and an item recurs (a list, then its table; a site's pages): kept."""
    text = item.strip(_TRAILING)
    roles = _ROLE_NEEDS.search(_case_blind(text)) is not None
    leading = _ROLE_OPENING.match(text) if roles else None
    marked = _ROLE_IN_ITEM.search(text) if roles else None
    if leading:
        # "Lead partner: City of Oulu (Finland)", "Lead partner – Dobele Youth Centre"
        role = _role_of(leading.group("role"), role)
        text = text[leading.end() :]
    elif marked:
        role = _role_of(marked.group("role"), role)
        text = (text[: marked.start()] + text[marked.end() :]).strip(_TRAILING)
    coded = _CODE_AT_END.search(text)
    item_code = coded.group("code") if coded and places.country_code(coded.group("code")) else None
    code = item_code or code
    bare_text = text[: coded.start()] if item_code and coded else text
    aside_match = _ASIDE.search(bare_text)
    aside = aside_match.group(1) if aside_match else None
    if aside and _NOT_PARTNER_ROLE.search(aside):
        return None
    if aside is not None and bare_text.count("(") >= 2 and _aside_country(aside) is None:
        # "District Centre of Crafts (Crafts centre) (Russia)": a short name in brackets, then
        # the country in the last ones
        last = _ENDS_WITH_COUNTRY.search(bare_text)
        if last is not None and _aside_country(last.group("paren")) is not None:
            aside = last.group("paren")
    # "Aalto University, Espoo / FI", "Teater Kaks Kallast, Tartu, Estonia": what follows the
    # last commas is the partner's city and country, not part of its name.
    bare = _drop_asides(bare_text).strip(_TRAILING)
    for _ in range(2):
        if "," not in bare:
            break
        head, tail = bare.rsplit(",", 1)
        tail = tail.strip()
        hint = code or (_aside_country(aside) if aside else None)
        if head.strip() and len(tail.split()) <= 3 and places.country_code(tail) is not None:
            bare = head  # "Municipality of Ferrara, Italy (Lead Partner)"
            code = code or places.country_code(tail)
        elif head.strip() and places.lookup_city(tail, hint) is not None and len(tail.split()) <= 2:
            bare = head
            aside = tail + (f", {aside}" if aside else "")
        else:
            break
    if case != "nom" and (from_place := _from_place(bare)) is not None:
        # "kartu su X iš Švedijos ir …": the country after the name, not a word of it
        country = places.country_code(from_place.group("place"))
        if country is not None:
            bare = bare[: from_place.start()]
            code = code or country
    if name is None:
        name = bare if case == "nom" else orgnames.nominative(bare, case)
    return name, role, aside, code


def _ends_with_country(line: str) -> bool:
    """ "Municipality of Águeda (Portugal)", "Saldus novada pašvaldība (LV);" """
    match = _ENDS_WITH_COUNTRY.search(line)
    if match and places.country_code(match.group("paren").split(",")[0].strip()):
        return True
    # "Municipality of Ferrara, Italy (Lead Partner)", "Museum, Kretinga, Lithuania"
    bare = _ENDS_WITH_ASIDE.sub("", line) if "(" in line else line
    return "," in bare and places.country_code(bare.rsplit(",", 1)[1].strip()) is not None


def _header_items(doc: Document, blind: Callable[[Span], str]) -> list[tuple[Span, str | None]]:
    """Items listed under a partners header, as bullets or after its colon, each with the
    country of its group ("iš Lenkijos – …") when the list is grouped by country. ``blind``
    gives a line case-blind (:func:`_blind_pieces`): most lines hold no header word, and
    only the lines where one stands are visited (:data:`_HEADER_OTHER_WORDS`)."""
    all_lines = doc.flowed_lines
    items: list[tuple[Span, str | None]] = []
    # every header holds a header word: "partner" (a hit of the prose words) or another
    hits = list(doc.hits("partners.sentence"))
    for word in _HEADER_OTHER_WORDS:
        hits.extend(literal_starts(doc.lower, word))
    maybe = _lines_holding(doc, all_lines, hits)
    next_maybe = 0
    i = 0
    while True:
        # the next line at or after i that may open a header (the others fail its first test)
        next_maybe = bisect_left(maybe, i, next_maybe)
        if next_maybe == len(maybe):
            break
        i = maybe[next_maybe]
        line = all_lines[i]
        folded = blind(line)
        if not folded.startswith(_HEADER_STARTS, _first_word(folded)) and not (
            line.text.endswith(":") and _HEADER_KEYWORDS.search(folded)
        ):
            i += 1  # no header opens the line, and no sentence ending in a colon holds one
            continue
        label = (
            _LABEL_NO_COLON.match(line.text)
            if line.text.startswith("Partner") and len(line.text) <= 300
            else None
        )
        if label is not None and _ends_with_country(line.text):
            # "Partner Gmina X (Poland)" over "Administration of … District (Russia)":
            # a contract page's label with no colon, the first partner beside it and the
            # others on the lines under it, each with its country
            items.append((strip_span(line.sub(label.end(), len(line.text))), None))
            i += 1
            while (
                i < len(all_lines)
                and len(all_lines[i].text) <= 200
                and _ends_with_country(all_lines[i].text)
            ):
                items.append((strip_span(all_lines[i]), None))
                i += 1
            continue
        header = _PARTNER_HEADER.match(line.text)
        if header is None and line.text.endswith(":"):
            # "Projekte dalyvauja 8 partneriai iš 7 šalių:", "… bendradarbiavimui. Partneriai:"
            last = _LAST_SENTENCE.search(line.text, max(0, len(line.text) - 120))
            found = _HEADER_WORDS.search(line.text, last.start()) if last else None
            if found and last and len(last[0]) <= 100 and not _OTHER_HEADER.match(last[0]):
                header = found
        if not header or len(line.text) > 600 or _NOT_PARTNER_ROLE.match(line.text):
            i += 1
            continue
        # The colon or dash must follow the header words ("Projekto partneriai: …"); a colon
        # further on ends some other sentence.
        colon = _HEADER_COLON.match(line.text, header.end())
        rest = line.text[colon.end() :] if colon else ""
        # "Partneriai iš Latvijos:", "Projekto partneriai Lenkijoje –": the list's country
        where = line.text[header.end() : colon.end()].strip(_TRAILING).split() if colon else []
        code = _header_country(where[-1]) if where else None
        if colon and rest.strip():
            # The list is the sentence after the colon: "Partneriai: A ir B. Projektą vykdo C."
            # goes on with a sentence of its own (a bracket after a full stop, "Ltd. (LV)",
            # still belongs to the item).
            end = len(line.text)
            for piece in sentences(rest)[1:]:
                if not piece.text.startswith("("):
                    end = colon.end() + piece.start
                    break
            end = _closing_dash(line.text, colon.end(), end)
            listed = _list_items(doc, strip_span(line.sub(colon.end(), end)))
            items.extend(_placed(listed, code))
            i += 1
            continue
        if len(line.text) > (120 if line.text.endswith(":") else 80) and not colon:
            i += 1
            continue
        j = i + 1
        run_on = False  # the line before was an item ending with ";"
        colon_rest = bool(colon and rest.strip())
        while j < len(all_lines):
            nxt = all_lines[j]
            is_bullet = BULLET.match(nxt.text) is not None
            sublabel = _SUBLABEL.match(nxt.text)
            if sublabel and not is_bullet:
                # "valstybinės mokyklos: A, B, C" (a group's label, then its list)
                listed = _list_items(doc, nxt.sub(sublabel.end(), len(nxt.text)))
                items.extend(_placed(listed, code))
                j += 1
                continue
            if nxt.text[:1].islower() and nxt.text.endswith(";"):
                j += 1  # "visos šalies savivaldybės, …;": a group, not a name
                continue
            if j == i + 1 and not is_bullet and not colon_rest:
                # "Projekto partneriai:\nA,\nB,\nC." (the lines flowed into one): a list of
                # names under the header, each piece capitalised ("Projekte dalyvauja
                # savivaldybės, mokyklos …" is a sentence)
                listed = _names_line(doc, nxt)
                if listed:
                    items.extend(_placed(listed, code))
                    j += 1
                    break
            # "A;\nB;\nC.": one name a line, a semicolon after each, a full stop after the last
            # (the whole line a name: "Renginiai vyks visą vasarą." after the list is none)
            last_of_run = (
                run_on
                and (nxt.text[:1].isupper() or nxt.text[:1] in _QUOTES)
                and nxt.text.endswith(".")
                and ";" not in nxt.text
                and _whole_line_name(nxt.text)
            )
            looks_item = is_bullet or (
                len(nxt.text) <= 120
                and not nxt.text.endswith(":")
                and (
                    nxt.text.count("|") == 1
                    or nxt.text.endswith(";")
                    or _ends_with_country(nxt.text)
                    or last_of_run
                )
            )
            if not looks_item or (
                not is_bullet
                and _OTHER_HEADER_NEEDS.search(blind(nxt))
                and _OTHER_HEADER.match(nxt.text)
            ):
                break
            if _NOT_PARTNER_ROLE.match(nxt.text):
                j += 1
                continue
            mark = BULLET.match(nxt.text)
            item = strip_span(nxt.sub(mark.end() if is_bullet and mark else 0, len(nxt.text)))
            if item.text.count("(") >= 2 and "|" not in item.text:
                # "A (Latvija), B (Baltarusija)." on one line
                listed = _list_items(doc, item)
                items.extend(_placed(listed, code))
            else:
                items.append((item, _listed(item, code)))
            j += 1
            if last_of_run:
                break  # the full stop ends the list
            run_on = not is_bullet and nxt.text.endswith(";")
        i = j
    return items


_LABEL_TO_LINE_END = _compile(
    r"""
    (?i:partneriai|partners)[ ]?:\s*       # a partners label ("Projekto partneriai:", "…,
    (?=[\"„“{CAP}])                          # partners:") with a name after it on its line
    """
)
_LIST_LABELS = ("partneriai:", "partners:", "partneriai :", "partners :")
"""What every match of :data:`_LABEL_TO_LINE_END` holds, in lower case."""


def _lines_under_label(doc: Document) -> list[tuple[Span, str | None]]:
    """The list after a partners label going on in the lines under it, one name a line, each
    with its country: "Projekto partneriai: A" over "B (FI), Suomija" and "C (LV), Latvija";
    "Leading partner: X, partners: A (Latvia)" over "B (Lithuania)". The label's line is read
    by the other readers; the lines under it, each no longer than a name with its country
    (:func:`_ends_with_country`), with no colon and no full stop after it, are its items. A
    label's line closed by a full stop or a semicolon ends its list, and so does the first
    line that is no such item."""
    low = doc.lower
    if not any(label in low for label in _LIST_LABELS):
        return []  # (literal tests: most texts hold no such label)
    lines = doc.flowed_lines
    items: list[tuple[Span, str | None]] = []
    for i in _lines_holding(doc, lines, doc.hits("partners.sentence")):
        line = lines[i].text.rstrip()
        if (
            i + 1 >= len(lines)
            or line.endswith((".", ";", ":"))
            or ":" not in line
            or _LABEL_TO_LINE_END.search(line) is None
        ):
            continue
        j = i + 1
        while j < len(lines):
            text = lines[j].text.rstrip()
            if (
                len(text) > 120
                or ":" in text
                or text.endswith(".")
                or not (text[:1].isupper() or text[:1] in _QUOTES)
                or not _ends_with_country(text)
            ):
                break
            items.append((strip_span(lines[j]), None))
            j += 1
    return items


def _whole_line_name(text: str) -> bool:
    """True when a line is one organisation's name and its full stop ("Beržų bendruomenė.",
    "Asociacija „Beržų kraštas“."), not a sentence that only holds a name."""
    name = orgnames.name_after(text, 0, "nom")
    return name is not None and name.end >= len(text.rstrip(" .")) - 1


def _names_line(doc: Document, line: Span) -> list[tuple[Span, str | None]]:
    """The items of a line under a header that lists names only, or none: "A, B, C." with
    a comma between names and a full stop after the last, each capitalised or quoted and
    one organisation's name to its end (a sentence's pieces are not; "A, Tartu, Estonia" is
    one partner with its place, read line by line)."""
    text = line.text
    if "," not in text or len(text) > 400 or not text.endswith("."):
        return []
    listed = _list_items(doc, strip_span(line))
    if len(listed) < 2 or not all(
        (span.text[:1].isupper() or span.text[:1] in _QUOTES) and _whole_line_name(span.text)
        for span, _ in listed
    ):
        return []  # (each piece one name up to its end: "… ir C muziejus surengė parodą." not)
    return listed


def _closing_dash(text: str, start: int, end: int) -> int:
    """Where a list after a label ends when a dash closes it: "Projekto partneris – X
    (Lenkija) – organizuos …", "Project partner – X (Poland) – will …" end at the second
    dash, unless a role follows it ("X (Latvija) – vadovaujantis partneris")."""
    if "–" not in text[start:end] and "—" not in text[start:end]:
        return end
    for closing in _CLOSING_DASH.finditer(text, start, end):
        word = text[closing.end() : closing.end() + 40].split(maxsplit=1)[0].strip(_TRAILING)
        if orgnames.is_head(word):
            continue  # "Lazdijų mokykla – darželis „…“": a dash between two heads of one name
        if _ROLE_IN_ITEM.match(text, closing.start()) is None:
            return closing.start()
        break
    return end


def _placed(
    listed: list[tuple[Span, str | None]], code: str | None
) -> list[tuple[Span, str | None]]:
    """Listed items, each with its own country or else the list's (:func:`_listed`)."""
    return [(span, own or _listed(span, code)) for span, own in listed]


def _listed(item: Span, code: str | None) -> str | None:
    """The list's country for an item, unless the item names its own ("Name (Lietuva)")."""
    if code is None:
        return None
    aside = _ASIDE.search(item.text) if "(" in item.text else None
    if (aside and _aside_country(aside.group(1))) or _ends_with_country(item.text):
        return None
    return code


def _where_country(word: str) -> str | None:
    """The country a header's last word names ("Latvijos", "Lenkijoje"), not a town's."""
    code = places.country_code(word)
    return code if code is not None and places.lookup_city(word) is None else None


def _header_country(word: str) -> str | None:
    """The country of the place a list's header names: a country ("Partneriai iš Latvijos:")
    or a town ("Partneriai iš Rygos:", "Projekto partneriai Daugpilyje –"), whose names are
    in its country."""
    code = _where_country(word)
    if code is None and word[:1].isupper():
        place = places.lookup_city(word)
        if place is not None and place.precision == "city":
            code = place.country
    return code


def _country_groups(text: str) -> Iterator[re.Match[str]]:
    """``_COUNTRY_GROUP.finditer(text)``: the pattern at the start, then its form that opens
    with a character (:data:`_COUNTRY_GROUP_LATER`), which the scan finds fast."""
    first = _COUNTRY_GROUP.match(text)
    if first is not None:
        yield first
    yield from _COUNTRY_GROUP_LATER.finditer(text, first.end() if first is not None else 1)


def _list_items(doc: Document, span: Span, case: str = "nom") -> list[tuple[Span, str | None]]:
    """The items of a list written on one line ("A, B ir C."), split at country groups
    ("iš Lietuvos – A ir B, iš Lenkijos – C") when it has them."""
    groups = list(_country_groups(span.text))
    marked = [
        (g, places.country_code(g.group("gen") or g.group("dat") or g.group("own") or ""))
        for g in groups
    ]
    marked = [(g, c) for g, c in marked if c is not None]
    if not marked:
        return [(part, None) for part in _split_inline(span)]
    out: list[tuple[Span, str | None]] = []
    if marked[0][0].start() > 0:
        out.extend((part, None) for part in _split_inline(span.sub(0, marked[0][0].start())))
    for k, (group, code) in enumerate(marked):
        end = marked[k + 1][0].start() if k + 1 < len(marked) else len(span.text)
        out.extend((part, code) for part in _split_inline(span.sub(group.end(), end)))
    return out


_CITY_CODE = _compile(
    r"""
    ^(?P<city>[^,()/|]{2,40}?)\s*[|/]\s*[A-Z]{2}$   # "Espoo / FI": a city and its country code
    """
)
_ROLE_WORDS = _compile(
    r"""
    [–—]                                     # a dash: a label and its value
    | (?i:partner|pareiškėj|vykdytoj|koordinator)   # a role word: another item
    """
)
_INITIAL_AT_END = _compile(
    r"""
    \s[{CAP}]\.$                             # a name's initial ("J.") right before " ir "
    """
)


_OTHERS_AT_END = _compile(
    r"""
    (?:,\s*|\s+)                             # after the last name, a comma or a space
    (?:
      (?:ir|bei|and)\s+                      # a joiner: "ir", "bei", "and"
      (?:dar\s+|many\s+|several\s+)?         # "ir dar kiti", "and many others"
      (?:(?:kit(?:i|os|ų|ais|omis|iems|oms)  # "ir kiti", "bei kitos", "ir kitais": others
          | others? | kt)                     # "and others", "and other …", "ir kt."
         (?:\s+[^\s,;]+){0,6}                # perhaps what and where ("partneriai iš …")
       | t\.\s?t | pan)                       # "ir t. t.", "ir pan."
    | etc                                    # ", etc."
    )
    \W*$                                     # ending the list
    """
)
"""Others the list does not name, ending it: no name of its own, no part of the last one."""
_OTHERS_WORDS = ("kit", "kt", "t.t", "t. t", "pan", "other", "etc")
"""What every match of :data:`_OTHERS_AT_END` holds: a list without any is not searched."""


_FROM_COUNTRY_BEFORE = _compile(
    r"""
    \sfrom\s+(?:the\s+)?                    # "… from (the)"
    (?P<country>[{CAP}]\w+(?:\s+[{CAP}]\w+)?)$   # a country ending an English item
    """
)


_COUNTRY_RUNS_ON = _compile(
    r"""
    \s(?:(?i:iš)|from)\s+(?:the\s+)?         # "… iš", "… from (the)" …
    (?P<place>[{CAP}]\w+(?:\s+[{CAP}]\w+)?)   # … a country (its look-up decides) …
    (?=\s+[a-ząčęėįšųūž])                     # … then the sentence goes on in lower case
    """
)
_ITEM_RUNS_ON_NEEDS = _compile(
    r"""
    \s(?:iš|from|Iš|IŠ)\s                    # what every match of _COUNTRY_RUNS_ON holds
    """
)


_SPLIT_MARK = _compile(
    r"""
    [()„«“»,;]                               # what splits a list or keeps it whole
    | \ (?=ir\ |bei\ |and\ )                    # the space that opens a joiner
    """
)


_EN_PREDICATE = _compile(
    r"""
    (?<=[\w”\"»)])\s+                         # after a name's last word, quote or bracket …
    (?:will|shall|would|can|could|may|must   # … a modal opening the sentence's predicate
      |has|have|had|is|are|was|were          # or an auxiliary
      |aims?|plans?|seeks?|intends?)\b        # or a verb of purpose: the name has ended
    """
)
_EN_PREDICATE_NEEDS: tuple[str, ...] = (" will ", " shall ", " would ", " can ", " could ")
_EN_PREDICATE_NEEDS += (" may ", " must ", " has ", " have ", " had ", " is ", " are ", " was ")
_EN_PREDICATE_NEEDS += (" were ", " aim", " plan", " seek", " intend")
"""What every match of :data:`_EN_PREDICATE` holds: a list's last item without any is whole."""


def _english_name_ends(text: str, start: int, end: int) -> bool:
    """Whether the English item ``text[start:end]`` ends in a name's head noun
    ("… Municipality Administration", "… Culture Centre"), so an "and" after it joins two names;
    a head alone ("University and …") is no item. A head in lower case ends a name that opens
    with a capital ("Zarasai district museum and Kraslava Youth Centre"), and so does a quoted
    name after a kind of body ("Association “Blue Lakes” and Dagda Municipality")."""
    words = text[start:end].split()
    if len(words) < 2:
        return False
    last = words[-1]
    if last in _ENGLISH_HEADS:
        return True
    if not words[0][:1].isupper():
        return False
    if last[:1].islower():
        return last.capitalize() in _ENGLISH_HEADS
    return last[-1] in '”"»' and _kind_of(text[start:end]) is not None


def _english_and(name: str) -> int | None:
    """Where the first of two English names joined by one "and" ends in ``name``: the item
    before the "and" ends a name (:func:`_english_name_ends`) and a capital follows ("Zemgale
    Planning Region and Joniskis District Municipality Administration"); None for one name
    ("Ministry of Culture and Sport") or a longer list."""
    at = name.find(" and ")
    if at < 0 or name.find(" and ", at + 1) >= 0 or not name[at + 5 : at + 6].isupper():
        return None
    return at if _english_name_ends(name, 0, at) else None


def _from_country(text: str, end: int) -> bool:
    """Whether ``text`` names a country with "from" right before ``end`` ("… from Poland")."""
    found = _FROM_COUNTRY_BEFORE.search(text, max(0, end - 40), end)
    return found is not None and places.country_code(found.group("country")) is not None


def _split_inline(span: Span) -> list[Span]:
    """Split "A, B ir C." into items, keeping brackets and quotes together; a piece in lower
    case continues the name before it ("Latvijos aplinkos, geologijos ir meteorologijos
    centras"); names that share one head noun are left for :func:`_shared_heads`."""
    text = span.text.rstrip(" .")
    if any(word in text[-40:] for word in _OTHERS_WORDS):
        # "A, B ir kiti", "A, B and others": the list ends at its last name
        others = _OTHERS_AT_END.search(text, max(0, len(text) - 60))
        if others is not None:
            text = text[: others.start()]
    parts: list[Span] = []
    depth = 0
    quoted = False
    start = 0
    skip = 0  # the characters of a joiner just split at are not looked at again
    for mark in _SPLIT_MARK.finditer(text):
        i = mark.start()
        if i < skip:
            continue
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch in "„«":
            quoted = True
        elif ch in "“»":
            quoted = False
        elif depth == 0 and not quoted and ch in ",;":
            parts.append(strip_span(span.sub(start, i)))
            start = i + 1
        elif (
            ch == " "  # a joiner's space (_SPLIT_MARK): no other character is looked at
            and depth == 0
            and not quoted
            and (
                joiner := next(
                    (j for j in (" ir ", " bei ", " and ") if text.startswith(j, i)), None
                )
            )
            # English names hold "and" ("Science and Technology Park"): split there only after
            # a complete item with its bracketed country or its "from Poland", or one ending
            # in a head noun before a capital ("… Municipality Administration and Taurage …")
            and (
                joiner != " and "
                or text[:i].rstrip().endswith(")")
                or _from_country(text, i)
                or (text[i + 5 : i + 6].isupper() and _english_name_ends(text, start, i))
            )
            # (the next item after the joiner and any more spaces: "… ir  B")
            and (after := len(text) - len(text[i + len(joiner) :].lstrip(" "))) < len(text)
            and (
                text[after].isupper()
                or text[after] in _QUOTES
                or text.startswith("mūsų ", after)  # "… ir mūsų gimnazija"
                # "… ir sporto klubas „Ąžuolas“": a kind in lower case, then its quoted name
                # (not after a genitive that ends no name: "A kultūros ir sporto įstaiga „B“")
                or (
                    _KIND_THEN_QUOTE.match(text[after : after + 60])
                    and not _open_genitive(text[start:i])
                )
                # "… ir biedrība „Zaļā zeme“": a Latvian or Polish name as written
                or _NATIVE_NAME.match(text, after)
            )
            # "Anykščių J. ir P. Vaičaičių biblioteka": initials joined inside one name
            and not _INITIAL_AT_END.search(text, max(0, i - 3), i)
        ):
            parts.append(strip_span(span.sub(start, i)))
            start = skip = after
    parts.append(strip_span(span.sub(start, len(text))))
    merged: list[Span] = []
    for part in parts:
        if not part.text:
            continue
        first = part.text.split()[0]
        if (
            merged
            and part.text[:1].islower()
            and first.lower() != "mūsų"
            and first.lower().endswith(("os", "ės", "ų", "o", "io"))
            and not _ROLE_WORDS.search(part.text)
            and orgnames.is_head(_drop_asides(part.text).split()[-1].strip(_TRAILING))
        ):
            # "… aplinkos, geologijos ir meteorologijos centras": one name with commas in it
            last = merged.pop()
            merged.append(
                Span(
                    last.start, part.end, span.text[last.start - span.start : part.end - span.start]
                )
            )
            continue
        bare_part = _drop_asides(part.text).strip(_TRAILING)
        city_code = _CITY_CODE.match(part.text)
        if merged and (
            (len(bare_part.split()) <= 3 and places.country_code(bare_part) is not None)
            # "Aalto University, Espoo / FI": the city and code of the item before
            or (city_code and places.lookup_city(city_code.group("city")) is not None)
        ):
            # "Agderio kultūros paveldo centras (…), Norvegija": the country of the item before
            last = merged.pop()
            merged.append(
                Span(
                    last.start, part.end, span.text[last.start - span.start : part.end - span.start]
                )
            )
            continue
        # "Creative Industries Styria, Graz (Austria)": a bare city after a comma is the
        # previous item's city, not a partner of its own.
        city = _CITY_IN_BRACKETS.match(part.text)
        if (
            merged
            and city
            and "(" not in merged[-1].text
            and len(city.group("c").split()) <= 2
            and places.lookup_city(city.group("c")) is not None
            # "…, Ludza Municipality (Latvia)": a town with a kind of body is a partner of its
            # own (the gazetteer reads the town over the generic word)
            and _kind_of(city.group("c")) is None
        ):
            last = merged.pop()
            merged.append(
                Span(
                    last.start, part.end, span.text[last.start - span.start : part.end - span.start]
                )
            )
            continue
        merged.append(part)
    english_verb = any(word in span.text for word in _EN_PREDICATE_NEEDS)
    for at, item in enumerate(merged if english_verb else ()):
        # "… and Taurage Local Action Group will combine forces …": an English list's last
        # name ends where the sentence's predicate begins; "… Group will open centres in
        # Marijampole, Kaunas and Alytus": a predicate in an item before the last (the
        # sentence's commas split it) ends the list there, and the towns after it are no items
        if not any(word in item.text for word in _EN_PREDICATE_NEEDS):
            continue
        predicate = _EN_PREDICATE.search(item.text)
        if predicate is None or predicate.start() == 0:
            continue
        if at == len(merged) - 1 or item.text[:1].isupper():
            merged[at:] = [item.sub(0, predicate.start())]
            break
    if merged and _ITEM_RUNS_ON_NEEDS.search(merged[-1].text):
        # "… ir Y iš Latvijos dalyvavo …", "… and Y from Latvia had …": the list's last item
        # ends with its country; what follows is the sentence going on
        runs_on = _COUNTRY_RUNS_ON.search(merged[-1].text)
        if runs_on is not None and places.country_code(runs_on.group("place")) is not None:
            merged[-1] = merged[-1].sub(0, runs_on.end("place"))
    return [p for p in merged if 1 < len(p.text) <= 200]


def _open_genitive(piece: str) -> bool:
    """Whether a list's piece ends with a lower-case genitive that is no head noun ("Pušyno
    kultūros" before "ir sporto įstaiga „Banga“"): such a word ends no name, so the name goes
    on past the joiner, its kind and quoted name after it ("kultūros ir sporto įstaiga")."""
    words = piece.split()
    if not words:
        return False
    last = words[-1]
    return (
        last.islower()
        and last.endswith(("os", "ės", "o", "io", "ų"))
        and not orgnames.is_head(last)
    )


def _shared_heads(
    doc: Document, items: list[tuple[Span, str | None]], case: str = "nom"
) -> list[tuple[Span, str | None, str | None]]:
    """Items with the names they stand for: a run of bare place words followed by an item
    whose head noun is plural shares that item's words ("Biržų, Tytuvėnų regioninių parkų
    direkcijos" → "Biržų regioninio parko direkcija", "Tytuvėnų regioninio parko
    direkcija"); a quoted name after a plural head shares its words too ("Kėdainių
    lopšeliai-darželiai „Kregždutė“ ir „Obelėlė“"). Returns (item, code, name or None)."""
    out: list[tuple[Span, str | None, str | None]] = []
    pending: list[tuple[Span, str | None]] = []
    shared_prefix: str | None = None
    for span, code in items:
        words = _drop_asides(span.text).strip(_TRAILING).split()
        if not words:
            continue
        bare_text = _drop_asides(span.text)
        quoted_part = any(q in bare_text for q in _OPENING_QUOTES)
        unquoted = (_QUOTED_PART.sub(" ", bare_text) if quoted_part else bare_text).split()
        last = (unquoted or words)[-1].strip(_TRAILING)
        head = orgnames.head_of(last, case) if case != "nom" else orgnames.head_of(last, "nom")
        bare = len(words) <= 2 and all(w[:1].isupper() for w in words) and head is None
        # "Kauno rajono ir Jonavos savivaldybės": a place and its district word, no head
        bare = bare or _district_member(words, head)
        if bare and not span.text.startswith(tuple(_QUOTES)):
            if places.country_code(" ".join(words)) is not None:
                continue  # "Latvijos, Lietuvos ir Estijos savivaldybės": a generic group
            pending.append((span, code))
            shared_prefix = None
            continue
        if span.text[:1] in _QUOTES and shared_prefix and len(words) <= 4:
            out.append((span, code, f"{shared_prefix} {span.text.strip(_TRAILING)}"))
            continue
        if head is not None and head.plural:
            quoted = _QUOTED_PART.findall(span.text)
            words = unquoted
            k = next(
                (
                    n
                    for n, w in enumerate(words)
                    if w[:1].islower()
                    # "Kauno r. Garliavos gimnazijos": a district, then a place in it
                    and not (
                        w.lower().rstrip(".") in _DISTRICT_WORDS
                        and words[n + 1 : n + 2] != []
                        and words[n + 1][:1].isupper()
                    )
                ),
                len(words) - 1,
            )
            own, tail = words[:k], words[k:]
            # the adjectives agreeing with the plural head are made singular with it ("A ir B
            # miestų centrinės bibliotekos" → "A miesto centrinė biblioteka"), the genitive
            # modifiers before them one by one
            j = len(tail) - 1
            while j > 0 and orgnames.agreeing(tail[j - 1], head.case, True, head.feminine):
                j -= 1
            singular = [
                orgnames.singular_genitive(w, tail[n + 1] if n + 1 < j else None)
                for n, w in enumerate(tail[:j])
            ]
            head_word = orgnames.nominative(" ".join(tail[j:]), head.case)  # one: singular
            common = " ".join([*singular, head_word])
            # "Punsko ir Seinų seniūnijos (Lenkija)": the country after the shared head is
            # every member's
            aside = _ASIDE.search(span.text) if code is None and pending else None
            shared_code = code or (_aside_country(aside.group(1)) if aside else None)
            for member, member_code in pending:
                out.append(
                    (member, member_code or shared_code, _with_shared_head(member.text, common))
                )
            generic = bool(own) and places.country_code(" ".join(own)) is not None
            # "Projekto partneriai: A rajono mokyklos", "A švietimo įstaigos": one place's
            # bodies of a kind, none named (not "A kultūros namai", a head that is plural
            # only, nor "A muziejai", a body's own name with no word between)
            generic = generic or (
                case == "nom"
                and not pending
                and not quoted
                and len(own) == 1
                and len(tail) >= 2
                and head.lemma != last.lower()
            )
            if generic:
                pass  # "Latvijos ir Estijos savivaldybės": a group of bodies, none named
            elif own or not pending:
                out.append((span, code, " ".join([*own, common, *quoted]) if own else None))
            shared_prefix = " ".join([*own, common]) if own else None
            pending = []
            continue
        out.extend(_unshared(pending, case))
        pending = []
        shared_prefix = None
        out.append((span, code, None))
    out.extend(_unshared(pending, case))
    return out


# A district's words after a place's genitive: "Kauno rajono", "Kauno r.", "Alytaus miesto".
_DISTRICT_WORDS = frozenset({"rajono", "r", "raj", "miesto", "krašto"})


def _district_member(words: list[str], head: orgnames.Form | None) -> bool:
    """True for a list's item that is a place with its district word and no head ("Kauno
    rajono", "Kauno r."): a member of the plural head after it ("Kauno rajono ir Jonavos
    savivaldybės"), never a name by itself."""
    if head is not None or not 2 <= len(words) <= 4:
        return False
    # the district word after the place's one or two words, then at most one more place
    # ("Kauno rajono Garliavos ir Jonavos gimnazijos")
    at = next(
        (k for k in (1, 2) if k < len(words) and words[k].lower().rstrip(".") in _DISTRICT_WORDS),
        0,
    )
    return (
        at > 0
        and len(words) - at <= 2
        and all(w[:1].isupper() for k, w in enumerate(words) if k != at)
    )


def _with_shared_head(member: str, common: str) -> str:
    """A member of a shared-head list with the head's words: "Biržų" + "regioninio parko
    direkcija"; a member ending in its district word does not take the head's own
    ("Kauno rajono" + "rajono savivaldybės administracija" → "Kauno rajono savivaldybės
    administracija"; "Kauno r." keeps its abbreviation)."""
    words = member.split()
    last = words[-1].strip(_TRAILING).lower() if words else ""
    if last in _DISTRICT_WORDS:
        member = member.strip(" \t,;:–—-‒")  # "Kauno r." keeps its full stop
        first, _, rest = common.partition(" ")
        if first in _DISTRICT_WORDS and rest:
            common = rest  # "Kauno rajono ir Jonavos miesto savivaldybės": its own district
        return f"{member} {common}"
    return f"{member.strip(_TRAILING)} {common}"


# The endings of a Lithuanian genitive that no nominative has: "Vištyčio", "Bartninkų",
# "Alytaus" (a nominative may end like the other genitives: "Rūdiškės", "Porto").
_ONLY_GENITIVE_ENDINGS = ("ų", "io", "aus")


def _unshared(
    pending: list[tuple[Span, str | None]], case: str
) -> list[tuple[Span, str | None, str | None]]:
    """Bare place words that no plural head followed, as items of their own: a town in the
    nominative is a partner ("Partneriai: Ryga, Talinas"), a genitive with no head is no name
    ("Vištyčio, Bartninkų, Gražiškių bendruomenė": a singular head, which none shares)."""
    return [
        (member, member_code, None)
        for member, member_code in pending
        if case != "nom"
        or not (
            member.text.strip(_TRAILING).lower().endswith(_ONLY_GENITIVE_ENDINGS)
            # "Kauno rajono, Jonavos miesto": a district with no head names no body
            or _district_member(member.text.strip(_TRAILING).split(), None)
        )
    ]


def _site_name(doc: Document, words: str) -> str | None:
    """The page's own organisation, when "mūsų gimnazija" names it: the organisation named
    alone on the page's first line, if its head is the same ("Druskininkų … gimnazija")."""
    own = orgnames.head_of(words.split()[-1]) if words.split() else None
    if own is None or not doc.lines:
        return None
    first = doc.lines[0].text
    name = orgnames.name_after(first, 0, "nom")
    if name is None or name.end < len(first.rstrip(" .")) - 1:
        return None
    head = orgnames.head_of(name.name.split()[-1])
    return name.name if head is not None and head.lemma == own.lemma else None


def _list_partners(
    doc: Document,
    items: list[tuple[Span, str | None]],
    add: Callable[[Partner | None], None],
    role: str = "partner",
    case: str = "nom",
) -> None:
    for span, code, name in _shared_heads(doc, items, case):
        if span.text.lower().startswith("mūsų "):
            name = _site_name(doc, span.text.strip(_TRAILING))
            if name is None:
                continue
        if (
            name
            or span.text[:1].isupper()
            or span.text[:1] in _QUOTES
            or span.text.lower().startswith(("vieš", "uždar"))
            or _KIND_THEN_QUOTE.match(span.text)  # "asociacija „Šiaulių kraštas“"
            or _native_name(span.text)  # "biedrība „Zaļā upe“": a Latvian legal form
        ):
            add(_item_partner(doc, span, role=role, code=code, case=case, name=name))


# --- tables --------------------------------------------------------------------------------


def _table_partners(doc: Document, table: TextTable, add: Callable[[Partner | None], None]) -> None:
    """Partners from a table: the name column, or the columns whose header is a role
    ("Pareiškėjas | Partneris"), with their countries and roles."""
    header_line = table.span.text.split("\n", 1)[0]
    headers = [h.strip() for h in _TABLE_SEPARATOR.split(header_line.strip("|"))]
    role_columns: dict[int, str] = {}
    for k, header in enumerate(headers):
        if _ROLE_LABEL_LINE.match(header) and not _NOT_PARTNER_ROLE.search(header):
            role_columns[k] = _role_of(header, "partner")
    if not any(role != "partner" for role in role_columns.values()):
        role_columns = {}  # a partners table ("Partneris | Šalis"): names in one column
    for row in table.rows:
        if role_columns and len(row.cells) == len(headers):
            for k, role in role_columns.items():
                cell = row.cells[k].span
                if cell.text and _LETTERS.search(cell.text) and cell.text.strip("-– ") != "":
                    add(_item_partner(doc, cell, role=role))
            continue
        name_column = next((k for k, c in enumerate(row.cells) if c.meaning == "name"), None)
        if (
            name_column is not None
            and name_column < len(headers)
            and _TITLE_HEADER.search(headers[name_column])
        ):
            continue  # a column of project titles
        add(_table_partner(row, doc.source))


def _table_partner(row: TableRow, source: str) -> Partner | None:
    """A partner from a table row: name, role and country from their columns or from an aside
    in the name cell ("Pasvalio kultūros centras (LT, pagrindinis partneris)")."""
    if row.is_total:
        return None
    name = row.get("name")
    if name is None or not _LETTERS.search(name.text):
        return None
    role_cell = row.get("role")
    aside_match = _ASIDE.search(name.text)
    aside = aside_match.group(1) if aside_match else ""
    role_text = " ".join(x for x in ((role_cell.text if role_cell else ""), aside) if x)
    role = "partner"
    if _LEAD_CELL.search(role_text):
        role = "lead"
    elif _APPLICANT_CELL.search(role_text):
        role = "applicant"
    code = None
    country = row.get("country")
    place = row.get("place")
    for fragment in (country.text if country else "", place.text if place else "", aside):
        for part in _SPLIT_ASIDE.split(fragment):
            code = code or places.country_code(part.strip())
    place_text = place.text if place and place.text.strip("-– ") else None
    return _partner(name.text, role, place_text or aside or None, code, row.line.text, source)


# --- sentences -----------------------------------------------------------------------------


def _item_start(text: str, end: int) -> int:
    """Where the list item that ends at ``end`` begins: after the previous separator that is
    not inside brackets (an aside may hold commas), or after an opening bracket.

    Scans backwards once, so a long sentence costs linear time.
    """
    depth = 0
    for i in range(end - 1, -1, -1):
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            if depth == 0:
                return i + 1
            depth -= 1
        elif depth == 0 and ch in ",;|/\n•:":
            return i + 1
    return 0


def _sentence_partners(
    doc: Document,
    sentence: Span,
    add: Callable[[Partner | None], None],
    in_tables: Callable[[int], bool],
    folded: str,
    promoter: bool,
    prose: bool,
) -> None:
    """Partners named in one sentence; ``folded`` is the sentence as case-blind patterns read
    it (:func:`_case_blind`), so a pattern whose words it lacks is never run; ``promoter``:
    a promoter's verb stands in it, ``prose``: that or a word of prose lists (keyword hits)."""
    text, source = sentence.text, doc.source
    marks = "|" in text or "/" in text
    # A menu or breadcrumb ("Pradžia | Naujienos | Kultūra | ES projektai") is not a list of
    # partners: its separators are not followed by country codes.
    menu = marks and len(_MENU_SEPARATOR.findall(text)) >= 2
    coded = marks and not menu and _CODE_MARK_HINT.search(text)
    for match in _code_marks(text) if coded else ():
        code = match.group("code")
        if places.country_code(code) is None:
            continue
        begin = _item_start(text, match.start())
        name = text[begin : match.start()].strip(" (–—:")
        if not name or not (name[0].isupper() or name[0] in _QUOTES):
            # "(Klaipėda / LT, ..." starts after the bracket.
            cut = max(name.rfind("("), name.rfind(":"), name.rfind("–"))
            name = name[cut + 1 :].strip() if cut >= 0 else name
            if not name or not (name[0].isupper() or name[0] in _QUOTES):
                continue
        if len(name.split()) > 10:
            continue
        start = begin + text[begin : match.start()].find(name)
        add(
            _partner(
                name,
                "partner",
                None,
                code,
                doc.text[sentence.start + start : sentence.start + match.end()],
                source,
            )
        )
    if promoter:
        _promoters(doc, sentence, add, folded)
        if " with " in folded:
            _together_with(doc, sentence, add)
    elif prose and " with " in folded and " from " in folded and "partner" in folded:
        # "X together with partners from Latvia, Y, brought together …": no promoter's verb,
        # but the country names the partners after it
        _together_with(doc, sentence, add, placed_only=True)
    if prose:
        _prose_lists(doc, sentence, add, in_tables, folded)
    if (
        "(" in text
        and (
            "partner" in folded or _PARTNER_SENTENCE.search(doc.lower, sentence.start, sentence.end)
        )
        and not (
            any(word in folded for word in _NOT_PARTNER_WORDS) and _NOT_PARTNER_ROLE.search(text)
        )
    ):
        _bracketed(doc, sentence, add)
    if " tarp " in text or text.startswith("Tarp "):
        _between(doc, sentence, add)
    if _may_grant(folded) and _DATIVE_NEEDS.search(folded):
        _dative(doc, sentence, add, folded)


def _owner_of_project(doc: Document, sentence: Span, add: Callable[[Partner | None], None]) -> None:
    """ "A savivaldybės projektas „…“", "B savivaldybės įgyvendintą projektą „…“": the
    body whose project it is (or that carried it out), in the genitive right before the
    project's word and its quoted name."""
    text = sentence.text
    for match in _OWNED_PROJECT.finditer(text):
        name = orgnames.name_before(text, match.start(), "gen", max(0, match.start() - 200))
        if (
            name is not None
            and classify_org(name.name) in _OWNER_KINDS
            and "taryb" not in name.name.lower()  # "… kultūros tarybos projektas": a funder's
            and not _AGENCY.search(name.name.lower())
        ):
            add(_named(doc, _shift(name, sentence.start), "promoter", None))


_OWNER_KINDS = frozenset({"municipality", "school", "cultural", "university", "company"})
"""The kinds of body a project is said to be "of" (the funders and networks a project is also
said to be of, "ES struktūrinių fondų projektas", "URBACT tinklo projektas", "Europos
Sąjungos projektas", are of other kinds)."""


def _code_marks(text: str) -> Iterator[re.Match[str]]:
    """``_CODE_MARK.finditer(text)``, tried only where a match can begin: at the run of spaces
    before each bar or slash (the pattern opens with spaces no space precedes, so there is one
    such place a mark). A scan tries the pattern at every character."""
    starts = []
    for mark in _MARK.finditer(text):
        pos = mark.start()
        while pos > 0 and text[pos - 1] in " \t":
            pos -= 1
        starts.append(pos)
    return matches_at(_CODE_MARK, text, starts)


def _may_grant(folded: str) -> bool:
    """Whether a case-blind sentence (:func:`_case_blind`) holds the letters every word of
    :data:`_DATIVE_GRANT` needs ("skir…", "…tenk…"): most sentences hold none, and this test
    costs a fraction of the case-blind alternation."""
    return "tenk" in folded or "skir" in folded


def _case_blind(text: str) -> str:
    """The text as a case-blind pattern reads it: lowered, with the long s and the dotless
    or dotted i (which ``(?i:…)`` takes for s and i) made plain, so that a substring test on it
    tells exactly whether a case-blind word can match at all. Without a combining dot in the
    text (U+0307), each character stands for one: a lower-case pattern of Lithuanian and
    English letters matches it where the same pattern with ``re.IGNORECASE`` matches the text."""
    return _case_blind_lower(text.lower())


def _case_blind_lower(low: str) -> str:
    """:func:`_case_blind` of a text already lowered."""
    return low.replace("\u017f", "s").replace("\u0131", "i").replace("i\u0307", "i")


def _table_test(doc: Document) -> Callable[[int], bool]:
    """A test of whether a position stands inside one of the text's tables (binary search)."""
    tables = doc.tables
    starts = [t.span.start for t in tables]

    def inside(pos: int) -> bool:
        k = bisect_right(starts, pos) - 1
        return k >= 0 and pos < tables[k].span.end

    return inside


def _prose_lists(
    doc: Document,
    sentence: Span,
    add: Callable[[Partner | None], None],
    in_tables: Callable[[int], bool],
    folded: str,
) -> None:
    """Lists in prose: after "partneriai –", "kartu su", "Projekte dalyvauja", country groups;
    "X, kaip ir kiti", "X projekte buvo pagrindinis partneris". Each pattern runs only on a
    sentence that holds the words it needs (``folded``: the sentence case-blind)."""
    text, source = sentence.text, doc.source
    labels = []
    partner = "partner" in folded  # every label of _INLINE_PARTNERS holds it
    if partner and text.count("|") <= 1 and not in_tables(sentence.start):
        # (more bars: a table's header row or a menu, not a list after a label; with
        # "partner" the sentence matches _PARTNER_SENTENCE, its first branch)
        labels = list(_INLINE_PARTNERS.finditer(text)) if _INLINE_NEEDS.search(folded) else []
    for k, inline in enumerate(labels):
        if _COUNTRIES_AFTER.match(text, inline.end()):
            continue  # "kiti partneriai – iš Latvijos ir Estijos …": countries, not partners
        if _NOT_PARTNER_ROLE.search(text[max(0, inline.start() - 20) : inline.end()]):
            continue  # "Asocijuotas partneris – …", "Media partner: …"
        if _LEAD_ADJECTIVE.search(text, max(0, inline.start() - 30), inline.start() + 1):
            continue  # "Pagrindinis partneris – X": a lead, read with the role phrases
        if (inline.group("word") or "").lower() in ("partneriais", "partneriu"):
            continue  # "kartu su partneriais – A, B": in the instrumental, read below
        # The list runs to the next role label ("…, partneriai – …") or the sentence's end.
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        if inline.group().startswith("("):
            # "Koordinatorius – X (partneriai – A, B ir C kolegijos)": the list ends its bracket
            close = text.find(")", inline.end(), end)
            end = close if close >= 0 else end
        else:
            end = _closing_dash(text, inline.end(), end)
            field = (
                _NEXT_FIELD.search(text, inline.end(), end) if "–" in text or ":" in text else None
            )
            if field is not None:
                end = field.start()  # "partneris – A, rėmėjai – B ir C": another field's label
        items = _list_items(doc, sentence.sub(inline.end(), end))
        named = _COUNTRY_BEFORE.search(text, max(0, inline.start() - 40), inline.start() + 1)
        where = inline.group("where")
        code = places.country_code(named.group("country")) if named else None
        if where is not None:
            # "Partneriai Latvijoje –", "Partneriai iš Latvijos:", "Partneriai iš Rygos:": the
            # country (or the town's) after the word
            code = _header_country(where.split()[-1])
        if code is not None:
            # "Latvijos partneriai – A ir B": the label places the names no word of theirs does
            items = [(span, own or code) for span, own in items]
        _list_partners(doc, items, add)
    with_partners = ("kartu" in folded and _WITH_NEEDS.search(folded)) or (
        "partneri" in folded and _WITH_PARTNER_NEEDS.search(folded)
    )
    for listed in _WITH_PARTNERS.finditer(text) if with_partners else ():
        country = listed.group("country")
        code = places.country_code(country) if country is not None else None
        if code is None and listed.group("source") and not listed.group("more"):
            code = places.country_code(listed.group("source"))  # "su partneriu iš Lenkijos –"
        if country is not None and code is None:
            # "kartu su Rygos ir Talino partneriais": places as the partners, from the first
            _instrumental_list(doc, sentence, listed.start("country"), add)
        else:
            # "kartu su Latvijos partneriais – A ir B": the country places the names
            _instrumental_list(doc, sentence, listed.end(), add, code)
    verb_first = (
        _VERB_FIRST.search(text)
        if ("gyvendin" in folded or "vykd" in folded or "dalyva" in folded or "koordin" in folded)
        and _verb_first_needs(folded)
        else None
    )  # literal tests first: a pattern of alternatives costs some 30 ns a character
    if verb_first:
        role = "partner" if verb_first.group("verb").lower().startswith("dalyv") else "promoter"
        end = _list_end(text, verb_first.end(), "nom")
        if end > verb_first.end():
            _list_partners(doc, _list_items(doc, sentence.sub(verb_first.end(), end)), add, role)
    first = next(
        (
            g
            for g in (
                _country_groups(text)
                if (
                    "–" in folded
                    or ":" in folded
                    or "-" in folded
                    or "—" in folded
                    or "atstovauja" in folded
                )
                and _DATIVE_GROUP_NEEDS.search(folded)
                else ()
            )
            if g.group("dat") and places.country_code(g.group("dat"))
        ),
        None,
    )
    if first is not None:
        # "Latvijai atstovauja A, B …, Lietuvai – C, D": a list grouped by country.
        _list_partners(doc, _list_items(doc, sentence.sub(first.start(), len(text))), add)
    disclaimer = _DISCLAIMER.search(text) if "atsako" in folded else None
    if disclaimer:
        # "Už šio leidinio turinį atsako X": the body that carries the project out
        name = orgnames.name_after(text, disclaimer.end(), "nom")
        if name is not None:
            add(_named(doc, _shift(name, sentence.start), "promoter", None))
    others = _AS_OTHERS.match(text) if "kaip" in folded else None
    if others:
        add(_partner(others.group("name"), "partner", None, None, others.group("name"), source))
    # every role of _ROLE_AFTER holds "partner" but the coordinator's
    role_after = (
        _ROLE_AFTER.match(text)
        if (partner or "koordinatorius" in folded) and _role_after_needs(folded)
        else None
    )  # (the scan for its verb costs half the anchored pattern's tries, which mostly fail)
    if role_after:
        role = (
            "lead"
            if _LEAD_ROLE.search(role_after.group("role"))
            or "lead" in role_after.group("role").lower()
            else "partner"
        )
        add(
            _partner(
                role_after.group("name"),
                role,
                None,
                None,
                doc.text[sentence.start : sentence.start + role_after.end()],
                source,
            )
        )
    if " iš " in text and "partneri" in text.lower():
        for listed in _PLACES_FROM.finditer(text):
            _place_list(doc, sentence, listed.end(), add)


# Needs of the prose patterns, run on the case-blind sentence (:func:`_case_blind`) without
# re.IGNORECASE: each matches wherever its pattern could, so a sentence they miss is passed over.
_INLINE_NEEDS = _compile(
    r"""
    partner(?:ystę\s+sudaro|\w*)            # the partner word of _INLINE_PARTNERS
    (?:\s+(?:iš\s+|from\s+)?\w+(?=\s*[:–—‒\-|]))?   # perhaps where ("latvijoje", "from latvia")
    (?:\s*(?:yra|are)\s | \s*[:–—‒\-|])     # then "yra", or its colon, dash or bar
    """
)
_WITH_NEEDS = _compile(
    r"""
    kartu\s+su                               # "kartu su" (_WITH_PARTNERS)
    """
)
_WITH_PARTNER_NEEDS = _compile(
    r"""
    su\s+(?:[a-ząčęėįšųūž]+\s+){0,2}partneri  # "su partneriais", "su latvijos partneriais",
                                             # "su dar trimis partneriais"
    """
)  # two patterns that open with a literal: the scan skips to it (an alternation of them is
# tried at every "k" and "s")
_VERB_FIRST_NEEDS = _compile(
    r"""
    (?:(?:projekt(?:ą|e|o\s+veiklose)|jame|tinkle)   # _VERB_FIRST in lower case
        (?:\s+[„“"][^„“”"\n]{1,200}[“”"])?     # perhaps the project's name
      | \bprojekt\w{0,3}(?:\s+nr\.\s*[\w.\-/]{1,40})?(?:\s+[„“"][^„“”"\n]{1,200}[“”"])?  # the project (number, name)
        ,\s+kurį(?:\s+pagal\s[^,.;:!?\n]{1,100}?)?   # the relative clause
    )
    (?:,?\s+kartu\s+su\s[^,.;:]{2,120}?,?)?
    \s+(?:(?:taip\s+pat|kartu|dar)\s+)?
    (?:įgyvendina|įgyvendino|vykdo|vykdė|dalyvauja|dalyvavo|koordinuoja|koordinavo)
    \s+
    """
)


def _verb_first_needs(folded: str) -> bool:
    """``_VERB_FIRST_NEEDS.search(folded) is not None``, tried only where a match can begin.
    Every match opens with "projekt", "jame" or "tinkle" (its alternatives; the ``\\b``
    before the second reads the character before it, which a ``match`` at a position still
    reads), so one is found exactly when the pattern matches at one of their places
    (``literal_starts``). The pattern opens with no literal: a search tried it at every
    character of every sentence holding a verb of it (some 4–6 µs a sentence), and most such
    sentences hold none of the three words or one or two of them."""
    starts = sorted(
        literal_starts(folded, "projekt")
        + literal_starts(folded, "jame")
        + literal_starts(folded, "tinkle")
    )
    match = _VERB_FIRST_NEEDS.match
    return any(match(folded, at) is not None for at in starts)


_ROLE_AFTER_NEEDS = _compile(
    r"""
    \s(?:buvo|yra|is|was)\s                   # the verb of _ROLE_AFTER
    """
)


def _role_after_needs(folded: str) -> bool:
    """``_ROLE_AFTER_NEEDS.search(folded) is not None``. The pattern opens with ``\\s``, so
    a search tries it at every white space of the sentence (some 4–5 µs a sentence); in a
    text that ``str.isprintable`` passes the only white space is the plain space (every
    other character ``\\s`` matches, ``str.isspace``, is a separator or a control, which
    it refuses), so four substring tests tell the same."""
    if folded.isprintable():
        return " buvo " in folded or " yra " in folded or " is " in folded or " was " in folded
    return _ROLE_AFTER_NEEDS.search(folded) is not None


_DATIVE_GROUP_NEEDS = _compile(
    r"""
    (?:ai|ui|ei)(?:\s+atstovauja\s|\s*[–—:-])   # "Latvijai atstovauja", "Lietuvai –"
    """
)
_DATIVE_NEEDS = _compile(
    r"""
    skir(?:ta|ti|iama) | tenka               # the stems of _DATIVE_GRANT's words
    """
)
_PLACES_FROM = _compile(
    r"""
    \b(?i:partneri\w*\s+iš)\s+               # "partneriai iš Gdynės, Rostoko …"
    """
)
_HEADER_MARK = _compile(
    r"""
    \s*(?::                                  # a colon: the places head a list
      |[–—]\s+[{CAP}„“\"«])                   # or a dash, then a name
    """
)
_LIST_WORD = _compile(
    r"""
    \s*(?:,\s*|\s+(?i:ir|bei|and)\s+)?       # a joiner
    (?P<word>[{CAP}][\w\-]+)                 # a capitalised word
    """
)
_REGION_WORD_AFTER = _compile(
    r"""
    \s+(?i:srities|sričių|apskrities|apskričių|vaivadijos|vaivadijų)\b   # "Kaliningrado srities"
    """
)
"""A region's word after a town's genitive in a list after "partneriai iš": the town's name
is the region's ("iš Kaliningrado srities", "iš Suvalkų apskrities"), which names where the
partners are, not a partner."""
_PLACES_HEAD = _compile(
    r"""
    \s+(?i:partneri\w*|miest\w*|koleg\w*)     # "… Leipcigo partneriais": places in the genitive
    \b(?<!(?i:miesto))                        # (not "su X miesto meru": a town's mayor)
    """
)
_LIST_JOINER = _compile(
    r"""
    \s*(?:,|\b(?i:ir|bei)\b)\s*              # a comma, "ir" or "bei" between items
    """
)


_DISTRICT_BEFORE_JOINER = _compile(
    r"""
    [ ](?:rajono|r\.|raj\.|miesto|krašto)   # a place's district word: "Kauno rajono"
    (?:[ ][{CAP}]\w+)?                       # perhaps a place in it: "Kauno r. Garliavos"
    (?=\s*,|[ ](?:ir|bei)[ ])               # before the next item of a shared head's list
    """
)


_NATIVE_NAME = compiled(lexicon.fragment("organisations", "native_names"), re.VERBOSE)
"""A Latvian or Polish name written in its own language, so in the nominative in any
sentence ("kartu su partneriais – Ogres novada pašvaldība")."""


def _native_name(text: str) -> bool:
    """Whether ``text`` (a list item) is wholly a Latvian or Polish name as written."""
    match = _NATIVE_NAME.match(text)
    return match is not None and not text[match.end() :].strip(_TRAILING)


def _kind_quoted_end(text: str, pos: int) -> int | None:
    """Where a name written as its kind in the instrumental and its quoted name ("sporto
    klubu „Ąžuolas“") that begins at ``pos`` ends, or None."""
    kind = _KIND_THEN_QUOTE.match(text[pos : pos + 60])
    if kind is None or not orgnames.is_head(kind.group("kind"), "inst"):
        return None
    quoted = _QUOTED_PART.match(text, pos + kind.end() - 1)
    return quoted.end() if quoted else None


def _list_end(text: str, pos: int, case: str, native_names: bool = False) -> int:
    """Where a list of names in ``case`` that begins at ``pos`` ends (``native_names``: also
    names written in their own language, always read after "kartu su")."""
    end = pos
    p = pos
    for _ in range(40):
        native = _NATIVE_NAME.match(text, p) if case == "inst" or native_names else None
        name = orgnames.name_after(text, p, case, bare=True)
        kind = _kind_quoted_end(text, p) if case == "inst" and name is None else None
        town = _TOWN_INSTRUMENTAL.match(text, p) if case == "inst" else None
        if town is not None and (name is None or name.end <= town.end()):
            end = town.end()  # "kartu su Paryžiaus miestu": a town with its word
        elif native is not None and (name is None or name.end < native.end()):
            end = native.end()  # "su partneriais – Ogres novada pašvaldība": as written
        elif kind is not None:
            end = kind  # "kartu su sporto klubu „Ąžuolas“": a kind in lower case, its name
        elif name is None or (p > pos and places.country_code(name.name) is not None):
            # "… ir Lenkijos partneris – Y": a country opens another group, not an item
            break
        else:
            end = name.end
            if text.startswith(" ", end) and orgnames.head_of(name.name.split()[-1]) is None:
                # "Kauno rajono ir Jonavos savivaldybės": a place and its district, no head:
                # a member of the plural head further on (:func:`_shared_heads`)
                district = _DISTRICT_BEFORE_JOINER.match(text, end)
                end = district.end() if district is not None else end
        paren = _ASIDE_AFTER.match(text, end)
        if paren:
            end = paren.end()
        after = _COUNTRY_AFTER_NAME.match(text, end) if not paren else None
        if after is not None and places.country_code(after.group("country")) is not None:
            end = after.end()  # "… su X iš Švedijos ir Y iš Latvijos": each item's country
        joiner = _LIST_JOINER.match(text, end)
        if not joiner or joiner.end() >= len(text):
            break
        p = joiner.end()
    return end


_TOWN_INSTRUMENTAL = _compile(
    r"""
    (?P<town>[{CAP}][\w-]+)[ ]miestu         # "Paryžiaus miestu": a town named with its word
    (?=\s*(?:\(|$|[,;.–—-]|(?:ir|bei)\b))    # then an aside, a joiner or the list's end
    """
)
# The endings of a Lithuanian genitive that no instrumental has ("Alytaus", "Ukmergės",
# "Rygos", "Kauno", "Trakų"; the instrumentals end "Alytumi", "Ukmerge", "Ryga", "Kaunu").
_NO_INSTRUMENTAL = ("o", "os", "ės", "ų", "aus")


def _instrumental_list(
    doc: Document,
    sentence: Span,
    pos: int,
    add: Callable[[Partner | None], None],
    country: str | None = None,
) -> None:
    """Partners after "kartu su": names in the instrumental ("… kartu su Ełko apskrities
    savivaldybe"), places alone ("kartu su Kaunu ir Klaipėda"); ``country``: the one the
    words before the list name for its partners ("su Latvijos partneriais")."""
    text = sentence.text
    if (
        text[:pos].rstrip().endswith(("–", "—", ":"))
        and orgnames.name_after(text, pos, "inst") is None
        and orgnames.name_after(text, pos, "nom") is not None
    ):
        # "su dar trimis partneriais – A vietos veiklos grupė, B …": after the mark the list is
        # written in the nominative (its first head is no instrumental), read as after a label
        end = _list_end(text, pos, "nom", native_names=True)
        items = _list_items(doc, sentence.sub(pos, end))
        _list_partners(doc, [(span, own or country) for span, own in items], add)
        return
    end = _list_end(text, pos, "inst")
    if end <= pos:
        return
    # "kartu su Rygos, Talino ir Leipcigo partneriais": places in the genitive, kept as written
    genitive = _PLACES_HEAD.match(text, end) is not None
    items = _list_items(doc, sentence.sub(pos, end))
    if country is not None:
        items = [(span, own or country) for span, own in items]
    for span, code, name in _shared_heads(doc, items, "inst"):
        if _native_name(span.text):
            add(_item_partner(doc, span, code=code, name=span.text.strip(_TRAILING)))
            continue
        words = span.text.split()
        town = _TOWN_INSTRUMENTAL.match(span.text) if name is None else None
        if town is not None and places.lookup_city(town.group("town")) is not None:
            # "kartu su partneriais – A savivaldybe, Paryžiaus miestu (Prancūzija)": the
            # town itself, its word in the instrumental given in the nominative
            add(_item_partner(doc, span, code=code, name=f"{town.group('town')} miestas"))
            continue
        if name is None and len(words) == 1:
            if not genitive and words[0].strip(_TRAILING).lower().endswith(_NO_INSTRUMENTAL):
                # "kartu su partneriais Ukmergės rajono VVG …": a genitive place word opens a
                # name whose head the reader did not know, no town taking part by itself
                continue
            place = places.lookup_city(words[0].strip(_TRAILING))
            if place is not None:
                written = span.text.strip(_TRAILING) if genitive else place.name
                row = _partner(
                    written,
                    "partner",
                    None,
                    place.country,
                    doc.text[span.start : span.end],
                    doc.source,
                )
                if row is not None:
                    add(
                        replace(
                            row, org_type="municipality" if place.precision == "city" else "region"
                        )
                    )
                continue
        if (
            span.text[:1].isupper()
            or span.text[:1] in _QUOTES
            or span.text.lower().startswith(("vieš", "uždar", "asociacij"))
            or _KIND_THEN_QUOTE.match(span.text)  # "sporto klubu „Ąžuolas“"
        ):
            add(_item_partner(doc, span, code=code, case="inst", name=name))


def _place_list(
    doc: Document, sentence: Span, pos: int, add: Callable[[Partner | None], None]
) -> None:
    """Partners named only by their places, in a list after "partneriai iš" (not the places
    of a header, "Partneriai iš Rygos: A, B", whose names are the partners)."""
    text = sentence.text
    first = _LIST_WORD.match(text, pos)
    if first is not None and orgnames.name_after(text, first.start("word"), "gen") is not None:
        # "partneriai iš A regioninio muziejaus ir B krašto muziejaus": "iš" takes the bodies'
        # names in the genitive, not their towns alone
        _genitive_names(doc, sentence, first.start("word"), "partner", add)
        return
    rows: list[Partner | None] = []
    while True:
        match = _LIST_WORD.match(text, pos)
        if not match:
            break
        place = places.lookup_city(match.group("word"))
        if place is None or places.country_code(match.group("word")) is not None:
            break
        if _REGION_WORD_AFTER.match(text, match.end()):
            return  # "partneriai iš Kaliningrado srities": a region, where they are; no body
        start = match.start("word")
        row = _partner(
            match.group("word"),
            "partner",
            None,
            place.country,
            doc.text[sentence.start + start : sentence.start + match.end()],
            doc.source,
        )
        if row is not None:
            rows.append(
                replace(row, org_type="municipality" if place.precision == "city" else "region")
            )
        pos = match.end()
    if _HEADER_MARK.match(text, pos):
        return  # "Partneriai iš Rygos: A, B": the town of the names after the colon
    for row in rows:
        add(row)


def _promoter_verbs(doc: Document, sentence: Span, low: str) -> Iterator[re.Match[str]]:
    """``_PROMOTER.finditer(low)`` (``low``: the sentence's piece of ``doc.lower``), tried only
    where the keywords of its group stand: every verb holds one, at most two characters after
    the verb's start ("į gyvendina" holds "gyvendin"), so a try at each hit and the two places
    before it finds every match, left to right and never overlapping, as a scan does. "led by"
    is the one verb of two words, read with any space between them ("led\\nby", "led  by"),
    and its keyword is "led" alone: a sentence with "led" is scanned whole."""
    if "led" in low:
        yield from _PROMOTER.finditer(low)
        return
    hits = doc.hits("partners.promoter")
    first, start = bisect_left(hits, sentence.start), sentence.start
    tries: list[int] = []
    for pos in hits[first : bisect_left(hits, sentence.end, first)]:
        at = pos - start
        tries.extend(k for k in (at - 2, at - 1, at) if k >= 0 and (not tries or k > tries[-1]))
    yield from matches_at(_PROMOTER, low, tries)


def _promoters(
    doc: Document, sentence: Span, add: Callable[[Partner | None], None], folded: str
) -> None:
    """The body carrying the project out, as the subject of its verb (``folded``: the
    sentence case-blind, :func:`_case_blind`)."""
    text = sentence.text
    aligned = "\u0307" not in text  # the folded sentence keeps the text's offsets
    low = doc.lower[sentence.start : sentence.end]
    for verb in _promoter_verbs(doc, sentence, low):
        word = verb.group(0)
        if word.startswith("pasiraš"):
            contract = _CONTRACT.search(low, verb.end())
            if contract is None:
                continue  # signing something else
            if (
                low.endswith("bendradarbiavimo ", 0, contract.start())
                and "partner" not in low[contract.end() :]
                and "projekt" not in low[contract.end() :]
            ):
                # "… pasirašė (dvišalį) bendradarbiavimo susitarimą su X": towns twinned, no
                # project ("… sutartį su dar dviem partneriais – …" is a project's, as before)
                continue
        if word.startswith("pateik") and not _APPLICATION.match(low, verb.end()):
            continue  # "X pateikė pasiūlymą": not the project's application
        if word.endswith("gyvendinti") and not _BEFORE_VERB.search(text[: verb.start()]):
            continue  # "Projektui įgyvendinti skirta …": no subject
        if word == "tapo" and not _MEMBER.search(low, verb.end(), verb.end() + 160):
            continue  # "X tapo …" names a partner only as "… nare", "… partneriu"
        if word.startswith("dalyv") and not _IN_PROJECT.search(
            low, max(0, verb.start() - 40), _clause_end(low, verb.end(), 120)
        ):
            # "X dalyvavo renginyje": an event, not the project; "X dalyvauja … programos
            # finansuojamame projekte": the project, however long the words before it
            continue
        if _MANY_PROJECTS.match(low, verb.end()):
            continue  # "X įgyvendina ne vieną projektą": its record, no project of the page
        if word.startswith("led"):
            _led_by(doc, sentence, verb, add)  # the lead is named after the verb
            continue
        role = "partner" if word.startswith(("dalyv", "tapo")) else "promoter"
        prefix_end = verb.start()
        before = _BEFORE_VERB.search(text, max(0, prefix_end - 160), prefix_end)
        if before:
            if "kaip" in before.group(0):
                role = _role_of(before.group(0), role)  # "… kaip partnerė įgyvendina"
            prefix_end = before.start()
        lower_bound = max(0, prefix_end - 300)
        last_with = None
        with_partners = (
            not aligned
            or folded.find("kartu", lower_bound, prefix_end) >= 0
            or folded.find("partneri", lower_bound, prefix_end) >= 0
        )  # the words _WITH_PARTNERS needs, looked for first
        for last_with in (  # noqa: B007
            _WITH_PARTNERS.finditer(text, lower_bound, prefix_end) if with_partners else ()
        ):
            continue  # the last "kartu su" before the verb: its list is read on its own
        if last_with is not None:
            prefix_end = last_with.start()
        bracket = (
            _ROLE_BRACKET_AT_END.search(text, lower_bound, prefix_end)
            if text.find("(", lower_bound, prefix_end) >= 0
            else None
        )
        if bracket and _role_of(bracket.group("role"), "") in ("lead", "applicant", "partner"):
            role = _role_of(bracket.group("role"), role)
            prefix_end = bracket.start()
        apposition = (
            _APPOSITION_AT_END.search(text, lower_bound, prefix_end)
            if text[:prefix_end].rstrip().endswith(",")
            else None
        )
        if apposition:
            words = apposition.group("apposition")
            if _LEAD_ROLE.search(words) or _LEADING.search(words):
                role = "lead"
            prefix_end = apposition.start()
        if last_with is not None and text[:prefix_end].rstrip().endswith(","):
            # "X, kartu su Y, įgyvendina": the "kartu su" clause set off by commas
            prefix_end = text.rindex(",", 0, prefix_end)
        if word.startswith(("implement", "leads")):
            english = _EN_SUBJECT.search(text, lower_bound, prefix_end)
            # "… funded by the European Union and implemented by X": a name ends in a capital;
            # one that ends in "and" is the agent of another verb, not the subject
            if english and english.group("name").rsplit(None, 1)[-1][:1].isupper():
                start = english.start("name")
                add(
                    _partner(
                        english.group("name"),
                        role,
                        None,
                        None,
                        doc.text[sentence.start + start : sentence.start + english.end("name")],
                        doc.source,
                    )
                )
            continue
        end = prefix_end
        if (
            word.startswith("pasiraš")
            and orgnames.name_before(text, end, "nom", lower_bound) is None
        ):
            # "X administracijos direktorius J. Jonaitis ir agentūros vadovė … pasirašė …
            # sutartį": the bodies are named in the genitive before their heads' positions
            _heads_bodies(doc, sentence, lower_bound, end, role, add)
            continue
        place_word = _PLACE_SUBJECT.search(text, lower_bound, prefix_end)
        if place_word and orgnames.name_before(text, end, "nom", lower_bound) is None:
            # "… kuriame Vilnius dalyvauja kartu su …": a city taking part, named by itself.
            word = place_word.group("place")
            place = places.lookup_city(word)
            if (
                place is not None
                and places.country_code(word) is None
                and not (word.endswith(("u", "mi")) and word != place.name)
            ):  # ("… su savivaldybėmis – Kaunu, …, kartu įgyvendina": an instrumental, no subject)
                start = sentence.start + place_word.start("place")
                row = _partner(
                    place_word.group("place"),
                    "partner",
                    None,
                    place.country,
                    doc.text[start : start + len(place_word.group("place"))],
                    doc.source,
                )
                if row is not None:
                    add(replace(row, org_type="municipality"))
            continue
        ours = (
            _OURS_BEFORE.search(text, lower_bound, end)
            if not aligned or folded.find("mūsų", lower_bound, end) >= 0
            else None
        )  # (the pattern opens with "^" or a space: tried at every character, so its word first)
        if ours:
            own = _site_name(doc, ours.group("words"))
            if own is not None:
                start = sentence.start + ours.start("words")
                add(
                    _partner(
                        own,
                        role,
                        None,
                        None,
                        doc.text[start : sentence.start + ours.end("words")],
                        doc.source,
                    )
                )
            continue
        for _ in range(3):
            name = orgnames.name_before(text, end, "nom", lower_bound)
            if name is None or (
                # "Projektą „Saugi mokykla“ įgyvendina X": the project's quoted name, no body
                any(q in text[max(0, name.start - 1) : name.start + 1] for q in _OPENING_QUOTES)
                and _TITLE_BEFORE.search(text, max(0, name.start - 12), name.start)
            ):
                break
            if name.plural and _COUNT_BEFORE.search(text, max(0, name.start - 12), name.start):
                break  # "N Lietuvos partnerių organizacijos dalyvauja …": bodies counted
            quote = doc.text[sentence.start + name.start : sentence.start + name.end]
            row = _partner(name.name, role, None, None, quote, doc.source)
            aside = _ASIDE_AFTER.match(text, name.end)
            if row is not None and aside and not _ROLE_IN_ITEM.match(text, name.end):
                row = _partner(name.name, role, aside.group("aside"), None, quote, doc.source)
            add(row)
            joined = _COORDINATED.search(text, lower_bound, name.start)
            if not joined:
                break
            end = joined.start()


def _heads_bodies(
    doc: Document,
    sentence: Span,
    start: int,
    end: int,
    role: str,
    add: Callable[[Partner | None], None],
) -> None:
    """The bodies whose heads sign ("Kelmės rajono savivaldybės meras … pasirašė"): each name
    in the genitive right before a head's position between ``start`` and ``end`` (the agency
    beside them is dropped as every agency is)."""
    text = sentence.text
    for head in _HEAD_POSITION.finditer(text, start, end):
        body = orgnames.name_before(text, head.start(), "gen", start)
        if body is not None:
            quote = doc.text[sentence.start + body.start : sentence.start + body.end]
            add(_partner(body.name, role, None, None, quote, doc.source))


def _together_with(
    doc: Document,
    sentence: Span,
    add: Callable[[Partner | None], None],
    placed_only: bool = False,
) -> None:
    """ "X implements the project together with Y and Z": Y and Z, English names with no
    bracket after them (a name with its country in brackets is read by :func:`_bracketed`),
    are partners when each names a kind of organisation ("… University", "… Municipality"):
    a name of small words and capitals may hold an "and" of its own ("Ministry of Culture
    and Sport"), and then none is read."""
    text = sentence.text
    for joiner in _WITH_EN.finditer(text):
        items: list[tuple[int, int]] = []
        pos = joiner.end()
        # "… together with partners from Latvia, Latgale Planning Region, …": the country
        # places the names after it
        source = _PARTNERS_FROM_EN.match(text, pos) if "from" in text else None
        code = places.country_code(source.group("country")) if source is not None else None
        if code is not None and source is not None:
            pos = source.end()
        elif placed_only:
            continue  # (a sentence with no promoter: only "partners from <country>, …")
        while True:
            item = _EN_ITEM.match(text, pos)
            if item is None:
                if code is not None and items and text[pos : pos + 1].islower():
                    break  # "…, Latgale Planning Region, brought together …": the list ended
                items = []  # something else stands in the list: read none of it
                break
            after = item.group("after").strip()
            if after.startswith("("):
                # "Name (Latvia)": _bracketed reads it; the list may go on after the bracket
                bracket = _AFTER_BRACKET.match(text, item.end() - 1)
                if bracket is None:
                    break
                pos = bracket.end()
                continue
            items.append((item.start("name"), item.end("name")))
            if not after or after[0] not in ",aA":
                break  # the sentence's end, or a lower-case word going on after the last name
            pos = item.end()
        if not items or not all(_kind_of(text[a:b]) is not None for a, b in items):
            continue
        for a, b in items:
            quote = doc.text[sentence.start + a : sentence.start + b]
            add(_partner(text[a:b], "partner", None, code, quote, doc.source))


def _led_by(
    doc: Document, sentence: Span, verb: re.Match[str], add: Callable[[Partner | None], None]
) -> None:
    """ "The network is led by (the) X": X, named after the verb, is the lead. The verb was
    matched in the sentence's lower-cased piece, which keeps the sentence's offsets."""
    text = sentence.text
    opens = _LED_BY_NAME.match(text, verb.end())
    if opens is None:
        return  # "led by the partners", "led by example": no name
    name, aside, end = _name_after_label(text, opens.end(), False)
    quote = doc.text[sentence.start + verb.start() : sentence.start + end]
    add(_partner(name, "lead", aside, None, quote, doc.source))


def _clause_end(low: str, pos: int, most: int) -> int:
    """Where the clause going on at ``pos`` ends: at the next comma or semicolon, at most
    ``most`` characters on ("dalyvavo konferencijoje, kurioje … projekto …" stops at the
    comma)."""
    end = min(len(low), pos + most)
    stops = [k for k in (low.find(",", pos, end), low.find(";", pos, end)) if k >= 0]
    return min(stops, default=end)


# The endings of a place's genitive in a list ("Bauskės", "Rygos", "Biržų", "Alytaus"): no
# town's name in the nominative ends so but a few plural ones ("Rūdiškės").
_GENITIVE_PLACE_ENDINGS = ("ų", "io", "aus", "os", "ės")


def _bracketed(doc: Document, sentence: Span, add: Callable[[Partner | None], None]) -> None:
    """ "Name (Country)" inside a sentence, and "Country (Name)" in a list of countries."""
    text, source = sentence.text, doc.source
    for match in _PAREN.finditer(text):
        # Bracket first, name second: a country in brackets is rare, so the name before it is
        # looked for only there (scanning names from every position cost a millisecond a text).
        paren = match.group("paren").strip()
        # Country names are a word or three; longer asides need no look-up.
        code = _aside_country(paren) if len(paren.split()) <= 3 else None
        if code is None:
            continue
        floor = max(0, match.start() - 80)
        # after the last mark within the 80 characters before the bracket (one match, not a
        # search per mark)
        cut = _LAST_NAME_CUT.match(text, floor, match.start())
        begin = cut.end() if cut is not None else floor
        spaced = text.rfind(" - ", begin, match.start())
        if spaced >= 0:
            begin = spaced + 3  # "… from both countries - Foundation X (Latvia)": a dash
        raw_name = text[begin : match.start()]
        name = raw_name.strip()
        if len(name) < 2:
            continue
        # Keep only the words after the last joiner: "… kiti miestai – Lisabona".
        name = _JOINER_BEFORE_NAME.split(name)[-1]
        if (
            name.startswith(("the ", "The "))
            and name[4:5].isupper()
            and not _ROLE_WORD_FIRST.match(name, 4)
        ):
            name = name[4:]  # "… and the University of Latvia (Latvia)": English article
        words = name.split()
        if len(words) >= 5:
            # "Į Kauną atvyko projektui vadovaujančios Leuvardeno savivaldybės": the name is
            # the capitalised run after the verb; an English "of" or "for" between capitals
            # is inside the name ("… by the Union of Polish Towns of Euroregion X (Poland)").
            for k in range(len(words) - 1, 0, -1):
                if (
                    words[k][0].isupper()
                    and words[k - 1][0].islower()
                    and not (words[k - 1] in ("of", "for") and k >= 2 and words[k - 2][0].isupper())
                ):
                    name = " ".join(words[k:])
                    break
        if not name or not (name[0].isupper() or name[0] in _QUOTES):
            continue
        last = name.split()[-1]
        instrumental = (
            last.endswith("e")
            and orgnames.is_head(last, "inst")
            and not orgnames.is_head(last, "nom")
        )
        if _ROLE_WORD_FIRST.match(name) or (not instrumental and _in_a_place(name)):
            continue
        if (
            " " not in name
            and name.lower().endswith(_GENITIVE_PLACE_ENDINGS)
            and orgnames.head_of(name) is None
        ):
            # "Partneriai: Bauskės (Latvija), Rundalės (Latvija) ir Biržų savivaldybės": a
            # place's genitive before its country names the body the list's head names
            continue
        written = name
        town = _TOWN_INSTRUMENTAL.fullmatch(name)
        if instrumental:
            # "… su dviem partneriais: Liepojos savivaldybe (Latvija) ir …": a head in the
            # instrumental, not a place in the locative ("… mieste (Lenkija)")
            name = orgnames.nominative(name, "inst")
        elif town is not None:
            name = f"{town.group('town')} miestas"  # "… su … Paryžiaus miestu (Prancūzija)"
        start = begin + raw_name.find(written)
        if " in " in text[max(0, start - 80) : start] and _EN_IN_PLACE.search(
            text, max(0, start - 80), start
        ):
            continue  # "The partners met in Daugavpils (Latvia)": where, not who
        head = orgnames.head_of(name.split()[-1], "nom")
        whole = raw_name.strip()
        if head is not None and head.plural and (" ir " in whole or " bei " in whole):
            # "A ir B seniūnijos (Lenkija)": names sharing a head, read as a list (a list
            # after "kartu su" is read with it)
            run = _CAPITALISED_RUN.search(raw_name)
            if run is not None and not _WITH_BEFORE_LIST.search(raw_name, 0, run.start() + 1):
                first = begin + run.start("run")
                _list_partners(doc, _list_items(doc, sentence.sub(first, match.end())), add)
            continue
        # "X (Lithuania), the lead partner, and Y (Latvia)": the role in an English aside,
        # quoted with the name
        lead = _LEAD_AFTER_BRACKET.match(text, match.end()) if "ead" in text else None
        end = lead.end() if lead is not None else match.end()
        add(
            _partner(
                name,
                "lead" if lead is not None else "partner",
                None,
                code,
                doc.text[sentence.start + start : sentence.start + end],
                source,
            )
        )
    for match in _COUNTRY_THEN_NAME.finditer(text):
        code = places.country_code(match.group("country"))
        if code is None or places.lookup_city(match.group("country")) is not None:
            continue
        inner = match.group("name")
        if orgnames.is_head(inner.split()[-1]):
            # "partneriai iš Lenkijos, Švedijos, Lietuvos (Klaipėdos universitetas)"
            start = sentence.start + match.start("name")
            add(
                _partner(inner, "partner", None, code, doc.text[start : start + len(inner)], source)
            )


def _in_a_place(name: str) -> bool:
    """Whether a short name before a bracketed country is where something happens, in the
    locative ("susitikime Jelgavoje (Latvija)", "vyko Augustave (Lenkija)", "Augustavo
    mieste (Lenkija)"), not an organisation or a town taking part."""
    words = name.split()
    if len(words) > 2:
        return False
    last = words[-1]
    if _LOCATIVE_END.search(last):
        return True
    if not last.endswith("e"):
        return False
    if last[:1].islower():
        return True  # "… mieste", "… rajone": a common noun in the locative
    place = places.lookup_city(last) if len(words) == 1 else None
    return place is not None and not place.name.endswith("e")  # "Kaune" (Kaunas), not "Rēzekne"


def _between(doc: Document, sentence: Span, add: Callable[[Partner | None], None]) -> None:
    """ "sutartis tarp pagrindinio partnerio X ir partnerių iš Y bei Z": the parties, in the
    genitive."""
    for match in _BETWEEN.finditer(sentence.text):
        _genitive_names(doc, sentence, match.end(), "partner", add)


def _genitive_names(
    doc: Document,
    sentence: Span,
    pos: int,
    role: str,
    add: Callable[[Partner | None], None],
) -> None:
    """Names in the genitive from ``pos`` of the sentence, joined by commas, "ir" or "bei",
    each perhaps after its role in the genitive ("pagrindinio partnerio X ir partnerių Y")."""
    text = sentence.text
    for _ in range(8):
        marked = _GENITIVE_ROLE.match(text, pos)
        if marked:
            words = marked.group("role").lower()
            role = (
                "lead"
                if _LEAD_ROLE.search(words) or "pagrindin" in words
                else "promoter"
                if words.startswith("pareišk")
                else "partner"
            )
            pos = marked.end()
        name = orgnames.name_after(text, pos, "gen")
        if name is None:
            break
        add(_named(doc, _shift(name, sentence.start), role, None))
        end = name.end
        paren = _ASIDE_AFTER.match(text, end)
        if paren:
            end = paren.end()
        joiner = _GENITIVE_JOINER.match(text, end)
        if not joiner:
            break
        pos = joiner.end()
        role = "partner" if role in ("lead", "promoter") else role


def _grant_words(folded: str) -> Iterator[re.Match[str]]:
    """``_DATIVE_GRANT_BLIND.finditer(folded)``, tried only where a grant's word can begin: at
    each "skir" and "tenk", and three letters before a "tenk" ("atitenka")."""
    tenk = literal_starts(folded, "tenk")
    starts = literal_starts(folded, "skir") + tenk + [pos - 3 for pos in tenk if pos >= 3]
    return matches_at(_DATIVE_GRANT_BLIND, folded, sorted(starts))


def _dative(
    doc: Document, sentence: Span, add: Callable[[Partner | None], None], folded: str
) -> None:
    """ "X skirta parama", "X tenka 186 400 eurų": the body a grant or a share goes to.
    ``folded``: the sentence case-blind (:func:`_case_blind`), where the grant's words are
    found by a case-sensitive pattern at the same offsets (unless a combining dot shifts them)."""
    text = sentence.text
    grants = _grant_words(folded) if "\u0307" not in text else _DATIVE_GRANT.finditer(text)
    for match in grants:
        end = match.start()
        aside = None
        bracket = (
            _ROLE_BRACKET_AT_END.search(text, max(0, end - 60), end)
            if text.find("(", max(0, end - 60), end) >= 0
            else None
        )  # (the pattern opens with spaces: tried at every character, so its bracket first)
        if bracket:
            aside = bracket.group("role")
            end = bracket.start()
        name = orgnames.name_before(text, end, "dat", max(0, end - 300))
        if name is None:
            continue
        quote = doc.text[sentence.start + name.start : sentence.start + name.end]
        add(
            _partner(
                name.name,
                "promoter",
                None if aside and "VVG" in aside else aside,
                None,
                quote,
                doc.source,
            )
        )


def _shift(name: orgnames.Name, offset: int) -> orgnames.Name:
    return orgnames.Name(name.start + offset, name.end + offset, name.name, name.plural)


# --- merging and settling ------------------------------------------------------------------

_ROLE_RANK = {"lead": 0, "applicant": 1, "promoter": 2, "partner": 3}

_partner_key = lru_cache(maxsize=16384)(partner_key)
"""keys.partner_key kept per process: every row of every page asks it, and names recur."""


def _quotes_inside_others(quotes: list[str]) -> set[str]:
    """The quotes that stand inside a longer quote of the list.

    A short list is compared pair by pair; a long one (a list of thousands of partners) with
    one Aho-Corasick automaton of its quotes run over each quote, so the time grows with the
    length of the quotes, not with their number squared.
    """
    distinct = set(quotes)
    if len(distinct) <= 32:
        # The quotes joined by a character none holds: a quote stands inside a longer one
        # exactly when the joined text holds it more than once (its own place holds it once,
        # and no occurrence spans a joint). One count a quote instead of a test a pair.
        joined = "\0".join(distinct)
        if joined.count("\0") == len(distinct) - 1:
            return {r for r in distinct if joined.count(r) > 1}
        return {r for r in distinct if any(r in q and len(r) < len(q) for q in distinct)}
    inside = {""} if "" in distinct and len(distinct) > 1 else set()
    automaton = ahocorasick.Automaton()
    for quote in distinct:
        if quote:
            automaton.add_word(quote, quote)
    automaton.make_automaton()
    for quote in distinct:
        for _end, found in automaton.iter(quote):
            if len(found) < len(quote):
                inside.add(found)
    return inside


def _dedupe(rows: list[Partner]) -> list[Partner]:
    """One row per organisation; the strongest role wins, the fullest name stays.

    A municipality named short and in full ("Kauno savivaldybė", "Kauno miesto
    savivaldybė") is one row under the fuller name, with that name's quote: a reader looks
    the organisation up by its full name.

    A row read from a piece of another row's statement ("Espoo / FI" inside "Aalto
    University, Espoo / FI (lead partner)") is the same partner and is dropped; a short name
    that ends a longer one of the text ("Kultūros centras" after "Mažeikių rajono
    savivaldybės kultūros centras") refers to it.
    """
    by_key: dict[str, Partner] = {}
    inside = _quotes_inside_others([r.quote for r in rows])
    kept_rows = rows
    if inside:
        # A member of a shared-head list keeps the list's quote; it is no piece of another row.
        shared = Counter(r.quote for r in rows)
        kept_rows = [r for r in rows if r.quote not in inside or shared[r.quote] > 1]
    for row in kept_rows:
        key = _partner_key(row.name)
        if "savivaldyb" in key:  # every form _ALIAS reads holds it
            key = _ALIAS.sub(" savivaldybė", key)
        kept = by_key.get(key)
        if kept is None:
            by_key[key] = row
            continue
        merged = _merge(kept, row)
        if len(row.name) > len(kept.name) and (
            _partner_key(row.name) != _partner_key(kept.name)
            or _ABBREVIATED_DISTRICT.search(kept.name) is not None
        ):
            # "Vilniaus savivaldybė" and "Vilniaus miesto savivaldybė": the fuller name stays;
            # so does "Upėnų rajono …" over "Upėnų r. …"
            merged = replace(merged, name=row.name, quote=row.quote)
        by_key[key] = merged
    # Short references: a name of two or three words that ends a longer name of the text.
    # (An index of the last two and three words of every name: linear in the partners.)
    endings: dict[str, list[str]] = {}
    for key in by_key:
        words = key.split()
        for n in (2, 3):
            if len(words) > n:
                endings.setdefault(" ".join(words[-n:]), []).append(key)
    for key in list(by_key):
        words = key.split()
        if not 1 < len(words) <= 3 or key not in by_key:
            continue
        longer = [k for k in endings.get(key, ()) if k in by_key]
        if len(longer) == 1:
            by_key[longer[0]] = _merge(by_key[longer[0]], by_key.pop(key), keep_name=True)
    # A name cut after its "ir": "A krašto ir B muziejus" read whole once and, from a reader
    # that stops at "ir" ("… ir B muziejui tenkanti dalis"), as "B muziejus": one body.
    joined = [k for k in by_key if " ir " in k]
    for key in list(by_key) if joined else ():
        longer = [k for k in joined if k != key and k.endswith(" ir " + key) and k in by_key]
        if len(longer) == 1 and key in by_key:
            by_key[longer[0]] = _merge(by_key[longer[0]], by_key.pop(key), keep_name=True)
    out = list(by_key.values())
    out.sort(key=lambda r: _ROLE_RANK[r.role])
    return out


_ABBREVIATED_DISTRICT = _compile(
    r"""
    [ ](?:{DISTRICT_ABBREVIATION})\.[ ]     # "Upėnų r. Pušyno …": a district abbreviated
    """
)
_ALIAS = _compile(
    r"""
    (?:\s+miesto)?\s+savivaldybės\s+administracija$   # a municipality and its administration
    | (?:\s+miesto)?\s+savivaldybė$                    # are one ("Vilniaus (miesto) savivaldybė")
    """
)


def _merge(kept: Partner, row: Partner, keep_name: bool = True) -> Partner:
    changes: dict[str, object] = {}
    if _ROLE_RANK[row.role] < _ROLE_RANK[kept.role]:
        changes["role"] = row.role
    for column in ("city", "country", "lat", "lon", "geo_precision"):
        if getattr(kept, column) is None and getattr(row, column) is not None:
            changes[column] = getattr(row, column)
    if (
        kept.geo_precision == "country"
        and row.geo_precision in ("city", "region")
        and row.country == kept.country
    ):
        for column in ("city", "lat", "lon", "geo_precision"):
            changes[column] = getattr(row, column)
    if "lat" in changes:
        changes["place"] = row.place  # the coordinates come from the other row's place
    return replace(kept, **changes) if changes else kept  # type: ignore[arg-type]


def _programme_countries(programme: str | None) -> tuple[str, ...]:
    """The countries a cooperation programme's name joins ("Interreg Lithuania-Poland")."""
    if not programme:
        return ()
    codes = []
    for word in _ENGLISH_WORD.findall(programme):
        code = places.country_code(word)
        if code is not None and code not in codes:
            codes.append(code)
    return tuple(codes)


def _written_in_lithuanian(name: str) -> bool:
    """A name in Lithuanian: a Lithuanian head noun and only Lithuanian letters."""
    words = _QUOTED_PART.sub(" ", name).split()
    return not (set(name.lower()) & _NON_LITHUANIAN) and any(orgnames.is_head(w) for w in words)


def _settle(rows: list[Partner], programme: str | None) -> list[Partner]:
    """Roles and countries that depend on the programme.

    The body that carries a project out is the applicant of a national (or rural, EEA, or
    unknown) programme when the text names no applicant or lead itself, and one partner of a
    cooperation programme. A partner the text does not place is in Lithuania in a national or
    rural programme; in a two-country cooperation programme, a name written in the other
    country's language (its letters or its kind of body) is in that country.
    """
    kind = programmes.kind(programme)
    named = any(r.role in ("lead", "applicant") for r in rows)
    if kind is None and any(r.country not in (None, "LT") for r in rows):
        kind = "cooperation"  # partners abroad: a cooperation project whatever its programme
    countries = _programme_countries(programme) if kind == "cooperation" else ()
    out = []
    applicant_given = False
    for row in rows:
        if row.role == "promoter":
            if kind in ("cooperation", "eu_programme", "nordic") or named or applicant_given:
                row = replace(row, role="partner")
            else:
                row = replace(row, role="applicant")
                applicant_given = True
        if row.country is None:
            code = None
            if kind in ("national", "rural"):
                code = "LT"
            elif kind is None and _written_in_lithuanian(row.name):
                code = "LT"  # no programme named and no partner abroad: a Lithuanian project
            elif len(countries) == 2 and "LT" in countries:
                other = next(c for c in countries if c != "LT")
                low = row.name.lower()
                if _country_of_kind(row.name) == other or set(low) & _NON_LITHUANIAN:
                    code = other
            if code is not None:
                place = places.country_place(code)
                row = replace(
                    row,
                    country=code,
                    lat=round(place.lat, 4),
                    lon=round(place.lon, 4),
                    geo_precision="country",
                    place=place,
                )
        out.append(row)
    out.sort(key=lambda r: _ROLE_RANK[r.role])
    return out
