"""Rendering verdicts and query results: a table for people, JSON and CSV for programs."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from claims.models import VERDICT_LABELS

JSON_FIELDS = (
    "doc",
    "start",
    "end",
    "text",
    "verdict",
    "claimed_value",
    "claimed_value_high",
    "reference_value",
    "unit",
    "currency",
    "explanation",
    "evidence",
    "reason",
    "subject",
    "metric",
    "difference",
    "relative_difference",
    "tolerance",
    "tolerance_reason",
    "check",
    "reading",
    "readings_agree",
    "claim_id",
    "run_id",
)
_STYLE = {"supported": "green", "contradicted": "red", "misleading": "yellow", "unverifiable": "dim"}


def _default(value: object) -> str:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def verdicts_json(rows: Sequence[dict[str, Any]]) -> str:
    return json.dumps(
        [{k: r.get(k) for k in JSON_FIELDS} for r in rows], indent=2, ensure_ascii=False, default=_default
    )


def rows_csv(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([json.dumps(v, default=_default) if isinstance(v, (list, dict)) else v for v in row])
    return out.getvalue()


def rows_json(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    return json.dumps(
        [dict(zip(columns, r, strict=True)) for r in rows], indent=2, ensure_ascii=False, default=_default
    )


def plain_number(value: float, decimals: int | None = None) -> str:
    """A number as people write it: thousands separators, never an exponent, no trailing zeros
    beyond ``decimals`` (default: as many as the value has, at most 6). 28610000.0 -> "28,610,000"."""
    places = _decimals(value) if decimals is None else decimals
    text = f"{value:,.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _decimals(value: float, most: int = 6) -> int:
    """Digits after the point in the shortest form of ``value`` (0.1 -> 1, 218.36 -> 2), capped."""
    exact = Decimal(repr(float(value)))
    return min(max(-exact.normalize().as_tuple().exponent, 0), most)  # type: ignore[operator]


# A currency symbol written before the number ("$218.36", "HK$15.36", "US$1.2 billion", "€5").
_SYMBOL_RE = re.compile(r"^\s*((?:[A-Z]{1,3})?[$€£¥₹]|RMB\s?|HKD\s?|USD\s?|CNY\s?)(?=\s?\d)")


def _styled(number: str, text: str | None, unit: str | None, currency: str | None) -> str:
    """``number`` in the style the claim was written in: its currency symbol or code, its % sign."""
    if unit == "percent":
        return f"{number}%"
    if currency:
        symbol = _SYMBOL_RE.match(text or "")
        return f"{symbol.group(1)}{number}" if symbol else f"{number} {currency}"
    return number


def claimed_cell(r: dict[str, Any]) -> str:
    """The claimed value as written: its digits (at least as many decimals as written), its symbol,
    and both ends of a range."""
    value, high = r.get("claimed_value"), r.get("claimed_value_high")
    if value is None:
        return "—"
    number = plain_number(value)
    if high is not None:
        number += "–" + plain_number(high)
    return _styled(number, r.get("text"), r.get("unit"), r.get("currency"))


def reference_cell(r: dict[str, Any]) -> str:
    """The reference value at the claim's precision plus two digits (never rounded to fewer digits
    than the claim has), and "(fallback: snapshot)" when the live source failed and the snapshot answered."""
    value = r.get("reference_value")
    if value is None:
        return "—"
    claimed = r.get("claimed_value")
    places = _decimals(value)
    if claimed is not None:
        places = min(places, max(_decimals(claimed), 1) + 2)
    shown = _styled(plain_number(value, places), r.get("text"), r.get("unit"), r.get("currency"))
    return shown + (" (fallback: snapshot)" if is_fallback(r) else "")


def is_fallback(r: dict[str, Any]) -> bool:
    """Whether any reference value behind this verdict was served from the snapshot after the live source failed."""
    return any(v.get("is_fallback") for e in r.get("evidence") or [] for v in e.get("values") or [])


def print_verdicts(rows: Sequence[dict[str, Any]], *, width: int | None = None) -> None:
    """A verdict table (document, quoted span, verdict, claimed vs reference, why) and the counts."""
    from rich.console import Console
    from rich.table import Table

    console = Console(width=width or 200, soft_wrap=False)
    table = Table(show_lines=False, expand=False)
    for name in ("document", "claim", "verdict", "claimed", "reference", "why"):
        table.add_column(name, overflow="fold")
    for r in rows:
        doc = str(r["doc"]).rsplit("/", 1)[-1]
        table.add_row(
            doc[:28],
            f"\u201c{r['text']}\u201d",
            f"[{_STYLE.get(r['verdict'], '')}]{r['verdict']}[/]",
            claimed_cell(r),
            reference_cell(r),
            str(r["explanation"]),
        )
    console.print(table)
    counts = Counter(r["verdict"] for r in rows)
    console.print("  ".join(f"{label}: {counts.get(label, 0)}" for label in VERDICT_LABELS) + f"  (total {len(rows)})")


def coverage_line(doc: str, cov: dict[str, Any]) -> str:
    reasons = ", ".join(f"{k} {v}" for k, v in cov.get("unverifiable_reasons", {}).items())
    return (
        f"{doc}: {cov['numbers_found']} numbers, {cov['checked']} checked — "
        f"{cov['supported']} supported, {cov['contradicted']} contradicted, {cov['misleading']} misleading, "
        f"{cov['unverifiable']} unverifiable" + (f" ({reasons})" if reasons else "")
    )


def print_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], *, whole: Sequence[str] = ()) -> None:
    """A table; the columns named in ``whole`` (ids) are never wrapped, so that they can be copied."""
    from rich.console import Console
    from rich.table import Table

    table = Table()
    for c in columns:
        if c in whole:
            table.add_column(
                str(c),
                no_wrap=True,
                overflow="ignore",
                min_width=max((len(str(r[list(columns).index(c)] or "")) for r in rows), default=0),
            )
        else:
            table.add_column(str(c), overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    Console(width=200).print(table)
