"""Matching keys: when two names, titles or texts mean the same thing. One of each.

The parser merges facts within one text and the build merges texts about the same project;
both must agree on when two partners, two titles or two indicators are the same, or a partner
merged within one text stays split across texts. So every key is made here, once, and used
by ``cwlib.parse`` and ``cwlib.build.merge`` alike:

* :func:`text_key`: case and punctuation folded (indicators, parties of a sum);
* :func:`partner_key`: ``text_key`` with a final organisation noun in the genitive made
  nominative ("Rygos universiteto" = "Rygos universitetas");
* :func:`title_key`: letters and digits only, diacritics folded (titles, numbers, addresses);
* :func:`short_title`, :func:`slugify`: the project id;
* :func:`merge_keys`: the keys two texts about one project share.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from cwlib.lexicon import load as lexicon
from cwlib.patterns import compiled

if TYPE_CHECKING:  # pragma: no cover
    from cwlib.parse.facts import Project

_GENITIVE_NOUNS: dict[str, str] = lexicon.table("organisations", "genitive_nouns")["nominative"]
"""Organisation nouns in the genitive -> nominative ("universiteto" -> "universitetas")."""

__all__ = [
    "DISTRICT_ABBREVIATIONS",
    "merge_keys",
    "partner_key",
    "short_title",
    "slugify",
    "text_key",
    "title_key",
]

_NOT_WORD = compiled(
    r"""
    [\W_]+                  # a run of punctuation, spaces or underscores
    """,
    re.VERBOSE,
)
_NOT_ALNUM_BYTES = bytes(c for c in range(128) if not chr(c).isdigit() and not chr(c).islower())
"""The ASCII bytes a title key leaves out: all but the lower-case letters and the digits
(deleted with ``bytes.translate``, twice as fast as a pattern's ``sub``)."""
_ALNUM_RUN = compiled(
    r"""
    [a-z0-9]+               # a run of ASCII letters and digits (after folding)
    """,
    re.VERBOSE,
)
_SHORT_END = compiled(
    r"""
    \s+[–—-]\s+             # a dash between words: "Urban Manufacturing – Stimulating …"
  | :\s                     # a colon: "DIGIHERIT: digital heritage …"
  | (?<=[^\W\d_]{3})\.\s     # a full stop after a word, not an abbreviation: "CREA. Creative …"
    """,  # ("1863 m. sukilimo …", "Sodų g. 36 …" are one title)
    re.VERBOSE,
)
_URL_SCHEME = compiled(
    r"""
    ^https?://              # the scheme
    (?:www\.)?              # and a leading www.
    """,
    re.VERBOSE,
)


def text_key(text: str) -> str:
    """Case and punctuation folded, words kept.

    >>> text_key("  Kūrybinės  dirbtuvės, (II etapas)")
    'kūrybinės dirbtuvės ii etapas'
    """
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


DISTRICT_ABBREVIATIONS = {"r": "rajono", "raj": "rajono", "m": "miesto"}
"""A district's abbreviations inside a name, written out: "Upėnų r. Pušyno gimnazija"
is the school a page also names "Upėnų rajono Pušyno gimnazija". The partner reader's merge
(``cwlib.parse.partners``) builds from it which of two merged names is the fuller."""


def partner_key(name: str) -> str:
    """A partner's key: ``text_key``, a genitive organisation noun at the end made nominative,
    a district's abbreviation between the name's words written out.

    >>> partner_key("Rygos universiteto") == partner_key("Rygos Universitetas")
    True
    >>> partner_key("Kauno r. Garliavos gimnazija") == partner_key("Kauno rajono Garliavos gimnazija")
    True
    """
    words = text_key(name).split()
    nominative = _GENITIVE_NOUNS.get(words[-1]) if words else None
    if nominative is not None:
        words[-1] = nominative
    for k in range(1, len(words) - 1):
        words[k] = DISTRICT_ABBREVIATIONS.get(words[k], words[k])
    return " ".join(words)


def title_key(text: str) -> str:
    """Letters and digits only, diacritics folded: titles, numbers, web addresses.

    >>> title_key("Visagino inovacijų klasterio įkūrimas!")
    'visaginoinovacijuklasterioikurimas'
    """
    folded = unicodedata.normalize("NFKD", text.casefold()).encode("ascii", "ignore")
    return folded.translate(None, _NOT_ALNUM_BYTES).decode()


def short_title(title: str) -> str:
    """The short form of a title: the part before a dash, colon or full stop.

    >>> short_title("Urban Manufacturing – Stimulating Innovation")
    'Urban Manufacturing'
    >>> short_title("1863 m. sukilimo muziejaus rekonstrukcija")
    '1863 m. sukilimo muziejaus rekonstrukcija'
    """
    return _SHORT_END.split(title, maxsplit=1)[0].strip(" .,")


def slugify(text: str, max_words: int = 6) -> str:
    """An ASCII identifier from a title (diacritics folded only for the key).

    >>> slugify("Visagino inovacijų klasterio įkūrimas")
    'visagino-inovaciju-klasterio-ikurimas'
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = _ALNUM_RUN.findall(folded.lower())
    return "-".join(words[:max_words]) or "project"


def merge_keys(project: Project) -> frozenset[str]:
    """Keys two texts about the same project share: number, address, titles (long enough)."""
    keys = set()
    if project.project_number:
        keys.add("number:" + title_key(project.project_number))
    if project.url:
        keys.add("url:" + title_key(_URL_SCHEME.sub("", project.url).rstrip("/")))
    for value in (project.title, project.title_en):
        if value:
            for form in (value, short_title(value)):
                key = title_key(form)
                if len(key) >= 12:
                    keys.add("title:" + key)
    return frozenset(keys)
