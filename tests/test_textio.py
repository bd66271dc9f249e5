"""Reading raw files: encodings, HTML pages and bad input."""

from __future__ import annotations

import pytest

from cwlib.read.source import SourceError, decode_bytes, html_to_text, read_source

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


def test_html_drops_scripts_styles_and_menus() -> None:
    page = """<!DOCTYPE html><html><head><title>T</title><style>p{color:red}</style></head>
    <body><nav><a href='/'>Pradžia</a> | <a>Naujienos</a></nav>
    <h1>Kūrybinės dirbtuvės</h1><script>var budget = "999 999 Eur";</script>
    <p>Bendra projekto vertė&nbsp;&#8211; 48&nbsp;000 Eur.</p>
    <ul><li>Rygos savivaldybė | LV</li><li>Talino miestas | EE</li></ul>
    <footer>© 2024 Visos teisės saugomos</footer></body></html>"""
    text = html_to_text(page)
    assert "999 999" not in text
    assert "Pradžia" not in text
    assert "color:red" not in text
    assert "Visos teisės" in text  # footers are kept: they carry contact details
    assert "Kūrybinės dirbtuvės" in text
    assert "Bendra projekto vertė\u00a0– 48\u00a0000 Eur." in text
    assert "• Rygos savivaldybė | LV" in text


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
