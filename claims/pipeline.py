"""The pipeline's steps as plain functions, and ``run_check`` which chains them for the CLI.

The Prefect flow (``flows/check_claims.py``) calls the same steps as tasks; ``claims check``
calls ``run_check`` directly so that checking one article needs neither Prefect nor yfinance.

Writing: all the computing (ingest, extract, fetch, verify) happens outside the database; the
results go in through short transactions (``Saver``: a batch of documents at most every
``SAVE_EVERY_S`` seconds), each opening the file, writing and closing it, so that another run or
a reader waits at most about one transaction for the file's lock (docs/OPERATIONS.md). A run
killed mid-way leaves whole documents only; the next run marks it ``incomplete``.
"""

from __future__ import annotations

import subprocess
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from claims.entities import EntityTable
from claims.errors import ClaimCheckError, InputError, StorageError
from claims.extract import extract_claims, extract_relations
from claims.ingest import DEFAULT_MAX_BYTES, Ingested, load_documents, redact
from claims.models import VERDICT_LABELS, CheckedDocument, Claim, InputFailure, ReferenceValue, Relation, Verdict
from claims.sources import DATA_DIR, ReferenceBook, ReferenceSource, fill_book
from claims.storage import VerdictStore
from claims.verify import plan_queries, verify_claims

Progress = Callable[[str], None]
LARGE_DOCUMENT_CHARS = 1_000_000  # from this size on, each step of a document is reported as progress


@dataclass
class Analysis:
    """A document's claims and relations (the output of extraction)."""

    ingested: Ingested
    claims: list[Claim]
    relations: list[Relation]


@dataclass
class RunResult:
    run_id: str
    status: str  # completed | partial | failed | interrupted
    checked: list[CheckedDocument] = field(default_factory=list)
    failures: list[InputFailure] = field(default_factory=list)
    source_calls: int = 0
    error: str | None = None
    duplicates: list[tuple[str, str, str]] = field(default_factory=list)  # (doc, doc_id, same text as)
    changes: list[dict[str, Any]] = field(default_factory=list)  # verdicts that differ from the previous run

    @property
    def counts(self) -> dict[str, int]:
        c = Counter(v.verdict for d in self.checked for v in d.verdicts)
        return {label: c.get(label, 0) for label in VERDICT_LABELS}

    @property
    def summary_counts(self) -> dict[str, int]:
        """What ``runs.counts`` records: verdicts by label, documents, failures, source calls, changes."""
        return {
            **self.counts,
            "documents": len(self.checked),
            "duplicates": len(self.duplicates),
            "failed_inputs": len(self.failures),
            "source_calls": self.source_calls,
            "changed": len(self.changes),
        }


def analyze(ingested: Ingested, entities: EntityTable | None = None) -> Analysis:
    """Extract the claims of one document and the relations between them."""
    claims = extract_claims(ingested.document, entities)
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


def record_book(store: VerdictStore, run_id: str, book: ReferenceBook) -> None:
    """Store every series the run fetched (or why it could not), for ``--source stored``."""
    fetched = sorted(
        (kind, series, book.error_for(kind, series), book.error_kind(kind, series)) for kind, series in book.fetched
    )
    store.record_book(run_id, fetched, book.values)


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


def save_batch(store: VerdictStore, run_id: str, batch: Sequence[CheckedDocument]) -> None:
    """Several documents in one short transaction (all or none)."""
    store.save_many(run_id, [(c, used_references(c), coverage(c.verdicts)) for c in batch])


SAVE_EVERY_S = 1.0


class Saver:
    """Collects checked documents and writes them in short transactions: when ``SAVE_EVERY_S``
    seconds have passed since the last write, and at ``flush()``."""

    def __init__(
        self,
        write: Callable[[list[CheckedDocument]], None],
        *,
        every_s: float = SAVE_EVERY_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.write = write
        self.every_s = every_s
        self.clock = clock
        self.pending: list[CheckedDocument] = []
        self.last = clock()
        self.saved = 0

    def add(self, checked: CheckedDocument) -> None:
        self.pending.append(checked)
        if self.clock() - self.last >= self.every_s:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            batch, self.pending = self.pending, []
            self.write(batch)
            self.saved += len(batch)
        self.last = self.clock()


def unique_documents(ingested: Sequence[Ingested]) -> tuple[list[Ingested], list[tuple[str, str, str]]]:
    """The inputs with distinct text, and (doc, doc_id, first doc) for each repeat (checked once)."""
    first: dict[str, str] = {}
    unique: list[Ingested] = []
    repeats: list[tuple[str, str, str]] = []
    for item in ingested:
        doc_id = item.document.id
        if doc_id in first:
            repeats.append((item.doc, doc_id, first[doc_id]))
        else:
            first[doc_id] = item.doc
            unique.append(item)
    return unique, repeats


def stored_inputs(store: VerdictStore) -> list[Ingested]:
    """Every document stored by an earlier run (for re-verification), under its first name."""
    return [Ingested(doc, document) for doc, document in store.stored_documents()]


def begin_run(
    store: VerdictStore,
    parameters: dict[str, Any],
    *,
    data_dir: Path = DATA_DIR,
    flow_run_id: str | None = None,
) -> RunResult:
    from claims.sources.snapshot import data_fingerprint

    run_id = store.start_run(
        parameters,
        code_version=code_version(),
        refdata_sha256=data_fingerprint(data_dir),
        flow_run_id=flow_run_id,
    )
    return RunResult(run_id=run_id, status="running")


def finish_run(store: VerdictStore, result: RunResult, *, ingested_any: bool) -> None:
    """Set the final status (unless already failed), note the verdicts that changed, and record it."""
    if result.status == "running":
        result.status = "partial" if result.failures else "completed"
        if not ingested_any:
            result.status, result.error = "failed", "no document could be read"
    if result.checked:
        result.changes = store.changes_for(result.run_id)
    store.finish_run(result.run_id, result.status, result.summary_counts, result.error)


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


def run_parameters(
    inputs: Sequence[str], source: str, db_path: str, published: date | None, *, reverify: bool = False
) -> dict[str, Any]:
    return {
        "inputs": [redact(i) for i in inputs],  # no URL credentials in the database
        "source": source,
        "db_path": db_path,
        "published": published.isoformat() if published else None,
        "reverify": reverify,
    }


def _isolate(store: VerdictStore, result: RunResult, doc: str, step: str, exc: Exception, say: Progress) -> None:
    """Record a document that failed with an unexpected error; the run goes on and ends partial."""
    failure = InputFailure(
        doc=doc,
        error=f"{doc}: unexpected {type(exc).__name__} while {step}: {str(exc).splitlines()[0] if str(exc) else ''}",
    )
    result.failures.append(failure)
    store.record_failures(result.run_id, [failure])
    say(f"skipped {doc}: {failure.error}")


@dataclass(frozen=True)
class Steps:
    """The steps ``run_check`` chains. The Prefect flow passes the same functions wrapped as tasks."""

    ingest: Callable[..., tuple[list[Ingested], list[InputFailure]]] = load_documents
    stored: Callable[[VerdictStore], list[Ingested]] = stored_inputs
    analyze: Callable[..., Analysis] = analyze  # (ingested, entities) -> Analysis
    fetch: Callable[[ReferenceSource, Sequence[Analysis], EntityTable], tuple[ReferenceBook, int]] = fetch_references
    verify: Callable[[Analysis, ReferenceBook, EntityTable], CheckedDocument] = verify
    save: Callable[[VerdictStore, str, Sequence[CheckedDocument]], None] = save_batch


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
    reverify: bool = False,
    steps: Steps | None = None,
) -> RunResult:
    """Ingest, extract, fetch, verify and store, writing in short transactions as documents are done.

    ``reverify``: check the documents stored in ``store`` by earlier runs instead of ``inputs``.
    """
    say = progress or (lambda _msg: None)
    step = steps or Steps()
    entities = EntityTable.load(data_dir / "entities.json")
    params = run_parameters(["stored documents"] if reverify else inputs, source_name, db_path, published)
    result = begin_run(store, {**params, "reverify": reverify}, data_dir=data_dir, flow_run_id=flow_run_id)
    ingested: list[Ingested] = []
    saver = Saver(lambda batch: step.save(store, result.run_id, batch))
    done = False
    try:
        if reverify:
            ingested = step.stored(store)
            if not ingested:
                raise InputError(f"{db_path} has no stored documents to re-verify; run `claims check PATH...` first")
        else:
            ingested, result.failures = step.ingest(inputs, published=published, max_bytes=max_bytes)
        store.record_failures(result.run_id, result.failures)
        for f in result.failures:
            say(f"skipped {f.doc}: {f.error}")
        unique, result.duplicates = unique_documents(ingested)
        store.record_duplicates(result.run_id, result.duplicates)
        analyses = []
        for item in unique:
            large = len(item.document.text) >= LARGE_DOCUMENT_CHARS
            if large:
                say(f"{item.doc}: extracting claims from {len(item.document.text) / 1e6:.1f} M characters …")
            t0 = time.monotonic()
            try:
                analyses.append(step.analyze(item, entities))
            except Exception as exc:  # one document's bug must not sink the others: it is reported
                _isolate(store, result, item.doc, "extracting", exc, say)
                continue
            if large:
                say(f"{item.doc}: {len(analyses[-1].claims):,} claims in {time.monotonic() - t0:.0f} s; verifying …")
        book, result.source_calls = step.fetch(source, analyses, entities)
        record_book(store, result.run_id, book)
        for n, analysis in enumerate(analyses, start=1):
            try:
                checked = step.verify(analysis, book, entities)
            except Exception as exc:  # as above
                _isolate(store, result, analysis.ingested.doc, "verifying", exc, say)
                continue
            if len(analysis.ingested.document.text) >= LARGE_DOCUMENT_CHARS:
                say(f"{analysis.ingested.doc}: storing {len(checked.verdicts):,} verdicts …")
            saver.add(checked)
            result.checked.append(checked)
            say(f"[{n}/{len(analyses)}] {analysis.ingested.doc}: {len(checked.verdicts)} claims")
        saver.flush()
        done = True
    except ClaimCheckError as exc:
        result.status, result.error = "failed", str(exc)
        if isinstance(exc, StorageError):
            saver.pending.clear()  # the database itself failed: do not try again
    except KeyboardInterrupt:  # Ctrl-C / SIGINT, also when DuckDB was writing: stop now, say so
        result.status, result.error = "interrupted", "interrupted (SIGINT)"
        saver.pending.clear()
        raise
    finally:
        if not done and result.status == "running":  # an unexpected exception is propagating
            result.status, result.error = "failed", "interrupted by an unexpected error"
        try:
            saver.flush()  # what was verified before a failure is kept
        finally:
            finish_run(store, result, ingested_any=bool(ingested))
    return result
