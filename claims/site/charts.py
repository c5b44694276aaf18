"""Price charts for market claims: matplotlib (Agg, imported lazily) rendered to inline SVG.

A chart shows the daily close (line) and the intraday low–high range (band) around the dates
a verdict used, the reference rows it used (points, the deciding reading filled) and, for a
price claim, the claimed price (dashed line). Identical charts are rendered once.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

# Verdict colours (shared with the stylesheet) and their marks.
COLOURS = {
    "supported": "#1a7f37",
    "contradicted": "#c2182b",
    "misleading": "#b35900",
    "unverifiable": "#57606a",
}


@dataclass(frozen=True)
class Bar:
    """One trading day of the series."""

    day: date
    close: float
    low: float | None = None
    high: float | None = None


@dataclass(frozen=True)
class Mark:
    """A reference row a verdict used."""

    day: date
    value: float
    label: str  # "low 15.36"
    decided: bool  # the reading that decided the verdict
    article: bool = False  # a price the article states (checked against this row), not the reference


@dataclass(frozen=True)
class PriceChart:
    """Everything one chart shows (hashable, so equal charts are rendered once)."""

    series: str
    currency: str | None
    bars: tuple[Bar, ...]
    marks: tuple[Mark, ...]
    claimed: float | None  # a claimed price, drawn as a line; None for a claimed change
    claimed_label: str
    verdict: str


_XML_PROLOGUE = re.compile(r"^.*?(?=<svg)", re.S)


def render_svg(chart: PriceChart) -> str:
    """The chart as an ``<svg>`` element (no XML prologue), sized by its viewBox."""
    return _render(chart)


@lru_cache(maxsize=4096)
def _render(chart: PriceChart) -> str:
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.dates
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure

    mdates: Any = matplotlib.dates  # untyped in matplotlib's stubs
    colour = COLOURS.get(chart.verdict, COLOURS["unverifiable"])
    rc: Any = {
        "svg.fonttype": "none",  # text stays text (selectable, smaller); matplotlib escapes it
        "svg.hashsalt": "claims-report",  # stable ids: the same chart gives the same bytes
        "font.family": ["DejaVu Sans"],
        "font.size": 8.5,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.edgecolor": "#8c959f",
        "xtick.color": "#57606a",
        "ytick.color": "#57606a",
    }
    with matplotlib.rc_context(rc):
        fig = Figure(figsize=(5.4, 2.8), dpi=100)
        FigureCanvasSVG(fig)
        ax = fig.add_subplot()
        days = mdates.date2num([b.day for b in chart.bars])
        if chart.bars:
            lows = [b.low if b.low is not None else b.close for b in chart.bars]
            highs = [b.high if b.high is not None else b.close for b in chart.bars]
            ax.fill_between(days, lows, highs, color="#afb8c1", alpha=0.45, linewidth=0, label="day's low–high")
            ax.plot(days, [b.close for b in chart.bars], color="#24292f", linewidth=1.3, label="close")
        if chart.claimed is not None:
            ax.axhline(chart.claimed, color=colour, linestyle=(0, (5, 3)), linewidth=1.3, label=chart.claimed_label)
        for m in chart.marks:
            ax.plot(
                mdates.date2num([m.day]),
                [m.value],
                marker="s" if m.article else "o",
                markersize=7 if m.decided else 6,
                markerfacecolor=colour if m.decided else "white",
                markeredgecolor=colour,
                markeredgewidth=1.6,
                linestyle="none",
            )
            if not m.label:
                continue
            ax.annotate(
                m.label,
                (mdates.date2num(m.day), m.value),
                xytext=(6, -12) if m.article else (6, 6),
                textcoords="offset points",
                fontsize=8,
                color=colour,
            )
        if any(not m.article for m in chart.marks):
            ax.plot([], [], marker="o", color=colour, linestyle="none", label="reference row used")
        if any(m.article for m in chart.marks):
            ax.plot(
                [],
                [],
                marker="s",
                markerfacecolor="white",
                color=colour,
                linestyle="none",
                label="price the article gives",
            )
        ax.set_ylabel(chart.currency or "price")
        locator = mdates.AutoDateLocator(minticks=3, maxticks=6)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        ax.grid(axis="y", color="#eaeef2", linewidth=0.8)
        title = f"{chart.series} daily prices" + ("" if chart.claimed is not None else f" · {chart.claimed_label}")
        ax.set_title(title, loc="left", fontsize=9, color="#24292f")
        ax.legend(loc="best", fontsize=7.5, frameon=False)
        fig.tight_layout(pad=0.6)
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None})
    return _XML_PROLOGUE.sub("", buf.getvalue(), count=1)


def alt_text(chart: PriceChart) -> str:
    """What the chart shows, in words (for screen readers and as its caption's title)."""
    marks = "; ".join(f"{m.label} on {m.day.isoformat()}" for m in chart.marks if m.label)
    span = f"{chart.bars[0].day.isoformat()} to {chart.bars[-1].day.isoformat()}" if chart.bars else "no series"
    return f"{chart.series} daily prices {span}; {chart.claimed_label}; reference rows: {marks}"
