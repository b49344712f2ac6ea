"""Charts for report.html, drawn with matplotlib and returned as inline SVG text.

Promise: each function takes plain tables and returns one `<svg>` element (or a short
note when there is nothing to draw). Text stays text (`svg.fonttype = none`), so the
reader's browser draws the Chinese labels with its own system fonts and nothing is
embedded; the same tables give the same bytes (fixed hash salt, no date in the SVG).
"""
from __future__ import annotations

import io
import logging
import re
import warnings
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

_RC = {
    "svg.fonttype": "none",
    "svg.hashsalt": "zone-measures",
    "font.family": "sans-serif",
    "font.sans-serif": CJK_FONTS,
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.grid": False,
    "figure.dpi": 100,
}


def _pyplot():
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    # Missing CJK glyphs on a machine without a CJK font only misjudge label widths.
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    return plt


def _svg(fig) -> str:
    plt = _pyplot()
    buffer = io.StringIO()
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Glyph .* missing from")
        warnings.filterwarnings("ignore", message="findfont")
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    plt.close(fig)
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]  # drop the XML prolog and doctype: this goes inline
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, count=1, flags=re.S)  # RDF boilerplate
    svg = re.sub(r' xmlns:(?:dc|cc|rdf)="[^"]*"', "", svg)
    # Scale with the page, keep the aspect ratio.
    svg = re.sub(r'<svg([^>]*?) width="([\d.]+)pt" height="([\d.]+)pt"',
                 r'<svg\1 width="100%" style="max-width:\2pt;height:auto"', svg, count=1)
    return svg


def _figure(width: float, height: float):
    return _pyplot().subplots(figsize=(width, height))  # inside with_rc: the report's settings


def _note(text: str) -> str:
    return f'<p class="note">{escape(text)}</p>'


def with_rc(function):
    """Run a chart function inside the report's matplotlib settings."""

    def wrapped(*args, **kwargs):
        plt = _pyplot()
        with plt.rc_context(_RC), warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Glyph .* missing from")
            return function(*args, **kwargs)

    wrapped.__name__ = function.__name__
    wrapped.__doc__ = function.__doc__
    return wrapped


@with_rc
def category_bars_svg(counts: Sequence[tuple[str, int]], title: str) -> str:
    """Horizontal bars, one per (label, count), in the given order (first at the top)."""
    if not counts or not any(n for _, n in counts):
        return _note("Nothing to chart.")
    labels = [label for label, _ in counts]
    values = [n for _, n in counts]
    fig, ax = _figure(7.5, 0.32 * len(labels) + 0.9)
    positions = range(len(labels))[::-1]
    bars = ax.barh(list(positions), values, color=ACCENT, height=0.7)
    ax.set_yticks(list(positions), labels)
    ax.bar_label(bars, labels=[f"{v:,}" for v in values], padding=3, fontsize=9)
    ax.set_xlabel("measures (rows)")
    ax.set_title(title)
    ax.margins(x=0.12)
    ax.tick_params(axis="y", length=0)
    return _svg(fig)


@with_rc
def zone_category_heatmap_svg(matrix: pd.DataFrame, title: str) -> str:
    """Counts of measures, zones as rows (in the given order) and categories as columns."""
    if matrix.empty or not matrix.to_numpy().any():
        return _note("Nothing to chart.")
    plt = _pyplot()
    n_rows, n_cols = matrix.shape
    fig, ax = _figure(1.9 + 0.62 * n_cols, 1.6 + 0.3 * n_rows)
    values = matrix.to_numpy()
    image = ax.imshow(values, cmap="Blues", aspect="auto", vmin=0, vmax=max(1, values.max()))
    ax.set_xticks(range(n_cols), [str(c) for c in matrix.columns], rotation=40, ha="right")
    ax.set_yticks(range(n_rows), [str(i) for i in matrix.index])
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    threshold = values.max() * 0.6
    for row in range(n_rows):
        for col in range(n_cols):
            value = int(values[row, col])
            if value:
                ax.text(col, row, str(value), ha="center", va="center", fontsize=8.5,
                        color="white" if value > threshold else "#222")
    ax.set_xticks([x - 0.5 for x in range(1, n_cols)], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, n_rows)], minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="minor", length=0)
    ax.xaxis.tick_top()
    ax.set_title(title, pad=12)
    plt.setp(ax.get_xticklabels(), rotation=40, ha="left")
    fig.colorbar(image, ax=ax, shrink=0.5, pad=0.02, label="measures")
    return _svg(fig)


@with_rc
def rate_lines_svg(rates: pd.DataFrame, title: str, max_lines: int = 12) -> str:
    """Return-to-work rates by date, one line per zone.

    `rates` has columns zone, date (datetime), date_is_as_of (bool), value (fraction 0-1).
    Rates at their as_of date are filled dots joined by a line; rates drawn at another
    date (the article's) are hollow dots, not joined. Zones with the most rates get their
    own colour and a legend entry; the rest are thin grey lines.
    """
    drawn = rates.dropna(subset=["date", "value", "zone"])
    if drawn.empty:
        return _note("No return-to-work rate with a zone and a date: nothing to draw.")
    import matplotlib.dates as mdates
    from matplotlib.lines import Line2D

    order = (
        drawn.groupby("zone")["value"].size().rename("n").reset_index()
        .sort_values(["n", "zone"], ascending=[False, True])["zone"].tolist()
    )
    named, others = order[:max_lines], order[max_lines:]
    fig, ax = _figure(9.0, 4.6)
    by_zone = dict(tuple(drawn.groupby("zone", sort=False)))

    def draw(zone: str, colour: str, width: float, size: float, label: str | None, layer: int) -> None:
        points = by_zone[zone]
        stated = points[points["date_is_as_of"]]
        # Several rates of one zone on one date are different groups of firms: every one is a
        # dot, the line joins the highest of each date.
        line = stated.groupby("date", as_index=False)["value"].max()
        other = points[~points["date_is_as_of"]]
        # One legend entry per zone: on its line, or on its hollow dots when it has no line.
        if not stated.empty:
            ax.plot(line["date"], line["value"] * 100, color=colour, linewidth=width, marker="o",
                    markersize=size, label=label, zorder=layer)
            ax.plot(stated["date"], stated["value"] * 100, linestyle="none", color=colour, marker="o",
                    markersize=size, zorder=layer)
        if not other.empty:
            ax.plot(other["date"], other["value"] * 100, linestyle="none", marker="o", markersize=size + 1,
                    markerfacecolor="white", markeredgecolor=colour, markeredgewidth=1.3, zorder=layer + 1,
                    label=label if stated.empty else None)

    if others:  # the other zones as one grey cloud: hundreds of lines would hide the named ones
        rest = drawn[drawn["zone"].isin(set(others))]
        ax.scatter(rest["date"], rest["value"] * 100, s=7, color="#BBBBBB", edgecolors="none", zorder=1)
    for i, zone in enumerate(named):
        draw(zone, PALETTE[i % len(PALETTE)], 1.8, 4.5, f"{zone} ({len(by_zone[zone])})", 3)
    ax.set_ylabel("return-to-work rate (%)")
    top = max(100.0, float(drawn["value"].max() * 100))
    low = float(drawn["value"].min() * 100)
    ax.set_ylim(max(0.0, min(low - 5, 50.0)), top + 2)
    ax.yaxis.grid(True, color="#E5E5E5", linewidth=0.8)
    ax.set_axisbelow(True)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=9)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    span = drawn["date"].max() - drawn["date"].min()
    if span < pd.Timedelta(days=20):  # one date or a few days: give the axis some room
        middle = drawn["date"].min() + span / 2
        ax.set_xlim(middle - pd.Timedelta(days=12), middle + pd.Timedelta(days=12))
    ax.set_title(title)
    handles, labels = ax.get_legend_handles_labels()
    handles += [Line2D([], [], color="#444", marker="o", linestyle="-", markersize=4.5),
                Line2D([], [], color="#444", marker="o", linestyle="none", markersize=5.5,
                       markerfacecolor="white")]
    labels += ["as-of date stated", "no as-of: article date"]
    legend_title = "zone (rates)" + (f"; {len(others)} more zones: grey dots" if others else "")
    ax.legend(handles, labels, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=9,
              title=legend_title, title_fontsize=9, alignment="left")
    return _svg(fig)


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


@with_rc
def money_strips_svg(strips: Sequence[MoneyStrip], title: str) -> str:
    """The money chart from its strips (`money_strips`, or `money_strip` per category), top to bottom."""
    if not strips:
        return _note("No total amount in yuan: nothing to draw.")
    shown = [strip.label for strip in strips]
    fig, ax = _figure(9.0, 0.55 * len(shown) + 1.3)
    rows = range(len(shown))[::-1]
    for row, strip in zip(rows, strips):
        dots = strip.dots
        # A fixed, even spread instead of random jitter: the same data, the same picture.
        offsets = [((i * 0.618034) % 1.0 - 0.5) * 0.5 for i in range(len(dots))]
        ax.scatter(dots, [row + o for o in offsets], s=22, color=ACCENT, alpha=0.65, edgecolors="none")
        ax.plot([strip.median, strip.median], [row - 0.32, row + 0.32], color="#D55E00", linewidth=2)
        thinning = "" if len(dots) == strip.n else f" ({len(dots)} dots)"
        ax.annotate(f"n={strip.n:,}{thinning}, max {strip.largest:,.0f}", (1.0, row), xycoords=("axes fraction", "data"),
                    xytext=(6, 0), textcoords="offset points", va="center", fontsize=8.5, color="#444")
    ax.set_yticks(list(rows), shown)
    ax.set_xscale("log")
    ax.set_xlabel("stated total amount, 万元 (10,000 CNY), log scale; orange: median")
    ax.xaxis.grid(True, color="#E5E5E5", linewidth=0.8, which="major")
    ax.set_axisbelow(True)
    ax.set_ylim(-0.6, len(shown) - 0.4)
    ax.tick_params(axis="y", length=0)
    ax.set_title(title)
    from matplotlib.ticker import FuncFormatter

    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: f"{x:,.0f}" if x >= 1 else f"{x:g}"))
    return _svg(fig)
