"""Results consumed as they come: the engine yields them in input order, the cache is read
as each result's turn comes, and `assemble` turns them into tables a chunk at a time with
the very tables (and Parquet bytes) a whole-table assemble gives."""
from __future__ import annotations

import copy
import hashlib

import pandas as pd
import pandera.errors
import pytest

import schemas
from pipeline import __version__, engine
from pipeline.assemble import assemble
from pipeline.cache import ResultCache
from pipeline.ingest import scan_inputs
from pipeline.write import write_outputs

from .conftest import SEEDS, processed_items


@pytest.fixture(scope="module")
def seed_results():
    return engine.run(scan_inputs([SEEDS]), workers=1)


def _digests(out):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(out.iterdir())}


def _with_repeated_measure(results):
    """The seeds, plus a copy of the first seed's result under another article id whose
    measures keep their ids: each copied measure is a duplicate measure_id, met in
    another article (so in another chunk when chunks hold one article)."""
    donor = next(r for r in results if r["measures"])
    copied = copy.deepcopy(donor)
    copied["article"]["article_id"] = "f" * 16
    copied["article"]["source_name"] = "zz-copy"
    copied["article"]["source_path"] = "zz-copy.txt"
    for measure in copied["measures"]:
        measure["article_id"] = "f" * 16
    for number, policy in enumerate(copied["policies"]):
        policy["article_id"] = "f" * 16
        policy["policy_id"] = f"{number:016x}"
    return [*results, copied]


@pytest.mark.parametrize("chunk_articles", [1, 2, 3])
def test_chunked_assemble_gives_the_whole_tables_and_bytes(seed_results, tmp_path, chunk_articles):
    results = _with_repeated_measure(seed_results)
    whole = assemble(results, chunk_articles=10_000)
    chunked = assemble(iter(results), chunk_articles=chunk_articles)
    assert len(whole["quarantine"]) >= 1
    assert set(whole["quarantine"]["failed_check"]) >= {"measure_id:unique"}
    for name, frame in whole.items():
        assert chunked[name].equals(frame), name
        assert list(chunked[name].dtypes) == list(frame.dtypes), name
    write_outputs(whole, tmp_path / "whole", __version__)
    write_outputs(chunked, tmp_path / "chunked", __version__)
    assert _digests(tmp_path / "chunked") == _digests(tmp_path / "whole")


def test_engine_yields_results_one_at_a_time_in_input_order(seed_results, monkeypatch):
    items = scan_inputs([SEEDS])
    processed = processed_items(monkeypatch)
    results = engine.iter_run(items, workers=1)
    first = next(results)
    assert [i.article_id for i in processed] == [items[0].article_id] == [first["article"]["article_id"]]  # nothing ran ahead
    assert [first, *results] == seed_results


def test_cached_results_are_read_when_their_turn_comes(seed_results, tmp_path, monkeypatch):
    items = scan_inputs([SEEDS])
    cache = ResultCache(tmp_path / "cache.sqlite", 5.0)
    processed = processed_items(monkeypatch)
    try:
        cache.put_all(zip(items[::2], seed_results[::2]))  # every other article cached
        got = list(engine.iter_with_cache(items, cache, workers=1, time_budget=5.0))
        assert got == seed_results
        assert [i.article_id for i in processed] == [item.article_id for item in items[1::2]]
        assert cache.hits == len(items[::2])
        again = list(engine.iter_with_cache(items, cache, workers=1, time_budget=5.0))
        assert again == seed_results and cache.hits == len(items[::2]) + len(items)  # a running count
        assert [i.article_id for i in processed] == [item.article_id for item in items[1::2]]  # nothing processed again
    finally:
        cache.close()


@pytest.mark.parametrize("chunk_articles", [1, 10_000])
def test_a_policy_id_repeated_in_another_chunk_fails_as_in_the_whole_table(seed_results, chunk_articles):
    results = copy.deepcopy(seed_results)
    with_policies = [r for r in results if r["policies"]]
    assert len(with_policies) >= 2
    with_policies[1]["policies"][0]["policy_id"] = with_policies[0]["policies"][0]["policy_id"]
    with pytest.raises(pandera.errors.SchemaError, match="policy_id"):
        assemble(iter(results), chunk_articles=chunk_articles)


def test_a_table_joined_from_chunks_writes_the_bytes_of_the_whole(tmp_path):
    """Long texts span several Parquet pages; the pages must not follow the chunks the
    frame was joined from."""
    from pipeline.write import write_table

    from .test_schemas import example_rows

    template = example_rows()["articles"][0]
    rows = [{**template, "article_id": f"{i:016x}", "source_path": f"{i:05d}.txt", "source_name": f"{i:05d}",
             "text": f"第{i}篇。" + "园区为企业减免租金，帮助复工复产。" * 300} for i in range(900)]
    whole = schemas.coerce_table("articles", rows)
    # Chunks already in order, as an archive read in path order gives them: nothing is moved.
    joined = schemas.natural_order("articles", pd.concat([schemas.coerce_table("articles", rows[:437]),
                                                          schemas.coerce_table("articles", rows[437:])],
                                                         ignore_index=True))
    assert joined.equals(whole)
    a = write_table(whole, "articles", tmp_path / "whole", __version__).read_bytes()
    b = write_table(joined, "articles", tmp_path / "joined", __version__).read_bytes()
    assert hashlib.sha256(a).hexdigest() == hashlib.sha256(b).hexdigest()


def _copies(results, n_copies: int):
    """The seeds' results `n_copies` times over, each copy under its own article id and
    path: the same zones and facts in many articles, whose ids fall in every bucket."""
    out = []
    for k in range(n_copies):
        for result in results:
            copied = copy.deepcopy(result)
            article_id = hashlib.sha256(f"{k}/{result['article']['article_id']}".encode()).hexdigest()[:16]
            article = copied["article"]
            article["article_id"] = article_id
            article["source_path"] = f"copy{k:02d}/{article['source_path']}"
            for row in copied["measures"]:
                row["article_id"] = article_id
                row["measure_id"] = hashlib.sha256(f"{article_id}|{row['measure_id']}".encode()).hexdigest()[:16]
            for row in copied["policies"]:
                row["article_id"] = article_id
                row["policy_id"] = hashlib.sha256(f"{article_id}|{row['policy_id']}".encode()).hexdigest()[:16]
            out.append(copied)
    return out


@pytest.fixture(scope="module")
def copies_whole(seed_results, tmp_path_factory):
    """The whole tables of eight copies of the seeds, made in memory, and the digests of their
    Parquet files: one assemble and one write for every bucket size compared with them."""
    whole = assemble(_copies(seed_results, 8), chunk_articles=10_000)
    assert len(whole["zone_summary"]) >= 5 and len(whole["measures"]) >= 300
    out = tmp_path_factory.mktemp("copies_whole")
    write_outputs(whole, out, __version__)
    return whole, _digests(out)


@pytest.mark.parametrize("bytes_per_bucket", [10, 3_000, 100_000])
def test_tables_spilled_in_buckets_are_the_whole_tables_and_bytes(seed_results, copies_whole, tmp_path,
                                                                   bytes_per_bucket):
    """Spilled in 1 to 40 buckets (by article id, and articles by path), read back and
    written a bucket at a time: the very tables, zone_summary folded across buckets
    included, and the very Parquet bytes of the tables made whole in memory."""
    from pipeline.assemble import stream_tables
    from pipeline.spill import BucketPlan
    from pipeline.write import write_streamed

    results = _copies(seed_results, 8)
    keys = [(r["article"]["source_path"], r["article"]["source_name"]) for r in results]
    plan = BucketPlan.for_inputs(keys, 40 * 3_000, bytes_per_bucket=bytes_per_bucket)
    whole, whole_digests = copies_whole
    bucketed = assemble(iter(results), chunk_articles=7, plan=plan)
    for name, frame in whole.items():
        assert bucketed[name].equals(frame), name
    spill = tmp_path / "spill"
    spill.mkdir()
    streamed = stream_tables(iter(results), plan, spill, chunk_articles=7)
    assert plan.n_buckets == min(40, max(1, -(-40 * 3_000 // bytes_per_bucket)))
    write_streamed(streamed, tmp_path / "streamed", __version__)
    assert _digests(tmp_path / "streamed") == whole_digests


def test_seen_values_hold_millions_of_ids_exactly():
    from schemas._seen import SeenValues

    rng = __import__("random").Random(5)
    ids = [f"{rng.getrandbits(64):016x}" for _ in range(20_000)] + ["not-an-id", "ABCDEF0123456789"]
    seen, plain = SeenValues(), set()
    for start in range(0, len(ids), 997):
        part = pd.Series(ids[start:start + 997], dtype="str")
        assert list(seen.contains(part)) == [v in plain for v in part]
        seen.update(part)
        plain.update(part)
    probe = pd.Series(ids[::13] + [f"{rng.getrandbits(64):016x}" for _ in range(500)] + ["ABCDEF0123456788"])
    assert list(seen.contains(probe)) == [v in plain for v in probe]
    assert len(seen) == len(plain)


@pytest.mark.parametrize("seed", range(6))
def test_zone_summary_folded_in_parts_is_the_whole_tables_summary(seed):
    """Random measures with many ties (zones, names, dates, values, null dates), cut
    into random consecutive parts: the fold gives summarise_zones' rows of the whole."""
    import datetime as dt
    import random

    from pipeline.assemble import ZoneSummaryFold, summarise_zones

    from .test_schemas import example_rows

    rng = random.Random(seed)
    template = example_rows()["measures"][0]
    zones = [f"z{k}" for k in range(6)]
    rows = []
    for i in range(400):
        zone = rng.choice(zones + [None])
        category = rng.choice(["return_to_work_rate", "subsidy", "loan", "fund", "enterprises_resumed"])
        rate = category == "return_to_work_rate"
        rows.append({**template, "measure_id": f"{i:016x}", "article_id": f"{rng.randrange(40):016x}",
                     "zone_id": zone, "zone_name": None if zone is None else f"名{zone}{rng.randrange(3)}",
                     "category": category, "unit": "ratio" if rate else rng.choice(["CNY", "CNY", "USD"]),
                     "value": rng.choice([0.5, 0.9, 0.95]) if rate else rng.choice([1e6, 2e6, 5e6, None]),
                     "is_value_missing": False, "basis": rng.choice(["total", "total", "per_beneficiary"]),
                     "as_of": rng.choice([None, dt.date(2020, 3, 1), dt.date(2020, 4, 1)]),
                     "span_start": (start := rng.randrange(5)), "span_end": start + 1, "mention": "截"})
    for row in rows:
        row["is_value_missing"] = row["value"] is None
    measures, _ = schemas.validate_table("measures", rows)
    zones_df = schemas.coerce_table("zones", [])
    fold = ZoneSummaryFold()
    cuts = sorted(rng.sample(range(1, len(measures)), 7))
    for start, end in zip([0, *cuts], [*cuts, len(measures)]):
        fold.add(measures.iloc[start:end])
    whole = summarise_zones(measures, zones_df)
    assert len(whole) >= 5
    assert pd.DataFrame(fold.rows(zones_df)).equals(pd.DataFrame(whole))
