"""Trading calendars from exchange-calendars: "not a trading day", "the previous session" and
half days come from the exchange's published calendar, not from gaps in a price file.

Exchanges by MIC or common name (``claims.refdata.exchanges``): XHKG (HKEX), XNYS (NYSE), XNAS
(Nasdaq), XSHG (SSE), XSHE (SZSE, on the PRC holiday schedule of XSHG), XLON (LSE).
exchange-calendars imports pandas, so it is imported on first use only; each calendar is built
once per process. Days outside a calendar's range (it starts 20 years back and ends about a
year ahead) raise ``CalendarUnavailable``.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from functools import lru_cache
from typing import Any, ParamSpec, TypeVar

from claims.refdata.exchanges import exchange, find_exchange

P = ParamSpec("P")
R = TypeVar("R")


class CalendarUnavailable(LookupError):
    """No calendar for that exchange or day (one-line message)."""


@contextmanager
def _quiet() -> Iterator[None]:
    """exchange-calendars calls pandas APIs pandas has deprecated: their warnings are not ours."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


@lru_cache(maxsize=16)
def _calendar(code: str) -> Any:
    import exchange_calendars  # type: ignore[import-untyped]

    return exchange_calendars.get_calendar(code)


def _cal(mic: str) -> Any:
    found = find_exchange(mic)
    if found is None:
        exchange(mic)  # raises InputError naming the known ones
    assert found is not None
    return _calendar(found.calendar)


def _check_range(cal: Any, day: date, mic: str) -> None:
    first, last = cal.first_session.date(), cal.last_session.date()
    if not first <= day <= last:
        raise CalendarUnavailable(f"the {mic} calendar covers {first:%Y-%m-%d}..{last:%Y-%m-%d}, not {day:%Y-%m-%d}")


def _quietly(fn: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with _quiet():
            return fn(*args, **kwargs)

    return wrapper


@_quietly
def is_session(mic: str, day: date) -> bool:
    """Whether ``mic`` traded on ``day``."""
    cal = _cal(mic)
    _check_range(cal, day, mic)
    return bool(cal.is_session(day.isoformat()))


@_quietly
def previous_session(mic: str, day: date) -> date:
    """The last trading day strictly before ``day``."""
    cal = _cal(mic)
    _check_range(cal, day, mic)
    return (
        _as_date(cal.date_to_session(day.isoformat(), direction="previous"))
        if not cal.is_session(day.isoformat())
        else _as_date(cal.previous_session(day.isoformat()))
    )


@_quietly
def session_on_or_before(mic: str, day: date) -> date:
    """``day`` if it is a trading day, else the previous one."""
    cal = _cal(mic)
    _check_range(cal, day, mic)
    return _as_date(cal.date_to_session(day.isoformat(), direction="previous"))


@_quietly
def is_half_day(mic: str, day: date) -> bool:
    """Whether ``day`` is an early close (a half-day session) on ``mic``."""
    cal = _cal(mic)
    _check_range(cal, day, mic)
    if not cal.is_session(day.isoformat()):
        return False
    return bool(day.isoformat() in {d.date().isoformat() for d in cal.early_closes})


@_quietly
def trading_hours(mic: str, day: date) -> tuple[datetime, datetime] | None:
    """The open and close of ``day``'s session on ``mic`` (aware, UTC; a lunch break lies
    inside), or None when ``day`` had no session."""
    cal = _cal(mic)
    _check_range(cal, day, mic)
    if not cal.is_session(day.isoformat()):
        return None
    return cal.session_open(day.isoformat()).to_pydatetime(), cal.session_close(day.isoformat()).to_pydatetime()


def why_closed(mic: str, day: date) -> str:
    """A short reason a non-session day had no trading: "a Saturday", "an exchange holiday"."""
    if day.weekday() >= 5:
        return f"a {day:%A}"
    return "an exchange holiday"


def _as_date(stamp: Any) -> date:
    value = stamp.date() if hasattr(stamp, "date") else stamp
    if isinstance(value, datetime):
        return value.date()
    assert isinstance(value, date)
    return value
