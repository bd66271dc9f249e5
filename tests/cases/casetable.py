"""The one helper of the case tables (see conftest.py)."""

from __future__ import annotations

from typing import Any

import pytest

from cwlib.parse.document import Document


def case(case_id: str, text: str, expected: Any, gap: str | None = None) -> Any:
    """One row of a case table; ``gap``: why the parser does not give ``expected`` yet."""
    marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
    return pytest.param(text, expected, id=case_id, marks=marks)


def doc(text: str) -> Document:
    return Document(text, "case.txt")
