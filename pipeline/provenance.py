"""Where a build came from, in a few strings that every output file carries.

Promise: `file_metadata(articles, version)` gives the Parquet key-value metadata of one
build — the pipeline version, a fingerprint of the inputs, a hash of the language
resources — and nothing that changes between two runs on the same input (no build time,
no host, no absolute path), so rebuilds stay byte-identical. Two builds with the same
three values were made from the same articles by the same rules.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent / "resources"

# Keys are namespaced: other tools (pandas, Spark) write their own keys beside ours.
VERSION_KEY = "zone_measures_version"
INPUT_FINGERPRINT_KEY = "zone_measures_input_fingerprint"
RESOURCE_HASH_KEY = "zone_measures_resource_hash"
N_ARTICLES_KEY = "zone_measures_n_articles"
LICENSE_KEY = "zone_measures_license"
CITATION_KEY = "zone_measures_citation"

LICENSE_NOTE = (
    "Code: MIT. Derived tables: CC BY 4.0. Article text and sentences quoted in them "
    "remain the publishers'; see README, 'Licence'."
)
CITATION_NOTE = "zone-measures: see CITATION.cff in the project repository"


def input_fingerprint(article_ids: Iterable[str]) -> str:
    """sha256 over the sorted article ids (each the hash of an input's bytes), one per line.

    Independent of file names, of input order and of where the inputs lie on disk: the
    same set of articles gives the same fingerprint.
    """
    digest = hashlib.sha256()
    for article_id in sorted(set(article_ids)):
        digest.update(article_id.encode("ascii") + b"\n")
    return digest.hexdigest()


def _resource_files(root: Path) -> list[Path]:
    return sorted(
        (p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"),
        key=lambda p: p.relative_to(root).as_posix(),
    )


def resource_hash(root: Path = RESOURCES) -> str:
    """sha256 over every file of pipeline/resources (relative path and bytes), in path order.

    A change to a cue word, a pattern or the gazetteer changes it, so two builds of the
    same input with different hashes may differ for that reason alone.
    """
    digest = hashlib.sha256()
    for path in _resource_files(root):
        name = path.relative_to(root).as_posix().encode("utf-8")
        data = path.read_bytes()
        digest.update(f"{len(name)}:{len(data)}:".encode("ascii") + name + data)
    return digest.hexdigest()


@cache
def _installed_resource_hash() -> str:
    return resource_hash(RESOURCES)  # read once per process: resources do not change mid-build


def file_metadata(article_ids: Iterable[str], version: str) -> dict[str, str]:
    """The provenance keys every Parquet file of one build carries (str -> str)."""
    ids = list(article_ids)
    return {
        VERSION_KEY: str(version),
        INPUT_FINGERPRINT_KEY: input_fingerprint(ids),
        RESOURCE_HASH_KEY: _installed_resource_hash(),
        N_ARTICLES_KEY: str(len(set(ids))),
        LICENSE_KEY: LICENSE_NOTE,
        CITATION_KEY: CITATION_NOTE,
    }


def read_file_metadata(path: str | Path) -> dict[str, str]:
    """The zone_measures_* keys of a Parquet file written by this pipeline."""
    import pyarrow.parquet as pq

    metadata = pq.read_schema(path).metadata or {}
    return {
        key.decode("utf-8"): value.decode("utf-8")
        for key, value in metadata.items()
        if key.startswith(b"zone_measures_")
    }
