"""Fast paths give what the slow definitions give (issue 10: speed without changing a byte)."""
import pytest

from pipeline import ingest


def test_the_common_characters_file_holds_what_its_definition_derives():
    assert ingest.common_cjk_chars() == ingest.common_cjk_chars_derived()


@pytest.mark.parametrize("text", ["无控制字符的正文\n第二行", "a\x00b\x0bc\x85d\u2028e\x7ff\tg", "\ufeff开头\r\n结尾\r"])
def test_control_characters_go_as_the_table_says(text):
    once = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    assert ingest.without_control_chars(text) == once.translate(ingest._CONTROL_CHAR_TABLE)
