"""Held-out gold labels of batch 9 (n98-n107), written and committed before any checker run on them."""

from __future__ import annotations

from benchmarks.news.labels import CA, C, U, px

A98 = "n98_bnnbloomberg_alphabet_2024_01_24"
A100 = "n100_newsio_meta_2024_12_06"
A103 = "n103_nbcchicago_microsoft_2023_01_04"
A106 = "n106_tipranks_amazon_2023_08_03"
A107 = "n107_yahoo_bloomberg_microsoft_2023_01_24"
CC = "share_price_change_close_to_close"

REPORTED = "a reported company figure; the shipped data has no figures for this company"
ESTIMATE = "an analysts' estimate or a company forecast"
CAP = "a market value: the shipped data has prices but no share counts"
AFTER_HOURS = "a move in after-hours trading: daily bars give neither that moment nor the extended session"

LABELS = [
    # --- n98 BNN Bloomberg, Alphabet on Wednesday 2024-01-24
    C(
        A98,
        "1.1 per cent",
        "Alphabet",
        CC,
        "1.1",
        px("change_cc", "GOOGL", "2024-01-24"),
        why="'rose 1.1 per cent to close at US$148.70' on Wednesday 2024-01-24: close to close.",
        date="2024-01-24",
        sign=1,
    ),
    C(
        A98,
        "US$148.70",
        "Alphabet",
        "share_price_close",
        "148.70",
        px("close", "GOOGL", "2024-01-24"),
        why="the close of 2024-01-24 (a level: GOOGL ships adjusted prices only).",
        date="2024-01-24",
    ),
    C(
        A98,
        "1.9 per cent",
        "Alphabet",
        "share_price_change_intraday_high",
        "1.9",
        px("intraday_high", "GOOGL", "2024-01-24"),
        why="'In intraday trading, the stock gained as much as 1.9 per cent to $149.86': the day's high against "
        "the previous close.",
        date="2024-01-24",
        sign=1,
    ),
    C(
        A98,
        "$149.86",
        "Alphabet",
        "share_price_intraday_high",
        "149.86",
        px("high", "GOOGL", "2024-01-24"),
        why="the day's high (a level: GOOGL ships adjusted prices only).",
        date="2024-01-24",
    ),
    U(
        A98,
        "$149.84",
        "Alphabet",
        "share_price_record_close",
        "adjusted_prices",
        "'the current closing high of $149.84 recorded in November 2021': a level (split-adjusted close of a "
        "November 2021 session); GOOGL ships adjusted prices only",
        date="2021-11",
    ),
    U(A98, "$1.9 trillion", "Alphabet", "market_value", "no_source", CAP, date="2024-01-24", hedge="approximate"),
    # --- n100 newsio (CNBC), Meta and Amazon on Friday 2024-12-06
    C(
        A100,
        "2.4%",
        "Meta",
        CC,
        "2.4",
        px("change_cc", "META", "2024-12-06"),
        why="'Meta shares continued their extended rally on Friday, rising 2.4% and closing at a record': close to close.",
        date="2024-12-06",
        sign=1,
    ),
    C(
        A100,
        "77%",
        "Meta",
        "share_price_change_ytd",
        "77",
        px("ytd", "META", "2024-12-06"),
        why="'has climbed 77% this year': the last 2023 close to Friday's close.",
        date="2024-12-06",
        sign=1,
    ),
    U(A100, "$1.6 trillion", "Meta", "market_value", "no_source", CAP, date="2024-12-06", hedge="nearly"),
    C(
        A100,
        "49%",
        "Amazon",
        "share_price_change_ytd",
        "49",
        px("ytd", "AMZN", "2024-12-06"),
        why="'Amazon also closed at an all-time high on Friday and is up 49% this year': the last 2023 close to "
        "Friday's close.",
        date="2024-12-06",
        sign=1,
    ),
    # --- n103 NBC Chicago (CNBC), Microsoft on Wednesday 2023-01-04
    U(
        A103,
        "$3 billion",
        "Microsoft",
        "azure_operating_loss_usd",
        "no_source",
        "Google's estimate of Azure's operating loss, from a leaked document; no such figure ships",
        period="FY2022",
        hedge="nearly",
    ),
    U(
        A103,
        "$5 billion",
        "Microsoft",
        "azure_operating_loss_usd",
        "no_source",
        "Google's estimate of Azure's operating loss the prior year; no such figure ships",
        period="FY2021",
        hedge="more_than",
    ),
    CA(
        A103,
        "1%",
        "Apple",
        CC,
        "1",
        [px("change_cc", "AAPL", "2023-01-04"), px("change_cc", "META", "2023-01-04")],
        why="'Apple, Tesla and Meta closing up between 1% and 5%' on Wednesday 2023-01-04: the lower end, for each of "
        "Apple and Meta (Tesla is not labelled).",
        ctx="between 1% and",
        date="2023-01-04",
        hedge="at_least",
    ),
    CA(
        A103,
        "5%",
        "Apple",
        CC,
        "5",
        [px("change_cc", "AAPL", "2023-01-04"), px("change_cc", "META", "2023-01-04")],
        why="'Apple, Tesla and Meta closing up between 1% and 5%': the upper end, for each of Apple and Meta.",
        ctx="and 5%.",
        date="2023-01-04",
        hedge="at_most",
    ),
    # --- n106 TipRanks, Amazon's second quarter of 2023, after hours on 2023-08-03
    U(A106, "$0.65", "Amazon", "eps_usd", "no_source", REPORTED, period="2023-Q2"),
    U(A106, "$0.35", "Amazon", "eps_estimate_usd", "forecast", ESTIMATE, period="2023-Q2"),
    U(A106, "10.8%", "Amazon", "revenue_growth_yoy", "no_source", REPORTED, period="2023-Q2"),
    U(A106, "$134.3 billion", "Amazon", "revenue_usd", "no_source", REPORTED, period="2023-Q2"),
    U(
        A106,
        "$3 billion",
        "Amazon",
        "revenue_vs_estimate_usd",
        "no_source",
        "the beat against an estimate the text does not give",
        period="2023-Q2",
        hedge="nearly",
    ),
    U(A106, "$82.5 billion", "Amazon", "north_america_revenue_usd", "no_source", REPORTED, period="2023-Q2"),
    U(A106, "11%", "Amazon", "north_america_revenue_growth_yoy", "no_source", REPORTED, period="2023-Q2"),
    U(A106, "$29.7 billion", "Amazon", "international_revenue_usd", "no_source", REPORTED, period="2023-Q2"),
    U(A106, "10%", "Amazon", "international_revenue_growth_yoy", "no_source", REPORTED, period="2023-Q2"),
    U(A106, "12%", "Amazon", "aws_revenue_growth_yoy", "no_source", REPORTED, period="2023-Q2"),
    U(A106, "$22.1 billion", "Amazon", "aws_revenue_usd", "no_source", REPORTED, period="2023-Q2"),
    U(A106, "$138 billion", "Amazon", "revenue_guidance_low_usd", "forecast", ESTIMATE, period="2023-Q3"),
    U(A106, "$143 billion", "Amazon", "revenue_guidance_high_usd", "forecast", ESTIMATE, period="2023-Q3"),
    U(A106, "$5.5 billion", "Amazon", "operating_income_guidance_low_usd", "forecast", ESTIMATE, period="2023-Q3"),
    U(A106, "$8.5 billion", "Amazon", "operating_income_guidance_high_usd", "forecast", ESTIMATE, period="2023-Q3"),
    U(A106, "$138.3 billion", "Amazon", "revenue_estimate_usd", "forecast", ESTIMATE, period="2023-Q3"),
    U(A106, "$153.07", "Amazon", "target_price", "forecast", "a consensus price target"),
    U(
        A106,
        "18.47%",
        "Amazon",
        "target_upside",
        "forecast",
        "the upside to a price target, from a price the text does not give",
    ),
    # --- n107 Yahoo (Bloomberg), Microsoft after hours on Tuesday 2023-01-24
    U(
        A107,
        "4 or 5 percentage points",
        "Microsoft",
        "azure_growth_deceleration",
        "forecast",
        ESTIMATE + " (Azure growth to slow in the current quarter)",
        period="FY2023-Q3",
    ),
    U(
        A107,
        "mid-30s",
        "Microsoft",
        "azure_revenue_growth_yoy",
        "no_source",
        REPORTED + " (Azure's growth at the end of the quarter, in constant currency)",
        period="FY2023-Q2",
        hedge="approximate",
    ),
    U(A107, "38%", "Microsoft", "azure_revenue_growth_yoy", "no_source", REPORTED, period="FY2023-Q2"),
    U(
        A107,
        "more than 4%",
        "Microsoft",
        "share_price_change_after_hours",
        "no_source",
        AFTER_HOURS + " ('late-trading gains')",
        date="2023-01-24",
        hedge="more_than",
    ),
    U(
        A107,
        "about 1%",
        "Microsoft",
        "share_price_change_after_hours",
        "no_source",
        AFTER_HOURS + " ('following the forecast')",
        date="2023-01-24",
        hedge="approximate",
    ),
]
