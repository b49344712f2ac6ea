"""Checks that need a rare pattern to match before a figure first ask whether the text writes it
anywhere at all (`_written`, once per article): a text that writes none of it answers False for
every figure without a lookup. Each check must answer what it answers without that question, at
every figure of the seeds and field articles, in written cases and in generated texts."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from pipeline import measures as M
from pipeline.document import Document
from pipeline.numbers import find_numbers

from .conftest import SEED_AND_FIELD_ARTICLES, cleaned_document

# The patterns asked through `_written`: none may read past its match.
WRITTEN_PATTERNS = [M._SEEK_WORD, M._QUOTED_PROPOSAL_OPEN, M._OUTCOME_WORD, M._SAID_BEFORE,
                    M._BRACKETED_YEAR_ANYWHERE, M._MAY_GET_WORD]


def _answers(text: str, plain: bool = False) -> list:
    """Every prefiltered check's answer at every figure of `text`; `plain`: without the prefilters."""
    geo = Document(text)
    r = M.ArticleCues(text, geo, find_numbers(text))
    r.article_date = dt.date(2020, 6, 30)
    if plain:
        # _in_firm_speech's shortcut reads this first; held True, it reads on as it did (its last
        # test asks for a first-person word in the sentence, which a text without one lacks)
        r.first_person_anywhere = True
    out = []
    for num in r.numbers:
        sentence = r.figure_sentence(num)
        clause = r.own_clause(num)
        out.append((num.start,
                    M._won_still_sought(r, clause, num),
                    M._in_quoted_proposal(r, num, sentence),
                    M._said_before(r, num, clause, sentence),
                    M._bracketed_earlier_year_level(r, num),
                    M._may_get_before(r, clause, num.start),
                    M._in_worked_example_part(r, sentence, num.start),
                    M._in_firm_speech(r, num, clause, sentence)))
    return out


def _check(text: str) -> int:
    fast = _answers(text)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(M, "_written", lambda r, pattern: True)  # the plain checks: every figure looked up
        plain = _answers(text, plain=True)
    assert fast == plain, text[:80]
    return sum(any(row[1:]) for row in plain)


def test_written_patterns_read_nothing_past_their_match():
    for pattern in WRITTEN_PATTERNS:
        assert not M._sees_past_its_match(pattern), pattern.pattern[:40]
    # the clause pattern _said_before skips with _SAID_BEFORE is that pattern tied to the clause's end
    assert M._SAID_BEFORE_CLAUSE.pattern == M._SAID_BEFORE.pattern + "$"
    assert M._BRACKETED_YEAR_ANYWHERE.pattern + "$" == M._BRACKETED_YEAR.pattern
    with pytest.raises(ValueError):
        M._without_end_anchor(M._SAID_BEFORE)
    text = "企业补贴100万元"
    r = M.ArticleCues(text, Document(text), find_numbers(text))
    with pytest.raises(ValueError):
        M._written(r, M.re.compile("补贴(?=100)"))  # a lookahead may hold at a span's end only


@pytest.mark.parametrize("path", SEED_AND_FIELD_ARTICLES[::3], ids=lambda p: p.stem)
def test_prefiltered_checks_answer_as_the_plain_ones_on_articles(path):
    text, _ = cleaned_document(path)
    _check(getattr(text, "text", text))


WRITTEN = [
    "下一步，将积极争取人民银行再贷款10亿元，争取上级资金500万元。",
    "关于“设立1亿元纾困基金”的建议，已收悉。",
    "刚才介绍，复工率已超过九成；前面讲到的每人500元一次性用工补贴已发放。",
    "纾困资金6000万元（2019年为4500万元），贷款3亿元（2018年全年为2亿元、1亿元）。",
    "中小企业可享受的红利超过1亿元，企业可获得补贴300万元，1.5万家企业可享受补贴5.6亿元。",
    "举例而言，一家企业有员工100人，可获得补助120万元，就能节省成本30万元；假设某企业可领取补贴5万元。",
    "某公司负责人表示，员工到岗率已达90%。厂长说：“我们已有职工320人返岗，产能恢复到80%”。",
    "某公司负责人表示，员工到岗率已达90%。",
]


@pytest.mark.parametrize("text", WRITTEN)
def test_prefiltered_checks_answer_as_the_plain_ones_on_written_cases(text):
    _check(text)


def test_written_cases_hold_figures_the_checks_catch():
    assert sum(_check(text) for text in WRITTEN) >= 5  # the cases reach past every prefilter


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(["争取", "将积极", "关于", "“", "”", "刚才", "介绍", "（", "2019年", "为", "可享受",
                                 "可获得", "的", "就能", "举例而言", "一家企业", "；", "，", "。", "补贴", "资金",
                                 "贷款", "100万元", "3亿元", "85%", "20家", "企业",
                                 "我们", "负责人", "表示", "说：", "公司"]), max_size=24))
def test_prefiltered_checks_answer_as_the_plain_ones_on_generated_text(pieces):
    _check("".join(pieces))
