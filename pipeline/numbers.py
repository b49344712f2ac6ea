"""Stage: text -> number mentions.

Promise: every amount, percentage, per-mille, `N成`, `N分之M` and `M/N` fraction (where a
slash clearly writes one, not a date or a unit per head), half (`半数`) and
counted quantity in a text comes back as a `NumberMention` whose `start:end` are code-point
offsets of its exact characters (qualifier words and unit included), with the value
normalised (yuan for money, a fraction 0-1 for rates, a plain count otherwise) and a
qualifier. A numeral is read whole or not at all: Arabic, Chinese and their mixtures
(`2亿5000万元`, `1百01`), decimals with 点 (`十六点三亿元`), 零 as a placeholder, spoken short forms (`三万五`),
approximate pairs (`十七八万`, `三五百`, `数十亿`: their lower bound, never `exact`), a
scale word alone after a qualifier or before 余/多 (`逾千万元`, `千余家`); a
malformed numeral (`十一十二元`) gives nothing, and no mention starts inside a number.
A range (`三至五万元`, `1万元至5万元`, `百分之三十到四十`) is two mentions, its lower and
upper bound. Money in a currency other than yuan or dollars carries its ISO code. Digits
lost upstream (`提供了亿元`), or one digit of a figure (`9?.5%`, `1?00万元`), come back with
`value=None` and `is_missing=True`, never as zero nor as the digits left. Numbers with no
unit (dates, phone numbers, years) and numbers inside a web address are not mentions at all.
"""
from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache, partial

import regex

from . import budget
from . import pattern_cache  # patterns compiled by an earlier process
from .document import BREAK_CHARS
from .lexicon import REGEX_TIMEOUT, alternation, compiled, counter_words, literal_scanner, resource, short_pattern, words_of_role


@dataclass(frozen=True)
class NumberMention:
    start: int
    end: int
    num_start: int          # where the digits themselves start and end (for cue distances)
    num_end: int
    value: float | None
    kind: str               # "money" | "percent" | "count"
    unit: str               # ISO currency code for money, "ratio" for percent, the counter word for counts
    qualifier: str          # exact approx more_than at_least at_most less_than
    is_missing: bool = False
    per: str | None = None  # "/人/天"-style suffix written after the unit, if any


_new_object = object.__new__
_set_attribute = object.__setattr__


def _mention(start: int, end: int, num_start: int, num_end: int, value: float | None, kind: str, unit: str,
             qualifier: str, is_missing: bool = False, per: str | None = None) -> NumberMention:
    """NumberMention(...) without the frozen dataclass's __init__, which sets each field by its
    own object.__setattr__ (3.8 µs, for every figure of an archive): a __dict__ written whole,
    in field order, makes an equal object in half the time an update by keywords took (tests
    compare the objects with the constructor's)."""
    n = _new_object(NumberMention)
    _set_attribute(n, "__dict__", {"start": start, "end": end, "num_start": num_start, "num_end": num_end,
                                   "value": value, "kind": kind, "unit": unit, "qualifier": qualifier,
                                   "is_missing": is_missing, "per": per})
    return n


@dataclass(frozen=True)
class Reading:
    """The value of one numeral, and `approx`/`more_than` when the numeral itself is vague."""
    value: float
    qualifier: str = "exact"


_RES = resource("numbers.json")
CN_DIGITS: dict[str, int] = _RES["chinese_digits"]
CN_TENS: dict[str, int] = _RES["chinese_tens"]
CN_SMALL: dict[str, int] = _RES["chinese_small_units"]
CN_BIG: dict[str, int] = _RES["chinese_big_units"]
POINT: str = _RES["decimal_point"]
VAGUE_HEADS: dict[str, list[str]] = _RES["vague_heads"]
VAGUE_DIGIT: str = _RES["vague_digit"]
APPROX_PAIRS = {(p[0], p[1]) for p in _RES["approx_pairs"]}
RATE_WORDS: dict[str, int] = _RES["rate_words"]
RATE_SIGNS: dict[str, int] = _RES["rate_signs"]

_QB_OF = {w: q for q, ws in _RES["qualifier_before"].items() for w in ws}
_QB_OF.update(dict.fromkeys(_RES["approx_before_compound"], "approx"))  # 约合, 约计
_QA_OF = {w: q for q, ws in _RES["qualifier_after"].items() for w in ws}
_QX_OF = {w: q for q, ws in _RES["qualifier_between"].items() for w in ws}
_CUR_OF = {w: c for c, ws in _RES["currencies"].items() for w in ws}

_COUNTERS = sorted(set(counter_words()) | {"人次", "笔", "项", "宗", "批"}, key=lambda w: (-len(w), w))

# --- the grammar -----------------------------------------------------------------------------

_DIGITS = "".join(CN_DIGITS)
_NONZERO = "".join(ch for ch, v in CN_DIGITS.items() if v)
_UNITS = "".join(CN_TENS) + "".join(CN_SMALL) + "".join(CN_BIG)
_NUMERAL_CHARS = _DIGITS + _UNITS + VAGUE_DIGIT
_BIG = "".join(CN_BIG)

# A comma is a thousands separator only between digit groups of exactly three (1,200万元);
# anywhere else it is a clause comma (95%,86家 is two numbers).
_ARABIC = r"\d+(?:,\d{3}(?!\d))*(?:\.\d+)?"
_VAGUE_HEAD = "|".join(
    (rf"(?<![{''.join(after)}]){head}" if after else head) for head, after in VAGUE_HEADS.items()
)
_QB_NOT_AFTER: dict[str, list[str]] = _RES["qualifier_not_after"]
_QB_NOT_AFTER_UNLESS: dict[str, dict[str, list[str]]] = _RES["qualifier_not_after_unless"]


def _not_word_end(word: str) -> str:
    """Lookbehinds, placed before `word`, that fail where it ends another word (签约, 贴近) —
    unless that word is itself the end of a longer one (补贴近8000万元: 补贴, then 近)."""
    ends = [c for c in _QB_NOT_AFTER.get(word, []) if c not in _QB_NOT_AFTER_UNLESS.get(word, {})]
    out = rf"(?<![{''.join(ends)}])" if ends else ""
    for c, unless in _QB_NOT_AFTER_UNLESS.get(word, {}).items():
        out += rf"(?<!(?<![{''.join(unless)}]){regex.escape(c)})"
    return out


# A scale word alone after a qualifier word (逾千万元, 近百家; not after 签约, 通过): one lookbehind
# per word, each of fixed width, so that the standard library's engine compiles it too.
_AFTER_BARE_QUALIFIER = "|".join(
    rf"(?<={regex.escape(word)})"
    + (rf"(?<=(?:{_not_word_end(word)}){regex.escape(word)})" if word in _QB_NOT_AFTER else "")
    for word in _RES["bare_scale_after"]
)
_BARE_SCALE = (rf"(?:(?:{_AFTER_BARE_QUALIFIER})[{_BIG}百千](?!分)"
               rf"|[{_RES['bare_scales_before_more']}](?=[余多]))")
# A numeral starts with a digit (or 十/廿/卅); a bare unit only as 百三/千一/万九, after
# 数/几/上 (数十亿), after a qualifier word or before 余/多 (_BARE_SCALE): 百家, 千万, 万家 are
# words, not numbers.
_HEAD = (
    rf"(?:{_ARABIC}|[{_DIGITS}十{''.join(CN_TENS)}]"
    rf"|(?:{_VAGUE_HEAD})(?=[{_UNITS}])"
    rf"|[百千万](?=[{_NONZERO}](?![{_NUMERAL_CHARS}{POINT}\d]))"
    rf"|{_BARE_SCALE})"
)
# The body is permissive on purpose: `read_numeral` decides whether the whole run is one
# numeral, so a malformed run (十一十二) is refused whole instead of read in part.
# 百分 is a word of its own (百分之七十百分位).
_BODY = rf"(?:{_ARABIC}|[{_DIGITS}{_UNITS.replace('百', '')}{VAGUE_DIGIT}]|百(?!分))"
# Arabic decimals after 点 only in 零点77, 一百点123: 两点300名 and 十点30 are times of day.
_FRACTION = (rf"(?:(?<=[{_NUMERAL_CHARS}]){POINT}(?:[{_DIGITS}]+|(?<=[零〇百千万亿]{POINT})\d+)"
             r"(?:[百千万亿兆]|十(?=[万亿]))*)")
# Atomic: a numeral is never cut short to make the rest of a pattern fit.
NUMERAL = rf"(?>{_HEAD}{_BODY}*{_FRACTION}?)"

# No mention starts inside a number: not after a digit, a numeral character, a decimal
# point, or a thousands separator, nor at a digit after a digit and a space, or a point or
# comma and a space (a PDF's space inside a figure, 1 200万元, 12 3家, 99. 5%, 1, 200万元:
# 200万元, 3家 or 5% would be a number the text does not state).
_NOT_INSIDE = (
    rf"(?<![\d.{_NUMERAL_CHARS}])"
    r"(?!(?<=\d,)\d{3}(?!\d))(?!(?<=\d )\d)(?!(?<=\d[.,] )\d)"
    rf"(?!(?<={POINT})[{_DIGITS}])(?!(?<=[零〇]{POINT})\d)"  # 一点五 / 零点77, but 两点300名
)
# Each qualifier word, longest first as `alternation` orders them, not where it ends another
# word (节约了20%, 通过3家银行, 降低至3.5%: no approx, more_than or at_most).
_QB = "|".join(
    _not_word_end(w) + regex.escape(w)
    for w in sorted(_QB_OF, key=lambda w: (-len(w), w))
)
# 利率低至年化4.35%, 最低仅3.85%: a rate's period or 仅 between the qualifier word and its figure
# (numbers.json _qualifier_before_gap_note); not 近年 (recent years).
_QB_GAP = "|".join(
    (rf"(?<!{alternation(_RES['qualifier_gap_not_after'][w])})" if w in _RES["qualifier_gap_not_after"] else "")
    + regex.escape(w) for w in sorted(_RES["qualifier_before_gap"], key=lambda w: (-len(w), w)))
_QB_GROUP = rf"(?:(?P<qb>{_QB})了?(?:{_QB_GAP})?)?"  # 超过了百分之九十, 低至年化4.35%
_QA_NOT_IN = _RES["qualifier_after_not_in"]


def _qualifier_after(word: str) -> str:
    """`word` as a qualifier after a figure: not where it opens a longer word (上下游, 以上措施:
    numbers.json _qualifier_after_not_in_note)."""
    tails = [w[len(word):] for w in _QA_NOT_IN if w.startswith(word) and len(w) > len(word)]
    return regex.escape(word) + (rf"(?!{alternation(tails)})" if tails else "")


_QA_WORDS = "|".join(_qualifier_after(w) for w in sorted(_QA_OF, key=lambda w: (-len(w), w)))
# A PDF's or an editor's space may stand between a figure and its qualifier word (90% 以上,
# 3.5亿元 以上: 85 % 以上 is joined by cleaning): the word qualifies it all the same, and the
# mention holds the space, as the text has it. A few spaces at most (a wider gap is layout),
# and only before a word of two characters or more: after a space 多 and 余 open words of their
# own (3亿元 多家银行).
_QA_SPACES_MOST = 2
_QA_WORDS_SPACED = "|".join(_qualifier_after(w) for w in sorted(_QA_OF, key=lambda w: (-len(w), w)) if len(w) > 1)
# After a space the word must end its phrase (90% 以上。) or go on to a word of its own phrase
# (95% 以上的企业, 95% 以上水平: numbers.json qualifier_after_space_then); one another Han character
# follows opens a sentence or phrase of its own (95% 以上企业均已纳入…, 3000万元  以上资金…, 95% 以下是…).
_QA = rf"(?:{_QA_WORDS}|[ ]{{1,{_QA_SPACES_MOST}}}(?:{_QA_WORDS_SPACED})(?!(?!{alternation(_RES['qualifier_after_space_then'])})[\u4e00-\u9fff]))"
_CUR = alternation(list(_CUR_OF))
_CUR_BEFORE = alternation([w for w in _CUR_OF if not w.startswith("元")])
_COUNTER = alternation(_COUNTERS)
_RANGE = alternation(_RES["range_separators"])
_INCL = rf"(?:{alternation(_RES['inclusive_marks'])})?"
# A lower bound (三至, 1万元-) is tried only where a numeral starts and the first character of a
# range separator lies ahead: without this test every figure's numeral was parsed twice, once
# as a lower bound that found no separator after it. A separator further than _RANGE_NEAR
# characters away is not looked for (a run of 1,1,1... would make that quadratic): past
# that many characters without one, the lower bound is tried as before. Either way the test
# holds wherever a lower bound matches, so the matches are the pattern's without it
# (tests/test_numbers_grammar.py compares the two).
_RANGE_FIRST = "".join(sorted({regex.escape(w[0]) for w in _RES["range_separators"]}))
_RANGE_NEAR = 24


def _range_ahead(first: str) -> str:
    """Where a lower bound may start: at one of the characters `first` (members of a class),
    with a range separator's first character in the next _RANGE_NEAR + 1 characters, or none
    of them one."""
    r = _RANGE_FIRST
    return rf"(?=[{first}])(?=[^{r}]{{0,{_RANGE_NEAR}}}[{r}]|[^{r}]{{{_RANGE_NEAR + 1}}})"


_RANGE_AHEAD = _range_ahead(rf"\d{_DIGITS}{_UNITS}{''.join(VAGUE_HEADS)}")  # what a numeral starts with (_HEAD)
# 负 (负的百分之二十) is a sign unless it ends a word (担负); a hyphen joins what stands before
# it (1万-5万, COVID-19, 30%-40%), anywhere else it is a sign.
# One group for both signs (its start and whether it matched are all that is read), so that the
# standard library's engine, which refuses a name written twice, compiles the patterns too.
_NEG = (rf"(?P<neg>(?<!{alternation(_RES['not_a_sign_after'])})(?:{alternation(_RES['negative_signs'])})的?"
        rf"|(?<![0-9A-Za-z{_NUMERAL_CHARS}%)\]])(?:{alternation(_RES['minus_signs'])}))?")
_SCALE = r"(?:万亿|[十百千]万|[十百千]亿|[万亿千百])"
# 三十余万, 十多亿, 十来万, 两个亿: a scale written after 余/多/来 or 个 (the numeral itself takes
# any other).
_BETWEEN = rf"(?<=[{_RES['qualifier_between_after']}])(?:{alternation(list(_QX_OF))})"  # 二十来家
_MORE = rf"(?P<qx>余|多|{_BETWEEN})?(?:个(?=亿))?(?P<sc2>{{scale}})?"
# 元/人/月, also written 元/人·月 (a middle dot between the two denominators): `per` is then
# read with a slash there (_PER_DOTS), as the cue tables write it.
# 1000元/人, and with a space on either side of the slash as pages write it (1000元 /人, 800元 / 人).
_PER = r"(?P<per> ?/ ?(?:人|户|家|月|天|日|年|个)(?:[/·•・](?:月|天|日|年))?)?"
_PER_DOTS = str.maketrans({"·": "/", "•": "/", "・": "/"})
_HAN_AT = re.compile(r"[\u4e00-\u9fff]")
_RATE_SIGN = alternation(list(RATE_SIGNS))
_RATE_WORD = alternation(list(RATE_WORDS))
# A percentage in a web address is percent-encoding (%25, %E5), not a rate.
_NOT_URL = r"(?<![=/&?%#])"


def _lower_bound(unit: str) -> str:
    """`1万元至` / `三至` / `30%-`: the lower bound of a range and its separator."""
    return rf"(?:{_RANGE_AHEAD}(?P<lo>{NUMERAL})(?P<lo_qx>余|多)?(?P<lo_unit>{unit})?{_INCL}(?P<rng>{_RANGE}))?"


_MONEY = (
    rf"{_NOT_INSIDE}{_QB_GROUP}(?:(?P<pre>{_CUR_BEFORE})[ ]*)?{_NEG}{_lower_bound(_CUR)}"
    rf"(?P<num>{NUMERAL}){_MORE.format(scale=_SCALE)}(?P<unit>{_CUR}){_PER}{_INCL}(?P<qa>{_QA})?"
)
# A currency named before the figure makes it money with no 元 after it (人民币5亿, 美元500万),
# where the figure ends in a scale word or a punctuation mark follows it (人民币300, ): one with a
# currency after it is _MONEY's longer match, and 人民币3%, 美元2020年 hold a rate and a date.
_MONEY_BEFORE = (
    rf"{_NOT_INSIDE}{_QB_GROUP}(?P<pre>{_CUR_BEFORE})[ ]*{_NEG}"
    rf"(?P<num>{NUMERAL}){_MORE.format(scale=_SCALE)}"
    rf"(?:(?<=[万亿千百])(?![\d.]|{_RATE_SIGN})|(?=[,，.。;；、:：)） \n]|$))(?P<qa>{_QA})?"
)
# 两个亿, 十几个亿, 3个多亿元: spoken 亿 counted with 个 is money (a hundred million yuan), with
# or without 元 after it; 多 stands before or after 个.
_SPOKEN_YI = (rf"{_NOT_INSIDE}{_QB_GROUP}(?P<num>{NUMERAL})(?P<qx>多)?个(?P<qx2>多)?(?P<sc2>亿)元?"
              rf"(?P<qa>{_QA})?")
# 6户区属国有企业, 12家区内企业: 区 after a firm's counter opens a word of whose firms they are, not
# a count of districts (3个区), which counter_not_before stops (numbers.json counter_before_ok).
_COUNTER_BEFORE_OK = (rf"(?<={alternation(_RES['counter_before_ok']['counters'])})"
                      rf"(?={alternation(_RES['counter_before_ok']['words'])})")
_COUNT = (
    rf"{_NOT_INSIDE}{_QB_GROUP}{_NEG}{_lower_bound(_COUNTER)}"
    rf"(?P<num>{NUMERAL}){_MORE.format(scale='[万亿]')}(?P<unit>{_COUNTER})(?P<times>{alternation(_RES['times_after_counter'])})?"
    rf"(?:{_COUNTER_BEFORE_OK}|(?!{alternation(_RES['counter_not_before'])})){_INCL}(?P<qa>{_QA})?"
)
_PERCENT = (
    rf"{_NOT_INSIDE}{_NOT_URL}{_QB_GROUP}{_NEG}{_lower_bound(_RATE_SIGN)}"
    rf"(?P<num>{NUMERAL})(?P<qx>余|多)?(?P<unit>{_RATE_SIGN}){_INCL}(?P<qa>{_QA})?"
)
_PERCENT_NUMERAL = rf"(?:{NUMERAL}|百(?![{_NUMERAL_CHARS}]))"
_PERCENT_WORDS = (
    rf"{_NOT_INSIDE}{_QB_GROUP}{_NEG}"
    rf"(?:(?P<lo_unit>{_RATE_WORD})(?P<lo>{_PERCENT_NUMERAL}){_INCL}(?P<rng>{_RANGE})(?P<unit2>{_RATE_WORD})?"
    rf"|(?P<unit>{_RATE_WORD}))(?P<num>{_PERCENT_NUMERAL})(?P<qx>多)?(?P<qa>{_QA})?"
)
# 三分之二: a numeral, 分之, a numeral (_FRACTION above is the decimal part of one numeral).
_FRACTION_WORD = _RES["fraction_word"]
_FRACTION_OF = (
    rf"{_NOT_INSIDE}{_QB_GROUP}(?P<den>{NUMERAL}){_FRACTION_WORD}(?P<num>{NUMERAL})(?P<qx>多)?(?P<qa>{_QA})?"
)
# 按实际缴费额的2/3, 减免1/2的租金: a digit over a larger one, nothing numeric or date-like on
# either side; the words around it are weighed by `_slash_fraction` (numbers.json).
# 4/5月份, 5/6号厂房, 3/4栋: months, numbers of buildings or batches written with a slash, no fraction.
_SLASH_NOT_BEFORE = "".join(_RES["slash_fraction_not_before"])
_SLASH_FRACTION = (
    rf"{_NOT_INSIDE}(?<![/:]){_QB_GROUP}(?P<num>[1-9])/(?P<den>[2-9])(?![\d./:%{_NUMERAL_CHARS}{_SLASH_NOT_BEFORE}])(?P<qa>{_QA})?"
)
_SLASH_BEFORE = tuple(_RES["slash_fraction_before"])
_SLASH_AFTER = tuple(_RES["slash_fraction_after"])
# 复工率为2/3, 产能恢复至2/3: a rate word of cues.json right before the fraction (its qualifier is the
# match's), link words between at most; a date after it (复工率较3/4) has another word between.
_SLASH_RATE_LINKS = _RES["slash_fraction_rate_links"]
_SLASH_RATE_BEFORE = short_pattern(
    rf"(?:{alternation(words_of_role('rate'))})(?:{alternation(_SLASH_RATE_LINKS)}){{0,{len(_SLASH_RATE_LINKS)}}}$")
_SLASH_RATE_REACH = max(map(len, words_of_role("rate"))) + sum(map(len, _SLASH_RATE_LINKS))
# 近半数, 一半以上; 半 alone only after a qualifier and before a mark (复工率过半。) or the group
# it is a share of (过半规上企业).
_HALF = (
    rf"{_NOT_INSIDE}(?:{_QB_GROUP}(?<!{alternation(_RES['half_not_after'])})(?P<num>{alternation(_RES['half_words'])})"
    rf"|(?P<qb2>{_QB})(?P<bare>半)(?=[,，。;；、:：)） \n]|$|{alternation(_RES['half_bare_before'])}))(?P<qa>{_QA})?"
)
_TENTHS_NUMERAL = rf"(?:{_ARABIC}|十|[{_NONZERO}](?:[{_NONZERO}]|{POINT}[{_NONZERO}])?|半)"
# A digit after 成 is its tenths digit (七成五恢复生产, 九成五至九成八) only where a mark, the end,
# or a word of tenths_digit_before follows it: a digit opening any other word is that word's
# (八成四上企业, 九成四川籍, 七成三类企业, 九成五金企业). A lower bound takes its 成 and tenths too.
_TENTHS_DIGIT = (rf"[{_NONZERO}](?:(?=[^\u3400-\u9fff\d{_NUMERAL_CHARS}.{POINT}元%％‰]|$)"
                 rf"|(?={alternation(_RES['tenths_digit_before'])}))")
_TENTHS = (
    rf"{_NOT_INSIDE}{_QB_GROUP}(?:(?P<lo>{_TENTHS_NUMERAL}(?:成(?:半|{_TENTHS_DIGIT})?)?)(?P<rng>{_RANGE}))?"
    rf"(?P<num>{_TENTHS_NUMERAL})成(?:(?={alternation(_RES['tenths_before_anyway'])})|(?!{alternation(_RES['tenths_not_before'])}))"
    rf"(?:(?P<half>半)|(?P<t2>{_TENTHS_DIGIT}))?"
    rf"(?P<qx>多)?(?P<qa>{_QA})?"
)
# 授信3亿, 兑现补贴800万, 设立5000万专项资金: an amount in 万/亿 with no currency, yuan only by the money
# cue word around it (`_bare_amount`, numbers.json _bare_amount_note).
_BARE_AMOUNT = rf"{_NOT_INSIDE}{_QB_GROUP}(?P<num>{NUMERAL}){_MORE.format(scale=_SCALE)}(?P<qa>{_QA})?"
# 1.2w人, 已兑现380w, 一共领到2k: Arabic digits and a letter social media writes for 万 or 千
# (`_casual`, numbers.json _casual_scales_note), never inside a word of Latin letters and digits
# (4K电视, 5G). The letter is the scale group (sc2): the figure's digits end with it. A range
# (2-3w元, 2w至3w, 2-3k) is read whole: its lower bound (lo) has its own letter or takes the
# upper bound's, never left out so that the upper bound passes for the figure.
_CASUAL_SCALES: dict[str, int] = _RES["casual_scales"]
_CASUAL_FULL_LOWER_LEAST = _RES["casual_full_lower"]["least_share_of_upper"]
_CASUAL_LETTER = f"[{''.join(_CASUAL_SCALES)}]"
_CASUAL_UNIT = rf"{_CUR}|{alternation(_RES['casual_money_units'])}|{_COUNTER}"
# ASCII digits only: the letters are a Latin-keyboard habit, and \d of the regex engine also matches
# digits of scripts newer than Python's float() knows (U+11F55 then W raised ValueError).
_CASUAL_DIGITS = r"[0-9]+(?:,[0-9]{3}(?![0-9]))*(?:\.[0-9]+)?"
_CASUAL = (rf"{_NOT_INSIDE}{_QB_GROUP}(?<![A-Za-z])"
           rf"(?:(?P<lo>{_CASUAL_DIGITS}{_CASUAL_LETTER}?)(?P<lo_unit>{_CASUAL_UNIT})?{_INCL}(?P<rng>{_RANGE}))?"
           rf"(?P<num>{_CASUAL_DIGITS})(?P<sc2>{_CASUAL_LETTER})(?![A-Za-z0-9])"
           rf"(?P<qx>余|多)?(?P<unit>{_CASUAL_UNIT})?(?P<qa>{_QA})?")
# 贴息1个百分点, 给予2个百分点的贴息: percentage points, read only beside an interest subsidy's
# word (`_points`; numbers.json _points_note), elsewhere a change of a rate and no figure.
_POINT_UNITS = dict(_RES["point_units"])  # 百分点 -> 100, 基点 -> 10000: how many make a whole
_POINTS = rf"{_NOT_INSIDE}{_QB_GROUP}(?P<num>{NUMERAL})个(?P<unit>{alternation(list(_POINT_UNITS))})(?P<qa>{_QA})?"
_POINTS_BEFORE = tuple(_RES["points_before"])
_POINTS_AFTER = tuple(_RES["points_after"])
_POINTS_NOT_THEN = tuple(_RES["points_after_not_then"])
# 月息4厘, 年息8厘: a rate in tenths of the period's unit right after a word of interest naming the
# period (`_li`, numbers.json _interest_li_note); elsewhere 厘 measures length or weight, or ends a
# rate quoted in 分 and 厘.
_LI_PER: dict[str, int] = _RES["interest_li"]["li_per"]  # 月息 -> 1000, 年息 -> 100
_LI_BEFORE = tuple(_LI_PER)
_INTEREST_LI = rf"{_NOT_INSIDE}{_QB_GROUP}(?P<num>{NUMERAL})(?P<unit>厘)(?P<qa>{_QA})?"
# Digits lost upstream: a scale and currency with nothing numeric before them, nor a label's
# opening (each lookbehind of one length, so that the standard library's twin compiles), nor
# a table's unit column with the figure in the next column (减税降费  亿元  96.3, the spaces
# cleaned away or not).
_NOT_A_UNIT_LABEL = "".join(f"(?<!{regex.escape(word)})" for word in _RES["unit_label_before"])
_MISSING = (rf"{_NOT_INSIDE}{_QB_GROUP}(?<![\d零〇一二两三四五六七八九十百千万亿几数余多上个{_RES['financial_numerals']}])"
            rf"{_NOT_A_UNIT_LABEL}(?P<missing>[万亿])(?P<unit>元)(?![ \t\u3000]{{0,3}}[\d])")
# Web addresses: scheme or www., or a host followed by a path.
_URL = r"(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.)[!-~]+|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d+)?/[!-~]*"

_PATTERNS = {
    "money": compiled(_MONEY),
    "money_before": compiled(_MONEY_BEFORE),
    "spoken_yi": compiled(_SPOKEN_YI),
    "percent": compiled(_PERCENT),
    "percent_words": compiled(_PERCENT_WORDS),
    "tenths": compiled(_TENTHS),
    "fraction": compiled(_FRACTION_OF),
    "slash_fraction": compiled(_SLASH_FRACTION),
    "half": compiled(_HALF),
    "points": compiled(_POINTS),
    "interest_li": compiled(_INTEREST_LI),
    "count": compiled(_COUNT),
    "bare_amount": compiled(_BARE_AMOUNT),
    "casual": compiled(_CASUAL),
    "missing": compiled(_MISSING),
}
_URL_PATTERN = compiled(_URL)


# --- the same patterns in the standard library's engine ----------------------------------------
#
# `re` runs these patterns two to three times faster than `regex` and finds the same matches: the
# patterns hold nothing that the two engines read differently but \d, which `re` reads with
# Python's Unicode tables and `regex` with its own, newer ones. They differ only outside the
# Basic Multilingual Plane (digits of scripts added since, such as Kawi), so a text holding no
# character there is scanned by the twins. A pattern that uses a class `re` lacks (\p{Han})
# has no twin, nor one `re` cannot compile (a lookbehind of words of several lengths,
# should a resource list one): `regex` scans for those. Nor does `re` take a timeout: a twin
# scans only runs too short to keep it busy (_SHORT_RUN), as the plain patterns did without a
# timer. (tests/test_numbers_fast_path.py compares find_numbers with its definition.)

def _stdlib_twin(pattern: str) -> re.Pattern | None:
    if r"\p{" in pattern:
        return None
    try:
        return pattern_cache.re_compile(pattern)
    except re.error:
        return None


_STDLIB_TWINS = {name: twin for name, p in _PATTERNS.items() if (twin := _stdlib_twin(p.pattern)) is not None}
_OUTSIDE_BMP = re.compile("[\U00010000-\U0010FFFF]")


def _inside_bmp(text: str) -> bool:
    """Whether no character of `text` lies outside the Basic Multilingual Plane: `_OUTSIDE_BMP`
    finds none (the definition, compared in the tests) exactly when each character is one
    UTF-16 code unit, which the codec counts in a quarter of the time of the class scan (a
    lone surrogate, kept from undecodable bytes, is one unit too)."""
    return len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)


# A twin tried where no match can start fails only after trying every optional part before
# the number (qualifier words, signs, a lower bound), about a microsecond at each such position
# of a run. Each twin's first characters, read from the parsed pattern, are looked for first:
# it is tried only where one stands, and finds what its search finds (a sixth less time in the
# twins on the bench sample).

class _AnyFirst(Exception):
    """Any character may start a match: there is no class of first characters."""


def _first_items(items) -> tuple[list, bool]:
    """The class items (as `re` parses `[...]`) that a parsed sequence may start with, and
    whether it may match the empty string. Assertions consume nothing; they are skipped, which
    can only make the class larger than it need be."""
    first: list = []
    for op, av in items:
        if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
            continue
        if op is _C.LITERAL:
            return first + [(op, av)], False
        if op is _C.IN:
            if any(o is _C.NEGATE for o, _ in av):
                raise _AnyFirst
            return first + list(av), False
        if op is _C.SUBPATTERN:
            more, empty = _first_items(av[-1])
        elif op is _C.ATOMIC_GROUP:
            more, empty = _first_items(av)
        elif op is _C.BRANCH:
            more, empty = [], False
            for branch in av[1]:
                items_of, empty_of = _first_items(branch)
                more, empty = more + items_of, empty or empty_of
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            more, empty = _first_items(av[2])
            empty = empty or av[0] == 0
        else:
            raise _AnyFirst  # any character (.), a back reference, an op not known here
        first += more
        if not empty:
            return first, False
    return first, True


def _class_item(op, av) -> str:
    if op is _C.LITERAL:
        return re.escape(chr(av))
    if op is _C.RANGE:
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    if op is _C.CATEGORY and av is _C.CATEGORY_DIGIT:
        return r"\d"
    raise _AnyFirst


try:  # re's own parser (3.11+), private: without it the twins are not used, and regex scans alone
    from re import _constants as _C, _parser
except ImportError:
    _parser = None


def _first_chars(pattern: str) -> re.Pattern | None:
    """A class of the characters a match of `pattern` may start with; None if any may.

    Read from the tree `re` itself parses a pattern into (re._parser, a private module, which
    the supported Pythons have); a test checks that every twin has its class."""
    if _parser is None:
        return None
    try:
        items, empty = _first_items(_parser.parse(pattern))
        return None if empty else re.compile("[" + "".join(dict.fromkeys(_class_item(*item) for item in items)) + "]")
    except (_AnyFirst, AttributeError, TypeError, ValueError):  # or a parse tree of another shape
        return None


_TWIN_FIRST = {name: _first_chars(twin.pattern) for name, twin in _STDLIB_TWINS.items()}


# A pattern can only match where its unit is written: skip it when none is (short windows).
_UNIT_WORDS = {
    "money": tuple(_CUR_OF), "money_before": tuple(w for w in _CUR_OF if not w.startswith("元")),
    "spoken_yi": ("个亿", "个多亿"), "percent": tuple(RATE_SIGNS), "percent_words": tuple(RATE_WORDS),
    "tenths": ("成",), "fraction": (_FRACTION_WORD,), "slash_fraction": ("/",), "half": ("半",), "points": tuple(_POINT_UNITS),
    "interest_li": ("厘",),
    "count": tuple(_COUNTERS), "bare_amount": tuple(_RES["bare_amount_scales"]), "casual": tuple(_CASUAL_SCALES), "missing": ("元",),
}


# --- where a mention can be --------------------------------------------------------------------
#
# Tried at every position of a text, the six patterns above cost about a microsecond at each
# numeral-like character (一 in 统一, 2020 in 2020年), most of the time of this stage. But a
# mention is made only of characters the patterns can consume, so it lies inside one maximal
# run of such characters, a run that holds the first character of a numeral and one of the
# pattern's unit words. One scan by the standard library's engine (whose character sets are
# tables, several times faster than `regex`'s) finds those runs; each pattern then runs from the
# start of each run holding its unit and keeps the matches that start inside it. The matches are
# the ones a scan of the whole text finds (tests/test_numbers_grammar.py compares the two).

def _span_chars() -> set[str]:
    """Every character a number pattern may consume but \\d (see _DIGIT_CLASS).

    Taken from the patterns themselves (every non-ASCII character they name, lookarounds
    included: a character too many only makes a run longer) and from the resource's words (the
    ASCII ones: %, -, ~, (含)), plus the grammar's own ASCII (1,200 / 1.5 / 元/人 / 人民币 50).
    Besides literals and \\d the patterns use one class, \\p{Han}, which only a lookahead reads
    (tenths), so it is no character a mention holds.
    """
    source = "".join(p.pattern for p in _PATTERNS.values())
    words: list[str] = []
    for key, value in _RES.items():
        if key.startswith("_"):
            continue
        if isinstance(value, list):
            words += value
        elif isinstance(value, dict) and all(isinstance(v, list) for v in value.values()):
            words += [w for ws in value.values() for w in ws]  # keyed by a label (more_than, CNY)
        elif isinstance(value, dict):
            words += list(value)  # keyed by the word itself (百分之: 100)
    chars = {ch for ch in source if ord(ch) > 127} | {ch for w in words for ch in w if ord(ch) < 128}
    return chars | {",", ".", "/", " "}


def _char_class(chars: set[str], *, digits: bool) -> str:
    return "[" + (_DIGIT_CLASS if digits else "") + "".join(re.escape(ch) for ch in sorted(chars)) + "]"


# \d of the patterns, for the standard library's engine: its own \d and every character outside
# the Basic Multilingual Plane, where `regex` knows digits of newer Unicode versions.
_DIGIT_CLASS = r"\d\U00010000-\U0010FFFF"
_SPAN_CHARS = _span_chars()
# The first character of what a pattern reads as the number itself: a numeral (_HEAD,
# _TENTHS_NUMERAL, the 百 of 百分之百) or the scale of a lost number (_MISSING).
_NUMBER_START_CHARS = set(_DIGITS + _UNITS + "".join(VAGUE_HEADS) + "半")
_SPAN = _char_class(_SPAN_CHARS, digits=True)
_NOT_NUMBER_START = _char_class({ch for ch in _SPAN_CHARS - _NUMBER_START_CHARS
                                 if ord(ch) < 0x10000 and not re.fullmatch(r"\d", ch)}, digits=False)
# A maximal run of span characters that holds a number start: tried only where a run starts
# (the lookbehind), possessive so that a run without one fails once, not once per character.
_CANDIDATE_RUN = re.compile(
    rf"(?<!{_SPAN}){_NOT_NUMBER_START}*+{_char_class(_NUMBER_START_CHARS, digits=True)}{_SPAN}*+")
# How far past its run a pattern's lookaheads may read: the scan of a run ends this far after
# it, so that no lookahead sees a cut-off text, and no further, since every position scanned
# past the run is work for nothing. The widest lookahead reads four characters (a thousands
# group after a comma, 1,200; 工作日 after a counter reads three), from a position no further
# than the run's end, since what a match consumes lies in its run: a test checks the bound.
# (Eight, a margin, made the tried positions past the runs a third of this stage's regex work.)
_LOOKAHEAD = 4
# A run this short cannot keep a pattern busy for long: it runs without a regex timer.
_SHORT_RUN = 256
# One literal scanner per pattern for its unit words: a run without one holds no match of it.
_UNIT_SCANNERS = {name: re.compile("|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))))
                  for name, words in _UNIT_WORDS.items()}


def _held_unit_scanner(words) -> re.Pattern:
    """The unit words `_held_runs` starts from, each with the rest of its run: each of `words`
    (longest first, as the unit scanner) where it follows a span character or a number starts
    in what follows of its run (or in itself). A unit word after any other character starts its
    run, and that run is no candidate unless a number starts in it: skipped by the scanner (most
    are 人, 个, 元 inside words) rather than looked at in Python, for the same runs (a test
    compares the two). Taking the rest of the run finds each run once, however many unit words
    it holds.

    (Skipping also a word after one character that starts no number, 大项, 工人, saved 1 ms in
    2 MB but cost 20 ms of start-up: each class of span characters written into a pattern costs
    `re` about a millisecond to compile. For the same reason the condition is written once
    after the words, not once per word: per word it cost every process 170 ms of start-up.
    Once, it asks whether a word of those ending here stands after a span character (one
    lookbehind per word length), a word holding a number start ends here, or a number starts
    after it in its run. That holds wherever the per-word condition holds, and elsewhere only
    where a shorter word ending here holds it (a longer one puts a span character before this
    one): at a place of the same run, and the words are made of span characters, so the match
    holds the same run and `_held_runs` finds the same runs (tests compare them).)"""
    words = sorted(set(words), key=lambda w: (-len(w), w))
    if all(any(ch in _NUMBER_START_CHARS for ch in w) for w in words):
        anchor = next((ch for ch in words[-1] if all(ch in w for w in words)), None)
        if anchor is not None:
            return _anchored_unit_scanner(words, anchor)
    either = "|".join(re.escape(w) for w in words)
    if all(any(ch in _NUMBER_START_CHARS for ch in w) for w in words):
        return re.compile(f"(?:{either}){_SPAN}*+")
    return re.compile(f"(?:{either}){_held_unit_condition(words)}{_SPAN}*+")


def _held_unit_condition(words: list[str]) -> str:
    """Where one of `words` ends, whether a word without a number start ending there follows a
    span character, a word with one ends there, or a number starts after it in its run."""
    if not all(ch in _SPAN_CHARS for w in words for ch in w):
        raise ValueError(f"unit words {words} hold a character that is no span character")
    holds_start = [w for w in words if any(ch in _NUMBER_START_CHARS for ch in w)]
    after_span = [w for w in words if w not in holds_start]
    either = []
    for _, same_length in itertools.groupby(after_span, key=len):
        either.append(rf"(?<={_SPAN}(?:{'|'.join(map(re.escape, same_length))}))")
    for _, same_length in itertools.groupby(holds_start, key=len):
        either.append(rf"(?<={'|'.join(map(re.escape, same_length))})")
    number_start = _char_class(_NUMBER_START_CHARS, digits=True)
    either.append(rf"(?={_NOT_NUMBER_START}*+{number_start})")
    return f"(?:{'|'.join(either)})"


def _anchored_unit_scanner(words: list[str], anchor: str) -> re.Pattern:
    """The held-unit scanner of words that each hold a number start (so that any run holding
    one is a candidate: no filter) and `anchor` (百分之, 千分之 ... all hold 分): found from
    `anchor`, which the engine looks for several times faster than a class of first characters
    (一 of 一百分之 stands everywhere). It finds a position inside each run holding a word, which
    is all `_held_runs` needs to find the run."""
    branches = []
    for w in words:
        at = w.index(anchor)
        branches.append(rf"(?<={re.escape(w[:at + 1])})(?={re.escape(w[at + 1:])})")
    return re.compile(f"{re.escape(anchor)}(?:{'|'.join(branches)}){_SPAN}*+")


_HELD_UNIT_SCANNERS = {name: _held_unit_scanner(words) for name, words in _UNIT_WORDS.items()}
# The first characters of each pattern's unit words. Every match of a held-unit scanner holds one of
# its words whole (the anchored ones read the word around their anchor), so runs written apart that
# hold none of these characters hold no match: `find_numbers` then skips the scan, a set lookup in
# place of a finditer (a table's cell asked for its figure spent half its time on the 15 scans).
_UNIT_FIRST_CHARS = {name: frozenset(w[0] for w in words) for name, words in _UNIT_WORDS.items()}


# A run of span characters read from its end: matched on the text reversed, at a unit word's start.
_SPAN_RUN = re.compile(f"{_SPAN}*+")
_NUMBER_START = re.compile(_char_class(_NUMBER_START_CHARS, digits=True))


def _candidate_runs(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _CANDIDATE_RUN.finditer(text)]


# The first number start of a run and the rest of the run: each candidate run found from the
# number starts, a class the engine skips to, where `_CANDIDATE_RUN` tries its lookbehind at every
# character; the run's start is then read backwards (`_SPAN_RUN` on the reversed text).
_NUMBER_START_TO_RUN_END = re.compile(_char_class(_NUMBER_START_CHARS, digits=True) + _SPAN + "*+")
# What parts the candidate runs written one after another: no span character, as the text's
# characters around each run are none, so the unit scanners, which read span characters only
# (their words, lookbehinds and lookaheads), find in each run what they find in the text.
_RUN_GAP = "\n"
assert _NUMBER_START_CHARS <= _SPAN_CHARS and re.fullmatch(_SPAN, _RUN_GAP) is None
assert all(ch in _SPAN_CHARS for words in _UNIT_WORDS.values() for w in words for ch in w), "a unit word leaves its run"


def _runs_written_apart(text: str, reversed_text: str) -> tuple[list[tuple[int, int]], str, list[int]]:
    """(the candidate runs of `text` (`_candidate_runs`), the runs written one after another
    parted by `_RUN_GAP`, where each starts in that string): found once per text, where each
    pattern's unit words were looked for in the whole text (a run holding a number is a fifth
    of it) and each word's run read backwards."""
    size = len(text)
    runs = [(size - _SPAN_RUN.match(reversed_text, size - m.start()).end(), m.end())
            for m in _NUMBER_START_TO_RUN_END.finditer(text)]
    joined = _RUN_GAP.join([text[start:end] for start, end in runs])
    offsets = list(itertools.accumulate([end - start + 1 for start, end in runs[:-1]], initial=0)) if runs else []
    return runs, joined, offsets


def _held_runs(units: re.Pattern, runs: list[tuple[int, int]], joined: str, offsets: list[int]) -> list[tuple[int, int]]:
    """`_runs_holding(units, text, _candidate_runs(text), ...)`: `units` scanned over the candidate
    runs written apart (`_runs_written_apart`); a match takes the rest of its run, so each run
    holding one is found once, in order (tests/test_measures_fast_paths.py compares the two)."""
    return [runs[bisect.bisect_right(offsets, m.start()) - 1] for m in units.finditer(joined)]


def _runs_holding(units: re.Pattern, text: str, runs: list[tuple[int, int]], run_starts: list[int]) -> list[tuple[int, int]]:
    """The runs that hold one of the unit words `units` finds. A unit word is made of span
    characters, so each lies inside one maximal run: a candidate run or a run without numbers."""
    held, last = [], -1
    for m in units.finditer(text):
        i = bisect.bisect_right(run_starts, m.start()) - 1
        if i > last and m.end() <= runs[i][1]:
            held.append(runs[i])
            last = i
    return held


# --- reading one numeral ---------------------------------------------------------------------

@dataclass(frozen=True)
class _Token:
    kind: str       # "ar" Arabic number, "d" digit word 1-9, "z" 零, "u" 十百千, "b" 万亿兆, "pt" 点, "vague" 几
    value: float
    text: str


# Linear (every character is one token, a number at most backs off its point): plain, no timer;
# it reads every numeral read_numeral has not seen yet (a third of the bench corpus's figures).
_TOKEN = regex.compile(r"\d+(?:\.\d+)?|.")


def _tokens(numeral: str) -> list[_Token] | None:
    out: list[_Token] = []
    for piece in _TOKEN.findall(numeral):
        if piece[0].isdigit():
            if len(piece) > 1 and piece[0] in "0０" and "." not in piece:  # 1百01: a leading 0 is 零
                out.append(_Token("z", 0, piece[0]))
                piece = piece.lstrip("0０") or "0"
            try:
                value = float(piece)
            except ValueError:  # a digit of a newer Unicode than Python's (Kawi, U+11F50, under 3.11): not read
                return None
            out.append(_Token("ar", value, piece))
        elif piece in CN_DIGITS:
            out.append(_Token("d" if CN_DIGITS[piece] else "z", CN_DIGITS[piece], piece))
        elif piece in CN_TENS:  # 卅 = 三十
            out += [_Token("d", CN_TENS[piece] // 10, piece), _Token("u", 10, piece)]
        elif piece in CN_SMALL:
            out.append(_Token("u", CN_SMALL[piece], piece))
        elif piece in CN_BIG:
            out.append(_Token("b", CN_BIG[piece], piece))
        elif piece == POINT:
            out.append(_Token("pt", 0, piece))
        elif piece == VAGUE_DIGIT:
            out.append(_Token("vague", 0, piece))
        else:
            return None
    return out


def _drop_approx_pair(tokens: list[_Token]) -> tuple[list[_Token], bool]:
    """十七八万 -> 十七万, 三五百 -> 三百: the lower digit of a pair of neighbouring digit words."""
    for i in range(len(tokens) - 1):
        a, b = tokens[i], tokens[i + 1]
        if a.kind == b.kind == "d" and (a.text, b.text) in APPROX_PAIRS:
            return tokens[:i + 1] + tokens[i + 2:], True
    return tokens, False


def _digit_string(tokens: list[_Token]) -> float | None:
    """二〇二〇, 一二三: digits read one by one."""
    if any(t.kind not in ("d", "z") for t in tokens) or (len(tokens) > 1 and any(t.text == "两" for t in tokens)):
        return None  # 两 is never a digit read one by one
    if len(tokens) > _MAX_NUMERAL_DIGITS:
        return None  # 四四四…: no figure (numbers.json _max_numeral_digits_note)
    return float(int("".join(str(int(t.value)) for t in tokens)))


def _integer(tokens: list[_Token]) -> float | None:
    """The value of an integer numeral in sections of 万/亿, or None when it is not one.

    Units descend inside a section (十一十二 is refused), 零 marks a skipped unit
    (一千零十 = 1010), a final digit right after a unit of a hundred or more is the next
    unit down, as it is spoken (三万五 = 35000, 两千四百五 = 2450, but 一千零五 = 1005 and
    一千五万 = 1005万), and two big units in a row multiply (四万万 = 4亿, 十万亿).
    """
    if not tokens:
        return None
    if all(t.kind in ("d", "z") for t in tokens):
        return _digit_string(tokens)
    total = section = 0.0
    pending: _Token | None = None     # a number waiting for its unit
    pending_after: _Token | None = None
    last_unit = last_big = None
    prev: _Token | None = None
    for t in tokens:
        if t.kind in ("d", "ar"):
            if pending is not None:
                return None                      # 二两, 5 5: two numbers with no unit between
            pending, pending_after = t, prev
        elif t.kind == "z":
            if pending is not None:
                return None                      # 五零 inside a unit numeral
        elif t.kind == "vague":
            if prev is None or prev.kind not in ("u", "b"):
                return None                      # 十几 only: 几 stands for the digit after a unit
        elif t.kind == "u":
            if last_unit is not None and t.value >= last_unit:
                return None                      # 十一十二, 一千千
            if pending is None:
                # 十 alone is 一十; 百/千 alone only lead (百三) or follow 零 (一万零百一十一)
                if t.value != 10 and prev is not None and prev.kind != "z":
                    return None
                count = 1.0
            else:
                if pending.kind == "ar" and not 0 < pending.value < 10:
                    return None                  # 12百
                count = pending.value
            section += count * t.value
            last_unit, pending = t.value, None
        elif t.kind == "b":
            here = section + (pending.value if pending else 0)
            if here == 0:
                if prev is not None and prev.kind == "b":
                    total *= t.value             # 万万, 万亿: one scale made of two
                    last_big *= t.value
                    prev = t
                    continue
                if prev is not None:
                    return None                  # 一万零万
                here = 1.0                       # 万九: a leading 万 is one 万
            if last_big is None or t.value < last_big:
                total += here * t.value
            elif t.value > last_big:
                total = (total + here) * t.value  # 一千一百一十一万一千一百一十一亿
            else:
                return None                      # 一万二万
            last_big, section, pending, last_unit = t.value, 0.0, None, None
        else:
            return None
        prev = t
    if pending is not None:
        after = pending_after
        scale = after.value if after is not None and after.kind in ("u", "b") else None
        single = pending.kind == "d" or (pending.kind == "ar" and pending.text.isdigit() and len(pending.text) == 1)
        if scale is not None and scale >= 100 and single:
            section += pending.value * scale / 10   # 三万五, 一千三, 百三
        elif scale is not None and pending.value >= scale:
            return None                             # 4千5000
        elif pending.kind == "ar" and "." in pending.text and scale is not None:
            return None                             # 3万2.5
        else:
            section += pending.value
    return total + section


def _decimal(tokens: list[_Token]) -> float | None:
    """一点五亿, 二十八万三千八百一十八点二八九九四万, 零点77: integer 点 digits, then a scale."""
    at = next(i for i, t in enumerate(tokens) if t.kind == "pt")
    whole, rest = tokens[:at], tokens[at + 1:]
    integer = _integer(whole)  # 两千三点一 = 2300.1: the short form holds before 点 too
    digits = []
    while rest and (rest[0].kind in ("d", "z") or (rest[0].kind == "ar" and rest[0].text.isdigit())):
        digits.append(rest.pop(0))
    if integer is None or not digits or any(t.text == "两" for t in digits):
        return None
    scale = 1.0
    for t in rest:
        if t.kind not in ("u", "b"):
            return None
        scale *= t.value
    fraction = float("0." + "".join(t.text if t.kind == "ar" else str(int(t.value)) for t in digits))
    return (integer + fraction) * scale


# A numeral of more digits than this is no figure (numbers.json _max_numeral_digits_note).
_MAX_NUMERAL_DIGITS: int = _RES["max_numeral_digits"]
_DIGIT_CHARS = frozenset("0123456789〇零" + "".join(CN_DIGITS))

# Most numerals are plain Arabic figures, whole or decimal, with at most one big unit after them
# (20672, 41.02, 1.37亿): nineteen in twenty of those the bench corpus reads, and a third of
# them new to the cache, each read by the tokens in 5 µs (a sixth of this stage's time). Their
# value is the one float product `_read_by_tokens` makes of them.
_PLAIN_ARABIC = re.compile(rf"([0-9]+(?:\.[0-9]+)?)([{_BIG}]?)")


@lru_cache(maxsize=4096)  # the same few numerals recur in every article
def read_numeral(numeral: str) -> Reading | None:
    """The value of one whole numeral (Arabic, Chinese or mixed), or None when it is not one.

    `read_numeral("一点五亿") == Reading(1.5e8)`, `read_numeral("十七八万") ==
    Reading(170000, "approx")`, `read_numeral("数十亿") == Reading(1e9, "more_than")`,
    `read_numeral("十一十二") is None`.
    """
    if _too_many_digits(numeral):
        return None
    plain = _PLAIN_ARABIC.fullmatch(numeral)
    if plain is not None:
        digits, big = plain.groups()
        value = float(digits)
        if not big:
            return Reading(value)
        if value:  # 0万 is refused, as the tokens refuse it
            return Reading(value * CN_BIG[big])
    return _read_by_tokens(numeral)


def _too_many_digits(numeral: str) -> bool:
    """More digits than any figure has (numbers.json _max_numeral_digits_note): a pasted run of them."""
    return len(numeral) > _MAX_NUMERAL_DIGITS and sum(c in _DIGIT_CHARS for c in numeral) > _MAX_NUMERAL_DIGITS


def _read_by_tokens(numeral: str) -> Reading | None:
    """`read_numeral` as defined, for every numeral: token by token (tests compare the two)."""
    text = numeral.replace(",", "").replace(" ", "")
    if not text or _too_many_digits(text):
        return None
    qualifier = "exact"
    if text[0] in VAGUE_HEADS and len(text) > 1:
        text, qualifier = "一" + text[1:], "more_than"   # 数十亿: at least one ten of 亿
    tokens = _tokens(text)
    if not tokens:
        return None
    if any(t.kind == "vague" for t in tokens):
        qualifier = "more_than"
    whole = next((i for i, t in enumerate(tokens) if t.kind == "pt"), len(tokens))
    has_units = any(t.kind in ("u", "b") for t in tokens[:whole])
    if has_units or whole == 2:  # 两三 alone is a pair too; 一二三 is read digit by digit
        head, paired = _drop_approx_pair(tokens[:whole])  # never in the decimals: 十点六七亿
        tokens = head + tokens[whole:]
        if paired:
            qualifier = "approx" if qualifier == "exact" else qualifier
    tokens = [t for t in tokens if t.kind != "vague"]
    points = sum(t.kind == "pt" for t in tokens)
    if points > 1:
        return None
    value = _decimal(tokens) if points else _integer(tokens)
    return None if value is None else Reading(value, qualifier)


def parse_chinese_number(text: str) -> float | None:
    """Value of a Chinese numeral such as 三千五百万, 十二, 两千, 一万二千, 二〇二〇; None if not one."""
    reading = read_numeral(text)
    return reading.value if reading is not None and reading.qualifier == "exact" else None


# --- ranges and qualifiers -------------------------------------------------------------------

_TRAILING_SCALE = compiled(r"[百千万亿兆]+$")
_TRAILING_BIG = compiled(rf"[{_BIG}]*$")
# One character each: plain patterns, called per figure inside find_numbers' budget check.
_ANY_UNIT = short_pattern(rf"[{_UNITS}]")
_ANY_BIG = short_pattern(rf"[{_BIG}]")
_ANY_DIGIT = short_pattern(rf"[{_DIGITS}十{''.join(CN_TENS)}\d]")


def _factor(scale: str) -> float:
    """10000 for 万, 1e7 for 千万; 1 for no scale."""
    factor = 1.0
    for ch in scale:
        factor *= CN_SMALL.get(ch) or CN_BIG.get(ch) or 1
    return factor


def _inherited_scale(lower: str, upper: str, lower_value: float, upper_value: float) -> float:
    """The factor a lower bound takes from its upper bound's scale words.

    三至五千万 = 3千万 to 5千万 (a bare lower bound takes the whole run), 七千到九千亿 =
    7000亿 to 9000亿 (one without 万/亿 takes the big units), 1万至5万 takes nothing; nor
    does a lower bound that would then exceed its upper bound (3000至5万).
    """
    run = _TRAILING_SCALE.search(upper)
    if run is None or not _ANY_DIGIT.search(upper, 0, run.start()):
        return 1.0
    if not _ANY_UNIT.search(lower):
        factor = _factor(run.group())
    elif not _ANY_BIG.search(lower):
        factor = _factor(_TRAILING_BIG.search(run.group()).group())
    else:
        factor = 1.0
    return factor if lower_value * factor <= upper_value else 1.0


def _qualifier(g: dict, reading: Reading) -> str:
    """A written qualifier word wins; else the numeral's own (十七八万: approx); else exact."""
    after = g.get("qa") or g.get("qx")
    if after:
        after = after.lstrip(" ")  # 90% 以上: a space before the word
        return _QA_OF.get(after) or _QX_OF.get(after, "more_than")
    before = g.get("qb")
    return _QB_OF[before] if before else reading.qualifier


@lru_cache(maxsize=1)
def _place_names_opening_with_numerals() -> re.Pattern:
    """The gazetteer's place names that open with a numeral character: each full name (三元区,
    五家渠市) and each stem of three characters or more (七台河, 五家渠); a stem of two (三元,
    三台) is as often a figure (补贴三元) and is left out."""
    from .gazetteer import former_divisions, load_gazetteer

    names = set(former_divisions())
    for place in load_gazetteer().places:
        names.add(place.name)
        if len(place.stem) >= 3:
            names.add(place.stem)
    numeral_chars = set(_DIGITS + _UNITS)
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n))
                               if n[0] in numeral_chars))


def _opens_place_name(text: str, at: int) -> bool:
    """Whether a place name starts at `at` (三元区: no 3 yuan; 五家渠市: no 5 firms)."""
    return not text[at].isdigit() and _place_names_opening_with_numerals().match(text, at) is not None


def _bounds(m: regex.Match, g: dict, kind: str, unit: str, value: float, reading: Reading,
            *, per_unit: float = 1.0, lower_per_unit: float | None = None, read_lower=None) -> list[NumberMention]:
    """One mention, or the two bounds of a range (`12至18个`, `1万元至5万元`); none when the
    numeral opens a place name.

    `value` is the upper (or only) number already normalised; `per_unit` turns a lower
    bound as written into the same unit (100 for percent, 10 for 成), `lower_per_unit` one
    written with a rate unit of its own (5‰—1%: 1000).
    """
    # Each group read once from `g` (not every pattern has each, hence get), positions by name.
    neg, sc2, lo, per = g.get("neg"), g.get("sc2"), g.get("lo"), g.get("per")
    start, end = m.span()
    if per and " " in per:
        if _HAN_AT.match(m.string, end):
            # 3600万元 / 人社局供稿, 2000万元 / 月底前: the slash parts the figure from other words
            per, end = None, m.start("per")
        else:
            per = per.replace(" ", "")  # 1000元 /人: the unit as written without the page's spaces
    if per and len(per) > 2:
        per = per.translate(_PER_DOTS)
    if _opens_place_name(m.string, m.start("lo") if lo else m.start("num")):
        return []
    num_start = m.start("neg" if neg else "num")
    num_end = m.end("sc2" if sc2 else "num")
    if not lo:
        return [_mention(start, end, num_start, num_end, value, kind, unit, _qualifier(g, reading), False, per)]
    lower = (read_lower or read_numeral)(lo)
    if lower is None or neg:
        return []  # 负3至5: which bound the sign is on is not written
    factor = 1.0
    if not g.get("lo_unit"):
        factor = _inherited_scale(lo, g["num"] + (sc2 or ""), lower.value, abs(value) * per_unit)
        lo_start, lo_end = m.span("lo")
    else:  # 百分之三十到
        lo_start, lo_end = min(m.start("lo"), m.start("lo_unit")), max(m.end("lo"), m.end("lo_unit"))
    return [_mention(lo_start, end, lo_start, lo_end, lower.value * factor / (lower_per_unit or per_unit),
                     kind, unit, "at_least", False, per),
            _mention(m.end("rng"), end, num_start, num_end, value, kind, unit, "at_most", False, per)]


def _signed(g: dict, value: float) -> float:
    return -value if g.get("neg") else value


def _scaled_and_signed(g: dict, reading: Reading) -> float:
    """The value of an amount or count: the numeral's, times a scale written after 余/多 (三十余万),
    with its sign. Most figures have neither: no factor of 1 is made for them (x * 1.0 is x)."""
    value = reading.value
    if g["sc2"]:
        value = _with_scale_after(g["num"], value, g["sc2"])
    return -value if g["neg"] else value


def _with_scale_after(numeral: str, value: float, scale: str) -> float:
    """The numeral's value times the scale written after 余/多 (三十余万); where the numeral holds
    a larger unit (一亿两千多万, 3亿2千多万), the scale is the part's after that unit: 一亿 and
    两千万, never (一亿两千) 万."""
    factor = _factor(scale)
    # 十多万亿: no unit is larger than the scale, so there is no part to scale alone
    cut = max((numeral.rfind(unit) for unit, size in CN_BIG.items() if size > factor), default=-1)
    if cut < 0:
        return value * factor
    head, tail = read_numeral(numeral[:cut + 1]), read_numeral(numeral[cut + 1:])
    if head is None or tail is None:
        return value * factor
    return head.value + tail.value * factor


# --- one builder per pattern -----------------------------------------------------------------

def _money(m: regex.Match, g: dict) -> list[NumberMention]:
    reading = read_numeral(g["num"])
    if reading is None:
        return []
    value = _scaled_and_signed(g, reading)
    unit = _CUR_OF[g["unit"]]
    if g["pre"] and unit == "CNY":  # 港币100万元: the currency named first is the money
        unit = _CUR_OF[g["pre"]]
    return _bounds(m, g, "money", unit, value, reading)


def _money_before(m: regex.Match, g: dict) -> list[NumberMention]:
    reading = read_numeral(g["num"])
    if reading is None:
        return []
    return _bounds(m, g, "money", _CUR_OF[g["pre"]], _scaled_and_signed(g, reading), reading)


def _spoken_yi(m: regex.Match, g: dict) -> list[NumberMention]:
    reading = read_numeral(g["num"])
    if reading is None:
        return []
    g["qx"] = g["qx"] or g["qx2"]  # 三个多亿 as 三多个亿
    return _bounds(m, g, "money", "CNY", reading.value * CN_BIG["亿"], reading)


def _count(m: regex.Match, g: dict) -> list[NumberMention]:
    if g["num"] in ("一", "两", "〇", "零") and not g["qb"] and not g["lo"]:
        return []  # 一家/两家 are articles of speech far more often than counts
    reading = read_numeral(g["num"])
    if reading is None:
        return []
    value = _scaled_and_signed(g, reading)
    unit = g["unit"] + "次" if g.get("times") else g["unit"]  # 人(次) counts person-times, as 人次 does
    return _bounds(m, g, "count", unit, value, reading)


def _rate(m: regex.Match, g: dict, per: int, lower_per: int | None = None) -> list[NumberMention]:
    reading = Reading(100.0) if g["num"] == "百" else read_numeral(g["num"])  # 百分之百
    if reading is None or _ANY_BIG.search(g["num"]):
        return []  # 5万%: not a rate
    return _bounds(m, g, "percent", "ratio", _signed(g, reading.value / per), reading, per_unit=per,
                   lower_per_unit=lower_per)


def _percent(m: regex.Match, g: dict) -> list[NumberMention]:
    # 5‰—1%: a lower bound written with its own sign is read by it, not by the upper bound's.
    return _rate(m, g, RATE_SIGNS[g["unit"]], RATE_SIGNS[g["lo_unit"]] if g["lo_unit"] else None)


def _percent_words(m: regex.Match, g: dict) -> list[NumberMention]:
    # 百分之三十到四十: the word written before the lower bound also governs the upper one;
    # 千分之五至百分之一: each bound is read by its own word.
    lower_per = RATE_WORDS[g["lo_unit"]] if g["lo_unit"] else None
    return _rate(m, g, RATE_WORDS[g["unit"] or g["unit2"] or g["lo_unit"]], lower_per)


def _fraction(m: regex.Match, g: dict) -> list[NumberMention]:
    """三分之二 -> 2/3; nothing for a denominator that a rate word reads (一百分之二: 百分之)."""
    den, num = read_numeral(g["den"]), read_numeral(g["num"])
    if den is None or num is None or not den.value or den.value in RATE_WORDS.values():
        return []
    qualifier = _qualifier(g, num if num.qualifier != "exact" else den)
    return [_mention(m.start(), m.end(), m.start("den"), m.end("num"), num.value / den.value, "percent", "ratio",
                     qualifier)]


def _slash_fraction(m: regex.Match, g: dict) -> list[NumberMention]:
    """2/3 -> 2/3, where a share word stands right before it, 的 right after it or a rate word
    before it (numbers.json _slash_fraction_note): elsewhere a slash between digits is a date, a
    page or a ratio."""
    num, den = int(g["num"]), int(g["den"])
    text, at = m.string, m.start()
    if num >= den or not (text.endswith(_SLASH_BEFORE, 0, at) or text.startswith(_SLASH_AFTER, m.end())
                          or _SLASH_RATE_BEFORE.search(text, max(0, at - _SLASH_RATE_REACH), at)):
        return []
    return [_mention(m.start(), m.end(), m.start("num"), m.end("den"), num / den, "percent", "ratio",
                     _qualifier(g, Reading(num / den)))]


def _half(m: regex.Match, g: dict) -> list[NumberMention]:
    """近半数, 一半以上, 过半: the rate one half."""
    g["qb"] = g["qb"] or g["qb2"]
    at = "bare" if g["bare"] else "num"
    return [_mention(m.start(), m.end(), m.start(at), m.end(at), 0.5, "percent", "ratio",
                     _qualifier(g, Reading(0.5)))]


def _points(m: regex.Match, g: dict) -> list[NumberMention]:
    """N个百分点 -> N/100, N个基点 -> N/10000 beside an interest subsidy's word (贴息1个百分点,
    2个百分点的贴息, 50个基点的贴息); elsewhere (复工率提高12个百分点, LPR加50个基点) a change or
    a spread, nothing."""
    text = m.string
    if not (text.endswith(_POINTS_BEFORE, 0, m.start()) or text.startswith(_POINTS_AFTER, m.end())):
        return []
    if any(text.startswith(word + tail, m.end()) for word in _POINTS_AFTER for tail in _POINTS_NOT_THEN):
        return []  # 下浮0.5个百分点的贴息贷款: how far a loan's rate sits below another, a change
    reading = read_numeral(g["num"])
    if reading is None or _ANY_BIG.search(g["num"]):
        return []
    return [_mention(m.start(), m.end(), m.start("num"), m.end("unit"), reading.value / _POINT_UNITS[g["unit"]], "percent", "ratio",
                     _qualifier(g, reading))]


def _li(m: regex.Match, g: dict) -> list[NumberMention]:
    """N厘 right after a word of interest naming its period: 月息4厘 -> 0.004 a month, 年息6厘 -> 0.06
    a year; elsewhere (3厘米, 月息1分5厘, 利息N厘 of no period) nothing."""
    word = next((w for w in _LI_BEFORE if m.string.endswith(w, 0, m.start())), None)
    if word is None:
        return []
    reading = read_numeral(g["num"])
    if reading is None or _ANY_BIG.search(g["num"]):
        return []
    return [_mention(m.start(), m.end(), m.start("num"), m.end("unit"), reading.value / _LI_PER[word], "percent", "ratio",
                     _qualifier(g, reading))]


def _tenths_reading(numeral: str) -> Reading | None:
    """六 -> 6, 八点五 -> 8.5, 半 -> 0.5, 七八 -> 7 approx (tenths, before dividing by ten)."""
    if numeral == "半":
        return Reading(0.5)
    if len(numeral) == 2 and numeral[0] in CN_DIGITS and numeral[1] in CN_DIGITS:
        if (numeral[0], numeral[1]) not in APPROX_PAIRS:
            return None                   # 二五成 is no number of tenths
        return Reading(float(CN_DIGITS[numeral[0]]), "approx")
    return read_numeral(numeral)


def _tenths_with_digit(reading: Reading | None, after: str) -> Reading | None:
    """The tenths of `reading` with what follows its 成: 半 (三成半) or a tenths digit (七成六)."""
    if reading is None or not after:
        return reading
    return Reading(reading.value + (0.5 if after == "半" else CN_DIGITS[after] / 10), reading.qualifier)


def _tenths_lower(lower: str) -> Reading | None:
    """A range's lower bound: 七 (七至九成), 九成 or 九成五 (九成五至九成八), in tenths."""
    numeral, _, after = lower.partition("成")
    return _tenths_with_digit(_tenths_reading(numeral), after)


def _tenths(m: regex.Match, g: dict) -> list[NumberMention]:
    reading = _tenths_with_digit(_tenths_reading(g["num"]), g["half"] or g["t2"])  # 三成半, 七成六
    if reading is None:
        return []
    return _bounds(m, g, "percent", "ratio", reading.value / 10, reading, per_unit=10, read_lower=_tenths_lower)


_BARE_SCALES = tuple(_RES["bare_amount_scales"])
_BARE_CUES = [w for w in words_of_role("money", not_of=tuple(_RES["bare_amount_categories_not"]))
              if not w.endswith(tuple(_RES["bare_amount_cue_not_ends"]))]
_BARE_CUE_AFTER = tuple(_BARE_CUES)
_BARE_SPOKEN_CUES = _RES["bare_amount_spoken_cues"]  # 金额, 免了: before the amount only
_BARE_LINKS_MOST = 3  # 贷款金额共计 | 2.4亿: a cue, then a few link words
_BARE_CUE_BEFORE = short_pattern(rf"(?:{alternation(_BARE_CUES + _BARE_SPOKEN_CUES)})"
                                 rf"(?:{alternation(_RES['bare_amount_links'])}){{0,{_BARE_LINKS_MOST}}}$")
_BARE_CUE_REACH = max(map(len, _BARE_CUES + _BARE_SPOKEN_CUES)) + _BARE_LINKS_MOST * max(map(len, _RES["bare_amount_links"]))
_BARE_FOLLOWERS = tuple(_RES["bare_amount_followers"])
_CLAUSE_MARKS = frozenset(",，.。;；、:：)）!！?？ \n\t")
_BARE_CUE_AFTER_NOT_BEFORE = tuple(_RES["bare_amount_cue_not_before"])
_BARE_SPOKEN_VERBS = _RES["bare_amount_spoken_verbs"]  # 补了, 免了: yuan only where money is spoken of
_SENTENCE_ENDS = "。！？!?；;\n"
_CLAUSE_ENDS = _SENTENCE_ENDS + ",，、:："


def _spoken_verb_of_money(text: str, cue: regex.Match) -> bool:
    """The bare verb before the amount (补了, 免了) pays or waives money, not jobs: a noun of money
    before the amount in its sentence and no gap of people or posts before the verb in its clause
    (numbers.json _bare_amount_spoken_verbs_note). Any other cue (金额, 减免了) names money itself."""
    if not cue.group().startswith(tuple(_BARE_SPOKEN_VERBS["verbs"])):
        return True
    lo = max(0, cue.start() - _BARE_SPOKEN_VERBS["sentence_reach"])
    start = max(lo, *(text.rfind(mark, lo, cue.start()) + 1 for mark in _SENTENCE_ENDS))
    clause = max(start, *(text.rfind(mark, start, cue.start()) + 1 for mark in _CLAUSE_ENDS))
    if any(word in text[clause:cue.start()] for word in _BARE_SPOKEN_VERBS["gap_words"]):
        return False  # 用工缺口已补了1.2万: a gap of jobs filled
    return any(word in text[start:cue.end()] for word in _BARE_SPOKEN_VERBS["money_nouns"])


def _bare_amount(m: regex.Match, g: dict) -> list[NumberMention]:
    """3亿 after 授信 or before 专项资金: yuan, where the amount ends in 万/亿, ends its clause (or a
    follower word or the cue comes next) and a money cue word stands right before it, link words
    between at most, or right after it. Anything else after it (3万人, 1.2万家, 360万平方米, 800万元)
    is another pattern's figure or none."""
    if not (g["sc2"] or g["num"]).endswith(_BARE_SCALES):
        return []
    text, at, end = m.string, m.start(), m.end()
    cue_after = text.startswith(_BARE_CUE_AFTER, end) or _money_noun_after_de(text, end)
    if cue_after and not text.startswith("的", end):
        cue = max((w for w in _BARE_CUE_AFTER if text.startswith(w, end)), key=len)
        if text.startswith(_BARE_CUE_AFTER_NOT_BEFORE, end + len(cue)):
            return []  # 1.2万贷款企业, 2.3万补贴对象: the cue names who is counted, not an amount
    if not (cue_after or _ends_bare_clause(text, end)):
        return []
    if not cue_after and not _cap_of_each_after_money(text, at, g):
        cue_before = _BARE_CUE_BEFORE.search(text, max(0, at - _BARE_CUE_REACH), at)
        if cue_before is None or not _spoken_verb_of_money(text, cue_before):
            return []
    reading = read_numeral(g["num"])
    if reading is None:
        return []
    g["neg"] = None  # no sign is read before a bare amount
    return _bounds(m, g, "money", "CNY", _scaled_and_signed(g, reading), reading)


_CAP_OF_EACH = _RES["bare_amount_cap_of_each"]
_CAP_OF_EACH_WORDS = tuple(_CAP_OF_EACH["each"])


def _cap_of_each_after_money(text: str, at: int, g: dict) -> bool:
    """单家企业最高30万 right after …给予补贴，: a cap (最高, 不超过) in a clause opening with a word of each
    one paid, the clause before in its sentence naming money: the cap of that payment, in yuan
    (numbers.json _bare_amount_cap_of_each_note)."""
    if not g["qb"] or _QB_OF.get(g["qb"]) != "at_most":
        return False
    clause = max(text.rfind(mark, max(0, at - _CAP_OF_EACH["each_most"] - 1), at) for mark in _CLAUSE_ENDS) + 1
    if clause == 0 or text[clause - 1] not in ",，" or not text.startswith(_CAP_OF_EACH_WORDS, clause):
        return False  # no clause before in its sentence, or no word of each one opening this one
    before = max(text.rfind(mark, max(0, clause - 1 - _BARE_CUE_REACH * 3), clause - 1) for mark in _CLAUSE_ENDS) + 1
    return any(w in text[before:clause - 1] for w in _BARE_CUES)


_BARE_OF_NOUNS = tuple(_RES["bare_amount_of_nouns"])
_BARE_OF_REACH = _RES["bare_amount_of_reach"]
_BARE_OF_MODIFIER = re.compile(rf"的[\u4e00-\u9fff]{{0,{_BARE_OF_REACH}}}?(?={alternation(_RES['bare_amount_of_nouns'])})")


def _money_noun_after_de(text: str, end: int) -> bool:
    """2000万的应急周转资金: 的 and a few words, then a noun of money, none of them naming who is
    counted (年营收2000万的企业…, 2000万的贷款企业: numbers.json _bare_amount_of_nouns_note)."""
    m = _BARE_OF_MODIFIER.match(text, end)
    if m is None or any(w in m.group() for w in _BARE_CUE_AFTER_NOT_BEFORE):
        return False
    noun = next(w for w in _BARE_OF_NOUNS if text.startswith(w, m.end()))
    return not text.startswith(_BARE_CUE_AFTER_NOT_BEFORE, m.end() + len(noun))


def _ends_bare_clause(text: str, end: int) -> bool:
    """A bare amount ending at `end` ends its clause, or a word of what it does follows (用于, 惠及)."""
    return end == len(text) or text[end] in _CLAUSE_MARKS or text.startswith(_BARE_FOLLOWERS, end)


_CASUAL_MONEY_UNITS = frozenset(_RES["casual_money_units"])
_CASUAL_CUES = tuple(_BARE_CUES + _BARE_SPOKEN_CUES + _RES["casual_money_cues"])
_CASUAL_NOT_MONEY = tuple(_RES["casual_not_money_words"])


def _casual_money_clause(text: str, at: int) -> bool:
    """The clause before a casual figure (一共领到 | 2k) names money (a cue of _CASUAL_CUES) and no
    likes, reposts or views (点赞 | 1.2w: numbers.json _casual_scales_note)."""
    start = max(text.rfind(mark, max(0, at - _BARE_CUE_REACH * 2), at) for mark in _CLAUSE_ENDS) + 1
    clause = text[max(start, at - _BARE_CUE_REACH * 2):at]
    return any(w in clause for w in _CASUAL_CUES) and not any(w in clause for w in _CASUAL_NOT_MONEY)


def _casual(m: regex.Match, g: dict) -> list[NumberMention]:
    """1.2w人, 2k多家, 380w (after 兑现): digits times the scale their letter writes (w 万, k 千), a
    count or money by the counter or currency after it, else money where its clause names money
    and it ends the clause as a bare amount does; else no figure (3k米, 点赞1.2w)."""
    value = float(g["num"].replace(",", "")) * _CASUAL_SCALES[g["sc2"]]
    unit, reading = g["unit"], Reading(value)
    g["neg"] = None
    if g["lo_unit"] and g["lo_unit"] != unit:
        return []  # 2家-3w元: two figures of two kinds, no range
    read_lower = partial(_casual_lower, upper_scale=g["sc2"], upper=value)
    if unit in _CUR_OF or unit in _CASUAL_MONEY_UNITS:
        return _bounds(m, g, "money", _CUR_OF.get(unit, "CNY"), value, reading, read_lower=read_lower)
    if unit:
        return _bounds(m, g, "count", unit, value, reading, read_lower=read_lower)
    if not _ends_bare_clause(m.string, m.end()) or not _casual_money_clause(m.string, m.start()):
        return []
    return _bounds(m, g, "money", "CNY", value, reading, read_lower=read_lower)


def _casual_lower(lower: str, upper_scale: str, upper: float) -> Reading | None:
    """A casual range's lower bound: its digits times its own letter (2w-3w), else the upper
    bound's (2-3w is 2万 to 3万, as 2-3万 is), unless its digits already reach the upper's: then
    it is written in full (800-1k, 1,000-2k: 800 to 1000), when of the upper's order
    (numbers.json _casual_full_lower); none above the upper bound (2020-3w: no range)."""
    digits = float(lower.rstrip("".join(_CASUAL_SCALES)).replace(",", ""))
    if lower[-1] in _CASUAL_SCALES:
        value = digits * _CASUAL_SCALES[lower[-1]]
    elif digits < upper / _CASUAL_SCALES[upper_scale]:
        value = digits * _CASUAL_SCALES[upper_scale]  # 2-3w
    elif digits >= upper * _CASUAL_FULL_LOWER_LEAST:
        value = digits  # 800-1k: written in full
    else:
        return None  # 2020-3w: a figure of another order, no range
    return Reading(value) if value <= upper else None


def _missing(m: regex.Match, g: dict) -> list[NumberMention]:
    qualifier = _QB_OF[g["qb"]] if g["qb"] else "exact"
    return [_mention(m.start(), m.end(), m.start("missing"), m.end("missing"), None, "money",
                          _CUR_OF[g["unit"]], qualifier, is_missing=True)]


# A percent sign right after a word, no numeral before it (复工率达到%): its digits were lost
# upstream. A plain pattern of one character and two fixed lookbehinds: no timer. The sign first,
# the character before it read back from there: the engine skips to each sign instead of trying
# the lookbehinds at every character (a ninth of the time on the bench corpus's texts).
_MISSING_PERCENT = re.compile(rf"[%％](?<=[\u4e00-\u9fff].)(?<![{_RES['missing_percent_not_after']}].)")


def _missing_percents(text: str) -> list[NumberMention]:
    """A rate whose digits were lost (复工率达到%): value None, `is_missing`, as 提供了亿元's. Not
    a percent sign declared as a unit (复工率单位为%, 以%计: numbers.json percent_unit_labels)."""
    signs = list(_MISSING_PERCENT.finditer(text))
    if not signs:
        return []  # nine texts in ten: no label needs looking for (a scan of the text per label)
    labels = percent_unit_label_signs(text)
    return [_mention(m.start(), m.end(), m.start(), m.end(), None, "percent", "ratio", "exact", is_missing=True)
            for m in signs if m.start() not in labels]


# 单位为%, 以%计: each label with where its % stands in it (numbers.json percent_unit_labels).
_PERCENT_UNIT_LABELS = tuple((label, label.index("%")) for label in _RES["percent_unit_labels"])


def percent_unit_label_signs(text: str) -> set[int]:
    """The offsets of the percent signs of `text` that a unit label declares (单位为%, 以%计)."""
    signs: set[int] = set()
    for label, at in _PERCENT_UNIT_LABELS:
        start = text.find(label)
        while start >= 0:
            signs.add(start + at)
            start = text.find(label, start + 1)
    return signs


# Each pattern's group names in group order: the builders' dict is made from m.groups(). Every
# group is named once, so the names are the groups.
_GROUP_NAMES = {name: tuple(sorted(p.groupindex, key=p.groupindex.get)) for name, p in _PATTERNS.items()}
assert all(len(_GROUP_NAMES[name]) == p.compiled.groups for name, p in _PATTERNS.items())

_BUILDERS = {"money": _money, "money_before": _money_before, "spoken_yi": _spoken_yi, "percent": _percent,
             "percent_words": _percent_words, "tenths": _tenths, "fraction": _fraction,
             "slash_fraction": _slash_fraction, "half": _half, "points": _points, "interest_li": _li, "count": _count,
             "bare_amount": _bare_amount, "casual": _casual, "missing": _missing}


def _url_spans(text: str) -> list[tuple[int, int]]:
    """The web addresses of `text` (the definition `_url_spans_near_slashes` is compared with)."""
    if "/" not in text and "www." not in text:
        return []
    return [m.span() for m in _URL_PATTERN.finditer(text, timeout=REGEX_TIMEOUT)]


# Every character a web address may hold: printable ASCII and the digits of its port (\d, which
# for `regex` holds non-ASCII digits). An address lies inside one maximal run of them, and
# holds a slash or www. (_URL): only such runs are scanned, from their start, where the scan of
# the whole text also starts afresh (nothing before the run reaches into it).
_URL_RUN = re.compile(rf"[!-~{_DIGIT_CLASS}]*+")
_URL_SIGN = re.compile(r"/|www\.")


def _url_spans_near_slashes(text: str, reversed_text: str) -> list[tuple[int, int]]:
    """`_url_spans(text)` without a scan of the whole text by `regex` (a tenth of this stage's
    time): the runs holding a slash or www., found by the standard library's engine."""
    if "/" not in text and "www." not in text:
        return []  # most texts: two literal searches, far cheaper than a scan for either
    spans: list[tuple[int, int]] = []
    size = len(text)
    scanned = 0  # the end of the last run scanned: a sign before it lies in that run
    for sign in _URL_SIGN.finditer(text):
        at = sign.start()
        if at < scanned:
            continue
        start = size - _URL_RUN.match(reversed_text, size - at).end()  # where the run read backwards ends
        scanned = _URL_RUN.match(text, at).end()
        spans += [m.span() for m in _URL_PATTERN.finditer(text, start, scanned, timeout=REGEX_TIMEOUT)]
    return spans


def _searched(pattern: regex.Pattern, text: str, start: int, end: int, endpos: int) -> Iterator:
    """The matches of `pattern` that start in the run `start:end` (its lookaheads read up to
    `endpos`), a long run's with the time left to the article as their timeout."""
    timeout = None if end - start <= _SHORT_RUN else budget.regex_timeout(REGEX_TIMEOUT)
    m = pattern.search(text, start, endpos, timeout=timeout)
    while m is not None and m.start() < end:  # one that starts past the run is a later run's
        yield m
        at = m.end()
        if at >= end or _NUMBER_START.search(text, at, end) is None:
            break  # every match holds a number start: none is left in the run, no search
        m = pattern.search(text, at, endpos, timeout=timeout)


def _matches_in_runs(name: str, text: str, runs: list[tuple[int, int]], use_twin: bool) -> list[tuple]:
    """Each match of pattern `name` that starts in one of `runs`, with its groups by name: by the
    twin (where `use_twin`), tried only where one of its first characters stands, which finds
    what its search would; by `regex` in a long run. One call per pattern, not a generator per
    run: most runs hold one match, and a generator's start and stop cost as much as finding it."""
    pattern, names = _PATTERNS[name].compiled, _GROUP_NAMES[name]
    twin, first = _STDLIB_TWINS.get(name), _TWIN_FIRST.get(name)
    if not use_twin or first is None:
        twin = None
    size = len(text)
    found: list[tuple] = []
    for start, end in runs:
        endpos = min(size, end + _LOOKAHEAD)
        if twin is None or end - start > _SHORT_RUN:
            # regex's groupdict() costs 4 times the dict made from groups()
            found += [(m, dict(zip(names, m.groups()))) for m in _searched(pattern, text, start, end, endpos)]
            continue
        at = start
        while at < end and (candidate := first.search(text, at, end)) is not None:
            at = candidate.start()
            m = twin.match(text, at, endpos)
            if m is None:
                at += 1
            else:
                found.append((m, m.groupdict()))  # re's costs less than the dict made from groups()
                at = m.end()
    return found


# 返岗人数11.6万, 复工企业数已达到1032: a count whose counter the noun before it names (numbers.json
# `count_nouns_before`), the figure ending its clause. Looked for only after those nouns: a literal
# scan, then one anchored match each.
_COUNT_NOUNS: dict[str, str] = _RES["count_nouns_before"]
_COUNT_NOUN = re.compile(alternation(list(_COUNT_NOUNS)))
# Each noun holds one 数 (a noun's other characters none), so it is found from its 数: at each 数 of
# the text, the noun starting furthest back, then first in the scanner's order (企业数量 before
# 企业数). No two overlap (one 数 each, and no noun opens with what follows 数 in another), so these
# are `_COUNT_NOUN`'s matches (a test compares them), where its scan stopped at every 企, 人 and 工.
_COUNT_NOUNS_BY_REACH = sorted(((w, w.index("数")) for w in _COUNT_NOUN.pattern.split("|")),
                               key=lambda noun: -noun[1])  # stable: the scanner's order at one start
assert all(w.count("数") == 1 and not any(v.startswith(w[w.index("数") + 1:] or "数") for v in _COUNT_NOUNS)
           for w in _COUNT_NOUNS) and set(_COUNT_NOUNS) == {w for w, _ in _COUNT_NOUNS_BY_REACH}


def _count_noun_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, noun) of each match of `_COUNT_NOUN` in `text`, found from the 数 they hold."""
    found = []
    shu = text.find("数")
    while shu >= 0:
        for noun, reach in _COUNT_NOUNS_BY_REACH:
            if shu >= reach and text.startswith(noun, shu - reach):
                found.append((shu - reach, shu - reach + len(noun), noun))
                break
        shu = text.find("数", shu + 1)
    return found
_COUNT_NOUN_LINKS = re.compile(rf"(?:{alternation(_RES['count_noun_links'])})*")
_COUNT_NAMED = compiled(rf"{_QB_GROUP}{_NEG}(?P<num>{NUMERAL}){_MORE.format(scale='[万亿]')}(?P<qa>{_QA})?"
                        r"(?=[,，.。;；、:：)）!！?？\s]|$)")


def _counts_named_before(text: str) -> list[NumberMention]:
    """The counts of `text` whose counter the noun before them names (人数11.6万: 人)."""
    found: list[NumberMention] = []
    if "数" not in text:
        return found  # every noun names a number (数): most texts hold few
    for _, noun_end, noun in _count_noun_spans(text):
        m = _COUNT_NAMED.match(text, _COUNT_NOUN_LINKS.match(text, noun_end).end())
        if m is not None:  # read as the count pattern's matches are, its counter the noun's
            found.extend(_count(m, {**m.groupdict(), "unit": _COUNT_NOUNS[noun], "lo": None}))
    return found


# 1200万农民工返岗: a scaled count of persons whose noun follows it with no counter between
# (numbers.json `count_nouns_after`). Looked for only before those nouns: a literal scan, then one
# match ending at the noun each.
_PERSONS_AFTER = _RES["count_nouns_after"]
_PERSON_NOUN = re.compile(alternation(_PERSONS_AFTER["nouns"]))
_SCALED_BEFORE_NOUN = compiled(rf"{_QB_GROUP}(?P<num>{NUMERAL}){_MORE.format(scale='[万千]')}$")
_SCALE_CHARS = frozenset(_PERSONS_AFTER["scales"])
_ROUGH_AFTER = frozenset(_PERSONS_AFTER["rough"])
# A scale or rough word right before a noun of people: the nouns' scan stopped at every 员, 工 and
# 务, most with no figure before them. No noun holds one of these characters, so no noun the nouns'
# scan takes runs across one, and a noun after one is the match the scan finds there.
_SCALED_OR_ROUGH_BEFORE_NOUN = re.compile(f"[{re.escape(''.join(sorted(_SCALE_CHARS | _ROUGH_AFTER)))}]"
                                          f"(?={_PERSON_NOUN.pattern})")
assert not (_SCALE_CHARS | _ROUGH_AFTER) & {ch for noun in _PERSONS_AFTER["nouns"] for ch in noun}
_BEFORE_NOUN_REACH = 16  # characters a figure with its qualifier before the noun may take


def _counts_named_after(text: str) -> list[NumberMention]:
    """The scaled or rough counts of `text` the noun of people right after them names (1200万农民工,
    300余员工: 人)."""
    found: list[NumberMention] = []
    if not any(c in text for c in _SCALE_CHARS):
        return found
    for before in _SCALED_OR_ROUGH_BEFORE_NOUN.finditer(text):  # not 2020农民工返岗专列: no figure read
        at = before.end()  # the noun's start
        m = _SCALED_BEFORE_NOUN.search(text, max(0, at - _BEFORE_NOUN_REACH), at)
        if m is not None:
            found.extend(_count(m, {**m.groupdict(), "unit": _PERSONS_AFTER["unit"], "lo": None, "neg": None, "qa": None}))
    return found


def find_numbers(text: str, *, with_missing: bool = True) -> list[NumberMention]:
    """All number mentions in `text`, sorted by position, overlaps resolved (longest wins).

    Raises `TimeoutError` if a pattern exceeds its time budget, so a hostile input
    becomes a rejected article rather than a hung build.
    """
    found: list[NumberMention] = []
    budget.check()  # once per text: the runs below are short, a long one gets the time left
    text, lost = _lost_digits_filled(text)  # offsets unchanged: the mentions point into the text given
    text = _space_grouped_as_commas(text)  # 12 800人 read as 12,800人, one character for one
    text = _financial_as_plain(text)  # 伍万元 read as 五万元, one character for one
    reversed_text = text[::-1]
    # `re` reads \d as `regex` does inside the Basic Multilingual Plane only
    use_twins = _inside_bmp(text)
    runs_apart = _runs_written_apart(text, reversed_text)  # once: every pattern's unit words are looked for in them
    held_chars = set(runs_apart[1])  # the characters of the runs: a pattern whose words start with none holds no run
    for name in _PATTERNS:
        if name == "missing" and not with_missing:
            continue
        if held_chars.isdisjoint(_UNIT_FIRST_CHARS[name]):
            continue
        runs = _held_runs(_HELD_UNIT_SCANNERS[name], *runs_apart)
        if not runs:
            continue  # nine patterns in ten hold no run of the text: _matches_in_runs would find nothing
        build = _BUILDERS[name]
        for m, groups in _matches_in_runs(name, text, runs, use_twins):
            found.extend(build(m, groups))
    found.extend(_counts_named_before(text))
    found.extend(_counts_named_after(text))
    if with_missing and ("%" in text or "％" in text):
        found.extend(_missing_percents(text))
    urls = _url_spans_near_slashes(text, reversed_text) if found else []
    if urls:
        found = [n for n in found if not _in_url(n, urls)]
    kept = _split_read_as_lost(text, _with_lost_digits(lost, _with_listed_units(text, _resolve_overlaps(_finite(found)))))
    return _with_qualifier_before_share(text, _with_approx_before_verb(text, kept))


def _finite(found: list[NumberMention]) -> list[NumberMention]:
    """The mentions whose value is a number (or lost: None): 一亿亿亿…元 reads as inf, no amount."""
    return [n for n in found if n.value is None or math.isfinite(n.value)]


def _find_numbers_by_definition(text: str, *, with_missing: bool = True) -> list[NumberMention]:
    """What find_numbers returns, as defined: every pattern run by `regex` over the whole text,
    and the web addresses of the whole text. Slow (every pattern tried at every position): kept
    for the tests, which compare find_numbers with it (tests/test_numbers_fast_path.py)."""
    found: list[NumberMention] = []
    text, lost = _lost_digits_filled(text)
    text = _financial_as_plain(_space_grouped_as_commas(text))
    for name, pattern in _PATTERNS.items():
        if name == "missing" and not with_missing:
            continue
        for m in pattern.compiled.finditer(text):
            found.extend(_BUILDERS[name](m, m.groupdict()))
    found.extend(_counts_named_before(text))
    found.extend(_counts_named_after(text))
    if with_missing:
        found.extend(_missing_percents(text))
    urls = _url_spans(text)
    kept = _resolve_overlaps(_finite([n for n in found if not _in_url(n, urls)] if urls else found))
    return _with_qualifier_before_share(
        text, _with_approx_before_verb(text, _split_read_as_lost(text, _with_lost_digits(lost, _with_listed_units(text, kept)))))


# 分别为3亿和5亿元 / 分别有120、95、60家: the items of a list 分别 opens, the unit written once after
# the last (numbers.json listed_unit_note).
_LISTED_OPENERS = tuple(_RES["listed_unit_openers"])
_LISTED_JOINERS = frozenset(_RES["listed_unit_joiners"])
_LISTED_OPENER_REACH = 16  # 分别为, 分别达到, 分别为企业减免租金: the opener ends at most this far before the first item, in its clause
_LISTED_ITEMS_MOST = 8
_BARE_NUMERAL = compiled(NUMERAL)
_BARE_NUMERAL_CHARS = frozenset(_NUMERAL_CHARS + "0123456789.")
_NOT_BEFORE_LISTED = frozenset("第")


def _with_listed_units(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """`found` and, before a figure that ends a list 分别 opens, each bare numeral of the list as a
    figure of the last item's unit (分别为3亿和5亿元: 3亿 is money too)."""
    if not any(opener in text for opener in _LISTED_OPENERS):
        return found  # most texts: no such list
    added: list[NumberMention] = []
    taken = [(n.start, n.end) for n in found]
    for n in found:
        if n.value is None or n.is_missing or n.start != n.num_start:
            continue  # a figure with a qualifier or a range's bound before its digits ends no such list
        items = _bare_items_before(text, n.start)
        if not items or text[max(0, items[0][0] - 1):items[0][0]] in _NOT_BEFORE_LISTED \
                or not _opened_by_listed_opener(text, items[0][0]):
            continue  # 分别为第1、2家: ranks, not figures
        if any(s < items[-1][1] and e > items[0][0] for s, e in taken):
            continue
        added.extend(m for m in (_listed_item(text, n, start, end) for start, end in items) if m is not None)
    if not added:
        return found
    return sorted(found + added, key=lambda n: (n.start, n.num_start))


def _bare_items_before(text: str, end: int) -> list[tuple[int, int]]:
    """The bare numerals (no unit, no qualifier) listed right before `end`, each followed by one
    joiner, first to last: (start, end) of each."""
    items: list[tuple[int, int]] = []
    pos = end
    while len(items) < _LISTED_ITEMS_MOST and pos > 1 and text[pos - 1] in _LISTED_JOINERS:
        stop = pos - 1
        start = stop
        while start > 0 and text[start - 1] in _BARE_NUMERAL_CHARS:
            start -= 1
        if start == stop or not _BARE_NUMERAL.fullmatch(text, start, stop):
            break
        items.append((start, stop))
        pos = start
    items.reverse()
    return items


def _opened_by_listed_opener(text: str, first: int) -> bool:
    """Whether 分别 or 依次 ends within reach before the list's first item, in its clause."""
    before = text[max(0, first - _LISTED_OPENER_REACH - 2):first]
    for opener in _LISTED_OPENERS:
        at = before.rfind(opener)
        if at >= 0 and len(before) - at - len(opener) <= _LISTED_OPENER_REACH \
                and not any(ch in BREAK_CHARS for ch in before[at:]):
            return True
    return False


def _listed_item(text: str, last: NumberMention, start: int, end: int) -> NumberMention | None:
    """The bare numeral text[start:end] read in the unit of the figure `last` that ends its list."""
    if text[start] == "0" and end - start > 1 and text[start + 1] != ".":
        return None
    reading = read_numeral(text[start:end])
    if reading is None:
        return None
    value = reading.value
    if last.kind == "percent":
        sign = text[last.num_end:last.num_end + 1]
        if sign not in RATE_SIGNS:
            return None  # 九成五、九成二 carry their own 成; 百分之… lists are written whole
        value /= RATE_SIGNS[sign]
    else:
        scale = _TRAILING_SCALE.search(text, last.num_start, last.num_end)
        if scale is not None and not _ANY_UNIT.search(text[start:end]):
            value *= _factor(scale.group())  # 分别为3.2、4.5亿元: the scale is written once too
    return _mention(start, end, start, end, value, last.kind, last.unit, reading.qualifier, False, last.per)


# A character lost upstream shows as one of these (a failed decoding, a font the page lacked).
# Digit groups parted by a space instead of a comma (返岗职工12 800人, 减免租金2 500万元; a thin or
# no-break space too): numbers.json _space_grouped_note. One to three digits opening the figure (no
# digit, point, comma or ordinal's 第 before them), then groups of exactly three, each after one
# space, a decimal part at most (1 284.62万元), and a unit or scale right after the last, or after a
# word of approximation (5 300余人:
# numbers.json _space_grouped_qualifiers): 2020 300家 (four digits first), 第1 800名, a
# table's 186 179 (no unit after) stay apart, as clean.py leaves them.
_SPACE_GROUPED = re.compile(
    rf"(?<![\d.,{re.escape(''.join(_RES['space_grouped']['not_after']))}])\d{{1,3}}"
    rf"(?:[{_RES['space_grouped']['spaces']}]\d{{3}})+(?:\.\d+)?"
    rf"(?=[{re.escape(''.join(_RES['space_grouped_qualifiers']))}]?[{re.escape(''.join(_RES['space_grouped']['units']))}])")
_GROUP_SPACE = re.compile(f"[{_RES['space_grouped']['spaces']}]")
# A digit, one of those spaces and three digits: what every match of _SPACE_GROUPED holds. Found from
# the space (a class the engine skips to), the digit before it read back: a tenth of the time of the
# lookbehind pattern tried at every position; most texts (nine in ten of the bench corpus's, which
# writes spaces everywhere) hold none and need no substitution.
_SPACE_THEN_GROUP = re.compile(rf"[{_RES['space_grouped']['spaces']}](?<=\d.)\d{{3}}")


def _space_grouped_as_commas(text: str) -> str:
    """`text` with the spaces parting the digit groups of a figure (12 800人) made commas, which the
    patterns read as thousands separators (12,800人): one character for one, every offset kept."""
    if _SPACE_THEN_GROUP.search(text) is None:
        return text
    return _SPACE_GROUPED.sub(lambda m: _GROUP_SPACE.sub(",", m.group()), text)


# 贰佰叁拾万零陆仟元, 伍万元: a financial (大写) numeral right before 元 or 圆 is an amount, read as the
# plain numeral of the same length (numbers.json _financial_note); elsewhere 陆/伍/拾 end words
# (陆续, 队伍, 收拾) and are left alone. A scan from the numerals (_FIN_BEFORE_UNIT) finds the texts
# that hold no amount (almost all).
_FIN = _RES["financial_numerals"]
_FIN_RUN = _FIN + _RES["financial_run_also"]
_FIN_PLAIN = str.maketrans(_FIN + "圆", _RES["financial_plain"] + "元")
_FINANCIAL_AMOUNT = re.compile(
    rf"(?<![\d{_NUMERAL_CHARS}{_FIN}])(?=[{_FIN_RUN}]*[{_FIN}])[{_FIN_RUN}]{{2,}}[{_RES['financial_units_after']}]")
_FIN_WORD_ENDS = frozenset(_RES["financial_word_ends"])
# A financial numeral, the run after it and a unit: what every amount holds (its lookahead's numeral,
# the rest of its run, no unit among the run's characters). A scan from the rare financial numerals,
# where the amount pattern, opening with a lookbehind, is tried at every character (a hundred times
# slower); texts holding one only inside words (陆续, 队伍, 收拾: most that hold any) skip it too.
_FIN_BEFORE_UNIT = re.compile(f"[{_FIN}][{_FIN_RUN}]*+[{_RES['financial_units_after']}]")
assert not set(_RES["financial_units_after"]) & set(_FIN_RUN), "a unit inside the run: the scan may miss an amount"


def _financial_as_plain(text: str) -> str:
    """`text` with each financial numeral that writes an amount (贰佰叁拾万零陆仟元) spelt with the plain
    numerals (二百三十万零六千元), which the patterns read: one character for one, every offset kept."""
    if _FIN_BEFORE_UNIT.search(text) is None or _FINANCIAL_AMOUNT.search(text) is None:
        return text
    return _FINANCIAL_AMOUNT.sub(
        lambda m: m.group() if text[max(0, m.start() - 1):m.start() + 1] in _FIN_WORD_ENDS
        else m.group().translate(_FIN_PLAIN), text)


_LOST_MARKS = frozenset("?？□�")
# A mark stands for a lost digit where a digit precedes it, or a digit and a decimal point or
# thousands comma (1?80万元, 3.?5亿元, 9?.5%, 8?%): a mark with no digit before it may stand for
# a lost word (房租?80万元: 约, 近), and the digits after it are the figure.
_LOST_MARK = re.compile("[" + "".join(sorted(_LOST_MARKS)) + "]")
_FILLER_DIGIT = "1"  # any digit but 0 (01 would be read, 0万 not): the value is dropped anyway
# A run of marks that no digit precedes, right before a scale or unit (约□□□万元): the figure's
# lost digits, every one (numbers.json _lost_run_note).
_LOST_RUN_PLACEHOLDERS = frozenset(_RES["lost_run_placeholders"])
_LOST_RUN_BEFORE = frozenset(_RES["lost_run_before"])
_LOST_RUN_BEFORE_UNMARKED = frozenset(_RES["lost_run_before_unmarked"])


def _lost_run_end(text: str, i: int) -> int:
    """The end of the run of marks starting at `i`."""
    end = i
    while end < len(text) and text[end] in _LOST_MARKS:
        end += 1
    return end


def _leading_lost_run(text: str, i: int, end: int) -> int:
    """`end`, the end of the run of marks text[i:end], when the run stands for a figure's lost
    digits (no digit before it, a scale or unit right after it, and a placeholder in it, or two
    question marks or more before a scale, 元 or %: numbers.json _lost_run_note), else `i`."""
    if end >= len(text) or text[end] not in _LOST_RUN_BEFORE:
        return i
    if any(text[j] in _LOST_RUN_PLACEHOLDERS for j in range(i, end)):
        return end
    return end if end - i >= 2 and text[end] in _LOST_RUN_BEFORE_UNMARKED else i


def _lost_digits_filled(text: str) -> tuple[str, list[int]]:
    """`text` with each mark of a lost digit replaced by a digit, and the positions replaced.

    The patterns then read a damaged figure whole, with its qualifier, unit and scale, as they
    read an intact one (超过3?.7万人, 复工率达9?.5%, 补贴1?00万元), instead of its last digits
    alone or nothing at all; `_with_lost_digits` then drops the value the filler made up. One
    character for one keeps every offset of the text."""
    misread = _misread_digits(text)
    if not misread and not any(mark in text for mark in _LOST_MARKS):
        return text, []  # most texts: no lost character at all
    lost: list[int] = []
    filled: set[int] = set(misread)

    def digit_at(j: int) -> bool:
        return j >= 0 and (j in filled or text[j].isdigit())

    # Only the marks are looked at (found by one scan in C), left to right: a run of marks
    # (1??万元) is filled mark by mark, each after a digit written or filled.
    run_end = 0  # the end of the last run of marks read whole: its marks are not looked at again
    for m in _LOST_MARK.finditer(text):
        i = m.start()
        if i in filled or i < run_end:
            continue  # a mark of a run filled whole, or of one that stands for no figure (below)
        if i >= 1 and (digit_at(i - 1) or (i >= 2 and text[i - 1] in ".," and digit_at(i - 2))):
            filled.add(i)
            lost.append(i)
        else:
            # 约□□□万元: the whole run, or none of it (each later mark of the run would only
            # find the same run shorter: the scan stays linear in a long run of marks)
            run_end = _lost_run_end(text, i)
            run = range(i, _leading_lost_run(text, i, run_end))
            filled.update(run)
            lost.extend(run)
    if misread:
        lost = sorted(set(lost) | set(misread))
    if not lost:
        return text, lost
    chars = list(text)
    for i in lost:
        chars[i] = _FILLER_DIGIT
    return "".join(chars), lost


def _lost_digits_filled_by_definition(text: str) -> tuple[str, list[int]]:
    """`_lost_digits_filled` read character by character: the definition (tests compare the two)."""
    misread = _misread_digits(text)
    chars, lost = list(text), []
    for i in misread:
        chars[i] = _FILLER_DIGIT
    for i, ch in enumerate(chars):
        if ch in _LOST_MARKS and i >= 1 and (
                chars[i - 1].isdigit() or (i >= 2 and chars[i - 1] in ".," and chars[i - 2].isdigit())):
            chars[i] = _FILLER_DIGIT
            lost.append(i)
        elif ch in _LOST_MARKS:
            joined = "".join(chars)
            for j in range(i, _leading_lost_run(joined, i, _lost_run_end(joined, i))):
                chars[j] = _FILLER_DIGIT
                lost.append(j)
    lost = sorted(set(lost) | set(misread))
    return ("".join(chars), lost) if lost else (text, lost)


_SPLIT_MARKS = frozenset(_RES["split_figure_marks"])


def _split_read_as_lost(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """`found`, with the parts of a figure a space split (返岗人数2 4.6万人, 复工率达到9 6.2%:
    numbers.json _split_figure_marks) read as what they are: the bare digits before the split no
    figure, the figure after it one whose leading digits are lost (value None), never the value
    of its last digits (4.6万人, 6.2%)."""
    if not any(mark in text for mark in _SPLIT_MARKS):
        return found
    out = []
    for n in found:
        a, b = n.num_start, n.num_end
        if n.end == b and b + 1 < len(text) and text[b] in _SPLIT_MARKS and text[b + 1].isdigit():
            continue  # 2 of 2 4.6万人: bare digits the split cut off
        if n.value is not None and a >= 2 and text[a - 1] in _SPLIT_MARKS and text[a - 2].isdigit():
            n = _mention(n.start, n.end, n.num_start, n.num_end, None, n.kind, n.unit, n.qualifier, True, n.per)
        out.append(n)
    return out


# Latin letters that scanning misreads digits as (l and I for 1, O and o for 0, S for 5),
# standing alone among digits: numbers.json _misread_digit_letters.
_MISREAD = _RES["misread_digit_letters"]
_MISREAD_LETTER = re.compile(f"(?<![A-Za-z])[{_MISREAD}](?![A-Za-z])")
# Whether any such letter has a digit, a decimal point or a comma beside it: a scan from the
# letters (their class first, which the engine skips to; the side checked after), so most texts
# (none) are done with in a quarter of the time a scan trying each character as the digit took.
_MISREAD_NEAR_DIGIT = re.compile(f"[{_MISREAD}](?:(?<=[0-9.,].)|(?=[0-9.,]))")


def _misread_digits(text: str) -> list[int]:
    """Positions of letters standing for digits a scan misread (l,O52家, 返岗员工l2.7万人, 复工率
    达到l00%, 设立1O亿元): a letter of misread_digit_letters with no Latin letter beside it and a
    digit next to it, or past a decimal point or a thousands comma, or a misread letter that is
    (l,O52: both). The figure is then read whole and its value dropped as a lost digit's is: the
    digits left are not what the text said."""
    if _MISREAD_NEAR_DIGIT.search(text) is None:
        return []  # most texts
    found = [m.start() for m in _MISREAD_LETTER.finditer(text)]
    lost: set[int] = set()

    def digit(j: int) -> bool:
        return 0 <= j < len(text) and (text[j].isdigit() or j in lost)

    grew = True
    while grew:
        grew = False
        for i in found:
            if i in lost:
                continue
            if digit(i - 1) or digit(i + 1) or (i >= 1 and text[i - 1] in ".," and digit(i - 2)) \
                    or (i + 1 < len(text) and text[i + 1] in ".," and digit(i + 2)):
                lost.add(i)
                grew = True
    return sorted(lost)


def _with_lost_digits(lost: list[int], found: list[NumberMention]) -> list[NumberMention]:
    """Each figure whose digits hold a lost digit (positions `lost`, filled by
    `_lost_digits_filled`) has an unknown value: None and `is_missing`, as a figure whose digits
    were stripped has, never the value its remaining digits or the filler say. Its mention is
    the text's characters, marks included (4?2家)."""
    if not lost:
        return found
    out = []
    for n in found:
        i = bisect.bisect_left(lost, n.num_start)
        if i < len(lost) and lost[i] < n.num_end:
            n = _mention(n.start, n.end, n.num_start, n.num_end, None, n.kind, n.unit, n.qualifier, True, n.per)
        out.append(n)
    return out


def _words_ending_no_other(words) -> str:
    """An alternation of qualifier `words`, the longest first, each where it ends no other word
    (预约, 签约: `_not_word_end`)."""
    return "|".join(_not_word_end(w) + regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


# 约减免1600万元, 为企业约减免税费3200万元: 约 before the verb that gives the figure, its object
# between (numbers.json _approx_before_verb_note). Read backwards from the figure: the text
# before it must end in the word, a verb of the list, and at most _VERB_OBJECT_MOST Han
# characters of its object (了 included), so no mark of a clause or other figure lies between.
_VERB_OBJECT_MOST = 6
# 约为商户节省: who benefits, a few Han characters that are no numeral (numbers.json _approx_before_verb_for_note).
_BENEFICIARY_MOST = 6
_BENEFICIARY = r"(?:(?![零〇一二两三四五六七八九十百千万亿])[\u4e00-\u9fff])"
_APPROX_BEFORE_VERB_WORDS = _RES["approx_before_verb_words"]
_APPROX_BEFORE_VERB = short_pattern(
    "(?:" + _words_ending_no_other(_APPROX_BEFORE_VERB_WORDS)
    + rf")(?:(?:{alternation(_RES['approx_before_verb_for'])}){_BENEFICIARY}{{1,{_BENEFICIARY_MOST}}}?)?"
    + rf"(?:{alternation(_RES['approx_before_verb_verbs'])})[\u4e00-\u9fff]{{0,{_VERB_OBJECT_MOST}}}$")
# The words alone, by the standard library's scanner: a figure with none of them in the reach before
# it (most) needs no search of the pattern, which tries each of those positions.
_APPROX_BEFORE_VERB_WORD = literal_scanner(_APPROX_BEFORE_VERB_WORDS)
_APPROX_BEFORE_VERB_REACH = (max(map(len, _APPROX_BEFORE_VERB_WORDS)) + max(map(len, _RES["approx_before_verb_for"]))
                             + _BENEFICIARY_MOST + max(map(len, _RES["approx_before_verb_verbs"]))
                             + _VERB_OBJECT_MOST + 2)  # + 2: the lookbehind of 预约, 签约 reads before the word


def _with_approx_before_verb(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """`found`, each exact figure that 约 qualifies from before its verb (约减免1600万元) made
    approx. The mention stays the figure's characters: the verb and its object are no part of
    the value (as 3.05% of 最低降至3.05%). A figure with a qualifier of its own keeps it."""
    if not any(w in text for w in _APPROX_BEFORE_VERB_WORDS):
        return found  # most texts: no 约 at all
    out = []
    for n in found:
        reach = max(0, n.start - _APPROX_BEFORE_VERB_REACH)
        if n.qualifier == "exact" and n.start == n.num_start and _APPROX_BEFORE_VERB_WORD.search(text, reach, n.start) \
                and _APPROX_BEFORE_VERB.search(text, reach, n.start) is not None:
            n = _mention(**{**n.__dict__, "qualifier": "approx"})
        out.append(n)
    return out


# 约占外出船员总数的86%: a qualifier word before 占, the whole the share is of between
# (numbers.json _qualifier_before_share_note). Read backwards from the figure: the text before it
# ends in the word, the verb, and at most _SHARE_WHOLE_MOST characters of one clause ending in 的.
_SHARE_WHOLE_MOST = 16
_QUALIFIER_BEFORE_SHARE_WORDS = _RES["qualifier_before_share_words"]
_QUALIFIER_BEFORE_SHARE = short_pattern(
    "(?P<qb>" + _words_ending_no_other(_QUALIFIER_BEFORE_SHARE_WORDS)
    + rf")(?:{alternation(_RES['qualifier_before_share_verbs'])})"
    + rf"(?:[^，,。；;：:！!？?\s]{{0,{_SHARE_WHOLE_MOST}}}的)?$")
# The verbs alone (占), by the standard library's scanner: only a figure with one in the reach before
# it is searched for the pattern.
_QUALIFIER_BEFORE_SHARE_VERB = literal_scanner(_RES["qualifier_before_share_verbs"])
_QUALIFIER_BEFORE_SHARE_REACH = (max(map(len, _QUALIFIER_BEFORE_SHARE_WORDS))
                                 + max(map(len, _RES["qualifier_before_share_verbs"])) + _SHARE_WHOLE_MOST + 1 + 2)


def _with_qualifier_before_share(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """`found`, each exact share that a qualifier word before 占 qualifies (约占外出船员总数的86%)
    given that word's qualifier. The mention stays the figure's characters, as with 约 before a
    verb; a figure with a qualifier of its own keeps it."""
    if not any(v in text for v in _RES["qualifier_before_share_verbs"]):
        return found  # most texts: no 占 at all
    out = []
    for n in found:
        reach = max(0, n.start - _QUALIFIER_BEFORE_SHARE_REACH)
        if n.kind == "percent" and n.qualifier == "exact" and n.start == n.num_start \
                and _QUALIFIER_BEFORE_SHARE_VERB.search(text, reach, n.start):
            m = _QUALIFIER_BEFORE_SHARE.search(text, reach, n.start)
            if m is not None:
                n = _mention(**{**n.__dict__, "qualifier": _QB_OF[m.group("qb")]})
        out.append(n)
    return out


def _in_url(n: NumberMention, urls: list[tuple[int, int]]) -> bool:
    """Whether a mention overlaps one of the (sorted, disjoint) web-address spans."""
    i = bisect.bisect_right(urls, (n.end,)) - 1  # the last address starting before the mention ends
    return i >= 0 and urls[i][1] > n.start


def _resolve_overlaps(found: list[NumberMention]) -> list[NumberMention]:
    # Prefer the mention whose digits start first, then one whose digits were lost, then the
    # longest; a range's two bounds share an end. A lost-digit reading and a valued one start
    # together only at a scale word after a qualifier (超过亿元): where digits may have been
    # stripped (with_missing), that is 超过1亿元 with its digit lost, not one hundred million.
    found.sort(key=lambda n: (n.num_start, n.value is not None, -(n.end - n.start)))
    kept: list[NumberMention] = []
    last_end = -1
    for n in found:  # sorted by start: a clash can only be with what ends after this starts
        if n.num_start >= last_end:
            kept.append(n)
            last_end = n.num_end
    kept.sort(key=lambda n: (n.start, n.num_start))
    # 156.3 * 1e8 is 15630000000.000002 in binary floating point; the text says 15630000000.
    return [n if n.value is None else _shortest(n) for n in kept]


def _shortest(n: NumberMention) -> NumberMention:
    """`n` with its value rounded to 15 significant digits (a new mention only when that changes it)."""
    if n.value.is_integer() and -1e15 < n.value < 1e15:
        return n  # a whole number of at most 15 digits is written exactly: most figures, no formatting
    value = float(f"{n.value:.15g}")
    return n if value == n.value and str(value) == str(n.value) else _mention(**{**n.__dict__, "value": value})
