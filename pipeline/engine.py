"""Stage runner: the same per-article function, in this process, across local processes,
or on a Dask cluster. Results always come back in input order, so the output does not
depend on the engine or on which worker finished first.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from functools import partial

from .article import DEFAULT_TIME_BUDGET, process_article
from .ingest import InputItem

# Process start-up (imports, OpenCC and jieba dictionaries) costs more than a few articles.
MIN_ITEMS_FOR_PROCESSES = 8


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def _reported(results, on_result: Callable[[dict], None] | None) -> list[dict]:
    """The results in input order, each passed to `on_result` as it arrives (for a progress bar)."""
    collected = []
    for result in results:
        collected.append(result)
        if on_result is not None:
            on_result(result)
    return collected


def run_local(items: list[InputItem], workers: int | None = None, time_budget: float = DEFAULT_TIME_BUDGET,
              on_result: Callable[[dict], None] | None = None) -> list[dict]:
    workers = workers or default_workers()
    task = partial(process_article, time_budget=time_budget)
    if workers == 1 or len(items) < MIN_ITEMS_FOR_PROCESSES:
        return _reported((task(item) for item in items), on_result)
    chunksize = max(1, min(64, len(items) // (workers * 4) or 1))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return _reported(pool.map(task, items, chunksize=chunksize), on_result)


def run_dask(items: list[InputItem], scheduler: str | None = None, workers: int | None = None,
             time_budget: float = DEFAULT_TIME_BUDGET, on_result: Callable[[dict], None] | None = None) -> list[dict]:
    try:
        import dask.bag as db
    except ImportError as exc:  # an optional extra: pip install 'zone-measures[dask]'
        raise SystemExit("the dask engine needs dask: pip install -e '.[dask]'") from exc
    task = partial(process_article, time_budget=time_budget)
    npartitions = max(1, min(len(items), (workers or default_workers()) * 4))
    bag = db.from_sequence(items, npartitions=npartitions).map(task)
    if scheduler:
        from dask.distributed import Client
        with Client(scheduler) as client:
            return _reported(client.compute(bag).result(), on_result)
    return _reported(bag.compute(scheduler="processes", num_workers=workers or default_workers()), on_result)


def run(items: list[InputItem], engine: str = "local", **options) -> list[dict]:
    if engine == "local":
        options.pop("scheduler", None)
        return run_local(items, **options)
    if engine == "dask":
        return run_dask(items, **options)
    raise ValueError(f"unknown engine {engine!r}: use local or dask")
