"""The faster forms of the attribution index and of the document geometry (issue 10) give
what their definitions give.

Each fast path is compared with the definition kept beside it, on the seeds, the field
development set and written cases: the index of places with their roles, the lists of
figures, the paragraph topics, the document-title test, the actor lookups by bisection,
the sentences of a paragraph and the sentence and clause ends."""
from __future__ import annotations

import re

import pytest
import regex

from pipeline.attribution import _RULE_ORDER, _SELF_REFERENCE, _SELF_REFERENCE_SCANNER, Attributor, zones_of_document
from pipeline.document import _CLAUSE_END, Document
from pipeline.lexicon import alternation

from .conftest import SEED_AND_FIELD_ARTICLES, cleaned_document

ARTICLES = SEED_AND_FIELD_ARTICLES

# Written to reach what the articles rarely do: places inside and after document titles
# (closed, unclosed, a 》 before any 《), firms, origins, partners, lists with 分别 and 均,
# references, runs of touching places, and `?` both as a lost character and as a question.
WRITTEN = [
    "《深圳市南山区支持企业复工复产若干措施》提出，南山区规上企业复工率达到90%。",
    "》南山区《关于支持天河区企业的通知\n天河区企业复工率达到95%，《天河区》方案尚未出台。",
    "记者从天河区了解到，全区规上企业复工率达95%。从广州市返回的员工有1200人，来自湖北省的员工300人。",
    "南沙区与黄埔区签约，合作项目30个。南沙区、黄埔区联手推进，与番禺区合作的项目有5个。",
    "深圳市腾讯科技有限公司复工率100%。深圳银行为企业提供贷款5000万元，余杭区银行机构放贷2亿元。",
    "海淀区、朝阳区复工率分别为80%、90%。苏州工业园区和昆山高新区复工率均达到85%。",
    "全市复工率达92%，其中滨海新区达96%。高新区新增企业20家。该区投入资金3亿元，全区新增就业500人。",
    "湖南省临澧县复工率达到98%。湖南省临澧县、石门县复工率分别为97%和96%。",
    "淄博市高新区复工率如何?\n百?强企业复工率达到80%。淄博高新区企业复工率98%??记者了解到，全市复工率95%。",
    "其中，天河区复工率90%。此外海珠区复工率85%，越秀区复工率80%。",
    "来自湖南省临澧县的员工有200人，从广州市天河区返岗的员工300人。与海淀区、朝阳区签约的项目10个。",
    "从湖南省常德市临澧县返回的员工100人。全市高新区企业复工率95%，全省经开区投资20亿元。",
    "萍乡经开区与宜春市、新余市签订协议，接回员工1800人。抚州高新区与南昌市、鹰潭市等地开展劳务协作。",
    "园区复工率达95%，高于全国平均水平。全国规上企业复工率98%，为全国最低，全国人大代表说我国复工率90%。",
    "",
]


def _cleaned_documents():
    for path in ARTICLES:
        yield path.name, cleaned_document(path)[1]
    for i, text in enumerate(WRITTEN):
        yield f"written-{i}", Document(text)


DOCUMENTS = list(_cleaned_documents())
IDS = [name for name, _ in DOCUMENTS]


def _figures(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_rate) of every written figure: the facts `lists` is asked about."""
    return [(m.start(), m.end(), m.group().endswith("%")) for m in re.finditer(r"\d+(?:\.\d+)?%?", text)]


@pytest.mark.parametrize("name, doc", DOCUMENTS, ids=IDS)
def test_the_index_is_the_one_its_definition_builds(name, doc, monkeypatch):
    # Attributor adds zones to the index as it starts (the main zone's city): each is built
    # from its own fresh zone index, one with the fast index, one with the definition.
    fast = zones_of_document(doc).attributor
    monkeypatch.setattr(Attributor, "_items", Attributor._items_by_definition)
    slow = zones_of_document(doc).attributor
    assert fast.items == slow.items
    assert (fast.main, fast.main_rule, fast._implied) == (slow.main, slow.main_rule, slow._implied)
    assert fast.az.zones.keys() == slow.az.zones.keys()


@pytest.mark.parametrize("name, doc", DOCUMENTS, ids=IDS)
def test_lists_are_those_of_every_fact_looked_at(name, doc):
    attributor = zones_of_document(doc).attributor
    facts = _figures(doc.text)
    assert attributor.lists(facts) == attributor._lists_by_definition(facts)
    for every_other in (facts[::2], facts[1::2], facts[:1], []):
        assert attributor.lists(every_other) == attributor._lists_by_definition(every_other)


@pytest.mark.parametrize("name, doc", [d for d in DOCUMENTS if d[0].startswith("written")],
                         ids=[name for name in IDS if name.startswith("written")])
def test_written_cases_decide_and_find_topics_as_scored_afresh(name, doc):
    attributor = zones_of_document(doc).attributor
    for pos in range(len(doc.text) + 1):
        assert attributor.decide(pos) == attributor._decide(pos), pos
        assert attributor._topic(pos) == attributor._topic_scored(pos), pos


@pytest.mark.parametrize("name, doc", DOCUMENTS, ids=IDS)
def test_topics_asked_last_sentence_first_are_those_scored_afresh(name, doc):
    # a paragraph is then read to its end by the first question: the earlier sentences
    # must still see only the places opening sentences before them
    attributor = zones_of_document(doc).attributor
    for pos in range(len(doc.text), -1, -1):
        assert attributor._topic(pos) == attributor._topic_scored(pos), pos


@pytest.mark.parametrize("name, doc", DOCUMENTS, ids=IDS)
def test_candidates_come_in_the_table_s_order_unsorted(name, doc):
    attributor = zones_of_document(doc).attributor
    for pos in range(0, len(doc.text) + 1, 3):
        found = attributor.candidates(pos)
        assert found == sorted(found, key=lambda f: _RULE_ORDER[f[0]]), pos


@pytest.mark.parametrize("name, doc", DOCUMENTS, ids=IDS)
def test_actor_lookups_by_bisection_are_the_walks_over_every_item(name, doc):
    attributor = zones_of_document(doc).attributor
    clauses = sorted({doc.clause_of(pos) for pos in range(len(doc.text) + 1)})
    named_or_typed = lambda it: it.key is not None or it.ref_type is not None  # noqa: E731
    for start, end in clauses:
        sentence_start = doc.sentence_of(start)[0]
        for pos in range(start, end + 2):
            in_clause, in_sentence = attributor._last_actors_before(pos, start, sentence_start)
            assert in_clause == attributor._last_actor_index(start, pos)
            assert in_sentence == attributor._last_actor_index(sentence_start, start)
            inside = attributor._actors_in_by_definition(start, pos)
            assert attributor._actors_in(start, pos) == inside
            assert attributor._last_actor(start, pos) == (inside[-1] if inside else None)
            fitting = [it for it in inside if named_or_typed(it)]
            assert attributor._last_actor(start, pos, named_or_typed) == (fitting[-1] if fitting else None)


@pytest.mark.parametrize("text", [
    "《甲》乙区《丙区》", "《关于天河区", "》天河区《", "天河区》", "《《天河区》》", "《天河区》" + "字" * 90 + "》",
    "《标题》天河区" + "字" * 85 + "》", "《天》河区》", "",
])
def test_the_title_test_by_one_bisection_is_the_title_test(text):
    attributor = Attributor.__new__(Attributor)
    attributor.text = text
    attributor._find_titles()
    for start in range(len(text) + 1):
        for end in range(start + 1, len(text) + 2):
            assert attributor._in_a_title(start, end) == attributor._in_document_title(start, end), (start, end)


@pytest.mark.parametrize("name, doc", DOCUMENTS, ids=IDS)
def test_self_references_found_by_the_literal_scanner_as_by_their_alternation(name, doc):
    by_pattern = [(m.start(), m.group()) for m in regex.finditer(alternation(list(_SELF_REFERENCE)), doc.text)]
    assert [(m.start(), m.group()) for m in _SELF_REFERENCE_SCANNER.finditer(doc.text)] == by_pattern


@pytest.mark.parametrize("name, doc", DOCUMENTS, ids=IDS)
def test_geometry_is_its_definition(name, doc):
    text = doc.text
    assert doc._sentence_ends == doc._weighed_sentence_ends_one_by_one()
    assert doc._clause_ends == sorted({m.start() for m in _CLAUSE_END.finditer(text)} | set(doc._sentence_ends[:-1])) + [len(text)]
    for line in sorted({doc.paragraph_of(pos) for pos in range(len(text) + 1)}):
        assert doc.sentences_in(line) == doc._tiles(doc.sentence_of, line)
        for pos in range(line[0], line[1] + 1):  # spans that start or end mid-sentence
            assert doc.sentences_in((pos, line[1])) == doc._tiles(doc.sentence_of, (pos, line[1]))
            assert doc.sentences_in((line[0], pos)) == doc._tiles(doc.sentence_of, (line[0], pos))


UNKNOWN_SUBJECT_TEXTS = [
    "西安经开区减免租金3500万元，航天基地为中小企业发放口罩6万只。",
    "浐灞生态区累计发放补贴900万元；龙湖片区已复工企业120家。\n南部新城为企业减免租金420万元。",
    "今年以来，曲江新区为企业减免租金。该片区对商户发放补贴，各片区已复工，片区还在推进。",
    "今年以来，西咸文化生态区为企业发放补贴。\n另外，城南科创片区已复工企业80家。",
    "位于城东的产业园区发放补贴。" + "中间没有标点的一段很长很长的文字" * 3 + "滨河新城为企业发放补贴100万元。",
]


@pytest.mark.parametrize("text", [path for path in ARTICLES] + UNKNOWN_SUBJECT_TEXTS)
def test_unknown_subjects_matched_at_clause_openings_as_by_a_scan(text):
    """Names opening a clause, found at the clause openings before their endings, are the names
    a scan of the whole text finds."""
    from pipeline.attribution import _UNKNOWN_SUBJECT

    holder = _text_holder(text)
    assert [m.span(1) for m in Attributor._unknown_subject_matches(holder)] == \
        [m.span(1) for m in _UNKNOWN_SUBJECT.finditer(holder.text)]


def _text_holder(text):
    """An object with the cleaned text as its `text`, all the matchers below read of an Attributor."""
    if not isinstance(text, str):
        text = cleaned_document(text)[0].text

    class _Text:
        pass

    holder = _Text()
    holder.text = text
    return holder


UNKNOWN_HEADING_TEXTS = [
    "西安各开发区\n曲江新区复工率90.4%\n浐灞生态区复工率88.1%\n航天基地：复工率95.6%\n生产基地复工率90%",
    "今年以来，各片区：复工率均超过95%\n" + "很长的一行文字没有地名" * 4 + "片区复工率90%\n树屏生态区：\n双龙航空基地：复工率92%",
]


@pytest.mark.parametrize("text", [path for path in ARTICLES] + UNKNOWN_HEADING_TEXTS)
def test_unknown_headings_matched_at_line_openings_as_by_a_scan(text):
    """Names heading a line, found at the line openings before their endings, are the names a
    scan of the whole text finds."""
    from pipeline.attribution import _UNKNOWN_HEADING

    holder = _text_holder(text)
    assert sorted(m.span(1) for m in Attributor._unknown_heading_matches(holder)) == \
        [m.span(1) for m in _UNKNOWN_HEADING.finditer(holder.text)]


COUNTED_GROUP_OPENINGS = ["以上4家开发区累计兑现", "上述三个园区共发放", "这5个县区", " \u3000这3家区属国企", "以上3个区内共有",
                          "这4家市管企业", "这3个区内企业", "以上两个县（市、区）", "上述十家市场", "这个市", "以上"]


@pytest.mark.parametrize("text", [path for path in ARTICLES] + COUNTED_GROUP_OPENINGS)
def test_counted_group_twin_matches_where_the_pattern_does(text):
    """The standard library's twin of counted_group_sum, which `_lists` asks at every clause
    opening, matches where the guarded pattern matches, the same span and group level."""
    from pipeline.attribution import _COUNTED_GROUP, _COUNTED_GROUP_TWIN

    text = _text_holder(text).text
    for pos in sorted({0} | {m.end() for m in re.finditer(r"[，。；：,;:!?！？\n]", text)}):
        end = min(len(text), pos + 24)
        pattern, twin = _COUNTED_GROUP.match(text, pos, end), _COUNTED_GROUP_TWIN.match(text, pos, end)
        assert (pattern is None) == (twin is None), text[pos:end]
        if pattern is not None:
            assert (pattern.span(), pattern.group("level")) == (twin.span(), twin.group("level"))
