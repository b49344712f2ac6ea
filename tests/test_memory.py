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


# Every seed and page fixture processed with the cyclic collector off, everything it would
# have had to free kept (DEBUG_SAVEALL): what of pipeline's own classes is in there.
_CYCLES_PROBE = textwrap.dedent("""
    import collections, gc, sys
    from pipeline.ingest import discover_inputs
    from pipeline.engine import process_input
    items = list(discover_inputs(sys.argv[1:]))
    for item in items:  # what a first article loads (jieba, whose import leaves cycles; caches) is not an article's
        process_input(item)
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    results = [process_input(item) for item in items]
    gc.collect()
    ours = collections.Counter(type(o).__qualname__ for o in gc.garbage if type(o).__module__.startswith("pipeline"))
    print(len(results), sum(ours.values()), dict(ours.most_common(5)))
""")


def test_an_article_is_freed_by_reference_counting_not_left_to_the_cycle_collector():
    """An article's objects (zone index and attributor, cue indexes and their memos) must not
    hold each other: in a cycle they wait for the collector, which walks them all (a thousand
    or so per article, a tenth of a build's time in its collections)."""
    inputs = [str(ROOT / "seeds"), str(ROOT / "tests" / "fixtures" / "pages")]
    out = subprocess.run([sys.executable, "-c", _CYCLES_PROBE, *inputs], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    n_results, n_garbage, kinds = out.stdout.split(maxsplit=2)
    assert int(n_results) >= 10
    assert int(n_garbage) == 0, f"pipeline objects left in reference cycles: {kinds}"


def test_a_build_sets_its_start_up_objects_out_of_the_collectors_reach(monkeypatch):
    import gc

    from pipeline import engine
    from pipeline.ingest import discover_inputs

    monkeypatch.setattr(engine, "_start_up_frozen", False)
    frozen = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))  # this test process's objects stay collectable
    results = list(engine.iter_local(discover_inputs([str(ROOT / "seeds")])[:1], workers=1))
    list(engine.iter_local(discover_inputs([str(ROOT / "seeds")])[:1], workers=1))
    assert results and frozen == [True]  # once per process
