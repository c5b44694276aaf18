"""``yfinance``: live daily prices from Yahoo Finance, the same values the snapshot ships.

yfinance (and pandas, which it pulls in) is imported lazily inside methods: the offline
``claims check`` path must never pay for, or depend on, either. yfinance fails offline in
several ways (an ``OSError`` from curl, a ``TypeError`` on a second call, later an empty
frame; see shared ECOSYSTEM.md): every one of them becomes ``SourceUnavailable``, which
``RetryingSource`` retries and ``FallbackSource`` answers from the snapshot. This class never
retries by itself.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from claims.errors import ReferenceNotFound, SourceUnavailable
from claims.models import ReferenceQuery, ReferenceValue

# (CSV column as yfinance writes it, metric name); Dividends and Stock Splits are kept for
# ``claims refdata update`` but are not reference values.
PRICE_COLUMNS = (("Open", "open"), ("High", "high"), ("Low", "low"), ("Close", "close"), ("Volume", "volume"))
ACTION_COLUMNS = ("Dividends", "Stock Splits")
VENDOR = "Yahoo Finance (via yfinance)"
OFFLINE_HINT = "use --source snapshot to check against the shipped data"

NOT_FOUND_STATUS = frozenset({400, 404, 410, 422})

TickerFactory = Callable[[str], Any]


@dataclass(frozen=True)
class PriceBar:
    """One daily bar exactly as yfinance returned it (``date`` is the CSV ``Date`` text)."""

    day: str  # YYYY-MM-DD in the exchange's timezone
    timestamp: str  # "2024-08-05 00:00:00+08:00", as ``DataFrame.to_csv`` writes the index
    open: float
    high: float
    low: float
    close: float
    volume: float
    dividends: float = 0.0
    stock_splits: float = 0.0


@dataclass(frozen=True)
class PriceHistory:
    """Daily bars of one ticker with what Yahoo said about the listing."""

    series: str
    bars: list[PriceBar]
    currency: str | None
    exchange: str | None
    timezone: str | None
    retrieved_at: datetime
    library: str  # "yfinance 1.7.0"


class YFinanceSource:
    name = "yfinance"

    def __init__(
        self,
        data_dir: str | Path | None = None,
        ticker_factory: TickerFactory | None = None,
        session: Any = None,
        *,
        timeout: float = 10.0,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.data_dir = Path(data_dir) if data_dir is not None else None
        self.ticker_factory = ticker_factory
        self.session = session
        self.timeout = timeout
        self.clock = clock or (lambda: datetime.now(UTC))

    def fetch(self, query: ReferenceQuery) -> list[ReferenceValue]:
        """Daily open/high/low/close/volume of ``query.series`` for the query's dates."""
        if query.kind != "price":
            raise ReferenceNotFound(
                f"yfinance serves market prices only, not {query.kind} {query.series!r}", source=self.name, query=query
            )
        try:
            # Through today, not query.end: a split after the window rescales the window's prices,
            # and only the later Stock Splits rows say by how much (claims.refdata.adjust).
            history = self.history(query.series, query.start, None)
        except SourceUnavailable as exc:
            # The hint belongs to `claims check`; `claims refdata update` calls history() directly.
            raise SourceUnavailable(f"{exc}; {OFFLINE_HINT}", source=self.name, query=query) from exc
        except ReferenceNotFound as exc:
            raise ReferenceNotFound(str(exc), source=self.name, query=query) from exc
        values = price_values(history, source=self.name)
        if query.end is None:
            return values
        return [v for v in values if v.key <= query.end.isoformat()]

    def history(self, series: str, start: date | None, end: date | None) -> PriceHistory:
        """Bars from ``start`` to ``end`` inclusive; ``SourceUnavailable`` when Yahoo cannot be reached."""
        span = f"{start or '...'}..{end or '...'}"
        try:
            ticker = self._ticker(series)
            # yfinance's ``end`` is exclusive: ask for the day after the last one wanted.
            with _quiet_yfinance():
                frame = ticker.history(
                    start=start.isoformat() if start else None,
                    end=(end + timedelta(days=1)).isoformat() if end else None,
                    interval="1d",
                    # Prices as they traded (Close adjusted for splits only, as Yahoo shows it) with the
                    # Dividends/Stock Splits columns: claims.refdata.adjust rebuilds the traded levels.
                    auto_adjust=False,
                    actions=True,
                    timeout=self.timeout,
                )
        except (ReferenceNotFound, SourceUnavailable):
            raise
        except Exception as exc:  # yfinance raises anything offline; classified below
            raise _classify(exc, series, span, self.name) from exc
        retrieved_at = self.clock()
        if frame is None or len(frame) == 0:
            # Offline, yfinance ends up logging and returning an empty frame. Only when Yahoo
            # did answer for this symbol (its metadata names it) is "no rows" a real answer.
            if _answered(ticker, series):
                raise ReferenceNotFound(f"Yahoo Finance has no daily prices of {series} for {span}", source=self.name)
            raise SourceUnavailable(
                f"Yahoo Finance returned no prices of {series} for {span} (offline, rate-limited or an unknown ticker)",
                source=self.name,
            )
        meta = _metadata(ticker)
        fallback = self._snapshot_provenance(series)
        timezone = _str(meta.get("exchangeTimezoneName")) or _index_tz(frame) or _str(fallback.get("timezone"))
        try:
            bars = _bars(frame, timezone)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SourceUnavailable(
                f"yfinance returned an unexpected frame for {series} ({type(exc).__name__}: {exc})",
                source=self.name,
            ) from exc
        if start or end:
            bars = [
                b for b in bars if (not start or b.day >= start.isoformat()) and (not end or b.day <= end.isoformat())
            ]
        if not bars:
            raise ReferenceNotFound(f"Yahoo Finance has no daily prices of {series} for {span}", source=self.name)
        return PriceHistory(
            series=series,
            bars=bars,
            currency=_str(meta.get("currency")) or _str(fallback.get("currency")),
            exchange=_str(meta.get("exchangeName")) or _str(fallback.get("exchange")),
            timezone=timezone,
            retrieved_at=retrieved_at,
            library=_library_version(),
        )

    def _ticker(self, series: str) -> Any:
        if self.ticker_factory is not None:
            return self.ticker_factory(series)
        import yfinance

        return yfinance.Ticker(series, session=self.session)

    def _snapshot_provenance(self, series: str) -> dict[str, Any]:
        """What the shipped snapshot says about the listing: used only where Yahoo's metadata is silent."""
        if self.data_dir is None:
            return {}
        path = self.data_dir / "prices" / f"{series}.provenance.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}


def price_values(history: PriceHistory, *, source: str = "yfinance") -> list[ReferenceValue]:
    """Reference values of a price history, shaped exactly like the snapshot's: yfinance's
    ``auto_adjust=False`` bars are split-adjusted, so days before a later split also get the
    traded prices (``close_traded``, ...; ``claims.refdata.adjust``)."""
    from claims.refdata.adjust import Bar, bars_for_reading, reading_values

    stamp = history.retrieved_at.isoformat(timespec="seconds")
    citation = f"{VENDOR} daily prices of {history.series}; {history.library}, retrieved {stamp}"
    by_day = {bar.day: bar for bar in history.bars}
    bars = [Bar(b.day, b.open, b.high, b.low, b.close, b.volume, b.dividends, b.stock_splits) for b in history.bars]
    values: list[ReferenceValue] = []
    for read in bars_for_reading(bars, "split_adjusted", actions_known=True):
        bar = by_day[read.day]
        for metric, value, basis in reading_values(read):
            if math.isnan(value):  # a bar Yahoo left partly empty: no value rather than NaN
                continue
            column = metric.removesuffix("_traded").capitalize()
            is_volume = column == "Volume"
            row: dict[str, Any] = {
                "date": bar.timestamp,
                "column": column,
                "raw": repr(float(getattr(bar, column.lower()))),
                "exchange": history.exchange,
                "timezone": history.timezone,
                "adjustment": "split_adjusted",
            }
            if read.split_factor != 1.0:
                row["later_splits"] = read.split_factor
            values.append(
                ReferenceValue(
                    source=source,
                    kind="price",
                    series=history.series,
                    key=bar.day,
                    metric=metric,
                    value=value,
                    currency=None if is_volume else history.currency,
                    unit="share" if is_volume else None,
                    basis=basis,
                    citation=citation,
                    retrieved_at=history.retrieved_at,
                    row=row,
                )
            )
    return values


def _classify(exc: Exception, series: str, span: str, source: str) -> Exception:
    """A yfinance exception as ours: Yahoo saying "no such symbol" is terminal, the rest transient."""
    kind = type(exc).__name__
    status = getattr(getattr(exc, "response", None), "status_code", None)
    missing = False
    try:
        from yfinance.exceptions import YFTickerMissingError

        missing = isinstance(exc, YFTickerMissingError)
    except ImportError:  # pragma: no cover - yfinance is a dependency
        pass
    # An unknown symbol answers 404 (from yfinance's quoteSummary fallback) or a "possibly
    # delisted" error. Other 4xx are not about the symbol: Yahoo answers 401 to a stale
    # cookie/crumb, 403 when it blocks, 408/429 to "come back later": all transient.
    if missing or status in NOT_FOUND_STATUS:
        return ReferenceNotFound(f"Yahoo Finance knows no prices of {series} for {span} ({kind}: {exc})", source=source)
    return SourceUnavailable(f"Yahoo Finance is unreachable for {series} ({kind}: {_first_line(exc)})", source=source)


def _answered(ticker: Any, series: str) -> bool:
    meta = _metadata(ticker)
    symbol = _str(meta.get("symbol"))
    return bool(symbol and symbol.upper() == series.upper() and meta.get("exchangeTimezoneName"))


META_KEYS = ("symbol", "currency", "exchangeName", "exchangeTimezoneName")


@contextmanager
def _quiet_yfinance() -> Iterator[None]:
    """Mute yfinance's own error logging during a call: offline it prints several lines to
    stderr, and our exception already says what failed (the CLI prints one line). A logger
    someone configured (level set) is left alone."""
    logger = logging.getLogger("yfinance")
    if logger.level != logging.NOTSET:
        yield
        return
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(logging.NOTSET)


def _metadata(ticker: Any) -> dict[str, Any]:
    # ``history_metadata`` can itself hit the network when history() never got an answer, and
    # copying it whole loads its lazy keys (intraday trading periods: more requests). Read only
    # the keys we use; it is descriptive, so any failure means "nothing known".
    try:
        with _quiet_yfinance():
            meta = ticker.history_metadata
    except Exception:
        return {}
    out: dict[str, Any] = {}
    for key in META_KEYS:
        try:
            value = meta.get(key)
        except Exception:
            continue
        if value is not None:
            out[key] = value
    return out


def _bars(frame: Any, timezone: str | None) -> list[PriceBar]:
    bars = []
    for stamp, row in frame.iterrows():
        local = stamp
        if timezone and getattr(stamp, "tzinfo", None) is not None:
            local = stamp.tz_convert(timezone)
        bars.append(
            PriceBar(
                day=local.date().isoformat(),
                timestamp=str(local),
                open=float(row["Open"]),
                high=float(row["High"]),
                low=float(row["Low"]),
                close=float(row["Close"]),
                volume=float(row["Volume"]),
                dividends=float(row.get("Dividends", 0.0)),
                stock_splits=float(row.get("Stock Splits", 0.0)),
            )
        )
    bars.sort(key=lambda b: b.day)
    return bars


def _index_tz(frame: Any) -> str | None:
    tz = getattr(getattr(frame, "index", None), "tz", None)
    return str(tz) if tz is not None else None


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else "no message"


def _library_version() -> str:
    try:
        from importlib.metadata import version

        return f"yfinance {version('yfinance')}"
    except Exception:  # only descriptive
        return "yfinance"
