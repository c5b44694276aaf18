"""Reference-source costs: (1) source calls for a run over the seeds vs the distinct series the
claims need (fill_book should fetch each series once), (2) cold vs warm snapshot price lookups.
Run: python -m benchmarks.bench_sources"""

from __future__ import annotations

import statistics
import time
from collections import Counter
from datetime import date
from pathlib import Path

from claims.models import ReferenceQuery, ReferenceValue

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


class CountingSource:
    """A source wrapper that counts fetches per (kind, series)."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.name = getattr(inner, "name", "counted")
        self.calls: Counter[tuple[str, str]] = Counter()

    def fetch(self, query: ReferenceQuery) -> list[ReferenceValue]:
        self.calls[(query.kind, query.series)] += 1
        return self.inner.fetch(query)  # type: ignore[attr-defined, no-any-return]


def source_calls() -> dict[str, object]:
    """Calls made by fetch_references over the seeds, against planned queries and distinct series."""
    from claims.entities import EntityTable
    from claims.ingest import load_documents
    from claims.pipeline import analyze, fetch_references
    from claims.sources import DATA_DIR
    from claims.sources.snapshot import SnapshotSource
    from claims.verify import plan_queries

    entities = EntityTable.load(DATA_DIR / "entities.json")
    ingested, _failures = load_documents([str(p) for p in SEEDS])
    analyses = [analyze(i) for i in ingested]
    planned = [q for a in analyses for q in plan_queries(a.claims, entities)]
    counting = CountingSource(SnapshotSource(DATA_DIR))
    book, calls = fetch_references(counting, analyses, entities)
    return {
        "documents": len(ingested),
        "claims": sum(len(a.claims) for a in analyses),
        "planned_queries": len(planned),
        "distinct_series": len({(q.kind, q.series) for q in planned}),
        "source_calls": sum(counting.calls.values()),
        "reported_calls": calls,
        "per_series": dict(sorted(counting.calls.items())),
        "values": len(book.values),
        "not_found": dict(book.errors),
    }


def lookup_times(repeats: int = 20) -> dict[str, list[float]]:
    """Seconds for a price lookup on a new SnapshotSource (reads the CSV) and again on the same one."""
    from claims.sources import DATA_DIR
    from claims.sources.snapshot import SnapshotSource

    query = ReferenceQuery(kind="price", series="1810.HK", start=date(2024, 8, 5), end=date(2024, 8, 12))
    cold, warm = [], []
    for _ in range(repeats):
        src = SnapshotSource(DATA_DIR)
        t = time.perf_counter()
        src.fetch(query)
        cold.append(time.perf_counter() - t)
        t = time.perf_counter()
        src.fetch(query)
        warm.append(time.perf_counter() - t)
    return {"cold": cold, "warm": warm}


def main() -> None:
    calls = source_calls()
    print(f"seeds: {calls['documents']} documents, {calls['claims']} claims")
    print(f"{'':<28}{'count':>8}")
    for label, key in (
        ("reference queries planned", "planned_queries"),
        ("distinct series", "distinct_series"),
        ("source calls (counted)", "source_calls"),
        ("source calls (fill_book)", "reported_calls"),
        ("reference values fetched", "values"),
    ):
        print(f"{label:<28}{calls[key]:>8}")
    per_series = calls["per_series"]
    assert isinstance(per_series, dict)
    for (kind, series), n in per_series.items():
        print(f"  {kind:<7}{series:<19}{n:>8} call(s)")
    not_found = calls["not_found"]
    assert isinstance(not_found, dict)
    for (kind, series), why in not_found.items():
        print(f"  not found: {kind} {series}: {why}")

    times = lookup_times()
    print(f"\nsnapshot price lookup (1810.HK, 2024-08-05..2024-08-12), {len(times['cold'])} runs")
    print(f"{'':<34}{'median':>10}{'min':>10}{'max':>10}")
    for label, key in (("cold (new SnapshotSource + fetch)", "cold"), ("warm (second fetch, same one)", "warm")):
        xs = times[key]
        print(f"{label:<34}{statistics.median(xs) * 1e3:>8.2f}ms{min(xs) * 1e3:>8.2f}ms{max(xs) * 1e3:>8.2f}ms")


if __name__ == "__main__":
    main()
