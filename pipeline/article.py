"""The per-article function: one input in, its rows out, no shared state.

`process_article(item)` composes the stages — decode (ingest), clean, zones, numbers and
measures, policies — for one `InputItem` and returns plain, picklable dicts, so the same
function runs in-process, across processes, or on a Dask cluster. It never raises: an
input that cannot be read, decoded or processed in its time budget comes back as a
rejected article with a reason a person can act on.

Time: each article runs under one deadline (`budget.deadline`) that every guarded
pattern and the window loop check, so the budget is a real limit, not a check between
stages. A text longer than `WINDOW_THRESHOLD_CHARS` is read in windows of at most
`WINDOW_CHARS` characters cut at paragraph, sentence or clause breaks: the work on one
window is bounded whatever the whole text holds, and zones are still found over the
whole text, so a window's facts keep the article's sections and main zone. Spans are
shifted back, so `text[span_start:span_end] == mention` holds for the whole text.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import fields, replace

import regex

from . import budget
from .attribution import zones_of_document
from .budget import BudgetExceeded
from .clean import clean_text, find_published_date, to_simplified
from .document import Document
from .ingest import Decoded, InputItem, decode_input, without_surrogates
from .measures import Measure, deduplicate, extract_measures
from .policies import Policy, extract_policies
from .tables import raw_rows, table_line_starts, with_table_rows
from .zones import ArticleZones, Zone

DEFAULT_TIME_BUDGET = 30.0  # seconds per article

# Texts up to this length are read whole (every normal article: the longest seed is 5,400
# characters), so windows never change their rows. Longer ones are read in windows of at
# most WINDOW_CHARS, cut at a paragraph end where one falls in the window's second half:
# the budget is checked between windows, and a window is long enough to keep a paragraph
# and the list its head cue governs together.
WINDOW_THRESHOLD_CHARS = 10_000
WINDOW_CHARS = 4_000


def _id(*parts: object) -> str:
    return hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]


def _article_row(item: InputItem, **fields) -> dict:
    row = {
        "article_id": item.article_id,
        "source_path": item.source_path,
        "source_name": item.source_name,
        "encoding": None,
        "url": None,
        "source_id": None,
        "script": None,
        "title": None,
        "published_date": None,
        "text": "",
        "n_chars": 0,
        "n_romanisation_removed": 0,
        "n_spaces_removed": 0,
        "n_lines_joined": 0,
        "has_missing_digits": False,
        "status": "ok",
        "error": None,
        "n_measures": 0,
        "duplicate_paths": "; ".join(item.duplicate_paths) or None,
    }
    row.update(fields)
    return row


def _rejected(item: InputItem, error: str, encoding: str | None = None) -> dict:
    return {"article": _article_row(item, status="rejected", error=error, encoding=encoding),
            "measures": [], "policies": [], "zones": []}


def parse_date(value: str | None) -> dt.date | None:
    return find_published_date([value]) if value else None


def _zone_fields(zones: ArticleZones, key: str | None) -> dict:
    zone = zones.zones.get(key) if key else None
    return {"zone_id": zone.zone_id if zone else None, "zone_name": zone.zone_name if zone else None}


def extract_from_text(raw_text: str, *, published_date: dt.date | None = None, check_budget=lambda stage: None,
                      disabled_rules: frozenset[str] = frozenset()):
    """(cleaned, zones, measures, policies) of one decoded text; None when nothing is left after cleaning.

    `disabled_rules` switches attribution rules off by id (for tests that show each rule decides)."""
    cleaned = clean_text(raw_text, published_date=published_date)
    check_budget("cleaning")
    if not cleaned.text.strip():
        return None
    text = cleaned.text
    raw_table_rows = raw_rows(raw_text)  # tab- or space-parted lines, which cleaning glues together
    headlines = headlines_outside_tables(cleaned.headlines, text, raw_table_rows)
    zones = zones_of_document(Document(text, headlines, cleaned.title_end, cleaned.outlets), disabled=disabled_rules)
    check_budget("zone detection")
    measures = in_windows(text, zones, headlines, lambda window, view, headlines: with_table_rows(
        extract_measures(window, view, article_date=cleaned.as_of_anchor, headlines=headlines,
                         has_missing_digits=cleaned.has_missing_digits, attributor=view.attributor,
                         post_dates=posts_in_window(cleaned.post_dates, getattr(view, "offset", 0))),
        window, view, article_date=cleaned.as_of_anchor, raw=raw_table_rows), merge=deduplicate)
    check_budget("measure extraction")
    policies = in_windows(text, zones, headlines, lambda window, view, _: extract_policies(
        window, view, has_missing_digits=cleaned.has_missing_digits), merge=first_policy_of_each_title)
    check_budget("policy extraction")
    return cleaned, zones, measures, policies


def headlines_outside_tables(headlines: tuple[tuple[int, int], ...], text: str,
                             raw_table_rows: dict[str, list[str]]) -> tuple[tuple[int, int], ...]:
    """The cleaned text's headlines but the lines of its flattened tables (`table_line_starts`):
    a row of cells glued by cleaning is short and ends in no mark, yet heads no section; the
    title stays one."""
    rows = table_line_starts(text, raw_table_rows)
    return tuple(h for h in headlines if h[0] == 0 or h[0] not in rows) if rows else headlines


# --- windows: bounded work on long texts -----------------------------------------------------

# Where a window may end, best first: after a paragraph, a sentence, a clause, a space.
_WINDOW_BREAKS = ("\n", "。！？!?", "，,；;：:、", " \t　")
# Characters a cut must not fall between (it would split 1,200万元 into two numbers).
_NUMBER_PART = regex.compile(r"[\d０-９.．,%％‰零〇一二两三四五六七八九十百千万亿元]")


def text_windows(text: str, size: int = WINDOW_CHARS) -> list[tuple[int, int]]:
    """(start, end) spans of at most `size` characters that tile `text`, each cut at the
    best break in its second half: a paragraph end, else a sentence end, a clause end,
    a space, else between two characters that are not parts of a number."""
    windows = []
    start = 0
    while len(text) - start > size:
        end = _window_end(text, start + size // 2, start + size)
        windows.append((start, end))
        start = end
    windows.append((start, len(text)))
    return windows


def _window_end(text: str, lo: int, hi: int) -> int:
    for breaks in _WINDOW_BREAKS:
        last = max(text.rfind(ch, lo, hi) for ch in breaks)
        if last >= 0:
            return last + 1
    for cut in range(hi, lo, -1):
        if not (_NUMBER_PART.match(text[cut - 1]) or _NUMBER_PART.match(text[cut])):
            return cut
    return hi


class WindowZones:
    """The article's zones as one window sees them: positions given relative to the window
    are shifted to the whole text, so attribution uses the whole article (its sections,
    its main zone). Only what measures and policies ask of the zone index (and of its
    attributor, where there is one) is offered, so a new position-taking lookup fails
    loudly here instead of answering for the wrong place."""

    def __init__(self, zones: ArticleZones, offset: int):
        self.whole = zones
        self.offset = offset
        self.zones = zones.zones
        self.main = zones.main
        whole_attributor = getattr(zones, "attributor", None)
        self.attributor = WindowAttributor(whole_attributor, offset) if whole_attributor is not None else None

    def zone_for(self, pos: int, *spans: tuple[int, int]) -> str | None:
        o = self.offset
        return self.whole.zone_for(pos + o, *((start + o, end + o) for start, end in spans))

    def zones_between(self, start: int, end: int) -> list[str]:
        return self.whole.zones_between(start + self.offset, end + self.offset)


class WindowAttributor:
    """An attributor of the whole text asked from a window: positions shifted in and out."""

    def __init__(self, whole, offset: int):
        self.whole = whole
        self.offset = offset

    def decide(self, pos: int):
        return self.whole.decide(pos + self.offset)

    def compared_average(self, pos: int):
        return self.whole.compared_average(pos + self.offset)

    def lists(self, facts: list[tuple]) -> dict:
        o = self.offset
        shifted = [(start + o, end + o, *rest) for start, end, *rest in facts]
        return {start - o: decision for start, decision in self.whole.lists(shifted).items()}


_SPAN_FIELDS = ("span_start", "span_end", "sentence_start", "sentence_end")


def _shifted(row, offset: int):
    """A Measure or Policy found in a window, its positions moved into the whole text."""
    names = {f.name for f in fields(row)}
    return replace(row, **{name: getattr(row, name) + offset for name in _SPAN_FIELDS if name in names})


def in_windows(text: str, zones: ArticleZones, headlines: tuple[tuple[int, int], ...],
               extract: Callable[[str, object, tuple[tuple[int, int], ...]], list],
               merge: Callable[[list], list]) -> list:
    """`extract(text, zones, headlines)` over the whole text when it is short; else over
    each window, positions shifted back, the article's budget checked between windows,
    and `merge` applied to all windows' rows (a window only merges its own repeats)."""
    if len(text) <= WINDOW_THRESHOLD_CHARS:
        return extract(text, zones, headlines)
    found = []
    for start, end in text_windows(text):
        budget.check()
        local = tuple((s - start, e - start) for s, e in headlines if start <= s and e <= end)
        found += [_shifted(row, start) for row in extract(text[start:end], WindowZones(zones, start), local)]
    return merge(found)


def posts_in_window(post_dates: tuple[tuple[int, dt.date], ...], offset: int) -> tuple[tuple[int, dt.date], ...]:
    """The post dates of the whole text as a window starting at `offset` sees them: positions
    shifted, a post begun before the window starting at its start."""
    if not post_dates or offset == 0:
        return post_dates
    shifted = [(max(0, start - offset), date) for start, date in post_dates]
    return tuple((start, date) for i, (start, date) in enumerate(shifted)
                 if i + 1 == len(shifted) or shifted[i + 1][0] > 0)


def first_policy_of_each_title(policies: list[Policy]) -> list[Policy]:
    """The first mention of each policy title (spaces and punctuation ignored, SPEC §7)."""
    seen: set[str] = set()
    kept = []
    for policy in sorted(policies, key=lambda p: p.span_start):
        key = regex.sub(r"[\s\p{P}]", "", policy.title)
        if key not in seen:
            seen.add(key)
            kept.append(policy)
    return kept


def measure_row(m: Measure, text: str, zones: ArticleZones, *, article_id: str,
                aliases: list[str] | None = None) -> dict:
    """One `measures` row as plain values; `mention` and `sentence` are cut from `text`.
    `aliases` are `zone_aliases(zones)`, when the caller has them for all of an article's rows."""
    # A value shared by several listed zones is one row per zone: the later rows' ids name their zone.
    # A value shared by several listed rates (复工率、返岗率均达100%): each rate's row names its rule too.
    if m.cue_index:
        measure_id = _id(article_id, m.span_start, m.category, m.zone, m.rule)
    elif m.list_index == 0:
        measure_id = _id(article_id, m.span_start, m.category)
    else:
        measure_id = _id(article_id, m.span_start, m.category, m.zone)
    return {
        "measure_id": measure_id,
        "article_id": article_id,
        **_zone_fields(zones, m.zone),
        "category": m.category,
        "unit": m.unit,
        "value": m.value,
        "qualifier": m.qualifier,
        "basis": m.basis,
        "subject": _strip_zone_names(m.subject, zone_aliases(zones) if aliases is None else aliases),
        "as_of": m.as_of,
        "mention": text[m.span_start:m.span_end],
        "span_start": m.span_start,
        "span_end": m.span_end,
        "sentence": text[m.sentence_start:m.sentence_end],
        "is_value_missing": m.is_value_missing,
        "rule": m.rule,
        "zone_rule": m.zone_rule,
        "zone_candidates": m.zone_candidates,
    }


def measures_of_text(raw_text: str, published_date: dt.date | None = None,
                     disabled_rules: frozenset[str] = frozenset()) -> list[dict]:
    """The measure rows one text yields, as plain dicts (for table-driven tests and notebooks)."""
    extracted = extract_from_text(raw_text, published_date=published_date, disabled_rules=disabled_rules)
    if extracted is None:
        return []
    cleaned, zones, measures, _ = extracted
    return [{**measure_row(m, cleaned.text, zones, article_id=""), "text": cleaned.text} for m in measures]


def _title_of(page_title: str | None, cleaned) -> str | None:
    """The page's own title (HTML, JSONL) in the script of the text, else the cleaned text's:
    a Traditional page's 崑山開發區 is 昆山开发区 there, as the text every span points into is."""
    if not page_title:
        return cleaned.title
    return page_title if cleaned.script == "simplified" else to_simplified(page_title)


def process_article(item: InputItem, *, time_budget: float = DEFAULT_TIME_BUDGET) -> dict:
    """{'article': row, 'measures': [rows], 'policies': [rows], 'zones': [rows]} for one input.

    All the work runs under one deadline of `time_budget` seconds; an article that runs
    out of it is rejected with an error naming the budget and the stage it was in.
    """
    with budget.deadline(time_budget) as limit:
        stage = ["decoding"]

        def check_budget(finished: str) -> None:
            stage[0] = finished  # a failed check here means this stage ran over
            budget.check()
            stage[0] = NEXT_STAGE.get(finished, finished)

        decoded = _writable(decode_input(item))
        if decoded.error or decoded.text is None:
            return _rejected(item, decoded.error or "could not decode", decoded.encoding)
        try:
            check_budget("decoding")
            extracted = extract_from_text(decoded.text, published_date=parse_date(decoded.date),
                                          check_budget=check_budget)
        except TimeoutError as exc:  # BudgetExceeded, or a pattern that ran out of the time left
            reason = limit.message() if isinstance(exc, BudgetExceeded) or limit.expired() else str(exc)
            return _rejected(item, f"processing took too long: {reason} during {stage[0]}", decoded.encoding)
        except Exception as exc:  # one broken article must not stop the batch
            if budget.strict():
                raise
            return _rejected(item, f"could not process: {type(exc).__name__}: {exc}", decoded.encoding)
        try:
            return _article_result(item, decoded, extracted)
        finally:
            _unlink(extracted)


def _unlink(extracted) -> None:
    """Cut the link from the article's zone index to its attributor, which holds the index
    too: with the two holding each other, every object of the article (a thousand or so)
    would wait for the cyclic garbage collector, which walks them, rather than be freed by
    reference counting once the result is made. Only here, where nothing asks for the
    objects again: `extract_from_text` hands them out whole."""
    if extracted is not None:
        extracted[1].attributor = None


def _writable(decoded: Decoded) -> Decoded:
    """`decoded` with no lone surrogate in any string: no Parquet writer (nor pandas'
    Arrow strings) accepts one, and one bad character must not cost the whole build."""
    scrubbed = {name: without_surrogates(value) for name in _DECODED_FIELDS
                if isinstance(value := getattr(decoded, name), str)}
    if all(scrubbed[name] is getattr(decoded, name) for name in scrubbed):
        return decoded  # nearly every article: no copy of the dataclass needed
    return replace(decoded, **scrubbed)


_DECODED_FIELDS = tuple(f.name for f in fields(Decoded))
# The `zones` row keeps the Zone's fields in their order, its aliases sorted, after its id.
_ZONE_ROW_FIELDS = tuple(f.name for f in fields(Zone) if f.name != "aliases")


# The stage that runs after each budget check: where a deadline passing inside a stage is reported.
NEXT_STAGE = {
    "decoding": "cleaning",
    "cleaning": "zone detection",
    "zone detection": "measure extraction",
    "measure extraction": "policy extraction",
}


def _article_result(item: InputItem, decoded, extracted) -> dict:
    if extracted is None:
        return _rejected(item, "no article text left after removing page furniture", decoded.encoding)
    cleaned, zones, measures, policies = extracted
    text = cleaned.text

    aliases = zone_aliases(zones)
    measure_rows = [measure_row(m, text, zones, article_id=item.article_id, aliases=aliases) for m in measures]
    policy_rows = [
        {
            "policy_id": _id(item.article_id, p.span_start, p.title),
            "article_id": item.article_id,
            **_zone_fields(zones, p.zone),
            "title": p.title,
            "n_items": p.n_items,
            "aliases": "; ".join(p.aliases) or None,
            "mention": text[p.span_start:p.span_end],
            "span_start": p.span_start,
            "span_end": p.span_end,
        }
        for p in policies
    ]
    # The fields read one by one, not with asdict: it deep-copies every value, recursively.
    zone_rows = [
        {**{name: getattr(z, name) for name in _ZONE_ROW_FIELDS}, "zone_id": z.zone_id, "aliases": sorted(z.aliases)}
        for z in zones.zones.values()
    ]
    article = _article_row(
        item,
        encoding=decoded.encoding,
        url=decoded.url,
        source_id=decoded.source_id,
        script=cleaned.script,
        title=_title_of(decoded.title, cleaned),
        published_date=cleaned.published_date,
        text=text,
        n_chars=len(text),
        n_romanisation_removed=cleaned.n_romanisation_removed,
        n_spaces_removed=cleaned.n_spaces_removed,
        n_lines_joined=cleaned.n_lines_joined,
        has_missing_digits=cleaned.has_missing_digits,
        n_measures=len(measure_rows),
    )
    return {"article": article, "measures": measure_rows, "policies": policy_rows, "zones": zone_rows}


def zone_aliases(zones: ArticleZones) -> list[str]:
    """Every name the article's zones go by, longest first (the order `_strip_zone_names` tries them)."""
    return sorted({a for z in zones.zones.values() for a in z.aliases}, key=len, reverse=True)


def _strip_zone_names(subject: str | None, aliases: list[str]) -> str | None:
    """包头稀土高新区规模以上工业企业 -> 规模以上工业企业: the zone is its own column."""
    if not subject:
        return subject
    changed = True
    while changed:  # 、六合区规上工业企业 -> 规上工业企业
        changed = False
        stripped = subject.lstrip("、,，和及与 ")
        for alias in aliases:
            if stripped.startswith(alias) and len(stripped) > len(alias):
                stripped = stripped[len(alias):]
                break
        if stripped != subject:
            subject, changed = stripped, True
    if subject in aliases:
        return None  # the subject is the zone itself
    return subject or None
