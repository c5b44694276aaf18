"""Prices as articles quote them, from the series vendors ship.

Yahoo Finance's daily bars come in two adjustments (yfinance ``history(auto_adjust=...)``):

- ``split_adjusted`` (``auto_adjust=False``; the ``Close`` column of Yahoo's own CSV): every
  price before a split is divided by the split ratio, dividends are not touched. With the
  ``Stock Splits`` column, multiplying back by the later splits gives the price that traded.
- ``adjusted`` (``auto_adjust=True``, yfinance's default): additionally every price before an
  ex-dividend day ``e`` is multiplied by ``1 - D_e / C_(e-1)`` (``C_(e-1)`` the close the day
  before, ``D_e`` the dividend, both split-adjusted). With the ``Dividends`` column this is
  undone from the last row backwards: the multiplier of the last row is 1, and
  ``m_t = m_(t+1) * A_t / (A_t + m_(t+1) * D_(t+1))`` (``A`` the adjusted close). That is exact
  only if the file runs to the day it was retrieved (no dividend after its last row), which the
  provenance must say (``"actions_through_end": true``).
- ``raw``: the file holds traded prices.

``bars_for_reading`` returns, per day, continuous prices for changes (split-adjusted, no
dividend adjustment: what a "shares rose 40% this year" is computed from) and, on days before a
later split, the traded prices for levels. A series whose dividends or splits are not known is
``adjusted`` only: usable for changes, never for price levels.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

Adjustment = Literal["raw", "split_adjusted", "adjusted"]
ADJUSTMENTS: tuple[Adjustment, ...] = ("raw", "split_adjusted", "adjusted")


@dataclass(frozen=True)
class Bar:
    day: str
    open: float
    high: float
    low: float
    close: float
    volume: float | None = None
    dividends: float | None = None  # None: the file has no Dividends column
    splits: float | None = None  # ratio on the split's first day (10.0 for 10-for-1); 0 or None: none


@dataclass(frozen=True)
class ReadBar:
    """One day as the verifier reads it."""

    day: str
    continuous: Bar  # split-adjusted, not dividend-adjusted (or adjusted-only, see ``levels_known``)
    traded: Bar | None  # the prices that traded that day, where they differ from ``continuous``
    levels_known: bool  # False: only an adjusted series is known; a level cannot be checked
    multiplier: float = 1.0  # dividend adjustment undone (1.0: none)
    split_factor: float = 1.0  # later splits (1.0: none)


def _scaled(bar: Bar, price: float, volume: float) -> Bar:
    return replace(
        bar,
        open=bar.open * price,
        high=bar.high * price,
        low=bar.low * price,
        close=bar.close * price,
        volume=None if bar.volume is None else bar.volume * volume,
    )


def bars_for_reading(
    bars: list[Bar], adjustment: Adjustment, *, actions_known: bool, levels_from: str | None = None
) -> list[ReadBar]:
    """Each day's continuous and traded prices (``bars`` in any order; returned by day).

    ``levels_from``: the first day whose rebuilt traded prices are trusted (see
    ``claims.refdata.prices.levels_from``); earlier days are read as adjusted only."""
    read = _bars_for_reading(bars, adjustment, actions_known=actions_known)
    if levels_from is None:
        return read
    return [r if r.day >= levels_from else replace(r, traded=None, levels_known=False) for r in read]


def _bars_for_reading(bars: list[Bar], adjustment: Adjustment, *, actions_known: bool) -> list[ReadBar]:
    rows = sorted(bars, key=lambda b: b.day)
    if not rows:
        return []
    if adjustment == "adjusted" and not actions_known:
        return [ReadBar(b.day, b, None, levels_known=False) for b in rows]
    if adjustment == "split_adjusted" and not actions_known:
        # Splits unknown: a later split may have rescaled any level.
        return [ReadBar(b.day, b, None, levels_known=False) for b in rows]
    n = len(rows)
    # dividend multipliers (adjusted series only), from the last row backwards
    mult = [1.0] * n
    if adjustment == "adjusted":
        for i in range(n - 2, -1, -1):
            nxt = mult[i + 1]
            dividend = rows[i + 1].dividends or 0.0
            a = rows[i].close
            mult[i] = nxt * a / (a + nxt * dividend) if dividend > 0 and a > 0 else nxt
    # later splits: the product of the ratios of splits after each day
    after = [1.0] * n
    for i in range(n - 2, -1, -1):
        ratio = rows[i + 1].splits or 0.0
        after[i] = after[i + 1] * (ratio if ratio > 0 else 1.0)
    out: list[ReadBar] = []
    for b, m, s in zip(rows, mult, after, strict=True):
        if adjustment == "raw":
            traded = b
            continuous = _scaled(b, 1 / s, s) if s != 1.0 else b
        else:
            continuous = _scaled(b, 1 / m, 1.0) if m != 1.0 else b
            traded = _scaled(continuous, s, 1 / s) if s != 1.0 else continuous
        out.append(ReadBar(b.day, continuous, traded if s != 1.0 else None, True, m, s))
    return out


PRICE_METRICS = ("open", "high", "low", "close", "volume")


def reading_values(bar: ReadBar) -> list[tuple[str, float, str | None]]:
    """(metric, value, basis) of one day: the continuous prices, plus ``<metric>_traded`` on days
    before a later split. ``basis`` is "adjusted" where only an adjusted series is known."""
    basis = None if bar.levels_known else "adjusted"
    out: list[tuple[str, float, str | None]] = []
    for which, b in (("", bar.continuous), ("_traded", bar.traded)):
        if b is None:
            continue
        for metric in PRICE_METRICS:
            value = getattr(b, metric)
            if value is None or value != value:  # missing or NaN
                continue
            out.append((metric + which, float(value) if metric == "volume" else round(float(value), 3), basis))
    return out
