"""Table-driven cases: tests/cases/numbers_cases.jsonl and tests/cases/measures_cases.jsonl.

One parametrized test per line. Lines carrying "xfail" are known extractor failures: they
run under a non-strict xfail so they stay visible in the report instead of being deleted.
See tests/cases/README.md for the format.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest

from .seed_overlap import copied_from_seeds

from pipeline.numbers import find_numbers

CASES = Path(__file__).parent / "cases"


def _load(name: str) -> list[dict]:
    lines = (CASES / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


NUMBER_CASES = _load("numbers_cases.jsonl")
MEASURE_CASES = _load("measures_cases.jsonl")


def _params(cases: list[dict]):
    out = []
    for i, case in enumerate(cases):
        marks = [pytest.mark.xfail(strict=False, reason=case["xfail"])] if case.get("xfail") else []
        out.append(pytest.param(case, id=case.get("id", f"line{i + 1}"), marks=marks))
    return out


def _round(value):
    return None if value is None else round(float(value), 6)


# --- numbers ------------------------------------------------------------------------------

@pytest.mark.parametrize("case", _params(NUMBER_CASES))
def test_numbers_case(case):
    text = case["text"]
    mentions = find_numbers(text)
    for m in mentions:
        assert 0 <= m.start <= m.end <= len(text)
        assert m.is_missing == (m.value is None)
    got = Counter((text[m.start:m.end], _round(m.value), m.unit, m.qualifier) for m in mentions)
    want = Counter((e["surface"], _round(e["value"]), e["unit"], e["qualifier"]) for e in case["expect"])
    assert got == want, f"missing: {list((want - got).elements())}\nextra: {list((got - want).elements())}"


# --- measures -----------------------------------------------------------------------------

def _key(row: dict, zone_field: str) -> tuple:
    as_of = row["as_of"]
    if isinstance(as_of, dt.date):
        as_of = as_of.isoformat()
    return (row["mention"], row["category"], row["unit"], _round(row["value"]), row["qualifier"], row["basis"],
            row[zone_field], as_of)


@pytest.mark.parametrize("case", _params(MEASURE_CASES))
def test_measures_case(case):
    from pipeline.article import measures_of_text

    date = dt.date.fromisoformat(case["date"]) if case.get("date") else None
    rows = measures_of_text(case["text"], published_date=date)
    for row in rows:
        assert row["text"][row["span_start"]:row["span_end"]] == row["mention"], row
    got = Counter(_key(r, "zone_name") for r in rows)
    want = Counter(_key(e, "zone") for e in case["expect"])
    assert got == want, f"missing: {list((want - got).elements())}\nextra: {list((got - want).elements())}"


# --- the case files themselves ------------------------------------------------------------

def test_case_ids_unique():
    ids = [c["id"] for c in MEASURE_CASES] + [c["id"] for c in NUMBER_CASES if "id" in c]
    dupes = [i for i, n in Counter(ids).items() if n > 1]
    assert not dupes, dupes


def test_case_files_well_formed():
    keys = {"mention", "category", "unit", "value", "qualifier", "basis", "zone", "as_of"}
    for case in MEASURE_CASES:
        assert {"id", "phenomenon", "text", "date", "expect"} <= set(case), case.get("id")
        for e in case["expect"]:
            assert set(e) == keys, (case["id"], e)
    for case in NUMBER_CASES:
        for e in case["expect"]:
            assert set(e) == {"surface", "value", "unit", "qualifier"}, (case["text"], e)
            assert e["surface"] in case["text"], (case["text"], e)


def test_no_case_copied_from_seeds():
    assert not copied_from_seeds(MEASURE_CASES + NUMBER_CASES)


def test_the_copy_guard_catches_a_copied_sentence():
    from .seed_overlap import SEEDS
    seed = sorted(SEEDS.iterdir())[1].read_text(encoding="utf-8")
    sentence = next(line for line in seed.splitlines() if len(line.strip()) > 30)
    assert copied_from_seeds([{"id": "copy", "text": sentence}])


# --- the rules behind the rows -------------------------------------------------------------

FAMILIES = {"money": ("money",), "percent": ("rate", "share"), "count": ("count",)}


def test_every_cue_scope_decides_some_case():
    """Each scope of cues.json["scopes"] is the one that decides at least one passing case, so
    removing a scope from the data (or breaking it in the code) fails a case, not only this test."""
    from pipeline.article import measures_of_text
    from pipeline.measures import SCOPES

    seen = set()
    for case in MEASURE_CASES:
        if case.get("xfail"):
            continue
        date = dt.date.fromisoformat(case["date"]) if case.get("date") else None
        for row in measures_of_text(case["text"], published_date=date):
            family, scope, _ = row["rule"].split(":", 2)
            seen.add((family, scope))
    missing = [(kind, scope) for kind, order in SCOPES.items() for scope in order
               if not any((family, scope) in seen for family in FAMILIES[kind])]
    assert not missing, missing
