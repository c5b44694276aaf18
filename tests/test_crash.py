"""Crash safety: a `claims check` killed with SIGKILL mid-run leaves a consistent file (whole
documents only), the run is marked incomplete on the next start, a re-run stores everything once,
and completed runs never change."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from claims.storage import VerdictStore
from tests.conftest import SEEDS

pytestmark = pytest.mark.timeout(120)

CLAIMS = [str(Path(sys.executable).with_name("claims"))]


def copies(where: Path, n: int, tag: str) -> Path:
    """``n`` documents with distinct text (a seed plus a line), each with the seed's sidecar."""
    where.mkdir(parents=True)
    seed = SEEDS / "000_fcf98af3e00acd2b.txt"
    meta = seed.with_name(seed.name + ".meta.json")
    for i in range(n):
        path = where / f"{tag}_{i:03d}.txt"
        path.write_text(seed.read_text() + f"\nCopy {tag} {i}.\n")
        path.with_name(path.name + ".meta.json").write_text(meta.read_text())
    return where


def consistent(db: Path) -> dict[str, int]:
    """Every stored document of every run has all its verdicts; ids are unique; returns counts."""
    with VerdictStore(db, read_only=True) as store:
        q = store.con.execute
        half = q(
            "SELECT rd.run_id, rd.doc FROM run_documents rd JOIN claims c ON c.doc_id = rd.doc_id"
            " LEFT JOIN verdicts v ON v.run_id = rd.run_id AND v.claim_id = c.id"
            " WHERE rd.status = 'checked' AND v.claim_id IS NULL"
        ).fetchall()
        assert half == [], "a document stored without all its verdicts"
        orphans = q(
            "SELECT count(*) FROM verdicts v ANTI JOIN run_documents rd ON rd.run_id = v.run_id AND rd.doc_id = v.doc_id"
        ).fetchone()
        assert orphans == (0,), "verdicts of a document the run never recorded"
        for table, key in (("claims", "id"), ("documents", "id"), ("verdicts", "run_id || claim_id")):
            total, distinct = q(f"SELECT count(*), count(DISTINCT {key}) FROM {table}").fetchone()  # type: ignore[misc]
            assert total == distinct, f"duplicate rows in {table}"
        return {t: q(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "claims", "verdicts")}  # type: ignore[index]


def snapshot(db: Path, run_id: str) -> list[tuple[object, ...]]:
    with VerdictStore(db, read_only=True) as store:
        run = store.con.execute("SELECT * FROM runs WHERE id = ?", [run_id]).fetchall()
        rows = store.con.execute("SELECT * FROM verdicts WHERE run_id = ? ORDER BY claim_id", [run_id]).fetchall()
        return run + rows


def test_a_killed_run_leaves_whole_documents_and_a_rerun_stores_everything_once(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    done = subprocess.run([*CLAIMS, "check", str(SEEDS), "--db", str(db), "--format", "none"], capture_output=True)
    assert done.returncode == 0, done.stderr
    with VerdictStore(db, read_only=True) as store:
        completed = store.runs()[0]["id"]
    before = snapshot(db, completed)

    docs = copies(tmp_path / "docs", 20, "k")
    proc = subprocess.Popen(
        [*CLAIMS, "check", str(docs), "--db", str(db), "--format", "none"],
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert proc.stderr is not None
    for line in proc.stderr:
        if line.startswith("[4/20]"):
            os.killpg(proc.pid, signal.SIGKILL)  # mid-run, between or during writes
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    consistent(db)

    with VerdictStore(db) as store:
        (killed,) = store.mark_incomplete_runs()
        assert store.run(killed)["status"] == "incomplete"
    rerun = subprocess.run([*CLAIMS, "check", str(docs), "--db", str(db), "--format", "none"], capture_output=True)
    assert rerun.returncode == 0, rerun.stderr
    counts = consistent(db)
    with VerdictStore(db, read_only=True) as store:
        latest = store.runs()[0]
        assert latest["status"] == "completed"
        per_doc = store.con.execute(
            "SELECT count(*) FROM claims WHERE doc_id IN (SELECT doc_id FROM run_documents WHERE run_id = ?)",
            [latest["id"]],
        ).fetchone()
        assert latest["verdicts"] == per_doc[0]  # type: ignore[index]
        assert [r["status"] for r in store.runs()] == ["completed", "incomplete", "completed"]
    assert counts["documents"] == 2 + 20
    assert snapshot(db, completed) == before  # completed runs never change
