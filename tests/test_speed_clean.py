"""Speed round 3 (issue 10): the cheaper forms of the clean and zone passes decide exactly as
the definitions they replace, checked against those definitions on every input of seeds/ and
../shared/dev (decoded, and cut into random pieces) and on generated texts."""
from __future__ import annotations

import json
import random
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path

import pytest

from pipeline import clean
from pipeline._opencc_chars import S2T_CHANGING, T2S_CHANGING
from pipeline.ingest import decode_input, discover_inputs

from tests.conftest import FIELD_DIRS

ROOT = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def corpus_texts() -> tuple[str, ...]:
    """Decoded texts of seeds/ and the field development set (or its stand-ins: tests/conftest.py)."""
    sources = [ROOT / "seeds", *FIELD_DIRS]
    texts = []
    for item in discover_inputs([str(s) for s in sources]):
        decoded = decode_input(item)
        if decoded.text:
            texts.append(decoded.text)
    assert len(texts) > 20
    return tuple(texts)


def random_pieces(n: int, seed: int = 7, longest: int = 12) -> list[str]:
    """`n` random slices of the corpus texts, 1 to `longest` characters long."""
    rnd = random.Random(seed)
    texts = corpus_texts()
    out = []
    for _ in range(n):
        text = rnd.choice(texts)
        start = rnd.randrange(len(text))
        out.append(text[start:start + rnd.randint(1, longest)])
    return out


# --- OpenCC: run only where a character it may change stands ------------------------------------

def _opencc_dir() -> Path:
    import opencc
    return Path(opencc.__file__).parent / "clib"


def _dictionary_files(config: str) -> list[str]:
    """The .ocd2 files a configuration reads (normalisation and conversion chain), in order."""
    spec = json.loads((_opencc_dir() / "share" / "opencc" / f"{config}.json").read_text(encoding="utf-8"))
    files: list[str] = []

    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "ocd2":
                files.append(node["file"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(spec.get("normalization", []))
    walk(spec["conversion_chain"])
    return files


@lru_cache(maxsize=None)
def _dictionary_entries(config: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(key, values) of every entry of `config`'s dictionaries, read from the installed OpenCC's
    files with its own dump tool."""
    tool = _opencc_dir() / "bin" / "opencc_dict"
    if not tool.exists():
        pytest.skip("the OpenCC package ships no opencc_dict tool here")
    entries = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in _dictionary_files(config):
            out = Path(tmp) / (name + ".txt")
            subprocess.run([str(tool), "-i", str(_opencc_dir() / "share" / "opencc" / name), "-o", str(out),
                            "-f", "ocd2", "-t", "text"], check=True, capture_output=True)
            for line in out.read_text(encoding="utf-8").splitlines():
                if line:
                    key, values = line.split("\t")
                    entries.append((key, tuple(values.split(" "))))
    return tuple(entries)


def opencc_changing_chars(config: str) -> set[str]:
    """Every character some dictionary entry of `config` writes differently (see _opencc_chars)."""
    changing: set[str] = set()
    for key, values in _dictionary_entries(config):
        for value in values:
            if value == key:
                continue
            if len(value) != len(key):
                changing.update(key)
            else:
                changing.update(k for k, v in zip(key, value) if k != v)
    return changing


@pytest.mark.parametrize("config, chars", [("t2s", T2S_CHANGING), ("s2t", S2T_CHANGING)])
def test_the_changing_characters_are_what_the_dictionaries_derive(config, chars):
    assert set(chars) == opencc_changing_chars(config)
    assert len(_dictionary_entries(config)) > 4000
    # No entry holds a newline: OpenCC converts each line of a text as it would on its own.
    assert not any("\n" in key for key, _ in _dictionary_entries(config))


@pytest.mark.parametrize("config, chars", [("t2s", T2S_CHANGING), ("s2t", S2T_CHANGING)])
def test_no_character_outside_the_set_is_changed_by_opencc(config, chars):
    convert = clean._converter(config).convert
    every = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    changing = set(chars)
    assert not [ch for ch in every if ch not in changing and convert(ch) != ch]
    # And a text of every character outside the set, in one piece, comes out unchanged.
    rest = "".join(ch for ch in every if ch not in changing)
    assert convert(rest) == rest


def _mixed_texts() -> list[str]:
    """Corpus texts as they are, in Traditional script, mixed line by line, and random pieces."""
    s2t = clean._converter("s2t").convert
    texts = list(corpus_texts())
    out = texts + [s2t(t) for t in texts[:40]]
    for t in texts[:40]:
        lines = t.split("\n")
        out.append("\n".join(s2t(ln) if i % 3 == 0 else ln for i, ln in enumerate(lines)))
    out += random_pieces(3000, seed=3, longest=40)
    return out


# to_simplified is this t2s conversion with the gazetteer's names it misses kept (clean_cases.jsonl).
@pytest.mark.parametrize("config", ["t2s", "s2t"])
def test_conversion_where_needed_is_opencc_on_every_text(config):
    whole = clean._converter(config).convert
    for text in _mixed_texts():
        assert clean.convert_where_needed(config, text) == whole(text)


def _detect_script_by_definition(text: str, simplified: str) -> str:
    """detect_script as it was: OpenCC s2t over the whole text."""
    import operator
    if text == simplified:
        return "simplified"
    n_traditional = sum(map(operator.ne, text, simplified))
    if n_traditional == 0:
        return "simplified"
    to_trad = clean._converter("s2t").convert(text)
    n_simplified_only = sum(map(operator.ne, text, to_trad))
    if n_simplified_only == 0 or n_simplified_only * 20 < n_traditional:
        return "traditional"
    if n_traditional * 20 < n_simplified_only:
        return "simplified"
    return "mixed"


def test_detect_script_as_by_its_definition():
    seen = set()
    for text in _mixed_texts():
        simplified = clean.to_simplified(text)
        expected = _detect_script_by_definition(text, simplified)
        assert clean.detect_script(text, simplified) == expected
        seen.add(expected)
    assert seen == {"simplified", "traditional", "mixed"}


def test_a_surrogate_still_reaches_opencc():
    with pytest.raises(UnicodeEncodeError):
        clean._converter("t2s").convert("甲\ud800乙")
    with pytest.raises(UnicodeEncodeError):
        clean.to_simplified("甲\ud800乙")


def write_opencc_chars(path: Path = ROOT / "pipeline" / "_opencc_chars.py") -> None:
    """Regenerate pipeline/_opencc_chars.py (python -m tests.test_speed_clean), keeping its docstring."""
    import unicodedata

    def literal(name: str, chars: set[str]) -> str:
        # A character NFC would rewrite (a compatibility ideograph) is escaped, so that no editor
        # normalising the file can change the set.
        written = ["\\U%08x" % ord(ch) if unicodedata.normalize("NFC", ch) != ch else ch for ch in sorted(chars)]
        rows = ["".join(written[i:i + 40]) for i in range(0, len(written), 40)]
        return f"{name} = (\n" + "".join(f'    "{row}"\n' for row in rows) + ")\n"
    source = path.read_text(encoding="utf-8")
    head = source[:source.index('"""', 3) + 3] + "\n\n"
    path.write_text(head + literal("T2S_CHANGING", opencc_changing_chars("t2s")) + "\n"
                    + literal("S2T_CHANGING", opencc_changing_chars("s2t")), encoding="utf-8")


if __name__ == "__main__":
    write_opencc_chars()


# --- line joining: jieba only where a dictionary word could span the junction --------------------

def _word_crosses_by_definition(left: str, right: str) -> bool:
    """clean._word_crosses as it was: jieba on every junction of two Han characters."""
    a, b = left[-4:], right[:4]
    if not a or not b or not clean._HAN.match(a[-1]) or not clean._HAN.match(b[0]):
        return False
    pos = 0
    for token in clean.jieba_segmenter().cut(a + b, HMM=False):
        if pos < len(a) < pos + len(token) and len(token) >= 2:
            return True
        pos += len(token)
    return False


def _junctions() -> list[tuple[str, str]]:
    """Every pair of consecutive lines of the corpus (simplified), and random cuts of its text."""
    pairs = []
    for text in corpus_texts():
        lines = [ln.strip() for ln in clean.to_simplified(text).split("\n") if ln.strip()]
        pairs += zip(lines, lines[1:])
    rnd = random.Random(11)
    for piece in random_pieces(20000, seed=5, longest=10):
        cut = rnd.randint(0, len(piece))
        pairs.append((piece[:cut], piece[cut:]))
    return pairs


def test_word_crossing_as_jieba_decides_it():
    pairs = _junctions()
    decided = [clean._word_crosses(a, b) for a, b in pairs]
    assert decided == [_word_crosses_by_definition(a, b) for a, b in pairs]
    assert 100 < sum(decided) < len(pairs) - 100  # both answers are given many times


@pytest.mark.parametrize("left, right, crosses", [
    ("各项工作紧锣", "密鼓地推进", True), ("申报认定为高", "新技术企业", True),
    ("全面完成任务。", "下一步", False), ("开工", "复产", False), ("abc", "def", False),
])
def test_word_crossing_cases(left, right, crosses):
    assert clean._word_crosses(left, right) == _word_crosses_by_definition(left, right) == crosses


# --- text passes: one scan where there were two, or a search per line --------------------------

def _without_doubled_marks_by_definition(text: str) -> str:
    for _ in range(2):
        text, n = clean._DOUBLED_PUNCT.compiled.subn(clean._kept_first_mark, text)
        if not n:
            break
    return text


def test_doubled_marks_removed_as_by_two_passes():
    marks = list(",，、。！？!?；;") + ["甲", "乙", "1", " "]
    rnd = random.Random(2)
    texts = list(corpus_texts()) + ["".join(rnd.choice(marks) for _ in range(rnd.randint(0, 12))) for _ in range(20000)]
    texts += [",,。", "，、,；", "甲,,乙、、丙,。", ",、,。"]
    for text in texts:
        assert clean.without_doubled_marks(text) == _without_doubled_marks_by_definition(text), text


def _find_published_date_by_definition(lines: list[str]):
    """The header's date (`clean._header_date`, the first finder of `find_published_date`) by its
    definition: the short lines on top and the marker lines, each searched in turn."""
    import datetime as dt
    candidates = [ln for ln in lines[:8] if len(ln.strip()) <= 90 or clean._dateline_date(ln)]
    candidates += [ln for ln in lines[:30] if clean._DATE_MARKER.search(ln)]
    for line in candidates:
        if clean._dateline_date(line):
            return clean._dateline_date(line)
        for m in clean._DATE.finditer(line):
            short_line = len(line.strip()) <= 40 or clean._DATE_MARKER.search(line)
            if not short_line:
                continue
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
    return None


def test_published_date_as_by_a_search_per_line():
    rnd = random.Random(4)
    cases = []
    for text in corpus_texts():
        lines = [ln for ln in text.split("\n") if ln.strip()]
        cases.append(lines)
        cases.append(lines[8:])  # headers gone: the marker lines decide
        cases.append([("x" * 100) + ln for ln in lines[:8]] + lines[8:])  # long header lines
    filler = ["正文内容很长" * 20, "来源：区政府网站 2020年4月3日", "发布时间：2020-13-45", "星期三",
              "第3版 2021年2月30日", "12:30", "2019年12月31日", "分类：要闻"]
    cases += [[rnd.choice(filler) for _ in range(rnd.randint(0, 40))] for _ in range(3000)]
    cases += [["甲\n发布时间：2020-04-03"], [], ["2020年4月3日\n"], ["题", "某某网2020年4月3日讯" + "正文" * 60]]
    for lines in cases:
        assert clean._header_date(lines) == _find_published_date_by_definition(lines)


def test_marker_lines_are_those_a_search_per_line_finds():
    for text in corpus_texts():
        lines = text.split("\n")[:30]
        assert clean._lines_with_marker(lines) == [ln for ln in lines if clean._DATE_MARKER.search(ln)]


def test_lines_keep_their_bylines_and_brackets_as_the_full_tests_decide():
    lines = [ln.strip() for t in corpus_texts() for ln in t.split("\n") if ln.strip()]
    lines += ["全年完成。 张三 李四", "任务完成。某某县融媒体中心", "任务完成。\t王五", "无标点的一行", "“引号未闭",
              "《条例》已发布", "（括号）内", "正文(甲", "x\u3000完成。 赵六"]
    for line in lines:
        m = clean._TRAILING_BYLINE.search(line)
        assert clean.without_trailing_byline(line) == (line if m is None else line[:m.start()] + line[m.end():])
        by_counts = any(line.count(o) % 2 if o == c else line.count(o) > line.count(c) for o, c in clean._OPENERS.items())
        assert clean._has_unclosed_bracket(line) == by_counts


def test_inner_spaces_removed_from_the_whole_text_as_line_by_line():
    for text in corpus_texts():
        lines = [ln.strip() for ln in clean.to_simplified(text).split("\n") if ln.strip()]
        by_line = [clean.remove_inner_spaces(ln) for ln in lines]
        whole, removed = clean.remove_inner_spaces("\n".join(lines))
        assert whole.split("\n") == [ln for ln, _ in by_line]
        assert removed == sum(n for _, n in by_line)


# --- policies: titles without 《》 looked for only where a title's end is close enough ------------

def test_unbracketed_titles_at_every_distance_from_their_name():
    from pipeline.policies import _unbracketed_by_pattern, _unbracketed_spans
    names = {"甲区", "乙市甲区", "丙县"}
    ends = ["实施方案", "若干政策", "十条措施", "3条", "12条政策措施", "条", "方案"]
    texts = []
    for n in range(0, 36):
        for end in ends:
            for name in ("甲区", "乙市甲区", "丙县"):
                texts.append(f"据悉，{name}{'企' * n}{end}，")
                texts.append(f"{name}{'业' * n}(试行){end}")
    for text in texts:
        assert _unbracketed_spans(text, names) == _unbracketed_by_pattern(text, names), text
    assert sum(bool(_unbracketed_spans(t, names)) for t in texts) > 100


def test_unbracketed_titles_in_the_corpus_as_one_pattern_finds_them():
    from pipeline.policies import _unbracketed_by_pattern, _unbracketed_spans
    from pipeline.zones import find_zones
    for text in corpus_texts():
        cleaned = clean.clean_text(text).text
        names = {a for z in find_zones(cleaned).zones.values() for a in z.aliases}
        assert _unbracketed_spans(cleaned, names) == _unbracketed_by_pattern(cleaned, names)


# --- zones: one pattern tree for zone suffixes, lead-ins found from the mentions -------------------

def _zone_texts() -> list[str]:
    texts = [clean.clean_text(t).text for t in corpus_texts()]
    rnd = random.Random(8)
    words = ["国家级", "国家", "省级", "高新区", "高新技术产业开发区", "经济技术开发区", "工业园区", "工业园", "产业园区",
             "自贸区", "新区", "开发区", "(滨江)", "天河区：", "【海珠区】", "\n", "甲", "市", "区", "，", "。", "杭州"]
    texts += ["".join(rnd.choice(words) for _ in range(rnd.randint(1, 30))) for _ in range(3000)]
    return texts


def test_zone_suffixes_found_as_by_the_pattern():
    from pipeline.zones import _SUFFIX_RE, suffix_matches
    n = 0
    for text in _zone_texts() + ["高新区(滨江新区)开发区", "国家级新区(两江)", "(高新区)工业园区(园区)",
                                 "工业园区(SIP)开发区(GDP)高新区(TEDA)新区(AB)园区(ABCDEFG)"]:
        fast = [((m.start(), m.end()), (m.start("suffix"), m.end("suffix")), suffix, alias)
                for m, suffix, alias in suffix_matches(text)]
        assert fast == [(m.span(), m.span("suffix"), m.group("suffix"), m.group("alias")) for m in _SUFFIX_RE.finditer(text)]
        n += sum(alias is not None for *_, alias in fast)
    assert n > 20


def _sections_by_line(az, text: str) -> list:
    """sections_from_lead_ins as it was: a lookup at the start of every line."""
    sections, line_start = [], 0
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        first = az._mentions_in(line_start, min(line_end, line_start + 20))
        if first and first[0].start - line_start <= 2 and (
                clean_lead_in().match(text, first[0].end) or _bullet_before_own_name(az, text, line_start, first)):
            sections.append((line_start, first[0].key))
        line_start = line_end + 1
    return sections


def clean_lead_in():
    from pipeline.zones import _LEAD_IN
    return _LEAD_IN


def _bullet_before_own_name(az, text: str, line_start: int, first: list) -> bool:
    from pipeline.zones import _bullet_before_own_name as own_name
    return own_name(az, text, line_start, first)


def test_lead_in_sections_as_by_a_lookup_per_line():
    from pipeline.zones import find_zones, sections_from_lead_ins
    n = 0
    for text in _zone_texts():
        az = find_zones(text)
        az.sections = []
        sections_from_lead_ins(az, text)
        assert az.sections == _sections_by_line(az, text)
        n += bool(az.sections)
    assert n > 50


# --- furniture: context-free patterns searched once per article ---------------------------------

def test_furniture_decided_as_line_by_line_when_the_article_is_searched_once():
    from tests.test_speed_equivalence import LINES, _FURNITURE_PIECES
    rnd = random.Random(9)
    texts = [clean.to_simplified(clean.normalise_width(t)) for t in corpus_texts()]
    lines = [ln for t in texts for ln in t.split("\n") if ln.strip()] + LINES
    lines += ["".join(rnd.choice(_FURNITURE_PIECES) for _ in range(rnd.randint(1, 12))) for _ in range(5000)]
    texts += ["\n".join(rnd.sample(lines, 5)) for _ in range(3000)]
    dropped = 0
    for text in texts:
        possible = clean._free_matches_possible(text)
        for line in text.split("\n"):
            decided = clean.is_boilerplate(line)
            assert clean.is_boilerplate(line, possible) == decided, line
            dropped += decided
    assert dropped > 500


@pytest.mark.parametrize("pattern, free", [
    ("数据仅供参考", True), ("(版权|转载).{0,20}(所有|声明)", True), (r"E-?mail[:：]\s*\d*", True),
    ("^图为", False), ("(摄|供图)$", False), (r"(?<=。)记者", False), (r"记者(?=站)", False), (r"\b记者", False),
    (r"(记)\1", False), ("[^图]为", False), (r"\m记者", False),
])
def test_context_free_patterns(pattern, free):
    assert clean._context_free(pattern) == free


# --- differing characters counted by numpy ---------------------------------------------------

def test_differing_characters_counted_as_by_the_iterator():
    import operator
    rnd = random.Random(12)
    texts = list(corpus_texts())
    pairs = [(t, clean._converter("t2s").convert(t)) for t in texts] + [(t, clean._converter("s2t").convert(t)) for t in texts]
    pairs += [("甲乙丙", "甲乙"), ("", "甲"), ("\U0001F600a", "\U0001F600b"), ("甲\ud800", "乙\ud800")]
    pairs += [(rnd.choice(texts)[:rnd.randint(0, 50)], rnd.choice(texts)[:rnd.randint(0, 50)]) for _ in range(2000)]
    for a, b in pairs:
        assert clean.count_differing(a, b) == sum(map(operator.ne, a, b))


def test_display_width_as_by_the_loop_over_characters():
    rnd = random.Random(13)
    lines = [ln for t in corpus_texts() for ln in t.split("\n")]
    lines += ["", "a", "\xff\u0100", "ＡＢ12，３", "甲\ud800b", "\U0001F600x", "\x00\x7f\x80\xa0"]
    lines += random_pieces(2000, seed=13, longest=80)
    lines += ["".join(chr(rnd.choice([rnd.randrange(0x20, 0x100), rnd.randrange(0x100, 0xD800),
                                      rnd.randrange(0xE000, 0x110000)])) for _ in range(rnd.randint(0, 30)))
              for _ in range(2000)]
    for line in lines:
        assert clean.display_width(line) == len(line) - 0.5 * sum(1 for ch in line if ch <= "\xff")


@pytest.mark.parametrize("text", ["甲区条件优越，乙市甲区工作方案", "甲区出台3条", "甲区出台十条", "甲区出台若干条",
                                  "甲区出台３条措施", "甲区条例", "乙市甲区支持企业十条措施", "甲区工作若干政策"])
def test_unbracketed_titles_with_and_without_a_count(text):
    from pipeline.policies import _unbracketed_by_pattern, _unbracketed_spans
    names = {"甲区", "乙市甲区"}
    assert _unbracketed_spans(text, names) == _unbracketed_by_pattern(text, names)


def _stands_alone_by_definition(text: str, start: int, end: int) -> bool:
    lo, hi = max(0, start - 4), min(len(text), end + 4)
    cuts, pos = {lo}, lo
    for token in clean.jieba_segmenter().cut(text[lo:hi], HMM=False):
        pos += len(token)
        cuts.add(pos)
    return start in cuts and end in cuts


def test_names_stand_alone_where_jieba_cuts_around_them():
    from pipeline.zones import _stands_alone
    rnd = random.Random(13)
    cases = []
    for text in corpus_texts():
        for i in range(0, len(text) - 2, 7):
            cases.append((text, i, i + rnd.randint(2, 3)))
    mixed = ["叶县", "贡献县域", "和县级", "召开县委会", "ab", "12", "\r\n", " ", "河南", "3D", "x", "。", "甲"]
    for _ in range(5000):
        text = "".join(rnd.choice(mixed) for _ in range(rnd.randint(1, 8)))
        if len(text) >= 2:
            start = rnd.randrange(len(text) - 1)
            cases.append((text, start, rnd.randint(start + 1, len(text))))
    decided = [_stands_alone(t, s, e) for t, s, e in cases]
    assert decided == [_stands_alone_by_definition(t, s, e) for t, s, e in cases]
    assert 100 < sum(decided) < len(decided) - 100


def test_name_tails_found_where_a_two_character_tail_of_a_name_stands():
    from pipeline.zones import _admin_name_end, _admin_name_tail, _admin_name_tails
    tails = _admin_name_tails()
    for text in _zone_texts():
        by_tail = [m.end() for m in _admin_name_tail().finditer(text)]
        assert by_tail == [m.end() for m in _admin_name_end().finditer(text) if text[m.end() - 2:m.end()] in tails]


# --- furniture: the date line matched with the anchored furniture patterns ------------------------

def test_furniture_with_the_date_line_as_the_two_tests_decide():
    from tests.test_speed_equivalence import LINES, _FURNITURE_PIECES
    rnd = random.Random(12)
    lines = [ln.strip() for t in corpus_texts() for ln in clean.to_simplified(t).split("\n") if ln.strip()]
    lines += [ln.strip() for ln in LINES]
    dates = ["2020-04-03", "2021年2月3日", " 2019/12/31 12:30 ", "2020.4.3 08:15:20", "2020年4月3日 第3版",
             "2020-04-03 张三", "20200-4-3", "２０２０年４月３日", "2020年4月3日\t星期五"]
    pieces = _FURNITURE_PIECES + dates
    lines += dates + ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 6))) for _ in range(5000)]
    found = 0
    for line in lines:
        for free in (True, False):
            expected = bool(clean._DATE_LINE.search(line) or clean._is_dropped("drop_line", line, free))
            assert clean._is_furniture(line, free) == expected, line
            found += expected
    assert found > 300


# --- missing digits: the pattern opening with its literals ---------------------------------------

def test_missing_digit_markers_as_the_pattern_finds_them():
    rnd = random.Random(13)
    texts = list(corpus_texts())
    pieces = ["万元", "亿元", "月日", "前月", "同比增长，", "同比增长。", "3", "三", "余", "上", "数", "\n", "全年",
              "投资", "亿", "万", "月", "日", "前", "同比增长", "x", "零", "十", "百", "两"]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30))) for _ in range(20000)]
    found = 0
    for text in texts:
        spans = [m.span() for m in clean._MISSING_MARKERS.finditer(text)]
        assert [m.span() for m in clean._MISSING_MARKERS_BY_LITERALS.finditer(text)] == spans, text
        assert clean.count_missing_digit_markers(text) == len(spans)
        found += len(spans)
    assert found > 5000


# --- letter-spaced digits: the pattern opening with its first characters -------------------------

def test_letter_spaced_digits_as_the_pattern_finds_them():
    rnd = random.Random(15)
    texts = list(corpus_texts())
    pieces = ["1", "2", "0", " ", " ", ".", ". ", "复工率", "万元", "%", "家", "a", "\n", "。", "9 6 . 4%"]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 20))) for _ in range(20000)]
    found = 0
    for text in texts:
        spans = [m.span() for m in clean._LETTER_SPACED_DIGITS.finditer(text)]
        assert [m.span() for m in clean._LETTER_SPACED_DIGITS_BY_FIRST.finditer(text)] == spans, text
        assert clean.join_letter_spaced_digits(text) == clean._joined_letter_spaced_digits_by_pattern(text), text
        found += len(spans)
    assert found > 5000


# --- decode: HTML defused by one scan, a Python call only for tokens that may change --------------

def test_html_defused_as_token_by_token():
    from pipeline.ingest import _defuse_html, _defuse_html_by_tokens
    rnd = random.Random(14)
    sources = [ROOT / "seeds", *FIELD_DIRS]
    pages = [p.read_text(encoding="utf-8", errors="replace") for s in sources for p in s.rglob("*.htm*")]
    pieces = ["<", ">", "<p>", "</div>", "<a href=\"x\">", "<a href='x>", "<img src=\"a\"/>", "<![CDATA[x]]>",
              "<!--", "-->", "<!doctype html>", "\"", "'", "文字", " ", "=", "<中 a=\"b\">", "<br/>", "a<b", "<![if x]>"]
    pages += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 25))) for _ in range(20000)]
    changed = 0
    for page in pages:
        defused = _defuse_html(page)
        assert defused == _defuse_html_by_tokens(page), page
        changed += defused != page
    assert changed > 5000


# --- romanisation: the pattern opening with its bracket -----------------------------------------

def test_romanisation_removed_as_the_pattern_removes_it():
    rnd = random.Random(17)
    texts = [clean.normalise_width(t) for t in corpus_texts()]
    pieces = ["企業", "(", ")", "yè", "gòu", "qi", "ü", "lǜ", "?", "？", "□", "�", "a", "(yè)", "(ab)", "业", " ", "((", "ḿ"]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 20))) for _ in range(20000)]
    removed = 0
    for text in texts:
        expected = clean._ROMANISATION.subn("", text)
        assert clean._ROMANISATION_BY_PAREN.subn("", text) == expected, text
        assert clean.remove_romanisation(text) == expected
        removed += expected[1]
    assert removed > 2000


# --- inner spaces: the pattern opening with its space ---------------------------------------------

def test_inner_spaces_found_as_the_pattern_finds_them():
    rnd = random.Random(18)
    texts = [clean.to_simplified(clean.normalise_width(t)) for t in corpus_texts()]
    pieces = ["清远", " ", "\t", "  ", "高新区", "187", "户", "，", "。", "“", "”", "a", "%", "（", "）", "\n", "《", "》",
              "：", "3", "x y", "企"]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 25))) for _ in range(20000)]
    removed = 0
    for text in texts:
        spans = [m.span() for m in clean._INNER_SPACE.finditer(text)]
        assert [m.span() for m in clean._inner_space_opening_with(clean._SPACE_OR_TAB).finditer(text)] == spans, text
        assert clean.remove_inner_spaces(text) == (clean._INNER_SPACE.sub("", text), sum(b - a for a, b in spans))
        removed += len(spans)
    assert removed > 5000


def test_the_standard_library_space_class_is_the_patterns_space():
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF)
    assert clean._SPACE_STD.findall(every) == clean._SPACE.findall(every)
    assert len(clean._SPACE.findall(every)) > 20
