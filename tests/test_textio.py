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
