"""Integration and data-validation tiers: build seeds/ end to end and check the outputs.

Accuracy floors come from the build issue: strict F1 >= 0.95, qualifier and basis
agreement >= 0.95, policies F1 >= 0.90 against evaluation/gold.
"""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import pandas as pd
import pyarrow.parquet as pq
import pytest

import schemas
from pipeline import __version__
from pipeline.engine import MIN_ITEMS_FOR_PROCESSES
from pipeline.evaluate import evaluate, load_gold, load_predictions

from .conftest import GOLD, ROOT, SEEDS, run_build

TABLES = ["articles", "measures", "policies", "zones", "zone_summary", "quarantine"]


def read(out, name) -> pd.DataFrame:
    return pd.read_parquet(out / f"{name}.parquet")


@pytest.fixture(scope="module")
def report(seeds_build):
    measures, policies = load_predictions(seeds_build)
    return evaluate(load_gold(GOLD / "seeds.jsonl"), measures, load_gold(GOLD / "seeds_policies.jsonl"), policies)


def test_seeds_strict_f1_above_floor(report):
    assert report["measures"]["strict_f1"] >= 0.95, report["misses"] + report["spurious"]


def test_seeds_qualifier_and_basis_agreement_above_floor(report):
    assert report["measures"]["qualifier_agreement"] >= 0.95, report["disagreements"]
    assert report["measures"]["basis_agreement"] >= 0.95, report["disagreements"]


def test_seeds_policies_f1_above_floor(report):
    assert report["policies"]["f1"] >= 0.90, report["policies"]


def test_every_table_is_written_and_reads_back_valid(seeds_build):
    for name in TABLES:
        df = read(seeds_build, name)
        table = pq.read_table(seeds_build / f"{name}.parquet")
        assert table.schema.metadata[b"zone_measures_version"].decode() == __version__
        if name != "quarantine":
            assert len(df) > 0, name
    articles = read(seeds_build, "articles")
    assert sorted(articles["source_name"]) == sorted(p.stem for p in SEEDS.iterdir())
    assert (articles["status"] == "ok").all()
    assert articles["article_id"].is_unique


def test_every_mention_is_its_span_of_the_article_text(seeds_build):
    texts = read(seeds_build, "articles").set_index("article_id")["text"]
    for name in ("measures", "policies"):
        df = read(seeds_build, name)
        for row in df.itertuples():
            assert texts[row.article_id][row.span_start:row.span_end] == row.mention, (name, row)


def test_measure_sentences_hold_their_mentions(seeds_build):
    measures = read(seeds_build, "measures")
    assert all(m in s for m, s in zip(measures["mention"], measures["sentence"]))


def test_keys_join_across_tables(seeds_build):
    articles, measures, policies = read(seeds_build, "articles"), read(seeds_build, "measures"), read(seeds_build, "policies")
    zones, summary = read(seeds_build, "zones"), read(seeds_build, "zone_summary")
    assert set(measures["article_id"]) <= set(articles["article_id"])
    assert set(policies["article_id"]) <= set(articles["article_id"])
    assert set(measures["zone_id"].dropna()) <= set(zones["zone_id"])
    assert set(policies["zone_id"].dropna()) <= set(zones["zone_id"])
    assert set(summary["zone_id"]) == set(measures["zone_id"].dropna())
    assert zones["zone_id"].is_unique and measures["measure_id"].is_unique
    counts = measures.groupby("article_id").size()
    for row in articles.itertuples():
        assert row.n_measures == counts.get(row.article_id, 0)


def test_zone_names_agree_between_measures_and_zones(seeds_build):
    names = read(seeds_build, "zones").set_index("zone_id")["zone_name"]
    measures = read(seeds_build, "measures").dropna(subset=["zone_id"])
    assert (measures["zone_name"] == measures["zone_id"].map(names)).all()


def test_missing_digits_stay_null_and_flagged(seeds_build):
    measures = read(seeds_build, "measures")
    missing = measures[measures["is_value_missing"]]
    assert len(missing) >= 1
    assert missing["value"].isna().all()
    assert measures.loc[~measures["is_value_missing"], "value"].notna().all()


def test_rates_are_fractions(seeds_build):
    measures = read(seeds_build, "measures")
    rates = measures[measures["unit"] == "ratio"]["value"].dropna()
    assert ((rates >= 0) & (rates <= 1)).all()


def test_tables_pass_their_schemas_when_read_back(seeds_build):
    for name in ("articles", "measures", "policies", "zones", "zone_summary"):
        valid, failed = schemas.validate_table(name, read(seeds_build, name))
        assert failed is None or len(failed) == 0, name
        assert len(valid) == len(read(seeds_build, name))


def test_codebook_lists_every_column_and_report_exists(seeds_build):
    codebook = (seeds_build / "codebook.md").read_text(encoding="utf-8")
    for name in TABLES:
        for column in read(seeds_build, name).columns:
            assert f"`{column}`" in codebook, (name, column)
    report_html = (seeds_build / "report.html").read_text(encoding="utf-8")
    assert "<svg" in report_html and "measures" in report_html


def _digests(out) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.iterdir()) if p.is_file()}


def test_two_builds_are_byte_identical(seeds_build, tmp_path):
    again = tmp_path / "again"
    assert run_build(SEEDS, again).returncode == 0
    assert _digests(again) == _digests(seeds_build)


def test_process_pool_build_is_byte_identical(seeds_build, tmp_path):
    # Each seed, an identical copy (folded into its row) and a copy one line longer (its own
    # article): 10 inputs, over the pool's threshold, so --workers 2 really starts the pool
    # (tests/test_engine.py checks that it runs in two processes).
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for p in SEEDS.iterdir():
        (corpus / f"{p.stem}.txt").write_bytes(p.read_bytes())
        (corpus / f"copy_{p.stem}.txt").write_bytes(p.read_bytes())
        (corpus / f"longer_{p.stem}.txt").write_bytes(p.read_bytes() + "\n（完）".encode())
    one, two = tmp_path / "one", tmp_path / "two"
    assert run_build(corpus, one, "--workers", "1").returncode == 0
    assert run_build(corpus, two, "--workers", "2").returncode == 0
    assert _digests(one) == _digests(two)
    articles = read(one, "articles")
    assert len(articles) == 10 >= MIN_ITEMS_FOR_PROCESSES
    assert articles["duplicate_paths"].notna().sum() == 5  # each seed's identical copy folds into its row


def test_dask_engine_gives_the_same_files(seeds_build, tmp_path):
    pytest.importorskip("dask.bag")
    out = tmp_path / "dask"
    result = run_build(SEEDS, out, "--engine", "dask", "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert _digests(out) == _digests(seeds_build)


def test_eval_command_prints_json_scores(seeds_build):
    result = subprocess.run([sys.executable, "-m", "pipeline", "eval", "--gold", str(GOLD / "seeds.jsonl"),
                             "--data", str(seeds_build)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert scores["measures"]["strict_f1"] >= 0.95
    assert "misses" in scores and "spurious" in scores
