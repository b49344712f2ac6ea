"""Writes a directory of good and bad inputs, one file per case, for the bad-input tests.

`write_bad_inputs(root)` fills `root` and returns `EXPECTED`, {source_name: Expected}:
the status each input must get in `articles`, a substring its error must contain,
and whether it carries the reference sentence (whose three measures every build
must find). `EXPECTED` is also importable as is, so tests can be parametrized by
case before any file is written. The symlink case points into a sibling directory
`<root>_outside`, created too, which also holds a named pipe to give on the command
line (`COMMAND_LINE_PIPE`).
"""

from __future__ import annotations

import json
import os
import random
from dataclasses import dataclass
from pathlib import Path

import opencc

SENTENCE = "截至3月底，苏州高新区共为企业减免租金1200万元，发放稳岗补贴300万元，复工率达到95%。"
# s2tw, not s2t: OpenCC's s2t writes 爲, which Big5 cannot encode; Taiwan's 為 it can.
SENTENCE_TRADITIONAL = opencc.OpenCC("s2tw").convert(SENTENCE)
# (category, unit, value) that the reference sentence states.
SENTENCE_MEASURES = (
    ("rent_relief", "CNY", 12_000_000.0),
    ("subsidy", "CNY", 3_000_000.0),
    ("return_to_work_rate", "ratio", 0.95),
)
# Values only in a <script> and a <nav> of the HTML case: they must never come out.
DECOY_VALUES = (88_880_000.0, 77_770_000.0)
OVERSIZED_BYTES = 5_300_000
# A file name that is not UTF-8: 复工 in GBK, as a Windows zip unpacked on Linux leaves it.
GBK_NAME = "复工".encode("gbk")
GBK_SOURCE_NAME = "\\xb8\\xb4\\xb9\\xa4"   # how source_name shows it, lossless and valid Unicode
COMMAND_LINE_PIPE = "named_pipe.txt"      # in <root>_outside, given on the command line
FEED_LINES = 6
FEED_LINE_BYTES = 1_050_000               # six of them: a 6.3 MB jsonl, every article under the limit
FIGURES_BYTES = 1_000_000


@dataclass(frozen=True)
class Expected:
    status: str                       # "ok" | "rejected"
    error: str | None = None          # a substring of articles.error when rejected
    has_sentence: bool = False        # holds SENTENCE (or its traditional form)


SENTENCE_OK = Expected("ok", has_sentence=True)
EXPECTED: dict[str, Expected] = {
    "sentence_utf8": SENTENCE_OK,
    "sentence_utf8_bom": SENTENCE_OK,
    "sentence_gb18030": SENTENCE_OK,
    "sentence_big5": SENTENCE_OK,          # the traditional sentence
    "sentence_utf16": SENTENCE_OK,
    "page": SENTENCE_OK,                   # html, with decoys in <script> and <nav>
    "lines#1": SENTENCE_OK,
    "lines#2": Expected("rejected", "jsonl line 2 is not valid JSON"),
    "lines#3": Expected("rejected", 'jsonl line 3 has no non-empty "text" field'),
    "empty": Expected("rejected", "empty file"),
    "whitespace": Expected("rejected", "file holds only whitespace"),
    "binary": Expected("rejected", "binary file"),
    "truncated_middle": Expected("rejected", "undecodable bytes"),
    "truncated_end": Expected("ok"),       # only the cut last character is lost
    "oversized": Expected("rejected", "over the 5,000,000-byte limit"),
    "outside_link": Expected("rejected", "symlink points outside the input root"),
    "digits": Expected("ok"),
    "brackets": Expected("ok"),
    "subsidy_words": Expected("ok"),
    "long_line": Expected("ok"),
    GBK_SOURCE_NAME: SENTENCE_OK,
    "pipe": Expected("rejected", "not a regular file: a named pipe (FIFO)"),
    "named_pipe": Expected("rejected", "not a regular file: a named pipe (FIFO)"),
    "sentence_nul": SENTENCE_OK,          # a short UTF-8 file with stray NULs is text
    "figures": SENTENCE_OK,               # about 1 MB with a figure in every paragraph
    **{f"feed#{n}": SENTENCE_OK for n in range(1, FEED_LINES + 1)},
}


def write_bad_inputs(root: Path) -> dict[str, Expected]:
    root.mkdir(parents=True, exist_ok=True)

    def write(name: str, data: bytes) -> None:
        (root / name).write_bytes(data)

    write("sentence_utf8.txt", SENTENCE.encode("utf-8"))
    write("sentence_utf8_bom.txt", SENTENCE.encode("utf-8-sig"))
    write("sentence_gb18030.txt", SENTENCE.encode("gb18030"))
    write("sentence_big5.txt", SENTENCE_TRADITIONAL.encode("big5"))
    write("sentence_utf16.txt", SENTENCE.encode("utf-16"))
    write("page.html", _html_page().encode("utf-8"))

    lines = [
        json.dumps({"text": SENTENCE, "title": "苏州高新区助企纾困", "date": "2020-04-02"}, ensure_ascii=False),
        '{"text": "发放补贴',
        json.dumps({"title": "只有标题"}, ensure_ascii=False),
    ]
    write("lines.jsonl", ("\n".join(lines) + "\n").encode("utf-8"))

    write("empty.txt", b"")
    write("whitespace.txt", b" \n\t  \r\n   \n")
    write("binary.txt", _png_like_bytes())

    sentence_bytes = (SENTENCE + "\n" + SENTENCE).encode("utf-8")
    middle = len(SENTENCE.encode("utf-8")) // 2
    middle += (3 - middle % 3) % 3 + 1    # inside a 3-byte character, not on its start
    write("truncated_middle.txt", sentence_bytes[:middle] + sentence_bytes[middle + 1:])
    write("truncated_end.txt", sentence_bytes[:-2])

    write("oversized.txt", ("苏州高新区为企业减免租金。" * 200_000).encode("utf-8")[:OVERSIZED_BYTES])

    outside = root.parent / f"{root.name}_outside"
    outside.mkdir(exist_ok=True)
    (outside / "secret.txt").write_text(SENTENCE, encoding="utf-8")
    (root / "outside_link.txt").symlink_to(outside / "secret.txt")

    write("digits.txt", ("1234567890" * 20_000).encode("utf-8"))
    write("brackets.txt", ("（" * 50_000 + "补贴100万元" + "）" * 50_000).encode("utf-8"))
    write("subsidy_words.txt", ("补贴" * 100_000).encode("utf-8"))
    # 1,000,002 bytes: 333,334 characters, no punctuation, no line break.
    write("long_line.txt", ("苏州高新区企业复工复产稳岗" * 30_000).encode("utf-8")[:1_000_002])

    with open(os.fsencode(root) + b"/" + GBK_NAME + b".txt", "wb") as handle:
        handle.write((SENTENCE + "\n").encode("utf-8"))
    os.mkfifo(root / "pipe.txt")
    os.mkfifo(outside / COMMAND_LINE_PIPE)
    sentence = SENTENCE.encode("utf-8")
    write("sentence_nul.txt", sentence[:6] + b"\x00" + sentence[6:10] + b"\x00\x00" + sentence[10:])  # between characters
    write("figures.txt", _figures_article().encode("utf-8"))
    write("feed.jsonl", _big_feed())
    return dict(EXPECTED)


def _figures_article() -> str:
    """About 1 MB: paragraphs of prose, each closing on figures, the reference sentence first."""
    rng = random.Random(20200403)
    prose = "园区持续优化营商环境，帮助企业解决用工难题，推动产业链上下游协同复工。" * 8
    paragraphs = [SENTENCE]
    size = len(SENTENCE.encode("utf-8"))
    while size < FIGURES_BYTES:
        paragraph = f"{prose}第{len(paragraphs)}批企业获得稳岗补贴{rng.randint(1, 9999)}万元，复工率达到{rng.randint(50, 94)}%。"
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 1
    return "\n".join(paragraphs)


def _big_feed() -> bytes:
    """A jsonl file over the 5 MB limit whose every line (an article) is under it."""
    lines = []
    for n in range(1, FEED_LINES + 1):
        record = {"id": str(n), "text": SENTENCE + f"\n第{n}篇", "raw_html": ""}
        padding = FEED_LINE_BYTES - len(json.dumps(record, ensure_ascii=False).encode("utf-8"))
        record["raw_html"] = "<p></p>" * (padding // 7)
        lines.append(json.dumps(record, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _html_page() -> str:
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>苏州高新区助企纾困 - 新闻网</title>
<meta name="PubDate" content="2020-04-02 09:30"></head>
<body>
<nav><a href="/">首页</a> 贷款7777万元</nav>
<div class="breadcrumb">首页 &gt; 新闻</div>
<article><h1>苏州高新区助企纾困</h1><p>{SENTENCE}</p></article>
<script>var fake='补贴8888万元';</script>
<div id="footer">版权所有 电话 0512-12345678</div>
</body></html>"""


def _png_like_bytes() -> bytes:
    rng = random.Random(20200402)
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(4096))
