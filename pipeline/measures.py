"""Stage: number mentions + zones -> measure rows.

Promise: `extract_measures(text, ...)` turns the numbers of one cleaned article into
quantified facts of SPEC §4 — the category from cue words (resources/cues.json), the
unit and basis, the qualifier, the subject as written, `as_of` for figures stated "as of"
a date, and the zone from `ArticleZones` — and leaves out what is not a support measure
or recovery indicator (investment, output, trade, thresholds, forecasts, staff counts,
firm-internal figures, impossible rates). A list written with 分别 is distributed, one row
per zone. One fact stated twice in an article (headline and body, lead and body) is one
row. Every row's `mention` is exactly `text[span_start:span_end]`.
"""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, replace

import regex

from .lexicon import REGEX_TIMEOUT, alternation, compiled, resource
from .numbers import NumberMention, find_numbers
from .attribution import Attributor
from .document import Document
from .zones import ArticleZones

_T = REGEX_TIMEOUT
_C = resource("cues.json")

MONEY_CUE_OF = {w: c for c, ws in _C["money_categories"].items() for w in ws}
RATE_CUE_OF = {w: c for c, ws in _C["rate_categories"].items() for w in ws}
RATE_TYPE_OF = {w: c for c, ws in _C["rate_type_cues"].items() for w in ws}
SHARE_CUE_OF = {w: c for c, ws in _C["share_of_cost_cues"].items() for w in ws}
SHARE_RATIO_OF = {w: c for c, ws in _C["share_ratio_cues"].items() for w in ws}
SHARE_AFTER_OF = {w: c for c, ws in _C["share_after_cues"].items() for w in ws}
PER_UNIT_OF = {w: u for u, ws in _C["per_unit_markers"].items() for w in ws}
OUT = "__out__"
MONEY_UNITS = ("CNY", "USD")

_MONEY_CUES = compiled(alternation(list(MONEY_CUE_OF) + _C["out_of_scope"] + _C["firm_internal"]))
_RATE_CUES = compiled(alternation(list(RATE_CUE_OF)))
_RATE_TYPE_CUES = compiled(alternation(list(RATE_TYPE_OF)))
_SHARE_CUES = compiled(alternation(list(SHARE_CUE_OF)))
# These patterns are used with .match(text, pos): no ^ anchor, which would pin them to 0.
_RATE_AFTER = compiled(rf"(?:的)?(?:{alternation(_C['rate_after_cues']['return_to_work_rate'])})")
_SHARE_AFTER = compiled(rf"(?:的|进行|按)?(?P<cue>{alternation(list(SHARE_AFTER_OF))})")
# 近六成中小企业已复产: a share of firms followed by who they are and that they resumed.
_RATE_THEN_SUBJECT_RESUMED = compiled(
    rf"(?:的)?[\p{{Han}}]{{0,10}}?(?:已经|已|均|全部|实现|基本)(?:{alternation(_C['rate_after_cues']['return_to_work_rate'])})"
)
_SHARE_RATIO = compiled(alternation(list(SHARE_RATIO_OF)))
# A firm as the one who spends (not the one who receives: 为企业/向企业/对企业).
_FIRM_SPENDS = compiled(r"(?<![为向对给助持])(?:企业|公司|集团|厂商)[\p{Han}A-Za-z]{0,6}?(?:投入|出资|自筹|设立|安排)")
_INCREMENT = compiled(alternation(_C["increment_markers"]))
_EACH = compiled(alternation(_C["each_markers"]))
_RESUME = compiled(alternation(_C["resume_cues"]))
_RESUME_NOT_FACT = compiled(rf"(?:{alternation(_C['resume_not_fact'])})")
_NEW_START = compiled(alternation(_C["resume_new_start"]))
_WORKER = compiled(alternation(_C["worker_cues"]))
_IN_KIND = compiled(alternation(_C["money_categories"]["in_kind"]))
_IN_KIND_BLOCK = compiled(alternation(_C["in_kind_blockers"]))
_FORECAST = compiled(alternation(_C["forecast"]))
_FIRM_PRONOUN = compiled(alternation(_C["firm_subject_pronouns"]))
_PER_BENEFICIARY = compiled(alternation(_C["per_beneficiary_markers"]))
_PER_UNIT = compiled(alternation(list(PER_UNIT_OF)))
_SUBJECT_HEAD = compiled(alternation(_C["subject_heads"]))
_SUBJECT_STOP = compiled(alternation(_C["subject_stops"]))
_PROJECT_HEAD_BEFORE = compiled(rf"(?:{alternation(_C['project_heads'])})[\p{{Han}}]{{0,4}}$")
_PROJECT_HEAD = compiled(rf"(?:[\p{{Han}}]{{0,4}}?)(?:{alternation(_C['project_heads'])})")
_CAP_WORDS = compiled(r"最高|不超过|最多|上限|封顶")

_SENTENCE_END = compiled(r"[。！？!?\n]")
_CLAUSE_END = compiled(r"[，,：:。！？!?；;\n]")
_AS_OF = compiled(
    r"(?:截至|截止|截止到|截至到|到)(?:(?P<y>20\d{2})年)?"
    r"(?:(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日|(?P<end>底|末))|(?P<rel>昨天|昨日|今天|今日|目前|当前|日前))"
)

ENTERPRISE_COUNTERS = set(_C["enterprise_counters"])
PERSON_COUNTERS = set(_C["person_counters"])
IN_KIND_COUNTERS = set(_C["in_kind_counters"])


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


# --- text geometry ------------------------------------------------------------------------------

class Geometry:
    """Sentence and clause boundaries of a text, computed once."""

    def __init__(self, text: str):
        self.text = text
        self.sentence_ends = [m.start() for m in _SENTENCE_END.finditer(text, timeout=_T)] + [len(text)]
        self.clause_ends = [m.start() for m in _CLAUSE_END.finditer(text, timeout=_T)] + [len(text)]

    @staticmethod
    def _around(ends: list[int], pos: int) -> tuple[int, int]:
        """(start, end) of the span between the boundaries in `ends` that holds `pos`."""
        i = bisect.bisect_left(ends, pos)
        end = ends[i] if i < len(ends) else ends[-1]
        start = ends[i - 1] + 1 if i > 0 else 0
        return start, end

    def sentence(self, pos: int) -> tuple[int, int]:
        return self._around(self.sentence_ends, pos)

    def clause(self, pos: int) -> tuple[int, int]:
        return self._around(self.clause_ends, pos)

    def previous_clause(self, clause: tuple[int, int], sentence: tuple[int, int]) -> tuple[int, int] | None:
        if clause[0] <= sentence[0]:
            return None
        return self.clause(clause[0] - 1)


# --- cue search ---------------------------------------------------------------------------------

def _nearest(pattern: regex.Pattern, text: str, lo: int, hi: int, num: NumberMention, *, after: bool = True):
    """(cue, distance) of the pattern match in text[lo:hi] nearest to the number, or None."""
    best = None
    for m in pattern.finditer(text, lo, hi, overlapped=False, timeout=_T):
        if m.end() <= num.start:
            distance = num.start - m.end()
        elif m.start() >= num.end and after:
            distance = m.start() - num.end + 1  # a cue before the number wins a tie
        else:
            continue
        if best is None or distance < best[1]:
            best = (m.group(), distance, m.start())
    return best


def _money_category(text: str, num: NumberMention, clause, sentence, geo: Geometry) -> tuple[str, str] | None:
    hit = _nearest(_MONEY_CUES, text, clause[0], clause[1], num)
    scope = clause
    while hit is None:
        scope = geo.previous_clause(scope, sentence)
        if scope is None:
            return None
        hit = _nearest(_MONEY_CUES, text, scope[0], scope[1], num, after=False)
    cue = hit[0]
    category = MONEY_CUE_OF.get(cue, OUT)
    if category == "fund" and _FIRM_SPENDS.search(text, max(sentence[0], hit[2] - 12), hit[2] + len(cue), timeout=_T):
        return None  # 企业京东方投入30亿元建设新产线: a firm's own investment
    return (category, cue) if category not in (OUT, "in_kind") else None


def _rate_category(text: str, num: NumberMention, clause, sentence, geo: Geometry) -> tuple[str, str, str] | None:
    """(category, basis, cue) of a percentage, or None when it is not a rate we keep."""
    share_after = _SHARE_AFTER.match(text, num.end, min(clause[1], num.end + 8), timeout=_T)
    if share_after:  # 按实际支付利息的40%给予贴息: what follows says what the share pays for
        return SHARE_AFTER_OF[share_after.group("cue")], "per_beneficiary", share_after.group("cue")
    before = (clause[0], num.start)
    share_ratio = _nearest(_SHARE_RATIO, text, *before, num, after=False)
    if share_ratio:  # 贴息比例不超过贷款基准利率的50%
        return SHARE_RATIO_OF[share_ratio[0]], "per_beneficiary", share_ratio[0]
    rate = _nearest(_RATE_CUES, text, *before, num, after=False)
    kind = _nearest(_RATE_TYPE_CUES, text, *before, num, after=False)
    if kind and (rate is None or kind[1] < rate[1]):
        return RATE_TYPE_OF[kind[0]], "per_beneficiary", kind[0]
    if rate:
        return RATE_CUE_OF[rate[0]], "total", rate[0]
    after = (_RATE_AFTER.match(text, num.end, clause[1], timeout=_T)
             or _RATE_THEN_SUBJECT_RESUMED.match(text, num.end, clause[1], timeout=_T))
    if after:
        return "return_to_work_rate", "total", after.group()
    share = _nearest(_SHARE_CUES, text, clause[0], clause[1], num)
    if share and (text[num.start - 1: num.start] == "的" or text[num.end: num.end + 2] in ("给予", "予以")
                  or share[2] < num.start):
        return SHARE_CUE_OF[share[0]], "per_beneficiary", share[0]
    return None


def _count_category(text: str, num: NumberMention, clause, sentence) -> tuple[str, str, str] | None:
    """(category, unit, cue) of a counted quantity, or None."""
    counter = num.unit
    lo, hi = clause
    if _INCREMENT.search(text, lo, num.start, timeout=_T):
        return None  # 较上日增加36家: a daily increment, not a level
    is_project = counter == "个" and (_PROJECT_HEAD.match(text, num.end, hi)
                                     or _PROJECT_HEAD_BEFORE.search(text, max(lo, num.start - 10), num.start))
    if counter in ENTERPRISE_COUNTERS or is_project:
        if _NEW_START.search(text, lo, hi, timeout=_T):
            return None
        resume_scope, inherited = (lo, hi), False
        if not _RESUME.search(text, lo, hi, timeout=_T) and regex.match(r"[\s“\"]*其中", text[lo:num.start]):
            resume_scope, inherited = (sentence[0], lo), True  # 其中规上工业企业368家 continues the clause before
        for m in _RESUME.finditer(text, *resume_scope, timeout=_T):
            if _RESUME_NOT_FACT.match(text, m.end(), hi):
                continue
            between = (num.end, m.start()) if m.start() >= num.end else (m.end(), num.start)
            others = [n for n in find_numbers(text[between[0]:between[1]], with_missing=False) if n.unit == counter]
            if others and not inherited and "分别" not in text[between[0]:between[1]]:
                continue  # 99家市场有98家复市: the nearer count is the resumed one
            if m.start() >= num.end and _count_follows(text, m.end(), hi, counter):
                return None  # 68个重点项目已复工65个: the count after the cue is the resumed one
            if _firm_speaks(text, lo, num.start):
                return None
            unit = "enterprises" if counter in ENTERPRISE_COUNTERS else "projects"
            return "enterprises_resumed", unit, m.group()
        return None
    if counter in PERSON_COUNTERS:
        hit = _nearest(_WORKER, text, lo, hi, num)
        if hit and not _firm_speaks(text, lo, num.start):
            return "workers_returned", "persons", hit[0]
        return None
    if counter in IN_KIND_COUNTERS:
        if _IN_KIND_BLOCK.search(text, lo, hi, timeout=_T):
            return None
        hit = _nearest(_IN_KIND, text, lo, hi, num)
        if hit:
            return "in_kind", "items", hit[0]
    return None


def _count_follows(text: str, start: int, end: int, counter: str) -> bool:
    window = text[start:min(end, start + 12)]
    return any(n.unit == counter and n.start <= 4 for n in find_numbers(window, with_missing=False))


def _firm_speaks(text: str, lo: int, hi: int) -> bool:
    """A firm counting its own people or suppliers (他们共接回22人) is not a zone indicator."""
    return bool(_FIRM_PRONOUN.search(text, lo, hi, timeout=_T))


def _is_forecast(text: str, num: NumberMention, clause) -> bool:
    """预计/力争/有望 before a figure in its clause: a target, not a fact."""
    return bool(_FORECAST.search(text, clause[0], num.start, timeout=_T))


# --- unit, basis, qualifier, subject, as_of -------------------------------------------------------

def _money_unit(text: str, num: NumberMention, clause) -> str:
    window_start = max(clause[0], num.start - 8)
    hit = None
    for m in _PER_UNIT.finditer(text, window_start, num.start, timeout=_T):
        hit = m.group()
    if num.per:
        hit = num.per if num.per in PER_UNIT_OF else hit
    if hit is None:
        return num.unit
    unit = PER_UNIT_OF[hit]
    return unit if num.unit == "CNY" else num.unit


def _money_basis_and_qualifier(text: str, num: NumberMention, clause, unit: str) -> tuple[str, str]:
    qualifier = num.qualifier
    before = text[clause[0]:num.start]
    if qualifier == "exact" and _CAP_WORDS.search(before, timeout=_T):
        qualifier = "at_most"
    per = unit in ("CNY/person/day", "CNY/person/month", "CNY/person")
    capped = qualifier == "at_most" and _PER_BENEFICIARY.search(text, clause[0], num.end, timeout=_T)
    each = _EACH.search(before, timeout=_T)
    return ("per_beneficiary" if (per or capped or each) else "total"), qualifier


def _subject(text: str, num: NumberMention, clause, sentence, geo: Geometry) -> str | None:
    """Who the figure covers, as written (规上工业企业, 外资企业); None when the text does not say."""
    scopes = [clause]
    prev = geo.previous_clause(clause, sentence)
    if prev:
        scopes.append(prev)
    for lo, hi in scopes:
        # 28家外贸企业 / 127个重点项目: the head noun right after a count.
        for m in regex.finditer(r"\d+[余多]?[家个户]", text[lo:hi]):
            head = _SUBJECT_HEAD.match(text, lo + m.end(), min(hi, lo + m.end() + 12))
            tail = regex.match(r"[\p{Han}]{0,8}?(?:" + _SUBJECT_HEAD.pattern + ")", text[lo + m.end(): hi])
            if tail:
                return tail.group()
            if head:
                return head.group()
        end = num.start if (lo, hi) == clause else hi
        heads = list(_SUBJECT_HEAD.finditer(text, lo, end, timeout=_T))
        if heads:
            head = heads[-1]
            start = lo
            for stop in _SUBJECT_STOP.finditer(text, lo, head.start(), timeout=_T):
                start = stop.end()
            digits = list(regex.finditer(r"\d+[余多]?[家个户]", text[start:head.start()]))
            if digits:
                start += digits[-1].end()
            subject = text[start:head.end()].strip("“”\"、,， ")
            return subject or None
    return None


_BENEFICIARY = compiled(rf"(?:为|向|对|给|帮助|支持)(?P<who>[\p{{Han}}、\d]{{0,20}}(?:{_SUBJECT_HEAD.pattern}))")


def _beneficiary(text: str, num: NumberMention, clause) -> str | None:
    """Who a support amount goes to, when the clause says so: 为中小企业减免租金 -> 中小企业."""
    found = None
    for m in _BENEFICIARY.finditer(text, clause[0], num.start, timeout=_T):
        found = m.group("who")
    return found or None


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _dated(year: str | None, month: str, day: str | None, article_date: dt.date | None) -> dt.date | None:
    """A written date (day None: the month's end), its year from the article when not written."""
    if year is None and article_date is None:
        return None
    y, mo = int(year) if year else article_date.year, int(month)
    try:
        date = _month_end(y, mo) if day is None else dt.date(y, mo, int(day))
    except ValueError:
        return None
    if year is None and date > article_date:  # 截至12月底 in a January article: last year
        date = _month_end(y - 1, mo) if day is None else date.replace(year=y - 1)
    return date


def find_as_of(text: str, sentence: tuple[int, int], article_date: dt.date | None) -> dt.date | None:
    """The date a sentence's figures refer to (截至5月14日, 截至3月底, 截至昨天), or None."""
    m = _AS_OF.search(text, sentence[0], sentence[1], timeout=_T)
    if not m:
        return None
    if m.group("rel"):
        if m.group("rel") in ("昨天", "昨日") and article_date:
            return article_date - dt.timedelta(days=1)
        if m.group("rel") in ("今天", "今日"):
            return article_date
        return None
    return _dated(m.group("y"), m.group("m"), None if m.group("end") else m.group("d"), article_date)


_LEADING_DATE = compiled(r"[\s“\"]*(?:(?P<y>20\d{2})年)?(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
INDICATORS = {"return_to_work_rate", "capacity_recovery_rate", "enterprises_resumed", "workers_returned"}


def leading_date(text: str, sentence: tuple[int, int], article_date: dt.date | None) -> dt.date | None:
    """`3月26日，…` opening a sentence: the day an indicator in it was observed."""
    m = _LEADING_DATE.match(text, sentence[0], min(sentence[1], sentence[0] + 16), timeout=_T)
    return _dated(m.group("y"), m.group("m"), m.group("d"), article_date) if m else None


def sentence_as_of(text: str, geo: Geometry, sentence: tuple[int, int], category: str,
                   article_date: dt.date | None) -> dt.date | None:
    as_of = find_as_of(text, sentence, article_date)
    if as_of is None and text.startswith("其中", sentence[0]) and sentence[0] > 0:
        # 其中… continues the sentence before it, and so does its date.
        as_of = find_as_of(text, geo.sentence(sentence[0] - 1), article_date)
    if as_of is None and category in INDICATORS:
        as_of = leading_date(text, sentence, article_date)
    return as_of


# --- the stage ----------------------------------------------------------------------------------

def classify(text: str, num: NumberMention, geo: Geometry) -> Measure | None:
    sentence = geo.sentence(num.num_start)
    clause = geo.clause(num.num_start)
    if _is_forecast(text, num, clause):
        return None
    if (num.value is not None and num.value < 0) or (num.kind == "money" and num.unit not in MONEY_UNITS):
        return None  # 负1.5亿元, 港币100万元: no support amount is negative, and SPEC's money is CNY or USD
    if num.kind == "money":
        found = _money_category(text, num, clause, sentence, geo)
        if not found:
            return None
        category, cue = found
        unit = _money_unit(text, num, clause)
        basis, qualifier = _money_basis_and_qualifier(text, num, clause, unit)
        subject = _beneficiary(text, num, clause)
        rule = f"money:{cue}"
    elif num.kind == "percent":
        if num.value is not None and num.value > 1:
            return None  # 973%: a lost decimal point, never a rate above one
        found = _rate_category(text, num, clause, sentence, geo)
        if not found:
            return None
        category, basis, cue = found
        unit, qualifier = "ratio", num.qualifier
        if qualifier == "exact" and _CAP_WORDS.search(text, clause[0], num.start, timeout=_T):
            qualifier = "at_most"  # 贴息比例最高不超过…的50%
        subject = _subject(text, num, clause, sentence, geo) if basis == "total" else None
        rule = f"rate:{cue}"
    else:
        found = _count_category(text, num, clause, sentence)
        if not found:
            return None
        category, unit, cue = found
        qualifier, basis = num.qualifier, "total"
        subject = _subject(text, num, clause, sentence, geo)
        rule = f"count:{cue}"
    return Measure(category, unit, num.value, qualifier, basis, subject, None, num.start, num.end,
                   sentence[0], sentence[1], num.is_missing, rule)


def extract_measures(text: str, zones: ArticleZones, *, article_date: dt.date | None,
                     headlines: tuple[tuple[int, int], ...] = (), has_missing_digits: bool = False,
                     attributor: Attributor | None = None) -> list[Measure]:
    geo = Geometry(text)
    if attributor is None:
        attributor = Attributor(Document(text, headlines), zones)
    rows = []
    for num in find_numbers(text, with_missing=has_missing_digits):
        row = classify(text, num, geo)
        if row is not None:
            rows.append(row)
    listed = attributor.lists([(r.span_start, r.span_end, r.unit == "ratio") for r in rows])
    out = []
    for row in rows:
        sentence = (row.sentence_start, row.sentence_end)
        as_of = sentence_as_of(text, geo, sentence, row.category, article_date)
        decision = listed.get(row.span_start) or attributor.decide(row.span_start)
        is_headline = any(s <= row.span_start and row.span_end <= e for s, e in headlines)
        for i, zone in enumerate(decision.zones):  # one row per zone of a shared list
            out.append(replace(row, as_of=as_of, zone=zone, is_headline=is_headline, zone_rule=decision.rule,
                               zone_candidates=decision.candidates, list_index=i))
    return deduplicate(out)


def _fact_key(row: Measure) -> tuple:
    value = None if row.value is None else round(row.value, 6)
    return (row.zone, row.category, row.unit, row.basis, value)


def deduplicate(rows: list[Measure]) -> list[Measure]:
    """One row per fact: a headline or lead that repeats the body is the same measure.

    Same zone, category, unit, basis and value, and the same subject where both state one.
    Rows whose digits were lost are never merged: nothing says they are equal.
    """
    ordered = sorted(rows, key=lambda r: (r.is_headline, r.span_start))
    kept: list[Measure] = []
    buckets: dict[tuple, list[int]] = {}
    for row in ordered:
        key = _fact_key(row)
        twin = None
        if row.value is not None:
            twin = next((i for i in buckets.get(key, [])
                         if kept[i].subject is None or row.subject is None or kept[i].subject == row.subject), None)
        if twin is None:
            buckets.setdefault(key, []).append(len(kept))
            kept.append(row)
        elif kept[twin].as_of is None and row.as_of is not None:
            kept[twin] = replace(kept[twin], as_of=row.as_of)
    return sorted(kept, key=lambda r: r.span_start)
