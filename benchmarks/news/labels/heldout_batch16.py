"""Held-out gold labels of batch 16 (n180-n188), written and committed before any checker run on them."""

from __future__ import annotations

from benchmarks.news.labels import CA, C, U, fx, px, unknown

A181 = "n181_businessstandard_hk_close_2024_04_22"
A183 = "n183_thestar_aia_2025_03_14"
A185 = "n185_investing_baidu_2025_08_21"
A187 = "n187_thekhabrilal_meta_2025_08_22"
CC = "share_price_change_close_to_close"
CL = "share_price_close"

REPORTED = "a reported company figure; the shipped data has no figures for this company"
ESTIMATE = "an analysts' estimate or a company forecast"
CAP = "a market value: the shipped data has prices but no share counts"
BUYBACK = "a buy-back programme's size: not in the shipped data"
MARKET_DATA = "a trading statistic (P/E ratio): not in the shipped data"
AIA_MORNING = (
    "a move or price at a moment of AIA's session of Friday 2025-03-14 ('at 9.45am local time'): every moment lies "
    "between the day's low and high, unverifiable when it lies inside"
)
META_LEVEL = "Meta ships adjusted prices only, so the traded level cannot be told from the file"


def aia(text: str, metric: str, reason: str, why: str, **kw: object) -> dict:
    return U(A183, text, "AIA", metric, reason, why, **kw)


def bidu(text: str, metric: str, reason: str, why: str, **kw: object) -> dict:
    return U(A185, text, "Baidu", metric, reason, why, **kw)


def meta(text: str, metric: str, reason: str, why: str, **kw: object) -> dict:
    return U(A187, text, "Meta", metric, reason, why, **kw)


LABELS = [
    # --- n181 Business Standard (Capital Market; URL id 124042200608), the Hong Kong close of Monday 2024-04-22
    unknown(A181, "2.5%", "HKEX", CC, "0388.HK", ctx="Clearing rose 2.5% at HK$220", date="2024-04-22"),
    unknown(A181, "HK$220", "HKEX", CL, "0388.HK", date="2024-04-22"),
    C(
        A181,
        "5.3%",
        "Tencent",
        CC,
        "5.3",
        px("change_cc", "0700.HK", "2024-04-22"),
        why="'Tencent jumped 5.3% to HK$320' at the close ('At closing bell').",
        ctx="Tencent jumped 5.3% to HK$320",
        date="2024-04-22",
        sign=1,
    ),
    C(
        A181,
        "HK$320",
        "Tencent",
        CL,
        "320",
        px("close", "0700.HK", "2024-04-22"),
        why="the close.",
        ctx="5.3% to HK$320,",
        date="2024-04-22",
    ),
    C(
        A181,
        "5.6%",
        "Meituan",
        CC,
        "5.6",
        px("change_cc", "3690.HK", "2024-04-22"),
        why="'Meituan advanced 5.6% to HK$100.60' at the close.",
        ctx="advanced 5.6% to HK$100.60",
        date="2024-04-22",
        sign=1,
    ),
    C(
        A181,
        "HK$100.60",
        "Meituan",
        CL,
        "100.60",
        px("close", "3690.HK", "2024-04-22"),
        why="the close.",
        date="2024-04-22",
    ),
    C(
        A181,
        "2.5%",
        "Alibaba",
        CC,
        "2.5",
        px("change_cc", "9988.HK", "2024-04-22"),
        why="'Alibaba was up 2.5% at HK$68.35' at the close.",
        ctx="Alibaba was up 2.5% at HK$68.35",
        date="2024-04-22",
        sign=1,
    ),
    C(
        A181,
        "HK$68.35",
        "Alibaba",
        CL,
        "68.35",
        px("close", "9988.HK", "2024-04-22"),
        why="the close (9988.HK's traded levels are trusted only from 2025-06-11).",
        date="2024-04-22",
    ),
    unknown(A181, "8.3%", "Li Auto", CC, "2015.HK", ctx="closed 8.3% lower", date="2024-04-22"),
    unknown(A181, "HK$97.45", "Li Auto", CL, "2015.HK", date="2024-04-22"),
    unknown(A181, "2.5%", "CNOOC", CC, "0883.HK", ctx="CNOOC fell 2.5% to HK$18.16", date="2024-04-22"),
    unknown(A181, "HK$18.16", "CNOOC", CL, "0883.HK", date="2024-04-22"),
    unknown(A181, "2.7%", "PetroChina", CC, "0857.HK", ctx="slumped 2.7% to HK$7.29", date="2024-04-22"),
    unknown(A181, "HK$7.29", "PetroChina", CL, "0857.HK", date="2024-04-22"),
    # --- n183 The Star (an SCMP story; URL 2025/03/14), AIA's 2024 results on the morning of Friday 2025-03-14
    aia("82 per cent", "net_profit_growth", "no_source", REPORTED, ctx="Net profit surged 82 per cent"),
    aia("US$6.84 billion", "net_profit", "no_source", REPORTED),
    aia("62 US cents", "earnings_per_share", "no_source", REPORTED),
    aia("US$6.345 billion", "net_profit_estimate", "forecast", ESTIMATE + " (market consensus)"),
    aia("US$1.6 billion", "buyback_size", "no_source", BUYBACK),
    aia("US$12 billion", "buyback_size", "no_source", BUYBACK + " (repurchases completed in February)"),
    CA(
        A183,
        "2.4 per cent",
        "AIA",
        "share_price_change_intraday",
        "2.4",
        [px("intraday_low", "1299.HK", "2025-03-14"), px("intraday_high", "1299.HK", "2025-03-14")],
        why="'Its shares dropped 2.4 per cent to HK$61.30 at 9.45am local time': a moment of the session of "
        "2025-03-14; " + AIA_MORNING + " (both readings are falls, as the claim: the sign agrees).",
        ctx="dropped 2.4 per cent to HK$61.30",
        date="2025-03-14",
        reason="no_source",
        sign=-1,
    ),
    CA(
        A183,
        "HK$61.30",
        "AIA",
        "share_price_intraday",
        "61.30",
        [px("low", "1299.HK", "2025-03-14"), px("high", "1299.HK", "2025-03-14")],
        why="the price at 9.45am: " + AIA_MORNING + ".",
        date="2025-03-14",
        reason="no_source",
    ),
    aia("18 per cent", "vonb_growth", "no_source", REPORTED, ctx="rose 18 per cent"),
    aia("US$4.71 billion", "vonb", "no_source", REPORTED),
    aia("63 per cent", "vonb_share", "no_source", REPORTED + " (Hong Kong and mainland China's share)"),
    aia("23 per cent", "vonb_growth_hong_kong", "no_source", REPORTED),
    aia("US$1.8 billion", "vonb_hong_kong", "no_source", REPORTED),
    aia("20 per cent", "vonb_growth_china", "no_source", REPORTED),
    aia("US$1.2 billion", "vonb_china", "no_source", REPORTED),
    # --- n185 Investing.com ('Published 21/08/2025, 05:12'), Baidu's Hong Kong session of Thursday 2025-08-21
    unknown(
        A185,
        "3%",
        "Baidu",
        "share_price_change_intraday",
        "9888.HK; only the Nasdaq ADS ships",
        ctx="fell as much as 3% to HK$84.60",
        date="2025-08-21",
    ),
    unknown(A185, "HK$84.60", "Baidu", "share_price_intraday", "9888.HK; only the Nasdaq ADS ships", date="2025-08-21"),
    bidu("32.71 billion yuan", "revenue", "no_source", REPORTED + " (second-quarter revenue)"),
    C(
        A185,
        "$4.56 billion",
        "Baidu",
        "revenue_usd_conversion",
        "4.56",
        fx(32.71e9, "CNY", "USD", "2025-08-20"),
        why="'32.71 billion yuan ($4.56 billion)': the article's conversion of the reported revenue, at the rate of the "
        "report's day (Wednesday 2025-08-20).",
        date="2025-08-20",
        scale=1e9,
        slack=0.02,
    ),
    bidu("32.92 billion yuan", "revenue_estimate", "forecast", ESTIMATE + " (street estimates)"),
    bidu("33.93 billion yuan", "revenue", "no_source", REPORTED + " (a year ago)"),
    bidu("13.58 yuan", "earnings_per_share", "no_source", REPORTED),
    bidu("13.33 yuan", "earnings_per_share_estimate", "forecast", ESTIMATE),
    bidu("15%", "ad_revenue_growth", "no_source", REPORTED),
    bidu("27%", "cloud_revenue_growth", "no_source", REPORTED),
    bidu("two years", "duration", "no_source", "a span of time ('over the past two years'), not a checkable figure"),
    # --- n187 The Khabrilal (date line 'August 25, 2025'), Meta's session of Friday 2025-08-22
    C(
        A187,
        "2%",
        "Meta",
        CC,
        "2",
        px("change_cc", "META", "2025-08-22"),
        why="headline 'Surges Over 2%': the session of Friday, August 22 (the text's own date), close to close.",
        ctx="Surges Over 2%",
        date="2025-08-22",
        hedge="more_than",
        sign=1,
    ),
    meta(
        "$15",
        "share_price_change_usd",
        "adjusted_prices",
        "'a significant gain of more than $15': a dollar change depends on the level; " + META_LEVEL,
        date="2025-08-22",
        hedge="more_than",
    ),
    meta(
        "15.69",
        "share_price_change_usd",
        "adjusted_prices",
        "the day's dollar change (the stored text has lost the close before it); " + META_LEVEL,
        ctx="15.69, or 2.12%",
        date="2025-08-22",
    ),
    C(
        A187,
        "2.12%",
        "Meta",
        CC,
        "2.12",
        px("change_cc", "META", "2025-08-22"),
        why="'The stock closed the session at ... 15.69, or 2.12%': the close-to-close move of 2025-08-22.",
        date="2025-08-22",
        sign=1,
    ),
    C(
        A187,
        "$739.23",
        "Meta",
        "share_price_open",
        "739.23",
        px("open", "META", "2025-08-22"),
        why="the open of 2025-08-22.",
        date="2025-08-22",
    ),
    C(
        A187,
        "734.39",
        "Meta",
        CL,
        "734.39",
        px("close", "META", "2025-08-21"),
        why="'the previous close of ... 734.39': the close of Thursday 2025-08-21.",
        date="2025-08-21",
    ),
    C(
        A187,
        "$756.90",
        "Meta",
        "share_price_high",
        "756.90",
        px("high", "META", "2025-08-22"),
        why="the day's intraday high.",
        date="2025-08-22",
    ),
    meta("27.37", "pe_ratio", "no_source", MARKET_DATA),
    meta("two trillion dollars", "market_value", "no_source", CAP, hedge="nearly"),
]
