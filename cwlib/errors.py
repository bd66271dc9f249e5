"""The one error class for problems a user can act on, shared by every stage.

A missing folder, an unreadable file, a table without its columns, a brief that cannot be
written: each is a ``CwlibError`` whose message names the file (and column, and row) and says
what to do. The command line prints such a message as one line and exits with status 2; only
``--debug`` shows a traceback. Errors of other classes are bugs, and are reported as such.

Messages quote file names, and a file name can hold anything but ``/``: a terminal escape
sequence, a right-to-left override, a line break. :func:`printable` shows such characters as
escapes, so that a message cannot recolour, reorder or split the terminal's text.
"""

from __future__ import annotations

import unicodedata

__all__ = ["CwlibError", "printable"]


class CwlibError(Exception):
    """A problem in the user's input or environment, explained in one line."""


_HIDDEN = ("Cc", "Cf", "Cs", "Zl", "Zp")
"""Unicode categories that do not show as themselves: controls, format, lone surrogates, breaks."""


def printable(text: str) -> str:
    """``text`` with every control, invisible or undecodable character shown as an escape.

    >>> printable("a\\x1b[31m.txt \\u202egnp.txt")
    'a\\\\x1b[31m.txt \\\\u202egnp.txt'
    """
    if text.isprintable():
        return text
    return "".join(
        ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) in _HIDDEN else ch
        for ch in text
    )
