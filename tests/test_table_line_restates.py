"""A per-head standard in a line of a pasted table (一次性留工补助600元/人120\t310, the label glued to
its amount by cleaning) restates the standard a numbered item gave before it under the same name
(（二）一次性留工补助。…按每名参保职工600元的标准发放): one fact (measures._table_line_restates_item),
which dedup then keeps once; standards of different measures, or a line outside a table, stay apart."""
from types import SimpleNamespace

from pipeline.measures import _table_line_restates_item

TEXT = ("（二）一次性留工补助。对暂时无法正常生产经营的中小微企业，按每名参保职工600元的标准发放。\n"
        "（三）一次性扩岗补助。对招用高校毕业生的企业，按每人600元的标准发放。\n"
        "一次性留工补助600元/人120\t310\n"
        "一次性留工补助600元/人，共120户\n")


def _at(surface, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(surface, start + 1)
    return SimpleNamespace(span_start=start, span_end=start + len(surface))


def test_table_line_restates_the_item_that_names_it():
    assert _table_line_restates_item(_at("600元/人"), _at("600元"), TEXT)


def test_item_of_another_measure_is_not_restated():
    assert not _table_line_restates_item(_at("600元/人"), _at("600元", 1), TEXT)


def test_a_line_outside_a_table_restates_nothing():
    assert not _table_line_restates_item(_at("600元/人", 1), _at("600元"), TEXT)
