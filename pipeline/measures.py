"""Stage: number mentions + zones -> measure rows.

Promise: `extract_measures(text, ...)` turns the numbers of one cleaned article into
quantified facts of SPEC §4 — the category from cue words, the unit and basis, the
qualifier, the subject as written, `as_of` for figures stated "as of" a date, and the zone
from `ArticleZones` — and leaves out what is not a support measure or recovery indicator
(investment, output, trade, thresholds, forecasts, staff counts, firm-internal figures,
product names, impossible rates). A list written with 分别 is distributed, one row per zone,
and names listed before 分别 pair with its figures in order (复工率、产能恢复率分别为98%、85%).
One fact stated twice in an article (headline and body, lead and body) is one row. Every
row's `mention` is exactly `text[span_start:span_end]`.

Categories are data: `resources/cues.json` holds one block per category (its cue words by
role, counters, blockers, units and the scopes its cues may decide from). Which cue decides
a figure is a rule too: the scopes of `cues.json["scopes"]` are tried in order (for an
amount: the name it pairs with across 分别, the noun it sizes right after it, its own clause
before it, a purpose phrase after it, its own clause after it, weaker context words, the
head of a list stated once, the sentence), and the row's `rule` says `kind:scope:cue` (e.g. `money:head_after:风险补偿资金`,
`count:list_head:复工`, `money:clause_before:减免>减免房租` when a generic cue is resolved).

Every cue word is found once per text (in the sentences whose figures may look it up) and
looked up by bisection, so the work per figure does not grow with the length of its clause.
"""
from __future__ import annotations

import bisect
import itertools
import re
import weakref
import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import NamedTuple

import regex

from . import budget
from . import pattern_cache  # patterns compiled by an earlier process
from .lexicon import (MONEY_ROLES, PERCENT_ROLES, ResourceError, alternation, can_run_long, counter_words,
                      literal_scanner, not_after as _not_after, resource, short_pattern, words_by_category)
from .lexicon import _SCANNERS as _LITERAL_SCANNERS  # the literal scanners built: their lookaheads read no text past a match
from .numbers import RATE_WORDS, NumberMention, find_numbers, parse_chinese_number
from .attribution import LIST_SEPARATORS, Attributor
from .clean import is_headline
from .document import RESPECTIVELY, Document, find_respectively, positions_of
from .regex_classes import DIGIT, HAN, SPACE
from .zones import ArticleZones

_C = resource("cues.json")


class cached_property:
    """functools.cached_property without its lock: Python 3.11's takes an RLock around every first
    read of a property, and an article's cues make some thirty of them, each read once and by one
    thread. Like it, a non-data descriptor: the value, once put in the instance's dict, is read
    from there without a call (and a test may set it there first)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attrname = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.attrname] = self.func(instance)
        return value


class _RegexForms(Mapping):
    """Pattern name -> its `regex` form, the definition of the standard library's form in its place.

    Only the tests read the definitions (tests/test_measures_std_patterns.py): they are kept as
    sources and compiled by `regex` when first asked for, so that a build does not compile two
    hundred patterns it never runs (0.28 s of every process's start)."""

    def __init__(self) -> None:
        self._sources: dict[str, str] = {}
        self._compiled: dict[str, regex.Pattern] = {}

    def add(self, name: str, source: str) -> None:
        self._sources[name] = source
        self._compiled.pop(name, None)

    def __getitem__(self, name: str) -> regex.Pattern:
        if name not in self._compiled:
            self._compiled[name] = regex.compile(self._sources[name])
        return self._compiled[name]

    def __iter__(self):
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)


_REGEX_FORMS = _RegexForms()
_CLASSES_FOR_RE = {r"\p{Han}": HAN, r"\d": DIGIT, r"\s": SPACE}
# An inline flag ((?i), (?x), (?V1), (?i:...)): `regex` and `re` may read it differently.
_INLINE_FLAG = re.compile(r"\(\?(?!P[<=>])[A-Za-z^-]")


def _on_re(name: str, source: str, *, may_run_long: bool = False) -> re.Pattern:
    """The `regex` pattern `source` compiled by the standard library's engine, with \\p{Han}, \\d
    and \\s spelt out as `regex` reads them (regex_classes): the figure's few characters a pattern
    reads cost less than a call of `regex` does, a third of it, and a figure makes a dozen such
    calls. The `regex` form stays the definition (`_REGEX_FORMS`; tests/test_measures_std_patterns.py
    compares the two at every position of the seeds, the field set and written texts).

    The classes are spelt out as class bodies: each must be written inside a class ([\\d]+,
    not \\d+), and nothing else `re` reads otherwise may be written. Unless `may_run_long` (the
    caller bounds the text it reads), the pattern must not be able to run long on a long text
    (`lexicon.short_pattern`'s rule: it is run without a timer)."""
    if not may_run_long and can_run_long(source):
        raise ValueError(f"{name}: {source!r} can run long on a long text")
    unescaped = re.sub(r"\\.", "", source)
    outside_classes = re.sub(r"\[[^\]]*\]", "", source)
    if _INLINE_FLAG.search(unescaped) or re.search(r"\\[A-Za-z]", outside_classes):
        raise ValueError(f"{name}: {source!r} holds a flag or an escape outside a class")
    std_source = source
    for prop, body in _CLASSES_FOR_RE.items():
        std_source = std_source.replace(prop, body)
    if re.search(r"\\[pPdDsSwWbBX]", std_source):
        raise ValueError(f"{name}: {source!r} holds a class `re` would read otherwise")
    _REGEX_FORMS.add(name, source)
    return pattern_cache.re_compile(std_source)


def _without_end_anchor(pattern: re.Pattern) -> re.Pattern:
    """`pattern` with the `$` closing it taken off: a match of `pattern` in a span (the `$` then
    holds at the span's end) is a match of this one there, so where this one matches nowhere in a
    text, `pattern` matches in none of its spans (`_written`)."""
    if not pattern.pattern.endswith("$"):
        raise ValueError(f"{pattern.pattern[:40]!r} does not end with $")
    return re.compile(pattern.pattern[:-1])


BLOCKS: dict[str, dict] = _C["categories"]
SCOPES: dict[str, list[str]] = {kind: order for kind, order in _C["scopes"].items() if not kind.startswith("_")}
BLOCKER = "blocker"
MONEY_UNITS = ("CNY", "USD")
_NEGATIVE_WORD = short_pattern(alternation(resource("numbers.json")["negative_signs"]))

# word -> (category or None for a blocker, role), for the words one pattern finds together.
MONEY_WORDS = {**words_by_category(BLOCKS, MONEY_ROLES),
               **{w: (None, BLOCKER) for w in _C["out_of_scope"] + _C["firm_internal"]}}
PERCENT_WORDS = {**words_by_category(BLOCKS, PERCENT_ROLES),
                 **{w: (None, BLOCKER) for w in _C["percent_out_of_scope"]}}


def _add_cue_words(table: dict, key: str, words, category: str, role: str) -> None:
    """Add the cue words a key of cues.json keeps apart from the category blocks (their own note
    says why) to `table`, refusing a word the table already has: two readings of one word."""
    twice = sorted(set(words) & set(table))
    if twice:
        raise ResourceError(f"cues.json: {key} words {twice} are cue words already")
    table.update(dict.fromkeys(words, (category, role)))


def _reimbursed_travel_words(spec: dict) -> list[str]:
    """The naming words of a fare reimbursed (报销返程交通费, 路费报销: cues.json _reimbursed_travel):
    verb, then a trip or none, then the cost; or the cost, then the verb."""
    return list(dict.fromkeys(w for verb in spec["verbs"] for cost in spec["costs"] for trip in ["", *spec["trips"]]
                              for w in (verb + trip + cost, trip + cost + verb)))


def _contribution_words(spec: dict) -> list[str]:
    """The naming words of a contribution firms no longer pay (少缴费用, 减少失业保险费支出: cues.json
    _contributions_spared): each verb of paying less with what went unpaid, each verb of lowering
    with what is paid."""
    return list(dict.fromkeys([verb + what for verb in spec["paid_less"] for what in spec["unpaid"]]
                              + [verb + what for verb in spec["lowered"] for what in spec["paid"]]))


def _tallied_contribution_words(spec: dict) -> list[str]:
    """The naming words of a contribution tallied as spared, the contribution before the verb and
    就 (光社保费就少缴了: cues.json _contributions_spared, tallied): relief by their own words."""
    return [what + link + verb for what in spec["tallied"] for link in spec["tally_links"] for verb in spec["paid_less"]]


def _tally_apart_words(spec: dict) -> list[str]:
    """The naming words of a tally whose contribution or tax stands apart before 就 (光养老保险一项，
    公司就少缴了: cues.json _contributions_spared, tallied_apart): the link and the verb alone,
    checked by `_tally_apart_unnamed`."""
    return [link + verb for link in spec["tally_links"] for verb in spec["paid_less"]]


def _staff_restored_words(spec: dict) -> list[str]:
    """The rate words of staff restored with a word between (用工已恢复, 在岗员工基本恢复: cues.json
    _staff_level_restored); those without one are return_to_work_rate's own rate words."""
    return [noun + between + spec["verb"] for noun in spec["nouns"] for between in _C["workforce_restored"]["between"]]


def _fees_waived_words(spec: dict) -> list[str]:
    """The naming words of a charge waived, cut or put off (免交, 缓交; 减收诉讼费: cues.json
    _fees_waived): each verb alone, each verb of charging less only with the fee it charges."""
    return spec["verbs"] + [verb + fee for verb in spec["charged_less"] for fee in spec["fees"]]


def _charges_put_off(spec: dict) -> list[str]:
    """Each charge, link and verb of a charge whose payment is put off (cues.json _charge_put_off)."""
    return list(dict.fromkeys(charge + link + verb for charge in spec["charges"] for link in spec["links"]
                              for verb in spec["verbs"]))


def _charge_put_off_words(spec: dict) -> list[str]:
    """The naming words of a charge whose payment is put off, the charge first (出让金可以延后, 土地款缓缴:
    cues.json _charge_put_off): each charge, link and verb; not those the category blocks list already."""
    return [w for w in _charges_put_off(spec) if w not in MONEY_WORDS]


def _denied_guarantee_words(spec: dict) -> list[str]:
    """The naming words of a guarantee denied (无需抵押和第三方担保: cues.json _guarantee_denied):
    each denial, each security, then 担保; not those the category blocks list already (免担保)."""
    return [w for w in dict.fromkeys(denial + security + "担保" for denial in spec["denials"]
                                     for security in spec["securities"]) if w not in MONEY_WORDS]


_UTILITY_BILL_CUTS = _C["utility_bill_cuts"]
_CONNECTION_COSTS = _C["connection_costs_spared"]
_CONNECTION_WORDS = [verb + cost for verb in _CONNECTION_COSTS["verbs"] for cost in _CONNECTION_COSTS["costs"]]
_CONTRIBUTIONS_SPARED = _C["contributions_spared"]
_REFUND_RECEIVED = _C["refund_received"]
_ASSISTANCE_FUNDS = _C["assistance_funds"]
_POWER_INDEX = _C["power_resumption_index"]
_add_cue_words(MONEY_WORDS, "reimbursed_travel", _reimbursed_travel_words(_C["reimbursed_travel"]),
               _C["reimbursed_travel"]["category"], "money")
# Money one region gives another under paired assistance (cues.json _assistance_funds).
_add_cue_words(MONEY_WORDS, "assistance_funds", _ASSISTANCE_FUNDS["words"], _ASSISTANCE_FUNDS["category"], "money")
# A utility's charges spared for firms (cues.json _utility_bill_cuts).
_add_cue_words(MONEY_WORDS, "utility_bill_cuts", _UTILITY_BILL_CUTS["words"] + _UTILITY_BILL_CUTS["bill_lines"],
               _UTILITY_BILL_CUTS["category"], "money")
# The cost of connecting firms to a utility, borne for them (cues.json _connection_costs_spared).
_add_cue_words(MONEY_WORDS, "connection_costs_spared", _CONNECTION_WORDS, _CONNECTION_COSTS["category"], "money")
# 获返还: a refund received, its object the paragraph's (cues.json _refund_received).
_add_cue_words(MONEY_WORDS, "refund_received", _REFUND_RECEIVED["words"], _REFUND_RECEIVED["category"], "money")
# Social-insurance contributions firms no longer pay (cues.json _contributions_spared).
_add_cue_words(MONEY_WORDS, "contributions_spared", _contribution_words(_CONTRIBUTIONS_SPARED)
               + _tallied_contribution_words(_CONTRIBUTIONS_SPARED) + _tally_apart_words(_CONTRIBUTIONS_SPARED),
               _CONTRIBUTIONS_SPARED["category"], "money")
# 免交诉讼费, 减收诉讼费: a charge firms need not pay or pay less of (cues.json _fees_waived).
_add_cue_words(MONEY_WORDS, "fees_waived", _fees_waived_words(_C["fees_waived"]), _C["fees_waived"]["category"], "money")
# 暂退旅游服务质量保证金: a deposit refunded to firms for a time, relief (cues.json _deposits_refunded).
_DEPOSITS_REFUNDED = _C["deposits_refunded"]
_add_cue_words(MONEY_WORDS, "deposits_refunded", _DEPOSITS_REFUNDED["verbs"], _DEPOSITS_REFUNDED["category"], "money")
# 出让金可以延后: a charge whose payment is put off, the charge first (cues.json _charge_put_off).
_add_cue_words(MONEY_WORDS, "charge_put_off", _charge_put_off_words(_C["charge_put_off"]),
               _C["charge_put_off"]["category"], "money")
# 无需第三方担保: a loan that needs no guarantee (cues.json _guarantee_denied).
_add_cue_words(MONEY_WORDS, "guarantee_denied", _denied_guarantee_words(_C["guarantee_denied"]),
               _C["guarantee_denied"]["category"], "money")
# 用工已恢复: staff restored to a share of before, a word of time between (cues.json _staff_level_restored).
_add_cue_words(PERCENT_WORDS, "staff_level_restored", _staff_restored_words(_C["staff_level_restored"]),
               _C["staff_level_restored"]["category"], "rate")
# 复工电力指数: a return-to-work rate read from power load (cues.json _power_resumption_index).
_add_cue_words(PERCENT_WORDS, "power_resumption_index", _POWER_INDEX["rate"], _POWER_INDEX["category"], "rate")
# 可抵扣服务费用的30%: the share of a bill a voucher takes off (cues.json _vouchers, covers).
_add_cue_words(PERCENT_WORDS, "vouchers", _C["vouchers"]["covers"]["verbs"], _C["vouchers"]["category"], "share.verbs")
RATE_AFTER_OF = words_by_category(BLOCKS, ("rate_after",))
_RESUME_SPLIT = _C["resume_split"]


def _split_resume_words(words) -> str:
    """A pattern of the resume words of `words` written with words between verb and object
    (恢复正常生产 for 恢复生产: cues.json _resume_split), "" when none opens with such a verb."""
    branches = []
    for verb in _RESUME_SPLIT["verbs"]:
        objects = [w[len(verb):] for w in words if w.startswith(verb) and len(w) > len(verb)]
        if objects:
            branches.append(rf"{regex.escape(verb)}(?:(?![{_RESUME_SPLIT['gap_not']}])[\p{{Han}}])"
                            rf"{{1,{_RESUME_SPLIT['gap_most']}}}?(?:{alternation(objects)})")
    return "|".join(branches)


def _resume_word(written: str, words=RATE_AFTER_OF) -> str:
    """The word of `words` a resume word as written is (恢复正常生产 -> 恢复生产; a listed one itself)."""
    if written in words:
        return written
    verb = next(v for v in _RESUME_SPLIT["verbs"] if written.startswith(v))
    return max((w for w in words if w.startswith(verb) and len(w) > len(verb) and written.endswith(w[len(verb):])),
               key=len)


# The resume words after a share of firms (85%复工, 85%的企业恢复正常生产), listed or split.
_RESUME_WORDS = "|".join(filter(None, (alternation(list(RATE_AFTER_OF)), _split_resume_words(RATE_AFTER_OF))))
RATE_OF = words_by_category(BLOCKS, ("rate",))
SHARE_VERB_OF = words_by_category(BLOCKS, ("share.verbs",))
SHARE_OF_OF = words_by_category(BLOCKS, ("share.of",))
PER_UNIT_OF = {w: u for u, ws in _C["per_unit_markers"].items() for w in ws}
PER_UNIT_OF.update({w: u for u, ws in _C["per_night_markers"]["per_unit"].items() for w in ws})  # 每人每晚: a day's unit
# The roles of the money words that name what an amount is (all but the weaker context words).
_MONEY_NAMING_ROLES = frozenset({role for _, role in MONEY_WORDS.values()} - {"money_context"})

_PURPOSE = _on_re("_PURPOSE", rf"(?:{alternation(_C['purpose_words'])})")
_LINKS = alternation(_C["share_links"]["before_verb"])
_GIVE = alternation(_C["share_links"]["give"])
_GIVE_OBJECT_MOST = _C["share_links"]["give_object_most"]  # 给予园区运营方补贴: the payee between
# 50%给予补贴 / 40%予以一次性补助 / 30%的补贴: what follows a share says what it pays for.
# These patterns are used with .match(text, pos): no ^ anchor, which would pin them to 0.
_GIVE_AT = _on_re("_GIVE_AT", rf"(?:{_GIVE})")
_SHARE_VERBS = alternation(list(SHARE_VERB_OF))
# 50%的租金补贴: a cost named between link and verb, unless it opens a verb itself (的房租减免).
# 15%分三年给予扶持 / 10%分期拨付补助: paid in instalments, then given or paid out (cues.json share_instalments).
_INSTALMENTS = _C["share_instalments"]["pattern"]
_PAY_OUT = alternation(_C["share_instalments"]["pay_out"])
_SHARE_AFTER = _on_re("_SHARE_AFTER",
    rf"(?:{_LINKS})?(?:(?:{_INSTALMENTS})(?:{_PAY_OUT})?)?(?:(?:{_GIVE})[\p{{Han}}]{{0,{_GIVE_OBJECT_MOST}}}?)?(?:(?!{_SHARE_VERBS})(?:{alternation(_C['share_cost_nouns'] + _C['share_support_kinds'])})(?={_SHARE_VERBS}))?"
    rf"(?P<verb>{_SHARE_VERBS})(?!{alternation(_C['share_of_money_after'])})")
# The patterns below hold a * but do linear work as used (one anchored position, or a range of
# a few characters): plain, like the short ones, with the budget checked once per figure.
_LIST_OPENER = _on_re("_LIST_OPENER",
    rf"(?:{alternation(_C['list_openers'])})[\s]*$", may_run_long=True)  # in a clause's last 4 characters
_COORDINATED = _on_re("_COORDINATED", rf"(?:{alternation(_C['share_coordinators'])})")
_SHARE_OF = _on_re("_SHARE_OF", alternation(list(SHARE_OF_OF))) if SHARE_OF_OF else None
# 按月租金的50%: a standard's opener, a few words, then a cost naming no category of its own right
# before 的 and the share (cues.json _share_cost_nouns); not 相当于全年租金的25%, a share of no standard.
_SHARE_COST_GAP = 8
_SHARE_COST_BEFORE = _on_re("_SHARE_COST_BEFORE",
    rf"(?:{alternation(_C['standard_clause']['openers'])})[\p{{Han}}]{{0,{_SHARE_COST_GAP}}}?"
    rf"(?:{alternation(_C['share_cost_nouns'])})的$")
_SHARE_COST_BEFORE_REACH = (max(map(len, _C["standard_clause"]["openers"])) + _SHARE_COST_GAP
                            + max(map(len, _C["share_cost_nouns"])) + 1)
_RATE_AFTER = _on_re("_RATE_AFTER", rf"(?:的)?(?P<cue>{_RESUME_WORDS})")
# 返岗员工7成以上 / 员工返岗已超八成: the resume word right before the share, a noun and links between.
_RATE_BEFORE = _on_re("_RATE_BEFORE",
    rf"(?P<cue>{_RESUME_WORDS})[{re.escape(_C['rate_before']['lost'])}]?(?:{alternation(_C['rate_before']['nouns'])})?"
    rf"(?:{alternation(_C['rate_before']['links'])}){{0,2}}$")
# the longest resume word (4), a lost 率 (1), a noun (2) and two links
_RATE_BEFORE_REACH = 7 + 2 * max(map(len, _C["rate_before"]["links"]))
_SECTOR_FORM = _C["sector_resumption_form"]
# 复航率: 复, the verb of a sector's activity, 率 (cues.json _sector_resumption_form; SECTOR_RATE_FORM).
_SECTOR_RATE_SHAPE = (rf"(?<![{_SECTOR_FORM['not_after']}]){regex.escape(_SECTOR_FORM['opens'])}[\p{{Han}}]"
                      rf"{regex.escape(_SECTOR_FORM['closes'])}(?![{_SECTOR_FORM['not_before']}])")
# 享受1.6%的优惠利率 / 收取0.5%的担保费率 / 保持85%的复航率: a rate noun (…率, listed or of a sector's
# shape) after the figure and 的 names its rate (two characters, such as 优惠, between); not after a
# share of something (LPR的90%的利率).
# A cost (承担50%的利息) or a stock (85%的产能) after 的 is what the share is of.
_RATE_WORD_AFTER = _on_re("_RATE_WORD_AFTER",
    rf"的[\p{{Han}}]{{0,2}}?(?P<cue>{alternation([w for w in RATE_OF if w.endswith('率')])}|{_SECTOR_RATE_SHAPE})")
# 恢复了正常生产: a split resume verb with 了 right after it, done as 已 says (cues.json _resume_split_done).
_RESUME_DONE = rf"(?=(?:{alternation(_RESUME_SPLIT['verbs'])})(?:{alternation(_RESUME_SPLIT['done_marks'])}))"
# 近六成中小企业已复产: a share of firms followed by who they are and that they resumed.
_RATE_THEN_SUBJECT_RESUMED = _on_re("_RATE_THEN_SUBJECT_RESUMED",
    rf"(?:的)?[\p{{Han}}]{{0,10}}?(?:已经|已|均|全部|实现|基本|{_RESUME_DONE})(?P<cue>{_RESUME_WORDS})"
)
# 已有95%的规上工业企业复工: the share stated as done before the figure (已有 ends where the
# figure starts), or 的 right after it (85%的个体工商户恢复营业), then the firms or workers it is a
# share of and the resume word ending the clause (not 已有80%的企业提出复工申请: an application,
# not a resumption; not 对80%的企业复工给予补贴: the clause goes on).
_HAVING_BEFORE = _on_re("_HAVING_BEFORE", rf"(?:{alternation(_C['having_before'])})$")
_HAVING_REACH = max(map(len, _C["having_before"]))
_SUBJECT_RESUMES = _on_re("_SUBJECT_RESUMES",
    rf"(?:的)?[\p{{Han}}]{{0,8}}?(?:{alternation(_C['rate_before']['nouns'])})(?:{alternation(_C['rate_before']['links'])})?"
    rf"(?P<cue>{_RESUME_WORDS})了?(?=[，,。；;！!]|$)")
# Per category, a firm as the one who spends (not the one who receives: 为企业/向企业/对企业).
_SPENT_BY_FIRM = {
    cat: _on_re(f"_SPENT_BY_FIRM[{cat}]",
        rf"(?<![为向对给助持])(?:{alternation(b['spent_by_firm']['firms'])})[\p{{Han}}A-Za-z]{{0,6}}?"
        rf"(?:{alternation(b['spent_by_firm']['verbs'])})")
    for cat, b in BLOCKS.items() if b.get("spent_by_firm")
}
_PER_UNIT = short_pattern(alternation(list(PER_UNIT_OF)))
# The same words as a prefix tree for the standard library's engine: it finds what the
# alternation finds (longest first at each position), in a fraction of the time, for every amount.
_PER_UNIT_WORDS = literal_scanner(list(PER_UNIT_OF))
_SUBJECT_HEAD = short_pattern(alternation(_C["subject_heads"]))
# 28家外贸企业: a count of firms, the noun after it says who they are.
_FIRM_COUNTERS = "家个户"
_COUNT_OF_FIRMS = _on_re("_COUNT_OF_FIRMS", rf"[\d]+[余多]?[{_FIRM_COUNTERS}]", may_run_long=True)
# A count of firms holds one of its counters: a window without one holds no such count (one
# search for a character instead of the count pattern's scan).
_FIRM_COUNTER = re.compile(f"[{_FIRM_COUNTERS}]")
_SUBJECT_AFTER_COUNT = _on_re("_SUBJECT_AFTER_COUNT", r"[\p{Han}]{0,8}?(?:" + _SUBJECT_HEAD.pattern + ")", may_run_long=True)
_SUBJECT_STOP = short_pattern(alternation(_C["subject_stops"]))
# The same two word lists as prefix trees for the standard library's engine, for _subject's
# scans of a window: they find what the alternations find (tests/test_speed_equivalence.py),
# in a fraction of the time, for every counted figure and rate.
_SUBJECT_HEAD_WORDS = literal_scanner(_C["subject_heads"])
_SUBJECT_STOP_WORDS = literal_scanner(_C["subject_stops"])
_QIZHONG = _on_re("_QIZHONG", r"[\s“\"]*其中", may_run_long=True)  # matched at one position
# 800万元风险补偿资金 / 228万元的工业技改补贴资金: the noun an amount sizes follows it closely.
_HEAD_GAP = _on_re("_HEAD_GAP", r"(?:的)?[\p{Han}\d]{0,4}")
_HEAD_GAP_MOST = 5  # characters _HEAD_GAP spans at most
# ...but not across who receives it or a verb that gives it (1000万元以上的企业给予奖励), nor across a
# conjunction: 补贴8万元和口罩1万只 lists a second thing given, not the noun the amount sizes; nor
# across an adverb of a done act (520万元已兑现: the word after it is the verb; head_verb_adverbs).
_NOT_IN_HEAD = _on_re("_NOT_IN_HEAD",
    rf"{_SUBJECT_HEAD.pattern}|{_GIVE}|{_PURPOSE.pattern}|为|对|向|{alternation(_C['head_not_across'])}"
    rf"|{alternation(_C['head_verb_adverbs'])}")


def _blocks_head(text: str, pos: int, first: Cue) -> bool:
    """Whether who receives an amount or a verb that gives it stands between it and the naming word
    after it (1000万元的企业给予奖励). A recipient's word that modifies the naming word itself, written
    right before it, the naming word closing the clause after a verb that gives the amount, is part of
    the head (给予100万元至1000万元的项目资助): 营收1000万元的企业奖励20万元 and 500万元至2000万元的项目
    补贴标准另行制定 are thresholds still."""
    m = _NOT_IN_HEAD.search(text, pos, first.start)
    if m is None:
        return False
    if m.end() != first.start or _NOT_IN_HEAD.search(text, m.end(), first.start) or not _SUBJECT_WORD_AT.fullmatch(m.group()):
        return True
    return text[first.end:first.end + 1] not in _CLAUSE_END_CHARS or _GIVE_AT.search(text, max(0, pos - 24), pos) is None


# 授信8亿元填补缺口: an out-of-scope word after an amount as a verb's object (cues.json _fills_what_is_lacking).
_FILLS = tuple(_C["fills_what_is_lacking"])
_SUBJECT_WORD_AT = _on_re("_SUBJECT_WORD_AT", _SUBJECT_HEAD.pattern)
# 1000万元以上的企业 / 300人以上的企业: a bound that defines a group, not a measure.
_THRESHOLD = _on_re("_THRESHOLD", rf"的[\p{{Han}}A-Za-z]{{0,8}}?(?:{_SUBJECT_HEAD.pattern})")  # 的纳税信用A级企业
_DIGITS = _on_re("_DIGITS",
    r"(?P<int>[\d]+)(?:\.(?P<dec>[\d]+))?(?P<scale>[十百千万亿]*)", may_run_long=True)  # matches at the first digit
_N = resource("numbers.json")
SCALE_OF = {**_N["chinese_small_units"], **_N["chinese_big_units"]}
_SCALES_ALONE = re.compile("[十百千万亿]+")  # a figure that is a scale word alone (千万元, 亿元)
# 某公司负责人表示 / 厂长王某说: a verb of saying right after (a name between) a firm's spokesperson.
_SAYS = _on_re("_SAYS", rf"[\p{{Han}}]{{0,3}}?(?:{alternation(_C['firm_speakers']['says'])})")

_AS_OF_OPENERS = ("截至", "截止", "截止到", "截至到", "到")
_AS_OF_DAY_OPENERS = ("截至到", "截止到", "截至", "截止")
_RELATIVE_DAYS: dict[str, int] = _C["relative_days"]  # 截至前日: two days before the article's date
_AS_OF_RELATIVE = (*_RELATIVE_DAYS, "目前", "当前", "日前")
# 今年 0, 去年 -1, 前年 -2 before a month, a day or a year's end: cues.json _relative_years.
_RELATIVE_YEARS: dict[str, int] = _C["relative_years"]
_RELATIVE_YEAR = alternation(_RELATIVE_YEARS)
# 截至今年3月底: the article's own year, as when no year is written.
_AS_OF_THIS_YEAR = tuple(w for w, back in _RELATIVE_YEARS.items() if back == 0)
# 截至一季度末: the end of the quarter's last month, as 截至3月底 (1季度, in figures, and 首季度, the first, as 一季度).
_QUARTER_END_MONTH = {"首": "3", "一": "3", "二": "6", "三": "9", "四": "12", "1": "3", "2": "6", "3": "9", "4": "12"}
# 截至3月中旬: the last day of the ten days (上旬 the 10th, 中旬 the 20th, 下旬 the month's end).
_XUN_LAST_DAY = {"上": "10", "中": "20", "下": None}
# A date's parts in Arabic or Chinese numerals (截至三月底, 截至二〇二〇年四月十日: reports
# written in Chinese numerals write their dates so too), the day ending in 日 or, as it is
# spoken, 号 (截至3月10号).
_YEAR = r"20[\d]{2}|二[〇零][一二三四五六七八九〇零]{2}"
_MONTH = r"[\d]{1,2}|十[一二]?|[一二三四五六七八九]"
_DAY = r"[\d]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
# 截至去年12月底, 截至去年底: the year before the article's (the periods' word for last year).
_AS_OF_LAST_YEAR = tuple(w for w, back in _RELATIVE_YEARS.items() if back == -1)
# 去年，…; 前年全县…: a whole past year named (今年 is still running: no date to give).
_PAST_RELATIVE_YEAR = alternation(w for w, back in _RELATIVE_YEARS.items() if back < 0)
# 截至上月底: the end of the month before the article's; 截至本月8日: a day of the article's month.
# Only after 截至/截止, as 截至去年底 (恢复到上月底的九成 compares).
_AS_OF_LAST_MONTH = ("上月", "上个月")
_AS_OF_THIS_MONTH = ("本月",)  # not 当月: the month last written (2月份…，截至当月20日), not the article's
# 截至上周五, 截至本周三, 截至周五: a weekday of a week named from the article's (cues.json _relative_weeks).
_RELATIVE_WEEKS: dict[str, int | None] = _C["relative_weeks"]["weeks"]
_WEEKDAYS: dict[str, int] = _C["relative_weeks"]["weekdays"]
# 截至2022.6.7, 截至2022/6/7, 截至2022-06-07: a date in figures, one separator throughout, its year
# written (截至6.7 is too easily an amount to read as a day).
_NUMERIC_DATE = r"(?P<ny>20[\d]{2})(?P<ns>[./\-])(?P<nm>[\d]{1,2})(?P=ns)(?P<nd>[\d]{1,2})(?![\d])"
# 当年, 同年, 该年 before a month: the year last written before it (cues.json _sentence_year).
_SAME_YEAR = alternation(_C["sentence_year"]["same_year_words"])
# What may not follow a whole month read as a date (截至去年6月30日, 到去年6月中旬 are read otherwise).
_NOT_AFTER_WHOLE_MONTH = "".join(map(re.escape, _C["as_of_whole_month"]["not_after"]))
# What follows an opener (截至, 到): a month, a quarter's end, a year's end (截至2021年底, 到2022年
# 年底, 截至去年末, 截至前年底), a relative day …; the year written, named from the article's (ry)
# or taken up from the text before (sy: 到当年3月底).
# 对到3月31日前复工复产的企业: an opener right after a word opening a condition (对), then a day or a
# month's end that 前 closes and a verb phrase closed by 的, is a condition naming who qualifies, no
# date figures are stated as of (cues.json _deadline_condition). Without 对 before the opener
# (截至4月15日前复工的企业共计312家) or with a clause mark before any 的 (到3月底前，…) it stays a date.
# `dc` (empty) is set where the condition word stands right before the opener; _NOT_DEADLINE tests it.
_DEADLINE_CONDITION = _C["deadline_condition"]
_CONDITION_BEFORE_OPENER = "|".join(
    f"(?<={re.escape(c + o)})" for c in _DEADLINE_CONDITION["condition_before"]
    for o in (*_AS_OF_OPENERS, *_C["clause_date_openers"]["openers"], "至"))
_NOT_DEADLINE = (rf"(?(dc)(?!(?:{alternation(_DEADLINE_CONDITION['after'])})"
                 rf"[^{_DEADLINE_CONDITION['not_between']}]{{1,{_DEADLINE_CONDITION['reach']}}}?的)|)")
_AS_OF_AFTER_OPENER = (
    rf"(?:(?P<dc>{_CONDITION_BEFORE_OPENER})|(?!{_CONDITION_BEFORE_OPENER}))"  # no backtracking out of dc
    rf"(?:(?P<y>{_YEAR})年|(?P<ry>{_RELATIVE_YEAR})|(?P<sy>{_SAME_YEAR}))?"
    rf"(?:(?P<m>{_MONTH})月(?:(?P<d>{_DAY})[日号]{_NOT_DEADLINE}|(?P<end>底|末){_NOT_DEADLINE}|(?P<xun>[上中下])旬)"
    rf"|第?(?P<q>[一二三四首])季度[末底]"
    # 截至去年6月, 截至今年5月份, 截至2021年6月: a whole month after its year, to the month's end (cues.json
    # _as_of_whole_month); 截至6月 alone is not read
    rf"|(?<=年)(?P<bm>{_MONTH})月份?(?![{_NOT_AFTER_WHOLE_MONTH}])"
    rf"|(?P<yend>(?<=年)年?[底末]){_NOT_DEADLINE}"
    r"|(?P<rel>" + "|".join(_AS_OF_RELATIVE) + "))"
)
_AS_OF_PATTERN = (
    "(?:" + "|".join(_AS_OF_OPENERS) + ")" + _AS_OF_AFTER_OPENER +
    # 截至11日: a day without its month is of the article's month, or the month before when
    # that day is still to come. Only after 截至/截止 (到15日 may be a deadline), and not
    # 截至15日前 (a deadline).
    rf"|(?:{'|'.join(_AS_OF_DAY_OPENERS)})(?P<dd>{_DAY})[日号](?!前)"
    rf"|(?:{'|'.join(_AS_OF_DAY_OPENERS)})(?:{_NUMERIC_DATE}|(?P<lm>{'|'.join(_AS_OF_LAST_MONTH)})[底末]"
    rf"|(?:{'|'.join(_AS_OF_THIS_MONTH)})(?P<td>{_DAY})[日号]"
    rf"|(?P<wk>{alternation(_RELATIVE_WEEKS)})(?P<wd>{alternation(_WEEKDAYS)}))"
)
_AS_OF = _on_re("_AS_OF", _AS_OF_PATTERN)
# 至5月底，…: 至 alone opens a date only where it opens the sentence (1月至3月, 提升至 elsewhere).
_ZHI_LAST_YEAR_MOST = 92  # days: a 至 date read as last year's further back than this is a deadline
_AS_OF_ZHI = _on_re("_AS_OF_ZHI", "至" + _AS_OF_AFTER_OPENER)

_GENERIC_SUBJECTS = frozenset(_C["subject_generic"])
_SYNONYMS = sorted(((spelling, key) for key, ws in _C["subject_synonyms"].items() if not key.startswith("_")
                    for spelling in ws), key=lambda p: (-len(p[0]), p[0]))


@dataclass(frozen=True)
class Measure:
    category: str
    unit: str
    value: float | None
    qualifier: str
    basis: str
    subject: str | None
    as_of: dt.date | None
    span_start: int
    span_end: int
    sentence_start: int
    sentence_end: int
    is_value_missing: bool
    rule: str
    zone: str | None = None
    is_headline: bool = False
    zone_rule: str = "none"          # the attribution rule that chose `zone`
    zone_candidates: str = ""        # what the rules found, for tracing a wrong zone
    list_index: int = 0              # position among the zones of a value shared by a list
    cue_index: int = 0               # position among the rates of a value shared by a list of rates (0: the last, nearest the figure)
    resolution: float | None = None   # one unit of the last digit written (超1.6亿 -> 1e7), for headline dedup
    is_firm_speech: bool = False      # inside a firm's own words (“我们…”): never one fact with the zone's


# --- text geometry ------------------------------------------------------------------------------

# --- cue words, found once per text -------------------------------------------------------------

class Cue(NamedTuple):  # a tuple, not a dataclass: an article makes hundreds, and a tuple is made 4 times faster
    start: int
    end: int
    word: str
    category: str | None  # None: a blocker, out of scope
    role: str             # the block key it comes from ("money", "rate", "share.verbs" ...) or "blocker"


class CueIndex:
    """Non-overlapping cue matches of one text, sorted, looked up by bisection."""

    def __init__(self, cues: list[Cue]):
        self.cues = cues
        self.starts = [c.start for c in cues]
        self.ends = [c.end for c in cues]

    @classmethod
    def of(cls, text: str, words: dict[str, tuple[str | None, str]], shadows: list[str] = (),
           lines: list[tuple[int, int]] | None = None, form: CueForm | None = None) -> CueIndex:
        """Every match of `words` in `text`, or in its `lines` only (sorted spans between line
        breaks); a shadow word (可申请) hides the cue inside it (申请). With a `form`, also the
        words of that shape where no listed word or shadow stands (复航率).

        No cue word holds a line break (checked at import), so no match crosses one and a line
        scanned alone gives the matches a scan of the whole text finds in it."""
        if not words:
            return cls([])
        budget.check()  # a scan for literal words is linear: one check, no regex timer
        pattern, tails = _scanner_and_tails(words, tuple(shadows))
        spans = [(0, len(text))] if lines is None else lines
        # tuple.__new__ on a ready tail: 0.4 µs a cue instead of Cue(...)'s 1.1 µs, paid for
        # every cue word an article writes.
        cues = [_new_tuple(Cue, m.span() + tail) for start, end in spans
                for m in pattern.finditer(text, start, end) if (tail := tails.get(m[0])) is not None]
        if form is not None:
            cues = form.added_to(cues, text, spans, pattern)
        return cls(cues)

    def where(self, keep) -> CueIndex:
        return CueIndex([c for c in self.cues if keep(c)])

    def of_roles(self, roles: frozenset[str]) -> CueIndex:
        """`where` a cue's role is one of `roles`, without a call per cue (an article's money
        index holds thousands)."""
        return CueIndex([c for c in self.cues if c.role in roles])

    def last_before(self, lo: int, pos: int) -> Cue | None:
        """The cue nearest before `pos` that lies wholly in [lo, pos)."""
        i = bisect.bisect_right(self.ends, pos) - 1
        return self.cues[i] if i >= 0 and self.cues[i].start >= lo else None

    def first_after(self, pos: int, hi: int) -> Cue | None:
        """The cue nearest after `pos` that lies wholly in [pos, hi)."""
        j = bisect.bisect_left(self.starts, pos)
        return self.cues[j] if j < len(self.cues) and self.cues[j].end <= hi else None

    def any_in(self, lo: int, hi: int) -> bool:
        return self.first_after(lo, hi) is not None


class CueForm(NamedTuple):
    """Cue words found by their shape rather than listed (cues.json _sector_resumption_form: 复,
    the verb of a sector's activity, 率): where a listed word or a shadow stands, it is the word."""
    pattern: re.Pattern
    not_words: frozenset[str]   # words of the shape that name something else (复购率): blockers
    category: str
    role: str

    def added_to(self, cues: list[Cue], text: str, spans, scanner: re.Pattern) -> list[Cue]:
        """`cues` (of `scanner`'s words, in `spans`) with this form's words that overlap no
        word or shadow of the scanner; `cues` themselves when there are none (most texts: only
        listed words of the shape). A word of `not_words` is a blocker: its figure is a rate of
        something else (客户复购率达30%), not one more of a resumption rate stated before."""
        listed = {c.start for c in cues}  # 复工率: a listed word of the shape, the usual case
        found = [m for start, end in spans for m in self.pattern.finditer(text, start, end) if m.start() not in listed]
        if not found:
            return cues
        taken = [m.span() for start, end in spans for m in scanner.finditer(text, start, end)]
        starts = [a for a, _ in taken]
        added = []
        for m in found:
            i = bisect.bisect_left(starts, m.end()) - 1  # the last listed word starting before it ends
            if i < 0 or taken[i][1] <= m.start():
                meaning = (None, BLOCKER) if m[0] in self.not_words else (self.category, self.role)
                added.append(Cue(m.start(), m.end(), m[0], *meaning))
        return sorted(cues + added) if added else cues

    def word_in(self, name: str) -> str | None:
        """The form's word written in `name` (a table's header), None if none."""
        return next((m[0] for m in self.pattern.finditer(name) if m[0] not in self.not_words), None)


# 复航率, 复映率: a sector's own resumption rate by its shape (cues.json _sector_resumption_form).
# The same shape with its literal first and the character before it checked behind it: it matches
# where _SECTOR_RATE_SHAPE does (the lookbehind reads the same character), and the engine can skip
# to the next 复 by its fast literal search instead of trying the lookbehind at every position of
# every sentence holding a rate.
_SECTOR_RATE_LITERAL_FIRST = (rf"{regex.escape(_SECTOR_FORM['opens'])}"
                              rf"(?<![{_SECTOR_FORM['not_after']}]{regex.escape(_SECTOR_FORM['opens'])})[\p{{Han}}]"
                              rf"{regex.escape(_SECTOR_FORM['closes'])}(?![{_SECTOR_FORM['not_before']}])")
_SECTOR_RATE = _on_re("_SECTOR_RATE", _SECTOR_RATE_LITERAL_FIRST, may_run_long=True)
SECTOR_RATE_FORM = CueForm(_SECTOR_RATE, frozenset(_SECTOR_FORM["not_reopening"]), _SECTOR_FORM["category"], "rate")

_new_tuple = tuple.__new__
_SCANNERS: dict[int, tuple] = {}


def _scanner_and_tails(words: dict[str, tuple[str | None, str]], shadows: tuple[str, ...]):
    """The literal scanner of `words` and `shadows`, and per word what its Cue holds after the
    span, (word, category, role); a shadow has none. Made once per word list, cached by the
    dict's identity (hashing its two hundred words on every scan would cost more than the
    scan's setup); the cache holds the dict, so its id is never reused for another."""
    key = id(words), shadows
    found = _SCANNERS.get(key)
    if found is None or found[0] is not words:
        found = _SCANNERS[key] = (words, literal_scanner(list(words) + list(shadows)),
                                  {word: (word, *info) for word, info in words.items()})
    return found[1], found[2]


def _markers(words: list[str], role: str = "marker") -> dict[str, tuple[None, str]]:
    return {w: (None, role) for w in words}


class _PerKey(dict):
    """A mapping whose value for a key is built the first time the key is asked for: an
    article asks for the cues of one or two categories, not of all twelve.

    With an `owner`, `build(owner, key)`: the owner, which keeps the mapping, is held weakly,
    so the two do not hold each other and both are freed when the article is done rather
    than left to the cyclic garbage collector."""

    def __init__(self, build, owner=None):
        super().__init__()
        self._build = build
        self._owner = None if owner is None else weakref.ref(owner)

    def __missing__(self, key):
        value = self[key] = self._build(key) if self._owner is None else self._build(self._owner(), key)
        return value


# The word lists of the indexes, made once, not per article.
_REQUEST_WORDS = _markers(_C["requests"], "request")
_FIRM_SPEAKER_WORDS = _markers(_C["firm_speakers"]["who"], "firm_speaker")
_BLOCKER_WORDS = {cat: _markers(block.get("blockers", [])) for cat, block in BLOCKS.items()}
_COUNT_CUE_WORDS = {
    cat: ({w: (cat, "count.cues") for w in block.get("count", {}).get("cues", [])},
          tuple(block.get("count", {}).get("not_fact", ())))
    for cat, block in BLOCKS.items()
}
_HEAD_WORDS: dict[str, dict] = {}
for _block in BLOCKS.values():
    for _unit, _words in _block.get("count", {}).get("heads", {}).items():
        _HEAD_WORDS.setdefault(_unit, {}).update(_markers(_words))


# Where a sentence may end (document.py): a line break, 。！？!, or a ? (weighed there).
_SENTENCE_BREAKS = "\n。！？!?"


def _check_no_sentence_break() -> None:
    """Cue indexes may scan sentence by sentence (CueIndex.of): no word of theirs may hold a
    character a sentence can end at, so that no match crosses a sentence end."""
    lists = [MONEY_WORDS, PERCENT_WORDS, _FIRM_SPEAKER_WORDS, *_BLOCKER_WORDS.values(), *_HEAD_WORDS.values(),
             *(words for words, _ in _COUNT_CUE_WORDS.values()),
             *(words for key, words in _C.items() if not key.startswith("_") and isinstance(words, list))]
    for words in lists:
        for word in words:
            if any(ch in word for ch in _SENTENCE_BREAKS):
                raise ResourceError(f"cues.json: {word!r} holds a character a sentence may end at "
                                    f"({_SENTENCE_BREAKS!r}); cue indexes scan sentence by sentence")


_check_no_sentence_break()


# 每亩, 每台, 每车次: 每 and a counter name the unit an amount is paid for, as 每个 and 每户 do
# (cues.json each_counters), so they are each markers too.
_EACH_WORDS = _C["each_markers"] + [f"每{c}" for c in _C["each_counters"]]


@lru_cache(maxsize=None)
def _marker_words(key: str) -> dict[str, tuple[None, str]]:
    if key == "fenbie":
        return _markers(list(RESPECTIVELY), key)
    return _markers(_EACH_WORDS if key == "each_markers" else _C[key], key)


# --- indexes that share a scan ------------------------------------------------------------------

class _Unit(NamedTuple):
    """One cue index an article may ask for: its words, the shadows that hide a cue inside them,
    and where it is scanned, (piece, kinds): the sentences holding a figure of one of `kinds`,
    or from where a quotation holding a figure opens to the clause end of that figure ("quote").

    Each index is scanned only where it is looked up: a lookup between two positions of those
    pieces returns what a scan of the whole text would, since no match crosses a piece's ends
    (`_check_units_stay_in_their_pieces`)."""
    words: dict[str, tuple[str | None, str]]
    shadows: tuple[str, ...]
    where: tuple[str, frozenset[str]]


_ANY = frozenset({"money", "percent", "count"})
_MONEY, _COUNT = frozenset({"money"}), frozenset({"count"})
_NEUTRAL = tuple(_C["neutral"])
_UNITS: dict[tuple[str, ...], _Unit] = {
    # Looked up in any figure's clause, or its sentence before it (firm speakers).
    ("marker", "forecast"): _Unit(_marker_words("forecast"), tuple(_C["not_forecast"]), ("sentence", _ANY)),
    ("marker", "cap_words"): _Unit(_marker_words("cap_words"), (), ("sentence", _ANY)),
    ("firm_speakers",): _Unit(_FIRM_SPEAKER_WORDS, (), ("sentence", _ANY)),
    # Looked up in an amount's clause, or in the characters right before a naming word of its
    # sentence (requests, _blocked_cue).
    ("marker", "each_markers"): _Unit(_marker_words("each_markers"), (), ("sentence", _MONEY)),
    ("marker", "per_beneficiary_markers"): _Unit(_marker_words("per_beneficiary_markers"), (), ("sentence", _MONEY)),
    ("requests",): _Unit(_REQUEST_WORDS, _NEUTRAL, ("sentence", _MONEY)),
    # Looked up between where a quotation holding a figure opens and the figure.
    ("marker", "first_person"): _Unit(_marker_words("first_person"), (), ("quote", _ANY)),
    ("marker", "zone_wide"): _Unit(_marker_words("zone_wide"), (), ("quote", _ANY)),
    # Looked up in an indicator's sentence before it (_firm_names_itself).
    ("marker", "firm_self_names"): _Unit(_marker_words("firm_self_names"), (), ("sentence", _ANY)),
    ("zone_wide_in_sentence",): _Unit(_marker_words("zone_wide"), (), ("sentence", _ANY)),
    # Looked up in a count's clause or sentence.
    ("marker", "increment_markers"): _Unit(_marker_words("increment_markers"), (), ("sentence", _COUNT)),
    ("marker", "fenbie"): _Unit(_marker_words("fenbie"), (), ("sentence", _COUNT)),
    ("marker", "firm_subject_pronouns"): _Unit(_marker_words("firm_subject_pronouns"), (), ("sentence", _COUNT)),
    **{("count_cues", cat): _Unit(words, _NEUTRAL, ("sentence", _COUNT)) for cat, (words, _) in _COUNT_CUE_WORDS.items()},
    **{("blockers", cat): _Unit(words, tuple(_C["blocker_shadows"]), ("sentence", _COUNT)) for cat, words in _BLOCKER_WORDS.items()},
    **{("heads", unit): _Unit(words, (), ("sentence", _COUNT)) for unit, words in _HEAD_WORDS.items()},
}
# Where a clause may end besides a sentence end (document.py), and where a quotation opens.
_CLAUSE_MARKS = "，,：:；;"
_QUOTE_OPENS = "“"
_ENDS_OF_PIECE = {"sentence": _SENTENCE_BREAKS, "quote": _SENTENCE_BREAKS + _CLAUSE_MARKS + _QUOTE_OPENS}


def _check_units_stay_in_their_pieces() -> None:
    """No word of an index may hold a character its pieces start or end at: no match then
    crosses a piece's ends, and a scan of the pieces finds, inside them, what a scan of the
    whole text finds."""
    for key, unit in _UNITS.items():
        ends = _ENDS_OF_PIECE[unit.where[0]]
        for word in (*unit.words, *unit.shadows):
            if any(ch in word for ch in ends):
                raise ResourceError(f"cues.json: {word!r} ({'/'.join(key)}) holds one of {ends!r}, "
                                    f"where the {unit.where[0]}s it is scanned in end")


_check_units_stay_in_their_pieces()


def _can_share_text(a: set[str], b: set[str]) -> bool:
    """Whether a word of `a` and a word of `b` can be written over a common character in
    some text: one inside the other, or the end of one the start of the other."""
    joined_a, joined_b = "\n".join(a), "\n".join(b)  # no cue word holds a line break
    if any(u in joined_b for u in a) or any(w in joined_a for w in b):
        return True
    starts_b = {w[:k] for w in b for k in range(1, len(w))}
    ends_b = {w[k:] for w in b for k in range(1, len(w))}
    return any(u[i:] in starts_b or u[:i] in ends_b for u in a for i in range(1, len(u)))


def _scan_apart(a: _Unit, b: _Unit) -> bool:
    """Whether one scan of both units' words finds, among its matches, exactly the matches a
    scan of each unit alone finds: no cue word of one is a word of the other, and no word
    scanned only for one can be written over a word of the other. (The scan takes, leftmost
    first, the longest word at each position; a match of a word that shares no character with
    any of a unit's words neither hides nor shifts one of that unit's matches.)"""
    words_a, words_b = set(a.words) | set(a.shadows), set(b.words) | set(b.shadows)
    return (not set(a.words) & words_b and not set(b.words) & words_a
            and not _can_share_text(words_a - words_b, words_b) and not _can_share_text(words_b - words_a, words_a))


class _ScanGroup(NamedTuple):
    units: tuple[tuple[str, ...], ...]
    where: tuple[str, frozenset[str]]
    scanner: re.Pattern
    tails: dict[str, tuple[int, tuple]]  # cue word -> (its unit's place in `units`, what its Cue holds after the span)


def _scan_groups(units: dict[tuple[str, ...], _Unit]) -> dict[tuple[str, ...], _ScanGroup]:
    """Unit key -> the group of units found by one scan: each unit joins the first group of
    its place whose every unit it can be scanned with (`_scan_apart`). An article's indexes
    were a dozen scans of the same sentences, each paying a call per sentence."""
    members: list[list[tuple[str, ...]]] = []
    for key, unit in units.items():
        if not unit.words:
            continue
        group = next((g for g in members if units[g[0]].where == unit.where
                      and all(_scan_apart(units[other], unit) for other in g)), None)
        if group is None:
            members.append([key])
        else:
            group.append(key)
    groups = {}
    for keys in members:
        scanned = {word for key in keys for word in (*units[key].words, *units[key].shadows)}
        tails = {word: (i, (word, *info)) for i, key in enumerate(keys) for word, info in units[key].words.items()}
        group = _ScanGroup(tuple(keys), units[keys[0]].where, literal_scanner(sorted(scanned)), tails)
        groups.update((key, group) for key in keys)
    return groups


_GROUP_OF = _scan_groups(_UNITS)


def _scan_group(text: str, group: _ScanGroup, spans: list[tuple[int, int]]) -> list[list[Cue]]:
    """Per unit of `group`, the cues `CueIndex.of` finds of its words in `spans` of `text`."""
    budget.check()  # a scan for literal words is linear: one check, no regex timer
    tails, scanner = group.tails, group.scanner
    found: list[list[Cue]] = [[] for _ in group.units]
    for start, end in spans:
        for m in scanner.finditer(text, start, end):
            tail = tails.get(m[0])
            if tail is not None:  # None: a shadow
                found[tail[0]].append(_new_tuple(Cue, m.span() + tail[1]))
    return found


def _runs(spans) -> list[tuple[int, int]]:
    """Spans in order of their starts as runs: a span that starts at most one character after
    the run before it ends (past the end of a piece) joins that run."""
    runs: list[tuple[int, int]] = []
    for start, end in spans:
        if runs and runs[-1][1] + 1 >= start:
            if end > runs[-1][1]:
                runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return runs


# Per category, its count cues written with words between verb and object (1260家规上企业恢复正常
# 生产经营: 恢复生产), found where its listed cues are (cues.json _resume_split).
_SPLIT_COUNT_CUES = {cat: _on_re(f"_SPLIT_COUNT_CUES[{cat}]", pattern)
                     for cat, (words, _) in _COUNT_CUE_WORDS.items() if (pattern := _split_resume_words(words))}
_SPLIT_VERBS = tuple(_RESUME_SPLIT["verbs"])
_RESUME_NEGATIONS = tuple(_RESUME_SPLIT["negations"])  # 仍有35家企业未恢复正常生产: not resumed


def _split_count_cues(article: ArticleCues, cat: str, listed: CueIndex) -> list[Cue]:
    """The count cues of `cat` written split, each as the listed word it is (its span from the
    verb to the object), sorted with `listed`'s: none where a listed cue lies inside it
    (恢复复工生产: 复工 speaks), and none in a text without the verb."""
    pattern = _SPLIT_COUNT_CUES.get(cat)
    text = article.text
    if pattern is None or not any(verb in text for verb in _SPLIT_VERBS):
        return []
    found = []
    for start, end in article.pieces(_UNITS[("count_cues", cat)].where):
        for m in pattern.finditer(text, start, end):
            if not listed.any_in(m.start(), m.end()) and not text.endswith(_RESUME_NEGATIONS, start, m.start()):
                word = _resume_word(m.group(), _COUNT_CUE_WORDS[cat][0])
                found.append(Cue(m.start(), m.end(), word, cat, "count.cues"))
    return found


_SENT = _C["sent_workers"]
# 输送外出务工人员, 向广东、浙江等地输送农民工: a verb of sending, a destination at most, migrant workers.
_SENT_WORKERS = _on_re("_SENT_WORKERS",
    rf"(?:{alternation(_SENT['verbs'])})[\p{{Han}}、]{{0,{_SENT['gap_most']}}}?(?:{alternation(_SENT['people'])})")
_SENT_CONTEXT = tuple(_SENT["context"])
_TO_FIRMS = _SENT["to_firms"]
# 送员工到企业, 输送员工到园区企业: a verb of sending, the workers right after it, then the firms they go to.
_SENT_TO_FIRMS = _on_re("_SENT_TO_FIRMS",
    rf"(?:{alternation(_TO_FIRMS['verbs'])})(?:{alternation(_TO_FIRMS['people'])})(?:{alternation(_TO_FIRMS['to'])})"
    rf"[\p{{Han}}]{{0,{_TO_FIRMS['gap_most']}}}?(?:{alternation(_TO_FIRMS['places'])})")
# 送员工1200余人到企业, 送工八百多名进园区工厂: the count between the workers and the firms; the cue is the
# verb and the workers, the count follows it in its clause (cues.json _sent_workers_to_firms).
_SENT_COUNT_TO_FIRMS = _on_re("_SENT_COUNT_TO_FIRMS",
    rf"(?:{alternation(_TO_FIRMS['verbs'])})(?:{alternation(_TO_FIRMS['count_people'])})"
    rf"(?=[^，,。；;：:！!？?\n]{{1,{_TO_FIRMS['count_most']}}}?(?:{alternation(_TO_FIRMS['count_counters'])})"
    rf"(?:{alternation(_TO_FIRMS['to'])})[\p{{Han}}]{{0,{_TO_FIRMS['gap_most']}}}?(?:{alternation(_TO_FIRMS['places'])}))")
_SENT_VERBS = tuple(_SENT["verbs"]) + tuple(_TO_FIRMS["verbs"])


def _sent_worker_cues(article: ArticleCues, cat: str, listed: CueIndex) -> list[Cue]:
    """The count cues of workers sent back to their jobs by their home county (输送外出务工人员),
    in a paragraph that speaks of the return (cues.json _sent_workers); none where a listed cue
    lies inside (输送返岗务工人员: 返岗务工人员 speaks), none in a text without the verb."""
    text = article.text
    if cat != _SENT["category"] or not any(verb in text for verb in _SENT_VERBS):
        return []
    found = []
    for start, end in article.pieces(_UNITS[("count_cues", cat)].where):
        # 输送外出务工人员 (home county to jobs), 送员工到企业 (to the firms: cues.json _sent_workers_to_firms)
        for m in _sent_matches(text, start, end):
            if listed.any_in(m.start(), m.end()) or not _speaks_of_return(article, m.start()) \
                    or _sent_otherwise(article, m.start()):
                continue
            found.append(Cue(m.start(), m.end(), m.group(), cat, "count.cues"))
    return sorted(found, key=lambda c: c.start)


def _sent_matches(text: str, start: int, end: int) -> list:
    """The matches of both sending patterns in text[start:end], one per place (the home-county
    one where both match at once: 输送务工人员到企业 keeps its cue as before)."""
    home = list(_SENT_WORKERS.finditer(text, start, end))
    taken = [(m.start(), m.end()) for m in home]
    to_firms = [m for pattern in (_SENT_TO_FIRMS, _SENT_COUNT_TO_FIRMS) for m in pattern.finditer(text, start, end)
                if not any(a < m.end() and m.start() < b for a, b in taken)]
    return home + to_firms


_RESTORED = _C["workforce_restored"]
# 用工总数已恢复至4万人: the firms' workforce, a word of between at most, a verb of restoring to a level.
_WORKFORCE_RESTORED = _on_re("_WORKFORCE_RESTORED",
    rf"(?:{alternation(_RESTORED['nouns'])})(?:{alternation(_RESTORED['between'])})?(?:{alternation(_RESTORED['verbs'])})")
_RESTORED_NOUNS = tuple(_RESTORED["nouns"])


def _workforce_restored_cues(article: ArticleCues, cat: str, listed: CueIndex) -> list[Cue]:
    """The count cues of a workforce restored to a level (用工总数已恢复至: cues.json
    _workforce_restored), each its whole span; none where a listed cue lies inside it, none in a
    text without the nouns."""
    text = article.text
    if cat != _RESTORED["category"] or not any(noun in text for noun in _RESTORED_NOUNS):
        return []
    return [Cue(m.start(), m.end(), m.group(), cat, "count.cues")
            for start, end in article.pieces(_UNITS[("count_cues", cat)].where)
            for m in _WORKFORCE_RESTORED.finditer(text, start, end) if not listed.any_in(m.start(), m.end())]


_AT_WORK = _C["at_work_people"]
# 在岗务工人员, 在岗脱贫劳动力: at work, who they are at most, rural or migrant labour (cues.json _at_work_people).
_AT_WORK_PEOPLE = _on_re("_AT_WORK_PEOPLE",
    rf"(?:{alternation(_AT_WORK['at_work'])})[\p{{Han}}]{{0,{_AT_WORK['gap_most']}}}?(?:{alternation(_AT_WORK['people'])})")
_AT_WORK_WORDS = tuple(_AT_WORK["at_work"])
_AT_WORK_CONTEXT = tuple(_AT_WORK["context"])


def _at_work_people_cues(article: ArticleCues, cat: str, listed: CueIndex) -> list[Cue]:
    """The count cues of rural or migrant labour at work (在岗务工人员, 在岗脱贫劳动力) in a sentence
    that speaks of resuming, a firms' resume word or the people's return (cues.json _at_work_people), each its whole span; none where a listed
    cue lies inside it, none in a text without the word of being at work."""
    text = article.text
    if cat != _AT_WORK["category"] or not any(word in text for word in _AT_WORK_WORDS):
        return []
    found = []
    for start, end in article.pieces(_UNITS[("count_cues", cat)].where):
        for m in _AT_WORK_PEOPLE.finditer(text, start, end):
            lo, hi = article.geo.sentence_of(m.start())
            if not listed.any_in(m.start(), m.end()) and (any(word in text[lo:hi] for word in _AT_WORK_CONTEXT)
                                                          or article.count_cues[_AT_WORK["resumed_by"]].any_in(lo, hi)):
                found.append(Cue(m.start(), m.end(), m.group(), cat, "count.cues"))
    return found


_FREE = _C["free_for_recipient"]
# 免费为夜市摊贩配发: 免费, whom it is for, the verb of giving (cues.json _free_for_recipient).
_FREE_FOR_RECIPIENT = _on_re("_FREE_FOR_RECIPIENT",
    rf"{regex.escape(_FREE['adverb'])}(?:{alternation(_FREE['for'])})[\p{{Han}}、]{{1,{_FREE['gap_most']}}}?"
    rf"(?P<verb>{alternation(_FREE['verbs'])})")


def _free_for_recipient_cues(article: ArticleCues, cat: str, listed: CueIndex) -> list[Cue]:
    """The count cues of goods given free to someone named between 免费 and the verb (免费为摊贩配发),
    each the listed word 免费 + verb is, its span from 免费 to the verb; none in a text without 免费."""
    text = article.text
    if cat != _FREE["category"] or _FREE["adverb"] not in text:
        return []
    return [Cue(m.start(), m.end(), _FREE["adverb"] + m.group("verb"), cat, "count.cues")
            for start, end in article.pieces(_UNITS[("count_cues", cat)].where)
            for m in _FREE_FOR_RECIPIENT.finditer(text, start, end) if not listed.any_in(m.start(), m.end())]


_ACTIVITY = _C["resumed_activity"]
# 恢复接诊, 恢复收住: 恢复 and the two characters after it, weighed by their tag (cues.json _resumed_activity).
_RESUMED_ACTIVITY = _on_re("_RESUMED_ACTIVITY",
    rf"{regex.escape(_ACTIVITY['verb'])}[\p{{Han}}]{{{_ACTIVITY['object_length']}}}")
_ACTIVITY_POS = frozenset(_ACTIVITY["object_pos"])
_NOT_ACTIVITIES = frozenset(_ACTIVITY["not_objects"])
_ACTIVITY_RATE_ENDINGS = frozenset(_ACTIVITY["rate_endings"])


@lru_cache(maxsize=1)
def _tag_table() -> dict[str, str]:
    from . import jieba_cache  # posseg's word -> tag table, loaded only when a text writes 恢复
    return jieba_cache.tag_table()


def _activity_at(text: str, pos: int) -> bool:
    """The characters at `pos` (after 恢复) are a verb of what an institution does (接诊, 收住,
    运转: cues.json _resumed_activity), not one of not_objects nor the first part of a longer
    dictionary word (运营商, 生产线); a rate ending after it (接诊率) is no longer word."""
    word = text[pos:pos + _ACTIVITY["object_length"]]
    tags = _tag_table()
    if word in _NOT_ACTIVITIES or tags.get(word) not in _ACTIVITY_POS:
        return False
    return not any((longer := text[pos:pos + k]) in tags and longer[len(word):] not in _ACTIVITY_RATE_ENDINGS
                   for k in range(len(word) + 1, _ACTIVITY["longer_word_most"] + 1) if pos + k <= len(text))


def _overlaps(cues: list[Cue], lo: int, hi: int) -> bool:
    return any(c.start < hi and lo < c.end for c in cues)


def _resumed_activity_cues(article: ArticleCues, cat: str, listed: CueIndex, split: list[Cue]) -> list[Cue]:
    """The count cues of institutions resumed in their own verb (92家民营医疗机构恢复接诊, 14家养老机构
    已全部恢复收住: cues.json _resumed_activity), each 恢复 + the verb; none where a listed or split cue
    overlaps it (恢复营业 is listed), none in a text without 恢复."""
    text = article.text
    if cat != _ACTIVITY["category"] or _ACTIVITY["verb"] not in text:
        return []
    found = []
    for start, end in article.pieces(_UNITS[("count_cues", cat)].where):
        for m in _RESUMED_ACTIVITY.finditer(text, start, end):
            lo, hi = m.span()
            j = bisect.bisect_right(listed.ends, lo)
            if (j < len(listed.cues) and listed.cues[j].start < hi) or _overlaps(split, lo, hi) \
                    or not _activity_at(text, lo + len(_ACTIVITY["verb"])):
                continue
            found.append(Cue(lo, hi, m.group(), cat, "count.cues"))
    return found


# 恢复接诊率, 恢复营业比例: a resume word opening with 恢复, listed (营业 of 恢复营业) or an activity verb
# (two characters, weighed by _activity_at), then a rate ending; or a bare 恢复率 (cues.json _resumed_activity).
_LISTED_RESUMED = sorted({w[len(_ACTIVITY["verb"]):] for w in _COUNT_CUE_WORDS[_ACTIVITY["category"]][0]
                          if w.startswith(_ACTIVITY["verb"]) and len(w) > len(_ACTIVITY["verb"])})
_RESUMED_RATE = _on_re("_RESUMED_RATE",
    rf"{regex.escape(_ACTIVITY['verb'])}(?:(?P<listed>{alternation(_LISTED_RESUMED)})"
    rf"|(?P<verb>[\p{{Han}}]{{{_ACTIVITY['object_length']}}}))(?:{alternation(_ACTIVITY['rate_endings'])})"
    rf"|{regex.escape(_ACTIVITY['bare_rate'])}")


def _with_resumed_rates(article: ArticleCues, listed: CueIndex) -> CueIndex:
    """`listed` with the rate words of institutions resumed (恢复接诊率, 恢复营业比例, and 恢复率 right
    after a clause counting a resumption: cues.json _resumed_activity), each return_to_work_rate's
    rate word; a listed cue overlapping one keeps its place (恢复开放率), one inside it gives way."""
    text = article.text
    if _ACTIVITY["verb"] not in text:
        return listed  # most texts
    found = []
    for start, end in article._figure_sentences.get("percent", []):
        for m in _RESUMED_RATE.finditer(text, start, end):
            lo, hi = m.span()
            if m.group("verb") is not None and not _activity_at(text, m.start("verb")):
                continue
            if m.group("listed") is None and m.group("verb") is None and not _rate_of_resumed_count(article, lo):
                continue
            inside = [c for c in listed.cues if c.start < hi and lo < c.end]
            if any(c.start < lo or c.end > hi or c.role == "rate" for c in inside):
                continue
            found.append((Cue(lo, hi, m.group(), _ACTIVITY["rate_category"], "rate"), inside))
    if not found:
        return listed
    dropped = {id(c) for _, inside in found for c in inside}
    return CueIndex(sorted([c for c in listed.cues if id(c) not in dropped] + [cue for cue, _ in found]))


def _rate_of_resumed_count(article: ArticleCues, pos: int) -> bool:
    """A bare 恢复率 at `pos` opens its clause, and the clause before it in its sentence counts a
    resumption (已有351家恢复营业，恢复率95.6%): the rate of that count (cues.json _resumed_activity)."""
    geo, text = article.geo, article.text
    clause = geo.clause_of(pos)
    if text[clause[0]:pos].strip():
        return False
    before = geo.previous_clause(clause, geo.sentence_of(pos))
    return before is not None and article.count_cues[_ACTIVITY["category"]].any_in(*before)


_SENT_NOT_IN_CLAUSE = tuple(_SENT["not_in_clause"])
_YEAR_WRITTEN = re.compile(r"((?:19|20)\d\d)年")


def _sent_otherwise(article: ArticleCues, pos: int) -> bool:
    """The sending at `pos` is of other years or no return (往年…输送, 护送农民工320人返乡, 输送新招
    务工人员), or its sentence is dated before the pandemic (2019年，…输送): cues.json _sent_workers."""
    text, geo = article.text, article.geo
    lo, hi = geo.clause_of(pos)
    if any(word in text[lo:hi] for word in _SENT_NOT_IN_CLAUSE):
        return True
    start, end = geo.sentence_of(pos)
    return any(int(y) < _SENT["years_from"] for y in _YEAR_WRITTEN.findall(text, start, end))


def _speaks_of_return(article: ArticleCues, pos: int) -> bool:
    """The paragraph holding `pos` names the return to work (返岗, 复工, 点对点 …): cues.json _sent_workers."""
    lo = article.paragraph_start(pos)
    hi = article.text.find("\n", pos)
    paragraph = article.text[lo:hi if hi >= 0 else len(article.text)]
    return any(word in paragraph for word in _SENT_CONTEXT)


# 936家企业申请复工, 520家企业获准复工: a request or a permission to resume, not a resumption.
_RESUME_REQUESTED = tuple(_C["resume_requested"])


def _resume_requested(text: str, cue: Cue) -> bool:
    """The count cue is what firms applied, filed or were allowed to do (申请复工, 获准复工, 备案
    复工), not what they did: cues.json _resume_requested."""
    return text.endswith(_RESUME_REQUESTED, 0, cue.start)


_SEMICOLON = re.compile("[；;]")


class ArticleCues:
    """What classification looks up in one text, found once: cue matches, figures, rows so far."""

    def __init__(self, text: str, geo: Document, numbers: list[NumberMention], zones=None):
        self.text = text
        self.zones = zones  # the article's zones as `text` sees them (a window's view of a long text)
        self.geo = geo
        self.numbers = numbers
        self.article_date: dt.date | None = None  # extract_measures sets it: a since day after it is a plan
        self.number_starts = [n.start for n in numbers]
        self.rows: list[Measure] = []
        self.row_starts: list[int] = []
        self.standards: dict[int, bool] = {}  # figure's start -> whether it states a rule's standard
        self.examples: dict[tuple[int, int], bool] = {}  # part of a sentence -> whether it works an example
        self.example_sentences: dict[int, bool] = {}  # sentence's start -> whether the whole is an example
        self.goods_not_given: dict[tuple, bool] = {}  # (sentence, clause) -> goods there support no firm
        self.premium_sentences: dict[tuple, bool] = {}  # sentence -> a public payer buys insurance there
        self.misuse_hits: dict[tuple[int, int], list[tuple[int, str]]] = {}  # span -> misuse words in it
        self.public_spending: dict[tuple[int, int], bool] = {}  # clause -> it names public spending only
        # Per clause or sentence, not per figure: a 2,000-item list is one clause, and a scan of it
        # for each of its figures made the stage quadratic (tests/test_measures_scaling.py).
        self.not_yet_back: dict[tuple, bool] = {}  # (clause, sentence end) -> _not_yet_back
        self.last_pending_start: dict[tuple[int, int], int] = {}  # clause -> last start of _NOT_YET_AFTER_COUNT
        self.first_word_end: dict[tuple, tuple] = {}  # (id of words, sentence) -> (words, first end of one of them there)
        self.money_list_heads: dict[int, NumberMention] = {}  # amount's start -> first amount of its 、 list
        # (check, span) -> the answer of a check that reads only a line, sentence or clause: asked by
        # each figure in it, computed for the first.
        self.span_checks: dict[tuple, bool] = {}
        self.match_starts: dict[tuple, list[int]] = {}  # (id of a pattern, span) -> where it matches there (`_match_starts`)
        self.written: dict[int, bool] = {}  # id of a pattern -> it matches somewhere in the text (`_written`)
        self._units: dict[tuple[str, ...], CueIndex] = {}
        self._of_unit: dict[str, list[int]] = {}
        for n in numbers:
            self._of_unit.setdefault(n.unit, []).append(n.start)

    def index(self, words, shadows=(), lines=None, form=None) -> CueIndex:
        found = CueIndex.of(self.text, words, shadows, lines, form)
        return _with_guaranteed_products(self.text, found) if words is MONEY_WORDS else found

    @cached_property
    def bracketed_captions(self) -> list[tuple[int, int]]:
        """(start, end) of each bracket opening with a caption's words (cues.json caption_in_brackets),
        up to its closing bracket or the line's end: one scan (most texts have none)."""
        return [m.span() for m in _BRACKETED_CAPTION.finditer(self.text)]

    @cached_property
    def denied_spans(self) -> tuple[tuple[int, int], ...]:
        """`_denied_spans` of the text, found once: each figure asks whether it stands in one,
        and the scans read the whole text (a scan per figure made the check grow with the
        text's length times its figures)."""
        return _denied_spans(self.text)

    @cached_property
    def interviews_official(self) -> bool:
        """Whether a headline line says the text interviews an official (——访某区经济信息委主任)."""
        return _interviews_official(self.text)

    @cached_property
    def official_speech(self) -> bool:
        """Whether the first lines say the text is an official's speech (讲话 and 某镇党委书记 陈某)."""
        return _official_speech(self.text)

    @cached_property
    def first_person_anywhere(self) -> bool:
        """Whether the text holds a word of the first person at all (most do not: no caption read)."""
        return any(w in self.text for w in _FIRST_PERSON)

    @cached_property
    def respectively_written(self) -> bool:
        """Whether a word pairing values with a list in order (分别, 依次为) stands anywhere in the
        text: most texts write none, and then no figure's clause is searched for one."""
        return find_respectively(self.text) >= 0

    @cached_property
    def semicolons(self) -> list[int]:
        """Where the text's semicolons stand (the parts a worked example is read in)."""
        return [m.start() for m in _SEMICOLON.finditer(self.text)]

    @cached_property
    def _figure_lines(self) -> dict[str, list[tuple[int, int]]]:
        """Per kind of figure (money, percent, count), the lines that hold one, in order, each
        run of neighbouring lines as one span: no cue word holds a line break, so a scan of the
        run finds what scans of its lines find, for one scanner call instead of several."""
        lines: dict[str, list[tuple[int, int]]] = {}
        for num in self.numbers:
            line = self.geo.line_of(num.num_start)
            for kind in (num.kind, "any"):
                found = lines.setdefault(kind, [])
                if found and found[-1][1] >= line[0]:
                    continue  # the line of the figure before
                last_end = found[-1][1] if found else -1
                if found and self.text.count("\n", last_end, line[0]) == line[0] - last_end:
                    found[-1] = (found[-1][0], line[1])  # only line breaks between: one span
                else:
                    found.append(line)
        return lines

    @property
    def _figure_sentences(self) -> dict[str, list[tuple[int, int]]]:
        return self._figure_layout[0]

    def figure_sentence(self, num: NumberMention) -> tuple[int, int]:
        """geo.sentence_of(num.num_start) for a figure of `numbers`, found with the others once."""
        return self._figure_layout[1][num.num_start]

    @cached_property
    def _figure_layout(self) -> tuple[dict[str, list[tuple[int, int]]], dict[int, tuple[int, int]]]:
        """Per kind of figure (money, percent, count, any), the sentences that hold one, in
        order, a run of neighbouring sentences as one span: no cue word holds a character a
        sentence ends at, so a scan of the run finds what scans of its sentences find. And the
        sentence of each figure's first digit, by its offset."""
        spans: dict[str, list[tuple[int, int]]] = {}
        sentence_at: dict[int, tuple[int, int]] = {}
        sentence_of = self.geo.sentence_of
        sentence, kinds_in_it = (0, -1), set()
        for num in self.numbers:
            if not sentence[0] <= num.num_start <= sentence[1]:  # not in the sentence of the figure before
                sentence, kinds_in_it = sentence_of(num.num_start), set()
            sentence_at[num.num_start] = sentence
            if num.kind in kinds_in_it:
                continue  # its sentence is in the spans of its kind and of any figure already
            kinds_in_it.add(num.kind)
            for kind in (num.kind, "any"):
                found = spans.get(kind)
                if found is None:
                    spans[kind] = [sentence]
                elif found[-1][1] + 1 >= sentence[0]:  # this sentence or the one right after it
                    if sentence[1] > found[-1][1]:
                        found[-1] = (found[-1][0], sentence[1])
                else:
                    found.append(sentence)
        return spans, sentence_at

    def pieces(self, where: tuple[str, frozenset[str]]) -> list[tuple[int, int]]:
        """The spans an index of `_UNITS` is scanned in (`_Unit.where`), in order, neighbours as
        one span."""
        piece, kinds = where
        if piece == "sentence":
            return self._figure_sentences.get(next(iter(kinds)) if len(kinds) == 1 else "any", [])
        return self._quoted_figures

    @cached_property
    def _quoted_figures(self) -> list[tuple[int, int]]:
        """From where each quotation holding a figure opens to the clause end of its last figure
        in it, in order: a figure is in the quotation `quote_start` names."""
        opens, closes = self.quotes
        spans = []
        for i, opened in enumerate(opens):
            j = bisect.bisect_right(closes, opened)
            last = min(closes[j] if j < len(closes) else len(self.text), opens[i + 1] - 1 if i + 1 < len(opens) else len(self.text))
            k = bisect.bisect_right(self.number_starts, last) - 1  # the last figure starting in the quotation
            if k >= 0 and self.numbers[k].start >= opened:
                spans.append((opened, self.geo.clause_of(self.numbers[k].end)[1]))
        return _runs(spans)

    # The money, percent and count cues are looked up only for a figure of their kind, in its
    # clause or sentence, never beyond: they are found in the sentences that hold such a figure
    # (two fifths of the text of the bench corpus), not in all of it. The few lookups that may
    # leave a figure's sentence scan the paragraph before it (_resolve_generic) or the text from
    # a quotation's opening (first_person, zone_wide).
    @cached_property
    def money(self) -> CueIndex:
        return self.index(MONEY_WORDS, _C["neutral"], self._figure_sentences.get("money", []))

    @cached_property
    def money_naming(self) -> CueIndex:
        return self.money.of_roles(_MONEY_NAMING_ROLES)

    @cached_property
    def money_context(self) -> CueIndex:
        return self.money.of_roles(frozenset({"money_context"}))

    @cached_property
    def requests(self) -> CueIndex:
        return self._unit(("requests",))

    @cached_property
    def money_by_category(self) -> dict[str, CueIndex]:
        # Looked up back to the paragraph's start (_resolve_generic_by_definition): found in the
        # lines, not in the sentences `money` holds.
        in_lines = self.index(MONEY_WORDS, _C["neutral"], self._figure_lines.get("money", []))
        return {cat: in_lines.where(lambda c, cat=cat: c.category == cat and c.role == "money") for cat in BLOCKS}

    @cached_property
    def percent(self) -> CueIndex:
        listed = self.index(PERCENT_WORDS, _C["neutral"], self._figure_sentences.get("percent", []), SECTOR_RATE_FORM)
        return _with_resumed_rates(self, listed)

    @cached_property
    def percent_shares(self) -> CueIndex:
        return self.percent.of_roles(frozenset({"share.verbs", "share.ratio", "proportion"}))

    @cached_property
    def names_misuse(self) -> bool:
        """Whether a word of misused support (cues.json _misused) stands anywhere in the text."""
        return _MISUSE_NAMED.search(self.text) is not None

    @cached_property
    def percent_rates(self) -> CueIndex:
        return self.percent.of_roles(frozenset({"rate"}))

    @cached_property
    def percent_ratios(self) -> CueIndex:
        return self.percent.of_roles(frozenset({"share.ratio"}))

    @cached_property
    def percent_blockers(self) -> CueIndex:
        return self.percent.of_roles(frozenset({BLOCKER}))

    @cached_property
    def count_cues(self) -> Mapping[str, CueIndex]:
        """Per category, its count cues that state a fact (复工 but not 复工贷, 复工情况), with
        those written split (恢复正常生产 for 恢复生产); each category's found when first asked
        for (a figure's counter names one or two)."""
        def found(article: ArticleCues, cat: str) -> CueIndex:
            cues, not_fact, text = article._unit(("count_cues", cat)), _COUNT_CUE_WORDS[cat][1], article.text
            split = _split_count_cues(article, cat, cues) + _sent_worker_cues(article, cat, cues) \
                + _workforce_restored_cues(article, cat, cues) + _free_for_recipient_cues(article, cat, cues) \
                + _at_work_people_cues(article, cat, cues)
            split += _resumed_activity_cues(article, cat, cues, split)
            listed = sorted(cues.cues + split) if split else cues.cues
            return CueIndex([c for c in listed if not (not_fact and text.startswith(not_fact, c.end))
                             and not _resume_requested(text, c)])
        return _PerKey(found, self)

    @cached_property
    def requested_cues(self) -> Mapping[str, CueIndex]:
        """Per category, its count cues that name a request or permission (申请复工, 获准复工),
        which count_cues leaves out: a clause holding one speaks of requests, not of a list's items."""
        return _PerKey(lambda article, cat: article._unit(("count_cues", cat)).where(
            lambda c: _resume_requested(article.text, c)), self)

    # Blockers and head nouns are looked up in a counted figure's clause or the clause before.
    @cached_property
    def blockers(self) -> Mapping[str, CueIndex]:
        return _PerKey(lambda article, cat: article._unit(("blockers", cat)), self)

    @cached_property
    def heads(self) -> Mapping[str, CueIndex]:
        """Per counted unit, the nouns that make a counter that unit (项目 for 个 -> projects)."""
        return _PerKey(lambda article, unit: article._unit(("heads", unit)), self)

    @cached_property
    def markers(self) -> Mapping[str, CueIndex]:
        """Per shared list of cues.json (forecast, each_markers ...), its words indexed once: in the
        sentences holding a figure (a figure's clause or sentence is where they are looked up),
        or from where a quotation holding a figure opens. A mapping, not a method: asked a
        dozen times per figure, a dict's lookup is a fraction of a call's cost."""
        return _PerKey(lambda article, key: article._unit(("marker", key)), self)

    @cached_property
    def zone_wide_in_sentence(self) -> CueIndex:
        """全区/园区…, looked up in an indicator's sentence (the markers' zone_wide is looked
        up in quotations)."""
        return self._unit(("zone_wide_in_sentence",))

    @cached_property
    def firm_speakers(self) -> CueIndex:
        """Who speaks for a firm, looked up in a figure's sentence."""
        return self._unit(("firm_speakers",))

    def _unit(self, key: tuple[str, ...]) -> CueIndex:
        """The index of one of `_UNITS`: what `CueIndex.of` finds of its words where it is
        looked up, found by one scan with the other units of its group."""
        found = self._units.get(key)
        if found is None:
            group = _GROUP_OF.get(key)
            if group is None:  # a unit without words
                found = self._units[key] = CueIndex([])
            else:
                self._units.update(zip(group.units, map(CueIndex, _scan_group(self.text, group, self.pieces(group.where)))))
                found = self._units[key]
        return found

    @cached_property
    def line_starts(self) -> list[int]:
        return [0] + [i + 1 for i in positions_of(self.text, "\n")]

    @cached_property
    def parens(self) -> tuple[list[int], list[int]]:
        return positions_of(self.text, "("), positions_of(self.text, ")")

    def own_clause(self, num: NumberMention) -> tuple[int, int]:
        """The clause a figure's cues are looked for in: inside its parentheses when it is an
        aside (年前用工数26.85万人), else its clause up to an aside that follows it.

        `_own_clause_by_definition`, asking `aside` only when a parenthesis opens in the clause
        before the figure's end (an aside needs one; most clauses have none): asked for every
        figure."""
        clause = self.geo.clause_of(num.num_start)
        if self.text[clause[1]:clause[1] + 1] in _LABEL_AFTER_MARKS and clause[1] - num.end <= 1:
            labelled = self._with_label_after(num, clause)
            if labelled != clause:
                return labelled
        opens = self.parens[0]
        i = bisect.bisect_left(opens, num.end)
        if i and opens[i - 1] >= clause[0]:
            inner = self.aside(num.num_start, clause)
            if inner and not self.text[inner[0]:num.start].strip() and not self.text[num.end:inner[1]].strip():
                return clause[0], inner[1]  # 伊川县复工率（92%）: a figure alone in parentheses glosses the words before them
            if inner:
                return inner
        while i < len(opens) and opens[i] < clause[1] and self._noun_gloss(opens[i], clause):
            i += 1  # 362家农家乐（民宿）恢复营业: a short gloss inside the noun, no aside
        if i < len(opens) and opens[i] < clause[1]:
            return clause[0], opens[i]
        return clause

    def _noun_gloss(self, open_at: int, clause: tuple[int, int]) -> bool:
        """Parentheses right after a Han noun holding a few Han characters only (农家乐（民宿）,
        cues.json _noun_gloss): another name of the noun, no aside that ends the clause."""
        close = self.text.find(")", open_at, clause[1])
        return (close > open_at and _HAN_CHAR.match(self.text, open_at - 1) is not None
                and _NOUN_GLOSS.fullmatch(self.text, open_at + 1, close) is not None)

    def _with_label_after(self, num: NumberMention, clause: tuple[int, int]) -> tuple[int, int]:
        """● 98.5%：规上工业企业复工率 — a figure opening its line (after a bullet or a number
        at most) and followed by a colon is named by the label after the colon: its clause runs
        on to the end of that label's clause. Any other figure before a colon keeps its clause."""
        line_start = self.text.rfind("\n", 0, num.start) + 1
        if line_start < clause[0] or _WORD_BEFORE.search(self.text, line_start, num.start):
            return clause
        return clause[0], self.geo.clause_of(clause[1] + 1)[1]

    def _own_clause_by_definition(self, num: NumberMention) -> tuple[int, int]:
        """The clause a figure's cues are looked for in: the definition `own_clause` shortens."""
        clause = self.geo.clause_of(num.num_start)
        labelled = self._with_label_after(num, clause) if self.text[clause[1]:clause[1] + 1] in _LABEL_AFTER_MARKS else clause
        if labelled != clause and clause[1] - num.end <= 1:
            return labelled
        inner = self.aside(num.num_start, clause)
        if inner and not self.text[inner[0]:num.start].strip() and not self.text[num.end:inner[1]].strip():
            return clause[0], inner[1]  # a figure alone in parentheses glosses the words before them
        if inner:
            return inner
        opens = self.parens[0]
        i = bisect.bisect_left(opens, num.end)
        while i < len(opens) and opens[i] < clause[1] and self._noun_gloss(opens[i], clause):
            i += 1
        if i < len(opens) and opens[i] < clause[1]:
            return clause[0], opens[i]
        return clause

    def aside(self, pos: int, clause: tuple[int, int]) -> tuple[int, int] | None:
        """The inside of the parentheses holding `pos` within its clause, or None."""
        opens, closes = self.parens
        i = bisect.bisect_right(opens, pos) - 1
        if i < 0 or opens[i] < clause[0]:
            return None
        j = bisect.bisect_right(closes, opens[i])
        if j < len(closes) and closes[j] < pos:
            return None
        end = closes[j] if j < len(closes) and closes[j] <= clause[1] else clause[1]
        return opens[i] + 1, end

    @cached_property
    def quotes(self) -> tuple[list[int], list[int]]:
        # “…” and, as Hong Kong and Taiwan print them, 「…」 (cleaning keeps the corner brackets)
        opens = sorted(positions_of(self.text, "“") + positions_of(self.text, "「"))
        closes = sorted(positions_of(self.text, "”") + positions_of(self.text, "」"))
        return opens, closes

    # --- figures and rows ---

    def count_between(self, unit: str | None, lo: int, hi: int) -> int:
        """How many figures (of `unit`, or of any unit) start in [lo, hi)."""
        starts = self.number_starts if unit is None else self._of_unit.get(unit, [])
        return bisect.bisect_left(starts, hi) - bisect.bisect_left(starts, lo)

    def number_near(self, num: NumberMention, step: int) -> NumberMention | None:
        i = bisect.bisect_left(self.number_starts, num.start) + step
        return self.numbers[i] if 0 <= i < len(self.numbers) else None

    def add_row(self, row: Measure) -> None:
        self.rows.append(row)
        self.row_starts.append(row.span_start)

    def last_row_before(self, pos: int) -> Measure | None:
        i = bisect.bisect_left(self.row_starts, pos) - 1
        return self.rows[i] if i >= 0 else None

    def paragraph_start(self, pos: int) -> int:
        return self.line_starts[bisect.bisect_right(self.line_starts, pos) - 1]

    def quote_start(self, pos: int) -> int | None:
        """Where the quotation holding `pos` opens, or None when `pos` is not inside one."""
        opens, closes = self.quotes
        i = bisect.bisect_right(opens, pos) - 1
        if i < 0:
            return None
        j = bisect.bisect_right(closes, opens[i])
        if j < len(closes) and closes[j] < pos:
            return None
        return opens[i]


# --- which cue decides ----------------------------------------------------------------------------

_SCOPES_OF = {cat: frozenset(block.get("scope", ())) for cat, block in BLOCKS.items()}  # the scopes a category allows


_NOUN_GLOSS = _on_re("_NOUN_GLOSS", rf"[\p{{Han}}、]{{1,{_C['noun_gloss']['most']}}}")
_HAN_CHAR = _on_re("_HAN_CHAR", r"[\p{Han}]")


def _allowed(cue: Cue, scope: str) -> bool:
    return cue.category is None or scope in _SCOPES_OF[cue.category]


_COMPOUND_HEAD = _C["compound_head"]
_POOL_HEADS = frozenset(_COMPOUND_HEAD["categories"])
_POOL_GAP_MOST = _COMPOUND_HEAD["gap_most"]
_POOL_GAP_NOT = frozenset(_COMPOUND_HEAD["gap_not"])


# 拿出800万元对茶企贷款给予贴息: 对 (or 为) after the amount, who or what it is for, then a word of
# granting and the naming word it grants (cues.json _granted_after).
_GRANTED = _C["granted_after"]
_GRANTED_AFTER = _on_re("_GRANTED_AFTER",
    rf"(?:{alternation(_GRANTED['for'])})[^，,。；;：:]{{1,{_GRANTED['between_most']}}}?(?:{alternation(_GRANTED['grant'])})")


def _granted_after(r: ArticleCues, num: NumberMention, hi: int) -> Cue | None:
    """The naming word a grant after the amount names (800万元对茶企贷款给予贴息 -> 贴息): it says what
    the amount pays, not the noun of who or what it is for (贷款) that stands nearer the figure."""
    m = _GRANTED_AFTER.match(r.text, num.end, hi)
    if m is None:
        return None
    cue = r.money_naming.first_after(m.end(), hi)
    if cue is None or cue.start - m.end() > _GRANTED["to_cue_most"]:
        return None
    # 给予免收3个月房租的优惠: the last naming word of the grant's object, what is relieved (房租).
    while (nxt := r.money_naming.first_after(cue.end, hi)) is not None and nxt.start - m.end() <= _GRANTED["object_most"] \
            and not any(mark in r.text[cue.end:nxt.start] for mark in "的、和及"):
        cue = nxt
    return cue


def _head_after(index: CueIndex, pos: int, hi: int, text: str) -> Cue | None:
    """The naming word after a figure: the head of a compound (贷款贴息 -> 贴息, “信用贷”风险补偿资金
    -> 风险补偿资金), which may be a pool a few Han characters on (转贷应急资金池 -> 资金池)."""
    cue = index.first_after(pos, hi)
    while cue is not None:
        nxt = index.first_after(cue.end, hi)
        if nxt is None or not (nxt.start == cue.end or text[cue.end:nxt.start] in _CLOSING_QUOTES
                               or _quoted_name_beyond(text, cue, nxt)
                               or _pool_head_beyond(text, cue, nxt) or _goods_support_beyond(text, cue, nxt)
                               or _activity_support_beyond(text, cue, nxt)):
            return cue
        cue = nxt
    return None


# “信用贷”风险补偿资金: a quoted product's name before the noun it modifies, a compound still.
_CLOSING_QUOTES = frozenset({"”", '"', "」", "’", "』"})


_GUARANTEED_PRODUCT = _C["guaranteed_product"]
_QUOTED_LOAN_ENDS = frozenset(w for w in BLOCKS["loan"]["money"] if w[-1] in _CLOSING_QUOTES)  # 贷”, 贷’ …
_GUARANTEE_MARKS = tuple(_GUARANTEED_PRODUCT["marks"])


def _with_guaranteed_products(text: str, index: CueIndex) -> CueIndex:
    """`index` with the end of each quoted loan product whose name holds a mark of guarantee (“鲁担惠农贷”,
    “园区担保贷”, “农担贷”) read as a naming word of a guaranteed loan (cues.json _guaranteed_product):
    the lending is backed by a guarantor, so the product's amounts and caps are guarantees, as a
    创业担保贷款's are; `index` itself when it holds none (most texts)."""
    cues = index.cues
    changed = None
    for i, cue in enumerate(cues):
        if cue.word in _QUOTED_LOAN_ENDS and cue.role == "money" and _names_guarantee(text, cue):
            changed = changed or list(cues)
            changed[i] = cue._replace(category=_GUARANTEED_PRODUCT["category"])
    return CueIndex(changed) if changed else index


def _names_guarantee(text: str, cue: Cue) -> bool:
    """Whether the quoted name that `cue` (its 贷 and closing quote) ends holds a mark of guarantee:
    its opening quote at most name_most characters before, Han characters between."""
    opened = max(text.rfind(q, max(0, cue.start - _NAME_MOST), cue.start) for q in _NAME_OPENS)
    name = text[opened + 1:cue.start]
    return opened >= 0 and any(m in name for m in _GUARANTEE_MARKS) and all("\u4e00" <= ch <= "\u9fff" for ch in name)


def _quoted_name_beyond(text: str, cue: Cue, nxt: Cue) -> bool:
    """Whether `cue` lies inside a quoted name that `nxt`, right after its closing quote, is the head of
    (“财园信贷通”风险补偿金: a brand name holding 信贷 modifies the pool; cues.json _terms_of_product
    name_opens, name_most): the rest of the name, Han characters only, then the quote."""
    gap = text[cue.end:nxt.start]
    if len(gap) < 2 or gap[-1] not in _CLOSING_QUOTES or not all("\u4e00" <= ch <= "\u9fff" for ch in gap[:-1]):
        return False
    reach = max(0, nxt.start - 1 - _NAME_MOST)
    opened = max(text.rfind(q, reach, cue.start) for q in _NAME_OPENS)
    return opened >= 0 and all("\u4e00" <= ch <= "\u9fff" for ch in text[opened + 1:cue.start])


_GOODS_MAKERS = _C["goods_makers"]
# 防疫物资 + 生产 + 企业: a few Han characters of making between a goods word and a word of firms, no
# particle (生产防护物资的重点企业: a condition 的 closes, which _names_who_qualifies reads).
_MAKERS_AFTER_GOODS = _on_re("_MAKERS_AFTER_GOODS",
    rf"(?:(?![{_GOODS_MAKERS['gap_not']}])[\p{{Han}}]){{0,{_GOODS_MAKERS['gap_most']}}}?"
    rf"(?:{alternation(_GOODS_MAKERS['makers'])})")


def _names_goods_makers(text: str, cue: Cue, pos: int) -> bool:
    """Whether the goods word `cue` names, with a word of firms a few characters after it and before
    `pos`, the firms making the goods (防疫物资生产企业): cues.json _goods_makers."""
    return cue.category in _GOODS_MAKERS["heads"] and _MAKERS_AFTER_GOODS.match(text, cue.end, pos) is not None


_GOODS_SUPPORT = _C["goods_support_compound"]
_GOODS_SUPPORT_HEADS = frozenset(_GOODS_SUPPORT["heads"])


def _goods_support_beyond(text: str, cue: Cue, nxt: Cue) -> bool:
    """Whether `nxt` heads the compound a word of goods opens: a support paid for buying or moving
    them, after a short run of Han characters (口罩[采购]补贴, 防疫物资[运输]补助): cues.json
    _goods_support_compound."""
    gap = text[cue.end:nxt.start]
    return cue.category in _GOODS_SUPPORT_HEADS and nxt.category not in _GOODS_SUPPORT_HEADS \
        and 0 < len(gap) <= _GOODS_SUPPORT["gap_most"] and all("\u4e00" <= ch <= "\u9fff" for ch in gap) \
        and not any(ch in _POOL_GAP_NOT for ch in gap)


_GOODS_PAID_FOR = _C["goods_paid_for"]
_GOODS_PAID_HEADS = frozenset(_GOODS_PAID_FOR["heads"])
_GOODS_PAID_GRANTS = frozenset(_GOODS_PAID_FOR["grants"])


def _grant_paying_for_goods(r: ArticleCues, cue: Cue, lo: int) -> Cue | None:
    """The grant word whose object the goods word `cue` is (补助[防疫物资]费用3000元 -> 补助): the
    amount is what the grant pays for the goods, not their worth; else None (cues.json _goods_paid_for)."""
    if cue.category not in _GOODS_PAID_HEADS:
        return None
    grant = r.money_naming.last_before(lo, cue.start)
    if grant is None or grant.role == BLOCKER or grant.category not in _GOODS_PAID_GRANTS:
        return None
    gap = r.text[grant.end:cue.start]
    if len(gap) > _GOODS_PAID_FOR["gap_most"] or not all("\u4e00" <= ch <= "\u9fff" and ch not in _POOL_GAP_NOT for ch in gap):
        return None
    return grant


_ACTIVITY_SUPPORT = _C["activity_support_compound"]
_ACTIVITY_GAP_NOT = frozenset(_ACTIVITY_SUPPORT["gap_not"])


def _activity_support_beyond(text: str, cue: Cue, nxt: Cue) -> bool:
    """Whether `nxt` heads the compound a blocking word of an activity opens: a support named after
    what it pays for, a short run of Han characters between (生产[保障]补贴, 供应[保障]补助), as the
    word right before the head (生产补贴) already is: cues.json _activity_support_compound."""
    gap = text[cue.end:nxt.start]
    return cue.role == BLOCKER and nxt.role != BLOCKER and nxt.category is not None \
        and 0 < len(gap) <= _ACTIVITY_SUPPORT["gap_most"] \
        and all("\u4e00" <= ch <= "\u9fff" and ch not in _ACTIVITY_GAP_NOT for ch in gap)


def _pool_head_beyond(text: str, cue: Cue, nxt: Cue) -> bool:
    """Whether `nxt` heads the compound `cue` opens: a pool word after a short run of Han characters
    that holds no particle or conjunction (转贷[应急]资金池; not 贷款和基金)."""
    gap = text[cue.end:nxt.start]
    return nxt.category in _POOL_HEADS and len(gap) <= _POOL_GAP_MOST \
        and all("\u4e00" <= ch <= "\u9fff" and ch not in _POOL_GAP_NOT for ch in gap)


def _opens_with_qizhong(text: str, pos: int) -> bool:
    """_QIZHONG matches at `pos`: not where a Han character other than 其 stands there (neither
    a space nor a quotation mark), told without a pattern call for most clauses."""
    first = text[pos:pos + 1]
    if "\u4e00" <= first <= "\u9fff" and first != "其":
        return False
    return _QIZHONG.match(text, pos) is not None


_LIST_ITEM_MARKS = frozenset(_C["list_item_marks"])


def _item_of_qizhong_list(r: ArticleCues, clause, sentence) -> int | None:
    """Where the 其中 opening the list stands when the clause opens right after a mark parting
    its items (其中，生产煤矿62处，复产率96.9%；建设煤矿23处: cues.json _list_item_marks), the 其中
    earlier in the sentence; else None."""
    text = r.text
    if text[clause[0] - 1:clause[0]] in _LABEL_MARKS:
        # 其中规上工业企业：118家 under 复工企业：152家: a key–value line whose label opens with 其中
        # is a part of the count of the line before, as 其中规上工业企业118家 is in running text.
        label = r.geo.previous_clause(clause, sentence)
        if label is None:
            return None
        opening = label[0] + len(text[label[0]:label[1]]) - len(text[label[0]:label[1]].lstrip(_LINE_BULLETS + " "))
        return label[0] if _opens_with_qizhong(text, opening) else None  # ●其中外省员工：3100人: after its bullet
    if text[clause[0] - 1:clause[0]] not in _LIST_ITEM_MARKS:
        return None
    prev = r.geo.previous_clause(clause, sentence)
    while prev is not None:
        if _opens_with_qizhong(text, prev[0]):
            return prev[0]
        prev = r.geo.previous_clause(prev, sentence)
    return None


_PART_OF_EACH = _C["part_of_each_amount"]
_TOP_UP_WORDS = tuple(_PART_OF_EACH["top_up_words"])
_TOP_UP_WORD = literal_scanner(_TOP_UP_WORDS)
_PART_SUM_WORDS = tuple(_PART_OF_EACH["sum_words"])
_PART_POOL_WORDS = tuple(_PART_OF_EACH["pool_words"])
_TOP_UP_MOST_TIMES = _PART_OF_EACH["top_up_most_times"]


def _whole_given_each(r: ArticleCues, num: NumberMention, clause, sentence) -> Measure | None:
    """The amount each beneficiary gets that the money figure is a level's share of (创业补贴每户5000元，
    其中省级资金3000元: a 其中 clause, the part below the whole) or a level's addition to (按每人300元给予
    补助，县级再叠加200元: a top-up word before it in its clause), the row right before in its sentence;
    None when the figure is no such part, its clause says a sum or names a pool after it, or an addition
    is far above the whole (cues.json _part_of_each_amount)."""
    text = r.text
    before = text[clause[0]:num.start]
    opens = clause[0] if _opens_with_qizhong(text, clause[0]) else _item_of_qizhong_list(r, clause, sentence)
    if opens is None and _TOP_UP_WORD.search(text, clause[0], num.start) is None:
        return None  # most figures: neither a 其中 part nor a top-up
    if any(w in before for w in _PART_SUM_WORDS) or any(w in text[num.end:clause[1]] for w in _PART_POOL_WORDS):
        return None  # 再配套资金共计500万元, 再配套500万元专项资金: what all get, a pot
    whole = r.last_row_before(clause[0] if opens is None else opens)
    if whole is None or whole.span_start < sentence[0] or whole.basis != "per_beneficiary" \
            or not whole.unit.startswith("CNY") or num.unit != "CNY":
        return None
    known = num.value is not None and whole.value is not None
    if opens is not None and not (known and num.value < whole.value):
        return None  # 其中…: a part is less than its whole
    if opens is None and known and num.value > whole.value * _TOP_UP_MOST_TIMES:
        return None  # 每人1000元…区财政再补贴300万元: what the level pays for all, no addition to each one's
    return whole


_RESPECTIVE_PLACE_END = frozenset(_C["respective_places_end"])


def _places_share_out(text: str, start: int, pos: int) -> bool:
    """Places listed before 分别 open the clause [start, pos): 高新区、经开区分别发放…, the last
    place's name ending right before 分别 in a place's character (区, 县, 市 …)."""
    i = find_respectively(text, start, pos)
    return i > start and text[i - 1] in _RESPECTIVE_PLACE_END and any(j in text[start:i] for j in LIST_SEPARATORS)


_BREAKDOWN = _C["breakdown_frames"]
_RESPECTIVE_LINKS = tuple(sorted(_C["respective_links"], key=len, reverse=True))
_NUMERAL_CHARS = frozenset("零〇一二三四五六七八九十百千万亿两")


def _frames_a_breakdown(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one short clause announcing the parts of a total by place
    (从各县区看，/ 分县区看，/ 具体来看，: cues.json _breakdown_frames)."""
    words = text[start:end].strip().rstrip(",，").strip()
    return 0 < len(words) <= _BREAKDOWN["most_chars"] and words.startswith(tuple(_BREAKDOWN["openers"])) \
        and words.endswith(tuple(_BREAKDOWN["closers"])) and all("\u4e00" <= ch <= "\u9fff" for ch in words)


def _verb_after_respectively(text: str, start: int, pos: int) -> str:
    """The verb written between 分别 and the first figure of its list in text[start:pos] (分别兑付32.4万元
    -> 兑付), without a bare link (分别为, 分别达: respective_links); "" when there is none."""
    i = find_respectively(text, start, pos)
    word = next((w for w in RESPECTIVELY if text.startswith(w, i)), "") if i >= 0 else ""
    j = k = i + len(word)
    while k < pos and "\u4e00" <= text[k] <= "\u9fff" and text[k] not in _NUMERAL_CHARS:
        k += 1
    verb = text[j:k]
    link = next((w for w in _RESPECTIVE_LINKS if verb.startswith(w)), "")
    return verb[len(link):] if i >= 0 else ""


def _list_head(r: ArticleCues, num: NumberMention, clause, sentence, fits) -> Measure | None:
    """The row a figure continues when its own clause names no cue (a cue stated once for a list).

    复工企业6000家，商贸企业1820家: the row in the clause before (or earlier in this clause).
    其中规上企业196家: the nearest fitting row earlier in the sentence, or in the sentence before.
    """
    text = r.text
    inner = r.aside(num.num_start, r.geo.clause_of(num.num_start))
    if inner and not _glosses(text, inner, num):
        # an aside does not continue the list around it, save the parts of the figure before it
        # (1427家（含规上企业356家）); a figure glossing a name (江汉区（95.5%）) does
        return _part_in_aside(r, num, inner, fits)
    prev = r.geo.previous_clause(clause, sentence)
    opens = clause[0]  # where the 其中 (or the places of a 分别 list) that opens the list stands
    if not _opens_with_qizhong(text, clause[0]):
        if prev is not None and text[max(prev[0], prev[1] - 4):prev[1]].rstrip().endswith("其中"):
            # 其中，A县、B县分别发放…: the 其中 of the clause before opens the list, even where the
            # places of a 分别 list open this clause (a 其中 opening its sentence continues the one before)
            opens = prev[0]
        elif not _places_share_out(text, clause[0], num.num_start):
            opens = _item_of_qizhong_list(r, clause, sentence)
    if opens is not None:
        lo = sentence[0]
        # 其中 opening the sentence (。其中，A区58亿元) continues the sentence before it.
        if opens <= sentence[0] and sentence[0] > 0:
            lo = r.geo.sentence_before(sentence)[0]
        elif sentence[0] > 0 and _frames_a_breakdown(text, sentence[0], opens):
            # 从各县区看，甲区、乙区分别兑付…: the parts of the total the sentence before stated,
            # when the list does what the total was written with (cues.json _breakdown_frames)
            lo = r.geo.sentence_before(sentence)[0]
            verb = _verb_after_respectively(text, opens, num.num_start)
            fits = (lambda row, fits=fits: fits(row) and (
                not verb or text.find(verb, r.geo.clause_of(row.span_start)[0], row.span_start) >= 0))
        i = bisect.bisect_left(r.row_starts, num.start) - 1
        for row in reversed(r.rows[max(0, i - 7):i + 1]):  # a few rows back, never the whole text
            if row.span_start < lo:
                break
            if fits(row):
                return row
        return None
    row = r.last_row_before(num.start)
    lo = prev[0] if prev else clause[0]
    if prev is not None and row is not None and row.span_start < lo and (_only_reached(text, prev)
                                                                          or _only_share_of_row(text, prev)):
        # 已拨付2650万元，支持企业97家，单户最高不超过100万元: the cap goes on past those reached;
        # 制造业企业获得补贴2100万元，占比62%；服务业企业获得980万元: the list goes on past the share
        before = r.geo.previous_clause(prev, sentence)
        lo = before[0] if before else lo
    if row is not None and row.span_start < lo and _takes_up_a_figure(text, clause[0], num.start):
        if _AMOUNT_CHANGED_BY.search(text, max(clause[0], num.start - _CHANGED_BY_REACH), num.start):
            return None  # 这一数字又增加了240家: how far it moved, not its level
        lo = r.geo.sentence_before(sentence)[0]  # 截至5月18日，这一数字已攀升至96%
    if row is not None and row.span_start >= lo and fits(row):
        if _HEAD_AFTER_RULE in row.rule and text.startswith(_OWN_HEAD_AFTER_LINKS, num.end):
            # 从A区27.6亿元的“战疫贷”，到B区2000万元的“稳岗包”: each item names its own kind after
            # its figure, as the row before did; the kind before is not this one's (cues.json _own_head_after)
            return None
        return row
    return None


_HEAD_AFTER_RULE = ":head_after:"
_OWN_HEAD_AFTER_LINKS = tuple(_C["own_head_after_links"])
_LABEL_MOST = 8  # the longest quoted label after a figure looked back over (“稳企贷”, “战疫贷”)


def _in_label_after_figure(text: str, pos: int) -> bool:
    """Whether `pos` lies inside a quoted label that a link of own_head_after_links opens
    (27.6亿元的“战疫贷”: the cue 贷 or 战疫贷 in it), its quote not closed before `pos`."""
    lo = max(0, pos - _LABEL_MOST - 2)
    at = max(text.rfind(link, lo, pos + len(link)) for link in _OWN_HEAD_AFTER_LINKS)
    return at >= 0 and not any(q in text[at + 2:pos] for q in "”\"」")


_REACHED_CLAUSE = _on_re("_REACHED_CLAUSE",
    rf"(?:{alternation(_C['reached_clause']['words'])})[\p{{Han}}]{{0,{_C['reached_clause']['between_most']}}}"
    r"[\d.]+[万千]?[\p{Han}]?$", may_run_long=True)  # matched at one short clause's start only


def _only_reached(text: str, clause) -> bool:
    """Whether `clause` says only whom the measure before reached (支持企业97家, 惠及企业196家: cues.json
    _reached_clause): a figure after it with no cue of its own goes on with the row before it."""
    return _REACHED_CLAUSE.match(text[clause[0]:clause[1]].strip()) is not None


_SHARE_OF_ROW_CLAUSE = _on_re("_SHARE_OF_ROW_CLAUSE",
    rf"(?:{alternation(_C['share_of_row_clause']['words'])})[\p{{Han}}]{{0,{_C['share_of_row_clause']['between_most']}}}?"
    r"(?:[\d.]+%|[一二三四五六七八九]成)$", may_run_long=True)  # matched at one short clause's start only


def _only_share_of_row(text: str, clause) -> bool:
    """Whether `clause` says only what share of the whole the figure before it is (占比59.3%, 占总额的六成:
    cues.json _share_of_row_clause): a figure after it with no cue of its own goes on with the row before it."""
    return _SHARE_OF_ROW_CLAUSE.match(text[clause[0]:clause[1]].strip()) is not None


_ASIDE_PART_OPENERS = tuple(_C["aside_part_openers"])
_ASIDE_OPENING_REACH = 8  # a few spaces and the longest opener


def _part_in_aside(r: ArticleCues, num: NumberMention, inner: tuple[int, int], fits) -> Measure | None:
    """The row of the figure right before the parentheses `inner` lies in, when they open with a
    word of parts (含, 其中) and `num` is a part of it: 复工企业达1427家（含规上企业356家） (cues.json
    _aside_part_openers); else None."""
    # a window at the opening, not the whole aside up to the figure: a long list inside stays linear
    if not r.text[inner[0]:min(num.start, inner[0] + _ASIDE_OPENING_REACH)].lstrip().startswith(_ASIDE_PART_OPENERS):
        return None
    row = r.last_row_before(inner[0])
    if row is None or r.text[row.span_end:inner[0] - 1].strip() or not fits(row):
        return None  # 新增就业1200人（含…300人）: no row right before the parentheses
    return row


_FIGURE_ANAPHORS = tuple(_C["figure_anaphors"])


def _takes_up_a_figure(text: str, lo: int, pos: int) -> bool:
    """A word taking up a figure stated before (这一数字, 该比例) in text[lo:pos]: cues.json _figure_anaphors."""
    part = text[lo:pos]
    return ("这" in part or "该" in part or "此" in part) and any(w in part for w in _FIGURE_ANAPHORS)


_LABEL_MARKS = frozenset(_C["label_marks"])  # 复工率：97.5%: the mark that ends a label
_LABEL_AFTER_MARKS = ":："  # 98.5%：复工率: the mark after a figure that a label follows
_WORD_BEFORE = _on_re("_WORD_BEFORE", r"[\p{Han}A-Za-z]")


def _labelled_after(text: str, num: NumberMention, hi: int) -> bool:
    """The figure opens a line and the label after its colon names it (● 860万元：减免的房租):
    its own clause runs past the colon (ArticleCues.own_clause), and the naming word is the
    label's head, its last (减免的房租: 房租), as a noun phrase's head comes last. A dash after
    such a figure leads to its explanation the same way (96.4%——这是…规上工业企业的复工率)."""
    if hi > num.end + 1 and text[num.end:num.end + 1] in _LABEL_AFTER_MARKS:
        return True
    if text.startswith(_LABEL_AFTER_DASHES, num.end) and hi > num.end + 2 and _opens_its_line(text, num):
        return True
    return _cell_label_after(text, num, hi)


_CELL_LABEL_AFTER = _C["cell_label_after"]
_CELL_LABEL_AFTER_BARRED = re.compile(_CELL_LABEL_AFTER["barred"])


def _cell_label_after(text: str, num: NumberMention, hi: int) -> bool:
    """An infographic's figure written over its label, the two joined on one line by cleaning
    (1316家 / 累计复工企业 -> 1316家累计复工企业; clean.cell_layout): the figure opens its line, its
    clause runs to the line's end, and the rest of the line is a short label, no digit and no clause
    mark (cues.json cell_label_after): its head names the figure, as a label after a colon does."""
    if hi - num.end > _CELL_LABEL_AFTER["most"] or hi <= num.end or (hi < len(text) and text[hi] != "\n"):
        return False
    return _CELL_LABEL_AFTER_BARRED.search(text, num.end, hi) is None and _opens_its_line(text, num)


_LABEL_AFTER_DASHES = tuple(_C["label_after_dashes"])


def _opens_its_line(text: str, num: NumberMention) -> bool:
    """Nothing but a bullet, a bracket or a number stands before the figure on its line (● 98.5%, 【6000万元】)."""
    return _WORD_BEFORE.search(text, text.rfind("\n", 0, num.start) + 1, num.start) is None


def _glosses(text: str, inner: tuple[int, int], num: NumberMention) -> bool:
    """The figure is alone in its parentheses, glossing the name before them (江岸区（96%）)."""
    return not text[inner[0]:num.start].strip() and not text[num.end:inner[1]].strip()


_SPOKEN_FILLERS = frozenset(_C["spoken_fillers"])


def _bare_head(r: ArticleCues, index: CueIndex, num: NumberMention, clause, sentence,
               heading_words: dict[str, tuple[str | None, str]] | None = None,
               heading_form: CueForm | None = None) -> Cue | None:
    """The cue of a head clause that states no figure of its own, right before the figure's
    clause (复工企业中，规上工业企业2563家、建筑业企业718家 / 复工率方面，规上企业95%), or ending the
    heading line of a list written line by line (_line_list_heading), looked up among
    `heading_words` (and words of `heading_form`) there: `index` holds only the sentences that state a figure."""
    earlier = r.number_near(num, -1)
    inner = r.aside(num.num_start, r.geo.clause_of(num.num_start))
    if (inner and not _glosses(r.text, inner, num)) or (earlier and earlier.start >= clause[0]):
        return None  # an aside, or not the list's first item (the items after it follow its row)
    prev = r.geo.previous_clause(clause, sentence)
    while prev is not None and r.text[prev[0]:prev[1]].strip() in _SPOKEN_FILLERS:
        prev = r.geo.previous_clause(prev, sentence)  # 产能恢复这块，嗯，平均在九成左右: a pause, no clause
    if prev is None and heading_words is not None:
        prev = _line_list_heading(r, num, clause)
        if prev is not None:
            index = CueIndex.of(r.text, heading_words, _C["neutral"], [prev], heading_form)
    if prev is None or r.count_between(None, *prev) or not (
            r.text[prev[1]:prev[1] + 1] in _LABEL_MARKS
            or _LIST_OPENER.search(r.text, max(prev[0], prev[1] - 4), prev[1])):
        return None
    return index.last_before(prev[0], prev[1])


_RATE_WORDS = {word: cue for word, cue in PERCENT_WORDS.items() if cue[1] == "rate"}
_LIST_LINE_MOST = 40  # characters of a line listing one place's figures (海门区 96.2% / 1. 慈溪市 98.5%)
_LIST_LINES_MOST = 40  # lines of such a list looked through up to its heading
_LABEL_MARK_ENDS = tuple(_LABEL_MARKS)
_LIST_OPENER_WORDS = tuple(_C["list_openers"])


def _line_list_heading(r: ArticleCues, num: NumberMention, clause) -> tuple[int, int] | None:
    """The last clause of the heading line of a list written line by line (各县市规上工业企业复工率
    如下： / 海门区 96.2% / 启东市 95.1%), when the figure's clause opens its line and every line from
    the heading to the figure's is a short line of figures: the heading's cue names each item's
    figure, as a cue stated once governs the list after it in a sentence (SPEC §4). None otherwise."""
    text = r.text
    start = text.rfind("\n", 0, num.start) + 1
    if clause[0] > start + 4 or not 0 < start:
        return None  # the figure's clause is not the line's first (a bullet or a number may open it)
    for _ in range(_LIST_LINES_MOST):
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].rstrip()
        if line.endswith(_LABEL_MARK_ENDS) or line.endswith(_LIST_OPENER_WORDS):
            heading = r.geo.clause_of(start + len(line) - 1)
            return heading[0], start + len(line) - (1 if line.endswith(_LABEL_MARK_ENDS) else 0)
        if not line or len(line) > _LIST_LINE_MOST or "。" in line or r.count_between(None, start, end) == 0:
            return None
        if start == 0:
            return None
    return None


def _respective_cue(r: ArticleCues, index: CueIndex, num: NumberMention, clause) -> Cue | None:
    """The name a figure pairs with in a list written with 分别 (复工率、产能恢复率分别为98%、85% /
    发放贷款和担保金额分别为4.2亿元、1.1亿元): the names before 分别 in the clause, after its last
    figure there, and the figures of the figure's unit after 分别, paired in order when they are
    as many. A compound (贷款贴息) is one name, its head; a single name leaves it to the scopes after."""
    if not r.respectively_written:
        return None  # most texts: no 分别 anywhere, no clause searched for one (per figure: 5 finds)
    lo, hi = clause
    at = find_respectively(r.text, lo, num.start)
    if at < 0:
        return None
    i = bisect.bisect_left(r.number_starts, at) - 1
    start = max(lo, r.numbers[i].end) if i >= 0 and r.numbers[i].start >= lo else lo
    names: list[Cue] = []
    cue = index.first_after(start, at)
    while cue is not None:
        if names and names[-1].end == cue.start:
            names[-1] = cue  # 贷款贴息: the head names the compound
        else:
            names.append(cue)
        cue = index.first_after(cue.end, at)
    names = _listed_names(r.text, names)
    n_figures = r.count_between(num.unit, at, hi)
    if len(names) < 2 or len(names) != n_figures:
        return None
    return names[r.count_between(num.unit, at, num.start)]


def _listed_names(text: str, names: list[Cue]) -> list[Cue]:
    """The names that make the list 分别 pairs: the last before it and each one joined to the next by
    a list separator (复工率、达产率; 贷款和担保金额). A name earlier in the clause with no separator to
    the list is no member: a transcript loses its pauses, and one unpunctuated clause then runs
    from 赶制订单 over the places to 复工率分别达到…, which has one name, not two."""
    k = len(names) - 1
    while k > 0 and any(sep in text[names[k - 1].end:names[k].start] for sep in LIST_SEPARATORS):
        k -= 1
    return names[k:]


# The trace a unit decided by the recipient leaves on a row's rule (_given_to_person_class): no cue.
_PERSON_CLASS_TRACE = ">person_class"


def _cue_of(rule: str) -> str:
    return rule.removesuffix(_PERSON_CLASS_TRACE).rsplit(":", 1)[-1].split(">")[-1]


_SHARE_BACK = _C["share_back_after_count"]
_SHARE_BACK_BETWEEN = tuple(sorted(_SHARE_BACK["between"], key=len, reverse=True))
_BACK_CUES = {category: tuple(_C["categories"][category]["count"]["cues"]) for category in _SHARE_BACK["categories"]}


def _share_back_after_count(r: ArticleCues, num: NumberMention, clause, category: str, rule: str) -> bool:
    """A cue of the count's category (coming back), after the count in its clause, is followed right
    away by a share (200多名员工已返岗9成): the count is the whole the share is of (cues.json
    _share_back_after_count)."""
    if not rule.startswith("count:clause_after:"):
        return False
    share = r.number_near(num, 1)
    if share is None or share.kind != "percent" or share.start >= clause[1]:
        return False
    cues = _BACK_CUES[category]
    return any(r.text.endswith(cues, num.end, share.start - len(w)) for w in _SHARE_BACK_BETWEEN
               if r.text.endswith(w, num.end, share.start))


# --- money ----------------------------------------------------------------------------------------

_QUOTA_WORDS = frozenset(_C["quota_words"])


_BACKED_CREDIT = tuple(_C["quota_of_backed_credit"])  # cues.json _quota_of_backed_credit


def _measure_of_quota(r: ArticleCues, sentence, lo: int) -> Cue | None:
    """The measure a quota (额度) in the clause from `lo` is of: the naming word its sentence wrote
    before it, unless that word only says who qualifies (_in_a_condition); None for none."""
    named = _naming_before(r, r.money_naming, sentence[0], lo)
    if named is not None and r.text.endswith(_BACKED_CREDIT, 0, named.end):
        return None  # 提供风险补偿，单户额度…: the backing of loans, the quota a credit line
    return named if named is not None and not _in_a_condition(r, named) else None


def _in_a_condition(r: ArticleCues, cue: Cue) -> bool:
    """Whether `cue` stands in a clause opening with 对 and describing who with 的 after the cue
    (对已享受社保费减免的小微企业，…): the measure says who qualifies, it is not the one granted."""
    lo, hi = r.geo.clause_of(cue.start)
    return r.text[lo:cue.start].lstrip(" \t“\"").startswith("对") and "的" in r.text[cue.end:hi]


def _whole_of_share(r: ArticleCues, cue: Cue) -> bool:
    """The word is written right before 的 and a percentage (不超过合同金额的70%): it names the whole a
    share is taken of, not what the amounts after the share are, so a word out of scope there
    (合同金额) stops none of them; the naming word before it (贷款额度) still decides."""
    at = cue.end + 1
    if r.text[cue.end:at] != "的":
        return False
    i = bisect.bisect_left(r.number_starts, at)
    return i < len(r.numbers) and r.numbers[i].start == at and r.numbers[i].kind == "percent"


_POOL_DRAWN_FROM = _C["pool_drawn_from"]
# 对口支援资金, 专项资金, 纾困基金: words that name a pool money can be drawn from (cues.json _pool_drawn_from).
_POOL_WORDS = frozenset(_C["pool_earmarked"]["pools"])
_POOL_ENDS = tuple(_POOL_DRAWN_FROM["pool_ends"])


def _pool_drawn_from(text: str, cue: Cue, lo: int) -> bool:
    """Whether `cue` names a pool an amount is drawn from, 从 before it in its clause and 中 right
    after it (从对口支援资金中安排600万元: cues.json _pool_drawn_from): the money's source, not its name.
    Only a pool (资金, 基金) and not the 中 of 中小企业 (从3月份起累计补贴中小企业500万元: a payment)."""
    return (cue.word in _POOL_WORDS or cue.word.endswith(_POOL_ENDS)) \
        and text.startswith(tuple(_POOL_DRAWN_FROM["after"]), cue.end) \
        and not text.startswith(tuple(_POOL_DRAWN_FROM["not_after"]), cue.end) \
        and any(text.rfind(w, lo, cue.start) >= 0 for w in _POOL_DRAWN_FROM["before"])


def _naming_before(r: ArticleCues, index: CueIndex, lo: int, pos: int) -> Cue | None:
    """The last word of `index` in [lo, pos), looking past a word out of scope that is only the whole
    of a share (贷款额度最高可达合同金额的80%，单户最高1000万元: 贷款额度 names the cap)."""
    cue = index.last_before(lo, pos)
    if cue is not None and cue.role == BLOCKER and _whole_of_share(r, cue):
        return index.last_before(lo, cue.start)
    if cue is not None and cue.role == BLOCKER and _level_moved_to(r.text, cue, lo, pos):
        return index.last_before(lo, cue.start)  # 减免额由3.9亿元下降至0.6亿元: 下降 moves the level, no growth
    return cue


# 下降至, 增长到: a word out of scope (a growth's 下降, 增长) opening a word of a level moved to (cues.json
# change_down, change_to); with 由/从 before it in its clause the figure after it is the new level.
_LEVEL_MOVED_TO = frozenset(_C["change_down"] + _C["change_to"])


def _level_moved_to(text: str, cue: Cue, lo: int, pos: int) -> bool:
    """Whether a blocker is only the start of a word of a level moved to, right before the figure, in a
    clause that names the level it moved from (由上年的3.9亿元下降至0.6亿元): the figure is the new
    level, named by the word before (cues.json _change_down), not a growth (SPEC §4 out of scope)."""
    return text[cue.start:pos] in _LEVEL_MOVED_TO and _CHANGE_FROM.search(text, lo, cue.start) is not None


_SAVING_TOLD = _C["saving_told_by_firm"]
_FIRM_INTERNAL_WORDS = frozenset(_C["firm_internal"])
# 我们公司 + 一共 + 省下了 + the amount: a firm saying what it saved (cues.json _saving_told_by_firm).
_SAVING_TOLD_GAP = re.compile(
    rf"(?:{alternation(_SAVING_TOLD['adverbs'])}){{0,2}}(?:{alternation(_SAVING_TOLD['verbs'])})")


def _saving_told_by_firm(text: str, cue: Cue, num: NumberMention) -> bool:
    """A firm-internal word that is only the subject of a verb of saving right before the amount
    (我们公司一共省下了9.5万元): the firm's saving from a relief, not its own spending."""
    return cue.role == BLOCKER and cue.word in _FIRM_INTERNAL_WORDS \
        and _SAVING_TOLD_GAP.fullmatch(text, cue.end, num.start) is not None


def _recipients_clause(r: ArticleCues, cue: Cue) -> tuple[int, int] | None:
    """The clause holding `cue` when it only says who a support is for: it opens with the 对 of a
    condition, states no figure and ends with 的 and those it defines (对受疫情影响暂时生产经营困难
    的中小微企业): a word in it (生产) describes the recipients, it names no amount; else None."""
    clause = r.geo.clause_of(cue.start)
    opens = clause[0] + len(r.text[clause[0]:clause[1]]) - len(r.text[clause[0]:clause[1]].lstrip())
    if not _CONDITION_OPENER.match(r.text, opens) or r.count_between(None, clause[0], clause[1]):
        return None
    defined = None
    for defined in _THRESHOLD.finditer(r.text, cue.end, clause[1]):
        pass
    return clause if defined is not None and not r.text[defined.end():clause[1]].strip() else None


_BORROW_VERBS = tuple(_C["borrow_verbs"]["verbs"])
_BORROWED = frozenset(_C["borrow_verbs"]["categories"])


_LENT_COUNTED = _C["lent_in_counted_items"]
# 已发放15笔285万元: a verb of lending and a count of loans right before the amount (cues.json _lent_in_counted_items).
_LENT_IN_ITEMS = _on_re("_LENT_IN_ITEMS",
    rf"(?:{alternation(_LENT_COUNTED['verbs'])})[{_LENT_COUNTED['between']}]{{0,2}}"
    rf"[0-9零〇一二两三四五六七八九十百千万]{{1,6}}(?:{alternation(_LENT_COUNTED['counters'])})$")
_LENT_IN_ITEMS_REACH = 2 + 2 + 6 + max(map(len, _LENT_COUNTED["counters"])) + max(map(len, _LENT_COUNTED["verbs"]))


def _lent_in_counted_items(text: str, lo: int, num: NumberMention) -> bool:
    """Whether a verb of lending and a count of loans (发放15笔) stand right before the amount in its clause."""
    if "笔" not in text[max(lo, num.start - 2):num.start]:
        return False  # most amounts: no counter right before them
    return _LENT_IN_ITEMS.search(text, max(lo, num.start - _LENT_IN_ITEMS_REACH), num.start) is not None


def _borrowed_before(r: ArticleCues, lo: int, pos: int) -> Cue | None:
    """The last naming word of a borrowed category (a loan, a guaranteed loan) in [lo, pos): what an
    amount one may borrow (可贷) is of, past words of other measures (cues.json _borrow_verbs)."""
    found = (r.money_by_category[category].last_before(lo, pos) for category in _BORROWED)
    return max(filter(None, found), key=attrgetter("start"), default=None)


_TERMS = _C["terms_of_product"]
_BARE_LOANS = frozenset(_TERMS["bare_loan"])
_KIND_BEFORE_NAME = tuple(sorted(_TERMS["kind_before_name"], key=len, reverse=True))  # longest link first
_NAME_OPENS = _TERMS["name_opens"]
_NAME_MOST = _TERMS["name_most"]


def _kind_of_named(r: ArticleCues, cue: Cue) -> Cue:
    """The borrowed naming word right before a product's quoted name that `cue` ends (创业担保贷款产品
    “戎创贷”: the guaranteed loan, not the name's 贷), as the name is an instance of that kind; else `cue`."""
    if r.text[cue.end - 1:cue.end] not in _CLOSING_QUOTES:
        return cue
    opened = max(r.text.rfind(q, max(0, cue.start - _NAME_MOST), cue.start) for q in _NAME_OPENS)
    if opened < 0:
        return cue
    for link in _KIND_BEFORE_NAME:
        if r.text.endswith(link, 0, opened):
            kind = _borrowed_before(r, max(0, opened - len(link) - _NAME_MOST), opened - len(link))
            if kind is not None and kind.end == opened - len(link):
                return kind
    return cue


def _term_of_product(r: ArticleCues, num: NumberMention, clause, sentence, pos: int) -> Cue | None:
    """The borrowed product whose terms a cap or an amount one may apply for or borrow states (最高,
    最高可达, 可申请, 可贷): the last loan or guaranteed loan named before `pos` in its sentence or the sentence
    before, within its paragraph (…推出创业担保贷款产品“戎创贷”。按照政策，每人最高可申请30万元);
    None for another figure or none named (cues.json _terms_of_product)."""
    before = r.text[clause[0]:num.start]
    if num.qualifier != "at_most" and not any(w in before for w in _CAP_WORDS + _MAY_GET + _BORROW_VERBS):
        return None
    lo = max(r.paragraph_start(sentence[0]), r.geo.sentence_before(sentence)[0])
    opens_paragraph = lo == sentence[0] and _opens_paragraph(r, sentence)
    # …兑付创业担保贷款贴息资金1326万元。/ “对符合条件的个人，最高可申请20万元…”: a paragraph that
    # opens with terms naming no product goes on with the product the paragraph before ended on.
    named = _borrowed_before(r, r.geo.sentence_before(sentence)[0] if opens_paragraph else lo, pos)
    if named is None and lo == sentence[0] and (heading := _numbered_heading_over(r, sentence)) is not None:
        named = _borrowed_in_heading(r, heading, sentence[0] - 1)  # 一、创业担保贷款 / 个人最高可申请20万元
    return named and _kind_of_named(r, named)


def _opens_paragraph(r: ArticleCues, sentence) -> bool:
    """Whether `sentence` is the first of its paragraph (line) and a sentence with text stands before it."""
    return r.paragraph_start(sentence[0]) == sentence[0] > 0 and r.geo.sentence_before(sentence) != sentence


_HEADING = _TERMS["heading"]
# 一、创业担保贷款 / （二）担保贷款 / 3.创业担保贷款: a number of a list, then a few words alone on the line.
_NUMBERED_HEADING = _on_re("_NUMBERED_HEADING",
    rf"(?:{'|'.join(_HEADING['numbered'])})[\p{{Han}}]{{{_HEADING['title_least']},{_HEADING['title_most']}}}")


def _numbered_heading_over(r: ArticleCues, sentence) -> int | None:
    """Where the short numbered sub-headline on the line right above starts, when the sentence opens
    the first line under it (cues.json _terms_of_product heading); else None."""
    start = sentence[0]
    if start < 1 or r.text[start - 1] != "\n":
        return None
    heading = r.paragraph_start(start - 1)
    return heading if _NUMBERED_HEADING.fullmatch(r.text, heading, start - 1) else None


def _borrowed_in_heading(r: ArticleCues, lo: int, hi: int) -> Cue | None:
    """_borrowed_before in a heading's line [lo, hi): scanned on its own, as the heading holds no
    figure and the cue indexes hold only the lines with one (ArticleCues.money_by_category)."""
    index = r.index(MONEY_WORDS, _C["neutral"], [(lo, hi)])
    found = (index.where(lambda c, cat=cat: c.category == cat and c.role == "money").last_before(lo, hi)
             for cat in _BORROWED)
    return max(filter(None, found), key=attrgetter("start"), default=None)


def _guaranteed_term(r: ArticleCues, cue: Cue, num: NumberMention, clause, sentence) -> Cue | None:
    """A bare loan word (贷款总额最高可达150万元) deciding a term of the guaranteed loan its sentence or
    the sentence before named: that guaranteed loan (cues.json _terms_of_product); else None."""
    if cue.word not in _BARE_LOANS:
        return None
    product = _term_of_product(r, num, clause, sentence, cue.start)
    return product if product is not None and product.category == "guarantee" else None


_PRODUCT_NAMED_BACK = tuple(_GUARANTEED_PRODUCT["named_back"])
_PRODUCT_NAMED_BACK_WORD = literal_scanner(_PRODUCT_NAMED_BACK)


def _guaranteed_product_named_back(r: ArticleCues, cue: Cue, num: NumberMention, clause) -> Cue | None:
    """A bare loan word deciding an amount whose clause points back to a product before it (通过该产品获得
    贷款3200万元): the quoted product named last before the clause, in its paragraph, when it is a guaranteed one
    (推出“园区担保贷”…。…通过该产品获得贷款…: cues.json _guaranteed_product named_back); else None."""
    if cue.word not in _BARE_LOANS or cue.start > num.start \
            or _PRODUCT_NAMED_BACK_WORD.search(r.text, clause[0], cue.start) is None:
        return None
    lo = r.paragraph_start(clause[0])  # the paragraph is a line holding a figure: its cues are all indexed
    found = (r.money_by_category[category].where(lambda c: c.word in _QUOTED_LOAN_ENDS).last_before(lo, clause[0])
             for category in _BORROWED)  # a product's name, not the 担保 of 担保费
    product = max(filter(None, found), key=attrgetter("start"), default=None)
    return product if product is not None and product.category == _GUARANTEED_PRODUCT["category"] else None


def _money_cue(r: ArticleCues, scope: str, num: NumberMention, clause, sentence):
    """(cue, row continued) found in one scope for an amount, or None."""
    lo, hi = clause
    if scope == "respectively":
        return _respective_cue(r, r.money_naming, num, clause), None
    if scope == "cap_of_share":
        return None, _share_capped(r, num, clause) or _share_capped_next_clause(r, num, clause, sentence)
    if scope in ("head_after", "clause_after") and _applied_for_after(r, num, lo, hi):
        return None, None  # 可按每人不超过20万元、总额不超过110万元申请: what one may apply for
    if scope == "head_after":
        if (product := _loan_product_after(r, num, hi)) is not None:
            return _guarantor_of(r, num, lo, product) or product, None  # 1500万元的‘边贸贷’
        first = r.money_naming.first_after(num.end, hi)
        if (first and first.start - num.end <= _HEAD_GAP_MOST and _HEAD_GAP.fullmatch(r.text, num.end, first.start)
                and not _blocks_head(r.text, num.end, first)
                and not (first.role == BLOCKER and r.text.endswith(_FILLS, num.end, first.start))):
            head = _head_after(r.money_naming, num.end, hi, r.text)
            return _guarantor_of(r, num, lo, head) or head, None
        if (own := _list_member_head(r, num, lo, hi)) is not None:
            return own, None  # 15万元创业担保贷款和5000元一次性创业补贴: the later member names its own
        return _fare_made_up(r.text, num, lo, hi), None
    if scope == "clause_before":
        if (product := _loan_product_before(r.text, num, lo)) is not None:
            return product, None  # 通过台企贷拿到1500万元: the product obtained, right before the amount
        cue = _naming_before(r, r.money_naming, lo, num.start)
        if cue is not None and _saving_told_by_firm(r.text, cue, num):
            return None, None  # 我们公司省下了9.5万元: the relief named before it names the amount
        while cue is not None and _names_goods_makers(r.text, cue, num.start):
            cue = _naming_before(r, r.money_naming, lo, cue.start)  # 向防疫物资生产企业发放63万元: whom it goes to
        if cue is not None and (grant := _grant_paying_for_goods(r, cue, lo)) is not None:
            cue = grant  # 补助防疫物资费用3000元: the goods are what the grant pays for
        if cue is not None and _tally_apart_unnamed(r.text, cue, num, sentence):
            # 就少缴费用: the word the link hid; 享受减税…就少缴税款: else the word before names it
            cue = _firms_relief_past_link(r, cue, num, clause) or _naming_before(r, r.money_naming, lo, cue.start)
        if cue is not None and cue.word in _REQUEST_SET and _MAY_APPLY_TO.search(r.text, lo, cue.start):
            return None, None  # 企业可向银行申请最高70万元的“抗疫贷”: what one may get, as after 可申请
        if cue is not None and cue.role == BLOCKER and (kind := _kinds_listed_before_money(r, cue, num, lo)) is not None:
            cue = kind  # 专项再贷款、纾困贷款等低成本资金23.6亿元: the kinds listed, not the cost
        if cue is not None and cue.role == BLOCKER and _grades_the_giving(r, cue, num, lo):
            return None, None  # 按损失程度给予5万元至20万元的补助: the yardstick, the word after names it
        if cue is not None and _pool_drawn_from(r.text, cue, lo):
            return None, None  # 从对口支援资金中安排600万元，为…发放稳岗补贴: the pool is the source
        return _relief_of_fee(r, cue, lo) or cue, None
    if scope == "sum_label":
        return _named_before_sum_label(r, num, clause, sentence), None
    if scope == "share_sum":
        return None, _share_summed(r, num, clause, sentence)
    if scope == "purpose":
        m = _PURPOSE.match(r.text, num.end, hi)
        if m is None and r.text[num.end:num.end + 1] in _CLOSING_BRACKETS and num.end < sentence[1]:
            hi = r.geo.clause_of(num.end + 1)[1]  # 其中三分之一（约600万元）用于贷款贴息: the figure glosses
            m = _PURPOSE.match(r.text, num.end + 1, hi)  # what comes before it, the purpose follows
        if m is None and (hi - num.end <= 1 or _only_object_after(r.text, num, hi)) and hi < sentence[1]:
            nxt = r.geo.clause_of(hi + 1)  # 拿出3000万元(资金)，专项用于稳岗补贴
            m = _PURPOSE.match(r.text, nxt[0], nxt[1])
            hi = nxt[1]
        return (r.money_naming.last_before(m.end(), hi) if m else None), None
    if scope == "clause_after":
        if _labelled_after(r.text, num, hi):
            return r.money_naming.last_before(num.end, hi), None  # 1.2亿元：累计兑现的惠企资金
        return _granted_after(r, num, hi) or _head_after(r.money_naming, num.end, hi, r.text), None
    if scope == "verb_before":
        return _spoken_grant(r.text, num, clause) or _spoken_grant_of_clause_before(r, num, clause, sentence), None
    if scope == "verb_repeated":
        return _lending_said_again(r, num, clause), None
    if scope == "refund_said_again":
        return None, _refund_said_again(r, num, clause, sentence)
    if scope == "paid_out":
        return _paid_out_to_firms(r, num, clause), None
    if scope == "item_heading":
        return _kind_of_label_heading(r, num) or _kind_of_item_heading(r, num) \
            or _kind_of_item_title(r, num), None
    if scope == "part_of_whole":
        if not _in_qizhong_part(r, clause, sentence):
            return None, None
        weaker = r.money_context.last_before(lo, num.start) if r.money_context.cues else None
        if weaker is not None and not any(w in r.text[weaker.end:num.start] for w in _PAYER_VERBS):
            return None, None  # 其中，财政支持超100亿元: the weaker word names the part's kind (cues.json _part_of_whole_payer_verbs)
        # 补贴共4860万元，其中市财政承担2430万元: the payer says who bears the part, the whole what it is
        return None, _list_head(r, num, clause, sentence, lambda row: num.unit in BLOCKS[row.category]["units"])
    if scope == "context":
        context = r.money_context  # most texts have none: not looked up
        cue = context.cues and (context.last_before(lo, num.start) or context.first_after(num.end, hi)) or None
        if cue is not None and cue.word in _QUOTA_WORDS:
            named = _measure_of_quota(r, sentence, lo)
            if named is not None and named.category is not None and named.category != cue.category:
                # 创新券主要用于…，每家企业申领额度不超过30万元: a quota (额度) is the measure's the
                # sentence named before it, which the sentence scope reads; it names a credit line
                # only where the sentence names no measure (cues.json _quota_words).
                return None, None
        return cue, None
    if scope == "list_head":
        if _names_cost_paid(r.text, clause[0], num.start):
            return None, None  # 获得银行贷款8400万元，实际支付利息250.35万元: what the firms paid
        if _spoken_by_private_payer(r.text, num, clause[0]):
            return None, None  # 区里补了我30万元，老板补了我们1000元: the boss's own money
        row = _list_head(r, num, clause, sentence, lambda row: num.unit in BLOCKS[row.category]["units"])
        if row is not None and (_deposit_of_its_own(r.text, max(clause[0], row.span_end), num.start, row.category)
                                or _deposit_sized(r.text, num, hi, row.category)):
            return None, None  # 发放贷款6.7亿元，并退还农民工工资保证金2100万元: a deposit, no loan
        return None, row
    if scope == "sentence":
        if _names_cost_paid(r.text, clause[0], num.start) or _spoken_by_private_payer(r.text, num, clause[0]):
            return None, None  # 获得银行贷款8400万元，实际支付利息250.35万元: what the firms paid; 老板补了我们1000元
        cue = _naming_before(r, r.money, sentence[0], lo)
        while cue is not None and _closes_applied_terms(r, cue):
            # 可按每人不超过20万元、总额不超过110万元申请；小微企业，最高可申请300万元: the request
            # closes the terms of its own clause and blocks no later clause
            cue = _naming_before(r, r.money, sentence[0], cue.start)
        if cue is not None and r.text.startswith(_OWN_HEAD_AFTER_LINKS, num.end) and _in_label_after_figure(r.text, cue.start):
            return None, None  # …27.6亿元的“战疫贷”，到…2000万元的“稳岗包”: each names its own (cues.json _own_head_after)
        if cue is not None and cue.role == BLOCKER and (recipients := _recipients_clause(r, cue)) is not None:
            # 发放留工培训补助，对暂时生产经营困难的中小微企业，按每名职工500元的标准发放: the
            # blocker only describes who gets it; the word before that clause names the amount.
            cue = _naming_before(r, r.money, sentence[0], recipients[0])
        if cue is not None and (_deposit_after_cue(r, cue, min(lo, cue.end), num, sentence)
                                or _deposit_sized(r.text, num, hi, cue.category)):
            # 发放贷款6.7亿元，并退还农民工工资保证金2100万元: a deposit, no loan; 以银行保函替代现金保证金，
            # 释放资金…: a deposit named after the cue, nearer the amount, is what the amount is
            return None, None
        if cue is not None and cue.category not in _BORROWED and any(w in r.text[lo:num.start] for w in _BORROW_VERBS):
            cue = _borrowed_before(r, sentence[0], lo)  # …创业担保贷款3120万元，扶持创业386人，每人最高可贷20万元
        elif cue is not None and cue.category not in _BORROWED and _lent_in_counted_items(r.text, lo, num):
            cue = _borrowed_before(r, sentence[0], lo) or cue  # 创业担保贷款…，由县财政全额贴息，已发放15笔285万元
        if cue is not None and cue.word in _QUOTA_WORDS:
            # 创新券…申领额度…；…额度可提高至50万元: a quota is the measure's the sentence named
            # before it (cues.json _quota_words).
            cue = _measure_of_quota(r, sentence, lo) or cue
        return cue, None
    if scope == "set_aside":
        return _set_aside_for(r, num, clause, sentence), None
    if scope == "sentence_after":
        return _cap_before_measure(r, num, clause, sentence), None
    if scope == "question":
        return _named_by_question(r, num), None
    if scope == "poster_item":
        return _named_up_the_poster_item(r, num), None
    if scope == "terms_before":
        return _term_of_product(r, num, clause, sentence, num.start), None
    raise ValueError(f"unknown money scope {scope}")


_VERB_REPEATED = _C["verb_repeated"]
_REPEATED_VERBS = tuple(_VERB_REPEATED["verbs"])
# 投放1.96亿元, 投放了三千万元, 投放额…: the verb followed by a figure or a word of its sum, no object named.
_BARE_VERB_NEXT = _on_re("_BARE_VERB_NEXT",
    rf"了?(?:[0-9零〇一二三四五六七八九十百千两]|{alternation(_VERB_REPEATED['bare_after'])})")
_OBJECT_REACH = _VERB_REPEATED["object_most"] + 8  # the object's gap and its naming word


_SUM_LABEL = _C["sum_label"]
# 金额1200万元, 总额为3000万元: a clause that is only a label of a sum and the amount (cues.json _sum_label).
_SUM_LABEL_ONLY = re.compile(rf"(?:{alternation(_SUM_LABEL['labels'])})(?:{alternation(_SUM_LABEL['links'])})?")
_BATCH_OPENING = re.compile(_SUM_LABEL["batch"])


def _named_before_sum_label(r: ArticleCues, num: NumberMention, clause, sentence) -> Cue | None:
    """For an amount whose clause is only a label of a sum (第一批纾困资金于3月下旬拨付，金额1200万元),
    the naming word of the clause before, the money the label sums; when that clause names none but
    opens a later batch (第二批于5月上旬拨付，金额…), the word of the clause naming an earlier batch
    in the sentence. None when the clause is no label's or nothing before names the money."""
    approved = _APPROVED_LABEL.fullmatch(r.text, clause[0], num.start) is not None
    if not approved and not _SUM_LABEL_ONLY.fullmatch(r.text, clause[0], num.start):
        return _named_by_other_batch(r, num, sentence)
    prev = r.geo.previous_clause(clause, sentence)
    if prev is None:
        return None
    cue = _naming_before(r, r.money_naming, prev[0], prev[1])
    if approved:
        # 已有600余户商户申请，获批金额1.1亿元: what the sentence before offered was applied for
        return _applied_for_before(r, sentence) if cue is not None and cue.word in _REQUEST_SET else None
    if cue is not None or not _BATCH_OPENING.match(r.text, prev[0]):
        return cue
    while (prev := r.geo.previous_clause(prev, sentence)) is not None:
        if _BATCH_OPENING.search(r.text, prev[0], prev[1]):  # 灵山县第一批纾困资金…: the batch its subject names
            return _naming_before(r, r.money_naming, prev[0], prev[1])
    return None


# 获批金额1.1亿元, 获批8000万元: an approval labelling the amount (cues.json _sum_label approved).
_APPROVED_LABEL = re.compile(rf"(?:{alternation(_SUM_LABEL['approved'])})(?:{alternation(_SUM_LABEL['labels'])})?"
                             rf"(?:{alternation(_SUM_LABEL['links'])})?")


def _applied_for_before(r: ArticleCues, sentence) -> Cue | None:
    """The first naming word of the sentence before `sentence` in its paragraph (…推出“商户快贷”…):
    the measure applied for, which an approved amount after the applying sums; None for a
    paragraph's first sentence; blockers there (融资需求) name no offer and are passed over."""
    if sentence[0] <= r.geo.paragraph_of(sentence[0])[0]:
        return None
    before = r.geo.sentence_before(sentence)
    cue = r.money_naming.first_after(before[0], before[1])
    while cue is not None and cue.role == BLOCKER:  # 针对…的融资需求，推出“商户快贷”: the need is no offer
        cue = r.money_naming.first_after(cue.end, before[1])
    return cue


# 第一批3315万元, 首批860万元: a batch named right before its amount (cues.json _sum_label batch_before_amount).
_BATCH_BEFORE_AMOUNT = re.compile(rf"(?:{_SUM_LABEL['batch_before_amount']})$")
_BATCH_NAMED = re.compile(_SUM_LABEL["batch_before_amount"])


def _named_by_other_batch(r: ArticleCues, num: NumberMention, sentence) -> Cue | None:
    """For an amount right after a batch word that names no money (加上4月份拨付的第一批3315万元), the
    naming word right after another batch word in its sentence or the sentence before, in its paragraph
    (第二批援企稳岗资金5872万元): the batches are of one money (cues.json _sum_label)."""
    reach = _SUM_LABEL["batch_naming_most"]
    if not _BATCH_BEFORE_AMOUNT.search(r.text, max(sentence[0], num.start - reach), num.start):
        return None  # nearly every amount
    lo = sentence[0]
    if lo > r.geo.paragraph_of(num.start)[0]:
        lo = r.geo.sentence_of(lo - 1)[0]  # the sentence before, in the paragraph
    for batch in _BATCH_NAMED.finditer(r.text, lo, num.start - 1):
        cue = r.money_naming.first_after(batch.end(), num.start)
        if cue is not None and cue.start == batch.end():
            return cue  # 第二批援企稳岗资金: the money its batches are of
    return None


_KINDS_THEN_MONEY = _C["kinds_then_money"]
_LIST_MARKS = tuple(_KINDS_THEN_MONEY["list_marks"])
# 等 + what describes the money + 资金, ending right before the amount (cues.json _kinds_then_money).
_ETC_THEN_MONEY = _on_re("_ETC_THEN_MONEY",
    rf"(?:{alternation(_KINDS_THEN_MONEY['etc'])})[\p{{Han}}]{{0,{_KINDS_THEN_MONEY['modifier_most']}}}?"
    rf"(?:{alternation(_KINDS_THEN_MONEY['nouns'])})$")
_ETC_THEN_MONEY_REACH = max(map(len, _KINDS_THEN_MONEY["etc"])) + _KINDS_THEN_MONEY["modifier_most"] \
    + max(map(len, _KINDS_THEN_MONEY["nouns"]))


def _kinds_listed_before_money(r: ArticleCues, cue: Cue, num: NumberMention, lo: int) -> Cue | None:
    """The kind the last member of a list closed by 等 and a generic noun of money right before the
    amount names, when the blocking word is inside that noun's description (纾困贷款等低成本资金23.6亿元):
    the kinds name the money (cues.json _kinds_then_money); None otherwise."""
    m = _ETC_THEN_MONEY.search(r.text, max(lo, num.start - _ETC_THEN_MONEY_REACH), num.start)
    if m is None or cue.start < m.start():
        return None
    last_member = max(lo, *(r.text.rfind(mark, lo, m.start()) + 1 for mark in _LIST_MARKS))
    kind = r.money_naming.last_before(last_member, m.start())
    return kind if kind is not None and kind.role != BLOCKER and kind.category else None


_GRADED_BY = _C["graded_by"]
# 按 + the yardstick + 给予, ending right before the amount (cues.json _graded_by).
_GRADED_BY_THEN_GIVE = _on_re("_GRADED_BY_THEN_GIVE",
    rf"(?:{alternation(_GRADED_BY['opens'])})[^，,。；;：:]{{1,{_GRADED_BY['most']}}}?(?:{alternation(_GRADED_BY['give'])})$")
_GRADED_BY_REACH = max(map(len, _GRADED_BY["opens"])) + _GRADED_BY["most"] + max(map(len, _GRADED_BY["give"]))


def _grades_the_giving(r: ArticleCues, cue: Cue, num: NumberMention, lo: int) -> bool:
    """The blocking word stands in a phrase of what the support right after it is graded by
    (按损失程度给予5万元至20万元…, before a range's lower bound for its upper one): the yardstick,
    not what the amount is (cues.json _graded_by)."""
    start = (_range_lower_bound(r, num) or num).start
    m = _GRADED_BY_THEN_GIVE.search(r.text, max(lo, start - _GRADED_BY_REACH), start)
    return m is not None and m.start() <= cue.start and cue.end <= m.end()


def _lending_said_again(r: ArticleCues, num: NumberMention, clause) -> Cue | None:
    """For an amount after a verb of lending with no object of its own in its clause (分别投放1.96亿元,
    投放额均超过5000万元), the naming word of the object the nearest earlier such verb names
    (投放纾困贷款6.18亿元), a loan or a guaranteed loan (cues.json _verb_repeated); None when the
    clause writes no bare verb, or the earlier verb names goods or no measure."""
    text = r.text
    verb_at = max(text.rfind(v, clause[0], num.start) for v in _REPEATED_VERBS)
    if verb_at < 0:
        return None  # nearly every amount
    end = verb_at + next(len(v) for v in _REPEATED_VERBS if text.startswith(v, verb_at))
    if num.start - end > _VERB_REPEATED["gap_most"] or (end < num.start and not _BARE_VERB_NEXT.match(text, end)) \
            or r.money_naming.first_after(end, num.start) is not None:
        return None  # 投放纾困贷款1亿元: the clause names its own object
    pos = verb_at
    while (pos := max(text.rfind(v, 0, pos) for v in _REPEATED_VERBS)) >= 0:
        after = pos + next(len(v) for v in _REPEATED_VERBS if text.startswith(v, pos))
        if _BARE_VERB_NEXT.match(text, after):
            continue  # 分别投放1.96亿元 before 投放额…: said again itself
        found = r.index(MONEY_WORDS, _C["neutral"], [(after, min(len(text), after + _OBJECT_REACH))])
        obj = next((c for c in found.cues if c.role in _MONEY_NAMING_ROLES), None)
        if obj is None or obj.start - after > _VERB_REPEATED["object_most"] or obj.category not in _BORROWED \
                or not _HAN_RUN.fullmatch(text, after, obj.start):
            return None  # 投放储备猪肉: goods put on the market, not lending
        return obj
    return None


_REFUND_AGAIN = _C["refund_said_again"]
# 户均返还2.5万元, 返还了860万元: a bare verb of refunding right before the amount (cues.json _refund_said_again).
_BARE_REFUND_VERBS = tuple(verb + link for verb in _REFUND_AGAIN["verbs"] for link in _REFUND_AGAIN["between"])
_REFUNDS_NAMED = tuple(_REFUND_AGAIN["refunds_named"])
_REFUND_AGAIN_NOT_OF = tuple(_REFUND_AGAIN["not_of"])


def _refund_said_again(r: ArticleCues, num: NumberMention, clause, sentence) -> Measure | None:
    """The row of a refund named with its object in the sentence before or earlier in this one
    (返还失业保险费2873万元), for an amount right after a bare verb of refunding (户均返还2.5万元) in a
    sentence that opens with 其中 or names that refund again (失业保险, 稳岗): the refund said again
    (cues.json _refund_said_again); None for nearly every amount."""
    text = r.text
    if not text.endswith(_BARE_REFUND_VERBS, clause[0], num.start):
        return None
    before = text[sentence[0]:num.start]
    if any(w in before for w in _REFUND_AGAIN_NOT_OF + _RECOVERED_BY):
        return None  # 返还投标保证金12万元, 责令返还8万元: a deposit given back, money taken back
    opens_part = _opens_with_qizhong(text, sentence[0])
    lo = r.geo.sentence_before(sentence)[0]
    i = bisect.bisect_left(r.row_starts, num.start) - 1
    for row in reversed(r.rows[max(0, i - _SHARE_SUM_ROWS_BACK):i + 1]):
        if row.span_start < lo:
            break
        cue = _cue_of(row.rule)
        if not any(verb in cue for verb in _REFUND_AGAIN["verbs"]) or num.unit not in BLOCKS[row.category]["units"] \
                or "refund_said_again" not in _SCOPES_OF[row.category]:
            continue
        if opens_part or any(w in cue and w in before for w in _REFUNDS_NAMED):
            return row
    return None


_LIST_MEMBER = _C["list_member_head"]
_MEMBER_JOINS = frozenset(_LIST_MEMBER["joins"])


def _list_member_head(r: ArticleCues, num: NumberMention, lo: int, hi: int) -> Cue | None:
    """For an amount right after a list member's naming word and a join (15万元创业担保贷款和5000元
    一次性创业补贴), the naming word after the amount, a few modifiers between, beyond the reach of a
    head right after it (cues.json _list_member_head): that word, not the member's before, names it;
    else None."""
    before = r.money_naming.last_before(lo, num.start)
    if before is None or r.text[before.end:num.start].strip() not in _MEMBER_JOINS:
        return None  # nearly every amount: no list member's word right before
    head = r.money_naming.first_after(num.end, hi)
    if head is None or head.start - num.end > _LIST_MEMBER["gap_most"] \
            or not _HAN_RUN.fullmatch(r.text, num.end, head.start) or _blocks_head(r.text, num.end, head):
        return None
    return _head_after(r.money_naming, num.end, hi, r.text)


_LOAN_PRODUCT = _C["loan_product_after"]
# 1500万元的‘边贸贷’ / 800万元的创业贷: a quoted name (的 optional) or a plain one after 的, ending in 贷.
_LOAN_PRODUCT_AFTER = _on_re("_LOAN_PRODUCT_AFTER",
    rf"(?:{_LOAN_PRODUCT['link']})?(?:{alternation(_LOAN_PRODUCT['opens'])})"
    rf"(?P<quoted>[\p{{Han}}A-Za-z0-9]{{1,{_LOAN_PRODUCT['name_most']}}}?{_LOAN_PRODUCT['end']})"
    rf"(?:{alternation(_LOAN_PRODUCT['closes'])})"
    rf"|{_LOAN_PRODUCT['link']}(?P<plain>[\p{{Han}}]{{{_LOAN_PRODUCT['plain_least']},{_LOAN_PRODUCT['name_most']}}}?"
    rf"{_LOAN_PRODUCT['end']})(?!{alternation(_LOAN_PRODUCT['not_after'])}|[\p{{Han}}])")
# A plain name ends its noun phrase: a Han character right after 贷 makes it a modifier of what follows
# (1亿元的应急转贷资金, 20亿元的转贷资金池: the pool's size, a fund), as 款 makes it 贷款.
_NOT_LOAN_PRODUCTS = tuple(_LOAN_PRODUCT["not_names"])
_LOAN_FALLS_DUE = tuple(_LOAN_PRODUCT["due_after"])


def _loan_product_after(r: ArticleCues, num: NumberMention, hi: int) -> Cue | None:
    """The loan product named right after an amount and 的 (对接到1500万元的‘边贸贷’), as the cue of a
    loan: the product sizes the amount, nearer than a word of another clause (cues.json
    _loan_product_after); None when none is named, when the name modifies a naming word right after it
    (“信用贷”风险补偿资金), names private borrowing (房贷) or a debt falling due (…的流动贷到期要还)."""
    m = _LOAN_PRODUCT_AFTER.match(r.text, num.end, hi)
    if m is None:
        return None
    name, head = m.lastgroup, r.money_naming.first_after(m.end(), hi)
    if r.text.endswith(_NOT_LOAN_PRODUCTS, m.start(name), m.end(name)) or (head is not None and head.start == m.end()) \
            or any(word in r.text[m.end():hi] for word in _LOAN_FALLS_DUE):
        return None
    return Cue(m.start(name), m.end(name), m.group(name), _LOAN_PRODUCT["category"], "money")


_PRODUCT_BEFORE = _C["loan_product_before"]
# 通过台企贷拿到 + 1500万元: a word of means, a plain name ending in 贷, a verb of obtaining, the amount.
_LOAN_PRODUCT_BEFORE = _on_re("_LOAN_PRODUCT_BEFORE",
    rf"(?:{alternation(_PRODUCT_BEFORE['means'])})"
    rf"(?P<plain>[\p{{Han}}]{{{_LOAN_PRODUCT['plain_least']},{_LOAN_PRODUCT['name_most']}}}?{_LOAN_PRODUCT['end']})"
    rf"(?:{alternation(_PRODUCT_BEFORE['verbs'])})$")
_PRODUCT_BEFORE_REACH = max(map(len, _PRODUCT_BEFORE["means"])) + _LOAN_PRODUCT["name_most"] + 1 \
    + max(map(len, _PRODUCT_BEFORE["verbs"]))
# 发放 + 科技贷 + 2.6亿元: a verb of lending, a plain name ending in 贷, the amount right after it.
_LOAN_PRODUCT_LENT = _on_re("_LOAN_PRODUCT_LENT",
    rf"(?:{alternation(_PRODUCT_BEFORE['lending_verbs'])})"
    rf"(?P<plain>[\p{{Han}}]{{{_LOAN_PRODUCT['plain_least']},{_LOAN_PRODUCT['name_most']}}}?{_LOAN_PRODUCT['end']})$")
_PRODUCT_LENT_REACH = max(map(len, _PRODUCT_BEFORE["lending_verbs"])) + _LOAN_PRODUCT["name_most"] + 1


def _loan_product_before(text: str, num: NumberMention, lo: int) -> Cue | None:
    """The loan product named after a word of means and right before a verb of obtaining the amount
    (通过台企贷拿到1500万元), or after a verb of lending and right before the amount (发放科技贷2.6亿元),
    as the cue of a loan (cues.json _loan_product_before); None when none is named or the name is
    private borrowing (房贷)."""
    m = _LOAN_PRODUCT_BEFORE.search(text, max(lo, num.start - _PRODUCT_BEFORE_REACH), num.start) \
        or _LOAN_PRODUCT_LENT.search(text, max(lo, num.start - _PRODUCT_LENT_REACH), num.start)
    if m is None or text.endswith(_NOT_LOAN_PRODUCTS, m.start("plain"), m.end("plain")):
        return None
    return Cue(m.start("plain"), m.end("plain"), m.group("plain"), _LOAN_PRODUCT["category"], "money")


_FARE_MADE_UP = _C["fare_made_up"]
# 给返岗的每个人补200元路费: a verb of making up right before the amount, a fare right after it.
_FARE_VERB_BEFORE = _on_re("_FARE_VERB_BEFORE",
    rf"(?:{alternation(_FARE_MADE_UP['verbs'])})了?$")
_FARE_AFTER = _on_re("_FARE_AFTER", rf"的?(?P<fare>{alternation(_FARE_MADE_UP['fares'])})")


def _fare_made_up(text: str, num: NumberMention, lo: int, hi: int) -> Cue | None:
    """The fare an amount pays for, as the cue of a subsidy, where a verb of making up stands right
    before the amount and the fare right after it (补200元路费: cues.json _fare_made_up)."""
    if not _FARE_VERB_BEFORE.search(text, max(lo, num.start - 3), num.start):
        return None
    m = _FARE_AFTER.match(text, num.end, hi)
    return m and Cue(m.start("fare"), m.end("fare"), m.group("fare"), _FARE_MADE_UP["category"], "money")


_QUESTION_ANSWER = _C["question_answer"]
_QUESTION_OPENS = _on_re("_QUESTION_OPENS", rf"(?:{alternation(_QUESTION_ANSWER['question_openers'])})[0-9]*[:：]", may_run_long=True)
_ANSWER_OPENS = _on_re("_ANSWER_OPENS", rf"(?:{alternation(_QUESTION_ANSWER['answer_openers'])})[0-9]*[:：]", may_run_long=True)


def _named_by_question(r: ArticleCues, num: NumberMention) -> Cue | None:
    """For an amount in an answer line (答：…, A：…), the last money naming word of the question
    line right before it (问：…？, Q1：…？): the answer states what the question asks for (问：补助标准
    是多少？ 答：按每名职工500元的标准发放), so its figure is the measure the question names
    (cues.json _question_answer). None elsewhere, and for a question naming no measure."""
    text = r.text
    line = r.geo.line_of(num.start)
    opened = _ANSWER_OPENS.match(text, line[0]) if line[0] > 0 else None
    if opened is None:
        return None  # nearly every figure: not in an answer
    begun = r.geo.sentence_of(num.start)[0]
    if begun > opened.end() and r.index(MONEY_WORDS, _C["neutral"], [(opened.end(), begun)]) \
            .of_roles(_MONEY_NAMING_ROLES).any_in(opened.end(), begun):
        return None  # 答：一是设立风险补偿资金。高新区出资3000万元…: the answer named its own topic before
    end = line[0] - 1
    while end > 0 and text[end - 1] in "\n \u3000":
        end -= 1  # blank lines between the question and its answer
    question = r.geo.line_of(max(end - 1, 0))
    asked = text[question[0]:question[1]].rstrip()
    if not asked.endswith(_QUESTION_MARKS) or not _QUESTION_OPENS.match(text, question[0]):
        return None
    cues = r.index(MONEY_WORDS, _C["neutral"], [question]).of_roles(_MONEY_NAMING_ROLES)
    return cues.last_before(question[0], question[1])


_POSTER_ITEM = _C["poster_item"]
# A line that ends a sentence or a clause somewhere in it: no line of a poster's item.
_POSTER_LINE_BARRED = re.compile(_POSTER_ITEM["barred"])
_POSTER_HEADING = re.compile(_POSTER_ITEM["heading"])
_DIGIT_RUN = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def _named_up_the_poster_item(r: ArticleCues, num: NumberMention) -> Cue | None:
    """For an amount on a poster's short line that names nothing (单户最高50万元, 每人800元), the
    last money naming word of the nearest line above it in the same item: the item's lines, short
    and with no clause mark, are one sentence the poster broke into lines (二、留工补助 / 对…企业 /
    按参保人数每人800元 / 单户最高50万元), up to its numbered heading at most (cues.json
    _poster_item). A line above that names something out of scope (总投资) stops the search, and
    lines with more than one figure are a table's rows, no poster's."""
    text = r.text
    if num.is_missing or num.value is None:
        return None  # 金额单位均为万元: a unit with no figure, no poster's amount
    line = r.geo.line_of(num.start)
    if line[1] - line[0] > _POSTER_ITEM["line_most"] or _POSTER_LINE_BARRED.search(text, line[0], line[1]) \
            or _DIGIT_RUN.search(text, line[0], num.start) or _DIGIT_RUN.search(text, num.end, line[1]):
        return None  # 合计8057万元18705万元: a table's row, no poster's line
    start = line[0]
    for _ in range(_POSTER_ITEM["lines_most"]):
        if start <= 0:
            return None
        above = r.geo.line_of(start - 1)
        if above[1] - above[0] > _POSTER_ITEM["line_most"] or above[1] <= above[0] \
                or _POSTER_LINE_BARRED.search(text, above[0], above[1]) \
                or len(_DIGIT_RUN.findall(text, above[0], above[1])) > 1:
            return None
        cue = r.index(MONEY_WORDS, _C["neutral"], [above]).last_before(above[0], above[1])
        if cue is not None:
            return None if cue.role == BLOCKER or cue.role not in _MONEY_NAMING_ROLES else cue
        if _POSTER_HEADING.match(text, above[0]):
            return None
        start = above[0]
    return None


_GUARANTEED_LOAN = _C["guaranteed_loan"]
_GUARANTEE_VERBS = tuple(_GUARANTEED_LOAN["verbs"])
_GUARANTEED_HEADS = frozenset(_GUARANTEED_LOAN["heads"])


def _guarantor_of(r: ArticleCues, num: NumberMention, lo: int, head: Cue | None) -> Cue | None:
    """The guarantee word right before an amount whose head names a loan (担保了三百万元贷款): the
    loan is what was guaranteed, so the guarantee decides (cues.json _guaranteed_loan); else None."""
    if head is None or head.category not in _GUARANTEED_HEADS or not r.text.endswith(_GUARANTEE_VERBS, lo, num.start):
        return None
    verb = r.money_naming.last_before(lo, num.start)
    return verb if verb is not None and verb.category == "guarantee" and verb.end >= num.start - 1 else None


_RELIEVED_FEE = _C["relieved_fee"]
_FEE_OF_CATEGORIES = frozenset(_RELIEVED_FEE["categories"])
_FEE_WORDS, _FEE_NOT = tuple(_RELIEVED_FEE["fee"]), tuple(_RELIEVED_FEE["fee_not"])


def _relief_of_fee(r: ArticleCues, cue: Cue | None, lo: int) -> Cue | None:
    """The word of relief before a fee named by `cue` and 费 (免收融资担保费2300万元: the fee is
    relieved, not guaranteed), in the clause from `lo` (cues.json _relieved_fee); else None."""
    if cue is None or cue.category not in _FEE_OF_CATEGORIES or not r.text.startswith(_FEE_WORDS, cue.end) \
            or r.text.startswith(_FEE_NOT, cue.end):
        return None
    relief = r.money_naming.last_before(lo, cue.start)
    return relief if relief is not None and relief.category == _RELIEVED_FEE["relief"] else None


def _share_capped(r: ArticleCues, num: NumberMention, clause) -> Measure | None:
    """The share row an amount caps: the share right before it in its clause, listed with it
    (贷款利息50%、最高30万元给予贴息, 投资额30%、单个企业最高200万元给予奖励): the cap of the same
    payment, whatever cost the words before the share name."""
    earlier = r.number_near(num, -1)
    if earlier is None or earlier.kind != "percent" or earlier.start < clause[0] \
            or num.start - earlier.end > _SHARE_CAP_GAP or not _COORDINATED.match(r.text, earlier.end):
        return None
    row = r.last_row_before(num.start)
    if row is None or row.span_end != earlier.end or not row.rule.startswith("share:"):
        return None
    return row


_SHARE_CAP_GAP = 8  # 、单个企业 / 、每家企业: the list mark and who the cap is for
_SHARE_CAP_WORDS = frozenset(_C["share_cap_next_clause"]["words"])
_SHARE_CAP_ANOTHER = tuple(_C["share_cap_next_clause"]["another"])
_PERSON_WORDS = tuple(_C["per_unit_markers"]["CNY/person"])  # 每人: paid per head, not a cap of a firm's share
_SHARE_CAP_ANOTHER_OR_PERSON = _SHARE_CAP_ANOTHER + _PERSON_WORDS


def _share_capped_next_clause(r: ArticleCues, num: NumberMention, clause, sentence) -> Measure | None:
    """The share row a cap in the next clause bounds (按支付利息的35%予以贴补，单户贴补不超过40万元):
    the share is the figure right before the cap, in the clause before it, and the cap's clause
    names its money only by the share's own generic verb (cues.json _share_cap_next_clause)."""
    earlier = r.number_near(num, -1)
    prev = r.geo.previous_clause(clause, sentence)
    if earlier is None or earlier.kind != "percent" or prev is None or not prev[0] <= earlier.start < prev[1]:
        return None
    if num.qualifier != "at_most" and r.markers["cap_words"].last_before(clause[0], num.start) is None:
        return None  # 另对新招员工每人补贴1000元: another payment, no cap
    if _word_before(r, _SHARE_CAP_ANOTHER_OR_PERSON, clause, num.start):
        return None  # 另对新招员工最高补贴3000元, 新招员工每人最高补贴2000元: a payment of its own
    row = r.last_row_before(num.start)
    if row is None or row.span_end != earlier.end or not row.rule.startswith("share:"):
        return None
    verb = row.rule.rsplit(":", 1)[-1].split(">")[0]  # the verb as written (补贴 of 补贴>贴息)
    if verb not in _SHARE_CAP_WORDS:
        return None
    first, last = r.money_naming.first_after(clause[0], clause[1]), r.money_naming.last_before(clause[0], clause[1])
    if first is None or first.word != verb or last.word != verb:
        return None  # the cap's clause names a payment of its own (最高贴息, 另给予奖励…)
    return row
_CLOSING_BRACKETS = ")）"
# 返还金额2.7亿元 / 返还总额达9800万元: a share verb, a noun of sum, links, then the amount.
_SHARE_SUM = _on_re("_SHARE_SUM",
    rf"(?P<verb>{alternation(list(SHARE_VERB_OF))})(?:{alternation(_C['share_sum']['nouns'])})"
    rf"(?:{alternation(_C['share_sum']['links'])}){{0,2}}$")
_SHARE_SUM_REACH = (max(map(len, SHARE_VERB_OF)) + max(map(len, _C["share_sum"]["nouns"]))
                    + 2 * max(map(len, _C["share_sum"]["links"])))
_RECOVERED_BY = tuple(_C["share_sum"]["recovered_by"])
_SHARE_SUM_ROWS_BACK = 8  # rows looked at before the amount, never the whole text


def _share_summed(r: ArticleCues, num: NumberMention, clause, sentence) -> Measure | None:
    """The share row whose measure an amount after its verb and a noun of sum totals (返还…失业保险费
    的50%，…，返还金额2.7亿元): a share of the category of that verb, in the amount's sentence or the
    sentence before (cues.json _share_sum); None without one (责令返还资金50万元)."""
    m = _SHARE_SUM.search(r.text, max(clause[0], num.start - _SHARE_SUM_REACH), num.start)
    if m is None or any(w in r.text[clause[0]:m.start()] for w in _RECOVERED_BY):
        return None  # 追缴返还金额12万元: money taken back, not paid
    category = SHARE_VERB_OF[m.group("verb")][0]
    if "share_sum" not in _SCOPES_OF[category] or num.unit not in BLOCKS[category]["units"]:
        return None
    lo = r.geo.sentence_before(sentence)[0]
    i = bisect.bisect_left(r.row_starts, num.start) - 1
    for row in reversed(r.rows[max(0, i - _SHARE_SUM_ROWS_BACK):i + 1]):
        if row.span_start < lo:
            break
        if row.category == category and row.rule.startswith("share:"):
            return row
    return None


def _cap_before_measure(r: ArticleCues, num: NumberMention, clause, sentence) -> Cue | None:
    """The naming word of the next clause, for a per-unit amount stated in a clause that names
    nothing, with no naming word before it in the sentence (每人最高不超过15万元，可申请不超过45万元的
    创业担保贷款): the cap of each one's share of the measure the next clause names and sizes. The
    next clause must hold an amount of its own, the measure's, unless the clause states only the
    standard (按每人1000元的标准，给予一次性吸纳就业补贴: `_states_standard`); such a standard is of
    the measure the next clause names last before its amount (按每名职工500元的标准，向生产经营困难的
    企业发放留工补助1426万元), whatever words describe the recipients first."""
    lo, hi = clause
    if hi >= sentence[1] or not r.markers["each_markers"].last_before(lo, num.start):
        return None
    nxt = _past_dating_clause(r, r.geo.clause_of(hi + 1), sentence)
    later = r.number_near(num, 1)
    paid = later is not None and later.kind == "money" and nxt[0] <= later.start < nxt[1]
    if _states_standard(r.text, clause, num):
        # 给予房租补助: the compound's head; 向生产经营困难的企业发放留工补助1426万元: the measure of
        # the amount the next clause pays, not a word describing who gets it before it.
        return r.money_naming.last_before(nxt[0], later.start if paid else nxt[1])
    if paid:
        return r.money_naming.first_after(nxt[0], nxt[1])
    return None


_DATING_CLAUSE_ALONE = frozenset(_C["dating_clause_alone"])
_SINCE = _C["clause_since"]
# 自今年3月起, 从4月份开始: a clause that is only the time a count runs from (cues.json _clause_since).
_CLAUSE_SINCE = _on_re("_CLAUSE_SINCE",
    rf"(?:{alternation(_SINCE['opens'])})[{_SINCE['time_chars']}]{{1,{_SINCE['between_most']}}}"
    rf"(?:{alternation(_SINCE['closes'])})")


def _past_dating_clause(r: ArticleCues, clause, sentence):
    """The clause after `clause` when `clause` is only a time (按每名职工500元的标准，截至6月30日，共发放…;
    …，今年以来，…; …，1至8月，…; …，自今年3月起，…): a 截至 date, a period (_CLAUSE_PERIOD), a time up to
    now, a time since (cues.json clause_since) or a word of cues.json dating_clause_alone. It dates what follows and names no measure, so the measure is the
    next clause's; else `clause`."""
    lo, hi = clause
    if hi >= sentence[1]:
        return clause
    words = r.text[lo:hi].strip()
    start = hi - len(r.text[lo:hi].lstrip())
    if words and (_AS_OF.fullmatch(r.text, start, hi) or _CLAUSE_PERIOD.fullmatch(r.text, start, start + len(words))
                  or _up_to_now(words) or words in _DATING_CLAUSE_ALONE or _CLAUSE_SINCE.fullmatch(words)):
        return r.geo.clause_of(hi + 1)
    return clause


# 还拿出1.2亿元，对…给予社保补贴: a verb of setting money aside right before the amount.
_SET_ASIDE_VERB = _on_re("_SET_ASIDE_VERB",
    rf"(?:{alternation(_C['set_aside']['verbs'])})了?(?:{alternation(_C['set_aside']['objects'])})?$")
_SET_ASIDE_REACH = max(map(len, _C["set_aside"]["verbs"])) + 1 + max(map(len, _C["set_aside"]["objects"]))
_SET_ASIDE = _C["set_aside"]
_SET_ASIDE_USES = tuple(_C["set_aside"]["uses"])
_SET_ASIDE_PURPOSES = tuple(_C["set_aside"]["purposes"])
_SET_ASIDE_SUPPORT = tuple(_C["set_aside"]["support_verbs"])
_SET_ASIDE_OBJECTS = frozenset(_C["set_aside"]["objects"])
_SET_ASIDE_AS_MONEY = frozenset(_C["set_aside_as_money"])
_SET_ASIDE_PURPOSE_LEADS = tuple(_C["set_aside_purpose_leads"])


def _only_object_after(text: str, num: NumberMention, hi: int) -> bool:
    """Only an object word of set_aside (资金) after the amount, to the clause's end (拿出600万元资金，)."""
    return text[num.end:hi].strip() in _SET_ASIDE_OBJECTS


def _set_aside_for(r: ArticleCues, num: NumberMention, clause, sentence) -> Cue | None:
    """The last naming word of the next clause, for an amount set aside at the end of a clause
    that names nothing, when the next clause opens by saying who it is for (筹措5000万元，对受灾
    牧户给予饲草料补贴: cues.json set_aside): the total of that measure."""
    lo, hi = clause
    if hi >= sentence[1] or (r.text[num.end:hi].strip() and not _only_object_after(r.text, num, hi)) \
            or not _SET_ASIDE_VERB.search(r.text, max(lo, num.start - _SET_ASIDE_REACH), num.start):
        return None
    nxt = r.geo.clause_of(hi + 1)
    opening = r.text[nxt[0]:nxt[1]].lstrip()
    if opening.startswith(_POOL_SETUP_VERBS):
        return _pool_set_up_next(r, nxt, opening)  # 拿出三千万元，设立中小企业纾困专项资金: the pool's size
    purposed = opening.startswith(_SET_ASIDE_PURPOSES)
    if not (opening.startswith(_SET_ASIDE_USES) or purposed):
        return None
    # A word out of scope there is a condition's (对开展线上销售的经营户给予补助), not what the money is.
    # Goods there (对企业…的口罩产品实行兜底收储) are what the money buys: no measure an amount can be.
    named = [c for c in r.money_naming.cues if nxt[0] <= c.start and c.end <= nxt[1] and c.category is not None
             and num.unit in BLOCKS[c.category]["units"]]
    if not named:
        # 安排800万元，用于支持受疫情影响的零售商户: money put up to support firms, a fund
        at = next((i for i in (r.text.find(w, nxt[0], nxt[1]) for w in _SET_ASIDE_SUPPORT) if i >= 0), -1)
        purpose, giver = r.text[nxt[0]:nxt[1]], r.text[_after_purpose_leads(r, sentence, lo):num.start]
        as_money = r.text[num.end:hi].strip()
        if (at < 0 and as_money not in _SET_ASIDE_AS_MONEY) or not any(w in purpose for w in _SET_ASIDE["beneficiaries"]) \
                or any(w in giver for w in _C["set_aside_givers_not"]):
            return None  # 用于支持医院购置设备: no firm or worker supported; 一家企业拿出…: its own money
        if at < 0:  # 安排三千万元资金，对企业…实行兜底收储: money as such, put up for firms
            at = r.text.index(as_money, num.end)
            return Cue(at, at + len(as_money), f"{as_money}>fund", "fund", "money_context")
        word = next(w for w in _SET_ASIDE_SUPPORT if r.text.startswith(w, at))
        return Cue(at, at + len(word), f"{word}>fund", "fund", "money_context")
    named = _named_after_giving(r.text, named, nxt)
    # Words written together are one compound named by its last (房租补贴: a subsidy); compounds
    # apart are several measures (在贷款、担保和租金等方面给予支持, 给予一次性补助和贷款贴息): a pool
    # for all of them is none of them alone.
    heads = {c.category for i, c in enumerate(named) if i + 1 == len(named) or not _one_compound(r.text, c, named[i + 1])}
    return named[-1] if len(heads) == 1 else None


_POOL_SETUP_VERBS = tuple(_C["pool_setup"])


def _pool_set_up_next(r: ArticleCues, nxt: tuple[int, int], opening: str) -> Cue | None:
    """For an amount set aside at the end of its clause, the pool the next clause opens by setting
    up (拿出三千万元，设立中小企业纾困专项资金; 列支500万元，设立…扶持资金): its naming word as a fund's
    cue, the amount the pool's size, as when the verb stands between them (cues.json _pool_set_aside);
    None when the clause sets up no pool (设立专班, 成立服务队)."""
    verb = next(v for v in _POOL_SETUP_VERBS if opening.startswith(v))
    pool = next((c for c in r.money_naming.cues if nxt[0] <= c.start and c.end <= nxt[1]
                 and c.category is not None and _names_a_pool(r.text, c)), None)
    if pool is None:
        return None
    return Cue(pool.start, pool.end, f"{pool.word}>{verb}", "fund", "money_context")


def _after_purpose_leads(r: ArticleCues, sentence, clause_start: int) -> int:
    """Where the sentence's giver may be named: after its lead clauses of purpose (为打消企业…的顾虑，
    县政府安排…: cues.json _set_aside_purpose_leads), never past the amount's own clause."""
    at = sentence[0]
    while at < clause_start and r.text.startswith(_SET_ASIDE_PURPOSE_LEADS, at):
        at = r.geo.clause_of(at)[1] + 1
    return min(at, clause_start)


def _one_compound(text: str, cue: Cue, after: Cue) -> bool:
    """Two naming words written together (房租补贴), or with only the fee of the first between
    (担保费补助: a subsidy of the guarantee fee, cues.json _relieved_fee), name one thing, by the last."""
    between = text[cue.end:after.start]
    return not between or (cue.category in _FEE_OF_CATEGORIES and between in _FEE_WORDS)


_SET_ASIDE_GIVING = tuple(_C["set_aside"]["giving"])


def _named_after_giving(text: str, named: list[Cue], clause) -> list[Cue]:
    """The naming words after the clause's last verb of giving (set_aside.giving), when it has one
    and words follow it: 对企业新增贷款给予贴息 pays interest subsidies, 贷款 before 给予 says on
    what; else all of them."""
    ends = [at + len(w) for w in _SET_ASIDE_GIVING if (at := text.rfind(w, clause[0], clause[1])) >= 0]
    after = [c for c in named if ends and c.start >= max(ends)]
    return after or named


_STANDARD_OPENERS = tuple(_C["standard_clause"]["openers"])
_STANDARD_ENDS = frozenset(_C["standard_clause"]["ends"]) | {""}


def _states_standard(text: str, clause, num: NumberMention) -> bool:
    """The clause states only a per-unit standard, paid by what the next clause names (按每人1000元的
    标准，给予一次性吸纳就业补贴): 按 before the amount and nothing but 的标准 after it."""
    return text[num.end:clause[1]] in _STANDARD_ENDS and any(
        opener in text[clause[0]:num.start] for opener in _STANDARD_OPENERS)


_COMPUTED_FROM = _C["computation_basis"]
_COMPUTED_FROM_OPENERS = tuple(_COMPUTED_FROM["openers"])
_COMPUTED_FROM_VERBS = tuple(_COMPUTED_FROM["computes"])
_COMPUTED_FROM_VERB = literal_scanner(_COMPUTED_FROM_VERBS)


def _computation_basis(r: ArticleCues, clause, sentence, num: NumberMention) -> bool:
    """The figure is what a computed total rests on (按照每车每月承包费2400元计算，共减负约112万元):
    its clause opens with 按/按照, a word of computing follows the figure and the sentence goes on to
    a figure of its unit, the total (cues.json _computation_basis); that total is the fact, not its
    inputs. A standard paid out (按每人每月500元计发) computes nothing and stays, and so does a share
    with no total after it (贴息按实际支付利息的一半计算: the share is the measure)."""
    text = r.text
    return text.startswith(_COMPUTED_FROM_VERBS, num.end) and text[clause[0]:num.start].lstrip().startswith(
        _COMPUTED_FROM_OPENERS) and r.count_between(num.unit, clause[1], sentence[1]) > 0


_OVER_CAP = _C["reckoned_over_cap"]
_OVER_CAP_EXCEEDS = tuple(_OVER_CAP["exceeds"])
_OVER_CAP_CAPS = tuple(_OVER_CAP["caps"])


def _reckoned_over_cap(r: ArticleCues, clause, sentence, num: NumberMention) -> bool:
    """The figure is an amount reckoned by a rule that the cap replaced (某公司按50%计算贴息额为627000元，
    超过单户上限，按500000元核定): its clause holds 按 and then a word of computing before it, the next clause
    says it exceeds the cap, and the sentence goes on to an amount of its unit, the capped one that
    is the fact (cues.json _reckoned_over_cap)."""
    text = r.text
    if clause[1] + 1 >= sentence[1] or _COMPUTED_FROM_VERB.search(text, clause[0], num.start) is None:
        return False  # most figures: no clause after them, or no word of computing before them
    words = text[clause[0]:num.start]
    verb = max(words.rfind(v) for v in _COMPUTED_FROM_VERBS)
    if not any(0 <= words.find(o) < verb for o in _COMPUTED_FROM_OPENERS):
        return False
    after = r.geo.clause_of(clause[1] + 1)
    words = text[after[0]:after[1]].lstrip()
    return words.startswith(_OVER_CAP_EXCEEDS) and any(cap in words for cap in _OVER_CAP_CAPS) \
        and r.count_between(num.unit, after[1], sentence[1]) > 0


_COST_PAID = _C["cost_paid_by_firm"]
# 实际支付利息, 缴纳税款: a verb of paying, a few Han characters, a cost a firm bears (cues.json _cost_paid_by_firm).
_COST_PAID_BY_FIRM = _on_re("_COST_PAID_BY_FIRM",
    rf"(?:{alternation(_COST_PAID['verbs'])})[\p{{Han}}]{{0,{_COST_PAID['gap_most']}}}?(?:{alternation(_COST_PAID['costs'])})")


_COST_DEFERRED_BEFORE = tuple(_COST_PAID["deferred_before"])  # 延期支付利息: payment put off, relief
_PAID_FOR = _COST_PAID["paid_for_firms"]
_PAID_FOR_GAP = rf"[\p{{Han}}0-9.]{{0,{_PAID_FOR['reach']}}}"
# 代企业缴纳 / 帮助企业支付 / 区财政支付: someone else pays the firms' cost, right up to the verb.
_PAID_FOR_FIRMS = _on_re("_PAID_FOR_FIRMS",
    rf"(?:(?:{alternation(_PAID_FOR['acting'])})"
    rf"|(?:{alternation(_PAID_FOR['for_marks'])}){_PAID_FOR_GAP}(?:{alternation(_PAID_FOR['firms'])})"
    rf"|(?:{alternation(_PAID_FOR['public_payers'])})(?!{_PAID_FOR_GAP}(?:{alternation(_PAID_FOR['firms'])})))"
    rf"{_PAID_FOR_GAP}$")
_PAID_FOR_REACH = 3 * _PAID_FOR["reach"] + max(map(len, _PAID_FOR["for_marks"] + _PAID_FOR["firms"] + _PAID_FOR["public_payers"]))


def _paid_for_firms(text: str, lo: int, verb_start: int) -> bool:
    """Someone other than the firms pays before the verb of paying in its clause (并代企业缴纳社保费,
    帮助企业支付工资, 区财政支付利息): the cost paid for them, support (cues.json _cost_paid_by_firm)."""
    return _PAID_FOR_FIRMS.search(text, max(lo, verb_start - _PAID_FOR_REACH), verb_start) is not None


_DEPOSITS = tuple(_C["deposit_of_its_own"]["deposits"])
_DEPOSIT_CATEGORIES = frozenset(_C["deposit_of_its_own"]["categories"])


def _deposit_of_its_own(text: str, lo: int, pos: int, category: str) -> bool:
    """text[lo:pos] names a deposit (退还农民工工资保证金) and the measure that would name the amount is
    of another category than deposits take (发放贷款6.7亿元): the amount is that deposit's, no item of
    the list before it (cues.json _deposit_of_its_own); 缓缴农民工工资保证金1300万元，质量保证金500万元
    lists deposits."""
    return category not in _DEPOSIT_CATEGORIES and any(w in text[lo:pos] for w in _DEPOSITS)


def _deposit_after_cue(r: ArticleCues, cue: Cue, lo: int, num: NumberMention, sentence) -> bool:
    """`_deposit_of_its_own` for the sentence scope, with a generic cue's category the one it yields
    to (减免金额486万元 of rent, then 退还农民工工资保证金共计2370万元: the deposit is no rent cut,
    though deposits put off are tax_fee_relief as a bare 减免 is; cues.json _deposit_of_its_own)."""
    if not any(w in r.text[lo:num.start] for w in _DEPOSITS):
        return False  # most amounts: no deposit named before them
    category = cue.category
    if cue.role == "money_generic" and (specific := _resolve_generic(r, cue, sentence)) is not None:
        category = specific.category
    return _deposit_of_its_own(r.text, lo, num.start, category)


# 省下了30多万元保证金, 50万元的履约保证金: a deposit named right after the amount (的 and the
# deposit's own name between at most: 开出保函1.2亿元替代现金保证金 sizes the guarantee), the thing
# the amount sizes.
_DEPOSIT_AFTER = _on_re("_DEPOSIT_AFTER",
    rf"的?(?:{alternation(_C['deposit_of_its_own']['names'])})?(?:{alternation(_DEPOSITS)})")


def _deposit_sized(text: str, num: NumberMention, hi: int, category: str) -> bool:
    """The amount sizes a deposit named right after it (省下了30多万元保证金) and the measure that would
    name it from before its clause is of another category than deposits take (区担保公司担保 in the
    sentence): the deposit's, no row of that measure (cues.json _deposit_of_its_own)."""
    return category not in _DEPOSIT_CATEGORIES and _DEPOSIT_AFTER.match(text, num.end, hi) is not None


def _names_cost_paid(text: str, lo: int, pos: int) -> bool:
    """text[lo:pos] names a cost a firm paid (实际支付利息250.35万元 after 共获得银行贷款8400万元): the
    figure is that cost, no item of the list before it (cues.json _cost_paid_by_firm); not a payment
    put off (延期支付利息2630万元: a deferral the lenders grant), nor one paid for the firms by someone
    else (代企业缴纳社保费1200万元: support)."""
    return any(not text.endswith(_COST_DEFERRED_BEFORE, lo, m.start()) and not _paid_for_firms(text, lo, m.start())
               for m in _COST_PAID_BY_FIRM.finditer(text, lo, pos))


def _names_own_object(text: str, cue: Cue, num: NumberMention) -> bool:
    """The words between a generic cue and its figure, in one clause, name the cue's own kind
    (减免社会保险费3.2亿元, 减免增值税1.1亿元): what the sentence or paragraph named before
    (减免租金 a clause earlier) does not change it."""
    between = text[cue.end:num.start]
    if cue.end > num.start or any(mark in between for mark in _CLAUSE_MARKS + _SENTENCE_BREAKS):
        return False
    return any(word in between for word in BLOCKS[cue.category].get("generic_own_objects", ()))



_OWN_OBJECT_REACH = 4  # 堆存费减免, 社保费用减免: the object's last characters end right before the generic word
_RENT_FEES = tuple(_C["rent_fee_words"])


def _names_own_object_before(r: ArticleCues, cue: Cue, clause) -> bool:
    """A word of the generic cue's own kind ends right before it in the figure's clause (港口作业费、
    堆存费减免累计3400余万元): the clause names what was relieved, so a naming word of another kind
    said earlier (减免租金 a sentence before) does not change it; one in the clause itself does
    (房租、物业费减免: rent, as before), unless it describes who acted (`_own_named_apart`)."""
    own = BLOCKS[cue.category].get("generic_own_objects", ())
    before = r.text[max(clause[0], cue.start - _OWN_OBJECT_REACH):cue.start]
    if not own or not any(w in before for w in own) or any(w in before for w in _RENT_FEES):
        return False  # 场地租赁费减免, 厂房使用费减免: the fee is a rent
    others = (r.money_by_category[other].last_before(clause[0], cue.start)
              for other in BLOCKS[cue.category].get("yields_to", ()))
    other = max(filter(None, others), key=attrgetter("start"), default=None)
    return other is None or _own_named_apart(r.text, cue, other)


_DESCRIBING_MARKS = tuple(_C["generic_object_apart"]["describing_marks"])


def _own_named_apart(text: str, cue: Cue, other: Cue) -> bool:
    """A naming word of another kind in the generic cue's clause that describes a noun after it (a
    mark of describing, 的, right after it: 为减免租金的出租人办理房产税、城镇土地使用税减免), and a
    tax or fee of the cue's own kind named between it and the cue: the nearer object, the taxes, is
    what was relieved, the rent says who the landlords are (cues.json _generic_object_apart); a rent
    listed with the tax (房租、房产税减免) still decides."""
    return text.startswith(_DESCRIBING_MARKS, other.end) and any(
        w in text[other.end:cue.start] for w in BLOCKS[cue.category].get("generic_own_named", ()))


_GIFT = _C["gift_named_by_relief"]
_GIFT_HEADS = frozenset(_GIFT["heads"])
_GIFT_NAMED_BY = frozenset(_GIFT["named_by"])


def _gift_named_by_relief(r: ArticleCues, cue: Cue) -> Cue | None:
    """The naming word of relief right before a gift word in its compound, a closing quote between at
    most (“减租红包”, “免租”红包, 减税降费红包): the gift is a figure of speech for that relief handed out
    (cues.json _gift_named_by_relief); None for any other cue, or a gift no relief names (消费红包)."""
    if cue.word not in _GIFT_HEADS:
        return None
    before = r.money_naming.last_before(r.paragraph_start(cue.start), cue.start)
    if before is None or before.role != "money" or before.category not in _GIFT_NAMED_BY:
        return None
    return before if before.end == cue.start or r.text[before.end:cue.start] in _CLOSING_QUOTES else None


_PREMISES_RELIEVED = _C["premises_relieved"]
_PREMISES = tuple(_PREMISES_RELIEVED["premises"])


def _premises_relieved(text: str, cue: Cue, clause) -> str | None:
    """The premises word ending right before a generic cue in its clause (标准厂房减免2480万元,
    写字楼、孵化基地减免约630万元), when the cue yields to rent relief: premises that are let say the
    relief is of their rent, wherever 租金 is named (cues.json _premises_relieved); None when another
    word ends there (厂房房产税减免: the tax is what was relieved)."""
    if _PREMISES_RELIEVED["as"] not in BLOCKS[cue.category].get("yields_to", ()):
        return None
    return next((w for w in _PREMISES if text.endswith(w, clause[0], cue.start)), None)


_LESSEE_RELIEVED = _C["lessee_relieved"]
_LESSEES = tuple(_LESSEE_RELIEVED["lessees"])


def _lessee_relieved(text: str, cue: Cue, sentence) -> str | None:
    """The lessee named before a generic cue in its sentence (承租人：某公司　减免金额：7.56万元), when the
    cue yields to rent relief: what a lessee is relieved of is its rent (cues.json _lessee_relieved);
    None when no lessee is named there."""
    if _LESSEE_RELIEVED["as"] not in BLOCKS[cue.category].get("yields_to", ()):
        return None
    before = text[sentence[0]:cue.start]
    return next((w for w in _LESSEES if w in before), None)


def _resolve_generic(r: ArticleCues, cue: Cue, sentence) -> Cue | None:
    """A naming word of a category the generic cue yields to (减免 -> 房租减免), said earlier in
    the sentence, else earlier in the paragraph; None when there is none.

    `_resolve_generic_by_definition`, with the money words of the paragraph before the cue found
    when a generic cue asks (a few amounts of an archive's) instead of those of every line that
    holds an amount: the scan from the paragraph's start finds what a scan of the whole text
    finds there, since no money word holds a line break and the cue, a match of the same scan,
    ends no other match."""
    paragraph = _whole_broken_down_from(r, sentence)
    said = (cue.category, *BLOCKS[cue.category].get("yields_to", []))
    named = [c for c in r.index(MONEY_WORDS, _C["neutral"], [(paragraph, cue.start)]).cues
             if c.role == "money" and c.category in said]
    for lo, hi in ((sentence[0], cue.start), (paragraph, sentence[0])):
        inside = [c for c in named if lo <= c.start and c.end <= hi]
        if inside:
            # 落实减税降费政策，为企业减负12亿元: a naming word of its own category, nearer than
            # the other's (减免房租 a sentence before), keeps the generic word's own category.
            if inside[-1].category == cue.category or _own_named_since(r.text, cue, inside[-1].end):
                return None
            return inside[-1]
        if lo == sentence[0] and _own_named_since(r.text, cue, sentence[0]):
            return None
    return None


def _whole_broken_down_from(r: ArticleCues, sentence) -> int:
    """Where a generic cue looks back for what it names: its paragraph's start, or the start of the
    sentence before when the sentence opens its paragraph as a breakdown of that sentence's sum
    (…减免租金4280万元。⏎分批次看，第一批减免1200万元: a breakdown frame, cues.json _breakdown_frames,
    or 其中 first) and that sentence holds a money row: a part restates the kind of its whole. Not when
    the sentence names a payer or an object of its own or an amount above that sum
    (`_breaks_down_another_whole`): that is another whole, whose bare 减免 keeps its own kind."""
    paragraph = r.paragraph_start(sentence[0])
    if paragraph == 0 or r.text[paragraph:sentence[0]].strip():
        return paragraph  # most sentences: not the first of a paragraph
    first = r.geo.clause_of(sentence[0])
    if not (_opens_with_qizhong(r.text, sentence[0]) or _frames_a_breakdown(r.text, first[0], first[1])):
        return paragraph
    before = r.geo.sentence_before(sentence)
    row = r.last_row_before(sentence[0])
    if before == sentence or row is None or row.span_start < before[0] or not row.unit.startswith("CNY"):
        return paragraph  # no sum stated right before to break down
    if _breaks_down_another_whole(r, sentence, row):
        return paragraph
    return before[0]


_OWN_PAYER_WORDS = tuple(_BREAKDOWN["own_payer_words"])


def _breaks_down_another_whole(r: ArticleCues, sentence, row: Measure) -> bool:
    """Whether the sentence after a framing phrase speaks of another whole than the sum `row` stated
    before it: it names a payer or what is relieved of its own (具体来看，税务部门为…减免; 从税收来看，…:
    cues.json breakdown_frames.own_payer_words), or one of its amounts of the row's currency exceeds
    that sum (…减免房租3127.5万元。从全年来看，…预计全年减免2.1亿元): a part is never more than its whole.
    A threshold defining a group (首批为年营业收入3000万元以下的小微企业减免986万元: `_is_threshold`) is no
    amount of a whole; a landlord (城投集团, 国资公司) is no payer of another kind."""
    words = r.text[sentence[0]:sentence[1]]
    if any(w in words for w in _OWN_PAYER_WORDS):
        return True
    i = bisect.bisect_left(r.number_starts, sentence[0])
    for n in r.numbers[i:]:
        if n.start >= sentence[1]:
            break
        if n.unit == row.unit and n.value is not None and row.value is not None and n.value > row.value \
                and not _is_threshold(r, n):
            return True  # not 年营业收入3000万元以下的小微企业: a bound defining a group is no whole (SPEC §4)
    return False


def _own_named_since(text: str, cue: Cue, start: int) -> bool:
    """An object of the generic cue's own kind is named between `start` (the nearer naming word
    of another kind, or the sentence's start) and the cue (减免租金3200万元；阶段性减免城镇土地
    使用税和房产税，共计减免2.3亿元): what was relieved is said after the rent, so the rent word
    does not decide the figure."""
    named = BLOCKS[cue.category].get("generic_own_named", ())
    between = text[start:cue.start]
    if not any(word in between for word in named):
        return False  # most texts: no tax named there at all
    return _RELIEVED_NAMED.search(text, start, cue.start) is not None


# 减免城镇土地使用税和房产税: a verb of relief, a few words of the list (no clause mark), a named tax
# or fee of a generic cue's own kind (cues.json _own_named_relieved_by, generic_own_named; only
# tax_fee_relief names them, so one pattern serves).
_OWN_NAMED_TAXES = alternation(sorted({w for b in BLOCKS.values() for w in b.get('generic_own_named', ())}))
# ...or fronted before the verb (社保费阶段性减免: cues.json _own_named_before_relief).
_RELIEVED_NAMED = _on_re("_RELIEVED_NAMED",
    rf"(?:{alternation(_C['own_named_relieved_by'])})[\p{{Han}}、]{{0,8}}?(?:{_OWN_NAMED_TAXES})"
    rf"|(?:{_OWN_NAMED_TAXES})[\p{{Han}}]{{0,{_C['own_named_before_relief']['before_most']}}}?"
    rf"(?:{alternation(_C['own_named_relieved_by'])})")


def _resolve_generic_by_definition(r: ArticleCues, cue: Cue, sentence) -> Cue | None:
    """The naming word a generic cue yields to: the definition `_resolve_generic` finds later."""
    best = None
    for lo, hi in ((sentence[0], cue.start), (_whole_broken_down_from(r, sentence), sentence[0])):
        for category in (cue.category, *BLOCKS[cue.category].get("yields_to", [])):
            hit = r.money_by_category[category].last_before(lo, hi)
            if hit and (best is None or hit.start > best.start):
                best = hit
        if best:
            if best.category == cue.category or _own_named_since(r.text, cue, max(lo, best.end)):
                return None
            return best
        if lo == sentence[0] and _own_named_since(r.text, cue, sentence[0]):
            return None
    return None


# A pool word said before the figure names what was provided (提供转贷资金2亿元: a loan).
_BEFORE_FIGURE = {w: c for b in BLOCKS.values() for w, c in b.get("money_after", {}).items()}
# ...unless it is the pool being set up (设立纾困资金3000万元, 设立了应急转贷资金2亿元): two characters
# (企业, 了) may stand between the verb and the pool word, not a verb and its object (设立专班发放…).
_POOL_SET_UP = _on_re("_POOL_SET_UP", rf"(?:{alternation(_C['pool_setup'])})[\p{{Han}}]{{0,2}}$")
_SET_UP_REACH = 4  # the longest verb (two characters) and the two between
# 设立10亿元的产业扶持资金, 设立总额5亿元的…资金: a verb of setting up right before the amount, a
# word of the pool's size between at most (cues.json _pool_setup_links), a pool noun naming it after.
_POOL_SET_UP_BEFORE = _on_re("_POOL_SET_UP_BEFORE",
    rf"(?:{alternation(_C['pool_setup'])})(?:{alternation(_C['pool_setup_links'])})?$")
_SET_UP_BEFORE_REACH = max(map(len, _C["pool_setup"])) + max(map(len, _C["pool_setup_links"]))
_POOL_NOUN_ENDS = tuple(_C["pool_nouns_set_up"])
_POOL_SIZE = tuple(_C["pool_size"])


_POOL_SET_UP_CREDIT = frozenset(_C["pool_setup_credit"])
_POOL_SET_ASIDE = _C["pool_set_aside"]
_POOL_SET_ASIDE_POOLS = tuple(_POOL_SET_ASIDE["pools"])
_POOL_SET_ASIDE_MOST = _POOL_SET_ASIDE["between_most"]
_POOL_SET_ASIDE_VERBS = frozenset(_POOL_SET_ASIDE["verbs"])
_POOL_SET_ASIDE_REACH = max(map(len, _POOL_SET_ASIDE["verbs"])) + _POOL_SET_ASIDE_MOST
# 统筹安排文旅纾困资金, 列支500万元: a verb of setting aside, a few characters of Han before what it puts up.
_POOL_SET_ASIDE_BEFORE = _on_re("_POOL_SET_ASIDE_BEFORE",
    rf"(?P<verb>{alternation(_POOL_SET_ASIDE['verbs'])})[\p{{Han}}]{{0,{_POOL_SET_ASIDE_MOST}}}$")
# 设立文旅纾困资金3000万元: a verb of setting up before the pool's name, its size after it (also the
# verbs of setting aside).
_POOL_SET_UP_BEFORE_NAME = _on_re("_POOL_SET_UP_BEFORE_NAME",
    rf"(?P<verb>{alternation(_POOL_SET_ASIDE['verbs'] + _POOL_SET_ASIDE['set_up_before_name'])})[\p{{Han}}]{{0,{_POOL_SET_ASIDE_MOST}}}$")
_POOL_PUT_UP_VERBS = _POOL_SET_ASIDE_VERBS | frozenset(_POOL_SET_ASIDE["set_up_before_name"])  # what _pool_put_up returns
_POOL_SET_UP_BEFORE_NAME_REACH = max(map(len, _POOL_SET_ASIDE["verbs"] + _POOL_SET_ASIDE["set_up_before_name"])) + _POOL_SET_ASIDE_MOST
# 200万元设立大学生创业扶持资金: a verb of setting up right after the amount, its pool's name after it.
_POOL_SET_UP_AFTER = _on_re("_POOL_SET_UP_AFTER",
    rf"(?P<verb>{alternation(_C['pool_setup'])})[\p{{Han}}]{{0,{_POOL_SET_ASIDE_MOST}}}")


def _pool_put_up(text: str, cue: Cue, num: NumberMention, clause) -> str | None:
    """The verb that puts up the pool the naming word names, for its amount (cues.json
    _pool_set_aside): a verb of setting aside before a pool of relief or support (统筹安排文旅纾困
    资金3000万元, 安排3000万元纾困资金), or one of setting up between the amount and its pool
    (列支200万元设立…扶持资金); else None. The amount is then the pool's size, a fund."""
    if cue.start > num.start:
        between = text[num.end:cue.start]
        m = _POOL_SET_UP_AFTER.fullmatch(between)
        if m and _names_a_pool(text, cue):
            return m.group("verb")
        if not cue.word.endswith(_POOL_SET_ASIDE_POOLS) or _SET_ASIDE_GAP.fullmatch(between) is None:
            return None
        at = num.start  # 安排3000万元纾困资金: the verb before the amount
        m = _POOL_SET_ASIDE_BEFORE.search(text, max(clause[0], at - _POOL_SET_ASIDE_REACH), at)
    elif cue.word.endswith(_POOL_SET_ASIDE_POOLS):
        at = cue.start  # 统筹安排文旅纾困资金3000万元, 设立文旅纾困资金3000万元: the verb before the pool word
        m = _POOL_SET_UP_BEFORE_NAME.search(text, max(clause[0], at - _POOL_SET_UP_BEFORE_NAME_REACH), at)
    else:
        return None
    if m is None or any(w in text[m.end("verb"):at] for w in _FUND_PAID_OUT["verbs"]):
        return None  # 安排专人发放纾困资金: the verb puts up no pool, the money is paid out
    if any(w in text[clause[0]:m.start("verb")] for w in _POOL_USED_BEFORE):
        return None  # 累计为企业安排转贷资金1.2亿元: drawn from the pool for firms, not the pool put up
    return m.group("verb")


_KINDS_PUT_UP = _C["kinds_put_up"]
_KINDS_OF_MONEY = tuple(_KINDS_PUT_UP["kinds"])
# 统筹安排纾困、转贷、风险补偿: a verb of setting aside, then the kinds it puts up, listed.
_KINDS_LISTED_AFTER_VERB = _on_re("_KINDS_LISTED_AFTER_VERB",
    rf"(?P<verb>{alternation(_POOL_SET_ASIDE['verbs'])})[\p{{Han}}{_KINDS_PUT_UP['list_marks']}]{{0,{_KINDS_PUT_UP['list_most']}}}$")
_KINDS_LIST_REACH = max(map(len, _POOL_SET_ASIDE["verbs"])) + _KINDS_PUT_UP["list_most"]


def _kinds_put_up(text: str, cue: Cue, num: NumberMention, clause) -> str | None:
    """The verb that puts up money of several kinds together, the naming word the last kind of a
    list that a word of kinds closes right before the figure (统筹安排纾困、转贷、风险补偿各类资金
    23.6亿元: cues.json _kinds_put_up); else None. The sum is the money put up, a fund."""
    if cue.start > num.start or not text.startswith(_KINDS_OF_MONEY, cue.end):
        return None
    kinds = next(w for w in _KINDS_OF_MONEY if text.startswith(w, cue.end))
    if text[cue.end + len(kinds):num.start].strip() not in _KINDS_PUT_UP["before_figure"]:
        return None
    lo = max(clause[0], cue.start - _KINDS_LIST_REACH)
    m = _KINDS_LISTED_AFTER_VERB.search(text, lo, cue.start)
    if m is None or not any(mark in text[m.end("verb"):cue.start] for mark in _KINDS_PUT_UP["list_marks"]):
        return None  # 安排奖补各类资金: one kind named, no list of kinds
    return m.group("verb")


_KINDS_OF_PURPOSE = _C["kinds_of_purpose"]
# 减租降费等惠企方面的资金1.34亿元: after the last kind, a few words closing the list, the money noun, the figure.
_MONEY_FOR_KINDS = _on_re("_MONEY_FOR_KINDS",
    rf"[\p{{Han}}]{{0,{_KINDS_OF_PURPOSE['gap_most']}}}?(?:{alternation(_KINDS_OF_PURPOSE['nouns'])})"
    rf"(?:{alternation(sorted(_KINDS_OF_PURPOSE['before_figure'], key=len, reverse=True))})")


def _kinds_of_purpose(r: ArticleCues, cue: Cue, num: NumberMention, clause) -> str | None:
    """The purpose word of money named by what it is for, the naming word the last of a list of
    kinds of support of more than one category (用于援企稳岗、减租降费等惠企方面的资金1.34亿元:
    cues.json _kinds_of_purpose); else None. The money serves several measures together, a fund."""
    if cue.start > num.start or not _MONEY_FOR_KINDS.fullmatch(r.text, cue.end, num.start):
        return None
    purpose = None
    for m in _PURPOSE.finditer(r.text, clause[0], cue.start):
        purpose = m  # the last purpose word before the kinds
    if purpose is None or not any(mark in r.text[purpose.end():cue.start] for mark in _KINDS_OF_PURPOSE["list_marks"]):
        return None  # 用于稳岗补贴的资金: one kind named
    kinds, at = set(), purpose.end()
    while (kind := r.money_naming.first_after(at, cue.end)) is not None:
        kinds.add(kind.category)
        at = kind.end
    return purpose.group() if len(kinds - {None}) > 1 else None


_KINDS_AFTER = _C["kinds_of_purpose_after"]
_RECIPIENTS_END = tuple(_KINDS_AFTER["recipients_end"])


def _kinds_of_purpose_after(r: ArticleCues, cue: Cue, num: NumberMention) -> str | None:
    """The purpose word after the figure whose uses, joined by a list mark before the naming word
    the purpose scope took, are more than that word's measure (用于商户房租减免和贷款贴息, 用于企业稳岗和
    贷款贴息: cues.json _kinds_of_purpose_after); else None. A pot for several measures, a fund."""
    if cue.start < num.end:
        return None
    purpose = None
    for m in _PURPOSE.finditer(r.text, num.end, cue.start):
        purpose = m  # the purpose word the naming word follows
    if purpose is None:
        return None
    uses = r.text[purpose.end():cue.start]
    at = max(uses.rfind(mark) for mark in _KINDS_OF_PURPOSE["list_marks"])
    if at <= 0 or uses[:at].endswith(_RECIPIENTS_END) or len(uses) - at - 1 > _KINDS_AFTER["after_mark_most"]:
        return None  # one use (用于中小企业和个体工商户房租减免: its payees listed; 用于对…贷款和…贷款按…利息给予贴息: its loans)
    others = {c.category for c in r.money_naming.cues if purpose.end() <= c.start and c.end <= purpose.end() + at}
    return purpose.group() if others != {cue.category} else None


_POLICIES_PAID_OUT = _C["policies_paid_out"]
_POLICY_WORDS = tuple(_POLICIES_PAID_OUT["policies"])
_POLICY_PAYING = frozenset(_POLICIES_PAID_OUT["paying"])


def _policies_paid_out(r: ArticleCues, cue: Cue) -> str | None:
    """The word of policies whose paying out the purpose names (用于惠企政策兑现, 用于政策兑付: cues.json
    _policies_paid_out), for money set aside: it pays out every measure of them, a pool; else None,
    also when a measure's naming word stands right before the policies (稳岗返还政策兑现): that one
    measure's policy, whose money stays that measure."""
    word, at = _policies_named(r, cue)
    return None if word is None or _measure_named_right_before(r, at) is not None else word


def _measure_of_policies_paid_out(r: ArticleCues, cue: Cue) -> Cue | None:
    """The naming word of one measure right before the policies whose paying out the purpose names
    (专项用于贴息政策兑现: 贴息; 减税降费政策兑现): that measure's money, as 专项用于贷款贴息 is; else None."""
    word, at = _policies_named(r, cue)
    return None if word is None else _measure_named_right_before(r, at)


def _policies_named(r: ArticleCues, cue: Cue) -> tuple[str | None, int]:
    """The word of policies (政策) the paying word `cue` holds or follows (政策兑付, 政策兑现) and where it
    starts, or (None, -1)."""
    if cue.word.startswith(_POLICY_WORDS):
        return next(w for w in _POLICY_WORDS if cue.word.startswith(w)), cue.start  # 政策兑付: the word holds them
    if cue.word not in _POLICY_PAYING:
        return None, -1
    lo = max(0, cue.start - _POLICIES_PAID_OUT["link_most"] - 2)
    before = r.text[lo:cue.start].rstrip("的")
    word = next((w for w in _POLICY_WORDS if before.endswith(w)), None)
    return word, lo + len(before) - len(word or "")


_MONEY_WORD_MOST = max(map(len, MONEY_WORDS))


def _measure_named_right_before(r: ArticleCues, pos: int) -> Cue | None:
    """The naming word of one measure (a money cue of role money: 稳岗返还, 减税降费, 贴息) ending at `pos`."""
    found = r.index(MONEY_WORDS, _C["neutral"], [(max(0, pos - _MONEY_WORD_MOST), pos)]).cues
    return next((c for c in found if c.end == pos and c.role == "money"), None)


# 安排3000万元纾困资金: the few Han characters between an amount and the pool word it sizes.
_SET_ASIDE_GAP = _on_re("_SET_ASIDE_GAP", rf"[\p{{Han}}]{{0,{_POOL_SET_ASIDE_MOST}}}")


def _names_a_pool(text: str, cue: Cue) -> bool:
    """The naming word is a pool's name (产业扶持资金), or heads one with the pool noun right after
    it (复工复产奖补资金, the cue 奖补; not credit, 专项信贷资金: cues.json _pool_setup_credit), or ends a
    quoted name the pool noun follows (“应急还贷”资金, “应急转贷”资金: the pool named after what it lends,
    credit or not): cues.json _pool_nouns_set_up."""
    if cue.word.endswith(_POOL_NOUN_ENDS):
        return True
    quoted = cue.word[-1:] in _CLOSING_QUOTES or text[cue.end:cue.end + 1] in _CLOSING_QUOTES
    pool_at = cue.end + (text[cue.end:cue.end + 1] in _CLOSING_QUOTES)
    return (quoted or cue.category not in _POOL_SET_UP_CREDIT) and text.startswith(_POOL_NOUN_ENDS, pool_at)


def _sizes_the_pool(text: str, cue: Cue, num: NumberMention) -> bool:
    """A word of size stands between the pool word and the figure after it (转贷资金规模扩大至5亿元)."""
    between = text[cue.end:num.start]
    if any(w in between for w in _POOL_SIZE):
        return True
    # 应急转贷资金分别达到2亿元: the pool itself reaching a figure is its size; not after a verb
    # that draws on it (累计提供转贷资金达2亿元: the bridge loans provided).
    if _LISTED_AMOUNTS.sub("", between).strip() not in _POOL_REACHES:
        return False  # (分别达到2亿元、)1.5亿元: the amounts listed before the figure aside
    return not _pool_drawn_on(text, cue)


def _pool_drawn_on(text: str, cue: Cue) -> bool:
    """A verb that draws on the pool stands a few characters before its word (累计提供转贷资金)."""
    lo = max(0, cue.start - _POOL_USE_REACH)
    return any(w in text[lo:cue.start] for w in _POOL_USED_BEFORE)


def _pool_resized(r: ArticleCues, cue: Cue, num: NumberMention) -> bool:
    """The pool word, 由/从 and its former size, then a word of reaching right before the figure
    (应急转贷资金从5000万元扩充到2亿元): the figure is the pool's new size, a fund (cues.json
    _pool_reaches, from)."""
    former = r.number_near(num, -1)
    if former is None or former.start < cue.end:
        return False
    return (r.text[cue.end:former.start] in _POOL_RESIZED_FROM and r.text[former.end:num.start] in _POOL_REACHES
            and not _pool_drawn_on(r.text, cue))


def _former_pool_size(r: ArticleCues, cue: Cue, num: NumberMention) -> bool:
    """The figure is the size a pool was changed from (应急转贷资金从5000万元扩充到2亿元: the 5000万元),
    the terms before the change, no row, as a quota's former amount is (_former_terms)."""
    later = r.number_near(num, 1)
    return later is not None and later.start >= num.end and _pool_resized(r, cue, later)


def _part_of_a_pool(r: ArticleCues, cue: Cue, num: NumberMention, clause, sentence) -> bool:
    """The pool word names a part of a pool whose size the list's head row states (设立了3亿元的纾困
    基金，其中应急转贷资金1.5亿元: a 其中 list continuing a fund's row): the part is a pool too, a fund
    (cues.json _pool_parts); not after a verb that draws on it (其中已提供转贷资金1.5亿元: lent)."""
    if not _opens_with_qizhong(r.text, clause[0]) and not _after_qizhong_clause(r, clause, sentence):
        return False
    lo = max(clause[0], cue.start - _POOL_USE_REACH)
    if any(w in r.text[lo:cue.start] for w in _POOL_USED_BEFORE):
        return False
    return _list_head(r, num, clause, sentence, lambda row: row.category == "fund" and row.unit == num.unit) is not None


def _in_qizhong_part(r: ArticleCues, clause, sentence) -> bool:
    """The clause is a part that 其中 opens: it opens with 其中, or follows, in its sentence, a clause
    opening or ending with it (其中上级补助资金510万元，县级财政配套350万元)."""
    at = clause
    while at is not None:
        if _opens_with_qizhong(r.text, at[0]) or _after_qizhong_clause(r, at, sentence):
            return True
        at = r.geo.previous_clause(at, sentence)
    return False


def _after_qizhong_clause(r: ArticleCues, clause, sentence) -> bool:
    """The clause before ends with 其中 (…纾困基金，其中，转贷资金1.5亿元), which opens the list."""
    prev = r.geo.previous_clause(clause, sentence)
    return prev is not None and r.text[max(prev[0], prev[1] - 4):prev[1]].rstrip().endswith("其中")


_POOL_REACHES = frozenset(_C["pool_reaches"]["words"])
_LISTED_AMOUNTS = re.compile(rf"[{DIGIT}.]+[万亿千百]*元?[、和及与]")
_POOL_USED_BEFORE = tuple(_C["pool_reaches"]["used_before"])
_POOL_RESIZED_FROM = frozenset(_C["pool_reaches"]["from"])
_POOL_USE_REACH = 12


_REQUEST_BEFORE = 2  # characters before a naming word a request is written in
_REQUEST_SET = frozenset(_C["requests"])
# 可向银行申请, 均可向合作银行申请: 可 and 向 someone right before the request, as 可申请 (neutral) is.
_MAY_APPLY_TO = re.compile(r"可(?:以)?向[\u4e00-\u9fff]{1,10}$")


_MAY_APPLY_BY = tuple(_C["applied_for_after"]["may_by"])


def _applied_for_after(r: ArticleCues, num: NumberMention, lo: int, hi: int) -> bool:
    """The first naming word after the amount in its clause is a request (申请) and a word of may
    (可按) opens the amounts before it (可按每人不超过20万元、总额不超过110万元申请): the terms one
    may apply for, no request blocking the amount (cues.json _applied_for_after). A measure named
    after the request in the clause (可按每户3000元申请房租补贴) is what the amount is asked for: the
    head after the amount reads it."""
    first = r.money_naming.first_after(num.end, hi)
    if first is None or first.word not in _REQUEST_SET:
        return False
    return any(w in r.text[lo:num.start] for w in _MAY_APPLY_BY) and not _names_after_request(r, first, hi)


def _closes_applied_terms(r: ArticleCues, cue: Cue) -> bool:
    """`cue` is a request that closes the terms one may apply for in its own clause (可按…110万元申请,
    cues.json _applied_for_after): it names nothing for the clauses after it."""
    if cue.word not in _REQUEST_SET:
        return False
    lo, hi = r.geo.clause_of(cue.start)
    return cue.start > lo and r.text[cue.start - 1] in _CURRENCY_ENDS \
        and any(w in r.text[lo:cue.start] for w in _MAY_APPLY_BY) and not _names_after_request(r, cue, hi)


_CURRENCY_ENDS = frozenset("元")


def _names_after_request(r: ArticleCues, request: Cue, hi: int) -> bool:
    """A measure the head after the amount can read follows `request` in its clause (申请房租补贴); a
    naming word right after the request (申请贷款) is blocked as asked for, and names none."""
    head = _head_after(r.money_naming, request.end, hi, r.text)
    return head is not None and head.word not in _REQUEST_SET and not _blocked_cue(r, head)


def _check_requests_fill_their_place() -> None:
    """Requests are found in the sentences of amounts (`_UNITS`) and looked up in the two
    characters before a naming word of such a sentence: a request word of two or more
    characters there lies in that sentence, since it cannot hold the sentence end before it."""
    short = [w for w in _C["requests"] if len(w) < _REQUEST_BEFORE]
    if short:
        raise ResourceError(f"cues.json: requests {short} are shorter than the {_REQUEST_BEFORE} characters "
                            f"they are looked up in: one could lie in the sentence before")


_check_requests_fill_their_place()


def _blocked_cue(r: ArticleCues, cue: Cue) -> bool:
    """A naming word right after a request (申请贷款, 申报补贴) is asked for, not granted; unless
    someone applies for firms (园区累计为企业申请稳岗补贴860万元: requests_for_others), which reports
    what they obtained, or the request takes up a deferral (申请缓缴: deferral_taken_up_by_request)."""
    if cue.word in _DEFERRALS_TAKEN_UP or r.text.startswith(_REQUEST_GRANTED_AFTER, cue.end):
        return False  # 申请缓缴; 申请减免了房产税…: the request done and granted (cues.json _request_granted_after)
    request = r.requests.last_before(cue.start - _REQUEST_BEFORE, cue.start)
    return request is not None and not _REQUEST_FOR_OTHERS.search(
        r.text, max(0, request.start - _REQUEST_FOR_OTHERS_REACH), request.start)


# 申请缓缴水电费: a deferral used by applying for it (cues.json _deferral_taken_up_by_request).
_DEFERRALS_TAKEN_UP = frozenset(_C["deferral_taken_up_by_request"])
_REQUEST_GRANTED_AFTER = tuple(_C["request_granted_after"])
_REQUESTS_FOR_OTHERS = _C["requests_for_others"]
# 为(126家)企业申请, 协助企业申报: a word of acting for, then firms, right before the request.
_REQUEST_FOR_OTHERS = _on_re("_REQUEST_FOR_OTHERS",
    rf"(?:{alternation(_REQUESTS_FOR_OTHERS['for'])})[\p{{Han}}\d]{{0,{_REQUESTS_FOR_OTHERS['between_most']}}}?"
    rf"(?:{alternation(_REQUESTS_FOR_OTHERS['whom'])})$")
_REQUEST_FOR_OTHERS_REACH = max(map(len, _REQUESTS_FOR_OTHERS["for"])) + _REQUESTS_FOR_OTHERS["between_most"] \
    + max(map(len, _REQUESTS_FOR_OTHERS["whom"]))


_CREDIT_REFUNDED = _C["credit_refunded"]
_CREDIT_OBJECTS = frozenset(_CREDIT_REFUNDED["objects"])
_CREDIT_VERBS = tuple(_CREDIT_REFUNDED["verbs"])
_CREDIT_STILL_OWED = tuple(_CREDIT_REFUNDED["still_owed"])
_CREDIT_VERB_REACH = 8
if not _CREDIT_OBJECTS <= set(MONEY_WORDS):
    raise ResourceError(f"cues.json: credit_refunded objects {sorted(_CREDIT_OBJECTS - set(MONEY_WORDS))} "
                        f"are no money words: they would never be found")


def _credit_not_refunded(r: ArticleCues, cue: Cue) -> bool:
    """A tax credit carried forward (留抵税额) with no verb of refunding in its clause (期末留抵税额12亿元)
    is a stock the tax office owes, not relief given (cues.json credit_refunded)."""
    if cue.word not in _CREDIT_OBJECTS:
        return False
    lo, hi = r.geo.clause_of(cue.start)
    if any(word in r.text[lo:hi] for word in _CREDIT_STILL_OWED):
        return True  # 尚未退还的留抵税额仍有3亿元, 申请退还留抵税额2亿元: owed or asked for, not refunded
    # The verb refunds the credit itself: right before it, a few characters between (退还增值税留抵税额),
    # not another thing refunded earlier in the clause (在退还失业保险费后企业留抵税额仍达8亿元).
    window = r.text[max(lo, cue.start - _CREDIT_VERB_REACH):cue.start]
    return not any(verb in window for verb in _CREDIT_VERBS)


_REFUND_WORDS = frozenset(_REFUND_RECEIVED["words"])
_REFUND_NOT_OF = tuple(_REFUND_RECEIVED["not_of"])


def _refund_of_another_kind(r: ArticleCues, cue: Cue) -> bool:
    """A refund received whose clause names after it a deposit or a tax refunded (获返还投标保证金):
    not the contribution paid back to keep jobs (cues.json _refund_received)."""
    return cue.word in _REFUND_WORDS and any(w in r.text[cue.end:r.geo.clause_of(cue.start)[1]] for w in _REFUND_NOT_OF)


_SIGNED_AT_MATCHMAKING = _C["signed_at_matchmaking"]
_SIGNINGS = frozenset(_SIGNED_AT_MATCHMAKING["signings"])
_MATCHMAKINGS = tuple(_SIGNED_AT_MATCHMAKING["meetings"]) + tuple(_SIGNED_AT_MATCHMAKING["lenders"])
_INVESTMENT_SIGNED = tuple(_SIGNED_AT_MATCHMAKING["investment"])
_OTHER_DEALS = tuple(_SIGNED_AT_MATCHMAKING["other_deals"])
_CREDIT_SIGNED = tuple(_SIGNED_AT_MATCHMAKING["credit"])


def _signed_at_matchmaking(r: ArticleCues, cue: Cue, sentence) -> str | None:
    """The meeting word when the blocker is a signing after a bank–firm matchmaking meeting named
    before it in its sentence (银企对接会4场，现场签约金额6.8亿元): credit signed there, a loan;
    None for an investment signing (招商签约, 项目云签约, or 招商 between the meeting and it) or a
    trade deal signed (签约采购合同: cues.json _signed_at_matchmaking)."""
    if cue.word not in _SIGNINGS:
        return None
    text = r.text
    before = text[sentence[0]:cue.start]
    at, meeting = max((before.rfind(w), w) for w in _MATCHMAKINGS)
    if at < 0 or any(w in text[sentence[0] + at:cue.end] for w in _INVESTMENT_SIGNED) \
            or _other_deal_signed(text[cue.end:r.geo.clause_of(cue.start)[1]]):
        return None
    return meeting


def _other_deal_signed(after: str) -> bool:
    """The words after a signing in its clause name another deal (采购合同, 订单) before any word of
    credit: firms trading, not banks lending (签约贷款合同 stays credit)."""
    deal = min((at for at in map(after.find, _OTHER_DEALS) if at >= 0), default=-1)
    return deal >= 0 and not any(w in after[:deal] for w in _CREDIT_SIGNED)


_CONTEXT_NOT_SUPPORT = tuple(_C["context_not_support"])


def _context_not_support(r: ArticleCues, scope: str, clause) -> bool:
    """Only a context word (财政, 投入) named the amount, and its clause names a budget line or public
    works (财政科技支出12亿元, 财政投入8.5亿元实施道路提升工程): public finance, not support to firms
    or workers (cues.json context_not_support)."""
    if scope != "context":
        return False
    text, sentence = r.text, r.geo.sentence_of(clause[0])
    # 财政投入8.5亿元，实施道路提升工程: the purpose may follow in the next clause of the sentence.
    end = r.geo.clause_of(clause[1] + 1)[1] if clause[1] + 1 < sentence[1] else clause[1]
    words = text[clause[0]:end]
    # 投入1500万元实施中小企业数字化赋能工程, 帮扶道路运输企业: works or roads for firms are support.
    return any(word in words for word in _CONTEXT_NOT_SUPPORT) and not any(word in words for word in _FIRMS_SUPPORTED)


_FIRMS_SUPPORTED = tuple(_C["context_not_support_unless"])


_FUND_PAID_OUT = _C["fund_paid_out"]
_FUND_PAID_OUT_WORDS = frozenset(_FUND_PAID_OUT["words"])
# 其中区级财政资金…: a part named by who paid it in, paid like its whole (cues.json _fund_paid_out_source_parts)
_PAID_PART_WORDS = _FUND_PAID_OUT_WORDS | frozenset(_FUND_PAID_OUT["source_parts"])
# 拨付专项扶持资金, 发放了专项帮扶资金: a verb of paying right before the word, 了 between at most.
_PAID_OUT_BEFORE = _on_re("_PAID_OUT_BEFORE",
    rf"(?P<verb>{alternation(_FUND_PAID_OUT['verbs'])})(?:{alternation(_FUND_PAID_OUT['between'])})?$")
_PAID_OUT_REACH = max(map(len, _FUND_PAID_OUT["verbs"])) + max(map(len, _FUND_PAID_OUT["between"]))


def _paid_out_verb(text: str, cue: Cue, clause, num: NumberMention | None = None) -> str | None:
    """The verb that pays a general support word out to firms or people (向86家企业拨付专项扶持资金,
    已向企业拨付的专项帮扶资金…): then it names the payment, not a pot set aside (cues.json
    _fund_paid_out); or, between the word and the figure after it, the verb that pays the pot out
    (设立的专项纾困资金已累计发放2.3亿元: what was paid)."""
    if cue.word not in _FUND_PAID_OUT_WORDS:
        return None
    m = _PAID_OUT_BEFORE.search(text, max(clause[0], cue.start - _PAID_OUT_REACH), cue.start)
    if m is None and num is not None and cue.end <= num.start:
        m = _PAID_OUT_BETWEEN.search(text, cue.end, num.start)
    return m.group("verb") if m else None


# 已累计发放2.3亿元, 已拨付到位5600万元: a verb of paying before a figure in its clause (the pot's
# amount paid out, not its size).
_PAID_OUT_BETWEEN = _on_re("_PAID_OUT_BETWEEN",
    rf"(?P<verb>{alternation(_FUND_PAID_OUT['verbs'])})(?:{alternation(_FUND_PAID_OUT['paid_tails'])})?$")


def _pot_paid_out(r: ArticleCues, row: Measure, num: NumberMention, clause) -> str | None:
    """The verb paying out, before the figure in its own clause, the pot of a general support word
    whose row the figure continues (专项扶持资金规模达1.5亿元，目前已发放4200万元): the part paid, a
    subsidy, not a second size of the pot (cues.json _fund_paid_out)."""
    if row.category != "fund" or _cue_of(row.rule) not in _FUND_PAID_OUT_WORDS:
        return None
    m = _PAID_OUT_BETWEEN.search(r.text, max(clause[0], num.start - _PAID_OUT_BETWEEN_REACH), num.start)
    return m.group("verb") if m else None


_PAID_OUT_BETWEEN_REACH = 12
_WHOLE_VERB_REACH = _FUND_PAID_OUT["whole_verb_reach"]


def _part_of_paid_out(r: ArticleCues, cue: Cue, num: NumberMention, clause, sentence) -> str | None:
    """The verb of paying of the whole a part that 其中 opens belongs to, when that whole is a subsidy
    paid out (累计兑付惠企资金3.6亿元，其中专项纾困资金9000万元: cues.json _fund_paid_out); else None.
    The part named by a general support word is a share of what was paid, not a pot."""
    if cue.word not in _PAID_PART_WORDS or cue.start > num.start or not _in_qizhong_part(r, clause, sentence):
        return None
    whole = _list_head(r, num, clause, sentence, lambda row: row.category == _FUND_PAID_OUT["as"] and row.unit == num.unit)
    if whole is None:
        return None
    if ">其中>" in whole.rule:
        return whole.rule.rsplit(">", 1)[1]  # 其中市级资金3900万元、省级资金2500万元: the part before was paid
    lo = max(r.geo.clause_of(whole.span_start)[0], whole.span_start - _WHOLE_VERB_REACH)
    m = _PAID_OUT_BEFORE_WHOLE.search(r.text, lo, whole.span_start)
    return m.group() if m else None


_PAID_OUT_BEFORE_WHOLE = _on_re("_PAID_OUT_BEFORE_WHOLE", alternation(_FUND_PAID_OUT["verbs"]))


_PAID_OUT = _C["paid_out_to_firms"]
_PAID_OUT_VERB = alternation(_PAID_OUT["verbs"])
_PAID_TO_FIRMS = alternation(_PAID_OUT["to_firms"])
# 已拨付 / 拨付到企业 / 拨付到企业的资金为 / 已拨付滞留资金 + the amount: the verb, its tail, link,
# object and a word of the sum, all optional but the verb, right before the figure.
_PAID_OUT_BEFORE_FIGURE = _on_re("_PAID_OUT_BEFORE_FIGURE",
    rf"(?P<verb>{_PAID_OUT_VERB})(?P<to>{_PAID_TO_FIRMS})?(?:{alternation(_PAID_OUT['links'])})?"
    rf"(?P<object>{alternation(_PAID_OUT['held_objects'] + _PAID_OUT['objects'])})?"
    rf"(?:{alternation(_PAID_OUT['sums'])})?$")
_PAID_OUT_BEFORE_REACH = 2 + max(map(len, _PAID_OUT["to_firms"])) + 1 \
    + max(map(len, _PAID_OUT["held_objects"] + _PAID_OUT["objects"])) + max(map(len, _PAID_OUT["sums"]))
# 这430万元 + 已全部兑付到企业账户: done, perhaps whole, the verb and its destination right after the
# figure; or, with 到位/到账 for a destination (首批资金460万元已拨付到位), paid out of the pool before.
_PAID_OUT_AFTER_FIGURE = _on_re("_PAID_OUT_AFTER_FIGURE",
    rf"(?:{alternation(_PAID_OUT['done'])})(?:{alternation(_PAID_OUT['whole'])})?(?P<verb>{_PAID_OUT_VERB})"
    rf"(?:(?P<to>{_PAID_TO_FIRMS})|{alternation(_PAID_OUT['arrived'])})")
_PAID_OUT_HELD = frozenset(_PAID_OUT["held_objects"])
_PAID_OUT_POTS = frozenset(_PAID_OUT["pots"])
# 截留资金已全部兑付 + the amount: the money held back named first, then done, perhaps whole, the verb.
_HELD_THEN_PAID_FORM = (rf"(?:{alternation(_PAID_OUT['held_objects'])})(?:{alternation(_PAID_OUT['done'])})"
                        rf"(?:{alternation(_PAID_OUT['whole'])})?(?:{_PAID_OUT_VERB})")
_HELD_THEN_PAID = _on_re("_HELD_THEN_PAID", _HELD_THEN_PAID_FORM)
_HELD_THEN_PAID_BEFORE = _on_re("_HELD_THEN_PAID_BEFORE", _HELD_THEN_PAID_FORM + "$")
_HELD_THEN_PAID_REACH = max(map(len, _PAID_OUT["held_objects"])) + max(map(len, _PAID_OUT["done"])) \
    + max(map(len, _PAID_OUT["whole"])) + max(map(len, _PAID_OUT["verbs"]))


def _paid_out_to_firms(r: ArticleCues, num: NumberMention, clause) -> Cue | None:
    """For an amount no word names, the verb that says it was paid out as support (cues.json
    _paid_out_to_firms), as a subsidy's cue: paid to firms (实际拨付到企业的资金为1.27亿元, 这430万元已
    全部兑付到企业账户), or paid, done, out of money held back (已拨付滞留资金1040万元) or out of the pool
    or payment the last row of its paragraph states (…设立中小企业发展专项资金。截至11月底，已拨付两千
    一百五十万元); else None."""
    text, lo = r.text, clause[0]
    end = _counted_before_amount(r, num)
    m = _PAID_OUT_BEFORE_FIGURE.search(text, max(lo, end - _PAID_OUT_BEFORE_REACH), end)
    if m is None:
        m = _PAID_OUT_AFTER_FIGURE.match(text, num.end, clause[1])
        if m is None:
            return None  # nearly every amount
    if _NOT_DONE_BEFORE.search(text, max(lo, m.start("verb") - _NOT_DONE_REACH), m.start("verb")) \
            or _NOT_DONE_AFTER.search(text, num.end, clause[1]):
        return None  # 尚未拨付到企业的资金为1.27亿元, …资金280万元暂缓拨付: not paid
    if _lender_pays(text, lo, m.start("verb")):
        return None  # 合作银行已发放3.2亿元: a bank's loans, not support paid
    word = text[m.start("verb"):m.end("to") if m.group("to") else m.end("verb")]
    cue = Cue(m.start("verb"), m.start("verb") + len(word), word, _PAID_OUT["as"], "money")
    if m.group("to"):
        return cue  # 拨付到企业: support paid to firms
    if m.start() < num.start and not any(w in text[max(lo, m.start() - _PAID_OUT["done_reach"]):m.start()]
                                         for w in _PAID_OUT_DONE):
        return None  # 计划拨付2000万元: no payment done (…万元已拨付到位 holds its done word)
    if m.groupdict().get("object") in _PAID_OUT_HELD or _HELD_THEN_PAID_BEFORE.search(
            text, max(lo, m.end("verb") - _HELD_THEN_PAID_REACH), m.end("verb")):
        return cue  # 已拨付滞留资金, 滞留资金已拨付: support held back, now paid
    pot = _pot_paid_from(r, num)
    if pot is None or pot.category not in _PAID_OUT_POTS:
        return None  # 已拨付1000万元 after no support named in its paragraph
    if any(w in pot.rule.rsplit(":", 1)[-1] for w in _CREDIT_POOLS):  # its naming word (…>安排: and verb)
        return None  # 设立5000万元风险补偿资金池。…已发放3.2亿元: the loans it backs
    return cue


_PAID_OUT_DONE = tuple(_PAID_OUT["done"])
_COUNTED_BEFORE = _PAID_OUT["counted_before"]


def _counted_before_amount(r: ArticleCues, num: NumberMention) -> int:
    """Where the paying verb must end for the amount: right before it, or right before a count of
    whom it reached written first with only a separator between (共发放4800人、240万元: the verb
    pays the amount, the count says to how many; cues.json _paid_out_to_firms counted_before)."""
    earlier = r.number_near(num, -1)
    if earlier is not None and earlier.kind == "count" and earlier.unit in _COUNTED_BEFORE["units"] \
            and r.text[earlier.end:num.start] in _COUNTED_BEFORE["separators"]:
        return earlier.start
    return num.start


def _pot_paid_from(r: ArticleCues, num: NumberMention) -> Measure | None:
    """The last row before the figure in its paragraph; or, for a figure in its paragraph's first
    sentence, the last row of the paragraph right before (only blank lines between): a pool stated
    in one short paragraph and what was paid out of it in the next (…共获得惠企资金3200万元。⏎⏎截至
    6月底，已兑付2700万元). Not a pool of another zone than the figure's (望城区共筹集纾困资金2.4亿元。⏎⏎
    长沙县方面，…已兑付1.9亿元: 长沙县 pays out of no pool of 望城区)."""
    pot, start = r.last_row_before(num.start), r.paragraph_start(num.start)
    if pot is None or pot.span_start >= start:
        return pot
    text = r.text
    pot_line_end = text.find("\n", pot.span_end)
    if text[pot_line_end:start].strip() or text[start:r.geo.sentence_of(num.start)[0]].strip():
        return None  # a paragraph between, or a sentence of its own paragraph before the figure's
    if r.zones is not None and r.zones.zone_for(num.start) != r.zones.zone_for(pot.span_start):
        return None  # the next paragraph is about another zone: its payment is out of no pool named
    return pot
# 银行, 本行 but not the 本行 of 本行业 (not_lenders: words that hold a lender's name and are none).
_PAID_OUT_LENDER = _on_re("_PAID_OUT_LENDER", "|".join(
    regex.escape(lender) + "".join(f"(?!{regex.escape(w[len(lender):])})" for w in _PAID_OUT["not_lenders"]
                                   if w.startswith(lender))
    for lender in sorted(_PAID_OUT["lenders"], key=len, reverse=True)))
_PAID_VIA_LENDER = tuple(_PAID_OUT["paid_via_lender"])


def _lender_pays(text: str, lo: int, verb_at: int) -> bool:
    """A lender stands in the clause before the paying verb (合作银行已发放3.2亿元: its loans), with no
    public payer or word of routing before it (区财政通过银行已拨付到企业: public money the bank only
    carries; cues.json _paid_out_to_firms paid_via_lender)."""
    lender = _PAID_OUT_LENDER.search(text, lo, verb_at)
    return lender is not None and not any(w in text[lo:lender.start()] for w in _PAID_VIA_LENDER)
_CREDIT_POOLS = tuple(_PAID_OUT["credit_pools"])
# 尚未 / 应 / 暂缓 / 将全部 + the paying verb: money owed, held up or planned, not paid (cues.json
# _paid_out_to_firms not_done).


def _not_done_words(words) -> str:
    """An alternation of words of not_done, none read inside a longer word ending in it (not_done_inside):
    not the 应 of 相应 or 供应, nor the 将 of 已将."""
    return "|".join(_not_after([w for w in _PAID_OUT["not_done_inside"] if w.endswith(word)], drop=len(word))
                    + regex.escape(word) for word in sorted(words, key=len, reverse=True))


_NOT_DONE = rf"(?:{_not_done_words(_PAID_OUT['not_done'])})(?:{alternation(_PAID_OUT['not_done_adverbs'])})?"
_NOT_DONE_BEFORE = _on_re("_NOT_DONE_BEFORE", rf"{_NOT_DONE}$")
_NOT_DONE_REACH = max(map(len, _PAID_OUT["not_done"])) + max(map(len, _PAID_OUT["not_done_adverbs"]))
_NOT_DONE_AFTER = _on_re("_NOT_DONE_AFTER", rf"{_NOT_DONE}(?:{_PAID_OUT_VERB})")


def _money_category(r: ArticleCues, num: NumberMention, clause, sentence) -> tuple[str, str] | None:
    """(category, rule) of an amount of money, or None when it is not a support measure."""
    if (pooled := _pooled_by_levels(r, num, clause, sentence)) is not None \
            and not _misused(r, num, clause, clause[0]):
        return pooled  # 共获得各级惠企资金…，其中省级…、市级配套资金…: a budget and its sources, funds
    for scope in SCOPES["money"]:
        cue, row = _money_cue(r, scope, num, clause, sentence)
        if row is not None:
            if _misused(r, num, clause, clause[0]) or _public_spending(r, clause) \
                    or _received_from_above_alone(r, num, clause, sentence) or _paid_to_banks(r, num, clause, sentence) \
                    or _national_programme(r, num, clause, sentence) or _quota_of_wider_level(r, num, clause) \
                    or _paid_to_households(r, num, clause, sentence):
                return None  # …；以拨代支1200万元: a list's figure held back; …、隔离酒店运维费用: no support
            if (verb := _pot_paid_out(r, row, num, clause)):
                return _FUND_PAID_OUT["as"], f"money:{scope}:{_cue_of(row.rule)}>{verb}"  # …，已发放4200万元: paid out
            return row.category, f"money:{scope}:{_cue_of(row.rule)}"
        if cue is not None and _allowed(cue, scope):
            if scope == "sentence" and cue.role == BLOCKER and (asked := _named_by_question(r, num)) is not None:
                # 答：对暂时无法正常生产经营的企业，按每人500元的标准发放: a blocker of an earlier
                # clause says less of the answer's figure than the measure its question names.
                cue, scope = asked, "question"
            break
    else:
        return None
    signed_at = _signed_at_matchmaking(r, cue, sentence) if cue.role == BLOCKER else None
    if signed_at is not None:
        cue = cue._replace(category=_SIGNED_AT_MATCHMAKING["category"], role="money")  # 银企对接会…签约金额6.8亿元
    given = clause  # the span that names goods with their worth (from the clause before: 配送防疫物资，价值80余万元)
    if cue.category is None and cue.word in _WORTH_WORDS:
        goods, given = _goods_of_worth(r, cue, clause, sentence)
        if goods is not None and _goods_given_out(r, num, given, sentence):
            cue = goods  # 免费发放防疫物资价值80万元 / 配送防疫物资，价值80余万元: the goods' worth
        elif (voucher := _voucher_of_each_worth(r, cue, num, clause, sentence)) is not None:
            cue = voucher  # 消费券共发放2万套，每人限领1套，每套价值240元: each set's worth
    if cue.role == "money_after" and cue.start < num.start and _former_pool_size(r, cue, num):
        return None  # 应急转贷资金从5000万元扩充到2亿元: the pool's size before the change, no row
    if (cue.role == "money_after" and cue.start < num.start
            and not _POOL_SET_UP.search(r.text, max(clause[0], cue.start - _SET_UP_REACH), cue.start)
            and not _pool_put_up(r.text, cue, num, clause)
            and not _sizes_the_pool(r.text, cue, num) and not _pool_resized(r, cue, num)
            and not _part_of_a_pool(r, cue, num, clause, sentence)):
        cue = cue._replace(category=_BEFORE_FIGURE[cue.word], role="money")
    if cue.category is None or _blocked_cue(r, cue) or _credit_not_refunded(r, cue) or _refund_of_another_kind(r, cue) \
            or _context_not_support(r, scope, clause) or _not_for_firms(r, cue, num, clause) \
            or _tally_apart_unnamed(r.text, cue, num, sentence) \
            or _misused(r, num, clause, cue.start) or _public_spending(r, clause) \
            or _received_from_above_alone(r, num, clause, sentence) or _paid_to_banks(r, num, clause, sentence) \
            or _national_programme(r, num, clause, sentence) or _quota_of_wider_level(r, num, clause) \
            or _paid_to_households(r, num, clause, sentence) \
            or (scope == "context" and _one_firm_spends(r.text, sentence, cue.start)) \
            or _pay_with_allowance(r.text, cue, num, clause):
        return None  # 总投资 / 企业投入 / 融资需求 / 申请贷款 / 期末留抵税额 / 工资加补贴有三千多元: out of scope
    if cue.word in _BARE_RENT_WORDS and _rent_not_relieved(r.text, cue, num, clause, sentence):
        return None  # 企业租用园区厂房，一年租金约240万元; 房租60万元由企业自行承担: the rent a firm pays, no relief
    category, rule = cue.category, f"money:{scope}:{cue.word}" + (f">{signed_at}" if signed_at else "")
    if (relief := _gift_named_by_relief(r, cue)) is not None:
        category, rule = relief.category, f"{rule}>{relief.word}"  # 三千余万元“减租红包”: rent cuts handed out
    if (product := _guaranteed_term(r, cue, num, clause, sentence) or _guaranteed_product_named_back(r, cue, num, clause)) is not None:
        category, rule = product.category, f"{rule}>{product.word}"  # 贷款总额最高可达150万元 after 创业担保贷款
    if cue.role == "money_generic" and not _names_own_object(r.text, cue, num) \
            and not _names_own_object_before(r, cue, clause) and not _sums_the_list(r, cue, clause, sentence):
        if (premises := _premises_relieved(r.text, cue, clause)) is not None:
            category, rule = _PREMISES_RELIEVED["as"], f"{rule}>{premises}"  # 标准厂房减免2480万元: their rent
        elif (lessee := _lessee_relieved(r.text, cue, sentence)) is not None:
            category, rule = _LESSEE_RELIEVED["as"], f"{rule}>{lessee}"  # 承租人：某公司　减免金额：7.56万元: its rent
        elif (specific := _resolve_generic(r, cue, sentence)) is not None:
            category, rule = specific.category, f"{rule}>{specific.word}"
    if scope == "purpose" and (measure := _measure_of_policies_paid_out(r, cue)) is not None:
        category, rule = measure.category, f"{rule}>{measure.word}"  # 专项用于贴息政策兑现: the measure, interest subsidy
    if (heading := _kind_of_block_heading(r, cue, num)) is not None:
        category, rule = heading.category, f"{rule}>{heading.word}"  # （三）贷款贴息 … 补助金额：96,000元: the item's kind
    if num.unit not in BLOCKS[category]["units"]:
        if scope == "clause_before" and _names_who_qualifies(r.text, cue, num, clause):
            return _money_category_after(r, num, clause, sentence)  # 对生产防疫物资的企业给予…补贴
        if category in _WORTH_CATEGORIES and _WORTH_BEFORE.search(r.text, max(clause[0], num.start - _WORTH_REACH), num.start) \
                and _goods_given_out(r, num, given, sentence):
            return category, f"{rule}>{_WORTH['words'][0]}"  # 免费发放防疫物资价值80万元: the goods' worth
        return None  # 口罩: goods, counted in items, not an amount of support
    if category != "fund" and _names_a_pool(r.text, cue) and cue.start > num.start \
            and _POOL_SET_UP_BEFORE.search(r.text, max(clause[0], num.start - _SET_UP_BEFORE_REACH), num.start):
        category, rule = "fund", f"{rule}>{_C['pool_setup'][0]}"  # 设立10亿元的产业扶持资金: a pool set up is a fund
    elif (category != "fund" or cue.role == "money_after") and (verb := _pool_put_up(r.text, cue, num, clause)):
        category, rule = "fund", f"{rule}>{verb}"  # 统筹安排文旅纾困资金3000万元: a pool put up is a fund
    elif category != "fund" and (verb := _kinds_put_up(r.text, cue, num, clause)):
        category, rule = "fund", f"{rule}>{verb}"  # 安排纾困、转贷、风险补偿各类资金23.6亿元: kinds put up together
    elif category != "fund" and (purpose := _kinds_of_purpose(r, cue, num, clause)):
        category, rule = "fund", f"{rule}>{purpose}"  # 用于援企稳岗、减租降费等惠企方面的资金1.34亿元: several kinds
    elif category != "fund" and scope == "purpose" and (purpose := _kinds_of_purpose_after(r, cue, num)):
        category, rule = "fund", f"{rule}>{purpose}"  # 筹集600万元，用于商户房租减免和贷款贴息: several uses
    elif category != "fund" and scope == "purpose" and (policies := _policies_paid_out(r, cue)):
        category, rule = "fund", f"{rule}>{policies}"  # 筹措资金6800万元专项用于惠企政策兑现: a pool for them all
    elif category != "fund" and scope == "purpose" and cue.word in _POOL_PART_USES \
            and _part_of_a_pool(r, cue, num, clause, sentence):
        category, rule = "fund", f"{rule}>pool_part"  # 设立纾困资金，其中3000万元用于应急转贷: a part of the pool
    if category == "fund" and scope == "clause_before" and (measure := _measure_earmarked(r, cue, num, clause, sentence)):
        category, rule = measure.category, f"{rule}>{measure.word}"  # 拨付对口支援资金2000万元，专门用于…贴息
    if category == "fund" and (verb := _paid_out_verb(r.text, cue, clause, num)):
        category, rule = _FUND_PAID_OUT["as"], f"{rule}>{verb}"  # 向企业拨付专项扶持资金1260万元: paid out, no pot
    elif category == "fund" and scope == "clause_before" and (verb := _part_of_paid_out(r, cue, num, clause, sentence)):
        category, rule = _FUND_PAID_OUT["as"], f"{rule}>其中>{verb}"  # 累计兑付惠企资金3.6亿元，其中专项纾困资金…
    spender = _SPENT_BY_FIRM.get(category)
    # Looked for before the figure too when the cue follows it (企业投入1.2亿元设立研发基金).
    if spender and _spent_by_firm(r.text, spender, max(sentence[0], min(cue.start, num.start) - 12), cue.end, sentence[0]):
        return None  # 企业京东方投入30亿元建设新产线: a firm's own investment
    return category, rule


# 其中3000万元用于应急转贷: bridge lending as a part's purpose keeps the part a pool (cues.json _pool_part_uses).
_POOL_PART_USES = frozenset(_C["pool_part_uses"]["uses"])
_POOL_EARMARKED = _C["pool_earmarked"]
_POOL_EARMARKED_POOLS = frozenset(_POOL_EARMARKED["pools"])
_EARMARKING = tuple(sorted(_POOL_EARMARKED["words"], key=len, reverse=True))
_POOL_PAID_BY = tuple(_POOL_EARMARKED["paid_by"])


def _measure_earmarked(r: ArticleCues, cue: Cue, num: NumberMention, clause, sentence) -> Cue | None:
    """The one measure a purpose word of earmarking names, right after the amount or opening the next
    clause, for an amount named by a generic pool before it (拨付对口支援资金2000万元，专门用于县内中小
    企业贷款贴息: cues.json _pool_earmarked): the money's whole use, whose category it takes. None for
    money not paid out (安排专项资金三千万元，用于…补贴: a budget), a pool set up there (设立专项资金…),
    a purpose of several measures or of none."""
    text = r.text
    if cue.word not in _POOL_EARMARKED_POOLS or cue.start > num.start \
            or _POOL_SET_UP.search(text, max(clause[0], cue.start - _SET_UP_REACH), cue.start):
        return None
    before = text[clause[0]:cue.start]  # 拨付第一批复工复产专项资金: the verb may stand past long modifiers
    if not any(verb in before for verb in _POOL_PAID_BY):
        return None  # 安排专项资金三千万元，用于上述保险补贴: money arranged for it, a budget (a fund)
    at, end = num.end, clause[1]
    if not text.startswith(_EARMARKING, at):
        if text[num.end:end].strip() or end >= sentence[1]:
            return None
        at, end = r.geo.clause_of(end + 1)
        at += len(text[at:end]) - len(text[at:end].lstrip())
        if not text.startswith(_EARMARKING, at):
            return None
    named = [c for c in r.money_naming.cues if at <= c.start and c.end <= end and c.category is not None
             and num.unit in BLOCKS[c.category]["units"]]
    if not named:
        return None
    named = _named_after_giving(text, named, (at, end))
    if any(mark in text[at:named[-1].start] for mark in _KINDS_OF_PURPOSE["list_marks"]):
        return None  # 用于车间建设补助、岗位补贴和技能培训, 用于防疫物资采购和运转补助: several uses, a pool
    heads = {c.category for i, c in enumerate(named) if i + 1 == len(named) or not _one_compound(text, c, named[i + 1])}
    return named[-1] if len(heads) == 1 and "fund" not in heads else None


_BLOCK_HEADING = _C["kind_of_block_heading"]
_AMOUNT_LABEL = re.compile(rf"(?:{alternation(_BLOCK_HEADING['amount_labels'])})[:：]")
_LABEL_LINE = re.compile(_BLOCK_HEADING["label_line"])
_ITEM_OPENING = re.compile("|".join(resource("attribution.json")["item_openings"]))


def _kind_of_block_heading(r: ArticleCues, cue: Cue, num: NumberMention) -> Cue | None:
    """The naming word of the numbered heading (（三）贷款贴息) over the block of label lines whose
    amount line (补助金额：人民币96,000.00元) names no kind but its label, the word `cue` was found in,
    when it names another kind than the label: the item's kind is the amount's (cues.json
    _kind_of_block_heading). None when the amount is no label's, or no such heading stands above."""
    text = r.text
    line_start = text.rfind("\n", 0, num.start) + 1
    label = _AMOUNT_LABEL.match(text, line_start)
    if label is None or not (line_start <= cue.start and cue.end <= label.end()):
        return None
    heading = _block_heading_kind(r, line_start)
    return heading if heading is not None and heading.category != cue.category else None


def _kind_of_label_heading(r: ArticleCues, num: NumberMention) -> Cue | None:
    """For an amount after an amount label on its line's opening that names no kind (金额：人民币96,000.00
    元, 到账金额：…: no cue of the label found it), the naming word of the numbered heading over its block
    (（三）贷款贴息): the item says what the money was (scope item_heading, cues.json _kind_of_block_heading)."""
    line_start = r.text.rfind("\n", 0, num.start) + 1
    label = _AMOUNT_LABEL.match(r.text, line_start)
    return _block_heading_kind(r, line_start) if label is not None and label.end() <= num.start else None


def _kind_of_item_heading(r: ArticleCues, num: NumberMention) -> Cue | None:
    """For an amount on the first line under a short numbered sub-headline (2.留工培训补助 / 这个是按参保
    职工人数发的，每人500元), the heading's last naming word of a grant's kind: the item says what the
    money of its first line is (scope item_heading, cues.json _kind_of_item_heading)."""
    line_start = r.text.rfind("\n", 0, num.start) + 1
    if line_start < 2:
        return None
    heading = r.text.rfind("\n", 0, line_start - 1) + 1
    if not _NUMBERED_HEADING.fullmatch(r.text, heading, line_start - 1) or _ITEM_OPENING.match(r.text, line_start):
        return None  # 二、减免…房租 / 13.加大创业担保贷款扶持力度。…: an item of its own names its measure
    if not _paid_in_clause(r, num):
        return None  # 据测算，园区企业每月工资支出约2000万元: money of the firms, not the heading's grant
    kinds = [c for c in r.index(MONEY_WORDS, _C["neutral"], [(heading, line_start - 1)]).cues
             if c.role == "money" and c.category not in _BLOCK_HEADING["pool_kinds"]]
    return kinds[-1] if kinds else None


# （一）房租补贴。 opening its line: a numbered item's title, a sentence of its own (cues.json _kind_of_item_title).
_ITEM_TITLE = _on_re("_ITEM_TITLE", rf"{_NUMBERED_HEADING.pattern}。")


def _kind_of_item_title(r: ArticleCues, num: NumberMention) -> Cue | None:
    """For an amount on a line that opens with a numbered item's title sentence (（二）社保补贴。对…按单位
    缴纳部分的30%给予补贴。共支持企业120家，拨付873.36万元), the title's last naming word of a grant's
    kind: the item says what the money paid under it is, as a heading alone on its line does (scope
    item_heading, cues.json _kind_of_item_title)."""
    line_start = r.text.rfind("\n", 0, num.start) + 1
    title = _ITEM_TITLE.match(r.text, line_start)
    if title is None or not _paid_in_clause(r, num):
        return None  # most lines; 据测算，企业月工资支出约2000万元: the firms' money, no grant of the item
    if _NOT_DONE_AFTER.search(r.text, r.geo.clause_of(num.start)[0], num.start):
        return None  # 本批将发放86.4万元: to be paid, not paid (cues.json _paid_out_to_firms not_done)
    kinds = [c for c in r.index(MONEY_WORDS, _C["neutral"], [(line_start, title.end())]).cues
             if c.role == "money" and c.category not in _BLOCK_HEADING["pool_kinds"]]
    return kinds[-1] if kinds else None


_PAID_UNDER_HEADING = tuple(_C["kind_of_item_heading"]["paid_words"])
_PAID_AFTER_UNDER_HEADING = tuple(_C["kind_of_item_heading"]["paid_after"])


def _paid_in_clause(r: ArticleCues, num: NumberMention) -> bool:
    """The amount's clause says before it that the amount is paid, received or each one's (每人每月500元,
    我们厂拿到了6k, 一家店最多能减4000元: cues.json kind_of_item_heading paid_words), or right after it
    (按500元/人发放: paid_after)."""
    lo, hi = r.geo.clause_of(num.start)
    return any(w in r.text[lo:num.start] for w in _PAID_UNDER_HEADING) \
        or num.per is not None or any(w in r.text[num.end:hi] for w in _PAID_AFTER_UNDER_HEADING)  # 500元/人


def _block_heading_kind(r: ArticleCues, line_start: int) -> Cue | None:
    """The last naming word (a money cue not of pool_kinds) of the numbered heading over the block of
    label lines whose line starts at `line_start`, or None when no such heading stands above."""
    text = r.text
    pos = line_start  # the start of the lowest line of the block read so far
    for _ in range(_BLOCK_HEADING["max_label_lines"] + 1):
        if pos == 0:
            return None
        above = text.rfind("\n", 0, pos - 1) + 1
        line = text[above:pos - 1]
        if _LABEL_LINE.match(line):
            pos = above  # 发放主体：德州市财政局: the block goes on upwards
            continue
        if _ITEM_OPENING.match(line) is None or ":" in line or "：" in line:
            return None  # prose, or a line that is no item's heading
        kinds = [c for c in r.index(MONEY_WORDS, _C["neutral"], [(above, pos - 1)]).cues
                 if c.role == "money" and c.category not in _BLOCK_HEADING["pool_kinds"]]  # 发展专项资金: where from
        return kinds[-1] if kinds else None
    return None


_MISUSED_BEFORE = tuple(_C["misused"]["before"])
_MISUSED_AFTER = tuple(_C["misused"]["after"])
_MISUSED_UNDONE_BY = tuple(_C["misused"]["undone_by"])
_MISUSED_BEFORE_SET, _MISUSED_AFTER_SET = frozenset(_MISUSED_BEFORE), frozenset(_MISUSED_AFTER)
_MISUSED_UNDONE_SET = frozenset(_MISUSED_UNDONE_BY)
_MISUSED_AROUND = _C["misused_around"]
_INVOLVES = tuple(_MISUSED_AROUND["involves"])
_IRREGULAR = tuple(_MISUSED_AROUND["irregular"])
_ORDERED_BACK = frozenset(_C["misused"]["ordered_back"]["words"])
_RETURNED = frozenset(_C["misused"]["ordered_back"]["returned"])  # 责令…退还: the 退还 is the penalty
_CLOSED_RECIPIENTS = frozenset(_C["misused"]["closed_recipients"])  # 向已停产的企业发放…: money only
_VERDICT_OPENS = tuple(_MISUSED_AROUND["verdict_opens"])
_VERDICT_RULES = tuple(_MISUSED_AROUND["verdict_rules"])
_FRAUD = _MISUSED_AROUND["obtained_after_fraud"]
_FRAUD_WORDS, _OBTAIN_WORDS = tuple(_FRAUD["fraud"]), tuple(_FRAUD["obtain"])
_OBTAIN_WORD = literal_scanner(_OBTAIN_WORDS)
_MISUSE_NAMED = literal_scanner(sorted(_MISUSED_BEFORE_SET | _MISUSED_AFTER_SET | set(_IRREGULAR)
                                       | _CLOSED_RECIPIENTS | set(_VERDICT_OPENS)
                                       | set(_C["misused"]["unpaid_right_before"]["words"])
                                       | {p + v for p in _C["misused"]["unpaid_right_before"]["pending"]
                                          for v in _C["paid_out_to_firms"]["verbs"]}))  # 待拨付
# Every word of the three lists, the longest where one holds another (滞留在, not 滞留): found once
# per clause, so that a list of figures in one clause is looked at once.
_IRREGULAR_SET = frozenset(_IRREGULAR)
_MISUSE_WORD = literal_scanner(sorted(_MISUSED_BEFORE_SET | _MISUSED_AFTER_SET | _MISUSED_UNDONE_SET | _IRREGULAR_SET
                                      | _CLOSED_RECIPIENTS))
_MISUSED_NEGATED_BY = tuple(_C["misused"]["negated_by"])
_FRAUD_DENIED_BY = _MISUSED_NEGATED_BY + tuple(_FRAUD["denied_by"])  # 均未虚构…: a check that found none
_STRANDED = _C["misused"]["people_stranded"]
_STRANDED_WORDS = tuple(_STRANDED["words"])  # 滞留, and 滞留在 of misused.after


def _misused(r: ArticleCues, num: NumberMention, clause, named_at: int) -> bool:
    """The figure is of support obtained by fraud, paid against the rules, held back or taken back
    (骗取稳岗补贴9.6万元, 滞留惠企资金1500万元未拨付, 追回违规发放的补贴32万元; cues.json _misused):
    a word of it before the figure in its clause, or from the clause of the word naming it
    (部分企业骗取稳岗补贴，涉及金额9.6万元), or a word of it after the figure in its clause; not when a
    word of paying late follows it (为被截留补贴的企业补发补贴…: paid now)."""
    text = r.text
    if not r.names_misuse:
        return False  # most texts: none of the words, no clause to look at
    lo = min(clause[0], r.geo.clause_of(named_at)[0]) if named_at < clause[0] else clause[0]
    hits = r.misuse_hits.get((lo, clause[1]))
    if hits is None:
        hits = r.misuse_hits[(lo, clause[1])] = [(m.start(), m.group()) for m in _MISUSE_WORD.finditer(text, lo, clause[1])]
    for i, (at, word) in enumerate(hits):
        if at >= num.end and word in _MISUSED_AFTER_SET and not _people_stranded(text, at, word) \
                and not _after_word_undone(text, num, clause[0], num.end, at, word):
            return True  # 补贴资金1500万元未拨付; not 500万元专款专用不得挪用: forbidden, not done
        if at + len(word) > num.start:
            continue
        if word in _CLOSED_RECIPIENTS:
            if num.kind == "money" and _found_by_a_check(r, num):
                return True  # 审计发现，…向已停产的企业发放稳岗返还资金: paid to a firm that had stopped
            continue  # 此前已停产的86家企业已全部复产: back again; 对已停业的个体工商户每户补助: a condition
        if word not in _MISUSED_BEFORE_SET:
            continue
        if word in _MISUSED_NEEDS_CHECK and not _found_by_a_check(r, num):
            continue  # 对不属于限制类行业的中小企业每家给予5万元: a condition of a policy, no finding
        undone = any(later + len(w) <= num.start and w in _MISUSED_UNDONE_SET
                     and not (word in _ORDERED_BACK and w in _RETURNED) for later, w in hits[i + 1:])
        if undone or text.endswith(_MISUSED_NEGATED_BY, lo, at):
            continue  # 补发: paid now; 不收回, 暂缓收回, 不重复享受: no misuse done
        if _people_stranded(text, at, word):
            continue  # 为滞留在园区的务工人员发放生活补贴: people stranded, no money held back
        if word in _HELD_WORDS and (_held_paid_now(text, lo, at) or _HELD_THEN_PAID.match(text, at, num.start)):
            continue  # 已拨付滞留资金1040万元, 截留资金已全部兑付680万元: the money held back, paid out now
        return True
    return _misused_next_clause(r, num, clause) or _irregularity_involved(r, clause) \
        or _ruled_against_next(r, num, clause) or _obtained_after_fraud(r, num, clause) \
        or _unpaid_right_before(r.text, num, clause) or _part_of_misused_sum(r, clause)


_MISUSED_NEGATED_LONG = tuple(w for w in _MISUSED_NEGATED_BY if len(w) > 1)
_REPAID_WORDS = frozenset(_C["misused"]["repaid"]["words"])
_REPAID_CREDIT = tuple(_C["misused"]["repaid"]["credit"])


def _after_word_undone(text: str, num: NumberMention, lo: int, frm: int, at: int, word: str) -> bool:
    """A word of misused.after at `at`, after the figure (looked at from `frm`), says no misuse done
    (cues.json _misused): a negation right before it or, of two characters or more, anywhere between
    (800万元专款专用严防挪用, 决不允许挪用: forbidden); or a loan repaid, a word of repaid after credit
    named before the figure in its clause (`lo`: 发放贴息贷款2.3亿元，已全部收回: it came back)."""
    if text.endswith(_MISUSED_NEGATED_BY, frm, at) or any(w in text[frm:at] for w in _MISUSED_NEGATED_LONG):
        return True
    return word in _REPAID_WORDS and any(w in text[lo:num.start] for w in _REPAID_CREDIT)


_MISUSED_PARTS_OPEN = tuple(_C["misused"]["parts_open"])


def _part_of_misused_sum(r: ArticleCues, clause) -> bool:
    """The clause opens a list of parts (其中, 包括: misused.parts_open) of the sum of the clause right
    before it in the sentence, and that sum is misused (截留专项资金980万元未下达，其中创业补贴320万元…:
    cues.json _misused_parts): every part is held back as the whole is."""
    text = r.text
    if not text.startswith(_MISUSED_PARTS_OPEN, clause[0]):
        return False
    prev = r.geo.previous_clause(clause, r.geo.sentence_of(clause[0]))
    if prev is None:
        return False
    i = bisect.bisect_left(r.number_starts, clause[0]) - 1
    whole = r.numbers[i] if i >= 0 else None
    return whole is not None and whole.start >= prev[0] and whole.kind == "money" \
        and _misused(r, whole, prev, prev[0])


_LEVELS = _C["pool_of_levels"]
_POOLED_WORD = literal_scanner(_LEVELS["pooled"])
# 各级惠企资金 + the amount: money pooled from several levels, its noun right before the figure.
_POOLED_BEFORE = _on_re("_POOLED_BEFORE",
    rf"(?:{alternation(_LEVELS['pooled'])})[\p{{Han}}]{{0,{_LEVELS['noun_most']}}}$")
_POOLED_REACH = max(map(len, _LEVELS["pooled"])) + _LEVELS["noun_most"]
_GOVERNMENT_LEVELS = tuple(_LEVELS["levels"])
_LEVEL_PARTS_OPEN = tuple(_LEVELS["parts_open"])


def _opens_with_level(text: str, start: int, end: int) -> bool:
    """A level of government (省级, 市级, 管委会 …) within level_reach characters of `start`."""
    head = text[start:min(end, start + _LEVELS["level_reach"] + max(map(len, _GOVERNMENT_LEVELS)))]
    return any(0 <= head.find(w) <= _LEVELS["level_reach"] for w in _GOVERNMENT_LEVELS)


def _parts_start(text: str, clause) -> int | None:
    """Where the list of parts begins in a clause opening with 其中 (parts_open), else None."""
    at = clause[0]
    while at < clause[1] and text[at] in " \u3000“\"":
        at += 1
    opener = next((w for w in _LEVEL_PARTS_OPEN if text.startswith(w, at)), None)
    return None if opener is None else at + len(opener)


def _pooled_whole(r: ArticleCues, num: NumberMention, clause, sentence) -> bool:
    """The amount is a sum pooled from several levels (各级…资金, not paid out) that the clause right
    after it in its sentence breaks down by level (cues.json _pool_of_levels)."""
    text = r.text
    if not _POOLED_BEFORE.search(text, max(clause[0], num.start - _POOLED_REACH), num.start) \
            or any(w in text[clause[0]:num.start] for w in _LEVELS["paid_out"] + _LEVELS["for_firms"]) \
            or clause[1] >= sentence[1]:
        return False
    nxt = r.geo.clause_of(clause[1] + 1)
    start = _parts_start(text, nxt)
    return start is not None and _opens_with_level(text, start, nxt[1])


def _pooled_by_levels(r: ArticleCues, num: NumberMention, clause, sentence) -> tuple[str, str] | None:
    """(fund, rule) for a sum pooled from several levels of government or for one of its parts named
    by level (共获得各级惠企资金4860万元，其中省级…2150万元、市级配套资金1210万元、管委会自筹1500万元:
    cues.json _pool_of_levels), else None. Only looked at where 各级 stands in the sentence."""
    text = r.text
    if num.kind != "money" or _search_before(r, _POOLED_WORD, sentence, num.start) is None:
        return None  # most figures: no pool of levels before them
    if _pooled_whole(r, num, clause, sentence):
        return _LEVELS["as"], "money:pool_of_levels:whole"
    start = _parts_start(text, clause)
    prev = r.geo.previous_clause(clause, sentence)
    if start is None or prev is None:
        return None
    item = max(start, text.rfind("、", start, num.start) + 1)
    i = bisect.bisect_left(r.number_starts, clause[0]) - 1
    whole = r.numbers[i] if i >= 0 else None
    if whole is None or whole.start < prev[0] or not _opens_with_level(text, item, num.start) \
            or any(w in text[item:num.start] for w in _LEVELS["paid_out"]) \
            or not _pooled_whole(r, whole, prev, sentence):  # 其中区级兑现…: a part paid out, support
        return None
    return _LEVELS["as"], "money:pool_of_levels:part"


_HELD_WORDS = frozenset(_C["misused"]["held_paid_out"]["held"])
_HELD_PAID_BY = tuple(_C["misused"]["held_paid_out"]["verbs"])
_UNPAID = _C["misused"]["unpaid_right_before"]
# 未发放的 / 尚未拨付资金 / 未兑付部分为 + the amount: money not paid, named right before the figure.
# 待拨付 / 应发放: a word of owed or pending (not of a plan) and a paying verb, as a word of unpaid.
_PENDING_PAYMENT = rf"(?:{_not_done_words(_UNPAID['pending'])})(?:{_PAID_OUT_VERB})"
_UNPAID_RIGHT_BEFORE = _on_re("_UNPAID_RIGHT_BEFORE",
    rf"(?:{alternation(_UNPAID['words'])}|{_PENDING_PAYMENT})(?:{alternation(_UNPAID['links'])})?"
    rf"(?:{alternation(_UNPAID['objects'])})?(?:{alternation(_UNPAID['sums'])})?$")
_UNPAID_REACH = max(map(len, _UNPAID["words"] + [p + v for p in _UNPAID["pending"] for v in _PAID_OUT["verbs"]])) \
    + max(map(len, _UNPAID["links"])) \
    + max(map(len, _UNPAID["objects"])) + max(map(len, _UNPAID["sums"]))


def _unpaid_right_before(text: str, num: NumberMention, clause) -> bool:
    """A word of money not paid right before the amount (未发放的1.8亿元, 尚未拨付资金600万元: cues.json
    misused.unpaid_right_before): money still to pay, no support that reached firms."""
    return _UNPAID_RIGHT_BEFORE.search(text, max(clause[0], num.start - _UNPAID_REACH), num.start) is not None


def _held_paid_now(text: str, lo: int, at: int) -> bool:
    """A verb paying out the money held back right before its word (已拨付滞留资金, 补拨截留资金:
    misused.held_paid_out), with no word of not yet, owed or planned right before the verb (尚未拨付
    滞留资金: still held; cues.json _paid_out_to_firms not_done)."""
    verb = next((v for v in _HELD_PAID_BY if text.endswith(v, lo, at)), None)
    return verb is not None and not _NOT_DONE_BEFORE.search(
        text, max(lo, at - len(verb) - _NOT_DONE_REACH), at - len(verb))
_MISUSED_NEEDS_CHECK = frozenset(_C["misused"]["needs_a_check"]["words"])
_CHECK_WORDS = tuple(_C["misused"]["needs_a_check"]["checks"])


def _found_by_a_check(r: ArticleCues, num: NumberMention) -> bool:
    """A word of an audit, an inspection or a penalty (审计发现, 经查, 违规, 追回, 责令…: cues.json
    misused.needs_a_check) in the figure's paragraph before it, in the line before that paragraph (a
    heading: 2.向不符合条件的主体发放补贴) or in the title (…的审计工作报告): the words of recipients not
    entitled (不属于, 不符合条件的, 已停产) state a finding there, and a policy's condition elsewhere."""
    text = r.text
    paragraph = text.rfind("\n", 0, num.start) + 1
    line_before = text.rfind("\n", 0, max(0, paragraph - 1)) + 1
    title_end = text.find("\n")
    title_end = len(text) if title_end < 0 else title_end
    return any(text.find(w, line_before, num.start) >= 0 or text.find(w, 0, min(title_end, line_before)) >= 0
               for w in _CHECK_WORDS)


def _people_stranded(text: str, at: int, word: str) -> bool:
    """滞留 (滞留在) of people (misused.people_stranded: 为滞留在旗内的外地驾驶员提供住宿): people held up
    where they are, named within reach after the word, no money held back."""
    return word.startswith(_STRANDED_WORDS) and any(
        w in text[at + len(word):at + len(word) + _STRANDED["reach"]] for w in _STRANDED["people_after"])


_HELD_FOR_CAUSE_OPENS = tuple(_MISUSED_AROUND["held_for_cause"]["opens"])
_HELD_FOR_CAUSE_THEN = tuple(_MISUSED_AROUND["held_for_cause"]["then"])


def _misused_next_clause(r: ArticleCues, num: NumberMention, clause) -> bool:
    """The clause right after the figure's opens with a word of misused.after, the amount its left-out
    subject (…专项资金因项目未落地，闲置超过一年): cues.json _misused_around (1)."""
    text, end = r.text, clause[1]
    if text[end:end + 1] not in "，,":
        return False
    later = r.number_near(num, 1)
    opens = end + 1
    nxt_end = r.geo.clause_of(opens)[1]
    if later is not None and later.start < nxt_end:
        return False  # …拨付3400万元，未拨付部分1600万元: the word names the next clause's own amount
    if text.startswith(_HELD_FOR_CAUSE_OPENS, opens):
        then = next((k for w in _HELD_FOR_CAUSE_THEN if (k := text.find(w, opens, nxt_end)) >= 0), -1)
        if then >= 0 and (_NOT_DONE_AFTER.match(text, then + 1, nxt_end)
                          or text.startswith(_MISUSED_AFTER, then + 1)):
            return True  # …资金共计760万元，因项目未通过验收而暂缓拨付: held back for a cause
    for word in _MISUSED_AFTER:
        at = text.find(word, opens, opens + _MISUSED_AROUND["next_lead_most"] + len(word))
        # 未发放的部分: a part of it, named by a modifier; 并为滞留在旗内的外地驾驶员…: people stranded
        if at >= 0 and (later is None or later.start > at) and not any(m in text[opens:at] for m in "，,。；;") \
                and not text.startswith("的", at + len(word)) and not _people_stranded(text, at, word) \
                and not _after_word_undone(text, num, clause[0], opens, at, word):
            return True  # not …800万元，严防挪用 (forbidden) nor …贷款2.3亿元，已全部收回 (repaid)
    return False


def _ruled_against_next(r: ArticleCues, num: NumberMention, clause) -> bool:
    """The clause right after the figure's, with no figure of its own, opens with a verdict that it broke
    the rules (…拨付奖补资金320万元，不符合该区产业政策有关规定): cues.json _misused_around (3)."""
    text, end = r.text, clause[1]
    if end >= len(text) or text[end] not in "，,":
        return False
    nxt = r.geo.clause_of(end + 1)
    if nxt[0] > end + 1 or r.geo.sentence_of(nxt[0]) != r.geo.sentence_of(num.start):
        return False
    later = r.number_near(num, 1)
    if later is not None and later.start < nxt[1]:
        return False  # …，违反规定发放补贴12万元: the next clause's own finding
    opens = end + 1
    for word in _VERDICT_OPENS:
        at = text.find(word, opens, opens + _MISUSED_AROUND["next_lead_most"] + len(word))
        if at < 0:
            continue
        rule = next((m for m in _VERDICT_RULES if (k := text.find(m, at, nxt[1])) >= 0
                     and not text.startswith("的", k + len(m))), None)
        if rule is not None:
            return True  # 不符合园区有关规定: a finding, no support; 不符合规定的企业…: a group named
    return False


def _obtained_after_fraud(r: ArticleCues, num: NumberMention, clause) -> bool:
    """The clause before the figure's, in its sentence, states a fraud and the figure's clause a verb of
    getting before it (…虚构员工40人，先后申领以工代训补贴共计12万元): cues.json _misused_around (4)."""
    text = r.text
    if _OBTAIN_WORD.search(text, clause[0], num.start) is None:
        return False
    prev = r.geo.previous_clause(clause, r.geo.sentence_of(clause[0]))
    if prev is None:
        return False
    for word in _FRAUD_WORDS:
        at = text.find(word, prev[0], prev[1])
        if at >= 0 and not _fraud_denied(text, prev[0], at):
            return True
    return False


def _fraud_denied(text: str, lo: int, at: int) -> bool:
    """A word denying or fighting the fraud (未, 没有, 打击, 防范…: obtained_after_fraud.denied_by) right
    before the fraud word at `at`, over other fraud words between (严厉打击虚报冒领: 冒领 fought too)."""
    end = at
    while True:
        before = next((w for w in _FRAUD_WORDS if text.endswith(w, lo, end)), None)
        if before is None:
            return text.endswith(_FRAUD_DENIED_BY, lo, end)
        end -= len(before)


def _irregularity_involved(r: ArticleCues, clause) -> bool:
    """The figure's clause opens with 涉及 right after a clause stating an irregularity (…物资未及时登记造册，
    涉及物资1.8万件): the irregularity's amount, cues.json _misused_around (2)."""
    text = r.text
    if not text.startswith(_INVOLVES, clause[0]):
        return False
    prev = r.geo.previous_clause(clause, r.geo.sentence_of(clause[0]))
    if prev is None:
        return False
    words = r.misuse_hits.get(prev)
    if words is None:
        words = r.misuse_hits[prev] = [(m.start(), m.group()) for m in _MISUSE_WORD.finditer(text, prev[0], prev[1])]
    return any((w in _IRREGULAR_SET or w in _MISUSED_BEFORE_SET or w in _MISUSED_AFTER_SET)
               and not _group_paid(text, at, w, prev[1]) for at, w in words)


_GROUP_PAID = _MISUSED_AROUND["group_paid"]
_GROUP_PAID_WORDS = frozenset(_GROUP_PAID["words"])
_GROUP_PAID_VERBS = tuple(_GROUP_PAID["verbs"])


def _group_paid(text: str, at: int, word: str, end: int) -> bool:
    """A word of group_paid (未将, 未足额) at `at` inside a modifier, its link (的) after it before `end`,
    and a paying verb after the link: it describes the group support is paid to (对未将员工裁减的企业
    发放稳岗返还; 为未足额享受租金减免的商户补足减免), no irregularity (cues.json _misused_around (2))."""
    if word not in _GROUP_PAID_WORDS:
        return False
    link = text.find(_GROUP_PAID["link"], at + len(word), end)
    return link >= 0 and any(v in text[link + 1:end] for v in _GROUP_PAID_VERBS)


_PUBLIC_SPENDING = tuple(_C["public_spending"]["words"])
_PUBLIC_SPENDING_FUNDS = tuple(_C["public_spending"]["funds"])
# 集中隔离期间生活补贴: a word of time, then within a few characters a grant's word (cues.json _public_spending)
_SUPPORT_OVER_TIME = short_pattern(
    rf"(?:{alternation(_C['public_spending']['time_after'])})\p{{Han}}{{0,{_C['public_spending']['support_after_time_gap']}}}?"
    rf"(?:{alternation(_C['public_spending']['support_after_time'])})")
_FUND_FOR_SUPPORT = tuple(_C["public_spending"]["fund_for_support"])
_FUND_FOR_RESUMPTION = tuple(_C["public_spending"]["fund_for_resumption"])
# 煤矿复工复产防疫专项资金, 纾困防疫专项资金: an epidemic fund whose own name says it is for firms
# resuming or relieved, the word a few characters of the name before the fund word; not 复工复产期间
# 累计投入防疫资金, spending during the resumption (cues.json _public_spending fund_name_breaks).
_FUND_NAMED_FOR_FIRMS = _on_re("_FUND_NAMED_FOR_FIRMS",
    rf"(?:{alternation(_FUND_FOR_RESUMPTION + _FUND_FOR_SUPPORT)})"
    rf"(?:(?!{alternation(_C['public_spending']['fund_name_breaks'])})[\p{{Han}}]){{0,{_C['public_spending']['fund_name_gap']}}}"
    rf"(?:{alternation(_C['public_spending']['funds'])})")
# …，对复工企业和复产煤矿给予防疫补助: a next clause paying those resuming work, whom the fund serves;
# not …，保障复工复产, a resumption merely named (cues.json _public_spending paid_to).
_PAID_TO = _C["public_spending"]["paid_to"]
_PAYS_THOSE_RESUMING = _on_re("_PAYS_THOSE_RESUMING",
    rf"(?:{alternation(_PAID_TO['to'])})[\p{{Han}}、]{{0,8}}?(?:{alternation(_FUND_FOR_RESUMPTION)})"
    rf"[\p{{Han}}、]{{0,8}}?(?:{alternation(_PAID_TO['give'])})")
_PUBLIC_SPENDING_WORD = literal_scanner(_PUBLIC_SPENDING + _PUBLIC_SPENDING_FUNDS)
_PAID_TO_WORDS = tuple(_PAID_TO["to"])
# 消费券, 惠民券, 券包: the money words of vouchers (cues.json _vouchers).
_VOUCHERS = _C["vouchers"]
_VOUCHER_WORDS = tuple(w for w in BLOCKS[_VOUCHERS["category"]]["money"] if w.endswith(tuple(_VOUCHERS["ends"])))
_VOUCHER_COVERS = frozenset(_VOUCHERS["covers"]["verbs"])
_FIRM_VOUCHERS = tuple(_VOUCHERS["covers"]["firm_vouchers"])


def _cover_without_voucher(r: ArticleCues, cue: Cue, sentence) -> bool:
    """A verb of taking a share off a bill (可抵扣服务费用的30%) names a voucher's share only where a
    voucher for firms is named in its sentence or the sentence before (cues.json _vouchers, covers):
    加计抵扣, 在租金中抵扣 of a tax or a rent are no voucher's."""
    if cue.word not in _VOUCHER_COVERS:
        return False
    lo = r.geo.sentence_before(sentence)[0] if sentence[0] else 0
    said = r.text[lo:sentence[1]]
    return not any(word in said for word in _FIRM_VOUCHERS)


# 对新入职员工给予每人1117元补助 beside 医护人员随车: workers served, as firms are.
_SERVED_NOT_TOURISM = tuple(_C["context_not_support_unless"]) + tuple(_C["public_spending"]["served_also"])
# 旅游景区, 旅行社, 星级酒店: tourism businesses, served unless the words also name control work (cues.json _public_spending).
_SERVED_TOURISM = tuple(_C["public_spending"]["served_tourism"])
_SERVED_BY_SUPPORT = _SERVED_NOT_TOURISM + _SERVED_TOURISM
# 集中隔离, 核酸, 医务人员: the public control work a grant pays for, where a hotel or a scenic area is only its place.
_CONTROL_WORK = tuple(_C["public_spending"]["control_work"])


def _names_served(words: str) -> bool:
    """The words name firms or workers served by the money: a firm or worker word, or a tourism
    business (旅游景区, 星级酒店) where no word of control work stands beside it (承担集中隔离任务的
    星级酒店, 旅游景区核酸检测点: where the public work is done, no firm served; cues.json _public_spending)."""
    if any(word in words for word in _SERVED_NOT_TOURISM):
        return True
    return any(word in words for word in _SERVED_TOURISM) and not any(word in words for word in _CONTROL_WORK)


def _public_spending(r: ArticleCues, clause) -> bool:
    """The figure's clause names public spending that is no support to firms or workers (epidemic
    control, pay of medical staff, welfare, community grants: cues.json _public_spending), and
    neither it nor a next clause of purpose (用于…) names firms as those served."""
    found = r.public_spending.get(clause)
    if found is None:
        found = r.public_spending[clause] = _names_public_spending_only(r, clause)
    return found


def _served_in_recipient_clause(r: ArticleCues, clause, sentence) -> bool:
    """The clause right before the figure's, in its sentence, opens (after an item's number) with a word of paying to (对, 向:
    cues.json _public_spending paid_to) and names firms or workers served (对新区内A级旅游景区，按…标准
    给予疫情防控补助): the sentence names whom the grant pays before the standard's own clause."""
    before = r.geo.previous_clause(clause, sentence)
    if before is None:
        return False
    start = before[0]
    while start < before[1] and r.text[start].isspace():
        start += 1
    item = _ITEM_OPENING.match(r.text, start, before[1])  # 2.对新区内A级旅游景区: a numbered measure
    start = item.end() if item else start
    if not r.text.startswith(_PAID_TO_WORDS, start):
        return False
    words = r.text[start:before[1]]
    # 对用作集中隔离点的星级酒店, 对进驻景区开展防控工作的医务人员: control work paid for, public spending
    return _names_served(words) and not any(word in words for word in _CONTROL_WORK)


def _names_public_spending_only(r: ArticleCues, clause) -> bool:
    """_public_spending's reading of one clause, made once per clause."""
    text = r.text
    m = _PUBLIC_SPENDING_WORD.search(text, clause[0], clause[1])
    if m is None:
        return False
    if all(_SUPPORT_OVER_TIME.match(text, x.end(), clause[1]) for x in _PUBLIC_SPENDING_WORD.finditer(text, clause[0], clause[1])):
        return False  # 给予集中隔离期间生活补贴: the time a grant covers, no spending on quarantine
    if _names_served(text[clause[0]:clause[1]]):
        return False  # 向防疫物资生产企业拨付疫情防控资金 (not 向承担集中隔离任务的星级酒店拨付防控补助)
    sentence = r.geo.sentence_of(clause[0])
    if _served_in_recipient_clause(r, clause, sentence):
        return False  # 对辖区A级旅游景区，按4A级80万元标准给予疫情防控补助: firms paid
    if any(word in text[clause[0]:clause[1]] for word in _VOUCHER_WORDS):
        return False  # 向困难群众每人发放200元消费券: spent at shops, a subsidy (cues.json _vouchers)
    funds_only = all(w in _PUBLIC_SPENDING_FUNDS
                     for w in (x.group() for x in _PUBLIC_SPENDING_WORD.finditer(text, clause[0], clause[1])))
    if funds_only and _FUND_NAMED_FOR_FIRMS.search(text, clause[0], clause[1]):
        return False  # 安排煤矿复工复产防疫专项资金800万元: its name says it is for firms resuming work
    if clause[1] + 1 >= sentence[1]:
        return True
    after = r.geo.clause_of(clause[1] + 1)
    following = text[after[0]:after[1]]
    if funds_only and (_names_served(following) or any(word in following for word in _FUND_FOR_SUPPORT)
                       or _PAYS_THOSE_RESUMING.search(following)):
        return False  # 安排疫情防控专项资金1.5亿元，已兑现各类补贴… / …，对复产煤矿给予补助: it serves firms
    # 安排疫情防控专项资金5000万元，用于支持企业复工: the next clause may say whom it serves (not 用于旅游景区核酸检测点建设).
    return not (text.startswith(_PURPOSE_WORDS, after[0]) and _names_served(following))


_HOUSEHOLDS_PAID = _C["households_paid"]
_DWELLERS = frozenset(_HOUSEHOLDS_PAID["dwellers"])
_HOUSEHOLD_WORD = literal_scanner(_HOUSEHOLDS_PAID["households"] + _HOUSEHOLDS_PAID["dwellers"])
# 对受灾群众 / 同时为住房倒塌的农户: a word of giving to, then the recipient's phrase up to the household word.
_HOUSEHOLD_LEAD = re.compile(
    rf"(?:{alternation(_HOUSEHOLDS_PAID['to'])})[{HAN}]{{0,{_HOUSEHOLDS_PAID['recipient_most']}}}$")
_HOUSEHOLD_LEAD_REACH = 1 + _HOUSEHOLDS_PAID["recipient_most"]
# 为保障群众…, 为方便群众办事: a verb of purpose between the word of giving to and the household word.
_HOUSEHOLD_PURPOSES = tuple(_HOUSEHOLDS_PAID["purposes"])
# 生活补助, 救灾资金, 住房重建补助: relief that stays the households' though a purpose about them leads it.
_PURPOSE_HOUSEHOLD_MEASURES = tuple(_HOUSEHOLDS_PAID["purpose_household_measures"])
# …，高新区为纳税人减免 / 向生产厂商发放: another recipient between the household word and the amount.
_ANOTHER_RECIPIENT = re.compile(
    rf"(?:{'|'.join(_HOUSEHOLDS_PAID['another_to'])})[{HAN}]{{1,{_HOUSEHOLDS_PAID['recipient_most']}}}?"
    rf"(?:{alternation(_HOUSEHOLDS_PAID['another_give'])})")
# 为受灾企业和群众, 对吸纳受灾群众就业的企业, 对居民购买家电: firms, workers or buyers served too.
_NOT_ONLY_HOUSEHOLDS = tuple(_HOUSEHOLDS_PAID["served"]) + _SERVED_BY_SUPPORT
# 为居民提供…服务(取得)的…: residents as those served, in a phrase naming the provider or its income
# (cues.json _households_paid service_provided).
_SERVICE_PROVIDED = re.compile(
    rf"(?:{alternation(_HOUSEHOLDS_PAID['service_provided']['verbs'])})[{HAN}、]{{0,{_HOUSEHOLDS_PAID['service_provided']['most']}}}?"
    rf"(?:{alternation(_HOUSEHOLDS_PAID['service_provided']['services'])})"
    rf"[{HAN}]{{0,{_HOUSEHOLDS_PAID['service_provided']['to_de_most']}}}?的")


def _paid_to_households(r: ArticleCues, num: NumberMention, clause, sentence) -> bool:
    """The recipient named for the amount, the last word of households led by a word of giving to
    before it in its part of the sentence (between semicolons), is households and none but them
    (对受灾群众，…发放过渡期生活补助每人每月300元; 对住房倒塌的农户，给予每户最高4万元的重建补助):
    relief to residents, no support to firms or workers (cues.json _households_paid)."""
    text = r.text
    semis = r.semicolons
    i = bisect.bisect_left(semis, num.start)
    lo = max(sentence[0], semis[i - 1] + 1) if i > 0 else sentence[0]
    if _search_before(r, _HOUSEHOLD_WORD, (lo, sentence[1]), num.start) is None:
        return False  # most amounts: no household named before them (the part scanned once, not per amount)
    last = None
    for last in _HOUSEHOLD_WORD.finditer(text, lo, num.start):
        pass
    if last is None:
        return False  # most amounts: no household named before them
    lead = _HOUSEHOLD_LEAD.search(text, max(lo, last.start() - _HOUSEHOLD_LEAD_REACH), last.start())
    if lead is None:
        return False  # 群众满意, 居民消费: households named, not as whom the money is for
    if _purpose_not_recipient(text[lead.start() + 1:last.start()]) \
            and not any(w in text[max(last.end(), clause[0]):clause[1]] for w in _PURPOSE_HOUSEHOLD_MEASURES):
        return False  # 为方便群众出行，…拨付公交补贴…: 为 means in order to, the money the operators' (not 生活补助)
    if _ANOTHER_RECIPIENT.search(text, last.end(), num.start):
        return False  # 为方便群众办事，高新区为纳税人减免税费…: the money is the taxpayers'
    if _SERVICE_PROVIDED.match(text, last.end(), num.start):
        return False  # 为居民提供快递收派服务取得的收入，免征增值税…: the providers' relief, residents served
    if last.group() in _DWELLERS and not any(w in text[lead.start():last.start()] for w in _HOUSEHOLDS_PAID["dwellings"]):
        return False  # 对受灾农户给予每亩200元补助: farmers as producers
    if any(w in text[lead.start():clause[1]] for w in _NOT_ONLY_HOUSEHOLDS):
        return False  # 为受灾企业和群众…, 对居民购买节能家电…, …发放求职创业补贴: firms, workers or buyers served
    return not any(w in text[clause[0]:clause[1]] for w in _VOUCHER_WORDS)  # 向困难群众每人发放200元消费券


def _purpose_not_recipient(phrase: str) -> bool:
    """The phrase between a word of giving to and the household word holds a verb of purpose (为保障
    群众, 为方便群众), so 为 there means in order to; not a relative clause closed by 的, which names
    the recipient (对无法保障基本生活的群众)."""
    return "的" not in phrase and any(w in phrase for w in _HOUSEHOLD_PURPOSES)


_FROM_ABOVE = tuple(_C["received_from_above"]["words"])
_FROM_ABOVE_WORD = literal_scanner(_FROM_ABOVE)
_OWN_LEVEL_MONEY = tuple(_C["received_from_above"]["own_level"])
_PAYER_VERBS = tuple(_C["part_of_whole_payer_verbs"])


def _received_from_above(r: ArticleCues, clause, sentence) -> bool:
    """`_received_from_above_in`, once per clause: it reads only the clause and its sentence."""
    key = ("received_from_above", clause, sentence)
    found = r.span_checks.get(key)
    if found is None:
        found = r.span_checks[key] = _received_from_above_in(r, clause, sentence)
    return found


def _received_from_above_in(r: ArticleCues, clause, sentence) -> bool:
    """The amount is money a government received from a higher one (上级转移支付, 上级补助资金; not
    直达资金, support money: cues.json), or that money passed on or spent in aggregate later in its
    sentence (…，已拨付5.1亿元): a budget figure,
    no support (cues.json _received_from_above); not when its clause, or a next clause of purpose,
    names firms or workers served or support paid out."""
    text = r.text
    if _FROM_ABOVE_WORD.search(text, sentence[0], clause[1]) is None:
        return False  # most sentences: no transfer named at all (one scan, not a copy and a find per word)
    words = text[clause[0]:clause[1]]
    if not any(word in words for word in _FROM_ABOVE):
        if r.money_naming.any_in(*clause):
            return False  # 收到直达资金5亿元，发放稳岗补贴2亿元: a clause naming a measure of its own
        if any(word in words for word in _OWN_LEVEL_MONEY):
            return False  # 下达专项资金1200万元，经开区落实本级配套1200万元: the zone's own money beside it
    if clause[1] + 1 < sentence[1]:
        after = r.geo.clause_of(clause[1] + 1)
        if text.startswith(_PURPOSE_WORDS, after[0]):
            words += text[after[0]:after[1]]  # 统筹直达资金4.6亿元，用于支持中小企业: whom it serves
    return not any(word in words for word in _SERVED_BY_SUPPORT + _FUND_FOR_SUPPORT)


_NATIONAL = _C["national_programme"]
# 国家设立 / 人民银行总行新增: the nation's own programme, the actor right before its verb (cues.json _national_programme).
_NATIONAL_ACTOR_HEAD = (rf"(?:{alternation(_NATIONAL['actors'])})(?:{alternation(_NATIONAL['actor_suffixes'])})?"
                        rf"(?:{alternation(_NATIONAL['time_words'])})?(?:{alternation(_NATIONAL['adverbs'])})?")
_NATIONAL_SET_UP = _on_re("_NATIONAL_SET_UP", rf"{_NATIONAL_ACTOR_HEAD}(?:{alternation(_NATIONAL['verbs'])})")
# 国家对“小巨人”企业给予的奖补资金: a national scheme named as a noun ending its clause (cues.json
# _national_scheme_topic).
_NATIONAL_SCHEME = _on_re("_NATIONAL_SCHEME",
    rf"{_NATIONAL_ACTOR_HEAD}(?:{_NATIONAL['recipients']['opens']}[^，,；;。：:\d]{{1,{_NATIONAL['recipients']['most']}}}?)?"
    rf"(?:{alternation(_NATIONAL['scheme_verbs'])})的[^，,；;。：:\d]{{0,{_NATIONAL['scheme_noun_most']}}}?"
    rf"(?:{alternation(_NATIONAL['scheme_nouns'])})[\s”\"]*$", may_run_long=True)  # read in one clause only
_INSERTION_OPENERS = tuple(_NATIONAL["insertion_openers"])
_NATIONAL_OPENERS = tuple(_NATIONAL["level_openers"])
_NATIONAL_ACTORS = tuple(_NATIONAL["actors"])
_NATIONAL_OPENER_MARKS = tuple(_NATIONAL["opener_marks"])
_NATIONAL_TAKEN_BY = tuple(_NATIONAL["taken_by"])
_NATIONAL_FOLLOWED_BY = tuple(_NATIONAL["followed_by"])
_NATIONAL_OBJECT_GAP = _on_re("_NATIONAL_OBJECT_GAP", rf"[^，,；;。：:\d]{{0,{_NATIONAL['object_gap_most']}}}")


def _national_programme(r: ArticleCues, num: NumberMention, clause, sentence) -> bool:
    """The amount sizes a national programme a local article recalls (国家设立1000亿元交通物流专项再贷款;
    国家层面，人民银行此前已增加再贷款额度5000亿元): no support of the zone (cues.json _national_programme).
    Not the zone's own payout under it: the actor and its verb a modifier (按照国家出台的…政策为企业返还…),
    the object of the zone's verb (争取中央安排…), or a level opener that is no clause of its own
    (国家层面的…政策出台后，…) or whose figure's clause names one of the article's places."""
    text = r.text
    if _applied_for_above(r, num, sentence):
        return True  # 自治区层面明确，…可给予每户最高5000元…，高新区正在摸底申报: hoped for, not the zone's
    if text.startswith(_NATIONAL_ACTORS, _topic_start(r, sentence)) and (
            _national_programme_topic(r, clause, sentence) or _sizes_national_topic(r, num, sentence)):
        return True  # 国家今年实施的…政策，全年退税规模约1.5万亿元: the programme's size
    for opener in _NATIONAL_OPENERS:
        if text.startswith(opener, sentence[0]) \
                and text.startswith(_NATIONAL_OPENER_MARKS, sentence[0] + len(opener)):
            return not _names_article_place(r, clause[0], clause[1])
    if _national_scheme_topic(r, clause, sentence):
        return True  # 国家对…企业给予的奖补资金，每家企业最高可达600万元: the scheme's cap
    if _search_before(r, _NATIONAL_SET_UP, clause, num.start) is None:
        return False  # most amounts: no national actor and verb before them (the clause scanned once)
    for found in _NATIONAL_SET_UP.finditer(text, clause[0], num.start):
        if text.startswith("的", found.end()) and found.end() + 1 < num.start:
            continue  # 国家出台的稳岗政策: the actor's phrase names a noun the clause's own verb takes
        before = text[clause[0]:found.start()]
        if any(word in before for word in _NATIONAL_TAKEN_BY):
            continue  # 争取中央安排专项资金: the zone wins a share, the amount is its own
        if any(word in before for word in _NATIONAL_FOLLOWED_BY) \
                and not _NATIONAL_OBJECT_GAP.fullmatch(text, found.end(), num.start):
            continue  # 按照国家安排为企业发放补贴300万元: the zone follows, its payout is its own
        return True
    return False


def _national_scheme_topic(r: ArticleCues, clause, sentence) -> bool:
    """The clause before the figure's, read from its last insertion opener (——), ends in a national
    scheme named as a noun (国家对…企业给予的奖补资金), none of the words before the actor taking it
    up, and the figure's clause names no place of the article and no local word: the scheme's size
    or cap (cues.json _national_scheme_topic)."""
    before = r.geo.previous_clause(clause, sentence)
    if before is None:
        return False
    text = r.text
    key = ("national_scheme", before)
    if key not in r.span_checks:
        start = max([before[0]] + [text.rfind(o, before[0], before[1]) + len(o) for o in _INSERTION_OPENERS
                                   if text.rfind(o, before[0], before[1]) >= 0])
        end = before[0] + len(text[before[0]:before[1]].rstrip(_CLAUSE_TRAIL + "，,；;：: \u3000"))
        found = None
        if any(actor in text[start:end] for actor in _NATIONAL_ACTORS):  # most clauses: no national actor
            found = _NATIONAL_SCHEME.search(text, start, end)
        r.span_checks[key] = found is not None and not any(
            word in text[start:found.start()] for word in _NATIONAL_TAKEN_BY + _NATIONAL_FOLLOWED_BY)
    return r.span_checks[key] and not any(w in text[clause[0]:clause[1]] for w in _LOCAL_WORDS) \
        and not _names_article_place(r, clause[0], clause[1])


_WIDER_QUOTA = _C["quota_of_wider_level"]
# 额度为全市 + the amount: a wider jurisdiction's whole quota (cues.json _quota_of_wider_level).
_WIDER_QUOTA_BEFORE = re.compile(
    rf"(?:{alternation(_WIDER_QUOTA['quota_words'])})(?:{alternation(_WIDER_QUOTA['links'])})?"
    rf"(?P<whole>{alternation(list(_WIDER_QUOTA['whole_words']))})$")
_WIDER_QUOTA_REACH = max(map(len, _WIDER_QUOTA["quota_words"])) + max(map(len, _WIDER_QUOTA["links"])) \
    + max(map(len, _WIDER_QUOTA["whole_words"]))


def _quota_of_wider_level(r: ArticleCues, num: NumberMention, clause) -> bool:
    """The amount is a credit quota said to be the whole of a jurisdiction wider than the article's
    main zone (额度为全市100亿元 in a development zone's article): no row (cues.json _quota_of_wider_level)."""
    found = _WIDER_QUOTA_BEFORE.search(r.text, max(clause[0], num.start - _WIDER_QUOTA_REACH), num.start)
    if found is None or r.zones is None or r.zones.main is None:
        return False  # most amounts: no quota of a whole place right before them
    main = r.zones.zones.get(r.zones.current_key(r.zones.main))
    if main is None:
        return False
    own_levels = _WIDER_QUOTA["whole_words"][found.group("whole")]
    if found.group("whole") == "全市" and main.is_county_level_city:
        return False  # 全市 in a county-level city's article: the city itself
    return main.admin_level not in own_levels


_ABOVE = _C["applied_for_above"]
_ABOVE_OPENERS = tuple(_ABOVE["level_openers"])
_ABOVE_UNNAMED = tuple(_ABOVE["unnamed_levels"])
_ABOVE_HERE = tuple(w for w in _C["national_programme_topic"]["local_words"] if w not in _ABOVE_UNNAMED) \
    + tuple(_ABOVE["zone_words"])
_ABOVE_UNDER_WAY = regex.compile(_ABOVE["under_way"])


def _applied_for_above(r: ArticleCues, num: NumberMention, sentence) -> bool:
    """A higher level's amount (自治区层面, 省级层面 before it in its sentence; 省里 with no local word
    or place of the article between) that the zone is only preparing to apply for later in the
    sentence (…，区里正在组织企业申报; 我们全力帮企业申报): cues.json _applied_for_above. Reads the
    sentence around the figure only, and only when 申报 follows the figure."""
    text = r.text
    if text.find("申报", num.end, sentence[1]) < 0:
        return False  # most amounts: no application named after them
    head = text[sentence[0]:num.start]
    if not any(opener in head for opener in _ABOVE_OPENERS):
        unnamed = max(head.rfind(level) for level in _ABOVE_UNNAMED)
        if unnamed < 0 or any(w in head[unnamed:] for w in _ABOVE_HERE) \
                or _names_article_place(r, sentence[0] + unnamed, num.start):
            return False  # 省里安排的资金，区里为企业发放300万元: the zone's own share
    return _ABOVE_UNDER_WAY.search(text, num.end, sentence[1]) is not None


_NATIONAL_TOPIC = _C["national_programme_topic"]
# 国家今年实施的大规模增值税留抵退税政策: a clause naming a national programme as the sentence's topic.
_NATIONAL_TOPIC_CLAUSE = _on_re("_NATIONAL_TOPIC_CLAUSE",
    rf"(?:{alternation(_NATIONAL['actors'])})(?:{alternation(_NATIONAL_TOPIC['time_words'])})?"
    rf"(?:{alternation(_NATIONAL['adverbs'])})?(?:{alternation(_NATIONAL_TOPIC['verbs'])})的"
    rf"[^\d，,；;。：:]{{0,{_NATIONAL_TOPIC['noun_reach']}}}?(?:{alternation(_NATIONAL_TOPIC['nouns'])})"
    rf"(?:{alternation(_NATIONAL_TOPIC['stating_verbs'])})?")
_LOCAL_WORDS = tuple(_NATIONAL_TOPIC["local_words"])
_ASPECT = _NATIONAL_TOPIC["aspect_opener"]
# 在稳就业方面，: a clause naming only what the sentence is about (cues.json _national_programme_topic).
_ASPECT_CLAUSE = re.compile(
    rf"{_ASPECT['opens']}[^\d，,；;。：:]{{1,{_ASPECT['reach']}}}?(?:{alternation(_ASPECT['closes'])})")


@lru_cache(maxsize=1)
def _aspect_opens() -> re.Pattern:
    """The opener right at a sentence's start, past what `_topic_start`'s strip takes off."""
    return re.compile(f"[{re.escape(_CLAUSE_TRAIL)}\u3000]*{_ASPECT['opens']}")


def _topic_start(r: ArticleCues, sentence) -> int:
    """Where the sentence's topic starts: after a first clause naming only an aspect (在稳就业方面，)."""
    if _aspect_opens().match(r.text, sentence[0]) is None:
        return sentence[0]  # most sentences: no 在 opens them
    first = r.geo.clause_of(sentence[0])
    if first[1] + 1 < sentence[1] \
            and _ASPECT_CLAUSE.fullmatch(r.text[first[0]:first[1]].strip(_CLAUSE_TRAIL + "\u3000")) is not None:
        return r.geo.clause_of(first[1] + 1)[0]
    return sentence[0]


def _national_programme_topic(r: ArticleCues, clause, sentence) -> bool:
    """The figure's clause follows a clause opening its sentence that names a national programme as
    the topic (国家今年实施的…留抵退税政策，全年退税规模约1.5万亿元), with no place of the article and no
    local word (全市) from there to the figure's clause end: the programme's size (cues.json
    _national_programme_topic)."""
    first = r.geo.clause_of(_topic_start(r, sentence))
    if clause[0] < first[1]:
        return False
    text = r.text
    opening = text[first[0]:first[1]].strip(_CLAUSE_TRAIL + "，。；;：: \u3000")
    if _NATIONAL_TOPIC_CLAUSE.fullmatch(opening) is None:
        return False
    return not any(w in text[first[1]:clause[1]] for w in _LOCAL_WORDS) \
        and not _names_article_place(r, first[1], clause[1])


def _sizes_national_topic(r: ArticleCues, num: NumberMention, sentence) -> bool:
    """The figure stands inside the clause opening its sentence that names a national programme,
    between its 的 and its programme noun (中央去年出台的2000亿元稳岗纾困计划，…): it sizes that
    programme as a modifier, no support of the zone (cues.json _national_programme_topic)."""
    first = r.geo.clause_of(_topic_start(r, sentence))
    if not first[0] <= num.start < first[1]:
        return False  # most figures: not in the sentence's topic clause
    text = r.text
    opening = (text[first[0]:num.start] + text[num.end:first[1]]).strip(_CLAUSE_TRAIL + "，。；;：: \u3000")
    return _NATIONAL_TOPIC_CLAUSE.fullmatch(opening) is not None


def _names_article_place(r: ArticleCues, start: int, end: int) -> bool:
    """Whether text[start:end] names one of the article's zones (昆山市, 昆山)."""
    if r.zones is None:
        return False
    span = r.text[start:end]
    return any(name in span for name in _place_names(r.zones))


_BANK_INCENTIVE = _C["bank_incentive"]
_BANK_INCENTIVE_WORD = literal_scanner(_BANK_INCENTIVE["incentive"])


def _paid_to_banks(r: ArticleCues, num: NumberMention, clause, sentence) -> bool:
    """An incentive word before the amount in its clause and a bank named before it in its sentence
    (该行获得…激励资金312万元, 人民银行…向法人银行提供激励资金1580万元): a reward paid to banks for
    their lending, no support to firms (cues.json _bank_incentive)."""
    text = r.text
    if _search_before(r, _BANK_INCENTIVE_WORD, clause, num.start) is None:
        return False  # most amounts: no incentive word before them
    return any(bank in text[sentence[0]:num.start] for bank in _BANK_INCENTIVE["banks"])


def _received_from_above_alone(r: ArticleCues, num: NumberMention, clause, sentence) -> bool:
    """_received_from_above, unless the amount is a part that 其中 opens of a row of support before
    it (已发放就业补贴资金396.8万元，其中上级资金287万元): who paid a part of the support, not a budget."""
    if not _received_from_above(r, clause, sentence):
        return False
    return not (_in_qizhong_part(r, clause, sentence)
                and _list_head(r, num, clause, sentence, lambda row: row.unit == num.unit) is not None)


_PURPOSE_WORDS = tuple(_C["purpose_words"])
_BARE_RENT_WORDS = frozenset(_C["rent_paid_not_relief"]["words"])
_RENT_RELIEF_WORDS = tuple(_C["rent_paid_not_relief"]["relief"])
_RENT_NOT_RELIEVED = tuple(_C["rent_paid_not_relief"]["negations"])
_RENT_PAID_NOTHING = tuple(_C["rent_paid_nothing"])


def _rent_not_relieved(text: str, cue: Cue, num: NumberMention, clause, sentence) -> bool:
    """A bare rent word's amount is what a firm pays (cues.json _rent_paid_not_relief), unless a word
    of relief, or of none of it paid (三个月房租一分没交: _rent_paid_nothing), says it was relieved."""
    before, after = text[sentence[0]:max(num.start, cue.end)], text[num.end:clause[1]]
    said = text[sentence[0]:clause[1]]
    for nothing in _RENT_PAID_NOTHING:  # 分文未交 is relief, its 未 no negation
        before, after, said = before.replace(nothing, "免"), after.replace(nothing, "免"), said.replace(nothing, "")
    return (not any(w in before or w in after for w in _RENT_RELIEF_WORDS)
            or any(w in said for w in _RENT_NOT_RELIEVED))


_WORTH = _C["goods_worth"]
_GOODS_GIVEN = tuple(_C["goods_given_words"])  # 发放, 无偿, 分给: goods given out
_WORTH_CATEGORIES = frozenset(_WORTH["categories"])
_WORTH_WORDS = frozenset(_WORTH["words"])
# 价值80万元 / 总价值约 / 价值达: the worth of the goods given, right before the amount (searched in a
# window ending at it, $ there).
_WORTH_BEFORE = _on_re("_WORTH_BEFORE",
    rf"(?:{alternation(_WORTH['words'])})(?:{alternation(_WORTH['links'])})?$")
_WORTH_REACH = max(map(len, _WORTH["words"])) + max(map(len, _WORTH["links"]))

_WORTH_BETWEEN = frozenset(_WORTH["between"]) | {""}
_WORTH_APPOSITION = frozenset(_WORTH["apposition"])


def _worth_of_goods(text: str, goods: Cue, worth: Cue, clause) -> bool:
    """The worth word follows the goods word right away or past a word of a sum (防疫物资价值,
    防疫物资累计价值), or opens its clause right after the goods ended the one before (免费配送防疫物资，
    价值80余万元): it states those goods' worth (cues.json _goods_worth)."""
    between = text[goods.end:worth.start]
    if between in _WORTH_BETWEEN:
        return True
    if worth.start != clause[0]:
        return False
    between = between.strip()
    # 免费发放口罩10万只，价值50万元: the goods' count may stand between them, before the mark.
    counted = _GOODS_COUNT_BEFORE_MARK.match(between)
    return (between[counted.end():] if counted else between) in _WORTH_APPOSITION


# A count of the goods right after their word (口罩10万只, 消毒液2吨): a figure, a scale, a qualifier
# and a counter of one or two characters.
_GOODS_COUNT_BEFORE_MARK = re.compile(r"\d[\d.]*[十百千万亿]*[余多]?[\u4e00-\u9fff]{1,2}(?=[,，])")


def _goods_of_worth(r: ArticleCues, worth: Cue, clause, sentence) -> tuple[Cue | None, tuple[int, int]]:
    """The goods (an in_kind cue) whose worth the worth word states, and the span that names them
    with their worth: its clause, or from the clause before when the worth word opens its own."""
    given = clause
    if worth.start == clause[0] and (before := r.geo.previous_clause(clause, sentence)) is not None:
        given = (before[0], clause[1])  # 免费配送防疫物资，价值80余万元
    goods = r.money_naming.last_before(given[0], worth.start)
    if goods is None or goods.category not in _WORTH_CATEGORIES or not _worth_of_goods(r.text, goods, worth, clause):
        return None, clause
    return goods, given


# 每套价值, 每张价值: 每 and a counter right before a worth word (cues.json _vouchers).
_EACH_WORTH = _on_re("_EACH_WORTH",
    rf"每[\p{{Han}}]{{1,{_VOUCHERS['each_worth_counter_most']}}}$")


def _voucher_of_each_worth(r: ArticleCues, worth: Cue, num: NumberMention, clause, sentence) -> Cue | None:
    """The vouchers whose worth each a worth word right after 每 and a counter states, each person
    limited to one of them (消费券共发放2万套，每人限领1套，每套价值240元): the last naming word before it
    in its sentence, when that is a voucher's (cues.json _vouchers); else None (每套价值1.2万元的设备:
    goods of no support; 发放消费券5000万元，共50万套，每套价值100元: a share of the total)."""
    if _EACH_WORTH.search(r.text, max(sentence[0], worth.start - 1 - _VOUCHERS["each_worth_counter_most"]), worth.start) is None \
            or not _one_per_person_before(r.text, clause, num, r.geo):
        return None
    named = r.money_naming.last_before(sentence[0], worth.start)
    return named if named is not None and named.word in _VOUCHER_WORDS else None


def _goods_given_out(r: ArticleCues, num: NumberMention, given, sentence) -> bool:
    """Goods given out (a verb of giving in the span naming them: not 采购防疫物资价值200万元), by no
    private donor or firm (in_kind's blockers, _firm_gives) and not to the health system: decided
    as for a count of the same goods (送去防疫物资价值约30万元 as 送去口罩2万只, 向孝感捐赠价值3000万元的
    医疗物资 as 向黄冈捐赠口罩50万只): cues.json _goods_worth."""
    part = r.text[given[0]:given[1]]
    return any(w in part for w in _GOODS_GIVEN) and not any(w in part for w in _GOODS_NOT_GIVEN) \
        and not _firm_gives(r, num, given) and not _goods_for_health_system(r.text, sentence) \
        and not any(w in r.text[sentence[0]:sentence[1]] for w in _GOODS_PAID_BY_FIRMS)


_SHARE_OF_WHOLE = _C["share_of_whole"]


def _share_of_whole(text: str, lo: int, num: NumberMention) -> bool:
    """A word of a part of a whole (占) before the share in its clause, the share right after 的
    (占全区减免总额的三分之一以上): the part's share of that whole, no share of a cost covered
    (cues.json _share_of_whole)."""
    if text[num.start - 1:num.start] != "的":
        return False
    part = text[lo:num.start]
    for word in _SHARE_OF_WHOLE["not_words"]:
        part = part.replace(word, "")
    return any(w in part for w in _SHARE_OF_WHOLE["words"])


_SHARE_BASE_LINKS = frozenset(_C["share_base_blocked"]["links"])
_NOT_BETWEEN_SUPPORT_AND_BASE = (_C["share_base_blocked"]["modifier_end"], *_C["share_base_blocked"]["progress_verbs"])


def _support_before_base(r: ArticleCues, base: Cue, lo: int) -> Cue | None:
    """The support word before a blocking word that is the base of a share (补助额…项目投资的10%:
    cues.json _share_base_blocked), or None when none stands before it in the clause, or it does not
    head the amount the share is (获得贴息支持的重点项目已完成…投资的80%: a modifier, a progress figure)."""
    cue = r.percent.last_before(lo, base.start)
    if cue is None or cue.role in (BLOCKER, "rate") or cue.category in INDICATORS:
        return None
    between = r.text[cue.end:base.start]
    return None if any(w in between for w in _NOT_BETWEEN_SUPPORT_AND_BASE) else cue


def _base_of_former_share(r: ArticleCues, base: Cue, num: NumberMention) -> bool:
    """The blocking word is the base of the former share right after it, which the figure is the new
    level of (补助由设备投资额的8%提高到10%: _former_terms): the new share is of the same base, so the
    base links the support before it to this share too (cues.json _share_base_blocked)."""
    former = r.number_near(num, -1)
    return (former is not None and former.kind == "percent" and former.start >= base.end
            and r.text[base.end:former.start] in _SHARE_BASE_LINKS and _former_terms(r, former))


_HEAD_COUNT_WHOLES = tuple(f"{w}的" for w in _C["share_of_head_count"]["wholes"])


def _share_of_head_count(text: str, num: NumberMention) -> bool:
    """The share is written right after a whole that counts persons or firms and 的 (不超过参保职工
    总数的50%): it caps a head count, not a cost (cues.json _share_of_head_count)."""
    return text.endswith(_HEAD_COUNT_WHOLES, 0, num.start)


_TIME_CUT = _C["time_cut_share"]
# 到账时间平均缩短(了)一半: a time, a few characters, a verb cutting it, right before the share.
_TIME_CUT_BEFORE = _on_re("_TIME_CUT_BEFORE",
    rf"(?:{alternation(_TIME_CUT['times'])})[\p{{Han}}]{{0,{_TIME_CUT['gap_most']}}}?(?:{alternation(_TIME_CUT['verbs'])})了?$")
_TIME_CUT_REACH = max(map(len, _TIME_CUT["times"])) + _TIME_CUT["gap_most"] + max(map(len, _TIME_CUT["verbs"])) + 1


def _time_cut_by(text: str, num: NumberMention, clause) -> bool:
    """The share is how much a time was cut by (审批时限压缩60%, 到账时间缩短一半): time a service
    saves, no share of a cost and no rate (cues.json _time_cut_share)."""
    return _TIME_CUT_BEFORE.search(text, max(clause[0], num.start - _TIME_CUT_REACH), num.start) is not None


# in_kind's blockers, looked up in the clause's text: the blockers' index is made for the
# sentences of counts only, and a worth is an amount.
_GOODS_NOT_GIVEN = tuple(BLOCKS["in_kind"].get("blockers", ()))
_GOODS_PAID_BY_FIRMS = tuple(_C["goods_worth"]["paid_by_firms"])  # 费用由企业自行承担: no gift

# 一家纺织企业…，投入技改资金900万元: one firm opening the sentence spends (cues.json _one_firm_spends).
_ONE_FIRM_SPENDS = re.compile(_C["one_firm_spends"])


def _one_firm_spends(text: str, sentence: tuple[int, int], cue_start: int) -> bool:
    """One firm opens the sentence as its subject, after a lead-in clause that only says where
    the figure comes from (据了解，2019年该公司…，研发投入近9000万元: cues.json as_of_lead_ins)."""
    return _ONE_FIRM_SPENDS.search(text[date_opening(text, sentence):cue_start]) is not None

_PAY = _C["pay_with_allowance"]
_PAY_ALLOWANCES = frozenset(_PAY["allowances"])
# 工资加补贴 / 月薪加上各项津贴: pay, a join, at most a short run, right before the allowance word.
_PAY_JOINED_BEFORE = _on_re("_PAY_JOINED_BEFORE",
    rf"(?:{alternation(_PAY['pay'])})(?:{alternation(_PAY['joins'])})[\p{{Han}}]{{0,{_PAY['between_most']}}}$")
_PAY_JOINED_REACH = max(map(len, _PAY["pay"])) + max(map(len, _PAY["joins"])) + _PAY["between_most"]
# …有 / …能拿 / …达到 right before the figure: what one has or earns.
_PAY_GOT_BEFORE = _on_re("_PAY_GOT_BEFORE", rf"(?:{alternation(_PAY['got'])})$")


def _pay_with_allowance(text: str, cue: Cue, num: NumberMention, clause) -> bool:
    """The allowance word ends a worker's pay summed with it, and the figure after it in its clause is
    what one has or earns (每月工资加补贴有三千多元): income, no support (cues.json _pay_with_allowance)."""
    if cue.word not in _PAY_ALLOWANCES or not cue.end <= num.start <= cue.end + _PAY["got_reach"] \
            or num.start > clause[1] or cue.start < clause[0]:
        return False
    return _PAY_JOINED_BEFORE.search(text, max(clause[0], cue.start - _PAY_JOINED_REACH), cue.start) is not None \
        and _PAY_GOT_BEFORE.search(text, cue.end, num.start) is not None


_FEE_SAVINGS = _C["fee_savings"]
_FEE_SAVING_WORDS = frozenset(_FEE_SAVINGS["words"] + _UTILITY_BILL_CUTS["words"]
                              + _contribution_words(_CONTRIBUTIONS_SPARED) + _CONNECTION_WORDS)
_CONNECTION_WORD_SET = frozenset(_CONNECTION_WORDS)
_CONNECTED = tuple(_CONNECTION_COSTS["customers"])  # 为9个项目节约接水费用: who a connection serves
_FEE_SAVING_FIRMS = tuple(_FEE_SAVINGS["firms"] + _UTILITY_BILL_CUTS["customers"])  # 工商业用户: a utility's firms
# 茶企, 民企: firms named in short, not 企稳 (cues.json _fee_savings).
_SHORT_FIRM = re.compile(rf"[{HAN}]{re.escape(_FEE_SAVINGS['short_firm'])}"
                         rf"(?![{''.join(_FEE_SAVINGS['short_firm_not_before'])}])")
_PAYOUT_WORDS = frozenset(w for w in MONEY_WORDS if "兑付" in w)
_PAYOUT_NOT_FOR = tuple(_C["payout_not_for"])
_BARE_WAIVED_VERBS = frozenset(_C["fees_waived"]["verbs"])
_FEE_PAYERS = _FEE_SAVING_FIRMS + tuple(_C["fees_waived"]["payers"])
_REFUND_VERBS_OF_DEPOSITS = frozenset(_DEPOSITS_REFUNDED["verbs"])
# …暂退旅游服务质量保证金，共计540万元: a clause holding only words of a sum before the amount refunded.
_DEPOSIT_SUM_LEADS = re.compile(rf"\s*(?:{alternation(_DEPOSITS_REFUNDED['sum_leads'])})*")
# 暂退旅游服务质量保证金835万元, 暂退保证金共计540万元: from the verb to the amount, only the deposit refunded and
# words of a sum (not 暂退保证金的旅行社逾期须缴纳3万元罚款, whose amount another verb names).
_DEPOSIT_THEN_SUM = re.compile(
    rf"(?:[{HAN}]{{0,{_DEPOSITS_REFUNDED['deposit_phrase_most']}}}?(?:{alternation(_DEPOSITS_REFUNDED['deposits'])}))?"
    rf"(?:{alternation(_DEPOSITS_REFUNDED['sum_leads'])})*")


def _deposit_refund_not_of(r: ArticleCues, cue: Cue, num: NumberMention, clause) -> bool:
    """A verb of refunding a deposit (暂退) that does not name the amount: no deposit named in its
    sentence (暂退合作社入股资金), or the amount is outside the verb's clause and not right after it
    led only by words of a sum (…，逾期未补足的将处以3万元罚款: a fine; cues.json _deposits_refunded)."""
    sentence = r.geo.sentence_of(cue.start)
    if not any(w in r.text[sentence[0]:sentence[1]] for w in _DEPOSITS_REFUNDED["deposits"]):
        return True
    if clause[0] <= cue.start < clause[1]:
        if cue.start > num.start:  # 560万元质量保证金已暂退: the amount sizes the deposit
            return not any(w in r.text[num.end:cue.start] for w in _DEPOSITS_REFUNDED["deposits"])
        if "、" in r.text[cue.end:num.start]:
            return False  # 为甲旅行社暂退保证金20万元、乙旅行社15万元: a list of the refunds
        return not _DEPOSIT_THEN_SUM.fullmatch(r.text, cue.end, num.start)  # 暂退旅游服务质量保证金835万元, 合计暂退316万元
    before = r.geo.previous_clause(clause, r.geo.sentence_of(clause[0]))
    return not (before is not None and before[0] <= cue.start < before[1]
                and _DEPOSIT_SUM_LEADS.fullmatch(r.text, clause[0], num.start))
_CHARGE_PUT_OFF_WORDS = frozenset(_charges_put_off(_C["charge_put_off"]))
_CHARGE_PUT_OFF_NOT_AFTER = tuple(_C["charge_put_off"]["not_after"])


def _no_payer_in(text: str, sentence) -> bool:
    """No firm or other payer of charges in the sentence (为1200名困难学生免交学费: students spared,
    cues.json _fees_waived)."""
    words = text[sentence[0]:sentence[1]]
    return not any(w in words for w in _FEE_PAYERS) and not _SHORT_FIRM.search(words)


# 电费, 电价, 水费 …: the charges a utility bills, each naming its utility (cues.json _fee_savings same_cost).
_UTILITY_CHARGES = tuple(_C["price_cut_share"]["prices"] + _C["price_cut_share"]["billed_on_use"])


def _charges_of_saved_cost(word: str) -> tuple[str, ...]:
    """The charge words of the utility a saving word names (节约电费: 电费, 电价, 用电成本 …), none
    for a saving of no utility (节约成本)."""
    utility = next((u for u in _FEE_SAVINGS["same_cost"] if u in word), None)
    return tuple(c for c in _UTILITY_CHARGES if utility in c) if utility else ()


def _sums_relief_stated_before(r: ArticleCues, cue: Cue, clause, before: str) -> bool:
    """The sentence before, in the same paragraph, gave a row of the saving's own category, a fee
    relief of the same cost (电费按5%予以优惠: a charge of the utility the saving names, written before
    that row in its sentence): a saving summed right after it (据…统计，全县企业累计减少电费支出约1260万元)
    is that relief's sum; not where the firms' own means stand `before` it in its sentence (园区企业
    通过屋顶光伏自发自用，每年节约电费300万元: their own saving), nor after a relief of another cost
    (全县累计为企业减免税费2000万元). cues.json _fee_savings."""
    if any(w in before for w in _FEE_SAVINGS["own_means"]):
        return False
    sentence = r.geo.sentence_of(clause[0])
    earlier = r.last_row_before(sentence[0])
    if earlier is None or earlier.category != cue.category \
            or earlier.span_start < max(r.geo.sentence_before(sentence)[0], r.paragraph_start(sentence[0])):
        return False
    relief = r.text[r.geo.sentence_of(earlier.span_start)[0]:earlier.span_end]
    return any(c in relief for c in _charges_of_saved_cost(cue.word))


def _not_for_firms(r: ArticleCues, cue: Cue, num: NumberMention, clause) -> bool:
    """A fee saving that is no firm's relief (cues.json _fee_savings), a charge waived with no payer
    named (_fees_waived) or put off only in reaching the treasury (土地出让金推迟到账: _charge_put_off),
    or a payout that repays an investment or a debt (_payout_not_for)."""
    if cue.word in _BARE_WAIVED_VERBS:
        return _no_payer_in(r.text, r.geo.sentence_of(cue.start))
    if cue.word in _REFUND_VERBS_OF_DEPOSITS:  # 暂退出合作社, …处以3万元罚款: no refund of that amount
        return _deposit_refund_not_of(r, cue, num, clause)
    if cue.word in _CHARGE_PUT_OFF_WORDS:
        return r.text.startswith(_CHARGE_PUT_OFF_NOT_AFTER, cue.end)
    if cue.word in _FEE_SAVING_WORDS:
        before = r.text[r.geo.sentence_of(clause[0])[0]:cue.start]
        signs = before
        for phrase in _FEE_SAVINGS["purpose_not_for"]:
            signs = signs.replace(phrase, "")  # 为鼓励企业节能: a 为 of purpose, no support
        supported = any(w in cue.word for w in _FEE_SAVINGS["tolls"]) or any(w in signs for w in _FEE_SAVINGS["for_firms"]) \
            or "企业" in cue.word or _sums_relief_stated_before(r, cue, clause, before)
        firms = any(w in before or w in cue.word for w in _FEE_SAVING_FIRMS) or _SHORT_FIRM.search(before) \
            or (cue.word in _CONNECTION_WORD_SET and any(w in before for w in _CONNECTED))
        return not firms or any(w in before for w in _FEE_SAVINGS["one_firm"]) or not supported
    if cue.word in _PAYOUT_WORDS:
        return any(w in r.text[clause[0]:clause[1]] for w in _PAYOUT_NOT_FOR)
    return False


_TALLY_APART_WORDS = frozenset(_tally_apart_words(_CONTRIBUTIONS_SPARED))
_TALLIED_APART = tuple(_CONTRIBUTIONS_SPARED["tallied_apart"])
_TALLIED_APART_NOT = tuple(_CONTRIBUTIONS_SPARED["tallied_apart_not"])


def _tally_apart_unnamed(text: str, cue: Cue, num: NumberMention, sentence) -> bool:
    """就 and a verb of paying less (就少缴了) that tally no contribution or tax: none named before it
    in the sentence (光原材料一项就少交了; the 税 of 税务局 is the office's), or the amount not right
    after the verb, what was paid less written between (就少缴税款120万元, said of evasion too):
    cues.json _contributions_spared."""
    if cue.word not in _TALLY_APART_WORDS:
        return False
    if cue.end != num.start:
        return True
    before = text[sentence[0]:cue.start]
    for word in _TALLIED_APART_NOT:
        before = before.replace(word, "|")
    return not any(w in before for w in _TALLIED_APART)


_TALLY_LINKS = tuple(_CONTRIBUTIONS_SPARED["tally_links"])


def _named_past_link(r: ArticleCues, cue: Cue, num: NumberMention) -> Cue | None:
    """The naming word a rejected tally hid, scanned again from after its link (就少缴费用: the
    scan's leftmost match, 就少缴, swallowed 少缴费用, the fee paid less), or None."""
    link = next(w for w in _TALLY_LINKS if cue.word.startswith(w))
    hidden = r.index(MONEY_WORDS, _C["neutral"], [(cue.start + len(link), num.start)])
    return hidden.of_roles(_MONEY_NAMING_ROLES).last_before(cue.start, num.start)


def _firms_relief_past_link(r: ArticleCues, cue: Cue, num: NumberMention, clause) -> Cue | None:
    """The word the link hid when it names a firm's relief, else None: one the fee-savings checks
    reject (受益于社保减免政策，园区企业一年就少缴费用: no sign of support right before it) must
    not end the scopes, so the word before the tally and the later scopes (the sentence's 减免)
    name the amount, as before the rescan."""
    hidden = _named_past_link(r, cue, num)
    return None if hidden is None or _not_for_firms(r, hidden, num, clause) else hidden


_FIRM_FOR_THE_PUBLIC = tuple(_C["firm_for_the_public"])
_FIRM_FOR_THE_PUBLIC_REACH = 16


def _spent_by_firm(text: str, spender, lo: int, hi: int, sentence_start: int) -> bool:
    """A firm spends in [lo, hi), and is not a government's partner, agent or own company
    (cues.json firm_for_the_public: 联合光谷金控集团设立…基金 is the zone's fund)."""
    for m in spender.finditer(text, lo, hi):
        before = text[max(sentence_start, m.start() - _FIRM_FOR_THE_PUBLIC_REACH):m.start()]
        if _RECEIVING_FIRMS.search(before):
            continue  # 为中小企业安排2000万元专项资金: the firms receive, the giver spends
        if text.startswith(_ZONE_COMPANY_FIRMS, m.start()) and _ZONE_COMPANY.search(before):
            continue  # 新区科创投资公司设立…基金, 区城投公司设立…: the zone's own company acts for it
        if not any(word in before for word in _FIRM_FOR_THE_PUBLIC):
            return True
    return False


_ZONE_COMPANIES = _C["zone_companies"]
_ZONE_COMPANY_FIRMS = tuple(_ZONE_COMPANIES["firms"])
# 新区[科创]投资, 区城投: a jurisdiction owning the company, a few characters of its name, its kind.
_ZONE_COMPANY = re.compile(
    rf"(?:{alternation(_ZONE_COMPANIES['owners'])})(?:(?![{re.escape(_ZONE_COMPANIES['gap_not'])}])[\u4e00-\u9fff])"
    rf"{{0,{_ZONE_COMPANIES['gap_most']}}}?(?:{alternation(_ZONE_COMPANIES['kinds'])})$")


# 为中小企业 / 向科技型企业: firms described between a preposition of receiving and the firm word
# (cues.json recipient_modifiers; the firm word itself follows the match).
_RECEIVING_FIRMS = re.compile(rf"[为向对给](?:{alternation(_C['recipient_modifiers'])})$")


_SUM_WORDS = tuple(_C["sum_words"])
_SUM_OF_RELIEF_ONLY = frozenset(_C["sum_of_relief_only"])
_SUM_REACH = 6  # 合计为企业减负: the sum word at most this far before the generic word, in its clause


def _sums_the_list(r: ArticleCues, cue, clause, sentence) -> bool:
    """Whether a sum word (合计, 共计) stands shortly before the generic cue in its clause, after
    measures of two kinds or more named earlier in the sentence (减免税费…、减免房租…，合计为企业
    减负3亿元). A sum of one kind (减免3个月租金，共计减免1860万元) is of that kind."""
    before = r.text[max(clause[0], cue.start - _SUM_REACH):cue.start]
    if not any(word in before for word in _SUM_WORDS) and not _word_before(r, _MEANS_LIST_CLOSERS, sentence, cue.start):
        return False
    named = r.index(MONEY_WORDS, _C["neutral"], [(sentence[0], cue.start)]).cues
    # One kind per piece of the list (between clause marks and 、): its last naming word, the
    # object a verb before it relieves (免收3个月租金: rent, not a waived fee besides the rent).
    last_of_piece: dict[int, str] = {}
    summed = (cue.category, *BLOCKS[cue.category].get("yields_to", ())) if cue.word in _SUM_OF_RELIEF_ONLY else None
    for c in named:
        if c.role == "money" and c.category is not None and (summed is None or c.category in summed):
            last_of_piece[_piece_start(r.text, sentence[0], c.start)] = c.category
    return len(set(last_of_piece.values())) >= 2


_MEANS_LIST_CLOSERS = tuple(_C["means_list_closers"])


def _piece_start(text: str, lo: int, pos: int) -> int:
    """Where the piece of a sentence holding `pos` starts: after the last clause mark, 、 or word
    joining a list (减免社保费和房租: two pieces) before it, not a 、 between two numerals (免收2、3月
    租金: one piece)."""
    start = max(lo, *(text.rfind(mark, lo, pos) + 1 for mark in _CLAUSE_MARKS))
    comma = text.rfind("、", start, pos)
    while comma > start and _numerals_around(text, comma):
        comma = text.rfind("、", start, comma)
    return max(start, comma + 1, *(text.rfind(join, start, pos) + 1 for join in _LIST_JOINS))


_LIST_JOINS = "和及"  # 减免社保费和房租, 免收租金及物业费: a list's last item after them


# 2、3月, 2月、3月: a 、 between numerals, a unit of the date list (cues.json _numeral_list_units) after the first.
_NUMERAL_AROUND = re.compile(rf"[{DIGIT}一二三四五六七八九十](?:{alternation(_C['numeral_list_units'])})?、"
                             rf"(?=[{DIGIT}一二三四五六七八九十])")
_NUMERAL_UNIT_MOST = max(map(len, _C["numeral_list_units"]))


def _numerals_around(text: str, comma: int) -> bool:
    """The 、 at `comma` parts numerals of one list (免收2、3月租金, 免除2月、3月两个月的租金), not pieces."""
    m = _NUMERAL_AROUND.search(text, max(0, comma - 1 - _NUMERAL_UNIT_MOST), comma + 2)
    return m is not None and m.end() == comma + 1


def _names_who_qualifies(text: str, cue, num: NumberMention, clause) -> bool:
    """Whether the cue before an amount lies in a condition 对 opens and 的 closes, before the
    amount (对生产防疫物资的重点企业给予每人每天200元的…补贴): it says who gets the amount, not
    what the amount is."""
    return "对" in text[clause[0]:cue.start] and "的" in text[cue.end:num.start]


_SPOKEN_GRANT = _C["spoken_grant"]
_SPOKEN_GRANT_VERBS = _SPOKEN_GRANT["verbs"]
# 补了我们30多万元: who is paid, between the verb and the amount (longest first: 我们 before 我).
_SPOKEN_GRANT_RECIPIENTS = tuple(sorted(_SPOKEN_GRANT["recipients"], key=len, reverse=True))


# 补了 + 包车费 + 4.2万元: the cost made up, a few characters naming it and a cost word (cues.json _spoken_grant_costs).
_SPOKEN_COSTS = tuple(_SPOKEN_GRANT["costs"])
_SPOKEN_COST_OBJECT = re.compile(
    rf"[\u4e00-\u9fff]{{0,{_SPOKEN_GRANT['cost_object_most']}}}(?:{alternation(_SPOKEN_GRANT['costs'])})")
_SPOKEN_COST_REACH = _SPOKEN_GRANT["cost_object_most"] + max(map(len, _SPOKEN_GRANT["costs"]))


def _spoken_grant_verb(text: str, lo: int, pos: int) -> tuple[str, int] | None:
    """The spoken verb of paying that ends right before `pos` (了 and a pronoun of who is paid between
    at most: 补了我们30多万元), or before the cost it makes up that ends there (补了包车费4.2万元), and
    where it starts, or None (cues.json _spoken_grant, _spoken_grant_costs)."""
    found = _spoken_grant_verb_right_before(text, lo, pos)
    if found is not None or not text.endswith(_SPOKEN_COSTS, lo, pos):
        return found  # most amounts: no cost word right before them
    for start in range(max(lo, pos - _SPOKEN_COST_REACH), pos):
        if _SPOKEN_COST_OBJECT.fullmatch(text, start, pos) and (found := _spoken_grant_verb_right_before(text, lo, start)):
            return found
    return None


def _spoken_grant_verb_right_before(text: str, lo: int, pos: int) -> tuple[str, int] | None:
    """The spoken verb of paying that ends right before `pos`, 了 and who is paid between at most.
    Each list is walked for its first word ending there only when one of its words does (one
    endswith of the tuple): before nearly every amount none does (tests/test_measures_fast_paths.py)."""
    if text.endswith(_SPOKEN_GRANT_RECIPIENTS, lo, pos):
        pos -= len(next((w for w in _SPOKEN_GRANT_RECIPIENTS if text.endswith(w, lo, pos)), ""))
    end = pos
    if text.endswith(_SPOKEN_GRANT_THEN, lo, pos):
        end -= len(next((w for w in _SPOKEN_GRANT_THEN if text.endswith(w, lo, pos)), ""))
    if not text.endswith(_SPOKEN_GRANT_VERB_TUPLE, lo, end):
        return None  # most amounts: no verb of paying right before them
    verb = next((v for v in _SPOKEN_GRANT_VERBS if text.endswith(v, lo, end)), None)
    if verb is None or text.endswith(_SPOKEN_GRANT_NOT_AFTER, lo, end - len(verb)):
        return None  # 弥补300万元: a gap filled
    return verb, end - len(verb)


_SPOKEN_GRANT_THEN = tuple(_SPOKEN_GRANT["then"])
_SPOKEN_GRANT_VERB_TUPLE = tuple(_SPOKEN_GRANT_VERBS)
_SPOKEN_GRANT_NOT_AFTER = tuple(_SPOKEN_GRANT["not_after"])


# 区里, 企业: who may pay before the verb (cues.json _spoken_grant).
_SPOKEN_GRANT_PAYER = re.compile(f"(?P<public>{alternation(_SPOKEN_GRANT['public_payers'])})"
                                 f"|{alternation(_SPOKEN_GRANT['private_payers'])}")
_RECIPIENT_MARKS = frozenset(_SPOKEN_GRANT["recipient_marks"])


def _spoken_payer(text: str, lo: int, verb_start: int) -> str | None:
    """"public" when the nearest payer word before the spoken verb in its clause is public (区里,
    县财政), "private" when it is a firm, a boss or oneself (由企业补, 公司还是给每名员工补了), None
    when the clause names no payer; a private one a few characters after 给/为 is who is paid
    (市里给这些企业每家补了三千元) and is passed over: cues.json _spoken_grant."""
    for payer in reversed(list(_SPOKEN_GRANT_PAYER.finditer(text, lo, verb_start))):
        if payer.group("public") is not None:
            return "public"
        if not _RECIPIENT_MARKS.intersection(text[max(lo, payer.start() - _SPOKEN_GRANT["recipient_reach"]):payer.start()]):
            return "private"  # 由企业补了200多万元: the firm pays
    return None


def _spoken_grant(text: str, num: NumberMention, clause) -> Cue | None:
    """区里补一千块钱: the spoken verb of paying right before the amount, as the cue of its category,
    when a public payer says it."""
    found = _spoken_grant_verb(text, clause[0], num.start)
    if found is None:
        return None
    verb, start = found
    if _spoken_payer(text, clause[0], start) != "public":
        return None  # 由企业补了200多万元: the firm's own money
    return Cue(start, start + len(verb), verb, _SPOKEN_GRANT_VERBS[verb], "money")


_SPOKEN_EACH_ALONE = frozenset(_SPOKEN_GRANT["each_alone"]) | {""}


def _spoken_grant_of_clause_before(r: ArticleCues, num: NumberMention, clause, sentence) -> Cue | None:
    """区里给每个返岗工人补了路费，每人300元: an amount whose clause holds nothing before it but a word of
    each, after a clause that ends with a public payer's spoken verb and the cost it makes up: that
    verb names the amount (cues.json _spoken_grant_costs)."""
    if r.text[clause[0]:num.start].strip() not in _SPOKEN_EACH_ALONE:
        return None
    before = r.geo.previous_clause(clause, sentence)
    if before is None:
        return None
    end = before[1]
    while end > before[0] and not ("\u4e00" <= r.text[end - 1] <= "\u9fff"):
        end -= 1  # the clause's words, its closing mark left out
    found = _spoken_grant_verb(r.text, before[0], end) if r.text.endswith(_SPOKEN_COSTS, before[0], end) else None
    if found is None or _spoken_payer(r.text, before[0], found[1]) != "public":
        return None
    verb, start = found
    return Cue(start, start + len(verb), verb, _SPOKEN_GRANT_VERBS[verb], "money")


def _spoken_by_private_payer(text: str, num: NumberMention, lo: int) -> bool:
    """The amount is paid with a spoken verb by a firm's own person (老板补了我们1000元, 公司又补了每人500元):
    the firm's own money, so it continues no list of grants before it nor takes a word of the sentence
    (区里补了我30万元，… / 区里发了稳岗补贴30万元，…: cues.json _spoken_grant_private)."""
    found = _spoken_grant_verb(text, lo, num.start)
    return found is not None and _spoken_payer(text, lo, found[1]) == "private"


def _money_category_after(r: ArticleCues, num: NumberMention, clause, sentence) -> tuple[str, str] | None:
    """(category, rule) from a naming word after the amount in its clause, when the word before
    it only said who qualifies; None when there is none or it cannot name money."""
    cue, row = _money_cue(r, "clause_after", num, clause, sentence)
    if row is not None or cue is None or not _allowed(cue, "clause_after") or cue.category is None \
            or cue.role == "money_generic" or _blocked_cue(r, cue):
        return None
    if num.unit not in BLOCKS[cue.category]["units"]:
        return None
    return cue.category, f"money:clause_after:{cue.word}"


# --- percentages ----------------------------------------------------------------------------------

def _share_category(r: ArticleCues, verb_category: str, num: NumberMention, clause, after: int) -> str:
    """The category of a share of a cost: the verb's, unless the cost itself names one
    (补贴贷款基准利率的10% -> interest_subsidy)."""
    if r.text[num.start - 1:num.start] != "的":
        # 对企业贷款利息按照40%给予补助: the cost, then 按/按照 right before the share, names it too.
        base = _SHARE_OF_THEN_BY.search(r.text, max(clause[0], after, num.start - _SHARE_OF_THEN_BY_REACH), num.start)
        return SHARE_OF_OF[base.group("base")][0] if base else verb_category
    previous = r.number_near(num, -1)
    lo = max(clause[0], after, previous.end if previous and previous.end <= num.start else 0)
    base = _SHARE_OF.search(r.text, lo, num.start) if _SHARE_OF else None
    return SHARE_OF_OF[base.group()][0] if base else verb_category


_SHARE_OF_THEN_BY = _on_re("_SHARE_OF_THEN_BY",
    rf"(?P<base>{alternation(list(SHARE_OF_OF))})(?:{alternation(_C['share_of_then_by'])})$") if SHARE_OF_OF else None
_SHARE_OF_THEN_BY_REACH = max(map(len, SHARE_OF_OF), default=0) + max(map(len, _C["share_of_then_by"]))
_LISTED_WITH_SHARE = ("percent", "money")  # a share listed with another share, or with its cap
# 分别按照50%、30%、20%的比例给予补贴: the verb after the last of a list of shares says what each
# pays for; a list longer than this is looked at no further.
_LISTED_SHARES_MOST = 5


def _share_after(r: ArticleCues, num: NumberMention, clause) -> re.Match | None:
    """The support verb right after a share (50%给予补贴), or after the share or the cap it is
    listed with (LPR的30%和担保费率的50%给予补贴, 投资额30%、单个企业最高200万元给予奖励), or
    that of the next clause after a clause stating only shares (`_share_verb_next_clause`)."""
    m = _verb_after(r.text, num.end, min(clause[1], num.end + 12))
    if m:
        return m
    prev = num
    for step in range(1, _LISTED_SHARES_MOST + 1):
        nxt = r.number_near(num, step)
        if (nxt is None or nxt.kind not in _LISTED_WITH_SHARE or nxt.end > clause[1] or nxt.start - prev.end > 16
                or not _COORDINATED.match(r.text, prev.end)):
            break
        m = _verb_after(r.text, nxt.end, min(clause[1], nxt.end + 12))
        if m:
            return m
        prev = nxt
    return _share_paid_out_then_named(r, prev, clause) or _share_verb_next_clause(r, prev, clause)


# 10%分期拨付 at a clause's end: the share is paid out in instalments, what it pays named after.
_SHARE_PAID_OUT_END = _on_re("_SHARE_PAID_OUT_END", rf"(?:{_INSTALMENTS})(?:{_PAY_OUT})")
# 补助总额…, 扶持资金总额…: a clause opening with the support's verb (its pool or sum may follow).
_OPENS_WITH_SHARE_VERB = _on_re("_OPENS_WITH_SHARE_VERB", rf"(?P<verb>{_SHARE_VERBS})")


def _share_paid_out_then_named(r: ArticleCues, last: NumberMention, clause) -> re.Match | None:
    """按照设备投资额的10%分期拨付，补助总额不超过1500万元: a clause that ends paying the share out
    in instalments with nothing after the verb (cues.json share_instalments), and a next clause that opens
    with the support's own word: that word says what the share pays for."""
    text, (lo, hi) = r.text, clause
    if not text.startswith(_SHARE_STANDARD_MARKS, hi) or _SHARE_PAID_OUT_END.fullmatch(text, last.end, hi) is None:
        return None
    nxt = r.geo.clause_of(hi + 1)
    return _OPENS_WITH_SHARE_VERB.match(text, nxt[0], nxt[1])


_SHARE_STANDARD = _C["share_standard_clause"]
_SHARE_STANDARD_ENDS = frozenset(_SHARE_STANDARD["ends"])
_SHARE_STANDARD_RECIPIENTS = tuple(_SHARE_STANDARD["recipients"])
_SHARE_STANDARD_MARKS = tuple(_SHARE_STANDARD["marks"])


def _share_verb_next_clause(r: ArticleCues, last: NumberMention, clause) -> re.Match | None:
    """The support verb of the next clause, for shares stated in a clause of their own (按照中小微
    企业90%、大型企业50%的比例，向1860家企业返还失业保险费: `last` the list's last share): the clause
    opens with 按 and ends with 的比例 after it, the next clause opens with its recipients (向, 为)
    and holds no other percentage before its verb (cues.json _share_standard_clause), as a money
    standard takes the next clause's measure (按每人1000元的标准，给予…补贴)."""
    text, (lo, hi) = r.text, clause
    if text[last.end:hi].strip() not in _SHARE_STANDARD_ENDS or not text.startswith(_SHARE_STANDARD_MARKS, hi) \
            or not any(opener in text[lo:last.start] for opener in _STANDARD_OPENERS):
        return None
    nxt = r.geo.clause_of(hi + 1)
    if not text[nxt[0]:nxt[1]].lstrip().startswith(_SHARE_STANDARD_RECIPIENTS):
        return None
    verb = _SHARE_VERB_WORD.search(text, nxt[0], nxt[1])
    later = r.number_near(last, 1)
    if verb is None or (later is not None and later.kind == "percent" and later.start < verb.start()):
        return None
    return _SHARE_AFTER.match(text, verb.start(), nxt[1])


# A share's verb is one of these words: where none is written, _SHARE_AFTER cannot match (one
# search for the words instead of the pattern's match, for nearly every share).
_SHARE_VERB_WORD = literal_scanner(list(SHARE_VERB_OF))


# 95%的租金减免申请完成审核: the support verb names cases (applications, matters), counted.
_CASES_AFTER_VERB = tuple(_C["share_of_cases_after_verb"])


def _noun_goes_on(text: str, pos: int) -> bool:
    """Whether the cases noun at `pos` is the head of a longer word (手续费, 业务用房): a cost."""
    word = next(w for w in _CASES_AFTER_VERB if text.startswith(w, pos))
    return text[pos + len(word):pos + len(word) + 1] in _CASES_NOUN_GOES_ON


_CASES_NOUN_GOES_ON = frozenset(_C["share_of_cases_noun_goes_on"])


def _verb_after(text: str, pos: int, end: int) -> re.Match | None:
    """_SHARE_AFTER.match(text, pos, end), tried only where a verb is written."""
    return _SHARE_AFTER.match(text, pos, end) if _SHARE_VERB_WORD.search(text, pos, end) else None


def _share_after_by_definition(r: ArticleCues, num: NumberMention, clause) -> re.Match | None:
    """The support verb right after a share: the definition `_share_after` tries less often."""
    m = _SHARE_AFTER.match(r.text, num.end, min(clause[1], num.end + 12))
    if m:
        return m
    prev = num
    for step in range(1, _LISTED_SHARES_MOST + 1):
        nxt = r.number_near(num, step)
        if not (nxt is not None and nxt.kind in ("percent", "money") and nxt.end <= clause[1]
                and nxt.start - prev.end <= 16 and _COORDINATED.match(r.text, prev.end)):
            break
        m = _SHARE_AFTER.match(r.text, nxt.end, min(clause[1], nxt.end + 12))
        if m:
            return m
        prev = nxt
    return _share_paid_out_then_named(r, prev, clause) or _share_verb_next_clause(r, prev, clause)


def _resumed_subject(r: ArticleCues, lo: int, hi: int, clause, sentence) -> str | None:
    """The resume word in a proportion's subject (复工企业占比), looked for before 占 in the
    clause, else in the clause before when the clause opens with 占."""
    found = _RATE_AFTER_IN.search(r.text, max(lo, hi - _SUBJECT_WINDOW), hi)
    if found and r.text.startswith(_RESUME_DIFFICULTY, found.end()):
        return None  # 反映员工返岗难的占36.5%: a difficulty reported by those surveyed, no one back
    if found:
        # 返岗员工中湖北籍员工占3%: a part of the resumed, named after 中, is no rate of resuming.
        return None if _PART_OF_THEM.fullmatch(r.text, found.end(), hi) or _not_yet_ending(r.text, found.end()) \
            else _resume_word(found.group())
    prev = r.geo.previous_clause(clause, sentence)
    if hi - lo <= 2 and prev:
        found = _RATE_AFTER_IN.search(r.text, max(prev[0], prev[1] - _SUBJECT_WINDOW), prev[1])
        return _resume_word(found.group()) if found and not _not_yet_ending(r.text, found.end()) else None
    return None


_NOT_YET_LONGEST = max(map(len, _C["not_yet"]["words"]))


def _not_yet_ending(text: str, end: int) -> bool:
    """Whether the resume word ending at `end` closes a word of not_yet (暂时无法返岗，约占应返岗人数的一成:
    the share is of those NOT back, no rate of resuming; cues.json not_yet)."""
    return text[max(0, end - _NOT_YET_LONGEST):end].endswith(_NOT_YET)


_DUE_BEFORE = tuple(_C["proportion_of_resumed"]["due_before"])
_RESUME_DIFFICULTY = tuple(_C["proportion_of_resumed"]["difficulty_after"])  # 返岗难, 复工受阻: a problem
# 占全省的14.2% / 占全市七成以上: a place alone as the whole of a proportion, with 的 or without
# (cues.json _proportion_of_resumed).
_PLACE_WHOLES = frozenset(w + de for w in _C["proportion_of_resumed"]["whole_places"] for de in ("的", ""))
_RATE_AFTER_IN = _on_re("_RATE_AFTER_IN", _RESUME_WORDS)
# Between a resume word and 占: its noun, 中 (among them; not 中小企业), and the part named.
_PART_OF_THEM = re.compile(rf"[{HAN}]{{0,4}}?中(?!小)[{HAN}]{{1,8}}")


def _specific_share(r: ArticleCues, cue: Cue, num: NumberMention, sentence) -> tuple[str, str]:
    """(category, cue as the rule names it) of a share word: a generic one (减免, 减免比例) takes
    the category of the nearest naming word said before it and the figure in their clause (or
    the clause before, when the clause opens with the share word; or, when neither names any,
    in its sentence before them) when it yields to that category (租金给予30%的减免, 免收2个月房租，
    减免比例达100%, 租金减免，第一年全免，第二年分别减免70%: rent relief), as a generic amount's
    cue does; 减免税费的50% and …土地使用税按50%减免 stay tax relief."""
    generic = BLOCKS[cue.category].get("money_generic", ())
    if not any(word in cue.word for word in generic):
        return cue.category, cue.word
    first, end = min(cue.start, num.start), max(cue.end, num.end)
    clause = r.geo.clause_of(first)
    lo = clause[0]
    if not r.text[lo:first].strip():
        prev = r.geo.previous_clause(clause, sentence)
        lo = prev[0] if prev else lo
    named = [c for c in r.index(MONEY_WORDS, _C["neutral"], [(lo, end)]).cues
             if c.role == "money" and c.category is not None]
    if not named and not _names_own_object(r.text, cue, num) and not any(
            w in r.text[lo:first] for w in BLOCKS[cue.category].get("generic_own_objects", ())):
        # 给予三年租金减免，第一年全免，第二年、第三年分别减免70%、50%: the share's clause names no
        # object (社保费分别减免50% names its own), so the object its sentence named before (租金) is
        # what is relieved.
        named = [c for c in r.index(MONEY_WORDS, _C["neutral"], [(sentence[0], lo)]).cues
                 if c.role == "money" and c.category is not None]
    if named and named[-1].category in BLOCKS[cue.category].get("yields_to", ()):
        return named[-1].category, f"{cue.word}>{named[-1].word}"
    if cue.end <= num.start:
        # 减免50%租金 / 减免三分之一的房租: what is waived, named right after the share.
        after = r.text.startswith("的", num.end) + num.end
        right_after = [c for c in r.index(MONEY_WORDS, _C["neutral"], [(after, after + _OBJECT_AFTER_SHARE)]).cues
                       if c.start == after and c.role == "money" and c.category is not None]
        if right_after and right_after[0].category in BLOCKS[cue.category].get("yields_to", ()):
            return right_after[0].category, f"{cue.word}>{right_after[0].word}"
    return cue.category, cue.word


def _search_ending(pattern: re.Pattern, lasts: frozenset[str], text: str, lo: int, hi: int) -> re.Match | None:
    """pattern.search(text, lo, hi) for a pattern anchored at the window's end ($) whose matches
    end with one of the characters `lasts`: None at once where the window ends with none of them,
    nor with one of them before a final line break ($ matches there too). Worth it only for a
    pattern whose search of a window costs more than this test: most short windows cost `re`
    less than a Python call (measured per pattern on the 10 MB corpus: _PRICE_CUT_AT searched
    5,900 windows in 4.3 ms, 1.0 ms with the test; _PRICE_CUT, _COST_BORNE and a dozen more
    end-anchored patterns gained nothing)."""
    if hi <= lo:
        return None  # no such pattern matches the empty text
    last = text[hi - 1]
    if last not in lasts and not (last == "\n" and hi - 2 >= lo and text[hi - 2] in lasts):
        return None
    return pattern.search(text, lo, hi)


# 增速达到10%的给予奖励: a share, 的 and a verb of giving (cues.json _share_bound_of_condition).
_SHARE_BOUND_OF_CONDITION = tuple(_C["share_bound_of_condition"])
# 复工率低于40%的乡镇: an indicator's figure, 的 and a group it picks out (cues.json _rate_bound_of_group).
_RATE_BOUND = _C["rate_bound_of_group"]
_RATE_BOUND_GROUP = rf"[\p{{Han}}]{{0,{_RATE_BOUND['group_gap']}}}?(?:{alternation(_RATE_BOUND['groups'])})"
# …, or the group left unsaid: 的, a verb of having and a figure (复工率超过95%的有5个, …的已有142家).
_RATE_BOUND_OF_GROUP = _on_re("_RATE_BOUND_OF_GROUP",
    rf"的(?:{_RATE_BOUND_GROUP}|(?:{alternation(_RATE_BOUND['counted_verbs'])})[\d一二三四五六七八九十两几])")
# 复工率超过95%的 + (县区)有 + 5个: from a rate's bound to the count of the group it picks out.
_COUNTED_BY_RATE_BOUND = _on_re("_COUNTED_BY_RATE_BOUND",
    rf"的(?:{_RATE_BOUND_GROUP})?(?:{alternation(_RATE_BOUND['counted_verbs'])})")
_COUNTED_VERB_ENDS = frozenset(word[-1] for word in _RATE_BOUND["counted_verbs"])
_OBJECT_AFTER_SHARE = 4  # 租金, 房租, 厂房租金: the naming word written right after a share
# 租金减六成: share verbs that name a share only right before it (cues.json _rent_cut_by_share).
_VERBS_NEXT_TO_FIGURE = frozenset(_C["rent_cut_by_share"])


_FIRMS_OPERATE = _C["firms_operate"]


def _firms_named_before(r: ArticleCues, num: NumberMention, clause, sentence) -> bool:
    """A firm word before the figure in its clause, or in the clause before when that one ends with
    a word of among (快递企业中，九成以上已恢复正常运营) or with the firm word itself, the topic the
    share is of (一度停运的物流企业，近八成已恢复正常运营): firms are what is back (cues.json _firms_operate)."""
    lo = clause[0]
    prev = r.geo.previous_clause(clause, sentence)
    if prev is not None and r.text[prev[0]:clause[0]].rstrip("，,、 ").endswith(
            tuple(_FIRMS_OPERATE["among"]) + tuple(_FIRMS_OPERATE["firms"])):
        lo = prev[0]
    return any(w in r.text[lo:num.start] for w in _FIRMS_OPERATE["firms"])


def _percent_cue(r: ArticleCues, scope: str, num: NumberMention, clause, sentence):
    """(category, basis, rule) found in one scope for a percentage, BLOCKER to stop, or None."""
    text, (lo, hi) = r.text, clause
    if scope == "respectively":
        cue = _respective_cue(r, r.percent, num, clause)
        if cue is None or not _allowed(cue, scope) or cue.role not in ("rate", "share.ratio", BLOCKER):
            return None
        if cue.role == BLOCKER:
            return BLOCKER  # 产值、税收分别增长5%、3%
        if cue.role == "rate":
            return cue.category, BLOCKS[cue.category].get("rate_basis", "total"), f"rate:{scope}:{cue.word}"
        category, named = _specific_share(r, cue, num, sentence)
        return category, "per_beneficiary", f"share:{scope}:{named}"
    if scope == "share_after":
        m = _share_after(r, num, clause)
        if m and text.startswith(_CASES_AFTER_VERB, m.end("verb")) and not _noun_goes_on(text, m.end("verb")):
            return BLOCKER  # 九成以上的减免业务在网上办结: a share of the cases handled, not of a cost
        if m and text.startswith(_SHARE_BOUND_OF_CONDITION, num.end):
            return BLOCKER  # 增速达到10%的给予奖励: the bound those rewarded reach, not a share of a cost
        if m:
            verb = m.group("verb")
            cue = Cue(m.start("verb"), m.end("verb"), verb, SHARE_VERB_OF[verb][0], "share.verbs")
            category, named = _specific_share(r, cue, num, sentence)
            return _share_category(r, category, num, clause, lo), "per_beneficiary", f"share:{scope}:{named}"
        return None
    if scope == "price_cut":
        # 货物装卸费下调30%: the share of a charge firms pay that is relieved (cues.json _price_cut_share).
        m = named = None
        if _CHARGE_WORD.search(text, max(lo, num.start - _CHARGE_GATE_REACH), num.start) is not None:
            # (most shares: no charge before them, and none of the three patterns can match)
            m = _PRICE_CUT.search(text, max(lo, num.start - _PRICE_CUT_REACH), num.start)
            if m is not None:
                named = f"{m.group('charge')}{m.group('verb')}"
            else:  # 下调码头作业费10%: the verb first, the charge it lowers after it
                m = _PRICE_CUT_VERB_FIRST.search(text, max(lo, num.start - _PRICE_CUT_VERB_FIRST_REACH), num.start)
                named = m and f"{m.group('verb')}{m.group('charge')}"
            if m is None:  # 水费按50%收取, 资费给予10%的优惠: the charge before the share, its verb after it
                m, named = _charged_at_share(text, lo, num)
        if m is None and (rent := _rent_charged_at_half(text, lo, num)) is not None:
            # 租金按原合同标准的50%收取: rent collected at half is half relieved (cues.json _rent_charged_at)
            category = _RENT_CHARGED_AT["category"]
            return (category, "per_beneficiary", f"share:{scope}:{rent}") if scope in _SCOPES_OF[category] else None
        if m is None or scope not in _SCOPES_OF[_PRICE_CUT_SHARE["category"]] or _charge_off_topic(text, lo, m):
            return None
        return _PRICE_CUT_SHARE["category"], "per_beneficiary", f"share:{scope}:{named}"
    if scope == "cost_borne":
        # 县财政承担保费的70%: the share of a cost a payer covers (cues.json _cost_borne_share); 利息 makes
        # it interest_subsidy as it does after any share verb.
        # Most shares: no cost word before them, and none of the three patterns before them can match.
        cost_before = _COST_WORD.search(text, max(lo, num.start - _COST_GATE_REACH), num.start) is not None
        m = _COST_BORNE.search(text, max(lo, num.start - _COST_BORNE_REACH), num.start) if cost_before else None
        if m is None or _borne_by_the_insured(text, lo, m.start()):
            # 包车费用由经开区承担80%: the cost, 由 a public payer, the verb (cost_borne_by); 利息还能补一半:
            # the cost, adverbs, a verb of making up (cost_made_up)
            # 按实际费用的80%补: the same, standard first (_standard_share_made_up)
            m = (_search_ending(_COST_BORNE_BY, _COST_BORNE_BY_LASTS, text, max(lo, num.start - _COST_BORNE_BY_REACH), num.start)
                 or _COST_MADE_UP.search(text, max(lo, num.start - _COST_MADE_UP_REACH), num.start)) if cost_before else None
            made_up = (m.group("cost"), m.group("verb")) if m is not None else (
                _standard_share_made_up(text, lo, hi, num) or _cost_borne_by_share_first(text, lo, hi, num))
            if made_up is None:
                return None
            cost, verb = made_up
            category = SHARE_OF_OF.get(cost, (_COST_BORNE_SHARE["category"],))[0]
        else:
            cost, verb = m.group("cost"), m.group("verb")
            category = _share_category(r, _COST_BORNE_SHARE["category"], num, clause, m.start())
        if scope not in _SCOPES_OF[category]:
            return None
        return category, "per_beneficiary", f"share:{scope}:{verb}{cost}"
    if scope == "clause_before":
        # 补贴标准为减免租金总额的50%: a ratio word names the share, whatever comes between.
        ratios = r.percent_ratios  # most texts have none: not looked up
        cue = (ratios.cues and ratios.last_before(lo, num.start)) or r.percent.last_before(lo, num.start)
        if (cue is not None and text[num.start - 1:num.start] == "的" and cue.role == "rate"
                and cue.category not in INDICATORS and not _rate_of_amount(text, cue, num)):
            # 补贴贷款基准利率的10% / 贷款利息的50%由财政补贴: the rate word is the cost shared.
            # An indicator's word is no cost: 产能恢复至正常水平的85% is its level; a fee charged
            # on an amount (担保费率为贷款金额的1.5%) is the rate itself.
            cue = r.percent_shares.last_before(lo, num.start)
        if cue is not None and cue.role == BLOCKER and (text[cue.end:num.start] in _SHARE_BASE_LINKS
                                                         or _base_of_former_share(r, cue, num)):
            # 补助额最高可达项目投资的10%: the blocker names what the share is of; the support before it decides
            cue = _support_before_base(r, cue, lo) or cue
        if cue is not None and cue.role == BLOCKER and _support_rate_applied(text, num, hi):
            return None  # …2000万元以下的小微企业执行1%的担保费率: the condition's word; rate_after names the rate
        if cue is not None and cue.word in _VERBS_NEXT_TO_FIGURE and cue.end != num.start:
            # 房租减了一半, 厂房租金减少一半: 租金减 names a share only right before it (租金减六成);
            # apart from it, the word before it in the clause decides, as if it were not there.
            cue = r.percent.last_before(lo, cue.start)
        if cue is None and (topic := _share_topic_clause(r, num, clause, sentence)) is not None:
            # 稳岗返还比例，中小微企业由60%提高到90%: the share word alone in the clause before names it
            category, named = _specific_share(r, topic, num, sentence)
            return _share_category(r, category, num, clause, lo), "per_beneficiary", f"share:{scope}:{named}>topic_clause"
        if cue is None or not _allowed(cue, scope) or _cover_without_voucher(r, cue, sentence):
            return None
        if cue.role == BLOCKER or (cue.role not in ("rate", "proportion") and _share_of_whole(text, lo, num)):
            return BLOCKER  # 减免租金8700万元，占全区减免总额的三分之一以上: a part's share of a whole
        if cue.role not in ("rate", "proportion") and _share_of_head_count(text, num):
            return BLOCKER  # 补贴人数不超过参保职工总数的50%: how many are paid for, no share of a cost
        if cue.role == "rate" and r.count_between(None, cue.end, num.start) and _share_of_firms_acting(text, num, hi):
            return None  # 复工率超八成 三成企业满产: the rate's figure came first; this one is the firms'
        if cue.role == "rate" and cue.category in INDICATORS and _RATE_BOUND_OF_GROUP.match(text, num.end, hi):
            return BLOCKER  # 复工率低于40%的乡镇有3个: the bound of the places counted, no rate of the zone
        if cue.role == "rate":
            return cue.category, BLOCKS[cue.category].get("rate_basis", "total"), f"rate:{scope}:{cue.word}"
        if cue.role == "proportion":
            if text[cue.end:num.start] in _PLACE_WHOLES:
                return BLOCKER  # 复工企业数占全省(的)14.2%: a share of the province's resumed firms, no rate
            whole = _RATE_AFTER_IN.search(text, cue.end, num.start)
            if whole and not text[cue.end:whole.start()].endswith(_DUE_BEFORE):
                # 复工企业3260家，占全市复工企业总数的近三成: the whole is itself resumed firms (a
                # wider place's), so the figure is the zone's share of them, not a rate of resuming;
                # 占应复工企业的95% (those due to resume) stays a rate.
                return BLOCKER
            resumed = _resumed_subject(r, lo, cue.start, clause, sentence)
            # 在岗职工恢复到8600余人，占汛前用工总数的95%: those counted back, out of their number
            # before, though no resume word names them (cues.json _former_count_restored).
            resumed = resumed or _former_count_restored(r, num, clause, sentence)
            return (cue.category, "total", f"rate:proportion:{resumed}") if resumed else BLOCKER
        category, named = _specific_share(r, cue, num, sentence)
        return _share_category(r, category, num, clause, cue.end), "per_beneficiary", f"share:{scope}:{named}"
    if scope == "rate_after":
        m = (_RATE_AFTER.match(text, num.end, hi)
             or _RATE_THEN_SUBJECT_RESUMED.match(text, num.end, min(hi, num.end + 20))
             or ((text.startswith("的", num.end) or _HAVING_BEFORE.search(text, max(lo, num.start - _HAVING_REACH), num.start))
                 and _SUBJECT_RESUMES.match(text, num.end, min(hi, num.end + 20)))
             or _RATE_BEFORE.search(text, max(lo, num.start - _RATE_BEFORE_REACH), num.start))
        if m:
            cue = _resume_word(m.group("cue"))
            if cue in _FIRMS_OPERATE["words"] and not _firms_named_before(r, num, clause, sentence):
                return None  # 公交线路约七成已恢复运营: lines, not firms, back in operation
            return RATE_AFTER_OF[cue][0], "total", f"rate:{scope}:{cue}"
        m = text[num.start - 1:num.start] != "的" and _RATE_WORD_AFTER.match(text, num.end, hi)
        if m and m.group("cue") not in SECTOR_RATE_FORM.not_words:  # 30%的复购率: a rate of something else
            category = RATE_OF[m.group("cue")][0] if m.group("cue") in RATE_OF else SECTOR_RATE_FORM.category
            basis = BLOCKS[category].get("rate_basis", "total")
            if category == "loan" and text.startswith(_RATE_SUBSIDISED_VERBS, m.end()):
                category = _RATE_SUBSIDISED_AT["category"]  # 按3.85%的年利率给予贴息: the rate the zone pays at
            return category, basis, f"rate:{scope}:{m.group('cue')}"
        return None
    if scope == "clause_after":
        if _labelled_after(text, num, hi):  # 98.5%：规上工业企业复工率
            cue = r.percent.last_before(num.end, hi)
            if cue is None or cue.role != "rate" or not _allowed(cue, scope):
                return None
            return cue.category, BLOCKS[cue.category].get("rate_basis", "total"), f"rate:{scope}:{cue.word}"
        cue = r.percent_shares.first_after(num.end, hi)
        if cue is not None and cue.role != "proportion" and _share_of_head_count(text, num):
            return BLOCKER  # 按职工人数的20%确定补贴名额: a share of a head count, no share of a cost
        if (cue is not None and cue.role != "proportion"
                and (text[num.start - 1:num.start] == "的" or _GIVE_AT.match(text, num.end))):
            category, named = _specific_share(r, cue, num, sentence)
            return _share_category(r, category, num, clause, lo), "per_beneficiary", f"share:{scope}:{named}"
        return None
    if scope == "sentence":
        # 给予贷款贴息（按实际支付利息的50%）: the share of a cost (利息的50%) in a clause that names
        # no support, the verb that pays it in a clause before, in the sentence.
        # 给予房租补贴，按月租金的50%计算: a standard's share of a cost that names no category
        # (share_cost_nouns) is one too, the verb before naming the share.
        if text[num.start - 1:num.start] != "的" or not (
                _SHARE_OF is not None and _SHARE_OF.search(text, lo, num.start)
                or _SHARE_COST_BEFORE.search(text, max(lo, num.start - _SHARE_COST_BEFORE_REACH), num.start)):
            return None
        cue = r.percent_shares.last_before(sentence[0], lo)
        if cue is None or cue.role != "share.verbs" or not _allowed(cue, scope):
            return None
        category, named = _specific_share(r, cue, num, sentence)
        return _share_category(r, category, num, clause, lo), "per_beneficiary", f"share:{scope}:{named}"
    if scope == "level_after_change":
        cue = _rate_level_after_change(r, num, clause, sentence) or _rate_restored_later(r, num, clause, sentence)
        if cue is None:
            restored = _former_count_restored(r, num, clause, sentence)
            category = _FORMER_COUNT_RESTORED["category"]
            return (category, BLOCKS[category].get("rate_basis", "total"), f"rate:{scope}:{restored}") \
                if restored and scope in _SCOPES_OF[category] else None
        if not _allowed(cue, scope):
            return None
        return cue.category, BLOCKS[cue.category].get("rate_basis", "total"), f"rate:{scope}:{cue.word}"
    if scope == "rate_frame":
        cue = _rate_framing_sentence(r, num, clause, sentence)
        if cue is None or not _allowed(cue, scope):
            return None
        return cue.category, BLOCKS[cue.category].get("rate_basis", "total"), f"rate:{scope}:{cue.word}"
    if scope == "list_head":
        if r.percent_blockers.any_in(lo, hi) or _share_of_firms_acting(text, num, hi):
            return None  # 复工率达到86%，七成企业产能恢复过半: no second value of the rate
        if _left_to_the_bearer(text, clause, num):
            return None  # …由经开区财政承担80%，企业承担20%: the firm's own share, no support
        row = _list_head(r, num, clause, sentence, lambda row: row.unit == "ratio")
        if row is not None and _allowed_row(row, scope):
            return row.category, row.basis, f"{row.rule.split(':')[0]}:{scope}:{_cue_of(row.rule)}"
        former = _former_level_before(r, num, clause, sentence)
        if former is not None:
            category, basis, rule = former
            return category, basis, f"{rule.split(':')[0]}:{scope}:{_cue_of(rule)}"
        head = _bare_head(r, r.percent_rates, num, clause, sentence, _RATE_WORDS, SECTOR_RATE_FORM)
        if head is not None and _allowed(head, scope):
            return head.category, BLOCKS[head.category].get("rate_basis", "total"), f"rate:{scope}:{head.word}"
        return None
    raise ValueError(f"unknown percent scope {scope}")


_SHARE_TOPIC_GROUP_MOST = _C["share_topic_clause"]["group_most"]
_SHARE_MOVED_TO = frozenset(_C["change_to"] + _C["change_down"])
_SHARE_TOPIC_TRAIL = "，,；; "


def _share_topic_clause(r: ArticleCues, num: NumberMention, clause, sentence) -> Cue | None:
    """The share word a clause of its own names right before the figure's clause, when that clause is a
    group then 由 the former share and a word of change to the figure (稳岗返还比例，小型企业由50%提高至
    75%): the new share of that group (cues.json _share_topic_clause); else None. Most figures: no
    earlier percentage in their clause, nothing looked up."""
    text = r.text
    before = r.number_near(num, -1)
    if before is None or before.unit != num.unit or before.start < clause[0] \
            or text[before.end:num.start] not in _SHARE_MOVED_TO:
        return None
    m = _CHANGE_FROM.search(text, clause[0], before.start)
    if m is None or m.end() != before.start or not _SHARE_TOPIC_GROUP.fullmatch(text, clause[0], m.start()):
        return None
    prev = r.geo.previous_clause(clause, sentence)
    if prev is None or r.count_between(None, prev[0], prev[1]):
        return None
    cue = r.percent.last_before(prev[0], prev[1])
    if cue is None or cue.role != "share.ratio" or text[cue.end:prev[1]].strip(_SHARE_TOPIC_TRAIL):
        return None
    return cue


# 中小微企业: the group a share is set for, Han characters only (cues.json share_topic_clause.group_most)
_SHARE_TOPIC_GROUP = _on_re("_SHARE_TOPIC_GROUP", rf"[\p{{Han}}]{{0,{_SHARE_TOPIC_GROUP_MOST}}}")


_RATE_SUBSIDISED_AT = _C["rate_subsidised_at"]
_RATE_SUBSIDISED_VERBS = tuple(_RATE_SUBSIDISED_AT["verbs"])
_PRICE_CUT_SHARE = _C["price_cut_share"]
# 用水、用气价格阶段性下调10% / 货物装卸费下调30%: a charge, a word of its level at most (电价水平:
# the price itself), adverbs of how, a verb of lowering and the share right after it (cues.json
# _price_cut_share); not 电价下调至…, nor 消费减少10%.
_PRICE_CUT = _on_re("_PRICE_CUT",
    rf"(?P<charge>{alternation(_PRICE_CUT_SHARE['prices'])}|{_PRICE_CUT_SHARE['fee']}"
    rf"{_not_after(_PRICE_CUT_SHARE['fee_not'])})(?:{alternation(_PRICE_CUT_SHARE['levels'])})?"
    rf"(?:{alternation(_PRICE_CUT_SHARE['between'])}){{0,2}}(?P<verb>{alternation(_PRICE_CUT_SHARE['verbs'])})了?$")
_PRICE_CUT_REACH = (max(map(len, _PRICE_CUT_SHARE["prices"])) + max(map(len, _PRICE_CUT_SHARE["levels"]))
                    + 2 * max(map(len, _PRICE_CUT_SHARE["between"])) + max(map(len, _PRICE_CUT_SHARE["verbs"])) + 1)
# 下调码头作业费10%, 免收停业期间非居民取暖费的30%: a verb of lowering, whose charge, the charge (a
# price, or 费 / 费用 not of fee_not), 的 at most, then the share (cues.json _price_cut_share).
_PRICE_CUT_VERB_FIRST = _on_re("_PRICE_CUT_VERB_FIRST",
    rf"(?P<verb>{alternation(_PRICE_CUT_SHARE['verbs_first'])})[\p{{Han}}]{{0,{_PRICE_CUT_SHARE['charge_gap_most']}}}?"
    rf"(?P<charge>{alternation(_PRICE_CUT_SHARE['prices'])}|{_PRICE_CUT_SHARE['fee']}"
    rf"{_not_after(_PRICE_CUT_SHARE['fee_not'])})用?的?$")
_PRICE_CUTS_OF_TOPIC = _PRICE_CUT_SHARE["prices_of_topic"]
_CHARGED_AT = _PRICE_CUT_SHARE["charged_at"]
_DISCOUNTS = _PRICE_CUT_SHARE["discounts"]
# 工业用水水费按50%收取 / 宽带、专线资费给予不低于10%的优惠: a charge (billed on use before a link of
# charging at; any price or fee before a verb of giving a discount), adverbs of how, then the link or the
# verb right before the share (cues.json _price_cut_share charged_at, discounts).
_PRICE_CUT_AT = _on_re("_PRICE_CUT_AT",
    rf"(?:(?P<billed>{alternation(_PRICE_CUT_SHARE['billed_on_use'])})"
    rf"(?:{alternation(_PRICE_CUT_SHARE['between'])}){{0,2}}(?P<link>{alternation(_CHARGED_AT['links'])})"
    rf"|(?P<charge>{alternation(_PRICE_CUT_SHARE['prices'])}|{_PRICE_CUT_SHARE['fee']}"
    rf"{_not_after(_PRICE_CUT_SHARE['fee_not'])})用?(?:{alternation(_PRICE_CUT_SHARE['between'])}){{0,2}}"
    rf"(?P<give>{alternation(_DISCOUNTS['give'])}))$")
# The characters a match of _PRICE_CUT_AT can end with, from the words that end it (a link or a
# verb of giving), for `_search_ending`.
_PRICE_CUT_AT_LASTS = frozenset(w[-1] for w in _CHARGED_AT["links"] + _DISCOUNTS["give"])
_PRICE_CUT_AT_REACH = (max(map(len, _PRICE_CUT_SHARE["prices"] + _PRICE_CUT_SHARE["billed_on_use"]))
                       + 1 + 2 * max(map(len, _PRICE_CUT_SHARE["between"]))
                       + max(map(len, _CHARGED_AT["links"] + _DISCOUNTS["give"])))
# after the share: 收取 (的标准 or 的比例 between at most), or 优惠 (的 between at most)
_CHARGED_AT_AFTER = _on_re("_CHARGED_AT_AFTER",
    rf"(?:的(?:标准|比例))?(?P<verb>{alternation(_CHARGED_AT['verbs'])})")
_DISCOUNT_AFTER = _on_re("_DISCOUNT_AFTER", rf"的?(?P<verb>{alternation(_DISCOUNTS['words'])})")
# after a share billed on use at 按: 予以优惠, 给予折扣 (电费按5%予以优惠: the share given off, cues.json _price_cut_share).
_DISCOUNT_GIVEN_AFTER = _on_re("_DISCOUNT_GIVEN_AFTER",
    rf"(?P<give>{alternation(_DISCOUNTS['give'])})(?P<verb>{alternation(_DISCOUNTS['words'])})")


_HALF = 0.5


def _charged_at_share(text: str, lo: int, num: NumberMention):
    """(match, the rule's name) of a charge billed at a share or given a share off (水费按50%收取 ->
    费按收取, 资费给予10%的优惠 -> 费给予优惠, 电费按5%予以优惠 -> 电费按予以优惠: cues.json
    _price_cut_share), else (None, None)."""
    m = _search_ending(_PRICE_CUT_AT, _PRICE_CUT_AT_LASTS, text, max(lo, num.start - _PRICE_CUT_AT_REACH), num.start)
    if m is None:
        return None, None
    after = (_CHARGED_AT_AFTER if m.group("link") else _DISCOUNT_AFTER).match(text, num.end)
    if after is None and m.group("link") and (given := _DISCOUNT_GIVEN_AFTER.match(text, num.end)) is not None:
        # 电费按5%予以优惠: the share given off the bill, written as such, at any value
        return m, f"{m.group('billed')}{m.group('link')}{given.group('give')}{given.group('verb')}"
    if after is None:
        return None, None
    if m.group("link") and num.value != _HALF:
        # 水费按70%收取: 70% billed, 30% relieved, a share the text does not write (only half is both)
        return None, None
    charge, verb = (m.group("billed"), m.group("link")) if m.group("link") else (m.group("charge"), m.group("give"))
    return m, f"{charge}{verb}{after.group('verb')}"


_RENT_CHARGED_AT = _C["rent_charged_at"]
_RENTS = alternation(_RENT_CHARGED_AT["rents"])
_CHARGED_AT_LINKS = alternation(_CHARGED_AT["links"])
# 租金按原合同标准的 / 房租按 / 按同类厂房市场租金的 + the share: the rent word before the link or after it.
_RENT_AT = _on_re("_RENT_AT",
    rf"(?:(?P<rent>{_RENTS})(?:{alternation(_PRICE_CUT_SHARE['between'])}){{0,2}}(?P<link>{_CHARGED_AT_LINKS})"
    rf"(?:[\p{{Han}}]{{0,{_RENT_CHARGED_AT['gap_most']}}}?的)?"
    rf"|(?P<link2>{_CHARGED_AT_LINKS})[\p{{Han}}]{{0,{_RENT_CHARGED_AT['gap_most']}}}?(?P<rent2>{_RENTS})的)$")
_RENT_AT_REACH = (max(map(len, _RENT_CHARGED_AT["rents"])) + 2 * max(map(len, _PRICE_CUT_SHARE["between"]))
                  + max(map(len, _CHARGED_AT["links"])) + _RENT_CHARGED_AT["gap_most"] + 1)


def _rent_charged_at_half(text: str, lo: int, num: NumberMention) -> str | None:
    """The rule's name (租金按收取) of rent collected at half (租金按原合同标准的50%收取, 按标准租金的50%收取),
    or None: at any other share the share relieved is not written (cues.json _rent_charged_at)."""
    if num.value != _HALF:
        return None  # 租金按70%收取: 30% relieved, a share the text does not write
    after = _CHARGED_AT_AFTER.match(text, num.end)
    m = _RENT_AT.search(text, max(lo, num.start - _RENT_AT_REACH), num.start) if after is not None else None
    if m is None:
        return None
    return f"{m.group('rent') or m.group('rent2')}{m.group('link') or m.group('link2')}{after.group('verb')}"


def _charge_off_topic(text: str, lo: int, m) -> bool:
    """A charge that is one only where its topic is named before it in the clause (基准费率 of 工伤保险,
    not of a guarantee: cues.json _price_cut_share prices_of_topic), here without it."""
    topics = _PRICE_CUTS_OF_TOPIC.get(m.group("charge"))
    return topics is not None and not any(w in text[lo:m.start("charge")] for w in topics)


_PRICE_CUT_VERB_FIRST_REACH = (max(map(len, _PRICE_CUT_SHARE["verbs_first"])) + _PRICE_CUT_SHARE["charge_gap_most"]
                               + max(map(len, _PRICE_CUT_SHARE["prices"])) + 2)
_COST_BORNE_SHARE = _C["cost_borne_share"]
# 县财政承担出口信用保险保费的70%: a verb of bearing, a few words naming the cost, the cost, 的.
_COST_BORNE = _on_re("_COST_BORNE",
    rf"(?P<verb>{alternation(_COST_BORNE_SHARE['verbs'])})[\p{{Han}}]{{0,{_COST_BORNE_SHARE['gap_most']}}}?"
    rf"(?P<cost>{alternation(_C['share_cost_nouns'] + list(SHARE_OF_OF))})的$")
_COST_BORNE_REACH = (max(map(len, _COST_BORNE_SHARE["verbs"])) + _COST_BORNE_SHARE["gap_most"]
                     + max(map(len, _C["share_cost_nouns"] + list(SHARE_OF_OF))) + 1)
_COST_BORNE_BY_SPEC = _C["cost_borne_by"]
# 核酸检测费用由经开区财政承担80%: the cost (a word of share_cost_nouns or one ending in costs), 由,
# a public payer (a few characters naming it, ending in payers, none of payers_not), the verb, then the share.
_COST_BORNE_BY = _on_re("_COST_BORNE_BY",
    rf"(?P<cost>{alternation(_C['share_cost_nouns'] + list(SHARE_OF_OF) + _COST_BORNE_BY_SPEC['costs'])})由"
    rf"[\p{{Han}}]{{0,{_COST_BORNE_BY_SPEC['payer_gap_most']}}}?"
    rf"(?:{alternation(_COST_BORNE_BY_SPEC['payers'])}){_not_after(_COST_BORNE_BY_SPEC['payers_not'])}"
    rf"(?P<verb>{alternation(_COST_BORNE_SHARE['verbs'])})$")
_COST_BORNE_BY_REACH = (max(map(len, _C["share_cost_nouns"] + list(SHARE_OF_OF) + _COST_BORNE_BY_SPEC["costs"])) + 1
                        + _COST_BORNE_BY_SPEC["payer_gap_most"] + max(map(len, _COST_BORNE_BY_SPEC["payers"]))
                        + max(map(len, _COST_BORNE_SHARE["verbs"])))
# 保费由区财政 + 100% + 承担: the same cost, 由 and the public payer, the share before the verb.
_COST_BY_PAYER = _on_re("_COST_BY_PAYER",
    rf"(?P<cost>{alternation(_C['share_cost_nouns'] + list(SHARE_OF_OF) + _COST_BORNE_BY_SPEC['costs'])})由"
    rf"[\p{{Han}}]{{0,{_COST_BORNE_BY_SPEC['payer_gap_most']}}}?"
    rf"(?:{alternation(_COST_BORNE_BY_SPEC['payers'])}){_not_after(_COST_BORNE_BY_SPEC['payers_not'])}$")
_COST_BY_PAYER_REACH = _COST_BORNE_BY_REACH - max(map(len, _COST_BORNE_SHARE["verbs"]))
_BEARING_VERB_NEXT = _on_re("_BEARING_VERB_NEXT",
    rf"(?P<verb>{alternation(_COST_BORNE_SHARE['verbs'])})")


def _cost_borne_by_share_first(text: str, lo: int, hi: int, num: NumberMention) -> tuple[str, str] | None:
    """保费由区财政100%承担, 检测费用由县里70%负担: cost_borne_by with the share written before the verb
    of bearing, right after the public payer: (cost, verb), or None (cues.json _cost_borne_by)."""
    verb = _BEARING_VERB_NEXT.match(text, num.end, hi)
    if verb is None:
        return None  # most shares: no verb of bearing right after them
    cost = _COST_BY_PAYER.search(text, max(lo, num.start - _COST_BY_PAYER_REACH), num.start)
    return None if cost is None else (cost.group("cost"), verb.group("verb"))


_MADE_UP = _C["cost_made_up"]
# 利息还能补一半, 利息政府还给贴一半: a cost a share is of, perhaps (由 and) the public payer, at most
# two adverbs, a verb of making up, then the share.
_COST_MADE_UP = _on_re("_COST_MADE_UP",
    rf"(?P<cost>{alternation(list(SHARE_OF_OF))})"
    rf"(?:由?(?:{alternation(_COST_BORNE_BY_SPEC['payers'])}){{1,{_MADE_UP['payers_most']}}})?"
    rf"(?:{alternation(_MADE_UP['adverbs'])}){{0,2}}"
    rf"(?P<verb>{alternation(_MADE_UP['verbs'])})$")
_COST_BORNE_BY_LASTS = frozenset(w[-1] for w in _COST_BORNE_SHARE["verbs"])  # its verb ends it, for `_search_ending`
_COST_MADE_UP_REACH = (max(map(len, SHARE_OF_OF)) + 1 + _MADE_UP["payers_most"] * max(map(len, _COST_BORNE_BY_SPEC["payers"]))
                       + 2 * max(map(len, _MADE_UP["adverbs"])) + max(map(len, _MADE_UP["verbs"])))
# 按实际费用的 + 80% + 补，: the same share written standard first, the verb of making up ending its clause.
_MADE_UP_COSTS = alternation(_C["share_cost_nouns"] + list(SHARE_OF_OF) + _MADE_UP["standard_costs"])
_STANDARD_COST_BEFORE = _on_re("_STANDARD_COST_BEFORE",
    rf"(?:{alternation(_MADE_UP['standard_openers'])})[\p{{Han}}]{{0,{_MADE_UP['standard_gap_most']}}}?"
    rf"(?P<cost>{_MADE_UP_COSTS})的$")
_STANDARD_COST_BEFORE_REACH = (max(map(len, _MADE_UP["standard_openers"])) + _MADE_UP["standard_gap_most"]
                               + max(map(len, _C["share_cost_nouns"] + list(SHARE_OF_OF) + _MADE_UP["standard_costs"])) + 1)
_MADE_UP_VERB_ENDING = _on_re("_MADE_UP_VERB_ENDING",
    rf"(?P<verb>{alternation(_MADE_UP['verbs'])})(?=[,，。;；、!！]|$)")


def _standard_share_made_up(text: str, lo: int, hi: int, num: NumberMention) -> tuple[str, str] | None:
    """按实际费用的80%补: a standard opener and a cost with 的 right before the share, a verb of making up
    right after it ending its clause: (cost, verb) of the share of that cost a payer makes up, or None
    (cues.json _cost_made_up)."""
    verb = _MADE_UP_VERB_ENDING.match(text, num.end, hi)
    if verb is None:
        return None  # most shares: no verb of making up right after them (按30%补缴 goes on)
    cost = _STANDARD_COST_BEFORE.search(text, max(lo, num.start - _STANDARD_COST_BEFORE_REACH), num.start)
    return None if cost is None else (cost.group("cost"), verb.group("verb"))


_BEARERS = tuple(_COST_BORNE_SHARE["bearers"])
_BEARER_RECIPIENT_BEFORE = tuple(_COST_BORNE_SHARE["recipient_before"])


def _borne_by_the_insured(text: str, lo: int, verb: int) -> bool:
    """The one bearing the cost is the firm or person who owes it (企业只需承担保费的30%): a word
    of bearers before the verb in its clause, no recipient's 为/对 (为企业承担) before it."""
    before = text[lo:verb]
    at = max(before.rfind(w) for w in _BEARERS)
    return at >= 0 and not any(w in before[:at] for w in _BEARER_RECIPIENT_BEFORE)


# Gates of the price_cut and cost_borne scopes: every match of their patterns before a share holds
# a charge (a price, 费, a fee billed on use) or a cost word, wholly inside the widest of their
# windows; where that window holds none, no pattern can match and none is tried (one literal scan
# instead of three or four end-anchored searches for nearly every share).
_CHARGE_WORD = literal_scanner(sorted(set(_PRICE_CUT_SHARE["prices"]) | {_PRICE_CUT_SHARE["fee"]}
                                      | set(_PRICE_CUT_SHARE["billed_on_use"])))
_CHARGE_GATE_REACH = max(_PRICE_CUT_REACH, _PRICE_CUT_VERB_FIRST_REACH, _PRICE_CUT_AT_REACH)
_COST_WORD = literal_scanner(sorted(set(_C["share_cost_nouns"]) | set(SHARE_OF_OF) | set(_COST_BORNE_BY_SPEC["costs"])))
_COST_GATE_REACH = max(_COST_BORNE_REACH, _COST_BORNE_BY_REACH, _COST_MADE_UP_REACH)


_MONEY_SPLIT = _C["support_money_split"]
# 补贴资金由高新区与市财政各承担: the support's money, 由, its payers, (各) a verb of bearing, at the share.
_SUPPORT_MONEY_SPLIT = _on_re("_SUPPORT_MONEY_SPLIT",
    rf"(?:{alternation(_MONEY_SPLIT['money'])})由[\p{{Han}}、]{{1,{_MONEY_SPLIT['payers_most']}}}?"
    rf"(?:{alternation(_MONEY_SPLIT['each'])})?(?:{alternation(_MONEY_SPLIT['verbs'])})$")
_MONEY_SPLIT_REACH = max(map(len, _MONEY_SPLIT["money"])) + 1 + _MONEY_SPLIT["payers_most"] \
    + max(map(len, _MONEY_SPLIT["each"])) + max(map(len, _MONEY_SPLIT["verbs"]))


# 所需资金由市财政承担300元、镇街承担200元: a verb of bearing (各 or 分别 optional) right before an amount,
# and the support's money 由 its payers earlier in the clause (cues.json _per_head_split).
_SPLIT_VERB_BEFORE = _on_re("_SPLIT_VERB_BEFORE",
    rf"(?:{alternation(_MONEY_SPLIT['verbs'])})(?:{alternation(_MONEY_SPLIT['each'])})?$")
_SPLIT_VERB_REACH = max(map(len, _MONEY_SPLIT["verbs"])) + max(map(len, _MONEY_SPLIT["each"]))
_SPLIT_MONEY_OF = _on_re("_SPLIT_MONEY_OF", rf"(?:{alternation(_MONEY_SPLIT['money'])})由")


def _per_head_split(r: ArticleCues, num: NumberMention, clause, sentence) -> bool:
    """The amount is what one payer bears of a per-head standard stated before it in its sentence
    (每人500元生活补贴，所需资金由市财政承担300元、镇街承担200元): how governments split each head's
    grant, no money of its own (cues.json _per_head_split). A split of a total (专项资金由市财政承担
    3000万元) follows no per-head row and is left as it was."""
    text = r.text
    if _SPLIT_VERB_BEFORE.search(text, max(clause[0], num.start - _SPLIT_VERB_REACH), num.start) is None:
        return False  # nearly every amount: no verb of bearing right before it
    if _SPLIT_MONEY_OF.search(text, clause[0], num.start) is None:
        return False
    head = r.last_row_before(num.start)
    return head is not None and head.span_start >= sentence[0] and head.basis == "per_beneficiary" \
        and head.unit.startswith("CNY/person") and head.value is not None and num.value is not None \
        and num.value < head.value


def _support_money_split(text: str, num: NumberMention, clause) -> bool:
    """补贴资金由高新区与市财政各承担一半: the share of a support's own money its payers bear, how the
    governments split its cost, not a share of a firm's cost covered (cues.json _support_money_split)."""
    return _SUPPORT_MONEY_SPLIT.search(text, max(clause[0], num.start - _MONEY_SPLIT_REACH), num.start) is not None


_SELF_PAID = tuple(_COST_BORNE_SHARE["self_paid"])
# 25% + 由企业自行承担: 由, the one who owes the cost, then a word of self or none, and a verb of bearing.
_BORNE_BY_BEARER_AFTER = _on_re("_BORNE_BY_BEARER_AFTER",
    rf"由(?:{alternation(_BEARERS)})(?:{alternation(_BEARERS)})?(?:{alternation(_COST_BORNE_SHARE['verbs'])})")


def _left_to_the_bearer(text: str, clause, num: NumberMention) -> bool:
    """A share right after a verb of bearing whose bearer is the firm or person who owes the cost
    (企业承担20%, 个人负担30%), or in a clause whose verb says the payer is that one (养殖户只需自缴20%,
    个人自付比例为25%) or that 由 that one bears it after the share (其余25%由企业自行承担): what is left
    to them (cues.json _cost_borne_by, _cost_borne_share self_paid), no support."""
    lo, hi = clause
    before = text[lo:num.start]
    if any(w in before for w in _SELF_PAID) or _BORNE_BY_BEARER_AFTER.match(text, num.end, hi):
        return True
    verb = next((v for v in _COST_BORNE_SHARE["verbs"] if before.endswith(v)), None)
    return verb is not None and _borne_by_the_insured(text, lo, num.start - len(verb))


# 执行 + 1% + 的担保费率: a verb of applying terms right before the percentage (cues.json _rate_applied).
_RATE_APPLIED_BEFORE = tuple(_C["rate_applied"]["verbs"])


def _support_rate_applied(text: str, num: NumberMention, hi: int) -> bool:
    """The percentage is a support's rate applied (执行1%的担保费率): a verb of applying right before it
    and a rate word of a support, not of an indicator, right after it past 的 (cues.json _rate_applied)."""
    if not text.endswith(_RATE_APPLIED_BEFORE, 0, num.start):
        return False  # most percentages
    m = _RATE_WORD_AFTER.match(text, num.end, hi)
    return m is not None and m.group("cue") in RATE_OF and RATE_OF[m.group("cue")][0] not in INDICATORS


_RATE_OF_AMOUNT = _C["rate_of_amount"]
# 担保费率为贷款金额的1.5% / 担保费按贷款金额的1%收取: a few links, the amount charged on, then 的.
_RATE_ON_AMOUNT = _on_re("_RATE_ON_AMOUNT",
    rf"^[\p{{Han}}]{{0,{_RATE_OF_AMOUNT['links_most']}}}?(?:{alternation(_RATE_OF_AMOUNT['amounts'])})的$")


def _rate_of_amount(text: str, cue: Cue, num: NumberMention) -> bool:
    """A support's rate stated as a share of the amount it is charged on (cues.json _rate_of_amount)."""
    return _RATE_ON_AMOUNT.search(text[cue.end:num.start]) is not None


_FIRMS_SUBJECT = _C["share_of_firms_subject"]
# 七成企业产能恢复过半 / 70%的企业已基本满产: the firms right after the share, then a Han character
# going on in the clause (their own predicate).
_SHARE_OF_FIRMS_ACTING = _on_re("_SHARE_OF_FIRMS_ACTING",
    rf"的?(?:(?![{re.escape(_FIRMS_SUBJECT['modifiers_not'])}])[\p{{Han}}]){{0,{_FIRMS_SUBJECT['modifiers_most']}}}?"
    rf"(?:{alternation(_FIRMS_SUBJECT['nouns'])})(?=[\p{{Han}}])")


def _share_of_firms_acting(text: str, num: NumberMention, hi: int) -> bool:
    """A share of firms that are the subject of their own predicate (cues.json _share_of_firms_subject)."""
    return num.kind == "percent" and _SHARE_OF_FIRMS_ACTING.match(text, num.end, hi) is not None


def _allowed_row(row: Measure, scope: str) -> bool:
    return scope in _SCOPES_OF[row.category]


def _percent_category(r: ArticleCues, num: NumberMention, clause, sentence) -> tuple[str, str, str] | None:
    """(category, basis, rule) of a percentage, or None when it is not a rate we keep."""
    compared = _compared_average_cue(r, num, clause, sentence)
    if compared is not None:
        # …复工率达91%，高于全市96.2%的平均水平: the wider place's own rate (its zone: attribution's
        # compared_average), of the rate word it is compared with, before any scope reads it.
        category = compared.category
        return category, BLOCKS[category].get("rate_basis", "total"), f"rate:{_COMPARED_AVERAGE_RULE}:{compared.word}"
    for scope in SCOPES["percent"]:
        found = _percent_cue(r, scope, num, clause, sentence)
        if found == BLOCKER:
            return None
        if found:
            if found[0] in INDICATORS and _share_of_a_cost(r.text, num):
                return None  # 包车费用按实际费用的70%结算: a share of a cost, no rate of firms or workers back
            if found[0] == "loan" and _market_average_rate(r, num, clause, sentence):
                return None  # 全县企业贷款加权平均利率5.12%: what the market pays, no support's rate
            return None if _rate_word_off_topic(r, found, sentence) else found
    return None


_MARKET_AVERAGE = _C["market_average_rate"]
_MARKET_AVERAGES = tuple(_MARKET_AVERAGE["averages"])
# 全县企业贷款, 全市新发放企业贷款, 各项贷款: the place-wide word right before the loans averaged.
_PLACE_WIDE_LENDING = re.compile(
    rf"(?:{alternation(_MARKET_AVERAGE['place_wide'])})[{HAN}]{{0,{_MARKET_AVERAGE['modifiers_most']}}}?"
    rf"(?:{alternation(_MARKET_AVERAGE['loan_nouns'])})")
# 创业担保贷款, “战疫贷”: a support loan or a product named, whose average rate is that support's.
_SUPPORT_LOANS = tuple(_MARKET_AVERAGE["support_loans"])
_QUOTED_LOAN_PRODUCT = re.compile(_MARKET_AVERAGE["product_pattern"])
_LENT = re.compile(alternation(_MARKET_AVERAGE["lent"]))


def _market_average_rate(r: ArticleCues, num: NumberMention, clause, sentence) -> bool:
    """The loan rate is the weighted average over a whole place's loans (全市新发放企业贷款加权平均利率
    4.35%; 全县各项贷款余额…，企业贷款加权平均利率5.12%): a statistic of the market, not a support's
    rate (cues.json _market_average_rate); unless the sentence states before it the loans given whose
    average it is (为112家企业发放贷款9.3亿元，加权平均利率4.35%)."""
    text = r.text
    if not _word_before(r, _MARKET_AVERAGES, clause, num.start):
        return False  # nearly every rate: no weighted average named
    if not _PLACE_WIDE_LENDING.search(text, sentence[0], num.start):
        return False  # 该行小微企业贷款加权平均利率为5.32%: one lender's, not a whole place's
    if any(w in text[sentence[0]:sentence[1]] for w in _SUPPORT_LOANS) \
            or _QUOTED_LOAN_PRODUCT.search(text, sentence[0], sentence[1]):
        return False  # 全区创业担保贷款加权平均利率2.5%, “战疫贷”…: that support's own rate
    return not _lending_stated_before(r, sentence[0], clause[0])


def _lending_stated_before(r: ArticleCues, lo: int, hi: int) -> bool:
    """An amount in [lo, hi) after a verb of lending in its clause (新增普惠小微贷款11.8亿元)."""
    for n in r.numbers[bisect.bisect_left(r.number_starts, lo):bisect.bisect_left(r.number_starts, hi)]:
        if n.kind == "money" and _LENT.search(r.text, r.geo.clause_of(n.num_start)[0], n.start):
            return True
    return False


# 实际费用的 / 租金的 right before a share: it is of that cost (cues.json _share_of_cost_no_indicator).
_COST_SHARED_BEFORE = tuple(f"{cost}的" for cost in _C["share_of_cost_no_indicator"]["costs"] + _C["share_cost_nouns"])


def _share_of_a_cost(text: str, num: NumberMention) -> bool:
    """A cost and 的 stand right before the share: a share of that cost (cues.json _share_of_cost_no_indicator)."""
    return text.endswith(_COST_SHARED_BEFORE, 0, num.start)


# 高于全市96.2%的平均水平: a word of comparison and a wider place right before a rate, a word of average
# right after it (cues.json _compared_average).
_COMPARED_AVERAGE = _C["compared_average"]
_COMPARED_AVERAGE_RULE = "compared_average"
_COMPARED_PLACE_BEFORE = _on_re("_COMPARED_PLACE_BEFORE",
    rf"(?:{alternation(_COMPARED_AVERAGE['before'])})(?:{alternation(_COMPARED_AVERAGE['places'])})"
    rf"(?:{alternation(_COMPARED_AVERAGE['between'])})?$")
_COMPARED_PLACE_REACH = sum(max(map(len, _COMPARED_AVERAGE[k])) for k in ("before", "places", "between"))
_AVERAGE_AFTER = tuple(_COMPARED_AVERAGE["after"])
# 高于苏州全市96.5%的平均水平: a place named between the word of comparison and its word of a whole
# place (cues.json _compared_average_named); group 1 is the name, checked against the zone index.
_COMPARED_NAMED_PLACE_BEFORE = _on_re("_COMPARED_NAMED_PLACE_BEFORE",
    rf"(?:{alternation(_COMPARED_AVERAGE['before'])})([\p{{Han}}]{{2,{_COMPARED_AVERAGE['named_most']}}}?)"
    rf"(?:{alternation(_COMPARED_AVERAGE['places'])})(?:{alternation(_COMPARED_AVERAGE['between'])})?$")
_COMPARED_NAMED_REACH = _COMPARED_PLACE_REACH + _COMPARED_AVERAGE["named_most"]
# 高于全市平均水平（86.5%）: the word of comparison, the wider place, its word of average, then the rate
# alone in brackets, glossing the average (cues.json _compared_average, compared_average_glossed).
_GLOSSED_AVERAGES = _C["compared_average_glossed"]["averages"]
_COMPARED_AVERAGE_GLOSSED = _on_re("_COMPARED_AVERAGE_GLOSSED",
    rf"(?:{alternation(_COMPARED_AVERAGE['before'])})(?:{alternation(_COMPARED_AVERAGE['places'])})"
    rf"(?:{alternation(_GLOSSED_AVERAGES)})\($")
_COMPARED_GLOSSED_REACH = sum(max(map(len, _COMPARED_AVERAGE[k])) for k in ("before", "places")) \
    + max(map(len, _GLOSSED_AVERAGES)) + 1


def _average_glossed(text: str, num: NumberMention, lo: int) -> bool:
    """The percentage is alone in the brackets right after a wider place's word of average that a
    word of comparison opens (高于全市平均水平（86.5%）): the average's own level, as 高于全市86.5%的平均水平
    writes it; not a difference (高于全市平均水平3个百分点 has no brackets)."""
    return text.startswith(")", num.end) and _COMPARED_AVERAGE_GLOSSED.search(
        text, max(lo, num.start - _COMPARED_GLOSSED_REACH), num.start) is not None


def _compared_average_cue(r: ArticleCues, num: NumberMention, clause, sentence) -> Cue | None:
    """The rate word of the clause before, when the percentage is the average of a wider place that
    the rate stated there is compared with (…复工率达91%，高于全市96.2%的平均水平), else None: that
    place's own rate, not how far the two differ (高于全市平均水平3%: no average word after it)."""
    text = r.text
    if _average_glossed(text, num, clause[0]):
        compared_at = clause[0]  # 高于全省平均（91.2%）: its rate word is the clause before's, as it was
    elif not text.startswith(_AVERAGE_AFTER, num.end):
        return None  # most percentages: no word of average right after them
    else:
        compared_at = _compared_place_start(r, num, clause)
        if compared_at is None:
            return None
    # 全市复工率高于全省96.5%的…: the rate word of the comparison's own clause, else of the clause before.
    cue = r.percent.last_before(clause[0], compared_at)
    if _indicator_rate(cue):
        return cue
    before = r.geo.previous_clause(clause, sentence)
    cue = r.percent.last_before(*before) if before is not None else None
    return cue if _indicator_rate(cue) else None


def _indicator_rate(cue: Cue | None) -> bool:
    return cue is not None and cue.role == "rate" and cue.category in INDICATORS


def _compared_place_start(r: ArticleCues, num: NumberMention, clause) -> int | None:
    """Where the word of comparison and the wider place before the percentage start (高于全市, or
    高于苏州全市 with a place the zone index knows, as its own name or with the whole-place word: 江苏全省
    is one mention; cues.json _compared_average_named), or None."""
    text = r.text
    found = _COMPARED_PLACE_BEFORE.search(text, max(clause[0], num.start - _COMPARED_PLACE_REACH), num.start)
    if found is not None:
        return found.start()
    found = _COMPARED_NAMED_PLACE_BEFORE.search(text, max(clause[0], num.start - _COMPARED_NAMED_REACH), num.start)
    if found is None or r.zones is None or not r.zones.zones_between(found.start(1), found.end()):
        return None
    return found.start()


_RATE_WORD_TOPICS = _C["rate_word_needs_topic"]


def _rate_word_off_topic(r: ArticleCues, found: tuple[str, str, str], sentence) -> bool:
    """The rate word that decided is a bare one (费率) whose category's topic (担保) is named neither in
    the sentence nor in the one before (cues.json _rate_word_needs_topic): 平台佣金费率由18%降至12% is a
    commission, not a guarantee fee."""
    topics = _RATE_WORD_TOPICS.get(found[2].rpartition(":")[2])
    if not topics:
        return False
    lo = r.geo.sentence_before(sentence)[0] if sentence[0] else 0
    return not any(w in r.text[lo:sentence[1]] for w in topics)


# --- counts ---------------------------------------------------------------------------------------

def _needs_head(block: dict, unit: str, counter: str) -> bool:
    count = block.get("count", {})
    return bool(count.get("heads", {}).get(unit)) and counter not in count.get("counted_without_head", ())


# The (category, unit, counter) triples whose counter counts the unit only after a head noun
# (个 -> projects after 项目, enterprises after 企业; 家 counts firms with none).
_NEEDS_HEAD = {(cat, unit, counter) for cat, block in BLOCKS.items()
               for unit, counters in block.get("count", {}).get("counters", {}).items()
               for counter in counters if _needs_head(block, unit, counter)}
# Per category and counter, the only heads that counter counts with (对 counts coal mines, not pairs
# of firms: cues.json counter_heads).
_COUNTER_HEADS = {cat: {counter: frozenset(words) for counter, words in block["count"].get("counter_heads", {}).items()}
                  for cat, block in BLOCKS.items() if "count" in block}
# Units whose head noun must be next to the figure: 个 counts firms only as 23个扶贫车间 or
# 复工企业36个, not after a clause that speaks of firms (企业复工率达90%，已开工重点项目36个).
_HEAD_NEXT_TO_FIGURE = frozenset({"enterprises"})


def _counts_as(r: ArticleCues, category: str, unit: str, num: NumberMention, clause, sentence) -> bool:
    """Whether the counter counts `unit` here: always, unless the unit needs a head noun near
    the figure or in the clause before (127个重点项目 / 重点项目58个，已复工41个)."""
    heads = BLOCKS[category]["count"].get("heads", {}).get(unit)
    if not heads:
        return True
    index = r.heads[unit]
    if (only := _COUNTER_HEADS[category].get(num.unit)) is not None:
        index = index.where(lambda cue: cue.word in only)  # 5对煤矿: this counter counts only these
    if unit in _HEAD_NEXT_TO_FIGURE:  # 23个扶贫车间, 复工企业共36个: the head touches the figure
        if _counts_firm_parts(r.text, index, num, clause):
            return False  # 这家企业的4个车间已全部复工: one firm's workshops, not firms
        return _head_next_to(r.text, index, _first_listed(r, num), clause) \
            or _head_elided(r, category, index, num, clause, sentence) \
            or _head_resumed_before(r, category, index, num, clause)
    after = index.first_after(num.end, clause[1])
    if after and after.start - _past_state_of_work(r.text, num.end) <= 4:
        return True
    if index.last_before(max(clause[0], num.start - _HEAD_REACH), num.start) or _head_before_aside(r, index, num, clause):
        return True
    prev = r.geo.previous_clause(clause, sentence)
    if prev is None or index.any_in(*prev):
        return prev is not None
    # 实施重大项目42个，总投资380亿元，已复工36个: a clause of the projects' money between keeps the
    # head of the clause before it, when that clause counts in the unit and this one none else.
    before = r.geo.previous_clause(prev, sentence)
    return bool(before and index.any_in(*before) and r.count_between(num.unit, *before)
                and not r.count_between(num.unit, *prev) and r.count_between(None, *prev))


_HEAD_REACH = 10  # characters from a head noun to the count it heads (重点项目已复工87个)
_STATES_OF_WORK = tuple(_C["states_of_work"])


def _past_state_of_work(text: str, pos: int) -> int:
    """Where the modifiers of a counted head start once a state of the works right after the counter
    is passed over (32个在建重大产业项目: 在建 says which projects, cues.json _states_of_work)."""
    for word in _STATES_OF_WORK:
        if text.startswith(word, pos):
            return pos + len(word)
    return pos


def _head_before_aside(r: ArticleCues, index: CueIndex, num: NumberMention, clause) -> bool:
    """A head noun within reach of the count once a bracketed aside between them is left out
    (在建重点项目（总投资218亿元）已开工复工87个): the aside says more of the things the noun names,
    and the count after it still counts them, as it does with no aside (重点项目已开工复工87个)."""
    opens, closes = r.parens
    i = bisect.bisect_left(closes, num.start) - 1
    if i < 0 or closes[i] < clause[0]:
        return False  # most counts: no aside closes in their clause before them
    close = closes[i]
    j = bisect.bisect_right(opens, close) - 1
    after = num.start - close - 1
    if j < 0 or opens[j] < clause[0] or after > _HEAD_REACH:
        return False
    return index.last_before(max(clause[0], opens[j] - (_HEAD_REACH - after)), opens[j]) is not None


_HEAD_BEFORE_LINKS = frozenset(_C["head_before_links"])  # 复工企业共36个: nothing else between
_MODIFIERS_MOST = _C["head_modifiers"]["most"]
_MODIFIERS_NOT = tuple(_C["head_modifiers"]["not"])
_MODIFIERS_PLACES = tuple(_C["head_modifiers"]["places"])
_COUNTED_OPENERS = tuple(_C["head_modifiers"]["counted"])  # 四个数字读懂企业: the count is of figures
_COUNTED_OPENERS_NOT = tuple(_C["head_modifiers"]["counted_not"])  # 5个数字化车间: a compound after all
_HEAD_QUOTES = {pair[0]: pair[1] for pair in _C["head_modifiers"]["quotes"]}  # 4个“卫星工厂”: a quoted name


def _run_counts_other(gap: str) -> bool:
    """The run between a counter and a firm's noun opens with what is counted (四个数字读懂企业,
    五个关键词看企业): cues.json _head_modifiers counted."""
    return gap.startswith(_COUNTED_OPENERS) and not gap.startswith(_COUNTED_OPENERS_NOT)


def _head_next_to(text: str, index: CueIndex, num: NumberMention, clause) -> bool:
    """A head noun next to the figure: right after it, or after a few modifiers it heads a
    compound with (46个就业扶贫车间, 126个农民专业合作社; not 15个商圈门店, the districts:
    cues.json _head_modifiers), or right before it with only links between (复工企业共36个)."""
    after = index.first_after(num.end, clause[1])
    while after is not None and (compound := index.first_after(after.end, clause[1])) is not None \
            and compound.start == after.end:
        after = compound  # 6个步行街企业: the firms of a place that is a head itself; the last head decides
    if after is not None:
        gap = text[num.end:after.start]
        if gap[:1] in _HEAD_QUOTES and text.startswith(_HEAD_QUOTES[gap[:1]], after.end):
            gap = gap[1:]  # 4个“卫星工厂”: the compound quoted as a name is still next to the count
        if not gap or (len(gap) <= _MODIFIERS_MOST and all("\u4e00" <= ch <= "\u9fff" for ch in gap)
                       and not any(word in gap for word in _MODIFIERS_NOT) and not gap.endswith(_MODIFIERS_PLACES)
                       and not _run_counts_other(gap)):
            return True
    before = index.last_before(clause[0], num.start)
    return before is not None and _only_links(text, before.end, num.start)


_FIRM_PARTS = frozenset(_C["firm_parts"]["parts"])
# 企业的 / 公司 / 企业的生产: a firm owning the part written right after (cues.json _firm_parts).
_OWNED_BY_FIRM = _on_re("_OWNED_BY_FIRM",
    rf"(?:{alternation(_C['firm_parts']['owners'])})(?:的[\p{{Han}}]{{0,{_C['firm_parts']['modifiers_most']}}})?$")


def _counts_firm_parts(text: str, index: CueIndex, num: NumberMention, clause) -> bool:
    """The count's noun is a part of a firm (车间) that a firm owns, written right before the count
    (企业的4个车间) or before the part (一家服装企业的车间已复工5个): cues.json _firm_parts."""
    lo, hi = clause
    after = index.first_after(num.end, hi)
    if after is not None and after.start == num.end and after.word in _FIRM_PARTS:
        return _OWNED_BY_FIRM.search(text, lo, num.start) is not None
    before = index.last_before(lo, num.start)
    return before is not None and before.word in _FIRM_PARTS and _OWNED_BY_FIRM.search(text, lo, before.start) is not None


def _only_links(text: str, lo: int, hi: int) -> bool:
    """Only links between a firm's noun and its count, a word of respectively opening them at most
    (复工企业共36个, 复工车间分别为14个: cues.json _head_before_links), after a note on the noun that
    holds no figure (扶贫车间(含安置点车间)463个: cues.json _head_note)."""
    lo = _after_head_note(text, lo, hi)
    opener = next((w for w in RESPECTIVELY if text.startswith(w, lo)), "")
    return all(ch in _HEAD_BEFORE_LINKS for ch in text[lo + len(opener):hi])


_HEAD_NOTE_MOST = _C["head_note"]["most"]


def _after_head_note(text: str, lo: int, hi: int) -> int:
    """Where the words after a firm's noun ending at `lo` go on past a bracketed note with no
    figure that opens right after the noun or holds it (cues.json _head_note), else `lo`."""
    if text.startswith("(", lo):
        opened, close = lo, text.find(")", lo, hi)
    else:
        opened, close = text.rfind("(", max(0, lo - _HEAD_NOTE_MOST), lo), lo if text.startswith(")", lo) else -1
    if opened < 0 or close < 0 or close - opened > _HEAD_NOTE_MOST + 1 or ")" in text[opened:close] \
            or any(ch.isdigit() for ch in text[opened:close]):
        return lo
    return close + 1


def _first_listed(r: ArticleCues, num: NumberMention) -> NumberMention:
    """The first item of the list the figure is an item of (14个 of 分别为14个、11个、11个), or the
    figure itself: a noun next to the list's first item counts every item."""
    while _listed_after(r, num):
        num = r.number_near(num, -1)
    return num


# 已复工43个: words that may stand between a firm's noun and the resume word right before its count.
_RESUMED_ADVERBS = frozenset(_C["all_resumed"]["before"]) | {""}


def _head_resumed_before(r: ArticleCues, category: str, index: CueIndex, num: NumberMention, clause) -> bool:
    """A firm's noun, then a resume word (已 or the like between at most), then the count with only
    links between (扶贫车间已复工43个, 社区工厂复产12个): the noun is what resumed, and the figure
    counts it (cues.json _head_before_links)."""
    text = r.text
    cue = r.count_cues[category].last_before(clause[0], num.start)
    if cue is None or not _only_links(text, cue.end, num.start):
        return False
    head = index.last_before(clause[0], cue.start)
    return head is not None and text[head.end:cue.start] in _RESUMED_ADVERBS


# 已全部复工 / 79个已复工: words after an elided head's count that say those counted resumed.
_RESUMED_AFTER = tuple(_C["all_resumed"]["before"] + _C["all_resumed"]["all"])


def _head_elided(r: ArticleCues, category: str, index: CueIndex, num: NumberMention, clause, sentence) -> bool:
    """A count with no noun of its own that counts what the count of its counter right before it
    counts (全县87个扶贫车间已复工79个, 186个扶贫车间中，已复工172个, 87个扶贫车间中已有79个复工):
    cues.json _head_elided. Neither a noun before it (就业岗位36个) nor one after it (12个村)."""
    text, (lo, hi) = r.text, clause
    earlier = r.number_near(num, -1)
    if earlier is None or earlier.unit != num.unit or earlier.start < _elided_head_reach(r, clause, sentence):
        return False
    cues = r.count_cues[category]
    cue = cues.last_before(lo, num.start)
    opened = (not text[lo:num.start].strip()
              or _HAVING_BEFORE.search(text, max(lo, num.start - _HAVING_REACH), num.start) is not None
              or (cue is not None and all(ch in _HEAD_BEFORE_LINKS for ch in text[cue.end:num.start])))
    if not opened:
        return False
    nxt = cues.first_after(num.end, hi)
    closed = (not text[num.end:hi].strip() or text.startswith(_RESUMED_AFTER, num.end)
              or (nxt is not None and nxt.start == num.end))
    return closed and _head_next_to(text, index, earlier, r.geo.clause_of(earlier.num_start))


def _elided_head_reach(r: ArticleCues, clause, sentence) -> int:
    """Where the count that names an elided count's noun may start: the clause before it in its
    sentence (or its own clause when it opens the sentence); when that clause opens the sentence and
    only dates it (建成就业帮扶车间83个。截至3月12日，已复产71个), the last clause of the sentence
    before in the same paragraph, which the date does not change the subject of."""
    prev = r.geo.previous_clause(clause, sentence)
    if prev is None:
        return clause[0]
    if prev[0] > sentence[0] or _past_dating_clause(r, prev, sentence) == prev:
        return prev[0]
    before = r.geo.sentence_before(sentence)
    if before == sentence or r.geo.paragraph_of(before[0]) != r.geo.paragraph_of(sentence[0]):
        return prev[0]
    return r.geo.clause_of(max(before[0], before[1] - 1))[0]


def _listed_after(r: ArticleCues, num: NumberMention) -> bool:
    """The figure is an item of a list: the figure of its unit before it is followed by 、/和, its
    own noun between at most (412家物流企业、86家货代企业: both resumed after 已复工)."""
    earlier = r.number_near(num, -1)
    return (earlier is not None and earlier.unit == num.unit
            and _LIST_ITEM_GAP.fullmatch(r.text, earlier.end, num.start) is not None)


def _heads_count_list(r: ArticleCues, num: NumberMention, cue_start: int) -> bool:
    """The figure opens a list of counts of its unit that one cue right after the list governs
    (126家宾馆酒店、43家旅行社复工营业): the count after it is the next item, not a nearer count of
    the cue. The cue must follow the list's last item and its noun closely (not 配备42名志愿者、7名
    医护人员随车…，…返岗: a cue far after is another fact's)."""
    item, last = num, None
    gap = _LIST_ITEM_GAP_EVERY if _said_of_every_item(r.text, cue_start) else _LIST_ITEM_GAP
    while (later := r.number_near(item, 1)) is not None and later.unit == num.unit and later.start < cue_start \
            and gap.fullmatch(r.text, item.end, later.start) is not None:
        item = last = later
    if last is None or len(_without_all_resumed(r.text[last.end:cue_start])) > _CUE_AFTER_LIST_MOST:
        return False
    after = r.number_near(last, 1)
    return after is None or after.start >= cue_start  # no other figure between the list and the cue


_CUE_AFTER_LIST_MOST = 8  # 43家旅行社 | 复工: the last item's noun, then the cue
_RESUMED_AFTER_LONGEST_FIRST = tuple(sorted(_RESUMED_AFTER, key=len, reverse=True))  # 均已 before 已


_EVERY_ITEM = tuple(_C["all_resumed"]["every_item"])
_EVERY_ITEM_REACH = max(map(len, _RESUMED_AFTER)) + 1  # 均已全部 | 复工: the words ending the list


def _said_of_every_item(text: str, cue_start: int) -> bool:
    """The words saying all of them resumed right before the cue hold 均 or 都 (均已复工, 都已全部复产):
    the cue is said of every item of the list before it (cues.json _all_resumed every_item)."""
    words = text[max(0, cue_start - _EVERY_ITEM_REACH):cue_start]
    said = words[len(_without_all_resumed(words)):]
    return any(w in said for w in _EVERY_ITEM)


def _without_all_resumed(gap: str) -> str:
    """The words before a cue without the words saying all of them resumed that end them (2家旅游客运
    企业|已全部|复工: cues.json all_resumed): they tell of the whole list, so the noun alone is how far
    the cue stands from the list."""
    while (word := next((w for w in _RESUMED_AFTER_LONGEST_FIRST if gap.endswith(w)), None)) is not None:
        gap = gap[:-len(word)]
    return gap


# Between two counts of one list: a list mark, the first one's noun before it or the second's after
# it at most (412家物流企业、86家; 320人、技术工人45人); a noun of grade holds Latin letters, a digit
# only before one (13家A级旅游景区、42家等级民宿; 9家4A级景区、…; not 3月份, a date after the mark).
_NOUN_CHAR = r"(?:[\p{Han}A-Za-z]|[0-9](?=[A-Za-z]))"
_LIST_ITEM_GAP = _on_re("_LIST_ITEM_GAP",
    rf"{_NOUN_CHAR}{{0,8}}?(?:{alternation(_C['share_coordinators'])}){_NOUN_CHAR}{{0,8}}")
# The same gap before a cue said of every item (均已复工): nouns of a list's items may run longer
# (32家规模以上奶牛养殖场和6家…: cues.json _all_resumed every_item_noun_most).
_EVERY_NOUN_MOST = _C["all_resumed"]["every_item_noun_most"]
_LIST_ITEM_GAP_EVERY = _on_re("_LIST_ITEM_GAP_EVERY",
    rf"{_NOUN_CHAR}{{0,{_EVERY_NOUN_MOST}}}?(?:{alternation(_C['share_coordinators'])}){_NOUN_CHAR}{{0,{_EVERY_NOUN_MOST}}}")


def _heads_list_after_fenbie(r: ArticleCues, num: NumberMention, clause_start: int) -> bool:
    """The figure opens a list that 分别 before it in its clause spreads over places (分别有120家、
    95家企业复工): the counts after it are the other items, not a nearer count of the cue."""
    return r.markers["fenbie"].any_in(clause_start, num.start) and _COORDINATED.match(r.text, num.end) is not None


# 由上周的300家增至450家: a count written after 由/从 and a word of change to the figure after it.
_CHANGE_FROM = re.compile(alternation(_C["change_from"]))
_CHANGE_TO = re.compile(alternation(_C["change_to"]))
_CHANGE_REACH = 12  # characters between the two counts (增加到目前的) and before the first (由上周的)


def _rose_from(r: ArticleCues, num: NumberMention) -> bool:
    """The figure is the level that a count of its unit written just before it, after 由/从,
    changed to (复工企业由上周的300家增至450家): the cue before both governs it too."""
    earlier = r.number_near(num, -1)
    return (earlier is not None and earlier.unit == num.unit and num.start - earlier.end <= _CHANGE_REACH
            and _CHANGE_TO.search(r.text, earlier.end, num.start) is not None
            and _CHANGE_FROM.search(r.text, max(0, earlier.start - _CHANGE_REACH), earlier.start) is not None)


# 担保费率由2%降至1%: the rate a support rate was changed from, up or down (今年提到了80%: spoken).
_CHANGE_ANY = re.compile(alternation(_C["change_to"] + _C["change_down"] + _C["former_time"]["raised_to"]))
# 往年保费补助比例是50%，今年提到了80%: a former time opens the terms as 由/从 does (cues.json _former_time).
_FORMER_TIME = re.compile(alternation(_C["former_time"]["then"]))


_FORMER_REACH = 30  # characters from 由/从 to the former rate (由企业及其职工上年度实际缴纳失业保险费的50%)


_TERMS_OF_AMOUNT = re.compile(alternation(_C["terms_of_amount"]))
_THRESHOLD_CHANGED = _C["threshold_changed"]
# 月销售额免征增值税标准, 起征点: terms that measure the firm (cues.json _threshold_changed).
_THRESHOLD_TERMS = _on_re("_THRESHOLD_TERMS",
    rf"(?:{alternation(_THRESHOLD_CHANGED['measures'])})(?P<gap>[\p{{Han}}]{{0,{_THRESHOLD_CHANGED['gap_most']}}}?)"
    rf"(?:{alternation(_C['terms_of_amount'])})|(?:{alternation(_THRESHOLD_CHANGED['thresholds'])})")
_THRESHOLD_OF = frozenset(_THRESHOLD_CHANGED["threshold_of"])


def _threshold_changed(r: ArticleCues, num: NumberMention, clause) -> bool:
    """The amount is one end of a change of terms that measure the firm (月销售额免征增值税标准由10万元
    提高至15万元): a threshold of sales or income, no relief (cues.json _threshold_changed). Not
    where a support is named between the firm's measure and the terms word (营业收入下降企业的稳岗
    补贴标准): the terms are that support's, the measure says who gets it."""
    if not (_former_terms(r, num) or _rose_from(r, num)):
        return False
    pos = clause[0]
    while (m := _THRESHOLD_TERMS.search(r.text, pos, num.start)) is not None:
        if m.start("gap") < 0 or not _support_named_in(r, *m.span("gap")):
            return True
        pos = m.start() + 1
    return False


def _support_named_in(r: ArticleCues, lo: int, hi: int) -> bool:
    """A naming word of a measure other than the relief a threshold of sales spares starts in
    [lo, hi) (稳岗补贴, 租金减免, 贷款: cues.json threshold_changed.threshold_of)."""
    cue = r.money_naming.first_after(lo, len(r.text))
    while cue is not None and cue.start < hi:
        if cue.category is not None and cue.category not in _THRESHOLD_OF:
            return True
        cue = r.money_naming.first_after(cue.end, len(r.text))
    return False


def _former_terms(r: ArticleCues, num: NumberMention) -> bool:
    """The figure is the rate a support was changed from (担保费率由2%降至1%, 补贴比例从30%提高到50%):
    the terms before the measure, not the measure, which is the rate it changed to; a former time
    opens the terms as 由/从 does (往年保费补助比例是50%，今年提到了80%). An indicator's
    former level stays a fact of its own date (复工率由60%提高到90%)."""
    later = r.number_near(num, 1)
    if not (later is not None and later.kind == num.kind and later.start - num.end <= _CHANGE_REACH
            and _CHANGE_ANY.search(r.text, num.end, later.start) is not None):
        return False
    # 由…的50%提高到100%: 由/从 opens the terms anywhere in the figure's clause before it (within
    # _FORMER_REACH), with no other figure between them.
    clause_start = r.geo.clause_of(num.num_start)[0]
    earlier = r.number_near(num, -1)
    lo = max(clause_start, num.start - _FORMER_REACH, earlier.end if earlier is not None else 0)
    return _CHANGE_FROM.search(r.text, lo, num.start) is not None or _FORMER_TIME.search(r.text, lo, num.start) is not None \
        or _changed_right_after(r.text, num, later)


def _changed_right_after(text: str, num: NumberMention, later: NumberMention) -> bool:
    """返还比例30%提高到50%, 担保费率1.5%降至1%: a word of change right after the figure and the new
    level right after the word, 由 left out as a terse panel leaves it: the figure is the former terms."""
    m = _CHANGE_ANY.match(text, num.end)
    return m is not None and m.end() == later.start



def _former_level_before(r: ArticleCues, num: NumberMention, clause, sentence) -> tuple[str, str, str] | None:
    """What the former terms in the clause before name, when the figure is the level they changed
    to (往年保费补助比例是50%，今年提到了80%): the former gives no row (_former_terms), so the list
    it would head is read from its own cue."""
    earlier = r.number_near(num, -1)
    prev = r.geo.previous_clause(clause, sentence)
    if earlier is None or earlier.kind != "percent" or prev is None or not prev[0] <= earlier.start < prev[1] \
            or not _former_terms(r, earlier):
        return None
    found = _percent_category(r, earlier, prev, sentence)
    return found if found is not None and found[0] not in INDICATORS else None


# 利率较同期下浮10% / 担保费率下调50%: a change word right before a support's rate, no 至/到
# after it. Not an indicator's: an increment of one is told by its reference (比上周, 较上月), and
# the peer number cases read 复工率达到上升了百分之2.2 as the rate.
_CHANGED_BY = _on_re("_CHANGED_BY", rf"(?:{alternation(_C['change_by'])})了?$")
_CHANGED_BY_REACH = 3  # the word (two characters) and 了
_CHANGED_BY_ALONE = frozenset(_C["changed_by_alone"])


def _changed_by(r: ArticleCues, num: NumberMention) -> bool:
    """The figure is how much a support's rate moved (贷款利率下浮10%, 担保费率下调50%), not the rate."""
    return _CHANGED_BY.search(r.text, max(0, num.start - _CHANGED_BY_REACH), num.start) is not None


# 比上年多减免2000万元 / 多发放贷款15亿元: more (or less) by the amount, a verb (and its object) between.
_AMOUNT_CHANGED_THEN_VERB = _on_re("_AMOUNT_CHANGED_THEN_VERB",
    rf"(?:{alternation(_C['amount_change_then_verb'])})(?!{alternation(_C['amount_change_not_many'])})"
    rf"了?[\p{{Han}}]{{1,8}}$")
_THEN_VERB_REACH = 10  # the word, 了 and at most eight characters of verb and object
_CHANGE_REFERENCES = tuple(_C["change_reference"])
_AMOUNT_CHANGED_BY = _on_re("_AMOUNT_CHANGED_BY",
    rf"(?:{alternation(_C['change_by'] + _C['amount_change_by'])})了?$")
_REFERENCE_CLAUSE_ENDS = tuple(_C["change_reference_clause_end"])
_REFERENCE_CLAUSE_OPENS = tuple(_C["change_reference_clause_open"])  # 相比去年同期，…
_SPAN_CHANGE = _C["amount_span_change"]
# 三年, 两年来, 近五年, 三个月间: a stretch of time an amount moved over; not 每年 nor 2022年 (cues.json _amount_span_change).
_SPAN_OF_CHANGE = (
    rf"(?<![{_SPAN_CHANGE['not_before']}])(?:{alternation(_SPAN_CHANGE['before'])})?"
    rf"[{_SPAN_CHANGE['numerals']}]{{1,{_SPAN_CHANGE['numerals_most']}}}(?:{alternation(_SPAN_CHANGE['units'])})(?:{alternation(_SPAN_CHANGE['after'])})?")
# 三年|增加215亿元: the span ends right where the word of change starts.
_SPAN_BEFORE_CHANGE = re.compile(rf"{_SPAN_OF_CHANGE}$")
# 近两年来，…: the span is a clause of its own, at the sentence's start or after a clause mark.
_SPAN_CLAUSE = re.compile(
    rf"(?<![^{_SPAN_CHANGE['clause_marks']}。！？!?\n]){_SPAN_OF_CHANGE}(?=[{_SPAN_CHANGE['clause_marks']}])")
_YEAR_NAMED = re.compile(
    rf"(?:{alternation(_SPAN_CHANGE['years_between'])})|[{_SPAN_CHANGE['year_numerals']}]{{4}}年")


def _change_over_span(text: str, change_start: int, num: NumberMention, sentence: tuple[int, int]) -> bool:
    """The change right before the amount is over a stretch of time named for it: the span right before
    the word of change (三年增加215亿元) or opening its own clause earlier in the sentence (近两年来，…余额
    提高38亿元), no year named between (cues.json _amount_span_change)."""
    if _SPAN_BEFORE_CHANGE.search(text, sentence[0], change_start) is not None:
        return True
    span = _SPAN_CLAUSE.search(text, sentence[0], change_start)
    return span is not None and _YEAR_NAMED.search(text, span.end(), num.start) is None


# 上年同期为, 去年是: an earlier period and a link right before a figure (cues.json _compared_period).
# 去年同期则为, 去年同期分别为71%和|64%: adverbs between period and link, and the list's earlier figures after it.
_COMPARED = _C["compared_period"]
_COMPARED_PERIOD = re.compile(rf"(?:{alternation(_COMPARED['periods'])})(?:{alternation(_COMPARED['adverbs'])}){{0,2}}"
                              rf"(?:{alternation(_COMPARED['links'])})"
                              rf"(?:[{_COMPARED['listed_figure_chars']}]{{1,12}}[{_COMPARED['list_marks']}])*$")
_COMPARED_PERIOD_REACH = _COMPARED["reach"]


def _compared_period_level(text: str, num: NumberMention, clause: tuple[int, int]) -> bool:
    """The figure follows an earlier period and a link in its clause (上年同期为26.4亿元, 去年同期是85%):
    the level that period had, given to compare this year's with, no fact of now (cues.json
    _compared_period). Not a figure of last year's own (去年为企业减免税费1.2亿元: no link right before it)."""
    lo = max(clause[0], num.start - _COMPARED_PERIOD_REACH)
    return _COMPARED_PERIOD.search(text, lo, num.start) is not None


# 6000万元（2019年为|4500万元）: an earlier year's level in a bracket right after this year's figure
# (cues.json _compared_period_bracketed_year).
_BRACKETED = _COMPARED["bracketed_year"]
_BRACKETED_YEAR = re.compile(
    rf"[{_BRACKETED['opens']}](?P<y>{_BRACKETED['year']})"
    rf"(?:{alternation(_BRACKETED['year_parts'])})(?:{alternation(_COMPARED['adverbs'])}){{0,2}}"
    rf"(?:{alternation(_COMPARED['links'])})"
    rf"(?:[{_COMPARED['listed_figure_chars']}]{{1,12}}[{_COMPARED['list_marks']}])*$")


_BRACKETED_YEAR_ANYWHERE = _without_end_anchor(_BRACKETED_YEAR)


def _bracketed_earlier_year_level(r: ArticleCues, num: NumberMention) -> bool:
    """The figure follows an earlier year and a link in a bracket that closes the clause of a figure of
    its unit (纾困资金6000万元（2019年为4500万元）): that year's level, given to compare this year's with,
    no fact of now. Not a year of the article's own or later, and not a series out of brackets."""
    if r.article_date is None:
        return False  # no year to be earlier than
    if not _written(r, _BRACKETED_YEAR_ANYWHERE):
        return False  # nearly every text: no earlier year's level bracketed anywhere in it
    lo = max(0, num.start - _COMPARED_PERIOD_REACH)
    if all(r.text.find(b, lo, num.start) < 0 for b in _BRACKETED["opens"]):
        return False  # nearly every figure: no opening bracket within reach, which the pattern needs
    m = _BRACKETED_YEAR.search(r.text, lo, num.start)
    if m is None or int(m.group("y")) >= r.article_date.year:
        return False
    now = r.number_near(num, -1)  # this year's figure, in the clause the bracket closes
    return now is not None and now.unit == num.unit and now.end <= m.start() \
        and m.start() - now.end <= _BRACKETED["gap_most"] \
        and not any(mark in r.text[now.end:m.start()] for mark in _BRACKETED["not_between"])


# 比2019年的1.1亿元, 较去年同期的6700万元: a word of comparing, an earlier period, 的, then the figure
# (cues.json _compared_with_period).
_WITH_PERIOD = _C["compared_with_period"]
_COMPARED_WITH_PERIOD = re.compile(
    rf"(?:{alternation(_WITH_PERIOD['words'])})(?:{alternation(_COMPARED['periods'])}|{_WITH_PERIOD['year']})"
    rf"(?:{alternation(_WITH_PERIOD['year_parts'])})?的$")
_COMPARED_WITH_PERIOD_REACH = 14  # 相比 + 上一年同期 (or 2019年) + 全年 + 的


def _compared_with_period_level(text: str, num: NumberMention, clause: tuple[int, int]) -> bool:
    """The figure is the level an earlier period had, named right after a word of comparing and 的
    (比2019年的1.1亿元翻了一番): what this year's is measured against, no fact of now."""
    if text[num.start - 1:num.start] != "的":
        return False  # most figures: no 的 right before them
    lo = max(clause[0], num.start - _COMPARED_WITH_PERIOD_REACH)
    return _COMPARED_WITH_PERIOD.search(text, lo, num.start) is not None


# …补助资金2亿元，主要用于基础设施建设，不直接补贴企业: the sum said to go to no firm (cues.json _denied_for_firms).
_DENIED = _C["denied_for_firms"]
_DENIED_FOR_FIRMS = re.compile(
    rf"(?:{alternation(_DENIED['negations'])})(?:{alternation(_DENIED['verbs'])})"
    rf"[\u4e00-\u9fff]{{0,{_DENIED['gap_most']}}}?(?:{alternation(_DENIED['firms'])})")


def _denied_for_firms(text: str, num: NumberMention, sentence: tuple[int, int]) -> bool:
    """An amount its sentence says, after it, goes to no firm (不直接补贴企业): no support (SPEC §4)."""
    if text.find("不", num.end, sentence[1]) < 0 and text.find("并非", num.end, sentence[1]) < 0:
        return False  # most sentences deny nothing after the figure
    return _DENIED_FOR_FIRMS.search(text, num.end, sentence[1]) is not None


_YARDSTICK = _COMPARED["yardstick"]
# 去年同期…开工率达到87%，今年仍有差距: a clause opening with an earlier period, its figure, then a
# clause of this year (cues.json _compared_period_yardstick).
_YARDSTICK_PERIOD = re.compile(rf"[ ]{{0,2}}(?:{alternation(_YARDSTICK['leads'])})?(?:{alternation(_YARDSTICK['periods'])})")
_YARDSTICK_NOW = re.compile(rf"[^，,；;。！？!?]{{0,{_YARDSTICK['rest_most']}}}[，,；;][ ]{{0,2}}(?:{alternation(_YARDSTICK['now'])})")


def _yardstick_period_level(r: ArticleCues, num: NumberMention, clause, sentence) -> bool:
    """The figure's clause opens with an earlier period and the next clause of its sentence opens with
    this year (上年同期新区复工率为72%，今年…): last year's level, the yardstick of this year's, no fact
    of now (cues.json _compared_period_yardstick). Only a rate of the same time last year. Not when
    this year's clause states its own figure (去年同期为90%，今年已达到96%): the list-like pair keeps
    its rules, this year's figure reading the rate word from last year's."""
    if num.kind != "percent" or _YARDSTICK_PERIOD.match(r.text, clause[0], num.start) is None:
        return False  # 去年为企业争取资金8600万元，今年…: last year's own amount, a fact of its year
    now = _YARDSTICK_NOW.match(r.text, num.end, sentence[1])
    return now is not None and not r.count_between(None, now.end(), sentence[1])


def _amount_moved(r: ArticleCues, num: NumberMention, clause: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """An amount or count is how far it moved against a reference named before it (新增贷款比去年
    同期增加120亿元, 与去年同期相比，…增加了120亿元), not the amount: cues.json _amount_change."""
    text = r.text
    if _AMOUNT_CHANGED_BY.search(text, max(0, num.start - _CHANGED_BY_REACH), num.start) is None \
            and _AMOUNT_CHANGED_THEN_VERB.search(text, max(0, num.start - _THEN_VERB_REACH), num.start) is None:
        return False
    if _compared(text, clause[0], num.start):
        return not _balance_gain(text, num, sentence)
    changed_by = _AMOUNT_CHANGED_BY.search(text, max(0, num.start - _CHANGED_BY_REACH), num.start)
    if changed_by is not None and _change_over_span(text, changed_by.start(), num, sentence):
        return True  # 余额632.4亿元，三年增加215亿元; 近两年来，…余额提高38亿元: how far the balance moved in that time
    before = text[sentence[0]:clause[0]].rstrip(",，、 ")
    # 与去年同期相比，…多了近6亿元 or 相比去年同期，…: a clause of comparing opens the sentence
    return before.endswith(_REFERENCE_CLAUSE_ENDS) or before.lstrip(" “\"").startswith(_REFERENCE_CLAUSE_OPENS)


_NOT_REFERENCES = tuple(_C["change_reference_not"])
_BALANCE_GAIN = _C["balance_gain"]
_BALANCES = tuple(_BALANCE_GAIN["balances"])
# 较年初增加18.2亿元 / 比上年末增长了3亿元: grown since the start of the year, right before the amount.
_GAIN_SINCE = _on_re("_GAIN_SINCE",
    rf"(?:{alternation(_C['change_reference'])})(?:{alternation(_BALANCE_GAIN['since'])})"
    rf"(?:{alternation(_BALANCE_GAIN['verbs'])})了?$")
_GAIN_SINCE_REACH = 12


def _balance_gain(text: str, num: NumberMention, sentence: tuple[int, int]) -> bool:
    """An amount a loan's balance grew by since the start of the year (余额较年初增加18.2亿元):
    the new lending, not a difference (cues.json _balance_gain)."""
    if _GAIN_SINCE.search(text, max(sentence[0], num.start - _GAIN_SINCE_REACH), num.start) is None \
            or not any(w in text[sentence[0]:num.start] for w in _BALANCES):
        return False
    # 不良贷款余额较年初增加0.8亿元, 其中逾期贷款较年初增加: bad or overdue loans grew, no lending
    clause_start = max(sentence[0], *(text.rfind(mark, sentence[0], num.start) + 1 for mark in _CLAUSE_MARKS))
    return not any(w in text[clause_start:num.start] for w in _BALANCE_GAIN["not_lending"])


_CHANGE_SPANS = tuple(_C["change_spans"])


def _over_a_span(text: str, start: int, end: int) -> bool:
    """A stretch of time a change took (一周, 两个月, 短短几天) in text[start:end]: cues.json _change_spans."""
    return any(w in text[start:end] for w in _CHANGE_SPANS)


def _compared(text: str, start: int, end: int) -> bool:
    """A word naming what a change is measured against (较上周, 比2月底, 环比) in text[start:end];
    not 比 or 较 as part of another word (按比例, 较大幅度)."""
    part = text[start:end]
    if not any(w in part for w in _CHANGE_REFERENCES):
        return False
    for word in _NOT_REFERENCES:
        part = part.replace(word, "")
    return any(w in part for w in _CHANGE_REFERENCES)


# 人 and 名 (家 and 户) count the same things: cues.json _same_counters.
_SAME_COUNTERS = {word: tuple(group) for group in _C["same_counters"].values() for word in group}


def _counters_like(counter: str) -> tuple[str, ...]:
    """The counter and those counting the same things (名 -> 人, 名)."""
    return _SAME_COUNTERS.get(counter, (counter,))


def _count_follows(text: str, start: int, end: int, counter: str) -> bool:
    """A count of the counter (or one counting the same things: 520名职工已返岗470人) opens the
    window after the cue."""
    window = text[start:min(end, start + 12)]
    counters = _counters_like(counter)
    if not any(c in window for c in counters):
        return False  # a mention of these counters holds the word: no need to read the window's numbers
    return any(n.unit in counters and n.start <= 4 for n in find_numbers(window, with_missing=False))


# Per counter word, the (category, unit) pairs it may count, those that need a head noun first
# (个 is a project after 项目, else a piece of in-kind goods).
COUNTED_AS: dict[str, list[tuple[str, str]]] = {}
for _cat, _block in BLOCKS.items():
    for _unit, _counters in _block.get("count", {}).get("counters", {}).items():
        for _word in _counters:
            COUNTED_AS.setdefault(_word, []).append((_cat, _unit))
for _counter, _pairs in COUNTED_AS.items():
    _pairs.sort(key=lambda p: not _needs_head(BLOCKS[p[0]], p[1], _counter))


_OTHERS = _C["counted_others"]
_OTHER_NOUNS = re.compile(alternation(_OTHERS["nouns"]))
_OTHER_NOUN_REACH = _OTHERS["modifiers_most"] + max(map(len, _OTHERS["nouns"]))
_FIRM_NOUNS = tuple(_OTHERS["firm_nouns"])
_NOT_MODIFIERS = tuple(_OTHERS["modifiers_not"]) + _FIRM_NOUNS


def _counts_others(text: str, num: NumberMention, clause_end: int) -> bool:
    """The counter counts banks, parks or associations, not firms (组织12家银行为复工企业提供贷款,
    131家省级以上开发区规上工业企业复工率): cues.json _counted_others."""
    window = text[num.end:min(num.end + _OTHER_NOUN_REACH, clause_end)]
    noun = _OTHER_NOUNS.search(window)
    if noun is None or noun.start() > _OTHERS["modifiers_most"]:
        return False
    modifiers = window[:noun.start()]
    if any(word in modifiers for word in _NOT_MODIFIERS) or any(ch.isdigit() for ch in modifiers):
        return False
    return not text.startswith(_FIRM_NOUNS, num.end + noun.end())


_LANDMARKS = _C["counted_landmarks"]
# 14所院校周边: the count's noun (a few Han characters), then a word of surroundings, not right
# after a conjunction (45家商场及周边商户 counts the 商场, which resumed with the firms around them).
_NOT_JOINED = "".join(f"(?<!{word})" for word in _LANDMARKS["joined_by"])
_AROUND_LANDMARK = _on_re("_AROUND_LANDMARK",
    rf"[\p{{Han}}]{{1,{_LANDMARKS['noun_most']}}}?{_NOT_JOINED}(?:{alternation(_LANDMARKS['around'])})")


def _counts_landmarks(text: str, num: NumberMention, clause_end: int) -> bool:
    """The counter counts landmarks the firms stand around (14所院校周边的配套服务企业恢复营业), not
    the firms that resumed: cues.json _counted_landmarks."""
    return _AROUND_LANDMARK.match(text, num.end, clause_end) is not None


_OWNERS = _C["counted_owners"]
_OWNERS_CATEGORIES = frozenset(_OWNERS["categories"])
# 9个市场的 + 1100名经营户: the count's noun, a few Han characters, then 的 (cues.json _counted_owners).
_NOUN_THEN_OF = _on_re("_NOUN_THEN_OF", rf"[\p{{Han}}]{{1,{_OWNERS['noun_most']}}}?的")


def _counts_owners(r: ArticleCues, num: NumberMention, clause_end: int) -> bool:
    """The count's noun and 的 stand right before the next figure (9个市场的1100名经营户): the
    count names whose that figure is, not the goods handed out (cues.json _counted_owners)."""
    nxt = r.number_near(num, 1)
    if nxt is None or nxt.start >= clause_end:
        return False
    m = _NOUN_THEN_OF.match(r.text, num.end, nxt.start)
    return m is not None and m.end() == nxt.start


_ABSTRACTIONS = _C["counted_abstractions"]
# 四个方面 / 三个关键环节: a few Han characters of modifiers at most, then an abstract noun.
_ABSTRACT_NOUN = _on_re("_ABSTRACT_NOUN",
    rf"[\p{{Han}}]{{0,{_ABSTRACTIONS['modifiers_most']}}}?(?:{alternation(_ABSTRACTIONS['nouns'])})")


def _counts_abstractions(text: str, num: NumberMention, clause_end: int) -> bool:
    """The counter counts parts of a plan or an argument (从稳岗、融资、降成本、保物资四个方面精准发力),
    not goods, firms or people: cues.json _counted_abstractions."""
    return _ABSTRACT_NOUN.match(text, num.end, clause_end) is not None


_NOT_YET = tuple(_C["not_yet"]["words"])
_NOT_YET_WORD = literal_scanner(_NOT_YET)


def _not_yet_back(text: str, lo: int, hi: int, sentence_end: int | None = None) -> bool:
    """The clause says firms or workers are not back yet (暂未复工企业14家, 900人暂未到岗), and no
    已 after that says they are now (此前未复工的12家企业已全部复工): cues.json _not_yet. Said of a
    group the sentence then brings back (因疫情无法返岗的2600名员工接回温州; 此前无法返岗的3200名员工，
    目前已全部返岗: the word before 的, the rest of the sentence undoing it), they are back."""
    if _NOT_YET_WORD.search(text, lo, hi) is None:
        return False  # most clauses: none of the words, found by one scan instead of a find per word
    clause = text[lo:hi]
    for word in _NOT_YET:
        at = clause.find(word)
        if at < 0 or _C["not_yet"]["undone_by"] in clause[at + len(word):]:
            continue
        after = lo + at + len(word)
        if sentence_end is not None and text.startswith("的", after) and _undone_later(text, after, sentence_end):
            continue
        return True
    return False


_NOT_YET_UNDONE_LATER = tuple(_C["not_yet"]["undone_later"])
_NOT_YET_UNDONE_PLANNED = tuple(_C["not_yet"]["undone_planned_by"])


def _undone_later(text: str, after: int, sentence_end: int) -> bool:
    """The rest of the sentence brings the group back or says it is back (…接回温州; …，目前已全部
    返岗): a word of undone_later, not one its clause plans or aims at (聚焦尚未复工的45家企业，…，
    力争3月中旬全部复工: still closed, the aim no fact; cues.json _not_yet undone_planned_by)."""
    for word in _NOT_YET_UNDONE_LATER:
        at = text.find(word, after, sentence_end)
        while at >= 0:
            opens = max(after, *(text.rfind(mark, after, at) + 1 for mark in _CLAUSE_MARKS))
            if not any(plan in text[opens:at] for plan in _NOT_YET_UNDONE_PLANNED):
                return True
            at = text.find(word, at + 1, sentence_end)
    return False
_NOT_YET_AFTER = _C["not_yet_after_count"]


def _planned_word_pattern(words, not_plans) -> str:
    """Each word of the future, unless it stands inside a word of cues.json not_forecast holding it
    (按计划, 计划外: no plan stated): per such word, a lookahead that fails where its prefix ends
    right before and the word with its suffix follows."""
    def one(word: str) -> str:
        guards = []
        for n in not_plans:
            if word in n and n != word:
                prefix, suffix = n[:n.index(word)], n[n.index(word) + len(word):]
                behind = f"(?<={regex.escape(prefix)})" if prefix else ""
                guards.append(f"(?!{behind}{regex.escape(word + suffix)})")
        return "".join(guards) + regex.escape(word)
    return "|".join(one(w) for w in sorted(words, key=len, reverse=True))


# 其余3家预计下旬复工: a word of the future after the count, then a verb of resuming in its clause.
_PLANNED_RESUME = (f"(?:{_planned_word_pattern(_NOT_YET_AFTER['planned'], _C['not_forecast'])})"
                   f"[^，,。；;：:！!？?]{{0,{_NOT_YET_AFTER['planned_gap_most']}}}?"
                   f"(?:{alternation(_NOT_YET_AFTER['resume_verbs'])})")
_NOT_YET_AFTER_COUNT = regex.compile(
    f"(?:{alternation(_NOT_YET_AFTER['pending'])})|(?:{alternation(_NOT_YET_AFTER['urged'])})"
    f"(?:{alternation(_NOT_YET_AFTER['resume_verbs'])})|{_PLANNED_RESUME}")


def _not_yet_after_count(text: str, num: NumberMention, hi: int) -> bool:
    """After the count in its clause, those counted are still being processed (另有约60人正在办理相关
    手续) or urged to resume (推动3个新项目尽快开工): not back yet, cues.json _not_yet_after_count."""
    return _NOT_YET_AFTER_COUNT.search(text, num.end, hi) is not None


_NEVER_STOPPED = _C["never_stopped_after_count"]
_NEVER_STOPPED_OPENING = regex.compile(
    f"[^0-9，,。；;！!？?]{{0,{_NEVER_STOPPED['subject_most']}}}?(?:{alternation(_NEVER_STOPPED['openers'])})?"
    f"(?:{alternation(_NEVER_STOPPED['words'])})[^0-9，,。；;！!？?]*(?:[，,。；;！!？?]|$)")


def _never_stopped_after(text: str, hi: int, sentence_end: int) -> bool:
    """The clause after the count's opens with words saying those counted never stopped (after a short
    subject at most: 生产线一直没停过) and holds no figure (57家企业坚持闭环生产，从未停产一天): firms that never closed, none resumed (cues.json
    _never_stopped_after_count). Only the next clause is read: no scan of the sentence."""
    return hi < sentence_end and text[hi] in "，," \
        and _NEVER_STOPPED_OPENING.match(text, hi + 1, sentence_end + 1) is not None


def _not_yet_back_in(r: ArticleCues, lo: int, hi: int, sentence_end: int) -> bool:
    """_not_yet_back of the clause, found once per clause (it reads the clause, not the figure)."""
    key = (lo, hi, sentence_end)
    found = r.not_yet_back.get(key)
    if found is None:
        found = r.not_yet_back[key] = _not_yet_back(r.text, lo, hi, sentence_end)
    return found


def _pending_after_count(r: ArticleCues, num: NumberMention, lo: int, hi: int) -> bool:
    """_not_yet_after_count, from the last place in the clause a match of its pattern starts, found
    once per clause: a match starts at or after the figure's end exactly when that place does (a
    search from pos finds a match starting at s >= pos whenever one does: lookbehinds see before pos)."""
    last = r.last_pending_start.get((lo, hi))
    if last is None:
        last, at = -1, lo
        while (m := _NOT_YET_AFTER_COUNT.search(r.text, at, hi)) is not None:
            last, at = m.start(), m.start() + 1
        r.last_pending_start[(lo, hi)] = last
    return last >= num.end


def _word_before(r: ArticleCues, words: tuple[str, ...], sentence: tuple[int, int], pos: int) -> bool:
    """One of `words` stands whole in the sentence before `pos` (a ceremony's word, cues.json
    ceremony_counts; a word closing a list of means, means_list_closers): their earliest end there,
    found once per sentence and not per figure (a long list is one sentence), is at or before `pos`."""
    # Known by the tuple's id, not its words (hashing a tuple reads every word, per figure): the
    # memo's entry holds the tuple, so no other tuple takes that id while the article is read.
    key = (id(words), sentence)
    found = r.first_word_end.get(key)
    if found is None:
        if literal_scanner(words).search(r.text, sentence[0], sentence[1]) is None:
            end = sentence[1] + 1  # most sentences hold none of the words: one scan for all, not a find per word
        else:
            end = min(at + len(w) for w in words if (at := r.text.find(w, sentence[0], sentence[1])) >= 0)
        found = r.first_word_end[key] = (words, end)
    return found[1] <= pos


# Below this many characters a head or tail is searched directly: a regex scan of it costs less than
# the lookup of a span's places, and only long lists (one clause, hundreds of figures) need those.
_SHORT_SCAN = 80


def _match_starts(r: ArticleCues, pattern: re.Pattern, span: tuple[int, int]) -> list[int]:
    """Every place in the span where `pattern` matches, the span's end as the text's end: found
    once per span (a clause or sentence), since each figure in it asks (a 2,000-item list is
    one clause, and a search of its head per figure made the stage quadratic). A search from
    any place finds a match there exactly when this list holds it: lookbehinds see before it.
    `pattern` is a module's constant: the memo knows it by its id."""
    key = (id(pattern), span)  # a pattern's own hash reads its whole compiled code: its id is the module's constant
    starts = r.match_starts.get(key)
    if starts is None:
        starts, at = [], span[0]
        while (m := pattern.search(r.text, at, span[1])) is not None:
            starts.append(m.start())
            at = m.start() + 1
        r.match_starts[key] = starts
    return starts


def _sees_past_its_match(pattern: re.Pattern) -> bool:
    """Whether a match of `pattern` may depend on text after it (a lookahead, $, a word boundary):
    then one found in text cut short at a figure need not be one in the whole span. A literal
    scanner's lookaheads only read the first character its match takes. Decided once per
    pattern, remembered by its id (a pattern's hash reads its whole compiled code)."""
    found = _SEES_PAST.get(id(pattern))
    if found is None:
        found = _SEES_PAST[id(pattern)] = (pattern, _reads_past_its_match(pattern))
    return found[1]


_SEES_PAST: dict[int, tuple[re.Pattern, bool]] = {}  # id -> (the pattern, held so its id stays its own; the answer)


def _reads_past_its_match(pattern: re.Pattern) -> bool:
    source = pattern.pattern
    if "(?=" in source and not any(pattern is scanner for scanner in _LITERAL_SCANNERS.values()):
        return True
    return any(token in source for token in ("(?!", "$", "\\b", "\\B", "\\Z"))


def _search_before(r: ArticleCues, pattern: re.Pattern, span: tuple[int, int], pos: int):
    """`pattern.search(r.text, span[0], pos)` for `pos` inside the span, answered from the places
    it matches in the whole span (`_match_starts`): a match ending by `pos` is one of them when
    the pattern reads nothing past its match, so only those before `pos` are tried."""
    if pos - span[0] < _SHORT_SCAN or pos > span[1] or _sees_past_its_match(pattern):
        # most heads are short: a search of them costs less than a lookup; and a match found
        # cut short need not be one of the span's when the pattern reads past it
        return pattern.search(r.text, span[0], pos)
    for start in _match_starts(r, pattern, span):
        if start >= pos:
            break
        m = pattern.match(r.text, start, pos)
        if m is not None:
            return m
    return None


def _written(r: ArticleCues, pattern: re.Pattern) -> bool:
    """Whether `pattern` matches anywhere in the text, found once per article. A pattern that reads
    nothing past its match (`_sees_past_its_match`; a lookbehind sees before a span what it sees in
    the whole text) matches in a span only where it matches in the whole text: a check that needs
    such a match before it can hold is False for every figure of a text that writes none, which is
    most texts for the rare words (tests/test_measures_written_prefilters.py). `pattern` is a
    module's constant: the memo knows it by its id."""
    found = r.written.get(id(pattern))
    if found is None:
        if _sees_past_its_match(pattern):
            raise ValueError(f"{pattern.pattern[:40]!r} reads past its match: a span may match where the text does not")
        found = r.written[id(pattern)] = pattern.search(r.text) is not None
    return found


def _search_after(r: ArticleCues, pattern: re.Pattern, pos: int, span: tuple[int, int]):
    """`pattern.search(r.text, pos, span[1])` for `pos` inside the span: the first place at or
    after `pos` where it matches in the span (`_match_starts`), by bisection."""
    if span[1] - pos < _SHORT_SCAN or pos < span[0]:
        return pattern.search(r.text, pos, span[1])  # a short tail: searched, cheaper than a lookup
    starts = _match_starts(r, pattern, span)
    i = bisect.bisect_left(starts, pos)
    return pattern.match(r.text, starts[i], span[1]) if i < len(starts) else None


_DENIED = _C["denied_claims"]
_CLAIM_WORD = literal_scanner(_DENIED["claims"])
_DENIAL_WORD = literal_scanner(_DENIED["denials"])
_CONTRAST_WORD = literal_scanner(_DENIED["contrasts"])
_CHECK_WORD = literal_scanner(_DENIED["checks"])
# A text holds a word of either list exactly when this finds one (a match of the union starts at or
# before the first of them).
_DENIAL_OR_CLAIM_WORD = literal_scanner(_DENIED["denials"] + _DENIED["claims"])
_QUOTE_CLOSE = dict(zip(_DENIED["quote_opens"], _DENIED["quote_closes"]))
_QUOTE_OPEN = re.compile(f"[{re.escape(_DENIED['quote_opens'])}]")
_SAYING_ENDS = tuple(_DENIED["saying_ends"])
_QUOTE_MOST = 200  # a quotation longer than this is no claim quoted, or its close is lost
_DENIAL_REACH = _DENIED["quote_reach"]
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_CLAUSE_END = re.compile(r"[。！？!?\n，,；;]")
_CORRECTIONS = frozenset(_DENIED["corrections"])
_CORRECTED_STARTS = frozenset(_DENIED["corrected_starts"])


def _denial(text: str, lo: int, hi: int):
    """The first word of denials in text[lo:hi], skipping a word of corrections (应为) that no
    corrected figure follows (“每人每月500元”应为兜底标准: "should be", no withdrawal;
    cues.json _denied_claims), or None."""
    for m in _DENIAL_WORD.finditer(text, lo, hi):
        if m.group() not in _CORRECTIONS or text[m.end():m.end() + 1] in _CORRECTED_STARTS:
            return m
    return None


def _denied(r: ArticleCues, num: NumberMention) -> bool:
    """The figure stands in what the text denies or withdraws: a quotation followed by a denial
    (“复工率88%”数据不准确), or a claim reported from others and then denied (网传…，该消息不实):
    cues.json _denied_claims."""
    spans = r.denied_spans
    return bool(spans) and any(lo <= num.start and num.end <= hi for lo, hi in spans)  # most texts: none


@lru_cache(maxsize=8)  # asked once per figure of the same text
def _denied_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans of `text` that it denies or withdraws (`_denied`), in no order."""
    if _DENIAL_OR_CLAIM_WORD.search(text) is None:
        return ()  # most texts: neither a word of denying nor of a claim, found by one scan for both
    if _DENIAL_WORD.search(text) is None and (_CLAIM_WORD.search(text) is None or _CONTRAST_WORD.search(text) is None):
        return ()  # no word of denying, nor a claim with a contrast
    return tuple(_withdrawn_quotations(text)) + tuple(_denied_claims(text))


def _end_of(pattern: re.Pattern, text: str, at: int) -> int:
    """Where the first match of `pattern` from `at` starts (a clause's or sentence's end), or the text's end."""
    m = pattern.search(text, at)
    return len(text) if m is None else m.start()


def _quotation_close(text: str, opened: int) -> int:
    """The offset of the mark closing the quotation opened at `opened`, or -1."""
    close = text.find(_QUOTE_CLOSE[text[opened]], opened + 1, opened + _QUOTE_MOST)
    return -1 if close < 0 or "\n" in text[opened:close] else close


def _withdrawn_quotations(text: str):
    """Quotations a word of denials follows in their clause, within reach of the close
    (“返岗工人5.6万人”系统计口径错误, “设立10亿元纾困基金”表述有误): their insides."""
    for opened in _QUOTE_OPEN.finditer(text):
        close = _quotation_close(text, opened.start())
        if close < 0:
            continue
        after = close + 1
        denial = _denial(text, after, min(_end_of(_CLAUSE_END, text, after), after + _DENIAL_REACH + 8))
        if denial is not None and denial.start() - after <= _DENIAL_REACH:
            yield opened.end(), close


def _denied_claims(text: str):
    """Claims reported from others (网传, 有网友称 …) that a word of denials follows in their
    sentence or the next, or a word of contrasts in their sentence (…，实际发放…为6840万元): from
    the claim's word to the claim's end (its clause's, or its quotation's close)."""
    for claim in _CLAIM_WORD.finditer(text):
        start = claim.end()
        clause_end = _end_of(_CLAUSE_END, text, start)
        if clause_end < len(text) and text.endswith(_SAYING_ENDS, claim.start(), clause_end):
            clause_end = _end_of(_CLAUSE_END, text, clause_end + 1)  # 有网友称，园区…: what is said follows the mark
        # 网传“…”, 有网友称，“…”: a quotation opening in the claim's clause, or right after its mark
        quoted = _QUOTE_OPEN.search(text, start, min(len(text), clause_end + 2))
        close = _quotation_close(text, quoted.start()) if quoted is not None else -1
        end = close if close >= 0 else clause_end
        inside = _denial(text, start, end)
        if inside is not None:
            yield start, inside.start()  # 网传补贴5万元不实: the claim ends at its denial
            continue
        checked = _CHECK_WORD.search(text, start, end)
        if checked is not None:
            end = checked.start()  # 网传补贴5万元经核实实际为3万元: the claim ends where checking begins
        sentence_end = _end_of(_SENTENCE_END, text, end)
        next_end = _end_of(_SENTENCE_END, text, sentence_end + 1) if sentence_end < len(text) else sentence_end
        if _denial(text, end, next_end) is not None or _contrasted(text, end, sentence_end):
            yield start, end


def _contrasted(text: str, end: int, sentence_end: int) -> bool:
    """A word of checking (核实, 经查) after the claim's end, then a word of contrasts, in the
    claim's sentence (…“超过1亿元”，经核实，实际发放…为6840万元): the claim is found untrue. Not a
    contrast alone (…减免租金2000万元，按实际支付利息的50%给予贴息: the terms of a measure)."""
    checked = _CHECK_WORD.search(text, end, sentence_end)
    return checked is not None and _CONTRAST_WORD.search(text, checked.end(), sentence_end) is not None


_BENEFICIARIES_BEFORE = tuple(_C["beneficiaries_before"])
_BENEFICIARIES_WORD = literal_scanner(_BENEFICIARIES_BEFORE)
# 日增 after a date's day (2月28日增至356家) is no daily increment: cues.json _increment_after_day.
_DAY_INCREMENTS = frozenset(_C["increment_after_day"]["words"])
_SLOGAN = _C["quoted_slogan"]


def _quoted_slogan(text: str, num: NumberMention) -> bool:
    """The count opens a short quotation (“四个一”举措, “两个确保”): a slogan's name (cues.json
    _quoted_slogan)."""
    if text[num.start - 1:num.start] not in _SLOGAN["openers"] or not num.start:
        return False
    tail = text[num.end:num.end + _SLOGAN["reach"] + 1]
    # a word of the name after the count (“四个一”), not a figure quoted alone (“1260家”)
    return tail[:1] not in _SLOGAN["closers"] and any(ch in _SLOGAN["closers"] for ch in tail)


_CHANGE = _C["count_change"]
# 较高峰时减少了 + the count: a word of comparing, a few characters, a verb of change right before it.
_COUNT_CHANGE = _on_re("_COUNT_CHANGE",
    rf"(?:{alternation(_CHANGE['compared'])})[^，,。；;]{{0,{_CHANGE['reach']}}}?(?:{alternation(_CHANGE['verbs'])})$")
# Its match ends at the figure ($), or before a line break right before it: no longer than this,
# so it is searched for there, not from the clause's start for each figure of a long list.
_COUNT_CHANGE_REACH = max(map(len, _CHANGE["compared"])) + _CHANGE["reach"] + max(map(len, _CHANGE["verbs"])) + 1
_NUMERAL_BEFORE = re.compile(f"[{DIGIT}{_C['increment_after_day']['numerals']}]")
_CEREMONY_COUNTS = tuple(_C["ceremony_counts"])
_CEREMONY = _C["ceremony_count_clause"]


_MONEY_BUILDS = _C["projects_money_builds"]
# 用于县城污水管网改造和公共卫生设施建设等项目: a purpose word, then the projects it names, in one clause.
_PROJECTS_AS_PURPOSE = _on_re("_PROJECTS_AS_PURPOSE",
    rf"(?:{alternation(_C['purpose_words'])})[^，,。；;！？!?\n]{{0,{_MONEY_BUILDS['between_most']}}}项目")


def _projects_money_builds(r: ArticleCues, num: NumberMention, clause, sentence) -> bool:
    """The count is of projects started that a clause before it in its sentence names as what
    money is for (用于…等项目，目前已开工项目17个: cues.json _projects_money_builds): what the money
    builds, not projects resuming work. Only a count tied to that clause: right after it, or opening
    with a tie word (其中), and no new scope or date between (截至3月底，全市已开工项目326个)."""
    own = r.text[clause[0]:clause[1]]
    if not any(w in own for w in _MONEY_BUILDS["started"]) or any(w in own for w in _MONEY_BUILDS["not"]):
        return False
    before = r.geo.previous_clause(clause, sentence)
    if before is None:
        return False
    tied = own.lstrip().startswith(_MONEY_BUILDS_TIES)
    purpose = _PROJECTS_AS_PURPOSE.search(r.text, sentence[0] if tied else before[0], clause[0])
    return purpose is not None and not _new_statement(r.text, purpose.end(), num.start)


_MONEY_BUILDS_TIES = tuple(_MONEY_BUILDS["tie_openers"])
_MONEY_BUILDS_SCOPES = tuple(_MONEY_BUILDS["new_scopes"])
# 截至3月底: a status word with a date after it (截至目前 is now and opens nothing new).
_MONEY_BUILDS_DATED = re.compile(rf"(?:{alternation(_MONEY_BUILDS['dated'])})(?!{alternation(_MONEY_BUILDS['now'])})")


def _new_statement(text: str, lo: int, hi: int) -> bool:
    """Between lo and hi a new statement opens: a whole place's scope (全市) or a dated status
    (截至3月底, not 截至目前): cues.json _projects_money_builds."""
    between = text[lo:hi]
    return any(w in between for w in _MONEY_BUILDS_SCOPES) or _MONEY_BUILDS_DATED.search(between) is not None


def _started_not_resumed(clause: str) -> bool:
    """The count's clause speaks of starting or signing (开工项目18个, 签约项目12个), not of resuming
    (已复工企业1560家, 已复工开工项目128个) nor of a status reached (截至3月底全区已开工项目46个)."""
    return any(w in clause for w in _CEREMONY["started"]) and not any(w in clause for w in _CEREMONY["not"])
_AIM = _C["count_as_aim"]
_COUNT_AS_AIM = _on_re("_COUNT_AS_AIM",
    rf"(?:{alternation(_AIM['verbs'])})(?:{alternation(_AIM['areas'])})?$")
_COUNT_AS_AIM_REACH = max(map(len, _AIM["verbs"])) + max(map(len, _AIM["areas"]))
_AIM_DONE = _on_re("_AIM_DONE", rf"(?:{alternation(_AIM['done'])})[\p{{Han}}]{{0,2}}$")
_AIM_DONE_REACH = max(map(len, _AIM["done"])) + 2  # 已协调支持: the word and two characters before the verb
_AIM_CLAUSE_OPENERS = frozenset(_AIM["clause_openers"]) | {""}  # 出台措施，(用于)支持…: the verb opens its clause
# 一边推动全县97个, 正在督促38家: an effort under way right before the count, an aim whatever the subject.
_EFFORT_UNDER_WAY = _on_re("_EFFORT_UNDER_WAY",
    rf"(?:{alternation(_AIM['in_progress'])})(?:{alternation(_AIM['efforts'])})(?:{alternation(_AIM['areas'])})?$")
_EFFORT_UNDER_WAY_REACH = max(map(len, _AIM["in_progress"])) + max(map(len, _AIM["efforts"])) + max(map(len, _AIM["areas"]))
_BENEFICIARIES_REACH = 6  # 惠及企业和个体工商户1200户: the word and who was reached before the count
_RECIPIENTS = _C["recipients_before"]
_RECIPIENT_BETWEEN = (rf"{alternation(_AIM['areas'])}"
                      rf"|[\p{{Han}}]{{1,{_RECIPIENTS['place_most'] - 1}}}(?:{alternation(_RECIPIENTS['place_ends'])})"
                      rf"|[^，,。；;、\d]{{0,{_RECIPIENTS['between_most']}}}(?:{alternation(_RECIPIENTS['between_ends'])})"
                      rf"|{alternation(_RECIPIENTS['owners'])}"
                      rf"|{alternation(_RECIPIENTS['part_words'])}")  # 对其中5家: a part of the group before
# 向62家, 为全区85家, 为师市14家, 向复工的130家, 为企业1200余名: a preposition of whom, then the count (or a
# place, a modifier with 的, the firms whose staff it counts).
_RECIPIENT_BEFORE = _on_re("_RECIPIENT_BEFORE",
    rf"(?:{alternation(_RECIPIENTS['prepositions'])})(?:{_RECIPIENT_BETWEEN})?$")
_RECIPIENT_REACH = 1 + _RECIPIENTS["between_most"] + 1
_NOT_PREPOSITIONS = tuple(_RECIPIENTS["not_words"])
_TOPIC_NOUNS = tuple(_RECIPIENTS["clause_end_nouns"])  # 对首批复工的260家企业，发放…: a topic, not a recipient
# 为龙头企业配套的500余家…: 为…配套 describes the firms counted (cues.json _recipients_frame_verbs).
_FRAME_VERBS_BEFORE_DE = tuple(w + "的" for w in _RECIPIENTS["frame_verbs"])


def _counts_recipients(r: ArticleCues, category: str, num: NumberMention, lo: int, hi: int) -> bool:
    """The count is of those a measure went to (协调银行向62家复工企业发放贷款, 为85家已复产企业减免
    租金), after a preposition of whom, not a resumption figure: cues.json _recipients_before."""
    text = r.text
    m = _RECIPIENT_BEFORE.search(text, max(lo, num.start - _RECIPIENT_REACH), num.start)
    if m is None:
        return False  # most counts: no preposition of whom right before
    if text.endswith(_FRAME_VERBS_BEFORE_DE, m.start(), m.end()):
        return False  # 为整车厂配套的300多家企业已复产: the firms that supply, no recipients
    end = hi
    while end > num.end and text[end - 1].isspace():
        end -= 1  # the clause's end without its trailing spaces, found without copying the clause
    if end == num.end or text.endswith(_TOPIC_NOUNS, num.end, end):
        return False  # 仅为2.2万人: 为 states the figure; 对首批复工的260家企业，发放…: a topic
    if any(text.startswith(w, at) for w in _NOT_PREPOSITIONS
                        for at in range(max(0, m.start() - len(w) + 1), m.start() + 1)):
        return False
    if text.startswith(_WHOLE_AREAS, m.start() + 1) and r.count_cues[category].any_in(m.start() + 1, num.start):
        # (the prepositions are one character) 为全区已复工的412家企业投保: all the area's firms that
        # resumed, the area's figure stated in passing
        return False
    return not r.count_cues[category].any_in(lo, m.start())  # 复工企业为85家: 为 states the figure


_WHOLE_AREAS = tuple(_RECIPIENTS["whole_areas"])


def _count_category(r: ArticleCues, num: NumberMention, clause, sentence) -> tuple[str, str, str] | None:
    """(category, unit, rule) of a counted quantity, or None."""
    lo, hi = clause
    increments = r.markers["increment_markers"]  # most texts have none: not looked up
    increment = increments.last_before(lo, num.start) if increments.cues else None
    if increment is not None and not (increment.word in _DAY_INCREMENTS and _NUMERAL_BEFORE.match(r.text, increment.start - 1)):
        return None  # 较上日增加36家: a daily increment, not a level
    if _quoted_slogan(r.text, num):
        return None  # “四个一”举措: a slogan's name, no count
    if _COUNT_CHANGE.search(r.text, max(lo, num.start - _COUNT_CHANGE_REACH), num.start):
        return None  # 在岗施工人员较高峰时减少了500人: how far the count moved, not a level
    if _BENEFICIARIES_WORD.search(r.text, max(lo, num.start - _BENEFICIARIES_REACH), num.start) is not None:
        return None  # 减租降费惠及千余户: those a measure reached, not firms back at work
    aim = _COUNT_AS_AIM.search(r.text, max(lo, num.start - _COUNT_AS_AIM_REACH), num.start)
    if aim is not None and r.text[lo:aim.start()].strip(" ") in _AIM_CLAUSE_OPENERS \
            and not _AIM_DONE.search(r.text, max(lo, aim.start() - _AIM_DONE_REACH), aim.start()):
        return None  # …，支持全县1200余家民宿复工复业: those a measure is for, not firms back at work
    if _EFFORT_UNDER_WAY.search(r.text, max(lo, num.start - _EFFORT_UNDER_WAY_REACH), num.start) is not None:
        return None  # 一边推动全县97个社区工厂复产，一边…: firms being pushed to resume, not counted back
    if _counts_abstractions(r.text, num, hi):
        return None  # 从稳岗、融资、降成本、保物资四个方面: aspects of a plan, nothing handed out or back at work
    if num.start > lo and r.text[num.start - 1] in _COUNTED_VERB_ENDS and _counted_by_rate_bound(r, num, lo):
        return None  # 复工率超过90%的已有142家: how many the rate's bound picks out, no firms resumed
    for category, unit in COUNTED_AS.get(num.unit, []):
        needs_head = (category, unit, num.unit) in _NEEDS_HEAD
        if needs_head and not _counts_as(r, category, unit, num, clause, sentence):
            continue
        if category in _OWNERS_CATEGORIES and _counts_owners(r, num, hi):
            continue  # 9个市场的1100名经营户: the markets the stallholders work in, no goods
        if unit == "enterprises" and (_counts_others(r.text, num, hi) or _counts_landmarks(r.text, num, hi)):
            return None
        if category in INDICATORS and _counts_recipients(r, category, num, lo, hi):
            return None  # 向62家复工企业发放贷款: those the loan went to, not firms counted back at work
        label = _line_label(r, num, clause)
        if _not_yet_back_in(r, label[0] if label else lo, hi, sentence[1]) or _pending_after_count(r, num, lo, hi):
            return None  # 尚有2600名员工未返岗, 另有60人正在办理手续, 尚未复工企业：2家: those not back
        if category == "enterprises_resumed" and _never_stopped_after(r.text, hi, sentence[1]):
            return None  # 57家企业坚持闭环生产，从未停产一天: firms that never closed, none resumed
        if category in INDICATORS and _base_of_part(r, category, num, lo, hi):
            return None  # 受访的320家小微企业中复工比例为87%: the group the share is of
        if _misused(r, num, clause, lo):
            return None  # 虚报返岗人数1360人: a count made up, not people back
        blockers = r.blockers[category]
        if blockers.cues and _blocked(r, blockers, category, num, lo, hi):
            return None  # 新开工 / 日产: a new start, production
        if category == "enterprises_resumed" and _word_before(r, _CEREMONY_COUNTS, sentence, num.start) \
                and _started_not_resumed(r.text[lo:hi]):
            return None  # 举行重大项目集中开工仪式，开工项目18个: the projects a ceremony started
        if unit == "projects" and _projects_money_builds(r, num, clause, sentence):
            return None  # 安排2.1亿元，用于…管网改造等项目，目前已开工项目17个: what the money builds
        return _count_cue(r, category, unit, num, clause, sentence)
    return None


def _counted_by_rate_bound(r: ArticleCues, num: NumberMention, lo: int) -> bool:
    """Whether the count stands right after an indicator's rate bound, 的 and a verb of having (复工率
    超过95%的有5个, 开工率达到九成的重点企业共有31家): the size of the group the bound picks out, a
    threshold that defines a group (SPEC §4; cues.json _rate_bound_of_group), no firms back at work."""
    bound = r.number_near(num, -1)
    if bound is None or bound.kind != "percent" or bound.start < lo \
            or _COUNTED_BY_RATE_BOUND.fullmatch(r.text, bound.end, num.start) is None:
        return False
    cue = r.percent.last_before(lo, bound.start)
    return cue is not None and cue.role == "rate" and cue.category in INDICATORS


def _blocked(r: ArticleCues, blockers: CueIndex, category: str, num: NumberMention, lo: int, hi: int) -> bool:
    """A blocker of `category` in the clause, other than a construction start inside a 的-phrase
    naming the things counted, with the count's own cue after it (开工建设的28个重点项目已有25个复工:
    cues.json _plan_in_modifier)."""
    cues = blockers.cues
    first = bisect.bisect_left(blockers.starts, lo)
    # the blockers ending by `hi`, read in place: a slice of the rest of the list per figure cost
    # more than the test of the one or two blockers in its clause
    in_clause = itertools.takewhile(lambda c: c.end <= hi, itertools.islice(cues, first, None))
    return any(not (c.word in _PLAN_IN_MODIFIER["blockers"] and c.end <= num.start
                    and _in_done_modifier(r.text, c, num, hi, _COUNT_CUE_WORD_TUPLES[category])) for c in in_clause)


# Per category, its count cue words as a tuple for `_in_done_modifier`: made once, not per figure.
_COUNT_CUE_WORD_TUPLES = {cat: tuple(words) for cat, (words, _) in _COUNT_CUE_WORDS.items()}


_BASE = _C["base_of_part"]
# 320家小微企业中 + 复工比例 / ，/ 已…: a group's noun (its kinds listed with 、 at most: 宾馆酒店、民宿), then
# 中 (among) ending it (cues.json _base_of_part).
_NOT_AMONG = _not_after(_BASE["not_before"])  # 集中, 其中: 中 in a word
_BASE_OF_PART = _on_re("_BASE_OF_PART",
    rf"[\p{{Han}}{regex.escape(_BASE['kind_marks'])}]{{0,{_BASE['group_most']}}}?{_NOT_AMONG}中"
    rf"(?=$|[，,：:]|{alternation(_BASE['after'])})")


# 1200多家 + 红木家具生产经营主体 + 已有 + the share: the group's noun, then a word opening its share (cues.json _base_of_part).
_GROUP_THEN_SHARE_OPENER = _on_re("_GROUP_THEN_SHARE_OPENER",
    rf"[\p{{Han}}{regex.escape(_BASE['kind_marks'])}]{{0,{_BASE['group_most']}}}?(?:{alternation(_BASE['share_openers'])})")


def _share_of_count_before(r: ArticleCues, num: NumberMention, cue_start: int) -> bool:
    """A share opened by 已有 stands right after the count's group and before its resume word
    (1200多家经营主体已有九成以上复工): the count is the whole the share is of, not firms resumed
    (cues.json _base_of_part)."""
    share = r.number_near(num, 1)
    return (share is not None and share.kind == "percent" and share.end <= cue_start
            and _GROUP_THEN_SHARE_OPENER.fullmatch(r.text, num.end, share.start) is not None)


def _base_of_part(r: ArticleCues, category: str, num: NumberMention, lo: int, hi: int) -> bool:
    """The count is the group a share or part is of (cues.json _base_of_part): its group ends in
    中 with no cue of the category in its clause before 中 (受访的320家小微企业中复工比例为87%; not
    已复工的260家企业中，…, whose firms have resumed)."""
    among = _BASE_OF_PART.match(r.text, num.end, hi)
    return among is not None and not r.count_cues[category].any_in(lo, among.end() - 1)


_TRADED_BETWEEN = _C["traded_between"]
# Per category, the scopes of SCOPES["count"] its block allows, in their order.
_COUNT_SCOPES = {cat: [s for s in SCOPES["count"] if s in block.get("scope", ())] for cat, block in BLOCKS.items()}


_RATE_ENDINGS = tuple(_C["rate_endings"])  # 复工 + 率: the cue after a count is a rate's word
# 已全部复工 / 均已全面复产 / 已经全部复工了 opening the clause after a count: all those counted resumed.
# A day they resumed from may open it (9月3日起全部复产): when, not who.
_ALL_RESUMED = _on_re("_ALL_RESUMED",
    rf"(?:(?:{alternation(_C['all_resumed']['since_from'])})?(?P<month>[\d]{{1,2}}|[一二三四五六七八九十]{{1,2}})月"
    rf"(?:(?P<day>[\d]{{1,2}}|[一二三四五六七八九十]{{1,3}})日)?"
    rf"(?:{alternation(_C['all_resumed']['since_then'])}))?"
    rf"(?:{alternation(_C['all_resumed']['before'])})?(?:{alternation(_C['all_resumed']['all'] + _C['all_resumed']['first'])})"
    rf"(?:{_RESUME_WORDS})(?:{alternation(_C['all_resumed']['then'])})?(?=[，,。；;！!]|$)")
_COMMAS = frozenset(",，")


def _resumed_by_now(m, article_date: dt.date | None) -> bool:
    """A match of _ALL_RESUMED that tells of a fact: its since day (3月25日起全部复产), if any, not after
    the article's date. A day after it is a schedule (SPEC §4: plans are no facts)."""
    if m is None:
        return False
    if m["month"] is None or article_date is None:
        return True
    month = int(m["month"]) if m["month"].isdigit() else parse_chinese_number(m["month"])
    day = (int(m["day"]) if m["day"].isdigit() else parse_chinese_number(m["day"])) if m["day"] else 1
    try:
        since = dt.date(article_date.year, int(month or 0), int(day or 0))
    except (TypeError, ValueError):
        return False
    return since <= article_date
# 规上工业企业已全部复工 + ，共计286家: the clause before a sum-only clause ends saying all resumed.
_ALL_RESUMED_ENDS = _on_re("_ALL_RESUMED_ENDS",
    rf"(?:{alternation(_C['all_resumed']['all'])})(?:{_RESUME_WORDS})$")
_SUM_ONLY_OPENERS = frozenset(_C["all_resumed"]["sum_after"]) | {""}
_SUM_ONLY_HEADS = frozenset(_C["all_resumed"]["sum_heads"]) | {""}  # …共计143家企业: nothing else after the count


_STAFF_NOUNS = tuple(_C["all_resumed"]["staff"])


def _staff_back_with_firms(r: ArticleCues, category: str, num: NumberMention, hi: int) -> Cue | None:
    """The firms' resume word of the clause after a count of staff (4300余名员工实行闭环管理，率先恢复
    生产; 职工1.2万人，已全部复工): the staff counted are back at work, as 复工人员 says (cues.json
    _all_resumed, staff). None for any other count."""
    if category != "workers_returned" or not r.text.startswith(_STAFF_NOUNS, num.end):
        return None
    return r.count_cues["enterprises_resumed"].first_after(hi + 1, r.geo.clause_of(hi + 1)[1])


def _count_cue(r: ArticleCues, category: str, unit: str, num: NumberMention, clause, sentence):
    text, (lo, hi) = r.text, clause
    cues = r.count_cues[category]
    found = None
    for scope in _COUNT_SCOPES[category]:
        if scope == "clause_before":
            cue = cues.last_before(lo, num.start)
            if cue is None and lo > sentence[0] and text[lo - 1] in _COMMAS \
                    and text[lo:num.start].strip(" ") in _SUM_ONLY_OPENERS and text[num.end:hi].strip(" ") in _SUM_ONLY_HEADS:
                before = r.geo.clause_of(lo - 1)
                done = _ALL_RESUMED_ENDS.search(text, before[0], lo - 1)
                if done and not text.endswith(_RESUME_NEGATIONS, before[0], done.start()):
                    cue = cues.last_before(before[0], lo - 1)  # 已全部复工，共计286家: the firms that resumed
            if cue and any(w in text[cue.end:num.start] for w in _TRADED_BETWEEN.get(category, ())):
                continue  # 免费发放种子的同时助销蔬菜3500袋: goods sold, not the goods given
            between = (cue.end, num.start) if cue else None
        elif scope == "clause_after":
            cue = cues.last_before(num.end, hi) if _labelled_after(text, num, hi) else cues.first_after(num.end, hi)
            if cue is None and hi < sentence[1] and text[hi] in _COMMAS \
                    and _resumed_by_now(_ALL_RESUMED.match(text, hi + 1), r.article_date):
                # 外贸企业136家，已全部复工: the next clause says all of them resumed.
                cue = cues.first_after(hi + 1, r.geo.clause_of(hi + 1)[1]) or _staff_back_with_firms(r, category, num, hi)
            between = (num.end, cue.start) if cue else None
            if cue is None and text.startswith("(", hi):
                # 18个在建项目（总投资约23亿元）已全部复工: the aside's own counts (含3家…) are no nearer ones
                cue = _resumed_past_aside(r, cues, num, hi)
                between = (cue.start, cue.start) if cue else None
        elif scope == "carried_by":
            cue = _carried_by(r, cues, num, clause, sentence)
            between = None  # the cue is in an earlier clause: no nearer count of its own to weigh
        elif scope == "handed_over":
            cue = _goods_handed_over(r, cues, num, clause, sentence)
            between = None  # the cue is in an earlier clause: no nearer count of its own to weigh
        elif scope == "label":
            cue = _cue_of_line_label(r, cues, category, num, clause)
            between = None  # the label names this figure alone: no nearer count of its own to weigh
        else:
            if cues.any_in(lo, hi) or r.requested_cues[category].any_in(lo, hi):
                break  # a cue in the clause that does not govern this figure (or 另有40家企业申请复工: a
                # request): not a list item
            row = _list_head(r, num, clause, sentence, lambda row: row.unit == unit)
            head = None if row is not None else _bare_head(r, cues, num, clause, sentence, _COUNT_CUE_WORDS[category][0])
            changed = None if row is not None or head is not None \
                else _level_after_change(r, category, num, clause, sentence)
            whole = None if row is not None or head is not None or changed is not None \
                else _part_of_all_resumed(r, cues, num, clause, sentence)
            if row is not None:
                found = (row.category, unit, f"count:{scope}:{_cue_of(row.rule)}")
            elif head is not None:
                found = (category, unit, f"count:{scope}:{head.word}")
            elif changed is not None:
                found = (category, unit, f"count:level_after_change:{changed.word}")
            elif whole is not None:
                found = (category, unit, f"count:{scope}:{whole.word}")
            if found is not None and changed is None and _part_resumed_next(r, category, num, clause, sentence,
                                                                           resume_word_opens=True):
                return None  # 其中，外资企业45家，已复工41家: the group, of which 41 resumed
            if found is not None and changed is None and any(w in text[lo:hi] for w in _PICKED_BY_OUTPUT):
                return None  # 其中21家产能已超过疫情前水平: firms picked by output (cues.json _item_picked_by_output)
            break
        if cue is None:
            continue
        if between is not None and (_nearer_counts(r, num, between) and not r.markers["fenbie"].any_in(*between)
                and not _listed_after(r, num) and not _rose_from(r, num) and not _heads_list_after_fenbie(r, num, lo)
                and not (scope == "clause_after" and _heads_count_list(r, num, cue.start))):
            continue  # 99家市场有98家复市: the nearer count is the resumed one
        if scope == "clause_after" and _count_follows(text, cue.end, hi, num.unit):
            return None  # 68个重点项目已复工65个: the count after the cue is the resumed one
        if scope == "clause_after" and _share_of_count_before(r, num, cue.start):
            return None  # 1200多家经营主体已有九成以上复工: the whole the share is of
        if scope == "clause_after" and text.startswith(_RATE_ENDINGS, cue.end):
            return None  # 2317家规上企业复工率达99.1%: the group a rate is of, not those resumed
        if scope == "clause_before" and _part_resumed_next(r, category, num, clause, sentence):
            return None  # 纳入复工复产白名单的企业有247户，已复工复产223户: 247 is the group
        if any(w in cue.word for w in _PICKED_BY_OUTPUT) and (scope != "clause_after" or _opens_with_qizhong(text, lo)):
            return None  # 复产企业86家，其中9家实现满负荷生产: a part picked by output (_item_picked_by_output);
            # 实现满负荷生产，新增企业15家: it names the firms before it only
        found = (category, unit, f"count:{scope}:{cue.word}")
        break
    if found is None or (category in INDICATORS and _firm_speaks(r, category, num, clause, sentence)):
        return None
    return found


_RESUMED_ADVERBS_PAST_ASIDE = short_pattern(rf"(?:{alternation(_C['all_resumed']['before'])})?"
                                           rf"(?:{alternation(_C['all_resumed']['all'])})?")


def _resumed_past_aside(r: ArticleCues, cues: CueIndex, num: NumberMention, open_at: int) -> Cue | None:
    """The resume word right after the bracketed aside opening at `open_at`, where the count's own
    clause is cut (ArticleCues.own_clause), with only 已, 均已, 全部 … between (cues.json
    _resumed_past_aside): 18个在建项目（总投资约23亿元）已全部复工 counts projects back at work; not
    when a count of its own follows the resume word (12个项目（…）已复工10个: 10 are back)."""
    text = r.text
    clause_end = r.geo.clause_of(open_at)[1]
    close = text.find(")", open_at, clause_end)
    if close < 0:
        return None
    adverbs = _RESUMED_ADVERBS_PAST_ASIDE.match(text, close + 1, clause_end)
    cue = cues.first_after(adverbs.end(), clause_end)
    if cue is None or cue.start != adverbs.end() or _count_follows(text, cue.end, clause_end, num.unit):
        return None
    return cue


def _part_of_all_resumed(r: ArticleCues, cues: CueIndex, num: NumberMention, clause, sentence) -> Cue | None:
    """The cue of a clause earlier in the sentence saying all the firms resumed, when the count's
    clause opens with 其中 and holds nothing after the count but a firm's noun (规上企业已全部复工复产，
    复工率达100%，其中纺织服装企业十余家): a part of the firms that all resumed, resumed too, as
    已全部复工，共计286家 counts them (cues.json _all_resumed). A count between them is the whole
    the 其中 breaks down (its row is the list's head), and a negation before 全部 leaves those not back."""
    text, (lo, hi) = r.text, clause
    if not _opens_with_qizhong(text, lo) or text[num.end:hi].strip(" ") not in _SUM_ONLY_HEADS:
        return None
    prev = r.geo.previous_clause(clause, sentence)
    while prev is not None and not r.count_between(num.unit, *prev):
        done = _ALL_RESUMED_ENDS.search(text, prev[0], prev[1])
        if done is not None:
            return None if text.endswith(_RESUME_NEGATIONS, prev[0], done.start()) else cues.last_before(prev[0], prev[1])
        prev = r.geo.previous_clause(prev, sentence)
    return None


_CARRIED = _C["carried_by"]
_VEHICLES = tuple(_CARRIED["vehicles"])
# 将126名务工人员送往…: a few words, 将/把, the count (its own span), then the people and a verb of sending.
_CARRIES = _on_re("_CARRIES",
    rf"^[\p{{Han}}]{{0,{_CARRIED['lead_most']}}}?(?:{alternation(_CARRIED['carry'])})$")
_CARRIED_PEOPLE = _on_re("_CARRIED_PEOPLE",
    rf"^(?:{alternation(_CARRIED['people'])})(?:{alternation(_CARRIED['send'])})")


# 1100多名务工人员经过体温检测…: a few words or an origin (来自广西百色、河池的), the count, then the people.
_ARRIVING_LEAD = _on_re("_ARRIVING_LEAD",
    rf"^(?:[\p{{Han}}]{{0,{_CARRIED['lead_most']}}}"
    rf"|(?:{alternation(_CARRIED['origin_lead'])})[\p{{Han}}、]{{1,{_CARRIED['origin_most']}}}的)$")
_ARRIVING_PEOPLE = _on_re("_ARRIVING_PEOPLE", rf"^(?:{alternation(_CARRIED['people'])})")
# …务工人员陆续下车 / 乘车抵达中山: the people arrive or get off a few words after them.
_PEOPLE_ARRIVE = _on_re("_PEOPLE_ARRIVE",
    rf"^[\p{{Han}}]{{0,{_CARRIED['arrive_gap_most']}}}?(?:{alternation(_CARRIED['arrive'])})")
_VEHICLE_ARRIVES = tuple(_CARRIED["vehicle_arrives"])


def _carried_by(r: ArticleCues, cues: CueIndex, num: NumberMention, clause, sentence) -> Cue | None:
    """The cue of a vehicle that carries the count's people (返岗专车…，将126名务工人员送往苏州), named
    before the count's clause in its sentence (cues.json _carried_by), or None; also of one that
    brought them (返岗专列驶入东莞东站，1100多名务工人员…; …返岗专列开出，近900名务工人员乘车抵达中山)."""
    text, (lo, hi) = r.text, clause
    cue = cues.last_before(sentence[0], lo)
    if cue is None or not text.startswith(_VEHICLES, cue.end):
        return None
    if _CARRIES.search(text[lo:num.start]) is not None and _CARRIED_PEOPLE.search(text[num.end:hi]) is not None:
        return cue
    return cue if _brought_by(r, cue, num, clause, sentence) else None


_HANDED_OVER = _C["handed_over"]
# 送来了 + (整整) + 两千只: a verb of handing over, at most a few characters, then the count.
_HANDED_OVER_BEFORE = _on_re("_HANDED_OVER_BEFORE",
    rf"(?:{alternation(_HANDED_OVER['verbs'])})[\p{{Han}}]{{0,{_HANDED_OVER['between_most']}}}$")
_HANDED_OVER_REACH = max(map(len, _HANDED_OVER["verbs"])) + _HANDED_OVER["between_most"]
_WORD_AFTER = _on_re("_WORD_AFTER", r"[\p{Han}A-Za-z]")
# 每家企业 + (不少于) + 200人份: a clause opening with each recipient, at most a bound's words, then the count.
_EACH_GETS_BEFORE = _on_re("_EACH_GETS_BEFORE",
    rf"^(?:{alternation(_C['in_kind_each_recipient'])})[\p{{Han}}]{{0,{_HANDED_OVER['each_between_most']}}}$")


def _each_gets_goods(text: str, num: NumberMention, clause) -> bool:
    """Whether a count of goods (in_kind's items counters) stands in a clause that opens with each
    recipient and at most a bound's words before it (免费发放口罩，每家企业不少于300只): what each one gets,
    a count of goods (scope handed_over), not the one an amount is paid for (每吸纳1名)."""
    return ("in_kind", "items") in COUNTED_AS.get(num.unit, ()) \
        and _EACH_GETS_BEFORE.search(text[clause[0]:num.start].strip()) is not None


def _goods_handed_over(r: ArticleCues, cues: CueIndex, num: NumberMention, clause, sentence) -> Cue | None:
    """The goods cue named last before the count's clause in its sentence, when the count stands
    right after a verb of handing over and names nothing after its counter (那时候最缺的就是口罩，
    开发区一次就给我们送来了两千只: the masks): cues.json _handed_over; else None."""
    text, (lo, hi) = r.text, clause
    if cues.any_in(lo, hi) or _WORD_AFTER.match(text, num.end, hi) is not None:
        return None  # goods of its own named in the clause, or after the count (送来了两千只鸡苗)
    if _HANDED_OVER_BEFORE.search(text, max(lo, num.start - _HANDED_OVER_REACH), num.start) is None \
            and not _each_gets_goods(text, num, clause):
        return None  # neither 送来了两千只 nor 免费发放抗原试剂，每家企业不少于200人份 (what each one gets)
    return cues.last_before(sentence[0], lo)


_LINE_BULLETS = _C["as_of_block_caption"]["bullets"]


def _line_label(r: ArticleCues, num: NumberMention, clause) -> tuple[int, int] | None:
    """The label opening the figure's line right before its clause (发放口罩：4.2万只, ●尚未复工企业：2家),
    when the clause holds nothing before the figure: a key–value line's label is what a clause before
    the figure would say in running text (发放口罩4.2万只). None otherwise."""
    lo = clause[0]
    if lo < 2 or r.text[lo - 1] not in _LABEL_MARKS or r.text[lo:num.start].strip():
        return None  # most figures: no label mark right before their clause
    label = r.geo.clause_of(lo - 1)
    line_start = r.text.rfind("\n", 0, lo) + 1
    if label[0] < line_start or r.text[line_start:label[0]].strip(_LINE_BULLETS + " "):
        return None
    return label[0], lo - 1


def _cue_of_line_label(r: ArticleCues, cues: CueIndex, category: str, num: NumberMention, clause) -> Cue | None:
    """The last cue of the label opening the figure's line (发放口罩：4.2万只 → 口罩), read as the clause
    before the figure is in running text; none when a blocker of the category stands in the label
    (口罩日产量：4.2万只: production, no goods given)."""
    label = _line_label(r, num, clause)
    if label is None:
        return None
    blockers = r.blockers[category]
    if blockers.cues and _blocked(r, blockers, category, num, *label):
        return None
    return cues.last_before(*label)


def _brought_by(r: ArticleCues, cue: Cue, num: NumberMention, clause, sentence) -> bool:
    """The count's clause says its people arrived (近900名务工人员乘车抵达中山) or follows right
    after the clause in which the cue's vehicle arrives (返岗专列缓缓驶入东莞东站，1100多名务工人员…)."""
    text, (lo, hi) = r.text, clause
    people = _ARRIVING_PEOPLE.search(text[num.end:hi])
    if _ARRIVING_LEAD.search(text[lo:num.start]) is None or people is None:
        return False
    if _PEOPLE_ARRIVE.search(text[num.end + people.end():hi]) is not None:
        return True
    prev = r.geo.previous_clause(clause, sentence)
    return prev is not None and any(w in text[max(prev[0], cue.end):prev[1]] for w in _VEHICLE_ARRIVES)


def _nearer_counts(r: ArticleCues, num: NumberMention, between: tuple[int, int]) -> int:
    """How many counts of the figure's unit stand between it and its cue, the lower bound of its own
    range aside (已复工企业300至500家: 300 is no nearer count of 复工 than 500, the two bounds are
    one fact, as a range of amounts or rates is)."""
    # 3500名员工中已有3320人到岗: 人 and 名 count the same people (cues.json _same_counters)
    nearer = sum(r.count_between(counter, *between) for counter in _counters_like(num.unit))
    if nearer and num.qualifier == "at_most" and _range_bound(r, num) \
            and between[0] <= r.number_near(num, -1).start < between[1]:
        nearer -= 1
    return nearer


def _part_resumed_next(r: ArticleCues, category: str, num: NumberMention, clause, sentence, *,
                       resume_word_opens: bool = False) -> bool:
    """The clause after the count opens with 已 and counts, after a resume word, those of the same
    unit that resumed (…的规上工业企业有247户，已复工复产223户; after a 截至 date: …230家，截至3月2日已复工
    201家): the count is the group. For a count
    its own clause names with no cue (a list under a label), a clause opening with the resume word
    itself does too (`resume_word_opens`: 复工复产：全县规上工业企业132家，复工129家); not for a count
    of resumed firms (新增复工企业42家，复工总数达到318家: both are rows)."""
    text, hi = r.text, clause[1]
    if hi >= sentence[1] or text[hi] not in _COMMAS or "已" in text[clause[0]:num.start]:
        return False  # 已复工企业312家，已复工复产的规上企业186家: both resumed
    nxt = r.geo.clause_of(hi + 1)
    cue = r.count_cues[category].first_after(hi + 1, nxt[1])
    opens = hi + 1
    dated = _AS_OF.match(text, opens, nxt[1])
    if dated is not None:
        opens = dated.end()  # 区内共有物流企业230家，截至3月2日已复工201家: the date, then 已
    if not text.startswith(_PART_OPENERS_AFTER, opens) and not (resume_word_opens and cue is not None and cue.start == opens):
        return False  # neither 已… nor, for a count no cue of its own names, the resume word (复工129家)
    later = r.number_near(num, 1)
    return cue is not None and later is not None and later.unit == num.unit and cue.end <= later.start < nxt[1]


_PICKED_BY_OUTPUT = tuple(_C["item_picked_by_output"])
_PART_OPENERS_AFTER = ("已", "目前已", "现已")  # not 其中: 复工企业312家，其中已复工的规上企业186家 counts a part of the resumed


_LEVEL_OPENERS = tuple(_C["level_after_change"] + _C["change_to"])


def _level_after_change(r: ArticleCues, category: str, num: NumberMention, clause, sentence) -> Cue | None:
    """The cue of the change a level completes (复工企业较上周增加了300家，达到2100家: the clause
    opens with 达到 and the clause before moved a count by a figure, no row, `_amount_moved`);
    not where that clause holds a blocker of `category` (新开工项目较上周增加了30个)."""
    text = r.text
    if not text.startswith(_LEVEL_OPENERS, clause[0]):
        return None
    prev = r.geo.previous_clause(clause, sentence)
    before = r.number_near(num, -1)
    if prev is None or before is None or before.unit != num.unit or not prev[0] <= before.start < prev[1] \
            or not _amount_moved(r, before, prev, sentence):
        return None
    blockers = r.blockers[category]
    if blockers.cues and blockers.any_in(*prev):
        return None
    return r.count_cues[category].last_before(prev[0], before.start)


_RATE_MOVED = tuple(_C["change_by"] + _C["rate_compared_by"])
_RATE_RANKED = tuple(_C["rate_ranked"])
_RANK = _C["rate_rank_ordinals"]
# 排名全市第三 / 位居前五 / 排第6位: an ordinal closing the clause (not 第一季度, a period).
_RANK_ORDINAL = _on_re("_RANK_ORDINAL",
    rf"(?:{alternation(_RANK['marks'])})[\d{_RANK['numerals']}]{{1,{_RANK['most_digits']}}}(?:{alternation(_RANK['places'])})?$")
_SUPPORT_LEVEL_ONLY = tuple(_C["support_rate_level_openers"])
_SUPPORT_LEVEL_OPENERS = _SUPPORT_LEVEL_ONLY + tuple(_C["change_down"])
_RATE_LEVEL_OPENERS = _LEVEL_OPENERS + tuple(_C["change_down"]) + _SUPPORT_LEVEL_ONLY
_CLAUSE_TRAIL = ",，、 "
_CHANGE_FROM_WORDS = tuple(_C["change_from"])
_CHANGE_FROM_MOST = 6  # 由 / 由上周的 / 从2月底的: characters from the clause's start to the old rate


_LEVEL_OPENER_LEADS = tuple(sorted(_C["level_opener_leads"], key=len, reverse=True))
_RESTATING = _C["restated_level_openers"]
_RESTATING_WORDS = tuple(sorted(_RESTATING["words"], key=len, reverse=True))
_RESTATING_NOT = tuple(_RESTATING["not"])


def _restating_opener(text: str, pos: int) -> int:
    """The length of a word restating the clause before (即, 也就是) opening a clause at `pos`,
    else 0 (cues.json _restated_level_openers)."""
    if text.startswith(_RESTATING_NOT, pos):
        return 0
    return next((len(w) for w in _RESTATING_WORDS if text.startswith(w, pos)), 0)


def _moved_between(r: ArticleCues, num: NumberMention) -> bool:
    """Whether `num` is a bound of a range read as 由/从 X 到 Y (复工率由55%到92%, 从六成到九成): an
    indicator's level moving from X to Y, each an exact level, not bounds (cues.json change_from;
    not …到…之间 nor …不等, a spread)."""
    lo, hi = (num, r.number_near(num, 1)) if num.qualifier == "at_least" else (r.number_near(num, -1), num)
    if lo is None or hi is None or lo.qualifier != "at_least" or hi.qualifier != "at_most" or lo.end != hi.end:
        return False
    text = r.text
    return text[hi.start - 1:hi.start] == "到" and text.endswith(_CHANGE_FROM_WORDS, 0, lo.start) \
        and not text.startswith(_SPREAD_AFTER, hi.end)


_SPREAD_AFTER = ("之间", "不等", "区间")


_FORMER_COUNT_RESTORED = _C["former_count_restored"]
# 恢复到疫情前的 / 已基本恢复至正常水平的: a clause opening with a verb of coming back to a former level,
# right up to the share (cues.json _former_count_restored).
_RESTORED_TO_FORMER = _on_re("_RESTORED_TO_FORMER",
    rf"[ ]{{0,2}}(?:{alternation(_FORMER_COUNT_RESTORED['leads'])})?(?P<verb>{alternation(_FORMER_COUNT_RESTORED['verbs'])})"
    rf"(?P<level>{alternation(_FORMER_COUNT_RESTORED['levels'])})(?:{alternation(_FORMER_COUNT_RESTORED['level_ends'])})的?")
# 较节前恢复 / 比疫情前已恢复到: the former level compared with first, the verb of coming back right
# before the share (cues.json _former_count_restored, compared).
_COMPARED_WITH_FORMER = _on_re("_COMPARED_WITH_FORMER",
    rf"[ ]{{0,2}}(?:{alternation(_FORMER_COUNT_RESTORED['leads'])})?(?P<ref>{alternation(_FORMER_COUNT_RESTORED['compared'])})"
    rf"(?P<level>{alternation(_FORMER_COUNT_RESTORED['levels'])})(?:{alternation(_FORMER_COUNT_RESTORED['leads'])})?"
    rf"(?P<verb>{alternation(_FORMER_COUNT_RESTORED['compared_verbs'])})")


def _former_count_restored(r: ArticleCues, num: NumberMention, clause, sentence) -> str | None:
    """The words of coming back (恢复到疫情前) when the share is how many of the firms or workers
    counted at the end of the clause before came back, out of their number before
    (复市经营商户2860户，恢复到疫情前的九成以上: cues.json _former_count_restored); else None."""
    text = r.text
    m = _RESTORED_TO_FORMER.match(text, clause[0], num.start)
    if m is None or m.end() != num.start:
        m = _COMPARED_WITH_FORMER.match(text, clause[0], num.start)
    prev = r.geo.previous_clause(clause, sentence)
    if m is None or m.end() != num.start or prev is None:
        return None
    row = r.last_row_before(num.start)
    if row is None or row.category not in _FORMER_COUNT_RESTORED["counts_of"] or row.span_start < prev[0] \
            or text[row.span_end:prev[1]].strip(_CLAUSE_TRAIL):
        return None  # the clause before does not end with a count of those back at work
    return m.group("verb") + m.group("level")


_RESTORED_LATER = _C["rate_restored_later"]
# 现已回升至85%: a clause opening with now, done and a verb of coming back, right up to the figure
# (cues.json _rate_restored_later).
_RATE_RESTORED_LATER = _on_re("_RATE_RESTORED_LATER",
    rf"[ ]{{0,2}}(?:{alternation(_RESTORED_LATER['leads'])})?(?:{alternation(_RESTORED_LATER['done'])})?"
    rf"(?:{alternation(_RESTORED_LATER['verbs'])})$")


def _rate_restored_later(r: ArticleCues, num: NumberMention, clause, sentence) -> Cue | None:
    """The indicator's rate word the sentence named last before the figure's clause, when that clause
    opens with a verb of coming back right before the figure (开工率不足五成，经过…，目前已恢复到96%以上)
    and at most one figure (the rate's earlier level) stands between (cues.json _rate_restored_later)."""
    if _RATE_RESTORED_LATER.match(r.text, clause[0], num.start) is None:
        return None
    cue = r.percent.last_before(sentence[0], clause[0])
    if cue is None or cue.role != "rate" or cue.category not in INDICATORS \
            or r.count_between(None, cue.end, clause[0]) > _RESTORED_LATER["figures_most"]:
        return None
    return cue


_RATE_FRAME = _C["rate_frame"]
_RATE_FRAME_OPENERS = tuple(_RATE_FRAME["openers"])
_RATE_FRAME_CLOSERS = tuple(_RATE_FRAME["closers"])
_ALL_HAN = re.compile(rf"[{HAN}]+")


def _frames_by_rate(words: str) -> bool:
    """按复工率排名 / 从各地开工率来看: a clause framing its sentence by a rate (cues.json _rate_frame)."""
    words = words.strip(_CLAUSE_TRAIL)
    return words.startswith(_RATE_FRAME_OPENERS) and words.endswith(_RATE_FRAME_CLOSERS) \
        and len(words) <= _RATE_FRAME["between_most"] + 4 and _ALL_HAN.fullmatch(words) is not None


def _rate_framing_sentence(r: ArticleCues, num: NumberMention, clause, sentence) -> Cue | None:
    """The rate word of a clause opening the figure's sentence that frames it by that rate (按复工率
    排名，甲区、乙县位列前二，均已达到100%), when the figure's clause is a later one that names no cue
    and no percent cue stands between the frame and it (cues.json _rate_frame); else None."""
    first = r.geo.clause_of(sentence[0])
    if clause[0] < first[1] or r.percent_blockers.any_in(*clause):
        return None
    cue = r.percent.last_before(sentence[0], num.start)
    if cue is None or cue.role != "rate" or cue.category not in INDICATORS or cue.end > first[1]:
        return None  # the nearest cue before the figure is not the frame's
    return cue if _frames_by_rate(r.text[first[0]:first[1]]) else None


def _rate_level_after_change(r: ArticleCues, num: NumberMention, clause, sentence) -> Cue | None:
    """The rate a level completes (复工率比上周提高了12个百分点，达到87%; 达产率较2月底提升30%，达
    到75%): the figure's clause opens with a word of level_after_change, and the clause before
    names the rate (the last rate word in it, a blocker after it being the comparison's own
    比上), then how it moved: a verb of change_by, a word of rate_compared_by, or a reference it
    is compared with. A clause with no rate word but blockers (工业增加值增速比一季度提高4个百分点)
    names none. A support's rate may also be stated after a word of change_down or of
    support_rate_level_openers (贷款利率下浮10%，最低3.85%)."""
    text = r.text
    opens = clause[0]
    if text.startswith(_CHANGE_FROM_WORDS, opens):
        # 担保费率减半收取，由1.2%降至0.6%: the level the change word after the old rate opens.
        before = r.number_near(num, -1)
        if before is not None and before.unit == num.unit and opens < before.start <= opens + _CHANGE_FROM_MOST:
            opens = before.end
    lead = next((w for w in _LEVEL_OPENER_LEADS if text.startswith(w, opens)), None)
    if lead is not None:
        opens += len(lead)  # 复工率两周提高三成多，目前达到91%: now, then the level
    elif (point := _MONTH_END_POINT.match(text, opens, clause[1])) is not None:
        # 达产率逐月提高，9月底达到96.2%: a day or month's end the level was observed at (no start or
        # deadline: _MONTH_END_POINT), as 目前 is a time of now; it dates the level (month_end_point)
        if _month_still_ahead(point, r.article_date):
            return None  # 复工率逐月提高，6月底达到100% in a March article: a target, no level seen (SPEC §4)
        opens = point.end()
    restated = _restating_opener(text, opens)
    opens += restated  # 即不超过4.55%: the clause before said again, in a figure
    if restated and r.count_between(None, opens, num.start):
        return None  # only the first figure after 即 restates the clause before
    if not restated and not text.startswith(_RATE_LEVEL_OPENERS, opens):
        return None
    prev = r.geo.previous_clause(clause, sentence)
    if prev is None:
        return None
    index = r.percent
    first, last = bisect.bisect_left(index.starts, prev[0]), bisect.bisect_left(index.starts, prev[1])
    # The rate named last: a blocker after it may be the comparison itself (比上周 holds 比上, 比上年's).
    cue = next((c for c in reversed(index.cues[first:last]) if c.role == "rate"), None)
    if cue is None or (cue.category in INDICATORS and text.startswith(_SUPPORT_LEVEL_ONLY, opens)):
        return None
    if cue.category not in INDICATORS and (restated or text.startswith(_SUPPORT_LEVEL_OPENERS, opens)):
        return cue  # 贷款利率参照LPR执行，最低降至2.95%: a support's rate, its level however it was set
    if restated and not text.startswith(_LEVEL_OPENERS, opens):
        return None  # 复工率提高了10个百分点，即达到90%: an indicator's level still needs its word
    moved = text[cue.end:prev[1]]
    if not (any(word in moved for word in _RATE_MOVED) or _compared(text, cue.end, prev[1])
            or not moved.strip(_CLAUSE_TRAIL) or any(word in moved for word in _RATE_RANKED)
            or _RANK_ORDINAL.search(moved.rstrip(_CLAUSE_TRAIL))):
        return None
    return cue


def _firm_speaks(r: ArticleCues, category: str, num: NumberMention, clause, sentence) -> bool:
    """A firm counting its own people or suppliers (他们共接回22人) is not a zone indicator; an
    official's 我们 (顺庆区副区长：我们从南充市接回120名务工人员, 县长介绍，我们…) speaks for the zone,
    and so does a 我们 counting what only a place has (我们已复工企业268家)."""
    lo, hi = clause
    pronouns = r.markers["firm_subject_pronouns"]  # most texts have none: not looked up
    pronoun = pronouns.last_before(lo, num.start) if pronouns.cues else None
    if pronoun is None or _acted_for_start(r.text, lo, pronoun.start) is not None:
        return False  # 为该公司接回员工120名: the firm acted for
    if category == "enterprises_resumed" and _firms_counted(pronoun, num):
        # 已复产的规上企业共有214家: the firms are what is counted (not 限额以上商贸企业共有312家 after
        # 已复工445家: all of them, no resuming said in their clause)
        return _RATE_AFTER_IN.search(r.text, lo, pronoun.start) is None
    if _pronoun_of_zone(r.text, pronoun.end):
        return False  # 我们开发区累计复工企业621家: the pronoun is the zone's
    if _official_says_before(r.text, sentence[0], pronoun.start):
        return False  # 东湖高新区管委会负责人说，我们已有268家企业复工
    if pronoun.word in _COUNTS_PLACE["pronouns"] \
            and (_pronoun_counts_place(r.text[lo:hi], category) or _pronoun_acts_on_firms(r.text, pronoun.end, num.start)) \
            and not _FIRM_PERSON.search(r.text, max(0, pronoun.start - _FIRM_PERSON_REACH), pronoun.start):
        return False
    return not (_official_speaks(r.text, r.paragraph_start(lo), lo) or _official_answers(r, lo) or r.official_speech)


_INTERVIEWED = _C["interviewed_official"]
_SPEECH = _C["official_speech"]


def _official_speech(text: str) -> bool:
    """A line among the first few names a speech and another is a caption naming an official
    (cues.json _official_speech): the text is that official's words, its 我们 the jurisdiction's."""
    lines = text.split("\n", _SPEECH["lines_most"])[:_SPEECH["lines_most"]]
    if not any(w in line for line in lines for w in _SPEECH["words"]):
        return False  # most texts: no speech named at the top
    return any(0 < len(line) <= _CAPTION_MOST and not any(mark in line for mark in _CAPTION_NOT)
               and _names_an_official(line) for line in lines)


def _interviews_official(text: str) -> bool:
    """A line among the first few that opens, after dashes, with a word of interviewing and names an
    official of a jurisdiction (——访九龙坡区经济信息委主任; not ——访某公司总经理): cues.json
    _interviewed_official."""
    for line in text.split("\n", _INTERVIEWED["lines_most"])[:_INTERVIEWED["lines_most"]]:
        label = line.lstrip(_INTERVIEWED["dashes"])
        opener = next((w for w in _INTERVIEWED["openers"] if label.startswith(w)), None)
        if opener is not None and label != line and _names_an_official(label[len(opener):]):
            return True
    return False


def _official_answers(r: ArticleCues, pos: int) -> bool:
    """The paragraph at `pos` is an answer (答：…) of an interview of an official: the official
    speaks, so a 我们 in it is the jurisdiction's (cues.json _interviewed_official)."""
    return r.interviews_official and _ANSWER_OPENS.match(r.text, r.paragraph_start(pos)) is not None


_FIRM_NOUN_COUNTED = _C["firm_noun_counted"]


def _firms_counted(marker: Cue, num: NumberMention) -> bool:
    """A firm's noun marker (企业共有) right before a count of firms counts those firms (cues.json
    _firm_noun_counted)."""
    return marker.word in _FIRM_NOUN_COUNTED["words"] and num.start - marker.end <= _FIRM_NOUN_COUNTED["gap_most"]


# 某机械厂负责人张经理, 公司总经理李强: a firm and one of its people introduced shortly before a 我们
# (cues.json _firm_person): the pronoun is that firm's, whatever it counts.
_FIRM_PERSON = _on_re("_FIRM_PERSON",
    rf"(?:{alternation(_C['firm_person']['firms'])})(?!{alternation(_C['firm_person']['firms_not_before'])})"
    rf"[^。！？!?\n]{{0,20}}?(?:{alternation(_C['firm_person']['titles'])})")
_FIRM_PERSON_REACH = 80


_COUNTS_PLACE = _C["pronoun_counts_place"]


_ACTS_ON_FIRMS = _COUNTS_PLACE["acts_on_firms"]
# 我们 + 还 + 组织 + 辖区 + 企业: adverbs, the speaker's verb, a few words, the firms it acts on
# (cues.json _pronoun_counts_place).
_PRONOUN_ACTS_ON_FIRMS = re.compile(
    rf"([\u4e00-\u9fff]{{0,{_ACTS_ON_FIRMS['before_most']}}}?)(?:{alternation(_ACTS_ON_FIRMS['verbs'])})"
    rf"([\u4e00-\u9fff]{{0,{_ACTS_ON_FIRMS['gap_most']}}}?)(?:{alternation(_ACTS_ON_FIRMS['firms'])})")


def _pronoun_acts_on_firms(text: str, after: int, end: int) -> bool:
    """The pronoun ending at `after` is the subject of a verb whose object is firms (我们组织企业…,
    我们积极协调重点企业…): the speaker organises or helps firms, so it is no firm counting its own
    staff but a public body, and the count before `end` is the zone's. Not firms it works with
    (我们帮助配套企业: a firm's suppliers) nor a firm word before the verb (我们公司组织企业)."""
    m = _PRONOUN_ACTS_ON_FIRMS.match(text, after, end)
    return m is not None and not any(w in m.group(1) for w in _FIRM_IN_LABEL) \
        and not any(w in m.group(2) for w in _COUNTS_PLACE["firm_partners"])


def _pronoun_counts_place(clause: str, category: str) -> bool:
    """The pronoun's count is of what a place has, not a firm's own staff (cues.json
    _pronoun_counts_place): firms other than its partners, or a place's migrant workers."""
    if category == "enterprises_resumed":
        return not any(w in clause for w in _COUNTS_PLACE["firm_partners"])
    return category == "workers_returned" and any(w in clause for w in _COUNTS_PLACE["workers"])


# 县长介绍，我们…, 东湖高新区管委会负责人说，我们…: an official's title (zones.json speaker_titles),
# at most a name, a verb of saying (firm_speakers says), then the pronoun, all in one sentence.
_OFFICIAL_SAYS = re.compile(
    rf"([^：:\n，,。；;“”]{{0,20}}?(?:{alternation(resource('zones.json')['speaker_titles'])}))"
    rf"[^：:\n，,。；;“”\s\d]{{0,3}}?(?:{alternation(_C['firm_speakers']['says'])})[，,：:]?\s*“?$")


def _official_says_before(text: str, sentence_start: int, pronoun: int) -> bool:
    """An official of a jurisdiction says what follows, right before the pronoun in its sentence."""
    m = _OFFICIAL_SAYS.search(text, max(sentence_start, pronoun - _OFFICIAL_SAYS_REACH), pronoun)
    return m is not None and _names_an_official(m.group(1))


_OFFICIAL_SAYS_REACH = 40  # a body, a title, a name and a verb of saying


# 顺庆区副区长 张涛：, 市人社局局长：: a label opening the paragraph with an official's title
# (zones.json speaker_titles) and a colon, no firm word in it (某公司负责人： is a firm's).
_OFFICIAL_LABEL = re.compile(
    rf"[^：:\n，,。]{{0,20}}?(?:{alternation(resource('zones.json')['speaker_titles'])})[^：:\n，,。]{{0,6}}[：:]")
_FIRM_IN_LABEL = tuple(_C["firm_gives"]["firms"])


def _official_speaks(text: str, paragraph: int, end: int) -> bool:
    """A label of an official of a jurisdiction (顺庆区副区长, 西充县人社局局长; cues.json
    _official_label_bodies) opens the paragraph, or a caption naming one is the line before it
    (【同期声】柳东新区经济发展局 局长 覃志勇); not 车间主任, 项目负责人 or a firm's."""
    m = _OFFICIAL_LABEL.match(text, paragraph, end)
    if m is not None:
        return _names_an_official(m.group())
    caption = _caption_before(text, paragraph)
    return caption is not None and _names_an_official(caption)


def _caption_before(text: str, paragraph: int) -> str | None:
    """The line before the paragraph when it is a speaker's caption (short, no punctuation:
    【同期声】柳东新区经济发展局 局长 覃志勇), else None."""
    if paragraph < 2:
        return None
    caption = text[text.rfind("\n", 0, paragraph - 1) + 1:paragraph - 1]
    return caption if len(caption) <= _CAPTION_MOST and not any(mark in caption for mark in _CAPTION_NOT) else None


_CAPTION_NOT = "。，,；;！？!?"  # a line holding one is a sentence, no caption


_CAPTION_MOST = 40  # a speaker's caption: a body, a title and a name


def _names_an_official(label: str) -> bool:
    if any(w in label for w in _FIRM_IN_LABEL):
        return False
    title = _OFFICIAL_TITLE.search(label)
    # the body before the title (顺庆区副区长), or in it (县长, 副区长: a jurisdiction's head)
    return title is not None and any(w in label[:title.end()] for w in _OFFICIAL_BODIES)


_OFFICIAL_TITLE = re.compile(alternation(resource("zones.json")["speaker_titles"]))
_PRONOUN_ZONE_AFTER = tuple(_C["pronoun_zone_after"])
_PRONOUN_ZONE_NOT = tuple(_C["pronoun_zone_not_after"])


def _pronoun_of_zone(text: str, after: int) -> bool:
    """A zone's word right after 我们/他们 (我们开发区, 我们区的), not a word that only opens with
    one (我们市场的商户, 我们市政公司, 我们区块链实验室: cues.json pronoun_zone_not_after)."""
    return text.startswith(_PRONOUN_ZONE_AFTER, after) and not text.startswith(_PRONOUN_ZONE_NOT, after)
_OFFICIAL_BODIES = tuple(_C["official_label_bodies"])


def _in_firm_speech(r: ArticleCues, num: NumberMention, clause, sentence) -> bool:
    """A firm speaking for itself: inside a quotation in the first person (“我们员工到岗率已达90%”),
    or after a firm's spokesperson and a verb of saying in the sentence (某公司负责人表示，…)."""
    if not r.first_person_anywhere and not r.firm_speakers.cues:
        # A third of the texts: no word of the first person (the first_person markers are those
        # words) and no firm's speaker anywhere, which every reading below needs.
        return False
    start = r.quote_start(num.start)
    said = start if start is not None else sentence[0]
    first_person = r.markers["first_person"].last_before(said, num.start)
    if _speaker_acted_for(r, first_person, said, clause):
        return False  # 厂长说：“管委会帮我们接回40多名工人”: the firm acted for in the figure's clause, the figure the body's
    if start is not None:
        if first_person is not None and not r.markers["zone_wide"].last_before(start, num.start) \
                and not _official_says_before(r.text, sentence[0], first_person.start) \
                and not _pronoun_of_zone(r.text, first_person.end):
            # not 长寿区经信委主任表示：“我们…”: an official's quotation speaks for the zone; nor
            # “我们区的复工率是95.6%”: the pronoun is the zone's
            return True
    speakers = r.firm_speakers
    speaker = speakers.cues and speakers.last_before(sentence[0], num.start)  # most texts quote no firm
    if bool(speaker) and _SAYS.match(r.text, speaker.end) is not None:
        # 副总经理说，高新区包车帮公司接回员工800多名: the firm, named by its noun, acted for by a
        # public body in the figure's clause: the body's figure (cues.json _acted_for_in_quote)
        return not _firm_named_acted_for(r.text, speaker.end, clause, num.start)
    # 【同期声】区内宏达纺织厂负责人 王建国 / 我们已有职工320人返岗，产能恢复到80%: the firm's caption
    # on the line before, its speaker's 我们.
    # _word_before: the sentence is searched once for its first such word, not once per figure
    # for each of the words (a sentence listing twenty figures was scanned twenty times).
    return r.first_person_anywhere and _word_before(r, _FIRST_PERSON, sentence, num.start) \
        and _firm_caption_before(r.text, r.paragraph_start(num.start))


_ACTED_FOR_PUBLIC = tuple(_C["acted_for_in_quote"]["public"])


def _speaker_acted_for(r: ArticleCues, first_person: Cue | None, said: int, clause) -> bool:
    """The speaker's pronoun in the figure's clause is the one a public body acted for (管委会帮我们…,
    新区…接回了我们45名员工): the figure is the body's, whoever the speaker is."""
    return first_person is not None and first_person.start >= clause[0] \
        and _acted_for_by_public(r.text, said, first_person.start)


_FIRM_NOUNS_ACTED_FOR = tuple(_C["acted_for_in_quote"]["firm_nouns"])


def _firm_named_acted_for(text: str, said: int, clause, figure: int) -> bool:
    """In the words a firm's speaker says, the firm named by its noun (公司, 企业) right after a word
    of firm_as_object in the figure's clause before the figure, a public body before that word from
    `said` on (刘经理说，园区帮公司接回员工…): as `_acted_for_by_public` for the pronoun."""
    lo = max(clause[0], said)
    for noun in _FIRM_NOUNS_ACTED_FOR:
        at = text.find(noun, lo, figure)
        if at >= 0 and _acted_for_by_public(text, said, at):
            return True
    return False


def _acted_for_by_public(text: str, quote_start: int, pronoun: int) -> bool:
    """In a quotation (or the sentence a speaker says), the pronoun right after a word making it the one
    acted for (帮我们, 为我们), with a public body before that word from `said` on (管委会帮我们…): what
    follows is that body's doing, not the firm's own figure (cues.json _acted_for_in_quote)."""
    acted = _acted_for_start(text, quote_start, pronoun)
    return acted is not None and any(w in text[quote_start:acted] for w in _ACTED_FOR_PUBLIC)


_RECKONED = _C["saving_reckoned_in_quote"]
# 每个月能少交 + 一千多元 / 一个月能省下房租 + 2000元: a period of one, a few characters, a verb of paying
# less and at most a short object, ending right before the amount (cues.json _saving_reckoned_in_quote).
_SAVING_PER_PERIOD = _on_re("_SAVING_PER_PERIOD",
    rf"(?:{alternation(_RECKONED['periods'])})[^，,。；;！？!?“”]{{0,{_RECKONED['gap_most']}}}?"
    rf"(?:{alternation(_RECKONED['paid_less'])})[\p{{Han}}]{{0,{_RECKONED['object_most']}}}$")
_SAVING_REACH = max(map(len, _RECKONED["periods"])) + _RECKONED["gap_most"] \
    + max(map(len, _RECKONED["paid_less"])) + _RECKONED["object_most"]


# 一个月电费六万多元 / 一年房租120多万元: the speaker's own bill per period, earlier in the quotation.
_BILL_PER_PERIOD = _on_re("_BILL_PER_PERIOD",
    rf"(?:{alternation(_RECKONED['periods'])})[^，,。；;！？!?“”]{{0,{_RECKONED['bill_gap_most']}}}?"
    rf"(?:{alternation(_RECKONED['bills'])})[^，,。；;！？!?“”\d]{{0,{_RECKONED['bill_figure_most']}}}[\d一二三四五六七八九十两几]")
# 这一下省了 + 20万元: a verb of paying less right before the amount, at most a short object between.
_PAID_LESS_RIGHT_BEFORE = _on_re("_PAID_LESS_RIGHT_BEFORE",
    rf"(?:{alternation(_RECKONED['paid_less'])})[\p{{Han}}]{{0,{_RECKONED['object_most']}}}$")


def _saving_against_bill(r: ArticleCues, num: NumberMention, clause, start: int) -> bool:
    """The quotation states the speaker's bill per period before the figure's clause, and the figure is
    what was paid less of it (“我们店一年房租120多万元，这一下省了20万元”: cues.json _saving_reckoned_in_quote)."""
    lo = max(clause[0], start)
    return lo > start and _PAID_LESS_RIGHT_BEFORE.search(r.text, max(lo, num.start - _SAVING_REACH), num.start) is not None \
        and _BILL_PER_PERIOD.search(r.text, start, lo) is not None


def _saving_reckoned_in_quote(r: ArticleCues, num: NumberMention, clause) -> bool:
    """A saving per period reckoned in a person's quoted words (“司机每个月能少交一千多元”), not a
    zone's (no zone-wide word in the quotation before it): cues.json _saving_reckoned_in_quote."""
    start = r.quote_start(num.start)
    if start is None:
        return False  # most figures: outside quotations
    lo = max(clause[0], start, num.start - _SAVING_REACH)
    return (_SAVING_PER_PERIOD.search(r.text, lo, num.start) is not None or _saving_against_bill(r, num, clause, start)) \
        and not r.markers["zone_wide"].last_before(start, num.start)


_PRICE_PAID = _C["price_paid"]
# 实付 + 11元, 实际支付了 + 2.6万元: a verb of paying what was left, adverbs at most, right before the amount.
_PRICE_PAID_BEFORE = re.compile(f"(?:{alternation(_PRICE_PAID['verbs'])})(?:{alternation(_PRICE_PAID['adverbs'])})*$")
_PRICE_PAID_REACH = max(map(len, _PRICE_PAID["verbs"])) + 2 * max(map(len, _PRICE_PAID["adverbs"]))


_PRICE_BOUGHT = tuple(_PRICE_PAID["bought"])
_PRICE_PAID_FUNDS = tuple(_PRICE_PAID["funds"])


# 要交十几万元, 要付了: a verb of having to pay right before the amount (cues.json _former_cost_paid).
_MUST_PAY_BEFORE = re.compile(rf"(?:{alternation(_C['former_cost_paid']['must_pay'])})了?$")
_MUST_PAY_REACH = max(map(len, _C["former_cost_paid"]["must_pay"])) + 1
# 此前高新区需付…的贴息资金: a public body had to pay it out, support, no firm's cost.
_PUBLIC_PAYERS = tuple(_C["former_cost_paid"]["public_payers"])


def _former_cost_paid(text: str, num: NumberMention, clause: tuple[int, int]) -> bool:
    """The amount follows a verb of having to pay in a clause a former time opens before it (以前担保
    一年要交十几万元): what a firm used to pay, no support (cues.json _former_cost_paid)."""
    pay = _MUST_PAY_BEFORE.search(text, max(clause[0], num.start - _MUST_PAY_REACH), num.start)
    if pay is None:
        return False
    former = _FORMER_TIME.search(text, clause[0], pay.start())
    return former is not None and not any(w in text[former.end():pay.start()] for w in _PUBLIC_PAYERS)


def _price_paid(text: str, num: NumberMention, clause: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """The amount is the price a buyer paid after a voucher or subsidy was taken off (实付11元,
    实际支付2.6万元), in a sentence of buying, not a public body paying out a fund it put up
    (安排援企稳岗资金1.5亿元，实际支付1.2亿元): cues.json _price_paid."""
    if _PRICE_PAID_BEFORE.search(text, max(clause[0], num.start - _PRICE_PAID_REACH), num.start) is None:
        return False  # most amounts: no verb of paying what was left
    said = text[sentence[0]:sentence[1]]
    return any(w in said for w in _PRICE_BOUGHT) \
        and not any(w in text[sentence[0]:num.start] for w in _PRICE_PAID_FUNDS)


_PRICE_LEVEL = _C["price_level"]
# 均价因此降至每单 / 运价由每吨90元降至每吨: a price, a few adverbs, its former level or none, a verb of a
# level, a unit of each, ending right before the amount (cues.json _price_level).
_PRICE_LEVEL_BEFORE = _on_re("_PRICE_LEVEL_BEFORE",
    rf"(?:{alternation(_PRICE_LEVEL['prices'])})(?:{alternation(_PRICE_LEVEL['between'])}){{0,2}}"
    rf"(?:(?:{alternation(_C['change_from'])})[^，,。；;！？!?]{{1,16}}?)?"
    rf"(?:(?:{alternation(_PRICE_LEVEL['levels'])})|(?:{alternation(_C['change_from'])}))"
    rf"(?:每[\p{{Han}}]{{1,{_PRICE_LEVEL['per_unit_most']}}})?$")
_PRICE_LEVEL_REACH = 40


def _price_level(text: str, num: NumberMention, clause: tuple[int, int]) -> bool:
    """The amount is a price's level (全县快递均价因此降至每单2.3元左右; 运价由每吨90元降至每吨60元):
    what a thing costs, no amount a support gives (cues.json _price_level)."""
    return _PRICE_LEVEL_BEFORE.search(text, max(clause[0], num.start - _PRICE_LEVEL_REACH), num.start) is not None


_FIRST_PERSON = tuple(_C["first_person"])
_VAGUE_HEADS = tuple(_N["vague_heads"])  # 数, 几, 上: 数十, 几百, 十几, 上千


def _vague_figure(text: str, num: NumberMention) -> bool:
    """A numeral that names no digit of its own (几十万, 数百万, 十几万, 上千: cues.json
    _vague_figure_in_own_words), read by numbers.py as the lower bound of its unit."""
    numeral = text[num.num_start:num.num_end]
    return any(head in numeral for head in _VAGUE_HEADS)


def _firm_caption_before(text: str, paragraph: int) -> bool:
    """The line before the paragraph is a speaker's caption (short, no punctuation) naming a firm."""
    caption = _caption_before(text, paragraph)
    return caption is not None and any(w in caption for w in _FIRM_IN_LABEL) \
        and any(w in caption for w in _FIRM_CAPTION_TITLES)


_FIRM_CAPTION_TITLES = tuple(_C["firm_caption_titles"])


def _firm_names_itself(r: ArticleCues, num: NumberMention, clause, sentence) -> bool:
    """One firm named as the subject before an indicator in its sentence (该公司已复工，到岗员工
    320人 / 我们公司员工到岗率已达90%，产能恢复到八成 / 某电子企业已复工，到岗员工860人): the firm's
    own figure, not the zone's, unless a zone-wide word comes between (该公司所在园区复工率…), or the
    firm, named as its speaker's employer, is acted for by a public body in the figure's clause (某机械公司
    厂长说：“管委会帮我们接回了32名工人”)."""
    if (said := r.quote_start(num.start)) is not None \
            and _speaker_acted_for(r, r.markers["first_person"].last_before(said, num.start), said, clause):
        return False
    names = r.markers["firm_self_names"]
    name = names.cues and names.last_before(sentence[0], num.start)  # most texts have none: not looked up
    if name and _acted_for_start(r.text, sentence[0], name.start) is not None:
        return False  # 接回该企业员工86名, 为该公司接回员工120名: the firm acted for, the zone's figure
    end = name.end if name else _some_firm_end(r.text, sentence[0], num.start)
    if end is None or _firm_named_acted_for(r.text, end, clause, num.start):
        return False  # 该公司经理介绍，管委会帮公司接回员工75名: the firm acted for in the figure's clause
    wide = r.zone_wide_in_sentence
    return not (wide.cues and wide.last_before(end, num.start))


_FIRM_AS_OBJECT = tuple(_C["firm_as_object"])
_AS_OBJECT_PARTICLES = frozenset(_C["firm_as_object_particles"]["particles"])
_AS_OBJECT_NOT_WORDS = tuple(_C["firm_as_object_particles"]["not_words"])


def _acted_for_start(text: str, lo: int, firm_at: int) -> int | None:
    """The start of the word of firm_as_object right before the firm at `firm_at`, past an aspect
    particle (接回了我们32名工人: the firm acted for; cues.json _firm_as_object_particles), else None."""
    end = firm_at
    if firm_at > lo and text[firm_at - 1] in _AS_OBJECT_PARTICLES and not text.endswith(_AS_OBJECT_NOT_WORDS, lo, firm_at):
        end = firm_at - 1
    word = next((w for w in _FIRM_AS_OBJECT if text.endswith(w, lo, end)), None)
    return None if word is None else end - len(word)
# 某电子企业, 某汽车零部件公司: one firm left unnamed, with its trade between 某 and the firm noun.
_SOME_FIRM = re.compile(rf"{_C['some_firm']['some']}(?:(?![{_C['some_firm']['trade_not']}])[\u4e00-\u9fff]){{0,{_C['some_firm']['trade_most']}}}?"
                        rf"(?:{alternation(_C['some_firm']['firms'])})")


def _some_firm_end(text: str, start: int, end: int) -> int | None:
    """The end of the last unnamed firm (某电子企业) written in text[start:end], or None."""
    if _C["some_firm"]["some"] not in text[start:end]:
        return None  # most sentences
    found = None
    for m in _SOME_FIRM.finditer(text, start, end):
        found = m.end()
    return found


def _is_threshold(r: ArticleCues, num: NumberMention) -> bool:
    """A bound that defines a group or states a condition, not a measure: written with 以上/以下,
    or (an amount or a count) after a word of a lower bound (超过, 不低于, 不足), before 的 and who it defines
    (研发投入超过500万元的企业, 1000万元以上的企业) or before 的 closing a condition (业主减免
    三分之一以上租金的，…)."""
    text = r.text
    if text.endswith(_SPEND_BEFORE, 0, num.start) and text.startswith(_SPEND_AFTER, num.end):
        return True  # 满100元减30元的消费券: what one must spend, not what one gets
    if _TIER_CONDITION.match(text, num.end):
        return True  # 达到100万元的，奖励1万元: a tier's condition, the noun after 的 left out
    if num.qualifier != "exact" and text.endswith(_FIRM_MEASURES_BOUNDED, 0, num.start):
        return True  # 月销售额10万元以下免征增值税: the size of a firm that qualifies (cues.json _firm_measure_bound)
    if text[num.end - 2:num.end] not in ("以上", "以下") and not (
            num.qualifier in _GROUP_BOUNDS and num.kind != "percent" and text.startswith("的", num.end)):
        return False  # 超过九成的企业复工: a share of firms, the rate itself
    if num.kind == "percent" and _RATE_THEN_SUBJECT_RESUMED.match(text, num.end):
        return False  # 90%以上的规上工业企业已经复工: the share of firms that resumed, not a condition
    if _bound_of_standard(r, num):
        return False  # 按照每人1200元至1800元的标准向企业拨付: the standard's lower end, no group
    if _sizes_single_items(r, num):
        return True  # 另收到单笔金额低于30万元的各类补助共计152万元: which items the sum lumps together
    group = _THRESHOLD.match(text, num.end)
    if group and _names_the_measure(r, group.end()):
        return False  # 给予20万元至100万元的项目资助: who it is for, then what it is: the measure's head
    return bool(group or _CONDITION_END.match(text, num.end)
                or (text[num.end - 2:num.end] in ("以上", "以下") and _BOUND_THEN_GROUP.match(text, num.end)))


_SINGLE_ITEMS = _C["single_items_sized"]
_SINGLE_ITEM_WORDS = tuple(_SINGLE_ITEMS["each"])


_SINGLE_ITEM_SUMS = tuple(_SINGLE_ITEMS["sum_after"])
_SINGLE_ITEM_REACH = max(map(len, _SINGLE_ITEM_WORDS)) + _SINGLE_ITEMS["reach"]


def _sizes_single_items(r: ArticleCues, num: NumberMention) -> bool:
    """A group's bound right before 的, a few characters after a word of one item's size (单笔金额低于
    30万元的各类补助共计…, 单笔超过500万元的贷款): it says which items are meant, no amount given; an
    upper bound only with their sum after it in the clause, else it caps each item given (发放单笔30万元
    以下的信用贷款) (cues.json _single_items_sized). The caller has seen the bound (以上/以下, or a
    group's qualifier before 的)."""
    text = r.text
    if not text.startswith("的", num.end) or num.qualifier == "at_most":
        return False
    if not any(text.rfind(word, max(0, num.start - _SINGLE_ITEM_REACH), num.start) >= 0 for word in _SINGLE_ITEM_WORDS):
        return False
    if num.qualifier in ("more_than", "at_least"):
        return True  # 单笔超过500万元的贷款: a floor sets the big ones apart, it caps nothing
    clause_end = r.geo.clause_of(num.start)[1]
    return any(text.find(word, num.end, clause_end) >= 0 for word in _SINGLE_ITEM_SUMS)


_STANDARD_NOUNS = tuple(end for end in _C["standard_clause"]["ends"] if end.startswith("的"))


def _bound_of_standard(r: ArticleCues, num: NumberMention) -> bool:
    """A bound that 的标准 follows, after the 按 opening a standard in its clause (按照每人1200元至
    1800元的标准向企业拨付): the amount is what the standard pays, 的 closes no group it defines
    (the 企业 after 标准 is who is paid, not who qualifies). cues.json _standard_clause."""
    text = r.text
    if not text.startswith(_STANDARD_NOUNS, num.end):
        return False
    lo = r.geo.clause_of(num.start)[0]
    return any(opener in text[lo:num.start] for opener in _STANDARD_OPENERS)


def _names_the_measure(r: ArticleCues, pos: int) -> bool:
    """A naming word of money starts at `pos` and closes its clause, after a verb giving the amount
    (给予100万元至1000万元的项目资助): the recipient word before it modifies it (项目资助, 企业补贴)
    rather than closing a group the next figure, standard or share is for (1000万元以上的企业补贴5万元,
    …的项目补贴标准另行制定)."""
    cue = r.money_naming.first_after(pos, pos + 8)
    if cue is None or cue.start != pos or r.text[cue.end:cue.end + 1] not in _CLAUSE_END_CHARS:
        return False  # 投资额500万元至2000万元的项目补贴标准另行制定: the group a standard is for
    clause = r.geo.clause_of(pos)
    return _GIVE_AT.search(r.text, clause[0], pos) is not None  # 给予100万元至1000万元的项目资助


_CLAUSE_END_CHARS = frozenset(_CLAUSE_MARKS + _SENTENCE_BREAKS)  # what ends a clause, one character each


# 单户1000万元及以下小微企业担保业务: a written bound right before who it defines, no 的 between.
_BOUND_THEN_GROUP = _on_re("_BOUND_THEN_GROUP", rf"[\p{{Han}}A-Za-z]{{0,4}}?(?:{_SUBJECT_HEAD.pattern})")


def _in_condition(r: ArticleCues, num: NumberMention, clause) -> bool:
    """The figure is part of a condition that 对 opens and 的 and who it defines close (对复工率达到
    80%的企业，给予奖励; 对用工50人以上、在岗职工超过80%的企业): what a firm must meet, not a fact."""
    text = r.text
    if "对" not in text[clause[0]:num.start]:
        return False  # most figures: no 对 before them in their clause
    opener = None
    for opener in _CONDITION_OPENER.finditer(text, clause[0], num.start):
        pass
    if opener is None:
        return False
    if _bound_in_condition(text, num, opener):
        return True
    close = _THRESHOLD.search(text, num.end, clause[1])
    return close is not None and "对" not in text[num.end:close.start()] \
        and not _GIVES_AMOUNT.search(text, opener.end(), num.start)


_NOT_IN_BOUND_CONDITION = tuple(_C["bound_in_condition"]["not_between"])
_RELATIVE_MARK = _C["bound_in_condition"]["relative_mark"]
_GIVEN_AMOUNT_SUFFIXES = tuple(_C["bound_in_condition"]["noun_suffixes"])  # longest first: 金额 before 额
# 单户授信: the size of each loan, a noun, not 授信 the verb giving it (cues.json _size_of_each).
_SIZE_OF_EACH = tuple(each + credit for each in _C["size_of_each"]["each"] for credit in _C["size_of_each"]["credit"])


def _gives_in_condition(text: str, lo: int, hi: int) -> bool:
    """Whether a word of bound_in_condition.not_between (a verb giving the support, a standard) stands
    in text[lo:hi], the size of each loan (单户授信) not counted as giving it."""
    part = text[lo:hi]
    for size in _SIZE_OF_EACH:
        part = part.replace(size, "")
    for word in _NOT_IN_BOUND_CONDITION:
        if word in part:  # 发放额超过1000万元的经办银行: the amount lent, a noun, no giving
            for suffix in _GIVEN_AMOUNT_SUFFIXES:
                part = part.replace(word + suffix, "")
    # 对小微企业获得的80万元以下贷款: a giving word right before 的 describes the loans, gives nothing
    return any(word in part and part.replace(word + _RELATIVE_MARK, "").count(word)
               for word in _NOT_IN_BOUND_CONDITION)


def _bound_in_condition(text: str, num: NumberMention, opener) -> bool:
    """对10万元以下的贷款全额贴息 / 对单笔300万元以上的贷款给予贴息 / 对年化担保费率不超过1%的担保业务:
    a bounded amount or rate right before 的,
    after the 对 that opens its condition, says which loans (firms …) the measure is for, not what
    it gives; unless the amount is given or a standard between (对小微企业发放5万元以下的贷款:
    cues.json bound_in_condition)."""
    return num.kind in ("money", "percent") and num.qualifier != "exact" \
        and (text.startswith("的", num.end) or _bounded_noun_then(text, num.end)) \
        and not _gives_in_condition(text, opener.end(), num.start)


_BOUNDED_NOUNS = tuple(_C["bound_in_condition"]["nouns"])
_BOUNDED_NOUN_THEN = tuple(_C["bound_in_condition"]["noun_then"])
# 对200万元以下技改贷款，…: a few characters may name the kind of loan before the noun
_BOUNDED_NOUN_AT = _on_re("_BOUNDED_NOUN_AT",
    rf"[\p{{Han}}]{{0,{_C['bound_in_condition']['noun_modifier_most']}}}?"
    rf"(?:{alternation(_BOUNDED_NOUNS)})(?:{alternation(_BOUNDED_NOUN_THEN)})")


def _bounded_noun_then(text: str, pos: int) -> bool:
    """对10万元以下贷款、获得…的创业人员: the loans the bound sizes written right after it, then 的 or a
    list mark going on with the condition (cues.json _bound_in_condition nouns, noun_then)."""
    return _BOUNDED_NOUN_AT.match(text, pos) is not None


_BAND = _C["band_in_condition"]
_BAND_OPENS, _BAND_CLOSES = tuple(_BAND["opens"]), tuple(_BAND["closes"])


def _band_defines_group(r: ArticleCues, num: NumberMention, clause) -> bool:
    """A bound of a band that 在 opens and 之间的 closes (对单户贷款额度在10万元至50万元之间的小额贷款):
    a relative clause saying which loans (firms …) the measure is for, not what it gives; unless a
    verb giving the support or a standard stands before it in its clause (cues.json _band_in_condition)."""
    text = r.text
    if num.qualifier not in ("at_least", "at_most") or not text.startswith(_BAND_CLOSES, num.end):
        return False  # most figures: no band closed by 之间的 right after them
    lower = r.number_near(num, -1)
    start = lower.start if lower is not None and lower.end == num.end else num.start  # the band's lower bound
    return text.endswith(_BAND_OPENS, clause[0], start) \
        and not _gives_in_condition(text, clause[0], start)


_GROUP_BOUNDS = frozenset({"more_than", "at_least", "less_than"})
_FIRM_MEASURES_BOUNDED = tuple(_C["firm_measure_bound"]["measures"])  # 月销售额 + 10万元以下: a threshold
# 达到100万元的，/ 50万元至100万元的；: 的 and a clause's mark right after a figure (cues.json _tier_condition).
_TIER_CONDITION = re.compile(re.escape(_C["tier_condition"]["closer"]) + "[" + re.escape(_C["tier_condition"]["clause_marks"]) + "]")
_SPEND_BEFORE, _SPEND_AFTER = tuple(_C["spend_threshold"]["before"]), tuple(_C["spend_threshold"]["after"])
# 满100元减 + 30元: a spend threshold (its numeral, 元 or none) and a word of taking off, right before the amount.
_COUPON_TAKEN_OFF = re.compile(f"(?:{alternation(_SPEND_BEFORE)})[{DIGIT}.{''.join(_NUMERAL_CHARS)}]+(?:元|块)?"
                               f"(?:{alternation(_C['coupon_taken_off'])})$")
_COUPON_REACH = 16


def _coupon_terms(text: str, num: NumberMention, clause: tuple[int, int]) -> bool:
    """The amount a voucher takes off a bill above its threshold (餐饮券：满100元减30元): the coupon's
    terms, no amount paid; unless given to each person (每人可领取满200元减50元的餐饮券): cues.json
    _spend_threshold, coupon_taken_off."""
    lo = max(clause[0], num.start - _COUPON_REACH)
    return _COUPON_TAKEN_OFF.search(text, lo, num.start) is not None \
        and not any(w in text[clause[0]:num.start] for w in _PERSON_WORDS)


_PER_DEAL_AVERAGE = tuple(_C["per_deal_average"]["words"])


def _per_deal_average(r: ArticleCues, num: NumberMention, clause: tuple[int, int]) -> bool:
    """An amount averaged over the deals handled (平均每笔为企业节约成本约8万元, 笔均放款120万元): a
    figure reckoned from a total and a count of transactions, neither a standard nor what each
    beneficiary got (cues.json _per_deal_average)."""
    return _word_before(r, _PER_DEAL_AVERAGE, clause, num.start)


# 减免三分之一以上租金的，: the clause ends with 的 after the bound and a few words, a condition.
_CONDITION_END = _on_re("_CONDITION_END", r"[\p{Han}]{0,6}的[，,；;]")


_PLAN_IN_MODIFIER = _C["plan_in_modifier"]
# 计划开工建设的 + the noun it modifies: the word, a few Han characters, then 的 (cues.json _plan_in_modifier).
_MODIFIER_END = _on_re("_MODIFIER_END", rf"[\p{{Han}}]{{0,{_PLAN_IN_MODIFIER['gap_most']}}}?的")


def _in_done_modifier(text: str, word: Cue, num: NumberMention, hi: int, cues_after: tuple[str, ...] = ()) -> bool:
    """`word` sits in a 的-phrase modifying a noun before the figure, and the main clause after
    the 的 states a fact done (计划开工建设的28个重点项目已有25个复工): the word says which things
    are counted, it does not govern the figure (cues.json _plan_in_modifier). With `cues_after`,
    one of them must also stand after the 的 in the clause (the count's own cue: 复工)."""
    end = _MODIFIER_END.match(text, word.end, num.start)
    if end is None:
        return False
    if not any(w in text[end.end():num.start] for w in _PLAN_IN_MODIFIER["done"]):
        return False
    return not cues_after or any(w in text[end.end():hi] for w in cues_after)


_DECIDED_IN_NOTICE = _C["decided_in_notice"]
# 拟 right before a verb of giving (拟发放, 拟拨付贴息资金): a payment decided, in a notice (cues.json _decided_in_notice).
_DECIDED_PLAN = re.compile("(?:%s)(?=%s)" % (alternation(_DECIDED_IN_NOTICE["planned"]),
                                             alternation(_DECIDED_IN_NOTICE["verbs"])))
# A notice's title or heading (县财政局贴息资金拟拨付名单公示, 关于…情况的公示, 附件：…拟发放名单公示（第二批）):
# 公示 as its last words, or 公示 with a list word (名单, 明细, 清单); 公示期 (the objection period) is none.
_NOTICE_WORD = re.compile("(?:%s)(?!%s)" % (alternation(_DECIDED_IN_NOTICE["notice_words"]),
                                            alternation(_DECIDED_IN_NOTICE["not_after_notice_word"])))
_NOTICE_AT_END = re.compile(_NOTICE_WORD.pattern + r"\s*(?:[（(][^）)]*[）)])?$")
_NOTICE_LIST_WORDS = tuple(_DECIDED_IN_NOTICE["list_words"])
# A plan word before 拟 in its sentence (高新区下一步拟发放…, 将拟拨付…), or a target anywhere in it (…，力争
# 复工率达到100%): 拟 there is a plan, notice or not. 将 of 现将, 兹将 (现将拟拨付名单公示如下) puts the list
# before the verb, no plan; 将于 after the figure (公示期满后将拨付) times the payment decided (cues.json _decided_in_notice).
_PLAN_BEFORE = re.compile(alternation(_DECIDED_IN_NOTICE["plan_words"]))
_NOT_PLAN_WORDS = tuple(_DECIDED_IN_NOTICE["not_plan"])
_TARGET_WORDS = tuple(_DECIDED_IN_NOTICE["target_words"])


def _planned_in_sentence(text: str, sentence: tuple[int, int], pos: int) -> bool:
    """Whether a plan word (下一步, 计划, 将; none of 现将, 兹将) stands in `sentence` before
    `pos`, or a target word (力争) anywhere in it."""
    before = _PLAN_BEFORE.finditer(text, sentence[0], pos)
    return any(not text.endswith(_NOT_PLAN_WORDS, sentence[0], m.end()) for m in before) \
        or any(w in text[sentence[0]:sentence[1]] for w in _TARGET_WORDS)


def is_notice_heading(line: str) -> bool:
    """Whether `line` reads as a public notice's title or heading (cues.json _decided_in_notice)."""
    line = line.strip()
    if _NOTICE_WORD.search(line) is None:
        return False  # 公示期：5个工作日 names the objection period, no notice
    return _NOTICE_AT_END.search(line) is not None or any(w in line for w in _NOTICE_LIST_WORDS)


@lru_cache(maxsize=8)  # asked for each 拟 and each table of the same (whole) text
def notice_body_start(text: str) -> int | None:
    """Where the lines under a notice's title or heading begin in `text` (the line after the first
    one that is the text's first line or a heading and reads as a notice's title), else None."""
    if not any(w in text for w in _DECIDED_IN_NOTICE["notice_words"]):
        return None  # nearly every text
    pos = 0
    for k, line in enumerate(text.split("\n")):
        if (k == 0 or is_headline(line)) and is_notice_heading(line):
            return pos + len(line) + 1
        pos += len(line) + 1
    return None


def whole_text(text: str, zones) -> tuple[str, int]:
    """The whole article's text and where `text` starts in it: a window of a long text
    (article.WindowZones: `whole`, `offset`) is part of its article, else `text` is the whole."""
    whole = getattr(zones, "whole", None)
    return (whole.text, zones.offset) if whole is not None and hasattr(zones, "offset") else (text, 0)


def in_public_notice(text: str, pos: int, zones=None) -> bool:
    """Whether `pos` stands under a notice's title or heading (县财政局贴息资金拟拨付名单公示, 附件：
    奖补企业名单公示): a line before it, the text's first line or a heading (a short line ending no
    sentence), reads as a notice's title. The title is looked for in the whole article, not only in
    the window of a long text `text` may be (`zones`, a window's view: the list goes on past it)."""
    whole, offset = whole_text(text, zones)
    start = notice_body_start(whole)
    return start is not None and start <= whole.rfind("\n", 0, pos + offset) + 1


def notice_title(text: str, pos: int, zones=None) -> str:
    """The title or heading of the notice `pos` stands under (县财政局贴息资金拟拨付名单公示), "" when
    it stands under none; looked for in the whole article, as `in_public_notice` does."""
    whole, offset = whole_text(text, zones)
    start = notice_body_start(whole)
    if start is None or start > whole.rfind("\n", 0, pos + offset) + 1:
        return ""
    return whole[whole.rfind("\n", 0, start - 1) + 1:start - 1]


def without_decided_plans(words: str) -> str:
    """`words` with each 拟 that marks a payment decided, not planned, cut out (拟贴息金额 → 贴息金额;
    拟设立 kept): what a notice's 拟发放 line or column says once its plan word is read as it means."""
    return _DECIDED_PLAN.sub("", words)


def _decided_in_notice(r: ArticleCues, cue: Cue) -> bool:
    """A plan word that marks a payment decided by review, awaiting only the objection period:
    拟 right before a verb of giving, in a public notice, no plan word before it in its sentence
    nor a target in it (cues.json _decided_in_notice)."""
    if _DECIDED_PLAN.match(r.text, cue.start) is None or not in_public_notice(r.text, cue.start, r.zones):
        return False
    return not _planned_in_sentence(r.text, r.geo.sentence_of(cue.start), cue.start)


# 一要, 二要, 第三要 opening a paragraph: a numbered task ahead (cues.json _tasks_ahead).
_TASK_AHEAD = re.compile(rf"\s*(?:{'|'.join(_C['tasks_ahead']['openings'])})")  # patterns, not words


_TASK_DONE_WORDS = tuple(_C["tasks_ahead"]["done"])
_TASK_PAST_OPENINGS = tuple(_C["tasks_ahead"]["past_openings"])


def _task_heading_before(r: ArticleCues, line) -> bool:
    """The line before is a task's heading alone (二要强化企业帮扶。: one short sentence opening with a
    numbered task), so this paragraph is that task's (cues.json _tasks_ahead heading_most)."""
    if line[0] <= 0:
        return False
    prev = r.geo.line_of(line[0] - 1)
    words = r.text[prev[0]:prev[1]].strip()
    return (0 < len(words) <= _C["tasks_ahead"]["heading_most"] and _TASK_AHEAD.match(words) is not None
            and not any(mark in words[:-1] for mark in "。；;！!？?"))


def _opens_task(r: ArticleCues, line) -> bool:
    """The paragraph `line` opens with a numbered task or follows a task's heading: decided once
    per paragraph, not for each of its figures."""
    key = ("opens_task", line[0])
    found = r.span_checks.get(key)
    if found is None:
        found = r.span_checks[key] = _TASK_AHEAD.match(r.text, line[0]) is not None or _task_heading_before(r, line)
    return found


def _in_task_ahead(r: ArticleCues, num: NumberMention) -> bool:
    """The figure's paragraph opens with a numbered task (一要…, 二要…): what must be done, a plan
    for a total, unless the figure's sentence before it says what was done or stands now
    (已, 目前, 累计, 以来: 一要抓好复工复产。目前全县规上企业复工率已达98%; cues.json _tasks_ahead)."""
    if not _opens_task(r, r.geo.line_of(num.start)):
        return False
    before = r.text[r.geo.sentence_of(num.start)[0]:num.start]
    # 去年疫情期间，…全年兑现贴息资金1290万元: a sentence opening with a past year tells what was done
    return not any(w in before for w in _TASK_DONE_WORDS) and not before.lstrip().startswith(_TASK_PAST_OPENINGS)


def _is_forecast(r: ArticleCues, num: NumberMention, clause) -> bool:
    """预计/力争/有望 before a figure in its clause, or in its sentence when the clause opens with
    其中 (预计全年新增贷款超过600亿元，其中普惠小微贷款110亿元: a part of the target), in a clause
    that holds a figure (the whole the part is of): a target, not a fact."""
    forecasts = r.markers["forecast"]
    if not forecasts.cues:
        # most texts have none; 将积极争取人行…: 争取 hidden by not_forecast, yet still a plan
        return _won_still_sought(r, clause, num)
    cue = forecasts.last_before(clause[0], num.start)
    if cue is not None and cue.word in _PLAN_IN_MODIFIER["forecast"] and forecasts.last_before(clause[0], cue.start) is None \
            and _in_done_modifier(r.text, cue, num, clause[1]):
        return False  # 计划开工建设的28个重点项目已有25个复工: the projects planned, the count a fact
    if cue is not None and forecasts.last_before(clause[0], cue.start) is None and _decided_in_notice(r, cue):
        return False  # 拟发放补贴资金合计98.2万元 under a 公示 title: decided, awaiting objections only
    if cue is not None and forecasts.last_before(clause[0], cue.start) is None and _object_marked_by_jiang(r, cue, num):
        return False  # 还将担保费率由1.5%降至0.8%: 将 marks the object (= 把), a level set, not what will come
    if cue is not None:
        # 为三一重工争取贴息贷款3亿元: won for a firm the text names, as 为企业争取 is (not_forecast)
        return not (cue.word in _WON_VERBS and _WON_FOR.search(r.text, clause[0], cue.start)
                    and forecasts.last_before(clause[0], cue.start) is None
                    and not any(w in r.text[clause[0]:cue.start] for w in _C["won_for_named"]["not_after"]))
    if _won_still_sought(r, clause, num):
        return True  # 下一步，…将积极争取人民银行再贷款10亿元: 争取 hidden by not_forecast, yet still a plan
    if _sizes_forecast_before(r, forecasts, clause, num):
        return True  # 预计下月初拨付，规模约1500万元: the size of the payment expected
    if not r.text.startswith(_PART_OF_BEFORE, clause[0]):
        return False
    sentence_start = r.geo.sentence_of(num.start)[0]
    cue = forecasts.last_before(sentence_start, num.start)
    if cue is not None and not r.count_between(None, *r.geo.clause_of(cue.start)):
        return False  # 积极争取直供电政策，新增贷款9亿元，其中…: the word's clause sizes no whole, its object is its own
    # 拟发放资金合计98万元，其中稳岗补助40万元 under a 公示 title: the whole decided, so its parts too
    return cue is not None and not (forecasts.last_before(sentence_start, cue.start) is None
                                    and _decided_in_notice(r, cue))


_SIZE_CLAUSE = _C["forecast_size_clause"]
# 规模约|1500万元: a clause that only sizes what the clause before it said (cues.json _forecast_size_clause).
_SIZE_OPENING = re.compile(
    rf"(?:{alternation(_SIZE_CLAUSE['size_words'])})(?:{alternation(_SIZE_CLAUSE['links'])})?")


# The longest clause opening _SIZE_OPENING can match, with room for the spaces the strip takes off.
_SIZE_OPENING_MOST = max(map(len, _SIZE_CLAUSE["size_words"])) + max(map(len, _SIZE_CLAUSE["links"])) + 16


def _sizes_forecast_before(r: ArticleCues, forecasts, clause, num: NumberMention) -> bool:
    """Whether the figure's clause is a size word and the figure only (规模约1500万元) and the clause
    before it in its sentence holds a forecast word (第二批资金预计下月初拨付): the expected payment's size."""
    if num.start - clause[0] > _SIZE_OPENING_MOST \
            or _SIZE_OPENING.fullmatch(r.text[clause[0]:num.start].strip(" \u3000")) is None:
        return False  # most figures: more is written before them in their clause than a size word
    before = r.geo.previous_clause(clause, r.geo.sentence_of(num.start))
    if before is None:
        return False
    cue = forecasts.last_before(before[0], before[1])
    return cue is not None and not _decided_in_notice(r, cue)


_PLANNED_WON = _C["planned_before_won"]
_PLANNED_WON_WORDS = tuple(_PLANNED_WON["won"])
if not set(_PLANNED_WON_WORDS) <= set(_C["not_forecast"]):
    raise ResourceError("cues.json planned_before_won.won: every word must be one of not_forecast")
# 将积极争取人民银行…: a word of the future and at most two adverbs right before a won word (cues.json _planned_before_won).
_PLANNED_BEFORE_WON = _on_re("_PLANNED_BEFORE_WON",
    rf"(?:{alternation(_PLANNED_WON['before'])})(?:{alternation(_PLANNED_WON['adverbs'])}){{0,2}}"
    rf"(?:{alternation(_PLANNED_WON_WORDS)})")
_NEXT_STEP_OPENERS = tuple(_PLANNED_WON["sentence_openers"])
_SEEK = ("争取",)
_SEEK_WORD = literal_scanner(_SEEK)


def _won_still_sought(r: ArticleCues, clause, num: NumberMention) -> bool:
    """Whether a word of money won (争取上级, 争取人行: not_forecast, which hides its 争取) in the
    figure's clause before it is still to be sought: a word of the future right before it
    (将积极争取人民银行…) or a sentence opening with what comes next (下一步，…争取人行…)."""
    lo, pos = clause[0], num.start
    if not _written(r, _SEEK_WORD):
        return False  # nine texts in ten write no 争取: no clause of theirs is looked up (asked for every figure)
    if not _word_before(r, _SEEK, clause, pos) or not _word_before(r, _PLANNED_WON_WORDS, clause, pos):
        return False  # the clause's words looked for once, not in a copy of its head per figure
    if _PLANNED_BEFORE_WON.search(r.text, lo, pos):
        return True
    return r.text[r.geo.sentence_of(num.start)[0]:pos].lstrip().startswith(_NEXT_STEP_OPENERS)


_DISPOSAL_JIANG = _C["disposal_jiang"]
# 还将 + an object + a verb setting a level (or 由 the old level 至), ending right at the figure (cues.json _disposal_jiang).
_LEVEL_SET_AFTER_OBJECT = re.compile(
    rf"(?P<object>[^，,。；;：:！!？?]{{1,{_DISPOSAL_JIANG['object_most']}}}?)"
    rf"(?:(?:{alternation(_DISPOSAL_JIANG['from'])})[^，,。；;：:！!？?]{{1,{_DISPOSAL_JIANG['from_level_most']}}}?"
    rf"(?:{alternation(_DISPOSAL_JIANG['to_after_from'] + _DISPOSAL_JIANG['sets_level'])})"
    rf"|(?:{alternation(_DISPOSAL_JIANG['sets_level'])}))$")


def _object_marked_by_jiang(r: ArticleCues, cue: Cue, num: NumberMention) -> bool:
    """Whether the forecast word is 还将 whose 将 marks the object, terms of a support, of a verb setting
    a level that the figure is (还将贷款最高额度提高至20万元): the level set, a measure taken, not a plan;
    unless the sentence said before that it tells what is next (下一步，…还将…)."""
    if cue.word not in _DISPOSAL_JIANG["words"]:
        return False
    m = _LEVEL_SET_AFTER_OBJECT.match(r.text, cue.end, num.start)
    if m is None or not any(w in m.group("object") for w in _DISPOSAL_JIANG["terms"]):
        return False  # 还将贷款期限延长至3年并新增投放贷款5亿元: the 5亿元 is no level set
    return not any(w in r.text[r.geo.sentence_of(cue.start)[0]:cue.start] for w in _DISPOSAL_JIANG["plans_before"])


# 率先将…资金规模由|5000万元: 将 marking an object that names terms, then 由 and the former amount (cues.json _disposal_jiang).
_TERMS_AFTER_JIANG = re.compile(
    rf"(?<!{alternation(_DISPOSAL_JIANG['not_after_jiang'])}){_DISPOSAL_JIANG['object_marker']}"
    rf"(?P<object>[^，,。；;：:！!？?]{{1,{_DISPOSAL_JIANG['object_most']}}}?)"
    rf"(?:{alternation(_DISPOSAL_JIANG['from'])})[^，,。；;：:！!？?]{{0,{_DISPOSAL_JIANG['from_level_most']}}}$")


def _terms_changed_by_jiang(r: ArticleCues, num: NumberMention, clause) -> bool:
    """The amount follows 将, an object naming terms and 由 in its clause (率先将转贷资金规模由5000万元
    扩大至1亿元): 将 marks the object of the change, and the amount is its size before (cues.json
    _disposal_jiang)."""
    m = _TERMS_AFTER_JIANG.search(r.text, clause[0], num.start)
    return m is not None and any(w in m.group("object") for w in _DISPOSAL_JIANG["terms"])


_SUPPOSED = _C["counterfactual"]
# 假如/倘若/如果 … opening a condition; 如果没有, 如果说 state what did happen (cues.json _counterfactual).
_SUPPOSE_OPENER = re.compile(f"(?:{alternation(_SUPPOSED['openers'])})(?!{alternation(_SUPPOSED['not_after'])})")
_SUPPOSE_WORD = literal_scanner(_SUPPOSED["openers"])  # where an opener may match: its words without the lookahead
_SUPPOSED_END = tuple(_SUPPOSED["supposed_end"])
_STANDARD_IN_CONDITION = tuple(_SUPPOSED["standard_before"])


def _in_supposed_condition(r: ArticleCues, num: NumberMention, clause, sentence) -> bool:
    """The figure is inside a condition supposed, not stated as having happened (cues.json
    _counterfactual): an opener of supposing before it in its clause, no standard granted between
    them, and the condition goes on to what would follow (a later clause, or 的话 after it)."""
    if _search_before(r, _SUPPOSE_WORD, clause, num.start) is None:
        return False  # nearly every figure: no word of supposing before it (the clause scanned once)
    opener = _SUPPOSE_OPENER.search(r.text, clause[0], num.start)
    if opener is None:
        return False  # nearly every figure: nothing supposed
    if any(w in r.text[opener.end():num.start] for w in _STANDARD_IN_CONDITION):
        return False  # 如果企业新招用员工可给予每人1000元补贴: a policy's standard under its condition
    return clause[1] < sentence[1] or any(w in r.text[num.end:clause[1]] for w in _SUPPOSED_END)


_ASKED_FOR = _C["asked_for"]
_ASKED_FOR_WORDS = tuple(_ASKED_FOR["asking"] + _ASKED_FOR["hearsay"] + _ASKED_FOR["proposing"])
# Any of them at all: one search by the regex engine, as nearly every figure has none before it.
_ASKED_FOR_ANY = re.compile(alternation(_ASKED_FOR_WORDS))
# A verb of asking, hearsay or proposing that is no noun: no noun_after word or mark after it (cues.json _asked_for).
_ASKED_FOR_VERB = re.compile(
    f"(?P<word>{alternation(_ASKED_FOR_WORDS)})(?!{alternation(_ASKED_FOR['noun_after'])}|[。；;：:！!？?、）)”\n])")
_ASKED_FOR_NOT_SPEAKERS = frozenset(_ASKED_FOR["not_speakers"])
_ASKED_FOR_NOT_SPEAKER_ENDS = tuple(_ASKED_FOR["not_speaker_ends"])
_ASKED_FOR_NOT_SPEAKER_STARTS = tuple(_ASKED_FOR["not_speaker_starts"])
_ASKED_FOR_PROPOSERS = tuple(_ASKED_FOR["proposers"])
_TAKEN_BEFORE = tuple(_ASKED_FOR["taken_before"])
_ASKED_FOR_DONE = tuple(_ASKED_FOR["done"])
# 园区为150家企业发放 / 市财政安排: a subject of its own, then a verb of giving (cues.json _asked_for).
_OWN_ACT = re.compile(f"(?:{alternation(_ASKED_FOR['own_subjects'] + _ASKED_FOR['self'])}).*?(?:{alternation(_ASKED_FOR['own_acts'])})")


def _stated_apart_from_asking(r: ArticleCues, asking_end: int, num: NumberMention) -> bool:
    """A clause after the asking verb's own, up to the figure, has a subject and a verb of giving of
    its own (企业普遍希望尽快复工，园区为150家企业发放…): the figure is that act, the wish only its reason."""
    start = r.geo.clause_of(asking_end)[1]
    while start < num.start:
        clause = r.geo.clause_of(start + 1)
        if _OWN_ACT.search(r.text, start, min(clause[1], num.start)):
            return True
        start = clause[1]
    return False


# 关于“…”的建议: the opening, and the closing quote with the noun after it (cues.json _asked_for).
_QUOTED_PROPOSAL_OPEN = re.compile(f"(?:{alternation(_ASKED_FOR['quoted_openers'])})[“\"「]")
_QUOTED_PROPOSAL_CLOSE = re.compile(f"[”\"」]的(?:{alternation(_ASKED_FOR['quoted_nouns'])})")
_CLOSING_QUOTE = re.compile("[”\"」]")
_OPENING_QUOTES = ("“", "\"", "「")  # the opening marks _QUOTED_PROPOSAL_OPEN requires


def _in_quoted_proposal(r: ArticleCues, num: NumberMention, sentence) -> bool:
    """The figure stands inside the quoted words naming a proposal (关于“设立1亿元纾困基金”的建议):
    what was asked for, no fact (cues.json _asked_for)."""
    text = r.text
    if not _written(r, _QUOTED_PROPOSAL_OPEN):
        return False  # nearly every text: no proposal quoted anywhere (关于“), none before a figure
    if all(text.find(q, sentence[0], num.start) < 0 for q in _OPENING_QUOTES):
        return False  # nearly every figure: no opening quote before it in its sentence
    opening = None
    for opening in _QUOTED_PROPOSAL_OPEN.finditer(text, sentence[0], num.start):
        pass  # the last opening before the figure
    if opening is None or any(q in text[opening.end():num.start] for q in "”」"):
        return False  # nearly every figure: no proposal quoted before it, or its quote closed already
    closing = _CLOSING_QUOTE.search(text, num.end, sentence[1] + 1)
    return closing is not None and _QUOTED_PROPOSAL_CLOSE.match(text, closing.start()) is not None


def _speaker_before_comma(r: ArticleCues, word_start: int) -> bool:
    """Whether the words of the asking verb's clause before it are who asks (cues.json _asked_for:
    区人大代表刘红梅建议，…; 王丽建议，…): then a comma after the verb opens what is asked, where after a
    noun (这些建议，; 企业的建议，) it closes the clause."""
    subject = r.text[r.geo.clause_of(word_start)[0]:word_start].strip(" \t\u3000“”\"‘’「」")
    if not subject or subject in _ASKED_FOR_NOT_SPEAKERS or subject.endswith(_ASKED_FOR_NOT_SPEAKER_ENDS) \
            or subject.startswith(_ASKED_FOR_NOT_SPEAKER_STARTS):
        return False  # 这些建议，; 企业的建议，; 对委员提出的“…”建议，: a noun, the reply's topic
    return len(subject) <= _ASKED_FOR["speaker_most"] or any(w in subject for w in _ASKED_FOR_PROPOSERS)


def _asked_for(r: ArticleCues, num: NumberMention, sentence) -> bool:
    """The figure is what a proposer, deputy or citizen asks for, wishes for or has heard, no fact
    (cues.json _asked_for): a verb of asking or hearsay before it in its sentence (并建议…，将贴息比例
    提高至100%; 听说…补贴是每人每月500元), 提出/谈到 only after a proposer (您在提案中提出…); not the
    noun (采纳您的建议，…), nor past a word of what was done (…，目前已发放…)."""
    text = r.text
    if _search_before(r, _ASKED_FOR_ANY, sentence, num.start) is None:
        return False  # nearly every figure: no such word before it
    for m in _ASKED_FOR_VERB.finditer(text, sentence[0], num.start):
        if text.endswith(_TAKEN_BEFORE, sentence[0], m.start()) \
                or any(w in text[m.end():num.start] for w in _ASKED_FOR_DONE):
            continue  # 采纳您的建议将…: the reply acts on it; 希望…，目前已发放…: the reply's own fact
        if text.startswith(("，", ","), m.end()) and not _speaker_before_comma(r, m.start()):
            continue  # 这些建议，…: the noun closing its clause
        if m["word"] in _ASKED_FOR["proposing"] and (
                not any(w in text[sentence[0]:m.start()] for w in _ASKED_FOR["proposers"])
                or any(w in text[r.geo.clause_of(m.start())[0]:m.start()] for w in _ASKED_FOR["self"])):
            continue  # 政策提出设立4亿元的纾困基金, 今年我区提出设立…: a measure proposed by policy is the measure
        if _stated_apart_from_asking(r, m.end(), num):
            continue  # 希望尽快复工，园区为150家企业发放…: the wish is the reason, the giving a fact
        return True
    return False


def _asked(r: ArticleCues, num: NumberMention, clause, sentence) -> bool:
    """A question about the figure, not a fact (cues.json asked): after the figure, in its own
    clause, a question word and then a resuming, with no resuming said before the figure (1200余家
    规上企业何时复产，成为最关心的问题; 3万多家企业如何复工？ — not 已复工的1.2万家企业何时满负荷复产,
    whose firms have resumed, nor 1200家企业复工，复工率达92%，下一步如何推动复产达效？, whose
    question is a later clause's); or, in a sentence ending with a question mark, a question word
    before the figure in its clause (复工率能否达到95%？)."""
    text = r.text
    asked = _search_after(r, _ASKED_WORD, num.end, clause)  # the clause is searched once, not per figure
    if asked is not None and _RATE_AFTER_IN.search(text, asked.start(), clause[1]) \
            and _RATE_AFTER_IN.search(text, clause[0], num.start) is None:
        return True
    return clause[1] == sentence[1] and text.startswith(_QUESTION_MARKS, sentence[1]) \
        and _search_before(r, _ASKED_WORD, clause, num.start) is not None


def _said_before(r: ArticleCues, num: NumberMention, clause, sentence) -> bool:
    """The figure is said again, not reported (cues.json _said_before): a word pointing back at what
    a speaker said earlier stands before it in its clause (刚才刘主任讲到的每人500元一次性用工补贴)
    or makes up the clause right before it (刚才介绍，…复工率已超过九成)."""
    text = r.text
    if not _written(r, _SAID_BEFORE):
        return False  # nearly every text: nothing said again anywhere (_SAID_BEFORE_CLAUSE is it and a $)
    if _search_before(r, _SAID_BEFORE, clause, num.start):
        return True
    before = r.geo.previous_clause(clause, sentence)
    if before is None:
        return False
    key = ("said_before_clause", before)  # the clause before is read once, not for each figure after it
    found = r.span_checks.get(key)
    if found is None:
        found = r.span_checks[key] = _SAID_BEFORE_CLAUSE.search(text, before[0], before[1]) is not None
    return found


def _asked_by_reporter(r: ArticleCues, sentence) -> bool:
    """A reporter's question names the figure (cues.json _said_before): its sentence holds a word of
    asking (请问…) or ends with a question mark on a line a questioner's label opens (记者（上饶日报）：…？,
    问：…？); it asks about figures given before, it does not report them. `_asked` reads the question
    words of prose; this, a transcript's questions."""
    key = ("asked_by_reporter", sentence)  # read once per sentence, not for each of its figures
    found = r.span_checks.get(key)
    if found is None:
        text = r.text
        found = r.span_checks[key] = _ASKING_WORD.search(text, sentence[0], sentence[1]) is not None or (
            text.startswith(_QUESTION_MARKS, sentence[1])
            and _QUESTIONER_LABEL.match(text, r.geo.line_of(sentence[0])[0]) is not None)
    return found


_SAID_BEFORE_WORDS = _C["said_before"]
_SAID_BEFORE_PHRASE = (rf"(?:{alternation(_SAID_BEFORE_WORDS['adverbs'])})[\p{{Han}}]{{0,{_SAID_BEFORE_WORDS['speaker_most']}}}?"
                       rf"(?:{alternation(_SAID_BEFORE_WORDS['verbs'])})(?:{alternation(_SAID_BEFORE_WORDS['verb_ends'])})?")
_SAID_BEFORE = _on_re("_SAID_BEFORE", _SAID_BEFORE_PHRASE)
_SAID_BEFORE_CLAUSE = _on_re("_SAID_BEFORE_CLAUSE", rf"{_SAID_BEFORE_PHRASE}$")
_ASKING_WORD = literal_scanner(_SAID_BEFORE_WORDS["asking"])  # 请问: one scan of a sentence for all of them
# 记者（上饶日报）：, 湖州日报记者：, 问：, Q2：: a questioner's label opening a line (spaces and
# the medium's name in brackets allowed), then a colon.
_QUESTIONER_LABEL = _on_re("_QUESTIONER_LABEL",
    rf"[\s]{{0,4}}(?:[^\n:：,，。]{{0,{_SAID_BEFORE_WORDS['reporter_name_most']}}}?{_SAID_BEFORE_WORDS['reporter']}"
    rf"|{alternation(_SAID_BEFORE_WORDS['questioners'])})[0-9]{{0,3}}(?:[(（][^()（）\n]{{1,20}}[)）])?[:：]")


def _in_bracketed_caption(captions: list[tuple[int, int]], num: NumberMention) -> bool:
    """The figure is inside a bracket that opens with a caption's words (cues.json
    caption_in_brackets) before it has closed: ArticleCues.bracketed_captions."""
    i = bisect.bisect_left(captions, (num.start,)) - 1  # the last caption opening before the figure
    return i >= 0 and num.end <= captions[i][1]


_CAPTION_IN_BRACKETS = tuple(_C["caption_in_brackets"])
# (图为园区一家企业车间，已返岗员工320人 摄影 张某): an opening bracket, a caption's words, then
# anything but a bracket or a line break, up to the closing bracket if there is one.
_BRACKETED_CAPTION = re.compile(rf"[(（](?:{alternation(list(_CAPTION_IN_BRACKETS))})[^()（）\n]*[)）]?")
_QUESTION_MARKS = ("?", "？")
_ASKED_WORD = re.compile(alternation(_C["asked"]))
_PART_OF_BEFORE = tuple(resource("attribution.json")["part_openers"])  # 其中: a part of what the sentence said
_WON_VERBS = frozenset(_C["won_for_named"]["verbs"])
# 为三一重工, 帮蓝思科技: a preposition of whom it is for and a name right before the verb (cues.json won_for_named).
_WON_FOR = re.compile(rf"(?:{alternation(_C['won_for_named']['for'])})[\u4e00-\u9fffA-Za-z]{{2,8}}$")


# --- unit, basis, qualifier, subject, as_of -------------------------------------------------------

def _money_unit(text: str, num: NumberMention, clause, per_unit=_PER_UNIT_WORDS, geo: Document | None = None) -> str:
    """The unit of an amount: CNY per person (per day, per month) or per year when a marker
    says so before it or in its own unit (1000元/人), else its currency. `per_unit` finds the
    markers (the alternation _PER_UNIT in tests, as the definition); `geo`, the text's
    geometry, gives the clause before for a per-head condition written there."""
    window_start = max(clause[0], num.start - 16)  # 给予每名新招员工一次性生活补助1000元
    hit = marker_end = None
    # 个人最高100万元: the cap word may be the mention's own first characters
    scan_end = num.start + len(_CAP_OPENINGS[0]) if text.startswith(_CAP_OPENINGS, num.start) else num.start
    for m in per_unit.finditer(text, window_start, scan_end):
        if m.start() >= num.start:
            continue
        if not text.startswith(_PER_UNIT_NOT_BEFORE.get(m.group(), ()), m.end()) \
                and not (m.start() > 0 and text[m.start() - 1] in _PER_UNIT_NOT_AFTER.get(m.group(), ())):
            # 每生产: no student; 企业和个人最高: firms' cap too
            hit, marker_end = m.group(), min(m.end(), num.start)
    if hit is not None and PER_UNIT_OF[hit] not in _WHOLE_OF_EACH_PERIOD \
            and _whole_word_between(text, marker_end, num.start, num, per_person=True):
        hit = None  # 每人不超过20万元、总额最高110万元: the second is the whole's (每年…总额: the year's)
    if hit is not None and _other_each_after_person(text, hit, marker_end, num):
        return num.unit  # 按每人每天40元、每家企业最高80万元: 每家企业 names the cap's own beneficiary
    if hit is None and _individual_loan_cap(text, num):
        hit = "每人"  # 个人创业担保贷款最高额度提高至20万元: each borrower's cap
    if hit is None and _yearly_cap(text, window_start, num):
        hit = "每年"  # 年度贴息最高80万元: a cap set for each year, as 每年最高 is
    before = text[clause[0]:num.start]
    if hit is None and (("每" in before or "新" in before) and (_EACH_ONE_PERSON.search(text, clause[0], num.start)
                                                              or _TO_EACH_PERSON.search(text, clause[0], num.start))
                        or geo is not None and _each_one_person_before(text, clause, geo)):
        hit = "每人"  # 每招用1人给予1000元, 新招1名员工给予1000元, 对每名…的劳动力给予300元: an amount for each person
    if hit is None and _EACH_PERSON_NOUN.search(text, window_start, num.start):
        hit = "每人"  # 按每个留岗员工500元: 每个 and a word for people right before the amount
    if hit is None and _given_to_people(text, clause, num):
        hit = "每人"  # 给予返岗员工300元交通补贴: what each of them gets
    if hit is None and _person_class_in_standard(text, clause, num):
        hit = "每人"  # 按初级工1000元、高级工2000元的标准: what the standard pays for each person of the kind
    if hit is None and geo is not None and _one_per_person_before(text, clause, num, geo):
        hit = "每人"  # 每人限领1套，每套价值240元: each one gets one set, so a set's worth is each one's
    if hit is None and geo is not None:
        hit = _per_person_continued(text, clause, num, geo, per_unit)  # 每人3000元；满60天的，再给予2000元
    if num.per:
        hit = num.per if num.per in PER_UNIT_OF else hit
    if hit is None:
        return _per_time_for_persons(text, num, clause, window_start, geo) or num.unit
    unit = PER_UNIT_OF[hit]
    if unit == "CNY/person":
        unit = _per_person_and_time(text, window_start, num.end) or unit
    return unit if num.unit == "CNY" else num.unit


_INDIVIDUAL_CAP = _C["individual_loan_cap"]
_INDIVIDUAL_CAP_PERSONS = tuple(_INDIVIDUAL_CAP["persons"])
_INDIVIDUAL_CAP_CAPS = tuple(_INDIVIDUAL_CAP["caps"])
_INDIVIDUAL_CAP_LENDING = tuple(_INDIVIDUAL_CAP["lending"])
_INDIVIDUAL_CAP_STOPS = tuple(_INDIVIDUAL_CAP["stops"])
_INDIVIDUAL_CAP_NOT_AFTER = frozenset(_C["per_unit_not_after"])


def _individual_loan_cap(text: str, num: NumberMention) -> bool:
    """个人, a word of lending and a cap word before the amount in its sentence, nothing between
    naming another beneficiary or a whole (个人创业担保贷款最高额度由15万元提高至20万元): each
    borrower's cap, CNY/person (cues.json _individual_loan_cap)."""
    start = max(0, num.start - _INDIVIDUAL_CAP["reach"])
    for person in _INDIVIDUAL_CAP_PERSONS:
        at = text.rfind(person, start, num.start)
        if at < 0 or (at > 0 and text[at - 1] in _INDIVIDUAL_CAP_NOT_AFTER):
            continue
        between = text[at + len(person):num.end]
        if any(w in between for w in _INDIVIDUAL_CAP_LENDING) and any(w in between for w in _INDIVIDUAL_CAP_CAPS) \
                and not any(w in text[at + len(person):num.start] for w in _INDIVIDUAL_CAP_STOPS):
            return True
    return False


_YEARLY_CAP = _C["yearly_cap"]
_YEARLY_CAP_CAPS = tuple(_YEARLY_CAP["caps"])
_YEARLY_CAP_EACH_ONE = tuple(_YEARLY_CAP["each_one_before"])  # 单户年度…最高: the firm's cap, CNY


_YEARLY_CAP_RATING = tuple(_YEARLY_CAP["not_before"])


def _yearly_cap(text: str, window_start: int, num: NumberMention) -> bool:
    """年度 before the amount in its window, a cap word after it up to the amount's end (年度贴息最高80万元,
    年度奖励上限20万元): a cap for each year, CNY/year (cues.json _yearly_cap). Not a year named
    (2021年度, 上年度, 本年度: that year's total), nor 年度 with no cap (年度安排资金2000万元), nor one after a
    word naming each one capped (单户年度贴息最高50万元: that firm's cap, CNY), nor 年度 of an annual
    rating (年度考核优秀企业最高奖励10万元: not_before)."""
    for word in _YEARLY_CAP["words"]:
        at = text.rfind(word, window_start, num.start)
        if at >= 0 and not (at > 0 and text[at - 1] in _YEARLY_CAP["not_after"]) \
                and not any(each in text[window_start:at] for each in _YEARLY_CAP_EACH_ONE) \
                and not text.startswith(_YEARLY_CAP_RATING, at + len(word)) \
                and any(cap in text[at + len(word):num.end] for cap in _YEARLY_CAP_CAPS):
            return True
    return False


_EACH_THEN_TOTAL = tuple(_C["each_then_total"])
_PER_PERSON_THEN_OTHER_EACH = tuple(_C["per_person_then_other_each"])


def _other_each_after_person(text: str, hit: str, marker_end: int, num: NumberMention) -> bool:
    """A word naming another beneficiary (a firm, a household: 每家企业, 单户) between a per-person
    marker and the amount, which states no unit of its own: the amount is each of those's, not a
    further amount per person (cues.json _per_person_then_other_each)."""
    return PER_UNIT_OF[hit] in _PER_PERSON_UNITS and not num.per \
        and any(w in text[marker_end:num.start] for w in _PER_PERSON_THEN_OTHER_EACH)
# 每生产一吨: the marker's last character starts another word (cues.json per_unit_not_before).
_PER_UNIT_NOT_BEFORE = {w: tuple(chars) for w, chars in _C["per_unit_not_before"].items()}
_PER_UNIT_NOT_AFTER = {w: frozenset(_C["per_unit_not_after"]) for w in PER_UNIT_OF if w.startswith("个人")}
_CAP_OPENINGS = ("最高", "最多")  # 个人最高100万元: markers ending in these may reach into the mention
_WHOLE_OF_EACH_PERIOD = frozenset(_C["whole_of_each_period"])  # 每年…总额: a year's whole, per year still
# 每个(留岗)员工 right before the amount: 每个 counts people here, as 每名 does (cues.json per_time_persons);
# a period may follow them (按每个在托孩子每月180元: each one's month).
_EACH_PERSON_NOUN = _on_re("_EACH_PERSON_NOUN",
    rf"每个[\p{{Han}}]{{0,4}}?(?:{alternation(_C['per_time_persons'])})"
    rf"(?:{alternation([w for ws in _C['per_time_markers'].values() for w in ws])})?$")


_ONE_PER_PERSON = _C["one_per_person"]
# 每人限领1套, 每人限中签1次: each person limited to one (a counter after it), at a clause's end.
_ONE_PER_PERSON_END = _on_re("_ONE_PER_PERSON_END",
    rf"(?:{alternation(_ONE_PER_PERSON['persons'])})(?:{alternation(_ONE_PER_PERSON['limits'])})"
    rf"(?:{alternation(_ONE_PER_PERSON['ones'])})[\p{{Han}}]$")
_ONE_PER_PERSON_REACH = max(map(len, _ONE_PER_PERSON["persons"])) + max(map(len, _ONE_PER_PERSON["limits"])) + 2


def _one_per_person_before(text: str, clause, num: NumberMention, geo: Document) -> bool:
    """The amount's clause opens with 每 (每套价值240元, 每个红包88元) right after a clause of its
    sentence that limits each person to one (每人限领1套): the amount of each one is each person's
    (cues.json _one_per_person)."""
    if not text.startswith("每", clause[0]) or num.start - clause[0] > _ONE_PER_PERSON["amount_most"]:
        return False
    before = geo.previous_clause(clause, geo.sentence_of(clause[0]))
    return before is not None and _ONE_PER_PERSON_END.search(
        text, max(before[0], before[1] - _ONE_PER_PERSON_REACH), before[1]) is not None


def _given_to_people(text: str, clause, num: NumberMention) -> bool:
    """给予返岗员工300元, 发给留岗职工500元: a verb of giving, people (cues.json per_time_persons)
    and the amount right after them: an amount each of them gets (给予企业10万元 stays as written).
    Not a sum paid out: a word of a sum before (累计补贴返岗员工860万元), 惠及 after, or an amount
    no one person is paid (cues.json give_to_people: sum_before, below)."""
    lo, pos = clause[0], num.start
    if num.value is None or num.value >= _PER_PERSON_BELOW or any(w in text[lo:pos] for w in _SUM_BEFORE_GIVING) \
            or "惠及" in text[num.end:clause[1] + 12]:
        return False
    before = text[max(lo, pos - 14):pos]
    person = next((w for w in _PER_TIME_PERSONS if before.endswith(w)), None)
    if person is None:
        return False
    head = before[:-len(person)]  # who they are may stand between (给予新招用的高校毕业生)
    return any(head.rfind(verb) >= 0 and _HAN_RUN.fullmatch(head, head.rfind(verb) + len(verb))
               for verb in _GIVE_TO_PEOPLE)


_CONTINUED = _C["continued_standard"]
# 再给予 / 另发放 and at most a few characters (一次性, 奖励) right before the amount (cues.json _continued_standard).
_GIVEN_AGAIN = _on_re("_GIVEN_AGAIN",
    rf"(?:{alternation(_CONTINUED['again'])})(?:{alternation(_CONTINUED['verbs'])})"
    rf"[\p{{Han}}]{{0,{_CONTINUED['between_most']}}}$")
# 连续工作满6个月的, 在岗时间满60天的员工, 连续在岗3个月以上的, 工作满3个月后: a condition of time the same person meets, alone in
# its clause or before the again word (cues.json _continued_standard).
_CONTINUED_CONDITION = _on_re("_CONTINUED_CONDITION",
    rf"(?:{alternation(_CONTINUED['openers'])})?(?:{alternation(_C['per_time_persons'])})?"
    rf"(?:{alternation(_CONTINUED['steady'])})?(?:{alternation(_CONTINUED['stays'])})(?:{alternation(_CONTINUED['stay_nouns'])})?"
    rf"(?:{alternation(_CONTINUED['reach'])})?[{_CONTINUED['numerals']}]{{1,4}}个?(?:{alternation(_CONTINUED['durations'])})"
    rf"(?:{alternation(_CONTINUED['bound_after'])})?(?:{alternation(_CONTINUED['closers'])})"
    rf"(?:{alternation(_C['per_time_persons'])})?")
# The per-unit word a per-person amount is read with, the literal `_money_unit` also writes (hit = "每人");
# checked against PER_UNIT_OF so a changed per-unit table fails at import, not later.
_PER_PERSON_MARKER = "每人"
if PER_UNIT_OF.get(_PER_PERSON_MARKER) != "CNY/person":
    raise RuntimeError("cues.json per-unit markers: 每人 must read CNY/person")


def _per_person_continued(text: str, clause, num: NumberMention, geo: Document, per_unit) -> str | None:
    """The per-person marker (每人: never the earlier one's period) of an amount given again
    (再给予2000元) after a per-person standard of its sentence, when only a condition of time the
    same person meets stands between them (每人3000元；在岗满60天的，再给予2000元); else None: a
    group counted (招用满50人的), a beneficiary named (…的合作社), a total (共发放…) or nothing
    conditional between keeps the amount as written (cues.json _continued_standard)."""
    if num.value is None or num.value >= _PER_PERSON_BELOW:
        return None
    again = _GIVEN_AGAIN.search(text, clause[0], num.start)
    if again is None:
        return None
    sentence = geo.sentence_of(clause[0])
    last = None
    for m in per_unit.finditer(text, sentence[0], clause[0]):
        last = m
    if last is None or PER_UNIT_OF[last.group()] not in _PER_PERSON_UNITS or not _DIGIT.search(text, last.end(), clause[0]):
        return None
    between = geo.clauses_in((geo.clause_of(last.start())[1] + 1, clause[0]))
    parts = [text[lo:hi].strip() for lo, hi in between if lo < clause[0]]
    head = text[clause[0]:again.start()].strip()
    if head:
        parts.append(head)
    if not parts or not all(_CONTINUED_CONDITION.fullmatch(p) for p in parts):
        return None
    return _PER_PERSON_MARKER


_HAN_RUN = re.compile(f"[{HAN}]{{0,8}}")  # a few Han characters, no figure and no mark
_PERSON_CLASSES = tuple(_C["standard_person_classes"]) + tuple(_C["per_time_persons"])


def _person_class_in_standard(text: str, clause, num: NumberMention) -> bool:
    """按初级工1000元、中级工1500元、高级工2000元的标准给予补贴: the amount follows a kind of person
    in a clause that a standard's opener (按) opens and 标准 closes after the list, so the standard
    pays it for each person of that kind (cues.json _standard_person_classes)."""
    lo, pos = clause
    return text.endswith(_PERSON_CLASSES, lo, _before_person_grade(text, lo, num.start)) \
        and "标准" in text[num.end:pos] and any(opener in text[lo:num.start] for opener in _STANDARD_OPENERS)


# 初级工（五级）: a bracketed grade right before an amount (cues.json standard_person_grade).
_PERSON_GRADE = re.compile(f"(?:{_C['standard_person_grade']})$")


def _before_person_grade(text: str, lo: int, end: int) -> int:
    """Where a bracketed worker's grade ending at `end` starts (初级工（五级）800元: the grade restates
    the kind of person before it), else `end`."""
    m = _PERSON_GRADE.search(text, max(lo, end - 6), end)
    return m.start() if m else end


_GIVE_TO_PEOPLE = tuple(_C["give_to_people"]["verbs"])
_SUM_BEFORE_GIVING = tuple(_C["give_to_people"]["sum_before"])
_PER_PERSON_BELOW = _C["give_to_people"]["below"]
_DIGIT = re.compile(f"[{DIGIT}]")  # any digit, full-width ones too


def _whole_word_between(text: str, lo: int, hi: int, num: NumberMention, *, per_person: bool) -> bool:
    """A word of a whole (each_then_total) in text[lo:hi], after a per-unit marker. 合计/共计 after
    each person's marker, before an amount one person may get (below give_to_people's bound),
    sums that person's amount (每人每次最多可领取面额合计200元的消费券): no whole."""
    words = [w for w in _EACH_THEN_TOTAL if w in text[lo:hi]]
    if words and per_person and num.value is not None and num.value < _PER_PERSON_BELOW:
        words = [w for w in words if w not in _PERSON_SUM_WORDS]
    return bool(words)


_PERSON_SUM_WORDS = frozenset(_C["each_person_sum_words"])
_PERSON_MARKERS = frozenset(_C["per_unit_markers"]["CNY/person"])


def _whole_after_each(text: str, marker_end: int, start: int, num: NumberMention | None = None,
                      per_person: bool = False) -> bool:
    """Whether the amount at `start` is a whole after a per-unit marker ending at `marker_end`: a
    word of a whole between (每人不超过20万元、总额最高110万元), or another figure, the marker's own
    (按每亩10元的标准兑付春耕补贴资金1.28亿元: 10元 is per mu, 1.28亿元 the sum paid out)."""
    between = text[marker_end:start]
    if _DIGIT.search(between) is not None:
        return True
    # 每家企业贴息总额不超过50万元, 单个企业累计最高200万元: a whole word bounded right after is
    # each one's own cap.
    for word in _EACH_THEN_TOTAL:
        at = between.find(word)
        if at >= 0 and num is not None and not _whole_word_between(text, marker_end, start, num, per_person=per_person):
            continue  # 每人共计给予交通补贴500元: that person's sum
        if at >= 0 and (not text.startswith(_CAP_WORDS, marker_end + at + len(word))
                        or (text[marker_end:marker_end + 1] in _EACH_PERIOD_CHARS
                            and text[marker_end - 1:marker_end] not in _EACH_ONE_COUNTERS)
                        or between.startswith(_EACH_BATCHES)):
            return True  # 每个季度发放的补贴总额最高800万元: each period's whole, not each firm's cap
    return False


_EACH_PERIOD_CHARS = frozenset(_C["each_periods"]) | {"季"}
_EACH_BATCHES = tuple(_C["each_batches"])
_EACH_ONE_COUNTERS = frozenset(_C["each_one_counters"])  # 每家 + 年度…总额: the firm's yearly cap


_CAP_WORDS = tuple(_C["cap_words"])
# 每名员工补贴500元/月, 每名志愿者每天补贴30元: a person and a time written apart are one unit.
_PER_TIME_OF = {w: u for u, ws in (*_C["per_time_markers"].items(), *_C["per_night_markers"]["per_time"].items())
                for w in ws}  # 每晚 as 每天: a night is a day's unit for lodging
_PER_TIME = re.compile(alternation(list(_PER_TIME_OF)))


_PER_TIME_PERSONS = tuple(_C["per_time_persons"])
_FIRMS_OF_PER_TIME = tuple(_C["per_time_firms"])


def _per_time_for_persons(text: str, num: NumberMention, clause, window_start: int, geo) -> str | None:
    """CNY/person/month (or day) for an amount after 每月 (每天) in a clause, or after a clause,
    that names people and no firm (cues.json per_time_persons); else None."""
    if num.unit != "CNY" or num.value is None or num.value >= _PER_PERSON_BELOW \
            or any(w in text[clause[0]:num.start] for w in _SUM_BEFORE_GIVING + _EACH_THEN_TOTAL):
        return None  # 每月拨付补贴资金80万元: a month's sum paid out, not each one's
    unit = _per_person_and_time(text, window_start, num.start)
    if unit is None:
        return None
    # 对新招用的高校毕业生，每月给予…: a condition that 对 opens and the people close, in the
    # clause before; not 全区每月向防疫人员发放补助120万元 (a month's total) nor 对…合作社.
    # 对新招用的博士给予每月3000元: the condition may close in the amount's own clause, before
    # the verb that gives it.
    give = _GIVES_AMOUNT.search(text, clause[0], num.start)
    if give is not None and _names_people(text[clause[0]:give.start()]):
        return unit
    if geo is None:
        return None
    prev = geo.previous_clause(clause, geo.sentence_of(num.start))
    if prev is None or not _names_people(text[prev[0]:prev[1]]):
        return None
    return unit


def _names_people(condition: str) -> bool:
    """A condition that 对 opens and people close (对新招用的高校毕业生), a firm in it only as who
    takes them on (对在孵企业新引进的博士), not as who is paid (对吸纳高校毕业生的企业)."""
    condition = condition.strip(" ，,")
    opener = condition.find("对")
    if opener < 0 or not condition.endswith(_PER_TIME_PERSONS):
        return False
    # A firm only as who takes the people on (对在孵企业新引进的博士): a 的 after it, before them.
    last_firm = max((condition.rfind(w) for w in _FIRMS_OF_PER_TIME), default=-1)
    return last_firm < opener or "的" in condition[last_firm:]


def _without_period_after(condition: str) -> str:
    """The condition without a period word at its end (对新引进的硕士每月 → 对新引进的硕士)."""
    period = next((w for w in _PER_TIME_OF if condition.endswith(w)), "")
    return condition[:len(condition) - len(period)]


_RECIPIENT = _C["person_class_recipient"]
_RECIPIENT_PERSONS = tuple(_C["per_time_persons"]) + tuple(_RECIPIENT["persons"])
# 给予 / 奖励 grant a standard; 发放 does only after a period (每月发放: each one's month), not alone
# (对困难职工发放慰问金50万元: a sum handed out).
_RECIPIENT_VERB = re.compile(rf"{alternation(_RECIPIENT['verbs'])}"
                             rf"|(?:{alternation(list(_PER_TIME_OF))})(?:{alternation(_RECIPIENT['verbs_after_period'])})")
_RECIPIENT_PAYEES = _FIRMS_OF_PER_TIME + tuple(_RECIPIENT["payees"])
_RECIPIENT_RAISED = tuple(_RECIPIENT["raised_to"])
# 对2836名职工: persons counted, so what they are given is a total, not each one's.
_PERSONS_COUNTED = re.compile(rf"[{DIGIT}一二三四五六七八九十百千万]+[余多]?[名人位]")


def _given_to_person_class(text: str, num: NumberMention, clause, geo: Document) -> bool:
    """An amount granted to a class of individual persons with no 每人 written (对新认定的领军人才，
    分别给予100万元、50万元; 取得中级证书的职工，按照1500元的标准给予): each one's amount (SPEC §4),
    cues.json _person_class_recipient. Read from the amount's clause and the few before it in its
    sentence, never the whole text."""
    if num.unit != "CNY" or num.value is None or num.per:
        return False
    sentence = geo.sentence_of(clause[0])
    if not _person_word_between(text, sentence[0], clause[1]):
        return False  # every reading below needs a person word in the clause or a condition before it
    if any(w in text[clause[0]:num.start] for w in _SUM_BEFORE_GIVING + _EACH_THEN_TOTAL) \
            or "惠及" in text[num.end:clause[1] + 12]:
        return False  # 已向职工发放补贴452万元, 累计…: a sum paid out
    head = text[clause[0]:num.start]
    verb = _RECIPIENT_VERB.search(head)
    if _raised_for_person_class(head) or _also_given_to_person_class(head):
        before = geo.previous_clause(clause, geo.sentence_of(clause[0]))
        return before is not None and _RECIPIENT_VERB.search(text, *before) is not None \
            and _DIGIT.search(text, *before) is not None  # 给予…2万元，博士研究生提高到5万元
    if verb is not None:
        if any(w in head[verb.start():] for w in _RECIPIENT_PAYEES):
            return False  # 给予用人单位最高50万元: a firm named as who gets it
        if _names_person_class(head[:verb.start()]):
            return True  # 对新引进的博士给予8万元: the recipient in the amount's own clause
        if any(w in head for w in _RECIPIENT_PAYEES):
            return False  # 企业给予…: a firm gives it, or is given it
    elif not _standard_given(text, num, clause):
        return False
    before = clause
    for _ in range(_RECIPIENT["skip_most"] + 1):
        before = geo.previous_clause(before, sentence)
        if before is None:
            return False
        condition = text[before[0]:before[1]].strip(" ，,；;")
        if _names_person_class(condition):
            return True
        if not condition.endswith("的"):
            return False  # only a condition of the same persons (取得证书的，) stands between
    return False


_PERSON_WORD = re.compile(alternation(_RECIPIENT_PERSONS))


@lru_cache(maxsize=64)
def _person_word_between(text: str, start: int, end: int) -> bool:
    """Whether a person word of person_class_recipient is written in text[start:end]: read once per
    clause, since each amount of a list of a thousand in one clause asks (linear, not quadratic)."""
    return _PERSON_WORD.search(text, start, end) is not None


def _standard_given(text: str, num: NumberMention, clause) -> bool:
    """按照1000元、1500元的标准给予补贴: a standard opener before the amount, 标准 and a granting verb after."""
    after = text[num.end:clause[1]]
    at = after.find("标准")
    return at >= 0 and any(o in text[clause[0]:num.start] for o in _STANDARD_OPENERS) \
        and _RECIPIENT_VERB.search(after, at) is not None


def _raised_for_person_class(head: str) -> bool:
    """博士研究生提高到5万元: a clause opening on a person word (a few characters may qualify it) and
    a raise verb right before the amount."""
    head = head.strip(" ，,")
    raised = next((w for w in _RECIPIENT_RAISED if head.endswith(w)), None)
    if raised is None:
        return False
    subject = head[:-len(raised)]
    person = next((p for p in _RECIPIENT_PERSONS if subject.endswith(p)), None)
    return person is not None and len(subject) - len(person) <= _RECIPIENT["subject_prefix_most"]


_ALSO_GIVEN = _RECIPIENT["also_given"]
# 博士还有一次性安家补助 + 10万元: a person word opening the clause (a few characters may qualify it),
# a word of more given (还有, 另有), then at most a few characters naming the payment.
_ALSO_GIVEN_HEAD = re.compile(
    rf"^[\u4e00-\u9fff]{{0,{_RECIPIENT['subject_prefix_most']}}}?(?:{alternation(list(_RECIPIENT_PERSONS))})"
    rf"(?:{alternation(_ALSO_GIVEN['words'])})[\u4e00-\u9fff]{{0,{_ALSO_GIVEN['name_most']}}}$")


def _also_given_to_person_class(head: str) -> bool:
    """博士还有一次性安家补助10万元: a clause opening on a person word, then a word of more given and
    the payment's name right before the amount (cues.json _person_class_recipient also_given)."""
    return any(w in head for w in _ALSO_GIVEN["words"]) and _ALSO_GIVEN_HEAD.match(head.strip(" ，,")) is not None


def _names_person_class(condition: str) -> bool:
    """A condition naming a class of persons: 对 or 的 before a person word at its end (对评选出的“工匠”,
    取得证书的职工, 参保的企业职工), or a person word opening it and 的 closing it (高校毕业生首次创业的)."""
    condition = _without_period_after(condition.strip(" ，,").rstrip(_RECIPIENT["closers"]))
    if not condition or _PERSONS_COUNTED.search(condition):
        return False  # 对2836名职工: a total for those counted
    person = next((p for p in _RECIPIENT_PERSONS if condition.endswith(p)), None)
    if person is not None:
        rest = condition[:-len(person)]
        opener = rest.rfind("对")
        if opener < 0 and "的" not in rest:
            return False
        last_firm = max((rest.rfind(w) for w in _RECIPIENT_PAYEES), default=-1)
        # 对在孵企业新引进的博士, 参保的企业职工: a firm as who takes them on, or a kind of worker.
        return last_firm < max(opener, 0) or "的" in rest[last_firm:] or rest.endswith(_RECIPIENT_PAYEES)
    return condition.endswith("的") and _person_subject(condition)


def _person_subject(condition: str) -> bool:
    """高校毕业生在园区首次创业的: a person word within the first few characters, no hire verb or firm
    before it (招用毕业生并…的: a firm's condition), no unit or team word right after (博士后工作站)."""
    reach = condition[:_SUBJECT_REACH]
    for p in _PERSONS_LONGEST_FIRST:
        at = reach.find(p)
        if 0 <= at <= _RECIPIENT["subject_prefix_most"]:
            return not any(w in condition[:at] for w in _NOT_BEFORE_SUBJECT) \
                and not condition.startswith(_NOT_AFTER_SUBJECT, at + len(p))
    return False


_PERSONS_LONGEST_FIRST = tuple(sorted(_RECIPIENT_PERSONS, key=len, reverse=True))  # 博士后 before 博士
_SUBJECT_REACH = _RECIPIENT["subject_prefix_most"] + len(_PERSONS_LONGEST_FIRST[0])
_NOT_BEFORE_SUBJECT = tuple(_RECIPIENT["hire_verbs"]) + _RECIPIENT_PAYEES
_NOT_AFTER_SUBJECT = tuple(_RECIPIENT["not_after"])


def _per_person_and_time(text: str, start: int, end: int) -> str | None:
    found = None
    for m in _PER_TIME.finditer(text, start, end):
        found = _PER_TIME_OF[m.group()]
    return found


_EACH_SUFFIXES = tuple(_C["each_suffixes"])  # 2万元/家: an amount for each firm
# 每 and at most a verb right before a count (每吸纳1名, 每复工1家, 每新增1个): the unit an amount
# is paid for. Not after a period (cues.json each_periods): 每天接回300人 counts people.
_PER_EACH_REACH = 5
_PER_EACH_COUNT = _on_re("_PER_EACH_COUNT",
    rf"每(?![{regex.escape(_C['each_periods'])}])[\p{{Han}}]{{0,4}}$")
_HIRED_ONE = _C["hired_one_person"]
# 每招用1人 / 每吸纳1名 / 每一名 / 每招一个人 / 每招一个工人: each one person a firm takes on (a verb may
# stand between 每 and the person; speech counts the person with 个); 每新增1个岗位: a job created is a
# person hired (jobs_after_ge); 新招一个工人, 新吸纳1名: a new hire
# of one person is that unit without 每 (cues.json _hired_one_person). Not one person and more
# (新招用1名以上高校毕业生的企业, 新招1人及以上): a threshold of who qualifies, each firm gets one amount.
_EACH_ONE_PERSON = _on_re("_EACH_ONE_PERSON",
    rf"(?:每[\p{{Han}}]{{0,4}}?|{alternation(_HIRED_ONE['verbs'])})"
    rf"[1一](?:个?(?:人|名)|个(?:{alternation(_HIRED_ONE['persons_after_ge'] + _HIRED_ONE['jobs_after_ge'])}))"
    rf"(?!{alternation(_HIRED_ONE['or_more'])})")
# 对每名有组织外出务工的建档立卡贫困劳动力给予300元: 对 and each person, then who they are, however
# long, before the amount of its clause.
_TO_EACH_PERSON = _on_re("_TO_EACH_PERSON", r"对每(?:名|位|人)")


# A clause that opens with the verb giving its amount (给予2000元, 补贴1000元): its condition,
# who receives it, stands in the clause before.
_GIVES_AMOUNT = _on_re("_GIVES_AMOUNT", rf"(?:{_GIVE}|{alternation(list(SHARE_VERB_OF))})")
# 企业每新招一名员工，新区给予一次性补贴1000元: who gives it (新区, 区财政) may stand before the verb;
# 一次性 may open the grant (每多安排1名，一次性奖励2000元: cues.json conditional_standard one_off).
_GIVER_THEN_GIVES = _on_re("_GIVER_THEN_GIVES",
    rf"[\p{{Han}}]{{0,3}}?(?:{_GIVE}|{_C['conditional_standard']['one_off']}(?:{alternation(list(SHARE_VERB_OF))}))")
_RECEIVES = tuple(_C["receive_words"])
# 再给企业1500块钱: a spoken 给 (who gives before it, who is given after it) right before the amount
# gives it as 给予 does (cues.json _hired_one_person).
_GIVES_SPOKEN = _on_re("_GIVES_SPOKEN",
    rf"[\p{{Han}}]{{0,3}}?(?:{alternation(_HIRED_ONE['give_spoken'])})"
    rf"(?:{alternation(_HIRED_ONE['recipients'])})?(?=[0-9一二两三四五六七八九十])")


_GIVER_MOST = 3  # 区里, 区财政: who gives, before the verb (as _GIVER_THEN_GIVES)


def _giver_then_spoken_grant(text: str, start: int) -> bool:
    """The clause opens with who pays and a spoken verb of paying right before its amount (区里补一千块钱)."""
    for at in range(start, min(len(text), start + _GIVER_MOST + 3)):  # the giver, the verb, 了
        if text[at].isdigit() or text[at] in _NUMERAL_CHARS:
            return _spoken_grant_verb(text, start, at) is not None  # the first numeral opens the amount
    return False


def _each_one_person_before(text: str, clause, geo: Document, each_one: re.Pattern | None = None) -> bool:
    """企业每新招用1名员工并稳定就业3个月以上的，给予1000元补贴: the amount's clause opens with
    the verb that gives it, and the clause before is its per-head condition, which gives nothing
    itself (每吸纳1人就业的给予用工补贴，给予补贴资金共计85万元: a total after a complete rule).
    `each_one` finds the condition's one counted (_EACH_ONE_PERSON unless given)."""
    start = clause[0]
    if start == 0 or text[start - 1] != "," or not (_GIVES_AMOUNT.match(text, start) or _GIVER_THEN_GIVES.match(text, start)
                                                     or text.startswith(_RECEIVES, start) or _giver_then_spoken_grant(text, start)
                                                     or _GIVES_SPOKEN.match(text, start)):
        return False  # …的，可获得1000元补贴: who receives it says what each one gets, as 给予 does
    before, comma = geo.clause_of(start - 1)  # the clause the comma ends
    each = (each_one or _EACH_ONE_PERSON).search(text, before, comma)
    return each is not None and not _GIVES_AMOUNT.search(text, each.end(), comma)


_STANDARD = _C["conditional_standard"]
_TIER_ENDS = tuple(_STANDARD["tier_ends"])
_TIER = re.compile(_STANDARD["tier_pattern"])  # a threshold figure: 100人以下, 不满50人, 100人至500人
_GRANT_BEFORE = tuple(sorted(_STANDARD["grant_words"], key=len, reverse=True))  # the longest first: 给予一次性奖励, not 奖励
_GRANT_REACH = max(map(len, _GRANT_BEFORE))
# The 对 that opens a condition: not 应对, 针对 (a purpose), 对接, 对象, 对外; but 对口罩…, 对外资…
# (a noun after 对 that starts with one of those characters: opener_objects).
_CONDITION_OPENER = _on_re("_CONDITION_OPENER",
    rf"(?<!{alternation(_STANDARD['opener_not_after'])})对"
    rf"(?!(?!{alternation(_STANDARD['opener_objects'])})(?:{alternation(_STANDARD['opener_not_before'])}))")
# A count in the condition says how many got it (对复工的300家企业): a total. Not a threshold
# that says who qualifies (对吸纳就业20人以上的小微企业, 用工100人及以上): each of them gets it.
# The words that hold a total word without meaning a sum (公共, 共同) are matched too, so that
# `_total_or_count` can pass over them.
_TOTAL_OR_COUNT = _on_re("_TOTAL_OR_COUNT",
    rf"{alternation(_STANDARD['total_words'] + _STANDARD['not_total_words'])}"
    rf"|[\d][\d.]{{0,12}}[\s]?[万千百]?[\s]?(?:{alternation(counter_words())})"
    rf"(?!月|(?:及)?以上|(?:及)?以下|(?:及)?以内)")
_NOT_TOTAL_WORDS = frozenset(_STANDARD["not_total_words"])


def _total_or_count(text: str, lo: int, hi: int) -> bool:
    """A total word or a count of beneficiaries in text[lo:hi] (`_TOTAL_OR_COUNT`), not 共 inside
    公共 or 共同 (对被评为省级公共海外仓的: who qualifies, no sum), nor a total word that sizes the
    threshold of a condition (年度累计销售额超过500万元的: `_sizes_threshold`)."""
    return any(m.group() not in _NOT_TOTAL_WORDS and not _sizes_threshold(text, m)
               for m in _TOTAL_OR_COUNT.finditer(text, lo, hi))


_THRESHOLD_TOTALS = _STANDARD["threshold_totals"]
# 超过500万元 / 达到1000万元: a word of reaching and a figure (cues.json conditional_standard _threshold_totals).
_THRESHOLD_REACHED = _on_re("_THRESHOLD_REACHED",
    rf"(?:{alternation(_THRESHOLD_TOTALS['reaches'])})[\d一二三四五六七八九十百千万亿.]")


def _sizes_threshold(text: str, total: re.Match) -> bool:
    """A total word (累计, 合计, 总额) of a condition that its clause goes on to measure against a
    threshold before the condition's 的 (年度直播带货累计销售额超过500万元的，…): the sum a firm's own
    figure reaches to qualify, not a sum paid out (cues.json conditional_standard _threshold_totals)."""
    if total.group() not in _THRESHOLD_TOTALS["words"]:
        return False
    reach = min(len(text), total.end() + _THRESHOLD_TOTALS["clause_most"])
    end = next((i for i in range(total.end(), reach) if text[i] in _CLAUSE_END_MARKS), reach)
    threshold = _THRESHOLD_REACHED.search(text, total.end(), end) or _TIER.search(text, total.end(), end)
    return threshold is not None and text.find("的", threshold.end(), end) >= 0  # a short window: _TIER stays short


def _conditional_standard(r: ArticleCues, num: NumberMention, sentence) -> bool:
    """对首次认定为高新技术企业的，给予30万元奖励; 对新升规企业一次性奖励15万元: the amount a
    rule grants each one that meets its condition (cues.json `conditional_standard`). An amount
    listed right after such an amount (分别给予10万元、5万元奖励) is one too."""
    text, known = r.text, r.standards
    listed, head = [num], _range_lower_bound(r, num) or num  # 给予一次性奖励5万至30万元: the range's grant
    while head.start not in known:  # back to the list's first amount, or one already decided
        previous = r.number_near(head, -1)
        if previous is None or previous.kind != "money" or previous.start < sentence[0] \
                or previous.end > head.start or text[previous.end:head.start].strip() not in LIST_SEPARATORS:
            said_at = _change_opened_at(r, head)
            known[head.start] = _states_a_standard(text, head, sentence, said_at) \
                and (said_at == head.start or _changed_per_firm(text, head, sentence, said_at))
            break
        head = previous
        listed.append(head)
    for n in listed:
        known[n.start] = known[head.start]
    return known[num.start]


def _states_a_standard(text: str, num: NumberMention, sentence, said_at: int) -> bool:
    """The figure itself, not a list's later amount, is a rule's standard (`_conditional_standard`);
    `said_at` is where the words that say what it is end (`_change_opened_at`)."""
    window_start = max(sentence[0], said_at - _GRANT_REACH)
    before = text[window_start:said_at].rstrip()
    grant = next((w for w in _GRANT_BEFORE if before.endswith(w)), None)
    if grant is None:
        return False
    condition_end = window_start + len(before) - len(grant)
    opener = None
    for opener in _CONDITION_OPENER.finditer(text, sentence[0], condition_end):
        pass  # the last 对 before the grant opens its condition
    if opener is None:
        # 参保职工取得高级职业资格证书的，给予2000元补贴: a condition clause ending in 的 right before
        # the grant's clause (分别 between) describes who gets it, as 对…的 does.
        before_grant = _CONDITION_CLAUSE_END.search(text, max(sentence[0], condition_end - _CONDITION_GAP - 2), condition_end)
        tier_end = next((condition_end - len(w) for w in _TIER_ENDS if text.endswith(w, sentence[0], condition_end)), None)
        if before_grant is None and tier_end is not None:
            # 员工100人以下的补贴2万元，100人至500人的补贴5万元: a tier of a scale, its condition right before the grant
            lo = max(sentence[0], text.rfind("，", sentence[0], tier_end) + 1)
            if _TIER.search(text, lo, tier_end) and num.value is not None and num.value < _STANDARD["tier_below"]:
                return not any(w in text[lo:tier_end] for w in _STANDARD["total_words"] + _STANDARD["tier_not_in"]) \
                    and not any(w in text[num.end:sentence[1]] for w in _STANDARD["tier_not_after"])
        if before_grant is None:
            before_grant = _recipients_named_before(text, num, sentence, condition_end)
        if before_grant is None:
            return _named_grant_after_condition(text, num, sentence, condition_end)
        return not _total_or_count(text, sentence[0], before_grant.start())
    if _total_or_count(text, opener.end(), condition_end):
        return False
    if text[num.end:num.end + 1] in _CLAUSE_END_MARKS and _beneficiaries_counted_after(text, num, sentence):
        # 对吸纳就业的企业给予稳岗补贴860万元，共涉及企业120家: what they got in sum, the amount
        # after what it pays; not 给予20万元奖励，涉及企业35家 (the amount sizes each award: a standard)
        return False
    return _STANDARD["one_off"] in grant or "的" in text[opener.end():condition_end] or _one_off_after(text, num)


_ONE_OFF_AFTER = tuple(_STANDARD["one_off_after"])


def _one_off_after(text: str, num: NumberMention) -> bool:
    """对3A级景区给予15万元一次性运营补助: 一次性 right after the amount (cues.json conditional_standard
    one_off_after) makes the grant one-off, as before it, when the amount is one a single
    beneficiary gets (below tier_below): 给予2000万元一次性补助 for a class is a sum."""
    return text.startswith(_ONE_OFF_AFTER, num.end) and num.value is not None and num.value < _STANDARD["tier_below"]


_NAMED_GRANT = _STANDARD["named_grant"]
# …的，给予一次性创业补贴: the condition's 的 and comma, a verb of giving, 一次性 and the support's name.
_CONDITION_THEN_NAMED_GRANT = _on_re("_CONDITION_THEN_NAMED_GRANT",
    rf"的[,，](?:{alternation(_NAMED_GRANT['gives'])})(?:{_STANDARD['one_off']})?[\p{{Han}}]{{1,{_NAMED_GRANT['name_most']}}}$")
_NAMED_GRANT_REACH = 2 + max(map(len, _NAMED_GRANT["gives"])) + len(_STANDARD["one_off"]) + _NAMED_GRANT["name_most"]


def _named_grant_after_condition(text: str, num: NumberMention, sentence, condition_end: int) -> bool:
    """…正常经营6个月以上的，给予一次性创业补贴8000元: a condition clause, then the support given by its
    name right before the amount: what each one that meets the condition gets (cues.json _named_grant),
    when the amount is one a single beneficiary gets and no sum is said between the 的 and it."""
    m = _CONDITION_THEN_NAMED_GRANT.search(text, max(sentence[0], condition_end - _NAMED_GRANT_REACH), condition_end)
    return m is not None and num.value is not None and num.value < _STANDARD["tier_below"] \
        and not _total_or_count(text, m.start(), num.start) and not _beneficiaries_counted_after(text, num, sentence)


_NAMED_RECIPIENTS = _STANDARD["recipients_named"]
# …的规上工业企业，奖励: the condition's 的, a few modifiers and who gets it, the comma, then the grant word.
_RECIPIENTS_NAMED_END = _on_re("_RECIPIENTS_NAMED_END",
    rf"的[\p{{Han}}]{{0,{_NAMED_RECIPIENTS['modifiers_most']}}}?(?:{alternation(_NAMED_RECIPIENTS['nouns'])})[,，]"
    rf"(?:分别|均|可|{alternation(_STANDARD['again_before_grant'])})?$")
_RECIPIENTS_NAMED_REACH = 1 + _NAMED_RECIPIENTS["modifiers_most"] + max(map(len, _NAMED_RECIPIENTS["nouns"])) + 1 \
    + max(map(len, ["分别", *_STANDARD["again_before_grant"]]))  # 的, modifiers, who, the comma, 分别


def _recipients_named_before(text: str, num: NumberMention, sentence, condition_end: int):
    """首次纳入规上工业统计的企业，一次性奖励8万元: the clause before the grant ends naming who gets it
    (cues.json _recipients_named); the match, where the amount is one a single firm gets and no
    count of beneficiaries follows it, else None."""
    if num.value is None or num.value >= _STANDARD["tier_below"] or _beneficiaries_counted_after(text, num, sentence):
        return None
    return _RECIPIENTS_NAMED_END.search(text, max(sentence[0], condition_end - _RECIPIENTS_NAMED_REACH), condition_end)


_CHANGED_PER_FIRM = tuple(_STANDARD["changed_per_firm"])


def _changed_per_firm(text: str, num: NumberMention, sentence, said_at: int) -> bool:
    """A standard changed (奖励由20万元提高到30万元) is what each firm gets when the amount is one a
    firm gets (below tier_below) or the condition names firms one by one (对新认定的…, 首次…, 每家):
    not a sum changed for a class (对受疫情影响的中小企业补贴由2000万元增加到5000万元)."""
    return (num.value is not None and num.value < _STANDARD["tier_below"]) \
        or any(w in text[sentence[0]:said_at] for w in _CHANGED_PER_FIRM)


def _change_opened_at(r: ArticleCues, num: NumberMention) -> int:
    """Where the change whose new level the figure is opens, when 由/从, the former amount and a word
    of change alone stand before it (对新认定的高新技术企业奖励由20万元提高到30万元: at 由): the words
    before the change say what the figure is, as they would right before it (cues.json
    conditional_standard); else the figure's start."""
    earlier = r.number_near(num, -1)
    if earlier is None or earlier.kind != num.kind or _CHANGE_ANY.fullmatch(r.text, earlier.end, num.start) is None:
        return num.start
    opener = next((w for w in _CHANGE_FROM_WORDS if r.text.endswith(w, 0, earlier.start)), None)
    return num.start if opener is None else earlier.start - len(opener)


def _former_standard(r: ArticleCues, num: NumberMention) -> bool:
    """The amount a rule's standard was changed from (奖励由20万元提高到30万元: 20万元): the standard
    before the change, not a support, as a quota's former amount is (`_former_terms`)."""
    later = r.number_near(num, 1)
    return later is not None and _change_opened_at(r, later) < later.start \
        and _conditional_standard(r, later, r.geo.sentence_of(later.num_start))


# 涉及企业120家 / 惠及1.2万人: a count (a number and a counter), not a threshold of who qualifies.
_BENEFICIARY_COUNT = _on_re("_BENEFICIARY_COUNT",
    rf"[\d][\d.]{{0,12}}[\s]?[万千百]?[\s]?(?:{alternation(counter_words())})(?!(?:及)?以上|(?:及)?以下|(?:及)?以内)")
_BENEFICIARY_COUNT_REACH = 12  # the word of who benefited, who they are, then their count


def _beneficiaries_counted_after(text: str, num: NumberMention, sentence) -> bool:
    """After the amount in its sentence, a word of who benefited (cues.json conditional_standard
    tier_not_after: 涉及, 惠及) and a count of them (共涉及企业120家): the amount is a sum paid out
    to those counted, not a standard each one gets."""
    for word in _STANDARD["tier_not_after"]:
        at = text.find(word, num.end, sentence[1])
        if at >= 0 and _BENEFICIARY_COUNT.search(text, at + len(word), min(sentence[1], at + len(word) + _BENEFICIARY_COUNT_REACH)):
            return True
    return False


# …的，分别给予: the condition's 的 and comma, then at most a few characters before the grant word.
_CONDITION_GAP = 2
_CONDITION_CLAUSE_END = _on_re("_CONDITION_CLAUSE_END",
    rf"的[,，](?:分别|均|可|{alternation(_STANDARD['again_before_grant'])})?$")


def _capped(r: ArticleCues, num: NumberMention, clause, qualifier: str) -> str:
    """最高/不超过 before a figure in its clause bound it from above; not 最高的, a ranking
    (复工率最高的龙泉驿区达到98.2%: the highest of several, stated exactly)."""
    caps = r.markers["cap_words"]
    if qualifier == "exact" and caps.cues:
        cap = caps.last_before(clause[0], num.start)
        if cap is not None and not (num.kind == "percent" and r.text.startswith("的", cap.end)) \
                and not _cap_taken_by_item_before(r, num, cap.end):
            return "at_most"  # not 复工率最高的龙泉驿区达到98.2%: a rate ranked, stated exactly
    return qualifier


def _cap_taken_by_item_before(r: ArticleCues, num: NumberMention, cap_end: int) -> bool:
    """给予最高500万元的奖励、对新增贷款按利息的50%给予贴息: a figure of another kind (an amount
    before a share, or a share before an amount) stands between the cap word and this figure,
    and a list mark of separate measures (cues.json cap_item_marks: 、；) after it: the cap bounds
    that item's figure, not this one, which its own item states exactly."""
    before = r.number_near(num, -1)
    if before is None or before.num_start < cap_end or {before.kind, num.kind} != _CAP_KINDS:
        return False
    between = r.text[before.end:num.start]
    return any(mark in between for mark in _CAP_ITEM_MARKS)


_CAP_KINDS = frozenset({"money", "percent"})
_CAP_ITEM_MARKS = tuple(_C["cap_item_marks"])


def _money_basis_and_qualifier(r: ArticleCues, num: NumberMention, clause, unit: str,
                               category: str | None = None) -> tuple[str, str]:
    """(basis, qualifier) of an amount: per beneficiary as soon as one of the signs below says
    so, read in turn and each only when none before it did (all are pure: the first that holds
    decides, whichever order they are asked in), else a total."""
    qualifier = _capped(r, num, clause, num.qualifier)
    return ("per_beneficiary" if _paid_to_each(r, num, clause, unit, category, qualifier) else "total"), qualifier


def _paid_to_each(r: ArticleCues, num: NumberMention, clause, unit: str, category: str | None, qualifier: str) -> bool:
    """Whether the amount is what each beneficiary gets (`_money_basis_and_qualifier`)."""
    if unit in ("CNY/person/day", "CNY/person/month", "CNY/person"):
        return True
    text = r.text
    sentence = r.geo.sentence_of(num.num_start)
    # A ceiling or floor (最高200万元, 最低20万元) bounds what one beneficiary gets.
    if qualifier in ("at_most", "at_least") and r.markers["per_beneficiary_markers"].last_before(clause[0], num.end) \
            and not _sizes_a_pool(text, clause[0], num, qualifier, sentence[0]) \
            and not _bounds_money_set_aside(text, num, sentence[0]):  # 安排不超过三千万元的贴息资金
        return True
    # 发放5万元以下的免抵押贷款: a bound written after the amount, before what it sizes, caps each one's.
    if text.endswith(_CAP_AFTER_AMOUNT, num.start, num.end) and text.startswith("的", num.end):
        return True
    marker = r.markers["each_markers"].last_before(clause[0], num.start)
    if marker and not _whole_after_each(text, marker.end, num.start, num, marker.word in _PERSON_MARKERS) \
            or (num.per or "").startswith(_EACH_SUFFIXES) \
            or text.startswith(_EACH_SUFFIXES, num.end) \
            or _each_one_counted(r, num, clause) \
            or _rate_on_base(r, num, clause) \
            or _respective_list_of_each(r, num):  # 1元/平方米/天: the unit the number reader leaves out; 每孵化1户
        return True
    # A fund or pool is set up once, never a standard each one gets (给予一次性3000万元纾困资金).
    if category != "fund" and _conditional_standard(r, num, sentence):
        return True
    # 累计发放贷款8亿至10亿元: a sum; not a word inside the condition before (对今年新增入规的企业给予…).
    if _range_bound(r, num):
        after_condition = max(clause[0], text.rfind("的", clause[0], num.start) + 1)
        if not any(w in text[after_condition:num.start] for w in _RANGE_SUM_WORDS):
            return True
    if category == "fund":
        return False
    # 符合条件的企业可申请防疫补贴2万元: what each one may get, not a sum paid out (cues.json _may_get);
    # 奖励标准提高至50万元: the amount a standard is set at (cues.json standard_named).
    return _may_get_before(r, clause, num.start) or _standard_named_before(r, num, clause)


_STANDARD_NAMED = _C["standard_named"]
# 奖励标准提高至 / 补助标准为 / 扶持标准: a word of a standard, then at most a link or a word of change.
_STANDARD_NAMED_END = _on_re("_STANDARD_NAMED_END",
    rf"(?:{alternation(_STANDARD_NAMED['words'])})"
    rf"(?:{alternation(_STANDARD_NAMED['links'] + _C['change_to'] + _C['change_down'])})?$")
_STANDARD_NAMED_REACH = max(map(len, _STANDARD_NAMED["words"])) \
    + max(map(len, _STANDARD_NAMED["links"] + _C["change_to"] + _C["change_down"]))


def _standard_named_before(r: ArticleCues, num: NumberMention, clause) -> bool:
    """The amount is what a standard is set at (奖励标准提高至50万元; 补助标准由2万元调整为3万元, read
    before 由 as `_change_opened_at` does): what each one it covers gets, not a sum (cues.json
    standard_named); 按标准发放补贴资金1.28亿元 pays a sum at it, the word not right before the amount."""
    said_at = _change_opened_at(r, num)
    return said_at > clause[0] and _STANDARD_NAMED_END.search(
        r.text, max(clause[0], said_at - _STANDARD_NAMED_REACH), said_at) is not None


_CAPPED_WHOLE = _C["capped_whole_of_each"]
# 贷款总额 + 最高 + 不超过100万元 / 、总额不超过110万元: what each one gets (or a list mark after another
# cap), its whole word, then cap words up to the figure (cues.json _capped_whole_of_each).
_CAPPED_WHOLE_END = _on_re("_CAPPED_WHOLE_END",
    rf"(?:(?P<each>{alternation(_CAPPED_WHOLE['of_each'])})|{alternation(_CAPPED_WHOLE['listed'])})"
    rf"(?:{alternation(_CAPPED_WHOLE['wholes'])})(?:{alternation(_C['cap_words'])}){{0,2}}$")
_CAPPED_WHOLE_REACH = 12
_CREDIT_LINE_AFTER = tuple(_CAPPED_WHOLE["line_after"])
_WHOLE_PAID_OUT = tuple(_CAPPED_WHOLE["paid_out"])
_ONE_BENEFICIARY = tuple(_CAPPED_WHOLE["one_beneficiary"])
_NOT_ONE_BENEFICIARY = tuple(_CAPPED_WHOLE["place_wide"] + _CAPPED_WHOLE["pool_subjects"])


def _whole_of_one_beneficiary(text: str, sentence_start: int, whole_start: int) -> bool:
    """The sentence says whose whole it is before it: each one or one payee (每户, 同一企业, 合伙),
    a condition clause (…的，) or a recipient opening it with 对; not a whole place's (全市贴息总额)
    nor a lender's or a pool's (资金池可撬动银行贷款总额): cues.json _capped_whole_of_each."""
    before = text[sentence_start:whole_start]
    if any(w in before for w in _NOT_ONE_BENEFICIARY):
        return False
    return any(w in before for w in _ONE_BENEFICIARY) or before.startswith(tuple(_CAPPED_WHOLE["recipient_opens"]))


def _sizes_a_pool(text: str, lo: int, num: NumberMention, qualifier: str, sentence_start: int) -> bool:
    """A word of a pool's size (pool_size: 规模, 总额) in text[lo:num.start] makes a capped figure the
    pool's (总规模不超过2亿元的基金); not a whole capped right after what one beneficiary borrows or
    is paid (合伙创业的，贷款总额不超过100万元; 贴息总额最高50万元), nor a bare whole listed after
    another cap with a credit line after it (每人不超过20万元、总额不超过110万元的额度), with no word of
    paying out before it and the beneficiary said before it in the sentence: one beneficiary's whole
    cap (cues.json _capped_whole_of_each)."""
    before = text[lo:num.start]
    if not any(w in before for w in _POOL_SIZE):
        return False
    if qualifier != "at_most" or any(w in before for w in _WHOLE_PAID_OUT):
        return True
    whole = _CAPPED_WHOLE_END.search(text, max(lo, num.start - _CAPPED_WHOLE_REACH), num.start)
    return whole is None or not (whole.group("each") or text.startswith(_CREDIT_LINE_AFTER, num.end)) \
        or not _whole_of_one_beneficiary(text, sentence_start, whole.start())


_BUDGET_BOUND = _C["budget_bound"]
# 安排 + 不超过 (the cap word, inside the amount's span or right before it) / 的 + a pot of money (cues.json _budget_bound).
_SET_ASIDE_THEN_CAP = _on_re("_SET_ASIDE_THEN_CAP",
    rf"(?:{alternation(_BUDGET_BOUND['verbs'])})(?:{alternation(_C['cap_words'])})?$")
_SET_ASIDE_CAP_REACH = max(map(len, _BUDGET_BOUND["verbs"])) + max(map(len, _C["cap_words"]))
_POT_NAMED_AFTER = _on_re("_POT_NAMED_AFTER",
    rf"的[\p{{Han}}]{{0,{_BUDGET_BOUND['noun_most']}}}?(?:{alternation(_BUDGET_BOUND['pool_ends'])})")


_RECIPIENT_OPENS = tuple(_BUDGET_BOUND["recipient_opens"])
_NOT_RECIPIENT_OPENS = tuple(_BUDGET_BOUND["not_recipient_opens"])
_EACH_BEFORE_SET_ASIDE = tuple(_BUDGET_BOUND["each_before"])
# 为 + a verb (为支持…, 为应对…) opens a purpose, not a recipient (cues.json _budget_bound purpose_after_for).
_PURPOSE_OPENS = tuple("为" + verb for verb in _BUDGET_BOUND["purpose_after_for"])


def _bounds_money_set_aside(text: str, num: NumberMention, sentence_start: int) -> bool:
    """The capped amount bounds money a government sets aside, a pot that 的 and its noun name after
    it (安排不超过三千万元的贴息资金): the budget's total, not each beneficiary's cap (cues.json _budget_bound);
    not when the sentence names whom it is for before the verb (对新认定的…企业，安排最高100万元的奖励资金)."""
    verb = _SET_ASIDE_THEN_CAP.search(text, max(sentence_start, num.start - _SET_ASIDE_CAP_REACH), num.start)
    return (verb is not None and _POT_NAMED_AFTER.match(text, num.end) is not None
            and not _recipient_before_set_aside(text[sentence_start:verb.start()]))


def _recipient_before_set_aside(before: str) -> bool:
    """The words of the sentence before the verb of setting aside name whom the money is for: a
    clause opening with 对/为/向/凡/符合 (not 对此, 为了, nor 为 + a verb of purpose: 为支持…), a condition
    closed by 的 and a comma, or a word of each (每家, 单个)."""
    clauses = before.replace("，", ",").split(",")
    return any(c.startswith(_RECIPIENT_OPENS) and not c.startswith(_NOT_RECIPIENT_OPENS + _PURPOSE_OPENS)
               for c in clauses) \
        or "的," in before.replace("，", ",") or any(w in before for w in _EACH_BEFORE_SET_ASIDE)


def _respective_list_of_each(r: ArticleCues, num: NumberMention) -> bool:
    """分别给予每户3000元、2000元、5000元的一次性补助: an amount listed right after amounts (list
    separators alone between) whose first one follows a per-unit marker (每户, 每人) with a word of
    respectively (document.json respectively_words) before it in its clause: the marker governs
    every member of the list, each one's amount, not a sum (without 分别 a later amount may be
    the whole: 每户3000元、共计5000元 has a word between anyway)."""
    head = _money_list_head(r, num)
    if head is num:
        return False
    clause = r.geo.clause_of(head.start)
    marker = r.markers["each_markers"].last_before(clause[0], head.start)
    return marker is not None and not _whole_after_each(r.text, marker.end, head.start, head) \
        and any(w in r.text[clause[0]:head.start] for w in RESPECTIVELY)


def _money_list_head(r: ArticleCues, num: NumberMention) -> NumberMention:
    """The first amount of the list `num` ends (amounts with list separators alone between), `num`
    itself when none comes right before it. Remembered for every member walked, so that a list of n
    amounts read in order takes one step back per member, not n (a 2,000-amount list took 2.6 s)."""
    heads = r.money_list_heads
    if (head := heads.get(num.start)) is not None:
        return head
    walked, head = [num], num
    while (previous := r.number_near(head, -1)) is not None and previous.kind == "money" \
            and previous.end <= head.start and r.text[previous.end:head.start].strip() in LIST_SEPARATORS:
        if (known := heads.get(previous.start)) is not None:
            head = known
            break
        head = previous
        walked.append(previous)
    for member in walked:
        heads[member.start] = head
    return head


_CAP_AFTER_AMOUNT = tuple(_C["cap_after_amount"])
# 每1美元 / 每出口1美元 right before an amount: the unit a rate is reckoned on (cues.json _base_of_rate).
_EACH_BASE = re.compile(rf"每(?:{alternation(_C['base_of_rate']['verbs'])})?$")
_EACH_BASE_REACH = 1 + max(map(len, _C["base_of_rate"]["verbs"]))


def _base_of_rate(r: ArticleCues, num: NumberMention, clause) -> bool:
    """按进出口额每1美元奖励0.02元: an amount after 每 (and a verb of what is spent or earned) with
    another amount after it in its clause is the unit the rate is reckoned on, no amount given."""
    lo = max(clause[0], num.start - _EACH_BASE_REACH)
    if num.kind != "money" or r.text.find("每", lo, num.start) < 0 or _EACH_BASE.search(r.text, lo, num.start) is None:
        return False  # most amounts: no 每 right before them
    later = r.number_near(num, 1)
    return later is not None and later.kind == "money" and later.start < clause[1]


def _rate_on_base(r: ArticleCues, num: NumberMention, clause) -> bool:
    """每1美元奖励0.02元: the amount right after a base of a rate in its clause is paid per unit of it."""
    base = r.number_near(num, -1)
    return base is not None and base.start >= clause[0] and _base_of_rate(r, base, clause)
# 每孵化1户, 每新增1家: 每, a verb (no period), one of a counter of who is paid for (cues.json each_one_counted);
# 每向本地企业交付1台: or of a unit an amount is paid for (each_counters).
_EACH_ONE_COUNTED = _on_re("_EACH_ONE_COUNTED",
    rf"每(?![{regex.escape(_C['each_periods'])}])[\p{{Han}}]{{0,{_C['each_one_counted']['verb_most']}}}?[1一]"
    rf"(?:{alternation(_C['each_one_counted']['counters'] + _C['each_counters'])})")


def _each_one_counted(r: ArticleCues, num: NumberMention, clause) -> bool:
    """按每孵化1户创业实体…给予3000元奖补: the amount is paid for each one counted before it in its
    clause, the amount right after a grant word, unless a word of a whole or another amount stands
    between (cues.json _each_one_counted),
    or in the clause before when the amount's clause opens with the verb giving it (每新孵化1家…，给予2000元)."""
    if not r.text[max(clause[0], num.start - _GRANT_REACH):num.start].endswith(_GRANT_BEFORE):
        return False  # 每复工1家规上企业奖励园区管委会2万元: paid to one body named, which sums them
    counted = None
    for counted in _EACH_ONE_COUNTED.finditer(r.text, clause[0], num.start):
        pass  # the last one before the amount
    if counted is None and not _each_one_person_before(r.text, clause, r.geo, _EACH_ONE_COUNTED):
        return False
    after = counted.end() if counted is not None else clause[0]
    if any(w in r.text[after:num.start] for w in _EACH_THEN_TOTAL):
        return False  # 每新增1家…的，给予奖励资金共计300万元: what all of them got
    previous = r.number_near(num, -1)
    return previous is None or previous.kind != "money" or previous.start < after
_MAY_GET = tuple(_C["may_get"])
_MAY_GET_WORD = literal_scanner(_MAY_GET)  # a text it finds nothing in writes none of the words


# 约1.5万家企业可享受…5.6亿元, 3200余名职工可领取…2800万元: a count of who may get it, before the
# word: what they get in all.
_COUNTED_GROUP = _on_re("_COUNTED_GROUP", r"[\d一二三四五六七八九十两百千万亿.]{1,12}[余多]?[万千百]?[家户名人个位]")


def _may_get_before(r: ArticleCues, clause, pos: int) -> bool:
    """A word of what one may get before the amount at `pos` in its clause, the amount its object:
    no 的 after it (中小企业可享受的红利超过1亿元: a noun phrase, the sum of all), no word of a sum,
    and no count of those who may get it before it (1.5万家企业可享受…: their sum)."""
    if not _written(r, _MAY_GET_WORD):
        return False  # most texts: no word of what one may get anywhere, so none in the clause
    at = _last_word_start(r, _MAY_GET, clause, pos)
    return at >= 0 and r.text.find("的", at, pos) < 0 and not _word_before(r, _RANGE_SUM_WORDS, clause, pos) \
        and _search_before(r, _COUNTED_GROUP, clause, at) is None


def _places_of(text: str, word: str, span: tuple[int, int]) -> list[int]:
    """Every start of `word` whole in the span, overlapping ones too (str.find, as rfind would find them)."""
    found, at = [], text.find(word, span[0], span[1])
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1, span[1])
    return found


def _last_word_start(r: ArticleCues, words: tuple[str, ...], span: tuple[int, int], pos: int) -> int:
    """Where the last of `words` whole in the span before `pos` starts (the greatest start of one
    ending by `pos`), or -1: each word's places in the span found once, not a copy of the span's
    head searched backwards per figure (a long list is one clause)."""
    key = ("last_word_start", words, span)
    found = r.span_checks.get(key)
    if found is None:
        places = sorted((at + len(w), at) for w in words for at in _places_of(r.text, w, span))
        ends, latest, most = [], [], -1
        for end, at in places:
            most = max(most, at)
            ends.append(end)
            latest.append(most)
        found = r.span_checks[key] = (ends, latest)
    ends, latest = found
    i = bisect.bisect_right(ends, pos)
    return latest[i - 1] if i else -1
_RANGE_SUM_WORDS = tuple(_C["range_sum_words"])


def _range_lower_bound(r: ArticleCues, num: NumberMention) -> NumberMention | None:
    """The lower bound of the range whose upper bound `num` is (5万至30万元: 5万至30万元 for 30万元);
    the words before a range stand before its lower bound."""
    if num.qualifier != "at_most":
        return None
    other = r.number_near(num, -1)
    return other if other is not None and other.end == num.end and other.qualifier == "at_least" else None


def _range_bound(r: ArticleCues, num: NumberMention) -> bool:
    """The figure is a bound of a range of amounts (给予20万元至50万元不等的奖励, 100万—300万元补助):
    a scale of what each beneficiary gets, not a sum paid out (a total is reported as one figure).
    A range's two mentions end together, the lower `at_least`, the upper `at_most`."""
    if num.qualifier == "at_least":
        other = r.number_near(num, 1)
        return other is not None and other.end == num.end and other.qualifier == "at_most"
    if num.qualifier == "at_most":
        other = r.number_near(num, -1)
        return other is not None and other.end == num.end and other.qualifier == "at_least"
    return False


_SUBJECT_WINDOW = 40  # characters around a figure in which its subject is looked for


def _subject(text: str, num: NumberMention, clause, sentence, geo: Document) -> str | None:
    """Who the figure covers, as written (规上工业企业, 外资企业); None when the text does not say.

    `_subject_by_definition`, read in fewer pattern calls, for every counted figure and rate:
    the patterns run on the text between two positions instead of on a copy of that piece (none
    looks behind its start), a count of firms is looked for only where one of its counters is
    written, and the head noun right after a count is not looked up alone: the pattern after
    the count tries it first, so it never decided there."""
    lo, hi = max(_headline_phrase_start(text, num, clause, geo), num.start - _SUBJECT_WINDOW), \
        min(clause[1], num.end + _SUBJECT_WINDOW)
    for in_clause_before in (False, True):
        if in_clause_before:
            prev = geo.previous_clause(clause, sentence)
            if prev is None:
                return None
            lo, hi = max(prev[0], prev[1] - _SUBJECT_WINDOW), prev[1]
        if _FIRM_COUNTER.search(text, lo, hi):
            for m in _COUNT_OF_FIRMS.finditer(text, lo, hi):
                if m.start() > num.num_start:
                    break
                tail = _SUBJECT_AFTER_COUNT.match(text, m.end(), hi)
                if tail:
                    return tail.group()
        head = None
        for head in _SUBJECT_HEAD_WORDS.finditer(text, lo, num.start if lo < num.start < hi else hi):
            pass  # the last one
        if head is not None:
            start = lo
            for stop in _SUBJECT_STOP_WORDS.finditer(text, lo, head.start()):
                start = stop.end()
            if _FIRM_COUNTER.search(text, start, head.start()):
                for digits in _COUNT_OF_FIRMS.finditer(text, start, head.start()):
                    start = digits.end()
            return text[start:head.end()].strip("“”\"、,， ") or None
    return None


# A run of spaces between two phrases of a headline (…签下23个项目 规上工业企业复工率达99.1%): a title
# parts its phrases with spaces where a sentence writes a comma.
_HEADLINE_PHRASE_GAP = re.compile(r"(?<=\S)[ \u3000]+(?=\S)")


def _headline_phrase_start(text: str, num: NumberMention, clause, geo: Document) -> int:
    """Where the phrase of a headline holding the figure starts: after the last space run parting
    two phrases before it in its clause (…签下23个项目 规上工业企业复工率达99.1%: the count of
    projects is the other phrase's, not who the rate covers); the clause's start in a body line."""
    if geo.headline_of(num.start) is None:
        return clause[0]
    start = clause[0]
    for gap in _HEADLINE_PHRASE_GAP.finditer(text, clause[0], num.start):
        start = gap.end()
    return start


def _subject_by_definition(text: str, num: NumberMention, clause, sentence, geo: Document) -> str | None:
    """Who the figure covers: the definition `_subject` reads faster."""
    scopes = [(max(_headline_phrase_start(text, num, clause, geo), num.start - _SUBJECT_WINDOW),
               min(clause[1], num.end + _SUBJECT_WINDOW))]
    prev = geo.previous_clause(clause, sentence)
    if prev:
        scopes.append((max(prev[0], prev[1] - _SUBJECT_WINDOW), prev[1]))
    for lo, hi in scopes:
        # 28家外贸企业 / 127个重点项目: the head noun right after a count.
        for m in _COUNT_OF_FIRMS.finditer(text[lo:hi]):
            if lo + m.start() > num.num_start:
                break  # a count after the figure says who that count covers, not this figure
            head = _SUBJECT_HEAD_WORDS.match(text, lo + m.end(), min(hi, lo + m.end() + 12))
            tail = _SUBJECT_AFTER_COUNT.match(text[lo + m.end(): hi])
            if tail:
                return tail.group()
            if head:
                return head.group()
        end = num.start if lo < num.start < hi else hi
        heads = list(_SUBJECT_HEAD_WORDS.finditer(text, lo, end))
        if heads:
            head = heads[-1]
            start = lo
            for stop in _SUBJECT_STOP_WORDS.finditer(text, lo, head.start()):
                start = stop.end()
            digits = list(_COUNT_OF_FIRMS.finditer(text[start:head.start()]))
            if digits:
                start += digits[-1].end()
            subject = text[start:head.end()].strip("“”\"、,， ")
            return subject or None
    return None


_FOR_WHOM = ("为", "向", "对", "给", "帮助", "支持")
_BENEFICIARY = _on_re("_BENEFICIARY",
    rf"(?:{alternation(_FOR_WHOM)})(?P<who>[\p{{Han}}、\d]{{0,20}}(?:{_SUBJECT_HEAD.pattern}))")
# Where a beneficiary may start: the window's first such word, found by the standard library's
# engine; none in the window, no beneficiary (the pattern's scan saved for most amounts).
_FOR_WHOM_WORD = literal_scanner(_FOR_WHOM)


def _beneficiary(text: str, num: NumberMention, clause) -> str | None:
    """Who a support amount goes to, when the clause says so: 为中小企业减免租金 -> 中小企业."""
    first = _FOR_WHOM_WORD.search(text, max(clause[0], num.start - _SUBJECT_WINDOW), num.start)
    if first is None:
        return None  # every match of _BENEFICIARY starts with one of the words
    found = None
    for m in _BENEFICIARY.finditer(text, first.start(), num.start):
        found = m.group("who")
    return found or None


def _beneficiary_by_definition(text: str, num: NumberMention, clause) -> str | None:
    """Who a support amount goes to: the definition `_beneficiary` starts later."""
    found = None
    for m in _BENEFICIARY.finditer(text, max(clause[0], num.start - _SUBJECT_WINDOW), num.start):
        found = m.group("who")
    return found or None


# What a subject's span may carry before who it is: a date, a place (淄博市复工企业), a bracket;
# not a zone's character that opens a word of its own (市场主体, 区域内企业: cues.json
# pronoun_zone_not_after), which is who, not where.
_SUBJECT_PREFIX = _on_re("_SUBJECT_PREFIX",
    rf"^.*(?:[\d年月日时:()（）](?:{alternation(_C['subject_date_tails'])})?|(?!{alternation(list(_PRONOUN_ZONE_NOT))})[市区县省])",
    may_run_long=True)  # anchored at a subject's start


def canonical_subject(subject: str | None, places: tuple[str, ...] = ()) -> str | None:
    """A subject spelled one way, to compare two rows: without the places it names (`places`,
    longest first) or a date, through the synonym table (规模以上工业企业 -> 规上企业), and None
    when it narrows nothing (企业)."""
    if not subject:
        return None
    for place in places:
        subject = subject.replace(place, "")
    # 莲都区、青田县规上工业企业 (a 分别 list's places before its group): the places gone, the mark
    # that parted them says nothing of who; nor does the closing quote of a count of places whose
    # last 县 or 区 the prefix ends at (“两区一县”规上工业企业).
    subject = _SUBJECT_PREFIX.sub("", subject).lstrip("、，, ”’」』\"'")
    for spelling, key in _SYNONYMS:
        subject = subject.replace(spelling, key)
    subject = subject.strip()
    return None if not subject or subject in _GENERIC_SUBJECTS else subject


def _resolution(text: str, num: NumberMention) -> float | None:
    """One unit of the last digit the figure writes: 1.6亿元 -> 1e7, 93.5% -> 0.001, 九成 -> 0.1."""
    if num.kind == "percent" and "百分" in text[num.start:num.end]:
        return _resolution_of(text[num.start:num.end], num.kind)  # 百分之九十八: its 百分 too
    return _resolution_of(text[num.num_start:num.end], num.kind)


@lru_cache(maxsize=4096)  # the same few figures (50%, 100万元) recur across an archive
def _resolution_of(surface: str, kind: str) -> float | None:
    if kind == "percent" and "/" in surface:
        return None  # 2/3: a fraction, like 三分之二, is no figure rounded to its last digit
    if kind == "percent" and "成" in surface:
        return 0.1
    if kind == "percent" and "百分" in surface:  # 百分之九十八, 近百分百: a point as 98%, 100% write it
        decimals = surface.split("点", 1)[1] if "点" in surface else ""
        return 10.0 ** -len(decimals) / 100.0
    m = _DIGITS.search(surface)
    if not m and kind != "percent" and (written := _CHINESE_FIGURE.match(surface)) is not None:
        return _chinese_resolution(written.group())  # 十四亿元 -> 1e8, 两千万元 -> 1e7
    if not m:
        scales = _SCALES_ALONE.match(surface) if kind != "percent" else None
        if scales is None:
            return None
        step = 1.0  # 超千万元 -> 1e7, 逾亿元 -> 1e8: a scale written alone is its own last digit
        for ch in scales.group():
            step *= SCALE_OF[ch]
        return step
    step = 10.0 ** -len(m.group("dec") or "")
    for ch in m.group("scale"):  # 1.6亿 -> 1e7, 3千万 -> 1e7
        step *= SCALE_OF.get(ch, 1)
    return step / 100.0 if kind == "percent" else step


# 十四亿, 两千万, 三千五百万: Chinese numerals with at least one digit character (a scale alone,
# 千万元, is _SCALES_ALONE's)
_CHINESE_FIGURE = re.compile("[十百千万亿]*[一二三四五六七八九两][零〇一二三四五六七八九两十百千万亿]*")
_SMALL_SCALES = "十百千"
_BIG_SCALES = "万亿"


def _chinese_resolution(figure: str) -> float:
    """One unit of the last digit a Chinese numeral writes: the small scale after it times the big
    scales closing the figure (十四亿 -> 1e8, 两千万 -> 1e7, 三亿五千万 -> 1e7); a digit closing
    a scale's count says the next lower place (三千五 -> 100)."""
    big, i = 1.0, len(figure)
    while i and figure[i - 1] in _BIG_SCALES:
        i -= 1
        big *= SCALE_OF[figure[i]]
    body = figure[:i]
    if not body:
        return big
    if body[-1] in _SMALL_SCALES:
        return SCALE_OF[body[-1]] * big
    if len(body) >= 2 and body[-2] in "百千":
        return SCALE_OF[body[-2]] / 10 * big
    return big


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _date_part(part: str) -> int:
    """A year, month or day as _YEAR, _MONTH and _DAY match it: Arabic or Chinese numerals."""
    return int(part) if part.isdigit() else int(parse_chinese_number(part))


# How far after the article's date a date written without a year may fall and still be of the
# article's year: a date line a few days off, or a month's end written while the month runs
# (截至3月底 in an article of 20 March). Further after, the date is last year's (截至12月底 in
# a January article).
_AHEAD_OF_ARTICLE = dt.timedelta(days=31)


def _dated(year: str | None, month: str, day: str | None, article_date: dt.date | None) -> dt.date | None:
    """A written date (day None: the month's end), its year from the article when not written:
    the article's year, or the year before when the date would fall too far after the article
    or does not exist in the article's year (2月29日)."""
    if year is None and article_date is None:
        return None
    mo, d = _date_part(month), None if day is None else _date_part(day)
    if year:
        return _date_or_none(_date_part(year), mo, d)
    date = _date_or_none(article_date.year, mo, d)
    if date is None or date > article_date + _AHEAD_OF_ARTICLE:
        return _date_or_none(article_date.year - 1, mo, d)
    return date


def _date_or_none(year: int, month: int, day: int | None) -> dt.date | None:
    """The day (None: the month's end), or None when the calendar has no such day."""
    if not 1 <= month <= 12:
        return None  # 13月底: _month_end would roll it into the next year
    try:
        return _month_end(year, month) if day is None else dt.date(year, month, day)
    except ValueError:
        return None


_SENTENCE_YEAR = _C["sentence_year"]
_SAME_YEAR_WORDS = tuple(_SENTENCE_YEAR["same_year_words"])
_SENTENCE_YEAR_COMPARED = tuple(_SENTENCE_YEAR["compared_before"])
_SENTENCE_YEAR_REACH = 160  # characters looked back for the sentence's start and the year it stated
# A year written or named right before a month (2020年3月1日, 去年2月底): the year it states.
_YEAR_OF_A_DATE = _on_re("_YEAR_OF_A_DATE",
    rf"(?:(?P<y>{_YEAR})年|(?P<ry>{_RELATIVE_YEAR}))(?P<m>{_MONTH})月(?:(?P<d>{_DAY})[日号])?", may_run_long=True)
# A year opening a sentence (2021年，…; 去年全市…), not a comparison or a stretch (去年同期, 2021年以来).
_OPENING_YEAR = _on_re("_OPENING_YEAR",
    rf"[\s“\"]*(?:(?P<y>{_YEAR})年|(?P<ry>{_RELATIVE_YEAR}))(?!{alternation(_SENTENCE_YEAR['not_after'])})", may_run_long=True)


def _sentence_dated(text: str, m: re.Match, article_date: dt.date | None) -> dt.date | None:
    """The date `m` matched (groups y, ry?, m, d?, xun?; d None: the month's end): _dated, its year, when
    none is written, the one a word right before it names (去年3月底, 前年3月20日) or else the one its
    sentence has stated (cues.json _sentence_year)."""
    found = m.groupdict()
    month, day = m.group("m"), found.get("d")
    if found.get("xun"):
        day = _XUN_LAST_DAY[found["xun"]]  # 9月中旬: the 20th; 9月下旬: the month's end (None)
    if found.get("y"):
        return _dated(found["y"], month, day, article_date)
    named = found.get("ry") or next((w for w in _RELATIVE_YEARS if text.endswith(w, 0, m.start())), None)
    if named:
        back = _RELATIVE_YEARS[named]
        if back == 0 or article_date is None:
            return _dated(None, month, day, article_date)  # 今年3月底: the article's year, as unwritten
        return _dated(str(article_date.year + back), month, day, article_date)
    year = _year_stated_before(text, m.start(), month, day, article_date)
    same = found.get("sy") or next((w for w in _SAME_YEAR_WORDS if text.endswith(w, 0, m.start())), None)
    if same and year is None:
        return _same_year_dated(text, m.start("sy") if found.get("sy") else m.start() - len(same), month, day, article_date)
    return _dated(year, month, day, article_date)


def _same_year_dated(text: str, pos: int, month: str, day: str | None, article_date: dt.date | None) -> dt.date | None:
    """A date after 当年/同年/该年 (at `pos`) in a sentence that states no year: of the year last written
    before it (`_year_referred_back`), None when none is, or the date falls over a month after the
    article's (not the article's year, which an unwritten year would take)."""
    year = _year_referred_back(text, pos)
    date = None if year is None else _dated(year, month, day, article_date)
    return None if date is None or (article_date is not None and date > article_date + _AHEAD_OF_ARTICLE) else date


# A year written (2020年), not one's same stretch compared with (2019年同期).
_WRITTEN_YEAR = _on_re("_WRITTEN_YEAR", rf"(?P<y>{_YEAR})年(?!同期)", may_run_long=True)


def _year_referred_back(text: str, pos: int) -> str | None:
    """The year a word of same_year_words at `pos` names (2020年2月，…接回务工人员3400余人。当年3月底，…):
    the last year written before it in its paragraph, or in the sentence before when its sentence
    opens the paragraph; not one compared with (较2019年末). None when no year is written there
    (cues.json _sentence_year)."""
    sentence = max(text.rfind(mark, 0, pos) for mark in _SENTENCE_BREAKS) + 1
    end = sentence
    while end > 0 and (text[end - 1] in _SENTENCE_BREAKS or text[end - 1].isspace()):
        end -= 1  # over the blank lines and the mark closing the sentence before
    before = max(text.rfind(mark, 0, end) for mark in _SENTENCE_BREAKS) + 1
    lo = min(text.rfind("\n", 0, pos) + 1, before)
    year = None
    for written in _WRITTEN_YEAR.finditer(text, lo, pos):
        back = text[max(lo, written.start() - 8):written.start()]
        if not back.rstrip(_COMPARED_TAILS).endswith(_SENTENCE_YEAR_COMPARED):
            year = written.group("y")
    return year


def _year_stated_before(text: str, pos: int, month: str, day: str | None, article_date: dt.date | None) -> str | None:
    """The year the sentence holding `pos` has stated before it for a date written there without
    one (cues.json _sentence_year), or None: the last date written with its year (当年2月底: that
    year however the dates run; else that year, or the next when the date would fall before it),
    else a year opening the sentence (not one a figure before the first month is counted over);
    never a date over a month after the article."""
    lo = max(0, pos - _SENTENCE_YEAR_REACH)
    start = max(text.rfind(mark, lo, pos) for mark in _SENTENCE_BREAKS) + 1 or lo
    earlier = None
    for written in _YEAR_OF_A_DATE.finditer(text, start, pos):
        if not text[start:written.start()].rstrip(_COMPARED_TAILS).endswith(_SENTENCE_YEAR_COMPARED):
            earlier = written  # not 与2019年3月相比: a time compared with is not the sentence's
    opening = _OPENING_YEAR.match(text, start, pos) if earlier is None else None
    stated = earlier or opening
    if stated is None:
        return None
    if opening is not None and _year_counted_before(text, opening.end(), pos):
        return _counted_year_when_article_far(opening, month, day, article_date)
    year = _year_named(stated, article_date)
    if year is None:
        return None
    date = _date_or_none(year, _date_part(month), None if day is None else _date_part(day))
    if date is None or (article_date is not None and date > article_date + _AHEAD_OF_ARTICLE):
        return None
    if earlier is not None and not text.endswith(_SAME_YEAR_WORDS, start, pos):
        first = _date_or_none(year, _date_part(earlier.group("m")), _date_part(earlier.group("d") or "1"))
        if first is None:
            return None
        if date < first:
            # 2019年12月以来，…；2月10日，…: time runs forward in a sentence, 2月10日 is of the year after
            # (none over a month after the article: 较2019年12月底…，3月底… in a 2020 article is 2020's).
            later = _date_or_none(year + 1, date.month, date.day if day is not None else None)
            if later is None or (article_date is not None and later > article_date + _AHEAD_OF_ARTICLE):
                return None
            return str(year + 1)
    return str(year)


def _counted_year_when_article_far(opening: re.Match, month: str, day: str | None,
                                   article_date: dt.date | None) -> str | None:
    """The year of a date written without one after a year opening its sentence that a figure is
    counted over (_year_counted_before): None (the article's year, as unwritten) when that is the
    opening year or the one after (2019年，…100%，3月20日…96% in a 2020 article: time runs forward),
    but the opening year itself when the article's would put the date two years or more after it
    (2020年，…接回员工6300余人，…在3月底达到100% in a retrospective of January 2023 is 2020's March,
    not 2022's): a sentence about one year does not date its figures years later."""
    year = _year_named(opening, article_date)
    if year is None or article_date is None:
        return None
    unwritten = _dated(None, month, day, article_date)
    if unwritten is None or unwritten.year - year < 2 or _date_or_none(
            year, _date_part(month), None if day is None else _date_part(day)) is None:
        return None
    return str(year)


def _year_counted_before(text: str, end: int, pos: int) -> bool:
    """Whether the year opening a sentence, ending at `end` with a comma (2019年，…), is the whole
    year a figure is counted over, written before the sentence's first month (2019年，滨海新区复工率
    为100%，3月20日复工率为96%): a period, not a year the later dates take. 2020年，复工率3月20日为88%，
    4月20日为99%: the year's first figure is dated, its dates are of that year."""
    if text.startswith("全年", end):
        end += 2  # 去年全年，…: the whole year, as 2019年，…
    if text[end:end + 1] not in ("，", ","):
        return False
    month = _A_MONTH.search(text, end, pos)
    return bool(find_numbers(text[end:month.start() if month else pos]))


_A_MONTH = _on_re("_A_MONTH", rf"(?:{_MONTH})月", may_run_long=True)


# Where a date a sentence's figures refer to may start: its first opener; and what must follow
# an opener: a month, a day or a relative day. Both found by the standard library's engine (most
# sentences have none: the pattern's search saved there).
_AS_OF_OPENER = literal_scanner(_AS_OF_OPENERS)
_AS_OF_TAIL = literal_scanner(("月", "季度", "日", "号", ".", "/", "-", "年底", "年末", "周", "星期", *_AS_OF_RELATIVE))


_DEADLINE_BEFORE = tuple(_C["deadline_before"])


def find_as_of(text: str, sentence: tuple[int, int], article_date: dt.date | None) -> dt.date | None:
    """The date a sentence's figures refer to (截至5月14日, 截至3月底, 截至昨天), or None."""
    opener = _AS_OF_OPENER.search(text, sentence[0], sentence[1])
    if opener is None or _AS_OF_TAIL.search(text, opener.start() + 1, sentence[1]) is None:
        return None  # every match starts at an opener, a month, quarter, day, relative day or date in figures after it
    m = _AS_OF.search(text, opener.start(), sentence[1])
    date = _as_of_date(m, article_date) if m else None
    if m is not None and text.endswith(_DEADLINE_BEFORE, max(sentence[0], m.start() - 4), m.start()):
        later = _AS_OF.search(text, m.end(), sentence[1])
        if later is not None and not text.endswith(_DEADLINE_BEFORE, max(sentence[0], later.start() - 4), later.start()):
            return _as_of_date(later, article_date)  # 申报时间截至4月30日，截至4月8日，已…: the figures' date
        if date is not None and article_date is not None and date.year < article_date.year and not m.group("y"):
            return None  # 申报受理截至5月31日 in April: a deadline still to come, not last year's date (cues.json _deadline_before)
    return date


def later_clause_as_ofs(text: str, sentence: tuple[int, int], article_date: dt.date | None) -> list[tuple[int, dt.date | None]]:
    """(start, date) of each 截至 date after the sentence's first that opens a clause of its own
    (截至3月4日，攸县复工企业1520家；截至3月15日，复工企业增至1810家): the figures after it are of
    that date, not of the first. A day alone (…；截至8日，…) is of the month the sentence last
    wrote. Not a 截至 inside a clause (较截至2月底增加300家: a date compared with), nor 到 (达到),
    nor a date before the one written last (a deadline: …，截至6月30日，企业均可申请). A clause
    opened by 到 or 至 and a date, or by a period reaching past the sentence's date, dates its
    figures too (`_clause_opening_dates`: …，到4月底已累计发放6800万元), None when still to come."""
    found: list[tuple[int, dt.date | None]] = []
    first = _AS_OF.search(text, sentence[0], sentence[1])
    if first is None:
        return found
    last = _as_of_date(first, article_date)
    if last is not None and _dated_later_by_dao(text, sentence, first):
        found.append((first.start(), last))  # …；到2020年12月底，…: the first date opens a later clause
    linked = _clause_opening_dates(text, first.end(), sentence[1], last, article_date)
    for m in _AS_OF.finditer(text, first.end(), sentence[1]):
        while linked and linked[0][0] < m.start():
            found.append(linked.pop(0))
            last = found[-1][1] or last
        if not m.group().startswith(_AS_OF_DAY_OPENERS) or not _opens_its_clause(text, m.start(), sentence[0]):
            continue
        date = _as_of_date(m, article_date)
        if m.group("dd") and last is not None:
            date = _date_or_none(last.year, last.month, _date_part(m.group("dd")))  # 截至8日 after 截至3月4日
        if date is not None and last is not None and date < last and date.year != last.year:
            date = None  # before the sentence's last date and a year before it: a deadline still to come,
            # its year rolled back to the year before (截至6月30日，企业均可申请 in April); in the same year an
            # earlier day is another place's date (…4月8日…；截至4月6日，番禺区…)
        if date is not None:
            found.append((m.start(), date))
            last = date
    return found + linked


_SUBJECT_BEFORE_AS_OF = _C["later_as_of_after_subject"]
_SUBJECT_BEFORE_AS_OF_RE = re.compile(
    rf"[{re.escape(_CLAUSE_MARKS + _SENTENCE_BREAKS)}][\u4e00-\u9fff]{{1,{_SUBJECT_BEFORE_AS_OF['max_chars'] - 1}}}"
    rf"(?:{alternation(_SUBJECT_BEFORE_AS_OF['place_ends'])})$")


def _opens_its_clause(text: str, at: int, sentence_start: int) -> bool:
    """Whether the 截至 at `at` opens its clause: right after a clause mark, or after the clause's
    subject, a place's name (…；番禺区截至4月6日…: cues.json _later_as_of_after_subject)."""
    if text[at - 1] in _CLAUSE_END_MARKS:
        return True
    lo = max(sentence_start - 1, at - _SUBJECT_BEFORE_AS_OF["max_chars"] - 1, 0)
    return _SUBJECT_BEFORE_AS_OF_RE.search(text, lo, at) is not None


# 到/至 and a date opening a clause after the sentence's 截至 date (…，到4月底已累计发放6800万元; …，
# 至9月30日复工企业增至5100家), or a year's end alone (至年底): cues.json _clause_date_openers.
_CLAUSE_DATE = _C["clause_date_openers"]
_CLAUSE_DATE_OPENING = _on_re("_CLAUSE_DATE_OPENING",
    rf"(?:{alternation(_CLAUSE_DATE['openers'])})(?:(?P<bare_yend>{alternation(_CLAUSE_DATE['year_ends'])})|{_AS_OF_AFTER_OPENER})")
_CLAUSE_DATE_FIRST_CHARS = frozenset(w[0] for w in _CLAUSE_DATE["openers"])
_CLAUSE_MARK_SCAN = re.compile("[" + re.escape(_CLAUSE_MARKS + _SENTENCE_BREAKS) + "]")
# Where such a clause may be: an opener of one, or a period's mark (most sentences have none).
_CLAUSE_DATE_OR_PERIOD = literal_scanner((*_CLAUSE_DATE["openers"], "月", "季度", "年"))


def _clause_opening_dates(text: str, lo: int, hi: int, last: dt.date | None,
                          article_date: dt.date | None) -> list[tuple[int, dt.date | None]]:
    """(start, date) of each clause of text[lo:hi] opened by a date of its own after the sentence's
    date `last`: 到/至 and a date (到4月底, 至9月30日, 至年底), or a period reaching past the month of
    `last` (…，全年累计兑现8.6亿元). The date is None where it is still to come at the article's date
    (a period still running, a year's end ahead): no date rather than the earlier one. Not a start
    or deadline (到4月底前), nor a date before `last`."""
    found: list[tuple[int, dt.date | None]] = []
    for mark in _CLAUSE_MARK_SCAN.finditer(text, lo, hi):
        pos = mark.end()
        if pos >= hi:
            break
        date, known = _clause_opening_date(text, pos, hi, last, article_date)
        if known and (date is None or last is None or date > last):
            found.append((pos, date))
            last = date or last
    return found


def _clause_opening_date(text: str, pos: int, hi: int, last: dt.date | None,
                         article_date: dt.date | None) -> tuple[dt.date | None, bool]:
    """The date the clause starting at `pos` opens with (`_clause_opening_dates`) and whether it
    opens with one at all."""
    if text[pos] in _CLAUSE_DATE_FIRST_CHARS:
        m = _CLAUSE_DATE_OPENING.match(text, pos, hi)
        if m is None or m.group("rel") or text.startswith(_DAY_NOT_OBSERVED, m.end()):
            return None, False  # 到目前, 到4月底前: no date of the clause's own
        if m.group("bare_yend"):
            year = last.year if last is not None else article_date.year if article_date is not None else None
            return _year_end(None if year is None else str(year), article_date), True  # 至年底: the sentence's year
        date = _as_of_date(m, article_date)
        if date is None and m.group("m") and not (m.group("y") or m.group("ry") or m.group("sy")):
            # 到4月底 after the sentence's date in a December article: a date reached after the one
            # before, not the deadline too far back that 到 alone may be (_reached)
            day = None if m.group("end") else _XUN_LAST_DAY[m.group("xun")] if m.group("xun") else m.group("d")
            date = _dated(None, m.group("m"), day, article_date)
        if date is not None and article_date is not None and (
                date > article_date + _AHEAD_OF_ARTICLE or (m.group("d") and date > article_date)):
            # still to come, as a 截至 date with its year written (_reached); a day named after the
            # article's own (到4月20日 in an article of 10 April) too: only a month's end may be
            # written while the month runs
            date = None
        return date, True
    period = _CLAUSE_PERIOD.match(text, pos, hi)
    if period is None or last is None:
        return None, False
    end = _period_end(period, article_date)
    if end is None or (end.year, end.month) <= (last.year, last.month):
        return None, False  # 截至4月10日，4月份…: a period the sentence's date falls in still dates it
    return (None if article_date is not None and end > article_date else end), True


# A clause opened by another time than the sentence's date (…；2020年疫情期间，…; …，而在上一轮疫情中，…):
# cues.json _clause_of_another_time.
_OTHER_TIME = _C["clause_of_another_time"]
_OTHER_TIME_OPENING = _on_re("_OTHER_TIME_OPENING",
    rf"(?:{alternation(_OTHER_TIME['connectives'])})?"
    rf"(?:(?P<y>{_YEAR})年|(?P<ry>{_RELATIVE_YEAR})|(?P<former>{alternation(_OTHER_TIME['former_times'])}))")
_OTHER_TIME_UP_TO_NOW = tuple(_OTHER_TIME["up_to_now"])
# What such a clause may open with: a year's numeral, a relative year or a former time, after a connective or not.
_OTHER_TIME_FIRST_CHARS = frozenset(
    "2二" + "".join(w[0] for w in (*_OTHER_TIME["connectives"], *_RELATIVE_YEARS, *_OTHER_TIME["former_times"])))


def _opens_with_another_time(text: str, clause: tuple[int, int], as_of: dt.date, article_date: dt.date | None) -> bool:
    """Whether `clause` opens with a time other than that of the date `as_of` (2020年疫情期间, 而在
    上一轮疫情中, 去年同期 under 截至2021年4月底), not one running up to it (2020年以来)."""
    if text[clause[0]] not in _OTHER_TIME_FIRST_CHARS:
        return False  # most clauses
    m = _OTHER_TIME_OPENING.match(text, clause[0], clause[1])
    if m is None or any(w in text[m.end():clause[1]] for w in _OTHER_TIME_UP_TO_NOW):
        return False
    if m.group("former"):
        return True
    year = _year_named(m, article_date)
    return year is not None and year != as_of.year


def in_clause_of_another_time(text: str, geo: Document, sentence: tuple[int, int], clause: tuple[int, int],
                              date_at: int, as_of: dt.date, article_date: dt.date | None) -> bool:
    """Whether a clause after the one holding the sentence's date (written at `date_at`) and up to the
    figure's own `clause` opens with another time (…；2020年疫情期间，这两项数据分别为7.8亿元): the
    figure is of that time, not of the date `as_of`."""
    at = clause
    while at[0] > date_at and at[0] > sentence[0]:
        if _opens_with_another_time(text, at, as_of, article_date):
            return True
        at = geo.clause_of(at[0] - 1)
    return False


def _date_written_at(text: str, sentence: tuple[int, int], pos: int, later: list[tuple[int, dt.date | None]]) -> int:
    """Where the sentence's date dating the figure at `pos` is written: its last 截至 date before
    the figure (`later`: later_clause_as_ofs), else the sentence's start (a day or period opening it)."""
    dated = [at for at, _ in later if at < pos]
    if dated:
        return dated[-1]
    if _AS_OF_OPENER.search(text, sentence[0], pos) is None:
        return sentence[0]  # most sentences
    m = _AS_OF.search(text, sentence[0], pos)
    return m.start() if m is not None else sentence[0]


def _as_of_written_after(text: str, sentence: tuple[int, int], clause: tuple[int, int]) -> bool:
    """The sentence's 截至 date is written after the figure's clause [clause]: it is the later
    figures' date, not necessarily this one's."""
    if _AS_OF_OPENER.search(text, clause[1], sentence[1]) is None:
        return False  # no 截至 after the figure's clause
    first = _AS_OF.search(text, sentence[0], sentence[1])
    return first is not None and first.start() >= clause[1]  # else the date stands before, and dates it


def _as_of_only_after(text: str, sentence: tuple[int, int], clause: tuple[int, int], pos: int,
                      as_of: dt.date, article_date: dt.date | None) -> bool:
    """The sentence's date `as_of` is its 截至 date, written after the clause [clause] of the figure at
    `pos`, and dates the figures after it only (…每户发放5000元，截至8月28日已发放186万元). Not a date
    standing before the figure (a period or day opening the sentence, the sentence before's), which
    `as_of` may be too; nor a remark on the figures stated (…，以上数据截至4月30日), nor the date of a
    figure stated, in its sentence, as of now (目前复工率已达97%，截至4月10日…: cues.json _as_of_remarks,
    _as_of_now_words)."""
    if not _as_of_written_after(text, sentence, clause) or find_as_of(text, sentence, article_date) != as_of:
        return False
    m = _AS_OF.search(text, clause[1], sentence[1])
    return not text.endswith(_AS_OF_REMARKS, max(sentence[0], m.start() - 4), m.start()) \
        and not any(w in text[sentence[0]:pos] for w in _AS_OF_NOW_WORDS)


_SERIES_FIRST_OPENERS = tuple(_C["series_first_openers"])  # 从, 自 before a series' first day: cues.json


def _opening_day_before_as_of(text: str, sentence: tuple[int, int], clause: tuple[int, int],
                              article_date: dt.date | None) -> dt.date | None:
    """The day opening the sentence (4月10日，…; 从4月18日…，到4月30日…: the first of a series' stages)
    when the sentence's 截至 date is written after the clause [clause] of a figure, else None."""
    if not _as_of_written_after(text, sentence, clause):
        return None
    start = date_opening(text, sentence)  # 再看2020年：2020年3月10日，…: after a lead-in, as leading_date reads it
    first_stage = next((w for w in _SERIES_FIRST_OPENERS if text.startswith(w, start)), "")
    start += len(first_stage)  # 从4月18日首批37家企业复工，到4月30日…: the first stage of a series
    opening = _LEADING_DATE.match(text, start, min(sentence[1], start + 16))
    if opening is None or any(w in text[opening.end():clause[1]] for w in _OPENING_DAY_NOT_LEVEL):
        return None  # 3月1日，新区出台惠企十条，目前…: an event's day, or a time of the figure's own
    if first_stage:
        return None if _starts_a_span(text, opening.end(), sentence[1]) else _sentence_dated(text, opening, article_date)
    return leading_date(text, sentence, article_date)


def _opening_period_before_as_of(text: str, sentence: tuple[int, int], clause: tuple[int, int],
                                 article_date: dt.date | None) -> dt.date | None:
    """The end of the period opening the sentence (2019年，…; 一季度，…) when the sentence's 截至 date is
    written after the clause [clause] of a figure (2019年，浑南区减免税费3亿元；截至3月底，又…): that
    date is the later figures', the period the earlier ones'. Else None, and when a word of a time
    of its own or an event stands between the period and the figure's clause end (3月份，…，目前已发放
    补贴300万元，截至4月8日…: cues.json opening_day_not_level, as for an opening day)."""
    if not _as_of_written_after(text, sentence, clause):
        return None
    m = _opening_period(text, sentence)
    if m is None or not _counted_over(text, m, sentence[1]) or any(w in text[m.end():clause[1]] for w in _OPENING_DAY_NOT_LEVEL):
        return None
    return _past_period_end(m, article_date)


_PART_SEMICOLONS = tuple(_C["part_opening_marks"]["semicolons"])
_PART_COLONS = tuple(_C["part_opening_marks"]["colons"])  # only before a day: cues.json _part_opening_marks


def part_opening_date(text: str, sentence: tuple[int, int], pos: int, article_date: dt.date | None) -> dt.date | None:
    """The date opening the part of the sentence, after a semicolon, that holds `pos` (…；2月10日，全区
    复工率为30%), or a day right after a colon opening an account of a series (…持续加快：2月25日，园区
    …为63%): the day its indicators were observed, as `leading_date` reads one opening a sentence
    (its year, unwritten, the one the sentence stated before); a dash opening an aside (…慢——3月2日当天，
    全市复工率为45.1%——…) parts as a semicolon does. None when no such mark stands before,
    or a 截至 date stands between the part's start and the figure (…；3月5日，复工率为80%，截至3月底，
    复工率为95%: 95% is of 31 March)."""
    # The last part mark before the figure and where its part starts (a dash is two characters: ——).
    part, part_start = max((text.rfind(mark, sentence[0], pos), len(mark)) for mark in _PART_SEMICOLONS)
    part_start += part
    colon = max(text.rfind(mark, sentence[0], pos) for mark in _PART_COLONS)
    if colon > part and not (_AS_OF_OPENER.search(text, colon + 1, pos) and _AS_OF.search(text, colon + 1, pos)):
        # 通报的数据看，…持续加快：2月25日，园区…产能恢复率为63%: a colon opening an account of a series
        opening = leading_date(text, (colon + 1, sentence[1]), article_date)
        if opening is not None:
            return opening
    if part < 0 or (_AS_OF_OPENER.search(text, part_start, pos) and _AS_OF.search(text, part_start, pos)):
        return None
    return leading_date(text, (part_start, sentence[1]), article_date)


def _find_as_of_by_definition(text: str, sentence: tuple[int, int], article_date: dt.date | None) -> dt.date | None:
    """The date a sentence's figures refer to: the definition `find_as_of` starts later."""
    m = _AS_OF.search(text, sentence[0], sentence[1])
    return _as_of_date(m, article_date) if m else None


def _as_of_date(m: re.Match, article_date: dt.date | None) -> dt.date | None:
    found = m.groupdict()  # _AS_OF_ZHI has no day-only forms (截至11日, 截至上月底)
    if found.get("ny") or found.get("lm") or found.get("td") or found.get("wd"):
        return _as_of_day_named(m, article_date)
    year = m.group("y")
    back = _RELATIVE_YEARS.get(m.group("ry") or "", 0)
    if m.group("sy"):
        # 到当年3月底, 截至同年底: the year last written before (恢复到当年3月底的水平 compares)
        year = _year_referred_back(m.string, m.start("sy")) if _opens_a_date(m) else None
        if year is None:
            return None
    if back or m.group("yend"):
        if not _opens_a_date(m):
            return None  # 恢复到去年底的九成, 恢复到2019年底的水平: a level compared with, not a date
        if m.group("ry"):
            if article_date is None:
                return None
            year = str(article_date.year + back)  # 截至去年12月底, 截至前年3月底, 截至今年底
        if m.group("yend"):
            return _year_end(year, article_date)
    if m.group("q"):
        return _reached(m, _dated(year, _QUARTER_END_MONTH[m.group("q")], None, article_date), article_date)
    if m.group("bm"):
        if not _opens_a_date(m):
            return None  # 延长到2021年6月, 恢复到去年6月的水平: a term or a level compared with
        return _reached(m, _dated(year, m.group("bm"), None, article_date), article_date)
    if m.group("rel"):
        days = _RELATIVE_DAYS.get(m.group("rel"))
        return article_date + dt.timedelta(days=days) if days is not None and article_date else None
    if found.get("dd"):
        return _day_of_article_month(_date_part(m.group("dd")), article_date)
    if m.group("xun"):
        return _reached(m, _dated(year, m.group("m"), _XUN_LAST_DAY[m.group("xun")], article_date), article_date)
    return _reached(m, _dated(year, m.group("m"), None if m.group("end") else m.group("d"), article_date), article_date)


def _reached(m: re.Match, date: dt.date | None, article_date: dt.date | None) -> dt.date | None:
    """The date `m` names if a figure may have been reached by it, None if it is a deadline or a
    target: its year written (or named: 去年) and over a month after the article's date
    (还款期限延长到2020年6月底 in April, as _year_end reads 到2025年底); or, after 到, its year
    unwritten and read as last year's further back than a 至 date may be (延长到6月底 in April is
    no June of the year before; 到12月底 in a January article is last December's still)."""
    if date is None or article_date is None:
        return date
    if (m.group("y") or m.group("ry") or m.group("sy")) and date > article_date + _AHEAD_OF_ARTICLE:
        return None
    if m.group().startswith("到") and not (m.group("y") or m.group("ry") or m.group("sy")) \
            and (article_date - date).days > _ZHI_LAST_YEAR_MOST:
        return None
    return date


def _opens_a_date(m: re.Match) -> bool:
    """Whether the opener of a date named by its year (截至去年3月底, 到2021年底) makes it a date: 截至
    and 截止 always; 到 and 至 where they open the sentence or a clause (到去年3月底，…; 据统计，到2021年
    底，…), not after a verb (恢复到去年底的九成)."""
    start = m.start()
    return m.group().startswith(_AS_OF_DAY_OPENERS) or start == 0 or m.string[start - 1] in _CLAUSE_END_MARKS


def _year_end(year: str | None, article_date: dt.date | None) -> dt.date | None:
    """31 December of the year (截至2020年底, 截至去年底), None without a year or when it falls over a
    month after the article's date (到2025年底: a target, not a level reached)."""
    if year is None:
        return None  # 截至今年底 without the article's date
    end = dt.date(_date_part(year), 12, 31)
    return None if article_date is not None and end > article_date + _AHEAD_OF_ARTICLE else end


def _as_of_day_named(m: re.Match, article_date: dt.date | None) -> dt.date | None:
    """截至2022.6.7 (its year written), 截至上月底, 截至本月8日 (None without the article's date,
    whose month they name). A day after the article's is a deadline (申报截止本月30日), not a
    date a figure was reached: None."""
    if m.group("ny"):
        day = _date_or_none(int(m.group("ny")), int(m.group("nm")), int(m.group("nd")))
    elif article_date is None:
        return None
    elif m.group("lm"):
        return _last_month_end(article_date)
    elif m.group("wd"):
        day = _weekday_named(m.group("wk"), m.group("wd"), article_date)
    else:
        day = _date_or_none(article_date.year, article_date.month, _date_part(m.group("td")))
    return None if day is not None and article_date is not None and day > article_date else day


def _weekday_named(week: str, weekday: str, article_date: dt.date) -> dt.date:
    """截至上周五: that weekday of the week named from the article's (weeks start on Monday);
    截至周五, no week named: the last such weekday on or before the article's date."""
    back = _RELATIVE_WEEKS[week]
    if back is None:
        return article_date - dt.timedelta(days=(article_date.weekday() - _WEEKDAYS[weekday]) % 7)
    monday = article_date - dt.timedelta(days=article_date.weekday())
    return monday + dt.timedelta(weeks=back, days=_WEEKDAYS[weekday])


def _last_month_end(article_date: dt.date) -> dt.date:
    """The last day of the month before the article's (上月: December's in a January article)."""
    return article_date.replace(day=1) - dt.timedelta(days=1)


def _day_of_article_month(day: int, article_date: dt.date | None) -> dt.date | None:
    """截至11日: that day of the article's month, or of the month before when it falls after
    the article (a figure reported as reached); None without the article's date or where the
    month has no such day."""
    if article_date is None:
        return None
    year, month = article_date.year, article_date.month
    if day > article_date.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return _date_or_none(year, month, day)


_LEADING_DATE = _on_re("_LEADING_DATE",
    rf"[\s“\"]*(?:{alternation(_C['opening_date_conjunctions'])})?"  # 而在2月21日，…: cues.json _opening_date_conjunctions
    rf"(?P<prep>{alternation(_C['opening_date_prepositions'])})?"  # 在前年3月20日，…: cues.json _opening_date_prepositions
    rf"(?:(?P<y>20[\d]{{2}})年|(?P<ry>{_RELATIVE_YEAR})|(?P<sy>{_SAME_YEAR}))?"  # 当年3月底，…: the year last written
    # 2月底的时候，…: a month's end said as a point in time (cues.json _opening_date_point_words)
    rf"(?P<m>[\d]{{1,2}})月(?:(?P<d>[\d]{{1,2}})日|(?P<end>底|末)(?:{alternation(_C['opening_date_point_words'])})?[，,])",
    may_run_long=True)  # in 16 characters
# 据统计，/ 另外， before the date opening a sentence: cues.json _as_of_lead_ins.
_LEAD_IN = _on_re("_LEAD_IN", rf"[\s“\"]*(?:{alternation(_C['as_of_lead_ins'])})[，,：:]", may_run_long=True)


# 再看2020年：/ 作为对比， before a day opening a sentence: a topic or framing phrase with no figure
# (cues.json _date_topic_lead_in), its own time (a year, 去年, 上一轮) only before a day writing its year.
_TOPIC_LEAD_IN = _C["date_topic_lead_in"]
# A bracketed section label (【近期走势】) is such a topic, its brackets standing for the colon.
_TOPIC_LABEL = "|".join(rf"{b[0]}[^{b}\n]{{1,{_TOPIC_LEAD_IN['colon_most']}}}{b[1]}"
                        for b in _TOPIC_LEAD_IN["label_brackets"])
_DATE_TOPIC = _on_re("_DATE_TOPIC",
    rf"[\s“\"]*(?:[^，,。；;：:！？!?\n]{{2,{_TOPIC_LEAD_IN['colon_most']}}}[：:]|[\p{{Han}}]{{2,{_TOPIC_LEAD_IN['comma_most']}}}[，,]"
    rf"|{_TOPIC_LABEL})", may_run_long=True)
_TOPIC_OWN_TIME = _on_re("_TOPIC_OWN_TIME",
    rf"(?:{_YEAR})年|{_RELATIVE_YEAR}|{alternation(_C['clause_of_another_time']['former_times'])}", may_run_long=True)


# The text date_opening was last asked about, and per sentence of it the answer: a sentence's
# opening is asked for by a dozen date readers (leading_date, same_period_as_before, the opening
# days and periods ...), four times per sentence on the bench corpus, and each answer may run
# find_numbers over a topic phrase. The answer reads only the text and the sentence, so it is
# remembered for the text being read; the text is held (not its id), so a later text at the
# address of a freed one never reads its answers (tests/test_measures_date_opening_memo.py).
_DATE_OPENINGS: tuple[str | None, dict[tuple[int, int], int]] = (None, {})


def date_opening(text: str, sentence: tuple[int, int]) -> int:
    """Where the date opening a sentence would stand: its start, or right after a lead-in clause
    (据统计，3月20日，…; 区管委会负责人介绍，3月20日，…) or a topic before a day (再看2020年：2020年3月10日，…).
    `_date_opening`, remembered per sentence of the text read last."""
    global _DATE_OPENINGS
    read, memo = _DATE_OPENINGS  # one tuple read: another thread swapping it leaves this one its own pair
    if read is not text:
        memo = {}
        _DATE_OPENINGS = (text, memo)
    found = memo.get(sentence)
    if found is None:
        found = memo[sentence] = _date_opening(text, sentence)
    return found


def _date_opening(text: str, sentence: tuple[int, int]) -> int:
    """`date_opening` of one sentence, read from the text."""
    m = _LEAD_IN.match(text, sentence[0], sentence[1]) \
        or _REPORTED_LEAD_IN.match(text, sentence[0], min(sentence[1], sentence[0] + _REPORTED_LEAD_IN_MOST + 8))
    if m:
        return m.end()
    return _day_after_topic(text, sentence) or sentence[0]


def _day_after_topic(text: str, sentence: tuple[int, int]) -> int | None:
    """Where a day opening the sentence after a short topic or framing phrase stands (再看2020年：2020年
    3月10日，…; 作为对比，2020年2月底，…), or None: the phrase states no figure, and a time of its own
    only before a day that writes its year (cues.json _date_topic_lead_in)."""
    topic = _DATE_TOPIC.match(text, sentence[0], sentence[1])
    if topic is None:
        return None
    day = _LEADING_DATE.match(text, topic.end(), min(sentence[1], topic.end() + 16))
    if day is None or find_numbers(topic.group()) or (not day.group("y") and _TOPIC_OWN_TIME.search(topic.group())):
        return None
    return topic.end()


# Per-beneficiary figures that a date may hold at: rates reached (cues.json _dated_per_beneficiary_units).
_DATED_PER_BENEFICIARY_UNITS = frozenset(_C["dated_per_beneficiary_units"])
_AVERAGES = tuple(_C["averages_over_beneficiaries"])


_RATE_TERMS = _C["rate_of_terms"]
_TERMS_CATEGORIES = frozenset(_RATE_TERMS["categories"])
_RATE_FLOOR_WORDS = tuple(_RATE_TERMS["floor_words"])


def _rate_of_terms(text: str, category: str, sentence_start: int, lo: int, pos: int, end: int) -> bool:
    """Whether the rate at text[pos:end] (its clause from `lo`) is a term the figures before it in its sentence
    were given at rather than a level reached: a guarantee's fee rate (截至6月8日已提供融资担保3600万元，
    担保费率由1.5%降至0.5%), or a loan rate's floor (…发放贷款3.2亿元，贷款利率最低至3.85%), not an
    average of either (平均担保费率0.8%), nor a rate that is the first figure its sentence states
    (截至3月底，担保费率降至1%: the date is the rate's own): cues.json _rate_of_terms."""
    if category not in _TERMS_CATEGORIES and category != "loan":
        return False
    if _AVERAGE_WORD in text[lo:pos] or (category == "loan" and not any(w in text[lo:end] for w in _RATE_FLOOR_WORDS)):
        return False
    return bool(find_numbers(text[sentence_start:lo]))


def _averaged_over_beneficiaries(text: str, lo: int, pos: int) -> bool:
    """A word of an average before the figure in its clause text[lo:pos] (每户减免金额平均不到800元, 户均
    减免1200元): reckoned from the totals so far, it is of their date (cues.json _averages_over_beneficiaries)."""
    return any(w in text[lo:pos] for w in _AVERAGES)


INDICATORS = {"return_to_work_rate", "capacity_recovery_rate", "enterprises_resumed", "workers_returned"}
# A month's end or ten days' end inside an indicator's clause before it (哈尔滨新区3月末规上工业企业复工率100%,
# 2020年3月末新区企业已全部复工, 规上企业9月下旬复工率达到99%: 上旬 the 10th, 中旬 the 20th, as after 截至):
# the day the level was observed, as 3月底，… opening a sentence is. Not a start, a deadline or a level
# compared with (3月底前, 3月末以来, 3月底起, 由2月底的97家提升至143家).
_MONTH_END_POINT = _on_re("_MONTH_END_POINT",
    r"(?:(?P<y>20[\d]{2})年)?(?P<m>[\d]{1,2})月(?:(?P<d>[\d]{1,2})日|底|末|(?P<xun>[上中下])旬)(?!前|以来|来|起|之前|以前|的)", may_run_long=True)


def _month_still_ahead(m: re.Match, article_date: dt.date | None) -> bool:
    """Whether the month `_MONTH_END_POINT` matched lies after the article's own month: in the
    article's year when no year is written (6月底 in a March article), or in a later year written."""
    if article_date is None:
        return False
    year = int(m.group("y")) if m.group("y") else article_date.year
    return (year, int(m.group("m"))) > (article_date.year, article_date.month)


def month_end_point(text: str, lo: int, pos: int, article_date: dt.date | None) -> dt.date | None:
    """The month's end or the day written in text[lo:pos] (an indicator's clause before it: 新区3月末
    规上企业复工率100%, 浑南区3月15日复工率为90%), or None."""
    m = _MONTH_END_POINT.search(text, lo, pos)
    if m is None:
        return None
    before = text[lo:_before_year_word(text, lo, m.start())]
    if before.endswith(("截至", "截止", "到")) or before.rstrip(_COMPARED_TAILS).endswith(_OWN_LEVEL_NOT_AFTER):
        # 截至3月底 is read by find_as_of; 1月至3月底 is a stretch; 由2月底的97家, 相较于3月31日: a level compared
        return None
    if (m.group("d") or m.group("xun")) and (text.startswith(_DAY_NOT_OBSERVED, m.end()) or "的" in text[m.end():pos]
                                             or any(w in text[m.end():pos] for w in _OPENING_DAY_NOT_LEVEL)):
        return None  # 3月1日开始复工率…, 2月10日复工的企业, 3月5日召开会议通报…: an event's day, not the level's
    return _sentence_dated(text, m, article_date)


def _before_year_word(text: str, lo: int, start: int) -> int:
    """Where a date starting at `start` starts with the word naming its year before it (去年3月底,
    当年2月底), so that what stands before the date is read before that word (由去年2月底的…)."""
    word = next((w for w in (*_RELATIVE_YEARS, *_SAME_YEAR_WORDS) if text.endswith(w, lo, start)), "")
    return start - len(word)


def day_of_level(text: str, lo: int, pos: int, article_date: dt.date | None) -> dt.date | None:
    """The day or month's end written right before 的 and the figure at `pos` (2月18日的35%,
    由2月底的620家, 由昨日的68.5%), or None."""
    m = _DAY_OF_LEVEL.search(text, max(lo, pos - 14), pos)
    rel = _RELATIVE_DAY_OF_LEVEL.search(text, max(lo, pos - 3), pos) if m is None else None
    if (m or rel) is None or text.endswith(_REFERENCE_DAY_AFTER, lo, _before_year_word(text, lo, (m or rel).start())):
        return None  # 相当于2月底的两倍, 占昨日的95%: a multiple or share of that day's level, not the level then
    if rel is not None:
        return _relative_day(rel.group("rel"), article_date)  # 由昨日的68.5%提升至81.5%: yesterday's level
    return _sentence_dated(text, m, article_date)


_REFERENCE_DAY_AFTER = tuple(_C["reference_day_after"])
_OWN_LEVEL = _C["day_of_own_level"]
# 3月31日为 / 3月25日时仅为 / 4月15日已达到 right before an indicator's figure (searched in a window
# ending at it, $ there): cues.json _day_of_own_level.
_DAY_OF_OWN_LEVEL = _on_re("_DAY_OF_OWN_LEVEL",
    rf"(?:(?P<y>{_YEAR})年)?(?P<m>{_MONTH})月(?:(?P<d>{_DAY})[日号]|[底末])(?:{alternation(_OWN_LEVEL['after_day'])})?"
    rf"(?:{alternation(_C['figure_anaphors'])})?"  # 当年2月底这一数字仅为62%: the figure taken up, that day's
    rf"(?:{alternation(_OWN_LEVEL['adverbs'])})?(?:{alternation(_OWN_LEVEL['links'])})$")
_OWN_LEVEL_NOT_AFTER = tuple(_OWN_LEVEL["not_after"])
_COMPARED_TAILS = "".join(_OWN_LEVEL["compared_tails"])  # 相较于, 较之, 比起: 较, 比 and a character
_OWN_LEVEL_REACH = 24


def day_of_own_level(text: str, lo: int, pos: int, article_date: dt.date | None) -> dt.date | None:
    """The day written in an indicator's clause [lo, pos) right before its figure at `pos`, with
    only a verb of being or reaching between (复工率3月31日为45%), or None."""
    m = _DAY_OF_OWN_LEVEL.search(text, max(lo, pos - _OWN_LEVEL_REACH), pos)
    if m is None:
        return None
    before = text[lo:_before_year_word(text, lo, m.start())]
    if not before.endswith(_AS_OF_DAY_OPENERS) and before.rstrip(_COMPARED_TAILS).endswith(_OWN_LEVEL_NOT_AFTER):
        return None  # 较3月31日为…, 相较于3月31日, 比起3月31日: a day compared with (截至 is no 至 of a stretch)
    return _sentence_dated(text, m, article_date)


_NOT_A_DAY_LIST = object()  # respective_day's answer when the clause lists no days
_DAY_LIST_JOINS = frozenset({"、", "和", "及", "与", "以及"})
# A day or a month's end (2月10日, 3月底), its year written or not.
_LISTED_DAY = _on_re("_LISTED_DAY",
    rf"(?:(?P<y>{_YEAR})年)?(?P<m>{_MONTH})月(?:(?P<d>{_DAY})[日号]|[底末])", may_run_long=True)
# A clause of days and nothing else (2月18日、2月25日，), before the clause of 分别.
_DAYS_ALONE = re.compile(rf"[在于]?(?:{_LISTED_DAY.pattern}|[、和及与])+[,，]")
_RESPECTIVE_FIGURE = re.compile(rf"[{DIGIT}]+(?:\.[{DIGIT}]+)?(?:%|％|万|亿|家|人|名|户|个)")


def _last_joined_run(pattern: re.Pattern, text: str, start: int, end: int) -> list[re.Match]:
    """The last run of `pattern`'s matches in [start, end) each joined to the one before by 、和及与
    (_DAY_LIST_JOINS): a match not so joined opens a new run (the days or periods before 分别)."""
    run: list[re.Match] = []
    for m in pattern.finditer(text, start, end):
        if not (run and text[run[-1].end():m.start()] in _DAY_LIST_JOINS):
            run = []
        run.append(m)
    return run


def respective_day(text: str, sentence_start: int, clause: tuple[int, int], pos: int, article_date: dt.date | None):
    """The day a 分别 list of days gives the figure at `pos` (在2月10日、2月20日分别为32%、67%; 2月18日、
    2月25日，…分别为45.3%和88.9%: the second figure's is the second day), None when the days and
    figures do not pair one to one, `_NOT_A_DAY_LIST` when no list of two days or more (days
    joined by 、和及与) stands before 分别 in the sentence."""
    fenbie = text.find("分别", clause[0], pos)
    days = _last_joined_run(_LISTED_DAY, text, sentence_start, fenbie)
    if len(days) < 2:
        return _NOT_A_DAY_LIST
    if days[0].start() < clause[0] and not _DAYS_ALONE.fullmatch(
            text, max(sentence_start, text.rfind(",", sentence_start, days[0].start()) + 1), clause[0]):
        return _NOT_A_DAY_LIST  # 2月25日和3月3日召开座谈会，…分别达98%、85%: the days of an event
    figures = [m.start() for m in _RESPECTIVE_FIGURE.finditer(text, fenbie, clause[1])]
    if len(figures) != len(days) or pos not in figures:
        return None
    return _sentence_dated(text, days[figures.index(pos)], article_date)


# A year, or a half, a quarter or the first months of one, in a list of periods before 分别 (2020年、
# 2021年…分别; 2021年、2022年上半年，…分别): its year written or named (今年, 去年). Or a month, its
# year written, named or that of the list's month before it (2022年4月、5月、6月分别放款…): not a day
# of it nor a part (4月10日, 4月底, 4月上旬: respective_day reads days).
_LISTED_PERIOD = _on_re("_LISTED_PERIOD",
    rf"(?:(?P<y>{_YEAR})年|(?P<ry>{_RELATIVE_YEAR}))(?:(?P<half>[上下])半年|前?(?P<q>[一二三四首])季度|前(?P<n>{_MONTH}|两)个月)?"
    r"(?![\d一二三四五六七八九十]|[至到\-—–~～])"  # not 2021年3月 nor 2020年至2022年: no whole period
    rf"|(?:(?P<my>{_YEAR})年|(?P<mry>{_RELATIVE_YEAR}))?(?P<mo>{_MONTH})月份?"
    r"(?![\d一二三四五六七八九十日号底末初中上下旬]|[至到\-—–~～])", may_run_long=True)
_PERIODS_ALONE = re.compile(rf"(?:{_LISTED_PERIOD.pattern}|[、和及与])+[,，]")


def _year_named(m: re.Match, article_date: dt.date | None) -> int | None:
    """The year a match's `y` (2021) or `ry` (今年, 去年: from the article's date) group names, else None."""
    if m.group("y"):
        return _date_part(m.group("y"))
    return None if article_date is None else article_date.year + _RELATIVE_YEARS[m.group("ry")]


def _listed_period_end(m: re.Match, article_date: dt.date | None) -> dt.date | None:
    """The last day of a period of a 分别 list (`_LISTED_PERIOD`), None when it runs past the article's
    date (2022年 in an article of October 2022: still running) or has no year."""
    year = _year_named(m, article_date)
    if year is None:
        return None
    month = 6 if m.group("half") == "上" else int(_QUARTER_END_MONTH[m.group("q")]) if m.group("q") \
        else (2 if m.group("n") == "两" else _date_part(m.group("n"))) if m.group("n") else 12
    last = _date_or_none(year, month, None)
    return None if last is None or (article_date is not None and last > article_date) else last


def respective_period(text: str, sentence_start: int, clause: tuple[int, int], span: tuple[int, int],
                      article_date: dt.date | None):
    """The period a 分别 list of periods gives the figure at `span` (2020年、2021年园区企业分别获得新增贷款
    38.6亿元、52.1亿元: the second is 2021's), as `respective_day` pairs days: None when periods and
    figures do not pair one to one, `_NOT_A_DAY_LIST` when no list of two periods or more stands
    before 分别 (in the figure's clause, or in a clause of periods alone before it)."""
    fenbie = text.find("分别", clause[0], span[0])
    periods = _last_joined_run(_LISTED_PERIOD, text, sentence_start, fenbie)
    if len(periods) < 2:
        return _NOT_A_DAY_LIST
    if periods[0].start() < clause[0] and not _PERIODS_ALONE.fullmatch(
            text, _clause_start(text, sentence_start, periods[0].start()), clause[0]):
        return _NOT_A_DAY_LIST  # 2020年、2021年两次出台政策，…分别…: the years of an event
    figures = [m.start() for m in _RESPECTIVE_FIGURE.finditer(text, fenbie, clause[1])]
    mine = next((i for i, at in enumerate(figures) if span[0] <= at < span[1]), None)
    if len(figures) != len(periods) or mine is None:
        return None
    if periods[mine].group("mo"):
        return _listed_month_end(periods[:mine + 1], article_date)
    return _listed_period_end(periods[mine], article_date)


def _listed_month_end(months: list[re.Match], article_date: dt.date | None) -> dt.date | None:
    """The last day of the last month of `months` (a 分别 list's, up to the figure's), its year the
    one written or named last in the list (2022年4月、5月、6月), else the article's; None when it runs
    past the article's date or has no year."""
    year = None
    for m in months:
        if m.group("my"):
            year = _date_part(m.group("my"))
        elif m.group("mry") and article_date is not None:
            year = article_date.year + _RELATIVE_YEARS[m.group("mry")]
    if year is None:
        year = article_date.year if article_date is not None else None
    last = None if year is None else _date_or_none(year, _date_part(months[-1].group("mo")), None)
    return None if last is None or (article_date is not None and last > article_date) else last


# 2月18日的 / 2020年3月底的 right before a level (searched in a window ending at it, $ there).
_DAY_OF_LEVEL = _on_re("_DAY_OF_LEVEL",
    rf"(?:(?P<y>{_YEAR})年)?(?P<m>{_MONTH})月(?:(?P<d>{_DAY})[日号]|[底末])的$")


# 去年底，/ 2020年底，/ 2020年年末， opening a sentence: a year's end, as 截至去年底 names it.
_LEADING_YEAR_END = _on_re("_LEADING_YEAR_END",
    rf"[\s“\"]*(?:{alternation(_C['opening_date_prepositions'])})?"
    rf"(?:(?P<y>{_YEAR})年|(?P<ry>{_RELATIVE_YEAR}))年?[底末][，,]", may_run_long=True)  # in 16 characters


# 今天上午，/ 昨日， opening a sentence, or 昨日的 right before a level: a day named relative to the
# article's date (cues.json _relative_day_parts).
_RELATIVE_DAY = alternation(_RELATIVE_DAYS)
_LEADING_RELATIVE_DAY = _on_re("_LEADING_RELATIVE_DAY",
    rf"[\s“\"]*(?:{alternation(_C['opening_date_conjunctions'])})?(?:{alternation(_C['opening_date_prepositions'])})?"
    rf"(?P<rel>{_RELATIVE_DAY})(?:{alternation(_C['relative_day_parts'])})?[，,]", may_run_long=True)
_RELATIVE_DAY_OF_LEVEL = _on_re("_RELATIVE_DAY_OF_LEVEL", rf"(?P<rel>{_RELATIVE_DAY})的$")


def _relative_day(word: str, article_date: dt.date | None) -> dt.date | None:
    """The day 今天, 昨日, 前天 … names, counted from the article's date; None without one."""
    return article_date + dt.timedelta(days=_RELATIVE_DAYS[word]) if article_date is not None else None


def _leading_day_of_no_month(text: str, start: int, end: int, article_date: dt.date | None) -> dt.date | None:
    """A relative day (今天上午，…) or a year's end (去年底，…) opening text[start:end], or None."""
    if "天" in text[start:end] or "日" in text[start:end]:  # 今天, 昨日 …: few sentences open so
        rel = _LEADING_RELATIVE_DAY.match(text, start, end)
        if rel is not None:
            return _relative_day(rel.group("rel"), article_date)
    return leading_year_end(text, start, end, article_date)


def leading_date(text: str, sentence: tuple[int, int], article_date: dt.date | None) -> dt.date | None:
    """`3月26日，…`, `2月底，…`, `去年底，…` or `今天上午，…` opening a sentence: the day an indicator in
    it was observed."""
    start = date_opening(text, sentence)
    end = min(sentence[1], start + 16)
    if "月" not in text[start:end]:
        return _leading_day_of_no_month(text, start, end, article_date)  # most sentences, without a pattern match
    m = _LEADING_DATE.match(text, start, end)
    if m is None:
        return _leading_day_of_no_month(text, start, end, article_date)  # 去年底，5月…: a month later in the sentence
    if _starts_a_span(text, m.end(), sentence[1]):
        return None  # 2月10日复工以来，…: the day a stretch began, not the day of a level
    return _sentence_dated(text, m, article_date)  # 2月底，: d None, the month's end


_OPENING_DATE_PREPOSITIONS = tuple(_C["opening_date_prepositions"])
_STOCK_AFTER_OPENING_DATE = tuple(_C["stock_after_opening_date"])


def prepositioned_opening_date(text: str, sentence: tuple[int, int], article_date: dt.date | None) -> dt.date | None:
    """The day opening a sentence after 在, 早在 or 于 (在4月底，…; 早在2020年3月底，…), or None: a point in
    time the sentence states its stocks at (`stock_opening_date`)."""
    start = date_opening(text, sentence)
    if not any(p in text[start:start + 4] for p in _OPENING_DATE_PREPOSITIONS):
        return None  # most sentences
    m = _LEADING_DATE.match(text, start, min(sentence[1], start + 16))
    return leading_date(text, sentence, article_date) if m is not None and m.group("prep") else None


def stock_opening_date(text: str, clause: tuple[int, int], pos: int, opening: dt.date | None) -> dt.date | None:
    """The prepositioned day `opening` a sentence when the figure at `pos` is a stock, a word of one
    (累计, 已) before it in its clause (在4月底，浑南区累计发放补贴800万元): any figure's date, as a day
    opening a sentence is an indicator's. Not a figure of an event (早在2月中旬，区财政就出资2000万元设立…:
    cues.json _stock_after_opening_date)."""
    if opening is None or not any(w in text[clause[0]:pos] for w in _STOCK_AFTER_OPENING_DATE):
        return None
    return opening


def month_end_opening_date(text: str, sentence: tuple[int, int], article_date: dt.date | None) -> dt.date | None:
    """The month's end opening a sentence, no preposition before it (10月末，…贷款加权平均利率为4.35%; 6月底，…):
    a cut-off the sentence reports its figures at, as 截至10月末 is; else None (cues.json
    _month_end_opening)."""
    start = date_opening(text, sentence)
    if "月" not in text[start:start + 16]:
        return None  # most sentences, without a pattern match
    m = _LEADING_DATE.match(text, start, min(sentence[1], start + 16))
    if m is None or not m.group("end") or m.group("prep"):
        return None  # 3月5日，…: an event's day; 在4月底，…: a stock's only (stock_opening_date)
    return _sentence_dated(text, m, article_date)


def leading_year_end(text: str, start: int, end: int, article_date: dt.date | None) -> dt.date | None:
    """31 December of the year whose end opens text[start:end] (去年底，…; 2020年底，…), or None; a
    year's end over a month after the article is a target (_year_end), 今年底 without the article's
    date none."""
    if "底" not in text[start:end] and "末" not in text[start:end]:
        return None
    m = _LEADING_YEAR_END.match(text, start, end)
    if m is None:
        return None
    if m.group("ry"):
        if article_date is None:
            return None
        return _year_end(str(article_date.year + _RELATIVE_YEARS[m.group("ry")]), article_date)
    return _year_end(m.group("y"), article_date)


_DAY_NOT_OBSERVED = tuple(_C["day_not_observed"])
_OPENING_DAY_NOT_LEVEL = tuple(_C["opening_day_not_level"])
# 以上数据截至4月30日 after the figures: a remark dating all of them (cues.json _as_of_remarks).
_AS_OF_REMARKS = tuple(_C["as_of_remarks"])
_AS_OF_NOW_WORDS = tuple(_C["as_of_now_words"])
_CLAUSE_END_MARKS = frozenset(_CLAUSE_MARKS + _SENTENCE_BREAKS)
_SPAN_CLAUSE_MOST = 10


def _starts_a_span(text: str, pos: int, end: int) -> bool:
    """Whether the short clause a leading day opens (from `pos`, right after the day) ends with
    a word that makes the day a start or a deadline (2月10日复工以来，3月1日起，2月10日至今，):
    cues.json _day_not_observed. 2月底， has closed its clause: no span."""
    if text[pos - 1:pos] in _CLAUSE_END_MARKS:
        return False
    stop = next((i for i in range(pos, min(end, pos + _SPAN_CLAUSE_MOST + 1)) if text[i] in _CLAUSE_END_MARKS), None)
    return stop is not None and text[pos:stop].endswith(_DAY_NOT_OBSERVED)


def _leading_date_by_definition(text: str, sentence: tuple[int, int], article_date: dt.date | None) -> dt.date | None:
    """`3月26日，…`, `去年底，…` or `今天上午，…` opening a sentence: the definition `leading_date` tries
    less often."""
    start = date_opening(text, sentence)
    m = _LEADING_DATE.match(text, start, min(sentence[1], start + 16))
    if m is None:
        rel = _LEADING_RELATIVE_DAY.match(text, start, min(sentence[1], start + 16))
        if rel is not None:
            return _relative_day(rel.group("rel"), article_date)
        return leading_year_end(text, start, min(sentence[1], start + 16), article_date)
    if _starts_a_span(text, m.end(), sentence[1]):
        return None
    return _sentence_dated(text, m, article_date)


# A period the figures after it are counted over, up to its last day: a stretch of time (1月31日至2月8日,
# 今年1-3月, 2月10日—3月15日期间, 3月下旬至6月底), a quarter, half or whole year (一季度, 前三季度, 上半年,
# 全年), a year's first months (今年前5个月), a month (5月份, 上月) or a written year (2021年). Its year is
# the one written, this year's, last year's (去年全年, 去年1-2月) or, unwritten, the article's.
_WINDOW_SEPARATORS = "至到\\-—–~～"
# Right after a period word, what makes it a start, a point or a limit rather than the span a count
# covers: 3月以来, 6月起, 一季度末 (a day: dated only after 截至), 2021年度, 上月中旬, 一季度内, 全年目标;
# or one of several periods (1月和2月分别…: respective_period pairs them with the figures). Not 中 alone:
# 一季度中小企业贷款 is the quarter's.
_PERIOD_NOT_BEFORE = ("以来", "来", "起", "开始", "以前", "之前", "前", "以后", "之后", "后", "同期", "末", "底", "初",
                      "上旬", "中旬", "下旬", "上中旬", "中下旬", "份", "至", "到", "度", "内", "目标", "任务",
                      *sorted(LIST_SEPARATORS))
_NOT_BEFORE = rf"(?!{alternation(_PERIOD_NOT_BEFORE)})"
# After a period's year or month: no numbered part of a date (6月, 1季度, 2、3月份, 15日: cues.json
# _whole_year_opening_clause numbered_parts), so that a pattern cannot end early there when the date
# goes on in a form it does not read (2020年2、3月份 is not 2020年, 2022年6月中旬以来 not 2022年). A figure
# may follow (2020年1.7亿元).
_NUMERAL = "[\\d一二三四五六七八九十〇零两]"
_NO_DATE_PART_AFTER = (rf"(?!{_NUMERAL}{{1,4}}(?:[{_WINDOW_SEPARATORS}、和及与]{_NUMERAL}{{1,4}}){{0,4}}"
                       rf"(?:{alternation(_C['whole_year_opening_clause']['numbered_parts'])}))")
# 全年无休, 全年不打烊: a manner of working, not the year a figure covers (cues.json _whole_year_manner).
_NOT_MANNER = rf"(?!{alternation(_C['whole_year_manner'])})"
_PERIOD = (
    rf"(?:(?P<y>{_YEAR})年|{'|'.join(_AS_OF_THIS_YEAR)}|(?P<last>{'|'.join(_AS_OF_LAST_YEAR)}))?(?:"
    rf"(?P<m1>{_MONTH})月(?:(?P<d1>{_DAY})[日号]|[上中下]旬|初)[{_WINDOW_SEPARATORS}]"
    rf"(?:(?P<m2>{_MONTH})月)?(?:(?P<d2>{_DAY})[日号]|(?<=月)[底末])"
    rf"|(?P<ma>{_MONTH})(?:月份?)?[{_WINDOW_SEPARATORS}](?P<mb>{_MONTH})月(?![\d一二三四五六七八九十])"
    rf"|(?:前|第)?(?P<q>[一二三四1-4首])季度{_NOT_BEFORE}"
    rf"|(?P<half>[上下])半年{_NOT_BEFORE}"
    rf"|全年{_NOT_BEFORE}{_NOT_MANNER}"
    rf"|前(?P<n>{_MONTH}|两)个月{_NOT_BEFORE}"
    rf"|(?P<mo>{_MONTH})月份?(?![\d一二三四五六七八九十日号]){_NOT_BEFORE}"
    rf"|(?P<prev>{'|'.join(_AS_OF_LAST_MONTH)})(?![\d一二三四五六七八九十]){_NOT_BEFORE})"
    # 2020年至2022年6月, 2020年至今年10月底, 2019年至2021年: a stretch over years, to the end of its
    # last month or year, to its last day (2020年1月至2022年6月15日, from a day too: 2022年1月1日至
    # 2022年8月31日, both years written, as a cumulative total's window is) or ten days (…6月中旬: the 20th,
    # as after 截至) (not 2020年至今: up to now, no date). No part of a date after its end
    # (_NO_DATE_PART_AFTER): 2022年6月… or 6月15日… the pattern cannot read ends nowhere, not at the year
    # or month before it.
    rf"|(?P<ys>{_YEAR})年(?:(?:{_MONTH})月份?(?:(?:{_DAY})[日号])?)?[{_WINDOW_SEPARATORS}]"
    rf"(?:(?P<ye>{_YEAR})年|(?P<yt>{'|'.join(_AS_OF_THIS_YEAR)})(?=(?:{_MONTH})月))"
    rf"(?:(?P<me>{_MONTH})月(?:(?P<de>{_DAY})[日号]|(?P<xe>[上中下])旬|[份底末])?)?{_NO_DATE_PART_AFTER}{_NOT_BEFORE}"
    # 2021年，…: a whole year, not one a month, quarter or half of it follows (2021年一季度末, 2021年全年目标).
    rf"|(?P<yo>{_YEAR})年(?=[，,])"
    # 2021年兑现9870万元: a whole year with no comma, read where it opens a clause (clause_periods) and
    # nothing of a part of the year or another time follows it (cues.json _whole_year_opening_clause):
    # no numbered part of it (2021年3月, 2021年1季度, 2020年2、3月份: a month, quarter or list of them).
    rf"|(?P<yc>{_YEAR})年{_NO_DATE_PART_AFTER}(?!{alternation(_C['whole_year_opening_clause']['not_before'])})"
    # 去年，…; 前年全县还减免…; 当年，…; 那一年我们…: a year named, by its distance from the article's
    # (relative_years) or as the year last written (sentence_year same_year_words), read as the year
    # written is (yo, yc): before a comma, or alone opening a clause (cues.json _whole_year_opening_clause).
    rf"|(?:(?P<ry>{_PAST_RELATIVE_YEAR})|(?P<sy>{_SAME_YEAR}))"
    rf"(?:(?=[，,])|{_NO_DATE_PART_AFTER}(?!{alternation(_C['whole_year_opening_clause']['not_before'])}))"
)
_LEADING_PERIOD = _on_re("_LEADING_PERIOD", rf"[\s“\"]*(?:自|从)?(?:{_PERIOD})", may_run_long=True)  # in 32 characters
_LEADING_REACH = 32  # the longest period (二〇二〇年十二月一日至十二月三十一日) and the words after it
# 据统计，/ 金融方面，/ 据区人社局统计，: a few characters saying what follows is about, then a comma.
_TOPIC = _on_re("_TOPIC", r"[\s“\"]*[\p{Han}]{2,14}[，,]", may_run_long=True)  # in 18 characters: 记者从区金融办获悉，
_TOPIC_REACH = 18
# 国家税务总局XX区税务局日前通报，1至5月，…: a longer lead-in clause that only says who reports
# (cues.json _reported_lead_in_verbs), no figure in it, before the date or period opening the sentence.
_REPORTED_LEAD_IN_MOST = 40
_REPORTED_LEAD_IN = _on_re("_REPORTED_LEAD_IN",
    rf"[\s“\"]*[^，,。；;！？!?：:\d\n]{{2,{_REPORTED_LEAD_IN_MOST}}}?(?:{alternation(_C['reported_lead_in_verbs'])})[，,：:]", may_run_long=True)
_CLAUSE_PERIOD = _on_re("_CLAUSE_PERIOD", _PERIOD)
# Where a period may be: most sentences and clauses have no month, quarter or year (the scan saves the pattern).
_PERIOD_MARKS = literal_scanner(("月", "季度", "年"))
# Before a period in a figure's clause, what makes it one compared with or a condition's, not the one
# the figure is counted over (较1-2月提高至97.6%, 比上月, 高于一季度, 与去年全年相比, 对一季度研发投入
# 超过300万元的企业, 恢复到一季度水平), or the second of several periods (一季度、上月分别…).
_PERIOD_NOT_AFTER = (*_CHANGE_REFERENCES, *_C["rate_compared_by"], *sorted(LIST_SEPARATORS), "同", "对", "到", "至",
                     "超过", "相当于", "占", "向", "为")


def leading_period_end(text: str, sentence: tuple[int, int], article_date: dt.date | None) -> dt.date | None:
    """The last day of a period opening a sentence (2月10日至3月15日 -> 15 March, 1-3月 -> 31 March,
    一季度 -> 31 March), or opening its second clause after a short topic phrase (金融方面，1-2月，…), or None."""
    if _PERIOD_MARKS.search(text, sentence[0], min(sentence[1], sentence[0] + _REPORTED_LEAD_IN_MOST + 8 + _LEADING_REACH)) is None:
        return None  # no month, quarter or year: most sentences
    m = _opening_period(text, sentence)
    return _past_period_end(m, article_date) if m and _counted_over(text, m, sentence[1]) else None


_PART_MARKS = frozenset("；;")  # what opens a semicolon part of a sentence


def later_opening_periods(text: str, sentence: tuple[int, int], article_date: dt.date | None) -> list[tuple[int, int, dt.date | None]]:
    """(start, end, last day or None) of each clause after the sentence's start that is a period
    alone (2020年，…4.12亿元；2021年，新增减税降费3.6亿元): the sentence speaks of several periods,
    and each heads the figures after it, as a period opening a sentence heads it. The last day is
    None for a period still running at the article's date (…；2022年，… in 2022) and for a clause
    alone of a time up to now (…；今年以来，又发放1.2亿元: cues.json clause_up_to_now), unless a
    截至 date before it dates the sentence. A period inside a clause holding a figure dates that
    clause alone (上半年共免收担保费86万元，新增担保贷款2.3亿元: clause_periods), unless it opens a
    semicolon part: then it heads the part's figures (…；二季度兑现资金1.07亿元，新增贷款15.3亿元)."""
    if _PERIOD_MARKS.search(text, sentence[0], sentence[1]) is None and _UP_TO_NOW_SCAN.search(text, sentence[0], sentence[1]) is None:
        return []  # no month, quarter, year or time up to now: most sentences
    found = []
    marks = [m.start() for m in _CLAUSE_MARK_SCAN.finditer(text, sentence[0], sentence[1])]
    for mark, end in zip(marks, marks[1:] + [sentence[1]]):  # each clause after a mark, to the next mark
        pos = mark + 1
        m = _CLAUSE_PERIOD.match(text, pos, end)
        if m is not None and (m.end() == end or (text[mark] in _PART_MARKS and _AS_OF.search(text, sentence[0], pos) is None)) \
                and _counted_over(text, m, sentence[1]):
            # a period alone in its clause, or opening a semicolon part of a sentence no 截至 date
            # governs (一季度，…11.4亿元；二季度兑现资金1.07亿元，新增贷款15.3亿元: the part's figures
            # are the second quarter's; 截至3月末，…；2020年疫情防控期间，…: another time, not a period)
            found.append((pos, end, _past_period_end(m, article_date)))
        elif _up_to_now(text[pos:end]) and _AS_OF.search(text, sentence[0], pos) is None:
            found.append((pos, end, None))
    return found


_UP_TO_NOW = _C["clause_up_to_now"]
_UP_TO_NOW_SCAN = literal_scanner((*_UP_TO_NOW["ends"], *_UP_TO_NOW["alone"]))
_UP_TO_NOW_ENDS, _UP_TO_NOW_ALONE = tuple(_UP_TO_NOW["ends"]), frozenset(_UP_TO_NOW["alone"])  # made once, asked per clause


def _up_to_now(clause: str) -> bool:
    """Whether a clause is a time up to now alone (今年以来, 目前): cues.json clause_up_to_now."""
    return clause.endswith(_UP_TO_NOW_ENDS) or clause in _UP_TO_NOW_ALONE


_START = itemgetter(0)  # of a (start, end, …) span


def later_period_end(periods: list[tuple[int, int, dt.date | None]], text: str, clause_start: int, pos: int):
    """The last day of the last of `periods` (`later_opening_periods`) opening a clause before the
    clause of the figure at `pos` (starting at `clause_start`), `_NOT_A_DAY_LIST` when none does or
    a time of the figure's own (今年以来, 目前) or a 截至 date stands between it and the figure:
    these date it themselves."""
    # `periods` are in text order: a bisection finds the last before the clause, where a list of
    # those before it was made for every figure of a long sentence.
    i = bisect.bisect_left(periods, clause_start, key=_START)
    if i == 0:
        return _NOT_A_DAY_LIST
    start, end, last = periods[i - 1]
    if any(w in text[end:pos] for w in _OWN_TIME_WORDS) or _AS_OF.search(text, end, pos) is not None:
        return _NOT_A_DAY_LIST
    return last


# What ends the clause of a period opening a sentence, and, at its end, words that make the
# period a start (2月份出台惠企政策以来，…; 3月中旬开始，…).
_PERIOD_CLAUSE_END = re.compile(r"[，,；;。！？!?：:]")
_WHO_AFTER_DE = ("员工", "职工", "人员", "企业", "商户", "个体", "农民工", "劳动力", "毕业生", "人才", "群众", "居民", "工人",
                 "农户", "贫困户", "家庭", "学生", "客户")
_WHO_REACH = 8
# Words of a time of its own in a figure's clause after the first (今年以来, 目前, 去年同期).
_OWN_TIME_WORDS = ("今年", "以来", "目前", "当前", "去年", "同期", "本月", "现在", "此前", "同比")
_START_WORDS = ("以来", "起", "开始", "以后", "之后", "后", "时")  # 2月份疫情最严重时: a point
_PERIOD_OF_EVENT = tuple(_C["period_of_event"])
_PERIOD_OF_EPISODE = tuple(_C["period_of_episode"])


def _counted_over(text: str, m: re.Match, end: int) -> bool:
    """Whether the period `m` is the span its figures are counted over: not a start written with
    自/从 (自2月份出台政策以来; a stretch 自1月31日至2月8日 is one), not the first months of a
    job or a term without the year (前3个月每人每月发放…: 今年前5个月 is the year's), and not in
    a clause that ends as a start (2月份出台惠企政策以来，) or that says who is meant with 的 (2月份新招用
    的员工每人补贴1000元)."""
    written = m.group().lstrip(" \t\n“\"")
    stretch = m.group("m1") or m.group("ma") or m.group("ys")
    if written.startswith(("自", "从")) and not stretch:
        return False
    if m.group("n") and not (m.group("y") or any(w in written for w in _AS_OF_THIS_YEAR)):
        return False
    close = _PERIOD_CLAUSE_END.search(text, m.end(), end)
    rest = text[m.end():close.start() if close else end]
    if any(w in rest for w in _PERIOD_OF_EVENT):
        return False  # 2021年8月疫情暴发，…; 3月份出台惠企政策，…: when something happened (cues.json _period_of_event)
    if (m.group("mo") or m.group("prev")) and rest.rstrip().endswith(_PERIOD_OF_EPISODE):
        return False  # 8月银川市发生疫情期间，…: an episode in the month, not the month counted over (cues.json _period_of_episode)
    if not rest.strip() and close is not None and _month_of_issuing(text, m, close.end(), end):
        return False  # 今年2月，某区出台“十五条”，累计兑现…: the month the policy was issued
    return "的" not in rest and not rest.endswith(_START_WORDS)


_PERIOD_OF_ISSUING = tuple(_C["period_of_issuing"]["verbs"])
_POLICY_ISSUED = tuple(_C["period_of_issuing"]["policies"])
_NUMBERED_POLICY = re.compile(_C["period_of_issuing"]["numbered_policy"])
_NOT_A_POLICY_ISSUED = tuple(_C["period_of_issuing"]["not_policy"])
_MONTH_REFERRED_BACK = tuple(_C["period_of_issuing"]["referred_back"])


def _month_of_issuing(text: str, m: re.Match, lo: int, end: int) -> bool:
    """The period `m`, a single month alone in its clause, dates the issuing of a policy that the
    clause after it (from `lo`) states: 今年2月，潼南区出台…“十五条”，… (cues.json _period_of_issuing),
    unless the sentence refers back to the month after it (…，全月发放稳岗补贴300万元)."""
    if not (m.group("mo") or m.group("prev")):
        return False  # 1-2月, 一季度, 2020年: a span the figures are counted over
    close = _PERIOD_CLAUSE_END.search(text, lo, end)
    issued_end = close.start() if close else end
    return _issues_a_policy(text[lo:issued_end]) \
        and not any(w in text[issued_end:end] for w in _MONTH_REFERRED_BACK)


def _issues_a_policy(clause: str) -> bool:
    """Whether `clause` issues a policy: an issuing verb with a policy named after it (出台…“二十条”,
    印发…若干措施: cues.json period_of_issuing policies, numbered_policy). Data published (发布数据显示…,
    发布最新数据) or a product launched (推出“复工贷”) is no policy: the month dates the figures then."""
    at = min((i for i in (clause.find(w) for w in _PERIOD_OF_ISSUING) if i >= 0), default=-1)
    if at < 0 or any(w in clause for w in _NOT_A_POLICY_ISSUED):
        return False
    issued = clause[at:]
    return any(w in issued for w in _POLICY_ISSUED) or _NUMBERED_POLICY.search(issued) is not None


def _opening_period(text: str, sentence: tuple[int, int]) -> re.Match | None:
    """The period opening the sentence, else the one opening the clause after a topic phrase that
    states no figure (据统计，1至2月，…): such a phrase only says what the sentence is about."""
    m = _LEADING_PERIOD.match(text, sentence[0], min(sentence[1], sentence[0] + _LEADING_REACH))
    if m is not None:
        return m
    topic = _TOPIC.match(text, sentence[0], min(sentence[1], sentence[0] + _TOPIC_REACH)) \
        or _REPORTED_LEAD_IN.match(text, sentence[0], min(sentence[1], sentence[0] + _REPORTED_LEAD_IN_MOST + 8))
    if topic is None:
        return None
    m = _LEADING_PERIOD.match(text, topic.end(), min(sentence[1], topic.end() + _LEADING_REACH))
    # 全区复工率达九成，一季度…: a figure before the period is not counted over it.
    return m if m is not None and not find_numbers(topic.group()) else None


def clause_period_end(text: str, sentence: tuple[int, int], pos: int, article_date: dt.date | None) -> dt.date | None:
    """The last day of a period written before the figure at `pos` in the figure's own clause (区内银行
    机构1-2月发放贷款5.7亿元), or None. A period after the figure, or in another clause (a list of other
    facts: 新增贷款6.3亿元，1-2月减免租金…), does not date it; nor does one compared with (较1-2月, 比一季度),
    nor one in a phrase ending in 的 before the figure: it says who or what is meant (在2月11日至2月20日
    期间新入职的员工给予每人600元, 恢复到一季度的九成), not when the figure was counted."""
    lo = _clause_start(text, sentence[0], pos)
    return period_before(clause_periods(text, lo, pos, article_date), pos)


_DE = re.compile("的")  # the clause's 的 found by the engine, not by a look at each character


def clause_periods(text: str, lo: int, hi: int, article_date: dt.date | None) -> tuple[list, list[int]]:
    """The periods of the clause text[lo:hi] that may date a figure after them, each (start, end,
    its last day or None), and the positions of 的 in the clause: found once per clause, so that
    each figure of a long list in one clause is dated by a bisection (`period_before`). Not a
    period compared with (较1-2月, 比一季度) nor the first months of a term (前3个月: not 今年前3个月)."""
    if _PERIOD_MARKS.search(text, lo, hi) is None:
        return [], []
    periods = [(m.start(), m.end(), _past_period_end(m, article_date)) for m in _CLAUSE_PERIOD.finditer(text, lo, hi)
               if not text.endswith(_PERIOD_NOT_AFTER, lo, m.start()) and not text.endswith(_PERIOD_BASE_BEFORE, lo, m.start())
               and not ((m.group("yc") or m.group("ry") or m.group("sy")) and not _opens_clause(text, lo, m.start()))
               and not (m.group("n") and not (m.group("y") or text.startswith(_AS_OF_THIS_YEAR, m.start())))]
    if not periods:
        return [], []
    # A 的 before people or firms (期间新入职的员工, 的非珠海户籍员工) says who is meant, and so does one
    # before a verb of giving (2月份复工的给予奖励20万元); 一季度的新增贷款 still names when.
    return periods, [i for i in (m.start() for m in _DE.finditer(text, lo, hi))
                     if any(w in text[i + 1:min(hi, i + 1 + _WHO_REACH)] for w in _WHO_AFTER_DE)
                     or (text.startswith(_GIVEN_AFTER_DE, i + 1) and _period_in_condition(text, periods, i))]


def _opens_clause(text: str, lo: int, pos: int) -> bool:
    """Whether `pos` opens the clause starting at `lo`: nothing but spaces or quotes before it."""
    return not text[lo:pos].strip(" \t\n“\"")


def _period_in_condition(text: str, periods: list, de: int) -> bool:
    """Whether the period last before `de`, a 的 closing a condition (…的给予), lies inside that
    condition (2月份复工的给予): no 对/向/为 opening it after the period (1-3月份对新招用员工的给予
    … is the months' sum)."""
    last = max((end for _, end, _ in periods if end <= de), default=None)
    return last is not None and not any(ch in _CONDITION_OPENERS for ch in text[last:de])


_CONDITION_OPENERS = frozenset("对向为")


_PERIOD_BASE = _C["period_base"]
# 按其2月份, 按企业3月份: cues.json _period_base.
_PERIOD_BASE_BEFORE = tuple(w + gap for w in _PERIOD_BASE["words"] for gap in _PERIOD_BASE["gaps"])
_GIVEN_AFTER_DE = tuple(_PERIOD_BASE["given_after"])


def period_before(found: tuple[list, list[int]], pos: int) -> dt.date | None:
    """The last day of the first period of `found` (`clause_periods`) that ends before `pos` with
    no 的 between it and `pos` (2月11日至2月20日期间新入职的员工…600元: who is meant, not when)."""
    period = _period_naming(found, pos)
    return period[2] if period is not None else None


def _period_naming(found: tuple[list, list[int]], pos: int) -> tuple | None:
    """The first period of `found` that names when the figure at `pos` was counted (`period_before`),
    as (start, end, its last day or None: still running, or of no year), or None."""
    periods, des = found
    for start, end, last in periods:
        if end > pos:
            break
        i = bisect.bisect_left(des, end)
        if i < len(des) and des[i] < pos:
            continue
        return start, end, last
    return None


def _clause_start(text: str, lo: int, pos: int) -> int:
    """The start of the clause holding `pos` in the sentence starting at `lo`: after the last clause mark."""
    return max(lo, max(text.rfind(mark, lo, pos) for mark in _CLAUSE_MARKS) + 1)


def _past_period_end(m: re.Match, article_date: dt.date | None) -> dt.date | None:
    """The period's last day; None when it ends after the article's date (2月至6月，免征… in April:
    a term still running or a plan, not a count's end) or has no year (none written, no article date).
    全年 of no year written, still running at the article's date, is the year named last before it
    (`_whole_year_named_back`: 去年，…。全年新增贷款…)."""
    last = _period_end(m, article_date)
    if last is not None and article_date is not None and last > article_date:
        if m.group().lstrip(" \t\n“\"").startswith("全年"):
            return _whole_year_named_back(m.string, m.start(), article_date)
        return None
    return last


# A year written or named (2020年, 去年, 前年, 当年, 那一年), not a start, a stretch or a point of it
# (2020年以来, 去年同期, 去年底: cues.json _sentence_year not_after).
_NAMED_YEAR = _on_re("_NAMED_YEAR",
    rf"(?:(?P<y>{_YEAR})年|(?P<ry>{_RELATIVE_YEAR})|(?P<sy>{_SAME_YEAR}))(?!{alternation(_SENTENCE_YEAR['not_after'])})", may_run_long=True)


# 是2019年的1.9倍: a year a figure is a multiple of, compared with (cues.json sentence_year compared_multiple)
_YEAR_MULTIPLIED = re.compile(_SENTENCE_YEAR["compared_multiple"])


_SINCE_EVENT = _on_re("_SINCE_EVENT",
    rf"[^，,；;。！？!?\d]{{0,{_SINCE['event_between_most']}}}?(?:{alternation(_SINCE['closes'])})")


def _year_of_a_since(text: str, found: re.Match, pos: int) -> bool:
    """Whether the year `found` is where a time since starts (自2020年疫情发生以来, 从去年起: cues.json
    _clause_since event_between_most): a start, not a year a later 全年 refers back to."""
    return text.endswith(tuple(_SINCE["opens"]), 0, found.start()) \
        and _SINCE_EVENT.match(text, found.end(), pos) is not None


def _whole_year_named_back(text: str, pos: int, article_date: dt.date) -> dt.date | None:
    """31 December of the year a 全年 at `pos` refers to when the article's year is still running (a
    review written the year after: 2021年，…。全年共发放…; 去年疫情发生后，…，全年共发放…): the year written or
    named last before it in its paragraph, or in the sentence before when its sentence opens the
    paragraph, not one compared with (比2020年多发放, 是2019年的1.9倍); None when there is none or it is still running."""
    sentence = max(text.rfind(mark, 0, pos) for mark in _SENTENCE_BREAKS) + 1
    end = sentence
    while end > 0 and (text[end - 1] in _SENTENCE_BREAKS or text[end - 1].isspace()):
        end -= 1
    lo = min(text.rfind("\n", 0, pos) + 1, max(text.rfind(mark, 0, end) for mark in _SENTENCE_BREAKS) + 1)
    named = None
    for found in _NAMED_YEAR.finditer(text, lo, pos):
        if not text[max(lo, found.start() - 8):found.start()].rstrip(_COMPARED_TAILS).endswith(_SENTENCE_YEAR_COMPARED) \
                and _YEAR_MULTIPLIED.match(text, found.end(), pos) is None and not _year_of_a_since(text, found, pos):
            named = found
    if named is None:
        return None
    if named.group("y"):
        year = _date_part(named.group("y"))
    elif named.group("ry"):
        year = article_date.year + _RELATIVE_YEARS[named.group("ry")]
    else:
        written = _year_referred_back(text, named.start())
        year = None if written is None else _date_part(written)
    last = None if year is None else _date_or_none(year, 12, None)
    return last if last is not None and last <= article_date else None


def _period_end(m: re.Match, article_date: dt.date | None) -> dt.date | None:
    """The last day of the period `m` names (1-3月 -> 31 March, 上半年 -> 30 June, 上月 -> the end of
    the month before the article's, 2021年 -> 31 December 2021)."""
    if m.group("prev"):
        return _last_month_end(article_date) if article_date else None
    if m.group("yo") or m.group("yc"):
        return _date_or_none(_date_part(m.group("yo") or m.group("yc")), 12, None)
    if m.group("ry") or m.group("sy"):
        return _named_year_end(m, article_date)
    if m.group("ys"):
        year = _date_part(m.group("ye")) if m.group("ye") else article_date.year if article_date else None
        if year is None:
            return None
        if not m.group("me"):
            return _date_or_none(year, 12, None)
        day = m.group("de") or (_XUN_LAST_DAY[m.group("xe")] if m.group("xe") else None)  # None: the month's end
        return _date_or_none(year, _date_part(m.group("me")), _date_part(day) if day else None)
    year, last = _period_year(m, article_date), _period_last_day(m)
    return _date_or_none(year, *last) if year is not None and last is not None else None


def _named_year_end(m: re.Match, article_date: dt.date | None) -> dt.date | None:
    """31 December of a whole year named, not written (去年，… / 前年全县… from the article's date; 当年，…
    / 那一年… the year last written before it: `_year_referred_back`), None when it cannot be told."""
    if m.group("sy"):
        year = _year_referred_back(m.string, m.start("sy"))
        return None if year is None else _date_or_none(_date_part(year), 12, None)
    if article_date is None:
        return None
    return _date_or_none(article_date.year + _RELATIVE_YEARS[m.group("ry")], 12, None)


def _period_year(m: re.Match, article_date: dt.date | None) -> int | None:
    """The year written before a period, else the article's (去年/上年: the one before), None
    without the article's date."""
    if m.group("y"):
        return _date_part(m.group("y"))
    if article_date is None:
        return None
    return article_date.year - 1 if m.group("last") else article_date.year


def _period_last_day(m: re.Match) -> tuple[int, int | None] | None:
    """The month and the day (None: the month's end) a period ends on; None for 3-1月 (no stretch
    forward in time)."""
    if m.group("mb"):
        if _date_part(m.group("ma")) >= _date_part(m.group("mb")):
            return None
        return _date_part(m.group("mb")), None
    if m.group("m1"):
        return _date_part(m.group("m2") or m.group("m1")), _date_part(m.group("d2")) if m.group("d2") else None
    if m.group("q"):
        return int(_QUARTER_END_MONTH[m.group("q")]), None
    if m.group("half"):
        return (6 if m.group("half") == "上" else 12), None
    month = m.group("n") or m.group("mo")  # 前5个月, 5月份
    return (_date_part(month) if month else 12), None  # else 全年


_ITEM_OWN_TIME = tuple(_C["list_item_own_time"])  # 其中A区节后第二周就已达到100%: a time of its own
# A mark of a date or period between a list's head row and an item (其中4月份…, 二季度…, 3日…).
_DATE_MARK = re.compile("[月日号季年旬]")


def _dated_later_by_dao(text: str, sentence: tuple[int, int], m: regex.Match | None = None) -> bool:
    """Whether the sentence's first 截至-like date (`m`, searched when not given) is 到 and a date
    opening a clause after its first (数据显示，2020年4月底，…复工率为98.5%；到2020年12月底，…): a later
    stage, which dates the clauses after it, not the sentence's opening."""
    if m is None:
        if _AS_OF_OPENER.search(text, sentence[0], sentence[1]) is None:
            return False  # most sentences
        m = _AS_OF.search(text, sentence[0], sentence[1])
    return m is not None and m.group().startswith("到") and m.start() > date_opening(text, sentence) \
        and text[m.start() - 1] in _CLAUSE_END_MARKS


def sentence_as_of(text: str, geo: Document, sentence: tuple[int, int], category: str,
                   article_date: dt.date | None, *, by_period: bool = True) -> dt.date | None:
    """The date every figure of a sentence refers to, or None: 截至…, else a period opening it (not
    for a figure `by_period` False: a share of a cost, `period_dates`), else (an indicator's) a day
    opening it. A period inside one figure's clause is that figure's alone: extract_measures reads
    it per row (clause_period_end) where this gives None."""
    as_of = find_as_of(text, sentence, article_date)
    if as_of is not None and _dated_later_by_dao(text, sentence):
        # 数据显示，2020年4月底，…复工率为98.5%；到2020年12月底，产能…: the day opening the sentence
        # dates it; 到 dates only the clauses after it (later_clause_as_ofs).
        lead = (leading_period_end(text, sentence, article_date) if by_period else None) \
            or (leading_date(text, sentence, article_date) if category in INDICATORS else None)
        if lead is not None and lead < as_of:
            as_of = lead
    if as_of is None and text.startswith("至", opening := date_opening(text, sentence)):
        m = _AS_OF_ZHI.match(text, opening, sentence[1])
        if m and not text.startswith(("的", "前"), m.end()):
            as_of = _as_of_date(m, article_date)
            if as_of is not None and article_date is not None and (
                    as_of > article_date or (article_date - as_of).days > _ZHI_LAST_YEAR_MOST):
                # 至6月底，…将免收租金 in April: until a day still to come (a deadline), not the June
                # before last; 至12月底 in a January article is last December's still.
                as_of = None
    if as_of is None:
        as_of = same_day_as_of_before(text, geo, sentence, article_date)
    if as_of is None and by_period and text.startswith(_PART_OF_BEFORE, sentence[0]) and sentence[0] > 0:
        # 其中…, 这里面… (attribution.json part_openers) continues the sentence before it, and so does its date;
        # not for a share of a cost (其中，对中小微企业按…的100%返还): the standard the total was paid at, no part of it.
        before = geo.sentence_before(sentence)
        as_of = find_as_of(text, before, article_date)
        if as_of is None and category != "fund" and leading_period_end(text, sentence, article_date) is None:
            # 今年1—6月，…兑现资金1.26亿元。其中，…兑付资金4380万元: the part is counted over the
            # period the total was, unless it opens with a period of its own; not a fund's parts
            # (去年…出资1亿元设立资金池。其中，应急周转资金6000万元): sizes it was given, no count
            as_of = _period_of_figures(text, before, article_date)
    if as_of is None:
        as_of = _as_of_of_line_continued(text, geo, sentence, article_date)
    if as_of is None and sentence[0] > 0 and text[sentence[0] - 1] == "\n":
        as_of = _colon_lead_in_as_of(text, geo, sentence, article_date)
    if as_of is None and by_period:
        as_of = leading_period_end(text, sentence, article_date)
    if as_of is None and category in INDICATORS:
        as_of = leading_date(text, sentence, article_date) or same_day_as_before(text, geo, sentence, article_date)
    if as_of is None and by_period:
        as_of = same_period_as_before(text, geo, sentence, article_date)
    return as_of


def _period_of_figures(text: str, sentence: tuple[int, int], article_date: dt.date | None) -> dt.date | None:
    """The end of the period `sentence` counts its figures over: one opening it (1—6月，…), else the
    last that opens a clause of its own in it (7月15日，记者…获悉，今年1—6月，…), or None."""
    end = leading_period_end(text, sentence, article_date)
    if end is None:
        end = next((last for _, _, last in reversed(later_opening_periods(text, sentence, article_date))), None)
    return end


_SAME_DAY_WORDS = tuple(_C["same_day_words"])


def same_day_as_before(text: str, geo: Document, sentence: tuple[int, int], article_date: dt.date | None) -> dt.date | None:
    """The day the sentence before states when this one opens with 同日 or 当天 and a comma (截至4月9日，
    …98.2%。同日，全市…复工率为95.7%): its last 截至 date, else the day opening it; None when that
    sentence writes no day (a month's end, a period: cues.json _same_day_words)."""
    if _opening_same_word(text, sentence, _SAME_DAY_WORDS) is None:
        return None  # most sentences
    before = geo.sentence_before(sentence)
    if before == sentence:
        return None
    day = _date_of_figures(text, before, article_date)
    if day is None or not _writes_day(text, before, day):
        return None  # 截至3月底，…。当天，…: no day written for it to name
    return day


def _date_of_figures(text: str, sentence: tuple[int, int], article_date: dt.date | None) -> dt.date | None:
    """The date `sentence` states its figures by: its last clause's 截至 date, else its own, else the
    date opening it."""
    later = later_clause_as_ofs(text, sentence, article_date)
    return (later[-1][1] if later else None) or find_as_of(text, sentence, article_date) \
        or leading_date(text, sentence, article_date)


def _writes_day(text: str, sentence: tuple[int, int], day: dt.date) -> bool:
    """Whether `sentence` writes `day`'s day of the month (9日, 9号), not only a month's end."""
    return any(f"{day.day}{mark}" in text[sentence[0]:sentence[1]] for mark in ("日", "号"))


# 截至同日, 截止当日: a 截至 naming the day an earlier sentence wrote (cues.json _same_day_as_of)
_SAME_DAY_AS_OF = re.compile("(?:" + "|".join(map(re.escape, _C["same_day_as_of"]["openers"])) + ")(?:"
                             + "|".join(map(re.escape, _SAME_DAY_WORDS)) + ")")


def same_day_as_of_before(text: str, geo: Document, sentence: tuple[int, int],
                          article_date: dt.date | None) -> dt.date | None:
    """The day a 截至同日 (截止当日) anywhere in the sentence names (另据某市统计，截至同日全市复工率为…):
    the nearest of at most back_most sentences before that dates its figures, when it writes that day;
    a sentence with no such date (2019年，…: background) is walked past."""
    if _SAME_DAY_AS_OF.search(text, sentence[0], sentence[1]) is None:
        return None  # most sentences
    seen = sentence
    for _ in range(_C["same_day_as_of"]["back_most"]):
        before = geo.sentence_before(seen)
        if before == seen:
            return None
        day = _date_of_figures(text, before, article_date)
        if day is not None:  # 截至3月底，…。…截至同日…: no day written for it to name
            return day if _writes_day(text, before, day) else None
        seen = before
    return None


def _opening_same_word(text: str, sentence: tuple[int, int], words: tuple[str, ...]) -> str | None:
    """The word of `words` (同日, 同期 …) that opens the sentence, after any date opening it, followed
    by a comma; else None: the sentence names the date of one before it."""
    start = date_opening(text, sentence)
    if not text.startswith(words, start):
        return None  # most sentences: none of the words opens them (one startswith of the tuple)
    word = next((w for w in words if text.startswith(w, start)), None)
    if word is None or text[start + len(word):start + len(word) + 1] not in ("，", ","):
        return None
    return word


_SAME_PERIOD = _C["same_period_as_before"]
_SAME_PERIOD_WORDS = tuple(_SAME_PERIOD["period_words"])
_SAME_PERIOD_OR_DAY_WORDS = _SAME_PERIOD_WORDS + _SAME_DAY_WORDS  # joined once, not per sentence


def same_period_as_before(text: str, geo: Document, sentence: tuple[int, int],
                          article_date: dt.date | None) -> dt.date | None:
    """The date an earlier sentence states when this one opens with 同期 (or 同日, 当天) and a comma
    (1—5月，…。同期，全区新增减税降费…; 截至12月15日，…。其中，…。同日，全市…): the nearest of at most
    back_most sentences before that dates its figures (截至…, a period opening it); a day-word needs a
    day written there, as same_day_as_before does (cues.json _same_period_as_before)."""
    word = _opening_same_word(text, sentence, _SAME_PERIOD_OR_DAY_WORDS)
    if word is None:
        return None  # most sentences
    seen = sentence
    for _ in range(_SAME_PERIOD["back_most"]):
        before = geo.sentence_before(seen)
        if before == seen:
            return None
        later = later_clause_as_ofs(text, before, article_date)
        date = (later[-1][1] if later else None) or find_as_of(text, before, article_date) \
            or (None if _opens_with_one_month(text, before) else leading_period_end(text, before, article_date))
        if date is not None:
            if word in _SAME_DAY_WORDS and not any(
                    f"{date.day}{mark}" in text[before[0]:before[1]] for mark in ("日", "号")):
                return None  # 1—5月，…。同日，…: no day written for it to name
            return date
        seen = before
    return None


def _opens_with_one_month(text: str, sentence: tuple[int, int]) -> bool:
    """The sentence opens with one month alone (4月份为退税集中期，单月退税12.07亿元): a month inside
    the report's window, which 同期 does not name (same_period_as_before walks on past it)."""
    m = _opening_period(text, sentence)
    return m is not None and m.group("mo") is not None and m.group("ma") is None


# Shares of a cost covered (SPEC §4: a rate inside these categories): cues.json _period_undated_shares.
_PERIOD_UNDATED_SHARES = frozenset(_C["period_undated_shares"])


# A rate written as a cap (利率低至3.65%, 担保费率不超过1%): cues.json _period_undated_rate_qualifiers;
# an average (平均利率不高于4.8%) is still a level reached over its period (period_averaged_word).
_PERIOD_UNDATED_RATE_QUALIFIERS = frozenset(_C["period_undated_rate_qualifiers"])
_AVERAGE_WORD = _C["period_averaged_word"]


def period_dates(category: str, unit: str, qualifier: str = "exact", averaged: bool = False) -> bool:
    """Whether a period the figure is counted over (2021年，…; 今年上半年…; 1-2月…) dates it at its end:
    an amount or count paid or reached over it, an interest or fee rate reached over it; not a share of
    a cost covered (返还标准为…缴纳失业保险费的90%, 按实际支付利息的50%予以贴息), the terms of the support,
    no stock at the period's end (cues.json _period_undated_shares), nor a rate written as a cap (去年，…
    贷款利率低至3.65%: the product's terms, cues.json _period_undated_rate_qualifiers) unless it is an average
    reached over the period (`averaged`: 今年1至5月，…平均利率不高于4.8%). A 截至 date or a day still dates it."""
    if unit != "ratio":
        return True
    return category not in _PERIOD_UNDATED_SHARES \
        and (averaged or qualifier not in _PERIOD_UNDATED_RATE_QUALIFIERS)


_LINE_CONTINUED = _C["as_of_line_continued"]
_CLAUSE_MARKS_AT_LINE_END = tuple(_LINE_CONTINUED["marks"])
_ITEM_OPENERS = frozenset(_LINE_CONTINUED["item_openers"])
_ITEM_MARKS = tuple(_LINE_CONTINUED["item_marks"])
_ITEM_FIRST_CHARS = frozenset(_LINE_CONTINUED["item_first_chars"])
_ORDINAL_PREFIX = _LINE_CONTINUED["ordinal_prefix"]
_ORDINAL_MARKS = tuple(_LINE_CONTINUED["ordinal_marks"])


def _continues_line_before(text: str, sentence: tuple[int, int]) -> bool:
    """The sentence opens a line right after one ending in a clause mark (…复工率100%； / 限上服务业
    企业…), no item of a list (一是…, （三）…): the layout broke one sentence (cues.json
    _as_of_line_continued)."""
    start = sentence[0]
    if start < 2 or text[start - 1] != "\n" or start >= sentence[1]:
        return False
    if not text.endswith(_CLAUSE_MARKS_AT_LINE_END, 0, start - 1) or text[start] in _ITEM_FIRST_CHARS:
        return False
    ordinal = text.startswith(_ORDINAL_PREFIX, start)  # 第二，…
    first = opener = start + len(_ORDINAL_PREFIX) * ordinal
    while opener < sentence[1] and text[opener] in _ITEM_OPENERS:
        opener += 1
    return not (opener > first and text.startswith(_ORDINAL_MARKS if ordinal else _ITEM_MARKS, opener))


def _as_of_of_line_continued(text: str, geo: Document, sentence: tuple[int, int],
                             article_date: dt.date | None) -> dt.date | None:
    """The date of the sentence a broken line continues (截至3月31日，…100%； / 限上服务业企业复工率
    96.3%。), back over the lines it runs on from; None when it continues none or that has none."""
    seen = sentence
    while _continues_line_before(text, seen):
        before = geo.sentence_before(seen)
        if before == seen:
            return None
        as_of = find_as_of(text, before, article_date)
        if as_of is not None:
            return as_of
        seen = before
    return None


_COLON_LEAD_IN = _C["as_of_colon_lead_in"]
_LEAD_IN_COLONS = tuple(_COLON_LEAD_IN["colons"])
_LEAD_IN_ITEM_ENDS = tuple(_COLON_LEAD_IN["item_ends"])


def _colon_lead_in_as_of(text: str, geo: Document, sentence: tuple[int, int],
                         article_date: dt.date | None) -> dt.date | None:
    """The date of a line ending in a colon that leads in the list whose item opens `sentence` (截至5月15日：
    / ✅ …31户已全部复工，复工率100%； / ✅ …64户…), up over the items before it that end in a clause
    mark: the colon continues its sentence over the items (cues.json _as_of_colon_lead_in); else None."""
    start = sentence[0]
    if not text[start:geo.line_of(start)[1]].rstrip().endswith(_LEAD_IN_ITEM_ENDS):
        return None  # 1. 芜湖经开区 99.2%: a ranking's or table's row, no prose item
    for _ in range(_COLON_LEAD_IN["items_most"]):
        if start < 2 or text[start - 1] != "\n":
            return None
        line = geo.line_of(start - 2)
        body = text[line[0]:line[1]].rstrip()
        if body.endswith(_LEAD_IN_COLONS):
            return find_as_of(text, geo.sentence_of(line[0] + len(body) - 1), article_date)
        if not body.endswith(_CLAUSE_MARKS_AT_LINE_END):
            return None  # 。 or an empty line: the list, if any, is not led in by a colon above
        start = line[0]
    return None


_BLOCK_CAPTION = _C["as_of_block_caption"]
_BLOCK_BULLETS = _BLOCK_CAPTION["bullets"]
_BLOCK_LABEL_MARKS = tuple(_BLOCK_CAPTION["marks"])
_BLOCK_HEADING_NOT = tuple(_BLOCK_CAPTION["heading_not"])
_BLOCK_LEAD_IN_ENDS = tuple(_BLOCK_CAPTION["lead_in_ends"])
# 复工企业：152家 / ●复工率：93.4% / 复工复产企业——186家: a label opening the line, then its mark.
_KEY_VALUE_LABEL = re.compile(
    rf"[{re.escape(_BLOCK_BULLETS)}\s]*[^，,。；;：:\n{re.escape(_BLOCK_BULLETS)}]{{1,{_BLOCK_CAPTION['label_most']}}}?"
    rf"(?:{'|'.join(map(re.escape, sorted(_BLOCK_LABEL_MARKS, key=len, reverse=True)))})")


_RANGE_DASHES = "—-"  # 1—6月, 3-5月: a range's dash, between digits


def _is_key_value_line(line: tuple[int, int], text: str, figures: int) -> bool:
    """The line is a label, its mark and a figure (复工企业：152家, ●在岗职工：1.06万人); a dash between
    two digits joins a range (对2021年1—6月进出口额…), no label's mark."""
    if figures <= 0:
        return False
    m = _KEY_VALUE_LABEL.match(text, line[0], line[1])
    return m is not None and not (text[m.end() - 1] in _RANGE_DASHES and text[m.end() - 2:m.end() - 1].isdigit()
                                  and text[m.end():m.end() + 1].isdigit())


def _is_label_figure_line(r: "ArticleCues", line: tuple[int, int], figures: int) -> bool:
    """An infographic panel's line: a short label with no mark, then its one figure ending the line
    (已拨付稳岗补贴2350万元, 惠及企业418家): a key–value line written without the label mark."""
    if figures != 1:
        return False
    body = r.text[line[0]:line[1]].rstrip()
    if len(body) > _BLOCK_CAPTION["label_figure_most"] or any(mark in body for mark in _BLOCK_HEADING_NOT):
        return False
    if body[:1].isdigit() or " " in body or "\t" in body:
        return False  # 1. 芜湖经开区 99.2%: a ranking's or table's row, which the tables stage dates
    num = r.numbers[bisect.bisect_left(r.number_starts, line[0])]
    return num.end == line[0] + len(body) and num.start > line[0]


def _is_block_line(r: "ArticleCues", line: tuple[int, int], figures: int) -> bool:
    return _is_key_value_line(line, r.text, figures) or _is_label_figure_line(r, line, figures)


def _has_block_neighbour(r: "ArticleCues", line: tuple[int, int]) -> bool:
    """A panel is lines of figures: a label–figure line alone among prose and headings (a headline
    ending in its figure, 某区复工率达100%) is no panel's line, whatever caption stands above it."""
    for at in (line[0] - 1, line[1] + 1):  # the line above (its end) and the line below
        if 0 <= at < len(r.text):
            near = r.geo.line_of(at)
            if _is_block_line(r, near, r.count_between(None, *near)):
                return True
    return False


def _is_block_heading(text: str, line: tuple[int, int], figures: int, most: int = _BLOCK_CAPTION["heading_most"]) -> bool:
    """A short heading inside a block of key–value lines (【数据】, 一、工业企业复工情况, 分行业看：):
    no figure, no clause mark but a colon ending it."""
    body = text[line[0]:line[1]].rstrip()
    body = body[:-1] if body.endswith((":", "：")) else body
    return figures == 0 and 0 < len(body) <= most \
        and not any(mark in body for mark in _BLOCK_HEADING_NOT)


def _caption_date(text: str, geo: Document, line: tuple[int, int], figures: int,
                  article_date: dt.date | None) -> dt.date | None:
    """The cut-off date a caption, note or lead-in line states for the block under it, or None: the
    last 截至 date of a line leading in the block with a colon or dashes (截至2月24日，全县：, …。分行业看：),
    of a caption with no figure and no clause mark (截至3月10日 某区复工复产情况), or of a sentence that is
    only a note of the data's date (…通报如下。数据截至2月27日18时。; （截至3月5日）): a line of prose
    that happens to hold a date (截至3月6日，全区复工复产稳步推进。) states no date for a block."""
    body = text[line[0]:line[1]].rstrip()
    if body.endswith(_BLOCK_LEAD_IN_ENDS):
        sentences = geo.sentences_in(line)
    elif figures:
        return None
    elif _is_block_heading(text, line, figures, _BLOCK_CAPTION["caption_most"]):
        sentences = [line]
    else:
        sentences = [s for s in geo.sentences_in(line) if _only_notes_data_date(text, s)]
    for sentence in reversed(sentences):
        as_of = find_as_of(text, sentence, article_date)
        if as_of is not None:
            return as_of
    return None


def _only_notes_data_date(text: str, sentence: tuple[int, int]) -> bool:
    """The sentence only notes the date of the data (数据截至2月27日18时。, 以上数据截至3月5日, （截至4月1日）):
    a note word at most before its 截至 date and an hour at most after it (cues.json _as_of_block_caption)."""
    m = _AS_OF.search(text, sentence[0], sentence[1])
    if m is None:
        return False
    before = text[sentence[0]:m.start()].strip(_BLOCK_CAPTION["note_brackets"])
    after = text[m.end():sentence[1]].strip(_BLOCK_CAPTION["note_brackets"] + "。.")
    return before in _BLOCK_NOTE_WORDS and _NOTE_HOUR.fullmatch(after) is not None


_BLOCK_NOTE_WORDS = frozenset(["", *_BLOCK_CAPTION["note_words"]])
_NOTE_HOUR = re.compile(_BLOCK_CAPTION["note_hour"])


def block_caption_as_of(r: "ArticleCues", sentence: tuple[int, int], article_date: dt.date | None) -> dt.date | None:
    """The date a caption or note over a block of key–value lines states for them all (截至3月10日
    某区复工复产情况 / 复工企业：152家 / 返岗人数：3.2万人), for a sentence on such a line with no date of
    its own: up the block's key–value lines and short headings to the first line that is neither, its
    date if it states one (cues.json _as_of_block_caption); None otherwise."""
    text, geo = r.text, r.geo
    line = geo.line_of(sentence[0])
    figures = r.count_between(None, *line)
    if not _is_key_value_line(line, text, figures) and not (
            _is_label_figure_line(r, line, figures) and _has_block_neighbour(r, line)):
        return None  # most sentences: prose
    for _ in range(_BLOCK_CAPTION["lines_most"]):
        if line[0] == 0:
            return None
        line = geo.line_of(line[0] - 1)
        figures = r.count_between(None, *line)
        if _is_block_line(r, line, figures):
            continue
        date = _caption_date(text, geo, line, figures, article_date)
        if date is not None or not _is_block_heading(text, line, figures):
            return date
    return None


_SECTION_CUTOFF = _C["as_of_section_cutoff"]
_CUTOFF_WORDS = tuple(_SECTION_CUTOFF["cutoff_words"])
# （数据截至2月25日17时）, (截至3月4日): a bracket noting the data's cut-off in a heading.
_BRACKETED_CUTOFF = re.compile(rf"[{_SECTION_CUTOFF['opens']}](?:{alternation(_BLOCK_CAPTION['note_words'])})?"
                               rf"(?:{alternation(_SECTION_CUTOFF['cutoff_words'])})")
# 📅 2月17日, ▶ 截至3月1日: a line holding a day alone heads a day's paragraph (cues.json _as_of_section_cutoff_day_line).
_DAY_LINE = re.compile(rf"[^\w]*(?:{alternation(_SECTION_CUTOFF['day_line_openers'])})?\s*"
                       rf"(?P<m>{_MONTH})月(?P<d>{_DAY})[日号]\s*")


class _DayLine(NamedTuple):
    """A day-line heading's day (`_section_line_kind`): it dates an indicator only."""
    date: dt.date


def _section_line_kind(text: str, line: tuple[int, int], article_date: dt.date | None):
    """What a line over a figure is for a section's cut-off: "heading" (a short line, no clause mark and
    no tab: 各开发区主要做法：), its date when such a heading notes the data's cut-off in a bracket and holds
    no figure (…情况（数据截至2月25日17时）) or the line is a note of it (数据截至3月31日。), "dated" for
    another line holding a cut-off word, "prose" for any other line, None for a blank one."""
    body = text[line[0]:line[1]].strip()
    if not body:
        return None
    if "月" in body and len(body) <= _BLOCK_CAPTION["caption_most"] and (day := _DAY_LINE.fullmatch(body)):
        date = _dated(None, day.group("m"), day.group("d"), article_date)
        if date is not None:
            return _DayLine(date)
    has_cutoff = any(w in body for w in _CUTOFF_WORDS)
    short = body[:-1] if body.endswith((":", "：")) else body
    heading = len(short) <= _BLOCK_CAPTION["caption_most"] and "\t" not in short \
        and not any(mark in short for mark in _BLOCK_HEADING_NOT)
    if has_cutoff and ((heading and _BRACKETED_CUTOFF.search(body) and not find_numbers(body))
                       or _notes_data_cutoff(text, line, body)):
        return find_as_of(text, line, article_date) or "heading"
    return "heading" if heading else "dated" if has_cutoff else "prose"


def _notes_data_cutoff(text: str, line: tuple[int, int], body: str) -> bool:
    """The line is one note of the data's cut-off that names the data (数据截至3月31日。, 以上数据截至
    4月1日): a bare date line (截至2月20日) names no data and may be a broken sentence's start."""
    return body.startswith(tuple(w for w in _BLOCK_CAPTION["note_words"] if w)) \
        and _only_notes_data_date(text, (line[0] + len(text[line[0]:line[1]]) - len(text[line[0]:line[1]].lstrip()),
                                         line[1]))


_BULLETIN_LEAD = _C["as_of_bulletin_lead"]
_BULLETIN_LEAD_ENDS = tuple(_BULLETIN_LEAD["ends"])
_BULLETIN_NOT_CUES = tuple(f":{cue}" for cue in _BULLETIN_LEAD["not_cues"])
_PARAGRAPH_TIME = re.compile(rf"[\s\u3000]*(?:(?:{_YEAR})年|(?:{_MONTH})月|{alternation(_BULLETIN_LEAD['paragraph_times'])})")
_BULLETIN_LEAD_DAY = re.compile(rf"(?:{alternation(_BULLETIN_LEAD['openers'])})(?:{alternation(_BULLETIN_LEAD['cutoff_words'])})?"
                                rf"(?:(?P<y>{_YEAR})年)?(?P<m>{_MONTH})月(?P<d>{_DAY})[日号]")


def bulletin_lead_as_of(text: str, pos: int, article_date: dt.date | None,
                        memo: dict[tuple, object] | None = None) -> dt.date | None:
    """The day a bulletin's lead states its report is of (现将2月27日情况通报如下), for an indicator at
    `pos` below it with no date of its own (cues.json _as_of_bulletin_lead); None when the text has no
    such lead before `pos`. `memo` keeps the lead of the article."""
    memo = {} if memo is None else memo
    if ("bulletin",) not in memo:
        found = None
        if "如下" in text or "于后" in text:  # most articles: no bulletin's lead
            for m in _BULLETIN_LEAD_DAY.finditer(text):
                tail = text[m.end():m.end() + _BULLETIN_LEAD["most_chars"]]
                cut = min((tail.find(mark) for mark in "。\n" if mark in tail), default=len(tail))
                if any(end in tail[:cut + 1] or end in tail[:cut] for end in _BULLETIN_LEAD_ENDS):
                    date = _dated(m.group("y"), m.group("m"), m.group("d"), article_date)
                    if date is not None:
                        found = (m.start(), date)
                        break
        memo[("bulletin",)] = found
    found = memo[("bulletin",)]
    if found is None or found[0] >= pos:
        return None
    paragraph = text.rfind("\n", 0, pos) + 1
    if ("bulletin", paragraph) not in memo:
        # 8月梅山疫情期间，…。疫情解除后一周内，…: a paragraph opening with a time of its own is of that time
        memo[("bulletin", paragraph)] = _PARAGRAPH_TIME.match(text, paragraph, min(len(text), paragraph + 16)) is None
    return found[1] if memo[("bulletin", paragraph)] else None


def section_cutoff_as_of(text: str, pos: int, article_date: dt.date | None,
                         memo: dict[tuple, object] | None = None, *, indicator: bool = False) -> dt.date | None:
    """The cut-off date a section's heading states for the figures under it (各开发区复工复产情况（数据截至
    2月25日17时） over its lead paragraph and table), for a figure at `pos` with no date of its own: up the
    lines above the figure's to the first heading, its cut-off date if it states one (cues.json
    _as_of_section_cutoff). None when the figure's line or a line of prose on the way holds a cut-off
    word of its own (截至3月6日，…: it dates its sentence only), at an undated heading (the next heading
    ends the section), at the title, or past lines_most lines. `memo` keeps each line's answer for the
    other sentences of its section."""
    memo = {} if memo is None else memo
    at = text.rfind("\n", 0, pos) + 1
    own = ("own", at)
    if own not in memo:
        end = text.find("\n", at)
        memo[own] = any(w in text[at:len(text) if end < 0 else end] for w in _CUTOFF_WORDS)
    if memo[own] or at == 0:
        return None
    found = _cutoff_above(text, at, article_date, memo)
    if isinstance(found, _DayLine):
        return found.date if indicator else None  # 📅 2月17日 over its paragraph: a day dates indicators only
    return found


def _cutoff_above(text: str, below: int, article_date: dt.date | None, memo: dict[tuple, object]) -> dt.date | None:
    """The cut-off the first heading above the line starting at `below` states, passing over blank lines,
    tables and at most prose_lines_most lines of prose (see section_cutoff_as_of); each line passed keeps
    the answer, by the prose passed below it."""
    walked: list[tuple] = []
    found = None
    at = below
    prose = 0  # lines of prose passed: a section's lead paragraph or two, not a whole article
    for _ in range(_SECTION_CUTOFF["lines_most"]):
        at = text.rfind("\n", 0, at - 1) + 1
        key = ("up", at, prose)
        if key in memo:
            found = memo[key]
            break
        walked.append(key)
        end = text.find("\n", at)
        kind = None if at == 0 else _section_line_kind(text, (at, len(text) if end < 0 else end), article_date)
        if kind == "prose" and prose < _SECTION_CUTOFF["prose_lines_most"]:
            prose += 1
            continue
        if at == 0 or kind is not None:
            found = kind if isinstance(kind, (dt.date, _DayLine)) else None
            break
    for key in walked:
        memo[key] = found
    return found


# --- the stage ----------------------------------------------------------------------------------

def classify(r: ArticleCues, num: NumberMention) -> Measure | None:
    """The measure row one figure states, or None; `r` holds the text's cues and the rows so far."""
    sentence = r.figure_sentence(num)
    if num.kind == "count":
        if num.unit not in COUNTED_AS:
            return None  # a counter no category counts (笔, 项): nothing below could make it a row
        if not _count_may_be_row(r, num, sentence):
            return None  # no count cue near it and no list it continues
    return _row(r, num, sentence)


def _count_may_be_row(r: ArticleCues, num: NumberMention, sentence: tuple[int, int]) -> bool:
    """False when nothing `_count_cue` reads could make the count a row: a count row takes a
    count cue of a category counting its unit in its clause or the clause before (clause_before,
    clause_after, a bare list head), or continues a row of its sentence or, after 其中, of the
    sentence before (list_head). Both lie in [start of the sentence before, end of its own
    sentence): with no such cue in its sentence and no row from the sentence before on, the
    count is no row, found by two bisections instead of the scopes' dozen lookups
    (tests/test_measures_fast_paths.py compares classify with _classified)."""
    for category, _ in COUNTED_AS[num.unit]:
        if r.count_cues[category].any_in(*sentence):
            return True
        if category == "workers_returned" and r.text.startswith(_STAFF_NOUNS, num.end) \
                and r.count_cues["enterprises_resumed"].any_in(*sentence):
            return True  # 4300余名员工…，率先恢复生产: the firms' resume word (_staff_back_with_firms)
    earlier = r.last_row_before(num.start)
    if earlier is None:
        return False
    since = r.geo.sentence_before(sentence)[0]
    return earlier.span_start >= since


_RESTATED_LINKS = tuple(_C["restated_links"])
_RESTATED_REACH = max(map(len, _RESTATED_LINKS)) + 1  # and a comma before the word
_RESTATED_LAST_CHARS = frozenset(w[-1] for w in _RESTATED_LINKS)


def _restates_figure_before(r: ArticleCues, num: NumberMention) -> bool:
    """The figure says again, in other numerals, the one right before it, a restating link between
    (4.3亿元（四亿三千万元）, 二千三百万元，也就是2300万元): cues.json _restated_links."""
    if r.text[num.start - 1:num.start] not in _RESTATED_LAST_CHARS:
        return False  # most figures: no link word ends right before them
    before = r.number_near(num, -1)
    if before is None or before.value is None or before.value != num.value or before.kind != num.kind \
            or num.start - before.end > _RESTATED_REACH:
        return False
    return r.text[before.end:num.start].lstrip(",，") in _RESTATED_LINKS


_RETRACTION = _C["retraction"]
_RETRACTION_WORDS = tuple(_RETRACTION["words"])
_RETRACTION_ADDING = tuple(_RETRACTION["adding"])


def _retracted(r: ArticleCues, num: NumberMention, sentence: tuple[int, int]) -> bool:
    """The speaker takes the figure back and says another of the same kind and unit in its place
    (授信一共是十二个亿，噢，十二点六个亿): a retraction word after it, with a mark before the
    word and after it, and the correction later in the sentence (cues.json _retraction_note).
    The figure withdrawn is no fact."""
    text, marks = r.text, _RETRACTION["marks"]
    at = num.end
    while at < sentence[1] and text[at] in marks:
        at += 1
    if at == num.end or not text.startswith(_RETRACTION_WORDS, at):
        return False  # most figures: no mark and retraction word after them
    word = max((w for w in _RETRACTION_WORDS if text.startswith(w, at)), key=len)
    if at + len(word) >= sentence[1] or text[at + len(word)] not in marks:
        return False  # 不对外公开: the word is part of another
    if text[at + len(word):sentence[1]].lstrip(marks).startswith(_RETRACTION_ADDING):
        return False  # 哦，还有，…: one more fact recalled, nothing taken back
    after = r.number_near(num, 1)
    return after is not None and after.start < sentence[1] and after.start - num.end <= _RETRACTION["reach"] \
        and after.kind == num.kind and after.unit == num.unit and not _states_another_measure(r, num, after, sentence)


def _states_another_measure(r: ArticleCues, num: NumberMention, after: NumberMention, sentence: tuple[int, int]) -> bool:
    """The later figure names a measure of its own of another category than the earlier one's
    (平均利率4.35%，哦，规上企业复工率已经达到95%): a new fact, not the earlier one corrected."""
    own = _own_row(r, after, sentence)
    if own is None:
        return False  # 十二个亿，噢，十二点六个亿: the correction names nothing of its own
    withdrawn = _own_row(r, num, sentence, retracted_ok=True)
    return withdrawn is not None and withdrawn.category != own.category


_REPEAT = _C["spoken_repeat"]
_REPEAT_PARTICLES = tuple(_REPEAT["particles"])


def _repeated_for_weight(r: ArticleCues, num: NumberMention, sentence: tuple[int, int]) -> bool:
    """The figure before it said again right away, an exclamation after it (放了三个多亿的贷款——
    三个多亿啊): a dash or comma right before it, the same kind, unit and value as the figure
    before it in the sentence, a few characters back. One fact (cues.json _spoken_repeat_note)."""
    text = r.text
    if not text.startswith(_REPEAT_PARTICLES, num.end) or text[num.start - 1:num.start] not in _REPEAT["opening_marks"]:
        return False  # most figures: no exclamation right after them
    before = r.number_near(num, -1)
    return before is not None and before.start >= sentence[0] and num.start - before.end <= _REPEAT["reach"] \
        and before.value is not None and before.value == num.value and before.kind == num.kind \
        and before.unit == num.unit


_REFINED = _C["refined_links"]
_REFINED_LINKS = frozenset(_REFINED["links"])
_REFINED_REACH = max(map(len, _REFINED_LINKS)) + 4  # the link and a few marks (——, ：)
_REACHED_AFTER_THRESHOLD = frozenset(_REFINED["reached_after_threshold"])  # 突破800家、达到875家
_THRESHOLD_MARKS = _REFINED["threshold_marks"]
_APPROX_SPREAD = 0.2  # 约300万 said precisely is within a fifth of 300万


def _inside_rough_bounds(rough: NumberMention, value: float) -> bool:
    """`value` may be what the rough figure rounds: above 九成多's 0.9, near 约300万's 300万."""
    if rough.qualifier in ("more_than", "at_least"):
        return value >= rough.value
    if rough.qualifier in ("less_than", "at_most"):
        return value <= rough.value
    return abs(value - rough.value) <= _APPROX_SPREAD * rough.value


def _refined_after(r: ArticleCues, num: NumberMention, sentence: tuple[int, int]) -> bool:
    """The rough figure is said again precisely right after it (复工率九成多——具体是94.8%): a
    refining link between, marks at most, and the precise figure of the same kind and unit within
    the rough one's bounds. One fact, whose row the precise figure gives (cues.json _refined_links);
    so is a bound passed and then the level reached (突破800家、达到875家)."""
    if num.qualifier == "exact" or num.value is None:
        return False  # a figure said exactly needs no refining
    after = r.number_near(num, 1)
    if after is None or after.start >= sentence[1] or after.start - num.end > _REFINED_REACH \
            or after.value is None or after.kind != num.kind or after.unit != num.unit:
        return False
    between = r.text[num.end:after.start]
    if num.qualifier in ("more_than", "at_least") and between[:1] in _THRESHOLD_MARKS \
            and between.lstrip(_THRESHOLD_MARKS) in _REACHED_AFTER_THRESHOLD:
        return after.qualifier == "exact" and after.value >= num.value  # 突破800家、达到875家: passed, then reached
    return between.strip(_REFINED["marks"]) in _REFINED_LINKS and _inside_rough_bounds(num, after.value)


def _lead_restated_after(r: ArticleCues, num: NumberMention, sentence: tuple[int, int]) -> bool:
    """The figure opens its line as a lead (3.5亿元：…, 8000万元——…, 【6000万元】…) and the next figure
    of its sentence says it again, of the same kind, unit and value (…为企业减免社保费3.5亿元): one
    fact, whose row the body's figure gives with its own cue, as a lead count leaves its row to the
    count after its cue (500家：…复工500家)."""
    if not r.text.startswith(_LEAD_FIGURE_MARKS, num.end):
        return False  # most figures: no lead mark after them
    after = r.number_near(num, 1)
    if after is None or after.start >= sentence[1] or after.value is None or after.value != num.value \
            or after.kind != num.kind or after.unit != num.unit:
        return False
    # A lead ends in its own mark (：, ——, 】); 95%，浦口区复工率95% or 100%、100% are equal values
    # of several facts.
    return r.text.startswith(_LEAD_FIGURE_MARKS, num.end) and _opens_its_line(r.text, num)


_LEAD_FIGURE_MARKS = (*_LABEL_AFTER_MARKS, *_LABEL_AFTER_DASHES, *_C["lead_figure_closers"])


def _classified(r: ArticleCues, num: NumberMention) -> Measure | None:
    """The measure row one figure states, or None: the definition classify shortens."""
    if num.kind == "count" and num.unit not in COUNTED_AS:
        return None
    return _row(r, num, r.geo.sentence_of(num.num_start))


def _row(r: ArticleCues, num: NumberMention, sentence: tuple[int, int]) -> Measure | None:
    """The measure row the figure in `sentence` states, or None. A figure said in place of one
    taken back (复工率是百分之八十七——哦，…，最新的数据是百分之八十九) that names no measure of its
    own states the measure the withdrawn figure's words name: it is that figure corrected."""
    row = _own_row(r, num, sentence)
    if row is None and (taken_back := _taken_back_before(r, num, sentence) or _corrected_before(r, num, sentence)) is not None:
        withdrawn = _own_row(r, taken_back, sentence, retracted_ok=True)
        if withdrawn is not None:
            row = replace(withdrawn, value=num.value, qualifier=num.qualifier, span_start=num.start, span_end=num.end,
                          is_value_missing=num.is_missing, rule=f"{withdrawn.rule}>said_in_place")
    return row


_CORRECTION_REACH = _DENIAL_REACH + 8  # the quote's close, the denial, a mark, 应为 and a quote


def _corrected_before(r: ArticleCues, num: NumberMention, sentence: tuple[int, int]) -> NumberMention | None:
    """The figure a correction withdraws right before `num`, which it says in its place: a quoted
    figure the text denies, a word of corrections between it and `num` (太仓高新区复工企业数“329家”
    有误，应为“339家”: cues.json _denied_claims), both of one kind and unit. The true figure states
    the measure the withdrawn one's words name."""
    before = r.number_near(num, -1)
    if before is None or before.start < sentence[0] or num.start - before.end > _CORRECTION_REACH \
            or before.kind != num.kind or before.unit != num.unit:
        return None
    between = r.text[before.end:num.start]
    return before if any(w in between for w in _CORRECTIONS) and _denied(r, before) else None


def _taken_back_before(r: ArticleCues, num: NumberMention, sentence: tuple[int, int]) -> NumberMention | None:
    """The figure before `num` when the speaker takes it back and says `num` in its place."""
    before = r.number_near(num, -1)
    if before is None or before.start < sentence[0] or not _retracted(r, before, sentence):
        return None
    return before if r.number_near(before, 1) == num else None


def _own_row(r: ArticleCues, num: NumberMention, sentence: tuple[int, int], *,
             retracted_ok: bool = False) -> Measure | None:
    """The measure row the figure in `sentence` states by its own words, or None; `retracted_ok`
    reads a figure taken back as if it stood (for the measure its correction states).

    The figure's category is looked up before the checks of `_told_as_no_fact`: a third of the
    figures name no measure, and those checks then never run for them. Each check, and the
    lookup, is pure (what they remember is what the text says), so their order decides nothing.
    The checks before the lookup stay first: `_continues_example` reads back what
    `_in_example_sentence` remembered for the sentence before, so the figures that ask it must
    stay the same."""
    text, geo = r.text, r.geo
    clause = r.own_clause(num)  # (年前用工数26.85万人): an aside takes its cue from inside it
    if _is_forecast(r, num, clause) or _is_threshold(r, num) or _in_condition(r, num, clause) \
            or _band_defines_group(r, num, clause) or _base_of_rate(r, num, clause):
        return None
    if not retracted_ok and _denied(r, num):
        return None  # 网传“每人发放2000元补贴”，该消息不实; “复工率88%”数据不准确: denied or withdrawn, no fact
    if _in_worked_example_part(r, sentence, num.start) or _in_example_sentence(r, sentence):
        return None  # 假设一家企业…可获得补助120万元: an invented case, no fact
    if _reads_table_again(r.text, sentence):
        return None  # 从表中看，一季度累计兑现资金超过1亿元: the table's rows summed again, no fact of its own
    found = _category_found(r, num, clause, sentence)
    if found is None or _told_as_no_fact(r, num, clause, sentence, retracted_ok):
        return None
    if num.kind == "money":
        if _firm_gives(r, num, clause) or _firm_own_money_remark(r, num, sentence) \
                or _seller_gives_own(r, num, clause) or _firm_pays_from_clause_before(r, num, clause, sentence):
            return None  # 某公司为返岗员工每人发放1000元补贴: the firm's own money
        category, rule = found
        if _policy_payout(r, rule, sentence):
            return None  # 员工确诊的，每人可获得5000元的医疗津贴: what the insurer pays, no money spent
        if category in _OWN_LOAN_CATEGORIES and _own_loan_taken(text, num, sentence):
            return None  # 我公司…在银行办了300万元的流动资金贷款: the firm's own borrowing
        unit = _money_unit(text, num, clause, geo=geo)
        to_person_class = unit == "CNY" and _given_to_person_class(text, num, clause, geo)
        if to_person_class:  # 对新认定的领军人才，给予100万元: each person's (SPEC §4)
            unit = _per_person_and_time(text, max(clause[0], num.start - 16), num.end) or "CNY/person"
        basis, qualifier = _money_basis_and_qualifier(r, num, clause, unit, category)
        if basis == "per_beneficiary" and category == "fund" and rule.rpartition(":")[2] in _BEFORE_FIGURE:
            # 企业可申请不超过300万元的过桥资金: a pool has no size per firm; what one firm may
            # draw from it is what the pool provides (a bridge loan), as 提供过桥资金300万元 is.
            category, rule = _BEFORE_FIGURE[rule.rpartition(":")[2]], f"{rule}>per_beneficiary"
        if unit in _PER_PERSON_UNITS and category in _PER_HEAD_NOT_POOL and rule.startswith("money:context:") \
                and rule.rpartition(":")[2] in text[num.end:clause[1]]:
            # 每人保费50元全部由县财政承担: 财政 after the cost says who pays it, not a pool; a cost per
            # head is paid out. Not 财政局干部职工每人捐款500元: the context word before names who gives.
            category, rule = _PER_HEAD_NOT_POOL[category], f"{rule}>per_person"
        if basis == "total" and category == "fund" and _finance_bears_it(text, rule, sentence) \
                and _cost_borne_right_before(text, num, clause):
            # 这项费用由新区财政全额承担，今年已承担检测费用96万元: the amount is the firms' cost the
            # finance bore, paid for them, not a pool's size (cues.json _finance_bears_cost).
            category, rule = _FINANCE_BEARS["as"], f"{rule}>{_FINANCE_BEARS['verbs'][0]}"
        if basis == "per_beneficiary" and category == "fund" and _finance_bears_it(text, rule, sentence):
            # 消杀费用由市财政承担，每车次最高不超过800元: a cost per unit the finance bears is paid
            # for each one, not a pool's size (cues.json _finance_bears_cost).
            category, rule = _FINANCE_BEARS["as"], f"{rule}>{_FINANCE_BEARS['verbs'][0]}"
        if basis == "per_beneficiary" and category == "fund" and rule.rpartition(":")[2] in _FUND_PAID_OUT_WORDS:
            # 发放专项帮扶资金，每人2000元; 每户3000元: a pot has no size per head; what each one gets is
            # the payment (cues.json _fund_paid_out), as for the pool words above.
            category, rule = _FUND_PAID_OUT["as"], f"{rule}>per_beneficiary"
        if basis == "per_beneficiary" and category == "fund" and _cue_of(rule) in _POOL_PUT_UP_VERBS:
            # 统筹安排纾困资金3000万元，…其中5A级景区每家50万元: a pool put up has no size per firm;
            # what each one gets from it is paid out (cues.json _pool_set_aside).
            category, rule = _POOL_SET_ASIDE["per_beneficiary"], f"{rule}>per_beneficiary"
        if basis == "total" and (whole := _whole_given_each(r, num, clause, sentence)) is not None:
            unit, basis = whole.unit, whole.basis  # 每户5000元，其中省级资金3000元: a level's share of each one's
        if _former_terms(r, num) and (_TERMS_OF_AMOUNT.search(text, clause[0], num.start) or _former_standard(r, num)
                                      or _terms_changed_by_jiang(r, num, clause)):
            return None  # 贷款额度由15万元提高到20万元, 奖励由20万元提高到30万元: the terms before the change
        if _threshold_changed(r, num, clause):
            return None  # 月销售额免征增值税标准由10万元提高至15万元: a threshold of sales, no relief
        if to_person_class:
            rule += _PERSON_CLASS_TRACE
        subject = _beneficiary(text, num, clause)
    elif num.kind == "percent":
        if _seller_gives_own(r, num, clause):
            return None  # 卖场在政府补贴基础上再让利5%: the seller's own concession
        category, basis, rule = found
        if category not in INDICATORS and (_former_terms(r, num) or (rule.startswith("rate:") and _changed_by(r, num))):
            return None  # the terms before a change, or the change: neither is the rate
        if category in INDICATORS and _changed_by(r, num) and (
                _compared(r.text, clause[0], num.start) or _over_a_span(r.text, clause[0], num.start)):
            return None  # 复工率比2月底上升20%, 复工率一周提升近三成: how far a rate moved, not the rate
        if category in _CHANGED_BY_ALONE and _changed_by(r, num):
            return None  # 产能将提升30%: capacity grows by the share, no level of recovery
        unit, qualifier = "ratio", _capped(r, num, clause, num.qualifier)  # 贴息比例最高不超过…的50%
        if qualifier in ("at_least", "exact") and category in _PRICE_RATE_CATEGORIES and (
                (qualifier == "at_least" and text.startswith(_LOWEST_WORDS, num.start))
                or _LOWEST_THEN_MOVED.search(text, max(clause[0], num.start - _LOWEST_REACH), num.start)):
            qualifier = "at_most"  # 贷款利率最低(降至)3.85%: a price's lowest level, as 低至3.85% (SPEC: at_most)
        subject = _subject(text, num, clause, sentence, geo) if basis == "total" else None
    else:
        category, unit, rule = found
        if category in _SHARE_BACK["categories"] and _share_back_after_count(r, num, clause, category, rule):
            return None  # 公司200多名员工已返岗9成: the workforce a share of which came back, no count
        if category == "workers_returned" and rule.rpartition(":")[2] in _STAFF_OF_A_MEASURE \
                and _word_before(r, _STAFF_HIRED_BEFORE, clause, num.start):
            return None  # 为复工企业招聘职工2500人, 复工企业参训职工1900人: hires and trainees, none back at work
        if category == "workers_returned" and rule.rpartition(":")[2] in _STAFF_OF_A_MEASURE \
                and not _word_before(r, _STAFF_FETCHED_BEFORE, clause, num.start) \
                and (_follows_a_support(r, num, sentence) or _staff_of_faulted_firms(text, geo, clause, sentence)
                     or not _RESUMING_IN_REACH.search(text, geo.sentence_before(sentence)[0] if sentence[0] else 0, clause[1])):
            # 发放稳岗返还资金7200万元，涉及职工12.6万人: whom the support reached; 开展防疫检查，涉及员工
            # 2.3万人: whom a check reached; staff are back at work only where the sentence, or the one
            # before, says so (复工企业…，涉及职工4092人; 规上企业已全部复工。涉及职工2.3万人).
            return None
        if category == "workers_returned" and _word_before(r, _SCREENED, clause, num.start):
            return None  # 集中隔离返程员工356人: people a health check counted, not workers back
        if category == "workers_returned" and _NOT_WORKERS.match(text, num.end):
            return None  # 1200多名劳务经纪人参与组织返岗: those who organise the return, not workers back
        qualifier, basis = num.qualifier, "total"
        if category == "in_kind" and _word_before(r, _EACH_RECIPIENT, clause, num.start):
            basis = "per_beneficiary"  # 为每名乘车人员免费发放口罩20个: what each one gets
        subject = _subject(text, num, clause, sentence, geo)
    if category == "in_kind" and rule.rpartition(":")[2] in _MEALS and not _meals_handed_out(text, clause):
        return None  # 每天制作盒饭3000份, 食堂为员工提供餐食800份: a firm's own output or canteen, no support
    if category == "in_kind" and (_firm_gives(r, num, clause) or _firm_donor_carried_on(text, geo, num, clause, sentence)):
        return None  # 该企业向所在社区捐赠口罩2万只 / 企业自发组织车队，捐赠…: the firm's own goods, no public support
    if category == "in_kind":
        key = (sentence, clause)  # decided once per clause: a long list of goods is not rescanned per item
        if key not in r.goods_not_given:
            r.goods_not_given[key] = _goods_for_health_system(text, sentence) or _goods_bought(text, clause, sentence)
        if r.goods_not_given[key]:
            return None  # 调拨口罩2.3万只，分送至全区46个卡口 / 应急采购口罩80万只: no firm's support
    if category in INDICATORS and qualifier in ("at_least", "at_most") and _moved_between(r, num):
        qualifier = "exact"  # 复工率由55%到92%: a level moving from one to the other, not a range
    if basis == "total" and _in_task_ahead(r, num):
        # 一要做好物资保障。…储备消毒液不少于30吨: a total to be reached in a numbered task, a plan; a
        # standard it states (按每人1000元给予补贴) is a rule in force, per beneficiary, and stays.
        return None
    firm_speech = _in_firm_speech(r, num, clause, sentence)
    if category in INDICATORS and (firm_speech or _firm_names_itself(r, num, clause, sentence)):
        return None  # “我们员工到岗率已达90%”: one firm's own figure, not the zone's
    if firm_speech and _vague_figure(text, num):
        return None  # “缓缴政策让我们多出几十万元的流动资金”: a speaker's rough sense, no figure stated
    return _measure({
        "category": category, "unit": unit, "value": num.value, "qualifier": qualifier, "basis": basis,
        "subject": subject, "as_of": None, "span_start": num.start, "span_end": num.end,
        "sentence_start": sentence[0], "sentence_end": sentence[1], "is_value_missing": num.is_missing,
        "rule": rule, "zone": None, "is_headline": False, "zone_rule": "none", "zone_candidates": "",
        "list_index": 0, "cue_index": 0, "resolution": _resolution(text, num), "is_firm_speech": firm_speech})


def _category_found(r: ArticleCues, num: NumberMention, clause, sentence) -> tuple[str, str] | tuple[str, str, str] | None:
    """What names the figure's measure, or None: for an amount (category, rule), for a rate
    (category, basis, rule), for a count (category, unit, rule); None too for a figure whose own
    words say it is no support (a price, a negative rate, a lost decimal point)."""
    text = r.text
    if num.kind == "money" and num.unit not in MONEY_UNITS:
        return None  # 港币100万元: SPEC's money is CNY or USD
    if num.kind == "money" and _per_quantity(text, num, clause):
        return None  # 每千瓦时0.1元的电费补贴: a price per unit used, no amount SPEC has a unit for
    if num.value is not None and num.value < 0 and not (num.kind == "money" and _NEGATIVE_WORD.search(
            text, num.start, num.num_start + 1)):
        return None  # a negative rate or count is no indicator; an amount keeps a 负 the text writes
    if num.kind == "money":
        if _saving_reckoned_in_quote(r, num, clause):
            return None  # “司机每个月能少交一千多元”: a speaker's reckoning of a saving, no support stated
        if _coupon_terms(text, num, clause):
            return None  # 餐饮券：满100元减30元: what each voucher takes off a bill, no amount paid
        if _per_head_split(r, num, clause, sentence):
            return None  # 每人500元…由市财政承担300元: a payer's part of each head's grant
        if _per_deal_average(r, num, clause):
            return None  # 平均每笔节约成本约8万元: an average over the deals, no measure's amount
        if _former_cost_paid(text, num, clause):
            return None  # “以前担保一年要交十几万元”: what a firm used to pay, its own cost
        if _price_paid(text, num, clause, sentence):
            return None  # 亮出一张消费券，实付11元: the price paid once the voucher is off, no support
        if _price_level(text, num, clause):
            return None  # 快递均价因此降至每单2.3元: what a thing costs, no support
        found = _money_category(r, num, clause, sentence)
        found = _premium_paid(r, num, clause, sentence, found) or found  # 县财政承担保费134.4万元: a subsidy
        return _earmarked_for_interest(text, num, clause, sentence, found) or found or None  # 财政拿出…，对…给予贴息
    if num.kind == "percent":
        if num.value is not None and num.value > 1:
            return None  # 973%: a lost decimal point, never a rate above one
        if _time_cut_by(text, num, clause):
            return None  # 补贴资金到账时间平均缩短一半: time a service saves, no support
        if _support_money_split(text, num, clause):
            return None  # 补贴资金由高新区与市财政各承担一半: the governments split the support's cost
        return _percent_category(r, num, clause, sentence) or None
    if _PER_EACH_COUNT.search(text, max(clause[0], num.start - _PER_EACH_REACH), num.start) \
            and not _each_gets_goods(text, num, clause):
        return None  # 每吸纳1名返岗员工给予500元: the one each amount is paid for, no count
    return _count_category(r, num, clause, sentence) or None


def _told_as_no_fact(r: ArticleCues, num: NumberMention, clause, sentence, retracted_ok: bool) -> bool:
    """The figure is worked out from another, asked about, said again, supposed, asked for, a
    caption's, restated, taken back or a difference: told, but no fact of its own. `retracted_ok`
    reads a figure taken back as if it stood."""
    text = r.text
    if _computation_basis(r, clause, sentence, num):
        return True  # 按照每车每月承包费2400元计算，共减负112万元: what the total is computed from
    if num.kind == "money" and _reckoned_over_cap(r, clause, sentence, num):
        return True  # 按50%计算贴息额为627000元，超过单户上限，按500000元核定: replaced by the cap
    if _asked(r, num, clause, sentence) or _asked_by_reporter(r, sentence):
        return True  # 全区3万多家家具企业如何复工？; 请问…: a question, no fact
    if _said_before(r, num, clause, sentence):
        return True  # 刚才提到规上企业复工率已接近九成: a figure given before, said again
    if _in_supposed_condition(r, num, clause, sentence):
        return True  # 假如每家企业都能拿到30万元的贴息贷款，难题就会少很多: supposed, no fact
    if _asked_for(r, num, sentence) or _in_quoted_proposal(r, num, sentence):
        return True  # 并建议…将贴息比例提高至100%; 听说补贴是每人每月500元: asked for or heard, no fact
    if r.bracketed_captions and _in_bracketed_caption(r.bracketed_captions, num):
        return True  # (图为园区一家企业车间，目前已返岗员工320人 摄影 张某): a photo caption
    if _restates_figure_before(r, num):
        return True  # 4.3亿元（四亿三千万元）: the figure before read out again, one fact
    if _lead_restated_after(r, num, sentence):
        return True  # 3.5亿元：经开区为企业减免社保费3.5亿元: the lead's figure is the body's, one fact
    if _refined_after(r, num, sentence):
        return True  # 复工率九成多——具体是94.8%: the rough figure said precisely after it, one fact
    if not retracted_ok and _retracted(r, num, sentence):
        return True  # 十二个亿，噢，十二点六个亿: the figure taken back, the one said in its place stands
    if _repeated_for_weight(r, num, sentence):
        return True  # 三个多亿的贷款——三个多亿啊: the figure before said again for weight, one fact
    if num.kind != "percent" and _amount_moved(r, num, clause, sentence):
        return True  # 比去年同期增加120亿元: a difference between two amounts, neither of them
    if _yardstick_period_level(r, num, clause, sentence):
        return True  # 去年同期全县开工率达到87%，今年仍有差距: last year's level, this year's yardstick
    if num.kind == "money" and _denied_for_firms(text, num, sentence):
        return True  # 下达补助资金2亿元，主要用于基础设施建设，不直接补贴企业: no support to firms
    if _compared_with_period_level(text, num, clause):
        return True  # 比2019年的1.1亿元翻了一番: the earlier year's level compared with
    if _bracketed_earlier_year_level(r, num):
        return True  # 纾困资金6000万元（2019年为4500万元）: the earlier year's level compared with
    return _compared_period_level(text, num, clause)  # …28.6亿元，上年同期为26.4亿元: the earlier period's level


_MEALS_GIVEN = _C["meals_given"]
_MEALS = frozenset(_MEALS_GIVEN["meals"])
_MEALS_GIVING = tuple(_MEALS_GIVEN["giving"])
_MEALS_OWN_STAFF = tuple(_MEALS_GIVEN["own_staff"])


def _meals_handed_out(text: str, clause: tuple[int, int]) -> bool:
    """A meal cue's count is support only where its clause says the meals were given (送去, 赠送,
    免费提供) to someone not the giver's own staff (为员工, 食堂): cues.json _meals_given."""
    said = text[clause[0]:clause[1]]
    return any(w in said for w in _MEALS_GIVING) and not any(w in said for w in _MEALS_OWN_STAFF)


_GOODS_NOT_FOR = _C["in_kind_not_support"]
_GOODS_DESTINATIONS = tuple(_GOODS_NOT_FOR["destinations"])
_GOODS_FOR_FIRMS = tuple(_GOODS_NOT_FOR["firms"])


def _goods_bought(text: str, clause: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """Goods a government buys in the figure's clause (采购口罩80万只), with no word of giving them
    out in the sentence (cues.json _in_kind_not_support)."""
    return any(w in text[clause[0]:clause[1]] for w in _GOODS_NOT_FOR["purchase"]) \
        and not any(w in text[sentence[0]:sentence[1]] for w in _GOODS_GIVEN)


def _goods_for_health_system(text: str, sentence: tuple[int, int]) -> bool:
    """Goods sent to the health system or checkpoints, with no firm or worker named in the
    sentence (cues.json _in_kind_not_support)."""
    part = text[sentence[0]:sentence[1]]
    return any(w in part for w in _GOODS_DESTINATIONS) and not any(w in part for w in _GOODS_FOR_FIRMS)


_PER_QUANTITY_BEFORE = _on_re("_PER_QUANTITY_BEFORE",
    rf"(?:{alternation(_C['per_quantity']['before'])})[\p{{Han}}]{{0,4}}$")
_PER_QUANTITY_AFTER = tuple(_C["per_quantity"]["after"])


def _per_quantity(text: str, num: NumberMention, clause: tuple[int, int]) -> bool:
    """An amount per unit of energy or goods (cues.json _per_quantity): 每千瓦时0.1元, 每立方米下调
    0.15元 (a few Han characters between), 0.3元/吨."""
    return text.startswith(_PER_QUANTITY_AFTER, num.end) or _PER_QUANTITY_BEFORE.search(
        text, max(clause[0], num.start - 12), num.start) is not None


_EXAMPLE = _C["worked_example"]
_EXAMPLE_MARKERS = tuple(_EXAMPLE["markers"])
_EXAMPLE_REAL = tuple(_EXAMPLE["real"])
_INVENTED = re.compile(_EXAMPLE["invented"])
_AS_EXAMPLE = re.compile(_EXAMPLE["as_example"])
_OUTCOMES = tuple(_EXAMPLE["outcomes"])
_OUTCOME_WORD = literal_scanner(_OUTCOMES)  # one scan of a part for all of them


def _in_worked_example_part(r: ArticleCues, sentence: tuple[int, int], pos: int) -> bool:
    """`_in_worked_example` of the part of `sentence` between semicolons that holds `pos` (…减半收取；
    举例而言，…可节省约18万元), found by bisection and decided once per part: a list of a thousand
    figures in one sentence costs no rescan per figure."""
    if not _written(r, _OUTCOME_WORD):
        return False  # most texts compute no outcome anywhere, which both readings below need in the part
    semis = r.semicolons
    i = bisect.bisect_left(semis, pos)
    lo = max(sentence[0], semis[i - 1] + 1) if i > 0 else sentence[0]
    hi = min(sentence[1], semis[i]) if i < len(semis) else sentence[1]
    found = r.examples.get((lo, hi))
    if found is None:
        opened = lo > sentence[0] and _opens_with_example_marker(r.text, sentence)
        found = r.examples[(lo, hi)] = (r.count_between(None, lo, hi) >= 2 and _in_worked_example(r.text, (lo, hi))) \
            or (opened and _OUTCOME_WORD.search(r.text, lo, hi) is not None and not any(w in r.text[lo:hi] for w in _EXAMPLE_REAL))
    return found


# 从表中看, 从上表可以看出: a sentence reading a table again (cues.json _table_read_again).
_TABLE_READ_AGAIN = _on_re("_TABLE_READ_AGAIN", _C["table_read_again"]["opener"])
_TABLE_READ_AGAIN_REACH = 16  # the opener's longest form and the white space before it


def _reads_table_again(text: str, sentence: tuple[int, int]) -> bool:
    """The sentence opens by reading a table again (从表中看，…; cues.json _table_read_again): its
    figures restate the table's rows, summed or rounded. A sentence with no 表 in its head, nearly
    every one, is passed over with one substring test."""
    head_end = min(sentence[1], sentence[0] + _TABLE_READ_AGAIN_REACH)
    return text.find("表", sentence[0], head_end) >= 0 \
        and _TABLE_READ_AGAIN.match(text[sentence[0]:head_end]) is not None


_EXAMPLE_SENTENCE = _C["example_sentence"]
_EXAMPLE_OPENERS = tuple(_EXAMPLE_SENTENCE["openers"])
_EXAMPLE_INTRODUCERS = tuple(_EXAMPLE_SENTENCE["introducers"])
_EXAMPLE_SUBJECT = re.compile(_EXAMPLE_SENTENCE["subject"])
_EXAMPLE_TOLD = tuple(_EXAMPLE_SENTENCE["told"])
_EXAMPLE_CONTINUED = tuple(_EXAMPLE_SENTENCE["continued"])
_EXAMPLE_LABEL_MOST = _EXAMPLE_SENTENCE["label_most"]  # 负责人：, 【算一算】: what may stand before the marker
_EXAMPLE_LABEL_NOT = frozenset("，,；;。！？!?\n")  # a clause before the marker: it opens no sentence
# 以区内一家…的机械加工企业为例：…; 某电子企业…可获得技术改造补助216万元: an invented case opening the sentence.
_EXAMPLE_AS_EXAMPLE = re.compile(_EXAMPLE_SENTENCE["as_example"])
_INVENTED_FIRM = re.compile(_EXAMPLE_SENTENCE["invented_firm"])
_POSSIBLE = tuple(_EXAMPLE_SENTENCE["possible"])  # 可获, 可申领: what the firm could get, not what it got
_EXAMPLE_SAID = tuple(_EXAMPLE_SENTENCE["said"])  # 某企业负责人说: a real firm's story, kept anonymous
_ITEM_BULLETS = frozenset(_EXAMPLE_SENTENCE["bullets"])
# One scan of a sentence for all the words of each list, not one per word.
_POSSIBLE_WORD = literal_scanner(_POSSIBLE)
_TOLD_WORD = literal_scanner(_EXAMPLE_TOLD)


def _in_example_sentence(r: ArticleCues, sentence: tuple[int, int]) -> bool:
    """The whole sentence works an invented case (cues.json _example_sentence): it opens with an
    example's marker, or with a word of supposing right after such a sentence of its paragraph
    (如果贷款规模较大，…按30万元封顶). Decided once per sentence."""
    found = r.example_sentences.get(sentence[0])
    if found is None:
        found = r.example_sentences[sentence[0]] = _may_open_example(r.text, sentence) and (
            _opens_example(r.text, sentence) or _continues_example(r, sentence))
    return found


_ANY_MARKER = {words: re.compile(alternation(list(words)))
               for words in (_EXAMPLE_OPENERS, _EXAMPLE_INTRODUCERS, _EXAMPLE_CONTINUED)}


# Every marker of the three lists, and the first characters of as_example (以) and invented_firm (某):
# a sentence whose head holds none opens no example and continues none by a marker, found by one
# search instead of _marker_start's three.
_ANY_EXAMPLE_MARKER = re.compile(alternation(list(dict.fromkeys(
    _EXAMPLE_OPENERS + _EXAMPLE_INTRODUCERS + _EXAMPLE_CONTINUED + ("以", "某")))))


def _sentence_head(text: str, sentence: tuple[int, int]) -> tuple[int, str]:
    """Where the sentence's words start (after a line break or spaces) and its first characters,
    where a marker opening it, after at most a short label, stands."""
    start = sentence[0]
    while start < sentence[1] and text[start].isspace():
        start += 1  # the line break or spaces a sentence may start with
    return start, text[start:min(sentence[1], start + _EXAMPLE_LABEL_MOST + 4)]


def _may_open_example(text: str, sentence: tuple[int, int]) -> bool:
    """False when no marker of any list stands in the sentence's head and it states no possibility:
    then `_opens_example` and `_continues_example` are False (nearly every sentence)."""
    return _ANY_EXAMPLE_MARKER.search(_sentence_head(text, sentence)[1]) is not None \
        or _states_possibility(text, sentence)


def _states_possibility(text: str, sentence: tuple[int, int]) -> bool:
    """The sentence says what one could get (可获补助, 可再获稳岗补贴, 可申领) and tells of no event."""
    return _POSSIBLE_WORD.search(text, sentence[0], sentence[1]) is not None \
        and _TOLD_WORD.search(text, sentence[0], sentence[1]) is None


def _marker_start(text: str, sentence: tuple[int, int], words: tuple[str, ...]) -> tuple[str, int] | None:
    """The marker of `words` that opens the sentence, after at most a short label, and where it ends."""
    start, head = _sentence_head(text, sentence)
    if _ANY_MARKER[words].search(head) is None:
        return None  # nearly every sentence: one scan for all the words before looking at each
    for word in words:
        at = head.find(word)
        if 0 <= at <= _EXAMPLE_LABEL_MOST and not _EXAMPLE_LABEL_NOT.intersection(head[:at]):
            return word, start + at + len(word)
    return None


def _opens_example(text: str, sentence: tuple[int, int]) -> bool:
    """An opener alone (打个比方, 举个例子), or a word of supposing or of bringing in an example with
    an indefinite firm or person right after it (比如，某企业…) in a sentence that tells of no event."""
    if _marker_start(text, sentence, _EXAMPLE_OPENERS) is not None:
        return True
    found = _marker_start(text, sentence, _EXAMPLE_INTRODUCERS)
    if found is not None and _EXAMPLE_SUBJECT.match(text, found[1], sentence[1]) is not None \
            and not any(w in text[found[1]:sentence[1]] for w in _EXAMPLE_TOLD):
        return True
    return _opens_with_invented_case(text, sentence)


def _head_match(text: str, sentence: tuple[int, int], pattern) -> bool:
    """`pattern` matches from the sentence's head, after at most a short label (答：, ▶)."""
    start = _sentence_head(text, sentence)[0]
    m = pattern.search(text, start, sentence[1])
    return m is not None and m.start() - start <= _EXAMPLE_LABEL_MOST \
        and not _EXAMPLE_LABEL_NOT.intersection(text[start:m.start()])


def _opens_with_invented_case(text: str, sentence: tuple[int, int]) -> bool:
    """The sentence, telling of no event, opens with an invented case: 以 a firm that is none in
    particular 为例 (以区内一家…的机械加工企业为例：), or an unnamed firm (某企业, 某服装企业) as
    its subject with what it could get (可获补助120万元), nobody quoted (某企业负责人说: a real one)."""
    words = text[sentence[0]:sentence[1]]
    if any(w in words for w in _EXAMPLE_TOLD):
        return False  # 以园区一家企业为例，已获得…: an anecdote of what happened
    if _head_match(text, sentence, _EXAMPLE_AS_EXAMPLE):
        return True
    return _head_match(text, sentence, _INVENTED_FIRM) and any(w in words for w in _POSSIBLE) \
        and not any(w in words for w in _EXAMPLE_SAID)


def _continues_example(r: ArticleCues, sentence: tuple[int, int]) -> bool:
    """The sentence goes on with the example of the one before it, in the same paragraph or the
    item right before of one list (▶…): it opens with a word that goes on with an example (如果,
    若, 该企业), or it says what one could get, telling of no event (▶同时新招员工40人，可再获稳岗补贴
    6万元), found then only when the one before opens the example or was found to go on with it."""
    before = r.geo.sentence_before(sentence)
    if before == sentence or not (before[0] >= r.paragraph_start(sentence[0]) or _next_item(r, before, sentence)):
        return False
    if _marker_start(r.text, sentence, _EXAMPLE_CONTINUED) is not None:
        return _in_example_sentence(r, before)
    if not _states_possibility(r.text, sentence):
        return False  # nearly every sentence
    found = r.example_sentences.get(before[0])  # no recursion over a run of such sentences
    return found if found is not None else _may_open_example(r.text, before) and _opens_example(r.text, before)


def _next_item(r: ArticleCues, before: tuple[int, int], sentence: tuple[int, int]) -> bool:
    """`sentence` opens the line after the line `before` ends, both lines items of one list opening
    with the same bullet (▶某企业…可获补助120万元 / ▶同时…可再获稳岗补贴6万元)."""
    text = r.text
    start = _sentence_head(text, sentence)[0]
    if text[r.paragraph_start(start):start].strip() or text[before[1]:start].strip("。；;，, \t\r\n\u3000"):
        return False  # not the line's first words, or words between the two
    line = r.paragraph_start(before[0])
    line += len(text[line:before[1]]) - len(text[line:before[1]].lstrip())
    # a sentence of only white space at the text's end (打个比方\n ) opens at its end: no bullet there
    return text[start:start + 1] in _ITEM_BULLETS and text[line:line + 1] == text[start:start + 1]


def _opens_with_example_marker(text: str, sentence: tuple[int, int]) -> bool:
    """The sentence opens with an example's marker (【算一算】以一家…；若租用…可少交房租约9万元): its later
    parts, each with an outcome, go on working the example."""
    return any(w in text[sentence[0]:sentence[0] + 8] for w in _EXAMPLE_MARKERS)


def _in_worked_example(text: str, part_span: tuple[int, int]) -> bool:
    """The part (of two figures or more) works an invented case through (cues.json _worked_example):
    an outcome computed, for an invented firm or after an example's marker, telling of nothing real."""
    if _OUTCOME_WORD.search(text, *part_span) is None:
        return False  # most parts: no outcome computed
    part = text[part_span[0]:part_span[1]]
    if any(w in part for w in _EXAMPLE_REAL):
        return False  # most parts: no outcome computed; or an anecdote of what happened
    return any(w in part for w in _EXAMPLE_MARKERS) or _AS_EXAMPLE.search(part) is not None \
        or (_INVENTED.search(part) is not None and any(w in part for w in _EXAMPLE["hypothetical"]))


_STAFF_OF_A_MEASURE = frozenset(_C["staff_of_a_measure"])
_STAFF_FETCHED_BEFORE = tuple(_C["staff_fetched_before"])  # 接回职工620人: staff fetched back are back
_STAFF_HIRED_BEFORE = tuple(_C["staff_hired_before"])
_EACH_RECIPIENT = tuple(_C["in_kind_each_recipient"])
# Words of resuming near staff (涉及员工) that make them workers back: a share's resume words and the
# resumption counts' own cues (闭环生产企业1136家，涉及员工9.8万人: cues.json _closed_loop_resumed).
_RESUMING_IN_REACH = _on_re("_RESUMING_IN_REACH",
    "|".join((_RESUME_WORDS, alternation(BLOCKS["enterprises_resumed"]["count"]["cues"]))), may_run_long=True)
_FAULTED = tuple(_C["staff_of_faulted_firms"])
_SCREENED = tuple(_C["workers_screened"])
# 名 + 劳务 + 经纪人: a count's people, a few modifiers then a word of those who organise or serve
# (cues.json _not_workers).
_NOT_WORKERS = _on_re("_NOT_WORKERS",
    rf"[\p{{Han}}]{{0,{_C['not_workers']['modifiers_most']}}}?(?:{alternation(_C['not_workers']['people'])})")


def _staff_of_faulted_firms(text: str, geo: Document, clause, sentence) -> bool:
    """The clause before the staff count counts firms found at fault (发现防疫措施不到位企业7家，
    涉及员工320人): cues.json _staff_of_faulted_firms."""
    before = geo.previous_clause(clause, sentence)
    return before is not None and any(w in text[before[0]:before[1]] for w in _FAULTED)


_PRICE_RATE_CATEGORIES = frozenset(_C["price_rate"]["categories"])
_LOWEST_WORDS = tuple(_C["price_rate"]["lowest_words"])
_LOWEST_THEN_MOVED = re.compile(rf"(?:{alternation(_C['price_rate']['lowest_words'])})(?:{alternation(_C['price_rate']['moved_to'])})$")
_LOWEST_REACH = max(map(len, _C["price_rate"]["lowest_words"])) + max(map(len, _C["price_rate"]["moved_to"]))
_PER_PERSON_UNITS = frozenset({"CNY/person", "CNY/person/day", "CNY/person/month"})
_PER_HEAD_NOT_POOL = _C["per_head_not_pool"]
_FINANCE_BEARS = _C["finance_bears_cost"]
# 由市财政承担, 财政全额负担: a public payer, then a verb of bearing a cost.
_FINANCE_BEARS_COST = _on_re("_FINANCE_BEARS_COST",
    rf"(?:{alternation(_FINANCE_BEARS['payers'])})(?:{alternation(_FINANCE_BEARS['between'])})?"
    rf"(?:{alternation(_FINANCE_BEARS['verbs'])})")


def _finance_bears_it(text: str, rule: str, sentence) -> bool:
    """Only a payer of cues.json finance_bears_cost (财政) named the amount, in its sentence, and a
    verb of bearing follows it there (费用由市财政承担): the payer covers a cost, it sets up no pool."""
    return _cue_of(rule) in _FINANCE_BEARS["payers"] and rule.startswith(("money:context:", "money:sentence:")) \
        and _FINANCE_BEARS_COST.search(text, sentence[0], sentence[1]) is not None


# 已承担检测费用 + 96万元: a verb of bearing, at most a few characters naming the cost, then a word of
# costs right before the amount (cues.json finance_bears_cost total_costs).
_COST_BORNE_BEFORE = _on_re("_COST_BORNE_BEFORE",
    rf"(?:{alternation(_FINANCE_BEARS['verbs'])})了?[\p{{Han}}]{{0,{_FINANCE_BEARS['cost_named_most']}}}?"
    rf"(?:{alternation(_FINANCE_BEARS['total_costs'])})$")
_COST_BORNE_REACH = 2 + max(map(len, _FINANCE_BEARS["verbs"])) + _FINANCE_BEARS["cost_named_most"] \
    + max(map(len, _FINANCE_BEARS["total_costs"]))
_COST_LEFT_TO = tuple(_C["cost_borne_share"]["bearers"])


def _cost_borne_right_before(text: str, num, clause) -> bool:
    """A verb of bearing and a word of costs right before the amount (已承担检测费用96万元), not after a
    bearer the cost is left to (企业承担检测费用…: cues.json cost_borne_share bearers)."""
    if "费" not in text[max(clause[0], num.start - 4):num.start]:
        return False  # most amounts: no word of costs right before them
    m = _COST_BORNE_BEFORE.search(text, max(clause[0], num.start - _COST_BORNE_REACH), num.start)
    return m is not None and not text.endswith(_COST_LEFT_TO, clause[0], m.start())


# The voucher words are other uses of interest money too (…给予贴息，并发放餐饮消费券: money for two uses is a fund).
_EARMARKED = {**_C["earmarked_for_interest"],
              "other_uses": _C["earmarked_for_interest"]["other_uses"] + list(_VOUCHER_WORDS)}
# Money handed out as vouchers (区财政安排200万元，分两批发放电子消费券): the earmark of the voucher
# words (cues.json _earmarked_for_vouchers), on the terms of the interest one.
_EARMARKED_VOUCHERS = {**_EARMARKED, **_C["earmarked_for_vouchers"], "uses": list(_VOUCHER_WORDS), "use_compounds": []}
# 分两批发放电子消费券, 派发商超、餐饮消费券: a verb of handing out, then the voucher word within its clause.
_HANDED_OUT = _on_re("_HANDED_OUT",
    f"(?:{alternation(_EARMARKED_VOUCHERS['handed_out_by'])})"
    f"[^，,。；;！？!?]{{0,{_EARMARKED_VOUCHERS['handed_out_gap_most']}}}?(?:{alternation(_VOUCHER_WORDS)})")


def _earmarked_for_interest(text: str, num: NumberMention, clause, sentence, found) -> tuple[str, str] | None:
    """(interest_subsidy, rule) for an amount a public payer puts up with no name of its own (a fund
    only a weak context word named: 界首市财政拿出3000万元) whose sentence goes on to say its one use
    is interest subsidy (，对园区企业新增贷款按50%给予贴息): cues.json _earmarked_for_interest. None
    when its clause names a pool (设立…应急资金) or the sentence another use (…，并对担保费给予补贴).
    Also (subsidy, rule) for such money the sentence goes on to hand out as vouchers alone
    (，分两批发放电子消费券): spent by those who get them, no standing pool (_earmarked_for_vouchers)."""
    if found is None or found[0] != "fund" or not found[1].startswith(("money:context:", "money:sentence:")):
        return None
    return _earmarked_use(text, clause, sentence, found, _EARMARKED) \
        or _earmarked_use(text, clause, sentence, found, _EARMARKED_VOUCHERS)


def _earmarked_use(text: str, clause, sentence, found, earmark) -> tuple[str, str] | None:
    """(earmark's category, rule) when what follows the amount's clause in its sentence names the
    one use of earmark's uses and no other, nor a part of it; None otherwise."""
    if any(w in text[sentence[0]:clause[1]] for w in earmark["pool_named"]):
        return None  # 拿出500万元设立应急资金，对…贴息; 设立专项资金，首期拿出3000万元，…: the pool is the fund
    after = text[clause[1]:sentence[1]]
    for compound in earmark["use_compounds"]:
        after = after.replace(compound, earmark["uses"][0])  # 贴息补助: the interest subsidy itself
    use = next((w for w in earmark["uses"] if w in after), None)
    if use is not None and "handed_out_by" in earmark and _HANDED_OUT.search(after) is None:
        return None  # 开发建设消费券发放平台, 开展消费券核销审计: money spent on the vouchers' running, not handed out
    if use is None or any(w in after for w in earmark["other_uses"] + earmark["part_words"]):
        return None  # …，其中对新增贷款给予贴息: a part of it for interest, the rest not said
    return earmark["as"], f"{found[1]}>{use}"


_PREMIUM = _C["premium_paid"]
# 管委会再, 县财政: a public payer and the adverbs before what it does.
_PREMIUM_PAYER = (f"{_not_after(_C['cost_borne_by']['payers_not'], drop=1)}"
                  f"(?:{alternation(_PREMIUM['payers'])})(?:{alternation(_PREMIUM['between'])}){{0,2}}")
# 投保, 购买…综合保险, 追加一份30元的团体意外险: insurance bought (a 险 word that is no 风险).
_INSURANCE_BOUGHT = (f"(?:{alternation(_PREMIUM['bought'])}|(?:{alternation(_PREMIUM['buy_verbs'])})"
                     f"[^，,。；;！？!?]{{0,{_PREMIUM['buy_gap_most']}}}?"
                     f"{_not_after(_PREMIUM['not_insurance'], drop=1)}险)")
# 县财政承担, 由高新区财政承担, 管委会出资: the payer pays; 全县已为…投保, 县财政以每户260元的标准，为…统一投保,
# 县财政拿出600万元，为…统一投保: the payer buys for others, a clause of manner or of the money put up between.
_PUBLIC_PAYS = _on_re("_PUBLIC_PAYS", f"{_PREMIUM_PAYER}(?:{alternation(_PREMIUM['pay_verbs'])})")
_PREMIUM_LEAD_CLAUSE = alternation(_PREMIUM["manner_openers"] + _PREMIUM["put_up_verbs"])
_PUBLIC_BUYS = _on_re("_PUBLIC_BUYS",
    f"{_PREMIUM_PAYER}(?:(?:{_PREMIUM_LEAD_CLAUSE})[^。；;]{{0,16}}?[,，])?{_PREMIUM['to_whom']}"
    f"[^。；;]{{0,{_PREMIUM['to_bought_most']}}}?{_INSURANCE_BOUGHT}")
# 保费, 保险费, but not the 保费 of 担保费 (a guarantee's fee).
_PREMIUM_WORD = (f"{_not_after(_PREMIUM['not_premium'], drop=2)}"
                 f"(?:{alternation(_PREMIUM['premium_words'])})")
_PREMIUM_NAMED = _on_re("_PREMIUM_NAMED", f"{_PREMIUM_WORD}|{_INSURANCE_BOUGHT}")
# Right before an amount: 管委会出资, 保费支出, 保费共计, 每人保费.
_PREMIUM_BEFORE = _on_re("_PREMIUM_BEFORE",
    f"(?:(?:{alternation(_PREMIUM['pay_verbs'])})|{_PREMIUM_WORD}"
    f"(?:{alternation(_PREMIUM['premium_links'])})?)$")
_PREMIUM_BEFORE_REACH = max(map(len, _PREMIUM["pay_verbs"] + _PREMIUM["premium_words"])) + max(map(len, _PREMIUM["premium_links"]))
# Right after an amount: 30元的团体意外险 (a few characters naming the insurance, no clause mark).
_INSURANCE_AFTER = _on_re("_INSURANCE_AFTER",
    f"的?[^，,。；;！？!?\\d]{{0,{_PREMIUM['buy_gap_most']}}}?"
    f"{_not_after(_PREMIUM['not_insurance'], drop=1)}险")


def _public_buys_insurance(r: ArticleCues, sentence) -> bool:
    """The sentence says a public payer pays a premium or buys insurance for others (cues.json
    _premium_paid): 县财政承担134.4万元 beside 保费, 管委会出资68万元，为区内企业投保."""
    if sentence not in r.premium_sentences:  # decided once per sentence, not for each of its figures
        text, (lo, hi) = r.text, sentence
        r.premium_sentences[sentence] = _PUBLIC_BUYS.search(text, lo, hi) is not None or (
            _PUBLIC_PAYS.search(text, lo, hi) is not None and _PREMIUM_NAMED.search(text, lo, hi) is not None)
    return r.premium_sentences[sentence]


def _premium_paid(r: ArticleCues, num: NumberMention, clause, sentence, found) -> tuple[str, str] | None:
    """(subsidy, rule) for an amount that is a premium a public payer pays for firms or workers
    (cues.json _premium_paid): a fund only a weak context word named (区财政出资96万元), or an amount
    no word named with a verb of paying or a premium word right before it (管委会出资68万元, 保费共计
    186.4万元) or an insurance right after it (30元的团体意外险). None otherwise."""
    text = r.text
    if found is not None:
        category, rule = found
        if category != "fund" or not rule.startswith(("money:context:", "money:sentence:")) \
                or any(w in text[clause[0]:num.start] for w in _PREMIUM["pool_named"]):
            return None  # 所需资金共120万元由县财政列支: the pool its clause names stays a fund
        cue = _cue_of(rule)
    elif (m := _PREMIUM_BEFORE.search(text, max(clause[0], num.start - _PREMIUM_BEFORE_REACH), num.start)):
        cue = m.group()
    elif (m := _INSURANCE_AFTER.match(text, num.end, clause[1])):
        cue = "险"
    elif (m := _premium_named_in_clause_before(r, num, clause, sentence)):
        cue = m.group()
    else:
        return None
    if not _public_buys_insurance(r, sentence) and not (
            cue.startswith(_PREMIUM_WORDS) and _premium_paid_next_to(r, sentence)):
        return None
    return _PREMIUM["as"], f"money:premium:{cue}"


_PREMIUM_WORDS = tuple(_PREMIUM["premium_words"])
_PREMIUM_WORD_IN = _on_re("_PREMIUM_WORD_IN", _PREMIUM_WORD)
_EACH_ALONE = frozenset(_PREMIUM["each_alone"]) | {""}


def _premium_named_in_clause_before(r: ArticleCues, num: NumberMention, clause, sentence):
    """The premium word of the clause right before, for an amount whose clause holds nothing before
    it but a word of each (保费按企业参保人数计算，每人45元): the clause goes on stating the premium
    the clause before named (cues.json _premium_paid, each_alone). None otherwise."""
    if r.text[clause[0]:num.start].strip() not in _EACH_ALONE:
        return None
    prev = r.geo.previous_clause(clause, sentence)
    return None if prev is None else _PREMIUM_WORD_IN.search(r.text, prev[0], prev[1])
_INSURANCE_BOUGHT_IN = _on_re("_INSURANCE_BOUGHT_IN", _INSURANCE_BOUGHT)


def _premium_paid_next_to(r: ArticleCues, sentence) -> bool:
    """A premium stated in a sentence that says nothing of who buys the insurance is paid by the
    public payer the sentence right after or before it names (小微企业每户保费800元，…。保费全部由
    县财政承担: cues.json _premium_paid, neighbours). A sentence that names the buying itself
    (企业为员工投保，每人保费50元) has said who buys, and it was no public payer."""
    if _INSURANCE_BOUGHT_IN.search(r.text, sentence[0], sentence[1]) is not None:
        return False
    geo = r.geo
    return any(other != sentence and _public_buys_insurance(r, other)
               for other in (geo.sentence_after(sentence), geo.sentence_before(sentence)))


_PAYOUT = _C["policy_payout"]
_PAYOUT_CUES = tuple(_PAYOUT["cues"])
_INSURED_EVENT = literal_scanner(_PAYOUT["events"])
# 险种, 综合保险, 获赔: an insurance or its indemnity (险 in 风险 is none).
_INSURANCE_NAMED = _on_re("_INSURANCE_NAMED",
    f"{alternation(_PAYOUT['insurance'])}|"
    f"{_not_after(_PAYOUT['not_insurance'], drop=1)}{_PAYOUT['insurance_end']}")


def _policy_payout(r: ArticleCues, rule: str, sentence) -> bool:
    """The amount is a term of an insurance policy, what it pays on a covered event (员工确诊的，每人
    可获得5000元的医疗津贴 after 该险种主要保障…): named only by a word of compensation, in a sentence
    naming an insured event and, in it or the sentence before, the insurance (cues.json _policy_payout)."""
    if not _cue_of(rule).endswith(_PAYOUT_CUES):
        return False
    text, (lo, hi) = r.text, sentence
    if _INSURED_EVENT.search(text, lo, hi) is None:
        return False
    return _INSURANCE_NAMED.search(text, r.geo.sentence_before(sentence)[0], hi) is not None


_FIRM_GIVES_WORDS = _C["firm_gives"]
_FIRM_PAYS_OWN = _C["firm_pays_own"]
# 厂里, 公司自己: a firm word, then a word of place or self (cues.json _firm_pays_own).
# 自掏腰包, 拿钱: the firm pays with its own money, said between it and its word of giving as an adverb is.
_FIRM_ADVERBS = alternation(sorted(set(_FIRM_GIVES_WORDS["adverbs"]) | set(_FIRM_PAYS_OWN["own_money"])))
_FIRM_WORD = (f"(?:{alternation(_FIRM_GIVES_WORDS['firms'])})(?:{alternation(_FIRM_PAYS_OWN['after_firm'])})*"
              f"(?:{_FIRM_ADVERBS})*")
# 景区已为员工储备口罩: a firm named by its premises gives as one named a firm does (_firm_gives_premises).
_FIRM_TO = (f"(?:{alternation(_FIRM_GIVES_WORDS['firms'] + _C['firm_gives_premises'])})"
            f"(?:{alternation(_FIRM_PAYS_OWN['after_firm'])})*(?:{_FIRM_ADVERBS})*"
            f"(?:{alternation(_FIRM_GIVES_WORDS['to'])})")
# 还有厂里发的1000元过年费: the firm named as the payer right before the amount.
_FIRM_PAID_BEFORE = re.compile(f"{_FIRM_WORD}(?:{alternation(_FIRM_PAYS_OWN['paid_before_figure'])})$")
_FIRM_PAID_REACH = 16
# 我们自己只花了两千多元: a firm, or one speaking for it, says it paid the amount itself.
_FIRM_PAID_ITSELF = _C["firm_paid_itself"]
_FIRM_SPENT_ITSELF = re.compile(
    f"(?:{alternation(_FIRM_GIVES_WORDS['firms'] + _C['first_person'])})(?:{alternation(_FIRM_PAID_ITSELF['self'])})"
    f"(?:{alternation(_FIRM_PAID_ITSELF['adverbs'])})?(?:{alternation(_FIRM_PAID_ITSELF['verbs'])})$")
# ，这是公司自己的钱: a remark after the amount that the money is the firm's own.
_FIRM_OWN_REMARK = re.compile(
    f"(?:{alternation(_FIRM_PAYS_OWN['own_remark_lead'])})(?:{alternation(_FIRM_GIVES_WORDS['firms'])})"
    f"(?:{alternation(_FIRM_PAYS_OWN['after_firm'])}){{1,2}}(?:{alternation(_FIRM_PAYS_OWN['own_remark_tail'])})")
# 企业为在厂闭环生产的员工: the staff may be described by a modifier ending in 的.
_FIRM_GIVES = re.compile(
    f"{_FIRM_TO}(?:[\u4e00-\u9fff]{{1,{_FIRM_GIVES_WORDS['staff_modifier_most']}}}?的)?"
    f"[\u4e00-\u9fff]{{0,{_FIRM_GIVES_WORDS['staff_gap_most']}}}?(?:{alternation(_FIRM_GIVES_WORDS['staff'])})")
# 厂里自己拿钱, 企业自掏腰包, “我们自己出钱: a clause that says only that the firm pays with its own money
# (cues.json _firm_pays_own own_money, self_speakers), an opening quotation mark allowed.
_FIRM_OWN_MONEY_CLAUSE = re.compile(
    f"[“\"「『]?(?:(?:{alternation(_FIRM_GIVES_WORDS['firms'])})(?:{alternation(_FIRM_PAYS_OWN['after_firm'])})*"
    f"|{alternation(_FIRM_PAYS_OWN['self_speakers'])})(?:{_FIRM_ADVERBS})*(?:{alternation(_FIRM_PAYS_OWN['own_money'])})")
# 给每个返岗员工…: a clause with no subject of its own opening with a word of giving to staff.
_GIVES_STAFF_OPENING = re.compile(
    f"(?:{_FIRM_ADVERBS})*(?:{alternation(_FIRM_GIVES_WORDS['to'])})"
    f"(?:[\u4e00-\u9fff]{{1,{_FIRM_GIVES_WORDS['staff_modifier_most']}}}?的)?"
    f"[\u4e00-\u9fff]{{0,{_FIRM_GIVES_WORDS['staff_gap_most']}}}?(?:{alternation(_FIRM_GIVES_WORDS['staff'])})")
# 该企业向所在社区捐赠口罩2万只: a firm donating, to its staff or anyone else.
_DONATE = f"(?:{alternation(_FIRM_GIVES_WORDS['donate'])})"
_FIRM_DONATES = re.compile(f"{_FIRM_TO}.*?{_DONATE}")
# 园区企业纷纷捐赠防疫物资: a firm word, adverbs, then the word of donating right after.
_FIRM_WORD_DONATES = re.compile(f"{_FIRM_WORD}{_DONATE}")
# …，捐赠矿泉水 / …，累计向灾区捐赠: a clause that opens with adverbs, perhaps whom it gives to, then
# the word of donating, its subject left out (carried on from the clause before).
_DONATES_SUBJECT_LEFT_OUT = re.compile(
    f"(?:{alternation(_FIRM_GIVES_WORDS['adverbs'])})*(?:(?:{alternation(_FIRM_GIVES_WORDS['to'])})[^，,；;。]*?)?{_DONATE}")
_FIRM_NAMED = re.compile(alternation(_FIRM_GIVES_WORDS["firms"]))
_NOT_SUBJECT_BEFORE = tuple(_FIRM_GIVES_WORDS["not_subject_before"])
# …，为企业捐赠 / 向复工企业免费捐赠: the donating clause gives to firms (a word of to, then a firm word).
_DONATES_TO_FIRMS = re.compile(
    f"(?:{alternation(_FIRM_GIVES_WORDS['to'])})[^，,；;。]*?(?:{alternation(_FIRM_GIVES_WORDS['firms'])})[^，,；;。]*?{_DONATE}")
# 园区在保障企业复工的同时，…: a firm after a preposition or a verb of serving is no subject carried on.
_NOT_SUBJECT_CARRIED = _NOT_SUBJECT_BEFORE + tuple(_FIRM_GIVES_WORDS["carried_not_subject_before"])


_OWN_LOAN = _C["own_loan_taken"]
_OWN_LOAN_CATEGORIES = frozenset(_OWN_LOAN["categories"])
_OWN_LOAN_VERB = re.compile(rf"(?:{alternation(_OWN_LOAN['verbs'])})$")
_OWN_LOAN_VERB_REACH = max(map(len, _OWN_LOAN["verbs"]))
_OWN_LOAN_TAKER = re.compile(rf"(?<![{_OWN_LOAN['receiving_before']}])(?:{alternation(_OWN_LOAN['takers'])})"
                             rf"(?![{_OWN_LOAN['not_after']}])")


def _own_loan_taken(text: str, num: NumberMention, sentence: tuple[int, int]) -> bool:
    """The speaker's own firm took the loan, a verb of taking it right before the amount and the firm
    speaking of itself before in the sentence (我公司今年3月在银行办了300万元的流动资金贷款): a
    firm-internal figure, no support (cues.json _own_loan_taken)."""
    if not _OWN_LOAN_VERB.search(text, max(sentence[0], num.start - _OWN_LOAN_VERB_REACH), num.start):
        return False
    return _OWN_LOAN_TAKER.search(text, sentence[0], num.start) is not None


def _firm_gives(r: ArticleCues, num: NumberMention, clause: tuple[int, int]) -> bool:
    """A firm, the subject of the figure's clause, gives to its own staff (某公司为返岗员工每人发放
    1000元补贴), or is named as the amount's payer right before it (厂里发的1000元过年费, 我们自己只花了
    两千多元): cues.json _firm_gives, _firm_pays_own, _firm_paid_itself."""
    text, lo = r.text, clause[0]
    paid = _FIRM_PAID_BEFORE.search(text, max(lo, num.start - _FIRM_PAID_REACH), num.start) \
        or _FIRM_SPENT_ITSELF.search(text, max(lo, num.start - _FIRM_PAID_REACH), num.start)
    if not paid and all(_search_before(r, giving, clause, num.start) is None for giving in _FIRM_GIVING):
        return False  # most figures: no firm gives in their clause (each pattern scans the clause once)
    for m in (*_FIRM_GIVES.finditer(text, lo, num.start), *_FIRM_DONATES.finditer(text, lo, num.start),
              *_FIRM_WORD_DONATES.finditer(text, lo, num.start), *((paid,) if paid else ())):
        if not any(word in text[lo:m.start()] for word in _NOT_SUBJECT_BEFORE):
            return True
    return False


_FIRM_GIVING = (_FIRM_GIVES, _FIRM_DONATES, _FIRM_WORD_DONATES)


def _firm_donor_carried_on(text: str, geo, num: NumberMention, clause, sentence) -> bool:
    """The figure's clause opens with a word of donating, its subject left out, and the clause
    before has a firm as its subject (区内企业自发组织车队运送物资，捐赠矿泉水、食品等物资价值120余万元):
    the firms go on giving, their own goods, no support to firms (cues.json _firm_gives). Not when
    the firm there is the object of a verb of reaching it (走访企业50余家) nor when the donating
    clause gives to firms (为企业捐赠): then the firms are the recipients."""
    opening = _DONATES_SUBJECT_LEFT_OUT.match(text, clause[0], num.start)
    if not opening:
        return False  # most figures: their clause does not open with a donation
    if _DONATES_TO_FIRMS.search(text, clause[0], opening.end()):
        return False  # 走访企业50余家，为企业捐赠口罩: the firms are whom the gift is for
    prev = geo.previous_clause(clause, sentence)
    firm = _FIRM_NAMED.search(text, prev[0], prev[1]) if prev is not None else None
    return firm is not None and not any(w in text[prev[0]:firm.start()] for w in _NOT_SUBJECT_CARRIED)


def _firm_pays_from_clause_before(r: ArticleCues, num: NumberMention, clause, sentence) -> bool:
    """The figure's clause opens with a word of giving to staff and no subject of its own, and the
    clause before it in the sentence says only that the firm pays with its own money (“厂里自己拿钱，
    给每个返岗员工每天多发30元…”): that firm is the payer, not the zone (cues.json _firm_pays_own)."""
    if _GIVES_STAFF_OPENING.match(r.text, clause[0], num.start) is None:
        return False  # most figures: their clause names its own subject, or gives to no staff
    before = r.geo.previous_clause(clause, sentence)
    return before is not None and _FIRM_OWN_MONEY_CLAUSE.fullmatch(r.text, before[0], _clause_text_end(r.text, before)) is not None


def _clause_text_end(text: str, clause) -> int:
    """The end of a clause's words, its closing mark and spaces left out."""
    end = clause[1]
    while end > clause[0] and not ("\u4e00" <= text[end - 1] <= "\u9fff"):
        end -= 1
    return end


def _firm_own_money_remark(r: ArticleCues, num: NumberMention, sentence: tuple[int, int]) -> bool:
    """A remark after the amount in its sentence, no other figure between, says the money is the
    firm's own (发了300元防疫补助，“这是公司自己的钱”): cues.json _firm_pays_own."""
    i = bisect.bisect_right(r.number_starts, num.start)
    end = min(sentence[1], r.number_starts[i]) if i < len(r.number_starts) else sentence[1]
    return _FIRM_OWN_REMARK.search(r.text, num.end, end) is not None


_SELLER_GIVES = _C["seller_gives_own"]
_SELLER_WORD = re.compile(alternation(_SELLER_GIVES["sellers"]))
_SELLER_NOT_SUBJECT = _NOT_SUBJECT_BEFORE + tuple(_SELLER_GIVES["public_owned"])
_SELLER_NOT_SUBJECT_WORD = literal_scanner(_SELLER_NOT_SUBJECT)  # one scan for the thirty words, not one per word
# 再让利 + 5%, 5% + 的让利: the seller's concession names the figure (cues.json _seller_gives_own).
_CONCESSION_BEFORE = tuple(_SELLER_GIVES["concessions"])
_CONCESSION_AFTER = tuple(link + word for word in _CONCESSION_BEFORE for link in ("", "的"))
# 给予 + 购车 + 客户: the seller gives to its buyers (a few Han characters naming them between).
_GIVES_BUYERS = re.compile(f"(?:{alternation(_SELLER_GIVES['give'])})[\u4e00-\u9fff]{{0,{_SELLER_GIVES['buyer_gap_most']}}}?"
                           f"(?:{alternation(_SELLER_GIVES['buyers'])})")


def _seller_gives_own(r: ArticleCues, num: NumberMention, clause: tuple[int, int]) -> bool:
    """A seller, the subject of the figure's clause, concedes the figure off its own price
    (参与卖场在政府补贴基础上再让利5%) or gives it to its buyers (店里还在消费券之外给予购车客户最高
    3000元的置换补贴): its money, not the public support whose word stands near it (cues.json
    _seller_gives_own)."""
    text, lo = r.text, clause[0]
    seller = _search_before(r, _SELLER_WORD, clause, num.start)
    if seller is None or _SELLER_NOT_SUBJECT_WORD.search(text, lo, seller.start()) is not None:
        return False  # most figures: no seller, or one the zone acts on (对参与卖场给予补贴)
    if text.endswith(_CONCESSION_BEFORE, seller.end(), num.start) or text.startswith(_CONCESSION_AFTER, num.end):
        return True  # 再让利5%: a concession is always off the seller's own price
    gives = _search_before(r, _GIVES_BUYERS, (seller.end(), clause[1]), num.start)  # the clause's first seller: read once
    return gives is not None and _gives_buyers_own(text, seller, gives, num, clause)


_ON_TOP = tuple(_SELLER_GIVES["on_top"])
_GENERIC_FIRMS = frozenset(_SELLER_GIVES["generic_firms"])
# 政府, 管委会, or an office's name ending in 局 (商务局, 财政局), not 格局, 布局, 大局.
_PUBLIC_BODY = re.compile(f"{alternation(_SELLER_GIVES['public_bodies'])}"
                          f"|(?<=[\u4e00-\u9fff])(?<![{_SELLER_GIVES['not_office_before']}]){_SELLER_GIVES['office_end']}")
_PUBLIC_MONEY = tuple(_SELLER_GIVES["public_money"])
# A firm (企业, 公司) hands out reliefs and guarantees too: 供电公司为客户减免电费, 担保公司为客户提供担保.
_FIRM_PUBLIC_MEASURES = _PUBLIC_MONEY + tuple(_SELLER_GIVES["public_measures"])


def _gives_buyers_own(text: str, seller, gives, num: NumberMention, clause: tuple[int, int]) -> bool:
    """What a seller gives its buyers is its own money, not a public measure it hands out (区商务局联合
    平台企业向市民发放电子消费券, 供电公司为客户减免电费): given beyond the public support, or led by
    no public body, the amount named by no public money (a firm's, by no public measure either:
    某家电公司为购车客户提供补贴 is its own) (cues.json _seller_gives_own)."""
    if any(w in text[seller.end():num.start] for w in _ON_TOP):
        return True  # 还在消费券之外为购车客户提供…, 另为购车者提供…: on top of the public support
    public_words = _FIRM_PUBLIC_MEASURES if seller.group() in _GENERIC_FIRMS else _PUBLIC_MONEY
    return _PUBLIC_BODY.search(text, clause[0], seller.start()) is None \
        and not any(w in text[gives.end():clause[1]] for w in public_words)


def _follows_a_support(r: ArticleCues, num: NumberMention, sentence: tuple[int, int]) -> bool:
    """The row before the figure, in its sentence, is a support's (a subsidy, a loan …), not an
    indicator's."""
    earlier = r.last_row_before(num.start)
    return earlier is not None and earlier.span_start >= sentence[0] and earlier.category not in INDICATORS


# 七八成, 两三百人, 五六十家: two neighbouring digit words opening a rate or a count are a range
# (cues.json _vague_pair_ranges); the number reader keeps their lower bound, as approx.
_VAGUE_PAIR = _C["vague_pair_ranges"]
_VAGUE_PAIR_KINDS = frozenset(_VAGUE_PAIR["kinds"])
_VAGUE_PAIR_DIGITS = {(p[0], p[1]) for p in _N["approx_pairs"]}
_VAGUE_PAIR_SCALES = frozenset(_VAGUE_PAIR["scales_after"])


def _names_rate_before(text: str, n: NumberMention) -> bool:
    """A rate word (百分之, 千分之: numbers.json rate_words) stands between the figure's start and its numeral."""
    return any(w in text[n.start:n.num_start] for w in RATE_WORDS)


def vague_pairs_as_ranges(text: str, numbers: list[NumberMention]) -> list[NumberMention]:
    """Each rate or count written with a pair of neighbouring digits at its head and scale words
    alone after them (七八成, 两三百人, 五六十家) as the two bounds of a range, as 7至8成 is read:
    the lower `at_least` over the whole figure, the upper `at_most` from its second digit (八成,
    三百人; rounded, 0.7 / 7 * 8 being 0.7999…), or over the whole figure when a rate word before
    the pair scales it (百分之七八十: 八十 alone is no rate). A pair inside a numeral (十七八家) or one with
    多/余 (两三百多人) keeps its one row."""
    if not any(n.qualifier == "approx" and n.kind in _VAGUE_PAIR_KINDS for n in numbers):
        return numbers
    out = []
    for n in numbers:
        numeral = text[n.num_start:n.num_end]
        if n.qualifier != "approx" or n.kind not in _VAGUE_PAIR_KINDS or n.value is None \
                or (numeral[:1], numeral[1:2]) not in _VAGUE_PAIR_DIGITS or not _VAGUE_PAIR_SCALES.issuperset(numeral[2:]):
            out.append(n)
            continue
        low, high = _N["chinese_digits"][numeral[0]], _N["chinese_digits"][numeral[1]]
        out.append(replace(n, qualifier="at_least"))
        # A rate word before the pair (百分之七八十) scales both digits: the upper row's mention keeps it,
        # 八十 alone reading 80; 约 or 达 before 七八成 says nothing 八成 does not.
        upper_start = n.start if _names_rate_before(text, n) else n.num_start + 1
        out.append(replace(n, start=upper_start, num_start=n.num_start + 1, value=round(n.value / low * high, 12),
                           qualifier="at_most"))
    return out


def extract_measures(text: str, zones: ArticleZones, *, article_date: dt.date | None,
                     headlines: tuple[tuple[int, int], ...] = (), has_missing_digits: bool = False,
                     attributor: Attributor | None = None,
                     post_dates: tuple[tuple[int, dt.date], ...] = ()) -> list[Measure]:
    """The measures of `text`. `post_dates` (CleanText.post_dates, positions in `text`) date the
    microblog posts of a timeline: a figure's dates take their year from its post's stamp, not
    from the article's (the first post's) date."""
    doc = getattr(attributor, "doc", None)
    geo = doc if doc is not None and doc.text is text else Document(text, headlines)
    if attributor is None:
        attributor = Attributor(geo, zones)
    cues = ArticleCues(text, geo, vague_pairs_as_ranges(text, find_numbers(text, with_missing=has_missing_digits)), zones)
    cues.article_date = article_date
    shared: dict[int, list[Measure]] = {}  # row's index -> the rows of the other rates sharing its figure
    for num in cues.numbers:
        # The budget is checked once per figure: the patterns classify uses are short ones
        # (lexicon.short_pattern) over the figure's clause and sentence, without a clock each.
        budget.check()
        row = classify(cues, num)
        if row is not None:
            cues.add_row(row)
            if row.unit == "ratio" and row.category in INDICATORS:
                others = _shared_rate_rows(cues, num, row) or _shared_subject_rows(cues, num, row) \
                    or _shared_place_rows(cues, num, row)
                if others:
                    shared[len(cues.rows) - 1] = others
    # The rows of the other rates are not kept among the cues' rows: the rows classify reads
    # back (the last row before a figure) are those of the figures' own cues.
    rows = cues.rows if not shared else [made for i, row in enumerate(cues.rows) for made in (row, *shared.get(i, ()))]
    listed = attributor.lists([(r.span_start, r.span_end, r.unit == "ratio") for r in cues.rows])  # one per figure
    out = []
    as_of_cache: dict[tuple, dt.date | None] = {}
    cutoff_memo: dict[tuple, object] = {}  # line -> the cut-off its section's heading states (section_cutoff_as_of)
    periods_cache: dict[int, tuple] = {}  # by clause start
    first_month: dict[tuple[int, int], int] = {}  # sentence -> where its first 月 stands (-1: none)
    opening_days: dict[tuple, dt.date | None] = {}  # (sentence key, clause) -> _opening_day_before_as_of
    opening_periods: dict[tuple, dt.date | None] = {}  # (sentence key, clause) -> _opening_period_before_as_of
    later_as_ofs: dict[tuple[int, int], list] = {}  # sentence -> later_clause_as_ofs
    later_periods: dict[tuple[int, int], list] = {}  # sentence -> later_opening_periods
    last_as_of: dict[tuple, tuple] = {}  # (sentence, category) -> (date, end) of its last row
    prepositioned_days: dict[tuple[int, int], dt.date | None] = {}  # sentence -> prepositioned_opening_date
    month_end_days: dict[tuple[int, int], dt.date | None] = {}  # sentence -> month_end_opening_date
    in_headline = _headline_test(headlines)
    date_at = _date_of_post_at(article_date, post_dates)
    for row in rows:
        by_period = period_dates(row.category, row.unit, row.qualifier,
                                 averaged=_AVERAGE_WORD in text[row.sentence_start:row.span_start])
        key = (row.sentence_start, row.sentence_end, row.category in INDICATORS, by_period)
        row_date = date_at(row.sentence_start)
        if key not in as_of_cache:
            budget.check()  # a date is looked for once per sentence, by a short pattern
            as_of_cache[key] = sentence_as_of(text, geo, key[:2], row.category, row_date, by_period=by_period) \
                or block_caption_as_of(cues, key[:2], row_date) \
                or section_cutoff_as_of(text, key[0], row_date, cutoff_memo, indicator=key[2])
        if key[:2] not in later_as_ofs:
            # most sentences hold one 截至 at most: no second search
            twice = _AS_OF_OPENER.search(text, key[0], key[1])
            later_as_ofs[key[:2]] = later_clause_as_ofs(text, key[:2], row_date) \
                if twice is not None and (_AS_OF_OPENER.search(text, twice.start() + 2, key[1]) is not None
                                          or _CLAUSE_DATE_OR_PERIOD.search(text, twice.start() + 2, key[1]) is not None) else []
        start = row.span_start
        decision = listed.get(start) or (row.rule.startswith(f"rate:{_COMPARED_AVERAGE_RULE}:")
                                          and attributor.compared_average(start)) or attributor.decide(start)
        is_headline = in_headline(start, row.span_end)
        fields, as_of = row.__dict__, as_of_cache[key]
        if as_of is None and key[2] and not row.rule.endswith(_BULLETIN_NOT_CUES):
            # 现将2月27日情况通报如下 over a bulletin: the day of its indicators with no date of their own
            as_of = bulletin_lead_as_of(text, key[0], row_date, cutoff_memo)
        # A period in the figure's own clause (区内银行机构1-2月发放…) dates it, and over a period
        # opening the sentence (1月份，…发放200万元，2月份发放350万元: February's), not over 截至….
        clause = geo.clause_of(start)
        if clause[0] not in periods_cache:
            budget.check()  # by a short pattern, once per clause, after a scan for a month, quarter or year
            periods_cache[clause[0]] = clause_periods(text, clause[0], clause[1], row_date)
        own = period_before(periods_cache[clause[0]], start) if by_period else None
        if own is None and by_period and as_of is not None and periods_cache[clause[0]][0] \
                and _period_naming(periods_cache[clause[0]], start) is not None and find_as_of(text, key[:2], row_date) is None:
            # 一季度兑现1.1亿元，…，四季度兑现1.2亿元 in December: the figure's own period, still running
            # (or of no year), dates it at no day, not at the period opening the sentence; a 截至 date
            # still governs (截至5月底，全年已兑现…).
            as_of = None
        if own is not None and own != as_of:
            # A period in the figure's own clause dates it, over the sentence's date: 1月份，…200万元，
            # 2月份发放350万元 (February's); 截至6月底，…15亿元，其中1-5月发放12亿元 (May's).
            as_of = own
        elif own is None and as_of is not None and clause[0] > key[0] and any(w in text[clause[0]:start] for w in _OWN_TIME_WORDS) \
                and find_as_of(text, key[:2], row_date) is None:
            # 一季度，…12亿元，4月以来又发放贷款5亿元: a later clause stating a time of its own is not
            # the opening period's; a 截至 date still governs the whole sentence. Not a period of the
            # figure's own clause that ends on the sentence's date (其中，…，今年上半年兑现5180万元 under
            # 截至6月30日): its own time, the same day.
            as_of = None
        if own is None and later_as_ofs[key[:2]] and later_as_ofs[key[:2]][0][0] < start:
            # 截至3月4日，…1520家；截至3月15日，…增至1810家: a later 截至 opening a clause before the
            # figure dates it, over the sentence's first.
            as_of = next(date for pos, date in reversed(later_as_ofs[key[:2]]) if pos < start)
        if own is None and as_of is not None and clause[0] > key[0] \
                and in_clause_of_another_time(text, geo, key[:2], clause, _date_written_at(text, key[:2], start, later_as_ofs[key[:2]]),
                                              as_of, row_date):
            # 截至4月底，…新发放贷款12.6亿元；2020年疫情期间，这两项数据分别为7.8亿元: a clause opened by
            # another time is out of the sentence's date; a later period alone may still date it (below).
            as_of = None
        if own is None and as_of is not None and clause[1] < key[1]:
            # 2019年，…减免税费3亿元；截至3月底，又…: a 截至 date after the figure's clause is the later
            # figures' date, the period opening the sentence the earlier ones' (an opening day: below).
            if (key, clause) not in opening_periods:
                opening_periods[(key, clause)] = _opening_period_before_as_of(text, key[:2], clause, row_date) \
                    if by_period else None
            # 对受灾商户每户发放5000元，截至8月28日已发放186万元: the 截至 date dates the figures
            # after it, not one written before it in its sentence (no date rather than a later one).
            as_of = opening_periods[(key, clause)] or (
                None if _as_of_only_after(text, key[:2], clause, start, as_of, row_date) else as_of)
            if _period_naming(periods_cache[clause[0]], start) is not None and _as_of_written_after(text, key[:2], clause):
                # 全区上半年兑现补贴3.2亿元，截至2月底，复工率达到95% in April: the figure is of its own
                # period, still running (or of no year), not of the later figures' 截至 date.
                as_of = None
        if own is None and by_period:
            # 2020年，…4.12亿元；2021年，新增减税降费3.6亿元: a period opening a later clause takes
            # over from the sentence's for the figures after it.
            if key[:2] not in later_periods:
                later_periods[key[:2]] = later_opening_periods(text, key[:2], row_date)
            later = later_period_end(later_periods[key[:2]], text, clause[0], start)
            if later is not _NOT_A_DAY_LIST:
                as_of = later
        if own is None and by_period and "分别" in text[clause[0]:start]:
            # 2020年、2021年园区企业分别获得新增贷款38.6亿元、52.1亿元: the periods of a 分别 list pair
            # with its figures in order; when they cannot be paired, none is the figure's.
            paired = respective_period(text, key[0], clause, (start, row.span_end), row_date)
            if paired is not _NOT_A_DAY_LIST:
                as_of = paired
        part_day = None
        if own is None and row.category in INDICATORS:
            # …；2月10日，全区复工率为30%: a day opening the figure's semicolon part dates it.
            part_day = part_opening_date(text, key[:2], start, row_date)
            as_of = part_day or as_of
        if own is None and row.category in INDICATORS and "月" in text[clause[0]:start]:
            # 新区3月末规上企业复工率100%: a point in the figure's own clause dates it, over a period or
            # a day opening the sentence (2021年9月，…全县规上工业企业在10月上旬复工率达到98%).
            as_of = month_end_point(text, clause[0], start, row_date) or as_of
        if row.category in INDICATORS and -1 < first_month.setdefault(key[:2], text.find("月", key[0], key[1])) < start:
            # 复工率3月31日为45%，截至4月30日为97%: a day in the figure's own clause is its level's;
            # 4月10日，…复工率仅为52%；截至5月18日，…: a 截至 date after the figure's clause is the
            # later figures' date, the day opening the sentence the earlier ones'. Read once per clause.
            if (key, clause) not in opening_days:
                opening_days[(key, clause)] = _opening_day_before_as_of(text, key[:2], clause, row_date)
            # 2月10日，…58家；2月17日，…增至94家；到2月24日，…: a day opening the figure's own semicolon
            # part is its level's, over the day opening the sentence.
            as_of = day_of_own_level(text, clause[0], start, row_date) or part_day or opening_days[(key, clause)] or as_of
        if row.category in INDICATORS and "分别" in text[clause[0]:start]:
            # 复工率在2月10日、2月20日和2月29日分别为32%、67%和95%: the days of a 分别 list pair with
            # its figures in order; when they cannot be paired, no day of theirs is the figure's.
            paired = respective_day(text, key[0], clause, start, row_date)
            if paired is not _NOT_A_DAY_LIST:
                as_of = paired
        if row.category in INDICATORS and text.startswith("的", start - 1):
            # 复工率从2月18日的35%提高到3月25日的82.3%: a day written right before an indicator's
            # level, with 的, is the day of that level, over the sentence's.
            as_of = day_of_level(text, clause[0], start, row_date) or as_of
        if ":list_head:" in row.rule and (head := last_as_of.get((key[:2], row.category))) is not None \
                and head[0] != as_of and _DATE_MARK.search(text, head[1], start) is None \
                and not any(w in text[head[1]:start] for w in _OWN_TIME_WORDS + _ITEM_OWN_TIME):
            # 2020年，全市复工率于3月底达到97%，其中东湖高新区达到100%: an item continuing the list's head
            # row, with no date or time word between them (截至5月15日，…; 目前已达97%), is of the
            # head's date, not of the sentence's opening year.
            as_of = head[0]
        if as_of is None and own is None and row.category not in INDICATORS:
            # 在4月底，浑南区累计发放补贴800万元: a stock after a day opening the sentence with 在 is of that day.
            if key[:2] not in prepositioned_days:
                prepositioned_days[key[:2]] = prepositioned_opening_date(text, key[:2], row_date)
            as_of = stock_opening_date(text, clause, start, prepositioned_days[key[:2]])
            if as_of is None:
                # 10月末，新区普惠小微贷款加权平均利率为4.35%: a month's end opening the sentence is its cut-off.
                if key[:2] not in month_end_days:
                    month_end_days[key[:2]] = month_end_opening_date(text, key[:2], row_date)
                as_of = month_end_days[key[:2]]
        if as_of is not None and row.category == "fund" and row.unit == "CNY" and own is None \
                and any(w in text[clause[0]:start] for w in _POOL_SETUP_VERBS) and find_as_of(text, key[:2], row_date) is None:
            # 2020年，高新区设立10亿元纾困基金: setting a fund up is an event of the year, the size it was
            # given, not an amount counted over the year: no day the text gives (cues.json _fund_set_up_undated)
            as_of = None
        if by_period:
            # a share of a cost has no date of the period's: it leaves the items after it (按月租金的50%…
            # 减免租金，共计380万元) the date of the figures before it or of the sentence
            last_as_of[(key[:2], row.category)] = (as_of, row.span_end)
        if ((row.basis == "per_beneficiary" and row.unit not in _DATED_PER_BENEFICIARY_UNITS)
                or (row.unit == "ratio" and (row.category in _PERIOD_UNDATED_SHARES or _rate_of_terms(text, row.category, key[0], clause[0], start, row.span_end)))) \
                and not _averaged_over_beneficiaries(text, clause[0], start):
            # 截至5月底，为返岗职工每人发放补贴400元，合计50.4万元: what each one gets is a standard,
            # of no date; the total paid out by a day is that day's. A rate is a level reached (贷款平均
            # 利率4.35%), dated as a total is, and so is an average over those served (每户减免金额平均
            # 不到800元). After last_as_of: a list's items keep its head's date. A share of a cost
            # covered (…，截至9月底…；区财政按实际支付利息的30%给予贴息) is such a standard too, under a
            # 截至 date as under a period (cues.json _period_undated_shares).
            as_of = None
        if len(decision.zones) == 1:
            # Most rows name one zone: the row, made by _row for this loop alone, takes the
            # fields in its own dict instead of being copied into a new one and dropped.
            fields.update(as_of=as_of, zone=decision.zones[0], is_headline=is_headline,
                          zone_rule=decision.rule, zone_candidates=decision.candidates)
            out.append(row)
            continue
        for i, zone in enumerate(decision.zones):  # one row per zone of a shared list
            # The row with these fields changed, as dataclasses.replace makes it, without its
            # look at the class's fields (three times the cost, for every row).
            out.append(_measure({**fields, "as_of": as_of, "zone": zone, "is_headline": is_headline,
                                 "zone_rule": decision.rule, "zone_candidates": decision.candidates, "list_index": i}))
    return deduplicate(out, text, geo, _place_names(zones))


def _date_of_post_at(article_date: dt.date | None, post_dates: tuple[tuple[int, dt.date], ...]):
    """pos -> the date the text at `pos` was written: that of the last post stamped before it
    (a timeline's 2022-5-31 post says 截至5月30日 of 2022, though its first post is of April),
    the article's before the first stamp or in a text of no posts."""
    if not post_dates:
        return lambda pos: article_date
    starts = [start for start, _ in post_dates]

    def date_at(pos: int) -> dt.date | None:
        i = bisect.bisect_right(starts, pos) - 1
        return post_dates[i][1] if i >= 0 else article_date
    return date_at


_SHARED_RATES = _C["shared_rate_list"]
_SHARED_WORDS = tuple(_SHARED_RATES["shared_words"])
# Between two rates of a list: a separator, then at most a few characters saying whose (、员工返岗率).
_RATE_LIST_GAP = _on_re("_RATE_LIST_GAP",
    rf"(?:{alternation(sorted(LIST_SEPARATORS))})[\p{{Han}}]{{0,{_SHARED_RATES['whose_most']}}}")


def _shared_rate_rows(r: ArticleCues, num: NumberMention, row: Measure) -> list[Measure]:
    """复工率、员工返岗率均达100%: the rows of the rates listed before the figure's own rate that
    share its figure (cues.json `shared_rate_list`), in text order; none for most rates."""
    clause = r.geo.clause_of(num.num_start)
    rates = r.percent_rates
    cue = _shared_cue(r, num, row, clause)
    if cue is None:
        return []
    listed = []
    while (before := rates.last_before(clause[0], cue.start)) is not None \
            and _RATE_LIST_GAP.fullmatch(r.text, before.end, cue.start):
        listed.append(before)
        cue = before
    return [_measure({**row.__dict__, "category": c.category, "basis": BLOCKS[c.category].get("rate_basis", "total"),
                      "rule": f"rate:shared_list:{c.word}", "cue_index": len(listed) - i})
            for i, c in enumerate(reversed(listed)) if c.category in INDICATORS]


def _shared_cue(r: ArticleCues, num: NumberMention, row: Measure, clause) -> Cue | None:
    """The row's own rate word when a shared word (均, 都) stands between it and the figure, no
    other figure nor clause break between: what is listed before that word shares the figure."""
    cue = r.percent_rates.last_before(clause[0], num.start)
    if cue is None or cue.word != _cue_of(row.rule):
        return None
    between = r.text[cue.end:num.start]
    if len(between) > _SHARED_RATES["reach"] or not any(w in between for w in _SHARED_WORDS) \
            or any(ch.isdigit() or ch in ",;" for ch in between):
        return None
    return cue


_PLACE_ENDINGS = tuple(_SHARED_RATES["place_endings"])
_BARE_ZONE_GROUPS = frozenset(_SHARED_RATES["bare_zone_groups"])  # 高新区、经开区…均: zones referred back to
_SUBJECT_LIST_SPLIT = re.compile(alternation(_SHARED_RATES["subject_separators"]))
_EXAMPLES_CLOSERS = tuple(_SHARED_RATES["examples_closers"])


def _shared_subject_rows(r: ArticleCues, num: NumberMention, row: Measure) -> list[Measure]:
    """星级饭店、旅行社复工率均达100%: one row per group of firms listed right before the rate word
    that shares the figure (cues.json shared_rate_list _subjects), the figure's own row the last
    group's; none when a place or another rate word is listed (the attributor's lists, and
    _shared_rate_rows), or when one group is too short or long to be a noun phrase."""
    clause = r.geo.clause_of(num.num_start)
    cue = _shared_cue(r, num, row, clause)
    if cue is None or r.percent_rates.last_before(clause[0], cue.start) is not None:
        return []
    groups = _SUBJECT_LIST_SPLIT.split(r.text[clause[0]:cue.start])
    if len(groups) < 2 or any(not _SHARED_RATES["subject_least"] <= len(g) <= _SHARED_RATES["subject_most"]
                              or not regex.fullmatch(r"[\p{Han}A-Za-z0-9.]+", g) for g in groups) \
            or _places_listed(r, clause[0], groups, cue.start) \
            or _examples_of_one_group(groups[-1]):
        return []  # …、汽车等主导产业: members named as examples of one group, whose rate it is
    # the rule names the group: the rows' ids (article.measure_row) tell them apart by it
    made = [_measure({**row.__dict__, "subject": g, "rule": f"rate:shared_subjects>{g}:{cue.word}",
                      "cue_index": len(groups) - 1 - i})
            for i, g in enumerate(groups[:-1])]
    _set_attribute(row, "subject", groups[-1])  # the figure's own row: the group nearest it
    return made


def _examples_of_one_group(last: str) -> bool:
    """Whether the last group closes the list with 等 and a group noun (汽车等主导产业): the members
    are examples of one group; not when that noun is a class of places (陈埭、磁灶、内坑等镇: each
    town its own row, place_endings)."""
    for word in _EXAMPLES_CLOSERS:
        i = last.find(word)
        if 0 <= i < len(last) - len(word):
            return not last.endswith(_PLACE_ENDINGS)
    return False


def _places_listed(r: ArticleCues, start: int, groups: list[str], cue_start: int) -> bool:
    """The groups are places, each the attributor's (list_shared), not groups of firms: a zone is
    the first group (泾县经开区、晨曦工业园…) or named in a later one (江宁区、浦口区), or a group but
    the last ends in a town's or park's class word (狮山镇、大沥镇规上企业) or is a bare zone word
    (高新区、经开区两大主平台: cues.json bare_zone_groups). A zone opening the
    first group only scopes the list (黟县18家农家乐、9家民宿客栈)."""
    second = start + len(groups[0]) + 1
    first = r.zones.mention_at(second - 2)
    return (first is not None and first.end == second - 1) or bool(r.zones.zones_between(second, cue_start)) \
        or any(g.endswith(_PLACE_ENDINGS) or g in _BARE_ZONE_GROUPS for g in groups[:-1])


_SHARED_PLACES = _C["shared_place_list"]
# 英林镇、深沪镇 + 复工率均达到 opening the figure's clause: the places, then what they share.
_PLACE_NAME = rf"[\p{{Han}}]{{1,{_SHARED_PLACES['name_most']}}}?(?:{alternation(_SHARED_PLACES['endings'])})"
_PLACES_SHARING = short_pattern(
    rf"(?:{alternation(_SHARED_PLACES['openers'])})?(?P<places>(?P<place>{_PLACE_NAME})(?:(?:{alternation(_SHARED_PLACES['separators'])})(?P<place>{_PLACE_NAME})){{1,{_SHARED_PLACES['places_most'] - 1}}})"
    rf"(?P<rest>[\p{{Han}}]{{0,{_SHARED_PLACES['reach']}}})")
_PLACE_SHARED_WORDS = tuple(_SHARED_PLACES["shared_words"])
_PLACE_NOT_IN_REACH = _SHARED_PLACES["not_in_reach"]
_PLACE_LEVEL_AFTER_CHANGE = tuple(_SHARED_PLACES["level_after_change"])
_PLACE_GROUP_OPENINGS = tuple(_SHARED_PLACES["group_openings"])
_PLACE_GROUP_INSIDE = tuple(_SHARED_PLACES["group_inside"])


def _not_a_shared_level(rest: str) -> bool:
    """A word between the list and the figure saying the figure is no level each place has: a
    from-value, a change, a comparison, a target (cues.json shared_place_list not_in_reach); a
    change word right before 到/至 (提高到98%) names the level reached."""
    for w in _PLACE_NOT_IN_REACH:
        at = rest.find(w)
        while at >= 0:
            if not rest.startswith(_PLACE_LEVEL_AFTER_CHANGE, at + len(w)):
                return True
            at = rest.find(w, at + 1)
    return False


def _shared_place_rows(r: ArticleCues, num: NumberMention, row: Measure) -> list[Measure]:
    """英林镇、深沪镇复工率均达到97%以上: one row per town or street listed to open the figure's
    clause with a shared word (均, 也) before the rate (cues.json shared_place_list), the figure's
    own row the last place's; none when a listed name is a zone (the attributor's list_shared)."""
    clause = r.geo.clause_of(num.num_start)
    if not any(sep in r.text[clause[0]:num.start] for sep in _SHARED_PLACES["separators"]):
        return []  # most rates: no list opens their clause
    m = _PLACES_SHARING.fullmatch(r.text, clause[0], num.start)
    if m is not None and r.zones.zones_between(m.start("places"), m.end("places")):
        # 长兴县和平镇、泗安镇: the county the towns lie in, written before the first, is no item
        lead = r.zones.mention_at(m.start("places"))
        m = _PLACES_SHARING.fullmatch(r.text, lead.end, num.start) \
            if lead is not None and lead.start == m.start("places") and lead.end < r.text.find("、", lead.start) else None
    if m is None or not any(w in m["rest"] for w in _PLACE_SHARED_WORDS) \
            or r.zones.zones_between(m.start("places"), m.end("places")):
        return []
    places = m.captures("place")  # 和平镇和泗安镇: split after a name's ending, the name's own 和 stays
    if _not_a_shared_level(m["rest"]) \
            or any(p.startswith(_PLACE_GROUP_OPENINGS) or any(w in p for w in _PLACE_GROUP_INSIDE) for p in places):
        return []  # 从上周的80%…, 均提高了5%, 均要在…达到; 全县各乡镇、各街道: one fact of all of them
    # the rule names the place: the rows' ids (article.measure_row) tell them apart by it
    made = [_measure({**row.__dict__, "subject": p, "rule": f"rate:shared_places>{p}:{_cue_of(row.rule)}",
                      "cue_index": len(places) - 1 - i})
            for i, p in enumerate(places[:-1])]
    _set_attribute(row, "subject", places[-1])
    return made


def _headline_test(headlines: tuple[tuple[int, int], ...]):
    """(start, end) -> whether some headline holds the span. Headlines that do not overlap (as
    cleaning makes them) are looked up by bisection, not tried one by one for every row."""
    if not headlines:
        return lambda start, end: False
    ordered = sorted(headlines)
    if any(a[1] > b[0] for a, b in zip(ordered, ordered[1:])):
        return lambda start, end: any(s <= start and end <= e for s, e in headlines)
    starts = [s for s, _ in ordered]

    def holds(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start) - 1
        return i >= 0 and end <= ordered[i][1]
    return holds


_new_object = object.__new__


def _measure(fields: dict) -> Measure:
    """Measure(**fields), for a new dict `fields` naming every field in the class's order,
    without the frozen dataclass's __init__: it sets its twenty fields one object.__setattr__
    at a time (4.7 µs, twice per row); `fields` becomes the object's __dict__ as it is, an
    equal object for a fraction of the time (tests compare the two)."""
    row = _new_object(Measure)
    _set_attribute(row, "__dict__", fields)
    return row


_set_attribute = object.__setattr__  # past the frozen dataclass's __setattr__


_LEVEL_WORDS = "市区县省"  # the level words `_place_names` takes off a division's name to give its stem


def _place_names(zones: ArticleZones) -> tuple[str, ...]:
    """The names of the article's zones as a subject may carry them (昆山市, 昆山), longest first."""
    names = {alias for zone in zones.zones.values() for alias in zone.aliases}
    names |= {name[:-1] for name in names if len(name) >= 3 and name[-1] in _LEVEL_WORDS}
    return tuple(sorted(sorted(names), key=len, reverse=True))  # longest first, ties in code-point order


# --- one row per fact -----------------------------------------------------------------------------

def _rounded(value: float | None) -> float | None:
    """round(value, 6), or None: a whole number is its own rounding, told without the decimal
    conversion round makes (most amounts and counts are whole; tests compare the two)."""
    if value is None:
        return None
    return value if type(value) is float and value.is_integer() else round(value, 6)


def _subjects_agree(a: Measure, b: Measure, canon, text: str, *, loosely: bool = False) -> bool:
    """Equal subjects (spelled one way), or one unstated; `loosely`, one holding the other, as
    a headline shortens the body's (攻关项目 / 承担攻关项目的企业), or the two ending in the same
    head noun, as a headline names the body's group in other words (小商品城商户 / 国际商贸城商户);
    not when b, a headline's or lead's, opens with a town's name that a's paragraph does not name
    before it (煤山镇蓄电池企业 / 长兴县规上工业企业: the town's group is a part of the county's)."""
    sa, sb = canon(a.subject), canon(b.subject)
    return sa is None or sb is None or sa == sb or (loosely and (sa in sb or sb in sa or sa[-2:] == sb[-2:])
                                                    and not _town_apart(a, sa, b, sb, text))


_SUBJECT_TOWN = _C["subject_town"]
# 煤山镇, 五里墩街道: a town's name opening a subject, shortest first (煤山镇镇区企业: 煤山镇).
_TOWN_OPENING = re.compile(rf"\w{{{_SUBJECT_TOWN['name_least']},{_SUBJECT_TOWN['name_most']}}}?"
                           rf"(?:{alternation(_SUBJECT_TOWN['endings'])})")


def _town_apart(body: Measure, s_body: str, summary: Measure, s_summary: str, text: str) -> bool:
    """Whether a town opens the subject of a headline or lead (s_summary, spelled one way) that the
    body row's subject does not open with and its paragraph, up to that row, does not name: the
    town's group and another (cues.json _subject_town). A paragraph naming the town before the
    figure speaks of it (马口镇是…。…，全镇43家规上纺织企业…复工率95.3%); named after it, the town
    does not take the figure."""
    town = _town_of(s_summary)
    return town is not None and town != _town_of(s_body) and town not in _paragraph_up_to(text, body.span_start)


def _paragraph_up_to(text: str, pos: int) -> str:
    """The line of `text` that holds `pos`, up to `pos`."""
    return text[text.rfind("\n", 0, pos) + 1:pos]


def _town_of(subject: str) -> str | None:
    """The town whose name opens `subject` (cues.json _subject_town), or None."""
    m = _TOWN_OPENING.match(subject)
    if m is None or m.group() in _SUBJECT_TOWN["not_towns"] or m.group().endswith(tuple(_SUBJECT_TOWN["not_towns"])):
        return None
    return m.group()


def _subjects_contained(a: Measure, b: Measure, canon, text: str) -> bool:
    """Equal subjects, one unstated, or one holding the other (家具企业 / 规上家具企业): not merely the
    same head noun, for a bound that only brackets the other figure (规上工业企业复工率超95% /
    中小微企业复工率达96.3% are two groups, two facts); nor b's town's group and another (_town_apart)."""
    sa, sb = canon(a.subject), canon(b.subject)
    return sa is None or sb is None or sa == sb or ((sa in sb or sb in sa) and not _town_apart(a, sa, b, sb, text))


_TABLE_CELL_RULE = "table:"  # the rule of a figure read from a table's cell (tables.py _measure)
# A breakdown table's row (tables.py _kind_measures: zone candidates table_kind:装备制造), a row of a
# part of the enclosing place (tables.py _block_measures: table_part:鱼化寨街道, a street the gazetteer
# lacks) and its totals rows' first cells (tables.json total_words).
_PART_ROW = "table_part:"
_PART_ROWS = ("table_kind:", _PART_ROW)
_TABLE_TOTAL_WORDS = frozenset(resource("tables.json")["total_words"])

_RATES_OF_WORKERS = _C["rates_of_workers"]
_WORKER_RATE_WORDS = frozenset(_RATES_OF_WORKERS["words"])
_RATE_WORDS_OF = {category: frozenset(_C["categories"][category]["rate"]) | frozenset(_C["categories"][category]["rate_after"])
                  for category in (_RATES_OF_WORKERS["category"],)}


def _other_indicator(kept: Measure, row: Measure) -> bool:
    """Two rates that rate words of different kinds read: workers back (返岗率) and firms back
    (复工率) are two indicators, never one fact restated (cues.json _rates_of_workers). A rate no
    rate word of the block read (恢复到节前的九成) may be of either kind."""
    words = _RATE_WORDS_OF.get(kept.category)
    if words is None:
        return False
    a, b = _cue_of(kept.rule), _cue_of(row.rule)
    return a in words and b in words and (a in _WORKER_RATE_WORDS) != (b in _WORKER_RATE_WORDS)


def _same_fact(kept: Measure, row: Measure, text: str, geo: Document | None, canon) -> bool:
    """Two rows with one fact key are one fact when they are said by the same voice, of the
    same subject where both name one, and not in one clause (99.2%、99.3%、99.2% are three);
    in one sentence only when both name the subject (a headline glued to the lead). A
    per-head amount or cap is one fact only when its whole sentence is repeated: rules list
    the same 1000元 for different groups."""
    if kept.is_firm_speech != row.is_firm_speech:
        return False
    if kept.as_of is not None and row.as_of is not None and kept.as_of != row.as_of:
        return False  # 截至2月21日…复工率82.6% / 截至2月29日…返岗率82.6%: a figure of each date, two facts
    if _other_indicator(kept, row):
        return False
    if kept.rule.startswith(_TABLE_CELL_RULE) and row.rule.startswith(_TABLE_CELL_RULE) \
            and kept.sentence_start != row.sentence_start:
        return False  # two rows of a table (两家企业各获补贴2000元, a line each): a table states each fact once
    if _unnamed_part(kept, row, text) or _unnamed_part(row, kept, text):
        return False  # 装备制造 | 99.6 under 行业 beside 全县复工率99.6%: a part, equal to the whole by chance
    if _items_of_two_recipients(kept, row, text):
        return False  # 1.某某有限公司：…奖励资金60万元； / 2.另一有限公司：…奖励资金60万元: a firm each
    if kept.sentence_start == row.sentence_start:
        if geo is None or geo.clause_of(kept.span_start) == geo.clause_of(row.span_start):
            return False
        if _restates_in_other_words(kept, row, text, geo):
            return True  # 按租金的50%补贴，即“减多少、补一半”: 一半 is the 50% again
        if canon(kept.subject) is None or canon(row.subject) is None:
            return False
    if row.basis == "per_beneficiary" and (text[kept.sentence_start:kept.sentence_end]
                                           != text[row.sentence_start:row.sentence_end]) \
            and not _table_line_restates_item(kept, row, text) and not _table_line_restates_item(row, kept, text) \
            and not _fee_rate_said_again(kept, row, text, geo):
        return False
    return _subjects_agree(kept, row, canon, text)


_RESTATED_FEE_RATE = _C["restated_fee_rate"]
_FEE_RATE_CATEGORIES = frozenset(_RESTATED_FEE_RATE["categories"])
_RATE_OF_WORDS = tuple(_RESTATED_FEE_RATE["rate_of_words"])


def _fee_rate_said_again(kept: Measure, row: Measure, text: str, geo: Document | None) -> bool:
    """A zone's guarantee fee rate said again in a clause that does not say what the rate is of (担保费率
    降至0.8% / 我县已执行0.8%的费率): the rate stated before, referred back to, not a standard listed for
    another group (cues.json _restated_fee_rate). Two clauses that each name the guarantee may name
    two guarantors' rates."""
    if row.unit != "ratio" or row.category not in _FEE_RATE_CATEGORIES or geo is None:
        return False
    return any(not any(w in text[slice(*geo.clause_of(r.span_start))] for w in _RATE_OF_WORDS) for r in (kept, row))


_TABLE_LABEL_LEAST = 4  # a measure's name (扩岗补助), not a bare word (补贴)


def _table_line_restates_item(cell: Measure, prose: Measure, text: str) -> bool:
    """Whether `cell`, a per-head amount in a line of a table (一次性扩岗补助\t1500元/人\t41\t150),
    restates the standard `prose` gives on a line that names the same measure before it
    (（二）一次性扩岗补助。…按每人1500元的标准发放): the table's label, all the line holds before the
    amount, is written in the prose line up to the amount. Rules that list one standard for
    different groups name no such label, so they stay apart."""
    line_start = text.rfind("\n", 0, cell.span_start) + 1
    line_end = text.find("\n", cell.span_end)
    if "\t" not in text[line_start:line_end if line_end >= 0 else len(text)]:
        return False
    label = text[line_start:cell.span_start].strip(" \t:：|")
    if len(label) < _TABLE_LABEL_LEAST or "\t" in label:
        return False
    prose_line = text[text.rfind("\n", 0, prose.span_start) + 1:prose.span_start]
    return "\t" not in prose_line and label in prose_line


def _unnamed_part(cell: Measure, prose: Measure, text: str) -> bool:
    """Whether `cell` is a breakdown table's row of one kind (an industry, a tax: table_kind:装备制造)
    or of one part of the enclosing place (a street: table_part:兴华街道, its zone the enclosing one's),
    no totals row, and `prose` a figure outside tables whose sentence (for a part, its paragraph)
    does not name that kind or part: the prose states the whole (or another part), the cell its
    part; one fact only when the prose names the part (其中装备制造业复工率99.6% restated by its row)."""
    if not cell.zone_candidates.startswith(_PART_ROWS) or prose.rule.startswith(_TABLE_CELL_RULE):
        return False
    kind = cell.zone_candidates.partition(":")[2]
    start, end = prose.sentence_start, prose.sentence_end
    if cell.zone_candidates.startswith(_PART_ROW):
        # a paragraph about one street names it once (兴隆街道对沿街商户…。截至2月9日，街道返岗员工5840人)
        line_end = text.find("\n", end)
        start, end = text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end
    return kind not in _TABLE_TOTAL_WORDS and kind not in text[start:end]


# 即, 也就是说: a clause opening with them says the clause before it again (cues.json _restated_in_other_words).
_RESTATED = _C["restated_in_other_words"]
_RESTATING_OPENER = re.compile(
    rf"[\s“\"]*(?:{alternation(_RESTATED['openers'])})(?!{alternation(_RESTATED['not_after'])})")
# 换言之， / 也就是说，: an opener standing as a clause of its own before the words it opens.
_RESTATING_ALONE = re.compile(rf"\s*(?:{alternation(_RESTATED['openers'])})\s*[,，:：]?\s*")


def _restates_in_other_words(kept: Measure, row: Measure, text: str, geo: Document) -> bool:
    """Whether `row`, of `kept`'s fact key and later in its sentence, stands in the clause right
    after `kept`'s, opened by a word saying it again in other words (…的50%给予补贴，即“减多少、补一半”;
    相当于…; 换言之，… with the opener a clause of its own): one fact written twice (cues.json
    _restated_in_other_words). Not a clause with a time word of its own (相当于去年全年减免3000万元的水平:
    another period's figure compared, other_period_words)."""
    clause = geo.clause_of(row.span_start)
    sentence = (row.sentence_start, row.sentence_end)
    before = geo.previous_clause(clause, sentence)
    if before is not None and before != geo.clause_of(kept.span_start) and _RESTATING_ALONE.fullmatch(
            text, before[0], before[1]) is not None:
        clause, before = before, geo.previous_clause(before, sentence)  # 换言之，利息由财政负担一半: the opener alone
    return before is not None and before == geo.clause_of(kept.span_start) \
        and _RESTATING_OPENER.match(text, clause[0]) is not None \
        and not any(word in text[clause[0]:clause[1]] for word in _OTHER_PERIOD_WORDS)  # 相当于去年…: compares


_OTHER_PERIOD_WORDS = tuple(_C["restated_in_other_words"]["other_period_words"])


_RECIPIENTS = _C["enumerated_recipients"]
# 1.某某防护用品有限公司： an item opening its line, then a firm's registered name and its closer.
_ITEM_RECIPIENT = re.compile(
    rf"[^\S\n]*(?:{'|'.join(resource('attribution.json')['item_openings'])})[^\S\n]*"
    rf"(?P<name>[^\n:：,，;；。]{{1,{_RECIPIENTS['name_most']}}}?(?:{alternation(_RECIPIENTS['name_ends'])}))"
    rf"(?:{alternation(_RECIPIENTS['closers'])})")


def _item_recipient(text: str, pos: int) -> str | None:
    """The firm named at the start of the enumerated item whose line holds `pos`, before it, or None
    (cues.json _enumerated_recipients)."""
    line_start = text.rfind("\n", 0, pos) + 1
    m = _ITEM_RECIPIENT.match(text, line_start)
    return m.group("name") if m is not None and m.end() <= pos else None


def _items_of_two_recipients(kept: Measure, row: Measure, text: str) -> bool:
    """The two rows stand in two items of a list, each opening with the firm it is given to, and the
    firms differ: a notice of awards states each firm's amount, equal or not (cues.json
    _enumerated_recipients)."""
    if not text or kept.sentence_start == row.sentence_start:
        return False
    one, other = _item_recipient(text, kept.span_start), _item_recipient(text, row.span_start)
    return one is not None and other is not None and one != other


def _rounds_to(body: Measure, headline: Measure) -> bool:
    """The body's value is what the headline writes, rounded (超1.6亿 / 1.63亿). A bound or an
    approximation written with trailing zeros is rounded at its last digit that is not one
    (逾20亿 / 21.4亿, 近30亿 / 28.7亿); an exact figure keeps the step of its last digit."""
    h, b, step = headline.value, body.value, headline.resolution or 0.0
    if step and headline.qualifier != "exact":
        steps = round(abs(h) / step)
        while steps and steps % 10 == 0:
            steps //= 10
            step *= 10
    eps = 1e-9 * max(abs(h), 1.0)
    if headline.qualifier in ("more_than", "at_least"):
        return h - eps <= b < h + step + eps
    if headline.qualifier in ("less_than", "at_most"):
        return h - step - eps < b <= h + eps
    return abs(b - h) <= step / 2 + eps


def _cut_to(body: Measure, headline: Measure) -> bool:
    """The body's value is the headline's exact figure with its last digits cut off, not rounded
    (三轮减租4280万元 / 减免租金4280.6万元; 发放补贴2.3亿元 / 2.38亿元): a headline shortens a figure
    as often as it rounds it; at most one step of the headline's last digit above it, and only a
    headline of two digits or more (设立1亿元基金 is no cut of 发放补贴1.9亿元). Amounts only:
    a rate's coarse 九成 cut from 99.2% would be another share (九成九), no shortening."""
    h, b, step = headline.value, body.value, headline.resolution or 0.0
    eps = 1e-9 * max(abs(h), 1.0)
    return headline.unit.startswith("CNY") and headline.qualifier == "exact" and step > 0 and h >= 10 * step - eps \
        and h - eps <= b < h + step - eps


# How far past a headline's bound the body's figure may lie and still be the fact the headline
# sums up (超95% / 96.3%, 近百家 / 98家): five points of a rate, a tenth of a count or amount, and
# at most ten units of the headline's last digit (超2287家 is no rounding of 2309家).
_HEADLINE_BOUND_REACH_RATE = 0.05
_HEADLINE_BOUND_REACH_SHARE = 0.1
_HEADLINE_BOUND_STEPS = 10


def _within_headline_bound(body: Measure, headline: Measure) -> bool:
    """The body's figure lies within the headline's bound and close to it (超95% / 96.3%: a title
    rounds down to a figure it can say 超 of; 近百家 / 98家): the headline sums up the body's fact.
    Only a headline's bound or approximation, never an exact figure (that is rounded or not)."""
    if headline.qualifier == "exact":
        return False
    h, b = headline.value, body.value
    reach = _HEADLINE_BOUND_REACH_RATE if headline.unit == "ratio" else _HEADLINE_BOUND_REACH_SHARE * abs(h)
    if headline.resolution:
        reach = min(reach, _HEADLINE_BOUND_STEPS * headline.resolution)
    eps = 1e-9 * max(abs(h), 1.0)
    if headline.qualifier in ("more_than", "at_least"):
        return h - eps <= b <= h + reach + eps
    if headline.qualifier in ("less_than", "at_most"):
        return h - reach - eps <= b <= h + eps
    return abs(b - h) <= reach + eps


_ARTICLE_MAIN_RULE = "article_main"  # the attribution rule of a fact whose text names no zone


def _unnamed_section(geo: Document | None, text: str, headline: Measure, places: tuple[str, ...]) -> tuple[int, int] | None:
    """The section a sub-headline holding `headline` heads, when the sub-headline names none of
    the article's places (开发区企业返岗率达97%: the zone its 开发区 was taken for is a guess the
    body settles); None for the title, a body row, or a sub-headline naming a place of its own
    (淄博市…占比100%: its figure is that place's, whatever zone the body then speaks of)."""
    section = geo.section_under(headline.span_start) if geo is not None else None
    if section is None:
        return None
    line = text[geo.headline_of(headline.span_start)[0]:section[0]]
    if not any(place in line for place in places):
        return section
    return section if _labels_zone_of_its_body(line, text[section[0]:section[1]], places) else None


def _labels_zone_of_its_body(line: str, body: str, places: tuple[str, ...]) -> bool:
    """Whether a sub-headline is a label of a division's stem and a colon (遂宁：兑现奖补1850万元)
    whose section's body names a zone opening with that stem (遂宁经开区…兑现各类奖补资金1850万元),
    and no other place: the label writes that zone short, as a bare 开发区： would, so its figure
    is the body's, whatever zone the stem alone was taken for (遂宁市). Not a label naming a
    place in full (淄博市：…) nor one whose body names no longer name of the stem."""
    stem = next((place for place in places if line.startswith(place)), None)  # longest first
    if stem is None or line[len(stem):len(stem) + 1] not in _LABEL_AFTER_MARKS \
            or not any(stem + level in places for level in _LEVEL_WORDS):
        return False  # no 遂宁：…; or 淄博市：…, the place written in full (its stem is no label)
    if any(place in line[len(stem):] for place in places):
        return False  # 遂宁：船山区…: the label's figure is another place's
    return any(len(place) > len(stem) and place.startswith(stem) and place[len(stem)] not in _LEVEL_WORDS
               and place in body for place in places)


def _headline_kinds(headline: Measure) -> tuple[tuple[str, str], ...]:
    """The (category, unit) a headline's body twin may have: its own, and where the headline's cue
    is its category's word for the family (减负, 减免: money_generic), the narrower kinds that word
    yields to (园区孵化载体减负超亿元 / 减免租金和物业费1.26亿元: the body names what was relieved)."""
    own = (headline.category, headline.unit)
    block = BLOCKS[headline.category]
    if _cue_of(headline.rule) not in block.get("money_generic", ()):
        return (own,)
    return (own, *((narrower, headline.unit) for narrower in block.get("yields_to", ())))


def _stem_label_zones(headline: Measure, body: Measure, text: str, places: tuple[str, ...]) -> bool:
    """Whether the headline's line opens with a bare stem and a colon (安宁：园区企业减负两千万元)
    and both zones are named by that stem (安宁工业园区, 安宁市): the label does not say which of
    the two places of that name the figure is, so the body, which does, decides."""
    if headline.zone is None or body.zone is None or not places:
        return False
    line_start = text.rfind("\n", 0, headline.span_start) + 1
    stem = next((place for place in places if text.startswith(place, line_start)), None)  # longest first
    return stem is not None and text[line_start + len(stem):line_start + len(stem) + 1] in _LABEL_AFTER_MARKS \
        and stem[-1] not in _LEVEL_WORDS and headline.zone.startswith(stem) and body.zone.startswith(stem)


def _body_twin(kept: list[Measure], by_kind: dict[tuple, list[int]], headline: Measure, canon,
               section: tuple[int, int] | None, text: str, places: tuple[str, ...] = ()) -> int | None:
    """The body row a headline repeats, whatever basis and qualifier each wrote (奖励200万元 /
    最高200万元): same category and unit (or a narrower kind its generic cue yields to), same zone
    (or none named in the headline: no zone, or the article's main zone by default, or a bare
    stem label naming both zones), a value that rounds to the headline's; for a
    sub-headline naming no place, also a row of the `section` it heads, of any zone."""
    unnamed = headline.zone is None or headline.zone_rule == _ARTICLE_MAIN_RULE
    near = text.startswith(_NEAR_BELOW_WORDS, headline.span_start)  # 近九成: at most 90%
    kinds = _headline_kinds(headline)
    for i in (i for kind in kinds for i in by_kind.get(kind, [])):
        body = kept[i]
        if (not body.is_headline and body.value is not None
                and (unnamed or headline.zone == body.zone or _stem_label_zones(headline, body, text, places))
                and _subjects_agree(body, headline, canon, loosely=True, text=text) and not body.is_firm_speech
                and (_rounds_to(body, headline) or _cut_to(body, headline)) and not _past_near(body, headline, near)):
            return i
    # 复工率超95% / 复工率达96.3%: a headline's bound that the body's figure lies just within, when
    # no body figure rounds to it; the same zone (or none named) as above.
    for i in (i for kind in kinds for i in by_kind.get(kind, [])):
        body = kept[i]
        if (not body.is_headline and body.value is not None
                and (unnamed or headline.zone == body.zone or _stem_label_zones(headline, body, text, places))
                and _subjects_contained(body, headline, canon, text) and not body.is_firm_speech
                and _within_headline_bound(body, headline) and not _past_near(body, headline, near)):
            return i
    # 开发区企业返岗率达97% / 藁城经济开发区…职工返岗率达到97%: a sub-headline sums up its own
    # section, whose body names whose figure it is where the headline's short words (开发区 alone)
    # could not; the body's twin in that section is the fact, whatever zone each was given (not a
    # figure of another date: 截至3月10日…达九成 is no rounding of a rate the body gives undated).
    if section is not None:
        for i in by_kind.get((headline.category, headline.unit), []):
            body = kept[i]
            if (section[0] <= body.span_start < section[1] and not body.is_headline and body.value is not None
                    and headline.as_of in (None, body.as_of) and _subjects_contained(body, headline, canon, text)
                    and not body.is_firm_speech and _rounds_to(body, headline) and not _past_near(body, headline, near)):
                return i
    # 收购贷款利息县里担三成 / 按照实际支付利息的百分之三十给予贴息: a sub-headline's rate whose word
    # is the cost a share of its section's body covers (share.of: 利息 -> interest_subsidy) states
    # that share short, read as the word's own rate (a loan's) for want of the body's verb.
    if section is not None and headline.unit == "ratio" and (shared := SHARE_OF_OF.get(_cue_of(headline.rule))):
        for i in by_kind.get((shared[0], "ratio"), []):
            body = kept[i]
            if (section[0] <= body.span_start < section[1] and not body.is_headline and body.value == headline.value
                    and not body.is_firm_speech):
                return i
    # 启动以旧换新补贴 最高补贴1500元 / 每名消费者最多可享受1500元补贴; 拿出1500万元扶持夜间经济 /
    # 安排专项资金1500万元: a headline's shorter wording may miss the body's unit per head or name
    # the kind more loosely; the same amount of the same money, in the same zone, is the body's fact.
    if headline.unit.startswith("CNY"):
        for (category, unit), indices in by_kind.items():
            if not unit.startswith("CNY") or (category != headline.category and unit != headline.unit):
                continue
            for i in indices:
                body = kept[i]
                if (not body.is_headline and body.value == headline.value and (unnamed or headline.zone == body.zone)
                        and not body.is_firm_speech):
                    return i
    return None


_NEAR_BELOW_WORDS = tuple(_C["headline_near_below"])


def _past_near(body: Measure, headline: Measure, near: bool) -> bool:
    """Whether a headline written 近 (near: 近九成, 接近30亿, cues.json headline_near_below) is said of
    a figure it stays below, and the body's is above it (近九成 / 超过95%: another fact; 近30亿 /
    28.7亿 is the same)."""
    return near and body.value > headline.value + 1e-9 * max(abs(headline.value), 1.0)


def _lost_digits_body_twin(kept: list[Measure], by_kind: dict[tuple, list[int]], headline: Measure,
                           canon, text: str) -> int | None:
    """The body row a headline whose digits were lost repeats with its digits lost too (title
    复工率达% / body 园区规模以上工业企业复工率达%): same category, unit and cue word, the same
    zone (or none named in the headline) and subject. A title restates its article's figure;
    unknown in both, the two values cannot be told apart, and the title states no fact of its own.
    Two lost figures of the body stay two rows: nothing says they are equal."""
    unnamed = headline.zone is None or headline.zone_rule == _ARTICLE_MAIN_RULE
    for i in by_kind.get((headline.category, headline.unit), []):
        body = kept[i]
        if (not body.is_headline and body.value is None and (unnamed or headline.zone == body.zone)
                and _cue_of(body.rule) == _cue_of(headline.rule) and _subjects_agree(body, headline, canon, loosely=True, text=text)
                and not body.is_firm_speech):
            return i
    return None


def deduplicate(rows: list[Measure], text: str = "", geo: Document | None = None,
                places: tuple[str, ...] = ()) -> list[Measure]:
    """One row per fact: a headline or lead that repeats the body is the same measure.

    Same zone, category, unit, basis and value, and the same subject (spelled one way) where
    both state one; a headline also joins a body row across basis when its value is the
    body's, rounded. Rows whose digits were lost are never merged (nothing says they are equal),
    but for a headline repeating a body row whose digits were lost too (`_lost_digits_body_twin`).
    """
    # Each subject spelled one way once (a dict's lookup: functools.lru_cache's wrapper cost more
    # to make, once per article, than the few subjects it held).
    canon = _PerKey(lambda subject: canonical_subject(subject, places)).__getitem__
    ordered = sorted(rows, key=attrgetter("is_headline", "span_start"))
    kept: list[Measure] = []
    # fact key -> clause -> rows kept: one clause never repeats itself, so a long list of equal
    # values in one clause is skipped whole instead of compared row by row.
    buckets: dict[tuple, dict[int, list[int]]] = {}
    by_kind: dict[tuple, list[int]] = {}
    keys = [(row.zone, row.category, row.unit, row.basis, row.qualifier, _rounded(row.value)) for row in ordered]
    # Most facts are stated once: a row whose key no other row has is never compared by key,
    # and needs neither its clause nor a bucket.
    repeated = {key for key, n in Counter(keys).items() if n > 1}
    for row, key in zip(ordered, keys):
        twin = group = None
        if key in repeated:
            group = geo.clause_of(row.span_start)[0] if geo is not None else row.sentence_start
        bucket = buckets.get(key)
        if row.value is not None:
            if bucket is not None:
                twin = next((i for g, kept_rows in bucket.items() if g != group for i in kept_rows
                             if _same_fact(kept[i], row, text, geo, canon)), None)
            if twin is None and row.is_headline:
                twin = _body_twin(kept, by_kind, row, canon, _unnamed_section(geo, text, row, places), text, places)
        elif row.is_headline:
            twin = _lost_digits_body_twin(kept, by_kind, row, canon, text)
        if twin is None:
            if key in repeated:
                buckets.setdefault(key, {}).setdefault(group, []).append(len(kept))
            by_kind.setdefault((row.category, row.unit), []).append(len(kept))
            kept.append(row)
        elif kept[twin].as_of is None and row.as_of is not None:
            kept[twin] = replace(kept[twin], as_of=row.as_of)
    if geo is not None and len(kept) > 1:
        kept = _without_lead_roundings(kept, by_kind, geo.lead, canon, text)
    if len(kept) > 1:
        kept = _without_quoted_restatements(kept, text)
    if len(kept) > 1:
        kept = _without_wider_restatements(kept)
    if len(kept) > 1 and text:
        kept = _without_firm_receipts_of_rules(kept, text)
    return sorted(kept, key=attrgetter("span_start"))


_FIRM_RECEIPT = _C["firm_receipt_of_rule"]
# 拿到了 + the amount: a receipt verb right before it (cues.json _firm_receipt_of_rule).
_RECEIPT_BEFORE = re.compile(rf"(?:{alternation(_FIRM_RECEIPT['receipt_verbs'])})了?$")
_RECEIPT_REACH = max(map(len, _FIRM_RECEIPT["receipt_verbs"])) + 1
# 企业负责人告诉记者 / 酒家负责人陈先生说: a firm's speaker and a verb of saying.
_FIRM_SPEAKER_SAYS = re.compile(
    rf"(?:{alternation(_FIRM_RECEIPT['speakers'])})[^，,。；;！？!?“”]{{0,{_FIRM_RECEIPT['speaker_reach']}}}?"
    rf"(?:{alternation(_FIRM_RECEIPT['saying'])})")


def _without_firm_receipts_of_rules(kept: list[Measure], text: str) -> list[Measure]:
    """`kept` without the amounts a firm's spokesperson says the firm received (企业负责人告诉记者，
    公司…拿到了20万元奖励) that equal a per-beneficiary amount of the article, no cap, of the same zone,
    category and currency (每家奖励20万元): the rule applied to one firm, told again (cues.json
    _firm_receipt_of_rule). A receipt no rule states stays."""
    rules = {_restated_fact(row) for row in kept
             if row.basis == "per_beneficiary" and row.value is not None and row.qualifier not in _CAP_QUALIFIERS}
    if not rules:
        return kept  # most articles: no per-head amount a firm could restate
    drop = set()
    for i, row in enumerate(kept):
        if row.basis != "total" or row.value is None or _restated_fact(row) not in rules \
                or _RECEIPT_BEFORE.search(text, max(row.sentence_start, row.span_start - _RECEIPT_REACH), row.span_start) is None \
                or _FIRM_SPEAKER_SAYS.search(text, row.sentence_start, row.span_start) is None:
            continue
        drop.add(i)
    return [row for i, row in enumerate(kept) if i not in drop] if drop else kept


_WIDER_WORDS = {category: frozenset(words) for category, words in _C["restated_by_wider_word"].items()}


def _dated_total(row: Measure, category: str) -> tuple:
    return row.zone, category, row.unit, row.qualifier, _rounded(row.value), row.as_of


def _without_wider_restatements(kept: list[Measure]) -> list[Measure]:
    """`kept` without the dated totals that a wider word of their kind states again (全市发放创业担保
    贷款9.86亿元 / 今年前7个月，全市累计放贷9.86亿元): a row named by a word of restated_by_wider_word
    whose value, qualifier, zone, unit and date equal a row, in another sentence, of a category its
    own yields to (cues.json _restated_by_wider_word)."""
    if not any(row.category in _WIDER_WORDS for row in kept):
        return kept  # most articles: no wider word's category among their rows
    stated = {}
    for row in kept:
        if row.basis == "total" and row.as_of is not None and row.value is not None:
            stated.setdefault(_dated_total(row, row.category), set()).add(row.sentence_start)
    return [row for row in kept if not (
        row.basis == "total" and row.as_of is not None and row.value is not None
        and _cue_of(row.rule) in _WIDER_WORDS.get(row.category, ())
        and any(stated.get(_dated_total(row, narrower), set()) - {row.sentence_start}
                for narrower in BLOCKS[row.category].get("yields_to", ())))]


_ROUNDED = frozenset({"more_than", "at_least", "approx", "less_than", "at_most"})


def _without_lead_roundings(kept: list[Measure], by_kind: dict[tuple, list[int]], lead: tuple[int, int],
                            canon, text: str = "") -> list[Measure]:
    """`kept` without the rounded figures of the lead that the body then states exactly (返岗员工超过
    3万人 / 截至2月29日，返岗员工30560人): a lead sums up the article, as a headline does, and
    its 超/近/约 figure is the body's rounded. Not a figure of another date (the lead's own
    as_of differs), nor a per-beneficiary one (rules state one cap for several groups), nor a rate
    of the other kind (返岗率九成以上 in the lead, 复工率达到99% in the body: `_other_indicator`)."""
    drop = set()
    for i, row in enumerate(kept):
        if not (lead[0] <= row.span_start < lead[1]) or row.qualifier not in _ROUNDED \
                or row.basis != "total" or row.value is None or row.is_headline:
            continue
        for j in by_kind.get((row.category, row.unit), []):
            body = kept[j]
            if (j not in drop and not lead[0] <= body.span_start < lead[1] and body.qualifier == "exact"
                    and not body.is_headline and body.value is not None and body.zone == row.zone
                    and row.as_of in (None, body.as_of) and not body.is_firm_speech and not _other_indicator(body, row)
                    and _subjects_agree(body, row, canon, loosely=True, text=text) and _rounds_to(body, row)):
                drop.add(i)
                break
    return [row for i, row in enumerate(kept) if i not in drop] if drop else kept


# A clause or sentence mark inside a quotation makes it someone's words: one search for any of
# them, not a loop over the quotation's characters.
_SPEECH_MARK = re.compile(f"[{re.escape(''.join(sorted(set(_C['quoted_restatement']['speech_marks']))))}]")


# Qualifiers of a cap: a figure under them bounds what each may get, it is no amount someone got.
_CAP_QUALIFIERS = frozenset({"at_most", "less_than"})


def _restated_fact(row: Measure) -> tuple:
    """What a quotation restating `row` says the same: zone, category, value and the currency or
    unit (200元 said by a worker is the 200元 per head the rule gives), and whether it is a cap: a
    firm's “帮我们担保了三百万元贷款” is what it got, not the 小微企业最高可达300万元 of the rule."""
    return row.zone, row.category, row.unit.split("/", 1)[0], _rounded(row.value), row.qualifier in _CAP_QUALIFIERS


def _facts_restated(row: Measure) -> list[tuple]:
    """The facts a quoted `row` may restate: its own, and the same figure of each category its
    category yields to (“有了这10万元贷款…” / 帮她申请了10万元妇女创业担保贷款: the speaker calls the
    guaranteed loan a loan; cues.json yields_to, _quoted_restatement)."""
    fact = _restated_fact(row)
    return [fact, *((fact[0], other, *fact[2:]) for other in BLOCKS[row.category].get("yields_to", ()))]


def _spoken_quotations(text: str) -> list[tuple[int, int]]:
    """The insides of the quotations of `text` that are a person's words (they hold a clause or
    sentence mark), not a quoted term (“每人每月500元”). Not an opening whose close is lost, the
    close found being another quotation's (“受到疫情影响，公司停产…实施“三帮三畅”): no one's words."""
    spans = []
    for opened in _QUOTE_OPEN.finditer(text):
        close = _quotation_close(text, opened.start())
        if close >= 0 and _QUOTE_OPEN.search(text, opened.end(), close) is None \
                and _SPEECH_MARK.search(text, opened.end(), close) is not None:
            spans.append((opened.end(), close))
    return spans


def _without_quoted_restatements(kept: list[Measure], text: str) -> list[Measure]:
    """`kept` without the figures a person's words restate (“…还领了200元补助。” / 对每名返岗人员
    发放200元生活补助): a figure in a spoken quotation equal to a row stated outside quotations
    (`_restated_fact`, or of a category its own yields to: `_facts_restated`), of no other date, is
    that row's fact told by someone it reached, whichever comes first
    (cues.json _quoted_restatement). So is one restating an earlier quoted row (“…区里按每人1000元给企业
    补贴…” / later “…那1000元的招工补贴已经批下来了。”): the first telling is kept. A quoted figure
    stated nowhere else stays."""
    if _QUOTE_OPEN.search(text) is None:
        return kept  # most articles quote no one
    # Each row's facts (`_facts_restated`, its own first; none without a value), made once: the
    # checks and the filter below all read them.
    facts_of = [_facts_restated(row) if row.value is not None else () for row in kept]
    stated = [fact for facts in facts_of for fact in facts]
    if len(set(stated)) == len(stated):
        return kept  # each figure stated once
    spans = _spoken_quotations(text)
    quoted = [any(lo <= row.span_start and row.span_end <= hi for lo, hi in spans) for row in kept]
    if not any(quoted):
        return kept  # no figure in anyone's words: none restates a row, none is told again
    counted = Counter(fact for facts, in_quote in zip(facts_of, quoted) for fact in (facts if in_quote else facts[:1]))
    outside: dict[tuple, set] = {}
    for row, facts, in_quote in zip(kept, facts_of, quoted):
        if facts and not in_quote and counted[facts[0]] > 1:
            outside.setdefault(facts[0], set()).add(row.as_of)
    told_before = _quoted_told_before(kept, quoted, outside)
    if not outside and not told_before:
        return kept
    return [row for i, (row, facts, in_quote) in enumerate(zip(kept, facts_of, quoted))
            if i not in told_before and not (in_quote and any(
                fact in outside and (row.as_of is None or row.as_of in outside[fact]) for fact in facts))]


def _quoted_told_before(kept: list[Measure], quoted: list[bool], outside: dict[tuple, set]) -> set[int]:
    """The indexes of the quoted rows whose fact (`_restated_fact`, of no other date) a quoted row
    before them already told, that fact stated nowhere outside quotations: a person's words told
    again (cues.json _quoted_restatement)."""
    told: dict[tuple, set] = {}
    again = set()
    for i in sorted(range(len(kept)), key=lambda i: kept[i].span_start):
        row = kept[i]
        if not quoted[i] or row.value is None or _restated_fact(row) in outside:
            continue
        fact = _restated_fact(row)
        if fact in told and (row.as_of is None or row.as_of in told[fact]):
            again.add(i)
        else:
            told.setdefault(fact, set()).add(row.as_of)
    return again


def _deduplicate_by_definition(rows: list[Measure], text: str = "", geo: Document | None = None,
                               places: tuple[str, ...] = ()) -> list[Measure]:
    """One row per fact: the definition `deduplicate` reads faster (tests compare the two)."""
    canon = lru_cache(maxsize=None)(lambda subject: canonical_subject(subject, places))
    ordered = sorted(rows, key=lambda r: (r.is_headline, r.span_start))
    kept: list[Measure] = []
    buckets: dict[tuple, dict[int, list[int]]] = {}
    by_kind: dict[tuple, list[int]] = {}
    for row in ordered:
        key = (row.zone, row.category, row.unit, row.basis, row.qualifier,
               None if row.value is None else round(row.value, 6))
        group = geo.clause_of(row.span_start)[0] if geo is not None else row.sentence_start
        twin = None
        if row.value is not None:
            twin = next((i for g, kept_rows in buckets.get(key, {}).items() if g != group for i in kept_rows
                         if _same_fact(kept[i], row, text, geo, canon)), None)
            if twin is None and row.is_headline:
                twin = _body_twin(kept, by_kind, row, canon, _unnamed_section(geo, text, row, places), text, places)
        elif row.is_headline:
            twin = _lost_digits_body_twin(kept, by_kind, row, canon, text)
        if twin is None:
            buckets.setdefault(key, {}).setdefault(group, []).append(len(kept))
            by_kind.setdefault((row.category, row.unit), []).append(len(kept))
            kept.append(row)
        elif kept[twin].as_of is None and row.as_of is not None:
            kept[twin] = replace(kept[twin], as_of=row.as_of)
    if len(kept) > 1:
        kept = _without_quoted_restatements(kept, text)
    if len(kept) > 1 and text:
        kept = _without_firm_receipts_of_rules(kept, text)
    return sorted(kept, key=lambda r: r.span_start)
