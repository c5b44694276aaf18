"""Held-out gold labels of batch 20 (n212-n221), written and committed before any checker run on them."""

from __future__ import annotations

from benchmarks.news.labels import CA, C, U, fx, px, unknown

A212 = "n212_bs_chinamobile_2021_01_11"
A213 = "n213_bs_hk_close_2021_12_09"
A214 = "n214_profitportfolio_baidu_2024_01_23"
A218 = "n218_bs_hsbc_2021_02_23"
A221 = "n221_observerreporter_jd_q2_2023"
CC = "share_price_change_close_to_close"
CL = "share_price_close"

JD_REPORTED = "a reported company figure; the shipped data has no figures for JD.com"
BIDU_LEVEL = "Baidu's ADRs ship adjusted prices only, so the traded level cannot be told from the file"


def close_move(art: str, text: str, company: str, ticker: str, day: str, sign: int, ctx: str, why: str) -> dict:
    return C(
        art,
        text,
        company,
        CC,
        text.replace(" per cent", "").rstrip("%"),
        px("change_cc", ticker, day),
        why=why,
        ctx=ctx,
        date=day,
        sign=sign,
    )


def jd(text: str, metric: str, ctx: str | None = None, period: str = "2023-Q2") -> dict:
    return U(A221, text, "JD.com", metric, "no_source", JD_REPORTED, ctx=ctx, period=period)


def jd_usd(text: str, metric: str, amount: float, ctx: str, period: str = "2023-Q2", scale: float = 1e9) -> dict:
    """A bracketed RMB -> US$ conversion in the release: at the rate of the period's end (2023-06-30, the rate such a
    release converts at) and of the release's day (2023-08-16); checkable when both agree (±2% for a conversion)."""
    claimed = text.replace("US$", "").replace(" billion", "")
    return CA(
        A221,
        text,
        "JD.com",
        metric,
        claimed,
        [fx(amount, "CNY", "USD", "2023-06-30"), fx(amount, "CNY", "USD", "2023-08-16")],
        why=f"the release's bracketed conversion of a yuan figure of {period} ('{ctx}'): a rate of the period (its "
        "end, 2023-06-30) or of the release's day (2023-08-16).",
        ctx=ctx,
        period=period,
        scale=scale,
        slack=0.02,
    )


LABELS = [
    # --- n212 Business Standard (Capital Market; the text's 'Monday, 11 January 2021'), the Hong Kong close of 2021-01-11
    close_move(
        A212,
        "5.8%",
        "China Mobile",
        "0941.HK",
        "2021-01-11",
        1,
        "China Mobile jumped 5.8% to HK$43.90",
        "'China Mobile jumped 5.8% to HK$43.90' at the close ('At closing bell') of Monday 2021-01-11; no dividend in "
        "the day, so the file's close-to-close is the traded price change.",
    ),
    C(
        A212,
        "HK$43.90",
        "China Mobile",
        CL,
        "43.90",
        px("close", "0941.HK", "2021-01-11"),
        why="the close of 2021-01-11.",
        date="2021-01-11",
    ),
    unknown(A212, "5.7%", "China Unicom", CC, "0762.HK", ctx="China Unicom climbed 5.7%", date="2021-01-11"),
    unknown(A212, "HK$4.66", "China Unicom", CL, "0762.HK", date="2021-01-11"),
    unknown(A212, "1.5%", "China Telecom", CC, "0728.HK", ctx="China Telecom rose 1.5%", date="2021-01-11"),
    unknown(A212, "HK$1.99", "China Telecom", CL, "0728.HK", date="2021-01-11"),
    unknown(A212, "5.2%", "Sunny Optical", CC, "2382.HK", date="2021-01-11"),
    unknown(A212, "HK$199", "Sunny Optical", CL, "2382.HK", date="2021-01-11"),
    unknown(A212, "5.4%", "China Overseas Land & Investment", CC, "0688.HK", date="2021-01-11"),
    unknown(A212, "4.2%", "China Resources Land", CC, "1109.HK", date="2021-01-11"),
    unknown(A212, "3.2%", "China Evergrande", CC, "3333.HK", date="2021-01-11"),
    # --- n213 Business Standard (Capital Market; date line and the text's 'Thursday, 09 December 2021'), the close
    close_move(
        A213,
        "2.3%",
        "Alibaba",
        "9988.HK",
        "2021-12-09",
        1,
        "Alibaba rose 2.3%",
        "'Shares of Alibaba rose 2.3%' at the close of Thursday 2021-12-09 (9988.HK's levels are trusted only from "
        "2025-06-11, but a change that agrees is asserted).",
    ),
    unknown(A213, "1.5%", "Baidu", CC, "9888.HK", ctx="Baidu advanced 1.5%", date="2021-12-09"),
    close_move(
        A213,
        "0.7%",
        "Meituan",
        "3690.HK",
        "2021-12-09",
        1,
        "Meituan added 0.7%",
        "'Meituan added 0.7%' at the close of Thursday 2021-12-09.",
    ),
    close_move(
        A213,
        "1.2%",
        "Tencent",
        "0700.HK",
        "2021-12-09",
        1,
        "Tencent was up 1.2%",
        "'Tencent was up 1.2%' at the close of Thursday 2021-12-09 (0700.HK's levels are trusted only from 2023-05-19, "
        "but a change that agrees is asserted).",
    ),
    unknown(A213, "6.4%", "Alibaba Health Information Technology", CC, "0241.HK", date="2021-12-09"),
    unknown(
        A213,
        "2.9%",
        "Country Garden Holdings",
        CC,
        "2007.HK and 0960.HK",
        date="2021-12-09",
        hedge="at_least",
    ),
    # --- n214 profitportfolio ('Published January 23, 2024'), Baidu's ADR session of Tuesday 2024-01-23
    C(
        A214,
        "7.2%",
        "Baidu",
        CC,
        "7.2",
        px("change_cc", "BIDU", "2024-01-23"),
        why="'rising 7.2% to $106.93 on Tuesday' names no moment, so it is the close-to-close move of Tuesday "
        "2024-01-23 (BIDU pays no dividend and did not split, so the adjusted ratio is the price change); the page's "
        "$106.93 is a price inside the day's range (+7.23% on the previous close), so the page was probably written "
        "during the session, which it does not say.",
        date="2024-01-23",
        sign=1,
    ),
    C(
        A214,
        "$106.93",
        "Baidu",
        CL,
        "106.93",
        px("close", "BIDU", "2024-01-23"),
        why="a price level of the session: " + BIDU_LEVEL + ".",
        date="2024-01-23",
    ),
    U(
        A214,
        "2 trillion yuan",
        "Chinese government",
        "market_stabilization_fund_cny",
        "no_source",
        "the size of a reported (considered) state rescue package: not in the shipped data",
        date="2024-01-23",
    ),
    CA(
        A214,
        "$278 billion",
        "Chinese government",
        "market_stabilization_fund_usd",
        "278",
        [fx(2e12, "CNY", "USD", "2024-01-23"), fx(2e12, "CNY", "USD", "2024-01-22")],
        why="the article's bracketed conversion of '2 trillion yuan' ('equivalent to about $278 billion'): at the rate "
        "of the page's day (2024-01-23) or of the report's day before it (2024-01-22).",
        ctx="about $278 billion",
        date="2024-01-23",
        hedge="approximate",
        scale=1e9,
        slack=0.02,
    ),
    U(
        A214,
        "$160.88",
        "Baidu",
        "share_price_52_week_high",
        "adjusted_prices",
        "a 52-week high: " + BIDU_LEVEL,
        date="2024-01-23",
    ),
    U(
        A214,
        "$97.51",
        "Baidu",
        "share_price_52_week_low",
        "adjusted_prices",
        "a 52-week low: " + BIDU_LEVEL,
        date="2024-01-23",
    ),
    # --- n218 Business Standard (Capital Market; date line and the text's 'Tuesday, 23 February 2021'), HSBC's results day
    C(
        A218,
        "6.5 per cent",
        "HSBC",
        "share_price_change_intraday_high",
        "6.5",
        px("intraday_high", "0005.HK", "2021-02-23"),
        why="'HSBC rose as much as 6.5 per cent' on Tuesday 2021-02-23: the day's high against the previous close (no "
        "dividend in the day).",
        date="2021-02-23",
        sign=1,
    ),
    U(
        A218,
        "US$0.15",
        "HSBC",
        "dividend_per_share_proposed_usd",
        "no_source",
        "a proposed dividend in US dollars: the shipped file lists dividends in HK$ on their ex-dates only",
        period="2020",
    ),
    unknown(A218, "3.4 per cent", "CNOOC", CC, "0883.HK and 0017.HK", date="2021-02-23", hedge="at_least"),
    unknown(A218, "HK$78.20", "Galaxy Entertainment Group", "share_price_record_high", "0027.HK", date="2021-02-23"),
    unknown(A218, "7.5 per cent", "Sands China", CC, "1928.HK", date="2021-02-23"),
    # --- n221 JD.com's second-quarter 2023 release (GlobeNewswire, 'BEIJING, Aug. 16, 2023', via observer-reporter)
    jd("RMB287.9 billion", "net_revenue_cny"),
    jd_usd("US$139.7 billion", "net_revenue_usd", 287.9e9, "RMB287.9 billion (US$139.7 billion)"),
    jd("7.6%", "net_revenue_growth_yoy"),
    jd("RMB54.1 billion", "net_service_revenue_cny"),
    jd_usd("US$7.5 billion", "net_service_revenue_usd", 54.1e9, "RMB54.1 billion (US$7.5 billion)"),
    jd("30.1%", "net_service_revenue_growth_yoy"),
    jd("RMB8.3 billion", "income_from_operations_cny"),
    jd_usd("US$1.1 billion", "income_from_operations_usd", 8.3e9, "RMB8.3 billion (US$1.1 billion)"),
    jd("RMB3.8 billion", "income_from_operations_cny", period="2022-Q2"),
    jd("RMB8.7 billion", "non_gaap_income_from_operations_cny"),
    jd_usd(
        "US$1.2 billion",
        "non_gaap_income_from_operations_usd",
        8.7e9,
        "RMB8.7 billion (US$1.2 billion)",
    ),
    jd("RMB5.8 billion", "non_gaap_income_from_operations_cny", period="2022-Q2"),
    jd("3.2%", "jd_retail_operating_margin"),
    jd("3.4%", "jd_retail_operating_margin", period="2022-Q2"),
    jd("RMB6.6 billion", "net_income_attributable_cny"),
    jd_usd("US$0.9 billion", "net_income_attributable_usd", 6.6e9, "RMB6.6 billion (US$0.9 billion)"),
    jd("RMB4.4 billion", "net_income_attributable_cny", period="2022-Q2"),
    jd("RMB8.6 billion", "non_gaap_net_income_attributable_cny"),
    jd_usd(
        "US$1.2 billion",
        "non_gaap_net_income_attributable_usd",
        8.6e9,
        "RMB8.6 billion (US$1.2 billion)",
    ),
    jd("RMB6.5 billion", "non_gaap_net_income_attributable_cny", period="2022-Q2"),
    jd("RMB4.15", "diluted_eps_per_ads_cny"),
    jd_usd("US$0.57", "diluted_eps_per_ads_usd", 4.15, "RMB4.15 (US$0.57)", scale=1.0),
    jd("RMB2.74", "diluted_eps_per_ads_cny", period="2022-Q2"),
    jd("RMB5.39", "non_gaap_diluted_eps_per_ads_cny"),
    jd_usd("US$0.74", "non_gaap_diluted_eps_per_ads_usd", 5.39, "RMB5.39 (US$0.74)", scale=1.0),
    jd("RMB4.06", "non_gaap_diluted_eps_per_ads_cny", period="2022-Q2"),
    jd("RMB52.5 billion", "operating_cash_flow_ttm_cny", period="2022-07-01..2023-06-30"),
    jd_usd(
        "US$7.2 billion",
        "operating_cash_flow_ttm_usd",
        52.5e9,
        "RMB52.5 billion (US$7.2 billion)",
        period="2022-07-01..2023-06-30",
    ),
    jd("RMB51.1 billion", "operating_cash_flow_ttm_cny", period="2021-07-01..2022-06-30"),
]
