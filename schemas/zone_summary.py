"""`zone_summary`: one row per zone with measures, for a first look."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.engines import pandas_engine
from pandera.typing import Series

from ._base import CATEGORIES, MONEY_CATEGORIES, build_model

_DOC = """One row per zone that has at least one measure: counts of measures per category,
the latest return-to-work rate, and per money category the largest total amount.

Caution: rows of `measures` with `basis = total` in one zone can overlap: a cumulative
figure and its parts (`累计发放贷款5亿元，其中信用贷款2亿元`) are both stated facts, and the same
programme may be reported at several dates. That is why this table gives the largest
total amount, not a sum: do not sum `total` rows of one zone blindly.
"""

_columns: list[tuple[str, object, object]] = [
    ("zone_id", Series[str], pa.Field(unique=True, description="Zone identifier; joins zones.zone_id.")),
    ("zone_name", Series[str], pa.Field(description="Canonical short name of the zone.")),
    (
        "n_measures",
        Series[int],
        pa.Field(ge=0, description="Number of measures rows of this zone, all categories."),
    ),
]
_columns += [
    (
        f"n_{category}",
        Series[int],
        pa.Field(ge=0, description=f"Number of measures rows of this zone with category `{category}`."),
    )
    for category in CATEGORIES
]
_columns += [
    (
        "latest_return_to_work_rate",
        Series[float],
        pa.Field(
            nullable=True,
            ge=0,
            le=1,
            description="Return-to-work rate (fraction 0-1) stated for this zone with the latest "
            "`as_of` date among its return_to_work_rate rows. Null when the zone has no such "
            "rate.",
        ),
    ),
    (
        "latest_return_to_work_as_of",
        Series[pandas_engine.DateTime],
        pa.Field(
            nullable=True,
            description="The `as_of` date of latest_return_to_work_rate.",
        ),
    ),
]
_columns += [
    (
        f"max_total_{category}_cny",
        Series[float],
        pa.Field(
            nullable=True,
            ge=0,
            description=f"Largest single `{category}` amount in yuan with basis `total` (unit CNY) "
            "stated for this zone. A maximum, not a sum: total rows can overlap. Null when there "
            "is none.",
        ),
    )
    for category in MONEY_CATEGORIES
]


@pa.dataframe_check(ignore_na=False, description="n_measures is the sum of the n_<category> counts.")
def n_measures_is_sum(cls, df: pd.DataFrame) -> pd.Series:
    return df["n_measures"] == df[[f"n_{c}" for c in CATEGORIES]].sum(axis=1)


ZoneSummary = build_model(
    "ZoneSummary", _DOC, _columns, __name__, checks={"n_measures_is_sum": n_measures_is_sum}
)

CHECK_COLUMNS: dict[str, tuple[str, ...]] = {
    "n_measures_is_sum": ("n_measures", *(f"n_{c}" for c in CATEGORIES)),
}
