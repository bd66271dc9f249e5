"""The one error class for problems a user can act on, shared by every stage.

A missing folder, an unreadable file, a table without its columns, a brief that cannot be
written: each is a ``CwlibError`` whose message names the file (and column, and row) and says
what to do. The command line prints such a message as one line and exits with status 2; only
``--debug`` shows a traceback. Errors of other classes are bugs, and are reported as such.
"""

from __future__ import annotations

__all__ = ["CwlibError"]


class CwlibError(Exception):
    """A problem in the user's input or environment, explained in one line."""
