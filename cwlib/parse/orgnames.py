"""Organisation names as Lithuanian pages write them: where one begins and ends, and its
nominative.

Why: a page names a partner in whatever case its sentence needs: the subject of
"įgyvendino" in the nominative, "kartu su X" in the instrumental, "tarp X ir Y" and
"pagrindinio partnerio X" in the genitive, "X skirta parama" in the dative; and several
names may share one head noun ("Alytaus, Varėnos ir Lazdijų rajonų savivaldybės" is three
municipalities). A Lithuanian organisation name has a fixed shape: genitive modifiers (a
place and common nouns: "Alytaus rajono savivaldybės"), perhaps adjectives that agree with
the head ("pagrindinė"), the head noun that says what it is ("administracija"), and perhaps
its own name in quotes ("„Vyturėlis“") or a native name in brackets. Only the head and its
adjectives take the sentence's case. So a name is found by its head (``cwlib/lexicon/
organisations.toml``, ``[heads]``) and put in the nominative by declining the head and
those adjectives alone, with the general endings of the Lithuanian noun and adjective
declensions (never a table keyed to one page).

Everything here works on a piece of text given by the caller and returns offsets into it;
a piece is at most a sentence, and every scan is bounded by a few words, so the cost is
linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, NamedTuple

from cwlib.lexicon import load as lexicon
from cwlib.patterns import compiled

__all__ = [
    "Token",
    "agreeing",
    "as_nominative",
    "head_of",
    "is_head",
    "name_after",
    "name_before",
    "nominative",
    "singular_genitive",
    "tokens",
]

CASES = ("nom", "gen", "dat", "acc", "inst", "loc")

# Noun endings by declension class: six singular cases, then six plural (CASES order).
# Source: the standard Lithuanian declension tables (Dabartinės lietuvių kalbos gramatika).
_NOUN_ENDINGS: dict[str, tuple[str, ...]] = {
    "as": ("as", "o", "ui", "ą", "u", "e", "ai", "ų", "ams", "us", "ais", "uose"),
    "is": ("is", "io", "iui", "į", "iu", "yje", "iai", "ių", "iams", "ius", "iais", "iuose"),
    "ius": (
        "ius",
        "iaus",
        "iui",
        "ių",
        "iumi",
        "iuje",
        "iai",
        "ių",
        "iams",
        "ius",
        "iais",
        "iuose",
    ),
    "jus": ("us", "aus", "ui", "ų", "umi", "uje", "ai", "ų", "ams", "us", "ais", "uose"),
    "a": ("a", "os", "ai", "ą", "a", "oje", "os", "ų", "oms", "as", "omis", "ose"),
    "ė": ("ė", "ės", "ei", "ę", "e", "ėje", "ės", "ių", "ėms", "es", "ėmis", "ėse"),
    "is_f": ("is", "ies", "iai", "į", "imi", "yje", "ys", "ių", "ims", "is", "imis", "yse"),
    "ai": ("", "", "", "", "", "", "ai", "ų", "ams", "us", "ais", "uose"),
}
_FEMININE_IS = frozenset({"apskritis"})
_FEMININE = frozenset({"a", "ė", "is_f"})

# Adjective endings (the adjectives of organisation names: "-inis/-inė", the definite
# "-asis/-oji", soft "-ysis/-ioji"), masculine then feminine, CASES order, singular then plural.
_ADJECTIVE_ENDINGS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "inis": (
        ("inis", "inio", "iniam", "inį", "iniu", "iniame"),
        ("iniai", "inių", "iniams", "inius", "iniais", "iniuose"),
    ),
    "inė": (
        ("inė", "inės", "inei", "inę", "ine", "inėje"),
        ("inės", "inių", "inėms", "ines", "inėmis", "inėse"),
    ),
    "asis": (
        ("asis", "ojo", "ajam", "ąjį", "uoju", "ajame"),
        ("ieji", "ųjų", "iesiems", "uosius", "aisiais", "uosiuose"),
    ),
    "oji": (
        ("oji", "osios", "ajai", "ąją", "ąja", "ojoje"),
        ("osios", "ųjų", "osioms", "ąsias", "osiomis", "osiose"),
    ),
    "ysis": (
        ("ysis", "iojo", "iajam", "įjį", "iuoju", "iajame"),
        ("ieji", "iųjų", "iesiems", "iuosius", "iaisiais", "iuosiuose"),
    ),
    "ioji": (
        ("ioji", "iosios", "iajai", "iąją", "iąja", "iojoje"),
        ("iosios", "iųjų", "iosioms", "iąsias", "iosiomis", "iosiose"),
    ),
}
_MASCULINE_ADJECTIVES = ("inis", "asis", "ysis")


@dataclass(frozen=True)
class Form:
    """One reading of a word form: its nominative singular, case, number and gender."""

    lemma: str
    case: str
    plural: bool
    feminine: bool


def _noun_class(lemma: str) -> str:
    if lemma in _FEMININE_IS:
        return "is_f"
    if lemma.endswith("jus"):
        return "jus"  # "muziejus" → "muziejaus"
    for ending in ("ius", "ai", "as", "is", "a", "ė"):
        if lemma.endswith(ending):
            return ending
    return ""


def _soften(stem: str, ending: str) -> str:
    """t and d before "i" and a back vowel are written č and dž ("apskritis" → "apskričių")."""
    if len(ending) >= 2 and ending[0] == "i" and ending[1] in "aąouųū":
        if stem.endswith("t"):
            return stem[:-1] + "č"
        if stem.endswith("d"):
            return stem[:-1] + "dž"
    return stem


def _noun_forms(lemma: str) -> dict[str, list[Form]]:
    kind = _noun_class(lemma)
    if not kind:
        return {lemma: [Form(lemma, "nom", False, False)]}
    endings = _NOUN_ENDINGS[kind]
    stem = lemma[: len(lemma) - len(endings[0] or endings[6])]
    out: dict[str, list[Form]] = {}
    for i, ending in enumerate(endings):
        if kind == "ai" and i < 6:
            continue
        form = _soften(stem, ending) + ending
        out.setdefault(form, []).append(Form(lemma, CASES[i % 6], i >= 6, kind in _FEMININE))
    return out


@cache
def _nouns() -> dict[str, tuple[Form, ...]]:
    """Every case form of every head and modifier noun of the lexicon, with its readings."""
    table: dict[str, list[Form]] = {}
    words = [
        *lexicon.words("organisations", "heads"),
        *lexicon.words("organisations", "modifiers"),
    ]
    for lemma in words:
        for form, readings in _noun_forms(lemma).items():
            known = table.setdefault(form, [])
            known.extend(r for r in readings if r not in known)
    for acronym in lexicon.words("organisations", "indeclinable_heads"):
        # "VVG": one form, read in every case (a local action group: feminine, as "grupė")
        table[acronym] = [Form(acronym, case, False, True) for case in CASES]
    return {form: tuple(readings) for form, readings in table.items()}


@cache
def _heads() -> frozenset[str]:
    return frozenset(
        lexicon.words("organisations", "heads")
        + lexicon.words("organisations", "indeclinable_heads")
    )


@lru_cache(maxsize=8192)
def _word_forms(word: str) -> tuple[Form, ...]:
    """Readings of one word (a hyphenated compound by its last part: "lopšelis-darželis")."""
    low = word.lower()
    found = _nouns().get(low)
    if found:
        return found
    if "-" in low:
        return _nouns().get(low.rsplit("-", 1)[1], ())
    return ()


@lru_cache(maxsize=16384)
def is_head(word: str, case: str | None = None) -> bool:
    """True when ``word`` is a head noun of an organisation name (in ``case``, if given).

    >>> is_head("savivaldybėmis", "inst"), is_head("lopšeliai-darželiai"), is_head("Rygos")
    (True, True, False)
    """
    return any(f.lemma in _heads() and (case is None or f.case == case) for f in _word_forms(word))


@lru_cache(maxsize=16384)
def head_of(word: str, case: str | None = None) -> Form | None:
    """The head reading of ``word`` (in ``case``, if given), singular preferred. Asked for
    every word of every name and piece read, and words recur: kept per process (a reading
    is immutable)."""
    readings = [
        f for f in _word_forms(word) if f.lemma in _heads() and (case is None or f.case == case)
    ]
    readings.sort(key=lambda f: (f.plural, CASES.index(f.case)))
    return readings[0] if readings else None


def _decline_noun(word: str, form: Form, case: str, plural: bool) -> str:
    """``word`` (read as ``form``) in ``case`` and number, keeping its capital and compound."""
    if "-" in word:
        parts = word.split("-")
        return "-".join(
            _decline_noun(p, f, case, plural) if (f := _reading(p, form.case, form.plural)) else p
            for p in parts
        )
    kind = _noun_class(form.lemma)
    endings = _NOUN_ENDINGS.get(kind)
    if not endings:
        return word
    if kind == "ai":
        plural = True
    stem = form.lemma[: len(form.lemma) - len(endings[0] or endings[6])]
    ending = endings[CASES.index(case) + (6 if plural else 0)]
    out = _soften(stem, ending) + ending
    return out[0].upper() + out[1:] if word[:1].isupper() else out


def _reading(word: str, case: str, plural: bool) -> Form | None:
    forms = _nouns().get(word.lower(), ())
    return next((f for f in forms if f.case == case and f.plural == plural), None) or next(
        iter(forms), None
    )


def agreeing(word: str, case: str, plural: bool, feminine: bool) -> bool:
    """True when ``word`` is an adjective in that case, number and gender ("pagrindinės")."""
    return _adjective(word, case, plural, feminine) is not None


@lru_cache(maxsize=8192)
def _adjective(word: str, case: str, plural: bool, feminine: bool) -> tuple[str, str] | None:
    """(stem, family) when ``word`` is an adjective of a known family in that form."""
    low = word.lower()
    if any(f.lemma in _heads() for f in _nouns().get(low, ())):
        return None  # a head noun ("administracija"), not an adjective
    i = CASES.index(case)
    for family, (singular, plurals) in _ADJECTIVE_ENDINGS.items():
        if (family in _MASCULINE_ADJECTIVES) == feminine:
            continue
        ending = (plurals if plural else singular)[i]
        if low.endswith(ending) and len(low) > len(ending) + 1:
            return word[: len(word) - len(ending)], family
    return None


def _decline_adjective(word: str, case: str, plural: bool, feminine: bool, to: str) -> str:
    found = _adjective(word, case, plural, feminine)
    if found is None:
        return word
    stem, family = found
    return stem + _ADJECTIVE_ENDINGS[family][0][CASES.index(to)]


# --- tokens -----------------------------------------------------------------------------------

_TOKEN = compiled(
    r"""
    (?P<word>[^\W\d_][\w’'‘]*(?:-[^\W\d_][\w’'‘]*)*)   # a word; hyphenated parts kept whole
  | (?P<number>\d+(?:-[^\W\d_]+)?)                   # "5-oji", "7", "1863"
  | (?P<mark>[„“”"«»(),;:.–—\-])                     # quotes, brackets, punctuation, dashes
    """,
    re.VERBOSE,
)
# Abbreviations that stand inside names: "Jonavos r.", "raj.", "sav.", "m." (miesto), "g."
# (gatvė), "nr"; a single capital is an initial ("Anykščių J. ir P. Vaičaičių").
_NAME_ABBREVIATIONS = frozenset({"r", "raj", "sav", "m", "g", "nr", "šv", "mstl", "k"})
_OPENING_QUOTES = "„«"
_CLOSING_QUOTES = "“”»"
_STRAIGHT_QUOTES = "\"'"
# Lowercase words ending like a genitive that are never part of a name.
_NOT_NAME_WORDS = frozenset(
    {
        "nuo", "po", "buvo", "kaip", "taip", "ko", "to", "jo", "šio", "šios", "kurio", "kurios",
        "tuo", "savo", "jų", "mūsų", "jūsų", "visų", "abiejų", "kitų", "tų", "šių", "kurių",
        "tarp", "iki", "apie", "pagal", "prie", "dėl", "ar", "bet", "o", "iš", "į", "su", "be",
        "per", "ir", "bei", "yra", "metu", "metų", "lėšų", "lėšos", "projekte",
        "šis", "ši", "šie", "tas", "ta", "kiti", "kitos", "visi", "visos", "jis", "ji", "jie",
        # adverbs of time that open a news sentence before its subject ("Šiandien X …")
        "šiandien", "vakar", "užvakar", "šiemet", "šįmet", "pernai", "neseniai", "dabar",
        "jau", "netrukus", "kasmet", "rytoj", "šiuo",
    }
)  # fmt: skip
_GENITIVE_ENDINGS = ("o", "os", "ės", "ų", "io", "ios", "ies", "aus", "iaus")
_ACCUSATIVE_ENDS = frozenset("ąęį")  # the last letters of the accusative singular


_new = tuple.__new__
"""Makes a :class:`Token` from a tuple of its fields without the named tuple's Python-level
``__new__`` (a page makes thousands of tokens)."""


class Token(NamedTuple):
    """A word, number or mark of a piece of text, with its offsets in that piece (a named
    tuple: a page makes thousands of them, and a tuple is made several times faster than a
    frozen dataclass)."""

    text: str
    start: int
    end: int
    kind: str  # word, number, mark, abbr, quoted


@lru_cache(maxsize=16384)
def tokens(text: str) -> tuple[Token, ...]:
    """The tokens of ``text``: abbreviations keep their full stop, a quoted part is one token.

    Pure, and the same names and sentence tails are read again and again (a page names its
    partners several times, a site's pages repeat them): kept per process, hence a tuple.

    >>> [t.text for t in tokens("Jonavos r. Bukonių mokykla „Šilo“ (VšĮ).")]
    ['Jonavos', 'r.', 'Bukonių', 'mokykla', '„Šilo“', '(', 'VšĮ', ')', '.']
    """
    raw = [
        _new(Token, (m.group(0), m.start(), m.end(), m.lastgroup or "mark"))
        for m in _TOKEN.finditer(text)
    ]
    if "." not in text and not any(q in text for q in _OPENING_QUOTES + _STRAIGHT_QUOTES):
        return tuple(raw)  # no full stop to keep, no quote to join: the raw tokens
    out: list[Token] = []
    i = 0
    while i < len(raw):
        tok = raw[i]
        nxt = raw[i + 1] if i + 1 < len(raw) else None
        if (
            tok.kind == "word"
            and nxt is not None
            and nxt.text == "."
            and nxt.start == tok.end
            and (
                tok.text.lower() in _NAME_ABBREVIATIONS
                or (len(tok.text) == 1 and tok.text.isupper())
            )
        ):
            out.append(Token(text[tok.start : nxt.end], tok.start, nxt.end, "abbr"))
            i += 2
            continue
        if tok.kind == "mark" and (tok.text in _OPENING_QUOTES or tok.text in _STRAIGHT_QUOTES):
            # A quoted name: to its closing quote, within 80 characters and one sentence.
            closers = (
                _CLOSING_QUOTES + _STRAIGHT_QUOTES
                if tok.text in _OPENING_QUOTES
                else tok.text + _CLOSING_QUOTES
            )
            j = i + 1
            while j < len(raw) and raw[j].start - tok.start <= 80:
                if raw[j].kind == "mark" and raw[j].text in closers:
                    break
                j += 1
            if j < len(raw) and raw[j].start - tok.start <= 80 and j > i + 1:
                out.append(Token(text[tok.start : raw[j].end], tok.start, raw[j].end, "quoted"))
                i = j + 1
                continue
        out.append(tok)
        i += 1
    return tuple(out)


def _is_cap(tok: Token) -> bool:
    return tok.kind in ("word", "abbr") and tok.text[:1].isupper()


def _is_genitive_like(tok: Token) -> bool:
    low = tok.text.lower()
    return (
        tok.kind == "word"
        and tok.text[:1].islower()
        and low not in _NOT_NAME_WORDS
        and low.endswith(_GENITIVE_ENDINGS)
    )


def _is_name_part(tok: Token) -> bool:
    """A token that may stand inside a name before its head."""
    return (
        _is_cap(tok)
        or _is_genitive_like(tok)
        or tok.kind in ("abbr", "quoted")
        or (tok.kind == "number" and "-" in tok.text)  # "5-oji"
    )


def _starts_name(tok: Token) -> bool:
    """A name opens with a capital, a quote or a legal form in words ("viešoji įstaiga"),
    never with a pronoun ("Mūsų progimnazija"), nor with a word in the accusative singular
    (-ą, -ę, -į), which no word of a name takes outside quotes: "Projektą Kelmės rajono
    savivaldybė įgyvendino" opens with the object, the name after it."""
    if tok.text.lower() in _NOT_NAME_WORDS:
        return False
    if tok.kind == "word" and tok.text[-1:] in _ACCUSATIVE_ENDS:
        return False
    return _is_cap(tok) or tok.kind == "quoted" or tok.text.lower().startswith(("vieš", "uždar"))


# --- names ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Name:
    """An organisation name found in a piece of text: its offsets there, and its nominative."""

    start: int
    end: int
    name: str
    plural: bool = False


def _adjectives_before(toks: Sequence[Token], k: int, head: Form) -> int:
    """The index of the first of the adjectives that agree with the head at ``k``."""
    j = k
    while (
        j - 1 >= 0
        and toks[j - 1].kind in ("word", "number")
        and (agreeing(toks[j - 1].text.split("-")[-1], head.case, head.plural, head.feminine))
    ):
        j -= 1
    return j


def _extend_left(toks: Sequence[Token], k: int, lower_bound: int) -> int:
    """From the head at ``k``, the index where the name begins (not before ``lower_bound``)."""
    head = head_of(toks[k].text)
    j = max(lower_bound, _adjectives_before(toks, k, head)) if head is not None else k
    while j - 1 >= lower_bound:
        tok = toks[j - 1]
        if _is_name_part(tok):
            j -= 1
            continue
        inner = (
            tok.text in (",", "ir", "bei")
            and j - 2 >= lower_bound
            and (_is_genitive_like(toks[j]) or (toks[j].kind == "abbr" and len(toks[j].text) == 2))
            and (
                _is_genitive_like(toks[j - 2])
                or (toks[j - 2].kind == "abbr" and len(toks[j - 2].text) == 2)
            )
        )
        # "Latvijos aplinkos, geologijos ir meteorologijos centras", "A. ir M. Miškinių"
        dash = (
            tok.text in ("–", "-")
            and j - 2 >= lower_bound
            and is_head(toks[j].text)
            and is_head(toks[j - 2].text)
        )
        if inner:
            j -= 1
            continue
        if dash:
            j -= 2  # "mokykla – darželis": two heads joined by a dash
            continue
        break
    while j < k and not _starts_name(toks[j]):
        j += 1
    return j


def _compose(
    text: str, toks: Sequence[Token], start: int, head_index: int, end: int, case: str
) -> str:
    """The name from tokens ``start..end`` (exclusive), its head at ``head_index`` put from
    ``case`` into the nominative singular with its adjectives."""
    head = head_of(toks[head_index].text, case)
    words: list[str] = []
    first_adjective = _adjectives_before(toks, head_index, head) if head else head_index
    for i in range(start, end):
        tok = toks[i]
        piece = tok.text
        if head is not None and i == head_index:
            piece = _decline_noun(piece, head, "nom", False)  # "namai" stays plural
        elif head is not None and (
            first_adjective <= i < head_index or (i == start and agreeing_any(piece, head.case))
        ):
            parts = piece.split("-")
            parts[-1] = _decline_adjective(parts[-1], head.case, head.plural, head.feminine, "nom")
            piece = "-".join(parts)
        words.append(piece)
        # keep the original spacing: a space unless the next token is glued (a closing mark)
    out = ""
    for i, word in zip(range(start, end), words, strict=True):
        if out and toks[i].start > toks[i - 1].end:
            out += " "
        out += word
    return " ".join(out.split())


def _last_gap(piece: str) -> int:
    """Where the text after the last layout gap (a tab, or three spaces or more) of ``piece``
    starts, the white space at its end aside; 0 when it has none."""
    body = piece.rstrip()
    at = max(body.rfind("   "), body.rfind("\t"))
    if at < 0:
        return 0
    while at < len(body) and body[at] in " \t":
        at += 1
    return at


def name_before(text: str, end: int, case: str = "nom", lower_bound: int = 0) -> Name | None:
    """The organisation name that ends at ``end`` of ``text`` (white space before ``end`` is
    skipped), with its head in ``case``; the name in the nominative.

    >>> name_before("Š. m. gegužės mėnesį Šalčininkų rajono savivaldybės administracija ", 70).name
    'Šalčininkų rajono savivaldybės administracija'
    >>> name_before("tai Rusnės žvejų bendruomenei ", 29, "dat").name
    'Rusnės žvejų bendruomenė'
    """
    lower_bound = max(lower_bound, end - 240)  # a name is far shorter: bounded work
    piece = text[lower_bound:end]
    gap = _last_gap(piece)
    if gap:
        # A page flattened to one line keeps its blocks apart by runs of spaces: a menu's
        # words before the gap ("Pradžia   Savivaldybė   Projektai   X administracija …")
        # are no part of the name after it.
        lower_bound += gap
        piece = piece[gap:]
    last_word = _last_word(piece)
    if last_word.isalpha() and head_of(last_word, case) is None:
        # The piece ends in a plain word (white space or the piece's start before it; white
        # space after it gives no token): that word is its last token whatever comes before,
        # and no head noun: no name ends here.
        return None
    raw = tokens(piece)
    if not raw:
        return None
    if raw[-1].kind not in ("quoted", "word") or (
        raw[-1].kind == "word" and head_of(raw[-1].text, case) is None
    ):
        return None  # no head noun (nor a quoted name) ends the piece: most pieces
    # The tokens' offsets are in the piece (the name's are moved by lower_bound): the readers
    # below look only at the tokens' words and order.
    toks = raw
    at = lower_bound
    k = len(toks) - 1
    last = toks[k]
    if last.kind == "quoted":
        # "VšĮ „Marių kraštas“", "asociacija „Utenos jaunimo erdvė“", "lopšelis-darželis „X“"
        if k >= 1 and (is_head(toks[k - 1].text, case) or toks[k - 1].text.lower() in _legal()):
            if toks[k - 1].text.lower() in _legal() and not is_head(toks[k - 1].text, case):
                return Name(
                    at + toks[k - 1].start, at + last.end, f"{toks[k - 1].text} {last.text}"
                )
            start = _extend_left(toks, k - 1, 0)
            return Name(
                at + toks[start].start,
                at + last.end,
                _compose(text, toks, start, k - 1, k + 1, case),
            )
        if _is_cap(toks[k - 1]) if k >= 1 else False:
            start = _extend_left(toks, k, 0)
            return Name(
                at + toks[start].start, at + last.end, _compose(text, toks, start, k, k + 1, case)
            )
        return None
    head = head_of(last.text, case) if last.kind == "word" else None
    if head is None:
        return None
    start = _extend_left(toks, k, 0)
    if start == k and not _is_cap(last):
        return None  # a bare common noun ("Muziejus", "bendruomenė") is no name
    if start == k:
        return None
    return Name(
        at + toks[start].start,
        at + last.end,
        _compose(text, toks, start, k, k + 1, case),
        head.plural,
    )


def _last_word(piece: str) -> str:
    """The last run of characters between white space in ``piece``, trailing white space
    left out ("" when there is none): the piece's last token when it is all letters.

    >>> _last_word("Visi miestai partneriai "), _last_word("tai „X“"), _last_word("  ")
    ('partneriai', '„X“', '')
    """
    parts = piece.rsplit(None, 1)
    return parts[-1] if parts else ""


@cache
def _legal() -> frozenset[str]:
    return frozenset(lexicon.table("organisations", "legal_forms")["countries"])


_SHORT_PIECE = 140
"""Characters :func:`name_after` tokenises first: 17 tokens mostly fit in them."""


def _tokens_from(text: str, pos: int, count: int) -> tuple[Token, ...]:
    """The first ``count`` tokens of the 240 characters from ``pos``, read from a shorter
    piece when that provably gives the same tokens: tokenising is most of a name's cost.

    A token that ends before the short piece does, with all before it, is the same in the
    longer piece (the next character is the same); a token's reading looks at most one
    token ahead (a full stop after an abbreviation) unless a quote opens, which may reach
    80 characters on. So ``count`` tokens read from the short piece stand when one more token
    ends inside it and no quote opens in it; otherwise the longer piece is read.
    """
    piece = text[pos : pos + _SHORT_PIECE]
    toks = tokens(piece)
    if len(text) - pos <= _SHORT_PIECE or (
        len(toks) > count
        and toks[count].end < len(piece)
        and not any(q in piece for q in _OPENING_QUOTES + _STRAIGHT_QUOTES)
    ):
        return toks[:count]
    return tokens(text[pos : pos + 240])[:count]


def name_after(
    text: str, pos: int, case: str = "nom", bare: bool = False, limit: int = 14
) -> Name | None:
    """The organisation name that begins at ``pos`` of ``text`` with its head in ``case``.

    The name ends at its last head noun in that case among the next ``limit`` tokens that
    may belong to a name (and takes a quoted name right after the head). With ``bare``, a
    run of capitalised words with no known head ("Gmina Sejny", "Stiftelsen Tregården") is a
    name too.

    >>> name_after("kartu su Ełko apskrities savivaldybe ir kitais", 9, "inst").name
    'Ełko apskrities savivaldybė'
    >>> name_after("su viešąja įstaiga „Marių kraštas“.", 3, "inst").name
    'viešoji įstaiga „Marių kraštas“'
    """
    # Most names end within a few tokens: read them from a short piece first, and read the
    # longer one only when the short piece's tokens could not decide (:func:`_first_tokens`).
    first = _first_tokens(text, pos)
    if first is not None:
        found = _name_in(text, pos, case, bare, limit, first[: limit + 3], False)
        if found is not _UNDECIDED:
            return found
    return _name_in(text, pos, case, bare, limit, _tokens_from(text, pos, limit + 3), True)


_FIRST_PIECE = 64
"""Characters :func:`name_after` tokenises first: most names and the word after them fit."""

_UNDECIDED = object()
"""What :func:`_name_in` gives when the tokens it was given could not decide the name."""


def _first_tokens(text: str, pos: int) -> tuple[Token, ...] | None:
    """The tokens of the first :data:`_FIRST_PIECE` characters from ``pos`` that stand as the
    longer piece's first tokens (:func:`_tokens_from`: those with a token after them that
    ends inside the piece, when no quote opens in it); None when the text ends within the
    piece or a quote opens in it (then the longer piece is read at once)."""
    if len(text) - pos <= _FIRST_PIECE:
        return None
    piece = text[pos : pos + _FIRST_PIECE]
    if any(q in piece for q in _OPENING_QUOTES + _STRAIGHT_QUOTES):
        return None
    toks = tokens(piece)
    if not toks:
        return None
    return toks[: len(toks) - 1] if toks[-1].end < len(piece) else toks[: len(toks) - 2]


def _name_in(
    text: str, pos: int, case: str, bare: bool, limit: int, toks: tuple[Token, ...], whole: bool
) -> Any:
    """:func:`name_after` read from ``toks``; unless they are ``whole`` (all the tokens it
    reads), :data:`_UNDECIDED` when the name's reading reaches the last of them (the next
    token may change it): a token is read at most one past where the reading stops."""
    if not whole and len(toks) < 3:
        return _UNDECIDED
    if not toks:
        return None
    if (
        len(toks) > 1
        and toks[1].kind == "quoted"
        and toks[0].kind == "word"
        and head_of(toks[0].text, case) is not None
    ):
        # "asociacija „Utenos jaunimo erdvė“", "viešąja įstaiga „X“": a kind, then the name
        return Name(pos + toks[0].start, pos + toks[1].end, _compose(text, toks, 0, 0, 2, case))
    if not (_starts_name(toks[0]) or toks[0].text.lower() in _legal()):
        return None
    best: int | None = None
    i = 0
    while i < len(toks) and i <= limit:
        tok = toks[i]
        if (
            tok.kind == "word"
            and head_of(tok.text, case) is not None
            and (i > 0 or tok.text[:1].isupper())
        ):
            best = i
        elif not (
            _is_name_part(tok) or tok.text.lower() in _legal() or agreeing_any(tok.text, case)
        ):
            inner = (
                tok.text in (",", "ir", "bei")
                and i + 1 < len(toks)
                and i > 0
                and best != i - 1  # after the head the name is complete: "X muziejaus ir …"
                and (_is_genitive_like(toks[i - 1]) or toks[i - 1].kind == "abbr")
                and (_is_genitive_like(toks[i + 1]) or toks[i + 1].kind == "abbr")
            )
            dash = (
                tok.text in ("–", "-")
                and i > 0
                and i + 1 < len(toks)
                and is_head(toks[i - 1].text)
                and is_head(toks[i + 1].text)
            )
            if not (inner or dash):
                break
        i += 1
    if not whole and i + 1 >= len(toks):
        return _UNDECIDED
    if best is None:
        if not bare:
            return None
        j = 0
        while j < len(toks) and (_is_cap(toks[j]) or toks[j].kind in ("quoted", "abbr", "number")):
            j += 1
        if not whole and j + 1 >= len(toks):
            return _UNDECIDED
        if j == 0:
            return None
        return Name(pos + toks[0].start, pos + toks[j - 1].end, " ".join(t.text for t in toks[:j]))
    end = best + 1
    if end < len(toks) and toks[end].kind == "quoted":
        end += 1
    return Name(
        pos + toks[0].start,
        pos + toks[end - 1].end,
        _compose(text, toks, 0, best, end, case),
        head_of(toks[best].text, case).plural,  # type: ignore[union-attr]
    )


def agreeing_any(word: str, case: str) -> bool:
    """True when ``word`` is an adjective in ``case`` of either gender or number."""
    return any(
        agreeing(word, case, plural, feminine)
        for plural in (False, True)
        for feminine in (False, True)
    )


def nominative(name: str, case: str) -> str:
    """A whole name written in ``case`` given in the nominative (its head and adjectives).

    >>> nominative("Vilniaus dailės akademijos", "gen")
    'Vilniaus dailės akademija'
    """
    toks = tokens(name)
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].kind == "word" and head_of(toks[k].text, case) is not None:
            end = k + 1 + (1 if k + 1 < len(toks) and toks[k + 1].kind == "quoted" else 0)
            rest = name[toks[end - 1].end :] if end <= len(toks) else ""
            return (_compose(name, toks, 0, k, end, case) + rest).strip()
    return name


@lru_cache(maxsize=8192)
def as_nominative(name: str) -> str:
    """A name whose head stands in another case only, put in the nominative; a name whose
    head may be nominative is left as it is.

    >>> as_nominative("Braslavo rajono vykdomuoju komitetu"), as_nominative("Rygos savivaldybės")
    ('Braslavo rajono vykdomasis komitetas', 'Rygos savivaldybės')
    """
    toks = tokens(name)
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].kind != "word":
            continue
        readings = [f for f in _word_forms(toks[k].text) if f.lemma in _heads()]
        if not readings:
            continue
        if any(f.case in ("nom", "loc") for f in readings):
            return name  # nominative already; a locative is no name's case ("Centre")
        return nominative(name, readings[0].case)
    return name


def singular_genitive(word: str, next_word: str | None) -> str:
    """A genitive plural modifier of a shared head made singular ("rajonų" → "rajono");
    an adjective agrees with the noun after it ("regioninių parkų" → "regioninio").

    >>> singular_genitive("rajonų", None), singular_genitive("regioninių", "parkų")
    ('rajono', 'regioninio')
    """
    forms = [f for f in _nouns().get(word.lower(), ()) if f.case == "gen" and f.plural]
    if forms:
        return _decline_noun(word, forms[0], "gen", False)
    if next_word:
        following = [f for f in _nouns().get(next_word.lower(), ()) if f.case == "gen" and f.plural]
        if following and _adjective(word, "gen", True, following[0].feminine):
            return _decline_adjective(word, "gen", True, following[0].feminine, "gen")
    return word
