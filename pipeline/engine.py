"""Stage runner: the same per-article function, in this process, across local processes,
or on a Dask cluster. Results always come back in input order, so the output does not
depend on the engine or on which worker finished first.

Worker processes end with the build that started them: on Linux each asks the kernel
to kill it when its parent dies (PR_SET_PDEATHSIG), so a SIGKILL of the build leaves
nothing behind; workers ignore Ctrl-C (the build handles it for everyone), and an
interrupted or failing build kills its workers instead of waiting for their articles.
"""
from __future__ import annotations

import collections
import contextlib
import ctypes
import gc
import itertools
import os
import signal
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial

from . import pattern_cache
from .article import DEFAULT_TIME_BUDGET, process_article
from .ingest import InputItem, load_input

# Process start-up (imports, OpenCC and jieba dictionaries) costs more than a few articles.
MIN_ITEMS_FOR_PROCESSES = 8


def process_input(item: InputItem, time_budget: float = DEFAULT_TIME_BUDGET) -> dict:
    """Read the item's bytes where it is processed (from its location, when it carries
    none), then process it: only paths and offsets travel to workers, never the text."""
    return process_article(load_input(item), time_budget=time_budget)


def import_jieba_without_pkg_resources() -> None:
    """Import jieba with `pkg_resources` hidden. jieba finds its model files through
    pkg_resources when it can import it, else by its own path (the same files, the same
    bytes); importing pkg_resources (it scans every installed distribution) costs about
    0.2 s a process, four times jieba's own import. Nothing is hidden once either is loaded,
    and pkg_resources stays importable for everyone else."""
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        return
    sys.modules["pkg_resources"] = None  # an import of it raises ImportError (importlib's documented rule)
    try:
        import jieba  # noqa: F401  (the per-article stages load it on their first article anyway)
    except ImportError:
        pass  # not installed: the stage that needs it says so
    finally:
        del sys.modules["pkg_resources"]


_start_up_frozen = False


def freeze_start_up_objects() -> None:
    """Once per process, before its first article: set what start-up made (modules, compiled
    patterns, the language resources: tens of thousands of objects that live as long as the
    process) out of the cyclic garbage collector's reach (`gc.freeze`). Its full collections,
    which come the more often the more a build holds, then do not walk them every time; in
    the build's own process this comes before the workers fork, whose pages then stay shared
    rather than written by their collections. Measured in a one-worker 10 MB build: its full
    collections took 0.27 s without this, 0.14 s with it."""
    global _start_up_frozen
    if not _start_up_frozen:
        _start_up_frozen = True
        import_jieba_without_pkg_resources()  # before the freeze, which then covers its modules too
        pattern_cache.save()  # the patterns the imports compiled, for the next process's start-up
        gc.collect()  # what is garbage now is not made permanent
        gc.freeze()


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def _reported(results, on_result: Callable[[dict], None] | None) -> Iterator[dict]:
    """The results in input order, as they come, each passed to `on_result` (for a progress bar)."""
    for result in results:
        if on_result is not None:
            on_result(result)
        yield result


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def end_with_parent(parent_pid: int) -> None:
    """Worker initializer: die when the build dies, leave Ctrl-C to the build."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the build's handler, inherited by fork
    if os.getppid() != parent_pid:  # the parent died before the request took effect
        os._exit(1)


def kill_workers(pool: ProcessPoolExecutor) -> None:
    """Kill a pool's processes now, rather than wait for the articles they are on."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        try:
            process.kill()
        except (OSError, ValueError, AttributeError):
            pass
    pool.shutdown(wait=False, cancel_futures=True)


# Tasks in flight per worker (local pool and Dask): workers never wait for the next task,
# and results that finished before their turn (held until the ones before them come) stay bounded.
TASKS_PER_WORKER = 4


def _process_partition(items: list[InputItem], time_budget: float) -> list[dict]:
    freeze_start_up_objects()  # a Dask worker's first partition; a no-op after it
    results = [process_input(item, time_budget=time_budget) for item in items]
    pattern_cache.save(done=True)  # with the patterns first compiled by articles; a no-op after it
    return results


def _windowed(submit: Callable[[list[InputItem]], object], batches: Iterator[list[InputItem]],
              window: int, take: Callable[[object], list[dict]]) -> Iterator[dict]:
    """The results of `batches`, in order, with at most `window` batches submitted and not yet
    taken: results that finished before their turn wait in memory, so the window bounds them
    (Executor.map, or submitting every task to a cluster, would not)."""
    in_flight = collections.deque(submit(batch) for batch in itertools.islice(batches, window))
    while in_flight:
        results = take(in_flight.popleft())
        following = next(batches, None)
        if following is not None:
            in_flight.append(submit(following))
        yield from results


def _saving_after_first(results: Iterator[dict]) -> Iterator[dict]:
    """`results`, with `pattern_cache` saved once the first has come: the patterns compiled when
    an article first needed them are kept for the next process too."""
    for i, result in enumerate(results):
        if i == 0:
            pattern_cache.save(done=True)
        yield result


def iter_local(items: list[InputItem], workers: int | None = None, time_budget: float = DEFAULT_TIME_BUDGET,
               on_result: Callable[[dict], None] | None = None) -> Iterator[dict]:
    """The results of `items`, in input order, yielded as they come: the caller keeps what
    it needs of each, so memory does not have to grow with the number of articles."""
    workers = workers or default_workers()
    task = partial(process_input, time_budget=time_budget)
    freeze_start_up_objects()  # here, or before the workers fork, who inherit it
    if workers == 1 or len(items) < MIN_ITEMS_FOR_PROCESSES:
        yield from _reported(_saving_after_first(task(item) for item in items), on_result)
        return
    pattern_cache.save(done=True)  # before the fork: the workers compile what articles need first
    size = max(1, min(64, len(items) // (workers * 4) or 1))
    batches = (items[i:i + size] for i in range(0, len(items), size))
    pool = ProcessPoolExecutor(max_workers=workers, initializer=end_with_parent, initargs=(os.getpid(),))
    try:
        yield from _reported(_windowed(partial(pool.submit, _process_partition, time_budget=time_budget),
                                       batches, workers * TASKS_PER_WORKER, lambda future: future.result()),
                             on_result)
    except BaseException:  # Ctrl-C, SIGTERM, a broken worker, a consumer that stopped: do not wait
        kill_workers(pool)
        raise
    pool.shutdown()


def run_local(items: list[InputItem], workers: int | None = None, time_budget: float = DEFAULT_TIME_BUDGET,
              on_result: Callable[[dict], None] | None = None) -> list[dict]:
    return list(iter_local(items, workers=workers, time_budget=time_budget, on_result=on_result))


# Articles per Dask task: enough to pay for a task's overhead, few enough that the results
# waiting to be taken stay small.
DASK_PARTITION_ARTICLES = 64


def iter_dask(items: list[InputItem], scheduler: str | None = None, workers: int | None = None,
              time_budget: float = DEFAULT_TIME_BUDGET, on_result: Callable[[dict], None] | None = None) -> Iterator[dict]:
    """Results in input order from a dask.distributed cluster: the one at `scheduler`, or a
    local one of `workers` processes. Tasks carry paths and offsets (workers read their
    own inputs); a window of tasks is in flight, and each result is let go once yielded."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # an optional extra: pip install 'zone-measures[dask]'
        raise SystemExit("the dask engine needs dask: pip install -e '.[dask]'") from exc
    partitions = (items[i:i + DASK_PARTITION_ARTICLES] for i in range(0, len(items), DASK_PARTITION_ARTICLES))
    with contextlib.ExitStack() as stack:
        if scheduler:
            client = stack.enter_context(Client(scheduler))
        else:
            cluster = stack.enter_context(LocalCluster(
                n_workers=workers or default_workers(), threads_per_worker=1, processes=True,
                host="127.0.0.1", dashboard_address=None))
            client = stack.enter_context(Client(cluster))
        n_workers = max(1, len(client.scheduler_info()["workers"]))

        def take(future) -> list[dict]:
            results = future.result()
            future.release()  # the cluster forgets it: the build holds what it still needs
            return results

        # pure=False: every partition is its own task, even one equal to another.
        submit = partial(client.submit, _process_partition, time_budget=time_budget, pure=False)
        yield from _reported(_windowed(submit, partitions, n_workers * TASKS_PER_WORKER, take), on_result)


def run_dask(items: list[InputItem], scheduler: str | None = None, workers: int | None = None,
             time_budget: float = DEFAULT_TIME_BUDGET, on_result: Callable[[dict], None] | None = None) -> list[dict]:
    return list(iter_dask(items, scheduler=scheduler, workers=workers, time_budget=time_budget, on_result=on_result))


CACHE_WRITE_BATCH = 256  # fresh results written to the cache together (one transaction)


def iter_with_cache(items: list[InputItem], cache=None, engine: str = "local",
                    on_result: Callable[[dict], None] | None = None, **options) -> Iterator[dict]:
    """`iter_run`, taking what `cache` (a pipeline.cache.ResultCache) already holds and adding
    what it did not. Results in input order, whichever came from where, yielded as they come:
    a cached result is read again when its turn comes rather than held from the start."""
    if cache is None:
        yield from iter_run(items, engine=engine, on_result=on_result, **options)
        return
    todo = [index for index, item in enumerate(items) if not cache.has(item)]
    missing = set(todo)
    fresh = iter_run([items[index] for index in todo], engine=engine, on_result=on_result, **options)
    pending: list[tuple[InputItem, dict]] = []
    try:
        for index, item in enumerate(items):
            result = None if index in missing else cache.get(item)
            if result is None and index not in missing:  # gone since it was looked up: process it here
                result = next(iter_run([item], engine="local", workers=1,
                                       time_budget=options.get("time_budget", DEFAULT_TIME_BUDGET)))
                pending.append((item, result))
            elif result is None:
                result = next(fresh)
                pending.append((item, result))
            elif on_result is not None:
                on_result(result)
            if len(pending) >= CACHE_WRITE_BATCH:
                cache.put_all(pending)
                pending = []
            yield result
    finally:
        fresh.close()  # kills a pool the consumer left before its end
        if pending:
            cache.put_all(pending)


def run_with_cache(items: list[InputItem], cache=None, engine: str = "local",
                   on_result: Callable[[dict], None] | None = None, **options) -> list[dict]:
    """`iter_with_cache` as a list."""
    return list(iter_with_cache(items, cache, engine=engine, on_result=on_result, **options))


def iter_run(items: list[InputItem], engine: str = "local", **options) -> Iterator[dict]:
    if engine == "local":
        options.pop("scheduler", None)
        return iter_local(items, **options)
    if engine == "dask":
        return iter_dask(items, **options)
    raise ValueError(f"unknown engine {engine!r}: use local or dask")


def run(items: list[InputItem], engine: str = "local", **options) -> list[dict]:
    return list(iter_run(items, engine=engine, **options))
