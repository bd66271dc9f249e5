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
import unicodedata
from dataclasses import replace
from datetime import date
from typing import Any

from cwlib.lexicon import terms
from cwlib.parse import dates
from cwlib.parse.document import Document
from cwlib.parse.facts import Event, PeriodHint, Project, StatedDuration

__all__ = ["complete", "extract_fields", "merge_keys", "period_of_year", "slugify"]

_FLAGS = re.IGNORECASE
_PROGRAMMES = [(name, re.compile(p, _FLAGS), period) for name, p, period in terms.PROGRAMMES]
_PERIOD_HINTS = [(re.compile(p, _FLAGS), period) for p, period in terms.PROGRAMME_PERIOD_HINTS]
_FUNDS = [(name, re.compile(p, _FLAGS)) for name, p in terms.FUNDS]
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"“”„]+")
_NOISE_LINE = re.compile(
    r"^(?:meniu|menu|uždaryti|close|pradžia|home|naujienos|news|kontaktai|paieška|search|slapukai|cookies"
    r"|en|lt|dalintis|share|spausdinti|print|atgal|back|skip)\b[\s|/»>·•-]*",
    _FLAGS,
)
_TITLE_LABEL = re.compile(
    r"(?:projekto\s+pavadinimas|project\s+title|project\s+name|pavadinimas)\s*[:–—-]?\s*", _FLAGS
)
_QUOTED_PROJECT = re.compile(
    r"(?:projekt|project)\w*\s+(?:(?:Nr\.\s*)?[\w./-]+\s+){0,2}(?=,,|„|\"|“|«)", _FLAGS
)
_ENGLISH_ASIDE = re.compile(
    r"\s*\((?:angl\.\s*|en\.?\s*|english:?\s*)?(?P<q>,,|„|\"|“)?(?P<name>[^()\n]{3,200}?)(?:“|”|\")?\)"
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


_NUMBER = re.compile(
    r"""
    (?:
        projekt\w*\s+(?:kodas\s+nr\.?|nr\.?|numeris|kodas)  # "projekto Nr." / "projektą Nr." / "kodas"
      | (?<![\w.])nr\.(?=\s*[A-Z0-9\#])                 # a bare "Nr. C031" (measures are excluded below)
      | (?<=\()(?=\#[A-Z]?\d)                           # "(#R081)": programme-style numbers in brackets
      | (?<=,\s)(?=\#[A-Z]?\d)                          # "(Creative Port Cities, #R095)"
      | sutarties\s+nr\.?                                  # "sutarties Nr."
      | project\s+(?:no\.?|number|code|id)                 # English
      | projekt\w*\s+(?=[A-Z][A-Z0-9]{1,6}-[\w./-]*\d[\w./-]*\s+[„"“,])  # "projektą LLI-487 „…“"
      | (?<=[“”"]\s\()(?=[A-Z][A-Z0-9]{1,6}-[\w./-]*\d[\w./-]*\))  # "„…“ (LL-00089)"
      | (?<=projektas\s)(?:[^()\n]{0,60}?\s)?nr\.?         # "(projektas patvirtintas …, Nr. 3025)"
    )
    (?:\s*/\s*[^\W\d][\w ]{0,25}?)?                   # "Project code / Projekto kodas"
    \s*[:–]?\s*
    (?P<num>(?:[A-Z]{2,6}\s(?=\d))?\#?[A-Z0-9][\w./\#\-]*\d[\w./\#\-]*(?<=\w))  # the number itself, with a digit
    """,
    re.VERBOSE | re.IGNORECASE,
)
_NOT_PROJECT_NUMBER = re.compile(
    r"^[ \t]*(?:„[^“]*“[ \t]*)?(?:priemon|prioritet|įsakym|sprendim|kvietim)", _FLAGS
)
_MEASURE_BEFORE = re.compile(
    r"(?:priemon\w*|prioritet\w*|įsakym\w*|sprendim\w*|kvietim\w*)\s*$", _FLAGS
)
_LT_WORD = re.compile(
    r"[ąčęėįšųūž]|\b(?:ir|su|bei|plėtra|projektas|kūrybin\w*|skatinant|miestų|regione|tinklo)\b"
    r"|\b\w{3,}(?:ijos|ojo|osios|iems|ams|oms|ių)\b",
    _FLAGS,
)
_EN_WORD = re.compile(
    r"\b(?:the|of|and|in|through|with|for|a|an|to|on|creative|network|cities)\b", _FLAGS
)


def slugify(text: str, max_words: int = 6) -> str:
    """An ASCII identifier from a title (diacritics folded only for the key).

    >>> slugify("Visagino inovacijų klasterio įkūrimas")
    'visagino-inovaciju-klasterio-ikurimas'
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", folded.lower())
    return "-".join(words[:max_words]) or "project"


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
        rest = re.match(r"\s*[–—-]\s*(?P<b>.{3,})$", title[quoted[1] + 1 :])
        if rest:
            a, b = title[quoted[0] : quoted[1]], rest.group("b")
            return [(_language(a), a.strip()), (_language(b), b.strip(" ."))]
    paren = re.match(r"^(?P<a>[^()]{3,}?)\s*\((?P<b>[^()]{3,})\)\s*$", title)
    if paren and _language(paren.group("a")) != _language(paren.group("b")):
        return [(_language(p), p.strip()) for p in (paren.group("a"), paren.group("b"))]
    for sep in (". ", " / ", " | "):
        if sep in title:
            a, b = title.split(sep, 1)
            if len(a) >= 3 and len(b) >= 3 and _language(a) != _language(b):
                return [(_language(a), a.strip()), (_language(b), b.strip(" ."))]
    return [(_language(title), title.strip())]


_SECTION_LINE = re.compile(
    r"^(?:įgyvendinti|įgyvendinami|vykdomi|baigti|tarptautiniai|es|europos\s+sąjungos)?\s*(?:finansuojami\s+)?projektai$"
    r"|^(?:naujienos|aktualijos|news|projects)$",
    _FLAGS,
)
_CHROME_LINE = re.compile(
    r"[›»>|]\s*\S|slapuk|cookie|visos\s+teisės|all\s+rights|^©|^meniu\b|^menu\b"
    r"|\S\s/\s\S.*\S\s/\s\S|(?:\S+[ \t]{2,}){3}|^(?:paskelbta|publikuota|posted|autorius|author|data)\b",
    _FLAGS,
)
_ORG_LINE = re.compile(
    r"^(?:\S+\s+){0,5}(?:savivaldybė|administracija|agentūra|universitetas|centras|biblioteka|muziejus"
    r"|municipality|council|academy\s+of\s+\w+|university|park|agency|harbour|centre|center|office|association"
    r"|kommun|kommune|gmina|pašvaldība|dome|stadt|comune(?:\s+di\s+\w+)?(?:\s+[–-]\s+.*)?)$",
    _FLAGS,
)


def _content_lines(text_lines: tuple[Any, ...]) -> list[Any]:
    """Lines that can hold a title: no menus, breadcrumbs, cookie notices or site names."""
    out = []
    for line in text_lines:
        if _NOISE_LINE.match(line.text) and len(line.text) < 60:
            continue
        if len(line.text) < 200 and _CHROME_LINE.search(line.text):
            continue
        if _ORG_LINE.match(line.text) or _SECTION_LINE.match(line.text):
            continue
        if _URL.fullmatch(line.text) or len(line.text) < 4:
            continue
        out.append(line)
        if len(out) >= 40:  # a title stands near the top; the rest of a page need not be read
            break
    return out


def _find_titles(text: str, text_lines: tuple[Any, ...]) -> list[tuple[str, str]]:
    """Title candidates (text, quote), best first."""
    candidates: list[tuple[str, str]] = []
    content = _content_lines(text_lines)
    for line in content[:40]:
        label = _TITLE_LABEL.match(line.text)
        if label and label.end() < len(line.text):
            value = re.split(r"(?<=[^\s.]{3})\.\s+(?=[A-ZĄČĘĖĮŠŲŪŽ])", line.text[label.end() :])[0]
            value = re.sub(r"\s*\((?:[^()]*\d[^()]*)\)\s*$", "", value).strip(" .")
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
    body_names = []
    for match in _QUOTED_PROJECT.finditer(text):
        span = _quoted_at(text, match.end())
        if span:
            name = text[span[0] : span[1]]
            body_names.append((name.strip(), name))
    if content and not candidates:
        first = content[0].text
        looks_headline = first.endswith(("!", "?"))
        inner = _QUOTED_PROJECT.search(first)
        inner_span = _quoted_at(first, inner.end()) if inner else None
        value = None
        if first.isupper() and any(_norm(n) == _norm(first) for n, _ in body_names):
            # A heading in capitals: the same name as the text writes it in its sentences.
            name, quote = next((n, q) for n, q in body_names if _norm(n) == _norm(first))
            candidates.append((name, quote))
            value = name
        elif inner_span:
            # "Projektas „X“", "Baigtas projektas „X“": the title is the quoted name.
            name = first[inner_span[0] : inner_span[1]]
            candidates.append((name.strip(), name))
            value = name
        else:
            if body_names and not any(_norm(n) in _norm(first) for n, _ in body_names):
                looks_headline = True
            if not looks_headline and len(first) <= 300:
                value = _unquote(first.strip(" ."))
                bare = re.match(r"^(?:projektas|project)\s+(?=[A-ZĄČĘĖĮŠŲŪŽ])", value, _FLAGS)
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
                and not re.search(r"\d", second)
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


def _norm(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", folded)


def _short(title: str) -> str:
    """The short form of a title: the part before a dash, colon or full stop."""
    part = re.split(r"\s+[–—-]\s+|:\s|\.\s", title, maxsplit=1)[0]
    return part.strip(" .,")


def _english_aside(text: str) -> tuple[str, str] | None:
    """An English title given in brackets after a quoted Lithuanian one: „…“ (angl. „…“)."""
    for match in _QUOTED_PROJECT.finditer(text):
        span = _quoted_at(text, match.end())
        if not span:
            continue
        aside = _ENGLISH_ASIDE.match(text, span[1] + 1)
        if not aside:
            continue
        # "(Creative Port Cities, #R095)": keep the words, not the number beside them.
        for part in re.split(r"[,;]\s*", aside.group("name")):
            part = re.sub(
                r"^(?:angl|en|english|akronimas|acronym)\.?:?\s*", "", part.strip(), flags=_FLAGS
            ).strip(' „“”"')
            if re.search(r"\d|\bnr\b|projekt", part, _FLAGS) or not re.search(r"[A-Za-z]{3}", part):
                continue
            if _language(part) == "en":
                return part, part
    return None


_EN_TITLE_LABEL = re.compile(
    r"^(?:pavadinimas\s+anglų\s+k(?:alba)?\.?|anglų\s+k(?:alba)?\.?|english\s+title|title\s+in\s+english)"
    r"\s*[:\t–-]?\s*(?P<v>\S.{1,200})$",
    _FLAGS | re.MULTILINE,
)
_ACRONYM_LABEL = re.compile(
    r"^(?:projekto\s+akronimas|akronimas|acronym)\s*[:\t–-]?\s*(?P<v>\S.{1,200})$",
    _FLAGS | re.MULTILINE,
)


def _titles(
    text: str, quotes: dict[str, str], text_lines: tuple[Any, ...]
) -> tuple[str | None, str | None]:
    title = title_en = None
    labelled = _EN_TITLE_LABEL.search(text)
    aside = _english_aside(text)
    if labelled:
        # "Pavadinimas anglų k.: …", "Projekto akronimas: …": the text says which is English.
        value = _unquote(labelled.group("v").strip(" ."))
        title_en = value
        quotes["title_en"] = value if value in text else labelled.group("v")
    elif aside:
        title_en = aside[0]
        quotes["title_en"] = aside[1]
    for value, quote in _find_titles(text, text_lines):
        for lang, part in _split_languages(value):
            if lang == "en" and title_en is None:
                title_en = part
                quotes["title_en"] = part if part in text else quote
            elif lang == "lt" and title is None:
                title = part
                quotes["title"] = part if part in text else quote
        if title and title_en:
            break
    acronym_label = _ACRONYM_LABEL.search(text)
    if title_en is None and acronym_label:
        # "Projekto akronimas: DIGIHERIT": the acronym stands for the English title only when
        # the text gives no English title itself.
        title_en = _unquote(acronym_label.group("v").strip(" ."))
        quotes["title_en"] = title_en if title_en in text else acronym_label.group("v")
    if title_en is None:
        # "projekto DESIGN HUBS partnerių susitikimas": an acronym named as the project.
        acronym = re.search(
            r"(?:projekt|project)\w*\s+(?P<a>[A-Z][A-Z0-9\-]{2,}(?:\s+[A-Z][A-Z0-9\-]{2,}){0,3})\b",
            text,
        )
        if acronym and acronym.group("a") not in (title or "").upper():
            title_en = acronym.group("a")
            quotes["title_en"] = title_en
    if title is None and title_en is not None:
        title = title_en
        quotes["title"] = quotes["title_en"]
    return title, title_en


def _word_end(text: str, pos: int) -> int:
    match = re.compile(r"\w*").match(text, pos)
    return match.end() if match else pos


def extract_fields(doc: Document) -> Project:
    """The fields a text states about its project itself; dates and period come in complete()."""
    text, source = doc.text, doc.source
    quotes: dict[str, str] = {}
    title, title_en = _titles(text, quotes, doc.lines)

    programme = period_hint = None
    for name, pattern, period in _PROGRAMMES:
        match = pattern.search(text)
        if match:
            programme = name
            quotes["programme"] = text[match.start() : _word_end(text, match.end())]
            if period is not None:
                period_hint = PeriodHint(period, quotes["programme"])
            break
    if period_hint is None:
        for pattern, period in _PERIOD_HINTS:
            match = pattern.search(text)
            if match:
                period_hint = PeriodHint(period, text[match.start() : _word_end(text, match.end())])
                break

    fund = None
    for name, pattern in _FUNDS:
        match = pattern.search(text)
        if match:
            fund = name
            quotes["fund"] = text[match.start() : _word_end(text, match.end())]
            break

    number = None
    for match in _NUMBER.finditer(text):
        if _NOT_PROJECT_NUMBER.match(text[match.end() :]) or _MEASURE_BEFORE.search(
            text[max(0, match.start() - 40) : match.start()]
        ):
            continue
        if re.fullmatch(r"\d{4}", match.group("num")) and not re.search(
            r"projekt", text[max(0, match.start() - 80) : match.start()], _FLAGS
        ):
            continue  # a bare "Nr. 2019" far from the word project is rather a year or an order
        number = match.group("num")
        quotes["project_number"] = text[match.start() : match.end()]
        break

    url = None
    for url_match in _URL.finditer(text):
        candidate = url_match.group(0).rstrip(".,;:)")
        before = text[max(0, url_match.start() - 50) : url_match.start()]
        labelled = re.search(
            r"(?:svetainė|tinklalapis|website|web\s*page|site|projekt\w*(?:\s+\w+){0,2})\W*$",
            before,
            _FLAGS,
        )
        # A bare domain, or an address given for the programme, is not the project's page
        # unless the text says it is ("Projekto svetainė: www.…").
        if re.search(r"program", before, _FLAGS):
            continue  # "Programos svetainė: www.latlit.eu" is the programme's
        if not labelled and (
            not re.search(r"\w/\S", re.sub(r"^https?://", "", candidate))
            or re.search(r"program", before, _FLAGS)
        ):
            continue
        url = candidate
        break
    if url:
        quotes["url"] = url
    return Project(
        project_id="",
        title=title,
        title_en=title_en,
        programme=programme,
        programme_basis="stated" if programme else None,
        period=None,
        period_basis=None,
        fund=fund,
        project_number=number,
        measure_code=None,
        start_date=None,
        end_date=None,
        duration_months=None,
        url=url,
        sources=source,
        quotes=quotes,
        period_hint=period_hint,
    )


def complete(
    project: Project,
    events: list[Event],
    periods: list[tuple[str, str]],
    durations: list[StatedDuration],
) -> Project:
    """The project with its dates, duration, period and id, read off the other facts.

    ``periods`` are the programming periods the text states (from the events extractor),
    ``durations`` the durations it states, the strongest first.
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
    if periods:
        period, basis = periods[0][0], "stated"
        quotes["period"] = periods[0][1]
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

    key_title = project.title_en or project.title or project.sources
    return replace(
        project,
        project_id=slugify(_short(key_title)) if key_title else slugify(project.sources),
        period=period,
        period_basis=basis,
        start_date=start.date if start else None,
        end_date=end.date if end else None,
        duration_months=duration,
        quotes=quotes,
        durations=tuple(durations),
    )


def period_of_year(year: int) -> str | None:
    """The programming period a year falls in (None before 2007 or after 2027).

    >>> period_of_year(2017)
    '2014-2020'
    """
    for period in ("2007-2013", "2014-2020", "2021-2027"):
        first, last = (int(y) for y in period.split("-"))
        if first <= year <= last:
            return period
    return None


def merge_keys(project: Project) -> frozenset[str]:
    """Keys two texts about the same project share: number, address, titles."""
    keys = set()
    if project.project_number:
        keys.add("number:" + _norm(project.project_number))
    if project.url:
        keys.add("url:" + _norm(re.sub(r"^https?://(www\.)?", "", project.url).rstrip("/")))
    for value in (project.title, project.title_en):
        if value:
            for form in (value, _short(value)):
                norm = _norm(form)
                if len(norm) >= 12:
                    keys.add("title:" + norm)
    return frozenset(keys)
