"""What the zone index keeps from one article to the next (issue 10) changes no article's zones.

`find_zones` weighs the words written before a zone suffix, locates development zones and
division names and hashes zone ids once per process instead of once per article. Each of
these caches holds only what no word of the article can change; an article's zones, mentions,
references, sections, attribution index and decisions are compared, with the caches filled by
every other article first, against the same article indexed with the caches bypassed (the
definitions: the uncached function, or the general path that reads the article's words).
"""
from __future__ import annotations

import re

import pytest

from pipeline import zones as zones_module
from pipeline.attribution import zones_of_document
from pipeline.document import Document

from .conftest import SEED_AND_FIELD_ARTICLES, cleaned_document

ARTICLES = SEED_AND_FIELD_ARTICLES

# Written for the places a cache could carry from one article into another: one name of
# several places (和平区, 朝阳区, 鼓楼), a park located only by the division the text names
# (惠东), the same words before a suffix bounded or not, a division abolished since 2000 and
# a free-trade zone area that is one only where the text speaks of a free-trade zone, and the
# same words written before a development zone's suffix and before a park's.
WRITTEN = [
    "天津市和平区、河西区规上企业复工率达到90%。",
    "沈阳市和平区新增市场主体1200户，和平区复工率85%。",
    "和平区复工率达到80%，朝阳区复工率75%。",
    "北京市朝阳区新增就业岗位3000个。",
    "长春市朝阳区发放补贴500万元。",
    "福州市鼓楼高新区企业复工率92%。",
    "南京市鼓楼高新区投入资金2亿元。",
    "惠东县推动惠东产业转移工业园复工，工业园企业复工率88%。",
    "推动惠东产业转移工业园复工，园区企业复工率86%。",
    "西咸新区复工率90%。推动西咸新区企业复工，西咸新区新增企业50家。",
    "南昌市湾里区复工率95%，湾里区新增企业10家。",
    "福建自贸区福州片区新增企业300家。",
    "福州片区新增企业200家。",
    "全市高新区企业复工率95%，该区投入资金3亿元，全区新增就业500人。",
    # The same words before a zone's suffix and before a park's: weighed by different rules.
    "生物医药高新区企业复工率90%。",
    "支持生物医药产业园企业复工，产业园复工率80%。",
    "绵阳市高新区新增企业30家。",
    "绵阳市工业园新增企业20家。",
]


def _documents():
    for path in ARTICLES:
        doc = cleaned_document(path)[1]
        yield path.name, (doc.text, doc.headlines, doc.title_end)
    for i, text in enumerate(WRITTEN):
        yield f"written-{i}", (text, (), None)


DOCUMENTS = list(_documents())
IDS = [name for name, _ in DOCUMENTS]
CACHES = ("_prefix_written", "_fields_of_the_only_place", "_fields_of_dev_zone_alone", "_zone_id")


def _indexed(text: str, headlines, title_end) -> tuple:
    """Everything the article's zone index and attributor hold, as plain values."""
    az = zones_of_document(Document(text, headlines, title_end))
    attributor = az.attributor
    zones = sorted((key, z.zone_name, z.zone_type, z.province, z.city, z.district, z.adcode,
                    sorted(z.aliases), z.zone_id) for key, z in az.zones.items())
    decisions = [attributor.decide(m.start()) for m in re.finditer(r"\d+", text)]
    return (zones, [(m.start, m.end, m.key) for m in az.mentions], [(r.start, r.end, r.kind) for r in az.references],
            az.sections, az.main, az.attributor.main_rule, attributor.items, decisions)


@pytest.fixture(scope="module")
def warm() -> dict[str, tuple]:
    """Each document indexed after every other one (in reverse order) filled the caches."""
    for name in CACHES:
        getattr(zones_module, name).cache_clear()
    for _, article in reversed(DOCUMENTS):
        _indexed(*article)
    return {name: _indexed(*article) for name, article in DOCUMENTS}


def _bypass_caches(monkeypatch) -> None:
    """The definitions: each cached function uncached, or its general path taken always."""
    monkeypatch.setattr(zones_module, "_prefix_written", zones_module._prefix_written.__wrapped__)
    monkeypatch.setattr(zones_module, "_zone_id", zones_module._zone_id.__wrapped__)
    monkeypatch.setattr(zones_module, "_fields_of_the_only_place", lambda name: None)
    monkeypatch.setattr(zones_module, "_fields_of_dev_zone_alone", lambda prefix, suffix: None)


@pytest.mark.parametrize("name, article", DOCUMENTS, ids=IDS)
def test_an_article_indexes_alike_whatever_other_articles_filled_the_caches(name, article, warm, monkeypatch):
    _bypass_caches(monkeypatch)
    assert warm[name] == _indexed(*article)


def test_the_written_cases_reach_the_article_dependent_paths():
    """The cases above do reach what the caches must leave to the article's words."""
    assert zones_module._fields_of_the_only_place("和平区") is None
    assert zones_module._fields_of_dev_zone_alone("惠东产业转移", "工业园") is None
    assert zones_module._fields_of_dev_zone_alone("鼓楼", "高新区") is None
    assert zones_module._fields_of_the_only_place("河西区") is not None
