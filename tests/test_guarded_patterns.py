"""Which patterns get a regex timer inside an article's budget (issue 10, speed per core):
only those that can backtrack for long; every guarded call still checks the deadline."""
from __future__ import annotations

import pytest

from pipeline import budget
from pipeline.lexicon import can_run_long, compiled

# (pattern, can it run long?)
CASES = [
    (r"(?:a|aa)+$", True),
    (r"[0-9]*万", True),
    (r"\d{2,}", True),
    (r"[\p{Han}]{0,500}?补贴", True),
    (r"(?:减免|补贴)\s+租金", True),
    (r"(?:减免|补贴|租金)", False),
    (r"[\p{Han}]{0,10}?(?:已经|已)", False),
    (r"\p{Han}{2}[区县]", False),
    (r"[*+]税", False),          # inside a class, * and + are characters
    (r"\*\+费", False),          # escaped, too
    (r"[]*]?园区", False),        # a leading ] belongs to the class
    (r"第\d{1,3}批", False),
]


@pytest.mark.parametrize(("pattern", "long"), CASES)
def test_can_run_long(pattern, long):
    assert can_run_long(pattern) is long


class _Recorder:
    def __init__(self):
        self.timeouts = []

    def search(self, *args, timeout=None, **kwargs):
        self.timeouts.append(timeout)


def test_only_a_pattern_that_can_run_long_gets_a_timer_inside_a_deadline():
    short, long = compiled("补贴|减免"), compiled(r"补贴\d+")
    real = short.compiled, long.compiled  # the guarded wrappers are cached: restored below
    short.compiled, long.compiled = _Recorder(), _Recorder()
    try:
        with budget.deadline(30):
            short.search("x", timeout=1.0)
            long.search("x", timeout=1.0)
        short.search("x", timeout=1.0)
        assert short.compiled.timeouts == [None, 1.0]  # outside a deadline: the caller's
        assert 0 < long.compiled.timeouts[0] <= 30
    finally:
        short.compiled, long.compiled = real


def test_a_short_pattern_refuses_once_the_deadline_has_passed():
    with budget.deadline(0.0):
        with pytest.raises(budget.BudgetExceeded):
            compiled("补贴|减免").search("补贴")


def test_a_plain_pattern_is_only_given_for_one_that_cannot_run_long():
    from pipeline.lexicon import short_pattern

    assert short_pattern("补贴|减免").search("减免") is not None
    with pytest.raises(ValueError, match="can run long"):
        short_pattern(r"[\p{Han}]{0,500}?补贴")


def test_measures_check_the_budget_once_per_figure(monkeypatch):
    # Classification uses plain patterns (no clock per call): the loop over figures checks instead.
    from pipeline.article import extract_from_text

    figures = 300  # far more than the scans of one article, each of which checks once
    text = "某区向企业发放稳岗补贴" + "，".join(f"第{i}批{i + 10}万元" for i in range(figures)) + "。"  # one sentence
    calls = []
    real = budget.check
    monkeypatch.setattr(budget, "check", lambda: (calls.append(1), real())[1])
    extract_from_text(text)
    assert len(calls) >= figures


class _KeywordRecorder:
    def __init__(self):
        self.keywords = []

    def match(self, *args, **kwargs):
        self.keywords.append(sorted(kwargs))


def test_a_call_without_a_timeout_passes_no_timeout_keyword():
    # regex parses even timeout=None in twice the time of a short pattern's match.
    short, long = compiled("补贴|减免"), compiled(r"补贴\d+")
    real = short.compiled, long.compiled
    short.compiled, long.compiled = _KeywordRecorder(), _KeywordRecorder()
    try:
        with budget.deadline(30):
            short.match("x", 0, timeout=1.0)
            long.match("x")
        short.match("x")
        short.match("x", timeout=2.0)
        assert short.compiled.keywords == [[], [], ["timeout"]]
        assert long.compiled.keywords == [["timeout"]]
    finally:
        short.compiled, long.compiled = real
