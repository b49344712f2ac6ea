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
