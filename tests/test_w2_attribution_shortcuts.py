"""Shortcuts of the attribution index and the zone finder (session 31, worker 2) give what the
patterns and loops they stand in for give, at every position of the seeds, the field
development set and written texts."""
from __future__ import annotations

import pytest

from pipeline.attribution import (_ANSWER_OPENING, _EPIDEMIC_WORDS, _RANKING_AFTER, Attributor,
                                  _epidemic_later_in_clause, epidemic_positions, _province_stem_before, _ranking_word_after)
from pipeline.document import _find_respectively_word_by_word, find_respectively, positions_of
from pipeline.lexicon import alternation, compiled
from pipeline.zones import (_CLASS_OPENERS, _INFIXES_LONGEST_FIRST, _class_opener_among, _class_opener_before,
                            _city_stem_before_a_mark, _city_stems, _counted_before, _counted_before_with,
                            province_stems)

from .conftest import SEED_AND_FIELD_ARTICLES, cleaned_document

WRITTEN = [
    "受疫情影响，广西玉林市在全省率先复工，疫情期间居全市前列。\n疫情",
    "湖北全省范围内率先恢复，同类园区首批复工；疫情疫情。疫情，全市第一",
    "江苏南京疫情?武汉！疫情：长沙疫情",
    "上海封控外溢，西安封城；疫情封控静态管理",
    "疫情",
    "黑龙江复工，内蒙古",
    "",
    "在全市范围首个，在同类第一个，位列前列之首",
]
# What `_epidemic_later_in_clause` answers, by definition: an outbreak word later in the clause.
_EPIDEMIC_LATER_IN_CLAUSE = compiled(rf"[^，。；;：:!?！？\n]*(?:{alternation(_EPIDEMIC_WORDS)})")
TEXTS = [cleaned_document(path)[1].text for path in SEED_AND_FIELD_ARTICLES] + WRITTEN


def _province_stem_before_by_definition(text: str, pos: int) -> int:
    return next((k for k in (3, 2) if pos >= k and text[pos - k:pos] in province_stems()), 0)


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_place_lookarounds_are_their_patterns(text):
    epidemic_at = epidemic_positions(text)
    for pos in range(len(text) + 1):
        assert _epidemic_later_in_clause(text, epidemic_at, pos) == bool(_EPIDEMIC_LATER_IN_CLAUSE.match(text, pos)), pos
        assert _ranking_word_after(text, pos) == bool(_RANKING_AFTER.match(text, pos)), pos
        assert _province_stem_before(text, pos) == _province_stem_before_by_definition(text, pos), pos


@pytest.mark.parametrize("text", TEXTS + ["依次为分别依次是", "分别为依次为", "依次进入，依次是"], ids=range(len(TEXTS) + 3))
def test_respectively_found_by_one_scan_as_word_by_word(text):
    n = len(text)
    bounds = sorted({0, 1, 2, 3, n // 3, n // 2, n - 3, n - 2, n - 1, n, n + 2} | set(range(0, n + 1, max(1, n // 40))))
    for start in bounds + [-1, -3, -n - 1]:
        for end in bounds + [-1, -2, None]:
            expected = _find_respectively_word_by_word(text, start, n if end is None else end)
            assert find_respectively(text, start, end) == expected, (start, end)
    for start in range(n + 1):
        assert find_respectively(text, start) == _find_respectively_word_by_word(text, start, n), start


@pytest.mark.parametrize("text", TEXTS + ["两个国家级新区，各省级以上园区，该国家级高新区，国家开发区，省级及以上开发区"],
                         ids=range(len(TEXTS) + 1))
def test_counted_before_tries_ranks_only_where_one_can_end(text):
    for pos in range(len(text) + 1):
        assert _counted_before(text, pos) == _counted_before_with(text, pos, _INFIXES_LONGEST_FIRST), pos


@pytest.mark.parametrize("text", TEXTS + ["问：高新区复工如何？答：截至3月10日。\n【答】全区。回答：好；解答:是\n答复企业", "答", "答：截至3月"],
                         ids=range(len(TEXTS) + 3))
def test_answer_labels_found_where_their_characters_are_as_by_the_pattern(text):
    holder = Attributor.__new__(Attributor)
    holder.text = text
    lines = [0] + [i + 1 for i in positions_of(text, "\n")] + [len(text) + 1]
    spans = [(a, b - 1) for a, b in zip(lines, lines[1:])] + [(0, len(text))]
    spans += [(a, min(len(text), a + 9)) for a in range(0, len(text), 7)]
    for start, end in spans:
        assert holder._answer_labels_in((start, end)) == \
            [m.start() for m in _ANSWER_OPENING.finditer(text, start, end)], (start, end)


@pytest.mark.parametrize("text", TEXTS + ["各类开发区，东中西部高新区，中西部地区经开区；其他园区", "地区", "各类"],
                         ids=range(len(TEXTS) + 3))
def test_class_openers_tried_by_their_last_character_as_all_of_them(text):
    for pos in range(len(text) + 1):
        assert _class_opener_before(text, pos) == _class_opener_among(text, pos, _CLASS_OPENERS), pos


@pytest.mark.parametrize("text", TEXTS + ["黄冈、孝感、随州", "、黄冈、", "冈、", "、"], ids=range(len(TEXTS) + 4))
def test_city_stems_before_marks_tried_by_their_last_character_as_all_of_them(text):
    stems = _city_stems()
    marks = positions_of(text, "、")
    for i in marks:  # one mark at a time, and all of them
        assert _city_stem_before_a_mark(text, stems, i, i + 1) == any(text[i - k:i] in stems for k in (2, 3, 4)), i
    assert _city_stem_before_a_mark(text, stems) == any(text[i - k:i] in stems for i in marks for k in (2, 3, 4))


def _word_gates():
    """(words, scanner) of every gate that asks by one scan whether a text writes any of the words."""
    from pipeline import attribution, zones
    return [(zones._RES["ftz_context_words"], zones._FTZ_CONTEXT_SCAN),
            (zones._RES["founded_zone_verbs"], zones._FOUNDED_ZONE_VERB_SCAN),
            (zones._SPEAKER_TITLES, zones._SPEAKER_TITLE_SCAN),
            (zones._PERSON_WORDS, zones._PERSON_WORD_SCAN),
            (attribution._ADDRESS_WORDS, attribution._ADDRESS_WORD_SCAN)]


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_word_gates_by_one_scan_are_the_substring_tests(text):
    from pipeline.zones import _writes_any
    pieces = [text] + [text[a:a + 12] for a in range(0, len(text), 5)]
    for words, scanner in _word_gates():
        assert words, "an empty list: its scanner would match everywhere"
        for piece in pieces:
            assert _writes_any(scanner, piece) == any(w in piece for w in words), (words, piece)


def test_word_gates_find_each_of_their_words():
    from pipeline.zones import _writes_any
    for words, scanner in _word_gates():
        for word in words:
            for piece in (word, "企业" + word + "复工", word[:-1], word[1:]):
                assert _writes_any(scanner, piece) == any(w in piece for w in words), (word, piece)
