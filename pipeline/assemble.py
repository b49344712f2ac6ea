"""Stage: per-article results -> the output tables.

Promise: `assemble(results)` turns the dicts of `process_article` (in input order) into
the validated DataFrames of SPEC §3 — `articles` (one row per input, rejected included,
with `n_measures` counting the measures that passed their schema), `measures`,
`quarantine` (measure rows that failed a check, with the check), `policies`, `zones`
(one row per zone id across all articles, aliases merged) and `zone_summary`. Row order
and content depend only on the inputs, never on the order in which workers finished.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import pandas as pd

import schemas

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


def summarise_zones(measures: pd.DataFrame, zones: pd.DataFrame) -> list[dict]:
    """Per zone: counts per category, the latest return-to-work rate, the largest total amounts.

    Grouped operations over the whole table (not a loop over zones), so the cost grows with
    the number of rows, not with the number of distinct zones.
    """
    located = measures[measures["zone_id"].notna()]
    if located.empty:
        return []
    category = located["category"].astype(str)
    counts = pd.crosstab(located["zone_id"], category).reindex(columns=list(schemas.CATEGORIES), fill_value=0)
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

    rows = []
    for zone_id, row in summary.iterrows():
        record = {"zone_id": zone_id}
        for key, value in row.items():
            record[key] = None if (not isinstance(value, str) and pd.isna(value)) else value
        rows.append(record)
    return rows


# Articles converted and validated together: the results of one chunk are dropped once
# their rows are in compact validated frames (the dicts take several times the memory).
CHUNK_ARTICLES = 500


def _chunks(results: Iterable[dict], size: int) -> Iterator[list[dict]]:
    chunk: list[dict] = []
    for result in results:
        chunk.append(result)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _validated_chunk(results: list[dict], seen: dict[str, dict[str, set]]) -> dict[str, pd.DataFrame]:
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


def _joined(name: str, frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Chunks of one table as the table validated whole would be: rows in natural order."""
    if len(frames) == 1:
        return frames[0]
    if not frames:
        return schemas.coerce_table(name, [])
    return schemas.natural_order(name, pd.concat(frames, ignore_index=True))


def assemble(results: Iterable[dict], chunk_articles: int = CHUNK_ARTICLES) -> dict[str, pd.DataFrame]:
    """The tables of `results` (any iterable, in input order; consumed as it comes, a chunk of
    `chunk_articles` at a time). Rows do not depend on the chunk size: a measure_id met in an
    earlier chunk is a duplicate as it would be in the whole table."""
    parts: dict[str, list[pd.DataFrame]] = {"articles": [], "measures": [], "quarantine": [], "policies": []}
    zones: dict[str, dict] = {}
    seen: dict[str, dict[str, set]] = {}
    for chunk in _chunks(results, chunk_articles):
        for name, frame in _validated_chunk(chunk, seen).items():
            parts[name].append(frame)
        add_zone_rows(zones, (z for r in chunk if r["article"]["status"] == "ok" for z in r["zones"]))
        del chunk
    # Each table's chunks are let go as soon as it is joined: never all chunks and all tables at once.
    tables = {name: _joined(name, parts.pop(name)) for name in list(parts)}
    zones_df, _ = schemas.validate_table("zones", merged_zone_rows(zones))
    summary, _ = schemas.validate_table("zone_summary", summarise_zones(tables["measures"], zones_df))
    return {
        "articles": tables["articles"],
        "measures": tables["measures"],
        "quarantine": tables["quarantine"],
        "policies": tables["policies"],
        "zones": zones_df,
        "zone_summary": summary,
    }
