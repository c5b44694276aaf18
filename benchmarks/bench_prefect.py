"""The overhead Prefect adds per document: the check-claims flow vs ``run_check`` on the same
inputs (N distinct copies of a seed), the flow under one warm ``prefect_test_harness`` server.
``.venv/bin/python -m benchmarks.bench_prefect [N]``"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from claims import prefect_env

prefect_env.apply()


def main(n: int = 20) -> None:
    from prefect.testing.utilities import prefect_test_harness

    from claims import sources
    from claims.pipeline import run_check
    from claims.storage import VerdictStore
    from flows.check_claims import check_claims
    from tests.test_crash import copies

    with tempfile.TemporaryDirectory() as tmp:
        docs = str(copies(Path(tmp) / "docs", n, "p"))
        t0 = time.perf_counter()
        store = VerdictStore(Path(tmp) / "direct.duckdb")
        run_check([docs], source=sources.build("snapshot"), source_name="snapshot", store=store, db_path="x")
        direct = time.perf_counter() - t0
        with prefect_test_harness(server_startup_timeout=120):
            check_claims(paths=[docs], db_path=str(Path(tmp) / "warmup.duckdb"))  # warm the server and imports
            t0 = time.perf_counter()
            out = check_claims(paths=[docs], db_path=str(Path(tmp) / "flow.duckdb"))
            flow = time.perf_counter() - t0
        assert out["status"] == "completed", out
        print(f"{n} documents: run_check {direct:.2f} s, flow {flow:.2f} s (warm server)")
        print(f"Prefect overhead: {(flow - direct) / n * 1000:.0f} ms per document, {flow - direct:.2f} s per run")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
