"""The case table that pins zone attribution: tests/cases/attribution_cases.jsonl.

Each line is a short text with one fact marked `⟦…⟧` (the exact `mention` the pipeline
writes), the canonical zone name(s) that fact belongs to (`[]` for a null zone, several
for a value shared by a list: one row per zone), the id of the fact rule that must decide
it and, for cases about the article's main zone, the main rule. The table has to bite:

- every rule of `fact_rules` and `main_rules` (pipeline/resources/attribution.json)
  decides at least one case, and
- switching any single rule off (`disabled_rules`) gives at least one of its cases a wrong
  zone (a changed rule id alone would hold for every rule and proves nothing).

Known failures carry `"xfail": "reason"` and run as non-strict xfails so they stay visible.
See tests/cases/README.md for the format.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest

from pipeline.article import extract_from_text, measure_row, measures_of_text
from pipeline.clean import normalise_width, to_simplified
from pipeline.lexicon import resource

from .seed_overlap import copied_from_seeds, shingles

CASES = Path(__file__).parent / "cases" / "attribution_cases.jsonl"
DEV_ARTICLES = Path(__file__).resolve().parents[1] / ".." / "shared" / "dev" / "articles"
_RES = resource("attribution.json")
FACT_RULES = tuple(_RES["fact_rules"])
MAIN_RULES = tuple(_RES["main_rules"])
MARK = re.compile(r"⟦([^⟦⟧]+)⟧")


def _load() -> list[dict]:
    lines = CASES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


ATTR_CASES = _load()


def _params(cases: list[dict]):
    out = []
    for case in cases:
        marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if case.get("xfail") else []
        out.append(pytest.param(case, id=case["id"], marks=marks))
    return out


# --- reading a case -------------------------------------------------------------------------

def unmarked(text: str) -> tuple[str, str, int]:
    """(the text without markers, the marked string, the marker's start in that text)."""
    found = list(MARK.finditer(text))
    assert len(found) == 1, f"a case marks exactly one fact, found {len(found)}"
    m = found[0]
    return text[:m.start()] + m.group(1) + text[m.end():], m.group(1), m.start()


def _as_cleaned(s: str) -> str:
    """What cleaning makes of a short string: half-width, Simplified script."""
    return to_simplified(normalise_width(s))


def _marked_start(raw: str, marked: str, marker_at: int, cleaned: str) -> tuple[str, int] | None:
    """(mention, start) of the marked occurrence in the cleaned text: the same occurrence
    index of the same string, after the character mapping cleaning applies (full width,
    script); inner spaces that cleaning removes are tried without."""
    for squeeze in (False, True):
        form, before = _as_cleaned(marked), _as_cleaned(raw[:marker_at])
        if squeeze:
            form, before = form.replace(" ", ""), before.replace(" ", "")
        index = before.count(form)
        starts = [m.start() for m in re.finditer(re.escape(form), cleaned)]
        if index < len(starts):
            return form, starts[index]
    return None


@lru_cache(maxsize=None)
def outcome(case_id: str, disabled: frozenset[str] = frozenset()) -> tuple[tuple[str, ...], str | None, str | None]:
    """(sorted zone names, the zone rule, the main rule) the pipeline gives the marked fact.

    The zone rule is the one rule every row of the fact records (several rules or none
    found shows as None); a fact with no row comes back as ((), None, main rule)."""
    case = CASES_BY_ID[case_id]
    raw, marked, marker_at = unmarked(case["text"])
    extracted = extract_from_text(raw, disabled_rules=disabled)
    assert extracted is not None, "nothing left after cleaning"
    cleaned, zones, measures = extracted[0], extracted[1], extracted[2]
    main_rule = zones.attributor.main_rule
    # the rows measures_of_text(raw, disabled_rules=disabled) gives, from the same run
    rows = [measure_row(m, cleaned.text, zones, article_id="") for m in measures]
    at = _marked_start(raw, marked, marker_at, cleaned.text)
    if at is None:
        return ("<marked string not in the cleaned text>",), None, main_rule
    mention, start = at
    mine = [r for r in rows if r["span_start"] == start and r["mention"] == mention]
    if not mine:
        return (), None, main_rule
    rules = {r["zone_rule"] for r in mine}
    names = tuple(sorted("" if r["zone_name"] is None else r["zone_name"] for r in mine))
    return names, (rules.pop() if len(rules) == 1 else None), main_rule


def expected(case: dict) -> tuple[tuple[str, ...], str, str | None]:
    names = tuple(sorted(case["zones"])) if case["zones"] else ("",)
    return names, case["rule"], case.get("main_rule")


def passes(case: dict, got: tuple) -> bool:
    names, rule, main_rule = expected(case)
    return got[0] == names and got[1] == rule and (main_rule is None or got[2] == main_rule)


CASES_BY_ID = {c["id"]: c for c in ATTR_CASES}


# --- one test per case ----------------------------------------------------------------------

@pytest.mark.parametrize("case", _params(ATTR_CASES))
def test_attribution_case(case):
    got = outcome(case["id"])
    names, rule, main_rule = expected(case)
    assert got[0] != (), "the marked fact gave no measure row"
    assert got[0] == names, f"zones {list(got[0])} != {list(names)} (rule {got[1]})"
    assert got[1] == rule, f"zone rule {got[1]} != {rule}"
    if main_rule is not None:
        assert got[2] == main_rule, f"main rule {got[2]} != {main_rule}"


# --- the table bites: every rule decides a case, and no rule can go unnoticed ----------------

PASSING = [c for c in ATTR_CASES if not c.get("xfail")]


@pytest.mark.parametrize("rule", FACT_RULES + MAIN_RULES)
def test_every_rule_decides_a_case(rule):
    key = "main_rule" if rule in MAIN_RULES else "rule"
    deciding = [c["id"] for c in PASSING if c.get(key) == rule]
    assert deciding, f"no passing case is decided by {rule}"
    assert any(passes(CASES_BY_ID[i], outcome(i)) for i in deciding), f"every case of {rule} fails"


@pytest.mark.parametrize("rule", FACT_RULES + MAIN_RULES)
def test_removing_a_rule_fails_a_case(rule):
    """With `rule` switched off, some passing case that it decides gets a wrong zone.

    A wrong rule id alone does not count: that would hold for any rule that decides a
    case. Only the cases the rule decides are rerun: a case another rule decides cannot
    need it.
    """
    key = "main_rule" if rule in MAIN_RULES else "rule"
    deciding = [c for c in PASSING if c.get(key) == rule and passes(c, outcome(c["id"]))]
    assert deciding, f"no passing case is decided by {rule}"
    wrong_zone = [c["id"] for c in deciding if outcome(c["id"], frozenset({rule}))[0] != expected(c)[0]]
    assert wrong_zone, f"switching {rule} off leaves the zones of all its {len(deciding)} cases right"


# --- the table itself -----------------------------------------------------------------------

def test_rows_are_those_of_measures_of_text():
    """`outcome` reads the rows from one extraction; they are the rows measures_of_text gives."""
    case = ATTR_CASES[0]
    raw = unmarked(case["text"])[0]
    extracted = extract_from_text(raw)
    ours = [measure_row(m, extracted[0].text, extracted[1], article_id="") for m in extracted[2]]
    assert [{k: v for k, v in r.items() if k != "text"} for r in measures_of_text(raw)] == ours


def test_case_table_is_large_and_well_formed():
    assert len(ATTR_CASES) >= 120
    ids = [c["id"] for c in ATTR_CASES]
    assert not [i for i, n in Counter(ids).items() if n > 1], "ids must be unique"
    for case in ATTR_CASES:
        assert case["id"].startswith("attr-"), case["id"]
        assert {"id", "text", "zones", "rule", "note", "phenomenon"} <= set(case), case["id"]
        assert case["rule"] in FACT_RULES, (case["id"], case["rule"])
        assert case.get("main_rule") in (None, *MAIN_RULES), (case["id"], case.get("main_rule"))
        assert isinstance(case["zones"], list), case["id"]
        unmarked(case["text"])
    thin = {p: n for p, n in Counter(c["phenomenon"] for c in ATTR_CASES).items() if n < 3}
    assert not thin, f"a phenomenon needs several wordings: {thin}"


def test_no_case_copied_from_seeds():
    """Checked without the markers too: a ⟦ inside a copied sentence must not hide it."""
    texts = [{"id": c["id"], "text": unmarked(c["text"])[0]} for c in ATTR_CASES]
    assert not copied_from_seeds(ATTR_CASES + texts)


DEV_SHINGLE = 14  # 12 characters is the formula itself (规上工业企业复工率达到9), not a copied sentence


def test_no_case_copied_from_the_dev_set():
    """The field development set is scored; a case must not carry one of its sentences."""
    if not DEV_ARTICLES.is_dir():
        pytest.skip("../shared/dev is not here")
    dev: set[str] = set()
    for path in sorted(DEV_ARTICLES.iterdir()):
        dev |= shingles(path.read_text(encoding="utf-8", errors="replace"), DEV_SHINGLE)
    copied = [(c["id"], sorted(shingles(unmarked(c["text"])[0], DEV_SHINGLE) & dev)[:3]) for c in ATTR_CASES]
    assert not [c for c in copied if c[1]], [c for c in copied if c[1]]
