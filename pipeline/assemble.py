"""Stage: per-article results -> the output tables.

Promise: `assemble(results)` turns the dicts of `process_article` (in input order) into
the validated DataFrames of SPEC §3 — `articles` (one row per input, rejected included,
with `n_measures` counting the measures that passed their schema), `measures`,
`quarantine` (measure rows that failed a check, with the check), `policies`, `zones`
(one row per zone id across all articles, aliases merged) and `zone_summary`. Row order
and content depend only on the inputs, never on the order in which workers finished.
"""
from __future__ import annotations

import pandas as pd

import schemas

MONEY_CATEGORIES = list(schemas.MONEY_CATEGORIES)


def merge_zones(zone_rows: list[dict]) -> list[dict]:
    """One row per zone_id: first-seen attributes, gaps filled from later articles, aliases united."""
    merged: dict[str, dict] = {}
    for row in zone_rows:
        current = merged.get(row["zone_id"])
        if current is None:
            merged[row["zone_id"]] = {**row, "aliases": set(row["aliases"])}
            continue
        for key in ("province", "city", "district", "adcode"):
            if current.get(key) is None and row.get(key) is not None:
                current[key] = row[key]
        current["aliases"] |= set(row["aliases"])
    return [{**row, "aliases": "; ".join(sorted(row["aliases"]))} for row in merged.values()]


def summarise_zones(measures: pd.DataFrame, zones: pd.DataFrame) -> list[dict]:
    """Per zone: counts per category, the latest return-to-work rate, the largest total amounts."""
    rows = []
    located = measures[measures["zone_id"].notna()]
    names = dict(zip(zones["zone_id"], zones["zone_name"]))
    for zone_id, group in located.groupby("zone_id", sort=True, observed=True):
        row: dict = {"zone_id": zone_id, "zone_name": names.get(zone_id, group["zone_name"].iloc[0])}
        counts = group["category"].value_counts()
        for category in schemas.CATEGORIES:
            row[f"n_{category}"] = int(counts.get(category, 0))
        row["n_measures"] = int(len(group))
        rates = group[group["category"] == "return_to_work_rate"]
        if len(rates):
            # Latest dated figure; undated figures only when no figure is dated. Ties: the later statement.
            ordered = rates.assign(_dated=rates["as_of"].notna()).sort_values(
                ["_dated", "as_of", "article_id", "span_start"], na_position="first", kind="stable")
            last = ordered.iloc[-1]
            row["latest_return_to_work_rate"] = float(last["value"]) if pd.notna(last["value"]) else None
            row["latest_return_to_work_as_of"] = last["as_of"] if pd.notna(last["as_of"]) else None
        for category in MONEY_CATEGORIES:
            amounts = group[(group["category"] == category) & (group["basis"] == "total")
                            & (group["unit"] == "CNY")]["value"].dropna()
            row[f"max_total_{category}_cny"] = float(amounts.max()) if len(amounts) else None
        rows.append(row)
    return rows


def assemble(results: list[dict]) -> dict[str, pd.DataFrame]:
    articles = [dict(r["article"]) for r in results]
    measure_rows = [m for r in results for m in r["measures"]]
    policy_rows = [p for r in results for p in r["policies"]]
    zone_rows = [z for r in results if r["article"]["status"] == "ok" for z in r["zones"]]

    measures, quarantine = schemas.validate_table("measures", measure_rows)
    kept = measures["article_id"].value_counts().to_dict()
    for article in articles:
        article["n_measures"] = int(kept.get(article["article_id"], 0))
    articles_df, _ = schemas.validate_table("articles", articles)
    policies, _ = schemas.validate_table("policies", policy_rows)
    zones, _ = schemas.validate_table("zones", merge_zones(zone_rows))
    summary, _ = schemas.validate_table("zone_summary", summarise_zones(measures, zones))
    if quarantine is None or len(quarantine) == 0:
        quarantine = schemas.coerce_table("quarantine", [])
    return {
        "articles": articles_df,
        "measures": measures,
        "quarantine": quarantine,
        "policies": policies,
        "zones": zones,
        "zone_summary": summary,
    }
