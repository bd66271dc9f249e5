"""Partners of a project: who takes part, in what role, and where they are.

Pages name partners in four ways, all handled here: a lead or applicant phrase
("Projektui vadovauja …", "Projekto pareiškėjas – …"), structured items ("Name | PL",
"Klaipėda / LT"), a list under a partners header (bullets or one line after a colon), and
"Name (Country)" items inside a sentence about partners. Organisations listed for publicity,
thanks or contact are never partners: they are only read where a partner phrase or header
introduces them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import ahocorasick

from cwlib.lexicon import load as lexicon
from cwlib.parse import places
from cwlib.parse.document import Document
from cwlib.parse.facts import Partner
from cwlib.parse.keys import partner_key
from cwlib.parse.segments import BULLET, Span, strip_span
from cwlib.parse.tabular import TableRow

__all__ = ["classify_org", "extract_partners"]

KEYWORDS = ("partners.lead_intro", "partners.applicant_intro", "partners.sentence")
"""The lexicon keyword groups this extractor reads (see cwlib.parse.document)."""

_FLAGS = re.IGNORECASE
_ORG_TYPES = [
    (kind, re.compile(lexicon.fragment_of(entry), _FLAGS | re.VERBOSE))
    for kind, entry in lexicon.entries("organisations", "kinds").items()
]
_CAP = "A-ZĄČĘĖĮŠŲŪŽÄÖÜÅÉÓŚŻŹŁ"
_GENITIVE_NOUNS: dict[str, str] = lexicon.table("organisations", "genitive_nouns")["nominative"]
_WORDS = {
    "CAP": _CAP,
    "LEAD_INTRO": lexicon.fragment("partners", "lead_intro"),
    "APPLICANT_INTRO": lexicon.fragment("partners", "applicant_intro"),
    "PARTNER_HEADER": lexicon.fragment("partners", "header"),
    "NOT_PARTNER_HEADER": lexicon.fragment("partners", "not_header"),
    "GENITIVE_NOUN": lexicon.alternation(_GENITIVE_NOUNS),
}

_LEAD = re.compile(
    lexicon.fill(
        r"""
        (?P<intro>(?i:{LEAD_INTRO}))\b          # "Vadovaujantis partneris", "Lead partner"
        (?:[ \t]+(?i:yra)|[ \t]+–[ \t]+(?i:yra))?  # "… yra", "… – yra"
        [ \t]*[:–—\-‒|]?[ \t]*                   # a colon, dash or bar
        (?=[\"„“«{CAP}])                         # then a quote or a capital opens the name
        """,
        **_WORDS,
    ),
    re.VERBOSE,
)
_APPLICANT = re.compile(
    lexicon.fill(
        r"""
        (?P<intro>(?i:{APPLICANT_INTRO}))\b     # "Projekto pareiškėjas", "Applicant"
        (?:[ \t]+(?i:of\s+the\s+project))?       # "Beneficiary of the project"
        [ \t]*(?:(?i:yra|is)[ \t]+)?              # "… yra", "… is"
        [:–—\-‒|]?[ \t]*                          # a colon, dash or bar
        (?:(?i:the)[ \t]+)?                       # "… is the Administration of …"
        (?=[\"„“«{CAP}])                         # then a quote or a capital opens the name
        """,
        **_WORDS,
    ),
    re.VERBOSE,
)
_PARTNER_HEADER = re.compile(
    lexicon.fill(
        r"""
        ^\W*                                     # at the start of a line, after any mark
        {PARTNER_HEADER}\b                       # "Projekto partneriai", "Partners"
        """,
        **_WORDS,
    ),
    _FLAGS | re.VERBOSE,
)
_HEADER_WORDS = re.compile(
    lexicon.fill(
        r"""
        {PARTNER_HEADER}\b                       # the header words anywhere in a line
        """,
        **_WORDS,
    ),
    _FLAGS | re.VERBOSE,
)
_OTHER_HEADER = re.compile(
    lexicon.fill(
        r"""
        ^\W*[^:]{0,40}                           # near the start of a line, before any colon
        {NOT_PARTNER_HEADER}                     # "Viešinimas", "Kontaktai", "Results"
        """,
        **_WORDS,
    ),
    _FLAGS | re.VERBOSE,
)
_CODE_MARK = re.compile(
    r"""
    (?<![ \t])[ \t]*+                 # the spaces before the mark, taken whole (linear time)
    [|/][ \t]*                        # a bar or a slash after a name
    (?P<code>[A-Z]{2})\b               # a two-letter country code
    (?!\s*[/-]\s*\d)                  # not a measure code like LT/2020
    (?=\s*(?:[;,.)(\n–—-]|$))          # ending the item
    """,
    re.VERBOSE,
)


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


_PAREN = re.compile(
    r"""
    \((?P<paren>[^()\n]{2,60})\)     # a bracketed aside: "(Portugalija)"
    """,
    re.VERBOSE,
)
_MENU_SEPARATOR = re.compile(
    r"""
    (?:\||\s/\s)                     # a bar or a spaced slash
    (?!\s*[A-Z]{2}\b\s*(?:[;,.)(\n]|$))   # not before a country code ending an item
    """,
    re.VERBOSE,
)
_PARTNER_SENTENCE = re.compile(lexicon.fragment("partners", "sentence"), re.VERBOSE)  # on lower
_AS_OTHERS = re.compile(
    lexicon.fill(
        r"""
        ^(?P<name>[{CAP}][\w\-‘’']+             # a name opening the sentence with a capital
          (?:\s+[\w\-‘’']+){0,3})               # and up to three more words
        ,?\s+(?i:kaip\s+ir\s+kiti)              # ", kaip ir kiti (partneriai)"
        """,
        **_WORDS,
    ),
    re.VERBOSE,
)
_PARTICIPATES = re.compile(
    r"^(?P<name>["
    + _CAP
    + r"][\w\-‘’'„“\"]*\s+(?:[\w\-‘’'„“\"]+\s+){0,3}(?:savivaldybė|administracija|agentūra|universitetas"
    r"|centras|asociacija|biblioteka|muziejus|teatras|institutas))\s+(?:kartu\s+su\s+\S+\s+)?"
    r"(?:dalyvauja|įgyvendina|yra\s+projekto\s+partneris|yra\s+partneris)",
)
_IMPLEMENTS = re.compile(
    r"^(?P<name>["
    + _CAP
    + r"][\w\-‘’'„“\"]*\s+(?:[\w\-‘’'„“\"]+\s+){0,3}(?:savivaldybės\s+administracija|savivaldybė|administracija"
    r"|agentūra|universitetas|centras|asociacija|biblioteka|muziejus|teatras|institutas))\b"
    r"(?=.{0,200}?(?:kaip\s+partner|partnerio\s+teisėmis|dalyvauja|kartu\s+su\s+partneriais))"
)
_INLINE_PARTNERS = re.compile(
    lexicon.fill(
        r"""
        (?:^|[\s,;(])                            # a word start
        (?i:
          (?:kiti\s+|other\s+)?                  # "kiti partneriai", "other partners"
          (?:projekto\s+|project\s+)?            # "projekto partneriai"
          (?:partneri(?:s|ai|ė|ės|ais|u)          # the word partner, in its cases
            |partners?                           # English
            |partnerystę\s+sudaro                # "partnerystę sudaro"
            |partnerystė)                        # "partnerystė"
          \s*(?:yra\s+|are\s+)?                  # "… yra", "… are"
        )
        [:–—‒\-|]\s*                             # a colon, dash or bar
        (?=[\"„“«{CAP}])                         # then a quote or a capital opens a name
        """,
        **_WORDS,
    ),
    re.VERBOSE,
)
# "… kartu su Rygos, Talino ir Ščecino savivaldybėmis", "partnerių iš Gdynės, Rostoko ir Karlskronos".
_PLACE_LIST = re.compile(
    r"\bkartu\s+su\s+(?:dar\s+)?|\bpartneri\w*\s+iš\s+|\btogether\s+with\s+", _FLAGS
)
_LIST_WORD = re.compile(r"\s*(?:,\s*|\s+(?:ir|bei|and)\s+)?(?P<word>[" + _CAP + r"][\w\-]+)")
_LEAD_GENITIVE = re.compile(
    lexicon.fill(
        r"""
        (?i:projektui\s+vadovaujanči\w+          # "projektui vadovaujančios …"
          |vadovaujanči\w+\s+partnerio,?)        # "vadovaujančiojo partnerio, …"
        \s+
        (?P<org>
          [{CAP}][\w\-]+                         # a capitalised first word
          (?:\s+[\w\-]+){0,3}?                   # up to three more
          \s+(?:{GENITIVE_NOUN})                 # an organisation noun in the genitive
        )\b
        """,
        **_WORDS,
    ),
    re.VERBOSE,
)
# "… kuriame Vilnius dalyvauja kartu su …": a city taking part, named by itself.
_PLACE_PARTICIPATES = re.compile(
    r"(?<![\w„“\"])(?P<place>["
    + _CAP
    + r"][a-ząčęėįšųūž]{3,})\s+(?:jį\s+|ją\s+)?(?:dalyvauja|dalyvavo|įgyvendina|įgyvendins|įgyvendino|participates|took\s+part)\b"
)
_PERSON_NAME = re.compile(
    r"["
    + _CAP
    + r"][a-ząčęėįšųūžäöüåéóšž]+(?:-["
    + _CAP
    + r"][a-ząčęėįšųūžäöüåéó]+)?\s+["
    + _CAP
    + r"][a-ząčęėįšųūžäöüåéóšž]+(?:-["
    + _CAP
    + r"][a-ząčęėįšųūž]+)?"
)
# "Kultūros centras projekte buvo pagrindinis partneris": the lead, named before its role.
_ROLE_AFTER = re.compile(
    lexicon.fill(
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
            |lead\s+partner)                     # "the lead partner"
        )\b
        """,
        **_WORDS,
    ),
    re.VERBOSE,
)
_QUOTES = "„“”\"«»‘’'"
_END_OF_NAME = re.compile(r"\s*(?:[.;,](?:\s|$)|\(|\n|$|\s+ir\s+(?=[a-ząčęėįšųūž]))")
_TRAILING = " \t.;,:–—-‒"


def classify_org(name: str, is_place: bool = False, precision: str | None = None) -> str:
    """Kind of organisation, from the words of its name.

    >>> classify_org("Birmingemo Universitetas")
    'university'
    >>> classify_org("Lisabona", is_place=True)
    'municipality'
    """
    for kind, pattern in _ORG_TYPES:
        if pattern.search(name):
            return kind
    if is_place:
        return "region" if precision == "region" else "municipality"
    return "other"


def _clean_name(raw: str) -> str:
    """The name without bullets, a bracketed aside, wrapping quotes or trailing punctuation."""
    name = BULLET.sub("", raw)
    name = re.sub(r"\s*\([^()]*\)", "", name)
    name = name.strip(_TRAILING + " ")
    if len(name) >= 2 and name[0] in _QUOTES and name[-1] in _QUOTES and name.count(name[0]) <= 2:
        inner = name[1:-1]
        if not any(q in inner for q in '„“”"'):
            name = inner
    return " ".join(name.split()).strip(_TRAILING)


def _locate(
    name: str, aside: str | None, code: str | None
) -> tuple[str | None, places.Place | None]:
    """The partner's country and place, from its name and any aside or code."""
    country = code
    if aside and not country:
        country = places.country_code(aside.strip())
        if country is None and "," in aside:
            for part in aside.split(","):
                country = places.country_code(part.strip()) or country
    place = None
    for fragment in (name, aside):
        if fragment:
            # A quoted part names the institution ("„Verdenės“ gimnazija"), not a place.
            fragment = re.sub(r"[„“\"«][^„“”\"«»]*[“”\"»]", " ", fragment)
            # "Osijeko-Baranjos apskritis": each part of a hyphenated region may be a place.
            fragment = re.sub(r"(?<=\w)-(?=[A-ZĄČĘĖĮŠŲŪŽ])", " ", fragment)
            found = places.locate(fragment, country)
            if found and (country is None or found.country == country):
                place = found
                break
    if place is None and country == "LV":
        # Latvian genitives: "Bauskas novada pašvaldība" is Bauska's, "Aizkraukles" Aizkraukle's.
        first = re.match(r"[" + _CAP + r"][\w\-]+", name)
        if first:
            word = first.group(0)
            for form in (re.sub(r"as$", "a", word), re.sub(r"es$", "e", word), word):
                place = places.lookup_city(form, "LV")
                if place is not None:
                    break
    if place is None and country:
        place = places.country_place(country)
    return (country if place is None else place.country), place


def _partner(
    name: str, role: str, aside: str | None, code: str | None, quote: str, source: str
) -> Partner | None:
    clean = _clean_name(name)
    if len(clean) < 2 or not re.search(r"[A-Za-zĄČĘĖĮŠŲŪŽąčęėįšųūž]", clean):
        return None
    if len(clean.split()) > 14:
        return None
    if (
        _PERSON_NAME.fullmatch(clean)
        and classify_org(clean) == "other"
        and places.locate(clean) is None
    ):
        return None  # "Project coordinator: Sanna Niemelä" names a person, a contact
    country, place = _locate(clean, aside, code)
    is_place = (
        place is not None
        and place.precision in ("city", "region")
        and len(clean.split()) <= 3
        and places.lookup_city(clean, country) is not None
    )
    return Partner(
        name=clean,
        role=role,
        org_type=classify_org(clean, is_place, place.precision if place else None),
        city=place.city if place is not None and place.precision != "country" else None,
        country=country,
        lat=round(place.lat, 4) if place is not None else None,
        lon=round(place.lon, 4) if place is not None else None,
        geo_precision=place.precision if place is not None else None,
        source=source,
        quote=quote,
        place=place,
    )


def _name_after(text: str, pos: int, labelled: bool = False) -> tuple[str, str | None, int]:
    """The name that starts at pos, its bracketed aside (if any), and where both end.

    After a label ("Lead partner: …") the name runs to the end of its line; in prose it ends
    at a comma, unless what follows the comma is the partner's city ("…, Gdanskas (PL)").
    """
    if labelled:
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        cut = re.search(r"\s*(?:\(|[|/]\s*[A-Z]{2}\b|\.\s|\.?$)", text[pos:line_end])
        end = pos + (cut.start() if cut else line_end - pos)
        comma = text.find(", ", pos, end)
        if comma >= 0:
            # "Lead partner: Hanseatic City of Stralsund, Culture Office | DE": the
            # organisation, then its unit; the quote still runs to the code.
            name, aside, _ = text[pos:comma], None, end
            coded = re.match(r"\s*[|/]\s*[A-Z]{2}\b", text[end:line_end])
            return name, aside, end + (coded.end() if coded else 0)
    else:
        end_match = _END_OF_NAME.search(text, pos)
        end = end_match.start() if end_match else len(text)
        city = re.match(
            r",\s*(?P<city>["
            + _CAP
            + r"][\w\-]+(?:\s+["
            + _CAP
            + r"][\w\-]+)?)(?=\s*(?:\(|[|/]|[.;]|$))",
            text[end:],
        )
        if city and places.lookup_city(city.group("city")) is not None:
            name_part = text[pos:end]
            rest_end = end + city.end()
            paren = re.match(r"\s*\(([^()\n]{1,120})\)", text[rest_end:])
            aside = city.group("city") + (", " + paren.group(1) if paren else "")
            return name_part, aside, rest_end + (paren.end() if paren else 0)
    name = text[pos:end]
    coded = re.search(r"\s*[|/]\s*[A-Z]{2}\s*$", name)
    if coded:
        name = name[: coded.start()]
    aside = None
    rest = text[end:]
    paren = re.match(r"\s*\(([^()\n]{1,120})\)", rest)
    if paren:
        aside = paren.group(1)
        end += paren.end()
    return name, aside, end


def extract_partners(doc: Document) -> list[Partner]:
    """Partner rows for one text, lead and applicant first, then in the order of the text."""
    text, source = doc.text, doc.source
    found: list[Partner] = []

    def add(row: Partner | None) -> None:
        if row is not None:
            found.append(row)

    for pattern, role, group in (
        (_LEAD, "lead", "partners.lead_intro"),
        (_APPLICANT, "applicant", "partners.applicant_intro"),
    ):
        for match in doc.finditer_at_starts(pattern, group, lower=False):
            labelled = ":" in text[match.end("intro") : match.end()]
            name, aside, end = _name_after(text, match.end(), labelled)
            code = None
            coded = re.match(r"\s*[|/]\s*([A-Z]{2})\b", text[end : end + 8])
            if coded:
                code = coded.group(1)
                end += coded.end()
            add(_partner(name, role, aside, code, text[match.start() : end], source))

    # "projektui vadovaujančios …", "vadovaujančiojo partnerio …" start like a lead's intro.
    for match in doc.finditer_at_starts(_LEAD_GENITIVE, "partners.lead_intro", lower=False):
        org = match.group("org")
        words = org.split()
        words[-1] = _GENITIVE_NOUNS.get(words[-1].lower(), words[-1])
        add(
            _partner(" ".join(words), "lead", None, None, text[match.start() : match.end()], source)
        )

    for item in _header_items(doc.lines):
        add(_item_partner(item, source))

    for table in doc.tables:
        for row in table.rows:
            add(_table_partner(row, source))

    for sentence in doc.sentences:
        _sentence_partners(doc, sentence, add)

    return _dedupe(found)


_ROLE_IN_ITEM = re.compile(
    lexicon.fill(
        r"""
        \s*(?:[–—\-‒,]\s*|\(\s*)               # after a dash or comma, or in brackets
        (?P<role>
            {LEAD_INTRO}                         # "– vadovaujantis partneris"
          | projekto\s+vadovas                   # "– projekto vadovas"
          | projekto\s+lyderis                   # "(projekto lyderis)"
          | {APPLICANT_INTRO}                    # "(pareiškėjas)"
        )
        \s*\)?                                   # a closing bracket
        """,
        **_WORDS,
    ),
    _FLAGS | re.VERBOSE,
)
_ROLE_LABEL = re.compile(
    lexicon.fill(
        r"""
        (?P<role>{LEAD_INTRO}|{APPLICANT_INTRO})  # a role word opening an item …
        \s*:\s*                                  # … as a label: "Lead partner: City of Oulu"
        """,
        **_WORDS,
    ),
    _FLAGS | re.VERBOSE,
)
_APPLICANT_ROLE = re.compile(_WORDS["APPLICANT_INTRO"], _FLAGS | re.VERBOSE)


def _item_partner(item: Span, source: str) -> Partner | None:
    """One list item: "Name | PL", "Name / PL", "Name (Country)" or a bare name, perhaps with
    its role after a dash or in brackets ("… – vadovaujantis partneris")."""
    text = item.text.strip(_TRAILING)
    role = "partner"
    leading = _ROLE_LABEL.match(text)
    marked = _ROLE_IN_ITEM.search(text)
    if leading:
        # "Lead partner: City of Oulu (Finland)"
        role = "applicant" if _APPLICANT_ROLE.fullmatch(leading.group("role")) else "lead"
        text = text[leading.end() :]
    elif marked:
        role = "applicant" if _APPLICANT_ROLE.fullmatch(marked.group("role")) else "lead"
        text = (text[: marked.start()] + text[marked.end() :]).strip(_TRAILING)
    coded = re.search(r"[|/]\s*([A-Z]{2})\s*[;.,]?\s*$", text)
    code = coded.group(1) if coded and places.country_code(coded.group(1)) else None
    name = text[: coded.start()] if code and coded else text
    aside_match = re.search(r"\(([^()]*)\)", name)
    aside = aside_match.group(1) if aside_match else None
    # "Aalto University, Espoo / FI", "Västerbotteno regiono taryba, Umeo (Švedija)": the part
    # after the last comma is the partner's city, not part of its name.
    bare = re.sub(r"\s*\([^()]*\)", "", name).strip(_TRAILING)
    if "," in bare:
        head, tail = bare.rsplit(",", 1)
        hint = code or (places.country_code(aside.strip()) if aside else None)
        if head.strip() and places.lookup_city(tail.strip(), hint) is not None:
            name = head
            aside = tail.strip() + (f", {aside}" if aside else "")
        elif head.strip() and places.country_code(tail.strip()) is not None:
            # "Municipality of Ferrara, Italy (Lead Partner)"
            name = head
            code = code or places.country_code(tail.strip())
    return _partner(name, role, aside, code, item.text.rstrip(" ;,."), source)


_LEAD_CELL = re.compile(
    r"^(?:lp|lead|vadovaujantis|pagrindinis|koordinatorius)\b|lead\s+partner|vadovaujantis\s+partneris|pagrindinis\s+partneris",
    _FLAGS,
)
_APPLICANT_CELL = re.compile(r"pareiškėj|applicant", _FLAGS)


def _table_partner(row: TableRow, source: str) -> Partner | None:
    """A partner from a table row: name, role and country from their columns or from an aside
    in the name cell ("Pasvalio kultūros centras (LT, pagrindinis partneris)")."""
    if row.is_total:
        return None
    name = row.get("name")
    if name is None or not re.search(r"[^\W\d_]{2,}", name.text):
        return None
    role_cell = row.get("role")
    aside_match = re.search(r"\(([^()]*)\)", name.text)
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
        for part in re.split(r"[,;/]\s*", fragment):
            code = code or places.country_code(part.strip())
    place_text = place.text if place else None
    return _partner(name.text, role, place_text, code, row.line.text, source)


def _ends_with_country(line: str) -> bool:
    """ "Municipality of Águeda (Portugal)", "Saldus novada pašvaldība (LV);" """
    match = re.search(r"\(([^()]{2,40})\)\s*[;,.]?$", line)
    if match and places.country_code(match.group(1).split(",")[0].strip()):
        return True
    # "Municipality of Ferrara, Italy (Lead Partner)", "Museum, Kretinga, Lithuania"
    bare = re.sub(r"\s*\([^()]*\)\s*[;,.]?$", "", line)
    return "," in bare and places.country_code(bare.rsplit(",", 1)[1].strip()) is not None


def _header_items(all_lines: tuple[Span, ...]) -> list[Span]:
    """Items listed under a partners header, as bullets or after its colon."""
    items: list[Span] = []
    i = 0
    while i < len(all_lines):
        line = all_lines[i]
        header = _PARTNER_HEADER.match(line.text)
        if header is None and line.text.endswith(":") and len(line.text) <= 100:
            # "Projekte dalyvauja 8 partneriai iš 7 šalių:"
            found = _HEADER_WORDS.search(line.text)
            if found and not _OTHER_HEADER.match(line.text):
                header = re.compile(re.escape(line.text[: found.end()])).match(line.text)
        if not header or len(line.text) > 200:
            i += 1
            continue
        # The colon or dash must follow the header words ("Projekto partneriai: …"); a colon
        # further on ends some other sentence.
        colon = re.match(r"(?:\s+\w+){0,2}\s*[:–—]\s*", line.text[header.end() :])
        rest = line.text[header.end() + colon.end() :] if colon else ""
        if colon and rest.strip():
            base = header.end() + colon.end()
            # A lower-case phrase after the label is never an organisation's name.
            items.extend(
                part
                for part in _split_inline(line.sub(base, len(line.text)))
                if part.text[:1].isupper() or part.text[:1] in _QUOTES
            )
            i += 1
            continue
        if len(line.text) > (120 if line.text.endswith(":") else 80):
            i += 1
            continue
        j = i + 1
        while j < len(all_lines):
            nxt = all_lines[j]
            is_bullet = BULLET.match(nxt.text) is not None
            looks_item = is_bullet or (
                len(nxt.text) <= 120
                and not nxt.text.endswith(":")
                and (
                    nxt.text.count("|") == 1
                    or nxt.text.endswith(";")
                    or _ends_with_country(nxt.text)
                )
            )
            if not looks_item or (_OTHER_HEADER.match(nxt.text) and not is_bullet):
                break
            items.append(
                strip_span(nxt.sub(BULLET.match(nxt.text).end() if is_bullet else 0, len(nxt.text)))
            )
            j += 1
        i = j
    return items


def _split_inline(span: Span) -> list[Span]:
    """Split "A, B ir C." into items, keeping brackets together."""
    text = span.text.rstrip(" .")
    parts: list[Span] = []
    depth = 0
    start = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in ",;":
            parts.append(strip_span(span.sub(start, i)))
            start = i + 1
        elif (
            depth == 0
            and (
                joiner := next(
                    (j for j in (" ir ", " bei ", " and ") if text.startswith(j, i)), None
                )
            )
            # English names hold "and" ("Science and Technology Park"): split there only after
            # a complete item with its bracketed country.
            and (joiner != " and " or text[:i].rstrip().endswith(")"))
            and i + len(joiner) < len(text)
            and (text[i + len(joiner)].isupper() or text[i + len(joiner)] in _QUOTES)
        ):
            parts.append(strip_span(span.sub(start, i)))
            start = i + len(joiner)
            i += len(joiner) - 1
        i += 1
    parts.append(strip_span(span.sub(start, len(text))))
    # "Creative Industries Styria, Graz (Austria)": a bare city after a comma is the previous
    # item's city, not a partner of its own.
    merged: list[Span] = []
    for part in parts:
        city = re.match(r"^(?P<c>[^,()]{2,40}?)\s*\([^()]*\)$", part.text)
        if (
            merged
            and city
            and "(" not in merged[-1].text
            and len(city.group("c").split()) <= 2
            and places.lookup_city(city.group("c")) is not None
        ):
            last = merged.pop()
            merged.append(
                Span(
                    last.start, part.end, span.text[last.start - span.start : part.end - span.start]
                )
            )
            continue
        merged.append(part)
    return [p for p in merged if 1 < len(p.text) <= 160]


def _sentence_partners(
    doc: Document, sentence: Span, add: Callable[[Partner | None], None]
) -> None:
    text, source = sentence.text, doc.source
    marks = "|" in text or "/" in text
    # A menu or breadcrumb ("Pradžia | Naujienos | Kultūra | ES projektai") is not a list of
    # partners: its separators are not followed by country codes.
    menu = marks and len(_MENU_SEPARATOR.findall(text)) >= 2
    for match in _CODE_MARK.finditer(text) if marks and not menu else ():
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
        add(_partner(name, "partner", None, code, text[start : match.end()], source))
    if not doc.has_in("partners.sentence", sentence.start, sentence.end):
        return
    if not _PARTNER_SENTENCE.search(doc.lower, sentence.start, sentence.end):
        return
    inline = _INLINE_PARTNERS.search(text)
    if inline and text.count("|") > 1:
        inline = None  # a table's header row or a menu, not a list after a label
    if inline and re.match(r"iš\s", text[inline.end() :], _FLAGS):
        inline = None  # "kiti partneriai – iš Latvijos ir Estijos …": countries, not partners
    if inline:
        for part in _split_inline(sentence.sub(inline.end(), len(text))):
            if part.text[:1].isupper() or part.text[:1] in _QUOTES:
                add(_item_partner(part, source))
    for listed in _PLACE_LIST.finditer(text):
        _place_list(sentence, listed.end(), source, add)
    others = _AS_OTHERS.match(text)
    if others:
        add(_partner(others.group("name"), "partner", None, None, others.group("name"), source))
    role_after = _ROLE_AFTER.match(text)
    if role_after:
        add(
            _partner(role_after.group("name"), "lead", None, None, text[: role_after.end()], source)
        )
    for subject in _PLACE_PARTICIPATES.finditer(text):
        place = places.lookup_city(subject.group("place"))
        if place is not None:
            row = _partner(
                subject.group("place"),
                "partner",
                None,
                place.country,
                subject.group("place"),
                source,
            )
            if row is not None:
                add(replace(row, org_type="municipality"))
    participates = _PARTICIPATES.match(text) or _IMPLEMENTS.match(text)
    if participates:
        add(
            _partner(
                participates.group("name"),
                "partner",
                None,
                None,
                participates.group("name"),
                source,
            )
        )
    for match in _PAREN.finditer(text) if "(" in text else ():
        # Bracket first, name second: a country in brackets is rare, so the name before it is
        # looked for only there (scanning names from every position cost a millisecond a text).
        paren = match.group("paren").strip()
        # Country names are a word or three; longer asides need no look-up.
        code = places.country_code(paren) if len(paren.split()) <= 3 else None
        if code is None:
            continue
        begin = max(text.rfind(ch, 0, match.start()) for ch in ",;:()\n–—‒") + 1
        begin = max(begin, match.start() - 80)
        raw_name = text[begin : match.start()]
        name = raw_name.strip()
        if len(name) < 2:
            continue
        # Keep only the words after the last joiner: "… kiti miestai – Lisabona".
        name = re.split(r"\s+(?:ir|bei|and)\s+(?=[" + _CAP + r"])", name)[-1]
        words = name.split()
        if len(words) >= 5:
            # "Į Kauną atvyko projektui vadovaujančios Leuvardeno savivaldybės": the name is
            # the capitalised run after the verb.
            for k in range(len(words) - 1, 0, -1):
                if words[k][0].isupper() and words[k - 1][0].islower():
                    name = " ".join(words[k:])
                    break
        if not name or not (name[0].isupper() or name[0] in _QUOTES):
            continue
        if re.match(r"(?:Projekt|Vadovauj|Partner)", name):
            continue
        start = begin + raw_name.find(name)
        add(_partner(name, "partner", None, code, text[start : match.end()], source))


def _place_list(
    sentence: Span, pos: int, source: str, add: Callable[[Partner | None], None]
) -> None:
    """Partners named only by their places, in a list after "kartu su" or "partneriai iš"."""
    text = sentence.text
    while True:
        match = _LIST_WORD.match(text, pos)
        if not match:
            return
        place = places.lookup_city(match.group("word"))
        if place is None:
            return
        start = match.start("word")
        row = _partner(
            match.group("word"), "partner", None, place.country, text[start : match.end()], source
        )
        if row is not None:
            add(replace(row, org_type="municipality" if place.precision == "city" else "region"))
        pos = match.end()


_IMPLEMENTING_BODY = re.compile(
    r"(?P<name>["
    + _CAP
    + r"][\w\-‘’'„“\"]*\s+(?:[\w\-‘’'„“\"]+\s+){0,3}?(?:savivaldybės\s+administracija|savivaldybė|administracija"
    r"|agentūra|centras|biblioteka|muziejus|teatras|gimnazija|mokykla|įstaiga))\s+"
    r"(?:(?:sėkmingai|jau|kartu\s+su\s+partneriais)\s+)?(?:baigė\s+|pradėjo\s+)?(?:įgyvendin\w+|vykdo|vykdė)\s+"
    r"(?:\S+\s+){0,8}?projekt"
)


def implementing_body(doc: Document) -> Partner | None:
    """The body that implements a national project ("X baigė įgyvendinti projektą …").

    In national programmes the implementer is the applicant; the caller asks for it only
    when the text names no applicant or lead itself.
    """
    for sentence in doc.sentences:
        match = _IMPLEMENTING_BODY.search(sentence.text)
        if match:
            return _partner(
                match.group("name"), "applicant", None, None, match.group("name"), doc.source
            )
    return None


_ROLE_RANK = {"lead": 0, "applicant": 1, "partner": 2}


def _quotes_inside_others(quotes: list[str]) -> set[str]:
    """The quotes that stand inside a longer quote of the list.

    A short list is compared pair by pair; a long one (a list of thousands of partners) with
    one Aho-Corasick automaton of its quotes run over each quote, so the time grows with the
    length of the quotes, not with their number squared.
    """
    distinct = set(quotes)
    if len(distinct) <= 32:
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
    """One row per organisation; the strongest role wins, the first quote stays.

    A row read from a piece of another row's statement ("Espoo / FI" inside "Aalto
    University, Espoo / FI (lead partner)") is the same partner and is dropped.
    """
    by_key: dict[str, Partner] = {}
    inside = _quotes_inside_others([r.quote for r in rows])
    rows = [r for r in rows if r.quote not in inside]
    for row in rows:
        key = partner_key(row.name)
        kept = by_key.get(key)
        if kept is None:
            by_key[key] = row
            continue
        changes: dict[str, object] = {}
        if _ROLE_RANK[row.role] < _ROLE_RANK[kept.role]:
            changes["role"] = row.role
        for column in ("city", "country", "lat", "lon", "geo_precision"):
            if getattr(kept, column) is None and getattr(row, column) is not None:
                changes[column] = getattr(row, column)
        if "lat" in changes:
            changes["place"] = row.place  # the coordinates come from the other row's place
        if changes:
            by_key[key] = replace(kept, **changes)  # type: ignore[arg-type]
    out = list(by_key.values())
    out.sort(key=lambda r: _ROLE_RANK[r.role])
    return out
