"""Hand labels of the news corpus, one module per split (see ../reference.py for the format).

``U(...)`` is a claim that cannot be checked with the shipped data (verdict unverifiable and
why); ``C(...)`` is a checkable claim with its reference spec: its verdict is the tolerance
rule's on the scripted reference (a hand verdict, when given, must agree).
"""

from __future__ import annotations

from typing import Any


def U(
    article: str,
    text: str,
    subject: str,
    metric: str,
    reason: str,
    why: str = "",
    *,
    ctx: str | None = None,
    date: str | None = None,
    period: str | None = None,
    hedge: str = "exact",
    relabel: str | None = None,
) -> dict[str, Any]:
    extra = {"relabel": relabel} if relabel else {}
    return dict(
        **extra,
        article=article,
        text=text,
        subject=subject,
        metric=metric,
        verdict="unverifiable",
        reason=reason,
        why=why,
        ctx=ctx or text,
        date=date,
        period=period,
        hedge=hedge,
    )


def C(
    article: str,
    text: str,
    subject: str,
    metric: str,
    claimed: str,
    ref: dict[str, Any],
    *,
    why: str = "",
    ctx: str | None = None,
    date: str | None = None,
    period: str | None = None,
    hedge: str = "exact",
    sign: int | None = None,
    scale: float = 1.0,
    slack: float = 0.0,
    verdict: str = "auto",
    reason: str | None = None,
    reason_if_adjusted: str = "adjusted_prices",
    reason_if_missing: str = "outside_data",
    relabel: str | None = None,
) -> dict[str, Any]:
    extra = {"relabel": relabel} if relabel else {}
    return dict(
        **extra,
        article=article,
        text=text,
        subject=subject,
        metric=metric,
        claimed=claimed,
        ref=ref,
        why=why,
        ctx=ctx or text,
        date=date,
        period=period,
        hedge=hedge,
        sign=sign,
        scale=scale,
        slack=slack,
        verdict=verdict,
        reason=reason,
        reason_if_adjusted=reason_if_adjusted,
        reason_if_missing=reason_if_missing,
    )


def px(kind: str, ticker: str, date: str, **kw: Any) -> dict[str, Any]:
    return dict(kind=kind, ticker=ticker, date=date, **kw)


def fx(amount: float, src: str, dst: str, date: str) -> dict[str, Any]:
    return {"kind": "fx", "amount": amount, "from": src, "to": dst, "date": date}


def CA(
    article: str,
    text: str,
    subject: str,
    metric: str,
    claimed: str,
    refs: list[dict[str, Any]],
    *,
    why: str = "",
    ctx: str | None = None,
    date: str | None = None,
    hedge: str = "exact",
    reason: str | None = None,
    scale: float = 1.0,
    slack: float = 0.0,
    period: str | None = None,
    sign: int = 1,
) -> dict[str, Any]:
    """A claim with more than one plausible reading (a time of day, a rate's date): checkable only if all agree."""
    return dict(
        article=article,
        text=text,
        subject=subject,
        metric=metric,
        claimed=claimed,
        ref_all=refs,
        why=why,
        ctx=ctx or text,
        date=date,
        hedge=hedge,
        reason=reason,
        scale=scale,
        slack=slack,
        period=period,
        sign=sign,
    )


def closing(
    article: str,
    pct: str,
    level: str,
    company: str,
    ticker: str,
    day: str,
    sign: int,
    level_ctx: str | None = None,
) -> list[dict[str, Any]]:
    """A close-wrap pair 'X fell p% to HK$L' (or 'p per cent'): the day's close-to-close move and the close."""
    return [
        C(
            article,
            pct,
            company,
            "share_price_change_close_to_close",
            pct.replace(" per cent", "").rstrip("%"),
            px("change_cc", ticker, day),
            why=f"'{company} ... {pct} to {level}' at the close.",
            ctx=f"{pct} to {level}",
            date=day,
            sign=sign,
        ),
        C(
            article,
            level,
            company,
            "share_price_close",
            level.replace("HK$", ""),
            px("close", ticker, day),
            why="the close.",
            ctx=level_ctx,
            date=day,
        ),
    ]


def unknown(article: str, text: str, company: str, metric: str, code: str, **kw: Any) -> dict[str, Any]:
    """A claim about a listed company whose prices do not ship."""
    return U(article, text, company, metric, "unknown_entity", f"no price data for this listing ships ({code})", **kw)
