"""The gazetteer writings OpenCC's t2s misses, kept in the temporary directory: what a process
reads there is what it would derive, and a file derived from other names or other OpenCC
dictionaries, or a damaged one, is derived again (and written anew).
They are keyed by the code deriving them too: a checkout (or a test) whose derivation differs does
not read a table another derivation wrote, though the names, OpenCC and the file's format are the
same (the file is shared by every checkout on the machine)."""
import inspect

import pytest

from pipeline import clean, jieba_cache
from pipeline.gazetteer import written_names


@pytest.fixture
def kept_at(tmp_path, monkeypatch):
    path = str(tmp_path / "misses.cache")
    monkeypatch.setattr(clean, "_t2s_misses_cache_path", lambda: path)
    clean._names_t2s_misses.cache_clear()
    yield path
    clean._names_t2s_misses.cache_clear()


def _read(path, source):
    return jieba_cache.read_own_fields(path, source, 1, version=clean._T2S_MISSES_FORMAT)


def _derived():
    return clean._names_t2s_misses_derived(sorted(written_names()))


def test_the_kept_misses_are_the_derived_ones(kept_at):
    first = clean._names_t2s_misses()  # derived, then written
    assert first == _derived() and "乾安县" in first
    clean._names_t2s_misses.cache_clear()
    assert _read(kept_at, clean._t2s_misses_source(sorted(written_names()))) is not None
    assert clean._names_t2s_misses() == first  # read


def test_misses_kept_for_other_names_or_dictionaries_are_not_read(kept_at):
    names = sorted(written_names())
    source = clean._t2s_misses_source(names)
    other_names = clean._t2s_misses_source(names[1:])
    digest, code, version, share, files = source
    other_files = (digest, code, version, share, files[:-1] + ((files[-1][0], files[-1][1] + 1, files[-1][2]),))
    for other in (other_names, other_files):
        jieba_cache.write_atomically(kept_at, (clean._T2S_MISSES_FORMAT, other, {"乾安县": "假"}))
        clean._names_t2s_misses.cache_clear()
        assert clean._names_t2s_misses() == _derived()
    with open(kept_at, "wb") as fh:
        fh.write(b"\x00damaged")
    clean._names_t2s_misses.cache_clear()
    assert clean._names_t2s_misses() == _derived()
    assert _read(kept_at, source) == (_derived(),)  # written anew


def _other_derivation(names):
    """A derivation as a checkout might change it (its length filter dropped): another table."""
    return {"乾安县": "另一个"}


def test_a_changed_derivation_does_not_read_the_kept_table(kept_at, monkeypatch):
    ours = clean._names_t2s_misses()  # derived by this code, then written
    assert "乾安县" in ours
    monkeypatch.setattr(clean, "_names_t2s_misses_derived", _other_derivation)
    clean._names_t2s_misses.cache_clear()
    assert clean._names_t2s_misses() == _other_derivation([])  # derived, not read
    monkeypatch.undo()
    monkeypatch.setattr(clean, "_t2s_misses_cache_path", lambda: kept_at)
    clean._names_t2s_misses.cache_clear()
    assert clean._names_t2s_misses() == ours  # the other derivation's table is not read either


def test_an_edited_source_file_changes_the_key(kept_at, monkeypatch):
    names = sorted(written_names())
    source = clean._t2s_misses_source(names)
    monkeypatch.setattr(clean, "_t2s_misses_code", lambda: "another edit of pipeline/clean.py")
    assert clean._t2s_misses_source(names) != source
    jieba_cache.write_atomically(kept_at, (clean._T2S_MISSES_FORMAT, source, {"乾安县": "旧"}))
    clean._names_t2s_misses.cache_clear()
    assert clean._names_t2s_misses() == clean._names_t2s_misses_derived(names)


def test_the_key_digests_the_files_holding_the_derivation():
    # What the digest reads holds the derivation's code as it runs: an edit of it changes the key.
    for function in map(inspect.unwrap, (clean._names_t2s_misses_derived, clean._converter)):
        with open(inspect.getsourcefile(function), encoding="utf-8") as fh:
            assert inspect.getsource(function) in fh.read()
        assert inspect.getsourcefile(function) == clean.__file__
    assert clean._t2s_misses_code() in clean._t2s_misses_source(sorted(written_names()))


def test_a_derivation_without_source_is_derived_and_not_kept(kept_at, monkeypatch):
    monkeypatch.setattr(clean, "_converter", type("NoCode", (), {"__call__": lambda self, c: None})())
    assert clean._t2s_misses_source(sorted(written_names())) is None
