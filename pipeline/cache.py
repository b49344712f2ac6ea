"""Incremental builds: each article's result kept beside the output, reused while nothing
that made it has changed.

Promise: a result is reused only for the same input (its article id, i.e. the hash of its
bytes, its kind, paths and duplicates) processed by the same code (every .py file of
pipeline/ and schemas/), the same language resources (provenance.resource_hash) and the
same time budget. Anything else is processed again. Results that depend on the machine's
load (an article that ran out of time) or on the file system at that moment (unreadable,
changed while read) are never kept. A build from the cache therefore gives the very
tables, and so the very bytes, of a clean build.

The store is one SQLite file, `.<out>.cache.sqlite` beside the output; it holds the
results of one code + resources fingerprint only (older ones are dropped when a build
starts), so it does not grow with every rule change. A damaged file is discarded.

It also records the last build written from it (a key over every input, the code, the
resources and the version, and the sha256 of each file written): a build asked again of
the same inputs, whose output is still those very files, has nothing to do (`up_to_date`).
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import pickle
import sqlite3
import struct
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

from . import provenance
from .ingest import InputItem

# Errors that say more about the moment than about the article: never cached.
_TRANSIENT_ERRORS = ("processing took too long", "cannot read file", "file changed while")


@cache
def code_hash() -> str:
    """sha256 over the source of pipeline/ and schemas/ (relative path and bytes)."""
    import schemas

    digest = hashlib.sha256()
    for root in (Path(__file__).resolve().parent, Path(schemas.__file__).resolve().parent):
        for path in sorted(root.rglob("*.py")):
            if "__pycache__" in path.parts:
                continue
            name = f"{root.name}/{path.relative_to(root).as_posix()}".encode("utf-8")
            data = path.read_bytes()
            digest.update(f"{len(name)}:{len(data)}:".encode("ascii") + name + data)
    return digest.hexdigest()


def fingerprint(time_budget: float) -> str:
    """What, beside the input, a result depends on: code, resources, time budget."""
    return hashlib.sha256(
        f"{code_hash()}\n{provenance.resource_hash()}\n{time_budget!r}".encode("ascii")).hexdigest()


def item_key(item: InputItem) -> str:
    """The input's identity as far as its result is concerned (its bytes by their hash)."""
    parts = (item.article_id, item.kind, item.source_path, item.source_name, item.error or "",
             *item.duplicate_paths)
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def cacheable(result: dict) -> bool:
    return not is_transient(result["article"].get("error") or "")


def is_transient(error: str) -> bool:
    """Whether a rejection says more about the moment (load, file system) than about the input."""
    return error.startswith(_TRANSIENT_ERRORS)


# A stored result: its pickle's length (8 bytes, little-endian), then the pickle compressed
# with LZ4. LZ4 rather than zlib: a fifth of the CPU to write, a sixth to read, for a file
# about a quarter larger; a fresh build writes every result, so this is paid per article.
_LENGTH = struct.Struct("<Q")


def _packed(data: bytes) -> bytes:
    import pyarrow as pa

    return _LENGTH.pack(len(data)) + pa.compress(data, codec="lz4", asbytes=True)


def _unpacked(blob: bytes) -> bytes:
    import pyarrow as pa

    (size,) = _LENGTH.unpack_from(blob)
    if size > 256 * len(blob):  # LZ4 never expands more: a damaged length, not a buffer to allocate
        raise ValueError("damaged cache entry")
    return pa.decompress(memoryview(blob)[_LENGTH.size:], decompressed_size=size, codec="lz4", asbytes=True)


class ResultCache:
    """Results of one fingerprint, by item key, in an SQLite file."""

    def __init__(self, path: str | Path, time_budget: float) -> None:
        self.path = Path(path)
        self.fingerprint = fingerprint(time_budget)
        self.hits = 0
        try:
            self._db = self._open()
        except sqlite3.DatabaseError:  # damaged or not a database: start again
            self.path.unlink(missing_ok=True)
            self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, fingerprint TEXT, result BLOB)")
        # The last build written from this cache: its key, where it is, its files' hashes, its summary.
        db.execute("CREATE TABLE IF NOT EXISTS builds (key TEXT, target TEXT, files TEXT, summary TEXT)")
        db.execute("DELETE FROM results WHERE fingerprint != ?", (self.fingerprint,))
        db.commit()
        return db

    def has(self, item: InputItem) -> bool:
        """Whether a result is stored for `item` (without reading it: a re-run asks this of
        every input before the first is processed)."""
        return self._db.execute("SELECT 1 FROM results WHERE key = ? AND fingerprint = ?",
                                (item_key(item), self.fingerprint)).fetchone() is not None

    def get(self, item: InputItem) -> dict | None:
        row = self._db.execute("SELECT result FROM results WHERE key = ? AND fingerprint = ?",
                               (item_key(item), self.fingerprint)).fetchone()
        if row is None:
            return None
        try:
            result = pickle.loads(_unpacked(row[0]))
        except Exception:  # a damaged entry is a miss, not a failed build
            return None
        self.hits += 1
        return result

    def put_all(self, pairs: Iterable[tuple[InputItem, dict]]) -> None:
        rows = ((item_key(item), self.fingerprint, _packed(pickle.dumps(result, protocol=5)))
                for item, result in pairs if cacheable(result))
        with contextlib.suppress(sqlite3.Error):  # a full disk costs the next build time, not this one
            self._db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?)", rows)
            self._db.commit()

    def build_key(self, items: Sequence[InputItem], version: str) -> str:
        """What a whole build's output depends on: every input (in order), the code, the
        resources, the time budget and the version. The engine and the worker count do not
        count: every engine writes the same bytes."""
        digest = hashlib.sha256(f"{self.fingerprint}\n{version}\n".encode("ascii"))
        for item in items:
            digest.update(item_key(item).encode("ascii") + b"\n")
        return digest.hexdigest()

    def last_build(self, key: str) -> dict | None:
        """The build recorded under `key`: {"target", "files": {name: sha256}, "summary"}."""
        row = self._db.execute("SELECT target, files, summary FROM builds WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        return {"target": row[0], "files": json.loads(row[1]), "summary": row[2]}

    def record_build(self, key: str, target: Path, summary: str) -> None:
        files = {path.name: file_sha256(path) for path in sorted(target.iterdir()) if path.is_file()}
        with contextlib.suppress(sqlite3.Error):
            self._db.execute("DELETE FROM builds")
            self._db.execute("INSERT INTO builds VALUES (?, ?, ?, ?)", (key, str(target), json.dumps(files), summary))
            self._db.commit()

    def close(self) -> None:
        self._db.close()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def up_to_date(recorded: dict | None, current_target: Path | None) -> bool:
    """Whether the output still is the recorded build, file for file (nobody replaced,
    removed or edited a file since)."""
    if recorded is None or current_target is None or str(current_target) != recorded["target"]:
        return False
    present = {path.name for path in current_target.iterdir() if path.is_file()}
    if present != set(recorded["files"]):
        return False
    return all(file_sha256(current_target / name) == digest for name, digest in recorded["files"].items())
