"""The ``check-claims`` Prefect flow: ingest -> extract -> fetch references once -> verify -> store.

Each task is a one-line wrapper over a step in ``claims.pipeline``, and the flow runs the same
``pipeline.run_check`` as ``claims check`` with those tasks as its steps.
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
from claims.errors import ClaimCheckError  # noqa: E402
from claims.ingest import load_documents  # noqa: E402
from claims.site.builder import build_site, report_dir_for  # noqa: E402
from claims.storage import VerdictStore  # noqa: E402

# No Prefect retries anywhere (retries=0): transient source errors (SourceUnavailable) are retried
# in exactly one place, claims.sources.retry.RetryingSource, so attempts never multiply.
# No caching either: inputs (documents, reference books) are not worth hashing.
_OPTS: dict[str, Any] = {"retries": 0, "cache_policy": NO_CACHE}

STEPS = pipeline.Steps(
    ingest=task(name="ingest", **_OPTS)(load_documents),
    stored=task(name="load-stored-documents", **_OPTS)(pipeline.stored_inputs),
    analyze=task(name="extract", **_OPTS)(pipeline.analyze),
    fetch=task(name="fetch-references", **_OPTS)(pipeline.fetch_references),
    verify=task(name="verify", **_OPTS)(pipeline.verify),
    save=task(name="save", **_OPTS)(pipeline.save_batch),
)
REPORT = task(name="report", **_OPTS)(build_site)


@flow(name="check-claims", log_prints=True)
def check_claims(
    paths: list[str] | None = None,
    source: str = "snapshot",
    db_path: str = "data/claims.duckdb",
    published: str | None = None,
    reverify: bool = False,
    report_dir: str | None = None,
) -> dict[str, Any]:
    """Check the numbers in the given files, directories or URLs and store the verdicts.

    ``reverify``: ignore ``paths`` and re-check every document stored in ``db_path`` (the daily
    deployment); the run records which verdicts changed since each claim's previous run.
    ``report_dir``: where the run's HTML report goes (default ``<db dir>/reports/<run id>``);
    the ``report`` artifact links to it.
    """
    logger = get_run_logger()
    inputs = paths or ["seeds"]
    store = VerdictStore(db_path)  # holds no connection: every write is a short transaction
    result = pipeline.run_check(
        inputs,
        source=sources.build(source, store=store),
        source_name=source,
        store=store,
        db_path=db_path,
        published=date.fromisoformat(published) if published else None,
        flow_run_id=str(flow_run.get_id() or ""),
        progress=logger.info,
        reverify=reverify,
        steps=STEPS,
    )
    if result.error:
        logger.error("run %s %s: %s", result.run_id, result.status, result.error)
    logger.info("run %s %s: %s", result.run_id, result.status, result.summary_counts)
    report = _write_report(store, result, report_dir or str(report_dir_for(db_path, result.run_id)), logger)
    _publish_artifacts(result, report)
    return {
        "report": report,
        "run_id": result.run_id,
        "status": result.status,
        "error": result.error,
        "counts": result.counts,
        "changed": len(result.changes),
        "failures": [f.model_dump() for f in result.failures],
    }


def _write_report(store: VerdictStore, result: pipeline.RunResult, out_dir: str, logger: Any) -> str | None:
    """The run's HTML report (a file:// URI), or None, with a warning, when it cannot be written."""
    if result.status not in ("completed", "partial"):
        return None
    try:
        site = REPORT(store, out_dir, run=result.run_id)
    except (ClaimCheckError, OSError) as exc:
        logger.warning("run %s: no HTML report (%s)", result.run_id, exc)
        return None
    logger.info("run %s: HTML report %s", result.run_id, site.index.as_uri())
    return site.index.as_uri()


def _publish_artifacts(result: pipeline.RunResult, report: str | None = None) -> None:
    """A table of verdict counts, a markdown summary with the biggest contradictions and the changes,
    and a link to the run's HTML report."""
    from prefect.artifacts import create_link_artifact, create_markdown_artifact, create_table_artifact

    rows = [{"verdict": k, "count": v} for k, v in result.summary_counts.items()]
    create_table_artifact(key="verdict-counts", table=rows, description=f"run {result.run_id}: {result.status}")
    create_markdown_artifact(key="verdict-summary", markdown=summary_markdown(result, report=report))
    if report:
        create_link_artifact(
            key="report", link=report, link_text=f"HTML report of run {result.run_id}", description=report
        )


def summary_markdown(result: pipeline.RunResult, top: int = 10, report: str | None = None) -> str:
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
    lines = [f"# Run {result.run_id}: {result.status}", ""]
    if report:
        lines += [f"[HTML report: each article with its claims highlighted]({report})", ""]
    lines += ["| verdict | count |", "|---|---|"]
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
