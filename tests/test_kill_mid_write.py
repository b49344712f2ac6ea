"""A build killed while writing leaves the previous build whole and readable, and the
tables of one build appear together or not at all (SPEC §3, issue 9 point 6)."""
from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap

import pandas as pd
import pyarrow.parquet as pq
import pytest

import schemas
from pipeline import output_dir, write

from .conftest import ROOT, SEEDS, run_build
from .test_schemas import example_tables

# Runs a real build in a child process whose pyarrow writer dies (SIGKILL, no cleanup)
# half-way through the third Parquet file.
_DIE_MID_WRITE = textwrap.dedent("""
    import os, signal, sys
    import pyarrow.parquet as pq
    real = pq.ParquetWriter.write_table
    calls = []
    def dying(writer, table, row_group_size=None):
        calls.append(1)
        if len(calls) == 3:
            writer.where.write(b"PAR1 half a file")
            writer.where.flush()
            os.kill(os.getpid(), signal.SIGKILL)
        return real(writer, table, row_group_size=row_group_size)
    pq.ParquetWriter.write_table = dying
    from pipeline.cli import main
    sys.exit(main(["build", sys.argv[1], "--out", sys.argv[2]]))
""")


def _digests(out):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.glob("*.parquet"))}


def _builds(out):
    return sorted(p.name for p in (out.parent / f".{out.name}.builds").iterdir())


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
    assert not any(p.name.startswith(".") for p in out.iterdir())  # the half-written build is elsewhere
    # ... beside the current one, with the tables it had spilled while it read
    assert sorted(name.split("-")[0] for name in _builds(out)) == ["build", "build", "spill"]

    # The next build cleans up what the killed one left behind and completes.
    assert run_build(other, out).returncode == 0
    assert len(_builds(out)) == 1
    assert pd.read_parquet(out / "articles.parquet")["source_name"].tolist() == ["one"]


def _versions(out) -> set[str]:
    return {pq.read_schema(out / f"{name}.parquet").metadata[write.VERSION_KEY].decode() for name in schemas.TABLES}


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_kill_at_any_rename_leaves_the_tables_of_one_build(tmp_path):
    """Die (no cleanup) right after the k-th rename of a build, for every k: the output
    then holds all the old build's tables or all the new one's, never a mix."""
    tables = example_tables()
    seen = set()
    for k in range(1, 12):
        out = tmp_path / f"out{k}"
        write.write_outputs(tables, out, "old")
        pid = os.fork()
        if pid == 0:  # the child: a build that dies after its k-th rename
            try:
                real_replace, real_rename, calls = os.replace, os.rename, []

                def dying(real):
                    def call(*args, **kwargs):
                        real(*args, **kwargs)
                        calls.append(1)
                        if len(calls) == k:
                            os._exit(9)
                    return call

                os.replace, os.rename = dying(real_replace), dying(real_rename)
                write.write_outputs(tables, out, "new")
            finally:
                os._exit(0)
        _, status = os.waitpid(pid, 0)
        versions = _versions(out)
        assert versions in ({"old"}, {"new"}), (k, versions)
        seen.add((os.waitstatus_to_exitcode(status), frozenset(versions)))
        if os.waitstatus_to_exitcode(status) == 0:
            break
    assert (9, frozenset({"new"})) in seen  # killed right after the switch: the new build, whole


def test_an_old_plain_output_directory_is_switched_in_one_step(tmp_path):
    out = tmp_path / "data"
    out.mkdir()
    for name in schemas.TABLES:  # what builds before the switch-by-link layout left
        (out / f"{name}.parquet").write_bytes(b"old")
    write.write_outputs(example_tables(), out, "new")
    assert out.is_symlink() and _versions(out) == {"new"}


def test_a_directory_with_other_files_is_never_replaced(tmp_path):
    out = tmp_path / "notes"
    out.mkdir()
    (out / "my_notes.txt").write_text("keep me")
    with pytest.raises(output_dir.OutputError, match="holds files that are not build outputs"):
        write.write_outputs(example_tables(), out, "new")
    assert [p.name for p in out.iterdir()] == ["my_notes.txt"]


def test_a_second_build_on_the_same_output_is_refused(tmp_path):
    out = tmp_path / "data"
    with output_dir.output_lock(out):
        refused = run_build(SEEDS, out)
        # The lock is re-entrant in its own process, so the holder can still write.
        write.write_outputs(example_tables(), out, "mine")
    assert refused.returncode == 2
    assert refused.stderr.strip() == (f"python -m pipeline: error: another build (pid {os.getpid()}) is writing to {out}; "
                                      "wait for it to finish or choose another --out")
    assert _versions(out) == {"mine"}
    assert run_build(SEEDS, out).returncode == 0  # the lock went with its holder
