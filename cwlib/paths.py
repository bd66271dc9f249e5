"""Every path the project uses, in one place.

Notebooks, the CLI and the tests ask here instead of building paths themselves, so that a
user who points ``CWLIB_DATA`` at another folder gets the same behaviour everywhere.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ROOT = PACKAGE_DIR.parent
RAW_DIR = ROOT / "data" / "raw"
CLEAN_DIR = ROOT / "data" / "clean"
REFERENCE_DIR = ROOT / "data" / "reference"
REPORTS_DIR = ROOT / "reports"
FIGURES_DIR = REPORTS_DIR / "figures"
NOTEBOOKS_DIR = ROOT / "notebooks"
PACKAGE_DATA_DIR = PACKAGE_DIR / "data"

RAW_SUFFIXES = (".txt", ".html", ".htm", ".pdf")


def data_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """The folder of clean tables to read: the argument, else ``CWLIB_DATA``, else data/clean."""
    if path is not None:
        return Path(path)
    env = os.environ.get("CWLIB_DATA")
    return Path(env) if env else CLEAN_DIR


def cache_dir() -> Path | None:
    """The folder for files cwlib keeps only to start faster (compiled patterns, the number
    data of Babel's locales): ``CWLIB_CACHE``, else ``$XDG_CACHE_HOME/cwlib``, else
    ``~/.cache/cwlib``; None when ``CWLIB_CACHE`` is ``off`` (or empty), which turns such
    caches off. Nothing in it changes a result."""
    env = os.environ.get("CWLIB_CACHE")
    if env is not None:
        return None if env.strip().lower() in ("", "off", "0", "no") else Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "cwlib"
