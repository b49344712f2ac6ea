"""Tables too big to hold: rows spilled to disk in buckets that follow the table's natural order.

Promise: `SpilledTable.add(frame)` takes validated rows of one table, a chunk at a time and
in any order; `frames()` gives them back bucket after bucket, each bucket a DataFrame in
natural order (`schemas.natural_order`), and the buckets one after another are the whole
table in natural order. A build holds one chunk while it reads and one bucket while it
writes, whatever the size of the archive.

How: every row gets a bucket from the first column of its table's natural key, by a
function that never puts a smaller key in a later bucket (`BucketPlan`). Each chunk is
written once, as an Arrow IPC file holding one record batch per bucket; a bucket is read
back as its record batch of every chunk file, each read on its own (not through a memory
map of whole files, which would page in every chunk for every bucket). The files live in
a private directory that the build removes.
"""
from __future__ import annotations

import bisect
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

import schemas

# Input bytes per bucket: the rows of about this much input are in memory at once when a
# table is written. 16 MB of news text gives ~40,000 measure rows (~20 MB as a frame).
BUCKET_INPUT_BYTES = 16_000_000
# More buckets cost a little per chunk (one slice each); past this, buckets grow instead.
MAX_BUCKETS = 256

_HEX_PREFIX = 8  # hex digits of an article id read as the bucket position (32 bits)


@dataclass(frozen=True)
class BucketPlan:
    """How rows are split into ordered buckets, fixed before the first article is read.

    `n_buckets` follows the input size alone (never the engine or the worker count), so
    every build of the same inputs splits, and writes, the same way. `path_bounds` are the
    (source_path, source_name) keys at which articles pass to the next bucket.
    """

    n_buckets: int
    path_bounds: tuple[tuple[str, str], ...]

    @classmethod
    def for_inputs(cls, keys: Iterable[tuple[str, str]], n_bytes: int,
                   bytes_per_bucket: int = BUCKET_INPUT_BYTES) -> BucketPlan:
        """The plan for inputs with these (source_path, source_name) keys and total size."""
        ordered = sorted(keys)
        n = max(1, min(MAX_BUCKETS, len(ordered), math.ceil(n_bytes / bytes_per_bucket)))
        bounds = tuple(ordered[len(ordered) * k // n] for k in range(1, n)) if ordered else ()
        return cls(n, bounds)

    def by_article_id(self, frame: pd.DataFrame) -> np.ndarray:
        """Buckets of rows whose natural order starts with article_id (16 lowercase hex
        digits, so that their text order is their numeric order)."""
        if self.n_buckets == 1:
            return np.zeros(len(frame), dtype=np.int64)
        ids = schemas.sort_numbers(frame["article_id"])  # the ids as integers, when all are of the pipeline's shape
        if ids is not None:
            prefix = (ids >> np.uint64(64 - 4 * _HEX_PREFIX)).astype(np.int64)
        else:
            prefix = frame["article_id"].astype(object).map(lambda s: int(s[:_HEX_PREFIX], 16)).to_numpy(dtype=np.int64)
        return (prefix * self.n_buckets) >> (4 * _HEX_PREFIX)

    def by_source(self, frame: pd.DataFrame) -> np.ndarray:
        """Buckets of articles rows, whose natural order starts with (source_path, source_name)."""
        if self.n_buckets == 1:
            return np.zeros(len(frame), dtype=np.int64)
        keys = zip(frame["source_path"].astype(object), frame["source_name"].astype(object))
        return np.fromiter((bisect.bisect_right(self.path_bounds, key) for key in keys),
                           dtype=np.int64, count=len(frame))


# The function that places each table's rows, by the first column of its natural key.
BUCKETING = {
    "articles": BucketPlan.by_source,
    "measures": BucketPlan.by_article_id,
    "policies": BucketPlan.by_article_id,
}


class SpilledTable:
    """The rows of one table, on disk under `directory`, read back in natural order."""

    def __init__(self, name: str, directory: Path, plan: BucketPlan):
        self.name = name
        self.directory = directory
        self.plan = plan
        self.n_rows = 0
        self._bucket_of = BUCKETING[name]
        self._files: list[Path] = []
        # Per bucket: (chunk file index, record batch index) of its rows in each chunk.
        self._batches: list[list[tuple[int, int]]] = [[] for _ in range(plan.n_buckets)]

    def add(self, frame: pd.DataFrame) -> None:
        """Spill validated rows (a chunk of the table, any order)."""
        if frame.empty:
            return
        buckets = self._bucket_of(self.plan, frame)
        order = np.argsort(buckets, kind="stable")
        table = pa.Table.from_pandas(frame.iloc[order], preserve_index=False)
        path = self.directory / f"{self.name}-{len(self._files):06d}.arrow"
        counts = np.bincount(buckets, minlength=self.plan.n_buckets)
        index = len(self._files)
        with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
            start = 0
            for batch_index, bucket in enumerate(np.flatnonzero(counts)):
                (batch,) = table.slice(start, int(counts[bucket])).combine_chunks().to_batches()
                writer.write_batch(batch)
                self._batches[bucket].append((index, batch_index))
                start += int(counts[bucket])
        self._files.append(path)
        self.n_rows += len(frame)

    def frames(self) -> Iterator[pd.DataFrame]:
        """The table, bucket after bucket, each in natural order with the schema's dtypes."""
        for batches in self._batches:
            if batches:
                yield schemas.coerce_table(self.name, self._read(batches))

    def _read(self, batches: list[tuple[int, int]]) -> pd.DataFrame:
        pieces = []
        for index, batch_index in batches:
            with pa.OSFile(str(self._files[index])) as source:  # reads this batch's bytes only
                pieces.append(pa.ipc.open_file(source).get_batch(batch_index))
        return pa.Table.from_batches(pieces).to_pandas()
