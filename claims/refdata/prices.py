"""``claims refdata import-prices``: a daily-price CSV someone exported, validated and stored
with provenance in ``<data>/prices/<TICKER>.csv`` (the layout ``claims.sources.snapshot`` reads).

Accepted shapes (header names case-insensitive, extra columns ignored):
``Date,Open,High,Low,Close[,Adj Close][,Volume][,Dividends,Stock Splits]`` as written by
yfinance's ``Ticker.history().to_csv()`` (dates with a UTC offset: "2024-08-05 00:00:00+08:00"),
by Yahoo's download page and most vendors (plain "2024-08-05"), and the three-row header
``yf.download().to_csv()`` writes ("Price,Close,...", "Ticker,NVDA,...", "Date,,,"). A date
with an offset is read as the exchange's local day. Every row is validated before anything is
written; the first bad row stops the import with one line naming the file and line.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from claims.errors import InputError
from claims.refdata.adjust import Adjustment, Bar, bars_for_reading
from claims.refdata.currencies import check_currency
from claims.refdata.exchanges import Exchange, exchange, exchange_of_ticker, find_exchange, on_tick

COLUMNS = ("Date", "Open", "High", "Low", "Close", "Volume", "Dividends", "Stock Splits")
_HEADER_NAMES = {
    "date": "Date",
    "datetime": "Date",
    "timestamp": "Date",
    "open": "Open",
    "high": "High",
    "low": "Low",
    "close": "Close",
    "adj close": "Adj Close",
    "adj_close": "Adj Close",
    "adjclose": "Adj Close",
    "adjusted close": "Adj Close",
    "volume": "Volume",
    "dividends": "Dividends",
    "stock splits": "Stock Splits",
    "stock_splits": "Stock Splits",
    "splits": "Stock Splits",
}
REQUIRED = ("Date", "Open", "High", "Low", "Close")
TICK_SHARE = 0.95  # rebuilt traded closes on the exchange's price grid, or the rebuild is not trusted


@dataclass(frozen=True)
class ParsedPrices:
    bars: list[Bar]
    columns: tuple[str, ...]  # canonical names found in the file
    shape: str  # "yfinance history", "yfinance download", "vendor"
    timezone_in_file: bool

    @property
    def has_actions(self) -> bool:
        return "Dividends" in self.columns and "Stock Splits" in self.columns


@dataclass(frozen=True)
class ImportResult:
    csv_path: Path
    provenance_path: Path
    rows: int
    first_day: str
    last_day: str
    adjustment: str
    levels_checkable: bool
    sha256: str
    note: str


def check_ticker(ticker: str) -> str:
    t = ticker.strip()
    if not t or any(ch in t for ch in "/\\ \t") or t.startswith(".") or len(t) > 32:
        raise InputError(f"{ticker!r} is not a ticker symbol")
    return t


def _number(text: str, column: str, where: str, *, positive: bool) -> float:
    raw = text.strip()
    if not raw:
        raise InputError(f"{where}: empty {column}")
    try:
        value = float(raw.replace(",", "")) if column == "Volume" else float(raw)
    except ValueError:
        raise InputError(f"{where}: {column} {raw!r} is not a number") from None
    if not math.isfinite(value):
        raise InputError(f"{where}: {column} {raw!r} is not a finite number")
    if positive and value <= 0:
        raise InputError(f"{where}: {column} {raw!r} must be positive")
    if value < 0:
        raise InputError(f"{where}: {column} {raw!r} is negative")
    return value


def _day(text: str, where: str, tz: ZoneInfo | None) -> tuple[str, bool]:
    raw = text.strip()
    try:
        stamp = datetime.fromisoformat(raw.replace("Z", "+00:00")) if len(raw) > 10 else None
        if stamp is None:
            return date.fromisoformat(raw).isoformat(), False
    except ValueError:
        raise InputError(f"{where}: Date {raw!r} is not an ISO date (YYYY-MM-DD[ HH:MM:SS[+HH:MM]])") from None
    if stamp.tzinfo is not None and tz is not None:
        return stamp.astimezone(tz).date().isoformat(), True
    return stamp.date().isoformat(), stamp.tzinfo is not None


def parse_prices(text: str, name: str, *, timezone: str | None = None) -> ParsedPrices:
    """Validate a price CSV; ``InputError`` "<name>: line N: ..." at the first bad row."""
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise InputError(f"{name}: empty file (no header row)")
    header = [c.strip() for c in rows[0]]
    first_data = 1
    shape = "vendor"
    if (
        header
        and header[0].casefold() == "price"
        and len(rows) > 2
        and rows[1][:1]
        and rows[1][0].strip().casefold() == "ticker"
    ):
        # yf.download(...).to_csv(): "Price,Close,High,...", "Ticker,NVDA,...", "Date,,,,"
        header = ["Date", *header[1:]]
        first_data = 3 if rows[2][:1] and rows[2][0].strip().casefold() in ("date", "datetime") else 2
        shape = "yfinance download"
    index: dict[str, int] = {}
    for i, cell in enumerate(header):
        canon = _HEADER_NAMES.get(cell.casefold())
        if canon and canon not in index:
            index[canon] = i
    missing = [c for c in REQUIRED if c not in index]
    if missing:
        raise InputError(f"{name}: line 1: no {', '.join(missing)} column (found {','.join(header)})")
    if shape == "vendor" and "Dividends" in index and "Stock Splits" in index:
        shape = "yfinance history"
    tz = ZoneInfo(timezone) if timezone else None
    bars: list[Bar] = []
    seen: dict[str, int] = {}
    with_tz = False
    for line_no, row in enumerate(rows[first_data:], start=first_data + 1):
        if not any(cell.strip() for cell in row):
            continue
        where = f"{name}: line {line_no}"
        if len(row) < len(header):
            raise InputError(f"{where}: {len(row)} fields, the header has {len(header)}")

        def field(column: str, row: list[str] = row) -> str:
            return row[index[column]]

        day, has_tz = _day(field("Date"), where, tz)
        with_tz = with_tz or has_tz
        if day in seen:
            raise InputError(f"{where}: {day} already appears on line {seen[day]}")
        seen[day] = line_no
        o, h, lo, c = (_number(field(k), k, where, positive=True) for k in ("Open", "High", "Low", "Close"))
        slack = 1e-6 * h
        if lo > h + slack:
            raise InputError(f"{where}: Low {lo:g} is above High {h:g}")
        for label, v in (("Open", o), ("Close", c)):
            if v > h + slack or v < lo - slack:
                raise InputError(f"{where}: {label} {v:g} is outside Low..High {lo:g}..{h:g}")
        volume = _number(field("Volume"), "Volume", where, positive=False) if "Volume" in index else None
        dividends = _number(field("Dividends"), "Dividends", where, positive=False) if "Dividends" in index else None
        splits = (
            _number(field("Stock Splits"), "Stock Splits", where, positive=False) if "Stock Splits" in index else None
        )
        bars.append(Bar(day, o, h, lo, c, volume, dividends, splits))
    if not bars:
        raise InputError(f"{name}: no price rows after the header")
    bars.sort(key=lambda b: b.day)
    return ParsedPrices(bars, tuple(c for c in COLUMNS + ("Adj Close",) if c in index), shape, with_tz)


def infer_adjustment(parsed: ParsedPrices, flag: str | None, name: str) -> Adjustment:
    """--raw / --adjusted, or what the file's shape says (Yahoo's definitions)."""
    if flag == "raw":
        return "raw"
    if "Adj Close" in parsed.columns:
        # Yahoo's download page and yfinance auto_adjust=False: "Close price adjusted for splits;
        # Adj Close adjusted for splits and dividend distributions". --adjusted says nothing more.
        return "split_adjusted"
    if flag == "adjusted" or parsed.shape == "yfinance history":
        return "adjusted"
    raise InputError(
        f"{name}: cannot tell traded from adjusted prices (no Adj Close, no Dividends/Stock Splits columns); "
        "say --raw (prices as traded) or --adjusted (split- and dividend-adjusted)"
    )


def levels_from(bars: list[Bar], adjustment: Adjustment, mic: str | None) -> tuple[str | None, int, int]:
    """The first day from which traded prices rebuilt from the file's dividends and splits are
    trusted, with (closes on the exchange's price grid, closes checked) over the trusted days.

    The rebuild of a day depends on every later dividend and split, so the check runs backwards
    over the stretches between corporate actions: a stretch whose rebuilt closes miss the grid
    on more than 5% of its days (an adjustment the Dividends column does not explain, such as a
    distribution in kind) ends the trust there, for it and every earlier day. ``None``: no day
    is trusted. Without a price grid for ``mic`` every day is trusted (nothing to check against)."""
    read = bars_for_reading(bars, adjustment, actions_known=True)
    if mic is None or not read:
        return (read[0].day if read else None), 0, 0
    closes = [on_tick(mic, (r.traded or r.continuous).close) for r in read]
    if all(c is None for c in closes):
        return read[0].day, 0, 0
    events = [
        i for i, b in enumerate(sorted(bars, key=lambda b: b.day)) if (b.dividends or 0) > 0 or (b.splits or 0) > 0
    ]
    bounds = sorted({0, *events})
    stretches = [(a, b) for a, b in zip(bounds, [*bounds[1:], len(read)], strict=True) if b > a]
    trusted_from: int | None = None
    hits = checked = 0
    for a, b in reversed(stretches):
        known = [c for c in closes[a:b] if c is not None]
        misses = sum(1 for c in known if not c)
        if known and misses > max(1, (1 - TICK_SHARE) * len(known)):
            break
        trusted_from = a
        hits += len(known) - misses
        checked += len(known)
    return (read[trusted_from].day if trusted_from is not None else None), hits, checked


def import_prices(
    data_dir: Path,
    *,
    ticker: str,
    file: Path,
    source: str,
    currency: str | None = None,
    exchange_name: str | None = None,
    adjustment_flag: str | None = None,
    command: str | None = None,
    now: datetime | None = None,
) -> ImportResult:
    """Validate ``file`` and store it as ``data_dir/prices/<ticker>.csv`` with its provenance."""
    ticker = check_ticker(ticker)
    if not source.strip():
        raise InputError("--source must say where the file came from")
    try:
        blob = file.read_bytes()
    except OSError as exc:
        raise InputError(f"{file}: cannot read ({exc.strerror or exc})") from exc
    try:
        text = blob.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{file}: not UTF-8 text (byte {exc.start})") from exc
    prices_dir = data_dir / "prices"
    csv_path = prices_dir / f"{ticker}.csv"
    provenance_path = prices_dir / f"{ticker}.provenance.json"
    previous = _read_json(provenance_path)
    where: Exchange | None = (
        exchange(exchange_name)
        if exchange_name
        else exchange_of_ticker(ticker) or find_exchange(previous.get("exchange"))
    )
    ccy = check_currency(currency) if currency else (where.currency if where else previous.get("currency"))
    if not ccy:
        raise InputError(f"say --currency for {ticker} (no exchange is known to imply one)")
    parsed = parse_prices(text, str(file), timezone=where.timezone if where else None)
    adjustment = infer_adjustment(parsed, adjustment_flag, str(file))
    actions = parsed.has_actions
    notes: list[str] = []
    mic = where.mic if where else None
    trusted: str | None = parsed.bars[0].day if adjustment == "raw" else None
    if adjustment != "raw" and actions:
        trusted, hits, checked = levels_from(parsed.bars, adjustment, mic)
        if trusted is None:
            # The Dividends/Stock Splits columns do not explain the adjustment of the last stretch
            # already: the series is only known as adjusted.
            actions = False
            notes.append(
                f"traded prices rebuilt from the dividends and splits miss the {mic} price grid from the last "
                "corporate action on: the file's actions do not explain its adjustment, so it is used as an "
                "adjusted series (changes only, no price levels)"
            )
        else:
            if checked:
                notes.append(
                    f"{hits} of {checked} rebuilt traded closes from {trusted} on fall on the {mic} price grid"
                )
            if trusted != parsed.bars[0].day:
                notes.append(
                    f"before {trusted} the rebuilt closes miss the {mic} price grid (an adjustment the Dividends column "
                    "does not explain, e.g. a distribution in kind): those days are read as adjusted (changes only)"
                )
    levels = adjustment == "raw" or actions
    out_text = _canonical_csv(parsed.bars)
    digest = hashlib.sha256(out_text.encode("utf-8")).hexdigest()
    stamp = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    first, last = parsed.bars[0].day, parsed.bars[-1].day
    what = {
        "raw": "prices as traded",
        "split_adjusted": "Close adjusted for splits only (Yahoo's Close next to Adj Close)",
        "adjusted": "prices adjusted for splits and dividends (yfinance auto_adjust=True)",
    }[adjustment]
    earlier = list(previous.pop("history", []) or []) if previous else []
    if previous:
        earlier.append(previous)
    provenance: dict[str, Any] = {
        "series": ticker,
        "file": csv_path.name,
        "description": f"{ticker} daily prices, {len(parsed.bars)} trading days {first}..{last}, {ccy}",
        "columns": ",".join(COLUMNS) + " (empty Volume/Dividends/Stock Splits: not in the source file)",
        "currency": ccy,
        "exchange": where.mic if where else None,
        "timezone": where.timezone if where else None,
        "adjustment": adjustment,
        "adjustment_note": what,
        "actions": "Dividends and Stock Splits columns present"
        if parsed.has_actions
        else "no Dividends/Stock Splits columns",
        "actions_through_end": actions,
        "levels_checkable": levels,
        "levels_checkable_from": trusted if levels else None,
        "origin": {
            "source": source.strip(),
            "file": file.name,
            "file_sha256": hashlib.sha256(blob).hexdigest(),
            "shape": parsed.shape,
            "columns_in_file": list(parsed.columns),
            "retrieved_at": stamp,
            "how_made": (command or f"claims refdata import-prices --ticker {ticker} --file {file.name}")
            + ": rows validated and rewritten in the canonical columns, values unchanged"
            + (" (Adj Close left out)" if "Adj Close" in parsed.columns else ""),
        },
        "retrieved_at": stamp,
        "sha256": digest,
        "notes": notes,
        "history": earlier,
    }
    _write_pair(csv_path, out_text, provenance_path, json.dumps(provenance, indent=2, ensure_ascii=False) + "\n")
    return ImportResult(
        csv_path, provenance_path, len(parsed.bars), first, last, adjustment, levels, digest, "; ".join(notes)
    )


def _fmt(v: float | None) -> str:
    if v is None:
        return ""
    return f"{int(v)}" if float(v).is_integer() else repr(v)


def _canonical_csv(bars: list[Bar]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for b in bars:
        w.writerow(
            [
                b.day,
                repr(b.open),
                repr(b.high),
                repr(b.low),
                repr(b.close),
                _fmt(b.volume),
                "" if b.dividends is None else repr(b.dividends),
                "" if b.splits is None else repr(b.splits),
            ]
        )
    return buf.getvalue()


def _read_json(path: Path) -> dict[str, Any]:
    from claims.sources.snapshot import read_provenance

    return read_provenance(path)


def _write_pair(first: Path, first_text: str, second: Path, second_text: str) -> None:
    """Both files or neither: temporaries written in full, then renamed; the old first file is put back if the second rename fails."""
    try:
        first.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{first.parent}: cannot create the data directory ({exc.strerror or exc})") from exc
    temps: list[str] = []
    try:
        for path, text in ((first, first_text), (second, second_text)):
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            temps.append(tmp)
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
            os.chmod(tmp, 0o644)
        old = first.read_bytes() if first.exists() else None
        os.replace(temps[0], first)
        try:
            os.replace(temps[1], second)
        except OSError:
            if old is None:
                first.unlink(missing_ok=True)
            else:
                first.write_bytes(old)
            raise
    except OSError as exc:
        raise InputError(
            f"{first.parent}: cannot write the price files ({exc.strerror or exc}); nothing changed"
        ) from exc
    finally:
        for tmp in temps:
            Path(tmp).unlink(missing_ok=True)
