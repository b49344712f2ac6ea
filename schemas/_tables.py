"""The table models and the functions built from them (see the package's docstring)."""


from __future__ import annotations

import datetime as _dt
import functools
import inspect
import math
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd
import pandera.errors
import pandera.pandas as pa
import pyarrow
from pandera.engines import pandas_engine

from . import articles, measures, policies, quarantine, zone_summary, zones
from ._seen import SeenValues, hex_ids
from ._base import BASES, CATEGORIES, MONEY_CATEGORIES, QUALIFIERS, UNITS, ZONE_TYPES

__all__ = [
    "BASES",
    "CATEGORIES",
    "MONEY_CATEGORIES",
    "NATURAL_KEYS",
    "QUALIFIERS",
    "TABLES",
    "UNITS",
    "ZONE_TYPES",
    "arrow_schema",
    "codebook_markdown",
    "coerce_table",
    "column_categories",
    "column_kinds",
    "validate_table",
]

TABLES: dict[str, type[pa.DataFrameModel]] = {
    "articles": articles.Articles,
    "measures": measures.Measures,
    "policies": policies.Policies,
    "zones": zones.Zones,
    "zone_summary": zone_summary.ZoneSummary,
    "quarantine": quarantine.Quarantine,
}

# Rows are sorted by these columns, then by all remaining columns as a tie-break.
NATURAL_KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("source_path", "source_name"),
    "measures": ("article_id", "span_start", "category", "unit"),
    "policies": ("article_id", "span_start"),
    "zones": ("zone_id",),
    "zone_summary": ("zone_id",),
    "quarantine": ("article_id", "span_start", "category", "unit", "failed_check"),
}

# Tables whose failing rows are set aside (quarantined) instead of failing the build.
_QUARANTINED = {"measures": "quarantine"}

# Columns read by each table-level check, so that a failure can name them.
_CHECK_COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "articles": articles.CHECK_COLUMNS,
    "measures": measures.CHECK_COLUMNS,
    "policies": policies.CHECK_COLUMNS,
    "zone_summary": zone_summary.CHECK_COLUMNS,
}

_STR = pd.StringDtype(storage="pyarrow", na_value=np.nan)  # pandas 3's default `str`


# --------------------------------------------------------------------------- columns


def _columns(name: str) -> dict[str, object]:
    if name not in TABLES:
        raise KeyError(f"unknown table {name!r}; known: {', '.join(TABLES)}")
    return TABLES[name].to_schema().columns


def _kind(column: object) -> str:
    """The storage kind of a pandera column: string, date, int64, Int64, float, bool, category."""
    dtype = str(column.dtype)
    if dtype.startswith("str"):
        return "string"
    if dtype.startswith("datetime64"):
        return "date"
    if dtype in ("int64", "Int64", "bool", "category"):
        return dtype
    if dtype == "float64":
        return "float"
    raise TypeError(f"column {column.name!r}: no storage kind for pandera dtype {dtype}")


def _categories(column: object) -> list[str]:
    return list(column.dtype.categories)


def column_kinds(name: str) -> dict[str, str]:
    """{column: storage kind} of a table, in column order: string, date, int64, Int64, float,
    bool or category (for exporters that map kinds to their own types)."""
    return {column_name: _kind(column) for column_name, column in _columns(name).items()}


def column_categories(name: str, column: str) -> list[str]:
    """The fixed, ordered list of values of a categorical column."""
    return _categories(_columns(name)[column])


# --------------------------------------------------------------------------- coercion


def _is_null(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float | np.floating):
        return math.isnan(value)
    if isinstance(value, np.datetime64):
        return bool(np.isnat(value))
    return False


def _is_number(value: object) -> bool:
    return isinstance(value, int | float | np.integer | np.floating) and not isinstance(
        value, bool | np.bool_
    )


def _to_date(value: object) -> _dt.date | None:
    """A date from a date, datetime, Timestamp, datetime64 or ISO string; None if it is none."""
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, np.datetime64):
        return pd.Timestamp(value).date()
    if isinstance(value, str):
        text = value.strip()
        try:
            return _dt.date.fromisoformat(text)
        except ValueError:
            try:
                return _dt.datetime.fromisoformat(text).date()
            except ValueError:
                return None
    return None


def _coerce_column(series: pd.Series, column: object) -> tuple[pd.Series, pd.Series, str]:
    """Coerce one column. Returns (coerced, bad: bool mask of uncoercible values, check label).

    Bad values become a placeholder of the right dtype; the caller never lets such rows
    through (they are quarantined or the build fails).

    What `_coerce_any_column` gives, with shortcuts for the columns of every chunk of a
    build: text into a text or a category column, numbers into a number column (Python
    numbers, or a column of that dtype read back from disk). They skip the null mask (a
    pass over every value) where it is not needed, find category codes in one hash lookup
    per value rather than three, and convert numbers in one NumPy call rather than a dozen
    pandas operations.
    """
    inferred = pd.api.types.infer_dtype(series, skipna=True) if series.dtype == object else None
    kind = _kind(column)
    if kind == "string" and (isinstance(series.dtype, pd.StringDtype) or inferred in ("string", "empty")):
        return series.astype(_STR), pd.Series(False, index=series.index), "dtype(str)"
    if kind == "category" and inferred in ("string", "empty"):
        return _text_as_category(series, _categories(column))
    numbers = None
    if kind == "int64" and (inferred == "integer" or series.dtype == np.int64):
        numbers = _exact_integers(series)
    elif kind == "float" and (inferred == "floating" or series.dtype == np.float64):
        numbers = _float_values(series)
    if numbers is not None:
        coerced = pd.Series(numbers, index=series.index, name=series.name)
        return coerced, pd.Series(False, index=series.index), f"dtype({numbers.dtype})"
    return _coerce_any_column(series, column)


# Integers up to this size pass through float64 unchanged, as `_coerce_any_column` passes them.
_EXACT_IN_FLOAT = 2**53


def _exact_integers(series: pd.Series) -> np.ndarray | None:
    """The values as int64 when they are integers (no nulls) that float64 holds exactly, else None."""
    try:
        numbers = series.to_numpy().astype(np.int64)
    except (TypeError, ValueError, OverflowError):  # a null, or an integer beyond int64
        return None
    if len(numbers) and (numbers.min() < -_EXACT_IN_FLOAT or numbers.max() > _EXACT_IN_FLOAT):
        return None
    return numbers


def _float_values(series: pd.Series) -> np.ndarray | None:
    """The values as float64 (None and NaN as NaN) when none is infinite, else None."""
    try:
        numbers = series.to_numpy().astype(np.float64)
    except (TypeError, ValueError):  # pd.NA among them
        return None
    return None if np.isinf(numbers).any() else numbers


def _text_as_category(series: pd.Series, categories: list[str]) -> tuple[pd.Series, pd.Series, str]:
    """Text values (and nulls) into a category column: a value outside the list gets code -1,
    as a null does, and is bad unless it is null."""
    dtype = _category_dtype(tuple(categories))
    codes = dtype.categories.get_indexer(series)
    bad = codes == -1
    if bad.any():
        bad &= ~series.isna().to_numpy()
    coerced = pd.Series(pd.Categorical.from_codes(codes, dtype=dtype), index=series.index)
    return coerced, pd.Series(bad, index=series.index), "isin"


@functools.cache
def _category_dtype(categories: tuple[str, ...]) -> pd.CategoricalDtype:
    return pd.CategoricalDtype(list(categories), ordered=False)


def _coerce_any_column(series: pd.Series, column: object) -> tuple[pd.Series, pd.Series, str]:
    """`_coerce_column` for values of any type (the definition its shortcuts are tested against)."""
    kind = _kind(column)
    index = series.index
    null = series.isna()
    no_bad = pd.Series(False, index=index)
    # What the non-null values are, found in C: the usual case (every value already of the
    # column's type) then skips the per-value checks below, which cost most of a build's
    # validation. The checks still decide whenever a value of another type is there.
    inferred = pd.api.types.infer_dtype(series, skipna=True) if series.dtype == object else None

    if kind == "string":
        if isinstance(series.dtype, pd.StringDtype):
            return series.astype(_STR), no_bad, "dtype(str)"
        if inferred in ("string", "empty"):
            return series.astype(_STR), no_bad, "dtype(str)"
        values = series.astype(object)
        bad = ~null & ~values.map(lambda v: isinstance(v, str)).astype(bool)
        return values.where(~bad & ~null, None).astype(_STR), bad, "dtype(str)"

    if kind == "date":
        if pd.api.types.is_datetime64_any_dtype(series.dtype):
            values = series
            if getattr(series.dtype, "tz", None) is not None:
                values = values.dt.tz_localize(None)
            return values.dt.floor("D").astype("datetime64[ms]"), no_bad, "dtype(date)"
        if inferred in ("date", "empty"):  # datetime.date objects (not datetimes, not text)
            return series.astype("datetime64[ms]"), no_bad, "dtype(date)"
        dates = [None if _is_null(v) else _to_date(v) for v in series]
        bad = pd.Series([d is None for d in dates], index=index) & ~null
        array = np.array(
            [np.datetime64("NaT", "ms") if d is None else np.datetime64(d, "ms") for d in dates],
            dtype="datetime64[ms]",
        )
        return pd.Series(array, index=index), bad, "dtype(date)"

    if kind == "category":
        categories = _categories(column)
        if isinstance(series.dtype, pd.CategoricalDtype) and set(series.cat.categories) <= set(categories):
            # Already categories of this column (read back from Arrow): the same values, the full list.
            coerced = series.cat.set_categories(categories).cat.as_unordered()
            return coerced, no_bad, "isin"
        values = series.astype(object)
        bad = ~null & ~values.isin(categories)
        coerced = pd.Series(
            pd.Categorical(values.where(~bad & ~null, None), categories=categories, ordered=False),
            index=index,
        )
        return coerced, bad, "isin"

    if kind == "bool":
        if (pd.api.types.is_bool_dtype(series.dtype) or inferred == "boolean") and not null.any():
            return series.astype(bool), no_bad, "dtype(bool)"
        values = series.astype(object)
        ok = values.map(lambda v: isinstance(v, bool | np.bool_)).astype(bool)
        label = "not_nullable" if (null & ~ok).any() and not (~null & ~ok).any() else "dtype(bool)"
        return values.where(ok, False).astype(bool), ~ok, label

    # numbers: int64, Int64, float
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
        numbers = series.astype("float64") if kind == "float" else series
        wrong_type = no_bad
    elif inferred in ("integer", "floating", "mixed-integer-float", "empty"):
        numbers = pd.to_numeric(series.where(~null, None), errors="coerce")
        wrong_type = no_bad
    else:
        values = series.astype(object)
        wrong_type = ~null & ~values.map(_is_number).astype(bool)
        numbers = pd.to_numeric(values.where(~wrong_type & ~null, None), errors="coerce")
    if kind == "float":
        numbers = numbers.astype("float64")
        not_finite = ~null & ~wrong_type & ~np.isfinite(numbers.fillna(0.0))
        bad = wrong_type | not_finite
        label = "finite" if not_finite.any() and not wrong_type.any() else "dtype(float64)"
        return numbers.where(~bad), bad, label
    floats = numbers.astype("float64")
    fractional = ~floats.isna() & (floats != np.floor(floats.fillna(0.0)))
    bad = wrong_type | fractional
    if kind == "int64":
        missing = floats.isna() & ~bad
        label = "not_nullable" if missing.any() and not bad.any() else "dtype(int64)"
        bad = bad | missing
        return floats.where(~bad, 0).astype("int64"), bad, label
    return floats.where(~bad).astype("Int64"), bad, "dtype(Int64)"


def _raw_frame(name: str, rows: Iterable[Mapping] | pd.DataFrame) -> pd.DataFrame:
    """The input with exactly the model's columns, values untouched, index 0..n-1."""
    columns = _columns(name)
    if isinstance(rows, pd.DataFrame):
        frame = rows.reset_index(drop=True)
    else:
        rows = list(rows)
        frame = pd.DataFrame(rows, dtype=object) if rows else pd.DataFrame(index=range(0))
    unknown = [c for c in frame.columns if c not in columns]
    if unknown:
        raise ValueError(f"{name}: columns not in the schema: {unknown}")
    missing = [c for c in columns if c not in frame.columns]
    required = [c for c in missing if not columns[c].nullable]
    if required and len(frame):
        raise ValueError(f"{name}: required columns missing: {required}")
    for column in missing:
        frame[column] = pd.Series([None] * len(frame), index=frame.index, dtype=object)
    return frame[list(columns)]


def _prepare(
    name: str, rows: Iterable[Mapping] | pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame, dict[int, set[str]]]:
    """(raw rows, coerced rows, {row position: failed checks}), both frames in natural order.
    The raw rows are a lazy view (`_RawRows`): only quarantined rows are ever read from them."""
    raw = _raw_frame(name, rows)
    columns = _columns(name)
    coerced: dict[str, pd.Series] = {}
    problems: dict[int, set[str]] = {}
    for column_name, column in columns.items():
        values, bad, label = _coerce_column(raw[column_name], column)
        coerced[column_name] = values
        for position in np.flatnonzero(bad.to_numpy()):
            problems.setdefault(int(position), set()).add(f"{column_name}:{label}")
    frame = pd.DataFrame(coerced, index=raw.index)

    order = natural_positions(frame, list(NATURAL_KEYS[name]), list(columns))
    if problems:
        position_after = np.empty(len(order), dtype=np.int64)
        position_after[order] = np.arange(len(order))
        problems = {int(position_after[p]): checks for p, checks in problems.items()}
    if not (order == np.arange(len(order))).all():
        frame = frame.iloc[order].reset_index(drop=True)
    return _RawRows(raw, order), frame, problems


class _RawRows:
    """The raw rows in natural order, without reordering the whole object frame: row `position`
    of the natural order is row `order[position]` of `raw`."""

    def __init__(self, raw: pd.DataFrame, order: np.ndarray) -> None:
        self._raw, self._order = raw, order

    def row(self, position: int) -> pd.Series:
        return self._raw.iloc[int(self._order[position])]


def natural_positions_by_definition(frame: pd.DataFrame, key: list[str], columns: list[str]) -> np.ndarray:
    """The positions of `frame`'s rows (index 0..n-1) in natural order: a stable sort by the
    key columns, then by every other column, nulls last."""
    return frame.sort_values(by=key + [c for c in columns if c not in key], kind="stable",
                             na_position="last").index.to_numpy()


def _key_order(frame: pd.DataFrame, key: list[str]) -> np.ndarray:
    """`frame.sort_values(by=key, kind="stable", na_position="last")`'s positions, by a NumPy
    lexsort (stable too) of numbers that order as the columns do, when every key column
    has such numbers; else by pandas. A string sort of ids is most of a chunk's sort."""
    numbers = _key_numbers(frame, key)
    return _sorted_by_pandas(frame, key) if numbers is None else _lexsorted(numbers, len(frame))


def _key_numbers(frame: pd.DataFrame, key: list[str]) -> list[np.ndarray] | None:
    numbers = [sort_numbers(frame[column]) for column in key]
    return None if any(n is None for n in numbers) else numbers


def _sorted_by_pandas(frame: pd.DataFrame, key: list[str]) -> np.ndarray:
    return frame.sort_values(by=key, kind="stable", na_position="last").index.to_numpy()


def _lexsorted(numbers: list[np.ndarray], n_rows: int) -> np.ndarray:
    return np.lexsort(numbers[::-1]) if n_rows else np.arange(0)


def _tied_keys(numbers: list[np.ndarray], order: np.ndarray) -> np.ndarray:
    """`frame[key].duplicated(keep=False)` as an array, from the key's numbers (one per value)
    and their sort order: equal keys are neighbours once sorted."""
    same_as_previous = np.ones(max(len(order) - 1, 0), dtype=bool)
    for column in numbers:
        in_order = column[order]
        same_as_previous &= in_order[1:] == in_order[:-1]
    tied_in_order = np.zeros(len(order), dtype=bool)
    tied_in_order[1:] |= same_as_previous
    tied_in_order[:-1] |= same_as_previous
    tied = np.empty(len(order), dtype=bool)
    tied[order] = tied_in_order
    return tied


def sort_numbers(series: pd.Series) -> np.ndarray | None:
    """Numbers that sort as the column's values sort in pandas, or None: integers, category
    codes (a category sorts by its place in the list) and ids of 16 lowercase hex digits
    (read as the integers they spell: same length, so text order is number order); never
    with nulls (pandas puts them last, by another rule)."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        codes = series.cat.codes.to_numpy()
        return None if (codes < 0).any() else codes
    if pd.api.types.is_integer_dtype(series.dtype) and not pd.api.types.is_extension_array_dtype(series.dtype):
        return series.to_numpy()
    if isinstance(series.dtype, pd.StringDtype) and len(series):
        return hex_ids(series)
    return None


def natural_positions(frame: pd.DataFrame, key: list[str], columns: list[str]) -> np.ndarray:
    """`natural_positions_by_definition`, sorting by every column only the rows whose key
    another row shares: rows with distinct keys are ordered by their keys alone, and
    sorting by every column (long texts among them) costs most of a chunk's validation."""
    numbers = _key_numbers(frame, key)
    if numbers is None:
        by_key, tied = _sorted_by_pandas(frame, key), frame[key].duplicated(keep=False).to_numpy()
    else:
        by_key = _lexsorted(numbers, len(frame))
        tied = _tied_keys(numbers, by_key)
    if not tied.any():
        return by_key
    # The tied rows sit where the key order puts them, group after group; the same groups
    # come in the same order when only they are sorted by every column, so that order of
    # theirs replaces their order in place.
    subset = frame.iloc[np.flatnonzero(tied)]
    tied_in_order = subset.index.to_numpy()[natural_positions_by_definition(
        subset.reset_index(drop=True), key, columns)]
    order = by_key.copy()
    order[tied[by_key]] = tied_in_order
    return order


def _check_unique_across_chunks(name: str, valid: pd.DataFrame, seen: dict[str, SeenValues]) -> None:
    """Raise, as validating the whole table would, when a unique column repeats a value of an earlier chunk."""
    for column_name, column in _columns(name).items():
        if not column.unique:
            continue
        earlier = seen.setdefault(column_name, SeenValues())
        repeated = valid[column_name][earlier.contains(valid[column_name])]
        if len(repeated):
            raise pandera.errors.SchemaError(
                TABLES[name].to_schema(), valid,
                f"{name} failed validation: {column_name} repeats values of an earlier chunk: "
                f"{sorted(map(str, repeated))[:10]}")
        earlier.update(valid[column_name].dropna())


def natural_order(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Coerced rows (e.g. chunks of one table put together) in the table's natural order,
    the order `coerce_table` and `validate_table` give, index 0..n-1."""
    frame = frame.reset_index(drop=True)
    order = natural_positions(frame, list(NATURAL_KEYS[name]), list(_columns(name)))
    return frame.iloc[order].reset_index(drop=True)


def coerce_table(name: str, rows: Iterable[Mapping] | pd.DataFrame) -> pd.DataFrame:
    """The rows as a DataFrame with exactly the model's columns, dtypes and natural row order.

    Missing nullable columns become null. Raises ValueError on unknown columns, missing
    required columns, or values that cannot be coerced (a category outside its list, text
    in a number column, ...): to set such rows aside instead, use `validate_table`.
    """
    if isinstance(rows, list) and not rows:  # asked of every chunk (its quarantine, mostly empty)
        return _empty_table(name).copy()
    _, frame, problems = _prepare(name, rows)
    if problems:
        raise ValueError(f"{name}: values that cannot be coerced: {_describe(problems)}")
    return frame


_EMPTY: dict[str, pd.DataFrame] = {}


def _empty_table(name: str) -> pd.DataFrame:
    """The table without rows (made once: coercing nothing still costs milliseconds per column)."""
    if name not in _EMPTY:
        _, _EMPTY[name], _ = _prepare(name, [])
    return _EMPTY[name]


def _describe(problems: dict[int, set[str]], limit: int = 10) -> str:
    items = sorted(problems.items())
    text = "; ".join(f"row {p}: {', '.join(sorted(c))}" for p, c in items[:limit])
    return text + (f" (and {len(items) - limit} more rows)" if len(items) > limit else "")


# --------------------------------------------------------------------------- validation


def _check_label(name: str, failure: Mapping) -> str:
    check = str(failure["check"])
    column = failure["column"]
    if failure["schema_context"] == "DataFrameSchema":
        columns = _CHECK_COLUMNS.get(name, {}).get(check)
        return f"{','.join(columns) if columns else '*'}:{check}"
    if check == "field_uniqueness":
        check = "unique"
    elif "(" in check and len(check) > 40:
        check = check.split("(")[0]  # isin([...]) and long regexes: the name is enough
    return f"{column}:{check}"


def _text(value: object) -> str | None:
    """A raw value written out as text, for the quarantine ('as it came')."""
    if _is_null(value):
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool | np.bool_):
        return str(bool(value))
    if isinstance(value, int | np.integer):
        return str(int(value))
    if isinstance(value, float | np.floating):
        return repr(float(value))
    if isinstance(value, pd.Timestamp | _dt.datetime):
        timestamp = pd.Timestamp(value)
        return timestamp.date().isoformat() if timestamp == timestamp.normalize() else timestamp.isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


def passes_every_check(model: type[pa.DataFrameModel], frame: pd.DataFrame) -> bool:
    """Whether `model.validate(frame)` certainly passes: the schema's own dtype tests and
    Check objects (computed as pandera computes them: `check_passes`), its
    nullable and unique rules, its columns in order. False on any doubt (a feature of the
    schema this does not evaluate, a check that raises), and then pandera decides.

    Why: pandera costs ~20 ms per call whatever the rows (per-column bookkeeping, failure
    reports made ready), three calls per chunk of a build; this is about a tenth of it."""
    schema = model.to_schema()
    if (list(frame.columns) != list(schema.columns) or schema.index is not None or schema.unique
            or schema.coerce or getattr(schema, "parsers", None) or getattr(schema, "drop_invalid_rows", False)
            or getattr(schema, "add_missing_columns", False)):
        return False
    try:
        for column_name, column in schema.columns.items():
            if column.regex or column.coerce or getattr(column, "parsers", None) or column.default is not None:
                return False
            series = frame[column_name]
            if column.dtype is not None:
                dtype_ok = column.dtype.check(pandas_engine.Engine.dtype(series.dtype), series)
                if not (dtype_ok if isinstance(dtype_ok, bool) else bool(np.all(dtype_ok))):
                    return False
            if not column.nullable and series.hasnans:
                return False
            if column.unique and not series.is_unique:
                return False
            for check in column.checks:
                if not check_passes(check, series):
                    return False
        for check in schema.checks:
            if not check_passes(check, frame):
                return False
    except Exception:  # pandera reports a check that fails to run as a failure: let it
        return False
    return True


def check_passes(check: pa.Check, data: pd.Series | pd.DataFrame) -> bool:
    """`check(data).check_passed`, computed as pandera's pandas backend computes it (the
    check's function on the data, then `all`), without calling the Check: that call
    registers pandera's validation backends, whose import (hypothesis, for pandera's data
    synthesis) costs 0.1 s per process, more than validating a 10 MB build's rows. False
    for a check of a kind this does not evaluate (pandera then decides)."""
    if check.groupby is not None or check.element_wise:
        return False
    if isinstance(data, pd.Series) and check.ignore_na and data.hasnans:
        data = data.dropna()  # as pandera's backend drops them
    function_name = getattr(check._check_fn, "__name__", None)
    if pa.Check.is_builtin_check(function_name):
        if function_name not in _BUILTIN_CHECKS:
            return False
        output = _BUILTIN_CHECKS[function_name](data, **check._check_kwargs)
    else:
        output = check._check_fn(data, **check._check_kwargs)
    if isinstance(output, pd.DataFrame):
        return bool(output.all(axis=None))
    if isinstance(output, pd.Series):
        return bool(output.all())
    if isinstance(output, bool | np.bool_):
        return bool(output)
    return False


def _str_length(data: pd.Series, min_value: int | None = None, max_value: int | None = None,
                exact_value: int | None = None) -> pd.Series:
    lengths = data.str.len()
    if exact_value is not None:
        return lengths == exact_value
    if min_value is None and max_value is None:
        raise ValueError("Must provide at least one of 'min_value' and 'max_value'")
    if max_value is None:
        return lengths >= min_value
    if min_value is None:
        return lengths <= max_value
    return (lengths <= max_value) & (lengths >= min_value)


def _at_most(data: pd.Series, max_value: object) -> pd.Series:
    if max_value is None:
        raise ValueError("max_value must not be None")
    return data <= max_value


def _below(data: pd.Series, max_value: object) -> pd.Series:
    if max_value is None:
        raise ValueError("max_value must not be None")
    return data < max_value


# The built-in checks the models use, each the pandas operation of pandera's pandas backend
# (pandera/backends/pandas/builtin_checks.py), by the name of pandera's check function.
_BUILTIN_CHECKS = {
    "greater_than": lambda data, min_value: data > min_value,
    "greater_than_or_equal_to": lambda data, min_value: data >= min_value,
    "less_than": _below,
    "less_than_or_equal_to": _at_most,
    "isin": lambda data, allowed_values: data.isin(allowed_values),
    "str_matches": lambda data, pattern: data.str.match(pattern, na=False),
    "str_length": _str_length,
}


def validate_table(
    name: str, rows: Iterable[Mapping] | pd.DataFrame, seen: dict[str, SeenValues] | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Coerce and validate a table. Returns (valid rows, failed rows), both in natural order.

    For `measures`, every row that fails a row-level check (or cannot be coerced) is
    returned in the failed frame, shaped as the `quarantine` table: the measure columns
    as text, as they came, plus `failed_check` (`column(s):check`, joined by `; `). Of rows
    sharing a `measure_id`, the first in natural order is kept. Pass the rows as the
    extractor made them (not through `coerce_table` first), so that quarantined values are
    the original ones. When a table is validated in chunks, pass the same `seen` dict to
    each call: it collects the values of unique columns, so that a value already met in
    an earlier chunk is a duplicate here too.

    For the other tables any failure raises `pandera.errors.SchemaError`: they are built
    by the pipeline itself, so a failure is a bug.
    """
    model = TABLES[name]
    raw, frame, problems = _prepare(name, rows)
    quarantine_table = _QUARANTINED.get(name)
    if problems and quarantine_table is None:
        raise pandera.errors.SchemaError(
            model.to_schema(), frame, f"{name}: values that cannot be coerced: {_describe(problems)}"
        )

    if quarantine_table is not None:
        # Duplicates: keep the first occurrence, quarantine the others.
        schema_columns = _columns(name)
        for column_name, column in schema_columns.items():
            if column.unique:
                candidates = frame[column_name].drop(index=list(problems)) if problems else frame[column_name]
                repeated = candidates.duplicated(keep="first")
                if seen is not None:
                    earlier = seen.setdefault(column_name, SeenValues())
                    repeated |= earlier.contains(candidates)
                    earlier.update(candidates.dropna())
                duplicated = candidates.index[repeated]
                for position in duplicated:
                    problems.setdefault(int(position), set()).add(f"{column_name}:unique")

    checked = frame.drop(index=list(problems)) if problems else frame
    try:
        if not passes_every_check(model, checked):  # pandera decides, and says what failed
            model.validate(checked, lazy=True)
    except pandera.errors.SchemaErrors as errors:
        cases = errors.failure_cases
        row_level = cases["index"].notna()
        if quarantine_table is None or not row_level.all():
            raise pandera.errors.SchemaError(
                model.to_schema(), frame, f"{name} failed validation:\n{errors}", failure_cases=cases
            ) from errors
        for failure in cases.to_dict("records"):
            problems.setdefault(int(failure["index"]), set()).add(_check_label(name, failure))

    failed_positions = sorted(problems)
    valid = frame.drop(index=failed_positions).reset_index(drop=True) if failed_positions else frame
    if quarantine_table is None and seen is not None:
        _check_unique_across_chunks(name, valid, seen)
    if quarantine_table is None:
        failed = frame.iloc[0:0].assign(failed_check=pd.Series([], dtype=_STR))
        return valid, failed
    failed_rows = [
        {
            **{column: _text(value) for column, value in raw.row(position).items()},
            "failed_check": "; ".join(sorted(problems[position])),
        }
        for position in failed_positions
    ]
    return valid, coerce_table(quarantine_table, failed_rows)


# --------------------------------------------------------------------------- arrow


_ARROW_TYPES = {
    "string": pyarrow.string(),
    "date": pyarrow.date32(),
    "int64": pyarrow.int64(),
    "Int64": pyarrow.int64(),
    "float": pyarrow.float64(),
    "bool": pyarrow.bool_(),
    "category": pyarrow.dictionary(pyarrow.int32(), pyarrow.string()),
}


def arrow_schema(name: str) -> pyarrow.Schema:
    """The Arrow schema a table is written with; each field carries its description."""
    return pyarrow.schema(
        [
            pyarrow.field(
                column_name,
                _ARROW_TYPES[_kind(column)],
                nullable=bool(column.nullable),
                metadata={"description": column.description or ""},
            )
            for column_name, column in _columns(name).items()
        ]
    )


# --------------------------------------------------------------------------- codebook


_TYPE_NAMES = {
    "string": "string",
    "date": "date",
    "int64": "integer",
    "Int64": "integer",
    "float": "float",
    "bool": "boolean",
    "category": "category",
}


def _md(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _allowed(column: object) -> str:
    parts = []
    if column.unique:
        parts.append("unique")
    for check in column.checks:
        stats = check.statistics or {}
        if check.name == "isin":
            parts.append(", ".join(f"`{v}`" for v in stats["allowed_values"]))
        elif check.name == "greater_than_or_equal_to":
            parts.append(f">= {stats['min_value']}")
        elif check.name == "greater_than":
            parts.append(f"> {stats['min_value']}")
        elif check.name == "less_than_or_equal_to":
            parts.append(f"<= {stats['max_value']}")
        elif check.name == "less_than":
            parts.append(f"< {stats['max_value']}")
        elif check.name == "str_matches":
            parts.append(f"matches `{stats['pattern']}`")
        elif check.name == "str_length" and stats.get("min_value") == 1 and stats.get("max_value") is None:
            parts.append("non-empty")
        else:
            parts.append(str(check.error or check.name))
    return "; ".join(parts)


def codebook_markdown() -> str:
    """The data dictionary, generated from the models: per table its docstring, its
    columns (type, nullable, meaning, allowed values) and its row rules."""
    lines = [
        "# Codebook",
        "",
        "Generated from the pandera models in `schemas/`; do not edit by hand.",
        "",
        "Types as stored in Parquet: string; date (`date32`); integer (`int64`); float "
        "(`double`); boolean; category (dictionary-encoded string with a fixed list of values).",
        "",
        "Reading the files: DuckDB and Spark read dates as `DATE`. In pandas, "
        '`pd.read_parquet(path, to_pandas_kwargs={"date_as_object": False})` gives dates as '
        "`datetime64` (without it, `datetime.date` objects) and categories as `category`.",
        "",
        "File metadata: every Parquet file of a build carries `zone_measures_version` (the "
        "pipeline version), `zone_measures_input_fingerprint` (sha256 over the sorted article "
        "ids), `zone_measures_resource_hash` (sha256 over the language resources), "
        "`zone_measures_n_articles`, `zone_measures_license` and `zone_measures_citation` — never "
        "the build time, so the same input gives the same bytes.",
        "",
    ]
    for name, model in TABLES.items():
        schema = model.to_schema()
        lines += [f"## `{name}`", "", inspect.cleandoc(model.__doc__ or ""), ""]
        lines += [
            "| column | type | nullable | meaning | allowed values |",
            "|---|---|---|---|---|",
        ]
        for column_name, column in schema.columns.items():
            lines.append(
                f"| `{column_name}` | {_TYPE_NAMES[_kind(column)]} | "
                f"{'yes' if column.nullable else 'no'} | {_md(column.description or '')} | "
                f"{_md(_allowed(column))} |"
            )
        rules = [check for check in schema.checks]
        if rules:
            lines += ["", "Row rules:", ""]
            lines += [f"- `{check.name}`: {_md(check.description or '')}" for check in rules]
        lines.append("")
    return "\n".join(lines)
