"""Tune gold labels of batch 21 (n222-n227: n224, n225, n226), written before any checker run on them."""

from __future__ import annotations

from benchmarks.news.labels import CA, C, U, fx, px, unknown

A224 = "n224_yicaiglobal_baidu_2021_11_18"
A225 = "n225_kanerepublican_alphabet_2025_12_17"
A226 = "n226_stockinvest_jd_2024_05_07"
CC = "share_price_change_close_to_close"
CL = "share_price_close"
D224 = "2021-11-18"
D226 = "2024-05-07"

BIDU_REPORTED = "a reported company figure; the shipped data has no figures for Baidu"
JD_LEVEL = "a US price level of JD.com's ADR: the shipped JD file is adjusted-only and its levels are not checkable"
MOMENT = (
    "a move at a moment of the session (StockStory's 'in the afternoon session'); every moment of the day lies "
    "between its low and its high against the previous close, so both ends are read"
)


def bidu(text: str, metric: str, ctx: str | None = None, period: str = "2021-Q3", hedge: str = "exact") -> dict:
    return U(A224, text, "Baidu", metric, "no_source", BIDU_REPORTED, ctx=ctx, period=period, hedge=hedge)


def bidu_usd(text: str, metric: str, amount: float, ctx: str, scale: float, period: str = "2021-Q3") -> dict:
    """A bracketed CNY -> USD conversion of the results: at the rate of the quarter's end (2021-09-30, the rate such a
    release converts at) and of the release's day (2021-11-17); checkable when both agree (±2% for a conversion)."""
    claimed = text.replace("USD", "").replace(" billion", "").replace(" million", "")
    return CA(
        A224,
        text,
        "Baidu",
        metric,
        claimed,
        [fx(amount, "CNY", "USD", "2021-09-30"), fx(amount, "CNY", "USD", "2021-11-17")],
        why=f"the page's bracketed conversion of a yuan figure ('{ctx}'): a rate of the quarter's end (2021-09-30) or "
        "of the release's day (2021-11-17).",
        ctx=ctx,
        period=period,
        scale=scale,
        slack=0.02,
    )


LABELS = [
    # --- n224 Yicai Global ('DATE:  Nov 18 2021', dateline 'Nov. 18'), Baidu's third-quarter 2021 results day
    bidu("13%", "revenue_growth_yoy", ctx="Despite 13% Jump in Revenue as Third-Quarter Loss Widens\nXu Wei"),
    bidu("13 percent", "revenue_growth_yoy", ctx="Despite a 13 percent gain"),
    unknown(
        A224,
        "7.8 percent",
        "Baidu",
        CC,
        "9888.HK",
        ctx="ended 7.8 percent down in Hong Kong today",
        date=D224,
    ),
    unknown(A224, "HKD156.40", "Baidu", CL, "9888.HK", date=D224),
    C(
        A224,
        "USD20.08",
        "Baidu",
        "share_price_close_usd",
        "20.08",
        fx(156.40, "HKD", "USD", D224),
        why="the page's bracketed conversion of the Hong Kong close 'HKD156.40' at the rate of the page's day "
        "(2021-11-18); the HKD figure itself is the unshipped Hong Kong line.",
        date=D224,
        slack=0.02,
    ),
    U(
        A224,
        "0.9 percent",
        "Baidu",
        "share_price_change_premarket",
        "no_source",
        "a pre-market move 'as of 4.35 a.m. in New York': daily bars have no pre-market prices",
        date=D224,
    ),
    U(
        A224,
        "USD160.41",
        "Baidu",
        "share_price_premarket",
        "no_source",
        "a pre-market price: daily bars have no pre-market prices (and BIDU ships adjusted prices only)",
        date=D224,
    ),
    C(
        A224,
        "5.5 percent",
        "Baidu",
        CC,
        "5.5",
        px("change_cc", "BIDU", "2021-11-17"),
        why="'after skidding 5.5 percent yesterday': BIDU's close-to-close move of the day before the page, Wednesday "
        "2021-11-17 (BIDU pays no dividend and did not split, so the adjusted ratio is the price change).",
        ctx="skidding 5.5 percent yesterday",
        date="2021-11-17",
        sign=-1,
    ),
    C(
        A224,
        "28 times",
        "Baidu",
        "net_loss_growth_multiple",
        "28",
        {"kind": "article_div", "a": 16.6e9, "b": 583e6, "unit": "times"},
        why="'The net loss widened more than 28 times to CNY16.6 billion ... from CNY583 million': the article's own "
        "two figures.",
        ctx="widened more than 28 times",
        period="2021-Q3",
        hedge="more_than",
    ),
    bidu("CNY16.6 billion", "net_loss_attributable_cny"),
    bidu_usd("USD2.6 billion", "net_loss_attributable_usd", 16.6e9, "CNY16.6 billion (USD2.6 billion)", 1e9),
    bidu("CNY583 million", "net_loss_attributable_cny", period="2020-Q3"),
    bidu_usd(
        "USD91.4 million",
        "net_loss_attributable_usd",
        583e6,
        "CNY583 million (USD91.4 million)",
        1e6,
        period="2020-Q3",
    ),
    bidu("CNY5.1 billion", "non_gaap_net_income_cny"),
    bidu_usd("USD790 million", "non_gaap_net_income_usd", 5.1e9, "CNY5.1 billion (USD790 million)", 1e6),
    bidu("CNY31.9 billion", "revenue_cny"),
    bidu_usd("USD5 billion", "revenue_usd", 31.9e9, "CNY31.9 billion (USD5 billion)", 1e9),
    bidu("73 percent", "ai_cloud_revenue_growth_yoy"),
    bidu("CNY24.7 billion", "baidu_core_revenue_cny"),
    bidu("15 percent", "baidu_core_revenue_growth_yoy"),
    # --- n225 StockStory via kanerepublican (URL stockstory-2025-12-17), Alphabet's drop of 2025-12-17
    CA(
        A225,
        "3.1%",
        "Alphabet",
        "share_price_change_intraday",
        "3.1",
        [px("intraday_low", "GOOGL", "2025-12-17"), px("intraday_high", "GOOGL", "2025-12-17")],
        why="'fell 3.1% in the afternoon session' on 2025-12-17: " + MOMENT + ".",
        ctx="fell 3.1% in the afternoon session",
        date="2025-12-17",
        sign=-1,
        reason="no_source",
    ),
    U(
        A225,
        "$10 billion",
        "Alphabet",
        "data_center_project_cost_usd",
        "no_source",
        "a project's reported cost: not in the shipped data",
        ctx="build a $10 billion data center",
    ),
    U(
        A225,
        "5",
        "Alphabet",
        "count_of_large_moves",
        "no_source",
        "a count of moves greater than 5% over the last year: no reference kind counts moves",
        ctx="only had 5 moves",
        period="2024-12-17..2025-12-17",
    ),
    U(
        A225,
        "5%",
        "Alphabet",
        "move_size_threshold",
        "no_source",
        "the threshold of the count above, not a claim about a move",
        ctx="moves greater than 5%",
    ),
    CA(
        A225,
        "2.6%",
        "Alphabet",
        "share_price_change_intraday",
        "2.6",
        [px("intraday_low", "GOOGL", "2025-12-11"), px("intraday_high", "GOOGL", "2025-12-11")],
        why="'The previous big move we wrote about was 6 days ago when the stock dropped 2.6%': StockStory's note of "
        "Thursday 2025-12-11 (6 days before the page's 2025-12-17), written during that session; " + MOMENT + ".",
        ctx="the stock dropped 2.6%",
        date="2025-12-11",
        sign=-1,
        reason="no_source",
    ),
    U(
        A225,
        "10%",
        "Alphabet",
        "regulatory_fine_cap_share_of_turnover",
        "no_source",
        "the Digital Markets Act's cap on fines: a rule, not in the shipped data",
        ctx="fines of up to 10%",
        hedge="at_most",
    ),
    # --- n226 StockInvest.us ('Updated on May 07, 2024', 'Tuesday, 7th May 2024'), JD.com's ADR session of 2024-05-07
    C(
        A226,
        "16.62%",
        "JD.com",
        "share_price_change_since",
        "16.62",
        px("between", "JD", D226, **{"from": "2024-04-23"}),
        why="'Buy or Hold candidate since Apr 23, 2024 Gain 16.62%': the close of 2024-04-23 to the close of "
        "2024-05-07 (no dividend in the window, so the adjusted ratio is the price change).",
        ctx="Gain 16.62%",
        date=D226,
        period="2024-04-23..2024-05-07",
        sign=1,
    ),
    C(
        A226,
        "-1.77%",
        "JD.com",
        CC,
        "1.77",
        px("change_cc", "JD", D226),
        why="'fell by -1.77% on the last day (Tuesday, 7th May 2024) from $32.71 to $32.13': the close-to-close move "
        "of 2024-05-07.",
        date=D226,
        sign=-1,
    ),
    U(A226, "$32.71", "JD.com", "share_price_previous_close", "adjusted_prices", JD_LEVEL, date="2024-05-06"),
    U(A226, "$32.13", "JD.com", CL, "adjusted_prices", JD_LEVEL, date=D226),
    C(
        A226,
        "1.41%",
        "JD.com",
        "share_price_intraday_range_pct",
        "1.41",
        {"kind": "article_ratio", "a": 31.89, "b": 32.34},
        why="'the stock fluctuated 1.41% from a day low at $31.89 to a day high of $32.34': the article's own low and "
        "high.",
        ctx="fluctuated 1.41%",
        date=D226,
    ),
    U(A226, "$31.89", "JD.com", "share_price_day_low", "adjusted_prices", JD_LEVEL, date=D226),
    U(A226, "$32.34", "JD.com", "share_price_day_high", "adjusted_prices", JD_LEVEL, date=D226),
    U(
        A226,
        "6",
        "JD.com",
        "count_of_up_days",
        "no_source",
        "a count of rising days in the last 10: no reference kind counts days",
        ctx="risen in 6 of the last 10 days",
        date=D226,
    ),
    C(
        A226,
        "16.62%",
        "JD.com",
        "share_price_change_period",
        "16.62",
        px("between", "JD", D226, **{"from": "2024-04-23"}),
        why="'up by 16.62% over the past 2 weeks': ten sessions back from 2024-05-07, the close of 2024-04-23 (the "
        "same window as the page's 'since Apr 23, 2024').",
        ctx="up by 16.62% over the past 2 weeks",
        date=D226,
        period="2024-04-23..2024-05-07",
        sign=1,
    ),
    U(A226, "2 million", "JD.com", "volume_change_shares", "no_source", "volume: no volume data is used", date=D226),
    U(A226, "6 million", "JD.com", "volume_shares", "no_source", "volume: no volume data is used", date=D226),
    U(
        A226,
        "$202.27 million",
        "JD.com",
        "dollar_volume_usd",
        "no_source",
        "the day's traded value: no volume data is used",
        date=D226,
    ),
    U(
        A226,
        "$33.11",
        "JD.com",
        "technical_trend_line",
        "no_source",
        "a vendor's trend line: not a traded price",
        date=D226,
    ),
    U(A226, "29.11%", "JD.com", "price_forecast_change", "forecast", "a vendor's three-month forecast", date=D226),
    U(A226, "90%", "JD.com", "forecast_probability", "forecast", "a vendor's forecast band", date=D226),
    U(A226, "$34.63", "JD.com", "price_forecast_low", "forecast", "a vendor's forecast band", date=D226),
    U(A226, "$42.75", "JD.com", "price_forecast_high", "forecast", "a vendor's forecast band", date=D226),
    U(A226, "$31.20", "JD.com", "technical_support_level", "no_source", "a vendor's support line", date=D226),
    U(A226, "$27.73", "JD.com", "technical_support_level", "no_source", "a vendor's support line", date=D226),
]
