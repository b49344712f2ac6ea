"""The values of a unique column met in earlier chunks, for tables validated a chunk at a time.

A build of a whole archive meets millions of ids; a Python set of them would be the
largest object of the build (~70 bytes each). Ids of the pipeline's own shape, 16
lowercase hex digits, are kept as 8-byte integers in sorted NumPy arrays instead, merged
like a log-structured store so that adding a chunk costs about its own size, not the
whole set's. Any other value (hand-made rows in tests, a future id shape) goes to a plain
set, so membership is exact either way.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pyarrow as pa

_ID_CHARS = 16


def hex_ids(values: pd.Series) -> np.ndarray | None:
    """The integers that the values spell when every one is an id of 16 lowercase hex digits
    (none null), else None. Read from the column's Arrow buffers: no Python string is made
    per value, which joining the values as text (`_as_integers`) spends most of its time on."""
    array = _arrow_text(values)
    if array is None or array.null_count:
        return None
    if not len(array):
        return np.zeros(0, dtype=np.uint64)
    offset_type = np.int64 if pa.types.is_large_string(array.type) else np.int32
    offsets = np.frombuffer(array.buffers()[1], dtype=offset_type)[array.offset:array.offset + len(array) + 1]
    if not (np.diff(offsets) == _ID_CHARS).all():  # 16 bytes each: 16 characters once they are ASCII
        return None
    try:
        text = str(memoryview(array.buffers()[2])[offsets[0]:offsets[-1]], "ascii")
        digits = bytes.fromhex(text)
    except (UnicodeDecodeError, ValueError):  # not ASCII, or not hex digits
        return None
    # fromhex also takes upper case, and skips whitespace: then fewer bytes come out.
    if text != text.lower() or len(digits) != len(array) * _ID_CHARS // 2:
        return None
    return np.frombuffer(digits, dtype=">u8").astype(np.uint64)


def hex_ids_by_definition(values: pd.Series) -> np.ndarray | None:
    """`hex_ids`, the obvious way (tests compare the two)."""
    if values.isna().any() or not values.astype(object).map(
            lambda v: isinstance(v, str) and re.fullmatch(r"[0-9a-f]{16}", v) is not None).all():
        return None
    return np.array([int(v, 16) for v in values], dtype=np.uint64)


def _arrow_text(values: pd.Series) -> pa.Array | None:
    """The Arrow array under a text column of pandas' pyarrow-backed `str` dtype, or None."""
    if not (isinstance(values.dtype, pd.StringDtype) and values.dtype.storage == "pyarrow"):
        return None
    array = values.array.__arrow_array__()
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    return array if pa.types.is_string(array.type) or pa.types.is_large_string(array.type) else None


def _as_integers(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(mask of values that are 16-hex-digit ids, their integers), found without a Python
    call per value: from the Arrow buffers when every value is an id, else by joining the
    ids and reading them as one big-endian hex string."""
    numbers = hex_ids(values)
    if numbers is not None:  # every value an id: the usual case, read from the Arrow buffers
        return np.ones(len(values), dtype=bool), numbers
    if isinstance(values.dtype, pd.StringDtype):  # a coerced column: every value text or null
        is_id = values.str.fullmatch(r"[0-9a-f]{16}").fillna(False).to_numpy(dtype=bool)
        ids = values[is_id].tolist()
        numbers = np.frombuffer(bytes.fromhex("".join(ids)), dtype=">u8").astype(np.uint64)
        return is_id, numbers
    text = values.astype(object)
    is_id = text.map(type).to_numpy() == str
    if is_id.any():
        strings = pd.Series(text[is_id], dtype="str")
        is_id[is_id] = strings.str.fullmatch(r"[0-9a-f]{16}").to_numpy(dtype=bool)
    numbers = np.frombuffer(bytes.fromhex("".join(text[is_id])), dtype=">u8").astype(np.uint64)
    return is_id, numbers


class SeenValues:
    """A set of column values that supports `contains(series)` and `update(series)`."""

    def __init__(self) -> None:
        self._levels: list[np.ndarray] = []  # sorted, sizes decreasing
        self._other: set = set()

    def __len__(self) -> int:
        return sum(len(level) for level in self._levels) + len(self._other)

    def contains(self, values: pd.Series) -> pd.Series:
        """Boolean Series (same index): which values are in the set."""
        mask, numbers = _as_integers(values)
        found = np.zeros(len(values), dtype=bool)
        hits = np.zeros(len(numbers), dtype=bool)
        for level in self._levels:
            at = np.searchsorted(level, numbers)
            inside = at < len(level)
            hits[inside] |= level[at[inside]] == numbers[inside]
        found[mask] = hits
        if self._other:
            found[~mask] = values[~mask].isin(self._other).to_numpy(dtype=bool)
        return pd.Series(found, index=values.index)

    def update(self, values: pd.Series) -> None:
        values = values.dropna()
        mask, numbers = _as_integers(values)
        self._other.update(values[~mask])
        if len(numbers):
            level = _sorted_unique(numbers)
            # Merge with the smaller levels before it, so sizes keep halving: log(n) levels.
            while self._levels and len(self._levels[-1]) <= 2 * len(level):
                level = _sorted_unique(np.concatenate([self._levels.pop(), level]))
            self._levels.append(level)


def _sorted_unique(numbers: np.ndarray) -> np.ndarray:
    """np.unique(numbers), by a stable sort (timsort: two sorted runs, as a merge gives them, cost
    one pass) rather than NumPy's hashing, which does not know the runs are sorted."""
    ordered = np.sort(numbers, kind="stable")
    if len(ordered) < 2:
        return ordered
    keep = np.empty(len(ordered), dtype=bool)
    keep[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]
