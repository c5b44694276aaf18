"""Run the deployments for real on this machine: a local Prefect server on 127.0.0.1, the
``claims-pool`` process work pool, ``prefect deploy --all`` from ``prefect.yaml`` and a worker.

    with LocalPrefect(home=".prefect") as lp:       # server on a free port, healthy
        lp.create_pool(); lp.deploy(); lp.start_worker()
        run_id = lp.trigger("check-claims/adhoc", {"paths": ["seeds"], "db_path": "/tmp/c.duckdb"})
        lp.wait(run_id)                             # -> "COMPLETED"

Every process is started in its own session (process group) and stopped by group: SIGTERM,
then SIGKILL after a grace period. ``claims ops up/trigger/down`` and ``make serve/trigger/down``
use this; so does ``tests/test_integration_prefect.py``. Never imports prefect itself (it runs
the ``prefect`` CLI of this interpreter's environment), so ``claims`` stays light.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx

from claims.errors import ClaimCheckError
from claims.prefect_env import PROJECT_ROOT, SETTINGS

POOL = "claims-pool"
STATE_FILE = "ops.json"


class OpsError(ClaimCheckError):
    pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def prefect_bin() -> str:
    return str(Path(sys.executable).with_name("prefect"))


def stop_group(proc: subprocess.Popen[Any], grace_s: float = 10.0) -> None:
    """SIGTERM the process group of ``proc`` (started with ``start_new_session``), then SIGKILL."""
    stop_pgid(proc.pid, grace_s)
    try:
        proc.wait(timeout=grace_s)
    except subprocess.TimeoutExpired:
        pass


def stop_pgid(pgid: int, grace_s: float = 10.0) -> None:
    try:
        os.killpg(pgid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + grace_s
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass


class LocalPrefect:
    """A Prefect server, and the pool/deployments/worker on it, all local and stopped together."""

    def __init__(self, home: str | Path, *, port: int | None = None, project: Path = PROJECT_ROOT) -> None:
        self.home = Path(home).resolve()
        self.port = port or free_port()
        self.project = project
        self.api = f"http://127.0.0.1:{self.port}/api"
        self.procs: dict[str, subprocess.Popen[Any]] = {}
        self.home.mkdir(parents=True, exist_ok=True)

    # -- environment and processes -------------------------------------------------------------

    @property
    def env(self) -> dict[str, str]:
        env = {**os.environ, **SETTINGS, "PREFECT_HOME": str(self.home), "PREFECT_API_URL": self.api}
        env["PREFECT_WORKER_QUERY_SECONDS"] = "2"  # pick up ad-hoc runs quickly (default 10 s)
        env.pop("PREFECT_PROFILE", None)
        return env

    def _spawn(self, name: str, args: list[str]) -> subprocess.Popen[Any]:
        log = (self.home / f"{name}.log").open("ab")
        proc = subprocess.Popen(
            args, cwd=self.project, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.procs[name] = proc
        self.save_state()
        return proc

    def run(self, *args: str, timeout: float = 120) -> str:
        out = subprocess.run(
            [prefect_bin(), *args], cwd=self.project, env=self.env, capture_output=True, text=True, timeout=timeout
        )
        if out.returncode != 0:
            raise OpsError(f"prefect {' '.join(args)} failed (rc={out.returncode}): {out.stderr[-2000:]}")
        return out.stdout

    def start_server(self, timeout: float = 120) -> None:
        self._spawn("server", [prefect_bin(), "server", "start", "--host", "127.0.0.1", "--port", str(self.port)])
        self.wait_healthy(timeout)

    def wait_healthy(self, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            server = self.procs.get("server")
            if server is not None and server.poll() is not None:
                raise OpsError(f"the Prefect server exited (rc={server.returncode}); see {self.home / 'server.log'}")
            try:
                if httpx.get(f"{self.api}/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        raise OpsError(f"the Prefect server at {self.api} was not healthy after {timeout:g} s")

    def create_pool(self) -> None:
        self.run("work-pool", "create", POOL, "--type", "process", "--overwrite")

    def deploy(self) -> None:
        self.run("--no-prompt", "deploy", "--all")

    def start_worker(self) -> None:
        self._spawn("worker", [prefect_bin(), "worker", "start", "--pool", POOL, "--install-policy", "never"])

    def stop(self) -> None:
        for name in ("worker", "server"):
            proc = self.procs.pop(name, None)
            if proc is not None:
                stop_group(proc)
        state = self.home / STATE_FILE
        state.unlink(missing_ok=True)

    def __enter__(self) -> LocalPrefect:
        self.start_server()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def save_state(self) -> None:
        state = {"api": self.api, "pgids": {name: p.pid for name, p in self.procs.items()}}
        (self.home / STATE_FILE).write_text(json.dumps(state))

    # -- the API ---------------------------------------------------------------------------------

    def deployment(self, name: str) -> dict[str, Any]:
        """``name`` is ``flow/deployment``, e.g. ``check-claims/daily``."""
        r = httpx.get(f"{self.api}/deployments/name/{name}", timeout=10)
        r.raise_for_status()
        return dict(r.json())

    def trigger(self, name: str, parameters: dict[str, Any] | None = None) -> str:
        return trigger(self.api, name, parameters)

    def wait(self, flow_run_id: str, timeout: float = 300) -> str:
        return wait_flow_run(self.api, flow_run_id, timeout)


def deployment_parameters(
    paths: Sequence[str], db_path: str, source: str, *, cwd: Path | None = None
) -> dict[str, Any]:
    """Flow-run parameters with every local path made absolute against ``cwd`` (the caller's
    directory): the worker runs flows in the project directory, where a relative path means
    something else. URLs are left as they are."""
    base = cwd or Path.cwd()

    def absolute(p: str) -> str:
        return p if p.lower().startswith(("http://", "https://")) else str((base / Path(p).expanduser()).resolve())

    params: dict[str, Any] = {"source": source, "db_path": absolute(db_path)}
    if paths:
        params["paths"] = [absolute(p) for p in paths]
    return params


def trigger(api: str, name: str, parameters: dict[str, Any] | None = None) -> str:
    """Create a flow run of deployment ``flow/deployment`` with ``parameters``; its id."""
    r = httpx.get(f"{api}/deployments/name/{name}", timeout=10)
    if r.status_code == 404:
        raise OpsError(f"no deployment {name!r} at {api}; run `claims ops up` (it deploys prefect.yaml)")
    r.raise_for_status()
    run = httpx.post(
        f"{api}/deployments/{r.json()['id']}/create_flow_run", json={"parameters": parameters or {}}, timeout=10
    )
    run.raise_for_status()
    return str(run.json()["id"])


def wait_flow_run(api: str, flow_run_id: str, timeout: float = 300) -> str:
    """Poll until the flow run is final; its state type (COMPLETED, FAILED, CRASHED, CANCELLED)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        r = httpx.get(f"{api}/flow_runs/{flow_run_id}", timeout=10)
        r.raise_for_status()
        state = (r.json().get("state") or {}).get("type")
        if state in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED"):
            return str(state)
        time.sleep(1)
    raise OpsError(f"flow run {flow_run_id} did not finish within {timeout:g} s")


def read_state(home: str | Path) -> dict[str, Any]:
    path = Path(home) / STATE_FILE
    if not path.exists():
        raise OpsError(f"nothing is running ({path} not found); start it with `claims ops up`")
    return dict(json.loads(path.read_text()))


def down(home: str | Path) -> list[str]:
    """Stop the processes `claims ops up` recorded in ``home``, by process group."""
    state = read_state(home)
    stopped = []
    for name in ("worker", "server"):
        pgid = state["pgids"].get(name)
        if pgid:
            stop_pgid(int(pgid))
            stopped.append(name)
    (Path(home) / STATE_FILE).unlink(missing_ok=True)
    return stopped
