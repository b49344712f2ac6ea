"""The gazetteer writings OpenCC's t2s misses, kept in the temporary directory: what a process
reads there is what it would derive, and a file derived from other names or other OpenCC
dictionaries, or a damaged one, is derived again (and written anew)."""
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
