"""Whole pages as portals, news sites and WeChat serve them (tests/fixtures/pages): the title,
the date and the body a page decodes and cleans to, as `expect.json` states them per file."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.article import parse_date
from pipeline.clean import clean_text
from pipeline.ingest import decode_html_page

PAGES = Path(__file__).parent / "fixtures" / "pages"
EXPECT = {name: e for name, e in json.loads((PAGES / "expect.json").read_text(encoding="utf-8")).items()
          if not name.startswith("_")}


def test_every_page_has_its_expectation():
    assert EXPECT, "no page fixtures"
    assert sorted(EXPECT) == sorted(p.name for p in PAGES.glob("*.html"))


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_page_decodes_and_cleans_as_expected(name):
    expect = EXPECT[name]
    decoded = decode_html_page((PAGES / name).read_bytes())
    assert decoded.error is None, decoded.error
    cleaned = clean_text(decoded.text, published_date=parse_date(decoded.date))
    assert decoded.title == expect["title"]
    assert str(cleaned.published_date) == expect["published_date"]
    for kept in expect.get("contains", []):
        assert kept in cleaned.text, kept
    for dropped in expect.get("not_contains", []):
        assert dropped not in cleaned.text, dropped
    if "n_title_lines" in expect:
        assert cleaned.text.split("\n").count(expect["title"]) == expect["n_title_lines"]
    if "has_missing_digits" in expect:
        assert cleaned.has_missing_digits == expect["has_missing_digits"]
