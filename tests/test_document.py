"""The document model: one geometry of sentences, clauses and paragraphs for every stage."""
from __future__ import annotations

from pipeline.article import measures_of_text
from pipeline.document import Document


def _sentence_text(doc: Document, needle: str) -> str:
    start, end = doc.sentence_of(doc.text.index(needle))
    return doc.text[start:end]


def test_a_lost_character_does_not_end_a_sentence():
    doc = Document("截至3月2日，高新区百?强企业复工率达到95.1%。下一句。")
    assert _sentence_text(doc, "95.1%") == "截至3月2日，高新区百?强企业复工率达到95.1%"


def test_a_question_mark_after_a_question_word_ends_the_sentence():
    doc = Document("企业如何渡过难关?区里出台了十条措施。")
    assert _sentence_text(doc, "十条") == "区里出台了十条措施"


def test_clauses_paragraphs_and_the_clause_before():
    text = "温江区出台措施。\n截至3月5日，规上企业复工率达到98%；返岗员工1.2万人。"
    doc = Document(text)
    pos = text.index("1.2万")
    clause = doc.clause_of(pos)
    assert text[slice(*clause)] == "返岗员工1.2万人"
    sentence = doc.sentence_of(pos)
    assert text[slice(*doc.previous_clause(clause, sentence))] == "规上企业复工率达到98%"
    assert text[slice(*doc.paragraph_of(pos))] == "截至3月5日，规上企业复工率达到98%；返岗员工1.2万人。"
    assert [text[slice(*c)] for c in doc.clauses_in(sentence)] == ["截至3月5日", "规上企业复工率达到98%", "返岗员工1.2万人"]
    assert doc.previous_clause(doc.clause_of(text.index("截至")), doc.sentence_of(text.index("截至"))) is None


def test_a_thousands_separator_does_not_end_a_clause():
    text = "全区已有3,456家企业复工,复工率95%,86家在建"
    doc = Document(text)
    assert [text[slice(*c)] for c in doc.clauses_in(doc.sentence_of(0))] == [
        "全区已有3,456家企业复工", "复工率95%", "86家在建"]


def test_a_lost_character_keeps_the_figure_with_its_date():
    rows = measures_of_text("截至2月18日，洛阳高新区百?强企业复工率达到96.4%。", published_date=None)
    assert [(r["mention"], r["category"]) for r in rows] == [("96.4%", "return_to_work_rate")]
    assert "截至2月18日" in rows[0]["sentence"]


def test_a_lost_character_inside_a_figure_does_not_end_a_sentence():
    for text in ("截至3月2日，园区发放补贴1?80万元，复工率达到95.1%。下一句。",
                 "截至3月2日，园区发放补贴12.3?万元，复工率达到95.1%。下一句。",
                 "截至3月2日，园区返岗率9?%，复工率达到95.1%。下一句。",
                 "截至3月2日，园区返岗人员3?.7万人，复工率达到95.1%。下一句。",
                 "截至3月2日，园区发放补贴1?,200万元，复工率达到95.1%。下一句。"):
        assert _sentence_text(Document(text), "95.1%").startswith("截至3月2日"), text


def test_a_question_ending_on_a_figure_still_ends_the_sentence():
    doc = Document("复工率能否达到90?园区出台了十条措施。")
    assert _sentence_text(doc, "十条") == "园区出台了十条措施"


def test_a_figure_with_a_lost_digit_is_a_row_without_a_value():
    rows = measures_of_text("截至3月2日，廈門火炬高新區發放穩崗補貼1?80萬元，協調銀行新增授信45億元。", published_date=None)
    assert [(r["mention"], r["value"], r["is_value_missing"]) for r in rows] == [
        ("1?80万元", None, True), ("45亿元", 4.5e9, False)]
    assert all("截至3月2日" in r["sentence"] for r in rows)


def test_words_that_pair_values_in_order():
    from pipeline.document import find_respectively
    text = "员工依次进入厂区，甲区、乙区复工率依次为98%、96%，丙区、丁区分别为95%、94%。"
    first = find_respectively(text)
    assert text[first:first + 3] == "依次为"  # not 依次进入: one after the other pairs nothing
    assert text[find_respectively(text, first + 2):].startswith("分别")
    assert find_respectively(text, 0, first) == -1
