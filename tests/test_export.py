"""`zone-measures export`: CSV with BOM, Stata .dta with labels, one SQLite file — each
read back with the tool an economist would use and compared with the Parquet tables."""
from __future__ import annotations

import sqlite3

import pandas as pd
import pytest

import schemas
from pipeline import cli, provenance
from pipeline.export import SQLITE_NAME, STATA_LABEL_MAX, read_build, stata_label


@pytest.fixture(scope="module")
def exported(seeds_build, tmp_path_factory):
    out = tmp_path_factory.mktemp("export")
    assert cli.main(["export", "--data", str(seeds_build), "--out", str(out)]) == 0
    tables, origin = read_build(seeds_build)
    return out, tables, origin


def test_every_table_in_every_format(exported):
    out, tables, _ = exported
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([f"{t}.csv" for t in tables] + [f"{t}.dta" for t in tables] + [SQLITE_NAME])


def test_csv_is_utf8_with_bom_and_reads_back(exported):
    out, tables, _ = exported
    for name, table in tables.items():
        raw = (out / f"{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), name  # Excel reads UTF-8 only with the BOM
        back = pd.read_csv(out / f"{name}.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
        assert list(back.columns) == list(table.columns) and len(back) == len(table), name
    measures = pd.read_csv(out / "measures.csv", encoding="utf-8-sig", dtype={"mention": str})
    assert measures["mention"].tolist() == tables["measures"]["mention"].tolist()
    assert set(measures["as_of"].dropna()) <= {d.strftime("%Y-%m-%d") for d in tables["measures"]["as_of"].dropna()}
    assert set(measures["is_value_missing"]) <= {True, False}  # written true/false, read as booleans


def test_stata_files_read_back_with_labels(exported):
    out, tables, _ = exported
    for name, table in tables.items():
        path = out / f"{name}.dta"
        back = pd.read_stata(path)
        assert list(back.columns) == list(table.columns) and len(back) == len(table), name
        with pd.io.stata.StataReader(path) as reader:
            labels = reader.variable_labels()
            value_labels = reader.value_labels()
            assert reader.data_label.startswith(f"zone-measures {name} table")
        described = {c: spec.description for c, spec in schemas.TABLES[name].to_schema().columns.items()}
        for column, label in labels.items():
            assert label and len(label) <= STATA_LABEL_MAX, (name, column, label)
            assert label == stata_label(described[column])  # from the schema, declared once
        for column, kind in schemas.column_kinds(name).items():
            if kind == "category":
                assert sorted(value_labels[column].values()) == sorted(schemas.column_categories(name, column))


def test_stata_values_dates_and_long_text_survive(exported):
    out, tables, _ = exported
    measures = pd.read_stata(out / "measures.dta")
    want = tables["measures"]
    assert measures["category"].astype(str).tolist() == want["category"].astype(str).tolist()
    assert measures["value"].round(6).equals(want["value"].round(6))
    assert pd.api.types.is_datetime64_any_dtype(measures["as_of"])
    assert measures["as_of"].dt.date.tolist() == want["as_of"].dt.date.tolist()
    articles = pd.read_stata(out / "articles.dta")
    longest = max(tables["articles"]["text"], key=lambda t: len(t.encode("utf-8")))
    assert len(longest.encode("utf-8")) > 2045  # so the strL path is exercised
    assert longest in articles["text"].tolist()
    assert set(articles["has_missing_digits"].astype(str)) <= {"true", "false"}


def test_sqlite_holds_all_tables_columns_and_provenance(exported):
    out, tables, origin = exported
    with sqlite3.connect(out / SQLITE_NAME) as connection:
        names = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert names == set(tables) | {"columns", "metadata"}
        for name, table in tables.items():
            assert connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] == len(table)
        n_columns = sum(len(t.columns) for t in tables.values())
        assert connection.execute('SELECT count(*) FROM "columns"').fetchone()[0] == n_columns
        metadata = dict(connection.execute('SELECT key, value FROM "metadata"'))
        assert metadata[provenance.INPUT_FINGERPRINT_KEY] == origin[provenance.INPUT_FINGERPRINT_KEY]
        rows = connection.execute(
            "SELECT zone_name, category, value, as_of FROM measures WHERE as_of IS NOT NULL ORDER BY as_of").fetchall()
        assert rows and all(len(as_of) == 10 and as_of[4] == "-" for *_, as_of in rows)
        cursor = connection.execute("SELECT * FROM measures LIMIT 1")
        row = dict(zip([d[0] for d in cursor.description], cursor.fetchone()))
        insert = f"INSERT INTO measures VALUES ({', '.join('?' * len(row))})"
        connection.execute(insert, list({**row, "measure_id": "copy"}.values()))  # a valid row goes in
        with pytest.raises(sqlite3.IntegrityError):  # a category outside its list does not
            connection.execute(insert, list({**row, "measure_id": "bad", "category": "bonus"}.values()))
        connection.rollback()


@pytest.mark.parametrize(
    ("description", "label"),
    [
        ("Canonical short official name (e.g. `清远高新区`, `深圳市`).", "Canonical short official name"),
        ("Kind of measure. Money support: subsidy, loan.", "Kind of measure"),
        ("The number, normalised: yuan for money (`2亿元` -> 200000000). Null when lost.",
         "The number, normalised: yuan for money"),
    ],
)
def test_stata_label_is_the_first_sentence_without_examples(description, label):
    assert stata_label(description) == label


def test_stata_label_cuts_long_text_at_a_word():
    label = stata_label("word " * 40)
    assert len(label) <= STATA_LABEL_MAX and label.endswith("word…")
