"""The zones the actors before a figure give (`Attributor._candidates_given`), kept per actor,
topic and section (`_actor_zones`), are those each figure's actors give read afresh.

Compared on the seeds, the field development set and generated texts of places, references,
park words, marks and figures, the positions asked in the text's order and backwards."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from pipeline.attribution import zones_of_document
from pipeline.document import Document

from .conftest import SEED_AND_FIELD_ARTICLES, cleaned_document


def _afresh(attributor):
    """`attributor.candidates`, with no actor's zone kept from an earlier figure."""
    def candidates(pos):
        attributor._actor_zones = (None, {})
        return attributor.candidates(pos)
    return candidates


def _compare(doc: Document, positions) -> None:
    kept = zones_of_document(doc).attributor
    afresh = _afresh(zones_of_document(doc).attributor)
    for pos in positions:
        assert kept.candidates(pos) == afresh(pos), pos
        assert kept.decide(pos).zones == kept._decision_of(afresh(pos)).zones, pos


@pytest.mark.parametrize("path", SEED_AND_FIELD_ARTICLES, ids=lambda p: p.name)
def test_actor_zones_kept_are_those_read_afresh_in_articles(path):
    _, doc = cleaned_document(path)
    _compare(doc, range(len(doc.text) + 1))


@pytest.mark.parametrize("path", SEED_AND_FIELD_ARTICLES[::7], ids=lambda p: p.name)
def test_actor_zones_kept_are_those_read_afresh_asked_backwards(path):
    _, doc = cleaned_document(path)
    _compare(doc, range(len(doc.text), -1, -1))


_PIECES = ["全区", "该区", "全市", "全县", "全省", "园区", "产业园区", "高新区", "经开区", "开发区", "区内", "辖区",
           "南山区", "天河区", "滨海新区", "昆山高新区", "苏州工业园区", "湖南省", "临澧县", "西樵镇", "省财政",
           "对", "为", "在", "其中", "据统计", "企业", "复工率达95%", "发放补贴300万元", "新增企业20家",
           "，", "。", "；", "：", "、", "\n", "一、", "二是"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_actor_zones_kept_are_those_read_afresh_in_generated_texts(pieces):
    doc = Document("".join(pieces))
    _compare(doc, range(len(doc.text) + 1))
