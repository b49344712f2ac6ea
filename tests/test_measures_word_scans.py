"""Word checks of the measures stage read by one scan, or once per sentence or text, give what
their definitions (a look for each word in a copy of the piece) give.

`any(w in text[lo:hi] for w in WORDS)` is the definition; the stage asks a literal scanner of
the words over [lo, hi), `_word_before` (once per sentence), or a per-text flag first."""
from __future__ import annotations

import pytest
from hypothesis import example, given, settings, strategies as st

from pipeline import measures as M
from pipeline.document import RESPECTIVELY, find_respectively
from pipeline.numbers import find_numbers

from .conftest import SEED_AND_FIELD_ARTICLES, cleaned_document

# (scanner, the words it stands for): each scanner asked where the stage asked `any(w in …)`.
SCANNED_WORDS = [
    (M._NOT_YET_WORD, M._NOT_YET),
    (M._OUTCOME_WORD, M._OUTCOMES),
    (M._FROM_ABOVE_WORD, M._FROM_ABOVE),
    (M._BENEFICIARIES_WORD, M._BENEFICIARIES_BEFORE),
]


def _defined(words, text: str, lo: int, hi: int) -> bool:
    return any(w in text[lo:hi] for w in words)


def _pieces(text: str, doc, numbers):
    """The pieces the stage asks about: each figure's clause and sentence, the clause and the
    sentence up to the figure, and the few characters right before it."""
    for num in numbers:
        clause, sentence = doc.clause_of(num.num_start), doc.sentence_of(num.num_start)
        yield clause
        yield sentence
        yield clause[0], num.start
        yield sentence[0], num.start
        yield sentence[0], clause[1]
        yield max(clause[0], num.start - 12), num.start


@pytest.mark.parametrize("path", SEED_AND_FIELD_ARTICLES, ids=lambda p: p.name)
def test_word_scans_find_a_word_where_the_definition_finds_one_in_articles(path):
    _, doc = cleaned_document(path)
    text = doc.text
    numbers = find_numbers(text)
    for lo, hi in _pieces(text, doc, numbers):
        for scanner, words in SCANNED_WORDS:
            assert (scanner.search(text, lo, hi) is not None) == _defined(words, text, lo, hi), (words[:3], lo, hi)


@pytest.mark.parametrize("path", SEED_AND_FIELD_ARTICLES, ids=lambda p: p.name)
def test_first_person_before_a_figure_read_once_per_sentence_in_articles(path):
    _, doc = cleaned_document(path)
    text = doc.text
    r = M.ArticleCues(text, doc, find_numbers(text))
    for num in r.numbers:
        sentence = r.figure_sentence(num)
        assert M._word_before(r, M._FIRST_PERSON, sentence, num.start) == _defined(
            M._FIRST_PERSON, text, sentence[0], num.start), num.start


@pytest.mark.parametrize("path", SEED_AND_FIELD_ARTICLES, ids=lambda p: p.name)
def test_a_text_without_respectively_has_none_in_any_clause(path):
    _, doc = cleaned_document(path)
    text = doc.text
    r = M.ArticleCues(text, doc, find_numbers(text))
    assert r.respectively_written == any(w in text for w in RESPECTIVELY)
    if not r.respectively_written:
        assert all(find_respectively(text, doc.clause_of(n.num_start)[0], n.start) < 0 for n in r.numbers)


_ALL_WORDS = sorted({w for _, words in SCANNED_WORDS for w in words} | set(M._FIRST_PERSON))
_FILLER = ["，", "。", "企业", "复工", "未", "已", "的", "3家", "\n", "人"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ALL_WORDS + _FILLER + [w[:1] for w in _ALL_WORDS] + [w[1:] for w in _ALL_WORDS]),
                max_size=30).map("".join), st.integers(0, 200), st.integers(0, 200))
@example("尚未复工企业3家", 0, 8)
@example("目前复工", 1, 4)  # a word cut by the piece's start
@example("目前复工", 0, 1)  # a word cut by the piece's end
def test_word_scans_find_a_word_where_the_definition_finds_one_in_generated_texts(text, lo, hi):
    lo, hi = min(lo, len(text)), min(hi, len(text))
    for scanner, words in SCANNED_WORDS:
        assert (scanner.search(text, lo, hi) is not None) == _defined(words, text, lo, hi), (words[:3], lo, hi)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list(M._FIRST_PERSON) + _FILLER + ["我", "们"]), max_size=30).map("".join))
@example("我们企业3家")
def test_first_person_before_each_position_read_once_per_sentence_in_generated_texts(text):
    from pipeline.document import Document

    doc = Document(text)
    r = M.ArticleCues(text, doc, find_numbers(text))
    sentence = (0, len(text))
    for pos in range(len(text) + 1):
        assert M._word_before(r, M._FIRST_PERSON, sentence, pos) == _defined(M._FIRST_PERSON, text, 0, pos), pos


@pytest.mark.parametrize("path", SEED_AND_FIELD_ARTICLES, ids=lambda p: p.name)
def test_sentences_whose_head_holds_no_marker_open_and_continue_no_example_in_articles(path):
    _, doc = cleaned_document(path)
    text = doc.text
    r = M.ArticleCues(text, doc, find_numbers(text))
    starts = sorted({0} | {doc.sentence_of(i)[0] for i in range(len(text))})
    for start in starts:
        sentence = doc.sentence_of(start)
        if not M._may_open_example(text, sentence):
            assert not M._opens_example(text, sentence) and not M._continues_example(r, sentence), sentence


_EXAMPLE_PIECES = list(M._EXAMPLE_OPENERS + M._EXAMPLE_INTRODUCERS + M._EXAMPLE_CONTINUED) + [
    "某企业", "，", "。", "\n", " ", "负责人：", "可节省", "3万元", "企业"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_EXAMPLE_PIECES), max_size=12).map("".join))
@example("如果企业可节省3万元")
@example("打个比方，某企业可节省3万元。如果企业可节省3万元")  # a sentence continuing the example before it
@example(" 负责人：比如，某企业可节省3万元")
@example("打个比方\n ")  # a sentence of white space at the text's end: no character to read a bullet from
def test_sentences_whose_head_holds_no_marker_open_and_continue_no_example_in_generated_texts(text):
    from pipeline.document import Document

    doc = Document(text)
    r = M.ArticleCues(text, doc, find_numbers(text))
    for start in sorted({doc.sentence_of(i)[0] for i in range(len(text))}):
        sentence = doc.sentence_of(start)
        if not M._may_open_example(text, sentence):
            assert not M._opens_example(text, sentence) and not M._continues_example(r, sentence), sentence
