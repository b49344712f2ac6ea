"""Output tables -> report.html, a first look at one build.

Promise: one self-contained file that works offline — inline CSS, inline SVG charts drawn
with matplotlib, a small inline script for filtering, no network, no embedded font (the
reader's system fonts draw the Chinese) — with the same bytes for the same tables (no
timestamps) and every piece of text escaped. It shows what was built, a per-zone overview
with every money category, charts, a quality panel, and the evidence: each measure in its
sentence with the value highlighted and a link to its source.

Large builds stay usable: the zone table shows the top zones and searches all of them;
the evidence view holds a bounded sample per zone and says how to query the rest.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

import pandas as pd

import schemas
from pipeline import charts

TOP_ZONES = 30               # zone rows shown before a search
MAX_ZONE_ROWS = 5_000        # zone rows written at all (search finds these)
HEATMAP_ZONES = 25
EVIDENCE_PER_ZONE = 50       # evidence rows written per zone ...
EVIDENCE_LIMIT = 3_000       # ... and in all
EVIDENCE_SHOWN = 150         # rows shown at once in the evidence view
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


def _category_header(category: str) -> str:
    """`guarantee<br>担保`: two short lines keep the money columns narrow."""
    english, _, chinese = _category_label(category).rpartition(" ")
    return f"{escape(english)}<br>{escape(chinese)}" if english else escape(chinese)


def _zones_last_unnamed(names: list[str]) -> list[str]:
    """Named zones in the given order, the no-zone group last."""
    return [n for n in names if n != NO_ZONE] + [n for n in names if n == NO_ZONE]


# --------------------------------------------------------------------------- sections


def _header(tables: Mapping[str, pd.DataFrame], version: str, origin: Mapping[str, str]) -> str:
    articles, measures = tables["articles"], tables["measures"]
    n_ok = int((articles["status"].astype(object) == "ok").sum())
    published = pd.to_datetime(articles["published_date"]).dropna()
    as_of = pd.to_datetime(measures["as_of"]).dropna()
    period = []
    if len(published):
        period.append(f"articles published {_date(published.min())} to {_date(published.max())}")
    if len(as_of):
        period.append(f"figures as of {_date(as_of.min())} to {_date(as_of.max())}")
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
                (f"{len(articles):,}", "articles read"),
                (f"{n_ok:,}", "articles ok"),
                (f"{len(articles) - n_ok:,}", "rejected"),
                (f"{len(measures):,}", "measures"),
                (f"{len(tables['zone_summary']):,}", "zones with measures"),
                (f"{len(tables['policies']):,}", "policies"),
                (f"{len(tables['quarantine']):,}", "quarantined rows"),
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


def _charts_section(tables: Mapping[str, pd.DataFrame]) -> str:
    measures = tables["measures"]
    categories = measures["category"].astype(object)
    counts = categories.value_counts()
    per_category = [(_category_label(c), int(counts.get(c, 0))) for c in schemas.CATEGORIES]

    zone_names = measures["zone_name"].astype(object).map(_zone_label)
    rank = zone_names.value_counts()
    ranked = sorted(rank.items(), key=lambda kv: (-kv[1], kv[0]))
    ranked = [(name, n) for name, n in ranked if name != NO_ZONE]  # counted in the quality panel
    top = [name for name, _ in ranked[:HEATMAP_ZONES]]
    matrix = (
        pd.crosstab(zone_names, categories).reindex(index=top, columns=list(schemas.CATEGORIES), fill_value=0)
        if len(measures) else pd.DataFrame()
    )
    if len(matrix):
        matrix = matrix.loc[:, matrix.sum(axis=0) > 0]
        matrix.columns = [_category_label(c) for c in matrix.columns]
    heat_title = (f"Measures by zone and category (top {len(top)} of {len(ranked)} zones)"
                  if len(ranked) > HEATMAP_ZONES else "Measures by zone and category")

    rates = _rates_by_date(measures, tables["articles"])
    n_undated = int(rates["date"].isna().sum())
    n_published = int((~rates["date_is_as_of"] & rates["date"].notna()).sum())

    is_total_money = (
        categories.isin(schemas.MONEY_CATEGORIES)
        & (measures["basis"].astype(object) == "total")
        & (measures["unit"].astype(object) == "CNY")
    )
    amounts = pd.DataFrame({"category": categories[is_total_money].map(_category_label),
                            "value": measures.loc[is_total_money, "value"].astype(float)})

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
        + "</p>"
        + '<div class="chart">'
        + charts.money_strip_svg(amounts, [_category_label(c) for c in schemas.MONEY_CATEGORIES],
                                 "Money by category: stated total amounts")
        + "</div>"
        '<p class="note">Each dot is one stated amount with basis <code>total</code> in CNY. Amounts of one zone '
        "can overlap (a cumulative figure and its parts), so the chart shows what was stated, not a sum. "
        "Per-beneficiary caps and rates are in the evidence view.</p>"
    )


def _rates_by_date(measures: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Zone return-to-work rates with the date to draw them at: their as_of, else the article's date."""
    is_rate = (measures["category"].astype(object) == "return_to_work_rate") & measures["zone_name"].notna()
    rates = measures.loc[is_rate, ["zone_name", "as_of", "value", "article_id"]].merge(
        articles[["article_id", "published_date"]], on="article_id", how="left")
    as_of = pd.to_datetime(rates["as_of"])
    fallback = pd.to_datetime(rates["published_date"])
    return pd.DataFrame({
        "zone": rates["zone_name"].astype(object),
        "date": as_of.fillna(fallback),
        "date_is_as_of": as_of.notna(),
        "value": rates["value"].astype(float),
    }).reset_index(drop=True)


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


def _evidence_section(tables: Mapping[str, pd.DataFrame]) -> str:
    measures, articles = tables["measures"], tables["articles"]
    rows = _evidence_rows(measures)
    # Only the articles the sample cites: every text as Python strings would be the largest object of a build.
    cited = articles[articles["article_id"].isin(set(rows["article_id"]))]
    by_id = {record["article_id"]: record for record in
             cited[["article_id", "title", "url", "source_name", "source_path", "published_date", "text"]].to_dict("records")}
    body = []
    for record in rows.to_dict("records"):
        article = by_id.get(record["article_id"])
        text = "" if article is None else str(article["text"])
        zone = record["_zone"]
        category = str(record["category"])
        basis = str(record["basis"])
        subject = record["subject"]
        tags = (f'<span class="tag">per beneficiary</span>' if basis == "per_beneficiary" else "") + (
            f'<span class="tag">{escape(str(subject))}</span>' if subject is not None and not pd.isna(subject) else "")
        body.append(
            f'<tr data-zone="{escape(zone)}" data-category="{escape(category)}">'
            f'<td class="zone">{escape(zone)}</td>'
            f"<td>{_category_header(category)}</td>"
            f'<td class="num">{escape(format_value(record["value"], str(record["unit"]), str(record["qualifier"])))}</td>'
            f'<td class="nowrap">{_date(record["as_of"])}</td>'
            f'<td class="sentence">{_sentence_with_mark(text, str(record["sentence"]), str(record["mention"]), int(record["span_start"]), int(record["span_end"]))}{tags}</td>'
            f"<td>{_source_cell(article)}</td></tr>"
        )
    zone_options = _zones_last_unnamed(sorted(set(rows["_zone"])))
    category_options = [c for c in schemas.CATEGORIES if (rows["category"].astype(object) == c).any()]
    shown_note = (
        f'<p class="warn">{len(measures):,} measures: {len(rows):,} are here (up to {EVIDENCE_PER_ZONE} per zone, '
        "zones with the most measures first). Query the rest in measures.parquet, e.g. in DuckDB: "
        "<code>SELECT zone_name, category, value, mention, sentence FROM 'measures.parquet' WHERE zone_name = '…'</code>.</p>"
        if len(rows) < len(measures) else ""
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


def _quality_section(tables: Mapping[str, pd.DataFrame]) -> str:
    articles, measures, quarantine = tables["articles"], tables["measures"], tables["quarantine"]
    status = articles["status"].astype(object)
    rejected = articles[status == "rejected"].sort_values(["source_path", "source_name"])
    rejected_rows = [(r.source_path, r.source_name, r.error) for r in rejected.itertuples()]
    ok = articles[status == "ok"]

    noise = [
        ("pinyin insertions removed", int(ok["n_romanisation_removed"].sum())),
        ("spaces removed inside Chinese text", int(ok["n_spaces_removed"].sum())),
        ("broken lines rejoined", int(ok["n_lines_joined"].sum())),
        ("articles whose digits were lost upstream", int(ok["has_missing_digits"].sum())),
        ("inputs folded as byte-identical duplicates",
         sum(len(str(paths).split("; ")) for paths in articles["duplicate_paths"].dropna())),
        ("ok articles without any measure", int((ok["n_measures"] == 0).sum())),
        ("articles with a source URL", int(articles["url"].notna().sum())),
    ]

    n = len(measures)
    no_zone = measures[measures["zone_id"].isna()]
    n_null = int(measures["value"].isna().sum())
    by_category = no_zone["category"].astype(object).value_counts()
    no_zone_rows = [(_category_label(c), int(by_category[c]), _percent(int(by_category[c]), n))
                    for c in schemas.CATEGORIES if c in by_category.index]

    checks = (
        quarantine["failed_check"].astype(object).str.split("; ").explode().value_counts()
        if len(quarantine) else pd.Series(dtype=int)
    )
    check_rows = sorted(((str(k), int(v)) for k, v in checks.items()), key=lambda kv: (-kv[1], kv[0]))
    sample = [(r.article_id, r.category, r.mention, r.value, r.failed_check)
              for r in quarantine.head(20).itertuples()]

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
            [(f"{n:,}", f"{len(no_zone):,}", _percent(len(no_zone), n), f"{n_null:,}", _percent(n_null, n))],
            {0, 1, 2, 3, 4},
        )
        + _table(["category", "rows without a zone", "share of all measures"], no_zone_rows, {1, 2})
        + f"<h3>Quarantined rows ({len(quarantine):,})</h3>"
        '<p class="note">Measure rows that failed a check of the schema are kept apart in '
        "<code>quarantine.parquet</code> with the failed check, never silently dropped.</p>"
        + _table(["failed check", "rows"], check_rows, {1})
        + (_table(["article", "category", "mention", "value", "failed check"], sample) if sample else "")
    )


def _footer(origin: Mapping[str, str]) -> str:
    licence = origin.get("zone_measures_license", "")
    return (
        "<footer><p>Cite the dataset with the project's <code>CITATION.cff</code> and the input fingerprint above. "
        + escape(licence)
        + "</p></footer>"
    )


def render_report(tables: Mapping[str, pd.DataFrame], version: str,
                  origin: Mapping[str, str] | None = None) -> str:
    """The build report as one self-contained HTML page. `origin` is the provenance metadata
    (pipeline.provenance.file_metadata) shown in the header."""
    tables = dict(tables)
    if tables.get("quarantine") is None:
        tables["quarantine"] = schemas.coerce_table("quarantine", [])
    origin = dict(origin or {})
    body = (
        _header(tables, version, origin)
        + _zones_section(tables["zone_summary"], tables["zones"])
        + _charts_section(tables)
        + _evidence_section(tables)
        + _quality_section(tables)
        + _footer(origin)
        + "</main>"
    )
    return (
        '<!DOCTYPE html>\n<html lang="zh-Hans">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>Zone support measures: build report</title>\n"
        f"<style>{_CSS}</style>\n</head>\n<body>\n{body}\n<script>{_SCRIPT}</script>\n</body>\n</html>\n"
    )
