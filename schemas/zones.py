"""`zones`: one row per jurisdiction that appears in the measures or policies."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from ._base import ADCODE_PATTERN, ZONE_TYPES, TableModel, category_field


class Zones(TableModel):
    """One row per jurisdiction (development zone, district, county, city) that appears.

    Joint administrations are one zone with several aliases (`黄埔区` / `广州开发区`); a
    district and a zone inside it are two zones when the text names both. Province, city
    and adcode come from the official gazetteer of administrative divisions.
    """

    zone_id: Series[str] = pa.Field(
        unique=True,
        str_length={"min_value": 1},
        description="Stable zone identifier; joins measures.zone_id and policies.zone_id.",
    )
    zone_name: Series[str] = pa.Field(
        str_length={"min_value": 1},
        description="Canonical short official name (e.g. `清远高新区`, `深圳市`).",
    )
    zone_type: Series[pd.CategoricalDtype] = category_field(
        ZONE_TYPES,
        "Kind of jurisdiction: high_tech_zone (高新区), economic_development_zone "
        "(经开区/开发区), new_area (新区), free_trade_zone (自贸区片区), district (区), county (县), "
        "city (市, prefecture- or county-level), other (a province-level unit such as 江苏省, or a named "
        "park such as 苏州工业园区).",
    )
    province: Series[str] = pa.Field(
        nullable=True, description="Province the zone lies in (gazetteer name); null if unresolved."
    )
    city: Series[str] = pa.Field(
        nullable=True, description="Prefecture-level city the zone lies in; null if unresolved."
    )
    district: Series[str] = pa.Field(
        nullable=True,
        description="County-level district or county the zone lies in or coincides with; null if "
        "unresolved or not applicable.",
    )
    aliases: Series[str] = pa.Field(
        description="All names the articles use for this zone, sorted and joined by `; `."
    )
    adcode: Series[str] = pa.Field(
        nullable=True,
        str_matches=ADCODE_PATTERN,
        description="6-digit administrative division code of the most precise province, city or "
        "district the zone resolves to; null where not resolvable (zones themselves have no code).",
    )
