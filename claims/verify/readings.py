"""Several readings of one market bar (open, high, low, close) and which of them decided the
verdict; the small typed record of a day's bar."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from claims.models import Claim, Evidence, ReferenceValue, Verdict
from claims.sources import ReferenceBook
from claims.tolerance import Check
from claims.verify.common import _against, _from_check, _unverifiable


@dataclass(frozen=True)
class _Bar:
    day: date
    values: dict[str, ReferenceValue]

    @property
    def placeholder(self) -> bool:
        """A flat row with no volume (open = high = low = close, volume 0): the source recorded no
        trades that day (Yahoo's rows for Hong Kong's half-day sessions look so), so its open,
        high and low are not the session's, and its one price may not be the close."""
        volume = self.values.get("volume")
        if volume is None or volume.value != 0:
            return False
        return len({self.values[k].value for k in PRICE_TYPES if k in self.values}) == 1


def _bars(book: ReferenceBook, ticker: str) -> dict[date, _Bar]:
    """A ticker's bars by day, built once per book (every price claim asks); read it, never change it."""
    cache: dict[str, tuple[list[ReferenceValue], int, dict[date, _Bar]]] = book.__dict__.setdefault("_bars", {})
    hit = cache.get(ticker)
    if hit is not None and hit[0] is book.values and hit[1] == len(book.values):
        return hit[2]
    bars: dict[date, _Bar] = {}
    for v in book.series("price", ticker):
        day = date.fromisoformat(v.key)
        bars.setdefault(day, _Bar(day, {})).values[v.metric] = v
    cache[ticker] = (book.values, len(book.values), bars)
    return bars


# The price of a day when the wording names none: the close is what a report of that day quotes.
DEFAULT_PRICE_READING = "close"


PRICE_TYPES = ("open", "high", "low", "close")

# "Berkshire sold 3.23 million shares on November 17 at an average price of HK$195.42 each ...,
# according to an exchange filing on Tuesday": the trade's own day after its verb, the filing's apart
_TRADE_ON_DAY_RE = re.compile(r"\b(?:sold|bought|purchased|acquired)\b(?:[^.;]|\.(?=\d)){0,60}?\bon\s+$", re.I)
_FILING_ON_DAY_RE = re.compile(
    r"\b(?:filings?|disclosures?|notices?|statements?)\s+(?:on|dated)\s+(?:[A-Z][a-z]+day|[A-Z][a-z]{2,8}\.?\s+\d)",
    re.I,
)


def _trade_and_filing_dated(c: Claim) -> bool:
    """Whether the sentence dates the trade itself (its verb, then "on <the claim's day>") and the
    filing separately ("a filing on Tuesday"): then the trade's day is the one stated."""
    if c.period is None or not _FILING_ON_DAY_RE.search(c.sentence):
        return False
    at = c.sentence.find(c.period.label)
    return at > 0 and _TRADE_ON_DAY_RE.search(c.sentence[:at]) is not None


# A sale known from a filing ("according to the website of the Hong Kong Stock Exchange", "a filing
# showed", "disclosed"): the date given may be the report's, not the trades'
_REPORTED_BY_FILING_RE = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?(?:\w+\s+){0,6}?(?:filings?|website|disclosures?|exchange|stock\s+exchange|data)\b"
    r"|\bfilings?\s+(?:showed|shows|with)\b|\b(?:disclosed|filed)\b",
    re.I,
)


def _decide_price_readings(
    c: Claim,
    ticker: str,
    day: date,
    bar: _Bar,
    factor: float,
    ref_precision: float,
    currency: str | None,
    fx_evidence: list[Evidence],
) -> Verdict:
    """Every reading of a day's price is tried and shown; the wording decides which one counts.

    A named price type ("closed at", "a low of", "opened at") is the only reading that decides.
    "intraday" / "at one point" is any moment of the session: the day's range decides; an
    insider's average trade price too. With no price type named, the close decides, both ways
    (the default reading): a price that fits the open, high, low or the range but not the close
    is never supported by that fit, which the explanation states. (A moment such as "at press
    time" or "in early trading" is not checked at all: daily bars do not give it.)
    """
    q = c.quantity
    tried: list[tuple[str, float, list[ReferenceValue], Check]] = []
    for name in PRICE_TYPES:
        v = bar.values[name]
        tried.append(
            (name, v.value * factor, [v], _against(c, q.value, v.value * factor, reference_precision=ref_precision))
        )
    lo, hi = bar.values["low"], bar.values["high"]
    lo_v, hi_v = lo.value * factor, hi.value * factor
    if q.hedge in ("more_than", "at_least"):
        in_range_ref = hi_v
    elif q.hedge in ("less_than", "at_most"):
        in_range_ref = lo_v
    else:
        in_range_ref = min(max(q.value, lo_v), hi_v)
    range_check = _against(c, q.value, in_range_ref, reference_precision=ref_precision)
    if c.aspect == "paid_range" and q.value_high is not None and range_check.holds:
        # "at prices between HK$95.55 and HK$96.65": both ends lie within the day's range
        top_ref = min(max(q.value_high, lo_v), hi_v)
        top_check = _against(c, q.value_high, top_ref, reference_precision=ref_precision)
        if not top_check.holds:
            range_check, in_range_ref = top_check, top_ref
    tried.append(("intraday range", in_range_ref, [lo, hi], range_check))
    by_name = {t[0]: t for t in tried}
    evidence = [
        Evidence(
            source=v[0].source,
            citation=v[0].citation,
            reading=n,
            detail=f"{ticker} {n} on {day:%Y-%m-%d}: "
            + ", ".join(f"{x.metric} {x.value:g}" for x in v)
            + (" (holds)" if chk.holds else " (does not hold)"),
            values=v,
        )
        for n, _r, v, chk in tried
    ] + fx_evidence
    holding = [t[0] for t in tried if t[3].holds]
    summary = "readings tried: " + ", ".join(f"{n} {'holds' if t[3].holds else 'no'}" for n, t in by_name.items())
    if c.aspect in PRICE_TYPES:
        name, wording = c.aspect, f"the wording names the {c.aspect}"
    elif c.aspect == "intraday":
        name, wording = "intraday range", "the wording names a moment of the session"
    elif c.aspect == "average":
        name, wording = "intraday range", "an average trade price of the day lies within its range"
    elif c.aspect == "paid_range":
        name, wording = "intraday range", "the prices of a day's trades lie within its range"
    else:
        # no price type named: the close is the day's price, both ways; a fit with another
        # reading (the open, the range) never supports, and is shown in the explanation
        name, wording = DEFAULT_PRICE_READING, "no price type is named: the close is the day's price"
        others = [n for n in holding if n != DEFAULT_PRICE_READING]
        if others and not by_name[DEFAULT_PRICE_READING][3].holds:
            wording += f"; it would fit the {', '.join(others)}, which the wording does not name"
    _n, ref, _vals, result = by_name[name]
    if (
        c.aspect == "average"
        and not result.holds
        and _REPORTED_BY_FILING_RE.search(c.sentence)
        and not _trade_and_filing_dated(c)
    ):
        # "On June 26, according to the exchange's website, X sold ... at an average price of HK$266.85":
        # a holding's sale is reported days after it trades, so a day whose range misses the average
        # is as likely the report's as a wrong price
        return _unverifiable(
            c,
            "no_date",
            f"{q.text} is outside {ticker}'s range on {day:%Y-%m-%d} ({lo_v:.4g}..{hi_v:.4g}); the sentence attributes "
            "the sale to a filing, whose date may be the report's, days after the trades, so the day is not certain.",
            evidence,
            check="market_price",
        )
    agree = len({t[3].holds for t in tried}) == 1
    what = f"{ticker} {name} on {day:%Y-%m-%d}" + (" (converted)" if fx_evidence else "")
    shown = f"{lo_v:.4g}..{hi_v:.4g}" if name == "intraday range" else f"{ref:.4g}"
    return _from_check(
        c,
        result,
        ref,
        check="market_price",
        reading=name,
        readings_agree=agree,
        explanation_ok=f"{what} was {currency or ''} {shown}, matching {q.text} ({wording}; {summary}).",
        explanation_bad=f"{what} was {currency or ''} {shown}, not {q.text} ({wording}; {summary}).",
        evidence=evidence,
    )
