"""jieba's prefix dictionary loaded in a third of the time jieba's own cache takes.

jieba keeps its dictionary (every word with its frequency, every prefix of a word with 0) as a
marshalled dict in its temp directory, `jieba.cache`; loading it costs each worker about half
a second, most of it decoding half a million short strings one by one. The same dict written
as one string of keys and one array of frequencies loads in a tenth of a second: one decode,
one split, one dict built from two lists.

What this loads is what jieba would load itself, and nothing else: the file is written from
the very dictionary jieba loaded, and names the file jieba loaded it from (its path, size and
modification time). It is used only while that file is still the one jieba would read, only
for jieba's default dictionary, and only before jieba is initialised: words added at run time
(`add_word`, `load_userdict`, `del_word`) initialise jieba first, so they are never lost, and
added after this load they go into the loaded dictionary as into jieba's own. Anything else
(another dictionary, a file that cannot be read or written) leaves the loading to jieba.
tests/test_jieba_cache.py compares the dictionaries and the segmentations, added words too.

The part-of-speech tags of `jieba.posseg` (word -> tag, for a few of zones.py's lookups) are kept
the same way: posseg parses dict.txt line by line on import, about 0.8 s a process.
"""
from __future__ import annotations

import array
import contextlib
import marshal
import os
import tempfile
from collections.abc import Mapping

_FORMAT = 1  # bumped when the layout below changes
_FREQUENCIES = "q"  # array type code of the frequencies (int64)


def jieba_source(tokenizer) -> tuple | None:
    """(path, size, mtime_ns) of the file `tokenizer.initialize()` would read its dictionary
    from now: jieba's cache where it exists (read whatever its age for the default dictionary),
    else the packaged dict.txt. None for a dictionary other than jieba's default."""
    import jieba
    if tokenizer.dictionary != jieba.DEFAULT_DICT:
        return None
    cache = os.path.join(tokenizer.tmp_dir or tempfile.gettempdir(), tokenizer.cache_file or "jieba.cache")
    path = cache if os.path.isfile(cache) else os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME)
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return os.path.abspath(path), stat.st_size, stat.st_mtime_ns


def fast_cache_path(tokenizer) -> str:
    """Where the dictionary is kept in the fast layout: beside jieba's own cache."""
    import jieba
    return os.path.join(tokenizer.tmp_dir or tempfile.gettempdir(), f"zone-measures-jieba-{jieba.__version__}.cache")


def initialize(tokenizer) -> None:
    """Initialise `tokenizer` (jieba's default one): from the fast cache when it was written
    from the file jieba would read now, else by jieba, writing the fast cache afterwards."""
    with tokenizer.lock:
        if tokenizer.initialized:
            return  # initialised already (by jieba, or for a word added): nothing to replace
        source = jieba_source(tokenizer)
        loaded = _read(fast_cache_path(tokenizer), source) if source is not None else None
        if loaded is not None:
            tokenizer.FREQ, tokenizer.total = loaded
            tokenizer.initialized = True
            return
        tokenizer.initialize()
        # The dictionary as just loaded, before any word can be added; the source as jieba
        # left it (it writes its cache when it built the dictionary from dict.txt).
        source = jieba_source(tokenizer)
        if source is not None:
            _write(fast_cache_path(tokenizer), source, tokenizer.FREQ, tokenizer.total)


def _read(path: str, source: tuple) -> tuple[dict[str, int], int] | None:
    """(FREQ, total) from the fast cache at `path` when it was written from `source` (and by
    this user: the temp directory may be shared, and a file another wrote is not read)."""
    fields = _own_fields(path, source, 3)
    if fields is None:
        return None
    total, keys, frequencies = fields
    counts = array.array(_FREQUENCIES)
    counts.frombytes(frequencies)
    words = keys.split("\n")
    if len(words) != len(counts):
        return None
    return dict(zip(words, counts.tolist())), total


def _write(path: str, source: tuple, freq: dict[str, int], total: int) -> None:
    """Write `freq` and `total` in the fast layout, atomically; skipped (jieba loads as it
    always did) when a key holds a newline, a frequency does not fit, or the file cannot be written."""
    if any("\n" in word for word in freq):
        return
    try:
        counts = array.array(_FREQUENCIES, freq.values())
    except OverflowError:
        return
    _dump_atomically(path, (_FORMAT, source, total, "\n".join(freq), counts.tobytes()))


def _own_fields(path: str, source: tuple, n: int, *, version: int = _FORMAT) -> tuple | None:
    """The `n` fields after the format and the source of the marshalled tuple at `path`, when it
    is of this format, was written from `source` and by this user (the temp directory may be
    shared, and a file another wrote is not read); None otherwise or when it cannot be read."""
    try:
        with open(path, "rb") as fh:
            if hasattr(os, "getuid") and os.fstat(fh.fileno()).st_uid != os.getuid():
                return None
            # One read and `loads`: `load` from the file reads it object by object, which
            # cost the tag table's 24,000 strings five times the decoding itself.
            loaded = marshal.loads(fh.read())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(loaded, tuple) or len(loaded) != n + 2 or loaded[0] != version \
            or tuple(loaded[1]) != source:
        return None
    return loaded[2:]


def _dump_atomically(path: str, payload: tuple) -> None:
    """Marshal `payload` to `path` through a temporary file and one rename: workers starting
    together each write a whole file. Nothing is written when the directory cannot be."""
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".zone-measures-jieba-")
        with os.fdopen(fd, "wb") as fh:
            marshal.dump(payload, fh)
        os.replace(tmp, path)
    except OSError:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


# --- jieba's part-of-speech tags --------------------------------------------------------------
# `jieba.posseg` parses the whole of dict.txt line by line when it is imported (about 0.8 s per
# process), for a table of word -> tag that zones.py looks up for a few words. The same table
# is kept in groups of words by their first character, each group its words and their tags as
# UTF-8 bytes: loading it reads the bytes and builds only the groups' index, and a group is
# decoded and split into a dict when a word of it is first looked up (a dict of all 350,000 words,
# decoded all, cost each process 0.15 s for a few hundred look-ups; this costs a tenth of it). Only for jieba's default dictionary, read from the packaged dict.txt as
# posseg reads it; anything else (another dictionary, a file that cannot be read or written)
# leaves the loading to posseg.

_TAGS_FORMAT = 2  # of the tag file: bumped when its layout changes (1: one dict of all words)


def _packaged_dictionary() -> tuple | None:
    """(path, size, mtime_ns) of the dict.txt posseg would read its tags from, when jieba's
    default tokenizer has its default dictionary; else None. The path with its symbolic links
    resolved: checkouts sharing one environment through a link share one table."""
    import jieba
    if jieba.dt.dictionary != jieba.DEFAULT_DICT:
        return None
    path = os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME)
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return os.path.realpath(path), stat.st_size, stat.st_mtime_ns


def fast_tags_path() -> str:
    """Where the tag table is kept: beside jieba's own cache."""
    import jieba
    return os.path.join(jieba.dt.tmp_dir or tempfile.gettempdir(), f"zone-measures-jieba-tags-{jieba.__version__}.cache")


def tag_table() -> Mapping[str, str]:
    """jieba.posseg's word -> tag table for the default dictionary, from the fast copy when it
    was written from the dict.txt posseg reads now, else from posseg (writing the copy)."""
    source = _packaged_dictionary()
    if source is not None:
        loaded = _read_tags(fast_tags_path(), source)
        if loaded is not None:
            return loaded
    from jieba import posseg
    table = posseg.dt.word_tag_tab
    if source is not None and _packaged_dictionary() == source:
        _write_tags(fast_tags_path(), source, table)
    return table


class GroupedTagTable(Mapping):
    """posseg's word -> tag table, read from groups of words by first character: a group is
    split into a dict at its first look-up. As a dict for `get`, `in`, `len` and equality."""

    def __init__(self, groups: dict[str, tuple[bytes, bytes]], size: int):
        self._groups = groups  # first character -> (its words joined by "\n", their tags so), UTF-8
        self._split: dict[str, dict[str, str]] = {}
        self._size = size

    def _group(self, first: str) -> dict[str, str]:
        group = self._split.get(first)
        if group is None:
            words, tags = self._groups.get(first, (b"", b""))
            group = dict(zip(words.decode().split("\n"), tags.decode().split("\n"))) if words else {}
            self._split[first] = group
        return group

    def get(self, word, default=None):
        return self._group(word[:1]).get(word, default)

    def __contains__(self, word) -> bool:
        return isinstance(word, str) and word in self._group(word[:1])

    def __getitem__(self, word: str) -> str:
        return self._group(word[:1])[word]

    def __iter__(self):
        for first in self._groups:
            yield from self._group(first)

    def __len__(self) -> int:
        return self._size


def _read_tags(path: str, source: tuple) -> GroupedTagTable | None:
    fields = _own_fields(path, source, 3, version=_TAGS_FORMAT)
    if fields is None:
        return None
    size, groups = fields[1], fields[2]
    if fields[0] != "groups" or not isinstance(groups, dict) or not isinstance(size, int):
        return None
    return GroupedTagTable(groups, size)


def _write_tags(path: str, source: tuple, table: dict[str, str]) -> None:
    if any("\n" in word or "\n" in tag or not word for word, tag in table.items()):
        return
    grouped: dict[str, tuple[list[str], list[str]]] = {}
    for word, tag in table.items():
        words, tags = grouped.setdefault(word[0], ([], []))
        words.append(word)
        tags.append(tag)
    try:
        groups = {first: ("\n".join(words).encode(), "\n".join(tags).encode()) for first, (words, tags) in grouped.items()}
    except UnicodeEncodeError:  # a lone surrogate: posseg's table is used as it is
        return
    _dump_atomically(path, (_TAGS_FORMAT, source, "groups", len(table), groups))


# --- the same for other tables derived at start-up ------------------------------------------------
# (clean's gazetteer names that OpenCC's t2s writes otherwise: deriving them loads its s2t converter;
# clean keys them with its own format and the digest of the code deriving them)
read_own_fields = _own_fields
write_atomically = _dump_atomically
