"""Stage: per-article results -> the output tables.

Promise: `assemble(results)` turns the dicts of `process_article` (in input order) into
the validated DataFrames of SPEC §3 — `articles` (one row per input, rejected included,
with `n_measures` counting the measures that passed their schema), `measures`,
`quarantine` (measure rows that failed a check, with the check), `policies`, `zones`
(one row per zone id across all articles, aliases merged) and `zone_summary`. Row order
and content depend only on the inputs, never on the order in which workers finished.

`stream_tables(results, plan, directory)` makes the same tables for a build of any size:
results are validated a chunk at a time and the three big tables are spilled to disk
(pipeline/spill.py), to be read back in natural order, a bucket at a time, while they are
written; `zone_summary` is folded from the measures as they go by. `assemble` is
`stream_tables` with every table read back into memory.
"""
from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

import schemas
from pipeline.memory import return_freed_memory
from pipeline.spill import BucketPlan, SpilledTable

MONEY_CATEGORIES = list(schemas.MONEY_CATEGORIES)


def merge_zones(zone_rows: list[dict]) -> list[dict]:
    """One row per zone_id: first-seen attributes, gaps filled from later articles, aliases united."""
    merged: dict[str, dict] = {}
    add_zone_rows(merged, zone_rows)
    return merged_zone_rows(merged)


def add_zone_rows(merged: dict[str, dict], zone_rows: Iterable[dict]) -> None:
    """Fold `zone_rows` (in input order) into `merged` ({zone_id: row}), as `merge_zones` does:
    a build keeps one row per zone while it reads, not every mention."""
    for row in zone_rows:
        current = merged.get(row["zone_id"])
        if current is None:
            merged[row["zone_id"]] = {**row, "aliases": set(row["aliases"])}
            continue
        for key in ("province", "city", "district", "adcode"):
            if current.get(key) is None and row.get(key) is not None:
                current[key] = row[key]
        current["aliases"] |= set(row["aliases"])


def merged_zone_rows(merged: dict[str, dict]) -> list[dict]:
    return [{**row, "aliases": "; ".join(sorted(row["aliases"]))} for row in merged.values()]


def summarise_zones(measures: pd.DataFrame, zones: pd.DataFrame, counts: pd.DataFrame | None = None) -> list[dict]:
    """Per zone: counts per category, the latest return-to-work rate, the largest total amounts.

    Grouped operations over the whole table (not a loop over zones), so the cost grows with
    the number of rows, not with the number of distinct zones. `counts` (zone_id x
    category, as the crosstab below) replaces the counting when `measures` holds only the
    rows that decide the rest (`ZoneSummaryFold`).
    """
    located = measures[measures["zone_id"].notna()]
    if located.empty:
        return []
    category = located["category"].astype(str)
    if counts is None:
        counts = pd.crosstab(located["zone_id"], category)
    counts = counts.reindex(columns=list(schemas.CATEGORIES), fill_value=0)
    summary = pd.DataFrame(index=counts.index)
    names = dict(zip(zones["zone_id"], zones["zone_name"]))
    first_name = located.groupby("zone_id", sort=True)["zone_name"].first()
    summary["zone_name"] = [names.get(z, first_name[z]) for z in summary.index]
    for cat in schemas.CATEGORIES:
        summary[f"n_{cat}"] = counts[cat].astype(int)
    summary["n_measures"] = counts.sum(axis=1).astype(int)

    # Latest dated rate; undated rates only where no rate is dated. Ties: the later statement.
    rates = located[category == "return_to_work_rate"]
    rates = rates.assign(_dated=rates["as_of"].notna()).sort_values(
        ["zone_id", "_dated", "as_of", "article_id", "span_start"], na_position="first", kind="stable")
    last = rates.groupby("zone_id", sort=True).tail(1).set_index("zone_id")
    summary["latest_return_to_work_rate"] = last["value"].reindex(summary.index)
    summary["latest_return_to_work_as_of"] = last["as_of"].reindex(summary.index)

    totals = located[(located["basis"].astype(str) == "total") & (located["unit"].astype(str) == "CNY")]
    maxima = totals.assign(category=totals["category"].astype(str)).pivot_table(
        index="zone_id", columns="category", values="value", aggfunc="max")
    for cat in MONEY_CATEGORIES:
        column = maxima[cat] if cat in maxima.columns else pd.Series(dtype=float)
        summary[f"max_total_{cat}_cny"] = column.reindex(summary.index)

    # Column by column (not iterrows, a Series per zone): the same values, as Python objects.
    columns = {"zone_id": list(summary.index)}
    for key in summary.columns:
        columns[key] = [None if (not isinstance(value, str) and pd.isna(value)) else value
                        for value in summary[key].astype(object).tolist()]
    return [dict(zip(columns, values)) for values in zip(*columns.values())]


# Columns of measures that zone_summary reads.
SUMMARY_COLUMNS = ["zone_id", "zone_name", "category", "as_of", "article_id", "span_start", "value", "basis", "unit"]


class ZoneSummaryFold:
    """`summarise_zones` over a measures table seen a part at a time, in natural order.

    Counts are added up; of the rows, only those that can still decide a zone's name
    (its first row), latest rate (the last after the same sort) or
    largest totals (the largest per money category) are kept, in their order. Every later
    part can only add rows after these, so the result is the whole table's.
    """

    def __init__(self) -> None:
        self._counts: pd.Series | None = None
        self._kept: pd.DataFrame | None = None

    def add(self, measures: pd.DataFrame) -> None:
        located = measures.loc[measures["zone_id"].notna(), SUMMARY_COLUMNS]
        if located.empty:
            return
        counts = located.groupby(["zone_id", "category"], observed=True).size()
        self._counts = counts if self._counts is None else self._counts.add(counts, fill_value=0)
        kept = located if self._kept is None else pd.concat([self._kept, located], ignore_index=True)
        self._kept = _deciding_rows(kept.reset_index(drop=True))

    def rows(self, zones: pd.DataFrame) -> list[dict]:
        if self._kept is None:
            return []
        counts = self._counts.astype(int).unstack(fill_value=0).sort_index()
        return summarise_zones(self._kept, zones, counts=counts)


def _deciding_rows(located: pd.DataFrame) -> pd.DataFrame:
    """The rows of `located` (natural order, index 0..n-1) that summarise_zones' names, latest
    rates and maxima depend on, in the same order."""
    # A located row always has its zone_name (a check of the measures schema): the first row names the zone.
    keep = set(located.groupby("zone_id", sort=False).head(1).index)
    # The categorical columns compared as they are (by code), not made text first: a bucket's
    # three conversions to text were most of this function's time.
    category = located["category"]
    rates = located[category == "return_to_work_rate"]
    rates = rates.assign(_dated=rates["as_of"].notna()).sort_values(
        ["zone_id", "_dated", "as_of", "article_id", "span_start"], na_position="first", kind="stable")
    keep |= set(rates.groupby("zone_id", sort=False).tail(1).index)
    totals = located[(located["basis"] == "total") & (located["unit"] == "CNY") & category.isin(MONEY_CATEGORIES)]
    totals = totals.assign(_category=category[totals.index]).sort_values("value", na_position="first", kind="stable")
    keep |= set(totals.groupby(["zone_id", "_category"], sort=False, observed=True).tail(1).index)
    return located.loc[sorted(keep)].reset_index(drop=True)


# Articles converted and validated together: the results of one chunk are dropped once
# their rows are in compact validated frames (the dicts take several times the memory).
CHUNK_ARTICLES = 500

# The tables spilled to disk while a build reads; the others are one row per zone, or rare.
SPILLED = ("articles", "measures", "policies")


def _chunks(results: Iterable[dict], size: int) -> Iterator[list[dict]]:
    chunk: list[dict] = []
    for result in results:
        chunk.append(result)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _validated_chunk(results: list[dict], seen: dict[str, dict]) -> dict[str, pd.DataFrame]:
    """The article-level tables of one chunk of results: validated, in natural order within.
    `seen` holds, per table, the values its unique columns took in earlier chunks."""
    articles = [dict(r["article"]) for r in results]
    measures, quarantine = schemas.validate_table("measures", [m for r in results for m in r["measures"]],
                                                  seen=seen.setdefault("measures", {}))
    kept = measures["article_id"].value_counts().to_dict()
    for article in articles:
        article["n_measures"] = int(kept.get(article["article_id"], 0))
    articles_df, _ = schemas.validate_table("articles", articles, seen=seen.setdefault("articles", {}))
    policies, _ = schemas.validate_table("policies", [p for r in results for p in r["policies"]],
                                         seen=seen.setdefault("policies", {}))
    if quarantine is None or len(quarantine) == 0:
        quarantine = schemas.coerce_table("quarantine", [])
    return {"articles": articles_df, "measures": measures, "quarantine": quarantine, "policies": policies}


@dataclass
class StreamedTables:
    """The tables of one build: the big ones spilled (read them with `frames`), the rest held."""

    spilled: dict[str, SpilledTable]
    quarantine: pd.DataFrame
    zones: pd.DataFrame
    article_ids: list[str]
    n_ok: int
    category_counts: dict[str, int]
    n_without_zone: int
    rejected: list[tuple[str, str]]  # (source_path, error) of each rejected input, in natural order
    summary: ZoneSummaryFold = field(default_factory=ZoneSummaryFold)
    n_zone_summary: int | None = None  # known once zone_summary is made

    def n_rows(self, name: str) -> int:
        return self.spilled[name].n_rows if name in self.spilled else len(getattr(self, name))

    def frames(self, name: str) -> Iterator[pd.DataFrame]:
        """The table `name` in natural order, a bucket at a time (`zone_summary`: once every
        bucket of `measures` has gone by)."""
        if name == "zone_summary":
            yield self.zone_summary()
        elif name == "measures":
            self.summary = ZoneSummaryFold()  # counted afresh on each pass
            for frame in self.spilled[name].frames():
                self.summary.add(frame)
                yield frame
        elif name in self.spilled:
            yield from self.spilled[name].frames()
        else:
            yield getattr(self, name)

    def zone_summary(self) -> pd.DataFrame:
        summary, _ = schemas.validate_table("zone_summary", self.summary.rows(self.zones))
        self.n_zone_summary = len(summary)
        return summary

    @property
    def n_articles(self) -> int:
        return self.spilled["articles"].n_rows


def stream_tables(results: Iterable[dict], plan: BucketPlan, directory: str | Path,
                  chunk_articles: int = CHUNK_ARTICLES) -> StreamedTables:
    """Validate `results` (in input order) a chunk at a time and spill the big tables to
    `directory` (which must outlive the returned object's use)."""
    spilled = {name: SpilledTable(name, Path(directory), plan) for name in SPILLED}
    quarantine: list[pd.DataFrame] = []
    zones: dict[str, dict] = {}
    seen: dict[str, dict] = {}
    article_ids: list[str] = []  # for the provenance fingerprint
    rejected: list[tuple[str, str, str]] = []
    n_ok, n_without_zone = 0, 0
    category_counts: dict[str, int] = {}
    for chunk in _chunks(results, chunk_articles):
        frames = _validated_chunk(chunk, seen)
        for name, table in spilled.items():
            table.add(frames[name])
        article_ids.extend(frames["articles"]["article_id"].astype(object))
        if len(frames["quarantine"]):
            quarantine.append(frames["quarantine"])
        add_zone_rows(zones, (z for r in chunk if r["article"]["status"] == "ok" for z in r["zones"]))
        n_ok += sum(1 for r in chunk if r["article"]["status"] == "ok")
        rejected.extend((r["article"]["source_path"], r["article"]["source_name"], r["article"]["error"])
                        for r in chunk if r["article"]["status"] != "ok")
        measures = frames["measures"]
        n_without_zone += int(measures["zone_id"].isna().sum())
        for category, n in measures["category"].astype(str).value_counts().items():
            category_counts[category] = category_counts.get(category, 0) + int(n)
        del chunk, frames, measures
        return_freed_memory()  # the chunk's result dicts, now compact frames on disk (pipeline/memory.py)
    zones_df, _ = schemas.validate_table("zones", merged_zone_rows(zones))
    quarantine_df = (schemas.natural_order("quarantine", pd.concat(quarantine, ignore_index=True))
                     if quarantine else schemas.coerce_table("quarantine", []))
    return StreamedTables(spilled=spilled, quarantine=quarantine_df, zones=zones_df,
                          article_ids=article_ids, n_ok=n_ok,
                          category_counts=category_counts, n_without_zone=n_without_zone,
                          rejected=[(path, error) for path, _, error in sorted(rejected, key=lambda r: r[:2])])


def assemble(results: Iterable[dict], chunk_articles: int = CHUNK_ARTICLES,
             plan: BucketPlan | None = None) -> dict[str, pd.DataFrame]:
    """The tables of `results` (any iterable, in input order; consumed as it comes, a chunk of
    `chunk_articles` at a time), all in memory. Rows do not depend on the chunk size nor on
    the plan's buckets."""
    with tempfile.TemporaryDirectory(prefix="zone-measures-spill-") as directory:
        streamed = stream_tables(results, plan or BucketPlan.for_inputs((), 0), directory, chunk_articles)
        tables = {}
        for name in schemas.TABLES:
            frames = list(streamed.frames(name))
            tables[name] = frames[0] if len(frames) == 1 else (
                pd.concat(frames, ignore_index=True) if frames else schemas.coerce_table(name, []))
    return tables
