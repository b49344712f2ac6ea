"""The literal prefilters of measures.py's window patterns find what the patterns alone find.

`_search_ending` skips a `$`-anchored pattern (_PRICE_CUT_AT, _COST_BORNE_BY) where the window
ends with none of the characters its matches can end with; `_SECTOR_RATE` is `_SECTOR_RATE_SHAPE`
with its literal first. Both must match exactly where the plain patterns do, at every window end
of the seed and field texts and of sentences written to match."""
from __future__ import annotations

import re

import pytest

from pipeline import measures as M

from .conftest import SEED_AND_FIELD_ARTICLES, cleaned_document

_WINDOW_PATTERNS = [
    (M._PRICE_CUT_AT, M._PRICE_CUT_AT_LASTS, M._PRICE_CUT_AT_REACH),
    (M._COST_BORNE_BY, M._COST_BORNE_BY_LASTS, M._COST_BORNE_BY_REACH),
]

WRITTEN = [
    "货物装卸费下调30%", "货物装卸费下调了30%", "下调码头作业费10%", "下调码头作业费用的10%",
    "水费按50%收取", "资费给予10%的优惠", "电费按5%予以优惠", "县财政承担保费的70%",
    "包车费用由经开区承担80%", "利息还能补一半", "利息补了30%", "水费按照\n50%", "停车费享受\n",
]


def _texts() -> list[str]:
    return WRITTEN + [cleaned_document(path)[0].text for path in SEED_AND_FIELD_ARTICLES[:80]]


@pytest.mark.parametrize("pattern,lasts,reach", _WINDOW_PATTERNS, ids=lambda p: getattr(p, "pattern", "")[:12])
def test_search_ending_finds_what_the_pattern_finds(pattern, lasts, reach):
    matched = 0
    for text in _texts():
        for hi in range(len(text) + 1):
            lo = max(0, hi - reach)
            expected = pattern.search(text, lo, hi)
            found = M._search_ending(pattern, lasts, text, lo, hi)
            assert (found and found.span()) == (expected and expected.span()), (pattern.pattern[:40], text[lo:hi])
            matched += expected is not None
    assert matched, "no window matched: the check compared nothing but misses"


def test_sector_rate_literal_first_matches_the_shape():
    shape = re.compile(M._SECTOR_RATE_SHAPE.replace(r"\p{Han}", M.HAN))
    written = ["复航率达90%", "恢复航率", "康复率", "复工率、复产率和复市率", "客户复购率达30%", "修复率"]
    for text in _texts() + written:
        assert [m.span() for m in M._SECTOR_RATE.finditer(text)] == [m.span() for m in shape.finditer(text)]
    for text in written:
        for pos in range(len(text)):  # windows opening anywhere: the lookbehind reads before them alike
            assert [m.span() for m in M._SECTOR_RATE.finditer(text, pos)] == [m.span() for m in shape.finditer(text, pos)]
