"""Held-out gold labels of batch 24 (n247-n255: n248, n250, n252, n253), written and committed before any checker run on them."""

from __future__ import annotations

from typing import Any

from benchmarks.news.labels import C, U, px

A248 = "n248_dbtnews_pdd_2025_06_04"
A250 = "n250_dwinnex_baidu_2025_10_13"
A252 = "n252_dwinnex_jd_2025_10_15"
A253 = "n253_dwinnex_baidu_2025_11_17"
CC = "share_price_change_close_to_close"
CL = "share_price_close"
D248 = "2025-06-03"  # 'traded at a high on Tuesday' on a page of Wednesday 2025-06-04 (the URL): that Tuesday
D250 = "2025-10-10"  # the session before the page of Monday 2025-10-13 (the URL; no time of day): Friday
D252 = "2025-10-14"  # 'In the latest session' on a page of Wednesday 2025-10-15 (the URL): the session before it
D253 = "2025-11-14"  # 'closed the day' on a page of Monday 2025-11-17 (the URL): the session before it, Friday

US_LEVEL = "a US price level: the shipped file is adjusted-only and its provenance says levels are not checkable"
VOLUME = "volume: no volume data is used"
MARKET_DATA = (
    "a trading statistic or ratio of the quote template (volatility, shares, ratios, ATR): not in the shipped data"
)
CAP = "a market value or enterprise value: no share counts or balance sheets ship"
TARGET = "an analyst's price target"
INSIDER = "an insider's purchase (a filing): not in the shipped data"
EARNINGS = "a valuation ratio on reported or estimated earnings: no reported figures ship for this company"
SESSION_BEFORE = (
    "the page is dated by its URL only and names no session; as for the batch-22/23 template pages (Zacks' 'last "
    "trading session', DBT News), its figures are read as the session before the page"
)


def _u(article: str, date: str | None) -> Any:
    def u(text: str, subject: str, metric: str, reason: str, why: str, **kw: Any) -> dict[str, Any]:
        kw.setdefault("date", date)
        return U(article, text, subject, metric, reason, why, **kw)

    return u


u248 = _u(A248, D248)
u250 = _u(A250, D250)
u252 = _u(A252, D252)
u253 = _u(A253, D253)


def dwinnex_common(u: Any, subject: str, ratios: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    """The template's ratio paragraph: (text, metric, context) triples, all market data."""
    return [u(t, subject, m, "no_source", MARKET_DATA, ctx=c) for t, m, c in ratios]


LABELS = [
    # --- n248 DBT News (URL 2025-06-04, a Wednesday): PDD's session of 'Tuesday', 2025-06-03
    u248(
        "1.96",
        "PDD Holdings",
        "share_price_change",
        "no_source",
        "'traded at a high on Tuesday, posting a 1.96 gain after which it closed the day' session at $98.33': the "
        "figure has no unit and the page gives no previous close to fix it; read as a percent the file's "
        "close-to-close move of 2025-06-03 is +1.960%, read as dollars its change is 98.33 - 96.44 = +1.89 "
        "(adjusted-only file): the readings disagree",
        ctx="posting a 1.96 gain",
    ),
    u248("$98.33", "PDD Holdings", CL, "adjusted_prices", US_LEVEL),
    u248("7555799", "PDD Holdings", "volume_shares", "no_source", VOLUME, ctx="over 7555799 shares"),
    u248(
        "1.55%",
        "PDD Holdings",
        "volatility_1w",
        "no_source",
        MARKET_DATA + " (price volatility over a week)",
    ),
    u248(
        "3.97%",
        "PDD Holdings",
        "volatility_1m",
        "no_source",
        MARKET_DATA + " (price volatility over a month)",
    ),
    u248("$136.56 billion", "PDD Holdings", "market_value_usd", "no_source", CAP),
    u248("1.39 billion shares", "PDD Holdings", "shares_outstanding", "no_source", MARKET_DATA),
    u248("1.35 billion shares", "PDD Holdings", "free_float_shares", "no_source", MARKET_DATA),
    u248("10.92M shares", "PDD Holdings", "average_volume", "no_source", VOLUME + " (an average)"),
    u248("7555799", "PDD Holdings", "volume_shares", "no_source", VOLUME, ctx="volume of 7555799 in"),
    u248("$128.43 per share", "PDD Holdings", "target_price", "forecast", "analysts' consensus " + TARGET),
    u248(
        "1.77",
        "PDD Holdings",
        "analyst_rating",
        "forecast",
        "an analysts' consensus recommendation score",
        ctx="recommendation set at 1.77",
    ),
    u248("$137", "PDD Holdings", "target_price", "forecast", "an earlier " + TARGET, ctx="from $137 to $130"),
    u248("$130", "PDD Holdings", "target_price", "forecast", TARGET, ctx="$137 to $130"),
    u248("4.81", "PDD Holdings", "average_true_range", "no_source", MARKET_DATA, ctx="set at 4.81"),
    u248("2.45", "PDD Holdings", "price_to_sales", "no_source", MARKET_DATA, ctx="amounting to 2.45"),
    u248("3.00", "PDD Holdings", "price_to_book", "no_source", MARKET_DATA, ctx="quarter was 3.00"),
    u248("42.66", "PDD Holdings", "price_to_cash", "no_source", MARKET_DATA, ctx="set at 42.66"),
    # --- n250 dwinnex (URL 2025-10-13, a Monday): Baidu's ADR, the session before the page (Friday 2025-10-10)
    u250("$132.4", "Baidu", "share_price_previous_close", "adjusted_prices", US_LEVEL, date="2025-10-09"),
    u250("$121.69", "Baidu", CL, "adjusted_prices", US_LEVEL),
    C(
        A250,
        "-8.09%",
        "Baidu",
        CC,
        "8.09",
        px("change_cc", "BIDU", D250),
        why="'After finishing at $132.4 in the prior trading day, Baidu Inc ADR (NASDAQ: BIDU) closed at $121.69, down "
        "-8.09%' on a page of Monday 2025-10-13: " + SESSION_BEFORE + ", Friday 2025-10-10 (the article's own "
        "132.4 -> 121.69 is -8.089% too).",
        date=D250,
        sign=-1,
    ),
    C(
        A250,
        "-$8.09",
        "Baidu",
        "share_price_change_usd",
        "8.09",
        {"kind": "article_sum", "parts": [121.69, -132.4], "unit": "USD"},
        why="'In other words, the price has decreased by -$8.09 from its previous closing price': the article's own "
        "close less its own previous close (121.69 - 132.4 = -10.71); the template repeats the percent as dollars.",
        date=D250,
        sign=-1,
    ),
    u250("9.66 million shares", "Baidu", "volume_shares", "no_source", VOLUME),
    u250("$131.045", "Baidu", "share_price_day_high", "adjusted_prices", US_LEVEL),
    u250("$120.31", "Baidu", "share_price_day_low", "adjusted_prices", US_LEVEL),
    *dwinnex_common(
        u250,
        "Baidu",
        [
            ("1.85", "quick_ratio", "Quick Ratio is recorded 1.85"),
            ("1.85", "current_ratio", "Current Ratio is at 1.85"),
            ("0.33", "debt_to_equity", "ratio is 0.33"),
            ("0.22", "long_term_debt_to_equity", "ratio is at 0.22"),
        ],
    ),
    u250("$143", "Baidu", "target_price", "forecast", "Arete's " + TARGET, date="2025-09-16"),
    u250("5,000 shares", "Baidu", "insider_purchase_shares", "no_source", INSIDER, date="2025-09-26"),
    u250("$132.92", "Baidu", "insider_purchase_price", "no_source", INSIDER + " (its price)", date="2025-09-26"),
    u250("7,000 shares", "Baidu", "insider_purchase_shares", "no_source", INSIDER, date="2025-03-18"),
    u250("$729,400", "Baidu", "insider_purchase_value_usd", "no_source", INSIDER + " (its value)", date="2025-03-18"),
    u250("2,986 shares", "Baidu", "insider_purchase_shares", "no_source", INSIDER, date="2025-02-19"),
    u250("$90.16", "Baidu", "insider_purchase_price", "no_source", INSIDER + " (its price)", date="2025-02-19"),
    u250("44490907648", "Baidu", "market_value_usd", "no_source", CAP),
    u250("321828814848", "Baidu", "enterprise_value", "no_source", CAP),
    u250("11.17", "Baidu", "price_to_earnings", "no_source", EARNINGS + " (this fiscal year)", ctx="year is 11.17"),
    u250("14.42", "Baidu", "price_to_earnings_forward", "forecast", EARNINGS + " (next year's estimate)"),
    u250("1.77", "Baidu", "price_to_sales", "no_source", MARKET_DATA, ctx="ratio is 1.77"),
    u250("1.10", "Baidu", "price_to_book", "no_source", MARKET_DATA, ctx="mrq is 1.10"),
    # --- n252 dwinnex (URL 2025-10-15, a Wednesday): JD.com's ADR 'in the latest session', Tuesday 2025-10-14
    C(
        A252,
        "-1.62%",
        "JD.com",
        CC,
        "1.62",
        px("change_cc", "JD", D252),
        why="the headline's 'JD.com Inc ADR (JD) Drop -1.62%, Closing at $32.71' on a page of 2025-10-15: "
        + SESSION_BEFORE
        + ", Tuesday 2025-10-14.",
        ctx="Drop -1.62%",
        date=D252,
        sign=-1,
    ),
    u252("$32.71", "JD.com", CL, "adjusted_prices", US_LEVEL + " (the headline)", ctx="Closing at $32.71"),
    u252("$32.71", "JD.com", CL, "adjusted_prices", US_LEVEL, ctx="closed at $32.71"),
    C(
        A252,
        "-1.62%",
        "JD.com",
        CC,
        "1.62",
        px("change_cc", "JD", D252),
        why="'In the latest session, JD.com Inc ADR (NASDAQ: JD) closed at $32.71 down -1.62% from its previous "
        "closing price of $33.25': " + SESSION_BEFORE + ", Tuesday 2025-10-14 (the article's own 33.25 -> 32.71 "
        "is -1.624% too).",
        ctx="down -1.62% from",
        date=D252,
        sign=-1,
    ),
    u252("$33.25", "JD.com", "share_price_previous_close", "adjusted_prices", US_LEVEL, date="2025-10-13"),
    C(
        A252,
        "-$1.62",
        "JD.com",
        "share_price_change_usd",
        "1.62",
        {"kind": "article_sum", "parts": [32.71, -33.25], "unit": "USD"},
        why="'In other words, the price has decreased by -$1.62 from its previous closing price': the article's own "
        "close less its own previous close (32.71 - 33.25 = -0.54); the template repeats the percent as dollars.",
        date=D252,
        sign=-1,
    ),
    u252("11.93 million shares", "JD.com", "volume_shares", "no_source", VOLUME),
    u252("$33.03", "JD.com", "share_price_day_high", "adjusted_prices", US_LEVEL),
    u252("$32.18", "JD.com", "share_price_day_low", "adjusted_prices", US_LEVEL),
    *dwinnex_common(
        u252,
        "JD.com",
        [
            ("0.88", "quick_ratio", "Quick Ratio is recorded 0.88"),
            ("1.22", "current_ratio", "Current Ratio is at 1.22"),
            ("0.44", "debt_to_equity", "ratio is 0.44"),
            ("0.34", "long_term_debt_to_equity", "ratio is at 0.34"),
        ],
    ),
    u252("$45", "JD.com", "target_price", "forecast", "Arete's " + TARGET, date="2025-06-24"),
    u252("115,000 shares", "JD.com", "insider_purchase_shares", "no_source", INSIDER, date="2025-09-18"),
    u252("$35.24", "JD.com", "insider_purchase_price", "no_source", INSIDER + " (its price)", date="2025-09-18"),
    u252("600 shares", "JD.com", "insider_purchase_shares", "no_source", INSIDER, date="2025-07-02"),
    u252("$19,548", "JD.com", "insider_purchase_value_usd", "no_source", INSIDER + " (its value)", date="2025-07-02"),
    u252("1,200 shares", "JD.com", "insider_purchase_shares", "no_source", INSIDER, date="2025-07-02"),
    u252("$32.58", "JD.com", "insider_purchase_price", "no_source", INSIDER + " (its price)", date="2025-07-02"),
    u252("47328677888", "JD.com", "market_value_usd", "no_source", CAP),
    u252("49848561664", "JD.com", "enterprise_value", "no_source", CAP),
    u252("9.24", "JD.com", "price_to_earnings", "no_source", EARNINGS + " (this fiscal year)"),
    u252("8.76", "JD.com", "price_to_earnings_forward", "forecast", EARNINGS + " (next year's estimate)"),
    # --- n253 dwinnex (URL 2025-11-17, a Monday): Baidu's ADR 'closed the day', the session before, Friday 2025-11-14
    u253("$116.0", "Baidu", CL, "adjusted_prices", US_LEVEL),
    C(
        A253,
        "-3.85%",
        "Baidu",
        CC,
        "3.85",
        px("change_cc", "BIDU", D253),
        why="'Baidu Inc ADR (NASDAQ: BIDU) closed the day trading at $116.0 down -3.85% from the previous closing "
        "price of $120.65' on a page of Monday 2025-11-17: " + SESSION_BEFORE + ", Friday 2025-11-14 (the "
        "article's own 120.65 -> 116.0 is -3.854% too).",
        date=D253,
        sign=-1,
    ),
    u253("$120.65", "Baidu", "share_price_previous_close", "adjusted_prices", US_LEVEL, date="2025-11-13"),
    C(
        A253,
        "-$3.85",
        "Baidu",
        "share_price_change_usd",
        "3.85",
        {"kind": "article_sum", "parts": [116.0, -120.65], "unit": "USD"},
        why="'In other words, the price has decreased by -$3.85 from its previous closing price': the article's own "
        "close less its own previous close (116.0 - 120.65 = -4.65); the template repeats the percent as dollars.",
        date=D253,
        sign=-1,
    ),
    u253("5.08 million shares", "Baidu", "volume_shares", "no_source", VOLUME),
    u253("$120.2916", "Baidu", "share_price_day_high", "adjusted_prices", US_LEVEL),
    u253("$115.34", "Baidu", "share_price_day_low", "adjusted_prices", US_LEVEL),
    *dwinnex_common(
        u253,
        "Baidu",
        [
            ("1.85", "quick_ratio", "Quick Ratio is recorded 1.85"),
            ("1.85", "current_ratio", "Current Ratio is at 1.85"),
            ("0.33", "debt_to_equity", "ratio is 0.33"),
            ("0.22", "long_term_debt_to_equity", "ratio is at 0.22"),
        ],
    ),
    u253("$176", "Baidu", "target_price", "forecast", "Macquarie's " + TARGET, date="2025-10-10"),
    u253("$143", "Baidu", "target_price", "forecast", "Arete's " + TARGET, date="2025-09-16"),
    u253("5,000 shares", "Baidu", "insider_purchase_shares", "no_source", INSIDER, date="2025-09-26"),
    u253("$132.92", "Baidu", "insider_purchase_price", "no_source", INSIDER + " (its price)", date="2025-09-26"),
    u253("7,000 shares", "Baidu", "insider_purchase_shares", "no_source", INSIDER, date="2025-03-18"),
    u253("$729,400", "Baidu", "insider_purchase_value_usd", "no_source", INSIDER + " (its value)", date="2025-03-18"),
    u253("2,986 shares", "Baidu", "insider_purchase_shares", "no_source", INSIDER, date="2025-02-19"),
    u253("$90.16", "Baidu", "insider_purchase_price", "no_source", INSIDER + " (its price)", date="2025-02-19"),
    u253("44659818496", "Baidu", "market_value_usd", "no_source", CAP),
    u253("306351996928", "Baidu", "enterprise_value", "no_source", CAP),
    u253("10.65", "Baidu", "price_to_earnings", "no_source", EARNINGS + " (this fiscal year)"),
    u253("14.38", "Baidu", "price_to_earnings_forward", "forecast", EARNINGS + " (next year's estimate)"),
]
