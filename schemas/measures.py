"""`measures`: one row per quantified support measure or recovery indicator."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.engines import pandas_engine
from pandera.typing import Series

from ._base import ARTICLE_ID_PATTERN, BASES, CATEGORIES, MONEY_UNITS, QUALIFIERS, UNITS, TableModel, category_field


class Measures(TableModel):
    """One row per quantified fact: which zone did what, how much, as of when, and where
    the article says so.

    Every value is traceable to its characters: `mention` is exactly
    `articles.text[span_start:span_end]` of the article `article_id`. A fact stated
    several times in one article (headline and body) is one row; different subjects with
    equal values are different rows. Rows with `basis = total` in one zone can overlap
    (a cumulative figure and its parts are both stated facts), so do not sum them blindly.
    Rows that fail a check are not dropped: they are in `quarantine` with the failed check.
    """

    measure_id: Series[str] = pa.Field(
        unique=True,
        str_length={"min_value": 1},
        description="Stable row identifier (a hash of article_id, span_start and category; when one "
        "figure gives several rows, of its zone too for a value shared by listed zones, and of the rule "
        "for one shared by listed rates): the same fact in the same article keeps its id across builds.",
    )
    article_id: Series[str] = pa.Field(
        str_matches=ARTICLE_ID_PATTERN,
        description="The article the fact is taken from; joins articles.article_id.",
    )
    zone_id: Series[str] = pa.Field(
        nullable=True,
        description="Jurisdiction the fact belongs to; joins zones.zone_id. Null only when the "
        "text names no jurisdiction (e.g. `我区`, an unnamed industrial park): never guessed.",
    )
    zone_name: Series[str] = pa.Field(
        nullable=True,
        description="Canonical short official name of the zone (e.g. `清远高新区`); null with zone_id.",
    )
    category: Series[pd.CategoricalDtype] = category_field(
        CATEGORIES,
        "Kind of measure. Money support: subsidy, loan (incl. credit lines and interest rates), "
        "guarantee (incl. fee rates), interest_subsidy, tax_fee_relief, rent_relief, fund "
        "(dedicated funds set up); in_kind (masks, supplies). Recovery indicators: "
        "return_to_work_rate, capacity_recovery_rate, enterprises_resumed, workers_returned.",
    )
    unit: Series[pd.CategoricalDtype] = category_field(
        UNITS,
        "Unit of `value`. Money is in yuan (CNY) or US dollars; CNY/person/day etc. are "
        "per-head amounts; `ratio` is a fraction 0-1 (a rate, or the share of a cost covered); "
        "enterprises, projects, persons, items are counts.",
    )
    value: Series[float] = pa.Field(
        nullable=True,
        description="The number, normalised: yuan for money (`2亿元` -> 200000000), a fraction "
        "0-1 for rates (`93%` -> 0.93), a count for counts. Null only when the source lost the "
        "digits (see is_value_missing); never imputed. Never negative, except an amount of money "
        "the text itself writes with 负 (`负1.5亿元`), kept as written.",
    )
    qualifier: Series[pd.CategoricalDtype] = category_field(
        QUALIFIERS,
        "How the text bounds the number: exact; approx (`约`, `近`, `左右`); more_than (`余`, `多`, "
        "`超过`, `逾`); at_least (`以上`, `不少于`); at_most (`最高`, `不超过`, `以内`, `低至`); "
        "less_than (`不到`, `以下`).",
    )
    basis: Series[pd.CategoricalDtype] = category_field(
        BASES,
        "`total`: an aggregate over all beneficiaries (e.g. loans extended to firms in the zone); "
        "`per_beneficiary`: a cap or per-head amount (e.g. up to 1 million yuan per firm).",
    )
    subject: Series[str] = pa.Field(
        nullable=True,
        description="Who the measure covers, as written in the text (e.g. `规上工业企业`, "
        "`外资企业`); null when not stated.",
    )
    as_of: Series[pandas_engine.DateTime] = pa.Field(
        nullable=True,
        description="Date the figure refers to, from the sentence that states it (`截至5月14日`; "
        "`截至3月底` -> month end). Year from the article date where the text omits it; null "
        "when the text gives no date.",
    )
    mention: Series[str] = pa.Field(
        str_length={"min_value": 1},
        description="The exact characters of the value in the text: "
        "articles.text[span_start:span_end].",
    )
    span_start: Series[int] = pa.Field(
        ge=0, description="Start of the mention: code-point offset into articles.text (0-based)."
    )
    span_end: Series[int] = pa.Field(
        ge=1, description="End of the mention (exclusive): code-point offset into articles.text."
    )
    sentence: Series[str] = pa.Field(
        description="The sentence of the article that holds the mention, for reading in context."
    )
    is_value_missing: Series[bool] = pa.Field(
        description="True when the digits of the number were lost upstream (the text says "
        "`提供了亿元` without the number); value is then null."
    )
    rule: Series[str] = pa.Field(
        str_length={"min_value": 1},
        description="Name of the extraction rule that produced the row (for auditing).",
    )
    zone_rule: Series[str] = pa.Field(
        isin=["list_respectively", "list_shared", "list_sum", "compared_average", "town_clause", "clause_before",
              "sentence_before", "paragraph_topic", "items_lead_in", "section", "article_main", "table_total", "none"],
        description="The zone-attribution rule that chose the zone (pipeline/resources/attribution.json): "
        "list_respectively (an item of an A、B分别x、y list), list_shared (one value stated for several listed "
        "zones), list_sum (a sum over the places listed: no zone), compared_average (a wider place's "
        "average that the zone's rate is compared with: that place's), town_clause (a clause opening with a town's own "
        "name: the county or district holding the town), clause_before / sentence_before (the nearest place or reference written before the figure in "
        "its clause / sentence), paragraph_topic (the zone opening an earlier sentence of the paragraph), "
        "items_lead_in (an item of an enumerated list: the place opening the lead-in that ends in a colon above it), "
        "section (the roundup section's zone), article_main (the article's main zone), table_total (a table's "
        "totals row: the city or province holding the places of its rows), none (no rule applied).",
    )
    zone_candidates: Series[str] = pa.Field(
        description="What each attribution rule found for this figure, in rule order "
        "(`clause_before:雁塔区 | article_main:西安市`); the first one decided. For tracing a wrong zone.",
    )

    @pa.dataframe_check(ignore_na=False, description="span_start < span_end.")
    def span_is_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return df["span_start"] < df["span_end"]

    @pa.dataframe_check(ignore_na=False, description="The mention has span_end - span_start characters.")
    def mention_matches_span_length(cls, df: pd.DataFrame) -> pd.Series:
        return df["mention"].str.len() == (df["span_end"] - df["span_start"])

    @pa.dataframe_check(ignore_na=False, description="The sentence contains the mention.")
    def sentence_holds_mention(cls, df: pd.DataFrame) -> pd.Series:
        return pd.Series(
            # Lists, not the columns' iterators (a Python object per value either way; lists are faster).
            [m in s for m, s in zip(df["mention"].tolist(), df["sentence"].tolist())], index=df.index, dtype=bool
        )

    @pa.dataframe_check(ignore_na=False, description="value is null exactly when is_value_missing is true.")
    def value_null_iff_missing(cls, df: pd.DataFrame) -> pd.Series:
        return df["value"].isna() == df["is_value_missing"]

    @pa.dataframe_check(ignore_na=False, description="value is not negative, except for an amount of money.")
    def value_not_negative(cls, df: pd.DataFrame) -> pd.Series:
        money = df["unit"].astype(object).isin(MONEY_UNITS)
        return df["value"].isna() | (df["value"] >= 0) | money

    @pa.dataframe_check(ignore_na=False, description="When unit is ratio, value is at most 1.")
    def ratio_at_most_one(cls, df: pd.DataFrame) -> pd.Series:
        return (df["unit"] != "ratio") | df["value"].isna() | (df["value"] <= 1)

    @pa.dataframe_check(ignore_na=False, description="zone_id and zone_name are both set or both null.")
    def zone_id_with_name(cls, df: pd.DataFrame) -> pd.Series:
        return df["zone_id"].isna() == df["zone_name"].isna()


# The columns each table-level check reads, so a failure can name them (quarantine.failed_check).
CHECK_COLUMNS: dict[str, tuple[str, ...]] = {
    "span_is_ordered": ("span_end", "span_start"),
    "mention_matches_span_length": ("mention", "span_end", "span_start"),
    "sentence_holds_mention": ("mention", "sentence"),
    "value_null_iff_missing": ("value", "is_value_missing"),
    "ratio_at_most_one": ("unit", "value"),
    "value_not_negative": ("unit", "value"),
    "zone_id_with_name": ("zone_id", "zone_name"),
}
