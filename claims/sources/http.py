"""``HttpSource``: reference values from JSON or CSV served over http(s).

One GET per query, with a timeout and conditional requests (the ETag / Last-Modified of each
URL is remembered and sent back; a 304 reuses the body already read). It never retries:
timeouts, connection errors, 5xx, 408 and 429 raise ``SourceUnavailable`` for
``RetryingSource`` to retry; any other 4xx is ``ReferenceNotFound``; a body that does not
parse or lacks a mapped field is ``ReferenceDataError``.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal
from urllib.parse import quote

import httpx

from claims.errors import ReferenceDataError, ReferenceNotFound, SourceUnavailable
from claims.models import ReferenceQuery, ReferenceValue

Kind = Literal["price", "figure", "fx"]
TRANSIENT_STATUS = frozenset({408, 429})  # 4xx codes that mean "later", not "no such thing"


@dataclass(frozen=True)
class FieldMap:
    """How records of a response become reference values.

    ``key`` names the field holding the row key (a date for prices: its first 10 characters
    are kept, so "2024-08-05 00:00:00+08:00" works); ``metrics`` maps metric name -> field;
    ``records`` is the dotted path to the list of records in a JSON body ("" = the body).
    """

    key: str
    metrics: Mapping[str, str]
    records: str = ""
    currency: str | None = None
    unit: str | None = None
    basis: str | None = None


@dataclass
class _Cached:
    body: bytes
    etag: str | None
    last_modified: str | None


class HttpSource:
    """A ``ReferenceSource`` over one URL template, e.g. ``https://host/prices/{series}.csv``."""

    def __init__(
        self,
        url_template: str,
        *,
        mapping: FieldMap,
        client: httpx.Client | None = None,
        fmt: Literal["json", "csv"] = "json",
        name: str = "http",
        kinds: tuple[Kind, ...] = ("price", "figure", "fx"),
        timeout: float = 10.0,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.url_template = url_template
        self.mapping = mapping
        self.fmt = fmt
        self.name = name
        self.kinds = kinds
        self.timeout = timeout
        self.clock = clock or (lambda: datetime.now(UTC))
        self.requests = 0  # GETs sent (a 304 counts): for tests and benchmarks
        self._client = client
        self._owns_client = client is None
        self._cache: dict[str, _Cached] = {}

    def fetch(self, query: ReferenceQuery) -> list[ReferenceValue]:
        """The values at ``url_template`` formatted with the query, within its dates."""
        if query.kind not in self.kinds:
            raise ReferenceNotFound(f"{self.name} serves {', '.join(self.kinds)}, not {query.kind}", source=self.name)
        url = self.url_for(query)
        body = self._get(url, query)
        records = self._records(body, url)
        retrieved_at = self.clock()
        citation = f"{self.name}: {url} (retrieved {retrieved_at.isoformat(timespec='seconds')})"
        values = []
        for i, record in enumerate(records, start=1):
            values.extend(self._values(record, i, query, url, citation, retrieved_at))
        if not values:
            raise ReferenceNotFound(f"{url} has no {query.kind} values for {_span(query)}", source=self.name)
        return values

    def url_for(self, query: ReferenceQuery) -> str:
        """The URL of a query: ``{series}`` (URL-quoted), ``{kind}``, ``{start}``, ``{end}`` filled in."""
        return self.url_template.format(
            series=quote(query.series, safe=""),
            kind=query.kind,
            start=query.start.isoformat() if query.start else "",
            end=query.end.isoformat() if query.end else "",
        )

    def close(self) -> None:
        """Close the client if this source made it (a client passed in belongs to the caller)."""
        if self._owns_client and self._client is not None:
            self._client.close()
            self._client = None

    def _http(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(timeout=self.timeout, follow_redirects=True)
        return self._client

    def _get(self, url: str, query: ReferenceQuery) -> bytes:
        cached = self._cache.get(url)
        headers: dict[str, str] = {}
        if cached is not None:
            if cached.etag:
                headers["If-None-Match"] = cached.etag
            if cached.last_modified:
                headers["If-Modified-Since"] = cached.last_modified
        self.requests += 1
        try:
            response = self._http().get(url, headers=headers, timeout=self.timeout)
        except httpx.TimeoutException as exc:
            raise SourceUnavailable(
                f"{url}: timed out after {self.timeout:g} s", source=self.name, query=query
            ) from exc
        except httpx.TransportError as exc:  # connect, read, write, protocol errors
            raise SourceUnavailable(f"{url}: {type(exc).__name__}: {exc}", source=self.name, query=query) from exc
        status = response.status_code
        if status == 304:
            if cached is None:  # we sent no validators, so the server is confused
                raise ReferenceDataError(f"{url}: 304 Not Modified to an unconditional request", source=self.name)
            # A 304 may carry fresher validators for the same body (RFC 9110 15.4.5).
            cached.etag = response.headers.get("ETag", cached.etag)
            cached.last_modified = response.headers.get("Last-Modified", cached.last_modified)
            return cached.body
        if status >= 500 or status in TRANSIENT_STATUS:
            raise SourceUnavailable(f"{url}: HTTP {status}", source=self.name, query=query)
        if status >= 400:
            raise ReferenceNotFound(f"{url}: HTTP {status}", source=self.name, query=query)
        if status != 200:
            raise ReferenceDataError(f"{url}: unexpected HTTP {status}", source=self.name)
        etag, modified = response.headers.get("ETag"), response.headers.get("Last-Modified")
        if etag or modified:
            self._cache[url] = _Cached(response.content, etag, modified)
        else:
            self._cache.pop(url, None)
        return response.content

    def _records(self, body: bytes, url: str) -> list[Mapping[str, Any]]:
        try:
            text = body.decode("utf-8-sig")
            if self.fmt == "csv":
                return list(csv.DictReader(io.StringIO(text)))
            data: Any = json.loads(text)
        except (UnicodeDecodeError, ValueError, csv.Error) as exc:
            raise ReferenceDataError(f"{url}: not valid {self.fmt} ({exc})", source=self.name) from exc
        for part in [p for p in self.mapping.records.split(".") if p]:
            if not isinstance(data, dict) or part not in data:
                raise ReferenceDataError(f"{url}: no {self.mapping.records!r} in the JSON body", source=self.name)
            data = data[part]
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            raise ReferenceDataError(f"{url}: expected a list of records", source=self.name)
        return data

    def _values(
        self,
        record: Mapping[str, Any],
        index: int,
        query: ReferenceQuery,
        url: str,
        citation: str,
        retrieved_at: datetime,
    ) -> list[ReferenceValue]:
        m = self.mapping
        try:
            key = str(record[m.key])
            if query.kind == "price":
                key = key[:10]
                day = date.fromisoformat(key)
                if (query.start and day < query.start) or (query.end and day > query.end):
                    return []
            out = []
            for metric, column in m.metrics.items():
                raw = record[column]
                if raw is None or raw == "":
                    continue  # a gap in the series, not an error
                value = float(raw)
                if math.isnan(value):
                    continue
                out.append(
                    ReferenceValue(
                        source=self.name,
                        kind=query.kind,
                        series=query.series,
                        key=key,
                        metric=metric,
                        value=value,
                        unit=m.unit,
                        currency=m.currency,
                        basis=m.basis,
                        citation=citation,
                        retrieved_at=retrieved_at,
                        row={"url": url, "record": index, "field": column, "raw": str(raw)},
                    )
                )
            return out
        except KeyError as exc:
            raise ReferenceDataError(f"{url}: record {index} has no field {exc}", source=self.name) from exc
        except (TypeError, ValueError) as exc:
            raise ReferenceDataError(f"{url}: record {index}: {exc}", source=self.name) from exc


def _span(query: ReferenceQuery) -> str:
    return f"{query.series} {query.start or '...'}..{query.end or '...'}"
