"""The indexed cue lookups of tables.py (`_WordIndex`: a table's words by their first two
characters) answer what a pass over every word of the table answers.

`_longest_cue`, `_head_cue` and `_skip_words_in` are compared with their plain definitions, kept here, on every
header, label and caption the table stage looks up in the seeds, the field development set
and the probe articles kept in the repository (the field set holds no table), on every line of
those articles, and on text hypothesis writes from pieces of the cue words
themselves (overlapping cues, a cue twice, cues split by other characters). `_figure`, kept
per cell and unit, gives what it finds afresh."""
from __future__ import annotations

import functools

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import tables
from pipeline.article import extract_from_text
from pipeline.measures import MONEY_WORDS, PERCENT_WORDS, RATE_AFTER_OF

from .conftest import ROOT, SEED_AND_FIELD_ARTICLES

# The field set holds no table: the probe articles kept in the repository hold many.
PROBE_ARTICLES = sorted((ROOT / "evaluation" / "probes").glob("*/articles/*.txt"))

_SKIPS = {w: None for w in tables._SKIP}
TABLES = {"money": MONEY_WORDS, "percent": PERCENT_WORDS, "rate_after": RATE_AFTER_OF,
          "naming": tables._MONEY_NAMING, "generic": tables._MONEY_GENERIC}


def _longest_by_definition(name, words):
    best = None
    for word, meaning in words.items():
        if word in name and (best is None or len(word) > len(best[0])):
            best = (word, meaning)
    return best


def _head_by_definition(name, words):
    best = None
    for word, meaning in words.items():
        at = name.rfind(word)
        if at >= 0 and (best is None or (at + len(word), len(word)) > (best[0], len(best[1][0]))):
            best = (at + len(word), (word, meaning))
    return best[1] if best is not None else None


def _agree(name: str) -> None:
    for label, words in TABLES.items():
        assert tables._longest_cue(name, words) == _longest_by_definition(name, words), (label, name)
        assert tables._head_cue(name, words) == _head_by_definition(name, words), (label, name)
    assert tables._skip_words_in(name) == [w for w in dict.fromkeys(tables._SKIP) if w in name], name


def _texts():
    return [p.read_text(encoding="utf-8", errors="replace") for p in SEED_AND_FIELD_ARTICLES + PROBE_ARTICLES]


def test_every_table_is_indexed():
    for words in TABLES.values():
        assert tables._candidates("", words) is not words.items() or not words


@functools.cache
def _asked() -> tuple[set[str], set[tuple[str, str]]]:
    """The names the cue lookups and the (cell, unit) pairs `_figure` are asked about in one run
    of the pipeline over the articles (the cache of `_figure` filled and reused on the way)."""
    names: set[str] = set()
    cells: set[tuple[str, str]] = set()
    plain = {fn: getattr(tables, fn) for fn in ("_longest_cue", "_head_cue", "_figure")}

    def looked_up(fn):
        def spy(name, words):
            names.add(name)
            return plain[fn](name, words)
        return spy

    def figure(cell, unit):
        cells.add((cell, unit))
        return plain["_figure"](cell, unit)
    try:
        tables._longest_cue, tables._head_cue = looked_up("_longest_cue"), looked_up("_head_cue")
        tables._figure = figure
        for text in _texts():
            extract_from_text(text)
    finally:
        for fn, f in plain.items():
            setattr(tables, fn, f)
    return names, cells


def test_the_names_the_tables_stage_looks_up():
    names, _ = _asked()
    assert names
    for name in names:
        _agree(name)


def test_a_kept_figure_is_the_one_found_again():
    # `_figure` is kept per (cell, unit): what it gives, after a whole run has filled and reused
    # the cache, is what find_numbers gives for the cell now
    _, cells = _asked()
    assert len(cells) > 100
    for cell, unit in sorted(cells):
        assert tables._figure(cell, unit) == tables._figure.__wrapped__(cell, unit), (cell, unit)


def test_every_line_of_the_articles():
    # prose lines of the seeds and the field set (long names, many cues); the probes' table lines
    for text in [p.read_text(encoding="utf-8", errors="replace") for p in SEED_AND_FIELD_ARTICLES]:
        for line in text.splitlines():
            _agree(line)
    for text in _texts()[len(SEED_AND_FIELD_ARTICLES):]:
        for line in text.splitlines():
            if "|" in line or "\t" in line:
                _agree(line)


_PIECES = sorted({w for words in (*TABLES.values(), _SKIPS) for w in words})
_SHARDS = sorted({w[i:j] for w in _PIECES[::7] for i in range(len(w)) for j in range(i + 1, len(w) + 1)})


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.sampled_from(_SHARDS), st.text(max_size=2)),
                max_size=8).map("".join))
def test_written_names(name):
    _agree(name)


def test_a_table_made_on_the_fly_is_read_whole():
    words = {w: MONEY_WORDS[w] for w in ("贷款", "贴息")}
    assert tables._candidates("贷款贴息", words) == words.items()
    assert tables._head_cue("流动资金贷款贴息", words)[0] == "贴息"
