"""Rendering verdicts and query results: a table for people, JSON and CSV for programs."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from claims.models import VERDICT_LABELS

JSON_FIELDS = (
    "doc",
    "start",
    "end",
    "text",
    "verdict",
    "claimed_value",
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


def _num(value: float | None, unit: str | None, currency: str | None) -> str:
    if value is None:
        return "—"
    if abs(value) >= 1e6:
        text = f"{value:,.0f}"
    else:
        text = f"{value:,.4g}" if not float(value).is_integer() else f"{value:,.0f}"
    if currency:
        return f"{currency} {text}"
    if unit == "percent":
        return f"{text}%"
    return text


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
            _num(r["claimed_value"], r.get("unit"), r.get("currency")),
            _num(r["reference_value"], r.get("unit"), r.get("currency")) if r["reference_value"] is not None else "—",
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


def print_table(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table()
    for c in columns:
        table.add_column(str(c), overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    Console(width=200).print(table)
