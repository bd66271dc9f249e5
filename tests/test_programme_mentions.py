"""Programme names: the shortcuts of ``programme._table_mentions`` give what they stand for.

The word before a name (an alias guard such as "Valstybės investicijų programa") is read by
``str`` methods where a pattern ending in ``$`` used to be searched; a name's rows are kept per
alias, period and written form. Both must answer as the slow way does.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from cwlib.lexicon import programmes as table
from cwlib.parse import programme

_PREVIOUS_WORD = re.compile(
    r"""
    (?P<w>\w+)\s+$                            # the word before a programme's name
    """,
    re.VERBOSE,
)

_PIECES = st.sampled_from(
    ["a", "ž", "_", "7", "²", " ", "\n", "\t", "\u00a0", "\u2003", ".", ",", "-", "valstybės "]
)


@given(st.lists(_PIECES, max_size=40).map("".join), st.integers(min_value=0, max_value=400))
def test_previous_word_is_the_pattern_searched_before_the_name(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    found = _PREVIOUS_WORD.search(text, max(0, pos - 30), pos)
    assert programme._previous_word(text, pos) == (found.group("w") if found else None)


def test_previous_word_of_a_guarded_name() -> None:
    text = "pagal valstybės investicijų programą"
    assert programme._previous_word(text, text.index("programą")) == "investicijų"
    assert programme._previous_word(text, text.index("investicijų")) == "valstybės"
    assert programme._previous_word("x, programa", 3) is None
    assert programme._previous_word("programa", 0) is None


def test_rows_are_kept_per_alias_period_and_form() -> None:
    written = {
        "Interreg V-A Latvijos ir Lietuvos bendradarbiavimo per sieną programa",
        "Latvijos ir Lietuvos bendradarbiavimo per sieną programa",
        "Interreg Baltijos jūros regiono programa",
        "ENI Latvijos, Lietuvos ir Baltarusijos programa",
    }
    tried = 0
    for alias in table.aliases():
        for form in written:
            if alias.pattern.fullmatch(form.lower() if not alias.cased else form) is None:
                continue
            for years in (None, "2014-2020", "2007-2013"):
                expected = programme._rows_of_alias(alias, years, form)
                assert programme._rows_for(alias, years, form) == expected
                assert programme._rows_for(alias, years, form) == expected  # (kept)
                tried += 1
    assert tried >= 6
