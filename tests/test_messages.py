"""Findings in the brief's language: every audit check read back and written from its template.

The messages are made by the audit itself (``cwlib.parse_text`` on short texts written for each
check, ``audit_budgets`` on sums that disagree), so a check that is added or reworded in the
audit without its template here fails this test instead of reaching a Lithuanian brief in
English.
"""

from __future__ import annotations

import re

import pytest

import cwlib
from cwlib import paths
from cwlib.build import audit
from cwlib.build.audit import audit_budgets
from cwlib.export import i18n, messages
from cwlib.parse.facts import Budget
from cwlib.parse.pagekind import HEADLINE_KINDS

PARTY = "VšĮ Klaipėdos ekonominės plėtros agentūra"

TEXTS = {
    "scale_word": "Projektas „Kūrybinės dirbtuvės“. Bendra projekto vertė – 1.831.204,00 mln. eurų.",
    "currency_conversion": (
        "Projektas „Kūrybinės dirbtuvės“. Bendra projekto vertė 8.263.543,00 Lt (2.500.000,00 Eur)."
    ),
    "litas_converted": "Projektas „Kūrybinės dirbtuvės“. Bendra projekto vertė – 345 280 Lt.",
    "duration_mismatch": (
        "Projektas „Kūrybinės dirbtuvės“. Projektas vykdomas nuo 2020 m. sausio 1 d. iki 2020 m. "
        "gruodžio 31 d. Projekto trukmė – 36 mėn."
    ),
    "date_without_year": (
        "Projektas „Kūrybinės dirbtuvės“. Projektas pristatytas gruodžio 3 d. Bendra projekto "
        "vertė – 100 000 Eur."
    ),
    "share_above_cap": (
        "Projektas „Kūrybinės dirbtuvės“ (Interreg Europe, 2014-2020). Bendra projekto vertė – "
        "100 000 Eur, ES lėšos – 95 000 Eur (95 proc.)."
    ),
    "end_before_start": (
        "Projektas „Kūrybinės dirbtuvės“. Projekto pradžia – 2021 m. sausio 1 d., pabaiga – "
        "2020 m. gruodžio 31 d. Trukmė 12 mėn."
    ),
    "malformed_figure": "Projektas „Kūrybinės dirbtuvės“. Bendra projekto vertė – 16 1122,50 Eur.",
    "unreadable_figure": "Projektas „Kūrybinės dirbtuvės“. Bendra projekto vertė – 12 34 Eur.",
    "call_for_proposals": (
        "Kvietimas „Kūrybinės dirbtuvės“\nTeikiama nuo\n2025-03-01\nTeikiama iki\n2025-05-30\n"
        "Kvietimo finansavimo suma\n1 200 000,00 Eur\nGalimi pareiškėjai\nSavivaldybės\n"
    ),
    "call_news": (
        "Paskelbtas Interreg Pietų Baltijos programos trečiasis kvietimas teikti paraiškas\n\n"
        "Kvietimui skirta 12 mln. Eur Europos regioninės plėtros fondo lėšų.\n"
    ),
    "programme_news": (
        "Viešoji konsultacija dėl Interreg programos dokumento projekto\n\n"
        "Projekto „Upės kranto takas“ vertė – 120 000 Eur.\n"
    ),
    "several_projects": (
        # English: the Lithuanian form gives no budget row since round 20, nothing to warn of
        "Our projects\n\nProject „Creative Workshops“. Project budget – EUR 100 000."
        "\n\nProject „Old Sauna“. Project budget – EUR 250 000.\n"
    ),
}


def _row(scope: str, item: str, amount: float, share: float | None = None, party=None) -> Budget:
    return Budget(
        scope=scope,
        party=party,
        item=item,
        amount=amount,
        currency="EUR",
        qualifier="exact",
        amount_eur=amount,
        eur_basis="stated",
        share_pct=share,
        share_basis="stated" if share is not None else None,
        source="x.txt",
        quote=f"{amount}",
    )


BUDGETS = {
    "share_mismatch": [_row("project", "total", 100_000.0), _row("project", "eu", 50_000.0, 85.0)],
    "parts_exceed_total": [
        _row("project", "total", 100_000.0),
        _row("project", "eu", 90_000.0),
        _row("project", "own", 20_000.0),
    ],
    "parts_sum_mismatch": [
        _row("partner", "total", 126_732.0, party=PARTY),
        _row("partner", "eu", 107_722.2, party=PARTY),
        _row("partner", "own", 8_736.45, party=PARTY),
    ],
    "partner_exceeds_project": [
        _row("project", "total", 100_000.0),
        _row("partner", "total", 150_000.0, party=PARTY),
    ],
}


def audit_messages() -> dict[str, tuple[str, float | None]]:
    """check -> (message, difference) as the audit writes them."""
    out: dict[str, tuple[str, float | None]] = {}
    for check, text in TEXTS.items():
        found = [f for f in cwlib.parse_text(text, "x.txt").findings if f.check == check]
        assert found, (check, text)
        out[check] = (found[0].message, found[0].difference)
    for check, rows in BUDGETS.items():
        found = [f for f in audit_budgets(rows) if f.check == check]
        assert found, check
        out[check] = (found[0].message, found[0].difference)
    return out


@pytest.fixture(scope="module")
def stored() -> dict[str, tuple[str, float | None]]:
    return audit_messages()


def _audit_checks() -> set[str]:
    """Every check name the build stage can write: from its source code, and the page kinds
    a headline tells (the audit warns under each kind's check)."""
    names: set[str] = {kind.check for kind in HEADLINE_KINDS}
    pattern = re.compile(r"_finding\(\s*\"(\w+)\"|[\"']check[\"']\s*:\s*\"(\w+)\"")
    for path in sorted((paths.PACKAGE_DIR / "build").glob("*.py")):
        for m in pattern.finditer(path.read_text(encoding="utf-8")):
            names.add(m.group(1) or m.group(2))
    return names


def test_every_headline_kind_has_the_audits_warning() -> None:
    # the audit looks a kind's warning up by its check: a kind added without one would fail
    # on the first page of that kind
    assert set(audit._HEADLINE_MESSAGES) == {kind.check for kind in HEADLINE_KINDS}
    for template in audit._HEADLINE_MESSAGES.values():
        assert "{quote}" in template


def test_every_audit_check_has_a_name_and_template() -> None:
    checks = _audit_checks()
    assert len(checks) >= 11
    assert checks <= set(i18n.CHECKS), checks - set(i18n.CHECKS)
    assert checks <= set(messages.STORED), checks - set(messages.STORED)
    assert set(TEXTS) | set(BUDGETS) == checks  # and each is exercised below


def test_templates_in_both_languages() -> None:
    for check, entry in i18n.CHECKS.items():
        for part in ("name", "message"):
            assert set(entry[part]) == set(i18n.LANGS), (check, part)
        fields = {m.group("name") for m in messages._FIELD.finditer(messages.STORED[check])}
        fields |= {"who", "who_gen"} if "who" in fields else set()
        for lang in i18n.LANGS:
            used = set(re.findall(r"\{(\w+)\}", entry["message"][lang]))
            assert used <= fields, (check, lang, used - fields)


@pytest.mark.parametrize("check", sorted(set(TEXTS) | set(BUDGETS)))
def test_every_message_is_read_back(stored, check) -> None:
    message, _ = stored[check]
    assert messages.parse(check, message) is not None, message


@pytest.mark.parametrize("check", sorted(set(TEXTS) | set(BUDGETS)))
def test_english_message_says_what_the_audit_says(stored, check) -> None:
    """The English template gives the audit's own sentence, numbers in English style."""
    message, _ = stored[check]
    english = messages.translate(check, message, "en")

    def words(text: str) -> list[str]:
        return re.findall(r"[^\W\d]{3,}", text.replace("EUR", "").replace("LTL", "Lt"))

    said = message.replace("points", "pp").replace("(eu, own)", "(EU, own contribution)")
    said = re.sub(r"\(([+-]\d+)\)\.$", r"(\1 months).", said)  # a months difference with its unit
    assert words(english) == words(said)
    # no space-grouped thousands left, but for a figure quoted as the source writes it
    assert not re.search(r"\d \d{3}", re.sub(r"'[^']*'", "", english))


ENGLISH_WORDS = re.compile(
    r"\b(?:the|of|is|but|than|more|less|after|would|make|kept|written|states?|stated|"
    r"months?|points|converted|rate|official|figure|budget|total|parts|add|exceeds|share|"
    r"above|before|without|year|assumed|date|missing|misstated)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("check", sorted(set(TEXTS) | set(BUDGETS)))
def test_lithuanian_message_is_lithuanian_with_lithuanian_numbers(stored, check) -> None:
    message, _ = stored[check]
    lithuanian = messages.translate(check, message, "lt")
    # quoted source words (the scale word, a figure as written) and names stay as written
    outside = re.sub(r"„[^“]*“", "", lithuanian)
    outside = outside.replace("data/reference/cofinancing_caps.csv", "")
    outside = outside.replace("Interreg Europe", "")
    assert not ENGLISH_WORDS.search(outside), lithuanian
    assert not re.search(r"\d,\d{3}\b|\d\.\d{1,2}\b", outside), lithuanian  # no 1,234 nor 3.45
    assert "(pranešimas anglų kalba" not in lithuanian


def test_lithuanian_numbers_and_units() -> None:
    stored = audit_messages()
    assert messages.translate("litas_converted", stored["litas_converted"][0], "lt") == (
        "345\xa0280,00\xa0Lt perskaičiuota į 100\xa0000,00\xa0€ oficialiu kursu 3,4528; "
        "suma eurais tekste nenurodyta."
    )
    assert messages.translate("share_above_cap", stored["share_above_cap"][0], "lt") == (
        "ES dalis 95\xa0% (nurodyta) viršija didžiausią programos Interreg Europe 2014–2020 "
        "bendrojo finansavimo normą (85\xa0%, data/reference/cofinancing_caps.csv); skirtumas "
        "+10,00 proc. p."
    )
    parts = messages.translate("parts_sum_mismatch", stored["parts_sum_mismatch"][0], "lt")
    assert parts.startswith(
        f"Sudėjus nurodytas partnerio „{PARTY}“ biudžeto dalis (ES lėšos, nuosavas"
    )


@pytest.mark.parametrize(
    ("check", "unit"),
    [
        ("scale_word", "EUR"),
        ("currency_conversion", "EUR"),
        ("share_mismatch", "points"),
        ("duration_mismatch", "months"),
        ("parts_exceed_total", "EUR"),
        ("litas_converted", None),
        ("date_without_year", None),
    ],
)
def test_difference_unit(stored, check, unit) -> None:
    message, difference = stored[check]
    assert messages.difference_unit(check, message) == unit
    assert (difference is None) == (unit is None)


def test_unknown_check_or_wording_is_shown_as_stored_and_marked() -> None:
    assert messages.translate("new_check", "Something new.", "en") == "Something new."
    lt = messages.translate("end_before_start", "The end is before the start.", "lt")
    assert lt.startswith("The end is before the start. (pranešimas anglų kalba")


def test_the_committed_findings_translate(tmp_path) -> None:
    findings = cwlib.load(paths.CLEAN_DIR).findings
    for check, message in zip(findings["check"], findings["message"], strict=True):
        assert messages.parse(check, message) is not None, (check, message)
