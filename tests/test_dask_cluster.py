"""The Dask engine on a real dask.distributed cluster: two worker processes on loopback
read their own inputs (only paths and offsets are in the task graph) and give the very
tables, and Parquet bytes, of the local engine."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from pipeline import __version__, engine
from pipeline.assemble import assemble
from pipeline.ingest import scan_inputs
from pipeline.write import write_outputs

from .conftest import SEEDS

distributed = pytest.importorskip("distributed")


def _inputs(root: Path) -> Path:
    """The seeds, a jsonl file of two of them, and a duplicate: every kind of location."""
    root.mkdir()
    seeds = sorted(SEEDS.iterdir())
    for seed in seeds:
        (root / seed.name).write_bytes(seed.read_bytes())
    (root / "copy").mkdir()
    (root / "copy" / seeds[0].name).write_bytes(seeds[0].read_bytes())
    import json
    lines = [json.dumps({"title": f"第{i}篇", "text": seed.read_text(encoding="utf-8")}, ensure_ascii=False)
             for i, seed in enumerate(seeds[1:3])]
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def _parquet_bytes(out: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(out.glob("*.parquet"))}


def test_a_two_worker_cluster_gives_the_local_engines_bytes(tmp_path):
    items = scan_inputs([_inputs(tmp_path / "in")])
    assert all(item.raw == b"" for item in items)
    # What the graph carries per article: a path and an offset, not the text.
    assert max(len(pickle.dumps(item)) for item in items) < 1_000

    local = engine.run(items, engine="local", workers=1)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None, protocol="tcp") as cluster:
        on_cluster = engine.run(items, engine="dask", scheduler=cluster.scheduler_address, workers=2)
        with distributed.Client(cluster) as client:
            ran_on = {w["host"] for w in client.scheduler_info()["workers"].values()}
            n_workers = len(client.scheduler_info()["workers"])
    assert n_workers == 2 and ran_on == {"127.0.0.1"}
    assert on_cluster == local

    write_outputs(assemble(local), tmp_path / "local", __version__)
    write_outputs(assemble(on_cluster), tmp_path / "dask", __version__)
    assert _parquet_bytes(tmp_path / "dask") == _parquet_bytes(tmp_path / "local")
