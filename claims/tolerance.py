"""Every tolerance rule in one place: how far a reference may be from a claim and still support it.

Rules (each has tests in ``tests/test_tolerance.py`` that fail if the rule changes):

1. **Stated precision: the last written digit, zeros included.** An exact claim covers the
   rounding interval of its last written digit: "8.3%" covers [8.25, 8.35]; "3.25 million"
   covers 3,245,000..3,255,000; "HK$15.00" covers [14.995, 15.005]. A trailing zero is a
   written digit, not rounding: "10,000 vehicles" covers 9,999.5..10,000.5 and "100 billion
   yuan" (written to the billion) covers 99.5..100.5 billion, so neither is supported by
   8,646 or 75.5 billion. A round number is loose only when the text says so, with a hedge
   ("about 10,000", "nearly 100 billion", "more than 10,000"), and then the hedge's own
   tolerance (rule 2) applies instead. The reference's own rounding (a figure given in
   millions to one decimal) widens the interval by its half-step too.
2. **Hedges.** "about / around / roughly / approximately / some" accept ±10%; "nearly / almost
   / close to" accept [90%, 100%] of the stated value (a hedged round number gets no extra
   rounding allowance: "nearly 2 million" is not 1.3 million); "more than / over /
   exceeded" need the reference strictly above the stated value; "at least" at or above;
   "less than / under / fewer than" strictly below; "up to / at most" at or below.
3. **Ranges** accept any value within [low, high], widened by rounding.
4. **Currency conversion.** A claim in another currency than its reference is compared after
   conversion at the monthly average rate, with ±2% more allowance: the writer's rate of the
   day differs from a monthly average by about that much.
5. **References that are bounds.** When the source itself only says "more than Y", a claim of
   "more than X" with X <= Y is supported, an exact X below Y (or "less than X" with X <= Y)
   is contradicted, and anything else is inconclusive — never supported on a guess.
6. **Orders of magnitude** ("tens of thousands", "millions") are never compared to a number:
   the claim is too vague to support or contradict.
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.models import Quantity

APPROXIMATE_RELATIVE = 0.10
FX_RELATIVE = 0.02
NEARLY_LOWER = 0.90
NEARLY_WORDS = ("nearly", "almost", "close to", "just under", "approaching")


@dataclass(frozen=True)
class Check:
    """The outcome of comparing a claim with a reference value."""

    holds: bool
    tolerance: float
    reason: str
    difference: float
    relative_difference: float | None


def half_step(precision: float) -> float:
    return precision / 2 if precision > 0 else 0.0


def compare(
    claimed: float,
    reference: float,
    *,
    hedge: str = "exact",
    precision: float = 0.0,
    reference_precision: float = 0.0,
    value_high: float | None = None,
    hedge_word: str | None = None,
) -> Check:
    """Whether ``reference`` is consistent with a claim of ``claimed`` stated with ``hedge``."""
    rounding = half_step(precision) + half_step(reference_precision)
    difference = reference - claimed
    relative = difference / abs(claimed) if claimed else None
    if value_high is not None:
        ok = claimed - rounding <= reference <= value_high + rounding
        return Check(
            ok,
            rounding,
            f"within the stated range {claimed:g}..{value_high:g} (±{rounding:g} rounding)",
            difference,
            relative,
        )
    if hedge == "more_than":
        return Check(
            reference > claimed - half_step(reference_precision),
            0.0,
            "'more than' needs the reference above the stated value",
            difference,
            relative,
        )
    if hedge == "at_least":
        return Check(
            reference >= claimed - rounding,
            rounding,
            "'at least' needs the reference at or above the stated value",
            difference,
            relative,
        )
    if hedge == "less_than":
        return Check(
            reference < claimed + half_step(reference_precision),
            0.0,
            "'less than' needs the reference below the stated value",
            difference,
            relative,
        )
    if hedge == "at_most":
        return Check(
            reference <= claimed + rounding,
            rounding,
            "'at most' needs the reference at or below the stated value",
            difference,
            relative,
        )
    if hedge == "approximate":
        # the hedge already says how loose the number is: its trailing zeros add nothing
        rounding = half_step(reference_precision)
        if hedge_word and hedge_word.lower() in NEARLY_WORDS:
            # a magnitude of 90%..100% of the stated one: "fell nearly 9%" is -9..-8.1
            low, high = sorted((claimed * NEARLY_LOWER, claimed))
            ok = low - rounding <= reference <= high + rounding
            return Check(
                ok,
                abs(claimed) * (1 - NEARLY_LOWER),
                f"'{hedge_word}' accepts 90%..100% of the stated value",
                difference,
                relative,
            )
        tol = abs(claimed) * APPROXIMATE_RELATIVE + rounding
        return Check(abs(difference) <= tol, tol, "an approximate figure accepts ±10%", difference, relative)
    ok = abs(difference) <= rounding + 1e-9 * max(1.0, abs(claimed))
    return Check(ok, rounding, f"rounding of the stated precision (±{rounding:g})", difference, relative)


RATE_UNITS = frozenset({"percent", "percentage_point", "basis_point", "times"})


def stated_precision(q: Quantity) -> float:
    """The rounding step a careful reader grants a stated number (rule 1): the step of its
    last written digit. With a decimal point that is ``q.precision`` (the extractor's step of
    the last digit after the point, zeros included: "HK$15.00" -> 0.01); without one it is the
    scale the number is written in ("10,000" -> 1, "100 billion" -> 1 billion), whatever its
    trailing zeros. Word numbers ("a thousand") keep the extractor's precision."""
    if q.precision <= 0:
        return q.precision
    if "." in q.text or not any(ch.isdigit() for ch in q.text):
        return q.precision
    return q.scale


def compare_quantity(
    q: Quantity,
    reference: float,
    *,
    reference_precision: float = 0.0,
    hedge_word: str | None = None,
    value: float | None = None,
) -> Check:
    """``compare`` with the claim's own value, hedge, precision and range."""
    return compare(
        q.value if value is None else value,
        reference,
        hedge=q.hedge,
        precision=stated_precision(q),
        reference_precision=reference_precision,
        value_high=q.value_high,
        hedge_word=hedge_word,
    )


def compare_with_bound(
    claimed: float, hedge: str, reference: float, reference_hedge: str, *, precision: float = 0.0
) -> Check | None:
    """A claim against a reference that is itself a bound (rule 5); ``None`` when inconclusive."""
    rounding = half_step(precision)
    difference = reference - claimed
    relative = difference / abs(claimed) if claimed else None
    if reference_hedge in ("more_than", "at_least"):
        if hedge in ("more_than", "at_least") and claimed <= reference:
            return Check(
                True, 0.0, f"the source says at least {reference:g}, which implies the claim", difference, relative
            )
        if hedge in ("exact", "approximate", "less_than", "at_most") and claimed + rounding < reference:
            return Check(
                False, rounding, f"the source says more than {reference:g}, above the claim", difference, relative
            )
        return None
    if reference_hedge in ("less_than", "at_most"):
        if hedge in ("less_than", "at_most") and claimed >= reference:
            return Check(
                True, 0.0, f"the source says at most {reference:g}, which implies the claim", difference, relative
            )
        if hedge in ("exact", "approximate", "more_than", "at_least") and claimed - rounding > reference:
            return Check(
                False, rounding, f"the source says less than {reference:g}, below the claim", difference, relative
            )
        return None
    raise ValueError(f"not a bound: {reference_hedge}")


def fx_precision(converted: float) -> float:
    """The reference "precision" that grants a converted value ±2% (rule 4)."""
    return 2 * FX_RELATIVE * abs(converted)


def precision_of(value: float) -> float:
    """The rounding step of a reference written as ``value`` ("4173.2" -> 0.1)."""
    text = f"{value:.10g}"
    if "e" in text:
        return 0.0
    if "." in text:
        return float(10.0 ** -len(text.split(".")[1]))
    return 1.0
