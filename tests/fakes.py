"""Fakes at the seams: a reference source that serves canned values and counts its calls."""

from __future__ import annotations

from claims.errors import ReferenceNotFound, SourceUnavailable
from claims.models import ReferenceQuery, ReferenceValue


class FakeSource:
    """Implements ``ReferenceSource`` from a dict {(kind, series): [ReferenceValue, ...]}."""

    def __init__(
        self,
        values: dict[tuple[str, str], list[ReferenceValue]] | None = None,
        *,
        unavailable: bool = False,
        name: str = "fake",
    ) -> None:
        self.values = values or {}
        self.unavailable = unavailable
        self.name = name
        self.calls: list[ReferenceQuery] = []

    def fetch(self, query: ReferenceQuery) -> list[ReferenceValue]:
        self.calls.append(query)
        if self.unavailable:
            raise SourceUnavailable("fake source is offline; use --source snapshot", source=self.name, query=query)
        try:
            return list(self.values[(query.kind, query.series)])
        except KeyError:
            raise ReferenceNotFound(f"fake has no {query.kind} {query.series}", source=self.name, query=query) from None


def price_values(
    series: str, rows: dict[str, tuple[float, float, float, float]], currency: str = "HKD"
) -> list[ReferenceValue]:
    """Price bars {day: (open, high, low, close)} as reference values."""
    out = []
    for day, (o, h, lo, c) in rows.items():
        for metric, value in (("open", o), ("high", h), ("low", lo), ("close", c)):
            out.append(
                ReferenceValue(
                    source="fake",
                    kind="price",
                    series=series,
                    key=day,
                    metric=metric,
                    value=value,
                    currency=currency,
                    citation="fake prices",
                )
            )
    return out


def figure_value(
    entity: str,
    metric: str,
    period: str,
    start: str,
    end: str,
    value: float,
    *,
    basis: str = "reported",
    currency: str | None = "CNY",
    unit: str | None = None,
    preferred: bool = True,
) -> ReferenceValue:
    return ReferenceValue(
        source="fake",
        kind="figure",
        series=entity,
        key=period,
        metric=metric,
        value=value,
        currency=currency,
        unit=unit,
        basis=basis,
        citation="fake registry",
        row={"period_start": start, "period_end": end, "preferred": preferred},
    )
