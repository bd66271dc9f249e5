"""Reading raw source files into the text the parser and the quotes refer to.

Whatever arrives (UTF-8, Windows-1257, UTF-16, a saved HTML page), this module returns one
string, and every ``quote`` in the clean tables is a substring of exactly that string, so
provenance can always be checked with ``quote in read_source(path)``.

A ``.txt`` file is text: it is read as HTML only when it is a whole saved page (it starts with
``<!DOCTYPE html>`` or ``<html>``), never because it mentions a tag, so a ``<script>`` written
in a text stays visible text (and is escaped wherever it is shown). Only regular files are
read: a FIFO would block the build, a device would never end.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from pathlib import Path

from cwlib.patterns import compiled
from cwlib.read.characters import normalise_text
from cwlib.read.decode import SourceError, decode_bytes
from cwlib.read.markup import html_to_text, looks_like_html

__all__ = [
    "HTML_SUFFIXES",
    "SourceError",
    "decode_bytes",
    "html_to_text",
    "is_html_document",
    "looks_like_html",
    "read_source",
    "read_source_digest",
]

HTML_SUFFIXES = (".html", ".htm")
MAX_BYTES = 50_000_000
"""Larger files are refused: no project page is 50 MB of text, and reading one costs memory."""

_DOCUMENT_START = compiled(
    r"""
    \A\s*
    (?:<\?xml[^>]*>\s*)?                # an XML declaration (XHTML)
    (?:<!--.*?-->\s*)*                  # comments before the page
    (?i:<!doctype\s+html|<html[\s>])    # the page itself
    """,
    re.VERBOSE | re.DOTALL,
)


def is_html_document(text: str) -> bool:
    """True when a text is a whole saved HTML page, judged by how it starts.

    >>> is_html_document("<!DOCTYPE html><html><body>x</body></html>")
    True
    >>> is_html_document("Projektas. <script>alert(1)</script> <p>a</p><p>b</p>")
    False
    """
    return _DOCUMENT_START.match(text[:4000]) is not None


def read_source(path: str | Path) -> str:
    """The text of one raw file, as the parser sees it and as every quote refers to it."""
    path = Path(path)
    return _text_of(path, _read_regular_file(path))


def read_source_digest(path: str | Path) -> tuple[str, str]:
    """The text of one raw file and the SHA-256 of the bytes it was read from.

    The build records the digest of exactly the bytes it parsed (a file replaced between
    parsing and recording cannot get another file's digest), and each parsing process
    hashes its own files instead of the main process hashing them all after the parse.
    """
    path = Path(path)
    data = _read_regular_file(path)
    return _text_of(path, data), hashlib.sha256(data).hexdigest()


def _text_of(path: Path, data: bytes) -> str:
    """The text of a raw file's bytes (``path`` names its kind and goes into messages)."""
    if path.suffix.lower() == ".pdf":
        from cwlib.read.pdf import pdf_to_text

        return normalise_text(pdf_to_text(data, path.name))
    text = decode_bytes(data, path.name)
    html = path.suffix.lower() in HTML_SUFFIXES
    if html or is_html_document(text):
        # Entities may spell invisible characters (&#8203;), so the visible text is settled again.
        text = normalise_text(html_to_text(text))
        if not text.strip():
            raise SourceError(f"{path.name}: the HTML page has no visible text")
    return text


def _read_regular_file(path: Path) -> bytes:
    """The bytes of a regular file; FIFOs, devices and folders are refused without blocking."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise SourceError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SourceError(f"{path.name}: not a regular file ({_kind(info.st_mode)})")
        if info.st_size > MAX_BYTES:
            raise SourceError(
                f"{path.name}: {info.st_size:,} bytes, more than the {MAX_BYTES:,} a page may have"
            )
        with os.fdopen(fd, "rb", closefd=False) as handle:
            # Ask for the size the file has (and a byte more, to see whether it grew since):
            # asking for MAX_BYTES at once makes Python set aside 50 MB for every file.
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += handle.read(MAX_BYTES + 1 - len(data))
            return data
    except OSError as exc:
        raise SourceError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    finally:
        os.close(fd)


def _kind(mode: int) -> str:
    """What a non-regular file is, in a reader's words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"
