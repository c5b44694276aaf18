"""``VerdictStore``: the only module that imports duckdb or contains SQL (bound parameters only).

Tables: ``documents``, ``claims``, ``relations``, ``reference_values``, ``verdicts``,
``verdict_references``, ``runs``, ``run_documents``; migrations recorded in
``schema_migrations``. Views (docs/OPERATIONS.md): ``latest_verdicts``, ``claim_history``,
``changed_verdicts``, ``verdict_counts``, ``run_summary``. A run's verdicts are keyed by
(run_id, claim_id) and never overwritten; documents are keyed by the sha256 of their text and
claims by (document, start, end), so storing a document again changes nothing.

DuckDB lets one process write *or* many read a file, and any open connection holds that lock.
So a store on a file holds no connection: every operation opens the file, does one short
transaction and closes it again, waiting (up to ``lock_timeout`` seconds, with backoff) while
another process holds the lock; the error then names the holder. Read-only stores (``claims
query``/``verdicts``) keep their connection for their (short) life. ``session()`` holds one
connection across several operations where a caller wants that (bulk loads).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from claims.errors import DatabaseLocked, ReadOnlyQuery, StorageError
from claims.models import CheckedDocument, Document, InputFailure, ReferenceValue, Verdict

DEFAULT_LOCK_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class StoredSeries:
    """A series as an earlier run fetched it: ``run_id`` (None: a database older than run books),
    its values in order, or the error the source gave that run."""

    run_id: str | None
    values: list[ReferenceValue]
    error: str | None = None
    error_kind: str | None = None  # "not_found" (the source lacks the series) or "bad_data"


MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "initial schema",
        """
        CREATE TABLE runs (
            id VARCHAR PRIMARY KEY, started_at TIMESTAMPTZ NOT NULL, finished_at TIMESTAMPTZ,
            status VARCHAR NOT NULL, parameters VARCHAR, counts VARCHAR, code_version VARCHAR,
            refdata_sha256 VARCHAR, flow_run_id VARCHAR, pid INTEGER, host VARCHAR, error VARCHAR);
        CREATE TABLE documents (
            id VARCHAR PRIMARY KEY, source VARCHAR, title VARCHAR, published DATE,
            published_basis VARCHAR, published_note VARCHAR, text VARCHAR, first_seen TIMESTAMPTZ);
        CREATE TABLE run_documents (
            run_id VARCHAR NOT NULL, doc VARCHAR NOT NULL, doc_id VARCHAR, status VARCHAR NOT NULL,
            error VARCHAR, numbers_found INTEGER, coverage VARCHAR, PRIMARY KEY (run_id, doc));
        CREATE TABLE claims (
            id VARCHAR PRIMARY KEY, doc_id VARCHAR NOT NULL, start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL, text VARCHAR, value DOUBLE, value_high DOUBLE, unit VARCHAR,
            currency VARCHAR, hedge VARCHAR, direction VARCHAR, subject VARCHAR, metric VARCHAR,
            aspect VARCHAR, period_start DATE, period_end DATE, period_label VARCHAR,
            is_forecast BOOLEAN, sentence VARCHAR, data VARCHAR);
        CREATE TABLE relations (
            run_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, kind VARCHAR, operands VARCHAR,
            result VARCHAR, op VARCHAR, cue VARCHAR);
        CREATE TABLE reference_values (
            id VARCHAR PRIMARY KEY, source VARCHAR, kind VARCHAR, series VARCHAR, key VARCHAR,
            metric VARCHAR, value DOUBLE, unit VARCHAR, currency VARCHAR, basis VARCHAR,
            citation VARCHAR, retrieved_at TIMESTAMPTZ, is_fallback BOOLEAN, row VARCHAR);
        CREATE TABLE verdicts (
            run_id VARCHAR NOT NULL, claim_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, doc VARCHAR,
            start_offset INTEGER, end_offset INTEGER, text VARCHAR, subject VARCHAR, metric VARCHAR,
            verdict VARCHAR NOT NULL, reason VARCHAR, claimed_value DOUBLE, reference_value DOUBLE,
            unit VARCHAR, currency VARCHAR, difference DOUBLE, relative_difference DOUBLE,
            tolerance DOUBLE, tolerance_reason VARCHAR, check_name VARCHAR, reading VARCHAR,
            readings_agree BOOLEAN, explanation VARCHAR, evidence VARCHAR, created_at TIMESTAMPTZ,
            PRIMARY KEY (run_id, claim_id));
        CREATE TABLE verdict_references (
            run_id VARCHAR NOT NULL, claim_id VARCHAR NOT NULL, ref_id VARCHAR NOT NULL);
        CREATE VIEW latest_verdicts AS
            SELECT v.* FROM verdicts v JOIN runs r ON r.id = v.run_id
            QUALIFY row_number() OVER (PARTITION BY v.claim_id ORDER BY r.started_at DESC) = 1;
        CREATE VIEW claim_history AS
            SELECT v.claim_id, v.doc, v.text, r.started_at, v.run_id, v.verdict, v.reference_value,
                   lag(v.verdict) OVER (PARTITION BY v.claim_id ORDER BY r.started_at) AS previous_verdict,
                   v.explanation
            FROM verdicts v JOIN runs r ON r.id = v.run_id;
        CREATE VIEW verdict_counts AS
            SELECT run_id, doc, verdict, count(*) AS n FROM verdicts GROUP BY ALL;
        CREATE VIEW run_summary AS
            SELECT r.id, r.started_at, r.finished_at, r.status, r.flow_run_id,
                   count(v.claim_id) AS verdicts,
                   count(*) FILTER (WHERE v.verdict = 'supported') AS supported,
                   count(*) FILTER (WHERE v.verdict = 'contradicted') AS contradicted,
                   count(*) FILTER (WHERE v.verdict = 'misleading') AS misleading,
                   count(*) FILTER (WHERE v.verdict = 'unverifiable') AS unverifiable
            FROM runs r LEFT JOIN verdicts v ON v.run_id = r.id GROUP BY ALL;
        """,
    ),
    (
        2,
        "views over finished runs; changed_verdicts; provenance in run_summary",
        """
        DROP VIEW run_summary;
        DROP VIEW claim_history;
        DROP VIEW latest_verdicts;
        CREATE VIEW latest_verdicts AS
            SELECT v.*, r.started_at AS run_started_at FROM verdicts v JOIN runs r ON r.id = v.run_id
            WHERE r.status IN ('completed', 'partial')
            QUALIFY row_number() OVER (PARTITION BY v.claim_id ORDER BY r.started_at DESC, r.id DESC) = 1;
        CREATE VIEW claim_history AS
            SELECT v.claim_id, v.doc_id, v.doc, v.text, v.subject, v.metric, r.started_at, v.run_id,
                   v.verdict, v.reference_value, v.explanation,
                   lag(v.verdict) OVER w AS previous_verdict,
                   lag(v.reference_value) OVER w AS previous_reference_value,
                   lag(v.run_id) OVER w AS previous_run_id
            FROM verdicts v JOIN runs r ON r.id = v.run_id
            WHERE r.status IN ('completed', 'partial')
            WINDOW w AS (PARTITION BY v.claim_id ORDER BY r.started_at, r.id);
        CREATE VIEW changed_verdicts AS
            SELECT claim_id, doc, text, subject, metric, started_at, previous_run_id, run_id,
                   previous_verdict, verdict, previous_reference_value, reference_value, explanation
            FROM claim_history
            WHERE previous_run_id IS NOT NULL AND previous_verdict IS DISTINCT FROM verdict;
        CREATE VIEW run_summary AS
            SELECT r.id, r.started_at, r.finished_at, r.status, r.flow_run_id,
                   count(v.claim_id) AS verdicts,
                   count(*) FILTER (WHERE v.verdict = 'supported') AS supported,
                   count(*) FILTER (WHERE v.verdict = 'contradicted') AS contradicted,
                   count(*) FILTER (WHERE v.verdict = 'misleading') AS misleading,
                   count(*) FILTER (WHERE v.verdict = 'unverifiable') AS unverifiable,
                   r.code_version, r.refdata_sha256, r.parameters
            FROM runs r LEFT JOIN verdicts v ON v.run_id = r.id GROUP BY ALL;
        """,
    ),
    (
        3,
        "each run's reference book (every series fetched, in order, or why not), for --source stored",
        """
        CREATE TABLE run_series (
            run_id VARCHAR NOT NULL, kind VARCHAR NOT NULL, series VARCHAR NOT NULL, error VARCHAR,
            PRIMARY KEY (run_id, kind, series));
        CREATE TABLE run_references (
            run_id VARCHAR NOT NULL, position INTEGER NOT NULL, ref_id VARCHAR NOT NULL,
            PRIMARY KEY (run_id, position));
        """,
    ),
    (
        4,
        "why a series could not be had: the source lacks it (not_found) or its data is unusable (bad_data)",
        """
        ALTER TABLE run_series ADD COLUMN error_kind VARCHAR;
        """,
    ),
]

FINISHED = ("completed", "partial")

_INSERT_MIGRATION = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"
_START_RUN = (
    "INSERT INTO runs (id, started_at, status, parameters, code_version, refdata_sha256, flow_run_id, pid, host)"
    " VALUES (?, ?, 'running', ?, ?, ?, ?, ?, ?)"
)
_FINISH_RUN = "UPDATE runs SET finished_at = ?, status = ?, counts = ?, error = ? WHERE id = ?"
_RUNNING = "SELECT id, pid, host FROM runs WHERE status = 'running'"
_MARK_INCOMPLETE = "UPDATE runs SET status = 'incomplete', error = ? WHERE id = ?"
# A document is stored once (keyed by its text's sha256): looked up first, then inserted plainly.
# (``ON CONFLICT DO NOTHING`` meant the same but held another copy of a long text while checking.)
_DOCUMENT_EXISTS = "SELECT count(*) FROM documents WHERE id = ?"
_INSERT_DOCUMENT = (
    "INSERT INTO documents (id, source, title, published, published_basis, published_note, text, first_seen)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_CLAIMS_EXIST = "SELECT count(*) FROM claims WHERE id IN (SELECT unnest(?::VARCHAR[]))"
_RUN_DOCUMENT = (
    "INSERT OR REPLACE INTO run_documents (run_id, doc, doc_id, status, error, numbers_found, coverage)"
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)
# "latest" is the last run that finished (completed or partial), never a failed or running one.
_LATEST_RUN = "SELECT id FROM runs WHERE status IN ('completed', 'partial') ORDER BY started_at DESC, id DESC LIMIT 1"
_NEWEST_RUN = "SELECT id, status, error FROM runs ORDER BY started_at DESC, id DESC LIMIT 1"
_UNFINISHED_AFTER = (
    "SELECT r.id, r.status, r.error FROM runs r, (SELECT started_at AS s, id AS i FROM runs WHERE id = ?) x"
    " WHERE r.status NOT IN ('completed', 'partial') AND (r.started_at > x.s OR (r.started_at = x.s AND r.id > x.i))"
    " ORDER BY r.started_at DESC, r.id DESC"
)
_RUN_EXISTS = "SELECT id FROM runs WHERE id = ?"
_VERDICTS_FOR = (
    'SELECT v.doc, v.start_offset AS start, v.end_offset AS "end", v.text, v.subject, v.metric, v.verdict,'
    " v.reason, v.claimed_value, c.value_high AS claimed_value_high, v.reference_value, v.unit, v.currency,"
    ' v.difference, v.relative_difference, v.tolerance, v.tolerance_reason, v.check_name AS "check", v.reading,'
    " v.readings_agree, v.explanation, v.evidence, v.claim_id, v.run_id"
    " FROM verdicts v LEFT JOIN claims c ON c.id = v.claim_id WHERE v.run_id = ? ORDER BY v.doc, v.start_offset"
)
_RUNS = (
    "SELECT s.id, s.started_at, s.finished_at, s.status, s.verdicts, s.supported, s.contradicted,"
    " s.misleading, s.unverifiable, r.flow_run_id, r.error, r.code_version FROM run_summary s JOIN runs r ON r.id = s.id"
    " ORDER BY s.started_at DESC LIMIT ?"
)
_RUN_DOCS = (
    "SELECT doc, doc_id, status, error, numbers_found, coverage FROM run_documents WHERE run_id = ? ORDER BY doc"
)
_DIFF = """
    SELECT coalesce(b.claim_id, a.claim_id) AS claim_id, coalesce(b.doc, a.doc) AS doc,
           coalesce(b.start_offset, a.start_offset) AS start, coalesce(b.text, a.text) AS text,
           a.verdict AS verdict_a, b.verdict AS verdict_b, a.reference_value AS reference_a,
           b.reference_value AS reference_b, b.explanation AS explanation_b, a.explanation AS explanation_a
    FROM (SELECT * FROM verdicts WHERE run_id = ?) a
    FULL OUTER JOIN (SELECT * FROM verdicts WHERE run_id = ?) b ON a.claim_id = b.claim_id
    WHERE a.verdict IS DISTINCT FROM b.verdict OR a.reference_value IS DISTINCT FROM b.reference_value
    ORDER BY doc, start
"""
_REF_COLUMNS = (
    "rv.source, rv.kind, rv.series, rv.key, rv.metric, rv.value, rv.unit, rv.currency,"
    " rv.basis, rv.citation, rv.retrieved_at, rv.is_fallback, rv.row"
)
# The run that last fetched a series (finished runs only): its book is what --source stored replays.
_LAST_SERIES_RUN = (
    "SELECT s.run_id, s.error, s.error_kind FROM run_series s JOIN runs r ON r.id = s.run_id"
    " WHERE s.kind = ? AND s.series = ? AND r.status IN ('completed', 'partial')"
    " ORDER BY r.started_at DESC, r.id DESC LIMIT 1"
)
_BOOK_VALUES = (
    "SELECT " + _REF_COLUMNS + " FROM run_references b JOIN reference_values rv ON rv.id = b.ref_id"
    " WHERE b.run_id = ? AND rv.kind = ? AND rv.series = ? ORDER BY b.position"
)
# Databases written before migration 3 have no books: every value of the series stored by any run.
_STORED_REFERENCES = "SELECT DISTINCT " + _REF_COLUMNS + " FROM reference_values rv WHERE rv.kind = ? AND rv.series = ?"
_RECORD_SERIES = "INSERT OR REPLACE INTO run_series (run_id, kind, series, error, error_kind) VALUES (?, ?, ?, ?, ?)"
_STORED_DOCUMENTS = (
    "SELECT d.id, d.source, d.title, d.published, d.published_basis, d.published_note, d.text, min(rd.doc) AS doc"
    " FROM documents d JOIN run_documents rd ON rd.doc_id = d.id WHERE rd.status = 'checked'"
    " GROUP BY ALL ORDER BY doc, d.id"
)
_RUN_DOCUMENT_TEXTS = (
    "SELECT DISTINCT d.id, d.source, d.title, d.published, d.published_basis, d.published_note, d.text"
    " FROM documents d JOIN run_documents rd ON rd.doc_id = d.id WHERE rd.run_id = ?"
)
# For each claim of run ?, its verdict in the latest finished run started before it (if any).
_CHANGES_FOR = """
    WITH cur AS (SELECT v.*, r.started_at FROM verdicts v JOIN runs r ON r.id = v.run_id WHERE v.run_id = ?),
    prev AS (
        SELECT v.claim_id, v.run_id, v.verdict, v.reference_value
        FROM verdicts v JOIN runs r ON r.id = v.run_id
        WHERE r.status IN ('completed', 'partial') AND v.run_id <> ?
          AND r.started_at <= (SELECT started_at FROM runs WHERE id = ?)
          AND v.claim_id IN (SELECT claim_id FROM cur)
        QUALIFY row_number() OVER (PARTITION BY v.claim_id ORDER BY r.started_at DESC, r.id DESC) = 1)
    SELECT cur.claim_id, cur.doc, cur.start_offset AS start, cur.text, prev.run_id AS previous_run_id,
           prev.verdict AS verdict_before, cur.verdict AS verdict_now, prev.reference_value AS reference_before,
           cur.reference_value AS reference_now, cur.explanation
    FROM cur JOIN prev ON prev.claim_id = cur.claim_id
    WHERE prev.verdict IS DISTINCT FROM cur.verdict
    ORDER BY cur.doc, cur.start_offset
"""


def default_db_path() -> str:
    """Where the database lives when no ``--db`` is given: ``$CLAIMS_DB``, else a per-user data
    directory (platformdirs: ``~/.local/share/claims/claims.duckdb`` on Linux), never the cwd."""
    env = os.environ.get("CLAIMS_DB")
    if env:
        return env
    from platformdirs import user_data_dir

    return str(Path(user_data_dir("claims", appauthor=False)) / "claims.duckdb")


def _now() -> datetime:
    return datetime.now(UTC)


# Rows per INSERT: a huge document's claims and verdicts go in in slices, so the columns built
# for the insert (JSON text and all) stay bounded however long the document is.
CHUNK_ROWS = 2000


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), CHUNK_ROWS):
        yield items[i : i + CHUNK_ROWS]


def _utc(moment: datetime | None) -> datetime | None:
    """A naive timestamp is UTC (as the Arrow writer read it), never the session's time zone."""
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


# DuckDB's memory cap while it writes a batch of documents: a base for its working set plus twice
# the longest document text (a text is one value, copied once while it is appended, and cannot be
# spilled in parts). Measured on the large-input benchmark (docs/RELIABILITY.md): a 20 MB
# document's write peaks ~130 MB lower than uncapped, at the same CPU time.
WRITE_MEMORY_BASE = 64 * 1024 * 1024
_SET_MEMORY_LIMIT = "SET memory_limit = ?"
_RESET_MEMORY_LIMIT = "RESET memory_limit"


def write_memory_limit(texts: Iterable[str]) -> int:
    """The memory cap (bytes) for writing documents with these texts."""
    longest = max((len(t) if t.isascii() else len(t.encode("utf-8")) for t in texts), default=0)
    return WRITE_MEMORY_BASE + 2 * longest


def _count(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any]) -> int:
    row = con.execute(sql, list(params)).fetchone()
    return int(row[0]) if row else 0


def _unnest_insert(head: str, columns: Sequence[tuple[str, str]]) -> str:
    """``head (cols) SELECT unnest(?::T1[]), unnest(?::T2[]), ...``: a slice of rows goes in as
    one list parameter per column (bound, typed; no pyarrow or pandas, no row-by-row execute)."""
    names = ", ".join(name for name, _type in columns)
    return head + " (" + names + ") SELECT " + ", ".join("unnest(?::" + t + "[])" for _name, t in columns)


_CLAIM_COLUMNS = [
    ("id", "VARCHAR"),
    ("doc_id", "VARCHAR"),
    ("start_offset", "INTEGER"),
    ("end_offset", "INTEGER"),
    ("text", "VARCHAR"),
    ("value", "DOUBLE"),
    ("value_high", "DOUBLE"),
    ("unit", "VARCHAR"),
    ("currency", "VARCHAR"),
    ("hedge", "VARCHAR"),
    ("direction", "VARCHAR"),
    ("subject", "VARCHAR"),
    ("metric", "VARCHAR"),
    ("aspect", "VARCHAR"),
    ("period_start", "DATE"),
    ("period_end", "DATE"),
    ("period_label", "VARCHAR"),
    ("is_forecast", "BOOLEAN"),
    ("sentence", "VARCHAR"),
    ("data", "VARCHAR"),
]
_INSERT_CLAIMS = _unnest_insert("INSERT INTO claims", _CLAIM_COLUMNS)
_REPLACE_CLAIMS = _unnest_insert("INSERT OR REPLACE INTO claims", _CLAIM_COLUMNS)
_INSERT_RELATIONS = _unnest_insert(
    "INSERT INTO relations",
    [(c, "VARCHAR") for c in ("run_id", "doc_id", "kind", "operands", "result", "op", "cue")],
)
_INSERT_REFERENCES = _unnest_insert(
    "INSERT OR REPLACE INTO reference_values",
    [
        ("id", "VARCHAR"),
        ("source", "VARCHAR"),
        ("kind", "VARCHAR"),
        ("series", "VARCHAR"),
        ("key", "VARCHAR"),
        ("metric", "VARCHAR"),
        ("value", "DOUBLE"),
        ("unit", "VARCHAR"),
        ("currency", "VARCHAR"),
        ("basis", "VARCHAR"),
        ("citation", "VARCHAR"),
        ("retrieved_at", "TIMESTAMPTZ"),
        ("is_fallback", "BOOLEAN"),
        ("row", "VARCHAR"),
    ],
)
_INSERT_VERDICTS = _unnest_insert(
    "INSERT INTO verdicts",
    [
        ("run_id", "VARCHAR"),
        ("claim_id", "VARCHAR"),
        ("doc_id", "VARCHAR"),
        ("doc", "VARCHAR"),
        ("start_offset", "INTEGER"),
        ("end_offset", "INTEGER"),
        ("text", "VARCHAR"),
        ("subject", "VARCHAR"),
        ("metric", "VARCHAR"),
        ("verdict", "VARCHAR"),
        ("reason", "VARCHAR"),
        ("claimed_value", "DOUBLE"),
        ("reference_value", "DOUBLE"),
        ("unit", "VARCHAR"),
        ("currency", "VARCHAR"),
        ("difference", "DOUBLE"),
        ("relative_difference", "DOUBLE"),
        ("tolerance", "DOUBLE"),
        ("tolerance_reason", "VARCHAR"),
        ("check_name", "VARCHAR"),
        ("reading", "VARCHAR"),
        ("readings_agree", "BOOLEAN"),
        ("explanation", "VARCHAR"),
        ("evidence", "VARCHAR"),
        ("created_at", "TIMESTAMPTZ"),
    ],
)
_INSERT_VERDICT_REFERENCES = _unnest_insert(
    "INSERT INTO verdict_references", [("run_id", "VARCHAR"), ("claim_id", "VARCHAR"), ("ref_id", "VARCHAR")]
)
_INSERT_BOOK = _unnest_insert(
    "INSERT OR REPLACE INTO run_references", [("run_id", "VARCHAR"), ("position", "INTEGER"), ("ref_id", "VARCHAR")]
)


def reference_key(v: ReferenceValue) -> str:
    """The stored id of a reference value: readable, and unique for its content (two sources that
    report the same metric for the same period with different values are two rows, not one)."""
    content = json.dumps(v.model_dump(mode="json", exclude={"retrieved_at"}), sort_keys=True, default=str)
    return f"{v.ref_id}|{hashlib.sha256(content.encode()).hexdigest()[:16]}"


def new_run_id() -> str:
    return _now().strftime("%Y%m%dT%H%M%S%fZ") + "-" + os.urandom(3).hex()


class VerdictStore:
    """A DuckDB database of documents, claims, evidence, verdicts and runs.

    Example: ``with VerdictStore("data/claims.duckdb") as store: store.verdicts_for("latest")``

    On a file opened read-write, no connection is held between operations (see the module
    docstring); ``opens`` and ``lock_wait_s`` count the opens and the time spent waiting for the lock.
    """

    def __init__(
        self,
        db: str | Path | duckdb.DuckDBPyConnection = ":memory:",
        *,
        read_only: bool = False,
        lock_timeout: float = DEFAULT_LOCK_TIMEOUT_S,
    ) -> None:
        self.path = None if isinstance(db, duckdb.DuckDBPyConnection) else str(db)
        self.read_only = read_only
        self.lock_timeout = lock_timeout
        self.opens = 0
        self.lock_wait_s = 0.0
        self._con: duckdb.DuckDBPyConnection | None = None
        # A connection we were given, an in-memory database and a read-only store keep one connection.
        self._persistent = isinstance(db, duckdb.DuckDBPyConnection) or read_only or self.path == ":memory:"
        if isinstance(db, duckdb.DuckDBPyConnection):
            self._con = db
        elif self._persistent:
            self._con = self._open()
        else:
            try:
                Path(self.path or "").parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageError(f"{self.path}: cannot create its directory ({exc.strerror or exc})") from exc
        if not read_only:
            self.init_schema()

    # -- lifecycle ------------------------------------------------------------------------------

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The held connection (read-only, in-memory or inside ``session()``)."""
        if self._con is None:
            raise StorageError(f"{self.path}: no connection is held; use `with store.session() as con:`")
        return self._con

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> VerdictStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _open(self) -> duckdb.DuckDBPyConnection:
        t0 = time.monotonic()
        con = _connect(str(self.path), read_only=self.read_only, lock_timeout=self.lock_timeout)
        self.opens += 1
        self.lock_wait_s += time.monotonic() - t0
        return con

    @contextmanager
    def session(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Hold one connection (and so the file's lock) for the operations inside the block."""
        if self._con is not None:
            with _interrupts():
                yield self._con
            return
        self._con = self._open()
        try:
            with _interrupts():
                yield self._con
        finally:
            con, self._con = self._con, None
            con.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """One transaction; on a file, the file is opened before and closed (unlocked) after it."""
        with self.session() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")

    def init_schema(self) -> None:
        """Apply the migrations not yet recorded in ``schema_migrations`` (each in one transaction)."""
        try:
            with self.session() as con:
                con.execute(
                    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
                )
                applied = {r[0] for r in con.execute("SELECT version FROM schema_migrations").fetchall()}
                for version, name, sql in MIGRATIONS:
                    if version in applied:
                        continue
                    with self.transaction() as tx:
                        for statement in _split_sql(sql):
                            tx.execute(statement)
                        tx.execute(_INSERT_MIGRATION, [version, name, _now()])
        except duckdb.Error as exc:
            raise StorageError(f"cannot initialise the database {self.path}: {exc}") from exc

    def schema_version(self) -> int:
        rows = self._rows("SELECT max(version) FROM schema_migrations", [])
        return int(rows[0][0]) if rows and rows[0][0] is not None else 0

    # -- runs -----------------------------------------------------------------------------------

    def start_run(
        self, parameters: dict[str, Any], *, code_version: str, refdata_sha256: str, flow_run_id: str | None = None
    ) -> str:
        """Record a new run as 'running' (first marking the runs of vanished processes 'incomplete')."""
        run_id = new_run_id()
        with self.transaction() as con:
            self._mark_incomplete(con)
            con.execute(
                _START_RUN,
                [
                    run_id,
                    _now(),
                    json.dumps(parameters, default=str),
                    code_version,
                    refdata_sha256,
                    flow_run_id,
                    os.getpid(),
                    socket.gethostname(),
                ],
            )
        return run_id

    def finish_run(self, run_id: str, status: str, counts: dict[str, Any], error: str | None = None) -> None:
        with self.transaction() as con:
            con.execute(_FINISH_RUN, [_now(), status, json.dumps(counts), error, run_id])

    def mark_incomplete_runs(self) -> list[str]:
        """Runs left 'running' by a process that is gone (killed) become 'incomplete'."""
        with self.transaction() as con:
            return self._mark_incomplete(con)

    def _mark_incomplete(self, con: duckdb.DuckDBPyConnection) -> list[str]:
        marked = []
        host = socket.gethostname()
        for run_id, pid, run_host in con.execute(_RUNNING).fetchall():
            if run_host == host and pid and _pid_alive(int(pid)):
                continue
            con.execute(_MARK_INCOMPLETE, ["the process running it stopped before it finished", run_id])
            marked.append(run_id)
        return marked

    def resolve_run(self, run: str) -> str:
        """``latest`` (the last completed or partial run) or an id; ``StorageError`` if there is none."""
        if run == "latest":
            rows = self._rows(_LATEST_RUN, [])
            if not rows:
                newest = self._rows(_NEWEST_RUN, [])
                if newest:
                    run_id, status, error = newest[0]
                    raise StorageError(
                        f"no completed run in {self.path}; the newest, {run_id}, {status}"
                        + (f": {error}" if error else "")
                    )
                raise StorageError(f"no runs in {self.path}; run `claims check` first")
            return str(rows[0][0])
        if not self._rows(_RUN_EXISTS, [run]):
            raise StorageError(f"no run {run!r} in {self.path}; `claims runs` lists them")
        return run

    def unfinished_after(self, run_id: str) -> list[dict[str, Any]]:
        """Runs started after ``run_id`` that did not finish (failed, incomplete, running), newest first."""
        return self._dicts(_UNFINISHED_AFTER, [run_id])

    def runs(self, limit: int = 20) -> list[dict[str, Any]]:
        return self._dicts(_RUNS, [limit])

    def run(self, run: str) -> dict[str, Any]:
        """One run's row of ``runs`` (``parameters`` and ``counts`` decoded)."""
        row = self._dicts("SELECT * FROM runs WHERE id = ?", [self.resolve_run(run)])[0]
        for key in ("parameters", "counts"):
            row[key] = json.loads(row[key]) if row[key] else None
        return row

    def run_documents(self, run_id: str) -> list[dict[str, Any]]:
        return self._dicts(_RUN_DOCS, [run_id])

    # -- writing a document's results -----------------------------------------------------------

    def save_checked(
        self, run_id: str, checked: CheckedDocument, references: Sequence[ReferenceValue], coverage: dict[str, Any]
    ) -> None:
        """Store one document's claims, relations, evidence and verdicts in one transaction."""
        self.save_many(run_id, [(checked, references, coverage)])

    def save_many(
        self,
        run_id: str,
        items: Sequence[tuple[CheckedDocument, Sequence[ReferenceValue], dict[str, Any]]],
    ) -> None:
        """Store several documents' results in one (short) transaction: all of them or none.

        On a file, DuckDB's memory for the write is capped (``write_memory_limit``): the rows it
        holds for the open transaction beyond the cap go to its temporary directory
        (``<db>.tmp``, removed on close) instead of staying in memory until the commit."""
        if not items:
            return
        with self.session() as con:
            limit = None if self._persistent else write_memory_limit(c.document.text for c, _r, _v in items)
            if limit is not None:
                con.execute(_SET_MEMORY_LIMIT, [f"{limit}B"])
            try:
                with self.transaction() as tx:
                    for checked, references, coverage in items:
                        self._save_one(tx, run_id, checked, references, coverage)
            finally:
                if limit is not None:
                    with suppress(duckdb.Error):  # never hides the error of the write itself
                        con.execute(_RESET_MEMORY_LIMIT)

    def _save_one(
        self,
        con: duckdb.DuckDBPyConnection,
        run_id: str,
        checked: CheckedDocument,
        references: Sequence[ReferenceValue],
        coverage: dict[str, Any],
    ) -> None:
        doc = checked.document
        claims = {c.id: c for c in checked.claims}
        if not _count(con, _DOCUMENT_EXISTS, [doc.id]):
            con.execute(
                _INSERT_DOCUMENT,
                [
                    doc.id,
                    doc.source,
                    doc.title,
                    doc.published,
                    doc.published_basis,
                    doc.published_note,
                    doc.text,
                    _now(),
                ],
            )
        for part in _chunks(checked.claims):
            ids = [c.id for c in part]
            # claims already stored (the document was checked before) are replaced, as before;
            # a new document's go in without the conflict check
            con.execute(
                _REPLACE_CLAIMS if _count(con, _CLAIMS_EXIST, [ids]) else _INSERT_CLAIMS,
                [
                    ids,
                    [c.doc_id for c in part],
                    [c.start for c in part],
                    [c.end for c in part],
                    [c.quantity.text for c in part],
                    [c.quantity.value for c in part],
                    [c.quantity.value_high for c in part],
                    [c.quantity.unit for c in part],
                    [c.quantity.currency for c in part],
                    [c.quantity.hedge for c in part],
                    [c.quantity.direction for c in part],
                    [c.subject for c in part],
                    [c.metric for c in part],
                    [c.aspect for c in part],
                    [c.period.start if c.period else None for c in part],
                    [c.period.end if c.period else None for c in part],
                    [c.period.label if c.period else None for c in part],
                    [c.is_forecast for c in part],
                    [c.sentence for c in part],
                    [c.model_dump_json() for c in part],
                ],
            )
        for rel in _chunks(checked.relations):
            con.execute(
                _INSERT_RELATIONS,
                [
                    [run_id] * len(rel),
                    [doc.id] * len(rel),
                    [r.kind for r in rel],
                    [json.dumps(list(r.operands)) for r in rel],
                    [r.result for r in rel],
                    [r.op for r in rel],
                    [r.cue for r in rel],
                ],
            )
        self._save_references(con, references)
        for chunk in _chunks(checked.verdicts):
            self._save_verdicts(con, run_id, checked, claims, chunk)
        con.execute(
            _RUN_DOCUMENT,
            [run_id, checked.doc, doc.id, "checked", None, checked.numbers_found, json.dumps(coverage)],
        )

    def _save_references(self, con: duckdb.DuckDBPyConnection, references: Sequence[ReferenceValue]) -> None:
        unique = {reference_key(v): v for v in references}
        keys = list(unique)
        for part in _chunks(keys):
            vals = [unique[k] for k in part]
            con.execute(
                _INSERT_REFERENCES,
                [
                    list(part),
                    [v.source for v in vals],
                    [v.kind for v in vals],
                    [v.series for v in vals],
                    [v.key for v in vals],
                    [v.metric for v in vals],
                    [v.value for v in vals],
                    [v.unit for v in vals],
                    [v.currency for v in vals],
                    [v.basis for v in vals],
                    [v.citation for v in vals],
                    [_utc(v.retrieved_at) for v in vals],
                    [v.is_fallback for v in vals],
                    [json.dumps(v.row, default=str) for v in vals],
                ],
            )

    def _save_verdicts(
        self,
        con: duckdb.DuckDBPyConnection,
        run_id: str,
        checked: CheckedDocument,
        claims: dict[str, Any],
        vs: Sequence[Verdict],
    ) -> None:
        now = _now()
        cs = [claims[v.claim_id] for v in vs]
        con.execute(
            _INSERT_VERDICTS,
            [
                [run_id] * len(vs),
                [v.claim_id for v in vs],
                [v.doc_id for v in vs],
                [checked.doc] * len(vs),
                [c.start for c in cs],
                [c.end for c in cs],
                [c.quantity.text for c in cs],
                [c.subject for c in cs],
                [c.metric for c in cs],
                [v.verdict for v in vs],
                [v.reason for v in vs],
                [v.claimed_value for v in vs],
                [v.reference_value for v in vs],
                [c.quantity.unit for c in cs],
                [c.quantity.currency for c in cs],
                [v.difference for v in vs],
                [v.relative_difference for v in vs],
                [v.tolerance for v in vs],
                [v.tolerance_reason for v in vs],
                [v.check for v in vs],
                [v.reading for v in vs],
                [v.readings_agree for v in vs],
                [v.explanation for v in vs],
                [json.dumps([e.model_dump(mode="json") for e in v.evidence]) for v in vs],
                [now] * len(vs),
            ],
        )
        links = sorted({(v.claim_id, reference_key(ref)) for v in vs for e in v.evidence for ref in e.values})
        for part in _chunks(links):
            con.execute(_INSERT_VERDICT_REFERENCES, [[run_id] * len(part), [x[0] for x in part], [x[1] for x in part]])

    def record_book(
        self,
        run_id: str,
        fetched: Sequence[tuple[str, str, str | None, str | None]],
        values: Sequence[ReferenceValue],
    ) -> None:
        """The run's reference book: each series fetched as (kind, series, error or None, error
        kind or None), and every value fetched, in order, so that ``--source stored`` can replay it
        exactly."""
        if not fetched and not values:
            return
        with self.transaction() as con:
            for kind, series, error, error_kind in fetched:
                con.execute(_RECORD_SERIES, [run_id, kind, series, error, error_kind])
            self._save_references(con, values)
            for start in range(0, len(values), CHUNK_ROWS):
                part = values[start : start + CHUNK_ROWS]
                con.execute(
                    _INSERT_BOOK,
                    [[run_id] * len(part), list(range(start, start + len(part))), [reference_key(v) for v in part]],
                )

    def record_failure(self, run_id: str, failure: InputFailure) -> None:
        self.record_failures(run_id, [failure])

    def record_failures(self, run_id: str, failures: Sequence[InputFailure]) -> None:
        if not failures:
            return
        with self.transaction() as con:
            for f in failures:
                con.execute(_RUN_DOCUMENT, [run_id, f.doc, None, "failed", f.error, None, None])

    def record_duplicates(self, run_id: str, duplicates: Sequence[tuple[str, str, str]]) -> None:
        """Inputs (doc, doc_id, same_as) whose text another input of the run already had."""
        if not duplicates:
            return
        with self.transaction() as con:
            for doc, doc_id, same_as in duplicates:
                con.execute(_RUN_DOCUMENT, [run_id, doc, doc_id, "duplicate", f"same text as {same_as}", None, None])

    # -- reading --------------------------------------------------------------------------------

    def verdicts_for(self, run: str = "latest") -> list[dict[str, Any]]:
        """The verdicts of one run as dicts (``evidence`` decoded), ordered by document and offset."""
        run_id = self.resolve_run(run)
        rows = self._dicts(_VERDICTS_FOR, [run_id])
        for row in rows:
            row["evidence"] = json.loads(row["evidence"]) if row["evidence"] else []
        return rows

    def diff(self, run_a: str, run_b: str) -> list[dict[str, Any]]:
        """Claims whose verdict or reference value differs between two runs (or that only one has)."""
        return self._dicts(_DIFF, [self.resolve_run(run_a), self.resolve_run(run_b)])

    def changes_for(self, run: str) -> list[dict[str, Any]]:
        """The claims of a run whose verdict differs from their verdict in the latest finished run before it."""
        run_id = self.resolve_run(run)
        return self._dicts(_CHANGES_FOR, [run_id, run_id, run_id])

    def run_document_texts(self, run: str) -> dict[str, Document]:
        """The documents a run read, with their stored text, by document id (for ``claims report``)."""
        rows = self._dicts(_RUN_DOCUMENT_TEXTS, [self.resolve_run(run)])
        return {r["id"]: _document(r) for r in rows}

    def stored_documents(self) -> list[tuple[str, Document]]:
        """Every document some run checked, once, with the name it was first given (doc, document)."""
        rows = self._dicts(_STORED_DOCUMENTS, [])
        return [(str(r["doc"]), _document(r)) for r in rows]

    def stored_references(self, kind: str, series: str) -> StoredSeries:
        """What the last finished run that fetched this series got: its values in the order it
        got them, or the error it got instead. Older databases (no books): every stored value."""
        last = self._rows(_LAST_SERIES_RUN, [kind, series])
        if last:
            run_id, error, error_kind = str(last[0][0]), last[0][1], last[0][2]
            rows = self._dicts(_BOOK_VALUES, [run_id, kind, series])
        else:
            run_id, error, error_kind = None, None, None
            rows = self._dicts(_STORED_REFERENCES, [kind, series])
        values = [
            ReferenceValue(
                source="stored",
                kind=r["kind"],
                series=r["series"],
                key=r["key"],
                metric=r["metric"],
                value=r["value"],
                unit=r["unit"],
                currency=r["currency"],
                basis=r["basis"],
                # a replay of a replay keeps the first source's name once
                citation=r["citation"] if r["source"] == "stored" else f"stored from {r['source']}: {r['citation']}",
                retrieved_at=r["retrieved_at"],
                is_fallback=bool(r["is_fallback"]),
                row=json.loads(r["row"]) if r["row"] else {},
            )
            for r in rows
        ]
        return StoredSeries(
            run_id=run_id,
            values=values,
            error=str(error) if error is not None else None,
            error_kind=str(error_kind) if error_kind is not None else None,
        )

    def query(self, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run one read-only statement (SELECT, WITH, SHOW, DESCRIBE, EXPLAIN, PRAGMA-free)."""
        check_read_only(sql)
        try:
            with self.session() as con:
                cur = con.execute(sql)
                columns = [d[0] for d in cur.description or []]
                return columns, cur.fetchall()
        except duckdb.Error as exc:
            raise StorageError(f"query failed: {duckdb_message(exc)}") from exc

    def _rows(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        try:
            with self.session() as con:
                return con.execute(sql, list(params)).fetchall()
        except duckdb.Error as exc:
            raise StorageError(f"{self.path}: {str(exc).splitlines()[0]}") from exc

    def _dicts(self, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        try:
            with self.session() as con:
                cur = con.execute(sql, list(params))
                columns = [d[0] for d in cur.description or []]
                return [dict(zip(columns, row, strict=True)) for row in cur.fetchall()]
        except duckdb.Error as exc:
            raise StorageError(f"{self.path}: {str(exc).splitlines()[0]}") from exc


@contextmanager
def _interrupts() -> Iterator[None]:
    """DuckDB turns a SIGINT that arrives while it works into ``RuntimeError("Query interrupted")``:
    make it the ``KeyboardInterrupt`` it was (after the transaction was rolled back)."""
    try:
        yield
    except RuntimeError as exc:
        if "interrupted" in str(exc).lower():
            raise KeyboardInterrupt(str(exc)) from exc
        raise


# DuckDB's own advice that a setting be raised: `claims query` refuses SET, so it is not repeated.
_SET_ADVICE_RE = re.compile(r"\s*Use \"SET [^\"]*\"[^.]*\.?")


def duckdb_message(exc: BaseException) -> str:
    """The first line of a DuckDB error, without advice to run a SET statement."""
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    cleaned = _SET_ADVICE_RE.sub("", first).strip()
    if cleaned != first:
        cleaned += " Simplify the query (claims query runs one SELECT, never a SET)."
    return cleaned


def check_read_only(sql: str) -> None:
    """Accept exactly one SELECT-like statement; anything that could write or read files is refused."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise ReadOnlyQuery(f"cannot parse the query: {duckdb_message(exc)}") from exc
    if len(statements) != 1:
        raise ReadOnlyQuery(f"expected exactly one statement, got {len(statements)}")
    kind = statements[0].type
    if kind == duckdb.StatementType.EXPLAIN:
        # EXPLAIN ANALYZE runs its statement: what it explains must itself be a read
        inner = _EXPLAIN_RE.sub("", sql, count=1)
        if inner == sql or duckdb.extract_statements(inner)[0].type != duckdb.StatementType.SELECT:
            raise ReadOnlyQuery("only EXPLAIN of a SELECT is allowed")
        return
    if kind != duckdb.StatementType.SELECT:
        raise ReadOnlyQuery(f"only read queries are allowed (got {kind.name}); the database is opened read-only")


_EXPLAIN_RE = re.compile(r"^\s*EXPLAIN\s+(?:ANALY[SZ]E\s+)?", re.I)


def _split_sql(sql: str) -> list[str]:
    return [s.strip() for s in sql.split(";") if s.strip()]


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_LOCK_HOLDER_RE = re.compile(r"\(PID (\d+)\)")


def _connect(path: str, *, read_only: bool, lock_timeout: float) -> duckdb.DuckDBPyConnection:
    """Open the file, waiting up to ``lock_timeout`` s while another process holds its lock."""
    config: dict[str, Any] = {}
    if read_only:
        config = {"enable_external_access": False, "lock_configuration": True}
    if read_only and path != ":memory:" and not Path(path).exists():
        raise StorageError(f"{path}: no such database; run `claims check` first")
    deadline = time.monotonic() + lock_timeout
    delay = 0.05
    while True:
        try:
            return duckdb.connect(path, read_only=read_only, config=config)
        except duckdb.IOException as exc:
            message = str(exc)
            if "lock" not in message.lower():
                raise StorageError(f"{path}: cannot open the database ({message.splitlines()[0]})") from exc
            if time.monotonic() >= deadline:
                holder = _LOCK_HOLDER_RE.search(message)
                who = f"process {holder.group(1)}" if holder else "another process"
                raise DatabaseLocked(
                    f"{path} is locked by {who} (a run writing to it?); waited {lock_timeout:g} s. "
                    "Retry later or raise --lock-timeout."
                ) from exc
            time.sleep(delay)
            delay = min(delay * 2, 0.5)
        except duckdb.Error as exc:
            raise StorageError(f"{path}: cannot open the database ({str(exc).splitlines()[0]})") from exc


def _document(row: dict[str, Any]) -> Document:
    """A stored ``documents`` row as the ``Document`` it was read from."""
    return Document(
        id=row["id"],
        source=row["source"],
        title=row["title"],
        published=row["published"],
        published_basis=row["published_basis"] or "unknown",
        published_note=row["published_note"],
        text=row["text"],
    )
