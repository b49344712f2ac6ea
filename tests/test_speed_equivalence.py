"""The faster forms of clean, document and zone passes (issue 10) decide exactly as the slow ones did."""
from __future__ import annotations

import regex
import pytest

from pipeline.clean import _BOILERPLATE, _drop_pattern, is_boilerplate, normalise_width
from pipeline.document import positions_of
from pipeline.zones import _admin_name_end, _admin_names, find_admin_names


def _width_by_loop(text: str) -> str:
    """The character loop normalise_width replaced, kept as the reference."""
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E:
            out.append(chr(code - 0xFEE0))
        elif ch in "\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff":
            out.append(" " if ch not in "\u200b\ufeff" else "")
        else:
            out.append(ch)
    return "".join(out)


def test_normalise_width_maps_every_character_as_the_loop_did():
    every = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF)
    assert normalise_width(every) == _width_by_loop(every)
    assert normalise_width("营收１２００万元，增长３５％\u3000\u200b") == "营收1200万元,增长35% "


@pytest.mark.parametrize("kind", ["drop_line", "drop_long_line"])
def test_boilerplate_patterns_can_share_one_search(kind):
    for p in _BOILERPLATE[kind]:
        assert not regex.search(r"\\[1-9]|\(\?[aiLmsuxV]|\(\?P=|\\g<", p), p  # would change meaning in one pattern


LINES = [
    "2021-03-04 09:15", "责任编辑：王小明", "（县融媒体中心供图）", "扫一扫在手机打开当前页", "浏览次数：123",
    "来源：市商务局", "图为工人在车间作业", "记者 周 文", "文/陈立", "上一篇：全区开展安全检查",
    "全县新增减税降费3.2亿元，惠及市场主体1.4万户。", "高新区为企业发放稳岗补贴260万元", "",
    "本网站所载内容版权所有，转载请注明出处", "如发现稿件中有差错，请与我们联系", "阅读量",
]


@pytest.mark.parametrize("line", LINES)
def test_one_search_finds_boilerplate_where_any_pattern_did(line):
    stripped = line.strip()
    for kind in ("drop_line", "drop_long_line"):
        separately = any(regex.search(p, stripped) for p in _BOILERPLATE[kind])
        assert (_drop_pattern(kind).search(stripped) is not None) == separately
    assert isinstance(is_boilerplate(line), bool)


@pytest.mark.parametrize("text", ["", "《", "《条例》和《办法》", "甲\n乙\n\n丙\n", "\n", "无书名号的句子。"])
@pytest.mark.parametrize("char", ["《", "》", "\n"])
def test_positions_of_finds_every_offset(text, char):
    assert positions_of(text, char) == [i for i, ch in enumerate(text) if ch == char]


def test_the_name_end_class_is_exactly_the_last_characters_of_admin_names():
    last_chars = _admin_names()[1]
    assert all(_admin_name_end().fullmatch(ch) for ch in last_chars)
    assert not any(_admin_name_end().fullmatch(ch) for ch in "的了园镇,。\n]^-\\")


def test_admin_names_are_found_where_their_last_character_stands():
    # Names ending the text, back to back, and after punctuation.
    text = "浙江省杭州市余杭区，河北省保定市安新县、雄县和容城县。江苏省"
    spans = find_admin_names(text)
    assert [text[s:e] for s, e in spans][:3] == ["浙江省", "杭州市", "余杭区"]
    assert text[spans[-1][0]:spans[-1][1]] == "江苏省"


def _cue_word_lists() -> list[list[str]]:
    """Every word list cue indexes are built from: cue roles, markers, blockers, count cues and
    heads; and the subject heads and stops that measures._subject scans for."""
    from pipeline.measures import _C, BLOCKS, MONEY_WORDS, PERCENT_WORDS

    lists = [list(MONEY_WORDS) + list(_C["neutral"]), list(PERCENT_WORDS) + list(_C["neutral"]),
             _C["subject_heads"], _C["subject_stops"]]
    for block in BLOCKS.values():
        lists.append(block.get("blockers", []))
        lists.append(block.get("count", {}).get("cues", []) + list(_C["neutral"]))
        lists.extend(block.get("count", {}).get("heads", {}).values())
    return [ws for ws in lists if ws]


def test_the_literal_scanner_finds_what_the_regex_alternation_finds():
    import random

    from pipeline.lexicon import alternation, literal_scanner

    from .conftest import ROOT

    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    rng = random.Random(10)
    for words in _cue_word_lists():
        # Words run together, overlapping and cut short: where leftmost-first choices differ.
        shuffled = "".join(rng.choice(words)[: rng.randint(1, 4)] + rng.choice(["", "的", "，"]) for _ in range(400))
        for text in seeds + [shuffled, "".join(words)]:
            expected = [m.span() for m in regex.finditer(alternation(words), text)]
            assert [m.span() for m in literal_scanner(words).finditer(text)] == expected


def test_cue_indexes_of_figure_lines_hold_what_the_whole_text_index_holds_there():
    """The money, percent and count cues are found only in the lines holding a figure of
    their kind: there, the cues are those a scan of the whole text finds."""
    from pipeline.document import Document
    from pipeline.lexicon import literal_scanner
    from pipeline.measures import _C, MONEY_WORDS, PERCENT_WORDS, ArticleCues
    from pipeline.numbers import find_numbers

    from .conftest import ROOT

    checked = 0
    # Lines that start and end with a cue word, beside the seeds.
    own = "新区发放消费券。\n减免房租300万元，补贴贷款利息的30%，贴息\n无数字的一行提到补贴\n贴息比例20%贴息"
    for text in [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))] + [own]:
        cues = ArticleCues(text, Document(text), find_numbers(text))
        for kind, index, words in (("money", cues.money, MONEY_WORDS), ("percent", cues.percent, PERCENT_WORDS)):
            lines = cues._figure_lines.get(kind, [])
            scanner = literal_scanner(list(words) + list(_C["neutral"]))
            whole = [m.span() for m in scanner.finditer(text) if m.group() in words]
            assert [(c.start, c.end) for c in index.cues] == [(a, b) for a, b in whole
                                                              if any(s <= a and b <= e for s, e in lines)]
            # Each span is a run of neighbouring lines: every figure's line lies in one, and every
            # line of a span that holds any text holds a figure.
            held = {cues.geo.line_of(n.num_start) for n in cues.numbers if n.kind == kind}
            assert all(any(s <= a and b <= e for s, e in lines) for a, b in held)
            assert all(cues.geo.line_of(pos) in held for s, e in lines for pos in range(s, e)
                       if text[pos] != "\n")
            checked += len(index.cues)
    assert checked > 100


def test_shortest_skips_only_values_the_rounding_leaves_alone():
    """numbers._shortest returns a whole number below 1e15 as it is, without formatting it:
    the definition (round to 15 significant digits, a new mention when that changes it) must
    give back the same value, spelled the same, for each of them."""
    import random

    from pipeline.numbers import NumberMention, _shortest

    rng = random.Random(15)
    values = [0.0, -0.0, 1.0, -3.0, 15630000000.0, 999999999999999.0, 1e15, 1e16, 123456789012345678.0,
              156.3 * 1e8, 0.95, 1 / 3, float(2 ** 53), float("inf")]
    values += [float(rng.randrange(10 ** rng.randint(1, 18))) * rng.choice([1, 1e4, 1e8, 0.01]) for _ in range(2000)]
    for value in values:
        n = NumberMention(0, 1, 0, 1, value, "money", "CNY", "exact")
        rounded = float(f"{value:.15g}")
        expected = value if rounded == value and str(rounded) == str(value) else rounded
        got = _shortest(n).value
        assert str(got) == str(expected), value


def test_counts_no_category_counts_are_skipped_and_the_others_still_classified():
    """classify returns early for a counter no category counts (COUNTED_AS): the full path
    (_count_category) gives None for each such figure, and counted figures still make rows."""
    from pipeline.document import Document
    from pipeline.measures import COUNTED_AS, ArticleCues, _count_category, extract_measures
    from pipeline.numbers import find_numbers
    from pipeline.zones import find_zones

    text = "某经开区已复工企业85家，到岗员工3200人，受理业务40笔，签约120项，服务1600人次，复工项目31个。"
    cues = ArticleCues(text, Document(text), find_numbers(text))
    skipped = [n for n in cues.numbers if n.kind == "count" and n.unit not in COUNTED_AS]
    assert {n.unit for n in skipped} >= {"笔", "项", "人次"}
    for n in skipped:
        clause = cues.own_clause(n)
        assert _count_category(cues, n, clause, cues.geo.sentence_of(n.num_start)) is None
    mentions = [text[r.span_start:r.span_end] for r in extract_measures(text, find_zones(text), article_date=None)]
    assert "85家" in mentions and "3200人" in mentions
