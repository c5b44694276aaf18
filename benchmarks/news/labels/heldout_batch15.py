"""Held-out gold labels of batch 15 (n170-n179), written and committed before any checker run on them."""

from __future__ import annotations

from benchmarks.news.labels import CA, C, U, px

A173 = "n173_dowjones_jd_2024_08_21"
A175 = "n175_simplywallst_chinamobile_2024_11_24"
A177 = "n177_dbtnews_baidu_2025_02_05"
A179 = "n179_finviz_amazon_2026_01_08"
CC = "share_price_change_close_to_close"
CL = "share_price_close"

REPORTED = "a reported company figure; the shipped data has no figures for this company"
ESTIMATE = "an analysts' estimate or a company forecast"
CAP = "a market value: the shipped data has prices but no share counts"
STAKE = "a shareholding or the value of a stake: not in the shipped data"
MARKET_DATA = "a trading statistic of the quote page (volume, beta, shares, ratios): not in the shipped data"
RATING = "a site's or broker's rating: not in the shipped data"
INDEX = "an index or sector move: the shipped data has no index or sector series"
BIDU_DAY = (
    "a quote-page template (URL 2025/02/05, a Wednesday) that names no session ('closed the day', 'the most "
    "recent trading day'): its figures run to the close of 2025-02-04 or of 2025-02-05, and the two readings "
    "disagree"
)
CM_WINDOW = (
    "a stock report 'Updated 24 Nov, 2024' whose last price is the close of Friday 2024-11-22: a month/year window "
    "running back from the update day or from the last price's day; the page fixes neither (its 1-month and "
    "3-month figures match neither start), so the window is not fixed"
)


def cm(text: str, metric: str, reason: str, why: str, **kw: object) -> dict:
    return U(A175, text, "China Mobile", metric, reason, why, **kw)


def bidu(text: str, metric: str, reason: str, why: str, **kw: object) -> dict:
    return U(A177, text, "Baidu", metric, reason, why, **kw)


def amzn(text: str, metric: str, reason: str, why: str, **kw: object) -> dict:
    return U(A179, text, "Amazon", metric, reason, why, **kw)


LABELS = [
    # --- n173 Dow Jones (URL id 202408211182), JD.com's Hong Kong session of Wednesday 2024-08-21 (Walmart's sale)
    U(
        A173,
        "$3.7 Billion",
        "Walmart",
        "stake_value",
        "no_source",
        STAKE + " (the headline's 'Up to $3.7 Billion Stake Sale')",
    ),
    U(
        A173,
        "two years",
        "JD.com",
        "record_span",
        "no_source",
        "'fell by the most in nearly two years': a record statement about a moment of the session (the fall so far), "
        "not a figure a reference reads",
        hedge="nearly",
        date="2024-08-21",
    ),
    U(A173, "US$3.7 billion", "Walmart", "stake_value", "no_source", STAKE, ctx="worth up to US$3.7 billion"),
    U(A173, "10.35%", "Walmart", "stake_share", "no_source", STAKE + " (according to Factset)"),
    U(A173, "US$3.6 billion", "Walmart", "stake_value", "no_source", STAKE + " (the low end of a range)"),
    U(
        A173,
        "US$3.7 billion",
        "Walmart",
        "stake_value",
        "no_source",
        STAKE + " (the high end of a range)",
        ctx="between US$3.6 billion and US$3.7 billion",
    ),
    CA(
        A173,
        "10%",
        "JD.com",
        "share_price_change_intraday",
        "10",
        [px("intraday_low", "9618.HK", "2024-08-21"), px("intraday_high", "9618.HK", "2024-08-21")],
        why="'JD.com shares fell 10% in Hong Kong, while its American Depository Receipts ... were recently 9.5% "
        "lower in after-hours trading': written during Hong Kong's session of 2024-08-21 (the ADRs' after-hours of "
        "the US evening of 2024-08-20 are 'recently'), a moment of that session with no time stated: every moment "
        "lies between the day's low and high, unverifiable when it lies inside.",
        ctx="JD.com shares fell 10% in Hong Kong",
        date="2024-08-21",
        reason="no_source",
        sign=-1,
    ),
    U(
        A173,
        "9.5%",
        "JD.com",
        "share_price_change_after_hours",
        "no_source",
        "the ADRs' after-hours move ('recently 9.5% lower in after-hours trading', the US evening of 2024-08-20): "
        "the shipped JD series has regular-session daily bars only",
        date="2024-08-20",
    ),
    U(
        A173,
        "9.6%",
        "JD.com",
        "adjusted_net_profit_estimate_revision",
        "forecast",
        ESTIMATE + " (Citi raised its full-year adjusted net profit estimate by 9.6%)",
    ),
    # --- n175 Simply Wall St stock report 'Updated 24 Nov, 2024': last price = the close of Friday 2024-11-22
    C(
        A175,
        "HK$70.45",
        "China Mobile",
        CL,
        "70.45",
        px("close", "0941.HK", "2024-11-22"),
        why="'Last Price HK$70.45' on a report 'Updated 24 Nov, 2024' (a Sunday): the close of the last session "
        "before the update, Friday 2024-11-22.",
        ctx="Last Price\n\nHK$70.45",
        date="2024-11-22",
    ),
    cm("HK$1.6t", "market_value", "no_source", CAP),
    C(
        A175,
        "-0.1%",
        "China Mobile",
        "share_price_change_1w",
        "0.1",
        {"kind": "between_traded", "ticker": "0941.HK", "from": "2024-11-15", "date": "2024-11-22"},
        why="'7D -0.1%': a calendar week (five sessions) to the last price of 2024-11-22, from the close of Friday "
        "2024-11-15 (a week back from the update day, Sunday 24 Nov, gives the same close); a share-price change "
        "(traded closes; a week without a dividend).",
        ctx="7D\n\n-0.1%",
        date="2024-11-22",
        sign=-1,
    ),
    cm(
        "11.2%",
        "share_price_change_1y",
        "no_window",
        "'1Y 11.2%': " + CM_WINDOW + " (from 2023-11-24 the traded closes give +11.21%, from 2023-11-22 +12.18%)",
        ctx="1Y\n\n11.2%",
        date="2024-11-22",
    ),
    C(
        A175,
        "HK$70.45",
        "China Mobile",
        CL,
        "70.45",
        px("close", "0941.HK", "2024-11-22"),
        why="'Current Share Price HK$70.45': the same last price, the close of 2024-11-22.",
        ctx="Current Share PriceHK$70.45",
        date="2024-11-22",
    ),
    C(
        A175,
        "HK$79.00",
        "China Mobile",
        "share_price_52_week_high",
        "79.00",
        px("high", "0941.HK", "2024-07-03"),
        why="'52 Week HighHK$79.00': the highest traded price in the 52 weeks to the last price of 2024-11-22 (an "
        "unqualified 52-week high is the intraday one; the highest close of the window, 78.30, is the same day's): "
        "the traded high of 2024-07-03, inside the window whichever end it runs from.",
        date="2024-11-22",
    ),
    C(
        A175,
        "HK$61.15",
        "China Mobile",
        "share_price_52_week_low",
        "61.15",
        px("low", "0941.HK", "2023-12-21"),
        why="'52 Week LowHK$61.15': the lowest traded price in the 52 weeks to 2024-11-22: the traded low of "
        "2023-12-21, inside the window whichever end (2023-11-22 or 2023-11-24) it runs from.",
        date="2024-11-22",
    ),
    cm("0.28", "beta", "no_source", MARKET_DATA, ctx="Beta0.28"),
    cm(
        "-2.29%",
        "share_price_change_1m",
        "no_window",
        "'1 Month Change -2.29%' (printed '11 Month Change'): " + CM_WINDOW + " (-2.76% from 2024-10-24, -3.16% from "
        "2024-10-22)",
        date="2024-11-22",
    ),
    cm(
        "-6.69%",
        "share_price_change_3m",
        "no_window",
        "'3 Month Change -6.69%': " + CM_WINDOW + " (-6.07% from 2024-08-23, -5.75% from 2024-08-22)",
        date="2024-11-22",
    ),
    cm(
        "11.21%",
        "share_price_change_1y",
        "no_window",
        "'1 Year Change 11.21%': " + CM_WINDOW + " (from 2023-11-24 the traded closes give +11.21%, from 2023-11-22 "
        "+12.18%; the adjusted file's total return is larger, +18.9%)",
        date="2024-11-22",
    ),
    cm(
        "50.21%",
        "share_price_change_3y",
        "no_window",
        "'3 Year Change 50.21%' (printed '33 Year Change'): " + CM_WINDOW + " (+48.63% from 2021-11-24, +48.16% from "
        "2021-11-22)",
        date="2024-11-22",
    ),
    cm(
        "19.41%",
        "share_price_change_5y",
        "outside_data",
        "'5 Year Change 19.41%': from November 2019, before the shipped 0941.HK series (2020-01-02)",
        date="2024-11-22",
    ),
    cm(
        "567.77%",
        "share_price_change_since_ipo",
        "outside_data",
        "'Change since IPO 567.77%': from the 1997 listing, before the shipped series",
    ),
    cm("6/6", "valuation_score", "no_source", RATING + " (Simply Wall St's snowflake score)", ctx="Valuation6/6"),
    cm("1/6", "future_growth_score", "no_source", RATING + " (Simply Wall St's snowflake score)"),
    cm("2/6", "past_performance_score", "no_source", RATING + " (Simply Wall St's snowflake score)"),
    cm("5/6", "financial_health_score", "no_source", RATING + " (Simply Wall St's snowflake score)", ctx="Health5/6"),
    cm("5/6", "dividend_score", "no_source", RATING + " (Simply Wall St's snowflake score)", ctx="Dividends5/6"),
    cm("CN\u00a52.40", "dividend_per_share", "no_source", REPORTED + " (a declared dividend, the headline of Apr 26)"),
    # --- n177 dbtnews (URL 2025/02/05), Baidu's ADR quote page with no named session
    bidu(
        "$5.17",
        "share_price_change_usd",
        "adjusted_prices",
        "a change in dollars: the shipped BIDU series is adjusted-only (provenance: levels not checkable); the session "
        "is not named either (" + BIDU_DAY + ")",
    ),
    bidu(
        "$92.88",
        CL,
        "adjusted_prices",
        "'it closed the day at $92.88' (2025-02-04 or 2025-02-05; neither level is checkable in the adjusted-only BIDU "
        "series)",
    ),
    CA(
        A177,
        "1.40%",
        "Baidu",
        "share_price_change_1w",
        "1.40",
        [
            {"kind": "between", "ticker": "BIDU", "from": "2025-01-28", "date": "2025-02-04"},
            {"kind": "between", "ticker": "BIDU", "from": "2025-01-29", "date": "2025-02-05"},
        ],
        why="'gained 1.40% of its value over the past 7 days': seven calendar days (five sessions) to the page's "
        "session, " + BIDU_DAY + ".",
        reason="no_date",
    ),
    bidu(
        "1.81%",
        "share_price_change_3m",
        "no_window",
        "'has inclined by 1.81% in the 3 months of the year': the template's window (three months back, or the "
        "year's first three months) is not fixed, nor its last session",
    ),
    bidu(
        "9.93%",
        "share_price_change_6m",
        "no_window",
        "'Over the past six months meanwhile, it has gained 9.93%': neither end of the window is fixed to a day",
    ),
    CA(
        A177,
        "10.16%",
        "Baidu",
        "share_price_change_ytd",
        "10.16",
        [px("ytd", "BIDU", "2025-02-04"), px("ytd", "BIDU", "2025-02-05")],
        why="'gained 10.16% year-on date': year to date at the page's session, " + BIDU_DAY + ".",
        reason="no_date",
        sign=1,
    ),
    bidu("$26.00 billion", "market_value", "no_source", CAP),
    bidu("285.05 million", "shares_outstanding", "no_source", MARKET_DATA),
    bidu("279.90 million", "float_shares", "no_source", MARKET_DATA),
    bidu("3.28M", "average_volume", "no_source", MARKET_DATA + " (an average over an unstated window)"),
    bidu("6811728", "trading_volume", "no_source", MARKET_DATA),
    bidu("$108.12", "target_price", "forecast", "analysts' consensus price target"),
    bidu("1.80", "analyst_rating", "forecast", "an analysts' consensus recommendation score"),
    bidu("$105", "target_price", "forecast", "Susquehanna's earlier price target", ctx="from $105 to $85"),
    bidu("$85", "target_price", "forecast", "Susquehanna's price target", ctx="from $105 to $85"),
    bidu(
        "$86",
        "target_price",
        "forecast",
        "a price target (China Renaissance's, as the page has it)",
        ctx="raise to $86",
    ),
    bidu("3.42", "average_true_range", "no_source", MARKET_DATA + " (Average True Range)"),
    bidu("1.40", "price_to_sales", "no_source", MARKET_DATA + " (price to sales)", ctx="amounting to 1.40"),
    # --- n179 finviz (Zacks, byline 'January 08, 2026, 5:45 PM'), Amazon's close of Thursday 2026-01-08
    C(
        A179,
        "$246.29",
        "Amazon",
        CL,
        "246.29",
        px("close", "AMZN", "2026-01-08"),
        why="'Amazon (AMZN) closed at $246.29 in the latest trading session': the close of 2026-01-08 (the byline "
        "is of that day, 5:45 PM).",
        date="2026-01-08",
    ),
    C(
        A179,
        "+1.96%",
        "Amazon",
        CC,
        "1.96",
        px("change_cc", "AMZN", "2026-01-08"),
        why="'marking a +1.96% move from the prior day': the close of 2026-01-08 against that of 2026-01-07.",
        date="2026-01-08",
        sign=1,
    ),
    U(A179, "0.01%", "S&P 500", "index_change", "no_source", INDEX, date="2026-01-08"),
    U(A179, "0.55%", "Dow Jones Industrial Average", "index_change", "no_source", INDEX, date="2026-01-08"),
    U(A179, "0.44%", "Nasdaq Composite", "index_change", "no_source", INDEX, date="2026-01-08"),
    amzn(
        "4.22%",
        "share_price_change_since",
        "no_window",
        "'Prior to today's trading, shares of the online retailer had gained 4.22%': the sentence names no window "
        "(the template's is a month, which the page does not say)",
        date="2026-01-07",
    ),
    U(A179, "1.61%", "Retail-Wholesale sector", "sector_change", "no_source", INDEX + " (same unstated window)"),
    U(A179, "0.86%", "S&P 500", "index_change", "no_source", INDEX + " (same unstated window)"),
    amzn("$1.97", "eps_forecast", "forecast", ESTIMATE + " (the coming quarter's EPS)"),
    amzn("5.91%", "eps_growth_forecast", "forecast", ESTIMATE),
    amzn("$211.29 billion", "revenue_forecast", "forecast", ESTIMATE + " (the coming quarter's revenue)"),
    amzn("12.51%", "revenue_growth_forecast", "forecast", ESTIMATE),
    amzn("$7.17", "eps_forecast", "forecast", ESTIMATE + " (full year)"),
    amzn("$714.75 billion", "revenue_forecast", "forecast", ESTIMATE + " (full year)"),
    amzn("+29.66%", "eps_growth_forecast", "forecast", ESTIMATE + " (full year)"),
    amzn("0%", "revenue_growth_forecast", "forecast", ESTIMATE + " (full year)", ctx="+29.66% and 0%"),
    U(
        A179,
        "+25%",
        "Zacks Rank",
        "average_annual_return",
        "no_source",
        "a broker's claim about its own rating system's record since 1988: not in the shipped data",
    ),
    amzn("0.11%", "eps_estimate_revision", "forecast", ESTIMATE + " (the consensus EPS estimate's move over 30 days)"),
]
