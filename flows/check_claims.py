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
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.runtime import flow_run  # noqa: E402

from claims import pipeline, sources  # noqa: E402
from claims.entities import EntityTable  # noqa: E402
from claims.errors import ClaimCheckError  # noqa: E402
from claims.ingest import load_documents  # noqa: E402
from claims.storage import VerdictStore  # noqa: E402

# No Prefect retries anywhere (retries=0): transient source errors (SourceUnavailable) are retried
# in exactly one place, claims.sources.retry.RetryingSource, so attempts never multiply.
# No caching either: inputs (documents, reference books) are not worth hashing.
_OPTS: dict[str, Any] = {"retries": 0, "cache_policy": NO_CACHE}

ingest_task = task(name="ingest", **_OPTS)(
    lambda paths, published: load_documents(paths, published=published)  # noqa: E731
)
stored_task = task(name="load-stored-documents", **_OPTS)(pipeline.stored_inputs)
analyze_task = task(name="extract", **_OPTS)(pipeline.analyze)
fetch_task = task(name="fetch-references", **_OPTS)(pipeline.fetch_references)
verify_task = task(name="verify", **_OPTS)(pipeline.verify)
save_task = task(name="save", **_OPTS)(pipeline.save_batch)


@flow(name="check-claims", log_prints=True)
def check_claims(
    paths: list[str] | None = None,
    source: str = "snapshot",
    db_path: str = "data/claims.duckdb",
    published: str | None = None,
    reverify: bool = False,
) -> dict[str, Any]:
    """Check the numbers in the given files, directories or URLs and store the verdicts.

    ``reverify``: ignore ``paths`` and re-check every document stored in ``db_path`` (the daily
    deployment); the run records which verdicts changed since each claim's previous run.
    """
    logger = get_run_logger()
    inputs = paths or ["seeds"]
    day = date.fromisoformat(published) if published else None
    entities = EntityTable.load(sources.DATA_DIR / "entities.json")
    store = VerdictStore(db_path)  # holds no connection: every write is a short transaction
    params = pipeline.run_parameters(["stored documents"] if reverify else inputs, source, db_path, day)
    result = pipeline.begin_run(store, {**params, "reverify": reverify}, flow_run_id=str(flow_run.get_id() or ""))
    logger.info("run %s: %s", result.run_id, "re-verifying stored documents" if reverify else inputs)
    saver = pipeline.Saver(lambda batch: save_task(store, result.run_id, batch))
    ingested: list[Any] = []
    done = False
    try:
        src = sources.build(source, store=store)
        if reverify:
            ingested = stored_task(store)
        else:
            ingested, result.failures = ingest_task(inputs, day)
        store.record_failures(result.run_id, result.failures)
        for f in result.failures:
            logger.warning("skipped %s: %s", f.doc, f.error)
        unique, result.duplicates = pipeline.unique_documents(ingested)
        store.record_duplicates(result.run_id, result.duplicates)
        analyses = [analyze_task(i) for i in unique]
        book, result.source_calls = fetch_task(src, analyses, entities)
        for analysis in analyses:
            checked = verify_task(analysis, book, entities)
            saver.add(checked)
            result.checked.append(checked)
            logger.info("%s: %d claims", analysis.ingested.doc, len(checked.verdicts))
        saver.flush()
        done = True
    except ClaimCheckError as exc:
        result.status, result.error = "failed", str(exc)
        logger.error("run %s failed: %s", result.run_id, exc)
    finally:
        if not done and result.status == "running":
            result.status, result.error = "failed", "interrupted by an unexpected error"
        try:
            saver.flush()
        finally:
            pipeline.finish_run(store, result, ingested_any=bool(ingested))
    logger.info("run %s %s: %s", result.run_id, result.status, result.summary_counts)
    _publish_artifacts(result)
    return {
        "run_id": result.run_id,
        "status": result.status,
        "error": result.error,
        "counts": result.counts,
        "changed": len(result.changes),
        "failures": [f.model_dump() for f in result.failures],
    }


def _publish_artifacts(result: pipeline.RunResult) -> None:
    """A table of verdict counts, and a markdown summary with the biggest contradictions and the changes."""
    from prefect.artifacts import create_markdown_artifact, create_table_artifact

    rows = [{"verdict": k, "count": v} for k, v in result.summary_counts.items()]
    create_table_artifact(key="verdict-counts", table=rows, description=f"run {result.run_id}: {result.status}")
    create_markdown_artifact(key="verdict-summary", markdown=summary_markdown(result))


def summary_markdown(result: pipeline.RunResult, top: int = 10) -> str:
    texts = {c.id: c.quantity.text for d in result.checked for c in d.claims}
    worst = sorted(
        (
            (abs(v.relative_difference or 0.0), d.doc, texts.get(v.claim_id, ""), v.verdict, v.explanation)
            for d in result.checked
            for v in d.verdicts
            if v.verdict in ("contradicted", "misleading")
        ),
        key=lambda x: -x[0],
    )[:top]
    lines = [f"# Run {result.run_id}: {result.status}", "", "| verdict | count |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in result.summary_counts.items()]
    lines += ["", "## Most important contradictions", "", "| doc | claim | verdict | why |", "|---|---|---|---|"]
    lines += [f"| {doc} | {text} | {verdict} | {_cell(why)} |" for _, doc, text, verdict, why in worst]
    lines += ["", f"## Changed since the previous run ({len(result.changes)})", ""]
    lines += ["| doc | claim | before | now |", "|---|---|---|---|"]
    lines += [
        f"| {c['doc']} | {_cell(str(c['text']))} | {c['verdict_before']} | {c['verdict_now']} |"
        for c in result.changes[:50]
    ]
    return "\n".join(lines)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


if __name__ == "__main__":
    print(check_claims(paths=sys.argv[1:] or ["seeds"]))
