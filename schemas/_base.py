"""Shared vocabularies and the base model for every output table.

The fixed value lists live here once; the table models refer to them, and the
categorical dtypes of the output are built from them in this order, so the
dictionaries written to Parquet are identical on every build.
"""

from __future__ import annotations

import importlib
import sys

import pandera.pandas as pa

from .vocabulary import (  # noqa: F401  (re-exported: the models' modules import them from here)
    MONEY_CATEGORIES,
    CATEGORIES,
    UNITS,
    MONEY_UNITS,
    QUALIFIERS,
    BASES,
    SCRIPTS,
    STATUSES,
    ZONE_TYPES,
    ARTICLE_ID_PATTERN,
    ADCODE_PATTERN,
)


def _load_pandera_typing_without_dask() -> None:
    """Load `pandera.typing.dask` with `dask.dataframe` hidden, so that it records dask as
    absent. A model's first `to_schema()` asks pandera which annotations are Series, and
    pandera answers by importing that module, which imports `dask.dataframe` (and jinja2)
    when dask is installed: 0.4-1 s of every build's start-up, more than validating a
    10 MB build's rows, only to recognise `pandera.typing.dask` annotations, which these
    models never use. `dask.dataframe` itself stays importable (the dask engine, users);
    nothing is hidden once dask or pandera's dask types are already loaded."""
    if "pandera.typing.dask" in sys.modules or "dask.dataframe" in sys.modules:
        return
    sys.modules["dask.dataframe"] = None  # an import of it raises ImportError (importlib's documented rule)
    try:
        importlib.import_module("pandera.typing.dask")
    finally:
        del sys.modules["dask.dataframe"]


_load_pandera_typing_without_dask()


def category_field(values: tuple[str, ...], description: str, **kwargs) -> object:
    """A categorical column whose dtype carries the full, ordered list of values."""
    return pa.Field(
        description=description,
        isin=list(values),
        dtype_kwargs={"categories": list(values), "ordered": False},
        **kwargs,
    )


class TableModel(pa.DataFrameModel):
    """Base for the output tables: exactly the declared columns, in declared order."""

    class Config:
        strict = True
        ordered = True
        coerce = False  # schemas.coerce_table does the coercion, once and on purpose


def build_model(
    name: str,
    doc: str,
    columns: list[tuple[str, object, object]],
    module: str,
    checks: dict[str, object] | None = None,
) -> type:
    """A TableModel whose columns are generated (e.g. one per category), in the given order.

    `columns` holds (column name, annotation, pa.Field(...)) triples; `checks` maps names
    to functions decorated with `pa.dataframe_check`.
    """
    namespace: dict[str, object] = {"__doc__": doc, "__module__": module, "__annotations__": {}}
    namespace.update(checks or {})
    for column, annotation, field in columns:
        namespace["__annotations__"][column] = annotation
        namespace[column] = field
    return type(TableModel)(name, (TableModel,), namespace)

