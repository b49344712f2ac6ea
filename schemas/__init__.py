"""The output tables: one pandera model per table, and the functions built from them.

Each column is declared once, in `schemas/<table>.py`, with its type, description and
allowed values. Everything else is derived from those models:

- `coerce_table(name, rows)`  -> a DataFrame with exactly the model's columns and dtypes,
  rows in the table's natural order (so output order never depends on input order);
- `validate_table(name, rows)` -> (valid rows, failed rows); failed `measures` rows are the
  `quarantine` table, any failure in another table raises (they are built by us: a bug);
- `arrow_schema(name)`        -> the Parquet/Arrow schema the table is written with;
- `codebook_markdown()`       -> `codebook.md`.

Pandas representation: strings use pandas' `str` dtype, dates are `datetime64[ms]` at
midnight (written to Parquet as `date32`), categories are unordered `category` dtypes
carrying the full fixed list of values, counts are `int64` (`Int64` where nullable).
"""

from __future__ import annotations

import importlib

# The value lists are light and imported now; the models and functions, which need pandas
# and pandera, are loaded on first use (PEP 562), so a worker process that only needs the
# lists does not pay for pandera's start-up (it imports dask when dask is installed).
from .vocabulary import (
    ADCODE_PATTERN,
    ARTICLE_ID_PATTERN,
    BASES,
    CATEGORIES,
    MONEY_CATEGORIES,
    MONEY_UNITS,
    QUALIFIERS,
    SCRIPTS,
    STATUSES,
    UNITS,
    ZONE_TYPES,
)


def __getattr__(name: str):
    if name.startswith("__"):  # dunder lookups (pickle, import machinery) are not table names
        raise AttributeError(f"module 'schemas' has no attribute {name!r}")
    _tables = importlib.import_module("schemas._tables")  # not `from . import`: that looks itself up here
    try:
        value = getattr(_tables, name)
    except AttributeError:
        raise AttributeError(f"module 'schemas' has no attribute {name!r}") from None
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    _tables = importlib.import_module("schemas._tables")
    return sorted(set(globals()) | set(dir(_tables)))
