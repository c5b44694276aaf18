"""Held-out gold labels of batch 6 (n69-n74), written and committed before any checker run on them."""

from __future__ import annotations

from benchmarks.news.labels import CA, C, U, closing, px, unknown

A70 = "n70_bs_hk_close_2022_11_17"
A72 = "n72_barrons_nvidia_2025_07_31"
A74 = "n74_mitrade_meta_2025_10_30"
CC = "share_price_change_close_to_close"
CL = "share_price_close"

REPORTED = "a reported company figure; the shipped data has no figures for this company"
ESTIMATE = "an analysts' estimate or a company forecast"

LABELS = [
    # --- n70 Business Standard close wrap, Hong Kong on Thursday 2022-11-17
    *closing(A70, "0.8%", "HK$292", "Tencent", "0700.HK", "2022-11-17", -1),
    U(
        A70,
        "1%",
        "Tencent",
        "net_income_growth",
        "period_not_covered",
        "a reported figure: the shipped Tencent figures cover 2024-Q1 and 2024 only",
        ctx="climbed 1%",
        period="2022-Q3",
    ),
    *closing(A70, "0.7%", "HK$78.25", "Alibaba", "9988.HK", "2022-11-17", -1),
    *closing(A70, "5.7%", "HK$153", "Meituan", "3690.HK", "2022-11-17", -1),
    U(
        A70,
        "US$20.3 billion",
        "Tencent",
        "stake_value",
        "no_source",
        "the value of a shareholding: the shipped data has prices but no share counts",
    ),
    U(
        A70,
        "2.2",
        "Baidu",
        "share_price_change_close_to_close",
        "unknown_entity",
        "'Baidu, Bilibili and Alibaba Health tumbled by 2.2 to 4.5%': a range over three listings, none of them "
        "shipped (Baidu's Hong Kong line 9888.HK, Bilibili 9626.HK, Alibaba Health 0241.HK)",
        ctx="by 2.2 to",
        date="2022-11-17",
    ),
    U(
        A70,
        "4.5%",
        "Baidu",
        "share_price_change_close_to_close",
        "unknown_entity",
        "the upper end of the same range over three unshipped listings",
        date="2022-11-17",
    ),
    unknown(A70, "9%", "NetEase", CC, "9999.HK", ctx="crashed 9%", date="2022-11-17"),
    unknown(A70, "HK$103.50", "NetEase", CL, "9999.HK", date="2022-11-17"),
    U(A70, "14-year", "NetEase", "partnership_length", "duration", "a duration"),
    # --- n72 Barron's, Nvidia on Thursday 2025-07-31 (stamp 05:30 ET; the text reports the day's close)
    C(
        A72,
        "$183.30",
        "Nvidia",
        "share_price_intraday_high",
        "183.30",
        px("high", "NVDA", "2025-07-31"),
        why="'reached a record $183.30 in early trading': the day's high (2025-07-31).",
        date="2025-07-31",
    ),
    U(
        A72,
        "$180",
        "Nvidia",
        "share_price_close",
        "adjusted_prices",
        "'failed to close above $180 for the first time': a close level; the shipped NVDA series is adjusted-only "
        "(177.84 that day in the file)",
        date="2025-07-31",
        hedge="less_than",
    ),
    C(
        A72,
        "0.8%",
        "Nvidia",
        CC,
        "0.8",
        px("change_cc", "NVDA", "2025-07-31"),
        why="'The stock finished the day down 0.8% at $177.87': the close-to-close move of 2025-07-31.",
        ctx="down 0.8%",
        date="2025-07-31",
        sign=-1,
    ),
    C(
        A72,
        "$177.87",
        "Nvidia",
        CL,
        "177.87",
        px("close", "NVDA", "2025-07-31"),
        why="the close of 2025-07-31.",
        date="2025-07-31",
    ),
    U(A72, "$24 billion", "Microsoft", "capex", "no_source", REPORTED, period="FY2025-Q4"),
    U(A72, "$21.4 billion", "Microsoft", "capex_estimate", "forecast", ESTIMATE, period="FY2025-Q4"),
    U(A72, "$66 billion", "Meta", "capex_guidance_low", "forecast", ESTIMATE, period="2025"),
    U(
        A72,
        "$72 billion",
        "Meta",
        "capex_guidance_high",
        "forecast",
        ESTIMATE,
        ctx="$66 billion-$72 billion",
        period="2025",
    ),
    U(A72, "$64 billion", "Meta", "capex_guidance_low", "forecast", "the earlier company forecast", period="2025"),
    U(
        A72,
        "$72 billion",
        "Meta",
        "capex_guidance_high",
        "forecast",
        "the earlier company forecast",
        ctx="$64 billion-$72 billion",
        period="2025",
    ),
    U(A72, "$100 billion", "Meta", "capex_estimate", "forecast", ESTIMATE, period="2026", hedge="approximate"),
    U(A72, "100,000", "Nvidia", "gpus_planned", "forecast", "a project's plan for the end of 2026"),
    U(A72, "1.8%", "Advanced Micro Devices", CC, "unknown_entity", "no price data for this listing ships (AMD)"),
    # --- n74 Motley Fool via Mitrade, Meta on Thursday 2025-10-30 (URL date)
    CA(
        A74,
        "12.1%",
        "Meta",
        "share_price_change_intraday_low",
        "12.1",
        [px("change_cc", "META", "2025-10-30"), px("intraday_low", "META", "2025-10-30")],
        why="'stock dropped as much as 12.1% on Thursday' under the headline 'Why Meta Stock Is Down Big Today': "
        "written during the session of 2025-10-30, so the low so far lies between the close and the day's low.",
        date="2025-10-30",
        reason="no_source",
        sign=-1,
    ),
    U(A74, "$51.2 billion", "Meta", "revenue", "no_source", REPORTED, period="2025-Q3"),
    U(A74, "26%", "Meta", "revenue_growth", "no_source", REPORTED, period="2025-Q3"),
    C(
        A74,
        "8%",
        "Meta",
        "revenue_growth_qoq",
        "8",
        {"kind": "article_ratio", "a": 47.5, "b": 51.2},
        why="'about 8% above the $47.5 billion it posted in the second quarter', for $51.2 billion: the article's "
        "own numbers.",
        period="2025-Q3",
        hedge="approximate",
        sign=1,
    ),
    U(A74, "$47.5 billion", "Meta", "revenue", "no_source", REPORTED, period="2025-Q2"),
    U(A74, "14%", "Meta", "ad_impressions_growth", "no_source", REPORTED, period="2025-Q3"),
    U(A74, "10%", "Meta", "ad_price_growth", "no_source", REPORTED, period="2025-Q3", ctx="10% increase"),
    U(A74, "32%", "Meta", "expense_growth", "no_source", REPORTED, period="2025-Q3", hedge="approximate"),
    U(A74, "$30.7 billion", "Meta", "expenses", "no_source", REPORTED, period="2025-Q3"),
    U(A74, "$9.2 billion", "Meta", "capex", "no_source", REPORTED, period="2024-Q3"),
    U(A74, "$19.4 billion", "Meta", "capex", "no_source", REPORTED, period="2025-Q3"),
    U(A74, "$1.05", "Meta", "eps", "no_source", REPORTED, period="2025-Q3"),
    U(A74, "$7.25", "Meta", "eps_excluding_tax_charge", "no_source", REPORTED, period="2025-Q3"),
    U(A74, "$6.71", "Meta", "eps_estimate", "forecast", ESTIMATE, period="2025-Q3"),
]
