"""The per-article function: one input in, its rows out, no shared state.

`process_article(item)` composes the stages — decode (ingest), clean, zones, numbers and
measures, policies — for one `InputItem` and returns plain, picklable dicts, so the same
function runs in-process, across processes, or on a Dask cluster. It never raises: an
input that cannot be read, decoded or processed in its time budget comes back as a
rejected article with a reason a person can act on.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import time
from dataclasses import asdict

from .attribution import zones_of_document
from .clean import clean_text, find_published_date
from .document import Document
from .ingest import InputItem, decode_input
from .measures import Measure, extract_measures
from .policies import extract_policies
from .zones import ArticleZones

DEFAULT_TIME_BUDGET = 30.0  # seconds per article


class BudgetExceeded(Exception):
    pass


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
    title_end = len(cleaned.title) if cleaned.title and text.startswith(cleaned.title) else None
    zones = zones_of_document(Document(text, cleaned.headlines, title_end), disabled=disabled_rules)
    check_budget("zone detection")
    measures = extract_measures(text, zones, article_date=cleaned.published_date, headlines=cleaned.headlines,
                                has_missing_digits=cleaned.has_missing_digits, attributor=zones.attributor)
    check_budget("measure extraction")
    policies = extract_policies(text, zones, has_missing_digits=cleaned.has_missing_digits)
    check_budget("policy extraction")
    return cleaned, zones, measures, policies


def measure_row(m: Measure, text: str, zones: ArticleZones, *, article_id: str) -> dict:
    """One `measures` row as plain values; `mention` and `sentence` are cut from `text`."""
    # A value shared by several listed zones is one row per zone: the later rows' ids name their zone.
    measure_id = _id(article_id, m.span_start, m.category) if m.list_index == 0 else _id(article_id, m.span_start, m.category, m.zone)
    return {
        "measure_id": measure_id,
        "article_id": article_id,
        **_zone_fields(zones, m.zone),
        "category": m.category,
        "unit": m.unit,
        "value": m.value,
        "qualifier": m.qualifier,
        "basis": m.basis,
        "subject": _strip_zone_names(m.subject, zones),
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


def process_article(item: InputItem, *, time_budget: float = DEFAULT_TIME_BUDGET) -> dict:
    """{'article': row, 'measures': [rows], 'policies': [rows], 'zones': [rows]} for one input."""
    started = time.monotonic()

    def check_budget(stage: str) -> None:
        if time.monotonic() - started > time_budget:
            raise BudgetExceeded(f"article exceeded its {time_budget:g} s time budget during {stage}")

    decoded = decode_input(item)
    if decoded.error or decoded.text is None:
        return _rejected(item, decoded.error or "could not decode", decoded.encoding)
    try:
        extracted = extract_from_text(decoded.text, published_date=parse_date(decoded.date),
                                      check_budget=check_budget)
    except (TimeoutError, BudgetExceeded) as exc:
        return _rejected(item, f"processing took too long: {exc}", decoded.encoding)
    except Exception as exc:  # one broken article must not stop the batch
        return _rejected(item, f"could not process: {type(exc).__name__}: {exc}", decoded.encoding)
    if extracted is None:
        return _rejected(item, "no article text left after removing page furniture", decoded.encoding)
    cleaned, zones, measures, policies = extracted
    text = cleaned.text

    measure_rows = [measure_row(m, text, zones, article_id=item.article_id) for m in measures]
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
    zone_rows = [
        {**{k: v for k, v in asdict(z).items() if k != "aliases"}, "zone_id": z.zone_id, "aliases": sorted(z.aliases)}
        for z in zones.zones.values()
    ]
    article = _article_row(
        item,
        encoding=decoded.encoding,
        url=decoded.url,
        source_id=decoded.source_id,
        script=cleaned.script,
        title=decoded.title or cleaned.title,
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


def _strip_zone_names(subject: str | None, zones: ArticleZones) -> str | None:
    """包头稀土高新区规模以上工业企业 -> 规模以上工业企业: the zone is its own column."""
    if not subject:
        return subject
    aliases = sorted({a for z in zones.zones.values() for a in z.aliases}, key=len, reverse=True)
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
