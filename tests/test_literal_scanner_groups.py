"""A literal scanner whose words have many first characters tries them in groups behind
lookaheads (`lexicon._grouped_firsts`): it finds what the plain prefix tree of its words
finds, the definition, for every word list the pipeline scans for.

The word lists are those of every scanner built once the stages have run over the seeds (some
are built on first use); the texts are the seeds and the field development set, raw, and
written runs of the words themselves, cut short and run together, where a wrong group or a
missed first character would show."""
from __future__ import annotations

import random
import re

import pytest

from pipeline import lexicon

from .conftest import SEED_AND_FIELD_ARTICLES


@pytest.fixture(scope="module")
def word_lists() -> list[tuple[str, ...]]:
    from pipeline.article import extract_from_text

    for path in SEED_AND_FIELD_ARTICLES[:5]:  # scanners built on first use are built by then
        extract_from_text(path.read_text(encoding="utf-8", errors="replace"))
    return sorted(lexicon._SCANNERS.keys())


def _written(words: tuple[str, ...], seed: int) -> list[str]:
    rng = random.Random(seed)
    ordered = sorted(words)
    runs = "".join(rng.choice(ordered)[: rng.randint(1, 5)] + rng.choice(["", "", "的", "，", "\n"]) for _ in range(600))
    return [runs, "".join(ordered), "".join(reversed(ordered))]


def _found(m) -> tuple | None:
    return None if m is None else (m.span(), m.group())


def test_some_scanned_lists_are_grouped_and_others_are_not(word_lists):
    # The comparison below means something only while both shapes are built.
    shapes = {lexicon._trie_pattern(set(words)).startswith("(?=") for words in word_lists}
    assert shapes == {True, False}
    assert len(word_lists) > 50


def test_every_scanner_finds_what_the_plain_prefix_tree_finds(word_lists):
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in SEED_AND_FIELD_ARTICLES]
    for n, words in enumerate(word_lists):
        scanner = lexicon.literal_scanner(words)
        definition = re.compile(lexicon._branch(lexicon._prefix_tree(set(words))))
        grouped = scanner.pattern != definition.pattern
        for text in texts + _written(words, n):
            assert [_found(m) for m in scanner.finditer(text)] == [_found(m) for m in definition.finditer(text)], words[:3]
            if not grouped:
                continue
            for pos in range(len(text) + 1):  # as the stages call it: from a position, up to an end
                end = min(len(text), pos + 12)
                assert _found(scanner.match(text, pos)) == _found(definition.match(text, pos)), (words[:3], pos)
                assert _found(scanner.search(text, pos, end)) == _found(definition.search(text, pos, end)), (words[:3], pos)
