"""Shortcuts of the per-figure checks that must answer as the plain readings they stand for:

- `_spoken_grant_verb_right_before` and `_opening_same_word` walk their word lists only when one
  endswith/startswith of the whole tuple says a word of it stands there;
- `_word_before` remembers a sentence's first word end by the id of the word tuple (the memo's
  entry holds the tuple), not by hashing its words;
- measures' own `cached_property` (no lock) computes a property once and leaves a value set
  before the first read alone, as functools' does.

Each is compared with the plain reading at every position of the seeds and field articles and of
generated texts."""
from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings, strategies as st

from pipeline import measures as M
from pipeline.document import Document
from pipeline.numbers import find_numbers

from .conftest import SEED_AND_FIELD_ARTICLES, cleaned_document, sentence_spans


def _plain_spoken_grant_verb_right_before(text, lo, pos):
    pos -= len(next((w for w in M._SPOKEN_GRANT_RECIPIENTS if text.endswith(w, lo, pos)), ""))
    then = next((w for w in M._SPOKEN_GRANT["then"] if text.endswith(w, lo, pos)), "")
    end = pos - len(then)
    verb = next((v for v in M._SPOKEN_GRANT_VERBS if text.endswith(v, lo, end)), None)
    if verb is None or text.endswith(tuple(M._SPOKEN_GRANT["not_after"]), lo, end - len(verb)):
        return None
    return verb, end - len(verb)


def _plain_opening_same_word(text, sentence, words):
    start = M.date_opening(text, sentence)
    word = next((w for w in words if text.startswith(w, start)), None)
    if word is None or text[start + len(word):start + len(word) + 1] not in ("，", ","):
        return None
    return word


def _plain_word_before(text, words, sentence, pos):
    ends = [at + len(w) for w in words if (at := text.find(w, sentence[0], sentence[1])) >= 0]
    return (min(ends) if ends else sentence[1] + 1) <= pos  # none: past the sentence's end


_WORD_LISTS = [M._FIRST_PERSON, M._SCREENED, M._EACH_RECIPIENT, M._CEREMONY_COUNTS, M._MEANS_LIST_CLOSERS]


def _check(text: str) -> None:
    geo = Document(text)
    r = M.ArticleCues(text, geo, find_numbers(text))
    sentences = sentence_spans(geo, text)
    for lo, _ in sentences or [(0, 0)]:
        for pos in range(lo, len(text) + 1):
            assert M._spoken_grant_verb_right_before(text, lo, pos) == _plain_spoken_grant_verb_right_before(text, lo, pos)
    for sentence in sentences:
        for words in (M._SAME_DAY_WORDS, M._SAME_PERIOD_OR_DAY_WORDS):
            assert M._opening_same_word(text, sentence, words) == _plain_opening_same_word(text, sentence, words)
        for words in _WORD_LISTS:
            for pos in range(sentence[0], sentence[1] + 2):
                assert M._word_before(r, words, sentence, pos) == _plain_word_before(text, words, sentence, pos), \
                    (text[sentence[0]:sentence[1]], pos)


@pytest.mark.parametrize("path", SEED_AND_FIELD_ARTICLES[::4], ids=lambda p: p.stem)
def test_prefiltered_word_lists_answer_as_the_plain_walks_on_articles(path):
    text, _ = cleaned_document(path)
    _check(getattr(text, "text", text)[:3000])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["区里", "补了", "了", "我们", "我", "弥补", "300万元", "，", "。", "同期", "同日",
                                 "当天", "截至3月底", "据统计", "我们公司", "参加", "签约", "隔离", "每名", "员工",
                                 "返岗", "人", "企业", "\n", "负责人"]), max_size=30))
def test_prefiltered_word_lists_answer_as_the_plain_walks_on_generated_text(pieces):
    _check("".join(pieces))


def test_word_before_keeps_apart_equal_tuples_of_other_words():
    text = "公司负责人说，我们已有职工320人返岗。"
    geo = Document(text)
    r = M.ArticleCues(text, geo, find_numbers(text))
    sentence = geo.sentence_of(0)
    assert M._word_before(r, ("我们",), sentence, 18)
    assert not M._word_before(r, ("他们",), sentence, 18)  # a fresh tuple: its own entry
    assert M._word_before(r, tuple(["我们"]), sentence, 9)


class _Counted:
    calls = 0

    @M.cached_property
    def value(self):
        """a property"""
        type(self).calls += 1
        return [type(self).calls]

    @functools.cached_property
    def reference(self):
        return [type(self).calls]


def test_cached_property_is_read_once_and_a_set_value_stands():
    a = _Counted()
    assert a.value is a.value and _Counted.calls == 1
    assert a.__dict__["value"] == [1]
    b = _Counted()
    b.value = "set first"
    assert b.value == "set first" and _Counted.calls == 1
    assert _Counted.value.__doc__ == "a property" and isinstance(_Counted.__dict__["value"], M.cached_property)
    del a.value  # as with functools: the next read computes it again
    assert a.value == [2]
