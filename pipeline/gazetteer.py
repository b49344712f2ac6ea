"""Offline gazetteer of administrative divisions (resources/gazetteer, NBS codes).

Answers: which province/city/district a place name or stem belongs to, and the 6-digit
code of the most specific unit. Loaded once per process. Beside today's divisions it knows
the divisions abolished or renamed since 2000 (former_divisions.csv, with their successors),
named zones that carry no place name of today's gazetteer (named_zones.csv: free-trade zone
areas, national new areas), localities that head zone names (zone_places.csv) and the fixed
short forms of Inner Mongolia's banners (banner_short_forms.csv).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
_CITY_SUFFIXES = ("土家族苗族自治州", "藏族羌族自治州", "哈尼族彝族自治州", "自治州", "地区", "市", "盟")
_AREA_SUFFIXES = ("自治县", "自治旗", "新区", "区", "县", "市", "旗")
# Prefixes that precede a city name inside functional-zone names (河北唐山芦台经济开发区).
_PROVINCE_PREFIXES = ("内蒙古", "黑龙江", "河北", "山西", "辽宁", "吉林", "江苏", "浙江", "安徽", "福建",
                      "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "四川", "贵州",
                      "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆")


@dataclass(frozen=True)
class Place:
    code: str                 # 2, 4 or 6 digits as in the source
    name: str                 # full official name, e.g. 海珠区
    level: str                # province | city | area
    province: str
    city: str | None          # None for provinces; the province name for municipalities' areas
    stem: str                 # name without its administrative suffix, e.g. 海珠

    @property
    def adcode(self) -> str:
        return self.code.ljust(6, "0")

    @property
    def is_functional_zone(self) -> bool:
        return self.level == "area" and "71" <= self.code[-2:] <= "79"


def strip_suffix(name: str, suffixes: tuple[str, ...]) -> str:
    if not name.endswith(suffixes):  # one C-level test before the walk (3,300 names at each load)
        return name
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def _read(name: str) -> list[dict[str, str]]:
    """Rows of a gazetteer CSV; lines starting with '#' (the source note) are skipped."""
    path = resources.files("pipeline.resources").joinpath("gazetteer", name)
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


class Gazetteer:
    """Places indexed by full name and by stem (name without its administrative suffix)."""

    def __init__(self, places: list[Place]):
        self.places = tuple(places)
        self.by_name: dict[str, list[Place]] = {}
        self.by_stem: dict[str, list[Place]] = {}
        self.by_adcode: dict[str, Place] = {}
        for place in self.places:
            self.by_name.setdefault(place.name, []).append(place)
            self.by_stem.setdefault(place.stem, []).append(place)
            self.by_adcode.setdefault(place.adcode, place)  # 儋州市 is a city and an area: the city

    def lookup(self, name: str) -> list[Place]:
        return self.by_name.get(name, [])

    def lookup_stem(self, stem: str) -> list[Place]:
        return self.by_stem.get(stem, [])

    def at(self, adcode: str) -> Place | None:
        """The unit whose 6-digit code is `adcode` (110105 -> 朝阳区 of 北京市)."""
        return self.by_adcode.get(adcode)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    provinces = {r["code"]: r["name"] for r in _read("provinces.csv")}
    cities = {r["code"]: r for r in _read("cities.csv")}
    places: list[Place] = []
    for code, name in provinces.items():
        places.append(Place(code, name, "province", name, None, strip_suffix(name, _PROVINCE_SUFFIXES)))
    for code, row in cities.items():
        province = provinces[row["provinceCode"]]
        if row["name"] in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        places.append(Place(code, row["name"], "city", province, row["name"], strip_suffix(row["name"], _CITY_SUFFIXES)))
    for row in _read("areas.csv"):
        province = provinces[row["provinceCode"]]
        city_row = cities.get(row["cityCode"])
        city = city_row["name"] if city_row and city_row["name"] not in ("市辖区", "县") else province
        if city.endswith("直辖县级行政区划"):
            city = None
        places.append(Place(row["code"], row["name"], "area", province, city, strip_suffix(row["name"], _AREA_SUFFIXES)))
    return Gazetteer(places)


def strip_province_prefix(name: str) -> str:
    """`name` without the province heading it (河北唐山 -> 唐山), when two characters remain.

    No prefix of _PROVINCE_PREFIXES starts another, so at most one heads a name: it is looked
    up by the name's first characters, not tried one after another."""
    for length in _PROVINCE_PREFIX_LENGTHS:
        if name[:length] in _PROVINCE_PREFIX_SET and len(name) >= length + 2:
            return name[length:]
    return name


_PROVINCE_PREFIX_SET = frozenset(_PROVINCE_PREFIXES)
_PROVINCE_PREFIX_LENGTHS = tuple(sorted({len(p) for p in _PROVINCE_PREFIXES}))


def _strip_province_prefix_by_definition(name: str) -> str:
    """What `strip_province_prefix` returns, by trying the prefixes in order (for tests)."""
    for prefix in _PROVINCE_PREFIXES:
        if name.startswith(prefix) and len(name) >= len(prefix) + 2:
            return name[len(prefix):]
    return name


# --- divisions abolished since 2000 -----------------------------------------------------------

@dataclass(frozen=True)
class FormerDivision:
    """A county- or prefecture-level unit that no longer exists under this name (湾里区, 吴江市)."""
    name: str
    former_adcode: str | None           # its own code while it existed, where the list gives it
    level: str                          # county | prefecture
    successor_adcodes: tuple[str, ...]  # today's units that took over its territory
    successor_names: tuple[str, ...]
    year: int | None                    # the year it was abolished or renamed (None: a county's
                                        # name derived from the unit that replaced it, see below)
    province: str
    city: str | None                    # today's prefecture-level city of its successors, if one

    @property
    def stem(self) -> str:
        suffixes = _CITY_SUFFIXES if self.level == "prefecture" else _AREA_SUFFIXES
        return strip_suffix(self.name, suffixes)


@lru_cache(maxsize=1)
def former_divisions() -> dict[str, tuple[FormerDivision, ...]]:
    """Former divisions by name; a name abolished in two provinces (江东区) has two entries."""
    out: dict[str, list[FormerDivision]] = {}
    for row in _read("former_divisions.csv"):
        division = FormerDivision(
            row["name"], row["former_adcode"] or None, row["level"],
            tuple(row["successor_adcodes"].split(";")), tuple(row["successor_names"].split(";")),
            int(row["year"]), row["province"], row["city"] or None)
        out.setdefault(division.name, []).append(division)
    for division in _counties_renamed_in_place(out):
        out.setdefault(division.name, []).append(division)
    return {name: tuple(divisions) for name, divisions in out.items()}


def _counties_renamed_in_place(listed: dict[str, list[FormerDivision]]) -> list[FormerDivision]:
    """The former county of each county-level city that took its place under the same stem
    (祁阳县 -> 祁阳市 in 2021, 监利县 -> 监利市 in 2020, 长垣县 -> 长垣市 in 2019: reports of their
    last years as counties write 祁阳县 and 全县): 撤县设市 keeps the stem, so the former name is the
    stem and 县, wherever no unit of today bears it and the list above does not give it. Not for
    districts: most counties made districts took a new name, listed above (开县 -> 开州区), and a
    district's stem is often a common word (新城区)."""
    places = [p for p in load_gazetteer().places if not p.is_functional_zone]
    current = {p.name for p in places}
    out = []
    for place in places:
        if place.level != "area" or not place.name.endswith("市") or len(place.name) < 3:
            continue
        name = place.name[:-1] + "县"
        if name in current or name in listed:
            continue
        out.append(FormerDivision(name, None, "county", (place.adcode,), (place.name,), None,
                                  place.province, place.city if place.city != place.province else None))
    return out


# --- zones named without a place of today's gazetteer ------------------------------------------

@dataclass(frozen=True)
class NamedZone:
    """A zone known by name (临港新片区, 两江新区), located by the gazetteer unit that holds it."""
    name: str                  # canonical short name
    aliases: tuple[str, ...]   # other written forms (上海临港新片区)
    zone_type: str
    adcode: str                # the most specific unit of today's gazetteer holding the whole zone
    needs_context: bool        # 郑州片区 is a zone only where the article speaks of a free-trade zone

    @property
    def place(self) -> Place | None:
        return load_gazetteer().at(self.adcode)


# A county-level administrative area (管理区, run by its own committee with a county's powers) is
# written short as its place and 区, as a district is (大通湖区 for 大通湖管理区, 屈原区 for 屈原管理区).
_ADMINISTRATIVE_AREA_SUFFIX, _ADMINISTRATIVE_AREA_SHORT = "管理区", "区"


@lru_cache(maxsize=1)
def named_zones() -> dict[str, NamedZone]:
    """Named zones under their canonical name and each alias, and each administrative area's
    short form (`_administrative_area_short_forms`)."""
    out: dict[str, NamedZone] = {}
    for row in _read("named_zones.csv"):
        zone = NamedZone(row["name"], tuple(a for a in row["aliases"].split("|") if a), row["zone_type"],
                         row["adcode"], row["needs_context"] == "1")
        for written in (zone.name, *zone.aliases):
            if written in out:
                raise ValueError(f"named_zones.csv: {written!r} is listed twice")
            out[written] = zone
    out.update(_administrative_area_short_forms(out))
    return out


def _administrative_area_short_forms(listed: dict[str, NamedZone]) -> dict[str, NamedZone]:
    """大通湖区 -> 大通湖管理区: each listed 管理区's place and 区, the short form its own reports and
    its province's write (屈原管理区、大通湖区、西洞庭管理区 in one list), wherever no unit of today
    or of the past (汉沽区, a district of 天津 until 2009, not 唐山's 汉沽管理区) and no listed name
    bears it."""
    taken = {place.name for place in load_gazetteer().places} | set(former_divisions()) | set(listed)
    out: dict[str, NamedZone] = {}
    for written, zone in listed.items():
        if written != zone.name or not written.endswith(_ADMINISTRATIVE_AREA_SUFFIX):
            continue
        short = written.removesuffix(_ADMINISTRATIVE_AREA_SUFFIX) + _ADMINISTRATIVE_AREA_SHORT
        if len(short) >= 3 and short not in taken:
            out[short] = zone
    return out


@lru_cache(maxsize=1)
def zone_places() -> dict[str, Place]:
    """Localities heading zone names (张江, 中关村) -> the gazetteer unit that holds them."""
    gazetteer = load_gazetteer()
    out: dict[str, Place] = {}
    for row in _read("zone_places.csv"):
        place = gazetteer.at(row["adcode"])
        if place is None:
            raise ValueError(f"zone_places.csv: no unit {row['adcode']} for {row['place']!r}")
        out[row["place"]] = place
    return out


@lru_cache(maxsize=1)
def joint_administrations() -> dict[str, str]:
    """District adcode -> the zone run as one administration with it (黄埔区 -> 广州开发区)."""
    gazetteer = load_gazetteer()
    out: dict[str, str] = {}
    for row in _read("joint_administrations.csv"):
        if gazetteer.at(row["district_adcode"]) is None:
            raise ValueError(f"joint_administrations.csv: no unit {row['district_adcode']} for {row['zone']!r}")
        out[row["district_adcode"]] = row["zone"]
    return out


@lru_cache(maxsize=1)
def banner_short_forms() -> dict[str, str]:
    """Short form -> full name of the banners written so by their own media (察右前旗 ->
    察哈尔右翼前旗, 伊旗 -> 伊金霍洛旗): the full name is the unit of areas.csv at the listed adcode."""
    gazetteer = load_gazetteer()
    out: dict[str, str] = {}
    for row in _read("banner_short_forms.csv"):
        place = gazetteer.at(row["adcode"])
        if place is None or place.name != row["name"] or gazetteer.lookup(row["short"]) or row["short"] in out:
            raise ValueError(f"banner_short_forms.csv: {row['short']!r} -> {row['name']!r} ({row['adcode']}) "
                             "is no unit's short form alone")
        out[row["short"]] = row["name"]
    return out


@lru_cache(maxsize=1)
def written_names() -> frozenset[str]:
    """Every name these files write a place or zone by: each division's name and stem (乾安县,
    乾安), each former division's, each named zone's name and alias, each locality heading zone
    names and each banner's short form."""
    names: set[str] = set()
    for place in load_gazetteer().places:
        names.update((place.name, place.stem))
    for divisions in former_divisions().values():
        names.update(d for division in divisions for d in (division.name, division.stem))
    names.update(named_zones(), zone_places(), banner_short_forms())
    return frozenset(names)
