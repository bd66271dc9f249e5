"""The project-level fields of one text: title, programme, period, fund, number, address, dates.

Two steps, because the dates, the duration and (failing a stated one) the period are read off
what the other extractors found: :func:`extract_fields` reads the title (Lithuanian and
English), the programme and the period its name implies, the fund, the project number and the
project's web address; :func:`complete` adds the start and end dates (from the events), the
duration (stated, else computed from full dates), the programming period (stated, else from
the programme, else from the earliest dated event) and the project id.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from cwlib.lexicon import load as lexicon
from cwlib.lexicon import programmes as programme_table
from cwlib.parse import dates, programme
from cwlib.parse.document import Document
from cwlib.parse.facts import (
    Event,
    Partner,
    PeriodHint,
    ProgrammeGuess,
    Project,
    StatedDuration,
)
from cwlib.parse.keys import short_title, slugify, title_key
from cwlib.parse.segments import Span
from cwlib.schema import PERIODS

__all__ = ["complete", "extract_fields", "period_of_year"]

KEYWORDS = (
    *programme.KEYWORDS,
    *(f"programmes.period_hints.{key}" for key in lexicon.entries("programmes", "period_hints")),
    "project.en_title_label",
    "project.acronym_label",
    "project.number",
    "project.chrome_line",
)
"""The lexicon keyword groups this extractor reads (see cwlib.parse.document)."""

# Word patterns run on ``doc.lower`` (same offsets as the text) without re.IGNORECASE, so the
# regex engine can skip to their first letters; patterns where capitals matter run on the text.
_PERIOD_HINTS = [
    (
        entry["period"],
        re.compile(lexicon.fragment_of(entry), re.VERBOSE),
        entry["period"],
        f"programmes.period_hints.{key}",
    )
    for key, entry in lexicon.entries("programmes", "period_hints").items()
]
_WORDS = {
    name.upper(): lexicon.fragment("project", name)
    for name in (
        "title_label",
        "en_title_label",
        "acronym_label",
        "noise_line",
        "section_line",
        "chrome_line",
        "org_line",
        "lithuanian_words",
        "english_words",
    )
}
_URL = re.compile(
    r"""
    (?:https?://|www\.)         # a web address starts with its scheme or www.
    [^\s<>\"“”„]+               # and runs to a space, a bracket or a quote
    """,
    re.VERBOSE,
)
_WORD_END = re.compile(
    r"""
    \w*                         # the rest of a word (a programme's stem to its ending)
    """,
    re.VERBOSE,
)
_NOISE_LINE = re.compile(
    lexicon.fill(
        r"""
        ^{NOISE_LINE}\b         # a menu word opens the line
        [\s|/»>·•-]*            # with its separators
        """,
        **_WORDS,
    ),
    re.VERBOSE,
)
_SECTION_LINE = re.compile(_WORDS["SECTION_LINE"], re.VERBOSE)
_CHROME_LINE = re.compile(_WORDS["CHROME_LINE"], re.VERBOSE)
_ORG_LINE = re.compile(_WORDS["ORG_LINE"], re.VERBOSE)
_TITLE_LABEL = re.compile(
    lexicon.fill(
        r"""
        {TITLE_LABEL}           # "Projekto pavadinimas", "Project title"
        \s*[:–—-]?\s*           # a colon or dash
        """,
        **_WORDS,
    ),
    re.VERBOSE,
)
_EN_TITLE_LABEL = re.compile(
    lexicon.fill(
        r"""
        ^(?i:{EN_TITLE_LABEL})  # "Pavadinimas anglų k.", "English title" opening a line
        \s*[:\t–-]?\s*          # a colon, tab or dash
        (?P<v>\S.{1,200})$      # the title, to the end of the line
        """,
        **_WORDS,
    ),
    re.VERBOSE | re.MULTILINE,
)
_ACRONYM_LABEL = re.compile(
    lexicon.fill(
        r"""
        ^(?i:{ACRONYM_LABEL})   # "Projekto akronimas", "Acronym" opening a line
        \s*[:\t–-]?\s*          # a colon, tab or dash
        (?P<v>\S.{1,200})$      # the acronym, to the end of the line
        """,
        **_WORDS,
    ),
    re.VERBOSE | re.MULTILINE,
)
_QUOTED_PROJECT = re.compile(
    r"""
    (?:projekt|project)\w*\s+   # "projektas", "projekto", "project"
    (?:(?:nr\.\s*)?[\w./-]+\s+){0,2}   # up to two words or a number between
    (?=,,|„|\"|“|«)             # then a quotation opens (the project's name)
    """,
    re.VERBOSE,
)  # run on doc.lower
_ENGLISH_ASIDE = re.compile(
    r"""
    \s*\(                                     # a bracket after the quoted name
    (?:angl\.\s*|en\.?\s*|english:?\s*)?      # "angl.", "en", "English:"
    (?P<q>,,|„|\"|“)?                         # perhaps a quotation mark
    (?P<name>[^()\n]{3,200}?)                 # the English name
    (?:“|”|\")?\)                             # a closing quotation mark and bracket
    """,
    re.VERBOSE,
)
_ASIDE_PART_SEPARATOR = re.compile(
    r"""
    [,;]\s*                     # parts of an aside: "(Creative Port Cities, #R095)"
    """,
    re.VERBOSE,
)
_ASIDE_LABEL = re.compile(
    r"""
    ^(?i:angl|en|english|akronimas|acronym)   # a label opening an aside's part
    \.?:?\s*                                  # with its full stop or colon
    """,
    re.VERBOSE,
)
_NOT_A_TITLE_PART = re.compile(
    r"""
    \d                          # a figure
    | (?i:\bnr\b|projekt)       # a number or the word project
    """,
    re.VERBOSE,
)
_THREE_LATIN_LETTERS = re.compile(
    r"""
    [A-Za-z]{3}                 # three Latin letters in a row (an English word)
    """,
    re.VERBOSE,
)
_NUMBER = re.compile(
    r"""
    (?:
        projekt\w*\s+(?:kodas\s+nr\.?|nr\.?|numeris|kodas)  # "projekto Nr." / "projektą Nr." / "kodas"
      | (?<![\w.])nr\.(?=\s*[A-Z0-9\#])                 # a bare "Nr. C031" (measures are excluded below)
      | (?<=\()(?=\#[A-Z]?\d)                           # "(#R081)": programme-style numbers in brackets
      | (?<=,\s)(?=\#[A-Z]?\d)                          # "(Creative Port Cities, #R095)"
      | sutarties\s+nr\.?                               # "sutarties Nr."
      | project\s+(?:no\.?|number|code|id)              # English
      | projekt\w*\s+(?=[A-Z][A-Z0-9]{1,6}-[\w./-]*\d[\w./-]*\s+[„"“,])  # "projektą LLI-487 „…“"
      | (?<=[“”"]\s\()(?=[A-Z][A-Z0-9]{1,6}-[\w./-]*\d[\w./-]*\))  # "„…“ (LL-00089)"
      | (?<=projektas\s)(?:[^()\n]{0,60}?\s)?nr\.?      # "(projektas patvirtintas …, Nr. 3025)"
    )
    (?:\s*/\s*[^\W\d][\w\ ]{0,25}?)?                   # "Project code / Projekto kodas"
    \s*[:–|]?\s*                                       # a colon, a dash or a table's bar
    (?P<num>(?:[A-Z]{2,6}\s(?=\d))?\#?[A-Z0-9][\w./\#\-]*\d[\w./\#\-]*(?<=\w))  # the number itself, with a digit
    """,
    re.VERBOSE | re.IGNORECASE,
)
_NOT_PROJECT_NUMBER = re.compile(
    r"""
    [\ \t]*(?:„[^“]*“[\ \t]*)?  # after the number (and a quoted name) …
    (?:priemon|prioritet|įsakym|sprendim|kvietim)   # … a measure, priority, order, call
    """,
    re.VERBOSE | re.IGNORECASE,
)
_MEASURE_BEFORE = re.compile(
    r"""
    (?:priemon\w*|prioritet\w*|įsakym\w*|sprendim\w*|kvietim\w*)   # a measure, priority …
    \s*$                        # … right before "Nr."
    """,
    re.VERBOSE | re.IGNORECASE,
)
_FOUR_DIGITS = re.compile(
    r"""
    \d{4}                       # a bare four-digit number (a year, an order's number)
    """,
    re.VERBOSE,
)
_URL_LABEL = re.compile(
    r"""
    (?:svetainė|tinklalapis|website|web\s*page|site   # "Projekto svetainė:", "website"
      |projekt\w*(?:\s+\w+){0,2})                     # "projekto … puslapis"
    \W*$                                              # right before the address
    """,
    re.VERBOSE,
)  # run on lower-cased words
_URL_SCHEME = re.compile(
    r"""
    ^https?://                  # the scheme of an address
    """,
    re.VERBOSE,
)
_URL_PATH = re.compile(
    r"""
    \w/\S                       # a path after the domain: the address of a page, not a site
    """,
    re.VERBOSE,
)
_LT_WORD = re.compile(_WORDS["LITHUANIAN_WORDS"], re.VERBOSE | re.IGNORECASE)
_EN_WORD = re.compile(_WORDS["ENGLISH_WORDS"], re.VERBOSE | re.IGNORECASE)
_LABELLED_VALUE_END = re.compile(
    r"""
    (?<=[^\s.]{3})\.\s+         # a full stop after a word of three letters or more
    (?=[A-ZĄČĘĖĮŠŲŪŽ])          # and a capital: the next sentence after a labelled title
    """,
    re.VERBOSE,
)
_NUMBER_ASIDE_AT_END = re.compile(
    r"""
    \s*\((?:[^()]*\d[^()]*)\)\s*$   # a bracketed aside holding a figure, at the end
    """,
    re.VERBOSE,
)
_BARE_PROJECT_WORD = re.compile(
    r"""
    ^(?i:projektas|project)\s+  # "Projektas" before a capitalised name
    (?=[A-ZĄČĘĖĮŠŲŪŽ])
    """,
    re.VERBOSE,
)
_DIGIT = re.compile(
    r"""
    \d                          # any digit
    """,
    re.VERBOSE,
)
_ACRONYM = re.compile(
    r"""
    (?:projekt|project)\w*\s+   # the lower-case word project, then
    (?P<a>[A-Z][A-Z0-9\-]{2,}   # a word in capitals (three or more letters)
      (?:\s+[A-Z][A-Z0-9\-]{2,}){0,3})\b   # and up to three more: "DESIGN HUBS"
    """,
    re.VERBOSE,
)
_DASH_REST = re.compile(
    r"""
    \s*[–—-]\s*                 # a dash after a quoted title
    (?P<b>.{3,})$               # and the title in the other language
    """,
    re.VERBOSE,
)
_PAREN_PAIR = re.compile(
    r"""
    ^(?P<a>[^()]{3,}?)          # a title
    \s*\((?P<b>[^()]{3,})\)\s*$ # and the other language's in brackets
    """,
    re.VERBOSE,
)
_OPEN = {",,": '“”"', "„": '“”"', "“": '”"', '"': '"', "«": "»"}


def _quoted_at(text: str, pos: int) -> tuple[int, int] | None:
    """The span inside the quotation opening at pos, with nested „…“ quotes kept inside."""
    opener = ",," if text.startswith(",,", pos) else text[pos : pos + 1]
    if opener not in _OPEN:
        return None
    start = pos + len(opener)
    depth = 0
    limit = min(len(text), start + 300)
    for i in range(start, limit):
        ch = text[i]
        if ch == "\n":
            return None
        if opener != '"' and (ch == "„" or text.startswith(",,", i)):
            depth += 1
        elif ch in _OPEN[opener]:
            if depth == 0:
                return (start, i) if i - start >= 4 else None
            depth -= 1
    return None


def _language(text: str) -> str:
    lt = len(_LT_WORD.findall(text))
    en = len(_EN_WORD.findall(text))
    if lt > en:
        return "lt"
    if en > lt:
        return "en"
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isascii() for c in letters) and text.upper() == text:
        return "en"
    return "lt" if any(c in "ąčęėįšųūžĄČĘĖĮŠŲŪŽ" for c in text) else "en"


def _split_languages(title: str) -> list[tuple[str, str]]:
    """A bilingual title ("EN. LT", "EN (LT)") as (language, part) pairs."""
    quoted = _quoted_at(title, 0)
    if quoted:
        rest = _DASH_REST.match(title, quoted[1] + 1)
        if rest:
            a, b = title[quoted[0] : quoted[1]], rest.group("b")
            return [(_language(a), a.strip()), (_language(b), b.strip(" ."))]
    paren = _PAREN_PAIR.match(title)
    if paren and _language(paren.group("a")) != _language(paren.group("b")):
        return [(_language(p), p.strip()) for p in (paren.group("a"), paren.group("b"))]
    for sep in (". ", " / ", " | "):
        if sep in title:
            a, b = title.split(sep, 1)
            if len(a) >= 3 and len(b) >= 3 and _language(a) != _language(b):
                return [(_language(a), a.strip()), (_language(b), b.strip(" ."))]
    return [(_language(title), title.strip())]


def _content_lines(doc: Document) -> list[Span]:
    """Lines that can hold a title: no menus, breadcrumbs, cookie notices or site names."""
    out = []
    lower = doc.lower
    for line in doc.lines:
        low = lower[line.start : line.end]
        if len(low) < 60 and _NOISE_LINE.match(low):
            continue
        if (
            len(low) < 200
            and doc.has_in("project.chrome_line", line.start, line.end)
            and _CHROME_LINE.search(low)
        ):
            continue
        if _ORG_LINE.match(low) or _SECTION_LINE.match(low):
            continue
        if len(low) < 4 or _URL.fullmatch(line.text):
            continue
        out.append(line)
        if len(out) >= 40:  # a title stands near the top; the rest of a page need not be read
            break
    return out


def _quoted_names(doc: Document) -> list[tuple[int, int]]:
    """Spans of the quoted names after the word project ("projektas „X“"), in text order."""
    out = []
    for match in _QUOTED_PROJECT.finditer(doc.lower):
        span = _quoted_at(doc.text, match.end())
        if span:
            out.append(span)
    return out


def _find_titles(doc: Document, quoted: list[tuple[int, int]]) -> list[tuple[str, str]]:
    """Title candidates (text, quote), best first."""
    text = doc.text
    candidates: list[tuple[str, str]] = []
    content = _content_lines(doc)
    for line in content[:40]:
        label = _TITLE_LABEL.match(doc.lower, line.start, line.end)
        if label and label.end() < line.end:
            value = _LABELLED_VALUE_END.split(text[label.end() : line.end])[0]
            value = _NUMBER_ASIDE_AT_END.sub("", value).strip(" .")
            value = _unquote(value)
            if value:
                candidates.append((value, value))
                break
    leading = []
    for line in content[:4]:
        span = _quoted_at(line.text, 0)
        if not span or line.text[span[1] + 1 :].strip(' ."“”'):
            break
        name = line.text[span[0] : span[1]]
        leading.append((name.strip(), name))
    candidates.extend(leading)
    body_names = [(text[a:b].strip(), text[a:b]) for a, b in quoted]
    if content and not candidates:
        first = content[0].text
        looks_headline = first.endswith(("!", "?"))
        inner = _QUOTED_PROJECT.search(doc.lower, content[0].start, content[0].end)
        inner_span = _quoted_at(first, inner.end() - content[0].start) if inner else None
        value = None
        if first.isupper() and any(title_key(n) == title_key(first) for n, _ in body_names):
            # A heading in capitals: the same name as the text writes it in its sentences.
            name, quote = next((n, q) for n, q in body_names if title_key(n) == title_key(first))
            candidates.append((name, quote))
            value = name
        elif inner_span:
            # "Projektas „X“", "Baigtas projektas „X“": the title is the quoted name.
            name = first[inner_span[0] : inner_span[1]]
            candidates.append((name.strip(), name))
            value = name
        else:
            if body_names and not any(title_key(n) in title_key(first) for n, _ in body_names):
                looks_headline = True
            if not looks_headline and len(first) <= 300:
                value = _unquote(first.strip(" ."))
                bare = _BARE_PROJECT_WORD.match(value)
                value = value[bare.end() :] if bare else value
                candidates.append((value, value))
        # A bilingual heading often puts the English title on the next line.
        if value and len(content) > 1:
            second = _unquote(content[1].text.strip(" ."))
            if (
                _language(second) != _language(value)
                and len(second) <= 200
                and not content[1].text.endswith(".")
                and ":" not in second
                and not _DIGIT.search(second)
            ):
                candidates.append((second, second))
    candidates.extend(body_names)
    return candidates


def _unquote(text: str) -> str:
    """A title without the quotation marks that wrap it whole."""
    span = _quoted_at(text, 0)
    if span and not text[span[1] + 1 :].strip(' ."“”'):
        return text[span[0] : span[1]]
    return text


def _english_aside(text: str, quoted: list[tuple[int, int]]) -> tuple[str, str] | None:
    """An English title given in brackets after a quoted Lithuanian one: „…“ (angl. „…“)."""
    for _start, end in quoted:
        aside = _ENGLISH_ASIDE.match(text, end + 1)
        if not aside:
            continue
        # "(Creative Port Cities, #R095)": keep the words, not the number beside them.
        for part in _ASIDE_PART_SEPARATOR.split(aside.group("name")):
            part = _ASIDE_LABEL.sub("", part.strip()).strip(' „“”"')
            if _NOT_A_TITLE_PART.search(part) or not _THREE_LATIN_LETTERS.search(part):
                continue
            if _language(part) == "en":
                return part, part
    return None


def _titles(doc: Document, quotes: dict[str, str]) -> tuple[str | None, str | None]:
    text = doc.text
    title = title_en = None
    quoted = _quoted_names(doc)
    labelled = _EN_TITLE_LABEL.search(text) if doc.has("project.en_title_label") else None
    aside = _english_aside(text, quoted)
    if labelled:
        # "Pavadinimas anglų k.: …", "Projekto akronimas: …": the text says which is English.
        value = _unquote(labelled.group("v").strip(" ."))
        title_en = value
        quotes["title_en"] = value if value in text else labelled.group("v")
    elif aside:
        title_en = aside[0]
        quotes["title_en"] = aside[1]
    for value, quote in _find_titles(doc, quoted):
        for lang, part in _split_languages(value):
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
        # "projekto DESIGN HUBS partnerių susitikimas": an acronym named as the project.
        acronym = next(
            filter(None, (_ACRONYM.match(text, pos) for pos in doc.hits("project.number"))), None
        )
        if acronym and acronym.group("a") not in (title or "").upper():
            title_en = acronym.group("a")
            quotes["title_en"] = title_en
    if title is None and title_en is not None:
        title = title_en
        quotes["title"] = quotes["title_en"]
    return title, title_en


def _word_end(text: str, pos: int) -> int:
    match = _WORD_END.match(text, pos)
    return match.end() if match else pos


def _first(
    doc: Document, named: list[tuple[str, re.Pattern[str], str | None, str]]
) -> tuple[str, re.Match[str], str | None] | None:
    """The first (name, match, period) of a list whose pattern matches the text: each pattern
    is tried only where one of its starting words stands (lower-cased text, any case)."""
    for name, pattern, period, group in named:
        match = doc.match_at_starts(pattern, group)
        if match:
            return name, match, period
    return None


def _number_candidates(doc: Document) -> list[int]:
    """Where a project number's statement may start: at each keyword of the group, right after
    an opening bracket, and right after "projektas" and its space."""
    out = set()
    lower = doc.lower
    for pos in doc.hits("project.number"):
        if lower.startswith("(", pos):
            out.add(pos + 1)
        else:
            out.add(pos)
            if lower.startswith("projektas", pos):
                out.add(pos + len("projektas") + 1)
    return sorted(out)


def _project_number(doc: Document) -> re.Match[str] | None:
    """The first statement of a project number that is not a measure's or an order's."""
    text = doc.text
    end = 0
    for pos in _number_candidates(doc):
        if pos < end:
            continue
        match = _NUMBER.match(text, pos)
        if match is None:
            continue
        end = match.end()
        if _NOT_PROJECT_NUMBER.match(text, match.end()) or _MEASURE_BEFORE.search(
            text[max(0, match.start() - 40) : match.start()]
        ):
            continue
        if (
            _FOUR_DIGITS.fullmatch(match.group("num"))
            and "projekt" not in doc.lower[max(0, match.start() - 80) : match.start()]
        ):
            continue  # a bare "Nr. 2019" far from the word project is rather a year or an order
        return match
    return None


def _codes(
    doc: Document,
) -> tuple[str | None, str | None, programme.Code | None, programme.Code | None]:
    """The project number (as written, and its quote), and the codes of the programme's
    table: the number's own, if its shape is a programme's, and the measure code.

    A labelled number is the project's; read whole when its shape is in the table even if
    written with spaces or an en dash ("projekto Nr. 07.1.1 – CPVA-R-905-61-0003"), and a
    measure code when that is its shape. Without a label, the first code shaped like a
    programme's project number is the number ("LT-PL-4R-326 „…“" in a heading).
    """
    text = doc.text
    found = programme.codes(doc)
    measure = next((c for c in found if c.what == "measure"), None)
    match = _project_number(doc)
    if match is not None:
        code = programme.code_at(text, match.start("num"), labelled=True)
        if code is not None and code.what == "measure":
            return None, None, None, code
        if code is not None and code.end >= match.end():
            return code.code, text[match.start() : code.end], code, measure
        return match.group("num"), text[match.start() : match.end()], code, measure
    number = next((c for c in found if c.what == "number"), None)
    if number is not None:
        return number.code, number.code, number, measure
    return None, None, None, measure


def _project_url(doc: Document) -> str | None:
    """The project's own web address: labelled as the project's, or the address of a page."""
    text, lower = doc.text, doc.lower
    if "http" not in lower and "www." not in lower:
        return None
    for url_match in _URL.finditer(text):
        candidate = url_match.group(0).rstrip(".,;:)")
        before = lower[max(0, url_match.start() - 50) : url_match.start()]
        # A bare domain, or an address given for the programme, is not the project's page
        # unless the text says it is ("Projekto svetainė: www.…").
        if "program" in before:
            continue  # "Programos svetainė: www.latlit.eu" is the programme's
        if not _URL_LABEL.search(before) and not _URL_PATH.search(_URL_SCHEME.sub("", candidate)):
            continue
        return candidate
    return None


def extract_fields(doc: Document) -> Project:
    """The fields a text states about its project itself; dates and period come in complete()."""
    text, source = doc.text, doc.source
    quotes: dict[str, str] = {}
    title, title_en = _titles(doc, quotes)

    number, number_quote, number_code, measure = _codes(doc)
    if number is not None and number_quote is not None:
        quotes["project_number"] = number_quote
    if measure is not None:
        quotes["measure_code"] = measure.code

    funds = programme.funds_named(doc)
    choice = programme.choose(doc, number_code, measure, funds)
    if choice.quote is not None:
        quotes["programme"] = choice.quote
    fund = funds[0][0] if funds else None
    if funds:
        quotes["fund"] = funds[0][1]

    # The period the programme implies: its row's, when the words or the code tell one.
    period_hint = None
    eu_periods = {r.eu_period for r in choice.rows}
    if choice.quote is not None and len(eu_periods) == 1 and None not in eu_periods:
        period_hint = PeriodHint(eu_periods.pop() or "", choice.quote)
    if period_hint is None and programme_table.kind(choice.programme) != "eea_norway":
        found = _first(doc, _PERIOD_HINTS)
        if found:
            period, match, _ = found
            period_hint = PeriodHint(period, text[match.start() : _word_end(text, match.end())])

    url = _project_url(doc)
    if url:
        quotes["url"] = url
    return Project(
        project_id="",
        title=title,
        title_en=title_en,
        programme=choice.programme,
        programme_basis=choice.basis,
        period=None,
        period_basis=None,
        fund=fund,
        project_number=number,
        measure_code=measure.code if measure else None,
        start_date=None,
        end_date=None,
        duration_months=None,
        url=url,
        sources=source,
        quotes=quotes,
        period_hint=period_hint,
        programme_guesses=choice.guesses,
    )


def complete(
    project: Project,
    events: list[Event],
    periods: list[tuple[str, str]],
    durations: list[StatedDuration],
    partners: Sequence[Partner] = (),
) -> Project:
    """The project with its dates, duration, period, programme and id, read off the other facts.

    ``periods`` are the programming periods the text states (from the events extractor),
    ``durations`` the durations it states, the strongest first; ``partners`` tell whether
    the project has partners abroad (a programme inferred from a region needs them).
    """
    quotes = dict(project.quotes)
    by_event: dict[str, Event] = {}
    for row in events:
        by_event.setdefault(row.event, row)
    start = by_event.get("start")
    end = by_event.get("end") or by_event.get("completed")
    if start:
        quotes["start_date"] = start.quote
    if end:
        quotes["end_date"] = end.quote

    duration = durations[0].months if durations else None
    if durations:
        quotes["duration_months"] = durations[0].quote
    elif start and end and start.precision == "day" and end.precision == "day":
        # Not stated: computed from full start and end dates (see schema).
        duration = dates.months_between(
            date.fromisoformat(start.earliest or ""), date.fromisoformat(end.latest or "")
        )
        quotes["duration_months"] = end.quote

    period = basis = None
    grant = programme_table.kind(project.programme) == "eea_norway"
    if periods:
        period, basis = periods[0][0], "stated"
        quotes["period"] = periods[0][1]
    elif grant:
        pass  # a grant's own period (2009-2014) is no EU period, nor are its project's dates
    elif project.period_hint is not None:
        period, basis = project.period_hint.period, "from_programme"
        quotes["period"] = project.period_hint.quote
    else:
        dated = [
            row
            for event in ("approved", "signed", "start")
            for row in events
            if row.event == event and row.earliest
        ]
        if dated:
            period = period_of_year(min(int((row.earliest or "")[:4]) for row in dated))
            if period:
                quotes["period"] = min(dated, key=lambda r: r.earliest or "").quote
                basis = "from_dates"

    name, name_basis = project.programme, project.programme_basis
    abroad = any(p.country not in (None, "LT") for p in partners)
    guesses = tuple(g for g in project.programme_guesses if abroad or not g.abroad)
    guess = _settle_guess(guesses, period)
    if guess is not None:
        name, name_basis = guess.programme, guess.basis
        quotes["programme"] = guess.quote
        single = programme_table.eu_periods(name)
        if period is None and len(single) == 1 and guess.period is None and guess.basis != "stated":
            period, basis = single[0], "from_programme"
            quotes["period"] = guess.quote

    key_title = project.title_en or project.title or project.sources
    return replace(
        project,
        programme=name,
        programme_basis=name_basis,
        project_id=slugify(short_title(key_title)) if key_title else slugify(project.sources),
        period=period,
        period_basis=basis,
        start_date=start.date if start else None,
        end_date=end.date if end else None,
        duration_months=duration,
        quotes=quotes,
        durations=tuple(durations),
    )


def _settle_guess(guesses: tuple[ProgrammeGuess, ...], period: str | None) -> ProgrammeGuess | None:
    """The programme the text's words imply for the project's period (or for any period)."""
    for guess in guesses:
        if guess.period is not None and guess.period == period:
            return guess
    return next((g for g in guesses if g.period is None), None)


def period_of_year(year: int) -> str | None:
    """The programming period a year falls in (None before 2007 or after 2027).

    >>> period_of_year(2017)
    '2014-2020'
    """
    for period in PERIODS:
        first, last = (int(y) for y in period.split("-"))
        if first <= year <= last:
            return period
    return None
