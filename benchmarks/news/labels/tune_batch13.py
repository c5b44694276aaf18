"""Tune gold labels of batch 13 (n147-n158), written and committed before any checker run on them."""

from __future__ import annotations

from benchmarks.news.labels import C, U, closing, fx, px, unknown

A147 = "n147_appledaily_tencent_2021_01_25"
A148 = "n148_gneenev_byd_2023_06_27"
A150 = "n150_republicworld_nvidia_2025_10_01"
A151 = "n151_mspoweruser_microsoft_2021_04_05"
A154 = "n154_businessstandard_hk_close_2024_06_04"
A156 = "n156_thenationalnews_meta_2023_04_28"
A158 = "n158_marketingsentinel_jd_2024_04_23"
CC = "share_price_change_close_to_close"
CL = "share_price_close"

REPORTED = "a reported company figure; the shipped data has no figures for this company"
ESTIMATE = "an analysts' estimate or a company forecast"
CAP = "a market value: the shipped data has prices but no share counts"
FILING = "a shareholding or sale from an exchange filing: not in the shipped data"
WEALTH = "a person's net worth (Bloomberg Billionaires Index): not in the shipped data"
MARKET_DATA = "a trading statistic of the quote page (volume, beta, analysts' tally): not in the shipped data"


def byd_no_source(text: str, metric: str, why: str, **kw: object) -> dict:
    return U(A148, text, "BYD", metric, "no_source", why, **kw)


def analysts(text: str, ctx: str) -> dict:
    return U(A158, text, "JD.com", "analyst_rating_count", "no_source", MARKET_DATA, ctx=ctx)


LABELS = [
    # --- n147 Apple Daily (date line 2021-01-25), Tencent's record close of Monday 2021-01-25
    C(
        A147,
        "10.9%",
        "Tencent",
        CC,
        "10.9",
        px("change_cc", "0700.HK", "2021-01-25"),
        why="'On Monday, Tencent ... surged 10.9% to HK$766.50': Monday 2021-01-25, close to close.",
        ctx="surged 10.9% to HK$766.50",
        date="2021-01-25",
        sign=1,
    ),
    C(
        A147,
        "HK$766.50",
        "Tencent",
        CL,
        "766.50",
        px("close", "0700.HK", "2021-01-25"),
        why="'surged 10.9% to HK$766.50': the close of 2021-01-25.",
        date="2021-01-25",
    ),
    C(
        A147,
        "US%98.9",
        "Tencent",
        "share_price_usd_conversion",
        "98.9",
        fx(766.50, "HKD", "USD", "2021-01-25"),
        why="'HK$766.50 (US%98.9)': the article's conversion of the close (the '%' is a typo for '$'), at the day's "
        "rate.",
        date="2021-01-25",
        slack=0.02,
    ),
    U(
        A147,
        "1,183 times",
        "Tencent",
        "warrant_price_change",
        "no_source",
        "the move of Tencent warrants expiring on Jan. 28: derivative prices are not in the shipped data",
        date="2021-01-25",
    ),
    U(A147, "HK$876", "Tencent", "target_price", "forecast", ESTIMATE + " (Citigroup's new target)"),
    U(A147, "HK$734", "Tencent", "target_price", "forecast", ESTIMATE + " (Citigroup's previous target)"),
    # --- n148 gneenev (Release Date 2023-06-27), Berkshire Hathaway's sale of BYD H shares reported on June 26
    byd_no_source("2,532,500", "shares_sold", FILING + " (the sale reported on June 26)"),
    byd_no_source("9.21%", "ownership_share", FILING + " (Berkshire's stake before the sale)"),
    byd_no_source(
        "8.98%", "ownership_share", FILING + " (its stake after the sale)", ctx="from 9.21% to 8.98%, at an average"
    ),
    U(
        A148,
        "HK$266.85",
        "BYD",
        "average_sale_price",
        "no_date",
        "'On June 26, according to the website of the Hong Kong Stock Exchange, Berkshire Hathaway sold ... at an "
        "average price of HK$266.85': the text dates the exchange's report, not the sale (a disclosure of interests "
        "follows the sale by days); HK$266.85 is outside June 26's traded range (252.40 .. 261.20) and inside those of "
        "June 15-21, so the day matters and the text does not fix it",
        ctx="at an average price of HK$266.85 per share, cashing",
    ),
    C(
        A148,
        "HK$676 million",
        "BYD",
        "sale_value_hkd",
        "676",
        {"kind": "article_product", "a": 2532500, "b": 266.85, "unit": "HKD"},
        why="'sold 2,532,500 H shares ... at an average price of HK$266.85 per share, cashing out about HK$676 "
        "million': the article's own numbers, shares x average price.",
        ctx="cashing out about HK$676 million",
        scale=1e6,
        hedge="approximate",
    ),
    U(
        A148,
        "HK$266.85",
        "BYD",
        "average_sale_price",
        "no_date",
        "the same average sale price again ('The average price of the sale was HK$266.85'): the sale's day is not "
        "fixed by the text",
        ctx="The average price of the sale was HK$266.85",
    ),
    C(
        A148,
        "HK$676 million",
        "BYD",
        "sale_value_hkd",
        "676",
        {"kind": "article_product", "a": 2532500, "b": 266.85, "unit": "HKD"},
        why="'representing a cash out of approximately HK$676 million': the article's own numbers again.",
        ctx="approximately HK$676 million",
        scale=1e6,
        hedge="approximate",
    ),
    byd_no_source(
        "12th", "count_of_disclosed_sales", FILING + " (the number of disclosed reductions since August 2022)"
    ),
    byd_no_source("19.92%", "ownership_share", FILING + " (its stake after the first sale of 2022-08-24)"),
    byd_no_source("8.98%", "ownership_share", FILING + " (its stake today)", ctx="to 8.98% today"),
    byd_no_source("98.6 million", "shares_held", FILING + " (Berkshire's remaining H shares)"),
    byd_no_source(
        "225 million",
        "shares_held",
        FILING + " (the holding of Western Capital Group at the end of June 2022, BYD's semi-annual report)",
        ctx="with 225 million shares as of the end of June 2022",
    ),
    C(
        A148,
        "126 million",
        "BYD",
        "shares_sold_cumulative",
        "126",
        {"kind": "article_sum", "parts": [225e6, -98.6e6], "unit": "shares"},
        why="'225 million shares as of the end of June 2022, by which calculation, Berkshire Hathaway has sold over "
        "126 million BYD H shares in aggregate' after holding 98.6 million: the article's own numbers, 225 - 98.6 "
        "million.",
        scale=1e6,
        hedge="more_than",
    ),
    C(
        A148,
        "HK$1.8 billion",
        "BYD",
        "purchase_value_hkd",
        "1.8",
        {"kind": "article_product", "a": 225e6, "b": 8, "unit": "HKD"},
        why="'spent HK$1.8 billion to subscribe to 225 million shares of BYD at a price of HK$8 per share': the "
        "article's own numbers, shares x price.",
        period="2008-09",
        scale=1e9,
    ),
    byd_no_source(
        "225 million",
        "shares_bought",
        FILING + " (Berkshire's 2008 subscription)",
        ctx="225 million shares of BYD at a price of HK$8",
        period="2008-09",
    ),
    U(
        A148,
        "HK$8",
        "BYD",
        "purchase_price",
        "outside_data",
        "Berkshire's subscription price of September 2008: the shipped series starts in 2020",
        ctx="at a price of HK$8 per share",
        period="2008-09",
    ),
    byd_no_source("120.173 billion yuan", "revenue_cny", REPORTED, period="2023-Q1"),
    byd_no_source("79.83%", "revenue_growth_yoy", REPORTED, period="2023-Q1"),
    byd_no_source("4.13 billion yuan", "net_profit_cny", REPORTED, period="2023-Q1"),
    byd_no_source("410.89%", "net_profit_growth_yoy", REPORTED, period="2023-Q1"),
    byd_no_source("1.42 yuan", "eps_cny", REPORTED, period="2023-Q1"),
    byd_no_source("407.14%", "eps_growth_yoy", REPORTED, ctx="up 407.14% year-on-year", period="2023-Q1"),
    byd_no_source(
        "407.14%", "eps_growth_yoy", REPORTED + " (repeated)", ctx="The growth was 407.14%", period="2023-Q1"
    ),
    byd_no_source("240,200", "nev_sales_units", REPORTED + " (an operating figure)"),
    # --- n150 Republic World (date line 2025-10-01), Nvidia's record close of Tuesday 2025-09-30
    C(
        A150,
        "nearly 3 per cent",
        "Nvidia",
        "share_price_change_intraday_high",
        "3",
        px("intraday_high", "NVDA", "2025-09-30"),
        why="'Nvidia's share price hit a fresh lifetime high, after rising nearly 3 per cent': the day's high against "
        "the previous close (the close is given separately: '2.6 per cent higher').",
        date="2025-09-30",
        hedge="nearly",
        sign=1,
    ),
    U(A150, "$4.5 trillion", "Nvidia", "market_value", "no_source", CAP, ctx="beyond $4.5 trillion", hedge="more_than"),
    C(
        A150,
        "$186.58",
        "Nvidia",
        CL,
        "186.58",
        px("close", "NVDA", "2025-09-30"),
        why="'In trade on Tuesday September 30, Nvidia share price closed at $186.58': the close of 2025-09-30.",
        date="2025-09-30",
    ),
    C(
        A150,
        "2.6 per cent",
        "Nvidia",
        CC,
        "2.6",
        px("change_cc", "NVDA", "2025-09-30"),
        why="'closed at $186.58, 2.6 per cent higher from the previous day': Tuesday 2025-09-30, close to close.",
        date="2025-09-30",
        sign=1,
    ),
    U(A150, "$1 trillion", "Nvidia", "market_value", "no_source", CAP, period="2023-05"),
    U(A150, "$2 trillion", "Nvidia", "market_value", "no_source", CAP, period="2024-02"),
    U(A150, "$3 trillion", "Nvidia", "market_value", "no_source", CAP, period="2024-06"),
    U(A150, "$4 trillion", "Nvidia", "market_value", "no_source", CAP, period="2025-07"),
    U(A150, "$4.5 trillion", "Nvidia", "market_value", "no_source", CAP, ctx="first to hit $4.5 trillion"),
    C(
        A150,
        "about 39 per cent",
        "Nvidia",
        "share_price_change_ytd",
        "39",
        px("ytd", "NVDA", "2025-09-30"),
        why="'The shares have gained about 39 per cent so far this year': year to date at the close of 2025-09-30.",
        date="2025-09-30",
        hedge="approximate",
        sign=1,
    ),
    U(
        A150,
        "$100 billion",
        "Nvidia",
        "investment_usd",
        "no_source",
        "Nvidia's planned stake in OpenAI (company announcement): not in the shipped data",
        hedge="at_most",
    ),
    U(
        A150,
        "$500 billion",
        "OpenAI",
        "project_value",
        "no_source",
        "the 'Stargate' project's size: not a price figure",
    ),
    U(
        A150,
        "70 per cent",
        "Nvidia",
        "share_of_ai_data_center_capex",
        "no_source",
        "the CEO's estimate of Nvidia's share of AI data-center spending: not in the shipped data",
        hedge="approximate",
    ),
    # --- n151 MSPoweruser (date line 2021-04-05), Microsoft's intraday record of Monday 2021-04-05
    C(
        A151,
        "$249.75",
        "Microsoft",
        "share_price_record_intraday_high",
        "249.75",
        px("high", "MSFT", "2021-04-05"),
        why="'During the intraday trading today, Microsoft's share hit $249.75 ..., which is an all-time high "
        "record': the day's high, a traded level.",
        date="2021-04-05",
    ),
    C(
        A151,
        "3%",
        "Microsoft",
        "share_price_change_intraday_high",
        "3",
        px("intraday_high", "MSFT", "2021-04-05"),
        why="'During the intraday trading today, Microsoft's share hit $249.75 (up 3%)': a sentence opened as intraday "
        "trading names no moment, so the move is the day's extreme, the high against the previous close (Thursday "
        "2021-04-01; Good Friday was a holiday).",
        date="2021-04-05",
        sign=1,
    ),
    U(A151, "1.88T", "Microsoft", "market_value", "no_source", CAP, date="2021-04-05"),
    U(A151, "$2.11T", "Apple", "market_value", "no_source", CAP, date="2021-04-05"),
    U(
        A151,
        "$0.56",
        "Microsoft",
        "dividend_per_share",
        "no_source",
        "a declared quarterly dividend (company announcement): not in the shipped data",
    ),
    # --- n154 Business Standard / Capital Market (Tuesday 04 June 2024), the Hong Kong close of 2024-06-04
    *closing(A154, "4.1%", "HK$113.50", "Meituan", "3690.HK", "2024-06-04", 1),
    *closing(A154, "0.6%", "HK$377.40", "Tencent", "0700.HK", "2024-06-04", 1),
    unknown(A154, "3.2%", "Hang Lung Properties", CC, "0101.HK", ctx="3.2% to HK$7.53", date="2024-06-04"),
    unknown(A154, "HK$7.53", "Hang Lung Properties", CL, "0101.HK", date="2024-06-04"),
    unknown(A154, "3.8%", "Longfor", CC, "0960.HK", ctx="3.8% to HK$13.04", date="2024-06-04"),
    unknown(A154, "HK$13.04", "Longfor", CL, "0960.HK", date="2024-06-04"),
    unknown(A154, "7%", "China Vanke", CC, "2202.HK", ctx="jumped 7% to HK$5.80", date="2024-06-04"),
    unknown(A154, "HK$5.80", "China Vanke", CL, "2202.HK", date="2024-06-04"),
    U(A154, "11.3%", "China Vanke", "home_sales_growth_mom", "no_source", REPORTED, period="2024-05"),
    # --- n156 The National (date line 2023-04-28), Meta on Thursday 2023-04-27 (the day after its results)
    U(A156, "$10.2 billion", "Mark Zuckerberg", "net_worth_change", "no_source", WEALTH, date="2023-04-27"),
    C(
        A156,
        "nearly 14 per cent",
        "Meta",
        CC,
        "14",
        px("change_cc", "META", "2023-04-27"),
        why="'Mark Zuckerberg's net worth surged by $10.2 billion on Thursday ... after shares of ... Meta rose by "
        "nearly 14 per cent': Thursday 2023-04-27, close to close.",
        date="2023-04-27",
        hedge="nearly",
        sign=1,
    ),
    U(A156, "24 per cent", "Meta", "net_profit_growth_yoy", "no_source", REPORTED, period="2023-Q1"),
    U(A156, "$87.3 billion", "Mark Zuckerberg", "net_worth", "no_source", WEALTH, date="2023-04-27"),
    U(A156, "$71 billion", "Mark Zuckerberg", "net_worth_change", "no_source", WEALTH, period="2022"),
    U(A156, "57 per cent", "Mark Zuckerberg", "net_worth_change_pct", "no_source", WEALTH, period="2022"),
    # --- n158 Marketing Sentinel (date line 2024-04-23), JD.com's ADRs in the session of Monday 2024-04-22
    U(A158, "17.25 million", "JD.com", "trading_volume", "no_source", MARKET_DATA, date="2024-04-22"),
    U(A158, "0.56", "JD.com", "beta", "no_source", MARKET_DATA, ctx="its beta was 0.56"),
    C(
        A158,
        "$26.99",
        "JD.com",
        CL,
        "26.99",
        px("close", "JD", "2024-04-22"),
        why="'In the last trading session ... Most recently the company's share price was $26.99': the close of the "
        "session before the page's day, Monday 2024-04-22 (its 5.80% is that session's move).",
        date="2024-04-22",
    ),
    U(
        A158,
        "$1.48",
        "JD.com",
        "share_price_change_usd",
        "adjusted_prices",
        "a change in dollars: JD ships adjusted prices only, so the file's dollar change is not the traded one",
        date="2024-04-22",
    ),
    C(
        A158,
        "5.80%",
        "JD.com",
        CC,
        "5.80",
        px("change_cc", "JD", "2024-04-22"),
        why="'it changed around $1.48 or 5.80% from the last close': Monday 2024-04-22, close to close.",
        ctx="$1.48 or 5.80% from the last close",
        date="2024-04-22",
        hedge="approximate",
        sign=1,
    ),
    U(A158, "$36.74B", "JD.com", "market_value", "no_source", CAP),
    U(
        A158,
        "$41.95",
        "JD.com",
        "share_price_52_week_high",
        "adjusted_prices",
        "a 52-week high: JD ships adjusted prices only, so the traded level cannot be told from the file",
    ),
    C(
        A158,
        "-55.43%",
        "JD.com",
        "share_price_gap_to_52_week_high",
        "55.43",
        {"kind": "article_ratio", "a": 41.95, "b": 26.99},
        why="'JD currently trades at a discount to its 52-week high of $41.95, offering almost -55.43% off that "
        "amount': a discount off the high, the article's own numbers from $41.95 to $26.99 (-35.66%); 55.43% is the "
        "rise from $26.99 back to $41.95, not a discount off it.",
        hedge="nearly",
        sign=-1,
    ),
    U(
        A158,
        "$20.82",
        "JD.com",
        "share_price_52_week_low",
        "adjusted_prices",
        "a 52-week low: JD ships adjusted prices only, so the traded level cannot be told from the file",
        ctx="52-week low was $20.82",
    ),
    C(
        A158,
        "22.86%",
        "JD.com",
        "share_price_gap_to_52_week_low",
        "22.86",
        {"kind": "article_ratio", "a": 20.82, "b": 26.99},
        why="'The share price's 52-week low was $20.82, which indicates that the current value has risen by an "
        "impressive 22.86% since then': the article's own numbers, from $20.82 to $26.99 (+29.63%); 22.86% is the "
        "gap taken over the current price.",
        sign=1,
    ),
    U(A158, "14.54 million", "JD.com", "average_volume", "no_source", MARKET_DATA),
    U(A158, "1.60", "JD.com", "analyst_consensus_score", "no_source", MARKET_DATA),
    analysts("0", "that 0 out of 37"),
    analysts("37", "0 out of 37 analysts"),
    analysts("10", "another 10 rate it"),
    analysts("4", "4 recommended JD"),
    analysts("22", "whereas 22 deemed"),
    analysts("1", "and 1 rated it"),
    C(
        A158,
        "5.80%",
        "JD.com",
        CC,
        "5.80",
        px("change_cc", "JD", "2024-04-22"),
        why="'Instantly JD has showed a green trend with a performance of 5.80% at the end of last trading': the same "
        "close-to-close move of 2024-04-22.",
        ctx="performance of 5.80% at the end of last trading",
        date="2024-04-22",
        sign=1,
    ),
    U(
        A158,
        "-6.58%",
        "JD.com",
        "share_price_change_ytd",
        "adjusted_prices",
        "'currently down -6.58% year-to-date' at the close of 2024-04-22: the adjusted-only series' factor changes "
        "inside the window (the page's $26.99 is the file's 26.217 x 1.030 on 2024-04-22, while its -6.58% implies a "
        "2023 close of $28.89, the file's 27.281 x 1.059), so a distribution lies in it and the file's -3.90% is a "
        "total return, not the price change",
        date="2024-04-22",
    ),
    C(
        A158,
        "6.18%",
        "JD.com",
        "share_price_change_5d",
        "6.18",
        {"kind": "between", "ticker": "JD", "from": "2024-04-15", "date": "2024-04-22"},
        why="'still up 6.18% over the last five days': the five sessions to the close of 2024-04-22 (from the close "
        "of 2024-04-15).",
        date="2024-04-22",
        sign=1,
    ),
    U(
        A158,
        "-0.22%",
        "JD.com",
        "share_price_change_30d",
        "no_window",
        "'is -0.22% down in the 30-day period': 30 calendar days or 30 sessions, the window is not fixed",
        date="2024-04-22",
    ),
    U(A158, "$93.31", "JD.com", "target_price", "forecast", ESTIMATE + " (the consensus target)"),
    C(
        A158,
        "71.07%",
        "JD.com",
        "target_price_upside",
        "71.07",
        {"kind": "article_ratio", "a": 26.99, "b": 93.31},
        why="'The consensus price target ... is $93.31, which translates to bulls needing to increase their stock "
        "price by 71.07% from its current value': the article's own arithmetic of a forecast, from $26.99 to $93.31 "
        "(+245.72%); 71.07% is the gap taken over the target.",
        sign=1,
    ),
    U(A158, "$25", "JD.com", "target_price", "forecast", ESTIMATE + " (the lowest target)"),
    U(A158, "$123", "JD.com", "target_price", "forecast", ESTIMATE + " (the highest target)"),
]
