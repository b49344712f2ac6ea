"""`pipeline.re_programs`: a pattern made from a kept program is the pattern `re.compile` makes.

A build in a fresh process, whose temporary directory is the test's own, writes the programs of
every pattern it compiled through `re_programs`; each is then made again and compared with
`re.compile`'s pattern (`==` compares flags, pattern and code; groups and names besides). A file
written for another Python is not read, and one process writes the file only when it compiled
a pattern the file did not hold."""
from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pipeline import re_programs

ROOT = Path(__file__).resolve().parents[1]

# Runs in the child: the start-up of a one-worker build over one seed (imports, first article).
BUILD = textwrap.dedent('''
    import sys
    from pathlib import Path
    from pipeline.engine import iter_local
    from pipeline.ingest import discover_inputs
    from pipeline import re_programs
    items = discover_inputs([Path(sys.argv[1])])
    results = list(iter_local(items, workers=1))
    assert results and results[0]["article"]["status"] == "ok", results
    print(re_programs._path())
''')


def _build_once(tmp_path: Path) -> Path:
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    env = {**os.environ, "TMPDIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", BUILD, str(seed)], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True)
    path = Path(out.stdout.strip().splitlines()[-1])
    assert path.parent == tmp_path
    return path


def _programs(path: Path) -> dict:
    fmt, source, programs = marshal.loads(path.read_bytes())
    assert fmt == re_programs._FORMAT and tuple(source) == re_programs._python()
    return programs


@pytest.fixture(scope="module")
def kept_file(tmp_path_factory) -> Path:
    return _build_once(tmp_path_factory.mktemp("re-programs"))


def test_every_kept_program_makes_re_compiles_pattern(kept_file):
    programs = _programs(kept_file)
    assert len(programs) > 300  # measures' patterns, numbers' twins, lexicon's scanners and furniture
    for (pattern, flags), program in programs.items():
        made, compiled = re_programs._made(pattern, program), re.compile(pattern, flags)
        assert made == compiled, pattern[:80]
        assert made.groups == compiled.groups and dict(made.groupindex) == dict(compiled.groupindex)
        assert made.flags == compiled.flags


def test_a_second_process_uses_the_programs_and_writes_nothing(kept_file):
    before = kept_file.stat().st_mtime_ns, kept_file.read_bytes()
    assert _build_once(kept_file.parent) == kept_file
    assert (kept_file.stat().st_mtime_ns, kept_file.read_bytes()) == before


@pytest.fixture
def fresh_state(monkeypatch, tmp_path):
    monkeypatch.setattr(re_programs, "_kept", None)
    monkeypatch.setattr(re_programs, "_new", {})
    monkeypatch.setattr(re_programs, "_used", set())
    monkeypatch.setattr(re_programs, "_done", False)
    monkeypatch.setattr(re_programs, "_path", lambda: str(tmp_path / "programs.cache"))
    return tmp_path / "programs.cache"


def test_save_writes_checked_programs_and_done_lets_them_go(fresh_state):
    pattern = "(?P<y>[一-鿿]{2})年|(?P<m>\\d+)月"
    assert re_programs.compile(pattern) == re.compile(pattern)
    re_programs.save()
    assert set(_programs(fresh_state)) == {(pattern, 0)}
    re_programs.save(done=True)
    assert re_programs._kept == {} and re_programs._done
    re_programs.compile("x+")  # compiled by re alone, remembered for no save
    assert re_programs._new == {}


def test_a_file_of_another_python_is_not_read(fresh_state):
    pattern = "[一-鿿]+"
    program = re_programs._program(pattern, 0)
    wrong = re_programs._program("b", 0)  # a program that is not this pattern's
    source = ("another Python",) + re_programs._python()[1:]
    fresh_state.write_bytes(marshal.dumps((re_programs._FORMAT, source, {(pattern, 0): wrong})))
    assert re_programs._kept_programs() == {}
    assert re_programs.compile(pattern) == re.compile(pattern)
    assert program is not None and re_programs._made(pattern, program) == re.compile(pattern)
