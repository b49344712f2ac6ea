"""Scans of the zone index rewritten for speed (issue: speed per core) find what the patterns
they replace find: `_stem_list_spans` the matches of `_STEM_LIST`, and the frame clause read by
a possessive run and lookbehinds (`_FRAME_CLAUSE`) what its every-ending-after-every-length form
matched, on the seeds, the field development set and random texts of the characters that matter."""
from __future__ import annotations

import random
import re

from pipeline import zones as zones_module
from pipeline.article import parse_date
from pipeline.clean import clean_text

from .conftest import SEED_AND_FIELD_ARTICLES


def _texts() -> list[str]:
    return [clean_text(p.read_text(encoding="utf-8", errors="replace"), published_date=parse_date(None)).text
            for p in SEED_AND_FIELD_ARTICLES]


def _random_texts(alphabet: list[str], count: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_stem_list_spans_are_the_pattern_matches():
    alphabet = ["甲", "乙", "丙", "甲", "乙", "、", "、", "、", "，", "a", "1", " ", "\n", "〇", "\u9fff", "\u4e00", "\u3400"]
    texts = _texts() + _random_texts(alphabet, 20000, 40, seed=3)
    matched = 0
    for text in texts:
        expected = [m.span() for m in zones_module._STEM_LIST.finditer(text)]
        assert zones_module._stem_list_spans(text) == expected, text
        matched += bool(expected)
    assert matched > 100  # the random texts hold lists, not only misses


def _frame_clause_by_definition() -> str:
    """The frame clause as first written: a run of each length, then each ending, then the comma."""
    z = zones_module
    return (f"(?:{z._NOT_CLAUSE_END}{{0,{z._FRAME_PREFIX_MAX}}}(?:"
            + "|".join(map(re.escape, sorted(z._FRAME_CLAUSE_ENDINGS, key=len, reverse=True))) + ")"
            + f"|{z._NOT_CLAUSE_END}{{0,{z._SOURCE_FRAME_PREFIX_MAX}}}(?:"
            + "|".join(map(re.escape, sorted(z._SOURCE_FRAME_ENDINGS, key=len, reverse=True))) + "))[,，]")


def test_frame_clause_matches_as_its_definition():
    z = zones_module
    assert z._FRAME_CLAUSE in z._SUBJECT_OR_SIDE_OPENING.pattern
    by_definition = re.compile(z._SUBJECT_OR_SIDE_OPENING.pattern.replace(z._FRAME_CLAUSE, _frame_clause_by_definition()))
    alphabet = list(z._FRAME_CLAUSE_ENDINGS) + list(z._SOURCE_FRAME_ENDINGS) + list(z._TOPIC_STEM_BEFORE) \
        + list(z._PLACE_SIDE_WORDS) + ["，", ",", "。", "\n", "！", "常州", "佛", "甲", "乙", "丙", "丁", "“", "a"] * 3
    texts = _texts() + _random_texts(alphabet, 20000, 30, seed=7)
    matched = 0
    for text in texts:
        lined = "\n" + text
        expected = [m.regs for m in by_definition.finditer(lined)]
        assert [m.regs for m in z._SUBJECT_OR_SIDE_OPENING.finditer(lined)] == expected, text
        matched += any(m[4] != (-1, -1) or m[7] != (-1, -1) for m in expected)  # a frame's stem found
    assert matched > 100


def test_bullet_lines_found_from_a_line_end_are_those_a_line_start_anchor_finds():
    # the anchored form, ^ under MULTILINE, tried at every character; the scan starts from "\n"
    import regex
    anchored = regex.compile(r"^[^\S\n]*\p{S}{1,2}(?=[^\s\p{S}])", regex.MULTILINE)
    alphabet = ["\n", "\n", "\r", "\r\n", "\u2028", "\x85", "\x0b", " ", "\u3000", "\t", "■", "●", "◆", "+", "a", "区", "，"]
    texts = _texts() + _random_texts(alphabet, 20000, 12, seed=5)
    found = 0
    for text in texts:
        expected = [m.start() for m in anchored.finditer(text)]
        assert [m.start() for m in zones_module._BULLET_LINE.finditer("\n" + text)] == expected, repr(text)
        found += bool(expected)
    assert found > 100
