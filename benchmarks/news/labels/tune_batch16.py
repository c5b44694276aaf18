"""Tune gold labels of batch 16 (n180-n188), written and committed before any checker run on them."""

from __future__ import annotations

from benchmarks.news.labels import CA, C, U, closing, fx, px, unknown

A180 = "n180_nairametrics_alphabet_2024_04_10"
A182 = "n182_businessstandard_hk_close_2024_03_04"
A184 = "n184_scmp_hk_close_2023_10_27"
A186 = "n186_fxstreet_amazon_2025_02_07"
A188 = "n188_ts2_meta_2025_12_26"
CC = "share_price_change_close_to_close"
CL = "share_price_close"

REPORTED = "a reported company figure; the shipped data has no figures for this company"
ESTIMATE = "an analysts' estimate or a company forecast"
CAP = "a market value: the shipped data has prices but no share counts"
BUYBACK = "a buy-back plan's size: not in the shipped data"
MACRO = "a macroeconomic statistic: not in the shipped data"
MARKET_DATA = "a trading statistic of the quote (volume, P/E ratio): not in the shipped data"
AMZN_FRIDAY = (
    "a move at a moment of Amazon's session of Friday 2025-02-07 (the page, stamped 202502071530, was written during "
    "it: 'trails 2% lower on Friday'): every moment lies between the day's low and high, unverifiable when it lies "
    "inside"
)
META_LEVEL = "Meta ships adjusted prices only, so the traded level cannot be told from the file"
NEG = "\u2011"  # the page's non-breaking hyphen in '(-0.66%)'


def goog(text: str, metric: str, reason: str, why: str, **kw: object) -> dict:
    return U(A180, text, "Alphabet", metric, reason, why, **kw)


def amzn(text: str, metric: str, reason: str, why: str, **kw: object) -> dict:
    return U(A186, text, "Amazon", metric, reason, why, **kw)


def meta(text: str, metric: str, reason: str, why: str, **kw: object) -> dict:
    return U(A188, text, "Meta", metric, reason, why, **kw)


LABELS = [
    # --- n180 Nairametrics (URL 2024/04/10, a Wednesday), Alphabet's record close of Tuesday 2024-04-09
    C(
        A180,
        "$159.89",
        "Alphabet",
        "share_price_high",
        "159.89",
        px("high", "GOOGL", "2024-04-09"),
        why="'an all-time intraday peak of $159.89' on Tuesday (2024-04-09, read back from the URL's Wednesday).",
        date="2024-04-09",
    ),
    C(
        A180,
        "$158.14",
        "Alphabet",
        CL,
        "158.14",
        px("close", "GOOGL", "2024-04-09"),
        why="'settling at a closing price of $158.14' on 2024-04-09.",
        date="2024-04-09",
    ),
    C(
        A180,
        "1.3%",
        "Alphabet",
        CC,
        "1.3",
        px("change_cc", "GOOGL", "2024-04-09"),
        why="'marking a 1.3% gain': the close-to-close move of 2024-04-09 (GOOGL paid no dividend inside the day, "
        "so the adjusted file's ratio is the price change; it gives +1.13%, 0.12 point below the interval).",
        date="2024-04-09",
        sign=1,
    ),
    goog("$1.95 trillion", "market_value", "no_source", CAP),
    goog("$2 trillion", "market_value", "no_source", CAP, ctx="closer to the $2 trillion mark"),
    goog("$2 trillion", "market_value", "no_source", CAP + " (a club of companies)", ctx="elite $2 trillion club"),
    C(
        A180,
        "13%",
        "Alphabet",
        "share_price_change_ytd",
        "13",
        px("ytd", "GOOGL", "2024-04-09"),
        why="'a 13% increase in its share price year-to-date' at the close of 2024-04-09 (from the close of "
        "2023-12-29; no dividend inside the window).",
        date="2024-04-09",
        sign=1,
    ),
    C(
        A180,
        "77%",
        "Alphabet",
        "share_price_change",
        "77",
        {"kind": "between", "ticker": "GOOGL", "from": "2022-12-30", "date": "2024-04-09"},
        why="'an impressive 77% leap since the end of 2022': the close of 2022-12-30 to the close of 2024-04-09.",
        date="2024-04-09",
        sign=1,
    ),
    goog("$166", "target_price", "forecast", ESTIMATE + " (analysts' average price target)"),
    goog("$2.1 trillion", "market_value", "forecast", ESTIMATE + " (the market value the target implies)"),
    goog(
        "19%",
        "annualized_return_10y",
        "outside_data",
        "an annualised return over the past decade: the shipped GOOGL file starts 2021-01-04",
    ),
    U(
        A180,
        "20%",
        "Amazon, Apple, Microsoft, Meta, and Nvidia",
        "annualized_return_10y",
        "outside_data",
        "peers' annualised returns over the past decade: the shipped files start 2021-01-04",
        hedge="more_than",
    ),
    goog(
        "$19 billion",
        "net_profit_estimate",
        "forecast",
        ESTIMATE + " (a record Q1 profit of nearly $19 billion)",
        hedge="nearly",
    ),
    goog("$90 billion", "market_value_change", "no_source", CAP + " (a drop in February, no day stated)"),
    # --- n182 Business Standard (Capital Market; 'First Published: Mar 04 2024'), the Hong Kong close of Monday 2024-03-04
    *closing(A182, "3.5%", "HK$91.50", "Meituan", "3690.HK", "2024-03-04", 1),
    unknown(A182, "1.6%", "NetEase", CC, "9999.HK", date="2024-03-04"),
    unknown(A182, "HK$175.60", "NetEase", CL, "9999.HK", date="2024-03-04"),
    unknown(A182, "1.7%", "Sun Hung Kai Properties", CC, "0016.HK", ctx="climbed 1.7%", date="2024-03-04"),
    unknown(A182, "HK$80.80", "Sun Hung Kai Properties", CL, "0016.HK", date="2024-03-04"),
    unknown(A182, "3.1%", "CK Assets", CC, "1113.HK", date="2024-03-04"),
    unknown(A182, "HK$36.75", "CK Assets", CL, "1113.HK", date="2024-03-04"),
    unknown(A182, "11.7%", "Wuxi Biologics", CC, "2269.HK", date="2024-03-04"),
    unknown(A182, "HK$21", "Wuxi Biologics", CL, "2269.HK", date="2024-03-04"),
    unknown(A182, "12.5%", "WuXi AppTec", CC, "2359.HK", date="2024-03-04"),
    unknown(A182, "HK$56.55", "WuXi AppTec", CL, "2359.HK", date="2024-03-04"),
    # --- n184 SCMP (date line 2023-10-27, a Friday), the Hong Kong close
    unknown(A184, "7.3 per cent", "Wuxi Biologics", CC, "2269.HK", date="2023-10-27"),
    unknown(A184, "HK$47.75", "Wuxi Biologics", CL, "2269.HK", date="2023-10-27"),
    *closing(A184, "3.4 per cent", "HK$101.40", "JD.com", "9618.HK", "2023-10-27", 1),
    unknown(A184, "3.5 per cent", "NetEase", CC, "9999.HK", date="2023-10-27"),
    unknown(A184, "HK$169.30", "NetEase", CL, "9999.HK", date="2023-10-27"),
    *closing(A184, "3.3 per cent", "HK$82.40", "Alibaba", "9988.HK", "2023-10-27", 1),
    unknown(A184, "2.7 per cent", "Sinopec", CC, "0386.HK", date="2023-10-27"),
    unknown(A184, "HK$4.14", "Sinopec", CL, "0386.HK", date="2023-10-27"),
    U(A184, "38 per cent", "Sinopec", "net_profit_growth", "no_source", REPORTED + " (third-quarter profit)"),
    unknown(A184, "0.7 per cent", "China Life Insurance", CC, "2628.HK", date="2023-10-27"),
    unknown(A184, "HK$10.66", "China Life Insurance", CL, "2628.HK", date="2023-10-27"),
    U(
        A184,
        "99 per cent",
        "China Life Insurance",
        "net_profit_growth",
        "no_source",
        REPORTED + " (third-quarter profit)",
    ),
    U(A184, "3 billion yuan", "CATL and Gree Electric Appliance", "buyback_size", "no_source", BUYBACK + " (each)"),
    C(
        A184,
        "US$410 million",
        "CATL and Gree Electric Appliance",
        "buyback_size_usd_conversion",
        "410",
        fx(3e9, "CNY", "USD", "2023-10-27"),
        why="'3 billion yuan (US$410 million)': the article's conversion at the rate of the page's day.",
        date="2023-10-27",
        scale=1e6,
        slack=0.02,
    ),
    unknown(A184, "3.7 per cent", "CATL", CC, "300750.SZ", date="2023-10-27"),
    unknown(A184, "184.72 yuan", "CATL", CL, "300750.SZ", date="2023-10-27"),
    unknown(
        A184,
        "2.5 per cent",
        "Gree Electric Appliance",
        CC,
        "000651.SZ",
        ctx="Gree added 2.5 per cent",
        date="2023-10-27",
    ),
    unknown(A184, "34.22 yuan", "Gree Electric Appliance", CL, "000651.SZ", date="2023-10-27"),
    # --- n186 FXStreet (URL stamp 202502071530), Amazon's session of Friday 2025-02-07
    CA(
        A186,
        "2%",
        "Amazon",
        "share_price_change_intraday",
        "2",
        [px("intraday_low", "AMZN", "2025-02-07"), px("intraday_high", "AMZN", "2025-02-07")],
        why="'Amazon stock trails 2% lower on Friday after Q4 beat': " + AMZN_FRIDAY + " (both readings are falls, "
        "as the claim).",
        ctx="trails 2% lower on Friday",
        date="2025-02-07",
        reason="no_source",
        sign=-1,
    ),
    amzn("$1.86", "earnings_per_share", "no_source", REPORTED, ctx="Q4 EPS of $1.86"),
    amzn("38 cents", "earnings_per_share_surprise", "no_source", REPORTED + " (the beat over consensus)"),
    CA(
        A186,
        "2%",
        "Amazon",
        "share_price_change_intraday",
        "2",
        [px("intraday_low", "AMZN", "2025-02-07"), px("intraday_high", "AMZN", "2025-02-07")],
        why="'tripped over 2% lower on Friday': " + AMZN_FRIDAY + " (the low is more than 2% down, the high less).",
        ctx="tripped over 2% lower",
        date="2025-02-07",
        hedge="more_than",
        reason="no_source",
        sign=-1,
    ),
    U(A186, "143K", "US economy", "nonfarm_payrolls", "no_source", MACRO),
    U(A186, "170K", "US economy", "nonfarm_payrolls_estimate", "forecast", ESTIMATE + " (economists' expectation)"),
    U(A186, "4.0%", "US economy", "unemployment_rate", "no_source", MACRO),
    amzn("$1.86", "earnings_per_share", "no_source", REPORTED, ctx="earned $1.86 in GAAP EPS"),
    amzn("$0.38", "earnings_per_share_surprise", "no_source", REPORTED + " (the beat over consensus)"),
    amzn("$187.8 billion", "revenue", "no_source", REPORTED),
    amzn("11%", "revenue_growth_yoy", "no_source", REPORTED),
    amzn("$560 million", "revenue_surprise", "no_source", REPORTED + " (the beat over the average forecast)"),
    amzn("$151.5 billion", "revenue_guidance", "forecast", ESTIMATE + " (Q1 guidance, low end)"),
    amzn("$155 billion", "revenue_guidance", "forecast", ESTIMATE + " (Q1 guidance, high end)"),
    amzn("$158 billion", "revenue_estimate", "forecast", ESTIMATE + " (analysts' estimate)"),
    amzn("$2.1 billion", "fx_charge_guidance", "forecast", ESTIMATE + " (an expected currency charge)"),
    amzn("150 basis points", "growth_impact_guidance", "forecast", ESTIMATE, hedge="at_least"),
    # --- n188 ts2.tech ('4:32 p.m. ET ... Friday, December 26, 2025'), Meta's close of 2025-12-26
    C(
        A188,
        "$663.29",
        "Meta",
        CL,
        "663.29",
        px("close", "META", "2025-12-26"),
        why="'the latest available trade shortly after the close ... about $663.29': the close of 2025-12-26.",
        ctx="Meta Platforms stock was about $663.29",
        date="2025-12-26",
        hedge="approximate",
    ),
    meta(
        "$4.37",
        "share_price_change_usd",
        "adjusted_prices",
        "a dollar change depends on the level; " + META_LEVEL,
        date="2025-12-26",
    ),
    C(
        A188,
        "0.66%",
        "Meta",
        CC,
        "0.66",
        px("change_cc", "META", "2025-12-26"),
        why="'down $4.37 (-0.66%) versus the prior close': the close of 2025-12-26 against that of 2025-12-24 (the "
        "market shut on the 25th).",
        ctx="(" + NEG + "0.66%)",
        date="2025-12-26",
        sign=-1,
    ),
    C(
        A188,
        "$661.39",
        "Meta",
        "share_price_low",
        "661.39",
        px("low", "META", "2025-12-26"),
        why="the session's low ('The session's range ran roughly $661.39 to $668.70').",
        date="2025-12-26",
        hedge="approximate",
    ),
    C(
        A188,
        "$668.70",
        "Meta",
        "share_price_high",
        "668.70",
        px("high", "META", "2025-12-26"),
        why="the session's high.",
        date="2025-12-26",
        hedge="approximate",
    ),
    meta("6.95 million", "volume", "no_source", MARKET_DATA, hedge="approximate"),
    meta("$1.84 trillion", "market_value", "no_source", CAP, hedge="approximate"),
    meta("31.5", "pe_ratio", "no_source", MARKET_DATA, hedge="approximate"),
]
