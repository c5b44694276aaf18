"""Every claim of the seeds with its verdict and the one-line why, the share of claims that get a
verdict other than unverifiable, and verification time per document.
Run: python -m benchmarks.bench_verify [--markdown]"""

from __future__ import annotations

import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    from claims.entities import EntityTable
    from claims.ingest import load_documents
    from claims.pipeline import analyze, coverage, fetch_references, verify
    from claims.sources import DATA_DIR
    from claims.sources.snapshot import SnapshotSource

    markdown = "--markdown" in sys.argv
    entities = EntityTable.load(DATA_DIR / "entities.json")
    ingested, _ = load_documents([str(ROOT / "seeds")])
    analyses = [analyze(i) for i in ingested]
    book, calls = fetch_references(SnapshotSource(DATA_DIR), analyses, entities)
    counts: Counter[str] = Counter()
    for a in analyses:
        checked = verify(a, book, entities)
        times = []
        for _ in range(20):
            t = time.perf_counter()
            verify(a, book, entities)
            times.append(time.perf_counter() - t)
        name = Path(a.ingested.doc).name
        print(f"\n{name}: verification {statistics.median(times) * 1000:.2f} ms per document (median of 20)")
        cov = coverage(checked.verdicts)
        print(f"coverage: {cov}")
        if markdown:
            print("\n| claim | verdict | why |\n|---|---|---|")
        for c, v in zip(checked.claims, checked.verdicts, strict=True):
            counts[v.verdict] += 1
            why = v.explanation.replace("|", "/")
            if markdown:
                print(f"| “{c.quantity.text}” | {v.verdict}{' (' + v.reason + ')' if v.reason else ''} | {why} |")
            else:
                print(f"  {c.quantity.text!r:28} {v.verdict:13} {why[:110]}")
    total = sum(counts.values())
    checked_share = (total - counts["unverifiable"]) / total if total else 0.0
    print(
        f"\n{dict(counts)}; {total} claims; share with a verdict other than unverifiable: {checked_share:.1%}; source calls: {calls}"
    )


if __name__ == "__main__":
    main()
