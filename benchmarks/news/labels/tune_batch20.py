"""Tune gold labels of batch 20 (n212-n221), written and committed before any checker run on them."""

from __future__ import annotations

from benchmarks.news.labels import CA, C, U, fx, px, unknown

A215 = "n215_americanbankingnews_baidu_2021_03_09"
A216 = "n216_foolau_meta_2022_05_09"
A217 = "n217_thestandard_hsbc_2021_10_27"
A219 = "n219_devdiscourse_hk_2021_09_06"
A220 = "n220_devdiscourse_hk_2021_12_29"
CC = "share_price_change_close_to_close"

BIDU_LEVEL = "Baidu's ADRs ship adjusted prices only, so the traded level cannot be told from the file"
TARGET = "an analyst's price target: a forecast"
BIDU_STAT = "a valuation or balance-sheet statistic of Baidu: not in the shipped data"
HSBC_REPORTED = "a reported company figure; the shipped data has no figures for HSBC"
META_MOMENT = (
    "a figure at a moment of Meta's session of Monday 2022-05-09 (the page was written during it: 'as of 1:30 p.m. "
    "ET', 'as of this writing')"
)


def target(text: str, ctx: str) -> dict:
    return U(A215, text, "Baidu", "price_target_usd", "forecast", TARGET, ctx=ctx)


def hk_move(art: str, text: str, company: str, ticker: str, day: str, sign: int, ctx: str, why: str) -> dict:
    return C(
        art,
        text,
        company,
        CC,
        text.rstrip("%"),
        px("change_cc", ticker, day),
        why=why,
        ctx=ctx,
        date=day,
        sign=sign,
    )


LABELS = [
    # --- n215 American Banking News (date line and URL 2021-03-09), Baidu's ADR session of Tuesday 2021-03-09
    C(
        A215,
        "13.6%",
        "Baidu",
        "share_price_change_intraday",
        "13.6",
        {"kind": "article_ratio", "a": 232.68, "b": 264.28},
        why="'shot up 13.6% during mid-day trading on Tuesday' with 'last traded at $264.28' and 'had previously closed "
        "at $232.68': the article's own numbers (the file's adjusted close of 2021-03-09 is also 264.28, so the "
        "close-to-close reading gives the same).",
        date="2021-03-09",
        sign=1,
    ),
    C(
        A215,
        "$265.65",
        "Baidu",
        "share_price_intraday_high",
        "265.65",
        px("high", "BIDU", "2021-03-09"),
        why="the day's high so far: " + BIDU_LEVEL + ".",
        date="2021-03-09",
    ),
    U(
        A215,
        "$264.28",
        "Baidu",
        "share_price_last",
        "adjusted_prices",
        "a price level: " + BIDU_LEVEL,
        date="2021-03-09",
    ),
    U(
        A215,
        "12,624,691",
        "Baidu",
        "trading_volume_shares",
        "no_source",
        "a session's volume: no reference kind reads volumes",
        date="2021-03-09",
    ),
    C(
        A215,
        "12%",
        "Baidu",
        "trading_volume_change_vs_average",
        "12",
        {"kind": "article_ratio", "a": 11260089, "b": 12624691},
        why="'an increase of 12% from the average session volume of 11,260,089 shares': the article's own numbers.",
        date="2021-03-09",
        sign=1,
    ),
    U(
        A215,
        "11,260,089",
        "Baidu",
        "average_volume_shares",
        "no_source",
        "an average volume: no reference kind reads volumes",
        date="2021-03-09",
    ),
    C(
        A215,
        "$232.68",
        "Baidu",
        "share_price_close",
        "232.68",
        px("close", "BIDU", "2021-03-08"),
        why="the previous close (Monday 2021-03-08): " + BIDU_LEVEL + ".",
        date="2021-03-08",
    ),
    target("$165.00", "from $165.00 to"),
    target("$305.00", "to $305.00"),
    target("$292.00", "from $292.00"),
    target("$324.00", "to $324.00"),
    target("$155.00", "from $155.00"),
    target("$290.00", "to $290.00"),
    target("$350.00", "from $350.00 to $400.00"),
    target("$400.00", "to $400.00"),
    target("$325.00", "from $325.00"),
    target("$350.00", "from $325.00 to $350.00"),
    target("$240.56", "target price of $240.56"),
    U(A215, "0.31", "Baidu", "debt_to_equity_ratio", "no_source", BIDU_STAT),
    U(A215, "2.65", "Baidu", "current_ratio", "no_source", BIDU_STAT, ctx="current ratio of 2.65"),
    U(A215, "2.65", "Baidu", "quick_ratio", "no_source", BIDU_STAT, ctx="quick ratio of 2.65"),
    U(
        A215,
        "$90.14 billion",
        "Baidu",
        "market_value_usd",
        "no_source",
        "a market value: the shipped data has prices but no share counts",
    ),
    U(A215, "26.59", "Baidu", "pe_ratio", "no_source", BIDU_STAT),
    U(A215, "1.16", "Baidu", "beta", "no_source", BIDU_STAT),
    U(
        A215,
        "$278.40",
        "Baidu",
        "moving_average_50_day",
        "adjusted_prices",
        "a moving average of price levels: " + BIDU_LEVEL,
    ),
    U(
        A215,
        "$182.45",
        "Baidu",
        "moving_average_200_day",
        "adjusted_prices",
        "a moving average of price levels: " + BIDU_LEVEL,
    ),
    U(A215, "$0.00", "Baidu", "buyback_size_usd", "no_source", "a buy-back programme's size: not in the shipped data"),
    # --- n216 The Motley Fool Australia (URL 2022/05/10), Meta's US session of Monday 2022-05-09, as of 1:30 p.m. ET
    U(
        A216,
        "3.7%",
        "Meta",
        "share_price_change_intraday_low",
        "no_source",
        "'declining as much as 3.7%' on a page written at 1:30 p.m. ET: the low so far, not the day's; the file's "
        "day's low is -4.02% against Friday's close, and when it came the file does not say, so the low before 1:30 "
        "p.m. cannot be read (the close-to-close -3.71% is another moment).",
        date="2022-05-09",
    ),
    CA(
        A216,
        "2.1%",
        "Meta",
        "share_price_change_intraday",
        "2.1",
        [px("intraday_low", "META", "2022-05-09"), px("intraday_high", "META", "2022-05-09")],
        why="'as of 1:30 p.m. ET, the stock was down 2.1%': " + META_MOMENT + "; the day's low and high bound it.",
        date="2022-05-09",
        sign=-1,
    ),
    CA(
        A216,
        "40%",
        "Meta",
        "share_price_change_ytd",
        "40",
        [px("ytd_low", "META", "2022-05-09"), px("ytd_high", "META", "2022-05-09")],
        why="'cratered more than 40% year to date as of this writing': " + META_MOMENT + "; year to date at the day's "
        "low and high bound it.",
        date="2022-05-09",
        hedge="more_than",
        sign=-1,
    ),
    U(
        A216,
        "7%",
        "Meta",
        "revenue_growth_yoy",
        "no_source",
        "a reported company figure; the shipped data has no figures for Meta",
        ctx="just 7% year",
        period="2022-Q1",
    ),
    # --- n217 The Standard (byline 27 Oct 2021), HSBC's buy-back filing of 2021-10-26
    U(
        A217,
        "US$2 billion",
        "HSBC",
        "buyback_size_usd",
        "no_source",
        "a buy-back programme's size: not in the shipped data",
        ctx="up to US$2 billion (HK$15.6",
    ),
    CA(
        A217,
        "HK$15.6 billion",
        "HSBC",
        "buyback_size_hkd",
        "15.6",
        [fx(2e9, "USD", "HKD", "2021-10-26"), fx(2e9, "USD", "HKD", "2021-10-27")],
        why="the article's bracketed conversion of 'US$2 billion': at the rate of the filing's day (2021-10-26, "
        "'yesterday') or of the page's day (2021-10-27).",
        ctx="(HK$15.6 billion)",
        date="2021-10-27",
        scale=1e9,
        slack=0.02,
    ),
    U(
        A217,
        "US$2 billion",
        "HSBC",
        "buyback_size_usd",
        "no_source",
        "a buy-back programme's size: not in the shipped data",
        ctx="shares up to US$2 billion with",
    ),
    C(
        A217,
        "74 percent",
        "HSBC",
        "pre_tax_profit_growth",
        "74",
        {"kind": "article_ratio", "a": 3.1, "b": 5.4},
        why="'a 74 percent rise in third-quarter profit', with the next sentence's 'pre-tax profit of US$5.4 billion "
        "for the quarter to September versus US$3.1 billion 12 months earlier': the article's own numbers.",
        period="2021-Q3",
        sign=1,
    ),
    U(A217, "US$5.4 billion", "HSBC", "pre_tax_profit_usd", "no_source", HSBC_REPORTED, period="2021-Q3"),
    U(A217, "US$3.1 billion", "HSBC", "pre_tax_profit_usd", "no_source", HSBC_REPORTED, period="2020-Q3"),
    U(A217, "US$3.3 billion", "HSBC", "asia_pre_tax_profit_usd", "no_source", HSBC_REPORTED, period="2021-Q3"),
    U(
        A217,
        "4 million",
        "HSBC",
        "credit_cards_issued",
        "no_source",
        "an operating figure of HSBC's Hong Kong bank: not in the shipped data",
        hedge="nearly",
    ),
    # --- n219 Devdiscourse (Reuters; stamp 06-09-2021, after the close), the Hong Kong close of Monday 2021-09-06
    hk_move(
        A219,
        "3.5%",
        "Tencent",
        "0700.HK",
        "2021-09-06",
        1,
        "Tencent Holdings surged 3.5%, after",
        "the standfirst's 'Index heavyweight Tencent Holdings surged 3.5%': the close-to-close move of Monday "
        "2021-09-06 (the page was created at 16:51 Hong Kong time, after the close; 0700.HK's levels are trusted only "
        "from 2023-05-19, but a change that agrees is asserted).",
    ),
    hk_move(
        A219,
        "3.5%",
        "Tencent",
        "0700.HK",
        "2021-09-06",
        1,
        "Tencent Holdings surged 3.5% after",
        "the body's 'Index heavyweight Tencent Holdings surged 3.5%': the close-to-close move of Monday 2021-09-06.",
    ),
    U(
        A219,
        "HK$ 102.3 million",
        "Tencent",
        "buyback_value_hkd",
        "no_source",
        "the value of a week's share buy-backs: not in the shipped data",
    ),
    hk_move(
        A219,
        "1.9%",
        "Alibaba",
        "9988.HK",
        "2021-09-06",
        1,
        "were up 1.9% and",
        "'Alibaba Group and ... Meituan were up 1.9% and 1.1%, respectively': Alibaba's close-to-close move of "
        "2021-09-06 (9988.HK's levels are trusted only from 2025-06-11, but a change that agrees is asserted).",
    ),
    hk_move(
        A219,
        "1.1%",
        "Meituan",
        "3690.HK",
        "2021-09-06",
        1,
        "1.9% and 1.1%, respectively",
        "'... and food-delivery giant Meituan were up 1.9% and 1.1%, respectively': Meituan's close-to-close move of "
        "2021-09-06.",
    ),
    hk_move(
        A219,
        "2.3%",
        "AIA",
        "1299.HK",
        "2021-09-06",
        1,
        "AIA Group went up 2.3%",
        "'Constituent AIA Group went up 2.3%': the close-to-close move of 2021-09-06 (no dividend in the day).",
    ),
    U(
        A219,
        "47 points",
        "AIA",
        "index_points_contribution",
        "no_source",
        "a stock's contribution to the index in points: no reference kind reads index weights",
        date="2021-09-06",
    ),
    hk_move(
        A219,
        "7.2%",
        "BYD",
        "1211.HK",
        "2021-09-06",
        1,
        "BYD Co Ltd jumped 7.2%",
        "'BYD Co Ltd jumped 7.2% and was the biggest daily gainer on the Hang Seng Index': the close-to-close move of "
        "2021-09-06 (no dividend or split in the day; the file's high equals its close, so 7.2% was probably a moment "
        "before the close, which the page does not name).",
    ),
    unknown(A219, "3.9%", "WuXi Biologics", CC, "2269.HK", date="2021-09-06"),
    unknown(A219, "0.8%", "China Evergrande", CC, "3333.HK", date="2021-09-06"),
    # --- n220 Devdiscourse (Reuters; date line 2021-12-29), the Hong Kong close of Wednesday 2021-12-29
    hk_move(
        A220,
        "2.6%",
        "Alibaba",
        "9988.HK",
        "2021-12-29",
        -1,
        "down 2.6%, 1.2%",
        "'Alibaba Group, Tencent Holdings and Meituan down 2.6%, 1.2% and 3.3%, respectively': Alibaba's "
        "close-to-close move of Wednesday 2021-12-29 (9988.HK's levels are trusted only from 2025-06-11, but a change "
        "that agrees is asserted).",
    ),
    hk_move(
        A220,
        "1.2%",
        "Tencent",
        "0700.HK",
        "2021-12-29",
        -1,
        "2.6%, 1.2% and",
        "the same list's Tencent: the close-to-close move of 2021-12-29.",
    ),
    hk_move(
        A220,
        "3.3%",
        "Meituan",
        "3690.HK",
        "2021-12-29",
        -1,
        "1.2% and 3.3%, respectively",
        "the same list's Meituan: the close-to-close move of 2021-12-29.",
    ),
    unknown(A220, "5.7%", "Haidilao International Holdings", CC, "6862.HK", date="2021-12-29"),
    unknown(A220, "9.7%", "China Aoyuan Group", CC, "3883.HK", date="2021-12-29"),
    U(
        A220,
        "$131 million",
        "China Aoyuan Group",
        "debt_claim_usd",
        "no_source",
        "the size of a creditors' claim: not in the shipped data",
    ),
]
