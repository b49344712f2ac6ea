"""Unit tests for pipeline/ingest.py: discovery, encodings, HTML, jsonl, bad bytes."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
import time

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.ingest import (
    HTML_CUES_PATH,
    Decoded,
    InputItem,
    decode_input,
    discover_inputs,
    extract_html_article,
    load_html_cues,
    readable_path,
    reported_encoding_name,
    without_control_chars,
)

TO_TRADITIONAL = opencc.OpenCC("s2tw")

SIMPLIFIED = [
    "截至3月底，苏州高新区共为企业减免租金1200万元，发放稳岗补贴300万元，复工率达到95%。",
    "广州开发区对中小企业给予最高100万元贷款贴息，复工率达98%。",   # ~30 characters
    "清远高新区规上工业企业复工复产353家，发放补贴1200万元。",
]
TRADITIONAL = [TO_TRADITIONAL.convert(sentence) for sentence in SIMPLIFIED]
SHORT = ["复工率达98%", "復工率達98%", "减免租金1200万元", "減免租金1200萬元"]

# codec used to write the file -> encoding the stage must report
ENCODINGS = {
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8-sig",
    "gb18030": "gb18030",
    "gbk": "gb18030",
    "big5": "big5",
    "utf-16": "utf-16",
    "utf-16-le": "utf-16",   # no BOM: found from where the NULs sit
}


def txt_item(raw: bytes, kind: str = "txt", name: str = "a") -> InputItem:
    return InputItem(article_id="0" * 16, source_path=f"{name}.{kind}", source_name=name, kind=kind, raw=raw)


def decode(raw: bytes, kind: str = "txt") -> Decoded:
    return decode_input(txt_item(raw, kind))


def encodable(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


# --------------------------------------------------------------------------- encodings


ENCODING_CASES = [
    pytest.param(text, codec, id=f"{codec}-{text[:8]}")
    for text in SIMPLIFIED + TRADITIONAL + SHORT
    for codec in ENCODINGS
    if encodable(text, codec) and not (codec == "utf-16-le" and text.isascii())
]


@pytest.mark.parametrize(("text", "codec"), ENCODING_CASES)
def test_every_encoding_decodes_to_the_same_text(text, codec):
    decoded = decode(text.encode(codec))
    assert decoded.error is None
    assert decoded.text == text
    assert decoded.encoding == ENCODINGS[codec]


def test_the_cases_cover_big5_for_every_traditional_sentence():
    assert all(encodable(text, "big5") for text in TRADITIONAL)
    assert sum(codec == "big5" for _, codec in (case.values for case in ENCODING_CASES)) >= 4


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (b"\xef\xbb\xbf" + SIMPLIFIED[0].encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + SIMPLIFIED[0].encode("utf-16-le"), "utf-16"),
        (b"\xfe\xff" + SIMPLIFIED[0].encode("utf-16-be"), "utf-16"),
    ],
)
def test_a_bom_decides_the_encoding_and_is_stripped(raw, encoding):
    decoded = decode(raw)
    assert (decoded.text, decoded.encoding) == (SIMPLIFIED[0], encoding)


@pytest.mark.parametrize(
    ("name", "reported"),
    [("gb2312", "gb18030"), ("GBK", "gb18030"), ("cp936", "gb18030"), ("gb18030", "gb18030"),
     ("big5", "big5"), ("big5hkscs", "big5"), ("cp950", "big5"), ("utf_8", "utf-8"),
     ("UTF-16LE", "utf-16"), ("utf_8_sig", "utf-8-sig"), ("cp1252", "cp1252")],
)
def test_encoding_names_are_reported_in_one_spelling(name, reported):
    assert reported_encoding_name(name) == reported


# --------------------------------------------------------------------------- bad bytes


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        (b"", "empty file"),
        (b"  \r\n\t\n ", "file holds only whitespace"),
        (b"\xef\xbb\xbf   ", "file holds only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary file: not text in any supported encoding"),
        (bytes(range(1, 32)) * 100, "binary file"),
    ],
)
def test_bytes_that_hold_no_text_are_rejected(raw, error):
    decoded = decode(raw)
    assert decoded.text is None and decoded.encoding is None
    assert error in decoded.error


@pytest.mark.parametrize("n_cut", [1, 2])
def test_utf8_cut_inside_its_last_character_keeps_the_rest(n_cut):
    raw = SIMPLIFIED[0].encode("utf-8")[:-n_cut]
    decoded = decode(raw)
    assert decoded.error is None
    assert decoded.encoding == "utf-8"
    assert decoded.text == SIMPLIFIED[0][:-1]


def test_utf8_damaged_in_the_middle_is_rejected_with_the_offset():
    raw = (SIMPLIFIED[0] * 3).encode("utf-8")
    damaged = raw[:32] + raw[33:]   # the middle byte of 共, which starts at byte 31
    decoded = decode(damaged)
    assert decoded.text is None
    assert decoded.error == "undecodable bytes: not valid UTF-8/GB18030/Big5/UTF-16 (first bad byte at offset 31)"


def test_gb18030_damaged_in_the_middle_is_rejected_with_the_offset():
    raw = (SIMPLIFIED[0] * 3).encode("gb18030")
    decoded = decode(raw[:9] + b"\xff" + raw[10:])   # 0xFF never starts a GB18030 character
    assert decoded.error == "undecodable bytes: not valid UTF-8/GB18030/Big5/UTF-16 (first bad byte at offset 9)"


def test_a_stray_nul_in_utf8_text_is_removed_not_fatal():
    text = SIMPLIFIED[0] * 40
    raw = text.encode("utf-8")
    decoded = decode(raw[:31] + b"\x00" + raw[31:])   # between two characters
    assert decoded.text == text


@pytest.mark.parametrize(
    ("raw_text", "clean"),
    [
        ("a\x00b\x01c\x1fd", "abcd"),
        ("a\r\nb\rc\nd", "a\nb\nc\nd"),
        ("\ufeff补贴\t100万元", "补贴\t100万元"),
        ("a\x7fb\x80c\x9fd", "abcd"),
        ("第一页\f第二页", "第一页\n第二页"),
    ],
)
def test_control_characters_are_removed(raw_text, clean):
    assert without_control_chars(raw_text) == clean


def test_decoded_text_has_no_control_characters():
    text = "苏州高新区\x01发放\x7f补贴\x85300万元\r\n复工率\x1f达95%\t。"
    decoded = decode(text.encode("utf-8"))
    assert (decoded.text, decoded.encoding) == ("苏州高新区发放补贴\n300万元\n复工率达95%\t。", "utf-8")


def test_a_rejected_item_stays_rejected():
    item = InputItem("0" * 16, "big.txt", "big", "txt", b"", error="file is too big")
    assert decode_input(item) == Decoded(text=None, encoding=None, error="file is too big")


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(max_size=400), kind=st.sampled_from(["txt", "html", "jsonl"]))
def test_decode_input_never_raises(raw, kind):
    decoded = decode(raw, kind)
    assert (decoded.text is None) == (decoded.error is not None)
    if decoded.text is not None:
        assert "\x00" not in decoded.text and "\r" not in decoded.text


# --------------------------------------------------------------------------- HTML


PAGE = """<!DOCTYPE html><html><head>
<meta charset="utf-8"><title>苏州高新区助企纾困 - 新闻网</title>
<meta property="article:published_time" content="2020-04-02T09:30:00+08:00">
<style>.x{color:red}</style></head>
<body>
<header><h1>新闻网</h1></header>
<nav>首页 贷款7777万元</nav>
<div class="breadcrumb">首页 &gt; 新闻</div>
<div id="main">
  <div class="article-content"><h1>苏州高新区助企纾困</h1>
    <p>截至3月底，苏州高新区共为企业减免租金1200万元。</p>
    <p>发放稳岗补贴300万元，&ldquo;复工率&rdquo;达到95%。<br>第二行</p>
  </div>
  <div class="share-box">分享到微博</div>
  <div class="related">相关新闻</div>
</div>
<script>var fake='补贴9999万元';</script>
<aside>热门 补贴6666万元</aside>
<div id="footer">版权所有 电话 0512-12345678</div>
</body></html>"""


def test_html_text_is_the_article_without_scripts_or_furniture():
    decoded = decode(PAGE.encode("utf-8"), "html")
    assert decoded.error is None
    assert decoded.text == (
        "苏州高新区助企纾困\n\n截至3月底，苏州高新区共为企业减免租金1200万元。\n\n"
        "发放稳岗补贴300万元，“复工率”达到95%。\n第二行"
    )
    for furniture in ("9999", "7777", "6666", "版权", "分享", "首页", "相关", "color"):
        assert furniture not in decoded.text


def test_html_title_and_date_come_from_h1_and_meta():
    decoded = decode(PAGE.encode("utf-8"), "html")
    assert decoded.title == "苏州高新区助企纾困"   # the article's h1, not the header's
    assert decoded.date == "2020-04-02T09:30:00+08:00"


@pytest.mark.parametrize(
    ("page", "title", "date"),
    [
        ('<title> 标题 </title><meta name="PubDate" content="2020-05-25"><p>正文</p>', "标题", "2020-05-25"),
        ('<p>正文</p><time datetime="2020-03-01">3月1日</time>', None, "2020-03-01"),
        ('<meta name="date" content="2020-01-02"><meta name="publishdate" content="2020-01-01"><p>正文</p>',
         None, "2020-01-01"),
        ("<p>正文</p>", None, None),
    ],
)
def test_html_title_and_date_fallbacks(page, title, date):
    article = extract_html_article(page)
    assert (article.title, article.date) == (title, date)


def test_html_without_an_article_element_keeps_all_body_text():
    article = extract_html_article("<body><p>第一段</p><p>第二段 &amp; 第三段</p></body>")
    assert article.text == "第一段\n\n第二段 & 第三段"


def test_html_meta_charset_is_respected():
    page = PAGE.replace('charset="utf-8"', 'charset="gb2312"')
    decoded = decode(page.encode("gb18030"), "html")
    assert decoded.encoding == "gb18030"
    assert "减免租金1200万元" in decoded.text


def test_html_with_a_wrong_meta_charset_falls_back_to_detection():
    page = PAGE.replace('charset="utf-8"', 'charset="big5"')
    decoded = decode(page.encode("utf-8"), "html")
    assert decoded.encoding == "utf-8"
    assert "减免租金1200万元" in decoded.text


def test_html_with_only_furniture_is_rejected():
    decoded = decode(b"<html><nav>menu</nav><script>x=1</script></html>", "html")
    assert decoded.error == "html page holds no article text (only markup, scripts or navigation)"


@pytest.mark.parametrize(
    "page",
    ["<p>正文<", "<div class='content>正文", "<!-- 注释 <p>正文", "</p></div>正文<p",
     "<script>正文", "<a href=\"x>正文</a>", "<![CDATA[x]]>正文", "<<<>>>正文&#xZZ;&bogus;",
     "<svg><title>图</title></svg><p>正文</p>", "<p/>正文<br/>"],
)
def test_malformed_html_never_raises(page):
    decoded = decode(page.encode("utf-8"), "html")
    assert decoded.error is None or "no article text" in decoded.error


@pytest.mark.parametrize(
    "unit",
    ["<a", "<!--", '<a b="x>', "<a b='x>", "<![CDATA[x>", "<div>", '<div class="content">', "</", "<?"],
)
@pytest.mark.serial  # a wall-clock limit: `make test` runs it after the parallel run, alone
def test_html_parsing_time_grows_linearly(unit):
    # CPython's HTMLParser alone takes ~16 s on 200 kB of "<a"; here 400 kB stays fast.
    start = time.perf_counter()
    decode((unit * (400_000 // len(unit))).encode("utf-8"), "html")
    assert time.perf_counter() - start < 10


def test_html_cue_lists_refuse_duplicates(tmp_path):
    cues = json.loads(HTML_CUES_PATH.read_text(encoding="utf-8"))
    cues["boilerplate_attr_words"].append("nav")
    path = tmp_path / "cues.json"
    path.write_text(json.dumps(cues), encoding="utf-8")
    with pytest.raises(ValueError, match="more than once"):
        load_html_cues(path)


# --------------------------------------------------------------------------- jsonl


def jsonl_item(line: bytes, number: int = 3) -> InputItem:
    return InputItem("0" * 16, "feed.jsonl", f"feed#{number}", "jsonl", line)


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"text": "补贴100万元", "title": "标题", "date": "2020-04-01", "url": "http://x", "id": "7"},
         Decoded(text="补贴100万元", encoding="utf-8", title="标题", date="2020-04-01", url="http://x",
                 source_id="7")),
        ({"text": "补贴\r\n100万元\x00", "title": 5, "date": ["2020"], "url": None},
         Decoded(text="补贴\n100万元", encoding="utf-8")),
    ],
)
def test_jsonl_line_gives_text_and_optional_strings(record, expected):
    line = json.dumps(record, ensure_ascii=False).encode("utf-8")
    assert decode_input(jsonl_item(line)) == expected


@pytest.mark.parametrize(
    ("line", "error"),
    [
        (b'{"text": "abc', "jsonl line 3 is not valid JSON: Unterminated string"),
        (b"not json", "jsonl line 3 is not valid JSON: Expecting value"),
        (b'{"title": "x"}', 'jsonl line 3 has no non-empty "text" field'),
        (b'{"text": "  "}', 'jsonl line 3 has no non-empty "text" field'),
        (b'{"text": 12}', 'jsonl line 3 has no non-empty "text" field'),
        (b'["text"]', 'jsonl line 3 has no non-empty "text" field'),
        (b"42", 'jsonl line 3 has no non-empty "text" field'),
        (b'{"text": "\xb2\xb9"}', "jsonl line 3 is not valid UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "jsonl line 3 is not valid JSON"),
    ],
)
def test_bad_jsonl_lines_are_rejected(line, error):
    decoded = decode_input(jsonl_item(line))
    assert decoded.text is None
    assert decoded.error.startswith(error)


def test_jsonl_lines_are_numbered_physically_and_blank_ones_skipped(tmp_path):
    (tmp_path / "feed.jsonl").write_bytes(
        b'\xef\xbb\xbf{"text": "\xe4\xb8\x80"}\r\n\n   \n{"text": "\xe4\xba\x8c"}\n{"title": "x"}'
    )
    items = discover_inputs([tmp_path])
    assert [item.source_name for item in items] == ["feed#1", "feed#4", "feed#5"]
    assert {item.source_path for item in items} == {"feed.jsonl"}
    assert items[0].raw == b'\xef\xbb\xbf{"text": "\xe4\xb8\x80"}'   # no "\r\n"
    assert [decode_input(item).text for item in items[:2]] == ["一", "二"]
    assert items[1].article_id == hashlib.sha256(b'{"text": "\xe4\xba\x8c"}').hexdigest()[:16]


def test_an_empty_jsonl_file_still_gets_a_rejected_item(tmp_path):
    (tmp_path / "feed.jsonl").write_bytes(b"\n\n")
    [item] = discover_inputs([tmp_path])
    assert item.error == "jsonl file holds no non-blank line"


# --------------------------------------------------------------------------- discovery


def write(path, data: bytes = b"text") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def test_walk_is_sorted_by_relative_path_and_skips_hidden_and_unknown(tmp_path):
    for name in ["b/z.txt", "a.HTML", "b/a.jsonl", "c.htm", "a/y.Txt", ".hidden.txt", ".git/x.txt",
                 "notes.md", "image.png"]:
        write(tmp_path / name, f'{{"text": "{name}"}}'.encode())
    items = discover_inputs([tmp_path])
    assert [item.source_path for item in items] == ["a.HTML", "a/y.Txt", "b/a.jsonl", "b/z.txt", "c.htm"]
    assert [item.kind for item in items] == ["html", "txt", "jsonl", "txt", "html"]
    assert [item.source_name for item in items] == ["a", "y", "a#1", "z", "c"]
    assert discover_inputs([tmp_path]) == items


def test_a_file_named_explicitly_is_read_whatever_its_extension(tmp_path):
    write(tmp_path / "sub" / "article.md", "补贴".encode())
    [item] = discover_inputs([tmp_path / "sub" / "article.md"])
    assert (item.source_path, item.source_name, item.kind) == ("article.md", "article", "txt")
    assert item.article_id == hashlib.sha256("补贴".encode()).hexdigest()[:16]


def test_a_missing_path_is_a_rejected_item(tmp_path):
    [item] = discover_inputs([tmp_path / "nope.txt"])
    assert item.error.startswith("no such file or directory")


def test_identical_bytes_fold_into_one_item(tmp_path):
    write(tmp_path / "b.txt", b"same")
    write(tmp_path / "a.txt", b"same")
    write(tmp_path / "c" / "d.txt", b"same")
    write(tmp_path / "other.txt", b"other")
    write(tmp_path / "f.jsonl", b'{"text": "x"}\n{"text": "x"}\n')
    items = discover_inputs([tmp_path])
    assert [(item.source_path, item.duplicate_paths) for item in items] == [
        ("a.txt", ("b.txt", "c/d.txt")),
        ("f.jsonl", ("f.jsonl#2",)),
        ("other.txt", ()),
    ]
    assert len({item.article_id for item in items}) == len(items)


def test_the_same_directory_twice_folds_to_one_item_per_article(tmp_path):
    write(tmp_path / "a.txt", b"one")
    assert [item.duplicate_paths for item in discover_inputs([tmp_path, tmp_path])] == [()]


def test_a_file_over_the_size_limit_is_rejected_unread(tmp_path):
    write(tmp_path / "big.txt", b"x" * 6_291_456)
    write(tmp_path / "big.jsonl", b'{"text": "x"}\n' * 10)
    errors = {item.source_path: item.error for item in discover_inputs([tmp_path], max_bytes=5_000_000)}
    assert errors == {
        "big.jsonl": None,
        "big.txt": "file is 6,291,456 bytes, over the 5,000,000-byte limit (raise --max-bytes to accept it)",
    }
    [big_jsonl, big_txt] = discover_inputs([tmp_path], max_bytes=100)
    assert big_jsonl.error is None   # the limit is per article: each 13-byte line is under it
    assert big_txt.raw == b""
    assert big_txt.article_id == hashlib.sha256(b"big.txt").hexdigest()[:16]
    assert decode_input(big_txt).error == big_txt.error


def test_symlinks_outside_the_root_are_rejected_inside_are_followed(tmp_path):
    root, outside = tmp_path / "root", tmp_path / "outside"
    write(outside / "secret.txt", b"secret")
    write(root / "real" / "a.txt", b"inside")
    (root / "leak.txt").symlink_to(outside / "secret.txt")
    (root / "leakdir").symlink_to(outside)
    (root / "alias.txt").symlink_to(root / "real" / "a.txt")
    (root / "real" / "loop").symlink_to(root)
    items = {item.source_path: item for item in discover_inputs([root])}
    assert set(items) == {"leak.txt", "leakdir", "alias.txt"}
    assert items["leak.txt"].error == f"symlink points outside the input root: {(outside / 'secret.txt').resolve()}"
    assert items["leakdir"].error.startswith("symlink points outside the input root")
    assert items["leak.txt"].raw == b""
    assert items["alias.txt"].error is None
    assert items["alias.txt"].duplicate_paths == ("real/a.txt",)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_rejected_with_the_os_error(tmp_path):
    write(tmp_path / "locked.txt", b"secret")
    (tmp_path / "locked.txt").chmod(0)
    [item] = discover_inputs([tmp_path])
    assert item.error == "cannot read file: Permission denied"


# --------------------------------------------------------------------------- per-article limits, odd files


def test_a_jsonl_file_over_the_limit_is_read_line_by_line(tmp_path):
    lines = [json.dumps({"text": f"第{i}篇：复工率达到9{i % 10}%。"}, ensure_ascii=False) for i in range(300)]
    long_line = json.dumps({"text": "补贴" * 200}, ensure_ascii=False)
    write(tmp_path / "feed.jsonl", ("\n".join(lines[:150] + [long_line] + lines[150:]) + "\n").encode())
    assert (tmp_path / "feed.jsonl").stat().st_size > 5_000
    items = discover_inputs([tmp_path], max_bytes=1_000)
    assert len(items) == 301
    ok = [item for item in items if item.error is None]
    assert len(ok) == 300 and all(decode_input(item).text.startswith("第") for item in ok)
    [too_long] = [item for item in items if item.error]
    assert too_long.source_name == "feed#151"
    assert too_long.error == (f"jsonl line 151 is {len(long_line.encode()):,} bytes, over the 1,000-byte limit "
                              "(raise --max-bytes to accept it)")


@pytest.mark.parametrize("n_cut", [0, 1, 2])
def test_a_line_just_at_the_limit_is_read(tmp_path, n_cut):
    line = json.dumps({"text": "补贴100万元"}, ensure_ascii=False).encode()
    write(tmp_path / "feed.jsonl", line + b"\n" * (n_cut > 0) + line[:-1] * (n_cut > 1))
    items = discover_inputs([tmp_path], max_bytes=len(line))
    assert items[0].raw == line and items[0].error is None


def test_a_named_pipe_is_rejected_without_waiting(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "named.txt")
    write(tmp_path / "ok.txt", "复工率达98%".encode())
    found = []
    reader = threading.Thread(target=lambda: found.extend(discover_inputs([tmp_path, tmp_path / "named.txt"])),
                              daemon=True)
    reader.start()
    reader.join(timeout=60)
    if reader.is_alive():  # blocked opening a pipe: give it a writer so the thread ends, then fail
        for name in ("pipe.txt", "named.txt"):
            with contextlib.suppress(OSError):
                os.close(os.open(tmp_path / name, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("discovery waited on a named pipe")
    items = {item.source_path: item for item in found}
    assert set(items) == {"pipe.txt", "named.txt", "ok.txt"}
    assert items["pipe.txt"].error == "not a regular file: a named pipe (FIFO), which is not read (it could block the build)"
    assert items["named.txt"].error == items["pipe.txt"].error
    assert items["ok.txt"].error is None


GBK_NAME = "复工补贴".encode("gbk") + b".txt"


def test_a_file_name_that_is_not_utf8_is_kept_readable_and_read(tmp_path):
    os.makedirs(os.fsencode(tmp_path) + b"/" + "资料".encode("gbk"))
    path = os.fsencode(tmp_path) + b"/" + "资料".encode("gbk") + b"/" + GBK_NAME
    with open(path, "wb") as handle:
        handle.write("复工率达98%".encode())
    with open(os.fsencode(tmp_path) + b"/" + GBK_NAME[:-4] + b".jsonl", "wb") as handle:
        handle.write(b"x" * 200)
    items = discover_inputs([tmp_path], max_bytes=100)
    by_path = {item.source_path: item for item in items}
    assert set(by_path) == {"\\xb8\\xb4\\xb9\\xa4\\xb2\\xb9\\xcc\\xf9.jsonl",
                            "\\xd7\\xca\\xc1\\xcf/\\xb8\\xb4\\xb9\\xa4\\xb2\\xb9\\xcc\\xf9.txt"}
    for item in items:
        item.source_path.encode("utf-8")   # writable to Parquet
        item.source_name.encode("utf-8")
    txt = by_path["\\xd7\\xca\\xc1\\xcf/\\xb8\\xb4\\xb9\\xa4\\xb2\\xb9\\xcc\\xf9.txt"]
    assert txt.error is None and decode_input(txt).text == "复工率达98%"
    # named on the command line too, and over the size limit (rejected before reading)
    [named] = discover_inputs([os.fsdecode(path)], max_bytes=5)
    assert named.source_path == "\\xb8\\xb4\\xb9\\xa4\\xb2\\xb9\\xcc\\xf9.txt" and "over the 5-byte limit" in named.error


@pytest.mark.parametrize(("name", "shown"), [
    ("plain/复工.txt", "plain/复工.txt"),
    ("a\\b.txt", "a\\\\b.txt"),                       # a Windows separator kept in a name
    (os.fsdecode(b"\xb8\xb4.txt"), "\\xb8\\xb4.txt"),
    (os.fsdecode(b"\\xb8\xb4.txt"), "\\\\xb8\\xb4.txt"),     # a name that itself says \\xb8
])
def test_readable_paths_are_unicode_and_lossless(name, shown):
    assert readable_path(name) == shown
    shown.encode("utf-8")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.binary(min_size=1, max_size=12), min_size=1, max_size=3))
def test_readable_path_never_maps_two_names_to_one(parts):
    names = {b"/".join(parts), b"/".join(parts) + b"\\", b"\\".join(parts)}
    shown = {readable_path(os.fsdecode(name)) for name in names}
    assert len(shown) == len(names)
    for text in shown:
        text.encode("utf-8")


@pytest.mark.parametrize("n_nul", [1, 3, 8])
def test_a_short_utf8_text_with_stray_nuls_is_text(n_nul):
    text = "苏州高新区复工率达到95%。"
    raw = text.encode("utf-8")
    decoded = decode(raw[:6] + b"\x00" * n_nul + raw[6:])
    assert decoded.error is None and decoded.text == text


def test_many_nuls_are_still_binary():
    assert "binary file" in decode("复工率达到95%。".encode("utf-8") + b"\x00" * 9).error


def test_jsonl_escapes_of_lone_surrogates_become_replacement_characters():
    decoded = decode_input(jsonl_item('{"text": "\\ud800补贴100万元", "title": "\\udcff标题"}'.encode()))
    assert decoded.text == "\ufffd补贴100万元" and decoded.title == "\ufffd标题"


@pytest.mark.parametrize(
    ("record", "text"),
    [
        # the title names the article's zone (SPEC §5): the text every span points into opens with it
        ({"title": "武侯区助企纾困成绩单出炉", "text": "全区为企业减免租金8000万元。"},
         "武侯区助企纾困成绩单出炉\n\n全区为企业减免租金8000万元。"),
        # already the text's first line (or one of its first three): not written twice
        ({"title": "武侯区助企纾困成绩单出炉", "text": "武侯区助企纾困成绩单出炉\n全区为企业减免租金。"},
         "武侯区助企纾困成绩单出炉\n全区为企业减免租金。"),
        ({"title": "武侯区助企纾困成绩单出炉", "text": "\n2020-04-01\n武侯区助企纾困成绩单出炉\n全区…"},
         "\n2020-04-01\n武侯区助企纾困成绩单出炉\n全区…"),
        # too short to be a headline, or not one line: left out of the text as before
        ({"title": "标题", "text": "全区为企业减免租金。"}, "全区为企业减免租金。"),
        ({"title": "武侯区\n助企纾困", "text": "全区为企业减免租金。"}, "全区为企业减免租金。"),
    ],
)
def test_a_jsonl_title_opens_the_text_unless_the_text_holds_it(record, text):
    line = json.dumps(record, ensure_ascii=False).encode("utf-8")
    decoded = decode_input(jsonl_item(line))
    assert decoded.text == text and decoded.title == record["title"]


def test_a_jsonl_title_gives_the_article_its_main_zone():
    from pipeline.article import process_article
    line = json.dumps({"title": "郫都区出台惠企措施", "text": "全区为中小企业减免房租1.46亿元。", "date": "2020-04-01"},
                      ensure_ascii=False).encode("utf-8")
    result = process_article(jsonl_item(line))
    article, rows = result["article"], result["measures"]
    assert [(r["zone_name"], r["mention"]) for r in rows] == [("郫都区", "1.46亿元")]
    assert all(article["text"][r["span_start"]:r["span_end"]] == r["mention"] for r in rows)


_NAV_DATES_PAGE = (
    '<body><div class="top">{top} | 欢迎访问区政府网</div><div class="notice">关于统计工作的公告 {ticker}</div>'
    '<h1>越秀区为中小企业减免租金</h1><div class="article"><p>{label}</p>'
    "<p>截至2月20日，越秀区已为中小企业减免租金3000万元，惠及企业1200家，区属国企还减免了物业费。</p>"
    "<p>截至5月10日，全区规上工业企业复工率达98%，返岗员工超过12万人，各项惠企政策持续落实。</p></div></body>")


@pytest.mark.parametrize(
    ("top", "ticker", "label", "date"),
    [
        # a labelled date line at the body's top is the page's, not a top bar's or a ticker's date
        ("2020年5月13日 星期三", "2019-12-30", "发布时间：2020-05-12 09:30 来源：区国资局", "2020-05-12"),
        ("2020年5月13日 星期三", "2019-12-30", "来源：区国资局 2020年05月12日", "2020年05月12"),
        # no labelled date: the nearest one above the body, as before
        ("欢迎", "2019-12-30", "区国资局供稿", "2019-12-30"),
    ],
)
def test_html_labelled_date_line_beats_dates_of_the_page_around_it(top, ticker, label, date):
    article = extract_html_article(_NAV_DATES_PAGE.format(top=top, ticker=ticker, label=label))
    assert article.date == date
