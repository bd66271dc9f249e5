"""The partners extractor's shortcuts give what reading every line gives.

``_header_items`` visits only the lines where a header word's keyword hit stands
(``_lines_holding``); the hits are trusted only where they stand where the case-blind flowed
text holds the same words (``_exact_hits``). Visiting every line must give the same items,
on texts that trust the hits and on texts that do not (a word hyphenated across lines, the
letters the case-blind text folds otherwise).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cwlib.parse import orgnames, partners
from cwlib.parse.document import Document
from cwlib.read.source import read_source

GENRE = sorted(Path(__file__).parent.joinpath("genre").glob("*.txt"))

MADE = [
    "Projekto partneriai:\n• Rygos universitetas (Latvija);\n• Kauno kolegija.",
    "Apie projektą. Projekto dalyviai:\n– Alytaus miesto savivaldybė;\n– Tartu ülikool (Estija).",
    "Naudos gavėjai:\nVarėnos rajono savivaldybė\nLazdijų kultūros centras",
    "Projekto partne-\nriai: Rygos universitetas, Kauno kolegija.",
    "PARTNERİAI: Rygos universitetas ir Kauno kolegija.",
    "Projekto partnerı: Rygos universitetas.\nPartneriai:\n• Šiaulių universitetas;",
    "Kontaktai:\nPartneriai\nAlytaus kolegija",
]


def _items(doc: Document) -> list[tuple[str, str | None]]:
    return [(span.text, code) for span, code in partners._header_items(doc, _blind(doc))]


def _blind(doc: Document):
    return partners._blind_pieces(doc)


@pytest.mark.parametrize(
    "text",
    [*MADE, *(read_source(p) for p in GENRE)],
    ids=[*map(str, range(len(MADE))), *(p.stem for p in GENRE)],
)
def test_header_lines_by_hits_as_every_line(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _items(Document(text, "t.txt"))
    monkeypatch.setattr(partners, "_exact_hits", lambda doc: False)
    assert fast == _items(Document(text, "t.txt"))


def test_lines_holding() -> None:
    doc = Document("Apie projektą\nPartneriai:\nRygos universitetas", "t.txt")
    lines = doc.flowed_lines
    assert partners._lines_holding(doc, lines, doc.hits("partners.sentence")) == [1]
    hyphenated = Document("Projekto partne-\nriai:\nRygos universitetas", "t.txt")
    every = list(range(len(hyphenated.flowed_lines)))
    assert partners._lines_holding(hyphenated, hyphenated.flowed_lines, []) == every


@pytest.mark.parametrize(
    ("piece", "case", "found"),
    [
        ("Visi miestai partneriai ", "nom", None),
        ("Kelmės rajono savivaldybė ", "nom", "Kelmės rajono savivaldybė"),
        ("tai Rusnės žvejų bendruomenei   ", "dat", "Rusnės žvejų bendruomenė"),
        ("   ", "nom", None),
    ],
)
def test_name_before_over_trailing_space(piece: str, case: str, found: str | None) -> None:
    name = orgnames.name_before(piece, len(piece), case)
    assert (name.name if name else None) == found
