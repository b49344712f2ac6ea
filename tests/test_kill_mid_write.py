"""A build killed while writing leaves the previous data/ whole and readable (SPEC §3)."""
from __future__ import annotations

import hashlib
import signal
import subprocess
import sys
import textwrap

import pandas as pd

from .conftest import ROOT, SEEDS, run_build

# Runs a real build in a child process whose pyarrow writer dies (SIGKILL, no cleanup)
# half-way through the third Parquet file.
_DIE_MID_WRITE = textwrap.dedent("""
    import os, signal, sys
    import pyarrow.parquet as pq
    real = pq.write_table
    calls = []
    def dying(table, where, **options):
        calls.append(1)
        if len(calls) == 3:
            where.write(b"PAR1 half a file")
            where.flush()
            os.kill(os.getpid(), signal.SIGKILL)
        return real(table, where, **options)
    pq.write_table = dying
    from pipeline.cli import main
    sys.exit(main(["build", sys.argv[1], "--out", sys.argv[2]]))
""")


def _digests(out):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.glob("*.parquet"))}


def test_killed_build_leaves_previous_output_readable(tmp_path):
    out = tmp_path / "data"
    assert run_build(SEEDS, out).returncode == 0
    before = _digests(out)

    # The second build reads other inputs, so its files would differ from the first's.
    other = tmp_path / "other"
    other.mkdir()
    (other / "one.txt").write_text("苏州高新区累计为企业减免租金1200万元，复工率达到95%。", encoding="utf-8")
    killed = subprocess.run([sys.executable, "-c", _DIE_MID_WRITE, str(other), str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert killed.returncode == -signal.SIGKILL

    assert _digests(out) == before
    for name in before:
        assert len(pd.read_parquet(out / name).columns) > 0
    assert pd.read_parquet(out / "articles.parquet")["source_name"].str.startswith("00").all()

    # The next build cleans up what the killed one left behind and completes.
    assert any(p.name.startswith(".") for p in out.iterdir())
    assert run_build(other, out).returncode == 0
    assert not any(".tmp-" in p.name for p in out.iterdir())
    assert pd.read_parquet(out / "articles.parquet")["source_name"].tolist() == ["one"]
