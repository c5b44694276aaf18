"""The pipeline's steps as plain functions, and ``run_check`` which chains them for the CLI.

The Prefect flow (``flows/check_claims.py``) calls the same steps as tasks; ``claims check``
calls ``run_check`` directly so that checking one article needs neither Prefect nor yfinance.
"""

from __future__ import annotations

import subprocess
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from claims.entities import EntityTable
from claims.errors import ClaimCheckError
from claims.extract import extract_claims, extract_relations
from claims.ingest import DEFAULT_MAX_BYTES, Ingested, load_documents
from claims.models import VERDICT_LABELS, CheckedDocument, Claim, InputFailure, ReferenceValue, Relation, Verdict
from claims.sources import DATA_DIR, ReferenceBook, ReferenceSource, fill_book
from claims.storage import VerdictStore
from claims.verify import plan_queries, verify_claims

Progress = Callable[[str], None]


@dataclass
class Analysis:
    """A document's claims and relations (the output of extraction)."""

    ingested: Ingested
    claims: list[Claim]
    relations: list[Relation]


@dataclass
class RunResult:
    run_id: str
    status: str  # completed | partial | failed
    checked: list[CheckedDocument] = field(default_factory=list)
    failures: list[InputFailure] = field(default_factory=list)
    source_calls: int = 0
    error: str | None = None

    @property
    def counts(self) -> dict[str, int]:
        c = Counter(v.verdict for d in self.checked for v in d.verdicts)
        return {label: c.get(label, 0) for label in VERDICT_LABELS}


def analyze(ingested: Ingested) -> Analysis:
    """Extract the claims of one document and the relations between them."""
    claims = extract_claims(ingested.document)
    return Analysis(ingested, claims, extract_relations(ingested.document, claims))


def fetch_references(
    source: ReferenceSource, analyses: Sequence[Analysis], entities: EntityTable
) -> tuple[ReferenceBook, int]:
    """Every reference series the run needs, each fetched once."""
    return fill_book(source, [q for a in analyses for q in plan_queries(a.claims, entities)])


def verify(analysis: Analysis, book: ReferenceBook, entities: EntityTable) -> CheckedDocument:
    verdicts = verify_claims(analysis.claims, analysis.relations, book, entities)
    return CheckedDocument(
        document=analysis.ingested.document,
        doc=analysis.ingested.doc,
        claims=analysis.claims,
        relations=analysis.relations,
        verdicts=verdicts,
        numbers_found=len(analysis.claims),
    )


def used_references(checked: CheckedDocument) -> list[ReferenceValue]:
    return [v for verdict in checked.verdicts for e in verdict.evidence for v in e.values]


def coverage(verdicts: Sequence[Verdict]) -> dict[str, Any]:
    """Numbers found, claims checked, each verdict, and the unverifiable ones grouped by reason."""
    counts = Counter(v.verdict for v in verdicts)
    reasons = Counter(v.reason or "unknown" for v in verdicts if v.verdict == "unverifiable")
    return {
        "numbers_found": len(verdicts),
        "checked": len(verdicts) - counts.get("unverifiable", 0),
        **{label: counts.get(label, 0) for label in VERDICT_LABELS},
        "unverifiable_reasons": dict(reasons.most_common()),
    }


def save(store: VerdictStore, run_id: str, checked: CheckedDocument) -> None:
    store.save_checked(run_id, checked, used_references(checked), coverage(checked.verdicts))


def code_version() -> str:
    root = Path(__file__).resolve().parent.parent
    try:
        out = subprocess.run(
            ["git", "-C", str(root), "describe", "--always", "--dirty"], capture_output=True, text=True, timeout=5
        )
        if out.returncode == 0:
            return out.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    from importlib.metadata import version

    return version("claims")


def run_parameters(inputs: Sequence[str], source: str, db_path: str, published: date | None) -> dict[str, Any]:
    return {
        "inputs": list(inputs),
        "source": source,
        "db_path": db_path,
        "published": published.isoformat() if published else None,
    }


def run_check(
    inputs: Sequence[str],
    *,
    source: ReferenceSource,
    source_name: str,
    store: VerdictStore,
    db_path: str,
    published: date | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    data_dir: Path = DATA_DIR,
    flow_run_id: str | None = None,
    progress: Progress | None = None,
) -> RunResult:
    """Ingest, extract, fetch, verify and store; every document is saved as soon as it is done."""
    from claims.sources.snapshot import data_fingerprint

    say = progress or (lambda _msg: None)
    entities = EntityTable.load(data_dir / "entities.json")
    run_id = store.start_run(
        run_parameters(inputs, source_name, db_path, published),
        code_version=code_version(),
        refdata_sha256=data_fingerprint(data_dir),
        flow_run_id=flow_run_id,
    )
    result = RunResult(run_id=run_id, status="running")
    try:
        ingested, failures = load_documents(inputs, published=published, max_bytes=max_bytes)
        result.failures = failures
        for f in failures:
            store.record_failure(run_id, f)
            say(f"skipped {f.doc}: {f.error}")
        analyses = [analyze(i) for i in ingested]
        book, result.source_calls = fetch_references(source, analyses, entities)
        for n, analysis in enumerate(analyses, start=1):
            checked = verify(analysis, book, entities)
            save(store, run_id, checked)
            result.checked.append(checked)
            say(f"[{n}/{len(analyses)}] {analysis.ingested.doc}: {len(checked.verdicts)} claims")
        result.status = "partial" if failures else "completed"
        if not ingested:
            result.status = "failed"
            result.error = "no document could be read"
    except ClaimCheckError as exc:
        result.status, result.error = "failed", str(exc)
    finally:
        if result.status == "running":  # an unexpected exception is propagating
            result.status, result.error = "failed", "interrupted by an unexpected error"
        store.finish_run(
            run_id,
            result.status,
            {
                **result.counts,
                "documents": len(result.checked),
                "failed_inputs": len(result.failures),
                "source_calls": result.source_calls,
            },
            result.error,
        )
    return result
