"""A document's sentence and clause ends are the ends its definitions give (issue 10).

`Document` finds its sentence and clause ends by str.find, character by character, where one
scan of their class found them: compared with the ends its definitions give (the sentence ends
weighed one by one, the clause marks of `_CLAUSE_END` and the sentence ends) on the same texts.
"""
from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.document import _CLAUSE_END, Document

from .conftest import SEED_AND_FIELD_ARTICLES

ARTICLES = SEED_AND_FIELD_ARTICLES


# --- a document's sentence and clause ends --------------------------------------------------

def _assert_ends_as_defined(text: str) -> None:
    doc = Document(text)
    assert doc._line_ends == [i for i, ch in enumerate(text) if ch == "\n"] + [len(text)]
    assert doc._sentence_ends == doc._weighed_sentence_ends_one_by_one(), text[:40]
    marks = {m.start() for m in _CLAUSE_END.finditer(text)} | set(doc._sentence_ends[:-1])
    assert doc._clause_ends == sorted(marks) + [len(text)], text[:40]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_the_ends_of_the_articles_are_found_as_defined(path):
    _assert_ends_as_defined(path.read_text(encoding="utf-8", errors="replace"))


@pytest.mark.parametrize("text", [
    "", "甲", "。", "\n", "，", "甲。乙，丙：丁；戊！己？庚!辛\n壬,癸:子;丑", "。。，，\n\n！！",
    "补贴3万元，增长5%。\n百?强企业如何?发展??\n", "首句。\r\n次句，", "无标点的一段话",
    ",123", "1,234,567家,89", "12,3456,789,1,000.5", "95%,860家",
    "发放贷款5亿元 减免租金2000万元", "复工率98%  返岗率九成", "98% 12", "万元 减免", "3个 园区", " 甲", "5元 ",
])
def test_the_ends_of_texts_of_our_own_wording_are_found_as_defined(text):
    _assert_ends_as_defined(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="甲吗如何。！？!?\n，,：:；;12 %元万", max_size=30))
def test_the_ends_of_generated_texts_are_found_as_defined(text):
    _assert_ends_as_defined(text)
