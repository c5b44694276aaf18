"""``claims report``: write the static HTML report of a run (see ``claims.site``)."""

from __future__ import annotations

import click


@click.command()
@click.option(
    "--run", "run", default="latest", show_default=True, help="Run id, or 'latest' (the last completed or partial run)."
)
@click.option(
    "--db", default=None, help="DuckDB file the run is stored in (default: $CLAIMS_DB, else the user data dir)."
)
@click.option(
    "-o", "--out", "out", default="report", show_default=True, help="Directory to write the site into (replaced)."
)
@click.option(
    "--data", "data_dir", default=None, help="Reference data directory for the price charts (default: shipped data)."
)
@click.option("--quiet", is_flag=True, help="No progress lines; print only where the report is.")
def report(run: str, db: str | None, out: str, data_dir: str | None, quiet: bool) -> None:
    """Write a static HTML report of a run: each article with its claims highlighted by verdict.

    Opens from file:// (no server, nothing loaded from the network).

    Example: claims report --run latest -o report && xdg-open report/index.html
    """
    from claims.site import build_site
    from claims.storage import VerdictStore, default_db_path

    with VerdictStore(db or default_db_path(), read_only=True) as store:
        result = build_site(
            store,
            out,
            run=run,
            data_dir=data_dir,
            progress=None if quiet else (lambda m: click.echo(m, err=True)),
        )
    if not quiet:
        click.echo(
            f"report of run {result.run_id}: {result.documents} documents, {result.highlights} claims,"
            f" {result.charts} charts in {result.seconds:.1f} s",
            err=True,
        )
    click.echo(f"report: {result.index.as_uri()}")
