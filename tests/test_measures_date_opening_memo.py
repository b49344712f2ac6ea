"""`date_opening` remembers its answer per sentence of the text it read last (a dozen date readers
ask it for the same sentence). The remembered answer must be the one `_date_opening` reads from
the text, at every sentence of the seeds and field articles and of generated texts, whatever
texts were asked about before (another text, an equal text that is another object)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from pipeline import measures as M
from pipeline.document import Document

from .conftest import SEED_AND_FIELD_ARTICLES, cleaned_document, sentence_spans


def _sentences(text: str) -> list[tuple[int, int]]:
    return sentence_spans(Document(text), text)


def _check(text: str, other: str = "再看2020年：2020年3月10日，复工率达到90%。") -> None:
    sentences = _sentences(text)
    plain = [M._date_opening(text, s) for s in sentences]
    assert [M.date_opening(text, s) for s in sentences] == plain, text[:80]
    assert [M.date_opening(text, s) for s in reversed(sentences)] == plain[::-1]  # asked again: remembered
    for s in _sentences(other):
        M.date_opening(other, s)  # another text read in between
    copy = "".join(list(text))  # equal, but another object: read afresh
    assert [M.date_opening(copy, s) for s in sentences] == plain


@pytest.mark.parametrize("path", SEED_AND_FIELD_ARTICLES[::2], ids=lambda p: p.stem)
def test_remembered_openings_are_the_read_ones_on_articles(path):
    text, _ = cleaned_document(path)
    _check(getattr(text, "text", text))


WRITTEN = [
    "据统计，3月20日，全区复工率达到95%。区管委会负责人介绍，3月20日，规上企业全部复工。",
    "再看2020年：2020年3月10日，复工率为60%。作为对比，2020年2月底，复工率为30%。",
    "同期，全区新增减税降费1.2亿元。同日，全市发放贷款3亿元。",
]


@pytest.mark.parametrize("text", WRITTEN)
def test_remembered_openings_are_the_read_ones_on_written_cases(text):
    _check(text)


def test_an_opening_is_read_once_per_sentence_of_a_text(monkeypatch):
    text = WRITTEN[0]
    sentences = _sentences(text)
    calls = []
    read = M._date_opening
    monkeypatch.setattr(M, "_date_opening", lambda t, s: calls.append(s) or read(t, s))
    M.date_opening("另一篇。", (0, 3))  # another text read last
    for _ in range(3):
        for s in sentences:
            M.date_opening(text, s)
    assert calls == [(0, 3), *sentences]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["据统计", "再看", "2020年", "3月10日", "2月底", "作为对比", "：", "，", "。", "；",
                                 "【近期走势】", "同期", "同日", "复工率", "达到", "90%", "100万元", "去年", "区管委会",
                                 "负责人介绍", "“", "”", "\n", "企业"]), max_size=24))
def test_remembered_openings_are_the_read_ones_on_generated_text(pieces):
    _check("".join(pieces))
