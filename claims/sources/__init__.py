"""Reference sources: one narrow protocol, a registry by name, and the per-run fetch-once book.

    class ReferenceSource(Protocol):
        name: str
        def fetch(self, query: ReferenceQuery) -> list[ReferenceValue]: ...

Sources: ``snapshot`` (offline data shipped in ``data/``; the default), ``yfinance`` (live
market data), ``live`` (the network first and, where it fails, the snapshot, marked as a
fallback), ``stored`` (the reference values an earlier run stored in DuckDB). Retries live in
one place only: ``claims.sources.retry.retrying`` wraps the network sources inside ``build``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from claims.errors import ReferenceDataError, ReferenceNotFound, SourceError, UnknownSource
from claims.models import ReferenceQuery, ReferenceValue

# The shipped reference data: package data at claims/data (a symlink to the source tree's data/
# folder, copied into the wheel). ``claims.refdata.paths.resolve_data_dir`` applies --data and
# $CLAIMS_DATA on top of it.
DATA_DIR = Path(__file__).resolve().parent.parent / "data"


class ReferenceSource(Protocol):
    """A query in, reference values out. Raises ``SourceUnavailable`` (transient) or
    ``ReferenceNotFound`` (terminal)."""

    name: str

    def fetch(self, query: ReferenceQuery) -> list[ReferenceValue]: ...


def _snapshot(**opts: Any) -> ReferenceSource:
    from claims.sources.snapshot import SnapshotSource

    return SnapshotSource(opts.get("data_dir", DATA_DIR))


def _yfinance(**opts: Any) -> ReferenceSource:
    from claims.sources.retry import RetryingSource
    from claims.sources.yahoo import YFinanceSource

    return RetryingSource(YFinanceSource(data_dir=opts.get("data_dir", DATA_DIR)))


def _live(**opts: Any) -> ReferenceSource:
    from claims.sources.chain import FallbackSource

    return FallbackSource(_yfinance(**opts), _snapshot(**opts), name="live")


def _stored(**opts: Any) -> ReferenceSource:
    from claims.sources.stored import StoredSource

    store = opts.get("store")
    if store is None:
        raise SourceError("--source stored needs the verdict database (--db) of an earlier run")
    return StoredSource(store)


SOURCES: dict[str, Callable[..., ReferenceSource]] = {
    "snapshot": _snapshot,
    "yfinance": _yfinance,
    "live": _live,
    "stored": _stored,
}


def known_sources() -> list[str]:
    return sorted(SOURCES)


def build(name: str, **opts: Any) -> ReferenceSource:
    """The source registered under ``name``; ``UnknownSource`` lists the known ones."""
    try:
        factory = SOURCES[name]
    except KeyError:
        raise UnknownSource(name, known_sources()) from None
    return factory(**opts)


def merge_queries(queries: Iterable[ReferenceQuery]) -> list[ReferenceQuery]:
    """One query per series, covering every date any claim needs (so each series is fetched once)."""
    merged: dict[tuple[str, str], ReferenceQuery] = {}
    for q in queries:
        key = (q.kind, q.series)
        prev = merged.get(key)
        if prev is None:
            merged[key] = q
            continue
        starts = [d for d in (prev.start, q.start) if d is not None]
        ends = [d for d in (prev.end, q.end) if d is not None]
        merged[key] = ReferenceQuery(
            kind=q.kind,
            series=q.series,
            start=min(starts) if starts else None,
            end=max(ends) if ends else None,
        )
    return sorted(merged.values(), key=lambda q: (q.kind, q.series))


@dataclass
class ReferenceBook:
    """The reference values fetched for one run, indexed for the (pure) verifier."""

    values: list[ReferenceValue] = field(default_factory=list)
    errors: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, series) -> why not
    fetched: set[tuple[str, str]] = field(default_factory=set)
    missing: set[tuple[str, str]] = field(default_factory=set)  # errors that say the source lacks the series

    def series(self, kind: str, series: str) -> list[ReferenceValue]:
        return [v for v in self.values if v.kind == kind and v.series == series]

    def error_for(self, kind: str, series: str) -> str | None:
        return self.errors.get((kind, series))

    def error_kind(self, kind: str, series: str) -> str | None:
        """ "not_found" when the source lacks the series, "bad_data" when its data was unusable."""
        if (kind, series) not in self.errors:
            return None
        return "not_found" if (kind, series) in self.missing else "bad_data"

    def error_reason(self, kind: str, series: str) -> str:
        """The verdict reason for a series the run could not use: ``no_source`` when the source
        has no such series, ``source_error`` when what it has is unusable."""
        return "no_source" if (kind, series) in self.missing else "source_error"


def fill_book(source: ReferenceSource, queries: Iterable[ReferenceQuery]) -> tuple[ReferenceBook, int]:
    """Fetch each merged series once. A series the source lacks is recorded (its claims become
    unverifiable, saying why); ``SourceUnavailable`` propagates. Returns the book and the calls made."""
    book = ReferenceBook()
    calls = 0
    for query in merge_queries(queries):
        calls += 1
        key = (query.kind, query.series)
        book.fetched.add(key)
        try:
            book.values.extend(source.fetch(query))
        except ReferenceNotFound as exc:
            book.errors[key] = str(exc)
            book.missing.add(key)
        except ReferenceDataError as exc:
            book.errors[key] = str(exc)
    return book, calls
