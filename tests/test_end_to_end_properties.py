"""End to end over arbitrary file names and bytes: discovery, processing, assembly and
writing never raise (strict mode: an internal exception fails the test), every file
gets its `articles` row under a readable name that maps back to its bytes, and the
written tables read back and join."""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import __version__
from pipeline.article import process_article
from pipeline.assemble import assemble
from pipeline.ingest import discover_inputs
from pipeline.write import write_outputs

from .test_properties import FRAGMENTS, strict_mode  # noqa: F401 (autouse: internal errors fail)


# Name bytes: anything but "/" and NUL, not hidden, and a few GBK and Big5 words.
NAME_BYTES = st.one_of(
    st.binary(min_size=1, max_size=12).map(lambda b: b.replace(b"/", b"_").replace(b"\x00", b"_")),
    st.sampled_from(["复工补贴", "稳岗", "高新区"]).map(lambda w: w.encode("gbk")),
    st.sampled_from(["復工補貼", "貸款"]).map(lambda w: w.encode("big5")),
    st.just(b"\\x41"),  # a name that itself reads like an escape
)
NAMES = st.lists(st.lists(NAME_BYTES, min_size=1, max_size=3).map(b"".join), min_size=1, max_size=5, unique=True)
TEXT = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=25).map("".join)
CONTENT = st.one_of(
    st.binary(max_size=300),
    st.tuples(TEXT, st.sampled_from(["utf-8", "gb18030", "big5", "utf-16"])).map(
        lambda pair: pair[0].encode(pair[1], errors="replace")),
)


def _original_bytes(shown: str) -> bytes:
    """Invert `readable_path`: \\xNN is a raw byte, \\\\ a backslash, the rest UTF-8."""
    out = bytearray()
    for piece in re.split(r"(\\\\|\\x[0-9a-f]{2}|\\u[0-9a-f]{4})", shown):
        if piece == "\\\\":
            out += b"\\"
        elif piece.startswith("\\x") and len(piece) == 4:
            out.append(int(piece[2:], 16))
        else:
            out += piece.encode("utf-8")
    return bytes(out)


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(NAMES, st.data())
def test_any_names_and_bytes_build_one_readable_row_per_file(names, data):
    root = Path(tempfile.mkdtemp(prefix="e2e-"))
    try:
        inputs = os.fsencode(root / "in")
        os.mkdir(inputs)
        written = {}
        for name in names:
            if name.startswith(b".") or name in (b".", b".."):
                name = b"_" + name
            name += b".txt"
            content = data.draw(CONTENT)
            with open(inputs + b"/" + name, "wb") as handle:
                handle.write(content)
            written[name] = content

        items = discover_inputs([os.fsdecode(inputs)])
        results = [process_article(item) for item in items]
        tables = assemble(results)
        write_outputs(tables, root / "out", __version__)

        articles = pd.read_parquet(root / "out" / "articles.parquet")
        measures = pd.read_parquet(root / "out" / "measures.parquet")
        # One row per distinct content; every file named there, by a name that maps back to it.
        named = {}
        for row in articles.itertuples():
            others = [] if pd.isna(row.duplicate_paths) else row.duplicate_paths.split("; ")
            for shown in [row.source_path, *others]:
                named[_original_bytes(shown)] = row
        assert set(named) == set(written)
        for name, row in named.items():
            assert row.article_id in set(articles["article_id"])
            if row.status == "rejected":
                assert not row.error.startswith(("could not process", "could not decode")), row.error
        assert set(measures["article_id"]) <= set(articles["article_id"])
        texts = articles.set_index("article_id")["text"]
        for row in measures.itertuples():
            assert texts[row.article_id][row.span_start:row.span_end] == row.mention
    finally:
        shutil.rmtree(root)
