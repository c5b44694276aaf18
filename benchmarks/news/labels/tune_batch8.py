"""Tune gold labels of batch 8 (n90-n97), written and committed before any checker run on them."""

from __future__ import annotations

from typing import Any

from benchmarks.news.labels import C, U, fx, px, unknown

A92 = "n92_americannewsgroup_tencent_2023_12_23"
A93 = "n93_tribune_alibaba_2023_11_18"
A96 = "n96_newsbytes_nvidia_huang_2025_07_12"
A97 = "n97_databiztimes_byd_2025_03_04"
CC = "share_price_change_close_to_close"
CL = "share_price_close"

REPORTED = "a reported company figure; the shipped data has no figures for this company"
ESTIMATE = "an analysts' estimate or a company forecast"
CAP = "a market value: the shipped data has prices but no share counts"
NOFILING = "an insider sale's share count: no filings ship"


def conv(
    article: str,
    text: str,
    company: str,
    metric: str,
    claimed: str,
    amount: float,
    day: str,
    scale: float,
    why: str,
    **kw: Any,
) -> dict[str, Any]:
    return C(
        article, text, company, metric, claimed, fx(amount, "HKD", "USD", day), why=why, scale=scale, slack=0.02, **kw
    )


LABELS = [
    # --- n92 CNBC republished, Tencent on Friday 2023-12-22 (page of 2023-12-23)
    U(A92, "$43.5 billion", "Tencent", "market_value_change", "no_source", CAP, date="2023-12-22", hedge="approximate"),
    C(
        A92,
        "12.4%",
        "Tencent",
        CC,
        "12.4",
        px("change_cc", "0700.HK", "2023-12-22"),
        why="'saw its shares tumble about 12.4% to close at HK$274' on Friday 2023-12-22.",
        date="2023-12-22",
        hedge="approximate",
        sign=-1,
    ),
    C(
        A92,
        "HK$274",
        "Tencent",
        CL,
        "274",
        px("close", "0700.HK", "2023-12-22"),
        why="the close of 2023-12-22.",
        date="2023-12-22",
    ),
    unknown(A92, "80%", "NetEase", "revenue_share_domestic_games", "9999.HK"),
    unknown(A92, "24.6%", "NetEase", CC, "9999.HK", date="2023-12-22"),
    unknown(A92, "HK$122", "NetEase", CL, "9999.HK", date="2023-12-22"),
    unknown(
        A92,
        "115.1 billion Hong Kong dollars",
        "NetEase",
        "market_value_change",
        "9999.HK",
        date="2023-12-22",
        hedge="approximate",
    ),
    conv(
        A92,
        "$14.7 billion",
        "NetEase",
        "market_value_change_usd",
        "14.7",
        115.1e9,
        "2023-12-22",
        1e9,
        "'115.1 billion Hong Kong dollars ($14.7 billion)': a conversion in brackets, at the day's rate.",
    ),
    unknown(A92, "17.1%", "Bilibili", "revenue_share_domestic_games", "9626.HK"),
    unknown(A92, "9.7%", "Bilibili", CC, "9626.HK", date="2023-12-22"),
    unknown(A92, "HK$80.30", "Bilibili", CL, "9626.HK", date="2023-12-22"),
    unknown(
        A92,
        "2.4 billion Hong Kong dollars",
        "Bilibili",
        "market_value_change",
        "9626.HK",
        date="2023-12-22",
        hedge="approximate",
    ),
    conv(
        A92,
        "$307 million",
        "Bilibili",
        "market_value_change_usd",
        "307",
        2.4e9,
        "2023-12-22",
        1e6,
        "'2.4 billion Hong Kong dollars ($307 million)': a conversion in brackets, at the day's rate.",
    ),
    U(A92, "1.7%", "Hang Seng Index", "index_change", "unknown_entity", "no index data ships", date="2023-12-22"),
    U(
        A92,
        "2.3%",
        "China Enterprises Index",
        "index_change",
        "unknown_entity",
        "no index data ships",
        date="2023-12-22",
    ),
    U(A92, "four-day", "Hong Kong market", "holiday_length", "duration", "a duration"),
    # --- n93 Reuters via The Express Tribune, Alibaba on Friday 2023-11-17 (page of 2023-11-18)
    U(
        A93,
        "$20 billion",
        "Alibaba",
        "market_value_change",
        "no_source",
        CAP + " (the headline)",
        ctx="plunges $20 billion",
        date="2023-11-17",
    ),
    U(
        A93,
        "$20 billion",
        "Alibaba",
        "market_value_change",
        "no_source",
        CAP,
        ctx="some $20 billion",
        date="2023-11-17",
        hedge="approximate",
    ),
    C(
        A93,
        "10%",
        "Alibaba",
        CC,
        "10",
        px("change_cc", "9988.HK", "2023-11-17"),
        why="'Alibaba Group's Hong Kong shares closed down 10%' on Friday 2023-11-17.",
        date="2023-11-17",
        sign=-1,
    ),
    C(
        A93,
        "9%",
        "Alibaba",
        CC,
        "9",
        px("change_cc", "BABA", "2023-11-16"),
        why="'announced late on Thursday, after which the company's US-listed securities closed down 9%': the New "
        "York session of Thursday 2023-11-16.",
        date="2023-11-16",
        sign=-1,
    ),
    U(
        A93,
        "4%",
        "Alibaba",
        "share_price_change",
        "no_date",
        "the headline of a related story, with no date",
        ctx="slide 4%",
    ),
    U(A93, "$830 billion", "Alibaba", "market_value", "no_source", CAP, period="2020-10", hedge="approximate"),
    # --- n96 NewsBytes, Jensen Huang's Nvidia sales (page of 2025-07-12, the sale days not named)
    U(A96, "a million shares", "Nvidia", "insider_shares_sold", "no_source", NOFILING, hedge="nearly"),
    U(A96, "975,000 shares", "Nvidia", "insider_shares_sold", "no_source", NOFILING),
    C(
        A96,
        "$152 million",
        "Nvidia",
        "insider_sale_proceeds_usd",
        "152",
        {"kind": "article_product", "a": 975000, "b": 155.91, "unit": "USD"},
        why="'sold 975,000 shares, and the sales generated about $152 million ... at an average price of "
        "$155.91': shares x average price.",
        scale=1e6,
        hedge="approximate",
    ),
    U(
        A96,
        "$155.91",
        "Nvidia",
        "insider_sale_average_price",
        "no_date",
        "an average sale price over days the page does not name (the US series is also adjusted)",
    ),
    U(
        A96,
        "200,000",
        "Nvidia",
        "insider_sale_batch_size",
        "no_source",
        NOFILING,
        ctx="around 200,000 Huang's",
        hedge="approximate",
    ),
    U(
        A96,
        "200,000",
        "Nvidia",
        "insider_sale_batch_size",
        "no_source",
        NOFILING,
        ctx="around 200,000 over",
        hedge="approximate",
    ),
    U(
        A96,
        "200 million",
        "Nvidia",
        "trading_volume",
        "no_source",
        "daily volume: the shipped US files carry none",
        hedge="more_than",
    ),
    U(A96, "six million shares", "Nvidia", "insider_plan_size", "no_source", NOFILING),
    U(A96, "5 million shares", "Nvidia", "insider_plan_remaining", "no_source", NOFILING, hedge="more_than"),
    U(A96, "five million shares", "Nvidia", "insider_plan_remaining", "no_source", NOFILING, hedge="more_than"),
    # --- n97 DataBizTimes, BYD's placement on Tuesday 2025-03-04
    U(A97, "$5.59 billion", "BYD", "placement_proceeds_usd", "no_source", "a deal size as reported"),
    U(A97, "129.8 million", "BYD", "placement_shares", "no_source", "a deal's share count as reported"),
    U(A97, "118 million", "BYD", "placement_shares_planned", "no_source", "a deal's share count as reported"),
    C(
        A97,
        "8%",
        "BYD",
        "share_price_change_open",
        "8",
        px("open_gap", "1211.HK", "2025-03-04"),
        why="'BYD's Hong Kong shares opened down by 8% on Tuesday': the open against the previous close.",
        ctx="opened down by 8%",
        date="2025-03-04",
        sign=-1,
    ),
    U(A97, "4 million vehicles", "BYD", "vehicle_sales", "no_source", REPORTED, period="2024", hedge="more_than"),
    U(A97, "90%", "BYD", "domestic_sales_share", "no_source", REPORTED, period="2024", hedge="more_than"),
    U(A97, "HK$335.20", "BYD", "placement_price", "no_source", "a placement price, not a traded price"),
    C(
        A97,
        "$43",
        "BYD",
        "placement_price_usd",
        "43",
        fx(335.20, "HKD", "USD", "2025-03-04"),
        why="'HK$335.20 (about $43)': a conversion in brackets, at the day's rate.",
        hedge="approximate",
    ),
    U(
        A97,
        "$6.9 billion",
        "Meituan",
        "placement_proceeds_usd",
        "no_source",
        "a 2021 deal size as reported",
        period="2021",
    ),
    U(A97, "5 to 6 million", "BYD", "production_target", "forecast", ESTIMATE, period="2025"),
    U(A97, "21", "BYD", "new_models", "no_source", "a count of models", ctx="21 new electric"),
]
