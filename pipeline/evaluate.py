"""Score a build of the dataset against gold files (SPEC §7).

Measures
--------
A predicted row and a gold row *match* when

* ``article`` (gold) equals the predicted row's ``articles.source_name``,
* ``category`` is equal, or is one of the gold row's ``category_alt`` (other
  categories the annotators also accept), and ``unit`` is equal, and
* the values are equal within 0.1 % of the gold value (``|pred - gold| <=
  0.001 * |gold|``; so ``0`` matches only ``0``), or both values are null.
  A null and a number never match.

Each gold row matches at most one prediction and each prediction at most one
gold row.  Gold rows with ``optional: true`` are neutral: a prediction matched to
one is neither a true nor a false positive, and an optional row left unmatched
is not a miss.  Only predictions from articles with ``status == "ok"`` count.

Matching is a maximum-weight bipartite assignment per (article, unit) group
(edges only between compatible categories), so the score never depends on row
order:

* **lenient** (``precision``/``recall``/``f1``): the zone is ignored.  The
  matching first maximises the number of matched required gold rows (true
  positives), then the number of predictions absorbed by optional rows; among
  those equally good matchings it prefers pairs whose zone matches, then pairs
  whose category is the gold's own (not an alternative), whose
  qualifier/basis/as_of agree and whose sentence holds the gold mention.
  This matching is the one reported in ``misses``, ``spurious`` and
  ``disagreements``.
* **strict** (``strict_*``): a separate maximum matching that only allows pairs
  whose zone also matches.  Strict scores are therefore never above lenient ones.

Zone rule: a predicted ``zone_name`` matches a gold ``zone`` list when its
*place name* equals, contains or is contained in the place name of one of the
gold names.  The place name is the name after NFKC normalisation, removal of
whitespace, of a leading ``国家级``/``国家`` and, repeatedly, of the trailing suffixes
``高新技术产业开发区 经济技术开发区 高新区 经开区 开发区 新区 省 市 区 县``
(longer suffixes tried first; a suffix is only removed when at least two
characters remain, so ``新市区`` → ``新市``, not ``新``).  A parenthesised alias is
an alternative name (``乌鲁木齐高新区(新市区)`` → ``乌鲁木齐`` or ``新市``).
Containment needs the shorter place name to have at least two characters.
Examples: ``乌鲁木齐高新区`` → ``乌鲁木齐``; ``黄埔区广州开发区`` → ``黄埔区广州``,
which contains ``黄埔`` (gold ``黄埔区``); ``清远市`` matches ``清远高新区``
(both ``清远``); ``深圳市`` does not match ``广州开发区``.  An empty gold list
wants a null (or empty) predicted zone, and a null predicted zone matches only
an empty gold list — or a gold row marked ``zone_null_ok`` (annotators could not
tell whether the text names the jurisdiction: a null zone is accepted beside the
listed names).

Agreement shares (``qualifier_agreement``, ``basis_agreement``,
``as_of_agreement``, ``zone_agreement``) are computed over the true-positive
pairs of the lenient matching (matched *required* gold rows).  ``as_of`` is
compared as an ISO date string; null and null agree; a gold row marked
``as_of_unsure`` agrees with any predicted ``as_of``, null included.

A zone disagreement carries the prediction's ``zone_rule`` and
``zone_candidates`` (the attribution rule that decided and the zones that
competed) when the measures table has those columns.

Precision is ``null`` when there are no (non-neutral) predictions, recall is
``null`` when there are no required gold rows; F1 is ``2tp / (2tp + fp + fn)``
(``null`` only when all three counts are zero).

Policies
--------
A predicted policy matches a gold policy when the article is equal and the
gold title equals the predicted title or one of its ``aliases`` (the other
names the article gives the same policy), after NFKC normalisation and removal
of whitespace, punctuation (ASCII and CJK, quotes, ``《》()（）`` …) and symbols.
One to one, by maximum matching (required gold rows first, then optional ones,
then title over alias); duplicates are false positives.  A prediction matched
to an ``optional`` gold policy (a second name of a policy already listed)
counts neither way, and an unmatched optional one is not a miss.
"""
from __future__ import annotations

import datetime as _dt
import json
import math
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

__all__ = [
    "load_gold",
    "load_predictions",
    "normalise_title",
    "zone_place_names",
    "zone_matches",
    "values_match",
    "score_measures",
    "score_policies",
    "evaluate",
    "format_table",
    "main",
]

VALUE_REL_TOL = 0.001

MEASURE_COLUMNS = [
    "article_id", "zone_name", "category", "unit", "value", "qualifier",
    "basis", "as_of", "mention", "sentence",
]
POLICY_COLUMNS = ["article_id", "title"]  # `aliases` is read too when the build has it

_ZONE_PREFIXES = ("国家级", "国家")
_ZONE_SUFFIXES = (
    "高新技术产业开发区", "经济技术开发区", "高新区", "经开区", "开发区", "新区",
    "省", "市", "区", "县",
)
_MIN_PLACE_CHARS = 2


# --------------------------------------------------------------------------- #
# small value helpers
# --------------------------------------------------------------------------- #
def _is_null(x: Any) -> bool:
    if x is None:
        return True
    if isinstance(x, (str, list, tuple, dict, set)):
        return False
    try:
        res = pd.isna(x)
    except (TypeError, ValueError):
        return False
    return bool(res) if getattr(res, "shape", ()) == () else False


def _str_or_none(x: Any) -> str | None:
    if _is_null(x):
        return None
    s = str(x).strip()
    return s or None


def _float_or_none(x: Any) -> float | None:
    if _is_null(x):
        return None
    try:
        f = float(x)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def _iso_date(x: Any) -> str | None:
    """Any date-like (str, date, datetime, Timestamp, numpy datetime64) → 'YYYY-MM-DD'."""
    if _is_null(x):
        return None
    if isinstance(x, _dt.datetime):
        return x.date().isoformat()
    if isinstance(x, _dt.date):
        return x.isoformat()
    s = str(x).strip()
    if not s:
        return None
    try:
        return pd.Timestamp(s).date().isoformat()
    except (ValueError, TypeError):
        return s


def values_match(gold: Any, pred: Any, rel_tol: float = VALUE_REL_TOL) -> bool:
    """True when both are null, or both numbers and |pred-gold| <= rel_tol*|gold|."""
    g, p = _float_or_none(gold), _float_or_none(pred)
    if g is None or p is None:
        return g is None and p is None
    if g == p:
        return True
    # a hair of slack for float round-off of the boundary (1000 vs 1001)
    return abs(p - g) <= rel_tol * abs(g) * (1 + 1e-9)


def _norm_space(s: str | None) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", s)
    return "".join(ch for ch in s if not ch.isspace())


# --------------------------------------------------------------------------- #
# zones
# --------------------------------------------------------------------------- #
def _strip_place(name: str) -> str:
    for pre in _ZONE_PREFIXES:
        if name.startswith(pre) and len(name) - len(pre) >= _MIN_PLACE_CHARS:
            name = name[len(pre):]
    changed = True
    while changed:
        changed = False
        for suf in _ZONE_SUFFIXES:
            if name.endswith(suf) and len(name) - len(suf) >= _MIN_PLACE_CHARS:
                name = name[: -len(suf)]
                changed = True
                break
    return name


def zone_place_names(name: Any) -> list[str]:
    """The place names a zone name stands for (see module docstring)."""
    s = _norm_space(_str_or_none(name))
    if not s:
        return []
    parts: list[str] = []
    # '乌鲁木齐高新区(新市区)' → '乌鲁木齐高新区', '新市区'
    for chunk in s.replace("[", "(").replace("]", ")").replace("【", "(").replace("】", ")").split("("):
        for piece in chunk.split(")"):
            piece = piece.strip("、,;/ ")
            if piece:
                parts.append(piece)
    out: list[str] = []
    for p in parts:
        stripped = _strip_place(p)
        if stripped and stripped not in out:
            out.append(stripped)
    return out


def _places_share(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= _MIN_PLACE_CHARS and short in long_


def zone_matches(pred_zone: Any, gold_zones: Iterable[Any] | None) -> bool:
    """SPEC §7 zone rule; see the module docstring."""
    gold_list = [g for g in (gold_zones or []) if _str_or_none(g)]
    pred_places = zone_place_names(pred_zone)
    if not gold_list:
        return not pred_places
    if not pred_places:
        return False
    for g in gold_list:
        for gp in zone_place_names(g):
            for pp in pred_places:
                if _places_share(pp, gp):
                    return True
    return False


# --------------------------------------------------------------------------- #
# policies' titles
# --------------------------------------------------------------------------- #
def normalise_title(title: Any) -> str:
    """NFKC, then drop whitespace, punctuation (P*), symbols (S*) and controls."""
    s = _str_or_none(title)
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", s)
    return "".join(
        ch for ch in s
        if not ch.isspace() and unicodedata.category(ch)[0] not in ("P", "S", "C", "Z")
    )


# --------------------------------------------------------------------------- #
# loading
# --------------------------------------------------------------------------- #
def load_gold(path: str | Path) -> list[dict]:
    """Read a gold jsonl file (blank lines and lines starting with '#' are skipped)."""
    rows: list[dict] = []
    with open(path, encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not valid JSON: {exc}") from exc
    return rows


def _ok_articles(data_dir: Path) -> pd.DataFrame:
    path = data_dir / "articles.parquet"
    arts = pd.read_parquet(path)
    cols = [c for c in ("article_id", "source_name", "status") if c in arts.columns]
    arts = arts[cols].copy()
    if "status" in arts.columns:
        arts = arts[arts["status"].astype(str) == "ok"]
    return arts[["article_id", "source_name"]].drop_duplicates("article_id")


def _join_article(df: pd.DataFrame, arts: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    df = df.copy()
    for c in columns:
        if c not in df.columns:
            df[c] = None
    df["article_id"] = df["article_id"].astype(str)
    arts = arts.assign(article_id=arts["article_id"].astype(str))
    out = df.merge(arts, on="article_id", how="inner").rename(columns={"source_name": "article"})
    return out.reset_index(drop=True)


def load_predictions(data_dir: str | Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read ``measures.parquet`` and ``policies.parquet`` from *data_dir*.

    Both are inner-joined with the ``status == "ok"`` rows of ``articles.parquet``
    on ``article_id``; the article's ``source_name`` becomes column ``article``.
    A missing ``policies.parquet`` gives an empty policies frame.
    """
    data_dir = Path(data_dir)
    arts = _ok_articles(data_dir)
    mpath = data_dir / "measures.parquet"
    measures = pd.read_parquet(mpath) if mpath.exists() else pd.DataFrame(columns=MEASURE_COLUMNS)
    ppath = data_dir / "policies.parquet"
    policies = pd.read_parquet(ppath) if ppath.exists() else pd.DataFrame(columns=POLICY_COLUMNS)
    return (
        _join_article(measures, arts, MEASURE_COLUMNS),
        _join_article(policies, arts, POLICY_COLUMNS),
    )


# --------------------------------------------------------------------------- #
# assignment (Hungarian, exact with Python ints)
# --------------------------------------------------------------------------- #
def _max_weight_matching(n_left: int, n_right: int, weights: dict[tuple[int, int], int]) -> list[tuple[int, int]]:
    """Maximum-weight bipartite matching; *weights* holds the positive edges only.

    Returns (left, right) pairs that are edges.  O(n^3), exact integer arithmetic.
    """
    if not weights or n_left == 0 or n_right == 0:
        return []
    transpose = n_left > n_right
    n, m = (n_right, n_left) if transpose else (n_left, n_right)

    def cost(i: int, j: int) -> int:  # 1-based, rows i ≤ cols j
        key = (j - 1, i - 1) if transpose else (i - 1, j - 1)
        return -weights.get(key, 0)

    inf = float("inf")
    u = [0] * (n + 1)
    v = [0] * (m + 1)
    p = [0] * (m + 1)
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = inf
            j1 = 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost(i0, j) - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    pairs = []
    for j in range(1, m + 1):
        i = p[j]
        if i == 0:
            continue
        key = (j - 1, i - 1) if transpose else (i - 1, j - 1)
        if key in weights:
            pairs.append(key)
    return sorted(pairs)


def _lexicographic(levels_per_edge: dict[tuple[int, int], tuple[int, ...]], size_bound: int) -> dict[tuple[int, int], int]:
    """Encode per-edge tuples of small non-negative ints as one int so that the
    total over any matching compares lexicographically."""
    if not levels_per_edge:
        return {}
    top = max(max(t) for t in levels_per_edge.values())
    base = (top + 1) * (size_bound + 1) + 1
    out = {}
    for e, t in levels_per_edge.items():
        w = 0
        for x in t:
            w = w * base + x
        out[e] = w
    return out


# --------------------------------------------------------------------------- #
# measures
# --------------------------------------------------------------------------- #
def _prf(tp: int, fp: int, fn: int) -> dict:
    return {
        "precision": tp / (tp + fp) if tp + fp else None,
        "recall": tp / (tp + fn) if tp + fn else None,
        "f1": 2 * tp / (2 * tp + fp + fn) if (tp + fp + fn) else None,
    }


def _share(num: int, den: int) -> float | None:
    return num / den if den else None


def _gold_measure(row: dict, idx: int) -> dict:
    zone = row.get("zone")
    if zone is None:
        zones: list[str] = []
    elif isinstance(zone, str):
        zones = [zone] if zone.strip() else []
    else:
        zones = [str(z) for z in zone if _str_or_none(z)]
    return {
        "gold_index": idx,
        "article": _str_or_none(row.get("article")),
        "zone": zones,
        "category": _str_or_none(row.get("category")),
        "unit": _str_or_none(row.get("unit")),
        "value": _float_or_none(row.get("value")),
        "qualifier": _str_or_none(row.get("qualifier")),
        "basis": _str_or_none(row.get("basis")),
        "as_of": _iso_date(row.get("as_of")),
        "mention": _str_or_none(row.get("mention")),
        "optional": bool(row.get("optional") or False),
        "category_alt": _str_list(row.get("category_alt")),
        "as_of_unsure": bool(row.get("as_of_unsure") or False),
        "zone_null_ok": bool(row.get("zone_null_ok") or False),
        "note": _str_or_none(row.get("note")),
    }


def _str_list(x: Any) -> list[str]:
    """A gold or parquet field holding a list of strings (numpy arrays too), or one string
    with the items joined by `; ` (policies.aliases, like zones.aliases) -> strings."""
    if isinstance(x, str):
        return [s.strip() for s in x.split("; ") if s.strip()]
    if _is_null(x) or not hasattr(x, "__iter__"):
        return []
    return [s for s in (_str_or_none(v) for v in x) if s]


def _categories_compatible(g: dict, p: dict) -> bool:
    return p["category"] == g["category"] or p["category"] in g["category_alt"]


def _zone_ok(g: dict, p: dict) -> bool:
    """SPEC §7 zone rule, widened by the gold's ``zone_null_ok``."""
    if g["zone_null_ok"] and p["zone_name"] is None:
        return True
    return zone_matches(p["zone_name"], g["zone"])


def _field_agrees(g: dict, p: dict, field: str) -> bool:
    if field == "as_of" and g["as_of_unsure"]:
        return True
    return g[field] == p[field]


def _pred_measures(pred: pd.DataFrame | None) -> list[dict]:
    if pred is None or len(pred) == 0:
        return []
    recs = pred.to_dict("records")
    out = []
    for i, r in enumerate(recs):
        out.append({
            "pred_index": i,
            "measure_id": _str_or_none(r.get("measure_id")),
            "article": _str_or_none(r.get("article")),
            "zone_name": _str_or_none(r.get("zone_name")),
            "category": _str_or_none(r.get("category")),
            "unit": _str_or_none(r.get("unit")),
            "value": _float_or_none(r.get("value")),
            "qualifier": _str_or_none(r.get("qualifier")),
            "basis": _str_or_none(r.get("basis")),
            "as_of": _iso_date(r.get("as_of")),
            "mention": _str_or_none(r.get("mention")),
            "sentence": _str_or_none(r.get("sentence")),
            "span_start": None if _is_null(r.get("span_start")) else int(r.get("span_start")),
            # written by the zone attribution when the build has them; shown with zone disagreements
            "zone_rule": _str_or_none(r.get("zone_rule")),
            "zone_candidates": _str_or_none(r.get("zone_candidates")),
        })
    return out


def _group_matchings(golds: list[dict], preds: list[dict]):
    """Return (lenient_pairs, strict_pairs) as lists of (gold_index, pred_index)."""
    lenient_levels: dict[tuple[int, int], tuple[int, ...]] = {}
    strict_levels: dict[tuple[int, int], tuple[int, ...]] = {}
    for gi, g in enumerate(golds):
        g_mention = _norm_space(g["mention"])
        for pi, p in enumerate(preds):
            if not _categories_compatible(g, p) or not values_match(g["value"], p["value"]):
                continue
            required = 0 if g["optional"] else 1
            zone_ok = 1 if _zone_ok(g, p) else 0
            hint = (
                int(p["category"] == g["category"])
                + int(g["qualifier"] == p["qualifier"])
                + int(g["basis"] == p["basis"])
                + int(_field_agrees(g, p, "as_of"))
                + int(bool(g_mention) and g_mention in _norm_space(p["sentence"]))
                + int(bool(p["mention"]) and _norm_space(p["mention"]) in g_mention)
            )
            lenient_levels[(gi, pi)] = (required, 1, required * zone_ok, zone_ok, hint)
            if zone_ok:
                strict_levels[(gi, pi)] = (required, 1, hint)
    bound = min(len(golds), len(preds))
    lenient = _max_weight_matching(len(golds), len(preds), _lexicographic(lenient_levels, bound))
    strict = _max_weight_matching(len(golds), len(preds), _lexicographic(strict_levels, bound))
    return lenient, strict


def _value_hint(g: dict, preds_same_article: list[dict]) -> str | None:
    """For a miss: say how predictions with the same value were labelled."""
    seen = []
    for p in preds_same_article:
        if g["value"] is not None and values_match(g["value"], p["value"]):
            lab = f"{p['category']}/{p['unit']}"
            if lab not in seen:
                seen.append(lab)
    if seen:
        return "same value predicted as " + ", ".join(seen)
    return None


def score_measures(gold_rows: list[dict], pred: pd.DataFrame | None) -> dict:
    """Score predicted measures against gold rows (see the module docstring).

    *pred* needs columns ``article, zone_name, category, unit, value, qualifier,
    basis, as_of, mention, sentence`` (as produced by :func:`load_predictions`).
    Returns the scores plus ``misses``, ``spurious`` and ``disagreements`` lists.
    """
    golds = [_gold_measure(r, i) for i, r in enumerate(gold_rows)]
    preds = _pred_measures(pred)

    groups: dict[tuple, tuple[list[dict], list[dict]]] = defaultdict(lambda: ([], []))
    # one group per article and unit: a gold row's category_alt lets it match across categories
    for g in golds:
        groups[(g["article"], g["unit"])][0].append(g)
    for p in preds:
        groups[(p["article"], p["unit"])][1].append(p)

    lenient_pairs: list[tuple[dict, dict]] = []
    strict_pairs: list[tuple[dict, dict]] = []
    for key in sorted(groups, key=lambda k: tuple("" if x is None else x for x in k)):
        gs, ps = groups[key]
        if not gs or not ps:
            continue
        lp, sp = _group_matchings(gs, ps)
        lenient_pairs += [(gs[a], ps[b]) for a, b in lp]
        strict_pairs += [(gs[a], ps[b]) for a, b in sp]

    def counts(pairs, category=None):
        """(tp, fp, fn, neutral): hits and misses by the gold row's category, false
        positives and neutral predictions by the prediction's (they differ under category_alt)."""
        def of(row):
            return category is None or row["category"] == category

        n_req = sum(1 for g in golds if of(g) and not g["optional"])
        tp = sum(1 for g, _ in pairs if of(g) and not g["optional"])
        neutral = sum(1 for g, p in pairs if of(p) and g["optional"])
        fp = sum(1 for p in preds if of(p)) - sum(1 for _, p in pairs if of(p))
        return tp, fp, n_req - tp, neutral

    tp, fp, fn, neutral = counts(lenient_pairs)
    stp, sfp, sfn, _ = counts(strict_pairs)
    overall = _prf(tp, fp, fn)
    strict = _prf(stp, sfp, sfn)

    tp_pairs = [(g, p) for g, p in lenient_pairs if not g["optional"]]
    agree = {
        f: sum(1 for g, p in tp_pairs if _field_agrees(g, p, f)) for f in ("qualifier", "basis", "as_of")
    }
    zone_agree = sum(1 for g, p in tp_pairs if _zone_ok(g, p))

    categories = sorted({g["category"] for g in golds if g["category"]} | {p["category"] for p in preds if p["category"]})
    per_category = {}
    for c in categories:
        ctp, cfp, cfn, _ = counts(lenient_pairs, c)
        cstp, csfp, csfn, _ = counts(strict_pairs, c)
        lp = _prf(ctp, cfp, cfn)
        sp = _prf(cstp, csfp, csfn)
        per_category[c] = {
            "precision": lp["precision"], "recall": lp["recall"], "f1": lp["f1"],
            "strict_precision": sp["precision"], "strict_recall": sp["recall"], "strict_f1": sp["f1"],
            "tp": ctp, "fp": cfp, "fn": cfn,
            "strict_tp": cstp, "strict_fp": csfp, "strict_fn": csfn,
        }

    matched_gold = {id(g) for g, _ in lenient_pairs}
    matched_pred = {id(p) for _, p in lenient_pairs}
    preds_by_article: dict[str | None, list[dict]] = defaultdict(list)
    for p in preds:
        preds_by_article[p["article"]].append(p)
    golds_by_key: dict[tuple, list[dict]] = defaultdict(list)
    for g in golds:
        for c in [g["category"], *g["category_alt"]]:
            golds_by_key[(g["article"], c, g["unit"])].append(g)

    misses = []
    for g in golds:
        if g["optional"] or id(g) in matched_gold:
            continue
        misses.append({
            "article": g["article"], "zone": g["zone"], "category": g["category"],
            "unit": g["unit"], "value": g["value"], "qualifier": g["qualifier"],
            "mention": g["mention"], "hint": _value_hint(g, preds_by_article.get(g["article"], [])),
        })

    spurious = []
    for p in preds:
        if id(p) in matched_pred:
            continue
        same = golds_by_key.get((p["article"], p["category"], p["unit"]), [])
        if same:
            hint = "gold values for this article/category/unit: " + "; ".join(
                _fmt_value(g["value"]) for g in same
            )
        else:
            hint = "no gold row with this article/category/unit"
        spurious.append({
            "article": p["article"], "zone_name": p["zone_name"], "category": p["category"],
            "unit": p["unit"], "value": p["value"], "qualifier": p["qualifier"],
            "mention": p["mention"], "sentence": p["sentence"], "hint": hint,
        })

    disagreements = []
    for g, p in tp_pairs:
        diffs = {}
        for f in ("qualifier", "basis", "as_of"):
            if not _field_agrees(g, p, f):
                diffs[f] = {"gold": g[f], "pred": p[f]}
        if not _zone_ok(g, p):
            diffs["zone"] = {"gold": g["zone"], "pred": p["zone_name"]}
            # how the build decided, when it records it: the rule that won and who competed
            diffs["zone"].update({k: p[k] for k in ("zone_rule", "zone_candidates") if p[k] is not None})
        if diffs:
            disagreements.append({
                "article": g["article"], "category": g["category"], "unit": g["unit"],
                "value": g["value"], "gold_mention": g["mention"], "pred_mention": p["mention"],
                "sentence": p["sentence"], "fields": diffs,
            })

    return {
        "precision": overall["precision"],
        "recall": overall["recall"],
        "f1": overall["f1"],
        "strict_precision": strict["precision"],
        "strict_recall": strict["recall"],
        "strict_f1": strict["f1"],
        "qualifier_agreement": _share(agree["qualifier"], len(tp_pairs)),
        "basis_agreement": _share(agree["basis"], len(tp_pairs)),
        "as_of_agreement": _share(agree["as_of"], len(tp_pairs)),
        "zone_agreement": _share(zone_agree, len(tp_pairs)),
        "tp": tp, "fp": fp, "fn": fn,
        "strict_tp": stp, "strict_fp": sfp, "strict_fn": sfn,
        "n_gold": sum(1 for g in golds if not g["optional"]),
        "n_gold_optional": sum(1 for g in golds if g["optional"]),
        "n_pred": len(preds),
        "n_matched_optional": neutral,
        "per_category": per_category,
        "misses": misses,
        "spurious": spurious,
        "disagreements": disagreements,
    }


# --------------------------------------------------------------------------- #
# policies
# --------------------------------------------------------------------------- #
def _policy_names(r: dict) -> tuple[str, set[str]]:
    """A predicted policy's normalised title and the normalised other names it carries."""
    title = normalise_title(r.get("title"))
    return title, {normalise_title(a) for a in _str_list(r.get("aliases"))} - {"", title}


def score_policies(gold_rows: list[dict], pred: pd.DataFrame | None) -> dict:
    """Match policies on article and normalised title (or alias), one to one."""
    golds_by_article: dict[str | None, list[dict]] = defaultdict(list)
    for r in gold_rows:
        golds_by_article[_str_or_none(r.get("article"))].append(r)
    recs = [] if pred is None or len(pred) == 0 else pred.to_dict("records")
    preds_by_article: dict[str | None, list[dict]] = defaultdict(list)
    for r in recs:
        preds_by_article[_str_or_none(r.get("article"))].append(r)

    tp = fp = fn = neutral = 0
    misses, spurious = [], []
    for article in sorted(set(golds_by_article) | set(preds_by_article), key=lambda a: a or ""):
        gs, ps = golds_by_article.get(article, []), preds_by_article.get(article, [])
        levels = {}
        for pi, p in enumerate(ps):
            title, aliases = _policy_names(p)
            for gi, g in enumerate(gs):
                key = normalise_title(g.get("title"))
                if key and (key == title or key in aliases):
                    # required rows first, then optional ones, then a title hit over an alias hit
                    levels[(gi, pi)] = (0 if g.get("optional") else 1, 1, int(key == title))
        pairs = _max_weight_matching(len(gs), len(ps), _lexicographic(levels, min(len(gs), len(ps))))
        matched_g, matched_p = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
        for gi, g in enumerate(gs):
            if gi in matched_g:
                neutral += bool(g.get("optional"))
                tp += not g.get("optional")
            elif not g.get("optional"):
                fn += 1
                misses.append({"article": g.get("article"), "title": g.get("title")})
        for pi, p in enumerate(ps):
            if pi not in matched_p:
                fp += 1
                spurious.append({
                    "article": _str_or_none(p.get("article")), "title": _str_or_none(p.get("title")),
                    "mention": _str_or_none(p.get("mention")),
                })
    res = _prf(tp, fp, fn)
    res.update({
        "tp": tp, "fp": fp, "fn": fn,
        "n_gold": sum(1 for r in gold_rows if not r.get("optional")), "n_pred": len(recs),
        "n_matched_optional": neutral,
        "misses": misses, "spurious": spurious,
    })
    return res


# --------------------------------------------------------------------------- #
# report
# --------------------------------------------------------------------------- #
def _jsonable(x: Any) -> Any:
    if isinstance(x, dict):
        return {str(k): _jsonable(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_jsonable(v) for v in x]
    if isinstance(x, float):
        return None if math.isnan(x) or math.isinf(x) else x
    if isinstance(x, (str, int, bool)) or x is None:
        return x
    if isinstance(x, (_dt.date, _dt.datetime, pd.Timestamp)):
        return _iso_date(x)
    if hasattr(x, "item"):  # numpy scalar
        return _jsonable(x.item())
    if _is_null(x):
        return None
    return str(x)


def evaluate(gold_rows: list[dict], measures: pd.DataFrame, gold_policy_rows: list[dict] | None = None,
             policies: pd.DataFrame | None = None) -> dict:
    """All scores in the report layout used by :func:`main`."""
    m = score_measures(gold_rows, measures)
    misses = m.pop("misses")
    spurious = m.pop("spurious")
    disagreements = m.pop("disagreements")
    pol = score_policies(gold_policy_rows, policies) if gold_policy_rows is not None else None
    return _jsonable({
        "measures": m,
        "policies": pol,
        "misses": misses,
        "spurious": spurious,
        "disagreements": disagreements,
    })


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in s)


def _pad(s: str, w: int) -> str:
    return s + " " * max(0, w - _width(s))


def _fmt(x: Any) -> str:
    if x is None:
        return "-"
    if isinstance(x, float):
        return f"{x:.3f}"
    return str(x)


def _fmt_value(v: Any) -> str:
    if v is None:
        return "null"
    if float(v).is_integer() and abs(v) < 1e15:
        return f"{int(v):,}"
    return f"{v:.6g}"


def _zone_decision(zone_diff: dict | None) -> list[str]:
    """The lines saying how the build chose a disagreeing zone, when the build recorded it."""
    if not zone_diff:
        return []
    return [f"    {k}: {zone_diff[k]}" for k in ("zone_rule", "zone_candidates") if zone_diff.get(k)]


def format_table(report: dict) -> str:
    """A readable rendering of :func:`evaluate`'s report."""
    m = report["measures"]
    lines = [
        f"measures  lenient  P {_fmt(m['precision'])}  R {_fmt(m['recall'])}  F1 {_fmt(m['f1'])}"
        f"   (tp {m['tp']}, fp {m['fp']}, fn {m['fn']})",
        f"          strict   P {_fmt(m['strict_precision'])}  R {_fmt(m['strict_recall'])}  "
        f"F1 {_fmt(m['strict_f1'])}   (tp {m['strict_tp']}, fp {m['strict_fp']}, fn {m['strict_fn']})",
        f"          agreement on {m['tp']} matched rows: qualifier {_fmt(m['qualifier_agreement'])}  "
        f"basis {_fmt(m['basis_agreement'])}  as_of {_fmt(m['as_of_agreement'])}  zone {_fmt(m['zone_agreement'])}",
        f"          {m['n_pred']} predictions, {m['n_gold']} gold rows (+{m['n_gold_optional']} optional, "
        f"{m['n_matched_optional']} matched)",
    ]
    p = report.get("policies")
    if p is not None:
        lines.append(
            f"policies           P {_fmt(p['precision'])}  R {_fmt(p['recall'])}  F1 {_fmt(p['f1'])}"
            f"   (tp {p['tp']}, fp {p['fp']}, fn {p['fn']})"
        )
    else:
        lines.append("policies           (no gold policies file)")
    lines.append("")
    header = ["category", "P", "R", "F1", "tp", "fp", "fn", "strict P", "strict R", "strict F1"]
    rows = [header]
    for c, s in m["per_category"].items():
        rows.append([c, _fmt(s["precision"]), _fmt(s["recall"]), _fmt(s["f1"]), str(s["tp"]), str(s["fp"]),
                     str(s["fn"]), _fmt(s["strict_precision"]), _fmt(s["strict_recall"]), _fmt(s["strict_f1"])])
    widths = [max(_width(r[i]) for r in rows) for i in range(len(header))]
    for r in rows:
        lines.append("  ".join(_pad(x, w) for x, w in zip(r, widths)).rstrip())

    def section(title: str, items: list, render) -> None:
        lines.append("")
        lines.append(f"{title} ({len(items)})")
        for it in items:
            lines.extend("  " + s for s in render(it))

    section("misses: gold rows not found", report["misses"], lambda r: [
        f"- {r['article']}  {r['category']}/{r['unit']}  {_fmt_value(r['value'])}  "
        f"zone {'/'.join(r['zone']) or 'null'}  「{r['mention']}」"
        + (f"  [{r['hint']}]" if r.get("hint") else "")
    ])
    section("spurious: predictions not in gold", report["spurious"], lambda r: [
        f"- {r['article']}  {r['zone_name'] or 'null'}  {r['category']}/{r['unit']}  {_fmt_value(r['value'])}"
        f"  「{r['mention']}」  [{r['hint']}]",
        f"    {r['sentence'] or ''}",
    ])
    section("disagreements on matched rows", report["disagreements"], lambda r: [
        f"- {r['article']}  {r['category']}/{r['unit']}  {_fmt_value(r['value'])}  「{r['gold_mention']}」  "
        + "; ".join(f"{k}: gold {v['gold']!s} vs pred {v['pred']!s}" for k, v in r["fields"].items()),
        *_zone_decision(r["fields"].get("zone")),
    ])
    if p is not None:
        section("policy misses", p["misses"], lambda r: [f"- {r['article']}  《{r['title']}》"])
        section("policy spurious", p["spurious"], lambda r: [f"- {r['article']}  《{r['title']}》"])
    return "\n".join(lines)


def _want_json(as_json: Any, stream) -> bool:
    if isinstance(as_json, str):
        fmt = as_json.strip().lower()
        if fmt in ("json",):
            return True
        if fmt in ("table", "text"):
            return False
        if fmt in ("", "auto"):
            as_json = None
        else:
            raise ValueError(f"unknown format {as_json!r}: use 'json' or 'table'")
    if as_json is None:
        try:
            return not stream.isatty()
        except (AttributeError, ValueError):
            return True
    return bool(as_json)


def summary_line(report: dict) -> str:
    """The headline scores on one line."""
    m = report["measures"]
    line = (f"measures F1 {_fmt(m.get('f1'))} strict F1 {_fmt(m.get('strict_f1'))} "
            f"(P {_fmt(m.get('strict_precision'))} R {_fmt(m.get('strict_recall'))}), "
            f"qualifier {_fmt(m.get('qualifier_agreement'))} basis {_fmt(m.get('basis_agreement'))} "
            f"as_of {_fmt(m.get('as_of_agreement'))}")
    if report.get("policies"):
        line += f"; policies F1 {_fmt(report['policies'].get('f1'))}"
    return line


def main(gold_path: str | Path, data_dir: str | Path, gold_policies_path: str | Path | None = None,
         as_json: bool | str | None = None) -> int:
    """Score *data_dir* against *gold_path* and print the report.

    *gold_policies_path* defaults to ``<gold stem>_policies.jsonl`` beside the
    gold file (skipped when absent).  *as_json*: ``True``/``"json"`` → JSON,
    ``False``/``"table"`` → table, ``None`` → table on a terminal, else JSON.
    JSON is pretty-printed (indent=1, ensure_ascii=False), summary keys first.
    """
    gold_path = Path(gold_path)
    if gold_policies_path is None:
        cand = gold_path.with_name(f"{gold_path.stem}_policies.jsonl")
        gold_policies_path = cand if cand.exists() else None
    gold = load_gold(gold_path)
    gold_pol = load_gold(gold_policies_path) if gold_policies_path is not None else None
    measures, policies = load_predictions(data_dir)
    report = evaluate(gold, measures, gold_pol, policies)
    report["summary"] = summary_line(report)  # last key: the one line a log tail shows
    out = sys.stdout
    if _want_json(as_json, out):
        out.write(json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    else:
        out.write(format_table(report) + "\n")
    out.flush()
    return 0


if __name__ == "__main__":  # pragma: no cover
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--gold-policies")
    ap.add_argument("--format", choices=["json", "table"])
    a = ap.parse_args()
    raise SystemExit(main(a.gold, a.data, a.gold_policies, a.format))
