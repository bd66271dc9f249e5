"""Contact persons, e-mail addresses and phone numbers: personal data, kept apart.

They go to their own table so that every export can leave them out by default (the brief
adds them only with --include-contacts), and so that redaction knows which names to hide.
"""

from __future__ import annotations

import re

from cwlib.lexicon import terms
from cwlib.parse.document import Document
from cwlib.parse.facts import Contact

__all__ = ["EMAIL", "PHONE", "extract_contacts"]

EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
PHONE = re.compile(
    r"""
    (?<![\w\-])
    (?:
        \+\s?\d{3}[\s\-]?\(?\d{1,3}\)?(?:[\s\-]?\d{2,4}){1,4}   # international: +370 5 211 2000, +370 67382349
      | \(?8\s?\d{1,3}\)?[\s\-]\d{2,3}(?:[\s\-]?\d{2,3}){1,3}   # national: 8 5 211 2000, (8 46) 31 00 00
    )
    (?![\w\-])
    """,
    re.VERBOSE,
)
# Cheap gates: the full patterns run only on sentences that can hold what they look for.
_DIGIT_RUN = re.compile(r"\d[\d\s()-]{5,}\d")
_POSITION_STEMS = (
    "vadov",
    "koordinator",
    "pavaduotoj",
    "direktor",
    "mer",
    "specialist",
    "vedėj",
    "atstov",
    "kontakt",
    "pirminink",
    "seniūn",
    "manager",
    "coordinator",
    "contact",
    "director",
    "mayor",
)
_NAME = r"[A-ZĄČĘĖĮŠŲŪŽ][a-ząčęėįšųūž]+(?:-[A-ZĄČĘĖĮŠŲŪŽ][a-ząčęėįšųūž]+)?"
PERSON = re.compile(
    r"(?P<position>(?i:"
    + terms.PERSON_POSITIONS
    + r"))\s*[:–\-]?\s*(?P<name>"
    + _NAME
    + r"\s+"
    + _NAME
    + r")"
)


def extract_contacts(doc: Document) -> list[Contact]:
    """One row per person, e-mail or phone group stated in one sentence."""
    source = doc.source
    rows = []
    for sentence in doc.sentences:
        lower = sentence.text.lower()
        emails = EMAIL.findall(sentence.text) if "@" in lower else []
        phones = (
            [p.strip() for p in PHONE.findall(sentence.text)] if _DIGIT_RUN.search(lower) else []
        )
        persons = (
            [m for m in PERSON.finditer(sentence.text) if m.group("name")[0].isupper()]
            if any(stem in lower for stem in _POSITION_STEMS)
            else []
        )
        if not (emails or phones or persons):
            continue
        if persons:
            for i, person in enumerate(persons):
                rows.append(
                    Contact(
                        name=person.group("name"),
                        position=person.group("position"),
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
