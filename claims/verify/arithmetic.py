"""The article's own arithmetic: a number that results from a relation the article states
(change, difference, ratio, product, total, comparison), recomputed from the article's numbers."""

from __future__ import annotations

from datetime import timedelta

from claims.entities import EntityTable
from claims.models import Claim, Evidence, Relation, Verdict
from claims.reading.relations import gap_is_below
from claims.sources import ReferenceBook
from claims.tolerance import Check, stated_precision
from claims.verify.common import (
    _against,
    _article_evidence,
    _claimed,
    _fmt,
    _from_check,
    _misleading_negative_base,
    _round,
    _unverifiable,
)
from claims.verify.fx import _check_conversion, latest_session_reported
from claims.verify.market import _is_market_claim
from claims.verify.readings import _bars
from claims.vocab import SWING_CUE


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
    ranged_conversion = rel.kind == "conversion" and all(
        o.quantity.value_high is not None for o in (*ops, c)
    )  # (a range in one currency and the same range in another: each end is checked)
    if any(o.quantity.is_magnitude or (o.quantity.value_high is not None and not ranged_conversion) for o in ops):
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
        # ("fell by -1.77%": a signed number with a falling verb is one fall, not two)
        claimed = -abs(q.value) if q.direction == "down" else q.value
        if q.direction is None and gap_is_below(rel.cue):
            claimed = -abs(q.value)  # "just 5% shy of the record of $328.83": a distance below the extreme
        if a < 0:
            return _misleading_negative_base(
                c, computed, a, [_article_evidence(rel, ops, f"({_fmt(b)} − {_fmt(a)}) / |{_fmt(a)}|")]
            )
        pa, pb = ops
        if pa.quantity.unit == "percent" and pb.quantity.unit == "percent" and q.unit == "percent":
            points = _points_as_percent(c, rel, ops, claimed, computed, b - a)
            if points is not None:
                return points
        # the operands are rounded too ("$12.29 billion ... up 769% from $1.41 billion": 12.285..12.295
        # over 1.405..1.415 is +768.2%..+775.1%): their rounding carries into the change
        carried = 100 * (stated_precision(pb.quantity) / 2 / abs(a) + abs(b) * stated_precision(pa.quantity) / 2 / a**2)
        result = _against(c, claimed, computed, reference_precision=2 * carried)
        rounding = f" (the operands' rounding allows ±{carried:.2f} points)" if carried >= 0.05 else ""
        detail = f"from {_fmt(a)} to {_fmt(b)} is {computed:+.2f}%"
        evidence = [_article_evidence(rel, ops, detail)]
        if book is not None and entities is not None and rel.cue != SWING_CUE:
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
            explanation_ok=f"The article's own numbers: {detail}, matching the stated {q.text}{rounding}.",
            explanation_bad=f"The article's own numbers: {detail}, not {q.text}{rounding}.",
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
    if rel.kind in ("ratio", "share", "average"):
        a, b = vals
        computed = a / b if b else float("inf")
        stated = q.value / 100 if q.unit == "percent" else q.value
        precision = stated_precision(q) / 100 if q.unit == "percent" else stated_precision(q)
        result = _against(c, stated, computed, precision=precision)
        detail = f"{_fmt(a)} / {_fmt(b)} = {computed:.4g}"
        ta, tb = ops[0].quantity.text, ops[1].quantity.text
        if rel.kind == "ratio":
            hedge = f" ({q.hedge.replace('_', ' ')})"
            ok, bad = f"consistent with '{q.text}'{hedge}", f"inconsistent with '{q.text}'{hedge}"
        else:
            ok, bad = f"consistent with '{q.text}'", f"not '{q.text}'"
            detail = (
                f"{ta} of {tb} is {computed * 100:.2f}%"
                if rel.kind == "share"
                else f"{ta} over {tb} is {_fmt(computed)} each"
            )
        return _from_check(
            c,
            result,
            computed,
            check="arithmetic",
            claimed=stated,
            explanation_ok=f"The article's own numbers: {detail}, {ok}.",
            explanation_bad=f"The article's own numbers: {detail}, {bad}.",
            evidence=[_article_evidence(rel, ops, detail)],
        )
    if rel.kind == "change_to":
        return _check_change_to(c, rel, ops)
    if rel.kind == "product":
        return _check_product(c, rel, ops)
    if rel.kind == "conversion":
        return _check_conversion(c, rel, ops, book, reported=latest_session_reported(by_id.values()))
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


def _check_change_to(c: Claim, rel: Relation, ops: list[Claim]) -> Verdict:
    """A money change and the level it ended at give the percent: the base is the level less a
    rise, or plus a fall ("at $328.34, an increase of $6.50 or 2.02%": 6.50 / 321.84 = 2.02%)."""
    q = c.quantity
    change, level = abs(ops[0].quantity.value), ops[1].quantity.value
    down = rel.op == "<" or (q.direction == "down") or q.value < 0
    base = level + change if down else level - change
    if base <= 0:
        return _unverifiable(c, "missing_operand", "The level the change is measured from is not positive.")
    computed = change / base * 100
    stated = abs(q.value)
    result = _against(c, stated, computed, precision=stated_precision(q))
    sign = "+" if down else "-"
    detail = f"{_fmt(change)} / ({_fmt(level)} {sign} {_fmt(change)}) = {computed:.4g}%"
    return _from_check(
        c,
        result,
        computed,
        check="arithmetic",
        claimed=stated,
        explanation_ok=f"The article's own numbers: {detail}, consistent with '{q.text}'.",
        explanation_bad=f"The article's own numbers: {detail}, inconsistent with '{q.text}'.",
        evidence=[_article_evidence(rel, ops, detail)],
    )


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
