"""The output schemas: valid tables pass, each check can fail, failures are named."""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd
import pandera.errors
import pyarrow as pa
import pytest

import schemas

ARTICLE = "0123456789abcdef"
ARTICLE_2 = "fedcba9876543210"
SENTENCE = "截至5月14日，清远高新区累计发放补贴100万元，复工率超过90%。"


def article_row(**changes) -> dict:
    row = {
        "article_id": ARTICLE,
        "source_path": "b/002.txt",
        "source_name": "002",
        "encoding": "utf-8",
        "script": "simplified",
        "title": "清远高新区助企复工",
        "published_date": dt.date(2020, 5, 25),
        "text": SENTENCE,
        "n_chars": len(SENTENCE),
        "n_romanisation_removed": 0,
        "n_spaces_removed": 2,
        "n_lines_joined": 1,
        "has_missing_digits": False,
        "status": "ok",
        "error": None,
        "n_measures": 2,
        "duplicate_paths": None,
    }
    row.update(changes)
    return row


def rejected_article_row(**changes) -> dict:
    row = article_row(
        article_id=ARTICLE_2,
        source_path="a/empty.txt",
        source_name="empty",
        encoding=None,
        script=None,
        title=None,
        published_date=None,
        text="",
        n_chars=0,
        n_spaces_removed=0,
        n_lines_joined=0,
        status="rejected",
        error="empty file (0 bytes)",
        n_measures=0,
    )
    row.update(changes)
    return row


def measure_row(**changes) -> dict:
    start = SENTENCE.index("100万元")
    row = {
        "measure_id": "m-subsidy",
        "article_id": ARTICLE,
        "zone_id": "z-qingyuan",
        "zone_name": "清远高新区",
        "category": "subsidy",
        "unit": "CNY",
        "value": 1_000_000.0,
        "qualifier": "exact",
        "basis": "total",
        "subject": None,
        "as_of": dt.date(2020, 5, 14),
        "mention": "100万元",
        "span_start": start,
        "span_end": start + len("100万元"),
        "sentence": SENTENCE,
        "is_value_missing": False,
        "rule": "money_amount",
        "zone_rule": "clause_before",
        "zone_candidates": "clause_before:清远高新区 | article_main:清远高新区",
    }
    row.update(changes)
    return row


def rate_row(**changes) -> dict:
    start = SENTENCE.index("超过90%")
    row = measure_row(
        measure_id="m-rate",
        category="return_to_work_rate",
        unit="ratio",
        value=0.9,
        qualifier="more_than",
        mention="超过90%",
        span_start=start,
        span_end=start + len("超过90%"),
        rule="rate",
    )
    row.update(changes)
    return row


def policy_row(**changes) -> dict:
    row = {
        "policy_id": "p-1",
        "article_id": ARTICLE,
        "zone_id": "z-qingyuan",
        "zone_name": "清远高新区",
        "title": "惠企10条",
        "n_items": 10,
        "mention": "惠企10条",
        "span_start": 3,
        "span_end": 8,
    }
    row.update(changes)
    return row


def zone_row(**changes) -> dict:
    row = {
        "zone_id": "z-qingyuan",
        "zone_name": "清远高新区",
        "zone_type": "high_tech_zone",
        "province": "广东省",
        "city": "清远市",
        "district": None,
        "aliases": "清远 高新区; 清远高新区",
        "adcode": "441800",
    }
    row.update(changes)
    return row


def zone_summary_row(**changes) -> dict:
    row = {"zone_id": "z-qingyuan", "zone_name": "清远高新区", "n_measures": 2}
    row.update({f"n_{c}": 0 for c in schemas.CATEGORIES})
    row.update(n_subsidy=1, n_return_to_work_rate=1)
    row.update(latest_return_to_work_rate=0.9, latest_return_to_work_as_of=dt.date(2020, 5, 14))
    row.update({f"max_total_{c}_cny": None for c in schemas.MONEY_CATEGORIES})
    row.update(max_total_subsidy_cny=1_000_000.0)
    row.update(changes)
    return row


def example_rows() -> dict[str, list[dict]]:
    """Valid rows for every table (quarantine empty)."""
    return {
        "articles": [article_row(), rejected_article_row()],
        "measures": [measure_row(), rate_row()],
        "policies": [policy_row()],
        "zones": [zone_row()],
        "zone_summary": [zone_summary_row()],
        "quarantine": [],
    }


def example_tables() -> dict[str, pd.DataFrame]:
    tables = {}
    for name, rows in example_rows().items():
        valid, failed = schemas.validate_table(name, rows)
        assert failed.empty
        tables[name] = valid
    return tables


# --------------------------------------------------------------------------- valid input


@pytest.mark.parametrize("name", list(schemas.TABLES))
def test_valid_rows_pass(name):
    rows = example_rows()[name]
    valid, failed = schemas.validate_table(name, rows)
    assert len(valid) == len(rows)
    assert failed.empty
    assert list(valid.columns) == list(schemas.TABLES[name].to_schema().columns)


def test_every_table_has_its_columns_described():
    for name, model in schemas.TABLES.items():
        assert model.__doc__ and model.__doc__.strip(), name
        for column_name, column in model.to_schema().columns.items():
            assert column.description and len(column.description) > 15, (name, column_name)


def test_columns_as_specified():
    measures = list(schemas.TABLES["measures"].to_schema().columns)
    assert measures == [
        "measure_id", "article_id", "zone_id", "zone_name", "category", "unit", "value",
        "qualifier", "basis", "subject", "as_of", "mention", "span_start", "span_end",
        "sentence", "is_value_missing", "rule", "zone_rule", "zone_candidates",
    ]  # fmt: skip
    quarantine = list(schemas.TABLES["quarantine"].to_schema().columns)
    assert quarantine == measures + ["failed_check"]
    summary = list(schemas.TABLES["zone_summary"].to_schema().columns)
    assert summary[:3] == ["zone_id", "zone_name", "n_measures"]
    assert [f"n_{c}" for c in schemas.CATEGORIES] == summary[3:15]
    assert summary[15:17] == ["latest_return_to_work_rate", "latest_return_to_work_as_of"]
    assert summary[17:] == [f"max_total_{c}_cny" for c in schemas.MONEY_CATEGORIES]


def test_zone_summary_warns_against_summing_totals():
    model = schemas.TABLES["zone_summary"]
    assert "overlap" in model.__doc__ and "sum" in model.__doc__
    for category in schemas.MONEY_CATEGORIES:
        description = model.to_schema().columns[f"max_total_{category}_cny"].description
        assert "overlap" in description


# --------------------------------------------------------------------------- coercion


def test_coerce_dtypes():
    df = schemas.coerce_table("measures", [measure_row(as_of="2020-03-31"), rate_row(as_of=None)])
    assert str(df["measure_id"].dtype) == "str"
    assert df["as_of"].dtype == "datetime64[ms]"
    assert df["span_start"].dtype == "int64"
    assert df["value"].dtype == "float64"
    assert df["is_value_missing"].dtype == bool
    assert list(df["category"].cat.categories) == list(schemas.CATEGORIES)
    assert list(df["unit"].cat.categories) == list(schemas.UNITS)
    assert list(df["qualifier"].cat.categories) == list(schemas.QUALIFIERS)
    assert df["as_of"].tolist()[0] == pd.Timestamp("2020-03-31")
    assert pd.isna(df["as_of"].tolist()[1])


def test_coerce_fills_missing_optional_columns_and_rejects_unknown():
    row = zone_row()
    del row["district"], row["adcode"]
    df = schemas.coerce_table("zones", [row])
    assert df["district"].isna().all() and df["adcode"].isna().all()
    with pytest.raises(ValueError, match="not in the schema"):
        schemas.coerce_table("zones", [zone_row(colour="red")])
    row = zone_row()
    del row["zone_name"]
    with pytest.raises(ValueError, match="required"):
        schemas.coerce_table("zones", [row])


def test_coerce_nullable_int_and_empty_table():
    df = schemas.coerce_table("policies", [policy_row(n_items=None), policy_row(policy_id="p-2", span_start=20, span_end=25)])
    assert str(df["n_items"].dtype) == "Int64"
    assert df["n_items"].isna().tolist() == [True, False]
    empty = schemas.coerce_table("measures", [])
    assert empty.empty and list(empty.columns) == list(schemas.TABLES["measures"].to_schema().columns)
    schemas.TABLES["measures"].validate(empty)


def test_coerce_rejects_uncoercible_values():
    with pytest.raises(ValueError, match="category:isin"):
        schemas.coerce_table("measures", [measure_row(category="bonus")])
    with pytest.raises(ValueError, match="span_start"):
        schemas.coerce_table("measures", [measure_row(span_start="ten")])


def test_coerce_sorts_by_natural_key_whatever_the_input_order():
    rows = [
        measure_row(measure_id=f"m{i}", article_id=article, span_start=start, span_end=start + 5,
                    mention="100万元"[:5], sentence="x" * 40 + "100万元")
        for i, (article, start) in enumerate(
            [(ARTICLE, 30), (ARTICLE_2, 1), (ARTICLE, 2), (ARTICLE_2, 0), (ARTICLE, 10)]
        )
    ]  # fmt: skip
    expected = None
    for seed in range(5):
        shuffled = rows[:]
        random.Random(seed).shuffle(shuffled)
        df = schemas.coerce_table("measures", shuffled)
        assert list(df.index) == list(range(len(rows)))
        keys = list(zip(df["article_id"], df["span_start"]))
        assert keys == sorted(keys)
        if expected is None:
            expected = df
        pd.testing.assert_frame_equal(df, expected)


def test_coerce_breaks_ties_on_the_other_columns():
    a = measure_row(measure_id="a", category="loan")
    b = measure_row(measure_id="b", category="subsidy")  # same article and span: category decides
    c = measure_row(measure_id="c", category="subsidy", unit="USD")
    for rows in ([a, b, c], [c, b, a], [b, c, a]):
        df = schemas.coerce_table("measures", rows)
        assert df["measure_id"].tolist() == ["b", "c", "a"]  # category order is SPEC §4's order


# --------------------------------------------------------------------------- failing checks


def _failed(rows: list[dict]) -> pd.DataFrame:
    valid, failed = schemas.validate_table("measures", rows)
    assert len(valid) + len(failed) == len(rows)
    return failed


@pytest.mark.parametrize(
    ("changes", "check"),
    [
        ({"category": "bonus"}, "category:isin"),
        ({"unit": "EUR"}, "unit:isin"),
        ({"zone_rule": "nearest_guess"}, "zone_rule:isin"),
        ({"qualifier": "roughly"}, "qualifier:isin"),
        ({"basis": None}, "basis:not_nullable"),
        ({"value": 1.5}, "unit,value:ratio_at_most_one"),
        ({"value": -0.1, "unit": "ratio", "category": "return_to_work_rate"}, "unit,value:value_not_negative"),
        ({"value": None}, "value,is_value_missing:value_null_iff_missing"),
        ({"value": float("inf")}, "value:finite"),
        ({"value": "ninety"}, "value:dtype(float64)"),
        ({"is_value_missing": True}, "value,is_value_missing:value_null_iff_missing"),
        ({"span_end": 3, "span_start": 3}, "span_end,span_start:span_is_ordered"),
        ({"span_start": None}, "span_start:not_nullable"),
        ({"mention": ""}, "mention:str_length"),
        ({"sentence": "另一句话。"}, "mention,sentence:sentence_holds_mention"),
        ({"article_id": "not-hex"}, "article_id:str_matches"),
        ({"as_of": "5月14日"}, "as_of:dtype(date)"),
        ({"zone_name": None}, "zone_id,zone_name:zone_id_with_name"),
    ],
)
def test_failed_measure_rows_name_the_check(changes, check):
    failed = _failed([measure_row(), rate_row(**changes)])
    assert len(failed) == 1
    assert check in failed.loc[0, "failed_check"], failed.loc[0, "failed_check"]
    assert failed.loc[0, "measure_id"] == "m-rate"
    schemas.TABLES["quarantine"].validate(failed)


def test_quarantine_keeps_values_as_they_came():
    failed = _failed([rate_row(value=1.5, as_of=dt.date(2020, 3, 31), is_value_missing=False)])
    row = failed.iloc[0]
    assert row["value"] == "1.5"
    assert row["as_of"] == "2020-03-31"
    assert row["span_start"] == str(SENTENCE.index("超过90%"))
    assert row["category"] == "return_to_work_rate"
    assert row["is_value_missing"] == "False"
    assert pd.isna(row["subject"])
    failed = _failed([measure_row(category="bonus", value="lots")])
    assert failed.iloc[0]["category"] == "bonus" and failed.iloc[0]["value"] == "lots"
    assert failed.iloc[0]["failed_check"] == "category:isin; value:dtype(float64)"


def test_duplicate_measure_id_keeps_the_first():
    start = SENTENCE.index("100万元")
    valid, failed = schemas.validate_table(
        "measures", [measure_row(span_start=start, span_end=start + 5), rate_row(measure_id="m-subsidy")]
    )
    assert valid["measure_id"].tolist() == ["m-subsidy"]
    assert valid["category"].tolist() == ["subsidy"]  # the first in natural order
    assert failed["failed_check"].tolist() == ["measure_id:unique"]


def test_multiple_failures_in_one_row_are_all_named():
    failed = _failed([rate_row(value=None, unit="ratio", span_end=0)])
    checks = failed.loc[0, "failed_check"].split("; ")
    assert "value,is_value_missing:value_null_iff_missing" in checks
    assert "span_end,span_start:span_is_ordered" in checks
    assert checks == sorted(checks)


def test_valid_and_failed_are_deterministic():
    rows = [measure_row(), rate_row(), rate_row(measure_id="bad", value=2.0), measure_row(measure_id="x", unit="EUR")]
    first = schemas.validate_table("measures", rows)
    second = schemas.validate_table("measures", rows[::-1])
    pd.testing.assert_frame_equal(first[0], second[0])
    pd.testing.assert_frame_equal(first[1], second[1])


def test_missing_value_row_is_valid():
    valid, failed = schemas.validate_table("measures", [measure_row(value=None, is_value_missing=True)])
    assert failed.empty and valid["value"].isna().all()


@pytest.mark.parametrize(
    ("name", "rows"),
    [
        ("articles", [article_row(), article_row(source_path="c/copy.txt")]),  # duplicate id
        ("articles", [rejected_article_row(error=None)]),  # rejected without error
        ("articles", [article_row(error="should not be set")]),
        ("articles", [article_row(script="latin")]),
        ("articles", [article_row(n_chars=-1)]),
        ("policies", [policy_row(n_items=0)]),
        ("policies", [policy_row(), policy_row(span_start=30, span_end=35)]),  # duplicate id
        ("zones", [zone_row(zone_type="port")]),
        ("zones", [zone_row(adcode="4418")]),
        ("zone_summary", [zone_summary_row(n_measures=5)]),
        ("zone_summary", [zone_summary_row(latest_return_to_work_rate=1.2)]),
    ],
)
def test_other_tables_raise(name, rows):
    with pytest.raises(pandera.errors.SchemaError):
        schemas.validate_table(name, rows)


# --------------------------------------------------------------------------- arrow and codebook


def test_arrow_types():
    articles = schemas.arrow_schema("articles")
    assert articles.field("published_date").type == pa.date32()
    assert articles.field("n_chars").type == pa.int64()
    assert articles.field("has_missing_digits").type == pa.bool_()
    assert articles.field("article_id").type == pa.string()
    assert not articles.field("article_id").nullable and articles.field("title").nullable
    measures = schemas.arrow_schema("measures")
    for column in ("category", "unit", "qualifier", "basis"):
        assert measures.field(column).type == pa.dictionary(pa.int32(), pa.string()), column
    assert measures.field("as_of").type == pa.date32()
    assert measures.field("value").type == pa.float64()
    assert schemas.arrow_schema("policies").field("n_items").type == pa.int64()
    assert schemas.arrow_schema("zone_summary").field("latest_return_to_work_as_of").type == pa.date32()
    assert all(f.type == pa.string() for f in schemas.arrow_schema("quarantine"))
    for name in schemas.TABLES:
        schema = schemas.arrow_schema(name)
        assert schema.names == list(schemas.TABLES[name].to_schema().columns)
        assert all(f.metadata[b"description"] for f in schema)


def test_codebook_lists_every_column_of_every_table():
    codebook = schemas.codebook_markdown()
    assert codebook == schemas.codebook_markdown()
    sections = codebook.split("\n## ")
    for name, model in schemas.TABLES.items():
        [section] = [s for s in sections if s.startswith(f"`{name}`")]
        for column in model.to_schema().columns:
            assert f"| `{column}` |" in section, (name, column)
    assert "`return_to_work_rate`" in codebook and "`per_beneficiary`" in codebook
    assert "value_null_iff_missing" in codebook


def test_zone_rule_allows_exactly_the_attribution_rules():
    """Every fact rule of attribution.json may be written (a new rule once sent all its rows to
    quarantine), and nothing else but `none`."""
    from pipeline.attribution import FACT_RULES
    from schemas.measures import Measures
    allowed = Measures.to_schema().columns["zone_rule"].checks[0].statistics["allowed_values"]
    assert set(allowed) == set(FACT_RULES) | {"none"}
