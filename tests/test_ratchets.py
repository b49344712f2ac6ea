"""Ratchets: the field development set, the peer number cases and our probe sets score at
least their floors.

The floors live in evaluation/floors.json and only go up. The field set and the peer cases
live in ../shared beside the checkout; where it is absent (a clone on its own) their tests
skip and say so. The probe sets are ours and live in evaluation/probes/ (its README).
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.evaluate import evaluate, load_gold, load_predictions, summary_line

from .conftest import ROOT, run_build

SHARED = ROOT.parent / "shared"
DEV = SHARED / "dev"
PEER = SHARED / "peer-numbers" / "cases.jsonl"
PROBES = ROOT / "evaluation" / "probes"
FLOORS = json.loads((ROOT / "evaluation" / "floors.json").read_text(encoding="utf-8"))
TOLERANCE = 5e-4  # floors are written rounded to three places


@pytest.fixture(scope="module")
def dev_report(tmp_path_factory):
    if not (DEV / "gold.jsonl").exists():
        pytest.skip("../shared/dev is not beside this checkout: the field set ratchet cannot run")
    out = tmp_path_factory.mktemp("dev_build")
    result = run_build(DEV / "articles", out)
    assert result.returncode == 0, result.stderr
    measures, policies = load_predictions(out)
    return evaluate(load_gold(DEV / "gold.jsonl"), measures, load_gold(DEV / "gold_policies.jsonl"), policies)


def test_field_set_f1_at_or_above_floor(dev_report):
    assert dev_report["measures"]["f1"] >= FLOORS["field_dev"]["f1"] - TOLERANCE, summary_line(dev_report)


def test_field_set_strict_f1_at_or_above_floor(dev_report):
    assert dev_report["measures"]["strict_f1"] >= FLOORS["field_dev"]["strict_f1"] - TOLERANCE, summary_line(dev_report)


def test_field_set_policies_f1_at_or_above_floor(dev_report):
    assert dev_report["policies"]["f1"] >= FLOORS["field_dev"]["policies_f1"] - TOLERANCE, summary_line(dev_report)


def _probe_sets() -> list[Path]:
    return sorted(p for p in PROBES.iterdir() if (p / "gold.jsonl").exists())


@pytest.fixture(scope="module")
def probes_reports(tmp_path_factory) -> dict[str, dict]:
    """All probe sets in one build (one start-up), each scored against its own gold: a set's floor
    is its own, so adding a new set (harder, as new ones are) lowers no floor of the others."""
    sets = _probe_sets()
    assert sets, f"no probe sets under {PROBES}"
    out = tmp_path_factory.mktemp("probes_build")
    result = run_build([s / "articles" for s in sets], out)
    assert result.returncode == 0, result.stderr
    measures, policies = load_predictions(out)
    reports = {}
    for s in sets:
        articles = {f.stem for f in (s / "articles").iterdir()}
        reports[s.name] = evaluate(load_gold(s / "gold.jsonl"), measures[measures.article.isin(articles)],
                                   load_gold(s / "gold_policies.jsonl"), policies[policies.article.isin(articles)])
    return reports


def test_every_probe_set_has_a_floor():
    assert sorted(FLOORS["probes"]) == [s.name for s in _probe_sets()], \
        "evaluation/floors.json `probes` needs a floor for each set in evaluation/probes (and none for a set gone)"


@pytest.mark.parametrize("score", ["f1", "strict_f1", "policies_f1"])
def test_probe_sets_at_or_above_floor(probes_reports, score):
    below = []
    for name, report in probes_reports.items():
        got = report["policies"]["f1"] if score == "policies_f1" else report["measures"][score]
        floor = FLOORS["probes"].get(name, {}).get(score)
        if floor is None or got < floor - TOLERANCE:
            below.append(f"{name}: {score} {got} < floor {floor} ({summary_line(report)})")
    assert not below, below


def peer_agreement(cases: list[dict], articles: pd.DataFrame, measures: pd.DataFrame) -> tuple[float, list]:
    """Share of cases whose measure values are exactly the expected ones (peer-numbers README)."""
    case_of = {}
    for row in articles.itertuples():
        line = str(row.source_name).rsplit("#", 1)[-1]
        case_of[row.article_id] = cases[int(line) - 1]["id"]
    by_case = {k: g for k, g in measures.assign(case=measures.article_id.map(case_of)).groupby("case")}
    agree, misses = 0, []
    for case in cases:
        group = by_case.get(case["id"])
        got = [] if group is None else [(float(v), str(q)) for v, q in zip(group.value, group.qualifier) if pd.notna(v)]
        ok = len(got) == len(case["expect"])
        for want in case["expect"]:
            hits = [g for g in got if abs(g[0] - want["value"]) <= 1e-3 * abs(want["value"]) + 1e-12]
            if (not hits or ("qualifier" in want and all(q != want["qualifier"] for _, q in hits))
                    or (want.get("not_exact") and all(q == "exact" for _, q in hits))):
                ok = False
        agree += ok
        if not ok:
            misses.append((case["numeral"], [g[0] for g in got], [w["value"] for w in case["expect"]]))
    return agree / len(cases), misses


def test_peer_number_cases_at_or_above_floor(tmp_path):
    if not PEER.exists():
        pytest.skip("../shared/peer-numbers is not beside this checkout: the peer number ratchet cannot run")
    cases = [json.loads(line) for line in PEER.read_text(encoding="utf-8").splitlines() if line.strip()]
    inputs = tmp_path / "in"
    inputs.mkdir()
    lines = [json.dumps({"id": c["id"], "text": c["text"], "date": "2020-03-01"}, ensure_ascii=False) for c in cases]
    (inputs / "cases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_build(inputs, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    share, misses = peer_agreement(cases, pd.read_parquet(tmp_path / "out" / "articles.parquet"),
                                   pd.read_parquet(tmp_path / "out" / "measures.parquet"))
    assert share >= FLOORS["peer_numbers"]["share"] - TOLERANCE, (round(share, 3), misses[:20])
