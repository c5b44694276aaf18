"""YFinanceSource: yfinance faked at the seam (a ticker factory), its offline failure modes, and
one pass through the real yfinance with a canned Yahoo chart response (no network)."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from datetime import UTC, date, datetime

import pandas as pd
import pytest

from claims.errors import ReferenceNotFound, SourceUnavailable
from claims.models import ReferenceQuery
from claims.sources.chain import FallbackSource
from claims.sources.retry import RetryingSource
from claims.sources.snapshot import SnapshotSource
from claims.sources.yahoo import YFinanceSource
from tests.conftest import DATA, ROOT

NOW = datetime(2026, 11, 23, 14, 30, tzinfo=UTC)
HK = "Asia/Hong_Kong"
# The snapshot's rows for these days (float32-looking, as Yahoo serves them).
ROWS = {
    "2024-08-05": (15.739999771118164, 16.059999465942383, 15.359999656677246, 15.859999656677246, 137905794),
    "2024-08-12": (16.3799991607666, 16.639999389648438, 16.31999969482422, 16.459999084472656, 49506251),
}
META = {"symbol": "1810.HK", "currency": "HKD", "exchangeName": "HKG", "exchangeTimezoneName": HK}


def frame(rows=ROWS, tz=HK):
    index = pd.DatetimeIndex([pd.Timestamp(day, tz=HK) for day in rows], name="Date")
    if tz != HK:
        index = index.tz_convert(tz)
    return pd.DataFrame(
        {
            "Open": [r[0] for r in rows.values()],
            "High": [r[1] for r in rows.values()],
            "Low": [r[2] for r in rows.values()],
            "Close": [r[3] for r in rows.values()],
            "Volume": [r[4] for r in rows.values()],
            "Dividends": [0.0] * len(rows),
            "Stock Splits": [0.0] * len(rows),
        },
        index=index,
    )


class FakeTicker:
    """Shaped like ``yfinance.Ticker``: ``history(**kwargs)`` and ``history_metadata``."""

    def __init__(self, result=None, *, metadata=None):
        self.results = list(result) if isinstance(result, list) else [result]
        self.history_metadata = META if metadata is None else metadata
        self.calls: list[dict] = []

    def history(self, **kwargs):
        self.calls.append(kwargs)
        result = self.results.pop(0) if len(self.results) > 1 else self.results[0]
        if isinstance(result, BaseException):
            raise result
        return result


def source_with(ticker: FakeTicker) -> tuple[YFinanceSource, list[str]]:
    asked: list[str] = []

    def factory(series):
        asked.append(series)
        return ticker

    return YFinanceSource(data_dir=DATA, ticker_factory=factory, clock=lambda: NOW), asked


def q(start="2024-08-05", end="2024-08-12", series="1810.HK", kind="price"):
    return ReferenceQuery(kind=kind, series=series, start=date.fromisoformat(start), end=date.fromisoformat(end))


def by(values):
    return {(v.key, v.metric): v for v in values}


def test_rows_become_reference_values_like_the_snapshot():
    ticker = FakeTicker(frame())
    src, asked = source_with(ticker)
    values = src.fetch(q())
    assert asked == ["1810.HK"]
    got = by(values)
    assert len(values) == 10
    assert got[("2024-08-05", "low")].value == 15.36
    assert got[("2024-08-05", "open")].value == 15.74
    assert got[("2024-08-05", "close")].value == 15.86
    assert got[("2024-08-12", "high")].value == 16.64
    volume = got[("2024-08-05", "volume")]
    assert (volume.value, volume.unit, volume.currency) == (137905794.0, "share", None)
    low = got[("2024-08-05", "low")]
    assert (low.source, low.kind, low.series, low.currency) == ("yfinance", "price", "1810.HK", "HKD")
    assert low.retrieved_at == NOW
    assert "Yahoo Finance" in low.citation and "yfinance" in low.citation
    assert "retrieved 2026-11-23T14:30:00+00:00" in low.citation
    assert low.row["exchange"] == "HKG" and low.row["timezone"] == HK
    assert low.row["date"] == "2024-08-05 00:00:00+08:00"
    assert low.row["raw"] == "15.359999656677246"


def test_same_values_as_the_snapshot_for_the_same_days():
    live = by(source_with(FakeTicker(frame()))[0].fetch(q()))
    snap = {k: v for k, v in by(SnapshotSource(DATA).fetch(q())).items() if k[0] in ROWS}
    assert {k: v.value for k, v in live.items()} == {k: v.value for k, v in snap.items()}


def test_end_is_inclusive_for_us_and_exclusive_for_yfinance():
    ticker = FakeTicker(frame())
    source_with(ticker)[0].history("1810.HK", date(2024, 8, 5), date(2024, 8, 12))
    assert ticker.calls[0]["start"] == "2024-08-05"
    assert ticker.calls[0]["end"] == "2024-08-13"


def test_unadjusted_prices_are_asked_for_through_today_so_later_splits_are_known():
    ticker = FakeTicker(frame())
    values = source_with(ticker)[0].fetch(q("2024-08-05", "2024-08-05"))
    call = ticker.calls[0]
    assert (call["start"], call["end"], call["auto_adjust"], call["actions"]) == ("2024-08-05", None, False, True)
    assert {v.key for v in values} == {"2024-08-05"}  # trimmed to the query's window afterwards


def test_a_level_before_a_later_split_gets_the_traded_price():
    rows = {"2024-06-07": (120.0, 121.0, 119.0, 120.5, 1000), "2024-06-10": (121.0, 122.0, 120.0, 121.79, 900)}
    df = frame(rows)
    df["Stock Splits"] = [0.0, 10.0]  # NVDA's 10-for-1, effective 2024-06-10; Yahoo's Close is split-adjusted
    got = by(source_with(FakeTicker(df))[0].fetch(q("2024-06-07", "2024-06-10")))
    assert got[("2024-06-07", "close")].value == 120.5
    assert got[("2024-06-07", "close_traded")].value == 1205.0
    assert got[("2024-06-07", "volume_traded")].value == 100.0
    assert ("2024-06-10", "close_traded") not in got


def test_keys_are_exchange_dates_even_if_the_index_is_utc():
    # 2024-08-05 00:00 HKT is 2024-08-04 16:00 UTC: the key must still be the HK trading day.
    values = source_with(FakeTicker(frame(tz="UTC")))[0].fetch(q())
    assert sorted({v.key for v in values}) == ["2024-08-05", "2024-08-12"]


def test_rows_outside_the_query_are_dropped():
    values = source_with(FakeTicker(frame()))[0].fetch(q("2024-08-06", "2024-08-12"))
    assert {v.key for v in values} == {"2024-08-12"}


def test_currency_falls_back_to_the_snapshot_provenance_when_yahoo_is_silent():
    values = source_with(FakeTicker(frame(), metadata={}))[0].fetch(q())
    low = by(values)[("2024-08-05", "low")]
    assert (low.currency, low.row["exchange"], low.row["timezone"]) == ("HKD", "XHKG", HK)


@pytest.mark.parametrize(
    "failure",
    [
        OSError("Failed to perform, curl: (6) Could not resolve host: query2.finance.yahoo.com"),
        TypeError("'NoneType' object is not subscriptable"),
        ConnectionError("connection reset"),
    ],
    ids=["oserror", "typeerror", "connection"],
)
def test_offline_exceptions_are_unavailable_and_point_at_the_snapshot(failure):
    with pytest.raises(SourceUnavailable, match="--source snapshot") as info:
        source_with(FakeTicker(failure))[0].fetch(q())
    assert info.value.source == "yfinance"
    assert type(failure).__name__ in str(info.value)


def test_the_real_curl_dns_error_is_unavailable():
    from curl_cffi.requests.exceptions import DNSError

    with pytest.raises(SourceUnavailable, match="DNSError"):
        source_with(FakeTicker(DNSError("Could not resolve host")))[0].fetch(q())


def test_an_empty_frame_without_an_answer_is_unavailable():
    with pytest.raises(SourceUnavailable, match="--source snapshot"):
        source_with(FakeTicker(frame({}), metadata={"YF repair?": False}))[0].fetch(q())


def test_an_empty_frame_for_a_symbol_yahoo_knows_is_not_found():
    # Yahoo answered (its metadata names the symbol) but had no bars: e.g. a weekend.
    with pytest.raises(ReferenceNotFound, match="no daily prices of 1810.HK"):
        source_with(FakeTicker(frame({})))[0].fetch(q("2024-08-10", "2024-08-11"))


def test_an_unknown_ticker_is_not_found():
    import requests
    from yfinance.exceptions import YFTzMissingError

    response = requests.Response()
    response.status_code = 404
    http_404 = requests.HTTPError("404 Client Error", response=response)
    for failure in (http_404, YFTzMissingError("NOPE.HK")):
        with pytest.raises(ReferenceNotFound):
            source_with(FakeTicker(failure, metadata={}))[0].fetch(q(series="NOPE.HK"))


@pytest.mark.parametrize("status", [401, 403, 429, 500, 503])
def test_http_errors_that_are_not_about_the_symbol_are_transient(status):
    import requests

    response = requests.Response()
    response.status_code = status
    with pytest.raises(SourceUnavailable, match="HTTPError"):
        source_with(FakeTicker(requests.HTTPError(f"{status} error", response=response)))[0].fetch(q())


def test_rate_limiting_is_transient():
    from yfinance.exceptions import YFRateLimitError

    with pytest.raises(SourceUnavailable):
        source_with(FakeTicker(YFRateLimitError()))[0].fetch(q())


def test_only_prices_are_served_and_yahoo_is_not_asked_for_others():
    src, asked = source_with(FakeTicker(frame()))
    with pytest.raises(ReferenceNotFound, match="market prices only"):
        src.fetch(ReferenceQuery(kind="figure", series="Xiaomi"))
    assert asked == []


def test_retrying_source_retries_the_offline_modes_then_succeeds():
    ticker = FakeTicker([OSError("dns"), TypeError("second call"), frame()])
    sleeps: list[float] = []
    src = RetryingSource(source_with(ticker)[0], attempts=3, backoff=0.5, sleep=sleeps.append)
    values = src.fetch(q())
    assert len(ticker.calls) == 3
    assert sleeps == [0.5, 1.0]
    assert by(values)[("2024-08-05", "low")].value == 15.36


def test_retrying_source_does_not_retry_not_found():
    ticker = FakeTicker(frame({}))
    src = RetryingSource(source_with(ticker)[0], attempts=3, sleep=lambda _s: None)
    with pytest.raises(ReferenceNotFound):
        src.fetch(q("2024-08-10", "2024-08-11"))
    assert len(ticker.calls) == 1


def test_live_chain_falls_back_to_the_snapshot_when_yahoo_is_offline():
    ticker = FakeTicker(OSError("offline"))
    live = FallbackSource(
        RetryingSource(source_with(ticker)[0], attempts=3, sleep=lambda _s: None), SnapshotSource(DATA), name="live"
    )
    values = live.fetch(q())
    assert len(ticker.calls) == 3
    assert all(v.is_fallback for v in values)
    low = by(values)[("2024-08-05", "low")]
    assert (low.source, low.value) == ("snapshot", 15.36)
    assert "fallback: yfinance unavailable" in low.citation


class LoggingTicker(FakeTicker):
    """Logs like yfinance does offline before failing."""

    def history(self, **kwargs):
        logging.getLogger("yfinance").error("Failed to get ticker '1810.HK' reason: Could not resolve host")
        return super().history(**kwargs)


def test_yfinance_error_logging_is_muted_during_a_call(caplog):
    caplog.set_level(logging.DEBUG)  # on the root logger: would catch anything yfinance emits
    with pytest.raises(SourceUnavailable):
        source_with(LoggingTicker(OSError("offline")))[0].fetch(q())
    assert [r for r in caplog.records if r.name.startswith("yfinance")] == []
    assert logging.getLogger("yfinance").level == logging.NOTSET  # put back


def test_a_configured_yfinance_logger_is_left_alone(caplog):
    logger = logging.getLogger("yfinance")
    logger.setLevel(logging.DEBUG)
    try:
        with pytest.raises(SourceUnavailable):
            source_with(LoggingTicker(OSError("offline")))[0].fetch(q())
        assert [r.getMessage()[:20] for r in caplog.records if r.name == "yfinance"] == ["Failed to get ticker"]
        assert logger.level == logging.DEBUG
    finally:
        logger.setLevel(logging.NOTSET)


def test_importing_the_sources_does_not_import_yfinance_or_pandas():
    code = (
        "import sys, claims.sources.yahoo, claims.sources.http, claims.refdata, claims.cli_refdata\n"
        "print(sorted(m for m in ('yfinance', 'pandas') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


# --- the real yfinance, offline: a requests.Session whose adapter serves canned Yahoo JSON ---


def _chart(symbol: str) -> dict:
    # Yahoo stamps daily bars at the session open: 09:30 HKT = 01:30 UTC.
    stamps = [int(datetime.fromisoformat(f"{day}T01:30:00+00:00").timestamp()) for day in ROWS]
    cols = {name: [r[i] for r in ROWS.values()] for i, name in enumerate(("open", "high", "low", "close", "volume"))}
    period = {"timezone": "HKT", "start": stamps[0], "end": stamps[0] + 23400, "gmtoffset": 28800}
    meta = {
        "currency": "HKD",
        "symbol": symbol,
        "exchangeName": "HKG",
        "fullExchangeName": "HKSE",
        "instrumentType": "EQUITY",
        "firstTradeDate": 1531443600,
        "regularMarketTime": stamps[-1],
        "gmtoffset": 28800,
        "timezone": "HKT",
        "exchangeTimezoneName": HK,
        "priceHint": 3,
        "dataGranularity": "1d",
        "range": "",
        "currentTradingPeriod": {"pre": period, "regular": period, "post": period},
        "validRanges": ["1d", "5d", "1mo", "3mo", "6mo", "1y", "2y", "5y", "10y", "ytd", "max"],
    }
    result = {
        "meta": meta,
        "timestamp": stamps,
        "indicators": {"quote": [cols], "adjclose": [{"adjclose": cols["close"]}]},
    }
    return {"chart": {"result": [result], "error": None}}


@pytest.fixture
def canned_yahoo(tmp_path):
    import requests
    from requests.adapters import BaseAdapter
    from yfinance import cache as yfcache
    from yfinance._http import new_session
    from yfinance.data import YfData

    class Adapter(BaseAdapter):
        def __init__(self):
            super().__init__()
            self.urls: list[str] = []

        def send(self, request, **kwargs):
            self.urls.append(request.url)
            response = requests.Response()
            response.request, response.url = request, request.url
            response.headers["Content-Type"] = "application/json"
            if "/v1/test/getcrumb" in request.url:
                response.status_code, response._content = 200, b"crumb"
            elif "/v8/finance/chart/1810.HK" in request.url:
                response.status_code, response._content = 200, json.dumps(_chart("1810.HK")).encode()
            else:
                response.status_code, response._content = 404, b'{"chart": {"result": null, "error": null}}'
            return response

        def close(self):
            pass

    adapter = Adapter()
    session = requests.Session()
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    # yfinance keeps process-wide state: caches on disk (default: the user's cache folder), one
    # shared session (a later Ticker(session=None) keeps ours) and memoized past ranges. Point
    # it all at the test and put it back afterwards, so no other test sees canned data.
    managers = (yfcache._TzDBManager, yfcache._CookieDBManager, yfcache._ISINDBManager)
    saved = {m: m._cache_dir for m in managers}
    yfcache.set_cache_location(str(tmp_path))
    YfData.cache_get.cache_clear()
    try:
        yield session, adapter
    finally:
        YfData.cache_get.cache_clear()
        YfData(session=new_session())
        for manager, location in saved.items():
            manager.set_location(location)


def test_real_yfinance_with_a_canned_chart_response(canned_yahoo):
    session, adapter = canned_yahoo
    src = YFinanceSource(data_dir=DATA, session=session, clock=lambda: NOW)
    got = by(src.fetch(q()))
    assert any("/v8/finance/chart/1810.HK" in url for url in adapter.urls)
    assert all("yahoo.com" in url for url in adapter.urls)  # nothing left the canned session
    assert sorted({k[0] for k in got}) == ["2024-08-05", "2024-08-12"]
    assert got[("2024-08-05", "low")].value == 15.36
    assert got[("2024-08-12", "high")].value == 16.64
    assert got[("2024-08-05", "volume")].value == 137905794.0
    low = got[("2024-08-05", "low")]
    assert (low.currency, low.row["exchange"], low.row["timezone"]) == ("HKD", "HKG", HK)
    assert low.row["date"] == "2024-08-05 00:00:00+08:00"
