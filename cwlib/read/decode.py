"""Bytes of a raw file to text: UTF-8, UTF-16/32 with a byte-order mark, else the Baltic code page.

Lithuanian pages arrive as UTF-8 or as Windows-1257 (the Baltic code page many older sites
and exports still use), now and then as UTF-16 saved by a Windows editor, and sometimes as a
file pasted together from both (one part UTF-8, one part Windows-1257). A wrong guess turns
ą, č, ė into other letters in every quote, so the legacy code page is chosen by the
Lithuanian letters it yields, and a mixed file is decoded line by line. Binary data is refused.
"""

from __future__ import annotations

import codecs

from cwlib.errors import CwlibError
from cwlib.patterns import compiled
from cwlib.read.characters import LT_LETTERS, normalise_text

__all__ = ["SourceError", "decode_bytes"]


class SourceError(CwlibError, ValueError):
    """A raw file that cannot be read as a project text; the message names the reason."""


# Letters that only a correct decoding of Lithuanian text produces. Used to choose between
# candidate code pages when a file is not valid UTF-8.
_LEGACY = ("cp1257", "cp1252", "iso-8859-13")
# Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
SAMPLE = 4096
"""Bytes looked at to tell text from binary data."""
MAX_NUL_SHARE = 0.01
"""A text in an 8-bit encoding has no NUL bytes; a few are damage, more mean binary data."""
MAX_CONTROL_SHARE = 0.02


def decode_bytes(data: bytes, name: str = "<bytes>") -> str:
    """Decode a raw file and settle its invisible characters (see :mod:`cwlib.read.characters`).

    UTF-8, UTF-16 or UTF-32 with a byte-order mark, UTF-16 without one, else Windows-1257 (or
    the code page that yields the most Lithuanian letters), line by line when the file mixes
    UTF-8 with a code page. Stray NUL bytes are dropped. Raises SourceError for empty files
    and for binary data that is no text in any encoding.

    >>> decode_bytes("Klaipėdos".encode("cp1257"))
    'Klaipėdos'
    >>> decode_bytes("Klaipėdos".encode("utf-16"))
    'Klaipėdos'
    """
    text = _decode(data, name)
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise SourceError(f"{name}: binary data (control characters), not a text")
    text = normalise_text(text)
    if not text.strip():
        raise SourceError(f"{name}: the file is empty")
    return text


def _decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise SourceError(f"{name}: the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise SourceError(
                    f"{name}: starts as {encoding.upper()} but is not valid {encoding.upper()} "
                    f"(byte {len(bom) + exc.start})"
                ) from None
    sample = data[:SAMPLE]
    nuls = sample.count(0)
    if nuls > MAX_NUL_SHARE * len(sample):
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise SourceError(f"{name}: binary data (NUL bytes), not a text")
        return utf16
    data = data.replace(b"\x00", b"")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    utf8: dict[int, str] = {}
    for i, line in enumerate(lines):
        try:
            utf8[i] = line.decode("utf-8")
        except UnicodeDecodeError:
            continue
    legacy_lines = [line for i, line in enumerate(lines) if i not in utf8]
    encoding = _legacy_encoding(b"\n".join(legacy_lines), name)
    # A line that is valid UTF-8 is taken as UTF-8: a line of Windows-1257 text with Lithuanian
    # letters almost never is, and a plain ASCII line reads the same either way.
    return "\n".join(
        utf8[i] if i in utf8 else line.decode(encoding) for i, line in enumerate(lines)
    )


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: NUL bytes in every other position, on one side only."""
    sample = data[: SAMPLE - SAMPLE % 2]
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2 or 1
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) > 0.6 * half and other.count(0) < 0.05 * half:
            try:
                return data[: len(data) - len(data) % 2].decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _legacy_encoding(data: bytes, name: str) -> str:
    """The code page that yields the most Lithuanian letters (1257 wins ties)."""
    best: tuple[int, str] | None = None
    for encoding in _LEGACY:
        try:
            candidate = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = sum(ch in LT_LETTERS for ch in candidate)
        if best is None or score > best[0]:
            best = (score, encoding)
    if best is None:
        raise SourceError(f"{name}: not UTF-8 and not Windows-1257 text")
    return best[1]


_CONTROL = compiled(
    "["  # one character class:
    "\x00-\x08\x0b\x0e-\x1f"  # C0 controls but tab, line feed, form feed, carriage return
    "\x7f-\x84\x86-\x9f"  # DEL and C1 controls but NEL (a line break)
    "\ufffd"  # the replacement character of a failed decoding
    "]"
)


def _control_share(text: str) -> float:
    """The share of control and replacement characters in the first 20,000 characters."""
    sample = text[:20000]
    if not sample or _CONTROL.search(sample) is None:  # one scan; most texts hold none
        return 0.0
    return len(_CONTROL.findall(sample)) / len(sample)
