"""SnapshotSource over the shipped data/ (exact values) and over broken copies of it."""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import date

import pytest

from claims.errors import ReferenceDataError, ReferenceNotFound
from claims.models import ReferenceQuery
from claims.sources.snapshot import SnapshotSource
from tests.conftest import DATA

HEADER = "Date,Open,High,Low,Close,Volume,Dividends,Stock Splits"


def prices(start=None, end=None, series="1810.HK"):
    return ReferenceQuery(
        kind="price",
        series=series,
        start=date.fromisoformat(start) if start else None,
        end=date.fromisoformat(end) if end else None,
    )


def by(values):
    return {(v.key, v.metric): v for v in values}


def test_exact_shipped_prices():
    got = by(SnapshotSource(DATA).fetch(prices("2024-08-05", "2024-08-12")))
    assert got[("2024-08-05", "low")].value == 15.36
    assert got[("2024-08-12", "high")].value == 16.64
    assert got[("2024-08-05", "open")].value == 15.74
    assert got[("2024-08-05", "close")].value == 15.86
    assert got[("2024-08-05", "volume")].value == 137905794.0
    low = got[("2024-08-05", "low")]
    assert (low.source, low.currency, low.unit) == ("snapshot", "HKD", None)
    assert low.row == {"file": "1810.HK.csv", "line": 270, "raw": "15.359999656677246"}
    assert "github.com/CCF0001/Forriz-Pair-Trading" in low.citation and "f1a1a0b8d1ed" in low.citation
    assert got[("2024-08-05", "volume")].unit == "share" and got[("2024-08-05", "volume")].currency is None


def test_the_window_is_inclusive_and_holidays_have_no_row():
    values = SnapshotSource(DATA).fetch(prices("2024-06-28", "2024-07-02"))
    assert sorted({v.key for v in values}) == ["2024-06-28", "2024-07-02"]  # HKEX closed on 2024-07-01


def test_the_whole_series_without_dates():
    values = SnapshotSource(DATA).fetch(prices())
    days = sorted({v.key for v in values})
    assert (len(days), days[0], days[-1], len(values)) == (307, "2023-07-03", "2024-09-30", 307 * 5)


def test_the_shipped_file_matches_its_provenance():
    provenance = json.loads((DATA / "prices" / "1810.HK.provenance.json").read_text())
    digest = hashlib.sha256((DATA / "prices" / "1810.HK.csv").read_bytes()).hexdigest()
    assert digest == provenance["sha256"] == "5e7dc9d530e63d780abf5c5f82b64fa6742bbe78e9819320e8e50e7b692b510e"


def test_a_missing_ticker_is_not_found_and_says_how_to_get_it():
    with pytest.raises(ReferenceNotFound, match=r"claims refdata update --ticker 0700\.HK") as info:
        SnapshotSource(DATA).fetch(prices(series="0700.HK"))
    assert info.value.source == "snapshot"


def test_files_are_read_once_per_instance(tmp_path):
    (tmp_path / "prices").mkdir()
    shutil.copy(DATA / "prices" / "1810.HK.csv", tmp_path / "prices" / "1810.HK.csv")
    src = SnapshotSource(tmp_path)
    first = src.fetch(prices("2024-08-05", "2024-08-05"))
    (tmp_path / "prices" / "1810.HK.csv").unlink()
    assert src.fetch(prices("2024-08-05", "2024-08-05")) == first
    assert first[0].citation == "snapshot of 1810.HK daily prices"  # no provenance file in this copy


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        (f"{HEADER}\n2024-08-05 00:00:00+08:00,15.7,16.0,n/a,15.8,100,0.0,0.0\n", "ValueError"),
        (f"{HEADER}\n05/08/2024,15.7,16.0,15.3,15.8,100,0.0,0.0\n", "ValueError"),
        ("Date,Open,High,Close\n2024-08-05,15.7,16.0,15.8\n", "KeyError"),
    ],
    ids=["bad-number", "bad-date", "missing-column"],
)
def test_a_malformed_csv_is_a_data_error_naming_the_file(tmp_path, text, detail):
    (tmp_path / "prices").mkdir()
    path = tmp_path / "prices" / "1810.HK.csv"
    path.write_text(text)
    with pytest.raises(ReferenceDataError, match="malformed price file") as info:
        SnapshotSource(tmp_path).fetch(prices())
    assert str(path) in str(info.value) and detail in str(info.value)


def test_malformed_provenance_is_a_data_error(tmp_path):
    (tmp_path / "prices").mkdir()
    shutil.copy(DATA / "prices" / "1810.HK.csv", tmp_path / "prices" / "1810.HK.csv")
    (tmp_path / "prices" / "1810.HK.provenance.json").write_text("{not json")
    with pytest.raises(ReferenceDataError, match="1810.HK.provenance.json"):
        SnapshotSource(tmp_path).fetch(prices())


def test_figures_come_from_the_registry_with_their_citation():
    values = SnapshotSource(DATA).fetch(ReferenceQuery(kind="figure", series="Xiaomi"))
    revenue = [v for v in values if v.metric == "revenue" and v.key == "2024-Q1" and v.row["preferred"]]
    assert len(revenue) == 1
    v = revenue[0]
    assert (v.source, v.value, v.currency, v.basis) == ("registry", 75_506_822_000.0, "CNY", "reported")
    assert "reportify.ai/filings/991074000643952640" in v.citation
    assert v.row["period_start"] == "2024-01-01" and v.row["period_end"] == "2024-03-31"


def test_unknown_entity_and_currency_are_not_found():
    src = SnapshotSource(DATA)
    with pytest.raises(ReferenceNotFound, match="Vancl"):
        src.fetch(ReferenceQuery(kind="figure", series="Vancl"))
    with pytest.raises(ReferenceNotFound, match="EUR"):
        src.fetch(ReferenceQuery(kind="fx", series="EUR"))


def test_exact_exchange_rates():
    got = {v.key: v for v in SnapshotSource(DATA).fetch(ReferenceQuery(kind="fx", series="CNY"))}
    assert {k: v.value for k, v in got.items()} == {"2024-07": 7.2609, "2024-08": 7.1475, "2024-09": 7.076}
    assert got["2024-08"].metric == "CNY_per_USD"
    hkd = {v.key: v.value for v in SnapshotSource(DATA).fetch(ReferenceQuery(kind="fx", series="HKD"))}
    assert hkd == {"2024-07": 7.8095, "2024-08": 7.7962, "2024-09": 7.791}


def test_a_snapshot_written_by_refdata_update_is_cited_by_url_and_retrieval(tmp_path):
    import json
    import shutil

    from claims.models import ReferenceQuery
    from claims.sources.snapshot import SnapshotSource
    from tests.conftest import DATA

    prices = tmp_path / "prices"
    prices.mkdir()
    shutil.copy(DATA / "prices" / "1810.HK.csv", prices / "1810.HK.csv")
    (prices / "1810.HK.provenance.json").write_text(
        json.dumps(
            {
                "origin": {
                    "vendor": "Yahoo Finance (via yfinance)",
                    "url": "https://finance.yahoo.com/quote/1810.HK",
                    "retrieved_at": "2026-11-23T10:00:00+00:00",
                }
            }
        )
    )
    values = SnapshotSource(tmp_path).fetch(ReferenceQuery(kind="price", series="1810.HK"))
    assert values[0].citation == (
        "Yahoo Finance (via yfinance) daily prices of 1810.HK; https://finance.yahoo.com/quote/1810.HK retrieved 2026-11-23T10:00:00+00:00"
    )
