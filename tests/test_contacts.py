"""Contacts: trying the person pattern only where a position can begin finds what a search finds.

The extractor tries ``PERSON`` at the position words' keyword hits and at the lexicon's
``leads`` before them instead of searching every sentence; a position added to the lexicon
that begins with another word must add that word to ``leads``, and this test says so.
"""

from __future__ import annotations

from conftest import sample_texts

from cwlib.parse.contacts import _person_starts, extract_contacts
from cwlib.parse.document import Document
from cwlib.parse.personal import find_persons


def _texts() -> tuple[str, ...]:
    return sample_texts(seed=5)


OWN = (
    "Projektų vadovė Aušra Dockevičiūtė, tel. 8 687 12345.\n"
    "PROJEKTŲ  VADOVAS Jonas Petraitis; koordinatorė rasa petraitienė.\n"
    "Projekto vadovas: Tomas Žukas, el. p. tomas(eta)kaunas.lt.\n"
    "Kontaktinis asmuo – Ona Onaitė. Specialistė Ieva Ievaitė.\n"
    "Contact person: Anna Berg, coordinator Lena Smith."
)
ODD_CASES = "Dırektorius Jonas Jonaitis, ſpecialistė Ona Onaitė, DİREKTORİUS Tomas Žukas."
"""Letters a case-insensitive pattern matches but the lower-cased text does not hold."""


def test_persons_at_starts_are_the_persons_searched_for() -> None:
    for text in (OWN, ODD_CASES, *_texts()):
        doc = Document(text)
        for sentence in doc.sentences:
            starts = _person_starts(doc, sentence)
            assert find_persons(sentence.text, starts) == find_persons(sentence.text), sentence.text


def test_contacts_of_own_text() -> None:
    rows = extract_contacts(Document(OWN))
    assert [(r.name, r.position) for r in rows if r.name] == [
        ("Aušra Dockevičiūtė", "Projektų vadovė"),
        ("Jonas Petraitis", "PROJEKTŲ  VADOVAS"),
        ("Tomas Žukas", "vadovas"),
        ("Ona Onaitė", "Kontaktinis asmuo"),
        ("Ieva Ievaitė", "Specialistė"),
        ("Anna Berg", "Contact person"),
        ("Lena Smith", "coordinator"),
    ]
