"""Sums of money in a text → budget rows (scope, party, item, amount, currency, share).

A page states a budget as a run of sums, each introduced by a few words: "Projekto bendra
vertė – …, savivaldybės projekto vertė …, Europos Sąjungos lėšos – …". The words before a
sum say what it is (the item); a partner's total opens a partner scope that the EU, state
and own parts after it share, until the text moves on. Nothing is guessed: a sum whose words
name no item is kept as ``other``; an EU and state sum given together stays ``eu_national``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cwlib.lexicon import load as lexicon
from cwlib.parse import numbers
from cwlib.parse.document import Document
from cwlib.parse.facts import Budget
from cwlib.parse.segments import Span
from cwlib.parse.tabular import TextTable
from cwlib.schema import LTL_PER_EUR

__all__ = ["complete_shares", "extract_budgets"]

_FLAGS = re.IGNORECASE
_EU = re.compile(lexicon.fragment("budgets", "eu"), _FLAGS | re.VERBOSE)
_NATIONAL = re.compile(lexicon.fragment("budgets", "national"), _FLAGS | re.VERBOSE)
_OWN = re.compile(lexicon.fragment("budgets", "own"), _FLAGS | re.VERBOSE)
_TOTAL = re.compile(lexicon.fragment("budgets", "total"), _FLAGS | re.VERBOSE)
_PARTNER_SCOPE = re.compile(lexicon.fragment("budgets", "partner_scope"), _FLAGS | re.VERBOSE)
_GENITIVE_NOUNS: dict[str, str] = lexicon.table("organisations", "genitive_nouns")["nominative"]
_PROJECT_TOTAL = re.compile(
    r"(?:bendr\w*\s+)?projekto\s+(?:bendr\w*\s+)?(?:vertė|biudžet|kaina|suma)|visas\s+projekto|total\s+project|project\s+(?:total|budget|value)",
    _FLAGS,
)
_ORG_GENITIVE = re.compile(
    r"""
    (?P<org>
      (?:(?:VšĮ|UAB|AB|BĮ|MB|Asociacijos?)\s+)?       # an optional legal form
      (?:[A-ZĄČĘĖĮŠŲŪŽ][\w\-‘'’]*\s+)                  # a capitalised first word (the place)
      (?:[\w\-‘'’„“"]+\s+){0,5}                         # up to five more words (the longest name wins)
      (?:"""
    + lexicon.alternation(_GENITIVE_NOUNS)
    + r""")  # ending with an organisation noun in the genitive
    )
    \b""",
    re.VERBOSE,
)
# Words between an item phrase and its sum that mean the sum is not a budget figure.
_NOT_BUDGET = re.compile(
    r"atlyginim|kainuoja\s+bilietas|bilieto\s+kaina|įėjimo|mokestis\s+už|prizų\s+fondas|premij",
    _FLAGS,
)
_SCOPE_RESET_CHARS = 400
# A partner's total names its head noun in the nominative ("… biudžetas projekte – …").
_NOMINATIVE_TOTAL = re.compile(r"(?:biudžetas|vertė|dalis|suma)\b(?!\s+lėš)", _FLAGS)
# Sums of a whole programme ("Programai … skirta 73,8 mln. eurų") are not a project's budget.
_PROGRAMME_SUM = re.compile(
    r"\bprogramai\b|programos\s+biudžet|program\w*\s+(?:has\s+an?\s+|with\s+an?\s+)?(?:\w+\s+){0,2}budget"
    r"|program\w*\s+(?:\S+\s+){0,3}skirta",
    _FLAGS,
)
_RATE = re.compile(r"\s*=")
_RATE_BEFORE = re.compile(r"=\s*$")


def _classify(context: str) -> str | None:
    """The budget item the words before a sum name, or None when they name none."""
    has_eu = _EU.search(context) is not None
    has_national = _NATIONAL.search(context) is not None
    if has_eu and has_national:
        return "eu_national"
    if has_eu:
        return "eu"
    if has_national:
        return "national"
    if _OWN.search(context):
        return "own"
    if _TOTAL.search(context):
        return "total"
    return None


def _nominative(org: str) -> str:
    """Name an organisation in the nominative: its last noun is turned back from the genitive."""
    words = org.split()
    last = words[-1]
    for genitive, nominative in _GENITIVE_NOUNS.items():
        if last.lower() == genitive:
            words[-1] = nominative if last.islower() else nominative.capitalize()
            break
    return " ".join(words)


def _party(context: str) -> str | None:
    matches = list(_ORG_GENITIVE.finditer(context))
    if not matches:
        return None
    return _nominative(matches[-1].group("org").strip())


_TOTAL_HEAD = re.compile(
    r"(?:projekto\s+)?(?:bendr\w*\s+)?(?:vertė|biudžet\w*|dalis|lėšos|suma|budget)", _FLAGS
)


_OWNER_OTHER_FORMS = re.compile(
    r"""
    (?P<dative>[A-ZĄČĘĖĮŠŲŪŽ][\w\-]+(?:\s+[\w\-]+){0,3}?\s+
        (?:savivaldybei|administracijai|agentūrai|universitetui|centrui|asociacijai|partneriui|muziejui|bibliotekai|gimnazijai))
        \s+(?:tenkan\w*|tenka|skirta|skirti|skiriama|numatyta)  # "Marijampolės savivaldybei tenkanti dalis"
  | (?P<locative>[A-ZĄČĘĖĮŠŲŪŽ][\w]+(?:je|oje|yje|uose|ose))\s+projekto\s+(?=biudžetas|vertė|dalis)  # "Vilniuje projekto biudžetas"
  | (?P<acronym>\b[A-ZĄČĘĖĮŠŲŪŽ]{2,}(?:\s+[A-ZĄČĘĖĮŠŲŪŽ]{2,}){0,3})\s+(?=biudžetas|dalis)   # "VILNIUS TECH biudžetas"
  | (?i:budget)\s+of\s+(?P<english>[A-Z][\w\-]+(?:\s+[\w\-]+){0,6}?)\s*(?::|\s(?:is|amounts|totals)\b|$)  # "The budget of X is"
  | (?P<has>[A-Z][\w\-]+(?:\s+[\w\-]+){0,5}?)\s+(?:has|manages|holds|receives)\s+a\s+(?:partner\s+)?budget\s+of  # "Kretinga Museum has a budget of"
  | (?P<possessive>[A-Z][\w\-]+(?:\s+[\w\-]+){0,5}?)['’]s\s+(?:share|budget)      # "X's budget"
    """,
    re.VERBOSE,
)


def _owner_of_total(context: str) -> str | None:
    """Who a total belongs to: "" for an unnamed partner, a name, or None for the project.

    A total is a partner's when an organisation in the genitive, or the word "partnerio",
    stands right before the total's own words ("… savivaldybės administracijos projekto
    vertė", "agentūros biudžetas", "Partnerio biudžetas").
    """
    other = _OWNER_OTHER_FORMS.search(context)
    if other:
        return next(g for g in other.groups() if g).strip()
    heads = list(_TOTAL_HEAD.finditer(context))
    if not heads:
        return "" if _PARTNER_SCOPE.search(context) else None
    head = heads[-1]
    before = context[: head.start()]
    for match in _ORG_GENITIVE.finditer(before):
        if len(before) - match.end() <= 3:
            return _nominative(match.group("org").strip())
    if re.search(r"partner\w*\s*$|partner's\s*$", before, _FLAGS):
        return ""
    if _PARTNER_SCOPE.search(context) and not _PROJECT_TOTAL.search(context):
        return ""
    return None


def _local_context(context: str) -> str:
    """The words of the clause a sum stands in: after the last comma, semicolon or colon.

    Words before the break named the previous sum ("… fondo lėšos, o 15 proc. (…) –
    savivaldybės lėšos"), so they must not name this one.
    """
    if re.search(r"\s(?:ir|bei|and|o)\s*$", context):
        # "… 196 240,00 € ERPF ir 49 060,00 € savivaldybės lėšos": the words before the
        # conjunction named the previous sum; this one is named by the words after it.
        return ""
    # "… sudaro 85 proc., t. y. 530 000 Eur": "that is" restates the clause before it.
    pieces = re.split(r"([,;:]\s)(?!\s*(?:t\.\s?y\.|tai\s+yra|i\.\s?e\.))", context)
    last = pieces[-1]
    if re.search(r"[^\W\d_]{2,}", last):
        return last
    # "Total project value: 1 245 300 EUR": the label stands before a colon. After a comma,
    # the words before it named the previous sum ("… – ERPF lėšos, 64 816,15 Eur – …").
    if len(pieces) >= 3 and pieces[-2].startswith(":"):
        return pieces[-3]
    return last


_LEADING_PUNCTUATION = " ,;:–—-\u2012\u2013\u2014\u00a0\t"


def _clause_start(context: str) -> int:
    """Where the statement of a sum begins inside the words before it."""
    stripped = len(context) - len(context.lstrip(_LEADING_PUNCTUATION))
    if len(context) - stripped <= 160:
        return stripped
    cut = max(context.rfind(sep, 0, len(context) - 20) for sep in (",", ";", ":"))
    return cut + 1 if cut >= 0 else len(context) - 160


def extract_budgets(doc: Document) -> list[Budget]:
    """Budget rows for one text, in the order the text states them."""
    text, source = doc.text, doc.source
    rows: list[Budget] = []
    tables = [t for t in doc.tables if _money_columns(t)]
    amounts = [
        m for m in doc.amounts if not any(t.span.start <= m.start < t.span.end for t in tables)
    ]
    percents = list(doc.percentages)
    scope_state: tuple[str, str | None, int] = ("project", None, -(10**9))
    sentence_spans = doc.sentences
    used_percents: set[int] = set()
    for sentence in sentence_spans:
        inside = [m for m in amounts if sentence.start <= m.start and m.end <= sentence.end]
        if not inside:
            row = _share_only_row(text, sentence, percents, source)
            if row:
                rows.append(row)
            continue
        previous_end = sentence.start
        for money in inside:
            context = text[previous_end : money.start]
            local = _local_context(context)
            item = _classify(local)
            if (
                item in (None, "own")
                and _owner_of_total(local)
                and (_NOMINATIVE_TOTAL.search(local) or _OWNER_OTHER_FORMS.search(local))
            ):
                item = "total"  # "Kauno miesto savivaldybės administracijos dalis – …"
            if _PROGRAMME_SUM.search(local) and not re.search(r"projekt|project", local, _FLAGS):
                previous_end = money.end
                continue
            if _RATE.match(text, money.end) or _RATE_BEFORE.search(text, 0, money.start):
                previous_end = money.end  # "1 EUR = 3,4528 LTL" is a rate, not a sum
                continue
            # "… 48 000 Eur – Europos Sąjungos lėšos": the words may follow the sum, and a dash
            # right after it says they do.
            after_end = min(money.end + 60, sentence.end)
            following = text[money.end : after_end]
            next_money = [m.start for m in inside if m.start > money.start]
            if next_money:
                following = text[money.end : min(after_end, next_money[0])]
            dashed = re.match(r"[\s,\u00a0]*[–—-]\s", following) is not None
            following = following.lstrip(" ,;–—-\u00a0)")
            after_item = _classify(re.split(r"[,;]\s", following)[0])
            if item is None or (dashed and after_item is not None):
                item = after_item or item or _classify(context) or "other"
            if _NOT_BUDGET.search(context):
                previous_end = money.end
                continue
            if money.start - scope_state[2] > _SCOPE_RESET_CHARS:
                scope_state = ("project", None, money.start)
            if item == "total":
                owner = _owner_of_total(local)
                if owner is not None:
                    scope_state = ("partner", owner or None, money.end)
                else:
                    scope_state = ("project", None, money.end)
                scope, party = scope_state[0], scope_state[1]
            else:
                scope, party = scope_state[0], scope_state[1]
                scope_state = (scope, party, money.end)
                if scope == "project" and item in ("own", "other"):
                    party = _party(local)
            share = None
            for pct in percents:
                if id(pct) in used_percents:
                    continue
                clause_start = previous_end + max(0, context.rfind(local)) if local else money.start
                before = clause_start <= pct.start and pct.end <= money.start
                after = money.end <= pct.start <= money.end + 14 and pct.end <= sentence.end
                if (before or after) and item != "total":
                    share = pct.value
                    used_percents.add(id(pct))
                    break
            start = previous_end + _clause_start(context)
            end = money.end
            if share is not None:
                end = max(
                    [end, *(p.end for p in percents if money.end <= p.start <= money.end + 14)]
                )
            rows.append(_row(money, item, scope, party, share, text[start:end], source))
            previous_end = money.end
    for table in tables:
        rows.extend(_table_rows(text, table, source))
    return _dedupe(rows)


def _money_columns(table: TextTable) -> list[str]:
    return [m for m in table.header if m in ("total", "eu", "national", "own", "eu_national")]


def _table_currency(text: str, table: TextTable) -> str:
    """The currency of bare figures in a table: its header's, else the text's usual one."""
    if table.currency_hint:
        return table.currency_hint
    litas = len(re.findall(r"\bLt\b|litų", text))
    euro = len(re.findall(r"(?i)\beur|€", text))
    return "LTL" if litas > euro else "EUR"


def _table_rows(text: str, table: TextTable, source: str) -> list[Budget]:
    """Budget rows from a table: one per money cell, scoped to the row's partner (or, for a
    "total" row, to the whole project), quoted by the row's line."""
    out = []
    for row in table.rows:
        name = row.get("name")
        party = (
            None
            if row.is_total or name is None
            else re.sub(r"\s*\([^()]*\)", "", name.text).strip()
        )
        scope = "project" if row.is_total or party is None else "partner"
        for cell in row.cells:
            if (
                cell.meaning not in ("total", "eu", "national", "own", "eu_national")
                or not cell.span.text
            ):
                continue
            money = numbers.parse_amount(cell.span.text)
            if money is None:
                value = numbers.parse_number(re.sub(r"[^\d.,\s\u00a0]", "", cell.span.text).strip())
                if value is None:
                    continue
                money = numbers.Money(
                    amount=value,
                    currency=_table_currency(text, table),
                    start=cell.span.start,
                    end=cell.span.end,
                    text=cell.span.text,
                    number_text=cell.span.text,
                )
            share = None
            pct = numbers.find_percentages(cell.span.text)
            if pct and cell.meaning != "total":
                share = pct[0].value
            out.append(_row(money, cell.meaning, scope, party, share, row.line.text, source))
    return out


def _row(
    money: numbers.Money,
    item: str,
    scope: str,
    party: str | None,
    share: float | None,
    quote: str,
    source: str,
) -> Budget:
    if money.currency == "EUR":
        amount_eur, basis = money.amount, "stated"
    elif money.alt is not None and money.alt.currency == "EUR":
        amount_eur, basis = money.alt.amount, "stated"
    else:
        amount_eur, basis = round(money.amount / LTL_PER_EUR, 2), "converted"
    return Budget(
        scope=scope,
        party=party,
        item=item,
        amount=money.amount,
        currency=money.currency,
        amount_eur=amount_eur,
        eur_basis=basis,
        share_pct=share,
        share_basis="stated" if share is not None else None,
        source=source,
        quote=quote,
        money=money,
    )


def _share_only_row(
    text: str, sentence: Span, percents: list[numbers.Percent], source: str
) -> Budget | None:
    """A share stated with no sum ("ES lėšos sudaro 85 proc."): kept as a row without amount."""
    inside = [p for p in percents if sentence.start <= p.start and p.end <= sentence.end]
    if len(inside) != 1:
        return None
    pct = inside[0]
    context = text[sentence.start : pct.start]
    item = _classify(context)
    if item not in ("eu", "national", "own", "eu_national") or not 0 < pct.value <= 100:
        return None
    if not re.search(
        r"finansuoj|lėš|finansavim|sudaro|co-?financ|dalis|share|funding|parama", context, _FLAGS
    ):
        return None
    start = sentence.start + _clause_start(context)
    return Budget(
        scope="project",
        party=None,
        item=item,
        amount=None,
        currency=None,
        amount_eur=None,
        eur_basis=None,
        share_pct=pct.value,
        share_basis="stated",
        source=source,
        quote=text[start : pct.end],
    )


def _dedupe(rows: list[Budget]) -> list[Budget]:
    seen: set[tuple[object, ...]] = set()
    out = []
    for row in rows:
        key = (row.scope, row.party, row.item, row.amount, row.currency, row.share_pct)
        if key in seen:
            continue
        seen.add(key)
        out.append(row)
    return out


def complete_shares(rows: list[Budget]) -> list[Budget]:
    """The rows with share_pct filled where the text states none but the total of the same
    scope is known.

    A share is computed only against the total of the same scope and party, so a partner's EU
    money is never divided by the whole project's budget.
    """
    totals: dict[tuple[str, str | None], float] = {}
    for row in rows:
        if row.item == "total" and row.amount_eur:
            totals.setdefault(
                (row.scope, row.party if row.scope == "partner" else None), row.amount_eur
            )
    out = []
    for row in rows:
        if row.item != "total" and row.share_pct is None and row.amount_eur is not None:
            base = totals.get((row.scope, row.party if row.scope == "partner" else None))
            if base and row.amount_eur <= base:
                # A part larger than its total gets no share: the audit reports it instead.
                row = replace(
                    row, share_pct=round(row.amount_eur / base * 100, 2), share_basis="computed"
                )
        out.append(row)
    return out
