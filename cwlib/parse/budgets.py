"""Sums of money in a text → budget rows (scope, party, item, amount, currency, qualifier, share).

A page states a budget as a run of sums, each introduced by a few words: "Projekto bendra
vertė – …, savivaldybės projekto vertė …, Europos Sąjungos lėšos – …". The words before a
sum say what it is (the item); a partner's total opens a partner scope that the EU, state
and own parts after it share, until the text moves on. Nothing is guessed: a sum whose words
name no item is kept as ``other``; an EU and state sum given together stays ``eu_national``;
a grant whose source is not named (``skirta parama``, ``paramos suma``) and money added to the
budget or spent beside it (``papildomai skirta``) are ``other``.

Where the words stand:

* before the sum in its clause ("ES lėšos – 85 000 Eur"), or after it when a dash or a verb
  says so ("85 000 Eur – ES lėšos", "702 300 Eur skyrė Europos regioninės plėtros fondas");
* on the label line of a flattened card, a block of labels or a row of labels above it
  (``Document.label_values``);
* in a table's header (``Document.tables``), for tables of partners and their sums;
* in the currency's place: "103 864,14 ERDF" is EU money.

Whose money it is: a total named after an organisation, a town or a partner ("Rietavo
savivaldybės administracijos projekto vertė", "Lazdijų projekto vertė", "Seinų valsčiaus
dalis", "X tenkanti dalis", "Budget of the lead partner") is that partner's, and so are the
parts that follow it. In a text that names no partner, a municipality's "dalis" is the
project's own contribution.

A word right before a sum qualifies it (``qualifier``): ``apie``, ``beveik`` → about; ``per``,
``virš``, ``daugiau kaip`` → at_least; ``iki``, ``ne daugiau kaip`` → at_most.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from itertools import pairwise
from typing import TypeVar

from cwlib.lexicon import load as lexicon
from cwlib.parse import numbers
from cwlib.parse.document import Document
from cwlib.parse.facts import Budget
from cwlib.parse.frozen import frozen
from cwlib.parse.pagekind import CALL_LABEL, CALL_LABELS_MIN
from cwlib.parse.segments import Span, overlapping
from cwlib.parse.tabular import MONEY_MEANINGS, LabelValue, TextTable
from cwlib.patterns import compiled
from cwlib.schema import LTL_PER_EUR

__all__ = ["call_card", "complete_shares", "extract_budgets"]

ITEM_GROUPS = ("eu", "national", "own", "total", "grant", "top_up")
QUALIFIER_GROUPS = ("at_most", "about", "at_least")
"""Checked in this order: "ne daugiau kaip" is an upper bound before "daugiau kaip" is a lower one."""
CALL_GROUP = "pages.call_labels"
"""The keyword group of a call card's labels (``lexicon/pages.toml``)."""
BREAKDOWN_GROUP = "budgets.breakdown"
KEYWORDS: tuple[str, ...] = (
    *(f"budgets.{name}" for name in (*ITEM_GROUPS, *QUALIFIER_GROUPS)),
    CALL_GROUP,
    BREAKDOWN_GROUP,
    "budgets.shared_out",
    "budgets.counted_recipients",
    "budgets.dative_recipients",
    "budgets.country_recipients",
)
"""The lexicon keyword groups this extractor reads (see cwlib.parse.document). Not
``partner_scope``: its pattern runs only on the few words of one sum's clause, already found
through the item groups' hits, so a keyword gate over the page would only add a scan."""

# Word patterns, on the lower-cased text (doc.lower) or a lower-cased label.
_ITEM_WORDS: dict[str, re.Pattern[str]] = {
    name: compiled(lexicon.fragment("budgets", name), re.VERBOSE) for name in ITEM_GROUPS
}
_PARTNER_SCOPE = compiled(lexicon.fragment("budgets", "partner_scope"), re.VERBOSE)
_QUALIFIERS: dict[str, re.Pattern[str]] = {
    name: compiled(
        lexicon.fill(
            r"""
            (?<![\w])           # a whole word ...
            {WORDS}             # ... that qualifies a sum ...
            \s*$                # ... right before it
            """,
            WORDS=lexicon.fragment("budgets", name),
        ),
        re.VERBOSE,
    )
    for name in QUALIFIER_GROUPS
}
_QUALIFIER_KEYWORDS: dict[str, tuple[str, ...]] = {
    name: tuple(lexicon.table("budgets", name)["keywords"]) for name in QUALIFIER_GROUPS
}
_QUALIFIER_ENTRIES: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (name, f"budgets.{name}", pattern) for name, pattern in _QUALIFIERS.items()
)
"""The qualifier groups in order: name, keyword group, pattern (for the Document's hits)."""
_ITEM_ENTRIES: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (name, f"budgets.{name}", pattern) for name, pattern in _ITEM_WORDS.items()
)
"""The item word groups in order: name, keyword group, pattern."""
_NOUN_GROUP = "organisations.genitive_nouns"
"""The keyword group of the genitive organisation nouns (``_GENITIVE_NOUNS``, lower case)."""
_GENITIVE_NOUNS: dict[str, str] = lexicon.table("organisations", "genitive_nouns")["nominative"]
_RECIPIENTS: dict[str, str] = lexicon.table("budgets", "recipients")["nominative"]

_PROJECT_TOTAL = compiled(
    r"""
    (?:bendr\w*\s+)?projekto\s+(?:bendr\w*\s+)?(?:vertė|biudžet|kaina|suma)   # "bendra projekto vertė"
    | visas\s+projekto                          # "visas projekto biudžetas"
    | total\s+project                           # "total project budget"
    | project\s+(?:total|budget|value)          # "project budget"
    """,
    re.VERBOSE,
)  # lower-cased words
_ORG_GENITIVE = compiled(
    lexicon.fill(
        r"""
        (?P<org>
          (?:(?:VšĮ|UAB|AB|BĮ|MB|Asociacijos?)\s+)?     # an optional legal form
          (?:[A-ZĄČĘĖĮŠŲŪŽ][\w\-‘'’]*\s+)               # a capitalised first word (the place)
          (?:[\w\-‘'’„“"]+\s+){0,5}                      # up to five more words (the longest name wins)
          (?:{NOUNS})                                    # ending with an organisation noun in the genitive
        )
        \b                                              # at the end of a word
        """,
        NOUNS=lexicon.alternation(_GENITIVE_NOUNS),
    ),
    re.VERBOSE,
)  # on the text: a name begins with a capital
_NOT_BUDGET = compiled(
    r"""
    atlyginim                   # wages: "darbuotojų atlyginimams"
    | kainuoja\s+bilietas       # "kainuoja bilietas": a ticket
    | bilieto\s+kaina           # "bilieto kaina"
    | įėjimo                    # an entrance fee
    | mokestis\s+už             # "mokestis už …": a fee
    | prizų\s+fondas            # prize money
    | premij                    # an award
    | prenumerat                # a news site's subscription offer: "Prenumerata vos nuo 2,00 Eur"
    """,
    re.VERBOSE,
)  # lower-cased words
_SCOPE_RESET_CHARS = 400
AFTER_CHARS = 120
"""How far after a sum the words that name it may reach ("67 968 Eur (80 proc.) sudarė …")."""
_NOMINATIVE_TOTAL = compiled(
    r"""
    (?:biudžetas|vertė|dalis|suma)\b   # a partner's total names its head noun in the nominative ...
    (?!\s+lėš)                  # ... not "dalis lėšų"
    """,
    re.VERBOSE,
)  # lower-cased words
_PROGRAMME_SUM = compiled(
    r"""
    \bprogramai\b                                   # "Programai … skirta 73,8 mln. eurų"
    | programos\s+biudžet                           # "programos biudžetas"
    | program\w*\s+(?:has\s+an?\s+|with\s+an?\s+)?(?:\w+\s+){0,2}budget   # "the programme has a budget"
    | program\w*\s+(?:\S+\s+){0,3}skirta            # "programai iš viso skirta"
    | program(?:os|ų)\s+įgyvendinimui               # "programos (programų) įgyvendinimui
                                                    # numatyta skirti / skirs …": its means
    | \bprogramoms\b                                 # "šioms programoms skirta …"
    | program(?:os|ų)\s+(?:finansin\w*\s+)?paket    # "Programos (finansinį) paketą sudaro …"
    | program\w*['’]s\s+(?:[\w-]+\s+){0,2}(?:budget|funding|allocation)   # "the Programme's total budget"
    | (?:funding|budget|allocation|funds)\s+(?:for|of)\s+(?:the|this)\s+program   # "overall funding of the programme"
    """,
    re.VERBOSE,
)  # lower-cased words: a whole programme's money is no project's budget
_PROGRAMME_BEFORE_RELATIVE = compiled(
    r"""
    program\w*(?:\s+[^\s,]+){0,2}?   # "programą", "programa „Kūrybinė Europa“" …
    \s*,\s*\Z                         # … right before the comma that opens the sum's clause
    """,
    re.VERBOSE,
)  # lower-cased words
_RELATIVE = compiled(
    r"""
    kuri(?:ai|os)(?!\w)             # "…, kuriai (Komisija skyrė …)", "…, kurios biudžetas": the
                                     # noun before the comma gets or owns the money (not
                                     # "kurioje jai skirta …", money given to someone in it)
    """,
    re.VERBOSE,
)  # lower-cased words
_PROGRAMME_GIVES = compiled(
    r"""
    program\w*\s+(?:will\s+|shall\s+|has\s+)?   # "The Programme (will) …
    (?:allocate|allocates|allocated|commit|commits|committed|provide|provides)\b   # … allocate"
    """,
    re.VERBOSE,
)  # lower-cased words: a programme giving money out, which is no project's unless one is named
_AGGREGATE_SUM = compiled(
    r"""
    \d+(?:-[^\W\d_]+)?\s+                       # a count ("12", "12-kai") of projects or applications …
    (?:tūkst\.\s+)?                            # … (in thousands: "2,4 tūkst. projektų") …
    (?:[\w-]+\s+){0,3}?                        # … (up to three words: "pirminės vietos projekto") …
    (?:projekt(?:ų|ai|ams|us)|paraišk(?:ų|os|as)|projects|applications   # "60 projektų", "80 paraiškų"
      |projektini(?:ai|ų|us)\s+pasiūlym\w*)\b  # "5 vietos plėtros projektiniai pasiūlymai"
    | (?:pateikt|finansuot|įgyvendint|atrinkt|patvirtint)\w*\s+projekt(?:ų|inių)   # "pateiktų projektų"
    | vienam\s+(?:[\w-]+\s+)?projektui         # "didžiausia parama vienam (vietos) projektui": a cap
    | (?<!\w)vieno\s+(?:[\w-]+\s+)?projekto\b   # "vieno (vietos) projekto įgyvendinimui skiriama
                                               # iki …", "didžiausia vieno projekto suma": a cap
    | (?<!\w)(?:maksimal|minimal)\w*\s+          # a bound over the money: "maksimali
      (?:[\w-]+\s+){0,3}?(?:suma|sumą|parama|paramą|vertė)\b   # paramos suma", "minimali
                                               # projekto vertė": a call's, no project's
    | (?<!\w)(?:didžiaus|mažiaus)i(?:a|oji)\s+galim\w*\s+   # "didžiausia galima (paramos) suma"
      (?:[\w-]+\s+){0,2}?(?:suma|sumą|parama|paramą|vertė)\b   # (not "didžiausia savivaldybės
                                               # parama" a project got among others)
    | projektų\s+(?:bendr\w*\s+)?(?:vert|sum|biudžet)\w*   # "projektų (bendra) vertė"
    | (?:skirt|skiriam)\w*\s+projektams          # "skiriama projektams (finansuoti)"
    | projektams\s+(?:finansuoti|įgyvendinti|skirt\w*)   # "projektams finansuoti"
    | projektams\s+(?:[\w-]+\s+){0,2}?(?:išmokėt|išmokam|paskirstyt|skirstom)\w*   # "projektams
                                               # (jau) išmokėta / paskirstyta": paid or shared out
    | kvietimui\b                                # "šiam kvietimui skirta": a call's money
    | kvietimo\s+(?:[\w-]+\s+){0,4}?(?:suma|biudžet\w*|lėšos)   # "kvietimo (teikti vietos projektus) suma"
    | combined\s+budget                          # "75 projects with a combined budget"
    | (?:available|allocated|earmarked|reserved|committed|reallocated)   # "available …
      \s+(?:[\w-]+\s+){0,3}?(?:for|to|under|within)\s+   # … (ERDF co-funding) for …
      (?:[\w-]+\s+){0,3}?(?:projects|calls?|priorit(?:y|ies)|objectives?)\b   # … (the second) call",
                                               # … "specific objective": money to share out
    | \b(?:for|to|among|between)\s+(?:these|those|all|the\s+(?:selected|approved|new|funded))\s+
      (?:[\w-]+\s+){0,2}?projects\b           # "co-funding for these (new) projects"
    | (?:\b(?:minimum|maximum)|(?<!\w)(?:max|min)\.)\s+   # "Minimum (operation) budget", "maximum
      (?:(?:eligible|total|operation|project)\s+){0,2}budget\b   # (eligible project) budget", "Max.
                                               # total budget": a call's bound
    | (?<!\w)max\.?\s+(?:erdf|eu|ipa|eni|ndici)\b   # "Max. ERDF (per project)": a call's cap
    | \bper\s+(?:project|partner|beneficiary|operation|applicant)\b   # "EU funding per project": a rule
    | \bcall(?:['’]s)?\s+(?:budget|allocation|funding)   # "the call budget", "the call's budget"
    | \b(?:of|to|for)\s+(?:the|this|each|every|that)\s+(?:[\w-]+\s+)?call\b   # "budget of the (third) call"
    | submitted\s+(?:[\w-]+\s+){0,2}?(?:applications|projects|proposals)   # "in submitted applications"
    | \b(?:projects|applicants|applications|proposals)\s+(?:[\w-]+\s+){0,2}?   # "Projects (together) …
      (?:request|requested|requesting|seek|sought|ask|asked)\b   # … request": the demand a call met
    | \brequested\s+by\s+(?:[\w-]+\s+){0,3}?(?:projects|applicants)\b   # "requested by the 45 projects"
    | \bprojects\b                              # "has projects running for …", "calls for
                                               # projects reached …", "budgets of these projects",
      (?![^,;|\t\n]*(?:[,;|\t\n]|\x20{3}))       # in the sum's own clause (a menu's "Projects" apart)
    | \b(?:projektai|projektų|pareiškėjai|paraiškose|paraiškų)\s+(?:[\w-]+\s+){0,2}?praš\w*
                                               # "projektai (iš viso) prašo", "projektų prašoma
                                               # … suma", "paraiškose iš viso prašoma …"
    | \b(?:šimt|tūkstant|trečdal|ketvirta?dal|pus(?:ei|ės)\b|daugum)\w*\s+   # a count or part in words
      (?:[\w-]+\s+){0,2}?projektų\b           # "trims šimtams projektų", "ketvirtadaliui projektų"
    | (?<!\w)(?:dviej|dviem|trij|trims|keturi|penki|šeši|septyni|aštuoni|devyni)\w*\s+   # a count
      (?:[\w-]+\s+){0,3}?projekt(?:ų|ams|ai|us)\b   # in words: "keturių kaimo bendruomenių
                                               # projektų", "septyniems … projektams"
    | \bprojektams\b                            # "išmokėjimai … projektams viršijo …",
      (?![^,;|\t\n]*(?:[,;|\t\n]|\x20{3}))       # "kultūros projektams 6 mln. eurų": in the
                                               # sum's own clause, the money of several projects
    """,
    re.VERBOSE,
)  # lower-cased words: money for many projects (a call's, a programme's) is no one project's
_AGGREGATE_GATE = (
    # the forms of "projekt…" the pattern counts (not "projekto", "projektas": one project,
    # which most sums' words name)
    "projektų",
    "projektai",
    "projektam",  # "projektams"
    "projektu",  # "projektus", "projektui"
    "projektini",
    "project",
    "paraišk",
    "pareiškėjai",
    "application",
    "applicants",
    "proposal",
    "kvietim",
    "vieno",
    "maksimal",
    "minimal",
    "didžiaus",
    "mažiaus",
    "combined",
    "call",
    "priorit",
    "objective",
    "minimum",
    "maximum",
    "max",
    "min.",
    "per partner",
    "per beneficiary",
    "per operation",
    "per applicant",
)
"""Literals one of which every match of ``_AGGREGATE_SUM`` holds: the cheap test before it."""
_AGGREGATE_GATE_WORDS = compiled(
    r"""
    proje(?:kt(?:ų|ai|am|u|ini)|ct)           # the forms of "projekt…" of _AGGREGATE_GATE, "project"
    | pa(?:raišk|reiškėjai)                   # "paraišk…", "pareiškėjai"
    | appli(?:cation|cants)                   # "application", "applicants"
    | proposal | kvietim | combined | call    # a call's words
    | vieno | maksimal | minimal | didžiaus | mažiaus   # a cap's words
    | priorit | objective                     # a programme's parts
    | m(?:inimum|aximum|ax|in\.)               # a call's bounds
    | per\ (?:partner|beneficiary|operation|applicant)   # a rule "per …"
    """,
    re.VERBOSE,
)
"""``_AGGREGATE_GATE`` as one search (it finds a match where one of the literals stands in
the words, and only there; a test holds the two together): one search of a set of first
letters costs less than two dozen ``in`` tests."""
_PART_OF_BEFORE = compiled(
    r"""
    (?:iš\s(?:jų|kurių|šios\s+sumos)|tame\s+tarpe|of\s+(?:which|this))(?!\w)   # a sentence opening
                                                # with "Iš jų", "Tame tarpe": parts of the sum before
    | (?:tam|šiam)(?:\s+tikslui)?\s+(?:[\w-]+\s+){0,2}?(?:skirt|skiriam|numatyt)\w*   # "Tam (iš viso)
                                                # skirta …": the money of the call or projects before
    | ši\s+suma\b                               # "Ši suma apima …": the sum before, again
    | (?:jiems|joms)\s+(?:[\w-]+\s+){0,3}?       # "Jiems (įgyvendinti bus) skirta …": the money
      (?:skirt|skiriam|numatyt|paskirstyt)\w*    # of the projects counted before ("jiems" refers
                                                # to them)
    | (?:bendr\w*\s+)?prašom\w*\s+                # "(Bendra) prašoma (paramos) suma – …",
      (?:(?:paramos|finansavimo|lėšų)\s+)?        # "Prašoma parama siekia …": the demand of the
      (?:suma|parama|lėšos|finansavimas)(?!\w)    # applications or projects counted before
    """,
    re.VERBOSE,
)  # lower-cased words
SHARED_OUT_GROUP = "budgets.shared_out"
_SHARED_OUT = compiled(lexicon.fragment("budgets", "shared_out"), re.VERBOSE)
"""A verb of money shared out ("paskirstė", "paskirstyta", "skirstoma"), on lower-cased words:
a funder sharing money out among many is no project's budget."""
COUNTED_GROUP = "budgets.counted_recipients"
_COUNTED_RECIPIENTS = compiled(lexicon.fragment("budgets", "counted_recipients"), re.VERBOSE)
"""Recipients counted in the dative ("362 bendruomenėms", "15-ai savivaldybių"), on lower-cased
words: money shared among them is no project's budget."""
GIVEN_GROUP = "budgets.given_recipients"
_GIVEN_RECIPIENTS = compiled(lexicon.fragment("budgets", "given_recipients"), re.VERBOSE)
"""Recipients in the dative plural beside a verb of giving ("skyrė rajonams", "grupėms
numatoma skirti"), on lower-cased words: a funder's money for many, no project's budget."""
DATIVE_GROUP = "budgets.dative_recipients"
_DATIVE_RECIPIENT = compiled(lexicon.fragment("budgets", "dative_recipients"), re.VERBOSE)
"""One recipient in the dative singular before its verb or dash ("… parapijai skirta",
"… mokyklai –"), matched at its noun's hit on lower-cased words: its sum must start where the
match ends."""
_RECIPIENTS_MIN = 3
"""How many recipients, each named and each with its own sum, make a page a funder's share-out."""
_NAME_BEFORE = compiled(
    r"""
    (?:[^\s,.;:!?()–—-]+\s+){1,2}$    # one or two words before the recipient's noun, in its
                                    # clause: its name ("Kalnų Šv. Onos", "Miškų pagrindinei")
    """,
    re.VERBOSE,
)
_RECEIVERS_NEXT = compiled(lexicon.fragment("budgets", "receivers_next"), re.VERBOSE)
"""A sentence opening with who gets the money, many of them ("Lėšas gaus 13 savivaldybių."),
matched at its start on lower-cased words: the sum before it is shared among them."""
_COUNTRY = lexicon.table("budgets", "country_recipients")
COUNTRY_GROUP = "budgets.country_recipients"
_COUNTRY_RECEIVES = compiled(lexicon.fragment("budgets", "country_recipients"), re.VERBOSE)
"""A country in the dative ("Lietuvai"), or after "allocation(s) to", on lower-cased words."""
_COUNTRY_GIVES = compiled(
    lexicon.fill(
        r"""
        (?<!\w)(?:{VERBS})\w*                      # "skirta", "skiriamos", "numatyta skirti"
        | allocat                                 # "allocations", "allocated"
        """,
        VERBS=lexicon.alternation(_COUNTRY["verbs"]),
    ),
    re.VERBOSE,
)  # lower-cased words
_PARTNER_NAMED = compiled(
    r"""
    partner(?!yst|ship)          # a partner named ("partneriui", "partner's"), not a
                                # partnership ("Partnerystės sutartis" beside a country's money)
    """,
    re.VERBOSE,
)  # lower-cased words
_OTHER_PARTY = compiled(
    r"""
    projekt | project           # a project named …
    | partner(?!yst|ship)       # … or a partner: the sum may be its own
    """,
    re.VERBOSE,
)  # lower-cased words
_TITLED_PROJECT = compiled(
    r"""
    projekt(?:as|ą|ui|o|e|u)\s+   # "projektui", "projektą" (one project; the letter before it is
                                  # tested apart: not "mikroprojektą") …
    [„"“]                                 # … before its quoted name
    (?P<name>[^„“”"\n]{3,150})             # the name
    [“”"]                                 # its closing quote
    """,
    re.VERBOSE,
)  # lower-cased words
_NAME_WORDS = compiled(
    r"""
    \w+                         # a word of a quoted name (its dashes and commas left out)
    """,
    re.VERBOSE,
)
_TITLES_MIN = 3
"""How many projects named in quotes, on lines that state sums, make a page a list of them."""
_TITLES_APART = 2
"""How many make it when each is named on its own line (two bullets or paragraphs, each with
its project's sum)."""
_CARD_NAME = compiled(
    r"""
    ^[\x20\t•*-]*                   # at a line's start (after a bullet) …
    projekto\x20pavadinimas          # … a project card's name label …
    [\x20\t]*[:–—-][\x20\t]*        # … and its colon or dash (not "(LT)" or "lietuvių kalba")
    (?P<name>[^\n]{3,})              # … then the name
    """,
    re.VERBOSE | re.MULTILINE,
)  # lower-cased words
_PUBLIC_BUDGET_WORDS = lexicon.table("budgets", "public_budget")
_PUBLIC_BUDGET = compiled(lexicon.fragment_of(_PUBLIC_BUDGET_WORDS), re.VERBOSE)  # lower-cased
_BUDGET_ACT = compiled(_PUBLIC_BUDGET_WORDS["acts"], re.VERBOSE)  # lower-cased words
_BUDGET_NOUN = compiled(r"biudžet(?:ą|e|as)(?!\w)")  # "biudžetą", "biudžete", "biudžetas"
_BUDGET_ACTION = compiled(
    r"""
    biudžeto\s+(?:tikslinim|svarstym|projekt|pakeitim)   # "biudžeto tikslinimas", "… projektas"
    """,
    re.VERBOSE,
)  # lower-cased words
_BEFORE_BUDGET = tuple(_PUBLIC_BUDGET_WORDS["before"])
"""The words right before "biudžetą/-e/-as" in every match of _PUBLIC_BUDGET's budget named by
its city or year: the quick test before the pattern."""
_BUDGET_REACH = 40
"""How far around a "biudžet" the public budget's words are looked for."""
_A_PROJECT = compiled(
    r"""
    (?<!\w)(?:(?P<draft>"""
    + lexicon.alternation(_PUBLIC_BUDGET_WORDS["drafts"])
    + r""")\s+)?      # a draft ("biudžeto projektas"), which names no project, or …
    projekt(?:as|o|ą|ui|e|u)(?!\w)   # … one project named: "projektas", "projekto"
    """,
    re.VERBOSE,
)  # lower-cased words
_ONE_PROJECT = compiled(
    r"""
    \b(?:projekt(?:o|ui|ą|as)|kurio|project's)\b   # "projekto vertė", "…, kurio vertė"
    | \b(?:the|this|our)\s+project\b              # "the project's budget"
    """,
    re.VERBOSE,
)  # lower-cased words: one project named after the many, so the sum is its own
_PROJECT_WORD = compiled(
    r"""
    projekt | project           # the project named in the clause
    """,
    re.VERBOSE,
)
_OWN_PROJECT = compiled(
    r"""
    projekt(?:o|ui|ą|e)(?!\w)     # "projekto vertė", "projektui skirta", "projekte": one project's
    | project(?!s)(?!\w)          # "the project's budget", "project budget"
    """,
    re.VERBOSE,
)  # lower-cased words: a row's quote that names one project, not projects counted
_RATE = compiled(
    r"""
    \s*=                        # "1 EUR = 3,4528 LTL": an equals sign after the sum
    """,
    re.VERBOSE,
)
_RANGE_BEFORE = compiled(
    r"""
    (?:
      (?<![\w.,/–—-])\d{1,3}(?:[.,]\d{1,3})?[–—-]   # "18,5–22 tūkst. eurų", "3-4 mln. eurų": a range's
                                                  # first figure and an unspaced dash (not a date's
                                                  # or a code's part: "2020-01-01 – …")
    | (?<!\w)nuo\s+\d[\d\x20\u00a0.,]*\s+iki\s+   # "nuo 700 iki 900 tūkst. eurų": the first figure
    )\Z                                           # right before the sum
    """,
    re.VERBOSE,
)  # lower-cased words, the few characters before a sum
_RANGE_REACH = 30
_LINK_REACH = 8  # " iki " between the two sums of a range, with a little space
_DASHES = "-–—"
_RANGE_LINK = compiled(
    r"""
    \s+iki\s+                    # "nuo 20 tūkst. Eur iki 1,2 mln. Eur": the words between two sums
    """,
    re.VERBOSE,
)  # lower-cased words
_FROM_BEFORE = compiled(
    r"""
    (?<!\w)nuo\s+\Z              # "nuo" right before the first sum of the two
    """,
    re.VERBOSE,
)  # lower-cased words
_FOR_EACH = compiled(
    r"""
    (?<!\w)po\s+\Z               # "po 40 000 Eur", "daugiau kaip po 300 tūkst. eurų": each one's
                                 # amount, right before the sum
    """,
    re.VERBOSE,
)  # lower-cased words
_EACH = compiled(
    r"""
    (?<!\w)kiekvien(?:am|ai|ą|as|a|o|os|iems|oms|ais|ose|ame|oje)(?!\w)   # "kiekvienam mokiniui
                                 # skiriama 60 eurų": each recipient's amount, in the sum's clause
    """,
    re.VERBOSE,
)  # lower-cased words
_ONE_UNIT = compiled(
    r"""
    (?<!\w)(?:[Vv]ien(?:am|ai)|vien(?:o|os))(?!\w)   # "vienai mokyklai-partnerei … ne daugiau
                                 # kaip …", "vienos darbo vietos kaina": one unit's amount ("Vienos",
                                 # Vienna's genitive, keeps its capital)
    (?!\s+iš\s)                  # not "vienam iš partnerių": one of them, named
    """,
    re.VERBOSE,
)  # on the text
_TOTAL_HEAD = compiled(
    r"""
    (?:projekto\s+)?(?:bendr\w*\s+)?   # "(projekto) (bendra) …"
    (?:dalies\s+)?                     # "(projekto) dalies vertė": the value of one party's part
    (?:vertė|biudžet\w*|dalis|lėšos|suma|budget)   # the total's own noun
    """,
    re.VERBOSE,
)  # lower-cased words
_PARTNER_BEFORE = compiled(
    r"""
    (?:partner\w*|partner's)\s*$   # "Partnerio biudžetas": the word right before the total's noun
    """,
    re.VERBOSE,
)  # lower-cased words
_OTHER_FORMS: tuple[tuple[str, tuple[str, ...], bool, re.Pattern[str]], ...] = (
    # (the form, the literals one of which each match holds, whether they are looked for in
    # the lower-cased clause, the pattern): a form whose literals the clause lacks is not
    # searched, and of the others the leftmost match wins (the first form on a tie), as one
    # alternation of them all would find.
    (
        "dative",
        ("tenka", "skirt", "skiriama", "numatyta"),
        False,
        compiled(
            lexicon.fill(
                r"""
                (?P<dative>(?:
                    [A-ZĄČĘĖĮŠŲŪŽ][\w\-]*[osų]\s+   # "Marijampolės …": a name, in the genitive
                    (?:(?:[\w\-]+[osų]|ir)\s+){0,3}?   # "(miesto) …", "(kultūros ir meno) …"
                    )?                              # (not the words that open the sentence:
                                                    # "Iš jų", "Projektui įgyvendinti")
                    (?i:{RECIPIENTS})   # … savivaldybei": who gets it, in the dative
                )\s+(?P<verb>tenkan\w*|tenka|skirta|skirti|skiriama|numatyta)   # "… savivaldybei tenkanti dalis"
                """,
                RECIPIENTS=lexicon.alternation(_RECIPIENTS),
            ),
            re.VERBOSE,
        ),
    ),
    (
        "dative_after",
        ("tenka",),
        False,
        compiled(
            lexicon.fill(
                r"""
                (?<!\w)(?:tenkan\w*|tenka)\s+        # "(dalis) tenkanti …", "(iš jos) tenka …"
                (?P<dative_after>
                    [A-ZĄČĘĖĮŠŲŪŽ][\w\-]*[osų]\s+   # "Zarasų …": a name, in the genitive
                    (?:(?:[\w\-]+[osų]|ir)\s+){0,3}?   # "(rajono) …", "(kultūros ir meno) …"
                    (?i:{RECIPIENTS})   # … savivaldybei": who gets it (a bare noun names no one)
                )(?!\w)                             # the recipient's noun whole
                """,
                RECIPIENTS=lexicon.alternation(_RECIPIENTS),
            ),
            re.VERBOSE,
        ),
    ),
    (
        "locative",
        ("projekto",),
        False,
        compiled(
            r"""
            (?P<locative>[A-ZĄČĘĖĮŠŲŪŽ][\w]+(?:je|oje|yje|uose|ose))   # "Vilniuje …"
            \s+projekto\s+(?=biudžetas|vertė|dalis)   # "… projekto biudžetas"
            """,
            re.VERBOSE,
        ),
    ),
    (
        "acronym",
        ("biudžetas", "dalis"),
        False,
        compiled(
            r"""
            (?P<acronym>\b[A-ZĄČĘĖĮŠŲŪŽ]{2,}(?:\s+[A-ZĄČĘĖĮŠŲŪŽ]{2,}){0,3})   # "VILNIUS TECH …"
            \s+(?=biudžetas|dalis)     # "… biudžetas"
            """,
            re.VERBOSE,
        ),
    ),
    (
        "english",
        ("budget",),
        True,
        compiled(
            r"""
            (?i:budget)\s+of\s+       # "The budget of …
            (?P<english>[A-Z][\w\-]+(?:\s+[\w\-]+){0,6}?)   # … X …
            \s*(?::|\s(?:is|amounts|totals)\b|$)   # … is"
            """,
            re.VERBOSE,
        ),
    ),
    (
        "has",
        ("budget",),
        False,
        compiled(
            r"""
            (?P<has>[A-Z][\w\-]+(?:\s+[\w\-]+){0,5}?)   # "X …
            \s+(?:has|manages|holds|receives)\s+a\s+(?:partner\s+)?budget\s+of   # … has a budget of"
            """,
            re.VERBOSE,
        ),
    ),
    (
        "possessive",
        ("'s", "’s"),
        False,
        compiled(
            r"""
            (?P<possessive>[A-Z][\w\-]+(?:\s+[\w\-]+){0,5}?)   # "X …
            ['’]s\s+(?:share|budget)   # … 's budget"
            """,
            re.VERBOSE,
        ),
    ),
    (
        "named",
        ("budget",),
        True,
        compiled(
            r"""
            (?P<named>(?:[A-ZĄČĘĖĮŠŲŪŽ][\w\-]+\s+){1,5}?)   # "Šiauliai Youth Drama Studio …
            (?i:budget)\s*:\s*$       # … budget:"
            """,
            re.VERBOSE,
        ),
    ),
)  # on the text: names begin with capitals


def _other_forms(context: str) -> tuple[str, str] | None:
    """The form and the name of the leftmost owner named in another form than the genitive
    (a dative, a locative, an acronym, English), or None."""
    lower = None
    best: re.Match[str] | None = None
    best_form = ""
    for form, literals, lowered, pattern in _OTHER_FORMS:
        if lowered:
            if lower is None:
                lower = context.lower()
            searched = lower
        else:
            searched = context
        for word in literals:
            if word in searched:
                break
        else:
            continue  # none of the form's literals
        match = pattern.search(context)
        if match is not None and (best is None or match.start() < best.start()):
            best, best_form = match, form
    if best is None:
        return None
    return best_form, best.group(best_form)


_NOT_A_NAME = compiled(
    r"""
    (?i:total|project|the|our|partner|lead|overall|whole|eu|erdf)\b   # "Total budget:", "Project budget:"
    """,
    re.VERBOSE,
)
_PLACE_TOTAL = compiled(
    r"""
    (?P<place>[A-ZĄČĘĖĮŠŲŪŽ][a-ząčęėįšųūž]+(?:ų|os|ės|io|o|s))   # a place in the genitive: "Lazdijų" ...
    \s+projekto\s+(?:dalies\s+)?(?:vertė|biudžetas|dalis)\b   # ... before "projekto (dalies) vertė": its own part
    """,
    re.VERBOSE,
)  # on the text
_NOT_A_PLACE = frozenset({"bendro", "viso", "šio", "mūsų", "jų", "jos", "kito", "naujo", "pirmojo"})
"""Capitalised genitives that stand before "projekto vertė" but are no place."""
_MUNICIPAL_SHARE = compiled(
    r"""
    (?:savivaldybės|administracijos)\s+dalis   # "Vilkaviškio rajono savivaldybės dalis" ...
    [\s:–—-]*$                  # ... right before the sum
    """,
    re.VERBOSE,
)  # lower-cased words
_SHARE_FOR = compiled(
    r"""
    \biš\s+j(?:o|os|ų)\s+      # "iš jo" (of it) ...
    (?:[\w„“"-]+\s+){0,3}?      # ... a few words ...
    [\w-]+(?:ai|ui|iai|ei|ams|ims)   # ... ending with the one it goes to, in the dative ...
    \s*[–—:-]?\s*$             # ... right before the sum: "iš jo mūsų gimnazijai – 58 430 Eur"
    """,
    re.VERBOSE,
)  # lower-cased words: one partner's part of the sum before it
_ELLIPTIC_TOTAL = compiled(
    r"""
    \s*                         # after the comma ...
    (?P<org>[A-ZĄČĘĖĮŠŲŪŽ][^\s,;:]*(?:\s+[^\s,;:]+){0,5})   # ... only a name in the genitive ...
    \s*[–—:-]\s*$               # ... and a dash: ", Gižycko kultūros centro – 474 530 Eur"
    """,
    re.VERBOSE,
)  # on the text: the noun of the partner total before it is left out
_OWN_LABEL = compiled(
    r"""
    [^\W\d_][^:\n]{0,40}:\s     # "Projekto vertė: …": a line that opens with its own label
    """,
    re.VERBOSE,
)
_PARTNER_WORD = compiled(
    r"""
    partneri | partner\b | partners | koordinator | vadovaujan   # the text speaks of partners
    """,
    re.VERBOSE,
)  # lower-cased words
_CONJUNCTION_END = compiled(
    r"""
    \s(?:ir|bei|and|o)\s*$      # "… ERPF ir": the words before the conjunction named the last sum
    """,
    re.VERBOSE,
)  # lower-cased words
_CLAUSE_BREAK = compiled(
    r"""
    ([,;:]\s)                   # a comma, semicolon or colon ends the words of the last sum ...
    (?!\s*(?:t\.\s?y\.|tai\s+yra|i\.\s?e\.))   # ... unless "t. y." restates the clause before it
    """,
    re.VERBOSE,
)
_SET_OFF_RECIPIENT = compiled(
    lexicon.fill(
        r"""
        \s*tenkan\w*\s+            # ", tenkanti …": a share's verb after its noun, set off
        (?:[\w\-]+\s+){1,4}?        # "Zarasų (rajono) …": the recipient's name
        (?:{RECIPIENTS})\s*          # "… savivaldybei": the recipient, in the dative
        """,
        RECIPIENTS=lexicon.alternation(_RECIPIENTS),
    ),
    re.VERBOSE,
)  # lower-cased words, between two commas (fullmatch)
_LETTERS = compiled(
    r"""
    [^\W\d_]{2,}                # a word of two letters or more
    """,
    re.VERBOSE,
)
_AFTER_DASH = compiled(
    r"""
    [\s,\u00a0]*[–—-]\s         # "… 48 000 Eur – Europos Sąjungos lėšos": a dash right after the sum
    """,
    re.VERBOSE,
)
_NEW_CLAUSE = compiled(
    r"""
    \s*\)?\s*[,;.]               # the words after the sum (and the bracket it closes) begin a new clause
    """,
    re.VERBOSE,
)
_LABEL_OF_NEXT = compiled(
    r"""
    (?:[–—:-]|\bsudaro|\bsiekia|\byra)\s*$   # "…, bendra projekto vertė – ": a label of the next sum
    """,
    re.VERBOSE,
)  # lower-cased words
_AFTER_CUT = compiled(
    r"""
    [,;]\s                      # the words after a sum run to the next comma or semicolon
    """,
    re.VERBOSE,
)
_SHARE_CONTEXT = compiled(
    r"""
    finansuoj | lėš | finansavim | sudaro | co-?financ | dalis | share | funding | parama   # a share of money
    """,
    re.VERBOSE,
)  # lower-cased words
_LITAS = compiled(
    r"""
    \bLt\b | litų               # litas in the text (case matters: LT is the country)
    """,
    re.VERBOSE,
)
_EURO = compiled(
    r"""
    (?i:\beur) | €              # euro in the text
    """,
    re.VERBOSE,
)
_BRACKETED = compiled(
    r"""
    \s*\([^()]*\)               # a remark in brackets after a name: "(pagrindinis partneris)"
    """,
    re.VERBOSE,
)
_NOT_FIGURE = compiled(
    r"""
    [^\d.,\s\u00a0]             # anything that is not part of a bare figure
    """,
    re.VERBOSE,
)
_REMARK_OF_LAST = compiled(
    r"""
    \s*\([^()]*\)              # "… 29 790,00 Eur (EŽŪFKP ir … lėšos)": a remark on the sum before …
    (?=\s*[,;])                 # … and the comma that ends its clause
    """,
    re.VERBOSE,
)
_BREAKDOWN = compiled(lexicon.fragment("budgets", "breakdown"), re.VERBOSE)  # lower-cased
_PART_LABEL_END = compiled(
    r"""
    (?:[–—:-]|\bsudaro|\bsudarys|\bsiekia)\s*$   # "ES lėšos – ", "… lėšos sudaro ": a part's label ends
    """,
    re.VERBOSE,
)  # lower-cased words
_PART_DASH = compiled(
    r"""
    [\x20\u00a0]*[–—-][\x20\u00a0]   # "459 000 – ERPF lėšos": a dash, then the part's words
    """,
    re.VERBOSE,
)
_PART_WORDS_END = compiled(
    r"""
    [,;]\s | \s(?:ir|o)\s        # the part's words after its figure end at a comma or the next part
    """,
    re.VERBOSE,
)  # lower-cased words
_SOURCES = frozenset({"eu", "national", "own", "eu_national"})
"""The items a part of a sum may be: where its money comes from (a total, a grant or an
unnamed part is too loose a reading). A part read without its currency takes one of them, and
a breakdown's parts that make a sum the total are these (``_totals_by_their_parts``)."""
_LEADING_PUNCTUATION = " ,;:–—-\u2012\u2013\u2014\u00a0\t\n\r.)•·*|"
_AFTER_STRIP = " ,;–—-\u00a0)"


def _in_range(lower: str, inside: list[numbers.Money], index: int) -> bool:
    """Whether the sum ``inside[index]`` is a bound of a range of money ("18,5–22 tūkst. eurų",
    "3-4 mln. eurų", "nuo 700 iki 900 tūkst. eurų", "nuo 20 tūkst. Eur iki 1,2 mln. Eur"): a range
    states no one sum (a unit's typical cost, a call's bounds, the spread of many grants), so
    neither bound is a budget row."""
    money = inside[index]
    start = money.start
    # the cheap tests first: a digit and a dash, or "iki", right before the sum
    dashed = start >= 2 and lower[start - 1] in _DASHES and lower[start - 2].isdigit()
    if (dashed or lower[max(0, start - 5) : start].rstrip().endswith("iki")) and (
        _RANGE_BEFORE.search(lower[max(0, start - _RANGE_REACH) : start])
    ):
        return True
    if index + 1 < len(inside):  # the first of "nuo X Eur iki Y Eur"
        after = inside[index + 1]
        if (
            after.start - money.end <= _LINK_REACH
            and _RANGE_LINK.fullmatch(lower, money.end, after.start)
            and _FROM_BEFORE.search(lower, max(0, start - _RANGE_REACH), start)
        ):
            return True
    if index > 0:  # the second of "nuo X Eur iki Y Eur"
        first = inside[index - 1]
        if (
            start - first.end <= _LINK_REACH
            and _RANGE_LINK.fullmatch(lower, first.end, start)
            and _FROM_BEFORE.search(lower, max(0, first.start - _RANGE_REACH), first.start)
        ):
            return True
    return False


def _for_each(text: str, lower: str, local: int, start: int) -> bool:
    """Whether the sum starting at ``start`` is each one's amount: "po" right before it ("po
    40 000 Eur" a year, "daugiau kaip po 300 tūkst. eurų" for each of two buildings, bins "po
    600 litų"), or "kiekvienam …" or one unit ("vienai mokyklai", "vienos darbo vietos") in its
    clause (from ``local``). Money for each of many is no budget of the project, nor of a party
    the schema could name."""
    if _FOR_EACH.search(lower, max(0, start - 4), start):
        return True
    if lower.find("kiekvien", local, start) >= 0 and _EACH.search(lower, local, start):
        return True
    return (
        lower.find("vien", local, start) >= 0 and _ONE_UNIT.search(text, local, start) is not None
    )


def _rate_before(text: str, pos: int) -> bool:
    """True when an equals sign (and only white space) stands right before ``pos``."""
    i = pos
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i > 0 and text[i - 1] == "="


T = TypeVar("T", numbers.Money, numbers.Percent)


def _starting_within(found: list[T], starts: list[int], start: int, end: int) -> list[T]:
    """The sums (or percentages) that start inside ``[start, end)``, by a binary search.

    A sum may run on past the sentence it starts in ("3,48 ml. Eur", a figure broken across
    a line): it belongs to the sentence it starts in.
    """
    return found[bisect_left(starts, start) : bisect_left(starts, end)]


def _any_within(hits: list[int], start: int, end: int) -> bool:
    """True when one of ``hits`` (in order) lies inside ``[start, end)``."""
    i = bisect_left(hits, start)
    return i < len(hits) and hits[i] < end


def _words(lower: str, start: int, end: int) -> set[str]:
    """The budget word groups that stand in ``lower[start:end]`` (a label, a table's header:
    in a Document's text, ``_classify`` tries a group only where its keywords stand)."""
    found = set()
    for name, pattern in _ITEM_WORDS.items():
        if pattern.search(lower, start, end):
            found.add(name)
    return found


def _item_of(words: set[str]) -> str | None:
    """The budget item some words name, or None when they name none.

    Money added to the budget or spent beside it is no part of it; the EU and the state named
    together are one sum; a grant whose source is not named is "grant" (the words after the
    sum may name its source, else it is "other"); then the total.
    """
    if "top_up" in words:
        return "other"
    if {"eu", "national"} <= words:
        return "eu_national"
    for item in ("eu", "national", "own"):
        if item in words:
            return item
    if "grant" in words:
        return "grant"  # "other" in the end, unless the words after the sum name its source
    if "total" in words:
        return "total"
    return None


_Groups = list[tuple[str, re.Pattern[str], list[int]]]
"""The word groups (item or qualifier) with keywords in one text: name, pattern, where the
keywords start."""


def _groups_in(
    doc: Document, entries: tuple[tuple[str, str, re.Pattern[str]], ...] = _ITEM_ENTRIES
) -> _Groups:
    """The word groups (``entries``: the item groups by default) a text holds a keyword of,
    in their order, looked up once a text: a group without one never matches in it."""
    found = []
    for name, group, pattern in entries:
        hits = doc.hits(group)
        if hits:
            found.append((name, pattern, hits))
    return found


def _classify(groups: _Groups, lower: str, start: int, end: int) -> str | None:
    """The item the words of ``lower[start:end]`` name (as ``_words`` with the Document:
    a group's pattern is tried only where one of its keywords starts in the range), or the
    fund they name by its genitive alone (:func:`_elliptic_item`)."""
    found = set()
    for name, pattern, hits in groups:
        i = bisect_left(hits, start)
        if i < len(hits) and hits[i] < end and pattern.search(lower, start, end):
            found.add(name)
    return _item_of(found) if found else _elliptic_item(lower, start, end)


_ELLIPTIC: dict[str, str] = lexicon.table("budgets", "elliptic")["items"]
_ELLIPTIC_EDGES = " \t\n\u00a0,;:–—‒-"
_ELLIPTIC_LEADS = ("ir ", "o ", "iš jų ", "iš kurių ")


def _elliptic_item(lower: str, start: int, end: int) -> str | None:
    """The item of a fund named by its genitive alone: ``valstybės – 20 000 Eur,
    savivaldybės – 30 000 Eur`` after ``ES lėšos – …`` (the noun "lėšos" or "biudžeto" left
    out). Only where those words are all the sum's words, a list's comma, dash or "ir"
    aside: "Rokiškio rajono savivaldybės – …" names a partner's part, not a fund.

    >>> _elliptic_item(", savivaldybės – ", 0, 17), _elliptic_item("ir valstybės: ", 0, 14)
    ('own', 'national')
    >>> _elliptic_item("rokiškio rajono savivaldybės – ", 0, 31) is None
    True
    """
    words = lower[start:end].strip(_ELLIPTIC_EDGES)
    for lead in _ELLIPTIC_LEADS:
        if words.startswith(lead):
            words = words[len(lead) :].lstrip()
            break
    return _ELLIPTIC.get(words)


def _classify_words(text: str) -> str | None:
    """The item some words name (a label, a table's header)."""
    return _item_of(_words(text.lower(), 0, len(text)))


def _nominative(org: str, nouns: dict[str, str] = _GENITIVE_NOUNS) -> str:
    """Name an organisation in the nominative: its last noun is turned back from the genitive
    (or, with the recipients' nouns, from the dative)."""
    words = org.split()
    last = words[-1]
    nominative = nouns.get(last.lower())
    if nominative is not None:
        words[-1] = nominative if last.islower() else nominative.capitalize()
    return " ".join(words)


def _org_genitives(context: str) -> list[re.Match[str]]:
    """``_ORG_GENITIVE``'s matches in ``context``: none where no organisation noun stands
    (every match ends with one, as written), so most clauses are not scanned."""
    if not any(noun in context for noun in _GENITIVE_NOUNS):
        return []
    return list(_ORG_GENITIVE.finditer(context))


def _party(context: str) -> str | None:
    matches = _org_genitives(context)
    if not matches:
        return None
    return _nominative(matches[-1].group("org").strip())


def _place_owner(context: str) -> str | None:
    """ "Lazdijų projekto vertė": a town's own part of a project of several partners."""
    for match in _PLACE_TOTAL.finditer(context):
        word = match.group("place")
        if word.lower() in _NOT_A_PLACE:
            continue
        from cwlib.parse.places import lookup_city

        place = lookup_city(word)
        if place is not None and place.city:
            return place.city
    return None


def _owner_of_total(context: str, nouns: bool = True) -> str | None:
    """Who a total belongs to: "" for an unnamed partner, a name, or None for the project.

    A total is a partner's when an organisation in the genitive, a town, or the word
    "partnerio" stands right before the total's own words ("… savivaldybės administracijos
    projekto vertė", "agentūros biudžetas", "Lazdijų projekto vertė", "Partnerio biudžetas").
    ``nouns``: False when the caller knows no organisation noun in the genitive stands in
    ``context`` (the Document's keyword hits), so that it is not looked for.
    """
    other = _other_forms(context)
    if other:
        form, name = other[0], other[1].strip()
        if form in ("dative", "dative_after"):
            return _nominative(name, _RECIPIENTS)
        if not (form == "named" and _NOT_A_NAME.match(name)):
            return name
    place = _place_owner(context)
    if place is not None:
        return place
    lower = context.lower()
    heads = list(_TOTAL_HEAD.finditer(lower))
    if not heads:
        return "" if _PARTNER_SCOPE.search(lower) else None
    head = heads[-1]
    before = context[: head.start()]
    for match in _org_genitives(before) if nouns else ():
        if len(before) - match.end() <= 3:
            return _nominative(match.group("org").strip())
    if _PARTNER_BEFORE.search(before.lower()):
        return ""
    if _PARTNER_SCOPE.search(lower) and not _PROJECT_TOTAL.search(lower):
        return ""
    return None


def _for_many_projects(lower: str, start: int, end: int) -> bool:
    """Whether the words before a sum make it money for many projects: the projects or
    applications a call or a programme counts ("finansavo 60 projektų, kurių bendra vertė –
    …"), the value of submitted projects, a call's budget. Such a sum is no budget of the
    project the page is about, unless one project is named after the many ("iš jų mūsų
    projekto vertė – …")."""
    if _AGGREGATE_GATE_WORDS.search(lower, start, end) is None:
        return False
    words = lower[start:end]
    mentions = list(_AGGREGATE_SUM.finditer(words))
    # after the last mention of many projects, one project named makes the sum its own
    return bool(mentions) and not _ONE_PROJECT.search(words, mentions[-1].end())


def _programme_relative(lower: str, start: int, local: int, end: int) -> bool:
    """Whether the sum's clause (from ``local``) is a relative clause about a programme named
    right before its comma ("Įgyvendinant programą, kuriai 2021–2027 m. laikotarpiu skirtas
    12 mlrd. EUR biudžetas", "… programa „Kūrybinė Europa“, kuriai Komisija skyrė … 2
    mlrd. eurų biudžetą"): the programme's money, which the clause test misses because the
    programme's word stands before the comma. Not when the clause names a project ("…
    programa, kurios lėšomis mūsų projektui skirta …")."""
    if _RELATIVE.match(lower, local) is None:
        return False  # "kuriame", "kurių" …: no programme's clause
    if _PROJECT_WORD.search(lower, local, end):
        return False
    return _PROGRAMME_BEFORE_RELATIVE.search(lower[max(start, local - 60) : local]) is not None


def _many_after(lower: str, local: int, start: int, end: int) -> bool:
    """Whether the words right after a sum, up to the end of its clause (``end`` at most),
    make it money for many projects: "EUR 95 million is available for projects", "… 66,3 mln.
    EUR available for projects, …", "72m EUR … to the first call". Not when the words before
    the sum (from ``local``) or after it, before the many, name the one project ("The project
    budget is EUR 1.2 million …")."""
    cut = _AFTER_CUT.search(lower, start, end)
    if cut is not None:
        end = cut.start()
    if _AGGREGATE_GATE_WORDS.search(lower, start, end) is None:
        return False
    words = lower[start:end]
    mention = _AGGREGATE_SUM.search(words)
    if mention is None or _ONE_PROJECT.search(words, 0, mention.start()):
        return False
    return not (
        _ONE_PROJECT.search(lower, local, start) or _PROJECT_TOTAL.search(lower, local, start)
    )


def _names_no_party(lower: str, start: int, end: int) -> bool:
    """Whether ``lower[start:end]`` names no one project and no partner: money shared out or
    among counted recipients is then a funder's, not a party's own."""
    return _ONE_PROJECT.search(lower, start, end) is None and (
        _PARTNER_NAMED.search(lower, start, end) is None
    )


def _shared_out(doc: Document, local: int, start: int, end: int) -> bool:
    """Whether a verb of money shared out stands in the sum's own clause (from ``local``) before
    it ("Ministerija paskirstė dar 2,4 mln. eurų …", "…, jau paskirstyta daugiau kaip … Eur")
    and the words before the sum in its sentence (from ``start``) name no one project or
    partner ("Projektui paskirstyta …" keeps its sum): a funder's money shared among many."""
    if not doc.has_in(SHARED_OUT_GROUP, local, end):
        return False
    lower = doc.lower
    return _SHARED_OUT.search(lower, local, end) is not None and _names_no_party(lower, start, end)


def _recipients_counted(doc: Document, sentence: Span) -> bool:
    """Whether the sentence counts the recipients money is shared among ("… skirtas 362
    bendruomenėms", "12-kai savivaldybių – … – buvo skirta …") and names no one project or
    partner: its sums are no project's budget."""
    return _many_recipients(doc, sentence, COUNTED_GROUP, _COUNTED_RECIPIENTS)


def _recipients_given(doc: Document, sentence: Span) -> bool:
    """Whether the sentence gives its money to recipients in the dative plural, with no count
    ("Vyriausybė skyrė rajonams 1 mln. eurų", "… (apie 7 mln. eurų) skiriama miestams, o …
    – kitoms savivaldybėms") and names no one project or partner: its sums are a funder's
    money for many, no project's budget."""
    return _many_recipients(doc, sentence, GIVEN_GROUP, _GIVEN_RECIPIENTS)


def _many_recipients(doc: Document, sentence: Span, group: str, pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` (recipients of ``group``'s keywords) stands in the sentence and the
    sentence names no one project or partner: the test both kinds of recipients share."""
    if not doc.has_in(group, sentence.start, sentence.end):
        return False
    lower = doc.lower
    found = pattern.search(lower, sentence.start, sentence.end) is not None
    return found and _names_no_party(lower, sentence.start, sentence.end)


def _receivers_next(doc: Document, number: int) -> bool:
    """Whether the sentence after sentence ``number`` opens by naming the many who get the
    money ("Lėšas gaus 13 savivaldybių.", "Paramą gaus A, B ir C savivaldybės, kurios …") and
    sentence ``number`` names no one project or partner: its sums are shared among them."""
    if number + 1 >= len(doc.sentences):
        return False
    lower = doc.lower
    after = doc.sentences[number + 1]
    # the cheap test first: the verb near the next sentence's start
    if lower.find(" gaus ", after.start, min(after.end, after.start + 40)) < 0:
        return False
    sentence = doc.sentences[number]
    return _RECEIVERS_NEXT.match(lower, after.start, after.end) is not None and _names_no_party(
        lower, sentence.start, sentence.end
    )


def _to_a_country(doc: Document, start: int, end: int, sentence: Span) -> bool:
    """Whether the words before a sum (from ``start``) give it to a country ("Iš viso …
    Lietuvai numatyta skirti 2,2 mlrd. Eur", "The total allocations to Lithuania … amount
    …") and its sentence names no project or partner: a country's allocation."""
    if not doc.has_in(COUNTRY_GROUP, start, end):
        return False
    lower = doc.lower
    return (
        _COUNTRY_RECEIVES.search(lower, start, end) is not None
        and _COUNTRY_GIVES.search(lower, start, end) is not None
        and _OTHER_PARTY.search(lower, sentence.start, sentence.end) is None
    )


def _lists_titled_projects(doc: Document) -> bool:
    """Whether the page lists several projects, each under its quoted name on a line that
    states a sum ("Bendruomenė gavo 4 344 eurų finansavimą projektui „A“. … 6 623 eurus …
    projektą „B“ …"): a regional paper's or a funder's news of the projects it funded. Its sums
    are those projects' own, none of them this page's project's, so the page gives no budget
    row (the schema's scopes are a project's and a partner's only). Three names at least
    (counted by their first two words, so that one project's name written twice, or in two
    lengths, is one), or two each on its own line (a local action group's two approved
    projects as two bullets): a project page that names one earlier project beside its own,
    on the line of its sum, keeps its sums."""
    lower = doc.lower
    if len(doc.amounts) < _TITLES_APART or lower.count("projekt") < _TITLES_APART:
        return False  # the cheap tests first
    # the pattern opens with its literal, which the search skips to
    named = [
        m
        for m in _TITLED_PROJECT.finditer(lower)
        if m.start() == 0 or not lower[m.start() - 1].isalnum()
    ]
    if len(named) < _TITLES_APART:
        return False
    starts = doc.line_starts
    with_sums = {bisect_right(starts, m.start) - 1 for m in doc.amounts}
    lines: dict[str, int] = {}  # each name, by the first line with a sum that names it
    for m in named:
        line = bisect_right(starts, m.start()) - 1
        if line in with_sums:
            lines.setdefault(" ".join(_NAME_WORDS.findall(m.group("name"))[:2]), line)
    if len(lines) >= _TITLES_MIN:
        return True
    # two projects, each named on its own line with a sum (two bullets, two paragraphs): a page
    # of two funded projects; two names on one line may be a project and the earlier one it
    # continues ("Projektas „A“ tęsia projekto „B“ veiklas. Projekto „A“ vertė – …")
    return len(lines) >= _TITLES_APART and len(set(lines.values())) == len(lines)


def _shared_to_recipients(doc: Document) -> frozenset[int] | None:
    """Where the sums start that a funder gives to named recipients one by one, each in the
    dative singular right before its own sum ("Kalnų Šv. Onos parapijai skirta 8 000 Eur",
    "Miškų pagrindinei mokyklai – per 90 tūkst. eurų", "… statinių kompleksui – 0,9 mln.
    eurų"): a municipality's or a ministry's money shared out among parishes, schools or
    heritage objects. Three recipients at least, told apart by the words that name them, on
    a page that names no partner: an Interreg page's partner shares read the same way ("X
    savivaldybei – …") and stay its partners' rows. None when the page is no such share-out;
    an empty set never."""
    hits = doc.hits(DATIVE_GROUP)
    if len(hits) < _RECIPIENTS_MIN or len(doc.amounts) < _RECIPIENTS_MIN:
        return None  # the cheap tests first
    lower = doc.lower
    starts = {m.start for m in doc.amounts}
    found: set[int] = set()
    names: set[str] = set()
    for hit in hits:
        if hit > 0 and lower[hit - 1].isalnum():
            continue  # "katedrai" inside "arkikatedrai": that word's own hit reads it
        match = _DATIVE_RECIPIENT.match(lower, hit)
        if match is None or match.end() not in starts:
            continue
        line_start = lower.rfind("\n", 0, hit) + 1
        name = _NAME_BEFORE.search(lower, max(line_start, hit - 80), hit)
        if name is None:
            continue  # "Mokyklai skirta …": no recipient named
        found.add(match.end())
        noun = _NAME_WORDS.match(lower, hit)  # "parapijai", "kompleksui"
        names.add(" ".join([*name.group().split(), noun.group() if noun else ""]))
    if len(names) < _RECIPIENTS_MIN:
        return None
    if _PARTNER_NAMED.search(lower) is not None:
        return None  # partners named: their shares of one project
    return frozenset(found)


def _several_cards(doc: Document) -> bool:
    """Whether the page holds two project cards or more, each opening with its own name label
    ("Projekto pavadinimas: A" … "Paramos dydis: …", then "Projekto pavadinimas: B" …) and
    each stating a sum: a local action group's or a fund's page of the projects it funded. The
    sums are those projects' own, and the schema's scopes hold one project a page, so the page
    gives no budget row. One card whose name label is written twice (the same name) keeps
    its sums."""
    lower = doc.lower
    if lower.count("projekto pavadinimas") < 2:
        return False  # the cheap test first
    labels = list(_CARD_NAME.finditer(lower))
    if len({m.group("name").strip(' „“"”.') for m in labels}) < 2:
        return False
    bounds = [m.start() for m in labels] + [len(lower)]
    starts = [m.start for m in doc.amounts]
    with_sums = sum(
        1 for a, b in pairwise(bounds) if bisect_left(starts, a) < bisect_left(starts, b)
    )
    return with_sums >= 2


def _public_budget_page(doc: Document) -> bool:
    """Whether the page's subject is a public body's yearly budget (lexicon
    ``public_budget``: "Taryba patikslino miesto biudžetą …", "… patvirtino 2027 metų
    savivaldybės biudžetą"), with no one project named on it. Its sums are that budget and its
    appropriations by field or object ("Šaligatviams skirta 1,2 mln. eurų", "… švietimui"),
    none of them a project's budget, and the schema has no scope for them: the page gives no
    budget row. A page that names one project ("projekto vertė", "projektą „…“") keeps its
    sums: a project's page may well speak of the budget that pays its own part."""
    lower = doc.lower
    hit = lower.find("biudžet")
    while hit >= 0:
        # the pattern is tried only around each "biudžet" (its words reach 40 characters before
        # it at most: "2027 metų savivaldybės biudžetą"), not along the whole text
        if _BUDGET_ACTION.match(lower, hit) is None and (
            _BUDGET_NOUN.match(lower, hit) is None or not lower.endswith(_BEFORE_BUDGET, 0, hit)
        ):
            hit = lower.find("biudžet", hit + 7)
            continue  # "biudžeto lėšos", "projekto biudžetas": the quick test first
        match = _PUBLIC_BUDGET.search(lower, max(0, hit - _BUDGET_REACH), hit + _BUDGET_REACH)
        hit = lower.find("biudžet", hit + 7)
        if match is None:
            continue
        if match.group("budget") is not None:
            # a budget named by its city or year: its sentence must approve, adjust or debate it
            sentence = doc.sentence_at(match.start())
            if sentence is None or _BUDGET_ACT.search(lower, sentence.start, sentence.end) is None:
                continue
        return all(m.group("draft") for m in _A_PROJECT.finditer(lower))
    return False


def _local_start(lower: str, start: int, end: int) -> int:
    """Where the words of the clause a sum stands in begin: after the last comma, semicolon or
    colon before it (the words before the break named the previous sum: "… fondo lėšos, o
    15 proc. (…) – savivaldybės lėšos"). ``end`` when the clause is only a conjunction
    ("… 196 240,00 € ERPF ir 49 060,00 € savivaldybės lėšos": this sum is named after it).
    Before a share's recipient set off by commas ("dalis, tenkanti X savivaldybei, sudaro …").
    """
    context = lower[start:end]
    # a conjunction ends the words (but for white space): searched from its longest reach
    if _CONJUNCTION_END.search(context, max(0, len(context.rstrip()) - 4)):
        return end
    if "," not in context and ";" not in context and ":" not in context:
        return start  # no break to look for
    breaks = list(_CLAUSE_BREAK.finditer(context))
    if not breaks:
        return start
    last = breaks[-1]
    if (
        len(breaks) >= 2
        and "tenka" in context
        and _SET_OFF_RECIPIENT.fullmatch(context, breaks[-2].end(), last.start())
    ):
        # "Projekto lėšų dalis, tenkanti X savivaldybei, sudarytų …": the words start before
        # the recipient set off by commas, at the share's noun
        return start + (breaks[-3].end() if len(breaks) >= 3 else 0)
    if _LETTERS.search(context, last.end()):
        return start + last.end()
    # "Total project value: 1 245 300 EUR": the label stands before a colon. After a comma,
    # the words before it named the previous sum ("… – ERPF lėšos, 64 816,15 Eur – …").
    if last.group(1).startswith(":"):
        before = breaks[-2].end() if len(breaks) >= 2 else 0
        return start + before
    return start + last.end()


def _clause_start(context: str) -> int:
    """Where the statement of a sum begins inside the words before it (after a remark in
    brackets that the words open with: it belongs to the sum before them)."""
    remark = _REMARK_OF_LAST.match(context)
    if remark is not None:
        return remark.end() + _clause_start(context[remark.end() :])
    stripped = len(context) - len(context.lstrip(_LEADING_PUNCTUATION))
    if len(context) - stripped <= 160:
        return stripped
    cut = max(context.rfind(sep, 0, len(context) - 20) for sep in (",", ";", ":"))
    return cut + 1 if cut >= 0 else len(context) - 160


def _qualifier(lower: str, start: int, money_start: int) -> str:
    """How exactly a sum is stated, from the word right before it."""
    before = lower[max(start, money_start - 40) : money_start]
    for name, pattern in _QUALIFIERS.items():
        # every match holds one of the group's keywords: without one, no search
        if any(word in before for word in _QUALIFIER_KEYWORDS[name]) and pattern.search(before):
            return name
    return "exact"


def _qualifier_in(lower: str, found: _Groups, start: int, money_start: int) -> str:
    """``_qualifier`` on a Document's ``lower``, its keywords looked up in the Document's hits
    (``found``): a group none of whose keywords starts in the words before the sum holds no
    match there."""
    lo = max(start, money_start - 40)
    before = None
    for name, pattern, hits in found:
        i = bisect_left(hits, lo)
        if i < len(hits) and hits[i] < money_start:
            if before is None:
                before = lower[lo:money_start]
            if pattern.search(before):
                return name
    return "exact"


def _label_at(pairs: tuple[LabelValue, ...], starts: list[int], pos: int) -> LabelValue | None:
    """The card label whose value holds the character at ``pos``, if any (``starts``: where
    the values start, for a binary search)."""
    i = bisect_right(starts, pos) - 1
    if i >= 0 and pos < pairs[i].value.end:
        return pairs[i]
    return None


def _following_item(
    doc: Document, groups: _Groups, money: numbers.Money, stop: int, sentence_end: int
) -> tuple[str | None, bool, int]:
    """The item the words right after a sum name, whether a dash introduces them, and where
    they end (the next sum's words begin after them).

    They name it when a dash follows the sum ("300 000 Eur – ES lėšos"), or they follow it in
    the same clause ("702 300 Eur skyrė Europos regioninės plėtros fondas", "340 000 Eur ES
    lėšų"), but not when they begin a new clause or end as the label of the next sum (", bendra
    projekto vertė – 47 959,02 Eur").
    """
    text, lower = doc.text, doc.lower
    end = min(money.end + AFTER_CHARS, sentence_end, stop)
    following = text[money.end : end]
    dashed = _AFTER_DASH.match(following) is not None
    if not dashed and _NEW_CLAUSE.match(following):
        return None, False, money.end
    skip = len(following) - len(following.lstrip(_AFTER_STRIP))
    cut = _AFTER_CUT.search(following, skip)
    words_end = money.end + (cut.start() if cut else len(following))
    if words_end == stop and _LABEL_OF_NEXT.search(lower, money.end + skip, words_end):
        return None, dashed, money.end  # the words run up to the next sum and name it
    return _classify(groups, lower, money.end + skip, words_end), dashed, words_end


def _wrapped_start(doc: Document, sentence: Span) -> int:
    """Where the words of a sentence begin when a hard line break cut it: on the line before.

    Sentences never cross a line break, but a page wrapped by hand breaks them anywhere
    ("… skirtos Europos regioninės plėtros fondo ir … biudžeto⏎lėšos – 6 950 880,43 eurų").
    The line before continues into this one when it is as long as a paragraph's lines, ends
    in a word or a comma, stands right above it, and this line goes on in lower case (or with a
    figure) rather than opening a statement of its own ("Projekto vertė: …").
    """
    line_starts = doc.line_starts
    i = bisect_right(line_starts, sentence.start) - 1
    if i <= 0 or doc.lines[i].start != sentence.start:
        return sentence.start
    before = doc.lines[i - 1]
    gap = doc.text[before.end : sentence.start]
    if gap.count("\n") != 1 or len(before.text) < numbers.WRAPPED_LINE:
        return sentence.start
    last, first = before.text[-1], sentence.text[0]
    if not (last.isalpha() or last == ",") or not (first.islower() or first.isdigit()):
        return sentence.start
    if _OWN_LABEL.match(sentence.text):
        return sentence.start
    own = doc.sentence_at(before.end - 1)
    return own.start if own is not None else before.start


def _parts_without_currency(
    doc: Document, amounts: list[numbers.Money], groups: _Groups
) -> list[numbers.Money]:
    """The parts of a sum written without their currency, in the sum's currency.

    "Projekto vertė – 200 000 Eur, iš jų ES lėšos – 170 000, savivaldybės lėšos – 30 000."
    and "… 540 000 eurų, iš kurių 459 000 – ERPF lėšos": the sentence states a sum, then "iš
    jų" / "iš kurių", then parts whose currency is left to the sum. The sum must be named a
    total (a grant's or a top-up's parts are no parts of the budget). A part is read only when
    its own words name where its money comes from (the EU, the state, the applicant's own
    money: before it, ending in a dash, a colon or "sudaro", or after it, behind a dash, for
    a figure right after "iš jų"), its figure ends its clause and is written as a sum is
    (thousands grouped, cents, or a scale word), it is less than the sum, and every sum of
    the sentence is in one currency. Tried only where the document scan found "iš jų" or
    "iš kurių".
    """
    lower = doc.lower
    text = doc.text
    starts = [a.start for a in amounts]
    runs = doc.digit_runs
    found: list[numbers.Money] = []
    for m in doc.finditer_at_starts(_BREAKDOWN, BREAKDOWN_GROUP):
        sentence = doc.sentence_at(m.start())
        if sentence is None:
            continue
        first = bisect_left(starts, sentence.start)
        before = [a for a in amounts[first : bisect_left(starts, m.start())] if a.end <= m.start()]
        if not before:
            continue
        whole = before[-1]
        words_from = before[-2].end if len(before) > 1 else sentence.start
        if _classify(groups, lower, words_from, whole.start) != "total":
            continue  # a part of a grant or of a top-up is no part of the budget
        same = amounts[first : bisect_left(starts, sentence.end)]
        if any(a.alt is not None or a.currency != whole.currency for a in same):
            continue
        clause = m.end()  # where the words of the next part begin
        for run_start, _run_end in runs[bisect_left(runs, (m.end(), 0)) :]:
            if run_start >= sentence.end:
                break
            if run_start < clause:
                continue  # inside a part read
            read = next((a for a in same if a.start <= run_start < a.end), None)
            if read is not None:
                clause = read.end  # a part with its currency
                continue
            part = numbers.part_in_currency(text, run_start, whole.currency)
            if part is None or part.amount >= whole.amount:
                continue
            dash = _PART_DASH.match(text, part.end)
            cut = max(lower.rfind(", ", clause, run_start), lower.rfind("; ", clause, run_start))
            words_start = cut + 2 if cut >= 0 else clause
            if not lower[words_start:run_start].strip():
                # "iš kurių 459 000 – ERPF lėšos, 40 500 – …": the part's words after it, behind
                # a dash
                if dash is None:
                    continue
                words_cut = _PART_WORDS_END.search(lower, dash.end(), sentence.end)
                words_end = words_cut.start() if words_cut else sentence.end
                item = _classify(groups, lower, dash.end(), words_end)
            else:
                # "…, savivaldybės biudžeto lėšos – 21 555,00.": the part's words before it
                if dash is not None:
                    continue
                if not _PART_LABEL_END.search(lower, words_start, run_start):
                    continue
                item = _classify(groups, lower, words_start, run_start)
            if item in _SOURCES:
                found.append(part)
                clause = part.end
    return found


def call_card(doc: Document) -> bool:
    """Whether the text is a call for proposals' card: two different call labels, each
    opening a line ("Teikiama nuo", "Finansavimo suma", "Pareiškėjo tipas", "Projektų atrankos
    būdas" one a line, or glued to their values). Its sums are the call's (its funding, the
    most one project may get) and its percentages the call's rules (the share financed, the
    applicant's least contribution): no project's budget, and its values no project's title
    (the title reader asks too). Tried only at the labels' keyword hits, so a text with fewer
    than two of them costs one look-up."""
    hits = doc.hits(CALL_GROUP)
    if len(hits) < CALL_LABELS_MIN:
        return False
    text, line_starts = doc.text, doc.line_starts
    labels = set()
    for pos in hits:
        line = doc.lines[bisect_right(line_starts, pos) - 1]
        match = CALL_LABEL.match(text, line.start)
        if match is not None and match.start("label") == pos:
            labels.add(match.group("label").lower())
    return len(labels) >= CALL_LABELS_MIN


def extract_budgets(doc: Document) -> list[Budget]:
    """Budget rows for one text, in the order the text states them (none on a call's card)."""
    if (
        call_card(doc)
        or _lists_titled_projects(doc)
        or _several_cards(doc)
        or _public_budget_page(doc)
    ):
        return []
    shared = _shared_to_recipients(doc)
    if shared is not None and _PROJECT_WORD.search(doc.lower) is None:
        return []  # a funder's share-out that names no project: none of its sums is one's
    text, lower, source = doc.text, doc.lower, doc.source
    rows: list[Budget] = []
    tables = [t for t in doc.tables if _money_columns(t)]
    amounts = (
        [m for m in doc.amounts if not any(t.span.start <= m.start < t.span.end for t in tables)]
        if tables
        else list(doc.amounts)
    )
    groups = _groups_in(doc)
    parts = _parts_without_currency(doc, amounts, groups) if doc.has(BREAKDOWN_GROUP) else []
    if parts:
        amounts = sorted([*amounts, *parts], key=lambda m: m.start)
    percents = list(doc.percentages)
    amount_starts = [m.start for m in amounts]
    percent_starts = [p.start for p in percents]
    scope_state: tuple[str, str | None, int] = ("project", None, -(10**9))
    with_partners: bool | None = None  # whether the text speaks of partners: read when needed
    pairs = doc.label_values
    value_starts = [p.value.start for p in pairs]
    used_percents: set[int] = set()
    qualifier_hits = _groups_in(doc, _QUALIFIER_ENTRIES)
    noun_hits = doc.hits(_NOUN_GROUP)
    last_end = 0
    last_row: Budget | None = None
    first_start = amounts[0].start if amounts else -1
    funder_first = False  # whether the page's first sum is a funder's money for many
    skipped_end = -1  # where the last sum that is no project's budget ended
    # Only the sentences a sum or a percentage starts in can state a budget.
    figures = [(pos, pos + 1) for pos in (*amount_starts, *percent_starts)]
    for number in overlapping(doc.sentences, doc.sentence_starts, figures):
        sentence = doc.sentences[number]
        if sentence.start < last_end and sentence.end <= last_end:
            continue  # inside a sum that ran past its sentence
        inside = _starting_within(
            amounts, amount_starts, max(sentence.start, last_end), sentence.end
        )
        if not inside:
            row = _share_only_row(
                doc,
                groups,
                sentence,
                _starting_within(percents, percent_starts, sentence.start, sentence.end),
            )
            if row:
                rows.append(row)
            continue
        previous_end = max(_wrapped_start(doc, sentence), last_end)
        if (
            number > 0
            and skipped_end < sentence.start
            and _PART_OF_BEFORE.match(lower, sentence.start)
            and _for_many_projects(
                lower, doc.sentences[number - 1].start, doc.sentences[number - 1].end
            )
        ):
            # "… 9 projektų, kurių bendra vertė – 275 tūkst. eurų. Tame tarpe ES … lėšos – …":
            # the parts of many projects' money, stated in the sentence after it
            skipped_end = sentence.start
        # recipients counted, given money in the dative, or named as its receivers next
        counted = (
            _recipients_counted(doc, sentence)
            or _recipients_given(doc, sentence)
            or _receivers_next(doc, number)
        )
        for index, money in enumerate(inside):
            context = text[previous_end : money.start]
            words_end = money.start
            if money.text[:1].isalpha():
                # "Projekto išlaidų suma, Eur | 412 380,40": the label ends in a comma before
                # the currency that opens the sum
                words_end = previous_end + len(context.rstrip(" ,(\u00a0"))
            local = _local_start(lower, previous_end, words_end)
            local_text = text[local : money.start]
            item = _classify(groups, lower, local, money.start)
            if item is None and money.fund is not None:
                item = "eu"  # "103 864,14 ERDF": the fund stands in the currency's place
            label = _label_at(pairs, value_starts, money.start) if item is None else None
            if (
                label is not None
                and _classify(groups, lower, label.value.start, money.start) is None
            ):
                local_text = label.label.text  # "Projekto vertė" over "890 797,16 Eur"
                item = _classify_words(local_text)
            else:
                label = None
            # an organisation noun in the genitive may stand in the words (a label's, or the
            # clause's: then one of the Document's hits starts in it)
            nouns = label is not None or _any_within(noun_hits, local, money.start)
            owner: str | None = None
            owner_read = False
            local_lower = local_text.lower()
            if (
                item in (None, "own", "grant")
                # the cheap tests first: a head noun in the nominative or another form
                and (_NOMINATIVE_TOTAL.search(local_lower) or _other_forms(local_text))
            ):
                owner, owner_read = _owner_of_total(local_text, nouns), True
                if owner:
                    item = "total"  # "Kauno miesto savivaldybės administracijos dalis – …"
            if item == "total" and _MUNICIPAL_SHARE.search(local_lower):
                if with_partners is None:
                    with_partners = _PARTNER_WORD.search(lower) is not None
                if not with_partners:
                    item = "own"  # one applicant: the municipality's share is the own contribution
            elliptic = None
            if item is None and last_row is not None and last_row.scope == "partner":
                elliptic = _ELLIPTIC_TOTAL.fullmatch(local_text)
                if elliptic and last_row.item == "total":
                    item = "total"  # ", Gižycko kultūros centro – …": another partner's budget
            share_for = item is None and _SHARE_FOR.search(local_lower) is not None
            stop = inside[index + 1].start if index + 1 < len(inside) else sentence.end
            if (
                (
                    lower.find("program", local, money.start) >= 0  # in every match: a cheap test
                    and not _PROJECT_WORD.search(lower, local, money.start)
                    and (
                        _PROGRAMME_SUM.search(lower, local, money.start)
                        # "The Programme will allocate 29,1 mln. EUR …", unless "… to the project"
                        or (
                            _PROGRAMME_GIVES.search(lower, local, money.start)
                            and not _ONE_PROJECT.search(
                                lower, money.end, min(money.end + AFTER_CHARS, stop)
                            )
                        )
                    )
                )
                # "… programą, kuriai … skirtas 12 mlrd. EUR biudžetas": a relative clause
                or (
                    lower.startswith("kuri", local)  # a cheap test before the call
                    and _programme_relative(lower, previous_end, local, money.start)
                )
                # "80 paraiškų, jų bendra vertė – 58,6 mln. eurų"
                or _for_many_projects(lower, previous_end, money.start)
                # "Ministerija paskirstė dar 2,4 mln. eurų …": money shared out
                or _shared_out(doc, local, previous_end, money.start)
                # "… skirtas 362 bendruomenėms, paskirstyta …": recipients counted
                or counted
                # "Iš viso … Lietuvai numatyta skirti 2,2 mlrd. Eur": a country's allocation
                or _to_a_country(doc, previous_end, money.start, sentence)
                # "EUR 95 million is available for projects"
                or _many_after(lower, local, money.end, min(money.end + AFTER_CHARS, stop))
                # "Kvietimo finansavimo suma" over "213 999,99 €"
                or (
                    label is not None
                    and _for_many_projects(label.label.text.lower(), 0, len(label.label.text))
                )
                # "Programai skirta 73,8 mln. eurų, iš jų ERPF – 60 mln. eurų": a part of it
                or (
                    skipped_end >= sentence.start
                    and not _ONE_PROJECT.search(lower, skipped_end, money.start)
                )
            ):
                previous_end = skipped_end = money.end
                funder_first = funder_first or money.start == first_start
                continue
            if _RATE.match(text, money.end) or _rate_before(text, money.start):
                previous_end = money.end  # "1 EUR = 3,4528 LTL" is a rate, not a sum
                continue
            if _in_range(lower, inside, index) or _for_each(text, lower, local, money.start):
                previous_end = money.end  # a range's bound, each one's amount: no one sum
                continue
            if shared is not None and money.start in shared:
                previous_end = money.end  # one recipient's share of a funder's money
                continue
            if (
                item is None
                or item == "grant"
                or (
                    label is None
                    and _AFTER_DASH.match(
                        text, money.end, min(money.end + AFTER_CHARS, sentence.end, stop)
                    )
                )
            ):
                after_item, dashed, after_end = _following_item(
                    doc, groups, money, stop, sentence.end
                )
            else:
                # named before the sum, and no dash after it: the words after it name nothing
                # that is read below
                after_item, dashed, after_end = None, False, money.end
            # where this sum's words end: after it, when the words after it name it
            # ("85 000 Eur – ES lėšos, 15 000 Eur – …": the next sum's words start at the comma)
            named_end = money.end
            if item == "grant":
                # "Paramos suma: 35 875,80 Eur (EŽŪFKP ir … valstybės biudžeto lėšos)"
                if after_item in ("eu", "national", "eu_national"):
                    item, named_end = after_item, after_end
            elif share_for and last_row is not None:
                item = last_row.item  # "ES finansavimas – …, iš jo mūsų gimnazijai – …"
            elif item is None or (dashed and after_item is not None and label is None):
                if after_item is not None:
                    named_end = after_end
                item = (
                    after_item
                    or item
                    or _classify(groups, lower, previous_end, money.start)
                    or "other"
                )
            if item == "grant":
                item = "other"
            if _NOT_BUDGET.search(lower, previous_end, money.start):
                previous_end = money.end
                continue
            if money.start - scope_state[2] > _SCOPE_RESET_CHARS:
                scope_state = ("project", None, money.start)
            if item == "total":
                if not owner_read:
                    owner = _owner_of_total(local_text, nouns)
                if elliptic is not None:
                    owner = _nominative(elliptic.group("org").strip())
                if owner is not None:
                    scope_state = ("partner", owner or None, money.end)
                else:
                    scope_state = ("project", None, money.end)
                scope, party = scope_state[0], scope_state[1]
            elif share_for:
                scope, party = "partner", None  # a part of the sum before it, for one partner
            else:
                scope, party = scope_state[0], scope_state[1]
                scope_state = (scope, party, money.end)
                if scope == "project" and item in ("own", "other") and nouns:
                    party = _party(local_text)
            share = None
            clause_start = local if local < money.start else money.start
            # Only a percentage inside the clause or right after the sum can be its share.
            first = bisect_left(percent_starts, min(clause_start, money.end))
            last = bisect_right(percent_starts, money.end + 14)
            for pct in percents[first:last]:
                if id(pct) in used_percents:
                    continue
                before = clause_start <= pct.start and pct.end <= money.start
                after = money.end <= pct.start <= money.end + 14 and pct.end <= sentence.end
                if (before or after) and item != "total":
                    share = pct.value
                    used_percents.add(id(pct))
                    break
            start = previous_end + _clause_start(context)
            end = money.end
            if share is not None:
                after_pcts = percents[
                    bisect_left(percent_starts, money.end) : bisect_right(
                        percent_starts, money.end + 14
                    )
                ]
                end = max([end, *(p.end for p in after_pcts)])
            if text.startswith(")", end) and text.count("(", start, end) > text.count(
                ")", start, end
            ):
                end += 1  # "… 425 000,00 Eur (85 proc.)": the bracket the quote opened closes
            qualifier = _qualifier_in(lower, qualifier_hits, previous_end, money.start)
            last_row = _row(money, item, scope, party, share, text[start:end], source, qualifier)
            rows.append(last_row)
            previous_end = named_end
            last_end = max(last_end, money.end)
    if doc.has(BREAKDOWN_GROUP):
        rows = _totals_by_their_parts(rows, lower)
    if funder_first and _none_of_one_project(rows) and not _names_a_project_or_partner(lower):
        rows = []  # a funder's news: its other sums are the shares of its money, none a project's
    for table in tables:
        rows.extend(_table_rows(text, table, source))
    return _dedupe(rows)


def _none_of_one_project(rows: list[Budget]) -> bool:
    """Whether no row is one project's or one partner's: no total, no partner's row, no quote
    that names one project ("projekto vertė", "projektui skirta"). Asked when the page's first
    sum is a funder's money for many ("Ministerija paskirstė 2 mln. eurų 69 projektams",
    "Savivaldybė jau paskirstė 50 tūkst. eurų …", "… 248 projektus. Iš viso … skirta …"): the
    sums after it, each with its recipient, object or field ("… – 24 807 eurai", "jam skirtas
    13 888 eurų finansavimas", "… sričiai – 1,6 mln. eurų"), are its shares, no project's
    budget, unless one project's own money is named."""
    return not any(
        row.item == "total" or row.scope == "partner" or _OWN_PROJECT.search(row.quote.lower())
        for row in rows
    )


def _names_a_project_or_partner(lower: str) -> bool:
    """Whether the page names one project by its quoted name ("įgyvendins projektą „Žalias
    pasienis“") or speaks of partners: a project's page that opens with its programme's money
    ("Programai skirta 68 mln. eurų. … projektą „…“. ES parama sudarys …") keeps its rows."""
    if _PARTNER_NAMED.search(lower) is not None:
        return True
    return any(
        m.start() == 0 or not lower[m.start() - 1].isalnum()
        for m in _TITLED_PROJECT.finditer(lower)
    )


_PARTS_REACH = 160
"""How far one part's sum may stand from the next in a breakdown (characters)."""


def _totals_by_their_parts(rows: list[Budget], lower: str) -> list[Budget]:
    """The rows with a sum of no named role made the total when its parts say so.

    "Salei atnaujinti numatyta 412 000 Eur (iš jų ES lėšos – 350 200 Eur, valstybės biudžeto
    lėšos – 30 900 Eur, savivaldybės biudžeto lėšos – 30 900 Eur)": money set aside
    for the project reads as a grant (``other``), but the parts after "iš jų" / "iš kurių"
    hold the applicant's own money and add up to it, so it is the project's whole value.
    Only sums followed by at least two parts of the same scope and currency, one of them the
    own contribution, whose amounts add up to the sum within rounding; a top-up or a grant
    broken into EU and state money alone keeps its role.
    """
    out = list(rows)
    for index, row in enumerate(out):
        if row.item != "other" or row.money is None or row.amount is None:
            continue
        parts: list[Budget] = []
        end = row.money.end
        for part in out[index + 1 :]:
            if (
                part.money is None
                or part.amount is None
                or part.item not in _SOURCES
                or part.scope != row.scope
                or part.currency != row.currency
                or part.money.start - end > _PARTS_REACH
            ):
                break
            parts.append(part)
            end = part.money.end
        first = parts[0].money if parts else None
        if first is None or not _BREAKDOWN.search(lower, row.money.end, first.start):
            continue
        # the first parts that add up to the sum (the next sentence's may follow them)
        added, whole = 0.0, False
        for count, part in enumerate(parts, 1):
            added += part.amount or 0.0
            if count >= 2 and abs(added - row.amount) <= max(1.0, row.amount * 0.005):
                whole = any(p.item == "own" for p in parts[:count])
                break
        if not whole:
            continue
        # the same row as the total: a project's total names no party, and its parts'
        # shares are computed from it later (complete_shares)
        out[index] = replace(
            row,
            party=row.party if row.scope == "partner" else None,
            item="total",
            share_pct=None,
            share_basis=None,
        )
    return out


def _money_columns(table: TextTable) -> list[str]:
    return [m for m in table.header if m in MONEY_MEANINGS]


def _table_currency(text: str, table: TextTable) -> str:
    """The currency of bare figures in a table: its header's, else the text's usual one."""
    if table.currency_hint:
        return table.currency_hint
    litas = len(_LITAS.findall(text))
    euro = len(_EURO.findall(text))
    return "LTL" if litas > euro else "EUR"


def _table_rows(text: str, table: TextTable, source: str) -> list[Budget]:
    """Budget rows from a table: one per money cell, scoped to the row's partner (or, for a
    "total" row, to the whole project), quoted by the row's line."""
    out = []
    currency: str | None = None  # of bare figures: the same for every cell, read once
    for row in table.rows:
        name = row.get("name")
        party = None if row.is_total or name is None else _BRACKETED.sub("", name.text).strip()
        scope = "project" if row.is_total or party is None else "partner"
        for cell in row.cells:
            if cell.meaning not in MONEY_MEANINGS or not cell.span.text:
                continue
            money = numbers.parse_amount(cell.span.text)
            if money is None:
                value = numbers.parse_number(_NOT_FIGURE.sub("", cell.span.text).strip())
                if value is None:
                    continue
                if currency is None:
                    currency = _table_currency(text, table)
                money = numbers.Money(
                    amount=value,
                    currency=currency,
                    start=cell.span.start,
                    end=cell.span.end,
                    text=cell.span.text,
                    number_text=cell.span.text,
                )
            share = None
            pct = numbers.find_percentages(cell.span.text)
            if pct and cell.meaning != "total":
                share = pct[0].value
            at = money.start if money.start < cell.span.start else 0  # offset in the cell
            qualifier = _qualifier(cell.span.text.lower(), 0, at)
            out.append(
                _row(money, cell.meaning, scope, party, share, row.line.text, source, qualifier)
            )
    return out


def _row(
    money: numbers.Money,
    item: str,
    scope: str,
    party: str | None,
    share: float | None,
    quote: str,
    source: str,
    qualifier: str = "exact",
) -> Budget:
    if money.currency == "EUR":
        amount_eur, basis = money.amount, "stated"
    elif money.alt is not None and money.alt.currency == "EUR":
        amount_eur, basis = money.alt.amount, "stated"
    else:
        amount_eur, basis = round(money.amount / LTL_PER_EUR, 2), "converted"
    # made without the frozen class's __init__ (:mod:`cwlib.parse.frozen`): every field, in
    # its order (``__init__`` sets each of the thirteen through ``object.__setattr__``)
    return frozen(
        Budget,
        scope=scope,
        party=party,
        item=item,
        amount=money.amount,
        currency=money.currency,
        qualifier=qualifier,
        amount_eur=amount_eur,
        eur_basis=basis,
        share_pct=share,
        share_basis="stated" if share is not None else None,
        source=source,
        quote=quote,
        money=money,
    )


def _share_only_row(
    doc: Document, groups: _Groups, sentence: Span, inside: list[numbers.Percent]
) -> Budget | None:
    """A share stated with no sum ("ES lėšos sudaro 85 proc."): kept as a row without amount.

    ``inside``: the percentages of the sentence.
    """
    if len(inside) != 1:
        return None
    pct = inside[0]
    item = _classify(groups, doc.lower, sentence.start, pct.start)
    if item not in ("eu", "national", "own", "eu_national") or not 0 < pct.value <= 100:
        return None
    if not _SHARE_CONTEXT.search(doc.lower, sentence.start, pct.start):
        return None
    start = sentence.start + _clause_start(doc.text[sentence.start : pct.start])
    return Budget(
        scope="project",
        party=None,
        item=item,
        amount=None,
        currency=None,
        qualifier=None,
        amount_eur=None,
        eur_basis=None,
        share_pct=pct.value,
        share_basis="stated",
        source=doc.source,
        quote=doc.text[start : pct.end],
    )


def _dedupe(rows: list[Budget]) -> list[Budget]:
    """The rows without repeats: the same sum stated again, in the same role or with no role
    ("Projekto vertė … apie 186 tūkst. Eur" on a card, then "darbai siekia apie 186 tūkst.
    Eur" in prose) is one sum."""
    named = {(row.amount, row.currency) for row in rows if row.item != "other"}
    seen: set[tuple[object, ...]] = set()
    out = []
    for row in rows:
        key = (row.scope, row.party, row.item, row.amount, row.currency, row.share_pct)
        if key in seen:
            continue
        if row.item == "other" and row.amount is not None and (row.amount, row.currency) in named:
            continue
        seen.add(key)
        out.append(row)
    return out


def complete_shares(rows: list[Budget]) -> list[Budget]:
    """The rows with share_pct filled where the text states none but the total of the same
    scope is known.

    A share is computed only against the total of the same scope and party, so a partner's EU
    money is never divided by the whole project's budget.
    """
    totals: dict[tuple[str, str | None], float] = {}
    for row in rows:
        if row.item == "total" and row.amount_eur:
            totals.setdefault(
                (row.scope, row.party if row.scope == "partner" else None), row.amount_eur
            )
    out = []
    for row in rows:
        if row.item != "total" and row.share_pct is None and row.amount_eur is not None:
            base = totals.get((row.scope, row.party if row.scope == "partner" else None))
            if base and row.amount_eur <= base:
                # A part larger than its total gets no share: the audit reports it instead.
                # (Built field by field: dataclasses.replace reads the fields each time; and
                # without __init__, as _row makes rows.)
                row = frozen(
                    Budget,
                    scope=row.scope,
                    party=row.party,
                    item=row.item,
                    amount=row.amount,
                    currency=row.currency,
                    qualifier=row.qualifier,
                    amount_eur=row.amount_eur,
                    eur_basis=row.eur_basis,
                    share_pct=round(row.amount_eur / base * 100, 2),
                    share_basis="computed",
                    source=row.source,
                    quote=row.quote,
                    money=row.money,
                )
        out.append(row)
    return out
