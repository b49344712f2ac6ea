"""`policies`: named policy packages and documents mentioned in the articles."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from ._base import ARTICLE_ID_PATTERN, TableModel


class Policies(TableModel):
    """One row per named policy package or document mentioned in an article
    (`《清远高新区激励优秀青年人才创业就业试行办法》`, `惠企10条`).

    `mention` is exactly `articles.text[span_start:span_end]` (the first mention of the
    title); a policy named several times in one article, under one name or several, is one
    row, its other names in `aliases`.
    """

    policy_id: Series[str] = pa.Field(
        unique=True,
        str_length={"min_value": 1},
        description="Stable row identifier (a hash of article_id and the mention's position).",
    )
    article_id: Series[str] = pa.Field(
        str_matches=ARTICLE_ID_PATTERN,
        description="The article that names the policy; joins articles.article_id.",
    )
    zone_id: Series[str] = pa.Field(
        nullable=True,
        description="Jurisdiction that issued or applies the policy; joins zones.zone_id. Null "
        "when the text names no jurisdiction.",
    )
    zone_name: Series[str] = pa.Field(
        nullable=True, description="Canonical short name of the zone; null with zone_id."
    )
    title: Series[str] = pa.Field(
        str_length={"min_value": 1},
        description="Title of the policy in simplified Chinese, without 《》 or quotation marks "
        "(e.g. `惠企10条`).",
    )
    n_items: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        gt=0,
        description="Number of articles/items the title announces (the 10 of `惠企10条`); null when "
        "the title gives none.",
    )
    aliases: Series[str] = pa.Field(
        nullable=True,
        description="The other names the article gives the same policy, as written (without 《》 or "
        "quotes), in order of appearance and joined by `; ` like zones.aliases: a short name "
        "(`惠企10条`, `(以下简称“惠企十条”)`) beside a full title, or a shortened title "
        "(`若干措施`). The title is the fullest name. Null when the article uses one name only.",
    )
    mention: Series[str] = pa.Field(
        str_length={"min_value": 1},
        description="The exact characters naming the policy: articles.text[span_start:span_end].",
    )
    span_start: Series[int] = pa.Field(
        ge=0, description="Start of the mention: code-point offset into articles.text (0-based)."
    )
    span_end: Series[int] = pa.Field(
        ge=1, description="End of the mention (exclusive): code-point offset into articles.text."
    )

    @pa.dataframe_check(ignore_na=False, description="span_start < span_end.")
    def span_is_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return df["span_start"] < df["span_end"]

    @pa.dataframe_check(ignore_na=False, description="zone_id and zone_name are both set or both null.")
    def zone_id_with_name(cls, df: pd.DataFrame) -> pd.Series:
        return df["zone_id"].isna() == df["zone_name"].isna()


CHECK_COLUMNS: dict[str, tuple[str, ...]] = {
    "span_is_ordered": ("span_end", "span_start"),
    "zone_id_with_name": ("zone_id", "zone_name"),
}
