"""Bad inputs (SPEC §6): each one becomes an `articles` row, and none stops the batch.

The fixture directory is written by `tests/fixtures_bad_inputs.py`. The first test
checks the ingest stage alone; the others build the directory once, end to end with
the CLI, and check the output tables case by case.
"""

from __future__ import annotations

import math
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from .fixtures_bad_inputs import (
    DECOY_VALUES,
    EXPECTED,
    SENTENCE,
    SENTENCE_MEASURES,
    SENTENCE_TRADITIONAL,
    write_bad_inputs,
)
from pipeline.ingest import decode_input, discover_inputs

REPO = Path(__file__).resolve().parents[1]
BUILD_SECONDS_LIMIT = 60

# Inputs that ingest accepts but a later stage still rejects. Not strict: the reason
# is a regex timeout, which depends on the machine's speed.
# Inputs the build is known to get wrong, kept visible as xfail (none at the moment).
KNOWN_BUILD_GAPS: dict[str, str] = {}


@dataclass(frozen=True)
class Build:
    articles: pd.DataFrame
    measures: pd.DataFrame
    seconds: float


@pytest.fixture(scope="module")
def input_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("bad") / "inputs"
    write_bad_inputs(root)
    return root


@pytest.fixture(scope="module")
def build(input_root, tmp_path_factory) -> Build:
    pytest.importorskip("pipeline.cli", reason="pipeline.cli not available yet")
    out = tmp_path_factory.mktemp("build") / "out"
    started = time.monotonic()
    run = subprocess.run(
        [sys.executable, "-m", "pipeline", "build", str(input_root), "--out", str(out)],
        cwd=REPO, capture_output=True, text=True, timeout=10 * BUILD_SECONDS_LIMIT,
    )
    seconds = time.monotonic() - started
    assert run.returncode == 0, run.stderr[-3000:]
    return Build(pd.read_parquet(out / "articles.parquet"), pd.read_parquet(out / "measures.parquet"), seconds)


def test_ingest_gives_every_bad_input_its_status_and_error(input_root):
    items = discover_inputs([input_root])
    assert sorted(item.source_name for item in items) == sorted(EXPECTED)
    for item in items:
        decoded = decode_input(item)
        want = EXPECTED[item.source_name]
        status = "ok" if decoded.error is None else "rejected"
        assert status == want.status, (item.source_name, decoded.error)
        if want.error:
            assert want.error in decoded.error, item.source_name
        if want.has_sentence:
            assert SENTENCE in decoded.text or SENTENCE_TRADITIONAL in decoded.text, item.source_name
    page = decode_input(next(item for item in items if item.source_name == "page"))
    assert "8888" not in page.text and "7777" not in page.text


def test_build_exits_cleanly_and_in_time(build):
    assert build.seconds < BUILD_SECONDS_LIMIT, f"build took {build.seconds:.1f} s"


def test_build_writes_one_article_row_per_input(build):
    assert sorted(build.articles["source_name"]) == sorted(EXPECTED)
    assert build.articles["article_id"].is_unique


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(reason=KNOWN_BUILD_GAPS[name], strict=False))
        if name in KNOWN_BUILD_GAPS else name
        for name in EXPECTED
    ],
)
def test_build_gives_each_input_its_status_and_error(build, name):
    row = build.articles.set_index("source_name").loc[name]
    want = EXPECTED[name]
    assert row["status"] == want.status, row["error"]
    if want.error:
        assert want.error in row["error"]
    else:
        assert pd.isna(row["error"])


@pytest.mark.parametrize("name", [name for name, want in EXPECTED.items() if want.has_sentence])
def test_build_finds_the_sentence_measures_in_every_form_of_it(build, name):
    article_id = build.articles.set_index("source_name").loc[name, "article_id"]
    found = build.measures[build.measures["article_id"] == article_id]
    for category, unit, value in SENTENCE_MEASURES:
        values = found.loc[(found["category"] == category) & (found["unit"] == unit), "value"].dropna()
        assert any(math.isclose(v, value, rel_tol=1e-9) for v in values), (category, unit, value)


def test_build_never_takes_values_from_scripts_or_navigation(build):
    values = build.measures["value"].dropna()
    for decoy in DECOY_VALUES:
        assert not any(math.isclose(v, decoy) for v in values), decoy
