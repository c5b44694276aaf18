"""The deployments for real: a local Prefect server on a free port with a temporary PREFECT_HOME,
the process pool, `prefect deploy --all`, a worker; an ad-hoc run lands its verdicts in DuckDB.
The daily schedule is read through the API (no waiting for the scheduler). `make test-integration`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from claims.ops import LocalPrefect
from claims.storage import VerdictStore
from tests.conftest import SEEDS

pytestmark = [pytest.mark.integration, pytest.mark.timeout(300)]


@pytest.fixture(scope="module")
def local_prefect(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalPrefect]:
    lp = LocalPrefect(tmp_path_factory.mktemp("prefect-home"))
    try:
        lp.start_server()
        lp.create_pool()
        lp.deploy()
        lp.start_worker()
        yield lp
    finally:
        lp.stop()  # every process group we started


def test_daily_deployment_is_scheduled_in_hong_kong(local_prefect: LocalPrefect) -> None:
    daily = local_prefect.deployment("check-claims/daily")
    schedules = [s["schedule"] for s in daily["schedules"] if s.get("active", True)]
    assert [(s["cron"], s["timezone"]) for s in schedules] == [("30 2 * * *", "Asia/Hong_Kong")]
    assert daily["parameters"]["reverify"] is True and daily["parameters"]["source"] == "live"
    adhoc = local_prefect.deployment("check-claims/adhoc")
    assert adhoc["schedules"] == []
    env = daily["job_variables"]["env"]
    assert env["PREFECT_SERVER_ANALYTICS_ENABLED"] == "false" and env["DO_NOT_TRACK"] == "1"


def test_adhoc_run_stores_verdicts(local_prefect: LocalPrefect, tmp_path: Path) -> None:
    db = tmp_path / "claims.duckdb"
    flow_run_id = local_prefect.trigger(
        "check-claims/adhoc", {"paths": [str(SEEDS)], "source": "snapshot", "db_path": str(db)}
    )
    assert local_prefect.wait(flow_run_id, timeout=240) == "COMPLETED"
    with VerdictStore(db, read_only=True) as store:
        (run,) = store.runs()
        assert run["status"] == "completed" and run["flow_run_id"] == flow_run_id
        verdicts = store.verdicts_for(run["id"])
    assert len(verdicts) == run["verdicts"] > 0
    assert {v["doc"] for v in verdicts} == {str(p) for p in sorted(SEEDS.glob("*.txt"))}
