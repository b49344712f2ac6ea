"""The measures stage is linear in the figures of a clause: cue words are found once per text
and looked up by bisection. A list four times longer must take about four times as long, not
sixteen (the old per-figure rescan took minutes on a 2,000-item list of counts). The stage is
timed on its own (extract_measures), whatever the article function does with long texts."""
from __future__ import annotations

import time

import pytest

from pipeline.article import measures_of_text
from pipeline.measures import extract_measures
from pipeline.zones import find_zones

# Times itself against the wall clock: `make test` runs it after the parallel run, alone.
pytestmark = pytest.mark.serial

LISTS = {
    "money": lambda n: "全区企业获得补贴" + "、".join(f"{i + 1}万元" for i in range(n)) + "。",
    "count": lambda n: "复工企业分别为" + "、".join(f"{i + 1}家" for i in range(n)) + "。",
    "percent": lambda n: "各园区复工率分别为" + "、".join(f"{i % 99 + 1}%" for i in range(n)) + "。",
    "persons": lambda n: "返岗员工" + "、".join(f"{i + 1}人" for i in range(n)) + "。",
    # equal values: one row each (a clause does not repeat itself), without comparing each to all
    "equal": lambda n: "各园区复工率分别为" + "、".join(["100%"] * n) + "。",
}


def _seconds(text: str, expected_rows: int) -> float:
    zones = find_zones(text)
    best = float("inf")
    for _ in range(2):  # the machine is shared: take the better of two runs
        started = time.perf_counter()
        rows = extract_measures(text, zones, article_date=None)
        best = min(best, time.perf_counter() - started)
        assert len(rows) == expected_rows
    return best


@pytest.mark.parametrize("kind", sorted(LISTS))
def test_a_long_list_in_one_clause_takes_linear_time(kind):
    small, large = 500, 2000
    t_small = _seconds(LISTS[kind](small), small)
    t_large = _seconds(LISTS[kind](large), large)
    assert t_large < 9 * t_small + 0.5, (kind, round(t_small, 3), round(t_large, 3))
    assert t_large < 20, (kind, round(t_large, 3))


def test_dedup_compares_a_row_with_few_others_not_with_every_equal_value(monkeypatch):
    """Rows of one clause are never one fact, so a list of equal values is not compared pairwise."""
    from pipeline import measures

    calls = []
    original = measures._same_fact
    monkeypatch.setattr(measures, "_same_fact", lambda *args: calls.append(1) or original(*args))
    n = 1000
    rows = measures_of_text(LISTS["equal"](n))
    assert len(rows) == n
    assert len(calls) < n, len(calls)


def test_cues_found_in_merged_figure_lines_are_those_of_each_line():
    """ArticleCues scans neighbouring figure lines as one span: it must find exactly the cues a
    scan of each line alone finds (the definition), and none in a line without a figure."""
    from pipeline.document import Document
    from pipeline.measures import MONEY_WORDS, ArticleCues, CueIndex, _C
    from pipeline.numbers import find_numbers

    text = ("某开发区发放稳岗补贴300万元。\n\n减免房租120万元，贷款贴息50万元。\n"
            "会议强调落实补贴政策。\n另拨付专项资金80万元用于技改补助。")
    geo = Document(text)
    cues = ArticleCues(text, geo, find_numbers(text))
    lines = sorted({geo.line_of(n.num_start) for n in cues.numbers if n.kind == "money"})
    assert len(cues._figure_lines["money"]) < len(lines)  # neighbours were merged
    merged = cues.money.cues
    assert merged == CueIndex.of(text, MONEY_WORDS, _C["neutral"], lines).cues
    assert not any(text.index("会议") <= c.start < text.index("另拨付") for c in merged)


def test_rows_and_mentions_made_without_init_equal_the_dataclasses():
    """measures._measure and numbers._mention fill a frozen dataclass's __dict__ directly: each
    row and figure must equal the object its class's own constructor makes from the same
    fields, with every field set, in the class's order."""
    from dataclasses import fields

    from pipeline.measures import Measure
    from pipeline.numbers import NumberMention, find_numbers

    text = "某高新区为中小企业减免房租1.2亿元，发放稳岗补贴3万元至5万元，复工率达95%，已复工企业320家。"
    rows = extract_measures(text, find_zones(text), article_date=None)
    numbers = find_numbers(text)
    assert rows and len(numbers) >= 4
    for cls, objects in ((Measure, rows), (NumberMention, numbers)):
        names = [f.name for f in fields(cls)]
        for obj in objects:
            assert list(obj.__dict__) == names
            assert obj == cls(**obj.__dict__) and hash(obj) == hash(cls(**obj.__dict__))
