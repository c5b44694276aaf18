"""Tune gold labels of batch 23 (n238-n246: n238, n240, n241, n244, n246), written before any checker run on them."""

from __future__ import annotations

from benchmarks.news.labels import CA, C, U, px

A238 = "n238_247wallst_apple_2025_10_29"
A240 = "n240_stockinvest_nvidia_2023_05_16"
A241 = "n241_stockinvest_amazon_2024_05_24"
A244 = "n244_thenationalnews_microsoft_2024_01_24"
A246 = "n246_mactech_apple_2023_08_30"
CC = "share_price_change_close_to_close"
CL = "share_price_close"
D238 = "2025-10-29"  # the date line; 'during trading yesterday' is 2025-10-28
D240 = "2023-05-16"  # 'the last trading day (Tuesday, 16th May 2023)'
D241 = "2024-05-24"  # 'the last day (Friday, 24th May 2024)'
D244 = "2024-01-24"  # the date line's Wednesday, 'in intraday trading'
D246 = "2023-08-29"  # 'On Tuesday' on a page of Wednesday 2023-08-30

US_LEVEL = "a US price level: the shipped file is adjusted-only and its provenance says levels are not checkable"
VOLUME = "volume: no volume data is used"
CAP = "a market value: the shipped data has no share counts"
FORECAST = "a vendor's three-month forecast"
BAND = "a vendor's forecast band"
SUPPORT = "a vendor's support line: not a traded price"
RS = "Investor's Business Daily's Relative Strength Rating: a vendor's rank, not in the shipped data"
YTD238 = (
    "'this year' on a page of 2025-10-29 written during that day ('during trading yesterday'): the year to the "
    "previous close (2025-10-28) or to a moment of 2025-10-29, so the previous close and both ends of the day's range "
    "are read"
)
MOMENT_MSFT = "a figure at a moment of the session of 2024-01-24 ('in intraday trading on Wednesday')"


def ytd238(text: str, subject: str, ticker: str, claimed: str, hedge: str, ctx: str) -> dict:
    return CA(
        A238,
        text,
        subject,
        "share_price_change_ytd",
        claimed,
        [
            px("ytd", ticker, "2025-10-28"),
            px("ytd_low", ticker, D238),
            px("ytd_high", ticker, D238),
        ],
        why=YTD238 + ".",
        ctx=ctx,
        date=D238,
        period="2025-01-01..2025-10-29",
        hedge=hedge,
        reason="no_source",
    )


LABELS = [
    # --- n238 24/7 Wall St. (date line 2025-10-29): Apple's 2025 gain against the other Magnificent 7
    U(A238, "$4 trillion", "Apple", "market_value", "no_source", CAP, ctx="just under $4 trillion", hedge="nearly"),
    U(
        A238,
        "$4 trillion",
        "Microsoft",
        "market_value",
        "no_source",
        CAP,
        ctx="jumped over $4 trillion",
        date="2025-10-28",
        hedge="more_than",
    ),
    U(A238, "$5 trillion", "Nvidia", "market_value", "no_source", CAP, ctx="just shy of $5 trillion", hedge="nearly"),
    U(
        A238,
        "7%",
        "Apple",
        "share_price_change_ytd",
        "no_source",
        YTD238 + ": the previous close gives +7.80% (about 7% holds), but the day's range runs from +7.04% to +8.77% "
        "(its high is outside 'about 7%'), so the readings disagree",
        ctx="up about 7% this year",
        date=D238,
        period="2025-01-01..2025-10-29",
        hedge="approximate",
    ),
    U(
        A238,
        "5%",
        "Amazon",
        "share_price_change_ytd",
        "no_source",
        YTD238 + ": the previous close gives +4.49% (within 0.1 point of the stated interval) and the day's range "
        "runs from +3.82% to +6.12%, so no reading settles it",
        ctx="with an increase of 5%",
        date=D238,
        period="2025-01-01..2025-10-29",
    ),
    ytd238("40%", "Nvidia", "NVDA", "40", "nearly", "advance is nearly 40%"),
    ytd238("30%", "Alphabet", "GOOGL", "30", "nearly", "up close to 30%"),
    # --- n240 StockInvest.us (the URL's 2023-05-16; 'Tuesday, 16th May 2023'): Nvidia's session of 2023-05-16
    C(
        A240,
        "0.90%",
        "Nvidia",
        CC,
        "0.90",
        px("change_cc", "NVDA", D240),
        why="'The NVIDIA stock price gained 0.90% on the last trading day (Tuesday, 16th May 2023), rising from "
        "$289.53 to $292.13': the close-to-close move of 2023-05-16.",
        date=D240,
        sign=1,
    ),
    U(A240, "$289.53", "Nvidia", "share_price_previous_close", "adjusted_prices", US_LEVEL, date="2023-05-15"),
    U(A240, "$292.13", "Nvidia", CL, "adjusted_prices", US_LEVEL, date=D240),
    C(
        A240,
        "3.59%",
        "Nvidia",
        "share_price_intraday_range_pct",
        "3.59",
        {"kind": "article_ratio", "a": 288.35, "b": 298.70},
        why="'the stock fluctuated 3.59% from a day low at $288.35 to a day high of $298.70': the article's own low "
        "and high.",
        ctx="fluctuated 3.59%",
        date=D240,
    ),
    U(A240, "$288.35", "Nvidia", "share_price_day_low", "adjusted_prices", US_LEVEL, date=D240),
    U(A240, "$298.70", "Nvidia", "share_price_day_high", "adjusted_prices", US_LEVEL, date=D240),
    C(
        A240,
        "3.56%",
        "Nvidia",
        "share_price_change_period",
        "3.56",
        px("between", "NVDA", D240, **{"from": "2023-05-02"}),
        why="'there has been a 3.56% gain for the last 2 weeks': ten sessions back from 2023-05-16, the close of "
        "2023-05-02 (n226's reading of StockInvest.us' 'past 2 weeks').",
        ctx="3.56% gain for the last 2 weeks",
        date=D240,
        period="2023-05-02..2023-05-16",
        sign=1,
    ),
    U(A240, "15 million", "Nvidia", "volume_change_shares", "no_source", VOLUME, date=D240),
    U(A240, "44 million", "Nvidia", "volume_shares", "no_source", VOLUME, date=D240),
    U(
        A240,
        "$12.94 billion",
        "Nvidia",
        "dollar_volume_usd",
        "no_source",
        "the day's traded value: no volume data is used",
        date=D240,
    ),
    U(
        A240,
        "250",
        "Nvidia",
        "price_target",
        "forecast",
        "Tigress Financial's price target: a forecast",
        ctx="target was set to 250",
    ),
    U(A240, "27.63%", "Nvidia", "price_forecast_change", "forecast", FORECAST, date=D240),
    U(A240, "90%", "Nvidia", "forecast_probability", "forecast", BAND, ctx="a 90% probability", date=D240),
    U(A240, "$356.57", "Nvidia", "price_forecast_low", "forecast", BAND, date=D240),
    U(A240, "$400.24", "Nvidia", "price_forecast_high", "forecast", BAND, date=D240),
    U(A240, "$288.13", "Nvidia", "technical_support_level", "no_source", SUPPORT, date=D240),
    U(A240, "$276.36", "Nvidia", "technical_support_level", "no_source", SUPPORT, date=D240),
    U(
        A240,
        "11.33%",
        "Nvidia",
        "share_price_change_since",
        "no_source",
        "'A buy signal was issued from a pivot bottom point on Tuesday, April 25, 2023, and so far it has risen "
        "11.33%': the page does not say which price of the pivot day it measures from (the close of 2023-04-25 to "
        "that of 2023-05-16 is +11.324%, within 0.1 point of the stated interval; from that day's low, +11.39%)",
        ctx="so far it has risen 11.33%",
        date=D240,
        period="2023-04-25..2023-05-16",
    ),
    U(A240, "$264.68", "Nvidia", "technical_support_level", "no_source", SUPPORT, date=D240),
    U(A240, "$257.25", "Nvidia", "technical_support_level", "no_source", SUPPORT, date=D240),
    # --- n241 StockInvest.us ('Updated on May 24, 2024'; 'Friday, 24th May 2024'): Amazon's session of 2024-05-24
    C(
        A241,
        "-0.166%",
        "Amazon",
        CC,
        "0.166",
        px("change_cc", "AMZN", D241),
        why="'The Amazon stock price fell by -0.166% on the last day (Friday, 24th May 2024) from $181.05 to "
        "$180.75': the close-to-close move of 2024-05-24 (Amazon pays no dividend).",
        date=D241,
        sign=-1,
    ),
    U(A241, "$181.05", "Amazon", "share_price_previous_close", "adjusted_prices", US_LEVEL, date="2024-05-23"),
    U(A241, "$180.75", "Amazon", CL, "adjusted_prices", US_LEVEL, date=D241),
    U(
        A241,
        "5",
        "Amazon",
        "losing_streak",
        "duration",
        "'It has now fallen 5 days in a row': a count of sessions (the file: falls on 2024-05-20 .. 2024-05-24)",
        ctx="fallen 5 days in a row",
        date=D241,
    ),
    C(
        A241,
        "1.18%",
        "Amazon",
        "share_price_intraday_range_pct",
        "1.18",
        {"kind": "article_ratio", "a": 180.30, "b": 182.44},
        why="'the stock fluctuated 1.18% from a day low at $180.30 to a day high of $182.44': the article's own low "
        "and high.",
        ctx="fluctuated 1.18%",
        date=D241,
    ),
    U(A241, "$180.30", "Amazon", "share_price_day_low", "adjusted_prices", US_LEVEL, date=D241),
    U(A241, "$182.44", "Amazon", "share_price_day_high", "adjusted_prices", US_LEVEL, date=D241),
    U(
        A241,
        "8",
        "Amazon",
        "count_of_down_days",
        "no_source",
        "a count of falling days in the last 10: no reference kind counts days",
        ctx="fallen in 8 of the last 10 days",
        date=D241,
    ),
    C(
        A241,
        "-3.59%",
        "Amazon",
        "share_price_change_period",
        "3.59",
        px("between", "AMZN", D241, **{"from": "2024-05-10"}),
        why="'The price has fallen in 8 of the last 10 days and is down by -3.59% for this period': the ten sessions "
        "to 2024-05-24, from the close of 2024-05-10.",
        ctx="down by -3.59% for this period",
        date=D241,
        period="2024-05-10..2024-05-24",
        sign=-1,
    ),
    U(A241, "-6 million", "Amazon", "volume_change_shares", "no_source", VOLUME, date=D241),
    U(A241, "26 million", "Amazon", "volume_shares", "no_source", VOLUME, date=D241),
    U(
        A241,
        "$4.79 billion",
        "Amazon",
        "dollar_volume_usd",
        "no_source",
        "the day's traded value: no volume data is used",
        date=D241,
    ),
    U(A241, "5.82%", "Amazon", "price_forecast_change", "forecast", FORECAST, date=D241),
    U(A241, "90%", "Amazon", "forecast_probability", "forecast", BAND, date=D241),
    U(A241, "$187.55", "Amazon", "price_forecast_low", "forecast", BAND, date=D241),
    U(A241, "$205.62", "Amazon", "price_forecast_high", "forecast", BAND, date=D241),
    U(
        A241,
        "-12.92%",
        "Amazon",
        "price_forecast_change",
        "forecast",
        "a double-top formation's projected fall: a forecast",
        date="2024-05-09",
    ),
    U(
        A241,
        "$157.39",
        "Amazon",
        "price_forecast",
        "forecast",
        "a double-top formation's projected price: a forecast",
        date="2024-05-09",
    ),
    # --- n244 The National (date line 2024-01-24, a Wednesday): Microsoft 'in intraday trading on Wednesday'
    U(
        A244,
        "$3 trillion",
        "Microsoft",
        "market_value",
        "no_source",
        CAP + " (and a moment of the session)",
        ctx="passed $3 trillion",
        date=D244,
        hedge="more_than",
    ),
    U(
        A244,
        "1 per cent",
        "Microsoft",
        "share_price_change_intraday",
        "no_source",
        MOMENT_MSFT + ": the day's range against the close of 2024-01-23 runs from +0.39% (low) to +1.69% (high), "
        "so the moment may have had it",
        ctx="more than 1 per cent increase",
        date=D244,
        hedge="more_than",
    ),
    U(
        A244,
        "$404",
        "Microsoft",
        "share_price_intraday",
        "no_source",
        MOMENT_MSFT + "; a US price level besides (adjusted-only file)",
        ctx="about $404 per share",
        date=D244,
        hedge="approximate",
    ),
    U(
        A244,
        "$3.03 trillion",
        "Apple",
        "market_value",
        "no_source",
        CAP,
        ctx="reaching about $3.03 trillion",
        date=D244,
        hedge="approximate",
    ),
    CA(
        A244,
        "9.2 per cent",
        "Microsoft",
        "share_price_change_ytd",
        "9.2",
        [px("ytd_low", "MSFT", D244), px("ytd_high", "MSFT", D244)],
        why="'Microsoft's shares have gained nearly 9.2 per cent since the start of the year' in a piece on the "
        "intraday session of 2024-01-24: from the close of 2023-12-29 to both ends of the day's range.",
        ctx="nearly 9.2 per cent since the start of the year",
        date=D244,
        period="2024-01-01..2024-01-24",
        hedge="nearly",
        reason="no_source",
    ),
    U(
        A244,
        "67.3 per cent",
        "Microsoft",
        "share_price_change_12m",
        "adjusted_prices",
        MOMENT_MSFT + ": twelve months to the moment's price (the close of 2023-01-24 to the day's range gives "
        "+66.9% to +69.1%, so the moment may have had it); the window spans Microsoft's quarterly ex-dividend days, "
        "so the adjusted-only ratio is a total return besides",
        ctx="almost 67.3 per cent in the past 12 months",
        date=D244,
        period="2023-01-24..2024-01-24",
        hedge="nearly",
    ),
    # --- n246 MacTech relaying Investor's Business Daily (date line 2023-08-30): Apple's session of Tuesday 2023-08-29
    C(
        A246,
        "2%",
        "Apple",
        CC,
        "2",
        px("change_cc", "AAPL", D246),
        why="'On Tuesday Apple stock shot up more than 2%' on a page of Wednesday 2023-08-30: the close-to-close move "
        "of 2023-08-29 (the page later says 'On Tuesday, Apple closed at 184.12, up 2.2% for the day').",
        ctx="shot up more than 2%",
        date=D246,
        hedge="more_than",
        sign=1,
    ),
    U(A246, "83", "Apple", "relative_strength_rating", "no_source", RS, ctx="jumped from 83 to 85", date=D246),
    U(A246, "85", "Apple", "relative_strength_rating", "no_source", RS, ctx="from 83 to 85", date=D246),
    U(A246, "80", "Apple", "relative_strength_rating", "no_source", RS, ctx="rose from 80 to 83", date="2023-08-28"),
    U(A246, "83", "Apple", "relative_strength_rating", "no_source", RS, ctx="from 80 to 83", date="2023-08-28"),
    U(
        A246,
        "17%",
        "Apple",
        "relative_strength_percentile",
        "no_source",
        RS + " ('topped all but 17% of all stocks for price performance over the past 12 months')",
        ctx="all but 17% of all stocks",
        date="2023-08-28",
    ),
    U(A246, "85", "Apple", "relative_strength_rating", "no_source", RS, ctx="rose again, to 85", date=D246),
    C(
        A246,
        "60%",
        "Apple",
        "share_price_change_period",
        "60",
        {"kind": "article_ratio", "a": 124.17, "b": 198.23},
        why="'It rose 60% from 124.17 on Jan. 3 to a 198.23 high on July 19': the article's own numbers (from the "
        "Jan. 3 close to the July 19 intraday high).",
        ctx="rose 60% from 124.17",
        period="2023-01-03..2023-07-19",
        sign=1,
    ),
    U(A246, "124.17", "Apple", CL, "adjusted_prices", US_LEVEL + " (the close of 2023-01-03)", date="2023-01-03"),
    U(
        A246,
        "198.23",
        "Apple",
        "share_price_intraday_high",
        "adjusted_prices",
        US_LEVEL + " (the high of 2023-07-19)",
        date="2023-07-19",
    ),
    U(A246, "184.12", "Apple", CL, "adjusted_prices", US_LEVEL, date=D246),
    C(
        A246,
        "2.2%",
        "Apple",
        CC,
        "2.2",
        px("change_cc", "AAPL", D246),
        why="'On Tuesday, Apple closed at 184.12, up 2.2% for the day': the close-to-close move of 2023-08-29.",
        date=D246,
        sign=1,
    ),
]
