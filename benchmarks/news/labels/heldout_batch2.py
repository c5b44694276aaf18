"""Held-out gold labels of batch 2 (n34-n41), written and committed before any checker run."""

from __future__ import annotations

from benchmarks.news.labels import CA, C, U, fx, px

A36 = "n36_yummyyum_meituan_market_value"
A38 = "n38_hindustantimes_nvidia_2024_06_18"
A41 = "n41_wsj_magzter_tencent_2025_01_09"

MCAP = "market value: the shipped data has prices but no share counts"
REPORTED = "a reported company figure; the shipped data has no figures for this company"
INTRADAY_US = (
    "the page was written during the New York session of 2024-06-18 (its URL id 101718731763787 is the epoch "
    "millisecond time 2024-06-18 17:29 UTC, 13:29 in New York), so the move is an intraday reading"
)

LABELS = [
    # --- n36 Meituan market value; the page is undated, the text fixes 'January 9, 2024'
    U(A36, "$82 billion", "Meituan", "market_value_change", "no_source", MCAP),
    C(
        A36,
        "60%",
        "Meituan",
        "market_value_change",
        "60",
        {"kind": "article_ratio", "a": 1080, "b": 441.06},
        why="'plummeted nearly 60%, from HK$1.08 trillion ... to HK$441.06 billion': the article's own numbers.",
        ctx="nearly 60%",
        hedge="nearly",
        sign=-1,
    ),
    U(A36, "HK$1.08 trillion", "Meituan", "market_value", "no_source", MCAP),
    C(
        A36,
        "$138.2 billion",
        "Meituan",
        "market_value_usd",
        "138.2",
        fx(1.08e12, "HKD", "USD", "2023-01-03"),
        why="bracketed conversion of HK$1.08 trillion, the value at the beginning of 2023 (first session 2023-01-03; the HKD peg makes the day immaterial).",
        scale=1e9,
        slack=0.02,
    ),
    U(A36, "HK$441.06 billion", "Meituan", "market_value", "no_source", MCAP, date="2024-01-09"),
    C(
        A36,
        "$56.4 billion",
        "Meituan",
        "market_value_usd",
        "56.4",
        fx(441.06e9, "HKD", "USD", "2024-01-09"),
        why="bracketed conversion of HK$441.06 billion at the rate of 2024-01-09.",
        date="2024-01-09",
        scale=1e9,
        slack=0.02,
    ),
    C(
        A36,
        "85%",
        "Meituan",
        "share_price_change_from_peak",
        "85",
        {"kind": "article_ratio", "a": 460, "b": 70.55},
        why="'85% decrease from its all-time high of HK$460 ... to HK$70.55': the article's own numbers.",
        ctx="85% decrease",
        sign=-1,
    ),
    U(
        A36,
        "HK$460",
        "Meituan",
        "share_price_all_time_high",
        "outside_data",
        "February 2021 is before the shipped series starts (2023-01-03)",
        date="2021-02",
    ),
    C(
        A36,
        "$58.91",
        "Meituan",
        "share_price_all_time_high_usd",
        "58.91",
        fx(460, "HKD", "USD", "2021-02-01"),
        why="'(about $58.91)': conversion of HK$460 (February 2021; the first of the month is used, the peg makes the day immaterial).",
        date="2021-02",
        hedge="approximate",
        slack=0.02,
    ),
    C(
        A36,
        "HK$70.55",
        "Meituan",
        "share_price_close",
        "70.55",
        px("close", "3690.HK", "2024-01-09"),
        why="'to HK$70.55 on January 9, 2024' (the close).",
        date="2024-01-09",
    ),
    U(A36, "70%", "Meituan", "market_share", "no_source", "market shares are not in the shipped data", hedge="nearly"),
    U(A36, "16%", "Alibaba", "local_services_revenue_growth", "no_source", REPORTED),
    # --- n38 Nvidia on Tuesday 2024-06-18, written during the session
    U(
        A38,
        "3.4 percent",
        "Nvidia",
        "share_price_change_intraday",
        "no_source",
        INTRADAY_US + " (close to close it was +3.51%, which would not round to 3.4)",
        date="2024-06-18",
    ),
    U(A38, "$3.3 trillion", "Nvidia", "market_value", "no_source", MCAP, hedge="approximate"),
    CA(
        A38,
        "173%",
        "Nvidia",
        "share_price_change_ytd",
        "173",
        [px("ytd_low", "NVDA", "2024-06-18"), px("ytd_high", "NVDA", "2024-06-18")],
        why="'about 173% so far this year' at an intraday moment: checked at both ends of the day's range.",
        ctx="about 173%",
        date="2024-06-18",
        hedge="approximate",
    ),
    CA(
        A38,
        "19%",
        "Microsoft",
        "share_price_change_ytd",
        "19",
        [px("ytd_low", "MSFT", "2024-06-18"), px("ytd_high", "MSFT", "2024-06-18")],
        why="'a rise of about 19%' so far this year at an intraday moment: checked at both ends of the day's range.",
        ctx="about 19%",
        date="2024-06-18",
        hedge="approximate",
    ),
    U(A38, "$103 billion", "Nvidia", "market_value_change", "no_source", MCAP, hedge="more_than"),
    U(A38, "$1 trillion", "Nvidia", "market_value", "no_source", MCAP),
    U(A38, "$2 trillion", "Nvidia", "market_value", "no_source", MCAP),
    U(A38, "nine months", "Nvidia", "market_value_doubling_time", "duration", "a duration"),
    U(A38, "three months", "Nvidia", "market_value_time_to_3t", "duration", "a duration", hedge="more_than"),
    U(A38, "$3 trillion", "Nvidia", "market_value", "no_source", MCAP),
    U(A38, "10:1", "Nvidia", "stock_split_ratio", "no_source", "corporate actions are not in the shipped US series"),
    # --- n41 WSJ, Tencent buybacks (edition of 2025-01-09: 'Wednesday' = 2025-01-08)
    U(
        A41,
        "$193.3 million",
        "Tencent",
        "buyback_amount_usd",
        "no_source",
        "buyback filings are not in the shipped data",
        hedge="approximate",
    ),
    U(
        A41,
        "4.05 million shares",
        "Tencent",
        "shares_repurchased",
        "no_source",
        "buyback filings are not in the shipped data",
        date="2025-01-08",
    ),
    U(
        A41,
        "3.93 million shares",
        "Tencent",
        "shares_repurchased",
        "no_source",
        "buyback filings are not in the shipped data",
        date="2025-01-07",
    ),
    U(
        A41,
        "$14.4 billion",
        "Tencent",
        "buyback_amount_usd",
        "no_source",
        "buyback totals are not in the shipped data",
        period="2024",
        hedge="approximate",
    ),
]
