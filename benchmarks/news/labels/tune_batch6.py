"""Tune gold labels of batch 6 (n69-n74), written after the held-out ones were committed and before any checker run."""

from __future__ import annotations

from benchmarks.news.labels import C, U, closing, fx, px, unknown

A69 = "n69_bs_hk_close_2021_12_23"
A71 = "n71_bs_hk_close_2022_12_30"
A73 = "n73_tickertv_meta_2023_10_12"
CC = "share_price_change_close_to_close"
CL = "share_price_close"

MCAP = "market value: the shipped data has prices but no share counts"
VOLUME = "trading volume: no reference the checker uses covers it"

LABELS = [
    # --- n69 Business Standard close wrap, Hong Kong on Thursday 2021-12-23
    U(
        A69,
        "US$16.4 billion",
        "Tencent",
        "dividend_in_specie_value",
        "no_source",
        "the value of a shareholding given away (the same figure is converted in brackets below); no share counts ship",
        ctx="surprise US$16.4 billion",
        date="2021-12-23",
    ),
    *closing(A69, "4.2%", "HK$461.80", "Tencent", "0700.HK", "2021-12-23", 1),
    U(
        A69,
        "HK$127.7 billion",
        "Tencent",
        "dividend_in_specie_value",
        "no_source",
        "the value of Tencent's JD.com shareholding: no share counts ship",
        date="2021-12-23",
    ),
    C(
        A69,
        "US$16.4 billion",
        "Tencent",
        "dividend_in_specie_value_usd",
        "16.4",
        fx(127.7, "HKD", "USD", "2021-12-23"),
        why="'HK$127.7 billion (US$16.4 billion)': a bracketed conversion at that day's rate (±2% for a conversion).",
        ctx="(US$16.4 billion)",
        date="2021-12-23",
        slack=0.02,
    ),
    U(
        A69,
        "US$180 billion",
        "Tencent",
        "market_value_change",
        "no_source",
        MCAP,
        date="2021-12-23",
        hedge="approximate",
    ),
    *closing(A69, "7%", "HK$259.60", "JD.com", "9618.HK", "2021-12-23", -1),
    C(
        A69,
        "1.4%",
        "Alibaba",
        CC,
        "1.4",
        px("change_cc", "9988.HK", "2021-12-23"),
        why="'Alibaba Group Holding fell 1.4%' at the close of 2021-12-23.",
        date="2021-12-23",
        sign=-1,
    ),
    C(
        A69,
        "1.7%",
        "Meituan",
        CC,
        "1.7",
        px("change_cc", "3690.HK", "2021-12-23"),
        why="'Meituan retreated 1.7%' at the close of 2021-12-23.",
        date="2021-12-23",
        sign=-1,
    ),
    # --- n71 Business Standard close wrap, Hong Kong on Friday 2022-12-30
    unknown(A71, "2.9%", "NetEase", CC, "9999.HK", date="2022-12-30"),
    unknown(A71, "HK$114.50", "NetEase", CL, "9999.HK", date="2022-12-30"),
    unknown(A71, "3%", "Longfor", CC, "0960.HK", ctx="3% to HK$24.30", date="2022-12-30"),
    unknown(A71, "HK$24.30", "Longfor", CL, "0960.HK", date="2022-12-30"),
    *closing(A71, "0.8%", "HK$86.25", "Alibaba", "9988.HK", "2022-12-30", 1),
    *closing(A71, "2%", "HK$86.80", "AIA", "1299.HK", "2022-12-30", 1),
    unknown(A71, "1.6%", "Baidu", CC, "9888.HK; only the Nasdaq ADS ships", date="2022-12-30"),
    unknown(A71, "HK$111.70", "Baidu", CL, "9888.HK; only the Nasdaq ADS ships", date="2022-12-30"),
    # --- n73 ticker.tv (Automated Insights, Dow Jones data), Meta on Thursday 2023-10-12
    C(
        A73,
        "1.12%",
        "Meta",
        CC,
        "1.12",
        px("change_cc", "META", "2023-10-12"),
        why="'a decline of 1.12%, closing at $324.16 on Thursday' (2023-10-12).",
        date="2023-10-12",
        sign=-1,
    ),
    C(A73, "$324.16", "Meta", CL, "324.16", px("close", "META", "2023-10-12"), why="the close.", date="2023-10-12"),
    U(A73, "four-day", "Meta", "winning_streak", "duration", "a count of sessions, a duration", date="2023-10-11"),
    C(
        A73,
        "$4.68",
        "Meta",
        "distance_from_52_week_high",
        "4.68",
        {"kind": "article_sum", "parts": [328.84, -324.16]},
        why="'closed just $4.68 short of its 52-week high of $328.84': the article's own numbers ($328.84 - $324.16).",
        date="2023-10-12",
    ),
    C(
        A73,
        "$328.84",
        "Meta",
        "share_price_52_week_high",
        "328.84",
        px("high", "META", "2023-10-11"),
        why="'its 52-week high of $328.84, which it achieved on October 11th': the high of 2023-10-11.",
        date="2023-10-11",
    ),
    C(
        A73,
        "0.51%",
        "Apple",
        CC,
        "0.51",
        px("change_cc", "AAPL", "2023-10-12"),
        why="'Apple Inc. (AAPL) saw a rise of 0.51% to $180.71' on Thursday 2023-10-12.",
        ctx="rise of 0.51%",
        date="2023-10-12",
        sign=1,
    ),
    C(A73, "$180.71", "Apple", CL, "180.71", px("close", "AAPL", "2023-10-12"), why="the close.", date="2023-10-12"),
    C(
        A73,
        "0.38%",
        "Microsoft",
        CC,
        "0.38",
        px("change_cc", "MSFT", "2023-10-12"),
        why="'Microsoft Corp. (MSFT) fell 0.38% to $331.16' on 2023-10-12.",
        date="2023-10-12",
        sign=-1,
    ),
    C(
        A73,
        "$331.16",
        "Microsoft",
        CL,
        "331.16",
        px("close", "MSFT", "2023-10-12"),
        why="the close.",
        date="2023-10-12",
    ),
    unknown(A73, "1.00%", "Alphabet", CC, "GOOG, the class C line; GOOGL ships", date="2023-10-12"),
    unknown(A73, "$140.29", "Alphabet", CL, "GOOG, the class C line; GOOGL ships", date="2023-10-12"),
    U(A73, "20.0 million", "Meta", "trading_volume", "no_source", VOLUME, date="2023-10-12"),
    U(A73, "19.3 million", "Meta", "average_volume", "no_source", VOLUME + " (a 50-day average)"),
]
