"""`articles`: one row per input article, rejected ones included."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.engines import pandas_engine
from pandera.typing import Series

from ._base import ARTICLE_ID_PATTERN, SCRIPTS, STATUSES, TableModel, category_field


class Articles(TableModel):
    """One row per input article, rejected ones included, so that nothing read is lost.

    A file (or a `.jsonl` line) that could not be read becomes a row with
    `status = rejected` and an `error` saying why. Inputs with identical bytes are one
    article (one row) listing the other paths in `duplicate_paths`, so no fact is
    counted twice. `text` is the cleaned, simplified-Chinese text that every
    `span_start`/`span_end` of `measures` and `policies` points into.
    """

    article_id: Series[str] = pa.Field(
        description="Article identifier: the first 16 hex digits of the SHA-256 of the raw "
        "input bytes (of the line, for .jsonl). Same bytes, same id, on every build. "
        "Joins measures.article_id and policies.article_id.",
        unique=True,
        str_matches=ARTICLE_ID_PATTERN,
    )
    source_path: Series[str] = pa.Field(
        description="Path of the input file, relative to the input directory it was found in.",
    )
    source_name: Series[str] = pa.Field(
        description="File name without extension; for .jsonl inputs `name#line` (line counted from 1).",
    )
    encoding: Series[str] = pa.Field(
        nullable=True,
        description="Character encoding detected in the raw bytes (e.g. utf-8, gb18030, big5, "
        "utf-16). Null when no encoding could decode the file.",
    )
    url: Series[str] = pa.Field(
        nullable=True,
        description="Address of the source page where the input gives one (the .jsonl `url` field, "
        "an HTML page's canonical link): cite a value by it. Null when the input has none.",
    )
    source_id: Series[str] = pa.Field(
        nullable=True,
        description="The input's own identifier for the article (the .jsonl `id` field), as text. "
        "Null when the input has none.",
    )
    script: Series[pd.CategoricalDtype] = category_field(
        SCRIPTS,
        "Chinese script of the original text, before conversion to simplified. "
        "Null for rejected articles.",
        nullable=True,
    )
    title: Series[str] = pa.Field(
        nullable=True,
        description="Article title as found in the source; null when the source has none.",
    )
    published_date: Series[pandas_engine.DateTime] = pa.Field(
        nullable=True,
        description="Publication date of the article, when the source states it (a date line, "
        "page header or metadata). Null when unknown.",
    )
    text: Series[str] = pa.Field(
        description="Cleaned article text in simplified Chinese (navigation, bylines and "
        "romanisation removed, broken lines rejoined). All spans in measures and policies "
        "are code-point offsets into this text. Empty for rejected articles.",
    )
    n_chars: Series[int] = pa.Field(
        ge=0, description="Length of `text` in characters (Unicode code points)."
    )
    n_romanisation_removed: Series[int] = pa.Field(
        ge=0,
        description="Number of pinyin insertions removed from the text (e.g. `企業(yè)` -> `企业`).",
    )
    n_spaces_removed: Series[int] = pa.Field(
        ge=0,
        description="Number of spaces removed from inside Chinese text (PDF layout artefacts, "
        "e.g. `清远 高新区`).",
    )
    n_lines_joined: Series[int] = pa.Field(
        ge=0,
        description="Number of line or page breaks removed from inside words or sentences.",
    )
    has_missing_digits: Series[bool] = pa.Field(
        description="True when the source lost digits upstream (e.g. `提供了亿元的资金支持`): "
        "amounts in this article may be missing, and such measures have a null value.",
    )
    status: Series[pd.CategoricalDtype] = category_field(
        STATUSES,
        "`ok` when the article was read and processed; `rejected` when it could not "
        "be used (see `error`).",
    )
    error: Series[str] = pa.Field(
        nullable=True,
        description="Why the article was rejected, in words a person can act on (empty file, "
        "undecodable bytes, too large, ...). Null exactly when status is `ok`.",
    )
    n_measures: Series[int] = pa.Field(
        ge=0, description="Number of rows of `measures` taken from this article."
    )
    duplicate_paths: Series[str] = pa.Field(
        nullable=True,
        description="Other input paths with exactly the same bytes, joined by `; `. They are "
        "not separate articles. Null when the article was found once.",
    )

    @pa.dataframe_check(ignore_na=False, description="`error` is set exactly when `status` is `rejected`.")
    def error_iff_rejected(cls, df: pd.DataFrame) -> pd.Series:
        return (df["status"] == "rejected") == df["error"].notna()

    @pa.dataframe_check(
        ignore_na=False,
        description="A rejected article has empty `text` and no measures.",
    )
    def rejected_has_no_text(cls, df: pd.DataFrame) -> pd.Series:
        rejected = df["status"] == "rejected"
        return ~rejected | ((df["text"] == "") & (df["n_measures"] == 0))


CHECK_COLUMNS: dict[str, tuple[str, ...]] = {
    "error_iff_rejected": ("error", "status"),
    "rejected_has_no_text": ("n_measures", "status", "text"),
}
