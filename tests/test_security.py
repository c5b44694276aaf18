"""Security: SQL is bound, `claims query` only reads the database, URL fetching is narrow, secrets
stay out of messages and the database."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from claims.cli import main
from claims.errors import ReadOnlyQuery
from claims.storage import VerdictStore, check_read_only

CLAIMS = Path(__file__).resolve().parent.parent / "claims"
GOOD = "Xiaomi's shares hit a low of HK$15.36 on 5 August 2024.\n"


def run(*args: str) -> Result:
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


# -- every SQL statement binds its parameters ----------------------------------------------------


def _sql_calls() -> list[tuple[str, int, ast.expr]]:
    calls = []
    for path in sorted(CLAIMS.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("execute", "executemany", "sql", "query")
                and node.args
            ):
                calls.append((path.name, node.lineno, node.args[0]))
    return calls


def test_no_sql_is_built_from_strings():
    """No f-string, %-formatting, concatenation or .format() as the SQL of any execute() in claims/."""
    calls = _sql_calls()
    assert len(calls) >= 15  # the scan does find the storage layer's statements
    built = [
        (name, line, ast.unparse(arg)[:60])
        for name, line, arg in calls
        if isinstance(arg, ast.JoinedStr | ast.BinOp)
        or (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr == "format")
    ]
    assert built == []


def test_only_storage_talks_to_duckdb():
    users = sorted(p.name for p in CLAIMS.rglob("*.py") if "import duckdb" in p.read_text(encoding="utf-8"))
    assert users == ["storage.py"]


def test_values_with_sql_in_them_are_stored_verbatim(tmp_path):
    """A hostile file name and text are data, not SQL."""
    name = tmp_path / "a'); DROP TABLE runs; --.txt"
    name.write_text("Robert'); DROP TABLE verdicts; -- said Xiaomi shares rose 5% to HK$15.36 on 5 August 2024.\n")
    db = tmp_path / "c.duckdb"
    assert run("check", str(name), "--db", str(db), "--format", "none").exit_code == 0
    with VerdictStore(db, read_only=True) as store:
        docs = store.con.execute("SELECT doc FROM run_documents").fetchall()
        assert docs == [(str(name),)]
        assert store.con.execute("SELECT count(*) FROM verdicts").fetchone() == (2,)


# -- claims query reads the database and nothing else --------------------------------------------

REFUSED_STATEMENTS = {
    "INSERT INTO runs (id, started_at, status) VALUES ('x', now(), 'x')": "INSERT",
    "UPDATE runs SET status = 'x'": "UPDATE",
    "DELETE FROM verdicts": "DELETE",
    "DROP TABLE runs": "DROP",
    "CREATE TABLE x AS SELECT 1": "CREATE",
    "CREATE SECRET s (TYPE s3, KEY_ID 'a', SECRET 'b')": "CREATE",
    "ALTER TABLE runs ADD COLUMN x INT": "ALTER",
    "ATTACH '/tmp/other.duckdb' AS other": "ATTACH",
    "DETACH other": "DETACH",
    "COPY runs TO '/tmp/runs.csv'": "COPY",
    "COPY runs FROM '/etc/passwd'": "COPY",
    "EXPORT DATABASE '/tmp/export'": "EXPORT",
    "INSTALL httpfs": "LOAD",
    "LOAD httpfs": "LOAD",
    "PRAGMA database_list": "PRAGMA",
    "SET enable_external_access = true": "SET",
    "RESET enable_external_access": "SET",
    "USE memory": "SET",
    "CALL pragma_version()": "CALL",
    "CHECKPOINT": "CALL",
    "VACUUM": "VACUUM",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("query")
    (folder / "a.txt").write_text(GOOD)
    path = folder / "claims.duckdb"
    assert run("check", str(folder / "a.txt"), "--db", str(path), "--format", "none").exit_code == 0
    return path


def snapshot(db: Path) -> dict[str, object]:
    with VerdictStore(db, read_only=True) as store:
        tables = store.con.execute(
            "SELECT table_name, table_type FROM information_schema.tables ORDER BY ALL"
        ).fetchall()
        rows = {t: store.con.execute(f'SELECT count(*) FROM "{t}"').fetchone() for t, _ in tables}
        status = store.con.execute("SELECT id, status FROM runs ORDER BY id").fetchall()
    return {"tables": tables, "rows": rows, "runs": status}


@pytest.mark.parametrize(("sql", "kind"), list(REFUSED_STATEMENTS.items()))
def test_query_refuses_statements_that_write_or_reach_outside(db, sql, kind):
    before = snapshot(db)
    result = run("query", sql, "--db", str(db))
    assert result.exit_code == 1
    assert result.stderr == f"error: only read queries are allowed (got {kind}); the database is opened read-only\n"
    assert snapshot(db) == before


@pytest.mark.parametrize(
    "sql",
    ["SELECT 1; DROP TABLE runs", "SELECT 1; SELECT 2", "SELECT 1;;INSERT INTO runs VALUES (1)"],
)
def test_query_refuses_more_than_one_statement(db, sql):
    before = snapshot(db)
    result = run("query", sql, "--db", str(db))
    assert result.exit_code == 1 and result.stderr.startswith("error: expected exactly one statement, got ")
    assert snapshot(db) == before


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_csv_auto('/etc/hosts')",
        "SELECT * FROM read_text('/etc/passwd')",
        "SELECT * FROM read_blob('/etc/passwd')",
        "SELECT * FROM glob('/etc/*')",
        "SELECT * FROM read_parquet('/tmp/x.parquet')",
        "SELECT * FROM read_json_auto('/etc/hosts')",
        "SELECT * FROM sniff_csv('/etc/passwd')",
    ],
)
def test_query_cannot_read_or_write_files(db, sql):
    result = run("query", sql, "--db", str(db))
    assert result.exit_code == 1
    assert result.stderr.startswith("error: query failed: Permission Error: Cannot access ")
    assert "file system operations are disabled by configuration" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert not Path("/tmp/claims-out.csv").exists()


def test_query_on_a_path_is_not_a_file_read(db):
    result = run("query", "SELECT * FROM '/etc/passwd'", "--db", str(db))
    assert result.exit_code == 1 and "root:" not in result.output


@pytest.mark.parametrize(
    "sql", ["EXPLAIN ANALYZE DELETE FROM verdicts", "EXPLAIN ANALYZE COPY (SELECT 1) TO '/tmp/claims-out.csv'"]
)
def test_a_write_inside_explain_analyze_is_refused_before_it_runs(db, sql):
    before = snapshot(db)
    result = run("query", sql, "--db", str(db))
    assert (result.exit_code, result.stderr) == (1, "error: only EXPLAIN of a SELECT is allowed\n")
    assert snapshot(db) == before


def test_explain_of_a_select_is_allowed(db):
    assert run("query", "EXPLAIN SELECT count(*) FROM verdicts", "--db", str(db)).exit_code == 0


def test_query_reads_still_work(db):
    result = run("query", "SELECT verdict, count(*) AS n FROM latest_verdicts GROUP BY ALL ORDER BY 1", "--db", str(db))
    assert result.exit_code == 0 and "supported" in result.stdout
    assert run("query", "WITH x AS (SELECT 1 AS a) SELECT a FROM x", "--db", str(db), "--format", "json").exit_code == 0


def test_a_query_that_does_not_parse_is_one_line(db):
    result = run("query", "SELEC nonsense FROM", "--db", str(db))
    assert result.exit_code == 1 and len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("error: cannot parse the query: Parser Error")


@pytest.mark.parametrize(
    "sql",
    [
        "EXPLAIN ANALYZE DELETE FROM schema_migrations",
        "EXPLAIN ANALYZE INSERT INTO runs (id, started_at, status) VALUES ('x', now(), 'x')",
        "EXPLAIN ANALYZE CREATE TABLE zz AS SELECT 1",
    ],
)
def test_check_read_only_refuses_explain_analyze_of_a_write(sql):
    with pytest.raises(ReadOnlyQuery):
        check_read_only(sql)


# -- URL fetching --------------------------------------------------------------------------------


def test_url_credentials_stay_out_of_messages_and_run_documents(tmp_path):
    db = tmp_path / "c.duckdb"
    result = run("check", "http://alice:s3cret@127.0.0.1:9/", "--db", str(db), "--format", "none")
    assert result.exit_code == 1 and "s3cret" not in result.output and "***@127.0.0.1:9" in result.stderr
    with VerdictStore(db, read_only=True) as store:
        rows = store.con.execute("SELECT doc, error FROM run_documents").fetchall()
    assert rows and all("s3cret" not in str(v) for row in rows for v in row)


def test_url_credentials_stay_out_of_the_run_parameters(tmp_path):
    db = tmp_path / "c.duckdb"
    run("check", "http://alice:s3cret@127.0.0.1:9/", "--db", str(db), "--format", "none")
    with VerdictStore(db, read_only=True) as store:
        (parameters,) = store.con.execute("SELECT parameters FROM runs").fetchone()  # type: ignore[misc]
    assert "s3cret" not in parameters


def test_the_cli_fetches_nothing_but_http_urls(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("Xiaomi shares rose 5% to HK$15.36 on 5 August 2024.")
    db = tmp_path / "c.duckdb"
    for url in (f"file://{secret}", f"FILE://{secret}", f"file:{secret}"):
        result = run("check", url, "--db", str(db), "--format", "none")
        assert result.exit_code == 1 and "URLs are not supported; only http(s)" in result.stderr
    with VerdictStore(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM documents").fetchone() == (0,)
