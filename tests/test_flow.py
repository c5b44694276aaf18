"""The check-claims flow under one prefect_test_harness (session-scoped, ~15-25 s to start):
it stores a run with its flow run id, re-verifies the stored documents, and the artifact text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from claims import prefect_env
from tests.conftest import SEEDS

prefect_env.apply()


@pytest.fixture(scope="session")
def harness() -> Iterator[None]:
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.mark.prefect
@pytest.mark.timeout(240)
def test_flow_checks_then_reverifies_the_stored_documents(harness: None, tmp_path: Path) -> None:
    from claims.storage import VerdictStore
    from flows.check_claims import check_claims

    db = str(tmp_path / "c.duckdb")
    first = check_claims(paths=[str(SEEDS)], source="snapshot", db_path=db)
    assert first["status"] == "completed" and sum(first["counts"].values()) > 0
    again = check_claims(source="snapshot", db_path=db, reverify=True)
    assert again["status"] == "completed" and again["changed"] == 0
    with VerdictStore(db, read_only=True) as store:
        runs = store.runs()
        assert all(r["flow_run_id"] for r in runs)
        assert store.run(again["run_id"])["parameters"]["reverify"] is True
        assert store.diff(first["run_id"], again["run_id"]) == []


def test_the_summary_lists_counts_contradictions_and_changes() -> None:
    from claims.pipeline import RunResult
    from flows.check_claims import summary_markdown

    result = RunResult(run_id="r1", status="completed")
    result.changes = [{"doc": "a.txt", "text": "HK$1|2", "verdict_before": "supported", "verdict_now": "contradicted"}]
    text = summary_markdown(result)
    assert "| contradicted | 0 |" in text and "| changed | 1 |" in text
    assert "| a.txt | HK$1\\|2 | supported | contradicted |" in text
