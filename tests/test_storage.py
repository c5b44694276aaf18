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


# -- `--source stored` replays a run exactly ----------------------------------------------------


def _shipped_series() -> list[tuple[str, str]]:
    """Every series shipped in data/: each price file, each registry entity, each FX currency."""
    from claims.sources import DATA_DIR
    from claims.sources.snapshot import SnapshotSource

    snap = SnapshotSource(DATA_DIR)
    prices = [("price", p.name[: -len(".csv")]) for p in sorted((DATA_DIR / "prices").glob("*.csv"))]
    figures = sorted({("figure", v.series) for v in snap._figures})
    fx = sorted({("fx", v.series) for v in snap._fx})
    return prices + figures + fx


@pytest.mark.parametrize(("kind", "series"), _shipped_series())
def test_every_shipped_series_round_trips_exactly(store: VerdictStore, kind: str, series: str) -> None:
    from claims.models import ReferenceQuery
    from claims.sources import DATA_DIR
    from claims.sources.snapshot import SnapshotSource
    from claims.sources.stored import StoredSource

    query = ReferenceQuery(kind=kind, series=series)  # type: ignore[arg-type]
    original = SnapshotSource(DATA_DIR).fetch(query)
    assert original
    run_id = store.start_run({}, code_version="x", refdata_sha256="y")
    store.record_book(run_id, [(kind, series, None, None)], original)
    store.finish_run(run_id, "completed", {})
    replayed = StoredSource(store).fetch(query)
    # every value, in the same order, identical but for where it now comes from
    assert [v.model_dump(exclude={"source", "citation"}) for v in replayed] == [
        v.model_dump(exclude={"source", "citation"}) for v in original
    ]
    assert all(v.citation == f"stored from {o.source}: {o.citation}" for v, o in zip(replayed, original, strict=True))


def _verdict_keys(rows: list[dict[str, object]]) -> list[tuple[object, ...]]:
    fields = ("doc", "start", "verdict", "reason", "claimed_value", "reference_value", "difference", "tolerance")
    return [tuple(r[f] for f in (*fields, "reading", "readings_agree", "explanation")) for r in rows]


def test_a_stored_rerun_of_the_seeds_gives_the_same_verdicts(store: VerdictStore) -> None:
    from claims import sources
    from tests.conftest import SEEDS

    first = run_check(
        [str(SEEDS)], source=sources.build("snapshot"), source_name="snapshot", store=store, db_path=":memory:"
    )
    assert first.status == "completed"
    replay = run_check(
        [str(SEEDS)], source=sources.build("stored", store=store), source_name="stored", store=store, db_path=":memory:"
    )
    assert replay.status == "completed"
    a, b = store.verdicts_for(first.run_id), store.verdicts_for(replay.run_id)
    assert len(a) > 50 and _verdict_keys(a) == _verdict_keys(b)
    assert store.diff(first.run_id, replay.run_id) == []
    # and a replay of the replay is the same again, citing the first source once
    third = run_check(
        [str(SEEDS)], source=sources.build("stored", store=store), source_name="stored", store=store, db_path=":memory:"
    )
    c = store.verdicts_for(third.run_id)
    assert _verdict_keys(c) == _verdict_keys(a)
    cited = [v["citation"] for r in c for e in r["evidence"] for v in e["values"]]
    assert cited and not any("stored from stored" in x for x in cited)


def test_two_figures_for_the_same_period_are_both_stored(store: VerdictStore) -> None:
    """Two sources report one metric for one period with different precision: both are kept."""
    from claims.models import ReferenceQuery, ReferenceValue
    from claims.sources.stored import StoredSource

    def fig(value: float, preferred: bool) -> ReferenceValue:
        return ReferenceValue(
            source="registry", kind="figure", series="Acme", key="2024-Q1", metric="revenue", value=value,
            currency="CNY", basis="reported", citation=f"cited {value}", row={"preferred": preferred},
        )  # fmt: skip

    values = [fig(75_506_822_000.0, True), fig(75_506_800_000.0, False)]
    run_id = store.start_run({}, code_version="x", refdata_sha256="y")
    store.record_book(run_id, [("figure", "Acme", None, None)], values)
    store.finish_run(run_id, "completed", {})
    got = StoredSource(store).fetch(ReferenceQuery(kind="figure", series="Acme"))
    assert [(v.value, v.row["preferred"]) for v in got] == [(75_506_822_000.0, True), (75_506_800_000.0, False)]


def test_a_series_the_replayed_run_could_not_get_fails_the_same_way(store: VerdictStore) -> None:
    from claims.errors import ReferenceNotFound
    from claims.models import ReferenceQuery
    from claims.sources.stored import StoredSource

    run_id = store.start_run({}, code_version="x", refdata_sha256="y")
    store.record_book(run_id, [("price", "9999.HK", "no snapshot of 9999.HK prices", "not_found")], [])
    store.finish_run(run_id, "completed", {})
    with pytest.raises(ReferenceNotFound, match="^no snapshot of 9999.HK prices$"):
        StoredSource(store).fetch(ReferenceQuery(kind="price", series="9999.HK"))


def test_unusable_data_replays_as_unusable_not_as_missing(store: VerdictStore) -> None:
    from claims.errors import ReferenceDataError
    from claims.models import ReferenceQuery
    from claims.sources.stored import StoredSource

    run_id = store.start_run({}, code_version="x", refdata_sha256="y")
    store.record_book(run_id, [("price", "9998.HK", "9998.HK.csv line 3: bad close", "bad_data")], [])
    store.finish_run(run_id, "completed", {})
    with pytest.raises(ReferenceDataError, match="^9998.HK.csv line 3: bad close$"):
        StoredSource(store).fetch(ReferenceQuery(kind="price", series="9998.HK"))


# -- writing a document in slices (storage.CHUNK_ROWS rows per INSERT) ---------------------------


def _checked(tmp_path: Path, sentences: int, close: float = 15.36) -> tuple[VerdictStore, str, object]:
    """A file store and one run over a document of ``sentences`` price claims, not yet saved."""
    from claims import pipeline

    path = tmp_path / "many.txt"
    path.write_text(TEXT * sentences)
    store = VerdictStore(tmp_path / "c.duckdb")
    run_id = store.start_run({}, code_version="x", refdata_sha256="y")
    (item,), _ = pipeline.load_documents([str(path)])
    from claims.entities import EntityTable
    from claims.sources import DATA_DIR

    entities = EntityTable.load(DATA_DIR / "entities.json")
    analysis = pipeline.analyze(item, entities)
    book, _ = pipeline.fetch_references(source(close), [analysis], entities)
    return store, run_id, pipeline.verify(analysis, book, entities)


def test_a_document_of_several_slices_is_stored_whole_and_exactly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claims import storage
    from claims.models import Claim
    from claims.pipeline import save

    monkeypatch.setattr(storage, "CHUNK_ROWS", 3)
    store, run_id, checked = _checked(tmp_path, 8)
    assert len(checked.claims) == 8  # type: ignore[attr-defined]
    save(store, run_id, checked)  # type: ignore[arg-type]
    store.finish_run(run_id, "completed", {})
    with store.session():
        assert {t: count(store, t) for t in ("documents", "claims", "verdicts", "verdict_references")} == {
            "documents": 1,
            "claims": 8,
            "verdicts": 8,
            "verdict_references": 32,  # each verdict cites its day's open, high, low and close
        }
        data = [r[0] for r in store.con.execute("SELECT data FROM claims ORDER BY start_offset").fetchall()]
    assert [Claim.model_validate_json(d) for d in data] == checked.claims  # type: ignore[attr-defined]
    rows = store.verdicts_for(run_id)
    assert [(r["start"], r["verdict"], r["reference_value"]) for r in rows] == [
        (i * len(TEXT) + TEXT.index("HK$"), "supported", 15.36) for i in range(8)
    ]
    assert [r["evidence"] for r in rows] == [
        [e.model_dump(mode="json") for e in v.evidence]
        for v in checked.verdicts  # type: ignore[attr-defined]
    ]


def test_a_write_that_fails_after_some_slices_leaves_nothing_of_the_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claims import storage
    from claims.pipeline import save

    monkeypatch.setattr(storage, "CHUNK_ROWS", 3)
    store, run_id, checked = _checked(tmp_path, 8)
    real = storage.VerdictStore._save_verdicts
    calls = []

    def fail_on_the_second_slice(self: VerdictStore, *args: object) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        real(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(storage.VerdictStore, "_save_verdicts", fail_on_the_second_slice)
    with pytest.raises(RuntimeError, match="disk full"):
        save(store, run_id, checked)  # type: ignore[arg-type]
    with store.session():
        assert [count(store, t) for t in ("documents", "claims", "relations", "verdicts", "run_documents")] == [0] * 5


def test_a_claim_stored_before_is_replaced_by_its_new_reading(tmp_path: Path) -> None:
    """Storing a document again keeps its row (and first_seen) and replaces its claims' rows."""
    from claims.pipeline import save

    store, run_id, checked = _checked(tmp_path, 2)
    save(store, run_id, checked)  # type: ignore[arg-type]
    with store.session():
        first_seen = store.con.execute("SELECT first_seen FROM documents").fetchall()
    claims = checked.claims  # type: ignore[attr-defined]
    changed = checked.model_copy(  # type: ignore[attr-defined]
        update={"claims": [claims[0].model_copy(update={"subject": "Another reading"}), claims[1]]}
    )
    second = store.start_run({}, code_version="x", refdata_sha256="y")
    save(store, second, changed)
    with store.session():
        assert store.con.execute("SELECT first_seen FROM documents").fetchall() == first_seen
        subjects = store.con.execute("SELECT subject FROM claims ORDER BY start_offset").fetchall()
        assert subjects == [("Another reading",), (claims[1].subject,)]
        assert count(store, "verdicts") == 4


def test_a_naive_retrieval_time_is_stored_as_utc_whatever_the_session_time_zone(store: VerdictStore) -> None:
    from datetime import UTC, datetime

    from claims.models import ReferenceValue

    store.con.execute("SET TimeZone = 'Asia/Hong_Kong'")
    value = ReferenceValue(
        source="registry", kind="figure", series="Acme", key="2024-Q1", metric="revenue", value=1.0,
        citation="cited", retrieved_at=datetime(2024, 8, 5, 12, 0),
    )  # fmt: skip
    run_id = store.start_run({}, code_version="x", refdata_sha256="y")
    store.record_book(run_id, [("figure", "Acme", None, None)], [value])
    store.finish_run(run_id, "completed", {})
    (got,) = store.stored_references("figure", "Acme").values
    assert got.retrieved_at == datetime(2024, 8, 5, 12, 0, tzinfo=UTC)


def test_claims_check_needs_neither_pyarrow_nor_pandas(tmp_path: Path, article: Path) -> None:
    """The write path binds plain lists: importing pyarrow and its first scan cost ~90 MB."""
    code = (
        "import sys\n"
        "from claims.cli import main\n"
        f"sys.argv = ['claims', 'check', {str(article)!r}, '--db', {str(tmp_path / 'c.duckdb')!r},"
        " '--format', 'none', '--source', 'snapshot']\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    assert exc.code in (0, None), exc.code\n"
        "print(sorted(m for m in ('pyarrow', 'pandas') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def _long_document(chars: int) -> object:
    import hashlib

    from claims.models import CheckedDocument, Document

    text = ("Revenue was flat. " * (chars // 18 + 1))[:chars] + "é"  # not ASCII: bytes are counted
    doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), source="long.txt", text=text)
    return CheckedDocument(document=doc, doc="long.txt", claims=[], relations=[], verdicts=[], numbers_found=0)


def test_the_write_memory_cap_makes_room_for_the_longest_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """DuckDB's memory is capped while it writes, but never below what the longest text needs:
    with a 4 MiB base, an 8 MB text is stored (a 4 MiB cap alone fails with an out-of-memory error)."""
    from claims import storage
    from claims.pipeline import save

    monkeypatch.setattr(storage, "WRITE_MEMORY_BASE", 4 * 1024 * 1024)
    checked = _long_document(8_000_000)
    assert storage.write_memory_limit([checked.document.text]) == 4 * 1024 * 1024 + 2 * 8_000_002  # type: ignore[attr-defined]
    store = VerdictStore(tmp_path / "c.duckdb")
    run_id = store.start_run({}, code_version="x", refdata_sha256="y")
    save(store, run_id, checked)  # type: ignore[arg-type]
    with store.session() as con:
        (stored,) = con.execute("SELECT text FROM documents").fetchone()  # type: ignore[misc]
    assert stored == checked.document.text  # type: ignore[attr-defined]
    assert not (tmp_path / "c.duckdb.tmp").exists()  # what spilled is gone with the connection

    monkeypatch.setattr(storage, "write_memory_limit", lambda _texts: 4 * 1024 * 1024)
    again = _long_document(8_000_001)
    with pytest.raises(Exception, match="Out of Memory"):
        save(store, run_id, again)  # type: ignore[arg-type]


def test_the_write_memory_cap_is_lifted_after_the_write(tmp_path: Path) -> None:
    from claims.pipeline import save

    store = VerdictStore(tmp_path / "c.duckdb")
    run_id = store.start_run({}, code_version="x", refdata_sha256="y")
    with store.session() as con:  # a caller holding the connection keeps its settings
        before = con.execute("SELECT current_setting('memory_limit')").fetchone()
        save(store, run_id, _long_document(1000))  # type: ignore[arg-type]
        assert con.execute("SELECT current_setting('memory_limit')").fetchone() == before
