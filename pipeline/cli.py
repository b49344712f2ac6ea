"""`python -m pipeline build PATH... --out DIR` and `python -m pipeline eval --gold FILE --data DIR`."""
from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
import time

from . import __version__


class UserError(Exception):
    """A mistake in the command line: one line on stderr, exit status 2, no traceback."""


class Terminated(KeyboardInterrupt):
    """SIGTERM, handled like Ctrl-C: workers killed, previous output left as it was."""


def _raise_terminated(signum, frame):
    raise Terminated()


def _check_build_args(args: argparse.Namespace) -> None:
    """Refuse, before any work, what would otherwise fail late or destroy data."""
    from .write import OutputError, check_output_path

    for path in args.paths:
        if not os.path.exists(path):
            raise UserError(f"no such file or directory: {path}")
    try:
        check_output_path(args.out)
    except OutputError as exc:
        raise UserError(str(exc)) from None


def _build(args: argparse.Namespace) -> int:
    from .write import OutputError, output_lock

    _check_build_args(args)
    if threading.current_thread() is threading.main_thread():  # signal handlers live there only
        signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        with output_lock(args.out):
            return _build_locked(args)
    except OutputError as exc:  # another build holds the output, or it became unusable
        raise UserError(str(exc)) from None


def _build_locked(args: argparse.Namespace) -> int:
    from .assemble import assemble
    from .engine import run
    from .ingest import discover_inputs
    from .write import has_output, write_outputs

    started = time.monotonic()
    items = discover_inputs(args.paths, max_bytes=args.max_bytes)
    results = run(items, engine=args.engine, scheduler=args.scheduler, workers=args.workers,
                  time_budget=args.time_budget)
    tables = assemble(results)
    articles = tables["articles"]
    n_ok = int((articles["status"] == "ok").sum())
    if n_ok == 0 and not args.allow_empty and has_output(args.out):
        for row in articles.itertuples():
            print(f"  rejected {row.source_path}: {row.error}", file=sys.stderr)
        print(f"error: none of the {len(articles)} inputs could be processed, so the build in {args.out} "
              "was kept as it was (pass --allow-empty to replace it anyway)", file=sys.stderr)
        return 1
    write_outputs(tables, args.out, __version__)
    print(
        f"{len(articles)} articles: {n_ok} ok, {len(articles) - n_ok} rejected; "
        f"{len(tables['measures'])} measures, {len(tables['quarantine'])} quarantined; "
        f"{len(tables['policies'])} policies; {len(tables['zones'])} zones "
        f"-> {args.out} ({time.monotonic() - started:.1f} s)"
    )
    for row in articles[articles["status"] == "rejected"].itertuples():
        print(f"  rejected {row.source_path}: {row.error}", file=sys.stderr)
    return 0


def _eval(args: argparse.Namespace) -> int:
    from .evaluate import main as evaluate_main
    return evaluate_main(args.gold, args.data, args.gold_policies, as_json=args.format)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__)
    p.add_argument("--version", action="version", version=__version__)
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build articles into the Parquet dataset")
    b.add_argument("paths", nargs="+", help="files or directories of articles (.txt .html .htm .jsonl)")
    b.add_argument("--out", default="data", help="output directory (default: data)")
    b.add_argument("--engine", choices=["local", "dask"], default="local")
    b.add_argument("--scheduler", default=None, help="Dask scheduler address (engine dask)")
    b.add_argument("--workers", type=int, default=None, help="worker processes (default: CPU count)")
    b.add_argument("--max-bytes", type=int, default=5_000_000, help="reject an article (a file, or a jsonl line) larger than this")
    b.add_argument("--time-budget", type=float, default=30.0, help="seconds allowed per article")
    b.add_argument("--allow-empty", action="store_true",
                   help="replace an existing build even when no input could be processed")
    b.set_defaults(func=_build)

    e = sub.add_parser("eval", help="score a build against gold files (SPEC §7)")
    e.add_argument("--gold", required=True, help="gold measures (jsonl)")
    e.add_argument("--data", default="data", help="build directory")
    e.add_argument("--gold-policies", default=None, help="gold policies (default: <gold>_policies.jsonl)")
    e.add_argument("--format", choices=["json", "table"], default=None,
                   help="output format (default: table on a terminal, JSON otherwise)")
    e.set_defaults(func=_eval)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt as exc:  # Ctrl-C or SIGTERM: one line, not a traceback
        why = "terminated" if isinstance(exc, Terminated) else "interrupted"
        kept = f"; {args.out} was left as it was" if getattr(args, "out", None) else ""
        print(f"{why}: the build stopped{kept}", file=sys.stderr)
        return 143 if isinstance(exc, Terminated) else 130
