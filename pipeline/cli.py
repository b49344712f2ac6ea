"""`python -m pipeline build PATH... --out DIR` and `python -m pipeline eval --gold FILE --data DIR`."""
from __future__ import annotations

import argparse
import sys
import time

from . import __version__


def _build(args: argparse.Namespace) -> int:
    from .assemble import assemble
    from .engine import run
    from .ingest import discover_inputs
    from .write import write_outputs

    started = time.monotonic()
    items = discover_inputs(args.paths, max_bytes=args.max_bytes)
    results = run(items, engine=args.engine, scheduler=args.scheduler, workers=args.workers,
                  time_budget=args.time_budget)
    tables = assemble(results)
    write_outputs(tables, args.out, __version__)
    articles = tables["articles"]
    n_ok = int((articles["status"] == "ok").sum())
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
    b.add_argument("--max-bytes", type=int, default=5_000_000, help="reject files larger than this")
    b.add_argument("--time-budget", type=float, default=30.0, help="seconds allowed per article")
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
    return args.func(args)
