"""The per-article function: rows or a readable rejection, never an exception."""
from __future__ import annotations

import datetime as dt
import hashlib
import pickle

import pytest

from pipeline.article import measures_of_text, process_article
from pipeline.ingest import InputItem

SENTENCE = "截至3月底，合肥经开区累计为企业发放稳岗补贴300万元，规上工业企业复工率达到96%。"


def _item(raw: bytes, name: str = "one") -> InputItem:
    return InputItem(hashlib.sha256(raw).hexdigest()[:16], f"{name}.txt", name, "txt", raw)


def test_an_article_gives_its_rows_as_plain_picklable_values():
    result = process_article(_item(SENTENCE.encode("utf-8")))
    assert result["article"]["status"] == "ok"
    assert {(m["category"], m["value"]) for m in result["measures"]} == {("subsidy", 3_000_000.0), ("return_to_work_rate", 0.96)}
    assert {m["zone_name"] for m in result["measures"]} == {"合肥经开区"}
    assert pickle.loads(pickle.dumps(result)) == result  # crosses process and Dask boundaries


@pytest.mark.parametrize("title, expected", [
    ("崑山開發區企業復工率達95%", "昆山开发区企业复工率达95%"),   # a Traditional page: as its text
    ("昆山开发区企业复工率达95%", "昆山开发区企业复工率达95%"),
])
def test_a_pages_title_is_in_the_script_of_its_text(title, expected):
    body = title.replace("企業", "規上企業").replace("企业", "规上企业")
    page = f'<html><head><meta charset="utf-8"><title>{title}</title></head><body><div class="content">' \
           f"<h1>{title}</h1><p>{body}。</p></div></body></html>"
    raw = page.encode("utf-8")
    item = InputItem(hashlib.sha256(raw).hexdigest()[:16], "page.html", "page", "html", raw)
    article = process_article(item)["article"]
    assert article["title"] == expected
    assert article["text"].startswith(expected)


def test_an_article_over_its_time_budget_is_rejected_with_that_reason():
    result = process_article(_item(SENTENCE.encode("utf-8")), time_budget=0.0)
    assert result["article"]["status"] == "rejected"
    assert "time budget" in result["article"]["error"]
    assert result["measures"] == []


def test_an_article_that_is_only_page_furniture_is_rejected():
    raw = "图片来源：新华社\n[责任编辑:张三]\n打印本页 关闭窗口".encode("utf-8")
    result = process_article(_item(raw))
    assert result["article"]["status"] == "rejected"
    assert "no article text" in result["article"]["error"]


def test_undecodable_bytes_are_rejected_not_raised():
    result = process_article(_item(bytes(range(256)) * 4))
    assert result["article"]["status"] == "rejected"
    assert result["article"]["error"]


@pytest.mark.parametrize("text, subject", [
    ("锡山区为中小微企业减免租金2300万元。", "中小微企业"),
    ("江阴市向受疫情影响的外贸企业发放补贴1200万元。", "受疫情影响的外贸企业"),
    ("截至3月5日，新北区规上工业企业复工率达到92%。", "规上工业企业"),
    ("截至3月5日，钟楼区已有超过3100家商贸服务业经营主体复工。", "商贸服务业经营主体"),
    ("武进区、金坛区规上企业复工率分别为96%、94%。", "规上企业"),
    ("溧阳市设立5000万元纾困基金。", None),
])
def test_subject_is_who_the_figure_covers_as_written(text, subject):
    rows = measures_of_text(text)
    assert rows and {r["subject"] for r in rows} == {subject}


def test_lone_surrogates_never_reach_the_rows(monkeypatch):
    """Whatever a decoder lets through, the rows stay writable (same length, so spans hold)."""
    import pipeline.article as article_module
    from pipeline.ingest import Decoded

    monkeypatch.setattr(article_module, "decode_input",
                        lambda item: Decoded(text="\udcb9" + SENTENCE, encoding="utf-8", title="\ud800标题"))
    result = process_article(_item(b"any"))
    assert result["article"]["text"].startswith("\ufffd") and result["article"]["title"] == "\ufffd标题"
    for row in [result["article"], *result["measures"]]:
        for value in row.values():
            if isinstance(value, str):
                value.encode("utf-8")
    assert len(result["measures"]) == 2


def _long_notice(line) -> str:
    """A public notice of decided payments long enough to be read in windows (article.in_windows)."""
    from pipeline.article import WINDOW_THRESHOLD_CHARS
    lines = ["东丽经济开发区2021年第二批吸纳就业补助拟发放企业名单公示",
             "经申报、审核，现将拟发放补助的企业名单予以公示。"] + [line(k) for k in range(1, 381)]
    text = "\n".join(lines)
    assert len(text) > WINDOW_THRESHOLD_CHARS
    return text


@pytest.mark.parametrize("line, amount", [
    (lambda k: f"{k}．天津某某某某机电设备有限公司（申报序号{k}），拟发放吸纳就业补助{k + 3}.2万元。",
     lambda k: (k + 3.2) * 10_000),                     # prose, a firm a line
    (lambda k: f"{k}、天津某某某某精密模具有限公司{k}厂：核定吸纳{k % 9 + 2}人，拟兑现补助{k * 100 + 17}元；",
     lambda k: k * 100 + 17),                            # another wording, 拟兑现 and 元
])
def test_a_notice_title_holds_for_the_whole_of_a_long_list(line, amount):
    # A long notice is read window by window; the 公示 title stands in the first window only, and
    # the 拟发放 of every later line is still a payment decided by review, no plan (cues.json _decided_in_notice).
    text = _long_notice(line)
    rows = measures_of_text(text, published_date=dt.date(2021, 6, 8))
    assert sorted(round(r["value"]) for r in rows if r["category"] == "subsidy") \
        == sorted(round(amount(k)) for k in range(1, 381))


def _long_payee_list(row) -> str:
    """A payout list of 450 firms under one header, long enough to be read in several windows (each
    firm's amount its own: equal amounts of two firms are another matter, deduplication's)."""
    from pipeline.article import WINDOW_CHARS, WINDOW_THRESHOLD_CHARS
    lines = ["南平市建阳区一次性留工培训补助发放结果",
             "区人社局已向下列参保企业拨付一次性留工培训补助，明细如下：",
             row("企业名称", "参保人数", "补助金额（元）")] \
        + [row(f"建阳某某竹木制品第{k}厂有限公司", str(k % 40 + 3), str(1000 + 7 * k)) for k in range(1, 451)]
    text = "\n".join(lines)
    assert len(text) > WINDOW_THRESHOLD_CHARS and len(text) > 2 * WINDOW_CHARS
    return text


@pytest.mark.parametrize("row", [
    lambda *cells: "\t".join(cells),                     # cells parted by tabs (raw_rows)
    lambda *cells: " | ".join(cells),                    # cells parted by |
])
def test_a_table_longer_than_a_window_keeps_its_header_in_every_window(row):
    # Windows after the first open inside the table: each is read under the table's header, not
    # under its own first row (tables._header_carried_into), so every firm's payment is a row.
    text = _long_payee_list(row)
    rows = measures_of_text(text, published_date=dt.date(2022, 7, 20))
    assert len(rows) == 450
    assert sorted(r["value"] for r in rows) == [1000.0 + 7 * k for k in range(1, 451)]
    assert {(r["category"], r["zone_name"]) for r in rows} == {("subsidy", "建阳区")}
    assert all(r["mention"] == str(round(r["value"])) for r in rows)
