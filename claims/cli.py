"""The ``claims`` command. The only place that turns errors into messages and exit codes.

Exit codes: 0 done; 1 failed (a one-line error on stderr); 2 bad usage; 3 partial (some inputs
could not be read; the others were checked and stored).
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from claims.errors import ClaimCheckError

# claims.ingest.DEFAULT_MAX_BYTES, repeated so that the options are built without importing the
# ingest (and pydantic) at start-up; tests/test_cli.py checks the two agree.
MAX_BYTES = 20 * 1024 * 1024
_max_bytes = click.option(
    "--max-bytes", type=click.IntRange(min=1), default=MAX_BYTES, show_default=True, help="Largest input accepted."
)

EXIT_FAILED, EXIT_PARTIAL, EXIT_INTERRUPTED = 1, 3, 130
DB_HELP = "DuckDB file (default: $CLAIMS_DB, else claims.duckdb in your user data directory)."
LARGE_INPUT_BYTES = 1_000_000  # from this size on, `check` reports its progress on stderr


def _db(db: str | None) -> str:
    """The database to use; says on stderr which one when it was not given with --db."""
    if db is not None:
        return db
    from claims.storage import default_db_path

    path = default_db_path()
    how = "$CLAIMS_DB" if os.environ.get("CLAIMS_DB") else "default; --db FILE or $CLAIMS_DB to change"
    click.echo(f"database: {path} ({how})", err=True)
    return path


def _check_source(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
    from claims import sources

    if value not in sources.known_sources():  # bad usage: exit 2, before any work
        raise click.BadParameter(f"unknown source {value!r}; known sources: {', '.join(sources.known_sources())}")
    return value


def _fail(message: str, code: int = EXIT_FAILED) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def _parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ClaimCheckError as exc:
            _fail(str(exc))
        except KeyboardInterrupt:
            _fail("interrupted", EXIT_INTERRUPTED)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except OSError as exc:  # a path we were given cannot be created, read or written
            where = f"{exc.filename}: " if exc.filename else ""
            _fail(f"{where}{exc.strerror or exc}")
        except Exception as exc:  # never a traceback; CLAIMS_DEBUG=1 shows it
            if os.environ.get("CLAIMS_DEBUG"):
                raise
            first = str(exc).splitlines()[0] if str(exc) else ""
            _fail(f"unexpected {type(exc).__name__}: {first} (set CLAIMS_DEBUG=1 for the traceback)")


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claims")
def main() -> None:
    """Fact-check the numbers in news articles.

    Example: claims check seeds/ && claims verdicts --format json
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH_OR_URL...")
@click.option("--db", default=None, metavar="FILE", help=DB_HELP)
@click.option(
    "--source",
    default="snapshot",
    show_default=True,
    callback=_check_source,
    help="Reference source: snapshot (offline data in data/), yfinance, live, stored.",
)
@click.option(
    "--published",
    callback=_parse_date,
    help="Publication date (YYYY-MM-DD) for every input; overrides what the files say.",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "none"]), default="table", show_default=True)
@click.option(
    "--prefect",
    is_flag=True,
    help="Run as the Prefect flow check-claims (starts a local API if none is configured: ~10-25 s).",
)
@_max_bytes
@click.option(
    "--lock-timeout",
    type=float,
    default=30.0,
    show_default=True,
    help="Seconds to wait for another process writing to --db.",
)
@click.option(
    "--data",
    "data",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Reference data directory (default: $CLAIMS_DATA, else the data shipped with the package).",
)
def check(
    inputs: tuple[str, ...],
    db: str | None,
    source: str,
    published: date | None,
    fmt: str,
    prefect: bool,
    max_bytes: int,
    lock_timeout: float,
    data: Path | None,
) -> None:
    """Check the numbers in files, directories, http(s) URLs or standard input (-); store the verdicts.

    Example: claims check seeds/ --source snapshot --db data/claims.duckdb
    """
    from claims import sources
    from claims.ingest import DEFAULT_MAX_BYTES
    from claims.refdata.paths import resolve_data_dir

    data_dir = resolve_data_dir(data)

    if inputs.count("-") > 1:
        raise click.UsageError("standard input (-) can be given once")
    if prefect and "-" in inputs:
        raise click.UsageError("standard input (-) cannot be combined with --prefect (the flow reads paths)")
    if prefect and max_bytes != DEFAULT_MAX_BYTES:  # the flow has no size parameter yet: refuse, never ignore
        raise click.UsageError("--max-bytes cannot be combined with --prefect (the flow always uses the default)")
    if prefect and data_dir != resolve_data_dir(None, environ={}):  # the flow reads the shipped data only
        raise click.UsageError(
            "--data / $CLAIMS_DATA cannot be combined with --prefect (the flow reads the shipped data)"
        )
    db = _db(db)
    if prefect:
        from flows.check_claims import check_claims

        summary = check_claims(
            paths=list(inputs), source=source, db_path=db, published=published.isoformat() if published else None
        )
        run_id, status, error = summary["run_id"], summary["status"], summary.get("error")
        failures = summary.get("failures", [])
    else:
        from claims.pipeline import run_check
        from claims.storage import VerdictStore

        with VerdictStore(db, lock_timeout=lock_timeout) as store:
            src = sources.build(source, store=store, data_dir=data_dir)
            result = run_check(
                list(inputs),
                source=src,
                source_name=source,
                store=store,
                db_path=db,
                published=published,
                max_bytes=max_bytes,
                data_dir=data_dir,
                # failures are listed once, after the verdicts: not also as "skipped" progress lines
                progress=(lambda m: None if m.startswith("skipped ") else click.echo(m, err=True))
                if _shows_progress(inputs)
                else None,
            )
        run_id, status, error = result.run_id, result.status, result.error
        failures = [f.model_dump() for f in result.failures]
    if status == "failed" and len(failures) == 1 and len(inputs) == 1:
        _fail(failures[0]["error"])  # the one input could not be read: say why, in one line
    _show_run(db, run_id, fmt, lock_timeout)
    for f in failures:
        click.echo(f"error: {f['error']}", err=True)
    if status == "failed":
        _fail(error or "the run failed")
    if status == "partial":
        click.echo(f"run {run_id} is partial: {len(failures)} input(s) could not be read", err=True)
        sys.exit(EXIT_PARTIAL)


def _shows_progress(inputs: tuple[str, ...]) -> bool:
    """Progress lines on stderr for several inputs, a directory, stdin or a large file."""
    if len(inputs) > 1 or inputs[0] == "-":
        return True
    path = Path(inputs[0])
    try:
        return path.is_dir() or (path.is_file() and path.stat().st_size >= LARGE_INPUT_BYTES)
    except OSError:
        return False


def _show_run(db: str, run_id: str, fmt: str, lock_timeout: float) -> None:
    if fmt == "none":
        return
    from claims.report import coverage_line, print_verdicts, verdicts_json
    from claims.storage import VerdictStore

    with VerdictStore(db, read_only=True, lock_timeout=lock_timeout) as store:
        rows = store.verdicts_for(run_id)
        docs = store.run_documents(run_id)
    if fmt == "json":
        click.echo(verdicts_json(rows))
        return
    print_verdicts(rows)
    for d in docs:
        if d["coverage"]:
            click.echo(coverage_line(str(d["doc"]), json.loads(d["coverage"])))
    click.echo(f"run {run_id} stored in {db}")


@main.command()
@click.option(
    "--run",
    "run",
    default="latest",
    show_default=True,
    help="Run id, or 'latest' (the last completed or partial run).",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--db", default=None, metavar="FILE", help=DB_HELP)
def verdicts(run: str, fmt: str, db: str | None) -> None:
    """Show the verdicts of a run.

    Example: claims verdicts --run latest --format json
    """
    from claims.report import JSON_FIELDS, print_verdicts, rows_csv, verdicts_json
    from claims.storage import VerdictStore

    with VerdictStore(_db(db), read_only=True) as store:
        run_id = store.resolve_run(run)
        if run == "latest":
            _say_newer_unfinished(store, run_id)
        rows = store.verdicts_for(run_id)
    if fmt == "json":
        click.echo(verdicts_json(rows))
    elif fmt == "csv":
        click.echo(rows_csv(JSON_FIELDS, [[r.get(k) for k in JSON_FIELDS] for r in rows]), nl=False)
    else:
        print_verdicts(rows)


def _say_newer_unfinished(store: Any, run_id: str) -> None:
    """One line on stderr when the newest run did not finish: 'latest' is then an older run."""
    newer = store.unfinished_after(run_id)
    if newer:
        n = newer[0]
        why = f": {n['error']}" if n["error"] else ""
        click.echo(
            f"note: the newest run {n['id']} {n['status']}{why}; showing {run_id}, the last completed run", err=True
        )


@main.command()
@click.argument("sql")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--db", default=None, metavar="FILE", help=DB_HELP)
def query(sql: str, fmt: str, db: str | None) -> None:
    """Run one read-only SQL query on the verdict database.

    Views: latest_verdicts, claim_history, changed_verdicts, verdict_counts, run_summary.

    Example: claims query "SELECT verdict, count(*) FROM latest_verdicts GROUP BY ALL"
    """
    from claims.report import print_table, rows_csv, rows_json
    from claims.storage import VerdictStore, check_read_only

    check_read_only(sql)
    with VerdictStore(_db(db), read_only=True) as store:
        columns, rows = store.query(sql)
    if fmt == "json":
        click.echo(rows_json(columns, rows))
    elif fmt == "csv":
        click.echo(rows_csv(columns, rows), nl=False)
    else:
        print_table(columns, rows)


@main.command()
@click.argument("file")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--published", callback=_parse_date, help="Publication date (YYYY-MM-DD).")
@_max_bytes
def extract(file: str, fmt: str, published: date | None, max_bytes: int) -> None:
    """Print the claims found in one file or standard input (-) (no verification, no database).

    Example: claims extract seeds/000_fcf98af3e00acd2b.txt --format json
    """
    from claims.extract import extract_claims, extract_relations
    from claims.ingest import load_document

    document = load_document(file, published=published, max_bytes=max_bytes)
    claims = extract_claims(document)
    if fmt == "json":
        payload = {
            "doc": file,
            "published": document.published.isoformat() if document.published else None,
            "claims": [c.model_dump(mode="json", exclude={"sentence"}) for c in claims],
            "relations": [r.model_dump(mode="json") for r in extract_relations(document, claims)],
        }
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    from claims.report import plain_number, print_table

    rows = [
        (
            c.start,
            c.end,
            c.quantity.text,
            plain_number(c.quantity.value)
            + (f"–{plain_number(c.quantity.value_high)}" if c.quantity.value_high is not None else ""),
            c.quantity.unit or "",
            c.quantity.currency or "",
            c.quantity.hedge,
            c.quantity.direction or "",
            c.subject or "",
            (c.metric or "") + (f"/{c.aspect}" if c.aspect else ""),
            c.period.label if c.period else "",
        )
        for c in claims
    ]
    print_table(
        ("start", "end", "text", "value", "unit", "currency", "hedge", "direction", "subject", "metric", "period"), rows
    )


@main.command()
@click.option("--db", default=None, metavar="FILE", help=DB_HELP)
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="How many runs.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def runs(db: str | None, limit: int, fmt: str) -> None:
    """List runs, newest first, with their status and verdict counts.

    Example: claims runs --limit 5
    """
    from claims.report import print_table, rows_json
    from claims.storage import VerdictStore

    with VerdictStore(_db(db), read_only=True) as store:
        rows = store.runs(limit)
    columns = list(rows[0]) if rows else ["id"]
    values = [tuple(r.values()) for r in rows]
    if fmt == "json":
        click.echo(rows_json(columns, values))
    else:
        print_table(columns, values, whole=("id", "flow_run_id"))  # ids stay copyable into `claims diff`


@main.command()
@click.argument("run_a")
@click.argument("run_b")
@click.option("--db", default=None, metavar="FILE", help=DB_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def diff(run_a: str, run_b: str, db: str | None, fmt: str) -> None:
    """Show the claims whose verdict or reference value changed between two runs.

    Example: claims diff 20261123T020000Z-ab12cd latest
    """
    from claims.report import print_table, rows_json
    from claims.storage import VerdictStore

    with VerdictStore(_db(db), read_only=True) as store:
        rows = store.diff(run_a, run_b)
    columns = [
        "claim_id",
        "doc",
        "start",
        "text",
        "verdict_a",
        "verdict_b",
        "reference_a",
        "reference_b",
        "explanation_b",
    ]
    values = [tuple(r[c] for c in columns) for r in rows]
    if fmt == "json":
        click.echo(rows_json(columns, values))
    else:
        print_table(columns, values)
        click.echo(f"{len(rows)} claim(s) changed")


def _register_groups() -> None:
    from claims.cli_ops import ops
    from claims.cli_refdata import refdata
    from claims.cli_report import report

    main.add_command(refdata)
    main.add_command(ops)
    main.add_command(report)


_register_groups()
