"""Making frozen dataclass instances fast, for the few kinds the parser makes by the thousand.

A frozen dataclass's ``__init__`` sets each field through ``object.__setattr__`` (the class
forbids plain assignment), which costs about twice what the fields themselves do. The sums
and dates of every text (``Money``, ``DateMention``, made in the inner loops of the Document's
shared views), its partner rows (``Partner``, about eight a page) and its budget, event and
result rows (``Budget``, ``Event``, ``Result``: three to five a page each) are made by the
thousand, so their makers fill the instance's ``__dict__`` directly instead:
the same fields in the same order, the same instance (``==``, ``hash``, ``repr`` and pickling
see no difference; the tests of each maker compare it with the class's own ``__init__``).
"""

from __future__ import annotations

from typing import Any, TypeVar

__all__ = ["frozen"]

T = TypeVar("T")

_new = object.__new__


def frozen(cls: type[T], **fields: Any) -> T:
    """An instance of the frozen dataclass ``cls`` with ``fields`` (every field, in the
    class's order), made without its ``__init__``; no default is filled in and no
    ``__post_init__`` runs, so only classes without either may be made this way."""
    made = _new(cls)
    made.__dict__.update(fields)
    return made
