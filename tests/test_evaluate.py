"""Tests for pipeline.evaluate (SPEC §7 scoring)."""
from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from pipeline import evaluate as ev

A = "000_aaaa"
B = "001_bbbb"


# --------------------------------------------------------------------------- #
# helpers
# --------------------------------------------------------------------------- #
def gold(article=A, zone=("清远高新区",), category="subsidy", unit="CNY", value=100.0,
         qualifier="exact", basis="total", as_of=None, optional=False, mention="m", **unsettled):
    """A gold row; *unsettled* holds the SPEC §7 fields for rows annotators could not settle
    (category_alt, as_of_unsure, zone_null_ok)."""
    return {"article": article, "zone": list(zone), "category": category, "unit": unit,
            "value": value, "qualifier": qualifier, "basis": basis, "as_of": as_of,
            "optional": optional, "mention": mention, **unsettled}


def pred(article=A, zone_name="清远高新区", category="subsidy", unit="CNY", value=100.0,
         qualifier="exact", basis="total", as_of=None, mention="100元", sentence="句子。"):
    return {"article": article, "zone_name": zone_name, "category": category, "unit": unit,
            "value": value, "qualifier": qualifier, "basis": basis, "as_of": as_of,
            "mention": mention, "sentence": sentence}


def article_id(name: str) -> str:
    return "id_" + name


def write_build(tmp_path, preds, policies=(), rejected=()):
    """Write tiny articles/measures/policies parquet files; returns the data dir."""
    names = sorted({p["article"] for p in preds} | {p["article"] for p in policies} | {A, B} | set(rejected))
    arts = pd.DataFrame({
        "article_id": [article_id(n) for n in names],
        "source_name": names,
        "status": ["rejected" if n in rejected else "ok" for n in names],
    })
    meas = pd.DataFrame(
        [{"article_id": article_id(p["article"]), **{k: v for k, v in p.items() if k != "article"}} for p in preds],
        columns=["article_id", "zone_name", "category", "unit", "value", "qualifier", "basis", "as_of",
                 "mention", "sentence"],
    )
    meas["value"] = meas["value"].astype("float64")
    meas["as_of"] = pd.Series([None if p["as_of"] is None else dt.date.fromisoformat(p["as_of"]) for p in preds],
                              dtype="object")
    pols = pd.DataFrame(
        [{"article_id": article_id(p["article"]), "title": p["title"]} for p in policies],
        columns=["article_id", "title"],
    )
    arts.to_parquet(tmp_path / "articles.parquet", index=False)
    meas.to_parquet(tmp_path / "measures.parquet", index=False)
    pols.to_parquet(tmp_path / "policies.parquet", index=False)
    return tmp_path


def score_via_parquet(tmp_path, golds, preds, **kw):
    data = write_build(tmp_path, preds, **kw)
    measures, _ = ev.load_predictions(data)
    return ev.score_measures(golds, measures)


# --------------------------------------------------------------------------- #
# measure scores, table-driven
# --------------------------------------------------------------------------- #
CASES = {
    "perfect": (
        [gold(), gold(category="loan", value=2e8)],
        [pred(), pred(category="loan", value=2e8)],
        dict(tp=2, fp=0, fn=0, precision=1.0, recall=1.0, f1=1.0, strict_f1=1.0),
    ),
    "extra prediction lowers precision": (
        [gold()],
        [pred(), pred(value=5.0)],
        dict(tp=1, fp=1, fn=0, precision=0.5, recall=1.0),
    ),
    "miss lowers recall": (
        [gold(), gold(value=7.0)],
        [pred()],
        dict(tp=1, fp=0, fn=1, precision=1.0, recall=0.5),
    ),
    "value within 0.1% matches": (
        [gold(value=1000.0)],
        [pred(value=1001.0)],
        dict(tp=1, fp=0, fn=0),
    ),
    "value 0.2% off does not match": (
        [gold(value=1000.0)],
        [pred(value=1002.0)],
        dict(tp=0, fp=1, fn=1),
    ),
    "ratio rounding within tolerance": (
        [gold(unit="ratio", value=0.0315)],
        [pred(unit="ratio", value=0.03150001)],
        dict(tp=1, fp=0, fn=0),
    ),
    "zero matches zero": (
        [gold(category="guarantee", unit="ratio", value=0.0)],
        [pred(category="guarantee", unit="ratio", value=0.0)],
        dict(tp=1, fp=0, fn=0),
    ),
    "null matches null": (
        [gold(category="loan", value=None)],
        [pred(category="loan", value=None)],
        dict(tp=1, fp=0, fn=0),
    ),
    "null vs number does not match": (
        [gold(category="loan", value=None)],
        [pred(category="loan", value=0.0)],
        dict(tp=0, fp=1, fn=1),
    ),
    "number vs null does not match": (
        [gold(category="loan", value=5.0)],
        [pred(category="loan", value=None)],
        dict(tp=0, fp=1, fn=1),
    ),
    "category must be equal": (
        [gold(category="loan")],
        [pred(category="fund")],
        dict(tp=0, fp=1, fn=1),
    ),
    "unit must be equal": (
        [gold(unit="CNY/person")],
        [pred(unit="CNY")],
        dict(tp=0, fp=1, fn=1),
    ),
    "article must be equal": (
        [gold(article=A)],
        [pred(article=B)],
        dict(tp=0, fp=1, fn=1),
    ),
    "optional matched counts neither way": (
        [gold(), gold(value=5.0, optional=True)],
        [pred(), pred(value=5.0)],
        dict(tp=1, fp=0, fn=0, precision=1.0, recall=1.0, n_matched_optional=1),
    ),
    "optional unmatched is not a miss": (
        [gold(), gold(value=5.0, optional=True)],
        [pred()],
        dict(tp=1, fp=0, fn=0, recall=1.0),
    ),
    "required gold preferred over optional with the same value": (
        [gold(value=5.0, optional=True), gold(value=5.0)],
        [pred(value=5.0)],
        dict(tp=1, fp=0, fn=0),
    ),
    "duplicates are FP: one gold matches one prediction": (
        [gold()],
        [pred(), pred(), pred()],
        dict(tp=1, fp=2, fn=0, precision=1 / 3, recall=1.0),
    ),
    "two equal gold rows need two predictions": (
        [gold(unit="ratio", value=1.0), gold(unit="ratio", value=1.0)],
        [pred(unit="ratio", value=1.0)],
        dict(tp=1, fp=0, fn=1),
    ),
    "wrong zone: lenient hit, strict miss": (
        [gold(zone=["清远高新区"])],
        [pred(zone_name="深圳市")],
        dict(tp=1, fp=0, fn=0, f1=1.0, strict_tp=0, strict_fp=1, strict_fn=1, strict_f1=0.0,
             zone_agreement=0.0),
    ),
    "strict pairing prefers zone-matching pairs": (
        # greedy in row order would pair 安康 gold with the 银川 prediction
        [gold(zone=["安康高新区"], unit="ratio", value=0.9), gold(zone=["银川高新区"], unit="ratio", value=0.9)],
        [pred(zone_name="银川高新区", unit="ratio", value=0.9), pred(zone_name="安康高新区", unit="ratio", value=0.9)],
        dict(tp=2, strict_tp=2, strict_f1=1.0, zone_agreement=1.0),
    ),
    "matching maximises lenient matches over greedy": (
        # pred 0 matches both (1000 and 1000.5), pred 1 only gold 0 (999.2 is within 0.1% of 1000 only)
        [gold(value=1000.0), gold(value=1000.9)],
        [pred(value=1000.2), pred(value=999.2)],
        dict(tp=2, fp=0, fn=0),
    ),
    "category_alt: another accepted category matches": (
        [gold(category="loan", category_alt=["fund"])],
        [pred(category="fund")],
        dict(tp=1, fp=0, fn=0, strict_tp=1),
    ),
    "category_alt: a category not listed still does not match": (
        [gold(category="loan", category_alt=["fund"])],
        [pred(category="subsidy")],
        dict(tp=0, fp=1, fn=1),
    ),
    "category_alt: each category finds its own gold row": (
        [gold(category="loan", category_alt=["fund"]), gold(category="fund")],
        [pred(category="loan"), pred(category="fund")],
        dict(tp=2, fp=0, fn=0),
    ),
    "category_alt on an optional row absorbs the prediction neither way": (
        [gold(category="loan", category_alt=["fund"], optional=True)],
        [pred(category="fund")],
        dict(tp=0, fp=0, fn=0, n_matched_optional=1),
    ),
    "zone_null_ok: a null zone is a strict match": (
        [gold(zone=["清远高新区"], zone_null_ok=True)],
        [pred(zone_name=None)],
        dict(tp=1, strict_tp=1, strict_fp=0, strict_fn=0, zone_agreement=1.0),
    ),
    "zone_null_ok: another named zone is still wrong": (
        [gold(zone=["清远高新区"], zone_null_ok=True)],
        [pred(zone_name="深圳市")],
        dict(tp=1, strict_tp=0, strict_fp=1, strict_fn=1, zone_agreement=0.0),
    ),
    "zone_null_ok: the listed zone still matches": (
        [gold(zone=["清远高新区"], zone_null_ok=True)],
        [pred(zone_name="清远高新区")],
        dict(tp=1, strict_tp=1),
    ),
    "as_of_unsure: any as_of agrees": (
        [gold(as_of="2020-02-13", as_of_unsure=True), gold(value=2.0, as_of="2020-02-13", as_of_unsure=True),
         gold(value=3.0, as_of="2020-02-13")],
        [pred(as_of=None), pred(value=2.0, as_of="2021-02-13"), pred(value=3.0, as_of=None)],
        dict(tp=3, as_of_agreement=2 / 3),
    ),
    "empty gold zone list wants null zone": (
        [gold(zone=[]), gold(zone=[], value=5.0)],
        [pred(zone_name=None), pred(zone_name="清远高新区", value=5.0)],
        dict(tp=2, strict_tp=1, strict_fp=1, strict_fn=1),
    ),
}


@pytest.mark.parametrize("golds,preds,expected", CASES.values(), ids=list(CASES))
def test_score_measures_cases(tmp_path, golds, preds, expected):
    res = score_via_parquet(tmp_path, golds, preds)
    for key, want in expected.items():
        assert res[key] == pytest.approx(want), (key, res[key], want)


def test_rejected_articles_are_ignored(tmp_path):
    golds = [gold()]
    preds = [pred(), pred(article="999_rejected")]
    res = score_via_parquet(tmp_path, golds, preds, rejected=("999_rejected",))
    assert (res["tp"], res["fp"], res["fn"]) == (1, 0, 0)


def test_per_category_scores():
    golds = [gold(category="loan"), gold(category="loan", value=3.0), gold(category="fund", value=9.0)]
    preds = pd.DataFrame([pred(category="loan"), pred(category="fund", value=9.0, zone_name="深圳市"),
                          pred(category="in_kind", unit="items", value=1.0)])
    res = ev.score_measures(golds, preds)
    pc = res["per_category"]
    assert set(pc) == {"loan", "fund", "in_kind"}
    assert (pc["loan"]["tp"], pc["loan"]["fp"], pc["loan"]["fn"]) == (1, 0, 1)
    assert pc["loan"]["precision"] == 1.0 and pc["loan"]["recall"] == 0.5
    assert pc["fund"]["f1"] == 1.0 and pc["fund"]["strict_f1"] == 0.0
    assert pc["in_kind"]["precision"] == 0.0 and pc["in_kind"]["recall"] is None
    assert (res["tp"], res["fp"], res["fn"]) == (2, 1, 1)


# --------------------------------------------------------------------------- #
# zone rule
# --------------------------------------------------------------------------- #
ZONE_CASES = [
    (None, [], True),
    ("", [], True),
    ("清远高新区", [], False),
    (None, ["清远高新区"], False),
    ("乌鲁木齐高新区", ["乌鲁木齐高新区", "新市区"], True),
    ("新市区", ["乌鲁木齐高新区", "新市区"], True),
    ("乌鲁木齐高新区(新市区)", ["新市区"], True),
    ("广州开发区", ["黄埔区", "广州开发区"], True),
    ("黄埔区广州开发区", ["黄埔区", "广州开发区"], True),
    ("黄埔区", ["黄埔区", "广州开发区"], True),
    ("清远市", ["清远高新区"], True),
    ("清远 高新区", ["清远高新区"], True),
    ("深圳市", ["广州开发区"], False),
    ("包头稀土高新区", ["包头稀土高新区"], True),
    ("包头高新区", ["包头稀土高新区"], True),
    ("银川高新区", ["安康高新区"], False),
    ("璧山高新区", ["璧山区", "璧山高新区"], True),
    ("海珠区", ["海珠区"], True),
    ("浦东新区", ["上海市"], False),
    ("国家级清远高新技术产业开发区", ["清远高新区"], True),
]


@pytest.mark.parametrize("pred_zone,gold_zones,expected", ZONE_CASES)
def test_zone_matches(pred_zone, gold_zones, expected):
    assert ev.zone_matches(pred_zone, gold_zones) is expected


@pytest.mark.parametrize("name,places", [
    ("乌鲁木齐高新区", ["乌鲁木齐"]),
    ("新市区", ["新市"]),
    ("包头稀土高新区", ["包头稀土"]),
    ("黄埔区广州开发区", ["黄埔区广州"]),
    ("清远高新技术产业开发区", ["清远"]),
    ("广东省", ["广东"]),
    ("高新区", ["高新"]),  # at least two characters are kept
])
def test_zone_place_names(name, places):
    assert ev.zone_place_names(name) == places


# --------------------------------------------------------------------------- #
# agreement shares and disagreements
# --------------------------------------------------------------------------- #
def test_agreement_on_matched_rows_only(tmp_path):
    golds = [
        gold(value=1.0, qualifier="exact", basis="total", as_of="2020-05-14"),
        gold(value=2.0, qualifier="more_than", basis="total", as_of=None),
        gold(value=3.0, qualifier="at_most", basis="per_beneficiary", as_of=None),
        gold(value=4.0, qualifier="approx", basis="total"),            # missed: not in shares
        gold(value=5.0, qualifier="exact", optional=True),             # optional: not in shares
    ]
    preds = [
        pred(value=1.0, qualifier="exact", basis="total", as_of="2020-05-14"),
        pred(value=2.0, qualifier="exact", basis="total", as_of="2020-03-31"),
        pred(value=3.0, qualifier="at_most", basis="total", as_of=None),
        pred(value=5.0, qualifier="approx", basis="per_beneficiary", as_of="2020-01-01"),
        pred(value=99.0, qualifier="approx", basis="per_beneficiary"),  # spurious
    ]
    res = score_via_parquet(tmp_path, golds, preds)
    assert (res["tp"], res["fp"], res["fn"]) == (3, 1, 1)
    assert res["qualifier_agreement"] == pytest.approx(2 / 3)
    assert res["basis_agreement"] == pytest.approx(2 / 3)
    assert res["as_of_agreement"] == pytest.approx(2 / 3)
    dis = {d["value"]: d["fields"] for d in res["disagreements"]}
    assert set(dis) == {2.0, 3.0}
    assert dis[2.0] == {"qualifier": {"gold": "more_than", "pred": "exact"},
                        "as_of": {"gold": None, "pred": "2020-03-31"}}
    assert dis[3.0] == {"basis": {"gold": "per_beneficiary", "pred": "total"}}


def test_agreement_none_without_matches():
    res = ev.score_measures([gold()], pd.DataFrame([pred(value=5.0)]))
    assert res["qualifier_agreement"] is None and res["tp"] == 0


def test_as_of_compared_as_iso_dates():
    p = pd.DataFrame([pred(as_of=pd.Timestamp("2020-05-14")), pred(value=2.0, as_of=dt.date(2020, 3, 31))])
    res = ev.score_measures([gold(as_of="2020-05-14"), gold(value=2.0, as_of="2020-03-31")], p)
    assert res["as_of_agreement"] == 1.0


def test_zone_disagreement_reported():
    res = ev.score_measures([gold(zone=["清远高新区"])], pd.DataFrame([pred(zone_name="深圳市")]))
    assert res["disagreements"][0]["fields"] == {"zone": {"gold": ["清远高新区"], "pred": "深圳市"}}


def test_unsettled_fields_are_not_disagreements():
    golds = [gold(as_of="2020-02-13", as_of_unsure=True), gold(value=2.0, zone_null_ok=True)]
    res = ev.score_measures(golds, pd.DataFrame([pred(as_of="2020-03-01"), pred(value=2.0, zone_name=None)]))
    assert res["disagreements"] == []


@pytest.mark.parametrize("order", [1, -1])
def test_category_alt_prefers_the_gold_category(order):
    """Of two predictions for one gold row, the one in the gold's own category matches."""
    preds = [pred(category="fund", mention="基金100元"), pred(category="loan", mention="贷款100元")][::order]
    res = ev.score_measures([gold(category="loan", category_alt=["fund"])], pd.DataFrame(preds))
    assert (res["tp"], res["fp"]) == (1, 1)
    assert [s["category"] for s in res["spurious"]] == ["fund"]


def test_category_alt_per_category_counts():
    """A hit through category_alt is the gold category's hit; it is no false positive of the other."""
    golds = [gold(category="loan", category_alt=["fund"]), gold(category="fund", value=9.0)]
    res = ev.score_measures(golds, pd.DataFrame([pred(category="fund"), pred(category="fund", value=9.0)]))
    pc = res["per_category"]
    assert (pc["loan"]["tp"], pc["loan"]["fp"], pc["loan"]["fn"]) == (1, 0, 0)
    assert (pc["fund"]["tp"], pc["fund"]["fp"], pc["fund"]["fn"]) == (1, 0, 0)


def test_zone_disagreement_shows_how_the_build_decided(build, capsys):
    """zone_rule and zone_candidates of the prediction, when the measures table has them."""
    gold_path, data = build
    meas = pd.read_parquet(data / "measures.parquet")
    meas["zone_name"] = "深圳市"
    meas["zone_rule"] = "sentence_before"
    meas["zone_candidates"] = "深圳市(sentence,before) 清远高新区(article)"
    meas.to_parquet(data / "measures.parquet", index=False)
    ev.main(gold_path, data, as_json="json")
    zone = json.loads(capsys.readouterr().out)["disagreements"][0]["fields"]["zone"]
    assert zone["zone_rule"] == "sentence_before" and zone["zone_candidates"].startswith("深圳市(")
    ev.main(gold_path, data, as_json="table")
    out = capsys.readouterr().out
    assert "zone_rule: sentence_before" in out
    assert "zone_candidates: 深圳市(sentence,before) 清远高新区(article)" in out


def test_zone_disagreement_without_decision_columns(build, capsys):
    gold_path, data = build
    meas = pd.read_parquet(data / "measures.parquet").assign(zone_name="深圳市")
    meas.to_parquet(data / "measures.parquet", index=False)
    ev.main(gold_path, data, as_json="table")
    out = capsys.readouterr().out
    assert "zone: gold" in out and "zone_rule" not in out and "zone_candidates" not in out


# --------------------------------------------------------------------------- #
# misses / spurious
# --------------------------------------------------------------------------- #
def test_misses_and_spurious_lists(tmp_path):
    golds = [
        gold(value=100.0, mention="奖励100元"),
        gold(category="loan", value=2e8, mention="授信2亿元"),
        gold(category="fund", value=7.0, optional=True, mention="可选"),
    ]
    preds = [
        pred(value=100.0),
        pred(category="fund", value=2e8, mention="2亿元", sentence="共获批授信2亿元信用贷款。"),
        pred(article=B, zone_name="深圳市", category="in_kind", unit="items", value=9000.0,
             mention="9000多件", sentence="提供了9000多件口罩。"),
    ]
    res = score_via_parquet(tmp_path, golds, preds)
    assert [(m["article"], m["category"], m["unit"], m["value"], m["mention"]) for m in res["misses"]] == [
        (A, "loan", "CNY", 2e8, "授信2亿元"),
    ]
    assert "fund/CNY" in res["misses"][0]["hint"]
    spur = sorted((s["article"], s["zone_name"], s["category"], s["unit"], s["value"], s["mention"], s["sentence"])
                  for s in res["spurious"])
    assert spur == [
        (A, "清远高新区", "fund", "CNY", 2e8, "2亿元", "共获批授信2亿元信用贷款。"),
        (B, "深圳市", "in_kind", "items", 9000.0, "9000多件", "提供了9000多件口罩。"),
    ]


# --------------------------------------------------------------------------- #
# policies
# --------------------------------------------------------------------------- #
POLICY_CASES = [
    ("清远高新区激励优秀青年人才创业就业试行办法", "《清远高新区激励优秀青年人才创业就业试行办法》", True),
    ("惠企10条", "“惠企10条”", True),
    ("惠企10条", "惠企 10 条", True),
    ("惠企10条", "惠企１０条", True),
    ("海珠区推进企业(项目)复工复产工作方案", "海珠区推进企业（项目）复工复产工作方案", True),
    ("海珠区推进企业(项目)复工复产工作方案", "海珠区推进企业复工复产工作方案", False),  # words, not punctuation
    ("惠企10条", "惠企12条", False),
    ("稳企条", "暖企条", False),
]


@pytest.mark.parametrize("gold_title,pred_title,match", POLICY_CASES)
def test_policy_title_normalisation(gold_title, pred_title, match):
    res = ev.score_policies([{"article": A, "title": gold_title}],
                            pd.DataFrame([{"article": A, "title": pred_title}]))
    assert res["tp"] == (1 if match else 0)
    assert res["precision"] == (1.0 if match else 0.0)


def test_policy_scores_counts(tmp_path):
    golds = [{"article": A, "title": "惠企10条"}, {"article": A, "title": "用工16条"},
             {"article": B, "title": "硬核12条"}]
    pols = [{"article": A, "title": "《惠企10条》"}, {"article": A, "title": "惠企10条"},
            {"article": B, "title": "用工16条"}]
    data = write_build(tmp_path, [], policies=pols)
    _, policies = ev.load_predictions(data)
    res = ev.score_policies(golds, policies)
    assert (res["tp"], res["fp"], res["fn"]) == (1, 2, 2)
    assert res["precision"] == pytest.approx(1 / 3) and res["recall"] == pytest.approx(1 / 3)
    assert sorted(m["title"] for m in res["misses"]) == ["用工16条", "硬核12条"]
    assert sorted((s["article"], s["title"]) for s in res["spurious"]) == [(A, "惠企10条"), (B, "用工16条")]


def test_optional_policies_count_neither_way():
    golds = [{"article": A, "title": "惠企10条"},
             {"article": A, "title": "关于支持企业复工复产的十条措施", "optional": True}]
    both = ev.score_policies(golds, pd.DataFrame([{"article": A, "title": "惠企10条"},
                                                  {"article": A, "title": "《关于支持企业复工复产的十条措施》"}]))
    assert (both["tp"], both["fp"], both["fn"], both["n_matched_optional"]) == (1, 0, 0, 1)
    assert both["f1"] == 1.0 and both["n_gold"] == 1
    required_only = ev.score_policies(golds, pd.DataFrame([{"article": A, "title": "惠企10条"}]))
    assert (required_only["tp"], required_only["fp"], required_only["fn"]) == (1, 0, 0)
    assert required_only["misses"] == []


def test_policy_aliases_match_gold_titles():
    """One policy named twice is one row; its other name can match the gold title."""
    golds = [{"article": A, "title": "稳企12条"}, {"article": B, "title": "稳企12条"}]
    preds = pd.DataFrame([
        {"article": A, "title": "高新区稳定企业发展十二条措施", "aliases": ["稳企12条"]},
        {"article": B, "title": "高新区稳定企业发展十二条措施", "aliases": []},
    ])
    res = ev.score_policies(golds, preds)
    assert (res["tp"], res["fp"], res["fn"]) == (1, 1, 1)
    assert res["misses"] == [{"article": B, "title": "稳企12条"}]


def test_policy_title_hit_preferred_over_alias_hit():
    """A row whose title is one gold policy and whose alias is another matches its title."""
    golds = [{"article": A, "title": "惠企10条"}, {"article": A, "title": "用工16条"}]
    for aliases in (["惠企10条"], ["惠企10条", "用工十六条"]):
        res = ev.score_policies(golds, pd.DataFrame([{"article": A, "title": "用工16条", "aliases": aliases}]))
        assert (res["tp"], res["fp"], res["fn"]) == (1, 0, 1)
        assert res["misses"] == [{"article": A, "title": "惠企10条"}]


def test_policy_aliases_read_from_parquet(tmp_path):
    data = write_build(tmp_path, [], policies=[{"article": A, "title": "高新区稳定企业发展十二条措施"}])
    pols = pd.read_parquet(data / "policies.parquet")
    pols["aliases"] = ["惠企十条; “稳企”12条"]  # joined by `; `, as the build writes it
    pols.to_parquet(data / "policies.parquet", index=False)
    _, policies = ev.load_predictions(data)
    res = ev.score_policies([{"article": A, "title": "稳企12条"}], policies)
    assert res["tp"] == 1


# --------------------------------------------------------------------------- #
# main / output
# --------------------------------------------------------------------------- #
def _write_gold(path, rows):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")


@pytest.fixture
def build(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    write_build(data, [pred(), pred(value=3.0, mention="3元", sentence="多余的三元。")],
                policies=[{"article": A, "title": "《惠企10条》"}])
    gdir = tmp_path / "gold"
    gdir.mkdir()
    _write_gold(gdir / "seeds.jsonl", [gold(), gold(value=2.0, mention="两元")])
    _write_gold(gdir / "seeds_policies.jsonl", [{"article": A, "title": "惠企10条"}])
    return gdir / "seeds.jsonl", data


def test_main_json_output(build, capsys):
    gold_path, data = build
    assert ev.main(gold_path, data, as_json=True) == 0
    out = capsys.readouterr().out
    rep = json.loads(out)
    assert list(rep)[:5] == ["measures", "policies", "misses", "spurious", "disagreements"]
    m = rep["measures"]
    for key in ("precision", "recall", "f1", "strict_precision", "strict_recall", "strict_f1",
                "qualifier_agreement", "basis_agreement", "as_of_agreement", "tp", "fp", "fn", "per_category"):
        assert key in m
    assert list(m)[:3] == ["precision", "recall", "f1"]
    assert (m["tp"], m["fp"], m["fn"]) == (1, 1, 1)
    assert rep["policies"]["precision"] == 1.0 and rep["policies"]["recall"] == 1.0  # found beside the gold
    assert rep["misses"][0]["mention"] == "两元"
    assert rep["spurious"][0]["sentence"] == "多余的三元。"
    assert "\n " in out and "两元" in out  # indent=1, ensure_ascii=False


def test_main_non_tty_defaults_to_json(build, capsys):
    gold_path, data = build
    assert ev.main(gold_path, data) == 0
    json.loads(capsys.readouterr().out)  # capsys stdout is not a TTY


def test_main_table_output(build, capsys):
    gold_path, data = build
    assert ev.main(gold_path, data, as_json="table") == 0
    out = capsys.readouterr().out
    assert out.startswith("measures")
    assert "subsidy" in out and "两元" in out and "多余的三元。" in out
    with pytest.raises(json.JSONDecodeError):
        json.loads(out)


def test_main_explicit_policies_path_and_missing(build, tmp_path, capsys):
    gold_path, data = build
    other = tmp_path / "other.jsonl"
    _write_gold(other, [{"article": A, "title": "别的办法"}])
    ev.main(gold_path, data, gold_policies_path=other, as_json="json")
    assert json.loads(capsys.readouterr().out)["policies"]["tp"] == 0
    (gold_path.parent / "seeds_policies.jsonl").unlink()
    ev.main(gold_path, data, as_json=True)
    assert json.loads(capsys.readouterr().out)["policies"] is None


def test_real_gold_files_self_consistent():
    """The shipped gold, fed back as predictions, scores 1.0 everywhere."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "evaluation" / "gold"
    if not (root / "seeds.jsonl").exists():
        pytest.skip("gold files not present")
    g = ev.load_gold(root / "seeds.jsonl")
    preds = pd.DataFrame([pred(article=r["article"], zone_name=(r["zone"] or [None])[0], category=r["category"],
                               unit=r["unit"], value=r["value"], qualifier=r["qualifier"], basis=r["basis"],
                               as_of=r["as_of"], mention=r["mention"]) for r in g])
    res = ev.score_measures(g, preds)
    assert res["fp"] == 0 and res["fn"] == 0
    assert res["f1"] == 1.0 and res["strict_f1"] == 1.0
    assert res["qualifier_agreement"] == res["basis_agreement"] == res["as_of_agreement"] == 1.0
    gp = ev.load_gold(root / "seeds_policies.jsonl")
    pres = ev.score_policies(gp, pd.DataFrame([{"article": r["article"], "title": f"《{r['title']}》"} for r in gp]))
    assert pres["f1"] == 1.0


@pytest.mark.parametrize("seed", range(5))
def test_scores_do_not_depend_on_row_order(seed):
    import random

    golds = [gold(unit="ratio", value=1.0, zone=[z]) for z in ("璧山区", "清远高新区", "海珠区")]
    golds += [gold(unit="ratio", value=1.0, zone=["海珠区"], optional=True), gold(value=1000.0), gold(value=1000.9)]
    preds = [pred(unit="ratio", value=1.0, zone_name=z) for z in ("海珠区", "璧山高新区", "深圳市", "海珠区")]
    preds += [pred(value=999.2), pred(value=1000.2)]
    base = ev.score_measures(golds, pd.DataFrame(preds))
    rng = random.Random(seed)
    rng.shuffle(golds)
    rng.shuffle(preds)
    res = ev.score_measures(golds, pd.DataFrame(preds))
    keys = ("tp", "fp", "fn", "strict_tp", "strict_fp", "strict_fn", "n_matched_optional")
    assert [res[k] for k in keys] == [base[k] for k in keys]
    assert (base["tp"], base["fp"], base["fn"], base["strict_tp"]) == (5, 0, 0, 4)
