"""Price charts for market claims: matplotlib (Agg, imported lazily) rendered to inline SVG.

One chart per price window of a document: the daily close (line) and intraday low–high range
(band) around the dates its market claims were checked on, and for each of those claims the
reference rows its verdict used (points: filled for the reading that decided) and, for a
price, the claimed value (a dashed line). Every artist of a claim carries the SVG id
``claim<key>-<n>``, so the page can bring one claim forward and dim the others. A chart costs
~30–60 ms, so claims close in time share one, identical charts are rendered once, and many
charts are rendered in worker processes.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from multiprocessing import get_context
from typing import Any

# Verdict colours (the stylesheet uses the same).
COLOURS = {
    "supported": "#1a7f37",
    "contradicted": "#c2182b",
    "misleading": "#b35900",
    "unverifiable": "#57606a",
}
PADDING = timedelta(days=21)  # trading days shown either side of the dates used
MAX_SHARED_SPAN = timedelta(days=100)  # claims share a chart while the dates they used fit in this
PARALLEL_FROM = 120  # charts; below this, starting worker processes costs more than it saves


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
    label: str  # "low 15.36"; empty: drawn, not labelled
    decided: bool  # belongs to the reading that decided the verdict


@dataclass(frozen=True)
class ClaimMarks:
    """One market claim on a chart."""

    key: int  # the claim's number on its page
    text: str  # as written: "HK$15.36"
    verdict: str
    claimed: float | None  # a claimed price, drawn as a line; None for a claimed change
    marks: tuple[Mark, ...]

    @property
    def first(self) -> date:
        return min(m.day for m in self.marks)

    @property
    def last(self) -> date:
        return max(m.day for m in self.marks)


@dataclass(frozen=True)
class PriceChart:
    """Everything one chart shows (hashable, so equal charts are rendered once)."""

    series: str
    currency: str | None
    bars: tuple[Bar, ...]
    claims: tuple[ClaimMarks, ...]

    @property
    def first(self) -> date:
        return min(c.first for c in self.claims)

    @property
    def last(self) -> date:
        return max(c.last for c in self.claims)


def group_claims(claims: Sequence[ClaimMarks]) -> list[list[ClaimMarks]]:
    """Claims (of one series) in groups whose dates fit in one chart, in date order."""
    groups: list[list[ClaimMarks]] = []
    for claim in sorted(claims, key=lambda c: (c.first, c.last, c.key)):
        if groups:
            first = min(c.first for c in groups[-1])
            last = max(c.last for c in groups[-1])
            if claim.first <= last + 2 * PADDING and max(last, claim.last) - first <= MAX_SHARED_SPAN:
                groups[-1].append(claim)
                continue
        groups.append([claim])
    return groups


def window(bars: Sequence[Bar], claims: Sequence[ClaimMarks]) -> tuple[Bar, ...]:
    """The bars a chart of these claims shows."""
    lo = min(c.first for c in claims) - PADDING
    hi = max(c.last for c in claims) + PADDING
    return tuple(b for b in bars if lo <= b.day <= hi)


def render_charts(
    charts: Sequence[PriceChart], workers: int | None = None, progress: Callable[[str], None] | None = None
) -> dict[PriceChart, str]:
    """Each distinct chart rendered once; in worker processes when there are many."""
    unique = list(dict.fromkeys(charts))
    n = workers if workers is not None else min(4, os.cpu_count() or 1)
    if len(unique) < PARALLEL_FROM or n <= 1:
        return {c: render_svg(c) for c in unique}
    if progress:
        progress(f"rendering {len(unique)} charts in {n} processes")
    # spawn, not fork: the caller may hold threads (DuckDB, Prefect) that a fork would copy mid-state
    with ProcessPoolExecutor(max_workers=n, mp_context=get_context("spawn")) as pool:
        svgs = list(pool.map(render_svg, unique, chunksize=max(1, len(unique) // (n * 8))))
    return dict(zip(unique, svgs, strict=True))


def render_svg(chart: PriceChart) -> str:
    """The chart as an ``<svg>`` element (no XML prologue), sized by its viewBox."""
    return _render(chart)


_XML_PROLOGUE = re.compile(r"^.*?(?=<svg)", re.S)


@lru_cache(maxsize=1024)
def _render(chart: PriceChart) -> str:
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.dates
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    mdates: Any = matplotlib.dates  # untyped in matplotlib's stubs
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
        # Fixed margins and a plain date axis: tight_layout, a legend and the auto date locator
        # cost two thirds of the time of a chart (the legend is the page's, in HTML, beside it).
        fig = Figure(figsize=(5.4, 2.5), dpi=100)
        FigureCanvasSVG(fig)
        fig.subplots_adjust(left=0.11, right=0.97, bottom=0.12, top=0.96)
        ax = fig.add_subplot()
        if chart.bars:
            days = mdates.date2num([b.day for b in chart.bars])
            lows = [b.low if b.low is not None else b.close for b in chart.bars]
            highs = [b.high if b.high is not None else b.close for b in chart.bars]
            ax.fill_between(days, lows, highs, color="#afb8c1", alpha=0.45, linewidth=0)
            ax.plot(days, [b.close for b in chart.bars], color="#24292f", linewidth=1.3)
        for claim in chart.claims:
            colour = COLOURS.get(claim.verdict, COLOURS["unverifiable"])
            n = 0

            def gid(claim: ClaimMarks = claim) -> str:
                nonlocal n
                n += 1
                return f"claim{claim.key}-{n}"

            if claim.claimed is not None:
                ax.axhline(claim.claimed, color=colour, linestyle=(0, (5, 3)), linewidth=1.2, gid=gid())
                ax.annotate(
                    f"“{claim.text}” claimed",
                    (1.0, claim.claimed),
                    xycoords=("axes fraction", "data"),
                    xytext=(-2, 3),
                    textcoords="offset points",
                    ha="right",
                    fontsize=7.5,
                    color=colour,
                    gid=gid(),
                )
            for m in claim.marks:
                ax.plot(
                    mdates.date2num([m.day]),
                    [m.value],
                    marker="o",
                    markersize=7 if m.decided else 5,
                    markerfacecolor=colour if m.decided else "white",
                    markeredgecolor=colour,
                    markeredgewidth=1.6,
                    linestyle="none",
                    gid=gid(),
                )
                if m.label:
                    ax.annotate(
                        f"“{claim.text}”: {m.label}",
                        (mdates.date2num(m.day), m.value),
                        xytext=(6, -11 if claim.claimed is None else 5),
                        textcoords="offset points",
                        fontsize=7.5,
                        color=colour,
                        gid=gid(),
                    )
        span = (chart.last - chart.first + 2 * PADDING).days
        if span <= 80:
            ax.xaxis.set_major_locator(mdates.WeekdayLocator(byweekday=mdates.MO, interval=2 if span > 40 else 1))
            ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %d"))
        elif span <= 800:
            ax.xaxis.set_major_locator(mdates.MonthLocator(interval=max(1, span // 150)))
            ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
        else:
            ax.xaxis.set_major_locator(mdates.YearLocator())
            ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
        ax.yaxis.set_major_locator(MaxNLocator(nbins=4))
        ax.set_ylabel(chart.currency or "price", fontsize=8)
        ax.grid(axis="y", color="#eaeef2", linewidth=0.8)
        ax.margins(x=0.02, y=0.2)  # room for the labels of the marks
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None})
    return _XML_PROLOGUE.sub("", buf.getvalue(), count=1)


def alt_text(chart: PriceChart) -> str:
    """What the chart shows, in words (for screen readers)."""
    parts = []
    for c in chart.claims:
        rows = ", ".join(f"{m.label} on {m.day.isoformat()}" for m in c.marks if m.label)
        claimed = f"claimed {c.text}" + (f" (line at {c.claimed:g})" if c.claimed is not None else "")
        parts.append(f"{claimed}, {c.verdict}; reference rows: {rows}")
    span = f"{chart.bars[0].day.isoformat()} to {chart.bars[-1].day.isoformat()}" if chart.bars else "no series"
    return f"{chart.series} daily close and low–high range, {span}. " + ". ".join(parts)
