"""Kinds of counted result: what a results indicator counts, from its words.

The results notebook groups the counts projects promise or report (``results.csv``) by the
kind of thing counted, because "24 seminars" and "300 participants" must never be added
together. The kinds are the ones EU programme indicators use (events organised, participants
reached, people trained, plans and studies produced, objects built or equipped, products
such as routes and programmes, jobs, organisations involved, pilot actions), read off the
results sections of the genre's pages (the seeds in data/raw, the genre texts in tests/genre,
the generated corpus of benchmarks/make_corpus.py) in Lithuanian and English.

Lithuanian words are stems, because the language inflects them (``dirbtuv`` matches
dirbtuvės, dirbtuvių, dirbtuvėse). The first kind whose pattern matches the indicator wins,
so the order matters: "mokymų dalyviai" (participants of trainings) are people trained, not
participants; "kūrybinės studijos" are studios (objects), "ekonomikos studijos" studies.
"""

from __future__ import annotations

import re

from cwlib.patterns import compiled

__all__ = ["RESULT_KINDS", "result_kind"]

RESULT_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "trained",
        compiled(
            r"""
            (?i:mokym\w*\s+dalyv)                        # mokymų dalyviai
            | (?i:apmokyt|išmokyt)                       # apmokyta, išmokyti
            | (?i:\btrain(?:ed|ees?)\b)                  # trained, trainees
            """,
            re.VERBOSE,
        ),
    ),
    (
        "jobs",
        compiled(
            r"""
            (?i:darbo\s+viet)                            # darbo vietos
            | (?i:\bjobs?\b)                             # new jobs
            """,
            re.VERBOSE,
        ),
    ),
    (
        "objects",
        compiled(
            r"""
            (?i:(?:kūrybin|meninink|įrašų|garso|repeticij|dizaino|rezidencijų)\w*\s+studij)
                                                          # kūrybinės studijos: studios
            | (?i:\bsal[ėeių]\w*)                        # salė, salės, salių
            | (?i:erdv[ėei])                             # erdvė, erdvės
            | (?i:centr[aųuo])                           # centrai, centras, centrų
            | (?i:inkubator|kiem[aou]|pastat|įrang)      # buildings, equipment
            | (?i:\bhubs?\b|\blabs?\b|\bstudios?\b|\bspaces?\b|\bcent(?:re|er)s?\b)
            """,
            re.VERBOSE,
        ),
    ),
    (
        "plans_studies",
        compiled(
            r"""
            (?i:plan[aųu]|\bplanas\b|\bplans?\b)         # veiksmų planai, action plans
            | (?i:strategij|studij|tyrim|analiz|koncepcij|rekomendacij|modeli)
            | (?i:praktik|patirties\s+pavyzd)           # gerosios praktikos (aprašymai)
            | (?i:aprašym|politikos\s+priemon)          # aprašymai, politikos priemonės
            | (?i:\bstud(?:y|ies)\b|\bpractices?\b|\bpolic)  # case studies, good practices
            """,
            re.VERBOSE,
        ),
    ),
    (
        "events",
        compiled(
            r"""
            (?i:rengin|seminar|konferencij|dirbtuv|koncert|festival|spektakl|parod)
            | (?i:vizit|mug[ėeių]|plener|stovykl|sesij|susitikim|forum|rezidencij)
            | (?i:ekskursij|užsiėmim|mokym|kursų|kursai)  # ekskursijos, užsiėmimai, mokymai
            | (?i:\bevents?\b|\bworkshops?\b|\bseminars?\b|\bconferences?\b|\bconcerts?\b)
            | (?i:\bvisits?\b|\bfestivals?\b|\bexhibitions?\b|\bmeetings?\b|\bsessions?\b)
            | (?i:\bresidenc(?:y|ies)\b|\btrainings?\b)
            """,
            re.VERBOSE,
        ),
    ),
    (
        "participants",
        compiled(
            r"""
            (?i:dalyv|lankytoj|žiūrov|klausytoj|gyventoj|atstov)  # dalyviai, lankytojai
            | (?i:meninink|dailinink|amatinink|jaunuol|jaunim|moksleiv|student|darbuotoj)
            | (?i:narių|nariai|muzikant|dizainer|kūrėj|gid[aųui])  # jaunųjų muzikantų, gidai
            | (?i:\bparticipants?\b|\bvisitors?\b|\bstakeholders?\b|\bpeople\b|\bstaff\b)
            | (?i:\bartists?\b|\bmusicians?\b|\bguides?\b|\bresearchers?\b|\bpupils?\b)
            """,
            re.VERBOSE,
        ),
    ),
    (
        "products",
        compiled(
            r"""
            (?i:program[aoųu]|maršrut|paket|kūrin|produkt|modul|ekspozicij|leidin)
            | (?i:film|rinkin|žemėlap|kalendori|platform|svetain)
            | (?i:\broutes?\b|\btrails?\b|\bprogrammes?\b|\bmodules?\b|\bproducts?\b)
            """,
            re.VERBOSE,
        ),
    ),
    (
        "organisations",
        compiled(
            r"""
            (?i:įmon|organizacij|verslų|verslo\s+subjekt|klaster|veiklos\s+grup|bendruomen)
            | (?i:\bcompan|\borganisations?\b|\borganizations?\b|\bclusters?\b|\bbusiness)
            """,
            re.VERBOSE,
        ),
    ),
    (
        "pilots",
        compiled(
            r"""
            (?i:bandom|pilotin)                          # bandomieji projektai, sprendimai
            | (?i:\bpilots?\b)
            """,
            re.VERBOSE,
        ),
    ),
)
"""Kinds in the order they win a tie, each with the words that mark it."""

_HEAD_END = compiled(
    r"""
    \s(?:į|apie|per|su|iš|prie|for|on|in|at|to|with|across|during)\s  # a preposition's complement
    | \s(?:dalyvaus|dalyvavo|dalyvauja|pasinaudos|pasinaudojo)\b  # a verb: the subject ended
    | \s(?:ir|and|bei)\s+(?:\w+\s+)?                  # a second clause: "and train 60 ..."
      (?i:sukurt|surengt|parengt|įrengt|organizuot|train|organi[sz]e|prepare|create|develop)
    | [,(;:]                                         # a list or an aside
    """,
    re.VERBOSE,
)
"""Where the counted noun phrase ends: what follows names what it is for, not what it is."""

_DATIVE_PLURAL = compiled(
    r"""
    (?:ams|ems|ims|oms|ėms|ums)$   # the dative plural endings, at the end of a word
    """,
    re.VERBOSE,
)
"""A dative plural ("kūrėjams", "menininkams") says for whom, never what is counted."""

_WORD_END = compiled(
    r"""
    \w*                  # the rest of a word from a position
    """,
    re.VERBOSE,
)

_TRAINING_VERB = compiled(
    r"""
    (?i:apmoky|išmoky|parengt\w*\s+(?:\d+\s+)?specialist)  # apmokyti 60 gidų
    | (?i:\btrain(?:ed|s)?\b\s+(?:(?:about|at\s+least|over)\s+)?\d)  # train at least 60
    """,
    re.VERBOSE,
)
"""The verb that makes counted people trained people, read in the quote."""


def result_kind(indicator: str, quote: str = "") -> str:
    """The kind of thing a result counts, from the head of the counted noun phrase.

    The phrase is cut where a preposition, a verb or a second clause starts; within it, the
    kind whose words end last wins (the head follows its modifiers: "parodų salės" are
    halls, "politikos priemonių ... sesijų" sessions), ties going to the kind listed first;
    a dative plural ("jauniems kūrėjams") is never the head. Counted people are trained
    people where the quote has the verb of training ("train at least 60 museum guides").

    >>> result_kind("mokomųjų vizitų"), result_kind("Bendrų mokymų dalyviai")
    ('events', 'trained')
    >>> result_kind("kūrybinės studijos menininkams"), result_kind("ekonomikos studijos")
    ('objects', 'plans_studies')
    >>> result_kind("museum guides", "train at least 60 museum guides"), result_kind("valandų")
    ('trained', 'other')
    """
    head = _HEAD_END.split(indicator, maxsplit=1)[0]
    best: tuple[int, int, str] | None = None
    for order, (kind, pattern) in enumerate(RESULT_KINDS):
        for match in pattern.finditer(head):
            rest = _WORD_END.match(head, match.end())  # \w* matches at every position
            word_end = rest.end() if rest is not None else match.end()
            word = head[:word_end].split()[-1] if head[:word_end].split() else ""
            if _DATIVE_PLURAL.search(word):
                continue
            key = (word_end, -order, kind)
            if best is None or key[:2] > best[:2]:
                best = key
    kind = best[2] if best else "other"
    if kind == "participants" and _TRAINING_VERB.search(quote):
        return "trained"
    return kind
