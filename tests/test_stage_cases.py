"""Table-driven cases for the clean, zones and policies stages.

tests/cases/clean_cases.jsonl, zones_cases.jsonl and policies_cases.jsonl: one parametrized
test per line, ids from "id". Lines carrying "xfail" are right per SPEC but fail today: they
run under a non-strict xfail so they stay visible. See tests/cases/README.md for the format.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest

from .seed_overlap import copied_from_seeds

from pipeline.clean import clean_text
from pipeline.policies import extract_policies
from pipeline.attribution import zones_of_document
from pipeline.document import Document

CASES = Path(__file__).parent / "cases"
QUOTES = "“”\"'‘’「」《》"


def _load(name: str) -> list[dict]:
    lines = (CASES / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


CLEAN_CASES = _load("clean_cases.jsonl")
ZONE_CASES = _load("zones_cases.jsonl")
POLICY_CASES = _load("policies_cases.jsonl")
ALL_CASES = CLEAN_CASES + ZONE_CASES + POLICY_CASES


def _params(cases: list[dict]):
    out = []
    for case in cases:
        marks = [pytest.mark.xfail(strict=False, reason=case["xfail"])] if case.get("xfail") else []
        out.append(pytest.param(case, id=case["id"], marks=marks))
    return out


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _cleaned(text: str, published_date: str | None = None):
    return clean_text(text, published_date=_date(published_date))


def _zones_of(c):
    title_end = len(c.title) if c.title and c.text.startswith(c.title) else None
    return zones_of_document(Document(c.text, c.headlines, title_end))


# --- clean --------------------------------------------------------------------------------

@pytest.mark.parametrize("case", _params(CLEAN_CASES))
def test_clean_case(case):
    c = _cleaned(case["text"], case.get("published_date"))
    e = case["expect"]
    problems = []
    for s in e.get("contains", []):
        if s not in c.text:
            problems.append(f"missing {s!r}")
    for s in e.get("not_contains", []):
        if s in c.text:
            problems.append(f"should be gone: {s!r}")
    if "script" in e and c.script != e["script"]:
        problems.append(f"script {c.script!r} != {e['script']!r}")
    if "title" in e and c.title != e["title"]:
        problems.append(f"title {c.title!r} != {e['title']!r}")
    if "published_date" in e and c.published_date != _date(e["published_date"]):
        problems.append(f"published_date {c.published_date} != {e['published_date']}")
    if "has_missing_digits" in e and c.has_missing_digits != e["has_missing_digits"]:
        problems.append(f"has_missing_digits {c.has_missing_digits} != {e['has_missing_digits']}")
    if c.n_romanisation_removed < e.get("min_romanisation_removed", 0):
        problems.append(f"n_romanisation_removed {c.n_romanisation_removed} < {e['min_romanisation_removed']}")
    if c.n_lines_joined < e.get("min_lines_joined", 0):
        problems.append(f"n_lines_joined {c.n_lines_joined} < {e['min_lines_joined']}")
    for start, end in c.headlines:
        assert 0 <= start <= end <= len(c.text)
    assert not problems, f"{problems}\ncleaned text: {c.text!r}"


# --- zones --------------------------------------------------------------------------------

_ZONE_FIELDS = ("zone_type", "province", "city", "district", "adcode")
# Derived attributes the attribution stage reads: the level of a division (a county-level city
# is the jurisdiction of 全市 in its articles) and, for a former division, today's successors.
_ZONE_LEVEL_FIELDS = ("admin_level", "is_county_level_city")


def _successor_adcodes(zone) -> list[str] | None:
    return list(zone.former.successor_adcodes) if zone.former else None


@pytest.mark.parametrize("case", _params(ZONE_CASES))
def test_zones_case(case):
    c = _cleaned(case["text"])
    az = _zones_of(c)
    e = case["expect"]
    got = {k: (z.zone_type, z.province, z.city, z.district, z.adcode, sorted(z.aliases)) for k, z in az.zones.items()}
    problems = []
    for m in az.mentions:
        if not (0 <= m.start <= m.end <= len(c.text)) or m.key not in az.zones:
            problems.append(f"bad mention {m}")
    if "main" in e and az.main != e["main"]:
        problems.append(f"main {az.main!r} != {e['main']!r}")
    want_zones = e.get("zones")
    if want_zones == {} and az.zones:
        problems.append(f"expected no zones, got {sorted(az.zones)}")
    for name, fields in (want_zones or {}).items():
        zone = az.zones.get(name)
        if zone is None:
            problems.append(f"zone {name!r} missing")
            continue
        for f in _ZONE_FIELDS + _ZONE_LEVEL_FIELDS:
            if f in fields and getattr(zone, f) != fields[f]:
                problems.append(f"{name}.{f} {getattr(zone, f)!r} != {fields[f]!r}")
        if "successor_adcodes" in fields and _successor_adcodes(zone) != fields["successor_adcodes"]:
            problems.append(f"{name}.successor_adcodes {_successor_adcodes(zone)!r} != {fields['successor_adcodes']!r}")
        lacking = set(fields.get("aliases_include", [])) - zone.aliases
        if lacking:
            problems.append(f"{name} aliases {sorted(zone.aliases)} lack {sorted(lacking)}")
    for name in e.get("absent", []):
        if name in az.zones:
            problems.append(f"{name!r} should not be a zone")
    for probe in e.get("at", []):
        pos = c.text.find(probe["after"])
        if pos < 0:
            problems.append(f"probe {probe['after']!r} not in cleaned text")
            continue
        zone = az.zone_for(pos)
        if zone != probe["zone"]:
            problems.append(f"zone_for at {probe['after']!r}: {zone!r} != {probe['zone']!r}")
    assert not problems, f"{problems}\nzones: {got}\nmain: {az.main!r}\ncleaned text: {c.text!r}"


# --- policies -----------------------------------------------------------------------------

def _unquoted(s: str) -> str:
    return "".join(ch for ch in s if ch not in QUOTES)


@pytest.mark.parametrize("case", _params(POLICY_CASES))
def test_policies_case(case):
    c = _cleaned(case["text"])
    az = _zones_of(c)
    policies = extract_policies(c.text, az, has_missing_digits=case["has_missing_digits"])
    for p in policies:
        assert 0 <= p.span_start < p.span_end <= len(c.text), p
        mention = c.text[p.span_start:p.span_end]
        assert _unquoted(p.title) in _unquoted(mention), (p, mention)
        assert p.zone is None or p.zone in az.zones, p
    got = Counter((p.title, p.n_items, c.text[p.span_start:p.span_end], p.aliases) for p in policies)
    want = Counter((x["title"], x["n_items"], x["mention"], tuple(x.get("aliases", []))) for x in case["expect"])
    assert got == want, f"missing: {list((want - got).elements())}\nextra: {list((got - want).elements())}"


def test_policy_rows_carry_aliases():
    """The policies table gets a policy's other names joined by `; `, null when it has one name."""
    import schemas
    from pipeline.article import process_article
    from pipeline.ingest import InputItem

    text = ("萧山区印发《关于支持企业稳定发展的若干措施》(以下简称“稳企十条”)，稳企十条当周兑现。"
            "区里另行出台“人才新政8条”。")
    item = InputItem(article_id="0" * 16, source_path="a.txt", source_name="a", kind="txt", raw=text.encode("utf-8"))
    rows = process_article(item)["policies"]
    assert [(r["title"], r["n_items"], r["aliases"]) for r in rows] == [
        ("关于支持企业稳定发展的若干措施", 10, "稳企十条"), ("人才新政8条", 8, None)]
    table, _ = schemas.validate_table("policies", rows)
    assert table["aliases"].dropna().tolist() == ["稳企十条"]


# --- the case files themselves ------------------------------------------------------------

def test_stage_case_ids_unique():
    dupes = [i for i, n in Counter(c["id"] for c in ALL_CASES).items() if n > 1]
    assert not dupes, dupes


def test_stage_case_files_well_formed():
    clean_keys = {"contains", "not_contains", "script", "title", "published_date", "has_missing_digits",
                  "min_romanisation_removed", "min_lines_joined"}
    for case in CLEAN_CASES:
        assert {"id", "text", "expect"} <= set(case) <= {"id", "text", "expect", "published_date", "xfail"}, case["id"]
        assert set(case["expect"]) <= clean_keys, case["id"]
    zone_keys = set(_ZONE_FIELDS) | set(_ZONE_LEVEL_FIELDS) | {"aliases_include", "successor_adcodes"}
    for case in ZONE_CASES:
        assert {"id", "text", "expect"} <= set(case) <= {"id", "text", "expect", "xfail"}, case["id"]
        assert set(case["expect"]) <= {"main", "zones", "absent", "at"}, case["id"]
        for fields in case["expect"].get("zones", {}).values():
            assert set(fields) <= zone_keys, (case["id"], fields)
        for probe in case["expect"].get("at", []):
            assert set(probe) == {"after", "zone"}, (case["id"], probe)
    for case in POLICY_CASES:
        assert set(case) - {"xfail"} == {"id", "text", "has_missing_digits", "expect"}, case["id"]
        for e in case["expect"]:
            assert {"title", "n_items", "mention"} <= set(e) <= {"title", "n_items", "mention", "aliases"}, (case["id"], e)


def test_stage_cases_not_copied_from_seeds():
    assert not copied_from_seeds(ALL_CASES)
