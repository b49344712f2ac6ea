"""The engine: the process pool really runs, gives what one process gives, and its
workers end with the build that started them (SIGKILL, SIGTERM, Ctrl-C)."""
from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import engine
from pipeline.article import process_article
from pipeline.ingest import discover_inputs

from .conftest import ROOT, SEEDS

LINUX = sys.platform.startswith("linux")


def _distinct_seed_copies(directory: Path, n_copies: int) -> Path:
    """Each seed `n_copies` times, each copy one line longer, so no two fold together."""
    directory.mkdir()
    for i in range(n_copies):
        for seed in sorted(SEEDS.iterdir()):
            (directory / f"{seed.stem}_{i}.txt").write_bytes(seed.read_bytes() + f"\n第{i}版".encode())
    return directory


def _tagged_with_pid(item, **options):
    """process_article, plus the id of the process that ran it."""
    result = process_article(item, **options)
    time.sleep(0.05)  # long enough that the second worker takes chunks too
    return {**result, "pid": os.getpid()}


@pytest.mark.skipif(not LINUX, reason="the patched task reaches the workers by fork")
def test_the_pool_runs_in_several_processes_and_gives_what_one_process_gives(tmp_path, monkeypatch):
    items = discover_inputs([_distinct_seed_copies(tmp_path / "corpus", 2)])
    assert len(items) >= engine.MIN_ITEMS_FOR_PROCESSES  # else the pool would not start at all
    monkeypatch.setattr(engine, "process_article", _tagged_with_pid)
    pooled = engine.run_local(items, workers=2)
    alone = engine.run_local(items, workers=1)
    pids = {result.pop("pid") for result in pooled}
    assert len(pids) >= 2 and os.getpid() not in pids
    assert {result.pop("pid") for result in alone} == {os.getpid()}
    assert pooled == alone


# --------------------------------------------------------------------------- kills


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            pass
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    # ~300 articles: many seconds of work for two workers, so a kill finds them busy even
    # when a loaded machine starts the pool late.
    return _distinct_seed_copies(tmp_path_factory.mktemp("kill") / "corpus", 60)


def _started_build(corpus: Path, out: Path, stderr) -> tuple[subprocess.Popen, set[int]]:
    build = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "build", str(corpus), "--out", str(out), "--workers", "2"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True,
    )
    deadline = time.monotonic() + 120
    workers: set[int] = set()
    while len(workers) < 2 and time.monotonic() < deadline and build.poll() is None:
        time.sleep(0.1)
        workers = _children(build.pid)
    assert len(workers) >= 2, "the pool never started"
    time.sleep(0.5)  # let them pick up articles
    return build, workers


def _gone_within(pids: set[int], seconds: float) -> set[int]:
    deadline = time.monotonic() + seconds
    left = {pid for pid in pids if _alive(pid)}
    while left and time.monotonic() < deadline:
        time.sleep(0.1)
        left = {pid for pid in left if _alive(pid)}
    return left


@pytest.mark.skipif(not LINUX, reason="reads /proc; PR_SET_PDEATHSIG is Linux's")
@pytest.mark.parametrize(("how", "status", "message"), [
    ("SIGKILL", -signal.SIGKILL, None),
    ("SIGTERM", 143, "python -m pipeline: terminated: the build stopped; {out} was left as it was"),
    ("Ctrl-C", 130, "python -m pipeline: interrupted: the build stopped; {out} was left as it was"),
])
def test_workers_end_with_the_build(corpus, tmp_path, how, status, message):
    out = tmp_path / "out"
    with open(tmp_path / "stderr", "w") as stderr:
        build, workers = _started_build(corpus, out, stderr)
    try:
        if how == "Ctrl-C":  # the terminal signals the whole foreground process group
            os.killpg(build.pid, signal.SIGINT)
        else:
            os.kill(build.pid, getattr(signal, how))
        build.wait(timeout=60)
        left = _gone_within(workers, 20)
    finally:  # whatever happened, leave no process of this test behind
        with contextlib.suppress(ProcessLookupError):
            os.killpg(build.pid, signal.SIGKILL)
    assert not left, f"workers outlived the build after {how}"
    assert build.returncode == status
    if message:  # after the progress lines, one line and no traceback
        lines = (tmp_path / "stderr").read_text().strip().splitlines()
        assert lines[-1] == message.format(out=out), lines
        assert not any("Traceback" in line for line in lines), lines
    assert not out.exists()


def test_the_pool_holds_a_window_of_batches_not_every_batch(monkeypatch):
    """Executor.map would submit every article at once, and results that finish before
    their turn would pile up; the engine keeps a bounded window in flight and still
    yields every result in input order."""
    from concurrent.futures import Future

    in_flight, most = [0], [0]

    class CountingPool:
        def __init__(self, *args, **kwargs):
            pass

        def submit(self, function, *args, **kwargs):
            in_flight[0] += 1
            most[0] = max(most[0], in_flight[0])
            future = Future()
            future.set_result(function(*args, **kwargs))
            original = future.result

            def taken(*a, **k):
                in_flight[0] -= 1
                return original(*a, **k)
            future.result = taken
            return future

        def shutdown(self, *args, **kwargs):
            pass

    monkeypatch.setattr(engine, "ProcessPoolExecutor", CountingPool)
    monkeypatch.setattr(engine, "process_input", lambda item, time_budget: {"n": item})
    items = list(range(4_000))  # 63 batches of 64
    got = [r["n"] for r in engine.iter_local(items, workers=2)]
    assert got == items
    assert most[0] == 2 * engine.TASKS_PER_WORKER  # a full window, never more
