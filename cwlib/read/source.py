"""Reading raw source files into the text the parser and the quotes refer to.

Lithuanian pages arrive as UTF-8, as Windows-1257 (the Baltic code page many older sites and
exports still use), or as saved HTML pages. Whatever arrives, this module returns one string,
and every ``quote`` in the clean tables is a substring of exactly that string, so provenance
can always be checked with ``quote in read_source(path)``.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

__all__ = ["SourceError", "decode_bytes", "html_to_text", "looks_like_html", "read_source"]


class SourceError(ValueError):
    """A raw file that cannot be read as a project text; the message names the reason."""


# Letters that only a correct decoding of Lithuanian text produces. Used to choose between
# candidate code pages when a file is not valid UTF-8.
_LT_LETTERS = set("ąčęėįšųūžĄČĘĖĮŠŲŪŽ")

# Elements whose content is never page content (scripts, styles, navigation chrome).
_SKIP_TAGS = {
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "aside",
    "form",
    "button",
    "select",
    "svg",
    "iframe",
    "head",
    "menu",
}
# Elements that end a line of text when they open or close.
_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "main",
    "blockquote",
    "dt",
    "dl",
    "hr",
    "title",
    "figcaption",
    "pre",
}
_VOID_TAGS = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "wbr", "source"}


class _TextExtractor(HTMLParser):
    """Collects visible text, with one line per block element and bullets for list items."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.title: list[str] = []
        self.in_title = False
        self.cells_in_row = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in _SKIP_TAGS and tag not in _VOID_TAGS:
            self.skip_depth += 1
            return
        if self.skip_depth:
            return
        if tag in ("td", "th"):
            # A table row becomes one line of cells joined by bars, as tables are written in prose.
            if self.cells_in_row:
                self.parts.append(" | ")
            self.cells_in_row += 1
        if tag == "tr":
            self.cells_in_row = 0
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("• ")
        if tag == "dd":
            # "<dt>Projekto vertė</dt><dd>1 318 460,52 Eur</dd>" reads as "Projekto vertė: …".
            while self.parts and not self.parts[-1].strip():
                self.parts.pop()
            self.parts.append(": ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIP_TAGS and tag not in _VOID_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if not self.skip_depth and tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if not self.skip_depth:
            self.parts.append(data)


_SPACES = re.compile(r"[ \t\r\f\v]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page: scripts, styles and menus dropped, entities decoded.

    >>> html_to_text("<nav>Pradžia</nav><p>Biudžetas&nbsp;&#8211; 48&nbsp;000 Eur</p><script>x=1</script>")
    'Biudžetas\\xa0– 48\\xa0000 Eur'
    """
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = _MANY_NEWLINES.sub("\n\n", text).strip()
    if not text and parser.title:
        text = " ".join(" ".join(parser.title).split())
    return text


def looks_like_html(text: str) -> bool:
    """True when a text is markup rather than prose (saved pages are not always named .html)."""
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or (
        "<body" in head or "<head" in head or head.count("<div") + head.count("<p>") >= 2
    )


def decode_bytes(data: bytes, name: str = "<bytes>") -> str:
    """Decode a raw file: UTF-8 (with or without BOM), else the Baltic code page Windows-1257.

    Raises SourceError for empty files and for binary data that is no text in any encoding.

    >>> decode_bytes("Klaipėdos".encode("cp1257"))
    'Klaipėdos'
    """
    if not data.strip():
        raise SourceError(f"{name}: the file is empty")
    if b"\x00" in data[:4096]:
        raise SourceError(f"{name}: binary data (NUL bytes), not a text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _decode_legacy(data, name)
    if _control_ratio(text) > 0.02:
        raise SourceError(f"{name}: binary data (control characters), not a text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_legacy(data: bytes, name: str) -> str:
    """Choose the code page that yields the most Lithuanian letters (1257 wins ties)."""
    best: tuple[int, str] | None = None
    for encoding in ("cp1257", "cp1252", "iso-8859-13"):
        try:
            candidate = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = sum(ch in _LT_LETTERS for ch in candidate)
        if best is None or score > best[0]:
            best = (score, candidate)
    if best is None:
        raise SourceError(f"{name}: not UTF-8 and not Windows-1257 text")
    return best[1]


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(
        1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or 0x7F <= ord(ch) < 0xA0
    )
    bad += sample.count("\ufffd")
    return bad / len(sample)


def read_source(path: str | Path) -> str:
    """The text of one raw file, as the parser sees it and as every quote refers to it."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    text = decode_bytes(data, path.name)
    if path.suffix.lower() in (".html", ".htm") or looks_like_html(text):
        text = html_to_text(text)
        if not text.strip():
            raise SourceError(f"{path.name}: the HTML page has no visible text")
    return text
