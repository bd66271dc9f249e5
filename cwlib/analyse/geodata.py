"""The country layer the partner map draws, read from the repository and never downloaded.

``data/reference/naturalearth_europe.geojson`` is the public-domain Natural Earth 1:10m
countries layer clipped to Europe and simplified by ``scripts/make_naturalearth.py`` (see
``data/reference/README_naturalearth.md``). geopandas is imported here, so ``import cwlib``
stays cheap as long as nothing asks for the map.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from cwlib import paths

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd

COUNTRIES_FILE = paths.REFERENCE_DIR / "naturalearth_europe.geojson"
"""Natural Earth countries of Europe: columns iso_a2, name_en, geometry (WGS84)."""


@cache
def _read(path: Path) -> gpd.GeoDataFrame:
    import geopandas as gpd

    return gpd.read_file(path, engine="pyogrio")


def europe_countries(path: Path | None = None) -> gpd.GeoDataFrame:
    """Europe's country polygons (WGS84) with ``iso_a2`` and ``name_en`` columns.

    Read once per process and copied on each call, because the map is drawn once per language
    and a caller may add columns to what it gets.
    """
    return _read(Path(path) if path is not None else COUNTRIES_FILE).copy()
