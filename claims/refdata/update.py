"""The work behind ``claims refdata``: extend a price snapshot from yfinance, add a cited figure.

Both write only under ``data_dir`` and keep provenance: a price file's ``.provenance.json`` is
rewritten with the new sha256 and how it was made, the previous provenance kept under
``history``; a figure is appended to ``figures.yaml`` only with a citation that validates.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from pydantic import ValidationError

from claims.errors import InputError, ReferenceDataError
from claims.registry import Citation, Figure, append_figure, load_figures
from claims.sources.snapshot import file_sha256, read_provenance
from claims.sources.yahoo import VENDOR, PriceBar, PriceHistory, YFinanceSource

CSV_COLUMNS = ("Date", "Open", "High", "Low", "Close", "Volume", "Dividends", "Stock Splits")
LICENCE = (
    "Yahoo Finance data, redistributed in small extracts for research; see Yahoo's terms of service. "
    "Not for commercial redistribution."
)


class HistorySource(Protocol):
    """What ``update_snapshot`` needs: raw daily bars (``YFinanceSource.history``)."""

    def history(self, series: str, start: date | None, end: date | None) -> PriceHistory: ...


@dataclass(frozen=True)
class SnapshotUpdate:
    """What ``update_snapshot`` did."""

    csv_path: Path
    provenance_path: Path
    fetched: int  # bars yfinance returned
    added: int  # days the file did not have
    replaced: int  # days the file had, now rewritten with the fetched values
    rows: int  # rows in the file afterwards
    first_day: str
    last_day: str
    sha256: str


def update_snapshot(
    ticker: str,
    start: date,
    end: date,
    data_dir: Path,
    source: HistorySource | None = None,
    *,
    command: str | None = None,
) -> SnapshotUpdate:
    """Fetch ``ticker``'s daily bars for ``start..end`` (default: yfinance) and merge them into ``data_dir/prices``."""
    if end < start:
        raise InputError(f"--end {end} is before --start {start}")
    if not ticker or any(ch in ticker for ch in "/\\") or ticker.startswith("."):
        raise InputError(f"{ticker!r} is not a ticker symbol")
    src = source if source is not None else YFinanceSource(data_dir=data_dir)
    history = src.history(ticker, start, end)  # SourceUnavailable / ReferenceNotFound propagate as they are
    prices = data_dir / "prices"
    csv_path = prices / f"{ticker}.csv"
    provenance_path = prices / f"{ticker}.provenance.json"
    existing = _read_rows(csv_path)
    previous = read_provenance(provenance_path)
    fetched = {bar.day: _csv_row(bar) for bar in history.bars}
    if previous.get("adjustment") == "adjusted" and existing.keys() - fetched.keys():
        # The file holds dividend-adjusted prices (yfinance's default); the fetch is unadjusted.
        # Mixed rows would read as traded prices: only a fetch of every day the file has may replace it.
        first = min(existing)
        raise InputError(
            f"{csv_path} holds dividend-adjusted prices ({previous.get('adjustment_note') or 'adjusted'}); "
            f"fetched unadjusted rows cannot be merged into it: refetch the whole history with --start {first}"
        )
    merged = {**existing, **fetched}
    days = sorted(merged)
    how = command or f"claims refdata update --ticker {ticker} --start {start} --end {end}"
    try:
        prices.mkdir(parents=True, exist_ok=True)
        _atomic_write(csv_path, _csv_text([merged[d] for d in days]))
        digest = file_sha256(csv_path)
        provenance = _provenance(ticker, history, days, digest, how, start, end, previous)
        _atomic_write(provenance_path, json.dumps(provenance, indent=2, ensure_ascii=False) + "\n")
    except OSError as exc:
        raise InputError(f"{prices}: cannot write the snapshot ({exc})") from exc
    return SnapshotUpdate(
        csv_path=csv_path,
        provenance_path=provenance_path,
        fetched=len(fetched),
        added=len(fetched.keys() - existing.keys()),
        replaced=len(fetched.keys() & existing.keys()),
        rows=len(days),
        first_day=days[0],
        last_day=days[-1],
        sha256=digest,
    )


def add_figure(
    path: Path,
    *,
    entity: str,
    metric: str,
    period: str,
    period_start: date,
    period_end: date,
    basis: str,
    value: float,
    url: str,
    publisher: str,
    quote: str,
    scale: float = 1.0,
    unit: str | None = None,
    currency: str | None = None,
    published: date | None = None,
    retrieved: date | None = None,
    hedge: str = "exact",
    preferred: bool = False,
    note: str | None = None,
) -> Figure:
    """Validate one cited figure and append it to the registry at ``path``; returns the figure."""
    for name, text in (("entity", entity), ("metric", metric), ("period", period), ("basis", basis)):
        if not text.strip():
            raise InputError(f"--{name.replace('_', '-')} is empty")
    if not url.startswith(("http://", "https://")):
        raise InputError(f"--url must be an http(s) address, not {url!r}")
    if not quote.strip() or not publisher.strip():
        raise InputError("a figure needs the --publisher and the --quote it is read from")
    if scale <= 0:
        raise InputError(f"--scale must be positive, not {scale}")
    if not path.parent.is_dir():
        raise InputError(f"{path.parent}: no such data directory")
    if currency is not None:
        from claims.refdata.currencies import check_currency

        currency = check_currency(currency)
    entity = _known_entity(path.parent / "entities.json", entity)
    try:
        figure = Figure(
            entity=entity.strip(),
            metric=metric.strip(),
            period=period.strip(),
            period_start=period_start,
            period_end=period_end,
            basis=basis.strip(),
            value=value,
            scale=scale,
            unit=unit,
            currency=currency,
            hedge=hedge,  # validated by the model
            preferred=preferred,
            note=note,
            citation=Citation(url=url, publisher=publisher, quote=quote, published=published, retrieved=retrieved),
        )
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err["loc"]) or "figure"
        raise InputError(f"invalid figure: {field}: {err['msg']}") from exc
    if path.exists():
        for i, old in enumerate(load_figures(path), start=1):  # also proves the file is valid before we append
            if _same_figure(old, figure):
                raise InputError(
                    f"{path}: row {i} already has {figure.entity} {figure.metric} {figure.period} "
                    f"({figure.basis}) = {figure.amount:g} from {figure.citation.url}"
                )
    if not path.parent.is_dir():
        raise InputError(f"{path.parent}: no such data directory")
    try:
        append_figure(path, figure)
    except OSError as exc:
        raise InputError(f"{path}: cannot write the registry ({exc})") from exc
    load_figures(path)  # the file must still load as a whole
    return figure


def _known_entity(table_path: Path, name: str) -> str:
    """The canonical name of ``name`` in the alias table next to the registry; ``InputError`` if unknown."""
    from claims.entities import EntityTable

    if not table_path.exists():
        raise InputError(f"{table_path}: no alias table; add the entity first with `claims refdata add-entity`")
    entity = EntityTable.load(table_path).resolve(name)
    if entity is None:
        raise InputError(
            f"unknown entity {name.strip()!r} (not in {table_path}); add it first with "
            f"`claims refdata add-entity --name {name.strip()!r} ...`"
        )
    return entity.name


def _same_figure(a: Figure, b: Figure) -> bool:
    return (a.entity, a.metric, a.period, a.basis, a.amount, a.citation.url) == (
        b.entity,
        b.metric,
        b.period,
        b.basis,
        b.amount,
        b.citation.url,
    )


def _read_rows(path: Path) -> dict[str, dict[str, str]]:
    """The rows of an existing price file by day; a malformed file stops the update (it is not overwritten)."""
    if not path.exists():
        return {}
    rows: dict[str, dict[str, str]] = {}
    try:
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            if tuple(reader.fieldnames or ()) != CSV_COLUMNS:
                raise ReferenceDataError(f"{path}: expected columns {','.join(CSV_COLUMNS)}, found {reader.fieldnames}")
            for line_no, row in enumerate(reader, start=2):
                day = (row.get("Date") or "")[:10]
                try:
                    date.fromisoformat(day)
                except ValueError:
                    raise ReferenceDataError(f"{path}: line {line_no}: bad Date {row.get('Date')!r}") from None
                rows[day] = {k: row[k] for k in CSV_COLUMNS}
    except (OSError, csv.Error) as exc:
        raise ReferenceDataError(f"{path}: cannot read the price file ({exc})") from exc
    return rows


def _csv_row(bar: PriceBar) -> dict[str, str]:
    # repr() of a float is what pandas' to_csv writes (15.359999656677246); volume is an integer there.
    volume = f"{int(bar.volume)}" if float(bar.volume).is_integer() else repr(bar.volume)
    return {
        "Date": bar.timestamp,
        "Open": repr(bar.open),
        "High": repr(bar.high),
        "Low": repr(bar.low),
        "Close": repr(bar.close),
        "Volume": volume,
        "Dividends": repr(bar.dividends),
        "Stock Splits": repr(bar.stock_splits),
    }


def _csv_text(rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def _provenance(
    ticker: str,
    history: PriceHistory,
    days: list[str],
    digest: str,
    how: str,
    start: date,
    end: date,
    previous: dict[str, Any],
) -> dict[str, Any]:
    stamp = history.retrieved_at.isoformat(timespec="seconds")
    earlier = list(previous.pop("history", []) or []) if previous else []
    if previous:
        earlier.append(previous)
    currency = history.currency or previous.get("currency")
    return {
        "series": ticker,
        "file": f"{ticker}.csv",
        "description": f"{ticker} daily OHLCV, {len(days)} trading days {days[0]}..{days[-1]}"
        + (f", {currency}" if currency else "")
        + (f", dates in {history.timezone}" if history.timezone else ""),
        "columns": ",".join(CSV_COLUMNS) + " (as written by yfinance Ticker.history(...).to_csv)",
        "currency": currency,
        "exchange": previous.get("exchange") or history.exchange,
        # yfinance auto_adjust=False: Close is adjusted for splits only; Stock Splits says by how much.
        "adjustment": "split_adjusted",
        "actions_through_end": True,
        "levels_checkable": True,
        "timezone": history.timezone or previous.get("timezone"),
        "origin": {
            "vendor": VENDOR,
            "library": history.library,
            "url": f"https://query2.finance.yahoo.com/v8/finance/chart/{ticker}",
            "retrieved_at": stamp,
            "requested": {"start": start.isoformat(), "end": end.isoformat()},
            "how_made": f"{how}: yfinance Ticker({ticker!r}).history(start={start}, end={end}+1 day, auto_adjust=False, actions=True), "
            f"{len(history.bars)} rows merged into the existing file (fetched rows replace rows of the same day)",
        },
        "retrieved_at": stamp,
        "sha256": digest,
        "licence": previous.get("licence") or LICENCE,
        "history": earlier,
    }


def _atomic_write(path: Path, text: str) -> None:
    """Write via a temporary file and rename, so a reader never sees half a file."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        # mkstemp makes the file private (0600); a data file keeps the mode it had, else 0644.
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
