"""Fast paths give what the slow definitions give (issue 10: speed without changing a byte)."""
import pytest

from pipeline import ingest


def test_the_common_characters_file_holds_what_its_definition_derives():
    assert ingest.common_cjk_chars() == ingest.common_cjk_chars_derived()


@pytest.mark.parametrize("text", ["无控制字符的正文\n第二行", "a\x00b\x0bc\x85d\u2028e\x7ff\tg", "\ufeff开头\r\n结尾\r"])
def test_control_characters_go_as_the_table_says(text):
    once = text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")
    assert ingest.without_control_chars(text) == once.translate(ingest._CONTROL_CHAR_TABLE)


@pytest.mark.parametrize("line", [
    "园区企业复工率达到九成。 王五 赵六", "园区企业复工率达到九成。”钱七", "它说：“好！”孙八 周九 吴十",
    "全县新增就业岗位三百个。本台融媒体中心", "没有句号的一行 郑一", "句号在中间。后面还有话", "。", "",
    "企业复工。 李四\t刘五 ", "问？答！ 陈六",
])
def test_a_trailing_byline_goes_as_the_whole_line_search_removes_it(line):
    from pipeline import clean
    assert clean.without_trailing_byline(line) == clean._TRAILING_BYLINE.sub("", line)


@pytest.mark.parametrize("text", ["１２００万元，同比增长１０％！", "\u3000\u3000正文\u00a0开始\u200b\ufeff", "ＡＢＣ（一）［二］～", "plain ascii"])
def test_width_mapping_is_the_table_s(text):
    from pipeline import clean
    assert clean.normalise_width(text) == text.translate(clean._WIDTH_TABLE)


@pytest.mark.parametrize("text", ["", "一句。\n第二段，有逗号；还有：分号！问?吗\n\n末尾", "没有标点", "。。\n\n"])
def test_span_lookups_give_what_bisection_around_a_position_gives(text):
    from pipeline.document import Document
    doc = Document(text)
    for pos in range(-1, len(text) + 3):
        assert doc.line_of(pos) == doc.paragraph_of(pos) == Document._around(doc._line_ends, pos)
        assert doc.sentence_of(pos) == Document._around(doc._sentence_ends, pos)
        assert doc.clause_of(pos) == Document._around(doc._clause_ends, pos)
