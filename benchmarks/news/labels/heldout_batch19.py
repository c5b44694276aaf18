"""Held-out gold labels of batch 19 (n205-n211, the second part of the eighteenth collection), written and committed
before any checker run on them."""

from __future__ import annotations

from benchmarks.news.labels import C, U, fx, px, unknown

A205 = "n205_thisismoney_hsbc_2024_10_29"
A208 = "n208_foolau_alphabet_2022_10_26"
A211 = "n211_scmp_chinamobile_2021_01_07"
CC = "share_price_change_close_to_close"
CL = "share_price_close"

HSBC_REPORTED = "a reported company figure; the shipped data has no figures for HSBC"
GOOGL_REPORTED = "a reported company figure; the shipped data has no figures for Alphabet"
ESTIMATE = "an analysts' estimate or a company forecast"
CAP = "a market value: the shipped data has prices but no share counts"


def hsbc(text: str, metric: str, reason: str = "no_source", why: str = HSBC_REPORTED, **kw: object) -> dict:
    return U(A205, text, "HSBC", metric, reason, why, **kw)


def gbp(text: str, amount: float, claimed: str, ctx: str, metric: str) -> dict:
    return C(
        A205,
        text,
        "HSBC",
        metric,
        claimed,
        fx(amount, "USD", "GBP", "2024-10-29"),
        why=f"the article's bracketed sterling conversion of a dollar figure ('{ctx}') on the results day: a UK "
        "outlet's conversion at the rate of the page's day (2024-10-29); HSBC reports in US dollars, so no company "
        "conversion exists (±2% for a conversion).",
        ctx=ctx,
        date="2024-10-29",
        scale=1e9,
        slack=0.02,
    )


def googl(text: str, metric: str, reason: str = "no_source", why: str = GOOGL_REPORTED, **kw: object) -> dict:
    return U(A208, text, "Alphabet", metric, reason, why, period=kw.pop("period", "2022-Q3"), **kw)


LABELS = [
    # --- n205 This is Money (date line 2024-10-29), HSBC's third-quarter 2024 results
    hsbc(
        "$3billion",
        "buyback_size_usd",
        why="a buy-back programme's size: not in the shipped data",
        ctx="another $3billion share",
    ),
    hsbc("10 per cent", "pre_tax_profit_growth", period="2024-Q3"),
    hsbc("$8.5billion", "pre_tax_profit_usd", period="2024-Q3"),
    gbp("\u00a36.6billion", 8.5e9, "6.6", "$8.5billion (\u00a36.6billion)", "pre_tax_profit_gbp"),
    hsbc("$7.6billion", "pre_tax_profit_estimate_usd", "forecast", ESTIMATE, ctx="the $7.6billion ("),
    gbp("\u00a35.9billion", 7.6e9, "5.9", "$7.6billion (\u00a35.9billion)", "pre_tax_profit_estimate_gbp"),
    hsbc("5 per cent", "revenue_growth", period="2024-Q3"),
    hsbc("$17billion", "revenue_usd", period="2024-Q3"),
    hsbc("$1.6billion", "net_interest_income_change_usd", period="2024-Q3"),
    hsbc("$7.6billion", "net_interest_income_usd", ctx="to $7.6billion owing", period="2024-Q3"),
    hsbc(
        "$3billion",
        "buyback_size_usd",
        why="a buy-back programme's size: not in the shipped data",
        ctx="acquire another $3billion",
    ),
    # --- n208 The Motley Fool Australia (URL 2022/10/27), Alphabet's session of Wednesday 2022-10-26
    C(
        A208,
        "9%",
        "Alphabet",
        CC,
        "9",
        px("change_cc", "GOOGL", "2022-10-26"),
        why="the headline's 'Why did Alphabet stock crash 9% on Wednesday?': the close-to-close move of Wednesday "
        "2022-10-26 (GOOGL, the class A line; the page names both lines).",
        ctx="crash 9% on Wednesday",
        date="2022-10-26",
        sign=-1,
    ),
    C(
        A208,
        "9.14%",
        "Alphabet",
        CC,
        "9.14",
        px("change_cc", "GOOGL", "2022-10-26"),
        why="'turned sharply lower on Wednesday, falling by 9.14%': no moment named, so close to close, Wednesday "
        "2022-10-26 (GOOGL; the file's adjusted ratio over one day with no dividend is the price change).",
        date="2022-10-26",
        sign=-1,
    ),
    googl("$69 billion", "revenue_usd"),
    googl("6%", "revenue_growth", ctx="up 6% year"),
    googl("11%", "revenue_growth_constant_currency", ctx="up 11% in constant"),
    googl("25%", "operating_margin"),
    googl("32%", "operating_margin", period="2021-Q3"),
    googl("$1.06", "diluted_eps_usd"),
    googl("24%", "diluted_eps_change"),
    googl("$71 billion", "revenue_estimate_usd", "forecast", ESTIMATE),
    googl("$1.26", "eps_estimate_usd", "forecast", ESTIMATE),
    googl("38%", "cloud_revenue_growth"),
    googl("$27.5 billion", "cloud_revenue_run_rate_usd", hedge="nearly"),
    googl("2.5%", "ad_revenue_growth"),
    googl("$7.07 billion", "youtube_ad_revenue_usd"),
    googl("2%", "youtube_ad_revenue_change", ctx="down 2% year"),
    # --- n211 SCMP (date from the URL's other snapshot, 2021-01-07), the Hong Kong close of Thursday 2021-01-07
    U(
        A211,
        "US$11.47 billion",
        "China Mobile",
        "market_value_loss_usd",
        "no_source",
        "the three telecoms' combined loss of market value: " + CAP,
        ctx="wipes off US$11.47 billion",
        date="2021-01-07",
    ),
    unknown(A211, "11.4 per cent", "China Unicom", CC, "0762.HK", date="2021-01-07"),
    unknown(A211, "HK$4.45", "China Unicom", CL, "0762.HK", date="2021-01-07"),
    C(
        A211,
        "7.2 per cent",
        "China Mobile",
        CC,
        "7.2",
        px("change_cc", "0941.HK", "2021-01-07"),
        why="'China Mobile plunged 7.2 per cent to HK$43.30' at the Hong Kong close of 2021-01-07 (no dividend in the "
        "day, so the file's close-to-close is the traded price change).",
        ctx="plunged 7.2 per cent to HK$43.30",
        date="2021-01-07",
        sign=-1,
    ),
    C(
        A211,
        "HK$43.30",
        "China Mobile",
        CL,
        "43.30",
        px("close", "0941.HK", "2021-01-07"),
        why="the close of 2021-01-07.",
        date="2021-01-07",
    ),
    unknown(A211, "9.4 per cent", "China Telecom", CC, "0728.HK", date="2021-01-07"),
    unknown(A211, "HK$2.03", "China Telecom", CL, "0728.HK", date="2021-01-07"),
    U(
        A211,
        "HK$88.96 billion",
        "China Mobile",
        "market_value_loss_hkd",
        "no_source",
        "the three telecoms' combined loss of market value: " + CAP,
        date="2021-01-07",
    ),
    C(
        A211,
        "US$11.47 billion",
        "China Mobile",
        "market_value_loss_usd",
        "11.47",
        fx(88.96e9, "HKD", "USD", "2021-01-07"),
        why="the article's bracketed conversion of 'HK$88.96 billion' at the rate of the day (2021-01-07); the HK$ "
        "figure itself is unverifiable, its conversion is not (±2% for a conversion).",
        ctx="(US$11.47 billion)",
        date="2021-01-07",
        scale=1e9,
        slack=0.02,
    ),
]
