"""Validated tables -> Parquet files, codebook.md and report.html, committed as one build.

Promises:

- One build, one commit. `write_outputs` writes every file of a build into a fresh
  directory beside the output path (`.<out>.builds/<build>/`), fsyncs it, and then
  switches `<out>` to it in one step: `<out>` is a symbolic link, replaced by an atomic
  rename. A reader finds the old build or the new one, never tables of two builds, and a
  build killed at any point leaves the previous one whole. `<out>/measures.parquet`
  keeps its path. An `<out>` that is still a plain directory (from before) holding only
  build outputs is exchanged for the link atomically where Linux allows it.
- One build at a time per output: `output_lock` takes an exclusive lock beside `<out>`;
  a second build on the same `<out>` is refused with a message, and the lock goes away
  with the process that held it, however it ended.
- The same tables give byte-identical files: fixed writer options, the pipeline version
  (never the build time) in the key-value metadata.

With pipeline/output_dir.py (where the output, its lock, its builds and its cache lie),
this is the only module that touches the output directory.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

import schemas
from pipeline import provenance, report
from pipeline.memory import return_freed_memory
from pipeline.output_dir import (_fsync_dir, _remove_stale_builds, _resolved_out, _store, _switch_to,
                                 check_output_path, output_lock)

VERSION_KEY = b"zone_measures_version"

# Fixed writer options: part of the byte-identical promise; change them deliberately.
# A build holds one row group of a table while it writes it (pyarrow writes a row group
# whole), so groups are sized to hold some tens of MB: 25,000 measures with their
# sentences, or 1,000 articles with their texts.
ROW_GROUP_SIZE = 25_000
ROW_GROUP_ROWS = {"articles": 1_000}
# ... and at most this many bytes of text: a group ends early when its rows' strings would
# pass it. Articles of 150 KB (a government work report) made 1,000-article groups of 150 MB,
# which the build held whole and the report's DuckDB (128 MB) could not read. Twice the
# largest group of the bench corpora (14 MB), so ordinary news archives keep 1,000 a group.
ROW_GROUP_TEXT_BYTES = 32 * 2**20
PARQUET_OPTIONS: dict[str, object] = {
    "compression": "zstd",
    "compression_level": 3,
    "write_statistics": True,
    "use_dictionary": True,
    "version": "2.6",
    "data_page_version": "1.0",
    "store_schema": True,
}

def _temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp-{os.getpid()}")


def _write_temp(path: Path, write: Callable[[object], None]) -> Path:
    """Write to the temporary name beside `path`, fsynced; remove it if writing fails."""
    temp = _temp_path(path)
    try:
        with open(temp, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    return temp


def _commit(temps: Mapping[Path, Path]) -> None:
    """Rename each finished temporary file onto its target."""
    for path, temp in temps.items():
        os.replace(temp, path)
    for directory in {path.parent for path in temps}:
        _fsync_dir(directory)


def _arrow_table(
    df: pd.DataFrame, name: str, version: str, extra_metadata: Mapping[str, str] | None = None
) -> pa.Table:
    schema = schemas.arrow_schema(name)
    if list(df.columns) != schema.names:
        raise ValueError(
            f"{name}: columns {list(df.columns)} differ from the schema's {schema.names}; "
            "pass the frame returned by schemas.validate_table"
        )
    # One Arrow chunk per column, whatever the frame was put together from: the writer cuts
    # pages per chunk, so a frame joined from parts would otherwise give other bytes.
    table = pa.Table.from_pandas(df, schema=schema, preserve_index=False).combine_chunks()
    metadata = dict(table.schema.metadata or {})
    for key, value in (extra_metadata or {}).items():
        metadata[key.encode("utf-8")] = value.encode("utf-8")
    metadata[VERSION_KEY] = str(version).encode("utf-8")
    return table.replace_schema_metadata(metadata)


def _frames_writer(frames_of: Callable[[], Iterable[pd.DataFrame]], name: str, version: str,
                   origin: Mapping[str, str] | None = None) -> Callable[[object], None]:
    """A writer of the table whose rows `frames_of()` yields, a frame at a time in natural
    order, as row groups of a fixed number of rows: the same rows give the same bytes,
    however they were cut into frames, and a build holds one row group at a time."""
    rows_per_group = ROW_GROUP_ROWS.get(name, ROW_GROUP_SIZE)

    def write(handle) -> None:
        writers: list[pq.ParquetWriter] = []  # at most one; closed on the way out, whatever happens
        try:
            _write_row_groups(handle, frames_of, name, version, origin, rows_per_group, writers)
        finally:
            for writer in writers:
                with contextlib.suppress(Exception):  # the file is being discarded anyway
                    writer.close()

    return write


def _write_row_groups(handle, frames_of, name: str, version: str, origin, rows_per_group: int,
                      writers: list) -> None:
    writer, schema = None, None
    pending: list[pa.Table] = []
    n_pending, n_groups = 0, 0
    for frame in frames_of():
        table = _arrow_table(frame, name, version, origin)
        if writer is None:
            schema = table.schema
            writer = pq.ParquetWriter(handle, schema, **PARQUET_OPTIONS)
            writers.append(writer)
        else:  # the same columns; the file carries the first frame's metadata
            table = table.replace_schema_metadata(schema.metadata)
        pending.append(table)
        n_pending += len(table)
        while True:
            joined = pa.concat_tables(pending)
            size = _group_size(joined, rows_per_group)
            if size is None:  # the rows so far fit in one group: wait for more
                break
            writer.write_table(joined.slice(0, size).combine_chunks(), row_group_size=size)
            pending, n_pending = [joined.slice(size)], n_pending - size
            n_groups += 1
        # The frame (a bucket of a spilled table) is in row groups or `pending` now: give its
        # memory back before the next bucket is read (pipeline/memory.py).
        del frame, table, joined
        return_freed_memory()
    if writer is None:  # no frame at all: the empty table's file
        empty = _arrow_table(schemas.coerce_table(name, []), name, version, origin)
        pending = [empty]
        writer = pq.ParquetWriter(handle, empty.schema, **PARQUET_OPTIONS)
        writers.append(writer)
    if n_pending or n_groups == 0:  # the last rows; an empty table still has its one empty group
        writer.write_table(pa.concat_tables(pending).combine_chunks(), row_group_size=rows_per_group)
    writers.remove(writer)
    writer.close()  # the footer: a failure here is the build's failure


def _text_bytes(table: pa.Table) -> np.ndarray:
    """Each row's bytes of text (string columns; nulls 0): what a row group's size follows."""
    sizes = np.zeros(len(table), dtype=np.int64)
    for column, field in zip(table.columns, table.schema):
        if pa.types.is_string(field.type) or pa.types.is_large_string(field.type):
            sizes += pc.fill_null(pc.binary_length(column), 0).to_numpy().astype(np.int64)
    return sizes


def _group_size(rows: pa.Table, rows_per_group: int) -> int | None:
    """The number of leading `rows` that make the next row group, or None while they could
    still grow into it: `rows_per_group` rows, fewer when their text would pass
    ROW_GROUP_TEXT_BYTES (never none: a row larger than that is a group of its own). The
    cut depends on the rows alone, not on the frames they came in: the same bytes."""
    head = rows.slice(0, rows_per_group)
    total = np.cumsum(_text_bytes(head))
    over = int(np.searchsorted(total, ROW_GROUP_TEXT_BYTES, side="right"))  # rows that fit
    if over < len(head):
        return max(1, over)
    return rows_per_group if len(rows) >= rows_per_group else None


def write_table(df: pd.DataFrame, name: str, out_dir: str | Path, version: str) -> Path:
    """Write one validated table to `out_dir/<name>.parquet`, atomically. Returns the path."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{name}.parquet"
    if list(df.columns) != schemas.arrow_schema(name).names:
        _arrow_table(df.iloc[0:0], name, version)  # raises, naming the columns
    temp = _write_temp(path, _frames_writer(lambda: [df], name, version))
    _commit({path: temp})
    return path


def write_text(text: str, name: str, out_dir: str | Path) -> Path:
    """Write `text` as UTF-8 (newlines as given) to `out_dir/<name>`, atomically."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / name
    data = text.encode("utf-8")
    temp = _write_temp(path, lambda handle: handle.write(data))
    _commit({path: temp})
    return path


# --------------------------------------------------------------------------- the output path


def _write_file(path: Path, write: Callable[[object], None]) -> None:
    with open(path, "wb") as handle:
        write(handle)
        handle.flush()
        os.fsync(handle.fileno())


def write_outputs(
    tables: Mapping[str, pd.DataFrame], out_dir: str | Path, version: str
) -> dict[str, Path]:
    """Write every table of `schemas.TABLES` (quarantine too, empty if absent), codebook.md
    and report.html as one build at `out_dir`. Returns {output name: path}, with names
    `<table>`, `codebook`, `report`.

    The tables are checked against their schemas before anything is written; every file
    goes into a fresh directory, and only when all are written and fsynced does `out_dir`
    switch to it, so a failure or a kill leaves the previous build untouched.
    """
    tables = dict(tables)
    tables.setdefault("quarantine", schemas.coerce_table("quarantine", []))
    missing = [name for name in schemas.TABLES if name not in tables]
    if missing:
        raise KeyError(f"tables missing from the build: {missing}")
    unknown = [name for name in tables if name not in schemas.TABLES]
    if unknown:
        raise KeyError(f"tables not in schemas.TABLES: {unknown}")

    for name, model in schemas.TABLES.items():
        model.validate(tables[name], lazy=True)
        if list(tables[name].columns) != schemas.arrow_schema(name).names:
            _arrow_table(tables[name].iloc[0:0], name, version)  # raises, naming the columns
    origin = provenance.file_metadata(tables["articles"]["article_id"], version)
    return _write_build({name: (lambda frame=tables[name]: [frame]) for name in schemas.TABLES},
                        out_dir, version, origin)


def write_streamed(streamed, out_dir: str | Path, version: str) -> dict[str, Path]:
    """`write_outputs` for the tables of `pipeline.assemble.stream_tables`, validated as they
    were made: each table goes from its spilled buckets to its file a row group at a time."""
    origin = provenance.file_metadata(streamed.article_ids, version)
    return _write_build({name: (lambda name=name: streamed.frames(name)) for name in schemas.TABLES},
                        out_dir, version, origin)


def _write_build(sources: Mapping[str, Callable[[], Iterable[pd.DataFrame]]], out_dir: str | Path,
                 version: str, origin: Mapping[str, str]) -> dict[str, Path]:
    """Every table (in `schemas.TABLES` order: zone_summary is folded while measures are
    written), then the codebook, then the report, read back from the tables just written.
    Each output is (file name, build directory -> writer of its open file)."""
    outputs: dict[str, tuple[str, Callable[[Path], Callable[[object], None]]]] = {}
    for name in schemas.TABLES:
        writer = _frames_writer(sources[name], name, version, origin)
        outputs[name] = (f"{name}.parquet", lambda _directory, writer=writer: writer)
    codebook = schemas.codebook_markdown().encode("utf-8")
    outputs["codebook"] = ("codebook.md", lambda _directory: lambda handle: handle.write(codebook))
    outputs["report"] = ("report.html", lambda directory: _report_writer(directory, version, origin))

    check_output_path(out_dir)
    out = _resolved_out(out_dir)
    with output_lock(out):
        _store(out).mkdir(exist_ok=True)
        _remove_stale_builds(out)
        build_dir = Path(tempfile.mkdtemp(prefix="build-", dir=_store(out)))
        try:
            for file_name, make_writer in outputs.values():
                _write_file(build_dir / file_name, make_writer(build_dir))
            build_dir.chmod(0o755)  # mkdtemp makes it private; outputs are for everyone who can read `out`
            _fsync_dir(build_dir)
        except BaseException:
            shutil.rmtree(build_dir, ignore_errors=True)
            raise
        # Not inside the cleanup above: once the link is switched, this build is the output.
        _switch_to(out, build_dir)
    shown = Path(out_dir)
    return {name: shown / file_name for name, (file_name, _) in outputs.items()}


def _report_writer(build_dir: Path, version: str, origin: Mapping[str, str]) -> Callable[[object], None]:
    """report.html, from the tables just written to `build_dir` (the report reads only the
    counts and bounded samples it shows, so the build never holds a whole table for it)."""
    page = report.render_report_from_parquet(build_dir, version, origin).encode("utf-8")
    return lambda handle: handle.write(page)
