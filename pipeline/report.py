"""Output tables -> report.html, a look at one build.

Promise: one self-contained page (inline CSS and SVG, no script, no network), the same
bytes for the same tables (no timestamps), every piece of text escaped.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

import pandas as pd

import schemas

TOP_ZONES = 30
NO_ZONE = "(no zone named)"

_CSS = """
body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
       margin: 2em auto; max-width: 72em; color: #222; line-height: 1.4; }
h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; font-size: 0.9em; }
th, td { border: 1px solid #ddd; padding: 0.2em 0.6em; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.note { color: #555; font-size: 0.9em; }
svg text { font-size: 12px; }
"""


def _number(value: object) -> str:
    return "–" if value is None or pd.isna(value) else f"{float(value):,.0f}"


def _percent(part: int, whole: int) -> str:
    return "–" if whole == 0 else f"{100.0 * part / whole:.1f}%"


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]], numeric: set[int] = frozenset()) -> str:
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
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def bar_chart_svg(items: Sequence[tuple[str, int]], title: str) -> str:
    """A horizontal bar chart as inline SVG: one bar per (label, count), in the given order."""
    if not items:
        return '<p class="note">Nothing to chart.</p>'
    label_width, bar_width, value_width, row, top = 240, 420, 60, 20, 8
    width = label_width + bar_width + value_width
    height = top * 2 + row * len(items)
    largest = max(count for _, count in items) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    for i, (label, count) in enumerate(items):
        y = top + i * row
        length = round(bar_width * count / largest, 1)
        parts.append(
            f'<text x="{label_width - 6}" y="{y + 14}" text-anchor="end">{escape(label)}</text>'
            f'<rect x="{label_width}" y="{y + 3}" width="{length}" height="{row - 6}" fill="#4a78a8">'
            f"<title>{escape(label)}: {count}</title></rect>"
            f'<text x="{label_width + length + 4}" y="{y + 14}">{count}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _articles_section(articles: pd.DataFrame) -> str:
    n_ok = int((articles["status"] == "ok").sum())
    n_rejected = int((articles["status"] == "rejected").sum())
    rejected = articles[articles["status"] == "rejected"].sort_values(["source_path", "source_name"])
    rows = [(r.source_path, r.source_name, r.error) for r in rejected.itertuples()]
    return (
        "<h2>Articles</h2>"
        + _table(["read", "ok", "rejected"], [(len(articles), n_ok, n_rejected)], {0, 1, 2})
        + "<h3>Rejected articles</h3>"
        + _table(["source path", "name", "why"], rows)
    )


def _measures_section(measures: pd.DataFrame, n_quarantined: int) -> str:
    n = len(measures)
    n_null = int(measures["value"].isna().sum())
    counts = measures["category"].astype(object).value_counts()
    per_category = [(c, int(counts.get(c, 0))) for c in schemas.CATEGORIES]
    zone_names = measures["zone_name"].astype(object).where(measures["zone_name"].notna(), NO_ZONE)
    per_zone = sorted(zone_names.value_counts().items(), key=lambda kv: (-kv[1], kv[0]))
    shown = [(str(name), int(count)) for name, count in per_zone[:TOP_ZONES]]
    return (
        "<h2>Measures</h2>"
        + _table(
            ["measures", "with null value (digits lost)", "share null", "quarantined rows"],
            [(n, n_null, _percent(n_null, n), n_quarantined)],
            {0, 1, 2, 3},
        )
        + "<h3>Measures per category</h3>"
        + bar_chart_svg(per_category, "Measures per category")
        + (f"<h3>Measures per zone (top {TOP_ZONES} of {len(per_zone)})</h3>" if len(per_zone) > TOP_ZONES
           else "<h3>Measures per zone</h3>")
        + bar_chart_svg(shown, "Measures per zone")
    )


def _zones_section(summary: pd.DataFrame) -> str:
    money = [f"max_total_{c}_cny" for c in ("subsidy", "loan", "fund")]
    headers = [
        "zone",
        "measures",
        "latest return-to-work rate",
        "as of",
        "largest total subsidy (CNY)",
        "largest total loan (CNY)",
        "largest total fund (CNY)",
    ]
    ordered = summary.sort_values(["n_measures", "zone_id"], ascending=[False, True], kind="stable")
    rows = []
    for record in ordered.to_dict("records"):
        rate = record["latest_return_to_work_rate"]
        as_of = record["latest_return_to_work_as_of"]
        rows.append(
            [
                record["zone_name"],
                int(record["n_measures"]),
                "–" if pd.isna(rate) else f"{100 * rate:.1f}%",
                "–" if pd.isna(as_of) else pd.Timestamp(as_of).date().isoformat(),
                *(_number(record[column]) for column in money),
            ]
        )
    return (
        "<h2>Zones</h2>"
        '<p class="note">Largest single amounts with basis <code>total</code>. Total rows of one '
        "zone can overlap (a cumulative figure and its parts are both stated), so they are not "
        "summed.</p>" + _table(headers, rows, {1, 2, 4, 5, 6})
    )


def _quarantine_section(quarantine: pd.DataFrame) -> str:
    checks = (
        quarantine["failed_check"].astype(object).str.split("; ").explode().value_counts()
        if len(quarantine)
        else pd.Series(dtype=int)
    )
    rows = sorted(((str(k), int(v)) for k, v in checks.items()), key=lambda kv: (-kv[1], kv[0]))
    return (
        "<h2>Quarantine</h2>"
        f"<p>{len(quarantine)} measure rows failed a check and were set aside in "
        "<code>quarantine.parquet</code>.</p>" + _table(["failed check", "rows"], rows, {1})
    )


def render_report(tables: Mapping[str, pd.DataFrame], version: str) -> str:
    """The build report as one self-contained HTML page."""
    quarantine = tables.get("quarantine")
    if quarantine is None:
        quarantine = schemas.coerce_table("quarantine", [])
    body = (
        f"<h1>Zone support measures: build report</h1>"
        f'<p class="note">Pipeline version {escape(str(version))}. Columns are described in '
        "<code>codebook.md</code>.</p>"
        + _articles_section(tables["articles"])
        + _measures_section(tables["measures"], len(quarantine))
        + _zones_section(tables["zone_summary"])
        + _quarantine_section(quarantine)
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        "<title>Zone support measures: build report</title>\n"
        f"<style>{_CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
