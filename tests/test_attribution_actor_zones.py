"""The zones the actors before a figure give (`Attributor._candidates_given`), kept per actor,
topic and section (`_actor_zones`), are those each figure's actors give read afresh by their
definition (`_actor_zone_by_definition`: resolve, past a class of parks or the parks of a whole).

Compared on the seeds, the field development set and generated texts of places, references,
park words, marks and figures, the positions asked in the text's order and backwards."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from pipeline.attribution import _NO_CANDIDATE, zones_of_document
from pipeline.document import Document

from .conftest import SEED_AND_FIELD_ARTICLES, cleaned_document

_ACTOR_RULES = ("clause_before", "sentence_before")


def _by_definition(attributor, pos):
    """(rule, zone) of the actors before `pos`, each read afresh by the definition."""
    in_clause, in_sentence = attributor._actors_before(pos)
    found = []
    for rule, actor, span_of in (("clause_before", in_clause, attributor.doc.clause_of),
                                 ("sentence_before", in_sentence, attributor.doc.sentence_of)):
        if actor:
            zone = attributor._actor_zone_by_definition(actor, pos, span_of)
            if zone is not _NO_CANDIDATE:
                found.append((rule, zone))
    return found


def _compare(doc: Document, positions) -> None:
    kept = zones_of_document(doc).attributor
    afresh = zones_of_document(doc).attributor
    for pos in positions:
        in_clause, in_sentence = kept._actors_before(pos)
        given = kept._candidates_given(pos, in_clause, in_sentence, kept._topic(pos), (False, None), None)
        assert [f for f in given if f[0] in _ACTOR_RULES] == _by_definition(afresh, pos), pos
        assert kept.decide(pos) == kept._decide(pos), pos


@pytest.mark.parametrize("path", SEED_AND_FIELD_ARTICLES, ids=lambda p: p.name)
def test_actor_zones_kept_are_those_read_afresh_in_articles(path):
    _, doc = cleaned_document(path)
    _compare(doc, range(len(doc.text) + 1))


@pytest.mark.parametrize("path", SEED_AND_FIELD_ARTICLES[::7], ids=lambda p: p.name)
def test_actor_zones_kept_are_those_read_afresh_asked_backwards(path):
    _, doc = cleaned_document(path)
    _compare(doc, range(len(doc.text), -1, -1))


_PIECES = ["全区", "该区", "全市", "全县", "全省", "园区", "产业园区", "化工园区", "高新区", "经开区", "开发区", "区内",
           "辖区", "南山区", "天河区", "滨海新区", "昆山高新区", "苏州工业园区", "湖南省", "临澧县", "西樵镇", "省财政",
           "对", "为", "在", "及", "其中", "据统计", "商贸企业", "29家", "复工率达95%", "发放补贴300万元",
           "新增企业20家", "，", "。", "；", "：", "、", "\n", "一、", "二是"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_actor_zones_kept_are_those_read_afresh_in_generated_texts(pieces):
    doc = Document("".join(pieces))
    _compare(doc, range(len(doc.text) + 1))


def test_generated_texts_reach_the_parks_read_past():
    # 西乡塘区为商贸企业及产业园区减免租金 / 全省29家化工园区: the actors `_zone_past_parks` reads past
    # (the place before a class of parks in an earlier clause of its sentence: only the sentence's rule reads it)
    for text in ("西乡塘区为商贸企业及产业园区减免租金300万元。", "全省29家化工园区复工率达92.4%。",
                 "西乡塘区，为商贸企业及产业园区减免租金，共计300万元。", "湖南省全省开发区，开发区复工率达90%，补贴300万元。"):
        _compare(Document(text), range(len(text) + 1))
