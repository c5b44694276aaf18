"""Two `claims check` processes write the same DuckDB file at once while readers query it:
both runs complete, every verdict is there, the file is consistent, readers got answers."""

from __future__ import annotations

import subprocess
import threading
import time
from pathlib import Path

import pytest

from claims.storage import VerdictStore
from tests.test_crash import CLAIMS, consistent, copies

pytestmark = pytest.mark.timeout(120)


def test_two_runs_and_readers_at_once(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    VerdictStore(db).close()  # the schema exists before anyone reads
    dirs = [copies(tmp_path / tag, 8, tag) for tag in ("a", "b")]
    stop = threading.Event()
    answers: list[int] = []
    errors: list[BaseException] = []

    def read() -> None:
        while not stop.is_set():
            try:
                with VerdictStore(db, read_only=True, lock_timeout=30) as store:
                    answers.append(int(store.query("SELECT count(*) FROM verdicts")[1][0][0]))
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)
                return
            time.sleep(0.05)

    reader = threading.Thread(target=read)
    reader.start()
    procs = [
        subprocess.Popen([*CLAIMS, "check", str(d), "--db", str(db), "--format", "none"], stderr=subprocess.PIPE)
        for d in dirs
    ]
    cli_reader = subprocess.run(
        [*CLAIMS, "query", "SELECT count(*) AS n FROM runs", "--db", str(db), "--format", "csv"],
        capture_output=True,
        text=True,
    )
    results = [p.communicate(timeout=100) for p in procs]
    stop.set()
    reader.join()
    assert [p.returncode for p in procs] == [0, 0], [r[1][-500:] for r in results]
    assert cli_reader.returncode == 0, cli_reader.stderr
    assert not errors, errors
    assert answers  # readers were answered while the runs wrote
    counts = consistent(db)
    assert counts["documents"] == 16
    with VerdictStore(db, read_only=True) as store:
        runs = store.runs()
        assert sorted(r["status"] for r in runs) == ["completed", "completed"]
        assert sum(r["verdicts"] for r in runs) == counts["verdicts"] == counts["claims"]
