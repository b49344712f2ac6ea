"""Folding a joint administration's names into one zone (zones._fold_joint) when the zone a
bracket's alias belongs to was itself folded into another before (长春新区（长春高新区）… then
长春高新区（…）): the alias joins the surviving zone instead of raising KeyError, which used to
reject the whole article."""
from pipeline.clean import clean_text
from pipeline import zones


def _zones_of(text):
    c = clean_text(text)
    return zones.find_zones(c.text, c.headlines, title_end=len(c.title or ""))


def test_alias_of_a_zone_folded_before_joins_the_survivor():
    az = _zones_of("西安报道\n西安高新区推动复工，西咸新区兑现补贴300万元。")
    assert {"西安高新区", "西咸新区"} <= set(az.zones)
    az.fold_alias("西咸新区", "西安高新区")  # as a bracket 西安高新区（西咸新区） would
    zones._fold_joint(az, "沣东", "西咸新区")
    assert "沣东" in az.zones["西安高新区"].aliases
    assert az.current_key("西咸新区") == "西安高新区"
    assert az.current_key("西安高新区") == "西安高新区"
