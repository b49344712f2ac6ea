"""The category blocks of pipeline/resources/cues.json are checked when loaded: one block per
category the schema declares, in the schema's units, and no word with two meanings among the
words one pattern looks for together. Adding a category is one block plus its cases."""
from __future__ import annotations

import copy

import pytest

from pipeline.lexicon import ResourceError, check_resource, counter_words, resource
from schemas._base import CATEGORIES, UNITS


@pytest.fixture()
def cues() -> dict:
    return copy.deepcopy(resource("cues.json"))


def test_every_schema_category_has_one_block(cues):
    assert set(cues["categories"]) == set(CATEGORIES)
    for name, block in cues["categories"].items():
        assert set(block["units"]) <= set(UNITS), name


def test_a_missing_category_block_fails_to_load(cues):
    del cues["categories"]["rent_relief"]
    with pytest.raises(ResourceError, match="missing \\['rent_relief'\\]"):
        check_resource("cues.json", cues)


def test_a_category_the_schema_does_not_declare_fails_to_load(cues):
    cues["categories"]["lottery"] = {"units": ["CNY"], "money": ["彩票"]}
    with pytest.raises(ResourceError, match="unknown \\['lottery'\\]"):
        check_resource("cues.json", cues)


def test_a_unit_the_schema_does_not_declare_fails_to_load(cues):
    cues["categories"]["subsidy"]["units"].append("CNY/m2")
    with pytest.raises(ResourceError, match="schema units"):
        check_resource("cues.json", cues)


def test_a_cue_claimed_by_two_categories_fails_to_load(cues):
    cues["categories"]["fund"]["money"].append("贷款")
    with pytest.raises(ResourceError, match="'贷款' is both"):
        check_resource("cues.json", cues)


def test_a_cue_that_is_also_out_of_scope_fails_to_load(cues):
    cues["out_of_scope"].append("补贴")
    with pytest.raises(ResourceError, match="'补贴' is both out_of_scope"):
        check_resource("cues.json", cues)


def test_a_rate_word_that_is_also_a_share_verb_fails_to_load(cues):
    cues["categories"]["subsidy"]["share"]["verbs"].append("复工率")
    with pytest.raises(ResourceError, match="'复工率' is both"):
        check_resource("cues.json", cues)


def test_an_unknown_key_or_scope_in_a_block_fails_to_load(cues):
    broken = copy.deepcopy(cues)
    broken["categories"]["loan"]["money_cues"] = ["信贷"]
    with pytest.raises(ResourceError, match="unknown keys"):
        check_resource("cues.json", broken)
    cues["categories"]["loan"]["scope"].append("paragraph_anywhere")
    with pytest.raises(ResourceError, match="unknown scopes"):
        check_resource("cues.json", cues)


def test_a_word_listed_twice_in_a_block_fails_to_load(cues):
    cues["categories"]["workers_returned"]["count"]["cues"].append("返岗")
    with pytest.raises(ResourceError, match="'返岗' is listed twice"):
        check_resource("cues.json", cues)


def test_counters_come_from_the_category_blocks():
    words = counter_words()
    assert {"家", "户", "个", "人", "名", "件"} <= set(words)
    assert words == sorted(words, key=lambda w: (-len(w), w))


def test_reference_words_that_are_stems_never_stand_alone():
    """A word that refers back to a place (全州: the whole prefecture) that is also a division's
    stem (全州县) must be in stem_not_alone, or a sentence opening with it is read as that
    division 3,000 km away."""
    from pipeline.zones import STEM_NOT_ALONE, load_gazetteer

    zones = resource("zones.json")
    words = {w for key in ("reference_current", "reference_city", "reference_province", "reference_country")
             for w in zones[key]}
    gazetteer = load_gazetteer()
    stems = sorted(w for w in words if gazetteer.lookup_stem(w))
    assert stems, "no reference word is a stem: this test guards nothing"
    assert set(stems) <= STEM_NOT_ALONE, sorted(set(stems) - STEM_NOT_ALONE)
