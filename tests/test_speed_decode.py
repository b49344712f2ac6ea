"""Speed round 5 (issue 10): the cheaper forms of the decoding tests decide exactly as the
definitions they replace, on every input of seeds/ and ../shared/dev, on those texts written in
the other codecs an archive holds (read back with the wrong one too), and on hand-made bytes."""
from __future__ import annotations

import html
import random
from functools import lru_cache
from pathlib import Path

from hypothesis import given, settings, strategies as st

from pipeline import ingest
from pipeline.ingest import decode_input, discover_inputs

from tests.conftest import FIELD_DIRS

ROOT = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def corpus_raws() -> tuple[bytes, ...]:
    """The bytes of every input of seeds/ and the field development set (or its stand-ins)."""
    sources = [ROOT / "seeds", *FIELD_DIRS]
    raws = tuple(item.raw for item in discover_inputs([str(s) for s in sources]) if item.raw)
    assert len(raws) > 20
    return raws


@lru_cache(maxsize=1)
def corpus_texts() -> tuple[str, ...]:
    sources = [ROOT / "seeds", *FIELD_DIRS]
    texts = tuple(d.text for d in map(decode_input, discover_inputs([str(s) for s in sources])) if d.text)
    assert len(texts) > 20
    return texts


def written_in_other_codecs(text: str) -> list[bytes]:
    """`text` as a GB18030 and a Big5 archive would hold it (characters Big5 lacks replaced)."""
    return [text.encode("gb18030"), text.encode("big5hkscs", errors="replace")]


def misread(raw: bytes) -> list[str]:
    """`raw` read with each codec the decoder tries, as far as each can."""
    return [raw.decode(codec, errors="replace") for codec in ("utf-8", "gb18030", "big5hkscs", "utf-16-le")]


def damaged(raw: bytes, rnd: random.Random, n: int) -> bytes:
    """`raw` with `n` bytes overwritten by bytes that cannot stand there in UTF-8."""
    out = bytearray(raw)
    for _ in range(n):
        out[rnd.randrange(len(out))] = rnd.choice((0x80, 0xBF, 0xC0, 0xFF, 0xE4))
    return bytes(out)


# --------------------------------------------------------------------------- text_plausibility

def plausibility_by_definition(text: str) -> float:
    """The mean `_char_score` of the first PLAUSIBILITY_SAMPLE_CHARS non-space characters."""
    common = ingest.common_cjk_chars()
    scores = [ingest._char_score(c, common) for c in text if not c.isspace()][:ingest.PLAUSIBILITY_SAMPLE_CHARS]
    return sum(scores) / len(scores) if scores else 0.0


def test_every_space_lies_below_the_last_one_the_score_table_marks():
    spaces = [code for code in range(0x110000) if chr(code).isspace()]
    assert max(spaces) <= ingest._LAST_SPACE
    table = ingest._score_table()
    assert [code for code in range(0x110000) if table[code] == ingest._NOT_SCORED] == spaces


def test_plausibility_of_the_corpus_and_its_misreadings_is_the_definitions():
    for text in corpus_texts():
        for candidate in [text, *(s for raw in written_in_other_codecs(text) for s in misread(raw))]:
            assert ingest.text_plausibility(candidate) == plausibility_by_definition(candidate)


def test_plausibility_of_texts_longer_than_the_sample_scores_its_first_characters_only():
    joined = "\n\n".join(corpus_texts())
    assert len(joined.replace(" ", "")) > ingest.PLAUSIBILITY_SAMPLE_CHARS
    rnd = random.Random(3)
    for _ in range(20):
        start = rnd.randrange(len(joined) // 2)
        piece = joined[start:start + ingest.PLAUSIBILITY_SAMPLE_CHARS + rnd.randrange(2000)]
        for candidate in (piece, " \u3000\n" * 50 + piece, piece.replace("，", " ア ")):
            assert ingest.text_plausibility(candidate) == plausibility_by_definition(candidate)


def test_plausibility_cut_exactly_at_the_sample_and_around_spaces():
    n = ingest.PLAUSIBILITY_SAMPLE_CHARS
    for text in ("中" * n, "中" * n + "ア", "中" * (n - 1) + " " * 30 + "ア" + "中", " " * (n + 5),
                 "ア" * (n - 1) + "\u3000中\u3000" + "ア" * 9, "", "\u2029\x1c\x85"):
        assert ingest.text_plausibility(text) == plausibility_by_definition(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["中华", "國區", " ", "\u3000", "\n", "ｱ", "가", "\x00", "\ufffd", "é", "\U00020000", "a"]),
                max_size=60), st.integers(1, 12))
def test_plausibility_with_a_small_sample_is_the_definitions(pieces, sample):
    text = "".join(pieces)
    original = ingest.PLAUSIBILITY_SAMPLE_CHARS
    ingest.PLAUSIBILITY_SAMPLE_CHARS = sample
    try:
        assert ingest.text_plausibility(text) == plausibility_by_definition(text)
    finally:
        ingest.PLAUSIBILITY_SAMPLE_CHARS = original


# --------------------------------------------------------------------------- damaged UTF-8

def test_damage_of_the_corpus_in_every_codec_is_judged_as_by_definition():
    rnd = random.Random(11)
    for raw in corpus_raws():
        text = raw.decode("utf-8", errors="replace")
        for candidate in [raw, *written_in_other_codecs(text), damaged(raw, rnd, 1), damaged(raw, rnd, 40),
                          raw[:-1], raw[:len(raw) // ingest.DAMAGE_HEAD_SHARE + 1]]:
            assert ingest._is_damaged_utf8(candidate) == ingest._is_damaged_utf8_by_definition(candidate)


def test_damage_only_after_the_head_or_right_at_its_end_is_judged_as_by_definition():
    text = "企业复工复产，减免租金三个月。".encode("utf-8")
    gb = "企业复工复产，减免租金三个月。".encode("gb18030")
    for head, tail in ((text * 40, gb * 3), (text * 40, gb * 30), (gb * 2, text * 200), (b"a" * 500, gb)):
        for cut in range(0, 8):
            raw = head[:len(head) - cut] + tail
            assert ingest._is_damaged_utf8(raw) == ingest._is_damaged_utf8_by_definition(raw), (len(head), cut)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([b"\xe4\xb8\xad", b"\xd6\xd0", b"\xe4\xb8", b"\x80", b"a", b"\xef\xbf\xbd",
                                 b"\xf0\x9f\x98\x80", b"\xc2"]), max_size=200))
def test_damage_of_mixed_bytes_is_judged_as_by_definition(pieces):
    raw = b"".join(pieces)
    assert ingest._is_damaged_utf8(raw) == ingest._is_damaged_utf8_by_definition(raw)


# --------------------------------------------------------------------------- HTML pages

class _PageParserByDefinition(ingest._PageParser):
    """The page parser as it was: each cue word tested on its own, every piece of data
    collapsed before its spaces are judged."""

    def __init__(self, cues):
        super().__init__(cues)
        self.boilerplate_word = _WordsByDefinition(cues.boilerplate_words)
        self.content_word = _WordsByDefinition(cues.content_words)

    def handle_data(self, data: str) -> None:
        innermost = self.open_elements[-1].tag if self.open_elements else ""
        if innermost in ("script", "style"):
            return
        if self.open_counts["title"] and not self.open_counts["svg"]:
            self.title_buffer.append(data)
        if self.h1_buffer is not None:
            self.h1_buffer.append(data)
        if self.n_dropping:
            return
        text = data if self.open_counts["pre"] else ingest._HTML_SPACES.sub(" ", data)
        if text.strip():
            self.pieces.append(text)


class _WordsByDefinition:
    def __init__(self, words):
        self.words = words

    def search(self, text):
        return True if ingest._holds_any_by_definition(self.words, text) else None


def article_by_definition(html: str) -> ingest.HtmlArticle:
    parser = _PageParserByDefinition(ingest.load_html_cues())
    parser.feed(ingest._defuse_html(html))
    parser.close()
    parser.close_open_elements()
    return ingest.HtmlArticle(text=parser.article_text(), title=parser.title(), date=parser.date(), url=parser.url())


def pages_of(text: str, rnd: random.Random) -> list[str]:
    """`text` laid out as web pages are: furniture around it, paragraphs in blocks, spaces,
    indents and entities between the tags, and some markup left broken."""
    paragraphs = [html.escape(line) for line in text.split("\n") if line.strip()]
    title = paragraphs[0][:30] if paragraphs else ""
    body = "\n".join(f"  <p class='{rnd.choice(['', 'text', 'x'])}'>{p}</p>\n\t" for p in paragraphs)
    pre = "<pre>  一行\n\n   两行 </pre>"
    line_broken = "<br>\n".join(paragraphs)
    return [
        f"<html><head><title> {title} </title><meta name='pubdate' content='2020-05-25'>"
        f"<link rel='canonical' href=' https://example.cn/a '></head>\n<body>\n"
        f"<div class='nav'>首页 &gt; 新闻</div>\n<div id='main-content'>\n<h1> {title} </h1>\n{body}\n</div>\n"
        f"<div id='footer'>版权所有</div>\n<script> var x = '<p>'; </script></body></html>",
        f"<body><article>{body}{pre}</article><aside>相关 新闻</aside><div class='Share'>分享</div>",
        f"<div class='content'><!-- 注释 -->{body}<div class='comment-list'>评论 &nbsp; </div>",
        f"<p>{line_broken}<div class='a\"b'>  \n  </div><p>正文<",
        f"<main>\n\n   \n{body}<br/>&nbsp;\n<td>   </td></main><h1>  </h1><time datetime='2021-01-02'>x</time>",
    ]


def test_pages_made_of_the_corpus_are_read_as_by_definition():
    rnd = random.Random(5)
    for text in corpus_texts():
        for page in pages_of(text, rnd):
            assert ingest.extract_html_article(page) == article_by_definition(page)


def test_hand_written_pages_are_read_as_by_definition():
    for page in ["", " ", "\n\n", "<p> </p>", "<p>第一行<br>\n第二行</p>", "<div>\n  正文\n</div>",
                 "<pre>  </pre><p>a  b</p>", "<title>\xa0</title><p>正文</p>",
                 "<div id='nav'>x</div><div id='NAVBAR'>y</div><div class='contents'>z</div>",
                 "<div class=''>a\n\nb</div>", "<a\n\nhref='x'>链接\n</a>\n<p>第\n二\n行</p>",
                 "<!DOCTYPE html>\n<html>\n<![CDATA[x]]>\n<?php echo 1 ?>\n<p>正文</p>"]:
        assert ingest.extract_html_article(page) == article_by_definition(page)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["nav", "Menu", "content", "articles", "main-text", "x", "", " ", ".*", "a|b"]),
                max_size=4),
       st.lists(st.sampled_from(["nav", "content", "", "a|b", ".*", "text", "menu"]), max_size=4))
def test_any_substring_is_found_exactly_where_some_word_is_part_of_the_text(parts, words):
    text = " ".join(parts).lower()
    words = tuple(words)
    assert (ingest._any_substring(words).search(text) is not None) == ingest._holds_any_by_definition(words, text)
