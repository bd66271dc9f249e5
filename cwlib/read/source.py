"""Reading raw source files into the text the parser and the quotes refer to.

Whatever arrives (UTF-8, Windows-1257, a saved HTML page), this module returns one string,
and every ``quote`` in the clean tables is a substring of exactly that string, so provenance
can always be checked with ``quote in read_source(path)``.
"""

from __future__ import annotations

from pathlib import Path

from cwlib.read.decode import SourceError, decode_bytes
from cwlib.read.markup import html_to_text, looks_like_html

__all__ = ["SourceError", "decode_bytes", "html_to_text", "looks_like_html", "read_source"]


def read_source(path: str | Path) -> str:
    """The text of one raw file, as the parser sees it and as every quote refers to it."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    if path.suffix.lower() == ".pdf":
        from cwlib.read.pdf import pdf_to_text

        return pdf_to_text(data, path.name)
    text = decode_bytes(data, path.name)
    if path.suffix.lower() in (".html", ".htm") or looks_like_html(text):
        text = html_to_text(text)
        if not text.strip():
            raise SourceError(f"{path.name}: the HTML page has no visible text")
    return text
