"""Held-out gold labels of batch 23 (n238-n246: n239, n242, n243, n245), written and committed before any checker run on them."""

from __future__ import annotations

from benchmarks.news.labels import C, U, px, unknown

A239 = "n239_tickertv_meta_2023_11_02"
A242 = "n242_stockinvest_microsoft_2025_06_26"
A243 = "n243_macdailynews_apple_2023_08_07"
A245 = "n245_dbtnews_nvidia_2024_01_08"
CC = "share_price_change_close_to_close"
CL = "share_price_close"
D239 = "2023-11-02"  # the date line's Thursday: the session the wrap reports
D242 = "2025-06-26"  # 'the last trading day (Thursday, 26th Jun 2025)'
D243 = "2023-08-07"  # the date line's Monday, written during the session ('in afternoon trading', 'on track')
D245 = "2024-01-05"  # the most recent session before the page of Monday 2024-01-08 (Friday)

US_LEVEL = "a US price level: the shipped file is adjusted-only and its provenance says levels are not checkable"
VOLUME = "volume: no volume data is used"
GOOG = "GOOG, the class C line; GOOGL ships"
FORECAST = "a vendor's three-month forecast"
BAND = "a vendor's forecast band"
SUPPORT = "a vendor's support line: not a traded price"
MOMENT_AAPL = "a figure at a moment of the session of 2023-08-07 ('in afternoon trading', 'on track for')"

LABELS = [
    # --- n239 ticker.tv (date line 2023-11-02, a Thursday): an automated wrap of Thursday's session
    C(
        A239,
        "0.31%",
        "Meta Platforms",
        CC,
        "0.31",
        px("change_cc", "META", D239),
        why="'Meta Platforms Inc. experienced a slight decline of 0.31% in its shares, closing at $310.87 during "
        "Thursday's trading session' on a page dated Thursday 2023-11-02: the close-to-close move of that day.",
        ctx="decline of 0.31%",
        date=D239,
        sign=-1,
    ),
    U(A239, "$310.87", "Meta Platforms", CL, "adjusted_prices", US_LEVEL, date=D239),
    C(
        A239,
        "$19.67",
        "Meta Platforms",
        "share_price_gap_to_52_week_high_usd",
        "19.67",
        {"kind": "article_sum", "parts": [330.54, -310.87], "unit": "USD"},
        why="'The company finished $19.67 short of its 52-week high of $330.54': the article's own 52-week high less "
        "its own close (330.54 - 310.87 = 19.67).",
        date=D239,
    ),
    U(
        A239,
        "$330.54",
        "Meta Platforms",
        "share_price_52_week_high",
        "adjusted_prices",
        US_LEVEL + " (the high 'achieved on October 12th'; the file's highest close of the 52 weeks is that of "
        "2023-10-11, so $330.54 may be an intraday high)",
        ctx="52-week high of $330.54",
        date="2023-10-12",
    ),
    C(
        A239,
        "2.07%",
        "Apple",
        CC,
        "2.07",
        px("change_cc", "AAPL", D239),
        why="'Apple Inc. saw a 2.07% rise in its shares, reaching $177.57' in the same Thursday wrap: the "
        "close-to-close move of 2023-11-02.",
        date=D239,
        sign=1,
    ),
    U(A239, "$177.57", "Apple", CL, "adjusted_prices", US_LEVEL, date=D239),
    C(
        A239,
        "0.65%",
        "Microsoft",
        CC,
        "0.65",
        px("change_cc", "MSFT", D239),
        why="'Microsoft Corp. experienced a 0.65% increase, closing at $348.32': the close-to-close move of 2023-11-02.",
        date=D239,
        sign=1,
    ),
    U(A239, "$348.32", "Microsoft", CL, "adjusted_prices", US_LEVEL, date=D239),
    unknown(A239, "0.79%", "Alphabet", CC, GOOG, ctx="Cl C grew 0.79%", date=D239),
    unknown(A239, "$128.58", "Alphabet", CL, GOOG, date=D239),
    U(A239, "21.4 M", "Meta Platforms", "volume_shares", "no_source", VOLUME, date=D239),
    # --- n242 StockInvest.us (the URL's 2025-06-26; 'Thursday, 26th Jun 2025'): Microsoft's session of 2025-06-26
    C(
        A242,
        "1.05%",
        "Microsoft",
        CC,
        "1.05",
        px("change_cc", "MSFT", D242),
        why="'The Microsoft stock price gained 1.05% on the last trading day (Thursday, 26th Jun 2025), rising from "
        "$492.27 to $497.45': the close-to-close move of 2025-06-26.",
        date=D242,
        sign=1,
    ),
    U(A242, "$492.27", "Microsoft", "share_price_previous_close", "adjusted_prices", US_LEVEL, date="2025-06-25"),
    U(A242, "$497.45", "Microsoft", CL, "adjusted_prices", US_LEVEL, date=D242),
    U(
        A242,
        "4",
        "Microsoft",
        "winning_streak",
        "duration",
        "'It has now gained 4 days in a row': a count of sessions (the file: gains on 2025-06-23 .. 2025-06-26)",
        ctx="gained 4 days in a row",
        date=D242,
    ),
    C(
        A242,
        "1.45%",
        "Microsoft",
        "share_price_intraday_range_pct",
        "1.45",
        {"kind": "article_ratio", "a": 491.61, "b": 498.74},
        why="'the stock fluctuated 1.45% from a day low at $491.61 to a day high of $498.74': the article's own low "
        "and high.",
        ctx="fluctuated 1.45%",
        date=D242,
    ),
    U(A242, "$491.61", "Microsoft", "share_price_day_low", "adjusted_prices", US_LEVEL, date=D242),
    U(A242, "$498.74", "Microsoft", "share_price_day_high", "adjusted_prices", US_LEVEL, date=D242),
    U(
        A242,
        "7",
        "Microsoft",
        "count_of_up_days",
        "no_source",
        "a count of rising days in the last 10: no reference kind counts days",
        ctx="risen in 7 of the last 10 days",
        date=D242,
    ),
    C(
        A242,
        "5.25%",
        "Microsoft",
        "share_price_change_period",
        "5.25",
        px("between", "MSFT", D242, **{"from": "2025-06-11"}),
        why="'is up by 5.25% over the past 2 weeks': ten sessions back from 2025-06-26, the close of 2025-06-11 (the "
        "reading of n226's StockInvest.us 'past 2 weeks').",
        ctx="up by 5.25% over the past 2 weeks",
        date=D242,
        period="2025-06-11..2025-06-26",
        sign=1,
    ),
    U(A242, "4 million", "Microsoft", "volume_change_shares", "no_source", VOLUME, date=D242),
    U(A242, "21 million", "Microsoft", "volume_shares", "no_source", VOLUME, date=D242),
    U(
        A242,
        "$10.67 billion",
        "Microsoft",
        "dollar_volume_usd",
        "no_source",
        "the day's traded value: no volume data is used",
        date=D242,
    ),
    U(A242, "37.49%", "Microsoft", "price_forecast_change", "forecast", FORECAST, date=D242),
    U(A242, "90%", "Microsoft", "forecast_probability", "forecast", BAND, date=D242),
    U(A242, "$635.37", "Microsoft", "price_forecast_low", "forecast", BAND, date=D242),
    U(A242, "$700.05", "Microsoft", "price_forecast_high", "forecast", BAND, date=D242),
    U(A242, "$485.93", "Microsoft", "technical_support_level", "no_source", SUPPORT, date=D242),
    U(A242, "$464.52", "Microsoft", "technical_support_level", "no_source", SUPPORT, date=D242),
    U(
        A242,
        "38.52%",
        "Microsoft",
        "share_price_change_since",
        "adjusted_prices",
        "'A buy signal was issued from a pivot bottom point on Monday, April 21, 2025, and so far it has risen "
        "38.52%': the page does not say which price of the pivot day it measures from, and the window spans one of "
        "Microsoft's quarterly ex-dividend days, so the adjusted-only file's close-to-close ratio (+38.77%, "
        "2025-04-21 -> 2025-06-26) is a total return, not the price change",
        ctx="so far it has risen 38.52%",
        date=D242,
        period="2025-04-21..2025-06-26",
    ),
    # --- n243 MacDailyNews quoting MarketWatch (date line 2023-08-07, a Monday), written during the session
    U(
        A243,
        "five-day",
        "Apple",
        "losing_streak",
        "duration",
        "'on track to close at a five-day low': a count of sessions",
        ctx="close at a five-day low",
        date=D243,
    ),
    U(
        A243,
        "1.7%",
        "Apple",
        "share_price_change_intraday",
        "no_source",
        MOMENT_AAPL + ": the day's range against the close of 2023-08-04 runs from -2.55% (low) to +0.63% (high) "
        "and the close was -1.72%, so the moment may have had it",
        ctx="down about 1.7% in afternoon trading",
        date=D243,
        hedge="approximate",
    ),
    U(
        A243,
        "five",
        "Apple",
        "losing_streak",
        "duration",
        "'closed lower for five consecutive days': a count of sessions",
        ctx="lower for five consecutive days",
        date=D243,
    ),
    U(
        A243,
        "December 2022",
        "Apple",
        "losing_streak_since",
        "no_source",
        "a 'since' claim (the last time a run was matched); not labelled as a check",
        date=D243,
    ),
    U(
        A243,
        "9.1%",
        "Apple",
        "share_price_change_5d",
        "no_source",
        MOMENT_AAPL + ": five sessions to the moment's price (the close of 2023-07-31 to the day's close is -8.96%; "
        "a moment's price lies anywhere in the day's range)",
        ctx="Off 9.1% over the current five-session span",
        date=D243,
    ),
    U(
        A243,
        "five-day",
        "Apple",
        "share_price_change_5d",
        "duration",
        "'its largest five-day percentage decline since': the window's length",
        ctx="largest five-day percentage decline",
        date=D243,
    ),
    C(
        A243,
        "9.4%",
        "Apple",
        "share_price_change_5d",
        "9.4",
        px("between", "AAPL", "2022-11-07", **{"from": "2022-10-31"}),
        why="'the period that ended Nov. 7, 2022, when it fell 9.4%': five sessions, from the close of 2022-10-31 to "
        "that of 2022-11-07 (the window spans Apple's November ex-dividend day, so the adjusted-only ratio is a "
        "total return).",
        period="2022-11-01..2022-11-07",
        sign=-1,
    ),
    U(
        A243,
        "third",
        "Apple",
        "revenue_decline_streak_quarters",
        "no_source",
        "a count of quarters of reported revenue declines: reported figures are not in the shipped data",
        ctx="a third quarter in a row",
    ),
    U(
        A243,
        "sub-$170",
        "Apple",
        "share_price_hope",
        "forecast",
        "MacDailyNews' hope for a lower price: a forecast, not a price of a day",
        ctx="into sub-$170 gift territory",
        hedge="less_than",
    ),
    # --- n245 DBT News (date line 2024-01-08, a Monday): Nvidia's most recent session before the page, Friday
    # 2024-01-05 (Monday's own session, +6.43% in the file, was not over when the note was written)
    C(
        A245,
        "2.29%",
        "Nvidia",
        CC,
        "2.29",
        px("change_cc", "NVDA", D245),
        why="'NVIDIA Corp [NASDAQ: NVDA] gained 2.29% or 10.99 points to close at $490.97' on a page dated Monday "
        "2024-01-08: the close-to-close move of the session before the page, Friday 2024-01-05.",
        date=D245,
        sign=1,
    ),
    U(
        A245,
        "10.99 points",
        "Nvidia",
        "share_price_change_usd",
        "adjusted_prices",
        US_LEVEL + " (a change in dollars is a difference of levels; the file is split-adjusted besides)",
        date=D245,
    ),
    U(A245, "$490.97", "Nvidia", CL, "adjusted_prices", US_LEVEL + " (a pre-split price)", date=D245),
    U(A245, "41327331", "Nvidia", "volume_shares", "no_source", VOLUME, ctx="volume of 41327331 shares", date=D245),
    U(A245, "$484.62", "Nvidia", "share_price_open", "adjusted_prices", US_LEVEL, date=D245),
    U(A245, "$495.47", "Nvidia", "share_price_day_high", "adjusted_prices", US_LEVEL, date=D245),
    U(A245, "$483.0601", "Nvidia", "share_price_day_low", "adjusted_prices", US_LEVEL, date=D245),
    U(
        A245,
        "15.51%",
        "Nvidia",
        "share_price_change_6m",
        "adjusted_prices",
        "'recorded 15.51% gains over the past six months': the page does not fix the window's start; the closes of "
        "2023-07-03 .. 2023-07-10 to that of 2024-01-05 give +15.53% to +16.63% in the adjusted-only file, the "
        "nearest within 0.1 point of the stated interval, which an adjusted series cannot settle",
        date=D245,
        period="2023-07..2024-01-05",
    ),
    U(
        A245,
        "-249.84%",
        "Nvidia",
        "share_price_gap_to_recent_low",
        "no_source",
        "'still -249.84% lower than its most recent low trading price': a template figure with no stated low",
        date=D245,
    ),
    U(A245, "42.03M", "Nvidia", "average_volume", "no_source", VOLUME + " (an average)"),
    U(A245, "41327331", "Nvidia", "volume_shares", "no_source", VOLUME, ctx="volume of 41327331 in", date=D245),
    U(A245, "$663.74", "Nvidia", "price_target", "forecast", "analysts' consensus price target: a forecast"),
    U(A245, "1.30", "Nvidia", "analyst_rating", "no_source", "an analysts' consensus rating score: not a price"),
    U(A245, "12.34", "Nvidia", "average_true_range", "no_source", "a vendor's volatility indicator: not in the data"),
    U(
        A245,
        "27.03",
        "Nvidia",
        "price_to_sales",
        "no_source",
        "a valuation ratio on reported sales: not in the shipped data",
    ),
]
