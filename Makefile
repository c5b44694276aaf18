# claims — two commands do everything on a fresh machine: `make run` and `make test`.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# The install is locked: requirements.lock pins every package (direct and transitive) with its
# hashes, and pip installs exactly that set. It is redone only when the lock or pyproject.toml
# changes (the stamp is keyed on their hash).
LOCK := requirements.lock
STAMP := $(VENV)/.stamp-$(shell cat pyproject.toml $(LOCK) | cksum | cut -d' ' -f1)
DB ?= data/claims.duckdb

# Prefect must never reach the network or race its own telemetry (see README, "Prefect offline").
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 120

.PHONY: install lock run check browser test test-integration bench clean

install: $(STAMP) ## create .venv and install exactly the locked versions, then the project (editable, no deps)

$(STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip check
	rm -f $(VENV)/.stamp-*
	touch $@

# Refresh the lock from pyproject.toml's ranges (newest compatible versions), then print what
# changed, package by package. Review the list, run `make test`, commit both files together.
lock: install ## re-resolve requirements.lock (with hashes) and show which versions changed
	cp $(LOCK) $(VENV)/lock.before
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra bench --generate-hashes --upgrade \
	  --python-version 3.11 --python-platform x86_64-unknown-linux-gnu --quiet -o $(LOCK)
	$(BIN)/python .ci/lock_diff.py $(VENV)/lock.before $(LOCK)

run: install ## run the Prefect flow on seeds/ with the offline snapshot, print verdicts and where the HTML report is
	$(BIN)/claims check --prefect seeds --source snapshot --db $(DB)
	$(BIN)/claims report --db $(DB) -o report --quiet

check: install ## format check, lint and type check
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy

# The report's browser tests drive Debian's chromium through its chromedriver (never a browser
# download). As root (CI) they are installed when missing; elsewhere the tests say how to get them.
browser: ## install Debian's chromium and chromium-driver for the browser tests, if missing and root
	@if command -v chromedriver >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing chromium and chromium-driver (Debian packages) for the browser tests"; \
	  DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null; \
	else echo "note: no chromium/chromedriver; browser tests will skip (apt-get install chromium chromium-driver)"; fi

test: check browser ## checks, then the test suite, then the real Prefect server/worker integration test
	$(BIN)/pytest
	$(BIN)/pytest -m integration -p no:randomly

test-integration: install ## real local Prefect server + worker + deployments (slow)
	$(BIN)/pytest -m integration -p no:randomly

bench: install ## benchmarks (timings live here, never in tests)
	$(BIN)/python -m benchmarks.run_all

clean: ## remove the venv, caches and runtime databases
	rm -rf $(VENV) .prefect .mypy_cache .ruff_cache .pytest_cache .hypothesis data/*.duckdb

# -- Operations (docs/OPERATIONS.md): the prefect.yaml deployments on a local server ----------
.PHONY: serve serve-detached trigger down reverify bench-store bench-prefect

serve: install ## local Prefect server (127.0.0.1, free port), claims-pool, deploy --all, worker; Ctrl-C stops all
	$(BIN)/python -m claims.cli_ops up

serve-detached: install ## the same, left running in the background (stop with `make down`)
	$(BIN)/python -m claims.cli_ops up --detach

trigger: install ## an ad-hoc run of check-claims/adhoc on seeds/ into $(DB), waiting for it
	$(BIN)/python -m claims.cli_ops trigger seeds --db $(abspath $(DB))

reverify: install ## a run of check-claims/daily now (re-verify the stored documents with source live)
	$(BIN)/python -m claims.cli_ops trigger --deployment check-claims/daily --source live --db $(abspath $(DB))

down: ## stop the server and worker started by `make serve-detached`
	$(BIN)/python -m claims.cli_ops down

bench-store: install ## 1M verdicts via Arrow, view latencies, reader wait under a writer
	$(BIN)/python -m benchmarks.bench_store
	$(BIN)/python -m benchmarks.bench_store readers

bench-prefect: install ## Prefect overhead per document (flow vs run_check)
	$(BIN)/python -m benchmarks.bench_prefect
