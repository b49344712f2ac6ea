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
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .gazetteer import Place, load_gazetteer, strip_province_prefix
from .lexicon import REGEX_TIMEOUT, alternation, compiled, resource

_T = REGEX_TIMEOUT
_RES = resource("zones.json")
_SUFFIX_INFO: dict[str, tuple[str, str]] = {k: (v["type"], v["short"]) for k, v in _RES["zone_suffixes"].items()}
_STOP_CHARS = set(_RES["prefix_stop_chars"])
_REFERENCE_PREFIX = set(_RES["reference_prefix_chars"])
_GENERIC_PREFIXES = set(_RES["generic_zone_prefixes"])
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
        key = f"{self.zone_name}|{self.province or ''}"
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]

    @property
    def rank(self) -> int:
        if self.zone_type in _DEV_TYPES:
            return 0
        return _LEVEL_RANK.get(self.zone_type, 2)


@dataclass(frozen=True)
class ZoneMention:
    start: int
    end: int
    key: str          # canonical zone name (after joint-administration folding)


@dataclass(frozen=True)
class Reference:
    start: int
    end: int
    kind: str         # current | city | province


# --- patterns ---------------------------------------------------------------------------------

_SUFFIX_RE = compiled(
    rf"(?P<infix>{alternation(_RES['zone_infixes'])})?(?P<suffix>{alternation(list(_SUFFIX_INFO))})"
    r"(?:\((?P<alias>[\p{Han}]{2,8})\))?"
)
_REFERENCE_OF = {w: "current" for w in _RES["reference_current"]}
_REFERENCE_OF.update({w: "city" for w in _RES["reference_city"]})
_REFERENCE_OF.update({w: "province" for w in _RES["reference_province"]})
_REFERENCE_RE = compiled(alternation(list(_REFERENCE_OF)))
# A company name runs from the zone name to 有限公司 without a preposition or verb between.
_COMPANY_AFTER = compiled(r"^(?:(?![为对向与和在从给把被帮助协调]|[\p{Han}]{0,3}区)[\p{Han}A-Za-z()（）]){0,14}?(有限公司|有限责任公司|集团|公司)")
_GENERIC = set(_RES["generic_area_names"])


@lru_cache(maxsize=1)
def _admin_names() -> tuple[frozenset[str], str, int]:
    """Names of districts, counties, cities and provinces; their last characters; the longest."""
    names = frozenset(p.name for p in load_gazetteer().places
                      if len(p.name) >= 3 and p.name not in _GENERIC and not p.is_functional_zone)
    return names, "".join(sorted({n[-1] for n in names})), max(len(n) for n in names)


def find_admin_names(text: str) -> list[tuple[int, int]]:
    """Spans of administrative names, leftmost-longest and non-overlapping.

    A set lookup at each character that can end a name (区, 县, 市 ...): linear in the text,
    unlike one alternation of three thousand names.
    """
    names, last_chars, longest = _admin_names()
    found = []
    for end in range(1, len(text) + 1):
        if text[end - 1] not in last_chars:
            continue
        for length in range(min(longest, end), 2, -1):
            if text[end - length:end] in names:
                found.append((end - length, end))
                break
    found.sort(key=lambda sp: (sp[0], -(sp[1] - sp[0])))
    kept: list[tuple[int, int]] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


@lru_cache(maxsize=1)
def _stem_levels() -> dict[str, str]:
    """Stems of cities and provinces (and of districts/counties, lower priority)."""
    levels: dict[str, str] = {}
    for place in load_gazetteer().places:
        if len(place.stem) < 2 or place.is_functional_zone:
            continue
        level = "high" if place.level in ("city", "province") else "area"
        if levels.get(place.stem) != "high":
            levels[place.stem] = level
    return levels


@lru_cache(maxsize=1)
def _functional_zones() -> dict[str, Place]:
    """Gazetteer development zones under their canonical short names (唐山高新区)."""
    out: dict[str, Place] = {}
    for place in load_gazetteer().places:
        if not place.is_functional_zone:
            continue
        m = regex.search(rf"(?:{alternation(list(_SUFFIX_INFO))})$", place.name)
        if not m:
            continue
        prefix = strip_province_prefix(place.name[: m.start()]).removesuffix("市")
        out.setdefault(prefix + _SUFFIX_INFO[m.group()][1], place)
    return out


# --- prefix of a development zone ---------------------------------------------------------------

def _stem_at(text: str) -> tuple[int, str] | None:
    levels = _stem_levels()
    for k in (4, 3, 2):
        if len(text) >= k and text[:k] in levels:
            return k, levels[text[:k]]
    return None


def zone_prefix(run: str, *, needs_known_place: bool, whole_run: bool = False) -> str | None:
    """The place-name part of a zone name, from the Han characters written before its suffix.

    `whole_run` says that `run` is bounded by punctuation or the start of the text.
    """
    if run[:1] in _REFERENCE_PREFIX and len(run) <= 2:
        return None  # 全省经开区, 该高新区: a reference, not a name
    best_high, best_area = None, None
    for i in range(len(run) - 1):
        cand = run[i:]
        if regex.search(r"[区县市省]", cand[:-1]):
            continue  # 黄埔区广州: a district followed by another name, not one name
        hit = _stem_at(cand)
        if not hit:
            continue
        if hit[1] == "high" and best_high is None:
            best_high = cand
        elif hit[1] == "area" and best_area is None and hit[0] == len(cand):
            best_area = cand  # a district's stem names a zone only on its own: 璧山, not 松山湖
    if best_high or best_area:
        return best_high or best_area
    if needs_known_place:
        # An unknown place may still name a zone when nothing else is written before it (西咸新区).
        if len(run) in (2, 3) and whole_run and run[:2] not in _GENERIC_PREFIXES:
            return run
        return None
    trimmed = run
    while trimmed and trimmed[0] in _STOP_CHARS:
        trimmed = trimmed[1:]
    if len(trimmed) < 2:
        return None
    if len(trimmed) > 4:
        trimmed = _last_word(trimmed)
    return trimmed if len(trimmed) >= 2 else None


def canonical_prefix(written: str) -> str:
    """The short official form of a written prefix: 河北唐山 -> 唐山, 绵阳市 -> 绵阳."""
    inner = strip_province_prefix(written)
    prefix = inner if inner != written and _stem_at(inner) else written
    return prefix[:-1] if prefix.endswith("市") and prefix[:-1] in _stem_levels() else prefix


def _reference_kind(run: str) -> str | None:
    """全省经开区 -> province, 全市 -> city, 该/本/bare 高新区 -> the current zone; None otherwise."""
    if not run or run[-1] in _STOP_CHARS:
        return "current"
    if len(run) >= 2 and run[-2] in _REFERENCE_PREFIX:
        return {"省": "province", "市": "city"}.get(run[-1], "current")
    if run[-1] in _REFERENCE_PREFIX:
        return "current"
    return None


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
        self.main: str | None = None
        self.attributor = None  # set by attribution.Attributor: decides which zone a position belongs to
        self._alias_to_key: dict[str, str] = {}
        self._mention_starts: list[int] = []
        self._reference_starts: list[int] = []
        self._section_starts: list[int] = []

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

    def fold_alias(self, alias: str, key: str) -> None:
        """Make `alias` (a district of a joint administration) mean zone `key` in this article."""
        self._alias_to_key[alias] = key
        self.zones[key].aliases.add(alias)
        if alias in self.zones and alias != key:
            self.zones[key].aliases |= self.zones.pop(alias).aliases
        self.mentions = [ZoneMention(m.start, m.end, key if m.key == alias else m.key) for m in self.mentions]

    # lookups (after freeze(): mentions and references sorted by start)
    def freeze(self) -> None:
        self._mention_starts = [m.start for m in self.mentions]
        self._reference_starts = [r.start for r in self.references]
        self._section_starts = [start for start, _ in self.sections]

    def _mentions_in(self, start: int, end: int) -> list[ZoneMention]:
        lo = bisect.bisect_left(self._mention_starts, start)
        hi = bisect.bisect_left(self._mention_starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]

    def mention_at(self, pos: int) -> ZoneMention | None:
        i = bisect.bisect_right(self._mention_starts, pos) - 1
        for m in self.mentions[max(0, i - 1): i + 1]:
            if m.start <= pos < m.end:
                return m
        return None

    def zones_between(self, start: int, end: int) -> list[str]:
        return [m.key for m in self._mentions_in(start, end)]

    def zone_for(self, pos: int, clause: tuple[int, int] | None = None, sentence: tuple[int, int] | None = None) -> str | None:
        """The jurisdiction a fact written at `pos` belongs to (SPEC §5), or None.

        Decided by the article's `Attributor` (pipeline/attribution.py), attached once the
        document is built; `clause` and `sentence` are accepted for older callers.
        """
        if self.attributor is None:
            return self.main
        return self.attributor.decide(pos).zone


def resolve_admin(name: str, context: str) -> Zone:
    """A Zone for a district, county, city or province name, located with the gazetteer."""
    candidates = load_gazetteer().lookup(name)
    place = _disambiguate(candidates, context)
    if place is None:
        zone_type = "district" if name.endswith("区") else "county" if name.endswith(("县", "旗")) else "city" if name.endswith("市") else "other"
        return Zone(name, zone_type)
    if place.level == "province":
        return Zone(name, "other", province=place.province, adcode=place.adcode)
    if place.level == "city":
        return Zone(name, "city", province=place.province, city=place.city, adcode=place.adcode)
    zone_type = "county" if name.endswith(("县", "旗")) else "city" if name.endswith("市") else "district"
    return Zone(name, zone_type, province=place.province, city=place.city, district=name, adcode=place.adcode)


def _disambiguate(candidates: list[Place], context: str) -> Place | None:
    if len(candidates) == 1:
        return candidates[0]
    fitting = [p for p in candidates if (p.city and p.city[:2] in context) or p.province[:2] in context]
    return fitting[0] if len(fitting) == 1 else None


_MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}


def _places_of_prefix(prefix: str) -> list[Place]:
    """Gazetteer places a zone's prefix names: a city or province it starts with (包头稀土 ->
    包头市), or a district it equals (璧山 -> 璧山区); cities and provinces first."""
    hit = _stem_at(prefix)
    if not hit or (hit[1] == "area" and hit[0] != len(prefix)):
        return []
    places = [p for p in load_gazetteer().lookup_stem(prefix[: hit[0]]) if not p.is_functional_zone]
    places.sort(key=lambda p: {"city": 0, "province": 1, "area": 2}[p.level])
    return [p for p in places if p.level == places[0].level] if places else []


def _dev_zone(prefix: str, suffix: str, context: str) -> Zone:
    zone_type, short = _SUFFIX_INFO[suffix]
    name = prefix + short
    # A zone that is itself a county-level unit (滨海新区) or has its own functional code.
    itself = [p for p in load_gazetteer().lookup(prefix + suffix) if p.level == "area"]
    known = _functional_zones().get(name) or (itself[0] if len(itself) == 1 else None)
    place = known or _disambiguate(_places_of_prefix(prefix), context)
    if place is None:
        return Zone(name, zone_type)
    district = place.name if place.level == "area" and not place.is_functional_zone else None
    city = place.city if place.level != "province" else (place.province if place.province in _MUNICIPALITIES else None)
    return Zone(name, zone_type, province=place.province, city=city, district=district, adcode=place.adcode)


def _fold_short_names(az: ArticleZones) -> None:
    """松山湖高新区 beside 东莞松山湖高新区: the same zone written without its city."""
    dev = [k for k, z in az.zones.items() if z.zone_type in _DEV_TYPES]
    for short in dev:
        longer = [k for k in dev if k != short and k.endswith(short) and (_stem_at(k[: len(k) - len(short)]) or (None, ""))[1] == "high"]
        if len(longer) == 1 and short in az.zones:
            az.fold_alias(short, longer[0])


def _overlaps(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> tuple[int, int] | None:
    """The span of `spans` (sorted, non-overlapping) that overlaps [start, end), if any."""
    i = bisect.bisect_right(starts, start) - 1
    for j in (i, i + 1):
        if 0 <= j < len(spans) and spans[j][0] < end and start < spans[j][1]:
            return spans[j]
    return None


def _fold_joint(az: ArticleZones, alias: str, key: str) -> None:
    """Make `alias` (杭州高新区(滨江), 黄埔区广州开发区) one more name of zone `key`."""
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


def find_zones(text: str, headlines: tuple[tuple[int, int], ...] = (), title_end: int | None = None) -> ArticleZones:
    """All zones of one cleaned article, its roundup sections and its main zone.

    Linear in the length of the text: matches are materialised once, and overlaps are
    looked up by bisection, so a page of repeated zone names cannot make it quadratic.
    """
    az = ArticleZones(text)
    dev_spans: list[tuple[int, int]] = []
    dev_key_at: dict[int, str] = {}
    joints: dict[tuple[str, str], None] = {}  # ordered set of (alias, key)
    dev_zones: dict[tuple[str, str], Zone] = {}  # one gazetteer lookup per distinct name

    for m in list(_SUFFIX_RE.finditer(text, timeout=_T)):
        s = m.start()
        window = text[max(0, s - 11):s]
        run_match = regex.search(r"[\p{Han}]{1,10}\Z", window)
        run = run_match.group() if run_match else ""
        whole_run = len(run) < len(window) or s - len(run) == 0
        suffix = m.group("suffix")
        needs_place = suffix in _RES["suffixes_needing_known_place"]
        prefix = zone_prefix(run, needs_known_place=needs_place, whole_run=whole_run) if run else None
        if prefix is None:
            reference = _reference_kind(run)
            if reference:
                ref_start = s - 2 if reference != "current" else m.start("suffix")
                az.references.append(Reference(ref_start, m.end("suffix"), reference))
            continue
        start = s - len(prefix)
        prefix = canonical_prefix(prefix)
        if _COMPANY_AFTER.match(text[m.end(): m.end() + 20]) and not regex.match(r"[,，。、;；:：]", text[m.end(): m.end() + 1]):
            continue  # 乌鲁木齐高新区某某科技有限公司: a company name
        if (prefix, suffix) not in dev_zones:
            dev_zones[(prefix, suffix)] = _dev_zone(prefix, suffix, text)
        key = az.add_zone(dev_zones[(prefix, suffix)], text[start:m.end()])
        az.mentions.append(ZoneMention(start, m.end(), key))
        dev_spans.append((start, m.end()))
        dev_key_at[start] = key
        if m.group("alias"):
            joints[(m.group("alias"), key)] = None
            az.zones[key].aliases.add(text[start:m.end()])

    dev_starts = [sp[0] for sp in dev_spans]
    resolved: dict[str, Zone] = {}
    for m_start, m_end in find_admin_names(text):
        inside = _overlaps(dev_spans, dev_starts, m_start, m_end)
        if inside and not (inside[1] == m_end and text[m_start - 1: m_start] == "("):
            continue
        name = text[m_start:m_end]
        if name not in resolved:
            resolved[name] = resolve_admin(name, text)
        key = az.add_zone(resolved[name], name)
        az.mentions.append(ZoneMention(m_start, m_end, key))
        if m_end in dev_key_at:
            # 黄埔区广州开发区: a district written right before a zone is the same administration.
            joint_key = dev_key_at[m_end]
            joints[(name, joint_key)] = None
            az.zones[joint_key].aliases.add(name + joint_key)

    for alias, key in joints:
        _fold_joint(az, alias, key)
    _fold_short_names(az)

    az.mentions.sort(key=lambda mm: (mm.start, mm.end))
    az.freeze()
    for m in list(_REFERENCE_RE.finditer(text, timeout=_T)):
        if az.mention_at(m.start()) is None:
            az.references.append(Reference(m.start(), m.end(), _REFERENCE_OF[m.group()]))
    az.references.sort(key=lambda r: r.start)
    az.freeze()

    sections_from_lead_ins(az, text)
    for start, end in headlines:
        found = az._mentions_in(start, end)
        if found:
            best = min(found, key=lambda mm: (az.zones[mm.key].rank, mm.start))
            az.sections.append((start, best.key))
        elif start > (title_end or 0) and regex.match(rf"(?:{alternation(list(_SUFFIX_INFO))})[:：\s]", text[start:end]):
            az.sections.append((start, None))  # 高新区：… — a section about a zone the text does not name
    az.sections.sort(key=lambda sec: sec[0])
    az.freeze()
    return az


_LEAD_IN = compiled(r"[:：】\]）)]")


def sections_from_lead_ins(az: ArticleZones, text: str) -> None:
    """Roundup paragraphs that open with their zone (`天河区：…`, `【天河区】…`) start a section."""
    line_start = 0
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        first = az._mentions_in(line_start, min(line_end, line_start + 20))
        if first and first[0].start - line_start <= 2 and _LEAD_IN.match(text, first[0].end):
            az.sections.append((line_start, first[0].key))
        line_start = line_end + 1
