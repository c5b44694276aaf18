"""Scale: insert 1M synthetic verdicts (10 runs x 100k claims) through Arrow, then time the
documented queries and views over them. ``.venv/bin/python -m benchmarks.bench_store [N]``"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyarrow as pa

from claims.storage import VerdictStore

QUERIES = {
    "verdict_counts of the latest run": "SELECT verdict, sum(n) FROM verdict_counts WHERE run_id = (SELECT max(id) FROM runs) GROUP BY ALL",
    "run_summary": "SELECT * FROM run_summary ORDER BY started_at DESC",
    "latest_verdicts: contradicted about Xiaomi this month": "SELECT doc, text, explanation FROM latest_verdicts WHERE verdict = 'contradicted' AND subject = 'Xiaomi' AND run_started_at >= date_trunc('month', now())",
    "changed_verdicts (count)": "SELECT count(*) FROM changed_verdicts",
    "claim_history of one claim": "SELECT * FROM claim_history WHERE claim_id = 'd42:0:5' ORDER BY started_at",
}


def main(n: int = 1_000_000, runs: int = 10) -> None:
    per_run = n // runs
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        store = VerdictStore(db)
        labels = ["supported", "contradicted", "misleading", "unverifiable"]
        start = datetime(2026, 11, 1, tzinfo=UTC)
        insert_s = 0.0
        with store.session() as con:
            for r in range(runs):
                run_id = f"run{r:03d}"
                con.execute(
                    "INSERT INTO runs (id, started_at, finished_at, status) VALUES (?, ?, ?, 'completed')",
                    [run_id, start + timedelta(days=r), start + timedelta(days=r, minutes=5)],
                )
                ids = [f"d{i // 20}:{i % 20 * 10}:{i % 20 * 10 + 5}" for i in range(per_run)]
                table = pa.table(
                    {
                        "run_id": [run_id] * per_run,
                        "claim_id": ids,
                        "doc_id": [f"d{i // 20}" for i in range(per_run)],
                        "doc": [f"doc{i // 20}.txt" for i in range(per_run)],
                        "start_offset": pa.array([i % 20 * 10 for i in range(per_run)], pa.int32()),
                        "end_offset": pa.array([i % 20 * 10 + 5 for i in range(per_run)], pa.int32()),
                        "text": ["HK$15.36"] * per_run,
                        "subject": [("Xiaomi", "Tencent", "BYD")[i % 3] for i in range(per_run)],
                        "metric": ["close"] * per_run,
                        "verdict": [labels[(i * 7 + r) % 4 if i % 50 == 0 else i % 4] for i in range(per_run)],
                        "reason": pa.nulls(per_run, pa.string()),
                        "claimed_value": pa.array([15.36] * per_run, pa.float64()),
                        "reference_value": pa.array([15.0 + r / 100] * per_run, pa.float64()),
                        "unit": pa.nulls(per_run, pa.string()),
                        "currency": ["HKD"] * per_run,
                        "difference": pa.array([0.36] * per_run, pa.float64()),
                        "relative_difference": pa.array([0.024] * per_run, pa.float64()),
                        "tolerance": pa.array([0.01] * per_run, pa.float64()),
                        "tolerance_reason": pa.nulls(per_run, pa.string()),
                        "check_name": ["market_price"] * per_run,
                        "reading": pa.nulls(per_run, pa.string()),
                        "readings_agree": pa.nulls(per_run, pa.bool_()),
                        "explanation": ["the close was HK$15.00"] * per_run,
                        "evidence": ["[]"] * per_run,
                        "created_at": pa.array([start + timedelta(days=r)] * per_run, pa.timestamp("us", tz="UTC")),
                    }
                )
                t0 = time.perf_counter()
                con.execute("BEGIN TRANSACTION")
                con.register("_batch", table)
                con.execute("INSERT INTO verdicts SELECT * FROM _batch")
                con.unregister("_batch")
                con.execute("COMMIT")
                insert_s += time.perf_counter() - t0
        total = runs * per_run
        print(f"insert {total:,} verdicts via Arrow: {insert_s:.2f} s ({total / insert_s:,.0f} rows/s)")
        print(f"database file: {db.stat().st_size / 1e6:.0f} MB")
        t0 = time.perf_counter()
        with VerdictStore(db, read_only=True) as ro:
            print(f"open read-only: {(time.perf_counter() - t0) * 1000:.0f} ms")
            for name, sql in QUERIES.items():
                best = float("inf")
                for _ in range(3):
                    t0 = time.perf_counter()
                    ro.query(sql)
                    best = min(best, time.perf_counter() - t0)
                print(f"{name}: {best * 1000:.0f} ms (best of 3)")
        t0 = time.perf_counter()
        with store.transaction() as con:
            con.execute("UPDATE runs SET error = NULL WHERE id = 'run000'")
        print(
            f"one short write transaction (open, write, close) on the 1M-row file: {(time.perf_counter() - t0) * 1000:.0f} ms"
        )


def reader_wait(docs: int = 20) -> None:
    """How long a reader waits for the lock while `claims check` writes: ``python -m benchmarks.bench_store readers``."""
    import statistics
    import subprocess

    from tests.test_crash import CLAIMS, copies

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "c.duckdb"
        VerdictStore(db).close()
        src = copies(Path(tmp) / "docs", docs, "r")
        proc = subprocess.Popen([*CLAIMS, "check", str(src), "--db", str(db), "--format", "none"])
        waits = []
        while proc.poll() is None:
            t0 = time.perf_counter()
            with VerdictStore(db, read_only=True, lock_timeout=60) as ro:
                ro.query("SELECT count(*) FROM verdicts")
            waits.append(time.perf_counter() - t0)
            time.sleep(0.05)
        waits.sort()
        print(
            f"reader open+query while a run writes: n={len(waits)} median {statistics.median(waits) * 1000:.0f} ms,"
            f" p90 {waits[int(len(waits) * 0.9)] * 1000:.0f} ms, max {waits[-1] * 1000:.0f} ms"
        )


if __name__ == "__main__":
    if sys.argv[1:] == ["readers"]:
        reader_wait()
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
