"""Where the reference data lives: one resolver for every command that reads or writes it.

Order: an explicit ``--data DIR`` > ``$CLAIMS_DATA`` > the shipped default. The shipped default
is package data: ``claims/data`` is a symlink to the top-level ``data/`` folder of the source
tree, and setuptools copies its files into the wheel (``[tool.setuptools.package-data]``), so a
plain ``pip install .`` finds the same files from any working directory.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "CLAIMS_DATA"


def shipped_data_dir() -> Path:
    """The data directory installed with the package (``claims/data``)."""
    import claims.sources  # looked up at call time, so tests may point it elsewhere

    return Path(claims.sources.DATA_DIR)


def resolve_data_dir(option: str | Path | None = None, *, environ: dict[str, str] | None = None) -> Path:
    """``option`` if given, else ``$CLAIMS_DATA`` if set and non-empty, else the shipped default."""
    if option is not None and str(option).strip():
        return Path(option).expanduser()
    env = (environ if environ is not None else os.environ).get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    return shipped_data_dir()
