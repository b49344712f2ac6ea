"""The `zone-measures` command (also `python -m pipeline`): build, eval, report, export.

Promise: a user's mistake (a gold file that is missing, malformed or lacks fields, a
build directory that holds no build) ends with one line saying what to do and exit
status 2, never a traceback. A build shows its progress — a bar on a terminal, a plain
line every few seconds in a log — and closes with a summary: articles ok and rejected,
measures per category, zones, seconds, MB/s, and where the report and codebook are.
"""
from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from . import __version__

EXAMPLES = """\
examples:
  zone-measures build seeds --out data
      build the five seed articles into data/ (Parquet, codebook.md, report.html)
  zone-measures build archive/ extra.jsonl --out data --workers 4
      a directory and a file of articles, four worker processes
  zone-measures eval --gold evaluation/gold/seeds.jsonl --data data
      score the build against a gold file (a table on a terminal, JSON otherwise)
  zone-measures report --data data
      write data/report.html again from the Parquet files
  zone-measures export --data data --format csv,dta,sqlite
      CSV (UTF-8 with BOM, for Excel), Stata .dta with labels, one SQLite file

`python -m pipeline ...` is the same command. Column meanings: data/codebook.md.
"""

LOG_EVERY_SECONDS = 10.0   # plain progress lines when the output is not a terminal
GOLD_FIELDS = ("article", "category", "unit", "value")   # SPEC §7: what a match compares
GOLD_POLICY_FIELDS = ("article", "title")
EXPORT_FORMATS = ("csv", "dta", "sqlite")


class UserError(Exception):
    """A mistake the user can fix: reported as one line, exit status 2, no traceback."""


# --------------------------------------------------------------------------- progress


class BuildProgress:
    """Progress of the per-article stage: a tqdm bar on a terminal, else a log line every
    LOG_EVERY_SECONDS (and at the end), so CI logs show a long build is alive."""

    def __init__(self, sizes: Sequence[int], stream=None, quiet: bool = False,
                 log_every: float = LOG_EVERY_SECONDS) -> None:
        self.sizes = list(sizes)
        self.stream = stream if stream is not None else sys.stderr
        self.quiet = quiet
        self.log_every = log_every
        self.done = 0
        self.done_bytes = 0
        self.started = time.monotonic()
        self.last_log = self.started
        self.bar = None
        if not quiet and _is_terminal(self.stream) and self.sizes:
            from tqdm import tqdm

            self.bar = tqdm(total=len(self.sizes), unit="article", desc="articles", file=self.stream,
                            dynamic_ncols=True, mininterval=0.2, leave=False)

    def _rate(self) -> float:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        return self.done_bytes / 1e6 / elapsed

    def line(self) -> str:
        total = len(self.sizes)
        share = 100.0 * self.done / total if total else 100.0
        return (f"zone-measures: {self.done:,}/{total:,} articles ({share:.0f}%), "
                f"{_mb_per_s(self._rate())}, {time.monotonic() - self.started:.1f} s")

    def advance(self, _result: object = None) -> None:
        if self.done < len(self.sizes):
            self.done_bytes += self.sizes[self.done]
        self.done += 1
        if self.quiet:
            return
        if self.bar is not None:
            self.bar.update(1)
            self.bar.set_postfix_str(_mb_per_s(self._rate()), refresh=False)
        elif time.monotonic() - self.last_log >= self.log_every:
            self.last_log = time.monotonic()
            print(self.line(), file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        if not self.quiet:
            print(self.line(), file=self.stream, flush=True)


def _mb_per_s(rate: float) -> str:
    return f"{rate:.3g} MB/s"  # three digits: 0.00472 for the seeds, 1.25 for an archive


def _megabytes(n_bytes: int) -> str:
    """Three significant digits, never in exponent form (`:.3g` wrote 1 GB as 1e+03)."""
    mb = n_bytes / 1e6
    return f"{mb:,.0f}" if mb >= 100 else f"{mb:.3g}"


def _is_terminal(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _say(message: str, quiet: bool = False) -> None:
    if not quiet:
        print(f"zone-measures: {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- build


def build_summary(tables, out: Path, seconds: float, n_bytes: int) -> str:
    """The closing lines of a build (`tables`: pipeline.assemble.StreamedTables, written):
    what was built, how fast, where to look next."""
    import schemas

    counts = tables.category_counts
    per_category = ", ".join(f"{c} {counts[c]}" for c in schemas.CATEGORIES if counts.get(c))
    n_articles, n_measures = tables.n_articles, tables.n_rows("measures")
    rate = n_bytes / 1e6 / max(seconds, 1e-9)
    lines = [
        f"Built {out}/ from {n_articles:,} articles ({_megabytes(n_bytes)} MB) in {seconds:.1f} s, {_mb_per_s(rate)}",
        f"  articles  {tables.n_ok:,} ok, {n_articles - tables.n_ok:,} rejected",
        f"  measures  {n_measures:,}" + (f": {per_category}" if per_category else "")
        + f"; {len(tables.quarantine):,} quarantined; {tables.n_without_zone:,} without a zone",
        f"  zones     {len(tables.zones):,} ({tables.n_zone_summary or 0:,} with measures); "
        f"policies {tables.n_rows('policies'):,}",
        f"  report    {out / 'report.html'}",
        f"  codebook  {out / 'codebook.md'}",
        f"  next      zone-measures export --data {out}   (CSV, Stata, SQLite)",
    ]
    return "\n".join(lines)


def output_dir_problem(out: str | Path) -> str | None:
    """Why a build cannot write to `out` (a file is in the way), or None."""
    out = Path(out)
    blocker = next((p for p in (out, *out.parents) if p.exists()), None)
    if blocker is not None and not blocker.is_dir():
        return f"output directory {out} cannot be made: {blocker} is a file; choose another --out"
    return None


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C: workers killed, previous output left as it was."""


def _raise_terminated(signum, frame):
    raise Terminated()


def _check_build_args(args: argparse.Namespace) -> None:
    """Refuse, before any work, what would otherwise fail late or destroy data."""
    from .output_dir import OutputError, check_output_path

    for path in args.paths:
        if not os.path.exists(path):
            raise UserError(f"no such file or directory: {path}")
    try:
        check_output_path(args.out)
    except OutputError as exc:
        raise UserError(str(exc)) from None


def _build(args: argparse.Namespace) -> int:
    from .output_dir import OutputError, output_lock

    _check_build_args(args)
    if threading.current_thread() is threading.main_thread():  # signal handlers live there only
        signal.signal(signal.SIGTERM, _raise_terminated)
        # Ctrl-C stops a build even when it was started with SIGINT ignored (a process that
        # inherited SIG_IGN never gets Python's handler, and would run on to the end).
        signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with output_lock(args.out):
            return _build_locked(args)
    except OutputError as exc:  # another build holds the output, or it became unusable
        raise UserError(str(exc)) from None


def _build_locked(args: argparse.Namespace) -> int:
    from .cache import ResultCache
    from .output_dir import cache_path

    problem = _input_in_output(args.paths, args.out) or output_dir_problem(args.out)
    if problem:
        raise UserError(problem)
    started = time.monotonic()
    # Results of an earlier build of the same inputs by the same code and resources are reused.
    cache = None if args.no_cache else ResultCache(cache_path(args.out), args.time_budget)
    try:
        return _build_with_cache(args, cache, started)
    finally:
        if cache is not None:
            cache.close()


def _input_in_output(paths: list[str], out: str) -> str | None:
    """`build data --out data`: the build would read its own report as an article and replace
    the dataset with what it found there. An input directory holding the output is fine: the
    walk does not enter the output (scan_inputs' skip_dir)."""
    out_dir = Path(out).resolve()
    for path in paths:
        if Path(path).resolve().is_relative_to(out_dir):
            return (f"the input {path} is the output directory {out} or inside it: a build replaces {out}, "
                    f"so its own files would be read as articles; choose another --out")
    return None


@contextlib.contextmanager
def _cyclic_collector_paused():
    """The cyclic garbage collector off for the block (back to what it was after it): for the
    imports of the stages, pandas and pyarrow, which make hundreds of thousands of objects that
    live as long as the process and little garbage. The collector walked them about 260 times
    (two of them full collections), 0.12 s of every build's start-up; the collection before the
    first article (`engine.freeze_start_up_objects`) takes what garbage they left, 0.03 s more."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build_with_cache(args: argparse.Namespace, cache, started: float) -> int:
    """The build: scan the inputs; nothing more when the output is up to date, else process,
    spill, write and record it. `cache` (a ResultCache or None) is closed by the caller.
    The list of inputs lives in this frame alone, so that it is gone before the tables are
    written: at 1 GB of news (92,000 articles) it is about 40 MB. What only processing and
    writing need (pandas, pyarrow, the stages) is imported once the output is found to be
    out of date: a re-run of an unchanged build does not pay for it."""
    from .cache import is_transient, up_to_date
    from .ingest import input_size, scan_inputs
    from .output_dir import cache_path, current_build, has_output, spill_directory

    # Paths and ids only: each article's bytes are read again where it is processed.
    items = scan_inputs(args.paths, max_bytes=args.max_bytes, skip_dir=args.out)
    sizes = [input_size(item) for item in items]
    n_items, n_bytes = len(items), sum(sizes)
    _say(f"{n_items:,} inputs ({_megabytes(n_bytes)} MB) from {', '.join(map(str, args.paths))}", args.quiet)
    build_key = None if cache is None else cache.build_key(items, __version__)
    recorded = None if cache is None else cache.last_build(build_key)
    if up_to_date(recorded, current_build(args.out)):
        # Same inputs, code, resources and version, and the output is still that build's files.
        summary = recorded["summary"]
        print(f"{args.out}/ is up to date: it holds the build of these {n_items:,} inputs by this code and "
              f"these resources, file for file (checked in {time.monotonic() - started:.1f} s); nothing to do\n"
              + summary, flush=True)
        return 0
    with _cyclic_collector_paused():
        from .assemble import stream_tables
        from .engine import iter_with_cache
        from .memory import return_freed_memory, use_the_system_allocator
        from .spill import BucketPlan
        from .write import write_streamed

    use_the_system_allocator()  # before the first Arrow buffer of the build
    # How the big tables are split on disk: from the inputs alone, so every engine writes the same bytes.
    plan = BucketPlan.for_inputs(((item.source_path, item.source_name) for item in items), n_bytes)
    progress = BuildProgress(sizes, quiet=args.quiet)
    with spill_directory(args.out) as spill:
        # Results become validated rows as they come, a chunk at a time, spilled to disk.
        results = iter_with_cache(items, cache, engine=args.engine, scheduler=args.scheduler, workers=args.workers,
                                  time_budget=args.time_budget, on_result=progress.advance)
        try:
            tables = stream_tables(results, plan, spill)
        finally:
            results.close()
        progress.close()
        del items, sizes, results, progress
        return_freed_memory()  # the inputs' list and the processing's leftovers, before the write
        if cache is not None and cache.hits:
            _say(f"{cache.hits:,} of {n_items:,} articles unchanged since the last build: taken from "
                 f"{cache_path(args.out)}", args.quiet)
        if tables.n_ok == 0 and not args.allow_empty and has_output(args.out):
            for path, error in tables.rejected:
                print(f"  rejected {path}: {error}", file=sys.stderr)
            print(f"{parser().prog}: error: none of the {tables.n_articles} inputs could be processed, so the build "
                  f"in {args.out} was kept as it was (pass --allow-empty to replace it anyway)", file=sys.stderr)
            return 1
        _say(f"writing tables, codebook and report to {args.out}/", args.quiet)
        write_streamed(tables, args.out, __version__)
    summary = build_summary(tables, Path(args.out), time.monotonic() - started, n_bytes)
    # A build with a rejection of the moment (a timeout, an unreadable file) is not recorded:
    # asked again, it must try those inputs again.
    if cache is not None and not any(is_transient(error) for _, error in tables.rejected):
        cache.record_build(build_key, current_build(args.out), "\n".join(summary.splitlines()[1:]))
    print(summary, flush=True)
    for path, error in tables.rejected:
        print(f"  rejected {path}: {error}", file=sys.stderr)
    return 0


# --------------------------------------------------------------------------- eval


def gold_file_problem(path: str | Path, required: Sequence[str]) -> str | None:
    """Why a gold file cannot be scored (missing, unreadable, not JSON lines, rows without
    the fields a match needs, no rows), in the user's terms; None when it can."""
    path = Path(path)
    if not path.exists():
        return f"gold file {path} does not exist"
    if path.is_dir():
        return f"gold file {path} is a directory; give the .jsonl file"
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError:
        return f"gold file {path} is not UTF-8 text; it should hold one JSON object per line"
    except OSError as exc:
        return f"gold file {path} cannot be read: {exc.strerror or exc}"
    n_rows = 0
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            return f"gold file {path}, line {number}: not valid JSON ({exc.msg}, column {exc.colno})"
        if not isinstance(row, dict):
            return f"gold file {path}, line {number}: a row must be a JSON object, not {type(row).__name__}"
        missing = [field for field in required if field not in row]
        if missing:
            return (f"gold file {path}, line {number}: missing field(s) {', '.join(missing)} "
                    f"(every row needs {', '.join(required)})")
        n_rows += 1
    if not n_rows:
        return f"gold file {path} holds no rows"
    return None


def build_dir_problem(data: str | Path, needed: Sequence[str] = ("articles", "measures")) -> str | None:
    """Why `data` holds no build to read, or None."""
    data = Path(data)
    if not data.exists():
        return f"build directory {data} does not exist: run `zone-measures build PATH --out {data}` first"
    if not data.is_dir():
        return f"{data} is a file, not a build directory"
    missing = [f"{name}.parquet" for name in needed if not (data / f"{name}.parquet").is_file()]
    if missing:
        return (f"{data} holds no build ({', '.join(missing)} missing): "
                f"run `zone-measures build PATH --out {data}` first")
    return None


def _eval(args: argparse.Namespace) -> int:
    from .evaluate import main as evaluate_main

    problem = gold_file_problem(args.gold, GOLD_FIELDS)
    if problem is None and args.gold_policies is not None:
        problem = gold_file_problem(args.gold_policies, GOLD_POLICY_FIELDS)
    if problem is None and args.gold_policies is None:
        beside = Path(args.gold).with_name(f"{Path(args.gold).stem}_policies.jsonl")
        if beside.exists():  # evaluate reads it by default: check it the same way
            problem = gold_file_problem(beside, GOLD_POLICY_FIELDS)
    problem = problem or build_dir_problem(args.data)
    if problem:
        raise UserError(problem)
    return evaluate_main(args.gold, args.data, args.gold_policies, as_json=args.format)


# --------------------------------------------------------------------------- report, export


def _report(args: argparse.Namespace) -> int:
    import duckdb

    from .provenance import read_file_metadata
    from .report import render_report_from_parquet
    from .write import write_text

    problem = build_dir_problem(args.data, ("articles", "measures", "zones", "zone_summary", "policies"))
    if problem:
        raise UserError(problem)
    target = Path(args.out) if args.out else Path(args.data) / "report.html"
    if target.is_dir():
        raise UserError(f"{target} is a directory; give the report's file name, e.g. {target / 'report.html'}")
    # From the Parquet files, never the whole tables: the memory does not grow with the build.
    try:
        origin = read_file_metadata(Path(args.data) / "articles.parquet")
        version = origin.get("zone_measures_version", __version__)
        page = render_report_from_parquet(args.data, version, origin)
    except (ValueError, OSError, duckdb.Error) as exc:  # written by another version, or damaged
        raise UserError(f"cannot read the build in {args.data}: {exc}; build it again with this version") from exc
    path = write_text(page, target.name, target.parent)
    print(f"report: {path}")
    return 0


def _read_build_or_explain(data: str | Path):
    from .export import read_build

    try:
        return read_build(data)
    except (ValueError, OSError) as exc:  # written by another version, or damaged
        raise UserError(f"cannot read the build in {data}: {exc}; build it again with this version") from exc


def _positive_int(text: str) -> int:
    """--workers, --max-bytes: a count of at least one (0 workers or a negative size is a mistake)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return value


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text} is not a positive number of seconds")
    return value


def _formats(text: str) -> list[str]:
    formats = [f.strip().lower() for f in text.split(",") if f.strip()]
    unknown = [f for f in formats if f not in EXPORT_FORMATS]
    if unknown or not formats:
        raise argparse.ArgumentTypeError(
            f"unknown format(s) {', '.join(unknown) or '(none)'}: choose from {', '.join(EXPORT_FORMATS)}")
    return formats


def _export(args: argparse.Namespace) -> int:
    from .export import export_build

    problem = build_dir_problem(args.data, ("articles", "measures", "zones", "zone_summary", "policies"))
    if problem:
        raise UserError(problem)
    out = Path(args.out) if args.out else Path(args.data) / "export"
    if out.exists() and not out.is_dir():
        raise UserError(f"export directory {out} is a file; give a directory")
    _read_build_or_explain(args.data)  # a damaged build: one line, not a traceback
    paths = export_build(args.data, out, args.format)
    for path in paths:
        print(f"export: {path}")
    return 0


# --------------------------------------------------------------------------- parser


def _program_name() -> str:
    return "python -m pipeline" if Path(sys.argv[0]).name == "__main__.py" else "zone-measures"


def parser() -> argparse.ArgumentParser:
    formatter = argparse.RawDescriptionHelpFormatter
    p = argparse.ArgumentParser(
        prog=_program_name(),
        description="Per-zone tables of COVID-19 recovery support measures from Chinese news articles, "
        "every value grounded in its exact characters.",
        epilog=EXAMPLES,
        formatter_class=formatter,
    )
    p.add_argument("--version", action="version", version=__version__)
    sub = p.add_subparsers(dest="command", required=True, metavar="{build,eval,report,export}")

    b = sub.add_parser("build", help="build articles into the Parquet dataset", formatter_class=formatter,
                       description="Read articles (.txt in any common encoding, .html/.htm, .jsonl) and write "
                       "the Parquet tables, codebook.md and report.html.",
                       epilog="examples:\n  zone-measures build seeds --out data\n"
                       "  zone-measures build archive/ extra.jsonl --out data --workers 4\n")
    b.add_argument("paths", nargs="+", help="files or directories of articles (.txt .html .htm .jsonl)")
    b.add_argument("--out", default="data", help="output directory (default: data)")
    b.add_argument("--engine", choices=["local", "dask"], default="local")
    b.add_argument("--scheduler", default=None, help="Dask scheduler address (engine dask)")
    b.add_argument("--workers", type=_positive_int, default=None, help="worker processes (default: CPU count)")
    b.add_argument("--max-bytes", type=_positive_int, default=5_000_000, help="reject an article (a file, or a jsonl line) larger than this")
    b.add_argument("--time-budget", type=_positive_seconds, default=30.0, help="seconds allowed per article")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress lines, only the summary")
    b.add_argument("--no-cache", action="store_true",
                   help="process every article again, ignoring and not keeping the results cache "
                        "(.<out>.cache.sqlite beside the output)")
    b.add_argument("--allow-empty", action="store_true",
                   help="replace an existing build even when no input could be processed")
    b.set_defaults(func=_build)

    e = sub.add_parser("eval", help="score a build against gold files (SPEC §7)", formatter_class=formatter,
                       epilog="example:\n  zone-measures eval --gold evaluation/gold/seeds.jsonl --data data\n")
    e.add_argument("--gold", required=True, help="gold measures (jsonl; each row needs "
                   + ", ".join(GOLD_FIELDS) + ")")
    e.add_argument("--data", default="data", help="build directory (default: data)")
    e.add_argument("--gold-policies", default=None, help="gold policies (default: <gold>_policies.jsonl)")
    e.add_argument("--format", choices=["json", "table"], default=None,
                   help="output format (default: table on a terminal, JSON otherwise)")
    e.set_defaults(func=_eval)

    r = sub.add_parser("report", help="write report.html again from a build's Parquet files",
                       formatter_class=formatter,
                       epilog="example:\n  zone-measures report --data data --out /tmp/report.html\n")
    r.add_argument("--data", default="data", help="build directory (default: data)")
    r.add_argument("--out", default=None, help="report file (default: <data>/report.html)")
    r.set_defaults(func=_report)

    x = sub.add_parser("export", help="write the tables as CSV, Stata .dta and SQLite", formatter_class=formatter,
                       description="CSV is UTF-8 with a BOM (Excel opens it as such); .dta files (Stata 14+) carry "
                       "variable labels and value labels from the schemas; the SQLite file holds every table "
                       "plus a `columns` table describing each column.",
                       epilog="example:\n  zone-measures export --data data --out data/export --format csv,dta\n")
    x.add_argument("--data", default="data", help="build directory (default: data)")
    x.add_argument("--out", default=None, help="export directory (default: <data>/export)")
    x.add_argument("--format", type=_formats, default=list(EXPORT_FORMATS),
                   help="comma-separated: csv, dta, sqlite (default: all three)")
    x.set_defaults(func=_export)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except UserError as error:
        print(f"{parser().prog}: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt as exc:  # Ctrl-C or SIGTERM: one line, not a traceback
        why = "terminated" if isinstance(exc, Terminated) else "interrupted"
        kept = f"; {args.out} was left as it was" if getattr(args, "out", None) else ""
        print(f"{parser().prog}: {why}: the build stopped{kept}" if args.func is _build else f"{parser().prog}: {why}",
              file=sys.stderr)
        # Leave at once: the pool's exit hooks would wait on worker threads of killed processes.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(143 if isinstance(exc, Terminated) else 130)
    except BrokenPipeError:  # `zone-measures eval ... | head`: the reader left, nothing is wrong
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
