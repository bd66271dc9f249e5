"""PDF project sheets to text: the text layer of every page, in reading order.

Programmes and municipalities publish many project descriptions as PDF (project cards,
summaries, press releases). pypdf reads the text layer a PDF producer wrote; a scanned sheet
has none, and is refused with that reason rather than read as an empty project.
"""

from __future__ import annotations

import io
import re
import unicodedata

from cwlib.patterns import compiled
from cwlib.read.decode import SourceError

__all__ = ["looks_like_pdf", "pdf_to_text"]

_MAGIC = b"%PDF-"
_TRAILING_SPACES = compiled(
    r"""
    [ \t]+ $    # spaces and tabs that end a line
    """,
    re.VERBOSE | re.MULTILINE,
)
# Justified lines come out with runs of spaces between words; a reader sees one space.
_SPACE_RUNS = compiled(
    r"""
    (?<=\S)     # after a word
    [ ]{2,}     # two or more spaces (tabs are column gaps, kept)
    (?=\S)      # before the next word
    """,
    re.VERBOSE,
)
_MANY_NEWLINES = compiled(
    r"""
    \n{3,}      # more than one blank line
    """,
    re.VERBOSE,
)


def looks_like_pdf(data: bytes) -> bool:
    """True for the bytes of a PDF file (its header may follow a little junk, as readers allow).

    >>> looks_like_pdf(b"%PDF-1.7\\n..."), looks_like_pdf(b"<html>")
    (True, False)
    """
    return _MAGIC in data[:1024]


def pdf_to_text(data: bytes, name: str = "<pdf>") -> str:
    """The text of a PDF, page after page (a blank line between pages), NFC-normalised,
    with the runs of spaces of justified lines read as one space.

    Raises SourceError for a file that is not a readable PDF, an encrypted one, and a PDF
    without a text layer (a scan).
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not looks_like_pdf(data):
        raise SourceError(f"{name}: not a PDF file")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise SourceError(f"{name}: the PDF is encrypted with a password")
        pages = [page.extract_text() or "" for page in reader.pages]
    except SourceError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise SourceError(f"{name}: the PDF cannot be read ({exc})") from exc
    # Producers write decomposed letters (e + combining dot) and Windows line ends; the text
    # every quote refers to is the composed form, one line end.
    text = unicodedata.normalize("NFC", "\n\n".join(p.strip() for p in pages))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACE_RUNS.sub(" ", _TRAILING_SPACES.sub("", text))
    text = _MANY_NEWLINES.sub("\n\n", text).strip()
    if not text:
        raise SourceError(f"{name}: the PDF has no text layer (a scan?); OCR is not supported")
    return text
