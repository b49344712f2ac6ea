"""Offline gazetteer of administrative divisions (resources/gazetteer, NBS codes).

Answers: which province/city/district a place name or stem belongs to, and the 6-digit
code of the most specific unit. Loaded once per process.
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
    for suffix in suffixes:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def _read(name: str) -> list[dict[str, str]]:
    path = resources.files("pipeline.resources").joinpath("gazetteer", name)
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


class Gazetteer:
    """Places indexed by full name and by stem (name without its administrative suffix)."""

    def __init__(self, places: list[Place]):
        self.places = tuple(places)
        self.by_name: dict[str, list[Place]] = {}
        self.by_stem: dict[str, list[Place]] = {}
        for place in self.places:
            self.by_name.setdefault(place.name, []).append(place)
            self.by_stem.setdefault(place.stem, []).append(place)

    def lookup(self, name: str) -> list[Place]:
        return self.by_name.get(name, [])

    def lookup_stem(self, stem: str) -> list[Place]:
        return self.by_stem.get(stem, [])


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
    for prefix in _PROVINCE_PREFIXES:
        if name.startswith(prefix) and len(name) >= len(prefix) + 2:
            return name[len(prefix):]
    return name
