"""How a build keeps its process's memory flat: where buffers come from, and when freed
memory goes back to the operating system.

A build frees, again and again, memory of the same few sizes: a chunk of results once its
rows are spilled, a bucket of a table once it is written. Allocators keep freed memory for
later use rather than giving it back, and what they keep piles up where the next chunk does
not fit into the holes the last one left. Measured on the 100 MB bench corpus, writing the
articles table (seven buckets of about 14 MB of text) raised the build's peak by 160 MB
with glibc's malloc keeping the freed pages, and by 60 MB when they were given back after
each bucket.
"""
from __future__ import annotations

import ctypes
import os
from collections.abc import Callable

import pyarrow as pa


def use_the_system_allocator() -> None:
    """Arrow's buffers in this process from the C library's malloc rather than pyarrow's
    default pool (mimalloc), unless ARROW_DEFAULT_MEMORY_POOL chooses one. mimalloc keeps
    what a table's write freed for later use: writing articles (their texts) left about
    100 MB more resident for the rest of a 100 MB build, so the build's peak grew with its
    largest buckets; malloc returns large blocks at once. Measured: peak RSS of the build
    process at 100 MB with two workers 451-477 -> 353 MiB, at 10 MB with one 428 -> 398 MiB,
    the same time (bench/README.md)."""
    if not os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
        pa.set_memory_pool(pa.system_memory_pool())


def _find_malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None on a C library without it (musl, macOS: their malloc
    gives large blocks back by itself)."""
    try:
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None


_malloc_trim = _find_malloc_trim()


def return_freed_memory() -> bool:
    """Give the pages malloc holds free back to the operating system (glibc's
    `malloc_trim(0)`, which also releases free pages inside the heap, not only at its top).

    glibc returns a freed block to the system at once only above its mmap threshold, and it
    raises that threshold (up to 32 MB) each time such a block is freed: after the first
    bucket, the texts, Arrow buffers and pandas columns of a bucket all come from the heap,
    and their pages stay with the process. Called between chunks and buckets, a few hundred
    times per build, each call a walk over the free lists. True when it ran."""
    if _malloc_trim is None:
        return False
    _malloc_trim(0)
    return True
