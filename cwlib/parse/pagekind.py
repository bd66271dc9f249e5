"""Pages that are not one project's own page, told by their headline.

A programme's news about its call ("Paskelbtas … programos 2-asis kvietimas teikti paraiškas",
"… programos 3-iojo kvietimo metu buvo gauta N paraiškų", "18 projects of the 2nd call
approved") states the call's money, its deadlines, the projects it selected and the
programme's aims. Read as a project's page, its headline became a project's
title, the call's funds an EU budget and a survey's closing day the project's end. A call's
card, with its labels one a line, is told apart by the budgets reader (``budgets.call_card``);
a news item has no such labels, only a headline that names a programme and its call. The parser
(which then reads no budget and no dated event from the page) and the audit (which says why)
both ask :func:`call_headline`.

A programme's news that asks the public's opinion on the programme (a public consultation on its
draft document, a survey on its priorities) names the programme, its fund, its budget and the
survey's closing day, and no project: :func:`programme_headline` finds its headline, which the
title reader then skips, so that such a page, stating no sum, partner or project number of a
project's own, is no project.

``HEADLINE_KINDS`` pairs each of these headline readers with the audit's check and the build's
name for the page, and :func:`headline_kind` walks it: the build's skip message and the audit's
warning ask the same table in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from cwlib.lexicon import load as lexicon
from cwlib.lexicon.load import alternation, fragment, words
from cwlib.parse.document import Document
from cwlib.patterns import compiled

__all__ = [
    "CALL_GROUP",
    "CALL_LABEL",
    "CALL_LABELS_MIN",
    "HEADLINE_KINDS",
    "OPINION_GROUP",
    "SELECTION_GROUP",
    "HeadlineKind",
    "applications_call",
    "call_card_labels",
    "call_card_text",
    "call_headline",
    "funded_projects",
    "funding_contest",
    "funding_news",
    "headline_kind",
    "legal_act",
    "news_sentence",
    "programme_card",
    "programme_headline",
    "project_event",
]

CALL_LABEL = compiled(
    lexicon.fill(
        r"""
        ^[ \t]*(?:[•*·–-][ \t]*)?  # a line's start, after a bullet
        (?P<label>(?i:{LABELS}))    # a call card's label ("Teikiama nuo", "Pareiškėjo tipas") …
        (?:(?!\w)|(?=[A-ZĄČĘĖĮŠŲŪŽ]))   # … whole, or glued to its value's capital
        """,
        LABELS=alternation(words("pages", "call_labels")),
    ),
    re.VERBOSE | re.MULTILINE,
)
"""A call card's label opening a line: matched at a line's start (where ``^`` holds) by the
budget reader (``budgets.call_card``), and found over a whole text by the audit, which names
the labels in its warning, and by :func:`call_card_labels`."""
CALL_LABELS_MIN = 2
"""Different call-card labels at lines' starts that make a text a call for proposals, for the
budget reader, the audit's warning and the build (one alone, "Galimi partneriai", may stand
on a project's own card)."""
_CALL = compiled(fragment("pages", "call_news"), re.VERBOSE)
"""A call announced or its applications counted (matched on the lower-cased headline)."""
CALL_GROUP = "pages.call_news"
"""The keyword group of a call's words (``kvietim``, ``call``)."""
_CALL_MARK = compiled(
    r"""
    kvietim|call                                      # a call named at all (a first test)
    """,
    re.VERBOSE,
)
SELECTION_GROUP = "pages.selection_news"
"""The keyword group of a selection's words (``patvirtint``, ``approved``, ``selected``)."""
_SELECTED = compiled(fragment("pages", "selection_news"), re.VERBOSE)
"""Projects selected or funded (matched on the lower-cased headline)."""
OPINION_GROUP = "pages.programme_news"
"""The keyword group of an opinion asked (``konsultacij``, ``nuomon``, ``apklaus``)."""
_OPINION = compiled(fragment("pages", "programme_news"), re.VERBOSE)
"""A public consultation or a survey on a programme (matched on the lower-cased headline)."""


_WORD_END = r"(?![^\W\d_])"
"""No letter after: a whole word."""


def _words(name: str, whole: bool = False) -> re.Pattern[str]:
    """One of the words of ``pages.toml [name]`` at a word's start (stems), or ``whole``."""
    return compiled(
        rf"""
        (?<![^\W\d_])                                 # at a word's start
        (?:{alternation(words("pages", name))})       # one of the list's words
        {_WORD_END if whole else ""}                   # (whole, where asked)
        """,
        re.VERBOSE,
    )


_PROGRAMME = _words("call_news_programme")  # "programos", "Interreg"
_PROJECT = _words("call_news_project")  # "projektas", "pateikta paraiška"
_PROJECTS = _words("selection_news_projects", whole=True)  # "projektai", "projects"
_ONE_PROJECT = _words("selection_news_one", whole=True)  # "projektas", "project", "paraiška"
_SELECTION_CONTEXT = _words("selection_news_context")  # "program", "kvietim", "call"
_DRAFT = _words("programme_news_draft")  # "(programos) dokumento projektas": a draft
_FUNDED = compiled(fragment("pages", "funded_projects"), re.VERBOSE)  # "finansuoti", "approved"
_FUNDED_PLURAL = _words("funded_projects_plural", whole=True)  # "projektai", "projektams"
_CONTEST = compiled(fragment("pages", "funding_contest"), re.VERBOSE)  # "finansavimo konkursas"
_FUNDING_NEWS = compiled(fragment("pages", "funding_news"), re.VERBOSE)  # "… – parama …"
_APPLICATIONS_CALL = compiled(fragment("pages", "applications_call"), re.VERBOSE)  # "Kvietimas …"
_EVENT = compiled(fragment("pages", "project_event"), re.VERBOSE)  # "projekto … susitikimas"
_EVENT_EN = compiled(fragment("pages", "project_event_en"), re.VERBOSE)  # "kick-off meeting"
_NEWS_VERB = _words("news_verbs", whole=True)  # "vyko", "sieks", "pritarė": a sentence's verb
_NEWS_VERB_EN = compiled(fragment("pages", "news_verbs_en"), re.VERBOSE)  # "is helping"
_NEWS_PARTICIPLE = compiled(
    rf"""
    (?:{fragment("pages", "news_participles")})   # "gautas", "skiriama", "aptarti": a participle
    {_WORD_END}                                    # as a whole word (matched at the heading's start)
    """,
    re.VERBOSE,
)
_PROGRAMME_CARD = compiled(
    r"""
    programos\s+(?:pavadinimas|operatorius)   # "Programos pavadinimas", "… operatorius"
    |programme\s+(?:operator|id)\b           # "Programme Operator:", "Programme ID:"
    """,
    re.VERBOSE,
)  # matched at a line's start (after its spaces), lower-cased: see programme_card
_PROGRAMME_CARD_WORD = "program"
"""What every match of _PROGRAMME_CARD opens with."""
_PROGRAMME_CARD_CHARS = 600
"""How far from the top a programme's card label is looked for."""
_HEADLINE_LINES = 3
"""Non-blank lines from the top in which the headline is looked for (a site's name or a
dateline may stand above it)."""
_HEADLINE_MAX = 250
"""Characters a headline may hold: a longer line is a paragraph."""
_HEAD_CHARS = 4 * _HEADLINE_MAX
"""Characters from the top that may hold the headline, for a cheap first test (blank lines
and a long site name above it included)."""
_QUOTES = '„“"«'
_ACT_KINDS = frozenset(words("pages", "legal_act"))  # "SPRENDIMAS", "ĮSAKYMAS": a legal act's kind
_ACT_LINES = 12
"""Non-blank lines from the top in which a legal act's kind is looked for (the issuer's name,
perhaps over two lines, and a register's notes may stand above it)."""
_ACT_SUBJECT = "DĖL "
"""How a legal act's subject line opens ("DĖL … PATVIRTINIMO": "on the approval of …")."""
_ACT_SUBJECT_SMALL = "\nDėl "
"""The same subject in sentence case, opening a line ("Dėl … pakeitimo")."""


def call_headline(text: str, doc: Document | None = None) -> tuple[int, int] | None:
    """Where the text's headline announces a programme's call or reports the projects its
    call selected (start, end), else None.

    The headline is one of the first few non-blank lines: short, not a sentence of the body
    (it does not end with a full stop), with no quoted name (a quoted name is a project's,
    "Projektas „X“ – 2-ojo kvietimo nugalėtojas"). It must name a programme and its call and
    no project, nor an application handed in ("Pateikta paraiška pagal … kvietimą" is one
    project's news, whose sums are its planned budget); or name projects in the plural as
    selected ("18 projects of the 2nd call approved", "… programoje patvirtinti N projektų")
    with the programme or its call, and no one project. With the text's ``doc`` the first
    test is its keyword hits, a look-up.
    """
    if not _top_may_hold(text, doc, ((CALL_GROUP, _CALL_MARK), (SELECTION_GROUP, _SELECTED))):
        return None  # most pages' tops name no call and no selection
    return _headline(text, lambda low: _announces_call(low) or _reports_selection(low))


def programme_headline(text: str, doc: Document | None = None) -> tuple[int, int] | None:
    """Where the text's headline asks the public's opinion on a programme (start, end), else
    None: a public consultation on it or a survey on it ("Viešoji konsultacija dėl … programos
    dokumento projekto", "Kviečiame teikti nuomonę dėl … programos …", "Kvietimas dalyvauti
    apklausoje dėl … programos prioritetų"), naming the programme and no project (the draft of
    the programme's document is none). The headline is found as :func:`call_headline` finds
    its own; with the text's ``doc`` the first test is its keyword hits, a look-up.

    >>> programme_headline("Viešoji konsultacija dėl Interreg programos dokumento projekto")
    (0, 62)
    >>> programme_headline("Projekto „Upė“ dalyvių apklausa dėl Interreg programos renginio")
    """
    if not _top_may_hold(text, doc, ((OPINION_GROUP, _OPINION),)):
        return None  # most pages' tops ask no opinion
    return _headline(text, _asks_opinion)


def _top_may_hold(
    text: str, doc: Document | None, marks: tuple[tuple[str, re.Pattern[str]], ...]
) -> bool:
    """Whether the text's top (its first :data:`_HEAD_CHARS` characters) holds one of the
    ``marks``, each a keyword group of the Document and the pattern that stands for it without
    one: with the text's ``doc``, a look-up of its keyword hits; else one search a mark of
    the lower-cased top. A cheap first test, before the headline is looked for."""
    if doc is not None:
        return any((hits := doc.hits(group)) and hits[0] < _HEAD_CHARS for group, _ in marks)
    top = text[:_HEAD_CHARS].lower()
    return any(pattern.search(top) for _, pattern in marks)


def _headline(text: str, test: Callable[[str], bool]) -> tuple[int, int] | None:
    """The first of the text's first few non-blank lines that may be a headline (short, no
    full stop at its end, no quoted name) and passes ``test`` (given it lower-cased)."""
    pos = 0
    seen = 0
    while seen < _HEADLINE_LINES and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        stripped = line.strip()
        if stripped:
            seen += 1
            low = stripped.lower()
            if (
                len(stripped) <= _HEADLINE_MAX
                and not stripped.endswith(".")
                and not any(q in stripped for q in _QUOTES)
                and test(low)
            ):
                start = pos + line.index(stripped)
                return start, start + len(stripped)
        pos = end + 1
    return None


def _announces_call(low: str) -> bool:
    """A headline (lower-cased) that announces a programme's call or counts its applications."""
    return bool(_CALL.search(low) and _PROGRAMME.search(low) and not _PROJECT.search(low))


def _reports_selection(low: str) -> bool:
    """A headline (lower-cased) that reports the projects a programme or its call selected:
    projects in the plural, the programme or its call, no one project nor an application."""
    return bool(
        _SELECTED.search(low)
        and _PROJECTS.search(low)
        and _SELECTION_CONTEXT.search(low)
        and not _ONE_PROJECT.search(low)
    )


def _asks_opinion(low: str) -> bool:
    """A headline (lower-cased) that asks the public's opinion on a programme and names no
    project (the draft of the programme's document is none)."""
    return bool(
        _OPINION.search(low) and _PROGRAMME.search(low) and not _PROJECT.search(_DRAFT.sub("", low))
    )


def legal_act(text: str) -> bool:
    """True when the text is a legal act: among its first lines, the act's kind alone on its
    line in capitals ("SPRENDIMAS", "ĮSAKYMAS", "Į S A K Y M A S"), and within the next two
    lines its subject, opening with "DĖL " ("DĖL … TVARKOS APRAŠO PATVIRTINIMO").

    Why: a council's decision or a minister's order names its issuer, its kind and its subject
    at the top, where a project's page puts its title; read as one, each became a project
    titled "Lietuvos Respublikos … ministras", "SPRENDIMAS" or "DĖL …". An act is no project's
    name, whatever projects it rules on. The title reader then takes no heading from its top.

    >>> legal_act("RAJONO SAVIVALDYBĖS TARYBA\\nSPRENDIMAS\\nDĖL APRAŠO PATVIRTINIMO\\n")
    True
    >>> legal_act("Sprendimas priimtas\\nDėl projekto „Upė“ taryba pritarė.\\n")
    False

    Round 19: a copy of the register that writes the kind in small letters ("Lietuvos
    Respublikos Vyriausybė" / "nutarimas" / "Dėl … pakeitimo"), read as a project titled by
    its issuer, is an act too; the kind must still stand alone on its line.
    """
    head = 2 * _HEAD_CHARS
    if text.find(_ACT_SUBJECT, 0, head) < 0 and text.find(_ACT_SUBJECT_SMALL, 0, head) < 0:
        return False  # (most pages state no subject of an act: one look at the top)
    top = text[:head]
    lines = [line.strip() for line in top.splitlines() if line.strip()][:_ACT_LINES]
    return any(
        line.replace(" ", "").upper() in _ACT_KINDS
        and any(after.upper().startswith(_ACT_SUBJECT) for after in lines[i + 1 : i + 3])
        for i, line in enumerate(lines)
    )


def programme_card(text: str) -> bool:
    """True for a programme's own card: a line near the top opening with the programme's name
    label or its operator's ("Programos pavadinimas", "Programme Operator:", "Programme ID:").

    Why: a donor programme's page names its field at the top ("Kultūra", "Culture") over the
    card of its name, code, operator and money; the heading was read as a project's title and
    the page kept as a project on the programme's sums (three surveyed pages of two sites,
    round 19). The title reader takes no heading from it, and the build keeps it only where
    it names a project by its title. A project's card labels its own name "Projekto
    pavadinimas".

    >>> programme_card("Kultūra\\nProgramos pavadinimas\\nKultūra\\nKodas\\nLT04\\n")
    True
    >>> programme_card("Projekto pavadinimas\\nKiemų takai\\nPrograma\\nLEADER\\n")
    False
    """
    top = text[:_PROGRAMME_CARD_CHARS]
    if "rogram" not in top:
        return False  # (most pages name no programme at the top: one look)
    # The label is tried only where "program" stands after a line's start and its spaces
    # (found by ``str.find``), not searched for: the pattern it was,
    # ``(?:^|\n)[^\S\n]*(?:<label>)``, opened with no literal and was tried at each of the
    # top's 600 characters (~2.5x the cost, on pages that name a programme at the top).
    # ``str.isspace`` tests what ``\s`` matches, and the slice holds no newline.
    low = top.lower()
    at = low.find(_PROGRAMME_CARD_WORD)
    while at >= 0:
        line_start = low.rfind("\n", 0, at) + 1
        if (line_start == at or low[line_start:at].isspace()) and _PROGRAMME_CARD.match(low, at):
            return True
        at = low.find(_PROGRAMME_CARD_WORD, at + 1)
    return False


def call_card_labels(text: str) -> dict[str, str]:
    """The different call-card labels opening the text's lines, each as first written, by
    its lower-cased form: the audit names them in its warning, and :func:`call_card_text`
    counts them."""
    labels: dict[str, str] = {}
    for m in CALL_LABEL.finditer(text):
        labels.setdefault(m.group("label").lower(), m.group("label"))
    return labels


def call_card_text(text: str) -> bool:
    """Whether the text is a call for proposals' card: two different call labels opening
    lines, as the budget reader tells one (``budgets.call_card``, at its keyword hits) and the
    audit warns of it. Asked by the build of a text with no sum, whose title may be the
    call's name: a call's card is no project's page."""
    return len(call_card_labels(text)) >= CALL_LABELS_MIN


def funded_projects(low: str) -> bool:
    """A heading (lower-cased) that reports several projects funded, selected or approved and
    names no one project ("Finansuoti visi N … projektai", "Skelbiame projektus, kuriems
    patvirtinta … parama"): a news headline, no project's name. Unlike a programme's news of
    its call's selection (:func:`call_headline`), no programme need be named, and the page is
    still read: only its headline is no title.

    >>> funded_projects("finansuoti visi 10 kultūros centro projektai")
    True
    >>> funded_projects("jaunimo projektų finansavimo modelio sukūrimas")
    False
    """
    return bool(_FUNDED_PLURAL.search(low) and _FUNDED.search(low) and not _ONE_PROJECT.search(low))


def funding_contest(low: str) -> bool:
    """A heading (lower-cased) that names a contest for funding projects ("… projektų
    finansavimo 2023–2024 m. konkursas", "Skelbiamas … finansavimo konkursas"): the contest's
    news, no project's name. The page is still read: only its heading is no title.

    >>> funding_contest("skelbiamas jaunimo iniciatyvų finansavimo konkursas")
    True
    >>> funding_contest("respublikinis vaikų piešinių konkursas")
    False
    """
    return "konkurs" in low and _CONTEST.search(low) is not None


def funding_news(low: str) -> bool:
    """A heading (lower-cased) that gives support or funding to a recipient named before a
    dash ("… kaimams – parama kiemų tvarkymui", "… projektui – … fondo
    finansavimas"), names the state's support scheme ("Nacionalinė parama kaimo amatų
    centrams", "Valstybės parama …"), ends with only a sum after a dash ("Jaunimo centrams
    stiprinti – daugiau kaip 3 mln. eurų") or announces a funding round's results ("… tarybos
    finansavimo rezultatai 2026 metams"): news of money granted, no project's name. The page
    is still read.

    >>> funding_news("pajūrio kaimams – parama kiemų tvarkymui")
    True
    >>> funding_news("nacionalinė parama kaimo amatų centrams")
    True
    >>> funding_news("savanorystė – parama senjorams")
    False
    """
    if not any(word in low for word in ("param", "finansavim", "eur", "€", "rezultat")):
        return False  # (most headings name no support, funding, euro or results: a look each)
    return _FUNDING_NEWS.search(low) is not None


def applications_call(low: str) -> bool:
    """A heading (lower-cased) that opens with a call for applications ("Kvietimas teikti
    paraiškas pagal … priemonę …", "Kvietimas teikti paraiškas 2026 metais"): a call for
    money to be applied for, no project's name. Unlike a programme's call
    (:func:`call_headline`) no programme need be named, and the page is still read: only its
    heading is no title.

    >>> applications_call("kvietimas teikti paraiškas bendruomeninėms organizacijoms")
    True
    >>> applications_call("paraiškų teikimo kvietimų analizė")
    False
    """
    return "kvietim" in low and _APPLICATIONS_CALL.match(low) is not None


@dataclass(frozen=True)
class HeadlineKind:
    """A kind of page a headline tells, and the names the later stages give it.

    The build names a skipped page by its kind and the audit warns under its check: one table,
    so that a new kind is added once and neither stage pairs a reader with the wrong name.
    """

    check: str
    """The audit's check for a page of this kind that is still read (``cwlib.build.audit``)."""
    what: str
    """How the build's skip message names the page ("a programme's news about its call")."""
    find: Callable[[str], tuple[int, int] | None]
    """The headline reader: the headline's span, None when the page is not of this kind."""


HEADLINE_KINDS: tuple[HeadlineKind, ...] = (
    HeadlineKind("call_news", "a programme's news about its call", call_headline),
    HeadlineKind(
        "programme_news", "a programme's public consultation or survey", programme_headline
    ),
)
"""The kinds in the order asked: a page of the call's news is that, whatever else it holds."""


def headline_kind(text: str) -> tuple[HeadlineKind, str] | None:
    """The first kind whose reader finds the text's headline, with the headline quoted; None
    when the headline is of no kind here (a project's own page)."""
    for kind in HEADLINE_KINDS:
        span = kind.find(text)
        if span is not None:
            return kind, text[span[0] : span[1]]
    return None


def news_sentence(low: str) -> bool:
    """A heading (lower-cased) that is a sentence of news, told by a finite verb of
    ``pages.toml [news_verbs]`` ("… savivaldybė dar kartą sieks lėšų …", "Savivaldybė ketina
    rekonstruoti …"): a report on what happens, no project's name, which names its work with
    nouns. The title reader takes no title from it unless the sentences quote it as the name.

    A heading that opens with a passive participle of such a verb ("Gautas … finansavimas …",
    "Skiriama … parama …", "Aptarti … klausimai") is one too: the news of something done, told
    without its doer.

    >>> news_sentence("kaimo bendruomenės gali teikti paraiškas")
    True
    >>> news_sentence("aptarti būsimo kvietimo rengimo klausimai")
    True
    >>> news_sentence("upėnų miesto stadiono atnaujinimas")
    False

    In English, an auxiliary and a verb (``pages.toml [news_verbs_en]``: "The region may lose
    its ferry funding", "Project No. AB-12 is being implemented"), round 19.

    >>> news_sentence("the town may lose its river ferry")
    True
    >>> news_sentence("coding is fun")
    False
    """
    return (
        _NEWS_VERB.search(low) is not None
        or _NEWS_PARTICIPLE.match(low) is not None
        or _NEWS_VERB_EN.search(low) is not None
    )


def project_event(low: str) -> bool:
    """A heading (lower-cased) that names an event of a project ("Baigiamasis projekto
    partnerių susitikimas …", "Projekto pristatymo renginys"): a report on the event, whose
    quoted name, if any, is read apart; no project's name itself.

    In English, a meeting of the project's partners ("Our project kick-off in …", "Third
    partners' meeting", "The closing meeting of the project partners …"), or a mobility, a
    visit or an exchange in a place ("Erasmus+ mobility in Portugal").

    >>> project_event("baigiamasis projekto partnerių susitikimas lietuvoje")
    True
    >>> project_event("second partner's meeting")
    True
    >>> project_event("projektų valdymo mokymai jaunimui")
    False
    """
    if "projekto" in low and _EVENT.search(low) is not None:
        return True
    if not any(word in low for word in ("meeting", "kick", "mobility", "visit", "exchange")):
        return False  # (an English event's words: most headings hold none)
    return _EVENT_EN.search(low) is not None
