"""A build gives freed memory back between chunks and buckets (pipeline/memory.py)."""
from __future__ import annotations

import io
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pipeline import memory, write

from .test_schemas import example_tables

ROOT = Path(__file__).resolve().parents[1]

# Many 64 KB blocks from malloc's heap, nine in ten of them freed: the free pages lie between
# live blocks, where the heap cannot shrink by itself.
_HOLES_PROBE = textwrap.dedent("""
    import psutil
    from pipeline import memory
    rss = lambda: psutil.Process().memory_info().rss >> 20
    blocks = [bytearray(64 * 1024) for _ in range(4000)]  # 250 MB, each block below the mmap threshold
    kept = blocks[::10]
    del blocks
    before = rss()
    ran = memory.return_freed_memory()
    print(ran, before, rss(), len(kept))
""")


@pytest.mark.skipif(memory._malloc_trim is None, reason="no malloc_trim in this C library (not glibc)")
def test_freed_memory_between_live_blocks_goes_back_to_the_system():
    out = subprocess.run([sys.executable, "-c", _HOLES_PROBE], cwd=ROOT, capture_output=True, text=True, check=True)
    ran, before, after, _ = out.stdout.split()
    assert ran == "True"
    # About 225 MB lie free in holes; at least 150 MB of it must leave the process.
    assert int(before) - int(after) >= 150, out.stdout


def test_the_writer_gives_memory_back_after_each_frame(monkeypatch):
    """Each frame a table's writer takes is a bucket read back from the spill: its memory goes
    back before the next bucket is read."""
    calls = []
    monkeypatch.setattr(write, "return_freed_memory", lambda: calls.append(1) or True)
    measures = example_tables()["measures"]
    frames = [measures.iloc[[i]] for i in range(len(measures))]
    write._frames_writer(lambda: frames, "measures", "0")(io.BytesIO())
    assert len(frames) == 2 and len(calls) == 2
