"""Shared vocabularies and the base model for every output table.

The fixed value lists live here once; the table models refer to them, and the
categorical dtypes of the output are built from them in this order, so the
dictionaries written to Parquet are identical on every build.
"""

from __future__ import annotations

import pandera.pandas as pa

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


def category_field(values: tuple[str, ...], description: str, **kwargs) -> object:
    """A categorical column whose dtype carries the full, ordered list of values."""
    return pa.Field(
        description=description,
        isin=list(values),
        dtype_kwargs={"categories": list(values), "ordered": False},
        **kwargs,
    )


class TableModel(pa.DataFrameModel):
    """Base for the output tables: exactly the declared columns, in declared order."""

    class Config:
        strict = True
        ordered = True
        coerce = False  # schemas.coerce_table does the coercion, once and on purpose


def build_model(
    name: str,
    doc: str,
    columns: list[tuple[str, object, object]],
    module: str,
    checks: dict[str, object] | None = None,
) -> type:
    """A TableModel whose columns are generated (e.g. one per category), in the given order.

    `columns` holds (column name, annotation, pa.Field(...)) triples; `checks` maps names
    to functions decorated with `pa.dataframe_check`.
    """
    namespace: dict[str, object] = {"__doc__": doc, "__module__": module, "__annotations__": {}}
    namespace.update(checks or {})
    for column, annotation, field in columns:
        namespace["__annotations__"][column] = annotation
        namespace[column] = field
    return type(TableModel)(name, (TableModel,), namespace)
