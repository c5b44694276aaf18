"""``claims ops``: run the prefect.yaml deployments on a local Prefect server (claims.ops)."""

from __future__ import annotations

import json
import time

import click

from claims.prefect_env import PROJECT_ROOT

DEFAULT_HOME = str(PROJECT_ROOT / ".prefect")


def _known_source(value: str) -> str:
    from claims import sources

    if value not in sources.known_sources():  # bad usage (exit 2), before anything is sent
        raise click.BadParameter(f"unknown source {value!r}; known sources: {', '.join(sources.known_sources())}")
    return value


@click.group()
def ops() -> None:
    """Run the Prefect deployments locally: a server on 127.0.0.1, the pool, the deployments and a worker."""


@ops.command()
@click.option("--home", default=DEFAULT_HOME, show_default=True, help="PREFECT_HOME (server database, logs).")
@click.option("--port", type=int, default=None, help="Server port (default: a free one).")
@click.option("--detach", is_flag=True, help="Leave everything running and return; stop it with `claims ops down`.")
def up(home: str, port: int | None, detach: bool) -> None:
    """Start a local Prefect server, create claims-pool, deploy prefect.yaml and start a worker.

    Example: claims ops up   (Ctrl-C stops the server and the worker)
    """
    from claims.ops import LocalPrefect

    lp = LocalPrefect(home, port=port)
    try:
        lp.start_server()
        lp.create_pool()
        lp.deploy()
        lp.start_worker()
    except BaseException:
        lp.stop()
        raise
    click.echo(f"Prefect API {lp.api} (UI http://127.0.0.1:{lp.port}); deployments check-claims/daily, adhoc")
    click.echo(f"export PREFECT_API_URL={lp.api}")
    if detach:
        return
    try:
        while all(p.poll() is None for p in lp.procs.values()):
            time.sleep(1)
        click.echo("a Prefect process exited; stopping", err=True)
    except KeyboardInterrupt:
        pass
    finally:
        lp.stop()


@ops.command()
@click.argument("paths", nargs=-1)
@click.option("--home", default=DEFAULT_HOME, show_default=True)
@click.option(
    "--db",
    "db_path",
    default=None,
    metavar="FILE",
    help="DuckDB file (default: $CLAIMS_DB, else claims.duckdb in your user data directory).",
)
@click.option("--source", default="snapshot", show_default=True, callback=lambda c, p, v: _known_source(v))
@click.option("--deployment", default="check-claims/adhoc", show_default=True)
@click.option("--wait/--no-wait", default=True, show_default=True)
def trigger(paths: tuple[str, ...], home: str, db_path: str | None, source: str, deployment: str, wait: bool) -> None:
    """Start a run of a deployment on the server `claims ops up` started, and wait for it.

    Relative paths (inputs and --db) are resolved against the directory you run this in: the
    worker runs the flow in the project directory.

    Example: claims ops trigger seeds --db data/claims.duckdb
    """
    from claims.ops import OpsError, deployment_parameters, read_state, trigger, wait_flow_run
    from claims.storage import default_db_path

    api = read_state(home)["api"]
    params = deployment_parameters(paths, db_path or default_db_path(), source)
    run_id = trigger(api, deployment, params)
    click.echo(f"flow run {run_id} ({deployment} {json.dumps(params)})")
    if wait:
        state = wait_flow_run(api, run_id)
        click.echo(state)
        if state != "COMPLETED":
            raise OpsError(f"flow run {run_id} ended {state}")


@ops.command()
@click.option("--home", default=DEFAULT_HOME, show_default=True)
def down(home: str) -> None:
    """Stop the server and worker that `claims ops up --detach` left running.

    Example: claims ops down
    """
    from claims.ops import down as stop

    click.echo(f"stopped: {', '.join(stop(home)) or 'nothing'}")


if __name__ == "__main__":  # `python -m claims.cli_ops up` works before the group is registered in cli.py
    ops()
