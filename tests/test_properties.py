"""Property tests: any input to the per-article function gives rows or a rejection,
never an exception and never a hang, and every row it gives is grounded in the text.

They run in strict mode (ZONE_MEASURES_STRICT=1): an unexpected exception inside the
pipeline propagates instead of becoming a "could not process" rejection, so a bug
fails them. Grounding is checked against spans found independently of the measure
rows: a measure's span must be one of the numbers `find_numbers` reads in the text,
and a policy's mention must hold its title.

The default run is short; `pytest -m slow` (make test-slow) runs >= 10,000 examples.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.article import process_article
from pipeline.budget import STRICT_ENV
from pipeline.ingest import InputItem
from pipeline.numbers import find_numbers


@pytest.fixture(scope="module", autouse=True)
def strict_mode():
    """Exceptions inside the pipeline propagate: a bug is a failure, not a rejected row."""
    before = os.environ.get(STRICT_ENV)
    os.environ[STRICT_ENV] = "1"
    yield
    if before is None:
        del os.environ[STRICT_ENV]
    else:
        os.environ[STRICT_ENV] = before

# Pieces that exercise the extractor's rules, to be shuffled with arbitrary characters.
FRAGMENTS = [
    "苏州高新区", "海淀区", "合肥经济技术开发区", "全区", "园区", "我市", "(滨江)", "有限公司",
    "复工率达", "复工复产", "开工", "企业", "家", "户", "个", "人", "名", "人次", "件口罩",
    "补贴", "贷款", "担保", "贴息", "减免租金", "专项资金", "最高", "超过", "近", "余", "多", "以上",
    "万元", "亿元", "元", "美元", "%", "％", "成", "百分之", "分别", "、", "，", "。", "\n", "\n\n",
    "截至", "3月底", "5月14日", "2020年", "《", "》", "惠企", "10条", "条", "“", "”", "(", ")",
    "企業(yè)", "??(gòu)", "１２００", "1,200", "3.15", "零", "三千五百", "九成", " ", "\t", "</p>",
    "图片来源:", "► ", "[责任编辑:", "]", "010-88886666", "较上日增加", "预计", "总投资",
]
ARBITRARY = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
PIECES = st.lists(st.one_of(st.sampled_from(FRAGMENTS), ARBITRARY, st.integers(0, 10**9).map(str)), max_size=40)
TEXTS = PIECES.map("".join)


def _item(raw: bytes, name: str = "prop") -> InputItem:
    return InputItem(hashlib.sha256(raw).hexdigest()[:16], f"{name}.txt", name, "txt", raw)


_NOT_IN_TITLE_KEY = regex.compile(r"[\s\p{P}《》“”\"']")


def _check(result: dict) -> None:
    article = result["article"]
    assert article["status"] in ("ok", "rejected")
    if article["status"] == "rejected":
        assert article["error"] and not result["measures"]
        assert not article["error"].startswith(("could not process", "could not decode")), article["error"]
        return
    text = article["text"]
    number_spans = {(n.start, n.end) for n in find_numbers(text, with_missing=True)}
    for row in result["measures"]:
        assert (row["span_start"], row["span_end"]) in number_spans, (row, text)
        assert text[row["span_start"]:row["span_end"]] == row["mention"]
        assert row["mention"] in row["sentence"] and row["sentence"] in text
    for row in result["policies"]:
        assert text[row["span_start"]:row["span_end"]] == row["mention"]
        assert _NOT_IN_TITLE_KEY.sub("", row["title"]) in _NOT_IN_TITLE_KEY.sub("", row["mention"]), row
    for row in result["measures"]:
        value = row["value"]
        assert (value is None) == row["is_value_missing"]
        if value is not None and row["unit"] == "ratio":
            assert 0 <= value <= 1
        assert row["as_of"] is None or isinstance(row["as_of"], dt.date)


_SETTINGS = dict(deadline=dt.timedelta(seconds=20), suppress_health_check=[HealthCheck.too_slow])


@settings(max_examples=150, **_SETTINGS)
@given(TEXTS)
def test_any_text_gives_rows_or_a_rejection(text):
    _check(process_article(_item(text.encode("utf-8"))))


@settings(max_examples=100, **_SETTINGS)
@given(st.binary(max_size=400))
def test_any_bytes_give_rows_or_a_rejection(raw):
    _check(process_article(_item(raw)))


@settings(max_examples=60, **_SETTINGS)
@given(st.sampled_from(["utf-8", "gb18030", "utf-16"]), TEXTS, st.data())
def test_mutated_encoded_text_never_breaks(encoding, text, data):
    raw = bytearray(text.encode(encoding, errors="replace"))
    for _ in range(data.draw(st.integers(0, 5))):
        if raw:
            raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    _check(process_article(_item(bytes(raw))))


# A sentence whose one fact is known by construction, placed among arbitrary text: the
# row it gives must carry exactly the characters written for the amount.
ZONES = st.sampled_from(["苏州高新区", "合肥经开区", "海淀区", "清远高新区", "滨海新区"])
CUES = st.sampled_from([("发放稳岗补贴", "subsidy"), ("减免租金", "rent_relief"), ("新增贷款", "loan")])


# Without control characters: a text that is mostly control bytes is rightly called binary.
PRINTABLE = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(st.characters(blacklist_categories=("Cs", "Cc")),
                                                                   max_size=60)), max_size=40).map("".join)


@settings(max_examples=80, **_SETTINGS)
@given(PRINTABLE, ZONES, CUES, st.integers(1_001, 99_999), PRINTABLE)
def test_a_known_fact_keeps_its_exact_characters_among_any_text(before, zone, cue, amount, after):
    mention = f"{amount}万元"
    raw = f"{before}。\n{zone}{cue[0]}{mention}。\n{after}"
    result = process_article(_item(raw.encode("utf-8")))
    _check(result)
    text = result["article"]["text"]
    rows = [r for r in result["measures"] if r["value"] == amount * 10_000 and r["category"] == cue[1]]
    assert rows, (raw, result["measures"])
    assert any(text[r["span_start"]:r["span_end"]] == mention == r["mention"] for r in rows), rows


@pytest.mark.slow
@settings(max_examples=10_000, **_SETTINGS)
@given(TEXTS)
def test_long_run_any_text_gives_rows_or_a_rejection(text):
    _check(process_article(_item(text.encode("utf-8"))))
