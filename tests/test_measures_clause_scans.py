"""Searches of a clause or sentence head asked by each of its figures are answered from the
places a pattern matches in the whole span, found once (`_search_before`, `_search_after`,
`_last_word_start`): they must give what the search over the head itself gives (the
definition), at every figure of the seeds and field articles and in written cases."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from pipeline import measures as M
from pipeline.document import Document
from pipeline.numbers import find_numbers

from .conftest import SEED_AND_FIELD_ARTICLES, cleaned_document

# Each pattern a figure's check now asks through the helpers, and one that reads past its match
# (the helper must fall back to the plain search for it).
PATTERNS = [M._ASKED_WORD, M._SAID_BEFORE, M._SUPPOSE_WORD, M._ASKED_FOR_ANY, M._POOLED_WORD,
            M._BANK_INCENTIVE_WORD, M._SELLER_WORD, M._HOUSEHOLD_WORD, M._NATIONAL_SET_UP,
            M._FIRM_GIVES, M._FIRM_DONATES, M._FIRM_WORD_DONATES, M._GIVES_BUYERS, M._COUNTED_GROUP,
            M._SUPPOSE_OPENER, M._COUNT_CHANGE]


@pytest.fixture(autouse=True)
def _every_head_from_the_places_found(monkeypatch):
    """Short heads are searched directly (`_SHORT_SCAN`): here every head is answered from the
    places found once, so the cases below check that way too."""
    monkeypatch.setattr(M, "_SHORT_SCAN", 0)


def _span(m):
    return None if m is None else m.span()


def _check(text: str, lo: int, hi: int, positions) -> None:
    geo = Document(text)
    r = M.ArticleCues(text, geo, find_numbers(text))
    for pattern in PATTERNS:
        for pos in positions:
            assert _span(M._search_before(r, pattern, (lo, hi), pos)) == _span(pattern.search(text, lo, pos)), \
                (pattern.pattern[:40], lo, pos)
            assert _span(M._search_after(r, pattern, pos, (lo, hi))) == _span(pattern.search(text, pos, hi)), \
                (pattern.pattern[:40], pos, hi)
    for pos in positions:
        head = text[lo:pos]
        at = max(head.rfind(w) for w in M._MAY_GET)
        assert M._last_word_start(r, M._MAY_GET, (lo, hi), pos) == (lo + at if at >= 0 else -1)


def test_patterns_reading_past_their_match_are_searched_plainly():
    assert M._sees_past_its_match(M._SUPPOSE_OPENER) and M._sees_past_its_match(M._COUNT_CHANGE)
    assert not M._sees_past_its_match(M._SAID_BEFORE) and not M._sees_past_its_match(M._HOUSEHOLD_WORD)
    grouped = M.literal_scanner([chr(0x4e00 + i) + "业" for i in range(200)])  # first characters behind lookaheads
    assert "(?=" in grouped.pattern and not M._sees_past_its_match(grouped)
    assert M._sees_past_its_match(M.re.compile("企业(?=补贴)"))


@pytest.mark.parametrize("path", SEED_AND_FIELD_ARTICLES[::4], ids=lambda p: p.stem)
def test_clause_and_sentence_heads_searched_once_are_the_heads_searched(path):
    text, doc = cleaned_document(path)
    text = getattr(text, "text", text)
    for num in find_numbers(text)[:60]:
        for lo, hi in (doc.clause_of(num.num_start), doc.sentence_of(num.num_start)):
            _check(text, lo, hi, [lo, num.start, num.end if num.end <= hi else hi, hi])


WRITTEN = ["如果企业新招用员工可给予每人1000元补贴，假如没有补贴200万元",
           "国家设立1000亿元再贷款，公司为返岗员工发放1000元，企业捐赠物资价值30万元",
           "对受灾群众发放生活补助每人300元；经销商给予购车客户3000元补贴，各级资金500万元",
           "约1.5万家企业可享受补贴5.6亿元，企业可申请贷款300万元，何时复工？",
           "激励资金312万元，刚才介绍，同比减少了\n500人，较上月增加了20家"]


@pytest.mark.parametrize("text", WRITTEN)
def test_written_heads_searched_once_are_the_heads_searched(text):
    _check(text, 0, len(text), range(len(text) + 1))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="如果没有说企业公司为员工发放捐赠国家设立群众对给予各级激励资金万元可享受家的何时，0123", max_size=40))
def test_random_heads_searched_once_are_the_heads_searched(text):
    _check(text, 0, len(text), range(len(text) + 1))
