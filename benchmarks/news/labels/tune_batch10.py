"""Tune gold labels of batch 10 (n108-n117), written and committed before any checker run on them."""

from __future__ import annotations

from benchmarks.news.labels import CA, C, U, fx, px, unknown

A109 = "n109_yicai_baidu_2022_08_31"
A111 = "n111_rthk_hk_2024_09_30"
A113 = "n113_scmp_hk_noon_2024_01_25"
A115 = "n115_forbesafrica_alphabet_2025_02_05"
A116 = "n116_foolca_meta_2024_04_25"
CC = "share_price_change_close_to_close"

REPORTED = "a reported company figure; the shipped data has no figures for this company"
ESTIMATE = "an analysts' estimate or a company forecast"
CAP = "a market value: the shipped data has prices but no share counts"
AFTER_HOURS = "a move in after-hours trading: daily bars give neither that moment nor the extended session"
NOON = (
    "a move or price at the local noon trading break: neither the close nor an extreme of the day; checked on the "
    "day's low and high (every moment lies between them), unverifiable when it lies inside"
)
HK9888 = "9888.HK; only the Nasdaq ADS ships"


def conversion(text: str, amount: float, usd: str, metric: str, why: str, **kw: object) -> dict[str, object]:
    """A bracketed CNY -> USD translation of a results figure: the quarter's end or the release day's rate."""
    return CA(
        A109,
        text,
        "Baidu",
        metric,
        usd,
        [fx(amount, "CNY", "USD", "2022-06-30"), fx(amount, "CNY", "USD", "2022-08-30")],
        why=why + " A bracketed conversion: the quarter's end and the release day's rates are both read.",
        scale=1e9 if "billion" in text else 1e6,
        slack=0.02,
        period="2022-Q2",
        reason="no_date",
        **kw,
    )


def noon(text: str, company: str, ticker: str, claimed: str, kind: str, **kw: object) -> dict[str, object]:
    lo, hi = ("intraday_low", "intraday_high") if kind == "move" else ("low", "high")
    return CA(
        A113,
        text,
        company,
        "share_price_change_intraday" if kind == "move" else "share_price_intraday",
        claimed,
        [px(lo, ticker, "2024-01-25"), px(hi, ticker, "2024-01-25")],
        why=NOON + ".",
        date="2024-01-25",
        reason="no_source",
        **kw,
    )


LABELS = [
    # --- n109 Yicai Global, Baidu on Wednesday 2022-08-31 (Hong Kong close) and Tuesday 2022-08-30 (Nasdaq)
    unknown(A109, "3.3 percent", "Baidu", CC, HK9888, date="2022-08-31"),
    unknown(A109, "HKD141.50", "Baidu", "share_price_close", HK9888, date="2022-08-31"),
    C(
        A109,
        "USD18.03",
        "Baidu",
        "share_price_usd_conversion",
        "18.03",
        fx(141.50, "HKD", "USD", "2022-08-31"),
        why="'closed 3.3 percent lower at HKD141.50 (USD18.03) today': the article's conversion at the day's rate.",
        date="2022-08-31",
        slack=0.02,
    ),
    unknown(A109, "7.3 percent", "Baidu", "share_price_change_intraday", HK9888, date="2022-08-31", hedge="at_most"),
    U(
        A109,
        "2.6 percent",
        "Baidu",
        "share_price_change_premarket",
        "no_source",
        "a pre-market quote ('as of 7.04 a.m. local time'): daily bars do not give it",
        date="2022-08-31",
    ),
    U(
        A109,
        "USD141.31",
        "Baidu",
        "share_price_premarket",
        "no_source",
        "a pre-market price: daily bars do not give it (and BIDU ships adjusted prices only)",
        date="2022-08-31",
    ),
    C(
        A109,
        "6.5 percent",
        "Baidu",
        CC,
        "6.5",
        px("change_cc", "BIDU", "2022-08-30"),
        why="'Its US-traded stock [NASDAQ: BIDU] ... after retreating 6.5 percent yesterday': the Nasdaq session of "
        "Tuesday 2022-08-30 (the page is of 2022-08-31), close to close.",
        date="2022-08-30",
        sign=-1,
    ),
    U(
        A109,
        "5 percent",
        "Baidu",
        "revenue_growth_yoy",
        "no_source",
        REPORTED,
        ctx="Revenue fell 5 percent",
        period="2022-Q2",
    ),
    U(A109, "CNY29.6 billion", "Baidu", "revenue_cny", "no_source", REPORTED, period="2022-Q2"),
    conversion("USD4.4 billion", 29.6e9, "4.4", "revenue_usd", "'CNY29.6 billion (USD4.4 billion)'."),
    U(A109, "10 percent", "Baidu", "online_marketing_revenue_growth_yoy", "no_source", REPORTED, period="2022-Q2"),
    U(A109, "CNY17.1 billion", "Baidu", "online_marketing_revenue_cny", "no_source", REPORTED, period="2022-Q2"),
    U(
        A109,
        "13 percent",
        "Baidu",
        "iqiyi_revenue_growth_yoy",
        "no_source",
        REPORTED + " (iQiyi, Baidu's video platform)",
        period="2022-Q2",
    ),
    U(A109, "CNY6.7 billion", "Baidu", "iqiyi_revenue_cny", "no_source", REPORTED + " (iQiyi)", period="2022-Q2"),
    U(
        A109,
        "3 percent",
        "Baidu",
        "net_income_growth_yoy",
        "no_source",
        REPORTED,
        ctx="Net income rose 3 percent",
        period="2022-Q2",
    ),
    U(A109, "CNY5.5 billion", "Baidu", "net_income_cny", "no_source", REPORTED, period="2022-Q2"),
    conversion("USD827 million", 5.5e9, "827", "net_income_usd", "'CNY5.5 billion (USD827 million)'."),
    U(A109, "43 percent", "Baidu", "net_income_growth_qoq", "no_source", REPORTED, period="2022-Q2"),
    # --- n111 RTHK, Hong Kong close of Monday 2024-09-30 (page stamped 17:04 HKT)
    unknown(A111, "more than 80 percent", "Kaisa", CC, "1638.HK", date="2024-09-30", hedge="more_than"),
    unknown(A111, "55 percent", "Sunac", CC, "1918.HK", date="2024-09-30"),
    unknown(A111, "almost 20 percent", "Agile Group", CC, "3383.HK", date="2024-09-30", hedge="nearly"),
    C(
        A111,
        "10 percent",
        "JD.com",
        CC,
        "10",
        px("change_cc", "9618.HK", "2024-09-30"),
        ctx="JD.com climbing 10 percent",
        why="'e-commerce giant JD.com climbing 10 percent' in a Hong Kong close report stamped 17:04 HKT: the Hong "
        "Kong line, close to close.",
        date="2024-09-30",
        sign=1,
    ),
    C(
        A111,
        "7 percent",
        "Alibaba",
        CC,
        "7",
        px("change_cc", "9988.HK", "2024-09-30"),
        why="'and rival Alibaba up 7 percent': the Hong Kong line, close to close.",
        date="2024-09-30",
        sign=1,
    ),
    # --- n113 SCMP, Hong Kong at the noon break of Thursday 2024-01-25
    noon("2.8 per cent", "Tencent", "0700.HK", "2.8", "move", sign=1),
    noon("HK$289.60", "Tencent", "0700.HK", "289.60", "level"),
    noon("3.3 per cent", "JD.com", "9618.HK", "3.3", "move", sign=1),
    U(
        A113,
        "HK$93.40",
        "JD.com",
        "share_price_intraday",
        "adjusted_prices",
        "a price at the noon break; 9618.HK traded levels are trusted only from 2025-04-07",
        date="2024-01-25",
    ),
    unknown(A113, "1.9 per cent", "Baidu", "share_price_change_intraday", HK9888, date="2024-01-25"),
    unknown(A113, "HK$107.10", "Baidu", "share_price_intraday", HK9888, date="2024-01-25"),
    noon("2.6 per cent", "AIA", "1299.HK", "2.6", "move", sign=1),
    noon("HK$64.55", "AIA", "1299.HK", "64.55", "level"),
    noon("0.7 per cent", "HSBC", "0005.HK", "0.7", "move", sign=1, ctx="HSBC rose 0.7 per cent"),
    noon("HK$60.35", "HSBC", "0005.HK", "60.35", "level"),
    unknown(A113, "3.9 per cent", "Longfor", "share_price_change_intraday", "0960.HK", date="2024-01-25"),
    unknown(A113, "HK$9.24", "Longfor", "share_price_intraday", "0960.HK", date="2024-01-25"),
    unknown(A113, "4.1 per cent", "China Resources Land", "share_price_change_intraday", "1109.HK", date="2024-01-25"),
    unknown(A113, "HK$23.95", "China Resources Land", "share_price_intraday", "1109.HK", date="2024-01-25"),
    # --- n115 Forbes Africa (Forbes), Alphabet on Tuesday 2025-02-04 (regular close and after hours)
    U(
        A115,
        "7%",
        "Alphabet",
        "share_price_change_after_hours",
        "no_source",
        AFTER_HOURS + " ('by 4:35 p.m. EST')",
        date="2025-02-04",
    ),
    U(A115, "$193", "Alphabet", "share_price_after_hours", "no_source", AFTER_HOURS, date="2025-02-04"),
    U(
        A115,
        "$180 billion",
        "Alphabet",
        "market_value_change",
        "no_source",
        CAP,
        date="2025-02-04",
        hedge="approximate",
    ),
    U(A115, "$2.15", "Alphabet", "eps_usd", "no_source", REPORTED, period="2024-Q4"),
    U(A115, "$2.12", "Alphabet", "eps_estimate_usd", "forecast", ESTIMATE, period="2024-Q4"),
    U(A115, "$96.5 billion", "Alphabet", "revenue_usd", "no_source", REPORTED, period="2024-Q4"),
    U(A115, "$96.7 billion", "Alphabet", "revenue_estimate_usd", "forecast", ESTIMATE, period="2024-Q4"),
    U(A115, "$11.96 billion", "Alphabet", "cloud_revenue_usd", "no_source", REPORTED, period="2024-Q4"),
    U(A115, "$12.19 billion", "Alphabet", "cloud_revenue_estimate_usd", "forecast", ESTIMATE, period="2024-Q4"),
    U(A115, "$75 billion", "Alphabet", "capex_guidance_usd", "forecast", ESTIMATE, period="2025"),
    U(A115, "$58.8 billion", "Alphabet", "capex_estimate_usd", "forecast", ESTIMATE, period="2025"),
    C(
        A115,
        "2.5%",
        "Alphabet",
        CC,
        "2.5",
        px("change_cc", "GOOGL", "2025-02-04"),
        why="'Alphabet shares had closed normal trading up 2.5% at a record share price of $207.71': the regular "
        "session of Tuesday 2025-02-04, close to close.",
        date="2025-02-04",
        sign=1,
    ),
    C(
        A115,
        "$207.71",
        "Alphabet",
        "share_price_record_close",
        "207.71",
        px("close", "GOOGL", "2025-02-04"),
        why="the close of 2025-02-04 (a level: GOOGL ships adjusted prices only).",
        date="2025-02-04",
    ),
    U(A115, "$72.46 billion", "Alphabet", "advertising_revenue_usd", "no_source", REPORTED, period="2024-Q4"),
    U(A115, "$71.66 billion", "Alphabet", "advertising_revenue_estimate_usd", "forecast", ESTIMATE, period="2024-Q4"),
    U(A115, "$65.85 billion", "Alphabet", "advertising_revenue_usd", "no_source", REPORTED, period="2024-Q3"),
    U(A115, "75%", "Alphabet", "advertising_share_of_sales", "no_source", REPORTED, period="2024-Q4"),
    U(A115, "$54 billion", "Alphabet", "google_advertising_revenue_usd", "no_source", REPORTED, period="2024-Q4"),
    U(A115, "$10 billion", "Alphabet", "youtube_advertising_revenue_usd", "no_source", REPORTED, period="2024-Q4"),
    # --- n116 The Motley Fool Canada, Meta on Thursday 2024-04-25
    C(
        A116,
        "19%",
        "Meta",
        "share_price_change_intraday_low",
        "19",
        px("intraday_low", "META", "2024-04-25"),
        why="headline 'Meta (NASDAQ:META) stock plunged as much as 19%' (the Thursday of the text): the day's low "
        "against the previous close bounds every moment of the day.",
        ctx="plunged as much as 19%, despite",
        date="2024-04-25",
        sign=-1,
    ),
    C(
        A116,
        "19%",
        "Meta",
        "share_price_change_intraday_low",
        "19",
        px("intraday_low", "META", "2024-04-25"),
        why="'shares of the stock plunged as much as 19% on market open on Thursday': the day's low against the "
        "previous close bounds every moment of the session, the open included.",
        ctx="as much as 19% on market open",
        date="2024-04-25",
        sign=-1,
    ),
    U(A116, "27%", "Meta", "revenue_growth_yoy", "no_source", REPORTED, period="2024-Q1"),
    U(A116, "US$36.46 billion", "Meta", "revenue_usd", "no_source", REPORTED, period="2024-Q1"),
    U(A116, "US$36.22 billion", "Meta", "revenue_estimate_usd", "forecast", ESTIMATE, period="2024-Q1"),
    U(A116, "6%", "Meta", "cost_growth_yoy", "no_source", REPORTED, period="2024-Q1"),
    U(A116, "US$17.66 billion", "Meta", "operating_income_usd", "no_source", REPORTED, period="2024-Q1"),
    U(A116, "57%", "Meta", "operating_income_growth_yoy", "no_source", REPORTED, period="2024-Q1"),
    U(A116, "US$35", "Meta", "capex_guidance_usd", "forecast", ESTIMATE, period="2024"),
    U(A116, "US$40 billion", "Meta", "capex_guidance_usd", "forecast", ESTIMATE, period="2024"),
]
