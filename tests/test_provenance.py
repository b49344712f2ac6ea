"""Tables every tool reads and cites: provenance in the file metadata, dates and
categoricals typed for pandas, and the source's url and id kept (SPEC §3)."""
from __future__ import annotations

import json
import shutil

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import schemas
from pipeline import __version__, provenance
from pipeline.ingest import InputItem, decode_input

DATE_COLUMNS = {"articles": ["published_date"], "measures": ["as_of"],
                "zone_summary": ["latest_return_to_work_as_of"]}
DICTIONARY_COLUMNS = {"articles": ["script", "status"], "zones": ["zone_type"],
                      "measures": ["category", "unit", "qualifier", "basis"]}


def _load(build, table):  # the README's loading code
    return pd.read_parquet(build / f"{table}.parquet", to_pandas_kwargs={"date_as_object": False})


# --------------------------------------------------------------------------- provenance


def test_every_file_carries_its_provenance_and_no_build_time(seeds_build):
    articles = pd.read_parquet(seeds_build / "articles.parquet")
    want = {
        provenance.VERSION_KEY: __version__,
        provenance.INPUT_FINGERPRINT_KEY: provenance.input_fingerprint(articles["article_id"]),
        provenance.RESOURCE_HASH_KEY: provenance.resource_hash(),
        provenance.N_ARTICLES_KEY: str(len(articles)),
    }
    for name in schemas.TABLES:
        found = provenance.read_file_metadata(seeds_build / f"{name}.parquet")
        assert {key: found.get(key) for key in want} == want, name
        assert not any(word in key for key in found for word in ("time", "host", "user", "path")), found


def test_input_fingerprint_depends_on_the_articles_only():
    ids = ["00000000000000aa", "00000000000000bb", "00000000000000cc"]
    assert provenance.input_fingerprint(ids) == provenance.input_fingerprint(reversed(ids))
    assert provenance.input_fingerprint(ids) != provenance.input_fingerprint(ids[:2])
    assert len(provenance.input_fingerprint([])) == 64


def test_resource_hash_changes_with_any_resource_file(tmp_path):
    copy = tmp_path / "resources"
    shutil.copytree(provenance.RESOURCES, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = provenance.resource_hash(copy)
    assert before == provenance.resource_hash(provenance.RESOURCES)
    cues = copy / "cues.json"
    cues.write_bytes(cues.read_bytes() + b" ")
    assert provenance.resource_hash(copy) != before
    cues.write_bytes(cues.read_bytes()[:-1])
    assert provenance.resource_hash(copy) == before
    cues.rename(copy / "cues2.json")  # a renamed file is another resource
    assert provenance.resource_hash(copy) != before


# --------------------------------------------------------------------------- types


@pytest.mark.parametrize("table", sorted(DATE_COLUMNS))
def test_dates_load_as_datetimes_with_the_readme_code(seeds_build, table):
    frame = _load(seeds_build, table)
    for column in DATE_COLUMNS[table]:
        assert pd.api.types.is_datetime64_any_dtype(frame[column]), (table, column, frame[column].dtype)
        frame[column].dt.month  # noqa: B018 (the accessor the issue found broken)
        assert pq.read_schema(seeds_build / f"{table}.parquet").field(column).type == pa.date32()


@pytest.mark.parametrize("table", sorted(DICTIONARY_COLUMNS))
def test_categoricals_are_dictionary_encoded(seeds_build, table):
    schema = pq.read_schema(seeds_build / f"{table}.parquet")
    frame = pd.read_parquet(seeds_build / f"{table}.parquet")
    for column in DICTIONARY_COLUMNS[table]:
        assert pa.types.is_dictionary(schema.field(column).type), (table, column)
        assert isinstance(frame[column].dtype, pd.CategoricalDtype), (table, column)
        assert list(frame[column].cat.categories) == schemas.column_categories(table, column)


# --------------------------------------------------------------------------- source links


def _jsonl_item(record: dict) -> InputItem:
    return InputItem("0" * 16, "feed.jsonl", "feed#1", "jsonl", json.dumps(record, ensure_ascii=False).encode())


def _html_item(head: str) -> InputItem:
    page = f"<html><head>{head}</head><body><article><p>某区为企业发放补贴100万元。</p></article></body></html>"
    return InputItem("0" * 16, "page.html", "page", "html", page.encode("utf-8"))


@pytest.mark.parametrize(
    ("item", "url", "source_id"),
    [
        (_jsonl_item({"text": "补贴", "url": "https://a.example/1", "id": 7}), "https://a.example/1", "7"),
        (_jsonl_item({"text": "补贴", "id": "gov-12"}), None, "gov-12"),
        (_jsonl_item({"text": "补贴", "id": True}), None, None),  # not an identifier
        (_html_item('<link rel="canonical" href=" https://b.example/2 ">'), "https://b.example/2", None),
        (_html_item('<meta property="og:url" content="https://c.example/3">'
                    '<link rel="Canonical alternate" href="https://c.example/canonical">'),
         "https://c.example/canonical", None),  # the canonical link wins over og:url
        (_html_item('<meta property="og:url" content="https://c.example/3">'), "https://c.example/3", None),
        (_html_item('<link rel="stylesheet" href="style.css">'), None, None),
    ],
)
def test_source_url_and_id_are_kept(item, url, source_id):
    decoded = decode_input(item)
    assert (decoded.url, decoded.source_id) == (url, source_id)
