"""`pipeline.pattern_cache`: a pattern made from its kept form is the pattern the engine makes.

A build in a fresh process, whose temporary directory is the test's own, writes the kept forms of
every pattern it compiled through `pattern_cache`; each is then made again and compared with the
engine's: for `re`, by `==` (flags, pattern and code) and groups; for `regex`, whose patterns
compare by identity, by their groups, flags and what they find in the seeds. A file written for
another Python is not read, nor a pickle that is not a `regex` pattern, and a process writes the
file only when it compiled a pattern the file did not hold."""
from __future__ import annotations

import marshal
import os
import pickle
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import regex

from pipeline import pattern_cache

ROOT = Path(__file__).resolve().parents[1]

# Runs in the child: the start-up of a one-worker build over one seed (imports, first article).
BUILD = textwrap.dedent('''
    import sys
    from pathlib import Path
    from pipeline.engine import iter_local
    from pipeline.ingest import discover_inputs
    from pipeline import pattern_cache
    items = discover_inputs([Path(sys.argv[1])])
    results = list(iter_local(items, workers=1))
    assert results and results[0]["article"]["status"] == "ok", results
    print(pattern_cache._path())
''')


def _build_once(tmp_path: Path) -> Path:
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    env = {**os.environ, "TMPDIR": str(tmp_path), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", BUILD, str(seed)], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True)
    path = Path(out.stdout.strip().splitlines()[-1])
    assert path.parent == tmp_path
    return path


def _forms(path: Path) -> dict:
    fmt, source, forms = marshal.loads(path.read_bytes())
    assert fmt == pattern_cache._FORMAT and tuple(source) == pattern_cache._versions()
    return forms


@pytest.fixture(scope="module")
def kept_file(tmp_path_factory) -> Path:
    return _build_once(tmp_path_factory.mktemp("patterns"))


def test_every_kept_re_program_makes_re_compiles_pattern(kept_file):
    programs = {key: form for key, form in _forms(kept_file).items() if key[0] == "re"}
    assert len(programs) > 300  # measures' patterns, numbers' twins, lexicon's scanners and furniture
    for (_, pattern, flags), program in programs.items():
        made, compiled = pattern_cache._made(pattern, program), re.compile(pattern, flags)
        assert made == compiled, pattern[:80]
        assert made.groups == compiled.groups and dict(made.groupindex) == dict(compiled.groupindex)
        assert made.flags == compiled.flags


def test_every_kept_regex_pattern_is_regex_compiles(kept_file):
    kept = {key: form for key, form in _forms(kept_file).items() if key[0] == "regex"}
    assert len(kept) > 100  # lexicon.compiled and short_pattern: numbers' patterns, zones', clean's
    texts = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    for (_, pattern, flags), pickled in kept.items():
        made, compiled = pattern_cache._unpickled(pickled), regex.compile(pattern, flags)
        # Not code for code: `regex` orders the members of a set of words by their hash, which
        # differs from process to process (so each process compiles its own order anyway).
        assert made is not compiled and made.pattern == pattern, pattern[:80]
        assert made.groupindex == compiled.groupindex and made.flags == compiled.flags
        for text in texts:
            assert [m.span() for m in made.finditer(text)] == [m.span() for m in compiled.finditer(text)]


def test_a_second_process_uses_the_kept_forms_and_writes_nothing(kept_file):
    before = kept_file.stat().st_mtime_ns, kept_file.read_bytes()
    assert _build_once(kept_file.parent) == kept_file
    assert (kept_file.stat().st_mtime_ns, kept_file.read_bytes()) == before


@pytest.fixture
def fresh_state(monkeypatch, tmp_path):
    monkeypatch.setattr(pattern_cache, "_kept", None)
    monkeypatch.setattr(pattern_cache, "_new", {})
    monkeypatch.setattr(pattern_cache, "_used", set())
    monkeypatch.setattr(pattern_cache, "_done", False)
    monkeypatch.setattr(pattern_cache, "_path", lambda: str(tmp_path / "patterns.cache"))
    return tmp_path / "patterns.cache"


def test_save_writes_checked_forms_and_done_lets_them_go(fresh_state):
    pattern = "(?P<y>[一-鿿]{2})年|(?P<m>\\d+)月"
    assert pattern_cache.re_compile(pattern) == re.compile(pattern)
    assert pattern_cache.regex_compile(pattern).pattern == pattern
    pattern_cache.save()
    assert set(_forms(fresh_state)) == {("re", pattern, 0), ("regex", pattern, 0)}
    pattern_cache._kept = None  # read again, as the next process does
    assert pattern_cache.re_compile(pattern) == re.compile(pattern)
    assert pattern_cache.regex_compile(pattern).search("2020年3月").span() == (5, 7)
    assert pattern_cache._used == {("re", pattern, 0), ("regex", pattern, 0)} and not pattern_cache._new
    pattern_cache.save(done=True)
    assert pattern_cache._kept == {} and pattern_cache._done
    pattern_cache.re_compile("x+")  # compiled by re alone, remembered for no save
    assert pattern_cache._new == {}


def test_a_file_of_another_python_is_not_read(fresh_state):
    pattern = "[一-鿿]+"
    wrong = pattern_cache._program("b", 0)  # a program that is not this pattern's
    source = ("another Python",) + pattern_cache._versions()[1:]
    fresh_state.write_bytes(marshal.dumps((pattern_cache._FORMAT, source, {("re", pattern, 0): wrong})))
    assert pattern_cache._kept_forms() == {}
    assert pattern_cache.re_compile(pattern) == re.compile(pattern)


def test_a_pickle_of_anything_but_a_regex_pattern_is_not_loaded():
    assert pattern_cache._unpickled(pickle.dumps(regex.compile("a+"))).pattern == "a+"
    assert pattern_cache._unpickled(pickle.dumps(os.getcwd)) is None  # names another callable
    assert pattern_cache._unpickled(pickle.dumps(("a+", 0))) is None  # not a pattern
