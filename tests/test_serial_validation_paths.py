"""The shortcuts of per-chunk validation (issue 10) give what the definitions they replace
give: column coercion, ids read from Arrow buffers, keys found tied in the sorted key, and
checks computed without pandera's backends, on the rows the extractor makes (seeds, field
set) and on hand-made awkward values; and quarantine labels stay what they were."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

import schemas
from schemas import _tables

from .conftest import ROOT

FIELD_SET = ROOT.parent / "shared" / "dev" / "articles"


@pytest.fixture(scope="module")
def extracted_rows() -> dict[str, list[dict]]:
    """Rows of every table as `process_article` makes them, from the seeds and the field set."""
    from pipeline.engine import run
    from pipeline.ingest import scan_inputs

    results = run(scan_inputs([ROOT / "seeds"] + ([FIELD_SET] if FIELD_SET.is_dir() else [])),
                  engine="local", workers=1)
    return {
        "articles": [dict(r["article"], n_measures=len(r["measures"])) for r in results],
        "measures": [m for r in results for m in r["measures"]],
        "policies": [p for r in results for p in r["policies"]],
        "zones": [{**z, "aliases": "; ".join(sorted(z["aliases"]))} for r in results for z in r["zones"]],
    }


def _outcome(coerce, series: pd.Series, column: object):
    try:
        return coerce(series, column)
    except Exception as error:  # noqa: BLE001 - both ways must fail alike
        return type(error)


def _assert_same_coercion(series: pd.Series, column: object, what: str) -> None:
    fast = _outcome(_tables._coerce_column, series, column)
    by_definition = _outcome(_tables._coerce_any_column, series, column)
    if isinstance(by_definition, type) or isinstance(fast, type):
        assert fast == by_definition, what
        return
    (values, bad, label), (values_expected, bad_expected, label_expected) = fast, by_definition
    assert values.dtype == values_expected.dtype, what
    pd.testing.assert_series_equal(values, values_expected, check_exact=True, obj=what)
    assert (bad.index == bad_expected.index).all() and (bad.to_numpy() == bad_expected.to_numpy()).all(), what
    assert label == label_expected, what


@pytest.mark.parametrize("name", ["articles", "measures", "policies", "zones"])
def test_the_coercion_of_extracted_rows_is_the_general_one(extracted_rows, name):
    import pyarrow

    raw = _tables._raw_frame(name, extracted_rows[name])
    assert len(raw)
    # The same rows validated, spilled and read back, as a build reads them before it writes.
    read_back = pyarrow.Table.from_pandas(schemas.coerce_table(name, raw), preserve_index=False).to_pandas()
    for column_name, column in _tables._columns(name).items():
        _assert_same_coercion(raw[column_name], column, f"{name}.{column_name}")
        _assert_same_coercion(raw[column_name].iloc[:0], column, f"{name}.{column_name}, no rows")
        _assert_same_coercion(read_back[column_name], column, f"{name}.{column_name}, read back")


def _objects(*values) -> pd.Series:
    return pd.Series(list(values), dtype=object)


# Hand-made values per storage kind: what the extractor makes, and what a bug or a hand-made
# row could bring (nulls of every sort, other types, out-of-range numbers, unhashable values).
_AWKWARD = {
    "string": [
        _objects("深圳市", "a"), _objects("a", None), _objects("a", np.nan), _objects("a", pd.NA),
        _objects(None, None), _objects("a", 1), _objects("a", b"b"), _objects(np.str_("a"), "b"),
        pd.Series(["a", None], dtype=_tables._STR), pd.Series(["a", "b"], dtype="string"),
    ],
    "category": [
        _objects("subsidy", "loan"), _objects("subsidy", None), _objects("subsidy", np.nan), _objects(None, None),
        _objects("subsidy", "not one of them"), _objects("not one", None, "loan"), _objects("subsidy", ["a list"]),
        _objects("subsidy", 1), _objects(np.str_("loan"), "subsidy"), _objects("Subsidy", " loan"),
        pd.Series(pd.Categorical(["loan", "subsidy"])), pd.Series(["loan", "fund"], dtype=_tables._STR),
    ],
    "int64": [
        _objects(1, 2, 3), _objects(0, -7), _objects(np.int64(5), 6), _objects(1, None), _objects(1, np.nan),
        _objects(1, 2.5), _objects(1.0, 2.0), _objects(True, 1), _objects(True, False), _objects("1", 2),
        _objects(2**53, -(2**53)), _objects(2**53 + 1, 0), _objects(-(2**53) - 1, 0), _objects(2**63 - 1, 0),
        _objects(-(2**63), 0), _objects(2**64, 0), _objects(None, None),
        pd.Series([1, 2], dtype="int64"), pd.Series([2**60, 1], dtype="int64"),
        pd.Series([-(2**63), 0], dtype="int64"), pd.Series([1.0, np.nan]), pd.Series([1.0, 2.0]),
    ],
    "Int64": [
        _objects(1, 2), _objects(1, None), _objects(1, 2.5), _objects(2**60, 1), _objects("x", 1),
    ],
    "float": [
        _objects(1.5, 2.0), _objects(-0.0, 0.5), _objects(1.5, None), _objects(1.5, np.nan), _objects(1.5, pd.NA),
        _objects(float("inf"), 1.0), _objects(float("-inf"), None), _objects(np.float32(1.5), 2.25),
        _objects(1, 2.5), _objects(1, 2), _objects("1.5", 2.0), _objects(True, 2.0), _objects(2**70, 1.0),
        _objects(None, None), pd.Series([1.5, np.inf]), pd.Series([1.5, np.nan]), pd.Series([-0.0, 2.0]),
        pd.Series([1, 2], dtype="int64"),
    ],
    "bool": [_objects(True, False), _objects(True, None), _objects(True, 1)],
    "date": [_objects(dt.date(2020, 3, 1), None), _objects("2020-03-01", dt.date(2020, 3, 2)),
             _objects(pd.Timestamp("2020-03-01 10:00"), None), _objects("no date", None)],
}


def _columns_of_every_kind() -> dict[str, object]:
    found: dict[str, object] = {}
    for name in schemas.TABLES:
        for column in _tables._columns(name).values():
            found.setdefault(_tables._kind(column), column)
    return found


@pytest.mark.parametrize("kind", list(_AWKWARD))
def test_the_coercion_of_awkward_values_is_the_general_one(kind):
    column = _columns_of_every_kind()[kind]
    for series in _AWKWARD[kind]:
        _assert_same_coercion(series, column, f"{kind}: {list(series)!r} ({series.dtype})")
        _assert_same_coercion(series.iloc[::-1].reset_index(drop=True), column, f"{kind}, reversed: {list(series)!r}")


# One measure changed, and the check its quarantine row names (as the general coercion named
# them before the shortcuts were taken; None: the row is valid).
_LABELS = [
    ({"category": "not one"}, "category:isin"),
    ({"category": None}, "category:not_nullable"),
    ({"unit": 7}, "unit:isin"),
    ({"value": float("inf")}, "value:finite"),
    ({"value": "1e6"}, "value:dtype(float64)"),
    ({"value": None}, "value,is_value_missing:value_null_iff_missing"),
    ({"value": 2**70}, None),
    ({"value": True}, "value:dtype(float64)"),
    ({"span_start": 2.5}, "span_start:dtype(int64)"),
    ({"span_start": None}, "span_start:not_nullable"),
    ({"span_start": 2**60},
     "mention,span_end,span_start:mention_matches_span_length; span_end,span_start:span_is_ordered"),
    ({"span_start": "3"}, "span_start:dtype(int64)"),
    ({"span_end": 2**53 + 1}, "mention,span_end,span_start:mention_matches_span_length"),
    ({"qualifier": 3}, "qualifier:isin"),
    ({"is_value_missing": None}, "is_value_missing:not_nullable"),
    ({"as_of": "no date"}, "as_of:dtype(date)"),
    ({"zone_rule": "elsewhere"}, "zone_rule:isin"),
    ({"mention": ""}, "mention,span_end,span_start:mention_matches_span_length; mention:str_length(1, None)"),
    ({"article_id": "ABC"}, "article_id:str_matches('^[0-9a-f]{16}$')"),
    ({"sentence": 5}, "sentence:dtype(str)"),
]


@pytest.mark.parametrize(("change", "label"), _LABELS, ids=[repr(change) for change, _ in _LABELS])
def test_quarantine_labels_are_unchanged(change, label):
    row = {"measure_id": "m0", "article_id": "0123456789abcdef", "zone_id": None, "zone_name": None,
           "category": "subsidy", "unit": "CNY", "value": 1e6, "qualifier": "exact", "basis": "total",
           "subject": None, "as_of": None, "mention": "100万元", "span_start": 3, "span_end": 8,
           "sentence": "发放补贴100万元", "is_value_missing": False, "rule": "r", "zone_rule": "none",
           "zone_candidates": ""}
    changed = dict(row, measure_id="m1", **change)
    valid, failed = schemas.validate_table("measures", [row, changed])
    assert list(failed["failed_check"]) == ([label] if label else [])
    assert list(valid["measure_id"]) == (["m0"] if label else ["m0", "m1"])
    if label:  # kept as it came, written as text
        quarantined = failed.iloc[0]
        for column, value in change.items():
            assert quarantined[column] == _tables._text(value) or (value is None and pd.isna(quarantined[column]))


@pytest.mark.parametrize("seed", range(6))
def test_tied_keys_found_in_the_sorted_numbers_are_pandas_duplicates(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(0, 400))
    ids = [f"{int(v):016x}" for v in rng.integers(0, 2**63, size=5)]
    frame = pd.DataFrame({
        "article_id": pd.Series(rng.choice(ids, size=n), dtype=_tables._STR),
        "span_start": pd.Series(rng.integers(0, 4, size=n), dtype="int64"),
        "category": pd.Categorical(rng.choice(list(schemas.CATEGORIES[:3]), size=n), categories=list(schemas.CATEGORIES)),
    })
    for key in (["article_id"], ["article_id", "span_start"], ["article_id", "span_start", "category"], ["category"]):
        numbers = _tables._key_numbers(frame, key)
        assert numbers is not None
        tied = _tables._tied_keys(numbers, _tables._key_order(frame, key))
        assert (tied == frame[key].duplicated(keep=False).to_numpy()).all(), key


def _text_series(values: list, arrow_type=None) -> pd.Series:
    if arrow_type is None:
        return pd.Series(values, dtype=_tables._STR)
    return pd.Series(pd.arrays.ArrowStringArray(__import__("pyarrow").array(values, type=arrow_type)))


@pytest.mark.parametrize("seed", range(12))  # one per odd value below
def test_hex_ids_read_from_arrow_are_the_ids_the_text_spells(seed):
    import pyarrow

    from schemas._seen import hex_ids, hex_ids_by_definition

    rng = np.random.default_rng(seed)
    ids = [f"{int(v):016x}" for v in rng.integers(0, 2**63, size=30, dtype=np.uint64) * 2] + [
        "0000000000000000", "ffffffffffffffff"]
    odd = ["0123456789ABCDEF", "0123456789abcde", "0123456789abcdef0", "０123456789abcdef", "0123456789abcdeg",
           "0123456789abcd f", "0123456789abcd  ", "0123456789ab\t\t\t\t", "", None, "0x23456789abcdef"]
    for n_odd in (0, 1):
        values = list(rng.choice(np.array(ids, dtype=object), size=int(rng.integers(1, 60))))
        if n_odd:
            values[int(rng.integers(0, len(values)))] = odd[seed % len(odd)]
        for arrow_type in (None, pyarrow.string(), pyarrow.large_string()):
            series = _text_series(values, arrow_type)
            pieces = [series, series.iloc[1:], series.iloc[: len(series) // 2],
                      pd.concat([series.iloc[1:], series.iloc[:1]], ignore_index=True)]
            for piece in pieces:
                fast, expected = hex_ids(piece), hex_ids_by_definition(piece)
                assert (fast is None) == (expected is None), (values, arrow_type)
                assert fast is None or (fast == expected).all(), (values, arrow_type)
            assert (hex_ids(series) is None) == bool(n_odd)
    assert hex_ids(pd.Series(ids, dtype=object)) is None  # not Arrow text: the caller's general way


def test_hex_ids_of_extracted_rows(extracted_rows):
    from schemas._seen import hex_ids, hex_ids_by_definition

    for name, column in (("articles", "article_id"), ("measures", "measure_id"), ("measures", "article_id"),
                         ("policies", "policy_id"), ("zones", "zone_id")):
        ids = schemas.coerce_table(name, extracted_rows[name])[column]
        assert (hex_ids(ids) == hex_ids_by_definition(ids)).all(), (name, column)


def _pandera_verdict(check, data):
    try:
        return bool(check(data).check_passed)
    except Exception as error:  # noqa: BLE001 - the shortcut must not pass what pandera cannot run
        return type(error)


@pytest.mark.parametrize("name", ["articles", "measures", "policies", "zones"])
def test_checks_computed_without_pandera_s_backends_are_pandera_s_verdicts(extracted_rows, name):
    from .test_serial_fast_paths import _corruptions

    schema = schemas.TABLES[name].to_schema()
    frame = schemas.coerce_table(name, extracted_rows[name])
    verdicts = set()
    for what, broken in _corruptions(name, frame):
        targets = [(check, broken[column_name]) for column_name, column in schema.columns.items()
                   if column_name in broken for check in column.checks]
        targets += [(check, broken) for check in schema.checks]
        for check, data in targets:
            expected = _pandera_verdict(check, data)
            try:
                verdict = _tables.check_passes(check, data)
            except Exception as error:  # noqa: BLE001
                verdict = type(error)
            assert verdict == expected or (verdict is False and isinstance(expected, type)), (what, check.name)
            verdicts.add(verdict)
    assert {True, False} <= verdicts
