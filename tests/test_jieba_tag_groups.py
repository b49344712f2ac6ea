"""The part-of-speech table kept in groups of words by first character answers as the dict it
was written from: `get`, `in`, `[]`, `len`, iteration and equality, for words it holds and
words it does not."""
import pytest

from pipeline import jieba_cache

TABLE = {"企业": "n", "企业家": "n", "复工": "v", "复": "v", "区": "n", "发展": "vn", "恢复": "v", "a": "eng", "乾安县": "ns"}
SOURCE = ("/nowhere/dict.txt", 1, 2)


@pytest.fixture
def grouped(tmp_path):
    path = str(tmp_path / "tags.cache")
    jieba_cache._write_tags(path, SOURCE, TABLE)
    table = jieba_cache._read_tags(path, SOURCE)
    assert isinstance(table, jieba_cache.GroupedTagTable)
    return table


def test_the_grouped_table_answers_as_the_dict(grouped):
    for word in list(TABLE) + ["企", "业", "复工率", "", "b", "乾"]:
        assert grouped.get(word) == TABLE.get(word)
        assert grouped.get(word, "x") == TABLE.get(word, "x")
        assert (word in grouped) == (word in TABLE)
        if word in TABLE:
            assert grouped[word] == TABLE[word]
        else:
            with pytest.raises(KeyError):
                grouped[word]
    assert len(grouped) == len(TABLE) and grouped == TABLE and dict(grouped) == TABLE


def test_a_table_from_another_source_or_layout_is_not_read(tmp_path):
    path = str(tmp_path / "tags.cache")
    jieba_cache._write_tags(path, SOURCE, TABLE)
    assert jieba_cache._read_tags(path, ("/nowhere/dict.txt", 1, 3)) is None
    jieba_cache._dump_atomically(path, (1, SOURCE, "企业", "n"))  # the layout before the groups
    assert jieba_cache._read_tags(path, SOURCE) is None


def test_a_word_that_cannot_be_written_leaves_the_table_unwritten(tmp_path):
    path = str(tmp_path / "tags.cache")
    jieba_cache._write_tags(path, SOURCE, {**TABLE, "\ud800": "x"})
    assert jieba_cache._read_tags(path, SOURCE) is None
