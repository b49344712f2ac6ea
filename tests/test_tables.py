"""pipeline/resources/tables.json is loaded and checked like the other resource files (every
key noted, no list repeating an entry), and the table reader costs nothing on a text with no
table: no separator and no tab or space run inside a line means no work past one scan."""
from __future__ import annotations

import copy

import pytest

from pipeline import tables
from pipeline.lexicon import ResourceError, check_resource, resource


@pytest.fixture()
def data() -> dict:
    return copy.deepcopy(resource("tables.json"))


def test_every_key_has_a_note(data):
    for key in data:
        if not key.startswith("_"):
            assert f"_{key}_note" in data, key


def test_a_repeated_total_word_fails_to_load(data):
    data["total_words"].append(data["total_words"][0])
    with pytest.raises(ResourceError, match="listed twice"):
        check_resource("tables.json", data)


def test_no_raw_rows_without_a_gap_inside_a_line():
    assert tables.raw_rows("  余杭区复工率95%。\n　　萧山区开工率93%。") == {}


def test_raw_rows_are_keyed_by_their_characters_without_white_space():
    rows = tables.raw_rows("区县\t开工率\n余杭区   95.8%")
    assert rows == {"区县开工率": ["区县", "开工率"], "余杭区95.8%": ["余杭区", "95.8%"]}


def test_text_without_a_table_is_not_split_into_lines(monkeypatch):
    monkeypatch.setattr(tables, "_lines", lambda *a: pytest.fail("scanned lines of a text with no table"))
    assert tables.table_measures("全区复工率达95%。", None, article_date=None, raw={}) == []


def test_an_html_table_is_read_row_by_row(tmp_path):
    # ingest parts a <table> row's cells with tabs, which the table reader takes for columns;
    # with a space between them, rows that do not end in a figure (a 备注 column) go unread.
    from pipeline.article import process_article
    from pipeline.ingest import discover_inputs

    page = tmp_path / "board.html"
    page.write_text(
        "<html><head><title>无锡各区复工情况</title></head><body><div class=\"content\">"
        "<p>2020年3月20日</p><p>截至3月19日，全市各区复工情况如下：</p><table>"
        "<tr><th>区县</th><th>复工率</th><th>复工企业（家）</th><th>备注</th></tr>"
        "<tr><td>锡山区</td><td>96.1%</td><td>812</td><td>稳步推进</td></tr>"
        "<tr><td>惠山区</td><td>94.8%</td><td>655</td><td>全面复工</td></tr>"
        "</table></div></body></html>", encoding="utf-8")
    result = process_article(discover_inputs([tmp_path])[0])
    text = result["article"]["text"]
    rows = {(m["mention"], m["category"], m["value"]) for m in result["measures"] if m["rule"].startswith("table:")}
    assert rows == {("96.1%", "return_to_work_rate", 0.961), ("812", "enterprises_resumed", 812.0),
                    ("94.8%", "return_to_work_rate", 0.948), ("655", "enterprises_resumed", 655.0)}
    assert all(text[m["span_start"]:m["span_end"]] == m["mention"] for m in result["measures"])


def test_a_totals_row_of_the_rows_city_is_built_not_quarantined(tmp_path):
    # A totals row whose zone is the listed places' common city gets zone_rule table_total, which
    # the measures schema must accept: a rule the schema lacks would quarantine the row.
    import json

    import pandas as pd

    from tests.conftest import run_build

    article = {"title": "苏州工业园区复工观察", "date": "2020-03-21", "text": "\n".join([
        "截至3月20日，全市各板块复工情况如下：", "板块 | 复工率 | 复工企业（家）",
        "吴中区 | 97.9% | 1342", "相城区 | 96.5% | 1015", "全市 | 97.2% | 9800"])}
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(article, ensure_ascii=False) + "\n", encoding="utf-8")
    result = run_build(source, tmp_path / "out", "--no-cache")
    assert result.returncode == 0, result.stderr
    rows = pd.read_parquet(tmp_path / "out" / "measures.parquet")
    totals = rows[rows["mention"].isin(["97.2%", "9800"])]
    assert sorted(totals["zone_name"]) == ["苏州市", "苏州市"]
    assert set(totals["zone_rule"]) == {"table_total"}
    assert len(pd.read_parquet(tmp_path / "out" / "quarantine.parquet")) == 0


def test_a_romanised_table_row_is_found_again_without_its_glosses():
    # the cleaned text holds no gloss: a row keyed with its glosses would never be found again
    rows = tables.raw_rows("園區(qū)    企業(yè)數    復(fù)工率\n"
                           "臨港園區(qū)    42    95.2%")
    assert rows == {"园区企业数复工率": ["园区", "企业数", "复工率"], "临港园区4295.2%": ["临港园区", "42", "95.2%"]}


@pytest.mark.parametrize("text", ["", "甲 乙", "甲  乙", "甲\t乙", "甲\u3000乙", "甲\u3000\u3000乙", "甲 \u3000乙",
                                  "甲\u3000 乙", "甲 乙\n丙\u3000丁", "甲\u3000乙  丙\t丁 \u3000戊\u3000 己\u3000\u3000庚"])
def test_the_gaps_a_text_holds_are_those_a_substring_test_finds(text):
    from pipeline.tables import _GAPS, _gaps_in
    assert _gaps_in(text) == tuple(gap for gap in _GAPS if gap in text)
