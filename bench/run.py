"""Throughput benchmark: full builds per engine and worker count, and each stage in-process.

    python bench/run.py [--mb 20] [--workers 1 2] [--engines local dask] [--keep]

0. Copies pipeline/ and schemas/ to bench/out/src-<pid> and measures that copy, so edits made
   to the working tree while the benchmark runs cannot leak into some configurations.
1. Makes the scaled corpus bench/out/corpus-<mb>mb-s<seed>/ with bench/make_corpus.py
   unless it is already there (its .manifest.json must match --mb and --seed).
2. Times `python -m pipeline build CORPUS --out DIR --engine E --workers W` in a subprocess
   for each engine × workers, wall clock, best of --repeats runs (default 2). Peak RSS:
   the largest single process, from os.wait4's rusage (the build and the workers it
   reaped), and, when psutil is importable, the peak of the whole process tree summed,
   sampled every 0.1 s. Dask is skipped with a note when it cannot be imported.
3. Checks that every configuration wrote byte-identical Parquet (sha256 per file).
4. Times each stage in this process on a sample of the corpus (every k-th article, about
   --sample-mb MB): read + hash (discover_inputs, whole corpus), decode, clean, zones,
   measures (numbers included), policies; then validate + spill (stream_tables) and write
   (write_streamed, report.html apart) on the whole corpus, whose articles are first processed untimed on every core.

Prints Markdown and writes it, with the raw figures as JSON, to bench/out/results.{md,json}.
MB are 10^6 bytes of input as stored on disk (GB18030/Big5 files hold more characters
per MB than UTF-8 ones). Build outputs are removed at the end unless --keep.
"""
from __future__ import annotations

import argparse
import compileall
import datetime as dt
import hashlib
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OUT = BENCH / "out"
SRC = OUT / f"src-{os.getpid()}"  # per run: a second benchmark must not replace the code a first one runs
MB = 1_000_000
MANIFEST = ".manifest.json"


# --- the code measured -----------------------------------------------------------------------


def snapshot_code() -> dict:
    """Copy pipeline/ and schemas/ to bench/out/src and run everything from there.

    The working tree may change while the benchmark runs (others commit and edit); a copy
    taken once makes every configuration build with the same code, so a difference
    between their outputs is the engine's doing, not an edit's.
    """
    shutil.rmtree(SRC, ignore_errors=True)
    digest = hashlib.sha256()
    for package in ("pipeline", "schemas"):
        shutil.copytree(ROOT / package, SRC / package, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        for path in sorted((SRC / package).rglob("*")):
            if path.is_file():
                digest.update(str(path.relative_to(SRC)).encode() + b"\0" + path.read_bytes())
    # Bytecode for the copy, as an installed package has it: where PYTHONDONTWRITEBYTECODE is set,
    # each build process would otherwise compile the sources again (~0.25 s CPU of its start-up).
    compileall.compile_dir(str(SRC), quiet=1)
    def git(*args: str) -> str:
        try:
            return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return ""
    dirty = [line[3:] for line in git("status", "--porcelain", "--", "pipeline", "schemas").splitlines()]
    return {"commit": git("rev-parse", "--short", "HEAD") or "unknown", "dirty": dirty,
            "fingerprint": digest.hexdigest()[:12]}


# --- corpus ----------------------------------------------------------------------------------


def ensure_corpus(mb: float, seed: int) -> tuple[Path, dict]:
    corpus = OUT / f"corpus-{mb:g}mb-s{seed}"
    manifest_path = corpus / MANIFEST
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if manifest.get("mb") == mb and manifest.get("seed") == seed:
            return corpus, manifest
    started = time.perf_counter()
    subprocess.run([sys.executable, str(BENCH / "make_corpus.py"), "--out", str(corpus), "--mb", str(mb),
                    "--seed", str(seed)], check=True, cwd=ROOT)
    print(f"corpus generated in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return corpus, json.loads(manifest_path.read_text(encoding="utf-8"))


# --- full builds -----------------------------------------------------------------------------


class TreeRss:
    """Peak of the summed RSS of a process and its descendants, sampled in a thread (needs psutil)."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        self.peak = 0
        try:
            import psutil
        except ImportError:
            self.peak = None
            return
        self._psutil, self._pid, self._interval = psutil, pid, interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        psutil = self._psutil
        try:
            root = psutil.Process(self._pid)
        except psutil.Error:
            return
        while not self._stop.is_set():
            total = 0
            try:
                for proc in [root, *root.children(recursive=True)]:
                    try:
                        total += proc.memory_info().rss
                    except psutil.Error:
                        pass
            except psutil.Error:
                return
            self.peak = max(self.peak, total)
            self._stop.wait(self._interval)

    def stop(self) -> int | None:
        if self.peak is not None:
            self._stop.set()
            self._thread.join()
        return self.peak


def remove_build(out: Path) -> None:
    """Remove a build output and what the build keeps beside it: `out` is a link to
    `.<out>.builds/build-XXXX` (pipeline/write.py), with a `.<out>.lock` file next to it."""
    if out.is_symlink():
        out.unlink()
    elif out.exists():
        shutil.rmtree(out)
    shutil.rmtree(out.parent / f".{out.name}.builds", ignore_errors=True)
    for leftover in [out.parent / f".{out.name}.lock", out.parent / f".{out.name}.cache.sqlite",
                     *out.parent.glob(f".{out.name}.link-*")]:
        leftover.unlink(missing_ok=True)


def time_build(corpus: Path, out: Path, engine: str, workers: int, log: Path, fresh: bool = True,
               extra: tuple[Path, ...] = ()) -> dict:
    """One build; `fresh`: from nothing (no earlier output, no results cache); `extra`: more inputs."""
    if fresh:
        remove_build(out)
    cmd = [sys.executable, "-m", "pipeline", "build", str(corpus), *map(str, extra), "--out", str(out),
           "--engine", engine, "--workers", str(workers)]
    with open(log, "wb") as handle:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=SRC, stdout=handle, stderr=subprocess.STDOUT)
        tree = TreeRss(proc.pid)
        # wait4, not wait: its rusage is this build's alone (with the workers it reaped),
        # where getrusage(RUSAGE_CHILDREN) would keep the maximum over all earlier builds.
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
    tree_peak = tree.stop()
    if proc.returncode != 0:
        raise SystemExit(f"build failed ({' '.join(cmd)}), see {log}:\n{log.read_text(errors='replace')[-2000:]}")
    return {"wall_s": wall, "maxrss_mib": usage.ru_maxrss / 1024,
            "tree_rss_mib": tree_peak / 2**20 if tree_peak else None,
            "cpu_s": usage.ru_utime + usage.ru_stime,
            "summary": log.read_text(encoding="utf-8", errors="replace").strip().splitlines()[0]}


def parquet_hashes(out: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.glob("*.parquet"))}


def build_dir(engine: str, workers: int) -> Path:
    return OUT / f"build-{engine}-w{workers}"


def run_builds(corpus: Path, configs: list[tuple[str, int]], repeats: int,
               keep: bool = False, jieba_runs: list[dict] | None = None) -> dict[tuple[str, int], dict]:
    """The builds of every configuration, `repeats` rounds; with `jieba_runs`, the reference
    is timed in each round too (appended there), so that it takes the best of as many runs,
    under the same drift of the machine's speed, as the builds it is compared with."""
    logs = OUT / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    runs: dict[tuple[str, int], list[dict]] = {c: [] for c in configs}
    for attempt in range(repeats):  # interleaved, so drift in machine load hits every configuration alike
        for engine, workers in configs:
            out = build_dir(engine, workers)
            result = time_build(corpus, out, engine, workers,
                                logs / f"{corpus.name}-{engine}-w{workers}-{attempt}.log")
            runs[(engine, workers)].append(result)
            print(f"  {corpus.name} {engine} ×{workers} run {attempt + 1}: {result['wall_s']:.1f} s, "
                  f"peak RSS {result['maxrss_mib']:.0f} MiB  ({result['summary']})", file=sys.stderr)
        if jieba_runs is not None:
            jieba_runs.append(time_jieba(corpus))
            print(f"  {corpus.name} jieba run {attempt + 1}: {jieba_runs[-1]['seconds']:.1f} s", file=sys.stderr)
    # Each configuration's own bytes, taken before the re-runs below build the first one's
    # output again (the last of them over one more article, so its bytes differ by design).
    hashes = {config: parquet_hashes(build_dir(*config)) for config in configs}
    # A re-run over the unchanged corpus, on the first configuration's output and results cache.
    rerun = None
    if configs:
        engine, workers = configs[0]
        fresh_hashes = hashes[configs[0]]
        rerun = time_build(corpus, build_dir(engine, workers), engine, workers,
                           logs / f"{corpus.name}-{engine}-w{workers}-rerun.log", fresh=False)
        rerun["config"] = [engine, workers]
        rerun["hashes_same"] = parquet_hashes(build_dir(engine, workers)) == fresh_hashes
        print(f"  {corpus.name} {engine} ×{workers} re-run, unchanged input: {rerun['wall_s']:.1f} s", file=sys.stderr)
        # The same with one article added: the build is no longer up to date, so every table is
        # made again, the other articles' results coming from the cache.
        added = OUT / "one-more-article"
        added.mkdir(exist_ok=True)
        seed = sorted((ROOT / "seeds").iterdir())[0]
        (added / "added.txt").write_bytes(seed.read_bytes() + f"\n（{corpus.name}）\n".encode("utf-8"))
        rerun["one_added"] = time_build(corpus, build_dir(engine, workers), engine, workers,
                                        logs / f"{corpus.name}-{engine}-w{workers}-added.log", fresh=False,
                                        extra=(added,))
        print(f"  {corpus.name} {engine} ×{workers} re-run, one article added: "
              f"{rerun['one_added']['wall_s']:.1f} s", file=sys.stderr)
    results = {}
    for config, attempts in runs.items():
        best = min(attempts, key=lambda r: r["wall_s"])
        results[config] = {**best, "walls_s": [r["wall_s"] for r in attempts],
                           "maxrss_mib": max(r["maxrss_mib"] for r in attempts),
                           "tree_rss_mib": max((r["tree_rss_mib"] or 0 for r in attempts), default=0) or None,
                           "hashes": hashes[config]}
        if rerun and list(config) == rerun["config"]:
            results[config]["rerun"] = rerun
        if not keep:
            remove_build(build_dir(*config))  # a 1 GB build's outputs should not pile up
    return results


# --- the reference: jieba ---------------------------------------------------------------------


JIEBA_SCRIPT = r"""
import json, sys, time
from pipeline.ingest import decode_input
try:
    from pipeline.ingest import iter_inputs as inputs
except ImportError:  # before streaming discovery
    from pipeline.ingest import discover_inputs as inputs
import jieba
jieba.setLogLevel(60)
jieba.initialize()  # the dictionary is loaded before the clock starts, as the pipeline's is
seconds, chars, n = 0.0, 0, 0
for item in inputs([sys.argv[1]]):
    text = decode_input(item).text
    if text is None:
        continue
    started = time.perf_counter()
    jieba.lcut(text)  # precise mode (cut_all=False), HMM on: jieba's defaults
    seconds += time.perf_counter() - started
    chars += len(text)
    n += 1
print(json.dumps({"seconds": seconds, "chars": chars, "articles": n}))
"""


def time_jieba(corpus: Path) -> dict:
    """jieba precise-mode tokenisation of the corpus's decoded text, in a subprocess on one core.

    The same text the pipeline reads (decoded by the pipeline's own ingest), timed around
    `jieba.lcut` alone: decoding and the dictionary load are left out, which favours jieba.
    """
    proc = subprocess.run([sys.executable, "-c", JIEBA_SCRIPT, str(corpus)], cwd=SRC,
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --- stages in-process -------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def __call__(self, stage: str, fn, *args, **kwargs):
        started = time.perf_counter()
        value = fn(*args, **kwargs)
        self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - started
        return value


def time_stages(corpus: Path, sample_mb: float) -> dict:
    started = time.perf_counter()
    from pipeline import __version__
    from pipeline.article import extract_from_text, parse_date, process_article
    from pipeline.assemble import stream_tables
    from pipeline.clean import clean_text
    from pipeline.ingest import discover_inputs, decode_input
    from pipeline.measures import extract_measures
    from pipeline.policies import extract_policies
    from pipeline.write import write_streamed
    from pipeline.zones import find_zones
    import pipeline
    assert Path(pipeline.__file__).is_relative_to(SRC), f"measuring {pipeline.__file__}, not the snapshot"
    # What every worker process pays before its first article: imports, OpenCC and jieba
    # dictionaries, compiled patterns.
    extract_from_text((ROOT / "seeds" / sorted(os.listdir(ROOT / "seeds"))[0]).read_text(encoding="utf-8"))
    # jieba's dictionary is loaded at the first line junction a word may span, which that seed
    # may not have: loaded here, it is not counted as cleaning's (a third of a 2 MB sample's).
    from pipeline.clean import jieba_segmenter
    jieba_segmenter()
    startup_s = time.perf_counter() - started

    clock = Clock()
    items = clock("read + hash (discover_inputs)", discover_inputs, [corpus])
    corpus_bytes = sum(len(i.raw) for i in items)
    step = max(1, round(corpus_bytes / (sample_mb * MB)))
    sample = items[::step]
    sample_bytes = sum(len(i.raw) for i in sample)

    for item in sample:
        decoded = clock("decode", decode_input, item)
        if decoded.text is None:
            continue
        cleaned = clock("clean", clean_text, decoded.text, published_date=parse_date(decoded.date))
        if not cleaned.text.strip():
            continue
        text = cleaned.text
        zones = clock("zones", find_zones, text, cleaned.headlines, cleaned.title_end)
        clock("measures (numbers + measures)", extract_measures, text, zones, article_date=cleaned.published_date,
              headlines=cleaned.headlines, has_missing_digits=cleaned.has_missing_digits)
        clock("policies", extract_policies, text, zones, has_missing_digits=cleaned.has_missing_digits)

    # The same articles through the whole per-article function, to check that the stages
    # above add up to it.
    clock("process_article (all of the above but read)", lambda: [process_article(i) for i in sample])

    # What the build process itself does with the results (validate, spill, write, report)
    # is timed on the whole corpus (articles processed untimed, on every core): it runs
    # beside the workers, and its write and report after them.
    import tempfile

    import pipeline.report as reporting
    from pipeline.engine import run
    from pipeline.spill import BucketPlan
    results = run(items, engine="local", workers=os.cpu_count() or 1)
    plan = BucketPlan.for_inputs(((i.source_path, i.source_name) for i in items), corpus_bytes)
    render = reporting.render_report_from_parquet
    reporting.render_report_from_parquet = lambda *a, **k: clock("  of which report.html", render, *a, **k)
    out = OUT / "stage-write"
    try:
        with tempfile.TemporaryDirectory(dir=OUT) as spill:
            tables = clock("validate + spill (stream_tables)", stream_tables, results, plan, spill)
            clock("write (Parquet, codebook, report)", write_streamed, tables, out, __version__)
    finally:
        reporting.render_report_from_parquet = render
    remove_build(out)
    return {"startup_s": startup_s, "corpus_bytes": corpus_bytes, "corpus_articles": len(items),
            "sample_bytes": sample_bytes, "sample_articles": len(sample), "seconds": clock.seconds,
            "n_measures": tables.n_rows("measures"), "n_zones": len(tables.zones),
            "n_summary_rows": tables.n_zone_summary}


# --- report ----------------------------------------------------------------------------------


def _label(engine: str, workers: int) -> str:
    return f"{engine} ×{workers}"


def header(code: dict, repeats: int) -> list[str]:
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return [
        f"Measured {dt.date.today().isoformat()} on {platform.node() or 'this machine'}: {os.cpu_count()} CPUs, "
        f"{_memory_gib()} RAM, Python {platform.python_version()}, {platform.system()} {platform.release()}"
        + (f"; load average at the start {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (1 / 5 / 15 min)"
           if load else "") + ".",
        f"Code: commit {code['commit']}"
        + (f" with uncommitted changes to {', '.join(code['dirty'])}" if code["dirty"] else "")
        + f" (pipeline/ + schemas/ fingerprint {code['fingerprint']}, copied to {SRC.name} at the start).",
        f"Builds: wall clock, best of {repeats}.",
        "",
    ]


def corpus_line(manifest: dict) -> str:
    return (f"Corpus: {manifest['bytes'] / MB:.1f} MB, {manifest['articles']} articles "
            f"(seed {manifest['seed']}; by format: "
            + ", ".join(f"{k} {v}" for k, v in sorted(manifest["articles_by_format"].items())) + ").")


def summary_markdown(per_size: list[dict]) -> list[str]:
    """One line per corpus size and configuration: the figures the issue asks for."""
    lines = ["### Summary", "",
             "| corpus MB | engine | workers | wall s | MB/s | articles/s | ×1 → ×N speed-up | "
             "jieba s (same text) | pipeline / jieba | peak RSS largest process MiB | peak RSS all processes MiB |",
             "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for entry in per_size:
        manifest, builds, jieba = entry["manifest"], entry["builds"], entry["jieba"]
        mb = manifest["bytes"] / MB
        for (engine, workers), r in builds.items():
            base = builds.get((engine, 1))
            speedup = f"{base['wall_s'] / r['wall_s']:.2f}" if base else "–"
            ratio = f"{r['wall_s'] / jieba['seconds']:.2f}" if jieba else "–"
            tree = f"{r['tree_rss_mib']:.0f}" if r["tree_rss_mib"] else "–"
            lines.append(f"| {mb:.3g} | {engine} | {workers} | {r['wall_s']:.1f} | {mb / r['wall_s']:.2f} | "
                         f"{manifest['articles'] / r['wall_s']:.0f} | {speedup} | "
                         f"{jieba['seconds']:.1f} | {ratio} | {r['maxrss_mib']:.0f} | {tree} |" if jieba else
                         f"| {mb:.3g} | {engine} | {workers} | {r['wall_s']:.1f} | {mb / r['wall_s']:.2f} | "
                         f"{manifest['articles'] / r['wall_s']:.0f} | {speedup} | – | – | "
                         f"{r['maxrss_mib']:.0f} | {tree} |")
    lines += ["", "pipeline / jieba: the build's whole wall time (start-up, reading, every stage, writing) "
              "over jieba's precise-mode `lcut` time on the decoded text of the same corpus, one core. "
              "The issue's target for one worker is ≤ 0.35.", ""]
    return lines


def builds_markdown(manifest: dict, builds: dict, skipped: list[str], repeats: int) -> list[str]:
    lines = [f"## {manifest['mb']:g} MB", "", corpus_line(manifest), ""]
    if builds:
        base = builds.get(("local", 1))
        lines += [f"### Full builds (`python -m pipeline build`, wall clock, best of {repeats})", "",
                  "| engine | workers | wall s | MB/s | articles/s | speed-up vs local ×1 | CPU s | "
                  "peak RSS, largest process (MiB) | peak RSS, all processes (MiB) |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for (engine, workers), r in builds.items():
            speedup = f"{base['wall_s'] / r['wall_s']:.2f}" if base else "–"
            tree = f"{r['tree_rss_mib']:.0f}" if r["tree_rss_mib"] else "–"
            lines.append(
                f"| {engine} | {workers} | {r['wall_s']:.1f} | {manifest['bytes'] / MB / r['wall_s']:.2f} | "
                f"{manifest['articles'] / r['wall_s']:.0f} | {speedup} | {r['cpu_s']:.0f} | "
                f"{r['maxrss_mib']:.0f} | {tree} |")
        lines += ["", "All runs (s): " + "; ".join(
            f"{_label(*c)} " + ", ".join(f"{w:.1f}" for w in r["walls_s"]) for c, r in builds.items()), ""]
    for note in skipped:
        lines += [f"Skipped: {note}", ""]
    for (engine, workers), r in builds.items():
        if "rerun" in r:
            again = r["rerun"]
            lines += [f"Re-run of {_label(engine, workers)} over the unchanged corpus (the output is up to date): "
                      f"{again['wall_s']:.1f} s = {100 * again['wall_s'] / r['wall_s']:.0f} % of the full build; "
                      f"Parquet {'byte-identical' if again['hashes_same'] else '**DIFFERENT**'}.", ""]
            if "one_added" in again:
                added = again["one_added"]
                lines += [f"Re-run with one article added (every table made again, the other articles from the "
                          f"results cache): {added['wall_s']:.1f} s = {100 * added['wall_s'] / r['wall_s']:.0f} % "
                          "of the full build.", ""]

    if builds:
        configs = list(builds)
        files = sorted({name for r in builds.values() for name in r["hashes"]})
        lines += ["### Are the outputs byte-identical? (sha256 of each Parquet file, first 12 hex)", "",
                  "| file | " + " | ".join(_label(*c) for c in configs) + " | identical |",
                  "|---|" + "---|" * len(configs) + "---|"]
        all_same = True
        for name in files:
            digests = [builds[c]["hashes"].get(name, "missing") for c in configs]
            same = len(set(digests)) == 1
            all_same &= same
            lines.append(f"| {name} | " + " | ".join(d[:12] for d in digests) + f" | {'yes' if same else '**NO**'} |")
        lines += ["", f"**{'All Parquet files are byte-identical across ' + ', '.join(_label(*c) for c in configs) if all_same else 'Outputs DIFFER between configurations'}.**", ""]
    return lines


def stages_markdown(stages: dict, started: float) -> str:
    lines: list[str] = []
    s = stages
    seconds = s["seconds"]
    per_article = ["decode", "clean", "zones", "measures (numbers + measures)", "policies"]
    total = sum(seconds[k] for k in per_article)
    lines += [f"### Stages, in this process on one core "
              f"(per-article stages on every k-th article, {s['sample_bytes'] / MB:.2f} MB, {s['sample_articles']} articles"
              f"; validate, spill and write on the whole corpus)", "",
              "| stage | s | MB/s | articles/s | share of per-article time |", "|---|---:|---:|---:|---:|"]
    read = seconds["read + hash (discover_inputs)"]
    lines.append(f"| read + hash (discover_inputs), whole corpus | {read:.2f} | {s['corpus_bytes'] / MB / read:.0f} | "
                 f"{s['corpus_articles'] / read:.0f} | – |")
    for stage in per_article:
        t = seconds.get(stage, 0.0)
        lines.append(f"| {stage} | {t:.2f} | {s['sample_bytes'] / MB / t:.2f} | {s['sample_articles'] / t:.0f} | "
                     f"{100 * t / total:.0f} % |")
    lines.append(f"| *sum of the five* | {total:.2f} | {s['sample_bytes'] / MB / total:.2f} | "
                 f"{s['sample_articles'] / total:.0f} | 100 % |")
    pa = seconds["process_article (all of the above but read)"]
    lines.append(f"| process_article (the same, as the engine calls it) | {pa:.2f} | {s['sample_bytes'] / MB / pa:.2f} | "
                 f"{s['sample_articles'] / pa:.0f} | – |")
    for stage in ("validate + spill (stream_tables)", "write (Parquet, codebook, report)", "  of which report.html"):
        t = seconds[stage]
        label = stage.replace("  of which", "… of which")
        lines.append(f"| {label}, whole corpus | {t:.2f} | {s['corpus_bytes'] / MB / t:.2f} | "
                     f"{s['corpus_articles'] / t:.0f} | – |")
    lines += ["", f"Whole corpus: {s['n_measures']} measures, {s['n_zones']} zones, "
              f"{s['n_summary_rows']} zone summary rows."]
    lines += ["", f"Start-up per process (imports, OpenCC and jieba dictionaries, first article): "
              f"{s['startup_s']:.1f} s.", "",
              f"Whole benchmark: {time.perf_counter() - started:.0f} s.", ""]
    return "\n".join(lines)


def _memory_gib() -> str:
    try:
        return f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB"
    except (ValueError, OSError):
        return "? GiB"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", type=float, nargs="+", default=[10, 100],
                   help="corpus sizes in MB (default: 10 100)")
    p.add_argument("--gb", action="store_true", help="add a 1000 MB corpus (about an hour per configuration)")
    p.add_argument("--seed", type=int, default=7, help="corpus seed (default 7)")
    p.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts (default: 1 2)")
    p.add_argument("--engines", nargs="+", choices=["local", "dask"], default=["local"],
                   help="engines (default: local; add dask to compare it)")
    p.add_argument("--repeats", type=int, default=1, help="runs per configuration; the best counts (default 1)")
    p.add_argument("--sample-mb", type=float, default=2, help="size of the in-process stage sample (default 2)")
    p.add_argument("--skip-builds", action="store_true", help="only the in-process stage timings")
    p.add_argument("--skip-jieba", action="store_true", help="leave out the jieba reference")
    p.add_argument("--keep", action="store_true", help="keep the build outputs in bench/out/build-*")
    args = p.parse_args(argv)
    started = time.perf_counter()
    OUT.mkdir(parents=True, exist_ok=True)
    code = snapshot_code()
    sys.path.insert(0, str(SRC))
    sizes = list(dict.fromkeys(args.sizes + ([1000.0] if args.gb else [])))

    skipped = []
    engines = list(dict.fromkeys(args.engines))
    if "dask" in engines and importlib.util.find_spec("dask") is None:
        engines.remove("dask")
        skipped.append("dask is not importable in this environment (pip install 'dask[distributed]').")
    configs = [(engine, workers) for engine in engines for workers in dict.fromkeys(args.workers)]
    per_size = []
    for mb in sizes:
        corpus, manifest = ensure_corpus(mb, args.seed)
        jieba_runs: list[dict] | None = None if args.skip_jieba else []
        builds = {} if args.skip_builds else run_builds(corpus, configs, args.repeats, args.keep, jieba_runs)
        if jieba_runs is not None and not jieba_runs:  # no builds: the reference alone
            jieba_runs.append(time_jieba(corpus))
        jieba = None
        if jieba_runs:
            jieba = {**min(jieba_runs, key=lambda j: j["seconds"]), "runs_s": [j["seconds"] for j in jieba_runs]}
        per_size.append({"mb": mb, "corpus": corpus, "manifest": manifest, "builds": builds, "jieba": jieba})
    # Stages in-process on the smallest corpus: per-article stages scale with MB, and the
    # in-process run holds the whole corpus, which the builds above no longer do.
    stages = time_stages(per_size[0]["corpus"], args.sample_mb)

    lines = header(code, args.repeats) + summary_markdown(per_size)
    for entry in per_size:
        lines += builds_markdown(entry["manifest"], entry["builds"], skipped, args.repeats)
        if entry["jieba"]:
            j = entry["jieba"]
            runs = "; ".join(f"{x:.1f}" for x in j["runs_s"])
            lines += [f"jieba precise mode on the same decoded text: {j['seconds']:.1f} s for {j['chars']:,} "
                      f"characters of {j['articles']} articles "
                      f"({entry['manifest']['bytes'] / MB / j['seconds']:.2f} MB of input per s); "
                      f"best of {len(j['runs_s'])}, one after each round of builds (s): {runs}.", ""]
    report = "\n".join(lines) + "\n" + stages_markdown(stages, started)
    print(report)
    (OUT / "results.md").write_text(report, encoding="utf-8")
    (OUT / "results.json").write_text(json.dumps({
        "date": dt.date.today().isoformat(), "code": code, "stages": stages, "skipped": skipped,
        "sizes": [{"mb": e["mb"], "manifest": e["manifest"], "jieba": e["jieba"],
                   "builds": [{"engine": en, "workers": w, **r} for (en, w), r in e["builds"].items()]}
                  for e in per_size],
    }, indent=1, ensure_ascii=False), encoding="utf-8")
    shutil.rmtree(SRC, ignore_errors=True)
    different = [e["mb"] for e in per_size
                 if len({json.dumps(r["hashes"], sort_keys=True) for r in e["builds"].values()}) > 1]
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
