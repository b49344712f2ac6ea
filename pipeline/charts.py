"""Charts for report.html, drawn as inline SVG by this module's own small code.

Promise: each function takes plain tables and returns one `<svg>` element (or a short
note when there is nothing to draw). Text stays text, so the reader's browser draws the
Chinese labels with its own system fonts and nothing is embedded; the same tables give
the same bytes (no random jitter, no date, numbers written with fixed precision).

Why not matplotlib: a report is written by every build, and drawing four figures with it
(and importing it) cost about two seconds per build whatever the build's size; these
charts need only rectangles, circles, lines and text.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

import numpy as np
import pandas as pd

# The reader's fonts, most specific first; the browser picks the first it has.
CJK_FONTS = [
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Noto Sans SC",
    "PingFang SC",
    "Hiragino Sans GB",
    "Microsoft YaHei",
    "WenQuanYi Micro Hei",
    "DejaVu Sans",
]
# Colour-blind-safe qualitative palette (Okabe & Ito), then greys.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000",
           "#7F7F7F", "#B15928", "#6A3D9A", "#1B9E77"]
ACCENT = "#0072B2"
TEXT = "#222"
MUTED = "#444"
GRID = "#E5E5E5"
FONT_SIZE = 13  # px: 10 pt
TITLE_SIZE = 14.5


def _note(text: str) -> str:
    return f'<p class="note">{escape(text)}</p>'


# --------------------------------------------------------------------------- SVG pieces


def _n(x: float) -> str:
    """A coordinate with two decimals at most: the same numbers, the same bytes."""
    text = f"{x:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def text_width(text: str, size: float = FONT_SIZE) -> float:
    """An estimate of the drawn width of `text` (no font at hand): wide (CJK) characters one
    em, others a bit more than half."""
    return sum(size if ord(ch) > 0x2E7F else size * 0.58 for ch in str(text))


def _text(x: float, y: float, text: str, size: float = FONT_SIZE, anchor: str = "start", colour: str = TEXT,
          weight: str | None = None, rotate: float | None = None, baseline: str = "central") -> str:
    extra = f' font-weight="{weight}"' if weight else ""
    if rotate is not None:
        extra += f' transform="rotate({_n(rotate)} {_n(x)} {_n(y)})"'
    return (f'<text x="{_n(x)}" y="{_n(y)}" font-size="{_n(size)}" text-anchor="{anchor}" '
            f'dominant-baseline="{baseline}" fill="{colour}"{extra}>{escape(str(text))}</text>')


def _line(x1: float, y1: float, x2: float, y2: float, colour: str = MUTED, width: float = 1.0) -> str:
    return (f'<line x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}" stroke="{colour}" '
            f'stroke-width="{_n(width)}"/>')


def _rect(x: float, y: float, w: float, h: float, fill: str, title: str | None = None) -> str:
    tip = f"<title>{escape(title)}</title>" if title else ""
    end = f">{tip}</rect>" if tip else "/>"
    return f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(w)}" height="{_n(h)}" fill="{fill}"{end}'


def _circle(x: float, y: float, r: float, fill: str, stroke: str | None = None, stroke_width: float = 0.0,
            opacity: float | None = None) -> str:
    extra = f' stroke="{stroke}" stroke-width="{_n(stroke_width)}"' if stroke else ""
    if opacity is not None:
        extra += f' fill-opacity="{_n(opacity)}"'
    return f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(r)}" fill="{fill}"{extra}/>'


def _polyline(points: Sequence[tuple[float, float]], colour: str, width: float) -> str:
    joined = " ".join(f"{_n(x)},{_n(y)}" for x, y in points)
    return (f'<polyline points="{joined}" fill="none" stroke="{colour}" stroke-width="{_n(width)}" '
            'stroke-linejoin="round"/>')


def _svg(width: float, height: float, body: Sequence[str], label: str) -> str:
    """The chart as one inline element that scales with the page, keeping its aspect ratio."""
    fonts = ", ".join(f"'{f}'" for f in CJK_FONTS) + ", sans-serif"
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_n(width)} {_n(height)}" width="100%" '
            f'style="max-width:{_n(width)}px;height:auto" role="img" aria-label="{escape(label)}" '
            f'font-family="{escape(fonts, quote=False)}">' + "".join(body) + "</svg>")


def _title(x: float, text: str) -> str:
    return _text(x, 16, text, size=TITLE_SIZE, weight="bold")


def nice_ticks(low: float, high: float, target: int = 6) -> list[float]:
    """Round tick values (1, 2, 2.5 or 5 times a power of ten) covering [low, high]."""
    if not math.isfinite(low) or not math.isfinite(high):
        return []
    if high <= low:
        high = low + 1.0
    raw = (high - low) / max(1, target - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.ceil(low / step - 1e-9) * step
    ticks, k = [], 0
    while first + k * step <= high + step * 1e-9:
        ticks.append(round(first + k * step, 10))
        k += 1
    return ticks


def _count_label(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,g}"


# --------------------------------------------------------------------------- the charts


def category_bars_svg(counts: Sequence[tuple[str, int]], title: str) -> str:
    """Horizontal bars, one per (label, count), in the given order (first at the top)."""
    if not counts or not any(n for _, n in counts):
        return _note("Nothing to chart.")
    row_h, top = 22.0, 34.0
    left = 12 + max(text_width(label) for label, _ in counts)
    plot_w = 480.0
    largest = max(n for _, n in counts)
    ticks = nice_ticks(0, largest * 1.12)
    scale_max = max(ticks[-1], largest * 1.12)
    height = top + row_h * len(counts) + 46
    body = [_title(4, title)]
    axis_y = top + row_h * len(counts) + 4
    for tick in ticks:
        x = left + plot_w * tick / scale_max
        body.append(_line(x, axis_y, x, axis_y + 4))
        body.append(_text(x, axis_y + 13, _count_label(tick), size=11, anchor="middle"))
    body.append(_line(left, axis_y, left + plot_w, axis_y))
    for i, (label, n) in enumerate(counts):
        y = top + row_h * i
        width = plot_w * n / scale_max
        body.append(_text(left - 6, y + row_h / 2, label, anchor="end"))
        body.append(_rect(left, y + row_h * 0.15, width, row_h * 0.7, ACCENT, f"{label}: {n:,}"))
        body.append(_text(left + width + 4, y + row_h / 2, f"{n:,}", size=11.5))
    body.append(_text(left + plot_w / 2, axis_y + 30, "measures (rows)", anchor="middle"))
    return _svg(left + plot_w + 70, height, body, title)


# Matplotlib's "Blues" colour map at a few points: light for few measures, dark for many.
_BLUES = [(0.0, (247, 251, 255)), (0.25, (198, 219, 239)), (0.5, (107, 174, 214)), (0.75, (33, 113, 181)),
          (1.0, (8, 48, 107))]


def blues(share: float) -> str:
    """The colour of a cell holding `share` (0-1) of the largest count."""
    share = min(1.0, max(0.0, share))
    for (a, ca), (b, cb) in zip(_BLUES, _BLUES[1:]):
        if share <= b:
            t = (share - a) / (b - a)
            return "#" + "".join(f"{round(x + (y - x) * t):02X}" for x, y in zip(ca, cb))
    return "#08306B"


def zone_category_heatmap_svg(matrix: pd.DataFrame, title: str) -> str:
    """Counts of measures, zones as rows (in the given order) and categories as columns."""
    if matrix.empty or not matrix.to_numpy().any():
        return _note("Nothing to chart.")
    values = matrix.to_numpy()
    n_rows, n_cols = values.shape
    cell_w, cell_h = 46.0, 22.0
    rows = [str(i) for i in matrix.index]
    columns = [str(c) for c in matrix.columns]
    left = 10 + max(text_width(r) for r in rows)
    top = 34 + max(text_width(c, 12) for c in columns) * 0.64 + 10  # the labels' height at 40 degrees
    largest = max(1, int(values.max()))
    threshold = values.max() * 0.6
    body = [_title(4, title)]
    for col, label in enumerate(columns):
        x = left + cell_w * (col + 0.5)
        body.append(_text(x, top - 6, label, size=12, rotate=-40, baseline="auto"))
    for row, label in enumerate(rows):
        y = top + cell_h * row
        body.append(_text(left - 6, y + cell_h / 2, label, anchor="end"))
        for col in range(n_cols):
            value = int(values[row, col])
            x = left + cell_w * col
            body.append(_rect(x + 0.75, y + 0.75, cell_w - 1.5, cell_h - 1.5, blues(value / largest),
                              f"{label}, {columns[col]}: {value:,}"))
            if value:
                body.append(_text(x + cell_w / 2, y + cell_h / 2, str(value), size=11, anchor="middle",
                                  colour="white" if value > threshold else TEXT))
    # The colour scale: a bar from 0 to the largest count.
    bar_x, bar_h = left + cell_w * n_cols + 16, min(160.0, cell_h * n_rows)
    steps = 20
    for k in range(steps):
        share = 1 - (k + 0.5) / steps
        body.append(_rect(bar_x, top + bar_h * k / steps, 12, bar_h / steps + 0.3, blues(share)))
    body.append(_text(bar_x + 16, top, f"{largest:,}", size=11))
    body.append(_text(bar_x + 16, top + bar_h, "0", size=11))
    body.append(_text(bar_x + 6, top + bar_h + 16, "measures", size=11, anchor="middle"))
    width = max(bar_x + 16 + text_width(f"{largest:,}", 11) + 24,  # the colour scale, or the last rotated label
                max(left + cell_w * (col + 0.5) + 0.77 * text_width(label, 12) for col, label in enumerate(columns)) + 8)
    height = top + max(cell_h * n_rows, bar_h + 24) + 10
    return _svg(width, height, body, title)


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # not the locale's


def _date_ticks(first: pd.Timestamp, last: pd.Timestamp) -> list[tuple[pd.Timestamp, str]]:
    """Dates for the axis: first days of months (of years, over a long span), or evenly spaced days."""
    days = (last - first).days
    if days > 62:
        months = days / 30.4
        step = next(s for s in (1, 2, 3, 6, 12, 24, 60) if months / s <= 8)
        ticks, month = [], pd.Timestamp(first.year, first.month, 1)
        if month < first:
            month = month + pd.DateOffset(months=1)
        while month <= last:
            if (month.month - 1) % step == 0 or step == 1:
                label = str(month.year) if month.month == 1 else _MONTHS[month.month - 1]
                ticks.append((month, label if step < 12 else str(month.year)))
            month = month + pd.DateOffset(months=1)
        return ticks
    step = max(1, math.ceil((days + 1) / 7))
    ticks, day = [], first.normalize()
    while day <= last:
        ticks.append((day, f"{_MONTHS[day.month - 1]} {day.day:02d}" if day.day == 1 or not ticks else f"{day.day:02d}"))
        day = day + pd.Timedelta(days=step)
    return ticks


def rate_lines_svg(rates: pd.DataFrame, title: str, max_lines: int = 12) -> str:
    """Return-to-work rates by date, one line per zone.

    `rates` has columns zone, date (datetime), date_is_as_of (bool), value (fraction 0-1).
    Rates at their as_of date are filled dots joined by a line; rates drawn at another
    date (the article's) are hollow dots, not joined. Zones with the most rates get their
    own colour and a legend entry; the rest are grey dots.
    """
    drawn = rates.dropna(subset=["date", "value", "zone"])
    if drawn.empty:
        return _note("No return-to-work rate with a zone and a date: nothing to draw.")
    order = (
        drawn.groupby("zone")["value"].size().rename("n").reset_index()
        .sort_values(["n", "zone"], ascending=[False, True])["zone"].tolist()
    )
    named, others = order[:max_lines], order[max_lines:]
    # The named zones' rows only: splitting every zone (hundreds, most of them grey dots
    # drawn together below) was most of this chart's time.
    by_zone = dict(tuple(drawn[drawn["zone"].isin(named)].groupby("zone", sort=False)))

    first, last = drawn["date"].min(), drawn["date"].max()
    span = last - first
    if span < pd.Timedelta(days=20):  # one date or a few days: give the axis some room
        middle = first + span / 2
        first, last = middle - pd.Timedelta(days=12), middle + pd.Timedelta(days=12)
    else:
        pad = span * 0.04
        first, last = first - pad, last + pad
    top_value = max(100.0, float(drawn["value"].max() * 100)) + 2
    low_value = max(0.0, min(float(drawn["value"].min() * 100) - 5, 50.0))

    left, top, plot_w, plot_h = 52.0, 34.0, 560.0, 300.0
    seconds = max(1.0, (last - first).total_seconds())

    def x_of(dates) -> np.ndarray:
        return left + plot_w * ((pd.to_datetime(pd.Series(dates)) - first).dt.total_seconds().to_numpy() / seconds)

    def y_of(values) -> np.ndarray:
        return top + plot_h * (1 - (np.asarray(values, dtype=float) * 100 - low_value) / (top_value - low_value))

    body = [_title(4, title)]
    for tick in nice_ticks(low_value, top_value):
        if low_value <= tick <= top_value:
            (y,) = y_of([tick / 100])
            body.append(_line(left, y, left + plot_w, y, GRID, 0.8))
            body.append(_text(left - 6, y, _count_label(tick), size=11, anchor="end"))
    body.append(_line(left, top + plot_h, left + plot_w, top + plot_h))
    body.append(_line(left, top, left, top + plot_h))
    ticks = _date_ticks(first, last)
    for (date, label), x in zip(ticks, x_of([date for date, _ in ticks])):  # one conversion for every tick
        body.append(_line(x, top + plot_h, x, top + plot_h + 4))
        body.append(_text(x, top + plot_h + 14, label, size=11, anchor="middle"))
    body.append(_text(14, top + plot_h / 2, "return-to-work rate (%)", anchor="middle", rotate=-90))

    if others:  # the other zones as one grey cloud: hundreds of lines would hide the named ones
        rest = drawn[drawn["zone"].isin(set(others))]
        for x, y in zip(x_of(rest["date"]), y_of(rest["value"])):
            body.append(_circle(x, y, 1.5, "#BBBBBB"))
    legend: list[tuple[str, str, bool]] = []  # (label, colour, filled)
    for i, zone in enumerate(named):
        colour = PALETTE[i % len(PALETTE)]
        points = by_zone[zone]
        stated = points[points["date_is_as_of"]]
        # Several rates of one zone on one date are different groups of firms: every one is a
        # dot, the line joins the highest of each date.
        line = stated.groupby("date", as_index=False)["value"].max()
        other = points[~points["date_is_as_of"]]
        if not stated.empty:
            body.append(_polyline(list(zip(x_of(line["date"]), y_of(line["value"]))), colour, 1.8))
            for x, y in zip(x_of(stated["date"]), y_of(stated["value"])):
                body.append(_circle(x, y, 3.0, colour))
        for x, y in zip(x_of(other["date"]), y_of(other["value"])):
            body.append(_circle(x, y, 3.6, "white", colour, 1.3))
        legend.append((f"{zone} ({len(points)})", colour, not stated.empty))

    legend_x, y = left + plot_w + 16, top + 4
    legend_title = "zone (rates)" + (f"; {len(others)} more zones: grey dots" if others else "")
    body.append(_text(legend_x, y, legend_title, size=12))
    for label, colour, filled in legend + [("as-of date stated", MUTED, True), ("no as-of: article date", MUTED, False)]:
        y += 18
        if filled:
            body.append(_line(legend_x, y, legend_x + 18, y, colour, 1.8))
            body.append(_circle(legend_x + 9, y, 3.0, colour))
        else:
            body.append(_circle(legend_x + 9, y, 3.6, "white", colour, 1.3))
        body.append(_text(legend_x + 24, y, label, size=12))
    width = legend_x + 24 + max(text_width(label, 12) for label, _, _ in legend + [("no as-of: article date", "", False)])
    width = max(width, legend_x + text_width(legend_title, 12)) + 8
    height = max(top + plot_h + 30, y + 14)
    return _svg(width, height, body, title)


MONEY_DOTS = 400  # dots drawn per money category at most


def thinned_ranks(n: int, limit: int) -> list[int]:
    """The 0-based ranks `thinned` keeps of `n` sorted values: all of them, or `limit`
    evenly spaced ones, the smallest and largest among them."""
    if n <= limit:
        return list(range(n))
    step = (n - 1) / (limit - 1)
    return [round(i * step) for i in range(limit)]


def thinned(values: Sequence[float], limit: int) -> list[float]:
    """At most `limit` of the sorted values, evenly spaced by rank (the smallest and largest
    kept): the spread of thousands of amounts without thousands of SVG dots."""
    ordered = sorted(values)
    return [ordered[rank] for rank in thinned_ranks(len(ordered), limit)]


def median_ranks(n: int) -> list[int]:
    """The 0-based ranks whose values give the median of `n` sorted values (one or two)."""
    return [(n - 1) // 2] if n % 2 else [n // 2 - 1, n // 2]


@dataclass(frozen=True)
class MoneyStrip:
    """What the money chart draws of one category: amounts in 万元."""

    label: str
    n: int
    dots: list[float]
    median: float
    largest: float


def money_strip(label: str, n: int, at_ranks: Callable[[list[int]], Sequence[float]],
                max_dots: int = MONEY_DOTS) -> MoneyStrip:
    """One category's strip from `n` > 0 amounts in yuan, of which it reads only the few it
    draws: `at_ranks(ranks)` returns the amounts at those 0-based ranks of the sorted amounts.
    So a caller can answer from a query and never hold every amount."""
    dots = [float(v) / 1e4 for v in at_ranks(thinned_ranks(n, max_dots))]
    middle = [float(v) / 1e4 for v in at_ranks(median_ranks(n))]
    largest = float(at_ranks([n - 1])[0]) / 1e4
    # The same median as of every value: numpy's median of an even count is the mean of these two.
    return MoneyStrip(label, n, dots, float(pd.Series(middle).median()), largest)


def money_strips(amounts: pd.DataFrame, categories: Sequence[str], max_dots: int = MONEY_DOTS) -> list[MoneyStrip]:
    """The strips of the categories (in the given order) with an amount above zero.
    `amounts` has columns category and value (yuan)."""
    amounts = amounts.dropna(subset=["value"])
    amounts = amounts[amounts["value"] > 0]
    strips = []
    for category in categories:
        values = np.sort(amounts.loc[amounts["category"] == category, "value"].to_numpy(dtype=float))
        if len(values):
            strips.append(money_strip(category, len(values), lambda ranks, v=values: v[ranks].tolist(), max_dots))
    return strips


def money_strip_svg(amounts: pd.DataFrame, categories: Sequence[str], title: str, max_dots: int = MONEY_DOTS) -> str:
    """Stated total amounts per money category: each dot one measure, in 万元, log scale.

    `amounts` has columns category and value (yuan). Dots are not added up: total rows of
    one zone can overlap, so the chart shows what was stated, not a sum.
    """
    return money_strips_svg(money_strips(amounts, categories, max_dots), title)


def money_strips_svg(strips: Sequence[MoneyStrip], title: str) -> str:
    """The money chart from its strips (`money_strips`, or `money_strip` per category), top to bottom."""
    if not strips:
        return _note("No total amount in yuan: nothing to draw.")
    row_h, top = 40.0, 34.0
    left = 12 + max(text_width(strip.label) for strip in strips)
    plot_w = 520.0
    values = [v for strip in strips for v in strip.dots + [strip.median, strip.largest] if v > 0]
    low = math.floor(math.log10(min(values))) if values else 0
    high = math.ceil(math.log10(max(values))) if values else 1
    high = max(high, low + 1)

    def x_of(value: float) -> float:
        return left + plot_w * (math.log10(max(value, 10.0 ** low)) - low) / (high - low)

    plot_h = row_h * len(strips)
    body = [_title(4, title)]
    every = max(1, math.ceil((high - low + 1) / 7))  # labels that do not run into each other
    for power in range(low, high + 1):
        x = x_of(10.0 ** power)
        body.append(_line(x, top, x, top + plot_h, GRID, 0.8))
        value = 10.0 ** power
        if (power - low) % every == 0:
            body.append(_text(x, top + plot_h + 12, f"{value:,.0f}" if value >= 1 else f"{value:g}", size=11,
                              anchor="middle"))
    body.append(_line(left, top + plot_h, left + plot_w, top + plot_h))
    for row, strip in enumerate(strips):
        middle = top + row_h * (row + 0.5)
        body.append(_text(left - 6, middle, strip.label, anchor="end"))
        # A fixed, even spread instead of random jitter: the same data, the same picture.
        for i, value in enumerate(strip.dots):
            offset = ((i * 0.618034) % 1.0 - 0.5) * 0.5
            body.append(_circle(x_of(value), middle + offset * row_h, 2.6, ACCENT, opacity=0.65))
        x = x_of(strip.median)
        body.append(_line(x, middle - row_h * 0.32, x, middle + row_h * 0.32, "#D55E00", 2.0))
        thinning = "" if len(strip.dots) == strip.n else f" ({len(strip.dots)} dots)"
        body.append(_text(left + plot_w + 8, middle, f"n={strip.n:,}{thinning}, max {strip.largest:,.0f}",
                          size=11, colour=MUTED))
    body.append(_text(left + plot_w / 2, top + plot_h + 30,
                      "stated total amount, 万元 (10,000 CNY), log scale; orange: median", anchor="middle"))
    width = left + plot_w + 8 + max(text_width(f"n={s.n:,} ({len(s.dots)} dots), max {s.largest:,.0f}", 11)
                                    for s in strips) + 8
    return _svg(width, top + plot_h + 44, body, title)
