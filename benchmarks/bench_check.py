"""Wall time of `claims check` on one article (a fresh process: imports included), and of the
pipeline steps per document in-process. Run: python -m benchmarks.bench_check"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _claims_bin() -> str:
    return str(Path(sys.executable).with_name("claims"))


def time_cli(repeats: int = 3) -> list[float]:
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(repeats):
            db = Path(tmp) / f"b{i}.duckdb"
            started = time.perf_counter()
            subprocess.run([_claims_bin(), "check", str(SEEDS[0]), "--db", str(db), "--format", "none"], check=True)
            times.append(time.perf_counter() - started)
    return times


def time_steps(repeats: int = 5) -> dict[str, float]:
    from claims.entities import EntityTable
    from claims.ingest import load_documents
    from claims.pipeline import analyze, fetch_references, verify
    from claims.sources import DATA_DIR
    from claims.sources.snapshot import SnapshotSource

    entities = EntityTable.load(DATA_DIR / "entities.json")
    ingested, _ = load_documents([str(p) for p in SEEDS])
    analyze(ingested[0])  # warm the lazy imports (dateparser) once
    out: dict[str, list[float]] = {"extract": [], "fetch": [], "verify": []}
    for _ in range(repeats):
        t = time.perf_counter()
        analyses = [analyze(i) for i in ingested]
        out["extract"].append((time.perf_counter() - t) / len(ingested))
        t = time.perf_counter()
        book, _calls = fetch_references(SnapshotSource(DATA_DIR), analyses, entities)
        out["fetch"].append(time.perf_counter() - t)
        t = time.perf_counter()
        for a in analyses:
            verify(a, book, entities)
        out["verify"].append((time.perf_counter() - t) / len(analyses))
    return {k: statistics.median(v) for k, v in out.items()}


def main() -> None:
    cli = time_cli()
    print(
        f"claims check one article (fresh process, offline snapshot): median {statistics.median(cli):.2f} s, runs {', '.join(f'{t:.2f}' for t in cli)}"
    )
    steps = time_steps()
    print(
        f"extract per document: {steps['extract'] * 1000:.1f} ms; fetch all series (cold snapshot): {steps['fetch'] * 1000:.1f} ms; verify per document: {steps['verify'] * 1000:.2f} ms"
    )


if __name__ == "__main__":
    main()
