"""Loading the clean tables for analysis: DataFrames with the dtypes the schema declares."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from cwlib import paths
from cwlib.schema import TABLES

__all__ = ["Tables", "load"]


class Tables(dict):  # type: ignore[type-arg]
    """The clean tables by name; also reachable as attributes (``tables.budgets``)."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError as exc:
            raise AttributeError(name) from exc

    folder: Path


def load(path: str | os.PathLike[str] | None = None) -> Tables:
    """Every clean table as a DataFrame with the schema's dtypes.

    Dates (events.earliest/latest) are datetimes; amounts, shares and coordinates floats;
    enumerated columns categories with the schema's categories; other columns strings.
    Reduced-precision dates (``2017``, ``--12-03``) stay strings beside their precision.
    """
    import pandas as pd

    folder = paths.data_dir(path)
    if not (folder / "projects.csv").exists():
        raise FileNotFoundError(f"{folder}: no clean tables here; run `cwlib build` first")
    out = Tables()
    out.folder = folder
    for name, table in TABLES.items():
        file = folder / table.filename
        if not file.exists():
            frame = pd.DataFrame({c: pd.Series(dtype="string") for c in table.columns})
        else:
            frame = pd.read_csv(
                file, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8"
            )
        for f in table.fields:
            if f.name not in frame.columns:
                frame[f.name] = pd.NA
            column = frame[f.name]
            if f.categories:
                frame[f.name] = pd.Categorical(column, categories=list(f.categories))
            elif f.type == "number":
                frame[f.name] = pd.to_numeric(column, errors="coerce").astype("float64")
            elif f.type == "integer":
                frame[f.name] = pd.to_numeric(column, errors="coerce").astype("Int64")
            elif f.type == "date":
                frame[f.name] = pd.to_datetime(column, errors="coerce", format="%Y-%m-%d")
            else:
                frame[f.name] = column.astype("string")
        out[name] = frame[table.columns]
    return out
