"""The ``check-claims`` Prefect flow: ingest -> extract -> fetch references once -> verify -> store.

Each task is a one-line wrapper over a step in ``claims.pipeline``; the flow only wires them.
Run it with ``claims check --prefect PATH...``, ``python -m flows.check_claims PATH...`` or
the deployments in ``prefect.yaml``.
"""

from __future__ import annotations

import sys
from datetime import date
from typing import Any

from claims import prefect_env

prefect_env.apply()

from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.runtime import flow_run  # noqa: E402

from claims import pipeline, sources  # noqa: E402
from claims.entities import EntityTable  # noqa: E402
from claims.errors import ClaimCheckError, SourceUnavailable  # noqa: E402
from claims.ingest import load_documents  # noqa: E402
from claims.storage import VerdictStore  # noqa: E402


def _transient(_task: Any, _run: Any, state: Any) -> bool:
    try:
        state.result()
    except SourceUnavailable:
        return True
    except Exception:
        return False
    return False


ingest_task = task(name="ingest")(lambda paths, published: load_documents(paths, published=published))
analyze_task = task(name="extract")(pipeline.analyze)
fetch_task = task(name="fetch-references", retries=0, retry_condition_fn=_transient)(pipeline.fetch_references)
verify_task = task(name="verify")(pipeline.verify)
save_task = task(name="save")(pipeline.save)


@flow(name="check-claims", log_prints=True)
def check_claims(
    paths: list[str] | None = None,
    source: str = "snapshot",
    db_path: str = "data/claims.duckdb",
    published: str | None = None,
) -> dict[str, Any]:
    """Check the numbers in the given files, directories or URLs and store the verdicts."""
    from claims.sources.snapshot import data_fingerprint

    logger = get_run_logger()
    inputs = paths or ["seeds"]
    day = date.fromisoformat(published) if published else None
    entities = EntityTable.load(sources.DATA_DIR / "entities.json")
    with VerdictStore(db_path) as store:
        run_id = store.start_run(
            pipeline.run_parameters(inputs, source, db_path, day),
            code_version=pipeline.code_version(),
            refdata_sha256=data_fingerprint(sources.DATA_DIR),
            flow_run_id=str(flow_run.get_id() or ""),
        )
        result = pipeline.RunResult(run_id=run_id, status="running")
        try:
            src = sources.build(source, store=store)
            ingested, result.failures = ingest_task(inputs, day)
            for f in result.failures:
                store.record_failure(run_id, f)
                logger.warning("skipped %s: %s", f.doc, f.error)
            analyses = [analyze_task(i) for i in ingested]
            book, result.source_calls = fetch_task(src, analyses, entities)
            for analysis in analyses:
                checked = verify_task(analysis, book, entities)
                save_task(store, run_id, checked)
                result.checked.append(checked)
                logger.info("%s: %d claims", analysis.ingested.doc, len(checked.verdicts))
            result.status = "failed" if not ingested else ("partial" if result.failures else "completed")
            result.error = None if ingested else "no document could be read"
        except ClaimCheckError as exc:
            result.status, result.error = "failed", str(exc)
        finally:
            if result.status == "running":
                result.status, result.error = "failed", "interrupted by an unexpected error"
            counts = {
                **result.counts,
                "documents": len(result.checked),
                "failed_inputs": len(result.failures),
                "source_calls": result.source_calls,
            }
            store.finish_run(run_id, result.status, counts, result.error)
    _publish_artifact(result)
    return {
        "run_id": run_id,
        "status": result.status,
        "error": result.error,
        "counts": result.counts,
        "failures": [f.model_dump() for f in result.failures],
    }


def _publish_artifact(result: pipeline.RunResult) -> None:
    from prefect.artifacts import create_table_artifact

    rows = [{"verdict": k, "count": v} for k, v in result.counts.items()]
    worst = [
        {"doc": d.doc, "claim": next(c.quantity.text for c in d.claims if c.id == v.claim_id), "why": v.explanation}
        for d in result.checked
        for v in d.verdicts
        if v.verdict in ("contradicted", "misleading")
    ]
    create_table_artifact(
        key="verdict-counts", table=rows + worst[:10], description=f"run {result.run_id}: {result.status}"
    )


if __name__ == "__main__":
    print(check_claims(paths=sys.argv[1:] or ["seeds"]))
