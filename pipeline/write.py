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

This is the only module that touches the output directory.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

try:
    import fcntl
except ImportError:  # not on Windows: builds there are not locked
    fcntl = None

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

import schemas
from pipeline import provenance, report
from pipeline.memory import return_freed_memory

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


class OutputError(Exception):
    """The output path cannot take a build; the message says why in the user's terms."""


def _resolved_out(out_dir: str | Path) -> Path:
    """The path whose entry a build replaces: `out_dir` made absolute, or, when it is a
    link of the user's own to a directory elsewhere, that directory."""
    out = Path(os.path.abspath(out_dir))
    if out.is_symlink() and not _is_build_link(out):
        out = out.resolve()
    return out


def _store(out: Path) -> Path:
    return out.parent / f".{out.name}.builds"


def cache_path(out_dir: str | Path) -> Path:
    """The results cache of the builds of `out_dir` (pipeline/cache.py): beside it, not in
    it, so that switching builds never touches it."""
    out = _resolved_out(out_dir)
    return out.parent / f".{out.name}.cache.sqlite"


def _is_build_link(out: Path) -> bool:
    try:
        target = Path(os.readlink(out))
    except OSError:
        return False
    return not target.is_absolute() and target.parent == Path(_store(out).name)


# Files a build writes; a plain directory holding anything else is not ours to replace.
def _build_file_names() -> set[str]:
    return {f"{name}.parquet" for name in schemas.TABLES} | {"codebook.md", "report.html"}


def _foreign_entries(directory: Path) -> list[str]:
    ours = _build_file_names()
    return sorted(entry.name for entry in directory.iterdir()
                  if entry.name not in ours and not _TEMP_PATTERN.match(entry.name))


def check_output_path(out_dir: str | Path) -> None:
    """Raise OutputError when `out_dir` cannot take a build (checked before any work)."""
    out = _resolved_out(out_dir)
    if out.exists() and not out.is_dir():
        raise OutputError(f"the output path {out_dir} is a file, not a directory; choose another --out")
    if out.is_dir() and not out.is_symlink():
        foreign = _foreign_entries(out)
        if foreign:
            shown = ", ".join(foreign[:3]) + (" ..." if len(foreign) > 3 else "")
            raise OutputError(f"the output directory {out_dir} holds files that are not build outputs ({shown}); "
                              "a build replaces the whole directory, so move them or choose another --out")
    blocking = next((p for p in out.parents if p.exists() and not p.is_dir()), None)
    if blocking is not None:
        raise OutputError(f"cannot create the output directory {out_dir}: {blocking} is a file")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the output directory {out_dir}: {exc.strerror or exc}") from None
    if not os.access(out.parent, os.W_OK):
        raise OutputError(f"cannot write beside the output directory {out_dir}: permission denied")


def current_build(out_dir: str | Path) -> Path | None:
    """The build directory `out_dir` links to, or None when it is not (yet) a build link."""
    out = _resolved_out(out_dir)
    return out.resolve() if _is_build_link(out) else None


def has_output(out_dir: str | Path) -> bool:
    """True when `out_dir` holds the tables of an earlier build."""
    out = _resolved_out(out_dir)
    return out.is_dir() and any(out.glob("*.parquet"))


_HELD_LOCKS: set[Path] = set()


@contextlib.contextmanager
def output_lock(out_dir: str | Path) -> Iterator[None]:
    """Hold the exclusive lock of `out_dir` (re-entrant within a process).

    Raises OutputError at once when another build holds it. The lock is an flock on
    `.<out>.lock` beside the output, so the kernel drops it when its holder dies.
    """
    out = _resolved_out(out_dir)
    if out in _HELD_LOCKS or fcntl is None:
        yield
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    lock_path = out.parent / f".{out.name}.lock"
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
            raise OutputError(f"another build (pid {holder}) is writing to {out_dir}; "
                              "wait for it to finish or choose another --out") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        _HELD_LOCKS.add(out)
        try:
            yield
        finally:
            _HELD_LOCKS.discard(out)
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- switching builds

_RENAME_EXCHANGE = 2  # linux/fs.h


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directory entries in one step (Linux renameat2); False where unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE)
    return result == 0


def _switch_to(out: Path, build_dir: Path) -> None:
    """Make `out` a link to `build_dir` in one step; remove what `out` was before."""
    previous = out.resolve() if _is_build_link(out) else None
    link = out.parent / f".{out.name}.link-{os.getpid()}"
    with contextlib.suppress(FileNotFoundError):
        link.unlink()
    os.symlink(os.path.relpath(build_dir, out.parent), link)
    if out.is_dir() and not out.is_symlink():
        # A plain directory from before this layout: swap it for the link, then remove it.
        if _exchange(link, out):
            shutil.rmtree(link)
        else:  # not Linux: two renames, during which `out` is briefly missing, never mixed
            aside = build_dir.parent / f"previous-{os.getpid()}"
            os.rename(out, aside)
            os.replace(link, out)
            shutil.rmtree(aside)
    else:
        os.replace(link, out)
    _fsync_dir(out.parent)
    if previous is not None and previous != build_dir:
        shutil.rmtree(previous, ignore_errors=True)


@contextlib.contextmanager
def spill_directory(out_dir: str | Path) -> Iterator[Path]:
    """A private directory for the tables of the build of `out_dir` while they are made
    (pipeline/spill.py): in the builds' store beside the output, on the output's disk and
    not in a memory-backed /tmp; removed when the build ends, or, after a kill, by the
    next build. Hold `output_lock(out_dir)` around it."""
    check_output_path(out_dir)
    out = _resolved_out(out_dir)
    _store(out).mkdir(exist_ok=True)
    directory = Path(tempfile.mkdtemp(prefix="spill-", dir=_store(out)))
    _LIVE_SPILLS.add(directory)
    try:
        yield directory
    finally:
        _LIVE_SPILLS.discard(directory)
        shutil.rmtree(directory, ignore_errors=True)


_LIVE_SPILLS: set[Path] = set()


def _remove_stale_builds(out: Path) -> None:
    """Remove what builds that were killed left beside `out` (we hold the lock): build
    directories it does not point to, and half-made links (or, after an exchange, the
    plain directory they swapped out). The spill directory of this build stays."""
    current = out.resolve() if _is_build_link(out) else None
    leftovers = [entry for entry in _store(out).iterdir() if entry != current and entry not in _LIVE_SPILLS]
    leftovers += list(out.parent.glob(f".{glob_escape(out.name)}.link-*"))
    for entry in leftovers:
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with contextlib.suppress(FileNotFoundError):
                entry.unlink()


def glob_escape(name: str) -> str:
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in name)


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
