"""Stage: a fact's position -> scored zone candidates -> the zone, and the rule that decided.

Promise: `Attributor(doc, zones)` knows every place mention and reference of one article
with its *role* (actor, origin, partner, company, document title), and `decide(start)`
returns the zone a fact written at `start` belongs to (SPEC §5) as a `Decision`: the
zone key (None where the text names no jurisdiction for it), the id of the rule that
decided and the candidates that competed. The rules are tried in the order of
`resources/attribution.json` (`fact_rules`), the first that finds a candidate decides;
`lists(facts)` handles the two list rules, which need all facts of a sentence at once.

Mentions written *after* a figure never take it (全市复工率达92%，其中A区达96%: 92% is
the city's); a reference (全区, 该区, bare 高新区, 全市) resolves to the zone it points
back to, or to nothing when the article never names that city or province.
"""
from __future__ import annotations

import bisect
import operator
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

import regex

from . import budget
from . import pattern_cache  # module-level patterns compiled by an earlier process
from .document import Document, Span, find_respectively, leftmost_longest, positions_of
from .regex_classes import HAN
from .lexicon import REGEX_TIMEOUT, alternation, compiled, literal_scanner, resource, short_pattern
from .gazetteer import joint_administrations, load_gazetteer
from .zones import (FOREIGN_PARK_NAMES, MAIN_ZONE_SECTION, MUNICIPALITIES, OWN_BODY_WORDS, PROVINCE_BODY_WORDS, STEM_NOT_ALONE,
                    SUPPLIED_FIRM_BEFORE,
                    ArticleZones, find_zones, implied_city_zone, province_stems, resolve_admin, supplied_firm_after)
from .zones import _is_proper_name as is_proper_name
from .zones import _lists_parts as lists_parts

_T = REGEX_TIMEOUT
_RES = resource("attribution.json")
_ROLES = _RES
FACT_RULES = tuple(_RES["fact_rules"])
MAIN_RULES = tuple(_RES["main_rules"])
_RULE_IDS = frozenset(FACT_RULES) | frozenset(MAIN_RULES)
_RULE_ORDER = {rule: i for i, rule in enumerate(FACT_RULES)}
# `_candidates_given` finds candidates in this order; when the table lists the rules so, as
# it does, no candidate list needs sorting.
_CANDIDATE_RULES = ("clause_before", "sentence_before", "paragraph_topic", "items_lead_in", "section", "article_main")
_CANDIDATES_IN_TABLE_ORDER = sorted(_CANDIDATE_RULES, key=_RULE_ORDER.__getitem__) == list(_CANDIDATE_RULES)
_SUFFIX_TYPE = {k: v["type"] for k, v in resource("zones.json")["zone_suffixes"].items()}
# 综合保税区 and 综保区, 产业园区 and 产业园: the suffixes naming one kind of zone, by the kind's
# short form (a park's word written with or without 区 names one kind of park)
_SUFFIX_KIND = {k: v["short"].removesuffix("区") if v["short"].endswith("园区") else v["short"]
                for k, v in resource("zones.json")["zone_suffixes"].items()}
_SUFFIXES_OF_KIND: dict[str, tuple[str, ...]] = {}
for _suffix, _kind in _SUFFIX_KIND.items():
    _SUFFIXES_OF_KIND[_kind] = _SUFFIXES_OF_KIND.get(_kind, ()) + (_suffix,)
_SUFFIX_AT_END = compiled(rf"(?:{alternation(list(_SUFFIX_TYPE))})\Z")
# 集聚区: a park's word written short, standing for its suffix (zones.json park_short_words)
_PARK_SHORT_WORDS = resource("zones.json")["park_short_words"]
# The suffixes of parks (产业集聚区, 工业园区), which the index does not hold as zones of their own.
_PARK_SUFFIXES_OF_ZONES = tuple(resource("zones.json")["park_suffixes"])
# 片区: a park short word that is also any place's word for a part of it (zones.json division_part_words)
_DIVISION_PART_WORDS = tuple(resource("zones.json")["division_part_words"])
# 经济区: a short word standing for no suffix of the scan (zones of that name are listed, 董家口经济区)
# names a kind of its own, of type other; kept out of _SUFFIX_AT_END, which finds suffixes.
for _full in _PARK_SHORT_WORDS.values():
    if _full not in _SUFFIX_TYPE:
        _SUFFIX_TYPE[_full], _SUFFIX_KIND[_full] = "other", _full
        _SUFFIXES_OF_KIND[_full] = (_full,)


def _suffix_written(surface: str) -> str | None:
    """The zone suffix a bare zone word `surface` ends in, or the park suffix its short word
    stands for (产业集聚区 for 集聚区), or None."""
    suffix = _SUFFIX_AT_END.search(surface)
    if suffix is not None:
        return suffix.group()
    return next((full for short, full in _PARK_SHORT_WORDS.items() if surface.endswith(short)), None)
_SUFFIX_GAP = max(map(len, _SUFFIX_TYPE))  # 工业 of 工业园区: a suffix's words before the reference word
_PARK_REFERENCES = frozenset(_ROLES["park_references"])
_PARK_DESCRIPTION_MAX = _ROLES["park_description_max"]
# 中韩（盐城）产业园: a park named with a place in brackets, searched in the few characters before the park word.
_BRACKETED_PARK_NAME = compiled(_ROLES["bracketed_park_name_before"])
_BONDED_WORDS_OF_MAIN = tuple(_ROLES["bonded_words_of_main_zone"])
_BONDED_ZONE_HOLDERS = frozenset(_ROLES["bonded_zone_holder_types"])
_INSTITUTION_PARK_OWNERS = tuple(_ROLES["institution_park_owners"])  # 燕山大学国家大学科技园: a university's park
_INDUSTRY_PARK_HEADS = tuple(_ROLES["industry_park_heads"])  # 化工园区: a park named by its industry
_BRACKETED_PARK_NAME_REACH = 16
_PARK_DESCRIPTION_BREAKERS = tuple(_RES["company_name_breakers"]) + tuple(_ROLES["park_description_breakers"])
# Han characters only (the words describing a park, a town's stem): every caller asks it of a few
# characters, so it runs on `re` with \p{Han} spelt out as `regex` reads it (regex_classes.HAN),
# without the regex timer a guarded call of `\p{Han}*` paid (half of `_town_placed_in_lead`'s time).
_HAN_RUN = pattern_cache.re_compile(f"[{HAN}]*")

# Words the few characters before a place end with (a literal suffix test in C, not a pattern
# call per place: these were a fifth of the attribution index's time).
_ORIGIN_DIRECT = tuple(_ROLES["origin_direct_before"])
# 员工居住在甲县、乙县等地: where people live, no actor (attribution.json _residence_before).
_RESIDENCE_BEFORE = tuple(_ROLES["residence_before"])
# 居住在雨湖区辖区内的…: a part of the place between it and 的 (attribution.json _residence_place_parts).
_RESIDENCE_PLACE_PARTS = tuple(sorted(_ROLES["residence_place_parts"], key=len, reverse=True))
_ORIGIN_FROM = tuple(_ROLES["origin_before"])
_MOVEMENT = compiled(alternation(_ROLES["origin_movement_after"]))
# 从贵州威宁、纳雍和四川渠县: members of a list of origins written between 从 and a later place (attribution.json
# _origin_list_member_most), read back from the place's run.
# A member: a separator's characters may open it (和县) but not run on inside it, so a run of them
# (和和和…) parts one way and the list's patterns stay linear, not tried in every split.
_ORIGIN_LIST_MEMBER = (rf"\p{{Han}}(?:(?!{alternation(_ROLES['list_separators'])})\p{{Han}})"
                       rf"{{0,{_ROLES['origin_list_member_most'] - 1}}}")
_ORIGIN_LIST_OPENING = compiled(rf"(?:{alternation(_ROLES['origin_before'])})(?:{_ORIGIN_LIST_MEMBER}"
                                rf"(?:{alternation(_ROLES['list_separators'])}))+\Z")
_ORIGIN_LIST_REACH = 4 * (_ROLES["origin_list_member_most"] + 2)
_LIST_SEPARATOR_LAST_CHARS = frozenset(w[-1] for w in _ROLES["list_separators"])
_MOVEMENT_REACH = 6  # 从甲区接回, 从乙市返岗: the movement word within this many characters of the place
# ...or later in the clause, after the list the place is written in (从铜仁市等地点对点接回), whose
# other places may be stems the article names nowhere else (从周口、商丘、驻马店等地的15个县…接回).
_MOVEMENT_CLAUSE_REACH = 24
_MOVEMENT_IN_CLAUSE = compiled(rf"[^，。；！？,;!?：:\n]{{0,{_MOVEMENT_CLAUSE_REACH - 2}}}?"
                               rf"(?:{alternation(_ROLES['origin_movement_after'])})")
# 向东莞市点对点输送务工人员: where people are sent to, a sending verb later in the clause.
_DESTINATION_BEFORE = tuple(_ROLES["destination_before"])
_SENT_IN_CLAUSE = compiled(rf"[^，。；！？,;!?：:\n]{{0,{_MOVEMENT_CLAUSE_REACH - 2}}}?"
                           rf"(?:{alternation(_ROLES['destination_sending_after'])})"
                           rf"[^，。；！？,;!?：:\n]{{0,8}}?(?:{alternation(_ROLES['destination_people_after'])})")
_SENT_REACH = _MOVEMENT_CLAUSE_REACH + 8 + max(map(len, _ROLES["destination_people_after"]))
# 新区向北碚区调配口罩: a place that receives goods or aid, the giving verb a few characters after it
# with no word for people or firms between (向郫都区企业调拨 is about that district's firms).
_RECIPIENT_BEFORE = tuple(_ROLES["recipient_before"])
_GIVEN_TO_PLACE = compiled(rf"(?:(?!{alternation(_ROLES['audience_nouns'])})[^，。；！？,;!?：:\n、]){{0,{_ROLES['recipient_reach']}}}?"
                           rf"(?:{alternation(_ROLES['recipient_giving_after'])})")
_GIVEN_TO_PLACE_REACH = _ROLES["recipient_reach"] + max(map(len, _ROLES["recipient_giving_after"]))
# 山东援黄冈, 浙江省对口支援荆门市: the place before a verb of aid with a place right after it gives
# the aid; the article is about the one helped (attribution.json donor_verbs_after).
_DONOR_VERBS_AFTER = tuple(_ROLES["donor_verbs_after"])
_DONOR_VERBS_LONGEST_FIRST = tuple(sorted(_DONOR_VERBS_AFTER, key=len, reverse=True))  # the verb written, 对口支援 over 支援
# 把苏州工业园区的经验复制过来: whose model the subject copies (attribution.json _model_owner).
_MODEL_OWNER = _ROLES["model_owner"]
_MODEL_OWNER_BEFORE = tuple(_MODEL_OWNER["before"])
_MODEL_OWNER_AFTER = compiled(rf"的[^\s，。；：,;:!?！？]{{0,{_MODEL_OWNER['between_most']}}}?(?:{alternation(_MODEL_OWNER['nouns'])})"
                              rf"[^\s，。；：,;:!?！？]{{0,{_MODEL_OWNER['verb_reach']}}}?(?:{alternation(_MODEL_OWNER['verbs'])})")
_MODEL_OWNER_REACH = 1 + _MODEL_OWNER["between_most"] + max(map(len, _MODEL_OWNER["nouns"])) + _MODEL_OWNER["verb_reach"] \
    + max(map(len, _MODEL_OWNER["verbs"]))
_AID_WORDS_NAMING_THE_HELPED = tuple(_ROLES["aid_words_naming_the_helped"])
_AID_HELPED_SPEAKERS = tuple(_ROLES["aid_helped_speakers"])  # 对口帮扶我们: the speaker is the one helped
_AID_HELPED_PROVINCE = _ROLES["aid_helped_province"]  # 援疆: the province the aid word names as helped
_AID_HELPED_AFTER = compiled(rf"\p{{Han}}{{0,{_ROLES['aid_helped_reach']}}}?(?P<aid>{alternation(list(_AID_HELPED_PROVINCE))})")
_AID_HELPED_WORD = literal_scanner(list(_AID_HELPED_PROVINCE))
_AID_HELPED_REACH = _ROLES["aid_helped_reach"] + max(map(len, _AID_HELPED_PROVINCE))
# 对口支援和田指挥部: the helped place's name and the giver's team sent there (_aid_team_after)
_AID_TEAM_AFTER = compiled(rf"(?:{alternation(_ROLES['donor_verbs_after'])})\p{{Han}}{{1,{_ROLES['aid_team_place_most']}}}?"
                           rf"(?:{alternation(_ROLES['aid_team_words'])})")
_AID_TEAM_REACH = max(map(len, _ROLES["donor_verbs_after"])) + _ROLES["aid_team_place_most"] + max(map(len, _ROLES["aid_team_words"]))
# 毕节市争取到广州市财政帮扶资金, 全市统筹使用广州市东西部扶贫协作资金: a place in the name of the aid
# a place before it receives or uses, its source (attribution.json _received_from, _used_from).
_RECEIVED_FROM_BEFORE = tuple(_ROLES["received_from_before"] + _ROLES["used_from_before"])
_RECEIVED_AID_AFTER = compiled(rf"[^，。；！？,;!?：:\n0-9０-９]{{0,{_ROLES['received_aid_reach']}}}?"
                               rf"(?:{alternation(_ROLES['received_aid_words'])})")
_RECEIVED_AID_REACH = _ROLES["received_aid_reach"] + max(map(len, _ROLES["received_aid_words"]))
_RECEIVING_BEFORE = tuple(_ROLES["received_from_before"])
# 争取自治区复工复产补助资金: a wider level's funds received, the level their source (_funds_received_from_level)
_FUNDS_RECEIVED_AFTER = compiled(rf"[^，。；！？,;!?：:\n0-9０-９]{{0,{_ROLES['funds_received_reach']}}}?"
                                 rf"(?:{alternation(_ROLES['funds_received_words'])})")
_FUNDS_RECEIVED_REACH = _ROLES["funds_received_reach"] + max(map(len, _ROLES["funds_received_words"]))
_DESCRIBED_WITHIN_BEFORE = tuple(_ROLES["described_within_before"])  # 长沙高新区作为湘江新区核心板块
_LOCATED_WITHIN_BEFORE = tuple(_ROLES["located_within_before"])  # 位于甲区的乙经济区: where the zone lies
# 比中牟县高出4个百分点, 高于中牟县: the place a figure is compared with (attribution.json _compared_place).
_COMPARED_PLACE_BEFORE = tuple(_ROLES["compared_place_before"])
_SCOPE_NOTE_OPENERS = tuple(bracket + word for bracket in "(（" for word in _ROLES["scope_note_openers"])
_COMPARED_PLACE_BEFORE_NEEDS_AFTER = tuple(_ROLES["compared_place_before_needs_after"])
_COMPARED_PLACE_AFTER = compiled(
    rf"[\s\p{{Han}}]{{0,{_ROLES['compared_place_after_reach']}}}?(?:{alternation(_ROLES['compared_place_after'])})")
# 从邻近的晋州市, 从周边县市无极县, 协调周边的南充市银行机构: an origin's or partner's word, then words
# describing the place (attribution.json role_modifiers), then the place.
# 与郑州经开区相比: a place joined by 与/同/和/跟 (partner_counterpart_before) to a word of comparing.
_COMPARED_JOINED_AFTER = compiled(
    rf"[\s\p{{Han}}]{{0,{_ROLES['compared_place_after_reach']}}}?(?:{alternation(_ROLES['compared_place_joined_after'])})")
_COMPARED_PARTICLE = _ROLES["compared_place_particle"]  # 借鉴了苏州工业园区的做法: the verb's aspect particle
_ROLE_MODIFIERS = _ROLES["role_modifiers"]
_ROLE_WORD_THEN_MODIFIER = compiled(
    rf"(?P<role>{alternation(list(_ROLES['origin_before']) + list(_ROLES['partner_before']) + list(_ROLES['residence_before']))})"
    rf"(?:[\p{{Han}}]{{1,{_ROLE_MODIFIERS['described_most']}}}的|(?:{alternation(_ROLE_MODIFIERS['words'])})"
    rf"(?:{alternation(_ROLE_MODIFIERS['kinds'])})?)$")
_ROLE_MODIFIER_REACH = max(map(len, list(_ROLES["origin_before"]) + list(_ROLES["partner_before"]) + list(_ROLES["residence_before"]))) \
    + max(_ROLE_MODIFIERS["described_most"] + 1, max(map(len, _ROLE_MODIFIERS["words"])) + max(map(len, _ROLE_MODIFIERS["kinds"])))
_MODIFIER_LAST_CHARS = frozenset("的" + "".join(w[-1] for w in _ROLE_MODIFIERS["words"] + _ROLE_MODIFIERS["kinds"]))
# 长沙经开区是湖南省工程机械产业重要集聚区: after a copula, only with a noun of being part of the place.
_DESCRIBED_AS_BEFORE = tuple(_ROLES["described_as_before"])
_DESCRIBED_AS_AFTER = compiled(rf"[^，。；！？,;!?：:\n]{{0,{_ROLES['described_as_reach']}}}?(?:{alternation(_ROLES['described_as_nouns'])})")
_DESCRIBED_AS_AFTER_REACH = _ROLES["described_as_reach"] + max(map(len, _ROLES["described_as_nouns"]))
_VIEWPOINT_AFTER = tuple(_ROLES["origin_viewpoint_after"])
_VISIT_WORDS = tuple(_ROLES["visit_words_after"])  # 赶赴咸宁高新区调研: a place visited
_VISITORS = tuple(_ROLES["visitors_before"])  # 市委书记赶赴江宁开发区: officials visit, people are not sent
# 派出工作组赴铜仁市等地，累计接回员工: a team sent to fetch workers, no visit (attribution.json fetching_after).
_FETCHING = compiled(rf"[^，。；！？,;!?：:\n]{{0,{_MOVEMENT_CLAUSE_REACH - 2}}}?(?:{alternation(_ROLES['fetching_after'])})")
_SURVEY_WORDS = tuple(_ROLES["survey_words"])
# 另据某港务区经发局统计，…，全区…: the zone whose body counted (attribution.json source_frame).
_SOURCE_FRAME_OPENERS = tuple(_ROLES["source_frame"]["openers"])
_SOURCE_FRAME_CLOSERS = tuple(_ROLES["source_frame"]["closers"])
# 五峰县的务工人员陆续返回长阳县: the people of a place going back to another one named after the verb.
_PEOPLE_WORD = literal_scanner(_ROLES["destination_people_after"])
_PEOPLE_WORD_REACH = 16
_PEOPLE_RETURNING = short_pattern(rf"(?:{alternation(_ROLES['list_closers'])})?的?[^，。；！？,;!?：:\n]{{0,4}}?"
                                  rf"(?:{alternation(_ROLES['destination_people_after'])})[^，。；！？,;!?：:\n]{{0,10}}?"
                                  rf"(?:{alternation(_ROLES['origin_people_return_verbs'])})")
_PEOPLE_RETURNING_REACH = 40
_ORIGIN_AFTER = tuple(_ROLES["origin_after"])  # 红安籍: a place people are natives of
# ...after the run of places written together (湖北省红安县籍): the fast role path sends a place
# with one of these words within a few characters after it to the full one, which finds the run.
_ORIGIN_AFTER_WORD = literal_scanner(list(_ORIGIN_AFTER))
_ORIGIN_AFTER_NEAR = 12
# 和四川省外的劳务基地对接: 外 alone after a place, before 的 or a word of people (outside_after),
# is where they come from, as 以外 is; checked right at the place's end, a cheap match.
_OUTSIDE = _ROLES["outside_after"]
_OUTSIDE_AFTER = short_pattern(regex.escape(_OUTSIDE["mark"]) + "(?=" + alternation(_OUTSIDE["next"])
                               + "|[" + regex.escape(_OUTSIDE["next_chars"]) + "])")


def _outside_after(text: str, pos: int) -> bool:
    """Whether 外 of `_OUTSIDE_AFTER` stands at `pos`: its mark by a plain startswith first (asked
    at the end of nearly every place, most followed by no 外), the pattern only after it."""
    return text.startswith(_OUTSIDE["mark"], pos) and _OUTSIDE_AFTER.match(text, pos) is not None
# 甲区、乙县等地1200余名务工人员返岗: the places a count of returning workers comes from (_origin_counted_returners)
_RETURNERS = _ROLES["origin_counted_returners"]
_RETURNERS_CLOSER = literal_scanner(_RETURNERS["closers"])
_COUNTED_RETURNERS_AFTER = compiled(
    rf"(?:{alternation(_RETURNERS['closers'])})的?[0-9０-９.一二两三四五六七八九十百千万]+[余多]?[名人位]?"
    rf"(?:{alternation(_RETURNERS['people'])})[^，。；！？,;!?：:\n]{{0,{_RETURNERS['reach']}}}?(?:{alternation(_RETURNERS['verbs'])})")
_COUNTED_RETURNERS_REACH = 40 + _RETURNERS["reach"]
_RETURNERS_CLOSERS = tuple(_RETURNERS["closers"])  # what a match of _COUNTED_RETURNERS_AFTER opens with
# ...opened by a verb of organising or bringing them (组织甲区、乙区…): else the places are where they came back to.
# (组织了, 组织好, 组织从: a particle and a word of where from may follow the verb)
_RETURNERS_OPENERS = tuple(_RETURNERS["openers"])  # what a match of _RETURNERS_LIST_OPENING opens with
_RETURNERS_LIST_OPENING = compiled(rf"(?:{alternation(_RETURNERS['openers'])})(?:{alternation(_RETURNERS['opener_particles'])})?"
                                   rf"(?:{alternation(_RETURNERS['opener_from'])})?"
                                   rf"(?:{_ORIGIN_LIST_MEMBER}(?:{alternation(_ROLES['list_separators'])}))*\Z")
_LIST_MARKS = frozenset("、")  # 临泉、太和、颍上: the mark between the members of a list of places
_PARTNER_BEFORE = tuple(_ROLES["partner_before"])
# 浏阳市列入长沙市重点调度的项目: the list's owner, a counterpart only after the place that acts.
_LIST_OWNER_BEFORE = tuple(_ROLES["partner_before_list_owner"])
# 与乙区签约, or 与乙区建立劳务协作机制: a word of agreement right after the place, or a verb
# of forming a tie and, within six characters of the clause, a word of cooperation.
# A body of the counterpart may stand between (与东莞市人社部门对接).
# 开展东西部扶贫劳务协作: the kind of cooperation may take this many characters between the
# forming verb and the cooperation word (东西部扶贫劳务, 7).
_FORMING_GAP = 10
_PARTNER_AFTER = compiled(rf"(?:{alternation(_ROLES['partner_agency_between'])})?"
                          rf"(?:{alternation(_ROLES['partner_after'])}"
                          rf"|(?:{alternation(_ROLES['partner_after_forming'])})[^，。；！？,;!?、]{{0,{_FORMING_GAP}}}?"
                          rf"(?:{alternation(_ROLES['partner_cooperation_words'])}))")
_PARTNER_AFTER_REACH = max(map(len, _ROLES["partner_agency_between"])) + max(
    max(map(len, _ROLES["partner_after"])),
    max(map(len, _ROLES["partner_after_forming"])) + _FORMING_GAP + max(map(len, _ROLES["partner_cooperation_words"])))
# 与西安、宝鸡两地12家银行合作: a count of institutions between the places and the word of agreement
# (attribution.json _partner_institutions_after).
_INSTITUTIONS_COUNTED = compiled(rf"(?:\d+|[一二两三四五六七八九十几多数]+)[余多]?(?:家|个)?"
                                 rf"(?:{alternation(_ROLES['partner_institutions'])})")
_INSTITUTIONS_COUNTED_REACH = 8 + max(map(len, _ROLES["partner_institutions"]))
# 苏滁高新区由苏州工业园区与滁州市合作共建: the builders of the zone (attribution.json _built_by).
_BUILT_BY = _ROLES["built_by"]
_BUILT_BY_BEFORE = tuple(_BUILT_BY["before"])
_BUILT_TOGETHER_AFTER = compiled(rf"[^，。；！？,;!?：:\n]{{0,{_BUILT_BY['reach']}}}?(?:{alternation(_BUILT_BY['after'])})")
_BUILT_TOGETHER_REACH = _BUILT_BY["reach"] + max(map(len, _BUILT_BY["after"]))
_COUNTERPART_BEFORE = tuple(_ROLES["partner_counterpart_before"])
# 通过赣州国际陆港出口: a place in the name of a port or a station passed through is a route,
# the name's characters between (no breaker word, as in a firm's name: _COMPANY_AFTER).
_ROUTE_BEFORE = tuple(_ROLES["route_before"])
_ROUTE_FACILITY_REACH = 8
_ROUTE_FACILITY_AFTER = compiled(rf"(?:(?!{alternation(_RES['company_name_breakers'])})[^\s，。、；：,;:!?！？()（）《》“”\"]){{0,{_ROUTE_FACILITY_REACH}}}?"
                                 rf"(?:{alternation(_ROLES['route_facility_after'])})(?!{alternation(_ROLES['route_facility_not_before'])})")
# 开通南宁至东盟国家跨境物流专线, 郑州至卢森堡货运航线: a place at either end of a route's name
# (attribution.json route_endpoint_joiners, route_names_after) is where the route runs, not who acts.
_ROUTE_JOINERS = tuple(_ROLES["route_endpoint_joiners"])
_ROUTE_NAME_REACH = _ROLES["route_name_reach"]
_ROUTE_NAME_AFTER = compiled(rf"[^\s，。、；：,;:!?！？()（）《》“”\"]{{0,{_ROUTE_NAME_REACH}}}?(?:{alternation(_ROLES['route_names_after'])})")
_ROUTE_NAME_AFTER_LENGTH = _ROUTE_NAME_REACH + max(map(len, _ROLES["route_names_after"]))
_EXCLUDED_BEFORE = tuple(_ROLES["excluded_before"])
# 落实成都市稳岗政策: a place between a verb of carrying out and a policy word names whose
# policy is carried out, not who acts.
_POLICY_VERBS = tuple(_ROLES["policy_owner_before"])
# 争取湖南省“复工贷”: the quotes a product's name opens with (attribution.json _product_owner_before).
_PRODUCT_OPENING_QUOTES = tuple(_ROLES["product_owner_quotes"])
# A quoted name (“两部制电价”) is one step of the reach (attribution.json _policy_owner_quoted).
_POLICY_QUOTED_MOST = _ROLES["policy_owner_quoted_most"]
_POLICY_AFTER = compiled(rf"(?:“[^“”，。；！？,;!?\n]{{1,{_POLICY_QUOTED_MOST}}}”|[^，。；！？,;!?、：:]){{0,{_ROLES['policy_owner_reach']}}}?"
                         rf"(?:{alternation(_ROLES['policy_words_after'])})")
# 贯彻落实自治区、百色市关于…的决策部署: the later members of a list of the policy's owners, read back to
# the verb as an origin list's are (members of origin_list_member_most characters at most).
_POLICY_LIST_OPENING = compiled(rf"(?:{alternation(_ROLES['policy_owner_before'])})(?:{_ORIGIN_LIST_MEMBER}"
                                rf"(?:{alternation(_ROLES['list_separators'])}))+\Z")
# ...and the members after a reference opening such a list (自治区 of 落实自治区、百色市…): the list's end,
# where the policy's words begin.
_POLICY_LIST_TAIL = compiled(rf"(?:(?:{alternation(_ROLES['list_separators'])})\p{{Han}}{{1,{_ROLES['origin_list_member_most']}}}?"
                             rf"(?:{alternation(_ROLES['list_member_endings'])}))*")
# 根据国家和自治区有关规定，…: a clause that names where a rule comes from (attribution.json rule_source).
# 国家明确对湖北省…: the country stating a rule opens a clause that needs no closer (attribution.json _rule_source_national).
_RULE_SOURCE_NATIONAL = frozenset(_ROLES["rule_source_national_openers"])
_RULE_SOURCE_OPENER = literal_scanner(_ROLES["rule_source"]["openers"] + sorted(_RULE_SOURCE_NATIONAL))
_RULE_SOURCE_CLOSERS = tuple(_ROLES["rule_source"]["closers"] + _ROLES["rule_source_plan_closers"]
                              + _ROLES["rule_source_scheme_closers"])  # 规定, 部署, 模式
_RULE_SOURCE_SPEAKERS = tuple(_ROLES["rule_source_speakers"])  # 我们按照…: the speaker, no place
_POLICY_AFTER_REACH = _ROLES["policy_owner_reach"] + _POLICY_QUOTED_MOST + 1 + max(map(len, _ROLES["policy_words_after"]))
# 落实我省支持外资企业复工复产的若干措施: a policy described at length, closed by 的 (attribution.json
# _policy_owner_described).
_POLICY_DESCRIBED = _ROLES["policy_owner_described"]
# A description may list its aims with 、 (支持企业应对疫情影响、恢复发展的各项政策) when a word of how many
# closes it before the policy word: 的各项政策 ends a policy's description, not a list of places.
_POLICY_DESCRIBED_AFTER = compiled(rf"[^，。；！？,;!?、：:]{{0,{_POLICY_DESCRIBED['reach']}}}?的"
                                   rf"(?:{alternation(_POLICY_DESCRIBED['quantifiers'])})?(?:{alternation(_ROLES['policy_words_after'])})"
                                   rf"|[^，。；！？,;!?：:]{{0,{_POLICY_DESCRIBED['reach']}}}?的"
                                   rf"(?:{alternation(_POLICY_DESCRIBED['quantifiers'])})(?:{alternation(_ROLES['policy_words_after'])})")
_POLICY_DESCRIBED_REACH = _POLICY_DESCRIBED["reach"] + 1 + max(map(len, _POLICY_DESCRIBED["quantifiers"])) \
    + max(map(len, _ROLES["policy_words_after"]))
# 在成都市级补贴政策基础上: the place whose policy the fact's zone builds on.
_BASELINE_BEFORE = tuple(_ROLES["baseline_before"])
_BASELINE_AFTER = compiled(rf"[^，。；！？,;!?、：:]{{0,{_ROLES['baseline_reach']}}}?(?:{alternation(_ROLES['baseline_after'])})")
_BASELINE_REFERENCE_WORDS = tuple(_ROLES["baseline_reference_words"])  # 在全市补贴标准的基础上
_BASELINE_AFTER_REACH = _ROLES["baseline_reach"] + max(map(len, _ROLES["baseline_after"]))
_EXCLUDED_AFTER = compiled(_ROLES["excluded_after"])
# 面对邢台突发疫情, 受西安疫情影响: where an outbreak happened, the circumstance, no actor.
# Plain patterns (lexicon.short_pattern: none can run long): they are tried once per place by
# `_role_outside_titles`, inside the roles' loop, which checks the article's budget itself; the
# guard's clock read per call cost as much as the match.
_OUTBREAK_AFTER = short_pattern(_ROLES["outbreak_place_after"])
_OUTBREAK_AFFECTED_BEFORE = tuple(_ROLES["outbreak_affected_before"])
_OUTBREAK_AFFECTED_AFTER = short_pattern(_ROLES["outbreak_affected_after"])
_OUTBREAK_REACH = 24  # the longest area word, outbreak word and kind of epidemic between
# 获评吉安市重点保障企业: who awarded a firm's honour (attribution.json _honour_awarded).
_HONOUR = _ROLES["honour_awarded"]
_HONOUR_BEFORE = tuple(_HONOUR["before"])
_HONOUR_NOUNS = alternation(_HONOUR["nouns"])
_HONOUR_NOUN_AFTER = short_pattern(rf"[^，,。；;！？!?：:\d\n的]{{0,{_HONOUR['reach']}}}?(?:{_HONOUR_NOUNS})(?!(?:{_HONOUR_NOUNS})?的)")
_HONOUR_REACH = _HONOUR["reach"] + max(map(len, _HONOUR["nouns"])) + 1
# 攸县恒锐精密陶瓷有限公司（以下简称“攸县恒锐”）: a firm's short name (attribution.json _company_short_name).
_SHORT_NAME = _ROLES["company_short_name"]
_SHORT_NAME_GLOSS_WORD = literal_scanner(_SHORT_NAME["gloss_openers"])
_SHORT_NAME_GLOSS = compiled(rf"(?:{alternation(_SHORT_NAME['name_ends'])})[(（](?:{alternation(_SHORT_NAME['gloss_openers'])})"
                             rf"[“\"]?(?P<short>[\p{{Han}}A-Za-z]{{2,{_SHORT_NAME['longest']}}})[”\"]?[)）]")
# 疫情 (or a lockdown's word) later in the clause: only then can a place (or the list it opens)
# be an outbreak's (attribution.json outbreak_words).
_EPIDEMIC_WORDS = tuple(_ROLES["outbreak_words"])
_EPIDEMIC_WORD = literal_scanner(_EPIDEMIC_WORDS)


def _overlapping_words(words: tuple[str, ...]) -> list[tuple[str, str]]:
    """Pairs of `words` where the first's end can be the other's start (or one holds the other):
    a scan for them all would then miss the second of two such occurrences."""
    return [(a, b) for a in words for b in words
            if (a != b and b in a) or any(a.endswith(b[:k]) for k in range(1, min(len(a), len(b))))]


if _overlapping_words(_EPIDEMIC_WORDS):
    raise ValueError(f"attribution.json outbreak_words overlap: {_overlapping_words(_EPIDEMIC_WORDS)}")
# `_epidemic_later_in_clause` asks it by the article's outbreak words found once and a search of
# the few characters up to the next one, not by a pattern run once per place of the index.


def epidemic_positions(text: str) -> list[int]:
    """Every offset where `text` writes one of the outbreak words (疫情, 封控 …), ascending: one
    scan of the text for all of them, not one per word merged and sorted (no outbreak word can
    overlap another, so the scan's matches are every occurrence: checked when loaded)."""
    return [m.start() for m in _EPIDEMIC_WORD.finditer(text)]
_CLAUSE_BREAK = pattern_cache.re_compile(r"[，。；;：:!?！？\n]")
_EXCLUDED_AFTER_REACH = 10  # six characters, the longest closing word and what follows it; or ，全市其余
# 在全省率先, 居全市前列: a ranking word right after the place (a filler between allowed);
# the words before it are tested only where this matches (rare).
_RANKING_AFTER = compiled(rf"(?:{alternation(_ROLES['ranking_scope_fillers'])})?"
                          rf"(?:{alternation(_ROLES['ranking_words_after'])})")
# The characters a match of _RANKING_AFTER can open with: any other after a place, and the
# pattern (guarded, called once per place of the index) cannot match there.
_RANKING_AFTER_FIRST_CHARS = frozenset(w[0] for w in _ROLES["ranking_scope_fillers"] + _ROLES["ranking_words_after"])
_RANKING_SCOPE_BEFORE = tuple(_ROLES["ranking_scope_before"])
_RANKING_BEFORE_SCOPE = tuple(_ROLES["ranking_words_before_scope"])
_COMPARED_SCOPE_BEFORE = tuple(_ROLES["compared_scope_before"])
# References to a place wider than any the text is about (全省, 全市, 全国): in a ranking's
# field (在全省率先) they are never the one who leads.
_WIDER_REFERENCES = frozenset({"city", "province", "country"})
_PART_CLOSERS = frozenset("；;")  # 其中甲区…；… : the part named after 其中 ends at the semicolon
# 全省29家化工园区, 全市各工业园区: a count or kind between a whole place and a bare park word (attribution.json).
_PARKS_OF_WHOLE_BETWEEN = compiled(_ROLES["parks_of_whole_between"])
_WHOLE_PLACE_REFS = frozenset({"province", "city", "country"})
_CLASS_BEFORE_PARK = frozenset("的对为向给、和及与类")  # 减免租金的产业园区, 对工业园区, 商业楼宇、产业园区, 各类园区: parks as a class
_COUNTRY_SCOPE_BEFORE = _COMPARED_SCOPE_BEFORE + tuple(_ROLES["country_scope_before"])
_COUNTRY_SCOPE_CLAUSE_CLOSERS = frozenset(_ROLES["country_scope_clause_closers"])  # 在全国层面，…
_WIDER_SCOPE_BEFORE = _COMPARED_SCOPE_BEFORE + tuple(_ROLES["wider_scope_before"])
_SCOPE_BEFORE_OF = {"city": _WIDER_SCOPE_BEFORE, "province": _WIDER_SCOPE_BEFORE, "country": _COUNTRY_SCOPE_BEFORE}
_STANDARD_SCOPE_BEFORE = tuple(_ROLES["standard_scope_before"])
# 随着全市解封，…; 在全省政策推动下，…: a clause setting the background of the sentence's fact.
_BACKGROUND_OPENERS = tuple(_ROLES["background_clause_openers"])
_BACKGROUND_FRAMES = tuple((opener, tuple(closers)) for opener, closers in _ROLES["background_clause_frames"].items())
_CLAUSE_EDGE = " \t“”\"，,。；;：:！？!?"
_FIGURE_IN_CLAUSE = compiled(r"[0-9０-９%％‰]|百分之")  # a clause stating a figure is no mere background
# …，对沿河县复工的帮扶车间给予稳岗补助: a word of paying after the section's place (attribution.json
# _beneficiary_giving_after).
_BENEFICIARY_GIVING_AFTER = compiled(alternation(_RES["beneficiary_giving_after"]))
# 面向全国消费者, 为省内企业, 从省内各地接回: the reference says who is served or where people
# come from (attribution.json audience_before and the lists after it).
# 吸纳本省高校毕业生, 在全省范围内招聘: the reference says where those hired come from.
_HIRING_VERBS = tuple(_ROLES["hiring_verbs"])
_AUDIENCE_BEFORE = tuple(_ROLES["audience_before"]) + _HIRING_VERBS
_HIRING_AFTER = compiled(rf"(?:{alternation(_ROLES['hiring_fillers_after'])})(?:{alternation(_HIRING_VERBS)})")
_AUDIENCE_ALONE_BEFORE = tuple(_ROLES["audience_alone_before"]) + _HIRING_VERBS
_SERVED_BEFORE = tuple(_ROLES["served_before"])
# 对锦江区、青羊区的个体工商户; 为河南省内务工人员, 为毕节籍务工人员 (内 or 籍, then people:
# attribution.json served_people_within; not 对湘潭高新区内企业, the zone's own firms).
# 对额济纳旗、阿拉善右旗受疫情影响停业的A级旅游景区: a condition of those served may stand before the 的
# (attribution.json _served_qualifiers).
_SERVED_QUALIFIERS = rf"(?:{alternation(_ROLES['served_qualifiers'])}){{0,{_ROLES['served_qualifiers_most']}}}"
_SERVED_AFTER = compiled(rf"(?:{alternation(_ROLES['list_closers'])})?(?:{_SERVED_QUALIFIERS}的[^\s，。；：,;:!?！？]{{0,6}}?(?:{alternation(_ROLES['audience_nouns'])})"
                         rf"|[内籍](?:{alternation(_ROLES['served_people_within'])}))")
_SERVED_AFTER_REACH = 8 + max(map(len, _ROLES["audience_nouns"])) + max(map(len, _ROLES["list_closers"])) \
    + _ROLES["served_qualifiers_most"] * max(map(len, _ROLES["served_qualifiers"]))
# 对在苏州稳定就业3个月以上的宣威籍务工人员: a place after a word of where (attribution.json
# served_where_before) in a condition closed by 的 and those served.
# 对在苏州…, 对留在德清…: a word of served_before, a verb of staying or none, then one of where.
_SERVED_WHERE_BEFORE = tuple(w + staying + where for w in _SERVED_BEFORE for staying in ("", *_ROLES["served_staying_verbs"])
                             for where in _ROLES["served_where_before"])
_SERVED_WHERE_AFTER = compiled(rf"[^\s，。；：,;:!?！？]{{0,{_ROLES['served_where_reach']}}}?的[^\s，。；：,;:!?！？]{{0,6}}?(?:{alternation(_ROLES['audience_nouns'])})")
_SERVED_WHERE_AFTER_REACH = _ROLES["served_where_reach"] + 7 + max(map(len, _ROLES["audience_nouns"]))
_AUDIENCE_NOUN_AFTER = compiled(rf"(?:{alternation(_ROLES['audience_fillers'])})?[^\s，。；：,;:!?！？]{{0,3}}?(?:{alternation(_ROLES['audience_nouns'])})")
_GOING_BEFORE = frozenset(_ROLES["where_people_work"]["going_before"])
_WORK_AFTER = tuple(_ROLES["where_people_work"]["after"])
# A place is an origin or a partner only after one of these words: one that ends its 4
# characters before ends with one of these characters (a set lookup, not 33 suffix tests).
_LAST_CHARS_BEFORE_A_ROLE = frozenset(w[-1] for w in _ORIGIN_DIRECT + _RESIDENCE_BEFORE + _ORIGIN_FROM + _DESTINATION_BEFORE + _PARTNER_BEFORE + _COUNTERPART_BEFORE
                                      + _EXCLUDED_BEFORE + _POLICY_VERBS + _BASELINE_BEFORE + _SERVED_BEFORE
                                      + _ROUTE_BEFORE + _RECIPIENT_BEFORE + _DESCRIBED_WITHIN_BEFORE + _LOCATED_WITHIN_BEFORE + _DESCRIBED_AS_BEFORE
                                      + _COMPARED_PLACE_BEFORE + _COMPARED_PLACE_BEFORE_NEEDS_AFTER + (_COMPARED_PARTICLE,) + _SCOPE_NOTE_OPENERS
                                      + _ROUTE_JOINERS + _RECEIVED_FROM_BEFORE + _BUILT_BY_BEFORE + _HONOUR_BEFORE
                                      + _MODEL_OWNER_BEFORE + _HIRING_VERBS)
# 招用藁城区、新乐市等疫情地区劳动者: the people hired, after the list of where they come from
# (attribution.json _hired_from).
_HIRED_PEOPLE_AFTER = short_pattern(_ROLES["hired_from_after"])
# A firm's name runs from the place to 公司/银行 through name characters only: a preposition or a
# verb in between (海宁经编产业园为企业对接银行) means the place acts and the bank is another party,
# and so does a word of a class (晋江市各银行: the city's banks, company_class_words).
# The role patterns below run on a few characters next to a place (a 16-character window, the
# gap between two places, one sentence's opening): work bounded by those, so they are plain
# patterns and the budget is checked once per place and per paragraph instead of per call.
# 吴江区内银行: 内 right after the place makes its banks a class too (company_within_place).
# 巴州国有资产投资经营有限公司: 国有 is two name characters, its 有 no breaker, in a registered name
# (company_name_words); 西青区国有担保公司 stays the district's own company.
_COMPANY_AFTER = pattern_cache.regex_compile(rf"(?!{alternation(_RES['company_within_place'])})"
                          rf"(?:(?:{alternation(_RES['company_name_words'])})"
                          rf"(?=[\p{{Han}}]{{0,{_RES['company_name_words_reach']}}}?(?:{alternation(_RES['company_name_words_registered'])}))"
                          rf"|(?!{alternation(_RES['company_name_breakers'] + _RES['company_class_words'] + _RES['company_quantifiers'])})[^\s，。、；：,;:!?！？()（）《》“”\"]){{0,10}}?"
                          rf"(?:(?:{alternation(_ROLES['company_branch_words'])})(?=等)"
                          rf"|(?:{alternation(_ROLES['company_after'])})(?!{alternation(_RES['company_generic_after'])}))")
# The company words alone, found by the standard library's engine: a place with none of them in
# the 16 characters after it is no firm's name, without the pattern above (most places).
_COMPANY_WORD = literal_scanner(_ROLES["company_after"])
# …担保有限责任公司武威办事处: an organisation's name, the place, an office word (office_of_named_body).
_NAME_ENDS = tuple(_ROLES["company_after"])
_OFFICE_WORDS = tuple(_ROLES["office_of_named_body"])
# 闵行区一家银行, 天河区某公司: a place, a quantifier of one or a few (company_quantifiers), then a
# firm's word: the place locates an unnamed firm.
_LOCATED_FIRM_AFTER = pattern_cache.regex_compile(rf"(?:{alternation(_RES['company_quantifiers'])})[^\s，。、；：,;:!?！？]{{0,8}}?"
                                                  rf"(?:{alternation(_ROLES['company_after'])})")
# 南京国际广场, 深圳国际商会大厦: a building named after its city, the city written by its stem
# (attribution.json building_after); the name's characters as in a firm's name, fewer of them.
_BUILDING_REACH = 6
_BUILDING_AFTER = pattern_cache.regex_compile(rf"(?:(?!{alternation(_RES['company_name_breakers'] + _RES['company_class_words'] + _RES['company_quantifiers'])})[^\s，。、；：,;:!?！？()（）《》“”\"]){{0,{_BUILDING_REACH}}}?"
                                              rf"(?:{alternation(_ROLES['building_after'])})(?!{alternation(_ROLES['building_not_before'])})")
_BUILDING_WORD = literal_scanner(_ROLES["building_after"])
# 临沂商城, 临沂国际商贸城: a market named after its city (attribution.json venue_after_stem): a venue's
# word right after the stem, or a specific one after a short name, never one opening a division (商城县).
_VENUE = _ROLES["venue_after_stem"]
_VENUE_NOT_BEFORE = rf"(?!{alternation(_VENUE['not_before'])})"
_VENUE_AFTER = pattern_cache.regex_compile(
    rf"(?:{alternation(_VENUE['words'])}){_VENUE_NOT_BEFORE}"
    rf"|(?:(?!{alternation(_RES['company_name_breakers'] + _VENUE['name_breakers'])})[^\s，。、；：,;:!?！？()（）《》“”\"]){{0,{_VENUE['name_reach']}}}?"
    rf"(?:{alternation(_VENUE['named_words'])}){_VENUE_NOT_BEFORE}")
# The venue words alone, scanned for first by the standard library's engine: most stems open no name
# of a venue, and the pattern's match (a lazy run of name characters before its words) costs ten times more.
_VENUE_WORD = literal_scanner(_VENUE["words"] + _VENUE["named_words"])
_VENUE_WINDOW = _VENUE["name_reach"] + max(map(len, _VENUE["words"] + _VENUE["named_words"])) + max(map(len, _VENUE["not_before"]))
_BUILDING_WINDOW = _BUILDING_REACH + max(map(len, _ROLES["building_after"])) + max(map(len, _ROLES["building_not_before"]))
# The words of five independent tests `_with_roles` makes after most places (a firm's, a building's,
# an origin's, people's, an aided province's word in the few characters after it), found by one
# literal scan over the widest of their windows: with none there (nineteen places in twenty) each
# test fails, and the five scans are not made (`_role_word_near_after` makes them where one is).
_COMPANY_WORD_REACH = 16
_ROLE_WORD_AFTER_REACH = max(_COMPANY_WORD_REACH, _BUILDING_WINDOW, _ORIGIN_AFTER_NEAR, _PEOPLE_WORD_REACH, _AID_HELPED_REACH)
_ROLE_WORD_AFTER = literal_scanner(sorted({*_ROLES["company_after"], *_ROLES["building_after"], *_ORIGIN_AFTER,
                                           *_ROLES["destination_people_after"], *_AID_HELPED_PROVINCE}))


def _role_word_near_after(text: str, end: int) -> bool:
    """Whether one of the five tests `_ROLE_WORD_AFTER` stands for finds its word after a place
    ending at `end`, each within its own window."""
    text_end = len(text)
    return _COMPANY_WORD.search(text, end, min(text_end, end + _COMPANY_WORD_REACH)) is not None \
        or _BUILDING_WORD.search(text, end, min(text_end, end + _BUILDING_WINDOW)) is not None \
        or _ORIGIN_AFTER_WORD.search(text, end, min(text_end, end + _ORIGIN_AFTER_NEAR)) is not None \
        or _PEOPLE_WORD.search(text, end, min(text_end, end + _PEOPLE_WORD_REACH)) is not None \
        or _AID_HELPED_WORD.search(text, end, min(text_end, end + _AID_HELPED_REACH)) is not None


def _stem_opens_a_venue(text: str, it) -> bool:
    """Whether place `it`, written by its stem (临沂 of 临沂市), opens a market's or mall's name (临沂商城,
    义乌小商品城, 临沂国际商贸城, 临沂批发城: attribution.json venue_after_stem), not a division's name
    (商城县). A place written in full (兰山区农贸市场) is where the market lies. The one test of a venue
    for a place's role and for `Attributor._names_a_building`."""
    if it.key is None or len(it.key) <= it.end - it.start or not it.key.startswith(text[it.start:it.end]):
        return False
    window_end = min(len(text), it.end + _VENUE_WINDOW)
    return _VENUE_WORD.search(text, it.end, window_end) is not None \
        and _VENUE_AFTER.match(text, it.end, window_end) is not None


_LIST_CLOSERS = tuple(sorted(_ROLES["list_closers"], key=len, reverse=True))
_ALIAS_OPENS = frozenset(_ROLES["list_member_bracketed_alias"]["opens"])
_ALIAS_CLOSES = frozenset(_ROLES["list_member_bracketed_alias"]["closes"])
_KIND_AFTER_CLOSER = _ROLES["list_kind_after_closer"]
# 等 / 等3个 / 等两大, read backwards from a reference to the place named before it (_list_kind_after_closer).
_KIND_CLOSER_BEFORE = compiled(rf"(?:{alternation(_KIND_AFTER_CLOSER['closers'])})"
                               rf"(?:[{_KIND_AFTER_CLOSER['numerals']}]{{1,2}}(?:{alternation(_KIND_AFTER_CLOSER['counters'])}))?")
# 与宁波、成都等地对接: members the zone index does not know (a city by its stem) written after the last
# known place, up to a word closing the list (attribution.json _list_unknown_members_closed).
_UNKNOWN_MEMBERS_CLOSED = compiled(rf"(?:、{_ORIGIN_LIST_MEMBER}){{1,{_ROLES['list_unknown_members_closed_most']}}}?"
                                   rf"(?=(?:{alternation(_ROLES['list_closers'])}))")
_UNKNOWN_MEMBERS_REACH = _ROLES["list_unknown_members_closed_most"] * (_ROLES["origin_list_member_most"] + 1)
# Spaces, not a line break: a title's last place (…抵达晋江) and the body's first (晋江市…) are
# no run of places written together, and the body's place takes no role from the title's words.
_LIST_SEP = pattern_cache.regex_compile(rf"[^\S\n]*(?:{alternation(_ROLES['list_separators'])})?[^\S\n]*\Z")
# Members of a list are written apart (甲区、乙区); 苏州市吴江区 is one place written with its parent.
# A member may be marked as a former jurisdiction after the separator (原蓬莱市、原长岛县: list_member_former_marks).
_LIST_SEP_WRITTEN = compiled(rf"[^\S\n]*(?:{alternation(_ROLES['list_separators'])})[^\S\n]*"
                             rf"(?:{alternation(_ROLES['list_member_former_marks'])})?\Z")
# 九江经开区、九江濂溪区: a separator and the stem of the next member's city (`_separated_with_city`)
_CITY_IN_LIST_MOST = 1 + 4
# At most this many characters between two members of a list: a separator, or one and the next
# member's province stem (河南太康县、安徽临泉县: `_written_together`).
_LIST_GAP_MOST = 2 + 3
# 问：…？答：截至…: an answer's label opening a sentence; the question before it on its line is
# no topic of the answer (attribution.json answer_labels).
_ANSWER_OPENING = compiled(rf"(?<=^|[。！？!?；;\n])[\s“\"]*[【\[]?(?:{alternation(_ROLES['answer_labels'])})(?:[】\]]|[：:])")
# The characters every answer label holds (答): a paragraph without one of them holds no label,
# and the pattern is not run over it (most paragraphs of most articles).
_ANSWER_LABEL_CHARS = frozenset.intersection(*(frozenset(label) for label in _ROLES["answer_labels"]))
# 青海省出台《…》后，经开区…: a first clause of time, its place no topic when the next names one.
_TIME_CLAUSE_ENDINGS = tuple(_RES["topic_after_time_clause"])
_TOPIC_SKIP = pattern_cache.regex_compile(rf"[\s“\"]*(?:{alternation(_RES['topic_skip_openers'])})")
# 一是…, （二）…, 3. … opening a line: an item of an enumerated list (attribution.json item_openings)
_ITEM_OPENING = pattern_cache.regex_compile(rf"[^\S\n]*(?:{'|'.join(_RES['item_openings'])})")
_LEAD_IN_ENDS = ("：", ":")
# 浐灞生态区、曲江新区复工率分别为…: a list of places read by its written names (attribution.json
# list_member_endings), opening its clause, so that names the zone index does not know count too.
_LIST_MEMBER = rf"(?:(?!的)\p{{Han}}){{1,12}}?(?:{alternation(_RES['list_member_endings'])})(?!{_RES['list_member_not_before']})"
# 新区下辖的松北区、…: words before the first member that end in 的 describe the list, no member.
_WRITTEN_LIST = compiled(rf"[\s“\"]*(?:(?:{alternation(_RES['topic_skip_openers'])})[，,\s]*)?(?:\p{{Han}}{{1,8}}?的)?({_LIST_MEMBER})"
                         rf"(?:\s*(?:{alternation(_ROLES['list_separators'])})\s*({_LIST_MEMBER}))*")
# ...and the names after the last place the index knows (雁塔区、航天基地复工率…), each the shortest.
_WRITTEN_LIST_TAIL = compiled(rf"(?:\s*(?:{alternation(_ROLES['list_separators'])})\s*({_LIST_MEMBER}))*")
# Only ever asked whether one stands in a span: the standard library's scanner of the words finds
# one exactly where their alternation does, without a guarded call (asked for most figures: the
# list loops check the budget themselves).
_EACH_ZONE = literal_scanner(_RES["each_zone_words"])
# 均已全面复工 / 都已开工 / 均已复工复产了 ending the clause: each did what a rate measures (_each_said_before).
_EACH_SAID_DID = compiled(
    f"(?:{alternation(_RES['each_zone_words'])})(?:{alternation(_RES['each_said_how'])})*"
    f"(?:{alternation(_RES['each_said_did'])})+(?:{alternation(_RES['each_said_done'])})?[，,；;。]?$")
# 滨江区、西湖区对新招员工给予每人800元补贴: a rate per head, the policy of each listed place, as 均 says.
_PER_HEAD = compiled(alternation(_RES["per_head_words"]))
# 甲区、乙区合计发放2.77亿元: a sum over the places listed (attribution.json list_sum_words); not a
# cap or an amount per head (甲区、乙区对每家企业合计最高补贴50万元: each place's standard).
_CAP_WORDS_IN_LIST = tuple(_RES["list_sum_not_caps"])
_LIST_SUM = compiled(rf"(?:{alternation(_RES['list_sum_words'])})(?!{alternation(_RES['list_sum_not_after'])})")
_OTHERS_WORDS = tuple(_RES["others_words"])  # 其余区县均…: the places a list leaves out
# 其余县（市）区, 其他区县市: the districts and counties a roundup has not named, the rest of the city.
_REST_LEVEL = rf"[（(、]?[{_RES['rest_of_city_levels']}][）)]?"
# 各县（市、区）, 县市区: a city's parts named with county-level cities among them (attribution.json _parts_with_county_cities).
_PARTS_WITH_COUNTY_CITIES = tuple(_RES["parts_with_county_cities"])
# 泰州日报, 玉林新闻网: a prefecture's own outlet named above the lead (attribution.json _prefecture_outlet_words).
_PREFECTURE_OUTLET_WORDS = tuple(_RES["prefecture_outlet_words"])
_PROVINCE_BODY_PUBLISHER_ENDS = tuple(_RES["province_body_publisher_ends"])
# 荆楚网, 中安在线: a province's own outlet whose name does not write the province's stem (attribution.json).
_PROVINCE_OUTLET_NAMES: dict[str, str] = _RES["province_outlet_names"]
# 荆楚网（湖北日报网）, 中国经济网-湖北日报: the marks parting an info bar's source into whole names (attribution.json).
_OUTLET_NAME_PARTS = pattern_cache.re_compile("[" + re.escape(_RES["outlet_name_parts"]) + "]")
# 门户网站, 管委会网站: a jurisdiction's own site closing a publisher's name (attribution.json _own_site_words),
# longest first so 人民政府门户网站 is not cut at 门户网站 alone.
_OWN_SITE_WORDS = tuple(sorted(_RES["own_site_words"], key=len, reverse=True))
# 我市 of a county-level city's article: the speaker's own city (attribution.json _first_person_city_refs).
_FIRST_PERSON_CITY_REFS = frozenset(_RES["first_person_city_refs"])
_OWN_VOICE = literal_scanner(_RES["own_voice_words"])  # 我区: the publisher speaks (main_own_outlet)
_REST_OF_CITY_WORDS = tuple(_RES["rest_of_city_words"])  # what a match of _REST_OF_CITY opens with
_REST_OF_CITY = compiled(rf"(?:{alternation(_RES['rest_of_city_words'])})(?:各|[\d一二三四五六七八九十两]{{1,3}}个)?"
                         rf"(?=(?:{_REST_LEVEL}){{2}})(?:{_REST_LEVEL})+")
# 航天基地为中小企业发放口罩: a clause opening with a name the index does not know (attribution.json
# unknown_subject_endings), before a word of acting: a zone of its own, whose figures get no zone.
_UNKNOWN_SUBJECT = compiled(rf"(?<=^|[，。；：,;:!?！？\n])[\s“\"]*(?:(?:{alternation(_RES['topic_skip_openers'])})[，,\s]*)?"
                            rf"(?!{alternation(_RES['unknown_subject_not_after'])})"
                            rf"(\p{{Han}}{{2,6}}?(?:{alternation(_RES['unknown_subject_endings'])}))"
                            rf"(?={alternation(_RES['unknown_subject_after'])})", regex.MULTILINE)
# 宁东基地设立…: a short name opening a sentence, with an ending that opening a later clause is
# often a firm's (东风汽车武汉基地已返岗…): attribution.json unknown_sentence_subject_endings.
_UNKNOWN_SENTENCE_SUBJECT = compiled(rf"(?<=^|[。；!?！？\n])[\s“\"]*(?:(?:{alternation(_RES['topic_skip_openers'])})[，,\s]*)?"
                                     rf"(?!{alternation(_RES['unknown_subject_not_after'])})"
                                     rf"(\p{{Han}}{{2,4}}(?:{alternation(_RES['unknown_sentence_subject_endings'])}))"
                                     rf"(?={alternation(_RES['unknown_subject_after'])})", regex.MULTILINE)
_UNKNOWN_SENTENCE_SUBJECT_ENDINGS = tuple(_RES["unknown_sentence_subject_endings"])
# 中部某县级市, 某开发区: a place the writer leaves unnamed (attribution.json anonymous_place), and
# the first characters of the words pointing back to it (该市, 全县).
# 老家的县里: the quoted people's home place left unnamed is read as one (attribution.json unnamed_home_place).
_ANONYMOUS_PLACE = compiled(f'{_RES["anonymous_place"]}|{_RES["unnamed_home_place"]}')
_ANONYMOUS_MARKS = ("某", *_RES["unnamed_home_place_marks"])
_ANONYMOUS_REFERRED_BY = frozenset(_RES["anonymous_place_referred_by"])
_UNKNOWN_SUBJECT_GENERIC = tuple(_RES["unknown_subject_generic"])
# 浐灞生态区 复工率88.1%: a line headed by a name the index does not know (attribution.json
# unknown_heading_endings), then a colon or its rate's word: the line's own subject.
_UNKNOWN_HEADING_ENDINGS = tuple(dict.fromkeys(_RES["unknown_subject_endings"] + _RES["list_unknown_member_endings"]
                                               + _RES["unknown_heading_endings"]))
_HEADING_LEAD_CHARS = r" \t\u3000“\""  # what may open a heading's line before its name: no Han character
_HEADING_NAME_LEAST, _HEADING_NAME_MOST = 2, 6  # Han characters of a heading's name before its ending
_UNKNOWN_HEADING = compiled(rf"(?<=^|\n)[{_HEADING_LEAD_CHARS}]*(?!{alternation(_RES['unknown_subject_not_after'])})"
                            rf"(\p{{Han}}{{{_HEADING_NAME_LEAST},{_HEADING_NAME_MOST}}}?(?:{alternation(list(_UNKNOWN_HEADING_ENDINGS))}))"
                            rf"(?:[ \t\u3000]*[：:](?=\S)|(?=[ \t\u3000]*(?:{alternation(_RES['unknown_heading_after'])})))", regex.MULTILINE)
_UNKNOWN_HEADING_ENDING = literal_scanner(list(_UNKNOWN_HEADING_ENDINGS))
_UNKNOWN_HEADING_LONGEST_ENDING = max(map(len, _UNKNOWN_HEADING_ENDINGS))
_HEADING_LEAD = pattern_cache.re_compile(f"[{_HEADING_LEAD_CHARS}]*")


def _heading_name_may_end_near(text: str, opening: int) -> bool:
    """Whether an ending of `_UNKNOWN_HEADING_ENDINGS` starts where `_UNKNOWN_HEADING` needs one
    for the line at `opening`: after the spaces and quotes opening the line (no Han character, so
    the name starts right after them) and two to six of the name's Han characters. A plain scan
    of a few characters, asked before the pattern (its many words under a regex timer): most
    lines with an ending near their start write it further in (…园区复工率 inside a sentence)."""
    name_start = _HEADING_LEAD.match(text, opening).end()
    latest = name_start + _HEADING_NAME_MOST
    ending = _UNKNOWN_HEADING_ENDING.search(text, name_start + _HEADING_NAME_LEAST, latest + _UNKNOWN_HEADING_LONGEST_ENDING)
    return ending is not None and ending.start() <= latest


_CLAUSE_OPENING_MARKS = "，。；：,;:!?！？\n"  # what _UNKNOWN_SUBJECT's lookbehind accepts before a clause
# Matched from a position up to an end: the run up to the last of those marks before the end (the
# greedy run backs off from the end to it), one call where a str.rfind per mark took twelve.
_UP_TO_LAST_CLAUSE_OPENING_MARK = pattern_cache.re_compile(f"(?s:.*)[{re.escape(_CLAUSE_OPENING_MARKS)}]")
_UNKNOWN_SUBJECT_REACH = 24  # characters from a clause's opening to its subject's ending at most
_UNKNOWN_MEMBER_ENDINGS = tuple(_RES["list_unknown_member_endings"])
# 长安镇、松山湖高新区…分别: a town listed among zones, which lies in the division spoken of (attribution.json).
_TOWN_MEMBER_ENDINGS = tuple(_RES["list_town_member_endings"])
_TOWN_GENERIC = frozenset(_RES["list_town_generic"])
_TOWN_WORD_ENDINGS = tuple(_RES["list_town_word_endings"])  # 返乡, 城乡: a word, no town's name
# 镇里, 我镇, 县里: a town or county speaking of itself as its clause's subject (attribution.json town_own_subjects).
_TOWN_OWN_SUBJECTS = tuple(sorted(_RES["town_own_subjects"], key=len, reverse=True))
# 马口镇与固始县对接: a town's name before 与, at most this long (五里墩街道), opening its clause.
_TOWN_NAME_MAX = 6
# 从全市看…。禄口街道…复工率86%: topics of these levels hold no town (attribution.json _town_subject_topic_levels).
_TOWN_SUBJECT_TOPIC_LEVELS = frozenset(_RES["town_subject_topic_levels"])
# 东莞, 中山: prefectures whose towns lie right under them (attribution.json _prefectures_holding_towns).
_PREFECTURES_HOLDING_TOWNS = frozenset(_RES["prefectures_holding_towns"])
# 目前，街道已协助…: a town's own article naming it as subject without its name (attribution.json _town_bare_subjects).
_TOWN_BARE_SUBJECTS = tuple(sorted(_RES["town_bare_subjects"], key=len, reverse=True))
_TOWN_BARE_OPENER_MOST = _RES["town_bare_subject_opener_most"]
# 作为松江区…的工业大镇，九亭镇…: words placing a title's town in a district (attribution.json _town_placed_words).
_TOWN_PLACED_WORDS = tuple(_RES["town_placed_words"])
_TOWN_STEM_MOST = 4  # 五里墩 of 五里墩街道: the longest town stem a title opens with
# …and at most this many characters between the name and 与 (马口镇主动与, 马口镇政府与).
_TOWN_TO_JOINER_MAX = 4
# The rules a town acting in its clause overrides: the place or reference its clause or an earlier one names.
_TOWN_PASSED_RULES = frozenset({"clause_before", "sentence_before"})
_HAS_KEY = operator.attrgetter("key")  # a place the index names, not a bare reference
# Marks a clause's subject may be written after (“马口镇与…): not part of its name.
_MARKS_BEFORE_A_SUBJECT = " \t\u3000“\"（("
_ADMIN_HOLDER_TYPES = frozenset({"district", "county", "city"})
_SUBJECT_LIST_ACTING = tuple(_RES["subject_list_acting"])
_SUBJECT_LIST_BREAKERS = tuple(_RES["subject_list_breakers"])
_UNKNOWN_SUBJECT_ENDINGS = tuple(_RES["unknown_subject_endings"])
# 姐告边境贸易区…姐告片区已复市…: a short name standing for a zone named in full before it (attribution.json).
_SHORT_AREA_OF_NAMED_ENDINGS = frozenset(_RES["short_area_of_named_endings"])
_GENERIC_ZONE_WORDS = frozenset(_RES["generic_zone_words"])
# 人民银行遂宁市中心支行: a branch named after the city it serves (attribution.json branch_territory_after).
_BRANCH_TERRITORY_AFTER = tuple(_ROLES["branch_territory_after"])
_PREFECTURE_LEVEL_CHARS = "州盟"  # 全州, 全盟: an autonomous prefecture or a league, not a city
# Zone.admin_level in order of width: a zone or park (None) sits inside a county-level place.
_LEVEL_ORDER = {None: 0, "county": 1, "prefecture": 2, "province": 3}
_DEVELOPMENT_ZONE_TYPES = frozenset({"economic_development_zone", "high_tech_zone"})  # what 开发区 names
# Zones a city sets up (not its districts): a bare 高新区 in one's article is the city's.
_FUNCTIONAL_ZONE_TYPES = _DEVELOPMENT_ZONE_TYPES | {"new_area", "free_trade_zone"}
_REFERENCE_LEVELS = {ch: frozenset(types.split()) for ch, types in _RES["reference_levels"].items()}
_ANY_LEVEL = frozenset(_RES["reference_any_level"])
_SELF_REFERENCE = {w: level for level, words in _RES["self_references"].items() for w in words}
# Found by the standard library's engine (literals cannot backtrack: the budget is checked
# once per scan), as the alternation of the words finds them.
_SELF_REFERENCE_SCANNER = literal_scanner(list(_SELF_REFERENCE))
_WHOLE_OF_PLACE = frozenset(_RES["whole_of_place_references"])
# 该市: the city written last before it in its paragraph, a county-level city too (attribution.json).
_DEMONSTRATIVE_CITY = frozenset(_RES["demonstrative_city_references"])
# 办理地点：雁塔区…: the label of an address, then the address up to the place (attribution.json
# address_labels); the place is where to go, not who acts.
_ADDRESS_WORDS = tuple(sorted({label[-2:] for label in _RES["address_labels"]}))  # a cheap test: 地点, 地址 …
_ADDRESS_WORD_SCAN = literal_scanner(_ADDRESS_WORDS)  # one scan of the text for all of them
_ADDRESS_REACH = 24
# Where the first label within reach before a place stands: `_ADDRESS_BEFORE` opens with one, so
# it can match from there on only, and nowhere without one (most places of an article that
# writes an address).
_ADDRESS_LABEL_SCAN = literal_scanner(_RES["address_labels"])
_ADDRESS_BEFORE = compiled(
    rf"(?:{alternation(_RES['address_labels'])})[】\]）)]?\s*[：:]?\s*[^，,；;。！？!?\n]{{0,16}}$")
# 自治区…，全区…: an autonomous region names its whole 全区 (as 广西全区); after its own word, in one
# sentence, 全区 is the region's (_region_speaks_before).
_REGION_WORDS = frozenset(_RES["region_whole_after_own_word"]["region"])
_REGION_WHOLE = frozenset(_RES["region_whole_after_own_word"]["whole"])
_REGION_SOURCE = tuple(_RES["region_whole_after_own_word"]["source"])  # 据自治区统计局数据: where the figures come from
_ADMIN_TYPES = {"district", "county", "city"}
_OWN_BODY_ADMIN_LEVELS = frozenset({"district", "county"})  # what a 区/县's own bureau belongs to
# 县经开区, 区高新区: the level character opening the word, and the zone types of the division it means.
_OWN_LEVELS = {ch: levels & _OWN_BODY_ADMIN_LEVELS for ch, levels in _REFERENCE_LEVELS.items()
               if levels & _OWN_BODY_ADMIN_LEVELS}
_SELF_REFERENCE_WORDS = tuple(_SELF_REFERENCE)
_HAN_CHAR = compiled(r"\p{Han}")
_START_END = operator.attrgetter("start", "end")
# Item(...) through its generated __new__ costs twice tuple.__new__ with all seven fields given:
# an article's index makes one per place mention and reference.
_new_tuple = tuple.__new__


def _province_stem_before(text: str, pos: int) -> int:
    """The length of a province's stem written right before `pos` (广西 of 从广西玉林市), else 0:
    a run of places may open with one the index holds no mention of. Two tests written out, no
    generator: it runs once or twice per place of the index."""
    stems = province_stems()
    if pos >= 3 and text[pos - 3:pos] in stems:
        return 3
    if pos >= 2 and text[pos - 2:pos] in stems:
        return 2
    return 0


def _first_word_at(text: str, words: tuple[str, ...], start: int, end: int) -> int:
    """The first offset in `start`..`end` where one of `words` is written whole before `end`, else -1:
    a list pattern opening with one of them can start nowhere earlier (and nowhere at all without
    one), so it is searched from there, or not run; a few str.find calls cost far less than the
    pattern tried at every offset of the clause under its regex timer."""
    found = [i for i in (text.find(w, start, end) for w in words) if i >= 0]
    return min(found) if found else -1


def _ranking_word_after(text: str, pos: int) -> bool:
    """`_RANKING_AFTER.match(text, pos)`, its pattern run only after a character it can open
    with (a ranking word after a place is rare)."""
    return text[pos:pos + 1] in _RANKING_AFTER_FIRST_CHARS and _RANKING_AFTER.match(text, pos) is not None


# Roles of a place a headline names that leave the section to another zone: the giver of aid
# (浙江驰援荆门) and a scope, such as where an outbreak or a lockdown was (上海封控外溢).
_HEADLINE_BYSTANDER_ROLES = frozenset({"donor", "scope"})


def _epidemic_later_in_clause(text: str, epidemic_at: list[int], pos: int) -> bool:
    """Whether an outbreak word follows `pos` in its clause, given where the text writes one
    (`epidemic_at`, ascending): the first at or after `pos` with no clause break before it.
    A later one has the same breaks before it and more, so the first decides."""
    k = bisect.bisect_left(epidemic_at, pos)
    return k < len(epidemic_at) and _CLAUSE_BREAK.search(text, pos, epidemic_at[k]) is None


_INSIDE_MARKS = tuple(_RES["reference_inside_marks"])


def _inside_reference_before(text: str, r, covered_to: int) -> bool:
    """Reference `r` is a level word and a mark of inside (区内) whose level character ends the
    reference right before it (综保区内, 保税区内: inside that zone): no reference of its own, so the
    bare zone word, not the current zone, is what the clause is about (attribution.json
    _reference_inside_marks)."""
    return r.start == covered_to - 1 and text.endswith(_INSIDE_MARKS, r.start, r.end)


@lru_cache(maxsize=4096)
def _reference_reading(surface: str, kind: str) -> tuple[str | None, frozenset[str] | None]:
    """(ref_type, ref_levels) of a reference written `surface`: the zone type a bare 高新区
    points back to, and the zone types a 全区/全县/园区 can point back to."""
    suffix = _suffix_written(surface)
    generic = suffix is not None and suffix in _GENERIC_ZONE_WORDS
    ref_type = _SUFFIX_TYPE[suffix] if suffix and kind == "current" and not generic else None
    levels = None if surface in _ANY_LEVEL else next((lv for ch, lv in _REFERENCE_LEVELS.items() if ch in surface), None)
    return ref_type, levels


def _referable_type(zone) -> str:
    """The zone type a reference is matched against. A province is typed `other` as a park is,
    but no 园区 or bare 工业园区 points back to one (湖南省资兴市工业园区: not the province's):
    it is `province:` and the level character of its name, which 全区 of an autonomous region
    (广西壮族自治区) lists in `reference_levels`."""
    if zone.zone_type == "other" and zone.admin_level == "province":
        return "province:" + zone.zone_name[-1]
    return zone.zone_type


# ●全市, 【全市】: a reference word as a brief's item label (attribution.json _reference_item_labels).
_ITEM_LABEL_BRACKETS = _RES["reference_item_labels"]
_ITEM_LABEL_BULLET = pattern_cache.regex_compile(r"\p{S}{1,2}")

# 全区, 全县 …: the whole of a place, never a part of it named after 其中 (attribution.json).
# 86万元、54万元和62万元: figures listed after 分别, each with its unit, joined by a list mark: the
# values are spread over the places, whether or not each of them gave a row.
_VALUES_LISTED = compiled(r"[0-9０-９.一二三四五六七八九十百千]+[万亿千百]?[^\s0-9０-９，。；;,、和及与]{0,3}[、和及与]"
                          r"[0-9０-９一二三四五六七八九十]")
# A figure of such a list: its digits or numerals, not one inside another figure.
_LISTED_FIGURE = compiled(r"(?<![0-9０-９.一二三四五六七八九十百千万亿])[0-9０-９一二三四五六七八九十][0-9０-９.一二三四五六七八九十百千]*")
_WHOLE_OF = tuple(_RES["whole_of_place_references"])
# 区内, 辖区: within the whole place, which a part named after 其中 is not either; nor is it what
# 该区/本县 point back to.
_WITHIN_PLACE = tuple(_RES["within_place_references"])  # 区内, 辖区: what lies within the place in scope
_WHOLE_OR_WITHIN = _WHOLE_OF + tuple(_RES["within_place_references"]) + tuple(_RES["demonstrative_place_references"])
_PART_OPENERS = tuple(_RES["part_openers"])
_ROUNDUP_CLOSING = _RES["roundup_closing"]
_EXAMPLE_FRAMES = {opener: tuple(closers) for opener, closers in _RES["example_frames"].items()}
# 全区, 区内, 区财政 in a district's article: the district, over a park's section (attribution.json).
_DISTRICT_CLASS_REFERENCES = frozenset(_RES["district_class_references"]) | {w for w in OWN_BODY_WORDS if w.startswith("区")}
_PART_SEPARATORS = "，,： :"
_PART_REACH = max(map(len, _PART_OPENERS)) + 2
# A sentence opening with a list of places (吉林高新区、吉林经开区、船营区复工率分别为…) is about
# each of them: it sets no paragraph topic for the sentences after it.
_SPREAD = compiled(alternation(_RES["list_spread_words"]))
# Han characters other than a date's (3月20日，滨江区、…): before a list, they make it no subject.
_HAN_BEFORE_SUBJECT = compiled(r"[\p{Han}--[年月日]]", regex.V1)
# 其中，甲区、乙区: each member of the list after 其中 is a part (the one-character separators).
_PART_LIST_JOINERS = frozenset(w for w in _RES["list_separators"] if len(w) == 1)
# 分别为：甲区95.3%、乙区97.6%: the figure of the member before a joiner, skipped to reach its place.
_FIGURE_LAST_CHARS = "元家户个人名件只%"
_FIGURE_BEFORE_JOINER = compiled(rf"[0-9]+(?:\.[0-9]+)?[余多]?[万亿千百]?[{_FIGURE_LAST_CHARS}]$")
_FIGURE_REACH = 16
# 其中甲区复工率98.5%，乙区复工率95.1%: a comma joins the parts of one statement when each has its figure.
_PART_CLAUSE_JOINERS = frozenset("，,")
# 复工率, 规上工业企业复工率达: the cue words between a listed part and its figure, at most this long.
_MEMBER_CUE_MAX = 12


def _joint_division_type(zone) -> str | None:
    """The type of the district or county a zone is run jointly with (长沙县（长沙经开区）,
    黄埔区广州开发区: folded into the zone as one of its names), which 全县/县内 and 全区 speak
    of as well; None for any other zone (one merely located in a county keeps it apart)."""
    district = zone.district
    if not district or district not in zone.aliases or zone.zone_type in _ADMIN_TYPES:
        return None
    return _JOINT_LEVELS.get(district[-1])


_JOINT_LEVELS = {"县": "county", "旗": "county", "区": "district"}


def _fits_levels(zone, levels: frozenset[str]) -> bool:
    """Whether a reference of `levels` can speak of `zone`: its own type, or that of the
    division it is run jointly with."""
    if _named_outside(zone, levels):
        return False
    return _referable_type(zone) in levels or _joint_division_type(zone) in levels \
        or (_COUNTY_LEVEL_CITY in levels and zone.is_county_level_city)


def _named_outside(zone, levels: frozenset[str]) -> bool:
    """Whether `levels` leave out zones of `zone`'s type whose names end as its does (!other:园:
    全区 never points back to a park named …园, 社棠工业园, which is no 区; reference_levels)."""
    return "!" + zone.zone_type + ":" + zone.zone_name[-1] in levels


# The level token of reference_levels for a county-level city (浏阳市), which 县域 speaks of as it
# speaks of a county: a city of its own type, but a county's territory.
_COUNTY_LEVEL_CITY = "county_level_city"


def _is_city_of_its_articles(zone) -> bool:
    """A city, or a municipality (北京市): province-level, but what 全市 means in its own
    articles. Only as the main zone: named in passing (上海市的专家) it takes no 全市."""
    return zone.zone_type == "city" or _referable_type(zone) == "province:市"


def _is_city_or_wider(zone) -> bool:
    """A city, a municipality or a province: a place whose policy a district or zone builds on."""
    return _is_city_of_its_articles(zone) or _referable_type(zone).startswith("province:")


@lru_cache(maxsize=1)
def _provinces_sharing_a_city_stem() -> dict[str, str]:
    """Stem -> name of the provinces whose stem a city's is too (吉林 -> 吉林省, beside 吉林市): the
    zone finder reads the stem alone as neither (zones.province_stems leaves them out)."""
    places = load_gazetteer().places
    cities = {p.stem for p in places if p.level == "city"}
    return {p.stem: p.name for p in places
            if p.level == "province" and not p.name.endswith("市") and p.stem in cities}


@lru_cache(maxsize=1)
def _province_stems_and_names() -> dict[str, str]:
    """Stem -> name of the provinces and autonomous regions (四川 -> 四川省, 广西 -> 广西壮族自治区),
    not the municipalities, whose whole is 全市."""
    return {p.stem: p.name for p in load_gazetteer().places
            if p.level == "province" and not p.name.endswith("市") and p.stem}


# 四川多个国家级经开区: a province's stem before a word of several in the title (attribution.json).
_PROVINCE_HOLDER_AFTER = tuple(_RES["province_holder_in_title"])
_PROVINCE_ZONES_AFTER = tuple(_RES["province_zones_opening_title"])


def _is_province_of_quansheng(zone) -> bool:
    """A province (or autonomous region): what 全省 can mean. A municipality (上海市) is
    province-level but no 省."""
    kind = _referable_type(zone)
    return kind.startswith("province:") and kind != "province:市"


# A colon right after 分别(为) opens the values of its list, written in the clause after it.
_LIST_COLONS = (":", "：")
# 两区已分别…, 两地分别…: a count of places standing for those named last before it (attribution.json).
# The main rules that take the article's main zone from its title (attribution.json main_rules).
_TITLE_MAIN_RULES = frozenset({"main_title", "main_named_in_titles"})
_COUNTED = _RES["counted_places_respectively"]
_COUNTED_PLACES = compiled(_COUNTED["pattern"])
# 三旗规上工业企业复工率分别达到…: the count as its clause's subject, what is counted after it.
_COUNTED_SUBJECT = compiled(_COUNTED["subject_pattern"])
_COUNTED_NUMERALS = _COUNTED["numerals"]
_COUNTED_LEVELS = {word: frozenset(types.split()) if types else None for word, types in _COUNTED["levels"].items()}
# 两地规上工业企业开工率均不足15%: a count of places opening a clause whose value 均 states for each.
_COUNTED_SHARED = compiled(_RES["counted_places_shared"]["pattern"])
# 以上4家开发区累计兑现…: the group of the places listed before, opening a clause (attribution.json counted_group_sum).
_COUNTED_GROUP = compiled(_RES["counted_group_sum"]["pattern"])
# The same pattern compiled by the standard library's engine (nothing in it reads otherwise there),
# for `_lists`' test of whether a fact may be a group's sum, asked of most facts of an article: a
# plain call, its loop checking the budget itself (the pattern's one repeat, of spaces before a
# literal word, cannot run long).
_COUNTED_GROUP_TWIN = pattern_cache.re_compile(_RES["counted_group_sum"]["pattern"])
_COUNTED_GROUP_LEVELS = {word: frozenset(types.split()) if types else None
                         for word, types in _RES["counted_group_sum"]["levels"].items()}

def _names_a_member(it: Item) -> bool:
    """A place, or a bare 高新区 pointing back to one: what a list of places lists."""
    return it.key is not None or it.ref_type is not None


# 全区和陵城经开区…均达到100%: a reference to the whole current place listed with a named one
# (attribution.json _reference_listed_with_place).
_REFERENCES_LISTED = frozenset(_RES["references_listed_with_place"])


def _lists_its_own(before: str) -> bool:
    """Whether the words before 分别 in its clause list things of their own (国有企业、民营企业
    分别…, 工业企业和服务业企业分别…): then 分别 pairs its values with those, not with places
    listed in an earlier clause. Segmented, so 涉及 or 参与 is no 及 or 与 between two items."""
    from .clean import jieba_segmenter
    words = [w for w in jieba_segmenter().cut(before, HMM=False) if w.strip()]
    return any(0 < i < len(words) - 1 and words[i] in LIST_SEPARATORS for i in range(len(words)))


LIST_SEPARATORS = frozenset(_ROLES["list_separators"])
_ITEM_OPENERS = frozenset(_ROLES["enumeration_item_openers"])


def _subjects_matched(text: str, pattern, endings: tuple[str, ...]) -> list:
    """`pattern` matched at the clause openings within reach before each of `endings`."""
    out, tried = [], set()
    for ending in endings:
        at = text.find(ending)
        while at >= 0:
            lo = max(0, at - _UNKNOWN_SUBJECT_REACH)
            last_mark = _UP_TO_LAST_CLAUSE_OPENING_MARK.match(text, lo, at)
            opening = last_mark.end() if last_mark is not None else 0  # just after the last mark before `at`
            if opening == 0 and at > _UNKNOWN_SUBJECT_REACH:
                opening = -1  # no clause opens within reach: the name cannot open one
            if opening >= 0 and opening not in tried:
                tried.add(opening)
                m = pattern.match(text, opening)
                if m is not None:
                    out.append(m)
            at = text.find(ending, at + 1)
    out.sort(key=lambda m: m.start())
    return out


_BRACKETED = pattern_cache.re_compile(r"\(([^()\n]{1,60})\)")


def _parts_notes(text: str) -> list[tuple[int, int]]:
    """Spans of the brackets that list a zone's parts (赣江新区（含代管的永修县、共青城市）…:
    zones.json alias_inclusion_openers): the places in them are named as parts of the zone before
    the bracket, which the sentence speaks of; none is an actor of the figure after it. Most
    texts hold no such bracket: one search for a ( first."""
    if "(" not in text:
        return []
    return [m.span() for m in _BRACKETED.finditer(text) if lists_parts(m.group(1))]


def _in_spans(spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


class Item(NamedTuple):
    """A place mention (`key` is the zone) or a reference (`ref` is current/city/province).

    A named tuple, not a frozen dataclass: an article's index makes two per place, and a
    frozen dataclass's __init__ sets each field through object.__setattr__ (2.5x the cost)."""
    start: int
    end: int
    key: str | None = None
    ref: str | None = None
    ref_type: str | None = None   # zone type a bare 高新区/经开区 points back to
    ref_levels: frozenset[str] | None = None  # zone types a 全区/全县/园区 can point back to
    role: str = "actor"


@dataclass(frozen=True, init=False)
class Decision:
    zones: tuple[str | None, ...]
    rule: str
    candidates: str = ""

    def __init__(self, zones: tuple[str | None, ...], rule: str, candidates: str = ""):
        # One per distinct decision of an article (thousands per MB): the fields written into
        # the instance's dict, not each through object.__setattr__ as a frozen dataclass's
        # own __init__ does. Still frozen: assigning a field afterwards raises an error.
        fields = self.__dict__
        fields["zones"], fields["rule"], fields["candidates"] = zones, rule, candidates

    @property
    def zone(self) -> str | None:
        return self.zones[0] if self.zones else None


class Attributor:
    def __init__(self, doc: Document, zones: ArticleZones, *, disabled: frozenset[str] = frozenset()):
        self.doc, self.az, self.text = doc, zones, doc.text
        unknown = set(disabled) - _RULE_IDS
        if unknown:
            raise ValueError(f"unknown attribution rule ids: {sorted(unknown)}")
        self.disabled = disabled
        # pos -> `_origin_list_opener(pos)`: the places of one run share the run's start, and the
        # shortcut and the full role rules both ask it there
        self._origin_opener_at: dict[int, str] = {}
        self.items = self._items()
        # Most lookups want the last or first *actor* near a position: kept apart, in the
        # same order, they are found by one bisection instead of a walk past the others.
        self._actors = [it for it in self.items if it.role == "actor"]
        self._actor_starts = [it.start for it in self._actors]
        self._counts: dict[str, int] = Counter([it.key for it in self._actors if it.key is not None])
        # paragraph -> (its sentences, starts of those read that open with a place, those
        # places, [how many sentences were read])
        self._openers: dict[Span, tuple[list[Span], list[int], list[Item], list[int]]] = {}
        self._answers: dict[Span, list[int]] = {}  # paragraph -> starts of its sentences opening with 答：
        self._fitting: dict[frozenset[str] | None, tuple[list[Item], list[int]]] = {}
        self._section_starts = [start for start, _ in zones.sections]
        self._decisions: dict[tuple, Decision] = {}
        self._decision_by_candidates: dict[tuple, Decision] = {}
        self._topic_by_sentence: dict[Span, tuple[bool, str | None]] = {}
        self._town_opening: dict[int, bool] = {}  # clause start -> a town's own name opens it
        self._lead_in_by_item: dict[Span, tuple[bool, str | None]] = {}
        self._main_city: str | None = None
        self._main_county: str | None = None
        self._city_over_named_parts: str | None = None
        self._city_of_named_zones: str | None = None
        self._prefecture_of_unnamed_main: str | None = None
        self._main_municipality: str | None = None
        self.main, self.main_rule = self._main_zone()
        self._receivers_of_main_side_as_actors()
        self._list_owners_over_main_as_partners()
        self._main_city, self._main_county = self._divisions_of_main()
        self._main_municipality = self._municipality_holding_main()
        self._main_prefecture = self._prefecture_of_main()
        self._main_province = self._province_of_main()
        self._city_over_named_parts = self._city_holding_main_over_its_parts()
        self._city_of_named_zones = self._city_zones_are_named_after()
        self._prefecture_of_unnamed_main = self._prefecture_holding_main_unnamed()
        self._implied = self._implied_typed_zones()
        # Sections a paragraph about the article's district hands back to it (needs the main zone).
        self._sections = sorted(zones.sections + self._sections_handed_back_to_district())
        self._section_starts = [start for start, _ in self._sections]

    def _receivers_of_main_side_as_actors(self) -> None:
        """A recipient (山东已向黄冈捐赠口罩, 浙江省向荆门市捐赠) that is the article's main zone or lies
        inside it, given to by a place named outside it: the article is about the side that
        receives, so the giver is the counterpart (SPEC §5) and the recipient acts for the figure.
        In the giver's own article (两江新区向郫都区支援口罩) or when both lie inside the main zone
        (a city's roundup: 两江新区向渝北区调配) the giver keeps it. Needs the main zone, so it is
        done once the main zone is chosen; the actor lists are rebuilt. So is a giver of aid to
        another place (北仑区对口支援黔西南州) that lies on the main side (a 宁波市 roundup): the
        article is the giver's, which acts for its own figures and heads its paragraph. A
        recipient heading its own section acts wherever the giver lies (`_heads_own_section`), and
        the givers of an acting recipient become donors (`_givers_as_donors`)."""
        if not self.az.sections and (self.main is None
                                     or not any(it.role in ("recipient", "donor") for it in self.items)):
            # Nothing can change: with no section, only a recipient or a donor on the main side
            # does; a section's place after 对 may be an actor (对普安县复工的扶贫车间…给予…补助).
            return
        items = list(self.items)
        for i, it in enumerate(items):
            if it.role == "donor" and self._on_main_side(it.key):
                items[i] = it._replace(role="actor")
                continue
            paid_from = self._beneficiary_heading_own_section(it) \
                if it.role in ("actor", "recipient") and it.key is not None else None
            if paid_from is not None:
                # 【沿河】… 张家港市财政安排300万元，对沿河县复工的帮扶车间给予…补助: the section's county is who
                # the money is for; the place paying in the amount's clause is its counterpart.
                items[i] = it._replace(role="actor")
                self._givers_as_donors(items, paid_from, it)
                continue
            if it.role != "recipient" or it.key is None:
                continue
            clause_start = self.doc.clause_of(it.start)[0]
            # The giver: the last place before it in its clause other than the recipient itself
            # (向莎车县 after 上海援疆莎车分指挥部: 莎车 names where the giver's team sits).
            giver = self._last_actor(clause_start, it.start, lambda g: g.key is not None and g.key != it.key)
            if giver is None:
                continue
            if (self._on_main_side(it.key) and not self._on_main_side(giver.key)) or self._heads_own_section(it):
                items[i] = it._replace(role="actor")
                self._givers_as_donors(items, clause_start, it)
        if items != self.items:
            self.items = items
            self._actors = [it for it in items if it.role == "actor"]
            self._actor_starts = [it.start for it in self._actors]
            self._counts = Counter([it.key for it in self._actors if it.key is not None])

    def _list_owners_over_main_as_partners(self) -> None:
        """A place right after 纳入/列入 (partner_before_list_owner) with no place before it in its
        clause acts, unless it holds the article's main zone (纳入苏州市重点产业链“白名单”的216家企业 in
        太仓市's interview): the wider city owns the list the main zone's firms are put on, a
        counterpart (attribution.json _partner_before_list_owner). Needs the main zone."""
        if self.main is None or not any(w in self.text for w in _LIST_OWNER_BEFORE):
            return
        items = [it._replace(role="partner")
                 if it.role == "actor" and it.key is not None and it.key != self.main and self.main in self.az.zones
                 and self.text.endswith(_LIST_OWNER_BEFORE, 0, it.start) and self._holds(it.key, self.main) else it
                 for it in self.items]
        if items != self.items:
            self.items = items
            self._actors = [it for it in items if it.role == "actor"]
            self._actor_starts = [it.start for it in self._actors]
            self._counts = Counter([it.key for it in self._actors if it.key is not None])

    def _heads_own_section(self, it: Item) -> bool:
        """Whether recipient `it` is the zone of the roundup section it stands in (册亨：… 鄞州区向册亨县
        拨付协作资金): the section is about the one receiving, so the giver is its counterpart
        (SPEC §5), wherever the giver lies (attribution.json _recipient_own_section)."""
        i = bisect.bisect_right(self._az_section_starts, it.start) - 1
        return i >= 0 and self.az.sections[i][1] == it.key

    @cached_property
    def _az_section_starts(self) -> list[int]:
        """Where each roundup section of zones.sections starts (built once per article)."""
        return [start for start, _ in self.az.sections]

    def _beneficiary_heading_own_section(self, it: Item) -> int | None:
        """Where the clause of the amount paid for place `it` starts, when `it` stands right after a
        word that names who is given to (对, 向, 给, 为: attribution.json recipient_before), is the
        zone of the roundup section it stands in, a word of paying or giving follows it in its clause
        (beneficiary_giving_after) and a figure stands in its clause or the clause right before
        (张家港市财政安排300万元，对沿河县复工的帮扶车间给予稳岗补助): the money is for that section's place
        (attribution.json _recipient_own_section). Else None: 昆山市…复工率已达99%，对房县的帮扶工作
        同步推进 names no payment, and the rate stays the city's."""
        text = self.text
        if not text.endswith(_RECIPIENT_BEFORE, 0, it.start) or not self._heads_own_section(it):
            return None
        clause_start, clause_end = self.doc.clause_of(it.start)
        if _BENEFICIARY_GIVING_AFTER.search(text, it.end, clause_end) is None:
            return None
        if _FIGURE_IN_CLAUSE.search(text, clause_start, it.start) is not None:
            return clause_start
        before = self.doc.previous_clause((clause_start, clause_end), self.doc.sentence_of(it.start))
        if before is not None and _FIGURE_IN_CLAUSE.search(text, before[0], before[1]) is not None:
            return before[0]
        return None  # no amount in the clause or the one before: nothing paid for it

    def _givers_as_donors(self, items: list[Item], start: int, recipient: Item) -> None:
        """The places acting from `start` to `recipient` (上海市闵行区、奉贤区…向莎车县调运) give to
        it: donors, so that neither the clause nor the paragraph they open takes the figure. Not a
        place holding the recipient (南京市…对江宁开发区企业: a level above paying into its part),
        which the usual rules read, nor one it holds (沿河经开区…，张家港市…对沿河县: its own zone)."""
        starts = self._item_starts
        givers = set()
        for j in range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, recipient.start)):
            other = items[j]
            if other.role == "actor" and other.key is not None and other.key != recipient.key \
                    and not self._holds(other.key, recipient.key) and not self._holds(recipient.key, other.key):
                items[j] = other._replace(role="donor")
                givers.add(other.key)
        if givers and self._heads_own_section(recipient):
            # In the section about the one receiving, the giver is its counterpart throughout
            # (普安：北仑区帮助普安县…。北仑区财政安排200万元，对普安县…): it heads no paragraph there.
            section_start, section_end = self._section_bounds(recipient.start)
            for j in range(bisect.bisect_left(starts, section_start), bisect.bisect_left(starts, section_end)):
                if items[j].role == "actor" and items[j].key in givers:
                    items[j] = items[j]._replace(role="donor")

    def _section_bounds(self, pos: int) -> tuple[int, int]:
        """Where the roundup section holding `pos` starts and ends (the next section's start)."""
        starts = self._az_section_starts
        i = bisect.bisect_right(starts, pos)
        return (starts[i - 1] if i else 0), (starts[i] if i < len(starts) else len(self.text))

    def _holds(self, outer: str, inner: str) -> bool:
        """Whether zone `outer` is the province, city or district zone `inner` lies in."""
        zone = self.az.zones[inner]
        return outer in (zone.province, zone.city, zone.district)

    def _on_main_side(self, key: str | None) -> bool:
        """Whether zone `key` is the article's main zone or lies inside it (荆门市 in 湖北省)."""
        if key is None or self.main is None:
            return False
        zone = self.az.zones[key]
        return key == self.main or self.main in (zone.province, zone.city, zone.district)

    # --- the index: mentions and references with their roles ----------------------------------

    def _items(self) -> list[Item]:
        """`_items_by_definition`, with each reference read once per distinct wording (an
        article writes 全区, 全市 or 高新区 dozens of times) and the roles found in one loop."""
        spans = [(m.start, m.end, m.key) for m in self.az.mentions]
        spans += self._stem_mentions(spans)
        spans.sort()
        items = [_new_tuple(Item, (start, end, key, None, None, None, "actor")) for start, end, key in spans]
        items += self._reference_items()
        items = self._without_kinds_of_listed(items)
        items += self._rest_of_city_items()
        items = self._with_anonymous_places(self._with_unknown_subjects(items))
        items.sort(key=_START_END)
        self._find_titles()
        self._place_starts = frozenset(it.start for it in items if it.key is not None)
        return self._with_roles(self._references_after_their_place(items))

    def _without_kinds_of_listed(self, items: list[Item]) -> list[Item]:
        """`items` (sorted) without the reference words that name the kind of the places a list
        closed by 等 holds (甲经开区、乙经开区等工业园区: attribution.json _list_kind_after_closer)."""
        if "等" not in self.text:
            return items
        items.sort(key=_START_END)
        place_ends = {it.end for it in items if it.key is not None}
        return [it for it in items if it.ref is None or not self._kind_of_listed(it, place_ends)]

    def _kind_of_listed(self, it: Item, place_ends: set[int]) -> bool:
        """Whether the reference `it` comes right after 等 (and a count) after a named place."""
        lo = max(0, it.start - 6)
        # the set lookup first: few references follow a place's end this closely, and most of
        # the pattern's calls (one per offset, under the budget's guard) are then not made
        return any(k in place_ends and _KIND_CLOSER_BEFORE.fullmatch(self.text, k, it.start) is not None
                   for k in range(lo, it.start))

    def _reference_items(self) -> list[Item]:
        """The references (全区, 该区, bare 高新区, 全市) as items, in order, one for each place
        written (the longest of those found there)."""
        text, items, covered_to = self.text, [], -1
        for r in sorted(self.az.references, key=lambda r: (r.start, -r.end)):
            if r.end <= covered_to or _inside_reference_before(text, r, covered_to):
                continue  # 全省 and 经开区 inside 全省经开区; 高新区 found twice: one reference
            covered_to = r.end
            ref_type, levels = _reference_reading(text[r.start:r.end], r.kind)
            levels = self._own_body_levels(text[r.start:r.end], levels, r.start)
            items.append(_new_tuple(Item, (r.start, r.end, None, r.kind, ref_type, levels, "actor")))
        return items

    def _own_body_levels(self, surface: str, levels: frozenset[str] | None, start: int) -> frozenset[str] | None:
        """A district's or county's own bureau written with its level alone, opening its sentence
        (区人力社保局, 区财政局) points back to the district or county, not to a development zone inside
        it, when the title names one (涪陵区…。涪陵高新区…。区人力社保局发放稳岗返还资金…: 涪陵区's);
        else, and inside a sentence whose subject comes first (经开区加大区财政配套支持力度: the zone's own
        finance), as 全区 does."""
        if levels is None or surface not in OWN_BODY_WORDS or not self._names_a_division \
                or self.text[self.doc.sentence_of(start)[0]:start].strip(" \t\u3000“\"（("):
            return levels
        return (levels & _OWN_BODY_ADMIN_LEVELS) or levels

    @cached_property
    def _names_a_division(self) -> bool:
        """Whether the title names a district or county (涪陵区: the article is about it), whose own
        bureaus 区人社局 and 区财政局 are; a district named only in the body may be a partner or an
        origin (与相城区企业开展用工协作, 从邵阳市双清区接回), whose bureau the article's zone's is not."""
        title_end = self.doc.title_end or (self.doc.headlines[0][1] if self.doc.headlines and self.doc.headlines[0][0] == 0 else 0)
        return any(m.start < title_end and self.az.zones[m.key].zone_type in _OWN_BODY_ADMIN_LEVELS
                   for m in self.az.mentions)

    def _rest_of_city_items(self) -> list[Item]:
        """The districts and counties left out of a roundup, opening their clause (肥西县兑现7200万元；
        其余县（市）区合计兑现约3.1亿元) as references to the city (attribution.json rest_of_city_words):
        the figure after them is the rest's, within the city, not the last district's named before."""
        text, out = self.text, []
        if not any(word in text for word in _REST_OF_CITY_WORDS):
            return out  # most articles: a scan per word in C, not the pattern's over the text
        for m in _REST_OF_CITY.finditer(text):
            clause_start = self.doc.clause_of(m.start())[0]
            opener = _TOPIC_SKIP.match(text, clause_start, m.start())
            if not text[opener.end() if opener else clause_start:m.start()].strip(" \t“\"，,"):
                out.append(Item(m.start(), m.end(), ref="city"))
        return out

    def _with_unknown_subjects(self, items: list[Item]) -> list[Item]:
        """`items` and the names the index does not know that open a clause as its subject
        (航天基地为中小企业发放…, attribution.json unknown_subject_endings) as items of their own
        (ref "unknown", resolved to no zone): the place before them no longer carries over to
        their clause's figures; and those heading their own line before its rate (浐灞生态区复工率88.1%,
        航天基地：…: `_unknown_heading_matches`). Not a facility of a kind (生产基地, 光伏产业基地), nor a name that
        overlaps a place or reference of the index (龙湖片区 where the index knows it)."""
        text, found = self.text, []
        for m in self._unknown_subject_matches() + self._unknown_sentence_subject_matches() + self._unknown_heading_matches():
            start, end = m.span(1)
            ending = max((w for w in _UNKNOWN_HEADING_ENDINGS if text.endswith(w, start, end)), key=len)
            head = text[start:end].removesuffix(ending)
            if head.endswith(_UNKNOWN_SUBJECT_GENERIC) or head in FOREIGN_PARK_NAMES:
                continue  # 生产基地; 日本产业园: a park for one country's firms, inside the zone in scope
            if not any(it.start < end and start < it.end for it in items):
                key = self._named_in_full_before(items, start, head, ending)
                found.append(Item(start, end, key=key) if key is not None else Item(start, end, ref="unknown"))
        return items + found if found else items

    def _named_in_full_before(self, items: list[Item], start: int, head: str, ending: str) -> str | None:
        """The zone a short name the index does not know stands for (姐告片区 after 姐告边境贸易区 in
        its paragraph, attribution.json short_area_of_named_endings): its head opens the written
        name of a place named earlier in the paragraph, the last such; else None (an area of its own)."""
        if ending not in _SHORT_AREA_OF_NAMED_ENDINGS:
            return None
        paragraph_start = self.doc.paragraph_of(start)[0]
        text, owner = self.text, None
        for it in items:
            if it.key is not None and paragraph_start <= it.start and it.end <= start \
                    and it.end - it.start > len(head) and text.startswith(head, it.start) \
                    and (owner is None or it.start > owner.start):
                owner = it
        return owner.key if owner is not None else None

    def _with_anonymous_places(self, items: list[Item]) -> list[Item]:
        """`items` and the places the writer leaves unnamed (中部某县级市, 某开发区: attribution.json
        anonymous_place) as items of their own (ref "unknown", resolved to no zone), in place of a
        reference read inside one (开发区 of 某开发区): the place before them no longer carries over
        to their figures. Kept apart too (`_anonymous_places`), for the 该市 pointing back to one."""
        self._anonymous_places: list[Item] = []
        self._anonymous_spans: frozenset[tuple[int, int]] = frozenset()
        if not any(mark in self.text for mark in _ANONYMOUS_MARKS):
            return items
        budget.check()
        for m in _ANONYMOUS_PLACE.finditer(self.text):
            start, end = m.span()
            if any(it.key is not None and it.start < end and start < it.end for it in items):
                continue  # a name the index knows runs through it
            items = [it for it in items if not (start <= it.start and it.end <= end)]
            self._anonymous_places.append(Item(start, end, ref="unknown"))
        # 从湖北某县返岗, 赴某市接回: the role is read from the words around it, as a named place's
        # (`_with_roles`): only as an actor does it stop the place before from carrying over.
        self._anonymous_spans = frozenset((a.start, a.end) for a in self._anonymous_places)
        return items + self._anonymous_places

    def _points_to_anonymous_place(self, it: Item) -> bool:
        """Whether reference `it` (该市, 全县) points back to a place left unnamed earlier in its
        paragraph (中部某县级市负责人介绍，该市今年已…): one of its level, with no named place between."""
        surface = self.text[it.start:it.end]
        if len(surface) != 2 or surface[0] not in _ANONYMOUS_REFERRED_BY:
            return False
        paragraph_start = self.doc.paragraph_of(it.start)[0]
        before = [a for a in self._anonymous_places if paragraph_start <= a.start and a.end <= it.start]
        if not before or self.text[before[-1].end - 1] != surface[-1]:
            return False
        return self._last_actor(before[-1].end, it.start, lambda x: x.key is not None) is None

    def _unknown_subject_matches(self) -> list:
        """_UNKNOWN_SUBJECT.finditer(text), matched only at the clause openings before an ending
        word of unknown_subject_endings (most texts hold none, or a few): no scan of every
        position of the text."""
        return _subjects_matched(self.text, _UNKNOWN_SUBJECT, _UNKNOWN_SUBJECT_ENDINGS)

    def _unknown_sentence_subject_matches(self) -> list:
        """_UNKNOWN_SENTENCE_SUBJECT.finditer(text), matched as `_unknown_subject_matches` is (宁东基地设立…)."""
        return _subjects_matched(self.text, _UNKNOWN_SENTENCE_SUBJECT, _UNKNOWN_SENTENCE_SUBJECT_ENDINGS)

    def _unknown_heading_matches(self) -> list:
        """_UNKNOWN_HEADING matched at the line openings before an ending word of
        `_UNKNOWN_HEADING_ENDINGS` (浐灞生态区 复工率88.1%): no scan of every line of the text."""
        text, out, tried = self.text, [], set()
        for hit in _UNKNOWN_HEADING_ENDING.finditer(text):  # one scan for all the endings
            at = hit.start()
            opening = text.rfind("\n", 0, at) + 1
            if at - opening <= _UNKNOWN_SUBJECT_REACH and opening not in tried:
                tried.add(opening)
                if not _heading_name_may_end_near(text, opening):
                    continue
                m = _UNKNOWN_HEADING.match(text, opening)
                if m is not None:
                    out.append(m)
        return out

    def _items_by_definition(self) -> list[Item]:
        """Every place mention and reference of the article with its role, in text order: the
        definition `_items` computes (tests compare the two)."""
        az, text = self.az, self.text
        spans = [(m.start, m.end, m.key) for m in az.mentions]
        spans += self._stem_mentions(spans)
        spans.sort()
        items = [Item(s, e, key=k) for s, e, k in spans]
        covered_to = -1
        for r in sorted(az.references, key=lambda r: (r.start, -r.end)):
            if r.end <= covered_to or _inside_reference_before(text, r, covered_to):
                continue  # 全省 and 经开区 inside 全省经开区; 高新区 found twice: one reference
            covered_to = r.end
            surface = text[r.start:r.end]
            suffix = _suffix_written(surface)
            generic = suffix is not None and suffix in _GENERIC_ZONE_WORDS
            ref_type = _SUFFIX_TYPE[suffix] if suffix and r.kind == "current" and not generic else None
            levels = None if surface in _ANY_LEVEL else next((lv for ch, lv in _REFERENCE_LEVELS.items() if ch in surface), None)
            levels = self._own_body_levels(surface, levels, r.start)
            items.append(Item(r.start, r.end, ref=r.kind, ref_type=ref_type, ref_levels=levels))
        items += self._rest_of_city_items()
        items = self._with_anonymous_places(self._with_unknown_subjects(items))
        items.sort(key=lambda it: (it.start, it.end))
        self._find_titles()
        self._place_starts = frozenset(it.start for it in items if it.key is not None)
        items = self._references_after_their_place(items)
        return [self._with_role(items, i) for i in range(len(items))]

    def _references_after_their_place(self, items: list[Item]) -> list[Item]:
        """深圳全市, 浙江全省, 广西全区: the whole of a place (`whole_of_place_references`) written
        right after the name or the stem of a place of its level that the article names is that
        place, whatever the article's main zone or the city it names most."""
        out = list(items)
        stems = None
        for i, it in enumerate(out):
            if it.ref is None or self.text[it.start:it.end] not in _WHOLE_OF_PLACE:
                continue
            before = out[i - 1] if i else None
            if before is not None and before.key is not None and before.end == it.start:
                candidates = [before.key]
            else:
                stems = self._stems_of_divisions() if stems is None else stems
                candidates = [stems[w] for w in (self.text[max(0, it.start - k):it.start] for k in (3, 2)) if w in stems]
            key = next((k for k in candidates if self._is_of_level(self.az.zones[k], it)), None)
            if key is not None:
                out[i] = Item(it.start, it.end, key)
            elif before is not None and before.ref == "province" and self._region_speaks_before(before, it) \
                    and not any(x.key is not None for x in out[:i - 1] if x.start >= self.doc.sentence_of(it.start)[0]):
                out[i] = it._replace(ref="province", ref_type=None, ref_levels=None)
        return out

    def _region_speaks_before(self, region: Item, whole: Item) -> bool:
        """Whether `whole` (全区) follows the autonomous region's own word opening a clause of its
        sentence, its subject (自治区出台…政策，全区银行机构…: zones.json reference_province; 从全区看，
        自治区工信厅数据显示，全区…; 据自治区统计局数据，全区…), with no place named in the sentence
        before it (the caller's test): the whole of the region, which a 全区 written after no place
        would take for the zone in scope. Not a region named inside a clause (银川经开区在自治区率先…，
        全区…: the zone's whole)."""
        sentence = self.doc.sentence_of(region.start)
        if self.text[whole.start:whole.end] not in _REGION_WHOLE or self.text[region.start:region.end] not in _REGION_WORDS \
                or sentence != self.doc.sentence_of(whole.start):
            return False
        opening = self.text[self.doc.clause_of(region.start)[0]:region.start].strip(_CLAUSE_EDGE + "\u3000")
        return not opening.removeprefix(next((w for w in _REGION_SOURCE if opening.startswith(w)), ""))  # the region opens it: its subject

    def _stems_of_divisions(self) -> dict[str, str]:
        """The stems of the divisions the article names (浙江 of 浙江省, 重庆 of 重庆市), to their keys."""
        stems = {}
        for key, zone in self.az.zones.items():
            if zone.admin_level is not None:
                for place in load_gazetteer().lookup(zone.zone_name)[:1]:
                    if len(place.stem) >= 2 and place.stem != key:
                        stems.setdefault(place.stem, key)
        return stems

    @staticmethod
    def _is_of_level(zone, reference: Item) -> bool:
        """Whether `zone` is of the level `reference` (全市, 全省, 全区, 全县) speaks of."""
        if reference.ref == "city":
            return _is_city_of_its_articles(zone)
        if reference.ref == "province":
            return _is_province_of_quansheng(zone)
        return reference.ref_levels is not None and _fits_levels(zone, reference.ref_levels)

    def _in_document_title(self, start: int, end: int) -> bool:
        """Inside 《…》: the last 《 before `start` is not closed before it, and a 》 follows soon."""
        i = bisect.bisect_left(self._opening, start) - 1
        if i < 0:
            return False
        j = bisect.bisect_left(self._closing, start) - 1
        if j >= 0 and self._closing[j] > self._opening[i]:
            return False
        k = bisect.bisect_left(self._closing, end)
        return k < len(self._closing) and self._closing[k] < end + 80

    def _in_product_name(self, start: int) -> bool:
        """Inside a product's quoted name (“南沙跨境贷”, `ArticleZones.products`): the place is part
        of the name, as in a document's title (睢县 of “睢县快贷” may still be the article's place)."""
        products = self.az.products
        if not products:
            return False
        i = bisect.bisect_right(products, (start, len(self.text))) - 1
        return i >= 0 and products[i][0] <= start < products[i][1]

    @cached_property
    def _company_short_names(self) -> list[tuple[int, int]]:
        """Spans, sorted, of every mention of a short name a firm's registered name is given
        (…有限公司（以下简称“攸县恒锐”）, then 攸县恒锐收到…: attribution.json _company_short_name)."""
        text = self.text
        if _SHORT_NAME_GLOSS_WORD.search(text) is None:
            return []  # most texts gloss no firm's name
        shorts = {m.group("short") for m in _SHORT_NAME_GLOSS.finditer(text)}
        spans = []
        for short in shorts:
            pos = 0
            while (pos := text.find(short, pos)) >= 0:
                spans.append((pos, pos + len(short)))
                pos += len(short)
        return sorted(spans)

    def _in_company_short_name(self, start: int) -> bool:
        """Whether `start` lies in a mention of a firm's short name (攸县恒锐): the place is part
        of a company name, no actor (SPEC §5)."""
        spans = self._company_short_names
        if not spans:
            return False
        i = bisect.bisect_right(spans, (start, len(self.text))) - 1
        return i >= 0 and spans[i][0] <= start < spans[i][1]

    def _in_a_title(self, start: int, end: int) -> bool:
        """`_in_document_title` by one bisection for a place after a closed title (most places):
        the 》 that closes the last 《 before `start` is looked up, not found again."""
        i = bisect.bisect_left(self._opening, start) - 1
        if i < 0:
            return False
        closing = self._closing_of[i]
        if closing is None or closing < start:
            return False
        if closing >= end:  # then it is also the first 》 after the place
            return closing < end + 80
        k = bisect.bisect_left(self._closing, end)
        return k < len(self._closing) and self._closing[k] < end + 80

    def _find_titles(self) -> None:
        """Where 《 and 》 stand, and for each 《 the first 》 after it (None for none)."""
        self._opening = positions_of(self.text, "《")
        self._closing = positions_of(self.text, "》")
        after = [bisect.bisect_right(self._closing, o) for o in self._opening]
        self._closing_of = [self._closing[k] if k < len(self._closing) else None for k in after]

    def _stem_mentions(self, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """深圳 where the article also writes 深圳市: the short form names the same place."""
        stems, common = {}, {}
        for key, zone in self.az.zones.items():
            if zone.zone_type in _ADMIN_TYPES and len(key) >= 3 and key[-1] in "市县区旗":
                stem = key[:-1]
                (common if stem in STEM_NOT_ALONE else stems).setdefault(stem, key)
        if not stems:
            return []
        taken = sorted([(s, e) for s, e, _ in spans] + self.az.companies)  # 璧山 of 璧山分公司: a firm's name
        starts = [s for s, _ in taken]
        found = []
        budget.check()
        for start, end, stem in leftmost_longest(self.text, stems):
            i = bisect.bisect_right(starts, start) - 1
            if i >= 0 and taken[i][1] > start:
                continue
            if i + 1 < len(taken) and taken[i + 1][0] < end:
                continue
            found.append((start, end, stems[stem]))
        return self._with_common_stems_listed(found, common, spans) if common and (found or spans) else found

    def _with_common_stems_listed(self, found: list[tuple[int, int, str]], common: dict[str, str],
                                  spans: list[tuple[int, int, str]] = ()) -> list[tuple[int, int, str]]:
        """`found` and the stems that are also common words (太和 of 太和县: stem_not_alone) written
        as a member of a list between two found stems or place mentions (`spans`: 临泉、太和、颍上
        三县, whose other stems the zone finder reads as places): there the word is the place."""
        text, extra = self.text, []
        listed = sorted(found + list(spans)) if spans else found
        for (_, end, _), (start, _, _) in zip(listed, listed[1:]):
            if text[end:end + 1] not in _LIST_MARKS or text[start - 1:start] not in _LIST_MARKS:
                continue
            between = text[end + 1:start - 1]
            if between in common:
                extra.append((end + 1, start - 1, common[between]))
        return sorted(found + extra) if extra else found

    def _with_roles(self, items: list[Item]) -> list[Item]:
        """`_with_role` of every item: the run of places written together before each one
        carried from item to item and the ends of the runs written right after them found by
        one pass back (`_run_ends`), not walked afresh for every place (linear however long an
        article's lists); the title test by one bisection (`_in_a_title`)."""
        out, chain, segment, previous, run_ends, list_ends = [], 0, 0, None, None, None
        after_joiner = False  # a place of the run before this one is joined to the next by 与/和…
        text = self.text
        text_end = len(text)
        addresses = _ADDRESS_WORD_SCAN.search(text) is not None  # most texts give no office's address
        parts_notes = _parts_notes(text)
        epidemic_at = epidemic_positions(text)  # once per article: asked once per place
        place_starts = self._place_starts
        for i, it in enumerate(items):
            if not i % 32:  # each item's work is bounded (a few characters around it): no clock read per item
                budget.check()
            if previous is None or it.start - previous.end > _LIST_GAP_MOST or not self._written_together(previous, it):
                chain, after_joiner = it.start, False
            elif text[previous.end:it.start].strip().endswith(_COUNTERPART_BEFORE):
                after_joiner = True
            if previous is None or previous.key is None or previous.end != it.start:
                segment = it.start
            previous = it
            if addresses and it.key is not None and self._in_an_address(it.start):
                out.append(it._replace(role="address"))  # 办理地点：雁塔区锦业路1号: where to apply, no actor
            elif parts_notes and _in_spans(parts_notes, it.start):
                out.append(it._replace(role="part"))  # 赣江新区（含代管的永修县…）: a part named, no actor
            elif (_ranking_word_after(text, it.end) or self._ranked_before(it, chain)) and self._is_ranking_scope(items, i, chain):
                out.append(it._replace(role="scope"))
            elif self._rule_source_clauses and self._in_rule_source(it):
                out.append(it._replace(role="document"))  # 根据自治区有关规定: where the rule comes from
            elif it.ref is not None and (it.start, it.end) in self._anonymous_spans:
                run_ends = run_ends or self._run_ends(items)
                list_ends = list_ends or self._list_ends(items)
                out.append(it._replace(role=self._role_outside_titles(it, chain, run_ends[i], segment, list_ends[i],
                                                                      after_joiner).role))
            elif it.ref is not None:
                out.append(self._reference_with_role(it))
            elif (self._opening and self._in_a_title(it.start, it.end)) or self._in_product_name(it.start):
                out.append(Item(it.start, it.end, it.key, role="document"))
            elif ((lead := chain - _province_stem_before(text, chain)) == 0 or text[lead - 1] not in _LAST_CHARS_BEFORE_A_ROLE) \
                    and not after_joiner \
                    and it.end not in place_starts \
                    and not _epidemic_later_in_clause(text, epidemic_at, it.end) \
                    and not (lead and text[lead - 1] in _LIST_SEPARATOR_LAST_CHARS  # both open a list: no call
                             and (self._origin_list_opener(lead) or self._policy_list_opened(lead))) \
                    and (segment == chain or text[segment - 1] not in _LAST_CHARS_BEFORE_A_ROLE) \
                    and not (_ROLE_WORD_AFTER.search(text, it.end, min(text_end, it.end + _ROLE_WORD_AFTER_REACH))
                             and _role_word_near_after(text, it.end)) \
                    and not _stem_opens_a_venue(text, it) \
                    and not _outside_after(text, it.end) \
                    and not _RETURNERS_CLOSER.search(text, it.end, min(text_end, it.end + _ORIGIN_LIST_REACH)) \
                    and not text.startswith(_DONOR_VERBS_AFTER, it.end) \
                    and not text.startswith(_OFFICE_WORDS, it.end) \
                    and not text.startswith(_ROUTE_JOINERS, it.end) \
                    and not text.startswith(_PRODUCT_OPENING_QUOTES, it.end) \
                    and not self._in_company_short_name(it.start):
                # most places: no firm's name follows, no word before or after makes another role
                # (the tests are pure and independent: those failing most often, an outbreak word
                # later in the clause and a place touching the next, come right after the
                # cheapest, so a place sent to the full rules skips the rest). A
                # place touching the next (广东省江门市对口支援…) takes the role of the run, whose
                # words after it are read after the run's last place: the full rules decide.
                out.append(it)
            else:
                run_ends = run_ends or self._run_ends(items)
                list_ends = list_ends or self._list_ends(items)
                out.append(self._role_outside_titles(it, chain, run_ends[i], segment, list_ends[i], after_joiner))
        return out

    @cached_property
    def _rule_source_clauses(self) -> list[Span]:
        """The clauses, in order, that only say where a rule comes from: one of rule_source's
        openers opening the clause, after a speaker's pronoun at most (我们按照…: rule_source_speakers),
        one of its closers ending it (根据国家和自治区有关规定，…; 按照省里有关政策，…: attribution.json
        rule_source)."""
        text, found = self.text, []
        for m in _RULE_SOURCE_OPENER.finditer(text):
            clause = self.doc.clause_of(m.start())
            if clause in found[-1:]:
                continue
            body = text[clause[0]:clause[1]].strip(_CLAUSE_EDGE + "\u3000")
            speaker = next((w for w in _RULE_SOURCE_SPEAKERS if body.startswith(w)), "")
            if body.startswith(m.group(), len(speaker)) \
                    and (m.group() in _RULE_SOURCE_NATIONAL or body.endswith(_RULE_SOURCE_CLOSERS)):
                found.append(clause)
        return found

    def _in_rule_source(self, it: Item) -> bool:
        """Whether place or reference `it` stands in a clause naming a rule's source (`_rule_source_clauses`):
        it wrote the rule, it does not act."""
        clauses = self._rule_source_clauses
        i = bisect.bisect_right(clauses, (it.start, len(self.text) + 1)) - 1
        return i >= 0 and clauses[i][0] <= it.start and it.end <= clauses[i][1]

    def _in_an_address(self, pos: int) -> bool:
        """Whether a place at `pos` stands in an address after its label, in the same clause
        (办理地点：雁塔区锦业路1号, 【咨询地址】管城回族区…: attribution.json address_labels)."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        label = _ADDRESS_LABEL_SCAN.search(self.text, max(line_start, pos - _ADDRESS_REACH), pos)
        return label is not None and _ADDRESS_BEFORE.search(self.text, label.start(), pos) is not None

    def _run_ends(self, items: list[Item]) -> list[int]:
        """`_run_end` of every item, carried back from the next one."""
        text_end = len(self.text)
        run_ends = [it.end for it in items]
        for i in range(len(items) - 2, -1, -1):
            if run_ends[i] < text_end and items[i + 1].start == run_ends[i]:
                run_ends[i] = run_ends[i + 1]
        return run_ends

    def _list_ends(self, items: list[Item]) -> list[int]:
        """`_list_end` of every item, carried back from the next one."""
        ends = [it.end for it in items]
        for i in range(len(items) - 2, -1, -1):
            if items[i + 1].key is not None and self._written_together(items[i], items[i + 1]):
                ends[i] = ends[i + 1]
        return ends

    def _list_end(self, items: list[Item], i: int) -> int:
        """End of the run of places written together from item `i` on (甲区、乙区, 湖南省临澧县)."""
        while i + 1 < len(items) and items[i + 1].key is not None and self._written_together(items[i], items[i + 1]):
            i += 1
        return items[i].end

    def _written_together(self, first: Item, then: Item) -> bool:
        """湖南省临澧县, 甲区、乙区: a place, then the next item at most a list separator after it;
        or a written separator and a province's stem (河南太康县、安徽临泉县: the next member named
        with its province, as the first may be: `_province_stem_before`)."""
        if first.key is None:
            return False
        text = self.text
        if then.start - first.end <= 2:
            return _LIST_SEP.match(text[first.end:then.start] or "") is not None
        held = _province_stem_before(text, then.start)
        return 0 < held and then.start - held - first.end <= 2 and first.end < then.start - held \
            and _LIST_SEP_WRITTEN.match(text[first.end:then.start - held]) is not None

    @staticmethod
    def _segment_start(items: list[Item], i: int) -> int:
        """Start of the places written touching item `i` (上海市金山区), without a separator."""
        start = items[i].start
        j = i - 1
        while j >= 0 and items[j].key is not None and items[j].end == start:
            start = items[j].start
            j -= 1
        return start

    def _chain_start(self, items: list[Item], i: int) -> int:
        """Start of the run of places written together (湖南省临澧县, 甲区、乙区)."""
        start = items[i].start
        j = i - 1
        # The cheap distance test first: the pattern runs only on the few characters between.
        while j >= 0 and items[j].key is not None and start - items[j].end <= _LIST_GAP_MOST \
                and self._written_together(items[j], items[j + 1]):
            start = items[j].start
            j -= 1
        return start

    @staticmethod
    def _run_end(items: list[Item], i: int, text_end: int) -> int:
        """End of the places written right after item `i`, one touching the next."""
        after_end = items[i].end
        while after_end < text_end and i + 1 < len(items) and items[i + 1].start == after_end:
            i += 1
            after_end = items[i].end
        return after_end

    def _with_role(self, items: list[Item], i: int) -> Item:
        """Item `i` with its role: the definition `_with_roles` computes for all at once."""
        budget.check()
        it = items[i]
        chain = self._chain_start(items, i)
        if it.key is not None and _ADDRESS_WORD_SCAN.search(self.text) is not None and self._in_an_address(it.start):
            return it._replace(role="address")  # 办理地点：雁塔区锦业路1号: where to apply, no actor
        if _in_spans(_parts_notes(self.text), it.start):
            return it._replace(role="part")  # 赣江新区（含代管的永修县…）: a part named, no actor
        if (_RANKING_AFTER.match(self.text, it.end) or self._ranked_before(it, chain)) and self._is_ranking_scope(items, i, chain):
            return it._replace(role="scope")
        if self._in_rule_source(it):
            return it._replace(role="document")  # 根据自治区有关规定: where the rule comes from
        if it.ref is not None and (it.start, it.end) in self._anonymous_spans:
            # 从湖北某县返岗: a place left unnamed takes its role as a named one does
            return it._replace(role=self._role_outside_titles(
                it, chain, self._run_end(items, i, len(self.text)), self._segment_start(items, i),
                self._list_end(items, i), self._after_joiner(items, i)).role)
        if it.ref is not None:
            return self._reference_with_role(it)
        if self._in_document_title(it.start, it.end) or self._in_product_name(it.start):
            return Item(it.start, it.end, it.key, role="document")
        return self._role_outside_titles(it, chain, self._run_end(items, i, len(self.text)),
                                         self._segment_start(items, i), self._list_end(items, i),
                                         self._after_joiner(items, i))

    def _after_joiner(self, items: list[Item], i: int) -> bool:
        """Whether a place of the run written together before item `i` is joined to the next by
        a word of partner_counterpart_before (甲区与乙区、丙区: 丙区 is after 与 too)."""
        text = self.text
        while i > 0 and items[i - 1].key is not None and items[i].start - items[i - 1].end <= 2 \
                and _LIST_SEP.match(text[items[i - 1].end:items[i].start] or ""):
            if text[items[i - 1].end:items[i].start].strip().endswith(_COUNTERPART_BEFORE):
                return True
            i -= 1
        return False

    def _reference_with_role(self, it: Item) -> Item:
        """Reference `it` with its role: what is compared with (比全市平均水平), whose policy is carried
        out (落实我省…的若干措施), else an actor."""
        if self._compared(it):
            return it._replace(role="scope")
        if self._carried_out_policy(it):
            return it._replace(role="document")  # 落实我省…措施: the province's policy, not its figure
        if self._reference_as_partner(it):
            return it._replace(role="partner")  # 经开区联合县人社局开通…: the bureau helps, the zone acts
        if self._level_funds_received(it):
            return it._replace(role="partner")  # 高新区争取自治区补助资金: the region gives, the zone holds
        return it

    def _level_funds_received(self, it: Item) -> bool:
        """A reference to a city, a province or the country right after a verb of receiving, a word
        of funds after it in its clause and a place or a reference named before the verb (高新区为企业
        争取自治区复工复产补助资金): the level is the money's source, the receiver before holds the
        figure (attribution.json _funds_received_from_level)."""
        if it.ref not in _WIDER_REFERENCES:
            return False
        text = self.text
        verb = next((w for w in _RECEIVING_BEFORE if text.endswith(w, 0, it.start)), None)
        if verb is None or _FUNDS_RECEIVED_AFTER.match(text, it.end, min(len(text), it.end + _FUNDS_RECEIVED_REACH)) is None:
            return False
        return self._named_before_in_clause(it.start - len(verb))

    def _reference_as_partner(self, it: Item) -> bool:
        """A reference right after a word of partner_before (联合县人社局, 会同区财政局, 协调市人社局)
        is a counterpart, as a place written there is (`_role_outside_titles`): the one before the
        word acts and keeps the figures. After 列入/纳入 only when a place or a reference is named
        before it in its clause (列入全市重点清单的企业: with none, the list's owner is whose firms)."""
        before = self.text[max(0, it.start - 4):it.start]
        if not before.endswith(_PARTNER_BEFORE):
            return False
        return not before.endswith(_LIST_OWNER_BEFORE) or self._named_before_in_clause(it.start)

    def _compared(self, it: Item) -> bool:
        """A reference to a city, a province or the country after a word of comparison (比全市平均
        水平, 高于全省平均水平) or, for the country, of ranking (为全国担保行业最低): what is
        compared with, not who acts (attribution.json compared_scope_before, country_scope_before)."""
        words = _SCOPE_BEFORE_OF.get(it.ref)
        if words is None:
            return it.ref == "city_body" and self._baseline_level(it)
        before = self.text[max(0, it.start - 2):it.start]
        if before.endswith(words):
            return not self._country_opens_clause(it)
        if it.ref in ("city", "province") and self._where_people_work(it):
            return True  # 到省内务工的返岗人员, 省外每人800元、省内每人300元: where, not whose
        if it.ref in ("city", "province") and self._baseline_level(it):
            return True  # 在市财政的基础上再给予2%的贴息: the level built on, as for a named city
        # 余杭区对照全市标准加码: the standard a place named in the sentence follows.
        if before.endswith(_STANDARD_SCOPE_BEFORE) and self._other_place_in_sentence(it):
            return True
        # 记者从长兴县获悉，随着全省消费回暖，…: the setting of the sentence's fact, not who holds it.
        if it.ref in ("city", "province") and self._in_background_clause(it):
            return True
        return self._audience(it, before)

    def _baseline_level(self, it: Item) -> bool:
        """Whether reference `it` is the level a policy builds on: after 在, with 基础上 closing the frame
        and no figure between (在全市补贴标准的基础上, 在市级补贴基础上，区级再…: a word of policy
        between for 全市/全省, attribution.json _baseline_reference_words; a city's own body or level
        word says so alone). With its own figure in the frame (在市级每人300元补贴的基础上) the level
        states that figure and acts."""
        if not self.text.endswith(_BASELINE_BEFORE, 0, it.start):
            return False
        m = _BASELINE_AFTER.match(self.text, it.end, min(len(self.text), it.end + _BASELINE_AFTER_REACH))
        return m is not None and not any(ch.isdigit() for ch in m.group()) \
            and (it.ref == "city_body" or any(w in m.group() for w in _BASELINE_REFERENCE_WORDS))

    def _country_opens_clause(self, it: Item) -> bool:
        """Whether the country reference `it` is all its clause states, after a word of place and
        before a closer (在全国层面，…; 在全国范围内，…: attribution.json country_scope_clause_closers):
        the whole country that the sentence's figures are about, who acts, not the field of a
        ranking (在全国率先复工, 居全国前列)."""
        if it.ref != "country":
            return False
        start, end = self.doc.clause_of(it.start)
        return self.text[start:it.start].strip(_CLAUSE_EDGE) in _COUNTRY_SCOPE_BEFORE \
            and self.text[it.end:end].strip(_CLAUSE_EDGE) in _COUNTRY_SCOPE_CLAUSE_CLOSERS

    def _in_background_clause(self, it: Item) -> bool:
        """Whether reference `it` stands in a clause that only sets the background (随着全市…,
        伴随全市解封, 在全省…推动下, 受全市…影响: attribution.json background_clause_openers, _frames)
        and states no figure (随着全市复工率升至95%: the city's rate)."""
        start, end = self.doc.clause_of(it.start)
        clause = self.text[start:end].strip(_CLAUSE_EDGE)
        if _FIGURE_IN_CLAUSE.search(clause):
            return False
        return clause.startswith(_BACKGROUND_OPENERS) \
            or any(clause.startswith(opener) and clause.endswith(closers) for opener, closers in _BACKGROUND_FRAMES)

    def _audience(self, it: Item, before: str) -> bool:
        """面向全国消费者, 为全省返岗人员, 从省内各地接回, 招用本市户籍失业人员, 在全省范围内招聘
        in a sentence that names a place: the reference says who is served or where people come
        from; the place named acts."""
        if _HIRING_AFTER.match(self.text, it.end):
            pass  # 在全省范围内招聘: where those hired come from
        elif before.endswith(_HIRING_VERBS):
            return True  # 招用省内贫困劳动力: whom is hired, never who acts, a place named before or not
        elif not before.endswith(_AUDIENCE_BEFORE):
            return False
        elif before.endswith(_AUDIENCE_ALONE_BEFORE):
            pass  # 面向全市, 来自全国, 招用本市: who is served, where people come from
        elif before.endswith(_ORIGIN_FROM):
            if self._viewpoint_in_clause(it.end) or not self._moved_after(it.end, it.end):
                return False  # 从全市(情况)来看: a point of view, the whole city's figures follow
            # 从省内定西、陇南等地接回务工人员520名: where people are brought from is never who acts,
            # whether or not the one bringing them is named in this clause (甘州区还组织…，从省内…)
            return True
        elif not _AUDIENCE_NOUN_AFTER.match(self.text, it.end):
            return False
        return self._place_acting_before(it)

    def _place_acting_before(self, it: Item) -> bool:
        """Whether a place is named before reference `it` in its clause, not as part of a firm's
        or a bank's name (建设银行湖南省分行为全省…: the bank's name holds the province): the place
        that acts on those the reference describes. A place named after it (省里对全省中小企业减免
        社保费85亿元，新站高新区企业…) does not act on them."""
        text = self.text
        start = self.doc.clause_of(it.start)[0]  # …介绍，市人社局为全市高校毕业生…: the clause's own actor
        for m in self.az._mentions_in(start, it.start):
            window_end = min(len(text), m.end + 16)
            if not (_COMPANY_WORD.search(text, m.end, window_end) and _COMPANY_AFTER.match(text, m.end, window_end)):
                return True
        return False

    def _where_people_work(self, it: Item) -> bool:
        """省内/市内 saying where people work or go (attribution.json where_people_work)."""
        text = self.text
        word = text[it.start:it.end]
        if not word.endswith("内"):
            return False
        if text[max(0, it.start - 1):it.start] in _GOING_BEFORE or text.startswith(_WORK_AFTER, it.end):
            return True
        start, end = self.doc.sentence_of(it.start)
        return word[:-1] + "外" in text[start:end]

    def _other_place_in_sentence(self, it: Item) -> bool:
        """Whether the sentence of reference `it` names a place (the article's zone mentions,
        read before the items are built) or holds another reference to the current zone (园区对列入
        全省重点保障名单的企业…: 园区 acts)."""
        start, end = self.doc.sentence_of(it.start)
        starts = self.az._mention_starts
        i = bisect.bisect_left(starts, start)
        if i < len(starts) and starts[i] < end:
            return True
        refs = self.az.references  # sorted by start
        j = bisect.bisect_left(refs, start, key=operator.attrgetter("start"))
        while j < len(refs) and refs[j].start < end:
            if refs[j].start != it.start and refs[j].kind == "current":
                return True
            j += 1
        return False

    def _ranked_before(self, it: Item, chain: int) -> bool:
        """率先在全市推行, 最早在全省实现: the ranking word before 在 and the field (attribution.json
        ranking_words_before_scope), as 在全市率先 has it after."""
        start = it.start if it.ref is not None else chain
        return self.text.startswith("在", start - 1) and self.text.endswith(_RANKING_BEFORE_SCOPE, 0, start - 1)

    def _is_ranking_scope(self, items: list[Item], i: int, chain: int) -> bool:
        """在全省率先, 成为全市首个, 居全市前列: place or reference `items[i]`, followed by a ranking
        word, comes right after a word that makes it the field of the ranking (for a place, before
        the run of places it is written in: 在浙江省嘉兴市率先; a reference is its own run), and
        its sentence names what is ranked, a place before it. In 该公司是龙岩高新区首批复工企业之一
        the zone is the only place: it stays the sentence's actor, for what follows."""
        it = items[i]
        start = it.start if it.ref is not None else chain
        if not self.text[max(0, start - 2):start].endswith(_RANKING_SCOPE_BEFORE):
            return False
        if it.ref in _WIDER_REFERENCES:
            return True  # 在全省率先推出…: the field; who leads in it is the place the text is about
        j = i - 1
        while j >= 0 and items[j].start >= start:
            j -= 1  # the places of its own run
        return j >= 0 and items[j].start >= self.doc.sentence_of(it.start)[0]

    def _role_outside_titles(self, it: Item, chain: int, after_end: int, segment: int, list_end: int,
                             after_joiner: bool) -> Item:
        """The role of place `it` (in no document title), written in a run of places from
        `chain` to `after_end`, the places touching it from `segment`, in a list of places
        written together that ends at `list_end`, after a 与 inside that run or not
        (`after_joiner`): a firm's name, a place set apart (除…外), an origin, a partner, else an
        actor."""
        text = self.text
        window_end = min(len(text), it.end + 16)
        if _COMPANY_WORD.search(text, it.end, window_end) and _COMPANY_AFTER.match(text, it.end, window_end):
            return Item(it.start, it.end, it.key, role="company")
        if self._names_a_building(it):
            return Item(it.start, it.end, it.key, role="company")  # 南京国际广场业主方: a building's name, no actor
        if self._in_company_short_name(it.start):
            return Item(it.start, it.end, it.key, role="company")  # 攸县恒锐收到…: a firm's short name, no actor
        if self._names_an_office(it):
            return Item(it.start, it.end, it.key, role="company")  # …有限责任公司武威办事处: the office's seat, no actor
        held = _province_stem_before(text, chain)
        before = text[max(0, chain - held - 4):chain - held]  # 从广西玉林市: the words before the province's stem
        if text[chain - held - 1:chain - held] in _MODIFIER_LAST_CHARS:
            # 从邻近的晋州市, 协调周边的南充市银行机构: a word describing the place between it and the
            # word of its role, which is then read as if right before it.
            modified = _ROLE_WORD_THEN_MODIFIER.search(text, max(0, chain - held - _ROLE_MODIFIER_REACH), chain - held)
            if modified is not None:
                before = modified.group("role")
        if before.endswith(SUPPLIED_FIRM_BEFORE) and supplied_firm_after(text, list_end):
            return Item(it.start, it.end, it.key, role="customer")  # 给长沙经开区的主机厂配套: where the firm supplied sits
        if not before.endswith(_ORIGIN_FROM) and (opener := self._origin_list_opener(chain - held)):
            before = opener  # 从贵州威宁、纳雍和四川渠县: a later member of the list read as right after 从
        if before.endswith(_DESCRIBED_WITHIN_BEFORE) and self._named_before_in_clause(chain - held):
            return it._replace(role="scope")  # 长沙高新区作为湘江新区核心板块: what the zone is described within
        if before.endswith(_LOCATED_WITHIN_BEFORE) and self._place_described_after(list_end):
            return it._replace(role="scope")  # 位于道外区的某某经济区: where the zone after 的 lies
        if before.endswith(_DESCRIBED_AS_BEFORE) and self._described_as_part(list_end) \
                and self._named_before_in_clause(chain - held):
            return it._replace(role="scope")  # 长沙经开区是湖南省…重要集聚区: what the zone is part of
        if before.endswith(_ROUTE_BEFORE) and _ROUTE_FACILITY_AFTER.match(
                text, after_end, min(len(text), after_end + _ROUTE_FACILITY_REACH + max(map(len, _ROLES["route_facility_after"])))):
            return Item(it.start, it.end, it.key, role="route")  # 通过赣州国际陆港出口: the way goods go
        if self._ends_a_route(before, after_end):
            return Item(it.start, it.end, it.key, role="route")  # 南宁至东盟国家跨境物流专线: where the route runs
        if self._gives_aid_to_a_place(after_end) or self._gives_aid_to_other_province(it, after_end):
            return it._replace(role="donor")  # 山东援黄冈: the giver; the article is the one helped's
        end = max(after_end, list_end)
        if before.endswith(_MODEL_OWNER_BEFORE) and _MODEL_OWNER_AFTER.match(text, end, min(len(text), end + _MODEL_OWNER_REACH)):
            return it._replace(role="scope")  # 把苏州工业园区的经验复制过来: whose model is copied, no actor
        if before.endswith(_BUILT_BY_BEFORE) and self._builds_together_after(list_end) \
                and self._named_before_in_clause(chain - held):
            return Item(it.start, it.end, it.key, role="partner")  # 由苏州工业园区与滁州市合作共建: a builder
        if before.endswith(_RECEIVED_FROM_BEFORE) and self._names_aid_received(list_end) \
                and self._named_before_in_clause(chain - held):
            return Item(it.start, it.end, it.key, role="partner")  # 毕节市争取到广州市帮扶资金: the aid's source
        if self._outbreak_place(before, max(after_end, list_end)):
            return it._replace(role="scope")  # 面对邢台突发疫情: where the outbreak was, not who acts
        if before.endswith(_EXCLUDED_BEFORE) and _EXCLUDED_AFTER.match(text, after_end, min(len(text), after_end + _EXCLUDED_AFTER_REACH)):
            return Item(it.start, it.end, it.key, role="excluded")  # 除长沙高新区外，其他园区…
        if (before.endswith(_ORIGIN_DIRECT) and (not self._visited(list_end) or self._fetched_after(list_end))) \
                or (before.endswith(_ORIGIN_FROM) and self._moved_after(after_end, list_end)) \
                or (before.endswith(_RESIDENCE_BEFORE) and not self._residents_described(list_end)) \
                or text.startswith(_ORIGIN_AFTER, after_end) or text.startswith(_ORIGIN_AFTER, list_end) \
                or _outside_after(text, after_end) or _outside_after(text, list_end) \
                or self._people_return_elsewhere(max(after_end, list_end)) \
                or self._origin_of_counted_returners(chain - held, max(after_end, list_end)) \
                or (before.endswith(_HIRING_VERBS) and _HIRED_PEOPLE_AFTER.match(text, list_end) is not None):
            # 红安籍员工: where the workers come from; 仪陇、营山等县籍员工: every member of the list;
            # 四川省外的劳务基地: the places outside it
            return Item(it.start, it.end, it.key, role="origin")
        if before.endswith(_DESTINATION_BEFORE) and _SENT_IN_CLAUSE.match(text, max(after_end, list_end),
                                                                          min(len(text), max(after_end, list_end) + _SENT_REACH)):
            return Item(it.start, it.end, it.key, role="destination")  # 向东莞市输送务工人员: where they are sent
        if before.endswith(_RECIPIENT_BEFORE) and self._given_to(list_end) \
                and (self._named_before_in_clause(chain - held) or self._opens_clause_with(chain - held, _RECIPIENT_BEFORE)):
            return Item(it.start, it.end, it.key, role="recipient")  # 新区向北碚区调配口罩: the giver's figure
        if before.endswith(_SERVED_WHERE_BEFORE) and self._served_where(chain - held, list_end):
            return Item(it.start, it.end, it.key, role="served")  # 对在苏州稳定就业…的务工人员: where those served work
        if before.endswith(_SERVED_BEFORE) and _SERVED_AFTER.match(text, list_end, min(len(text), list_end + _SERVED_AFTER_REACH)) \
                and (self._named_before_in_clause(chain - held) or self._opens_clause_with(chain - held, _SERVED_BEFORE)) \
                and not self._viewpoint_in_clause(list_end) and not self._surveyed(list_end):
            return Item(it.start, it.end, it.key, role="served")  # 对锦江区、青羊区的个体工商户: where those served are
        if (before.endswith(_POLICY_VERBS) or self._policy_list_opened(chain - held)) and self._policy_named_after(list_end):
            return Item(it.start, it.end, it.key, role="document")  # 落实成都市稳岗政策, 落实自治区、百色市…部署
        if self._owns_product_after(it, chain - held, list_end):
            return Item(it.start, it.end, it.key, role="document")  # 争取湖南省“复工贷”: whose scheme it is
        if before.endswith(_BASELINE_BEFORE) and it.key is not None and _is_city_or_wider(self.az.zones[it.key]) \
                and (m := _BASELINE_AFTER.match(text, list_end, min(len(text), list_end + _BASELINE_AFTER_REACH))) \
                and not any(ch.isdigit() for ch in m.group()):
            return Item(it.start, it.end, it.key, role="document")  # 在成都市级补贴政策基础上: the policy built on
        if before.endswith(_SCOPE_NOTE_OPENERS):
            return it._replace(role="scope")  # 全市（含贵阳高新区）: what the whole takes in, not who acts
        if before.endswith(_HONOUR_BEFORE) and _HONOUR_NOUN_AFTER.match(text, list_end, min(len(text), list_end + _HONOUR_REACH)):
            return it._replace(role="scope")  # 公司获评吉安市重点保障企业: who awarded the honour, not who acts
        if self._compared_place(before, segment, list_end):
            return it._replace(role="scope")  # 比中牟县高出4个百分点: what the figure is compared with, not who acts
        # 与甲区签约: the counterpart of an agreement; 甲区、乙区联手: both act. 与 also joins a
        # run of places (甲区与乙区): there 甲区与乙区签约 makes the place after it the counterpart.
        counterpart = (before.endswith(_COUNTERPART_BEFORE) and (self._named_before_in_clause(chain - held)
                                                                 or self._opens_clause_with(chain - held, _COUNTERPART_BEFORE)
                                                                 or self._town_opens_clause_before(chain - held)
                                                                 or self._closed_list_at(list_end)
                                                                 or self._several_dealt_with(chain, list_end))) \
            or after_joiner \
            or (segment > chain and text[max(0, segment - 2):segment].endswith(_COUNTERPART_BEFORE))
        if before.endswith(_COUNTERPART_BEFORE) and self._partner_institutions_after(list_end):
            return Item(it.start, it.end, it.key, role="partner")  # 与西安、宝鸡两地12家银行合作: where the partners are
        if (before.endswith(_PARTNER_BEFORE) and not (before.endswith(_LIST_OWNER_BEFORE)
                                                      and not self._named_before_in_clause(chain - held))) \
                or (counterpart and (
                _PARTNER_AFTER.match(text, after_end, min(len(text), after_end + _PARTNER_AFTER_REACH))
                or self._partner_after_list(list_end))):
            return Item(it.start, it.end, it.key, role="partner")
        return it

    def _builds_together_after(self, list_end: int) -> bool:
        """A word of building or running something together later in the clause of the list a
        place is written in (由苏州工业园区与滁州市合作共建): the places build the zone named
        before them (attribution.json _built_by)."""
        text = self.text
        return _BUILT_TOGETHER_AFTER.match(text, list_end, min(len(text), list_end + _BUILT_TOGETHER_REACH)) is not None

    def _names_aid_received(self, list_end: int) -> bool:
        """A word of aid or help given a few characters after the list a place is written in, in
        its clause and before any figure (收到南京市对口区县捐赠的物资, 获得深圳市对口帮扶资金): the
        place names where the aid comes from (attribution.json _received_from)."""
        text = self.text
        return _RECEIVED_AID_AFTER.match(text, list_end, min(len(text), list_end + _RECEIVED_AID_REACH)) is not None

    def _owns_product_after(self, it: Item, run_start: int, list_end: int) -> bool:
        """A city or a province right before a product's quoted name, with words of its clause
        before it (协调银行为企业争取湖南省“复工贷”, 申领苏州市“惠企券”): whose scheme the product is,
        as for a policy's owner, not who acts (attribution.json _product_owner_before). One that
        opens its clause (湖南省“复工贷”已发放…) is left as it was."""
        text, products = self.text, self.az.products
        if not products or not text.startswith(_PRODUCT_OPENING_QUOTES, list_end) or it.key is None:
            return False
        i = bisect.bisect_left(products, (list_end + 1, -1))
        if i == len(products) or products[i][0] != list_end + 1:
            return False  # a quotation that names no product (“一企一策”)
        clause_start = self.doc.clause_of(run_start)[0]
        return bool(text[clause_start:run_start].strip()) and _is_city_or_wider(self.az.zones[it.key])

    def _policy_named_after(self, end: int) -> bool:
        """Whether a policy word follows the places or the reference ending at `end` in its clause,
        right after a few characters (成都市稳岗政策) or after a description closed by 的 (我省支持外资
        企业复工复产的若干措施): attribution.json policy_words_after, _policy_owner_described."""
        text = self.text
        return _POLICY_AFTER.match(text, end, min(len(text), end + _POLICY_AFTER_REACH)) is not None \
            or _POLICY_DESCRIBED_AFTER.match(text, end, min(len(text), end + _POLICY_DESCRIBED_REACH)) is not None

    def _carried_out_policy(self, it: Item) -> bool:
        """A reference to a province, a city or the country right after a verb of carrying out a
        policy and before the policy's word (落实我省支持外资企业复工复产的若干措施, 执行全市稳岗政策):
        whose policy it is, as for a named place; the zone carrying it out acts. So too as a later
        member of a list the verb opens (落实国家和自治区减税降费政策: the region's policy as the
        country's, `_policy_list_opened`)."""
        if it.ref not in ("city", "province", "country"):
            return False
        if not self.text[max(0, it.start - 4):it.start].endswith(_POLICY_VERBS) and not self._policy_list_opened(it.start):
            return False
        tail = _POLICY_LIST_TAIL.match(self.text, it.end, min(len(self.text), it.end + _ORIGIN_LIST_REACH))
        return self._policy_named_after(it.end) or (tail.end() > it.end and self._policy_named_after(tail.end()))

    def _outbreak_place(self, before: str, end: int) -> bool:
        """Whether the places ending at `end`, after the words `before` their run, are where an
        outbreak happened (面对邢台及周边地区突发疫情; 受西安疫情影响: attribution.json
        outbreak_place_after, outbreak_affected_*): the sentence's circumstance, no actor."""
        reach = min(len(self.text), end + _OUTBREAK_REACH)
        if _OUTBREAK_AFTER.match(self.text, end, reach):
            return True
        return before.endswith(_OUTBREAK_AFFECTED_BEFORE) and _OUTBREAK_AFFECTED_AFTER.match(self.text, end, reach) is not None

    def _compared_place(self, before: str, segment: int, list_end: int) -> bool:
        """Whether the places from `segment` to `list_end`, after the words `before` their run,
        are what a figure is compared with (attribution.json _compared_place): after a word that
        says so alone (高于中牟县, 相比雨花区; with 了 between: 借鉴了苏州工业园区), after 比/较 with
        a word of comparison right after them (较无锡高新区高2个百分点), or joined by 与/同/和/跟
        to a word of comparing (与郑州经开区相比, 同雨花区相较), which sets them against the
        place the sentence is about, as 比 does (与甲区签约 keeps its counterpart role)."""
        text = self.text
        word = before.removesuffix(_COMPARED_PARTICLE) if before.endswith(_COMPARED_PARTICLE) else before
        if word.endswith(_COMPARED_PLACE_BEFORE):
            return True
        reach_end = min(len(text), list_end + _ROLES["compared_place_after_reach"] + 4)
        if word.endswith(_COMPARED_PLACE_BEFORE_NEEDS_AFTER) and _COMPARED_PLACE_AFTER.match(text, list_end, reach_end):
            return True
        joined = before.endswith(_COUNTERPART_BEFORE) or text[max(0, segment - 1):segment].endswith(_COUNTERPART_BEFORE)
        return joined and _COMPARED_JOINED_AFTER.match(text, list_end, reach_end) is not None

    def _ends_a_route(self, before: str, after_end: int) -> bool:
        """Whether the places ending at `after_end` are an end of a route's name: a joiner of two
        ends right after them (南宁至东盟国家跨境物流专线, 郑州至卢森堡货运航线) or right before them
        (东盟至南宁专线, 卢森堡到郑州的航班), and a route's word within a few characters after
        (attribution.json route_endpoint_joiners, route_names_after). Not 南宁至今 or 到郑州投资:
        no route's word follows."""
        text = self.text
        joiner = next((w for w in _ROUTE_JOINERS if text.startswith(w, after_end)), None)
        if joiner is not None:
            start = after_end + len(joiner)
        elif before.endswith(_ROUTE_JOINERS):
            start = after_end
        else:
            return False
        return _ROUTE_NAME_AFTER.match(text, start, min(len(text), start + _ROUTE_NAME_AFTER_LENGTH)) is not None

    def _gives_aid_to_a_place(self, after_end: int) -> bool:
        """Whether the places ending at `after_end` are followed by a verb of aid and, right after
        it, another place (山东援黄冈, 江苏省对口支援黄石市, 广东驰援荆州): they give, the place after
        is helped (attribution.json donor_verbs_after). Not a verb without a place after it
        (高新区支援企业复工: the zone's own support)."""
        text = self.text
        if text.startswith(_AID_WORDS_NAMING_THE_HELPED, after_end):
            return True  # 浙江援疆: the verb's object is the helped province's one-character name
        verb = next((w for w in _DONOR_VERBS_LONGEST_FIRST if text.startswith(w, after_end)), None)
        if verb is None:
            return False
        return after_end + len(verb) in self._place_starts \
            or text.startswith(_AID_HELPED_SPEAKERS, after_end + len(verb)) \
            or _AID_TEAM_AFTER.match(text, after_end, min(len(text), after_end + _AID_TEAM_REACH)) is not None

    def _gives_aid_to_other_province(self, it: Item, after_end: int) -> bool:
        """Whether a word of aid naming the helped province (援疆, 援藏) follows the places ending at
        `after_end` in their clause, a few Han characters after them (北京市安排援疆资金), and place
        `it` lies outside that province: it gives the aid (attribution.json _aid_helped_province);
        a place inside it (和田地区统筹援疆资金) receives it and acts."""
        text = self.text
        if it.key is None:
            return False
        reach = min(len(text), after_end + _AID_HELPED_REACH)
        if _AID_HELPED_WORD.search(text, after_end, reach) is None:
            return False  # most places: no 援疆 near, told by the words' plain scan, no guarded match
        aid = _AID_HELPED_AFTER.match(text, after_end, reach)
        if aid is None:
            return False
        zone = self.az.zones[it.key]
        return _AID_HELPED_PROVINCE[aid.group("aid")] not in (it.key, zone.province)

    def _names_an_office(self, it: Item) -> bool:
        """Whether place `it` stands between an organisation's name and a word of its office there
        (甘肃省农业信贷担保有限责任公司武威办事处, …保险股份有限公司定西营业部: attribution.json
        office_of_named_body): the office is named after where it sits, the place is part of the name."""
        return self.text.startswith(_OFFICE_WORDS, it.end) and self.text.endswith(_NAME_ENDS, 0, it.start)

    def _names_a_building(self, it: Item) -> bool:
        """Whether place `it`, written by its stem (南京 of 南京市), opens a building's name
        (南京国际广场, 广州国际金融中心: attribution.json building_after). A place written in full
        (天河区正佳广场, 南京市政务服务中心) is where the building lies or whose body it houses."""
        if it.key is None or len(it.key) <= it.end - it.start or not it.key.startswith(self.text[it.start:it.end]):
            return False
        if _stem_opens_a_venue(self.text, it):
            return True  # 临沂商城: a market named after the city
        end = min(len(self.text), it.end + _BUILDING_WINDOW)
        return _BUILDING_WORD.search(self.text, it.end, end) is not None and _BUILDING_AFTER.match(self.text, it.end, end) is not None

    def _served_where(self, start: int, list_end: int) -> bool:
        """Whether the places from `start` to `list_end`, after a word of served_before and one of
        where (对在苏州…), stand in a condition closed by 的 and those served (…就业3个月以上的宣威籍
        务工人员), with a place before them in their clause or the word opening it (…，对在…)."""
        where = next(w for w in _SERVED_WHERE_BEFORE if self.text.endswith(w, 0, start))
        return _SERVED_WHERE_AFTER.match(self.text, list_end, min(len(self.text), list_end + _SERVED_WHERE_AFTER_REACH)) is not None \
            and (self._named_before_in_clause(start) or self._opens_clause_with(start - len(where) + 1, _SERVED_BEFORE))

    def _place_described_after(self, list_end: int) -> bool:
        """Whether 的 and a place's name follow the places ending at `list_end` (位于甲区的乙经济区):
        the place after 的 is the one described (attribution.json _located_within_before)."""
        if not self.text.startswith("的", list_end):
            return False
        starts = self.az._mention_starts
        i = bisect.bisect_left(starts, list_end + 1)
        return i < len(starts) and starts[i] == list_end + 1

    def _residents_described(self, list_end: int) -> bool:
        """Whether 的 follows the places ending at `list_end` (after a list's closing word), after
        a word of where people live (居住在丁区的困难群众, 居住在甲县等地的…): the words describe
        the place's residents, whom the place may serve itself, so it keeps its role; only where
        people stay is said otherwise (员工居住在甲县等地，…: attribution.json _residence_before)."""
        text = self.text
        end = list_end + len(next((w for w in _LIST_CLOSERS if text.startswith(w, list_end)), ""))
        # 居住在雨湖区辖区内的低保对象: a part of the place before 的 (residence_place_parts).
        end += len(next((w for w in _RESIDENCE_PLACE_PARTS if text.startswith(w, end)), ""))
        return text.startswith("的", end)

    def _policy_list_opened(self, pos: int) -> bool:
        """Whether a verb of carrying out a policy (policy_owner_before: 落实) opens, in the clause of
        `pos`, a list of places or references whose members run up to `pos` (贯彻落实自治区、百色市关于…
        的决策部署: 百色市 is an owner of the directive, as 自治区 is), as for an origin list."""
        text = self.text
        if pos == 0 or text[pos - 1] not in _LIST_SEPARATOR_LAST_CHARS:
            return False
        start = _first_word_at(text, _POLICY_VERBS, max(self.doc.clause_of(pos)[0], pos - _ORIGIN_LIST_REACH), pos)
        return start >= 0 and _POLICY_LIST_OPENING.search(text, start, pos, timeout=_T) is not None

    def _origin_list_opener(self, pos: int) -> str:
        """The word of origin_before (从) opening, in the clause of `pos`, a list of places whose
        members run up to `pos`, each parted from the next by a list separator (从贵州威宁、纳雍和
        四川渠县: 渠县 is a member, as 威宁 is; attribution.json _origin_list_member_most); else ""."""
        text = self.text
        if pos == 0 or text[pos - 1] not in _LIST_SEPARATOR_LAST_CHARS:
            return ""
        start = _first_word_at(text, _ORIGIN_FROM, max(self.doc.clause_of(pos)[0], pos - _ORIGIN_LIST_REACH), pos)
        if start < 0:
            return ""
        opener = self._origin_opener_at.get(pos)
        if opener is None:
            m = _ORIGIN_LIST_OPENING.search(text, start, pos, timeout=_T)
            opener = self._origin_opener_at[pos] = next(w for w in _ORIGIN_FROM if text.startswith(w, m.start())) if m else ""
        return opener

    def _moved_after(self, after_end: int, list_end: int) -> bool:
        """A word of movement (接回, 返岗) after the list a place is written in and the list's
        closing word, later in the clause (从凉山州、巴中市等地接回, 从铜仁市等地点对点接回, 从周口、
        商丘等地的15个县“点对点”接回): every place of the list is where people came from. Not
        从海淀区来看, a point of view (attribution.json origin_viewpoint_after)."""
        text = self.text
        end = max(after_end, list_end)
        end += len(next((w for w in _LIST_CLOSERS if text.startswith(w, end)), ""))
        if text.startswith(_VIEWPOINT_AFTER, end) or self._viewpoint_in_clause(end):
            return False  # 从海淀区(情况)来看: a point of view
        if _MOVEMENT.search(text, after_end, min(len(text), after_end + _MOVEMENT_REACH), timeout=_T):
            return True  # 从南充市接回, 从乙市返岗
        return _MOVEMENT_IN_CLAUSE.match(text, end, min(len(text), end + _MOVEMENT_CLAUSE_REACH)) is not None

    def _origin_of_counted_returners(self, pos: int, list_end: int) -> bool:
        """A verb of organising or bringing people opening the list whose members run up to `pos`
        (组织甲区、乙县…), and a closing word of the list (等地, 等县), a count of workers and a verb
        of coming back to work after it in the clause (…等地1200余名务工人员返岗): the places are
        where the workers come from (attribution.json _origin_counted_returners). Without the
        opening verb (甲区、乙区等地3.2万名员工已返岗) the places are where they came back to."""
        text = self.text
        reach = min(len(text), list_end + _COUNTED_RETURNERS_REACH)
        # The closing word first, by a plain startswith: most lists end in none, and the pattern's
        # guarded call costs ten times as much
        if not text.startswith(_RETURNERS_CLOSERS, list_end, reach) \
                or _COUNTED_RETURNERS_AFTER.match(text, list_end, reach) is None:
            return False
        start = _first_word_at(text, _RETURNERS_OPENERS, max(self.doc.clause_of(pos)[0], pos - _ORIGIN_LIST_REACH), pos)
        return start >= 0 and _RETURNERS_LIST_OPENING.search(text, start, pos, timeout=_T) is not None

    def _described_as_part(self, list_end: int) -> bool:
        """A noun of being a part or a centre of the place a few characters after the list it is
        written in, in the same clause (是湖南省工程机械产业重要集聚区, 是广州市的核心板块):
        attribution.json described_as_nouns."""
        text = self.text
        return _DESCRIBED_AS_AFTER.match(text, list_end, min(len(text), list_end + _DESCRIBED_AS_AFTER_REACH)) is not None

    def _given_to(self, list_end: int) -> bool:
        """A verb of giving a few characters after the list a place is written in, no word for
        people or firms between (向渝北区、北碚区等兄弟区县调配口罩): the places receive the goods
        (attribution.json recipient_giving_after)."""
        text = self.text
        return _GIVEN_TO_PLACE.match(text, list_end, min(len(text), list_end + _GIVEN_TO_PLACE_REACH)) is not None

    def _opens_clause_with(self, pos: int, words: tuple[str, ...]) -> bool:
        """Whether only one of `words` stands before `pos` in its clause: a clause whose subject is
        the sentence's, left out (…，为青羊区的企业减免租金…; 今年以来，与深圳市开展劳务协作…)."""
        start = self.doc.clause_of(pos)[0]
        return self.text[start:pos].strip() in words

    def _later_in_clause(self, end: int, words: tuple[str, ...]) -> bool:
        """Whether one of `words` stands after `end` in its clause."""
        clause_end = self.doc.clause_of(end)[1]
        return any(w in self.text[end:clause_end] for w in words)

    def _surveyed(self, end: int) -> bool:
        """对锦江区的规上工业企业抽样调查显示: a survey of the place's firms, whose figures are the place's."""
        return self._later_in_clause(end, _SURVEY_WORDS)

    def _viewpoint_in_clause(self, end: int) -> bool:
        """对浦东新区的外资企业来说: a point of view after the places, not those served."""
        return self._later_in_clause(end, _VIEWPOINT_AFTER)

    def _visited(self, end: int) -> bool:
        """A word of visiting later in the clause of the place ending at `end` (赶赴咸宁高新区调研), or
        an official or a reporter going there earlier in it (市委书记赶赴江宁开发区, 记者抵达…)."""
        start = self.doc.clause_of(end)[0]
        return self._later_in_clause(end, _VISIT_WORDS) or any(w in self.text[start:end] for w in _VISITORS)

    def _fetched_after(self, list_end: int) -> bool:
        """A verb of bringing people back after the list a place is written in and its closing
        word, in its clause or in the clause opened right after the closing word (工作组赴铜仁市、
        曲靖市等地，累计接回员工): the team went there for the workers, the places are their origin."""
        text = self.text
        end = list_end + len(next((w for w in _LIST_CLOSERS if text.startswith(w, list_end)), ""))
        if text.startswith(("，", ","), end):
            end += 1
        return _FETCHING.match(text, end, min(len(text), end + _MOVEMENT_CLAUSE_REACH)) is not None

    def _named_before_in_clause(self, pos: int) -> bool:
        """Whether a place or a reference stands before `pos` in its clause: the one a place after
        与 is the counterpart of (田东县与深圳市开展协作). Firms or banks 与 a zone (32家金融机构与西安高新区
        建立合作关系) leave the zone the one that acts, and so does a place written in a firm's or a
        bank's name (中国银行湖北省分行加大对武汉经开区的帮扶力度: the bank acts, the zone is its own)."""
        start = self.doc.clause_of(pos)[0]
        if any(not self._in_firm_name(m.end) for m in self.az._mentions_in(start, pos)):
            return True
        refs = self.az.references  # sorted by start
        j = bisect.bisect_left(refs, start, key=operator.attrgetter("start"))
        return j < len(refs) and refs[j].start < pos

    def _town_opens_clause_before(self, pos: int) -> bool:
        """Whether a town's or a subdistrict's name (list_town_member_endings) opens the clause of
        `pos` before the word of partner_counterpart_before that leads to the place there, at most an
        adverb or the town's body between (马口镇与固始县人社部门对接, 马口镇主动与…): the town acts, a
        part of the article's zone that the index holds no name of, as a place named before would
        (`_named_before_in_clause`); the place after 与 is its counterpart, not whose figures they are.
        So is a town or county speaking of itself there (镇里还与…, 我镇主动与…: town_own_subjects)."""
        text, start = self.text, self.doc.clause_of(pos)[0]
        joiner = next((w for w in _COUNTERPART_BEFORE if text.endswith(w, start, pos)), None)
        if joiner is None:
            return False
        stop = pos - len(joiner)
        while start < stop and text[start] in _MARKS_BEFORE_A_SUBJECT:
            start += 1
        own = next((w for w in _TOWN_OWN_SUBJECTS if text.startswith(w, start, stop)), None)
        if own is not None:  # 镇里还与…, 我镇主动与…: the town speaking of itself acts
            return stop - (start + len(own)) <= _TOWN_TO_JOINER_MAX
        ends = [i + len(w) for w in _TOWN_MEMBER_ENDINGS if (i := text.find(w, start, stop)) >= 0]
        if not ends:
            return False
        name_end = min(ends)  # 马口镇 of 马口镇主动与…, 马口镇政府与…: a word or its body may follow the name
        return name_end - start <= _TOWN_NAME_MAX and stop - name_end <= _TOWN_TO_JOINER_MAX \
            and self._is_town(start, name_end)

    def _in_firm_name(self, end: int) -> bool:
        """Whether a firm's or a bank's word ends the name a place ending at `end` opens (湖北省分行)."""
        text = self.text
        window_end = min(len(text), end + 16)
        return _COMPANY_WORD.search(text, end, window_end) is not None and _COMPANY_AFTER.match(text, end, window_end) is not None

    def _people_return_elsewhere(self, end: int) -> bool:
        """After the places ending at `end`: their people going back to a place named right after
        the verb (等地的务工人员陆续返回长阳县): the places are where they come from (attribution.json
        origin_people_return_verbs)."""
        text = self.text
        reach = min(len(text), end + _PEOPLE_RETURNING_REACH)
        # A word of people first (the plain scanner of the pattern's own words): most places have none after them
        m = _PEOPLE_RETURNING.match(text, end, reach) if _PEOPLE_WORD.search(text, end, reach) else None
        if m is None:
            return False
        after = m.end()
        # A place named after the verb; not a reference (江宁开发区的员工陆续返回园区: its own park).
        i = bisect.bisect_left(self.az._mention_starts, after)
        return i < len(self.az._mention_starts) and self.az._mention_starts[i] <= after + 1

    def _closed_list_at(self, list_end: int) -> bool:
        """Whether a word closing a list (等县市, 等地, 两地: attribution.json list_closers) follows the
        places ending at `list_end`: after 与 such places are the ones dealt with (我们与甲县、乙县等地
        对接: a speaker or an adverb before 与, no place), never a subject joined to another."""
        return self.text.startswith(_LIST_CLOSERS, self._past_unknown_members(list_end))

    def _past_unknown_members(self, list_end: int) -> int:
        """Where the list of places ending at `list_end` closes (宁波、成都等地: the 等 after 成都), past
        members the index does not know when a closing word follows them; else `list_end`."""
        text = self.text
        if text[list_end:list_end + 1] != "、":
            return list_end  # most places: no list mark after them
        m = _UNKNOWN_MEMBERS_CLOSED.match(text, list_end, min(len(text), list_end + _UNKNOWN_MEMBERS_REACH + 4))
        return m.end() if m is not None else list_end

    def _several_dealt_with(self, chain: int, list_end: int) -> bool:
        """Whether the places from `chain` to `list_end` are a list of several (parted by 、) that a
        word of contact or agreement follows (我们主动与铜仁市、遵义市对接): after 与 such places are the
        ones dealt with, as a list closed by 等地 is (`_closed_list_at`), whoever speaks before 与."""
        return "、" in self.text[chain:list_end] and self._partner_after_list(list_end)

    def _partner_after_list(self, list_end: int) -> bool:
        """The words of agreement after a list of places and its closing word (与赣州市、吉安市等地
        开展劳务协作): every place of the list is the counterpart."""
        text = self.text
        after = self._past_unknown_members(list_end)
        closer = next((w for w in _LIST_CLOSERS if text.startswith(w, after)), "")
        after += len(closer)
        return _PARTNER_AFTER.match(text, after, min(len(text), after + _PARTNER_AFTER_REACH)) is not None

    def _partner_institutions_after(self, list_end: int) -> bool:
        """A count of institutions, then words of agreement, after a list of places and its closing
        word (与西安、宝鸡两地12家银行合作): the places are where the partner institutions are
        (attribution.json _partner_institutions_after)."""
        text = self.text
        after = list_end
        after += len(next((w for w in _LIST_CLOSERS if text.startswith(w, after)), ""))
        m = _INSTITUTIONS_COUNTED.match(text, after, min(len(text), after + _INSTITUTIONS_COUNTED_REACH))
        return m is not None and _PARTNER_AFTER.match(text, m.end(), min(len(text), m.end() + _PARTNER_AFTER_REACH)) is not None

    def _last_actor(self, start: int, end: int, fits=None) -> Item | None:
        """The last actor item inside [start, end) (that `fits`, if given), by walking back from `end`."""
        i = self._last_actor_index(start, end, fits)
        return self._actors[i] if i >= 0 else None

    def _last_actor_index(self, start: int, end: int, fits=None) -> int:
        """`_last_actor`'s index in `_actors`, -1 for none: a number that stands for the item
        in a cache key without hashing its seven fields."""
        actors = self._actors
        i = bisect.bisect_left(self._actor_starts, end) - 1
        while i >= 0 and actors[i].start >= start:
            it = actors[i]
            if it.end <= end and (fits is None or fits(it)):
                return i
            i -= 1
        return -1

    def _last_actors_before(self, pos: int, clause_start: int, sentence_start: int) -> tuple[int, int]:
        """(`_last_actor_index(clause_start, pos)`, `_last_actor_index(sentence_start,
        clause_start)`): where the clause holds no actor before `pos` (most figures), the
        second walk goes on from where the first stopped instead of bisecting again."""
        actors, starts = self._actors, self._actor_starts
        i = bisect.bisect_left(starts, pos) - 1
        while i >= 0 and starts[i] >= clause_start:
            if actors[i].end <= pos:
                return i, self._last_actor_index(sentence_start, clause_start)
            i -= 1
        while i >= 0 and starts[i] >= sentence_start:  # i: the last actor starting before the clause
            if actors[i].end <= clause_start:
                return -1, i
            i -= 1
        return -1, -1

    def _actors_in_by_definition(self, start: int, end: int) -> list[Item]:
        """Every actor inside [start, end), in order, looked for among all the items: what
        `_actors_in` and `_last_actor` find by bisection over the actors alone."""
        return [it for it in self.items if start <= it.start < end and it.end <= end and it.role == "actor"]

    def _actors_in(self, start: int, end: int) -> list[Item]:
        lo = bisect.bisect_left(self._actor_starts, start)
        hi = bisect.bisect_left(self._actor_starts, end)
        return [it for it in self._actors[lo:hi] if it.end <= end]

    # --- references ------------------------------------------------------------------------------

    def _count(self, key: str) -> int:
        return self._counts.get(key, 0)

    def _named_city(self, *, for_main: bool = False) -> str | None:
        """The city 全市/我市 points to: a city the article names, else the city of its main zone."""
        if not for_main and self.main and _is_city_of_its_articles(self.az.zones[self.main]):
            return self.main
        if not for_main and self._city_over_named_parts is not None:
            return self._city_over_named_parts  # 藁城区…，新乐市…: 全市 is 石家庄市, not 新乐市
        city = self._most_named_city
        if city is not None:
            return city
        if for_main:
            return None
        return self._main_city or self._municipality_of_main or self._main_municipality or self._city_of_a_policy \
            or self._city_of_named_zones or self._prefecture_of_unnamed_main

    def _named_city_for(self, reference: Item) -> str | None:
        """The city a reference of the title or lead points to as the article's main zone:
        `_named_city`, but for one written with 州 or 盟 (全州, 我州: an autonomous prefecture or a
        league) the prefecture-level one the article names most (全州A级景区… in 恩施州's paper: 恩施州,
        not 恩施市, the county-level city of the same stem named more often)."""
        if self.text[reference.end - 1] in _PREFECTURE_LEVEL_CHARS:
            prefectures = [it.key for it, zone_type in self._named_actors if zone_type == "city" and it.key
                           and self.az.zones[it.key].admin_level == "prefecture"
                           and self.az.zones[it.key].zone_name[-1] in _PREFECTURE_LEVEL_CHARS]
            if prefectures:
                return max(dict.fromkeys(prefectures), key=self._count)
        branch_city = self._city_of_a_branch_in_opening(reference)
        if branch_city is not None:
            return branch_city  # 人行遂宁市中心支行：…全市…: the branch's city, not 射洪市 named later
        own = self._county_city_of_own_outlet
        if own is not None:
            return own  # 张家港日报 ⏎ …我市各区镇…: the county-level city's own paper, not 苏州市 named in passing
        city = self._named_city(for_main=True)
        whole = (self._prefecture_of_a_listed_part(city, reference) or self._prefecture_over_parts_named(city)) \
            if city is not None else None
        return whole if whole is not None else city  # 咸宁…。全市…；咸安区、赤壁市分别…: 咸宁市, not 赤壁市

    def _prefecture_over_parts_named(self, city: str) -> str | None:
        """The prefecture-level city holding county-level city `city` (盘州市 -> 六盘水市) when the title
        or the lead names the city's parts with county-level cities among them (我市各县（市、区）…,
        全市县市区: attribution.json _parts_with_county_cities) and the article names another county-level
        division of that prefecture too: 我市/全市 is the whole those parts make up, not one of them.
        Added to the index from the gazetteer; None otherwise (never guess)."""
        zones = self.az.zones
        part = zones[city]
        if not part.is_county_level_city or not part.city or not part.city.endswith("市"):
            return None
        opening = self.text[:self.doc.lead[1] if self.doc.lead else (self.doc.title_end or 0)]
        if not (any(word in opening for word in _PARTS_WITH_COUNTY_CITIES) or self._breaks_into_listed_parts(city)
                or self._names_outlet_of(part.city)):
            return None
        if not any(key != city and zone.admin_level == "county" and zone.city == part.city and zone.zone_type in _ADMIN_TYPES
                   for key, zone in ((k, zones[k]) for k in self._counts)):
            return None  # no sibling named: nothing shows the article is about the prefecture's parts
        division = resolve_admin(part.city, self.text)
        return self.az.add_zone(division, part.city) if division.admin_level == "prefecture" else None

    def _breaks_into_listed_parts(self, city: str) -> bool:
        """Whether the body names the prefecture's parts as counties, county-level cities and districts
        (分县（市、区）看，各市（区）: _parts_with_county_cities) and writes county-level city `city` in a
        list beside a sibling division: the article breaks its opening's 全市 into those parts."""
        return any(word in self.text for word in _PARTS_WITH_COUNTY_CITIES) \
            and any(it.key == city and self._listed_beside_a_sibling(i) for i, it in enumerate(self._actors))

    @cached_property
    def _county_city_of_own_outlet(self) -> str | None:
        """The one county-level city of the index whose own outlet the info bar or a line above the
        lead names (张家港日报, 义乌新闻网: its stem and a word of prefecture_outlet_words): the paper
        the article is in is that city's, so the 我市/全市 of its title or lead is that city, not the
        prefecture it names in passing (苏州市级下达我市的…: attribution.json _county_city_outlet).
        None with none or several such cities."""
        header = self._outlet_header
        zones = self.az.zones
        # the county-level cities named, and those holding a zone named (江阴 of 江阴高新区: its district)
        named = {zone.zone_name if zone.is_county_level_city else zone.district for zone in zones.values()
                 if zone.is_county_level_city or (zone.district or "").endswith("市")}
        found = [name for name in named
                 if any(name.removesuffix("市") + word in header for word in _PREFECTURE_OUTLET_WORDS)]
        if len(found) != 1:
            return None
        if found[0] in zones:
            return found[0]
        division = resolve_admin(found[0], self.text)
        return self.az.add_zone(division, found[0]) if division.is_county_level_city else None

    def _names_outlet_of(self, prefecture: str) -> bool:
        """Whether a line above the lead, or the info bar cleaning dropped (来源：鄂尔多斯日报:
        Document.outlets), names the prefecture's own outlet (泰州日报, 玉林新闻网: attribution.json
        _prefecture_outlet_words): the paper the article is in is the prefecture's."""
        stem = prefecture.removesuffix("市")
        return any(stem + word in self._outlet_header for word in _PREFECTURE_OUTLET_WORDS)

    @cached_property
    def _outlet_header(self) -> str:
        """The sources the info bar named (Document.outlets) and the lines above the lead: where
        an article says whose outlet it is in."""
        header = "\n".join(self.doc.outlets)
        if self.doc.lead:
            header += "\n" + self.text[:self.doc.lead[0]]
        return header

    @cached_property
    def _province_of_own_outlet(self) -> str | None:
        """The province whose own outlet the info bar names as the source (来源：四川日报, 荆楚网（湖北日报网）:
        Document.outlets; a name or a bracketed or dashed part of it, outlet_name_parts, that opens with
        the province's stem and a word of _prefecture_outlet_words, or with a name of province_outlet_names),
        for 全省/我省 of an article that names no province and has no main zone: a province's paper speaks
        of its own province, as a prefecture's does of its city (`_city_of_own_outlet`). Added to the
        index. Never read in the title (学习借鉴浙江发布的助企十条 我省开发区…: 发布 there is a verb or
        another province's outlet, not the article's own). None when the info bar names two provinces'
        outlets, or when a place the article names lies in another province (a province's paper
        reporting on another: never guess)."""
        names = [part for outlet in self.doc.outlets for part in _OUTLET_NAME_PARTS.split(outlet) if part]
        provinces = {province for stem, province in _province_stems_and_names().items()
                     if any(part.startswith(stem + word) for part in names for word in _PREFECTURE_OUTLET_WORDS)}
        provinces |= {province for name, province in _PROVINCE_OUTLET_NAMES.items()
                      if any(part.startswith(name) for part in names)}
        # 来源：江西省商务厅: a province's own department speaks of its province (province_body_publisher_ends)
        provinces |= {province for province in _province_stems_and_names().values()
                      if any(part.startswith(province) and part.endswith(_PROVINCE_BODY_PUBLISHER_ENDS) for part in names)}
        if len(provinces) != 1:
            return None
        province = provinces.pop()
        if any(self.az.zones[it.key].province not in (None, province) for it in self._actors if it.key is not None):
            return None
        zone = resolve_admin(province, self.text)
        return self.az.add_zone(zone, province) if _is_province_of_quansheng(zone) else None

    @cached_property
    def _province_of_city_outlet(self) -> str | None:
        """The province holding the prefecture whose own paper names the article (长春日报 over a
        roundup of its zones, `_city_of_own_outlet`'s test: most places named lie in that city), for
        全省/我省 of an article that names no province and has no main zone: a city's paper speaking of
        全省 means the province it lies in. Added to the index. None when a place named lies in
        another province (never guess)."""
        named = [self.az.zones[key] for key in dict.fromkeys(it.key for it in self._actors if it.key is not None)]
        cities = Counter(zone.city for zone in named if zone.city)
        if not cities:
            return None
        city, count = cities.most_common(1)[0]
        provinces = {zone.province for zone in named if zone.province}  # a park the gazetteer lacks: unknown, no other
        if count * 2 <= len(named) or len(provinces) != 1 or not self._names_outlet_of(city):
            return None
        province = provinces.pop()
        zone = resolve_admin(province, self.text)
        return self.az.add_zone(zone, province) if _is_province_of_quansheng(zone) else None

    def _prefecture_of_a_listed_part(self, city: str, reference: Item) -> str | None:
        """The prefecture-level city holding county-level city `city` (赤壁市 -> 咸宁市) when the article
        names `city` only after `reference` and only as one member of a list of that prefecture's
        divisions (分县市区看，咸安区、嘉鱼县、赤壁市…分别拨付…), and the title, a subtitle or the lead
        writes the prefecture by its stem alone (咸宁1136家企业受益): the opening's 全市 is the whole the
        list then breaks into its parts, not one of them. Added to the index; None otherwise (never guess)."""
        zones = self.az.zones
        part = zones[city]
        if not part.is_county_level_city or not part.city or not part.city.endswith("市"):
            return None
        mentions = [i for i, it in enumerate(self._actors) if it.key == city]
        if not all(self._actors[i].start > reference.end and self._listed_beside_a_sibling(i) for i in mentions):
            return None
        stem = part.city.removesuffix("市")
        opening_end = self.doc.lead[1] if self.doc.lead else (self.doc.title_end or 0)
        at = self.text.find(stem, 0, opening_end)
        while at >= 0:
            if not any(it.start <= at < it.end for it in self.items):
                division = resolve_admin(part.city, self.text)
                return self.az.add_zone(division, part.city) if division.admin_level == "prefecture" else None
            at = self.text.find(stem, at + len(stem), opening_end)
        return None

    def _listed_beside_a_sibling(self, i: int) -> bool:
        """Whether actor `i`, a county-level place, is written in a list (parted by _LIST_MARKS) right
        beside another county-level division of the same prefecture (咸安区、嘉鱼县、赤壁市)."""
        actors, zones = self._actors, self.az.zones
        own = zones[actors[i].key]
        for first, second in ((i - 1, i), (i, i + 1)):
            j = first if first != i else second
            if not 0 <= j < len(actors) or actors[j].key is None or actors[j].key == actors[i].key:
                continue
            other = zones[actors[j].key]
            if other.admin_level == "county" and other.city == own.city \
                    and self.text[actors[first].end:actors[second].start] in _LIST_MARKS:
                return True
        return False

    def _city_of_a_branch_in_opening(self, reference: Item) -> str | None:
        """The city a branch written in the title or the lead is named after (人民银行遂宁市中心支行,
        attribution.json branch_territory_after), when no city is named there as an actor before
        `reference`: the territory the branch serves and reports on is what its 全市 means."""
        if any(self._names_a_city(it) for it in self._actors_in(0, reference.start)):
            return None
        opening_end = self.doc.lead[1] if self.doc.lead else (self.doc.title_end or 0)
        for it in self.items:
            if it.start >= opening_end:
                return None
            if it.role == "company" and it.key is not None and self.text.startswith(_BRANCH_TERRITORY_AFTER, it.end) \
                    and _is_city_of_its_articles(self.az.zones[it.key]):
                return it.key
        return None

    def _city_of_a_branch_before(self, start: int, end: int) -> str | None:
        """The city a branch written in [start, end) is named after (农发行武威市分行在全市…: attribution.json
        branch_territory_after), when no city acts there: the territory the branch serves and reports
        on is what a 全市 after it in its sentence means, as in the opening (`_city_of_a_branch_in_opening`);
        None when no such branch is written there (most sentences)."""
        i = bisect.bisect_left(self._item_starts, start)
        found = None
        for it in self.items[i:]:
            if it.start >= end:
                break
            if it.role == "company" and it.key is not None and self.text.startswith(_BRANCH_TERRITORY_AFTER, it.end) \
                    and _is_city_of_its_articles(self.az.zones[it.key]):
                found = it.key
        return found

    @cached_property
    def _item_starts(self) -> list[int]:
        return [it.start for it in self.items]

    @cached_property
    def _municipality_of_main(self) -> str | None:
        """The municipality the article names that holds its main zone (上海市闵行区…，全市…: 上海市),
        what 全市 means in a district's article there, as a prefecture-level city is in its districts'."""
        main_city = self.az.zones[self.main].city if self.main else None
        return next((it.key for it, zone_type in self._named_actors if it.key and zone_type == "province:市"
                     and self.az.zones[it.key].zone_name == main_city), None) if main_city else None

    def _municipality_holding_main(self) -> str | None:
        """The municipality holding the main district, county or zone (金山区 -> 上海市, 顺义区 -> 北京市),
        which the article need not name: a municipality's districts are its direct parts (the gazetteer's
        市辖区), so its 全市/本市 mean the municipality, as a prefecture's districts' mean the prefecture.
        Only for a main zone its title names (the article is the district's; districts first named in
        the lead may be listed by the city's own paper, 南开区、河北区…召开推进会。我市…: left unnamed),
        added to the index up front, and only when the text writes a reference to a city."""
        if not self.main or self.main_rule not in _TITLE_MAIN_RULES \
                or not any(it.ref in ("city", "city_body") for it in self.items):
            return None
        city = self.az.zones[self.main].city
        if city not in MUNICIPALITIES or self.az.zones[self.main].zone_name == city:
            return None
        division = resolve_admin(city, self.text)
        return self.az.add_zone(division, city) if division.adcode else None

    @cached_property
    def _city_of_a_policy(self) -> str | None:
        """The city (or municipality) whose policy the article carries out or builds on, when it
        names no city otherwise (为落实天津市“惠企21条”…。全市…: 天津市)."""
        zones = self.az.zones
        for it in self.items:
            if it.role == "document" and it.key is not None and _is_city_of_its_articles(zones[it.key]):
                return it.key
        return None

    @cached_property
    def _named_actors(self) -> list[tuple[Item, str]]:
        """(actor, the type of its zone) for each actor naming a place, in order: each zone's
        type looked up once per article, not again for each level set and lookup."""
        zones = self.az.zones
        return [(it, _referable_type(zones[it.key])) for it in self._actors if it.key is not None]

    @cached_property
    def _most_named_city(self) -> str | None:
        """Of the cities the article names, the one named most (the first of equals); a county-level
        city that `_is_part_of_named_prefecture` not among them."""
        cities = [it.key for it, zone_type in self._named_actors if zone_type == "city" and it.key]
        wholes = [key for key in cities if not self._is_part_of_named_prefecture(key)]
        return max(dict.fromkeys(wholes or cities), key=self._count) if cities else None

    def _is_part_of_named_prefecture(self, key: str) -> bool:
        """Whether county-level city `key` is named as one of the parts of a prefecture-level city
        the article names too: another county, district or county-level city of that prefecture is
        named beside it (聊城市…全市共发放…；茌平区、临清市、阳谷县分别发放…). 我市/全市 there is the
        prefecture, the whole the article reports on, however often the part is named; a county-level
        city's own article naming its prefecture alone (聊城市下达临清市…) keeps its city."""
        zones = self.az.zones
        part = zones[key]
        if not part.is_county_level_city or not part.city or part.city not in zones \
                or zones[part.city].admin_level != "prefecture" or self._count(part.city) == 0:
            return False
        return any(zone.admin_level == "county" and zone.city == part.city and other != key
                   and zone.zone_type in _ADMIN_TYPES for other, zone in
                   ((k, zones[k]) for k in self._counts))

    def _divisions_of_main(self) -> tuple[str | None, str | None]:
        """(city, county) the main zone is named after, added to the index up front so that no
        later lookup changes them: 清远高新区 -> 清远市; a county-level city's or a county's zone
        -> that city (桐城经开区 -> 桐城市, what 全市 means there) or county (定远经开区 -> 定远县,
        what 全县 means there), the more specific of the two."""
        if not self.main:
            return None, None
        zone = self.az.zones[self.main]
        if zone.zone_type == "city":
            return None, None
        district = zone.district if zone.zone_type not in _ADMIN_TYPES else None
        if district and zone.zone_name.startswith(district[:2]):
            division = resolve_admin(district, self.text)
            if division.zone_type in ("city", "county"):
                key = self.az.add_zone(division, district)
                return (key, None) if division.zone_type == "city" else (None, key)
        city = zone.city
        if city and zone.zone_name.startswith(city.removesuffix("市")[:2]):
            return self.az.add_zone(resolve_admin(city, self.text), city), None
        return None, None

    def _prefecture_holding_main_unnamed(self) -> str | None:
        """The prefecture-level city a main zone lies in whose name does not write it (金普新区, 大连's
        new area -> 大连市), what 全市 means there (…（全市同期减免社会保险费21.3亿元）): a zone is no 市,
        so the city its report speaks of is the one holding it, as `_divisions_of_main` gives it for a
        zone named after its city. None for a zone placed inside a district, a county or a county-level
        city (花园口经济区 in 庄河市: 全市 may be either) or in no city; added up front, and only when
        the text writes a reference to a city."""
        if not self.main or self._main_city or not any(it.ref == "city" for it in self.items):
            return None
        zone = self.az.zones[self.main]
        if zone.zone_type in _ADMIN_TYPES or not zone.city or zone.district:
            return None
        division = resolve_admin(zone.city, self.text)
        return self.az.add_zone(division, zone.city) if division.admin_level == "prefecture" else None

    def _city_holding_main_over_its_parts(self) -> str | None:
        """The city holding the main district, county or zone (藁城区 -> 石家庄市; 昆山经开区 -> 昆山市),
        what 全市 means in its article when the city it names most is another county-level city of
        the same prefecture (新乐市、晋州市分别发放…): one of the city's parts, as its districts are,
        not the city the article is written in. A prefecture the article does not name is added to the
        index up front, and only when the text writes a reference to a city."""
        if not self.main or not any(it.ref == "city" for it in self.items):
            return None
        most, zone = self._most_named_city, self.az.zones[self.main]
        if most is None or most == self._main_city or zone.zone_type == "city":
            return None
        part = self.az.zones[most]
        if not part.is_county_level_city or not zone.city or part.city != zone.city or zone.district == part.zone_name:
            return None  # a prefecture's own city, a county-level city of another prefecture, or the one holding the zone
        if self._main_city is not None:
            return self._main_city
        city = resolve_admin(zone.city, self.text)
        return self.az.add_zone(city, zone.city) if city.admin_level == "prefecture" else None

    def _city_zones_are_named_after(self) -> str | None:
        """With no main zone (我市开发区交出答卷), the city whose name opens the names of the
        development zones the article names (淮安经开区, 淮安高新区 -> 淮安市), when every zone it
        names lies in that city (涟水经开区 too): the city 全市 and 全市开发区 mean, which the zones'
        names write, as a main zone named after its city gives it (`_divisions_of_main`). Only when
        the text writes a reference to a city and two zones or more are named after it; districts
        alone (越秀区、天河区) name no city, and 全市 there stays unnamed (never guess)."""
        if self.main or not any(it.ref == "city" for it in self.items):
            return None
        named = [self.az.zones[key] for key in dict.fromkeys(it.key for it in self._actors if it.key is not None)]
        if (outlet_city := self._city_of_own_outlet(named)) is not None:
            return outlet_city  # 来源：鄂尔多斯日报 over a roundup of its parks: 全市 is 鄂尔多斯市
        cities = {zone.city for zone in named}
        if len(cities) != 1 or None in cities:
            return None
        city = cities.pop()
        after_city = [zone for zone in named if zone.zone_type not in _ADMIN_TYPES
                      and zone.zone_name.startswith(city.removesuffix("市")[:2])]
        if len(after_city) < 2:
            return self._county_city_zones_are_named_after(named)
        division = resolve_admin(city, self.text)
        return self.az.add_zone(division, city) if division.admin_level == "prefecture" else None

    def _county_city_zones_are_named_after(self, named: list) -> str | None:
        """The county-level city (永康市) every zone the article names lies in, when two zones or
        more lie there and one at least opens with its name (永康经济开发区、永康现代农业装备高新区):
        a speech or report of that city, whose 全市 and 我市 are the city its zones' names write, as
        `_city_zones_are_named_after` reads a prefecture's (SPEC §5). A zone's name may have lost its
        place to the name scan (农业装备高新区), so the rest need only lie in the city."""
        districts = {zone.district for zone in named}
        if len(districts) != 1 or None in districts:
            return None
        district = districts.pop()
        parks = [zone for zone in named if zone.zone_type not in _ADMIN_TYPES]
        if len(parks) < 2 or len(parks) != len(named) \
                or not any(zone.zone_name.startswith(district.removesuffix("市")[:2]) for zone in parks):
            return None
        division = resolve_admin(district, self.text)
        return self.az.add_zone(division, district) if division.is_county_level_city else None

    def _city_of_own_outlet(self, named: list) -> str | None:
        """With no main zone, the prefecture-level city whose own outlet a header above the lead names
        (来源：鄂尔多斯日报: attribution.json _prefecture_outlet_words) when more than half the places the
        article names lie in it: the paper is the city's, so are the parks and districts it rounds up,
        and its 全市 is that city, as the zones' names give it (`_city_zones_are_named_after`). None when
        the places lie mostly elsewhere (a city's paper reporting on another) or name no city."""
        cities = Counter(zone.city for zone in named if zone.city)
        if not cities:
            return None
        city, count = cities.most_common(1)[0]
        if count * 2 <= len(named) or not self._names_outlet_of(city):
            return None
        division = resolve_admin(city, self.text)
        return self.az.add_zone(division, city) if division.admin_level == "prefecture" else None

    def _prefecture_of_main(self) -> str | None:
        """The autonomous prefecture or league holding the main zone, which 全州/全盟 (a
        reference written with 州 or 盟) point to in an article about a county-level place
        (延吉高新区…。全州…: 延边朝鲜族自治州, not 延吉市); added to the index up front, and only
        when the text writes such a reference."""
        if not self.main or not any((it.ref == "city" and self.text[it.end - 1] in _PREFECTURE_LEVEL_CHARS)
                                    or (it.ref == "city_body" and self.text[it.start] in _PREFECTURE_LEVEL_CHARS)
                                    for it in self.items):
            return None
        zone = self.az.zones[self.main]
        city = zone.city
        if not city or city[-1] not in _PREFECTURE_LEVEL_CHARS or zone.zone_name == city:
            return None
        return self.az.add_zone(resolve_admin(city, self.text), city)

    def _province_of_main(self) -> str | None:
        """The province holding the main zone, which 全省/我省 point back to when the article
        does not name it (湖北… 黄石开发区复工率全省领先。全省规上工业企业…: 湖北省, the current
        province, as 全州 is the prefecture's); added to the index up front, and only when the text
        writes such a reference. None for a municipality's zone (重庆市: province-level but no 省,
        its whole is 全市) and for a main zone with no province in the gazetteer (never guess)."""
        if not self.main or not any(it.ref == "province" for it in self.items):
            return None
        province = self.az.zones[self.main].province
        if not province or province == self.main:
            return None
        zone = resolve_admin(province, self.text)
        if not _is_province_of_quansheng(zone):
            return None
        return self.az.add_zone(zone, province)

    def _named_province(self, for_main: bool = False) -> str | None:
        """The province 全省/我省 points to: one the article names. A municipality (上海市) is
        province-level but no 省: 全省 in an article naming it means a province it does not name.
        Past the main zone's choice, the main zone's own province when it lies in one: a county's
        全省 is its province, not another the article names (福建省厦门市…), added when the article
        does not name it (`_province_of_main`)."""
        named = [k for k, z in self.az.zones.items()
                 if z.zone_type == "other" and z.province == k and _referable_type(z) != "province:市"]
        home = self.az.zones[self.main].province if not for_main and self.main else None
        if home is not None and home not in named:
            return self._main_province  # the main zone's own province, which the article does not name
        if for_main and not named:
            return self._province_of_a_shared_stem_in_opening
        if not for_main and not home and not named:
            # 四川多个国家级经开区… in a roundup's title, else 来源：四川日报 above a roundup of its zones
            return self._province_holding_title_places or self._province_of_own_outlet or self._province_of_city_outlet
        return home or (named[0] if named else None)

    @cached_property
    def _province_holding_title_places(self) -> str | None:
        """The province whose stem the title writes right before a word of each, several or some
        (四川多个国家级经开区…, 湖北各开发区…: attribution.json province_holder_in_title), or writes
        opening the title right before a bare zone word (湖南园区复工复产…: province_zones_opening_title): the
        province holding the places the article reports on, added to the index, for 全省/我省 of
        an article that names no province and has no main zone to take one from. None when the
        title writes no such stem, or writes the stems of two provinces (湖北、湖南多个开发区: the
        word of several holds both; never guess)."""
        title_end = self.doc.title_end or (self.doc.headlines[0][1] if self.doc.headlines and self.doc.headlines[0][0] == 0 else 0)
        title = self.text[:title_end]
        taken = [(it.start, it.end) for it in self.items if it.start < title_end]
        written, holding = set(), set()
        for stem, province in _province_stems_and_names().items():
            at = title.find(stem)
            while at >= 0:
                end = at + len(stem)
                if not any(s < end and at < e for s, e in taken):
                    written.add(province)
                    if title.startswith(_PROVINCE_HOLDER_AFTER, end) \
                            or (not title[:at].strip() and title.startswith(_PROVINCE_ZONES_AFTER, end)):
                        holding.add(province)  # 湖南园区复工复产…: the title opens with the zones' province
                at = title.find(stem, end)
        if len(written) != 1 or not holding:
            return None
        province = holding.pop()
        return self.az.add_zone(resolve_admin(province, self.text), province)

    @cached_property
    def _province_of_a_shared_stem_in_opening(self) -> str | None:
        """The province whose stem a city shares (吉林: 吉林省 and 吉林市), written alone in the title
        or the lead (稳链保供 吉林各开发区…。全省规上工业企业复工率…), which the zone finder leaves
        unnamed as it could be either: 全省/我省 can only mean a province, so the stem is that
        province (added to the index), the article's main zone. None when the opening writes no such stem."""
        opening_end = self.doc.lead[1] if self.doc.lead else (self.doc.title_end or 0)
        taken = [(it.start, it.end) for it in self.items if it.start < opening_end]
        for stem, province in _provinces_sharing_a_city_stem().items():
            at = self.text.find(stem, 0, opening_end)
            while at >= 0:
                if not any(s < at + len(stem) and at < e for s, e in taken):
                    return self.az.add_zone(resolve_admin(province, self.text), province)
                at = self.text.find(stem, at + len(stem), opening_end)
        return None

    def resolve(self, it: Item, pos: int) -> str | None:
        if it.key is not None:
            return it.key
        if self._anonymous_places and self._points_to_anonymous_place(it):
            return None  # 中部某县级市…，该市今年已…: the place left unnamed, no zone (never guess)
        if it.ref == "country" or it.ref == "unknown" or it.ref == "class":
            return None  # 全国: the whole country, no zone of the table; 航天基地: a zone the index does not know;
            # 国家级经开区, 各类开发区 opening a clause: a class of zones, none of the table (zones._read_zone_classes)
        if it.ref == "city":
            # 在太仓，全市…: a city named before it in its sentence is the city it means; not for
            # the rest of a roundup's divisions (巢湖市兑现…；其余县（市）区…), which sets that city apart.
            rest_of_city = self.text.startswith(_REST_OF_CITY_WORDS, it.start) \
                and _REST_OF_CITY.match(self.text, it.start) is not None  # the words first: a plain startswith
            here = None if rest_of_city else \
                self._last_actor(self.doc.sentence_of(it.start)[0], it.start, self._names_a_city)
            if here is not None:
                return self.main if self._own_city_within(it, here.key) else here.key
            branch_city = self._city_of_a_branch_before(self.doc.sentence_of(it.start)[0], it.start)
            if branch_city is not None:
                return branch_city  # 农发行武威市分行在全市累计投放贷款…: the territory the branch serves
            if self._main_prefecture is not None and self.text[it.end - 1] in _PREFECTURE_LEVEL_CHARS:
                return self._main_prefecture  # 全州 in a county-level place's article: its prefecture
            opening = self._city_of_paragraph_or_section(it)
            if opening is not None:
                return opening  # 昆山市副市长周涛：…。全市规上工业企业…: the paragraph's city
            return self._named_city()
        if it.ref == "city_body":
            current = self._resolve_current(it._replace(ref="current"), pos)
            if self.text[it.start] in _PREFECTURE_LEVEL_CHARS:
                return self._prefecture_holding(current)  # 州财政: the prefecture, not a county-level city of it
            return self._city_holding(current)
        if it.ref == "province":
            # 据四川省经信厅数据，全省…: a province named before it in its sentence is the one it means.
            here = self._last_actor(self.doc.sentence_of(it.start)[0], it.start, self._names_a_province)
            return here.key if here is not None else self._named_province()
        holder = self._division_before_suffix(it)
        if holder is not None:
            return holder  # 巨野县工业园区: the park of the county written in full, which the text names
        if self._own_level_before(it):
            # 县经开区, 我区高新区: the division's own zone, whose figures are the division's, as 全县's are
            return self._resolve_current(it._replace(ref_type=None, ref_levels=_OWN_LEVELS[self.text[it.start - 1]]), pos)
        owner = self._division_owning_part_word(it)
        if owner is not None:
            return owner  # 芙蓉区将辖区划分为两个片区，片区内商户…: the district's own part, not the free-trade area
        typed = self._resolve_typed(it)
        if typed is not None:
            return typed
        if it.ref_type == "other" and (self._foreign_park(it) or self._park_named_with_bracket(it)):
            return self._resolve_current(it, pos)  # 日本产业园内…, 中韩（盐城）产业园: a park inside the zone in scope
        if it.ref_type == "other" and self._institution_park(it):
            # 大学科技园: a university's site, no zone of a park's level: the zone in scope, whatever its level
            return self._resolve_current(it._replace(ref_type=None, ref_levels=None), pos)
        if it.ref_type == "other":
            holder = self._holder_of_park_written_before(it)
            if holder is not None:
                return holder  # 五常市现代农业产业园…。产业园内…: the park written with its place before
        if it.ref_type and self.text.endswith(tuple(_PARK_SHORT_WORDS), it.start, it.end):
            # 请介绍产业集聚区的情况。集聚区现有企业80家: the park spoken of, written with no place,
            # lies in the zone in scope, whatever its level (a county's 产业集聚区); a bare 片区 in an
            # article naming no free-trade area is a part of the place in scope, no unnamed zone
            return self._resolve_current(it._replace(ref_type=None, ref_levels=None), pos)
        if it.ref_type:
            return self._current_of_its_type(it, pos)
        return self._resolve_current(it, pos)

    def _current_of_its_type(self, it: Item, pos: int) -> str | None:
        """A bare 高新区 no named zone of its kind answers: the zone in scope when it is of that kind
        (a section or post about 《某高新区…名单》 whose name only a document title writes: SPEC §5,
        高新区 alone refers back to the current zone), else None: a 高新区 the article does not
        name is no other zone (never guess). Only when no zone of its kind acts in the article: with
        several named, one before none of them is ambiguous (甲经开区…乙经开区, 经开区 written first)."""
        if self._typed.get(it.ref_type):
            return None
        current = self._resolve_current(it, pos)
        if current is not None and _referable_type(self.az.zones[current]) == it.ref_type:
            return current
        return None

    def _city_holding(self, key: str | None) -> str | None:
        """The city holding zone `key` that the article names (北岸经开区 -> 莆田市), the zone itself
        when it is a city (a county-level city's 市里 is its own), else the city 全市 points to: what
        市里/市财政 opening a clause mean (zones.json city_own_bodies), not the zone in scope."""
        zone = self.az.zones[key] if key is not None else None
        if zone is not None and _is_city_of_its_articles(zone):
            return key
        own = self._county_level_city_under_prefecture(zone)
        if own is not None:
            return own
        if zone is not None and zone.city:
            named = next((it.key for it, zone_type in self._named_actors
                          if zone_type == "city" and self.az.zones[it.key].zone_name == zone.city), None)
            if named is not None:
                return named
        return self._named_city()

    def _county_level_city_under_prefecture(self, zone) -> str | None:
        """The county-level city holding `zone` when the division above it is no 市 (格尔木昆仑经开区 in
        格尔木市 of 海西州): 市财政 there can only be that city's, never the prefecture's, whose own body
        is 州财政. Only a city the article names; None otherwise (the usual lookup decides)."""
        if zone is None or not zone.city or zone.city.endswith("市") or not (zone.district or "").endswith("市"):
            return None
        return next((k for k, z in self.az.zones.items() if z.zone_name == zone.district), None)

    def _prefecture_holding(self, key: str | None) -> str | None:
        """The autonomous prefecture or league holding zone `key` (凯里市 -> 黔东南苗族侗族自治州), the
        zone itself when it is one, else the one 全州 points to: what 州财政/州里 opening a clause
        mean (zones.json city_own_bodies), never a county-level city, whose own body is 市财政."""
        zone = self.az.zones[key] if key is not None else None
        if zone is not None and zone.admin_level == "prefecture" and zone.zone_name[-1] in _PREFECTURE_LEVEL_CHARS:
            return key
        if zone is not None and zone.city and zone.city[-1] in _PREFECTURE_LEVEL_CHARS:
            named = next((k for k, z in self.az.zones.items() if z.zone_name == zone.city), None)
            return named if named is not None else self._division_added(zone.city)
        return self._main_prefecture or self._named_city()

    def _division_added(self, name: str) -> str | None:
        """The key of division `name` (楚雄彝族自治州), added to the index from the gazetteer: the
        prefecture holding the zone in scope that a 州级财政 of its section names by its level, though
        the article never writes it (楚雄高新区…州级财政对质押贷款…补助: not 红河州, named in an earlier
        section). None when the gazetteer does not know it as one division (never guess)."""
        division = resolve_admin(name, self.text)
        return self.az.add_zone(division, name) if division.adcode else None

    def _city_of_paragraph_or_section(self, it: Item) -> str | None:
        """For 全市 (the whole of a city; not 我市 or 本市, the writer's own, nor 其余县（市）区): the
        city that the nearest earlier sentence of its paragraph opening with a place opens with
        (昆山市副市长周涛：昆山开发区复工率98%。全市规上工业企业复工1820家。: the county-level city's
        official speaks of it, not of the prefecture the title names), else the city of its
        roundup section (一、海宁市 then 海宁经开区…。全市…): the paragraph's or section's zone (SPEC §5), as
        a city named earlier in the same sentence is. 该市 points first at the city written last
        before it in its paragraph (北流市是…基地。该市…), a county-level city as much as a prefecture."""
        word = self.text[it.start:it.end]
        if word in _DEMONSTRATIVE_CITY:
            named = self._last_actor(self.doc.paragraph_of(it.start)[0], it.start, self._names_a_city)
            if named is not None:
                return named.key  # 北流市是陶瓷基地。该市对留岗职工…: the city just written, not the title's
        elif word not in _WHOLE_OF_PLACE or _SELF_REFERENCE.get(word) != "市":
            return None  # 我市/本市 speak for whoever writes (a prefecture's paper on its county-level city)
        sentence = self.doc.sentence_of(it.start)
        openers, below = self._openers_before(self.doc.paragraph_of(sentence[0]), sentence[0])
        if below and self._names_a_city(openers[below - 1]):
            return openers[below - 1].key
        # A roundup's sub-headline 一、昆山市 or an official's line, then 全市…; not the title's
        # section, whose city the article's main zone already is.
        before = bisect.bisect_right(self._section_starts, it.start)
        if not before or self._section_starts[before - 1] < max(1, self.doc.title_end or 0):
            return None
        section = self._section_numbered(before)
        if section is not None and section[0] in self.az.zones and _is_city_of_its_articles(self.az.zones[section[0]]) \
                and not self._closing_after_last_section(before, it.start):
            return section[0]
        return None

    def _closing_after_last_section(self, sections_before: int, pos: int) -> bool:
        """Whether `pos` lies past the first paragraph of the last section of a roundup whose other
        sections under sub-headlines are one paragraph each (【丰满区】…, 【磐石市】 then its paragraph,
        then 记者了解到，全市各级财政…): the article's closing words, not that section's, so its 全市 is
        the article's city (attribution.json _roundup_closing)."""
        starts, text = self._section_starts, self.text
        if sections_before != len(starts) or sections_before < _ROUNDUP_CLOSING["sections_least"] + 1:
            return False
        def paragraphs(lo: int, hi: int) -> int:  # the lines under a sub-headline, the headline not counted
            return sum(1 for line in text[lo:hi].split("\n")[1:] if line.strip())
        if any(paragraphs(starts[i], starts[i + 1]) != 1 for i in range(1, sections_before - 1)):
            return False  # a roundup's section of several paragraphs: its later ones may be its own
        return paragraphs(starts[-1], self.doc.paragraph_of(pos)[0]) >= 1

    def _foreign_park(self, it: Item) -> bool:
        """A park word right after a foreign country's name (日本产业园, 韩国工业园: zones.json
        _foreign_park_names): a park for that country's firms, which lies in the zone in scope."""
        return any(self.text.endswith(name, max(0, it.start - len(name)), it.start) for name in FOREIGN_PARK_NAMES)

    def _park_named_with_bracket(self, it: Item) -> bool:
        """A park word right after a name holding a place in brackets (中韩（盐城）产业园, 深圳（哈尔滨）
        产业园区: attribution.json bracketed_park_name_before): a named park the index holds no zone
        for, which lies in the zone in scope, not an unknown park."""
        return _BRACKETED_PARK_NAME.search(self.text, max(0, it.start - _BRACKETED_PARK_NAME_REACH), it.start) is not None

    def _institution_park(self, it: Item) -> bool:
        """A park word right after an institution's word (大学科技园: attribution.json
        institution_park_owners), here or at an earlier writing of the same word in the article
        (燕山大学国家大学科技园…。科技园已有71家…): a university's site, which lies in the zone in scope."""
        word = self.text[it.start:it.end]
        at = it.start
        while at >= 0:
            if self.text.endswith(_INSTITUTION_PARK_OWNERS, 0, at):
                return True
            at = self.text.rfind(word, 0, at)
        return False

    def _division_before_suffix(self, it: Item) -> str | None:
        """The division written in full right before the zone suffix a reference ends (巨野县 of
        巨野县工业园区, 资兴市 of 资兴市工业园区): its park is no zone of its own (zones.park_prefix),
        the division is the jurisdiction the text names."""
        i = bisect.bisect_left(self._starts, it.start) - 1
        if i < 0:
            return None
        before = self.items[i]
        if before.key is None or before.role != "actor" or self.az.zones[before.key].zone_type not in _ADMIN_TYPES:
            return None
        written = self.text[before.end:it.end]
        if written in _SUFFIX_TYPE and it.start - before.end <= _SUFFIX_GAP:
            return before.key
        return before.key if self._park_described_after(before, it) else None

    def _own_level_before(self, it: Item) -> bool:
        """A bare 高新区/经开区 written right after a district's or county's level character that opens
        its word (县经开区, 区高新区, as 县农商银行 is the county's own bank) or after a self reference
        (我县经开区, 本区高新区), in an article whose title names a district or county: the zone of that
        division. Not after another word ending so (新区, 自治区, 各县, 市区高新区)."""
        start = it.start
        if it.ref_type not in _DEVELOPMENT_ZONE_TYPES or start < 1 or self.text[start - 1] not in _OWN_LEVELS:
            return False
        if _HAN_CHAR.match(self.text, start - 2) and not self.text.endswith(_SELF_REFERENCE_WORDS, 0, start):
            return False
        return self._names_a_division

    def _division_owning_part_word(self, it: Item) -> str | None:
        """For a bare park short word that is also any place's word for a part of it (片区: zones.json
        division_part_words): the district, county or city named last before it in its sentence when
        the sentence names no zone of the word's kind (芙蓉区将辖区划分为东、西两个片区，片区内商户…:
        the district's own areas, not the free-trade area the article names elsewhere); else None."""
        if not self.text.endswith(_DIVISION_PART_WORDS, it.start, it.end):
            return None
        sentence_start = self.doc.sentence_of(it.start)[0]
        named = self._last_actor(sentence_start, it.start, lambda x: x.key is not None)
        if named is None or self.az.zones[named.key].zone_type not in _ADMIN_TYPES:
            return None
        if self._last_actor(sentence_start, it.start,
                            lambda x: x.key is not None and self._of_kind_written(x.key, it)) is not None:
            return None  # 长沙片区位于芙蓉区，片区内…: the area the sentence names
        return named.key

    def _topic_heads_park_of_reference(self, topic: str | None, it: Item, paragraph: Span) -> bool:
        """Whether paragraph topic `topic` (a county, a city: of no level reference `it` names) is
        written in the paragraph heading a park whose suffix ends in the reference's level character
        (孟津县产业集聚区：…。区内建材企业复工率不到七成: 区内 is within that park, no zone of the index,
        whose figures are the county's, SPEC §5), before the reference."""
        level = self.text[it.start:it.end].rstrip("内")[-1:]
        if topic is None or not level or self.text[it.start:it.end] in _PARK_REFERENCES:
            return False
        suffixes = tuple(s for s in _PARK_SUFFIXES_OF_ZONES if s.endswith(level))
        return any(m.key == topic and paragraph[0] <= m.start and m.end <= it.start
                   and self.text.startswith(suffixes, m.end) for m in self.az.mentions)

    def _holder_of_park_written_before(self, it: Item) -> str | None:
        """For a bare park word (产业园, 工业园) naming no park of the index: the place that an earlier
        writing of the same word in the article is headed by, with a few words describing the park
        (五常市现代农业产业园内各企业…。截至3月23日，产业园内126家企业复工…; 成都高新区生物产业园…，
        产业园内企业…): that park, written short, which lies in the place and whose figures are the
        place's, as 新都区物流园区's are (SPEC §5: the text names the jurisdiction). None when no
        earlier writing of the word has a place before it: an unknown park (never guess). The word
        may have been written as another suffix of its kind (兰州新区综合保税区…。综保区累计…)."""
        found = [self._holder_of_word_written_before(word, it.start) for word in self._words_of_kind(it)]
        return max((f for f in found if f is not None), default=(None, None))[1]

    def _holder_of_word_written_before(self, word: str, before: int) -> tuple[int, str] | None:
        """(where, key) of the last writing of park word `word` before `before` that a place heads
        (_holder_of_park_written_before), or None."""
        at = self.text.rfind(word, 0, before)
        while at >= 0:
            i = bisect.bisect_left(self._starts, at) - 1
            if i >= 0 and self.items[i].end == at + len(word) and self.items[i].key is not None \
                    and self.items[i].role == "actor":
                return at, self.items[i].key  # 赣州经开区综合保税区: the zone's mention spans the word (zones._extend_last_mention)
            while i >= 0 and self.items[i].end > at:
                i -= 1
            if i >= 0 and self.items[i].key is not None and self.items[i].role == "actor" \
                    and self._park_description(self.items[i].end, at):
                return at, self.items[i].key
            at = self.text.rfind(word, 0, at)
        return None

    def _words_of_kind(self, it: Item) -> tuple[str, ...]:
        """The suffixes naming the kind of zone bare word `it` ends in (综合保税区 and 综保区 for 综保区;
        产业集聚区 and its short word for 集聚区), or the word itself when it ends in none."""
        word = self.text[it.start:it.end]
        suffix = _suffix_written(word)
        if suffix is None:
            return (word,)
        short = next((s for s in _PARK_SHORT_WORDS if word.endswith(s)), None)
        return _SUFFIXES_OF_KIND[_SUFFIX_KIND[suffix]] + ((short,) if short else ())

    def _park_description(self, start: int, end: int) -> bool:
        """Whether text[start:end] is a few words describing a park between its place and its park
        word (物流, 的现代农业): Han characters only, not across a verb, a preposition or a list."""
        gap = self.text[start:end].removeprefix("的")
        return len(gap) <= _PARK_DESCRIPTION_MAX and _HAN_RUN.fullmatch(gap) is not None \
            and not any(w in gap for w in _PARK_DESCRIPTION_BREAKERS)

    def _park_described_after(self, before: Item, it: Item) -> bool:
        """A bare 园区 after a district or county and a few words describing the park (新都区物流园区,
        东西湖区的物流园区, 沙坪坝区团结村中心站周边园区): a park of that division, whose figures
        are the division's. Not across a verb, a preposition or a list (江宁区为园区企业…)."""
        return self.text[it.start:it.end] in _PARK_REFERENCES and self._park_description(before.end, it.start)

    def _own_city_within(self, it: Item, named: str) -> bool:
        """Whether reference `it` is the writer's own city (我市: attribution.json first_person_city_refs)
        in an article about a county-level city that city `named` before it in its sentence holds
        (宁波市设立100亿元专项贷款，我市企业已获得其中的23.5亿元 in 慈溪市's article): the speaker's city,
        the main zone, not the prefecture whose programme it draws on; unless the article is the
        prefecture's own paper (宁波日报), whose 我市 is the prefecture."""
        main = self.main
        return main is not None and main != named and self.text[it.start:it.end] in _FIRST_PERSON_CITY_REFS \
            and self.az.zones[main].is_county_level_city and self._holds(named, main) \
            and not self._names_outlet_of(named)

    def _names_a_city(self, it: Item) -> bool:
        """A city, or a municipality (上海市国资委…，全市…: the municipality named before 全市 in
        its sentence is what it means)."""
        return it.key is not None and _is_city_of_its_articles(self.az.zones[it.key])

    def _names_a_province(self, it: Item) -> bool:
        return it.key is not None and _is_province_of_quansheng(self.az.zones[it.key])

    def _last_fitting(self, levels: frozenset[str] | None, start: int, end: int) -> Item | None:
        """The last named place in [start, end) of a zone type in `levels` (bisection per level set)."""
        if levels not in self._fitting:
            zones = self.az.zones
            fitting = [x for x, zone_type in self._named_actors
                       if levels is None or (zone_type in levels or _joint_division_type(zones[x.key]) in levels)
                       and not _named_outside(zones[x.key], levels)]
            self._fitting[levels] = (fitting, [x.start for x in fitting])
        fitting, starts = self._fitting[levels]
        i = bisect.bisect_left(starts, end) - 1
        return fitting[i] if i >= 0 and fitting[i].start >= start else None

    def _named_as_part(self, it: Item) -> bool:
        """A place named right after 其中 or 分别为 (其中金桥经开区达98.7%, 其中，甲区…), or listed
        after one that is (其中，江宁开发区、江宁高新区复工率分别为…; 分别为：甲区95.3%、乙区97.6%, each
        with its figure): a part of the place the sentence spoke of before it."""
        start = it.start
        while True:
            before = self.text[max(0, start - _PART_REACH):start].rstrip(_PART_SEPARATORS)
            if before.endswith(_PART_OPENERS):
                return True
            previous = self._previous_member_start(start - 1) if start >= 2 else None
            if previous is None:
                return False
            start = previous

    def _previous_member_start(self, joiner: int) -> int | None:
        """Where the place of the list member before the joiner at `joiner` starts: the place right
        before a 、 (甲区、乙区), or before the member's figure and the cue words stating it (甲区95.3%、
        乙区; 甲区复工率98.5%，乙区复工率95.1%: each part with its own figure, so after a comma too,
        the next part of the same statement); None when no member of that shape ends there."""
        mark = self.text[joiner]
        if mark not in _PART_LIST_JOINERS and mark not in _PART_CLAUSE_JOINERS:
            return None
        member_end = joiner
        # The pattern's search (tried at each of 16 positions) only where its last character, or a
        # line break its $ may stand before, is right before the joiner: most joiners follow a name.
        last = self.text[joiner - 1]
        figure = _FIGURE_BEFORE_JOINER.search(self.text, max(0, member_end - _FIGURE_REACH), member_end) \
            if last in _FIGURE_LAST_CHARS or last == "\n" else None
        if figure is None and mark not in _PART_LIST_JOINERS:
            return None  # 其中甲区…，乙区…: a clause with no figure of its own may speak of anything
        if figure is not None:
            member_end = figure.start()
        i = bisect.bisect_left(self._starts, member_end) - 1
        while i >= 0 and self.items[i].end > member_end:
            i -= 1
        if i < 0:
            return None
        cue = self.text[self.items[i].end:member_end]  # 复工率, 复工率达: the words stating the figure
        if cue and (figure is None or len(cue) > _MEMBER_CUE_MAX or not _HAN_RUN.fullmatch(cue)):
            return None  # no place right before the joiner or the member's figure
        return self.items[i].start

    def _fits(self, key: str | None, levels: frozenset[str] | None) -> bool:
        return key is not None and (levels is None or _fits_levels(self.az.zones[key], levels))

    def _resolve_current(self, it: Item, pos: int) -> str | None:
        """全区/该县/园区: the zone of that level in scope — named last in the paragraph, the
        paragraph's topic, the section's zone, the main zone, or named last anywhere before."""
        levels = it.ref_levels
        titled = self._development_zone_a_title_writes_bare(it)
        if titled is not None:
            return titled  # 仙游企业复工 开发区53家…全部恢复生产 over 仙游经济开发区…53家: the body's zone
        paragraph = self.doc.paragraph_of(it.start)
        near = self._last_fitting(levels, paragraph[0], it.start)
        if near is not None and self.text.startswith(_WHOLE_OR_WITHIN, it.start):
            # 复工率96.5%，其中金桥经开区达98.7%；全区在岗员工…: the whole is not its part named after 其中.
            while near is not None and self._named_as_part(near):
                near = self._last_fitting(levels, paragraph[0], near.start)
        if near is not None and self.text[it.start:it.end] in _PARK_REFERENCES and (
                self._unnamed_park_opens_sentence(near.end, it.start) or self._unnamed_park_opens_clause(near.end, it.start)):
            near = None  # 甲综保区…。智能终端产业园…，园区企业…: that park's, in the zone around, not 甲综保区's
        sourced = self._zone_of_source_frame(it, levels, near)
        if sourced is not None:
            return sourced  # 另据甲港务区经发局统计，截至…，全区…: the counting body's zone, not the section's
        clause_start = self.doc.clause_of(it.start)[0]
        typed = self._typed_reference_after(levels, max(near.start if near else 0, clause_start), it.start)
        if typed is None and self.text.startswith(_WITHIN_PLACE, it.start):
            # 综保区管理局推出配套举措：对区内企业…: the zone announcing the items before the colon
            announcing = self._clause_before_colon(clause_start)
            if announcing is not None:
                typed = self._typed_reference_after(levels, max(near.start if near else 0, announcing), it.start)
        if typed is not None:
            return typed  # 新余高新区…，渝水区…。高新区为区内企业…: 区内 is the 高新区 opening its clause
        framed = self._example_framed(levels, it, near)
        if framed is not None:
            return framed  # 以高新区为例，区里…，区财政拿出…: the zone the sentence takes as its example
        if near:
            return near.key
        # A bare 开发区 in an article about a new area or a district: the development zone named
        # last before it (天津经济技术开发区…。开发区管委会…), rather than the area around it.
        developed = self._development_zone_named_before(it) if self.text[it.start:it.end] in _GENERIC_ZONE_WORDS else None
        has_topic, topic = self._topic(pos)
        if has_topic and self._fits(topic, levels):
            return self._developed_or(developed, topic)
        if has_topic and self._topic_heads_park_of_reference(topic, it, paragraph):
            return topic  # 孟津县产业集聚区：…。区内建材企业…: within the county's park, not a section before
        section = self._section(pos)
        if section is not None:
            if section[0] is None:
                return None  # a section about a zone the text does not name (高新区：…)
            if self._fits(section[0], levels) and not self._district_word_over_part(it, section[0]):
                return self._developed_or(developed, section[0])
        if self._fits(self.main, levels):
            return self._developed_or(developed, self.main)
        earlier = self._last_fitting(levels, 0, it.start)
        if earlier and not (self._names_a_park_only(levels) and self._heads_another_section(earlier, section, pos)):
            return earlier.key
        if self._fits(self._main_county, levels):
            return self._main_county  # 全县 in an article about 定远经开区: 定远县
        typed = self._last_typed_reference(levels, it.start)
        if typed is not None:
            return typed  # 合肥市：高新区为企业…。园区…: the 高新区 written before, 合肥高新区
        # 园区 in a district's article: the parks of that district. A 全区 in an article whose
        # only named place is a city is a district the text does not name.
        if self._names_a_park_only(levels):
            return self._division_in_scope(topic if has_topic else None, section) or self.main
        return None

    def _unnamed_park_opens_sentence(self, named_end: int, pos: int) -> bool:
        """Whether a park the index holds no zone for (a trade's park: 智能终端产业园, zones
        ArticleZones.unnamed_park_starts) opens the sentence of the bare 园区 at `pos`, the place
        named last (ending at `named_end`) standing in an earlier sentence: 园区 is that park, the
        sentence's subject, which lies in the paragraph's or section's zone, not in the place named
        before it (a sibling park: 新郑综合保税区…。智能终端产业园在岗员工…，园区企业产能…)."""
        sentence_start = self.doc.sentence_of(pos)[0]
        if named_end > sentence_start:
            return False
        starts = self.az.unnamed_park_starts
        i = bisect.bisect_left(starts, sentence_start)
        if i == len(starts) or starts[i] >= pos:
            return False
        return not self.text[sentence_start:starts[i]].strip(_CLAUSE_EDGE)

    def _clause_before_colon(self, clause_start: int) -> int | None:
        """The start of the clause a colon ends right before the clause opening at `clause_start`
        (综保区管理局随即推出配套举措：对区内企业…: the body announcing the items after it), None when
        no colon ends the clause before."""
        end = clause_start
        while end > 0 and self.text[end - 1] in " \t\u3000":
            end -= 1  # walked back, not a copy of all the text before (asked for each 区内)
        if end == 0 or self.text[end - 1] not in ":：":
            return None
        return self.doc.clause_of(end - 1)[0]

    def _unnamed_park_opens_clause(self, named_end: int, pos: int) -> bool:
        """Whether a park the index holds no zone for opens the clause of the bare 园区 at `pos` (its
        own name's tail: 生物科技产业园区) after the place named last (ending at `named_end`), as in a
        list of parks each with its clause (甲工业园区为企业减免租金368万元；生物科技产业园区为入驻企业
        免收物业费…): that park is the clause's subject, lying in the zone in scope, not in the place
        of the clause before (`_unnamed_park_opens_sentence` for a sentence)."""
        clause_start = self.doc.clause_of(pos)[0]
        if named_end > clause_start:
            return False
        starts = self.az.unnamed_park_starts
        i = bisect.bisect_left(starts, clause_start)
        return i < len(starts) and starts[i] <= pos and not self.text[clause_start:starts[i]].strip(_CLAUSE_EDGE)

    def _zone_of_source_frame(self, it: Item, levels: frozenset[str] | None, near: Item | None) -> str | None:
        """The zone named (or written by its bare word) in a clause opening the sentence of reference
        `it` that says whose count it reports (attribution.json source_frame: 另据甲港务区经发局统计，
        截至4月2日，全区…), when it fits the reference's levels and no place is named between the frame
        and the reference: the body counted its own territory. None when `it` is in that clause."""
        sentence_start = self.doc.sentence_of(it.start)[0]
        if near is not None and near.start >= sentence_start:
            return None  # the sentence names a place before the reference: the usual rules read it
        frame = self.doc.clause_of(sentence_start)
        if it.start < frame[1]:
            return None
        words = self.text[frame[0]:frame[1]].lstrip(" \t\n　“\"")
        if not words.startswith(_SOURCE_FRAME_OPENERS) or not any(w in words for w in _SOURCE_FRAME_CLOSERS):
            return None
        for x in reversed(self._actors_in(frame[0], frame[1])):
            key = x.key if x.key is not None else (self._resolve_typed(x) if x.ref_type else None)
            if key is not None:
                return key if self._fits(key, levels) else None
        return None

    def _district_word_over_part(self, it: Item, zone: str) -> bool:
        """Whether reference `it` is written with 区 as a district's class word (全区, 区内, 区经委:
        attribution.json district_class_references) in an article about a district, while the section
        it falls in is about `zone`, a park or zone no division (天竺综保区：… then 全区58个项目): 区 is
        the district's word, so it means the article's district, not the section's park. Not on the
        section's first line under its heading (萧山经开区 / 全区规上工业企业复工率…: the heading's own body),
        nor after a bare word of the zone opening a clause of its paragraph (开发区…；区内企业…)."""
        if not self._district_main() or zone == self.main \
                or self.az.zones[zone].zone_type in _ADMIN_TYPES or self.text[it.start:it.end] not in _DISTRICT_CLASS_REFERENCES:
            return False
        i = bisect.bisect_right(self._section_starts, it.start) - 1
        paragraph = self.doc.paragraph_of(it.start)
        if any(self._zone_word(x) for x in self._actors_in(paragraph[0], it.start)):
            return False  # 开发区主动为企业…；区内企业获得新增贷款…: the paragraph speaks of a zone by its word
        return i >= 0 and not self._first_line_under(self._section_starts[i], paragraph)

    def _zone_word(self, it: Item) -> bool:
        """Whether `it` is a bare word of a zone or park (开发区, 高新区, 园区), no word of a district's."""
        return it.key is None and it.ref == "current" and (
            it.ref_type is not None or (it.ref_levels is not None and "district" not in it.ref_levels))

    @staticmethod
    def _names_a_park_only(levels: frozenset[str] | None) -> bool:
        """Whether a reference of these levels points to a zone or park only, never a division (园区)."""
        return levels is not None and "county" not in levels and "district" not in levels

    def _heads_another_section(self, named: Item, section: tuple[str | None] | None, pos: int) -> bool:
        """Whether the zone of `named`, written before the section holding `pos`, is what another
        section of a roundup is about, that section being about a district, county or city (楚雄高新区：
        …。武定县：…到县工业园区返岗…。县里还向园区企业…): it speaks of its own division, whose park a 园区
        there is (`_division_in_scope`); the zone another section heads is none of its parts. A zone the
        section itself names is still what its 园区 may point back to."""
        if section is None or section[0] is None or self.az.zones[section[0]].zone_type not in _ADMIN_TYPES:
            return False
        i = bisect.bisect_right(self._section_starts, pos) - 1
        while i > 0 and self._section_numbered(i) == section:
            i -= 1  # sections in a row about the same division (its sub-headlines) are one
        return named.start < self._section_starts[i] and named.key != section[0] and named.key in self._section_zones

    def _division_in_scope(self, topic: str | None, section: tuple[str | None] | None) -> str | None:
        """The district, county or city its paragraph or section speaks of (察右前旗：…。园区企业…):
        a 园区 (or a bare 开发区) there that fits no zone named is one of that division's parks, as it
        is of the main zone's in a district's article; not the wider main zone of a roundup (a province)."""
        for key in (topic, section[0] if section else None):
            if key is not None and self.az.zones[key].zone_type in _ADMIN_TYPES:
                return key
        return None

    def _development_zone_named_before(self, it: Item) -> Item | None:
        """The development zone named last before a bare 开发区 in its section, in an article about a
        new area or a district (not a city's roundup of zones: 一、大连高新区 … 二、金普新区 … 开发区
        is the section's, not the first section's zone)."""
        main_type = self.az.zones[self.main].zone_type if self.main else None
        if main_type not in ("new_area", "district", "county"):
            return None
        i = bisect.bisect_right(self._section_starts, it.start)
        return self._last_fitting(_DEVELOPMENT_ZONE_TYPES, self._section_starts[i - 1] if i else 0, it.start)

    def _development_zone_a_title_writes_bare(self, it: Item) -> str | None:
        """The one development zone the body names in full, for a bare 开发区 in the title (仙游企业复工
        开发区53家…: 仙游经济开发区 of the body): a title writes short what the article goes on to name,
        so the 开发区 is that zone, not the division the title names before it. None when the body names
        none or several (which one the title means is a guess)."""
        title_end = self.doc.title_end or 0
        if it.start >= title_end or self.text[it.start:it.end] not in _GENERIC_ZONE_WORDS:
            return None
        named = {m.key for m in self.az.mentions if m.start >= title_end
                 and self.az.zones[m.key].zone_type in _DEVELOPMENT_ZONE_TYPES}
        return named.pop() if len(named) == 1 else None

    def _developed_or(self, developed: Item | None, zone: str | None) -> str | None:
        """`zone`, unless it is no development zone and one was named (`developed`)."""
        if developed is None or zone is None or self.az.zones[zone].zone_type in _DEVELOPMENT_ZONE_TYPES:
            return zone
        return developed.key

    @cached_property
    def _typed_references(self) -> tuple[list[Item], list[int]]:
        """The bare typed references (高新区, 经开区) in order, with their starts."""
        typed = [it for it in self.items if it.ref_type]
        return typed, [it.start for it in typed]

    def _last_typed_reference(self, levels: frozenset[str] | None, before: int) -> str | None:
        """The zone of the last bare 高新区/经开区 written before `before` that resolves to a zone of
        a type in `levels` the text names only so (a city's 高新区, `_implied_typed_zones`): 园区
        points back to it as to a zone named in full (those `_last_fitting` finds)."""
        typed, starts = self._typed_references
        for i in range(bisect.bisect_left(starts, before) - 1, -1, -1):
            key = self._resolve_typed(typed[i])
            if self._fits(key, levels) and not self._count(key):
                return key
        return None

    def _typed_reference_after(self, levels: frozenset[str] | None, start: int, before: int) -> str | None:
        """The zone of the last bare 高新区/经开区 written in [start, before) that resolves to a zone of
        a type in `levels`, opening its clause (the subject): a place written later than the last
        named one, in the reference's own clause (高新区为区内企业…; not 高新区企业复工率98%，而全区…,
        where the whole is the district's). Not a bare 园区, nor a park word of a park the article
        does not name (a park of any kind: no zone of its own)."""
        typed, starts = self._typed_references
        i = bisect.bisect_left(starts, before) - 1
        if i < 0 or typed[i].start < start or not self._names_one_zone(typed[i]):
            return None  # most references: no bare 高新区/经开区/新区 since the place named last
        clause_start = self.doc.clause_of(typed[i].start)[0]
        if self.text[clause_start:typed[i].start].strip(" \t“\"（(") not in ("", *_PART_OPENERS):
            return None  # 在国家高新区综合评价中: a kind of zone inside a phrase, not the subject
            # (其中经开区已向园区…: the part spoken of opens the clause after 其中, its subject)
        key = self._resolve_typed(typed[i])
        return key if self._fits(key, levels) else None

    def _example_framed(self, levels: frozenset[str] | None, it: Item, near: Item | None) -> str | None:
        """The zone of a bare 高新区/经开区 that a clause opening `it`'s sentence takes as its example
        (以高新区为例: attribution.json _example_frame), with no place named after that clause before
        `it`; else None."""
        sentence = self.doc.sentence_of(it.start)
        first = self.doc.clause_of(sentence[0])
        if first[1] > it.start or (near is not None and near.start >= first[0]):
            return None
        typed, starts = self._typed_references
        i = bisect.bisect_left(starts, first[1]) - 1
        if i < 0 or typed[i].start < first[0] or not self._names_one_zone(typed[i]):
            return None
        opener = self.text[first[0]:typed[i].start].strip(_CLAUSE_EDGE + "\u3000")
        closer = self.text[typed[i].end:first[1]].strip(_CLAUSE_EDGE + "\u3000")
        if closer not in _EXAMPLE_FRAMES.get(opener, ()):
            return None
        key = self._resolve_typed(typed[i])
        return key if self._fits(key, levels) else None

    def _names_one_zone(self, typed: Item) -> bool:
        """Whether a bare zone word stands for one zone: a 高新区/经开区/新区 (a city sets up one of
        each), or a park word whose park the article names in full (中新广州知识城…。知识城为区内企业…,
        天津生态城, 广州科学城: written without 区, the park's short name, not parks of a kind)."""
        if typed.ref_type in _FUNCTIONAL_ZONE_TYPES:
            return True
        if typed.ref_type != "other" or not self._typed.get("other"):
            return False
        key = self._resolve_typed(typed)
        if key is None:
            return False
        # the park's own short name (知识城 of 广州知识城), not another kind's word (综保区 after a
        # zone's former name 昆山出口加工区, 港区 after 郑州新郑综合保税区)
        word, zone = self.text[typed.start:typed.end], self.az.zones[key]
        return zone.zone_name.endswith(word) or any(a.endswith(word) for a in zone.aliases)

    @cached_property
    def _starts(self) -> list[int]:
        """Where each item starts, for the walks over all items (a list's members)."""
        return [it.start for it in self.items]

    @cached_property
    def _typed(self) -> dict[str, list[Item]]:
        """Zone type -> the named places of that type, in order (for a bare 高新区/经开区)."""
        typed: dict[str, list[Item]] = {}
        for it, zone_type in self._named_actors:
            typed.setdefault(zone_type, []).append(it)
        return typed

    @cached_property
    def _typed_starts(self) -> dict[str, list[int]]:
        return {zone_type: [it.start for it in typed] for zone_type, typed in self._typed.items()}

    def _resolve_typed(self, it: Item) -> str | None:
        """Bare 经开区: the 经开区 named last before it, else the only one the article names."""
        if not it.ref_type:
            return None
        typed = self._typed.get(it.ref_type, [])
        starts = self._typed_starts.get(it.ref_type, [])
        if it.ref_type == "other":
            # parks, bonded zones, pilot zones… share one type: a bare 综保区 points back to a bonded
            # zone, never to a 工业园区 (nor to the only park the article names, a later section's)
            typed = [x for x in typed if self._of_kind_written(x.key, it)]
            starts = [x.start for x in typed]
        i = bisect.bisect_left(starts, it.start) - 1
        if i >= 0:
            return self._written_with_its_suffix(it, typed[:i + 1]) or typed[i].key
        if len({x.key for x in typed}) == 1:
            return typed[0].key
        implied = self._implied.get(it.ref_type)
        if implied is not None and self._last_actor(self.doc.sentence_of(it.start)[0], it.start, self._names_other_city):
            return None  # 荆门市规上企业…，其中高新区…: that city's zone, which the article does not name
        if implied is None and self._paragraph_of_main_division(it):
            return self.main  # 郫都区…高新区全年减免…: the division's own zone (SPEC §5: 高新区 alone refers back)
        if not typed and self._bonded_word_of_main_zone(it):
            return self.main  # 兰州新区…。综保区38家…: the new area's own bonded zone, no other named
        return implied

    def _bonded_word_of_main_zone(self, it: Item) -> bool:
        """A bare 综保区 in an article whose main zone is a new area or a development zone
        (attribution.json _bonded_words_of_main_zone)."""
        return it.ref_type == "other" and self.main is not None \
            and self.text[it.start:it.end].endswith(_BONDED_WORDS_OF_MAIN) \
            and self.az.zones[self.main].zone_type in _BONDED_ZONE_HOLDERS

    def _of_kind_written(self, key: str, it: Item) -> bool:
        """Whether zone `key` is of the kind bare zone word `it` names: its name or one of its
        aliases ends in that word or in another suffix of the same kind (综合保税区 for 综保区)."""
        endings = self._words_of_kind(it)
        zone = self.az.zones[key]
        return zone.zone_name.endswith(endings) or any(a.endswith(endings) for a in zone.aliases)

    def _written_with_its_suffix(self, it: Item, before: list[Item]) -> str | None:
        """Of the zones of its type named before bare reference `it` in its sentence (`before`, in
        order), the one whose name was written with the very suffix the reference repeats, when
        there are several and only one was (平湖经开区、独山港经济开发区分别设立…，其中经开区已…:
        经开区 repeats 平湖经开区's suffix, not the longer 经济开发区); else None, and the zone named
        last decides, as when the written suffixes do not tell them apart (甲经开区、乙经开区…经开区)."""
        sentence_start = self.doc.sentence_of(it.start)[0]
        in_sentence = [x for x in before if x.start >= sentence_start]
        if len({x.key for x in in_sentence}) < 2:
            return None
        word, text = self.text[it.start:it.end], self.text
        written = {x.key for x in in_sentence if text.endswith(word, x.start, x.end)}
        return written.pop() if len(written) == 1 else None

    def _paragraph_of_main_division(self, it: Item) -> bool:
        """A bare 高新区/经开区 in a paragraph that names the district or county the title names and
        no other place: the division's own zone, its figures the division's. Never when the paragraph
        names another place (a city, whose 高新区 it may be, or another zone), nor in a paragraph
        naming none (a cut paragraph about some other city's zone)."""
        if it.ref_type not in _DEVELOPMENT_ZONE_TYPES or self.main is None \
                or self.az.zones[self.main].zone_type not in _OWN_BODY_ADMIN_LEVELS:
            return False
        title_end = self.doc.title_end or 0
        if not any(m.key == self.main and m.start < title_end for m in self.az.mentions):
            return False
        paragraph = self.doc.paragraph_of(it.start)
        named = {m.key for m in self.az._mentions_in(*paragraph)}
        return named == {self.main}

    def _names_other_city(self, it: Item) -> bool:
        """`it` is a city (prefecture or county-level) other than the one implied zones are of."""
        zone = self.az.zones.get(it.key) if it.key else None
        return zone is not None and zone.zone_type == "city" and zone.zone_name != self._implied_city

    def _implied_typed_zones(self) -> dict[str, str]:
        """A bare 高新区/经开区 in a city's article that names no zone of that kind: that
        city's zone (淄博 + 高新区 -> 淄博高新区), added to the index up front; in a district's
        article its city's, in a development zone's article the zone's city's (西安经开区 +
        高新区 -> 西安高新区)."""
        main = self.az.zones[self.main] if self.main else None
        city = main.zone_name if main and main.admin_level == "prefecture" else None
        if city is None and main and main.zone_type in ("district", "county"):
            city = next((z.zone_name for z in self.az.zones.values()
                         if z.admin_level == "prefecture" and z.zone_name == main.city), None)
        if city is None and main and main.zone_type in _FUNCTIONAL_ZONE_TYPES:
            # 西安经开区's article, 其中高新区…: the same city's other zone; a county-level city's
            # (昆山经开区 -> 昆山高新区), none for a zone of a district (which city's it is is a guess).
            city = main.district if main.district and main.district.endswith("市") else None if main.district else main.city
            if city in MUNICIPALITIES:
                city = None  # 上海, 重庆: their zones are named by districts (闵行经开区), not by the city
            kinds = _DEVELOPMENT_ZONE_TYPES  # a bare 新区 there is no new area of the city's (太原新区)
        else:
            kinds = None
        self._implied_city = city
        implied: dict[str, str] = {}
        if not city:
            return implied
        for it in self.items:
            if it.ref_type and it.ref_type not in self._typed and it.ref_type not in implied \
                    and (kinds is None or it.ref_type in kinds):
                key = implied_city_zone(self.az, city, self.text[it.start:it.end])
                if key is not None:
                    implied[it.ref_type] = key
        return implied

    # --- scopes ----------------------------------------------------------------------------------

    def _topic(self, pos: int) -> tuple[bool, str | None]:
        """`_topic_scored(pos)`, once per sentence: it reads `pos` only through its sentence
        (and the sentence's paragraph, the line holding it)."""
        return self._topic_of(self.doc.sentence_of(pos))

    def _topic_of(self, sentence: Span) -> tuple[bool, str | None]:
        """`_topic` of the positions in `sentence`."""
        found = self._topic_by_sentence.get(sentence)
        if found is None:
            paragraph = self.doc.paragraph_of(sentence[0])
            if sentence[0] <= paragraph[0]:
                found = (False, None)  # a paragraph's first sentence (four in ten): none before it
            else:
                openers, below = self._openers_before(paragraph, sentence[0])
                answer = self._answer_start(paragraph, sentence[1])
                first = bisect.bisect_left(openers, answer, key=operator.attrgetter("start"))
                found = self._topic_holding_towns(sentence, self._nearest_topic(openers[max(first, below - 8):below]))
            self._topic_by_sentence[sentence] = found
        return found

    def _answer_start(self, paragraph: Span, pos: int) -> int:
        """Where the last answer's label of `paragraph` before `pos` stands (问：与郑州经开区相比，
        高新区复工进度如何？答：截至3月10日…), else the paragraph's start. `pos` is the end of the
        sentence whose topic is sought, so its own label counts. The places opening the question
        before the label set no topic for the answer, as they set none when question and answer
        stand on lines of their own (a line is a paragraph). Read by the marks, not the sentences:
        a ? after a question without a question word (有没有…?答:) may not end a sentence, yet
        the label still starts another speaker's words."""
        found = self._answers.get(paragraph)
        if found is None:
            found = self._answers[paragraph] = self._answer_labels_in(paragraph)
        i = bisect.bisect_right(found, pos)
        return found[i - 1] if i else paragraph[0]

    def _answer_labels_in(self, paragraph: Span) -> list[int]:
        """Where the answers' labels of `paragraph` stand (`_ANSWER_OPENING`), the pattern run
        only when the paragraph holds each character every label holds."""
        text, (start, end) = self.text, paragraph
        if any(text.find(ch, start, end) < 0 for ch in _ANSWER_LABEL_CHARS):
            return []
        return [m.start() for m in _ANSWER_OPENING.finditer(text, start, end)]

    def _openers_before(self, paragraph: Span, before: int) -> tuple[list[Item], int]:
        """(places opening sentences of `paragraph`, how many of them open one that starts
        before `before`). The paragraph's sentences are read only as far as its figures
        (`_paragraph_topics` reads them all), each once however many figures follow."""
        scan = self._openers.get(paragraph)
        if scan is None:
            scan = self._openers[paragraph] = (self.doc.sentences_in(paragraph), [], [], [0])
        sentences, starts, openers, read = scan
        i = read[0]
        if i < len(sentences) and sentences[i][0] < before:
            budget.check()
            while i < len(sentences) and sentences[i][0] < before:
                opener = self._opening_place(sentences[i])
                if opener is not None:
                    starts.append(sentences[i][0])
                    openers.append(opener)
                i += 1
            read[0] = i
        return openers, bisect.bisect_left(starts, before)

    def _opening_place(self, sentence: Span) -> Item | None:
        """The place a sentence opens with (in its first two clauses), unless it opens with 其中,
        此外…: the topic of the paragraph's next sentences. The first place in it decides, so
        the clauses and the opener pattern are read only for a sentence that names one."""
        i = bisect.bisect_left(self._actor_starts, sentence[0])
        if i == len(self._actors) or self._actors[i].start >= sentence[1]:
            return None
        first = self.doc.clause_of(sentence[0])
        second_end = self.doc.clause_of(first[1] + 1)[1] if first[1] < sentence[1] else first[1]
        if self._actors[i].start < first[1] < second_end and self.text.endswith(_TIME_CLAUSE_ENDINGS, first[0], first[1]):
            # 青海省出台《…》后，经开区…: the main clause's place, when it names one (_actor_of_main_clause)
            j = bisect.bisect_left(self._actor_starts, first[1])
            i = j if j < len(self._actors) and self._actors[j].start < second_end and self._names_topic(self._actors[j]) else i
        it = self._written_within(self._actors[i])
        if it.start < second_end and it.end <= second_end and not _TOPIC_SKIP.match(self.text, sentence[0], sentence[1]) \
                and not self._spreads_over_list(it, sentence) and not self._named_as_part(it):
            return it  # not 复工率分别为：甲区95.3%、乙区…: the parts a figure is spread over
        return None

    def _written_within(self, it: Item) -> Item:
        """The last place of the run written touching `it` (武汉市东湖高新区, 南京市鼓楼区: the city
        names where the zone or district is): the one a sentence opening with the run is about, as a
        headline's more specific place is (zones._headline_zone)."""
        i = bisect.bisect_left(self._actor_starts, it.end)
        while i < len(self._actors) and self._actors[i].start == it.end and self._actors[i].key is not None:
            it = self._actors[i]
            i = bisect.bisect_left(self._actor_starts, it.end)
        return it

    def _spreads_over_list(self, it: Item, sentence: Span) -> bool:
        """Whether place `it` opens a list whose sentence spreads values over it (吉林高新区、吉林经开区、
        船营区复工率分别为…): about each of them, no paragraph topic. A list with no 分别/均/依次
        (黄埔区、广州开发区出台“暖企8条”) still sets one, its first place."""
        return self.text[it.end:it.end + 1] in _LIST_MARKS and _SPREAD.search(self.text, it.end, sentence[1]) is not None

    def _nearest_topic(self, openers: list[Item]) -> tuple[bool, str | None]:
        """(found, zone) of the last of `openers` (the nearest few suffice) that sets a topic.

        A topic that is a reference resolves as one (全市 -> the named city or none); an
        untyped 全区/该区 says nothing new about the paragraph, so it sets no topic.
        """
        for it in reversed(openers):
            if it.key is not None:
                return True, it.key
            if it.ref in ("city", "province"):
                return True, self.resolve(it, it.start)
            typed = self._resolve_typed(it)
            if typed is not None:
                return True, typed
        return False, None

    def _paragraph_topics(self, paragraph: Span) -> list[tuple[int, Item]]:
        """(sentence start, the place opening it) for sentences of a paragraph that open with one:
        the definition `_openers_before` reads as far as needed."""
        topics = []
        for sentence in self.doc._tiles(self.doc.sentence_of, paragraph):
            if _TOPIC_SKIP.match(self.text, sentence[0], sentence[1]):
                continue
            first = self.doc.clause_of(sentence[0])
            second_end = self.doc.clause_of(first[1] + 1)[1] if first[1] < sentence[1] else first[1]
            i = bisect.bisect_left(self._starts, sentence[0])
            while i < len(self.items) and self.items[i].start < second_end and self.items[i].role != "actor":
                i += 1
            if i < len(self.items) and self.items[i].start < first[1] < second_end \
                    and self.text.endswith(_TIME_CLAUSE_ENDINGS, first[0], first[1]):
                i = self._actor_of_main_clause(i, first[1], second_end)
            if i < len(self.items) and self.items[i].start < second_end:
                opener = self._written_within(self.items[i])
                if opener.end <= second_end and not self._spreads_over_list(opener, sentence) \
                        and not self._named_as_part(opener):
                    topics.append((sentence[0], opener))
        return topics

    def _actor_of_main_clause(self, i: int, first_end: int, second_end: int) -> int:
        """Index of the first actor item written in the clause from `first_end` to `second_end`
        after a time clause (青海省出台《…》后，经开区…: 经开区), else `i` (the time clause's place
        is the only one and stays the topic)."""
        j = bisect.bisect_left(self._starts, first_end)
        while j < len(self.items) and self.items[j].start < second_end and self.items[j].role != "actor":
            j += 1
        return j if j < len(self.items) and self.items[j].start < second_end and self._names_topic(self.items[j]) else i

    @staticmethod
    def _names_topic(it: Item) -> bool:
        """Whether actor `it` can set a topic of its own: a named place or a typed reference (经开区),
        not a bare 园区/全区, which says nothing new (`_nearest_topic`) and leaves the time clause's place."""
        return it.key is not None or bool(it.ref_type)

    def _topic_scored(self, pos: int) -> tuple[bool, str | None]:
        """(found, zone) of the last earlier sentence of the paragraph that opens with a place:
        the definition `_topic` computes once per sentence."""
        sentence = self.doc.sentence_of(pos)
        paragraph = self.doc.paragraph_of(pos)
        topics = self._paragraph_topics(paragraph)
        below = bisect.bisect_left(topics, sentence[0], key=lambda t: t[0])
        first = bisect.bisect_left(topics, self._answer_start(paragraph, sentence[1]), key=lambda t: t[1].start)
        return self._topic_holding_towns(sentence, self._nearest_topic([it for _, it in topics[max(first, below - 8):below]]))

    def _topic_holding_towns(self, sentence: Span, topic: tuple[bool, str | None]) -> tuple[bool, str | None]:
        """`topic`, unless `sentence` opens with a town's own name and the topic is of a level
        that holds no town (a prefecture-level city: attribution.json _town_subject_topic_levels):
        从全市看…。禄口街道…复工率86% is the town's, in the section's district, so no topic."""
        found, zone = topic
        if found and zone is not None and self.az.zones[zone].admin_level in _TOWN_SUBJECT_TOPIC_LEVELS \
                and zone not in _PREFECTURES_HOLDING_TOWNS \
                and (self._town_opens_sentence(sentence) or self._town_word_opens_sentence(sentence)):
            # Only when what takes the figures instead lies in the topic (浦口区 in 南京市): a
            # helping city's section (昆山市) holds no town of 铜仁市's.
            section = self._section(sentence[0])
            fallback = section[0] if section is not None and section[0] is not None else self.main
            if fallback is not None and fallback != zone and self._holds(zone, fallback):
                return False, None
        return topic

    def _town_word_opens_sentence(self, sentence: Span) -> bool:
        """Whether a town's bare word for itself (街道, 全镇: attribution.json town_bare_subjects) is
        the subject of `sentence`, opening it or its second clause after a short first clause naming
        no place (目前，街道已协助…): the town's own article speaking of it, as by its name."""
        text, start = self.text, sentence[0]
        while start < sentence[1] and text[start] in _MARKS_BEFORE_A_SUBJECT:
            start += 1
        if text.startswith(_TOWN_BARE_SUBJECTS, start):
            return True
        first = self.doc.clause_of(start)
        if first[1] >= sentence[1] or first[1] - start > _TOWN_BARE_OPENER_MOST:
            return False
        i = bisect.bisect_left(self._starts, start)
        if i < len(self.items) and self.items[i].start < first[1]:
            return False  # 从全市看，街道…: the opener names a place
        return text.startswith(_TOWN_BARE_SUBJECTS, first[1] + 1)

    def _town_opens_sentence(self, sentence: Span) -> bool:
        """Whether a town's or a subdistrict's own name opens `sentence` (禄口街道受疫情影响较大，…):
        a proper name before a town ending (list_town_member_endings), not a word of the whole or
        of a time (全镇, 目前街道…: no name), so the sentence is about that town."""
        text, start = self.text, sentence[0]
        while start < sentence[1] and text[start] in _MARKS_BEFORE_A_SUBJECT:
            start += 1
        stop = min(sentence[1], start + _TOWN_NAME_MAX)
        ends = [i + len(w) for w in _TOWN_MEMBER_ENDINGS if (i := text.find(w, start, stop)) >= 0]
        if not ends:
            return False
        name_end = min(ends)
        stem = text[start:name_end - len(next(w for w in _TOWN_MEMBER_ENDINGS if text.endswith(w, start, name_end)))]
        return len(stem) >= 2 and _HAN_RUN.fullmatch(stem) is not None and self._is_town(start, name_end) \
            and is_proper_name(stem)

    def _items_lead_in(self, paragraph: Span) -> tuple[bool, str | None]:
        """(found, zone) of the lead-in of the enumerated list whose item `paragraph` is (items_lead_in):
        walking back over the items before it (一是…, 二是…: _ITEM_OPENING) to the first line that is
        none, which leads in when it ends in a colon (荔城区日前出台《…》，主要内容包括：); the place
        opening one of its sentences, the last such, is the zone. Any other line stops the walk (a
        sub-headline 常德经开区：园区服务送上门: the items under it are its section's). Decided once
        per line, each item's from the one before it, so a list of a thousand items is walked once."""
        found = self._lead_in_by_item.get(paragraph)
        if found is not None:
            return found
        text, walked, line = self.text, [], paragraph
        found = (False, None)
        while True:
            if not _ITEM_OPENING.match(text, line[0], line[1]):
                break  # not an item: no list's lead-in above
            walked.append(line)
            before = self._line_before(line)
            if before is None:
                break
            is_item = _ITEM_OPENING.match(text, before[0], before[1]) is not None
            if is_item and before in self._lead_in_by_item:
                found = self._lead_in_by_item[before]  # an item decided before: its list's lead-in
                break
            if not is_item:
                if text[before[0]:before[1] + 1].rstrip().endswith(_LEAD_IN_ENDS):
                    openers, below = self._openers_before(before, before[1] + 1)
                    found = self._nearest_topic(openers[max(0, below - 8):below])
                break
            line = before
        for line in walked:
            self._lead_in_by_item[line] = found
        self._lead_in_by_item.setdefault(paragraph, found)
        return found

    def _line_before(self, line: Span) -> Span | None:
        """The last line before `line` holding anything but spaces, or None."""
        pos = line[0] - 1
        while pos >= 0:
            before = self.doc.paragraph_of(pos)
            if self.text[before[0]:before[1] + 1].strip():
                return before
            pos = before[0] - 1
        return None

    def _sections_handed_back_to_district(self) -> list[tuple[int, str]]:
        """In a district's article, the paragraphs after the first of a park's or zone's section (天竺综保区：
        跨境电商企业率先“回血” …) that name no place but the district and those holding it, one of whose
        sentences opens with the district or a word of its own (顺义区参照执行…, 区金融办协调…, 全区…:
        attribution.json district_class_references): the article has gone back to its district, whose
        figures the rest of the section's are (SPEC §5: the main zone), up to the next section."""
        if not self._district_main() or not self.az.sections:
            return []
        main = self.az.zones[self.main]
        holders = {name for name in (main.city, main.province) if name}
        starts = [start for start, _ in self.az.sections]
        handed, back_at = [], -1
        for line in self.doc._line_spans:
            i = bisect.bisect_right(starts, line[0]) - 1
            if i < 0 or starts[i] == line[0] or back_at >= starts[i] or starts[i] < (self.doc.title_end or 1):
                continue  # before any section, a section's own heading, the title's, or handed back already
            zone = self.az.sections[i][1]
            if zone is None or zone == MAIN_ZONE_SECTION or zone == self.main or self.az.zones[zone].zone_type in _ADMIN_TYPES:
                continue
            if self._first_line_under(starts[i], line) or not self._about_district_alone(line, holders):
                continue
            handed.append((line[0], MAIN_ZONE_SECTION))
            back_at = line[0]
        return handed

    def _district_main(self) -> bool:
        """Whether the article's main zone is a district (区 is its class word)."""
        return self.main is not None and self.az.zones[self.main].zone_type == "district"

    def _first_line_under(self, section_start: int, line: Span) -> bool:
        """Whether `line` is the first line holding words after the heading line of the section
        opening at `section_start` (its own body, whatever it names)."""
        before = self._line_before(line)
        return before is None or before[0] <= section_start

    def _about_district_alone(self, line: Span, holders: set[str]) -> bool:
        """Whether `line` names no place but the main district and those holding it (`holders`), nor
        speaks of a zone by its bare word (园区, 开发区), and one of its sentences opens with the
        district or a word of the district's own."""
        i = bisect.bisect_left(self._starts, line[0])
        while i < len(self.items) and self.items[i].start < line[1]:
            item = self.items[i]
            if item.key is not None and item.key != self.main and self.az.zones[item.key].zone_name not in holders:
                return False
            if item.role == "actor" and self._zone_word(item):
                return False  # 园区…, 开发区…: still about a zone, by its word
            i += 1
        for sentence in self.doc.sentences_in(line):
            opener = self._opening_place(sentence)
            if opener is not None and (opener.key == self.main or (
                    opener.key is None and self.text[opener.start:opener.end] in _DISTRICT_CLASS_REFERENCES)):
                return True
        return False

    def _section(self, pos: int) -> tuple[str | None] | None:
        return self._section_numbered(bisect.bisect_right(self._section_starts, pos))

    def _section_numbered(self, sections_before: int) -> tuple[str | None] | None:
        """(zone,) of the last of the first `sections_before` sections, None for none (or for a
        section handing the figures back to the main zone)."""
        if not sections_before:
            return None
        zone = self._section_zones[sections_before - 1]
        if sections_before - 1 in self._donor_headed_sections:
            return None  # 浙江驰援荆门, 上海封控外溢 as a headline: the section is the main zone's
        return None if zone == MAIN_ZONE_SECTION else (zone,)

    @cached_property
    def _section_zones(self) -> list[str | None]:
        """The zone of each section of zones.sections; a section a bare zone word heads (开发区：“复工贷”
        直达园区企业) gets the zone of that kind its own lines name first (在博兴经济开发区，…): the heading
        writes that zone's short name, as a bare 开发区 in the body refers back to it; else the article's
        city's zone of that kind (高新区：… in a city's article: _implied_typed_zones). Still none when
        neither is known (高新区：… about a zone the text does not name)."""
        zones = [zone for _, zone in self._sections]
        ends = self._section_starts[1:] + [len(self.text)]
        for i, zone in enumerate(zones):
            if zone is None:
                zones[i] = self._zone_a_bare_heading_names(self._section_starts[i], ends[i])
        return zones

    def _zone_a_bare_heading_names(self, start: int, end: int) -> str | None:
        """For a section opening at `start` with a bare zone word (开发区：…) and running to `end`: the
        first zone its lines name that the word can refer to, else None."""
        i = bisect.bisect_left(self._starts, start)
        word = self.items[i] if i < len(self.items) and self.items[i].start == start else None
        if word is None or word.key is not None or word.ref != "current":
            return None
        levels = frozenset({word.ref_type}) if word.ref_type else word.ref_levels
        line_end = self.text.find("\n", word.end, end)
        j = bisect.bisect_left(self._actor_starts, line_end if line_end >= 0 else end)
        while j < len(self._actors) and self._actors[j].start < end:
            key = self._actors[j].key
            if key is not None and (levels is None or _fits_levels(self.az.zones[key], levels)):
                return key
            j += 1
        # 高新区：… in 郑州's article naming no 高新区 of its own: the city's zone, as the bare word
        # in a sentence is (_implied_typed_zones).
        return self._implied.get(word.ref_type) if word.ref_type else None

    @cached_property
    def _donor_headed_sections(self) -> frozenset[int]:
        """The sections whose headline names their zone only as the giver of aid to another place
        (山东援黄冈, 浙江驰援荆门 助企复工: `_gives_aid_to_a_place`): they are about the one helped;
        or only as the scope of what it tells (上海封控外溢 吴江台企拚复工: where the lockdown was,
        `_outbreak_place`): they are about the place it hit, the main zone."""
        out = set()
        for i, (start, zone) in enumerate(self._sections):
            line = next((h for h in self.doc.headlines if h[0] <= start < h[1]), None)
            if line is None:
                continue
            named = [it for it in self.items if line[0] <= it.start < line[1] and it.key == zone]
            if named and all(it.role in _HEADLINE_BYSTANDER_ROLES for it in named):
                out.add(i)
        return frozenset(out)

    # --- the rule table --------------------------------------------------------------------------

    def candidates(self, pos: int) -> list[tuple[str, str | None]]:
        """(rule id, zone) for every fact rule that finds a candidate for a fact at `pos`."""
        in_clause, in_sentence = self._actors_before(pos)
        town = self._town_acting(self.doc.clause_of(pos), in_clause, in_sentence)
        return self._candidates_given(pos, in_clause, in_sentence, self._topic(pos),
                                      self._items_lead_in(self.doc.paragraph_of(pos)), self._section(pos), town)

    def _town_acting(self, clause: Span, in_clause: Item | None, in_sentence: Item | None) -> int:
        """Where a town's own name opens a clause that acts for a figure in `clause` (-1: none):
        between the place last named in the sentence and the figure, no place before the figure
        in its clause (`_town_clause_after`); or opening the figure's clause, whose only place
        before the figure is a bare reference (西樵镇为辖区企业…: 辖区, 镇内 are the town's, not
        the zone the reference would point back to)."""
        if in_clause is None:
            return self._town_clause_after(in_sentence.end, clause) if in_sentence is not None else -1
        if in_clause.key is None and in_clause.ref is not None \
                and self._last_actor(clause[0], in_clause.start, _HAS_KEY) is None:
            return clause[0] if self._town_opens_clause(clause) else -1
        return -1

    def _town_clause_after(self, actor_end: int, clause: Span) -> int:
        """The start of the nearest clause, from `clause` back to the one holding the place that ends
        at `actor_end`, that opens with a town's or a subdistrict's own name (…佛山高新区…；西樵镇为镇内
        企业发放口罩50万只，对…给予最高10万元补助), else -1: the town acts from there on, so the place
        named in an earlier clause is no longer the figures' (attribution.json fact rule town_clause)."""
        while clause[0] > actor_end:
            if self._town_opens_clause(clause):
                return clause[0]
            clause = self.doc.clause_of(clause[0] - 1)
        return -1

    def _town_opens_clause(self, clause: Span) -> bool:
        """`_town_opens_sentence` of a clause, read once per clause."""
        opens = self._town_opening.get(clause[0])
        if opens is None:
            opens = self._town_opening[clause[0]] = self._town_opens_sentence(clause)
        return opens

    def _town_holder(self, found: list[tuple[str, str | None]]) -> str | None:
        """The zone a town acting in its clause lies in: the first candidate that is a county-level
        division (a district, county or county-level city) or a prefecture with towns right under it
        (东莞市); else the zone of the paragraph, section or article, which runs its towns (兰州新区's
        秦川镇, 襄阳高新区's 米庄镇) unless a prefecture or province, never the place an earlier clause
        named (the index holds no towns)."""
        for _, zone in found:
            if zone is not None and (self.az.zones[zone].admin_level == "county"
                                     or zone in _PREFECTURES_HOLDING_TOWNS):
                return zone
        around = next((zone for rule, zone in found if rule not in _TOWN_PASSED_RULES), None)
        # a prefecture or province holds no town directly (attribution.json _town_subject_topic_levels)
        return None if around is None or self.az.zones[around].admin_level in _TOWN_SUBJECT_TOPIC_LEVELS else around

    def _actors_before(self, pos: int) -> tuple[Item | None, Item | None]:
        """The last actor before `pos` in its clause, and the last in its sentence before the clause."""
        clause, sentence = self.doc.clause_of(pos), self.doc.sentence_of(pos)
        i = self._past_closed_part(self._last_actor_index(sentence[0], clause[0]), sentence[0], clause[0])
        i = self._past_province_bodies(i, sentence[0])
        return self._last_actor(clause[0], pos), (self._actors[i] if i >= 0 else None)

    def _past_province_bodies(self, i: int, sentence_start: int) -> int:
        """Actor index `i`, or, when it is a province's own finance acting in a clause before
        (省财政按1个百分点给予贴息，州、市财政再各贴息…: zones.json province_own_bodies), the last
        actor before it in the sentence: the province gives its own clause's share only, and a
        later clause of a county's or a zone's measure goes back to the place written before."""
        while i >= 0 and self.text[self._actors[i].start:self._actors[i].end] in PROVINCE_BODY_WORDS:
            i = self._last_actor_index(sentence_start, self._actors[i].start)
        return i

    def _past_closed_part(self, i: int, sentence_start: int, clause_start: int) -> int:
        """Actor index `i`, or, when it names a part after 其中 and a semicolon closes that part
        before the clause (全市复工率达92.6%，其中火炬高新区达96.1%；已复工企业2435家), the last
        actor before the part: the whole the sentence goes back to."""
        while i >= 0:
            it = self._actors[i]
            if not (_PART_CLOSERS.intersection(self.text[it.end:clause_start]) and self._named_as_part(it)):
                return i
            i = self._last_actor_index(sentence_start, it.start)
        return i

    def _parks_as_class(self, it: Item) -> bool:
        """A bare park word, naming no park of the article, that a clause before it describes or
        a preposition makes the beneficiary (对主动减免租金的产业园区、众创空间，给予补助; 为工业园区…):
        parks of a kind, a class of beneficiaries, not a place that acts; the rules look past it.
        A bare park word as the subject (产业园区规上企业复工率…) still names an unknown park."""
        return it.key is None and it.ref == "current" and it.ref_type == "other" \
            and self.text[it.start - 1:it.start] in _CLASS_BEFORE_PARK

    def _subject_beside_beneficiary_park(self, it: Item, zone: str | None) -> Item | None:
        """The place its sentence opens with, when a park word `it` stands inside a clause as what
        the place acts on or where firms sit (`_park_acted_on`) and points back to `zone`, named
        before the sentence, or to no zone (an unknown park of a kind), while the opening place
        is of a level a park word cannot point to (昆山开发区向阜平县捐赠口罩。阜平县对园区企业新招用
        本地劳动力的，按每人500元给予补贴: the county, the sentence's subject, gives the subsidy; its
        parks' firms are no back-reference to the zone of the sentence before; 灞桥区为外贸企业减免
        物流园区仓储费用…, 包河区对入驻产业园区的企业减免租金…: the district's measure). None otherwise."""
        if not self._park_acted_on(it):
            return None
        body = self._province_body_acting_on(it)
        if body is not None:
            return body  # 省财政对园区企业贷款贴息…: the province's own body gives it, not the park's zone
        sentence = self.doc.sentence_of(it.start)
        subject = self._opening_place(sentence)
        if subject is not None and subject.key is None and self.text[subject.start:subject.end] in _DISTRICT_CLASS_REFERENCES \
                and self._district_main() and self.resolve(subject, it.start) == self.main:
            # 区经委还为园区企业调配… in a district's article: the district's own body acts, the 园区 is where its firms sit
            subject = subject._replace(key=self.main)
        if subject is not None and _LOCATED_FIRM_AFTER.match(self.text, subject.end, min(len(self.text), subject.end + 16)):
            return None  # 闵行区一家银行为园区中小企业发放贷款: the place locates the bank, the 园区 is the zone's
        if subject is None or subject.key is None or subject.end > it.start or subject.key == zone \
                or it.ref_levels is None or _fits_levels(self.az.zones[subject.key], it.ref_levels):
            return None
        if zone is not None and any(a.key == zone for a in self._actors_in(sentence[0], it.start)):
            return None  # 昆山开发区与阜平县签约，为园区企业…: the zone is named in the sentence itself
        return subject

    def _province_body_acting_on(self, it: Item) -> Item | None:
        """The province's own body (省财政, 省政府: zones.json province_own_bodies) written last before
        the beneficiary park word `it` in its clause, as the resolved province: the body acts on the
        parks' firms (省财政对园区企业贷款贴息最高可达1000万元), so the figure is the province's, not
        the zone in scope that the bare 园区 points back to. None when no such body acts there."""
        actor = self._last_actor(self.doc.clause_of(it.start)[0], it.start)
        if actor is None or self.text[actor.start:actor.end] not in PROVINCE_BODY_WORDS:
            return None
        province = self.resolve(actor, it.start)
        return None if province is None else actor._replace(key=province)

    def _park_acted_on(self, it: Item) -> bool:
        """A park word naming no park of the article (bare 园区 or a park of a kind, 产业园区) written
        inside its clause after other words: after a preposition (对园区企业, 为园区企业: the firms
        a measure is for, as _parks_as_class reads a class of parks) or as the object of a verb
        (减免物流园区仓储费用, 入驻产业园区的企业: the park is where goods are stored or firms sit).
        Not a park word opening its clause (产业园区规上企业复工率…: its subject, an unknown park)."""
        if it.key is not None or it.ref != "current" \
                or (self.text[it.start:it.end] not in _PARK_REFERENCES and it.ref_type != "other"):
            return False
        if self.text[it.start - 1:it.start] in _CLASS_BEFORE_PARK:
            return True
        if self.text[it.start - 1:it.start] == " " and self.doc.headline_of(it.start) is not None:
            return False  # 凭祥：口岸通关逐步恢复 综保区企业复工率达98.6%: it opens a phrase of a headline, its subject
        clause_start = self.doc.clause_of(it.start)[0]
        return bool(self.text[clause_start:it.start].strip(_CLAUSE_EDGE))

    def _not_parks_as_class(self, it: Item) -> bool:
        return not self._parks_as_class(it)

    def _parks_of_whole(self, it: Item) -> bool:
        """A bare park or zone word that stands for the parks of a whole province, city or country
        written last before it in its sentence (attribution.json parks_of_whole): counted or of a
        kind right after it (全省29家化工园区…复工率), or repeating its zone word (全省开发区…，开发区…)."""
        if it.key is not None or it.ref != "current":
            return False
        word = self.text[it.start:it.end]
        if not (it.ref_type or word in _PARK_REFERENCES or word in _GENERIC_ZONE_WORDS):
            return False
        whole = self._last_actor(self.doc.sentence_of(it.start)[0], it.start)
        if whole is None or whole.key is not None or whole.ref not in _WHOLE_PLACE_REFS:
            return False
        return self.text.endswith(word, whole.start, whole.end) \
            or _PARKS_OF_WHOLE_BETWEEN.fullmatch(self.text, whole.end, it.start) is not None

    def _candidates_given(self, pos: int, in_clause: Item | None, in_sentence: Item | None,
                          topic: tuple[bool, str | None], lead_in: tuple[bool, str | None],
                          section: tuple[str | None] | None, town: int = -1) -> list[tuple[str, str | None]]:
        """`candidates(pos)` from what it reads of `pos`: the actors before it, the paragraph
        topic (`_topic`), the lead-in of the list it is an item of (`_items_lead_in`), the
        section (`_section`) and where a town's name opens a clause between the place before
        it in its sentence and `pos` (`_town_clause_after`: -1 for none)."""
        found: list[tuple[str, str | None]] = []
        for rule, actor, span_of in (("clause_before", in_clause, self.doc.clause_of),
                                     ("sentence_before", in_sentence, self.doc.sentence_of)):
            if not actor:
                continue
            zone = self.resolve(actor, pos)
            if zone is None and self._parks_as_class(actor):
                # 西乡塘区为商贸企业及产业园区减免租金: past the class of parks, the place before it.
                actor = self._last_actor(span_of(actor.start)[0], actor.start, self._not_parks_as_class)
                if actor is None:
                    continue
                zone = self.resolve(actor, pos)
            elif self._parks_of_whole(actor):
                # 全省29家化工园区…复工率达92.4%: the province's parks as a class, the province's figure
                actor = self._last_actor(span_of(actor.start)[0], actor.start)
                if actor is None:
                    continue  # the place is in an earlier clause: the sentence's rule reads it
                zone = self.resolve(actor, pos)
            elif (subject := self._subject_beside_beneficiary_park(actor, zone)) is not None:
                actor, zone = subject, subject.key  # 阜平县对园区企业…: the county acts, 园区 is whose firms
            found.append((rule, zone))
        if topic[0]:
            found.append(("paragraph_topic", topic[1]))
        if lead_in[0]:
            found.append(("items_lead_in", lead_in[1]))
        if section is not None:
            found.append(("section", section[0]))
        found.append(("article_main", self.main))
        if town >= 0 and "town_clause" not in self.disabled:
            # 西樵镇为…: the town acts, not the place an earlier clause named; its holder takes the figure
            found = [("town_clause", self._town_holder(found))] + [f for f in found if f[0] not in _TOWN_PASSED_RULES]
        if self.disabled:
            found = [f for f in found if f[0] not in self.disabled]
        if not _CANDIDATES_IN_TABLE_ORDER:
            found.sort(key=lambda f: _RULE_ORDER[f[0]])  # the table's order decides
        return found

    def compared_average(self, pos: int) -> Decision | None:
        """The decision for a rate that measures reads as the average of a wider place the zone's
        rate is compared with (…复工率达91%，高于全市96.2%的平均水平: rule rate:compared_average): the
        place or reference written last before it in its clause, whatever its role (a reference after
        高于 is only compared with for the sentence's other figures), owns it. None when the clause
        names none or the rule is switched off."""
        if "compared_average" in self.disabled:
            return None
        clause_start = self.doc.clause_of(pos)[0]
        i = bisect.bisect_left(self._starts, pos) - 1
        while i >= 0 and self.items[i].end > pos:
            i -= 1
        if i < 0 or self.items[i].start < clause_start:
            return None
        it = self.items[i]
        wider = self.resolve(it, pos)
        compared = [z for z in self.decide(it.start).zones if z is not None]
        if wider is not None and any(not self._wider_level(wider, z) for z in compared):
            wider = None  # 延吉市…高于全州: 全州 resolved to 延吉市 itself, not a place holding it
        return Decision((wider,), "compared_average", f"compared_average:{self.text[it.start:it.end]}")

    def _wider_level(self, wider: str, compared: str) -> bool:
        """Whether zone `wider` is of a higher level than zone `compared` (a province over a
        prefecture over a county-level place over a zone or park): an average a rate is compared
        with is a wider place's, never the compared zone's own nor a peer's."""
        return _LEVEL_ORDER[self.az.zones[wider].admin_level] > _LEVEL_ORDER[self.az.zones[compared].admin_level]

    def decide(self, pos: int) -> Decision:
        """The decision for a fact at `pos`, made once per (actors before it in its clause and
        sentence, the paragraph topic, its section): past finding those two actors the rules,
        and resolve for a reference among them, read `pos` only through the topic of its
        sentence and its section, so the figures of a paragraph mostly share one decision
        instead of each scoring the rules (tests/test_measures_fast_paths.py compares it with
        `_decide` at every position)."""
        clause, sentence = self.doc.clause_of(pos), self.doc.sentence_of(pos)
        in_clause, in_sentence = self._last_actors_before(pos, clause[0], sentence[0])
        in_sentence = self._past_province_bodies(self._past_closed_part(in_sentence, sentence[0], clause[0]), sentence[0])
        topic = self._topic_of(sentence)
        lead_in = self._items_lead_in(self.doc.paragraph_of(pos))
        section = bisect.bisect_right(self._section_starts, pos)
        actors = self._actors
        town = self._town_acting(clause, actors[in_clause] if in_clause >= 0 else None,
                                 actors[in_sentence] if in_sentence >= 0 else None)
        key = (in_clause, in_sentence, topic, lead_in, section, town)
        decision = self._decisions.get(key)
        if decision is None:
            found = tuple(self._candidates_given(pos, actors[in_clause] if in_clause >= 0 else None,
                                                 actors[in_sentence] if in_sentence >= 0 else None,
                                                 topic, lead_in, self._section_numbered(section), town))
            decision = self._decision_by_candidates.get(found)
            if decision is None:  # an article's facts share a few decisions: each is made once
                decision = self._decision_by_candidates[found] = self._decision_of(found)
            self._decisions[key] = decision
        return decision

    def _decide(self, pos: int) -> Decision:
        """The decision for a fact at `pos`, scored afresh: the definition `decide` caches."""
        return self._decision_of(self.candidates(pos))

    @staticmethod
    def _decision_of(found: Sequence[tuple[str, str | None]]) -> Decision:
        summary = " | ".join([f"{rule}:{zone or '-'}" for rule, zone in found])
        if not found:
            return Decision((None,), "none", summary)
        rule, zone = found[0]
        return Decision((zone,), rule, summary)

    # --- lists -----------------------------------------------------------------------------------

    def _list_members(self, clause: Span, end: int, *, unjoined: bool = False) -> list[Item]:
        """The places (or bare 高新区 references) listed together last before `end` in `clause`;
        with `unjoined`, also names written right after one another with no separator. A
        reference to the current zone (全区, 该县) listed with a place is a member too (全区和陵城
        经开区…均达到100%: attribution.json _reference_listed_with_place); alone it lists nothing."""
        run = self._member_run(clause, end, unjoined, _names_a_member)
        with_references = self._member_run(clause, end, unjoined, self._names_a_member_or_whole_current)
        return with_references if len(with_references) > max(1, len(run)) else run

    def _names_a_member_or_whole_current(self, it: Item) -> bool:
        """`_names_a_member`, or `it` is a reference to the whole current place (全区, 该县)."""
        return _names_a_member(it) or (it.key is None and it.ref is not None
                                       and self.text[it.start:it.end] in _REFERENCES_LISTED)

    def _member_run(self, clause: Span, end: int, unjoined: bool, fits: Callable[[Item], bool]) -> list[Item]:
        """`_list_members` over the items that `fits`."""
        last = self._last_actor(clause[0], end, fits)
        if last is None:
            return []
        run = [last]
        front = last  # the first name of the member run[0]: 铁西区 of 铁西区（沈阳经济技术开发区）
        i = bisect.bisect_left(self._starts, last.start) - 1
        while i >= 0 and self.items[i].start >= clause[0]:
            it = self.items[i]
            if it.role == "actor" and fits(it):
                if self._bracketed_alias(it, front):
                    front = it  # 铁西区（沈阳经济技术开发区）: one member, its alias the run's item
                    i -= 1
                    continue
                if not unjoined and it.end == front.start and self._division_naming(it, front):
                    front = it  # 九江经开区、九江濂溪区: 九江 is the next member's city, written with it
                    i -= 1
                    continue
                if (front.start - it.end > 3 or not (_LIST_SEP_WRITTEN.match(self._after_alias_close(i, front))
                                                      or (unjoined and it.end == front.start
                                                          and not self._division_naming(it, front)))) \
                        and not self._separated_with_city(it, front):
                    break
                run.insert(0, it)
                front = it
            elif it.end > front.start - 4:
                pass
            else:
                break
            i -= 1
        return run

    def _separated_with_city(self, it: Item, front: Item) -> bool:
        """Whether `it` and the next member `front` are written apart by a separator and then the
        stem of `front`'s own city, no place item of its own (九江经开区、九江濂溪区 with no 九江市 in
        the text): still one list."""
        gap = front.start - it.end
        if front.key is None or gap < 3 or gap > _CITY_IN_LIST_MOST:
            return False
        zone = self.az.zones.get(front.key)
        city = zone.city if zone is not None else None
        between = self.text[it.end:front.start]
        return bool(city) and len(city) > 2 and between[1:] == city[:-1] \
            and _LIST_SEP_WRITTEN.match(between[:1]) is not None

    def _bracketed_alias(self, name: Item, alias: Item) -> bool:
        """Whether `alias` is `name`'s other name in brackets right after it (浑南区（沈阳高新区）:
        attribution.json _list_member_bracketed_alias)."""
        return name.key is not None and name.key == alias.key and self.text[name.end:alias.start] in _ALIAS_OPENS

    def _after_alias_close(self, i: int, nxt: Item) -> str:
        """The text from the item `items[i]` to `nxt`, less a closing bracket right after it when
        `items[i]` is the bracketed alias of the item before it (…（沈阳高新区）、铁西区)."""
        it = self.items[i]
        between = self.text[it.end:nxt.start]
        if between[:1] in _ALIAS_CLOSES and i and self._bracketed_alias(self.items[i - 1], it):
            return between[1:]
        return between

    def _recipients_respectively(self, clause: Span, respectively: int) -> list[Item]:
        """The places listed after 向 (给, 为) right before 分别 at `respectively` in `clause` and
        given to by the verb after it (向甲市、乙市、丙市分别拨付…), in order; else none
        (attribution.json _recipients_respectively). A member may act already: the article's own
        place receiving from outside it (`_receivers_of_main_side_as_actors`)."""
        text, items = self.text, self.items
        run: list[Item] = []
        i = bisect.bisect_left(self._starts, respectively) - 1
        while i >= 0 and items[i].start >= clause[0]:
            it = items[i]
            if it.key is None or it.role not in ("recipient", "actor") or it.end > respectively:
                break
            gap = text[it.end:run[0].start] if run else text[it.end:respectively]
            if (gap.strip() if not run else len(gap) > 3 or not _LIST_SEP_WRITTEN.match(gap)):
                break
            run.insert(0, it)
            i -= 1
        if len(run) < 2 or not text[clause[0]:run[0].start].endswith(_RECIPIENT_BEFORE) \
                or not self._given_to(run[-1].end):
            return []
        return run

    def _division_naming(self, it: Item, then: Item) -> bool:
        """Whether place `it`, written right before place `then`, is a division holding it (长沙市望城
        经开区, 湖南省长沙经开区): it says where `then` is, as part of its name, and lists no place."""
        if it.key is None or then.key is None or it.key == then.key:
            return False
        outer, inner = self.az.zones[it.key], self.az.zones[then.key]
        return outer.admin_level is not None and outer.zone_name in (inner.province, inner.city, inner.district)

    def _counted_places(self, clause: Span, respectively: int, n_values: int) -> list[Item]:
        """For a clause opening with a count of places before 分别 (两区已分别减免…, 两地分别设立…:
        attribution.json counted_places_respectively) as many values as the count says: the last
        places of the counted kind named before the count, in this paragraph or the line before it
        (a heading), in the order written (甲区、乙区对…。两区已分别…: 甲区, 乙区). Else none."""
        m = _COUNTED_PLACES.match(self.text[clause[0]:respectively])
        if m is None:
            return self._counted_subject_places(clause, respectively, n_values)
        count = _COUNTED_NUMERALS.get(m["count"]) or int(m["count"])
        if count != n_values:
            return []
        return self._places_counted_before(clause, count, _COUNTED_LEVELS[m["level"]])

    def _counted_subject_places(self, clause: Span, respectively: int, n_values: int) -> list[Item]:
        """For a clause whose subject is a count of places and what is counted in them before 分别
        (三旗规上工业企业复工率分别达到88.9%、92.3%、85.7%: attribution.json
        _counted_places_respectively_subject) as many values as the count says: the places of the
        counted kind the article names before the clause, in the order first named, when they are
        exactly that many. None when the words between list things of their own (复工率、达产率分别)
        or name a place."""
        text = self.text
        m = _COUNTED_SUBJECT.match(text[clause[0]:respectively])
        if m is None:
            return []
        count = _COUNTED_NUMERALS.get(m["count"]) or int(m["count"])
        subject_start = clause[0] + m.end("level")
        if count != n_values or _lists_its_own(text[subject_start:respectively]) \
                or self._last_actor(subject_start, respectively) is not None:
            return []
        levels = _COUNTED_LEVELS[m["level"]]
        named: dict[str, Item] = {}
        for it in self._actors[:bisect.bisect_left(self._actor_starts, clause[0])]:
            if it.key is not None and it.key not in named and (levels is None or _fits_levels(self.az.zones[it.key], levels)):
                named[it.key] = it
        return list(named.values()) if len(named) == count else []

    def _counted_shared(self, clause: Span, start: int) -> Decision | None:
        """The list_shared decision for a value stated for each (均, 都) of a count of places opening
        its clause (两地规上工业企业开工率均不足15%: attribution.json counted_places_shared): the
        places the count stands for (`_places_counted_before`), each with the value. None when the
        clause opens with no count, or no 均/都 stands between the count and the value."""
        text = self.text
        m = _COUNTED_SHARED.match(text, clause[0], start)
        if m is None or find_respectively(text, clause[0], start) >= 0 or not _EACH_ZONE.search(text, m.end(), start):
            return None
        count = _COUNTED_NUMERALS.get(m["count"]) or int(m["count"])
        places = self._places_counted_before(clause, count, _COUNTED_LEVELS[m["level"]])
        if not places:
            return None
        zones = self._one_per_administration(tuple(dict.fromkeys(self.resolve(it, start) for it in places)))
        return Decision(zones, "list_shared", "list:" + ", ".join(text[it.start:it.end] for it in places))

    def _places_counted_before(self, clause: Span, count: int, levels: frozenset[str] | None) -> list[Item]:
        """The last `count` places of the zone types `levels` (None: any) named before `clause`, in
        its paragraph or the line before it, in the order written; none when fewer are named."""
        paragraph = self.doc.paragraph_of(clause[0])
        reach = self.doc.paragraph_of(paragraph[0] - 1)[0] if paragraph[0] > 0 else 0
        named: dict[str, Item] = {}
        i = bisect.bisect_left(self._actor_starts, clause[0]) - 1
        while i >= 0 and self._actors[i].start >= reach and len(named) < count:
            it = self._actors[i]
            if it.key is not None and it.key not in named and (levels is None or _fits_levels(self.az.zones[it.key], levels)):
                named[it.key] = it
            i -= 1
        return sorted(named.values(), key=_START_END) if len(named) == count else []

    def _written_list(self, clause: Span, end: int) -> list[tuple[Item | None, int, int]]:
        """The members of a list of places opening `clause` before `end`, read by their written
        names (list_member_endings), as (place, start, end): the place is the index's place
        written as the whole name (the more specific of places written touching, 西安市雁塔区),
        or None for a name the index does not know (浐灞生态区; 呼兰区利民片区, a part of 呼兰区
        that is no zone of the index). Empty when no such list opens the clause."""
        last = self._last_actor(clause[0], end, lambda it: it.key is not None or it.ref_type is not None)
        # Up to the last place the index knows, whole: each name before it ends at a separator.
        m = _WRITTEN_LIST.fullmatch(self.text, clause[0], last.end) if last is not None else None
        if m is None:
            return []
        tail = _WRITTEN_LIST_TAIL.match(self.text, last.end, end)
        out: list[tuple[Item | None, int, int]] = []
        for start, stop in zip(m.starts(1) + m.starts(2) + tail.starts(1), m.ends(1) + m.ends(2) + tail.ends(1)):
            inside = [it for it in self._actors_in(start, stop) if it.key is not None or it.ref_type is not None]
            whole = bool(inside) and inside[0].start == start and inside[-1].end == stop \
                and all(a.end == b.start for a, b in zip(inside, inside[1:]))
            out.append((inside[-1] if whole else None, start, stop))
        if any(place is None and not self.text.endswith(_UNKNOWN_MEMBER_ENDINGS, start, stop)
               and not self._is_town(start, stop) for place, start, stop in out):
            return []  # 山区县、平原县, 主城各区: a common phrase, not a place the index does not know
        return out

    def _is_town(self, start: int, stop: int) -> bool:
        """Whether the list member written text[start:stop] is a town's or a subdistrict's name
        (长安镇, 北滘镇, 五里墩街道), not a kind of town (重点镇, 乡镇: list_town_generic) nor a word
        ending like one (晋江人返乡, 城乡: list_town_word_endings)."""
        name = self.text[start:stop]
        return len(name) >= 3 and name.endswith(_TOWN_MEMBER_ENDINGS) and name not in _TOWN_GENERIC \
            and not name.endswith(tuple(_TOWN_GENERIC)) and not name.endswith(_TOWN_WORD_ENDINGS)

    def _holder_of_towns(self, pos: int) -> str | None:
        """The zone a town listed at `pos` lies in: the first candidate there that is a district,
        county or city (佛山顺德区 article: 北滘镇 is 顺德区's; 东莞 article: 长安镇 is 东莞市's,
        not the zone named in the clause before), else None: the index holds no towns. A district
        named after 其中 before the list is a sibling part, not the town's holder (全市…，其中江海区
        达97%，杜阮镇、江门高新区分别…: 江门市)."""
        parts = {it.key for it in self._actors_before(pos) if it is not None and self._named_as_part(it)}
        for _, zone in self.candidates(pos):
            if zone is not None and zone not in parts and self.az.zones[zone].zone_type in _ADMIN_HOLDER_TYPES:
                return zone
        return None

    def _resolve_listed(self, member: Item, pos: int) -> str | None:
        """The zone of a 分别 list's member: `resolve`'s, or for a park named by the industry it hosts
        with no place's name (化工园区、绿色制造产业园复工率分别…: attribution.json _industry_park_heads),
        which the index holds no zone for, the zone in scope it lies in."""
        zone = self.resolve(member, pos)
        if zone is None and member.ref_type == "other" and self.text.startswith(_INDUSTRY_PARK_HEADS, member.start):
            zone = self._resolve_current(member._replace(ref_type=None, ref_levels=None), pos)
        return zone

    def _whole_of_listed_parts(self, first: int) -> str | None:
        """For a written list whose first member starts at `first` right after 其中 (part_openers):
        the zone of the place the sentence spoke of before it (苏州工业园区复工率98%，其中独墅湖科教
        创新区、金鸡湖商务区复工率分别为…), which a member the index does not know is a part of, as
        a single such part gets it (sentence_before); without 其中, the zone a place named before the
        list in its clause gives, or one the clause before names as the whole they lie in (临港新片区内，
        洋山…、前沿科技产业区…分别…); else None (浐灞生态区、曲江新区… opening the sentence, 广州市商务局
        通报，…: no zone)."""
        reach = max(0, first - _PART_REACH)
        before = self.text[reach:first].rstrip(_PART_SEPARATORS)
        opener = next((w for w in _PART_OPENERS if before.endswith(w)), None)
        if opener is not None:
            return self.decide(reach + len(before) - len(opener)).zone  # the zone at 其中: the sentence's before it
        # 临港新片区内，洋山特殊综合保税区、前沿科技产业区…分别…: the whole the parts lie in, named in the clause
        # before (X内，); or 西安经开区对入驻…的: a place of the list's own clause
        in_clause, in_sentence = self._actors_before(first)
        clause = self.doc.clause_of(first)
        within = in_sentence is not None and in_sentence.key is not None \
            and self.text[in_sentence.end:clause[0]].rstrip(_PART_SEPARATORS) == "内"
        if (in_clause is not None and in_clause.key is not None) or within:
            return self.decide(first).zone
        return None  # 广州市商务局通报，天河区、…琶洲试验区…分别: a source before the list, no whole of its parts

    def _item_heads(self, scope: Span, sentence: Span) -> list[Item]:
        """The places heading the items of an enumeration in `scope` (晋江市复工1086家、石狮市复工412家、
        …) or in the clauses ending with it (晋江市复工1086家，石狮市复工412家，…): each item opens with
        its place and states figures of its own, so the places are no list `_list_members` finds; a
        分别 after them pairs its values with them in order. At least two, else none."""
        text, named = self.text, (lambda it: it.key is not None or it.ref_type is not None)
        heads = [it for it in self._actors_in(*scope) if named(it)
                 and (it.start == scope[0] or text[it.start - 1] in _ITEM_OPENERS)]
        if len(heads) >= 2:
            return heads
        heads, clause = [], scope
        while clause is not None:
            first = next((it for it in self._actors_in(*clause) if named(it)), None)
            if first is None or first.start != clause[0]:
                break
            heads.insert(0, first)
            clause = self.doc.previous_clause(clause, sentence)
        return heads if len(heads) >= 2 else []

    def lists(self, facts: list[tuple[int, int, bool]]) -> dict[int, Decision]:
        """Decisions for facts that are items of a zone list, by fact start.

        `facts` are (start, end, is_rate). A rate written after several zones belongs to
        each of them (A、B复工率达到80%); an amount or a count only when the text says
        so (均, 各, 都): 可获得A、B资助60万元 is one amount from two funders.
        """
        return self._lists(facts, skip_unlisted=True)

    def _lists_by_definition(self, facts: list[tuple[int, int, bool]]) -> dict[int, Decision]:
        """`lists` with every fact's list looked for: the definition its skips must keep."""
        return self._lists(facts, skip_unlisted=False)

    def _lists(self, facts: list[tuple[int, int, bool]], *, skip_unlisted: bool) -> dict[int, Decision]:
        """`lists`; with `skip_unlisted`, no list is looked for where none can be paired: for
        分别 followed by fewer than two values, or for a fact with fewer than two places (the
        members of a list are places) starting before it in its clause: most facts, told by
        one bisection instead of walking back for the list."""
        out: dict[int, Decision] = {}
        starts = sorted(facts)
        text = self.text
        if "list_respectively" not in self.disabled:
            pos = find_respectively(text)
            while pos >= 0:
                clause = self.doc.clause_of(pos)
                values_end = clause[1]
                if text[values_end:values_end + 1] in _LIST_COLONS and values_end + 1 < len(text):
                    values_end = self.doc.clause_of(values_end + 1)[1]  # 分别为：96%、94%
                lo = bisect.bisect_right(starts, (pos,))
                hi = bisect.bisect_left(starts, (values_end,))
                values = [f[:2] for f in starts[lo:hi]]
                if skip_unlisted and len(values) < 2:
                    pos = find_respectively(text, pos + 2)
                    continue
                members = self._counted_places(clause, pos, len(values)) or self._list_members(clause, pos)
                recipients = self._recipients_respectively(clause, pos) if len(values) >= 2 else []
                if len(recipients) == len(values):
                    members = recipients  # 州人社局向甲市、乙市分别拨付…: each place's amount, not the giver's
                scope = None if members or _lists_its_own(text[clause[0]:pos]) else clause
                sentence = self.doc.sentence_of(pos)
                while not members and scope is not None:
                    scope = self.doc.previous_clause(scope, sentence)
                    if scope is not None:
                        members = self._list_members(scope, scope[1])
                if len(values) >= 2 and len(members) < len(values) and scope is not None:
                    members = self._item_heads(scope, sentence) or members
                if len(values) >= 2 and 0 < len(members) < len(values) and scope is None \
                        and not _lists_its_own(text[members[-1].end:pos]):
                    # 宁国经开区港口生态工业园区…分别达到85%和78%: names read out one after another (a
                    # transcript whose spaces cleaning took out), no separator written: 分别 pairs
                    # its values with them when they are as many. Not when the words after the names
                    # list things of their own (复工率、达产率分别…: the values are those kinds').
                    unjoined = self._list_members(clause, pos, unjoined=True)
                    members = unjoined if len(unjoined) == len(values) else members
                if len(values) >= 2 and len(members) == len(values):
                    names = ", ".join(text[m.start:m.end] for m in members)
                    for value, member in zip(values, members):
                        out[value[0]] = Decision((self._resolve_listed(member, value[0]),), "list_respectively", f"list:{names}")
                elif len(values) >= 2:
                    # 浐灞生态区、曲江新区复工率分别为93.5%、91.2%: a member the index does not know; read
                    # by its written names the list pairs right, the unknown member's value no zone's
                    # (after 其中, a part of the place the sentence spoke of: that place's).
                    written = self._written_list(scope or clause, pos if scope is None else scope[1])
                    whole = self._whole_of_listed_parts(written[0][1]) if written else None
                    if len(written) == len(values) and any(w[0] is None for w in written) \
                            and (any(w[0] for w in written) or whole is not None):
                        names = ", ".join(text[start:end] for _, start, end in written)
                        for value, (member, start, stop) in zip(values, written):
                            zone = self._resolve_listed(member, value[0]) if member is not None \
                                else self._holder_of_towns(start) if self._is_town(start, stop) \
                                else self._resolve_current(Item(start, stop, ref="current"), value[0]) \
                                if whole is None and text.startswith(_INDUSTRY_PARK_HEADS, start) else whole
                            out[value[0]] = Decision((zone,), "list_respectively", f"list:{names}")
                pos = find_respectively(text, pos + 2)
        sharing, summing = "list_shared" not in self.disabled, "list_sum" not in self.disabled
        if sharing or summing:
            actor_starts = self._actor_starts
            for k, (start, _, is_rate) in enumerate(starts):
                if not k % 32:  # each fact's work is bounded by its clause and sentence: no clock read per fact
                    budget.check()
                if start in out:
                    continue
                clause = self.doc.clause_of(start)
                if skip_unlisted:
                    i = bisect.bisect_left(actor_starts, start) - 2
                    if (i < 0 or actor_starts[i] < clause[0]) and not _EACH_ZONE.search(text, clause[0], start) \
                            and (i < 0 or actor_starts[i] < self.doc.sentence_of(start)[0]
                                 or not (is_rate or _PER_HEAD.search(text, self.doc.sentence_of(start)[0], start))):
                        if not (summing and not is_rate and _COUNTED_GROUP_TWIN.match(text, clause[0], start)):
                            continue  # fewer than two places before it in its clause (and its sentence), no 均: no list
                shared = (self._counted_shared(clause, start) or self._shared_with_list_before(clause, start, is_rate)) \
                    if sharing else None
                if shared is not None:
                    out[start] = shared
                    continue
                respectively = find_respectively(text, clause[0], start)
                if respectively >= 0 and bisect.bisect_left(starts, (clause[1],)) - bisect.bisect_left(starts, (respectively,)) > 1:
                    continue  # 分别达到99%、98%: spread over the places, one value each
                if respectively >= 0 and _VALUES_LISTED.search(text, respectively, clause[1]) is not None:
                    # 甲县、乙县、丙县分别收到…物资价值86万元、54万元和62万元, only the first a row: spread
                    # over the places all the same, the value theirs whose place in the list it holds.
                    placed = self._placed_in_listed_values(clause, respectively, start)
                    if placed is not None:
                        out[start] = placed
                    continue
                group = self._counted_group_sum(clause, start) if summing and not is_rate and respectively < 0 else None
                if group is not None:
                    out[start] = group  # 以上4家开发区累计兑现…: the group's sum, no one place's
                    continue
                members = self._list_members(clause, start)
                after_last = text[members[-1].end:start] if members else ""
                if summing and not is_rate and len(members) >= 2 and self._last_actor(members[-1].end, start) is None \
                        and _LIST_SUM.search(after_last) and not _EACH_ZONE.search(after_last) \
                        and not _PER_HEAD.search(after_last) and not any(w in after_last for w in _CAP_WORDS_IN_LIST) \
                        and self._opens_clause(clause, members[0], after_opener=True) \
                        and len({self.resolve(m, start) for m in members}) >= 2:
                    names = ", ".join(text[m.start:m.end] for m in members)
                    out[start] = Decision((None,), "list_sum", f"list:{names}")  # 甲区、乙区合计发放…: no one place's
                    continue
                if not sharing:
                    continue
                written = self._written_shared(clause, start, respectively)
                if written is not None:
                    out[start] = written  # 其中桃花工业园、上派工业园…均为100%: not the known member's alone
                    continue
                # 宝山区、松江区分别向…每人发放500元: 分别 before one value gives it to each place, as 均 does.
                if len(members) >= 2 and self._last_actor(members[-1].end, start) is None and "其中" not in after_last \
                        and (is_rate or _EACH_ZONE.search(after_last) or respectively >= 0
                             or (_PER_HEAD.search(after_last) and self._opens_clause(clause, members[0]))) \
                        and not self._spread_later(start):
                    zones = self._one_per_administration(tuple(dict.fromkeys(self.resolve(m, start) for m in members)))
                    names = ", ".join(text[m.start:m.end] for m in members)
                    out[start] = Decision(zones, "list_shared", f"list:{names}")
        return out

    def _counted_group_sum(self, clause: Span, start: int) -> Decision | None:
        """The list_sum decision for an amount or a count whose clause opens with a word pointing
        back and a count of places (以上4家开发区累计兑现奖补资金超过3000万元, 上述三个园区共发放…:
        attribution.json counted_group_sum): the group of the places listed before, whose sum is
        none of theirs alone. None when no such group opens the clause, when 均 or 都 gives the
        value to each, when it is an amount per head or a cap (each place's standard), or when a
        place is named between the group and the value (the clause then speaks of that place), or
        when fewer than two places of the counted kind are named before the clause (这3个园区 in one
        zone's article: its own parks, left unnamed, whose sum is the zone's)."""
        text = self.text
        m = _COUNTED_GROUP.match(text, clause[0], start)
        if m is None:
            return None
        between = text[m.end():start]
        if _EACH_ZONE.search(between) or _PER_HEAD.search(between) or any(w in between for w in _CAP_WORDS_IN_LIST) \
                or self._last_actor(m.end(), start) is not None:
            return None
        levels = _COUNTED_GROUP_LEVELS[m["level"]]
        named = {it.key for it in self._actors[:bisect.bisect_left(self._actor_starts, clause[0])]
                 if it.key is not None and (levels is None or _fits_levels(self.az.zones[it.key], levels))}
        if len(named) < 2:
            return None
        return Decision((None,), "list_sum", "group:" + m.group().strip())

    def _placed_in_listed_values(self, clause: Span, respectively: int, start: int) -> Decision | None:
        """The list_respectively decision for the value at `start`, one of the figures listed after
        分别 in `clause` (86万元、54万元和62万元) of which only some gave a row: the place at the
        value's position among the places listed before 分别, when there are as many of them as of
        figures; else None (the value is no one place's: never guess)."""
        members = self._list_members(clause, respectively)
        figures = [m.start() for m in _LISTED_FIGURE.finditer(self.text, respectively, clause[1])]
        if len(members) < 2 or len(members) != len(figures) or start not in figures:
            return None
        member = members[figures.index(start)]
        names = ", ".join(self.text[m.start:m.end] for m in members)
        return Decision((self.resolve(member, start),), "list_respectively", f"list:{names}")

    def _written_shared(self, clause: Span, start: int, respectively: int) -> Decision | None:
        """The list_shared decision for a value stated for each (均, 各, 都) of a list opening
        `clause` whose written members include a name the index does not know (其中桃花工业园、
        上派工业园规上企业复工率均为100%; 长安镇、松山湖高新区…均达到99%), read as a 分别 list
        is (`_written_list`): each member's zone, a town's the division it lies in, an unknown
        park's or area's the whole the list is a part of (after 其中), so the value does not go to
        the one member the index knows alone. A member with no zone adds no row when another has
        one; None when no member is known (北滘镇、容桂街道…均…: the zone around decides, one row)."""
        written = self._written_list(clause, start)
        if len(written) < 2 or all(place is not None for place, _, _ in written) \
                or all(place is None for place, _, _ in written):
            return None
        text, last_end = self.text, written[-1][2]
        after_last = text[last_end:start]
        if self._last_actor(last_end, start) is not None or "其中" in after_last or respectively >= 0 \
                or not _EACH_ZONE.search(after_last) or self._spread_later(start):
            return None  # only 均/各/都 state the value for each member (分别 lists pair values)
        whole = self._whole_of_listed_parts(written[0][1])
        zones = tuple(dict.fromkeys(
            self.resolve(place, start) if place is not None
            else self._holder_of_towns(begin) if self._is_town(begin, stop) else whole
            for place, begin, stop in written))
        known = tuple(z for z in zones if z is not None)
        names = ", ".join(text[begin:stop] for _, begin, stop in written)
        return Decision(self._one_per_administration(known or (None,)), "list_shared", f"list:{names}")

    def _one_per_administration(self, zones: tuple[str | None, ...]) -> tuple[str | None, ...]:
        """`zones` without a district listed with the zone it is run by as one administration
        (黄埔区、广州开发区对企业按每人每天80元给予补贴: one place, the zone; SPEC §5, gazetteer
        joint_administrations.csv)."""
        if len(zones) < 2:
            return zones
        joint, known = joint_administrations(), self.az.zones
        runs = {z: joint.get(known[z].adcode) for z in zones if z in known and known[z].zone_type == "district"}
        return tuple(z for z in zones if runs.get(z) is None or runs[z] not in zones)

    def _opens_clause(self, clause: Span, first: Item, *, after_opener: bool = False) -> bool:
        """Whether a list's first place opens its clause, only marks or a date before it (and,
        `after_opener`, a word such as 其中 of topic_skip_openers): the list is the clause's
        subject (滨江区、西湖区对新招员工给予每人800元补贴), not those the clause speaks of
        (成都市对锦江区、青羊区的个体工商户…, 从万州区、开州区返岗的)."""
        start = clause[0]
        if after_opener and (opener := _TOPIC_SKIP.match(self.text, start, first.start)):
            start = opener.end()
        return not _HAN_BEFORE_SUBJECT.search(self.text, start, first.start)

    def _shared_with_list_before(self, clause: Span, start: int, is_rate: bool = False) -> Decision | None:
        """均/都 before a figure in a clause that names no place, after a clause that lists places
        (北仑区、镇海区、鄞州区已复工规上企业分别为812家、356家、620家，复工率均超过97%): the value
        is stated for each place of that list. So is a rate or an amount per head (per_head_words)
        in a later clause of a sentence that a list of places opens as its subject, no place
        between (芦淞区、荷塘区对不裁员的企业，按每人800元给予补贴), as it is in the list's own clause."""
        text = self.text
        if self._last_actor(clause[0], start) is not None:
            return None
        if not _EACH_ZONE.search(text, clause[0], start):
            return self._subject_list_before(clause, start, is_rate) or self._each_said_before(clause, start, is_rate)
        if any(word in text[clause[0]:start] for word in _OTHERS_WORDS):
            return None  # …，其余区县均超过95%: the places not listed
        previous = self.doc.previous_clause(clause, self.doc.sentence_of(start))
        if previous is None:
            return None
        members = self._list_members(previous, previous[1])
        if len(members) < 2:
            return None
        zones = self._one_per_administration(tuple(dict.fromkeys(self.resolve(m, start) for m in members)))
        names = ", ".join(text[m.start:m.end] for m in members)
        return Decision(zones, "list_shared", f"list:{names}")

    def _each_said_before(self, clause: Span, start: int, is_rate: bool) -> Decision | None:
        """The list_shared decision for a rate in `clause` (naming no place) right after a clause
        that opens with a list of places and says with 均/都 that each did what the rate measures, a word
        of resuming ending it (魏都区、建安区规上工业企业均已全部复工，复工率100%; not 都成立了复工专班, what
        else each did): the rate is stated for each place, as
        it is after 复工率均为100% (attribution.json _each_said_before). Only a rate: an amount after
        甲区、乙区均已出台政策，… may be their sum."""
        if not is_rate:
            return None
        text = self.text
        previous = self.doc.previous_clause(clause, self.doc.sentence_of(start))
        if previous is None:
            return None
        members = self._list_members(previous, previous[1])
        if len(members) < 2 or not self._opens_clause(previous, members[0]):
            return None
        after_last = text[members[-1].end:previous[1]]
        if not _EACH_SAID_DID.search(after_last) or find_respectively(after_last) >= 0 or "其中" in after_last \
                or any(word in after_last for word in _OTHERS_WORDS) or self._spread_later(start):
            return None
        zones = self._one_per_administration(tuple(dict.fromkeys(self.resolve(m, start) for m in members)))
        names = ", ".join(text[m.start:m.end] for m in members)
        return Decision(zones, "list_shared", f"list:{names}")

    def _subject_list_before(self, clause: Span, start: int, is_rate: bool) -> Decision | None:
        """The list_shared decision for a rate or an amount per head in `clause` (naming no place)
        after the clauses, naming no place either, that follow a clause of its sentence opening
        with a list of places (历下区和市中区对新招用的高校毕业生，每人给予1000元补贴): the list is the
        subject the figure is stated for. Not after 分别 or a sum (合计), nor for a part (其中) or the
        places left out (其余)."""
        text, sentence = self.text, self.doc.sentence_of(start)
        previous = self.doc.previous_clause(clause, sentence)
        while previous is not None and self._last_actor(previous[0], previous[1]) is None:
            previous = self.doc.previous_clause(previous, sentence)
        if previous is None:
            return None
        members = self._list_members(previous, previous[1])
        if len(members) < 2 or not self._opens_clause(previous, members[0]):
            return None
        between = text[members[-1].end:start]
        # 甲区、乙区复工率分别为83%和85%，在岗职工不足七成: a rate after the clause pairing the list's
        # own rates with it is the list's too, one each (a rate is never summed).
        paired_before = is_rate and find_respectively(between) >= 0 and find_respectively(text, clause[0], start) < 0
        if not (between.startswith(_SUBJECT_LIST_ACTING) or paired_before) \
                or any(word in between for word in _SUBJECT_LIST_BREAKERS):
            return None  # 东莞市、佛山市的企业来我县招工，县里…: the places are not who pays
        if not (is_rate or _PER_HEAD.search(between)) or (find_respectively(between) >= 0 and not paired_before) \
                or _LIST_SUM.search(between) \
                or "其中" in between or any(word in between for word in _OTHERS_WORDS) or self._spread_later(start):
            return None
        zones = self._one_per_administration(tuple(dict.fromkeys(self.resolve(m, start) for m in members)))
        names = ", ".join(text[m.start:m.end] for m in members)
        return Decision(zones, "list_shared", f"list:{names}")

    def _spread_later(self, start: int) -> bool:
        """Whether a 分别 later in the sentence spreads values over the same places (均超过80%，分别
        达到87.5%、80.8%: the bound sums those up, one fact); not one pairing things its own
        clause lists (…，国有企业、民营企业分别获得…), which leaves a value stated for each place."""
        text, end = self.text, self.doc.sentence_of(start)[1]
        pos = find_respectively(text, start, end)
        while pos >= 0:
            if not _lists_its_own(text[self.doc.clause_of(pos)[0]:pos]):
                return True
            pos = find_respectively(text, pos + 2, end)
        return False

    # --- the article's main zone -----------------------------------------------------------------

    def _most_named(self, keys: list[str]) -> str:
        """The zone named most often; of equals, the more specific (潍坊高新区 over 潍坊市), then the first."""
        order = list(dict.fromkeys(keys))
        return min(order, key=lambda k: (-self._count(k), self.az.zones[k].rank, order.index(k)))

    def _self_level(self) -> frozenset[str] | None:
        """The zone types an article speaking of 我区/全区 (or 我市, 我县) most can be about."""
        counts: dict[str, int] = {}
        budget.check()
        for m in _SELF_REFERENCE_SCANNER.finditer(self.text):
            level = _SELF_REFERENCE[m.group()]
            counts[level] = counts.get(level, 0) + 1
        if not counts:
            return None
        level = max(counts, key=counts.get)
        return _REFERENCE_LEVELS.get(level) or frozenset({"city"})

    def _item_label_of_named(self, ref: Item, in_lead: list[Item]) -> bool:
        """`ref` (全市) is a brief's item label, not a reference spoken before any place: a bullet
        or bracket opens its line right before it (●全市, 【全市】), and the lead names a place
        of the reference's level after it (一周来，绍兴市各地…): attribution.json _reference_item_labels."""
        text = self.text
        line_start = text.rfind("\n", 0, ref.start) + 1
        opener = text[line_start:ref.start].strip()
        if not (_ITEM_LABEL_BULLET.fullmatch(opener) or opener in _ITEM_LABEL_BRACKETS["openers"]):
            return False
        levels = {"city": ("city",), "province": ("province:省", "province:市", "province:区")}[ref.ref]
        return any(it.key and it.start > ref.end and _referable_type(self.az.zones[it.key]) in levels for it in in_lead)

    def _zone_word_named_in_titles(self, title: Span) -> str | None:
        """The zone a title's bare zone word speaks of (经开区为7家企业兑现奖补…) when the article
        names no zone of that kind in full but inside document titles (《漯河经济技术开发区…若干措施》:
        the zone's own policy, its name written out there only), and those name one zone of the
        kind. Two such zones (two zones' policies quoted): no guess."""
        actors = self._actors_in(*title)
        word = actors[0] if actors else None
        if word is None or word.key is not None or word.ref != "current" \
                or not (word.ref_type or self.text[word.start:word.end] in _PARK_REFERENCES | _GENERIC_ZONE_WORDS):
            return None  # a place named, or a 全区/我市 of a level: the other rules
        levels = frozenset({word.ref_type}) if word.ref_type else word.ref_levels
        if any(self._fits(it.key, levels) for it in self._actors):
            return None  # the kind named in full: the bare word refers back to it (main_lead, main_most_named)
        in_titles = {it.key for it in self.items if it.role == "document" and self._fits(it.key, levels)}
        return in_titles.pop() if len(in_titles) == 1 else None

    def _lead_zone_word(self, in_lead: list[Item]) -> str | None:
        """The zone a bare zone word opening the lead's actors speaks of (新港区及时出台支持措施。
        截至4月15日，城陵矶综合保税区内…: the issuer, before the zone inside it the lead then
        names), when the article names one zone of that kind (岳阳城陵矶新港区, in its footer
        or body): that one; none when it names no or several such zones (never guess), or when
        the lead names a place the word can stand for (“…高新区将…”铜川经开区党工委书记说: the
        speaker's zone, main_lead's), as a zone of another kind inside it (a 综保区) cannot."""
        first = in_lead[0] if in_lead else None
        if first is None or first.key is not None or first.ref != "current" or not first.ref_type:
            return None
        if any(self._fits(it.key, first.ref_levels) and (first.ref_type != "other" or self._of_kind_written(it.key, first))
               for it in in_lead[1:]):
            return None
        kind = {it.key for it in self._typed.get(first.ref_type, [])
                if first.ref_type != "other" or self._of_kind_written(it.key, first)}
        return kind.pop() if len(kind) == 1 else None

    def _town_placed_in_lead(self, title: Span) -> str | None:
        """The district or county a title's town (九亭：…, 五三街道…: the title opens with its stem) lies
        in, as the lead places it (作为松江区东北门户的工业大镇，九亭镇…: a word of town_placed_words in
        the sentence naming the town, that one division named there); None when the title opens with
        no town the lead names, or that sentence names no or several districts or counties."""
        text, lead = self.text, self.doc.lead
        if not lead:
            return None
        head = text[title[0]:title[1]].lstrip(_MARKS_BEFORE_A_SUBJECT)
        for n in range(_TOWN_STEM_MOST, 1, -1):
            stem = head[:n]
            if len(stem) < n or _HAN_RUN.fullmatch(stem) is None or not is_proper_name(stem):
                continue
            for ending in _TOWN_MEMBER_ENDINGS:
                at = text.find(stem + ending, lead[0], lead[1])
                if at >= 0 and self._is_town(at, at + n + len(ending)):
                    return self._division_placing(self.doc.sentence_of(at))
        return None

    def _division_placing(self, sentence: Span) -> str | None:
        """The one district or county (or county-level city) named in `sentence` when a word of
        town_placed_words places the town there; None with none or several (never guess)."""
        if not any(w in self.text[sentence[0]:sentence[1]] for w in _TOWN_PLACED_WORDS):
            return None
        zones = self.az.zones
        found = {it.key for it in self._actors_in(*sentence) if it.key is not None
                 and (zones[it.key].zone_type in ("district", "county") or zones[it.key].is_county_level_city)}
        return found.pop() if len(found) == 1 else None

    def _helped_in_title(self, start: int, end: int) -> str | None:
        """The place written right after a giver's verb of aid in the title from `start` to `end`
        (重庆江津区结对帮扶云梦县企业…: attribution.json donor_verbs_after): the one helped, whose
        article it is; None when the title names no giver of aid to a place."""
        text = self.text
        items = [it for it in self.items if start <= it.start and it.end <= end]
        for i, it in enumerate(items):
            if it.role != "donor" or (i + 1 < len(items) and items[i + 1].start == it.end):
                continue  # the run's last place is followed by the verb
            verb = next((w for w in _DONOR_VERBS_LONGEST_FIRST if text.startswith(w, it.end)), None)
            helped = next((h for h in items[i + 1:] if verb and h.start == it.end + len(verb) and h.key), None)
            if helped is not None:
                return helped.key
        return None

    def _main_zone(self) -> tuple[str | None, str]:
        doc = self.doc
        title = (0, doc.title_end) if doc.title_end else (doc.headlines[0] if doc.headlines and doc.headlines[0][0] < 80 else None)
        rules = [r for r in MAIN_RULES if r not in self.disabled]
        for rule in rules:
            if rule == "main_title" and title:
                named = [it for it in self._actors_in(*title) if it.key]
                if named:
                    first = named[0]
                    for nxt in named[1:]:  # 西安市雁塔区: the more specific of two written together
                        if nxt.start == first.end:
                            first = nxt
                    return first.key, rule
            elif rule == "main_title_helped" and title:
                helped = self._helped_in_title(*title)
                if helped is not None:
                    return helped, rule
            elif rule == "main_title_reference" and title:
                refs = [it for it in self._actors_in(*title) if it.ref in ("city", "province")]
                if refs:
                    return (self._named_city_for(refs[0]) if refs[0].ref == "city" else self._named_province(for_main=True)), rule
            elif rule == "main_town_placed" and title:
                key = self._town_placed_in_lead(title)
                if key is not None:
                    return key, rule
            elif rule == "main_lead_zone_word":
                key = self._lead_zone_word(self._actors_in(*doc.lead))
                if key is not None:
                    return key, rule
            elif rule == "main_lead":
                in_lead = self._without_wider_setting(self._actors_in(*doc.lead))
                named = [it.key for it in in_lead if it.key]
                first_ref = next((it for it in in_lead if it.ref in ("city", "province")
                                  and not self._item_label_of_named(it, in_lead)), None)
                first_named = next((it for it in in_lead if it.key), None)
                if named and not (first_ref and "main_lead_reference" in rules and first_ref.start < first_named.start):
                    level = self._self_level()
                    voiced = [k for k in dict.fromkeys(named) if self._fits(k, level)]
                    return self._most_named(voiced or named), rule
            elif rule == "main_zone_word_named_in_titles" and title:
                key = self._zone_word_named_in_titles(title)
                if key is not None:
                    return key, rule
            elif rule == "main_lead_reference":
                refs = [it for it in self._actors_in(*doc.lead) if it.ref in ("city", "province")]
                if refs:
                    return (self._named_city_for(refs[0]) if refs[0].ref == "city" else self._named_province(for_main=True)), rule
            elif rule == "main_own_outlet":
                key = self._own_outlet_named()
                if key is not None:
                    return key, rule
            elif rule == "main_most_named":
                named = [it.key for it in self._actors if it.key]
                if named:
                    return self._most_named(named), rule
            elif rule == "main_named_in_titles":
                named = [it.key for it in self.items if it.key and it.role == "document"]
                if named:
                    return max(dict.fromkeys(named), key=named.count), rule
            elif rule == "main_own_site_publisher":
                key = self._own_site_publisher()
                if key is not None:
                    return key, rule
        return None, "none"

    def _without_wider_setting(self, in_lead: list[Item]) -> list[Item]:
        """The lead's items less the places named in a background clause (随着湖北省疫情防控形势持续向好，
        我市工业经济…: attribution.json _background_clause) that do not fit the level the text speaks
        as (我市): the wider setting, not the place the article is about."""
        level = self._self_level() if any(it.key for it in in_lead) else None
        if level is None:
            return in_lead
        return [it for it in in_lead if not (it.key and not self._fits(it.key, level) and self._in_background_clause(it))]

    def _own_outlet_named(self) -> str | None:
        """The one jurisdiction the info bar names as publisher (信息来源：堆龙德庆区人民政府) that the
        text names as an actor too and that fits the level the text speaks as (我区), when the place
        named most does not and ranks above it (北京市 of a district's speech thanking its donor): the speech is in the
        publisher's voice (attribution.json main_own_outlet). None with no such voice, or with none
        or several outlets so read."""
        if not self.doc.outlets or not self._counts or _OWN_VOICE.search(self.text) is None:
            return None  # no 我区: a report about places, whose 全区 need not be the publisher's
        level = self._self_level()
        most = self._most_named([it.key for it in self._actors if it.key])
        if level is None or self._fits(most, level):
            return None  # the place named most may be the one speaking (城东区…全区): main_most_named decides
        zones = self.az.zones
        found = {key for name in self.doc.outlets for key in find_zones(name, [], 0).zones}
        # Only under a place of a higher rank (a donor city or province), not beside a county of its
        # own rank named more often, which the text may well be about (比如县 ×11 over 全区).
        own = [key for key in found if key in zones and zones[key].rank < zones[most].rank
               and self._fits(key, level) and self._named_off_info_bar(key)]
        return own[0] if len(own) == 1 else None

    def _named_off_info_bar(self, key: str) -> bool:
        """Whether `key` is named as an actor on a line that is not the info bar naming the outlet
        (来源：龙岩高新区管委会 alone says who posted the text, not that the text speaks of it)."""
        text, outlets = self.text, self.doc.outlets
        for it in self._actors:
            if it.key == key:
                line = text[text.rfind("\n", 0, it.start) + 1:(text.find("\n", it.end) + 1 or len(text) + 1) - 1]
                if not any(name in line for name in outlets):
                    return True
        return False

    def _own_site_publisher(self) -> str | None:
        """The jurisdiction whose own site the info bar names as the publisher (来源：某某区人民政府门户网站,
        某某经开区管委会网站: a name closed by a word of own_site_words, in Document.outlets), for an
        article whose text names no place at all but speaks as one (全区, 我区 of that level): the site's
        own 我区. Added to the index; None when the text names any place, writes no such reference, has a
        title with a bare zone word that cannot be the publisher (经开区召开… on a district's site: the
        article is about a zone inside it the text leaves unnamed), or the name is not one zone
        (attribution.json _own_site_words). A bare zone word in the body (园区企业复工率…) vetoes nothing:
        it speaks of the publisher's parks, a part of what 全区 covers."""
        names = {name.removesuffix(word) for name in self.doc.outlets for word in _OWN_SITE_WORDS
                 if name.endswith(word) and len(name) > len(word)}
        if len(names) != 1 or any(it.key is not None for it in self.items):
            return None
        name = names.pop()
        found = find_zones(name, [], 0).zones
        if len(found) != 1:
            return None
        zone = next(iter(found.values()))
        level = self._self_level()
        if level is None or not _fits_levels(zone, level):
            return None  # 来源：某县门户网站 over a text saying 全区: no zone of that level, none added
        title_end = self.doc.title_end or 0
        if any(not self._may_point_back_to(it, zone) for it in self.items if it.ref == "current" and it.start < title_end):
            return None  # 经开区召开…推进会 on a district's site: its 全区 is that zone, unnamed
        # 园区企业复工率… in the body is the district's parks, part of what it speaks of (SPEC §5): no veto.
        return self.az.add_zone(zone, zone.zone_name)

    @staticmethod
    def _may_point_back_to(ref: Item, zone) -> bool:
        """Whether reference `ref` (全区, 我区, a bare 经开区 or 园区) can speak of `zone`: a bare zone
        word only of a zone of its own type (`ref_type`), any other reference of a level it fits."""
        if ref.ref_type is not None:
            return _fits_levels(zone, frozenset({ref.ref_type}))
        return ref.ref_levels is None or _fits_levels(zone, ref.ref_levels)


def zones_of_document(doc: Document, *, disabled: frozenset[str] = frozenset()) -> ArticleZones:
    """The article's zone index with its `Attributor` attached (`zones.attributor`, `zones.main`)."""
    zones = find_zones(doc.text, doc.headlines, doc.title_end)
    attributor = Attributor(doc, zones, disabled=disabled)
    zones.attributor, zones.main = attributor, attributor.main
    return zones

