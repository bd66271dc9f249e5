"""Numbers in the reader's language: one formatter for figures, notebook tables and briefs."""

from __future__ import annotations

import pytest
from babel.numbers import parse_decimal
from hypothesis import given
from hypothesis import strategies as st

from cwlib.analyse.formats import (
    LOCALES,
    MISSING,
    format_compact,
    format_money,
    format_number,
    format_percent,
    plural_form,
    tick_formatter,
)

CASES = [
    # (id, call, expected)
    ("lt-thousands-space", lambda: format_number(500_000, "lt"), "500\xa0000"),
    ("en-thousands-comma", lambda: format_number(500_000, "en"), "500,000"),
    ("lt-decimal-comma", lambda: format_number(3.4528, "lt", decimals=4), "3,4528"),
    ("en-decimal-point", lambda: format_number(3.4528, "en", decimals=4), "3.4528"),
    ("lt-rounds-half-even", lambda: format_number(84.999977, "lt", decimals=1), "85,0"),
    ("lt-euro-after", lambda: format_money(264_145, "lt"), "264\xa0145\xa0€"),
    ("en-euro-before", lambda: format_money(264_145, "en"), "€264,145"),
    ("en-cents", lambda: format_money(264_145, "en", decimals=2), "€264,145.00"),
    ("lt-litas", lambda: format_money(8_263_543, "lt", "LTL"), "8\xa0263\xa0543\xa0Lt"),
    ("lt-percent", lambda: format_percent(82.5, "lt"), "82,5\xa0%"),
    ("en-percent", lambda: format_percent(82.5, "en"), "82.5%"),
    ("lt-percent-whole", lambda: format_percent(85, "lt", decimals=0), "85\xa0%"),
    ("lt-compact-million", lambda: format_compact(1_831_204, "lt", "EUR"), "1,8\xa0mln.\xa0€"),
    ("en-compact-million", lambda: format_compact(1_831_204, "en", "EUR"), "€1.8m"),
    ("lt-compact-thousand", lambda: format_compact(350_000, "lt"), "350\xa0tūkst."),
    ("missing-none", lambda: format_number(None, "lt"), MISSING),
    ("missing-nan", lambda: format_money(float("nan"), "en"), MISSING),
    ("missing-pd-na", lambda: format_percent(__import__("pandas").NA, "lt"), MISSING),
]


@pytest.mark.parametrize(("call", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_format(call, expected) -> None:
    assert call() == expected


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        format_number(1, "fr")


@given(
    st.floats(min_value=-1e12, max_value=1e12, allow_nan=False).map(lambda x: round(x, 2)),
    st.sampled_from(sorted(LOCALES)),
)
def test_format_then_parse_gives_the_value_back(value: float, lang: str) -> None:
    text = format_number(value, lang, decimals=2)
    assert float(parse_decimal(text, locale=LOCALES[lang], strict=True)) == pytest.approx(
        value, abs=0.006
    )


@given(st.floats(min_value=0, max_value=1e9, allow_nan=False))
def test_lithuanian_never_uses_a_comma_for_thousands(value: float) -> None:
    text = format_number(value, "lt")
    assert "," not in text and "." not in text
    assert len(text.replace("\xa0", "")) == len(str(round(value)))


def test_tick_formatter_writes_compact_lithuanian() -> None:
    formatter = tick_formatter("lt", "EUR")
    assert formatter(2_500_000, 0) == "2,5\xa0mln.\xa0€"


VALUES = [0, 1, 2, 3, 5, 11, 12, 21, 22, 101, 111, 999.5, 1000, 1234.5, -1234.5678, 0.5, 0.125]
VALUES += [3.4528, 12.345, 82.5, 264145, 1831204.5, 8_570_000, 1e9 + 0.25, 123_456_789_012.0]


def _everything() -> list[str]:
    """Every function of the module on every value, in both languages, from fresh caches."""
    from cwlib.analyse import formats

    formats._babel_locale.cache_clear()
    formats._pattern.cache_clear()
    out: list[str] = []
    for lang in ("en", "lt"):
        for v in VALUES:
            out += [format_number(v, lang, decimals=d) for d in (0, 1, 2, 4)]
            out += [
                format_money(v, lang, c, decimals=d) for c in ("EUR", "LTL", "USD") for d in (0, 2)
            ]
            out += [format_percent(v, lang, decimals=d) for d in (0, 1)]
            out += [format_compact(v, lang, c) for c in (None, "EUR", "LTL")]
            out += [plural_form(n, lang) for n in (v, int(abs(v)))]
    return out


def test_number_data_from_the_cache_writes_every_number_as_babel(tmp_path, monkeypatch) -> None:
    """The locale's number data kept in the cache folder (``formats._babel_locale``) writes
    every number as Babel's whole locale data does, the first time and after."""
    from cwlib.analyse import formats

    monkeypatch.setenv("CWLIB_CACHE", "off")
    whole = _everything()
    monkeypatch.setenv("CWLIB_CACHE", str(tmp_path))
    first = _everything()  # writes the files
    assert len(list(tmp_path.glob("babel-numbers-*.json"))) == 2
    again = _everything()  # reads them
    assert "date_formats" not in formats._babel_locale("lt")._data
    assert whole == first == again
    formats._babel_locale.cache_clear()
    formats._pattern.cache_clear()


def test_a_process_with_the_cache_leaves_babel_dates_alone(tmp_path) -> None:
    """Reading the number data from the cache spares Babel's date module, which looks up the
    local time zone on import."""
    import os
    import subprocess
    import sys

    code = (
        "import sys; from cwlib.analyse.formats import format_money, plural_form; "
        "print(format_money(1234.5, 'lt', decimals=2), plural_form(3, 'lt')); "
        "sys.exit(int('babel.dates' in sys.modules))"
    )
    env = {**os.environ, "CWLIB_CACHE": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)]
    runs.append(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    )
    assert runs[0].stdout == runs[1].stdout == "1\xa0234,50\xa0€ few\n"
    assert runs[1].returncode == 0, runs[1].stderr
