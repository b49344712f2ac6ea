"""Speed round 5 (issue 10): the cheaper forms of the decoding tests decide exactly as the
definitions they replace, on every input of seeds/ and ../shared/dev, on those texts written in
the other codecs an archive holds (read back with the wrong one too), and on hand-made bytes."""
from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path

from hypothesis import given, settings, strategies as st

from pipeline import ingest
from pipeline.ingest import decode_input, discover_inputs

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "dev" / "articles"


@lru_cache(maxsize=1)
def corpus_raws() -> tuple[bytes, ...]:
    """The bytes of every input of seeds/ and the field development set (when it is there)."""
    sources = [ROOT / "seeds"] + ([DEV] if DEV.is_dir() else [])
    raws = tuple(item.raw for item in discover_inputs([str(s) for s in sources]) if item.raw)
    assert len(raws) > 20
    return raws


@lru_cache(maxsize=1)
def corpus_texts() -> tuple[str, ...]:
    sources = [ROOT / "seeds"] + ([DEV] if DEV.is_dir() else [])
    texts = tuple(d.text for d in map(decode_input, discover_inputs([str(s) for s in sources])) if d.text)
    assert len(texts) > 20
    return texts


def written_in_other_codecs(text: str) -> list[bytes]:
    """`text` as a GB18030 and a Big5 archive would hold it (characters Big5 lacks replaced)."""
    return [text.encode("gb18030"), text.encode("big5hkscs", errors="replace")]


def misread(raw: bytes) -> list[str]:
    """`raw` read with each codec the decoder tries, as far as each can."""
    return [raw.decode(codec, errors="replace") for codec in ("utf-8", "gb18030", "big5hkscs", "utf-16-le")]


def damaged(raw: bytes, rnd: random.Random, n: int) -> bytes:
    """`raw` with `n` bytes overwritten by bytes that cannot stand there in UTF-8."""
    out = bytearray(raw)
    for _ in range(n):
        out[rnd.randrange(len(out))] = rnd.choice((0x80, 0xBF, 0xC0, 0xFF, 0xE4))
    return bytes(out)


# --------------------------------------------------------------------------- text_plausibility

def plausibility_by_definition(text: str) -> float:
    """The mean `_char_score` of the first PLAUSIBILITY_SAMPLE_CHARS non-space characters."""
    common = ingest.common_cjk_chars()
    scores = [ingest._char_score(c, common) for c in text if not c.isspace()][:ingest.PLAUSIBILITY_SAMPLE_CHARS]
    return sum(scores) / len(scores) if scores else 0.0


def test_every_space_lies_below_the_last_one_the_score_table_marks():
    spaces = [code for code in range(0x110000) if chr(code).isspace()]
    assert max(spaces) <= ingest._LAST_SPACE
    table = ingest._score_table()
    assert [code for code in range(0x110000) if table[code] == ingest._NOT_SCORED] == spaces


def test_plausibility_of_the_corpus_and_its_misreadings_is_the_definitions():
    for text in corpus_texts():
        for candidate in [text, *(s for raw in written_in_other_codecs(text) for s in misread(raw))]:
            assert ingest.text_plausibility(candidate) == plausibility_by_definition(candidate)


def test_plausibility_of_texts_longer_than_the_sample_scores_its_first_characters_only():
    joined = "\n\n".join(corpus_texts())
    assert len(joined.replace(" ", "")) > ingest.PLAUSIBILITY_SAMPLE_CHARS
    rnd = random.Random(3)
    for _ in range(20):
        start = rnd.randrange(len(joined) // 2)
        piece = joined[start:start + ingest.PLAUSIBILITY_SAMPLE_CHARS + rnd.randrange(2000)]
        for candidate in (piece, " \u3000\n" * 50 + piece, piece.replace("，", " ア ")):
            assert ingest.text_plausibility(candidate) == plausibility_by_definition(candidate)


def test_plausibility_cut_exactly_at_the_sample_and_around_spaces():
    n = ingest.PLAUSIBILITY_SAMPLE_CHARS
    for text in ("中" * n, "中" * n + "ア", "中" * (n - 1) + " " * 30 + "ア" + "中", " " * (n + 5),
                 "ア" * (n - 1) + "\u3000中\u3000" + "ア" * 9, "", "\u2029\x1c\x85"):
        assert ingest.text_plausibility(text) == plausibility_by_definition(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["中华", "國區", " ", "\u3000", "\n", "ｱ", "가", "\x00", "\ufffd", "é", "\U00020000", "a"]),
                max_size=60), st.integers(1, 12))
def test_plausibility_with_a_small_sample_is_the_definitions(pieces, sample):
    text = "".join(pieces)
    original = ingest.PLAUSIBILITY_SAMPLE_CHARS
    ingest.PLAUSIBILITY_SAMPLE_CHARS = sample
    try:
        assert ingest.text_plausibility(text) == plausibility_by_definition(text)
    finally:
        ingest.PLAUSIBILITY_SAMPLE_CHARS = original


# --------------------------------------------------------------------------- damaged UTF-8

def test_damage_of_the_corpus_in_every_codec_is_judged_as_by_definition():
    rnd = random.Random(11)
    for raw in corpus_raws():
        text = raw.decode("utf-8", errors="replace")
        for candidate in [raw, *written_in_other_codecs(text), damaged(raw, rnd, 1), damaged(raw, rnd, 40),
                          raw[:-1], raw[:len(raw) // ingest.DAMAGE_HEAD_SHARE + 1]]:
            assert ingest._is_damaged_utf8(candidate) == ingest._is_damaged_utf8_by_definition(candidate)


def test_damage_only_after_the_head_or_right_at_its_end_is_judged_as_by_definition():
    text = "企业复工复产，减免租金三个月。".encode("utf-8")
    gb = "企业复工复产，减免租金三个月。".encode("gb18030")
    for head, tail in ((text * 40, gb * 3), (text * 40, gb * 30), (gb * 2, text * 200), (b"a" * 500, gb)):
        for cut in range(0, 8):
            raw = head[:len(head) - cut] + tail
            assert ingest._is_damaged_utf8(raw) == ingest._is_damaged_utf8_by_definition(raw), (len(head), cut)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([b"\xe4\xb8\xad", b"\xd6\xd0", b"\xe4\xb8", b"\x80", b"a", b"\xef\xbf\xbd",
                                 b"\xf0\x9f\x98\x80", b"\xc2"]), max_size=200))
def test_damage_of_mixed_bytes_is_judged_as_by_definition(pieces):
    raw = b"".join(pieces)
    assert ingest._is_damaged_utf8(raw) == ingest._is_damaged_utf8_by_definition(raw)
