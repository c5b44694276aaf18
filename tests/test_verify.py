"""Verification rules on articles that are not the seeds: each rule has three or more cases."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

import pytest

from claims.entities import Entity, EntityTable, Listing
from claims.extract import extract_claims, extract_relations
from claims.models import Document, ReferenceValue, Verdict
from claims.sources import fill_book
from claims.verify import plan_queries, verify_claims
from tests.fakes import FakeSource, figure_value, price_values

ACME = Entity("Acme", "ACME.X", "company", ("USD", "CNY"))
ENTITIES = EntityTable({"acme": ACME, "acme corp": ACME, "zenith": Entity("Zenith", None, "company")})
PRICES = price_values(
    "ACME.X",
    {
        "2023-06-01": (10.0, 10.2, 9.8, 10.0),
        "2023-12-29": (11.5, 11.6, 11.4, 11.5),
        "2024-03-01": (12.0, 12.5, 11.9, 12.4),
        "2024-03-04": (12.4, 13.1, 12.3, 13.0),
        "2024-03-05": (13.0, 13.2, 12.8, 12.9),
        "2024-03-06": (13.5, 13.9, 12.6, 12.7),  # prev close 12.9: cc -1.55%, oc -5.93%, gap +4.65%
        "2024-06-03": (14.0, 14.6, 13.8, 14.5),
    },
    currency="USD",
)
FIGURES = [
    figure_value("Acme", "deliveries", "2024-05", "2024-05-01", "2024-05-31", 8646, currency=None),
    figure_value("Acme", "revenue", "2024-Q1", "2024-01-01", "2024-03-31", 12.5e9),
    figure_value("Acme", "revenue", "2023-Q1", "2023-01-01", "2023-03-31", 10.0e9),
    figure_value("Acme", "net_profit", "2024-Q1", "2024-01-01", "2024-03-31", 2.0e9),
    figure_value("Acme", "net_profit", "2023-Q1", "2023-01-01", "2023-03-31", -0.5e9),
    figure_value("Acme", "adjusted_net_profit", "2024-Q1", "2024-01-01", "2024-03-31", 2.6e9),
]
FX = [
    ReferenceValue(
        source="fake", kind="fx", series=ccy, key=month, metric=f"{ccy}_per_USD", value=rate, citation="fake fx"
    )
    for ccy, month, rate in (("CNY", "2024-03", 7.2), ("HKD", "2024-03", 7.8), ("EUR", "2024-03", 0.92))
]
SOURCE_VALUES = {
    ("price", "ACME.X"): PRICES,
    ("figure", "Acme"): FIGURES,
    ("fx", "CNY"): [v for v in FX if v.series == "CNY"],
    ("fx", "HKD"): [v for v in FX if v.series == "HKD"],
    ("fx", "EUR"): [v for v in FX if v.series == "EUR"],
}


def check(text: str, published: date | None = date(2024, 6, 5)) -> list[tuple[str, Verdict]]:
    doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), source="t.txt", published=published, text=text)
    claims = extract_claims(doc, ENTITIES)
    relations = extract_relations(doc, claims)
    book, _calls = fill_book(FakeSource(SOURCE_VALUES), plan_queries(claims, ENTITIES))
    verdicts = verify_claims(claims, relations, book, ENTITIES)
    return [(c.quantity.text, v) for c, v in zip(claims, verdicts, strict=True)]


def verdict_of(text: str, span: str, published: date | None = date(2024, 6, 5)) -> Verdict:
    found = [v for t, v in check(text, published) if t == span]
    assert found, f"{span!r} not extracted from {text!r}: {[t for t, _ in check(text, published)]}"
    return found[0]


# -- market prices, read by the wording --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "expected", "reference"),
    [
        ("Acme's shares hit a low of $11.90 on March 1.", "$11.90", "supported", 11.9),
        ("Acme's stock reached a high of $13.10 on March 4.", "$13.10", "supported", 13.1),
        ("Acme's stock closed at $12.90 on March 5.", "$12.90", "supported", 12.9),
        ("Acme's stock reached a high of $13.50 on March 4.", "$13.50", "contradicted", 13.1),
        ("Acme's shares hit a low of $12.50 on March 1.", "$12.50", "contradicted", 11.9),
    ],
)
def test_share_price_on_a_date_is_read_by_its_wording(text, span, expected, reference):
    v = verdict_of(text, span)
    assert (v.verdict, v.reference_value, v.check) == (expected, reference, "market_price")
    assert v.evidence and v.evidence[0].values[0].series == "ACME.X"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Acme's shares hit a low of $12.00 on March 2.", "not_trading_day"),  # a Saturday
        ("Acme's shares hit a low of $12.00 on March 3.", "not_trading_day"),  # a Sunday
        ("Acme's shares hit a low of $12.00 on March 7.", "not_trading_day"),  # no row: holiday
        ("Acme's shares hit a low of $9.00 on January 3, 2022.", "outside_data"),
    ],
)
def test_a_price_on_a_day_without_trading_is_unverifiable_and_says_why(text, reason):
    v = verdict_of(text, text.split("of ")[1].split(" ")[0])
    assert (v.verdict, v.reason) == ("unverifiable", reason)
    assert v.reference_value is None


def test_a_price_of_an_entity_without_ticker_is_unverifiable():
    v = verdict_of("Zenith's shares hit a low of $12.00 on March 1.", "$12.00")
    assert (v.verdict, v.reason) == ("unverifiable", "unknown_entity")


@pytest.mark.parametrize(
    ("text", "expected", "reading"),
    [
        ("Acme's stock price has increased by more than 20% in a year.", "supported", "trailing twelve months"),
        ("Acme's stock price has increased by more than 50% in a year.", "contradicted", "trailing twelve months"),
        ("Acme's stock price has increased by more than 20% so far this year.", "supported", "year to date"),
    ],
)
def test_a_price_change_over_a_window_checks_each_reading(text, expected, reading):
    v = verdict_of(text, text.split("than ")[1].split(" ")[0])
    assert (v.verdict, v.reading, v.check) == (expected, reading, "price_change")
    assert len(v.evidence) == 2  # both windows are kept in the evidence
    assert v.readings_agree is not None


# -- the article's own arithmetic --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("The fare rose from $50 on Monday to $60 on Friday, an increase of 20%.", "20%", "supported"),
        ("The fare rose from $50 on Monday to $60 on Friday, an increase of 25%.", "25%", "contradicted"),
        ("Attendance fell from 80,000 in May to 60,000 in June, a decline of 25%.", "25%", "supported"),
        (
            "The index went from 2,000 points in 2020 to 2,500 points in 2023, an increase of 2.5%.",
            "2.5%",
            "contradicted",
        ),
    ],
)
def test_a_stated_change_is_recomputed_from_the_two_stated_values(text, span, expected):
    v = verdict_of(text, span)
    assert (v.verdict, v.check) == (expected, "arithmetic")
    assert v.evidence[0].source == "article" and len(v.evidence[0].claim_ids) == 2


@pytest.mark.parametrize(
    ("text", "span", "expected", "reference"),
    [
        (
            "The laptop is priced at $1,200. After deducting a discount of $150, the final price is $1,050.",
            "$1,050",
            "supported",
            1050,
        ),
        (
            "The laptop is priced at $1,200. After deducting a discount of $150, the final price is $1,000.",
            "$1,000",
            "contradicted",
            1050,
        ),
        (
            "A ticket costs 500 euros; after a discount of 120 euros the net price is 380 euros.",
            "380 euros",
            "supported",
            380,
        ),
    ],
)
def test_price_minus_discount_equals_final_price(text, span, expected, reference):
    v = verdict_of(text, span)
    assert (v.verdict, v.reference_value) == (expected, reference)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme had 5.2 million users, surpassing Zenith's 4.8 million.", "unverifiable"),
        ("Acme had 5.2 million users, surpassing Zenith's 5.6 million.", "contradicted"),
        ("The north ward recorded 1,200 votes, more than the south ward's 1,150.", "unverifiable"),
    ],
)
def test_a_comparison_between_two_stated_numbers(text, expected):
    # the comparison holding says nothing about the second number itself: never *supported*
    verdicts = [v for _t, v in check(text) if v.check == "arithmetic"]
    assert [v.verdict for v in verdicts] == [expected]
    if expected == "unverifiable":
        assert verdicts[0].reason == "comparison_only"
        assert verdicts[0].evidence[0].source == "article"


# -- loose verdicts a review found (each failed before its fix) ---------------------------------


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # a trailing zero is a written digit, not rounding (12.5 billion reported)
        ("In the first quarter of 2024, Acme's revenue was 10 billion yuan.", "10 billion yuan", "contradicted"),
        ("In the first quarter of 2024, Acme's revenue was 20 billion yuan.", "20 billion yuan", "contradicted"),
        ("In the first quarter of 2024, Acme's revenue was about 12 billion yuan.", "12 billion yuan", "supported"),
        ("In the first quarter of 2024, Acme's revenue was nearly 13 billion yuan.", "13 billion yuan", "supported"),
    ],
)
def test_a_round_number_is_loose_only_when_hedged(text, span, expected):
    assert verdict_of(text, span).verdict == expected


@pytest.mark.parametrize(
    ("text", "span", "expected", "reason"),
    [
        ("Acme delivered 10,000 vehicles in May.", "10,000", "contradicted", None),
        ("Acme delivered 8,646 vehicles in May.", "8,646", "supported", None),
        ("Acme delivered more than 8,000 vehicles in May.", "8,000", "supported", None),
        ("Acme said 8,646 vehicles were delivered in May.", "8,646", "supported", None),
        ("Acme recalled 8,646 vehicles in May.", "8,646", "unverifiable", "no_source"),
        ("Acme produced 8,646 vehicles in May.", "8,646", "unverifiable", "no_source"),
    ],
)
def test_a_vehicle_count_is_deliveries_only_when_the_verb_says_delivered(text, span, expected, reason):
    v = verdict_of(text, span)
    assert (v.verdict, v.reason) == (expected, reason)


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Acme's stock closed at nearly $12.00 on March 5.", "$12.00", "contradicted"),  # close 12.90
        ("Acme's stock closed at nearly $13.00 on March 5.", "$13.00", "supported"),
        ("Acme's stock closed at about $12.00 on March 5.", "$12.00", "supported"),
    ],
)
def test_the_nearly_rule_applies_to_prices_too(text, span, expected):
    v = verdict_of(text, span)
    assert (v.verdict, v.check) == (expected, "market_price")


@pytest.mark.parametrize(
    ("text", "span", "expected", "reason", "reading"),
    [
        # March 1: open 12.0, high 12.5, low 11.9, close 12.4
        # the high and a price within the range, not the close: contradicted by the close, never supported
        ("Acme's shares were at $12.50 on March 1.", "$12.50", "contradicted", None, "close"),
        ("Acme's shares were at $12.10 on March 1.", "$12.10", "contradicted", None, "close"),
        ("Acme's shares were at $12.40 on March 1.", "$12.40", "supported", None, "close"),
        ("Acme's shares were at $14.00 on March 1.", "$14.00", "contradicted", None, "close"),
        ("Acme's shares traded at $12.10 on March 1.", "$12.10", "supported", None, "intraday range"),
        ("Acme's shares opened at $12.40 on March 1.", "$12.40", "contradicted", None, "open"),
    ],
)
def test_a_price_without_a_price_type_is_decided_by_the_close_not_the_first_reading_that_holds(
    text, span, expected, reason, reading
):
    v = verdict_of(text, span)
    assert (v.verdict, v.reason, v.reading) == (expected, reason, reading)
    assert {e.reading for e in v.evidence} >= {"open", "high", "low", "close", "intraday range"}


# -- reported figures ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("In the first quarter of 2024, Acme's revenue was 12.5 billion yuan.", "12.5 billion yuan", "supported"),
        ("In the first quarter of 2024, Acme's revenue was 13.1 billion yuan.", "13.1 billion yuan", "contradicted"),
        ("In the first quarter of 2024, Acme's revenue was about 12 billion yuan.", "12 billion yuan", "supported"),
    ],
)
def test_a_reported_figure_is_matched_on_subject_metric_and_period(text, span, expected):
    v = verdict_of(text, span)
    assert (v.verdict, v.check, v.reference_value) == (expected, "reported_figure", 12.5e9)
    assert v.evidence[0].values[0].key == "2024-Q1"


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        (
            "In the first quarter of 2024, Acme's revenue was 12.5 billion yuan, a year-on-year increase of 25%.",
            "25%",
            "supported",
        ),
        (
            "In the first quarter of 2024, Acme's revenue was 12.5 billion yuan, a year-on-year increase of 30%.",
            "30%",
            "contradicted",
        ),
        (
            "In the first quarter of 2024, Acme's revenue was 12.5 billion yuan, a year-on-year decrease of 25%.",
            "25%",
            "contradicted",
        ),
    ],
)
def test_a_growth_rate_is_recomputed_from_the_two_reported_values(text, span, expected):
    v = verdict_of(text, span)
    assert (v.verdict, v.check) == (expected, "growth_rate")
    assert v.reference_value == pytest.approx(25.0)


@pytest.mark.parametrize("stated", ["500%", "400%", "37.5%"])
def test_growth_over_a_negative_base_is_misleading_whatever_its_digits(stated):
    text = f"In the first quarter of 2024, Acme's net profit was 2 billion yuan, a year-on-year increase of {stated}."
    v = verdict_of(text, stated)
    assert (v.verdict, v.reason) == ("misleading", "negative_base")
    assert v.reference_value == pytest.approx(500.0)


@pytest.mark.parametrize("value", ["2.6 billion yuan", "2.60 billion yuan", "about 2.6 billion yuan"])
def test_a_figure_of_another_basis_presented_as_net_profit_is_misleading(value):
    text = f"In the first quarter of 2024, Acme's net profit was {value}."
    v = [v for t, v in check(text) if t.endswith("billion yuan")][0]
    assert (v.verdict, v.reason) == ("misleading", "basis_mismatch")


# -- unverifiable, always with a reason ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Analysts expect Acme's revenue in 2025 will increase by 24% year-on-year.", "forecast"),
        ("Acme forecasts that deliveries will exceed 50,000 units next year.", "forecast"),
        ("Zenith had 3.4 million subscribers at the end of the year.", "no_source"),
    ],
)
def test_unverifiable_claims_carry_their_reason(text, reason):
    verdicts = [v for _t, v in check(text)]
    assert verdicts and all(v.verdict == "unverifiable" for v in verdicts)
    assert reason in {v.reason for v in verdicts}
    assert all(v.explanation for v in verdicts)


# -- other currencies, converted at the monthly average rate ------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # 12.5 billion CNY at the ECB rate of 2024-03-28 (0.138347 USD/CNY) = 1.729 billion USD
        ("In the first quarter of 2024, Acme's revenue was US$1.74 billion.", "US$1.74 billion", "supported"),
        ("In the first quarter of 2024, Acme's revenue was US$2.1 billion.", "US$2.1 billion", "contradicted"),
        # 12.5 billion CNY at 7.8144 CNY/EUR = 1.600 billion EUR
        ("In the first quarter of 2024, Acme's revenue was €1.6 billion.", "€1.6 billion", "supported"),
    ],
)
def test_a_figure_in_another_currency_is_converted_with_the_rate_shown(text, span, expected):
    v = verdict_of(text, span)
    assert (v.verdict, v.check) == (expected, "reported_figure")
    fx = [e for e in v.evidence if e.reading == "fx"]
    assert fx and "ECB reference rate of 2024-03-28" in fx[0].detail and fx[0].values


def test_a_price_in_another_currency_is_converted():
    # close 12.4 USD on 2024-03-01 at the ECB rate of that day = 97.07 HKD (±2% for the rate)
    v = verdict_of("Acme's stock closed at HK$96.7 on March 1.", "HK$96.7")
    assert (v.verdict, v.check) == ("supported", "market_price")
    assert v.reference_value == pytest.approx(97.0739, abs=1e-3)
    v = verdict_of("Acme's stock closed at HK$90.1 on March 1.", "HK$90.1")
    assert (v.verdict, v.check) == ("contradicted", "market_price")


def test_no_rate_for_the_currency_is_unverifiable_and_says_so():
    v = verdict_of("In the first quarter of 2024, Acme's revenue was NT$55 billion.", "NT$55 billion")
    assert (v.verdict, v.reason) == ("unverifiable", "currency_mismatch")
    assert "no reference rate for TWD" in v.explanation


# -- misleading: the number is right, the picture is wrong ----------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "expected", "close_to_close"),
    [
        # low 11.90 (Mar 1) -> high 13.10 (Mar 4) = +10.08%; close 12.40 -> 13.00 = +4.84%
        (
            "Acme's shares rose from the low of $11.90 on March 1 to the high of $13.10 on March 4, an increase of 10.1%.",
            "10.1%",
            "misleading",
            4.84,
        ),
        # high 13.10 (Mar 4) -> low 12.80 (Mar 5) = -2.29%; close 13.00 -> 12.90 = -0.77%
        (
            "Acme's shares fell from the high of $13.10 on March 4 to the low of $12.80 on March 5, a drop of 2.3%.",
            "2.3%",
            "misleading",
            -0.77,
        ),
        # close to close: nothing cherry-picked
        (
            "Acme's shares rose from a close of $12.40 on March 1 to a close of $13.00 on March 4, an increase of 4.8%.",
            "4.8%",
            "supported",
            None,
        ),
    ],
)
def test_a_change_between_an_intraday_low_and_high_is_compared_with_close_to_close(
    text, span, expected, close_to_close
):
    v = verdict_of(text, span)
    assert v.verdict == expected
    if close_to_close is not None:
        assert (v.reason, v.reading) == ("cherry_picked_window", "close to close")
        assert v.reference_value == pytest.approx(close_to_close, abs=0.01)
        assert any(e.reading == "close to close" for e in v.evidence)


def _claim(cid: str, text: str, value: float, unit: str | None = "percent", direction=None):
    from claims.models import Claim, Quantity

    q = Quantity(start=0, end=len(text), text=text, value=value, unit=unit, precision=1.0, direction=direction)
    return Claim(id=cid, doc_id="d", quantity=q, sentence=text, sentence_start=0)


@pytest.mark.parametrize(
    ("a", "b", "stated", "expected"),
    [
        (4.0, 5.0, 1.0, "misleading"),  # "rose from 4% to 5%, an increase of 1%": points, not percent
        (20.0, 22.0, 2.0, "misleading"),
        (20.0, 22.0, 10.0, "supported"),  # a true relative change
        (10.0, 8.0, 2.0, "misleading"),  # falling: 2 points is a 20% fall
    ],
)
def test_percentage_points_stated_as_percent_is_misleading(a, b, stated, expected):
    from claims.models import Relation
    from claims.verify import check_relation

    direction = "down" if b < a else "up"
    ops = [_claim("a", f"{a:g}%", a), _claim("b", f"{b:g}%", b)]
    result = _claim("r", f"{stated:g}%", stated, direction=direction)
    rel = Relation(kind="change", operands=("a", "b"), result="r", cue="from ... to")
    v = check_relation(result, rel, {c.id: c for c in [*ops, result]})
    assert v.verdict == expected
    if expected == "misleading":
        assert v.reason == "points_as_percent"


# -- several readings of one reported figure ----------------------------------------------------

ORDER_FIGURES = [
    figure_value(
        "Acme",
        "orders",
        "as of 2024-04-24",
        "2024-03-28",
        "2024-04-24",
        100_000,
        basis="large_orders",
        currency=None,
        unit="order",
    ),
    figure_value(
        "Acme",
        "orders",
        "as of 2024-04-24",
        "2024-03-28",
        "2024-04-24",
        75_723,
        basis="locked_orders",
        currency=None,
        unit="order",
    ),
    figure_value(
        "Acme",
        "deliveries",
        "2024-05",
        "2024-05-01",
        "2024-05-31",
        8_646,
        basis="monthly",
        currency=None,
        unit="vehicle",
    ),
    figure_value(
        "Acme",
        "deliveries",
        "2024-05",
        "2024-05-01",
        "2024-05-31",
        8_630,
        basis="monthly",
        currency=None,
        unit="vehicle",
        preferred=False,
    ),
]


def _check_with(figures, text):
    values = dict(SOURCE_VALUES)
    values[("figure", "Acme")] = figures
    doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), source="t.txt", published=date(2024, 6, 5), text=text)
    claims = extract_claims(doc)
    book, _ = fill_book(FakeSource(values), plan_queries(claims, ENTITIES))
    return {
        c.quantity.text: v
        for c, v in zip(claims, verify_claims(claims, extract_relations(doc, claims), book, ENTITIES), strict=True)
    }


@pytest.mark.parametrize(
    ("text", "span", "expected", "agree"),
    [
        ("As of April 24, Acme had received more than 90,000 orders.", "90,000", "supported", False),
        ("As of April 24, Acme had received more than 70,000 orders.", "70,000", "supported", True),
        ("As of April 24, Acme had received more than 120,000 orders.", "120,000", "contradicted", True),
    ],
)
def test_each_basis_is_a_reading_and_the_verdict_says_whether_they_agree(text, span, expected, agree):
    v = _check_with(ORDER_FIGURES, text)[span]
    assert (v.verdict, v.reading, v.readings_agree) == (expected, "large_orders", agree)
    assert {e.reading for e in v.evidence} == {"large_orders", "locked_orders"}


def test_a_revised_figure_is_preferred_and_the_first_count_shown_in_the_evidence():
    v = _check_with(ORDER_FIGURES, "In May 2024, Acme delivered 8,646 vehicles.")["8,646"]
    assert (v.verdict, v.reference_value) == ("supported", 8646)
    assert "8,630" in v.evidence[0].detail


def test_an_as_of_figure_for_another_day_is_unverifiable_with_the_nearest_shown():
    v = _check_with(ORDER_FIGURES, "As of May 15, Acme had received more than 90,000 orders.")["90,000"]
    assert (v.verdict, v.reason) == ("unverifiable", "period_not_covered")
    assert "nearest" in v.explanation and v.evidence


@pytest.mark.parametrize(
    ("text", "span", "expected", "reason"),
    [
        ("In June 2024, Acme delivered more than 10,000 vehicles.", "10,000", "supported", None),
        ("In June 2024, Acme delivered 9,500 vehicles.", "9,500", "contradicted", None),
        ("In June 2024, Acme delivered 12,000 vehicles.", "12,000", "unverifiable", "reference_is_a_bound"),
    ],
)
def test_a_reference_that_is_only_a_bound(text, span, expected, reason):
    june = figure_value(
        "Acme",
        "deliveries",
        "2024-06",
        "2024-06-01",
        "2024-06-30",
        10_000,
        basis="monthly",
        currency=None,
        unit="vehicle",
    )
    june = june.model_copy(update={"row": {**june.row, "hedge": "more_than"}})
    v = _check_with([june], text)[span]
    assert (v.verdict, v.reason) == (expected, reason)


@pytest.mark.parametrize(
    "text", ["Two hours later, the shop closed.", "The talks lasted 40 days.", "Over the past five years, Zenith grew."]
)
def test_a_duration_is_unverifiable_as_a_duration(text):
    verdicts = [v for _t, v in check(text)]
    assert [v.reason for v in verdicts] == ["duration"]


# -- a day's move, by its wording ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "expected", "reason", "reading"),
    [
        ("Acme shares fell 1.55% on March 6.", "1.55%", "supported", None, "close to close"),
        ("Acme shares closed down 1.55% on March 6.", "1.55%", "supported", None, "close to close"),
        # fits open-to-close only, and the wording does not say so: the close decides
        ("Acme shares fell 5.93% on March 6.", "5.93%", "contradicted", None, "close to close"),
        ("Acme shares opened 4.65% higher on March 6.", "4.65%", "supported", None, "previous close to open"),
        ("On March 6, Acme opened with a 12% jump.", "12%", "contradicted", None, "previous close to open"),
        ("Acme shares rose as much as 7.75% on March 6.", "7.75%", "supported", None, "intraday range"),
        # "as much as" states the session's extreme (not a bound): the high was +7.75%
        ("Acme shares rose as much as 9% on March 6.", "9%", "contradicted", None, "intraday range"),
        # a day whose low was only -2.4% below the previous close does not support "fell as much as 9%"
        ("Acme shares fell as much as 9% on March 6.", "9%", "contradicted", None, "intraday range"),
        ("Acme shares rose as much as 7% on March 6.", "7%", "contradicted", None, "intraday range"),
        ("Acme shares fell 20% on March 6.", "20%", "contradicted", None, "close to close"),
    ],
)
def test_a_days_move_is_checked_by_its_wording(text, span, expected, reason, reading):
    v = verdict_of(text, span, published=date(2024, 3, 8))
    assert (v.verdict, v.reason, v.reading) == (expected, reason, reading)
    assert {e.reading for e in v.evidence} >= {"close to close", "open to close", "previous close to open"}


def test_a_days_move_with_an_explicit_day_is_that_days_not_a_quarters():
    text = (
        "Acme shares fell 1.55% on Wednesday, March 6, closing at $12.70, after the company reported its "
        "first-quarter results."
    )
    v = verdict_of(text, "1.55%", published=date(2024, 3, 8))
    assert (v.verdict, v.check, v.reading) == ("supported", "price_change", "close to close")
    assert verdict_of(text, "$12.70", published=date(2024, 3, 8)).verdict == "supported"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme's stock fell more than 1.5%\nAcme had a hard day.", "supported"),
        ("Acme's stock plunged more than 6%\nAcme had a hard day.", "contradicted"),
    ],
)
def test_a_headline_move_in_a_dated_article_is_that_days(text, expected):
    v = [v for t, v in check(text, date(2024, 3, 6)) if t.endswith("%")][0]
    assert (v.verdict, v.check) == (expected, "price_change")


def test_a_headline_move_in_an_undated_article_has_no_date():
    v = [v for t, v in check("Acme's stock fell more than 1.5%\nAcme had a hard day.", None) if t.endswith("%")][0]
    assert (v.verdict, v.reason) == ("unverifiable", "no_date")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # published Friday 2024-03-08: "today" is the 8th (no bar), "on Wednesday" the 6th
        ("Acme shares fell 1.55% on Wednesday.", "supported"),
        ("Acme shares fell 1.55% today.", "unverifiable"),
        ("At the close of trading on Wednesday, Acme's stock was at $12.70, down 1.55%.", "supported"),
    ],
)
def test_relative_days_are_resolved_against_the_publication_date(text, expected):
    v = verdict_of(text, "1.55%", published=date(2024, 3, 8))
    assert v.verdict == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Springfield stocks fell today, with Acme at a low of $12.60.", "$12.60", "supported"),
        ("Market-wide, Springfield stocks fell today, with a low of $12.60 for Acme.", "$12.60", "supported"),
        ("Acme rose. Meanwhile, the Springfield Composite Index fell 1.55% today.", "1.55%", "unverifiable"),
    ],
)
def test_market_wide_words_are_not_the_company(text, span, expected):
    v = verdict_of(text, span, published=date(2024, 3, 6))
    assert v.verdict == expected


# -- the article's own arithmetic: products, conversions, totals with bounds ------------------------


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        (
            "On March 6, Acme's chairman sold 2.1 million shares at an average price of $13.05, cashing out about $27.4 million.",
            "$27.4 million",
            "supported",
        ),
        (
            "On March 6, Acme's chairman sold 2.1 million shares at an average price of $13.05, cashing out about $65.2 million.",
            "$65.2 million",
            "contradicted",
        ),
        (
            "On March 6, Acme's chairman sold 2.1 million shares at $13.05 each, raising $27.41 million.",
            "$27.41 million",
            "supported",
        ),
        # the amount before the price it was sold at
        (
            "On March 6, Acme's chairman sold 2.1 million shares, and the sales generated about $27.4 million for him "
            "at an average price of $13.05 per share.",
            "$27.4 million",
            "supported",
        ),
        (
            "On March 6, Acme's chairman sold 2.1 million shares, and the sales generated about $35 million for him "
            "at an average price of $13.05 per share.",
            "$35 million",
            "contradicted",
        ),
        # other numbers between the count and its price
        (
            "On March 6, Acme's chairman sold 2,532,500 shares, reducing his stake from 9.21% to 8.98%, at an average "
            "price of $13.05 per share, cashing out about $33 million.",
            "$33 million",
            "supported",
        ),
        (
            "On March 6, Acme's chairman sold 2,532,500 shares, reducing his stake from 9.21% to 8.98%, at an average "
            "price of $13.05 per share, cashing out about $676 million.",
            "$676 million",
            "contradicted",
        ),
        # the amount spent before the count and its price
        (
            "In 2008 Zenith spent $1.8 billion to subscribe to 225 million shares of Acme at a price of $8 per share.",
            "$1.8 billion",
            "supported",
        ),
        (
            "In 2008 Zenith spent $2.8 billion to subscribe to 225 million shares of Acme at a price of $8 per share.",
            "$2.8 billion",
            "contradicted",
        ),
    ],
)
def test_shares_times_price_is_the_proceeds(text, span, expected):
    v = verdict_of(text, span, published=date(2024, 3, 8))
    assert (v.verdict, v.check) == (expected, "arithmetic")
    assert "×" in v.evidence[0].detail


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme's new business value jumped 22% in 2023.\n\nIt was $3.37 billion, compared to $2.77 billion a year prior.",
            ("supported", "arithmetic"),
        ),
        (
            "Acme's new business value jumped 30% in 2023. It was $3.37 billion, compared to $2.77 billion a year prior.",
            ("contradicted", "arithmetic"),
        ),
        # the pair goes down while the sentence before says up: not that change
        (
            "Acme's new business value jumped 22% in 2023. It was $2.77 billion, compared to $3.37 billion a year prior.",
            ("unverifiable", None),
        ),
        # a sentence between them: not related
        (
            "Acme's new business value jumped 22% in 2023. Analysts cheered. It was $3.37 billion, compared to $2.77 "
            "billion a year prior.",
            ("unverifiable", None),
        ),
    ],
)
def test_a_change_takes_its_two_amounts_from_the_next_sentences_comparison(text, expected):
    v = verdict_of(text, "22%" if "22%" in text else "30%", published=date(2024, 3, 8))
    assert (v.verdict, v.check if v.check == "arithmetic" else None) == expected


@pytest.mark.parametrize(
    ("gap", "side", "expected"),
    [("$4.68", "short of", "supported"), ("$5.68", "short of", "contradicted"), ("$2.50", "above", "supported")],
)
def test_a_gap_to_an_extreme_is_the_extreme_minus_the_price_stated_before(gap, side, expected):
    extreme = "52-week high of $328.84" if side == "short of" else "52-week low of $321.66"
    text = (
        f"Acme shares fell 1.12% to $324.16 on Thursday, March 7.\n\n"
        f"Despite this decline, Acme closed just {gap} {side} its {extreme}, which it hit on March 6."
    )
    v = verdict_of(text, gap, published=date(2024, 3, 8))
    assert (v.verdict, v.check) == (expected, "arithmetic")


@pytest.mark.parametrize(
    ("span", "expected"),
    [("$13.05", "supported"), ("$14.05", "contradicted")],  # March 6: low 12.6, high 13.9
)
def test_an_insiders_average_sale_price_lies_within_the_days_range(span, expected):
    text = f"On March 6, Acme's chairman sold 2.1 million shares at an average price of {span}."
    v = verdict_of(text, span, published=date(2024, 3, 8))
    assert (v.verdict, v.reading) == (expected, "intraday range")


def test_an_average_sale_price_is_dated_only_by_its_own_sentence():
    # reported days after the trades: neither the publication day nor a session carried from the
    # same sentence's other numbers dates it
    for text in (
        "Zenith sold 2.1 million Acme shares at an average price of $14.05.",
        "Zenith sold 2.1 million Acme shares, cutting its stake from 9.21% to 8.98%, at an average price of $14.05.",
    ):
        v = verdict_of(text, "$14.05", published=date(2024, 3, 6))
        assert (v.verdict, v.reason) == ("unverifiable", "no_date"), text
        assert "names no day of the trades" in v.explanation
    # a day in the sentence still dates it
    v = verdict_of("On March 6, Zenith sold Acme shares at an average price of $14.05.", "$14.05", date(2024, 3, 8))
    assert v.verdict == "contradicted"


def test_a_sale_known_from_a_filing_is_not_contradicted_by_the_filings_day():
    # "On March 6, according to the exchange's website, ...": the day may be the report's, not the trades'
    text = "On March 6, according to the website of the stock exchange, Zenith sold Acme shares at an average price of $14.05."
    v = verdict_of(text, "$14.05", published=date(2024, 3, 8))
    assert (v.verdict, v.reason) == ("unverifiable", "no_date")
    # a price inside the day's range still supports
    v = verdict_of(text.replace("$14.05", "$13.05"), "$13.05", published=date(2024, 3, 8))
    assert v.verdict == "supported"
    # the trade dated by its own verb and the filing apart: the trade's day stands (6 March: 12.6..13.9)
    dated = "Zenith sold 3.23 million Acme shares on March 6 at an average price of $14.05 each, according to a filing on Friday."
    v = verdict_of(dated, "$14.05", published=date(2024, 3, 8))
    assert (v.verdict, v.check) == ("contradicted", "market_price")


@pytest.mark.parametrize(
    ("text", "span", "expected", "reason"),
    [
        # 12.5 billion CNY at the ECB rate of the publication day (2024-08-01) = 1.725 billion USD
        (
            "In the first quarter of 2024, Acme's revenue was RMB 12.5 billion (US$1.74 billion).",
            "US$1.74 billion",
            "supported",
            None,
        ),
        (
            "In the first quarter of 2024, Acme's revenue was RMB 12.5 billion (US$1.9 billion).",
            "US$1.9 billion",
            "contradicted",
            None,
        ),
        # a 1000x scale slip is contradicted whatever the rate, even undated
        (
            "In the first quarter of 2024, Acme's revenue was RMB 12.5 billion (US$1.74 million).",
            "US$1.74 million",
            "contradicted",
            None,
        ),
    ],
)
def test_a_bracketed_conversion_is_checked_at_the_days_rate(text, span, expected, reason):
    for published in (date(2024, 8, 1), None):
        if published is None and expected != "contradicted":
            continue
        v = verdict_of(text, span, published=published)
        assert (v.verdict, v.reason, v.check) == (expected, reason, "fx_conversion")


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("1,000 million dollars", "supported"),
        ("920 million euros", "supported"),
        ("1,200 million dollars", "contradicted"),
    ],
)
def test_one_bracket_may_convert_an_amount_into_two_currencies(span, expected):
    # 7,800 million HKD at 7.8 HKD and 0.92 EUR per USD (March 2024): 1,000 million USD, 920 million EUR
    text = ("On March 5, 2024 the turnover was 7,800 million Hong Kong dollars ({usd}, 920 million euros).").format(
        usd="1,200 million dollars" if span.startswith("1,200") else "1,000 million dollars"
    )
    v = verdict_of(text, span, published=date(2024, 3, 5))
    assert (v.verdict, v.check) == (expected, "fx_conversion")


def test_an_undated_conversion_is_not_supported_on_a_guess():
    text = "Acme's revenue was RMB 12.5 billion (US$1.74 billion)."
    v = verdict_of(text, "US$1.74 billion", published=None)
    assert (v.verdict, v.reason) == ("unverifiable", "no_date")


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        (
            "Acme delivered more than 10,000 units in June and 8,646 in May, for a total of 27,307 in the second quarter.",
            "unverifiable",
            "bound_in_sum",
        ),
        (
            "Acme delivered 10,000 units in June and 8,646 in May, for a total of 27,307 in the second quarter.",
            "unverifiable",
            "missing_part",
        ),
        (
            "Acme delivered 10,000 units in April, 9,000 in June and 8,646 in May, for a total of 27,646 in the second quarter.",
            "supported",
            None,
        ),
        (
            "Acme delivered 10,000 units in April, 9,000 in June and 8,646 in May, for a total of 28,646 in the second quarter.",
            "contradicted",
            None,
        ),
        (
            "Acme delivered more than 20,000 units in June and 8,646 in May, for a total of 27,307 so far.",
            "contradicted",
            None,
        ),
    ],
)
def test_a_total_is_exact_only_when_its_parts_are(text, expected, reason):
    v = [v for t, v in check(text, date(2024, 8, 1)) if v.check == "arithmetic"][0]
    assert (v.verdict, v.reason) == (expected, reason)


# -- a company with two share lines ---------------------------------------------------------------


def _two_line_verdict(text: str, span: str, published: date) -> Verdict:
    """The verdict on ``span`` of ``text`` about Borealis, listed as BORL (USD) and 4321.HK (HKD)."""
    table, values = _two_lines()
    doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), source="t.txt", published=published, text=text)
    claims = extract_claims(doc, table)
    book, _calls = fill_book(FakeSource(values), plan_queries(claims, table))
    verdicts = verify_claims(claims, extract_relations(doc, claims), book, table)
    return [v for c, v in zip(claims, verdicts, strict=True) if c.quantity.text == span][0]


def _two_lines():
    from claims.entities import Listing

    borealis = Entity("Borealis", "BORL", "company", ("USD",), None, (Listing("4321.HK", None, "HKD"),))
    table = EntityTable({"borealis": borealis})
    values = {
        ("price", "BORL"): price_values(
            "BORL", {"2024-03-04": (10.0, 10.0, 10.0, 10.0), "2024-03-05": (10.0, 10.3, 9.7, 9.8)}, currency="USD"
        ),
        ("price", "4321.HK"): price_values(
            "4321.HK", {"2024-03-04": (78.0, 78.0, 78.0, 78.0), "2024-03-05": (78.0, 80.5, 76.0, 80.0)}, currency="HKD"
        ),
    }
    return table, values


@pytest.mark.parametrize(
    ("text", "span", "expected", "reason"),
    [
        ("Borealis's stock closed at HK$80.00 on March 5.", "HK$80.00", "supported", None),  # the HKD line
        ("Borealis's stock closed at $9.80 on March 5.", "$9.80", "supported", None),  # the USD line
        ("Borealis shares fell 2% on March 5 in New York.", "2%", "supported", None),  # BORL: -2.00%
        ("Borealis shares rose 2.56% in Hong Kong on March 5.", "2.56%", "supported", None),  # 4321.HK: +2.56%
        ("Borealis shares fell 2% on March 5.", "2%", "unverifiable", "ambiguous_listing"),  # the lines disagree
        # an article whose codes are Hong Kong's reports that market: the HK line (4321.HK +2.56%)
        (
            "Tech stocks rose 1.1%, led by Borealis (4321.HK) and Zenith (0001.HK).\nBorealis shares rose 2.56% on March 5.",
            "2.56%",
            "supported",
            None,
        ),
        # both exchanges named: the one nearest the number ("to HK$80.00"), not the US$ further on
        (
            "Borealis shares rose 2.56% to HK$80.00 on March 5, as its chief said a US$2.8 billion fund was safe.",
            "2.56%",
            "supported",
            None,
        ),
        # the move takes the line of the price its sentence quotes, whatever market the page reports
        (
            "Tech stocks rose 1.1%, led by Zenith (0001.HK) and Borealis (4321.HK).\n"
            "Borealis shares fell 2% to $9.80 on March 5.",
            "2%",
            "supported",
            None,
        ),
        # a ticker tag of one line and the currency of the other: the page mislabels one of them
        (
            "Borealis Inc. (BORL) shares rose 2.56% to HK$80.00 on March 5.",
            "2.56%",
            "unverifiable",
            "ambiguous_listing",
        ),
        (
            "Borealis Inc. (BORL) shares rose 2.56% to HK$80.00 on March 5.",
            "HK$80.00",
            "unverifiable",
            "ambiguous_listing",
        ),
    ],
)
def test_a_company_with_two_listings_is_checked_on_the_line_the_wording_names(text, span, expected, reason):
    v = _two_line_verdict(text, span, date(2024, 3, 8))
    assert (v.verdict, v.reason) == (expected, reason)


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        # ticker tags that list both exchanges name neither: the Hong Kong report's line (4321.HK +2.56%)
        (
            "The Hang Seng Index rose 1% in Hong Kong on March 5.\nBorealis (HK:) (NYSE:) rose 2.56%, Zenith rose 1%.",
            "supported",
            None,
        ),
        # (a tag of one exchange still names it: BORL fell 2.00%, not +2.56%)
        ("Borealis (NYSE: BORL) rose 2.56% on March 5.", "contradicted", None),
    ],
)
def test_ticker_tags_naming_both_exchanges_do_not_pick_a_line(text, expected, reason):
    v = _two_line_verdict(text, "2.56%", date(2024, 3, 5))
    assert (v.verdict, v.reason) == (expected, reason)


def test_a_move_dated_only_by_a_publication_day_without_trading_has_no_date():
    # published 2024-03-07, a day the data has no row for: never moved to March 6
    v = [
        v
        for t, v in check("Acme's stock fell more than 1.5%\nAcme had a hard day.", date(2024, 3, 7))
        if t.endswith("%")
    ][0]
    assert (v.verdict, v.reason) == ("unverifiable", "no_date")


@pytest.mark.parametrize(
    "text",
    [
        "Acme shares fell as much as 2% in early trading on March 6.",
        "Acme shares were at $12.70 at the mid-day break on March 6.",
        "Acme's stock traded at $12.70 at press time on March 6.",
    ],
)
def test_a_moment_of_the_session_is_not_given_by_daily_bars(text):
    v = [v for _t, v in check(text, date(2024, 3, 8))][0]
    assert (v.verdict, v.reason) == ("unverifiable", "no_source")


# -- distance from a period's extreme; "the largest move since" -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        # to March 6: intraday 2024 high 13.9 (Mar 6), closing high 13.0 (Mar 4); close 12.7
        ("Acme Stock Falls 8.6% From 2024 High\nAcme had a hard day.", "unverifiable", "ambiguous_change"),
        ("Acme's shares are now 8.6% below their record high.", "unverifiable", "no_window"),
        ("Acme's shares are now 8.6% below their 2023 high.", "unverifiable", "outside_data"),  # data from 2023-06
    ],
)
def test_distance_from_a_period_high_needs_the_whole_window_and_agreeing_readings(text, expected, reason):
    v = [v for t, v in check(text, date(2024, 3, 6)) if t.endswith("%")][0]
    assert (v.verdict, v.reason) == (expected, reason)
    assert v.check == "price_change"


def test_distance_from_a_period_low_is_checked_when_the_readings_agree():
    # 2024 low to March 6: intraday 11.4 (Dec 29 is 2023; 2024 starts Mar 1: low 11.9), closing low 12.4 (Mar 1)
    v = [v for t, v in check("Acme's shares closed 6.7% above their 2024 low.", date(2024, 3, 6)) if t == "6.7%"][0]
    assert v.verdict in ("supported", "unverifiable")
    assert {e.reading for e in v.evidence} == {"intraday low", "closing low"}


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("Acme shares fell 1.55% on March 6, the largest one-day fall since March 1.", "supported", None),
        ("Acme shares rose 4.84% on March 4, the biggest one-day gain since March 1.", "supported", None),
        # March 1 rose 7.83% (from 11.50 on December 29)
        ("Acme shares rose 4.84% on March 4, the biggest one-day gain since December 29.", "contradicted", None),
        # the data starts 2023-06-01: a larger move inside it still contradicts the ranking ...
        ("Acme shares rose 4.84% on March 4, the biggest one-day gain since 2022.", "contradicted", None),
    ],
)
def test_the_largest_move_since_is_checked_against_the_data_window(text, expected, reason):
    v = [v for t, v in check(text, date(2024, 3, 8)) if t.endswith("%")][0]
    assert (v.verdict, v.reason) == (expected, reason)


def test_a_ranking_from_before_the_data_leaves_the_move_itself_checked_and_says_so():
    # ... and with none larger, the day's move (-1.55%, close to close) is checked as usual; the
    # ranking from before the data's first day is left unchecked, in the explanation
    v = verdict_of(
        "Acme shares fell 1.55% on March 6, the biggest drop since 2022.", "1.55%", published=date(2024, 3, 8)
    )
    assert (v.verdict, v.reading) == ("supported", "close to close")
    assert "The ranking ('biggest drop since 2022') is not checked: the ACME.X data starts 2023-06-01" in v.explanation
    v = verdict_of("Acme shares fell 3% on March 6, the biggest drop since 2022.", "3%", published=date(2024, 3, 8))
    assert v.verdict == "contradicted"


def test_a_ranking_since_fetches_the_series_from_then_not_only_the_usual_lookback():
    doc = Document(
        id="r",
        source="t.txt",
        published=date(2024, 6, 5),
        text="Acme shares rose 12.4% on June 3, the biggest gain since 2019.",
    )
    claims = extract_claims(doc, ENTITIES)
    starts = {q.start for q in plan_queries(claims, ENTITIES) if q.kind == "price"}
    assert starts == {date(1970, 1, 1)}
    doc = Document(id="s", source="t.txt", published=date(2024, 6, 5), text="Acme shares rose 12.4% on June 3.")
    starts = {q.start for q in plan_queries(extract_claims(doc, ENTITIES), ENTITIES) if q.kind == "price"}
    assert starts == {date(2023, 4, 30)}  # 400 days before


@pytest.mark.parametrize(
    "text",
    [
        "Acme shares have jumped 25% since China's central bank introduced stimulus measures.",
        "Acme's stock has climbed 25% since the deal was announced.",
    ],
)
def test_a_move_since_an_event_is_not_the_days_move(text):
    v = verdict_of(text, "25%", published=date(2024, 3, 6))
    assert (v.verdict, v.reason) == ("unverifiable", "no_window")
    assert "from an event" in v.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Acme said the average price of the shares repurchased in the first quarter was $12.10, up 4.5% from the fourth quarter.",
        "Acme's average repurchase price in the quarter was $12.10, up 4.5%.",
    ],
)
def test_a_buybacks_average_price_over_a_period_is_not_a_sessions_price(text):
    for span in ("$12.10", "4.5%"):
        v = verdict_of(text, span, published=date(2024, 3, 6))
        assert (v.verdict, v.reason) == ("unverifiable", "no_source")


# -- market reports: which session, which company ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "expected", "reason"),
    [
        # the company named with its move, no session named, in an article of March 6
        ("Stocks ended lower.\nOther news came later.\nAcme tumbled 1.55% to $12.70.", "1.55%", "supported", None),
        ("Stocks ended lower.\nOther news came later.\nAcme tumbled 1.55% to $12.70.", "$12.70", "supported", None),
        # an anaphor is not enough to date a later sentence by the publication day
        ("Acme rose.\nOther news came later.\nIts stock fell 1.55%.", "1.55%", "unverifiable", "no_date"),
        # another company's shares: not Acme's
        ("Acme rose.\nOther news came later.\nShares of Borealis plunged 12% to $47.75.", "12%", "unverifiable", None),
    ],
)
def test_a_market_report_dates_a_named_companys_move_by_its_publication_day(text, span, expected, reason):
    v = verdict_of(text, span, published=date(2024, 3, 6))
    assert v.verdict == expected
    if reason:
        assert v.reason == reason


def test_an_article_written_during_the_session_does_not_date_moves_by_its_day():
    text = "Springfield stocks fell 1.1% in early trade.\nOther news came later.\nAcme tumbled 1.55%."
    v = verdict_of(text, "1.55%", published=date(2024, 3, 6))
    assert (v.verdict, v.reason) == ("unverifiable", "no_source")


def test_a_date_heading_a_section_dates_the_lines_under_it():
    text = "Acme news\n- March 6, 2024:\n- Acme's shares fell 1.55%.\n- Acme's shares closed at $12.70."
    assert verdict_of(text, "1.55%", published=None).verdict == "supported"
    assert verdict_of(text, "$12.70", published=None).verdict == "supported"


def test_an_amount_in_market_value_is_no_share_price():
    v = verdict_of("On March 6, Acme's shares fell, erasing over $10 billion in market value.", "$10 billion")
    assert v.verdict == "unverifiable"
    assert v.check != "market_price"


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("The Acme Model X: RMB 69,800 → RMB 55,800 (20% discount).", "20%", "supported"),
        ("The Acme Model X: RMB 69,800 → RMB 55,800 (25% discount).", "25%", "contradicted"),
        ("Acme sold 1,000,804 units in Q1 2024 (Jan: 300,538; Feb: 322,846; Mar: 377,420).", "1,000,804", "supported"),
        (
            "Acme sold 1,000,904 units in Q1 2024 (Jan: 300,538; Feb: 322,846; Mar: 377,420).",
            "1,000,904",
            "contradicted",
        ),
    ],
)
def test_arrows_and_bracketed_parts_are_the_articles_own_arithmetic(text, span, expected):
    v = verdict_of(text, span)
    assert (v.verdict, v.check) == (expected, "arithmetic")


def test_a_stretch_with_an_unexplained_adjustment_supports_a_change_but_never_contradicts_it():
    # a series whose traded prices could not be rebuilt there (basis "adjusted" in a file that
    # has dividend columns): its factor may move between two days
    def rows(multiplier_note: bool):
        out = []
        for v in price_values("ADJ.X", {"2024-03-04": (10.0, 10.0, 10.0, 10.0), "2024-03-05": (10.0, 10.3, 9.7, 9.8)}):
            row = {"dividend_multiplier": 0.97} if multiplier_note else {}
            out.append(v.model_copy(update={"basis": "adjusted", "row": row}))
        return out

    adj = Entity("Adjco", "ADJ.X", "company", ("HKD",))
    table = EntityTable({"adjco": adj})
    for multiplier, span, expected, reason in [
        (True, "2%", "supported", None),  # -2.00%
        (True, "5%", "unverifiable", "adjusted_prices"),
        (False, "5%", "contradicted", None),  # a plain adjusted series (dividends only): contradicts
    ]:
        text = f"Adjco shares fell {span} on March 5."
        doc = Document(
            id=hashlib.sha256(text.encode()).hexdigest(), source="t.txt", published=date(2024, 3, 8), text=text
        )
        claims = extract_claims(doc, table)
        book, _ = fill_book(FakeSource({("price", "ADJ.X"): rows(multiplier)}), plan_queries(claims, table))
        v = verify_claims(claims, extract_relations(doc, claims), book, table)[0]
        assert (v.verdict, v.reason) == (expected, reason), (multiplier, span)


def test_the_price_after_a_move_is_the_movers():
    text = "Among blue chips, Acme rose 1.2% to $9.99 and Zenith added 4.1% to $12.70."
    cs = {
        c.quantity.text: c
        for c in extract_claims(Document(id="x", source="t", published=date(2024, 3, 6), text=text), ENTITIES)
    }
    assert (cs["4.1%"].subject, cs["$12.70"].subject, cs["$12.70"].metric) == ("Zenith", "Zenith", "share_price")
    assert (cs["$9.99"].subject, cs["$9.99"].metric) == ("Acme", "share_price")


def test_an_undated_conversion_of_a_periods_figure_is_tried_at_the_period_end_and_its_report():
    text = "In the first quarter of 2024, Acme's revenue was RMB 12.5 billion (US$1.74 billion)."
    v = verdict_of(text, "US$1.74 billion", published=None)
    assert (v.verdict, v.check) == ("supported", "fx_conversion")
    assert len([e for e in v.evidence if e.reading == "fx"]) == 2
    v = verdict_of(text.replace("US$1.74", "US$1.9"), "US$1.9 billion", published=None)
    assert v.verdict == "contradicted"


def test_a_tiny_miss_in_an_adjusted_series_is_not_asserted():
    adj = Entity("Adjco", "ADJ.X", "company", ("USD",))
    table = EntityTable({"adjco": adj})
    values = [
        v.model_copy(update={"basis": "adjusted"})
        for v in price_values("ADJ.X", {"2024-03-04": (10.0, 10.0, 10.0, 10.0), "2024-03-05": (10.0, 10.3, 9.7, 9.8)})
    ]
    for span, expected in [("1.95%", "unverifiable"), ("1.5%", "contradicted")]:  # -2.00% in the file
        text = f"Adjco shares fell {span} on March 5."
        doc = Document(
            id=hashlib.sha256(text.encode()).hexdigest(), source="t.txt", published=date(2024, 3, 8), text=text
        )
        claims = extract_claims(doc, table)
        book, _ = fill_book(FakeSource({("price", "ADJ.X"): values}), plan_queries(claims, table))
        assert verify_claims(claims, extract_relations(doc, claims), book, table)[0].verdict == expected


# -- averages and shares of a stated total -----------------------------------------------------------

_BUYBACKS = (
    "As of December 31, 2024, Acme repurchased 307 million shares throughout the year, with a total amount "
    "reaching HKD 112 billion, conducting 129 repurchases and averaging HKD {avg} per day. According to Wind data, "
    "the total amount of stock buybacks in the Hong Kong market for 2024 reached HKD 265.7 billion, a year-on-year "
    "increase of 109%, with Acme's buyback amount accounting for {share}."
)


@pytest.mark.parametrize(
    ("avg", "share", "expected"),
    [("868 million", "42%", "supported"), ("968 million", "47%", "contradicted")],
)
def test_an_average_is_the_total_over_its_count_and_a_share_is_the_part_over_the_total(avg, share, expected):
    text = _BUYBACKS.format(avg=avg, share=share)
    average = verdict_of(text, f"HKD {avg} per day", published=None)
    part = verdict_of(text, share, published=None)
    assert (average.verdict, average.check, part.verdict, part.check) == (
        expected,
        "arithmetic",
        expected,
        "arithmetic",
    )
    assert average.reference_value == pytest.approx(112e9 / 129)  # over the repurchases, not the 307 million shares
    assert part.reference_value == pytest.approx(112 / 265.7)


def test_no_average_or_share_is_built_when_the_operands_are_not_unique():
    # two counts between the total and the average; no part stated as a total of its own
    text = (
        "Acme spent HKD 112 billion in 129 repurchases over 200 days, averaging HKD 868 million per day. "
        "Hong Kong buybacks totalled HKD 265.7 billion, with Acme accounting for 42%."
    )
    d = Document(id="avg", source="t.txt", published=None, text=text)
    claims = extract_claims(d, ENTITIES)
    kinds = {r.kind for r in extract_relations(d, claims)}
    assert not kinds & {"average", "share"}


# -- moves over several sessions, and percentages with no direction -------------------------------


@pytest.mark.parametrize(("stated", "expected"), [("2.3%", "supported"), ("4%", "contradicted")])
def test_a_move_over_n_sessions_runs_from_the_close_n_sessions_before(stated, expected):
    # closes: March 4 13.0, March 5 12.9, March 6 12.7 -> two sessions -2.31%, the day -1.55%
    text = f"Acme shares fell 1.55% on March 6, marking a two-day cumulative decline of {stated}."
    v = verdict_of(text, stated, published=date(2024, 3, 6))
    assert (v.verdict, v.check) == (expected, "price_change")
    assert v.reference_value == pytest.approx((12.7 - 13.0) / 13.0 * 100, abs=1e-6)
    assert v.reading == "2 sessions to 2024-03-06, close to close"
    assert verdict_of(text, "1.55%", published=date(2024, 3, 6)).verdict == "supported"


def test_a_share_percentage_with_no_direction_is_neither_a_price_nor_a_move():
    v = verdict_of("- Intraday declines: 6.53% for Acme shares on March 6.", "6.53%", published=date(2024, 3, 6))
    assert (v.verdict, v.reason) == ("unverifiable", "no_metric")


def test_a_live_quote_tag_is_never_checked_against_a_day():
    v = verdict_of("Shares of Acme (ACME 1.30%) soared on March 6.", "1.30%", published=date(2024, 3, 6))
    assert (v.verdict, v.reason) == ("unverifiable", "no_date")
    assert "quote tag" in v.explanation


_US_LINE_BARS = {"2024-03-05": (13.0, 13.2, 12.8, 12.9), "2024-03-06": (13.5, 13.9, 12.6, 12.7)}


def _check_us_line(text: str, bars: dict[str, tuple[float, float, float, float]] = _US_LINE_BARS) -> dict[str, Verdict]:
    """Acme with only its US line (ACMU) in the data, in an article of 2024-03-06."""
    acme = Entity("Acme", "ACMU", "company", ("USD",))
    table = EntityTable({"acme": acme})
    prices = price_values("ACMU", bars)
    doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), source="t.txt", published=date(2024, 3, 6), text=text)
    claims = extract_claims(doc, table)
    book, _calls = fill_book(FakeSource({("price", "ACMU"): prices}), plan_queries(claims, table))
    verdicts = verify_claims(claims, extract_relations(doc, claims), book, table)
    return {c.quantity.text: v for c, v in zip(claims, verdicts, strict=True)}


def test_a_move_in_a_report_on_another_market_is_not_checked_against_the_only_line_that_ships():
    # Acme's data is its US line; the article reports the Hong Kong market
    hk = (
        "Hong Kong shares finished higher on Wednesday, March 6, as the Hang Seng Index rose 0.4%. "
        "Acme fell 1.6%, and HKEX-listed peers gained."
    )
    v = _check_us_line(hk)["1.6%"]
    assert (v.verdict, v.reason) == ("unverifiable", "other_listing")
    # the same sentence in a US report is checked (close to close -1.55%)
    us = "US stocks closed mixed on Wednesday, March 6, on the Nasdaq and the NYSE. Acme fell 1.6%."
    assert _check_us_line(us)["1.6%"].verdict == "supported"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme's Hong Kong shares fell 1.6% on Wednesday, March 6.", ("unverifiable", "other_listing")),
        ("Acme's Shenzhen-listed shares fell 1.6% on Wednesday, March 6.", ("unverifiable", "other_listing")),
        ("Acme fell 1.6% on Wednesday, March 6, as its shares in Hong Kong slid.", ("unverifiable", "other_listing")),
        ("Acme's New York shares fell 1.6% on Wednesday, March 6.", ("supported", None)),
        ("Acme fell 1.6% on Wednesday, March 6, in a Hong Kong-based analyst's words.", ("supported", None)),
        # the exchange by its name: "debuted on the Shanghai Stock Exchange", "its listing in Shanghai"
        (
            "Acme's shares fell 1.6% on Wednesday, March 6, on the Shanghai Stock Exchange.",
            ("unverifiable", "other_listing"),
        ),
        (
            "Acme fell 1.6% on Wednesday, March 6, a day after its listing in Shanghai.",
            ("unverifiable", "other_listing"),
        ),
        ("Acme's shares fell 1.6% on Wednesday, March 6, on the New York Stock Exchange.", ("supported", None)),
    ],
)
def test_a_share_line_named_by_its_exchange_is_checked_only_on_that_line(text, expected):
    v = _check_us_line(text)["1.6%"]
    assert (v.verdict, v.reason) == expected
    if v.reason == "other_listing":
        assert (
            "names the Shanghai share line" in v.explanation
            or "names the Hong Kong" in v.explanation
            or "Shenzhen" in v.explanation
        )


def test_a_yuan_price_of_a_hong_kong_line_is_the_mainland_lines():
    hk = Entity("Hkco", "HK1.X", "company", ("HKD", "CNY"))
    table = EntityTable({"hkco": hk})
    bars = price_values("HK1.X", {"2024-03-05": (48.0, 49.0, 47.0, 48.0), "2024-03-06": (48.0, 50.0, 47.5, 49.0)})
    for text, expected in [
        ("Hkco set a price of 57.58 yuan per share on March 6.", ("unverifiable", "other_listing")),
        ("Hkco shares closed at HK$49 on March 6.", ("supported", None)),
    ]:
        doc = Document(id=text, source="t.txt", published=date(2024, 3, 8), text=text)
        claims = extract_claims(doc, table)
        book, _ = fill_book(FakeSource({("price", "HK1.X"): bars}), plan_queries(claims, table))
        v = verify_claims(claims, extract_relations(doc, claims), book, table)[0]
        assert (v.verdict, v.reason) == expected, text


def test_a_company_named_with_corp_and_a_ticker_tag_saw_a_rise_of():
    text = "Acme Corp. (ACME) saw a rise of 4.84% to $13.00 on March 4, and Zenith Corp. (ZNTH) fell 1%."
    got = dict(check(text, published=date(2024, 3, 6)))
    assert got["4.84%"].verdict == "supported"
    assert got["1%"].reason == "unknown_entity"  # Zenith's, not Acme's


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        # March 6 close to close -1.55%; March 5 (the session before) -0.77%
        ("US stocks closed lower.\nOther news came later.\nAcme, the chipmaker, fell 1.55%.", "supported", None),
        # fits only the session before the article's date, to the hundredth: that session's move
        # (a looser fit is no_date: test_a_page_dated_claim_that_only_the_session_before_fits_...)
        (
            "US stocks closed lower.\nOther news came later.\nAcme, the chipmaker, fell 0.77%.",
            "supported",
            None,
        ),
        # fits neither
        ("US stocks closed lower.\nOther news came later.\nAcme, the chipmaker, fell 5%.", "contradicted", None),
    ],
)
def test_a_move_dated_only_by_the_publication_day_may_be_the_session_befores(text, expected, reason):
    v = verdict_of(text, text.split("fell ")[1].rstrip("."), published=date(2024, 3, 6))
    assert (v.verdict, v.reason) == (expected, reason)
    if expected == "contradicted":
        assert "the session before (2024-03-05) does not fit either" in v.explanation


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("Hong Kong-listed shares of Acme dipped 0.29% following the earnings release.", "time_of_day"),
        ("Acme saw its shares plunge by 25% on Monday following the release of its results.", None),
    ],
)
def test_after_a_release_is_a_moment_of_the_session_unless_the_day_is_named(text, aspect):
    doc = Document(id="rel", source="t.txt", published=date(2024, 3, 6), text=text)
    (c,) = [c for c in extract_claims(doc, ENTITIES) if c.quantity.unit == "percent"]
    assert (c.metric, c.aspect) == ("share_price", aspect)


def test_a_margin_is_the_periods_income_over_its_revenue_on_the_same_basis():
    text = (
        'Acme Corp (the "Company") today announced results. Second Quarter 2024 Highlights Net revenues were '
        "RMB291.4 billion (US$40.7 billion) for the second quarter of 2024. Operating margin of Acme Retail before "
        "unallocated items was 3.9% for the second quarter of 2024. Net income attributable to the Company's "
        "ordinary shareholders was RMB12.6 billion (US$1.7 billion) for the second quarter of 2024. Net margin "
        "attributable to the Company's ordinary shareholders was {net} for the second quarter of 2024. Non-GAAP net "
        "income attributable to the Company's ordinary shareholders was RMB14.5 billion for the second quarter of "
        "2024. Non-GAAP net margin attributable to the Company's ordinary shareholders was 5.0% for the second "
        "quarter of 2024."
    )
    for net, expected in (("4.3%", "supported"), ("4.8%", "contradicted")):
        got = dict(check(text.replace("{net}", net), published=date(2024, 8, 15)))
        assert (got[net].verdict, got[net].check) == (expected, "arithmetic")
        assert got[net].reference_value == pytest.approx(12.6 / 291.4)  # the RMB figures, not the US$ conversions
        assert got["5.0%"].reference_value == pytest.approx(14.5 / 291.4)  # non-GAAP over revenue
        assert got["3.9%"].check != "arithmetic"  # a segment's margin on another basis
        assert got["RMB291.4 billion"].reason != "unknown_entity"


def test_an_inferred_year_never_contradicts_a_price():
    # an undated article: the year of "March 6" is inferred from the text (2024); a miss is not asserted
    text = "Acme's 2024 results were strong. On March 6, Acme shares closed at $14.70."
    v = verdict_of(text, "$14.70", published=None)
    assert (v.verdict, v.reason) == ("unverifiable", "no_date")
    assert "inferred" in v.explanation
    # a fit is still evidence
    assert verdict_of(text.replace("$14.70", "$12.70"), "$12.70", published=None).verdict == "supported"


def test_an_undated_conversion_of_a_pegged_currency_is_checked_whatever_the_day():
    ok = verdict_of("Shares of Acme had hit a record of HK$333 ($42.5) in late June.", "$42.5", published=None)
    assert (ok.verdict, ok.check) == ("supported", "fx_conversion")
    bad = verdict_of("Shares of Acme had hit a record of HK$333 ($48) in late June.", "$48", published=None)
    assert (bad.verdict, bad.check) == ("contradicted", "fx_conversion")
    # the yuan floats: an undated conversion within its range is not asserted
    mid = verdict_of("Acme's price cut was RMB 53,000 (~$7,400).", "$7,400", published=None)
    assert mid.verdict == "unverifiable"


@pytest.mark.parametrize(
    ("text", "span", "reason"),
    [
        # a day after "since" starts a window; it is not the move's day
        ("Acme has soared 12 percent since March 1, 2024.", "12 percent", "no_window"),
        # a clock time early in a market wrap: the moves are so far, not the day's
        (
            "The index slipped 0.7 per cent as at 10am local time, while Acme fell 1 per cent to $12.70.",
            "1 per cent",
            "no_source",
        ),
        ("Acme was up 10.01% to $13.70 as of 9.40 a.m. ET on March 6.", "10.01%", "no_source"),
        # a count is no share price
        ("Acme bought back 179.9 million shares on March 6.", "179.9 million", None),
    ],
)
def test_audit_cases_that_were_asserted_are_not(text, span, reason):
    v = verdict_of(text, span, published=date(2024, 3, 6))
    assert v.verdict == "unverifiable"
    if reason:
        assert v.reason == reason


# -- moments, windows and neighbouring sessions (precision audit patterns) -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Acme were up 9.5% in New York Wednesday afternoon.",
        "Acme shares are trading higher by 9.5% during Wednesday's session.",
        "Shares of Acme gained over 9.5% in opening trade.",
        "Acme slumped 9.5% ahead of its results later in the day.",
    ],
)
def test_a_moment_of_the_session_is_not_the_close(text):
    v = verdict_of(text, "9.5%", published=date(2024, 3, 6))
    assert (v.verdict, v.reason) == ("unverifiable", "no_source")


def test_a_repeated_number_keeps_the_moment_it_was_first_given():
    text = (
        "Acme shares surged 9.5% during the morning trading session on March 6, 2024.\n\n"
        "Acme stock chart showing 9.5% surge on March 6, 2024"
    )
    got = [v for t, v in check(text, date(2024, 3, 6)) if t == "9.5%"]
    assert [(v.verdict, v.reason) for v in got] == [("unverifiable", "no_source")] * 2


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # 11.50 (2023-12-29) -> 12.70 (2024-03-06) = +10.43%: the year so far, not the whole of 2024
        ("Acme's stock has risen 10.4% this year, the company said.", date(2024, 3, 6), "supported"),
        ("As of the close on Wednesday, Acme shares were up 10.4% for the year.", date(2024, 3, 7), "supported"),
        ("As of the close on Wednesday, Acme shares were up 15% for the year.", date(2024, 3, 7), "contradicted"),
        # "before today" on a page of March 7: to the close before it, March 6's $12.70
        ("Before today, Acme's stock had risen 10.4% on the year to trade at $12.70.", date(2024, 3, 7), "supported"),
    ],
)
def test_a_move_this_year_runs_to_the_day_of_writing(text, published, expected):
    v = [v for t, v in check(text, published) if t.endswith("%")][0]
    assert v.verdict == expected
    assert "year to date" in v.explanation


def test_an_adjusted_window_is_not_contradicted_by_the_dividends_it_folds_in():
    from claims.verify.market import _dividends_could_explain

    def vals(basis):
        return [
            ReferenceValue(
                source="s", kind="price", series="X", key=k, metric="close", value=v, basis=basis, citation="c"
            )
            for k, v in (("2023-01-03", 100.0), ("2023-12-29", 153.33))
        ]

    # +53.33% adjusted over a year: a quoted +52% is within a 3% yield's reach, +50% is not, and a
    # claim above the adjusted change is never explained by dividends
    assert _dividends_could_explain(vals("adjusted"), 52.0, 53.33)
    assert not _dividends_could_explain(vals("adjusted"), 48.0, 53.33)
    assert not _dividends_could_explain(vals("adjusted"), 54.0, 53.33)
    assert not _dividends_could_explain(vals("traded"), 52.0, 53.33)


def test_a_price_dated_by_the_page_that_fits_the_next_session_has_no_date():
    # the page's date is March 5; its headline price fits only March 6's range (12.6..13.9): a page
    # stamped in one market's evening reports another's next morning
    v = verdict_of("Acme shares reach $13.80, setting a record", "$13.80", published=date(2024, 3, 5))
    assert (v.verdict, v.reason) == ("unverifiable", "no_date")
    assert "session after" in v.explanation
    # a price that fits neither day is still contradicted
    v = verdict_of("Acme shares reach $15.80, setting a record", "$15.80", published=date(2024, 3, 5))
    assert v.verdict == "contradicted"


@pytest.mark.parametrize(
    "text",
    [
        # the day belongs to the record it is compared with, not to this move
        "Acme's stock fell 1.55% to end the day at $12.70, below its previous record close of $13.00 on March 4.",
        # a day of an event to come is not the move's
        "Acme fell 1.55% ahead of its results, to be released on Monday, March 4.",
    ],
)
def test_a_day_of_another_event_in_the_sentence_does_not_date_the_move(text):
    got = dict(check(text, published=date(2024, 3, 6)))
    assert got["1.55%"].verdict == "supported"  # the article's day, March 6: -1.55%, not March 4's +4.84%


@pytest.mark.parametrize(("stated", "expected"), [("US$7,740", "supported"), ("US$9,740", "contradicted")])
def test_a_conversion_after_other_items_in_the_bracket_is_checked(stated, expected):
    # RMB 55,800 at the ECB rate of 2024-08-01 is 7,698.25 USD
    v = verdict_of(f"Acme cut the Rover to RMB 55,800 (20% discount, ~{stated}).", stated, published=date(2024, 8, 1))
    assert (v.verdict, v.check) == (expected, "fx_conversion")


def test_a_page_dated_move_on_the_datas_first_day_is_checked_without_neighbours():
    # no session before or after in the data: the day's own verdict stands, and says so plainly
    got = _check_us_line(
        "Stocks ended lower.\nOther news came later.\nAcme closed at $15.70.",
        bars={"2024-03-06": _US_LINE_BARS["2024-03-06"]},
    )
    assert got["$15.70"].verdict == "contradicted"
    assert "not fit either" not in got["$15.70"].explanation


YEAR_PRICES = price_values(
    "ACME.X",
    {
        "2022-12-30": (10.0, 10.0, 10.0, 10.0),
        "2023-12-29": (11.5, 11.5, 11.5, 11.5),  # 2023: +15%
        "2024-03-04": (13.0, 13.1, 12.9, 13.0),
        "2024-03-05": (13.0, 13.2, 12.8, 12.9),  # the page's day: -0.77%
        "2024-12-31": (14.5, 14.5, 14.5, 14.5),  # 2024: +26.09%
    },
    currency="USD",
)


def check_years(text: str, published: date) -> dict[str, Verdict]:
    doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), source="t.txt", published=published, text=text)
    claims = extract_claims(doc, ENTITIES)
    book, _calls = fill_book(FakeSource({("price", "ACME.X"): YEAR_PRICES}), plan_queries(claims, ENTITIES))
    verdicts = verify_claims(claims, extract_relations(doc, claims), book, ENTITIES)
    return {c.quantity.text: v for c, v in zip(claims, verdicts, strict=True)}


@pytest.mark.parametrize(
    "text",
    [
        "Acme shares closed at $12.90 on Tuesday. In 2023, the stock jumped 15%.",
        "Acme shares closed at $12.90 on Tuesday, after a strong 2023, when the stock jumped 15%.",
        # the move itself opens the sentence after one about the shares
        "Acme shares closed at $12.90 on Tuesday. The rally follows a 15% jump in 2023.",
    ],
)
def test_a_year_that_introduces_a_move_is_its_window(text):
    # the year 2023 moved +15%; before, the first two were checked against the page's day (-0.77%)
    v = check_years(text, date(2024, 3, 5))["15%"]
    assert (v.verdict, round(v.reference_value or 0, 2)) == ("supported", 15.0)
    assert "2023-01-01 to 2023-12-31" in v.explanation


def test_a_year_inside_the_clause_is_not_the_move_s_window():
    # "which listed in 2023" names the listing's year: the move is the page's day (-0.77%)
    v = check_years("Acme, which listed in 2023, fell 0.77%.", date(2024, 3, 5))["0.77%"]
    assert (v.verdict, round(v.reference_value or 0, 2)) == ("supported", -0.77)


def test_an_elided_verb_gives_the_second_number_its_direction():
    # "rose 15% in 2023 and 26% last year": 26% rose too, over 2024 (+26.09%)
    v = check_years("Acme's stock rose 15% in 2023 and 26% last year.", date(2025, 1, 10))["26%"]
    assert (v.verdict, round(v.reference_value or 0, 2)) == ("supported", 26.09)
    # "fell 0.77% on March 5 and 1.55% on March 6": the date's preposition stays once it is cut
    v = verdict_of("Acme fell 0.77% on March 5 and 1.55% on March 6.", "1.55%", published=date(2024, 3, 7))
    assert (v.verdict, v.claimed_value, round(v.reference_value or 0, 2)) == ("supported", -1.55, -1.55)


def test_the_previous_session_s_move_is_the_session_before_the_day():
    # March 6 closed -1.55%; "the previous session's 0.77% drop" is March 5 (13.0 -> 12.9)
    v = verdict_of("Acme closed down 1.55% on March 6, after the previous session's 0.77% drop.", "0.77%")
    assert (v.verdict, round(v.reference_value or 0, 2)) == ("supported", -0.77)
    assert "2024-03-05" in v.explanation


def test_a_move_from_a_day_s_close_has_no_end_and_that_day_does_not_date_the_sentence():
    text = (
        "Acme shares fell 1.55% on Wednesday. The stock finished at $12.70, after a slide that saw it "
        "lose 2.3% from its March 4 close."
    )
    by_text = dict(check(text, date(2024, 3, 7)))
    assert (by_text["2.3%"].verdict, by_text["2.3%"].reason) == ("unverifiable", "no_window")
    # the close is Wednesday's (carried from the sentence before), not March 4's (13.0)
    assert (by_text["$12.70"].verdict, by_text["$12.70"].reference_value) == ("supported", 12.7)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Acme's stock remains 5% lower than it was trading 12 months ago.", "no_window"),
        ("In a volatile trading session this morning, Acme stock has slipped about 3%.", "no_source"),
    ],
)
def test_a_move_counted_from_a_time_ago_or_at_a_moment_is_not_the_day_s(text, reason):
    v = verdict_of(text, text.split()[-1].rstrip(".") if "ago" not in text else "5%", date(2024, 3, 6))
    assert (v.verdict, v.reason) == ("unverifiable", reason)


def test_a_session_named_without_a_number_dates_the_next_sentence():
    # "reached a record on March 4" has no number; the move after it is March 4's (+4.84%), not
    # the page's day (March 7, no bar)
    text = "Acme's shares reached a record on March 4. The company's stock surged 4.8%, closing the day higher."
    v = verdict_of(text, "4.8%", date(2024, 3, 7))
    assert (v.verdict, round(v.reference_value or 0, 2)) == ("supported", 4.84)


def test_a_midday_report_s_moves_dated_by_its_stamp_are_moves_so_far():
    # the page's stamp dates the lead; "at the local noon trading break" further down says the page
    # was written during the session, so the 1.55% is not the close's (-1.55%) to check
    text = "date 2024-03-06 Acme fell 1.55% to $12.70.\n\nThe index rose 1.4 per cent at the local noon trading break."
    v = verdict_of(text, "1.55%", date(2024, 3, 6))
    assert (v.verdict, v.reason) == ("unverifiable", "no_source")


@pytest.mark.parametrize(
    ("text", "published", "span"),
    [
        # ECB: 34.45 billion CNY = 4.718 billion USD on 2023-09-29 (the quarter's end), 4.827 on the
        # page's day: a company's convenience translation at the period end fits, the day's does not
        (
            "Acme's revenue rose 6% year-on-year to 34.45 billion yuan ($4.72 billion) in the quarter ended Sept. 30.",
            date(2023, 11, 21),
            "$4.72 billion",
        ),
        # no period stated for the figure ("on the first quarter" is the base of the 43%): the latest
        # quarter end's rate (2022-06-30: 820.5 million) fits, the day's (797.7 million) does not
        (
            "Acme's net income rose 3 percent to CNY5.5 billion (USD827 million) from a year ago, but was "
            "43 percent up on the first quarter.",
            date(2022, 8, 31),
            "USD827 million",
        ),
    ],
)
def test_a_period_s_figure_converted_at_a_rate_the_day_does_not_give_has_no_date(text, published, span):
    v = verdict_of(text, span, published)
    assert (v.verdict, v.reason, v.check) == ("unverifiable", "no_date", "fx_conversion")
    assert len([e for e in v.evidence if e.reading == "fx"]) == 2


def test_another_clause_s_moment_does_not_make_a_dated_move_a_moment():
    # "in pre-market trading" is the 2.6 percent's; "retreating 0.77 percent yesterday" is March 5's close
    text = "Acme's stock was up 2.6 percent in pre-market trading, after retreating 0.77 percent yesterday."
    v = verdict_of(text, "0.77 percent", date(2024, 3, 6))
    assert (v.verdict, round(v.reference_value or 0, 2)) == ("supported", -0.77)


def test_up_to_names_the_session_s_extreme():
    # March 6: previous close 12.9, high 13.9 (+7.75%), close 12.7 (-1.55%)
    v = verdict_of("Acme shares rose by up to 7.75% on March 6.", "7.75%")
    assert (v.verdict, v.reading) == ("supported", "intraday range")


@pytest.mark.parametrize(
    "text",
    [
        "If the shares rise another 5%, Acme would join the $2 trillion club.",
        "Should the stock fall 10%, Acme would lose its lead.",
    ],
)
def test_a_hypothetical_move_is_not_checked(text):
    span = "5%" if "5%" in text else "10%"
    v = verdict_of(text, span, date(2024, 3, 6))
    assert (v.verdict, v.reason) == ("unverifiable", "forecast")


def test_a_name_inside_a_relative_clause_is_not_the_subject():
    # the index rose 4.2%; "this stock" (Acme) is inside ", which includes this stock,"
    text = "Acme fell 1.55% on March 6; the Tech Index, which includes this stock, rose by 4.2%."
    claims = {
        c.quantity.text: c
        for c in extract_claims(Document(id="x", source="t", published=date(2024, 3, 6), text=text), ENTITIES)
    }
    assert claims["4.2%"].subject == "Tech Index"
    assert claims["1.55%"].subject == "Acme"


def test_a_share_move_is_not_the_change_between_the_next_sentence_s_amounts():
    text = (
        "Acme fell 1.55% on March 6. In terms of guidance, Acme now expects $23.5 billion in revenue, "
        "down from the $26.3 billion it had forecast."
    )
    doc = Document(id="x", source="t", published=date(2024, 3, 6), text=text)
    claims = extract_claims(doc, ENTITIES)
    moved = next(c for c in claims if c.quantity.text == "1.55%")
    assert not [r for r in extract_relations(doc, claims) if r.result == moved.id]


def test_a_move_from_a_named_day_s_market_close_has_no_stated_end():
    v = verdict_of("Acme was down by roughly 2.3% from last Friday's market close.", "2.3%", date(2024, 3, 6))
    assert (v.verdict, v.reason) == ("unverifiable", "no_window")


def test_a_past_price_converted_at_some_rate_of_its_period_is_not_contradicted():
    # ECB: 49,900 KRW = 35.54 USD on 2024-11-14 (fits 35.93 within 2%), 34.84 on 2025-10-27 (does
    # not); "earlier in 2024" 79,600 won = 57.31 USD fits neither 2024's end nor the page's day, but
    # the rate of a day in 2024
    text = (
        "Acme's shares peaked at 79,600 won (USD 57.31) earlier in 2024. They hit a low of 49,900 won "
        "(USD 35.93) during trading on November 14 last year."
    )
    v = verdict_of(text, "USD 57.31", date(2025, 10, 27))
    assert (v.verdict, v.reason) == ("unverifiable", "no_date")
    assert "within 'in 2024'" in v.explanation
    low = verdict_of(text, "USD 35.93", date(2025, 10, 27))
    assert (low.verdict, low.reason) == ("unverifiable", "no_date")


def test_a_ranking_since_an_abbreviated_month_is_read():
    # "its worst one-day decline since Sept. 29": the data's moves since then decide; the day's own
    # move (March 6, -1.55%) is then checked as usual
    v = verdict_of("Acme fell 1.55% on March 6, marking its worst one-day decline since Sept. 29.", "1.55%")
    assert v.reason != "no_window"


def test_a_session_named_by_the_first_company_of_a_sentence_with_two_dates_the_next():
    # two listed companies in the sentence with no number: the first (with the share word) is the one
    table = EntityTable({"acme": ACME, "zenith": Entity("Zenith", "ZEN.X", "company", ("USD",))})
    text = (
        "Acme's stock closed Monday with a milestone only Zenith had achieved.\n\n"
        "Shares of Acme closed at $13.00, up 4.8%."
    )
    doc = Document(id="x", source="t", published=date(2024, 3, 5), text=text)
    moved = next(c for c in extract_claims(doc, table) if c.quantity.text == "4.8%")
    assert (moved.subject, moved.period.start if moved.period else None) == ("Acme", date(2024, 3, 4))


def test_the_rounding_of_a_change_s_operands_carries_into_it():
    # 12.29 / 1.41 - 1 = +771.6%, but 12.285..12.295 over 1.405..1.415 spans +768.2%..+775.1%
    text = "Acme reported $12.29 billion in net income during the quarter, up 769% from $1.41 billion last year."
    v = verdict_of(text, "769%", date(2024, 3, 6))
    assert (v.verdict, v.check) == ("supported", "arithmetic")
    assert "rounding allows" in v.explanation
    # a miss beyond the rounding still fails
    bad = verdict_of(text.replace("769%", "760%"), "760%", date(2024, 3, 6))
    assert (bad.verdict, bad.check) == ("contradicted", "arithmetic")


def test_a_page_stamped_while_the_market_was_open_reports_moves_so_far():
    # the close of March 6 was -1.55%; a page stamped 11:13am that day may have been written before it
    text = "Acme slides\n\nReuters Published 6 Mar, 2024 11:13am\n\nAcme slumped 1.55% on the day."
    v = verdict_of(text, "1.55%", date(2024, 3, 6))
    assert (v.verdict, v.reason) == ("unverifiable", "no_source")
    after = verdict_of(text.replace("11:13am", "5:13pm"), "1.55%", date(2024, 3, 6))
    assert after.verdict == "supported"


def test_a_clause_without_a_subject_goes_on_about_the_shares_before_it():
    # "after retreating 0.77 percent yesterday": March 5's close (13.0 -> 12.9); the closing
    # wording after the number ("closed 1.55 percent lower") is a move of the company's shares
    text = (
        "Acme [NYSE: ACME] closed 1.55 percent lower today. Its stock was up 2 percent in "
        "pre-market trading, after retreating 0.77 percent yesterday."
    )
    by_text = dict(check(text, date(2024, 3, 6)))
    assert (by_text["1.55 percent"].verdict, round(by_text["1.55 percent"].reference_value or 0, 2)) == (
        "supported",
        -1.55,
    )
    assert (by_text["0.77 percent"].verdict, round(by_text["0.77 percent"].reference_value or 0, 2)) == (
        "supported",
        -0.77,
    )


def test_a_fall_from_the_most_recent_peak_in_a_month_is_a_distance_from_that_month_s_high():
    # "down nearly 12% from its most recent peak in December" is no move over December
    claims = {
        c.quantity.text: c
        for c in extract_claims(
            Document(
                id="x",
                source="t",
                published=date(2025, 1, 16),
                text="The iPhone maker's stock price is down nearly 12% from its most recent peak in December.",
            ),
            EntityTable({"acme": ACME, "iphone": Entity("iPhone", None, "product")}),
        )
    }
    c = claims["12%"]
    assert (c.aspect, c.period.granularity if c.period else None) == ("from_high", "day")


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # the day's move (March 6: -1.55%), whatever the year, "the day before" or the buyback says
        ("Acme shares fell 1.55%, their worst day in 2024.", "1.55%", "supported"),
        ("In 2024, Acme shares fell 1.55% on the day it reported results.", "1.55%", "supported"),
        ("On Wednesday, Acme shares closed 1.55% lower from the day before.", "1.55%", "supported"),
        ("Acme shares ended 1.55% lower than a day earlier.", "1.55%", "supported"),
        ("Acme announced a share buyback on Monday. The stock fell 1.55%.", "1.55%", "supported"),
        # a moment said before a parenthetical clause is still the number's
        ("On Wednesday in early trade, after the briefing, Acme shares were down 2.5%.", "2.5%", "unverifiable"),
    ],
)
def test_review_cases_stay_the_day_s_move(text, span, expected):
    assert verdict_of(text, span, date(2024, 3, 6)).verdict == expected


def test_a_52_week_window_from_february_29_does_not_crash():
    # it raised ValueError (February 29 a year back), which lost every claim of the document
    doc = Document(
        id="x", source="t", published=date(2024, 2, 29), text="Acme shares are 12% below their 52-week high."
    )
    (c,) = extract_claims(doc, ENTITIES)
    assert (c.aspect, c.comparison_period.start if c.comparison_period else None) == ("from_high", date(2023, 2, 28))


# -- a price level that is a period's extreme ("a record high of HK$333 in late June") -----------

ZETA = Entity("Zeta", "ZETA.X", "company", ("USD",))


def _zeta_june() -> dict[str, tuple[float, float, float, float]]:
    """Every weekday of June 2024: highs 20.0 + day/10 (intraday max 23.0 on June 28 from its
    spike), closes 19.5 + day/10 (closing max 22.4 on June 28), lows 19.0 + day/10 (19.3 on June
    3); and 2023-05-02 with a higher high (25.0)."""
    rows = {"2023-05-02": (24.0, 25.0, 23.5, 24.5)}
    for d in range(3, 29):
        day = date(2024, 6, d)
        if day.weekday() < 5:
            rows[day.isoformat()] = (19.4 + d / 10, 20.0 + d / 10, 19.0 + d / 10, 19.5 + d / 10)
    rows["2024-06-28"] = (22.0, 23.0, 21.8, 22.4)
    return rows


def zeta_verdict(text: str, span: str) -> Verdict:
    entities = EntityTable({"zeta": ZETA})
    doc = Document(id="z", source="t.txt", published=date(2024, 7, 10), text=text)
    claims = extract_claims(doc, entities)
    source = FakeSource({("price", "ZETA.X"): price_values("ZETA.X", _zeta_june(), currency="USD")})
    book, _calls = fill_book(source, plan_queries(claims, entities))
    verdicts = verify_claims(claims, extract_relations(doc, claims), book, entities)
    return next(v for c, v in zip(claims, verdicts, strict=True) if c.quantity.text == span)


@pytest.mark.parametrize(
    ("text", "span", "verdict", "reason", "reading", "reference"),
    [
        ("Zeta shares hit a high of $23 in June.", "$23", "supported", None, "intraday high", 23.0),
        ("Zeta shares peaked at $22.40 in June.", "$22.40", "supported", None, "closing high", 22.4),
        ("Zeta shares fell to a low of $19.30 in June.", "$19.30", "supported", None, "intraday low", 19.3),
        # above every price of June: it never traded there
        ("Zeta shares hit a high of $24.10 in June.", "$24.10", "contradicted", None, "intraday high", 23.0),
        # inside June's range but neither extreme: some day's high, which the text does not name
        ("Zeta shares hit a high of $21.10 in June.", "$21.10", "unverifiable", "no_date", None, None),
        # a record: the 2023-05-02 high (25.0) beats June's
        ("Zeta shares hit a record high of $23 in June.", "$23", "contradicted", None, "record high", 25.0),
    ],
)
def test_a_level_named_as_a_periods_extreme_is_checked_against_that_period(
    text, span, verdict, reason, reading, reference
):
    v = zeta_verdict(text, span)
    assert (v.verdict, v.reason, v.reading, v.reference_value) == (verdict, reason, reading, reference)


def test_a_record_level_fetches_every_earlier_session_and_a_plain_period_level_only_its_period():
    entities = EntityTable({"zeta": ZETA})
    for text, start in (
        ("Zeta shares hit a record high of $23 in June.", date(1970, 1, 1)),
        ("Zeta shares hit a high of $23 in June.", date(2024, 5, 25)),
    ):
        doc = Document(id="q", source="t.txt", published=date(2024, 7, 10), text=text)
        starts = {q.start for q in plan_queries(extract_claims(doc, entities), entities) if q.kind == "price"}
        assert starts == {start}


def test_an_undated_conversion_is_tried_at_the_last_session_the_article_reports_and_later():
    # undated, but it reports March 6, 2024's move: written on or after that day, so the rates of
    # March 6 and REPORT_LAG_DAYS later are tried (and must agree)
    text = "March 6, 2024: Acme shares fell 1.55%. Its price cut was RMB 53,000 (~$7,361)."
    v = verdict_of(text, "$7,361", published=None)
    assert (v.verdict, v.check) == ("supported", "fx_conversion")
    assert "written on or after 2024-03-06" in v.explanation
    assert [e.reading for e in v.evidence].count("fx") == 2
    bad = verdict_of(text.replace("~$7,361", "~$6,460"), "$6,460", published=None)
    assert bad.verdict == "contradicted"
    # a session named without its year is no anchor (the year is inferred)
    v = verdict_of(text.replace("March 6, 2024", "March 6"), "$7,361", published=None)
    assert (v.verdict, v.reason) == ("unverifiable", "no_date")


def test_a_sentence_framed_as_intraday_trading_makes_each_move_the_days_extreme():
    # March 6: previous close 12.9, low 12.6 (-2.33%), close 12.7 (-1.55%); "its stock" in the
    # third clause is the clause's own name (Acme), not the sentence's opener (Zenith)
    text = "During intraday trading, Zenith dropped over 4%, and Acme saw its stock decline by more than 2.3%."
    v = verdict_of(text, "2.3%", published=date(2024, 3, 6))
    assert (v.verdict, v.reading) == ("supported", "intraday range")
    # without the framing the day's move decides (close to close -1.55%, not "more than 2.3%")
    v = verdict_of(text.replace("During intraday trading, ", ""), "2.3%", published=date(2024, 3, 6))
    assert (v.verdict, v.reading) == ("contradicted", "close to close")


def test_the_articles_own_arithmetic_of_a_forecast_is_checked():
    # 12.5 billion yuan at the fake rate (7.2 per USD) is 1.736 billion dollars, whatever comes to pass
    v = verdict_of("Analysts expect Acme's revenue to reach RMB 12.5 billion (US$1.74 billion).", "US$1.74 billion")
    assert (v.verdict, v.check) == ("supported", "fx_conversion")
    v = verdict_of("Acme would sell 2 million shares at $25 each, raising $50 million.", "$50 million")
    assert (v.verdict, v.check) == ("supported", "arithmetic")
    v = verdict_of("Acme would sell 2,000,000 shares at $25.00 each, raising $60 million.", "$60 million")
    assert v.verdict == "contradicted"
    # the forecast itself is not checked
    v = verdict_of("Analysts expect Acme's revenue to reach RMB 12.5 billion (US$1.74 billion).", "RMB 12.5 billion")
    assert (v.verdict, v.reason) == ("unverifiable", "forecast")


def test_a_move_in_the_month_of_writing_runs_to_the_day_of_writing():
    # published March 6: "in March" is March 1's previous close (11.5, Dec 29) to March 6 (12.7): +10.43%
    v = verdict_of("Acme's stock has surged 10.4% in March alone.", "10.4%", published=date(2024, 3, 6))
    assert (v.verdict, round(v.reference_value or 0, 2)) == ("supported", 10.43)
    assert "month to date" in v.explanation


@pytest.mark.parametrize(
    ("text", "span", "verdict", "reference"),
    [
        # both prices stated: the article's own change from the extreme to the price
        ("At $12.70 per share, Acme is trading 8.6% below its 2024 high of $13.90.", "8.6%", "supported", -8.633),
        ("At $12.70 per share, Acme is trading 9.6% below its 2024 high of $13.90.", "9.6%", "contradicted", -8.633),
        ("At $12.70 per share, Acme is trading 10.4% above its 2024 low of $11.50.", "10.4%", "supported", 10.435),
    ],
)
def test_a_percent_gap_to_a_stated_extreme_is_the_articles_own_change(text, span, verdict, reference):
    v = verdict_of(text, span, published=date(2024, 3, 6))
    assert (v.verdict, v.check, round(v.reference_value or 0, 3)) == (verdict, "arithmetic", reference)


def test_today_on_a_page_written_during_the_session_is_a_move_so_far():
    text = "Acme shares traded higher.\n--Down 1.55% at today's intraday low\nAll data as of 11:34:56 AM ET"
    v = verdict_of(text, "1.55%", published=date(2024, 3, 6))
    assert (v.verdict, v.reason) == ("unverifiable", "no_source")
    assert "moment of the session" in v.explanation
    # without the clock the day's move decides (March 6: -1.55% close to close)
    v = verdict_of(
        text.replace("All data as of 11:34:56 AM ET", "All data as of the close"), "1.55%", published=date(2024, 3, 6)
    )
    assert v.verdict == "supported"


def test_a_days_change_in_market_value_is_the_share_prices():
    text = "Acme's market value stood at $3.16 trillion after a 1.55% drop on March 6."
    v = verdict_of(text, "1.55%", published=date(2024, 3, 6))
    assert (v.verdict, v.check, v.reading) == ("supported", "price_change", "close to close")
    assert v.explanation.startswith("A market value's change in one day is its share price's")
    v = verdict_of("Acme's market capitalization fell 3% on March 6.", "3%", published=date(2024, 3, 6))
    assert v.verdict == "contradicted"
    # a level of market value is still not checked (no share counts ship)
    v = verdict_of(text, "$3.16 trillion", published=date(2024, 3, 6))
    assert (v.verdict, v.reason) == ("unverifiable", "no_source")


def test_a_page_that_says_the_session_is_not_over_reports_moves_so_far():
    text = "Acme shares exploded 4% in trading on Wednesday. If the gains in Acme hold, it would be a record."
    v = verdict_of(text, "4%", published=date(2024, 3, 6))
    assert (v.verdict, v.reason) == ("unverifiable", "no_source")
    # without the idiom the day's move decides (March 6: -1.55% close to close)
    v = verdict_of(text.split(" If")[0], "4%", published=date(2024, 3, 6))
    assert v.verdict == "contradicted"


def test_a_full_date_opening_the_story_dates_its_undated_moves():
    # page of March 6; the story opens "On March 5, 2024," -- its moves are March 5's (-0.77%),
    # and "during the session" is a moment of it (March 6's low: -2.33% from 12.9)
    text = "Markets\n\nOn March 5, 2024, the market rebounded after two days of losses.\n\nAcme's shares fell 0.77%."
    v = verdict_of(text, "0.77%", published=date(2024, 3, 6))
    assert (v.verdict, v.reading) == ("supported", "close to close")
    assert "2024-03-05" in v.explanation
    v = verdict_of(
        "Acme's shares fell 2.3% to $12.60 during the session on March 6.", "2.3%", published=date(2024, 3, 6)
    )
    assert (v.verdict, v.reading) == ("supported", "intraday range")


def test_a_page_reporting_the_last_trading_session_is_of_the_session_before_its_date():
    # a quote page of Thursday March 7: "In the last trading session" is Wednesday March 6's
    text = "In the last trading session, 1.2 million Acme shares changed hands. Acme's shares fell 1.55% to $12.70."
    v = verdict_of(text, "1.55%", published=date(2024, 3, 7))
    assert (v.verdict, v.reference_value) == ("supported", pytest.approx(-1.5504, abs=1e-3))
    assert "2024-03-06" in v.explanation
    assert verdict_of(text, "$12.70", published=date(2024, 3, 7)).verdict == "supported"
    # without it, March 7 is the day, which the data does not have
    plain = "Acme's shares fell 1.55% to $12.70."
    assert verdict_of(plain, "1.55%", published=date(2024, 3, 7)).verdict == "unverifiable"


@pytest.mark.parametrize(
    ("span", "expected", "reference"),
    [
        # two sessions to March 6: 13.0 (March 4) -> 12.7 = -2.31%; the calendar's two days (from
        # the close before March 4, 12.4 on March 1) give +2.42%, shown as the other reading
        ("2.31%", "supported", -2.3077),
        ("2.42%", "contradicted", -2.3077),
    ],
)
def test_the_past_n_days_of_a_share_are_n_sessions(span, expected, reference):
    text = f"Acme shares are down {span} over the last two days."
    v = verdict_of(text, span, published=date(2024, 3, 6))
    assert (v.verdict, v.reference_value) == (expected, pytest.approx(reference, abs=1e-3))
    assert "2 sessions to 2024-03-06" in v.explanation


@pytest.mark.parametrize(("stated", "expected"), [("10.56%", "supported"), ("8.45%", "contradicted")])
def test_a_list_item_measures_from_the_price_heading_the_list(stated, expected):
    # a 'Data Talk' list: each item is about the price in the line above the list ($12.70), not
    # another item's price ($13.00): (12.70 - 14.20) / 14.20 = -10.56%
    text = (
        "Acme is currently at $12.70, up $0.10 or 0.79%\n\n"
        "--Would be highest close since March 4, when it closed at $13.00\n\n"
        f"--Down {stated} from its all-time closing high of $14.20 on March 1"
    )
    v = verdict_of(text, stated, published=date(2024, 3, 6))
    assert (v.verdict, v.check, v.reference_value) == (expected, "arithmetic", pytest.approx(-10.563, abs=1e-3))


def test_a_session_named_at_the_top_dates_the_lead_above_it():
    # a page of Thursday March 7 whose second paragraph names Wednesday's session: the lead's rise
    # is that session's, and "hit a fresh high, after rising nearly 8 per cent" is the rise to the
    # day's high (+7.75% over the previous close 12.9), not the close (-1.55%)
    lead = "Acme's share price hit a fresh high, after rising nearly 8 per cent."
    text = lead + "\n\nIn trade on Wednesday March 6, Acme share price closed at $12.70, down from the previous day."
    v = verdict_of(text, "8 per cent", published=date(2024, 3, 7))
    assert (v.verdict, v.reading) == ("supported", "intraday range")
    assert "2024-03-06" in v.explanation
    # the lead alone is of its page's day, which has no prices
    assert verdict_of(lead, "8 per cent", published=date(2024, 3, 7)).verdict == "unverifiable"


# -- windows that end before today or at a moment of it; the two days of a "last session" -----


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        # a vendor's "past month" is four weeks to the close before the page's day: March 6's
        # 12.7 from the close on or before February 7 (11.5 on 2023-12-29) = +10.43%
        ("Heading into today, Acme shares had gained 10.43% over the past month.", "supported", None),
        # without "heading into today" the calendar month decides (12.4 on March 1 -> 12.7:
        # +2.42%); a figure only the four weeks give is not contradicted, nor asserted
        ("Acme shares have gained 10.43% over the past month.", "unverifiable", "ambiguous_change"),
        ("Acme shares have gained 2.42% over the past month.", "supported", None),
        # between the two counts: another count of the month may give it; beyond both, wrong
        ("Acme shares have gained 6% over the past month.", "unverifiable", "no_window"),
        ("Acme shares have gained 15% over the past month.", "contradicted", None),
    ],
)
def test_a_past_month_window_has_the_four_week_reading_to_the_close_before(text, expected, reason):
    v = verdict_of(text, text.split(" over")[0].split()[-1], published=date(2024, 4, 2))
    assert (v.verdict, v.reason) == (expected, reason)


def _weekday_series(start: date, n: int) -> dict[str, tuple[float, float, float, float]]:
    """n weekday bars from ``start`` whose close rises by 1.0 a session from 100.0."""
    from datetime import timedelta

    rows, day, close = {}, start, 100.0
    while len(rows) < n:
        if day.weekday() < 5:
            rows[day.isoformat()] = (close, close, close, close)
            close += 1.0
        day += timedelta(days=1)
    return rows


@pytest.mark.parametrize(
    ("stated", "expected", "reason"),
    [
        # 90 sessions from Monday 2024-01-01 (close 100 + n) to Friday 2024-05-03 (close 189): three calendar
        # months back is the close of 2024-02-02 (124): +52.42%; 63 sessions back is 2024-02-06 (126): +50.00%
        ("52.42%", "supported", None),
        ("50.00%", "unverifiable", "ambiguous_change"),  # only a vendor's 21 sessions a month give it
        ("40%", "contradicted", None),  # no reading gives it
    ],
)
def test_a_past_months_window_has_a_vendor_s_sessions_reading(stated, expected, reason):
    bars = _weekday_series(date(2024, 1, 1), 90)
    values = {**SOURCE_VALUES, ("price", "ACME.X"): price_values("ACME.X", bars, currency="USD")}
    text = f"Acme shares have gained {stated} over the past three months."
    doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), source="t.txt", published=date(2024, 5, 3), text=text)
    claims = extract_claims(doc, ENTITIES)
    book, _calls = fill_book(FakeSource(values), plan_queries(claims, ENTITIES))
    v = [
        v
        for c, v in zip(claims, verify_claims(claims, extract_relations(doc, claims), book, ENTITIES), strict=True)
        if c.quantity.text == stated
    ][0]
    assert (v.verdict, v.reason) == (expected, reason)


@pytest.mark.parametrize(("stated", "expected"), [("13.04%", "supported"), ("12.17%", "contradicted")])
def test_a_year_so_far_before_today_ends_at_the_close_before_the_page(stated, expected):
    # page of March 5: to March 4's close, 11.5 -> 13.0 = +13.04% (March 5's close gives +12.17%)
    v = verdict_of(f"Before today, Acme stock had risen {stated} on the year.", stated, published=date(2024, 3, 5))
    assert (v.verdict, v.reference_value) == (expected, pytest.approx(13.0435, abs=1e-3))


@pytest.mark.parametrize(
    ("stated", "expected", "reason"),
    [("12.17%", "supported", None), ("15%", "unverifiable", "no_source"), ("25%", "contradicted", None)],
)
def test_a_window_to_a_moment_of_the_day_is_checked_on_the_day_s_range(stated, expected, reason):
    # a page written during March 6's session: month to date from 11.5 to any moment between the
    # low 12.6 and the high 13.9, or the close before (12.9): +9.57% .. +20.87%; the close before
    # (+12.17%) or the day's close (+10.43%) supports, a fit elsewhere in the range is not asserted
    text = f"Acme shares fell 3% today, as of 12:39 PM ET.\n\nMonth-to-date, the stock is up {stated}."
    v = verdict_of(text, stated, published=date(2024, 3, 6))
    assert (v.verdict, v.reason) == (expected, reason)
    assert "+9.57%..+20.87%" in v.explanation
    # on a page that gives no moment, the day's close decides (12.7: +10.43%), or the close before
    # when a precise figure fits it (the page may be of the morning)
    plain = f"Acme shares fell 3% today.\n\nMonth-to-date, the stock is up {stated}."
    expected_plain = "supported" if stated == "12.17%" else "contradicted"
    assert verdict_of(plain, stated, published=date(2024, 3, 6)).verdict == expected_plain


def test_a_last_trading_session_page_is_checked_on_both_days_it_may_be():
    # page of Tuesday March 5: "the latest trading session" is March 4 (+4.84%) if written before
    # March 5's close, March 5 (-0.77%) if after; a precise figure names its day
    text = "In the latest trading session, Acme closed at $12.90, marking a -0.77% move from the previous day."
    v = verdict_of(text, "-0.77%", published=date(2024, 3, 5))
    assert (v.verdict, v.reference_value) == ("supported", pytest.approx(-0.7692, abs=1e-3))
    assert "'last trading session' is 2024-03-05" in v.explanation
    # a loose one that fits one day only is not asserted (page of March 6: March 5's -0.77% fits
    # "1%", March 6's -1.55% does not)
    loose = "In the latest trading session, Acme shares fell 1%."
    v = verdict_of(loose, "1%", published=date(2024, 3, 6))
    assert (v.verdict, v.reason) == ("unverifiable", "no_date")
    # both days agree: asserted
    v = verdict_of("In the latest trading session, Acme shares rose 20%.", "20%", published=date(2024, 3, 5))
    assert v.verdict == "contradicted"


@pytest.mark.parametrize(
    ("stated", "expected", "reason"),
    [
        ("10.43%", "supported", None),  # to March 6's close
        ("12.17%", "supported", None),  # to the close before (March 5's 12.9): precise, so telling
        ("about 12%", "unverifiable", "no_date"),  # fits the close before only, loosely (±10%)
        ("20%", "contradicted", None),
    ],
)
def test_a_year_so_far_that_the_page_s_close_misses_may_run_to_the_close_before(stated, expected, reason):
    v = verdict_of(f"Acme's stock is up {stated} this year.", stated.split()[-1], published=date(2024, 3, 6))
    assert (v.verdict, v.reason) == (expected, reason)


def test_a_week_so_far_is_also_read_as_the_last_five_sessions():
    # page of Wednesday June 5: the week to date from the close before Monday June 3 (12.7, March
    # 6: no bars in between) -> 14.5 = +14.17%; five sessions before June 5 is March 6 as well in
    # this data, so both readings agree, and the explanation shows the second
    v = verdict_of("Over the week, Acme's stock price is moving 14.17% up.", "14.17%", published=date(2024, 6, 5))
    assert v.verdict == "supported"
    assert "5 sessions to 2024-06-05" in v.explanation


def test_a_ranking_since_a_month_without_a_year_leaves_the_number_checked():
    # "the biggest intraday gain since May": the ranking is not checked, the day's high is
    # (March 4: 12.4 -> high 13.1, +5.65%)
    v = verdict_of(
        "Acme's stock climbed as much as 5.6% on March 4, the biggest intraday gain since May.",
        "5.6%",
        published=date(2024, 3, 5),
    )
    assert v.verdict == "supported"
    assert "is not checked: its start is not a date" in v.explanation


@pytest.mark.parametrize(
    ("span", "expected"),
    [("-31.24%", "supported"), ("3.03%", "supported"), ("3.0%", "supported"), ("-20.00%", "contradicted")],
)
def test_a_quote_page_s_distance_from_its_stated_52_week_range_is_its_own_arithmetic(span, expected):
    text = (
        "The company's current market price of $81.34 came falling about -1.54. In past 52 weeks, the stock "
        "remained in the range of price level as high as $118.29 and as low as $78.95. In the recent trading on the "
        "day, stock has struck highest price mark of $80.48 while lowest mark touched by it was $79.83.\n\n"
        "Acme's current price level is {hi} below from 52-week high level whereas it is 3.03% above from lowest level "
        "seen by the stock during that period. Over 52 weeks, Acme's distance from the 52-week low is 3.0%."
    ).format(hi="-20.00%" if span == "-20.00%" else "-31.24%")
    v = verdict_of(text, span, published=date(2024, 6, 5))
    assert (v.verdict, v.check) == (expected, "arithmetic")


def _percent_verdict(text: str, values: list, published: date) -> Verdict:
    """The verdict on the one percentage of ``text``, with ACME.X's prices given as ``values``."""
    doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), source="t.txt", published=published, text=text)
    claims = extract_claims(doc, ENTITIES)
    book, _calls = fill_book(FakeSource({**SOURCE_VALUES, ("price", "ACME.X"): values}), plan_queries(claims, ENTITIES))
    (v,) = [
        v
        for c, v in zip(claims, verify_claims(claims, [], book, ENTITIES), strict=True)
        if c.quantity.unit == "percent"
    ]
    return v


@pytest.mark.parametrize(
    ("text", "expected", "reading"),
    [
        # the close before the ex-day 100.0 (a dividend of 4.0 then detaches: multiplier 0.96), the ex-day's 95.5:
        # -4.50% in traded prices, -0.52% net of the dividend
        ("Acme shares fell 0.52% on March 5.", "supported", "close to close, net of the day's dividend"),
        ("Acme shares fell 4.5% on March 5.", "supported", "close to close"),
        ("Acme shares fell 2% on March 5.", "contradicted", "close to close"),
    ],
)
def test_an_ex_dividend_day_s_move_may_be_reported_net_of_the_dividend(text, expected, reading):
    bars = {"2024-03-04": (100.0, 100.5, 99.5, 100.0), "2024-03-05": (96.0, 96.5, 95.0, 95.5)}
    values = [
        v.model_copy(update={"row": {"dividend_multiplier": 0.96}}) if v.key == "2024-03-04" else v
        for v in price_values("ACME.X", bars, currency="USD")
    ]
    v = _percent_verdict(text, values, date(2024, 3, 5))
    assert (v.verdict, v.reading) == (expected, reading)


def _with_volume(values: list, volumes: dict[str, float]) -> list:
    extra = [
        v.model_copy(update={"metric": "volume", "value": volumes[v.key], "currency": None})
        for v in values
        if v.metric == "close" and v.key in volumes
    ]
    return [*values, *extra]


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        # March 5's row is flat with no volume (a half-day's placeholder, 109): read as its close it
        # supports a fit (103 -> 109 = +5.83%; the next day's 109 -> 111.1 = +1.93%), but a miss
        # against it, or a fit of its made-up high, is not asserted; March 4 is a real row
        ("Acme shares rose 5.8% on March 5.", "supported", None),
        ("Acme shares rose 2.5% on March 5.", "unverifiable", "source_error"),
        ("Acme shares rose as much as 5.8% on March 5.", "unverifiable", "source_error"),
        ("Acme shares rose 1.9% on March 6.", "supported", None),
        ("Acme shares rose 5% on March 6.", "unverifiable", "source_error"),
        ("Acme shares rose 3% on March 4.", "supported", None),
        ("Acme shares rose 5% on March 4.", "contradicted", None),
    ],
)
def test_a_flat_zero_volume_row_only_supports_a_fit_of_its_close(text, expected, reason):
    bars = {
        "2024-03-01": (99.0, 100.5, 98.5, 100.0),
        "2024-03-04": (100.0, 103.5, 99.5, 103.0),
        "2024-03-05": (109.0, 109.0, 109.0, 109.0),
        "2024-03-06": (109.0, 112.0, 108.0, 111.1),
    }
    values = _with_volume(
        price_values("ACME.X", bars, currency="USD"),
        {"2024-03-01": 1000.0, "2024-03-04": 1200.0, "2024-03-05": 0.0, "2024-03-06": 900.0},
    )
    v = _percent_verdict(text, values, date(2024, 3, 7))
    assert (v.verdict, v.reason) == (expected, reason)
    if reason:
        assert "row for 2024-03-05 is a placeholder (open = high = low = close = 109, volume 0" in v.explanation
    elif "March 4" not in text:
        assert (
            "row for 2024-03-05 is a placeholder, flat with volume 0: its one price, 109, is read as" in v.explanation
        )


@pytest.mark.parametrize(
    ("text", "last_of_year", "expected", "reason"),
    [
        # the year's base is 2023-12-29's close 108.9 -> 111.1 = +2.02%: a placeholder there
        # (volume 0) supports a fit and asserts no miss; with volume the row is a close
        ("Acme shares have gained 2% so far this year.", 0.0, "supported", None),
        ("Acme shares have gained 11.1% so far this year.", 0.0, "unverifiable", "source_error"),
        ("Acme shares have gained 11.1% so far this year.", 500.0, "contradicted", None),
    ],
)
def test_a_window_from_a_placeholder_row_asserts_no_miss(text, last_of_year, expected, reason):
    bars = {
        "2023-12-28": (99.0, 100.5, 98.5, 100.0),
        "2023-12-29": (108.9, 108.9, 108.9, 108.9),
        "2024-03-06": (109.0, 112.0, 108.0, 111.1),
    }
    values = _with_volume(
        price_values("ACME.X", bars, currency="USD"),
        {"2023-12-28": 1000.0, "2023-12-29": last_of_year, "2024-03-06": 900.0},
    )
    v = _percent_verdict(text, values, date(2024, 3, 6))
    assert (v.verdict, v.reason) == (expected, reason)


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # "..., or $X": the amount again in another currency (12.5 billion CNY = 1.725 billion USD on 2024-08-01)
        (
            "In the first quarter of 2024, Acme's revenue was RMB 12.5 billion, or US$1.74 billion.",
            "US$1.74 billion",
            "supported",
        ),
        (
            "In the first quarter of 2024, Acme's revenue was RMB 12.5 billion, or about US$2.1 billion, a record.",
            "US$2.1 billion",
            "contradicted",
        ),
        # a range converts end by end: both must hold
        (
            "Acme expects first-quarter 2024 revenue of between RMB 12.5 billion and RMB 13 billion (US$1.72 billion to US$1.79 billion).",
            "US$1.72 billion to US$1.79 billion",
            "supported",
        ),
        (
            "Acme expects first-quarter 2024 revenue of between RMB 12.5 billion and RMB 13 billion (US$1.72 billion to US$2.5 billion).",
            "US$1.72 billion to US$2.5 billion",
            "contradicted",
        ),
    ],
)
def test_an_or_conversion_and_a_range_conversion_are_checked(text, span, expected):
    v = verdict_of(text, span, published=date(2024, 8, 1))
    assert (v.verdict, v.check) == (expected, "fx_conversion")


def test_an_or_between_amounts_of_one_currency_is_no_conversion():
    text = "On March 5, 2024 Acme's revenue was US$1.7 billion, or US$1.9 billion with its affiliates."
    claims = extract_claims(Document(id="x", source="t.txt", published=date(2024, 3, 5), text=text), ENTITIES)
    assert not [
        r for r in extract_relations(Document(id="x", source="t.txt", text=text), claims) if r.kind == "conversion"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the close moved from 100.0 to 98.0 (-2%): a bound on a rise is no fall, a bound on a fall holds
        ("Acme shares rose less than 3% on March 5.", "contradicted"),
        ("Acme shares were up to 3% higher on March 5.", "contradicted"),
        ("Acme shares fell less than 3% on March 5.", "supported"),
    ],
)
def test_a_bound_on_a_rise_is_not_met_by_a_fall(text, expected):
    bars = {"2024-03-04": (100.0, 100.5, 99.5, 100.0), "2024-03-05": (99.0, 99.5, 97.5, 98.0)}
    v = _percent_verdict(text, price_values("ACME.X", bars, currency="USD"), date(2024, 3, 5))
    assert v.verdict == expected


def test_a_week_of_an_adjusted_series_may_hold_a_whole_dividend_payment():
    # five sessions +8.0% in the adjusted file: a quoted +7.67% may be the price change beside a
    # payment of about 0.3% folded into the file, so it is not contradicted; +6.5% is
    bars = {
        f"2022-11-{d:02d}": (100.0, 101.0, 99.0, c)
        for d, c in ((9, 100.0), (10, 102.0), (11, 104.0), (14, 105.0), (15, 107.0), (16, 108.0))
    }
    values = [v.model_copy(update={"basis": "adjusted"}) for v in price_values("ACME.X", bars, currency="USD")]
    text = "Acme shares rose {} in the five days ending Nov. 16, 2022."
    v = _percent_verdict(text.format("7.67%"), values, date(2022, 11, 17))
    assert (v.verdict, v.reason) == ("unverifiable", "adjusted_prices")
    v = _percent_verdict(text.format("6.5%"), values, date(2022, 11, 17))
    assert v.verdict == "contradicted"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the close moved from 100.0 to 94.4 (-5.6%): a range of falls holds it when it spans it
        ("Acme shares retreated between 2.9% and 5.6% on March 5.", "supported"),
        ("Acme shares retreated between 2.9% and 4.5% on March 5.", "contradicted"),
        ("Acme shares retreated between 6.5% and 8% on March 5.", "contradicted"),
    ],
)
def test_a_range_of_moves_holds_a_move_inside_it(text, expected):
    bars = {"2024-03-04": (100.0, 100.5, 99.5, 100.0), "2024-03-05": (99.0, 99.5, 94.0, 94.4)}
    v = _percent_verdict(text, price_values("ACME.X", bars, currency="USD"), date(2024, 3, 5))
    assert v.verdict == expected


def test_a_signed_fall_with_a_falling_verb_is_one_fall():
    # "fell by -1.77% ... from $32.71 to $32.13": the article's own numbers give -1.77%, as stated
    v = verdict_of(
        "On May 7, 2024 Zenith stock fell by -1.77% from $32.71 to $32.13.", "-1.77%", published=date(2024, 5, 7)
    )
    assert (v.verdict, v.check) == ("supported", "arithmetic")


def test_a_two_line_company_is_checked_on_the_line_whose_currency_the_article_quotes():
    # Acme trades in Hong Kong (HKD) and New York (USD): a page that quotes its price in dollars
    # means the New York line for a move whose sentence names neither
    from claims.verify.market import _quoted_listing

    hk = Entity("Acme", "1234.HK", "company", ("HKD",))
    us = Entity("Acme", "ACME", "company", ("USD",))
    doc = Document(id="d", source="t.txt", published=date(2024, 5, 7), text="Acme closed at $32.13. Acme fell 1.8%.")
    claims = extract_claims(doc, EntityTable({"acme": us}))
    by_id = {c.id: c for c in claims}
    (move,) = [c for c in claims if c.quantity.unit == "percent"]
    assert _quoted_listing(move, [hk, us], by_id) == [us]
    # prices in both currencies: both lines stay
    doc2 = Document(
        id="e", source="t.txt", published=date(2024, 5, 7), text="Acme closed at $32.13 and HK$31.10. Acme fell 1.8%."
    )
    claims2 = extract_claims(doc2, EntityTable({"acme": us}))
    (move2,) = [c for c in claims2 if c.quantity.unit == "percent"]
    assert _quoted_listing(move2, [hk, us], {c.id: c for c in claims2}) == [hk, us]


def _flat_bars(closes: dict[str, float]) -> dict[str, tuple[float, float, float, float]]:
    """Bars whose open, high, low and close are the day's one price."""
    return {d: (c, c, c, c) for d, c in closes.items()}


def test_a_zacks_comparison_runs_to_the_close_before_the_session_the_page_reports():
    # the page of June 9 reports June 8's session; its "past four weeks" end at June 7's close
    closes = {"2022-05-10": 80.0, "2022-05-11": 81.0, "2022-06-07": 98.72, "2022-06-08": 113.2, "2022-06-09": 104.0}
    bars = _flat_bars(closes)
    text = (
        "Acme shares ended the last trading session 14.7% higher at $113.20. This compares to the stock's "
        "23.4% gain over the past four weeks."
    )
    doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), source="t.txt", published=date(2022, 6, 9), text=text)
    claims = extract_claims(doc, ENTITIES)
    book, _calls = fill_book(
        FakeSource({**SOURCE_VALUES, ("price", "ACME.X"): price_values("ACME.X", bars, currency="USD")}),
        plan_queries(claims, ENTITIES),
    )
    got = {c.quantity.text: v for c, v in zip(claims, verify_claims(claims, [], book, ENTITIES), strict=True)}
    assert got["23.4%"].verdict == "supported"  # 80.0 -> 98.72 = +23.40% (to June 8's close: +41.5%)
    assert got["14.7%"].verdict == "supported"  # 98.72 -> 113.2 = +14.67%


def test_the_article_s_own_percent_of_a_money_change_to_a_level() -> None:
    v = verdict_of("Acme is currently trading at HK$328.34, showing an increase of HK$6.50 or 2.02%.", "2.02%")
    assert (v.verdict, round(v.reference_value or 0, 3)) == ("supported", 2.02)
    v = verdict_of("Acme closed at HK$31.77, down HK$0.07, or 0.40%.", "0.40%")
    assert (v.verdict, round(v.reference_value or 0, 4)) == ("contradicted", 0.2198)


def test_a_change_of_the_share_price_in_money_is_not_checked_as_a_level() -> None:
    v = verdict_of("Acme closed at HK$290.80, up HK$12.20, or 4.38%.", "HK$12.20")
    assert (v.verdict, v.reason) == ("unverifiable", "no_metric")


def test_a_close_the_day_before_within_an_adjusted_room_is_not_contradicted():
    # a page of 2024-03-06 saying "closed down 1.95%" with no session: the page's day (+1.0%) does not
    # fit; the session before (-2.00% in the adjusted file) is within the adjusted room, so not asserted
    bars = {
        "2024-03-04": (10.0, 10.0, 10.0, 10.0),
        "2024-03-05": (10.0, 10.3, 9.7, 9.8),
        "2024-03-06": (9.8, 9.95, 9.8, 9.898),
    }
    values = [v.model_copy(update={"basis": "adjusted"}) for v in price_values("ACME.X", bars, currency="USD")]
    v = _percent_verdict("Acme shares closed down 1.95%.", values, date(2024, 3, 6))
    assert (v.verdict, v.reason) == ("unverifiable", "no_date")
    v = _percent_verdict("Acme shares closed down 1.5%.", values, date(2024, 3, 6))
    assert v.verdict == "contradicted"


def test_a_ticker_tag_beside_both_lines_prices_is_no_mislabel():
    text = "Borealis (BORL) fell 2% to $9.80 on March 5 in New York, and rose 2.56% to HK$80.00 in Hong Kong."
    v = _two_line_verdict(text, "HK$80.00", date(2024, 3, 8))
    assert (v.verdict, v.reason) == ("supported", None)


@pytest.mark.parametrize(("span", "expected"), [("$12.90", "supported"), ("$13.00", "contradicted")])
def test_a_previous_close_is_the_close_of_the_session_before(span, expected):
    text = f"Acme fell 1.55% on Wednesday. The stock had previously closed at {span}."
    v = verdict_of(text, span, date(2024, 3, 6))
    assert (v.verdict, v.reference_value) == (expected, 12.9)  # the 2024-03-05 close, not 03-06's 12.7


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # page 2024-04-05, a month back is 03-05: from the close before it (03-04's 13.0) to the last
        # close (03-06's 12.7) is -2.31%; from 03-05's own close (12.9) it is -1.55%
        ("Acme shares are down 2.31% over the past month.", "2.31%", ("supported", None)),
        ("Acme shares are down 1.55% over the past month.", "1.55%", ("unverifiable", "ambiguous_change")),
        ("Acme shares are down 5% over the past month.", "5%", ("contradicted", None)),
    ],
)
def test_a_past_month_s_move_is_read_from_either_close_a_month_back(text, span, expected):
    v = verdict_of(text, span, date(2024, 4, 5))
    assert (v.verdict, v.reason) == expected


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # 2024-03-06's range is 12.6 .. 13.9
        (
            "On March 6 Acme repurchased 10,000 shares at prices between $12.70 and $13.80.",
            "$12.70 and $13.80",
            "supported",
        ),
        (
            "On March 6 Acme repurchased 10,000 shares at prices between $12.70 and $14.20.",
            "$12.70 and $14.20",
            "contradicted",
        ),
        (
            "On March 6 Acme bought back 10,000 shares, paying between $12.00 and $13.00 per share.",
            "$12.00 and $13.00 per share",
            "contradicted",
        ),
        ("On March 6 Acme repurchased 10,000 shares (VWAP $13.25).", "$13.25", "supported"),
    ],
)
def test_the_prices_a_day_s_trades_were_done_at_lie_within_its_range(text, span, expected):
    v = verdict_of(text, span)
    assert (v.verdict, v.check) == (expected, "market_price")


def test_an_item_of_a_list_goes_on_in_the_day_that_opens_it():
    text = "On March 6 Acme repurchased a total of 30,000 shares:\n\n- Venue A: 10,000 shares at prices between $12.70 and $13.80 (VWAP $13.25)."
    v = verdict_of(text, "$12.70 and $13.80")
    assert (v.verdict, v.reason) == ("supported", None)
    v = verdict_of(text.replace("On March 6 ", ""), "$12.70 and $13.80")
    assert (v.verdict, v.reason) == ("unverifiable", "no_date")


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("Borealis (BORL) fell 2% on March 5.", "supported", None),  # the sentence writes the US ticker
        (
            "Borealis fell 2% on March 5, its worst day this month.\nAnalysts cut their BORL targets to $12.",
            "supported",
            None,
        ),
        # both lines' codes in a list of tickers: which one moved is not said
        ("Borealis (BORL) (4321.HK) fell 2% on March 5.", "unverifiable", "ambiguous_listing"),
    ],
)
def test_the_line_whose_ticker_the_text_writes_is_the_one_checked(text, expected, reason):
    v = _two_line_verdict(text, "2%", date(2024, 3, 8))
    assert (v.verdict, v.reason) == (expected, reason)


def test_a_hong_kong_line_s_bare_code_counts_only_in_a_list_of_tickers():
    import re as _re

    from claims.verify.market import _bare_code

    (pattern,) = _bare_code("9988.HK")
    assert _re.search(pattern, "Alibaba Group Holding Ltd.\nBABA,\n9988,\njumped 9.8%")
    assert _re.search(pattern, "Alibaba (09988) rose")
    assert not _re.search(pattern, "a turnover of HK$9988, up 3%")
    assert not _re.search(pattern, "it sold 19988, or 3%")
    assert _bare_code("BABA") == []


# -- session 13: a change of the price in money, from the closes the article gives ------------------


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        (
            "On June 4, Acme closed at $146.75, down from the previous close of $150.90. This represents a "
            "decrease of $4.15, or approximately 2.75%.",
            "$4.15",
            "supported",
        ),
        (
            "On June 4, Acme closed at $146.75. This represents a decrease of $4.51, or approximately 2.75%, "
            "from the previous closing price of $150.90.",
            "$4.51",
            "contradicted",
        ),
        # the direction is the article's too: a gain it calls a decrease is wrong
        (
            "On June 4, Acme closed at $150.90, up from the previous close of $146.75. This represents a "
            "decrease of $4.15.",
            "$4.15",
            "contradicted",
        ),
        # a quote list's signed change, after the paragraph that gave the closes
        (
            "On June 4, Acme closed at $146.75, down from the previous close of $150.90.\n"
            "Key figures\n- Closing Price: $146.75\n- Price Change: -$4.15\n- Percentage Change: -2.75%",
            "-$4.15",
            "supported",
        ),
        # a sentence of its own that names the base ("from its previous closing price"), after
        # "the day before closing price": the quote template's change is the closes' difference
        (
            "On June 4, Acme closed at $146.75, down -2.75% from day before closing price of $150.90. In "
            "other words, the price has decreased by -$2.75 from its previous closing price.",
            "-$2.75",
            "contradicted",
        ),
        (
            "On June 4, Acme closed at $146.75, down -2.75% from day before closing price of $150.90. In "
            "other words, the price has decreased by -$4.15 from its previous closing price.",
            "-$4.15",
            "supported",
        ),
    ],
)
def test_a_change_in_money_is_the_close_less_the_previous_close_the_article_gives(text, span, expected):
    v = verdict_of(text, span)
    assert (v.verdict, v.check) == (expected, "arithmetic")
    assert v.evidence[0].source == "article" and len(v.evidence[0].claim_ids) == 2


def test_the_previous_close_a_move_is_measured_from_is_the_close_of_the_session_before():
    # ACME.X closed at 14.5 on 2024-06-03, the session before June 4
    v = verdict_of("On June 4, Acme closed at $15.10, up from the previous close of $14.50.", "$14.50")
    assert (v.verdict, v.reference_value) == ("supported", 14.5)
    v = verdict_of("On June 4, Acme closed at $15.10, up from the previous close of $14.60.", "$14.60")
    assert v.verdict == "contradicted" and "2024-06-03" in v.explanation


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # ACME.X on 2024-03-06: open 13.5 -> close 12.7 (-5.93%); close to close -1.55%
        ("On March 6, Acme shares closed 5.9% lower than the day's open.", "5.9%", "supported"),
        ("On March 6, Acme shares closed 1.6% lower than the day's open.", "1.6%", "contradicted"),
        ("On March 6, Acme shares fell 5.9% from the open.", "5.9%", "supported"),
    ],
)
def test_a_move_from_the_day_s_open_is_checked_open_to_close(text, span, expected):
    v = verdict_of(text, span, date(2024, 3, 7))
    assert (v.verdict, v.reading) == (expected, "open to close")


@pytest.mark.parametrize(
    "second",
    ["Its quarterly dividend rose $0.10 to $1.20 a share.", "Earnings per share rose $0.12."],
)
def test_another_measure_s_change_in_money_is_not_the_close_less_the_previous_close(second):
    text = f"On June 4, Acme closed at $146.75, down from the previous close of $150.90. {second}"
    assert all(v.check != "arithmetic" for t, v in check(text) if t in ("$0.10", "$0.12"))


# -- a page's last session on the exchange calendar; a close on a page read as in session -------

# Acme on the New York calendar around Presidents' Day (Monday 2024-02-19, no session)
_HOLIDAY_BARS = {
    "2024-02-14": (10.0, 10.2, 9.9, 10.0),
    "2024-02-15": (10.0, 10.3, 9.9, 10.2),
    "2024-02-16": (10.2, 10.3, 9.6, 9.8),  # close to close -3.92%
    "2024-02-20": (9.8, 10.0, 9.7, 9.9),  # +1.02%
}


def _check_on_the_calendar(text: str, published: date, bars=_HOLIDAY_BARS) -> dict[str, Verdict]:
    acme = Entity("Acme", "ACMN", "company", ("USD",), exchange="XNYS")
    table = EntityTable({"acme": acme, "acmn": acme})
    doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), source="t.txt", published=published, text=text)
    claims = extract_claims(doc, table)
    prices = price_values("ACMN", bars, currency="USD")
    book, _calls = fill_book(FakeSource({("price", "ACMN"): prices}), plan_queries(claims, table))
    verdicts = verify_claims(claims, extract_relations(doc, claims), book, table)
    return {c.quantity.text: v for c, v in zip(claims, verdicts, strict=True)}


def test_the_last_session_after_an_exchange_holiday_is_the_session_before_the_holiday():
    # a page of Tuesday 2024-02-20: the weekday before it, Presidents' Day, did not trade, so "the
    # last session" is Friday 2024-02-16 (or the page's own day, if written after its close)
    text = "During the last session 21M of Acme's shares were traded. The stock closed indicating that it lost -3.92%."
    v = _check_on_the_calendar(text, date(2024, 2, 20))["-3.92%"]
    assert (v.verdict, v.reference_value) == ("supported", pytest.approx(-3.9216, abs=1e-3))
    assert "2024-02-16" in v.explanation
    # the page's own day fits a figure of its own day, the holiday is no reading
    v = _check_on_the_calendar(text.replace("lost -3.92%", "gained 1.02%"), date(2024, 2, 20))["1.02%"]
    assert (v.verdict, v.reference_value) == ("supported", pytest.approx(1.0204, abs=1e-3))
    # a figure that fits neither day is contradicted on both, not left as a holiday
    v = _check_on_the_calendar(text.replace("-3.92%", "-7.5%"), date(2024, 2, 20))["-7.5%"]
    assert v.verdict == "contradicted"


def test_a_last_session_page_of_a_saturday_has_only_the_friday_to_read():
    # a Saturday page: the page's own day did not trade, so it is no other reading of the last
    # session, and a loose figure that fits Friday is not left undated
    text = "In the last trading session, Acme shares fell 4%."
    v = _check_on_the_calendar(text, date(2024, 2, 17))["4%"]
    assert (v.verdict, v.reference_value) == ("supported", pytest.approx(-3.9216, abs=1e-3))


@pytest.mark.parametrize(
    ("text", "span", "expected", "reference"),
    [
        # the page reads as written in the session ("in the morning"): a close it reports is the
        # session before its day or that day's; a precise figure names which
        ("Acme fell in the morning. Acme lost 3.92 percent closing at $9.80.", "3.92 percent", "supported", -3.9216),
        ("Acme fell in the morning. Acme lost 1.02 percent closing at $9.90.", "1.02 percent", "contradicted", 2.0),
        # a move the page dates by its own day and no close word stays a moment of the session
        ("Acme fell in the morning. Acme lost 3.92 percent.", "3.92 percent", "unverifiable", None),
    ],
)
def test_a_close_on_a_page_written_in_session_is_of_the_session_before_or_the_page_s_day(
    text, span, expected, reference
):
    v = _check_on_the_calendar(text, date(2024, 2, 16))[span]
    # (page of Friday 2024-02-16: the session before is Thursday 2024-02-15, +2.00%)
    assert v.verdict == expected
    if reference is not None:
        assert v.reference_value == pytest.approx(reference, abs=1e-3)


def test_a_move_carried_from_a_close_on_an_in_session_page_has_both_days_the_close_has():
    # stamped 11:08 on Friday 2024-02-16: "closing at $9.80" is Thursday's close or Friday's; the
    # move the sentence carries from it is read on the same two days (Friday's -3.92% fits)
    text = "Acme Daily · 2024-02-16 11:08\n\nAcme's stock opened lower, closing at $9.80 per share, down 3.92%."
    verdicts = _check_on_the_calendar(text, date(2024, 2, 16))
    assert verdicts["$9.80 per share"].verdict == "supported"
    v = verdicts["3.92%"]
    assert (v.verdict, v.reference_value) == ("supported", pytest.approx(-3.9216, abs=1e-3))


@pytest.mark.parametrize(
    ("stated", "expected"),
    [("22%", "supported"), ("30%", "contradicted"), ("more than 20%", "supported")],
)
def test_a_rate_to_an_amount_from_another_is_checked_on_the_article_s_own_numbers(stated, expected):
    # 32 -> 39.07 billion is +22.09% (the operands' rounding allows a little more or less)
    v = verdict_of(f"Acme's bookings rose {stated} to $39.07 billion from $32 billion.", stated.split()[-1])
    assert (v.verdict, v.check) == (expected, "arithmetic")
    assert v.reference_value == pytest.approx(22.09375, abs=1e-3)


@pytest.mark.parametrize(("total", "expected"), [("$8,974,437.50", "supported"), ("$9,974,437.50", "contradicted")])
def test_an_insider_trade_s_total_is_checked_as_count_times_price(total, expected):
    text = (
        "Director John Roe sold 70,250 shares of Acme's stock in a transaction on Thursday, February 4th. "
        f"The shares were sold at an average price of $127.75, for a total value of {total}."
    )
    v = verdict_of(text, total, published=date(2021, 2, 8))
    assert (v.verdict, v.check) == (expected, "arithmetic")
    assert v.reference_value == pytest.approx(70250 * 127.75)


def test_a_hong_kong_line_s_sessions_follow_the_hong_kong_calendar_whatever_the_primary_listing():
    # a company whose primary listing is New York's, checked on its Hong Kong line: Friday
    # 2025-04-04 was Ching Ming in Hong Kong (New York traded), so Monday's move is from Thursday's close
    acme = Entity("Acme", "ACME.HK", "company", ("HKD",), exchange="XNYS")
    table = EntityTable({"acme": acme})
    text = "Hong Kong stocks plunged on Monday, with Acme diving 18 percent."
    doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), source="t.txt", published=date(2025, 4, 7), text=text)
    claims = extract_claims(doc, table)
    bars = {"2025-04-03": (100.0, 101.0, 99.0, 100.0), "2025-04-07": (90.0, 91.0, 80.0, 82.0)}
    prices = price_values("ACME.HK", bars, currency="HKD")
    book, _calls = fill_book(FakeSource({("price", "ACME.HK"): prices}), plan_queries(claims, table))
    v = dict(zip([c.quantity.text for c in claims], verify_claims(claims, [], book, table), strict=True))["18 percent"]
    assert (v.verdict, v.reference_value) == ("supported", pytest.approx(-18.0))


# -- a window's count named by a precise figure -------------------------------------------------

# two weeks back from Tuesday 2024-05-07 is 2024-04-23: from the close before it (04-22) the move
# is +19.04%, from its own close +16.62%, and two weeks to the close before the page +21.18%
_TWO_WEEK_BARS = _flat_bars(
    {
        "2024-04-19": 26.0,
        "2024-04-22": 26.217,
        "2024-04-23": 26.761,
        **dict.fromkeys(("2024-04-24", "2024-04-25", "2024-04-26", "2024-04-29"), 29.0),
        **dict.fromkeys(("2024-04-30", "2024-05-01", "2024-05-02", "2024-05-03"), 29.0),
        "2024-05-06": 31.77,
        "2024-05-07": 31.21,
    }
)


@pytest.mark.parametrize(
    ("figure", "expected", "reference"),
    [
        # a figure this precise that fits the window from its first day's close names that count
        ("16.62%", "supported", 16.625),
        # a loose one (±0.5) fits by chance as easily: which count is meant stays open
        ("17%", "unverifiable", None),
        # the close before the window's first day still reads first
        ("19.04%", "supported", 19.045),
    ],
)
def test_a_precise_figure_names_the_count_of_its_window(figure, expected, reference):
    text = f"Acme stock has risen in 6 of the last 10 days and is up by {figure} over the past 2 weeks."
    v = _check_on_the_calendar(text, date(2024, 5, 7), bars=_TWO_WEEK_BARS)[figure]
    assert v.verdict == expected
    if reference is not None:
        assert v.reference_value == pytest.approx(reference, abs=2e-3)
    else:
        assert v.reason == "ambiguous_change"


def test_a_precise_fit_does_not_name_a_count_of_months():
    # a month may be counted in calendar days or in sessions: a fit from the first close of the
    # calendar month back (Tuesday 2024-04-09 for Thursday 2024-05-09) alone leaves it open
    bars = _flat_bars(
        {"2024-04-08": 20.0, "2024-04-09": 26.761, "2024-04-10": 25.0, "2024-05-08": 31.21, "2024-05-09": 31.21}
    )
    v = _check_on_the_calendar("Acme stock is up by 16.62% over the past month.", date(2024, 5, 9), bars=bars)["16.62%"]
    assert (v.verdict, v.reason) == ("unverifiable", "ambiguous_change")
    assert "+16.62%" in v.explanation  # (the fit is shown among the readings)


# a Monday page (2023-04-24) of a template that reports the previous session: five days to the
# Friday's close are -0.13%, five days to the Monday's -2.84%
_FIVE_DAY_BARS = _flat_bars(
    {
        "2023-04-13": 286.0,
        "2023-04-14": 286.14,
        "2023-04-17": 288.0,
        "2023-04-18": 290.0,
        "2023-04-19": 289.0,
        "2023-04-20": 287.0,
        "2023-04-21": 285.76,
        "2023-04-24": 281.77,
    }
)


def test_a_template_s_five_day_move_of_it_is_checked_on_the_session_it_reports():
    text = (
        "Over the last 30 days, the price of ACMN has fallen by 4.95%. And in the last five days, it has "
        "fallen by -0.13%.\n\nAt present, Acme has a stock price of $285.76. In the previous session, the "
        "stock saw a rise."
    )
    got = _check_on_the_calendar(text, date(2023, 4, 24), bars=_FIVE_DAY_BARS)
    v = got["-0.13%"]
    assert (v.verdict, v.reference_value) == ("supported", pytest.approx(-0.1328, abs=1e-3))
    assert "2023-04-21" in v.explanation
    # the unsigned "fallen by 4.95%" on a page that signs its falls: no direction, no verdict
    assert got["4.95%"].verdict == "unverifiable"


def test_a_sentence_that_restates_a_result_and_an_operand_states_the_same_arithmetic():
    text = (
        "On June 4, Berkshire sold 2,532,500 shares of Acme at an average price of HK$266.85 per share, "
        "cashing out about HK$676 million. The average price of the sale was HK$266.85 per share, "
        "representing a cash out of approximately HK$676 million."
    )
    results = [v for t, v in check(text) if t == "HK$676 million"]
    assert [(v.verdict, v.check) for v in results] == [("supported", "arithmetic")] * 2
    wrong = text.replace("approximately HK$676 million.", "approximately HK$767 million.")
    restated = [v for t, v in check(wrong) if t == "HK$767 million"]
    assert len(restated) == 1 and restated[0].check != "arithmetic"  # (another figure is no restatement)


@pytest.mark.parametrize(
    ("extreme", "expected", "reason"),
    [
        # ACME.X on 2024-03-06 (a Wednesday): previous close 12.9, low 12.6 (-2.33%)
        ("1.8%", "unverifiable", "no_source"),  # the low so far: the day's may have come later
        ("2.3%", "supported", None),  # the day's low: no later trading passes it
        ("3%", "contradicted", None),  # beyond the whole day's low
    ],
)
def test_an_extreme_told_next_to_a_quote_of_a_clock_time_is_the_extreme_so_far(extreme, expected, reason):
    text = (
        f"Acme shares took a hit on Wednesday, declining as much as {extreme}. "
        "But as of 1:30 p.m. ET, the stock was down 1.2%."
    )
    v = verdict_of(text, extreme, published=date(2024, 3, 6))
    assert (v.verdict, v.reason) == (expected, reason)


def test_an_extreme_with_no_quote_of_a_clock_time_is_the_day_s():
    v = verdict_of(
        "Acme shares took a hit on Wednesday, declining as much as 1.8%.", "1.8%", published=date(2024, 3, 7)
    )
    assert v.verdict == "contradicted" and "-2.33%" in v.explanation


def _verdicts_on(text: str, published: date, bars: dict[str, tuple[float, float, float, float]]) -> dict[str, Verdict]:
    doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), source="t.txt", published=published, text=text)
    claims = extract_claims(doc, ENTITIES)
    book, _calls = fill_book(
        FakeSource({**SOURCE_VALUES, ("price", "ACME.X"): price_values("ACME.X", bars, currency="USD")}),
        plan_queries(claims, ENTITIES),
    )
    return {c.quantity.text: v for c, v in zip(claims, verify_claims(claims, [], book, ENTITIES), strict=True)}


# a year of sessions that move 1% a day, up and down, to 2024-03-28, whose last day fell 4%
_QUIET_YEAR = _flat_bars(
    {
        (date(2023, 3, 1) + timedelta(days=i)).isoformat(): 100.0 * (1.01 if i % 2 else 1.0)
        for i in range(0, 393)
        if (date(2023, 3, 1) + timedelta(days=i)).weekday() < 5
    }
    | {"2024-03-28": 96.0}
)


@pytest.mark.parametrize(
    ("text", "span", "expected", "reason"),
    [
        # far beyond any day's move of the year: another period's change, not that day's
        ("Shares of Acme and Zenith gained 49% and 39%, respectively.", "49%", "unverifiable", "no_period"),
        # a day's move the year's moves come near is still checked as the day's
        ("Acme shares fell 6% on Thursday.", "6%", "contradicted", None),
        ("Acme shares fell 4% on Thursday.", "4%", "supported", None),
    ],
)
def test_a_move_far_beyond_any_day_s_of_the_year_is_not_read_as_a_day_s(text, span, expected, reason):
    v = _verdicts_on(text, date(2024, 3, 28), _QUIET_YEAR)[span]
    assert (v.verdict, v.reason) == (expected, reason)


def test_a_change_between_the_counts_of_a_window_of_months_is_not_contradicted():
    # six months back from 2024-03-28 on a steady climb: the calendar months give +8.41%, 126
    # sessions +8.07%, the close of 2023-09-28 +8.36%
    bars = _flat_bars(
        {
            (date(2023, 3, 1) + timedelta(days=i)).isoformat(): 100.0 + 20.0 * i / 393
            for i in range(0, 394)
            if (date(2023, 3, 1) + timedelta(days=i)).weekday() < 5
        }
    )
    got = _verdicts_on("Acme shares have risen 8.2% over the past six months.", date(2024, 3, 28), bars)
    assert (got["8.2%"].verdict, got["8.2%"].reason) == ("unverifiable", "no_window")
    far = _verdicts_on("Acme shares have risen 30% over the past six months.", date(2024, 3, 28), bars)
    assert far["30%"].verdict == "contradicted"


def test_a_record_high_earlier_this_year_is_this_year_s_from_a_file_that_starts_after_new_year():
    # a file whose first row is Tuesday 2024-01-02 (New Year's Day a holiday): 100, up to 110 on
    # 2024-02-15, then 105 on 2024-03-28
    closes: dict[str, float] = {}
    day = date(2024, 1, 2)
    while day <= date(2024, 3, 28):
        if day.weekday() < 5:
            closes[day.isoformat()] = (
                110.0 if day == date(2024, 2, 15) else (100.0 if day < date(2024, 2, 15) else 105.0)
            )
        day += timedelta(days=1)
    text = "Acme shares are now down over 4% from their record closing high of $110 earlier this year."
    v = _verdicts_on(text, date(2024, 3, 28), _flat_bars(closes))["4%"]
    assert (v.verdict, v.reference_value) == ("supported", pytest.approx(-4.545, abs=1e-3))


def _climb_and_fall() -> dict[str, tuple[float, float, float, float]]:
    """2024-01-02..03-28: 100, then 2024-02-15 traded up to 112 and closed at 110, then 105."""
    bars: dict[str, tuple[float, float, float, float]] = {}
    day = date(2024, 1, 2)
    while day <= date(2024, 3, 28):
        if day.weekday() < 5:
            c = 110.0 if day == date(2024, 2, 15) else (100.0 if day < date(2024, 2, 15) else 105.0)
            bars[day.isoformat()] = (c, 112.0 if day == date(2024, 2, 15) else c, c, c)
        day += timedelta(days=1)
    return bars


@pytest.mark.parametrize(
    ("figure", "expected", "reason", "reading"),
    [
        # 105 against the intraday high 112: -6.25%; against the closing high 110: -4.55%
        ("6.25%", "supported", None, "intraday high"),
        ("4.55%", "supported", None, "closing high"),
        # fits one reading, too loosely to name it
        ("6%", "unverifiable", "ambiguous_change", None),
        ("6.3%", "unverifiable", "ambiguous_change", None),
    ],
)
def test_a_precise_gap_to_a_high_names_the_high_it_was_measured_from(figure, expected, reason, reading):
    v = _verdicts_on(f"Acme shares are {figure} below their 2024 high.", date(2024, 3, 28), _climb_and_fall())[figure]
    assert (v.verdict, v.reason) == (expected, reason)
    if reading:
        assert v.reading == reading


def test_a_headline_that_restates_a_change_the_body_computes_states_the_same_arithmetic():
    text = (
        "Acme launches buyback as new business value rises 22%\n\n"
        "Acme's new business value jumped 22% in 2021. The value of new business was $3.37 billion in the 12 months "
        "ended December 31, compared to $2.77 billion a year prior."
    )
    got = [(t, v) for t, v in check(text) if t == "22%"]
    assert [(v.verdict, v.check) for _t, v in got] == [("supported", "arithmetic")] * 2
    # another figure in the headline is not the body's
    other = check(text.replace("rises 22%", "rises 25%"))
    assert [v.check for t, v in other if t == "25%"] != ["arithmetic"]


def test_a_quote_list_under_a_heading_takes_the_day_the_paragraph_above_names():
    # (no previous close in the text: the change is checked against the data, on the day named)
    text = (
        "On March 6, 2024, Acme closed at $12.70.\n\n"
        "Intraday Price Movements\n\n"
        "- Opening Price: $13.50\n- Highest Price: $13.90\n- Lowest Price: $12.60\n- Closing Price: $12.70\n"
        "- Percentage Change: -1.55%"
    )
    v = verdict_of(text, "-1.55%", published=date(2024, 3, 6))
    assert (v.verdict, v.reference_value) == ("supported", pytest.approx(-1.55, abs=0.01))
    assert "2024-03-06" in v.explanation


@pytest.mark.parametrize(
    ("span", "expected", "reference"),
    [
        # the page of Thursday 2024-03-07 reports the last session, Wednesday 03-06 (12.9 -> 12.7)
        ("$12.90", "supported", 12.9),  # the close before the day's move: 03-05's
        ("$12.70", "supported", 12.7),
        ("$13.90", "supported", 13.9),
    ],
)
def test_a_sentence_that_names_the_last_trading_day_is_of_the_last_session(span, expected, reference):
    text = (
        "Acme shares are in focus. The stock price fell 1.55% on the last trading day, falling from $12.90 to "
        "$12.70. During the last trading day, the stock fluctuated from a day low at $12.60 to a day high of $13.90."
    )
    v = verdict_of(text, span, published=date(2024, 3, 7))
    assert (v.verdict, v.reference_value) == (expected, reference)


def test_an_extreme_so_far_on_a_day_that_never_moved_is_contradicted_not_a_crash():
    bars = _flat_bars({"2024-03-05": 100.0, "2024-03-06": 100.0})  # the day's high is the previous close
    text = "Acme shares took off on Wednesday, rising as much as 2%. But as of 1:30 p.m. ET, the stock was up 1%."
    v = _verdicts_on(text, date(2024, 3, 6), bars)["2%"]
    assert v.verdict == "contradicted"


@pytest.mark.parametrize(
    ("text", "span", "expected", "published"),
    [
        # the page of Thursday 2024-03-07; the last session is Wednesday's (12.9 -> 12.7: -1.55%)
        (
            "After registering a 1.55% downside in the last session, Acme has traded lower over the past five days.",
            "1.55%",
            "supported",
            date(2024, 3, 7),
        ),
        (
            "Acme stock trade information. Sporting -1.55% in the red in last session, the stock has traded lower.",
            "-1.55%",
            "supported",
            date(2024, 3, 7),
        ),
        # "that session" with no session named before: the page's own day, Wednesday's page
        (
            "Acme closed the last trade at $12.70 per share which meant it lost -$0.20 on the day or -1.55% during "
            "that session.",
            "-1.55%",
            "supported",
            date(2024, 3, 6),
        ),
        (
            "Acme closed the last trade at $12.70 per share, -2.55% during that session.",
            "-2.55%",
            "contradicted",
            date(2024, 3, 6),
        ),
        # the base day named after "than the trading day before": the move is the next session's
        (
            "Acme stock ended at $12.70. This is 1.55% less than the trading day before Tuesday, 5th March 2024.",
            "1.55%",
            "supported",
            date(2024, 3, 7),
        ),
    ],
)
def test_a_move_whose_next_words_name_one_session_is_that_session_s(text, span, expected, published):
    v = verdict_of(text, span, published=published)
    assert (v.verdict, v.reference_value) == (expected, pytest.approx(-1.55, abs=0.01))
    assert "2024-03-06" in v.explanation


def test_a_day_of_a_kind_after_a_move_is_no_session_of_its_own():
    # "on the day of results": an average over many such days, not Wednesday's move
    v = verdict_of(
        "Over the past 12 cycles, Acme stock averaged a +1.2% return on the day of results.",
        "+1.2%",
        published=date(2024, 3, 7),
    )
    assert v.verdict == "unverifiable"


def test_a_gap_shy_of_a_record_is_the_price_s_below_it_not_the_day_s_high():
    # 12.70 against 13.10 is -3.05%: "3% shy" of it; the intraday high of 13.90 is not the price measured
    text = (
        "Acme is hovering near $12.70 after touching an intraday high of $13.90, leaving the shares just 3% shy "
        "of the record of $13.10."
    )
    v = verdict_of(text, "3%", published=None)
    assert (v.verdict, v.check, v.reference_value) == ("supported", "arithmetic", pytest.approx(-3.05, abs=0.01))
    # "away from" a low is above it
    v = verdict_of("Acme is at $12.70, 5.8% away from its 52-week low of $12.00.", "5.8%", published=None)
    assert (v.verdict, v.check, v.reference_value) == ("supported", "arithmetic", pytest.approx(5.83, abs=0.01))


_CLASSED = Entity("Acme", "ACMA", "company", ("USD",), "XNAS", (Listing("ACMC", "XNAS", "USD", "C"),), share_class="A")
_CLASSED_TABLE = EntityTable({"acme": _CLASSED, "acma": _CLASSED, "acmc": _CLASSED})


def _classed_verdicts(text: str) -> dict[str, Verdict]:
    doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), source="t.txt", published=date(2024, 3, 7), text=text)
    claims = extract_claims(doc, _CLASSED_TABLE)
    bars = {"2024-03-05": (13.0, 13.2, 12.8, 12.9), "2024-03-06": (13.5, 13.9, 12.6, 12.7)}
    book, _calls = fill_book(
        FakeSource({("price", "ACMA"): price_values("ACMA", bars, currency="USD")}),
        plan_queries(claims, _CLASSED_TABLE),
    )
    return {c.quantity.text: v for c, v in zip(claims, verify_claims(claims, [], book, _CLASSED_TABLE), strict=True)}


@pytest.mark.parametrize(
    ("text", "expected", "reason"),
    [
        ("Acme Inc. Class C (ACMC) fell 1.55% on Wednesday.", "unverifiable", "other_listing"),
        ("Acme Inc. Cl C (ACMC) fell 1.55% on Wednesday.", "unverifiable", "other_listing"),
        ("The Acme share $ACMC recorded a drop of 1.55% on Wednesday.", "unverifiable", "other_listing"),  # a cashtag
        ("Acme (NASDAQ: ACMA) fell 1.55% on Wednesday.", "supported", None),  # the class the data holds
        ("Acme shares fell 1.55% on Wednesday.", "supported", None),  # no class named anywhere
        # the page quotes the Class C line; the sentence names no class
        (
            "1. Acme (ACMC) at a glance. Acme's 2 Class C shares are in focus. Acme shares fell 1.55% on Wednesday.",
            "unverifiable",
            "other_listing",
        ),
        # both named once ("(NASDAQ: ACMA, ACMC)"): the data's line is as likely as the other
        ("Acme (NASDAQ: ACMA, ACMC) is in focus. Acme shares fell 1.55% on Wednesday.", "supported", None),
    ],
)
def test_another_class_of_the_company_s_shares_is_not_checked_against_the_class_the_data_holds(text, expected, reason):
    v = _classed_verdicts(text)["1.55%"]
    assert (v.verdict, v.reason) == (expected, reason)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Wednesday 2024-03-06: 12.9 -> 12.7, -1.55%
        ("Acme rebounded on Thursday. Traders bought after Wednesday's 1.55% drop.", "supported"),
        ("Acme rebounded on Thursday. Traders bought after Wednesday's nearly 1.6% slide.", "supported"),
        ("Acme rebounded on Thursday. Traders bought after Wednesday's 3.5% drop.", "contradicted"),
        # a measure's move, not the session's
        ("Acme rebounded on Thursday. Traders bought after Wednesday's 3.5% drop in orders.", "unverifiable"),
    ],
)
def test_a_session_s_own_move_is_the_shares_move_that_day(text, expected):
    v = [v for t, v in check(text, date(2024, 3, 7)) if t.endswith("%")][-1]
    assert v.verdict == expected
    if expected != "unverifiable":
        assert v.reference_value == pytest.approx(-1.55, abs=0.01)
