"""Held-out gold labels of batch 14 (n159-n169), written and committed before any checker run on them."""

from __future__ import annotations

from benchmarks.news.labels import CA, C, U, px, unknown

A159 = "n159_ndtvprofit_apple_2021_12_14"
A164 = "n164_marketingsentinel_pdd_2023_03_21"
A166 = "n166_scmp_hk_noon_2024_01_09"
A168 = "n168_passprogram_nvidia_2024_06_21"
A169 = "n169_nasdaq_microsoft_2025_06_11"
CC = "share_price_change_close_to_close"
CL = "share_price_close"

REPORTED = "a reported company figure; the shipped data has no figures for this company"
ESTIMATE = "an analysts' estimate or a company forecast"
CAP = "a market value: the shipped data has prices but no share counts"
MARKET_DATA = "a trading statistic of the quote page (volume, beta, short interest): not in the shipped data"
NOON = (
    "a move or price at the local noon trading break of Tuesday 2024-01-09: neither the close nor an extreme of the "
    "day; checked on the day's low and high (every moment lies between them), unverifiable when it lies inside"
)
MOMENT_NVDA = (
    "'after the company's shares rose ...' on the page of the day after Thursday 2024-06-20's swings: the figure "
    "may be of the record close before (2024-06-18) or of any moment of 2024-06-20, whose prices span the stated "
    "value"
)


def pdd(text: str, metric: str, reason: str, why: str, **kw: object) -> dict:
    return U(A164, text, "PDD Holdings", metric, reason, why, **kw)


def noon(text: str, company: str, ticker: str, claimed: str, kind: str, **kw: object) -> dict:
    lo, hi = ("intraday_low", "intraday_high") if kind == "move" else ("low", "high")
    return CA(
        A166,
        text,
        company,
        "share_price_change_intraday" if kind == "move" else "share_price_intraday",
        claimed,
        [px(lo, ticker, "2024-01-09"), px(hi, ticker, "2024-01-09")],
        why=NOON + ".",
        date="2024-01-09",
        reason="no_source",
        **kw,
    )


LABELS = [
    # --- n159 NDTV Profit (Bloomberg; 'This Article is From Dec 14, 2021'), Apple's drop of Monday 2021-12-13
    U(A159, "$3 Trillion", "Apple", "market_value", "no_source", CAP + " (the headline's milestone)"),
    U(A159, "$3 trillion", "Apple", "market_value", "no_source", CAP, ctx="historic $3 trillion market valuation"),
    C(
        A159,
        "2.1%",
        "Apple",
        CC,
        "2.1",
        px("change_cc", "AAPL", "2021-12-13"),
        why="'Apple Inc. shares fell on Monday ... The stock closed down 2.1% at $175.74': Monday 2021-12-13 (the page "
        "is of Dec 14), close to close.",
        ctx="closed down 2.1% at $175.74",
        date="2021-12-13",
        sign=-1,
    ),
    C(
        A159,
        "$175.74",
        "Apple",
        CL,
        "175.74",
        px("close", "AAPL", "2021-12-13"),
        why="'The stock closed down 2.1% at $175.74': the close of 2021-12-13.",
        date="2021-12-13",
    ),
    U(A159, "$2.88 trillion", "Apple", "market_value", "no_source", CAP, date="2021-12-13"),
    C(
        A159,
        "1.5%",
        "Amazon",
        CC,
        "1.5",
        px("change_cc", "AMZN", "2021-12-13"),
        why="'Among other stocks, Amazon.com Inc. fell 1.5%': the same session, Monday 2021-12-13, close to close.",
        ctx="Amazon.com Inc. fell 1.5%",
        date="2021-12-13",
        sign=-1,
    ),
    C(
        A159,
        "1.5%",
        "Alphabet",
        CC,
        "1.5",
        px("change_cc", "GOOGL", "2021-12-13"),
        why="'Alphabet Inc. lost 1.5%': Monday 2021-12-13, close to close (no share class named; GOOGL ships).",
        ctx="Alphabet Inc. lost 1.5%",
        date="2021-12-13",
        sign=-1,
    ),
    C(
        A159,
        "6.8%",
        "Nvidia",
        CC,
        "6.8",
        px("change_cc", "NVDA", "2021-12-13"),
        why="'Nvidia Corp. sank 6.8%, the most since March': Monday 2021-12-13, close to close.",
        date="2021-12-13",
        sign=-1,
    ),
    C(
        A159,
        "about 24%",
        "Apple",
        "share_price_change_since",
        "24",
        {"kind": "between", "ticker": "AAPL", "from": "2021-09-30", "date": "2021-12-13"},
        why="'Since the start of October, the stock has gained about 24%': from the last close before October "
        "(2021-09-30) to the close of 2021-12-13 (one quarterly dividend inside the window moves an adjusted series "
        "by far less than the hedge's width).",
        date="2021-12-13",
        hedge="approximate",
        sign=1,
    ),
    U(
        A159,
        "more than 200%",
        "Apple",
        "share_price_change_since",
        "outside_data",
        "'up more than 200% since Covid first sent the world into lockdown early last year': from early 2020, before "
        "the shipped AAPL series (2021-01-04)",
        hedge="more_than",
        period="2020",
    ),
    # --- n164 Marketing Sentinel (URL 2023/03/21), PDD's quote page: 'the last trading session' is Monday 2023-03-20
    pdd("36.37 million", "trading_volume", "no_source", MARKET_DATA, date="2023-03-20"),
    pdd("0.76", "beta", "no_source", MARKET_DATA, ctx="its beta was 0.76"),
    C(
        A164,
        "$78.91",
        "PDD Holdings",
        CL,
        "78.91",
        px("close", "PDD", "2023-03-20"),
        why="'In the last trading session ... Most recently the company's share price was $78.91': the close of the "
        "session before the page's day, Monday 2023-03-20.",
        date="2023-03-20",
    ),
    pdd(
        "-$13.03",
        "share_price_change_usd",
        "adjusted_prices",
        "a change in dollars: PDD ships adjusted prices only, so the file's dollar change is not the traded one",
        date="2023-03-20",
    ),
    C(
        A164,
        "-14.17%",
        "PDD Holdings",
        CC,
        "14.17",
        px("change_cc", "PDD", "2023-03-20"),
        why="'it changed around -$13.03 or -14.17% from the last close': Monday 2023-03-20, close to close.",
        ctx="-$13.03 or -14.17% from the last close",
        date="2023-03-20",
        hedge="approximate",
        sign=-1,
    ),
    pdd("$102.57B", "market_value", "no_source", CAP),
    pdd(
        "$106.38",
        "share_price_52_week_high",
        "adjusted_prices",
        "a 52-week high: PDD ships adjusted prices only, so the traded level cannot be told from the file",
    ),
    C(
        A164,
        "-34.81%",
        "PDD Holdings",
        "share_price_gap_to_52_week_high",
        "34.81",
        {"kind": "article_ratio", "a": 106.38, "b": 78.91},
        why="'PDD currently trades at a discount to its 52-week high of $106.38, offering almost -34.81% off that "
        "amount': a discount off the high, the article's own numbers from $106.38 to $78.91 (-25.82%); 34.81% is the "
        "rise from $78.91 back to $106.38, not a discount off it.",
        hedge="nearly",
        sign=-1,
    ),
    pdd(
        "$31.01",
        "share_price_52_week_low",
        "adjusted_prices",
        "a 52-week low: PDD ships adjusted prices only, so the traded level cannot be told from the file",
    ),
    C(
        A164,
        "60.7%",
        "PDD Holdings",
        "share_price_gap_to_52_week_low",
        "60.7",
        {"kind": "article_ratio", "a": 31.01, "b": 78.91},
        why="'The share price's 52-week low was $31.01, which indicates that the current value has risen by an "
        "impressive 60.7% since then': the article's own numbers, $31.01 -> $78.91 (+154.47%); 60.7% is the gap "
        "measured on the current price, not a rise from the low.",
        sign=1,
    ),
    pdd("12.28 million", "average_volume", "no_source", MARKET_DATA + " (10-day average)"),
    pdd("8.33 million", "average_volume", "no_source", MARKET_DATA + " (3-month average)"),
    C(
        A164,
        "-14.17%",
        "PDD Holdings",
        CC,
        "14.17",
        px("change_cc", "PDD", "2023-03-20"),
        why="'Instantly PDD has showed a red trend with a performance of -14.17% at the end of last trading': the "
        "session of Monday 2023-03-20, close to close.",
        ctx="performance of -14.17% at the end of last trading",
        date="2023-03-20",
        sign=-1,
    ),
    pdd(
        "95.31",
        "share_price_weekly_high",
        "adjusted_prices",
        "'The rise to weekly highs of 95.31 on Monday, 03/20/23': a price level; PDD ships adjusted prices only (the "
        "file's high of 2023-03-20 is 82.84, its week's highest 95.31 is the high of 2023-03-16)",
        date="2023-03-20",
    ),
    pdd(
        "17.21%",
        "share_price_change",
        "no_source",
        "'increased the stock's daily price by 17.21%': the template names no base or window for this change",
    ),
    C(
        A164,
        "-3.24%",
        "PDD Holdings",
        "share_price_change_ytd",
        "3.24",
        px("ytd", "PDD", "2023-03-20"),
        why="'The company's shares are currently down -3.24% year-to-date': to the close of the last trading session, "
        "Monday 2023-03-20 (the page is of 2023-03-21).",
        date="2023-03-20",
        sign=-1,
    ),
    C(
        A164,
        "-13.45%",
        "PDD Holdings",
        "share_price_change_5d",
        "13.45",
        {"kind": "between", "ticker": "PDD", "from": "2023-03-13", "date": "2023-03-20"},
        why="'still down -13.45% over the last five days': five sessions, from the close of 2023-03-13 to that of "
        "2023-03-20.",
        date="2023-03-20",
        sign=-1,
    ),
    pdd(
        "-18.47%",
        "share_price_change_30d",
        "no_window",
        "'-18.47% down in the 30-day period': 30 sessions or 30 calendar days; the window is not fixed",
        date="2023-03-20",
    ),
    pdd("29.12 million", "short_interest", "no_source", MARKET_DATA),
    pdd("3.72 day(s)", "short_interest_days_to_cover", "no_source", MARKET_DATA),
    pdd(
        "20.16 percent",
        "share_price_change_6m",
        "no_window",
        "'risen 20.16 percent over the past six months': six months of sessions or of calendar days, from which day "
        "is not fixed",
    ),
    pdd("164.00%", "annual_growth_rate", "no_source", "a growth rate of an unstated measure (the template's)"),
    pdd("15.30%", "industry_growth_rate", "no_source", "an industry average of an unstated measure"),
    pdd("36.40%", "revenue_growth_forecast", "forecast", ESTIMATE + " (this quarter)"),
    pdd("54.50%", "revenue_growth_forecast", "forecast", ESTIMATE + " (next quarter)"),
    pdd("47.10%", "revenue_growth_forecast", "forecast", ESTIMATE + " (the year)"),
    # --- n166 SCMP (date line 2024-01-09), Hong Kong at the noon break of Tuesday 2024-01-09
    noon("1.6 per cent", "HSBC", "0005.HK", "1.6", "move", sign=1),
    noon("HK$63.65", "HSBC", "0005.HK", "63.65", "level"),
    noon("2.4 per cent", "BYD", "1211.HK", "2.4", "move", sign=1),
    noon("HK$209.80", "BYD", "1211.HK", "209.80", "level"),
    unknown(A166, "0.6 per cent", "Li Auto", "share_price_change_intraday", "2015.HK", date="2024-01-09"),
    unknown(A166, "HK$132.40", "Li Auto", "share_price_intraday", "2015.HK", date="2024-01-09"),
    unknown(A166, "2.7 per cent", "Trip.com", "share_price_change_intraday", "9961.HK", date="2024-01-09"),
    unknown(A166, "HK$297.60", "Trip.com", "share_price_intraday", "9961.HK", date="2024-01-09"),
    unknown(
        A166,
        "1 per cent",
        "Baidu",
        "share_price_change_intraday",
        "9888.HK; only the Nasdaq ADS ships",
        ctx="Baidu added 1 per cent",
        date="2024-01-09",
    ),
    unknown(
        A166, "HK$114.10", "Baidu", "share_price_intraday", "9888.HK; only the Nasdaq ADS ships", date="2024-01-09"
    ),
    U(
        A166,
        "1 per cent",
        "Alibaba",
        "share_price_change_intraday",
        "no_source",
        NOON + ": the day ran from -1.14% (low) to +1.07% (high) over the previous close, so even the direction at "
        "noon is open (a reading on the two extremes compares sizes only and would pass both)",
        ctx="Alibaba weakening 1 per cent",
        date="2024-01-09",
    ),
    U(
        A166,
        "HK$69.70",
        "Alibaba",
        "share_price_intraday",
        "adjusted_prices",
        "a price at the noon break; 9988.HK traded levels are trusted only from 2025-06-11",
        date="2024-01-09",
    ),
    noon("0.4 per cent", "Tencent", "0700.HK", "0.4", "move", sign=-1),
    noon("HK$286.80", "Tencent", "0700.HK", "286.80", "level"),
    noon("3 per cent", "JD.com", "9618.HK", "3", "move", sign=-1, ctx="JD.com slid 3 per cent"),
    U(
        A166,
        "HK$98.20",
        "JD.com",
        "share_price_intraday",
        "adjusted_prices",
        "a price at the noon break; 9618.HK traded levels are trusted only from 2025-04-07",
        date="2024-01-09",
    ),
    # --- n168 passprogram.ca (URL 2024/06/21; a Forbes copy), Nvidia's swings of Thursday 2024-06-20
    U(
        A168,
        "8%",
        "Nvidia",
        "share_price_change_intraday_high_to_low",
        "no_source",
        "'An 8% decline at noon' (the headline): a fall from the session's high to a later low; the reference reads "
        "moves against the previous close, not within the session (the file's 140.692 -> 129.458 is -7.98%); not "
        "labelled as a check",
        ctx="An 8% decline at noon",
        date="2024-06-20",
    ),
    U(A168, "$277 billion", "Nvidia", "market_value_change", "no_source", CAP, ctx="destroys $277 billion"),
    U(
        A168,
        "8%",
        "Nvidia",
        "share_price_change_intraday_high_to_low",
        "no_source",
        "'fell as much as 8% from an all-time high in the early morning hours to an afternoon low': from the session's "
        "high to its low (-7.98% in the file); the reference reads moves against the previous close; not labelled as "
        "a check",
        ctx="as much as 8% from an all-time high",
        date="2024-06-20",
    ),
    C(
        A168,
        "3.5%",
        "Nvidia",
        CC,
        "3.5",
        px("change_cc", "NVDA", "2024-06-20"),
        why="'the stock price fell 3.5% intraday to $131 at the end of the day': the close of Thursday 2024-06-20 (the "
        "page is of Friday 2024-06-21) against the previous close (2024-06-18).",
        date="2024-06-20",
        sign=-1,
    ),
    C(
        A168,
        "$131",
        "Nvidia",
        CL,
        "131",
        px("close", "NVDA", "2024-06-20"),
        why="'to $131 at the end of the day': the close of 2024-06-20.",
        date="2024-06-20",
    ),
    C(
        A168,
        "4%",
        "Nvidia",
        "share_price_change_intraday_high",
        "4",
        px("intraday_high", "NVDA", "2024-06-20"),
        why="'reversing a gain of as much as 4% shortly after Thursday's open session': the day's high against the "
        "previous close.",
        ctx="as much as 4% shortly",
        date="2024-06-20",
        sign=1,
    ),
    U(A168, "$277 billion", "Nvidia", "market_value_change", "no_source", CAP, ctx="in a $277 billion loss"),
    U(A168, "$3.27 trillion", "Nvidia", "market_value", "no_source", CAP, date="2024-06-20"),
    CA(
        A168,
        "170%",
        "Nvidia",
        "share_price_change_ytd",
        "170",
        [px("ytd", "NVDA", "2024-06-18"), px("ytd_low", "NVDA", "2024-06-20"), px("ytd_high", "NVDA", "2024-06-20")],
        why="'the company's shares rose 170% year-to-date': " + MOMENT_NVDA + ".",
        date="2024-06-20",
        reason="no_source",
    ),
    CA(
        A168,
        "800%",
        "Nvidia",
        "share_price_change_since",
        "800",
        [
            {"kind": "between", "ticker": "NVDA", "from": "2022-12-30", "date": "2024-06-18"},
            {"kind": "between", "ticker": "NVDA", "from": "2022-12-30", "date": "2024-06-20"},
        ],
        why="'and 800% since the beginning of last year': from the last close of 2022; " + MOMENT_NVDA + ".",
        date="2024-06-20",
        reason="no_source",
    ),
    U(
        A168,
        "40%",
        "Nvidia",
        "share_price_change_1m",
        "no_window",
        "'Nvidia shares are up 40% in the last month alone': from which day of May is not fixed (a month of sessions "
        "or of calendar days, to 2024-06-18 or 2024-06-20)",
        date="2024-06-20",
    ),
    U(
        A168,
        "27th",
        "Coca-Cola",
        "market_value_rank",
        "no_source",
        "a market-value ranking of the S&P 500 ('the 27th most valuable company according to S&P'): no share counts ship",
    ),
    U(A168, "$270 billion", "Coca-Cola", "market_value", "no_source", CAP + " (Coca-Cola's prices do not ship)"),
    # --- n169 Nasdaq.com (Zacks; date line 2025-06-11), Microsoft's record close of 2025-06-09
    C(
        A169,
        "$472.75",
        "Microsoft",
        "share_price_record_close",
        "472.75",
        px("close", "MSFT", "2025-06-09"),
        why="'On June 9, the tech behemoth's shares closed at an all-time high of $472.75': the close of 2025-06-09.",
        date="2025-06-09",
    ),
    U(
        A169,
        "12.6%",
        "Microsoft",
        "share_price_change_ytd",
        "adjusted_prices",
        "'marking a 12.6% rise in 2025 itself' at the close of 2025-06-09: the adjusted-only MSFT file gives +12.590% "
        "from 2024-12-31, a total return; the page's $472.75 is the file's 470.02 x 1.0058, so the file carries "
        "dividend factors of about 0.2% a quarter, and two quarterly dividends fall inside the window: the price "
        "change is about 0.4 point lower, so the adjustment decides between supported and contradicted",
        date="2025-06-09",
    ),
    C(
        A169,
        "almost 37%",
        "Microsoft",
        "share_price_change_since",
        "37",
        {"kind": "between", "ticker": "MSFT", "from": "2025-04-08", "date": "2025-06-09"},
        why="'an almost 37% ascent since the depths of early April': from the lowest close of early April in the file "
        "(2025-04-08) to the record close of 2025-06-09 (from the intraday low of 2025-04-07 it is +37.4%, inside "
        "the same interval).",
        date="2025-06-09",
        hedge="nearly",
        sign=1,
    ),
    U(
        A169,
        "21%",
        "Microsoft",
        "intelligent_cloud_revenue_growth",
        "no_source",
        REPORTED + " (the Intelligent Cloud segment, last quarter)",
    ),
    U(
        A169,
        "#3",
        "Microsoft",
        "zacks_rank",
        "no_source",
        "a broker's rating (Zacks Rank #3, Hold): not in the shipped data",
    ),
    U(
        A169,
        "11.8%",
        "Microsoft",
        "share_price_change_ytd",
        "adjusted_prices",
        "'Year to date, MSFT has grown 11.8%' on a page of 2025-06-11: the adjusted-only file gives +12.154% to the "
        "latest close (2025-06-10), a total return across two quarterly dividends (about 0.4 point, see '12.6%'), "
        "so the price change cannot be told from it",
        date="2025-06-10",
    ),
    U(
        A169,
        "4.5%",
        "Zacks Peer Group",
        "share_price_change_ytd",
        "no_source",
        "a peer group's year-to-date change (Zacks's grouping): not in the shipped data",
    ),
]
