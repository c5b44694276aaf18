"""The CLI on bad input: exit code, one ``error:`` line on stderr, never a traceback, and a database
that holds either nothing or a complete record of the run (never half a document)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from claims.cli import main
from claims.storage import VerdictStore

GOOD = "Xiaomi shares rose 5% to HK$15.36 on 5 August 2024.\n"
TABLES = ("runs", "run_documents", "documents", "claims", "relations", "reference_values", "verdicts")


def run(*args: str) -> Result:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def check(db: Path, *inputs: str, extra: tuple[str, ...] = ()) -> Result:
    return run("check", *inputs, "--db", str(db), "--format", "none", *extra)


def errors(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error:")]


def counts(db: Path) -> dict[str, int]:
    with VerdictStore(db, read_only=True) as store:
        return {t: int(store.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in TABLES}  # type: ignore[index]


def only_run(db: Path) -> dict[str, Any]:
    with VerdictStore(db, read_only=True) as store:
        runs = store.runs()
        assert len(runs) == 1
        return {**runs[0], "documents": store.run_documents(runs[0]["id"])}


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "db" / "claims.duckdb"


def assert_failed_run(db: Path, doc: str, error: str) -> None:
    """The run is recorded as failed with the input's reason, and no document, claim or verdict."""
    summary = only_run(db)
    assert summary["status"] == "failed" and summary["error"] == "no document could be read"
    assert [(d["doc"], d["status"], d["error"]) for d in summary["documents"]] == [(doc, "failed", error)]
    assert counts(db) == {
        "runs": 1,
        "run_documents": 1,
        "documents": 0,
        "claims": 0,
        "relations": 0,
        "reference_values": 0,
        "verdicts": 0,
    }


# -- check: inputs that cannot be read -----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty file (0 bytes)"),
        ("blank.txt", b" \n\t\n   ", "no text (whitespace only)"),
        ("data.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00", "binary file (contains NUL bytes), not text"),
        (
            "noise.txt",
            bytes(range(128, 256)) * 8,
            "not UTF-8 and no text encoding could be detected: the best reading (latin-1) is 18% plausible;"
            " convert the file to UTF-8 or declare its charset",
        ),
        (
            "zh.txt",
            "小米集团的收入增长了百分之十二，达到一百亿元。".encode("gbk"),
            "text is mostly not English (0% Latin letters); only English is supported",
        ),
    ],
)
def test_an_unreadable_file_fails_with_one_line(tmp_path, db, name, data, message):
    path = write(tmp_path, name, data)
    result = check(db, str(path))
    assert result.exit_code == 1
    assert result.stderr == f"error: {path}: {message}\n"
    assert_failed_run(db, str(path), f"{path}: {message}")


def test_a_missing_path(tmp_path, db):
    missing = tmp_path / "nope.txt"
    result = check(db, str(missing))
    assert (result.exit_code, result.stderr) == (1, f"error: {missing}: no such file or directory\n")
    assert_failed_run(db, str(missing), f"{missing}: no such file or directory")


def test_a_directory_without_text_files(tmp_path, db):
    folder = tmp_path / "pictures"
    folder.mkdir()
    write(folder, "a.png", b"\x89PNG\r\n")
    result = check(db, str(folder))
    message = f"{folder}: directory has no text files (.txt, .md, .text, .html, .htm)"
    assert (result.exit_code, result.stderr) == (1, f"error: {message}\n")
    assert_failed_run(db, str(folder), message)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.com/a.txt", "ftp://example.com/a.txt: ftp: URLs are not supported; only http(s)"),
        ("file:///etc/passwd", "file:///etc/passwd: file: URLs are not supported; only http(s)"),
        ("http://127.0.0.1:9/", "http://127.0.0.1:9/: unreachable (ConnectError: [Errno 111] Connection refused)"),
    ],
)
def test_urls_that_cannot_be_fetched(db, url, message):
    result = check(db, url)
    assert (result.exit_code, result.stderr) == (1, f"error: {message}\n")
    assert_failed_run(db, url, message)


def test_text_over_the_size_cap(tmp_path, db):
    path = write(tmp_path, "long.txt", GOOD * 50)
    result = check(db, str(path), extra=("--max-bytes", "1000"))
    message = f"{path}: file is {len(GOOD) * 50:,} bytes, over the 1,000-byte limit (--max-bytes)"
    assert (result.exit_code, result.stderr) == (1, f"error: {message}\n")
    assert_failed_run(db, str(path), message)


def test_a_non_positive_size_cap_is_a_usage_error(tmp_path, db):
    result = run("check", str(write(tmp_path, "a.txt", GOOD)), "--db", str(db), "--max-bytes", "0")
    assert result.exit_code == 2 and "Invalid value for '--max-bytes'" in result.stderr
    assert not db.exists()


# -- check: bad options write nothing at all -----------------------------------------------------


def test_an_unknown_source_lists_the_known_ones_and_writes_nothing(tmp_path, db):
    result = check(db, str(write(tmp_path, "a.txt", GOOD)), extra=("--source", "bloomberg"))
    assert result.exit_code == 2  # bad usage, like every other bad option
    assert result.stderr.endswith(
        "Error: Invalid value for '--source': unknown source 'bloomberg'; known sources: live, snapshot, stored, yfinance\n"
    )
    assert not db.exists() and not db.parent.exists()


@pytest.mark.parametrize("value", ["2024-13-01", "yesterday", "2024-02-30", "24-08-05", ""])
def test_a_bad_published_date_is_a_usage_error_and_writes_nothing(tmp_path, db, value):
    result = check(db, str(write(tmp_path, "a.txt", GOOD)), extra=("--published", value))
    assert result.exit_code == 2
    assert f"Error: Invalid value for '--published': {value!r} is not a date in YYYY-MM-DD form" in result.stderr
    assert not db.exists()


def test_no_inputs_is_a_usage_error(db):
    result = run("check", "--db", str(db))
    assert result.exit_code == 2 and "Missing argument 'PATH_OR_URL...'" in result.stderr
    assert not db.exists()


# -- check: one bad input among good ones --------------------------------------------------------


def test_one_bad_file_among_good_ones_makes_a_partial_run(tmp_path, db):
    folder = tmp_path / "news"
    folder.mkdir()
    good_a = write(folder, "a.txt", GOOD)
    good_b = write(folder, "c.txt", "Xiaomi shares fell 2% to HK$16.64 on 12 August 2024.\n")
    bad = write(folder, "b.txt", b"\x00\x01binary")
    missing = tmp_path / "missing.txt"
    result = check(db, str(folder), str(missing))
    assert result.exit_code == 3
    assert errors(result) == [
        f"error: {bad}: binary file (contains NUL bytes), not text",
        f"error: {missing}: no such file or directory",
    ]
    assert result.stderr.splitlines()[-1].endswith("is partial: 2 input(s) could not be read")
    assert "skipped" not in result.stderr  # each failure is reported once
    summary = only_run(db)
    assert summary["status"] == "partial" and summary["verdicts"] >= 2
    assert {d["doc"]: d["status"] for d in summary["documents"]} == {
        str(good_a): "checked",
        str(good_b): "checked",
        str(bad): "failed",
        str(missing): "failed",
    }
    c = counts(db)
    assert c["documents"] == 2 and c["verdicts"] == summary["verdicts"] and c["claims"] >= 2


def test_all_inputs_bad_is_a_failed_run_listing_each(tmp_path, db):
    a, b = write(tmp_path, "a.txt", b""), write(tmp_path, "b.txt", b"\x00")
    result = check(db, str(a), str(b))
    assert result.exit_code == 1
    assert errors(result) == [
        f"error: {a}: empty file (0 bytes)",
        f"error: {b}: binary file (contains NUL bytes), not text",
        "error: no document could be read",
    ]
    assert counts(db)["documents"] == 0 and counts(db)["run_documents"] == 2


def test_text_in_latin1_is_checked(tmp_path, db):
    path = write(
        tmp_path,
        "l1.txt",
        "Xiaomi shares rose 5% to HK$15.36 on 5 August 2024, said the café owner.\n".encode("latin-1"),
    )
    result = check(db, str(path))
    assert result.exit_code == 0, result.stderr
    with VerdictStore(db, read_only=True) as store:
        (text,) = store.con.execute("SELECT text FROM documents").fetchone()  # type: ignore[misc]
    assert "café" in text


# -- the database itself is the problem ---------------------------------------------------------


def test_a_corrupted_database_file_is_a_clear_error_and_is_left_untouched(tmp_path):
    db = tmp_path / "claims.duckdb"
    junk = bytes((i * 7919 + 13) % 256 for i in range(64 * 1024))
    db.write_bytes(junk)
    doc = str(write(tmp_path, "a.txt", GOOD))
    for args in (
        ("check", doc, "--db", str(db)),
        ("verdicts", "--db", str(db)),
        ("query", "SELECT 1", "--db", str(db)),
    ):
        result = run(*args)
        assert result.exit_code == 1
        assert result.stderr == (
            f'error: {db}: cannot open the database (IO Error: The file "{db}" exists,'
            " but it is not a valid DuckDB database file!)\n"
        )
    assert db.read_bytes() == junk


def test_a_database_path_under_a_file_is_a_clear_error(tmp_path):
    blocker = write(tmp_path, "data", "not a directory")
    result = check(blocker / "claims.duckdb", str(write(tmp_path, "a.txt", GOOD)))
    assert result.exit_code == 1
    assert result.stderr == f"error: {blocker / 'claims.duckdb'}: cannot create its directory (File exists)\n"


def test_a_database_that_is_a_directory_is_a_clear_error(tmp_path):
    result = check(tmp_path, str(write(tmp_path, "a.txt", GOOD)))
    assert result.exit_code == 1 and len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"error: {tmp_path}: cannot open the database")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to a read-only directory")
def test_a_read_only_data_directory_is_a_clear_error(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = check(folder / "claims.duckdb", str(write(tmp_path, "a.txt", GOOD)))
    finally:
        folder.chmod(0o755)
    assert result.exit_code == 1 and len(result.stderr.splitlines()) == 1
    assert "Permission denied" in result.stderr


def test_a_data_directory_that_cannot_be_created_is_a_clear_error(tmp_path, monkeypatch):
    """What a read-only parent directory does, simulated so that it also runs as root."""
    target = tmp_path / "ro" / "data"

    def refuse(self: Path, *_a: object, **_k: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    doc = str(write(tmp_path, "a.txt", GOOD))
    monkeypatch.setattr(Path, "mkdir", refuse)
    result = check(target / "claims.duckdb", doc)
    assert (result.exit_code, result.stderr) == (
        1,
        f"error: {target / 'claims.duckdb'}: cannot create its directory (Permission denied)\n",
    )
    assert not target.exists()


def test_reading_commands_on_a_missing_database(tmp_path):
    db = tmp_path / "none.duckdb"
    for args in (("verdicts",), ("runs",), ("query", "SELECT 1"), ("diff", "a", "b")):
        result = run(*args, "--db", str(db))
        assert (result.exit_code, result.stderr) == (1, f"error: {db}: no such database; run `claims check` first\n")
    assert not db.exists()


def test_verdicts_of_an_unknown_run(tmp_path, db):
    assert check(db, str(write(tmp_path, "a.txt", GOOD))).exit_code == 0
    result = run("verdicts", "--db", str(db), "--run", "nope")
    assert (result.exit_code, result.stderr) == (1, f"error: no run 'nope' in {db}; `claims runs` lists them\n")


# -- extract ------------------------------------------------------------------------------------


def test_extract_on_bad_files(tmp_path):
    missing = tmp_path / "x.txt"
    result = run("extract", str(missing))
    assert (result.exit_code, result.stderr) == (1, f"error: {missing}: no such file or directory\n")
    result = run("extract", str(tmp_path))
    assert (result.exit_code, result.stderr) == (1, f"error: {tmp_path}: a directory; give a text file\n")
    binary = write(tmp_path, "b.txt", b"\x00\x01")
    result = run("extract", str(binary))
    assert (result.exit_code, result.stderr) == (1, f"error: {binary}: binary file (contains NUL bytes), not text\n")
    result = run("extract", str(write(tmp_path, "a.txt", GOOD)), "--published", "2024-02-30")
    assert result.exit_code == 2


# -- the net under everything ---------------------------------------------------------------------


def test_an_unexpected_error_is_one_line_not_a_traceback(tmp_path, db, monkeypatch):
    import claims.pipeline

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("something broke\nsecond line")

    monkeypatch.setattr(claims.pipeline, "run_check", boom)
    result = check(db, str(write(tmp_path, "a.txt", GOOD)))
    assert result.exit_code == 1
    assert result.stderr == "error: unexpected RuntimeError: something broke (set CLAIMS_DEBUG=1 for the traceback)\n"


def test_a_document_that_crashes_extraction_does_not_sink_the_others(tmp_path, db, monkeypatch):
    import claims.pipeline

    real = claims.pipeline.extract_claims

    def fragile(document: Any, *args: Any, **kwargs: Any) -> Any:
        if "poison" in document.text:
            raise ValueError("year 0 is out of range")
        return real(document, *args, **kwargs)

    monkeypatch.setattr(claims.pipeline, "extract_claims", fragile)
    good = write(tmp_path, "good.txt", GOOD)
    bad = write(tmp_path, "bad.txt", "The poison pill: revenue rose 5% in Q4 0000.\n")
    result = check(db, str(good), str(bad))
    assert result.exit_code == 3
    summary = only_run(db)
    assert summary["status"] == "partial"
    assert {d["doc"]: d["status"] for d in summary["documents"]} == {str(good): "checked", str(bad): "failed"}


def test_a_size_cap_with_prefect_is_refused_not_ignored(tmp_path, db):
    result = check(db, str(write(tmp_path, "a.txt", GOOD)), extra=("--prefect", "--max-bytes", "1000"))
    assert result.exit_code == 2
    assert "--max-bytes cannot be combined with --prefect" in result.stderr
    assert not db.exists()


# -- "latest" is the last run that finished -------------------------------------------------------


def test_latest_is_the_last_finished_run_and_a_newer_failure_is_said(tmp_path, db):
    import json

    good = check(db, str(write(tmp_path, "a.txt", GOOD)))
    assert good.exit_code == 0
    bad = check(db, str(tmp_path / "typo.txt"))
    assert bad.exit_code == 1
    with VerdictStore(db, read_only=True) as store:
        failed_id, good_id = (r["id"] for r in store.runs())
        assert store.resolve_run("latest") == good_id
    shown = run("verdicts", "--db", str(db), "--format", "json")
    assert shown.exit_code == 0
    rows = json.loads(shown.stdout)
    assert rows and {r["run_id"] for r in rows} == {good_id}
    assert shown.stderr == (
        f"note: the newest run {failed_id} failed: no document could be read; "
        f"showing {good_id}, the last completed run\n"
    )
    # the failed run itself is still there by id
    by_id = run("verdicts", "--db", str(db), "--run", failed_id, "--format", "json")
    assert (by_id.exit_code, json.loads(by_id.stdout), by_id.stderr) == (0, [], "")


def test_latest_with_only_failed_runs_says_so(tmp_path, db):
    assert check(db, str(tmp_path / "typo.txt")).exit_code == 1
    result = run("verdicts", "--db", str(db))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: no completed run in {db}; the newest, ")
    assert result.stderr.endswith(" failed: no document could be read\n")


# -- exit codes ---------------------------------------------------------------------------------


@pytest.mark.parametrize("limit", ["-1", "0", "many"])
def test_a_bad_runs_limit_is_a_usage_error(tmp_path, db, limit):
    assert check(db, str(write(tmp_path, "a.txt", GOOD))).exit_code == 0
    result = run("runs", "--db", str(db), "--limit", limit)
    assert result.exit_code == 2
    assert "Invalid value for '--limit'" in result.stderr and "Binder" not in result.stderr


def test_extract_has_the_max_bytes_it_suggests(tmp_path):
    big = write(tmp_path, "big.txt", GOOD * 10)
    result = run("extract", str(big), "--max-bytes", "100")
    assert result.exit_code == 1
    assert result.stderr == f"error: {big}: file is {len(GOOD) * 10:,} bytes, over the 100-byte limit (--max-bytes)\n"
    assert run("extract", str(big), "--max-bytes", str(len(GOOD) * 10)).exit_code == 0
    assert run("extract", str(big), "--max-bytes", "0").exit_code == 2


def test_a_too_deep_query_does_not_suggest_a_set_the_guard_refuses(tmp_path, db):
    assert check(db, str(write(tmp_path, "a.txt", GOOD))).exit_code == 0
    deep = "SELECT " + "(" * 1500 + "1" + ")" * 1500
    result = run("query", deep, "--db", str(db))
    assert result.exit_code == 1
    assert "SET" not in result.stderr.replace("never a SET", "")
    assert result.stderr == (
        "error: cannot parse the query: Parser Error: Max expression depth limit of 1000 exceeded."
        " Simplify the query (claims query runs one SELECT, never a SET).\n"
    )
    refused = run("query", "SET max_expression_depth TO 5000", "--db", str(db))
    assert refused.exit_code == 1 and "only read queries are allowed" in refused.stderr


def test_a_symlink_loop_and_a_broken_symlink_say_what_they_are(tmp_path, db):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    broken = tmp_path / "broken.txt"
    broken.symlink_to(tmp_path / "gone.txt")
    result = check(db, str(loop))
    assert result.stderr == f"error: {loop}: symlink loop (too many levels of symbolic links)\n"
    result = check(db, str(broken))
    assert (
        result.stderr == f"error: {broken}: broken symlink (points to {tmp_path / 'gone.txt'}, which does not exist)\n"
    )
    assert run("extract", str(broken)).stderr.startswith(f"error: {broken}: broken symlink")


def test_a_broken_symlink_in_a_directory_is_reported_not_skipped(tmp_path, db):
    folder = tmp_path / "news"
    folder.mkdir()
    good = write(folder, "a.txt", GOOD)
    (folder / "b.txt").symlink_to(folder / "moved-away.txt")
    result = check(db, str(folder))
    assert result.exit_code == 3
    assert errors(result) == [
        f"error: {folder / 'b.txt'}: broken symlink (points to {folder / 'moved-away.txt'}, which does not exist)"
    ]
    summary = only_run(db)
    assert summary["status"] == "partial"
    assert {d["doc"]: d["status"] for d in summary["documents"]} == {
        str(good): "checked",
        str(folder / "b.txt"): "failed",
    }


def test_sigint_during_the_database_write_is_an_interrupted_run(tmp_path, db, monkeypatch):
    """A real SIGINT arrives while DuckDB is busy inside the write transaction: DuckDB turns it
    into RuntimeError('Query interrupted'); the CLI says "interrupted", exits 130 and the run is
    recorded as interrupted (not "failed by an unexpected error"), with no half-written document."""
    import signal
    import threading

    import claims.storage

    real = claims.storage.VerdictStore._save_one

    def slow_save(self: Any, con: Any, *args: Any) -> None:
        real(self, con, *args)
        threading.Timer(0.3, lambda: os.kill(os.getpid(), signal.SIGINT)).start()
        con.execute("SELECT sum(a.range) FROM range(20000000000) a").fetchall()  # busy until interrupted (or ~10 s)

    monkeypatch.setattr(claims.storage.VerdictStore, "_save_one", slow_save)
    # as in a fresh `claims` process: Python's own SIGINT handler (a test or library run before
    # may have installed another, which DuckDB's interrupt check would not stop for)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        result = check(db, str(write(tmp_path, "a.txt", GOOD)))
    finally:
        signal.signal(signal.SIGINT, previous)
    assert (result.exit_code, result.stderr) == (130, "error: interrupted\n")
    summary = only_run(db)
    assert (summary["status"], summary["error"]) == ("interrupted", "interrupted (SIGINT)")
    assert counts(db)["documents"] == 0 and counts(db)["verdicts"] == 0  # the transaction was rolled back


# -- standard input, default database ---------------------------------------------------------


def test_check_dash_reads_one_document_from_stdin(db):
    import json

    result = CliRunner().invoke(main, ["check", "-", "--db", str(db), "--format", "json"], input=GOOD)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {r["doc"] for r in rows} == {"-"} and "HK$15.36" in {r["text"] for r in rows}
    with VerdictStore(db, read_only=True) as store:
        (stored,) = store.stored_documents()
    assert stored[1].text == GOOD and stored[1].source == "<stdin>"


def test_the_default_database_is_per_user_and_said(tmp_path, monkeypatch):
    monkeypatch.delenv("CLAIMS_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    work = tmp_path / "elsewhere"
    work.mkdir()
    monkeypatch.chdir(work)
    article = write(tmp_path, "a.txt", GOOD)
    result = run("check", str(article), "--format", "none")
    expected = tmp_path / "xdg" / "claims" / "claims.duckdb"
    assert result.exit_code == 0
    assert result.stderr.startswith(f"database: {expected} (default; --db FILE or $CLAIMS_DB to change)\n")
    assert expected.exists() and not (work / "data").exists()
    listed = run("runs", "--format", "json")
    assert listed.exit_code == 0 and listed.stderr.startswith(f"database: {expected}")
    monkeypatch.setenv("CLAIMS_DB", str(tmp_path / "env.duckdb"))
    assert run("check", str(article), "--format", "none").stderr.startswith(
        f"database: {tmp_path / 'env.duckdb'} ($CLAIMS_DB)"
    )
    explicit = run("check", str(article), "--format", "none", "--db", str(tmp_path / "x.duckdb"))
    assert "database:" not in explicit.stderr


def test_ops_trigger_resolves_relative_paths_against_the_callers_directory(tmp_path, monkeypatch):
    import json

    import claims.ops

    home = tmp_path / "home"
    home.mkdir()
    (home / "ops.json").write_text(json.dumps({"api": "http://127.0.0.1:9/api", "pgids": {}}))
    sent: list[dict[str, Any]] = []
    monkeypatch.setattr(claims.ops, "trigger", lambda api, name, params: sent.append(params) or "run-1")
    caller = tmp_path / "caller"
    caller.mkdir()
    monkeypatch.chdir(caller)
    result = run(
        "ops",
        "trigger",
        "news",
        "https://example.com/a.html",
        "--db",
        "relops.duckdb",
        "--home",
        str(home),
        "--no-wait",
    )
    assert result.exit_code == 0, result.output
    assert sent == [
        {
            "source": "snapshot",
            "db_path": str(caller / "relops.duckdb"),
            "paths": [str(caller / "news"), "https://example.com/a.html"],
        }
    ]


# -- what the tables show ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "claimed", "reference"),
    [
        ({"text": "$218.36", "claimed_value": 218.36, "currency": "USD", "reference_value": 218.36}, "$218.36", "$218.36"),
        ({"text": "815.43%", "claimed_value": 815.43, "unit": "percent", "reference_value": 815.4321}, "815.43%", "815.4321%"),
        ({"text": "8.3%", "claimed_value": 8.3, "unit": "percent", "reference_value": 3.78378378}, "8.3%", "3.784%"),
        ({"text": "HK$15.36", "claimed_value": 15.36, "currency": "HKD", "reference_value": 15.0}, "HK$15.36", "HK$15"),
        ({"text": "75.51 billion yuan", "claimed_value": 75.51e9, "currency": "CNY", "reference_value": 75_506_822_000.0},
         "75,510,000,000 CNY", "75,506,822,000 CNY"),
        ({"text": "28.61 million", "claimed_value": 28_610_000.0, "reference_value": None}, "28,610,000", "—"),
        ({"text": "$15-20", "claimed_value": 15.0, "claimed_value_high": 20.0, "currency": "USD", "reference_value": None},
         "$15–20", "—"),
        ({"text": "3% to 4.5%", "claimed_value": 3.0, "claimed_value_high": 4.5, "unit": "percent", "reference_value": None},
         "3–4.5%", "—"),
    ],
)  # fmt: skip
def test_table_cells_show_values_as_written(row, claimed, reference):
    from claims.report import claimed_cell, reference_cell

    assert (claimed_cell(row), reference_cell(row)) == (claimed, reference)


def test_the_verdict_table_of_the_seeds_shows_written_values(tmp_path):
    from tests.conftest import SEEDS

    db = tmp_path / "c.duckdb"
    assert check(db, str(SEEDS)).exit_code == 0
    table = run("verdicts", "--db", str(db)).stdout
    assert "│ HK$15.36 " in table and "815.43%" in table and "815.4%" not in table and "USD 218.4" not in table


def test_a_fallback_to_the_snapshot_shows_in_the_table(tmp_path):
    from claims.pipeline import run_check
    from tests.fakes import FakeSource, price_values

    values = [
        v.model_copy(update={"is_fallback": True})
        for v in price_values("1810.HK", {"2024-08-05": (15.0, 15.5, 14.9, 15.36)})
    ]
    db = tmp_path / "c.duckdb"
    article = write(tmp_path, "a.txt", "Xiaomi shares closed at HK$15.36 on 5 August 2024.\n")
    with VerdictStore(db) as store:
        run_check(
            [str(article)],
            source=FakeSource({("price", "1810.HK"): values}),
            source_name="live",
            store=store,
            db_path=str(db),
        )
    table = run("verdicts", "--db", str(db)).stdout
    assert "HK$15.36 (fallback:" in table and "snapshot)" in table  # the cell may wrap after the colon


def test_extract_never_prints_an_exponent(tmp_path):
    article = write(tmp_path, "a.txt", "Lei Jun has 28.61 million followers and revenue of $1.2 billion.\n")
    out = run("extract", str(article)).stdout
    assert "28,610,000" in out and "1,200,000,000" in out and "e+" not in out


def test_runs_shows_run_ids_whole(tmp_path):
    db = tmp_path / "c.duckdb"
    for _ in range(2):
        assert check(db, str(write(tmp_path, "a.txt", GOOD))).exit_code == 0
    with VerdictStore(db, read_only=True) as store:
        ids = [r["id"] for r in store.runs()]
    out = run("runs", "--db", str(db)).stdout
    assert all(i in out for i in ids)  # each on one line, copyable into `claims diff`


def test_ops_trigger_refuses_an_unknown_source_as_bad_usage(tmp_path):
    result = run("ops", "trigger", "seeds", "--source", "bogus", "--home", str(tmp_path))
    assert result.exit_code == 2 and "unknown source 'bogus'" in result.stderr


def test_a_large_document_reports_its_progress(tmp_path):
    """Long work says what it is doing on stderr: extraction, verification and the write."""
    from claims.cli import _shows_progress
    from claims.pipeline import LARGE_DOCUMENT_CHARS, Analysis, Steps, run_check
    from tests.fakes import FakeSource

    big = write(tmp_path, "big.txt", GOOD * (LARGE_DOCUMENT_CHARS // len(GOOD) + 1))
    small = write(tmp_path, "small.txt", GOOD)
    assert _shows_progress((str(big),)) and not _shows_progress((str(small),)) and _shows_progress(("-",))
    said: list[str] = []
    with VerdictStore(":memory:") as store:
        result = run_check(
            [str(big)],
            source=FakeSource(),
            source_name="fake",
            store=store,
            db_path=":memory:",
            progress=said.append,
            steps=Steps(analyze=lambda item, *_: Analysis(item, [], [])),  # the steps' messages, not extraction
        )
    assert result.status == "completed"
    assert said[0] == f"{big}: extracting claims from {big.stat().st_size / 1e6:.1f} M characters …"
    assert said[1].startswith(f"{big}: 0 claims in ") and said[1].endswith(" s; verifying …")
    assert said[2] == f"{big}: storing 0 verdicts …"


def test_the_cli_size_limit_is_the_ingest_default():
    from claims import cli
    from claims.ingest import DEFAULT_MAX_BYTES

    assert cli.MAX_BYTES == DEFAULT_MAX_BYTES
