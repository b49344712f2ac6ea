"""The fixed value lists of the output tables, without pandas or pandera.

The extractor's workers need these lists (to check the categories of the cue tables)
but not the table models; importing them from here keeps pandera, and the dask it
brings in, out of every worker's start-up.
"""

from __future__ import annotations

# SPEC §4: what counts as a measure. Money categories first: each gets a
# max_total_<category>_cny column in zone_summary.
MONEY_CATEGORIES: tuple[str, ...] = (
    "subsidy",
    "loan",
    "guarantee",
    "interest_subsidy",
    "tax_fee_relief",
    "rent_relief",
    "fund",
)
CATEGORIES: tuple[str, ...] = MONEY_CATEGORIES + (
    "in_kind",
    "return_to_work_rate",
    "capacity_recovery_rate",
    "enterprises_resumed",
    "workers_returned",
)
UNITS: tuple[str, ...] = (
    "CNY",
    "USD",
    "CNY/person/day",
    "CNY/person/month",
    "CNY/person",
    "CNY/year",
    "ratio",
    "enterprises",
    "projects",
    "persons",
    "items",
)
MONEY_UNITS: tuple[str, ...] = tuple(u for u in UNITS if u.startswith(("CNY", "USD")))
QUALIFIERS: tuple[str, ...] = ("exact", "approx", "more_than", "at_least", "at_most", "less_than")
BASES: tuple[str, ...] = ("total", "per_beneficiary")
SCRIPTS: tuple[str, ...] = ("simplified", "traditional", "mixed")
STATUSES: tuple[str, ...] = ("ok", "rejected")
ZONE_TYPES: tuple[str, ...] = (
    "high_tech_zone",
    "economic_development_zone",
    "new_area",
    "free_trade_zone",
    "district",
    "county",
    "city",
    "other",
)

ARTICLE_ID_PATTERN = r"^[0-9a-f]{16}$"
ADCODE_PATTERN = r"^[0-9]{6}$"
