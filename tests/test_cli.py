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
        ("noise.txt", bytes(range(128, 256)) * 8, "not UTF-8 and no text encoding could be detected; binary?"),
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
    assert result.exit_code == 1
    assert result.stderr == "error: unknown source 'bloomberg'; known sources: live, snapshot, stored, yfinance\n"
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

    def fragile(document: Any) -> Any:
        if "poison" in document.text:
            raise ValueError("year 0 is out of range")
        return real(document)

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
