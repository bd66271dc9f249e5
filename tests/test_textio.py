"""Reading raw files: encodings, HTML pages and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cwlib.read.markup import main_text, visible_text
from cwlib.read.source import (
    SourceError,
    decode_bytes,
    html_to_text,
    read_source,
    read_source_digest,
)

PAGES_DIR = Path(__file__).parent / "pages"

LT_SENTENCE = "Klaipėdos miesto savivaldybė įgyvendina projektą. Bendra vertė – 48 000 Eur."


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(LT_SENTENCE.encode("utf-8"), id="utf8"),
        pytest.param(b"\xef\xbb\xbf" + LT_SENTENCE.encode("utf-8"), id="utf8-bom"),
        pytest.param(LT_SENTENCE.encode("cp1257"), id="windows-1257"),
        pytest.param(LT_SENTENCE.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
    ],
)
def test_decodes_lithuanian_text(data: bytes) -> None:
    assert decode_bytes(data) == LT_SENTENCE


def test_crlf_becomes_lf() -> None:
    assert decode_bytes(b"a\r\nb\rc") == "a\nb\nc"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"   \n\t ", "empty", id="only-whitespace"),
        pytest.param(bytes(range(256)) * 8, "binary", id="random-bytes"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", id="png-header"),
    ],
)
def test_bad_bytes_raise_with_reason(data: bytes, reason: str) -> None:
    with pytest.raises(SourceError, match=reason):
        decode_bytes(data, "bad.txt")


def test_visible_text_drops_scripts_styles_and_menus() -> None:
    page = """<!DOCTYPE html><html><head><title>T</title><style>p{color:red}</style></head>
    <body><nav><a href='/'>Pradžia</a> | <a>Naujienos</a></nav>
    <h1>Kūrybinės dirbtuvės</h1><script>var budget = "999 999 Eur";</script>
    <p>Bendra projekto vertė&nbsp;&#8211; 48&nbsp;000 Eur.</p>
    <ul><li>Rygos savivaldybė | LV</li><li>Talino miestas | EE</li></ul>
    <footer>© 2024 Visos teisės saugomos</footer></body></html>"""
    for text in (visible_text(page), html_to_text(page)):
        assert "999 999" not in text
        assert "Pradžia" not in text
        assert "color:red" not in text
        assert "Kūrybinės dirbtuvės" in text
        assert "Bendra projekto vertė" in text and "48\u00a0000 Eur." in text
        assert "• Rygos savivaldybė | LV" in text
    assert "Visos teisės" in visible_text(page)  # every visible text, footers too


def test_visible_text_reads_a_line_break_in_the_markup_as_a_space() -> None:
    page = "<p>Projekto vertė –\n48 000 Eur.</p><pre>a\n b</pre>"
    assert visible_text(page) == "Projekto vertė – 48 000 Eur.\n\na\nb"


def _page_with_main_content(extra: str = "") -> str:
    paragraphs = "".join(
        f"<p>Pastraipa {n}: Panevėžio menų inkubatorius rengia dirbtuves jaunimui ir "
        f"kviečia menininkus iš Latvijos bei Estijos dalyvauti rezidencijose.</p>"
        for n in range(1, 5)
    )
    return (
        "<html><head><title>Menų inkubatorius | Panevėžys</title></head><body>"
        "<div class='menu'><a href='/'>Pradžia</a> <a href='/apie'>Apie mus</a></div>"
        f"<article><h1>Menų inkubatorius</h1>{paragraphs}{extra}</article>"
        "<div class='related-posts'><h3>Kitos naujienos</h3><ul><li><a href='/1'>Sporto "
        "salės remontas – 90 000 Eur</a></li><li><a href='/2'>Rudens mugė</a></li></ul></div>"
        "<footer><p>© 2024 Panevėžio miesto savivaldybė</p><p>El. p. info@panevezys.lt</p>"
        "</footer></body></html>"
    )


def test_reading_keeps_the_main_content_and_drops_related_news() -> None:
    text = html_to_text(_page_with_main_content())
    assert text.startswith("Menų inkubatorius\n\nPastraipa 1:")
    assert "Pastraipa 4:" in text
    assert "90 000 Eur" not in text and "Rudens mugė" not in text
    assert "Apie mus" not in text and "© 2024" not in text
    assert text.endswith("El. p. info@panevezys.lt")  # a contact line is kept wherever it is


def test_reading_writes_tables_and_definition_lists_as_the_parser_reads_them() -> None:
    extra = (
        "<h2>Projekto duomenys</h2><dl><dt>Projekto vertė</dt><dd>48 000 Eur</dd></dl>"
        "<table><tr><th>Partneris</th><th>Šalis</th></tr><tr><td>Rygos savivaldybė</td>"
        "<td>LV</td></tr></table><ul><li>8 dirbtuvės</li><li>12 renginių</li></ul>"
    )
    text = html_to_text(_page_with_main_content(extra))
    for line in (
        "Projekto duomenys",
        "Projekto vertė: 48 000 Eur",
        "Partneris | Šalis",
        "Rygos savivaldybė | LV",
        "• 8 dirbtuvės",
        "• 12 renginių",
    ):
        assert line in text.split("\n")


def test_reading_falls_back_to_the_visible_text_without_main_content() -> None:
    # trafilatura's last resort flattens such a page into one paragraph, which is refused.
    page = "<html><body><div><a href='/'>Pradžia</a></div><div>Menų dirbtuvės</div></body></html>"
    assert main_text(page) is None
    assert html_to_text(page) == visible_text(page) == "Pradžia\n\nMenų dirbtuvės"


def _annotated_pages() -> list:
    params = []
    for note in sorted(PAGES_DIR.glob("*.json")):
        spec = json.loads(note.read_text(encoding="utf-8"))
        page = note.parent / spec.get("page", note.with_suffix(".html").name)
        for part in ("content", "boilerplate"):
            gap = spec.get("known_gaps", {}).get(part)
            marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
            params.append(pytest.param(page, spec, part, id=f"{note.stem}-{part}", marks=marks))
    return params


def _fold(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(("page", "spec", "part"), _annotated_pages())
def test_saved_page_content_kept_and_boilerplate_dropped(page: Path, spec: dict, part: str) -> None:
    text = _fold(read_source(page))
    if part == "content":
        lost = [s for s in spec["content"] if _fold(s) not in text]
        assert not lost, f"content lost: {lost}"
    else:
        kept = [s for s in spec["boilerplate"] if _fold(s) in text]
        assert not kept, f"boilerplate kept: {kept}"


def test_saved_page_notes_are_well_formed() -> None:
    notes = sorted(PAGES_DIR.glob("*.json"))
    assert len(notes) >= 14
    for note in notes:
        spec = json.loads(note.read_text(encoding="utf-8"))
        page = note.parent / spec.get("page", note.with_suffix(".html").name)
        visible = _fold(visible_text(decode_bytes(page.read_bytes(), page.name)))
        assert spec["content"] and spec["boilerplate"], note.name
        assert set(spec.get("known_gaps", {})) <= {"content", "boilerplate"}, note.name
        # Every string is on the page (nav menus aside, which the old converter skips too).
        for s in spec["content"]:
            assert _fold(s) in visible, (note.name, s)


def test_read_source_html_by_content(tmp_path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("<html><body><p>Projektas</p><p>Antra</p></body></html>", encoding="utf-8")
    assert read_source(path) == "Projektas\n\nAntra"


def test_read_source_missing_file(tmp_path) -> None:
    with pytest.raises(SourceError, match="cannot be read"):
        read_source(tmp_path / "nope.txt")


def test_html_without_visible_text(tmp_path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>x=1</script></head><body></body></html>", encoding="utf-8")
    with pytest.raises(SourceError, match="no visible text"):
        read_source(path)


# --------------------------------------------------------------------------- hostile bytes

AMOUNT = "Bendra projekto vertė – 48 000 Eur."


@pytest.mark.parametrize(
    "encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]
)
def test_utf16_and_utf32_are_read(encoding: str) -> None:
    # "utf-16" and "utf-32" write their own byte-order mark; the -le/-be forms are given one,
    # as editors save them.
    text = LT_SENTENCE if encoding in ("utf-16", "utf-32") else "\ufeff" + LT_SENTENCE
    assert decode_bytes(text.encode(encoding)) == LT_SENTENCE


def test_utf16_without_a_mark_is_read() -> None:
    assert decode_bytes(LT_SENTENCE.encode("utf-16-le")) == LT_SENTENCE
    assert decode_bytes(LT_SENTENCE.encode("utf-16-be")) == LT_SENTENCE


def test_nul_bytes_anywhere_are_dropped() -> None:
    data = ("Projektas. " * 500).encode() + b"\x00" + AMOUNT.encode() + b"\x00\x00"
    text = decode_bytes(data)
    assert "\x00" not in text and text.endswith(AMOUNT)


def test_mixed_utf8_and_windows_1257_lines() -> None:
    first = "Projekto pavadinimas: Šiaulių kūrybinės dirbtuvės"
    second = "Vykdytojas: Klaipėdos miesto savivaldybė"
    data = first.encode("utf-8") + b"\n" + second.encode("cp1257") + b"\n"
    assert decode_bytes(data) == f"{first}\n{second}\n"


@pytest.mark.parametrize(
    ("hidden", "seen"),
    [
        pytest.param("48\u200b000 Eur", "48000 Eur", id="zero-width-space"),
        pytest.param("48\u2060000 Eur", "48000 Eur", id="word-joiner"),
        pytest.param("48\u00ad000 Eur", "48000 Eur", id="soft-hyphen"),
        pytest.param("48\ufeff000 Eur", "48000 Eur", id="inner-bom"),
        pytest.param("\u202e48 000 Eur\u202c", "48 000 Eur", id="right-to-left-override"),
        pytest.param("\u2067Jonas\u2069 \u200fJonaitis", "Jonas Jonaitis", id="isolates"),
        pytest.param("４８ ０００ Eur", "48 000 Eur", id="full-width-digits"),
        pytest.param("info＠vilnius.lt", "info@vilnius.lt", id="full-width-at"),
        pytest.param("e\u0307", "ė", id="decomposed-letter"),
        pytest.param("a\u2028b\u2029c\x85d", "a\nb\nc\nd", id="unicode-line-breaks"),
        pytest.param(
            "Projekto pavadinimas: \x1b[31mRaudona\x07 " + "ir ilgas tekstas " * 10,
            "Projekto pavadinimas: [31mRaudona " + "ir ilgas tekstas " * 10,
            id="terminal-escapes",
        ),
    ],
)
def test_invisible_characters_are_settled_when_read(hidden: str, seen: str) -> None:
    assert decode_bytes(hidden.encode("utf-8")) == seen


def test_invisible_characters_do_not_hide_amounts(tmp_path) -> None:
    from cwlib.parse.numbers import find_amounts

    for hidden in ("48\u200b000 Eur", "４８ ０００ Eur", "\u202d48 000 Eur"):
        path = tmp_path / "a.txt"
        path.write_text(f"Bendra vertė – {hidden}.", encoding="utf-8")
        text = read_source(path)
        assert [m.amount for m in find_amounts(text)] == [48000.0], hidden


def test_html_entities_for_invisible_characters_are_settled(tmp_path) -> None:
    path = tmp_path / "a.html"
    path.write_text("<p>Vertė – 48&#8203;000&#x202E; Eur</p>", encoding="utf-8")
    assert read_source(path) == "Vertė – 48000 Eur"


def test_the_format_class_is_every_cf_character() -> None:
    import re
    import sys
    import unicodedata

    from cwlib.read.characters import FORMAT_CHARACTERS

    pattern = re.compile(f"[{FORMAT_CHARACTERS}]")
    every = "".join(chr(c) for c in range(sys.maxunicode + 1))
    assert set(pattern.findall(every)) == {ch for ch in every if unicodedata.category(ch) == "Cf"}


def test_the_quick_check_misses_no_character_normalise_text_changes() -> None:
    """``normalise_text`` rewrites only texts its quick check flags; every character that the
    rewrites change (a break, an invisible, a control or a full-width one) must be flagged."""
    import sys

    from cwlib.read import characters

    def rewritten(ch: str) -> str:
        ch = characters._LINE_BREAKS.sub("\n", ch)
        return characters._INVISIBLE.sub("", ch).translate(characters._FULL_WIDTH)

    missed = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if rewritten(chr(code)) != chr(code) and characters._settled(f"Vertė{chr(code)}")
    ]
    assert missed == []
    assert characters._settled("Vertė – 48 000 Eur\n")


def test_txt_with_tags_is_text(tmp_path) -> None:
    path = tmp_path / "a.txt"
    body = "Projektas <p>pirmas</p> ir <div>antras</div><p>x</p>\n<script>alert(1)</script>"
    path.write_text(body, encoding="utf-8")
    assert read_source(path) == body
    (tmp_path / "b.txt").write_text("<!DOCTYPE html><p>Projektas</p>", encoding="utf-8")
    assert read_source(tmp_path / "b.txt") == "Projektas"


def test_fifo_is_refused_without_blocking(tmp_path) -> None:
    import os

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(SourceError, match="not a regular file"):
        read_source(fifo)
    with pytest.raises(SourceError, match="not a regular file"):
        read_source(tmp_path)


PDF_SHEET = [
    [
        "PROJEKTO KORTELĖ",
        "Projekto pavadinimas: Šiaulių garso dirbtuvės",
        "Projekto vertė – 264 145,00 Eur, iš jų ERPF lėšos – 224 523,25 Eur.",
        "Vykdytojas: Šiaulių kultūros centras",
    ],
    ["Įgyvendinimo laikotarpis: 2022-03-01 – 2024-02-29", "Kontaktai: info@example.lt"],
]


def test_pdf_text_every_page_in_order(tmp_path, pdf_maker) -> None:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf_maker(PDF_SHEET))
    text = read_source(path)
    assert text == "\n".join(PDF_SHEET[0]) + "\n\n" + "\n".join(PDF_SHEET[1])


def test_pdf_justified_lines_read_with_single_spaces(tmp_path, pdf_maker) -> None:
    sentence = (
        "Projekto metu senajame malūne įrengiamos keramikos, medžio ir garso dirbtuvės, "
        "kuriose jaunimas mokysis amatų ir kurs savo gaminius kartu su menininkais."
    )
    path = tmp_path / "justified.pdf"
    path.write_bytes(pdf_maker([[sentence]], justify=True))
    assert " ".join(read_source(path).split("\n")) == sentence


def test_pdf_builds_a_project_with_quotes_from_its_text(tmp_path, pdf_maker) -> None:
    from cwlib import parse_text

    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf_maker(PDF_SHEET))
    text = read_source(path)
    facts = parse_text(text, source=path.name)
    assert [row.amount for row in facts.budgets][:1] == [264145.0]
    assert all(row.quote in text for row in facts.budgets + facts.events)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"<html><body>Ne PDF</body></html>", "not a PDF", id="html-named-pdf"),
        pytest.param(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", "cannot be read", id="truncated"),
    ],
)
def test_bad_pdf_raises_with_reason(tmp_path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.pdf"
    path.write_bytes(data)
    with pytest.raises(SourceError, match=reason):
        read_source(path)


def test_pdf_without_text_layer_is_refused(tmp_path, pdf_maker) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(pdf_maker([[]]))  # a page with nothing written, as a scan has no text
    with pytest.raises(SourceError, match="no text layer"):
        read_source(path)


def test_encrypted_pdf_is_refused(tmp_path, pdf_maker) -> None:
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf_maker(PDF_SHEET))).pages:
        writer.add_page(page)
    writer.encrypt(user_password="slaptas", owner_password="slaptas")
    out = io.BytesIO()
    writer.write(out)
    path = tmp_path / "locked.pdf"
    path.write_bytes(out.getvalue())
    with pytest.raises(SourceError, match="encrypted"):
        read_source(path)


def test_read_source_digest_is_the_text_and_the_hash_of_the_bytes_read(tmp_path: Path) -> None:
    import hashlib

    data = "Projekto vertė – 48 000 Eur.".encode("cp1257")
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    text, digest = read_source_digest(path)
    assert text == read_source(path) == "Projekto vertė – 48 000 Eur."
    assert digest == hashlib.sha256(data).hexdigest()
