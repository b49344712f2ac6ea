"""Shared vocabularies and the base model for every output table.

The fixed value lists live here once; the table models refer to them, and the
categorical dtypes of the output are built from them in this order, so the
dictionaries written to Parquet are identical on every build.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Iterator

import pandera.pandas as pa
import pandera.typing

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


def table_schema(model: type[pa.DataFrameModel]) -> pa.DataFrameSchema:
    """`model.to_schema()`, built without letting pandera import dask.

    Building a model's first schema, pandera asks whether any annotation is a Dask type,
    and to know it imports dask.dataframe when dask is installed: 0.27 s, a third of a
    build's start-up, for tables that hold no Dask type. pandera caches the schema on the
    model (per thread), so every later `to_schema()` — ours, pandera's own `validate` —
    takes it from there.
    """
    with _HIDING, _dask_hidden():  # one thread at a time hides dask and shows it again
        return model.to_schema()


_HIDING = threading.Lock()


@contextlib.contextmanager
def _dask_hidden() -> Iterator[None]:
    """While inside, `import dask` fails as if dask were not installed (unless some caller
    already imported it: then there is nothing to save, nor anything to disturb). On leaving,
    pandera forgets what it concluded meanwhile, so that its Dask types work for whoever
    asks for them later in this process."""
    if "dask" in sys.modules:
        yield
        return
    sys.modules["dask"] = None  # the import system's mark of a module that is not there
    try:
        yield
    finally:
        del sys.modules["dask"]
        sys.modules.pop("pandera.typing.dask", None)
        vars(pandera.typing).pop("dask", None)
        for lookup in (pandera.typing.get_dataframe_types, pandera.typing.get_index_types,
                       pandera.typing.get_series_types):
            lookup.cache_clear()
