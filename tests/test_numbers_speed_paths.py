"""The number stage's shortcuts give what the definitions they stand for give (issue 10).

`read_numeral` reads a plain Arabic figure (20672, 41.02, 1.37亿) without tokens: compared with
`_read_by_tokens`, the definition, on every numeral of the seeds and the field set, on forms of
our own wording and on generated strings of the characters the shortcut reads. `_inside_bmp`
counts UTF-16 code units where `_OUTSIDE_BMP` scanned for a character beyond the plane.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline import numbers
from pipeline.numbers import NUMERAL, _read_by_tokens

from .conftest import SEED_AND_FIELD_ARTICLES

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ARTICLES = SEED_AND_FIELD_ARTICLES

_read_uncached = numbers.read_numeral.__wrapped__
# What a pattern hands read_numeral, and the wider runs of Arabic digits and scales around it.
_NUMERALS = regex.compile(rf"{NUMERAL}|[0-9０-９.,]+[万亿兆]*")


def _assert_read_as_defined(numeral: str) -> None:
    assert _read_uncached(numeral) == _read_by_tokens(numeral), numeral


def test_the_articles_are_there():
    if not (SHARED / "dev" / "articles").is_dir():
        pytest.skip("../shared/dev is not beside this checkout: only the seeds are read")
    assert len(ARTICLES) >= 35


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_every_numeral_of_the_articles_is_read_as_defined(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    found = {m.group() for m in _NUMERALS.finditer(text)}
    assert found
    for numeral in found:
        _assert_read_as_defined(numeral)


OWN_WORDING = [
    "0", "00", "0123", "007", "0.5", "00.5", "0.0", "05万", "007亿", "0万", "0.0亿", "00万", "0兆",
    "20672", "41.02", "1.37亿", "115亿", "5兆", "0.75亿", "3.41万", "156.3亿", "9" * 400, "9" * 400 + "万",
    "1.", ".5", "1.2.3", "1..2", "1.5.", "１２", "１２万", "1,200", "1,200万", "1 200", "3万亿", "万", "亿",
    "5万5", "1万2千", "2.5万元", "3千万", "十", "一百", "1百01", "",
]


@pytest.mark.parametrize("numeral", OWN_WORDING)
def test_numerals_of_our_own_wording_are_read_as_defined(numeral):
    _assert_read_as_defined(numeral)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789.,万亿兆十百千１", max_size=12))
@example("1.37亿")
def test_generated_figures_are_read_as_defined(numeral):
    _assert_read_as_defined(numeral)


@settings(max_examples=2000, deadline=None)
@given(st.from_regex(r"[0-9]{1,12}(\.[0-9]{1,8})?[万亿兆]?", fullmatch=True))
@example("0.1亿")
@example("123456789.12345678亿")
def test_generated_plain_figures_are_read_as_defined(numeral):
    """The shortcut's own ground: whole and decimal figures with one big unit, where a float
    made from the digits at once and one made token by token could round apart."""
    _assert_read_as_defined(numeral)


# --- whether the twins may scan a text --------------------------------------------------------

def _assert_bmp_as_defined(text: str) -> None:
    assert numbers._inside_bmp(text) == (numbers._OUTSIDE_BMP.search(text) is None), ascii(text[:40])


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_the_plane_of_the_articles_is_told_as_defined(path):
    _assert_bmp_as_defined(path.read_text(encoding="utf-8", errors="replace"))
    _assert_bmp_as_defined(path.read_text(encoding="utf-8", errors="replace") + "\U00011f55")


@pytest.mark.parametrize("text", [
    "", "a", "补贴3万元", "\uffff", "\U00010000", "\U0010ffff", "补贴\U00011f553万元", "\U0001f600增长5%",
    "\udc80", "补贴\udc803万元\ud800", "\ud800\udc00",  # lone surrogates, even a pair of them, are one unit each
])
def test_the_plane_of_texts_of_our_own_wording_is_told_as_defined(text):
    _assert_bmp_as_defined(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(codec=None), max_size=20))
def test_the_plane_of_generated_texts_is_told_as_defined(text):
    _assert_bmp_as_defined(text)

