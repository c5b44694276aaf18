"""Shared fixtures: a real in-memory DuckDB store, the seeds, and the CI hypothesis profile."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from claims.storage import VerdictStore

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = ROOT / "data"

# Two noisy CPUs: no deadlines; CI runs more examples than a local run.
settings.register_profile("ci", deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", deadline=None, max_examples=100, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture
def store() -> Iterator[VerdictStore]:
    s = VerdictStore(":memory:")
    yield s
    s.close()


@pytest.fixture
def seed_000() -> Path:
    return SEEDS / "000_fcf98af3e00acd2b.txt"


@pytest.fixture
def seed_001() -> Path:
    return SEEDS / "001_ba30abd0c550ecdb.txt"
