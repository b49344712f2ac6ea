"""Validated tables -> Parquet files, codebook.md and report.html, atomically.

Promise: every output file is written whole or not at all. Each file goes to a hidden
temporary name in the output directory (`.<name>.tmp-<pid>`), is flushed and fsynced,
then renamed over the old file with `os.replace`; a build killed at any point leaves the
previous files readable. The same tables give byte-identical files: fixed writer options,
the pipeline version (never the build time) in the key-value metadata. This is the only
module that touches the output directory.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

import schemas
from pipeline import provenance, report

VERSION_KEY = b"zone_measures_version"

# Fixed writer options: part of the byte-identical promise; change them deliberately.
ROW_GROUP_SIZE = 100_000
PARQUET_OPTIONS: dict[str, object] = {
    "compression": "zstd",
    "compression_level": 3,
    "row_group_size": ROW_GROUP_SIZE,
    "write_statistics": True,
    "use_dictionary": True,
    "version": "2.6",
    "data_page_version": "1.0",
    "store_schema": True,
}

_TEMP_PATTERN = re.compile(r"^\.(?P<target>.+)\.tmp-(?P<pid>\d+)$")


def _temp_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp-{os.getpid()}")


def _fsync_dir(directory: Path) -> None:
    with contextlib.suppress(OSError):  # not every filesystem lets a directory be opened
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


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
    table = pa.Table.from_pandas(df, schema=schema, preserve_index=False)
    metadata = dict(table.schema.metadata or {})
    for key, value in (extra_metadata or {}).items():
        metadata[key.encode("utf-8")] = value.encode("utf-8")
    metadata[VERSION_KEY] = str(version).encode("utf-8")
    return table.replace_schema_metadata(metadata)


def _parquet_writer(table: pa.Table) -> Callable[[object], None]:
    # Looked up at call time so tests can simulate a crash inside pyarrow.
    return lambda handle: pq.write_table(table, handle, **PARQUET_OPTIONS)


def write_table(df: pd.DataFrame, name: str, out_dir: str | Path, version: str) -> Path:
    """Write one validated table to `out_dir/<name>.parquet`, atomically. Returns the path."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{name}.parquet"
    temp = _write_temp(path, _parquet_writer(_arrow_table(df, name, version)))
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


def _remove_stale_temps(out_dir: Path) -> None:
    """Remove temporary files left by a build that was killed (its process is gone)."""
    for entry in out_dir.iterdir():
        match = _TEMP_PATTERN.match(entry.name)
        if not match or not entry.is_file():
            continue
        pid = int(match["pid"])
        if pid == os.getpid():
            continue
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            with contextlib.suppress(FileNotFoundError):
                entry.unlink()
        except PermissionError:
            pass  # alive, someone else's


def write_outputs(
    tables: Mapping[str, pd.DataFrame], out_dir: str | Path, version: str
) -> dict[str, Path]:
    """Write every table of `schemas.TABLES` (quarantine too, empty if absent), codebook.md
    and report.html. Returns {output name: path}, with names `<table>`, `codebook`, `report`.

    All files are first written to temporary names; only when every one succeeded are they
    renamed into place, so a failure leaves the previous build untouched. The tables are
    checked against their schemas once more before anything is written.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    _remove_stale_temps(out_dir)

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

    # Provenance, never the build time: the same input must give the same bytes.
    origin = provenance.file_metadata(tables["articles"]["article_id"], version)
    outputs: dict[str, tuple[Path, Callable[[object], None]]] = {}
    for name in schemas.TABLES:
        outputs[name] = (
            out_dir / f"{name}.parquet",
            _parquet_writer(_arrow_table(tables[name], name, version, origin)),
        )
    codebook = schemas.codebook_markdown().encode("utf-8")
    page = report.render_report(tables, version, origin).encode("utf-8")
    outputs["codebook"] = (out_dir / "codebook.md", lambda handle: handle.write(codebook))
    outputs["report"] = (out_dir / "report.html", lambda handle: handle.write(page))

    temps: dict[Path, Path] = {}
    try:
        for path, write in outputs.values():
            temps[path] = _write_temp(path, write)
    except BaseException:
        for temp in temps.values():
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
        raise
    _commit(temps)
    return {name: path for name, (path, _) in outputs.items()}
