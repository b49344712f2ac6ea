"""Speed round 4 (issue 10): the clean, zone and policy passes moved to cheaper forms decide
exactly as the definitions they replace, checked against those definitions on every input of
seeds/ and ../shared/dev (decoded, and cut into pieces) and on generated texts."""
from __future__ import annotations

import random
import re

import pytest
import regex

from pipeline import _regex_classes, clean, regex_classes
from tests.test_speed_clean import corpus_texts


# --- `regex` classes written out for the standard library's engine -------------------------------

EVERY = regex_classes._every_character()


@pytest.mark.parametrize("name", list(regex_classes.PROPERTIES))
def test_each_class_holds_what_the_regex_property_holds(name):
    """On every code point; whichever way the class came (written for this `regex`, or derived)."""
    written = re.compile(f"[{getattr(regex_classes, name)}]")
    assert written.findall(EVERY) == regex.findall(regex_classes.PROPERTIES[name], EVERY)


def test_the_written_classes_are_for_the_installed_regex():
    """The file is written for the `regex` installed here; under another release the classes
    are derived again at import (next test), so this names what to run rather than fail silently."""
    if _regex_classes.DERIVED_WITH_REGEX != regex.__version__:
        pytest.skip(f"pipeline/_regex_classes.py was written with regex {_regex_classes.DERIVED_WITH_REGEX}, "
                    f"this is {regex.__version__}: the classes are derived at import (python -m "
                    "pipeline.regex_classes writes the file again)")
    assert regex_classes._classes() == {name: getattr(_regex_classes, name) for name in regex_classes.PROPERTIES}


def test_classes_written_for_another_regex_are_derived_again(monkeypatch):
    """A class written by another release is not used: it may read Unicode otherwise."""
    monkeypatch.setattr(_regex_classes, "DERIVED_WITH_REGEX", "1999.1.1")
    monkeypatch.setattr(_regex_classes, "HAN", r"\u4e00-\u4e01")  # as if an old release had read it so
    classes = regex_classes._classes()
    assert classes == regex_classes.derived_classes()
    assert re.compile(f"[{classes['HAN']}]").findall(EVERY) == regex.findall(r"\p{Han}", EVERY)


# --- clean: the patterns moved to the standard library's engine ----------------------------------

# Characters on both sides of each class's edges beyond ASCII: a Han character outside the
# BMP, digits of other scripts (one outside the BMP), brackets and quotes of other scripts.
RARE = ["𠀀", "𰀀", "〇", "〆", "٣", "𝟎", "𑁦", "「", "」", "«", "»", "⁅", "⸂", "﹙", "⑩", "²", "Ⅻ"]


def _mixed(pieces: list[str], n: int, seed: int, longest: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, longest))) for _ in range(n)]


def test_romanisation_removed_as_the_pattern_removes_it_around_rare_characters():
    pieces = ["企業", "(", ")", "yè", "gòu", "ü", "?", "□", "(yè)", " ", "a"] + RARE
    for text in _mixed(pieces, 20000, 21, 16):
        assert clean.remove_romanisation(text) == clean._ROMANISATION.subn("", text), text


def test_inner_spaces_removed_as_the_pattern_removes_them_around_rare_characters():
    pieces = ["清远", " ", "\t", "  ", "187", "，", "“", "%", "x", "\n"] + RARE
    for text in _mixed(pieces, 20000, 22, 16):
        expected = clean._INNER_SPACE.sub("", text)
        assert clean.remove_inner_spaces(text) == (expected, len(text) - len(expected)), text


def test_missing_digit_markers_found_as_the_pattern_finds_them_around_rare_characters():
    pieces = ["万元", "亿元", "月日", "前月", "同比增长，", "3", "三", "x", "%", "率", "十"] + RARE
    for text in _mixed(pieces, 20000, 23, 16):
        assert clean.count_missing_digit_markers(text) == len(clean._MISSING_MARKERS.findall(text)), text


def test_furniture_dropped_by_the_text_s_test_as_line_by_line():
    from tests.test_speed_equivalence import _FURNITURE_PIECES, LINES
    texts = [clean.to_simplified(clean.normalise_width(t)) for t in corpus_texts()]
    lines = [ln for t in texts for ln in t.split("\n") if ln.strip()] + LINES
    lines += _mixed(_FURNITURE_PIECES, 5000, 26, 12) + ["本网站所载内容版权所有，转载请注明出处" * k for k in (1, 5, 12)]
    rnd = random.Random(26)
    texts += ["\n".join(rnd.sample(lines, 5)) for _ in range(3000)]
    dropped = 0
    for text in texts:
        for possible in (clean._free_matches_possible(text), {"drop_line": True, "drop_long_line": True}):
            is_dropped = clean._boilerplate_test(possible)
            for line in text.split("\n"):
                decided = clean.is_boilerplate(line, possible)
                assert is_dropped(line.strip()) == decided, line
                dropped += decided
    assert dropped > 1000


def test_lines_joined_by_the_standard_engine_as_by_the_regex_patterns():
    texts = [clean.to_simplified(clean.normalise_width(t)) for t in corpus_texts()]
    pairs = []
    for text in texts:
        lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
        pairs += zip(lines, lines[1:])
    pieces = ["本报讯", "本报北京电", "一是", "二、", "（三）", "(十)", "1.", "12、", "3.5", "4500", "个", "亿元", "万", "余", "家",
              "“", "《", "(", "，", "、", "。", "%", "a", "Z", "紧锣", "密鼓", "高", "新区", "甲" * 30] + RARE
    rnd = random.Random(35)
    pairs += [(a, b) for a, b in zip(_mixed(pieces, 30000, 35, 6), _mixed(pieces, 30000, 36, 6))]
    pairs += [(rnd.choice(RARE) + "完成", "3" + rnd.choice(RARE)) for _ in range(100)]
    joined = 0
    for line, following in pairs:
        expected = clean._should_join_by_definition(line, following)
        assert clean.should_join(line, following) == expected, (line, following)
        joined += expected
    assert joined > 5000


def test_bylines_cut_where_the_pattern_finds_them():
    pieces = ["全年完成。", "完成！", "“好”", "\"", "?", " ", "\t", "\u3000", "张三", "李四王", "记者站", "融媒体中心", "某某县",
              "甲", "。", "x"] + RARE
    lines = [ln.strip() for t in corpus_texts() for ln in t.split("\n") if ln.strip()] + _mixed(pieces, 30000, 42, 8)
    endings = ["。 张三 李四", "！ 王五", "” 赵六\t钱七 ", "。某某县融媒体中心", "。 某某报社 ", "? 甲乙", "。张三"]
    lines += [text + ending for text, ending in zip(_mixed(pieces, 5000, 43, 6), endings * 1000)]
    cut = 0
    for line in lines:
        m = clean._TRAILING_BYLINE.search(line)
        expected = line if m is None else line[:m.start()] + line[m.end():]
        assert clean.without_trailing_byline(line) == expected, line
        cut += expected != line
    assert cut > 1000


def test_no_s2t_entry_is_written_in_another_length():
    from tests.test_speed_clean import _dictionary_entries
    # What lets _simplified_only_count stop early: a run converts in its own length.
    assert not [(key, values) for key, values in _dictionary_entries("s2t") if any(len(v) != len(key) for v in values)]


def test_script_told_by_the_early_count_as_by_the_whole_conversion():
    from tests.test_speed_clean import _detect_script_by_definition
    s2t = clean._converter("s2t").convert
    rnd = random.Random(44)
    texts = []
    for text in corpus_texts()[:60]:
        lines = text.split("\n")
        traditional = [s2t(line) for line in lines]
        for share in (0.0, 0.02, 0.05, 0.1, 0.3, 0.6, 0.95, 1.0):  # lines left Simplified
            texts.append("\n".join(ln if rnd.random() < share else t for ln, t in zip(lines, traditional)))
    seen = set()
    for text in texts:
        simplified = clean.to_simplified(text)
        expected = _detect_script_by_definition(text, simplified)
        assert clean.detect_script(text, simplified) == expected
        seen.add(expected)
    assert seen == {"simplified", "traditional", "mixed"}


def test_lines_kept_and_joined_in_one_pass_as_step_by_step():
    from tests.test_speed_equivalence import LINES
    texts = [clean.to_simplified(clean.normalise_width(t)) for t in corpus_texts()]
    lines = [ln for t in texts for ln in t.split("\n") if ln.strip()] + LINES
    lines += ["全年完成。 张三 李四", "各项工作紧锣", "密鼓地推进", "申报认定为高", "新技术企业", "口罩4500", "个", "（括号未闭",
              "正文，", "。结尾", "某某县融媒体中心", "  ", "\t甲\t"]
    rnd = random.Random(27)
    cases = [[ln for ln in t.split("\n") if ln.strip()] for t in texts]
    cases += [rnd.sample(lines, rnd.randint(0, 12)) for _ in range(5000)]
    # the same texts as a printed page wraps them, 24 characters a line (clean.page_width)
    wrapped = [[ln[i:i + 24] for ln in case for i in range(0, len(ln), 24)] for case in cases[:len(texts)]]
    assert sum(clean.page_width(case) is not None for case in wrapped) >= 3
    cases += wrapped
    n_joined = 0
    for raw_lines in cases:
        for possible in ({"drop_line": True, "drop_long_line": True}, {"drop_line": True, "drop_long_line": False}):
            expected = clean._kept_and_joined_by_definition(raw_lines, possible)
            assert clean.kept_and_joined(raw_lines, possible) == expected, raw_lines
            n_joined += expected[1]
    assert n_joined > 1000


def test_dictionary_words_across_a_cut_as_by_every_fragment():
    from tests.test_speed_clean import random_pieces
    windows = random_pieces(30000, seed=33, longest=12) + ["紧锣密鼓", "高新区", "ab12", ""]
    spanned = 0
    for window in windows:
        for cut in range(len(window) + 1):
            expected = clean._dictionary_word_spans_by_definition(window, cut)
            assert clean.dictionary_word_spans(window, cut) == expected, (window, cut)
            spanned += expected
    assert spanned > 20000


def test_headlines_of_a_cleaned_text_as_line_by_line():
    found = 0
    for text in list(corpus_texts()) + _mixed(["标题行", "。", "，", " ", "\t", "\n", "\u3000", "甲" * 40, "x"] + RARE, 5000, 40, 12):
        lines = clean.clean_text(text).text.split("\n")
        assert all(line == line.strip() for line in lines)  # what the inline test relies on
        assert clean.headline_spans(lines) == clean._headline_spans_by_definition(lines)
        found += len(clean.headline_spans(lines))
    assert found > 500


# --- policies: names looked for only where a title's end can follow ------------------------------

def _passes_the_distance_test(starts: dict, start: int, ends: list[int], counts: list[int]) -> bool:
    from pipeline.policies import _any_between
    first, last = start + len(starts[start][-1]), start + len(starts[start][0])
    return _any_between(ends, first + 2, last + 30) or _any_between(counts, first + 3, last + 33)


def test_names_found_before_title_ends_as_everywhere_where_a_title_can_follow():
    from pipeline.document import literal_starts
    from pipeline.policies import _starts_before_title_ends
    rnd = random.Random(24)
    names = ["甲区", "乙市甲区", "丙县", "丁", "戊己庚辛壬癸高新区", "市甲区"]
    pieces = names + ["实施方案", "若干政策", "3条", "十条", "企", "业", "，", "《", "\n"]
    checked = 0
    for text in _mixed(pieces, 20000, 24, 30):
        chosen = rnd.sample(names, rnd.randint(1, len(names)))
        ends = sorted(i for e in ("实施方案", "若干政策") for i in range(len(text)) if text.startswith(e, i))
        counts = [i for i, ch in enumerate(text) if ch == "条" and i and text[i - 1] in "3十"]
        everywhere = literal_starts(text, chosen)
        near = _starts_before_title_ends(text, chosen, ends, counts)
        expected = {start: words for start, words in everywhere.items()
                    if _passes_the_distance_test(everywhere, start, ends, counts)}
        assert {start: near[start] for start in expected.keys() & near.keys()} == expected, text
        assert set(near) <= set(everywhere) and all(near[s] == everywhere[s] for s in near)
        checked += len(expected)
    assert checked > 5000


def _policy_texts() -> list[str]:
    texts = [clean.clean_text(t).text for t in corpus_texts()]
    pieces = ["《", "》", "关于", "实施方案", "若干措施", "暂行办法", "实施", "方案", "惠企", "10", "十二", "3", "条", "措施",
              "政策措施", "硬措施", "“", "”", "(", "（", ")", "以下简称", "简称", "即", "也就是", " ", "\n", "，", ":", "2020"] + RARE
    return texts + _mixed(pieces, 20000, 28, 20)


def test_title_end_words_found_by_one_scan_as_word_by_word():
    from pipeline.policies import _P, _title_end_starts, _title_end_starts_by_definition
    words = _P["unbracketed_title_suffixes"]
    # What makes one scan find every occurrence: no occurrence can start inside another.
    assert not [(a, b) for a in words for b in words for k in range(1, len(a))
                if b.startswith(a[k:]) or a[k:].startswith(b)]
    found = 0
    for text in _policy_texts():
        assert _title_end_starts(text) == _title_end_starts_by_definition(text), text
        found += len(_title_end_starts(text))
    assert found > 5000


def test_bracketed_titles_found_by_the_standard_library_as_by_regex():
    from pipeline.policies import _BRACKETED, _BRACKETED_STD
    for text in _policy_texts() + ["《" + "甲" * n + "》" for n in range(90)] + ["《甲\n乙》《丙丁》"]:
        assert [(m.span(), m.group("title")) for m in _BRACKETED_STD.finditer(text)] == \
            [(m.span(), m.group("title")) for m in _BRACKETED.finditer(text)], text


def test_packages_found_from_each_tiao_as_the_pattern_finds_them():
    from pipeline.policies import _PACKAGE, _package_matches
    rnd = random.Random(29)
    pieces = ["条", "1", "12", "2020", "十", "三十", "一二三四", "措施", "政策措施", "硬措施", "x", "第"] + RARE
    found = 0
    for text in _policy_texts() + _mixed(pieces, 20000, 29, 12):
        expected = [(m.start(), m.end(), m.group("count"), m.group("suffix")) for m in _PACKAGE.finditer(text)]
        assert _package_matches(text) == expected, text
        found += sum(count is not None for _, _, count, _ in expected)
    assert found > 1000


def test_han_runs_before_a_count_found_by_one_search_as_character_by_character():
    from pipeline.policies import _han_run_start, _han_run_start_by_definition
    pieces = ["出台", "推出", "的", "了", "惠企", "稳", "“", "”", "、", "政府", "管委会", "甲", "a", "1", " ", "\n"] + RARE
    rnd = random.Random(41)
    moved = 0
    for text in _mixed(pieces, 20000, 41, 10) + _policy_texts()[:200]:
        for _ in range(5):
            end = rnd.randint(0, len(text))
            for limit in (0, 1, 6, 12):
                for stop in (True, False):
                    expected = _han_run_start_by_definition(text, end, limit, stop)
                    assert _han_run_start(text, end, limit, stop) == expected, (text, end, limit, stop)
                    moved += expected != end
    assert moved > 20000


def test_spans_no_apposition_can_match_are_told_without_the_pattern():
    from pipeline.policies import _APPOSITION, _APPOSITION_CORE, _NOT_APPOSITION, _SHORT_NAME, _SHORT_NAME_OPENS
    rnd = random.Random(30)
    pieces = ["“", "”", "(", "（", ",", "，", "即", "也就是", "以下简称", "简称", "下称", " ", "\u3000", "\n", ":", "甲", "《"]
    spans = _mixed(pieces, 20000, 30, 6)
    for text in _policy_texts()[:300]:
        for _ in range(30):
            i = rnd.randrange(len(text) + 1)
            spans.append(text[i:i + rnd.randint(0, 8)])
    told, matched, opened = 0, 0, 0
    for span in spans:
        fits = _APPOSITION.fullmatch(span) is not None
        if _NOT_APPOSITION.search(span) is not None or _APPOSITION_CORE.search(span) is None:
            assert not fits, span
            told += 1
        matched += fits
        if _SHORT_NAME_OPENS.match(span) is None:
            assert _SHORT_NAME.match(span) is None, span
        else:
            opened += 1
    assert told > 5000 and matched > 500 and opened > 500


def test_titles_told_by_their_ends_as_the_pattern_tells_them():
    from pipeline.policies import _BRACKETED_STD, _QUOTES, _TITLE_COUNT, _TITLE_END, _count_value, _ends_as_a_title, _n_items_of
    titles = [m.group("title").strip(_QUOTES + " ") for t in _policy_texts() for m in _BRACKETED_STD.finditer(t)]
    titles += _mixed(["关于", "实施方案", "办法", "措施", "意见", "十条", "3条", "12条政策措施", "条", "政策", "x"] + RARE, 20000, 38, 6)
    ended = 0
    for title in titles:
        assert _ends_as_a_title(title) == (_TITLE_END.search(title) is not None), title
        m = _TITLE_COUNT.search(title)
        assert _n_items_of(title) == (None if m is None else _count_value(m.group("count")))
        ended += _ends_as_a_title(title)
    assert ended > 3000


# --- zones and gazetteer ---------------------------------------------------------------------------

def test_province_prefixes_stripped_as_by_trying_each_in_turn():
    from pipeline.gazetteer import (_PROVINCE_PREFIXES, _strip_province_prefix_by_definition, load_gazetteer,
                                    strip_province_prefix)
    assert not [(a, b) for a in _PROVINCE_PREFIXES for b in _PROVINCE_PREFIXES if a != b and b.startswith(a)]
    names = [p.name for p in load_gazetteer().places] + [p + q.name for p in _PROVINCE_PREFIXES
                                                         for q in load_gazetteer().places[:300]]
    names += _mixed(list(_PROVINCE_PREFIXES) + ["内", "蒙", "古", "黑", "龙", "江", "河", "北", "唐", "山", "市"], 20000, 25, 6)
    stripped = 0
    for name in names:
        assert strip_province_prefix(name) == _strip_province_prefix_by_definition(name), name
        stripped += strip_province_prefix(name) != name
    assert stripped > 5000


def _runs() -> list[str]:
    """Runs of Han characters written before zone suffixes in the corpus, and mixes of place
    names, stop words and level characters."""
    from pipeline.zones import _HAN_RUN_AT_END, _INNER_STOP_CHARS, _STOP_WORDS, suffix_matches
    runs = []
    for text in (clean.clean_text(t).text for t in corpus_texts()):
        for m, _, _ in suffix_matches(text):
            found = _HAN_RUN_AT_END.search(text[max(0, m.start() - 11):m.start()])
            runs.append(found.group() if found else "")
    pieces = list(_STOP_WORDS) + sorted(_INNER_STOP_CHARS) + ["区", "县", "市", "省", "黄埔", "广州", "松山湖", "东莞", "甲"]
    return runs + _mixed(pieces, 20000, 31, 6)


def test_han_runs_found_by_the_standard_engine_as_by_regex():
    from pipeline import policies, zones
    run_at_end = regex.compile(r"[\p{Han}]{1,10}\Z")  # zones._HAN_RUN_AT_END as written for `regex`
    han = regex.compile(r"\p{Han}")  # policies._HAN
    windows = _mixed(["高新", "区", "甲乙丙丁戊己庚辛壬癸", "a", " ", "，", "\n"] + RARE, 30000, 37, 6) + _runs()
    for window in windows:
        found, expected = zones._HAN_RUN_AT_END.search(window), run_at_end.search(window)
        assert (found and found.span()) == (expected and expected.span()), window
        for i in range(len(window)):
            assert (policies._HAN.match(window, i) is None) == (han.match(window, i) is None)


def test_candidate_names_start_where_each_would_pass_its_own_test():
    from pipeline.zones import _first_whole_name, _is_whole_name_by_definition
    for run in _runs():
        first = _first_whole_name(run)
        assert [i for i in range(len(run) - 1) if _is_whole_name_by_definition(run[i:])] == \
            list(range(first, len(run) - 1)), run


def test_the_last_stop_word_found_in_the_reversed_run_as_word_by_word():
    from pipeline.zones import _after_stop_word, _after_stop_word_by_definition
    cut = 0
    for run in _runs():
        for whole in (True, False):
            assert _after_stop_word(run, whole) == _after_stop_word_by_definition(run, whole), run
        cut += _after_stop_word(run, False)[1]
    assert cut > 5000


def test_company_names_looked_for_only_where_a_company_marker_is_written():
    from pipeline.zones import _COMPANY_AFTER, _COMPANY_MARKER, suffix_matches
    afters = [text[m.end():m.end() + 20] for text in (clean.clean_text(t).text for t in corpus_texts())
              for m, _, _ in suffix_matches(text)]
    afters += _mixed(["某某", "科技", "有限公司", "公司", "集团", "支行", "分行", "为", "区", "(", "a", "，", "有限"] + RARE, 20000, 39, 8)
    companies = 0
    for after in afters:
        if _COMPANY_MARKER.search(after) is None:
            assert _COMPANY_AFTER.match(after) is None, after
        companies += _COMPANY_AFTER.match(after) is not None
    assert companies > 1000


def test_headings_and_dates_tried_only_where_they_can_start():
    from pipeline.zones import _SUFFIX_HEADING, _SUFFIX_WORDS
    pieces = ["高新区", "开发区：", "园区", "新区 ", "：", " ", "甲", "2020年", "19", "20", "1月2日", "-", "."] + RARE
    for text in _mixed(pieces, 20000, 45, 6) + [ln for t in corpus_texts() for ln in t.split("\n")]:
        if not text.startswith(_SUFFIX_WORDS):
            assert _SUFFIX_HEADING.match(text) is None, text
        if "20" not in text and "19" not in text:
            assert clean._DATE.search(text) is None, text


def test_references_outside_mentions_as_mention_at_tells_them():
    from pipeline.zones import ArticleZones, ZoneMention, _references_outside_mentions, \
        _references_outside_mentions_by_definition, find_zones
    texts = [clean.clean_text(t).text for t in corpus_texts()]
    cases = [(find_zones(t), t) for t in texts]
    rnd = random.Random(46)
    for text in _mixed(["全市", "该区", "高新区", "我县", "本省", "开发区", "全国", "人大", "各", "甲", "，",
                        "江西", "江西省", "省级以上", "国家级", "全省"], 2400, 46, 12):
        az = ArticleZones(text)  # overlapping and nested mentions too
        spans = sorted((a, a + rnd.randint(1, 6)) for a in (rnd.randrange(len(text) + 1) for _ in range(rnd.randint(0, 8))))
        az.mentions = [ZoneMention(a, b, "k") for a, b in spans]
        az.freeze()
        cases.append((az, text))
    kept = 0
    for az, text in cases:
        expected = _references_outside_mentions_by_definition(az, text)
        assert _references_outside_mentions(az, text) == expected, text
        kept += len(expected)
    assert kept > 3000


def test_the_mention_at_a_place_as_by_the_loop_over_two():
    from pipeline.zones import ArticleZones, ZoneMention, _mention_at_by_definition, find_zones
    indexes = [find_zones(clean.clean_text(t).text) for t in corpus_texts()]
    rnd = random.Random(32)
    for _ in range(300):  # overlapping and nested mentions too
        az = ArticleZones("")
        spans = sorted((a, a + rnd.randint(1, 6)) for a in (rnd.randrange(40) for _ in range(rnd.randint(0, 8))))
        az.mentions = [ZoneMention(a, b, f"{a}-{b}") for a, b in spans]
        az.freeze()
        indexes.append(az)
    found = 0
    for az in indexes:
        for pos in range(-1, max((m.end for m in az.mentions), default=0) + 2):
            assert az.mention_at(pos) == _mention_at_by_definition(az, pos), (pos, az.mentions)
            found += az.mention_at(pos) is not None
    assert found > 4000
