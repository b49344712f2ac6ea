"""`quarantine`: measure rows that failed a check, kept as they came."""

from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from ._base import build_model
from .measures import Measures

_DOC = """Measure rows that failed a check of the `measures` schema.

They are kept, never silently dropped, with every measure column as text exactly as the
extractor produced it (numbers and dates written out, null where it was null) and
`failed_check` naming what failed. They are not part of `measures`: read them to audit the
extraction, not to build indicators.
"""

Quarantine = build_model(
    "Quarantine",
    _DOC,
    [
        (
            column,
            Series[str],
            pa.Field(
                nullable=True,
                description=f"measures.{column} as the extractor produced it, written as text.",
            ),
        )
        for column in Measures.to_schema().columns
    ]
    + [
        (
            "failed_check",
            Series[str],
            pa.Field(
                str_length={"min_value": 1},
                description="The checks the row failed, each as `column(s):check`, several joined "
                "by `; ` (e.g. `unit,value:ratio_at_most_one`, `category:isin`).",
            ),
        )
    ],
    __name__,
)
