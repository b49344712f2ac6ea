"""Output tables -> report.html, a first look at one build.

Promise: one self-contained file that works offline — inline CSS, inline SVG charts (drawn
by pipeline/charts.py), a small inline script for filtering, no network, no embedded font (the
reader's system fonts draw the Chinese) — with the same bytes for the same tables (no
timestamps) and every piece of text escaped. It shows what was built, a per-zone overview
with every money category, charts, a quality panel, and the evidence: each measure in its
sentence with the value highlighted and a link to its source.

Large builds stay usable: the zone table shows the top zones and searches all of them;
the evidence view holds a bounded sample per zone and says how to query the rest.
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

import pandas as pd

import schemas
from pipeline import charts
from pipeline.memory import return_freed_memory

TOP_ZONES = 30               # zone rows shown before a search
MAX_ZONE_ROWS = 5_000        # zone rows written at all (search finds these)
HEATMAP_ZONES = 25
EVIDENCE_PER_ZONE = 50       # evidence rows written per zone ...
EVIDENCE_LIMIT = 3_000       # ... and in all
EVIDENCE_SHOWN = 150         # rows shown at once in the evidence view
# Rates the rate chart draws at most: past this, every k-th rate in the measures' order, so
# that an archive's report stays a page (each rate is an SVG element) and is drawn quickly.
RATE_POINTS_DRAWN = 20_000
NO_ZONE = "(no zone named)"

# Display names: the report speaks to readers of Chinese sources.
CATEGORY_LABELS = {
    "subsidy": "subsidy 补贴",
    "loan": "loan 贷款",
    "guarantee": "guarantee 担保",
    "interest_subsidy": "interest subsidy 贴息",
    "tax_fee_relief": "tax & fee relief 减税降费",
    "rent_relief": "rent relief 减免租金",
    "fund": "fund 专项资金",
    "in_kind": "in kind 物资",
    "return_to_work_rate": "return-to-work rate 复工率",
    "capacity_recovery_rate": "capacity recovery 产能恢复",
    "enterprises_resumed": "enterprises resumed 复工企业",
    "workers_returned": "workers returned 返岗人数",
}
ZONE_TYPE_LABELS = {"high_tech_zone": "高新区", "economic_development_zone": "经开区", "new_area": "新区",
                    "free_trade_zone": "自贸区", "district": "区", "county": "县", "city": "市", "other": "other"}
QUALIFIER_SIGNS = {"exact": "", "approx": "≈ ", "more_than": "> ", "at_least": "≥ ", "at_most": "≤ ",
                   "less_than": "< "}
UNIT_LABELS = {"enterprises": "enterprises", "projects": "projects", "persons": "persons", "items": "items",
               "CNY": "CNY", "USD": "USD", "CNY/person/day": "CNY/person/day",
               "CNY/person/month": "CNY/person/month", "CNY/person": "CNY/person", "CNY/year": "CNY/year"}

_CSS = """
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --accent: #0072B2; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "PingFang SC",
       "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", system-ui, sans-serif;
       margin: 0; color: var(--ink); line-height: 1.45; background: #fff; }
header.top { background: #0b3d62; color: #fff; padding: 1.2em 2em 1em; }
header.top h1 { margin: 0 0 0.2em; font-size: 1.55em; }
header.top p { margin: 0.2em 0; color: #d7e6f2; font-size: 0.92em; }
header.top a { color: #fff; }
header.top code { background: rgba(255, 255, 255, 0.16); color: #fff; }
nav { position: sticky; top: 0; z-index: 5; background: #fff; border-bottom: 1px solid var(--line);
      padding: 0.45em 2em; font-size: 0.92em; }
nav a { margin-right: 1.2em; color: var(--accent); text-decoration: none; }
main { padding: 0 1.5em 3em; max-width: 100em; }
h2 { font-size: 1.3em; margin: 1.8em 0 0.5em; padding-bottom: 0.2em; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05em; margin: 1.3em 0 0.4em; }
.cards { display: flex; flex-wrap: wrap; gap: 0.8em; margin: 1em 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 0.55em 1em; min-width: 8.5em; background: var(--soft); }
.card b { display: block; font-size: 1.45em; font-variant-numeric: tabular-nums; }
.card span { color: var(--muted); font-size: 0.85em; }
table { border-collapse: collapse; font-size: 0.88em; margin: 0.4em 0 0.8em; }
th, td { border-bottom: 1px solid var(--line); padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
thead th { background: var(--soft); vertical-align: bottom; }
td.zone, td.nowrap { white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr:hover td { background: #fbfcfd; }
.note { color: var(--muted); font-size: 0.88em; max-width: 60em; }
.warn { border-left: 4px solid #E69F00; background: #fff8e6; padding: 0.5em 0.9em; max-width: 60em; font-size: 0.9em; }
.scroll { overflow-x: auto; }
.chart { margin: 0.6em 0 1.4em; }
.chart svg { display: block; }
.controls { display: flex; flex-wrap: wrap; gap: 0.7em; align-items: center; margin: 0.6em 0; font-size: 0.9em; }
.controls input, .controls select { font: inherit; padding: 0.25em 0.4em; border: 1px solid var(--line); border-radius: 4px; }
.controls input[type=search] { min-width: 18em; }
mark { background: #ffe066; padding: 0 0.1em; border-radius: 2px; font-weight: 600; }
td.sentence { max-width: 46em; }
.tag { display: inline-block; font-size: 0.78em; color: var(--muted); border: 1px solid var(--line);
       border-radius: 3px; padding: 0 0.3em; margin-left: 0.3em; white-space: nowrap; }
.src { font-size: 0.85em; color: var(--muted); }
.src a { color: var(--accent); }
button.zone { font: inherit; background: none; border: none; padding: 0; color: var(--accent); cursor: pointer; text-align: left; }
button.zone:hover { text-decoration: underline; }
code { font-size: 0.92em; background: var(--soft); padding: 0 0.2em; border-radius: 3px; }
footer { color: var(--muted); font-size: 0.85em; border-top: 1px solid var(--line); margin-top: 3em; padding-top: 1em; }
"""

# Filters: zone table search, evidence filter by zone / category / text. No network, no libraries.
_SCRIPT = """
"use strict";
(function () {
  function norm(s) { return (s || "").toLowerCase().replace(/\\s+/g, ""); }
  function rows(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }

  var zoneTable = document.getElementById("zone-table");
  if (zoneTable) {
    var zoneSearch = document.getElementById("zone-search");
    var zoneRows = rows("#zone-table tbody tr");
    var zoneCount = document.getElementById("zone-count");
    var topZones = parseInt(zoneTable.dataset.top, 10);
    var filterZones = function () {
      var q = norm(zoneSearch.value), shown = 0;
      zoneRows.forEach(function (row, i) {
        var hit = q ? norm(row.dataset.search).indexOf(q) >= 0 : i < topZones;
        row.hidden = !hit;
        if (hit) { shown += 1; }
      });
      zoneCount.textContent = q ? shown + " of " + zoneRows.length + " zones match"
        : (shown < zoneRows.length ? "top " + shown + " of " + zoneRows.length
           + " zones by number of measures; search to find the others" : zoneRows.length + " zones");
    };
    zoneSearch.addEventListener("input", filterZones);
    filterZones();
  }

  var evidence = document.getElementById("evidence");
  if (evidence) {
    var zoneSelect = document.getElementById("ev-zone");
    var categorySelect = document.getElementById("ev-category");
    var textSearch = document.getElementById("ev-search");
    var evRows = rows("#evidence tbody tr");
    var evCount = document.getElementById("ev-count");
    var limit = parseInt(evidence.dataset.shown, 10);
    var filterEvidence = function () {
      var zone = zoneSelect.value, category = categorySelect.value, q = norm(textSearch.value);
      var matching = 0;
      evRows.forEach(function (row) {
        var hit = (!zone || row.dataset.zone === zone) && (!category || row.dataset.category === category)
                  && (!q || norm(row.textContent).indexOf(q) >= 0);
        if (hit) { matching += 1; }
        row.hidden = !(hit && matching <= limit);
      });
      evCount.textContent = matching > limit
        ? "showing " + limit + " of " + matching + " matching measures; narrow the filter to see the others"
        : matching + " matching measures";
    };
    [zoneSelect, categorySelect].forEach(function (el) { el.addEventListener("change", filterEvidence); });
    textSearch.addEventListener("input", filterEvidence);
    rows("button.zone").forEach(function (button) {
      button.addEventListener("click", function () {
        zoneSelect.value = button.dataset.zone;
        categorySelect.value = "";
        textSearch.value = "";
        filterEvidence();
        document.getElementById("evidence-view").scrollIntoView();
      });
    });
    filterEvidence();
  }
  document.body.dataset.ready = "1";
})();
"""


# --------------------------------------------------------------------------- formatting


def _number(value: object, digits: int = 0) -> str:
    return "–" if value is None or pd.isna(value) else f"{float(value):,.{digits}f}"


def _wan(value: object) -> str:
    """Yuan as 万元 (the unit Chinese sources state amounts in), for tables."""
    if value is None or pd.isna(value):
        return "–"
    wan = float(value) / 1e4
    return f"{wan:,.0f}" if wan >= 10 else f"{wan:,.2f}".rstrip("0").rstrip(".")


def _percent(part: int, whole: int) -> str:
    return "–" if whole == 0 else f"{100.0 * part / whole:.1f}%"


def _date(value: object) -> str:
    if type(value) is _dt.date:  # what DuckDB and Arrow give: already the date (thousands of cells)
        return value.isoformat()
    return "–" if value is None or pd.isna(value) else pd.Timestamp(value).date().isoformat()


def _plain(number: float) -> str:
    """A number with thousands separators and at most 4 decimals, no trailing zeros, never 1e+05."""
    text = f"{number:,.4f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


def format_value(value: object, unit: str, qualifier: str) -> str:
    """A measure's value as a reader checks it against its sentence (`≥ 90%`, `≈ 4,500 persons`,
    `97,830万元`): money in 万元 from 10,000 yuan up, the unit Chinese sources write."""
    sign = QUALIFIER_SIGNS.get(str(qualifier), "")
    if value is None or pd.isna(value):
        return "digits lost"
    value = float(value)
    if unit == "ratio":
        return f"{sign}{_plain(100 * value)}%"
    if unit.startswith("CNY"):
        amount = f"{_plain(value / 1e4)}万元" if value >= 1e4 else f"{_plain(value)}元"
        per = unit[len("CNY"):].replace("/", " per ").replace("person", "person").strip()
        return f"{sign}{amount}" + (f" {per}" if per else "")
    if unit == "USD":
        return f"{sign}{_plain(value)} USD"
    return f"{sign}{_plain(value)} {UNIT_LABELS.get(unit, unit)}"


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]], numeric: set[int] = frozenset(),
           table_id: str | None = None) -> str:
    if not rows:
        return '<p class="note">None.</p>'
    head = "".join(
        f'<th class="num">{escape(h)}</th>' if i in numeric else f"<th>{escape(h)}</th>"
        for i, h in enumerate(headers)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num">{escape(str(v))}</td>' if i in numeric else f"<td>{escape(str(v))}</td>"
            for i, v in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    ident = f' id="{table_id}"' if table_id else ""
    return f'<div class="scroll"><table{ident}><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>'


def _zone_label(name: object) -> str:
    return NO_ZONE if name is None or pd.isna(name) else str(name)


def _category_label(category: str) -> str:
    return CATEGORY_LABELS.get(category, category)


@functools.cache  # a dozen categories, thousands of evidence rows
def _category_header(category: str) -> str:
    """`guarantee<br>担保`: two short lines keep the money columns narrow."""
    english, _, chinese = _category_label(category).rpartition(" ")
    return f"{escape(english)}<br>{escape(chinese)}" if english else escape(chinese)


def _zones_last_unnamed(names: list[str]) -> list[str]:
    """Named zones in the given order, the no-zone group last."""
    return [n for n in names if n != NO_ZONE] + [n for n in names if n == NO_ZONE]


# --------------------------------------------------------------------------- what the page shows


@dataclass
class ReportData:
    """Everything the sections show, small whatever the size of the build: counts,
    aggregates and bounded samples. Made from tables in memory (`_data_from_tables`) or from
    a build's Parquet files (`_data_from_parquet`); the same tables give equal data."""

    n_articles: int
    n_ok: int
    published: tuple[object, object] | None     # first and last publication date, if any
    as_of: tuple[object, object] | None         # first and last as_of date, if any
    n_measures: int
    n_policies: int
    n_quarantine: int
    zone_summary: pd.DataFrame                  # one row per zone: small, whole
    zones: pd.DataFrame
    category_counts: dict[str, int]             # measures per category
    zone_counts: dict[str, int]                 # measures per zone label (NO_ZONE for none)
    heat_counts: dict[tuple[str, str], int]     # measures per (zone, category) of the heatmap's zones
    rates: pd.DataFrame                         # _rates_frame: the return-to-work rates drawn
    n_rates: int                                # rates with a zone, drawn or not (see RATE_POINTS_DRAWN)
    money_strips: list[charts.MoneyStrip]
    evidence: list[dict[str, object]]           # the evidence sample, in its order, with `_zone`
    cited: dict[str, dict[str, object]]         # article_id -> the cited article's source fields and text
    rejected_rows: list[tuple[object, object, object]]   # (source_path, source_name, error), sorted
    noise: list[tuple[str, int]]
    n_no_zone: int
    n_value_null: int
    no_zone_by_category: dict[str, int]
    check_counts: dict[str, int]                # quarantined rows per failed check
    quarantine_sample: list[tuple[object, ...]]  # the first 20: article, category, mention, value, check


EVIDENCE_COLUMNS = ("article_id", "category", "basis", "subject", "value", "unit", "qualifier", "as_of",
                    "sentence", "mention", "span_start", "span_end")
SOURCE_COLUMNS = ("article_id", "title", "url", "source_name", "source_path", "published_date", "text")
QUARANTINE_SAMPLE = 20


def _noise_rows(romanisation: int, spaces: int, lines: int, missing_digits: int, duplicates: int,
                without_measure: int, with_url: int) -> list[tuple[str, int]]:
    return [
        ("pinyin insertions removed", int(romanisation)),
        ("spaces removed inside Chinese text", int(spaces)),
        ("broken lines rejoined", int(lines)),
        ("articles whose digits were lost upstream", int(missing_digits)),
        ("inputs folded as byte-identical duplicates", int(duplicates)),
        ("ok articles without any measure", int(without_measure)),
        ("articles with a source URL", int(with_url)),
    ]


# --------------------------------------------------------------------------- sections


def _header(data: ReportData, version: str, origin: Mapping[str, str]) -> str:
    period = []
    if data.published is not None:
        period.append(f"articles published {_date(data.published[0])} to {_date(data.published[1])}")
    if data.as_of is not None:
        period.append(f"figures as of {_date(data.as_of[0])} to {_date(data.as_of[1])}")
    fingerprint = origin.get("zone_measures_input_fingerprint", "")
    resources = origin.get("zone_measures_resource_hash", "")
    provenance = (
        f"Pipeline version {escape(str(version))}"
        + (f" · input fingerprint <code title=\"{escape(fingerprint)}\">{escape(fingerprint[:12])}</code>"
           if fingerprint else "")
        + (f" · resources <code title=\"{escape(resources)}\">{escape(resources[:12])}</code>" if resources else "")
    )
    return (
        '<header class="top"><h1>Zone support measures: build report</h1>'
        f"<p>{provenance}</p>"
        f"<p>{escape('; '.join(period)) if period else 'No dates stated.'}</p>"
        '<p>Column meanings: <a href="codebook.md">codebook.md</a>. Tables: '
        + ", ".join(f'<a href="{n}.parquet">{n}.parquet</a>' for n in schemas.TABLES)
        + ". The same input gives the same report, byte for byte.</p></header>"
        '<nav><a href="#built">What was built</a><a href="#zones">Zones</a><a href="#charts">Charts</a>'
        '<a href="#evidence-view">Evidence</a><a href="#quality">Quality</a></nav><main>'
        '<h2 id="built">What was built</h2><div class="cards">'
        + "".join(
            f"<div class=\"card\"><b>{value}</b><span>{escape(label)}</span></div>"
            for value, label in (
                (f"{data.n_articles:,}", "articles read"),
                (f"{data.n_ok:,}", "articles ok"),
                (f"{data.n_articles - data.n_ok:,}", "rejected"),
                (f"{data.n_measures:,}", "measures"),
                (f"{len(data.zone_summary):,}", "zones with measures"),
                (f"{data.n_policies:,}", "policies"),
                (f"{data.n_quarantine:,}", "quarantined rows"),
            )
        )
        + "</div>"
    )


def _zones_section(summary: pd.DataFrame, zones: pd.DataFrame) -> str:
    ordered = summary.sort_values(["n_measures", "zone_id"], ascending=[False, True], kind="stable")
    n_zones = len(ordered)
    ordered = ordered.head(MAX_ZONE_ROWS).merge(
        zones[["zone_id", "zone_type", "province", "city", "aliases"]].astype(object), on="zone_id", how="left")
    money = list(schemas.MONEY_CATEGORIES)
    head = (
        "<tr><th>zone</th><th>type</th><th>province · city</th><th class=\"num\">measures</th>"
        "<th class=\"num\">latest<br>return-to-work</th><th>as of</th>"
        + "".join(f'<th class="num">{_category_header(c)}</th>' for c in money)
        + "</tr>"
    )
    body = []
    for record in ordered.to_dict("records"):
        zone_type, province, city, aliases = (
            "" if pd.isna(record[key]) else str(record[key]) for key in ("zone_type", "province", "city", "aliases"))
        place = " · ".join(p for p in (province, city) if p)
        rate = record["latest_return_to_work_rate"]
        search = " ".join((str(record["zone_name"]), aliases, place, zone_type))
        cells = [
            f'<td class="zone"><button class="zone" data-zone="{escape(str(record["zone_name"]))}" '
            f'title="show its measures in the evidence view">{escape(str(record["zone_name"]))}</button></td>',
            f'<td class="nowrap" title="{escape(zone_type)}">{escape(ZONE_TYPE_LABELS.get(zone_type, zone_type))}</td>',
            f'<td class="nowrap">{escape(place)}</td>',
            f'<td class="num">{int(record["n_measures"]):,}</td>',
            f'<td class="num">{"–" if pd.isna(rate) else f"{100 * rate:.1f}%"}</td>',
            f'<td class="nowrap">{_date(record["latest_return_to_work_as_of"])}</td>',
        ] + [f'<td class="num">{_wan(record[f"max_total_{c}_cny"])}</td>' for c in money]
        body.append(f'<tr data-search="{escape(search)}">' + "".join(cells) + "</tr>")
    cut = (f'<p class="warn">{n_zones:,} zones: the {MAX_ZONE_ROWS:,} with the most measures are listed '
           "here; zone_summary.parquet has them all.</p>" if n_zones > MAX_ZONE_ROWS else "")
    table = (
        f'<div class="scroll"><table id="zone-table" data-top="{TOP_ZONES}"><thead>{head}</thead>'
        f'<tbody>{"".join(body)}</tbody></table></div>'
        if body else '<p class="note">No zone has a measure.</p>'
    )
    return (
        '<h2 id="zones">Zones</h2>'
        '<p class="note">Money columns: the largest single amount with basis <code>total</code> stated for '
        "the zone, in 万元 (10,000 CNY). Total rows of one zone can overlap (a cumulative figure and its "
        "parts are both stated), so they are maxima, never sums. Click a zone to read its measures.</p>"
        + cut
        + '<div class="controls"><input type="search" id="zone-search" placeholder="search zones, provinces, aliases" '
        'aria-label="search zones"><span id="zone-count" class="note"></span></div>'
        + table
    )


def _named_zones_ranked(zone_counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """(zone, measures) of the named zones, most measures first, then by name."""
    ranked = sorted(zone_counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [(name, n) for name, n in ranked if name != NO_ZONE]  # the no-zone group: in the quality panel


def _heatmap_zones(zone_counts: Mapping[str, int]) -> list[str]:
    return [name for name, _ in _named_zones_ranked(zone_counts)[:HEATMAP_ZONES]]


def _heat_matrix(top: Sequence[str], counts: Mapping[tuple[str, str], int]) -> pd.DataFrame:
    """Measures per (zone, category) of the top zones, the categories with none dropped."""
    if not top:
        return pd.DataFrame()
    matrix = pd.DataFrame([[int(counts.get((zone, c), 0)) for c in schemas.CATEGORIES] for zone in top],
                          index=list(top), columns=list(schemas.CATEGORIES), dtype="int64")
    matrix = matrix.loc[:, matrix.sum(axis=0) > 0]
    matrix.columns = [_category_label(c) for c in matrix.columns]
    return matrix


def _charts_section(data: ReportData) -> str:
    per_category = [(_category_label(c), int(data.category_counts.get(c, 0))) for c in schemas.CATEGORIES]
    ranked = _named_zones_ranked(data.zone_counts)
    top = _heatmap_zones(data.zone_counts)
    matrix = _heat_matrix(top, data.heat_counts)
    heat_title = (f"Measures by zone and category (top {len(top)} of {len(ranked)} zones)"
                  if len(ranked) > HEATMAP_ZONES else "Measures by zone and category")

    rates = data.rates
    n_undated = int(rates["date"].isna().sum())
    n_published = int((~rates["date_is_as_of"] & rates["date"].notna()).sum())
    stride = _rate_stride(data.n_rates)
    thinned = (f" The chart draws every {stride}th of the {data.n_rates:,} rates (in the order of measures.parquet), "
               "to keep this page light; the counts here are of those drawn." if stride > 1 else "")

    return (
        '<h2 id="charts">Charts</h2>'
        '<div class="chart">' + charts.category_bars_svg(per_category, "Measures per category, all zones") + "</div>"
        '<div class="chart">' + charts.zone_category_heatmap_svg(matrix, heat_title) + "</div>"
        '<div class="chart">' + charts.rate_lines_svg(rates, "Return-to-work rates by date, one line per zone")
        + "</div>"
        + '<p class="note">Filled dots: rates at the <code>as_of</code> date their sentence states; where a zone '
        "states several rates for one date (different groups of firms), the line joins the highest. Hollow dots"
        f" ({n_published}): the sentence states no date, so the rate is drawn at the article's "
        "publication date, which can be later than the date the rate refers to."
        + (f" {n_undated} rate(s) with neither date are not drawn; they are in the evidence view." if n_undated else "")
        + thinned
        + "</p>"
        + '<div class="chart">'
        + charts.money_strips_svg(data.money_strips, "Money by category: stated total amounts")
        + "</div>"
        '<p class="note">Each dot is one stated amount with basis <code>total</code> in CNY. Amounts of one zone '
        "can overlap (a cumulative figure and its parts), so the chart shows what was stated, not a sum. "
        "Per-beneficiary caps and rates are in the evidence view.</p>"
    )


def _rate_stride(n_rates: int) -> int:
    """Every how many rates the chart draws one."""
    return max(1, -(-n_rates // RATE_POINTS_DRAWN))


def _rates_frame(zone: Sequence[object], as_of: Sequence[object], published: Sequence[object],
                 value: Sequence[object]) -> pd.DataFrame:
    """Zone return-to-work rates with the date to draw them at: their as_of, else the article's date.
    The columns are lists or arrays in the measures' order (the chart draws points in it)."""
    as_of = pd.to_datetime(pd.Series(as_of)).astype("datetime64[ns]")
    fallback = pd.to_datetime(pd.Series(published)).astype("datetime64[ns]")
    return pd.DataFrame({
        "zone": pd.Series(zone, dtype=object),
        "date": as_of.fillna(fallback),
        "date_is_as_of": as_of.notna(),
        "value": pd.Series(value, dtype=float),
    })


def _sentence_with_mark(text: str, sentence: str, mention: str, span_start: int, span_end: int) -> str:
    """The sentence, escaped, with the value's own characters marked (not another equal string)."""
    start = -1
    if text:
        low = max(0, span_end - len(sentence))
        position = text.find(sentence, low)
        while 0 <= position <= span_start:
            if position + len(sentence) >= span_end:
                start = span_start - position
                break
            position = text.find(sentence, position + 1)
    if start < 0 or sentence[start:start + len(mention)] != mention:
        start = sentence.find(mention)
    if start < 0:
        return escape(sentence)
    end = start + len(mention)
    return f"{escape(sentence[:start])}<mark>{escape(mention)}</mark>{escape(sentence[end:])}"


def _evidence_rows(measures: pd.DataFrame) -> pd.DataFrame:
    """At most EVIDENCE_PER_ZONE rows per zone and EVIDENCE_LIMIT in all, zones with most measures first."""
    frame = measures.assign(_zone=measures["zone_name"].astype(object).map(_zone_label))
    size = frame.groupby("_zone")["_zone"].transform("size")
    frame = frame.assign(_size=size, _unnamed=frame["_zone"] == NO_ZONE).sort_values(
        ["_unnamed", "_size", "_zone", "article_id", "span_start", "category"],
        ascending=[True, False, True, True, True, True], kind="stable")
    frame = frame.groupby("_zone", sort=False).head(EVIDENCE_PER_ZONE)
    return frame.head(EVIDENCE_LIMIT)


def _host(url: str) -> str:
    return url.split("://", 1)[-1].split("/", 1)[0]


def _source_cell(article: Mapping[str, object] | None) -> str:
    """The article's title (or address, or input name) linked to its source page, its input and date."""
    if article is None:
        return ""
    def present(key: str) -> str:
        value = article.get(key)
        return "" if value is None or pd.isna(value) else str(value)

    title, url, name, path = present("title"), present("url"), present("source_name"), present("source_path")
    input_name = name if "#" in name else path  # a jsonl line: `file#line` says which line
    is_web = url.lower().startswith(("http://", "https://"))
    label = escape(title or (_host(url) if is_web else "") or input_name)
    link = f'<a href="{escape(url)}" rel="noreferrer" title="{escape(url)}">{label}</a>' if is_web else label
    details = [escape(input_name)] if label != escape(input_name) else []
    if present("published_date"):
        details.append(_date(article["published_date"]))
    return f'<span class="src">{link}' + (f"<br>{' · '.join(details)}" if details else "") + "</span>"


def _evidence_section(data: ReportData) -> str:
    rows, by_id = data.evidence, data.cited
    body = []
    source_cells: dict[object, str] = {}  # per cited article, not per row: an article gives many rows
    for record in rows:
        article = by_id.get(record["article_id"])
        source_cell = source_cells.get(record["article_id"])
        if source_cell is None:
            source_cell = source_cells[record["article_id"]] = _source_cell(article)
        text = "" if article is None else str(article["text"])
        zone = record["_zone"]
        category = str(record["category"])
        basis = str(record["basis"])
        subject = record["subject"]
        tags = ('<span class="tag">per beneficiary</span>' if basis == "per_beneficiary" else "") + (
            f'<span class="tag">{escape(str(subject))}</span>' if subject is not None and not pd.isna(subject) else "")
        body.append(
            f'<tr data-zone="{escape(zone)}" data-category="{escape(category)}">'
            f'<td class="zone">{escape(zone)}</td>'
            f"<td>{_category_header(category)}</td>"
            f'<td class="num">{escape(format_value(record["value"], str(record["unit"]), str(record["qualifier"])))}</td>'
            f'<td class="nowrap">{_date(record["as_of"])}</td>'
            f'<td class="sentence">{_sentence_with_mark(text, str(record["sentence"]), str(record["mention"]), int(record["span_start"]), int(record["span_end"]))}{tags}</td>'
            f"<td>{source_cell}</td></tr>"
        )
    zone_options = _zones_last_unnamed(sorted({record["_zone"] for record in rows}))
    shown_categories = {str(record["category"]) for record in rows}
    category_options = [c for c in schemas.CATEGORIES if c in shown_categories]
    shown_note = (
        f'<p class="warn">{data.n_measures:,} measures: {len(rows):,} are here (up to {EVIDENCE_PER_ZONE} per zone, '
        "zones with the most measures first). Query the rest in measures.parquet, e.g. in DuckDB: "
        "<code>SELECT zone_name, category, value, mention, sentence FROM 'measures.parquet' WHERE zone_name = '…'</code>.</p>"
        if len(rows) < data.n_measures else ""
    )
    table = (
        f'<div class="scroll"><table id="evidence" data-shown="{EVIDENCE_SHOWN}"><thead><tr><th>zone</th><th>category</th>'
        '<th class="num">value</th><th>as of</th><th>in its sentence (the value highlighted)</th><th>source</th></tr>'
        f'</thead><tbody>{"".join(body)}</tbody></table></div>'
        if body else '<p class="note">No measures.</p>'
    )
    return (
        '<h2 id="evidence-view">Evidence</h2>'
        '<p class="note">Every value is its highlighted characters in the article text '
        "(<code>articles.text[span_start:span_end] == mention</code>). Filter by zone or category, or search "
        "the sentences.</p>"
        + shown_note
        + '<div class="controls">'
        '<label>zone <select id="ev-zone"><option value="">all zones</option>'
        + "".join(f'<option value="{escape(z)}">{escape(z)}</option>' for z in zone_options)
        + '</select></label><label>category <select id="ev-category"><option value="">all categories</option>'
        + "".join(f'<option value="{escape(c)}">{escape(_category_label(c))}</option>' for c in category_options)
        + '</select></label><input type="search" id="ev-search" placeholder="search sentences, e.g. 贷款" '
        'aria-label="search sentences"><span id="ev-count" class="note"></span></div>'
        + table
    )


def _quality_section(data: ReportData) -> str:
    rejected_rows, noise, quarantine_sample = data.rejected_rows, data.noise, data.quarantine_sample
    n, n_no_zone, n_null = data.n_measures, data.n_no_zone, data.n_value_null
    no_zone_rows = [(_category_label(c), data.no_zone_by_category[c], _percent(data.no_zone_by_category[c], n))
                    for c in schemas.CATEGORIES if c in data.no_zone_by_category]
    check_rows = sorted(data.check_counts.items(), key=lambda kv: (-kv[1], kv[0]))

    return (
        '<h2 id="quality">Quality</h2>'
        f"<h3>Rejected inputs ({len(rejected_rows):,})</h3>"
        '<p class="note">Nothing read is lost: each input that could not be used is an articles row with '
        "<code>status = rejected</code> and the reason.</p>"
        + _table(["source path", "name", "why"], rejected_rows)
        + "<h3>Noise repaired in the inputs</h3>"
        + _table(["what", "count"], noise, {1})
        + "<h3>Measures without a zone or a value</h3>"
        + _table(
            ["measures", "without a zone (the text names none)", "share", "value null (digits lost)", "share"],
            [(f"{n:,}", f"{n_no_zone:,}", _percent(n_no_zone, n), f"{n_null:,}", _percent(n_null, n))],
            {0, 1, 2, 3, 4},
        )
        + _table(["category", "rows without a zone", "share of all measures"], no_zone_rows, {1, 2})
        + f"<h3>Quarantined rows ({data.n_quarantine:,})</h3>"
        '<p class="note">Measure rows that failed a check of the schema are kept apart in '
        "<code>quarantine.parquet</code> with the failed check, never silently dropped.</p>"
        + _table(["failed check", "rows"], check_rows, {1})
        + (_table(["article", "category", "mention", "value", "failed check"], quarantine_sample)
           if quarantine_sample else "")
    )


def _footer(origin: Mapping[str, str]) -> str:
    licence = origin.get("zone_measures_license", "")
    return (
        "<footer><p>Cite the dataset with the project's <code>CITATION.cff</code> and the input fingerprint above. "
        + escape(licence)
        + "</p></footer>"
    )


# --------------------------------------------------------------------------- from tables in memory


def _data_from_tables(tables: Mapping[str, pd.DataFrame]) -> ReportData:
    articles, measures = tables["articles"], tables["measures"]
    quarantine = tables.get("quarantine")
    if quarantine is None:
        quarantine = schemas.coerce_table("quarantine", [])
    status = articles["status"].astype(object)
    ok = articles[status == "ok"]
    published = pd.to_datetime(articles["published_date"]).dropna()
    as_of = pd.to_datetime(measures["as_of"]).dropna()

    categories = measures["category"].astype(object)
    zone_names = measures["zone_name"].astype(object).map(_zone_label)
    zone_counts = {str(zone): int(n) for zone, n in zone_names.value_counts().items()}
    in_top = zone_names.isin(set(_heatmap_zones(zone_counts)))
    heat_counts = {(str(zone), str(category)): int(n) for (zone, category), n in
                   pd.DataFrame({"zone": zone_names[in_top], "category": categories[in_top]}).value_counts().items()}

    is_rate = (categories == "return_to_work_rate") & measures["zone_name"].notna()
    rates = measures.loc[is_rate, ["zone_name", "as_of", "value", "article_id"]].merge(
        articles[["article_id", "published_date"]], on="article_id", how="left")
    n_rates = len(rates)
    rates = rates.iloc[::_rate_stride(n_rates)]
    is_total_money = (
        categories.isin(schemas.MONEY_CATEGORIES)
        & (measures["basis"].astype(object) == "total")
        & (measures["unit"].astype(object) == "CNY")
    )
    amounts = pd.DataFrame({"category": categories[is_total_money].map(_category_label),
                            "value": measures.loc[is_total_money, "value"].astype(float)})

    sample = _evidence_rows(measures)
    # Only the articles the sample cites: every text as Python strings would be the largest object of a build.
    cited = articles.loc[articles["article_id"].isin(set(sample["article_id"])), list(SOURCE_COLUMNS)]

    rejected = articles[status == "rejected"].sort_values(["source_path", "source_name"])
    no_zone_categories = categories[measures["zone_id"].isna()].value_counts()
    checks = (
        quarantine["failed_check"].astype(object).str.split("; ").explode().value_counts()
        if len(quarantine) else pd.Series(dtype=int)
    )
    return ReportData(
        n_articles=len(articles),
        n_ok=len(ok),
        published=(published.min(), published.max()) if len(published) else None,
        as_of=(as_of.min(), as_of.max()) if len(as_of) else None,
        n_measures=len(measures),
        n_policies=len(tables["policies"]),
        n_quarantine=len(quarantine),
        zone_summary=tables["zone_summary"],
        zones=tables["zones"],
        category_counts={str(c): int(n) for c, n in categories.value_counts().items()},
        zone_counts=zone_counts,
        heat_counts=heat_counts,
        rates=_rates_frame(rates["zone_name"].to_numpy(dtype=object), rates["as_of"].to_numpy(),
                           rates["published_date"].to_numpy(), rates["value"].to_numpy(dtype=float)),
        n_rates=n_rates,
        money_strips=charts.money_strips(amounts, [_category_label(c) for c in schemas.MONEY_CATEGORIES]),
        evidence=sample[["_zone", *EVIDENCE_COLUMNS]].to_dict("records"),
        cited={record["article_id"]: record for record in cited.to_dict("records")},
        rejected_rows=[(r.source_path, r.source_name, r.error) for r in rejected.itertuples()],
        noise=_noise_rows(
            ok["n_romanisation_removed"].sum(), ok["n_spaces_removed"].sum(), ok["n_lines_joined"].sum(),
            ok["has_missing_digits"].sum(),
            sum(len(str(paths).split("; ")) for paths in articles["duplicate_paths"].dropna()),
            (ok["n_measures"] == 0).sum(), articles["url"].notna().sum()),
        n_no_zone=int(measures["zone_id"].isna().sum()),
        n_value_null=int(measures["value"].isna().sum()),
        no_zone_by_category={str(c): int(n) for c, n in no_zone_categories.items()},
        check_counts={str(k): int(v) for k, v in checks.items()},
        quarantine_sample=_quarantine_sample(quarantine.head(QUARANTINE_SAMPLE)),
    )


def _quarantine_sample(head: pd.DataFrame) -> list[tuple[object, ...]]:
    return [(r.article_id, r.category, r.mention, r.value, r.failed_check) for r in head.itertuples()]


# --------------------------------------------------------------------------- from a build's Parquet files

# DuckDB's share of a report from Parquet: one thread and a memory limit (it spills sorts to a
# temporary directory beyond it), so the report's memory does not grow with the build.
DUCKDB_MEMORY_LIMIT = "64MB"  # per report; DuckDB spills what does not fit to a temporary directory


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _sql_list(values: Sequence[str]) -> str:
    return "[" + ", ".join(_sql_string(v) for v in values) + "]"


class _BuildQueries:
    """SQL over one build's Parquet files, one view per table.

    Where the page depends on the order of rows (ties, the order points are drawn in), the
    queries order by the table's natural order (schemas.NATURAL_KEYS, then every other
    column), the order of a table in memory and of `read_build`, whatever order the file's
    rows were written in."""

    def __init__(self, build_dir: Path, temp_dir: str) -> None:
        import duckdb  # only here: reading a build's report is the only use of it in a build

        self.build_dir = build_dir
        # No progress bar: DuckDB draws one on stderr for queries over about 2 s (seen at 1 GB),
        # in the middle of the build's own messages.
        self.connection = duckdb.connect(config={
            "threads": 1, "memory_limit": DUCKDB_MEMORY_LIMIT, "temp_directory": temp_dir})
        self.connection.execute("SET enable_progress_bar = false")
        for name in ("articles", "measures", "quarantine"):
            path = build_dir / f"{name}.parquet"
            if path.exists():
                source = f"read_parquet({_sql_string(str(path))})"
            else:  # an older build without quarantine: no rows
                source = "(SELECT {} WHERE false)".format(", ".join(
                    f"NULL::VARCHAR AS {column}" for column in schemas.arrow_schema(name).names))
            self.connection.execute(f"CREATE VIEW {name} AS SELECT * FROM {source}")

    def rows(self, sql: str, parameters: Sequence[object] = ()) -> list[tuple]:
        return self.connection.execute(sql, list(parameters)).fetchall()

    def one(self, sql: str, parameters: Sequence[object] = ()) -> tuple:
        return self.rows(sql, parameters)[0]

    def close(self) -> None:
        self.connection.close()


def _measures_order_sql() -> str:
    """The natural order of measures: its keys, the categoricals by their position in their
    list (as a categorical column sorts), then measure_id, unique, which settles every tie."""
    key = list(schemas.NATURAL_KEYS["measures"])
    assert key == ["article_id", "span_start", "category", "unit"], key  # the expression below spells them out
    first = schemas.arrow_schema("measures").names[0]
    assert first == "measure_id", first
    return (f"article_id, span_start, list_position({_sql_list(schemas.CATEGORIES)}, category), "
            f"list_position({_sql_list(schemas.UNITS)}, unit), measure_id")


def _measures_order_key(row: Mapping[str, object]) -> tuple:
    """`_measures_order_sql` in Python."""
    return (row["article_id"], row["span_start"], schemas.CATEGORIES.index(row["category"]),
            schemas.UNITS.index(row["unit"]), row["measure_id"])


def _quarantine_order_sql() -> str:
    """The natural order of quarantine: text columns, nulls last, its keys then every other column."""
    key = list(schemas.NATURAL_KEYS["quarantine"])
    columns = key + [c for c in schemas.arrow_schema("quarantine").names if c not in key]
    return ", ".join(f"{column} NULLS LAST" for column in columns)


def _zone_sql() -> str:
    return f"coalesce(zone_name, {_sql_string(NO_ZONE)})"


def _data_from_parquet(build_dir: Path) -> ReportData:
    import tempfile

    from pipeline.export import read_table

    with tempfile.TemporaryDirectory(prefix="zone-measures-report-") as temp_dir:
        queries = _BuildQueries(build_dir, temp_dir)
        try:
            return _data_from_queries(queries, read_table(build_dir, "zone_summary"), read_table(build_dir, "zones"))
        finally:
            queries.close()


def _num_rows(path: Path) -> int:
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).metadata.num_rows if path.exists() else 0


def _data_from_queries(q: _BuildQueries, zone_summary: pd.DataFrame, zones: pd.DataFrame) -> ReportData:
    (n_articles, n_ok, first_published, last_published, romanisation, spaces, lines, missing_digits,
     duplicates, without_measure, with_url) = q.one("""
        SELECT count(*), count(*) FILTER (status = 'ok'), min(published_date), max(published_date),
               coalesce(sum(n_romanisation_removed) FILTER (status = 'ok'), 0),
               coalesce(sum(n_spaces_removed) FILTER (status = 'ok'), 0),
               coalesce(sum(n_lines_joined) FILTER (status = 'ok'), 0),
               count(*) FILTER (status = 'ok' AND has_missing_digits),
               coalesce(sum(len(string_split(duplicate_paths, '; '))), 0),
               count(*) FILTER (status = 'ok' AND n_measures = 0),
               count(url)
        FROM articles""")
    n_measures, first_as_of, last_as_of, n_no_zone, n_value_null = q.one(
        "SELECT count(*), min(as_of), max(as_of), count(*) FILTER (zone_id IS NULL), "
        "count(*) FILTER (value IS NULL) FROM measures")
    by_category = q.rows("SELECT category, count(*), count(*) FILTER (zone_id IS NULL) FROM measures GROUP BY category")
    zone_counts = {zone: int(n) for zone, n in q.rows(f"SELECT {_zone_sql()}, count(*) FROM measures GROUP BY 1")}
    top = _heatmap_zones(zone_counts)
    heat_counts = {(zone, category): int(n) for zone, category, n in q.rows(
        "SELECT zone_name, category, count(*) FROM measures WHERE list_contains(?, zone_name) GROUP BY ALL",
        [top])}
    evidence = _evidence_from_queries(q, zone_counts)
    cited = _cited_from_queries(q, sorted({record["article_id"] for record in evidence}))
    # Sorted by (source_path, source_name) from the natural order of articles, in which the next
    # column is article_id, unique.
    rejected = q.rows("SELECT source_path, source_name, error FROM articles WHERE status = 'rejected' "
                      "ORDER BY source_path, source_name, article_id")
    quarantine_head = q.connection.sql(
        f"SELECT * FROM quarantine ORDER BY {_quarantine_order_sql()} LIMIT {QUARANTINE_SAMPLE}"
    ).to_arrow_table().to_pandas()
    (n_rates,) = q.one("SELECT count(*) FROM measures "
                       "WHERE category = 'return_to_work_rate' AND zone_name IS NOT NULL")
    return ReportData(
        n_articles=int(n_articles),
        n_ok=int(n_ok),
        published=(first_published, last_published) if first_published is not None else None,
        as_of=(first_as_of, last_as_of) if first_as_of is not None else None,
        n_measures=int(n_measures),
        n_policies=_num_rows(q.build_dir / "policies.parquet"),
        n_quarantine=int(q.one("SELECT count(*) FROM quarantine")[0]),
        zone_summary=zone_summary,
        zones=zones,
        category_counts={category: int(n) for category, n, _ in by_category},
        zone_counts=zone_counts,
        heat_counts=heat_counts,
        rates=_rates_from_queries(q, n_rates),
        n_rates=n_rates,
        money_strips=_money_strips_from_queries(q),
        evidence=evidence,
        cited=cited,
        rejected_rows=rejected,
        noise=_noise_rows(romanisation, spaces, lines, missing_digits, duplicates, without_measure, with_url),
        n_no_zone=int(n_no_zone),
        n_value_null=int(n_value_null),
        no_zone_by_category={category: int(n) for category, _, n in by_category if n},
        check_counts={check: int(n) for check, n in q.rows(
            "SELECT check_name, count(*) FROM (SELECT unnest(string_split(failed_check, '; ')) AS check_name "
            "FROM quarantine) GROUP BY check_name")},
        quarantine_sample=_quarantine_sample(schemas.coerce_table("quarantine", quarantine_head)),
    )


def _rates_from_queries(q: _BuildQueries, n_rates: int) -> pd.DataFrame:
    rows = q.rows(f"""
        SELECT zone_name, as_of, published_date, value FROM (
            SELECT m.*, a.published_date
            FROM measures AS m LEFT JOIN (SELECT article_id, published_date FROM articles) AS a USING (article_id)
            WHERE m.category = 'return_to_work_rate' AND m.zone_name IS NOT NULL
            QUALIFY (row_number() OVER (ORDER BY {_measures_order_sql()}) - 1) % {_rate_stride(n_rates)} = 0)
        ORDER BY {_measures_order_sql()}""")  # the subquery of articles has no column of these but article_id
    zone, as_of, published, value = (list(column) for column in zip(*rows)) if rows else ([], [], [], [])
    return _rates_frame(zone, as_of, published, [float("nan") if v is None else v for v in value])


def _money_strips_from_queries(q: _BuildQueries) -> list[charts.MoneyStrip]:
    """The money chart's strips from the few ranked amounts each draws, never every amount."""
    where = (f"list_contains({_sql_list(schemas.MONEY_CATEGORIES)}, category) AND basis = 'total' "
             "AND unit = 'CNY' AND value > 0")
    counts = dict(q.rows(f"SELECT category, count(*) FROM measures WHERE {where} GROUP BY category"))
    wanted = sorted({(category, rank) for category, n in counts.items()
                     for rank in charts.thinned_ranks(n, charts.MONEY_DOTS) + charts.median_ranks(n) + [n - 1]})
    values: dict[tuple[str, int], float] = {}
    if wanted:
        # The wanted ranks as two list parameters (DuckDB's executemany inserts a row per statement:
        # thousands of ranks cost a second).
        values = {(category, int(rank)): value for category, rank, value in q.rows(f"""
            SELECT category, r, value FROM (
                SELECT category, value, row_number() OVER (PARTITION BY category ORDER BY value) - 1 AS r
                FROM measures WHERE {where})
            JOIN (SELECT unnest(?::VARCHAR[]) AS category, unnest(?::BIGINT[]) AS r) USING (category, r)""",
            [[category for category, _ in wanted], [rank for _, rank in wanted]])}
    return [charts.money_strip(_category_label(category), counts[category],
                               lambda ranks, c=category: [values[(c, rank)] for rank in ranks])
            for category in schemas.MONEY_CATEGORIES if category in counts]


def _evidence_quota(zone_counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """(zone, rows) of the evidence sample in its order: zones with most measures first (the
    no-zone group last), at most EVIDENCE_PER_ZONE each and EVIDENCE_LIMIT in all."""
    quota, left = [], EVIDENCE_LIMIT
    for zone, n in sorted(zone_counts.items(), key=lambda kv: (kv[0] == NO_ZONE, -kv[1], kv[0])):
        if left <= 0:
            break
        take = min(EVIDENCE_PER_ZONE, n, left)
        quota.append((zone, take))
        left -= take
    return quota


def _evidence_from_queries(q: _BuildQueries, zone_counts: Mapping[str, int]) -> list[dict[str, object]]:
    """The rows `_evidence_rows` picks from the table in memory (sorted by article_id,
    span_start and category, ties in the natural order): the first of each zone, found by a
    bounded min_by per zone, then read whole (sentences included) for those rows only."""
    quota = _evidence_quota(zone_counts)
    if not quota:
        return []
    firsts = q.rows(
        f"SELECT {_zone_sql()} AS zone, min_by(measure_id, ({_measures_order_sql()}), {EVIDENCE_PER_ZONE}) "
        f"FROM measures WHERE list_contains(?, {_zone_sql()}) GROUP BY zone", [[zone for zone, _ in quota]])
    candidates = dict(firsts)
    names = ("measure_id", "_zone", *EVIDENCE_COLUMNS)
    records = {row[0]: dict(zip(names, row)) for row in q.rows(
        f"SELECT measure_id, {_zone_sql()}, {', '.join(EVIDENCE_COLUMNS)} FROM measures "
        "WHERE measure_id IN (SELECT unnest(?::VARCHAR[]))",
        [[measure_id for ids in candidates.values() for measure_id in ids]])}
    sample = []
    for zone, take in quota:
        rows = sorted((records[measure_id] for measure_id in candidates[zone]), key=_measures_order_key)
        sample += [{k: v for k, v in row.items() if k != "measure_id"} for row in rows[:take]]
    return sample


def _cited_from_queries(q: _BuildQueries, article_ids: Sequence[str]) -> dict[str, dict[str, object]]:
    """The source fields and texts of the cited articles only, read a row group at a time
    with pyarrow rather than by DuckDB: the texts are most of a build's bytes, and DuckDB,
    under its memory limit, failed on archives of long articles (a few hundred texts of
    150 KB) where one row group of them at a time is all this holds."""
    if not article_ids:
        return {}
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    wanted = pa.array(list(article_ids), type=pa.string())
    cited: dict[str, dict[str, object]] = {}
    source = pq.ParquetFile(q.build_dir / "articles.parquet")
    for group in range(source.num_row_groups):
        ids = source.read_row_group(group, columns=["article_id"]).column(0)
        chosen = pc.is_in(ids, value_set=wanted)
        if not pc.any(chosen).as_py():
            continue
        rows = source.read_row_group(group, columns=list(SOURCE_COLUMNS), use_threads=False).filter(chosen)
        for row in rows.to_pylist():
            cited[row["article_id"]] = row
        del rows
        return_freed_memory()  # a group's texts, read and dropped (pipeline/memory.py)
    return cited


def render_report(tables: Mapping[str, pd.DataFrame], version: str,
                  origin: Mapping[str, str] | None = None) -> str:
    """The build report as one self-contained HTML page, from tables in memory. `origin` is the
    provenance metadata (pipeline.provenance.file_metadata) shown in the header."""
    return _page(_data_from_tables(tables), version, origin)


def render_report_from_parquet(build_dir: str | Path, version: str,
                               origin: Mapping[str, str] | None = None) -> str:
    """The same page as `render_report` of the build's tables, byte for byte, read from the
    Parquet files in `build_dir` with memory that does not grow with the number of rows:
    DuckDB (one thread, a memory limit) reads the aggregates and the bounded samples the
    sections show, and only the texts of the articles the evidence cites."""
    build_dir = Path(build_dir)
    _check_columns(build_dir)
    return _page(_data_from_parquet(build_dir), version, origin)


def _check_columns(build_dir: Path) -> None:
    """Raise ValueError when a table the queries read has other columns than this version
    writes (a build of another version): one message rather than an SQL error."""
    import pyarrow.parquet as pq

    for name in ("articles", "measures", "quarantine"):
        path = build_dir / f"{name}.parquet"
        if name == "quarantine" and not path.exists():
            continue
        found, expected = pq.read_schema(path).names, schemas.arrow_schema(name).names
        if found != expected:
            raise ValueError(f"{path.name}: columns {found} differ from this version's {expected}")


def _page(data: ReportData, version: str, origin: Mapping[str, str] | None) -> str:
    origin = dict(origin or {})
    body = (
        _header(data, version, origin)
        + _zones_section(data.zone_summary, data.zones)
        + _charts_section(data)
        + _evidence_section(data)
        + _quality_section(data)
        + _footer(origin)
        + "</main>"
    )
    return (
        '<!DOCTYPE html>\n<html lang="zh-Hans">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>Zone support measures: build report</title>\n"
        f"<style>{_CSS}</style>\n</head>\n<body>\n{body}\n<script>{_SCRIPT}</script>\n</body>\n</html>\n"
    )
