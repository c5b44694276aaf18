"""Tune gold labels of batch 5 (n56-n68), written after the held-out ones were committed and before any checker run."""

from __future__ import annotations

from benchmarks.news.labels import CA, C, U, fx, px

A56 = "n56_toinews_microsoft_2025_05_01"
A58 = "n58_fool_alphabet_2024_04_26"
A60 = "n60_fool_amazon_2022_07_29"
A61 = "n61_seekingalpha_pdd_2022_11_28"
A62 = "n62_ppt_byd_2025_05_21"
A63 = "n63_foxbusiness_apple_2024_05_02"
A64 = "n64_globenewswire_jd_q2_2024"
CC = "share_price_change_close_to_close"
CL = "share_price_close"

MCAP = "market value: the shipped data has prices but no share counts"
REPORTED = "a reported company figure; the shipped data has no figures for this company"
INTRADAY = "a price or move at a time of day; daily bars do not give it"
ESTIMATE = "an analysts' estimate or a company forecast"
WIDGET = (
    "a quote widget's change of the day the page was stored, not of the article's day (the page does not say "
    "which day it shows)"
)


def jd_conversion(text: str, rmb_billions: float, usd: str, metric: str, why: str) -> dict[str, object]:
    """A bracketed RMB -> US$ convenience translation of JD's release (the quarter's end or the release day's rate)."""
    return CA(
        A64,
        text,
        "JD.com",
        metric,
        usd,
        [fx(rmb_billions, "CNY", "USD", "2024-06-28"), fx(rmb_billions, "CNY", "USD", "2024-08-15")],
        why=why + " The release's own rate is not on the page: the ECB rates of the quarter's last business day "
        "(2024-06-28) and of the release day (2024-08-15) are both tried.",
        period="2024-Q2",
        slack=0.02,
    )


LABELS = [
    # --- n56 Times of India, Microsoft on Thursday 2025-05-01 (byline 'May 01, 2025, 21:28 IST')
    U(
        A56,
        "9%",
        "Microsoft",
        "share_price_change_intraday",
        "no_source",
        "'Microsoft stock soared 9% on Thursday' (2025-05-01) on a page stamped 'May 01, 2025, 21:28 IST', 11:58 a.m. "
        "in New York, during that session: " + INTRADAY + " (the session ran +7.50%..+10.56% over the 04-30 close; "
        "the close was +7.63%)",
        ctx="soared 9% on",
        date="2025-05-01",
        relabel="built contradicted as the close-to-close move (+7.63%); relabelled a moment of the session: the "
        "byline's IST stamp is mid-session in New York (GOLD_CHANGES.md §33)",
    ),
    U(
        A56,
        "9%",
        "Microsoft",
        "share_price_change_intraday",
        "no_source",
        "the headline 'Microsoft surges 9%' on a page stamped 'May 01, 2025, 21:28 IST' (11:58 a.m. in New York, "
        "during the session of 2025-05-01): " + INTRADAY,
        ctx="surges 9%",
        date="2025-05-01",
        relabel="built contradicted as the close-to-close move (+7.63%); relabelled a moment of the session: the "
        "byline's IST stamp is mid-session in New York (GOLD_CHANGES.md §33)",
    ),
    U(A56, "$3.46", "Microsoft", "eps_adjusted", "no_source", REPORTED, period="2025-Q1"),
    U(A56, "$70.1 billion", "Microsoft", "revenue", "no_source", REPORTED, period="2025-Q1"),
    U(A56, "$3.22", "Microsoft", "eps_estimate", "forecast", ESTIMATE, period="2025-Q1"),
    U(A56, "$68.4 billion", "Microsoft", "revenue_estimate", "forecast", ESTIMATE, period="2025-Q1"),
    U(A56, "$2.94", "Microsoft", "eps", "no_source", REPORTED, period="2024-Q1"),
    U(A56, "$61.9 billion", "Microsoft", "revenue", "no_source", REPORTED, period="2024-Q1"),
    U(A56, "20%", "Microsoft", "cloud_revenue_growth", "no_source", REPORTED, period="2025-Q1"),
    U(A56, "$42.4 billion", "Microsoft", "cloud_revenue", "no_source", REPORTED, period="2025-Q1"),
    U(A56, "33%", "Microsoft", "azure_revenue_growth", "no_source", REPORTED, period="2025-Q1"),
    U(A56, "31%", "Microsoft", "azure_revenue_growth", "no_source", REPORTED, period="2024-Q4"),
    U(A56, "16 percentage points", "Microsoft", "ai_contribution_to_azure_growth", "no_source", REPORTED),
    U(A56, "13 points", "Microsoft", "ai_contribution_to_azure_growth", "no_source", REPORTED),
    C(
        A56,
        "$430.94",
        "Microsoft",
        CL,
        "430.94",
        px("close", "MSFT", "2025-05-01"),
        why="'shares to close at $430.94 on Thursday' (2025-05-01).",
        date="2025-05-01",
    ),
    C(
        A56,
        "10%",
        "Microsoft",
        CC,
        "10",
        px("change_cc", "MSFT", "2025-05-01"),
        why="'close at $430.94 on Thursday—an increase of nearly 10%': the day's close-to-close move.",
        date="2025-05-01",
        hedge="nearly",
        sign=1,
    ),
    U(A56, "$16.7 billion", "Microsoft", "capex", "no_source", REPORTED, period="2025-Q1"),
    U(
        A56,
        "$16.",
        "Microsoft",
        "capex_estimate",
        "forecast",
        ESTIMATE + " (the stored page ends mid-number)",
        ctx="projections of $16.",
    ),
    # --- n58 Motley Fool, Alphabet on Friday 2024-04-26 (URL date), written during the session
    U(A58, "0.50%", "Alphabet", "share_price_change", "no_date", WIDGET + "; GOOG, the class C line, does not ship"),
    U(A58, "0.51%", "Alphabet", "share_price_change", "no_date", WIDGET),
    U(
        A58,
        "10.1%",
        "Alphabet",
        "share_price_change_intraday",
        "no_source",
        "'up 10.1% as of 12:45 p.m. ET': " + INTRADAY,
        date="2024-04-26",
    ),
    U(A58, "$2 trillion", "Alphabet", "market_value", "no_source", MCAP, date="2024-04-26"),
    U(A58, "15%", "Alphabet", "revenue_growth", "no_source", REPORTED, period="2024-Q1"),
    U(A58, "$80.5 billion", "Alphabet", "revenue", "no_source", REPORTED, period="2024-Q1"),
    U(A58, "$78.6 billion", "Alphabet", "revenue_estimate", "forecast", ESTIMATE, period="2024-Q1"),
    U(A58, "13%", "Alphabet", "advertising_revenue_growth", "no_source", REPORTED, period="2024-Q1"),
    U(A58, "$61.7 billion", "Alphabet", "advertising_revenue", "no_source", REPORTED, period="2024-Q1"),
    U(A58, "28%", "Alphabet", "cloud_revenue_growth", "no_source", REPORTED, period="2024-Q1"),
    U(A58, "$9.6 billion", "Alphabet", "cloud_revenue", "no_source", REPORTED, period="2024-Q1"),
    U(A58, "25%", "Alphabet", "operating_margin", "no_source", REPORTED, period="2023-Q1"),
    U(A58, "32%", "Alphabet", "operating_margin", "no_source", REPORTED, period="2024-Q1"),
    U(A58, "62%", "Alphabet", "eps_growth", "no_source", REPORTED, period="2024-Q1"),
    U(A58, "$1.89", "Alphabet", "eps", "no_source", REPORTED, period="2024-Q1"),
    U(A58, "$1.51", "Alphabet", "eps_estimate", "forecast", ESTIMATE, period="2024-Q1"),
    U(A58, "$0.20", "Alphabet", "dividend_per_share", "no_source", "a declared dividend: not in the shipped data"),
    U(
        A58,
        "0.5%",
        "Alphabet",
        "dividend_yield",
        "no_source",
        "a yield on an unstated price (the annual dividend over the share price of an unstated moment)",
        hedge="approximate",
    ),
    U(
        A58,
        "$70 billion",
        "Alphabet",
        "buyback_authorization",
        "no_source",
        "buyback programme sizes are not in the data",
    ),
    # --- n60 Motley Fool, Amazon on Friday 2022-07-29 (URL date), written during the session
    U(A60, "1.30%", "Amazon", "share_price_change", "no_date", WIDGET),
    C(
        A60,
        "12.6%",
        "Amazon",
        "share_price_change_intraday_high",
        "12.6",
        px("intraday_high", "AMZN", "2022-07-29"),
        why="'soared on Friday, adding as much as 12.6%': the day's high vs the previous close "
        "(the session was not over at 11:52 a.m. ET, but the high so far cannot exceed the day's high).",
        date="2022-07-29",
        sign=1,
        verdict="auto",
    ),
    U(
        A60,
        "10.9%",
        "Amazon",
        "share_price_change_intraday",
        "no_source",
        "'As of 11:52 a.m. ET, the stock was still up 10.9%': " + INTRADAY,
        date="2022-07-29",
    ),
    U(A60, "$121.2 billion", "Amazon", "net_sales", "no_source", REPORTED, period="2022-Q2"),
    U(A60, "7%", "Amazon", "net_sales_growth", "no_source", REPORTED, ctx="up 7% year", period="2022-Q2"),
    U(A60, "10%", "Amazon", "net_sales_growth_constant_currency", "no_source", REPORTED, period="2022-Q2"),
    U(A60, "$2 billion", "Amazon", "net_loss", "no_source", REPORTED, period="2022-Q2"),
    U(A60, "$0.20", "Amazon", "loss_per_share", "no_source", REPORTED, period="2022-Q2"),
    U(A60, "$0.76", "Amazon", "eps", "no_source", REPORTED, period="2021-Q2"),
    U(A60, "$3.9 billion", "Amazon", "investment_loss", "no_source", REPORTED, period="2022-Q2"),
    U(A60, "2.84%", "Rivian", "share_price_change", "unknown_entity", "no price data for this listing ships (RIVN)"),
    U(A60, "$119 billion", "Amazon", "revenue_estimate", "forecast", ESTIMATE, period="2022-Q2"),
    U(A60, "$0.12", "Amazon", "eps_estimate", "forecast", ESTIMATE, period="2022-Q2"),
    U(A60, "3%", "Amazon", "ecommerce_revenue_growth", "no_source", REPORTED, ctx="up 3% year", period="2022-Q2"),
    U(A60, "33%", "Amazon", "aws_revenue_growth", "no_source", REPORTED, period="2022-Q2"),
    U(A60, "18%", "Amazon", "advertising_revenue_growth", "no_source", REPORTED, period="2022-Q2"),
    U(A60, "$125 billion", "Amazon", "net_sales_guidance_low", "forecast", ESTIMATE, period="2022-Q3"),
    U(A60, "$130 billion", "Amazon", "net_sales_guidance_high", "forecast", ESTIMATE, period="2022-Q3"),
    U(A60, "13%", "Amazon", "net_sales_growth_guidance_low", "forecast", ESTIMATE, period="2022-Q3"),
    U(A60, "17%", "Amazon", "net_sales_growth_guidance_high", "forecast", ESTIMATE, period="2022-Q3"),
    U(A60, "$3.5 billion", "Amazon", "operating_income_guidance_high", "forecast", ESTIMATE, period="2022-Q3"),
    # --- n61 Seeking Alpha, Pinduoduo on Monday 2022-11-28, stamped 4:21 PM ET (after the close)
    C(
        A61,
        "12.6%",
        "PDD Holdings",
        CC,
        "12.6",
        px("change_cc", "PDD", "2022-11-28"),
        why="'shares jumped more than 12.6% on Monday', stamped after the close of 2022-11-28: the close-to-close move.",
        date="2022-11-28",
        hedge="more_than",
        sign=1,
    ),
    U(A61, "$1.21", "PDD Holdings", "eps_adjusted", "no_source", REPORTED, period="2022-Q3"),
    U(A61, "65%", "PDD Holdings", "revenue_growth", "no_source", REPORTED, period="2022-Q3"),
    U(
        A61,
        "$4.99B",
        "PDD Holdings",
        "revenue_usd",
        "no_source",
        REPORTED + " (a dollar translation of a yuan figure the page does not give)",
        period="2022-Q3",
    ),
    U(A61, "72 cents", "PDD Holdings", "eps_estimate", "forecast", ESTIMATE, period="2022-Q3"),
    U(A61, "$4.6B", "PDD Holdings", "revenue_estimate", "forecast", ESTIMATE, period="2022-Q3"),
    # --- n62 Portfolio Performance Today (Bloomberg), BYD in Hong Kong on Wednesday 2025-05-21
    C(
        A62,
        "4.4%",
        "BYD",
        "share_price_change_intraday_high",
        "4.4",
        px("intraday_high", "1211.HK", "2025-05-21"),
        why="'The stock jumped as much as 4.4% in Hong Kong' on 2025-05-21, no time of day on the page: the day's "
        "high vs the previous close (a wire story written during the session may have quoted the high so far).",
        date="2025-05-21",
        sign=1,
    ),
    U(
        A62,
        "5%",
        "BYD",
        "h_share_premium",
        "no_source",
        "the premium of the Hong Kong shares over the Shenzhen line (002594.SZ), which does not ship",
        date="2025-05-21",
        hedge="more_than",
    ),
    U(A62, "HK$727", "BYD", "target_price", "forecast", "an analyst's target price"),
    U(A62, "HK$688", "BYD", "target_price", "forecast", "an analyst's earlier target price"),
    U(A62, "669 yuan", "BYD", "target_price", "forecast", "an analyst's target price for the Shenzhen shares"),
    U(A62, "630 yuan", "BYD", "target_price", "forecast", "an analyst's earlier target price for the Shenzhen shares"),
    # --- n63 Fox Business, Apple fiscal Q2 2024 results after the bell on Thursday 2024-05-02
    U(A63, "4.3%", "Apple", "revenue_growth", "no_source", REPORTED, period="FY2024-Q2"),
    U(A63, "$90.75 billion", "Apple", "revenue", "no_source", REPORTED, period="FY2024-Q2"),
    U(A63, "$90.01 billion", "Apple", "revenue_estimate", "forecast", ESTIMATE, period="FY2024-Q2"),
    U(A63, "10.5%", "Apple", "iphone_revenue_growth", "no_source", REPORTED, period="FY2024-Q2"),
    U(A63, "$45.96 billion", "Apple", "iphone_revenue", "no_source", REPORTED, period="FY2024-Q2"),
    U(A63, "$5 billion", "Apple", "iphone_revenue_catch_up", "no_source", REPORTED, period="FY2023-Q2"),
    U(
        A63,
        "3%",
        "Apple",
        "share_price_change_after_hours",
        "no_source",
        "'rose almost 3% in extended trade after the report': " + INTRADAY,
        ctx="almost 3%",
        date="2024-05-02",
        hedge="nearly",
    ),
    C(
        A63,
        "10%",
        "Apple",
        "share_price_change_ytd",
        "10",
        px("ytd", "AAPL", "2024-05-02"),
        why="'Apple's stock has fallen 10% so far in 2024', written after the bell on 2024-05-02: the year to "
        "that day's close.",
        date="2024-05-02",
        sign=-1,
    ),
    U(
        A63,
        "$110 billion",
        "Apple",
        "buyback_authorization",
        "no_source",
        "buyback programme sizes are not in the data",
    ),
    U(A63, "12th year", "Apple", "dividend_increase_streak", "duration", "a count of years, a duration"),
    # --- n64 JD.com's Q2 2024 release (GlobeNewswire, 2024-08-15) as republished
    U(A64, "RMB291.4 billion", "JD.com", "revenue", "no_source", REPORTED, period="2024-Q2"),
    jd_conversion(
        "US$140.1 billion",
        291.4,
        "140.1",
        "revenue_usd",
        "'RMB291.4 billion (US$140.1 billion)': the release's footnote marker 1 after 'US$' is printed into the "
        "number on this page, so the text says 140.1 for a translation of about 40.1.",
    ),
    U(A64, "1.2%", "JD.com", "revenue_growth", "no_source", REPORTED + " (the 2023-Q2 base is not on the page)"),
    U(A64, "RMB10.5 billion", "JD.com", "operating_income", "no_source", REPORTED, period="2024-Q2"),
    jd_conversion("US$1.4 billion", 10.5, "1.4", "operating_income_usd", "'RMB10.5 billion (US$1.4 billion)'."),
    U(A64, "RMB8.3 billion", "JD.com", "operating_income", "no_source", REPORTED, period="2023-Q2"),
    U(A64, "RMB11.6 billion", "JD.com", "operating_income_non_gaap", "no_source", REPORTED, period="2024-Q2"),
    jd_conversion(
        "US$1.6 billion", 11.6, "1.6", "operating_income_non_gaap_usd", "'RMB11.6 billion (US$1.6 billion)'."
    ),
    U(A64, "RMB8.7 billion", "JD.com", "operating_income_non_gaap", "no_source", REPORTED, period="2023-Q2"),
    U(A64, "3.9%", "JD.com", "jd_retail_operating_margin", "no_source", REPORTED, period="2024-Q2"),
    U(A64, "3.2%", "JD.com", "jd_retail_operating_margin", "no_source", REPORTED, period="2023-Q2"),
    U(A64, "RMB12.6 billion", "JD.com", "net_income", "no_source", REPORTED, period="2024-Q2"),
    jd_conversion("US$1.7 billion", 12.6, "1.7", "net_income_usd", "'RMB12.6 billion (US$1.7 billion)'."),
    U(A64, "RMB6.6 billion", "JD.com", "net_income", "no_source", REPORTED, period="2023-Q2"),
    C(
        A64,
        "4.3%",
        "JD.com",
        "net_margin",
        "4.3",
        {"kind": "article_share", "a": 12.6, "b": 291.4},
        why="'Net margin ... was 4.3%' of the quarter whose net income (RMB12.6 billion) and net revenues "
        "(RMB291.4 billion) the page gives: a share of a total.",
        period="2024-Q2",
    ),
    U(A64, "2.3%", "JD.com", "net_margin", "no_source", REPORTED + " (the 2023-Q2 revenue is not on the page)"),
    U(A64, "RMB14.5 billion", "JD.com", "net_income_non_gaap", "no_source", REPORTED, period="2024-Q2"),
    jd_conversion("US$2.0 billion", 14.5, "2.0", "net_income_non_gaap_usd", "'RMB14.5 billion (US$2.0 billion)'."),
    U(A64, "RMB8.6 billion", "JD.com", "net_income_non_gaap", "no_source", REPORTED, period="2023-Q2"),
    C(
        A64,
        "5.0%",
        "JD.com",
        "net_margin_non_gaap",
        "5.0",
        {"kind": "article_share", "a": 14.5, "b": 291.4},
        why="'Non-GAAP net margin ... was 5.0%': RMB14.5 billion of RMB291.4 billion, both on the page.",
        period="2024-Q2",
    ),
    U(
        A64,
        "3.0%",
        "JD.com",
        "net_margin_non_gaap",
        "no_source",
        REPORTED + " (the 2023-Q2 revenue is not on the page)",
    ),
    U(A64, "RMB8.19", "JD.com", "eps_diluted_per_ads", "no_source", REPORTED, period="2024-Q2"),
    jd_conversion("US$1.13", 8.19, "1.13", "eps_diluted_per_ads_usd", "'RMB8.19 (US$1.13)' per ADS."),
    C(
        A64,
        "97.3%",
        "JD.com",
        "eps_diluted_per_ads_growth",
        "97.3",
        {"kind": "article_ratio", "a": 4.15, "b": 8.19},
        why="'an increase of 97.3% from RMB4.15' to RMB8.19: the article's own numbers.",
        period="2024-Q2",
        sign=1,
    ),
    U(A64, "RMB4.15", "JD.com", "eps_diluted_per_ads", "no_source", REPORTED, period="2023-Q2"),
    U(A64, "RMB9.36", "JD.com", "eps_non_gaap_per_ads", "no_source", REPORTED, period="2024-Q2"),
    jd_conversion("US$1.29", 9.36, "1.29", "eps_non_gaap_per_ads_usd", "'RMB9.36 (US$1.29)' per ADS."),
    U(
        A64,
        "73.7%",
        "JD.com",
        "eps_non_gaap_per_ads_growth",
        "no_source",
        "'an increase of 73.7% from RM…': the stored page ends before the base",
        period="2024-Q2",
    ),
]
