"""The held-unit scanners write their condition once after the words (a lookbehind per word
length), not once per word: they find the same runs as the candidate runs holding a unit word,
also where one unit word ends another (万元 and 元, 人次 and 次) and after characters that are
no span characters."""
from hypothesis import example, given, settings, strategies as st

from pipeline import numbers

_UNIT_PIECES = sorted({w for words in numbers._UNIT_WORDS.values() for w in words})
_PIECES = _UNIT_PIECES + ["3", "十", "一", "万", "亿", "余", "多", "大", "工", "的", "x", "，", "。", " ", "\n", "\U00011f55"]


def _held_by_definition(name: str, text: str):
    runs = numbers._candidate_runs(text)
    return numbers._runs_holding(numbers._UNIT_SCANNERS[name], text, runs, [s for s, _ in runs])


@settings(max_examples=1500, deadline=None)
@example("大万元3")
@example("的美元")
@example("的美元3")
@example("x人次")
@example("3的人次")
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_runs_held_with_the_shared_condition_are_the_candidate_runs_holding_a_unit_word(text):
    for name in numbers._PATTERNS:
        assert numbers._held_runs(numbers._HELD_UNIT_SCANNERS[name], text, text[::-1]) == _held_by_definition(name, text)


def test_the_condition_is_written_once_per_word_length_not_once_per_word():
    # each class of span characters costs `re` about a millisecond to compile
    scanner = numbers._HELD_UNIT_SCANNERS["money"].pattern
    assert scanner.count(numbers._SPAN) <= 1 + len({len(w) for w in numbers._UNIT_WORDS["money"]})
