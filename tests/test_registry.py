"""The figure registry (data/figures.yaml) and the source registry: `build`, `fill_book` fetching
each series once, and FallbackSource marking what the snapshot served."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
import yaml

from claims import sources
from claims.entities import EntityTable
from claims.errors import ReferenceDataError, ReferenceNotFound, SourceError, SourceUnavailable, UnknownSource
from claims.ingest import load_documents
from claims.models import ReferenceQuery
from claims.pipeline import analyze, fetch_references
from claims.registry import load_figures
from claims.sources.chain import FallbackSource
from claims.sources.retry import RetryingSource
from claims.sources.snapshot import SnapshotSource
from claims.sources.yahoo import YFinanceSource
from claims.verify import plan_queries
from tests.conftest import DATA, SEEDS
from tests.fakes import FakeSource, figure_value, price_values

GOOD = {
    "entity": "Example Co",
    "metric": "revenue",
    "period": "2024-Q1",
    "period_start": "2024-01-01",
    "period_end": "2024-03-31",
    "basis": "reported",
    "value": 12.5,
    "scale": 1e6,
    "currency": "CNY",
    "citation": {"url": "https://news.example/q1", "publisher": "news.example", "quote": "revenue of 12.5 million"},
}


def write_registry(tmp_path, rows):
    path = tmp_path / "figures.yaml"
    path.write_text(yaml.safe_dump({"figures": rows}, allow_unicode=True))
    return path


# --- figures.yaml -----------------------------------------------------------------------


def test_every_shipped_row_loads_with_a_citation():
    raw_rows = yaml.safe_load((DATA / "figures.yaml").read_text(encoding="utf-8"))["figures"]
    figures = load_figures(DATA / "figures.yaml")
    assert len(figures) == len(raw_rows) > 20
    for f in figures:
        assert f.citation.url.startswith("https://") and f.citation.quote.strip() and f.citation.publisher.strip()
        assert (f.unit is None) != (f.currency is None)
        assert f.period_start <= f.period_end


_QUOTED_NUMBER_RE = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s*(thousand\b|million\b|billion\b|万|亿))?", re.I
)
_SCALE_WORDS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "万": 10_000, "亿": 100_000_000}


def _quoted_numbers(quote: str) -> list[tuple[Decimal, int | None]]:
    """Each number written in a quote, with the scale word that follows it, if any."""
    out = []
    for m in _QUOTED_NUMBER_RE.finditer(quote):
        scale = _SCALE_WORDS[m.group(3).lower()] if m.group(3) else None
        out.append((Decimal(m.group(1).replace(",", "") + (m.group(2) or "")), scale))
    return out


def test_shipped_amounts_are_the_quoted_numbers():
    """Every shipped figure's value is written in its own citation's quote, at the same scale
    where the quote names one (a loss is quoted as a positive amount)."""
    raw_rows = yaml.safe_load((DATA / "figures.yaml").read_text(encoding="utf-8"))["figures"]
    assert raw_rows
    for row in raw_rows:
        value, scale = abs(Decimal(str(row["value"]))), row.get("scale", 1)
        quoted = _quoted_numbers(row["citation"]["quote"])
        # "RMB 75,506,822 thousand" for 75506822 at scale 1000; "10万" (ten myriads) for 100000.
        assert any(
            (number == value and written in (None, scale)) or (written and number * written == value * scale)
            for number, written in quoted
        ), f"{row['entity']} {row['metric']} {row['period']}: {row['value']} (scale {scale}) is not in its quote"


def test_the_quote_check_would_catch_a_typed_wrong_figure():
    assert (Decimal("75506822"), 1000) in _quoted_numbers("increased to RMB 75,506,822 thousand, up 27%")
    assert (Decimal("6.49"), 1_000_000_000) in _quoted_numbers("was RMB 6.49 billion in Q1 2024")
    assert (Decimal("10"), 10_000) in _quoted_numbers("就有超过10万人大定")
    assert Decimal("75506800") not in {n for n, _ in _quoted_numbers("revenue 75,506.8 vs 59,477.1 (27.0%)")}


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ({k: v for k, v in GOOD.items() if k != "basis"}, "'basis'"),
        ({**GOOD, "period_start": "2024-02-30"}, "'period_start'"),
        ({**GOOD, "citation": {"publisher": "x", "quote": "y"}}, "'citation.url'"),
        ({**GOOD, "colour": "red"}, "'colour'"),
        ({**GOOD, "period_end": "2023-12-31"}, "'(row)'"),
    ],
    ids=["missing-basis", "bad-date", "citation-without-url", "unknown-field", "period-backwards"],
)
def test_a_bad_row_names_file_row_and_field(tmp_path, row, field):
    path = write_registry(tmp_path, [GOOD, row])
    with pytest.raises(ReferenceDataError) as info:
        load_figures(path)
    message = str(info.value)
    assert message.startswith(f"{path}: row 2: field {field}")


def test_a_missing_or_shapeless_registry_is_a_data_error(tmp_path):
    with pytest.raises(ReferenceDataError, match="registry file is missing"):
        load_figures(tmp_path / "nope.yaml")
    (tmp_path / "list.yaml").write_text("- 1\n- 2\n")
    with pytest.raises(ReferenceDataError, match="top-level 'figures:' list"):
        load_figures(tmp_path / "list.yaml")


# --- the source registry ----------------------------------------------------------------


def test_build_of_an_unknown_name_lists_the_known_ones():
    with pytest.raises(UnknownSource) as info:
        sources.build("nope")
    assert info.value.known == ["live", "snapshot", "stored", "yfinance"]
    assert str(info.value) == "unknown source 'nope'; known sources: live, snapshot, stored, yfinance"


def test_build_wires_retries_and_fallback_without_touching_the_network(tmp_path):
    assert isinstance(sources.build("snapshot", data_dir=tmp_path), SnapshotSource)
    yf = sources.build("yfinance", data_dir=tmp_path)
    assert isinstance(yf, RetryingSource) and isinstance(yf.inner, YFinanceSource)
    live = sources.build("live", data_dir=tmp_path)
    assert isinstance(live, FallbackSource) and live.name == "live"
    assert isinstance(live.primary, RetryingSource) and isinstance(live.fallback, SnapshotSource)
    with pytest.raises(SourceError, match="--db"):
        sources.build("stored")


def _q(kind, series, start=None, end=None):
    return ReferenceQuery(
        kind=kind,
        series=series,
        start=date.fromisoformat(start) if start else None,
        end=date.fromisoformat(end) if end else None,
    )


def test_fill_book_fetches_each_series_once_with_the_union_of_dates():
    fake = FakeSource(
        {
            ("price", "1810.HK"): price_values("1810.HK", {"2024-08-05": (15.74, 16.06, 15.36, 15.86)}),
            ("figure", "Xiaomi"): [
                figure_value("Xiaomi", "revenue", "2024-Q1", "2024-01-01", "2024-03-31", 75_506_822_000)
            ],
        }
    )
    queries = [
        _q("price", "1810.HK", "2024-08-05", "2024-08-05"),
        _q("figure", "Xiaomi"),
        _q("price", "1810.HK", "2024-08-12", "2024-08-12"),
        _q("price", "1810.HK", "2024-07-02", "2024-08-06"),
        _q("figure", "Xiaomi"),
        _q("figure", "Vancl"),
    ]
    book, calls = sources.fill_book(fake, queries)
    assert calls == len(fake.calls) == 3
    assert sorted((c.kind, c.series, c.start, c.end) for c in fake.calls) == [
        ("figure", "Vancl", None, None),
        ("figure", "Xiaomi", None, None),
        ("price", "1810.HK", date(2024, 7, 2), date(2024, 8, 12)),
    ]
    assert len(book.series("price", "1810.HK")) == 4
    assert book.error_for("figure", "Vancl") == "fake has no figure Vancl"
    assert (book.error_kind("figure", "Vancl"), book.error_reason("figure", "Vancl")) == ("not_found", "no_source")
    assert book.error_kind("figure", "Xiaomi") is None
    assert book.fetched == {("price", "1810.HK"), ("figure", "Xiaomi"), ("figure", "Vancl")}


def test_fill_book_tells_unusable_data_from_a_missing_series():
    class BrokenSource:
        name = "broken"

        def fetch(self, query):
            raise ReferenceDataError(f"{query.series}.csv line 3: bad close", source=self.name, query=query)

    book, _ = sources.fill_book(BrokenSource(), [_q("price", "0001.HK")])
    assert book.error_for("price", "0001.HK") == "0001.HK.csv line 3: bad close"
    assert (book.error_kind("price", "0001.HK"), book.error_reason("price", "0001.HK")) == ("bad_data", "source_error")


def test_fill_book_lets_unavailable_propagate():
    with pytest.raises(SourceUnavailable):
        sources.fill_book(FakeSource(unavailable=True), [_q("price", "1810.HK")])


class CountingSource:
    """Wraps a real source and counts calls per (kind, series)."""

    def __init__(self, inner):
        self.inner = inner
        self.name = inner.name
        self.calls: list[tuple[str, str]] = []

    def fetch(self, query):
        self.calls.append((query.kind, query.series))
        return self.inner.fetch(query)


def test_a_run_over_the_seeds_fetches_each_series_once():
    entities = EntityTable.load(DATA / "entities.json")
    ingested, failures = load_documents([str(p) for p in sorted(SEEDS.glob("*.txt"))])
    assert failures == []
    analyses = [analyze(i) for i in ingested]
    planned = [q for a in analyses for q in plan_queries(a.claims, entities)]
    counting = CountingSource(SnapshotSource(DATA))
    _book, calls = fetch_references(counting, analyses, entities)
    distinct = {(q.kind, q.series) for q in planned}
    assert calls == len(counting.calls) == len(distinct)
    assert sorted(counting.calls) == sorted(distinct)
    assert len(planned) >= len(distinct)


def test_fallback_marks_snapshot_values_when_the_primary_is_unavailable():
    snapshot = FakeSource(
        {("price", "1810.HK"): price_values("1810.HK", {"2024-08-05": (15.74, 16.06, 15.36, 15.86)})}, name="snapshot"
    )
    primary = FakeSource(unavailable=True, name="yfinance")
    live = FallbackSource(primary, snapshot, name="live")
    values = live.fetch(_q("price", "1810.HK"))
    assert len(values) == 4 and all(v.is_fallback for v in values)
    assert values[0].citation.startswith("fake prices [fallback: yfinance unavailable (")
    assert "served from snapshot]" in values[0].citation
    assert [q.series for q, _why in live.fell_back] == ["1810.HK"]


def test_fallback_is_not_marked_when_the_primary_answers():
    primary = FakeSource(
        {("price", "1810.HK"): price_values("1810.HK", {"2024-08-05": (1, 2, 0.5, 1.5)})}, name="yfinance"
    )
    snapshot = FakeSource(name="snapshot")
    values = FallbackSource(primary, snapshot, name="live").fetch(_q("price", "1810.HK"))
    assert not any(v.is_fallback for v in values)
    assert snapshot.calls == []


def test_fallback_sends_non_price_queries_to_the_snapshot_only():
    primary = FakeSource(unavailable=True, name="yfinance")
    snapshot = FakeSource(
        {("figure", "Xiaomi"): [figure_value("Xiaomi", "revenue", "2024-Q1", "2024-01-01", "2024-03-31", 1.0)]},
        name="snapshot",
    )
    live = FallbackSource(primary, snapshot, name="live")
    values = live.fetch(_q("figure", "Xiaomi"))
    assert primary.calls == [] and not values[0].is_fallback
    with pytest.raises(ReferenceNotFound):
        live.fetch(_q("fx", "EUR"))


def test_a_not_found_primary_does_not_fall_back():
    primary = FakeSource(name="yfinance")  # knows nothing: ReferenceNotFound
    snapshot = FakeSource(
        {("price", "1810.HK"): price_values("1810.HK", {"2024-08-05": (1, 2, 0.5, 1.5)})}, name="snapshot"
    )
    with pytest.raises(ReferenceNotFound):
        FallbackSource(primary, snapshot, name="live").fetch(_q("price", "1810.HK"))
    assert snapshot.calls == []
