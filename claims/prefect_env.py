"""Prefect settings that keep it offline and quiet, applied before Prefect is imported.

With Prefect's defaults, telemetry raced the server's migrations on a fresh database and the
20 s ephemeral-server start-up timeout failed cold starts on this kind of machine. Values the
user has set already are kept.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

SETTINGS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_HOME": str(PROJECT_ROOT / ".prefect"),
    "PREFECT_LOGGING_LEVEL": "WARNING",
}


def apply() -> None:
    for key, value in SETTINGS.items():
        os.environ.setdefault(key, value)
