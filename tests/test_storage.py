"""VerdictStore: migrations, idempotent storage, run history, diff, changed verdicts, the lock."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from claims.errors import DatabaseLocked
from claims.pipeline import run_check
from claims.storage import MIGRATIONS, VerdictStore
from tests.fakes import FakeSource, price_values

TEXT = "Xiaomi shares closed at HK$15.36 on 5 August 2024.\n"


def source(close: float) -> FakeSource:
    return FakeSource({("price", "1810.HK"): price_values("1810.HK", {"2024-08-05": (15.0, 15.5, 14.9, close)})})


def check(store: VerdictStore, path: Path, close: float) -> str:
    result = run_check([str(path)], source=source(close), source_name="fake", store=store, db_path=":memory:")
    assert result.status == "completed", result.error
    return result.run_id


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "xiaomi.txt"
    path.write_text(TEXT)
    return path


def count(store: VerdictStore, table: str) -> int:
    return int(store.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # type: ignore[index]


def test_all_migrations_apply_once(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    VerdictStore(db).close()
    with VerdictStore(db) as again:  # reopening applies nothing twice
        assert again.schema_version() == max(v for v, _, _ in MIGRATIONS)


def test_diff_reports_exactly_the_claim_whose_reference_changed(store: VerdictStore, article: Path) -> None:
    first = check(store, article, 15.36)
    second = check(store, article, 17.20)
    (changed,) = store.diff(first, second)
    assert changed["text"] == "HK$15.36"
    assert (changed["verdict_a"], changed["verdict_b"]) == ("supported", "contradicted")
    assert (changed["reference_a"], changed["reference_b"]) == (15.36, 17.20)
    assert store.diff(second, "latest") == []
    # the second run recorded the change, and the view shows it
    assert store.run(second)["counts"]["changed"] == 1
    assert [c["verdict_now"] for c in store.changes_for(second)] == ["contradicted"]
    rows = store.query("SELECT text, previous_verdict, verdict, previous_run_id, run_id FROM changed_verdicts")[1]
    assert rows == [("HK$15.36", "supported", "contradicted", first, second)]


def test_runs_keep_their_verdicts_and_provenance(store: VerdictStore, article: Path) -> None:
    first = check(store, article, 15.36)
    check(store, article, 17.20)
    runs = store.runs()
    assert [r["id"] for r in runs][1] == first and all(r["status"] == "completed" for r in runs)
    run = store.run(first)
    assert len(run["refdata_sha256"]) == 64 and run["code_version"]
    assert run["parameters"]["inputs"] == [str(article)] and run["parameters"]["source"] == "fake"
    assert [v["verdict"] for v in store.verdicts_for(first)] == ["supported"]  # never overwritten


def test_storing_a_document_again_adds_no_document_or_claim(store: VerdictStore, article: Path) -> None:
    check(store, article, 15.36)
    before = {t: count(store, t) for t in ("documents", "claims", "reference_values")}
    check(store, article, 15.36)
    assert {t: count(store, t) for t in before} == before
    assert count(store, "verdicts") == 2  # one per run


def test_copies_with_the_same_text_are_checked_once_per_run(store: VerdictStore, tmp_path: Path) -> None:
    paths = []
    for name in ("a.txt", "b.txt"):
        paths.append(tmp_path / name)
        paths[-1].write_text(TEXT)
    result = run_check(
        [str(p) for p in paths], source=source(15.36), source_name="fake", store=store, db_path=":memory:"
    )
    assert result.status == "completed" and len(result.duplicates) == 1
    assert [d["status"] for d in store.run_documents(result.run_id)] == ["checked", "duplicate"]


def test_reverify_checks_the_stored_documents(store: VerdictStore, article: Path) -> None:
    first = check(store, article, 15.36)
    article.unlink()  # the text lives in the database
    result = run_check([], source=source(17.2), source_name="fake", store=store, db_path=":memory:", reverify=True)
    assert result.status == "completed" and len(result.changes) == 1
    assert [c["previous_run_id"] for c in result.changes] == [first]
    assert [d["doc"] for d in store.run_documents(result.run_id)] == [str(article)]


def test_runs_of_vanished_processes_become_incomplete(store: VerdictStore) -> None:
    run_id = store.start_run({}, code_version="x", refdata_sha256="y")
    store.con.execute("UPDATE runs SET pid = 999999999 WHERE id = ?", [run_id])
    assert store.mark_incomplete_runs() == [run_id]
    assert store.run(run_id)["status"] == "incomplete"


def test_a_held_lock_is_waited_for_then_named(tmp_path: Path) -> None:
    db = tmp_path / "c.duckdb"
    VerdictStore(db).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb,time; c=duckdb.connect({str(db)!r}); print('held', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(DatabaseLocked, match=f"process {holder.pid}"):
            VerdictStore(db, lock_timeout=0.3)
    finally:
        holder.kill()
        holder.wait()
    with VerdictStore(db, lock_timeout=5) as store:
        assert store.schema_version() >= 2


def test_reverify_with_nothing_stored_fails_saying_why(store: VerdictStore) -> None:
    result = run_check([], source=source(1.0), source_name="fake", store=store, db_path="x.duckdb", reverify=True)
    assert result.status == "failed" and "no stored documents" in (result.error or "")


def test_cli_runs_and_diff_read_the_file(tmp_path: Path, article: Path) -> None:
    import json

    from click.testing import CliRunner

    from claims.cli import main

    db = tmp_path / "c.duckdb"
    with VerdictStore(db) as file_store:
        first = check(file_store, article, 15.36)
        second = check(file_store, article, 17.20)
    runs = CliRunner().invoke(main, ["runs", "--db", str(db), "--format", "json"])
    assert runs.exit_code == 0, runs.output
    assert [r["id"] for r in json.loads(runs.output)] == [second, first]
    diff = CliRunner().invoke(main, ["diff", first, "latest", "--db", str(db), "--format", "json"])
    assert diff.exit_code == 0, diff.output
    (row,) = json.loads(diff.output)
    assert (row["text"], row["verdict_a"], row["verdict_b"]) == ("HK$15.36", "supported", "contradicted")
