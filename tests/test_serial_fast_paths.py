"""The faster forms of the build's serial work (issue 10: validation, results cache, report)
give exactly what the definitions they replace give."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import schemas
from schemas import _tables


def _frame_with_ties(seed: int, n: int = 400) -> pd.DataFrame:
    """Coerced measures-like rows with many equal keys, nulls in keys and in the tie-breakers."""
    rng = np.random.default_rng(seed)
    article = rng.choice(["0a", "0b", "1c", None], size=n, p=[0.4, 0.3, 0.2, 0.1])
    return pd.DataFrame({
        "article_id": pd.Series(article, dtype=object).astype(_tables._STR),
        "span_start": pd.Series(rng.integers(0, 6, size=n), dtype="int64"),
        "category": pd.Categorical(rng.choice(list(schemas.CATEGORIES[:3]), size=n),
                                   categories=list(schemas.CATEGORIES)),
        "value": pd.Series(np.where(rng.random(n) < 0.2, np.nan, rng.integers(0, 4, size=n).astype(float))),
        "sentence": pd.Series(rng.choice(["乙", "甲", "丙丁", None], size=n), dtype=object).astype(_tables._STR),
    })


def _hex_ids(rng, n: int, with_null: bool) -> pd.Series:
    ids = [f"{int(v):016x}" for v in rng.integers(0, 2**63, size=6)] + ["00000000000000ff", "f000000000000000"]
    values = rng.choice(ids, size=n).astype(object)
    if with_null:
        values[rng.random(n) < 0.1] = None
    return pd.Series(values, dtype=object).astype(_tables._STR)


@pytest.mark.parametrize("seed", range(6))
def test_the_key_order_is_pandas_sort(seed):
    rng = np.random.default_rng(seed)
    n = 300
    categories = pd.Categorical(rng.choice(list(schemas.CATEGORIES[:4]), size=n), categories=list(schemas.CATEGORIES))
    with_missing_category = pd.Series(categories).copy()
    with_missing_category[rng.random(n) < 0.1] = None
    frame = pd.DataFrame({
        "hex": _hex_ids(rng, n, with_null=False), "hex_null": _hex_ids(rng, n, with_null=True),
        "text": pd.Series(rng.choice(["b", "a", "0123456789abcdeF", "乙"], size=n), dtype=object).astype(_tables._STR),
        "int": pd.Series(rng.integers(-3, 4, size=n), dtype="int64"),
        "nullable_int": pd.Series(rng.integers(0, 3, size=n), dtype="Int64"),
        "category": pd.Series(categories), "category_null": with_missing_category,
    })
    frame.loc[rng.random(n) < 0.1, "nullable_int"] = None
    for key in (["hex", "int", "category"], ["hex_null", "int"], ["text", "hex"], ["category_null", "hex"],
                ["nullable_int", "hex"], ["int"], ["hex"]):
        expected = frame.sort_values(by=key, kind="stable", na_position="last").index.to_numpy()
        assert (_tables._key_order(frame, key) == expected).all(), key
    assert _tables.sort_numbers(frame["hex"]) is not None and _tables.sort_numbers(frame["text"]) is None


@pytest.mark.parametrize("seed", range(8))
def test_natural_positions_are_the_full_sort(seed):
    frame = _frame_with_ties(seed)
    if seed % 2:  # ids of the pipeline's shape: the key order by numbers
        frame["article_id"] = _hex_ids(np.random.default_rng(seed), len(frame), with_null=False)
    key, columns = ["article_id", "span_start", "category"], list(frame.columns)
    expected = _tables.natural_positions_by_definition(frame, key, columns)
    assert frame[key].duplicated(keep=False).any()  # the case the shortcut must get right
    assert (_tables.natural_positions(frame, key, columns) == expected).all()
    unique = frame.drop_duplicates(subset=key).reset_index(drop=True)  # no ties: the key sort alone
    assert (_tables.natural_positions(unique, key, columns)
            == _tables.natural_positions_by_definition(unique, key, columns)).all()


# --------------------------------------------------------------------------- report charts


def test_the_charts_show_their_data_as_text_and_marks():
    from pipeline import charts

    bars = charts.category_bars_svg([("loan 贷款", 2690), ("fund 专项资金", 7)], "per category")
    assert bars.startswith("<svg") and ">loan 贷款</text>" in bars and ">2,690</text>" in bars and ">7</text>" in bars
    assert bars.count("<rect") == 2

    matrix = pd.DataFrame([[3, 0], [0, 12]], index=["甲区", "乙县"], columns=["loan", "fund"])
    heat = charts.zone_category_heatmap_svg(matrix, "heat")
    assert ">甲区</text>" in heat and ">乙县</text>" in heat and ">3</text>" in heat and ">12</text>" in heat
    assert "<title>乙县, fund: 12</title>" in heat and "<title>甲区, fund: 0</title>" in heat

    rates = pd.DataFrame({"zone": ["甲区", "甲区", "乙县", "丙市"],
                          "date": pd.to_datetime(["2020-03-01", "2020-04-01", "2020-03-15", "2020-05-01"]),
                          "date_is_as_of": [True, True, False, True], "value": [0.5, 0.9, 0.7, 1.0]})
    lines = charts.rate_lines_svg(rates, "rates", max_lines=3)
    assert ">甲区 (2)</text>" in lines and ">乙县 (1)</text>" in lines and ">丙市 (1)</text>" in lines
    assert lines.count("<polyline") == 2  # 甲区's and 丙市's stated rates; 乙县 has only an article date
    assert lines.count("<circle") == 3 + 1 + 3 + 2  # data: three filled, one hollow; legend: a marker per zone, two explained
    assert lines.count('fill="white"') == 1 + 2  # 乙县's hollow dot, its legend marker, the legend's explanation
    # Past max_lines (zones by rates, then by name: 丙 before 乙), the rest are one grey cloud.
    fewer = charts.rate_lines_svg(rates, "rates", max_lines=2)
    assert "1 more zones: grey dots" in fewer and ">乙县 (1)</text>" not in fewer and 'fill="#BBBBBB"' in fewer

    strip = charts.money_strip("loan 贷款", 3, lambda ranks: [[1e4, 2e4, 5e8][r] for r in ranks])
    money = charts.money_strips_svg([strip], "money")
    assert ">n=3, max 50,000</text>" in money and money.count("<circle") == 3
    assert money == charts.money_strips_svg([strip], "money")  # the same data, the same bytes


def test_charts_say_so_when_there_is_nothing_to_draw():
    from pipeline import charts

    assert charts.category_bars_svg([("loan", 0)], "t").startswith('<p class="note">')
    assert charts.money_strips_svg([], "t").startswith('<p class="note">')
    empty = pd.DataFrame({"zone": [], "date": pd.to_datetime([]), "date_is_as_of": [], "value": []})
    assert "nothing to draw" in charts.rate_lines_svg(empty, "t")


# --------------------------------------------------------------------------- empty tables, results cache


@pytest.mark.parametrize("name", list(schemas.TABLES))
def test_an_empty_table_is_the_coercion_of_no_rows(name):
    empty = schemas.coerce_table(name, [])
    by_definition = _tables._prepare(name, [])[1]
    pd.testing.assert_frame_equal(empty, by_definition)
    assert list(empty.dtypes) == list(by_definition.dtypes)
    empty["added"] = None  # a caller's change stays in its copy
    assert "added" not in schemas.coerce_table(name, []).columns


def test_a_damaged_cache_entry_is_a_miss_not_a_failed_build(tmp_path):
    import sqlite3

    from pipeline.cache import ResultCache, item_key
    from pipeline.ingest import scan_inputs

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("深圳市发放补贴100万元。", encoding="utf-8")
    [item] = scan_inputs([tmp_path / "in"])
    store = ResultCache(tmp_path / "c.sqlite", 30.0)
    result = {"article": {"error": None}, "measures": [{"value": 1e6, "mention": "100万元"}] * 50}
    store.put_all([(item, result)])
    assert store.get(item) == result
    blob = sqlite3.connect(tmp_path / "c.sqlite").execute("SELECT result FROM results").fetchone()[0]
    for damaged in (blob[:20], blob[:8] + b"\0" * (len(blob) - 8), b"\xff" * 8 + blob[8:], b"xy"):
        with store._db:
            store._db.execute("UPDATE results SET result = ? WHERE key = ?", (damaged, item_key(item)))
        assert store.get(item) is None


# --------------------------------------------------------------------------- validation without pandera's overhead


@pytest.fixture(scope="module")
def seed_tables():
    from pipeline.assemble import assemble
    from pipeline.engine import run
    from pipeline.ingest import scan_inputs

    from .conftest import ROOT

    return assemble(run(scan_inputs([ROOT / "seeds"]), engine="local", workers=1))


def _pandera_passes(model, frame) -> bool:
    import pandera.errors

    try:
        model.validate(frame, lazy=True)
    except (pandera.errors.SchemaErrors, pandera.errors.SchemaError):
        return False
    return True


def _corruptions(name: str, frame: pd.DataFrame):
    """(what, frame) pairs: the table with one rule broken in one row (or none)."""
    yield "as built", frame
    yield "columns reordered", frame[list(reversed(frame.columns))]
    yield "a column missing", frame.drop(columns=[frame.columns[-1]])
    for column in frame.columns:
        kind = _tables._kind(_tables._columns(name)[column])
        broken = frame.copy()
        if kind == "string":
            broken[column] = broken[column].astype(object)
            broken.loc[0, column] = None
            yield f"{column}: null", broken
            empty = frame.copy()
            empty.loc[0, column] = ""
            yield f"{column}: empty", empty
            duplicate = frame.copy()
            duplicate.loc[len(frame) - 1, column] = duplicate.loc[0, column]
            yield f"{column}: repeated", duplicate
            yield f"{column}: object dtype", frame.assign(**{column: frame[column].astype(object)})
        elif kind in ("int64", "Int64", "float"):
            negative = frame.copy()
            negative[column] = negative[column].astype("float64")
            negative.loc[0, column] = -5.0
            yield f"{column}: negative, float", negative
            big = frame.copy()
            big.loc[0, column] = 10**7 if kind != "float" else 7.5
            yield f"{column}: large", big
            if kind != "int64":
                null = frame.copy()
                null.loc[0, column] = None
                yield f"{column}: null", null
        elif kind == "category":
            yield f"{column}: as text", frame.assign(**{column: frame[column].astype(str)})
            null = frame.copy()
            null[column] = null[column].cat.add_categories(["not one of them"])
            null.loc[0, column] = "not one of them"
            yield f"{column}: other value", null
        elif kind == "bool":
            flipped = frame.copy()
            flipped.loc[0, column] = not bool(flipped.loc[0, column])
            yield f"{column}: flipped", flipped
        elif kind == "date":
            yield f"{column}: as text", frame.assign(**{column: frame[column].astype(str)})


@pytest.mark.parametrize("name", ["articles", "measures", "policies", "zones", "zone_summary"])
def test_the_shortcut_passes_a_table_only_when_pandera_does(seed_tables, name):
    model = schemas.TABLES[name]
    frame = seed_tables[name]
    assert len(frame) >= 2
    verdicts = {}
    for what, broken in _corruptions(name, frame):
        pandera_passes = _pandera_passes(model, broken)
        assert _tables.passes_every_check(model, broken) == pandera_passes, what
        verdicts[pandera_passes] = what
    assert set(verdicts) == {True, False}  # both kinds of case were met


@pytest.mark.parametrize("seed", range(5))
def test_ids_of_a_text_column_are_read_as_of_any_column(seed):
    """SeenValues' shortcut for a coerced text column finds the ids the general way finds."""
    from schemas._seen import _as_integers

    rng = np.random.default_rng(seed)
    pool = [f"{int(v):016x}" for v in rng.integers(0, 2**63, size=40)] + [
        "ABCDEF0123456789", "short", "0123456789abcdef0", None, "0123456789abcdeg", "０123456789abcdef"]
    values = pd.Series(list(rng.choice(np.array(pool, dtype=object), size=120)), dtype=object)
    general, shortcut = _as_integers(values), _as_integers(values.astype(_tables._STR))
    assert (general[0] == shortcut[0]).all() and (general[1] == shortcut[1]).all()
    assert general[0].any() and not general[0].all()


@pytest.mark.parametrize("n_buckets", [2, 7, 256])
def test_buckets_of_ids_read_as_integers_are_those_of_their_hex_prefix(n_buckets):
    from pipeline.spill import _HEX_PREFIX, BucketPlan

    rng = np.random.default_rng(n_buckets)
    ids = [f"{int(v):016x}" for v in rng.integers(0, 2**63, size=500, dtype=np.uint64) * 2] + [
        "ffffffffffffffff", "0000000000000000", "80000000ffffffff"]
    frame = pd.DataFrame({"article_id": pd.Series(ids, dtype=_tables._STR)})
    plan = BucketPlan(n_buckets, ())
    by_definition = np.array([(int(i[:_HEX_PREFIX], 16) * n_buckets) >> (4 * _HEX_PREFIX) for i in ids])
    assert (plan.by_article_id(frame) == by_definition).all()
    assert set(by_definition) == set(range(n_buckets)) or n_buckets == 256
    odd = pd.DataFrame({"article_id": pd.Series(["ABCDEF01", "0a"], dtype=_tables._STR)})  # not of the shape: the slow way
    assert list(plan.by_article_id(odd)) == [(int(i[:_HEX_PREFIX], 16) * n_buckets) >> 32 for i in ["ABCDEF01", "0a"]]


@pytest.mark.parametrize("seed", range(4))
def test_sorted_unique_is_numpy_unique(seed):
    from schemas._seen import _sorted_unique

    rng = np.random.default_rng(seed)
    for n in (0, 1, 2, 3, 50, 5000):
        numbers = rng.integers(0, max(2, n // 3), size=n).astype(np.uint64) * np.uint64(2**40 + 7)
        assert (_sorted_unique(numbers) == np.unique(numbers)).all()
        runs = np.concatenate([np.unique(numbers[: n // 2]), np.unique(numbers[n // 2:])])  # a merge of two levels
        assert (_sorted_unique(runs) == np.unique(runs)).all()
