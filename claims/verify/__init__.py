"""Verification: one verdict per claim, pure ((claims, relations, reference book, entities) -> verdicts).
A forecast is unverifiable, a result of the article's own relation is recomputed, and otherwise a
table maps the claim's metric family to its check (market data, reported figures) before the reasons.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta

from claims.dates import PUBLICATION_DAY_NOTE
from claims.entities import Entity, EntityTable
from claims.models import Claim, ReferenceQuery, Relation, Verdict
from claims.sources import ReferenceBook
from claims.verify.arithmetic import _comparison_only, check_relation
from claims.verify.common import _unverifiable
from claims.verify.figures import (
    CONFUSABLE_METRICS,
    DEFAULT_BASES,
    FIGURE_METRICS,
    check_figure,
    check_figure_claim,
    check_growth,
)
from claims.verify.fx import CONVERSION_UNDATED_RELATIVE, REPORT_LAG_DAYS, convert
from claims.verify.market import (
    ADJUSTED_SLACK_POINTS,
    MARKET_METRICS,
    PRICE_LOOKBACK_DAYS,
    SESSION_AFTER_MAX_DAYS,
    _is_a_days_market_value_change,
    _is_market_claim,
    check_day_move,
    check_from_extreme,
    check_market_claim,
    check_price_change,
    check_price_level,
    is_record_level,
    listing_candidates,
    ranks_since,
)
from claims.verify.readings import DEFAULT_PRICE_READING, PRICE_TYPES

__all__ = [
    "ADJUSTED_SLACK_POINTS",
    "CHECKS",
    "CONFUSABLE_METRICS",
    "CONVERSION_UNDATED_RELATIVE",
    "DEFAULT_BASES",
    "DEFAULT_PRICE_READING",
    "DURATION_UNITS",
    "FAMILIES",
    "FIGURE_METRICS",
    "MARKET_METRICS",
    "PRICE_LOOKBACK_DAYS",
    "PRICE_TYPES",
    "REPORT_LAG_DAYS",
    "check_day_move",
    "check_figure",
    "check_figure_claim",
    "check_from_extreme",
    "check_growth",
    "check_market_claim",
    "check_price_change",
    "check_price_level",
    "check_relation",
    "convert",
    "family_of",
    "listing_candidates",
    "plan_queries",
    "verify_claims",
]


DURATION_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})


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
            if (c.change_of and ranks_since(c)) or is_record_level(c):
                # "its largest fall since 2008", "a record high of HK$333": every session before it
                start = date(1970, 1, 1)
            end = c.period.end
            if (c.period.note or "").startswith(PUBLICATION_DAY_NOTE):
                end += timedelta(days=SESSION_AFTER_MAX_DAYS)  # the session after may be meant (market._check_line)
            if c.session_alternative is not None:
                end = max(end, c.session_alternative)  # the page's own day, the other reading of its last session
            for line in listing_candidates(entity, c):
                queries.append(ReferenceQuery(kind="price", series=line.ticker or "", start=start, end=end))
        elif c.metric in FIGURE_METRICS or c.change_of in FIGURE_METRICS:
            queries.append(ReferenceQuery(kind="figure", series=entity.name))
    return queries


# A claim's metric family -> its check: (claim, resolved subject, the document's claims by id,
# book) -> a verdict, or None when the check does not apply (then the reasons below decide).
# Families are tried in this order; adding a kind is one module and one row here.
FAMILIES: tuple[tuple[str, frozenset[str]], ...] = (("market", MARKET_METRICS), ("figure", FIGURE_METRICS))
CHECKS: dict[str, Callable[[Claim, Entity | None, dict[str, Claim], ReferenceBook], Verdict | None]] = {
    "market": check_market_claim,
    "figure": check_figure_claim,
}


def family_of(c: Claim) -> str | None:
    """The metric family a claim (or the change it states) belongs to, or None."""
    return next((name for name, metrics in FAMILIES if c.metric in metrics or c.change_of in metrics), None)


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


# Relations that hold whatever comes to pass: "would raise between 48,695 million yuan" at 845.7
# million shares of 57.58 yuan, "10.47 yuan ($1.47)" of an estimate -- the article's own arithmetic
ARITHMETIC_OF_FORECASTS = frozenset({"conversion", "product"})


def _verify_one(
    c: Claim,
    by_id: dict[str, Claim],
    by_result: dict[str, Relation],
    attached: dict[str, Relation],
    book: ReferenceBook,
    entities: EntityTable,
) -> Verdict:
    if c.is_forecast and not (c.id in by_result and by_result[c.id].kind in ARITHMETIC_OF_FORECASTS):
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
    if _is_a_days_market_value_change(c):
        # "its market value ... after a 1.25% gain on Thursday": in a day the share count does not
        # move, so the market value's change is the share price's
        moved = check_market_claim(c.model_copy(update={"change_of": "share_price"}), entity, by_id, book)
        return moved.model_copy(
            update={"explanation": f"A market value's change in one day is its share price's: {moved.explanation}"}
        )
    family = family_of(c)
    if family is not None:
        verdict = CHECKS[family](c, entity, by_id, book)
        if verdict is not None:
            return verdict
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
