"""Speed round 5 (issue 10): the test `kept_and_joined` asks before looking for a trailing
byline lets through every line the byline search could change."""
from __future__ import annotations

from pipeline import clean

BYLINE_AFTER_SPACES = ["全年完成。{}张三{}李四", "全年完成。{}张三", "全年完成！{}某某县融媒体中心{}", "“好”{}王五"]


def test_every_space_of_the_byline_patterns_is_a_blank_or_not_printable():
    spaces = [chr(code) for code in range(0x110000) if clean._SPACE_STD.match(chr(code))]
    assert spaces and all(ch == " " or not ch.isprintable() for ch in spaces)


def test_bylines_after_any_space_are_removed_as_step_by_step():
    spaces = [chr(code) for code in range(0x110000) if clean._SPACE_STD.match(chr(code)) and chr(code) != "\n"]
    for space in spaces:
        lines = [template.format(space, space) for template in BYLINE_AFTER_SPACES] + ["正文" + space + "正文"]
        for possible in ({"drop_line": True, "drop_long_line": True}, {"drop_line": True, "drop_long_line": False}):
            expected = clean._kept_and_joined_by_definition(lines, possible)
            assert clean.kept_and_joined(lines, possible) == expected, repr(space)


# --- the anchored furniture patterns on the standard library's engine --------------------------

import re  # noqa: E402

import regex  # noqa: E402
import pytest  # noqa: E402

from pipeline.lexicon import stdlib_form  # noqa: E402

from .conftest import SEED_AND_FIELD_ARTICLES  # noqa: E402

# Characters the two engines read differently unless the classes are spelt out: an information
# separator (`re`'s \s, not `regex`'s), a digit newer than this Python's tables, Han beyond the
# common block; in lines some furniture pattern reads them in.
_GARAY_THREE = "\U00010d43"
WRITTEN_LINES = ["记者\x1c王小明", "记者 王小明", f"{_GARAY_THREE}020-03-04 09:15", "2020-03-04 09:15",
                 f"2020-03-0{_GARAY_THREE}", "𠀀𠀁 𠀂𠀃", "本报记者𠀀𠀁", "—\x1c12\x1c—", "— 12 —", "责任编辑\x1c：王",
                 "▲\x1c图为工人在车间作业", "（\x1c图片：某某摄）", "第\x1c3\x1c版", f"第{_GARAY_THREE}版",
                 "日期：\x1c2020", "文\x1c张三", "张三\x1c李四\x1c王五"]


def _lines_of_the_articles() -> list[str]:
    lines = {ln.strip() for path in SEED_AND_FIELD_ARTICLES
             for ln in path.read_text(encoding="utf-8", errors="replace").split("\n")}
    return sorted(lines | set(WRITTEN_LINES))


@pytest.mark.parametrize("possible", [{"drop_line": True, "drop_long_line": True},
                                      {"drop_line": True, "drop_long_line": False}])
def test_the_furniture_test_on_re_drops_the_lines_the_regex_patterns_drop(possible):
    dropped = clean._boilerplate_test(possible)
    assert isinstance(clean._on_stdlib(clean._furniture_tests(True)[0]), re.Pattern)  # the test is not idle
    different = [ln for ln in _lines_of_the_articles() if dropped(ln) != clean.is_boilerplate(ln, possible)]
    assert not different


def test_each_boilerplate_pattern_on_re_matches_where_its_regex_form_does():
    lines = _lines_of_the_articles()
    for kind in ("drop_line", "drop_long_line"):
        for pattern in clean._BOILERPLATE[kind]:
            twin = stdlib_form(pattern)
            if twin is None:
                continue
            definition = regex.compile(pattern)
            assert [ln for ln in lines if bool(twin.search(ln)) != bool(definition.search(ln))] == [], pattern


@pytest.mark.parametrize("pattern", [r"\w+", r"\bx", r"(?i)abc", r"[[:alpha:]]", r"\p{Ps}", r"[\s-x]", r"\P{Han}",
                                     r"(?>a)", r"[^\S]", "a\\"])
def test_stdlib_form_refuses_what_it_does_not_follow(pattern):
    assert stdlib_form(pattern) is None


@pytest.mark.parametrize("pattern, text", [(r"^\s*\d+$", "\x1c12"), (r"^\S+$", "a\x1cb"), (r"^[\p{Han}]+$", "𠀀𠀁"),
                                           (r"^\d$", _GARAY_THREE), (r"^[]a]+$", "]a]"), (r"^[^]a]+$", "bc"),
                                           (r"^[-\s]+$", "- \x1c"), (r"^\D\S$", "a1")])
def test_stdlib_form_reads_the_classes_as_regex_does(pattern, text):
    assert bool(stdlib_form(pattern).match(text)) == bool(regex.match(pattern, text))
