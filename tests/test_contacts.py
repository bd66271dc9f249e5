"""Contacts: trying the person pattern only where a position can begin finds what a search finds.

The extractor tries ``PERSON`` at the position words' keyword hits and at the lexicon's
``leads`` before them instead of searching every sentence; a position added to the lexicon
that begins with another word must add that word to ``leads``, and this test says so.
"""

from __future__ import annotations

from conftest import sample_texts

from cwlib.parse import contacts
from cwlib.parse.contacts import _candidates, _person_starts, extract_contacts
from cwlib.parse.document import Document
from cwlib.parse.personal import DIGIT_RUN, find_persons


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


NUMBERS = (
    "Tel. 8 687 12345, +370 5 211 2000. Vertė 812 345 678 Eur. Trys.\n"
    "2016.03.01–2018.02.28 vyko 12 renginių. 8 (5) 211 2000\nir 8 612 34567.",
    "Sąskaita 123 4567. Kita 1234567. 12. 345 678 9.",
)


def test_phone_sentences_hold_every_sentence_with_a_run(monkeypatch) -> None:
    """The sentences read off the Document's runs of digits hold every sentence whose own
    text holds a run, and the contacts are those of searching every sentence."""
    for text in (*NUMBERS, OWN, *_texts()):
        doc = Document(text)
        sentences = doc.sentences
        emails, found, persons = _candidates(doc)
        assert {i for i, s in enumerate(sentences) if DIGIT_RUN.search(s.text)} <= found, text
        rows = extract_contacts(doc)
        with monkeypatch.context() as m:
            m.setattr(
                contacts,
                "_candidates",
                lambda d, e=emails, p=persons: (e, set(range(len(d.sentences))), p),
            )
            assert extract_contacts(Document(text)) == rows, text
