"""Audit findings in the brief's language: the stored message read back, then written again.

The audit (``cwlib.build.audit``) writes each finding's message into findings.csv in English,
with its numbers in one fixed style. A brief must say the same thing in its own language with
its own number style, so this module reads the stored message back against the audit's wording
for its check (the values it holds: sums, shares, dates, names) and fills the translation
table's template for the check (``cwlib.export.i18n.CHECKS``) with those values, written by the
shared formatter. A message that does not match its check's wording (a check added since, or
reworded) is shown as stored, marked as untranslated, never dropped or guessed;
``tests/test_messages.py`` runs every check of the audit through this module so that a new or
reworded check fails a test rather than a brief.

The difference column gets its unit here too (€, Lt, percentage points or months), from the
check: ``difference_unit``.

>>> translate("litas_converted", "8 263 543.00 LTL converted to 2 393 287.50 EUR at the "
...           "official rate 3.4528; the text gives no euro figure.", "lt")
'8\\xa0263\\xa0543,00\\xa0Lt perskaičiuota į 2\\xa0393\\xa0287,50\\xa0€ oficialiu kursu 3,4528; suma eurais tekste nenurodyta.'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from cwlib.analyse.formats import format_money, format_number, format_percent
from cwlib.export import i18n
from cwlib.patterns import compiled

__all__ = ["STORED", "Parsed", "difference_unit", "parse", "translate"]

# The audit's own wording of each check's message, with its values as typed fields. Field
# kinds: eur/ltl/money (a sum the audit writes "1 234.56"; money takes its currency from the
# ``currency`` field), signed_eur ("+1,234.56"), pct and points (percent numbers), months,
# signed_months ("+3"), rate, text, who (whose sum), items (budget item codes), and
# category:<column> (a code translated as the sheets translate that column).
STORED: dict[str, str] = {
    "scale_word": (
        "'{scale_word:text}' after {number_text:text}, a figure already written out in full, "
        "would make it {scaled:money} {currency:currency}; the figure is kept as written "
        "({amount:money} {currency:currency})."
    ),
    "currency_conversion": (
        "{amount:ltl} LTL is {converted:eur} EUR at the official rate {rate:rate}, but the text "
        "states {stated:eur} EUR ({difference:signed_eur} EUR)."
    ),
    "litas_converted": (
        "{amount:ltl} LTL converted to {converted:eur} EUR at the official rate {rate:rate}; "
        "the text gives no euro figure."
    ),
    "share_mismatch": (
        "Stated share {share:pct} % of {who:who}, but {amount:eur} of {total:eur} EUR is "
        "{computed:pct} % ({difference:points} points)."
    ),
    "parts_exceed_total": (
        "The parts of {who:who} add up to {parts:eur} EUR, {difference:eur} EUR more than its "
        "total {total:eur} EUR."
    ),
    "parts_sum_mismatch": (
        "The parts of {who:who} stated ({items:items}) add up to {parts:eur} EUR, "
        "{difference:eur} EUR less than its total {total:eur} EUR: a part is missing or "
        "misstated."
    ),
    "partner_exceeds_project": (
        "{who:who} ({partner_total:eur} EUR) exceeds the whole project's ({project_total:eur} "
        "EUR) by {difference:eur} EUR."
    ),
    "share_above_cap": (
        "An EU share of {share:pct} % ({basis:category:share_basis}) is above the highest "
        "co-financing rate of {programme:text} {period:category:period} ({cap:pct} %, "
        "data/reference/cofinancing_caps.csv) by {difference:points} points."
    ),
    "end_before_start": "The end ({end:text}) is before the start ({start:text}).",
    "duration_mismatch": (
        "The stated duration is {months:months} months, but {start:text} to {end:text} is "
        "{computed:months} months ({difference:signed_months})."
    ),
    "date_without_year": (
        "The {event:category:event} date {date:text} is stated without a year; no year is assumed."
    ),
    "malformed_figure": (
        "'{figure:text}' is not a well-formed figure ({repair:category:repair}); it is read "
        "whole as {amount:money} {currency:currency}."
    ),
    "call_for_proposals": (
        "The text reads as a call for proposals (labels {labels:text}): its sums are the "
        "call's funds, not a project's budget."
    ),
    "call_news": (
        "The text's headline is a programme's news of its call ({headline:text}): its sums and "
        "dates are the call's or the programme's, not a project's, and none is read."
    ),
    "programme_news": (
        "The text's headline is a programme's public consultation or survey ({headline:text}): "
        "the page is the programme's news, so its facts may be the programme's, not one "
        "project's."
    ),
    "several_projects": (
        "The text lists several projects under their own names ({names:text}) with different "
        "sums; its facts are read as one project's, so its sums are no one project's budget."
    ),
    "unreadable_figure": (
        "'{figure:text}' is not a well-formed figure ({repair:category:repair}) and has no "
        "single reading; it is not read as a sum."
    ),
}

DIFFERENCE_UNITS: dict[str, str] = {
    "scale_word": "currency",  # the unit of the figure itself: EUR or LTL
    "currency_conversion": "EUR",
    "share_mismatch": "points",
    "parts_exceed_total": "EUR",
    "parts_sum_mismatch": "EUR",
    "partner_exceeds_project": "EUR",
    "share_above_cap": "points",
    "duration_mismatch": "months",
}
"""The unit of each check's difference column (a key of ``i18n.DIFFERENCE_FORMATS``)."""

_AUDIT_AMOUNT = r"-?\d{1,3}(?:\ \d{3})*\.\d{2}"  # the audit's sums: "1 234.56"
_PATTERNS: dict[str, str] = {
    "eur": _AUDIT_AMOUNT,
    "ltl": _AUDIT_AMOUNT,
    "money": _AUDIT_AMOUNT,
    "signed_eur": r"[+-]\d{1,3}(?:,\d{3})*\.\d{2}",  # "+1,234.56"
    "pct": r"-?\d+(?:\.\d+)?(?:e[+-]\d+)?",  # "85", "82.47", "1e+03" (the audit's :g)
    "points": r"[+-]?\d+\.\d{2}",  # "+0.57"
    "months": r"-?\d+",
    "signed_months": r"[+-]\d+",
    "rate": r"\d+\.\d+",
    "currency": r"EUR|LTL",
    "items": r"[a-z_]+(?:,\ [a-z_]+)*",  # "eu, own"
    "text": r".+?",
    "who": r".+?",
}
_FIELD = compiled(r"\{(?P<name>\w+):(?P<kind>[\w:]+)\}")  # "{amount:eur}", "{x:category:col}"


@dataclass(frozen=True)
class Parsed:
    """The values of one stored message: raw text per field, and each field's kind."""

    check: str
    values: dict[str, str]
    kinds: dict[str, str]


@cache
def _regex(check: str) -> re.Pattern[str]:
    """The stored wording of ``check`` as an anchored regex with one group per field."""
    parts: list[str] = []
    seen: set[str] = set()
    pos = 0
    template = STORED[check]
    for m in _FIELD.finditer(template):
        parts.append(re.escape(template[pos : m.start()]))
        name, kind = m.group("name"), m.group("kind")
        if name in seen:  # the same value twice ("{currency}" in scale_word)
            parts.append(f"(?P={name})")
        else:
            pattern = _PATTERNS.get(kind, r"[\w-]+")  # category codes
            parts.append(f"(?P<{name}>{pattern})")
            seen.add(name)
        pos = m.end()
    parts.append(re.escape(template[pos:]))
    return compiled("".join(parts), re.DOTALL)


def _kinds(check: str) -> dict[str, str]:
    return {m.group("name"): m.group("kind") for m in _FIELD.finditer(STORED[check])}


def parse(check: str, message: str) -> Parsed | None:
    """The values of a stored message, or ``None`` when it is not the check's known wording.

    >>> parse("end_before_start", "The end (2019-05) is before the start (2020-01-01).").values
    {'end': '2019-05', 'start': '2020-01-01'}
    >>> parse("end_before_start", "Something else.") is None
    True
    """
    if check not in STORED or not isinstance(message, str):
        return None
    m = _regex(check).fullmatch(message.strip())
    if m is None:
        return None
    return Parsed(check, m.groupdict(), _kinds(check))


def _number(text: str) -> float:
    return float(text.replace(" ", "").replace(",", ""))


def _decimals(text: str) -> int:
    """How many decimals a number was written with (so 85 stays 85 and 82.47 stays 82.47)."""
    if "e" in text.lower():
        return 0
    return len(text.split(".")[1]) if "." in text else 0


def _signed(value: float, written: str) -> str:
    """A number written for the reader with an explicit + for a positive difference."""
    return ("+" if value > 0 else "") + written


def _who(text: str, lang: str) -> tuple[str, str]:
    """Whose sum, nominative and genitive: "the project total" or "<party>'s budget"."""
    if text.startswith("the ") and text.endswith(" total"):
        scope = text[4:-6]
        if scope == "project":
            return i18n.WHO["project"][lang], i18n.WHO["project_gen"][lang]
        label = str(i18n.category("scope", scope, lang))
        return label, label
    party = text.removesuffix("'s budget")
    nominative = i18n.WHO["partner"][lang].format(party=party)
    return nominative, i18n.WHO["partner_gen"][lang].format(party=party)


def _formatters(lang: str, currency: str) -> dict[str, Callable[[str], str]]:
    money = "LTL" if currency == "LTL" else "EUR"

    def points(t: str) -> str:
        v = _number(t)
        return i18n.unit("points", _signed(v, format_number(v, lang, decimals=2)), lang)

    return {
        "eur": lambda t: format_money(_number(t), lang, "EUR", decimals=2),
        "ltl": lambda t: format_money(_number(t), lang, "LTL", decimals=2),
        "money": lambda t: format_money(_number(t), lang, money, decimals=2),
        "signed_eur": lambda t: _signed(
            _number(t), format_money(_number(t), lang, "EUR", decimals=2)
        ),
        "pct": lambda t: format_percent(_number(t), lang, decimals=_decimals(t)),
        "points": points,
        "months": lambda t: i18n.plural("unit.months", int(t), lang),
        "signed_months": lambda t: _signed(int(t), i18n.plural("unit.months", int(t), lang)),
        "rate": lambda t: format_number(_number(t), lang, decimals=_decimals(t)),
        "items": lambda t: ", ".join(str(i18n.category("item", i, lang)) for i in t.split(", ")),
        "text": lambda t: t,
        "currency": lambda t: t,
    }


def translate(check: str, message: str, lang: str) -> str:
    """The finding's message in ``lang``, numbers written the way ``lang`` writes them.

    A message that does not match its check's stored wording is returned as stored, marked
    as untranslated in a language other than English.
    """
    parsed = parse(check, message)
    template = i18n.message_template(check, lang)
    if parsed is None or template is None:
        return i18n.UNTRANSLATED[i18n.check_lang(lang)].format(message=message)
    formatters = _formatters(lang, parsed.values.get("currency", "EUR"))
    fields: dict[str, str] = {}
    for name, raw in parsed.values.items():
        kind = parsed.kinds[name]
        if kind == "who":
            fields["who"], fields["who_gen"] = _who(raw, lang)
        elif kind.startswith("category:"):
            fields[name] = str(i18n.category(kind.split(":", 1)[1], raw, lang))
        else:
            fields[name] = formatters[kind](raw)
    text = template.format(**fields)
    return text[:-1] if text.endswith("..") else text  # a unit's period ends the sentence


def difference_unit(check: str, message: str) -> str | None:
    """The unit of a finding's difference (``EUR``, ``LTL``, ``points``, ``months``) or None."""
    unit = DIFFERENCE_UNITS.get(check)
    if unit != "currency":
        return unit
    parsed = parse(check, message)
    return parsed.values["currency"] if parsed else None
