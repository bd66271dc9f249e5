"""Bytes of a raw file to text: UTF-8, else the Baltic code page, never binary data.

Lithuanian pages arrive as UTF-8 or as Windows-1257 (the Baltic code page many older sites
and exports still use). A wrong guess turns ą, č, ė into other letters in every quote, so the
legacy code page is chosen by the Lithuanian letters it yields.
"""

from __future__ import annotations

from cwlib.errors import CwlibError

__all__ = ["SourceError", "decode_bytes"]


class SourceError(CwlibError, ValueError):
    """A raw file that cannot be read as a project text; the message names the reason."""


# Letters that only a correct decoding of Lithuanian text produces. Used to choose between
# candidate code pages when a file is not valid UTF-8.
_LT_LETTERS = set("ąčęėįšųūžĄČĘĖĮŠŲŪŽ")


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
