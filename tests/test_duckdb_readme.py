"""The README's loading code and DuckDB queries, run as written against a seeds build."""
from __future__ import annotations

import re

import duckdb
import pandas as pd
import pytest

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.S)


def _statements(sql: str) -> list[str]:
    return [s.strip() for s in sql.split(";") if s.strip() and not all(
        line.strip().startswith("--") or not line.strip() for line in s.strip().splitlines())]


@pytest.fixture
def in_a_checkout(seeds_build, tmp_path, monkeypatch):
    """A directory whose data/ is the seeds build, as after `make build`."""
    (tmp_path / "data").symlink_to(seeds_build, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_readme_has_the_blocks_this_test_runs():
    assert len(_blocks("python")) == 1 and len(_blocks("sql")) == 1
    assert len(_statements(_blocks("sql")[0])) == 3


def test_readme_python_runs_and_gives_datetimes(in_a_checkout):
    namespace: dict = {}
    exec(compile(_blocks("python")[0], "README.md", "exec"), namespace)  # noqa: S102 (our own README)
    measures = namespace["measures"]
    assert pd.api.types.is_datetime64_any_dtype(measures["as_of"])
    assert pd.api.types.is_datetime64_any_dtype(namespace["articles"]["published_date"])
    assert isinstance(measures["category"].dtype, pd.CategoricalDtype)
    assert len(namespace["loans"]) > 0


def test_readme_sql_runs_in_duckdb(in_a_checkout):
    connection = duckdb.connect()
    credit, rates, evidence = (connection.sql(s).df() for s in _statements(_blocks("sql")[0]))
    assert len(credit) > 0 and (credit["largest_total_loan_wan"] > 0).all()
    assert len(rates) > 0 and rates["highest_rate"].between(0, 1).all()
    assert len(evidence) == 5 and evidence["mention"].notna().all()


def _types(connection, table: str) -> dict[str, str]:
    return {row[0]: row[1] for row in connection.sql(f"DESCRIBE SELECT * FROM 'data/{table}.parquet'").fetchall()}


def test_dates_are_sql_dates_and_categories_strings(in_a_checkout):
    connection = duckdb.connect()
    for table, column in (("measures", "as_of"), ("articles", "published_date"),
                          ("zone_summary", "latest_return_to_work_as_of")):
        assert _types(connection, table)[column] == "DATE", (table, column)
    assert _types(connection, "measures")["category"] == "VARCHAR"
