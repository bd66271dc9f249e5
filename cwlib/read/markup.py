"""Saved HTML pages to the text the parser reads: the page's main content, in plain lines.

A saved page carries menus, breadcrumbs, cookie notices, share buttons, related-news lists and
footers around the few paragraphs about the project. Their words and figures (another
project's budget in a sidebar, a date in a news list) would become facts of this project, so
the main content is found with trafilatura, a maintained boilerplate-removal library, and
rendered here in the plain form the parser expects: table rows as ``a | b`` lines, definition
lists as ``dt: dd``, list items as ``• item``, one block per paragraph. Two things outside the
main content are kept on purpose: the page's title (trafilatura moves it to metadata) and lines
that give an e-mail address (a page's contact is often only in its footer). When trafilatura
finds no main content, every visible text of the page is read instead (``visible_text``, the
hand-written converter this module had before).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any

from cwlib.patterns import compiled

if TYPE_CHECKING:
    from lxml.etree import _Element

__all__ = ["html_to_text", "looks_like_html", "main_text", "visible_text"]


# Elements whose content is never shown as text (scripts, styles, the document head).
_HIDDEN_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "head"})
# ... and, for the hand-written converter, navigation chrome as well.
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
# The characters HTML collapses into one space (no-break spaces are not among them).
_HTML_SPACE = compiled(
    r"""
    [ \t\n\r\f]+   # a run of HTML white space (a no-break space is not one)
    """,
    re.VERBOSE,
)
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# A private-use character that marks the start of a heading's line (never in page text we keep).
_HEADING_MARK = "\ue000"
_VOID_TAGS = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "wbr", "source"}


class _TextExtractor(HTMLParser):
    """Collects visible text, with one line per block element and bullets for list items."""

    def __init__(
        self, skip: frozenset[str] | set[str] = _SKIP_TAGS, mark_headings: bool = False
    ) -> None:
        super().__init__(convert_charrefs=True)
        self.skip = skip
        self.mark_headings = mark_headings
        self.parts: list[str] = []
        self.skip_depth = 0
        self.title: list[str] = []
        self.in_title = False
        self.cells_in_row = 0
        self.pre_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in self.skip and tag not in _VOID_TAGS:
            self.skip_depth += 1
            return
        if self.skip_depth:
            return
        if tag == "pre":
            self.pre_depth += 1
        if tag in ("td", "th"):
            # A table row becomes one line of cells joined by bars, as tables are written in prose.
            if self.cells_in_row:
                self.parts.append(" | ")
            self.cells_in_row += 1
        if tag == "tr":
            self.cells_in_row = 0
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")
        if self.mark_headings and tag in _HEADINGS:
            self.parts.append(_HEADING_MARK)
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
        if tag in self.skip and tag not in _VOID_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if self.skip_depth:
            return
        if tag == "pre":
            self.pre_depth = max(0, self.pre_depth - 1)
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if not self.skip_depth:
            # A line break in the markup is a space on the page, except in preformatted text.
            self.parts.append(data if self.pre_depth else _HTML_SPACE.sub(" ", data))


_SPACES = compiled(r"[ \t\r\f\v]+")
_MANY_NEWLINES = compiled(r"\n{3,}")


def visible_text(markup: str) -> str:
    """Every visible text of an HTML page: scripts, styles and menus dropped, entities decoded.

    It keeps what the page shows outside its main content too (breadcrumbs, footers, cookie
    notices), so it is the fallback when no main content is found.

    >>> visible_text("<nav>Pradžia</nav><p>Biudžetas&nbsp;&#8211; 48&nbsp;000 Eur</p><script>x=1</script>")
    'Biudžetas\\xa0– 48\\xa0000 Eur'
    """
    return _convert(markup, _SKIP_TAGS)


def _convert(markup: str, skip: frozenset[str] | set[str], mark_headings: bool = False) -> str:
    parser = _TextExtractor(skip, mark_headings)
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = _MANY_NEWLINES.sub("\n\n", text).strip()
    if not text and parser.title:
        text = " ".join(" ".join(parser.title).split())
    return text


# An e-mail address, the mark of a contact line worth keeping from outside the main content.
_EMAIL = compiled(
    r"""
    [\w.+-]+            # the mailbox
    @
    [\w-]+(?:\.[\w-]+)+ # the domain, with at least one dot
    """,
    re.VERBOSE,
)
# Blocks of trafilatura's XML that are rendered as one paragraph each.
_TEXT_BLOCKS = {"p", "head", "code"}
# Blocks that make a table cell a part of the page's layout rather than a value.
_CELL_BLOCKS = {"p", "head", "list", "table", "quote"}


@cache
def _extraction_config() -> Any:
    """trafilatura's settings, changed where the defaults do not suit a batch reader.

    Its extraction timeout uses a signal, which only works in a main thread and would cut a
    long page differently on a busy machine; the build needs the same text every time.
    """
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


def _line(text: str) -> str:
    return " ".join(text.split())


def _inline(element: _Element) -> str:
    """The text of one block, with line breaks kept and nested lists left to their renderer."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag != "list":
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _render_list(element: _Element, blocks: list[str]) -> None:
    if element.get("rend") == "dl":
        # trafilatura keeps <dt>/<dd> as items marked dt-N / dd-N; a reader sees "dt: dd".
        term: str | None = None
        for item in element.iterchildren("item"):
            value = _line(_inline(item))
            if (item.get("rend") or "").startswith("dd") and term is not None:
                blocks.append(f"{term}: {value}")
                term = None
            else:
                if term is not None:
                    blocks.append(term)
                term = value
        if term is not None:
            blocks.append(term)
        return
    for item in element.iterchildren("item"):
        blocks.append("• " + _line(_inline(item)))
        for nested in item.iterchildren("list"):
            _render_list(nested, blocks)


def _render_block(element: _Element, blocks: list[str]) -> None:
    """One block of trafilatura's XML body as the plain lines the parser reads."""
    if element.tag == "list":
        _render_list(element, blocks)
    elif element.tag == "table" and any(
        child.tag in _CELL_BLOCKS for cell in element.iter("cell") for child in cell
    ):
        # A table that lays out the page (a menu column, paragraphs in a cell) is no data
        # table: its cells are read as blocks, one after the other.
        for row in element.iterchildren("row"):
            for cell in row.iterchildren("cell"):
                if cell.text and cell.text.strip():
                    blocks.append(_line(cell.text))
                for child in cell:
                    _render_block(child, blocks)
    elif element.tag == "table":
        # One line per row, cells joined by bars, as the hand-written converter writes tables.
        for row in element.iter("row"):
            cells = [_line(" ".join(cell.itertext())) for cell in row.iterchildren("cell")]
            blocks.append(" | ".join(cells))
    elif element.tag in _TEXT_BLOCKS or not len(element):
        blocks.append("\n".join(_line(part) for part in _inline(element).split("\n")))
    else:  # a quote or other container of blocks
        for child in element:
            _render_block(child, blocks)


def _runs(element: _Element) -> list[str]:
    """Every run of text inside an element, whitespace folded, in document order."""
    runs = []
    for node in element.iter():
        for run in (node.text, node.tail if node is not element else None):
            if run and run.strip():
                runs.append(_line(run))
    return runs


@dataclass(frozen=True)
class _PageLine:
    text: str
    heading: bool


def _page_lines(markup: str) -> list[_PageLine]:
    """Every line the page shows (navigation and footers too), headings marked."""
    out = []
    for raw in _convert(markup, _HIDDEN_TAGS, mark_headings=True).split("\n"):
        heading = _HEADING_MARK in raw
        text = _line(raw.replace(_HEADING_MARK, " "))
        if text:
            out.append(_PageLine(text, heading))
    return out


def _find_line(lines: list[_PageLine], run: str, start: int) -> int | None:
    return next((i for i in range(start, len(lines)) if run in lines[i].text), None)


def _extract(markup: str) -> tuple[_Element, str] | None:
    """trafilatura's main content as its XML body, and the title it found; None if none."""
    import trafilatura
    from lxml import etree

    xml = trafilatura.extract(
        markup,
        output_format="xml",
        favor_recall=True,  # a missed budget line costs more than a kept menu line
        include_tables=True,
        include_comments=False,
        include_links=False,
        include_images=False,
        include_formatting=False,
        deduplicate=False,  # its cache spans calls: the text would depend on the files read before
        with_metadata=True,
        config=_extraction_config(),
    )
    if not xml:
        return None
    doc = etree.fromstring(xml.encode("utf-8"))
    body = doc.find("main")
    if body is None or not _runs(body):
        return None
    return body, _line(doc.get("title") or "")


def main_text(markup: str) -> tuple[str, str] | None:
    """The main content of a page (trafilatura) as plain lines, and the page's title.

    None when trafilatura finds no main content, or when what it returns is not the page as
    shown: every run of its text must lie within one line of the page. That refuses its last-
    resort outputs (the whole page flattened into one paragraph; an article body taken from
    metadata the page does not show), for which the visible text is the better reading.

    trafilatura drops some headings (``Partneriai``, ``Rezultatai``) that the parser reads as
    section names; a heading that stands directly above a kept block is put back. The title
    is trafilatura's (the page's heading, its metadata or its <title>), which may or may not
    be part of the content.

    >>> text, title = main_text(PAGE_EXAMPLE)
    >>> title
    'Kūrybos dirbtuvės Utenoje'
    >>> print(text)
    Kūrybos dirbtuvės Utenoje
    <BLANKLINE>
    Utenos kultūros centras kartu su partneriais iš Latvijos įgyvendina projektą „Kūrybos dirbtuvės“. Senajame malūne įrengiamos keramikos, medžio ir garso dirbtuvės, kuriose jaunimas mokysis amatų ir kurs savo gaminius.
    <BLANKLINE>
    Projekto vertė | 48 000 Eur
    <BLANKLINE>
    Trukmė: 24 mėn.
    <BLANKLINE>
    Partneriai
    <BLANKLINE>
    • Daugpilio kultūros centras (Latvija)
    """
    found = _extract(markup)
    if found is None:
        return None
    body, title = found
    lines = _page_lines(markup)
    page = "\n".join(line.text for line in lines)
    if any(run not in page for run in _runs(body)):
        return None
    blocks: list[str] = []
    cursor = 0
    for child in body:
        runs = _runs(child)
        first = _find_line(lines, runs[0], cursor) if runs else None
        if first is not None:
            headings: list[str] = []
            above = first - 1
            while above >= cursor and lines[above].heading:
                headings.insert(0, lines[above].text)
                above -= 1
            blocks.extend(h for h in headings if h not in blocks)
            cursor = (_find_line(lines, runs[-1], first) or first) + 1
        _render_block(child, blocks)
    text = "\n\n".join(block.strip() for block in blocks if block.strip())
    return (text, title) if text else None


def html_to_text(markup: str) -> str:
    """The text a saved page is read as: its title, its main content and its contact lines.

    Falls back to every visible text of the page (``visible_text``) when trafilatura finds no
    main content. See the module docstring for why the title and e-mail lines are kept.

    >>> print(html_to_text(PAGE_EXAMPLE))
    Kūrybos dirbtuvės Utenoje
    <BLANKLINE>
    Utenos kultūros centras kartu su partneriais iš Latvijos įgyvendina projektą „Kūrybos dirbtuvės“. Senajame malūne įrengiamos keramikos, medžio ir garso dirbtuvės, kuriose jaunimas mokysis amatų ir kurs savo gaminius.
    <BLANKLINE>
    Projekto vertė | 48 000 Eur
    <BLANKLINE>
    Trukmė: 24 mėn.
    <BLANKLINE>
    Partneriai
    <BLANKLINE>
    • Daugpilio kultūros centras (Latvija)
    <BLANKLINE>
    El. p. info@utena.lt
    """
    found = main_text(markup)
    if found is None:
        return visible_text(markup)
    text, title = found
    page_lines = [line.text for line in _page_lines(markup)]
    kept = {_line(line) for line in text.split("\n")}
    parts = [text]
    # The title is kept when the page shows it as a line of its own and the content does not
    # already have it (trafilatura moves a post's heading into its metadata).
    if title and title not in kept and title in page_lines:
        parts.insert(0, title)
        kept.add(title)
    contacts = [line for line in page_lines if _EMAIL.search(line) and line not in kept]
    if contacts:
        parts.append("\n".join(dict.fromkeys(contacts)))
    return "\n\n".join(parts)


# A page in the shape municipal sites have, for the examples above.
PAGE_EXAMPLE = """<html><head><title>Kūrybos dirbtuvės Utenoje | Utenos kultūros centras</title></head>
<body><div class="cookie">Svetainė naudoja slapukus. <a>Sutinku</a></div>
<ul class="menu"><li><a href="/">Pradžia</a></li><li><a href="/projektai">Projektai</a></li></ul>
<article><h1 class="entry-title">Kūrybos dirbtuvės Utenoje</h1><div class="entry-content">
<p>Utenos kultūros centras kartu su partneriais iš Latvijos įgyvendina projektą „Kūrybos
dirbtuvės“. Senajame malūne įrengiamos keramikos, medžio ir garso dirbtuvės, kuriose jaunimas
mokysis amatų ir kurs savo gaminius.</p><table><tr><td>Projekto vertė</td><td>48 000 Eur</td></tr></table>
<dl><dt>Trukmė</dt><dd>24 mėn.</dd></dl><h2>Partneriai</h2><ul><li>Daugpilio kultūros centras (Latvija)</li></ul>
</div></article><div class="related"><h3>Kitos naujienos</h3><ul><li><a href="/n/1">Vasaros
stovykla – 12 000 Eur</a></li></ul></div><footer><p>© 2024 Utenos kultūros centras</p>
<p>El. p. info@utena.lt</p></footer></body></html>"""


def looks_like_html(text: str) -> bool:
    """True when a text is markup rather than prose (saved pages are not always named .html)."""
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or (
        "<body" in head or "<head" in head or head.count("<div") + head.count("<p>") >= 2
    )
