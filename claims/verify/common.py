"""The verdict builders and comparison every kind of check shares: an unverifiable verdict, a
verdict from a tolerance check, the claim's signed value, number formatting, article evidence."""

from __future__ import annotations

from claims.models import Claim, Evidence, Relation, Verdict
from claims.tolerance import NEARLY_WORDS, Check, compare, stated_precision


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


def _contradicted(
    c: Claim, reference: float, *, check: str, reading: str, explanation: str, evidence: list[Evidence]
) -> Verdict:
    """A contradicted verdict that is no tolerance check (a price never traded, a larger move): the
    reference it is compared with, and the claimed value's difference from it."""
    return Verdict(
        claim_id=c.id,
        doc_id=c.doc_id,
        verdict="contradicted",
        claimed_value=_claimed(c),
        reference_value=_round(reference),
        difference=_round(_claimed(c) - reference),
        check=check,
        reading=reading,
        explanation=explanation,
        evidence=evidence,
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
    # (six significant digits: a price as stated, "156.26 − 150.90", not "156.3 − 150.9")
    return f"{x:,.6g}" if abs(x) < 1000 else f"{x:,.2f}"


def _against(
    c: Claim, claimed: float, reference: float, *, reference_precision: float = 0.0, precision: float | None = None
) -> Check:
    """``claimed`` (the claim's value, signed or rescaled) against ``reference`` with the claim's
    own hedge, hedge word and stated precision: every kind of check compares through here, so a
    "nearly" means the same for a price, a change, a ratio and a reported figure."""
    q = c.quantity
    if (
        q.value_high is not None
        and q.value
        and q.unit in ("percent", "percentage_point")
        and q.hedge in ("exact", "approximate")
        and abs(claimed) == abs(q.value)
    ):
        # "JD.com, Baidu and Meituan retreated between 2.9% and 5.6%": each lies in the range
        high = claimed * q.value_high / q.value
        low_end, high_end = sorted((abs(claimed), abs(high)))
        sign = -1.0 if claimed < 0 else 1.0
        at_least = compare(
            low_end,
            sign * reference,
            hedge="at_least",
            precision=stated_precision(q),
            reference_precision=reference_precision,
        )
        at_most = compare(
            high_end,
            sign * reference,
            hedge="at_most",
            precision=stated_precision(q),
            reference_precision=reference_precision,
        )
        return at_least if not at_least.holds else at_most
    if claimed < 0 and q.direction == "down" and q.hedge in ("more_than", "at_least", "less_than", "at_most"):
        # "fell more than 6%" bounds the size of the fall: compare magnitudes
        claimed, reference = -claimed, -reference
    check = compare(
        claimed,
        reference,
        hedge=q.hedge,
        precision=stated_precision(q) if precision is None else precision,
        reference_precision=reference_precision,
        hedge_word=_hedge_word(c),
    )
    if (
        check.holds
        and q.hedge in ("less_than", "at_most")
        and q.direction is not None
        and q.unit in ("percent", "percentage_point", "basis_point")
        and claimed > 0 > reference
    ):
        # "up to 18.08% higher", "rose less than 2%" bound the size of a rise: a fall is no such rise
        return Check(
            False,
            check.tolerance,
            "a bound on a rise (or a fall) needs a move that way",
            check.difference,
            check.relative_difference,
        )
    return check


def _hedge_word(c: Claim) -> str | None:
    before = c.sentence[: c.start - c.sentence_start].lower().rstrip()
    for word in NEARLY_WORDS:
        if before.endswith(word):
            return word
    return None


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
