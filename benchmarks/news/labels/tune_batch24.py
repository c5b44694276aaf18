"""Tune gold labels of batch 24 (n247-n255: n247, n249, n251, n254, n255), written before any checker run on them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.news.labels import CA, C, U, px

A247 = "n247_ig_hk_alibaba_tencent_2020_03_11"
A249 = "n249_ainvest_baidu_2025_08_22"
A251 = "n251_ainvest_baidu_2025_10_14"
A254 = "n254_stocksguide_jd_2025_06_26"
A255 = "n255_stocksguide_tencent_2025_06_25"
CC = "share_price_change_close_to_close"
CL = "share_price_close"
D247 = "2020-03-11"  # 'on Wednesday 11 March': the session the close report tells
D249 = "2025-08-22"  # 'On August 22, 2025' on a page stamped 7:27 pm ET that day (after the close)
D251 = "2025-10-14"  # 'On October 14, 2025' on a page stamped 7:49 pm ET that day (after the close)
D254 = "2025-06-25"  # 'Closing price Wed, Jun 25 2025' (the page's live quote is a moment of 2025-06-26)
D254Q = "2025-06-26"  # 'Hong Kong, Jun 26, 09:15 am CET' (15:15 in Hong Kong): during the session
D255 = "2025-06-25"  # 'Hong Kong, Wed, Jun 25 2025' and 'Closing price Wed, Jun 25 2025'

ARTICLES = Path(__file__).resolve().parent.parent / "articles"
VOLUME = "volume: no volume data is used"
RANK = "a rank by traded value among listed stocks: no volume data is used"
REPORTED = "a reported figure (revenue, profit, cash flow, margins, returns): no reported figures ship for this company"
ESTIMATE = "an estimate for the current year: a forecast"
MARKET_DATA = (
    "a statistic or ratio of the quote page (valuation, yield, payout, balance-sheet ratio): not in the shipped data"
)
CAP = "a market value or enterprise value: no share counts ship"
ANALYSTS = "a count or share of analysts' opinions: not in the shipped data"
MONEY = (
    "a change in Hong Kong dollars: no reference kind computes a difference of closes (the percent beside it is "
    "labelled)"
)
WINDOW_1M = (
    "'1M' back from the close of 2025-06-25 lands on Sunday 2025-05-25; the page does not say whether the window "
    "starts at the close before (Friday 2025-05-23) or after (Monday 2025-05-26) it, and the two readings disagree"
)
WINDOW_6M = (
    "'6M' back from the close of 2025-06-25 lands on Christmas Day 2024 (no session); the page does not say whether the "
    "window starts at the close of 2024-12-24 or of 2024-12-27"
)


def _ctx(article: str, text: str, n: int = 1) -> str:
    """A context that makes the n-th standalone occurrence of ``text`` unique (not inside a longer number).

    Found by widening to the right, then to the left.
    """
    full = (ARTICLES / f"{article}.txt").read_text(encoding="utf-8")
    hits = [
        i
        for i in range(len(full))
        if full.startswith(text, i)
        and (i == 0 or full[i - 1] not in "0123456789.,+-")
        and (i + len(text) >= len(full) or not full[i + len(text)].isdigit())
    ]
    pos = hits[n - 1]
    for left in range(0, 40):
        for right in range(0, 60):
            ctx = full[pos - left : pos + len(text) + right]
            if full.count(ctx) == 1 and ctx.index(text) == left:
                return ctx
    raise ValueError(f"{article}: no unique context for occurrence {n} of {text!r}")


def _u(article: str, date: str | None) -> Any:
    def u(text: str, subject: str, metric: str, reason: str, why: str, n: int = 1, **kw: Any) -> dict[str, Any]:
        kw.setdefault("date", date)
        kw.setdefault("ctx", _ctx(article, text, n))
        return U(article, text, subject, metric, reason, why, **kw)

    return u


u247 = _u(A247, D247)
u249 = _u(A249, D249)
u251 = _u(A251, D251)
u254 = _u(A254, D254)
u255 = _u(A255, D255)


def quote_page(u: Any, subject: str, rows: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """The quote page's key metrics and financial table: (text, metric, reason, why[, occurrence]) rows."""
    return [u(r[0], subject, r[1], r[2], r[3], r[4] if len(r) > 4 else 1) for r in rows]


JD_ROWS: list[tuple[Any, ...]] = [
    ("HKD358.2b", "market_value", "no_source", CAP),
    ("HKD212.0b", "enterprise_value", "no_source", CAP),
    ("HKD-146.2b", "net_debt", "no_source", REPORTED + " (net debt)"),
    ("HKD212.4b", "cash", "no_source", REPORTED + " (cash)"),
    ("2.9b", "shares_outstanding", "no_source", MARKET_DATA + " (shares outstanding)"),
    ("7.99", "price_to_earnings", "no_source", MARKET_DATA + " (P/E on trailing earnings)"),
    ("8.96", "price_to_earnings_forward", "forecast", ESTIMATE + " (P/E on estimated earnings)"),
    ("0.27", "price_to_sales", "no_source", MARKET_DATA),
    ("0.26", "price_to_sales_forward", "forecast", ESTIMATE, 1),
    ("0.16", "ev_to_sales", "no_source", MARKET_DATA),
    ("0.15", "ev_to_sales_forward", "forecast", ESTIMATE, 2),
    ("3.79", "ev_to_fcf", "no_source", MARKET_DATA),
    ("1.46", "price_to_book", "no_source", MARKET_DATA),
    ("HKD3.88", "dividend_per_share", "no_source", "a dividend per share: the page does not say which year's"),
    ("2.99%", "dividend_yield_1y", "no_source", MARKET_DATA),
    ("0.40%", "dividend_yield_5y", "no_source", MARKET_DATA),
    ("100.00%", "dividend_growth_1y", "no_source", MARKET_DATA),
    ("0.00%", "payout_ratio_1y", "no_source", MARKET_DATA, 1),
    ("0.00%", "payout_ratio_3y", "no_source", MARKET_DATA, 2),
    ("1 Year", "dividend_increase_streak", "duration", "years of dividend increases: a duration"),
    ("HKD1.3t", "revenue_ttm", "no_source", REPORTED),
    ("HKD1.4t", "revenue_estimate", "forecast", ESTIMATE),
    ("HKD47.9b", "ebitda_ttm", "no_source", REPORTED),
    ("HKD55.8b", "ebitda_estimate", "forecast", ESTIMATE),
    ("HKD46.4b", "ebit_ttm", "no_source", REPORTED),
    ("HKD49.3b", "net_income_ttm", "no_source", REPORTED),
    ("HKD41.7b", "net_income_estimate", "forecast", ESTIMATE),
    ("HKD55.9b", "free_cash_flow_ttm", "no_source", REPORTED),
    ("8.90%", "revenue_growth_ttm", "no_source", REPORTED),
    ("10.37%", "revenue_growth_estimate", "forecast", ESTIMATE),
    ("35.39%", "ebitda_growth_ttm", "no_source", REPORTED),
    ("24.27%", "ebitda_growth_estimate", "forecast", ESTIMATE),
    ("38.32%", "ebit_growth_ttm", "no_source", REPORTED),
    ("80.22%", "net_income_growth_ttm", "no_source", REPORTED),
    ("-7.71%", "net_income_growth_estimate", "forecast", ESTIMATE),
    ("-26.74%", "free_cash_flow_growth_ttm", "no_source", REPORTED),
    ("16.00%", "gross_margin", "no_source", REPORTED),
    ("3.65%", "ebitda_margin", "no_source", REPORTED),
    ("3.99%", "ebitda_margin_estimate", "forecast", ESTIMATE),
    ("3.53%", "ebit_margin", "no_source", REPORTED),
    ("3.76%", "net_margin", "no_source", REPORTED),
    ("2.98%", "net_margin_estimate", "forecast", ESTIMATE),
    ("4.26%", "free_cash_flow_margin", "no_source", REPORTED),
    ("34.28%", "equity_ratio", "no_source", REPORTED),
    ("17.28%", "return_on_equity", "no_source", REPORTED),
    ("10.77%", "return_on_capital_employed", "no_source", REPORTED),
    ("14.07%", "return_on_invested_capital", "no_source", REPORTED),
    ("0.26", "debt_to_equity", "no_source", REPORTED, 2),
    ("HKD16.25", "earnings_per_share", "no_source", REPORTED),
    ("HKD19.40", "free_cash_flow_per_share", "no_source", REPORTED),
    ("570.90k", "employees", "no_source", REPORTED + " (employees)"),
    ("HKD2.22m", "revenue_per_employee", "no_source", REPORTED),
    ("26", "analyst_count", "no_source", ANALYSTS, 2),  # 1: the quote stamp's date ('Jun 26')
    ("25x", "analyst_buy_count", "no_source", ANALYSTS),
    ("96%", "analyst_buy_share", "no_source", ANALYSTS, 1),
    ("1x", "analyst_sell_count", "no_source", ANALYSTS),
    ("4%", "analyst_sell_share", "no_source", ANALYSTS, 1),
    ("26", "analyst_count", "no_source", ANALYSTS, 3),
    ("96%", "analyst_buy_share", "no_source", ANALYSTS, 2),
    ("4%", "analyst_sell_share", "no_source", ANALYSTS, 2),
    ("1,312,317", "revenue_ttm", "no_source", REPORTED + " (the table's revenue, TTM to Mar '25)", 1),
    ("1,312,317", "revenue_ttm", "no_source", REPORTED + " (the table's revenue, TTM to Mar '25)", 2),
    ("9%", "revenue_growth_ttm", "no_source", REPORTED + " (the table's growth)", 1),
    ("9%", "revenue_growth_ttm", "no_source", REPORTED + " (the table's growth)", 2),
    ("100%", "revenue_share", "no_source", REPORTED + " (the table's share of revenue)"),
    ("1,102,379", "direct_costs_ttm", "no_source", REPORTED, 1),
    ("1,102,379", "direct_costs_ttm", "no_source", REPORTED, 2),
    ("7%", "direct_costs_growth", "no_source", REPORTED, 1),
    ("7%", "direct_costs_growth", "no_source", REPORTED, 2),
    ("84%", "direct_costs_share", "no_source", REPORTED),
    ("209,937", "gross_profit_ttm", "no_source", REPORTED, 1),
    ("209,937", "gross_profit_ttm", "no_source", REPORTED, 2),
    ("17%", "gross_profit_growth", "no_source", REPORTED, 1),
    ("17%", "gross_profit_growth", "no_source", REPORTED, 2),
    ("16%", "gross_profit_share", "no_source", REPORTED),
    ("142,946", "sga_ttm", "no_source", REPORTED, 1),
    ("142,946", "sga_ttm", "no_source", REPORTED, 2),
]

TENCENT_ROWS: list[tuple[Any, ...]] = [
    ("HKD4.6t", "market_value", "no_source", CAP),
    ("21.71", "price_to_earnings", "no_source", MARKET_DATA + " (P/E on trailing earnings)"),
    ("20.89", "price_to_earnings_forward", "forecast", ESTIMATE + " (P/E on estimated earnings)"),
    ("6.22", "price_to_sales", "no_source", MARKET_DATA),
    ("5.79", "price_to_sales_forward", "forecast", ESTIMATE),
    ("HKD4.50", "dividend_per_share", "no_source", "a dividend per share: no dividend is read as a claim's reference"),
    ("0.88%", "dividend_yield_1y", "no_source", MARKET_DATA),
    ("0.67%", "dividend_yield_5y", "no_source", MARKET_DATA),
    ("32.35%", "dividend_growth_1y", "no_source", MARKET_DATA),
    ("32.40%", "dividend_growth_5y", "no_source", MARKET_DATA),
    ("19.96%", "payout_ratio_1y", "no_source", MARKET_DATA),
    ("18.11%", "payout_ratio_3y", "no_source", MARKET_DATA),
    ("21 Years", "dividend_increase_streak", "duration", "years of dividend increases: a duration"),
    ("HKD744.6b", "revenue_ttm", "no_source", REPORTED),
    ("HKD800.4b", "revenue_estimate", "forecast", ESTIMATE),
    ("HKD333.9b", "ebitda_estimate", "forecast", ESTIMATE),
    ("HKD233.1b", "ebit_ttm", "no_source", REPORTED),
    ("HKD218.8b", "net_income_ttm", "no_source", REPORTED),
    ("10.06%", "revenue_growth_ttm", "no_source", REPORTED),
    ("10.84%", "revenue_growth_estimate", "forecast", ESTIMATE),
    ("16.69%", "ebit_growth_ttm", "no_source", REPORTED),
    ("52.37%", "net_income_growth_ttm", "no_source", REPORTED),
    ("53.74%", "gross_margin", "no_source", REPORTED),
    ("41.72%", "ebitda_margin_estimate", "forecast", ESTIMATE),
    ("31.30%", "ebit_margin", "no_source", REPORTED),
    ("29.38%", "net_margin", "no_source", REPORTED),
    ("54.66%", "equity_ratio", "no_source", REPORTED),
    ("19.93%", "return_on_equity", "no_source", REPORTED),
    ("HKD23.61", "earnings_per_share", "no_source", REPORTED),
    ("110.56k", "employees", "no_source", REPORTED + " (employees)"),
    ("HKD6.53m", "revenue_per_employee", "no_source", REPORTED),
    ("59", "analyst_count", "no_source", ANALYSTS, 1),
    ("54x", "analyst_buy_count", "no_source", ANALYSTS),
    ("92%", "analyst_buy_share", "no_source", ANALYSTS, 1),
    ("4x", "analyst_hold_count", "no_source", ANALYSTS),
    ("7%", "analyst_hold_share", "no_source", ANALYSTS, 1),
    ("1x", "analyst_sell_count", "no_source", ANALYSTS),
    ("2%", "analyst_sell_share", "no_source", ANALYSTS, 1),
    ("59", "analyst_count", "no_source", ANALYSTS, 2),
    ("92%", "analyst_buy_share", "no_source", ANALYSTS, 2),
    ("7%", "analyst_hold_share", "no_source", ANALYSTS, 2),
    ("2%", "analyst_sell_share", "no_source", ANALYSTS, 2),
    ("744,589", "revenue_ttm", "no_source", REPORTED + " (the table's revenue, TTM to Mar '25)", 1),
    ("744,589", "revenue_ttm", "no_source", REPORTED + " (the table's revenue, TTM to Mar '25)", 2),
    ("10%", "revenue_growth_ttm", "no_source", REPORTED + " (the table's growth)", 1),
    ("10%", "revenue_growth_ttm", "no_source", REPORTED + " (the table's growth)", 2),
    ("100%", "revenue_share", "no_source", REPORTED + " (the table's share of revenue)"),
    ("344,426", "direct_costs_ttm", "no_source", REPORTED, 1),
    ("344,426", "direct_costs_ttm", "no_source", REPORTED, 2),
    ("2%", "direct_costs_growth", "no_source", REPORTED, 3),
    ("2%", "direct_costs_growth", "no_source", REPORTED, 4),
    ("46%", "direct_costs_share", "no_source", REPORTED),
    ("400,163", "gross_profit_ttm", "no_source", REPORTED, 1),
    ("400,163", "gross_profit_ttm", "no_source", REPORTED, 2),
    ("18%", "gross_profit_growth", "no_source", REPORTED, 1),
    ("18%", "gross_profit_growth", "no_source", REPORTED, 2),
    ("54%", "gross_profit_share", "no_source", REPORTED),
    ("173,175", "sga_ttm", "no_source", REPORTED, 1),
    ("173,175", "sga_ttm", "no_source", REPORTED, 2),
    ("14%", "sga_growth", "no_source", REPORTED, 1),
    ("14%", "sga_growth", "no_source", REPORTED, 2),
    ("23%", "sga_share", "no_source", REPORTED),
]


LABELS = [
    # --- n247 IG (the text's 'Wednesday 11 March' with the URL's -200311): Hong Kong's close of 2020-03-11
    C(
        A247,
        "1.85%",
        "Alibaba",
        "share_price_change_intraday_low",
        "1.85",
        px("intraday_low", "9988.HK", D247),
        why="'Alibaba's share price fell as much as 1.85% on the day, before finishing at HK$197 a share': the day's "
        "low against the previous close (9988.HK's adjusted stretch: only agreement is asserted).",
        date=D247,
        sign=-1,
    ),
    C(
        A247,
        "HK$197",
        "Alibaba",
        CL,
        "197",
        px("close", "9988.HK", D247),
        why="'before finishing at HK$197 a share': the close of 2020-03-11.",
        date=D247,
    ),
    u247(
        "HK$200",
        "Alibaba",
        "share_price_threshold",
        "adjusted_prices",
        "'The stock has not gone under HK$200 since December 2019': a traded-price threshold over a stretch where "
        "9988.HK's levels are not the traded prices (provenance: levels checkable from 2025-06-11); December 2019 is "
        "before the shipped series besides",
    ),
    u247(
        "a month",
        "Alibaba",
        "time_since_listing",
        "duration",
        "'December 2019 - a month after it was launched on the Hong Kong Exchange': a duration",
        ctx="a month after it was launched",
    ),
    C(
        A247,
        "6.2%",
        "Alibaba",
        "share_price_change_ytd",
        "6.2",
        px("ytd", "9988.HK", D247),
        why="'Alibaba's share price is down 6.2% year-to-date': from the last close of 2019, before the shipped series.",
        date=D247,
        sign=-1,
    ),
    u247(
        "31 point",
        "Tencent",
        "index_points_contribution",
        "no_source",
        "a stock's contribution to the index in points: no reference kind reads index weights",
    ),
    C(
        A247,
        "1.6%",
        "Tencent",
        "share_price_change_intraday_low",
        "1.6",
        px("intraday_low", "0700.HK", D247),
        why="'The company's share price dropped as much as 1.6% on the day, before closing at HK$379 per share': the "
        "day's low against the previous close (0700.HK's adjusted stretch before 2023-05-19: asserted only because it "
        "agrees).",
        date=D247,
        sign=-1,
    ),
    C(
        A247,
        "HK$379",
        "Tencent",
        CL,
        "379",
        px("close", "0700.HK", D247),
        why="'before closing at HK$379 per share': the close of 2020-03-11.",
        date=D247,
    ),
    # --- n249 Ainvest Market Brief (Friday 2025-08-22, 7:27 pm ET): Baidu's ADR session of 2025-08-22
    C(
        A249,
        "2.74%",
        "Baidu",
        CC,
        "2.74",
        px("change_cc", "BIDU", D249),
        why="the headline's 'Baidu Surges 2.74%' on a page stamped after the close of 2025-08-22: that session, close "
        "to close.",
        ctx="Baidu Surges 2.74%",
        date=D249,
        sign=1,
    ),
    u249("271st", "Baidu", "trading_volume_rank", "no_source", RANK + " (the headline)", ctx="Ranking 271st in Daily"),
    C(
        A249,
        "2.74%",
        "Baidu",
        CC,
        "2.74",
        px("change_cc", "BIDU", D249),
        why="'Baidu (BIDU) surged 2.74% on August 22, 2025': that session, close to close.",
        ctx="surged 2.74% on August",
        date=D249,
        sign=1,
    ),
    u249("$0.38B", "Baidu", "dollar_volume_usd", "no_source", VOLUME + " (traded value)"),
    u249("271st", "Baidu", "trading_volume_rank", "no_source", RANK, ctx="ranking 271st in daily activity"),
    u249(
        "70+",
        "Baidu",
        "product_count",
        "no_source",
        "a count of the company's language models: not in the shipped data",
        hedge="more_than",
    ),
    u249(
        "$153.73/share",
        "Baidu",
        "intrinsic_value_estimate",
        "forecast",
        "a discounted-cash-flow valuation: an estimate",
    ),
    u249("7.93x", "Baidu", "price_to_earnings", "no_source", "a P/E ratio: no reported earnings ship"),
    C(
        A249,
        "2.74%",
        "Baidu",
        CC,
        "2.74",
        px("change_cc", "BIDU", D249),
        why="'On August 22, 2025, (BIDU) rose 2.74%' (the stored text has lost the name): that session, close to close.",
        ctx="rose 2.74% with",
        date=D249,
        sign=1,
    ),
    u249("$0.38 billion", "Baidu", "dollar_volume_usd", "no_source", VOLUME + " (traded value)"),
    u249("271st", "Baidu", "trading_volume_rank", "no_source", RANK, ctx="ranking 271st in daily trading"),
    u249(
        "70",
        "Baidu",
        "product_count",
        "no_source",
        "a count of the company's language models: not in the shipped data",
        ctx="over 70 large language models",
        hedge="more_than",
    ),
    u249(
        "$153.73 per share",
        "Baidu",
        "intrinsic_value_estimate",
        "forecast",
        "a discounted-cash-flow valuation: an estimate",
    ),
    u249(
        "43%",
        "Baidu",
        "intrinsic_value_gap",
        "forecast",
        "'a 43% discount to its current price': the gap between a model valuation and the price (the file's close of "
        "2025-08-22, 90.01 in the adjusted-only series, is 41.4% below $153.73; $153.73 is 70.8% above it)",
    ),
    u249("7.93x", "Baidu", "price_to_earnings", "no_source", "a P/E ratio: no reported earnings ship", n=2),
    u249(
        "14%",
        "Baidu",
        "target_price_premium",
        "forecast",
        "'Analysts' average price target exceeds the recent closing price by 14%': a target's premium",
    ),
    # --- n251 Ainvest Volume Radar (martes, 14 de octubre de 2025, 7:49 pm ET): Baidu's ADR session of 2025-10-14
    C(
        A251,
        "4.6%",
        "Baidu",
        CC,
        "4.6",
        px("change_cc", "BIDU", D251),
        why="the headline's 'Baidu's 4.6% Slide' on a page stamped after the close of 2025-10-14: that session, close "
        "to close.",
        date=D251,
        sign=-1,
    ),
    u251("115th", "Baidu", "trading_volume_rank", "no_source", RANK + " (the headline)", ctx="115th-Ranked"),
    u251("$920M", "Baidu", "dollar_volume_usd", "no_source", VOLUME + " (traded value; the headline)"),
    C(
        A251,
        "4.60%",
        "Baidu",
        CC,
        "4.60",
        px("change_cc", "BIDU", D251),
        why="'On October 14, 2025, Baidu (BIDU) closed the day with a 4.60% decline in its stock price': that session, "
        "close to close.",
        date=D251,
        sign=-1,
    ),
    u251("$0.92 billion", "Baidu", "dollar_volume_usd", "no_source", VOLUME + " (traded value)"),
    u251("39.5%", "Baidu", "dollar_volume_change", "no_source", VOLUME + " (its change from the previous day)"),
    u251("115th", "Baidu", "trading_volume_rank", "no_source", RANK, ctx="placing it 115th"),
    u251(
        "12%",
        "Baidu",
        "user_engagement_change",
        "no_source",
        "a reported operating figure ('a 12% year-over-year decline in active user engagement'): not in the shipped "
        "data",
        date=None,
    ),
    u251(
        "60%",
        "Baidu",
        "advertising_revenue_share",
        "no_source",
        "'advertising revenue, which constitutes over 60% of its total income': a reported figure",
        ctx="over 60% of its total income",
        hedge="more_than",
        date=None,
    ),
    # --- n254 StocksGuide (live quote 'Jun 26, 09:15 am CET'; 'Closing price Wed, Jun 25 2025'): JD.com's 9618.HK
    U(
        A254,
        "HKD130.30",
        "JD.com",
        "share_price",
        "no_source",
        "the live quote at 09:15 CET on 2025-06-26 (15:15 in Hong Kong, during the session): daily bars do not give "
        "a moment (the day's traded range, 128.0 .. 130.6, contains it)",
        date=D254Q,
    ),
    U(
        A254,
        "0.39%",
        "JD.com",
        "share_price_change_intraday",
        "no_source",
        "'0.39% today' at 09:15 CET on 2025-06-26, during the session: against the close of 2025-06-25 (129.8) the "
        "day's range runs from -1.39% to +0.62%, which straddles it",
        date=D254Q,
    ),
    C(
        A254,
        "HKD129.80",
        "JD.com",
        CL,
        "129.80",
        px("close", "9618.HK", D254),
        why="'JD.com Stock price HKD129.80' above the windows and 'Hong Kong, Closing price Wed, Jun 25 2025': the "
        "close of 2025-06-25.",
        ctx="Stock price\n\nHKD129.80",
        date=D254,
    ),
    U(
        A254,
        "+0.20",
        "JD.com",
        "share_price_change_1m_hkd",
        "no_window",
        MONEY + "; " + WINDOW_1M + " (129.8 - 131.9 = -2.10, 129.8 - 129.6 = +0.20)",
        ctx="+0.20 0.15% 1M",
        date=D254,
    ),
    CA(
        A254,
        "0.15%",
        "JD.com",
        "share_price_change_1m",
        "0.15",
        [
            {"kind": "between_traded", "ticker": "9618.HK", "from": "2025-05-23", "date": D254},
            {"kind": "between_traded", "ticker": "9618.HK", "from": "2025-05-26", "date": D254},
        ],
        why="'+0.20 0.15% 1M': " + WINDOW_1M + ".",
        ctx="0.15% 1M",
        date=D254,
        reason="no_window",
        sign=1,
    ),
    U(
        A254,
        "-11.10",
        "JD.com",
        "share_price_change_6m_hkd",
        "adjusted_prices",
        MONEY + "; " + WINDOW_6M + ", and 9618.HK's levels before 2025-04-07 are not the traded prices",
        ctx="-11.10 7.88% 6M",
        date=D254,
    ),
    U(
        A254,
        "7.88%",
        "JD.com",
        "share_price_change_6m",
        "adjusted_prices",
        "'-11.10 7.88% 6M' (a decline, by the HK$ column): "
        + WINDOW_6M
        + "; both starts lie in 9618.HK's stretch whose "
        "levels are not the traded prices (provenance: from 2025-04-07), and the adjusted file gives -7.90% from "
        "2024-12-24 and -4.18% from 2024-12-27",
        ctx="7.88% 6M",
        date=D254,
        period="2024-12..2025-06-25",
    ),
    U(
        A254,
        "-6.20",
        "JD.com",
        "share_price_change_ytd_hkd",
        "adjusted_prices",
        MONEY + "; the last close of 2024 lies in 9618.HK's stretch whose levels are not the traded prices",
        ctx="-6.20 4.56% YTD",
        date=D254,
    ),
    C(
        A254,
        "4.56%",
        "JD.com",
        "share_price_change_ytd",
        "4.56",
        {"kind": "between_traded", "ticker": "9618.HK", "from": "2024-12-31", "date": D254},
        why="'-6.20 4.56% YTD' (a decline, by the HK$ column): the traded close of 2024-12-31 to that of 2025-06-25.",
        ctx="4.56% YTD",
        date=D254,
        period="2024-12-31..2025-06-25",
        sign=-1,
    ),
    U(
        A254,
        "+20.40",
        "JD.com",
        "share_price_change_1y_hkd",
        "adjusted_prices",
        MONEY + "; its start (2024-06-25) lies in 9618.HK's stretch whose levels are not the traded prices",
        ctx="+20.40 18.65% 1Y",
        date=D254,
    ),
    C(
        A254,
        "18.65%",
        "JD.com",
        "share_price_change_1y",
        "18.65",
        {"kind": "between_traded", "ticker": "9618.HK", "from": "2024-06-25", "date": D254},
        why="'+20.40 18.65% 1Y': a year back from the close of 2025-06-25, the close of Tuesday 2024-06-25.",
        ctx="18.65% 1Y",
        date=D254,
        period="2024-06-25..2025-06-25",
        sign=1,
    ),
    U(
        A254,
        "-135.60",
        "JD.com",
        "share_price_change_3y_hkd",
        "adjusted_prices",
        MONEY + "; 9618.HK's levels before 2025-04-07 are not the traded prices",
        ctx="-135.60 51.09% 3Y",
        date=D254,
    ),
    U(
        A254,
        "51.09%",
        "JD.com",
        "share_price_change_3y",
        "adjusted_prices",
        "'-135.60 51.09% 3Y': three years back lands on Saturday 2022-06-25, in 9618.HK's stretch whose levels are not "
        "the traded prices (the adjusted file gives -47.59% from 2022-06-24)",
        ctx="51.09% 3Y",
        date=D254,
        period="2022-06..2025-06-25",
    ),
    U(
        A254,
        "-105.00",
        "JD.com",
        "share_price_change_5y_hkd",
        "adjusted_prices",
        MONEY + "; 9618.HK's levels before 2025-04-07 are not the traded prices",
        ctx="-105.00 44.72% 5Y",
        date=D254,
    ),
    U(
        A254,
        "44.72%",
        "JD.com",
        "share_price_change_5y",
        "adjusted_prices",
        "'-105.00 44.72% 5Y': five years back lands on 2020-06-25, a Hong Kong holiday a week after 9618.HK's listing; "
        "its levels before 2025-04-07 are not the traded prices",
        ctx="44.72% 5Y",
        date=D254,
        period="2020-06..2025-06-25",
    ),
    U(
        A254,
        "-104.20",
        "JD.com",
        "share_price_change_10y_hkd",
        "outside_data",
        "a ten-year window: 9618.HK listed on "
        "2020-06-18, its first shipped day (the figure is the change since a first price)",
        ctx="-104.20 44.53% 10Y",
        date=D254,
    ),
    U(
        A254,
        "44.53%",
        "JD.com",
        "share_price_change_10y",
        "outside_data",
        "a ten-year window starts before 9618.HK's first shipped day (2020-06-18)",
        ctx="44.53% 10Y",
        date=D254,
    ),
    U(
        A254,
        "-104.20",
        "JD.com",
        "share_price_change_20y_hkd",
        "outside_data",
        "a twenty-year window: before 9618.HK's first shipped day (2020-06-18)",
        ctx="-104.20 44.53% 20Y",
        date=D254,
    ),
    U(
        A254,
        "44.53%",
        "JD.com",
        "share_price_change_20y",
        "outside_data",
        "a twenty-year window starts before 9618.HK's first shipped day (2020-06-18)",
        ctx="44.53% 20Y",
        date=D254,
    ),
    U(
        A254,
        "+3.20",
        "JD.com",
        "share_price_change_hkd",
        "no_source",
        MONEY + " (the traded closes give 126.6 -> 129.8 = +3.20)",
        ctx="+3.20 2.53%",
        date=D254,
    ),
    C(
        A254,
        "2.53%",
        "JD.com",
        CC,
        "2.53",
        px("change_cc", "9618.HK", D254),
        why="'Hong Kong, Closing price Wed, Jun 25 2025 +3.20 2.53%': that session, close to close.",
        ctx="+3.20 2.53%",
        date=D254,
        sign=1,
    ),
    *quote_page(u254, "JD.com", JD_ROWS),
    # --- n255 StocksGuide ('Hong Kong, Wed, Jun 25 2025'; 'Closing price Wed, Jun 25 2025'): Tencent's 0700.HK
    C(
        A255,
        "HKD512.50",
        "Tencent",
        CL,
        "512.50",
        px("close", "0700.HK", D255),
        why="the page's quote 'HKD512.50 0.59% Hong Kong, Wed, Jun 25 2025' (its closing price line gives the same "
        "change): the close of 2025-06-25.",
        ctx="HKD512.50\n0.59%",
        date=D255,
    ),
    C(
        A255,
        "0.59%",
        "Tencent",
        CC,
        "0.59",
        px("change_cc", "0700.HK", D255),
        why="the quote's '0.59%' on 'Wed, Jun 25 2025': that session, close to close.",
        ctx="HKD512.50\n0.59%",
        date=D255,
        sign=1,
    ),
    C(
        A255,
        "HKD512.50",
        "Tencent",
        CL,
        "512.50",
        px("close", "0700.HK", D255),
        why="'Tencent Holdings Ltd. Stock price HKD512.50' above the windows: the close of 2025-06-25.",
        ctx="Stock price\n\nHKD512.50",
        date=D255,
    ),
    U(
        A255,
        "+2.50",
        "Tencent",
        "share_price_change_1m_hkd",
        "no_window",
        MONEY + "; " + WINDOW_1M + " (512.5 - 518.0 = -5.50, 512.5 - 510.0 = +2.50)",
        ctx="+2.50 0.49% 1M",
        date=D255,
    ),
    CA(
        A255,
        "0.49%",
        "Tencent",
        "share_price_change_1m",
        "0.49",
        [
            {"kind": "between_traded", "ticker": "0700.HK", "from": "2025-05-23", "date": D255},
            {"kind": "between_traded", "ticker": "0700.HK", "from": "2025-05-26", "date": D255},
        ],
        why="'+2.50 0.49% 1M': " + WINDOW_1M + ".",
        ctx="0.49% 1M",
        date=D255,
        reason="no_window",
        sign=1,
    ),
    U(
        A255,
        "+92.50",
        "Tencent",
        "share_price_change_6m_hkd",
        "no_window",
        MONEY + "; " + WINDOW_6M + " (the traded closes give 512.5 - 420.0 = +92.50 and 512.5 - 417.4 = +95.10)",
        ctx="+92.50 22.02% 6M",
        date=D255,
    ),
    CA(
        A255,
        "22.02%",
        "Tencent",
        "share_price_change_6m",
        "22.02",
        [
            {"kind": "between_traded", "ticker": "0700.HK", "from": "2024-12-24", "date": D255},
            {"kind": "between_traded", "ticker": "0700.HK", "from": "2024-12-27", "date": D255},
        ],
        why="'+92.50 22.02% 6M': " + WINDOW_6M + ".",
        ctx="22.02% 6M",
        date=D255,
        reason="no_window",
        sign=1,
    ),
    U(
        A255,
        "+95.50",
        "Tencent",
        "share_price_change_ytd_hkd",
        "no_source",
        MONEY + " (the traded closes give 512.5 - 419.8 = +92.70 from the last close of 2024)",
        ctx="+95.50 22.90% YTD",
        date=D255,
    ),
    C(
        A255,
        "22.90%",
        "Tencent",
        "share_price_change_ytd",
        "22.90",
        {"kind": "between_traded", "ticker": "0700.HK", "from": "2024-12-31", "date": D255},
        why="'+95.50 22.90% YTD': the traded close of 2024-12-31 (the last of 2024) to that of 2025-06-25, a price "
        "change (the page's HK$95.50 implies a start at HK$417.00, which is no close of late December 2024 or early "
        "January 2025; the adjusted file's total return, which adds the May 2025 dividend, is +23.15%).",
        ctx="22.90% YTD",
        date=D255,
        period="2024-12-31..2025-06-25",
        sign=1,
    ),
    U(
        A255,
        "+130.50",
        "Tencent",
        "share_price_change_1y_hkd",
        "no_source",
        MONEY + " (the traded closes give 512.5 - 382.0 = +130.50 from 2024-06-25)",
        ctx="+130.50 34.16% 1Y",
        date=D255,
    ),
    C(
        A255,
        "34.16%",
        "Tencent",
        "share_price_change_1y",
        "34.16",
        {"kind": "between_traded", "ticker": "0700.HK", "from": "2024-06-25", "date": D255},
        why="'+130.50 34.16% 1Y': a year back from the close of 2025-06-25, the traded close of Tuesday 2024-06-25 (a "
        "price change: the page's HK$ column is a difference of traded prices).",
        ctx="34.16% 1Y",
        date=D255,
        period="2024-06-25..2025-06-25",
        sign=1,
    ),
    U(
        A255,
        "+153.29",
        "Tencent",
        "share_price_change_3y_hkd",
        "adjusted_prices",
        MONEY + "; three years back lies in "
        "0700.HK's stretch whose levels are not the traded prices (before 2023-05-19; the page's start, HK$359.21, is "
        "an adjusted price)",
        ctx="+153.29 42.68% 3Y",
        date=D255,
    ),
    U(
        A255,
        "42.68%",
        "Tencent",
        "share_price_change_3y",
        "adjusted_prices",
        "'+153.29 42.68% 3Y': three years back lands on Saturday 2022-06-25, in 0700.HK's stretch whose levels are not "
        "the traded prices (before 2023-05-19); the adjusted file gives +43.91% from 2022-06-24",
        ctx="42.68% 3Y",
        date=D255,
        period="2022-06..2025-06-25",
    ),
    U(
        A255,
        "+60.05",
        "Tencent",
        "share_price_change_5y_hkd",
        "adjusted_prices",
        MONEY + "; five years back lies in 0700.HK's stretch whose levels are not the traded prices",
        ctx="+60.05 13.27% 5Y",
        date=D255,
    ),
    U(
        A255,
        "13.27%",
        "Tencent",
        "share_price_change_5y",
        "adjusted_prices",
        "'+60.05 13.27% 5Y': five years back lands on 2020-06-25, a Hong Kong holiday, in 0700.HK's stretch whose "
        "levels are not the traded prices (the adjusted file gives +16.99% from 2020-06-24)",
        ctx="13.27% 5Y",
        date=D255,
        period="2020-06..2025-06-25",
    ),
    U(
        A255,
        "+363.17",
        "Tencent",
        "share_price_change_10y_hkd",
        "outside_data",
        "a ten-year window starts before the shipped series (2020-01-02)",
        ctx="+363.17 243.20% 10Y",
        date=D255,
    ),
    U(
        A255,
        "243.20%",
        "Tencent",
        "share_price_change_10y",
        "outside_data",
        "a ten-year window starts before the shipped series (2020-01-02)",
        ctx="243.20% 10Y",
        date=D255,
    ),
    U(
        A255,
        "+511.32",
        "Tencent",
        "share_price_change_20y_hkd",
        "outside_data",
        "a twenty-year window starts before the shipped series (2020-01-02)",
        ctx="+511.32 43,394.87% 20Y",
        date=D255,
    ),
    U(
        A255,
        "43,394.87%",
        "Tencent",
        "share_price_change_20y",
        "outside_data",
        "a twenty-year window starts before the shipped series (2020-01-02)",
        ctx="43,394.87% 20Y",
        date=D255,
    ),
    U(
        A255,
        "+3.00",
        "Tencent",
        "share_price_change_hkd",
        "no_source",
        MONEY + " (the traded closes give 509.5 -> 512.5 = +3.00)",
        ctx="+3.00 0.59%",
        date=D255,
    ),
    C(
        A255,
        "0.59%",
        "Tencent",
        CC,
        "0.59",
        px("change_cc", "0700.HK", D255),
        why="'Hong Kong, Closing price Wed, Jun 25 2025 +3.00 0.59%': that session, close to close.",
        ctx="+3.00 0.59%",
        date=D255,
        sign=1,
    ),
    *quote_page(u255, "Tencent", TENCENT_ROWS),
]
