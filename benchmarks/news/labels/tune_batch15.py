"""Tune gold labels of batch 15 (n170-n179), written and committed before any checker run on them."""

from __future__ import annotations

from benchmarks.news.labels import CA, C, U, px

A170 = "n170_marketscreener_meta_2022_10_27"
A171 = "n171_bnnbloomberg_aia_2022_08_25"
A172 = "n172_marketscreener_hsbc_2023_02_21"
A174 = "n174_dbtnews_jd_2024_09_30"
A176 = "n176_cometreports_baidu_2025_01_10"
A178 = "n178_cometreports_baidu_2025_03_27"
CC = "share_price_change_close_to_close"
CL = "share_price_close"

REPORTED = "a reported company figure; the shipped data has no figures for this company"
ESTIMATE = "an analysts' estimate or a company forecast"
CAP = "a market value: the shipped data has prices but no share counts"
MARKET_DATA = "a trading statistic of the quote page (volume, shares, averages, ratios): not in the shipped data"
US_LEVEL = "the shipped series is adjusted-only (provenance: levels not checkable), so the traded level cannot be told"
META_MOMENT = (
    "a figure of Meta's session of Thursday 2022-10-27 'as of 10:23:53 AM ET' (a Dow Jones Market Data item): a "
    "moment of the session, which the daily file cannot place; every moment lies between the day's low and high"
)
META_PREV = 129.82  # the article's own previous close: $102.30 + $27.52 ('currently at $102.30, down $27.52')


def meta(text: str, metric: str, reason: str, why: str, **kw: object) -> dict:
    return U(A170, text, "Meta", metric, reason, why, **kw)


def meta_gap(text: str, metric: str, claimed: str, level: float, what: str, **kw: object) -> dict:
    return C(
        A170,
        text,
        "Meta",
        metric,
        claimed,
        {"kind": "article_ratio", "a": level, "b": 102.30},
        why=f"'Down {text} from {what}': the article's own numbers, from the stated ${level:.2f} to the current "
        "$102.30 ('currently at $102.30', 10:23 AM ET).",
        date="2022-10-27",
        sign=-1,
        **kw,
    )


def jd(text: str, metric: str, reason: str, why: str, **kw: object) -> dict:
    return U(A174, text, "JD.com", metric, reason, why, **kw)


def b176(text: str, metric: str, reason: str, why: str, **kw: object) -> dict:
    return U(A176, text, "Baidu", metric, reason, why, **kw)


def b178(text: str, metric: str, reason: str, why: str, **kw: object) -> dict:
    return U(A178, text, "Baidu", metric, reason, why, **kw)


JD_DAY = (
    "a quote-page template (URL 2024/09/30, a Monday) that names no session ('to close at', 'the most recent trading "
    "day'): the close of Friday 2024-09-27 or of Monday 2024-09-30, and the two readings disagree"
)
B176_DAY = (
    "a quote-page template (URL 2025/01/10, a Friday) that names no session ('current market price', 'in last "
    "market'): the last session before the page's day (2025-01-08; 2025-01-09 has no bar) or the page's day "
    "itself, and the two readings disagree"
)
B178_DAY = (
    "a quote-page template (URL 2025/03/27, a Thursday) that names no session ('current market price', 'in last "
    "market'): the session of 2025-03-26 or of 2025-03-27, and the two readings disagree"
)


LABELS = [
    # --- n170 MarketScreener (Dow Jones Market Data, date line 2022-10-27, 'All data as of 10:23:53 AM ET')
    meta("$102.30", "share_price_intraday", "adjusted_prices", "'currently at $102.30': a moment's price; " + US_LEVEL),
    meta("$27.52", "share_price_change_usd", "adjusted_prices", "a change in dollars at a moment; " + US_LEVEL),
    C(
        A170,
        "21.2%",
        "Meta",
        "share_price_change_intraday",
        "21.2",
        {"kind": "article_ratio", "a": 129.82, "b": 102.30},
        why="'currently at $102.30, down $27.52 or 21.2%': the article's own numbers (the previous close it implies, "
        "$102.30 + $27.52 = $129.82, to $102.30), as tune n203's '$6.50 or 2.02%' is labelled.",
        ctx="$27.52 or 21.2%",
        date="2022-10-27",
        sign=-1,
        relabel="built unverifiable/no_source as a moment; relabelled to the article's own ratio (GOLD_CHANGES.md "
        "§29: the labelling rules count the article's own arithmetic as checkable, and n203 was so labelled)",
    ),
    meta(
        "$101.61",
        "share_price_close",
        "outside_data",
        "'when it closed at $101.61' on Feb. 16, 2016: before the shipped META series (2021-01-04)",
        date="2016-02-16",
    ),
    C(
        A170,
        "26.39%",
        "Meta",
        CC,
        "26.39",
        px("change_cc", "META", "2022-02-03"),
        why="'largest percent decrease since Feb. 3, 2022, when it fell 26.39%': the close of 2022-02-03 against "
        "that of 2022-02-02.",
        date="2022-02-03",
        sign=-1,
    ),
    meta(
        "five",
        "down_days_count",
        "no_source",
        "'Currently down five of the past six days' (today counted at a moment): a count of down sessions, which no "
        "reference kind reads",
        ctx="down five of the past six days",
        date="2022-10-27",
    ),
    meta(
        "two",
        "losing_streak_days",
        "no_source",
        "'Currently down two consecutive days': a streak length, which no reference kind reads",
        ctx="down two consecutive days",
        date="2022-10-27",
    ),
    meta(
        "25.61%",
        "share_price_change_2d",
        "no_source",
        "'down 25.61% over this period': from the close of 2022-10-25 to a moment of 2022-10-27 ("
        + META_MOMENT
        + "); from the close of 2022-10-25 the day's low and high give -29.91% and -25.46%, which span the stated "
        "figure, and no reference kind reads a window to a moment",
        date="2022-10-27",
    ),
    C(
        A170,
        "26.6%",
        "Meta",
        "share_price_change_2d",
        "26.6",
        {"kind": "between", "ticker": "META", "from": "2022-02-02", "date": "2022-02-04"},
        why="'the two days ending Feb. 4, 2022, when it fell 26.6%': from the close of 2022-02-02 to that of "
        "2022-02-04.",
        date="2022-02-04",
        sign=-1,
    ),
    meta(
        "24.6%",
        "share_price_change_mtd",
        "no_source",
        "'Down 24.6% month-to-date': from the close of 2022-09-30 to a moment of 2022-10-27 (" + META_MOMENT + "); no "
        "reference kind reads a month to date at a moment",
        date="2022-10-27",
    ),
    C(
        A170,
        "32.63%",
        "Meta",
        "share_price_change_month",
        "32.63",
        {"kind": "between", "ticker": "META", "from": "2022-01-31", "date": "2022-02-28"},
        why="'worst month since Feb. 2022, when it fell 32.63%': the month of February 2022, from the close of "
        "2022-01-31 to that of 2022-02-28.",
        date="2022-02-28",
        period="2022-02",
        sign=-1,
    ),
    CA(
        A170,
        "69.59%",
        "Meta",
        "share_price_change_ytd",
        "69.59",
        [px("ytd_low", "META", "2022-10-27"), px("ytd_high", "META", "2022-10-27")],
        why="'Down 69.59% year-to-date': to a moment of 2022-10-27 (" + META_MOMENT + "), unverifiable when it lies "
        "inside.",
        date="2022-10-27",
        reason="no_source",
        sign=-1,
    ),
    meta_gap("73.23%", "share_price_gap_to_record_close", "73.23", 382.18, "its all-time closing high of $382.18"),
    meta(
        "$382.18",
        "share_price_record_close",
        "adjusted_prices",
        "the all-time closing high of Sept. 7, 2021: a level; " + US_LEVEL,
        date="2021-09-07",
    ),
    meta_gap(
        "67.72%", "share_price_change_1y", "67.72", 316.92, "52 weeks ago (Oct. 28, 2021), when it closed at $316.92"
    ),
    meta(
        "$316.92",
        CL,
        "adjusted_prices",
        "the close of Oct. 28, 2021: a level; " + US_LEVEL,
        date="2021-10-28",
    ),
    meta_gap(
        "70.57%",
        "share_price_gap_to_52_week_closing_high",
        "70.57",
        347.56,
        "its 52-week closing high of $347.56 on Nov. 15, 2021",
    ),
    meta(
        "$347.56",
        "share_price_52_week_closing_high",
        "adjusted_prices",
        "the 52-week closing high of Nov. 15, 2021: a level; " + US_LEVEL,
        date="2021-11-15",
    ),
    meta(
        "$97.36",
        "share_price_intraday_low",
        "adjusted_prices",
        "'Traded as low as $97.36' by 10:23 AM ET: a level (the low so far); " + US_LEVEL,
        date="2022-10-27",
    ),
    meta(
        "$96.82",
        "share_price_intraday_low",
        "outside_data",
        "the intraday low of Feb. 9, 2016: before the shipped META series",
        date="2016-02-09",
    ),
    C(
        A170,
        "25%",
        "Meta",
        "share_price_change_intraday_low",
        "25",
        {"kind": "article_ratio", "a": META_PREV, "b": 97.36},
        why="'Down 25% at today's intraday low': the low so far ('Traded as low as $97.36', as of 10:23 AM ET) "
        "against the previous close the article's own numbers give ($102.30 + $27.52 = $129.82); the day's final low "
        "came later (the file's -25.76%), so the page's own numbers are the reference.",
        date="2022-10-27",
        sign=-1,
    ),
    C(
        A170,
        "27.01%",
        "Meta",
        "share_price_change_intraday_low",
        "27.01",
        px("intraday_low", "META", "2022-02-03"),
        why="'since Feb. 3, 2022, when it fell as much as 27.01%': the low of 2022-02-03 against the close of "
        "2022-02-02.",
        date="2022-02-03",
        sign=-1,
    ),
    # --- n171 BNN Bloomberg (date line 'Aug 25, 2022'), AIA's first-half results day, Thursday 2022-08-25
    U(
        A171,
        "three months",
        "AIA",
        "record_span",
        "no_source",
        "'shares rose the most in three months': a record statement, not a figure a reference reads",
        date="2022-08-25",
    ),
    U(A171, "15%", "AIA", "new_business_value_change", "no_source", REPORTED + " (first half 2022)", period="2022-H1"),
    U(
        A171,
        "$1.5 billion",
        "AIA",
        "new_business_value",
        "no_source",
        REPORTED + " (first half 2022)",
        period="2022-H1",
    ),
    C(
        A171,
        "4.8%",
        "AIA",
        "share_price_change_intraday_high",
        "4.8",
        px("intraday_high", "1299.HK", "2022-08-25"),
        why="'The stock climbed as much as 4.8% in Hong Kong trading, the biggest intraday gain since May': the page "
        "names no moment (its only date is the day's), so the rise to the day's high against the previous close "
        "(as 54676ce's rule and n151); the day's high is +5.12% (the close +4.79%): a story written before the "
        "high would have been right at its time, which the page does not state.",
        date="2022-08-25",
        sign=1,
    ),
    U(A171, "24%", "AIA", "new_business_value_change", "no_source", REPORTED + " (mainland China, first half 2022)"),
    U(A171, "18", "AIA", "markets_count", "no_source", "the number of markets AIA operates in: " + REPORTED),
    U(
        A171,
        "5%",
        "Prudential",
        "new_business_value_change",
        "no_source",
        "a reported figure of Prudential's China venture: the shipped data has no figures for it",
        ctx="a 5% decline",
    ),
    U(
        A171,
        "about 40%",
        "AIA",
        "new_business_value_share",
        "no_source",
        "an analyst's estimate of a regional share of AIA's China new business value: not in the shipped data",
        hedge="approximate",
    ),
    U(A171, "47%", "AIA", "new_business_value_change", "no_source", REPORTED + " (other Chinese provinces)"),
    # --- n172 MarketScreener (Dow Jones, date line 2023-02-21, '0758 GMT'), HSBC's results day, Tuesday 2023-02-21
    U(A172, "$4.62 billion", "HSBC", "profit", "no_source", REPORTED + " (fourth quarter 2022)", period="2022-Q4"),
    U(A172, "$1.79 billion", "HSBC", "profit", "no_source", REPORTED + " (fourth quarter 2021)", period="2021-Q4"),
    U(A172, "21 cents", "HSBC", "special_dividend_per_share", "no_source", REPORTED + " (a planned special dividend)"),
    C(
        A172,
        "2.4%",
        "HSBC",
        CC,
        "2.4",
        px("change_cc", "0005.HK", "2023-02-21"),
        why="'Shares in Hong Kong ... slid into negative territory later in the session, ending the day down 2.4%': "
        "the close of Tuesday 2023-02-21 against that of 2023-02-20 (the item is stamped 0758 GMT, 15:58 in Hong "
        "Kong, just before the close and its auction, but it states the day's end).",
        date="2023-02-21",
        sign=-1,
    ),
    # --- n174 dbtnews (URL 2024/09/30), JD.com's ADR quote page with no named session
    jd("54.48B", "market_value", "no_source", CAP + " (the headline)"),
    CA(
        A174,
        "5.03%",
        "JD.com",
        CC,
        "5.03",
        [px("change_cc", "JD", "2024-09-27"), px("change_cc", "JD", "2024-09-30")],
        why="'gained 5.03% or 1.91 points to close at $39.90': " + JD_DAY + ".",
        reason="no_date",
        sign=1,
    ),
    jd(
        "1.91 points",
        "share_price_change_usd",
        "adjusted_prices",
        "a change in dollars: the shipped JD series is adjusted-only (provenance: levels not checkable); the session "
        "is not named either (" + JD_DAY + ")",
    ),
    jd("$39.90", CL, "adjusted_prices", "'to close at $39.90' (2024-09-27 or 2024-09-30): " + US_LEVEL),
    jd("44830414 shares", "trading_volume", "no_source", MARKET_DATA),
    jd(
        "45.67%",
        "share_price_change_6m",
        "no_window",
        "'recorded 45.67% gains over the past six months': neither end of the window is fixed to a day",
    ),
    jd("13.95M shares", "average_volume", "no_source", MARKET_DATA + " (an average over an unstated window)"),
    jd("44830414", "trading_volume", "no_source", MARKET_DATA, ctx="volume of 44830414 in"),
    jd("$40.11 per share", "target_price", "forecast", "analysts' consensus price target"),
    jd("1.50", "analyst_rating", "forecast", "an analysts' consensus recommendation score"),
    jd("$26", "target_price", "forecast", "Macquarie's earlier price target", ctx="from $26 to $40"),
    jd("$40", "target_price", "forecast", "Macquarie's price target", ctx="$26 to $40."),
    jd("$37", "target_price", "forecast", "an earlier price target", ctx="raise to $37"),
    # --- n176 cometreports (URL 2025/01/10), Baidu's ADR quote page ('in last market')
    CA(
        A176,
        "-1.54",
        "Baidu",
        CC,
        "1.54",
        [px("change_cc", "BIDU", "2025-01-08"), px("change_cc", "BIDU", "2025-01-10")],
        why="the headline's 'Retreats -1.54' (a percent: $81.34 against $82.61 is -1.54%, the dollar change -1.27): "
        + B176_DAY
        + ".",
        ctx="Retreats -1.54",
        reason="no_date",
        sign=-1,
    ),
    b176("3.36M", "average_volume", "no_source", MARKET_DATA),
    b176("2441839", "trading_volume", "no_source", MARKET_DATA),
    b176("22.77B USD", "market_value", "no_source", CAP),
    b176("$81.34", "share_price", "adjusted_prices", "'current market price of $81.34': " + US_LEVEL),
    CA(
        A176,
        "-1.54",
        "Baidu",
        CC,
        "1.54",
        [px("change_cc", "BIDU", "2025-01-08"), px("change_cc", "BIDU", "2025-01-10")],
        why="'came falling about -1.54 while comparing to the previous closing price of $82.61' (a percent): "
        + B176_DAY
        + ".",
        ctx="falling about -1.54",
        reason="no_date",
        hedge="approximate",
        sign=-1,
    ),
    b176("$82.61", CL, "adjusted_prices", "'the previous closing price of $82.61': " + US_LEVEL),
    b176("$118.29", "share_price_52_week_high", "adjusted_prices", "a 52-week high: " + US_LEVEL),
    b176("$78.95", "share_price_52_week_low", "adjusted_prices", "a 52-week low: " + US_LEVEL),
    b176(
        "$80.48",
        "share_price_intraday_high",
        "adjusted_prices",
        "'highest price mark of $80.48' (the template swaps the day's high and low): a level; " + US_LEVEL,
    ),
    b176("$81.83", "share_price_intraday_low", "adjusted_prices", "'lowest mark ... $81.83': a level; " + US_LEVEL),
    b176("$86.58", "share_price_average_20d", "no_source", MARKET_DATA + " (a 20-day average price)"),
    C(
        A176,
        "-31.24%",
        "Baidu",
        "share_price_gap_to_52_week_high",
        "31.24",
        {"kind": "article_ratio", "a": 118.29, "b": 81.34},
        why="'its current price level is -31.24% below from 52-week high level': the article's own numbers, from "
        "the $118.29 high to the $81.34 price.",
        sign=-1,
    ),
    C(
        A176,
        "3.03%",
        "Baidu",
        "share_price_gap_to_52_week_low",
        "3.03",
        {"kind": "article_ratio", "a": 78.95, "b": 81.34},
        why="'whereas it is 3.03% above from lowest level': the article's own numbers, from the $78.95 low to the "
        "$81.34 price.",
        sign=1,
    ),
    b176("$87.05", "share_price_sma_50", "no_source", MARKET_DATA + " (a 50-day moving average)"),
    b176("$93.30", "share_price_sma_200", "no_source", MARKET_DATA + " (a 200-day moving average)"),
    b176("1.96%", "volatility_1w", "no_source", MARKET_DATA + " (weekly volatility)"),
    b176("2.27%", "volatility_1m", "no_source", MARKET_DATA + " (monthly volatility)"),
    b176("37.33", "rsi_14d", "no_source", MARKET_DATA + " (14-day RSI)"),
    b176("$105", "target_price", "forecast", "Susquehanna's price target range (high end)", ctx="$105-$85"),
    b176("$85", "target_price", "forecast", "Susquehanna's price target range (low end)", ctx="$105-$85"),
    b176("$86", "target_price", "forecast", "China Renaissance's price target", ctx="stock is $86"),
    b176(
        "-3.52%",
        "share_price_change_1w",
        "no_window",
        "'Over the week, BIDU's stock price is moving -3.52% down': the week's window (five sessions or week to date, "
        "to which session) is not fixed",
        ctx="moving -3.52% down",
    ),
    b176(
        "-5.89%",
        "share_price_change_1m",
        "no_window",
        "'it is -5.89% when we observe its performance for the past one month': the window is not fixed",
    ),
    CA(
        A176,
        "-3.52%",
        "Baidu",
        "share_price_change_ytd",
        "3.52",
        [px("ytd", "BIDU", "2025-01-08"), px("ytd", "BIDU", "2025-01-10")],
        why="'Year-to-date it is -3.52% down': " + B176_DAY + ".",
        ctx="Year-to-date it is -3.52% down",
        reason="no_date",
        sign=-1,
    ),
    # --- n178 cometreports (URL 2025/03/27), Baidu's ADR quote page ('in last market')
    C(
        A178,
        "-16.13%",
        "Baidu",
        "share_price_gap_to_52_week_high",
        "16.13",
        {"kind": "article_ratio", "a": 116.25, "b": 97.50},
        why="the headline's 'Down -16.13% From Its 52-Week High': the article's own numbers, from the $116.25 high "
        "to the $97.50 price.",
        ctx="Down -16.13% From",
        sign=-1,
    ),
    b178("5.25M", "average_volume", "no_source", MARKET_DATA),
    b178("5090118", "trading_volume", "no_source", MARKET_DATA),
    b178("27.29B USD", "market_value", "no_source", CAP),
    b178("$97.50", "share_price", "adjusted_prices", "'current market price of $97.50': " + US_LEVEL),
    CA(
        A178,
        "2.22",
        "Baidu",
        CC,
        "2.22",
        [px("change_cc", "BIDU", "2025-03-26"), px("change_cc", "BIDU", "2025-03-27")],
        why="'came rising about 2.22 while comparing to the previous closing price of $95.38' (a percent: $97.50 "
        "against $95.38 is +2.22%, the dollar change 2.12): " + B178_DAY + ".",
        reason="no_date",
        hedge="approximate",
        sign=1,
    ),
    b178("$95.38", CL, "adjusted_prices", "'the previous closing price of $95.38': " + US_LEVEL),
    b178("$116.25", "share_price_52_week_high", "adjusted_prices", "a 52-week high: " + US_LEVEL),
    b178("$77.19", "share_price_52_week_low", "adjusted_prices", "a 52-week low: " + US_LEVEL),
    b178(
        "$95.7",
        "share_price_intraday_high",
        "adjusted_prices",
        "'highest price mark of $95.7' (the template swaps the day's high and low): a level; " + US_LEVEL,
    ),
    b178("$99.23", "share_price_intraday_low", "adjusted_prices", "'lowest mark ... $99.23': a level; " + US_LEVEL),
    b178("$93.72", "share_price_average_20d", "no_source", MARKET_DATA + " (a 20-day average price)"),
    C(
        A178,
        "-16.13%",
        "Baidu",
        "share_price_gap_to_52_week_high",
        "16.13",
        {"kind": "article_ratio", "a": 116.25, "b": 97.50},
        why="'its current price level is -16.13% below from 52-week high level': the article's own numbers, from the "
        "$116.25 high to the $97.50 price.",
        ctx="-16.13% below",
        sign=-1,
    ),
    C(
        A178,
        "26.30%",
        "Baidu",
        "share_price_gap_to_52_week_low",
        "26.30",
        {"kind": "article_ratio", "a": 77.19, "b": 97.50},
        why="'whereas it is 26.30% above from lowest level': the article's own numbers, from the $77.19 low to the "
        "$97.50 price (+26.311%); both are rounded to cents, which moves the ratio by up to 0.015 point, so the "
        "third decimal cannot decide (slack 0.0006 = 0.015/26.30).",
        slack=0.0006,
        sign=1,
    ),
    b178("$90.66", "share_price_sma_50", "no_source", MARKET_DATA + " (a 50-day moving average)"),
    b178("$89.82", "share_price_sma_200", "no_source", MARKET_DATA + " (a 200-day moving average)"),
    b178("2.58%", "volatility_1w", "no_source", MARKET_DATA + " (weekly volatility)"),
    b178("3.50%", "volatility_1m", "no_source", MARKET_DATA + " (monthly volatility)"),
    b178("56.53", "rsi_14d", "no_source", MARKET_DATA + " (14-day RSI)"),
    b178(
        "-0.75%",
        "share_price_change_1w",
        "no_window",
        "'Over the week, BIDU's stock price is moving -0.75% down': the week's window (five sessions or week to date, "
        "to which session) is not fixed",
    ),
    b178(
        "9.53%",
        "share_price_change_1m",
        "no_window",
        "'it is 9.53% when we observe its performance for the past one month': the window is not fixed",
    ),
    CA(
        A178,
        "15.64%",
        "Baidu",
        "share_price_change_ytd",
        "15.64",
        [px("ytd", "BIDU", "2025-03-26"), px("ytd", "BIDU", "2025-03-27")],
        why="'Year-to-date it is 15.64% up': " + B178_DAY + ".",
        reason="no_date",
        sign=1,
    ),
    b178(
        "-4.58%",
        "share_price_change_1y",
        "no_window",
        "'over the past year, the stock is showing a downside performance of -4.58%': neither end of the window is "
        "fixed to a day",
    ),
    b178("279.91M", "shares_outstanding", "no_source", MARKET_DATA),
    b178("7.52%", "return_on_investment", "no_source", REPORTED + " (return on investment)"),
    b178("9.37%", "return_on_equity", "no_source", REPORTED + " (return on equity)"),
    b178("10.43", "price_to_earnings", "no_source", MARKET_DATA + " (P/E)"),
    b178("8.74", "forward_price_to_earnings", "no_source", MARKET_DATA + " (forward P/E)"),
]
