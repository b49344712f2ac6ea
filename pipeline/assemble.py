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
