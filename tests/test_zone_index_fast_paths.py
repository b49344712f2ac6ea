"""The faster forms of the zone index and of attribution (issue 10) give what their
definitions give, on the seeds, the field development set and cases written for them."""
from __future__ import annotations

import random

import pytest

from pipeline import zones as zones_module
from pipeline.article import parse_date
from pipeline.clean import clean_text

from .conftest import SEED_AND_FIELD_ARTICLES

ARTICLES = SEED_AND_FIELD_ARTICLES

# Division names inside, around, after and in brackets closing zone names.
WRITTEN = [
    "杭州高新区(滨江区)与黄埔区广州开发区签约，天河区、海珠区复工率分别为90%、85%。",
    "南沙新区片区新增企业。湖南省临澧县、石门县复工率97%，长沙县黄花工业园区投资2亿元。",
    "西安市雁塔区高新区(雁塔区)企业复工，朝阳区高新区朝阳区，(海淀区)海淀区。",
]


def _texts() -> list[str]:
    texts = [clean_text(p.read_text(encoding="utf-8", errors="replace"), published_date=parse_date(None)).text
             for p in ARTICLES]
    return texts + WRITTEN


TEXTS = _texts()


def _zone_spans(text: str, rnd: random.Random) -> list[list[tuple[int, int]]]:
    """The spans of the places find_zones finds in `text`, and random sorted spans, overlapping too."""
    found = [(m.start, m.end) for m in zones_module.find_zones(text).mentions]
    made = []
    for _ in range(20):
        n = rnd.randint(0, 12)
        made.append(sorted((a, a + rnd.randint(1, 8)) for a in (rnd.randrange(len(text) + 1) for _ in range(n))))
    return [found, []] + made


@pytest.mark.parametrize("i", range(len(TEXTS)))
def test_admin_names_outside_zones_as_each_asked_of_overlaps(i):
    text, rnd = TEXTS[i], random.Random(i)
    for spans in _zone_spans(text, rnd):
        assert zones_module._admin_spans_outside_zones(text, spans) == \
            zones_module._admin_spans_outside_zones_by_definition(text, spans), spans


def test_a_decision_made_through_its_dict_is_the_frozen_dataclass_it_was():
    import dataclasses

    from pipeline.attribution import Decision
    made = Decision(("天河区",), "clause_before", "clause_before:天河区 | article_main:-")
    assert (made.zones, made.rule, made.candidates, made.zone) == \
        (("天河区",), "clause_before", "clause_before:天河区 | article_main:-", "天河区")
    assert made == Decision(("天河区",), "clause_before", "clause_before:天河区 | article_main:-")
    assert hash(made) == hash(Decision(("天河区",), "clause_before", "clause_before:天河区 | article_main:-"))
    assert Decision((None,), "none") == Decision((None,), "none", "") != made
    assert [f.name for f in dataclasses.fields(Decision)] == ["zones", "rule", "candidates"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.rule = "section"


SUBJECTS = [
    "佛山率先出台惠企十条。江门为小微企业发放贷款80亿元；湖州已减免租金。\n嘉兴也出台了措施！常州则为企业纾困",
    "为企业纾困。在园区内，已有企业复工。\n为\n已经为",  # words at a text's and a line's start, one Han character before
    "宁波方面，复工率达90%。abc为企业。1号为。乌鲁木齐为企业。",
    # after a clause framing the sentence (frame_clause_endings), and after others that do not
    "今年以来，南京为企业纾困。据统计，西安今年以来已减免。从全省看，合肥也为。企业复工后，镇江为企业。"
    "截至3月底，绍兴累计。一二三四五六七八九十年，无锡已。甲，今年以来，芜湖为。\n据悉，佛山为",
]


@pytest.mark.parametrize("text", TEXTS + SUBJECTS)
def test_sentence_subjects_found_from_sentence_starts_are_those_each_word_gives(text):
    assert sorted(set(zones_module._sentence_subject_spans(text))) == \
        zones_module._sentence_subject_spans_by_definition(text)
    assert len(set(zones_module._sentence_subject_spans(text))) == len(zones_module._sentence_subject_spans(text))


PRODUCT_QUOTES = [
    "推出“南沙跨境贷”“香洲e贷”和“吴中惠企券”，参加“济南云展会”、\"义乌购\"和「成都发布」『宁波跨境平台』。",
    "“贷”贷”，“E贷””券”，惠企贷款”不是，“苏城码”“惠蓉保”",
]


@pytest.mark.parametrize("text", TEXTS + PRODUCT_QUOTES)
def test_product_name_ends_found_at_closing_quotes_are_what_the_words_scan_finds(text):
    from pipeline.lexicon import literal_scanner
    scanner = literal_scanner([end + quote for end in zones_module._PRODUCT_NAME_ENDS
                               for quote in zones_module._PRODUCT_NAME_CLOSING_QUOTES])
    assert zones_module._product_name_ends_written(text) == [m.span() for m in scanner.finditer(text)]


COMPANY_ENDS = [
    "重庆两江新区恒通电子有限公司璧山分公司与某某股份有限公司、某某有限责任公司签约，有限公司公司分公司。",
    "公司有限公司有限责任公司股份有限公司分公司",
]


@pytest.mark.parametrize("text", TEXTS + COMPANY_ENDS)
def test_company_name_ends_found_at_their_tail_are_what_the_words_scan_finds(text):
    from pipeline.lexicon import literal_scanner
    scanner = literal_scanner(zones_module._RES["company_name_ends"])
    assert zones_module._company_name_ends_written(text) == [m.span() for m in scanner.finditer(text)]


@pytest.mark.parametrize("text", TEXTS[:20] + ["【" + "很长的一段话没有标点" * 20 + "江宁区区长 李明：", "区长 李明：", ""])
def test_label_start_looked_for_near_first_is_the_last_opening_character(text):
    for pos in range(len(text) + 1):
        assert zones_module._label_start_before(text, pos) == \
            max(text.rfind(ch, 0, pos) for ch in zones_module._LABEL_START_CHARS) + 1, pos
