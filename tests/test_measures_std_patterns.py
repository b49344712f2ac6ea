"""The measures stage's patterns moved to the standard library's engine (`measures._on_re`)
find what their `regex` forms, the definitions, find.

Both forms are run at every position of the seeds and the field development set (raw, so
that spaces and markup cleaning would remove are read too) and of written texts holding the
characters the two engines read differently unless the classes are spelt out: digits of
scripts newer than this Python's Unicode tables, the information separators `re` counts as
spaces and `regex` does not, Han characters outside the common block."""
from __future__ import annotations


import pytest

from pipeline import measures as M

from .conftest import SEED_AND_FIELD_ARTICLES

ARTICLES = SEED_AND_FIELD_ARTICLES

# Characters `re` and `regex` read differently in \d and \s, and Han beyond the common block.
_GARAY_THREE = "\U00010d43"  # a decimal digit to `regex`, not to this Python's `re`
_WRITTEN = [
    f"截至3月{_GARAY_THREE}日，全区{_GARAY_THREE}2家企业复工",
    f"{_GARAY_THREE}0家外贸企业已复工，复工率达95%",
    "截至2020年3月底，复工企业６０００家，其中规上企业196家",
    "\x1c其中规上工业企业2563家、建筑业企业718家",
    "复工企业中，\u3000规上工业企业2563家",
    "为𠀀𠀁中小企业减免租金800万元，专项用于稳岗补贴",
    "我们公司负责人𠀀表示，员工到岗率已达90%",
    "1000万元以上的企业给予奖励；300人以上的企业",
    "LPR的30%和担保费率的50%给予补贴，贴息比例最高不超过贷款利息的50%",
    "企业京东方投入30亿元建设新产线，为企业投入资金",
    "近六成中小企业已复产，复工率达到9成以上",
    "2020年3月26日，淄博市(临淄区)复工企业1.6亿元",
    f"\x1c3月2{_GARAY_THREE}日，复工率达95%",
    "复工企业中\x1c，规上工业企业2563家、建筑业企业718家",
    f"为{_GARAY_THREE}0家中小企业减免租金800万元，为𠀀0家企业减免租金",
    f"800万元{_GARAY_THREE}𠀀风险补偿资金，228万元的𠀀工业技改补贴资金",
    "复工企业𠀀𠀁已复工，近六成𠀀企业已复产，50%给予𠀀补贴，1000万元以上的𠀀企业",
    "某公司负责人𠀀𠀁说，企业𠀀投入30亿元",
    "1260家规上企业恢复正常生产经营，85%的企业恢复𠀀研发和生产，恢复到去年的六成",
    "按失业保险费的50%返还，返还金额达2.7亿元，返还总额𠀀3亿元",
]


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8", errors="replace") for p in ARTICLES] + _WRITTEN


def _fast_form(name: str):
    if name.endswith("]"):  # _SPENT_BY_FIRM[subsidy]: one pattern of a dict keyed by category
        table, key = name[:-1].split("[", 1)
        return getattr(M, table)[key]
    return getattr(M, name)


def _found(m) -> tuple | None:
    return None if m is None else (m.span(), m.groups(), m.groupdict())


@pytest.mark.parametrize("name", sorted(M._REGEX_FORMS))
def test_the_standard_library_form_finds_what_the_regex_form_finds(name):
    definition, fast = M._REGEX_FORMS[name], _fast_form(name)
    assert fast is not definition
    for text in _texts():
        n = len(text)
        assert [_found(m) for m in fast.finditer(text)] == [_found(m) for m in definition.finditer(text)]
        for pos in range(n + 1):
            for end in (min(n, pos + 6), min(n, pos + 40)):
                assert _found(fast.match(text, pos, end)) == _found(definition.match(text, pos, end)), (pos, end)
                assert _found(fast.search(text, pos, end)) == _found(definition.search(text, pos, end)), (pos, end)
                assert _found(fast.fullmatch(text, pos, end)) == _found(definition.fullmatch(text, pos, end)), (pos, end)
            window = text[pos:pos + 24]
            assert fast.sub("", window) == definition.sub("", window), pos


def test_the_written_texts_hold_what_the_engines_read_differently():
    # Without the spelt-out classes, `re` would not read these as `regex` does: the cases
    # above test something only while that holds.
    import re
    import regex
    assert regex.match(r"\d", _GARAY_THREE) and not re.match(r"\d", _GARAY_THREE)
    assert re.match(r"\s", "\x1c") and not regex.match(r"\s", "\x1c")


@pytest.mark.parametrize("source", [r"\d+家", r"[\p{Han}]+\w", r"(?i)企业", r"(?V1)企业", r"(?i:企)业", r"\p{Ps}",
                                    r"[\p{Han}]+企业"])
def test_a_pattern_re_would_read_otherwise_or_that_can_run_long_is_refused(source):
    with pytest.raises(ValueError):
        M._on_re("_WRITTEN", source)
    assert "_WRITTEN" not in M._REGEX_FORMS


def test_the_definitions_are_compiled_only_when_asked_for():
    # A build never reads them: each is kept as its source until a test asks for the pattern.
    import regex
    forms = M._REGEX_FORMS
    assert all(isinstance(source, str) for source in forms._sources.values())
    name = next(iter(forms))
    assert isinstance(forms[name], regex.Pattern) and forms[name].pattern == forms._sources[name]
    # No inline flag slipped past _on_re's check of the source.
    assert all(forms[each].flags == regex.compile("").flags for each in forms)
