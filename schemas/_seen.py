"""The values of a unique column met in earlier chunks, for tables validated a chunk at a time.

A build of a whole archive meets millions of ids; a Python set of them would be the
largest object of the build (~70 bytes each). Ids of the pipeline's own shape, 16
lowercase hex digits, are kept as 8-byte integers in sorted NumPy arrays instead, merged
like a log-structured store so that adding a chunk costs about its own size, not the
whole set's. Any other value (hand-made rows in tests, a future id shape) goes to a plain
set, so membership is exact either way.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

def _as_integers(values: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(mask of values that are 16-hex-digit ids, their integers), found without a Python
    call per value: the ids are joined and read as one big-endian hex string."""
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
