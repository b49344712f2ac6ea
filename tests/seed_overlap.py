"""Guard for the case tables: no case may copy a seed sentence (the extractor is scored on
articles it has never seen, so cases must be written fresh)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SHINGLE = 12  # characters shared with a seed that count as a copy


def shingles(text: str, n: int = SHINGLE) -> set[str]:
    return {text[i:i + n] for i in range(len(text) - n + 1)}


@lru_cache(maxsize=1)
def seed_shingles() -> frozenset[str]:
    files = sorted(p for p in SEEDS.rglob("*") if p.is_file())
    assert files, f"no seed files under {SEEDS}"
    found: set[str] = set()
    for path in files:
        found |= shingles(path.read_text(encoding="utf-8", errors="replace"))
    return frozenset(found)


def copied_from_seeds(cases: list[dict]) -> list[tuple[str, list[str]]]:
    """(case id, a few shared strings) for every case that shares a 12-character run with a seed."""
    copied = []
    for case in cases:
        shared = shingles(case["text"]) & seed_shingles()
        if shared:
            copied.append((case.get("id", case["text"][:20]), sorted(shared)[:3]))
    return copied
