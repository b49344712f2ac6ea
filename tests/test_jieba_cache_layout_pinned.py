"""jieba_cache's two files are keyed by a format number, not by the code that writes them (a
digest of jieba_cache.py in the key would rebuild jieba's tables, 1.3 s, in every process of
checkouts whose copies differ in any line). So the number must be bumped with any change of the
code writing or reading a layout: this pins each layout's code to its number, and fails on an
edit of that code until the number is bumped and the digest below updated with it."""
import hashlib
import inspect

from pipeline import jieba_cache


def _digest(*functions) -> str:
    return hashlib.sha256("".join(inspect.getsource(f) for f in functions).encode()).hexdigest()[:16]


# (format, digest of the code writing and reading that layout): update both together.
DICTIONARY_LAYOUT = (1, "fcb6f6d5b5ce25ae")
TAGS_LAYOUT = (2, "3130529730a864de")


def test_the_dictionary_layout_code_goes_with_its_format():
    code = _digest(jieba_cache._write, jieba_cache._read, jieba_cache._own_fields, jieba_cache._dump_atomically)
    assert (jieba_cache._FORMAT, code) == DICTIONARY_LAYOUT, \
        "the fast dictionary's code changed: bump jieba_cache._FORMAT and update DICTIONARY_LAYOUT"


def test_the_tags_layout_code_goes_with_its_format():
    code = _digest(jieba_cache._write_tags, jieba_cache._read_tags, jieba_cache.GroupedTagTable,
                   jieba_cache._own_fields, jieba_cache._dump_atomically)
    assert (jieba_cache._TAGS_FORMAT, code) == TAGS_LAYOUT, \
        "the tag table's code changed: bump jieba_cache._TAGS_FORMAT and update TAGS_LAYOUT"
