"""Saved HTML pages to their visible text: scripts, styles and menus dropped, entities decoded.

Table rows become ``a | b`` lines and definition lists ``dt: dd``, so that the parser sees a
labelled value beside its label, as a reader does.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

__all__ = ["html_to_text", "looks_like_html"]


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
