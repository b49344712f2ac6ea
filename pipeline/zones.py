"""Stage: cleaned text -> zone mentions, roundup sections and canonical zones.

Promise: `find_zones(text, headlines)` returns an `ArticleZones` that knows every named
jurisdiction in the article (development zones, districts, counties, cities, provinces),
each under its canonical short name with the aliases seen for it and its province, city
and adcode from the offline gazetteer, the mentions and references by position, and the
roundup sections. Which zone a fact belongs to is decided in `attribution.py`. Company names and credits never create zones (credits are already
gone after cleaning; a zone name running into 有限公司 is a company name).
"""
from __future__ import annotations

import bisect
import hashlib
import operator
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

import regex

from . import budget
from . import pattern_cache  # module-level patterns compiled by an earlier process
from .regex_classes import HAN
from .gazetteer import (FormerDivision, NamedZone, Place, former_divisions, load_gazetteer,
                        banner_short_forms, named_zones, strip_province_prefix, zone_places)
from .document import find_respectively, positions_of
from .lexicon import REGEX_TIMEOUT, alternation, compiled, literal_scanner, resource
from .numbers import parse_chinese_number

_T = REGEX_TIMEOUT
_RES = resource("zones.json")
_SUFFIX_INFO: dict[str, tuple[str, str]] = {k: (v["type"], v["short"]) for k, v in _RES["zone_suffixes"].items()}
_STOP_CHARS = set(_RES["prefix_stop_chars"])
_ANONYMOUS_NAME_ENDINGS = tuple(_RES["anonymous_name_endings"])
_INNER_STOP_CHARS = set(_RES["prefix_inner_stop_chars"])
_REFERENCE_PREFIX = set(_RES["reference_prefix_chars"])
_GENERIC_PREFIXES = set(_RES["generic_zone_prefixes"])
_SIDES_OF_A_TOWN = frozenset(_RES["sides_of_a_town"])
_PARK_SUFFIXES = set(_RES["park_suffixes"])
_SUFFIXES_AFTER_PARK_WORD = frozenset(_RES["suffixes_after_park_word"])
_STOP_WORDS = tuple(sorted(_RES["prefix_stop_words"], key=len, reverse=True))
_PLACE_POS = set(_RES["place_pos_tags"])
_LIST_JOINER_POS = frozenset(_RES["list_joiner_pos"])  # 和, 与: a joining word ends no name
_DESCRIPTOR_MAX = int(_RES["park_descriptor_max_chars"])
_DESCRIPTOR_STOP = set(_RES["park_descriptor_stop_chars"])
_FTZ_SUFFIXES = [k for k, (t, _) in _SUFFIX_INFO.items() if t == "free_trade_zone"]
_NEEDING_KNOWN_PLACE = frozenset(_RES["suffixes_needing_known_place"])
_BARE_AFTER_STOP_WORD = frozenset(_RES["bare_after_stop_word"])
_NEEDING_PROPER_NAME = frozenset(_RES["suffixes_needing_proper_name"])
_SUFFIX_NOT_BEFORE = {suffix: tuple(chars) for suffix, chars in _RES["suffix_not_before"].items()}
# Compiled once (plain patterns, as before): rebuilding the suffix alternation per headline
# and looking string patterns up in regex's cache per call cost more than the searches.
_SUFFIX_AT_NAME_END = pattern_cache.regex_compile(rf"(?:{alternation(list(_SUFFIX_INFO))})$")
_SUFFIX_HEADING = pattern_cache.regex_compile(rf"(?:{alternation(list(_SUFFIX_INFO))})[:：\s]")
_SUFFIX_WORDS = tuple(_SUFFIX_INFO)  # what a match of _SUFFIX_HEADING starts with, tested in C first
# 北湖片区：复工企业127户: a label naming an area and a figure after it (zones.json area_label_endings).
_AREA_LABEL_HEADING = pattern_cache.regex_compile(rf"[ \t\u3000]*(?P<head>\p{{Han}}{{2,8}}?)(?:{alternation(_RES['area_label_endings'] + list(_SUFFIX_INFO))})[:：]")
# 南星桥创新港：, 紫阳双创基地：: the label of a park the index does not know, named by its trade
# (zones.json trade_park_label_endings), an item of a list of parks.
_TRADE_PARK_LABEL = pattern_cache.regex_compile(
    rf"[ \t\u3000]*(?P<head>\p{{Han}}{{2,8}}?)(?:{alternation(_RES['trade_park_label_endings'])})[:：]")
# 重点园区：复工企业127户: a label whose head only says which kind of park (zones.json
# area_label_generic_heads, generic_zone_prefixes) names no area: a line of the section's facts.
_AREA_LABEL_GENERIC_HEAD = pattern_cache.regex_compile(
    rf"(?:{alternation(_RES['area_label_generic_heads'] + _RES['generic_zone_prefixes'])})+")
# 宁夏重点园区, 江苏各类开发区: such a head after a title's opening stem says which of the place's parks (_title_subject).
_GENERIC_HEAD = pattern_cache.regex_compile(rf"(?:{alternation(_RES['area_label_generic_heads'])})+")
_PLACE_LEVEL_CHARS = "区县市省"
_PLACE_LEVEL_CHAR = pattern_cache.regex_compile(f"[{_PLACE_LEVEL_CHARS}]")
# \p{Han} spelt out for the standard library's engine (a call costs a third of one of `regex`):
# searched once per zone suffix found.
_HAN_RUN_AT_END = pattern_cache.re_compile(f"[{HAN}]{{1,10}}\\Z")
_BREAK_CHAR = pattern_cache.regex_compile(r"[,，。、;；:：]")
_DEV_TYPES = {"high_tech_zone", "economic_development_zone", "new_area", "free_trade_zone"}
_LEVEL_RANK = {"zone": 0, "district": 0, "county": 0, "city": 1, "other": 2}


@dataclass
class Zone:
    zone_name: str
    zone_type: str
    province: str | None = None
    city: str | None = None
    district: str | None = None
    adcode: str | None = None
    aliases: set[str] = field(default_factory=set)

    @property
    def zone_id(self) -> str:
        return _zone_id(self.zone_name, self.province)

    @property
    def rank(self) -> int:
        if self.zone_type in _DEV_TYPES:
            return 0
        return _LEVEL_RANK.get(self.zone_type, 2)

    @property
    def admin_level(self) -> str | None:
        """province | prefecture | county for an administrative division, None for a zone or park.

        A county-level city (义乌市) is zone_type `city` at level `county`; a new area that is
        itself a district (滨海新区) is `county`. Read from the adcode: a prefecture's ends in 00.
        """
        if self.zone_type == "other":
            return "province" if self.province and self.zone_name == self.province else None
        if self.zone_type in ("district", "county") or (self.district and self.district == self.zone_name):
            return "county"
        if self.zone_type == "city" and self.adcode:
            return "prefecture" if self.adcode.endswith("00") else "county"
        if self.zone_type == "city" and self.former:
            return self.former.level
        return None

    @property
    def is_county_level_city(self) -> bool:
        """义乌市, 资兴市: a 市 under a prefecture, the jurisdiction that 全市/我市 means in its articles."""
        return self.zone_type == "city" and self.admin_level == "county"

    @property
    def former(self) -> FormerDivision | None:
        """For a division abolished or renamed since 2000 (湾里区): the record with its successors.

        Such a zone keeps its adcode null (today's code list has none for it);
        `former.successor_adcodes` are today's units.
        """
        for division in former_divisions().get(self.zone_name, ()):
            if division.province == self.province:
                return division
        return None


@lru_cache(maxsize=1 << 14)
def _zone_id(zone_name: str, province: str | None) -> str:
    """A zone's id, hashed once per process for each zone rather than for each row naming it."""
    key = f"{zone_name}|{province or ''}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


class ZoneMention(NamedTuple):
    """A place named at [start, end). A named tuple: an article's index makes tens of thousands
    per MB, made by tuple.__new__ (`_new_tuple`) where they are made most."""
    start: int
    end: int
    key: str          # canonical zone name (after joint-administration folding)


class Reference(NamedTuple):
    """A reference word (全市, 该区, bare 高新区) at [start, end), made as ZoneMention is."""
    start: int
    end: int
    kind: str         # current | city | province | country | class (a class of zones: no zone)


_new_tuple = tuple.__new__


# --- patterns ---------------------------------------------------------------------------------

# A name bracketed after a zone's: two to eight Han characters (泰达, 新市区), or an English short
# name of two to six capitals (SIP, TEDA) that is no indicator's (zones.json latin_terms_not_names).
_LATIN_NOT_NAMES = frozenset(_RES["latin_terms_not_names"])
_ALIAS_WRITTEN = rf"[\p{{Han}}]{{2,8}}|(?!(?:{alternation(sorted(_LATIN_NOT_NAMES))})[)”\"])[A-Z]{{2,6}}"
# The definition of a zone suffix as written (`suffix_matches` finds its matches faster).
_SUFFIX_RE = compiled(
    rf"(?P<infix>{alternation(_RES['zone_infixes'])})?(?P<suffix>{alternation(list(_SUFFIX_INFO))})"
    rf"(?:\((?P<alias>{_ALIAS_WRITTEN})\))?"
)
# The same matches found by the standard library's engine (it skips to the first characters
# of a prefix tree of literals; `regex` tries the pattern at every character): the words an
# infix and a suffix make together, and the suffixes, longest at each position. No suffix opens
# with an infix's characters and no infix is a suffix, so the longest word is the longest infix
# a suffix follows and the longest suffix after it, what the pattern's groups take.
_ZONE_WORDS = [i + s for i in _RES["zone_infixes"] for s in _SUFFIX_INFO] + list(_SUFFIX_INFO)
_ZONE_WORD = literal_scanner(_ZONE_WORDS)
_INFIXES_LONGEST_FIRST = sorted(_RES["zone_infixes"], key=len, reverse=True)


def _infix_of(word: str) -> str:
    """The infix the pattern's group takes in `word`: the longest that a suffix follows, or ""."""
    return next((i for i in _INFIXES_LONGEST_FIRST if word.startswith(i) and word[len(i):] in _SUFFIX_INFO), "")


# Each word the scanner can find with the length of its infix and its suffix, looked up
# instead of derived at every match.
_PARTS_OF = {word: (len(_infix_of(word)), word[len(_infix_of(word)):]) for word in _ZONE_WORDS}
_ZONE_WORD_MOST = max(map(len, _ZONE_WORDS))  # the longest zone word, its infix included
# 北仑区(宁波开发区), and a gloss that says it names the zone from here on (以下简称漕河泾开发区:
# zones.json alias_gloss_openers), its short name perhaps quoted. Bounded: a plain pattern.
_ALIAS_AFTER = pattern_cache.regex_compile(rf"\((?:(?:{alternation(_RES['alias_gloss_openers'])})[“\"]?)?"
                                           rf"(?P<alias>{_ALIAS_WRITTEN})(?:(?<=[\p{{Han}}A-Z])[”\"])?\)")


class _SuffixMatch:
    """What a `_SUFFIX_RE` match tells of its span and its suffix's."""

    __slots__ = ("_start", "_end", "_suffix_start", "_suffix_end")

    def __init__(self, start: int, end: int, suffix_start: int, suffix_end: int):
        self._start, self._end = start, end
        self._suffix_start, self._suffix_end = suffix_start, suffix_end

    def start(self, group: str | int = 0) -> int:
        return self._suffix_start if group == "suffix" else self._start

    def end(self, group: str | int = 0) -> int:
        return self._suffix_end if group == "suffix" else self._end


def suffix_matches(text: str) -> list[tuple[_SuffixMatch, str, str | None]]:
    """(match, suffix, alias) for each match of `_SUFFIX_RE.finditer(text)`, in order."""
    return [(_SuffixMatch(start, end, suffix_start, suffix_end), suffix, alias)
            for start, end, suffix_start, suffix_end, suffix, alias in _suffix_spans(text)]


def _suffix_spans(text: str) -> list[tuple[int, int, int, int, str, str | None]]:
    """(start, end, suffix start, suffix end, suffix, alias) of each match of `_SUFFIX_RE`, in
    order: what `find_zones` reads of them as plain values, not through a method per field."""
    found, after = [], 0
    for m in _ZONE_WORD.finditer(text):
        start, word_end = m.span()
        if start < after:
            continue  # inside the alias of the match before, which the pattern consumed
        infix_length, suffix = _PARTS_OF[m.group()]
        end, alias = word_end, None
        if text.startswith("(", word_end):
            written = _ALIAS_AFTER.match(text, word_end)
            if written is not None and not _lists_parts(written.group("alias")):
                end, alias = written.end(), written.group("alias")
        after = end
        found.append((start, end, start + infix_length, word_end, suffix, alias))
    return found


INCLUSION_OPENERS = tuple(_RES["alias_inclusion_openers"])  # 含 of 长春高新区（含长东北核心区）


def _lists_parts(alias: str) -> bool:
    """Whether a bracket's words after a zone's name list the zone's parts (含长东北核心区:
    zones.json alias_inclusion_openers) rather than name it again; 含山县 opens with a division's
    name and is a name."""
    return alias.startswith(INCLUSION_OPENERS) and _stem_at(alias) is None


def _after_inclusion_opener(run: str, whole_run: bool) -> str:
    """`run` without the word opening a note of a zone's parts (含 of （含白洋工业园、…）:
    alias_inclusion_openers) when it stands first in a bounded run and no division's name
    opens there (含山经开区)."""
    if whole_run and _lists_parts(run):
        return run[next(len(w) for w in INCLUSION_OPENERS if run.startswith(w)):]
    return run


def _without_park_words_heading_names(spans: list[tuple[int, int, int, int, str, str | None]]) -> list:
    """`spans` (of `_suffix_spans`) without a park's suffix written right before a zone word that
    names a jurisdiction of its own (绵阳科技城新区: `_park_word_heads_zone_name`), which is part of
    that zone's name. Kept apart from `_suffix_spans`, which finds what the pattern finds."""
    kept: list = []
    for span in spans:
        if _park_word_heads_zone_name(kept, span[0], span[4]):
            kept.pop()  # 绵阳科技城新区: the park word is part of the new area's name
        kept.append(span)
    return kept


def _without_suffixes_opening_words(text: str, spans: list[tuple[int, int, int, int, str, str | None]]) -> list:
    """`spans` without a suffix whose last character opens another word with what follows it
    (投资区域, 投资区级: zones.json suffix_not_before): investment and an area or a level, no zone."""
    return [span for span in spans
            if not (span[4] in _SUFFIX_NOT_BEFORE and span[5] is None
                    and text.startswith(_SUFFIX_NOT_BEFORE[span[4]], span[3]))]


def _park_word_heads_zone_name(found: list, start: int, suffix: str) -> bool:
    """Whether the zone word found last is a park's suffix written right before `suffix`, a
    zone word that names a jurisdiction of its own (科技城新区, zones.json
    suffixes_after_park_word): the whole is one zone's name, not a park and a bare 新区."""
    return (suffix in _SUFFIXES_AFTER_PARK_WORD and bool(found) and found[-1][1] == start
            and found[-1][4] in _PARK_SUFFIXES and found[-1][5] is None)

_REFERENCE_OF = {w: "current" for w in _RES["reference_current"]}
_REFERENCE_OF.update({w: "city" for w in _RES["reference_city"]})
_REFERENCE_OF.update({w: "province" for w in _RES["reference_province"]})
_REFERENCE_OF.update({w: "country" for w in _RES["reference_country"]})
# 县财政, 区人社局: a zone's own bodies written with its level alone (zones.json own_bodies).
# 市级, 区级 opening a clause before a word of acting: that level acts (zones.json level_words).
_LEVEL_WORDS = _RES["level_words"]
_LEVEL_SUBJECT_NEXT = tuple(_RES["level_word_subject_next"])
_LEVEL_WORDS_FRAMED_ONLY = frozenset(_RES["level_words_framed_only"])  # 市级: only in 在市级…基础上
_OWN_BODY_WORDS = frozenset(level + body for level in _RES["own_body_levels"] for body in _RES["own_bodies"]) \
    | {word for word, kind in _LEVEL_WORDS.items() if kind == "current"}
OWN_BODY_WORDS = _OWN_BODY_WORDS  # for attribution: a district's own bureau is the district's
_REFERENCE_OF.update({word: "current" for word in _OWN_BODY_WORDS})
_OWN_BODY_NOT_AFTER = frozenset(_RES["own_body_not_after"])  # 自治区财政, 地区财政: another word's 区
# 市里, 市财政: the city holding the zone in scope, when opening a clause (zones.json city_own_bodies).
_CITY_BODY_WORDS = frozenset(_RES["city_own_bodies"])
_REFERENCE_OF.update({word: "city_body" for word in _CITY_BODY_WORDS})
# 省财政 opening a clause: the province holding the zone in scope gives (zones.json province_own_bodies).
# 省级财政 too, where its sentence names a province before it (zones.json province_level_bodies_named).
_PROVINCE_LEVEL_BODIES = frozenset(_RES["province_level_bodies_named"])
_PROVINCE_BODY_WORDS = frozenset(_RES["province_own_bodies"]) | _PROVINCE_LEVEL_BODIES
PROVINCE_BODY_WORDS = _PROVINCE_BODY_WORDS  # for attribution: the province gives its own clause's share
_REFERENCE_OF.update({word: "province" for word in _PROVINCE_BODY_WORDS})
_REFERENCE_OF.update(_LEVEL_WORDS)


_CITY_BODY_LISTED = _RES["city_body_listed"]
_LISTED_LEVELS, _LEVEL_JOINERS = frozenset(_CITY_BODY_LISTED["levels"]), frozenset(_CITY_BODY_LISTED["joiners"])


_LEVEL_FRAME = _RES["city_level_baseline_frame"]
_LEVEL_FRAME_BEFORE = tuple(_LEVEL_FRAME["before"])
_LEVEL_FRAME_AFTER = pattern_cache.re_compile(rf"[^，。；！？,;!?：:]{{0,{_LEVEL_FRAME['reach']}}}?(?:{'|'.join(_LEVEL_FRAME['after'])})")


def _city_body_inside_clause(az: ArticleZones, text: str, pos: int, word: str) -> bool:
    """Whether a city's own body word or a division's level word (区级) at `pos` follows a word of its
    clause (城市里, 由市财政承担): the end of another word, or a source or baseline, not the clause's
    subject; or another level listed before it (州、市财政: several governments paying together,
    zones.json _city_body_listed). A city's body after 在 opening a 基础上 frame is its subject
    (在市级…的基础上: zones.json city_level_baseline_frame)."""
    if word not in _CITY_BODY_WORDS and word not in _LEVEL_WORDS and word not in _PROVINCE_BODY_WORDS:
        return False
    if pos > 0 and _opens_level_baseline_frame(text, pos, len(word)):
        return False
    if word in _LEVEL_WORDS and (word in _LEVEL_WORDS_FRAMED_ONLY or not text.startswith(_LEVEL_SUBJECT_NEXT, pos + len(word))):
        return True  # 市级专精特新企业, 其中市级资金430万元: a rank or a label, no level acting
    if word in _PROVINCE_LEVEL_BODIES and not _province_named_in_sentence_before(az, text, pos):
        return True  # 省级财政每家奖励100万元，园区再配套…: a level of funding, no province named
    return pos > 0 and (text[pos - 1].isalnum() or (
        pos > 1 and text[pos - 1] in _LEVEL_JOINERS and text[pos - 2] in _LISTED_LEVELS))


_PROVINCE_OWNER_BEFORE = tuple(_RES["province_level_bodies_owner_before"])
# 按照《湖北省…》: a title's or a quote's opening mark between the word of basis and the province.
_PROVINCE_OWNER_OPENING_MARKS = _RES["province_level_bodies_owner_opening_marks"]


def _province_named_in_sentence_before(az: ArticleZones, text: str, pos: int) -> bool:
    """Whether a province the article recognises as a place (a mention, not 山西 inside 中山西路) is
    written in the sentence of `pos` before it as a policy's owner or the subject, opening its clause
    or after a word of basis that does (按照湖北省…的政策，省级财政…; 江苏省…政策出台后，省级财政…): whose
    finance a level word there is (zones.json province_level_bodies_named). Not after 从, 来自 (对从
    湖北省接回员工的企业): where people come from pays nothing."""
    start = max(text.rfind(mark, 0, pos) for mark in "。！？!?\n") + 1
    return any(_is_province(az.zones[m.key]) and _opens_clause_or_basis(text, m.start)
               for m in az._mentions_in(start, pos))


def _is_province(zone: Zone) -> bool:
    """A province-level division (广东省, 内蒙古自治区, 上海市): its own province, no city below it."""
    return zone.zone_name == zone.province and zone.city is None and zone.district is None


def _opens_clause_or_basis(text: str, pos: int) -> bool:
    """The place at `pos` opens its clause, or follows a word of basis opening it (根据广东省…), past
    the opening marks of a title or quote (按照《湖北省…》)."""
    while pos > 0 and text[pos - 1] in _PROVINCE_OWNER_OPENING_MARKS:
        pos -= 1
    basis = next((w for w in _PROVINCE_OWNER_BEFORE if text.endswith(w, 0, pos)), None)
    return _opens_clause(text, pos if basis is None else pos - len(basis))


def _opens_level_baseline_frame(text: str, pos: int, length: int) -> bool:
    """在市级对留津员工给予每人300元一次性补贴的基础上: 在 opening its clause right before the word at
    `pos`, and 基础上 closing the frame in the same clause."""
    before = next((w for w in _LEVEL_FRAME_BEFORE if text.endswith(w, 0, pos)), None)
    if before is None:
        return False
    at = pos - len(before)
    if at > 0 and text[at - 1].isalnum():
        return False
    return _LEVEL_FRAME_AFTER.match(text, pos + length) is not None
_REFERENCE_WORD_NOT_AFTER = {word: frozenset(chars) for word, chars in _RES["reference_word_not_after"].items()}


_PARK_SHORT_WORDS = frozenset(_RES["park_short_words"])


def _ends_another_word(text: str, pos: int, word: str) -> bool:
    """Whether the reference word `word` at `pos` is the end of another word (创新区, 城市更新区):
    the character before it makes the two one word, no bare zone word. A park's short word
    (集聚区, zones.json park_short_words) ends one after any Han character but a reference's
    prefix or a preposition (人才集聚区; not 该集聚区, 在集聚区, 为集聚区)."""
    if pos > 0 and word in _PARK_SHORT_WORDS and _is_han(text[pos - 1]):
        before = text[pos - 1]
        return before not in _REFERENCE_PREFIX and before not in _LOCATIVE_PREPOSITIONS \
            and before not in _PREPOSITIONS_OPENING_NO_NAME
    return pos > 0 and text[pos - 1] in _REFERENCE_WORD_NOT_AFTER.get(word, ())
# Literal words: the standard library's scanner finds the same matches three times faster
# (lexicon.literal_scanner); it cannot backtrack, so the budget is checked once per scan.
_REFERENCE_RE = literal_scanner(list(_REFERENCE_OF))
_LONGEST_REFERENCE = max(map(len, _REFERENCE_OF))


def _reference_matches(text: str):
    """_REFERENCE_RE.finditer(text), and inside a park's short word that ends another word (长三角
    经济区内, 人才集聚区内) the reference read from its next character on (区内), as it was read
    before the short word was a reference word: the scan takes the longest word at a position."""
    for m in _REFERENCE_RE.finditer(text):
        yield m
        if m[0] in _PARK_SHORT_WORDS and _ends_another_word(text, m.start(), m[0]):
            inner = _REFERENCE_RE.search(text, m.start() + 1, m.end() + _LONGEST_REFERENCE)
            if inner is not None and inner.start() < m.end():
                yield inner
_COUNTRY_NOT_BEFORE = tuple(_RES["reference_country_not_before"])
# 自治区级, 各省、自治区、直辖市: a rank or the class of all province-level divisions, no reference.
_PROVINCE_NOT_BEFORE = tuple(_RES["reference_province_not_before"])
_PROVINCE_NOT_AFTER = tuple(_RES["reference_province_not_after"])


def _province_rank_or_class(text: str, pos: int, end: int) -> bool:
    """Whether the province-level reference word at pos:end is a rank (自治区级, 该省级) or a member
    of the class of all province-level divisions (省、自治区、直辖市), not the province in scope."""
    return text.startswith(_PROVINCE_NOT_BEFORE, end) or text.endswith(_PROVINCE_NOT_AFTER, 0, pos)
# A company name runs from the zone name to 有限公司 without a preposition or verb between.
# A bank branch named after its zone (武汉农商行开发区支行) is a company too.
# Run on the 20 characters after a zone name: bounded work, a plain pattern (find_zones checks
# the budget once per zone name).
# Every match of `_COMPANY_AFTER` ends in a company marker: after a zone name with none in
# the 20 characters looked at (most), the pattern is not tried.
_COMPANY_MARKER = literal_scanner(_RES["company_markers"])
# Up to a word that ends a firm's name (联合, 协调, 的 …: attribution.json company_name_breakers,
# as attribution reads them; `_company_spans` starts a name after one too):
# 苏州工业园区的一家担保公司 is a firm of the zone, not a firm named after it.
_COMPANY_NAME_BREAKERS = tuple(resource("attribution.json")["company_name_breakers"])
# 苏州工业园区各银行: the zone's banks as a class (company_class_words), no firm named after it.
_COMPANY_CLASS_WORDS = tuple(resource("attribution.json")["company_class_words"] + resource("attribution.json")["company_quantifiers"])
_COMPANY_AFTER = pattern_cache.regex_compile(rf"^(?:(?!{alternation(_COMPANY_NAME_BREAKERS + _COMPANY_CLASS_WORDS)}|[\p{{Han}}]{{0,3}}区)"
                                             rf"[\p{{Han}}A-Za-z()（）]){{0,14}}?(?:{alternation(_RES['company_markers'])})")
_GENERIC = set(_RES["generic_area_names"])
# 一汽集团及配套企业, 三星公司等重点企业: a firm listed with the zone's other firms (firms_listed_openers)
# The words describing the group hold no preposition, verb or firm's word (一汽集团及其子公司为企业…:
# the firm's own subsidiaries, and a clause of what it does for firms).
_FIRMS_LISTED_AFTER = pattern_cache.regex_compile(rf"(?:{alternation(_RES['firms_listed_openers'])})"
                                                  rf"(?:(?![{regex.escape(_RES['company_name_stops'])}]|{alternation(_RES['company_markers'])})\p{{Han}})"
                                                  rf"{{0,{_RES['firms_listed_max_chars']}}}?{regex.escape(_RES['firms_listed_group'])}")


def _is_firm_named_after_zone(written_after: str) -> bool:
    """Whether the words after a zone's name run on into a firm's name that holds it
    (乌鲁木齐高新区某某科技有限公司). Not when the firm is listed with other firms after it
    (长春汽车经济技术开发区一汽集团及配套企业): one of the zone's firms, and the zone's name its own."""
    company = _COMPANY_AFTER.match(written_after)
    return company is not None and not _FIRMS_LISTED_AFTER.match(written_after, company.end())


@lru_cache(maxsize=1)
def _admin_names() -> tuple[frozenset[str], str, int, frozenset[str]]:
    """Names of districts, counties, cities and provinces, today's and former ones; their last
    characters; the longest; and the names that need a word boundary on both sides (叶县 and
    other two-character names, 吴江市 and other former names: rarer than the words around them)."""
    current = {p.name for p in load_gazetteer().places if not p.is_functional_zone}
    former = set(former_divisions()) - current
    short = set(_autonomous_short_names())
    names = frozenset(n for n in current | former | short if len(n) >= 2 and n not in _GENERIC)
    # A short form may run into the next word (河南县 of 河南县域): it is checked as a former name is.
    checked = frozenset(n for n in names if len(n) == 2 or n in former or n in short)
    return names, "".join(sorted({n[-1] for n in names})), max(len(n) for n in names), checked


_ETHNIC_FORMS = tuple(sorted([n + "族" for n in _RES["ethnic_group_names"]]
                             + [n for n in _RES["ethnic_group_names"] if len(n) >= 2], key=len, reverse=True))


@lru_cache(maxsize=1)
def _autonomous_short_names() -> dict[str, str]:
    """The short forms news writes for autonomous divisions, to their full names: the ethnic
    names dropped, and 自治 with them or kept (恩施州 and 恩施自治州 -> 恩施土家族苗族自治州,
    长阳县 and 长阳自治县 -> 长阳土家族自治县). A division named after its one people keeps their
    name without 族 (鄂温克族自治旗 -> 鄂温克旗, 鄂温克自治旗). A name dropping nothing (鄂伦春自治旗)
    or whose short form another division has gets none. Beside them, the official short forms
    no rule derives (zones.json official_short_forms: 巴州, 锡盟; county_short_forms: 前郭县, 喀左县)
    and the banners' fixed short forms (gazetteer/banner_short_forms.csv: 察右前旗, 伊旗)."""
    gazetteer = load_gazetteer()
    out: dict[str, str] = {}
    suffixes = tuple(_RES["autonomous_suffixes"])
    for place in gazetteer.places:
        if not place.name.endswith(suffixes):  # one C-level test for the two thousand others
            continue
        suffix = next(s for s in suffixes if place.name.endswith(s))
        head = place.name[: -len(suffix)]
        stem = _without_ethnic_names(head)
        if stem == head and head.endswith("族") and head[:-1] in _RES["ethnic_group_names"] and len(head) >= 3:
            stem = head[:-1]  # 鄂温克族 of 鄂温克族自治旗: the people's name is the division's
        for short in (stem + suffix[-1], stem + suffix):
            if stem != head and not gazetteer.lookup(short):
                out[short] = place.name
    for key in ("official_short_forms", "county_short_forms"):
        for short, full in _RES[key].items():
            if not gazetteer.lookup(full) or gazetteer.lookup(short):
                raise ValueError(f"zones.json {key}: {short!r} -> {full!r} is no short name of a division")
            out[short] = full
    out.update(banner_short_forms())
    return out


@lru_cache(maxsize=256)
def _stem_rivals(short: str) -> tuple[Place, ...]:
    """Divisions whose stem is the short form `short` of another (巴州区 for 巴州, the short form of
    巴音郭楞蒙古自治州): an article may mean either."""
    return tuple(p for p in load_gazetteer().lookup_stem(short) if not p.is_functional_zone)


def _without_ethnic_names(head: str) -> str:
    """`head` without the ethnic names ending it, two characters at least left (红河哈尼族彝族 -> 红河)."""
    # One C-level test first: of the 1,265 divisions whose heads are read (every 区), a few
    # dozen end in an ethnic name; the rest skip the walk over the hundred forms.
    if not head.endswith(_ETHNIC_FORMS):
        return head
    while True:
        form = next((f for f in _ETHNIC_FORMS if head.endswith(f) and len(head) - len(f) >= 2), None)
        if form is None:
            return head
        head = head[: -len(form)]


@lru_cache(maxsize=1)
def _admin_name_end():
    """A character that can end an administrative name, as one class (found by the regex engine:
    the standard library's, which scans a class of literal characters twice as fast as `regex`)."""
    return pattern_cache.re_compile("[" + "".join(re.escape(ch) for ch in _admin_names()[1]) + "]")


@lru_cache(maxsize=1)
def _admin_name_lengths() -> dict[str, tuple[int, ...]]:
    """For each character that ends an administrative name, the lengths of the names it ends,
    longest first: a position is tried only at lengths where a name may be (6 for 区, not 14)."""
    lengths: dict[str, set[int]] = {}
    for name in _admin_names()[0]:
        lengths.setdefault(name[-1], set()).add(len(name))
    return {ch: tuple(sorted(ls, reverse=True)) for ch, ls in lengths.items()}


@lru_cache(maxsize=1)
def _admin_name_tails() -> frozenset[str]:
    """The last two characters of every administrative name (all have two or more): a 区 or 市
    whose two-character tail no name has ends no name, whatever the longer candidates."""
    return frozenset(name[-2:] for name in _admin_names()[0])


@lru_cache(maxsize=1)
def _admin_name_tail():
    """The last character of an administrative name where the character before it makes with
    it the two-character tail of one (`_admin_name_tails`): 海区 but not 发区. One branch per
    last character, each that character and a lookbehind at a class of the characters before
    it: the standard library skips to the last characters and tests the tail in one step."""
    before: dict[str, set[str]] = {}
    for tail in _admin_name_tails():
        before.setdefault(tail[1], set()).add(tail[0])
    return pattern_cache.re_compile("|".join(
        f"{re.escape(last)}(?<=[{''.join(re.escape(ch) for ch in sorted(firsts))}]{re.escape(last)})"
        for last, firsts in sorted(before.items())))


@lru_cache(maxsize=1)
def _admin_name_lengths_by_tail() -> dict[str, tuple[int, ...]]:
    """For each two-character tail of an administrative name, the lengths of the names ending
    in it, longest first: the lengths `_admin_name_lengths` gives for its last character that
    a name with this tail has (6, 4, 3 for 区 become 3 for 海区), tried in the same order."""
    lengths: dict[str, set[int]] = {}
    for name in _admin_names()[0]:
        lengths.setdefault(name[-2:], set()).add(len(name))
    return {tail: tuple(sorted(ls, reverse=True)) for tail, ls in lengths.items()}


def _stands_alone(text: str, start: int, end: int) -> bool:
    """True when no word runs across either end of text[start:end] (叶县 in 河南叶县 but not
    献县 in 贡献县域, 和县 in 和县级, 开县 in 召开县委会): jieba on a small window only."""
    from .clean import jieba_segmenter
    lo, hi = max(0, start - 4), min(len(text), end + 4)
    window = text[lo:hi]
    if _surely_cut(window, start - lo) and _surely_cut(window, end - lo):
        return True  # most names: no word of the dictionary runs across either end
    cuts, pos = {lo}, lo
    for token in jieba_segmenter().cut(text[lo:hi], HMM=False):
        pos += len(token)
        cuts.add(pos)
    return start in cuts and end in cuts


def _surely_cut(window: str, cut: int) -> bool:
    """True when jieba's segmentation of `window` (HMM=False) surely puts a boundary at `cut`.

    A token across `cut` is a dictionary word spanning it (`clean.dictionary_word_spans`), a
    run of ASCII letters and digits (each side one of them), or a "\r\n": with none of these
    possible the boundary is there without segmenting. False means: segment to know."""
    from .clean import dictionary_word_spans
    if cut <= 0 or cut >= len(window):
        return True  # the window's ends are boundaries
    if window[cut - 1:cut + 1] == "\r\n" or (_ASCII_ALNUM.match(window[cut - 1]) and _ASCII_ALNUM.match(window[cut])):
        return False
    return not dictionary_word_spans(window, cut)


_ASCII_ALNUM = pattern_cache.re_compile(r"[a-zA-Z0-9]")  # jieba's re_eng: single such characters are run together


def find_admin_names(text: str) -> list[tuple[int, int]]:
    """Spans of administrative names, leftmost-longest and non-overlapping.

    A set lookup at each character that can end a name (区, 县, 市 ...): linear in the text,
    unlike one alternation of three thousand names.
    """
    names, _, _, checked = _admin_names()
    lengths_by_tail = _admin_name_lengths_by_tail()
    verb_or_conjunction = _admin_names_opening_with_a_verb_or_conjunction()
    found = []
    for last in _admin_name_tail().finditer(text):  # most 区, 市, 县 of a text (开发区, 全市) end no name
        end = last.end()
        for length in lengths_by_tail[text[end - 2:end]]:  # longest first, only lengths some name with this tail has
            if length > end:
                continue
            candidate = text[end - length:end]
            if candidate in names and (candidate not in checked or _stands_alone(text, end - length, end)) \
                    and (candidate not in verb_or_conjunction  # most names: the three tests below are False
                         or (not _verb_after_a_body(text, end - length, end)
                             and not _conjunction_after_a_body(text, end - length, end)
                             and not _conjunction_before_own_area(text, end - length, end))):
                found.append((end - length, -end))  # by start, the longest first: tuples sorted in C
                break
    found.sort()
    kept: list[tuple[int, int]] = []
    for start, minus_end in found:
        if not kept or start >= kept[-1][1]:
            kept.append((start, -minus_end))
    return kept


_VERBS_NAMING_PLACES = frozenset(_RES["verbs_naming_places"])


@lru_cache(maxsize=1)
def _admin_names_opening_with_a_verb_or_conjunction() -> frozenset[str]:
    """The administrative names a verb or a conjunction and a level character make (会同县, 和县):
    the only ones `_verb_after_a_body`, `_conjunction_after_a_body` and
    `_conjunction_before_own_area` can read as no place, so the only ones they are asked about."""
    return frozenset(name for name in _admin_names()[0]
                     if name[:-1] in _VERBS_NAMING_PLACES
                     or (len(name) == 2 and name.startswith(_CONJUNCTIONS_NAMING_PLACES)))
_CONJUNCTIONS_NAMING_PLACES = tuple(_RES["conjunctions_naming_places"])
_BODIES_BEFORE_A_VERB = tuple(_RES["bodies_before_a_verb"])


def _verb_after_a_body(text: str, start: int, end: int) -> bool:
    """Whether the name text[start:end] is a verb that also names a place, and its level character
    (会同 of 会同县), and follows a body's name (县人社局会同县交通运输局): the body is the verb's
    subject, and the name's last character opens the next body's name (县交通运输局), so no place
    is written there; so after an adverb when a bureau's name follows (将会同县财政局研究).
    Conjunctions (和县) are _conjunction_after_a_body's."""
    if text[start:end - 1] not in _VERBS_NAMING_PLACES:
        return False
    return text.endswith(_BODIES_BEFORE_A_VERB, 0, start) or (
        text.endswith(_ADVERBS_BEFORE_A_VERB, 0, start) and _body_named_after(text, end))


_ADVERBS_BEFORE_A_VERB = tuple(_RES["adverbs_before_a_verb"])
_BODY_AFTER_LEVEL = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:%s)"
                               % "|".join(map(re.escape, _RES["bureaus_after_a_verb"])))


def _body_named_after(text: str, end: int) -> bool:
    """Whether the Han words right after a verb's level character (会同县|财政局) close a body's name
    (县财政局): the verb's object is the county's own bureau, no county (将会同县列入试点 names one).
    At most ten characters are looked at."""
    return _BODY_AFTER_LEVEL.match(text, end) is not None


def _conjunction_after_a_body(text: str, start: int, end: int) -> bool:
    """Whether the name text[start:end] is a conjunction and a level character (和县 of 安徽) after
    a body's name (县工信局和县财政局): the conjunction joins two bodies and the level character
    opens the second one's name (县财政局, the county's own bureau), so no place is written there."""
    return (end - start == 2 and text.startswith(_CONJUNCTIONS_NAMING_PLACES, start)
            and text.endswith(_BODIES_BEFORE_A_VERB, 0, start))


_CONJUNCTION_LEVEL_OWN_AREA = tuple(_RES["conjunction_level_own_area"])


def _conjunction_before_own_area(text: str, start: int, end: int) -> bool:
    """Whether the name text[start:end] is a conjunction and a level character that opens the word
    for the current county's own area (景区和县内酒店: 和 joins 景区 to 县内), after a word that is
    no place holding the county (安徽和县内) and no preposition or particle (在和县内): then no
    one-character county (和县 of 安徽) is named there. Checked only for two-character names that
    open with a conjunction, so a name costs one or two character tests."""
    if end - start != 2 or not text.startswith(_CONJUNCTIONS_NAMING_PLACES, start) \
            or not text.startswith(_CONJUNCTION_LEVEL_OWN_AREA, end):
        return False
    if start == 0 or not _is_han(text[start - 1]) or text[start - 1] in _STOP_CHARS:
        return False  # 和县内企业 at a line's start, 在和县内: the county
    return not text.endswith(_holders_of(text[start:end]), 0, start)


@lru_cache(maxsize=64)
def _holders_of(name: str) -> tuple[str, ...]:
    """The names and stems of the provinces and cities holding the divisions called `name`
    (安徽省, 安徽, 马鞍山市, 马鞍山 for 和县): written right before it, they make it the county."""
    gazetteer = load_gazetteer()
    holders = set()
    for place in gazetteer.lookup(name):
        for holder in gazetteer.lookup(place.province) + gazetteer.lookup(place.city or ""):
            holders.update((holder.name, holder.stem))
    return tuple(sorted(holders))


@lru_cache(maxsize=1)
def _stem_levels() -> dict[str, str]:
    """Stems of cities and provinces and of localities heading zone names (张江), "high"; of
    districts/counties, today's and former ones (维扬), "area": lower priority."""
    levels: dict[str, str] = {}
    for place in load_gazetteer().places:
        if len(place.stem) < 2 or place.is_functional_zone or (place.level == "area" and place.name in _GENERIC):
            continue  # 新城 of 新城区: generic names lend no stem
        level = "high" if place.level in ("city", "province") else "area"
        if levels.get(place.stem) != "high":
            levels[place.stem] = level
    for divisions in former_divisions().values():
        for division in divisions:
            if len(division.stem) >= 2 and division.name not in _GENERIC:
                levels.setdefault(division.stem, "area")
    for place_name in zone_places():
        levels[place_name] = "high"
    for stem in _listed_zone_stems(levels):
        levels[stem] = "high"
    return levels


def _listed_zone_stems(levels: dict[str, str]) -> list[str]:
    """The words before the suffix of listed zones' names that no known stem opens (两江 of
    两江新区, 贵安, 雄安, 西海岸): the zone's own place-name, as 张江 is of 张江高科技园区. Without
    it, such a name written after a verb (一家公司获得两江新区补贴) was read as a bare 新区 and
    the figure went to another zone. Not 重庆两江 or 杭州湾: a known stem heads them already."""
    stems = []
    for written, zone in named_zones().items():
        m = _SUFFIX_AT_NAME_END.search(written)
        stem = written[:m.start()] if m and not zone.needs_context else ""
        if 2 <= len(stem) <= 4 and not any(stem[:k] in levels for k in range(2, len(stem) + 1)):
            stems.append(stem)
    return stems


@lru_cache(maxsize=1)
def _functional_zones() -> dict[str, Place]:
    """Gazetteer development zones under their canonical short names (唐山高新区)."""
    out: dict[str, Place] = {}
    for place in load_gazetteer().places:
        if not place.is_functional_zone:
            continue
        m = _SUFFIX_AT_NAME_END.search(place.name)
        if not m:
            continue
        prefix = strip_province_prefix(place.name[: m.start()]).removesuffix("市")
        out.setdefault(prefix + _SUFFIX_INFO[m.group()][1], place)
    return out


# --- prefix of a development zone ---------------------------------------------------------------

def _stem_at(text: str) -> tuple[int, str] | None:
    levels = _stem_levels()
    for k in (4, 3, 2):
        level = levels.get(text[:k]) if len(text) >= k else None  # one lookup: no level is None
        if level is not None:
            return k, level
    return None


def zone_prefix(run: str, *, needs_known_place: bool, whole_run: bool = False) -> str | None:
    """The place-name part of a zone name, from the Han characters written before its suffix.

    `whole_run` says that `run` is bounded by punctuation or the start of the text.
    """
    run, whole_run = _after_stop_word(run, whole_run)
    run = _after_inclusion_opener(run, whole_run)
    run, whole_run = _after_short_division(run, whole_run)
    run, whole_run = _after_count(run, whole_run)
    if not run or run.endswith(_ANONYMOUS_NAME_ENDINGS):
        return None  # 沿海某开发区: the name left out (zones.json anonymous_name_endings)
    if _is_reference_word(run):
        return None  # 全省经开区, 该高新区: a reference, not a name
    best_high, best_area, subject_of_verb = None, None, False
    first = _first_whole_name(run)
    # 湖州市南太湖: after a division's full name, a district's stem inside the name that follows
    # it (太湖 in 南太湖) is part of that name, not the place.
    after_division = first > 0 and _division_ends_at(run, first)
    for i in range(first, len(run) - 1):
        cand = run[i:]
        hit = _stem_at(cand)
        if not hit or _lists_two_places(cand, hit[0]):
            continue  # 株洲和长沙: the zone is named by the second place, the first is another
        if _verb_follows_stem(cand, hit[0]) or _speaks_of_a_person(cand[hit[0]:]):
            subject_of_verb = True  # 宜昌力促高新区: the place is a verb's subject, the suffix a bare zone word
            continue
        if hit[1] == "area" and best_area is None and all(ch in _STOP_CHARS for ch in run[first:i]) \
                and _county_heads_name(cand, hit[0]):
            best_area = cand  # 江宁滨江开发区: the county's stem opens the zone's name, as 南京 does in 南京江宁
        if hit[1] == "high" and best_high is None:
            best_high = cand
        elif hit[1] == "area" and best_area is None and _names_area_alone(cand, hit[0]) and not (after_division and i > first):
            best_area = cand  # a district's stem names a zone only on its own: 璧山, not 松山湖
    if best_high or best_area:
        return _places_after_other_words(best_high or best_area)
    if subject_of_verb:
        return None
    if needs_known_place:
        # An unknown place may still name a zone when nothing else is written before it (西咸新区),
        # or only the division holding it (中山市火炬开发区: 火炬). Not when it opens with a
        # particle or preposition (以人才新区建设: 以 starts a phrase; 企业在开发区: 在 ends one) or a
        # reference (各县市开发区).
        cut = _first_whole_name(run)
        if cut and _division_ends_at(run, cut):
            run, whole_run = run[cut:], True
        if len(run) in (2, 3) and whole_run and run[:2] not in _GENERIC_PREFIXES \
                and not any(ch in _STOP_CHARS for ch in run) and run[0] not in _REFERENCE_PREFIX \
                and not all(ch in _PLACE_LEVEL_CHARS for ch in run) and _after_leading_verbs(run) == run:
            # not 企业在 of 企业在开发区 (a particle), nor 承租 of 承租新区国有房屋的 (a verb), nor 县区 of
            # 南昌：县区开发区比学赶超 (level characters alone: the zones of the counties and districts)
            return run
        return None
    trimmed = run
    while trimmed and trimmed[0] in _STOP_CHARS:
        trimmed = trimmed[1:]
    # 公司在高新区: an unknown name holds no particle; what precedes one is not part of it.
    trimmed = trimmed[max((trimmed.rfind(ch) + 1 for ch in _DESCRIPTOR_STOP), default=0):]
    if len(trimmed) < 2 or trimmed[-1] in _STOP_CHARS:
        return None  # 其余部分由高新区财政补贴: a preposition right before the suffix, a bare zone word
    if trimmed.endswith(_GROUP_OF_PLACES) or "年度" in trimmed:
        return None  # 东部地区高新区, 21个地市高新区, 年度全省经开区: a group of zones, no zone's name
    if len(trimmed) > 4:
        trimmed = _last_word(trimmed)
    trimmed = _after_leading_verbs(trimmed)
    if _holds_a_word_no_name_holds(trimmed):
        return None  # 企业通过经开区推荐, 来问一下高新区: a clause's words, the zone word after them bare
    return trimmed if len(trimmed) >= 2 else None


def _holds_a_word_no_name_holds(run: str) -> bool:
    """Whether `run`, the words before a zone suffix that no known place opens, holds a dictionary
    word of two or more characters of a part of speech no unknown zone's name holds (not_name_pos:
    通过 of 企业通过, 一下 of 来问一下, 推荐 of 企业推荐): the words are a clause leading to the zone
    word (企业通过经开区推荐), which is bare and refers back, as one opening with such a word is
    (`_after_leading_verbs`). A name the dictionary does not know falls apart into single
    characters (临空港, 净月), which are not weighed; its words of two are nouns or places (盘龙城)."""
    from .clean import jieba_segmenter
    segmenter = jieba_segmenter()
    return any(len(word) >= 2 and segmenter.dt.FREQ.get(word) and (_tag_table().get(word) or "n")[0] in _NOT_NAME_POS
               for word in segmenter.cut(run, HMM=False))


def _places_after_other_words(cand: str) -> str:
    """`cand` from the known places that end it (广安 of 广安锦弘广安, 南京江宁 of 眉山锦弘南京江宁)
    when what comes before them is a place followed by a word that is no place (锦弘, a firm's
    short name: a table's cell 广安锦弘 run into the next, 广安经济技术开发区管理委员会). A zone's
    name after its places holds no other word, so that word and all before it belong to another
    name. A single character after the place is a feature of it (杭州湾上虞, 大冶湖), part of
    the name; places alone before them (南京江宁, 四川广安) hold it."""
    for j in range(2, len(cand) - 1):
        rest = cand[j:]
        if _stem_at(rest) is None or not _names_places_only(rest):
            continue
        before = _without_infixes(cand[:j])  # 南京国家级江宁: a rank written inside the name is no word of another
        return rest if _places_and_a_word(before) else cand
    return cand


def _names_places_only(words: str) -> bool:
    """Whether `words` is one or more places' stems, each perhaps with its level character
    (南京江宁, 四川省广安, 广安)."""
    at = 0
    while at < len(words):
        hit = _stem_at(words[at:])
        if hit is None:
            return False
        at += hit[0]
        if at < len(words) and words[at] in _PLACE_LEVEL_CHARS:
            at += 1
    return True


def _places_and_a_word(words: str) -> bool:
    """Whether `words` opens with a place and goes on with a word of two or more characters that
    is no place (广安锦弘: 广安 + 锦弘), not with one character (杭州湾)."""
    for k in range(2, len(words) - 1):
        if _names_places_only(words[:k]) and _stem_at(words[k:]) is None:
            return True
    return False


def _county_heads_name(cand: str, stem_length: int) -> bool:
    """Whether `cand` is a district's or county's stem and the short proper name of a locality
    inside it (江宁 + 滨江, 江阴 + 临港, 吴江 + 汾湖): a zone named so is the county's, even when
    the locality's name is also another place's stem (滨江 of 杭州). Not a common word after the
    stem (江宁所有开发区), nor a level or reference word (江宁全区)."""
    rest = cand[stem_length:]
    return 2 <= len(rest) <= 3 and rest[:2] not in _GENERIC_PREFIXES \
        and not any(ch in _STOP_CHARS or ch in _PLACE_LEVEL_CHARS for ch in rest) \
        and rest[0] not in _REFERENCE_PREFIX and _is_proper_name(rest)


def _verb_follows_stem(cand: str, stem_length: int) -> bool:
    """Whether the words after a place's stem in `cand` open with a verb or an adverb (洛阳 +
    力促 of 洛阳力促开发区): a zone's own name after its city's is a noun (南京江宁, 中山火炬),
    so the place is a sentence's subject and the suffix a bare zone word."""
    rest = cand[stem_length:]
    if len(rest) < 2:
        return False
    from .clean import jieba_segmenter
    segmenter = jieba_segmenter()
    word = next(iter(segmenter.cut(rest, HMM=False)))
    if any(word in suffix for suffix in _SUFFIX_INFO):
        return False  # 成都高新综保区: 高新 (an adverb to jieba) is a word of zones' names
    return len(word) >= 2 and bool(segmenter.dt.FREQ.get(word)) and _tag_table().get(word) in _SUBJECT_VERB_POS


_SUBJECT_VERB_POS = frozenset(_RES["subject_verb_pos"])


_PERSON_WORDS = tuple(_RES["speaker_titles"]) + tuple(_RES["speech_words_not_in_names"])


def _speaks_of_a_person(words: str) -> bool:
    """Whether the words between a place's stem and a zone's suffix hold an official's title or a
    verb of speech (卫东 + 主任介绍一下 of 请刘卫东主任介绍一下产业集聚区): they are a sentence about
    someone whose given name ends in the stem, and the suffix after them a bare zone word; a zone's
    own name after its place is a locality or a trade (南京江宁, 大连长兴岛石化)."""
    return _writes_any(_PERSON_WORD_SCAN, words)  # one scan, not a substring test per word


_PERSON_WORD_SCAN = literal_scanner(_PERSON_WORDS)


def _after_leading_verbs(run: str) -> str:
    """`run` without the verbs, adverbs and the like it opens with (鼓励金桥 -> 金桥, 租用 -> ""):
    an unknown zone's name is a noun; a word of another part of speech before the suffix
    (对租用高新区国有房产的企业) is the phrase the bare zone word stands in. A speaker's pronoun
    opening it (我带领 -> 带领 -> "") is the subject of those words, no name's start."""
    from .clean import jieba_segmenter
    segmenter = jieba_segmenter()
    words = list(segmenter.cut(run, HMM=False))
    i = 1 if words and words[0] in _PRONOUNS_OPENING_NO_NAME else 0
    # Only dictionary words of two or more characters: a name the dictionary does not know falls
    # apart into single characters, whatever their tags (维扬: 维 v, 扬 vg). The tags (a second to
    # load) are looked up only for a word the dictionary holds.
    while i < len(words) and (_is_no_name_word(segmenter, words[i]) or _adverb_before_verb(segmenter, words, i)):
        i += 1
    return "".join(words[i:])


def _is_no_name_word(segmenter, word: str) -> bool:
    """Whether `word` is a dictionary word of two or more characters of a part of speech no
    unknown zone's name holds (not_name_pos)."""
    return len(word) >= 2 and bool(segmenter.dt.FREQ.get(word)) and (_tag_table().get(word) or "n")[0] in _NOT_NAME_POS


def _adverb_before_verb(segmenter, words: list[str], i: int) -> bool:
    """Whether words[i] is a one-character modal or adverb (可, 能, 均, 还: adverbs_opening_no_name)
    that the words after it, more such characters and then a verb or the like, continue (可获得,
    均可获得新区补贴): the phrase the bare zone word stands in, as 获得 alone is. A name the
    dictionary does not know falls apart into single characters too, so the character counts
    only before such a word."""
    j = i
    while j < len(words) and words[j] in _ADVERBS_OPENING_NO_NAME:
        j += 1
    return j > i and j < len(words) and _is_no_name_word(segmenter, words[j])


@lru_cache(maxsize=1)
def _tag_table() -> dict[str, str]:
    from . import jieba_cache  # posseg's table, loaded only when a name needs it
    return jieba_cache.tag_table()


_NOT_NAME_POS = frozenset(_RES["not_name_pos"])
_PRONOUNS_OPENING_NO_NAME = frozenset(_RES["pronouns_opening_no_name"])  # 我 of 我带领经开区
_ADVERBS_OPENING_NO_NAME = frozenset(_RES["adverbs_opening_no_name"])  # 可 of 可获得新区补贴


def _lists_two_places(cand: str, stem_length: int) -> bool:
    """Whether `cand` is a place's stem, maybe the words of a name after it, a list joiner and
    another place's stem (株洲和长沙; 中关村海淀园与秦皇岛 of …与秦皇岛经开区共同管理): two names
    joined, the zone named by the second; no name holds a joiner between two names."""
    for at in range(stem_length, len(cand) - 1):
        if cand[at] in _LIST_JOINERS:
            rest = cand[at + 1:]
            hit = _stem_at(rest)
            if hit is not None and hit[0] == len(rest):
                return True
    return False


def _names_area_alone(cand: str, stem_length: int) -> bool:
    """Whether `cand` is a district's or county's stem alone (璧山) or its full name (定远县)."""
    return stem_length == len(cand) or (stem_length == len(cand) - 1 and cand in _admin_names()[0])


def _is_reference_word(run: str) -> bool:
    """全省, 该 or 本区 before a zone's suffix: a reference, not a name. A place whose name opens
    with a reference character (本溪, 全椒) is a name, unless it is itself a reference word (全州).
    So is any reference word written whole before the suffix (园区综保区, 辖区开发区, 县域经开区):
    a word pointing back at a zone names no place, so no zone named after it."""
    if run in _REFERENCE_WORDS:
        return True
    return run[:1] in _REFERENCE_PREFIX and len(run) <= 2 and _stem_at(run) is None


_REFERENCE_WORDS = frozenset(_RES["reference_current"] + _RES["reference_city"] + _RES["reference_province"]
                             + _RES["reference_country"])


def _division_ends_at(run: str, cut: int) -> bool:
    """Whether a division's full name ends at `cut` in `run` (中山市 in 中山市火炬)."""
    names = _admin_names()[0]
    return any(run[start:cut] in names for start in range(max(0, cut - 7), cut - 1))


def _first_whole_name(run: str) -> int:
    """Where the first candidate name `zone_prefix` weighs starts: a candidate run[i:] holding a
    place-level character before its last (黄埔区广州: a district followed by another name, not
    one name) or an inner stop character after its first is none, and so is every candidate
    starting before it: the candidates start after the last such character."""
    backwards = run[::-1]  # the last such character of run is the first of backwards
    level = _PLACE_LEVEL_CHAR_STD.search(backwards, 1)  # in run[:-1]
    stop = _INNER_STOP_CHAR.search(backwards, 0, len(run) - 1)  # in run[1:]
    last_level = -1 if level is None else len(run) - 1 - level.start()
    last_stop = -1 if stop is None else len(run) - 1 - stop.start()
    return max(last_level + 1, last_stop, 0)


_PLACE_LEVEL_CHAR_STD = pattern_cache.re_compile(f"[{_PLACE_LEVEL_CHARS}]")
_INNER_STOP_CHAR = pattern_cache.re_compile("[" + "".join(re.escape(ch) for ch in sorted(_INNER_STOP_CHARS)) + "]")


def _is_whole_name_by_definition(cand: str) -> bool:
    """The test `_first_whole_name` stands for, asked of one candidate."""
    return not _PLACE_LEVEL_CHAR.search(cand[:-1]) and not any(ch in _INNER_STOP_CHARS for ch in cand[1:])


def canonical_prefix(written: str) -> str:
    """The short official form of a written prefix: 河北唐山 -> 唐山, 绵阳市 -> 绵阳, and without
    the rank written inside it (南京国家级江宁 -> 南京江宁, as 宜昌国家级 + 经开区 is 宜昌经开区)."""
    written = _without_infixes(written)
    inner = strip_province_prefix(written)
    prefix = inner if inner != written and _stem_at(inner) else written
    if prefix[:-1] in _stem_levels() and (prefix.endswith("市") or (prefix.endswith(("县", "区", "旗")) and prefix in _admin_names()[0])):
        return prefix[:-1]  # 定远县 + 经济开发区 is 定远经开区, as 邳州市 + 经济开发区 is 邳州经开区
    return prefix


def _without_infixes(written: str) -> str:
    for infix in _INFIXES_LONGEST_FIRST:
        at = written.find(infix)
        if at > 0 and len(written) - len(infix) >= 2:
            return written[:at] + written[at + len(infix):]
    return written


@lru_cache(maxsize=1)
def _province_full_names() -> frozenset[str]:
    """The full names of the provinces and autonomous regions (吉林省, 广西壮族自治区), also of
    those whose stem names a city too (吉林): written whole before a zone suffix (吉林省开发区)
    they name the province's zones as a class, as 江西省开发区 does, not 吉林市's zone."""
    return frozenset(p.name for p in load_gazetteer().places if p.level == "province" and not p.name.endswith("市"))


@lru_cache(maxsize=1)
def province_stems() -> frozenset[str]:
    """Stems of the provinces and autonomous regions (江苏, 广西), not of the municipalities,
    nor those naming a city as well: 重庆高新区 and 吉林高新区 (of 吉林市) are zones, 江苏省级高新区 the rank of many."""
    places = load_gazetteer().places
    cities = {p.stem for p in places if p.level == "city"}
    return frozenset(p.stem for p in places
                     if p.level == "province" and not p.name.endswith("市") and p.stem not in cities)


_RANK_JOINERS = tuple(_RES["zone_rank_joiners"])


def _joined_rank_length(text: str, pos: int) -> int:
    """The length of a rank and a joiner ending right before `pos` (国家级和 of 全省国家级和|省级开发区,
    国家级、: zones.json zone_rank_joiners), the first of two ranks of one class of zones; else 0."""
    if pos < 3 or not text.startswith(_RANK_JOINERS, pos - 1):
        return 0
    rank = next((w for w in _INFIXES_LONGEST_FIRST if text.startswith(w, pos - 1 - len(w))), "")
    return len(rank) + 1 if rank else 0


def _reference_kind(run: str, suffix: str = "") -> str | None:
    """全省经开区 -> province, 全市 -> city, 该/本/bare 高新区 -> the current zone; None otherwise
    (各高新区: every zone of the place in scope, none of them the current one)."""
    if run[-1:] in _EACH_BEFORE or run[-1:] in _GROUP_COUNTS_BEFORE:
        return None
    if not run or run[-1] in _STOP_CHARS or run[-1] in _STATIONED_AT:
        return "current"
    if suffix in _BARE_AFTER_STOP_WORD and run.endswith(_STOP_WORDS):
        # 其中综保区内…: a word that is never part of a name ends right before a bonded zone's
        # suffix, so the suffix stands bare, as after a comma (zones.json bare_after_stop_word).
        return "current"
    if len(run) >= 2 and run[-2] in _REFERENCE_PREFIX:
        return {"省": "province", "市": "city"}.get(run[-1], "current")
    if run[-1] in _REFERENCE_PREFIX:
        return "current"
    return None


def _after_stop_word(run: str, whole_run: bool) -> tuple[str, bool]:
    """The part of `run` after its last stop word (坐落维扬 -> 维扬), which then counts as bounded.

    The stop word ending last is the one whose reversed form starts first in the reversed run:
    one search there instead of a look for each word (`_after_stop_word_by_definition`)."""
    last = _STOP_WORD_REVERSED.search(run[::-1])
    return (run[len(run) - last.start():], True) if last else (run, whole_run)


def _after_short_division(run: str, whole_run: bool) -> tuple[str, bool]:
    """The part of `run` after the short form of an autonomous division ending inside it
    (红河州蒙自 -> 蒙自): a division written before a zone's own name, as 株洲市 is in
    株洲市天元区, though no level character 区县市省 marks where the division ends."""
    shorts, last_chars = _autonomous_short_names(), _autonomous_short_name_last_chars()
    for end in range(len(run) - 1, 2, -1):
        if run[end - 1] in last_chars \
                and any(run[start:end] in shorts for start in range(max(0, end - 6), end - 2)):
            return run[end:], True  # only where a short form can end (州, 县, 旗): few of a run's characters
    return run, whole_run


@lru_cache(maxsize=1)
def _autonomous_short_name_last_chars() -> frozenset[str]:
    """The last characters of the short forms of `_autonomous_short_names` (州 of 恩施州)."""
    return frozenset(short[-1] for short in _autonomous_short_names())


def _after_stop_word_by_definition(run: str, whole_run: bool) -> tuple[str, bool]:
    cut = max((run.rfind(w) + len(w) for w in _STOP_WORDS if w in run), default=0)
    return (run[cut:], True) if cut else (run, whole_run)


_STOP_WORD_REVERSED = pattern_cache.re_compile("|".join(re.escape(w[::-1]) for w in _STOP_WORDS))


_NUMERAL_CLASS = f"[{regex.escape(_RES['prefix_numerals'])}]"  # 两, 三, 3 …
_COUNTER_CLASS = f"[{regex.escape(_RES['prefix_counters'])}]"  # 个, 家, 地 …
_QUANTIFIED = compiled(_NUMERAL_CLASS + _COUNTER_CLASS)
_NUMERALS, _COUNTERS = frozenset(_RES["prefix_numerals"]), frozenset(_RES["prefix_counters"])
_FIGURE_COUNTERS = frozenset(_RES["figure_counters"])  # 家 of 386家 / 空港经济开发区: a figure's, no name's
_FIGURE_UNITS = pattern_cache.re_compile(f"(?:{alternation(_RES['figure_units'])})+")  # 15吨 / 20万只 before a zone word
_DEMONSTRATIVES = frozenset(_RES["reference_demonstratives"])


_EACH_BEFORE = frozenset(_RES["each_before"])
_TIME_ENDINGS = tuple(_RES["prefix_time_endings"])  # 年中, 月内: a run ending so is a time phrase
# 负责人称高新区, 报道称经开区: a run ending in a verb of saying is a speaker and the verb, no name
_SAYING_ENDINGS = tuple(_RES["prefix_saying_endings"])
# 湖南两经开区: a bare numeral before the zone word counts several zones (group_counts_before).
_GROUP_COUNTS_BEFORE = frozenset(_RES["group_counts_before"])
_SOME_BEFORE = tuple(_RES["some_before"])  # 重庆部分区县: as 各, the stem before holds them
_DATE_UNITS = frozenset("年月日号")  # after a digit: a date's unit, before a zone's name written on
# 郑州海关驻航空港区办事处: the body's name and 驻 are no part of the zone's name (stationed_at).
_STATIONED_AT = frozenset(_RES["stationed_at"])
_EACH_WORDS = tuple(_EACH_BEFORE)  # for str.endswith
_LIST_JOINERS = frozenset(_RES["list_joiners"])
_LIST_JOINER_CHARS = _RES["list_joiners"]
_LIST_MARK = _RES["list_joiners"][0]


def _listed_stem_ending_at(text: str, end: int) -> int | None:
    """Where a place's stem (株洲, 浏阳; not a province's: 湖南 is the rank of many zones) that
    ends at `end` starts, when it stands alone: after no Han character but a list joiner or a
    particle (在株洲、湘潭高新区), so that no longer word ends in it."""
    for k in (4, 3, 2):
        a = end - k
        if a < 0:
            continue
        stem = text[a:end]
        hit = _stem_at(stem)
        if hit is None or hit[0] != k or stem in province_stems():
            continue
        before = text[a - 1:a]
        if not before or not _is_han(before) or before in _LIST_JOINERS or before in _STOP_CHARS:
            return a
    return None


def _stems_listed_before(text: str, start: int, *, any_joiner: bool) -> list[tuple[int, int]]:
    """Spans of the places listed right before `start` (株洲、湘潭 | 高新区), nearest last. Joined
    by 、 — or, where a count says the list is of several (两个高新区), by 和/及/与 too; a chain of
    和 alone (株洲和长沙高新区: the city and a zone) is no list of names sharing a suffix."""
    found, joiners, pos = [], [], start
    while pos > 0 and text[pos - 1] in _LIST_JOINERS:
        a = _listed_stem_ending_at(text, pos - 1)
        if a is None:
            break
        joiners.append(text[pos - 1])
        found.append((a, pos - 1))
        pos = a
    if not any_joiner and _LIST_MARK not in joiners:
        return []
    if found and pos >= 2 and text[pos - 1] in _LIST_JOINERS and text[pos - 2] in _OWN_SUFFIX_ENDS:
        # 南沙区、前海、横琴新区: a member before the stems has a suffix of its own, so the list names
        # its members each in full or by a short name (前海), and shares no suffix.
        return []
    return found[::-1]


_OWN_SUFFIX_ENDS = frozenset(_RES["list_member_own_suffix_ends"])


# What closes a list of places before a zone suffix they share: a count (两个, 十二个), 等, or 等
# and a count (等地, 等3个): 湘潭两个高新区, 株洲等高新区, 湘潭等3个国家级高新区.
_LIST_CLOSER = compiled(rf"(?:{_RES['list_closer']}(?:{_NUMERAL_CLASS}*{_COUNTER_CLASS})?"
                        rf"|{_NUMERAL_CLASS}+{_COUNTER_CLASS})\Z")
_LIST_CLOSER_MOST = 6  # 等, a numeral of up to four characters and a counter


# 等 closing a list of places, perhaps with a count (等地, 等3个), at the end of the run before a
# zone word: the class of zones in the places listed (广西等地开发区), whose stems no zone's name
# holds; lists of cities' stems are split into their own zones before (_stem_before_count).
# Searched for only in the words before a zone word (a run of at most a dozen characters, or a
# name), so it runs in bounded time: a plain pattern, without the regex timer a guarded call
# starts inside an article's budget, which cost more than the search.
_LIST_CLOSED = pattern_cache.re_compile(rf"{_RES['list_closer']}{_NUMERAL_CLASS}*{_COUNTER_CLASS}?\Z")


# A count of the parks listed before a park word they share (3座, 两个): numerals and a counter.
_PARK_COUNT = compiled(rf"(?P<count>{_NUMERAL_CLASS}+){_COUNTER_CLASS}\Z")


def _counter_written_before(text: str, s: int) -> bool:
    """Whether the character before `s` is a counter (座 of 3座): `_PARK_COUNT` ends with one, so
    where none is written (most park words) no count of parks is, and the names of the parks
    the article writes need not be gathered to read one."""
    return s > 0 and text[s - 1] in _COUNTERS


def _parks_listed_before_count(text: str, s: int, prefixes: dict[str, "Zone"]) -> list[tuple[int, int, str]]:
    """(start, end, prefix) of each park listed by its own name before a count and the park word
    at `s` they share (漳浦、清流、漳平永福3座国家级台湾农民创业园), when the article names every one
    of them in full (`prefixes`: the names before that park word elsewhere, 漳平永福 of
    漳平永福台湾农民创业园). A park is named after a county and perhaps a town (漳平永福), which
    no stem of the gazetteer spells, so the members are read by the parks the article names, and
    only when they are as many as the count says; else none (the count names a class: 3座台湾农民
    创业园 alone)."""
    closer = _PARK_COUNT.search(text, max(0, s - _LIST_CLOSER_MOST), s)
    if closer is None or not prefixes:
        return []
    count = parse_chinese_number(closer["count"])  # 3, 两, 十二
    members, end = [], closer.start()
    while True:
        prefix = max((p for p in prefixes if text.startswith(p, end - len(p), end)), key=len, default=None)
        if prefix is None:
            return []
        members.append((end - len(prefix), end, prefix))
        if text[end - len(prefix) - 1:end - len(prefix)] != _LIST_MARK:
            break
        end -= len(prefix) + 1
    return members[::-1] if count is not None and count >= 2 and len(members) == count else []


def _stem_before_count(text: str, run: str, s: int) -> tuple[int, int] | None:
    """The span of the place written right before the count or 等 that ends `run` (湘潭 of
    湘潭两个, 株洲 of 株洲等地; the run ending at `s`), when that place stands alone
    (_listed_stem_ending_at)."""
    if not run or not (run[-1] in _COUNTERS or run[-1] == _RES["list_closer"]):
        return None  # most zone names: no count or 等 before the suffix
    window_start = max(0, s - _LIST_CLOSER_MOST)
    closer = _LIST_CLOSER.search(text, window_start, s)  # over digits too: 等3个
    if closer is None:
        return None
    start = _listed_stem_ending_at(text, closer.start())
    return None if start is None else (start, closer.start())


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _after_count(run: str, whole_run: bool) -> tuple[str, bool]:
    """The part of `run` after its last count (五个特色 -> 特色, 多地 -> ""), which then counts
    as bounded: a count opens a phrase about several zones, no name. Not a place's name that
    opens like one (五家渠)."""
    if _COUNTERS.isdisjoint(run):
        return run, whole_run  # most runs: no counter, so no count (a test in C, not a guarded scan)
    counted = [m for m in _QUANTIFIED.finditer(run) if _stem_at(run[m.start():]) is None]
    return (run[counted[-1].end():], True) if counted else (run, whole_run)


_TRADES_TAGGED_AS_NAMES = frozenset(_RES["trades_tagged_as_names"])


def _is_proper_name(word: str) -> bool:
    """A written name no dictionary knows as a common word (洋山, 张江; 望京 is a place for jieba)
    rather than an industry or a common noun (医药, 新材料, 石化)."""
    from .clean import jieba_segmenter
    jieba = jieba_segmenter()
    words = list(jieba.cut(word, HMM=False))
    if len(words) > 1 and len(words[-2]) >= 2 and _tag_table().get(words[-1]) in _LIST_JOINER_POS:
        # 楼宇和(产业基地): a word of a kind, then a joiner: the last of a list of kinds, no name; not a
        # single character before it (中和, 人和, 三和 工业园: the segmenter splits a name it does not know)
        return False
    if word in _TRADES_TAGGED_AS_NAMES or any(t in _TRADES_TAGGED_AS_NAMES for t in words):
        return False  # 中医药 (nt), 集成电路 (nz): a trade the dictionary tags as a name
    known = [t for t in words if len(t) >= 2 and jieba.dt.FREQ.get(t)]
    if not known:
        return True
    return all(_tag_table().get(t) in _PLACE_POS for t in known)


def _common_word_not_place(stem: str, suffix: str) -> bool:
    """Whether `stem`, a division's stem that is also a common word (attribution.json
    stem_not_alone) standing alone before a park's suffix, makes one dictionary word with the
    suffix's first word (新兴产业园: 新兴产业, emerging industries): the park's trade, not a park
    of that division (新兴县); zones.json _common_stem_before_park."""
    if stem not in STEM_NOT_ALONE:
        return False
    from .clean import jieba_segmenter
    return bool(jieba_segmenter().dt.FREQ.get(stem + suffix[:2]))


def park_prefix(run: str, *, whole_run: bool) -> str | None:
    """The name part of a park or base written before its suffix, or None.

    A place heads it (惠东产业转移 in 惠东产业转移工业园, 大连长兴岛石化, 张江创新药), followed by
    at most a few characters naming its trade; or a short proper name stands alone before the
    suffix (望京科技园区). An industry alone (生物医药产业园), a count (五个特色产业园) or a
    reference (园区, 各工业园) names no park. Nor does a division written in full (长沙县黄花工业园,
    资兴市工业园区): the division is the jurisdiction the text names, the park a place inside it;
    unless a clause leads from the division to the park (苏州市人社局为苏州工业园区: prefix_inner_stop_chars).
    """
    run, whole_run = _after_stop_word(run, whole_run)
    run = _after_inclusion_opener(run, whole_run)  # （含白洋工业园、…）: 白洋
    regiment = _REGIMENT_PARK.search(run) if run.endswith(_REGIMENT_END) else None
    if regiment is not None:
        return regiment.group()  # 二十九团工业园区: a Corps regiment's park, named by its number
    run, whole_run = _after_count(run, whole_run)
    if len(run) < 2 or _is_reference_word(run):
        return None
    for i in range(len(run) - 1):
        cand = run[i:]
        if _admin_head(cand):
            if any(ch in _INNER_STOP_CHARS for ch in cand[1:]):
                continue  # 苏州市人社局为苏州工业园区: the division acts in a clause leading to the park
            return None
        head = _stem_at(cand)
        if not head:
            continue
        if i and _names_a_firm(run[:i]):
            return None  # 富士康南宁科技园: a firm's site, no park of the place
        descriptor = cand[head[0]:]
        if _PLACE_LEVEL_CHAR.search(descriptor):
            continue  # 黄埔区广州: two places, not one name
        second = _stem_at(descriptor)
        if second and second[1] == "high" and not _is_province_stem(cand[:head[0]]):
            continue  # 武汉长沙: two cities (辽宁大连 is a province and its city)
        if second and second[1] == "high":
            descriptor = descriptor[second[0]:]
        if len(descriptor) > _DESCRIPTOR_MAX or any(ch in _DESCRIPTOR_STOP for ch in descriptor):
            continue
        if _speaks_of_a_person(descriptor):
            continue  # 请刘卫东主任介绍一下产业集聚区: a person's name, title and verb, no park's trade
        return run[_place_word_start(run, i, head[0]):]
    if whole_run:
        run = _after_locative_preposition(run)  # 在鱼复工业园: 在 opens the phrase, 鱼复 names the park
    if whole_run and len(run) in (2, 3) and run[:2] not in _GENERIC_PREFIXES and not _foreign_name(run) \
            and run[0] not in _PREPOSITIONS_OPENING_NO_NAME and not _preposition_and_level_word(run) \
            and not any(ch in _INNER_STOP_CHARS for ch in run[1:]) and _is_proper_name(run):
        return run  # not 日本产业园: a park for one country's firms (zones.json _foreign_park_names);
        # not 寿县为产业园: a verb after a division's name leads to a bare park word; not 对文创产业园:
        # a preposition and its object, the park unnamed
    if whole_run and _contraction_and_trade(run):
        return run  # 、德阿生态经济产业园: two places' first characters and the park's trade
    return None


_REGIMENT_END = "团"  # every regiment's name ends so: most runs are not searched
_REGIMENT_PARK = regex.compile(_RES["regiment_park"])  # zones.json _regiment_park
_PLACE_WORD_POS = frozenset(_RES["park_place_word_pos"])


def _place_word_start(run: str, i: int, stem_len: int) -> int:
    """Where the name a park's prefix opens at `i` with a known place's stem really starts: `i`,
    or the start of a dictionary place word (zones.json park_place_word_pos) that runs across `i`
    and holds the whole stem (亚龙湾 of 亚龙湾旅游度假区: 龙湾 is its tail, not 温州's district)."""
    from .clean import dictionary_word_spans, jieba_segmenter
    if i == 0 or not dictionary_word_spans(run, i):
        return i  # most prefixes: no dictionary word runs across the stem's start, no segmenting
    start = 0
    for word in jieba_segmenter().cut(run, HMM=False):
        end = start + len(word)
        if start < i < end:
            return start if end >= i + stem_len and _tag_table().get(word) in _PLACE_WORD_POS else i
        start = end
    return i


_CONTRACTION_HEAD_POS = frozenset(_RES["park_contraction_head_pos"])
_TRADE_WORD_POS = frozenset(_RES["park_trade_word_pos"])


def _contraction_and_trade(run: str) -> bool:
    """Whether `run`, bounded before a park's suffix, is a short name of two or three single
    characters, each a place's short form (德阿 of 德阳 and 阿坝; not 新川, an adjective first), then dictionary words of a
    trade up to the suffix (生态经济): a park co-built by the places it names, as 成阿工业园区 is, its
    name longer by its trade (zones.json park_contraction_head_pos, park_trade_word_pos)."""
    from .clean import jieba_segmenter
    segmenter = jieba_segmenter()
    words = list(segmenter.cut(run, HMM=False))
    singles = next((i for i, word in enumerate(words) if len(word) > 1), len(words))
    if singles == 0 and _tag_table().get(words[0]) in _CONTRACTION_HEAD_POS:
        singles = 1  # 粤桂合作: a contraction the dictionary holds as one word
    head, trade = "".join(words[:singles]), words[singles:]
    if not 2 <= len(head) <= 3 or not trade or len(run) - len(head) > _DESCRIPTOR_MAX:
        return False
    if not all(_tag_table().get(part) in _CONTRACTION_HEAD_POS for part in words[:singles]):
        return False
    return all(segmenter.dt.FREQ.get(word) and _tag_table().get(word) in _TRADE_WORD_POS for word in trade)


def _preposition_and_level_word(run: str) -> bool:
    """Whether `run` is a one-character preposition and a level's character (向县, 于市 of
    向县产业集聚区企业发放口罩): the preposition leads to the county's or city's own park, left
    unnamed, as 在县 does (`_after_locative_preposition`); 向 and 于 are kept out of those
    prepositions only because they open names of two or more characters (向阳, 于家堡). Not a
    division so named (和县)."""
    return len(run) == 2 and run[0] in _STOP_CHARS and run[1] in _LEVEL_ZONE_WORD_CHARS \
        and run not in _admin_names()[0]


_LEVEL_ZONE_WORD_CHARS = frozenset(_PLACE_LEVEL_CHARS + "旗")
_LOCATIVE_PREPOSITIONS = frozenset(_RES["prepositions_before_park_name"])
_PREPOSITIONS_OPENING_NO_NAME = frozenset(_RES["prepositions_opening_no_name"])


def _after_locative_preposition(run: str) -> str:
    """`run` without a preposition of place opening it (在鱼复 -> 鱼复, 到西彭 -> 西彭) when a name
    of two or three characters follows: the preposition leads to the park, as 走进 or 位于 do
    (prefix_stop_words), but as one character it may also open a name and is cut only here, where
    what follows stands alone before the park's suffix. One character after it (在县工业园区, 到市工业园)
    is a level's word, the county's or city's own park left unnamed, and is no name either."""
    if len(run) in (2, 3, 4) and run[0] in _LOCATIVE_PREPOSITIONS:
        return run[1:]
    return run


def _listed_among_parks(text: str, start: int, s: int, word_end: int, suffix: str,
                        dev_spans: list[tuple[int, int]]) -> bool:
    """Whether text[start:s], two or three characters before the park word text[s:word_end] that
    `park_prefix` reads as no name (将军庙: 将军 is a common word), is a park's own name for being
    listed among parks named so (五彩湾产业园、芨芨湖产业园、将军庙产业园、大井产业园): joined by 、 to a
    park with a name of its own and the same park word before or after it, and ending as a locality's name
    does (`_names_a_locality`): not a trade listed beside a named park (张江产业园、新能源产业园)."""
    run, word = text[start:s], text[s:word_end]
    if not 2 <= len(run) <= 3 or run[:2] in _GENERIC_PREFIXES or _foreign_name(run) \
            or run[0] in _PREPOSITIONS_OPENING_NO_NAME or any(ch in _INNER_STOP_CHARS for ch in run[1:]) \
            or not _names_a_locality(run):
        return False
    before = start > 0 and text[start - 1] == _LIST_SEPARATOR and bool(dev_spans) \
        and dev_spans[-1][1] == start - 1 and text.endswith(word, 0, start - 1)
    return before or _named_park_listed_after(text, word_end, word, suffix)


def _named_park_listed_after(text: str, end: int, word: str, suffix: str) -> bool:
    """Whether a park with a name of its own and the park word `word` is listed right after `end` (、大井产业园)."""
    if text[end:end + 1] != _LIST_SEPARATOR:
        return False
    next_word = text.find(word, end + 1, end + 1 + _LISTED_PARK_NAME_MAX + len(word))
    run = text[end + 1:next_word] if next_word > end + 1 else ""
    return bool(run) and _HAN_RUN_AT_END.fullmatch(run) is not None and bool(_prefix_written(run, True, suffix)[0])


_LIST_SEPARATOR = "、"
_LISTED_PARK_NAME_MAX = 6  # the name of the park listed after, before its park word
_LONG_PROPER_NAME_LENGTHS = (4, 5)  # 独贵塔拉, 那仁宝力格: names from Mongolian or Uyghur, longer than park_prefix's lone names


def _proper_name_listed_with_zones(text: str, start: int, s: int, end: int, dev_spans: list[tuple[int, int]]) -> bool:
    """Whether text[start:s], four or five characters before the park word at `s` (独贵塔拉 of
    独贵塔拉工业园区), which `park_prefix` takes as a lone name only up to three characters, is a
    park's own name: a proper name no dictionary knows (`_unknown_long_name`), listed by 、 beside a
    zone with a name of its own, of any kind (鄂托克经济开发区、上海庙经济开发区、独贵塔拉工业园区):
    a list of named zones names one in each member (SPEC §5: a named park is a zone). Not a trade or
    a phrase (、生物医药产业园, 、加快推进工业园区: words the dictionary knows)."""
    run = text[start:s]
    if len(run) not in _LONG_PROPER_NAME_LENGTHS or run[:2] in _GENERIC_PREFIXES or _foreign_name(run) \
            or run[0] in _PREPOSITIONS_OPENING_NO_NAME or any(ch in _INNER_STOP_CHARS for ch in run[1:]):
        return False
    before = text[start - 1:start] == _LIST_SEPARATOR and bool(dev_spans) and dev_spans[-1][1] == start - 1
    return (before or _named_zone_listed_after(text, end)) and _unknown_long_name(run)


_LONG_NAME_WORD_POS = frozenset(_RES["long_name_word_pos"])
_LONG_NAME_TRADES = tuple(_RES["long_name_trade_contractions"])


def _unknown_long_name(run: str) -> bool:
    """Whether `run`, four or five characters, is a name the dictionary does not know at all: each
    of its words of two or more characters a name's syllables (塔拉 of 独贵塔拉: zones.json
    long_name_word_pos), else single characters (巴音胡都格), and no short form of a trade among them
    (铝基新材, 电竞文创: long_name_trade_contractions). Stricter than `_is_proper_name`, which takes the
    dictionary's nz and nt words (集成电路, 汽摩配, 中医药) for names: a run this long is a trade more
    often than a park's own name."""
    if any(trade in run for trade in _LONG_NAME_TRADES):
        return False
    from .clean import jieba_segmenter
    segmenter = jieba_segmenter()
    return all(len(word) < 2 or not segmenter.dt.FREQ.get(word) or _tag_table().get(word) in _LONG_NAME_WORD_POS
               for word in segmenter.cut(run, HMM=False))


def _named_zone_listed_after(text: str, end: int) -> bool:
    """Whether a zone with a name of its own, of any kind, is listed right after `end` (、鄂托克经济开发区)."""
    if text[end:end + 1] != _LIST_SEPARATOR:
        return False
    m = _ZONE_WORD.search(text, end + 1, end + 1 + _LISTED_PARK_NAME_MAX + _ZONE_WORD_MOST)
    run = text[end + 1:m.start()] if m is not None else ""
    suffix = _PARTS_OF[m.group()][1] if m is not None else None
    return bool(run) and _HAN_RUN_AT_END.fullmatch(run) is not None and bool(_prefix_written(run, True, suffix)[0])


_LOCALITY_NAME_ENDS = frozenset(_RES["locality_name_end_chars"])


def _names_a_locality(run: str) -> bool:
    """Whether `run` ends as the name of a locality does, in a character of a landmark or a feature
    of the land (将军庙, 石门坎, 白杨河: zones.json locality_name_end_chars), not as a trade
    (新能源, 生物医药, 文创) or a common noun does."""
    return run[-1] in _LOCALITY_NAME_ENDS


FOREIGN_PARK_NAMES = frozenset(_RES["foreign_park_names"])


def _foreign_name(run: str) -> bool:
    """A foreign country's name, alone or after one character of a preposition or 其 (为韩国, 其日本)."""
    return run in FOREIGN_PARK_NAMES or (run[0] in _BEFORE_FOREIGN_NAME and run[1:] in FOREIGN_PARK_NAMES)


_BEFORE_FOREIGN_NAME = frozenset(_RES["before_foreign_park_name"])


def _names_a_firm(head: str) -> bool:
    """Whether `head`, the Han characters written before the place that heads a park's name
    (富士康 of 富士康南宁科技园, 京东方 of 京东方合肥产业园), is a firm's name: then the park is the
    firm's site, not a park of the place (SPEC §5: company names never create zones). Not when
    it is, after its last particle or joiner, only verbs and the like (推动南宁科技园), a rank or a
    description (国家级, 国家级创新平台, 长三角: firm_site_not_heads), a pair of countries or regions
    (中泰崇左产业园: country_pair_openers), ends in a place's word (广西南宁, 江北新区南京) or in a
    verb or preposition (六个数字看苏州工业园区: firm_site_not_last_pos)."""
    cut = max((head.rfind(ch) + 1 for ch in _STOP_CHARS if ch in head), default=0)
    if head[-2:] in _COUNTRY_PAIR_OPENERS:
        return False  # 中新天津生态城: two countries' names open the park's own name
    head = _after_leading_verbs(head[cut:])
    if len(head) < 2 or head[-1] in _PLACE_LEVEL_CHARS or head.endswith(_FIRM_SITE_NOT_HEADS):
        return False
    from .clean import jieba_segmenter
    last = list(jieba_segmenter().cut(head, HMM=False))[-1]  # 京东方 is one word, no 东方 (东方市)
    if (_tag_table().get(last) or "n")[0] in _FIRM_SITE_NOT_LAST_POS:
        return False  # 数字看苏州工业园区: a verb or preposition leads to the park's name
    hit = _stem_at(last) if len(last) >= 2 else None
    return hit is None or hit[0] != len(last)


_FIRM_SITE_NOT_HEADS = tuple(_RES["firm_site_not_heads"])
_FIRM_SITE_NOT_LAST_POS = frozenset(_RES["firm_site_not_last_pos"])
_GROUP_OF_PLACES = tuple(_RES["group_of_places_endings"])


def _is_province_stem(stem: str) -> bool:
    return any(p.level == "province" for p in load_gazetteer().lookup_stem(stem))


def _admin_head(cand: str) -> bool:
    """True when a division's full name heads `cand` (惠东县 in 惠东县产业转移, 资兴市)."""
    names = _admin_names()[0]
    for k in (5, 4, 3, 2):
        head = cand[:k]
        if head in names and not head.endswith("省"):
            return True
    return False


def park_canonical(written: str) -> str:
    """The short form of a park's name part: 辽宁大连长兴岛石化 -> 大连长兴岛石化."""
    inner = strip_province_prefix(written)
    return inner if inner != written and _stem_at(inner) else written


def _last_word(run: str) -> str:
    from .clean import jieba_segmenter
    words = list(jieba_segmenter().cut(run, HMM=False))
    tail = ""
    for word in reversed(words):
        if word in _STOP_CHARS or len(tail) >= 2:
            break
        tail = word + tail
    return tail


# --- the article's zones ------------------------------------------------------------------------

class ArticleZones:
    """Zones named in one article and the rules that attach a position to one of them."""

    def __init__(self, text: str):
        self.text = text
        self.zones: dict[str, Zone] = {}
        self.mentions: list[ZoneMention] = []
        self.references: list[Reference] = []
        self.sections: list[tuple[int, str | None]] = []
        self.companies: list[tuple[int, int]] = []  # firms' registered names: no place inside one acts
        self.products: list[tuple[int, int]] = []  # “南沙跨境贷”: a place inside is part of a name, as in a title
        # 智能终端产业园: parks written by a trade's name, no zone of the index (starts, in text order)
        self.unnamed_park_starts: list[int] = []
        self.main: str | None = None
        self.attributor = None  # set by attribution.Attributor: decides which zone a position belongs to
        self._alias_to_key: dict[str, str] = {}
        self._mention_starts: list[int] = []

    # registry
    def add_zone(self, zone: Zone, surface: str) -> str:
        key = self._alias_to_key.get(zone.zone_name, zone.zone_name)
        existing = self.zones.get(key)
        if existing is None:
            self.zones[key] = zone
            existing = zone
        existing.aliases.add(surface)
        existing.aliases.add(zone.zone_name)
        return key

    def current_key(self, key: str) -> str:
        """The key zone `key` goes by now: the zone it was folded into as an alias, if it was."""
        seen = {key}
        while key not in self.zones and self._alias_to_key.get(key, key) not in seen:
            key = self._alias_to_key[key]
            seen.add(key)
        return key

    def fold_alias(self, alias: str, key: str) -> None:
        """Make `alias` (a district of a joint administration) mean zone `key` in this article."""
        self._alias_to_key[alias] = key
        self.zones[key].aliases.add(alias)
        if alias in self.zones and alias != key:
            self.zones[key].aliases |= self.zones.pop(alias).aliases
        self.mentions = [ZoneMention(m.start, m.end, key) if m.key == alias else m for m in self.mentions]

    # lookups (after freeze(): mentions sorted by start, and no more of them)
    def freeze(self) -> None:
        self._mention_starts = [m.start for m in self.mentions]

    def _mentions_in(self, start: int, end: int) -> list[ZoneMention]:
        lo = bisect.bisect_left(self._mention_starts, start)
        hi = bisect.bisect_left(self._mention_starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]

    def mention_at(self, pos: int) -> ZoneMention | None:
        """The mention holding `pos`, of the two starting last at or before it (the earlier first)."""
        i = bisect.bisect_right(self._mention_starts, pos) - 1
        mentions = self.mentions  # indexed, not sliced: asked for every reference word of a text
        if i > 0 and mentions[i - 1].start <= pos < mentions[i - 1].end:
            return mentions[i - 1]
        if i >= 0 and mentions[i].start <= pos < mentions[i].end:
            return mentions[i]
        return None

    def zones_between(self, start: int, end: int) -> list[str]:
        return [m.key for m in self._mentions_in(start, end)]

    def zone_for(self, pos: int) -> str | None:
        """The jurisdiction a fact written at `pos` belongs to (SPEC §5), or None.

        Decided by the article's `Attributor` (pipeline/attribution.py), attached once the
        document is built (`attribution.zones_of_document`).
        """
        if self.attributor is None:
            return self.main
        return self.attributor.decide(pos).zone


def _mention_at_by_definition(az: ArticleZones, pos: int) -> ZoneMention | None:
    """What `ArticleZones.mention_at` returns, by a loop over the two mentions (for tests)."""
    i = bisect.bisect_right(az._mention_starts, pos) - 1
    for m in az.mentions[max(0, i - 1): i + 1]:
        if m.start <= pos < m.end:
            return m
    return None


def resolve_admin(name: str, context: str, *, cities: frozenset[str] = frozenset()) -> Zone:
    """A Zone for a district, county, city or province name, located with the gazetteer.

    `cities` are the cities of the other divisions the article names unambiguously: 和平区 beside
    河西区 and 东丽区 is 天津's. A name abolished since 2000 (湾里区) keeps its own former code and
    takes province and city from its successors (see Zone.former).
    """
    full = _autonomous_short_names().get(name)
    if full is not None and _stem_rivals(name):
        # 巴州: the prefecture whose official short form it is, unless the article's places are in
        # the city or province of the district whose stem it is (巴州区 of 巴中市).
        rivals = [*_one_unit(load_gazetteer().lookup(full)), *_stem_rivals(name)]
        place = _disambiguate(rivals, context, cities) or rivals[0]
        return _admin_zone_at(place.name, place)
    name = full or name  # 恩施州 is 恩施土家族苗族自治州: one zone
    fields = _fields_of_the_only_place(name)
    if fields is not None:
        return Zone(*fields)
    candidates = _one_unit(load_gazetteer().lookup(name))
    if not candidates and name in former_divisions():
        return _former_zone(name, context, cities)
    return _admin_zone_at(name, _disambiguate(candidates, context, cities))


@lru_cache(maxsize=1 << 14)
def _fields_of_the_only_place(name: str) -> tuple | None:
    """Zone's fields for a division name that only one place of the gazetteer has (most): its
    zone does not depend on the article, so the fields are found once per process and each
    article gets a fresh Zone of them (its aliases are its own). None for another name."""
    candidates = _one_unit(load_gazetteer().lookup(name))
    if len(candidates) != 1:
        return None
    return _fields(_admin_zone_at(name, candidates[0]))


def _one_unit(candidates: list[Place]) -> list[Place]:
    """The places of one name, a city without districts (东莞市, 中山市) counted once: the code
    list has it as a prefecture and again as its own county-level unit, one jurisdiction."""
    if len(candidates) > 1 and len({(p.province, p.city) for p in candidates}) == 1:
        return [p for p in candidates if p.level == "city"][:1] or candidates
    return candidates


def _admin_zone_at(name: str, place: Place | None) -> Zone:
    """The Zone of division `name` located at `place` (None: not located)."""
    if place is None:
        return Zone(name, _type_of_admin_name(name))
    if place.level == "province":
        return Zone(name, "other", province=place.province, adcode=place.adcode)
    if place.level == "city":
        return Zone(name, "city", province=place.province, city=place.city, adcode=place.adcode)
    zone_type = "county" if name.endswith(("县", "旗")) else "city" if name.endswith("市") else "district"
    return Zone(name, zone_type, province=place.province, city=place.city, district=name, adcode=place.adcode)


def _type_of_admin_name(name: str) -> str:
    if name.endswith("区"):
        return "district"
    if name.endswith(("县", "旗")):
        return "county"
    return "city" if name.endswith(("市", "地区", "盟", "州")) else "other"


def _former_zone(name: str, context: str, cities: frozenset[str]) -> Zone:
    divisions = former_divisions()[name]
    fitting = [d for d in divisions if (d.city and (d.city[:2] in context or d.city in cities)) or d.province[:2] in context]
    division = divisions[0] if len(divisions) == 1 else fitting[0] if len(fitting) == 1 else None
    zone_type = _type_of_admin_name(name)
    if division is None:
        return Zone(name, zone_type)
    district = name if division.level == "county" else None
    return Zone(name, zone_type, province=division.province, city=division.city, district=district,
                adcode=division.former_adcode or None)


def _disambiguate(candidates: list[Place], context: str, cities: frozenset[str] = frozenset()) -> Place | None:
    if len(candidates) == 1:
        return candidates[0]
    fitting = [p for p in candidates if (p.city and p.city[:2] in context) or p.province[:2] in context]
    if len(fitting) == 1:
        return fitting[0]
    beside = [p for p in (fitting or candidates) if p.city in cities]
    return beside[0] if len(beside) == 1 else None


_MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}
MUNICIPALITIES = frozenset(_MUNICIPALITIES)  # province-level cities: for attribution


def _places_of_prefix(prefix: str) -> list[Place]:
    """Gazetteer places a zone's prefix names: a city or province it starts with (包头稀土 ->
    包头市), or a district it equals (璧山 -> 璧山区); cities and provinces first. A locality
    heading zone names (张江) gives the unit that holds it; a former division (维扬, 襄樊) its
    successor when it has one."""
    hit = _stem_at(prefix)
    if not hit or (hit[1] == "area" and hit[0] != len(prefix)) or _names_a_settlement_after(prefix, hit):
        return []
    stem = prefix[: hit[0]]
    places = [p for p in load_gazetteer().lookup_stem(stem) if not p.is_functional_zone]
    if not places and stem in zone_places():
        return [zone_places()[stem]]
    if not places:
        return list(_successor_places(stem))
    places.sort(key=lambda p: {"city": 0, "province": 1, "area": 2}[p.level])
    return [p for p in places if p.level == places[0].level]


_SETTLEMENT_AFTER_PLACE = frozenset(_RES["settlement_after_place_chars"])


def _names_a_settlement_after(prefix: str, hit: tuple[int, str]) -> bool:
    """Whether `prefix` is a city's or province's stem and one character closing a settlement's or
    a street's name (上海庙, 北京路: zones.json settlement_after_place_chars): a town or a street
    named after that place, which lies elsewhere, not the place (上海庙经济开发区 is in 鄂托克前旗)."""
    return hit[1] == "high" and len(prefix) == hit[0] + 1 and prefix[-1] in _SETTLEMENT_AFTER_PLACE


def _dev_zone_places(prefix: str, suffix: str) -> list[Place]:
    """`_zone_places_of_prefix` for a development zone (高新区, 经开区, 开发区, 新区), narrowed to
    the district or county its name states after its city (`_area_named_after_its_city`)."""
    places = _zone_places_of_prefix(prefix)
    hit = _stem_at(prefix)
    if _SUFFIX_INFO[suffix][0] not in _DEV_TYPES or hit is None:
        return places
    area = _area_named_after_its_city(prefix[hit[0]:], places)
    return [area] if area is not None else places


def _area_named_after_its_city(rest: str, places: list[Place]) -> Place | None:
    """The district or county of the one city in `places` whose stem opens `rest`, the prefix's
    words after the city's stem (杭州 + 萧山: 萧山区; 南京 + 江宁: 江宁区): a development zone
    written with its city and then its district (杭州萧山经济技术开发区) lies in that district, as
    the same zone written without its city (萧山开发区) does; one zone, one location. None when
    `rest` opens with no area of that city (杭州高新区: the city itself). Not for zones typed
    other: a bonded zone named after an airport's county (郑州新郑综合保税区) may lie elsewhere."""
    if len(places) != 1 or places[0].level != "city" or len(rest) < 2:
        return None
    for k in (4, 3, 2):
        areas = [p for p in load_gazetteer().lookup_stem(rest[:k])
                 if p.level == "area" and not p.is_functional_zone and p.city == places[0].city]
        if len(areas) == 1:
            return areas[0]
    return None


def _zone_places_of_prefix(prefix: str) -> list[Place]:
    """`_places_of_prefix` for a zone run by a committee (not a park): also the district or
    county whose stem heads the prefix before a locality's name (江宁滨江 -> 江宁区), the holder
    `zone_prefix` kept in the name (_county_heads_name). Not for parks: a county's stem heads
    many a town's park elsewhere (平山青云工业园区 lies in 惠东县), which `_park_places` weighs."""
    places = _places_of_prefix(prefix)
    hit = _stem_at(prefix) if not places else None
    if hit is None or hit[1] != "area" or not _county_heads_name(prefix, hit[0]):
        return places
    return [p for p in load_gazetteer().lookup_stem(prefix[:hit[0]]) if p.level == "area" and not p.is_functional_zone]


@lru_cache(maxsize=None)
def _successor_places(stem: str) -> tuple[Place, ...]:
    """Today's unit for a former division's stem, when it passed whole to one unit (襄樊 -> 襄阳市)."""
    out = []
    for divisions in former_divisions().values():
        for d in divisions:
            if d.stem == stem and len(d.successor_adcodes) == 1:
                place = load_gazetteer().at(d.successor_adcodes[0])
                if place is not None and place not in out:
                    out.append(place)
    return tuple(out)


def _park_places(prefix: str, context: str) -> list[Place]:
    """Places a park's name part names: as for a zone; a district or county heading a longer
    name (惠东 in 惠东产业转移) only when the article also names that division or its city, since
    a district's stem often begins another locality's name (松山 in 松山湖). A side of a town
    (城东 of 城东工业园) names no place."""
    if prefix in _SIDES_OF_A_TOWN:
        return []
    places = _places_of_prefix(prefix)
    if places:
        return places
    hit = _stem_at(prefix)
    if not hit or hit[1] != "area":
        return []
    stem = prefix[: hit[0]]
    return [p for p in load_gazetteer().lookup_stem(stem)
            if p.level == "area" and not p.is_functional_zone
            and (p.name in context or (p.city and p.city.removesuffix("市") in context))]


def _named_zone_of(name: str, context: str) -> Zone | None:
    """The zone for a name listed in named_zones.csv (重庆两江新区 -> 两江新区), if listed."""
    named = named_zones().get(name)
    if named is None or (named.needs_context and not _speaks_of_ftz(context)):
        return None
    return _zone_of_named(named)


def _zone_of_named(named: NamedZone) -> Zone:
    return _zone_at_place(named.name, named.zone_type, named.place)


def _zone_at_place(name: str, zone_type: str, place: Place | None) -> Zone:
    """A zone located in `place`: its province and city, its district when the place is one."""
    if place is None:
        return Zone(name, zone_type)
    district = place.name if place.level == "area" and not place.is_functional_zone else None
    city = place.city if place.level != "province" else (place.province if place.province in _MUNICIPALITIES else None)
    return Zone(name, zone_type, province=place.province, city=city, district=district, adcode=place.adcode)


# Gates that ask whether a text writes any word of a list, each by one scan of the text with the
# words' prefix tree (lexicon.literal_scanner), not one substring scan per word: for the lists
# below, 2 to 40 times faster over the seeds (forty-odd microseconds an article for the speakers'
# titles). Not for lists of a few words rarely written (example frames, moderators): there the
# substring scans are as fast.
def _writes_any(scanner, text: str) -> bool:
    """Whether `text` writes any of the words `scanner` (a literal_scanner) was built of."""
    return scanner.search(text) is not None


_FTZ_CONTEXT_SCAN = literal_scanner(_RES["ftz_context_words"])
_FOUNDED_ZONE_VERB_SCAN = literal_scanner(_RES["founded_zone_verbs"])


def _speaks_of_ftz(text: str) -> bool:
    return _writes_any(_FTZ_CONTEXT_SCAN, text)


def implied_city_zone(az: ArticleZones, city: str, written_suffix: str) -> str | None:
    """The key of the city named `city`'s own zone of the kind `written_suffix` names (高新区,
    经开区), added to `az`.

    None for a park (产业园区, 工业园区): a city has many, so a bare one names none of them."""
    suffix = _suffix_ending(written_suffix)
    if suffix is None or not city.endswith("市"):
        return None
    if _SUFFIX_INFO[suffix][0] not in _DEV_TYPES:
        return _listed_city_zone(az, city[:-1], suffix)
    written_so = _city_zone_written_with(az, city, suffix)
    if written_so is not None:
        return written_so
    prefix = city[:-1]
    return az.add_zone(_dev_zone(prefix, suffix, az.text), prefix + _SUFFIX_INFO[suffix][1])


def _listed_city_zone(az: ArticleZones, stem: str, suffix: str) -> str | None:
    """The key of the zone named_zones.csv lists as the city's own under the city's stem and `suffix`
    (郑州 + 航空港区: 郑州航空港区, the one 航空港经济综合实验区 there is), added to `az`; None
    when none is listed so: a city may have several parks or airport zones of a kind other than a
    development zone, and a bare word of such a kind names one only where the gazetteer says which."""
    named = named_zones().get(stem + _SUFFIX_INFO[suffix][1])
    if named is None or named.needs_context:
        return None
    return az.add_zone(_zone_of_named(named), stem + _SUFFIX_INFO[suffix][1])


def _city_zone_written_with(az: ArticleZones, city: str, suffix: str) -> str | None:
    """The key of the one zone of `city` the article already names by a name ending in `suffix`
    though its type is another's (青岛经济技术开发区（西海岸新区）: a joint zone written as a 新区
    too): the city's zone of that kind, which a bare 新区 points back to, not a zone the text never
    names (青岛新区). None when no zone, or more than one, is written so."""
    keys = [key for key, zone in az.zones.items()
            if zone.city == city and zone.zone_type != _SUFFIX_INFO[suffix][0]
            and any(_suffix_ending(alias) == suffix for alias in zone.aliases)]  # not 高新区's 新区
    return keys[0] if len(keys) == 1 else None


def _suffix_ending(written: str) -> str | None:
    """The longest zone suffix `written` ends in (高新区, not its 新区), or None."""
    return next((s for s in _SUFFIXES_LONGEST_FIRST if written.endswith(s)), None)


_SUFFIXES_LONGEST_FIRST = tuple(sorted(_SUFFIX_INFO, key=len, reverse=True))


def _dev_zone(prefix: str, suffix: str, context: str) -> Zone:
    """The zone named `prefix` + `suffix` in an article whose text is `context`."""
    suffix = _everyday_suffix_read_formally(prefix, suffix)
    prefix = _prefix_with_its_city(prefix, suffix)
    fields = _fields_of_dev_zone_alone(prefix, suffix)
    return Zone(*fields) if fields is not None else _dev_zone_in(prefix, suffix, context)


def _everyday_suffix_read_formally(prefix: str, suffix: str) -> str:
    """经济技术开发区 for a bare 开发区 after a place whose economic and technological development
    zone the gazetteer holds under that place's name (烟台 + 开发区: 烟台经开区, 370676; 威海开发区
    is 威海经开区, not 威海临港经开区, which is written with 临港): 开发区 is that zone's everyday
    name, in every article, not only beside its formal name (`_fold_short_names`). `suffix`
    itself otherwise (广州开发区 is its own canonical name; 江宁开发区, no gazetteer zone of 江宁)."""
    if _SUFFIX_INFO[suffix][1] != _GENERIC_DEV_SUFFIX or _gazetteer_zone_name(prefix, _ETDZ_SUFFIX) is None:
        return suffix
    return _ETDZ_FULL_SUFFIX


def _gazetteer_zone_name(prefix: str, short: str) -> str | None:
    """The name the gazetteer holds the zone `prefix` + `short` under, with or without the city
    before a district's or county's stem (萧山 + 经开区: 杭州萧山经开区, see `_prefix_with_its_city`);
    None when it holds none (its own functional codes and the zones listed in named_zones.csv)."""
    for written in (prefix + short, _city_stem_before(prefix) + prefix + short):
        named = named_zones().get(written)
        if written in _functional_zones() or (named is not None and not named.needs_context):
            return written
    return None


def _prefix_with_its_city(prefix: str, suffix: str) -> str:
    """`prefix` after its city's stem where the gazetteer holds the zone so (萧山经开区 and 萧山开发区
    are 杭州萧山经开区, 江宁开发区 is 南京江宁经开区, 浒墅关经开区 is 苏州浒墅关经开区): a zone named
    after a district, a county or a locality is written with and without its city, and it is
    one zone in every article (SPEC §5), under the gazetteer's name. `prefix` itself when the
    gazetteer holds the zone without the city (昆山经开区), holds none, or the stem names several
    places (鼓楼: no one city)."""
    short, with_city = _SUFFIX_INFO[suffix][1], _city_stem_before(prefix) + prefix
    if suffix in _PARK_SUFFIXES or _gazetteer_zone_name(prefix, short) != with_city + short:
        return prefix
    return with_city


@lru_cache(maxsize=1 << 12)
def _city_stem_before(prefix: str) -> str:
    """The stem of the city holding the one district, county or locality `prefix` names (萧山:
    杭州; 浒墅关, a town of 虎丘区: 苏州); "" for a city's or province's stem, a stem of several
    places (鼓楼), or a prefix naming no place or more than one."""
    hit = _stem_at(prefix)
    if hit is None or hit[0] != len(prefix):
        return ""
    places = _places_of_prefix(prefix)
    if len(places) != 1 or places[0].level != "area" or places[0].is_functional_zone or not places[0].city:
        return ""
    city = places[0].city
    return next((p.stem for p in load_gazetteer().lookup(city) if p.level in ("city", "province")), "")


def _dev_zone_in(prefix: str, suffix: str, context: str) -> Zone:
    """`_dev_zone` as defined, the article's words read wherever they may matter."""
    zone_type, short = _SUFFIX_INFO[suffix]
    name = prefix + short
    named = _named_zone_of(name, context)
    if named is not None:
        return named
    known = _gazetteer_dev_zone(prefix, suffix)
    places = _park_places(prefix, context) if suffix in _PARK_SUFFIXES else _dev_zone_places(prefix, suffix)
    return _zone_at_place(name, zone_type, known or _disambiguate(places, context))


@lru_cache(maxsize=1 << 14)
def _fields_of_dev_zone_alone(prefix: str, suffix: str) -> tuple | None:
    """Zone's fields for `_dev_zone(prefix, suffix, context)` when no word of the article can
    change them (most zones: listed without needing context, known to the gazetteer, or at one
    place or none), found once per process; None where the article's words decide (a listed
    free-trade zone area, a prefix naming several places, a park located by the text)."""
    zone_type, short = _SUFFIX_INFO[suffix]
    named = named_zones().get(prefix + short)
    if named is not None:
        return None if named.needs_context else _fields(_zone_of_named(named))
    known = _gazetteer_dev_zone(prefix, suffix)
    # what _park_places returns too, when there are any (none for a side of a town: 城东工业园)
    places = [] if suffix in _PARK_SUFFIXES and prefix in _SIDES_OF_A_TOWN \
        else _places_of_prefix(prefix) if suffix in _PARK_SUFFIXES else _dev_zone_places(prefix, suffix)
    if known is None and (len(places) > 1 or (not places and suffix in _PARK_SUFFIXES)):
        return None
    return _fields(_zone_at_place(prefix + short, zone_type, known or (places[0] if places else None)))


def _gazetteer_dev_zone(prefix: str, suffix: str) -> Place | None:
    """A zone that is itself a county-level unit (滨海新区) or has its own functional code."""
    itself = [p for p in load_gazetteer().lookup(prefix + suffix) if p.level == "area"]
    return _functional_zones().get(prefix + _SUFFIX_INFO[suffix][1]) or (itself[0] if len(itself) == 1 else None)


def _fields(zone: Zone) -> tuple:
    """What Zone(*fields) makes again: a zone with no alias yet."""
    return zone.zone_name, zone.zone_type, zone.province, zone.city, zone.district, zone.adcode


_GENERIC_DEV_SUFFIX = _RES["zone_suffixes"]["开发区"]["short"]
_ETDZ_SUFFIX = _RES["zone_suffixes"]["经济技术开发区"]["short"]
_ETDZ_FULL_SUFFIX = "经济技术开发区"  # the written suffix whose short form is _ETDZ_SUFFIX


def _listed_apart(short: str, longer: str) -> bool:
    """Both names are listed zones of their own in named_zones.csv (天府新区, 眉山天府新区): the
    longer one is no city's way of writing the shorter."""
    listed = named_zones()
    return short in listed and longer in listed and listed[short].name != listed[longer].name


# The short forms of the suffixes of zones typed other that are no parks (综合保税区, 保税区,
# 出口加工区, 航空港区 …): zones with committees of their own, written with and without their city.
_COMMITTEE_OTHER_SHORTS = tuple(sorted({short for suffix, (zone_type, short) in _SUFFIX_INFO.items()
                                        if zone_type == "other" and suffix not in _PARK_SUFFIXES}))


def _written_with_its_place(az: ArticleZones, longer: str, short: str, written: str | None = None) -> bool:
    """Whether `longer` is `short` written after the place that holds it (东莞松山湖高新区) or
    after the two countries that co-built it (中新苏滁高新区: country_pair_openers): a
    city's or province's stem heads it, or a county's (江阴临港经开区) when the short name as
    written (`written`, else `short`) names no place of its own (临港开发区 is located nowhere:
    it is the county's zone, not a zone of another place of that name)."""
    head = longer[: len(longer) - len(short)]
    if head in _COUNTRY_PAIR_OPENERS:
        return True  # 中新苏滁高新区 beside 苏滁高新区: the pair of countries opens the name as written
    stem = _stem_at(head)
    if stem is None:
        return False
    if stem[1] == "high":
        return True
    own = az.zones.get(written or short)
    return own is not None and own.province is None


def _fold_short_names(az: ArticleZones) -> None:
    """松山湖高新区 beside 东莞松山湖高新区: the same zone written without its city; so are the
    zones of type other run by their own committees (西永综合保税区 beside 重庆西永综合保税区), not
    parks (a park's short name is often every town's: 城东工业园)."""
    dev = [k for k, z in az.zones.items() if z.zone_type in _DEV_TYPES
           or (z.zone_type == "other" and k.endswith(_COMMITTEE_OTHER_SHORTS))]
    for short in dev:
        longer = [k for k in dev if k != short and k.endswith(short) and _written_with_its_place(az, k, short)]
        if len(longer) == 1 and short in az.zones and not _listed_apart(short, longer[0]):
            az.fold_alias(short, longer[0])
    # 廊坊开发区 beside 廊坊经开区 (廊坊经济技术开发区): 开发区 is that zone's everyday name; so is
    # 江宁开发区 beside 南京江宁经开区, the formal name written with its city.
    for key in [k for k in az.zones if k.endswith(_GENERIC_DEV_SUFFIX) and not k.endswith(_ETDZ_SUFFIX)]:
        formal = key[: -len(_GENERIC_DEV_SUFFIX)] + _ETDZ_SUFFIX
        if formal not in az.zones:
            with_city = [k for k in az.zones if k.endswith(formal) and k != formal
                         and _written_with_its_place(az, k, formal, key)]
            formal = with_city[0] if len(with_city) == 1 else formal
        if formal in az.zones and key in az.zones and az.zones[formal].zone_type == az.zones[key].zone_type:
            az.fold_alias(key, formal)


def _the_article_division(az: ArticleZones) -> Zone | None:
    """The one division the article names (江阴市, or 江阴市 with its prefecture 无锡市), the
    county when a county and its own prefecture are named; None when it names none, or
    several counties or prefectures apart (its places are then no single home)."""
    divisions = [z for z in az.zones.values() if z.province and z.admin_level in ("prefecture", "county")]
    if not divisions:
        return _county_of_the_zones(az)
    counties = [z for z in divisions if z.admin_level == "county"]  # former ones too (海门市): places apart
    prefectures = [z for z in divisions if z.admin_level == "prefecture"]
    if len(counties) == 1:
        home = counties[0] if all(p.city == counties[0].city for p in prefectures) else None
    else:
        home = prefectures[0] if not counties and len(prefectures) == 1 else None
    return home if home is not None and home.adcode else None


def _county_of_the_zones(az: ArticleZones) -> Zone | None:
    """The county holding every located zone of an article that names no division (江阴高新区 and
    临港开发区: 江阴市), None when they lie apart or in no one county."""
    located = [z for z in az.zones.values() if z.province]
    districts = {z.district for z in located}
    if not located or len(districts) != 1 or None in districts:
        return None
    county = resolve_admin(next(iter(districts)), az.text)
    return county if county.admin_level == "county" and county.adcode else None


def _known_zone_of_division(division: Zone, short: str) -> str | None:
    """The name of the gazetteer's zone of `division` written `short` without its place (威海临港经开区
    for 临港经开区 in an article about 威海市): the division's or its prefecture's stem before it."""
    stems = [_place_stem(division.zone_name)]
    if division.city and division.city != division.zone_name:
        stems.append(_place_stem(division.city))
    return next((s + short for s in stems if s and s + short in _functional_zones()), None)


def _place_stem(name: str) -> str:
    places = load_gazetteer().lookup(name)
    return places[0].stem if places else ""


def _place_zones_in_the_article_division(az: ArticleZones) -> None:
    """临港开发区, 服装城开发区 in an article about 江阴市 or 常熟市: a development zone whose name
    holds no place of its own is written short, without the place of the article, which names
    one division only. It is that division's zone the gazetteer knows under the stem (威海临港经开区
    in an article about 威海市), else it keeps its name, located in the division (SPEC §5:
    province and city from the gazetteer). Not in an article naming several places apart."""
    unplaced = [k for k, z in az.zones.items() if z.zone_type in _DEV_TYPES and z.province is None]
    division = _the_article_division(az) if unplaced else None
    if division is None:
        return
    for key in unplaced:
        known = _known_zone_of_division(division, key)
        if known is not None:
            zone = _zone_at_place(known, az.zones[key].zone_type, _functional_zones()[known])
            az.fold_alias(key, az.add_zone(zone, known))
            continue
        zone = az.zones[key]
        zone.province, zone.city, zone.district, zone.adcode = division.province, division.city, division.district, division.adcode


_CITY_STEMLESS_MIN = _RES["city_stemless_min_chars"]


@lru_cache(maxsize=1)
def _city_stemless_names() -> dict[str, NamedZone]:
    """The words of listed zones named after their city's stem (航天基地 of 西安航天基地), without the
    stem (zones.json _city_stemless_names), to the zone."""
    out: dict[str, NamedZone] = {}
    for written, named in named_zones().items():
        place = named.place
        if written != named.name or named.needs_context or place is None or not place.city:
            continue
        stem = _place_stem(place.city)
        rest = written[len(stem):] if stem and written.startswith(stem) else ""
        if len(rest) >= _CITY_STEMLESS_MIN and not rest.endswith("区") and rest not in named_zones():
            out[rest] = named
    return out


def _city_stemless_mentions(az: ArticleZones, text: str) -> None:
    """航天基地 in a 西安 roundup: a listed zone written without its city's stem, in an article naming
    that city and no other prefecture-level city (zones.json _city_stemless_names), is a mention of it."""
    hits = [(rest, named) for rest, named in _city_stemless_names().items() if rest in text]  # a few names
    if not hits:
        return
    cities = {z.zone_name for z in az.zones.values() if z.admin_level == "prefecture"}
    for rest, named in hits:
        if cities != {named.place.city}:
            continue  # no city, or several: whose base it is the article does not say
        pos = 0
        while (pos := text.find(rest, pos)) >= 0:
            end = pos + len(rest)
            if not any(m.start < end and pos < m.end for m in az.mentions):
                az.mentions.append(_new_tuple(ZoneMention, (pos, end, az.add_zone(_zone_of_named(named), rest))))
            pos = end


def _runs_into_firm_name(text: str, end: int) -> bool:
    """Whether the words after a name ending at `end` run on into the firm's name that holds it
    (泰达 + 投资控股有限公司), as `_is_firm_named_after_zone` reads a suffixed zone's; not across the
    zone's own ground or its firms (光谷辖区内武汉华星光电技术有限公司, 光谷重点企业…有限公司: the
    zone, then a firm of it)."""
    after = text[end:end + 20]
    company = _COMPANY_AFTER.match(after)
    return company is not None and _is_firm_named_after_zone(after) \
        and not any(word in company.group() for word in _FIRMS_OF_ZONE_WORDS)


_FIRMS_OF_ZONE_WORDS = tuple(_RES["firms_of_zone_words"])


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies within one of `spans` (sorted, disjoint)."""
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _overlaps(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> tuple[int, int] | None:
    """The span of `spans` (sorted, non-overlapping) that overlaps [start, end), if any."""
    i = bisect.bisect_right(starts, start) - 1
    for j in (i, i + 1):
        if 0 <= j < len(spans) and spans[j][0] < end and start < spans[j][1]:
            return spans[j]
    return None


def _admin_spans_outside_zones(text: str, zone_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The administrative names of `text` (`find_admin_names`) outside the zone names at
    `zone_spans` (sorted), but one closing a zone's name in brackets (杭州高新区(滨江区)).

    `_overlaps` inlined: the names come in order, so the zone span starting last at or before
    each is found by one bisection from where the name before left off, and of the two spans
    `_overlaps` tries the first holds the name's start or the next starts before its end
    (`_admin_spans_outside_zones_by_definition` asks `_overlaps` for each name)."""
    names = find_admin_names(text)
    if not zone_spans:
        return names
    starts = [start for start, _ in zone_spans]
    kept, after, last = [], 0, len(zone_spans) - 1
    for start, end in names:
        after = bisect.bisect_right(starts, start, after)  # zone spans starting at or before the name
        if after and zone_spans[after - 1][1] > start:
            inside = zone_spans[after - 1]
        elif after <= last and zone_spans[after][0] < end:
            inside = zone_spans[after]
        else:
            kept.append((start, end))
            continue
        if inside[1] == end and text[start - 1:start] == "(":
            kept.append((start, end))
    return kept


def _admin_spans_outside_zones_by_definition(text: str, zone_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`_admin_spans_outside_zones` as it was written in find_zones: `_overlaps` asked per name (for tests)."""
    starts = [start for start, _ in zone_spans]
    kept = []
    for start, end in find_admin_names(text):
        inside = _overlaps(zone_spans, starts, start, end) if zone_spans else None
        if inside and not (inside[1] == end and text[start - 1:start] == "("):
            continue
        kept.append((start, end))
    return kept


@lru_cache(maxsize=1)
def _shi_district_tails() -> frozenset[str]:
    """中区, 南区, 北区: the rest of the district names that open with 市 (市中区, 市南区, 市北区)."""
    return frozenset(p.name[1:] for p in load_gazetteer().places
                     if p.level == "area" and p.name.startswith("市") and len(p.name) == 3)


_DIVISION_BEFORE_ITS_CITY = pattern_cache.re_compile(f"(?:{_RES['division_before_its_city']['pattern']})\\Z")
_DIVISION_REACH = 5  # 第十四师: the longest division name


@lru_cache(maxsize=1)
def _cities_run_with_a_division() -> frozenset[str]:
    """石河子市, 铁门关市 …: the cities the Corps runs as one with a division (zones.json)."""
    code = _RES["division_before_its_city"]["city_code"]
    return frozenset(p.name for p in load_gazetteer().places if p.level == "area" and p.code.startswith(code))


def _cities_written_with_their_division(text: str, spans: list[tuple[int, int]]) -> dict[int, tuple[int, Place]]:
    """第八师石河子市, 第二师铁门关市: a Corps city written after the division it is run as one
    with, one name of one zone. By the city's start: (the division's start, the city's place)."""
    found = {}
    for start, end in spans:
        if text[end - 1:end] != "市" or text[start:end] not in _cities_run_with_a_division():
            continue
        division = _DIVISION_BEFORE_ITS_CITY.search(text, max(0, start - _DIVISION_REACH), start)
        if division is not None:
            found[start] = (division.start(), load_gazetteer().lookup(text[start:end])[0])
    return found


def _districts_sharing_the_city_shi(text: str, spans: list[tuple[int, int]]) -> dict[int, tuple[int, Place]]:
    """青岛市南区 (青岛市市南区), 枣庄市中区: a city's name whose 市 also opens the name of one of its
    districts (市南区, 市中区), written once for both. By the city's start: (the district's end,
    the district's place). The district is the jurisdiction the text names."""
    found = {}
    for start, end in spans:
        if text[end - 1:end] != "市" or text[end:end + 2] not in _shi_district_tails() or text[end + 2:end + 3] == "域":
            continue
        city = text[start:end]
        places = [p for p in load_gazetteer().lookup("市" + text[end:end + 2]) if p.level == "area" and p.city == city]
        if len(places) == 1:
            found[start] = (end + 2, places[0])
    return found


@lru_cache(maxsize=1)
def _generic_districts() -> dict[str, tuple[tuple[str, str, Place], ...]]:
    """The districts whose names are generic words (新城区 of 西安 and 呼和浩特, 城区 of 阳泉, 郊区 of
    铜陵, 老城区 of 洛阳; zones.json generic_area_names), by name: (their city's full name, its
    stem, the district) each."""
    out: dict[str, list] = {}
    for place in load_gazetteer().places:
        if place.level == "area" and place.name in _GENERIC and place.city and not place.is_functional_zone:
            cities = [c for c in load_gazetteer().lookup(place.city) if c.level == "city"]
            stem = cities[0].stem if cities else place.city.removesuffix("市")
            out.setdefault(place.name, []).append((place.city, stem, place))
    return {name: tuple(found) for name, found in out.items()}


@lru_cache(maxsize=1)
def _generic_district_scanner():
    return literal_scanner(tuple(sorted(_generic_districts(), key=len, reverse=True)))


def _generic_districts_after_their_city(text: str, taken: list[tuple[int, int]]) -> dict[int, tuple[int, Place]]:
    """西安市新城区, 西安新城区, 阳泉市郊区: a district whose name is a generic word (a new town, the
    suburbs), which names it only right after its city's name or stem; outside the spans `taken`
    (sorted). By the district's start: (its end, its place)."""
    found: dict[int, tuple[int, Place]] = {}
    found_by_end: dict[int, Place] = {}  # a listed member finds the one before it at once
    listed = _ListedCities(text, taken)
    districts = _generic_districts()
    starts = [a for a, _ in taken]
    for m in _generic_district_scanner().finditer(text):
        homes = districts.get(m.group(), ())
        place = next((place for city, stem, place in homes if text.endswith(city, 0, m.start())
                      or (len(stem) >= 2 and text.endswith(stem, 0, m.start()))), None)
        if place is None and m.start() > 0 and text[m.start() - 1] in _LIST_JOINER_CHARS:
            # 阳泉市城区、矿区、郊区: a member listed after a district of its city found so
            before = found_by_end.get(m.start() - 1)
            place = next((p for _, _, p in homes if before is not None and p.city == before.city), None)
        if place is None:
            # 东区、西区、仁和区…分别为: listed with a division of the city that has a district so named
            cities = listed.of(m.start(), m.end())
            place = next((p for _, _, p in homes if p.city in cities), None)
        if place is None and len(m.group()) >= _GENERIC_SUBJECT_MIN and _opens_clause(text, m.start()):
            # 碑林区…。新城区为商户减免租金…: a district's generic name opening its clause in an
            # article that names its city, one city only
            named = [place for city, stem, place in homes if city in text or (len(stem) >= 2 and stem in text)]
            place = named[0] if len(named) == 1 else None
        if place is not None and not (taken and _overlaps(taken, starts, m.start(), m.end())):
            found[m.start()] = (m.end(), place)
            found_by_end[m.end()] = place
    return found


class _ListedCities:
    """The cities of the districts and counties that are members, in the spans `taken`, of the list
    of places text[start:end] is one of (东区、西区、仁和区…分别为: 攀枝花市): a generic district's
    name (东区, 城区) listed among a city's divisions is that city's, as the district found after its
    city is. Other generic names may sit between (西区); a list of generic names alone (园区东区、西区:
    the halves of a park) names no city.
    Each member of a 、-joined run asks for the same list: what lies before and after each joiner
    is worked out once per text, so a run of n names costs n walks' steps, not n² (6,000 东区、西区
    took seconds)."""

    def __init__(self, text: str, taken: list[tuple[int, int]]):
        self.text = text
        self.ends, self.starts = {b: a for a, b in taken}, dict(taken)
        self.before: dict[int, frozenset[str]] = {}  # by a member's start: the cities listed before it
        self.after: dict[int, frozenset[str]] = {}  # by a member's end: the cities listed after it

    def of(self, start: int, end: int) -> frozenset[str]:
        return self._walk(start, before=True) | self._walk(end, before=False)

    def _walk(self, pos: int, before: bool) -> frozenset[str]:
        """The cities of the members listed before (or after) `pos`, up to the list's first (or
        last) member; each position walked past keeps its own answer."""
        memo = self.before if before else self.after
        path = []
        while pos not in memo:
            member = self._next_member(pos, before)
            if member is None:
                memo[pos] = frozenset()
                break
            path.append((pos, member))
            pos = member[0] if before else member[1]
        cities = memo[pos]
        for at, member in reversed(path):
            named = self._cities_of(*member)
            cities = memo[at] = cities if named <= cities else cities | named
        return cities

    def _next_member(self, pos: int, before: bool) -> tuple[int, int] | None:
        """The member joined by a list mark right before (or after) `pos`; None for none."""
        text = self.text
        if before:
            return _listed_member(text, pos - 1, self.ends, before=True) \
                if pos > 1 and text[pos - 1] in _LIST_JOINER_CHARS else None
        return _listed_member(text, pos + 1, self.starts, before=False) \
            if text[pos:pos + 1] and text[pos] in _LIST_JOINER_CHARS else None

    def _cities_of(self, start: int, end: int) -> frozenset[str]:
        name = self.text[start:end]
        if name in _GENERIC:
            return frozenset()
        return frozenset(p.city for p in load_gazetteer().lookup(name) if p.level == "area" and p.city)


def _listed_member(text: str, pos: int, spans: dict[int, int], before: bool) -> tuple[int, int] | None:
    """The list member (start, end) ending (`before`) or starting at `pos`: a span of `spans` (by
    end or by start) or a generic district's name; None for none."""
    if pos in spans:
        return (spans[pos], pos) if before else (pos, spans[pos])
    for name in _generic_districts():
        if text.endswith(name, 0, pos) if before else text.startswith(name, pos):
            return (pos - len(name), pos) if before else (pos, pos + len(name))
    return None


_GENERIC_SUBJECT_MIN = 3  # 新城区, 老城区: not 城区, 郊区, 东区 (the town centre, the suburbs of any city)
_CLAUSE_OPENING_BEFORE = frozenset("\n。！？!?；;，,：:、【[（(")


def _opens_clause(text: str, pos: int) -> bool:
    """Whether `pos` opens a clause, a line or a list item (nothing but a mark before it)."""
    return pos == 0 or text[pos - 1] in _CLAUSE_OPENING_BEFORE


def _cities_named(names) -> frozenset[str]:
    """Cities of the districts and counties an article names that only one city has."""
    return frozenset(city for city in map(_only_city_of, set(names)) if city)


@lru_cache(maxsize=None)  # bounded by the gazetteer's names: only division names come here
def _only_city_of(name: str) -> str | None:
    """The city of the district or county `name` when only one city has one so named."""
    name = _autonomous_short_names().get(name, name)
    places = [p for p in load_gazetteer().lookup(name) if p.level == "area"]
    return places[0].city if len(places) == 1 else None


def _runs_as_one(zone: Zone, division: Zone) -> bool:
    """Whether a district written right after a high-tech or development zone is the same
    administration (无锡高新区新吴区, 广州开发区黄埔区): a county-level division of the zone's city.
    Not a new area's (南京江北新区浦口区): a new area spans districts, one is only a part of it."""
    return zone.zone_type in _JOINT_TYPES and division.admin_level == "county" \
        and division.zone_type == "district" and zone.city is not None and zone.city == division.city


_JOINT_TYPES = frozenset({"high_tech_zone", "economic_development_zone"})
_JOINT_MARKS = frozenset(_RES["joint_marks"])


def _glosses(division: Zone, zone: Zone) -> bool:
    """Whether a zone bracketed right after a district or county of its city (北仑区(宁波开发区),
    黄岛区(青岛西海岸新区)) names the same administration: the writer equates the two."""
    return division.admin_level == "county" and zone.zone_type in _DEV_TYPES \
        and zone.city is not None and zone.city == division.city


def _area_glosses(division: Zone, area: Zone) -> bool:
    """Whether a free-trade area bracketed right after a district or county (南沙区(南沙自贸片区),
    南山区(前海蛇口自贸片区)) lies in it: the area's own district is that division. Not an area
    of a whole city (湖里区(厦门自贸片区): 厦门片区 spans 湖里 and 海沧), which the district is
    only a part of. A district the gazetteer could not place alone (南山区: 深圳's or 鹤岗's) is
    placed by the area that names it as its district."""
    if division.admin_level != "county" or area.zone_type != "free_trade_zone" or area.district != division.zone_name:
        return False
    if division.province is None:
        division.province, division.city, division.adcode = area.province, area.city, area.adcode
        division.district = division.zone_name
    return True


def _locate_in(zone: Zone, division: Zone) -> None:
    """东莞市松山湖高新区: a city or province written right before a zone holds it; it locates a
    zone the gazetteer does not (the two stay two zones, the division no alias of the zone),
    and one the gazetteer put elsewhere by a district's stem that another city has too
    (岳阳市南湖新区: not 嘉兴's 南湖区). The text's own division wins over a stem's guess."""
    if division.province is None:
        return
    elsewhere = zone.province is not None and (
        zone.province != division.province
        or (division.admin_level == "prefecture" and zone.city != division.city))
    if zone.province is None or elsewhere:
        zone.province, zone.city = division.province, division.city
    if elsewhere:
        zone.district, zone.adcode = None, None  # the stem's district, in another place


def _placed_elsewhere(zone: Zone, division: Zone) -> bool:
    """Whether the gazetteer put `zone` in another province or city than `division`'s."""
    return zone.province is not None and division.province is not None and (
        zone.province != division.province
        or (zone.city is not None and division.city is not None and zone.city != division.city))


def _locate_in_division(zone: Zone, division: Zone) -> None:
    """Place `zone` inside the county-level `division` written right before its name."""
    zone.province, zone.city, zone.district, zone.adcode = division.province, division.city, division.zone_name, division.adcode


def _zone_its_stem_names(az: ArticleZones, stem: str, division: str, text: str, cities: frozenset[str]) -> str | None:
    """The key of the development zone the article names whose name opens with `stem` (东湖 of
    东湖高新区), when the division of that stem (东湖区) lies in another city: written alone, the
    stem is the zone's short name. None when no such zone is named or the division is the zone's
    own place (宁乡 of 宁乡经开区 in 宁乡市)."""
    keys = [k for k, z in az.zones.items() if z.zone_type in _DEV_TYPES and z.zone_name.startswith(stem)]
    if len(keys) != 1:
        return None
    zone, place = az.zones[keys[0]], resolve_admin(division, text, cities=cities)
    return keys[0] if zone.city is not None and place.city is not None and zone.city != place.city else None


def _park_inside_zone(park: Zone, host: Zone) -> bool:
    """Whether a park with a name of its own, written right after the name of `host` with nothing
    between (天水经开区社棠工业园, 德阳高新区永兴工业园), is a part of that zone: no jurisdiction of
    its own, so the zone's mention stands for it and its figures are the zone's (SPEC §5), as for
    a bare park word there (`_park_of_zone_before`) or a park after a division written in full
    (射阳县海洋装备产业园). Not a park the gazetteer holds with a code of its own (a registered
    zone), nor one named after a prefecture-level city (苏州工业园区宿迁工业园: a cooperation park
    built in that city), nor a park after a new area that is a district itself (浦东新区张江科学城:
    the park is the more specific place, as after a district's name)."""
    if host.admin_level is not None:
        return False
    own = load_gazetteer().at(park.adcode) if park.adcode else None
    return own is None or not (own.is_functional_zone or own.level == "city")


# A value 分别 pairs with a place listed before it (zones.json park_listed_value).
_PARK_LISTED_VALUE = compiled(_RES["park_listed_value"])
_CLAUSE_END_MARK = pattern_cache.re_compile(r"[，,。；;！？!?\n]")


def _park_listed_apart(text: str, park_end: int, listed: int) -> bool:
    """Whether a park written right after a zone's name is a place of its own listed with it, no
    part of it (宁国经开区港口生态工业园区…分别达到85%和78%: a transcript's two spoken names whose
    space cleaning took out): a word of respectively later in the park's clause, no other list
    between (复工率和达产率分别…: the rates'), pairs as many values as the `listed` places written
    up to the park, one each (zones.json park_listed_value)."""
    mark = _CLAUSE_END_MARK.search(text, park_end)
    end = mark.start() if mark else len(text)
    at = find_respectively(text, park_end, end)
    if at < 0 or any(char in _LIST_JOINERS for char in text[park_end:at]):
        return False
    return sum(1 for _ in _PARK_LISTED_VALUE.finditer(text, at, end)) == listed


def _names_run_up_to(text: str, spans: list[tuple[int, int]]) -> int:
    """How many zones' names run up to the last of `spans`, each written right after the one
    before it or after a list joiner only (甲经开区、乙高新区: 2)."""
    count = 1
    for i in range(len(spans) - 1, 0, -1):
        if text[spans[i - 1][1]:spans[i][0]].strip(_LIST_JOINER_CHARS):
            break
        count += 1
    return count


# 晋江经开区五里园、安东园: short names of a zone's parks (one to three Han characters and the
# park word 园) listed right after the zone's name (zones.json short_park_list).
_SHORT_PARK_NAME = rf"[\p{{Han}}]{{1,3}}?{_RES['short_park_list']['ending']}"
_SHORT_PARK_LIST = pattern_cache.regex_compile(
    rf"(?P<first>{_SHORT_PARK_NAME})(?:[{re.escape(_RES['short_park_list']['joiners'])}]{_SHORT_PARK_NAME})+"
    rf"(?!{alternation(_RES['short_park_list']['not_before'])})")
_SHORT_PARK_ONE = pattern_cache.regex_compile(_SHORT_PARK_NAME)


def _add_short_parks_listed_after_zones(az: ArticleZones, text: str, dev_spans: list, dev_key_at: dict) -> None:
    """晋江经开区五里园、安东园复工率均达到100%: two or more short park names listed right after a
    zone's name are parks of that zone, each a zone of its own located in it (one row each for a
    value they share, SPEC §4); a single park after a zone is left to the zone (天水经开区社棠工业园)."""
    for start, end in list(dev_spans):
        if start not in dev_key_at or not _is_han(text[end:end + 1]):
            continue
        m = _SHORT_PARK_LIST.match(text, end, end + 40, timeout=REGEX_TIMEOUT)
        if m is None:
            continue
        host = az.zones[dev_key_at[start]]
        parks = list(_SHORT_PARK_ONE.finditer(m[0]))
        if any(park[0].endswith(tuple(_PARK_SUFFIXES)) or any(ch in _STOP_CHARS for ch in park[0]) for park in parks):
            continue  # 产业园、科技园: kinds of park, no names; the next zone's list is looked at still
        for park in parks:
            zone = Zone(park[0], "other")
            _locate_in_host(zone, host)
            key = az.add_zone(zone, park[0])
            a = end + park.start()
            az.mentions.append(_new_tuple(ZoneMention, (a, a + len(park[0]), key)))
            dev_spans.append((a, a + len(park[0])))


def _locate_in_host(park: Zone, host: Zone) -> None:
    """The park takes the place of the zone it is written after (绵阳高新区永兴工业园: in 绵阳, not in
    郴州's 永兴县, a town's name being a county's elsewhere), when that zone is located; a park the
    gazetteer holds with a code keeps it, and so does one named after a prefecture-level city
    (苏州工业园区宿迁工业园: a cooperation park of 宿迁)."""
    own = load_gazetteer().at(park.adcode) if park.adcode else None
    if host.province is None or (own is not None and (own.is_functional_zone or own.level == "city")):
        return  # 苏州工业园区宿迁工业园: a park named after a city is that city's (a cooperation park)
    park.province, park.city, park.district, park.adcode = host.province, host.city, host.district, host.adcode


def _locate_in_county(zone: Zone, written: str, context: str) -> None:
    """定远县经济开发区, 和平县经济开发区: a county-level division written in full as the zone's
    name holds it. It locates a zone its stem alone does not (和平 is also two cities'
    districts) or only to the city (朝阳县 under 朝阳市); a zone with its own code keeps it."""
    name = next((written[-k:] for k in range(min(7, len(written)), 1, -1) if written[-k:] in _admin_names()[0]), None)
    if name is None or zone.district is not None:
        return
    division = resolve_admin(name, context)
    if division.admin_level != "county" or division.province is None:
        return
    own = load_gazetteer().at(zone.adcode) if zone.adcode else None
    if own is not None and own.is_functional_zone:
        return
    zone.province, zone.city, zone.district, zone.adcode = division.province, division.city, division.zone_name, division.adcode


_LEVEL_ZONE_WORDS = frozenset(_RES["level_zone_words"])


def _level_zone_word_mentions(az: ArticleZones, text: str, level_words: list[tuple[int, int, str]],
                              dev_zones: dict[tuple[str, str], Zone]) -> None:
    """龙游“十八条”助企复工 县经济开发区… / 龙游经济开发区…复工率85.1%: a zone word after a county's
    level character alone is that county's zone when the article names it (zones.json
    _level_zone_words), the zone its full name and the suffix name (龙游县经济开发区, 龙游经开区),
    not a reference to the current zone, the county itself."""
    for start, end, suffix in level_words:
        county = _county_the_level_stands_for(az, start, text[start])
        if county is None:
            continue
        prefix, canonical = _prefix_written(county.zone_name, True, suffix)
        if prefix is None:
            continue  # 县工业园区: the county's name before a park's word is the county itself
        zone = dev_zones.get((canonical, suffix)) or _dev_zone(canonical, suffix, text)
        if zone.zone_name not in az.zones:
            continue  # 海盐县…县经开区 with no 海盐经开区 named: the county's own, the county itself
        key = az.add_zone(zone, county.zone_name + text[start + 1:end])
        az.mentions.append(_new_tuple(ZoneMention, (start, end, key)))
        az.references = [r for r in az.references if not (start < r.end and r.start < end)]


def _county_the_level_stands_for(az: ArticleZones, pos: int, level: str) -> Zone | None:
    """The county of level `level` (县, 旗) named last before `pos`, or else the one such county
    the article names; None when it names none or several, none before `pos`."""
    counties = [(m.start, m.key) for m in az.mentions
                if az.zones[m.key].admin_level == "county" and az.zones[m.key].zone_name.endswith(level)]
    before = [(start, key) for start, key in counties if start < pos]
    if before:
        return az.zones[max(before)[1]]
    keys = {key for _, key in counties}
    return az.zones[keys.pop()] if len(keys) == 1 else None


def _zone_words_glossing_divisions(az: ArticleZones, text: str, admin_ending_at: dict[int, tuple[int, str]]) -> None:
    """大渡口区(经开区), 滨江区（高新区）: a bare zone word in brackets right after a district or
    county is the zone that division runs as one administration (a joint administration, SPEC
    §5, written district first): the word is a mention of the division, the whole one of its
    aliases, and no reference to a zone the text does not name."""
    kept = []
    for ref in az.references:
        start, key = admin_ending_at.get(ref.start - 1, (None, None))
        if ref.kind == "current" and key is not None and text[ref.start - 1] in "(（" \
                and text[ref.end:ref.end + 1] in (")", "）") and az.zones[key].admin_level == "county":
            az.mentions.append(ZoneMention(ref.start, ref.end, key))
            az.zones[key].aliases.add(text[start:ref.end + 1])
        else:
            kept.append(ref)
    az.references = kept


def _divisions_glossing_zone_words(az: ArticleZones, text: str, admin_ending_at: dict[int, tuple[int, str]],
                                   dev_key_ending_at: dict[int, str], joints: dict[tuple[str, str], None]) -> None:
    """新区（黄岛区）, 开发区（黄埔区）: a district bracketed alone right after a bare zone word is
    the other name of the zone the word refers back to (the last zone of that type written
    before it, 青岛西海岸新区, 广州开发区), as it is after the zone's full name (青岛西海岸新区（黄岛区）):
    one administration (SPEC §5), so the district joins that zone's names (`joints`), not a
    zone apart. Only when the district lies in that zone's city (`_glosses`)."""
    admin_starting_at = {start: (end, key) for end, (start, key) in admin_ending_at.items()}
    for ref in az.references:
        zone_type = _SUFFIX_INFO.get(text[ref.start:ref.end], (None,))[0]
        if ref.kind != "current" or zone_type is None or text[ref.end:ref.end + 1] not in ("(", "（"):
            continue
        division_end, division_key = admin_starting_at.get(ref.end + 1, (None, None))
        if division_key is None or text[division_end:division_end + 1] not in (")", "）"):
            continue
        before = [end for end in dev_key_ending_at if end <= ref.start]
        if not before:
            continue
        zone_key = dev_key_ending_at[max(before)]
        zone, division = az.zones[zone_key], az.zones[division_key]
        if zone.zone_type == zone_type and _glosses(division, zone):
            joints[(text[ref.end + 1:division_end], zone_key)] = None


_SUB_AREA_GLOSS_ENDINGS = tuple(_RES["sub_area_gloss_endings"])
_SUB_AREA_GLOSS_MIN_NAME = _RES["sub_area_gloss_min_name"]
_SUB_AREA_GLOSS_MAX_CHARS = _RES["sub_area_gloss_max_chars"]


def _names_a_sub_area(alias: str) -> bool:
    """长春空港经济开发区(空港片区): a gloss ending in a word of a zone's part (zones.json
    sub_area_gloss_endings) names the zone as a place, whatever its name part (空港 is a common
    word), when a name of its own stands before the ending (not 东片区)."""
    ending = next((e for e in _SUB_AREA_GLOSS_ENDINGS if alias.endswith(e)), None)
    return ending is not None and len(alias) <= _SUB_AREA_GLOSS_MAX_CHARS \
        and len(alias) - len(ending) >= _SUB_AREA_GLOSS_MIN_NAME and all(map(_is_han, alias))


def _bracketed_name_mentions(text: str, names: list[tuple[str, str, int]],
                             taken: list[tuple[int, int]]) -> list[ZoneMention]:
    """天津经济技术开发区(泰达)…泰达还推出: the short name a zone is glossed with in brackets,
    written alone anywhere in the article, is a mention of the zone: after the gloss, and before it
    too (a title written with the short name, 泰达规上企业复工率超九成, whose lead then glosses it:
    the gloss says what the name means in the whole article). Only a proper name (not 国家级,
    试行) of two to four characters, or the name of a part of the zone (空港片区, up to six),
    outside other names. One heading a company's name (泰达投资有限公司) is a mention still,
    which attribution gives the role `company`."""
    starts = [sp[0] for sp in taken]
    out = []
    for alias, key, _ in names:
        latin = alias.isascii()  # SIP of 苏州工业园区(SIP): a whole word of Latin letters, no dictionary's
        sub_area = not latin and _names_a_sub_area(alias)
        if not sub_area and not 2 <= len(alias) <= (6 if latin else 4):
            continue
        found = []
        at = text.find(alias)
        while at >= 0:
            end = at + len(alias)
            if not _overlaps(taken, starts, at, end) and not (
                    latin and (_ASCII_ALNUM.match(text[at - 1:at]) or _ASCII_ALNUM.match(text[end:end + 1]))):
                found.append(ZoneMention(at, end, key))
            at = text.find(alias, end)
        # Asked last: the dictionary's tags take a second to load, and most glosses are
        # divisions (乌鲁木齐高新区(新市区)), whose later mentions are taken already.
        if found and (latin or sub_area or _is_proper_name(alias)):
            out += found
    return out


def _bracket_list_end(text: str, end: int, dev_key_at: dict, dev_end_of: dict,
                      area_key_at: dict) -> tuple[int | None, list[str]]:
    """(where the bracket closes, the keys of the other zones listed in it) for a bracket whose
    first zone ends at `end` (宁波开发区) and which holds only zones and free-trade areas parted
    by 、 (南沙开发区、自贸区南沙片区); (None, []) for any other bracket."""
    others = []
    while text[end:end + 1] == _LIST_MARK:
        start = end + 1
        if start in dev_key_at:
            others.append(dev_key_at[start])
            end = dev_end_of[start]
        elif start in area_key_at:
            end, area = area_key_at[start]
            others.append(area)
        else:
            return None, []
    return (end, others) if text[end:end + 1] in (")", "）") else (None, [])


def _fold_joint(az: ArticleZones, alias: str, key: str) -> None:
    """Make `alias` (杭州高新区(滨江), 黄埔区广州开发区) one more name of zone `key`."""
    key = az.current_key(key)  # 长春新区（长春高新区）… 长春高新区(…): folded into the first before
    zone = az.zones[key]
    zone.aliases.add(alias)
    full = alias
    if not load_gazetteer().lookup(alias):  # a stem such as 滨江 -> 滨江区 of the zone's city
        hits = [p for p in load_gazetteer().lookup_stem(alias) if p.level == "area"]
        hits = [p for p in hits if p.city == zone.city] or hits
        if len(hits) == 1:
            full = hits[0].name
    if load_gazetteer().lookup(full):
        zone.district = zone.district or full
    if full in az.zones or full != alias:
        az.fold_alias(full, key)


_FTZ_AREA_RE = compiled(rf"(?:{alternation(_FTZ_SUFFIXES)})(?P<area>[\p{{Han}}]{{1,8}}?(?:新片区|片区))")
_FTZ_HOME_RE = compiled(r"中国[(（](?P<home>[\p{Han}]{2,8})[)）]\Z")


@lru_cache(maxsize=1)
def _ftz_area_names() -> tuple[dict[str, NamedZone], int]:
    """Listed free-trade zone areas under each written form, and the longest form."""
    areas = {k: z for k, z in named_zones().items() if k.endswith("片区")}
    return areas, max(len(k) for k in areas)


def _ftz_home(text: str, start: int) -> tuple[int, str] | None:
    """(start, province or city stem) of the home written before a free-trade zone's name:
    中国(广西)自由贸易试验区 -> 广西, 上海自贸区 -> 上海."""
    m = _FTZ_HOME_RE.search(text[max(0, start - 12):start])
    if m:
        home = canonical_prefix(m.group("home"))
        return (start - len(m.group()), home) if _stem_levels().get(home) == "high" else None
    for k in (3, 2):
        cand = text[max(0, start - k):start]
        if len(cand) == k and _stem_levels().get(canonical_prefix(cand)) == "high":
            return start - k, canonical_prefix(cand)
    return None


def _ftz_area_zone(area: str, home: str | None) -> Zone:
    """The zone of an area not listed in named_zones.csv: 钦州港片区 keeps its name and is located
    by the place heading it; an area without one (中心片区) is named with its zone's home."""
    head = _stem_at(area)
    if head:
        return _zone_at_place(area, "free_trade_zone", _disambiguate(_places_of_prefix(area[:head[0]]), ""))
    if home is None:
        return Zone(area, "free_trade_zone")
    places = _places_of_prefix(home)
    return _zone_at_place(home + "自贸区" + area, "free_trade_zone", places[0] if len(places) == 1 else None)


_FTZ_SHORT_INFIX, _FTZ_AREA_SUFFIX = _RES["ftz_area_short_infix"], _RES["ftz_area_suffix"]


def _ftz_area_written_short(text: str, pos: int) -> tuple[int, Zone] | None:
    """(start, zone) of an area written as its place and 自贸片区 (厦门自贸片区 -> 厦门片区,
    南沙自贸片区 -> 南沙片区), `pos` at its 片区: the place's stem, whole, heads it."""
    infix_start = pos - len(_FTZ_SHORT_INFIX)
    if infix_start < 2 or not text.startswith(_FTZ_SHORT_INFIX, infix_start):
        return None
    names, longest = _ftz_area_names()
    for length in range(min(longest, infix_start + len(_FTZ_AREA_SUFFIX)) - len(_FTZ_AREA_SUFFIX), 1, -1):
        named = names.get(text[infix_start - length:infix_start] + _FTZ_AREA_SUFFIX)
        if named is not None:  # 前海蛇口自贸片区: a listed area's own name, 前海蛇口片区 (not 蛇口's)
            return infix_start - length, _zone_of_named(named)
    for length in (4, 3, 2):
        stem = text[max(0, infix_start - length):infix_start]
        hit = _stem_at(stem) if len(stem) == length and _is_han(stem[0]) else None
        if hit and hit[0] == length and stem not in province_stems():  # 广东自贸片区: the province's areas
            area = stem + _FTZ_AREA_SUFFIX
            named = names.get(area)
            return infix_start - length, (_zone_of_named(named) if named else _ftz_area_zone(area, None))
    return None


# A count or 各 before 片区 (三大片区, 两个片区, 各片区): several areas of a free-trade zone, no name.
_COUNTED_AREAS = pattern_cache.re_compile(r"(?:[各多]|[一二三四五六七八九十两\d]+[大个]?)(?:新片区|片区)")


def find_ftz_areas(text: str) -> list[tuple[int, int, Zone]]:
    """Areas of free-trade zones (临港新片区, 中国(广西)自由贸易试验区钦州港片区) with their zones.

    Listed areas are looked up at each 片区 (a set lookup, as for division names); any other
    area counts only when written right after its free-trade zone's name. The span takes in
    the zone's name and home when they are written before the area: they name the same place.
    """
    pos = text.find("片区")
    if pos < 0:
        return []  # every area's name, listed or matched, ends in 片区: most texts hold none
    found: dict[int, tuple[int, Zone]] = {}
    names, longest = _ftz_area_names()
    spoken: list[bool] = []

    def context() -> bool:
        """Whether the text speaks of a free-trade zone: its words are looked for in the whole
        text only when a listed area needs it, and once."""
        if not spoken:
            spoken.append(_speaks_of_ftz(text))
        return spoken[0]
    while pos >= 0:
        end = pos + 2
        for length in range(min(longest, end), 2, -1):
            named = names.get(text[end - length:end])
            if named and (not named.needs_context or context()):
                found[end] = (end - length, _zone_of_named(named))
                break
        else:
            short = _ftz_area_written_short(text, pos)
            if short is not None:
                found[end] = short
        pos = text.find("片区", end)
    for m in _FTZ_AREA_RE.finditer(text, timeout=_T):
        home = _ftz_home(text, m.start())
        start = home[0] if home else m.start()
        area = m.group("area")
        if _COUNTED_AREAS.fullmatch(area):
            continue  # 河南自贸试验区三大片区, 各片区: the zone's areas, none of them by name
        named = names.get(area)
        zone = _zone_of_named(named) if named else _ftz_area_zone(area, home[1] if home else None)
        found[m.end()] = (min(start, found.get(m.end(), (start,))[0]), zone)
    return sorted((start, end, zone) for end, (start, zone) in found.items())


@lru_cache(maxsize=1)
def _names_without_suffix() -> dict[str, NamedZone]:
    """The written forms of listed zones that end in neither a zone suffix nor 片区 (杨凌示范区,
    前海深港现代服务业合作区), and all forms of a listed zone whose suffixed name the suffix scan
    misreads (长白山保护开发区: `_suffix_scan_misreads`): the suffix scan cannot find them, so they
    are scanned for as written, and a bare 示范区 or 合作区 (a label: 全国双创示范区) still names no zone."""
    listed = named_zones()
    unread = {zone.name for written, zone in listed.items() if _suffix_scan_misreads(written, zone)}
    names = {written: zone for written, zone in listed.items()
             if not written.endswith("片区") and (not written.endswith(tuple(_SUFFIX_INFO)) or zone.name in unread)}
    return names


def _suffix_scan_misreads(written: str, zone: NamedZone) -> bool:
    """Whether the suffix scan, reading the listed name `written` alone, finds no name or another
    one: the name opens with a known stem that names no zone on its own (长白 of 长白山保护开发区,
    a county's stem before a mountain's name). Such a zone, with all its written forms, is
    scanned for as written, as the names without a suffix are; the suffix scan then skips the
    span (吉林长白山保护开发区, the longest form, wins where it is written)."""
    m = _SUFFIX_AT_NAME_END.search(written)
    if m is None or zone.needs_context or written.endswith("片区"):
        return False
    stem = written[:m.start()]
    return len(stem) >= 2 and zone_prefix(stem, needs_known_place=True, whole_run=True) != stem


@lru_cache(maxsize=1)
def _names_without_suffix_by_tail() -> tuple[re.Pattern | None, dict[str, tuple[int, ...]]]:
    """A pattern finding the last character of each written name of `_names_without_suffix`
    where the character before it makes with it the two-character tail of one (示范区 of 杨凌示范区,
    not 开发区), and for each tail the lengths of the names ending in it, longest first: as for
    the administrative names (`_admin_name_tail`), a few positions per text to look names up at,
    where the names' prefix tree tried some seventy first characters at every Han character."""
    names = _names_without_suffix()
    before: dict[str, set[str]] = {}
    lengths: dict[str, set[int]] = {}
    for name in names:
        before.setdefault(name[-1], set()).add(name[-2])
        lengths.setdefault(name[-2:], set()).add(len(name))
    if not names:
        return None, {}
    tail = pattern_cache.re_compile("|".join(f"{re.escape(last)}(?<=[{''.join(re.escape(ch) for ch in sorted(firsts))}]{re.escape(last)})"
                                             for last, firsts in sorted(before.items())))
    return tail, {t: tuple(sorted(ls, reverse=True)) for t, ls in lengths.items()}


def _written_names_without_suffix(text: str) -> list[tuple[int, int]]:
    """Spans of the names of `_names_without_suffix`, leftmost first, the longest at a start, none
    overlapping the one before: what a scan by their alternation (or prefix tree) finds."""
    names = _names_without_suffix()
    tail, lengths_by_tail = _names_without_suffix_by_tail()
    if tail is None:
        return []
    found = []
    for last in tail.finditer(text):  # literals: linear, no timer (find_zones checks the budget)
        end = last.end()
        found += [(end - length, -end) for length in lengths_by_tail[text[end - 2:end]]
                  if length <= end and text[end - length:end] in names]
    found.sort()  # by start, the longest first
    spans: list[tuple[int, int]] = []
    for start, minus_end in found:
        if not spans or start >= spans[-1][1]:
            spans.append((start, -minus_end))
    return spans


_BARE_NICKNAME_MAX = _RES["bare_nickname_max_chars"]


def _is_bare_nickname(written: str) -> bool:
    """A listed zone's short nickname (前海, 光谷, 松山湖: zones.json _bare_nickname_max_chars), no
    name ending in a zone's word (汽开区)."""
    return len(written) <= _BARE_NICKNAME_MAX and not written.endswith("区")


def find_named_zones_without_suffix(text: str) -> list[tuple[int, int, Zone]]:
    """(start, end, zone) of each listed zone written by a name with no zone suffix."""
    names = _names_without_suffix()
    found = []
    for start, end in _written_names_without_suffix(text):
        named = names[text[start:end]]
        if _is_bare_nickname(text[start:end]) and not _stands_alone(text, start, start):
            continue  # 目前海产品: a word (目前) runs across 前海's start; 松山湖畔 may run on after its end
        if not named.needs_context or _speaks_of_ftz(text):
            found.append((start, end, _zone_of_named(named)))
    return found


# 整合组建衢州智造新城: a zone founded under a new name (zones.json founded_zone_verbs,
# founded_zone_endings), its name opening with a place's stem; not 新城区 nor 新城镇.
_FOUNDED_ZONE = pattern_cache.re_compile(
    "(?:" + "|".join(map(re.escape, sorted(_RES["founded_zone_verbs"], key=len, reverse=True))) + ")"
    + "([\u4e00-\u9fff]{4,8}?(?:" + "|".join(map(re.escape, _RES["founded_zone_endings"])) + "))"
    + f"(?![{re.escape(_RES['founded_zone_not_before'])}])")
_FOUNDED_ZONE_NOT_BEFORE = tuple(_RES["founded_zone_not_before"])  # 新城区, 新城镇: another name
# 智造新城高新片区: a founded zone's name heading the name of one of its parts.
_FOUNDED_ZONE_PART = pattern_cache.re_compile("[\u4e00-\u9fff]{0,4}?(?:" + "|".join(map(re.escape, _RES["founded_zone_part_endings"])) + ")")


def _founded_zone_spans(text: str) -> list[tuple[int, int, Zone]]:
    """(start, end, zone) of each mention of a zone the article says was founded under a new name
    (组建衢州智造新城): by that name, with or without its place (智造新城), wherever written."""
    if not _writes_any(_FOUNDED_ZONE_VERB_SCAN, text):
        return []
    found = []
    for m in _FOUNDED_ZONE.finditer(text):
        name = m.group(1)
        stem = _stem_at(name)
        if stem is None or len(name) - stem[0] < 4:
            continue  # a name with no place's stem before its own words: no zone found so
        places = _places_of_prefix(name[:stem[0]])
        zone = _zone_at_place(name, "other", _disambiguate(places, text))
        short, pos = name[stem[0]:], 0
        while (pos := text.find(short, pos)) >= 0:  # the name, with or without its place, anywhere (a title's too)
            end = pos + len(short)
            if not text.startswith(_FOUNDED_ZONE_NOT_BEFORE, end) and not _FOUNDED_ZONE_PART.match(text, end):
                found.append((pos - stem[0] if text.endswith(name, 0, end) else pos, end, zone))
            pos = end
    return sorted({(start, end): (start, end, zone) for start, end, zone in found}.values(), key=lambda z: (z[0], z[1]))


# 中德(沈阳)高端装备制造产业园, 中国—新加坡吉林食品区: a park co-built by China and a foreign
# country (zones.json _cooperation_parks): the pair, perhaps its host in brackets, its words, an ending.
_COOP_PAIR = (f"(?P<pair>{alternation(_RES['cooperation_park_pairs'])}"
              f"|中国[—\\-－](?P<country>{alternation(sorted(FOREIGN_PARK_NAMES))}))")
_COOP_PARK = pattern_cache.re_compile(
    _COOP_PAIR + f"(?:[（(](?P<host>[{HAN}]{{2,6}})[)）])?"
    + f"(?P<body>[{HAN}]{{0,{_RES['cooperation_park_body_max']}}}?)"
    + f"(?P<ending>{alternation(_RES['cooperation_park_endings'])})")
_COOP_PAIR_SCAN = literal_scanner(["中国", *_RES["cooperation_park_pairs"]])
_COOP_SHORT_TAILS = tuple(_RES["cooperation_park_short_tails"])


_DEV_SUFFIX_WORDS = tuple(sorted((w for w, (t, _) in _SUFFIX_INFO.items() if t in _DEV_TYPES and "?" not in w),
                                  key=len, reverse=True))


def _host_zone_written(text: str, host: str) -> bool:
    """Whether the article names a development zone of the bracketed host place (沈阳经开区 for
    中德（沈阳）产业园, 江门高新区): the park is then a park of that zone, lying in it as a foreign
    country's park does (attribution.json bracketed_park_name_before), no zone of its own."""
    pos = text.find(host)
    while pos >= 0:
        if text.startswith(_DEV_SUFFIX_WORDS, pos + len(host)):
            return True
        pos = text.find(host, pos + 1)
    return False


def _cooperation_park(m: re.Match, text: str) -> tuple[Zone, list[str]] | None:
    """The zone of a cooperation park's full name `m` and the short forms the article may write
    it by, or None: no host place written (中韩产业园 alone), words no name holds (中德两国合作区),
    or a name the suffix scan reads itself (中新天津生态城: no bracket, a zone suffix ending it)."""
    host, body, ending = m["host"], m["body"], m["ending"]
    if host is None and ending in _SUFFIX_INFO:
        return None
    if any(ch in _STOP_CHARS or ch in _INNER_STOP_CHARS for ch in body):
        return None
    place_words = host if host is not None else body
    hit = _stem_at(place_words)
    if hit is None or (host is not None and hit[0] != len(host)):
        return None  # where the park lies is not said: no zone (SPEC §5, never guess)
    place = _disambiguate(_places_of_prefix(place_words[:hit[0]]), text)
    if place is None or (host is not None and _host_zone_written(text, host)):
        return None  # 沈阳经开区…中德（沈阳）产业园: a park of the host's zone, which holds its figures
    pair = "中" + m["country"][0] if m["country"] else m["pair"]  # 中国—新加坡 is written short 中新
    own = body if host is not None else body[hit[0]:]  # the words without the host place
    shorts = [pair + ending, pair + own + ending] + [pair + t for t in _COOP_SHORT_TAILS if ending.endswith(t)]
    return _zone_at_place(m[0], "other", place), [s for s in dict.fromkeys(shorts) if s != m[0]]


def _names_a_park_short(m: re.Match) -> bool:
    """Whether `m` is a cooperation park's short form alone, the pair and an ending no zone suffix
    is (中新食品区, 中韩示范区: not 中韩产业园, which the suffix scan reads; not a listed name)."""
    return m["host"] is None and not m["body"] and not m["country"] and m["ending"] not in _SUFFIX_INFO \
        and m[0] not in named_zones()


def _place_cooperation_parks_in_the_county(az: ArticleZones, parks: list[Zone]) -> None:
    """中法武汉生态示范城 (hosted by 武汉) in a bulletin of 蔡甸区, the one county the article names in
    that city: the park lies in that county, whose totals hold its figures (`_the_article_division`)."""
    division = _the_article_division(az) if parks else None
    if division is None or division.admin_level != "county":
        return
    for park in parks:
        if park.city == division.city:
            park.district, park.adcode = division.district or division.zone_name, division.adcode


def _place_cooperation_parks(az: ArticleZones) -> None:
    """中新食品区 written without its host in an article all of whose located places lie in one city
    (吉林高新区, 丰满区, 磐石市: 吉林市): the park lies in that city, as a development zone named with
    no place lies in the article's division (`_place_zones_in_the_article_division`); else it stays
    unlocated (SPEC §5: never guess)."""
    parks = [(z, m) for z in az.zones.values() if z.zone_type == "other" and (m := _COOP_PARK.fullmatch(z.zone_name))]
    _place_cooperation_parks_in_the_county(az, [z for z, _ in parks if z.city and not z.district])
    unplaced = [z for z, m in parks if z.province is None and _names_a_park_short(m)]
    cities = {z.city for z in az.zones.values() if z.city} if unplaced else set()
    if len(cities) != 1:
        return
    city = resolve_admin(next(iter(cities)), az.text)
    if any(z.province not in (None, city.province) for z in az.zones.values()):
        return  # a place of another province: the article speaks of more than one city's ground
    for zone in unplaced:
        zone.province, zone.city, zone.adcode = city.province, city.city, city.adcode


def _cooperation_park_spans(text: str) -> list[tuple[int, int, Zone]]:
    """(start, end, zone) of each mention of a cooperation park the article names in full
    (`_cooperation_park`): its full name, and its short forms wherever written (中德园 in a
    title before the full name too)."""
    if not _writes_any(_COOP_PAIR_SCAN, text):
        return []
    found: dict[tuple[int, int], Zone] = {}
    shorts: dict[str, Zone] = {}
    bare: list[re.Match] = []
    for m in _COOP_PARK.finditer(text):
        park = _cooperation_park(m, text)
        if park is not None:
            found[(m.start(), m.end())] = park[0]
            for short in park[1]:
                shorts.setdefault(short, park[0])
        elif _names_a_park_short(m):
            bare.append(m)
    for short, zone in shorts.items():
        pos = 0
        while (pos := text.find(short, pos)) >= 0:
            end = pos + len(short)
            if not any(a <= pos < b for a, b in found):
                found[(pos, end)] = zone
            pos = end
    for m in bare:  # 中新食品区 with no full name written: a park of the article's city (_place_cooperation_parks)
        if not any(a <= m.start() < b for a, b in found):
            found[(m.start(), m.end())] = Zone(m[0], "other")
    spans = sorted(found.items())
    kept: list[tuple[int, int, Zone]] = []
    for (start, end), zone in spans:  # a short form inside another's full name is no mention
        if not kept or start >= kept[-1][1]:
            kept.append((start, end, zone))
    return kept


# 空港新城、沣东新城…, 昌北组团、临空组团…: the parts of a national new area listed by name
# (zones.json new_area_part_endings): a name ending in a part word, then one or more names joined
# to it ending in the same word. The first name runs back to where its clause, a stop word (其中,
# 在) or the new area's name (湘江新区岳麓片区) ends.
_NEW_AREA_PART_NAME = "[\u4e00-\u9fff]{2,4}?"
_NEW_AREA_PART_NOT_BEFORE = f"(?![{re.escape(_RES['new_area_part_not_before'])}])"
_NEW_AREA_PART_LIST = pattern_cache.re_compile(
    f"(?P<ending>{alternation(_RES['new_area_part_endings'])}){_NEW_AREA_PART_NOT_BEFORE}"
    + f"(?:[{re.escape(_RES['list_joiners'])}]{_NEW_AREA_PART_NAME}(?P=ending){_NEW_AREA_PART_NOT_BEFORE})+")
_NEW_AREA_PART_FIRST_STEM = pattern_cache.re_compile(
    f"(?:.*(?:{alternation(list(_STOP_WORDS) + [w for w, i in _RES['zone_suffixes'].items() if i['type'] == 'new_area'])}"
    + f"|[{re.escape(''.join(sorted(_STOP_CHARS)))}]))?([\u4e00-\u9fff]{{2,4}})")
_NEW_AREA_PART_ENDING_SCAN = literal_scanner(_RES["new_area_part_endings"])


@lru_cache(maxsize=1)
def _new_area_names() -> tuple[dict[str, NamedZone], object]:
    """The written forms of the listed national new areas (两江新区, 江西赣江新区) and a scanner of them."""
    names = {written: zone for written, zone in named_zones().items() if zone.zone_type == "new_area"}
    return names, literal_scanner(sorted(names))


def _new_area_part_zone(area: NamedZone, part: str) -> Zone:
    """The zone of the part `part` of new area `area`: a listed zone where the new area's name and
    the part's make one of its names (西咸新区空港新城 is 西咸空港新城), else the part under the new
    area's name (赣江新区永修组团), located where the new area is."""
    for written in (area.name, *area.aliases):
        listed = named_zones().get(written + part)
        if listed is not None:
            return _zone_of_named(listed)
    return _zone_at_place(area.name + part, "other", area.place)


def _listed_parts_of_new_areas(text: str) -> dict[str, tuple[str, Zone]]:
    """The names of the parts of a new area the article lists (空港新城、沣东新城…), each with the
    written name of the new area named last before its list and the part's zone; names that are
    listed zones of their own (沣东新城) are left to the listing."""
    if not _writes_any(_NEW_AREA_PART_ENDING_SCAN, text):
        return {}
    lists = list(_NEW_AREA_PART_LIST.finditer(text))
    if not lists:
        return {}  # most texts with a part's ending (新城, 组团) list no parts: the new areas' names are not looked for
    names, scanner = _new_area_names()
    areas = [(m.start(), m[0]) for m in scanner.finditer(text)]
    if not areas:
        return {}
    parts: dict[str, tuple[str, Zone]] = {}
    for m in lists:
        i = bisect.bisect_right(areas, (m.start(), "\uffff")) - 1
        if i < 0:
            continue  # no new area named before the list: whose parts they are is not said
        written, ending = areas[i][1], m["ending"]
        run = _HAN_RUN_AT_END.search(text, 0, m.start())
        first = _NEW_AREA_PART_FIRST_STEM.fullmatch(run[0]) if run else None
        joined = re.findall(f"{_NEW_AREA_PART_NAME}{re.escape(ending)}", text[m.start() + len(ending):m.end()])
        stems = ([first[1]] if first else []) + [part[:-len(ending)] for part in joined]
        for stem in stems:
            if stem[0] in _NUMERALS or stem in _GENERIC_PREFIXES:
                continue  # 四大组团, 城市新城: a class of parts, no name
            part = stem + ending
            if part not in named_zones() and part not in parts:
                parts[part] = (written, _new_area_part_zone(names[written], part))
    return parts


def _new_area_part_spans(text: str) -> list[tuple[int, int, Zone]]:
    """(start, end, zone) of each mention of a part of a new area the article lists
    (_listed_parts_of_new_areas), wherever written, with the new area's name when written
    right before it (赣江新区临空组团)."""
    found = []
    for part, (written, zone) in _listed_parts_of_new_areas(text).items():
        pos = 0
        while (pos := text.find(part, pos)) >= 0:
            end = pos + len(part)
            if re.match(_NEW_AREA_PART_NOT_BEFORE, text[end:end + 1]):
                found.append((pos - len(written) if text.endswith(written, 0, pos) else pos, end, zone))
            pos = end
    return sorted(found, key=lambda z: (z[0], z[1]))


def _named_spans(text: str) -> list[tuple[int, int, Zone]]:
    """Free-trade zone areas and listed zones without a suffix, sorted, none inside another:
    杨凌示范区 inside 杨凌示范区片区 is the area's name, not a zone of its own."""
    areas = find_ftz_areas(text)
    alone = (find_named_zones_without_suffix(text) + _founded_zone_spans(text) + _new_area_part_spans(text)
             + _cooperation_park_spans(text))
    if not alone:
        return areas
    spans = [(start, end) for start, end, _ in areas]
    starts = [start for start, _ in spans]
    alone = [z for z in alone if not (spans and _overlaps(spans, starts, z[0], z[1]))]
    return sorted(areas + alone, key=lambda z: (z[0], z[1]))


_CREDIT_WORD = literal_scanner(_RES["credit_words"])
# A credit in brackets: one pattern per opening bracket, each opening with it as a literal, which
# the engine searches for fast (a class of the two brackets is tried at every character); a
# bracket's content holds no bracket, so the two find what one pattern opening with the class
# did, and never overlap. The standard library's engine: short bounded repeats of classes,
# linear (find_zones checks the budget).
_CREDIT_BODY = rf"[^()（）\n]{{0,40}}?(?:{alternation(_RES['credit_words'])})[^()（）\n]{{0,20}}[)）]"
_CREDITS = (pattern_cache.re_compile(r"\(" + _CREDIT_BODY), pattern_cache.re_compile("（" + _CREDIT_BODY))


_COMPANY_NAME_ENDS_LONGEST_FIRST = tuple(sorted(_RES["company_name_ends"], key=len, reverse=True))
# The tail every end word shares (公司): rarer than the words' first characters (有 above all),
# so it is what the text is searched for. Each word holds it once, at its end, and its characters
# differ, so each written tail closes one end word at most.
_COMPANY_NAME_TAIL = next(_RES["company_name_ends"][0][-k:] for k in range(len(min(_RES["company_name_ends"], key=len)), 0, -1)
                          if all(w.endswith(_RES["company_name_ends"][0][-k:]) for w in _RES["company_name_ends"]))
assert all(w.count(_COMPANY_NAME_TAIL) == 1 for w in _RES["company_name_ends"]) \
    and len(set(_COMPANY_NAME_TAIL)) == len(_COMPANY_NAME_TAIL)


def _company_name_ends_written(text: str) -> list[tuple[int, int]]:
    """(start, end) of each end word of a firm's name (有限公司, 分公司), leftmost first, the longest
    at a position, none overlapping the one before: what a scan for the words finds, found at
    their shared tail (公司) by str.find, not by a scan stopping at each 有 of the text."""
    found: list[tuple[int, int]] = []
    pos = text.find(_COMPANY_NAME_TAIL)
    while pos >= 0:
        end, floor = pos + len(_COMPANY_NAME_TAIL), found[-1][1] if found else 0
        word = next((w for w in _COMPANY_NAME_ENDS_LONGEST_FIRST if len(w) <= end - floor and text.endswith(w, 0, end)), None)
        if word is not None:
            found.append((end - len(word), end))
        pos = text.find(_COMPANY_NAME_TAIL, pos + 1)
    return found
_COMPANY_NAME_STOPS = frozenset(_RES["company_name_stops"])
_COMPANY_NAME_MOST = 30  # characters a firm's name runs back over from its end word
# A breaker ends with one of these: at any other character the walk back asks for none.
_COMPANY_NAME_BREAKER_LAST_CHARS = frozenset(w[-1] for w in _COMPANY_NAME_BREAKERS)


def _company_spans(text: str) -> list[tuple[int, int]]:
    """Spans of firms' registered names (重庆两江新区恒通电子有限公司, 吉林省长春新区华晟光电科技有限公司),
    each from where its name starts to the end of its end word: the divisions written inside one
    are part of the firm's name (SPEC §5), sorted and disjoint."""
    spans = []
    for word_start, word_end in _company_name_ends_written(text):
        start, floor = word_start, max(0, word_start - _COMPANY_NAME_MOST)
        while start > floor and text[start - 1] not in _COMPANY_NAME_STOPS and text[start - 1] != "\n" \
                and not (text[start - 1] in _COMPANY_NAME_BREAKER_LAST_CHARS and text.endswith(_COMPANY_NAME_BREAKERS, 0, start)):
            start -= 1  # 清远高新区联合广东股权交易中心股份有限公司: the firm's name starts after 联合
        if spans and start <= spans[-1][1]:
            start = min(start, spans[-1][0])  # 恒通电子有限公司璧山分公司: one firm's branch, one span
            spans.pop()
        spans.append((start, word_end))
    return spans


_PRODUCT_NAME_ENDS = tuple(_RES["product_name_ends"])
_PRODUCT_NAME_MOST = 12  # characters a product's quoted name runs back over from its end


_PRODUCT_NAME_ENDS_LONGEST_FIRST = tuple(sorted(_PRODUCT_NAME_ENDS, key=len, reverse=True))
_PRODUCT_NAME_CLOSING_QUOTES = "”\"」』"
assert not any(q in end for end in _PRODUCT_NAME_ENDS for q in _PRODUCT_NAME_CLOSING_QUOTES)


def _product_name_ends_written(text: str) -> list[tuple[int, int]]:
    """(start, end) of each product name's last word and the closing quote after it (贷” of
    “南沙跨境贷”), leftmost first, the longest word at a quote: what a scan for the words and
    quotes together finds. The closing quotes are rare and found by str.find, one search per
    quote, where the scan tested every character for the words' first characters (贷, 券, 会
    ...); no word holds a quote, so each quote closes one match at most and none overlap."""
    quotes = []
    for quote in _PRODUCT_NAME_CLOSING_QUOTES:
        pos = text.find(quote)
        while pos >= 0:
            quotes.append(pos)
            pos = text.find(quote, pos + 1)
    quotes.sort()
    return [(q - len(end), q + 1) for q in quotes if text.endswith(_PRODUCT_NAME_ENDS, 0, q)
            for end in (next(e for e in _PRODUCT_NAME_ENDS_LONGEST_FIRST if text.endswith(e, 0, q)),)]


def _product_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the quoted names of financial products and schemes (“南沙跨境贷”, “香洲e贷”,
    “前海跨境贷”, “吴中惠企券”), and of events, markets and platforms (“济南云展会”, “义乌购”, “成都发布”;
    product_name_ends), sorted and disjoint: a place inside one is part
    of the name, as in a document's title: it acts for no fact and heads no paragraph
    (attribution gives it the document role), and a listed zone written there (前海) is no zone."""
    spans = []
    for word_start, word_end in _product_name_ends_written(text):  # str.find: linear, no timer
        start, floor = word_start, max(0, word_start - _PRODUCT_NAME_MOST)
        while start > floor and (_is_han(text[start - 1]) or text[start - 1].isascii() and text[start - 1].isalpha()):
            start -= 1  # a product's name holds letters (e贷), no figure: “福田区已发放3亿元消费券” is a remark
        if start > floor and text[start - 1] in _OPENING_QUOTES and word_start - start >= 1 \
                and (not spans or start > spans[-1][1]):
            spans.append((start, word_end - 1))
    return spans


def _credit_spans(text: str) -> list[tuple[int, int]]:
    """Spans of credits written in brackets inside a line (（通讯员 王芳 常州高新区供稿）, (记者 李明
    摄)): company names, photo credits and bylines never create zones (SPEC §5). Cleaning drops
    such a line when it stands alone; one written after the text's last sentence stays."""
    if _CREDIT_WORD.search(text) is None:
        return []  # most texts: no credit word at all
    return sorted(m.span() for pattern in _CREDITS for m in pattern.finditer(text))


# A division's stem alone as a topic: 在昆山，… / 昆山：… opening a line (see zones.json).
# 在昆山， / 昆山： opening a line, or 【昆山：…】, a sub-headline's bracket before it (zones.json line_topic_openers)
# 在昆山，/ 昆山：opening a line. Each form is its own pattern opening with a literal (在, or the
# line end put before the text for its start), which the engine searches for fast; one pattern
# of the two, opening with an alternation and ^, tries both at every character. The forms never
# overlap (one ends in a comma, the other in a colon, with only Han characters between).
_TOPIC_STEM_AFTER_ZAI = pattern_cache.re_compile(r"在([\u4e00-\u9fff]{2,3})[,，]")
_TOPIC_STEM_OPENING_LINE = pattern_cache.re_compile(r"\n(?:" + "|".join(map(re.escape, _RES["line_topic_openers"]))
                                                    + r")?([\u4e00-\u9fff]{2,3})[:：]")
_TOPIC_STEM_BEFORE = tuple(_RES["topic_stem_before"])
# 以温州为例，/ 拿洛阳来说，: a stem brought in as an example (zones.json example_frames), a topic.
_EXAMPLE_FRAMES = [frame.split("…") for frame in _RES["example_frames"]]
_EXAMPLE_FRAME = pattern_cache.re_compile("|".join(f"{re.escape(before)}([\u4e00-\u9fff]{{2,3}}){re.escape(after)}"
                                                   for before, after in _EXAMPLE_FRAMES))
_EXAMPLE_FRAME_CLOSERS = tuple({after for _, after in _EXAMPLE_FRAMES})
# 芜湖那边, 武汉餐饮企业: a place, opening any clause (zones.json place_side_words, counted_firms_after_stem).
_PLACE_SIDE_WORDS = tuple(_RES["place_side_words"]) + tuple(_RES["counted_firms_after_stem"])
# 浙江杭州临平：/ 在湖州吴兴，: two patterns, as for the single stems above.
_CHAINED_STEMS_OPENING_LINE = pattern_cache.re_compile(r"\n([\u4e00-\u9fff]{4,9})[:：]")
_CHAINED_STEMS_AFTER_ZAI = pattern_cache.re_compile(r"在([\u4e00-\u9fff]{4,9})[,，]")
_TITLE_STEM_NOT_BEFORE = tuple(_RES["title_stem_not_before"])
_NAME_END_CHARS = frozenset(_RES["title_stem_not_before_chars"])
_SENTENCE_START_AFTER = frozenset("。！？；!?;\n")
def _words_ahead(words) -> str:
    """A lookahead at any of `words`, its first character tested first, as a class: one step,
    where the words' alternation tries each word in turn at nearly every position it is asked at."""
    return "(?=[" + re.escape("".join(sorted({w[0] for w in words}))) + "])" \
        + "(?=" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")"


# A sentence's end, then a stem of two or of three Han characters, then a word of topic_stem_before.
_TOPIC_WORD_AHEAD = _words_ahead(_TOPIC_STEM_BEFORE + _PLACE_SIDE_WORDS)
_SUBJECT_STEM_LENGTHS = (2, 3)


def _stems_ahead(before: str = "", words_ahead: str = _TOPIC_WORD_AHEAD) -> str:
    """Lookaheads capturing, at one position, a stem of each of _SUBJECT_STEM_LENGTHS after
    `before` and before `words_ahead`: one group per length, set where that length matches, so one
    scan finds what a pattern per length would (the stems are Han, so no match can hold the
    mark the next one opens with)."""
    two, three = (f"(?={before}([\u4e00-\u9fff]{{{k}}}){words_ahead})" for k in _SUBJECT_STEM_LENGTHS)
    return f"(?:{two}{three}?|{three})"


# A short clause framing the sentence (今年以来，/ 据统计，/ 全市来看，): a stem after its comma
# opens the rest of the sentence as it would the sentence (zones.json frame_clause_endings).
_FRAME_CLAUSE_ENDINGS = tuple(_RES["frame_clause_endings"])
_FRAME_PREFIX_MAX = 8  # characters of a frame clause before its ending word
_SENTENCE_START_CLASS = "[" + re.escape("".join(sorted(_SENTENCE_START_AFTER))) + "]"
# A source's clause (记者从自治区乡村振兴局获悉，) names the body it heard from, so runs longer; frame
# clauses may follow one another (…获悉，今年以来，宁夏共获得…): zones.json source_frame_clause_endings.
_SOURCE_FRAME_ENDINGS = tuple(_RES["source_frame_clause_endings"])
_SOURCE_FRAME_PREFIX_MAX = int(_RES["source_frame_prefix_max"])
_FRAME_CHAIN_MAX = 3  # frame clauses in a row before the stem
_NOT_CLAUSE_END = "[^,，" + re.escape("".join(sorted(_SENTENCE_START_AFTER))) + "]"


def _frame_clause_pattern() -> str:
    """A frame clause and its comma: at most _FRAME_PREFIX_MAX characters then a word of
    frame_clause_endings (or _SOURCE_FRAME_PREFIX_MAX then one of source_frame_clause_endings)
    right before the clause's first comma. No clause holds a comma or a sentence's end, and
    the endings neither, so the clause can only end at its first comma: each branch takes the
    run up to it whole (possessive, bounded by its prefix's reach plus its endings' length) and
    looks behind for its endings, where `[^…]{0,8}(?:今年以来|…)` tried every ending after every
    length of the run (some 250 tries per clause, at each sentence a frame lookahead lets in).
    The mark before the clause is no ending's character, so no ending read behind reaches it."""
    branches = []
    for reach, endings in ((_FRAME_PREFIX_MAX, _FRAME_CLAUSE_ENDINGS), (_SOURCE_FRAME_PREFIX_MAX, _SOURCE_FRAME_ENDINGS)):
        by_length: dict[int, list[str]] = {}
        for ending in endings:
            by_length.setdefault(len(ending), []).append(ending)
        branches += [f"{_NOT_CLAUSE_END}{{0,{reach + length}}}+(?<={'|'.join(map(re.escape, sorted(words)))})"
                     for length, words in sorted(by_length.items())]
    return "(?:" + "|".join(branches) + ")[,，]"


assert all(re.fullmatch(f"{_NOT_CLAUSE_END}+", ending) for ending in _FRAME_CLAUSE_ENDINGS + _SOURCE_FRAME_ENDINGS), \
    "an ending holding a comma or a sentence's end is no part of the run read behind"
_FRAME_CLAUSE = _frame_clause_pattern()
# The first frame clause runs from the sentence's start to its first comma, so a comma no
# further than the longest clause, right after a frame clause's ending, is a cheap test that
# fails at most sentence starts: the run to the comma is taken whole (possessive: the run holds
# no comma, so no shorter one ends at one), and the ending is looked for once, behind the comma
# (one lookbehind per ending length, which must be fixed), not after each length of the run.
_FRAME_CLAUSE_MOST = max(_FRAME_PREFIX_MAX + max(map(len, _FRAME_CLAUSE_ENDINGS)),
                         _SOURCE_FRAME_PREFIX_MAX + max(map(len, _SOURCE_FRAME_ENDINGS)))
_FRAME_ENDINGS_BY_LENGTH: dict[int, set[str]] = {}
for _ending in (*_FRAME_CLAUSE_ENDINGS, *_SOURCE_FRAME_ENDINGS):
    _FRAME_ENDINGS_BY_LENGTH.setdefault(len(_ending), set()).add(_ending)
_FRAME_ENDING_BEHIND = "(?:" + "|".join(f"(?<={'|'.join(map(re.escape, sorted(endings)))})"
                                        for _, endings in sorted(_FRAME_ENDINGS_BY_LENGTH.items())) + ")"
_SUBJECT_AFTER_FRAME = pattern_cache.re_compile(
    _SENTENCE_START_CLASS + f"(?={_NOT_CLAUSE_END}{{0,{_FRAME_CLAUSE_MOST}}}+{_FRAME_ENDING_BEHIND}[,，])"
    + _stems_ahead(f"(?:{_FRAME_CLAUSE}){{1,{_FRAME_CHAIN_MAX}}}"))
_TOPIC_STEM_NOT_AFTER = frozenset(_RES["topic_stem_not_after"])
# 和芜湖比，芜湖那边…, “滨江这边…: a stem before a word of place_side_words opening a clause.
_SIDE_OPENING = pattern_cache.re_compile("[,，“\"]" + _stems_ahead(words_ahead=_words_ahead(_PLACE_SIDE_WORDS)))
# The stems opening a sentence (`_stems_ahead()` after a sentence's end), `_SUBJECT_AFTER_FRAME`
# and `_SIDE_OPENING` in one scan: a character class the engine skips to is the costly part
# of each (it tests every character of the text, ten times slower than a literal), so the marks
# opening a sentence and those opening a clause are found in one pass, and the mark found says
# which patterns to try after it. A pattern opening with an alternation gets no such skip, so
# the class comes first and a lookbehind at the mark picks the branch. Groups 1-3 are the opening
# stems'; 4-6 and 7-9 the frame's, after an opening stem (or an empty branch) and where none is;
# 10-12 a clause's side stems.
_CLAUSE_OPENING_MARKS = "".join(sorted(set(_SENTENCE_START_AFTER) | set(",，“\"")))
_SUBJECT_OR_SIDE_OPENING = pattern_cache.re_compile(
    "[" + re.escape(_CLAUSE_OPENING_MARKS) + "]"
    + "(?:(?<=" + _SENTENCE_START_CLASS + ")"
    + "(?:" + _stems_ahead() + "(?:" + _SUBJECT_AFTER_FRAME.pattern[len(_SENTENCE_START_CLASS):] + "|)"
    + "|" + _SUBJECT_AFTER_FRAME.pattern[len(_SENTENCE_START_CLASS):] + ")"
    + "|" + _SIDE_OPENING.pattern[len("[,，“\"]"):] + ")")
_OPENING_GROUPS, _FRAMED_GROUPS, _SIDE_GROUPS = (1, 2, 3), tuple(range(4, 10)), (10, 11, 12)
assert _SUBJECT_OR_SIDE_OPENING.groups == 12
# Stems that are also common words (和平, 新华): never a place alone (attribution.json); nor a
# province's nickname that is also a county's stem (龙江 of 黑龙江, not 龙江县: zones.json).
STEM_NOT_ALONE = frozenset(resource("attribution.json")["stem_not_alone"]) | frozenset(_RES["province_nicknames"])


def _example_frame_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each stem brought in as an example (温州 of 以温州为例): the place the
    clause after it is about."""
    if not any(word in text for word in _EXAMPLE_FRAME_CLOSERS):
        return []  # most texts hold no frame's closing word
    spans = []
    for m in _EXAMPLE_FRAME.finditer(text):
        group = next(i for i, g in enumerate(m.groups(), 1) if g is not None)
        spans.append(m.span(group))
    return spans


def _topic_stems(text: str, taken: list[tuple[int, int]], cities: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, full name) of each division written by its stem alone as a topic (在昆山，/
    昆山：/ 。常州则…) or as the holder of the zones after it (长沙各开发区), outside the spans
    already `taken` (sorted): the stem of one place of the gazetteer, or of one beside the
    places the article names, and no common word."""
    subjects, sides = _subject_and_side_spans(text)
    subjects += sides
    provinces = _counted_provinces_spans(text)
    wholes = _whole_words_written(text)  # found once: both rules on the words of the whole read them
    spans = subjects + provinces + _counted_places_spans(text) + _listed_cities_spans(text) + _holder_spans(text) \
        + _whole_of_spans(text, wholes) + _stems_after_whole_spans(text, wholes)
    spans += _example_frame_spans(text)
    holding_towns = _stems_holding_town_spans(text)
    spans += holding_towns
    line_topics = set()  # 广东：… opening a line: the topic, as a sentence's subject is
    if "在" in text or ":" in text or "：" in text:
        lined = "\n" + text  # a line end before the text stands for its start: spans one longer
        for m in _TOPIC_STEM_AFTER_ZAI.finditer(text):
            start = m.start(1)
            if start >= 2 and text[start - 2] in _TOPIC_STEM_NOT_AFTER:
                continue  # 存在, 现在: 在 ends a word
            spans.append((start, m.end(1)))
        for m in _TOPIC_STEM_OPENING_LINE.finditer(lined):
            spans.append((m.start(1) - 1, m.end(1) - 1))
            line_topics.add((m.start(1) - 1, m.end(1) - 1))
        chained = [(m.start(1) - 1, m.group(1)) for m in _CHAINED_STEMS_OPENING_LINE.finditer(lined)]
        chained += [(m.start(1), m.group(1)) for m in _CHAINED_STEMS_AFTER_ZAI.finditer(text)
                    if not (m.start(1) >= 2 and text[m.start(1) - 2] in _TOPIC_STEM_NOT_AFTER)]  # 存在, 现在
        for start, run in chained:
            last = _last_of_chained_stems(run)
            if last is not None:
                spans.append((start + last, start + len(run)))
    found = []
    starts = [s for s, _ in taken]
    for start, end in sorted(set(spans)):  # one span once, though two rules find it (宜昌、襄阳、十堰三市)
        stem = text[start:end]
        if (stem in STEM_NOT_ALONE and not _province_whole_start(text, end, _whole_word_at(text, end))
                and not (stem in province_stems() and ((start, end) in subjects or (start, end) in line_topics
                                                       or (start, end) in provinces))) \
                or (taken and _overlaps(taken, starts, start, end)):
            continue  # a province's stem is a common word (湖北路) but before 全省 (湖北全省), opening a sentence
            # (湖北发放…) or opening a line before a colon (广东：各地…: no street is written so)
        if _opens_outlet_name(text, end):
            continue  # 浙江在线-丽水频道: the outlet's name, whose 在 reads as a subject's 在
        place = _place_of_stem(stem, text, cities)
        if place is not None and ((start, end) in subjects or (start, end) in holding_towns) \
                and place.level == "area" and place.name.endswith("区") \
                and not (place.city and (place.city[:2] in text or place.city in cities)):
            # 滨江规上工业企业… in a 南京 article: a city's district, its stem often a word of many
            # places (滨江, 南山, 鼓楼), only where the article names its city
            continue
        if place is not None and _stem_names_a_locality(text, stem, place):
            continue  # 随县柳林镇…在柳林镇街道上: the article's 柳林 is a town's name, not 柳林县's
        if place is not None:
            found.append((start, end, place.name))
    return found


# 晋江陈埭镇: a county's stem, then a town's name of two or three characters and its suffix (zones.json
# _county_before_town); words ending so that name no town (返乡, 重点镇) are left out.
_TOWN_SUFFIX_SCAN = literal_scanner(_RES["town_lead_in_suffixes"])
_TOWN_WORDS_NOT_NAMES = tuple(_RES["town_words_not_names"])
_TOWN_NAME_LENGTHS = (2, 3)


def _stems_holding_town_spans(text: str) -> list[tuple[int, int]]:
    """Spans of a county's, county-level city's or district's stem standing alone right before
    the name of one of its towns (晋江 of 晋江陈埭镇, 南安 of 【南安水头镇】): the division that holds
    the town (zones.json _county_before_town)."""
    spans = []
    for m in _TOWN_SUFFIX_SCAN.finditer(text):
        pos = m.start()
        if not _opens_locality_name(text, pos) or text.endswith(_TOWN_WORDS_NOT_NAMES, 0, m.end()):
            continue
        for length in _TOWN_NAME_LENGTHS:
            name_start = pos - length
            if name_start < 2 or not all(_is_han(ch) for ch in text[name_start:pos]):
                break
            start = _listed_stem_ending_at(text, name_start)
            if start is not None and _stem_at(text[start:name_start])[1] == "area" \
                    and not _place_across(text, start + 1, name_start, m.end()):
                spans.append((start, name_start))
                break
    return spans


def _place_across(text: str, first: int, name_start: int, suffix_end: int) -> bool:
    """Whether a province's or a city's stem starts inside the stem before a town's name (at `first`
    up to `name_start`) and runs into the name (江西 of 从江西萍乡; not a district's, whose stems
    run across by chance: 溪湖 of 安溪湖头镇), or a division's stem ends with the suffix ending at
    `suffix_end` (萍乡, a city's stem, not a 乡): the characters read otherwise, no county and its town."""
    for i in range(first, name_start):
        hit = _stem_at(text[i:i + 4])
        if hit is not None and hit[1] == "high" and i + hit[0] > name_start:
            return True
    return any(_stem_at(text[suffix_end - k:suffix_end]) == (k, level) for k in (2, 3) for level in ("high", "area"))


_LOCALITY_SUFFIXES = tuple(_RES["locality_suffixes"])
_LOCALITY_SUFFIX_WORDS_NOT = tuple(_RES["locality_suffix_words_not"]) + tuple(_RES["division_group_words"])


def _opens_locality_name(text: str, pos: int) -> bool:
    """Whether the words at `pos`, right after a place's stem, close a locality's name with it
    (柳林镇, 柳林乡, 柳林街道: zones.json locality_suffixes), not a word such a suffix opens (乡村,
    乡镇, 镇街: locality_suffix_words_not, division_group_words)."""
    return text.startswith(_LOCALITY_SUFFIXES, pos) and not text.startswith(_LOCALITY_SUFFIX_WORDS_NOT, pos)


_LOCALITY_SUFFIXES_HELD = tuple(_RES["locality_suffixes_held"])
_HOLDER_NAME_MOST = 7  # the longest name of a county written before its town (阿鲁科尔沁旗)


def _stem_names_a_locality(text: str, stem: str, place: Place) -> bool:
    """Whether the article writes `stem` as a town's, township's, sub-district's, village's or
    community's name (柳林镇, 柳林乡; 平乐古镇 after another county's name, 邛崃市平乐古镇) and never
    the division `place` of that stem in full (柳林县): then the stem alone is that locality here,
    which lies in its own county (随县柳林镇), not the division of its stem elsewhere (SPEC §5:
    towns belong to their county)."""
    if place.name in text:
        return False
    pos = text.find(stem)
    while pos >= 0:
        after = pos + len(stem)
        if _opens_locality_name(text, after) or (
                text.startswith(_LOCALITY_SUFFIXES_HELD, after) and _held_by_other_division(text, pos, place)):
            return True
        pos = text.find(stem, pos + 1)
    return False


def _held_by_other_division(text: str, pos: int, place: Place) -> bool:
    """Whether the full name of a division that neither is nor holds `place` is written right
    before `pos` (邛崃市 of 邛崃市平乐古镇, 平乐 being also 平乐县 of 桂林市): the stem at `pos` names a
    locality of that division (湖州市南浔古镇 is 南浔区's own old town)."""
    own = {place.name, place.city, place.province}
    gazetteer = load_gazetteer()
    return any(holder.name not in own
               for k in range(2, min(pos, _HOLDER_NAME_MOST) + 1)
               for holder in gazetteer.lookup(text[pos - k:pos]))


# A count of places (两地, 三个市) or a closer after 等 (等区县): searched in nearly every text (区, 市
# are everywhere), so with the standard library's engine, which the patterns (literal classes, no
# repetition) allow. A count is found at its counter, its numeral (and 个) looked for behind it:
# a pattern opening with the numerals' class tried the rest at every figure of the text. A count
# holds no 等 and a closer no numeral, so the two scans find what one alternation of them did.
_PLACES_COUNT_CHARS = frozenset(_RES["places_counter"] + _RES["places_counted_levels"])
def _count_at_counter(counters) -> re.Pattern:
    """A pattern finding a count (两地, 三个市: a numeral, perhaps 个, a counter) at its counter, one
    of the characters `counters`, the numeral and 个 looked for behind it: searched for at the
    counters, where one opening with the numerals' class tried the rest at every figure. Numerals,
    个 and counters are distinct characters, so each counter ends one count at most, and counts
    never overlap. `_count_starts` gives where they start."""
    return pattern_cache.re_compile(f"[{re.escape(''.join(sorted(counters)))}](?:(?<={_NUMERAL_CLASS}个.)|(?<={_NUMERAL_CLASS}.))")


def _count_starts(pattern: re.Pattern, text: str) -> list[int]:
    """Where each count a `_count_at_counter` pattern finds starts (at its numeral), in order."""
    return [m.end() - 3 if text[m.end() - 2] == "个" else m.end() - 2 for m in pattern.finditer(text)]


_PLACES_COUNTED = _count_at_counter(_PLACES_COUNT_CHARS)
_PLACES_CLOSED = pattern_cache.re_compile(rf"{_RES['list_closer']}(?:{alternation(_RES['places_closed_after_deng'])})")


def _places_count_starts(text: str) -> list[int]:
    """Where each count of places or closer after 等 starts, in order (two 两地 of 宁波、舟山两地)."""
    return sorted(_count_starts(_PLACES_COUNTED, text) + [m.start() for m in _PLACES_CLOSED.finditer(text)])


# A dateline opening a line: outlet, place (two to four Han characters), date, 讯/电/消息
# (本报孝义讯, 新华社合肥3月5日电: zones.json dateline_outlets, dateline_endings).
_DATELINE_DATE = r"(?:\d{4}年)?(?:\d{1,2}|[一二三四五六七八九十〇]{1,3})月(?:\d{1,2}|[一二三四五六七八九十〇]{1,3})日"
# Searched for in "\n" + text: from a literal line end, not from ^ (MULTILINE), which the engine
# tries at every character of the many texts without a dateline.
_DATELINE = pattern_cache.re_compile(
    r"\n[ \t\u3000]*(?:" + "|".join(map(re.escape, sorted(_RES["dateline_outlets"], key=len, reverse=True))) + ")"
    + r"([\u4e00-\u9fff]{2,4}?)(?:" + _DATELINE_DATE + ")?"
    + "(?:" + "|".join(map(re.escape, _RES["dateline_endings"])) + ")")
_DATELINE_NATIONAL_SEATS = frozenset(_RES["dateline_national_seats"])
# What may follow a dateline's place on its line when the story starts on the next: its date, its
# 电/讯, a credit in brackets.
_DATELINE_ALONE = pattern_cache.re_compile(
    r"(?:" + _DATELINE_DATE + ")?(?:" + "|".join(map(re.escape, _RES["dateline_endings"])) + ")?"
    + r"[\s\u3000]*(?:[(（][^)）\n]{0,30}[)）])?[\s\u3000]*")
_COUNTRY_WORDS = tuple(_RES["reference_country"])
# 浙江在线2月23日讯, 浙江在线-丽水频道: an outlet's word after a stem, then the outlet's tail (a
# dateline's date and ending, a separator before its channel, the line's end, a page's date stamp with
# its year; zones.json outlet_names).
_OUTLET_NAME = pattern_cache.re_compile(
    "(?:" + "|".join(map(re.escape, sorted(_RES["outlet_name_words"], key=len, reverse=True))) + ")"
    + r"(?:(?:" + _DATELINE_DATE + ")?(?:" + "|".join(map(re.escape, _RES["dateline_endings"])) + ")"
    + "|[" + re.escape(_RES["outlet_name_separators"]) + r"]|[ \t\u3000]*(?:\n|$)"
    + r"|(?:19|20)\d{2}(?:年\d{1,2}月\d{1,2}日|-\d{1,2}-\d{1,2}))")


def _opens_outlet_name(text: str, end: int) -> bool:
    """Whether the stem ending at `end` opens a news outlet's name (浙江在线2月23日讯): the medium's
    name, no place acting, so no topic of its line."""
    return _OUTLET_NAME.match(text, end) is not None


def _dateline_stem(text: str, taken: list[tuple[int, int]], cities: frozenset[str]) -> tuple[int, int, str] | None:
    """(start, end, full name) of the division the article's first dateline names by its stem
    (本报孝义讯, 新华社合肥3月5日电): a division of the gazetteer, not a common word, not the seat
    of national outlets (新华社北京…电), not inside a name already `taken` (sorted: 本报孝义市讯
    is the city written in full)."""
    m = _DATELINE.search("\n" + text)
    if m is None:
        return None
    start, end = m.start(1) - 1, m.end(1) - 1
    stem = text[start:end]
    if stem in STEM_NOT_ALONE or stem in _DATELINE_NATIONAL_SEATS \
            or (taken and _overlaps(taken, [a for a, _ in taken], start, end)):
        return None
    place = _place_of_stem(stem, text, cities)
    return (start, end, place.name) if place is not None else None


# 给长沙经开区的主机厂配套, 为长沙经开区主机厂配套的企业: a place in the description of a firm that
# is supplied (zones.json supplied_firm), where the customer sits.
_SUPPLIED = _RES["supplied_firm"]
SUPPLIED_FIRM_BEFORE = tuple(_SUPPLIED["before"])
_SUPPLIED_FIRM_AFTER = pattern_cache.re_compile(
    r"的?[^\s，。、；：,;:!?！？()（）《》“”\"]{0,%d}?(?:%s)(?:%s)?(?:%s)(?!%s)" % (
        _SUPPLIED["modifier_most"], alternation(_SUPPLIED["firms"]), alternation(_SUPPLIED["verb_openers"]),
        alternation(_SUPPLIED["verbs"]), alternation(_SUPPLIED["not_after"])))
_SUPPLIED_FIRM_REACH = 1 + _SUPPLIED["modifier_most"] + max(map(len, _SUPPLIED["firms"])) \
    + max(map(len, _SUPPLIED["verb_openers"])) + max(map(len, _SUPPLIED["verbs"])) + max(map(len, _SUPPLIED["not_after"]))


def supplied_firm_after(text: str, end: int) -> bool:
    """Whether a firm's word and a verb of supplying it follow the place (or list of places) ending
    at `end` (…的主机厂配套, …主机厂配套的): read with SUPPLIED_FIRM_BEFORE before the place, the place
    locates a customer firm, no actor."""
    return _SUPPLIED_FIRM_AFTER.match(text, end, min(len(text), end + _SUPPLIED_FIRM_REACH)) is not None


def _locates_supplied_firm(text: str, start: int, end: int) -> bool:
    """给长沙经开区的主机厂配套: the place at [start, end) is where the firm supplied sits."""
    return text.endswith(SUPPLIED_FIRM_BEFORE, 0, start) and supplied_firm_after(text, end)


def _dateline_names_the_article(az: "ArticleZones", text: str, end: int, name: str) -> bool:
    """Whether a dateline's place, ending at `end`, is the article's: the title and the
    dateline's paragraph (or the one after it, when the dateline stands alone on its line) name no other place (新华社贵阳3月5日电 仁怀市…: the county named is what
    the story is about; the dateline is where it was filed) and not the country (全国, 我国)."""
    paragraph_end = text.find("\n", end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    if _DATELINE_ALONE.fullmatch(text, end, paragraph_end) and paragraph_end < len(text):
        # 新华社合肥3月5日电（记者 张三） on a line of its own: the paragraph after it opens the story
        paragraph_end = text.find("\n", paragraph_end + 1)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    if any(word in text[end:paragraph_end] for word in _COUNTRY_WORDS):
        return False
    # A place locating a firm a local supplier works for (给长沙经开区的主机厂配套) is no other place
    # the report is about: the dateline's place still is.
    return all(az.zones[m.key].zone_name == name for m in az.mentions
               if m.start < paragraph_end and not _locates_supplied_firm(text, m.start, m.end))


# A division's own units after 各 (绍兴各县市, 昆山各区镇), and the words that put two levels of
# them together, which name them without 各 (昆山区镇, 顺德镇街): zones.json.
_UNITS_HELD_AFTER_EACH = literal_scanner(_RES["units_held_after_each"])
_DIVISION_GROUP_WORDS = tuple(_RES["division_group_words"])


def _holder_spans(text: str) -> list[tuple[int, int]]:
    """Spans of a place's stem standing alone right before 各 and a zone word or a word of its
    units (长沙各开发区, 在绵阳各园区, 绍兴各县市), or right before a word of its units of two
    levels (昆山区镇, 顺德镇街): the place that holds the zones or units, which the figure that
    follows is about."""
    spans = []
    for scan in _EACH_BEFORE_HELD_WORD:  # 长沙各开发区; 重庆部分区县 (some_before)
        for m in scan.finditer(text):
            start = _listed_stem_ending_at(text, m.start())
            if start is not None:
                spans.append((start, m.start()))
    return spans + _group_holder_spans(text)


# For each of 各 and the words of some_before, in the order `_holder_spans` reads them: the word
# followed by a zone word or a word of units (各开发区, 部分区县), one literal-led pattern per word
# (the engine skips to the word, which a class of their first characters would make it test at
# every character) whose lookahead tests what follows, not a Python call per 各 or 多 written.
_EACH_BEFORE_HELD_WORD = tuple(
    pattern_cache.re_compile(f"{re.escape(each)}(?=(?:{_REFERENCE_RE.pattern})|(?:{_UNITS_HELD_AFTER_EACH.pattern}))")
    for each in (*_EACH_BEFORE, *_SOME_BEFORE))


# One scan for all the words (县市区, not 县市, where both start): only where each starts matters.
_DIVISION_GROUP_WORD = literal_scanner(_DIVISION_GROUP_WORDS)


def _group_holder_spans(text: str) -> list[tuple[int, int]]:
    """Spans of a place's stem standing alone right before a word of its units of two levels
    (昆山 of 昆山区镇, 重庆 of 重庆区县): that place holds them (zones.json division_group_words)."""
    spans = []
    for m in _DIVISION_GROUP_WORD.finditer(text):  # one scan for all the words
        start = _listed_stem_ending_at(text, m.start())
        if start is not None:
            spans.append((start, m.start()))
    return spans


# 全市, 全区 ... (attribution.json): after a place's stem, the whole of that place. A province's
# stem, which _listed_stem_ending_at leaves out (湖南 is the rank of many zones), counts before
# the word of its own level (湖南全省, 广西全区): `_province_whole_start`.
_WHOLE_OF = tuple(resource("attribution.json")["whole_of_place_references"])


_WHOLE_OF_LONGEST_FIRST = tuple(sorted(_WHOLE_OF, key=len, reverse=True))
# Every occurrence of every word of the whole in one scan, not a search through the text per word
# (eight of them, each as long as a scan): a branch per word opening with its first character,
# the rest looked ahead at, so the scan moves on one character and finds 自治区 inside 全自治区; the
# empty group closing each branch says which word it is. No word opens another, so one word at
# most is written at a position.
assert not any(a != b and b.startswith(a) for a in _WHOLE_OF for b in _WHOLE_OF)
_WHOLE_OF_SCAN = pattern_cache.re_compile("|".join(f"{re.escape(w[0])}(?={re.escape(w[1:])})()" for w in _WHOLE_OF))


def _whole_words_written(text: str) -> list[tuple[int, str]]:
    """(position, word) of each word of the whole written in `text` (全市, 全自治区 and its 自治区)."""
    return [(m.start(), _WHOLE_OF[m.lastindex - 1]) for m in _WHOLE_OF_SCAN.finditer(text)]


def _whole_word_at(text: str, pos: int) -> str:
    """The word of a whole place written at `pos` (全省; 全自治区 or 自治区, longer than two
    characters), or the two characters there when there is none (湖北路: no whole)."""
    return next((w for w in _WHOLE_OF_LONGEST_FIRST if text.startswith(w, pos)), text[pos:pos + 2])


def _whole_of_spans(text: str, wholes: list[tuple[int, str]] | None = None) -> list[tuple[int, int]]:
    """Spans of a place's stem standing alone right before 全市, 全县 or 全区 (昆明全市规上工业企业…,
    江宁全区, 湖南全省): the place whose whole the words speak of, which they then refer back to.
    `wholes`: `_whole_words_written(text)` when the caller has found them already."""
    spans = []
    for pos, whole in _whole_words_written(text) if wholes is None else wholes:
        start = _listed_stem_ending_at(text, pos)
        if start is None:
            start = _province_whole_start(text, pos, whole)
        if start is not None:
            spans.append((start, pos))
    return spans


_STEM_AFTER_WHOLE_FRAME_MAX = _RES["stem_after_whole_frame_max"]
_CLAUSE_ENDS = frozenset("，,") | _SENTENCE_START_AFTER


def _stems_after_whole_spans(text: str, wholes: list[tuple[int, str]] | None = None) -> list[tuple[int, int]]:
    """Spans of a place's stem that says which place a word of the whole (全市) is: bracketed
    right after it (全市(贵阳)) or opening the clause after a short clause holding it (放眼全市，
    佛山…, 从全市看，苏州…): zones.json _stem_after_whole. `wholes` as for `_whole_of_spans`."""
    spans = []
    for pos, whole in _whole_words_written(text) if wholes is None else wholes:
        span = _stem_bracketed_after(text, pos + len(whole)) or _stem_after_whole_clause(text, pos, pos + len(whole))
        if span is not None and _stem_of_level(text[span[0]:span[1]], whole[-1]):
            spans.append(span)
    return spans


def _stem_bracketed_after(text: str, end: int) -> tuple[int, int] | None:
    """The span of a stem standing alone in brackets at `end` (全市(贵阳)), else None."""
    if text[end:end + 1] not in ("(", "（"):
        return None
    hit = _stem_at(text[end + 1:end + 5])
    close = end + 1 + hit[0] if hit else None
    return (end + 1, close) if close is not None and text[close:close + 1] in (")", "）") else None


def _stem_after_whole_clause(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a stem opening the clause after the short clause that holds the whole word
    text[start:end] (放眼全市，佛山规上…), else None."""
    # The clause is short (at most _STEM_AFTER_WHOLE_FRAME_MAX characters): walk no further.
    clause_start, lowest = start, max(0, end - _STEM_AFTER_WHOLE_FRAME_MAX)
    while clause_start > lowest and text[clause_start - 1] not in _CLAUSE_ENDS:
        clause_start -= 1
    if clause_start > 0 and text[clause_start - 1] not in _CLAUSE_ENDS:
        return None
    comma, highest = end, min(len(text), clause_start + _STEM_AFTER_WHOLE_FRAME_MAX)
    while comma < highest and text[comma] not in _CLAUSE_ENDS:
        comma += 1
    if comma >= len(text) or text[comma] not in "，," or comma - clause_start > _STEM_AFTER_WHOLE_FRAME_MAX:
        return None
    hit = _stem_at(text[comma + 1:comma + 5])
    return (comma + 1, comma + 1 + hit[0]) if hit else None


def _stem_of_level(stem: str, level_char: str) -> bool:
    """Whether `stem` is the stem of a division whose name ends in `level_char` (贵阳 of 贵阳市 for 市)."""
    return any(p.name.endswith(level_char) for p in load_gazetteer().lookup_stem(stem) if not p.is_functional_zone)


def _province_whole_start(text: str, end: int, whole: str) -> int | None:
    """Where a province's stem ending at `end` starts when the word after it speaks of the whole
    of a unit of the province's level (湖南全省, 四川全省; 广西全区 of an autonomous region), the
    stem standing alone as `_listed_stem_ending_at` wants it; None otherwise (湖南全市: no)."""
    for k in (3, 2):
        a = end - k
        stem = text[max(0, a):end]
        if a < 0 or stem not in province_stems():
            continue
        before = text[a - 1:a]
        if before and _is_han(before) and before not in _LIST_JOINERS and before not in _STOP_CHARS:
            return None
        province = next(p for p in load_gazetteer().lookup_stem(stem) if p.level == "province")
        return a if province.name[-1] == whole[-1] else None
    return None


def _title_subject(text: str, title_end: int | None, taken: list[tuple[int, int]],
                   cities: frozenset[str]) -> tuple[int, int, str] | None:
    """(start, end, full name) of the division whose stem opens a title that names no place in full
    (株洲全力推动企业复工复产, 湖北各开发区加速复工复产), or opens the first of its clauses a stem
    opens, after a slogan (降成本 稳运行 遂宁各地多举措…: _title_subject_start): the title's
    subject, the article's place.
    Not the stem of another name (浙江日报, a firm's such as 南京银行, a park's such as 合肥循环园:
    zones.json title_stem_not_before and _chars, company_markers), nor a stem that is also a
    common word (stem_not_alone), save a province's (湖北, 广东: listed there for the streets
    named after them)."""
    if not title_end or (taken and taken[0][0] < title_end):
        return None
    start = _title_subject_start(text, title_end)
    if start is None:
        return None
    hit = _stem_at(text[start:title_end])
    end = start + hit[0]
    after = text[end:title_end]
    if not after or not (_is_han(after[0]) or _counts_divisions(after) or _quotes_its_policy(after)) \
            or after.startswith(_TITLE_STEM_NOT_BEFORE) \
            or _COMPANY_MARKER.search(after[:10]):
        return None  # 江苏13个设区市: a count in digits of the province's units, its subject too
    stem = text[start:end]
    name_end = next((i for i, ch in enumerate(after[:3]) if ch in _NAME_END_CHARS), None)
    if name_end is not None and not after[:name_end].endswith(_EACH_WORDS) \
            and not _GENERIC_HEAD.fullmatch(after[:name_end]) \
            and not _units_after_each(after) \
            and not (after.startswith(_SUFFIX_WORDS) and _is_province_stem(stem)) \
            and not _counts_divisions(after) and not _names_city_area(after):
        return None  # 合肥循环园: the stem opens the name of a zone the gazetteer does not hold;
        # 江西开发区 is the province's zones, as 江西各开发区, 宁夏重点园区 and 陕西各市区 are
    candidates = _one_unit([p for p in load_gazetteer().lookup_stem(stem) if not p.is_functional_zone])
    place = _disambiguate(candidates, text, cities) if candidates else None
    if (place is None or stem in STEM_NOT_ALONE) and (city := _city_a_title_counts(candidates, after, text, title_end)):
        return start, end, city.name  # 中山规上工业企业…。全市…: the one city of the stem, not 中山路 nor 中山区
    if stem in STEM_NOT_ALONE and not (place is not None and place.level == "province"):
        return None  # 河北 opening a title is the province, unless the article is 天津's (its 河北区)
    if place is not None and _stem_names_a_locality(text, stem, place):
        return None  # 柳林镇：过半商户重新开门: a town opens the title, not the county 柳林县
    return (start, end, place.name) if place is not None else None


_CITY_NICKNAME_STEMS = frozenset(_RES["city_nickname_stems"])


def _far_from_every_place(az: ArticleZones, name: str) -> bool:
    """Whether the district `name`, read from a bare stem that is also a city's nickname (江城:
    zones.json _city_nickname_stems), lies in a province where none of the places the article
    names lies (江城区 of 阳江 in an article naming 吉林高新区, 丰满区…): the stem is then the
    nickname, no jurisdiction of the article. Not in an article naming no located place or the
    district itself in full."""
    places = load_gazetteer().lookup(name)
    if len(places) != 1 or places[0].stem not in _CITY_NICKNAME_STEMS or name in az.text:
        return False  # 蕉城 is 蕉城区 alone; 江城区 written in the body is the district
    provinces = {z.province for z in az.zones.values() if z.province}
    return bool(provinces) and places[0].province not in provinces


_TITLE_SUBJECT_QUOTES = tuple(_RES["title_subject_quotes"])
# 中山规上工业企业…, 大同镇街…: the words after a title's stem that count its firms or units (zones.json
# _title_city_stem_next), and the body's words of a whole city that make the stem a city's.
_TITLE_CITY_STEM_NEXT = tuple(_RES["counted_firms_after_stem"]) + tuple(_RES["division_group_words"])
_TITLE_CITY_STEM_WHOLES = tuple(_RES["title_city_stem_wholes"])
# 全市 opening a clause (，全市规上工业企业…), not a comparison's standard (高于全市平均水平): zones.json _title_city_stem_subject.
_TITLE_CITY_STEM_SUBJECT = pattern_cache.re_compile(
    f"(?:^|(?<=[{''.join(re.escape(m) for m in _RES['title_city_stem_clause_marks'])}]))"
    f"(?:{'|'.join(map(re.escape, _RES['title_city_stem_subject_wholes']))})"
    f"(?!{'|'.join(map(re.escape, _RES['title_city_stem_subject_not_before']))})", re.M)


def _city_a_title_counts(candidates: list[Place], after: str, text: str, title_end: int) -> Place | None:
    """The one prefecture-level city among the divisions of a title's opening stem (`candidates`)
    when the title counts its firms or units right after the stem (中山规上工业企业复工率…) and the
    body speaks of a whole city (a clause opening with 全市…, 我市) without writing another division of the stem in full
    (中山区): the stem is that city, though also a common word or another division's stem
    (zones.json _title_city_stem_next). None otherwise."""
    if not after.startswith(_TITLE_CITY_STEM_NEXT):
        return None
    cities = [p for p in candidates if p.level == "city"]
    body = text[title_end:]
    if len(cities) != 1 or not (any(word in body for word in _TITLE_CITY_STEM_WHOLES)
                                or _TITLE_CITY_STEM_SUBJECT.search(body)):
        return None
    if any(p.name in text for p in candidates if p.name != cities[0].name):
        return None
    return cities[0]


def _quotes_its_policy(after: str) -> bool:
    """龙游“十八条”助企复工: a quoted name right after the title's opening stem, the place's own
    policy or campaign (zones.json _title_subject_quotes), a quoted Han word."""
    return after.startswith(_TITLE_SUBJECT_QUOTES) and len(after) > 1 and _is_han(after[1])


def _title_subject_start(text: str, title_end: int) -> int | None:
    """Where the first of the title's clauses (parted by title_clause_marks) that opens with a
    division's stem begins: the title's own start, or a clause's after slogans that name no place
    (降成本 稳运行 广安各地…, 战疫情 促发展：曲靖…), which stand before the title's subject as a
    kicker does (at most title_kicker_max_chars of them). Only the first such clause: a later one
    is another topic of the title."""
    for start in [0, *(end + 1 for end in _title_clause_ends(text, title_end)[:-1])]:
        while start < title_end and text[start] in _TITLE_CLAUSE_MARKS:
            start += 1  # marks in a row (：, a space after ,)
        if start > _TITLE_KICKER_MAX_CHARS:
            return None
        if start < title_end and _stem_at(text[start:title_end]) is not None:
            return start
    return None


_TITLE_KICKER_MAX_CHARS = _RES["title_kicker_max_chars"]


def _title_ending_stem(text: str, title_end: int | None, taken: list[tuple[int, int]], az: "ArticleZones",
                       named: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, key) of each division whose stem ends a title (…乘专列抵达晋江, …抵达义乌) or
    one of its clauses (山东援黄冈:从抗疫到复产: zones.json title_clause_marks) when the article
    names that division in full (晋江市, 黄冈市; keys `named`): the title's place, written short,
    as a title opening with a stem is (_title_subject). Only a division the text names: a title's
    last characters are a place's stem by chance too often to be read alone."""
    if not title_end or not named:
        return []
    found = []
    for clause_end in _title_clause_ends(text, title_end):
        hit = _stem_ending_at(text, clause_end, taken, az, named)
        if hit is not None:
            found.append((hit[0], clause_end, hit[1]))
    return found + [hit for hit in _title_later_clause_stems(text, title_end, taken, az, named)
                    if all(hit[0] >= end or hit[1] <= start for start, end, _ in found)]


def _title_later_clause_stems(text: str, title_end: int, taken: list[tuple[int, int]], az: "ArticleZones",
                              named: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, key) of each division whose stem opens a later clause of the title (成都疫后重启
    四川台企复工率逾9成: 四川) when the article names it in full (四川省…全省…): that clause's place,
    written short, as a stem ending a clause is (_stem_ending_at); the first clause's opening stem is
    the title's subject (_title_subject). Not the stem of another name (四川日报, 四川银行, 成都园区:
    title_stem_not_before and _chars, company_markers)."""
    found = []
    for clause_end in _title_clause_ends(text, title_end)[:-1]:
        start = clause_end + 1
        while start < title_end and text[start] in _TITLE_CLAUSE_MARKS:
            start += 1  # marks in a row (：, a space after ,)
        hit = _stem_opening_at(text, start, title_end, taken, az, named)
        if hit is not None and hit not in found:
            found.append(hit)
    return found


def _stem_opening_at(text: str, start: int, title_end: int, taken: list[tuple[int, int]], az: "ArticleZones",
                     named: set[str]) -> tuple[int, int, str] | None:
    """(start, end, key) of the one division named in full (`named`) whose stem of three or two Han
    characters opens the title's words at `start`, followed by more of the clause's Han words that
    begin no other name (see _title_later_clause_stems), outside the spans `taken`."""
    for k in (3, 2):
        stem, after = text[start:start + k], text[start + k:title_end]
        if start + k >= title_end or not all(_is_han(ch) for ch in stem) \
                or (taken and _overlaps(taken, [a for a, _ in taken], start, start + k)):
            continue
        if not _is_han(after[0]) or after[0] in _NAME_END_CHARS or after.startswith(_TITLE_STEM_NOT_BEFORE) \
                or _COMPANY_MARKER.search(after[:10]):
            continue
        keys = [key for key in named if az.zones[key].admin_level is not None
                and az.zones[key].zone_name[:-1] == stem and az.zones[key].zone_name[-1] in _CLAUSE_OPENING_ENDINGS]
        if len(keys) == 1 and (stem not in STEM_NOT_ALONE or az.zones[keys[0]].zone_name[-1] == "省"):
            return start, start + k, keys[0]  # 湖北, 湖南 of stem_not_alone: a province's, as in _title_subject
    return None


def _title_clause_ends(text: str, title_end: int) -> list[int]:
    """Where the title and each clause of it end: the title's end and each mark of
    title_clause_marks inside it (山东援黄冈|:从抗疫到复产)."""
    return [i for i in range(1, title_end) if text[i] in _TITLE_CLAUSE_MARKS] + [title_end]


_TITLE_CLAUSE_MARKS = frozenset(_RES["title_clause_marks"])


def _stem_ending_at(text: str, end: int, taken: list[tuple[int, int]], az: "ArticleZones",
                    named: set[str]) -> tuple[int, str] | None:
    """(start, key) of the one division named in full (`named`) whose stem of three or two Han
    characters ends at `end`, outside the spans `taken`."""
    if taken and _overlaps(taken, [a for a, _ in taken], end - 3, end):
        return None
    for k in (3, 2):
        stem = text[end - k:end]
        if end - k < 0 or stem in STEM_NOT_ALONE or not all(_is_han(ch) for ch in stem):
            continue
        keys = [key for key in named if az.zones[key].admin_level is not None
                and az.zones[key].zone_name[:-1] == stem and az.zones[key].zone_name[-1] in _LEVEL_ENDINGS]
        if len(keys) == 1:
            return end - k, keys[0]
    return None


_LEVEL_ENDINGS = frozenset("市县区旗")
# A clause of a title opening with a province's stem (四川台企复工率逾9成) speaks of the province as
# one opening with a city's does of the city.
_CLAUSE_OPENING_ENDINGS = _LEVEL_ENDINGS | frozenset("省")


def _counts_divisions(after: str) -> bool:
    """Whether the words after a title's opening stem count its divisions (厦门六区, 成都五城区,
    长沙六区一县, 江苏13个设区市: a numeral, perhaps 个, then title_counted_divisions): the city's
    or province's divisions together, so the place is the title's subject, as in 厦门各区."""
    n = 0
    while n < len(after) and after[n] in _NUMERALS:
        n += 1
    if n and after[n:n + 1] == "个":
        n += 1
    return 0 < n and after.startswith(_TITLE_COUNTED_DIVISIONS, n)


def _units_after_each(after: str) -> bool:
    """Whether the words after a title's opening stem are 各 (each_before) and a word of the
    place's units (陕西各市区, 四川各市州: units_held_after_each): the place holds them, so it is
    the title's subject, though the word ends with a character ending zones' names (区)."""
    return after[:1] in _EACH_BEFORE and _UNITS_HELD_AFTER_EACH.match(after, 1) is not None


_TITLE_COUNTED_DIVISIONS = tuple(_RES["title_counted_divisions"])
_TITLE_CITY_AREAS = tuple(_RES["title_city_areas"])


def _names_city_area(after: str) -> bool:
    """Whether the words after a title's opening stem name the city's central districts together
    (武汉中心城区, 长沙主城区, 西安城区, 西安城三区: zones.json title_city_areas, or 城 and a count of
    districts): the city is the title's subject, as in 厦门六区."""
    return after.startswith(_TITLE_CITY_AREAS) or (after[:1] == "城" and _counts_divisions(after[1:]))


def _counted_places_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the places' stems listed before a count of places (宁波、舟山两地, 杭州和湖州两地):
    each is a place of its own, as a list of full names is. Two at least."""
    if not any(ch in text for ch in _PLACES_COUNT_CHARS):
        # short texts (outlets' names); one search per character, not a set of the text's
        # characters, which hashed each of them and cost as much as the scan below
        return []
    spans = []
    for count_start in _places_count_starts(text):
        last = _listed_stem_ending_at(text, count_start)
        if last is None:
            continue
        listed = _stems_listed_before(text, last, any_joiner=True) + [(last, count_start)]
        if len(listed) >= 2:
            spans += listed
    return spans


_PROVINCES_COUNT = _count_at_counter(_RES["provinces_counter"])  # 两省, 三个省


def _counted_provinces_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the provinces' stems listed before a count of provinces (浙江、江苏两省, 河南和
    湖北两省): each is its province, as the list 浙江省、江苏省 is; a province's stem, which
    _listed_stem_ending_at leaves out (湖南 is the rank of many zones), is what such a count lists."""
    if _RES["provinces_counter"] not in text:
        return []  # most texts
    spans = []
    for count_start in _count_starts(_PROVINCES_COUNT, text):
        listed, end = [], count_start
        while (stem := _province_stem_ending(text[max(0, end - 3):end])) is not None:
            listed.append((end - len(stem), end))
            end -= len(stem)
            if end == 0 or text[end - 1] not in _LIST_JOINERS:
                break
            end -= 1
        opening = text[end - 1:end] if end else ""
        if len(listed) >= 2 and (not opening or not _is_han(opening) or opening in _STOP_CHARS):
            spans += listed[::-1]
    return spans


# Three or more runs of Han characters, each followed by 、: the heads of lists of places' stems.
_STEM_LIST = pattern_cache.re_compile(r"(?:[\u4e00-\u9fff]{2,4}、){%d,}" % (int(_RES["listed_cities_min"]) - 1))
_STEM_LIST_MARKS_LEAST = int(_RES["listed_cities_min"]) - 1  # the 、 of _STEM_LIST, at least
_STEM_MOST = 4  # Han characters before each 、 of _STEM_LIST, at most (and 2 at least)
_STEM_BETWEEN_MARKS = pattern_cache.re_compile(r"[\u4e00-\u9fff]{2,%d}" % _STEM_MOST)
_HAN_RUN_TO_END = pattern_cache.re_compile(r"[\u4e00-\u9fff]+\Z")  # searched with an end: the Han characters right before it


def _stem_list_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each match of `_STEM_LIST.finditer(text)`, read from the 、 of the text:
    the pattern opens with a class of Han characters, so the engine tried it at nearly every
    character (the costliest scan of the zone index); a 、 ends each of its runs, and a run can
    only end at the first character after it that is no Han one, so a match is a chain of 、
    each two to four Han characters after the one before, starting as far back before its
    first 、 as the Han characters run (four at most, none before where the last match ended)."""
    marks = positions_of(text, "、")
    spans: list[tuple[int, int]] = []
    after, i = 0, 0  # after: where the last match ended, the scan going on from there
    while i < len(marks):
        first = marks[i]
        run = _HAN_RUN_TO_END.search(text, max(after, first - _STEM_MOST), first)
        if run is None or first - run.start() < 2:
            i += 1
            continue  # fewer than two Han characters right before the mark: no run ends at it
        j = i  # the chain's last mark
        while j + 1 < len(marks) and _STEM_BETWEEN_MARKS.fullmatch(text, marks[j] + 1, marks[j + 1]):
            j += 1
        if j - i + 1 >= _STEM_LIST_MARKS_LEAST:
            spans.append((run.start(), marks[j] + 1))
            after, i = marks[j] + 1, j + 1
        else:
            i += 1
    return spans


# 黄冈、孝感、荆州等地的员工 / 来自信阳、周口、商丘: where people come from, no cities named as such.
_LISTED_ORIGINS_AFTER = tuple(_RES["listed_cities_origins"]["after"])
_LISTED_ORIGINS_BEFORE = tuple(_RES["listed_cities_origins"]["before"])


def _listed_cities_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the cities' stems in a list of listed_cities_min or more joined by 、, every one a
    prefecture-level city's stem standing alone (黄冈、孝感、随州、荆州复工复产): each names its
    city, as a list of full names does; one word among them that is no city's stem, and the list
    is of something else (创新、协调、绿色…)."""
    if "、" not in text:
        return []
    spans = []
    stems = _city_stems()
    if text.count("、") < 2 or not _city_stem_before_a_mark(text, stems):
        return []  # most texts: no city's stem before a 、, so no list of them
    for m_start, m_end in _stem_list_spans(text):  # _STEM_LIST's matches
        listed: list[tuple[int, int]] = []  # the stems listed so far, each right after the one before
        sep = text.find("、", m_start, m_end)  # each mark of the list, found by str.find, not a look at each character
        while sep >= 0:
            next_sep = text.find("、", sep + 1, m_end)
            if not any(text[sep - k:sep] in stems for k in (2, 3, 4)):
                listed, sep = [], next_sep  # most list items: no city's stem ends right before the mark
                continue
            a = _listed_stem_ending_at(text, sep)
            if a is None or not _is_city_stem(text[a:sep]):
                listed, sep = [], next_sep
                continue
            if listed and a != listed[-1][1] + 1:
                listed = []
            listed.append((a, sep))
            sep = next_sep
        pos = m_end  # the last item: a stem after the last 、, whatever follows it (荆州复工复产)
        last = _stem_at(text[pos:pos + 4]) if listed and listed[-1][1] == pos - 1 else None
        if last is not None and _is_city_stem(text[pos:pos + last[0]]) \
                and len(listed) + 1 >= int(_RES["listed_cities_min"]) \
                and not text.startswith(_LISTED_ORIGINS_AFTER, pos + last[0]) \
                and not text.endswith(_LISTED_ORIGINS_BEFORE, max(0, listed[0][0] - 4), listed[0][0]):
            spans += listed + [(pos, pos + last[0])]
    return spans


def _city_stem_before_a_mark(text: str, stems: frozenset[str], start: int = 0, end: int | None = None) -> bool:
    """Whether a city's stem of two to four characters ends right before a 、 of text[start:end]:
    tried only before a mark whose preceding character ends some city's stem (three slices and
    lookups per 、 before; most list items are no place), marks the engine finds, not a Python
    loop looking at each of them."""
    for mark in _mark_after_city_stem_end().finditer(text, start, len(text) if end is None else end):
        i = mark.start()
        if any(text[i - k:i] in stems for k in (2, 3, 4)):
            return True
    return False


@lru_cache(maxsize=1)
def _mark_after_city_stem_end() -> re.Pattern:
    """A 、 right after a character ending some city's stem (冈、 of 黄冈、): the literal mark
    first, for the engine to skip to it, then the character before it, looked behind at."""
    return pattern_cache.re_compile("、(?<=[" + re.escape("".join(sorted(_city_stem_last_chars()))) + "]、)")


@lru_cache(maxsize=1)
def _city_stem_last_chars() -> frozenset[str]:
    """The last characters of the cities' stems (冈 of 黄冈)."""
    return frozenset(stem[-1] for stem in _city_stems())


def _is_city_stem(stem: str) -> bool:
    """Whether `stem` is the stem of a prefecture-level city (黄冈 of 黄冈市), no province's."""
    return stem in _city_stems()


@lru_cache(maxsize=1)
def _city_stems() -> frozenset[str]:
    """The stems of the prefecture-level cities that are no province's stem (黄冈, 孝感)."""
    provinces = province_stems()
    return frozenset(p.stem for p in load_gazetteer().places if p.level == "city" and p.stem not in provinces)


def _last_of_chained_stems(run: str) -> int | None:
    """Where the last of two or more divisions' stems written one after another starts (临平 of
    浙江杭州临平, 顺德 of 广东佛山顺德), when `run` is such stems and nothing else: a topic
    written with the places that hold it (浙江杭州临平：, 在湖州吴兴，)."""
    pos, last = 0, None
    while pos < len(run):
        hit = _stem_at(run[pos:])
        if hit is None:
            return None
        last, pos = pos, pos + hit[0]
    return last if last else None


def _sentence_subject_spans(text: str) -> list[tuple[int, int]]:
    """Spans of two or three Han characters opening a sentence before a word of
    topic_stem_before (常州 of 。常州则为…, 佛山 of 佛山率先出台…). The words are frequent
    characters (为, 在, 已): a pattern that opens with the mark ending the sentence before is
    twice as fast as a look at each of them (`_sentence_subject_spans_by_definition`); a line
    end put before the text stands for its start."""
    return _subject_and_side_spans(text)[0]


def _subject_and_side_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(`_sentence_subject_spans`, `_side_spans`) of `text`, found by one scan of the marks
    opening sentences and clauses (`_SUBJECT_OR_SIDE_OPENING`), not one scan per pattern."""
    openings: list[tuple[int, int]] = []
    framed: list[tuple[int, int]] = []
    sides: list[tuple[int, int]] = []
    groups = [(g, openings) for g in _OPENING_GROUPS] + [(g, framed) for g in _FRAMED_GROUPS] \
        + [(g, sides) for g in _SIDE_GROUPS]
    for m in _SUBJECT_OR_SIDE_OPENING.finditer("\n" + text):  # a line end before the text stands for its start
        for g, spans in groups:
            if m.start(g) >= 0:
                spans.append((m.start(g) - 1, m.end(g) - 1))
    return openings + framed, sides


def _side_spans(text: str) -> list[tuple[int, int]]:
    """Spans of two or three Han characters opening a clause (after a comma or an opening quote)
    before a word of place_side_words (芜湖 of 和芜湖比，芜湖那边新增贷款…); at a sentence's start
    `_sentence_subject_spans` finds them."""
    return _subject_and_side_spans(text)[1]


def _after_frame_clause(text: str, start: int) -> bool:
    """Whether `start` follows the comma of a short clause opening its sentence that only frames
    it (今年以来，/ 据统计，): the definition `_SUBJECT_AFTER_FRAME` matches."""
    for _ in range(_FRAME_CHAIN_MAX):
        if start == 0 or text[start - 1] not in ",，":
            return False
        begin = start - 1
        while begin > 0 and text[begin - 1] not in _SENTENCE_START_AFTER and text[begin - 1] not in ",，":
            begin -= 1
        if not _frames_the_sentence(text[begin:start - 1]):
            return False
        if begin == 0 or text[begin - 1] in _SENTENCE_START_AFTER:
            return True
        start = begin  # one more frame clause before this one (…获悉，今年以来，)
    return False


def _frames_the_sentence(clause: str) -> bool:
    """Whether `clause` only frames its sentence: a time or a source (今年以来, 据统计), or a source
    naming the body heard from (记者从自治区乡村振兴局获悉)."""
    return any(clause.endswith(ending) and len(clause) - len(ending) <= _FRAME_PREFIX_MAX for ending in _FRAME_CLAUSE_ENDINGS) \
        or any(clause.endswith(ending) and len(clause) - len(ending) <= _SOURCE_FRAME_PREFIX_MAX for ending in _SOURCE_FRAME_ENDINGS)


def _sentence_subject_spans_by_definition(text: str) -> list[tuple[int, int]]:
    """The spans each occurrence of a word of topic_stem_before gives (for tests)."""
    spans = set()
    for word in _TOPIC_STEM_BEFORE + _PLACE_SIDE_WORDS:
        pos = text.find(word)
        while pos >= 0:
            for k in (2, 3):
                start = pos - k
                if start >= 0 and (start == 0 or text[start - 1] in _SENTENCE_START_AFTER
                                   or _after_frame_clause(text, start)) \
                        and all(_is_han(ch) for ch in text[start:pos]):
                    spans.add((start, pos))
            pos = text.find(word, pos + 1)
    return sorted(spans)


def _place_of_stem(stem: str, context: str, cities: frozenset[str]) -> Place | None:
    """The one division (not a functional zone) whose stem is `stem`, alone or beside the places
    of `context`; None for none or several."""
    candidates = _one_unit([p for p in load_gazetteer().lookup_stem(stem) if not p.is_functional_zone])
    if not candidates:
        return None
    return _disambiguate(candidates, context, cities)


def _former_name_written(name: str, written: dict[str, str]) -> str:
    """The former county the article writes in full for today's division `name` its stem names
    (祁阳： in an article naming 祁阳县, renamed 祁阳市 since): the stem means the county as the
    article knows it; else `name`."""
    for former in written:
        if any(name in d.successor_names and len(d.successor_names) == 1 for d in former_divisions().get(former, ())):
            return former
    return name


_JOINERS_OPENING_NAMES = frozenset(_RES["joiners_opening_names"])


def _name_after_zone(gap: str, word: str, suffix: str) -> str:
    """The name written in `gap`, between a zone's name and the zone word `word` after it: what
    follows the list joiners (衡阳综保区和白沙洲工业园区: 白沙洲), or the last joiner with it where
    that joiner opens the name (郴州高新区和平工业园: 和平, no list of the zone and 平工业园) —
    the rest opens with no place's stem (和平江工业园 lists 平江's) and jieba reads the joiner and
    what follows as one word (和平, 和顺), or the rest alone names nothing where the joiner with it
    does (和美). zones.json joiners_opening_names."""
    name = gap.lstrip(_LIST_JOINER_CHARS)
    opened = gap[-len(name) - 1:] if name else ""
    if name == gap or opened[:1] not in _JOINERS_OPENING_NAMES or _stem_at(name) is not None:
        return name
    from .clean import jieba_segmenter
    first = next(iter(jieba_segmenter().cut(opened + word, HMM=False)), "")
    if len(first) > 1 and len(first) <= len(opened):
        return opened
    if _prefix_written(name, True, suffix)[0] is None and _prefix_written(opened, True, suffix)[0] is not None:
        return opened
    return name


def _park_of_zone_before(run: str, suffix: str, s: int, dev_spans: list[tuple[int, int]]) -> bool:
    """Whether a bare park word (科学城, 产业园) is written right after a zone's name, nothing
    between (天府新区科学城, 成都高新区软件园): a named part of that zone, not a park of its own
    nor a word pointing back to a park the article names; its figures are the zone's (SPEC §5),
    as those of a park named in full right after a zone lie in it (_locate_in_host)."""
    return not run and suffix in _PARK_SUFFIXES and bool(dev_spans) and dev_spans[-1][1] == s


def _part_of_zone_before(text: str, start: int, area: Zone, suffix_spans: list[tuple]) -> bool:
    """Whether the free-trade zone area's name at `start` is written right after the word of a
    zone of another kind (天津港保税区临港片区, 保税区临港片区): then it names a part of that zone
    (the bonded zone's 临港 area), not the listed area of that name (Shanghai's 临港新片区), unless
    that zone lies in the area's province (浦东新区临港片区: the area, in the district). A bare
    zone word before it points back to the zone written about, whose part it is."""
    i = bisect.bisect_left(suffix_spans, (start,)) - 1
    if i < 0 or suffix_spans[i][1] != start or area.zone_type != "free_trade_zone":
        return False
    s, _, _, _, suffix, _ = suffix_spans[i]
    if suffix in _FTZ_SUFFIXES:
        return False  # 上海自贸区临港新片区: the area of the free-trade zone written before it
    window = text[max(0, s - 11):s]
    run_match = _HAN_RUN_AT_END.search(window)
    run = run_match.group() if run_match else ""
    _, canonical = _prefix_written(run, len(run) < len(window) or s - len(run) == 0, suffix)
    if not canonical:
        return True  # 保税区临港片区: a part of the zone written about
    return _dev_zone(canonical, suffix, text).province != area.province


def _heads_longer_name(text: str, start: int, end: int, suffix_spans: list[tuple]) -> bool:
    """Whether the listed zone written text[start:end] with no suffix is a nickname heading a
    longer name: a zone or park suffix follows it, at most a park's descriptor of Han characters
    between (光谷生物城, 松山湖科技产业园区: a park in the zone, no mention of the zone)."""
    if text[start:end] not in _names_without_suffix():
        return False
    i = bisect.bisect_left(suffix_spans, (end,))
    if i == len(suffix_spans):
        return False
    suffix_start = suffix_spans[i][0]
    if suffix_start == end:
        return True
    return suffix_start - end <= _DESCRIPTOR_MAX and _HAN_RUN_AT_END.fullmatch(text, end, suffix_start) is not None \
        and not _joins_another_place(text[end:suffix_start])


def _joins_another_place(gap: str) -> bool:
    """Whether `gap` holds a list joiner with a place's stem right after it (与秦皇岛 of
    中关村海淀园与秦皇岛经开区, 与沧州临港 of 泰达与沧州临港经开区): the zone word after it ends
    another zone's name, and the name before the joiner is a zone of its own."""
    return any(ch in _LIST_JOINERS and _stem_at(gap[at + 1:]) is not None for at, ch in enumerate(gap))


def _extend_last_mention(az: ArticleZones, dev_spans: list[tuple[int, int]], end: int,
                         key_ending_at: dict, end_of: dict, start_of: dict) -> None:
    """Make the zone name written last (dev_spans[-1], the last mention) end at `end`, over the
    zone word glued to it that it stands for (合肥经济技术开发区|综合保税区)."""
    start = dev_spans[-1][0]
    last = az.mentions[-1] if az.mentions else None
    if last is None or last.start != start:
        return
    az.mentions[-1] = _new_tuple(ZoneMention, (start, end, last.key))
    dev_spans[-1] = (start, end)
    key_ending_at[end], end_of[start], start_of[end] = last.key, end, start


_KEPT_INFIXES: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _RES["infixes_kept_in_names"].items()}


def _named_with_kept_infix(zone: Zone, infix: str, suffix: str) -> Zone:
    """`zone` named with the rank written inside its name where that rank is part of the official
    name (苏州太湖 + 国家 + 旅游度假区: zones.json infixes_kept_in_names); located as without it.
    Read once per article and name: written again without the rank, it is the same zone."""
    short = _SUFFIX_INFO[suffix][1]
    if infix not in _KEPT_INFIXES.get(suffix, ()) or not zone.zone_name.endswith(short) \
            or named_zones().get(zone.zone_name) is not None:
        return zone  # a listed zone keeps the name its list gives
    return replace(zone, zone_name=zone.zone_name.removesuffix(short) + infix + short, aliases=set(zone.aliases))


def find_zones(text: str, headlines: tuple[tuple[int, int], ...] = (), title_end: int | None = None) -> ArticleZones:
    """All zones of one cleaned article, its roundup sections and its main zone.

    Linear in the length of the text: matches are materialised once, and overlaps are
    looked up by bisection, so a page of repeated zone names cannot make it quadratic.
    """
    az = ArticleZones(text)
    dev_spans: list[tuple[int, int]] = []
    bare_end = -1  # where the last zone word that named no zone (a bare 保税区, 高新区) ends
    dev_key_at: dict[int, str] = {}
    dev_key_ending_at: dict[int, str] = {}
    dev_end_of: dict[int, int] = {}  # a zone name's end by its start
    dev_start_of: dict[int, int] = {}  # a zone name's start by its end
    joints: dict[tuple[str, str], None] = {}  # ordered set of (alias, key)
    bracketed_names: list[tuple[str, str, int]] = []  # 天津经济技术开发区(泰达): (泰达, key, end)
    shared: list[tuple[int, int, str]] = []  # 常德、益阳经开区: (start, end) of 常德, and the suffix it shares
    dev_zones: dict[tuple[str, str], Zone] = {}  # one gazetteer lookup per distinct name
    province_holders: list[tuple[int, int]] = []  # 江西开发区: the span of 江西
    level_words: list[tuple[int, int, str]] = []  # 县经济开发区: (start, end, suffix)

    area_spans: list[tuple[int, int]] = []
    area_key_at: dict[int, tuple[int, str]] = {}  # a listed zone's (end, key) by its start
    suffix_spans = _without_suffixes_opening_words(text, _without_park_words_heading_names(_suffix_spans(text)))
    named_spans = _named_spans(text)
    if named_spans and suffix_spans:
        named_spans = [z for z in named_spans if not _heads_longer_name(text, z[0], z[1], suffix_spans)
                       and not _part_of_zone_before(text, z[0], z[2], suffix_spans)]
    products = _product_spans(text)
    if named_spans and products:  # “前海跨境贷”: a product's name, no mention of 前海
        named_spans = [z for z in named_spans if not _overlaps(products, [a for a, _ in products], z[0], z[1])]
    companies = _company_spans(text)
    if named_spans and companies:
        # 天津泰达投资控股有限公司, 衢州柯城新城控股集团有限公司: a listed name inside a firm's registered
        # name is part of the firm's name, as a suffixed zone's is (SPEC §5: company names never
        # create zones)
        named_spans = [z for z in named_spans if not (_inside(companies, z[0], z[1]) and _runs_into_firm_name(text, z[1]))]
    for start, end, zone in named_spans:
        key = az.add_zone(zone, text[start:end])
        az.mentions.append(ZoneMention(start, end, key))
        area_spans.append((start, end))
        area_key_at[start] = (end, key)
    area_starts = [sp[0] for sp in area_spans]
    credits = _credit_spans(text)
    credit_starts = [sp[0] for sp in credits]

    budget.check()
    for s, end, suffix_start, suffix_end, suffix, alias in suffix_spans:
        budget.check()
        # 南沙新区(自贸区南沙片区): a free-trade zone area bracketed whole after a zone names the
        # same administration, as 北仑区(宁波开发区) does; the zone keeps its own name.
        area_end, area_key = area_key_at.get(end - 1 - len(alias), (None, None)) if alias else (None, None)
        if area_end != end - 1:
            area_key = None
            if not alias and text[end:end + 1] == "(":  # a longer one (湖北自贸区宜昌片区) is no alias
                after = area_key_at.get(end + 1)
                area_key = after[1] if after and text[after[0]:after[0] + 1] == ")" else None
        if area_end != end - 1 and area_spans and _overlaps(area_spans, area_starts, s, end):
            continue  # 南沙新区片区: the new area's name is part of the free-trade zone area's
        if credits and _overlaps(credits, credit_starts, s, end):
            continue  # (通讯员 王芳 常州高新区供稿): a credit names no zone of the article
        glossed = _name_glossed_by_type(text, s, suffix_end)
        if glossed is not None:
            # 阿克苏纺织工业城(开发区): the name before the bracket is the zone, its type the gloss's.
            start, end = s - 1 - len(glossed), end + 1
            if (glossed, "()") not in dev_zones:
                dev_zones[(glossed, "()")] = _glossed_zone(glossed, suffix, text)
            key = az.add_zone(dev_zones[(glossed, "()")], text[start:end])
            az.mentions.append(_new_tuple(ZoneMention, (start, end, key)))
            dev_spans.append((start, end))
            dev_key_at[start], dev_key_ending_at[end] = key, key
            dev_end_of[start], dev_start_of[end] = end, start
            continue
        if suffix in _PARK_SUFFIXES and text[s - 1:s] in (")", "）") \
                and (described := _trade_park_with_descriptor(text, s, suffix)) is not None:
            az.unnamed_park_starts.append(described)
            bare_end = end
            continue  # 智能终端（手机）产业园: a trade's park, unnamed as 智能终端产业园 is, no bare word
        window = text[max(0, s - 11):s]
        run_match = _HAN_RUN_AT_END.search(window)
        run = run_match.group() if run_match else ""
        whole_run = len(run) < len(window) or s - len(run) == 0
        if run[:1] in _DATE_UNITS and text[s - len(run) - 1:s - len(run)].isdigit() and not run.startswith(_STOP_WORDS):
            # 截至4月8日两江新区: the unit of a date written before the name, no part of it; not
            # the first character of a stop word (2020年度全省开发区: 年度, cut as a whole)
            run = run[1:]
        elif run[:1] in _FIGURE_COUNTERS and len(run) > 1 and text[s - len(run) - 1:s - len(run)].isdigit():
            # 386家空港经开区…: the counter of a figure ending the cell before (a layout's lines
            # joined), no part of the name after it; the numeral is outside the run, so
            # `_after_count` cannot see the count
            run = run[1:]
        elif run and text[s - len(run) - 1:s - len(run)].isdigit() and (unit := _FIGURE_UNITS.match(run)) \
                and _stem_at(run) is None:
            # 消毒液15吨支援开发区: the unit of a figure of goods or money (zones.json figure_units),
            # no part of a name; what follows it is read alone (支援, a verb: the zone word is bare)
            run = run[unit.end():]
        if dev_spans and dev_spans[-1][1] == s and _SUFFIX_INFO[suffix][0] == "other" \
                and suffix not in _PARK_SUFFIXES and suffix not in _FTZ_SUFFIXES:
            # 合肥经济技术开发区综合保税区: the bonded zone of the zone named right before it, no
            # bare word pointing back to the bonded zone written last (安庆综保区); the zone's
            # mention stands for the two, as the first bare word does in 经开区综保区 below, and
            # spans them, for a list of bonded zones to read it as one member (合肥经开区综保区、芜湖综保区).
            bare_end = end
            _extend_last_mention(az, dev_spans, end, dev_key_ending_at, dev_end_of, dev_start_of)
            continue
        if dev_spans and s - len(run) < dev_spans[-1][1] <= s:
            # 衡阳综保区和白沙洲工业园区: the name after a zone's and a joiner starts after both.
            run, whole_run = _name_after_zone(text[dev_spans[-1][1]:s], text[s:suffix_end], suffix), True
        elif bare_end == s and suffix not in _PARK_SUFFIXES:
            # 保税区综保区, 经开区综保区: a bare zone word is no place's name, so no part of the
            # next one's (no 保税区综合保税区); the one written first stands for the two, as a
            # zone's name does for its park (高新区软件园 is left to the park's rules).
            bare_end = end
            continue
        home = _ftz_home(text, s) if suffix in _FTZ_SUFFIXES and not run else None
        if home:
            prefix, start = home[1], home[0]  # 中国(上海)自由贸易试验区 -> 上海自贸区
        else:
            counted = _stem_before_count(text, run, s) if suffix not in _PARK_SUFFIXES else None
            if counted is not None:
                # 株洲、湘潭两个国家级高新区: each place listed before the count names a zone of its own.
                for a, b in [counted] + _stems_listed_before(text, counted[0], any_joiner=True):
                    shared.append((a, b, suffix))
                continue
            prefix, canonical = _prefix_written(run, whole_run, suffix)
            if prefix is None and suffix in _PARK_SUFFIXES and whole_run \
                    and (_listed_among_parks(text, s - len(run), s, suffix_end, suffix, dev_spans)
                         or _proper_name_listed_with_zones(text, s - len(run), s, end, dev_spans)):
                prefix = _after_inclusion_opener(run, whole_run)  # （含白洋工业园、…）: 白洋工业园
                canonical = park_canonical(prefix)  # 五彩湾产业园、将军庙产业园: a park's name as its siblings'
            if prefix == "":
                stem = _province_stem_ending(run)
                if stem:
                    province_holders.append((s - len(stem), s))  # 江西开发区: 江西 names the province
                continue  # 江西省开发区: the province's zones, its mention stands for them
            if prefix is None:
                if _park_of_zone_before(run, suffix, s, dev_spans):
                    continue  # 天府新区科学城: the zone's own park, a part of it; the zone's mention stands for it
                joined = _joined_rank_length(text, s)  # 全省国家级和省级开发区: 全省 before both ranks
                reference = _reference_kind(text[max(0, s - joined - 2):s - joined], suffix) if joined else None
                if reference not in ("province", "city"):
                    joined, reference = 0, _reference_kind(run, suffix)
                if reference:
                    ref_start = s - joined - 2 if reference != "current" else suffix_start
                    az.references.append(Reference(ref_start, suffix_end, reference))
                elif run and whole_run and suffix in _PARK_SUFFIXES:
                    az.unnamed_park_starts.append(s - len(run))  # 智能终端产业园: a park the index holds no zone for
                if whole_run and run in _LEVEL_ZONE_WORDS:
                    level_words.append((s - 1, end, suffix))  # 县经济开发区: maybe a named county's zone
                bare_end = end
                continue
            start = s - len(prefix)
            if text[start - 2:start] in _COUNTRY_PAIR_OPENERS and start >= 2:
                start -= 2  # 中新广州知识城: the countries' names open the name as written
            if _quoted_label(text, start, end, canonical):
                continue  # 开展“惠企新区”服务行动: a campaign's name, no zone
            prefix = canonical
        written_after = text[end: end + 20]
        if _COMPANY_MARKER.search(written_after) and _is_firm_named_after_zone(written_after) \
                and not _BREAK_CHAR.match(text[end: end + 1]):
            continue  # 乌鲁木齐高新区某某科技有限公司: a company name
        created = (prefix, suffix) not in dev_zones
        if created:
            dev_zones[(prefix, suffix)] = _named_with_kept_infix(_dev_zone(prefix, suffix, text), text[s:suffix_start], suffix)
            _locate_in_county(dev_zones[(prefix, suffix)], text[start:s], text)
        if suffix in _PARK_SUFFIXES and dev_spans and dev_spans[-1][1] == start:
            host = az.zones[dev_key_at[dev_spans[-1][0]]]
            inside = _park_inside_zone(dev_zones[(prefix, suffix)], host) \
                and not _park_listed_apart(text, end, _names_run_up_to(text, dev_spans) + 1)
            if created:
                # 滨海新区临港工业园: a park written right after a zone's name lies in that zone,
                # wherever else a county of its name may be (永兴县 is in 郴州); so does one that is
                # the zone's part, for a later mention of it alone (…永兴工业园复工率…) to find.
                _locate_in_host(dev_zones[(prefix, suffix)], host)
            if inside:
                continue  # 天水经开区社棠工业园: the zone's own park; the zone's mention stands for it
        key = az.add_zone(dev_zones[(prefix, suffix)], text[start:end])
        az.mentions.append(_new_tuple(ZoneMention, (start, end, key)))
        dev_spans.append((start, end))
        if not home and suffix not in _PARK_SUFFIXES and text[start - 1:start] in _LIST_JOINERS:
            # 常德、益阳经开区: the places listed before a zone's name share its suffix.
            shared.extend((a, b, suffix) for a, b in _stems_listed_before(text, start, any_joiner=False))
        dev_key_at[start] = key
        dev_key_ending_at[end] = key
        dev_end_of[start] = end
        dev_start_of[end] = start
        if area_key and az.zones[area_key].city == az.zones[key].city:
            joints[(area_key, key)] = None
            az.zones[key].aliases.add(text[start:end])
        elif alias:
            joints[(alias, key)] = None
            az.zones[key].aliases.add(text[start:end])
            bracketed_names.append((alias, key, end))

    for a, b, suffix in shared:
        stem = text[a:b]
        if (stem, suffix) not in dev_zones:
            dev_zones[(stem, suffix)] = _dev_zone(stem, suffix, text)
        zone = dev_zones[(stem, suffix)]
        key = az.add_zone(zone, zone.zone_name)
        az.mentions.append(_new_tuple(ZoneMention, (a, b, key)))
        dev_spans.append((a, b))
    for s, _, _, _, suffix, _ in suffix_spans:
        if suffix in _PARK_SUFFIXES and _counter_written_before(text, s):
            # 漳浦、清流、漳平永福3座台湾农民创业园 … 清流台湾农民创业园: each listed name is the park's.
            prefixes = {prefix: zone for (prefix, sfx), zone in dev_zones.items() if sfx == suffix}
            for a, b, prefix in _parks_listed_before_count(text, s, prefixes):
                key = az.add_zone(prefixes[prefix], text[a:b])
                az.mentions.append(_new_tuple(ZoneMention, (a, b, key)))
                dev_spans.append((a, b))

    _add_short_parks_listed_after_zones(az, text, dev_spans, dev_key_at)
    az.companies = companies
    az.products = products
    admin_spans = _admin_spans_outside_zones(text, sorted(dev_spans + area_spans + credits + companies))
    sharing = _districts_sharing_the_city_shi(text, admin_spans)
    if sharing:
        admin_spans = [(a, sharing[a][0]) if a in sharing else (a, b) for a, b in admin_spans]
    divisions = _cities_written_with_their_division(text, admin_spans)
    if divisions:
        # read as 青岛市南区 is: the span written from the division on, the city its place
        end_of = dict(admin_spans)
        sharing = {**sharing, **{first: (end_of[a], place) for a, (first, place) in divisions.items()}}
        admin_spans = [(divisions[a][0], b) if a in divisions else (a, b) for a, b in admin_spans]
    generic = _generic_districts_after_their_city(text, sorted(dev_spans + area_spans + credits + companies + admin_spans))
    if generic:
        sharing = {**sharing, **generic}
        admin_spans = sorted(admin_spans + [(a, end) for a, (end, _) in generic.items()])
    admin_names = [text[a:b] for a, b in admin_spans]
    cities = _cities_named(admin_names)
    # Each name's zone is resolved and added once: adding the same zone under the same name
    # again would change nothing (no alias is folded before the loop ends).
    key_of: dict[str, str] = {}
    admin_ending_at: dict[int, tuple[int, str]] = {}
    for (m_start, m_end), name in zip(admin_spans, admin_names):
        key = key_of.get(name)
        if key is None:
            shared = sharing.get(m_start) if sharing else None
            zone = _admin_zone_at(shared[1].name, shared[1]) if shared else resolve_admin(name, text, cities=cities)
            key = key_of[name] = az.add_zone(zone, name)
        az.mentions.append(_new_tuple(ZoneMention, (m_start, m_end, key)))
        admin_ending_at[m_end] = (m_start, key)
        if m_end in dev_key_at and az.zones[key].admin_level == "county" \
                and _placed_elsewhere(az.zones[dev_key_at[m_end]], az.zones[key]):
            # 土默特左旗金山高新区: a county cannot run a zone its stem's guess put in another city
            # (金山 -> 上海市金山区); the county written before it holds it.
            _locate_in_division(az.zones[dev_key_at[m_end]], az.zones[key])
        elif m_end in dev_key_at and az.zones[key].admin_level == "county" and az.zones[key].zone_type == "district":
            # 黄埔区广州开发区: a district written right before a zone is the same administration;
            # a county's zone (德清县莫干山高新区) is one it holds, as a city's is (below).
            joint_key = dev_key_at[m_end]
            joints[(name, joint_key)] = None
            az.zones[joint_key].aliases.add(name + joint_key)
        elif m_end in dev_key_at:
            _locate_in(az.zones[dev_key_at[m_end]], az.zones[key])
        if m_start in dev_key_ending_at and _runs_as_one(az.zones[dev_key_ending_at[m_start]], az.zones[key]):
            # 无锡高新区新吴区: the district written right after its zone, the other order of 黄埔区广州开发区.
            joints[(name, dev_key_ending_at[m_start])] = None
        elif text[m_start - 1:m_start] in _JOINT_MARKS and m_start - 1 in dev_key_ending_at \
                and _runs_as_one(az.zones[dev_key_ending_at[m_start - 1]], az.zones[key]):
            # 荆门高新区·掇刀区: a mark between the zone and its district joins them all the same.
            joint_key = dev_key_ending_at[m_start - 1]
            joints[(name, joint_key)] = None
            az.zones[joint_key].aliases.add(text[dev_start_of[m_start - 1]:m_end])
        elif text[m_end:m_end + 1] in _JOINT_MARKS and m_end + 1 in dev_key_at \
                and _runs_as_one(az.zones[dev_key_at[m_end + 1]], az.zones[key]):
            # 掇刀区·荆门高新区: the other order.
            joint_key = dev_key_at[m_end + 1]
            joints[(name, joint_key)] = None
            az.zones[joint_key].aliases.add(text[m_start:dev_end_of[m_end + 1]])
        area = area_key_at.get(m_end + 1) if text[m_end:m_end + 1] in ("(", "（") else None
        if area and text[area[0]:area[0] + 1] in (")", "）") and _area_glosses(az.zones[key], az.zones[area[1]]):
            # 南沙区(南沙自贸片区): a free-trade area bracketed alone after the district that holds
            # it is written as the district's other name: one zone, the district's, written first.
            joints[(area[1], key)] = None
            az.zones[key].aliases.add(text[m_start:area[0] + 1])
        bracketed = dev_key_at.get(m_end + 1) if text[m_end:m_end + 1] in ("(", "（") else None
        if bracketed and _glosses(az.zones[key], az.zones[bracketed]):
            close, others = _bracket_list_end(text, dev_end_of[m_end + 1], dev_key_at, dev_end_of, area_key_at)
            if close is not None:
                # 北仑区(宁波开发区): the zone the district runs, bracketed after it as 杭州高新区(滨江区)
                # is before; 南沙区(南沙开发区、自贸区南沙片区): the other names listed with it too.
                joints[(name, bracketed)] = None
                az.zones[bracketed].aliases.add(text[m_start:close + 1])
                for other in others:
                    if _glosses(az.zones[key], az.zones[other]):
                        joints[(other, bracketed)] = None

    taken = sorted(dev_spans + area_spans + credits + companies + admin_spans)
    for m_start, m_end, name in _topic_stems(text, taken, cities):
        name = _former_name_written(name, key_of)
        held = _zone_its_stem_names(az, text[m_start:m_end], name, text, cities)
        if held is not None:
            # 武汉东湖高新区…。东湖为区内企业…: the stem of a zone the article names, not a district of
            # that stem elsewhere (南昌's 东湖区).
            az.mentions.append(_new_tuple(ZoneMention, (m_start, m_end, held)))
            taken.append((m_start, m_end))
            continue
        key = key_of.get(name)
        if key is None:
            key = key_of[name] = az.add_zone(resolve_admin(name, text, cities=cities), text[m_start:m_end])
        az.zones[key].aliases.add(text[m_start:m_end])
        if _province_whole_start(text, m_end, text[m_end:m_end + 2]) == m_start:
            # 湖南全省: the province's stem and the whole of it are one mention, so that what is
            # said of the pair (在湖南全省率先: the field of a ranking) is said of one item.
            m_end += 2
        az.mentions.append(_new_tuple(ZoneMention, (m_start, m_end, key)))
        taken.append((m_start, m_end))
    spans = sorted(taken) if province_holders else []
    span_starts = [a for a, _ in spans]
    for m_start, m_end in province_holders:
        if _overlaps(spans, span_starts, m_start, m_end):
            continue  # 江西 of a name already taken
        place = _place_of_stem(text[m_start:m_end], text, cities)
        if place is None:
            continue
        key = key_of.get(place.name)
        if key is None:
            key = key_of[place.name] = az.add_zone(resolve_admin(place.name, text, cities=cities), text[m_start:m_end])
        az.mentions.append(_new_tuple(ZoneMention, (m_start, m_end, key)))
        taken.append((m_start, m_end))
    subject = _title_subject(text, title_end, sorted(taken), cities)
    if subject is not None and _far_from_every_place(az, subject[2]):
        subject = None  # 江城加速… over an article on 吉林's zones: 江城 is 吉林's nickname, not 阳江's 江城区
    if subject is not None:
        start, end, name = subject
        key = key_of.get(name) or az.add_zone(resolve_admin(name, text, cities=cities), text[start:end])
        az.zones[key].aliases.add(text[start:end])
        az.mentions.append(_new_tuple(ZoneMention, (start, end, key)))
        taken.append((start, end))
    for m_start, m_end, key in _title_ending_stem(text, title_end, sorted(taken), az, set(key_of.values())):
        # 1800名务工人员乘专列抵达晋江 …晋江市已累计接回…, 山东援黄冈:… 对口支援黄冈市: the
        # title's place, written short.
        az.zones[key].aliases.add(text[m_start:m_end])
        az.mentions.append(_new_tuple(ZoneMention, (m_start, m_end, key)))
        taken.append((m_start, m_end))
    dateline = _dateline_stem(text, sorted(taken), cities)
    if dateline is not None and _dateline_names_the_article(az, text, dateline[1], dateline[2]):
        # 本报孝义讯　截至3月16日，全市…: the dateline's place is the article's, as 孝义：… in a title.
        m_start, m_end, name = dateline
        key = key_of.get(name) or az.add_zone(resolve_admin(name, text, cities=cities), text[m_start:m_end])
        az.zones[key].aliases.add(text[m_start:m_end])
        az.mentions.append(_new_tuple(ZoneMention, (m_start, m_end, key)))
        taken.append((m_start, m_end))
    if dev_spans:
        for m_start, m_end, key in _name_district_mentions(az, text, sorted(taken)):
            # 威海临港经济技术开发区…临港区62家外资企业: the zone's own name and 区, as its media write it.
            az.zones[key].aliases.add(text[m_start:m_end])
            az.mentions.append(_new_tuple(ZoneMention, (m_start, m_end, key)))
            taken.append((m_start, m_end))
    if bracketed_names:
        az.mentions += _bracketed_name_mentions(text, bracketed_names, sorted(taken))

    if level_words:
        _level_zone_word_mentions(az, text, level_words, dev_zones)
    if admin_ending_at and az.references:
        _zone_words_glossing_divisions(az, text, admin_ending_at)
        _divisions_glossing_zone_words(az, text, admin_ending_at, dev_key_ending_at, joints)
    for alias, key in joints:
        _fold_joint(az, alias, key)
    _fold_short_names(az)
    _place_zones_in_the_article_division(az)
    _place_cooperation_parks(az)
    _city_stemless_mentions(az, text)

    az.mentions.sort(key=_START_END)
    az.freeze()
    budget.check()
    az.references += _references_outside_mentions(az, text)
    _read_zone_classes(az, text, suffix_spans)
    if companies:  # 重庆两江新区恒通电子有限公司: the 新区 of a firm's name refers to no zone
        company_starts = [a for a, _ in companies]
        az.references = [r for r in az.references if not _overlaps(companies, company_starts, r.start, r.end)]
    az.references.sort(key=_START)

    sections_from_lead_ins(az, text)
    # 🔹闵行区：… with its words on the line: a bullet that a headline ends; 🔹闵行区： alone heads what
    # follows, its subheadings (房租减免, 1.减免租金) included.
    lead_ins = {start for start, _ in az.sections if not _LEAD_IN_ALONE.match(text, start)}
    # 四平红嘴经开区：银企对接解“钱”忧, a short line of its own, a title after the colon and no figure:
    # a sub-headline, which the pieces of its first sentence that a PDF broke off do not end.
    titled = {start for start, end in headlines
              if start in lead_ins and start > (title_end or 0) and not _figures_in(text, start, end)}
    headed, zoneless = [], []  # sections headlines open; headlines naming no zone
    area_labels = []  # headlines naming an area the index does not know, a figure after their label
    pieces = set()  # headline-shaped lines holding a clause mark: a PDF's line broken inside a sentence
    starts = sorted(start for start, _ in headlines)
    labels = []  # the stems labelling sections (【清流】): mentions of the zones they write short
    for start, end in headlines:
        if start in lead_ins:
            continue  # 紫竹高新区：复工企业86家 without a final mark: a bullet (a lead-in), not a heading
        found = az._mentions_in(start, end)
        if found and text.startswith(_ATTENDANCE_LABELS, start):
            continue  # 出席：吴江区副区长 沈强、…: who spoke, no section about the first of them
        if found and _ADDRESS_LINE.match(text, start):
            continue  # 办理地点：雁塔区锦业路1号: where to apply, no section about that district
        if found and _NOTE_LINE.match(text, start):
            continue  # 注：遂宁经开区数据单列: a note on the data above, no section about its zone
        if found and text.startswith(_PART_OPENERS, start):
            continue  # 其中，红山科技开发区复工企业96家: a part of the figure before it, no heading
        if found and _BRACKETED_NOTE.fullmatch(text, start, end):
            continue  # （东区、西区情况另报。）: an editor's note on figures elsewhere, no section
        if found and _list_item_line(text, start, end, found):
            continue  # 天津经开区  97.6%: an item of a list of figures, no section (全区 after it is the article's)
        if found:
            headed.append((start, _headline_zone(az, found)))
        elif start > (title_end or 0) and (labelled := _zone_a_stem_label_writes_short(
                az, text, start, end, _next_start(starts, start, len(text)))) is not None:
            headed.append((start, labelled.key))  # 【清流】… over 清流台湾农民创业园…: a section about the park
            labels.append(labelled)
        elif start > (title_end or 0) and text.startswith(_SUFFIX_WORDS, start) \
                and _SUFFIX_HEADING.match(text[start:end]):
            headed.append((start, None))  # 高新区：… — a section about a zone the text does not name
        elif start > (title_end or 0) and not _figures_in(text, start, end):
            zoneless.append(start)  # 【政策加码】; not a line of figures (复工企业216家) a bullet runs on with
            if any(mark in text[start:end] for mark in _CLAUSE_MARKS):
                pieces.add(start)  # …这是四平红嘴经 / 开区不少企业的共同感受。为此，经开区 / 先后…，协调
        elif start > (title_end or 0) and _names_an_area(text, start, end):
            area_labels.append(start)  # 北湖片区：复工企业127户: an area's headline for all its figure
    if labels:  # 漳平 of 【漳平永福】 is no stem of 漳平市 read alone: the label names the park
        az.mentions = sorted(az.mentions + labels, key=_START_END)
        az.freeze()
    speakers, moderators = _speaker_lines(az, text)
    az.sections += headed + speakers
    az.sections.sort(key=lambda sec: sec[0])
    spoken = {start for start, _ in speakers}
    if lead_ins or spoken:
        towns = [m.start() for m in _TOWN_LEAD_IN.finditer("\n" + text)] if lead_ins else []  # line starts
        # A roundup's next item (■建德农商银行… after ■桐庐县县农商银行…) ends a bullet even when it
        # opens no section of its own: its facts are not the item before's.
        opened = {start for start, _ in az.sections}
        items = [m.start() for m in _BULLET_LINE.finditer("\n" + text) if m.start() not in opened] if lead_ins else []
        # Headlines and towns end a bullet; a moderator's or another official's line ends a bullet or
        # a speaker's section (a speech runs on under its own subheadings: 金融支持方面).
        # Pieces right under a titled lead-in (each after it or after another such piece) are the first
        # lines of its own paragraph, broken by the layout; a piece after a full line may head anew.
        broken = set()
        for pos in sorted(pieces):
            if text.rfind("\n", 0, pos - 1) + 1 in titled | broken:
                broken.add(pos)
        # An area's label with a figure ends a sub-headline's section written in its style (空港片区：
        # 物流通道全面畅通 … 北湖片区：复工企业127户), its peer; not a bullet, which a line of figures runs on.
        closers = sorted([(pos, lead_ins - titled if pos in broken else lead_ins) for pos in zoneless]
                         + [(pos, _peers_of(text, pos, titled)) for pos in area_labels]
                         + [(pos, lead_ins) for pos in items] + [(pos, lead_ins | spoken) for pos in moderators]
                         + _trade_park_lines_closing(az, text, lead_ins)
                         + [(pos, _district_kept(az, lead_ins, pos)) for pos in towns])
        az.sections += _sections_closing_lead_ins(text, az.sections, headed, closers)
        az.sections.sort(key=lambda sec: sec[0])
    if headed and (zoneless or area_labels):
        # An area's label with a figure (北湖片区：复工企业127户) ends only a section its peer opened
        # (空港片区：…), not a bullet: a line of figures runs on with a bullet.
        az.sections += _sections_ended_by_peers(text, headlines, az.sections, headed,
                                                sorted(zoneless + area_labels), title_end or 0)
        az.sections.sort(key=lambda sec: sec[0])
    return az


# A line opening with a label: a run of Han characters and a colon (电子信息产业园：…).
_LABELLED_LINE = pattern_cache.regex_compile(r"^[ \t\u3000]*\p{Han}{2,12}[:：]", regex.MULTILINE)


def _trade_park_lines_closing(az: ArticleZones, text: str, lead_ins: set[int]) -> list[tuple[int, set[int]]]:
    """(line start, the lead-ins it ends) for each line after a park's lead-in (白洋工业园：规上工业企业86家…)
    that opens with the label of a park naming no zone (电子信息产业园：…, 生物产业园：…: a trade's park,
    SPEC §5 no zone): the next item of a list of the zone's parks, each line its own, whose figures are
    the zone's in scope, not the park's of the line before. Only a park's lead-in (zone_type other) is
    ended: under a district's or a zone's lead-in (天河区：…) a trade's park is a part of that place."""
    parks = {start for start, zone in az.sections
             if start in lead_ins and zone is not None and az.zones[zone].zone_type == "other"}
    if not parks:
        return []
    out = []
    for m in _LABELLED_LINE.finditer(text, min(parks) + 1):
        label = _AREA_LABEL_HEADING.match(text, m.start(), m.end()) or _TRADE_PARK_LABEL.match(text, m.start(), m.end())
        if label is None or label.end() != m.end() or az._mentions_in(m.start(), m.end()) \
                or _AREA_LABEL_GENERIC_HEAD.fullmatch(label.group("head")):
            continue  # no park's label, a zone's own (白洋工业园：), or a kind of park (重点园区：)
        out.append((m.start(), parks))
    return out


# A line opening with a roundup's bullet (■, ●, ◆: one or two symbols) and words right after it.
# Searched for in "\n" + text, from a literal line end (a match's start is its line's start in the
# text), not from ^ (MULTILINE), which the engine tried at every character.
_BULLET_LINE = pattern_cache.regex_compile(r"\n[^\S\n]*\p{S}{1,2}(?=[^\s\p{S}])")
# Marks inside a line that part clauses: a heading has none, a sentence's piece may.
_CLAUSE_MARKS = ",，。；;"
# A lead-in with nothing after its colon on its line (🔹闵行区：): a heading, not a bullet.
_LEAD_IN_ALONE = pattern_cache.re_compile(r"[^\n]{0,24}?[:：】\]]\s*(?:\n|$)")



# A headline labelling its section with a bare stem in brackets (zones.json stem_label): 【清流】…
_STEM_LABEL = pattern_cache.re_compile(_RES["stem_label"])


def _next_start(starts: list[int], start: int, default: int) -> int:
    """The first of the sorted `starts` after `start`, else `default`."""
    i = bisect.bisect_right(starts, start)
    return starts[i] if i < len(starts) else default


def _zone_a_stem_label_writes_short(az: ArticleZones, text: str, start: int, end: int,
                                    body_end: int) -> ZoneMention | None:
    """The mention a headline naming no zone makes by labelling its section with a bare stem
    (【清流】32家台企全数复工, 【漳平永福】减免租金86万元): the stem, of the zone the section's body
    (up to the next headline) names in full opening with it, which the label writes short, as
    遂宁： writes 遂宁经开区 short: the division of that stem when the body writes it (漳浦县; 南京市,
    not the 南京江北新区 it names too), else the first (清流台湾农民创业园). None when the body names
    none (【政策加码】, 【记者手记】)."""
    label = _STEM_LABEL.match(text, start, end)
    if label is None:
        return None
    stem_start, stem_end = label.span(1)
    stem = label.group(1)
    named = [m for m in az._mentions_in(end, body_end) if m.end - m.start > len(stem) and text.startswith(stem, m.start)]
    division = next((m for m in named if m.end - m.start == len(stem) + 1 and text[m.end - 1] in _PLACE_LEVEL_CHARS), None)
    written = division or (named[0] if named else None)
    return None if written is None else ZoneMention(stem_start, stem_end, written.key)


def _figures_in(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a figure with its unit (clean.AMOUNT_START_STD): a line of facts
    (复工企业216家, 减免租金1200万元) heads nothing; 02｜政策支持 (a number, no unit) is a heading."""
    from .clean import AMOUNT_START_STD
    return AMOUNT_START_STD.search(text, start, end) is not None


# The rest of a list item's line after its place: a figure and nothing else (天津经开区  97.6%).
_LIST_ITEM_REST = pattern_cache.re_compile(r"[^\S\n:：]*[:：]?[^\S\n]*(?:[0-9]+(?:\.[0-9]+)?[余多]?[万亿千百]?[元家户个人名件只%])[。；;，,]?[^\S\n]*")
_LIST_ITEM_LEAD = pattern_cache.re_compile(r"[^\w\n]*")
# …or a table's row flattened to a line: two or more bare cells parted by spaces, tabs or bars, their
# unit in the header or the caption (船山区 21386.5 812.3; cleaning keeps the spaces between digits).
_TABLE_CELL = r"-?[0-9]+(?:\.[0-9]+)?[余多]?[万亿千百]?[元家户个人名件只%]?"
_TABLE_ROW_REST = pattern_cache.re_compile(r"[^\S\n:：|｜]*[:：|｜]?[^\S\n]*" + _TABLE_CELL
                                           + r"(?:[^\S\n]*[|｜][^\S\n]*" + _TABLE_CELL + r"|[^\S\n]+" + _TABLE_CELL + r")+[^\S\n|｜]*[|｜]?[^\S\n]*")


def _list_item_line(text: str, start: int, end: int, found: list) -> bool:
    """Whether the line text[start:end] is one item of a list of figures: its place (after a
    bullet at most) and right after it one figure, nothing else (天津港保税区  95.3%), or a table's
    row, its cells and nothing else (船山区 21386.5 812.3). Such a line heads no section, as a
    roundup's sub-headline (■长兴县 …) or a heading (一、天河区) does: the prose after the table
    is not its last row's place's."""
    first, last = found[0], found[-1]
    if _LIST_ITEM_LEAD.fullmatch(text, start, first.start) is None:
        return False
    if any(a.end != b.start for a, b in zip(found, found[1:])):
        return False  # places written apart: more than a place and its figure
    return _LIST_ITEM_REST.fullmatch(text, last.end, end) is not None \
        or _TABLE_ROW_REST.fullmatch(text, last.end, end) is not None \
        or _labelled_cell_line(text, start, end, last.end)


# The rest of an infographic's line after its place: a short label and the figure ending the line
# (长东北核心区|复工企业386家, 空港经济开发区|复工率100%).
_LABELLED_CELL_REST = pattern_cache.re_compile(r"[\u4e00-\u9fff]{1,8}[0-9]+(?:\.[0-9]+)?[余多]?[万亿千百]?[元家户个人名件只%](?:以上|以下)?")


def _labelled_cell_line(text: str, start: int, end: int, place_end: int) -> bool:
    """A place, a short label and its figure, on a line among lines of figures (其中，…复工企业427家 /
    长东北核心区复工企业386家 / 空港经济开发区复工率100%): a cell of an infographic's panel, one fact
    about the place, which heads no section (二、产能恢复 under it is the article's zone's again).
    Alone among prose such a line may be a sub-headline: a line next to it must hold a figure."""
    if _LABELLED_CELL_REST.fullmatch(text, place_end, end) is None:
        return False
    before_start = text.rfind("\n", 0, max(0, start - 1)) + 1
    after_end = text.find("\n", end + 1)
    return (start > 0 and _figures_in(text, before_start, start - 1)) \
        or (end < len(text) and _figures_in(text, end + 1, len(text) if after_end < 0 else after_end))


def _district_kept(az: ArticleZones, lead_ins: set[int], pos: int) -> set[int]:
    """The bullets a town's line at `pos` ends: those about a park or zone (🔹莘庄工业区：… then
    虹桥镇：…, both in 闵行区), not one about a district or county, which holds the town (🔹闵行区：…
    then 虹桥镇：…: still 闵行区's)."""
    before = [start for start, _ in az.sections if start < pos]
    if not before:
        return lead_ins
    key = next(k for start, k in az.sections if start == before[-1])
    return set() if key is not None and az.zones[key].zone_type in ("district", "county") else lead_ins


# 🔹虹桥镇：… opening a line: a bullet about a town (zones.json town_lead_in_suffixes).
# The line patterns below open with a line end, searched for as a literal, not with ^ (MULTILINE),
# which the engine tries at every character: they scan the text with a line end put before it,
# so that a match's start is its line's start in the text.
_TOWN_LEAD_IN = pattern_cache.re_compile(r"\n[^\S\n]*[^\w\s]{0,2}[\u4e00-\u9fff]{1,4}(?:"
                                         + "|".join(map(re.escape, _RES["town_lead_in_suffixes"])) + r")[:：]")
# A speaker's label in a press conference's record: an official title and a name (zones.json
# speaker_titles), a line opening with a label and a colon, and the labels of no zone's speaker.
_SPEAKER_TITLES = tuple(_RES["speaker_titles"])
# The titles as a prefix tree (literal_scanner's): the titles written at a position are tried
# longest first, as in their longest-first alternation, without trying each title in turn.
_SPEAKER_TITLE_AND_NAME = pattern_cache.re_compile("(?:" + literal_scanner(_SPEAKER_TITLES).pattern + ")"
                                                   + r"[^\S\n]?([\u4e00-\u9fff]{2,3})(?=[：:、，,）)\s]|$)")
_LABEL_LINE = pattern_cache.re_compile(r"\n[^\S\n]*[^\w\s]{0,2}([^\n：:。，,；;！？!?]{1,24})[：:]")  # in "\n" + text
_MODERATOR_LABELS = frozenset(_RES["moderator_labels"])
_SPEAKER_TITLE_SCAN = literal_scanner(_SPEAKER_TITLES)
_REPORTER_LABEL_ENDS = tuple(_RES["reporter_label_ends"])
_FIRM_LABEL_WORDS = tuple(_RES["firm_label_words"])
_ATTENDANCE_LABELS = tuple(_RES["attendance_labels"])
# 办理地点：, 【咨询地址】: a line giving an office's address (attribution.json address_labels).
_ADDRESS_LINE = pattern_cache.re_compile(r"[\s【\[(（]*(?:" + "|".join(map(re.escape, sorted(resource("attribution.json")["address_labels"], key=len, reverse=True))) + ")")
# 注：, 备注：, 说明： opening a line: a note on the figures above (zones.json note_labels).
# attribution.json part_openers (其中, 这其中…): a line opening with one goes on with the figure before it
_PART_OPENERS = tuple(resource("attribution.json")["part_openers"])
_NOTE_LINE = pattern_cache.re_compile(r"[\s*※【\[(（]*(?:" + "|".join(map(re.escape, sorted(_RES["note_labels"], key=len, reverse=True)))
                                      + r")[0-9]?[】\])）]?[:：]")
# A line wholly in brackets ending a sentence inside them (zones.json bracketed_note_line), matched
# whole from a line's start to its end.
_BRACKETED_NOTE = pattern_cache.re_compile(_RES["bracketed_note_line"])
_NOT_SPEAKER_NAMES = frozenset(_RES["speaker_not_names"])
_LABEL_START_CHARS = "、，,：:\n（(【】 "
_LABEL_START_NEAR = 64  # characters before a title looked through first: a label is short


def _label_start_before(text: str, pos: int) -> int:
    """Where the label holding the title at `pos` starts: right after the last of
    _LABEL_START_CHARS before `pos` (0 for none). Looked for in the few characters before `pos`
    first, where one nearly always is: a character the text lacks (【) was looked for back to the
    text's start for every title, so a record of many speakers cost the square of its length."""
    near = max(0, pos - _LABEL_START_NEAR)
    last = max(text.rfind(ch, near, pos) for ch in _LABEL_START_CHARS)
    if last < 0 and near > 0:
        last = max(text.rfind(ch, 0, near) for ch in _LABEL_START_CHARS)
    return last + 1


def _firm_label(label: str) -> bool:
    """A speaker's label naming a bank or a firm (江苏银行苏州分行副行长, 企业代表、某科技公司总经理)."""
    return any(w in label for w in _FIRM_LABEL_WORDS)


def _speaker_lines(az: ArticleZones, text: str) -> tuple[list[tuple[int, str]], list[int]]:
    """(sections of the lines a zone's official speaks, starts of the lines a moderator or a
    reporter speaks) in a press conference's record or an interview: 江宁区区长 李明：… is about
    江宁区; 沈强：… too when 沈强 was introduced as 吴江区副区长 沈强 (the last zone written
    before a title, within the label holding it); 主持人：… speaks for no zone."""
    if "：" not in text and ":" not in text:
        return [], []
    if not _writes_any(_SPEAKER_TITLE_SCAN, text) and not any(w in text for w in _MODERATOR_LABELS):
        return [], []
    budget.check()
    speaking_for: dict[str, str | None] = {}  # a name -> the zone it speaks for (None: none named)
    for m in _SPEAKER_TITLE_AND_NAME.finditer(text):
        label_start = _label_start_before(text, m.start())
        found = az._mentions_in(label_start, m.start())
        if m.group(1) not in _NOT_SPEAKER_NAMES:
            # 市人社局副局长 王刚 (no zone named): his lines speak for none, not the zone listed before
            speaking_for.setdefault(m.group(1), found[-1].key if found and not _firm_label(text[label_start:m.start()]) else None)
    speakers, moderators = [], []
    for line_start, label_start, label_end in _label_lines(text):
        label = text[label_start:label_end].strip()
        if label in _MODERATOR_LABELS or label.endswith(_REPORTER_LABEL_ENDS):
            moderators.append(line_start)  # 主持人：, 扬子晚报记者：
            continue
        found = az._mentions_in(label_start, label_end)
        titled = _SPEAKER_TITLE_AND_NAME.search(label)
        if titled and titled.group(1) in _NOT_SPEAKER_NAMES:
            continue  # 江宁区人社局负责人介绍：… is a sentence, not a speaker's label
        name = label.replace(" ", "")
        if _firm_label(label) and (titled or name in speaking_for or len(label) > 4):
            moderators.append(line_start)  # 南京银行副行长 王敏：, 企业代表…：: a firm speaks for no zone
        elif found and titled:
            speakers.append((line_start, found[-1].key))
        elif name in speaking_for:
            key = speaking_for[name]
            if key is None:
                moderators.append(line_start)
            else:
                speakers.append((line_start, key))
        elif titled:
            moderators.append(line_start)  # 市人社局局长 王刚：: an official of no zone the text names
    return speakers, moderators


def _label_lines(text: str) -> list[tuple[int, int, int]]:
    """(line start, label start, label end) of each line opening with a label and a colon."""
    return [(m.start(), m.start(1) - 1, m.end(1) - 1) for m in _LABEL_LINE.finditer("\n" + text)]


# A section that hands the figures after it back to the article's main zone (attribution skips it).
MAIN_ZONE_SECTION = "\x00main"


def _sections_closing_lead_ins(text: str, sections: list[tuple[int, str | None]], headed: list[tuple[int, str | None]],
                               closers: list[tuple[int, set[int]]]) -> list[tuple[int, str | None]]:
    """A headline naming no zone (【政策加码】, 02｜政策支持) after a paragraph that opened with its
    zone (🔹莘庄工业区：已复工企业216家。) ends that paragraph's section: what follows is about the
    section a headline opened before (一、天河区 … （二）政策支持 stays 天河区's), else the main zone.
    Only after a lead-in: under a headline naming a zone, a headline naming none is a subheading.
    A headline before in the closer's own outline style is its peer, not a level above it (经开区：…
    临涣工业园：… 政策：…: the policies are no more the unnamed 经开区's than 临涣工业园's; zones.json
    heading_styles). `closers` are (position, the starts of the sections it ends)."""
    starts = [start for start, _ in sections]
    headed_starts = [start for start, _ in headed]
    closing = []
    for pos, ends in closers:
        i = bisect.bisect_left(starts, pos) - 1
        if i < 0 or starts[i] not in ends:
            continue
        j = _headline_above(text, headed, bisect.bisect_left(headed_starts, pos) - 1, pos)
        closing.append((pos, headed[j][1] if j >= 0 else MAIN_ZONE_SECTION))
    return closing


def _names_an_area(text: str, start: int, end: int) -> bool:
    """Whether the headline from `start` to `end` opens with an area's label (北湖片区：, 东部组团：),
    not with a kind of park (重点园区：, 各类园区：: its head only generic words)."""
    m = _AREA_LABEL_HEADING.match(text, start, end)
    return m is not None and _AREA_LABEL_GENERIC_HEAD.fullmatch(m.group("head")) is None


def _peers_of(text: str, pos: int, starts: set[int]) -> set[int]:
    """Those of the headlines at `starts` written in the outline style of the one at `pos`."""
    style = _heading_style(text, pos)
    return {start for start in starts if _heading_style(text, start) == style}


def _headline_above(text: str, headed: list[tuple[int, str | None]], j: int, pos: int) -> int:
    """The index of the last of headed[:j + 1] that is not written in the style of the headline
    at `pos` (its peers), -1 for none; `j` itself when that headline has no style."""
    style = _heading_style(text, pos)
    while style is not None and j >= 0 and _heading_style(text, headed[j][0]) == style:
        j -= 1
    return j


# 一、, （一）, ■, 开发区：: how a headline marks its level in an outline (zones.json heading_styles).
_HEADING_STYLES = [(name, pattern_cache.re_compile(pattern)) for name, pattern in _RES["heading_styles"].items()]


def _heading_style(text: str, start: int) -> str | None:
    """The outline style of the headline at `start` (■ of ■陆建华（…）, numeral of 二、…, label of
    担保加贴息：…), None for a headline in none."""
    for name, pattern in _HEADING_STYLES:
        m = pattern.match(text, start)
        if m is not None:
            return name + "".join(m.groups())
    return None


def _sections_ended_by_peers(text: str, headlines: tuple[tuple[int, int], ...], sections: list[tuple[int, str | None]],
                             headed: list[tuple[int, str | None]], zoneless: list[int],
                             title_end: int) -> list[tuple[int, str | None]]:
    """A headline naming no zone in the style of the headline naming one that opened the section it
    falls in (■陆建华（高新区管委会副主任） … ■农秀兰（区人社局局长）) is the next item of that outline
    level: it ends the section. The figures after it go back to the section of the nearest headline
    before in a style first written earlier (a higher level: 一、天河区 … （一）… （二）…), else to the
    main zone (zones.json heading_styles)."""
    starts = [start for start, _ in sections]
    opened, headed_zone = set(starts), dict(headed)
    style_at = {start: _heading_style(text, start) for start, _ in headlines if start >= title_end}
    first_of_style: dict[str | None, int] = {}
    for start, style in style_at.items():
        first_of_style.setdefault(style, start)
    out = []
    for pos in zoneless:
        i = bisect.bisect_left(starts, pos) - 1
        if pos in opened or i < 0 or starts[i] < title_end or starts[i] not in headed_zone:
            continue
        style = style_at.get(pos)
        if style is None or style != style_at.get(starts[i], _heading_style(text, starts[i])):
            continue
        higher = [start for start, other in style_at.items() if start < starts[i]
                  and first_of_style[other] < first_of_style[style]]
        out.append((pos, headed_zone.get(higher[-1], MAIN_ZONE_SECTION) if higher else MAIN_ZONE_SECTION))
    return out


_ORGANISATION_AFTER = tuple(_RES["organisation_after_place"])


def _headline_zone(az: ArticleZones, found: list[ZoneMention]) -> str:
    """The zone a headline heads a section about: the first it names that is no city (苏州工业园区
    of 苏州工业园区出台措施 吴中区企业加快复工, a park or zone as much as a district), the more
    specific of two written together (浦东新区张江科学城: the park); a city only when it names nothing else.
    Not a place in a bank's or firm's name (农行湖北省分行支持东湖高新区…: zones.json organisation_after_place)."""
    found = [mm for mm in found if not az.text.startswith(_ORGANISATION_AFTER, mm.end)] or found  # 农行湖北省分行
    found = [mm for i, mm in enumerate(found) if not _body_over_zone_after(az, mm, found[i + 1:])] or found
    ranked = [mm for mm in found if az.zones[mm.key].rank != _LEVEL_RANK["city"]] or found
    best = ranked[0]
    for mm in ranked[1:]:
        if mm.start != best.end:
            break
        best = mm  # 浦东新区张江科学城: written together, the later is inside the earlier
    return best.key


_BODY_OVER_ZONE = tuple(_RES["body_over_zone_after_place"])


def _body_over_zone_after(az: ArticleZones, mm: ZoneMention, later: list[ZoneMention]) -> bool:
    """Whether the place of `mm` seats a body written right after it (四川省审计厅, 苏州市人社局)
    and one of the `later` mentions is a zone lying in that place (绵阳高新区): the body acts on
    the zone, which is what the headline is about. Not when the line speaks of the whole place
    (全省) or the zone heads a list (绵阳高新区等5个园区)."""
    text = az.text
    if not text.startswith(_BODY_OVER_ZONE, mm.end):
        return False
    line_end = text.find("\n", mm.end)
    if any(word in text[mm.end:line_end if line_end >= 0 else len(text)] for word in _WHOLE_OF):
        return False  # 广东省人社厅：全省稳岗返还…广州开发区兑现最快: the body speaks of its whole place
    seat = az.zones[mm.key]
    field = _FIELD_OF_LEVEL.get(seat.admin_level)
    # 绵阳高新区等5个园区: a zone heading a list of several is no one zone the body acts on.
    return field is not None and any(m.key != mm.key and getattr(az.zones[m.key], field) == seat.zone_name
                                     and not text.startswith("等", m.end) for m in later)


# The field of a zone that names the division of each level holding it.
_FIELD_OF_LEVEL = {"province": "province", "prefecture": "city", "county": "district"}


_CITY_CLASS_SUFFIXES = frozenset(_RES["city_class_suffixes"])


def _names_a_whole_city(prefix: str) -> bool:
    """`prefix` is a prefecture-level city's full name, or its stem and 全市 (无锡市, 青岛全市)."""
    name = prefix.removesuffix("全市") + "市" if prefix.endswith("全市") else prefix
    return name.endswith("市") and any(p.level == "city" for p in load_gazetteer().lookup(name))


_NAME_DISTRICT_TYPES = frozenset(_RES["name_district_zone_types"])
_NAME_DISTRICT_NOT_BEFORE = tuple(_RES["name_district_not_before"])


def _name_district_short(zone: Zone) -> str | None:
    """<name>区 for a zone named <its city's stem><name><suffix> (威海临港经开区: 临港区), or None: no
    such name, or a division of its province bears it (青岛's 黄岛区 is a district, not a zone)."""
    if zone.zone_type not in _NAME_DISTRICT_TYPES or not zone.city or not zone.province:
        return None  # not 阿克苏纺织工业城, named by no suffix; and most zones of an article are divisions
    return _name_district_written(zone.zone_name, zone.city, zone.province)


@lru_cache(maxsize=1 << 12)
def _name_district_written(zone_name: str, city: str, province: str) -> str | None:
    """`_name_district_short` for a zone of a development type, by its names (the same few zones
    recur across an archive's articles: decided once each)."""
    suffix = _suffix_ending(zone_name)
    if suffix is None:
        return None
    stem = _place_stem(city)
    name = zone_name.removesuffix(suffix)
    if not stem or not name.startswith(stem) or len(name) - len(stem) < 2:
        return None
    written = name[len(stem):] + "区"
    if any(p.province == province for p in load_gazetteer().lookup(written)):
        return None
    return written


_SUFFIX_SHORT_FORMS = tuple(_RES["suffix_short_forms"].items())


@lru_cache(maxsize=1 << 12)
def _suffix_short_form(zone_name: str, city: str | None) -> str | None:
    """<name>度假区 for a resort named [its city's stem]<name>[国家]旅游度假区 (苏州太湖国家旅游度假区:
    太湖度假区; zones.json suffix_short_forms): its own media's short form; None for other zones
    or a name of one character."""
    suffix, short = next(((k, v) for k, v in _SUFFIX_SHORT_FORMS if zone_name.endswith(k)), (None, None))
    if suffix is None:
        return None
    name = zone_name.removesuffix(suffix)
    name = next((name.removesuffix(i) for i in _KEPT_INFIXES.get(suffix, ()) if name.endswith(i)), name)
    stem = _place_stem(city) if city else ""
    if stem and name.startswith(stem) and len(name) - len(stem) >= 2:
        name = name[len(stem):]  # 苏州太湖: its media write 太湖度假区
    return name + short if len(name) >= 2 else None


def _name_district_mentions(az: ArticleZones, text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, key) of each <name>区 written for a development zone the article names in full
    (临港区 after 威海临港经济技术开发区): the short form its own media use, outside other names."""
    out = []
    starts = [a for a, _ in taken]
    for key, zone in list(az.zones.items()):
        written = _name_district_short(zone) or _suffix_short_form(zone.zone_name, zone.city)
        pos = text.find(written) if written else -1
        while pos >= 0:
            end = pos + len(written)
            if not text.startswith(_NAME_DISTRICT_NOT_BEFORE, end) and not _overlaps(taken, starts, pos, end):
                out.append((pos, end, key))
            pos = text.find(written, end)
    return out


_GLOSSED_NAME_ENDINGS = tuple(_RES["glossed_by_type_name_endings"])


def _name_glossed_by_type(text: str, s: int, suffix_end: int) -> str | None:
    """The name a zone word bracketed alone glosses (阿克苏纺织工业城 of 阿克苏纺织工业城(开发区)),
    or None: a place's stem heading a short name that ends in a word of a site (城, 园, 港:
    zones.json glossed_by_type_name_endings) is written as a zone of the bracketed type, its own
    name the canonical one. Not a firm's (某某有限公司(开发区分公司): no bracket closes the word)."""
    if text[s - 1:s] != "(" or text[suffix_end:suffix_end + 1] != ")":
        return None
    run_match = _HAN_RUN_AT_END.search(text[max(0, s - 12):s - 1])
    run = run_match.group() if run_match else ""
    if not run.endswith(_GLOSSED_NAME_ENDINGS):
        return None
    name = park_prefix(run, whole_run=False)
    return name if name and _stem_at(name) and not _admin_head(name) else None


def _glossed_zone(name: str, suffix: str, context: str) -> Zone:
    """The zone `name` glossed by the zone word `suffix`: of that word's type, at the place its stem
    names (奎屯 of 奎屯化纤产业城: 奎屯市), the one the article's words point to where it names several."""
    places = _park_places(name, context) or [p for p in load_gazetteer().lookup_stem(name[:_stem_at(name)[0]])
                                             if not p.is_functional_zone]
    return _zone_at_place(park_canonical(name), _SUFFIX_INFO[suffix][0], _disambiguate(places, context))


_DESCRIPTOR_BRACKET = pattern_cache.regex_compile(_RES["descriptor_bracket_before_park"])


def _trade_park_with_descriptor(text: str, s: int, suffix: str) -> int | None:
    """Where the name starts when the park suffix at `s` follows a trade's name and a bracketed
    word describing it that is no place (智能终端（手机）产业园; not 中韩（盐城）产业园): read without the
    bracket, the words name no place and no reference, so the park is unnamed (zones.json
    _descriptor_bracket_before_park), not a bare park word pointing back to the zone written last.
    None for any other bracket."""
    m = _DESCRIPTOR_BRACKET.search(text, max(0, s - 20), s)
    if m is None or _stem_at(m.group(2)) is not None:
        return None
    run = m.group(1)
    whole_run = m.start(1) == 0 or not _HAN_RUN_AT_END.search(text[m.start(1) - 1:m.start(1)])
    if _prefix_written(run, whole_run, suffix)[0] is not None or _reference_kind(run):
        return None
    return m.start(1)


@lru_cache(maxsize=1 << 16)
def _prefix_written(run: str, whole_run: bool, suffix: str) -> tuple[str | None, str | None]:
    """(the place-name part of a zone name written `run` + `suffix`, its canonical form), or
    (None, None) when `run` names no place, ("", None) when it names a province: the province's
    zones, which its own mention stands for (江西省开发区), no zone and no reference.

    The same words before the same suffix name the same place: articles write their zones again
    and again after a comma or a verb, and an archive writes the same ones across articles, so
    each is weighed once per process, not per article."""
    if not run or run[-1] in _EACH_BEFORE or run[-1] in _GROUP_COUNTS_BEFORE:
        return None, None  # 长沙各开发区, 湖南两经开区: several zones, none by name
    if _RES["list_closer"] in run and _LIST_CLOSED.search(run):  # the closer (等) first: most runs hold none
        return None, None  # 江西、广西等地开发区: the zones of the places listed, none by name
    if run.endswith(_TIME_ENDINGS):
        return None, None  # 年中开发区: a time phrase, and the zone word after it bare
    if run.endswith(_SAYING_ENDINGS):
        return None, None  # 该负责人称高新区: what is said opens after the verb, the zone word bare
    stationed = max(run.rfind(ch) for ch in _STATIONED_AT)
    if stationed >= 0 and _stem_at(run[stationed:]) is None:  # not 驻马店, a city's name
        # 南京海关驻江宁开发区: the zone's name starts after where the body is stationed;
        # 海关驻保税区: nothing left, a bare zone word (_reference_kind).
        run, whole_run = run[stationed + 1:], True
        if not run:
            return None, None
    if suffix in _PARK_SUFFIXES:
        prefix = park_prefix(run, whole_run=whole_run)
        if prefix is not None and _common_word_not_place(prefix, suffix):
            return None, None  # 新兴产业园: an emerging industries' park, not a park of 新兴县
        if prefix and prefix.endswith("省") and prefix[:-1] in province_stems():
            return "", None  # 河南省产业集聚区: the province's parks as a class, as 江西省开发区 (a bare
            # stem stays a park's name: 宁夏产业园 may lie in another province)
        return prefix, None if prefix is None else park_canonical(prefix)
    prefix = zone_prefix(run, needs_known_place=suffix in _NEEDING_KNOWN_PLACE, whole_run=whole_run)
    if prefix is not None and suffix in _NEEDING_PROPER_NAME and not _proper_name_after_stem(prefix):
        prefix = None  # 政府投资区内, 民间投资区: a kind of investment, no zone's name
    if prefix is None:
        prefix = _listed_name_after_particle(run, suffix)
    canonical = None if prefix is None else canonical_prefix(prefix)
    if (canonical in province_stems() or (canonical or "").removesuffix("省") in province_stems()
            or canonical in _province_full_names()) and suffix not in _FTZ_SUFFIXES:
        return "", None  # 广东省级高新区, 江西省开发区: the province's zones, none of them by name
    if suffix in _CITY_CLASS_SUFFIXES and prefix and _names_a_whole_city(prefix):
        return "", None  # 无锡市开发区, 青岛全市开发区: the city's zones, none of them by name
    return prefix, canonical and _unit_after_its_city(canonical, _SUFFIX_INFO[suffix][1])


_COUNTRY_PAIR_OPENERS = frozenset(_RES["country_pair_openers"])
_CAMPAIGN_WORDS = tuple(_RES["campaign_words_after"])
_OPENING_QUOTES = "“\"「『‘'"
_CLOSING_QUOTES = "”\"」』’'"


def _quoted_label(text: str, start: int, end: int, prefix: str) -> bool:
    """Whether text[start:end], a zone suffix after words that name no place the gazetteer
    knows, stands alone in quotation marks before a word of campaigns (开展“惠企新区”服务行动,
    “暖企高新区”活动): the name of a campaign or a slogan, not a zone's. A known place's zone in
    quotes (“成都高新区”), or one before other words (“翠亨新区”规上企业…), is one."""
    if start == 0 or end >= len(text) or text[start - 1] not in _OPENING_QUOTES or text[end] not in _CLOSING_QUOTES:
        return False
    if not text.startswith(_CAMPAIGN_WORDS, end + 1):
        return False  # “翠亨新区”规上工业企业…: a zone the gazetteer does not know, quoted
    return _stem_at(prefix) is None and not any(name.startswith(prefix) for name in _listed_by_head().get(prefix[:2], ()))


@lru_cache(maxsize=1)
def _listed_by_head() -> dict[str, tuple[str, ...]]:
    """The names of named_zones.csv by their first two characters."""
    by_head: dict[str, tuple[str, ...]] = {}
    for name in named_zones():
        by_head[name[:2]] = by_head.get(name[:2], ()) + (name,)
    return by_head


def _listed_name_after_particle(run: str, suffix: str) -> str | None:
    """The end of `run` that with `suffix` is a listed zone's name (named_zones.csv), after a
    particle or preposition (而赣江新区, 记者从西咸新区管委会获悉: 从 is no part of the name),
    or all of `run` after its reporting words; None when there is none."""
    run = _after_stop_word(run, False)[0]
    listed = named_zones()
    for k in range(min(len(run), 4), 1, -1):
        if (k == len(run) or run[-k - 1] in _STOP_CHARS) and run[-k:] + suffix in listed:
            return run[-k:]
    return None


def _proper_name_after_stem(prefix: str) -> bool:
    """Whether what `prefix` holds after the place's stem opening it (海沧 of 厦门海沧), or the
    whole of it where no stem opens it (元洪), is a proper name, no common word (政府, 民间)."""
    hit = _stem_at(prefix)
    rest = prefix[hit[0]:] if hit else prefix
    return _is_proper_name(rest)


def _unit_after_its_city(prefix: str, short: str) -> str:
    """浦东 of 上海浦东 + 新区: where the words after a city's (or municipality's) stem and the
    suffix name a county-level unit of that city (上海浦东新区, 天津滨海新区), the unit's own name
    is the short official form, as 上海市浦东新区 gives it; else `prefix` as it is."""
    hit = _stem_at(prefix)
    if hit is None or hit[0] >= len(prefix) - 1:
        return prefix
    stem, rest = prefix[:hit[0]], prefix[hit[0]:]
    units = [p for p in load_gazetteer().lookup(rest + short) if p.level == "area"]
    if len(units) == 1 and (units[0].city or units[0].province or "").startswith(stem):
        return rest
    return prefix


def _references_outside_mentions(az: ArticleZones, text: str) -> list[Reference]:
    """A Reference for each reference word of `text` (全市, 该区 ...) where `az.mention_at`
    finds no mention (`az` frozen): the words and the mentions are both in order, so the two
    mentions mention_at weighs are found by walking the mentions along, not by a bisection
    and a call per word. Both start at or before the word: it is in one when it is before
    that one's end."""
    starts, ends = az._mention_starts, [m.end for m in az.mentions]
    found, i, n = [], 0, len(starts)  # i: the mentions starting at or before the word (bisect_right)
    for m in _reference_matches(text):
        pos, end = m.span()
        while i < n and starts[i] <= pos:
            i += 1
        if (i > 0 and pos < ends[i - 1]) or (i > 1 and pos < ends[i - 2]):
            continue
        word = m[0]  # read once: most checks below ask for it
        if _counted_before(text, pos):
            national = _national_class_start(text, pos)
            if national is not None:  # 19个国家级新区平均复工率…: a nationwide aggregate
                found.append(_new_tuple(Reference, (national, end, "country")))
            continue  # 四大开发区, 两个国家级高新区: several zones, not the one in scope
        if word[0] not in _REFERENCE_PREFIX and _province_before(text, pos):
            continue  # 江西开发区: the province's zones (not 浙江全省: the province)
        if word.endswith("内") and text.startswith("外", end):
            continue  # 从省内外接回: inside and outside the province, whence people came, no actor
        kind = _REFERENCE_OF[word]
        if kind == "country" and text.startswith(_COUNTRY_NOT_BEFORE, end):
            continue  # 全国人大代表, 全国文明城市: a title, not the country
        if kind == "province" and _province_rank_or_class(text, pos, end):
            continue  # 自治区级园区, 各省、自治区、直辖市: a rank or a class, not the province
        if _in_company_name(text, word, end):
            continue  # 江苏银行江北新区分行: a bank's branch, no reference to a zone
        if pos and text[pos - 1] in _OWN_BODY_NOT_AFTER and word in _OWN_BODY_WORDS:
            continue  # 自治区财政, 地区财政: the level character ends another word
        if _ends_another_word(text, pos, word):
            continue  # 独墅湖科教创新区: an innovation district, no bare 新区
        if _city_body_inside_clause(az, text, pos, word):
            continue  # 城市里, 由市财政承担: no city acting
        found.append(_new_tuple(Reference, (pos, end, kind)))
    return found


_NATIONAL_CLASS_INFIXES = tuple(sorted(_RES["national_class_infixes"], key=len, reverse=True))
_COUNT_NUMERALS = frozenset("0123456789一二三四五六七八九十百两几")
_NATIONAL_CLASS_COUNTERS = frozenset("个大")
# What may stand before such a count: nothing Han (a mark, a line's start), the country, or a
# word of having or of frame (据统计，19个…; 全国19个…; 目前已有19个…).
_NATIONAL_CLASS_AFTER = ("全国", "我国", "共有", "已有", "目前", "当前")


def _national_class_start(text: str, pos: int) -> int | None:
    """Where a counted national class of zones written before the zone word at `pos` starts
    (19个国家级新区, 169个国家高新区), when nothing before the count names who holds them; else None
    (zones.json national_class_infixes)."""
    infix = next((w for w in _NATIONAL_CLASS_INFIXES if text.startswith(w, pos - len(w))), None)
    if infix is None:
        return None
    at = pos - len(infix)
    if at < 2 or text[at - 1] not in _NATIONAL_CLASS_COUNTERS or text[at - 2] not in _COUNT_NUMERALS:
        return None
    start = at - 2
    while start > 0 and text[start - 1] in _COUNT_NUMERALS:
        start -= 1
    if start == 0 or not _is_han(text[start - 1]) or text.endswith(_NATIONAL_CLASS_AFTER, 0, start):
        return start
    return None


_CLASS_OPENERS = tuple(sorted(_RES["zone_class_openers"], key=len, reverse=True))
# The openers by their last character, longest first as above: an opener written before a zone
# word ends with the character before it, so only those ending so are tried (once per zone word).
_CLASS_OPENERS_BY_LAST: dict[str, tuple[str, ...]] = {}
for _opener in _CLASS_OPENERS:
    _CLASS_OPENERS_BY_LAST[_opener[-1]] = _CLASS_OPENERS_BY_LAST.get(_opener[-1], ()) + (_opener,)
_CLAUSE_OPENING = frozenset("，。；：,;:!?！？\n")
_QUOTES_OR_SPACE = " \t\u3000“\""


def _read_zone_classes(az: ArticleZones, text: str, suffix_spans) -> None:
    """Zone words naming a class of zones (国家级经开区, 省级开发区, 各地国家高新区, 各类开发区;
    zones.json zone_class_openers and zone_infixes) are no reference to the current zone: after a
    place (嘉兴市各类开发区) the place holds the class's figures, so the word is dropped; opening
    its clause (国家级经开区已为企业减免…) the class is a Reference of kind `class`, resolved to no
    zone (SPEC §5: where no jurisdiction is named, never guess). Elsewhere (打造国家级高新区, 其中
    国家级经开区, 该国家级高新区) the word is left as it was read."""
    classes = []
    for s, _end, suffix_start, suffix_end, _suffix, _alias in suffix_spans:
        opener = _class_opener_before(text, s)
        if suffix_start == s and not opener:
            continue  # a zone word with neither a rank nor a class word before it
        start = s - len(opener)
        if az.mention_at(suffix_start) is not None or (start and text[start - 1] in _DEMONSTRATIVES):
            continue  # a named zone (合肥经开区); 该国家级高新区: the current zone
        if any(r.kind != "current" and r.start < suffix_end and start <= r.end for r in az.references):
            continue  # 全省国家级开发区, 全市各类开发区: the province's or city's reference holds it
        held = az.mention_at(start - 1) is not None or _place_earlier_in_clause(az, text, start)
        if held or _opens_its_clause(text, start):
            classes.append((start, suffix_end, held))
    if not classes:
        return
    spans = [(a, b) for a, b, _ in classes]
    az.references = [r for r in az.references
                     if not (r.kind == "current" and _overlaps(spans, [a for a, _ in spans], r.start, r.end))]
    az.references += [Reference(a, b, "class") for a, b, held in classes if not held]


def _class_opener_before(text: str, pos: int) -> str:
    """The longest zone_class_opener written right before `pos` (国家级 of 国家级经开区), else "".
    (text[pos - 1] is also the last character str.startswith compares at pos 0, from the end.)"""
    candidates = _CLASS_OPENERS_BY_LAST.get(text[pos - 1], ()) if text else ()
    return _class_opener_among(text, pos, candidates)


def _class_opener_among(text: str, pos: int, openers) -> str:
    """The first of `openers` written right before `pos`, else "" (all of _CLASS_OPENERS: the
    definition of `_class_opener_before`, which tests compare with it)."""
    return next((w for w in openers if text.startswith(w, pos - len(w))), "")


# How far back a class of zones looks for a place opening its clause (贵州省金融机构为省级以上开发区:
# a subject and a verb or preposition between; a clause longer than that has moved on from its subject).
_CLASS_HOLDER_REACH = 20


def _place_earlier_in_clause(az: ArticleZones, text: str, pos: int) -> bool:
    """Whether a place is named in the clause before the class of zones at `pos` (贵州省金融机构为
    省级以上开发区企业…, 江苏省对国家级经开区…): the class is that place's zones, as right after its
    name (嘉兴市各类开发区), no reference to the zone in scope."""
    at = pos
    while at > max(0, pos - _CLASS_HOLDER_REACH) and text[at - 1] not in _CLAUSE_OPENING:
        at -= 1
    return bool(az.zones_between(at, pos))


def _opens_its_clause(text: str, pos: int) -> bool:
    """Nothing but spaces or quotes between the opening of the clause and `pos`."""
    at = pos
    while at > 0 and text[at - 1] in _QUOTES_OR_SPACE:
        at -= 1
    return at == 0 or text[at - 1] in _CLAUSE_OPENING


def _in_company_name(text: str, word: str, end: int) -> bool:
    """Whether the bare zone word `word` ending at `end` (新区, 开发区; not 全区, 该区) is part of a
    firm's or a bank branch's name that runs on after it (江北新区分行, 钱塘新区产业发展集团)."""
    if word[0] in _REFERENCE_PREFIX:
        return False
    written_after = text[end:end + 20]
    return _COMPANY_MARKER.search(written_after) is not None and _BRANCH_OR_GROUP_AFTER.match(written_after) is not None


# A bank's branch or a group named after a zone (江北新区分行, 钱塘新区产业发展集团); not 园区平台公司
# or 园区国资公司, which describe the zone's own company and leave the zone word a reference.
_BRANCH_OR_GROUP_AFTER = pattern_cache.regex_compile(rf"^(?:(?!{alternation(_COMPANY_NAME_BREAKERS)})[\p{{Han}}]){{0,8}}?"
                                                     rf"(?:{alternation(_RES['company_name_heads'])})")


# A rank written right before a position ends with the character before it: any other there,
# and only the bare count (no rank between) is tried (most reference words: one test, not six).
_INFIX_LAST_CHARS = frozenset(infix[-1] for infix in _INFIXES_LONGEST_FIRST)
_LIST_CLOSER_WORD = _RES["list_closer"]  # 等


def _counted_before(text: str, pos: int) -> bool:
    """A count (两个, 四大), 等 (等, 等地) or 各, and perhaps a rank (国家级), written right before `pos`;
    or a rank alone not after a demonstrative (全省省级以上园区: the class of zones, not 该国家级高新区)."""
    before = text[pos - 1:pos]
    if before in _INFIX_LAST_CHARS:
        return _counted_before_with(text, pos, _INFIXES_LONGEST_FIRST)
    # No rank ends here: only the bare count is tried, the test `_counted_before_with` makes
    # with no infix, written out (most reference words: no call and no loop).
    return pos >= 1 and (before == _LIST_CLOSER_WORD or before in _EACH_BEFORE or (
        pos >= 2 and before in _COUNTERS and (text[pos - 2] in _NUMERALS or text[pos - 2] == _LIST_CLOSER_WORD)))


def _counted_before_with(text: str, pos: int, infixes) -> bool:
    """`_counted_before`, trying the ranks `infixes` between the count and `pos` (all of them:
    the definition, which tests compare with the shortcut)."""
    for infix in ("", *infixes):
        at = pos - len(infix)
        if at >= 1 and text.startswith(infix, at) and (
                text[at - 1] == _RES["list_closer"] or text[at - 1] in _EACH_BEFORE
                or (at >= 2 and text[at - 1] in _COUNTERS and (text[at - 2] in _NUMERALS or text[at - 2] == _RES["list_closer"]))):
            return True
        if infix and at >= 0 and text.startswith(infix, at) and (at == 0 or text[at - 1] not in _DEMONSTRATIVES):
            return True
    return False


def _province_stem_ending(run: str) -> str | None:
    """The province's stem `run` ends with (江西 of 在江西), not its full name (江西省: a division's
    name, found as one)."""
    return next((run[-k:] for k in (3, 2) if run[-k:] in province_stems()), None)


def _province_before(text: str, pos: int) -> bool:
    """A province's stem or name written right before `pos` (江西开发区, 江西省开发区): the zone word
    after it is the province's zones, which the province's mention stands for."""
    written, lengths, last_chars = _provinces_written()
    if text[pos - 1:pos] not in last_chars:
        return False  # most reference words: the character before them ends no province's name
    return any(text[max(0, pos - k):pos] in written for k in lengths)


@lru_cache(maxsize=1)
def _provinces_written() -> tuple[frozenset[str], tuple[int, ...], frozenset[str]]:
    """The provinces' stems and names as written before a zone word, their lengths and their
    last characters."""
    written = frozenset(province_stems()) | frozenset(stem + "省" for stem in province_stems())
    return written, tuple(sorted({len(w) for w in written})), frozenset(w[-1] for w in written)


def _references_outside_mentions_by_definition(az: ArticleZones, text: str) -> list[Reference]:
    national = [Reference(start, m.end(), "country") for m in _reference_matches(text)
                if az.mention_at(m.start()) is None and _counted_before_by_definition(text, m.start())
                and (start := _national_class_start(text, m.start())) is not None]
    return sorted(national + [Reference(m.start(), m.end(), _REFERENCE_OF[m.group()])
            for m in _reference_matches(text) if az.mention_at(m.start()) is None
            and not _counted_before_by_definition(text, m.start())
            and not (m.group()[0] not in _RES["reference_prefix_chars"]
                     and any(text[:m.start()].endswith(name) for name in _provinces_written()[0]))
            and not (_REFERENCE_OF[m.group()] == "country" and text.startswith(_COUNTRY_NOT_BEFORE, m.end()))
            and not (_REFERENCE_OF[m.group()] == "province" and _province_rank_or_class(text, m.start(), m.end()))
            and not (m.group().endswith("内") and text.startswith("外", m.end()))
            and not _in_company_name(text, m.group(), m.end())
            and not (m.start() and text[m.start() - 1] in _OWN_BODY_NOT_AFTER and m.group() in _OWN_BODY_WORDS)
            and not _ends_another_word(text, m.start(), m.group())
            and not _city_body_inside_clause(az, text, m.start(), m.group())],
        key=lambda r: r.start)


def _counted_before_by_definition(text: str, pos: int) -> bool:
    closer = _RES["list_closer"]
    return any(text[pos - len(infix):pos] == infix and pos - len(infix) >= 1 and (
        text[pos - len(infix) - 1] in (closer, *_RES["each_before"])
        or _QUANTIFIED.fullmatch(text[pos - len(infix) - 2:pos - len(infix)] if pos - len(infix) >= 2 else "")
        or regex.fullmatch(closer + _COUNTER_CLASS, text[max(0, pos - len(infix) - 2):pos - len(infix)]))
        for infix in ("", *_RES["zone_infixes"])) or any(
        pos >= len(infix) and text[pos - len(infix):pos] == infix
        and (pos == len(infix) or text[pos - len(infix) - 1] not in _RES["reference_demonstratives"])
        for infix in _RES["zone_infixes"])


_START_END = operator.attrgetter("start", "end")  # sort keys, read in C
_START = operator.attrgetter("start")


_LEAD_IN = pattern_cache.regex_compile(r"[:：】\]）)]")  # one character: plain; the budget is checked per line


def sections_from_lead_ins(az: ArticleZones, text: str) -> None:
    """Roundup paragraphs that open with their zone (`天河区：…`, `【天河区】…`) start a section."""
    for line_start in _lines_opening_with_a_mention(az, text):
        budget.check()
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        first = az._mentions_in(line_start, min(line_end, line_start + 20))
        if first and first[0].start - line_start <= 2 and (
                _LEAD_IN.match(text, first[0].end) or _bullet_before_own_name(az, text, line_start, first)):
            az.sections.append((line_start, first[0].key))


# The bullet opening a roundup's item (■, ●, ◆, 🔹): one or two symbols, no word, no punctuation
# (（, ，: a bracket or a comma opens no item).
_BULLET = pattern_cache.regex_compile(r"\p{S}{1,2}")
_OWN_LEVEL_CHARS = frozenset(_RES["own_body_levels"])


def _bullet_before_own_name(az: ArticleZones, text: str, line_start: int, first: list) -> bool:
    """■桐庐县 县农商银行…, ■丰县 丰县农商银行…, ■溧水区 溧水区农商银行…: a roundup item's
    sub-headline (a bullet and the place) whose space cleaning removed, run on by a body written
    with the place's level character (县担保公司) or with its own name again. The place heads the
    item as it would before a colon; the body's name (a firm's, no zone) must not swallow it."""
    place = first[0]
    if _BULLET.fullmatch(text, line_start, place.start) is None or az.zones[place.key].zone_type not in ("district", "county"):
        return False  # a district's or county's own bodies only (县农商银行: zones.json own_bodies)
    level = text[place.end - 1]
    if level in _OWN_LEVEL_CHARS and text.startswith(level, place.end):
        return True  # 桐庐县县…: the level character doubled opens the body's name
    return len(first) > 1 and first[1].start == place.end and first[1].key == place.key  # 丰县丰县…


def _lines_opening_with_a_mention(az: ArticleZones, text: str) -> list[int]:
    """Starts of the lines where a mention starts within the first three characters, in order:
    only there can `sections_from_lead_ins` find its first mention close enough to the start
    (the first mention it finds in a line starts at or after the first mention of the line).
    One step per mention instead of a lookup per line."""
    starts: list[int] = []
    for m in az.mentions:  # sorted by start
        # Only a line starting at most 2 characters before the mention counts: the newline
        # ending the line before is looked for there, not back to wherever it stands.
        line_start = text.rfind("\n", max(0, m.start - 3), m.start) + 1
        if line_start == 0 and m.start > 2:
            continue  # the line starts further back
        if not starts or starts[-1] != line_start:
            starts.append(line_start)
    return starts
