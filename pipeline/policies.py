"""Stage: cleaned text -> named policy packages and documents.

Promise: `extract_policies(text, zones)` returns each policy named in an article once:
documents in 《》 whose title ends in a document word (`清远高新区激励优秀青年人才创业就业
试行办法`), packages named by slogan and item count (`惠企10条` -> n_items 10; with digits
lost upstream, `暖企条` with n_items null), and — where punctuation was lost — a title
that starts with a zone's name and ends in a document word. Titles are stored without
《》 or quotes; `mention` is exactly `text[span_start:span_end]`.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .lexicon import REGEX_TIMEOUT, alternation, compiled, resource
from .numbers import parse_chinese_number
from .zones import ArticleZones

_T = REGEX_TIMEOUT
_P = resource("policies.json")
_BOUNDARY = set(_P["package_boundaries"])
_BLOCKERS = tuple(_P["package_name_blockers"])
_BRACKETED = compiled(r"《(?P<title>[^《》\n]{2,80})》")
_TITLE_END = compiled(rf"(?:{alternation(_P['title_suffixes'])}|\d+条|[一二三四五六七八九十]+条)$")
_PACKAGE = compiled(r"(?P<count>\d{1,3}|[一二三四五六七八九十]{1,3})?条")
_UNBRACKETED_END = alternation(_P["unbracketed_title_suffixes"])
_QUOTES = "“”\"'‘’「」"
# Words of the sentence around a title, never of the title itself (出台系列工作方案).
_NOT_IN_TITLE = compiled(alternation(_P["unbracketed_title_blockers"]))


@dataclass(frozen=True)
class Policy:
    title: str
    n_items: int | None
    span_start: int
    span_end: int
    zone: str | None


def _package_name(text: str, end: int) -> tuple[int, str] | None:
    """The slogan before a package's count: 惠企 of 惠企10条, 硬核 of “硬核”12条."""
    i = end
    if i > 0 and text[i - 1] in _QUOTES:
        i -= 1  # “硬核”12条
    start = i
    while (start > 0 and end - start < 6 and text[start - 1] not in _BOUNDARY
           and text[max(0, start - 2):start] not in _BOUNDARY and regex.match(r"\p{Han}", text[start - 1])):
        start -= 1
    name = text[start:i]
    boundary = start == 0 or text[start - 1] in _BOUNDARY or text[start - 2:start] in _BOUNDARY
    if not boundary or not 2 <= len(name) <= 4 or name.startswith(_BLOCKERS) or name.endswith(("第", "每")):
        return None
    return start, name


MIN_PACKAGE_ITEMS = 3


def _packages(text: str, has_missing_digits: bool) -> list[tuple[int, int, str, int | None]]:
    found = []
    for m in _PACKAGE.finditer(text, timeout=_T):
        count = m.group("count")
        if count is None and not has_missing_digits:
            continue
        named = _package_name(text, m.start())
        if named is None:
            continue
        start, name = named
        n_items = None
        if count:
            n_items = int(count) if count.isdigit() else int(parse_chinese_number(count) or 0) or None
            if not n_items or n_items < MIN_PACKAGE_ITEMS:
                continue  # 一条龙, 两条线: a package has several items
        title = f"{name}{count or ''}条"
        found.append((start, m.end(), title, n_items))
    return found


def _unbracketed(text: str, zones: ArticleZones) -> list[tuple[int, int, str]]:
    names = sorted({a for z in zones.zones.values() for a in z.aliases}, key=len, reverse=True)
    if not names:
        return []
    pattern = compiled(rf"(?<!《)(?:{alternation(names)})[\p{{Han}}()]{{2,30}}?(?:{_UNBRACKETED_END})")
    return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text, timeout=_T)
            if not _NOT_IN_TITLE.search(m.group(), timeout=_T)]


def _zone_of(zones: ArticleZones, start: int, end: int, text: str) -> str | None:
    inside = zones.zones_between(start, end)
    if inside:
        return inside[0]
    sentence_start = max(text.rfind(ch, 0, start) for ch in "。！？\n") + 1
    return zones.zone_for(start, (sentence_start, start), (sentence_start, end))


def extract_policies(text: str, zones: ArticleZones, *, has_missing_digits: bool = False) -> list[Policy]:
    candidates: list[tuple[int, int, str, int | None]] = []
    for m in _BRACKETED.finditer(text, timeout=_T):
        title = m.group("title").strip(_QUOTES + " ")
        if _TITLE_END.search(title, timeout=_T):
            count = regex.search(r"(\d+|[一二三四五六七八九十]+)条(?:措施|意见|政策|举措)?$", title)
            n_items = None
            if count:
                n_items = int(count.group(1)) if count.group(1).isdigit() else int(parse_chinese_number(count.group(1)) or 0) or None
            candidates.append((m.start(), m.end(), title, n_items))
    candidates += _packages(text, has_missing_digits)
    candidates += [(s, e, t, None) for s, e, t in _unbracketed(text, zones)]

    seen: set[str] = set()
    policies = []
    for start, end, title, n_items in sorted(candidates):
        key = regex.sub(r"[\s\p{P}]", "", title)
        if key in seen:
            continue
        seen.add(key)
        policies.append(Policy(title, n_items, start, end, _zone_of(zones, start, end, text)))
    return policies
