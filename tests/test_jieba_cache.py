"""jieba's dictionary loaded from `pipeline.jieba_cache` is the dictionary jieba loads itself,
and stays so when words are added or removed at run time (add_word, load_userdict, del_word).

Each case runs in a fresh Python process whose temporary directory (where jieba and
jieba_cache keep their caches) is the test's own, and compares the pipeline's jieba with a
`jieba.Tokenizer` that jieba initialises itself from the same directory."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Runs in the child: the pipeline's jieba (`clean.jieba_segmenter`) beside a reference
# tokenizer jieba loads itself, both given the same words at run time; prints what it saw.
PROBE = textwrap.dedent('''
    import json, logging, os, sys
    import jieba
    from pipeline import clean, jieba_cache, zones
    jieba.setLogLevel(logging.WARNING)
    steps = json.loads(sys.argv[1])
    ref = jieba.Tokenizer()

    def apply(tokenizer, step):
        kind, *args = step
        if kind == "add_word":
            tokenizer.add_word(*args)
        elif kind == "del_word":
            tokenizer.del_word(*args)
        elif kind == "load_userdict":
            tokenizer.load_userdict(*args)

    def crosses(tokenizer, left, right):
        """clean._word_crosses by its definition: the tokenizer run on the junction."""
        a, b = left[-4:], right[:4]
        if not a or not b or not clean._HAN.match(a[-1]) or not clean._HAN.match(b[0]):
            return False
        pos = 0
        for token in tokenizer.cut(a + b, HMM=False):
            if pos < len(a) < pos + len(token) and len(token) >= 2:
                return True
            pos += len(token)
        return False

    def alone(tokenizer, text, start, end):
        """zones._stands_alone by its definition: the tokenizer cuts at both ends."""
        lo, hi = max(0, start - 4), min(len(text), end + 4)
        cuts, pos = {lo}, lo
        for token in tokenizer.cut(text[lo:hi], HMM=False):
            pos += len(token)
            cuts.add(pos)
        return start in cuts and end in cuts

    for step in steps["before"]:
        apply(jieba.dt, step)
    source = jieba_cache.jieba_source(jieba.dt)
    fast = not jieba.dt.initialized and source is not None and \\
        jieba_cache._read(jieba_cache.fast_cache_path(jieba.dt), source) is not None
    seg = clean.jieba_segmenter()
    packaged = jieba_cache._packaged_dictionary()
    fast_tags = packaged is not None and jieba_cache._read_tags(jieba_cache.fast_tags_path(), packaged) is not None
    tags = zones._tag_table()
    from jieba import posseg
    for step in steps["before"] + steps["after"]:
        apply(ref, step)
    for step in steps["after"]:
        apply(seg.dt, step)
    ref.check_initialized()
    texts = steps["texts"]
    print(json.dumps({
        "fast": fast,
        "same_dictionary": seg.dt.FREQ == ref.FREQ and list(seg.dt.FREQ) == list(ref.FREQ),
        "same_total": seg.dt.total == ref.total,
        "n_words": len(seg.dt.FREQ),
        "fast_tags": fast_tags,
        "same_tags": tags == posseg.dt.word_tag_tab and len(tags) > 300000,
        "same_cuts": [seg.lcut(t, HMM=False) == ref.lcut(t, HMM=False) for t in texts],
        "crossings": [clean._word_crosses(t[:k], t[k:]) for t in texts for k in range(1, len(t))],
        "crossings_by_jieba": [crosses(ref, t[:k], t[k:]) for t in texts for k in range(1, len(t))],
        "alone": [zones._stands_alone(t, i, i + 2) for t in texts for i in range(len(t) - 1)],
        "alone_by_jieba": [alone(ref, t, i, i + 2) for t in texts for i in range(len(t) - 1)],
    }))
''')

TEXTS = ["各项工作紧锣密鼓地推进", "申报认定为高新技术企业", "区块链高新园区建设", "开工复产", "测试词语甲乙丙"]


def probe(tmp: Path, before=(), after=(), texts=TEXTS) -> dict:
    env = {**os.environ, "TMPDIR": str(tmp)}
    done = subprocess.run([sys.executable, "-c", PROBE, json.dumps({"before": before, "after": after, "texts": texts})],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def assert_same_as_jieba(seen: dict) -> None:
    assert seen["same_dictionary"] and seen["same_total"]
    assert all(seen["same_cuts"])
    assert seen["n_words"] > 300000
    assert seen["same_tags"]  # zones' part-of-speech table is posseg's
    assert seen["crossings"] == seen["crossings_by_jieba"]
    assert seen["alone"] == seen["alone_by_jieba"]


@pytest.fixture(scope="module")
def tmp(tmp_path_factory) -> Path:
    """A temporary directory where jieba built its dictionary once (a first process: jieba
    builds it from dict.txt, writes its cache, and jieba_cache writes its own from it)."""
    path = tmp_path_factory.mktemp("jieba")
    seen = probe(path)
    assert not seen["fast"] and not seen["fast_tags"]
    assert_same_as_jieba(seen)
    return path


def test_the_fast_cache_gives_the_dictionary_jieba_loads(tmp):
    seen = probe(tmp)
    assert seen["fast"] and seen["fast_tags"]
    assert_same_as_jieba(seen)


def test_words_added_and_removed_after_loading_count_as_in_jieba(tmp):
    userdict = tmp / "userdict.txt"
    userdict.write_text("区块链高新园 8 n\n甲乙丙 20\n", encoding="utf-8")
    after = [["add_word", "紧锣密鼓地", 3000], ["add_word", "测试词语", None], ["del_word", "高新技术"],
             ["load_userdict", str(userdict)]]
    seen = probe(tmp, after=after)
    assert seen["fast"]
    assert_same_as_jieba(seen)
    assert seen["crossings"] == seen["crossings_by_jieba"]
    assert seen["alone"] == seen["alone_by_jieba"]


def test_words_added_before_loading_are_kept(tmp):
    seen = probe(tmp, before=[["add_word", "测试词语甲", 50000], ["del_word", "紧锣密鼓"]])
    assert not seen["fast"]  # jieba initialised itself for the word: nothing is replaced
    assert_same_as_jieba(seen)
    assert seen["crossings"] == seen["crossings_by_jieba"]
    assert seen["alone"] == seen["alone_by_jieba"]


def test_a_changed_or_damaged_source_is_not_trusted(tmp):
    cache = tmp / "jieba.cache"
    stat = cache.stat()
    os.utime(cache, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    seen = probe(tmp)
    assert not seen["fast"]  # written from the file as it was: jieba loads it again
    assert_same_as_jieba(seen)
    assert probe(tmp)["fast"]  # and the fast cache was written again from it
    import jieba
    fast = tmp / f"zone-measures-jieba-{jieba.__version__}.cache"
    fast.write_bytes(fast.read_bytes()[:1000])
    seen = probe(tmp)
    assert not seen["fast"]
    assert_same_as_jieba(seen)


def test_a_damaged_tag_table_is_read_from_jieba_again(tmp):
    import jieba
    fast = tmp / f"zone-measures-jieba-tags-{jieba.__version__}.cache"
    fast.write_bytes(fast.read_bytes()[:1000])
    seen = probe(tmp)
    assert not seen["fast_tags"]
    assert_same_as_jieba(seen)
    assert probe(tmp)["fast_tags"]  # written again from posseg's table
