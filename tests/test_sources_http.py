"""HttpSource over httpx.MockTransport: JSON and CSV bodies, conditional requests, error mapping,
and RetryingSource retrying only the transient errors. No network."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import httpx
import pytest

from claims.errors import ReferenceDataError, ReferenceNotFound, SourceUnavailable
from claims.models import ReferenceQuery
from claims.sources.http import FieldMap, HttpSource
from claims.sources.retry import RetryingSource

NOW = datetime(2026, 11, 23, 14, 30, tzinfo=UTC)
PRICES = FieldMap(key="date", metrics={"low": "low", "high": "high"}, records="data.bars", currency="HKD")
FX = FieldMap(key="month", metrics={"CNY_per_USD": "per_usd"})
BODY = {
    "data": {
        "bars": [
            {"date": "2024-08-02", "low": 15.9, "high": 16.4},
            {"date": "2024-08-05", "low": 15.36, "high": 16.06},
            {"date": "2024-08-12", "low": 16.32, "high": 16.64},
        ]
    }
}
FX_CSV = "month,per_usd\n2024-07,7.2609\n2024-08,7.1475\n"


class Server:
    """A MockTransport handler that records requests and answers from a list of responses."""

    def __init__(self, *responses):
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


def source(server, mapping=PRICES, **kwargs):
    client = httpx.Client(transport=httpx.MockTransport(server))
    kwargs.setdefault("name", "example")
    return HttpSource(
        "https://ref.example/{kind}/{series}?from={start}&to={end}",
        mapping=mapping,
        client=client,
        clock=lambda: NOW,
        **kwargs,
    )


def price_query(start="2024-08-05", end="2024-08-12"):
    return ReferenceQuery(kind="price", series="1810.HK", start=date.fromisoformat(start), end=date.fromisoformat(end))


def test_json_records_become_values_within_the_query_dates():
    server = Server(httpx.Response(200, json=BODY))
    values = source(server).fetch(price_query())
    assert [(v.key, v.metric, v.value) for v in values] == [
        ("2024-08-05", "low", 15.36),
        ("2024-08-05", "high", 16.06),
        ("2024-08-12", "low", 16.32),
        ("2024-08-12", "high", 16.64),
    ]
    v = values[0]
    assert (v.source, v.kind, v.series, v.currency, v.retrieved_at) == ("example", "price", "1810.HK", "HKD", NOW)
    assert (
        v.citation
        == "example: https://ref.example/price/1810.HK?from=2024-08-05&to=2024-08-12 (retrieved 2026-11-23T14:30:00+00:00)"
    )
    assert v.row == {
        "url": "https://ref.example/price/1810.HK?from=2024-08-05&to=2024-08-12",
        "record": 2,
        "field": "low",
        "raw": "15.36",
    }
    assert str(server.requests[0].url) == "https://ref.example/price/1810.HK?from=2024-08-05&to=2024-08-12"


def test_csv_records_become_values():
    server = Server(httpx.Response(200, text=FX_CSV, headers={"Content-Type": "text/csv"}))
    values = source(server, FX, fmt="csv").fetch(ReferenceQuery(kind="fx", series="CNY"))
    assert [(v.key, v.metric, v.value) for v in values] == [
        ("2024-07", "CNY_per_USD", 7.2609),
        ("2024-08", "CNY_per_USD", 7.1475),
    ]
    assert str(server.requests[0].url) == "https://ref.example/fx/CNY?from=&to="


def test_the_series_is_url_quoted():
    server = Server(httpx.Response(200, text=FX_CSV))
    source(server, FX, fmt="csv").fetch(ReferenceQuery(kind="fx", series="A/B C"))
    assert server.requests[0].url.raw_path.startswith(b"/fx/A%2FB%20C")


def test_304_reuses_the_body_of_the_etag_it_was_sent_with():
    etag = '"v1"'
    server = Server(
        httpx.Response(200, json=BODY, headers={"ETag": etag, "Last-Modified": "Mon, 23 Nov 2026 10:00:00 GMT"}),
        httpx.Response(304, headers={"ETag": etag}),
    )
    src = source(server)
    first = src.fetch(price_query())
    second = src.fetch(price_query())
    assert [v.value for v in second] == [v.value for v in first]
    assert "if-none-match" not in server.requests[0].headers
    assert server.requests[1].headers["If-None-Match"] == etag
    assert server.requests[1].headers["If-Modified-Since"] == "Mon, 23 Nov 2026 10:00:00 GMT"
    assert src.requests == 2


def test_a_304_with_a_fresh_etag_updates_the_validator():
    server = Server(
        httpx.Response(200, json=BODY, headers={"ETag": '"v1"'}),
        httpx.Response(304, headers={"ETag": '"v1b"'}),
        httpx.Response(304),
    )
    src = source(server)
    for _ in range(3):
        assert len(src.fetch(price_query())) == 4
    assert [r.headers.get("If-None-Match") for r in server.requests] == [None, '"v1"', '"v1b"']


def test_a_304_to_an_unconditional_request_is_a_data_error():
    with pytest.raises(ReferenceDataError, match="304"):
        source(Server(httpx.Response(304))).fetch(price_query())


def test_a_new_body_replaces_the_cached_one():
    changed = {"data": {"bars": [{"date": "2024-08-05", "low": 15.0, "high": 16.0}]}}
    server = Server(
        httpx.Response(200, json=BODY, headers={"ETag": '"v1"'}),
        httpx.Response(200, json=changed, headers={"ETag": '"v2"'}),
        httpx.Response(304),
    )
    src = source(server)
    src.fetch(price_query())
    assert [v.value for v in src.fetch(price_query())] == [15.0, 16.0]
    assert [v.value for v in src.fetch(price_query())] == [15.0, 16.0]
    assert server.requests[2].headers["If-None-Match"] == '"v2"'


def test_validators_are_remembered_per_url():
    server = Server(httpx.Response(200, json=BODY, headers={"ETag": '"v1"'}))
    src = source(server)
    src.fetch(price_query())
    src.fetch(price_query("2024-08-02", "2024-08-12"))  # another URL: unconditional
    assert "if-none-match" not in server.requests[1].headers


@pytest.mark.parametrize("status", [500, 502, 503, 429, 408])
def test_5xx_and_come_back_later_codes_are_unavailable(status):
    with pytest.raises(SourceUnavailable, match=f"HTTP {status}") as info:
        source(Server(httpx.Response(status))).fetch(price_query())
    assert info.value.source == "example"


@pytest.mark.parametrize(
    "error",
    [
        httpx.ConnectError("offline"),
        httpx.ReadTimeout("slow"),
        httpx.ConnectTimeout("slow"),
        httpx.RemoteProtocolError("bye"),
    ],
)
def test_network_errors_and_timeouts_are_unavailable(error):
    with pytest.raises(SourceUnavailable):
        source(Server(error)).fetch(price_query())


@pytest.mark.parametrize("status", [404, 410, 400, 403])
def test_other_4xx_are_not_found(status):
    with pytest.raises(ReferenceNotFound, match=f"HTTP {status}"):
        source(Server(httpx.Response(status))).fetch(price_query())


def test_no_rows_in_the_window_is_not_found():
    with pytest.raises(ReferenceNotFound, match="no price values"):
        source(Server(httpx.Response(200, json=BODY))).fetch(price_query("2024-09-01", "2024-09-30"))


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{not json", "not valid json"),
        (json.dumps({"data": {}}).encode(), "no 'data.bars'"),
        (json.dumps({"data": {"bars": [{"date": "2024-08-05", "low": 1.0}]}}).encode(), "record 1 has no field 'high'"),
        (json.dumps({"data": {"bars": [{"date": "2024-08-05", "low": "n/a", "high": 1}]}}).encode(), "record 1"),
    ],
    ids=["bad-json", "no-records", "missing-field", "not-a-number"],
)
def test_malformed_bodies_are_data_errors_naming_the_url(body, message):
    with pytest.raises(ReferenceDataError, match=message) as info:
        source(Server(httpx.Response(200, content=body))).fetch(price_query())
    assert "https://ref.example/price/1810.HK" in str(info.value)


def test_kinds_it_does_not_serve_are_not_found_without_a_request():
    server = Server(httpx.Response(200, json=BODY))
    with pytest.raises(ReferenceNotFound):
        source(server, kinds=("price",)).fetch(ReferenceQuery(kind="figure", series="Xiaomi"))
    assert server.requests == []


def test_retrying_source_retries_transient_errors_only():
    server = Server(httpx.ConnectError("offline"), httpx.Response(503), httpx.Response(200, json=BODY))
    sleeps: list[float] = []
    values = RetryingSource(source(server), attempts=3, backoff=0.5, sleep=sleeps.append).fetch(price_query())
    assert len(server.requests) == 3
    assert sleeps == [0.5, 1.0]
    assert len(values) == 4


def test_retrying_source_gives_up_after_its_attempts():
    server = Server(httpx.ReadTimeout("slow"))
    with pytest.raises(SourceUnavailable, match="timed out"):
        RetryingSource(source(server), attempts=3, sleep=lambda _s: None).fetch(price_query())
    assert len(server.requests) == 3


def test_retrying_source_does_not_retry_a_404():
    server = Server(httpx.Response(404))
    with pytest.raises(ReferenceNotFound):
        RetryingSource(source(server), attempts=3, sleep=lambda _s: None).fetch(price_query())
    assert len(server.requests) == 1


def test_a_source_closes_only_the_client_it_made():
    client = httpx.Client(transport=httpx.MockTransport(Server(httpx.Response(200, json=BODY))))
    src = HttpSource("https://ref.example/{series}", mapping=PRICES, client=client)
    src.close()
    assert not client.is_closed
    own = HttpSource("https://ref.example/{series}", mapping=PRICES)
    own.close()  # never opened: nothing to do
