"""Each tolerance rule of claims.tolerance, with cases that fail if the rule changes."""

from __future__ import annotations

import pytest

from claims.tolerance import compare, precision_of


@pytest.mark.parametrize(
    ("claimed", "precision", "reference", "holds"),
    [
        (8.3, 0.1, 8.333, True),  # 8.3% covers [8.25, 8.35]
        (8.3, 0.1, 8.36, False),
        (8.3, 0.1, 8.24, False),
        (3_250_000, 10_000, 3_254_999, True),  # 3.25 million covers +-5,000
        (3_250_000, 10_000, 3_256_000, False),
        (215_900, 100, 215_949, True),
        (215_900, 100, 215_951, False),
        (20_000, 10_000, 24_000, True),  # a caller may still grant a coarser step explicitly
        (20_000, 10_000, 26_000, False),
    ],
)
def test_exact_claims_cover_the_rounding_interval_of_their_last_digit(claimed, precision, reference, holds):
    assert compare(claimed, reference, precision=precision).holds is holds


def test_the_references_own_rounding_widens_the_interval():
    # 4.182 billion (precision 1 million) against 4,173.2 million given to 0.1 million
    assert not compare(4.182e9, 4.1732e9, precision=1e6, reference_precision=1e5).holds
    assert compare(4.182e9, 4.18249e9, precision=1e6, reference_precision=0).holds
    assert compare(75.51e9, 75.5068e9, precision=0.01e9, reference_precision=0.1e6).holds


@pytest.mark.parametrize(
    ("claimed", "reference", "holds"),
    [(100, 109.9, True), (100, 90.1, True), (100, 111, False), (100, 89, False), (-50, -54, True)],
)
def test_about_accepts_ten_percent_either_way(claimed, reference, holds):
    assert compare(claimed, reference, hedge="approximate").holds is holds


@pytest.mark.parametrize(("reference", "holds"), [(1.95e6, True), (1.8e6, True), (1.69e6, False), (2.1e6, False)])
def test_nearly_accepts_ninety_to_one_hundred_percent(reference, holds):
    assert compare(2e6, reference, hedge="approximate", precision=1e6, hedge_word="nearly").holds is holds


@pytest.mark.parametrize(
    ("hedge", "reference", "holds"),
    [
        ("more_than", 5.01, True),
        ("more_than", 5.0, False),
        ("more_than", 4.9, False),
        ("at_least", 5.0, True),
        ("at_least", 4.9, False),
        ("less_than", 4.99, True),
        ("less_than", 5.0, False),
        ("at_most", 5.0, True),
        ("at_most", 5.2, False),
    ],
)
def test_bounds(hedge, reference, holds):
    assert compare(5.0, reference, hedge=hedge).holds is holds


@pytest.mark.parametrize(
    ("reference", "holds"), [(200_000, True), (300_000, True), (250_000, True), (199_000, False), (301_000, False)]
)
def test_ranges_accept_anything_between_their_ends(reference, holds):
    assert compare(200_000, reference, value_high=300_000, precision=100_000 / 1000).holds is holds


def test_check_reports_difference_and_relative_difference():
    result = compare(8.3, 8.333, precision=0.1)
    assert result.difference == pytest.approx(0.033)
    assert result.relative_difference == pytest.approx(0.033 / 8.3)
    assert result.tolerance == pytest.approx(0.05)


@pytest.mark.parametrize(("value", "step"), [(4173.2, 0.1), (75506822.0, 1.0), (6.49, 0.01), (15.36, 0.01)])
def test_precision_of_a_written_reference(value, step):
    assert precision_of(value) == pytest.approx(step)


def _q(text: str, value: float, precision: float, *, unit=None, currency=None, scale=1.0):
    from claims.models import Quantity

    return Quantity(
        start=0, end=len(text), text=text, value=value, precision=precision, unit=unit, currency=currency, scale=scale
    )


@pytest.mark.parametrize(
    ("q", "step"),
    [
        (_q("30%", 30, 10, unit="percent"), 1.0),
        (_q("8.3%", 8.3, 0.1, unit="percent"), 0.1),
        (_q("$1,000", 1000, 1000, currency="USD"), 1.0),
        (_q("HK$15.00", 15.0, 0.01, currency="HKD"), 0.01),
        (_q("200 million yuan", 200e6, 100e6, currency="CNY", scale=1e6), 1e6),  # written to the million
        (_q("20,000", 20000, 10000, unit="person"), 1.0),  # a count: trailing zeros are digits
        (_q("20-fold", 20, 10, unit="times"), 1.0),
        (_q("2.50 billion", 2.5e9, 1e7, scale=1e9), 1e7),
        (_q("a thousand", 1000, 0.0), 0.0),  # a word number keeps the extractor's precision
    ],
)
def test_stated_precision_is_the_last_written_digit_zeros_included(q, step):
    from claims.tolerance import stated_precision

    assert stated_precision(q) == step


@pytest.mark.parametrize(
    ("q", "reference", "holds"),
    [
        (_q("100 billion yuan", 100e9, 100e9, currency="CNY", scale=1e9), 75.5e9, False),
        (_q("100 billion yuan", 100e9, 100e9, currency="CNY", scale=1e9), 100.4e9, True),
        (_q("10,000", 10000, 10000, unit="vehicle"), 8646, False),
        (_q("10,000", 10000, 10000, unit="vehicle"), 10000, True),
        (_q("20,000", 20000, 10000, unit="person"), 24000, False),
    ],
)
def test_a_trailing_zero_is_not_rounding(q, reference, holds):
    from claims.tolerance import compare_quantity

    assert compare_quantity(q, reference).holds is holds


@pytest.mark.parametrize(
    ("claimed", "hedge", "reference", "ref_hedge", "expected"),
    [
        (10_000, "more_than", 10_000, "more_than", True),  # the source implies the claim
        (8_000, "more_than", 10_000, "more_than", True),
        (12_000, "more_than", 10_000, "more_than", None),  # the source is too weak to tell
        (9_000, "exact", 10_000, "more_than", False),  # the true value is above 10,000
        (11_000, "exact", 10_000, "more_than", None),
        (9_000, "less_than", 10_000, "more_than", False),
        (50, "less_than", 40, "less_than", True),
        (60, "exact", 40, "less_than", False),
    ],
)
def test_references_that_are_bounds(claimed, hedge, reference, ref_hedge, expected):
    from claims.tolerance import compare_with_bound

    result = compare_with_bound(claimed, hedge, reference, ref_hedge)
    assert (None if result is None else result.holds) is expected
