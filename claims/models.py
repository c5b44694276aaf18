"""The pipeline's data: documents, quantities, claims, relations, reference values and verdicts.

Every model is immutable (``frozen=True``) and rejects unknown fields (``extra="forbid"``), so a
value that crosses a stage boundary is exactly what the stage before produced.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Hedge = Literal["exact", "approximate", "more_than", "less_than", "at_least", "at_most"]
Direction = Literal["up", "down"]
VerdictLabel = Literal["supported", "contradicted", "unverifiable", "misleading"]
DateBasis = Literal["stated", "metadata", "url", "cli", "inferred", "unknown"]
"""Where a date came from: written in the text, page or sidecar metadata, the article's address
(``/2024/10/14/``), ``--published``, a year inferred from context, or nowhere."""
RelationKind = Literal[
    "change",
    "difference",
    "ratio",
    "multiple",
    "share",
    "average",
    "total",
    "comparison",
    "product",
    "conversion",
    "change_to",
]

VERDICT_LABELS: tuple[VerdictLabel, ...] = ("supported", "contradicted", "misleading", "unverifiable")

# Every machine-readable ``Verdict.reason``, with what it means: the one registry the README's
# reasons list is checked against (tests/test_doc_consistency.py also scans claims/ for any reason
# emitted that is not here). Add a new reason here, and to the README, in the same change.
MISLEADING_REASONS: dict[str, str] = {
    "negative_base": "a growth rate over a negative base",
    "points_as_percent": "percentage points stated as a percent change",
    "cherry_picked_window": "a price change between an intraday low and high whose close-to-close change is less than half of it",
    "basis_mismatch": "a figure of one basis presented as another (adjusted profit as net profit)",
}
UNVERIFIABLE_REASONS: dict[str, str] = {
    "forecast": "a forecast, expectation or wish",
    "no_source": "no reference covers this metric, or the source has no such series",
    "reference_is_a_bound": "the source only gives a bound that neither supports nor contradicts",
    "duration": "a duration, not a level",
    "period_not_covered": "no reference for that period",
    "not_trading_day": "a weekend or exchange holiday",
    "outside_data": "the date is outside the reference data",
    "no_period": "no period stated, and the reference has several",
    "no_date": "no date for a dated quantity",
    "no_window": "the window of a price change is not stated",
    "unknown_entity": "the subject is not in the entity table",
    "magnitude_only": "only an order of magnitude",
    "range": "a range, not compared with one figure",
    "unit_mismatch": "the reference is in another unit",
    "currency_mismatch": "another currency, with no rate to convert",
    "no_metric": "what the number measures is unknown",
    "no_subject": "what the number is about is unknown",
    "source_error": "the reference data for this series or day is unusable (a malformed file, a placeholder row)",
    "adjusted_prices": "only dividend/split-adjusted prices are available",
    "ambiguous_change": "the change fits one reading of the window but not the other",
    "ambiguous_listing": "the company trades on several listings and the sentence does not say which",
    "other_listing": "the claim is about another share line (its currency, or the market the article reports)",
    "comparison_only": "only compared with another number of the article",
    "bound_in_sum": "a part of a total is only a bound",
    "missing_part": "the parts of a total do not cover its period",
    "missing_operand": "the numbers a relation refers to were not found",
    "zero_base": "a change from zero has no percentage",
    "unsupported_relation": "an arithmetic relation of a kind not checked yet",
}
VERDICT_REASONS: dict[str, str] = {**MISLEADING_REASONS, **UNVERIFIABLE_REASONS}


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Document(Model):
    """One article: its text and where it came from. ``id`` is the sha256 of the text."""

    id: str
    source: str
    title: str | None = None
    published: date | None = None
    published_basis: DateBasis = "unknown"
    published_note: str | None = None
    text: str


class Quantity(Model):
    """A number in the text, with its exact span and what it measures.

    ``value`` has the scale expanded ("28.61 million" -> 28_610_000) and a percentage is its
    number ("8.3%" -> 8.3). ``precision`` is the step of the last stated digit in the same units
    as ``value`` (8.3% -> 0.1, 3.25 million -> 10_000); tolerances are derived from it.
    """

    start: int
    end: int
    text: str
    value: float
    value_high: float | None = None
    unit: str | None = None
    currency: str | None = None
    scale: float = 1.0
    hedge: Hedge = "exact"
    direction: Direction | None = None
    precision: float = 1.0
    is_magnitude: bool = False  # "tens of thousands", "millions": an order of magnitude only
    noun: str | None = None  # the counted noun as written ("followers"), outside the span

    @model_validator(mode="after")
    def _span_is_consistent(self) -> Quantity:
        if self.start < 0 or self.end <= self.start or len(self.text) != self.end - self.start:
            raise ValueError(f"bad span {self.start}:{self.end} for {self.text!r}")
        return self


class Period(Model):
    """The date or period a value refers to, resolved to an inclusive date range."""

    start: date
    end: date
    label: str  # as written: "August 5", "the first quarter of 2024"
    granularity: Literal["day", "month", "quarter", "half", "year", "window"]
    basis: DateBasis = "stated"  # "inferred": the year was not written and was inferred
    note: str | None = None


class Claim(Model):
    """A quantity with what it is about: subject, metric, period, and its sentence."""

    id: str  # "<doc_id>:<start>:<end>"
    doc_id: str
    quantity: Quantity
    subject: str | None = None
    metric: str | None = None
    aspect: str | None = None  # which price: low, high, open, close; basis of a profit figure
    period: Period | None = None
    comparison_period: Period | None = None  # "year-on-year" base, "from X to Y" start
    change_of: str | None = None  # a rate of change ("up 27%"): the metric it changes
    is_forecast: bool = False
    sentence: str
    sentence_start: int
    # how the subject was linked: "sentence" (named there, or an anaphor), "previous" (carried
    # from an earlier sentence), "headline", "main" (the article's main entity)
    subject_basis: str | None = None
    # a page reporting "the last trading session": the page's own day, the other reading of that
    # session (written after that day's close) next to ``period``'s (the session before it)
    session_alternative: date | None = None

    @property
    def start(self) -> int:
        return self.quantity.start

    @property
    def end(self) -> int:
        return self.quantity.end


class Relation(Model):
    """An arithmetic relation between numbers of the same document, checked on its own terms.

    ``operands`` and ``result`` are claim ids. change: result is the percent change from
    operands[0] to operands[1]; difference: operands[0] - operands[1] = result; ratio/share:
    result (a fraction or percent) = operands[0] / operands[1] (share: a part of a stated total);
    average: result = operands[0] / operands[1] (an amount over a count); multiple: operands[1] is result
    times operands[0]; comparison: ``op`` states operands[0] <op> operands[1]; product:
    operands[0] x operands[1] = result (shares x price = proceeds); conversion: result is
    operands[0] in another currency ("RMB 80.2 billion (US$11.1 billion)"); change_to: result is the
    percent change of a money change operands[0] that ended at the level operands[1] ("trading at
    $328.34, showing an increase of $6.50 or 2.02%": 6.50 / (328.34 - 6.50)), its direction the cue's.
    """

    kind: RelationKind
    operands: tuple[str, ...]
    result: str | None = None
    op: Literal[">", "<", ">=", "<=", "=", "gap_grows"] | None = None
    cue: str  # the words that signal the relation
    day: date | None = None  # the day the arithmetic is done at (a conversion: the article's date)


class ReferenceQuery(Model):
    """What to look up: a series (prices of a ticker, figures of an entity, fx of a currency)."""

    kind: Literal["price", "figure", "fx"]
    series: str  # "1810.HK", "Xiaomi", "CNY"
    start: date | None = None
    end: date | None = None


class ReferenceValue(Model):
    """One reference number with its provenance."""

    source: str  # "snapshot", "yfinance", "registry", "stored", ...
    kind: Literal["price", "figure", "fx"]
    series: str
    key: str  # "2024-08-05" for a price; "2024-Q1" for a figure; "2024-08" for fx
    metric: str  # "close", "low", "revenue", "net_profit", "CNY_per_USD"
    value: float
    unit: str | None = None
    currency: str | None = None
    basis: str | None = None
    citation: str
    retrieved_at: datetime | None = None
    is_fallback: bool = False  # served from the snapshot after the live source failed
    row: dict[str, Any] = Field(default_factory=dict)

    @property
    def ref_id(self) -> str:
        return f"{self.source}|{self.kind}|{self.series}|{self.key}|{self.metric}|{self.basis or ''}"


class Evidence(Model):
    """Why a verdict says what it says: a reference row or the article's own numbers."""

    source: str
    citation: str
    reading: str | None = None  # which reading of an ambiguous claim this evidence belongs to
    detail: str
    values: list[ReferenceValue] = Field(default_factory=list)
    claim_ids: list[str] = Field(default_factory=list)  # the article's numbers used


class Verdict(Model):
    claim_id: str
    doc_id: str
    verdict: VerdictLabel
    reason: str | None = None  # machine-readable group for unverifiable/misleading
    claimed_value: float | None
    reference_value: float | None = None
    difference: float | None = None
    relative_difference: float | None = None
    tolerance: float | None = None
    tolerance_reason: str | None = None
    check: str  # which check decided it: market_price, price_change, reported_figure, arithmetic, ...
    reading: str | None = None
    readings_agree: bool | None = None
    explanation: str
    evidence: list[Evidence] = Field(default_factory=list)


class CheckedDocument(Model):
    """Everything one document produced: for storage and reporting."""

    document: Document
    doc: str  # the path or URL as the user gave it
    claims: list[Claim]
    relations: list[Relation]
    verdicts: list[Verdict]
    numbers_found: int


class InputFailure(Model):
    """An input that could not be read, and why (a run with one is ``partial``)."""

    doc: str
    error: str
