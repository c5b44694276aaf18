"""Held-out gold labels of batch 11 (n118-n130), written and committed before any checker run on them."""

from __future__ import annotations

from benchmarks.news.labels import CA, C, U, closing, fx, px, unknown

A119 = "n119_benzinga_apple_2022_04_22"
A124 = "n124_nasdaq_alibaba_2024_05_14"
A125 = "n125_bs_hk_close_2023_03_16"
A127 = "n127_observerbd_byd_2022_09_02"
A130 = "n130_yahoo_nio_2022_03_10"
CC = "share_price_change_close_to_close"
CL = "share_price_close"

REPORTED = "a reported company figure; the shipped data has no figures for this company"
ESTIMATE = "an analysts' estimate or a company forecast"
INTRADAY = "a price or move at a time of day; daily bars do not give it"
FILING = "a shareholding or sale from an exchange filing: not in the shipped data"
NIO = "NIO (NIO / 9866.HK)"


def results_conversion(text: str, amount: float, usd: str, metric: str, why: str, **kw: object) -> dict[str, object]:
    """A CNY -> USD translation of a figure of the quarter ended 2024-03-31: the quarter end's and the page day's rates."""
    return CA(
        A124,
        text,
        "Alibaba",
        metric,
        usd,
        [fx(amount, "CNY", "USD", "2024-03-31"), fx(amount, "CNY", "USD", "2024-05-14")],
        why=why + " A translation of a figure of the quarter ended March 31, 2024: the quarter end's and the "
        "release day's rates are both read (a company's convenience translation uses the period end's).",
        scale=1e9 if "billion" in text else 1e6 if "million" in text else 1.0,
        slack=0.02,
        period="2024-Q1",
        reason="no_date",
        **kw,
    )


LABELS = [
    # --- n119 Benzinga, Apple during the session of Friday 2022-04-22 (moment not stated)
    CA(
        A119,
        "1.17%",
        "Apple",
        "share_price_change_intraday",
        "1.17",
        [px("intraday_low", "AAPL", "2022-04-22"), px("intraday_high", "AAPL", "2022-04-22")],
        why="'shares are trading lower by 1.17% at $164.47 Friday': a quote during the session (present tense, "
        "no time given); every moment of the day lies between its low and its high against the previous close.",
        ctx="trading lower by 1.17%",
        date="2022-04-22",
        sign=-1,
        reason="no_source",
    ),
    U(
        A119,
        "$164.47",
        "Apple",
        "share_price_intraday",
        "no_source",
        INTRADAY + " (and AAPL ships adjusted prices only)",
        date="2022-04-22",
    ),
    CA(
        A119,
        "9.64%",
        "Apple",
        "share_price_change_ytd",
        "9.64",
        [px("ytd_low", "AAPL", "2022-04-22"), px("ytd_high", "AAPL", "2022-04-22")],
        why="'lower by 9.64% on a year-to-date basis' at the same moment of Friday 2022-04-22: year to date from "
        "the last close of 2021, read at both ends of the day's range (every moment lies between them); the one "
        "dividend in the window (February 2022) moves the adjusted window far less than the miss.",
        ctx="lower by 9.64%",
        date="2022-04-22",
        sign=-1,
        reason="no_source",
    ),
    U(
        A119,
        "$1.43",
        "Apple",
        "eps_estimate",
        "forecast",
        ESTIMATE + " (for the quarter to be reported)",
        period="2022-Q1",
    ),
    U(A119, "$94.02 billion", "Apple", "revenue_estimate", "forecast", ESTIMATE, period="2022-Q1"),
    C(
        A119,
        "$182.94",
        "Apple",
        "share_price_52_week_high",
        "182.94",
        px("high", "AAPL", "2022-01-04"),
        why="'a 52-week high of $182.94' (Benzinga Pro): the intraday record of 2022-01-04, a traded level.",
        date="2022-04-22",
    ),
    C(
        A119,
        "$122.25",
        "Apple",
        "share_price_52_week_low",
        "122.25",
        px("low", "AAPL", "2021-05-12"),
        why="'a 52-week low of $122.25': the 52 weeks to 2022-04-22 begin in late April 2021; the intraday low of "
        "that stretch (May 2021), a traded level.",
        date="2022-04-22",
    ),
    # --- n124 RTTNews via Nasdaq, Alibaba's results for the quarter ended 2024-03-31 (page of 2024-05-14)
    U(A124, "3.27 billion Chinese yuan", "Alibaba", "net_income_cny", "no_source", REPORTED, period="2024-Q1"),
    results_conversion(
        "$453 million",
        3.27e9,
        "453",
        "net_income_usd",
        "'net income attributable to ordinary shareholders ... plunged to 3.27 billion Chinese yuan or $453 million'.",
    ),
    U(A124, "23.52 billion yuan", "Alibaba", "net_income_cny", "no_source", REPORTED, period="2023-Q1"),
    U(A124, "1.30 yuan", "Alibaba", "eps_per_ads_cny", "no_source", REPORTED, period="2024-Q1"),
    results_conversion("$0.18", 1.30, "0.18", "eps_per_ads_usd", "'Earnings per ADS were 1.30 yuan or $0.18'."),
    U(A124, "9.00 yuan", "Alibaba", "eps_per_ads_cny", "no_source", REPORTED, period="2023-Q1"),
    U(A124, "24.42 billion yuan", "Alibaba", "adjusted_net_income_cny", "no_source", REPORTED, period="2024-Q1"),
    results_conversion(
        "$3.38 billion",
        24.42e9,
        "3.38",
        "adjusted_net_income_usd",
        "'adjusted net income for the quarter was 24.42 billion yuan or $3.38 billion'.",
    ),
    U(A124, "27.38 billion yuan", "Alibaba", "adjusted_net_income_cny", "no_source", REPORTED, period="2023-Q1"),
    U(A124, "10.14 yuan", "Alibaba", "adjusted_eps_per_ads_cny", "no_source", REPORTED, period="2024-Q1"),
    results_conversion(
        "$1.40",
        10.14,
        "1.40",
        "adjusted_eps_per_ads_usd",
        "'Adjusted earnings per ADS were 10.14 yuan or $1.40'.",
        ctx="10.14 yuan or $1.40",
    ),
    U(A124, "10.71 yuan", "Alibaba", "adjusted_eps_per_ads_cny", "no_source", REPORTED, period="2023-Q1"),
    U(
        A124,
        "$0.02",
        "Alibaba",
        "eps_usd",
        "no_source",
        REPORTED + " (per ordinary share)",
        ctx="Earnings per share were $0.02",
        period="2024-Q1",
    ),
    U(
        A124,
        "$1.40",
        "Alibaba",
        "adjusted_eps_usd",
        "no_source",
        REPORTED,
        ctx="adjusted earnings per share were $1.40 per share",
        period="2024-Q1",
    ),
    U(
        A124,
        "$1.41",
        "Alibaba",
        "eps_estimate",
        "forecast",
        ESTIMATE + " (19 analysts, Thomson Reuters)",
        period="2024-Q1",
    ),
    C(
        A124,
        "7 percent",
        "Alibaba",
        "revenue_growth_yoy",
        "7",
        {"kind": "article_ratio", "a": 208.20, "b": 221.87},
        why="'revenue for the quarter grew 7 percent to 221.87 billion yuan ... from 208.20 billion yuan last year': "
        "the article's own numbers.",
        period="2024-Q1",
        sign=1,
    ),
    U(A124, "221.87 billion yuan", "Alibaba", "revenue_cny", "no_source", REPORTED, period="2024-Q1"),
    results_conversion("$30.73 billion", 221.87e9, "30.73", "revenue_usd", "'221.87 billion yuan or $30.73 billion'."),
    U(A124, "208.20 billion yuan", "Alibaba", "revenue_cny", "no_source", REPORTED, period="2023-Q1"),
    U(A124, "$30.39 billion", "Alibaba", "revenue_estimate", "forecast", ESTIMATE, period="2024-Q1"),
    U(
        A124,
        "US$0.125",
        "Alibaba",
        "dividend_per_share_usd",
        "no_source",
        "a declared dividend: the shipped data has no dividend announcements (the ADS ratio is not in the text)",
        period="FY2024",
    ),
    U(A124, "US$1.00", "Alibaba", "dividend_per_ads_usd", "no_source", "a declared dividend", period="FY2024"),
    U(A124, "US$0.0825", "Alibaba", "special_dividend_per_share_usd", "no_source", "a declared dividend"),
    U(A124, "US$0.66", "Alibaba", "special_dividend_per_ads_usd", "no_source", "a declared dividend"),
    # --- n125 Business Standard (Capital Market), Hong Kong close of Thursday 2023-03-16
    *closing(A125, "2.4%", "HK$53.90", "HSBC", "0005.HK", "2023-03-16", -1),
    unknown(A125, "2%", "Hang Seng Bank", CC, "0011.HK", ctx="declined 2% to HK$115.60", date="2023-03-16"),
    unknown(A125, "HK$115.60", "Hang Seng Bank", CL, "0011.HK", date="2023-03-16"),
    unknown(A125, "3.9%", "Bank of China (Hong Kong)", CC, "2388.HK", date="2023-03-16"),
    unknown(A125, "HK$24.90", "Bank of China (Hong Kong)", CL, "2388.HK", date="2023-03-16"),
    *closing(A125, "5.1%", "HK$76.40", "AIA", "1299.HK", "2023-03-16", -1),
    unknown(A125, "3.3%", "Ping An Insurance", CC, "2318.HK", ctx="slid 3.3% to HK$50.50", date="2023-03-16"),
    unknown(A125, "HK$50.50", "Ping An Insurance", CL, "2318.HK", date="2023-03-16"),
    *closing(A125, "2.5%", "HK$336", "Tencent", "0700.HK", "2023-03-16", -1),
    unknown(A125, "1.9%", "Shanghai Fudan Microelectronics", CC, "1385.HK", date="2023-03-16"),
    unknown(A125, "HK$31.65", "Shanghai Fudan Microelectronics", CL, "1385.HK", date="2023-03-16"),
    unknown(A125, "3.3%", "Hua Hong Semiconductor", CC, "1347.HK", ctx="fell 3.3% to HK$31.80", date="2023-03-16"),
    unknown(A125, "HK$31.80", "Hua Hong Semiconductor", CL, "1347.HK", date="2023-03-16"),
    # --- n127 AFP via The Daily Observer (page of 2022-09-02), BYD's Hong Kong session of Wednesday 2022-08-31
    C(
        A127,
        "13 percent",
        "BYD",
        "share_price_change_intraday_low",
        "13",
        px("intraday_low", "1211.HK", "2022-08-31"),
        why="'Hong Kong-listed shares ... fell by as much as 13 percent' on Wednesday (2022-08-31, the dateline is "
        "Sept 1, after the session): the day's low against the previous close.",
        date="2022-08-31",
        sign=-1,
    ),
    U(A127, "20.04 percent", "BYD", "shareholding_percent", "no_source", FILING + " (Berkshire Hathaway)"),
    U(A127, "19.92 percent", "BYD", "shareholding_percent", "no_source", FILING + " (Berkshire Hathaway)"),
    C(
        A127,
        "7.9 percent",
        "BYD",
        CC,
        "7.9",
        px("change_cc", "1211.HK", "2022-08-31"),
        why="'It ended the day 7.9 percent lower': the Hong Kong line on Wednesday 2022-08-31, close to close.",
        date="2022-08-31",
        sign=-1,
    ),
    U(
        A127,
        "7.4 percent",
        "BYD",
        CC,
        "no_source",
        "the Shenzhen line of BYD (002594.SZ): only the Hong Kong line ships",
        date="2022-08-31",
    ),
    U(A127, "1.33 million", "BYD", "shares_sold", "no_source", FILING + " (Berkshire's sale)"),
    U(
        A127,
        "$47 million",
        "BYD",
        "sale_value_usd",
        "no_source",
        FILING + " (the value of Berkshire's sale; its HK$ amount and price are not in the text)",
        hedge="approximate",
    ),
    # --- n130 Bloomberg via Yahoo, NIO's Hong Kong debut on Thursday 2022-03-10
    unknown(A130, "HK$164.50", "NIO", "share_price_intraday", NIO, date="2022-03-10"),
    unknown(A130, "HK$160", "NIO", "share_price_open", NIO, date="2022-03-10"),
    unknown(A130, "$20.17", "NIO", CL, NIO, date="2022-03-09"),
    C(
        A130,
        "HK$157.71",
        "NIO",
        "share_price_hkd_conversion",
        "157.71",
        fx(20.17, "USD", "HKD", "2022-03-09"),
        why="'a closing price of $20.17 (HK$157.71) for its American depository receipts on Wednesday': the "
        "article's conversion of Wednesday 2022-03-09's close, at that day's rate.",
        date="2022-03-09",
        slack=0.02,
    ),
    unknown(A130, "about 36%", "NIO", "share_price_change_ytd", NIO, date="2022-03-09", hedge="approximate"),
]
