"""Contact persons, e-mail addresses and phone numbers: personal data, kept apart.

They go to their own table so that every export can leave them out by default (the brief
adds them only with --include-contacts), and so that redaction knows which names to hide.
What personal data looks like (obfuscated e-mails and phones included) is written once, in
:mod:`cwlib.parse.personal`, for this extractor and for the redactor alike.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from cwlib.lexicon import load as lexicon
from cwlib.parse.document import Document
from cwlib.parse.facts import Contact
from cwlib.parse.personal import find_emails, find_persons, find_phones

__all__ = ["extract_contacts"]

KEYWORDS = ("personal.positions", "personal.speech")
"""The lexicon keyword groups this extractor reads: position words before a person's name,
and the words of a speech or a visit (tried at their starts)."""

_SPEECH = re.compile(lexicon.fragment("personal", "speech"), re.VERBOSE)  # on lower
_CONTACT_ROLE = re.compile(lexicon.fragment("personal", "contact_roles"), re.VERBOSE)  # on lower
_QUOTED_NAME_NEXT = re.compile(
    r"""
    [ \u00a0]*[„“"«]                    # an opening quotation mark right after the two words
    [^\W\d_]                            # and a word in it: "Istituto Comprensivo „Monte Etna“"
    """,
    re.VERBOSE,
)
"""Two capitalised words followed by a name in quotes begin an organisation's name (a school,
an association abroad), not a person's: it is not listed as a contact. Redaction (which also
reads names after positions) keeps redacting it, since a wrong redaction costs less."""


def _speaker(speech: list[int], start: int, end: int, position: str | None) -> bool:
    """A person quoted or welcomed in a news sentence ``[start, end)`` with no e-mail or phone
    is no contact of the project (a mayor speaking at an opening), unless named by a project
    role. ``speech``: where the document's speech words begin, in order."""
    if position and _CONTACT_ROLE.search(position.lower()):
        return False
    i = bisect_left(speech, start)
    return i < len(speech) and speech[i] < end


def extract_contacts(doc: Document) -> list[Contact]:
    """One row per person, e-mail or phone group stated in one sentence."""
    source = doc.source
    rows = []
    speech = [m.start() for m in doc.finditer_at_starts(_SPEECH, "personal.speech")]
    for sentence in doc.sentences:
        emails = [e.text for e in find_emails(sentence.text)]
        phones = [p.text.strip() for p in find_phones(sentence.text)]
        persons = (
            # capitalised names only: a lower-case one is redacted but too doubtful to list
            [
                (p, pos)
                for p, pos in find_persons(sentence.text)
                if p.text[0].isupper() and not _QUOTED_NAME_NEXT.match(sentence.text, p.end)
            ]
            if doc.has_in("personal.positions", sentence.start, sentence.end)
            else []
        )
        if persons and not (emails or phones):
            persons = [
                (p, pos)
                for p, pos in persons
                if not _speaker(speech, sentence.start, sentence.end, pos)
            ]
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
