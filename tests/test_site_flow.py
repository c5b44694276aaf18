"""Each check-claims flow run writes its HTML report and links it from its artifacts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEEDS
from tests.test_flow import harness  # noqa: F401  (the one session-scoped Prefect harness)


def test_the_summary_links_the_report() -> None:
    from claims.pipeline import RunResult
    from flows.check_claims import summary_markdown

    result = RunResult(run_id="r1", status="completed")
    text = summary_markdown(result, report="file:///srv/reports/r1/index.html")
    assert "[HTML report: each article with its claims highlighted](file:///srv/reports/r1/index.html)" in text
    assert "HTML report" not in summary_markdown(result)


def test_report_dir_for_a_run_sits_next_to_the_database(tmp_path: Path) -> None:
    from claims.site.builder import report_dir_for

    assert report_dir_for(tmp_path / "db" / "c.duckdb", "r1") == (tmp_path / "db" / "reports" / "r1").resolve()


@pytest.mark.prefect
@pytest.mark.timeout(240)
def test_a_flow_run_writes_its_report_and_links_it(harness: None, tmp_path: Path) -> None:  # noqa: F811
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    from flows.check_claims import check_claims

    db = tmp_path / "c.duckdb"
    out = check_claims(paths=[str(SEEDS)], source="snapshot", db_path=str(db))
    index = tmp_path / "reports" / out["run_id"] / "index.html"
    assert out["report"] == index.as_uri() and index.exists()
    assert len(list((index.parent / "docs").glob("*.html"))) == 2
    with get_client(sync_client=True) as client:
        links = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["report"])))
        summaries = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["verdict-summary"]))
        )
    assert index.as_uri() in [a.data for a in links] or any(index.as_uri() in str(a.data) for a in links)
    assert any(index.as_uri() in str(a.data) for a in summaries)
