"""Shared fixtures: one build of seeds/ per test session (the integration tier)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import engine

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOLD = ROOT / "evaluation" / "gold"
# The texts the fast paths are compared with their definitions on: the seeds, and the field
# set's articles where ../shared lies beside the checkout. Where it does not (a clone elsewhere),
# three of our own probe sets stand in, as many articles as the field set has, so the corpus-wide
# equivalence tests still compare on varied text instead of failing for want of it.
FIELD_ARTICLES = ROOT.parent / "shared" / "dev" / "articles"
STAND_IN_ARTICLES = [ROOT / "evaluation" / "probes" / name / "articles" for name in ("EU", "FJ", "GP")]
FIELD_DIRS = [FIELD_ARTICLES] if FIELD_ARTICLES.is_dir() else STAND_IN_ARTICLES
SEED_AND_FIELD_ARTICLES = sorted(SEEDS.glob("*.txt")) + sorted(p for d in FIELD_DIRS for p in d.glob("*.txt"))


def cleaned_document(path: Path):
    """(CleanText, Document) of an article file, as the pipeline hands them to its stages."""
    from pipeline.clean import clean_text
    from pipeline.document import Document

    cleaned = clean_text(path.read_text(encoding="utf-8", errors="replace"))
    return cleaned, Document(cleaned.text, cleaned.headlines, cleaned.title_end)


def sentence_spans(geo, text: str) -> list[tuple[int, int]]:
    """Every sentence of `text` as `geo` (its Document) cuts it, in order."""
    found, at = [], 0
    while at < len(text):
        sentence = geo.sentence_of(at)
        found.append(sentence)
        at = max(sentence[1], at) + 1
    return found


def run_build(inputs: list[Path] | Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    paths = [str(p) for p in (inputs if isinstance(inputs, list) else [inputs])]
    return subprocess.run([sys.executable, "-m", "pipeline", "build", *paths, "--out", str(out), *extra],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seeds_build")
    result = run_build(SEEDS, out)
    assert result.returncode == 0, result.stderr
    return out


def processed_items(monkeypatch) -> list:
    """Every input the engine really processes from now on (in this process), in order."""
    processed: list = []
    original = engine.process_article

    def counted(item, **options):
        processed.append(item)
        return original(item, **options)

    monkeypatch.setattr(engine, "process_article", counted)
    return processed
