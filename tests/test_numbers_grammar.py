"""The number grammar: one numeral is read whole or not at all.

`read_numeral` is checked against a table of forms, and against cn2an (a maintained
converter, used here as an oracle) on every number it writes out in Chinese; `find_numbers`
is checked for the properties the grammar promises (no mention starts inside a number, a
malformed numeral gives nothing, any text is scanned quickly); and a few sentences go
through `measures_of_text` to show what the measures stage does with negative values,
other currencies, ranges and clause commas.
"""
from __future__ import annotations

import datetime as dt
import time

import cn2an
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.numbers import NUMERAL, Reading, find_numbers, read_numeral

# --- read_numeral: a table ---------------------------------------------------------------------

READINGS = [
    # decimals with 点, with a scale after the decimals
    ("一点五亿", 1.5e8, "exact"),
    ("十六点三亿", 1.63e9, "exact"),
    ("零点零五", 0.05, "exact"),
    ("二十八万三千八百一十八点二八九九四万", 2838182899.4, "exact"),
    ("两千万点五", 20000000.5, "exact"),
    ("零点77", 0.77, "exact"),
    # Arabic, Chinese and mixed, several scale words
    ("1,250.5", 1250.5, "exact"),
    ("2亿5000万", 2.5e8, "exact"),
    ("3万4000", 34000, "exact"),
    ("25万6千", 256000, "exact"),
    ("1百01", 101, "exact"),
    ("200亿零四千230", 20000004230, "exact"),
    ("四万万", 4e8, "exact"),
    ("十万亿", 1e13, "exact"),
    ("五兆六十二亿", 5006200000000, "exact"),
    ("卅三", 33, "exact"),
    # 零 as a placeholder
    ("一千零十", 1010, "exact"),
    ("一万零十二", 10012, "exact"),
    ("一万零百一十一", 10111, "exact"),
    ("一千零一亿一千零一万一千零一", 100110011001, "exact"),
    # spoken short forms: a last digit right after 百/千/万/亿 is the next unit down
    ("三万五", 35000, "exact"),
    ("两千四百五", 2450, "exact"),
    ("一千三", 1300, "exact"),
    ("一亿五", 1.5e8, "exact"),
    ("千一", 1100, "exact"),
    ("万九", 19000, "exact"),
    ("十五", 15, "exact"),                 # after 十 a digit is a digit
    ("一千零五", 1005, "exact"),           # after 零 too
    # digits read one by one
    ("二〇二〇", 2020, "exact"),
    ("一二三", 123, "exact"),
    # approximate pairs and vague numbers: their lower bound
    ("十七八万", 170000, "approx"),
    ("三五百", 300, "approx"),
    ("三四十万", 300000, "approx"),
    ("三万四五", 34000, "approx"),
    ("两三", 2, "approx"),
    ("数十亿", 1e9, "more_than"),
    ("几百", 100, "more_than"),
    ("上千", 1000, "more_than"),
    ("十几万", 100000, "more_than"),
    ("十点六七亿", 1.067e9, "exact"),      # 六七 after 点 are decimals, not a pair
]

REFUSED = ["十一十二", "十七十八", "一千千", "一万二万", "二两", "12百", "4千5000", "3万2.5", "点五", "一点",
           "一点二点三", "", "百分"]


@pytest.mark.parametrize("numeral,value,qualifier", READINGS, ids=[r[0] for r in READINGS])
def test_read_numeral(numeral, value, qualifier):
    reading = read_numeral(numeral)
    assert reading is not None
    assert reading.value == pytest.approx(value, rel=1e-12)
    assert reading.qualifier == qualifier


@pytest.mark.parametrize("numeral", REFUSED)
def test_malformed_numerals_are_refused(numeral):
    assert read_numeral(numeral) is None


# --- read_numeral against cn2an ----------------------------------------------------------------

@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_every_integer_cn2an_writes_is_read_back(n):
    written = cn2an.an2cn(n, "low")
    assert read_numeral(written) == Reading(float(n)), written


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**8), st.integers(min_value=1, max_value=9999))
def test_every_decimal_cn2an_writes_is_read_back(whole, decimals):
    number = float(f"{whole}.{decimals:04d}".rstrip("0"))
    written = cn2an.an2cn(number, "low")
    reading = read_numeral(written)
    assert reading is not None and reading.value == pytest.approx(number, rel=1e-12), written


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1000, max_value=9999), st.sampled_from(["亿", "万"]))
def test_arabic_sections_with_scale_words_read_as_cn2an_smart_reads_them(high, low, scale):
    # 2万4000, 3亿1500万 (forms with 零 are in the table above: cn2an's smart mode is uneven on them)
    written = f"{high}{scale}{low}" + ("万" if scale == "亿" else "")
    expected = high * 10**8 + low * 10**4 if scale == "亿" else high * 10**4 + low
    assert cn2an.cn2an(written, "smart") == expected  # the oracle agrees on what it means
    assert read_numeral(written) == Reading(float(expected)), written


# --- find_numbers: properties of the grammar ---------------------------------------------------

_NUMERAL_CHARS = set("0123456789零〇一二两三四五六七八九十廿卅百千万亿兆几.")


# Beyond these the scale would repeat (一万零一万元 is refused) or a rate hold 万 (一万% is refused).
_LIMIT = {"万元": 10**4, "亿元": 10**8, "%": 10**4}


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=10**12), st.sampled_from(["元", "万元", "亿元", "家", "人", "%"]))
def test_a_written_number_is_one_mention_of_its_whole_value(n, unit):
    n = n % _LIMIT.get(unit, 10**12) or 1
    numeral = cn2an.an2cn(n, "low")
    text = f"区里为企业兑现了{numeral}{unit}。"
    mentions = find_numbers(text)
    if unit in ("家", "人") and numeral in ("一", "两", "零"):
        assert mentions == []  # 一家企业: an article of speech
        return
    scale = {"万元": 1e4, "亿元": 1e8, "%": 0.01}.get(unit, 1)
    assert [(text[m.start:m.end], m.value) for m in mentions] == [(numeral + unit, pytest.approx(n * scale))]


def test_a_malformed_numeral_gives_nothing_rather_than_a_part():
    for text in ("补贴十一十二元", "补贴一万二万元", "奖励二两千元", "补贴10..1万元", "补贴点零元"):
        assert find_numbers(text) == [], text


FRAGMENTS = ["补贴", "复工率", "家", "元", "万元", "亿", "%", "成", "至", "-", "点", "零", "一", "十", "百",
             "千", "万", "两", "3", "05", "1,200", ",", "约", "负", "百分之", "数", "几", "上", "(含)", "以上", "港币"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=3)), max_size=30).map("".join))
def test_no_mention_starts_inside_a_number(text):
    for m in find_numbers(text):
        assert 0 <= m.start <= m.num_start <= m.num_end <= m.end <= len(text)
        if m.start > 0 and text[m.start - 1] in _NUMERAL_CHARS:
            # only a thousands group may follow a digit and comma; nothing follows a numeral character
            raise AssertionError(f"{text[m.start:m.end]!r} starts inside a number in {text!r}")


@pytest.mark.parametrize("text", [
    "一十" * 20000 + "元",
    "1," * 20000 + "元",
    "三至" * 20000 + "家",
    "百分之" * 20000,
    "约" + "9" * 100000 + "万",
])
@pytest.mark.serial  # a wall-clock limit: `make test` runs it after the parallel run, alone
def test_long_runs_of_numeral_characters_are_scanned_quickly(text):
    start = time.perf_counter()
    find_numbers(text)
    assert time.perf_counter() - start < 5.0


def test_the_numeral_pattern_is_atomic():
    # A numeral is never cut short to let the rest of a pattern match (十一 of 十一十二).
    assert NUMERAL.startswith("(?>")


# --- the scan restricted to candidate runs finds what a scan of the whole text finds ----------

def _whole_text_scan(text: str, with_missing: bool = True):
    """find_numbers as defined: every pattern over the whole text (the reference). The module's
    own definition, so that a pass find_numbers gains (counts named by the noun before them)
    is in the reference too; a copy here had missed it (企业数十)."""
    from pipeline import numbers

    return numbers._find_numbers_by_definition(text, with_missing=with_missing)


# Pieces that end a run (企, 业, 补, 贴 ...), pieces inside one, and the characters only a
# lookaround reads (工作日 after a counter, 本 after 成, 担 before 负).
RUN_FRAGMENTS = FRAGMENTS + ["企业", "补贴资金", "复产", "工作日", "小时", "本", "担负", "个月", "人次", "%-", "~",
                             "(含)", "（含）", "/人/月", "港元", "美元", "新台币", "百分点", "万分之", "成半", "七八成",
                             "十几", "上千", "数十", "規", "\n", "。", "，", "、", " ", "http://a.cn/1%", "２", "\U00011f55"]


@settings(max_examples=1500, deadline=None)
@example("复工率达七成六企业", True)  # the lookahead after 六 reads 企, past the run
@example("营收1,200万元，增长35%", False)
@example("企业数十", False)  # a count named by the noun before it (_counts_named_before)
@given(st.lists(st.one_of(st.sampled_from(RUN_FRAGMENTS), st.text(max_size=2)), max_size=40).map("".join),
       st.booleans())
def test_candidate_runs_find_what_the_whole_text_scan_finds(text, with_missing):
    assert find_numbers(text, with_missing=with_missing) == _whole_text_scan(text, with_missing)


def test_candidate_runs_find_what_the_whole_text_scan_finds_in_the_seeds():
    from .conftest import SEEDS

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    assert len(texts) >= 5 and sum(map(len, texts)) > 20_000
    for text in texts:
        assert find_numbers(text) == _whole_text_scan(text)


# Figures written back to back in one run (3人5人, 3%5%): the scan of a run stops at a match that
# reaches the run's end (nothing after it can start inside the run); one that stops earlier
# loses the figures after the first.
_FIGURE_PIECES = ["3", "15", "二十", "1.5", "万", "人", "人次", "个", "家", "%", "％", "元", "万元", "美元", "成", "七成",
                  "百分之", "以上", "约", "超", "近", "余", "至", "-", "、", "，", "和", "工作日"]


@pytest.mark.parametrize("text", ["3人5人", "3%5人", "3%、5%", "十个二十个", "200万元300万元", "三成五成", "1人次2人次3人次",
                                  "约3人超5人", "5%以上3%"])
def test_figures_back_to_back_in_one_run_are_all_found(text):
    assert find_numbers(text) == _whole_text_scan(text)
    assert len(find_numbers(text)) >= 2


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_FIGURE_PIECES), max_size=24).map("".join), st.booleans())
def test_dense_figures_found_as_the_whole_text_scan_finds_them(text, with_missing):
    assert find_numbers(text, with_missing=with_missing) == _whole_text_scan(text, with_missing)


def test_every_digit_regex_knows_is_a_span_character():
    # The runs are found by the standard library's engine; the patterns read \d as `regex` does.
    import re
    import regex
    from pipeline.numbers import _DIGIT_CLASS

    bmp = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF)
    digits = "".join(regex.findall(r"\d", bmp))
    assert re.fullmatch(f"[{_DIGIT_CLASS}]*", digits)
    assert re.fullmatch(f"[{_DIGIT_CLASS}]", "\U00011f55")  # a Kawi digit (Unicode 15)


def test_the_patterns_use_no_character_class_but_digits_and_one_lookahead_on_han():
    # _span_chars lists the literal characters of the patterns; a class such as \w or \p{L}
    # in a consuming part would let a mention hold characters no run holds.
    import regex
    from pipeline import numbers

    for name, pattern in numbers._PATTERNS.items():
        source = pattern.pattern.replace(r"(?![\p{Han}\d])", "")
        assert not regex.search(r"\\[pPwWsSDXN]|(?<!\\)\.(?![^\[]*\])", source.replace("\\.", "")), name


def _lookahead_bodies(pattern: str) -> list[str]:
    """The bodies of the lookaheads (?=...) and (?!...) of a pattern, nested ones included."""
    bodies, i = [], 0
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
        elif pattern[i] == "[":
            i += 1 + (pattern[i + 1] == "^") + 1  # a leading ] is a member
            while pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
        elif pattern.startswith(("(?=", "(?!"), i):
            depth, j = 1, i + 3
            while depth:
                if pattern[j] == "\\":
                    j += 1
                elif pattern[j] == "[":
                    j += 1 + (pattern[j + 1] == "^")
                    while pattern[j + 1] != "]":
                        j += 2 if pattern[j + 1] == "\\" else 1
                    j += 1
                depth += {"(": 1, ")": -1}.get(pattern[j], 0)
                j += 1
            bodies.append(pattern[i + 3:j - 1])
            i += 3
        else:
            i += 1
    return bodies


def test_no_lookahead_reads_further_than_a_run_scan_reaches():
    import re._parser as sre

    from pipeline import numbers

    def reach(body: str) -> int:
        """How many characters a lookahead may read: what it consumes, then what the
        lookaheads inside it read (counted from its end: a bound, not the exact figure)."""
        width = sre.parse(body.replace(r"\p{Han}", "a")).getwidth()[1]  # \p{Han} reads one character
        return width + max(map(reach, _lookahead_bodies(body)), default=0)

    # The range lookahead (_range_ahead) may read past the run: cut short at the scan's end it
    # still holds wherever a lower bound matches, since a lower bound and its separator lie in
    # their run (test_the_range_lookahead_keeps_the_matches_of_the_patterns_without_it).
    range_ahead = set(_lookahead_bodies(numbers._RANGE_AHEAD))
    reaches = {body: reach(body) for p in numbers._PATTERNS.values() for body in _lookahead_bodies(p.pattern)
               if body not in range_ahead}
    assert max(reaches.values()) == 4 <= numbers._LOOKAHEAD, reaches  # (?!(?<=\d,)\d{3}(?!\d))
    assert max(r for body, r in reaches.items() if "工作日" in body) == 3  # the counter_not_before words


def _without_range_lookahead():
    """The number patterns as they were defined before the range lookahead (the reference)."""
    import regex
    from pipeline import numbers

    return {name: regex.compile(p.pattern.replace(numbers._RANGE_AHEAD, "")) for name, p in numbers._PATTERNS.items()}


def _same_matches(text: str, reference) -> None:
    from pipeline import numbers

    for name, pattern in numbers._PATTERNS.items():
        got = [(m.span(), m.groups()) for m in pattern.compiled.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in reference[name].finditer(text)], (name, text)


# Range separators near and far (more than _RANGE_NEAR characters of a numeral before one).
RANGE_FRAGMENTS = RUN_FRAGMENTS + ["至", "到", "--", "——", "–", "〜", "1" * 30, "三" * 26, "1,200", "5000", "万元至"]


@settings(max_examples=1500, deadline=None)
@example("1" * 30 + "至" + "5" * 30 + "万元")
@example("3至" + "0" * 40 + "家")
@example("企业十至二十家")  # each kind of numeral start (_HEAD) before a separator
@example("廿至卅家")
@example("百五至千二元")
@example("数十至上百家，几至十个")
@example("补贴1万元-5万元，比例30%~40%")
@given(st.lists(st.one_of(st.sampled_from(RANGE_FRAGMENTS), st.text(max_size=2)), max_size=30).map("".join))
def test_the_range_lookahead_keeps_the_matches_of_the_patterns_without_it(text):
    from pipeline import numbers

    assert numbers._RANGE_AHEAD in numbers._PATTERNS["money"].pattern
    _same_matches(text, _without_range_lookahead())


def test_the_range_lookahead_keeps_the_matches_in_the_seeds_and_the_field_set():
    from .conftest import SEED_AND_FIELD_ARTICLES

    reference = _without_range_lookahead()
    paths = SEED_AND_FIELD_ARTICLES
    assert len(paths) > 30
    for path in paths:
        _same_matches(path.read_text(encoding="utf-8"), reference)


# --- the comma, the web address, the clock --------------------------------------------------

def test_a_comma_is_a_thousands_separator_only_between_three_digit_groups():
    assert [(m.value, m.unit) for m in find_numbers("贷款1,200万元")] == [(12000000, "CNY")]
    text = "开工率99%,57家企业复产,约1800万元"
    assert [text[m.start:m.end] for m in find_numbers(text)] == ["99%", "57家", "约1800万元"]


def test_a_percentage_inside_a_web_address_is_not_a_rate():
    assert find_numbers("原文见http://news.example.cn/view?p=95%25&id=3") == []


def test_two_oclock_is_no_decimal_point():
    text = "凌晨两点300名员工返岗"
    assert [(text[m.start:m.end], m.value) for m in find_numbers(text)] == [("300名", 300)]


# --- what the measures stage does with them ---------------------------------------------------

def _rows(text: str) -> list[tuple]:
    from pipeline.article import measures_of_text
    return [(r["mention"], r["unit"], r["value"], r["qualifier"])
            for r in measures_of_text(text, published_date=dt.date(2020, 3, 20))]


def test_money_in_other_currencies_gives_no_yuan_row():
    assert _rows("宁波保税区为外资企业发放补贴港币300万元。") == []
    assert _rows("宁波保税区为外资企业发放补贴300万港元。") == []
    assert _rows("宁波保税区为外资企业发放补贴300万美元。") == [("300万美元", "USD", 3e6, "exact")]


def test_an_amount_keeps_the_sign_the_text_writes_and_a_negative_rate_gives_no_row():
    assert _rows("宁波保税区为企业发放补贴负300万元。") == [("负300万元", "CNY", -3000000, "exact")]
    assert _rows("截至3月5日，宁波保税区规上企业复工率为负百分之五。") == []


def test_a_range_gives_its_two_bounds():
    assert _rows("宁波保税区对新入驻企业给予三至五万元补贴。") == [
        ("三至五万元", "CNY", 30000, "at_least"), ("五万元", "CNY", 50000, "at_most")]


def test_a_clause_comma_keeps_the_count_and_the_qualifier_after_it():
    rows = _rows("截至3月5日,宁波保税区规上企业复工率达到97%,64家规上企业已全部复工。")
    assert ("64家", "enterprises", 64, "exact") in rows
    assert ("约2600万元", "CNY", 26000000, "approx") in _rows("宁波保税区为中小企业减免租金,约2600万元。")


def test_a_digit_python_cannot_read_is_no_number_and_no_crash():
    """`regex` knows digits of a newer Unicode than Python 3.11 (Kawi, U+11F50-59); a numeral
    holding one is not read, rather than failing the article (found by Hypothesis)."""
    from pipeline.numbers import find_numbers

    assert find_numbers("２\U00011f55港元") == []
    assert [m.value for m in find_numbers("发放２\U00011f55港元补贴，另有３０万元")] == [300000.0]
