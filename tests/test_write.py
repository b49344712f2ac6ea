"""Writing the outputs: types, determinism, version metadata, atomicity, report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import schemas
from pipeline import report, write
from .test_schemas import example_rows, example_tables, measure_row, rate_row

VERSION = "0.1.0"
ROOT = Path(__file__).resolve().parents[1]


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if ".tmp-" in p.name)


def test_write_table_types_and_roundtrip(tmp_path):
    tables = example_tables()
    path = write.write_table(tables["measures"], "measures", tmp_path, VERSION)
    assert path == tmp_path / "measures.parquet"
    schema = pq.read_schema(path)
    assert schema.field("as_of").type == pa.date32()
    assert schema.field("category").type == pa.dictionary(pa.int32(), pa.string())
    assert schema.field("span_start").type == pa.int64()
    table = pq.read_table(path)
    assert table.column("category").type == pa.dictionary(pa.int32(), pa.string())
    assert table.num_rows == 2
    back = pd.read_parquet(path)
    assert back["measure_id"].tolist() == tables["measures"]["measure_id"].tolist()
    assert back["value"].tolist() == tables["measures"]["value"].tolist()
    assert [str(d) for d in pq.read_table(path).column("as_of").to_pylist()] == ["2020-05-14"] * 2


def test_category_dictionary_is_the_full_fixed_list(tmp_path):
    tables = example_tables()
    path = write.write_table(tables["measures"], "measures", tmp_path, VERSION)
    column = pq.read_table(path).column("unit").combine_chunks()
    assert column.dictionary.to_pylist() == list(schemas.UNITS)


def test_version_in_metadata_and_no_build_time(tmp_path):
    tables = example_tables()
    path = write.write_table(tables["articles"], "articles", tmp_path, VERSION)
    metadata = pq.read_schema(path).metadata
    assert metadata[b"zone_measures_version"] == VERSION.encode()
    assert set(metadata) == {b"pandas", b"zone_measures_version"}
    pandas_meta = json.loads(metadata[b"pandas"])
    assert pandas_meta["index_columns"] == []  # no index; nothing else that varies by run
    file_metadata = pq.read_metadata(path).metadata
    assert file_metadata[b"zone_measures_version"] == VERSION.encode()
    descriptions = pq.read_schema(path).field("article_id").metadata
    assert b"SHA-256" in descriptions[b"description"]


@pytest.mark.parametrize("name", list(schemas.TABLES))
def test_two_writes_are_byte_identical(tmp_path, name):
    tables = example_tables()
    first = write.write_table(tables[name], name, tmp_path / "a", VERSION).read_bytes()
    again = schemas.validate_table(name, example_rows()[name][::-1])[0]  # rebuilt, other input order
    second = write.write_table(again, name, tmp_path / "b", VERSION).read_bytes()
    assert first == second


def test_written_in_a_fresh_process_is_byte_identical(tmp_path):
    """Same bytes across processes (no pid, time or hash-seed dependence in the file)."""
    here = write.write_outputs(example_tables(), tmp_path / "here", VERSION)
    script = textwrap.dedent(
        f"""
        import sys
        sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / "tests")!r}]
        from pipeline import write
        from test_schemas import example_tables
        write.write_outputs(example_tables(), {str(tmp_path / "there")!r}, {VERSION!r})
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True, env={**os.environ, "PYTHONHASHSEED": "123"})
    for name, path in here.items():
        assert path.read_bytes() == (tmp_path / "there" / path.name).read_bytes(), name


def test_write_outputs_writes_everything(tmp_path):
    tables = example_tables()
    del tables["quarantine"]  # an empty quarantine is still written
    paths = write.write_outputs(tables, tmp_path, VERSION)
    assert set(paths) == set(schemas.TABLES) | {"codebook", "report"}
    for name in schemas.TABLES:
        table = pq.read_table(tmp_path / f"{name}.parquet")
        assert table.schema.names == schemas.arrow_schema(name).names
    assert pq.read_table(tmp_path / "quarantine.parquet").num_rows == 0
    assert (tmp_path / "codebook.md").read_text("utf-8") == schemas.codebook_markdown()
    assert (tmp_path / "report.html").read_text("utf-8").startswith("<!DOCTYPE html>")
    assert _leftovers(tmp_path) == []


def test_write_outputs_refuses_invalid_or_missing_tables(tmp_path):
    tables = example_tables()
    broken = dict(tables, zones=tables["zones"].assign(zone_type="port"))
    with pytest.raises(Exception):
        write.write_outputs(broken, tmp_path, VERSION)
    missing = {k: v for k, v in tables.items() if k != "zones"}
    with pytest.raises(KeyError):
        write.write_outputs(missing, tmp_path, VERSION)
    assert list(tmp_path.iterdir()) == []


def test_crash_during_write_keeps_previous_file(tmp_path, monkeypatch):
    tables = example_tables()
    path = write.write_table(tables["measures"], "measures", tmp_path, VERSION)
    before = path.read_bytes()

    def crash(writer, table, row_group_size=None):
        writer.where.write(b"PAR1 half a file")
        raise OSError("disk full")

    monkeypatch.setattr(pq.ParquetWriter, "write_table", crash)
    fewer = tables["measures"].iloc[:1]
    with pytest.raises(OSError, match="disk full"):
        write.write_table(fewer, "measures", tmp_path, VERSION)
    assert path.read_bytes() == before
    assert pq.read_table(path).num_rows == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["measures.parquet"]


def test_crash_in_write_outputs_leaves_the_whole_previous_build(tmp_path, monkeypatch):
    tables = example_tables()
    write.write_outputs(tables, tmp_path, "old")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    calls = []
    real = pq.ParquetWriter.write_table

    def crash_on_third(writer, table, row_group_size=None):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("killed")
        real(writer, table, row_group_size=row_group_size)

    monkeypatch.setattr(pq.ParquetWriter, "write_table", crash_on_third)
    with pytest.raises(RuntimeError):
        write.write_outputs(tables, tmp_path, "new")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_killed_process_leaves_previous_file_and_only_a_hidden_temp(tmp_path):
    """A hard kill (no cleanup runs) mid-write: the old file stays; the next build sweeps the temp."""
    tables = example_tables()
    write.write_outputs(tables, tmp_path, VERSION)
    before = (tmp_path / "measures.parquet").read_bytes()
    script = textwrap.dedent(
        f"""
        import os, sys
        sys.path[:0] = [{str(ROOT)!r}, {str(ROOT / "tests")!r}]
        import pyarrow.parquet as pq
        from pipeline import write
        from test_schemas import example_tables

        def die(writer, table, row_group_size=None):
            writer.where.write(b"PAR1 partial")
            writer.where.flush()
            os._exit(9)

        pq.ParquetWriter.write_table = die
        write.write_table(example_tables()["measures"].iloc[:1], "measures", {str(tmp_path)!r}, "new")
        """
    )
    result = subprocess.run([sys.executable, "-c", script])
    assert result.returncode == 9
    assert (tmp_path / "measures.parquet").read_bytes() == before
    leftovers = _leftovers(tmp_path)
    assert len(leftovers) == 1 and leftovers[0].startswith(".measures.parquet.tmp-")
    assert sorted(p.name for p in tmp_path.glob("*.parquet")) == sorted(
        f"{n}.parquet" for n in schemas.TABLES
    )
    write.write_outputs(tables, tmp_path, VERSION)
    assert _leftovers(tmp_path) == []


def test_write_text_is_atomic_and_exact(tmp_path):
    path = write.write_text("第一行\n二\n", "codebook.md", tmp_path)
    assert path.read_bytes() == "第一行\n二\n".encode()
    assert _leftovers(tmp_path) == []


def test_columns_must_match(tmp_path):
    tables = example_tables()
    with pytest.raises(ValueError, match="differ"):
        write.write_table(tables["measures"].drop(columns=["rule"]), "measures", tmp_path, VERSION)


# --------------------------------------------------------------------------- report


def _report_tables() -> dict[str, pd.DataFrame]:
    tables = example_tables()
    valid, failed = schemas.validate_table(
        "measures",
        [measure_row(), rate_row(), rate_row(measure_id="bad", value=3.0),
         measure_row(measure_id="nozone", zone_id=None, zone_name=None, value=None, is_value_missing=True)],
    )  # fmt: skip
    tables["measures"] = valid
    tables["quarantine"] = failed
    return tables


def test_report_content_and_determinism():
    tables = _report_tables()
    page = report.render_report(tables, VERSION)
    assert page == report.render_report(_report_tables(), VERSION)
    # Offline: one inline script, nothing fetched (the SVG namespace is a name, not a request).
    assert page.count("<script") == 1 and " src=" not in page and "<link" not in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "").replace(
        'xmlns:xlink="http://www.w3.org/1999/xlink"', "")
    assert page.count("<svg") >= 3
    assert "empty file (0 bytes)" in page  # the rejected article and why
    assert "清远高新区" in page and "(no zone named)" in page
    assert "33.3%" in page  # one of three measures has no value
    assert "unit,value:ratio_at_most_one" in page
    assert VERSION in page


def test_report_escapes_text():
    tables = _report_tables()
    tables["articles"] = schemas.validate_table(
        "articles",
        [row | {"error": "<script>alert(1)</script> & co"} if row["status"] == "rejected" else row
         for row in example_rows()["articles"]],
    )[0]  # fmt: skip
    page = report.render_report(tables, VERSION)
    assert "<script>alert" not in page and page.count("<script>") == 1  # only the report's own
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in page


def test_report_with_empty_tables():
    tables = {name: schemas.coerce_table(name, []) for name in schemas.TABLES}
    page = report.render_report(tables, VERSION)
    assert "<html" in page and "<svg" not in page  # every chart says it has nothing to draw instead
    assert page.count("Nothing to chart") == 2 and page.count("nothing to draw") == 2


_POOL_PROBE = textwrap.dedent("""
    import sys
    import pyarrow
    from pipeline import cli
    cli.main(["build", sys.argv[1], "--out", sys.argv[2], "--quiet", "--no-cache"])
    print(pyarrow.default_memory_pool().backend_name)
""")


@pytest.mark.parametrize("env_pool, expected", [(None, "system"), ("mimalloc", "mimalloc")])
def test_a_build_allocates_arrow_buffers_with_malloc_unless_told_otherwise(tmp_path, env_pool, expected):
    """mimalloc keeps a written table's freed buffers resident for the rest of the build
    (about 100 MB at 100 MB of input): a build uses malloc, and a pool the user chose stays."""
    env = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
    if env_pool:
        env["ARROW_DEFAULT_MEMORY_POOL"] = env_pool
    seeds = sorted((ROOT / "seeds").iterdir())[:1]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / seeds[0].name).write_bytes(seeds[0].read_bytes())
    out = subprocess.run([sys.executable, "-c", _POOL_PROBE, str(tmp_path / "in"), str(tmp_path / "out")],
                         cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split()[-1] == expected


def _written(frames, name="articles") -> bytes:
    import io
    handle = io.BytesIO()
    write._frames_writer(lambda: frames, name, VERSION)(handle)
    return handle.getvalue()


def test_a_row_group_ends_early_when_its_text_would_pass_the_limit(seeds_build, monkeypatch):
    """Long articles (150 KB reports) made 1,000-article groups of 150 MB, held whole while
    written: a group ends at ROW_GROUP_TEXT_BYTES of text, wherever the frames were cut."""
    import io
    articles = pd.read_parquet(seeds_build / "articles.parquet")
    text_bytes = [len((t or "").encode("utf-8")) + sum(len(str(v).encode("utf-8")) for v in row if isinstance(v, str))
                  for t, row in zip(articles["text"], articles.drop(columns=["text"]).itertuples(index=False))]
    limit = sorted(text_bytes)[len(text_bytes) // 2] + 1  # about two articles a group
    monkeypatch.setattr(write, "ROW_GROUP_TEXT_BYTES", limit)
    whole = _written([articles])
    assert _written([articles.iloc[:1], articles.iloc[1:3], articles.iloc[3:]]) == whole
    groups = pq.ParquetFile(io.BytesIO(whole))
    sizes = [groups.metadata.row_group(i).num_rows for i in range(groups.num_row_groups)]
    assert sum(sizes) == len(articles) and 1 < len(sizes) < len(articles)
    assert pd.read_parquet(io.BytesIO(whole)).equals(articles)
    monkeypatch.setattr(write, "ROW_GROUP_TEXT_BYTES", 10**12)
    assert pq.ParquetFile(io.BytesIO(_written([articles]))).num_row_groups == 1


def test_the_report_cites_long_articles_whatever_duckdbs_memory(seeds_build, tmp_path, monkeypatch):
    """The cited articles' texts are read a row group at a time, not by DuckDB, which failed
    under its memory limit on archives of long texts."""
    import shutil
    build = tmp_path / "build"
    shutil.copytree(seeds_build, build, symlinks=False)
    table = pq.read_table(build / "articles.parquet")
    padding = "。" + "园区企业复工复产情况通报" * 150_000  # about 5 MB of text per article
    texts = pa.array([(t or "") + padding for t in table.column("text").to_pylist()], type=table.schema.field("text").type)
    padded = table.set_column(table.schema.get_field_index("text"), table.schema.field("text"), texts)
    pq.write_table(padded, build / "articles.parquet")
    monkeypatch.setattr(report, "DUCKDB_MEMORY_LIMIT", "16MB")  # far less than the cited texts
    page = report.render_report_from_parquet(build, VERSION)
    for title in table.column("title").to_pylist():
        if title:
            assert title in page
