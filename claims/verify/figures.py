"""Reported-figure checks: a figure or its growth rate matched on subject, metric, period and
basis (with the other bases shown as readings)."""

from __future__ import annotations

from datetime import date

from claims.entities import Entity
from claims.models import Claim, Evidence, ReferenceValue, Verdict
from claims.sources import ReferenceBook
from claims.tolerance import compare_quantity, compare_with_bound, fx_precision, precision_of, stated_precision
from claims.verify.common import (
    _against,
    _claimed,
    _fmt,
    _from_check,
    _hedge_word,
    _misleading_negative_base,
    _round,
    _unverifiable,
)
from claims.verify.fx import convert

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


def check_figure_claim(c: Claim, entity: Entity | None, by_id: dict[str, Claim], book: ReferenceBook) -> Verdict | None:
    """A reported figure or its growth rate; None when the subject is no known entity (not checked here)."""
    del by_id
    if entity is None:
        return None
    if c.change_of:
        return check_growth(c, entity, book)
    return check_figure(c, entity, book)


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
        return _unverifiable(c, book.error_reason("figure", entity.name), err, check="reported_figure")
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
