"""Stage: text -> number mentions.

Promise: every amount, percentage, `N成` fraction and counted quantity in a text comes back
as a `NumberMention` whose `start:end` are code-point offsets of its exact characters
(qualifier words and unit included), with the value normalised (yuan for money, a
fraction 0-1 for rates, a plain count otherwise) and a qualifier. Digits lost upstream
(`提供了亿元`) come back with `value=None` and `is_missing=True`, never as zero. A range
(`100万至500万元`) is two mentions, its lower and upper bound. Numbers with no unit
(dates, phone numbers, years) are not mentions at all.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from .lexicon import REGEX_TIMEOUT, alternation, compiled, counter_words, resource


@dataclass(frozen=True)
class NumberMention:
    start: int
    end: int
    num_start: int          # where the digits themselves start and end (for cue distances)
    num_end: int
    value: float | None
    kind: str               # "money" | "percent" | "count"
    unit: str               # "CNY"/"USD" for money, "ratio" for percent, the counter word for counts
    qualifier: str          # exact approx more_than at_least at_most less_than
    is_missing: bool = False
    per: str | None = None  # "/人/天"-style suffix written after the unit, if any


_RES = resource("numbers.json")
CN_DIGITS: dict[str, int] = _RES["chinese_digits"]
CN_SMALL: dict[str, int] = _RES["chinese_small_units"]
CN_BIG: dict[str, int] = _RES["chinese_big_units"]

_QB = alternation([w for ws in _RES["qualifier_before"].values() for w in ws])
_QA = alternation([w for ws in _RES["qualifier_after"].values() for w in ws if w not in ("余", "多")])
_QB_OF = {w: q for q, ws in _RES["qualifier_before"].items() for w in ws}
_QA_OF = {w: q for q, ws in _RES["qualifier_after"].items() for w in ws}
_CUR_OF = {w: c for c, ws in _RES["currencies"].items() for w in ws}
_CUR = alternation(list(_CUR_OF))

_COUNTERS = sorted(set(counter_words()) | {"人次", "笔", "项", "宗", "批"}, key=lambda w: (-len(w), w))
_COUNTER = alternation(_COUNTERS)

_ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
# A Chinese numeral must hold a digit word: 百家/千家/万家 are names, not numbers.
_CHINESE = r"[零〇一二两三四五六七八九十百千万亿]*[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*"
_SCALE = r"(?:万亿|[十百千]万|[十百千]亿|[万亿千百])"
_NUM = rf"(?:(?P<ar>{_ARABIC})(?P<sc>{_SCALE})?|(?P<cn>{_CHINESE}))"
_LO = rf"(?:(?P<lo_ar>{_ARABIC})(?P<lo_sc>{_SCALE})?|(?P<lo_cn>{_CHINESE}))"
_RANGE = r"(?:至|到|~|～|-|—|－)"
_APPROX = r"(?P<qa1>余|多)?"
_PER = r"(?P<per>/(?:人|户|家|月|天|日|年|个)(?:/(?:月|天|日|年))?)?"

_MONEY = (
    rf"(?P<qb>{_QB})?(?:{_LO}{_RANGE})?{_NUM}(?P<qx>余|多)?(?P<sc2>{_SCALE})?{_APPROX}"
    rf"(?P<cur>{_CUR}){_PER}(?P<qa>{_QA})?"
)
_PERCENT = rf"(?P<qb>{_QB})?(?:{_LO}%?{_RANGE})?{_NUM}{_APPROX}(?P<pct>[%％])(?P<qa>{_QA})?"
_PERCENT_WORDS = rf"(?P<qb>{_QB})?(?P<pct_words>百分之(?P<pcn>{_CHINESE}|\d+(?:\.\d+)?|百))(?P<qa>{_QA})?"
_TENTHS = rf"(?P<qb>{_QB})?(?P<tenths>[一二三四五六七八九1-9])成(?P<qa1>多)?(?P<qa>{_QA})?"
_COUNT = (
    rf"(?P<qb>{_QB})?(?:{_LO}{_RANGE})?{_NUM}(?P<qx>余|多)?(?P<sc2>万)?{_APPROX}"
    rf"(?P<counter>{_COUNTER})(?!月|小时|工作日|百分点|多月)(?P<qa>{_QA})?"
)
# Digits lost upstream: a scale and currency with nothing numeric before them.
_MISSING = rf"(?P<qb>{_QB})?(?<![\d零〇一二两三四五六七八九十百千万亿几数余多上])(?P<missing>[万亿])(?P<cur>元)"

_PATTERNS = {
    "money": compiled(rf"(?<![\d.,]){_MONEY}"),
    "percent": compiled(rf"(?<![\d.,]){_PERCENT}"),
    "percent_words": compiled(_PERCENT_WORDS),
    "tenths": compiled(rf"(?<![\d.]|[\p{{Han}}]{{2}}[一二三四五六七八九十]){_TENTHS}(?!本|功|员|品|立|交|熟|为|果|长|绩|就|不|型|都)"),
    "count": compiled(rf"(?<![\d.,]){_COUNT}"),
    "missing": compiled(_MISSING),
}


def parse_chinese_number(text: str) -> float | None:
    """Value of a Chinese numeral such as 三千五百万, 十二, 两千, 一万二千, 二〇二〇; None if not one."""
    if not text:
        return None
    if all(ch in CN_DIGITS for ch in text):  # digit-by-digit: 二〇二〇
        return float(int("".join(str(CN_DIGITS[ch]) for ch in text)))
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_SMALL:
            section += (1 if digit is None else digit) * CN_SMALL[ch]
            digit = None
        elif ch in CN_BIG:
            section += digit or 0
            if section == 0:
                section = 1
            total = (total + section) * CN_BIG[ch] if CN_BIG[ch] > 10000 else total + section * CN_BIG[ch]
            section, digit = 0, None
        else:
            return None
    return float(total + section + (digit or 0))


def scale_factor(scale: str | None) -> float:
    """10000 for 万, 1e8 for 亿, 1e7 for 千万 ...; 1 when there is no scale word."""
    if not scale:
        return 1.0
    factor = 1.0
    for ch in scale:
        factor *= CN_SMALL.get(ch) or CN_BIG.get(ch) or 1
    return factor


def _number(ar: str | None, sc: str | None, cn: str | None) -> float | None:
    if ar:
        return float(ar.replace(",", "")) * scale_factor(sc)
    if cn:
        return parse_chinese_number(cn)
    return None


def _qualifier(m: regex.Match) -> str:
    for group in ("qa", "qa1", "qx"):
        word = m.groupdict().get(group)
        if word:
            return _QA_OF.get(word, "more_than")
    word = m.groupdict().get("qb")
    return _QB_OF[word] if word else "exact"


def _mention(m: regex.Match, kind: str, value: float | None, unit: str, *, missing: bool = False) -> NumberMention:
    num_start = min((m.start(g) for g in ("ar", "cn", "pct_words", "tenths", "missing") if g in m.re.groupindex and m.start(g) >= 0), default=m.start())
    num_end = max((m.end(g) for g in ("ar", "cn", "pct_words", "tenths", "missing") if g in m.re.groupindex and m.end(g) >= 0), default=m.end())
    return NumberMention(m.start(), m.end(), num_start, num_end, value, kind, unit, _qualifier(m),
                         is_missing=missing, per=m.groupdict().get("per"))


def _with_range(m: regex.Match, kind: str, value: float | None, unit: str, to_unit) -> list[NumberMention]:
    """One mention, or two bounds when the match is a range (`12至18个`)."""
    main = _mention(m, kind, value, unit)
    if not m.groupdict().get("lo_ar") and not m.groupdict().get("lo_cn"):
        return [main]
    # A bare lower bound takes the upper bound's scale: 100至500万元 means 1M to 5M.
    lo_scale = m.group("lo_sc") or m.group("sc") or ""
    lo = _number(m.group("lo_ar"), lo_scale, m.group("lo_cn"))
    lo_start = m.start("lo_ar") if m.group("lo_ar") else m.start("lo_cn")
    lower = NumberMention(lo_start, m.end(), lo_start, m.end("lo_sc") if m.group("lo_sc") else (m.end("lo_ar") if m.group("lo_ar") else m.end("lo_cn")),
                          to_unit(lo), kind, unit, "at_least", per=main.per)
    upper = NumberMention(m.start("ar") if m.group("ar") else m.start("cn"), m.end(), main.num_start, main.num_end,
                          main.value, kind, unit, "at_most", per=main.per)
    return [lower, upper]


def _money(m: regex.Match) -> list[NumberMention]:
    base = _number(m.group("ar"), m.group("sc"), m.group("cn"))
    if base is None:
        return []
    value = base * scale_factor(m.group("sc2"))
    lo_scale = m.group("sc2")
    cur = _CUR_OF[m.group("cur")]
    if m.group("lo_ar") or m.group("lo_cn"):
        lo = _number(m.group("lo_ar"), m.group("lo_sc") or m.group("sc") or "", m.group("lo_cn"))
        if lo is not None:
            lo *= scale_factor(lo_scale) if not m.group("lo_sc") else 1.0
        return [NumberMention(m.start("lo_ar") if m.group("lo_ar") else m.start("lo_cn"), m.end(),
                              m.start("lo_ar") if m.group("lo_ar") else m.start("lo_cn"),
                              m.end("lo_ar") if m.group("lo_ar") else m.end("lo_cn"),
                              lo, "money", cur, "at_least", per=m.group("per")),
                NumberMention(m.start("ar") if m.group("ar") else m.start("cn"), m.end(),
                              m.start("ar") if m.group("ar") else m.start("cn"),
                              m.end("cur"), value, "money", cur, "at_most", per=m.group("per"))]
    return [_mention(m, "money", value, cur)]


def _percent(m: regex.Match) -> list[NumberMention]:
    value = _number(m.group("ar"), None, m.group("cn"))
    if value is None or m.group("sc"):
        return []
    return _with_range(m, "percent", value / 100.0, "ratio", lambda v: None if v is None else v / 100.0)


def _percent_words(m: regex.Match) -> list[NumberMention]:
    raw = m.group("pcn")
    value = float(raw) if raw[0].isdigit() else parse_chinese_number(raw)
    if raw == "百":
        value = 100.0
    return [] if value is None else [_mention(m, "percent", value / 100.0, "ratio")]


def _tenths(m: regex.Match) -> list[NumberMention]:
    digit = m.group("tenths")
    tenths = int(digit) if digit.isdigit() else CN_DIGITS[digit]
    return [_mention(m, "percent", tenths / 10.0, "ratio")]


def _count(m: regex.Match) -> list[NumberMention]:
    if m.group("cn") in ("一", "两", "〇", "零") and not m.group("qb"):
        return []  # 一家/两家 are articles of speech far more often than counts
    base = _number(m.group("ar"), m.group("sc"), m.group("cn"))
    if base is None:
        return []
    value = base * scale_factor(m.group("sc2"))
    return _with_range(m, "count", value, m.group("counter"), lambda v: v)


def _missing(m: regex.Match) -> list[NumberMention]:
    return [NumberMention(m.start(), m.end(), m.start("missing"), m.end("missing"), None, "money",
                          _CUR_OF[m.group("cur")], _qualifier(m), is_missing=True)]


_BUILDERS = {"money": _money, "percent": _percent, "percent_words": _percent_words,
             "tenths": _tenths, "count": _count, "missing": _missing}


def find_numbers(text: str, *, with_missing: bool = True) -> list[NumberMention]:
    """All number mentions in `text`, sorted by position, overlaps resolved (longest wins).

    Raises `TimeoutError` if a pattern exceeds its time budget, so a hostile input
    becomes a rejected article rather than a hung build.
    """
    found: list[NumberMention] = []
    for name, pattern in _PATTERNS.items():
        if name == "missing" and not with_missing:
            continue
        for m in pattern.finditer(text, timeout=REGEX_TIMEOUT):
            found.extend(_BUILDERS[name](m))
    return _resolve_overlaps(found)


def _resolve_overlaps(found: list[NumberMention]) -> list[NumberMention]:
    # Prefer the mention whose digits start first, then the longest; a range's two bounds share an end.
    found.sort(key=lambda n: (n.num_start, -(n.end - n.start)))
    kept: list[NumberMention] = []
    last_end = -1
    for n in found:  # sorted by start: a clash can only be with what ends after this starts
        if n.num_start >= last_end:
            kept.append(n)
            last_end = n.num_end
    kept.sort(key=lambda n: (n.start, n.num_start))
    # 156.3 * 1e8 is 15630000000.000002 in binary floating point; the text says 15630000000.
    return [n if n.value is None else replace(n, value=float(f"{n.value:.12g}")) for n in kept]
