"""Exchanges by ISO 10383 MIC, and the common names and suffixes news and vendors use for them.

``exchange("HKEX") == exchange("XHKG")``; the calendar code is the exchange-calendars name
(Shenzhen shares the PRC holiday schedule of Shanghai, so XSHE uses the XSHG calendar).
"""

from __future__ import annotations

from dataclasses import dataclass

from claims.errors import InputError


@dataclass(frozen=True)
class Exchange:
    mic: str
    name: str
    timezone: str  # IANA name: the day a bar belongs to is the exchange's local date
    currency: str  # the usual quote currency
    calendar: str  # exchange-calendars code
    names: tuple[str, ...]  # common names and abbreviations, as written in news and vendor files
    yahoo_suffix: str | None = None  # "0700.HK": Yahoo's symbol suffix, None for US listings


EXCHANGES: tuple[Exchange, ...] = (
    Exchange(
        "XHKG",
        "Hong Kong Exchanges and Clearing",
        "Asia/Hong_Kong",
        "HKD",
        "XHKG",
        ("HKEX", "HKSE", "SEHK", "HKG", "Hong Kong Stock Exchange", "Hong Kong"),
        ".HK",
    ),
    Exchange(
        "XNYS", "New York Stock Exchange", "America/New_York", "USD", "XNYS", ("NYSE", "NYQ", "New York Stock Exchange")
    ),
    Exchange(
        "XNAS",
        "Nasdaq",
        "America/New_York",
        "USD",
        "XNAS",
        ("NASDAQ", "NMS", "NGM", "NCM", "NasdaqGS", "NasdaqGM", "NasdaqCM", "Nasdaq Stock Market"),
    ),
    Exchange("XSHG", "Shanghai Stock Exchange", "Asia/Shanghai", "CNY", "XSHG", ("SSE", "SHH", "Shanghai"), ".SS"),
    Exchange("XSHE", "Shenzhen Stock Exchange", "Asia/Shanghai", "CNY", "XSHG", ("SZSE", "SHZ", "Shenzhen"), ".SZ"),
    Exchange(
        "XLON", "London Stock Exchange", "Europe/London", "GBP", "XLON", ("LSE", "LON", "London Stock Exchange"), ".L"
    ),
)

_BY_NAME: dict[str, Exchange] = {}
for _x in EXCHANGES:
    for _n in (_x.mic, _x.name, *_x.names):
        _BY_NAME.setdefault(_n.casefold(), _x)


# Minimum price steps (upper bound of the price band, tick), for checking rebuilt traded prices.
# HKEX: the Part A spread table (Rules of the Exchange, Third Schedule); US: Reg NMS Rule 612
# (one cent at or above $1.00); SSE/SZSE: one fen for A shares.
TICKS: dict[str, tuple[tuple[float, float], ...]] = {
    "XHKG": (
        (0.25, 0.001),
        (0.50, 0.005),
        (10, 0.01),
        (20, 0.02),
        (100, 0.05),
        (200, 0.1),
        (500, 0.2),
        (1000, 0.5),
        (2000, 1.0),
        (5000, 2.0),
        (float("inf"), 5.0),
    ),
    "XNYS": ((1.0, 0.0001), (float("inf"), 0.01)),
    "XNAS": ((1.0, 0.0001), (float("inf"), 0.01)),
    "XSHG": ((float("inf"), 0.01),),
    "XSHE": ((float("inf"), 0.01),),
}


def tick_size(mic: str, price: float) -> float | None:
    """The exchange's price step at ``price``; ``None`` where no table is known."""
    for upper, tick in TICKS.get(mic, ()):
        if price <= upper:
            return tick
    return None


def on_tick(mic: str, price: float, *, slack: float = 0.02) -> bool | None:
    """Whether ``price`` is a price the exchange could print (within ``slack`` of a tick); ``None`` if unknown."""
    tick = tick_size(mic, price)
    if tick is None:
        return None
    steps = price / tick
    return abs(steps - round(steps)) <= slack


def exchange(name: str) -> Exchange:
    """The exchange a MIC or common name means; ``InputError`` listing the known ones otherwise."""
    found = _BY_NAME.get(name.strip().casefold())
    if found is None:
        known = ", ".join(f"{x.mic} ({'/'.join(x.names[:2])})" for x in EXCHANGES)
        raise InputError(f"unknown exchange {name!r}; known: {known}")
    return found


def find_exchange(name: str | None) -> Exchange | None:
    """Like ``exchange`` but ``None`` for an unknown or missing name (for reading provenance)."""
    if not name:
        return None
    return _BY_NAME.get(name.strip().casefold())


def exchange_of_ticker(ticker: str) -> Exchange | None:
    """The exchange a Yahoo-style symbol's suffix names ("0700.HK" -> XHKG); ``None`` without one."""
    for x in EXCHANGES:
        if x.yahoo_suffix and ticker.upper().endswith(x.yahoo_suffix.upper()):
            return x
    return None
