"""Characters a reader cannot see, or that pass for others: what reading and exporting do with them.

A page can hold characters that change what a figure or a name seems to be without showing:
zero-width spaces inside ``48\u200b000 Eur``, a right-to-left override that prints a sum
backwards, NUL bytes, full-width digits (``４８ ０００ Eur``), line separators. Read as they are,
they hide amounts from the parser or smuggle reversed text into tables and briefs. They are
settled once, when a file is read (:func:`normalise_text`), so that the text every ``quote``
is a substring of is already clean; exports run :func:`strip_invisible` over text from tables
that may have been edited by hand since.

What happens to each kind:

- format characters (Unicode category Cf: zero-width spaces and joiners, bidirectional
  controls, the soft hyphen, a stray byte-order mark, tag characters) are removed;
- NUL and the other control characters are removed, except tab, line feed and form feed;
  carriage returns, NEL and the Unicode line and paragraph separators become line feeds;
- the full-width forms of ASCII (U+FF01-U+FF5E) become ASCII, the ideographic space a space;
- the text is put in Unicode NFC, so that ``ė`` is one character whether the page composed it
  or not.
"""

from __future__ import annotations

import re
import unicodedata

from cwlib.patterns import compiled

__all__ = ["FORMAT_CHARACTERS", "LT_LETTERS", "normalise_text", "strip_invisible"]

LT_LETTERS = frozenset("ąčęėįšųūžĄČĘĖĮŠŲŪŽ")
"""The letters Lithuanian has beyond the Latin alphabet: a word holding one is written in
Lithuanian (a title's language, a partner's name, a decoding's likelihood, a place's
Lithuanian spelling)."""

FORMAT_CHARACTERS = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
"""Every character of Unicode category Cf (format), as a regex character class body.

Written out rather than computed because computing it means scanning all of Unicode at import;
a test checks it against :mod:`unicodedata`.
"""

_INVISIBLE = compiled(
    rf"""
    [{FORMAT_CHARACTERS}]               # zero-width, bidirectional controls, soft hyphen, BOM
    | [\x00-\x08\x0b\x0e-\x1f\x7f]      # C0 controls but tab, line feed, form feed, carriage return
    | [\x80-\x84\x86-\x9f]              # C1 controls but NEL (a line break, handled below)
    """,
    re.VERBOSE,
)
_LINE_BREAKS = compiled(
    r"""
    \r\n?                               # Windows and old Mac line ends
    | [\x85\u2028\u2029]                # NEL, Unicode line and paragraph separators
    """,
    re.VERBOSE,
)
_FORMAT = compiled(f"[{FORMAT_CHARACTERS}]")
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
"""Full-width ASCII forms to ASCII (``４８`` → ``48``, ``＠`` → ``@``), ideographic space to space."""
_ASTRAL_ITEM = compiled(
    r"""
    [\U00010000-\U0010ffff]            # a character beyond the Basic Multilingual Plane
    (?:-[\U00010000-\U0010ffff])?      # or a range of them
    """,
    re.VERBOSE,
)
_UNSETTLED = compiled(
    "["  # one character class (scanned faster than an alternation of classes):
    "\r\x85\u2028\u2029"  # a line break other than a line feed
    + _ASTRAL_ITEM.sub("", FORMAT_CHARACTERS)  # a format character of the BMP
    + "\x00-\x08\x0b\x0e-\x1f\x7f\x80-\x84\x86-\x9f"  # a control character
    "\uff01-\uff5e\u3000"  # a full-width form
    "]"
)
"""Any character of the Basic Multilingual Plane that :func:`normalise_text` changes, besides
NFC. Most pages hold none: one scan for them (~10 us a 3 KB page) spares the three rewrites
(``str.translate`` with a dict alone takes ~130 us). The format characters beyond the BMP are
left out of this class because they make the engine test every character against a list of
ranges (4x slower); only a text that holds such characters at all is rewritten for them."""


def _settled(text: str) -> bool:
    """Whether :func:`normalise_text` would only put ``text`` in NFC."""
    if _UNSETTLED.search(text) is not None:
        return False
    # A text with no character beyond the BMP is two bytes a character in UTF-16.
    return len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)


def normalise_text(text: str) -> str:
    """Text as every quote refers to it: invisible characters gone, full-width forms plain, NFC.

    >>> normalise_text("48\\u200b000 Eur\\u202e, ４８ ０００ Eur\\x00\\r\\n")
    '48000 Eur, 48 000 Eur\\n'
    """
    if not _settled(text):
        text = _LINE_BREAKS.sub("\n", text)
        text = _INVISIBLE.sub("", text)
        text = text.translate(_FULL_WIDTH)
    return unicodedata.normalize("NFC", text)


def strip_invisible(text: str) -> str:
    """Text without format characters: zero-width ones and those that reorder what shows.

    For exports of tables that may have been edited since they were built. Every visible
    character is kept as it is (control characters are left to the exporter, which shows them
    as a replacement mark), so an exported value differs from the table's only where the table
    held something a reader cannot see.

    >>> strip_invisible("Jonas\u202e Jonaitis\u200b")
    'Jonas Jonaitis'
    """
    return _FORMAT.sub("", text)
