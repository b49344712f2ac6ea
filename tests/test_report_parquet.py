"""report.html from a build's Parquet files (`render_report_from_parquet`): the same bytes as
`render_report` of the same tables in memory, and memory that does not grow with the rows."""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys
import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import schemas
from pipeline import report, write
from pipeline.export import read_build

ROOT = Path(__file__).resolve().parents[1]
VERSION = "0.0.0-test"

# Names of the synthetic zones: several scripts and code points beyond the BMP, so that an
# order of strings other than Python's would show.
ZONE_STEMS = ["甲", "乙", "丙", "丁", "戊", "Alpha", "alpha", "Ω", "𠀀", "龘", "区", "ｚ"]


def _write_build(tables: dict[str, pd.DataFrame], out: Path) -> Path:
    """Write the tables the way a build does (write_outputs's Parquet options), without the report."""
    for name in schemas.TABLES:
        write.write_table(tables[name], name, out, VERSION)
    return out


def _article_text(i: int, n_sentences: int) -> str:
    return "".join(f"第{j}句：某园区为企业发放{(i * 37 + j * 11) % 9000 + 100}万元，复工率达到{(i + j) % 60 + 40}%。"
                   for j in range(n_sentences))


def synthetic_tables(seed: int = 7, n_zones: int = 140, n_articles: int = 400,
                     n_measures: int = 9_000) -> dict[str, pd.DataFrame]:
    """A build past every cap of the report: more zones than the heatmap shows, zones with more
    rows than the evidence takes per zone, more rows than it takes in all, more money amounts
    than the chart draws as dots, more quarantined rows than it lists; with ties (equal zone
    sizes, equal article/span/category keys), null zones, values and dates, rejected and
    duplicate inputs."""
    rng = random.Random(seed)
    zones = [(f"z{k:04d}", f"{ZONE_STEMS[k % len(ZONE_STEMS)]}{k // len(ZONE_STEMS)}区") for k in range(n_zones)]
    # Zipf-like sizes with repeats: some zones far past EVIDENCE_PER_ZONE, many ties.
    weights = [1.0 / (1 + k // 3) for k in range(n_zones)]

    articles = []
    for i in range(n_articles):
        text = _article_text(i, 6)
        rejected = i % 37 == 5
        articles.append({
            "article_id": f"{i * 7919 % 65536:04x}{i:012x}",
            "source_path": f"dir{i % 3}/{'same' if i % 50 == 1 else i}.txt",
            "source_name": f"{i % 5}",
            "encoding": None if rejected else "utf-8",
            "url": f"https://news.example.org/a/{i}" if i % 4 else None,
            "script": None if rejected else "simplified",
            "title": None if rejected or i % 6 == 0 else f"园区新闻{i}",
            "published_date": None if rejected or i % 9 == 0 else dt.date(2020, 2, 1) + dt.timedelta(days=i % 120),
            "text": "" if rejected else text,
            "n_chars": 0 if rejected else len(text),
            "n_romanisation_removed": i % 3,
            "n_spaces_removed": i % 4,
            "n_lines_joined": i % 2,
            "has_missing_digits": i % 11 == 0,
            "status": "rejected" if rejected else "ok",
            "error": f"cannot decode <{i}> & more" if rejected else None,
            "n_measures": 0 if i % 13 == 0 else 3,
            "duplicate_paths": f"copy/{i}.txt; copy2/{i}.txt" if i % 17 == 0 else None,
        })
    ok_articles = [a for a in articles if a["status"] == "ok"]

    measures = []
    for m in range(n_measures):
        article = ok_articles[rng.randrange(len(ok_articles))]
        text = article["text"]
        j = rng.randrange(6)
        sentence = text.split("。")[j] + "。"
        sentence_start = text.index(sentence)
        category = rng.choice(schemas.CATEGORIES)
        is_rate = category in ("return_to_work_rate", "capacity_recovery_rate")
        mention = sentence[sentence.index("达到") + 2:sentence.index("%") + 1] if is_rate else \
            sentence[sentence.index("放") + 1:sentence.index("元") + 1]
        start = sentence_start + sentence.index(mention)
        if m % 5 == 0:  # the same (article, span, category) again: ties only the file order breaks
            previous = measures[rng.randrange(len(measures))] if measures else None
            if previous is not None:
                article = next(a for a in ok_articles if a["article_id"] == previous["article_id"])
                sentence, mention, start, category = (previous["sentence"], previous["mention"],
                                                      previous["span_start"], previous["category"])
                is_rate = category in ("return_to_work_rate", "capacity_recovery_rate")
        zone = None if rng.random() < 0.08 else rng.choices(zones, weights)[0]
        missing = rng.random() < 0.03
        if is_rate:
            unit, value = "ratio", int(mention.rstrip("%")) / 100
        elif category in ("enterprises_resumed", "workers_returned"):
            unit, value = "enterprises", float(rng.randrange(1, 500))
        else:
            unit, value = "CNY", float(int(mention[:-2]) * 10_000) * rng.choice([1, 1, 1, 3])
        measures.append({
            "measure_id": f"m{m:06d}",
            "article_id": article["article_id"],
            "zone_id": zone and zone[0],
            "zone_name": zone and zone[1],
            "category": category,
            "unit": unit,
            "value": None if missing else value,
            "qualifier": rng.choice(schemas.QUALIFIERS),
            "basis": "per_beneficiary" if rng.random() < 0.15 else "total",
            "subject": rng.choice([None, None, "规上企业", "<外资> & 企业"]),
            "as_of": None if rng.random() < 0.4 else dt.date(2020, 2, 1) + dt.timedelta(days=rng.randrange(150)),
            "mention": mention,
            "span_start": start,
            "span_end": start + len(mention),
            "sentence": sentence,
            "is_value_missing": missing,
            "rule": "synthetic",
            "zone_rule": "article_main" if zone else "none",
            "zone_candidates": "",
        })

    counts = pd.Series([m["zone_id"] for m in measures if m["zone_id"]]).value_counts()
    summary = []
    for zone_id, zone_name in zones:
        if zone_id in counts.index:
            row = {"zone_id": zone_id, "zone_name": zone_name, "n_measures": int(counts[zone_id])}
            row.update({f"n_{c}": 0 for c in schemas.CATEGORIES})
            row.update({f"max_total_{c}_cny": None for c in schemas.MONEY_CATEGORIES})
            row.update(max_total_loan_cny=float(int(zone_id[1:]) * 1e6), latest_return_to_work_rate=0.9,
                       latest_return_to_work_as_of=dt.date(2020, 4, 1))
            summary.append(row)
    zone_rows = [{"zone_id": z, "zone_name": name, "zone_type": schemas.ZONE_TYPES[k % len(schemas.ZONE_TYPES)],
                  "province": "某省" if k % 2 else None, "city": None, "district": None,
                  "aliases": f"{name}; 别名{k}", "adcode": None} for k, (z, name) in enumerate(zones)]
    quarantine = [{"measure_id": f"q{k}", "article_id": ok_articles[k]["article_id"],
                   "category": "loan" if k % 3 else None, "mention": f"{k}万", "value": None if k % 4 else "1e9",
                   "failed_check": "unit,value:ratio_at_most_one" + ("; category:isin" if k % 2 else "")}
                  for k in range(27)]
    policies = [{"policy_id": f"p{k}", "article_id": ok_articles[k]["article_id"], "zone_id": None,
                 "zone_name": None, "title": f"惠企{k}条", "n_items": k, "aliases": None, "mention": "某",
                 "span_start": 0, "span_end": 1} for k in range(5)]
    return {
        "articles": schemas.coerce_table("articles", articles),
        "measures": schemas.coerce_table("measures", measures),
        "quarantine": schemas.coerce_table("quarantine", quarantine),
        "policies": schemas.coerce_table("policies", policies),
        "zones": schemas.coerce_table("zones", zone_rows),
        "zone_summary": schemas.coerce_table("zone_summary", summary),
    }


def _both_ways(out: Path, origin: dict[str, str] | None = None) -> tuple[str, str]:
    tables, _ = read_build(out)
    return report.render_report(tables, VERSION, origin), report.render_report_from_parquet(out, VERSION, origin)


# --------------------------------------------------------------------------- the same bytes


def test_seeds_build_report_is_the_same_from_parquet(seeds_build):
    from pipeline.provenance import read_file_metadata

    origin = read_file_metadata(seeds_build / "articles.parquet")
    version = origin["zone_measures_version"]
    page = report.render_report_from_parquet(seeds_build, version, origin)
    assert page.encode("utf-8") == (seeds_build / "report.html").read_bytes()  # what the build wrote
    tables, _ = read_build(seeds_build)
    assert page == report.render_report(tables, version, origin)


@pytest.fixture(scope="module")
def synthetic_build(tmp_path_factory) -> tuple[dict[str, pd.DataFrame], Path]:
    tables = synthetic_tables()
    return tables, _write_build(tables, tmp_path_factory.mktemp("synthetic_build"))


def test_synthetic_build_goes_past_every_cap(synthetic_build):
    """The synthetic build exercises the cut-offs, or the byte comparison below proves little."""
    tables, _ = synthetic_build
    measures = tables["measures"]
    per_zone = measures["zone_name"].value_counts()
    assert len(measures) > report.EVIDENCE_LIMIT
    assert (per_zone > report.EVIDENCE_PER_ZONE).sum() > 10 and per_zone.duplicated().any()
    assert per_zone.size > report.HEATMAP_ZONES and measures["zone_name"].isna().any()
    assert measures.duplicated(["article_id", "span_start", "category"]).any()
    money = measures[measures["category"].isin(schemas.MONEY_CATEGORIES) & (measures["unit"] == "CNY")
                     & (measures["basis"] == "total") & (measures["value"] > 0)]
    assert (money["category"].value_counts() > 400).any()  # thinned to MONEY_DOTS dots
    assert len(tables["quarantine"]) > report.QUARANTINE_SAMPLE
    assert (tables["articles"]["status"] == "rejected").sum() > 5


def test_synthetic_build_report_is_the_same_from_parquet(synthetic_build):
    tables, out = synthetic_build
    origin = {"zone_measures_input_fingerprint": "f" * 64, "zone_measures_license": "CC BY 4.0"}
    from_memory, from_parquet = _both_ways(out, origin)
    assert from_parquet == from_memory
    assert report.render_report(tables, VERSION, origin) == from_memory  # as write_outputs renders it
    # The page shows the cut-offs it went through.
    assert f"{len(tables['measures']):,} measures: {report.EVIDENCE_LIMIT:,} are here" in from_parquet
    assert f"top {report.HEATMAP_ZONES} of" in from_parquet and "(400 dots)" in from_parquet


def test_a_build_with_more_rates_than_drawn_thins_the_chart_the_same_both_ways(synthetic_build, monkeypatch):
    """Past RATE_POINTS_DRAWN the chart draws every k-th rate in the measures' order, from
    memory and from Parquet alike, and says so; the data behind it is the sample, not all."""
    tables, out = synthetic_build
    measures = tables["measures"]
    n_rates = int(((measures["category"] == "return_to_work_rate") & measures["zone_name"].notna()).sum())
    assert n_rates > 30
    monkeypatch.setattr(report, "RATE_POINTS_DRAWN", 10)
    stride = -(-n_rates // 10)
    data = report._data_from_parquet(out)
    assert data.n_rates == n_rates and len(data.rates) == len(range(0, n_rates, stride))
    from_memory, from_parquet = _both_ways(out)
    assert from_parquet == from_memory
    assert f"every {stride}th of the {n_rates:,} rates" in from_parquet


def test_report_from_parquet_does_not_depend_on_the_order_rows_were_written_in(synthetic_build, tmp_path):
    """A writer that streams chunks need not write a table in its natural order; the page is
    that of the tables in natural order (read_build's, and validated tables') all the same."""
    tables, out = synthetic_build
    shuffled = {name: frame.sample(frac=1.0, random_state=11).reset_index(drop=True)
                if name in ("articles", "measures", "quarantine") else frame for name, frame in tables.items()}
    assert not shuffled["measures"]["measure_id"].equals(tables["measures"]["measure_id"])
    shuffled_out = _write_build(shuffled, tmp_path / "shuffled")
    assert report.render_report_from_parquet(shuffled_out, VERSION) == report.render_report(tables, VERSION)


def test_report_from_parquet_of_empty_tables_and_of_a_build_without_quarantine(tmp_path):
    tables = {name: schemas.coerce_table(name, []) for name in schemas.TABLES}
    out = _write_build(tables, tmp_path / "empty")
    assert report.render_report_from_parquet(out, VERSION) == report.render_report(tables, VERSION)

    tables = synthetic_tables(seed=3, n_zones=20, n_articles=40, n_measures=300)
    out = _write_build(tables, tmp_path / "old")
    (out / "quarantine.parquet").unlink()  # a build from before quarantine
    tables["quarantine"] = schemas.coerce_table("quarantine", [])
    assert report.render_report_from_parquet(out, VERSION) == report.render_report(tables, VERSION)


def test_report_from_parquet_refuses_a_table_of_another_version(synthetic_build, tmp_path):
    tables, _ = synthetic_build
    out = _write_build(tables, tmp_path / "build")
    import pyarrow.parquet as pq

    measures = pq.read_table(out / "measures.parquet").drop_columns(["zone_rule"])
    pq.write_table(measures, out / "measures.parquet")
    with pytest.raises(ValueError, match="measures.parquet: columns"):
        report.render_report_from_parquet(out, VERSION)


# --------------------------------------------------------------------------- memory


def _big_measures(tables: dict[str, pd.DataFrame], n_rows: int) -> pd.DataFrame:
    """`n_rows` measures made by repeating the synthetic ones, each sentence made long and
    distinct, so that holding the sentence column would cost far more than the bound below."""
    base = tables["measures"]
    # Rates are not repeated: the rate chart draws every rate, so its memory grows with them
    # by design (a limit there would change what the chart shows); this checks the reading.
    is_rate = base["category"] == "return_to_work_rate"
    others = base[~is_rate]
    repeats = -(-(n_rows - is_rate.sum()) // len(others))
    big = pd.concat([base[is_rate]] + [others] * repeats, ignore_index=True).iloc[:n_rows].copy()
    padding = "，园区持续优化营商环境并为中小微企业纾困解难" * 3
    big["sentence"] = big["sentence"].astype(object) + padding + pd.Series(np.arange(n_rows)).astype(str)
    big["measure_id"] = [f"m{k:07d}" for k in range(n_rows)]
    return big.reset_index(drop=True)


@pytest.fixture(scope="module")
def big_build(synthetic_build, tmp_path_factory) -> tuple[Path, int]:
    tables, _ = synthetic_build
    big = dict(tables, measures=_big_measures(tables, 300_000))
    sentence_bytes = int(big["measures"]["sentence"].map(len).sum()) * 3  # UTF-8: 3 bytes a character
    return _write_build(big, tmp_path_factory.mktemp("big_build")), sentence_bytes


def test_report_from_parquet_never_holds_a_whole_big_column(big_build):
    """300,000 measures whose sentences alone are ~90 MB of UTF-8: what the report reads of
    them (ReportData, from which the sections render and nothing else) peaks at a small
    fraction of that, rates aside (see _big_measures). tracemalloc sees pandas, numpy and
    Python objects, what a read of a whole column would make; DuckDB's own memory is held to
    DUCKDB_MEMORY_LIMIT by its configuration."""
    out, sentence_bytes = big_build
    report._data_from_parquet(out)  # imports and first-call caches are not what is measured
    tracemalloc.start()
    try:
        data = report._data_from_parquet(out)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert data.n_measures == 300_000 and len(data.evidence) == report.EVIDENCE_LIMIT
    assert sentence_bytes > 80e6
    assert peak < 15e6, f"peak {peak / 1e6:.0f} MB of Python objects while reading the build"


# --------------------------------------------------------------------------- the money chart's strips


@pytest.mark.parametrize("n", [1, 2, 7, 400, 401, 1_000, 1_001])
def test_money_strip_from_a_few_ranks_is_the_strip_of_every_amount(n):
    """`money_strip` reads only the ranks it draws; it must draw what every amount gives:
    the thinned dots, the median (mean of the two middle ones for an even count), n and max."""
    from pipeline import charts

    rng = np.random.default_rng(n)
    yuan = np.round(rng.lognormal(14, 2, n), 2)
    (strip,) = charts.money_strips(pd.DataFrame({"category": "loan", "value": yuan}), ["loan"])
    wan = np.sort(yuan) / 1e4
    assert strip.n == n and strip.largest == wan.max()
    assert strip.median == float(pd.Series(wan).median())
    assert strip.dots == charts.thinned(wan.tolist(), charts.MONEY_DOTS)


def test_report_queries_draw_no_progress_bar(seeds_build, tmp_path):
    """DuckDB draws a progress bar on stderr for a query over about 2 s (a report at 1 GB), in
    the middle of the build's messages; the report's connection has it off. Asked in a process
    of its own: under pytest, DuckDB leaves the bar off by itself."""
    probe = ("import sys; from pathlib import Path; from pipeline import report; "
             "q = report._BuildQueries(Path(sys.argv[1]), sys.argv[2]); "
             "print(q.one(\"SELECT current_setting('enable_progress_bar')\")[0]); q.close()")
    out = subprocess.run([sys.executable, "-c", probe, str(seeds_build), str(tmp_path)], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
