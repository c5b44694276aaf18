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
    assert low.row == {
        "file": "1810.HK.csv",
        "line": 1131,
        "raw": "15.359999656677246",
        "adjustment": "adjusted",
        "exchange": "XHKG",
    }
    assert low.basis is None  # a level that can be checked (no dividends or splits to undo)
    assert "github.com/CCF0001/Forriz-Pair-Trading" in low.citation and "f1a1a0b8d1ed" in low.citation
    assert got[("2024-08-05", "volume")].unit == "share" and got[("2024-08-05", "volume")].currency is None


def test_the_window_is_inclusive_and_holidays_have_no_row():
    values = SnapshotSource(DATA).fetch(prices("2024-06-28", "2024-07-02"))
    assert sorted({v.key for v in values}) == ["2024-06-28", "2024-07-02"]  # HKEX closed on 2024-07-01


def test_the_whole_series_without_dates():
    values = SnapshotSource(DATA).fetch(prices())
    days = sorted({v.key for v in values})
    assert (len(days), days[0], days[-1], len(values)) == (1363, "2020-01-02", "2025-07-18", 1363 * 5)


@pytest.mark.parametrize("csv_path", sorted((DATA / "prices").glob("*.csv")), ids=lambda p: p.stem)
def test_every_shipped_price_file_matches_its_provenance(csv_path):
    provenance = json.loads(csv_path.with_name(csv_path.stem + ".provenance.json").read_text())
    assert hashlib.sha256(csv_path.read_bytes()).hexdigest() == provenance["sha256"]
    origin = provenance["origin"]
    assert origin["repository"] and len(origin["commit"]) == 40 and origin["path"] and origin["upstream_sha256"]
    assert provenance["currency"] in ("HKD", "USD") and provenance["exchange"] in ("XHKG", "XNAS", "XNYS")
    assert provenance["adjustment"] == "adjusted"  # every shipped file is a yfinance auto_adjust=True export


def test_traded_prices_are_rebuilt_from_the_dividends_of_an_adjusted_file():
    src = SnapshotSource(DATA)
    tencent = by(src.fetch(prices("2024-09-26", "2024-09-26", series="0700.HK")))
    close = tencent[("2024-09-26", "close")]
    # The file's adjusted close, divided by the later dividends' multiplier, is the traded close.
    assert (close.value, close.basis, close.row["raw"]) == (430.0, None, "426.27886962890625")
    assert close.row["dividend_multiplier"] == pytest.approx(426.27886962890625 / 430.0, abs=1e-7)


def test_a_level_before_a_split_is_the_price_traded_then():
    byd = by(SnapshotSource(DATA).fetch(prices("2024-09-26", "2024-09-26", series="1211.HK")))
    # BYD's 3-for-1 bonus issue took effect on 2025-06-10: the continuous close is a third of the traded one.
    assert byd[("2024-09-26", "close")].value == 86.8
    assert byd[("2024-09-26", "close_traded")].value == 260.4
    assert byd[("2024-09-26", "volume_traded")].value == pytest.approx(byd[("2024-09-26", "volume")].value / 3)
    after = by(SnapshotSource(DATA).fetch(prices("2025-06-10", "2025-06-10", series="1211.HK")))
    assert ("2025-06-10", "close_traded") not in after


def test_days_before_the_trusted_rebuild_are_adjusted_only():
    src = SnapshotSource(DATA)
    early = by(src.fetch(prices("2024-09-26", "2024-09-26", series="9988.HK")))
    late = by(src.fetch(prices("2025-07-02", "2025-07-02", series="9988.HK")))
    assert early[("2024-09-26", "close")].basis == "adjusted"
    assert late[("2025-07-02", "close")].basis is None
    us = by(src.fetch(prices("2024-06-10", "2024-06-10", series="NVDA")))
    assert us[("2024-06-10", "close")].basis == "adjusted"


def test_a_missing_ticker_is_not_found_and_says_how_to_get_it():
    with pytest.raises(ReferenceNotFound, match=r"claims refdata import-prices --ticker 9999\.HK") as info:
        SnapshotSource(DATA).fetch(prices(series="9999.HK"))
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


def test_unknown_entity_is_not_found_and_fx_is_not_served():
    src = SnapshotSource(DATA)
    with pytest.raises(ReferenceNotFound, match="Vancl"):
        src.fetch(ReferenceQuery(kind="figure", series="Vancl"))
    # exchange rates are not snapshot files: the ECB history (tests/test_sources_fx.py)
    assert src.fetch(ReferenceQuery(kind="fx", series="EUR")) == []


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
