"""Contact persons, e-mail addresses and phone numbers: personal data, kept apart.

They go to their own table so that every export can leave them out by default (the brief
adds them only with --include-contacts), and so that redaction knows which names to hide.
What personal data looks like (obfuscated e-mails and phones included) is written once, in
:mod:`cwlib.parse.personal`, for this extractor and for the redactor alike.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from cwlib.lexicon import load as lexicon
from cwlib.parse.document import Document
from cwlib.parse.facts import Contact
from cwlib.parse.personal import (
    AT_SIGNS,
    EMAIL_MARKS,
    Personal,
    digit_run_spans,
    find_addressees,
    find_emails,
    find_persons,
    find_phones,
    find_role_lists,
    spelled_at_before,
)
from cwlib.parse.segments import Span, holding, overlapping
from cwlib.patterns import compiled

__all__ = ["extract_contacts"]

KEYWORDS: tuple[str, ...] = (
    "personal.positions",
    "personal.speech",
    "personal.news_verbs",
    "personal.captions",
    "personal.contact_appeals",
)
"""The lexicon keyword groups this extractor reads: position words before a person's name,
the words of a speech or a visit, the other verbs of news that name an official at an event
(both tried at their starts), a photo caption's "iš kairės", and an appeal to contact someone
("kreipkitės į …")."""

_SPEECH = compiled(lexicon.fragment("personal", "speech"), re.VERBOSE)  # on lower
_NEWS_VERBS = compiled(lexicon.fragment("personal", "news_verbs"), re.VERBOSE)  # on lower
_CONTACT_ROLE = compiled(lexicon.fragment("personal", "contact_roles"), re.VERBOSE)  # on lower
_HEAD = compiled(
    "(?:\n" + lexicon.table("personal", "project_role_words")["heads"].strip("\n") + "\n)",
    re.VERBOSE,
)  # on lower: a head of anything, a project's contact only with the project named
_PROJECT_WORD = compiled(lexicon.fragment("personal", "project_role_words"), re.VERBOSE)
_ROLE_REACH = 60
"""How far before a name the project of a head's position is looked for ("projekto „…“
vadovė Vardė Pavardė")."""
_SIGNING = compiled(lexicon.fragment("personal", "signing_officials"), re.VERBOSE)  # on lower
_SIGNATURE_LEAD = compiled(
    r"""
    [ \t\u00a0]*                        # the line's start
    (?:[^\W\d_]+,?[ \t\u00a0]+){1,9}     # the body's words and the position ("Švietimo, mokslo
                                        #   ir sporto ministras", "Meras"), nothing else
    """,
    re.VERBOSE,
)
_QUOTED_NAME_NEXT = compiled(
    r"""
    [ \u00a0]*[„“"«]                    # an opening quotation mark right after the two words
    [^\W\d_]                            # and a word in it: "Istituto Comprensivo „Monte Etna“"
    """,
    re.VERBOSE,
)
"""Two capitalised words followed by a name in quotes begin an organisation's name (a school,
an association abroad), not a person's: it is not listed as a contact. Redaction (which also
reads names after positions) keeps redacting it, since a wrong redaction costs less."""


def _project_role(position: str | None, before: str) -> bool:
    """The position names a role in the project ("projekto vadovė", "koordinatorė",
    "kontaktinis asmuo"): one of ``personal.contact_roles``, and a head ("vadovas") only with
    the project named in the position or the words ``before`` the name ("skyriaus vadovas"
    heads a unit, not the project)."""
    if not position:
        return False
    lower = position.lower()
    if not _CONTACT_ROLE.search(lower):
        return False
    if not _HEAD.search(lower):
        return True  # "koordinatorė", "kontaktinis asmuo", "manager"
    return _PROJECT_WORD.search(before.lower()) is not None


def _signature(sentence: str, name: Personal, position: str | None) -> bool:
    """The sentence is a line that holds an official's position and name and nothing else
    ("Žemės ūkio ministras⇥Vardenis Pavardenis", "Meras Vardenis Pavardenis"): the official's
    signature under an order or a greeting (``personal.signing_officials``)."""
    if not position or _SIGNING.fullmatch(position.lower()) is None:
        return False
    if sentence[name.end :].strip() or "\n" in sentence.strip():
        return False  # more after the name, or more than a line
    return _SIGNATURE_LEAD.fullmatch(sentence, 0, name.start) is not None


def _speaker(
    speech: list[int],
    captions: list[tuple[int, int]],
    start: int,
    end: int,
    position: str | None,
    before: str,
) -> bool:
    """A person quoted or welcomed in a news sentence ``[start, end)`` with no e-mail or phone
    is no contact of the project (a mayor speaking at an opening), nor one a photo's caption
    lists, unless named by a project role (``_project_role``; ``before``: the words before the
    name). ``speech``: where the document's speech words begin, in order; ``captions``: the
    spans of the captions (few: tested one by one)."""
    if _project_role(position, before):
        return False
    i = bisect_left(speech, start)
    if i < len(speech) and speech[i] < end:
        return True
    return any(c_start < end and start < c_end for c_start, c_end in captions)


_CAPTION = compiled(lexicon.fragment("personal", "captions"), re.VERBOSE)  # on lower


def _speech_starts(doc: Document) -> list[int]:
    """Where the words that make a named official no contact begin, in order: a speech's or a
    visit's (``personal.speech``, which the redactor reads too) and the other verbs of news
    (``personal.news_verbs``, read here only)."""
    return sorted(
        m.start()
        for pattern, group in ((_SPEECH, "personal.speech"), (_NEWS_VERBS, "personal.news_verbs"))
        for m in doc.finditer_at_starts(pattern, group)
    )


def _captions(doc: Document) -> list[tuple[int, int]]:
    """Where the photo captions that list people from the left stand: from "iš kairės" to
    the end of its paragraph (a blank line), since a caption runs over several lines."""
    spans = []
    text = doc.text
    for m in doc.finditer_at_starts(_CAPTION, "personal.captions"):
        end = text.find("\n\n", m.start())
        spans.append((m.start(), len(text) if end < 0 else end))
    return spans


_LETTER = compiled(
    r"""
    [^\W\d_]                  # a letter, as PERSON's look-behind reads one
    """,
    re.VERBOSE,
)


def _candidates(doc: Document) -> tuple[set[int], set[int], set[int]]:
    """The sentences that may hold an e-mail, a phone number or a person after a position.

    One pass over the whole text instead of three tests a sentence: an e-mail needs an at
    sign, or a closing bracket with an at sign spelled out before it, in its sentence
    (``personal.may_hold_email``); a phone number a run of digits (a sentence's run is part
    of a run of the whole text, so the sentence overlaps one of those, which are read from
    the Document's runs of digits: ``personal.digit_run_spans``); a person a position word
    (a keyword hit at the start of a word: every position of ``PERSON`` begins with a
    keyword, and "projektų vadovė" holds one at its second word).
    """
    text, sentences, starts = doc.text, doc.sentences, doc.sentence_starts
    emails = set()
    for char in EMAIL_MARKS:  # (AT_SIGNS, then SPELLED_AT_ENDS)
        at = text.find(char)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            if (
                i >= 0
                and at < sentences[i].end
                and (char in AT_SIGNS or spelled_at_before(text, at, sentences[i].start))
            ):
                emails.add(i)
            at = text.find(char, at + 1)
    phones = set(overlapping(sentences, starts, digit_run_spans(text, doc.digit_runs)))
    # PERSON's position begins a word (no letter before it, in the sentence): a keyword
    # inside a word ("numeris") cannot begin one
    persons = set()
    for h in doc.hits("personal.positions"):
        # the sentence it may stand in; starts[i] == h: it opens the sentence
        i = bisect_right(starts, h) - 1
        if (
            i >= 0
            and h < sentences[i].end
            and (starts[i] == h or _LETTER.match(text, h - 1) is None)
        ):
            persons.add(i)
    return emails, phones, persons


_PLURAL_ROLES = ("koordinatorės", "koordinatoriai", "vadovės", "vadovai")
"""The roles of ``personal.plural_roles`` that a position keyword begins (the cheap test
before ``personal.ROLE_LIST``; the executors' role begins none)."""


def _plural_role(doc: Document, sentence: Span) -> bool:
    """The sentence holds a project role in the plural ("Projekto koordinatorės …"): one of
    its position keywords begins one."""
    lower, hits = doc.lower, doc.hits("personal.positions")
    for i in range(bisect_left(hits, sentence.start), len(hits)):
        if hits[i] >= sentence.end:
            return False
        if lower.startswith(_PLURAL_ROLES, hits[i]):
            return True
    return False


def _appeals(doc: Document) -> set[int]:
    """The sentences that ask the reader to contact someone ("kreipkitės į …"): where a word
    of ``personal.contact_appeals`` begins."""
    return set(holding(doc.sentences, doc.sentence_starts, doc.hits("personal.contact_appeals")))


_UNSEEN_CASES = ("\u0130", "\u0131", "\u017f")
"""Letters that ``PERSON``'s case-insensitive words match but the lower-cased text does not
hold as those words' letters (İ, dotless ı, long ſ): a sentence with one is searched whole."""
_LEADS: tuple[str, ...] = tuple(lexicon.table("personal", "positions")["leads"])
"""The words before a position's keyword that a position may begin with ("projektų vadovė")."""


def _person_starts(doc: Document, sentence: Span) -> list[int] | None:
    """Where in a sentence a position of ``PERSON`` may begin: at a keyword hit, or at a lead
    word ("projektų") and white space before one; None when the sentence must be searched
    whole."""
    text = sentence.text
    for char in _UNSEEN_CASES:
        if char in text:
            return None
    lower, start, end = doc.lower, sentence.start, sentence.end
    hits = doc.hits("personal.positions")
    found = []
    for i in range(bisect_left(hits, start), len(hits)):
        hit = hits[i]
        if hit >= end:
            break
        found.append(hit - start)
        j = hit
        while j > start and lower[j - 1].isspace():
            j -= 1
        if j < hit:
            for lead in _LEADS:
                if lower.endswith(lead, start, j):
                    found.append(j - len(lead) - start)
    return sorted(found)


def extract_contacts(doc: Document) -> list[Contact]:
    """One row per person, e-mail or phone group stated in one sentence."""
    source = doc.source
    rows = []
    # the speech words' starts and the captions' spans, found when first needed
    bystanders: tuple[list[int], list[tuple[int, int]]] | None = None
    emailed, phoned, named = _candidates(doc)
    appealed = _appeals(doc)
    sentences = doc.sentences
    for number in sorted(emailed | phoned | named | appealed):
        sentence = sentences[number]
        emails = [e.text for e in find_emails(sentence.text)] if number in emailed else []
        phones = [p.text.strip() for p in find_phones(sentence.text)] if number in phoned else []
        persons = (
            # capitalised names only: a lower-case one is redacted but too doubtful to list
            [
                (p, pos)
                for p, pos in find_persons(
                    sentence.text,
                    # without a position word, only a staff line's name before its phone
                    # or e-mail, at the sentence's start ("Vardenė Pavardenė, tel. …")
                    _person_starts(doc, sentence) if number in named else [0],
                )
                if p.text[0].isupper() and not _QUOTED_NAME_NEXT.match(sentence.text, p.end)
            ]
            if number in named or emails or phones
            else []
        )
        if persons and not (emails or phones):
            if bystanders is None:
                bystanders = _speech_starts(doc), _captions(doc)
            persons = [
                (p, pos)
                for p, pos in persons
                if not _speaker(
                    *bystanders,
                    sentence.start,
                    sentence.end,
                    pos,
                    sentence.text[max(0, p.start - _ROLE_REACH) : p.start],
                )
                and not _signature(sentence.text, p, pos)
            ]
        if number in named and _plural_role(doc, sentence):
            # "Projekto koordinatorės Vardė Pavardė ir Vardė Pavardė": each is a contact
            listed = [
                (p, pos)
                for p, pos in find_role_lists(sentence.text)
                if not any(p.start < q.end and q.start < p.end for q, _ in persons)
            ]
            if listed:
                persons = sorted(persons + listed, key=lambda found: found[0].start)
        if not persons and number in appealed:
            # "kreipkitės į projekto koordinatorę Vardę Pavardienę": the person to contact
            persons = find_addressees(sentence.text)
        if not (emails or phones or persons):
            continue
        if persons:
            for i, (person, position) in enumerate(persons):
                rows.append(
                    Contact(
                        name=person.text,
                        position=position,
                        email=emails[i] if i < len(emails) else None,
                        phone=phones[i] if i < len(phones) else None,
                        source=source,
                        quote=sentence.text,
                    )
                )
        else:
            rows.append(
                Contact(
                    name=None,
                    position=None,
                    email=emails[0] if emails else None,
                    phone=phones[0] if phones else None,
                    source=source,
                    quote=sentence.text,
                )
            )
    return rows
