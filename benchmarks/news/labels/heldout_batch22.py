"""Held-out gold labels of batch 22 (n228-n237: n229, n233, n234, n235), written and committed before any checker run on them."""

from __future__ import annotations

from benchmarks.news.labels import C, U, px

A229 = "n229_nasdaq_pdd_2024_05_03"
A233 = "n233_nextfin_alibaba_2026_01_08"
A234 = "n234_investchronicle_jd_2023_04_24"
A235 = "n235_finviz_baidu_2025_11_12"
CC = "share_price_change_close_to_close"
CL = "share_price_close"
D229 = "2024-05-02"  # Zacks' 'last trading session' on a page dated 2024-05-03: the session before the page
W229 = "2024-04-03..2024-05-01"  # Zacks' four weeks: to the close before that session (2a22e1c's reading)
D233 = "2026-01-08"
D234 = "2023-04-21"  # 'the last trading session' before the page of Monday 2023-04-24
D235 = "2025-11-12"

US_LEVEL = "a US price level: the shipped file is adjusted-only and its provenance says levels are not checkable"
FORECAST_EST = "an analysts' consensus estimate: a forecast"
JD_NOW = (
    "the page's 'currently ... $34.34' is a moment of the session of Monday 2023-04-24 (the page's own last close "
    "$35.63 -> $34.34 is -3.62%, inside the file's day range of 2023-04-24 against 2023-04-21's close, -4.13% at "
    "the low 32.257 and -0.81% at the high 33.371)"
)
JD_WINDOW = (
    JD_NOW + ", and the page takes its windows to that price (its 'last five days' -9.75% is 34.34 against the close "
    "of 2023-04-17, which the file's 35.93 -> 33.645 ratio to 2023-04-21 puts at about 38.05), so daily closes do not "
    "give it; the adjusted-only JD file also spans a dividend in 2023 (its 2022-12-30 -> 2023-04-21 ratio, -35.57%, is "
    "not the price change)"
)

LABELS = [
    # --- n229 Zacks via Nasdaq (date line 2024-05-03): PDD's ADR 'in the last trading session', the session before
    # the page (Thursday 2024-05-02; Friday's own session was not over when a 2024-05-03 note was written)
    C(
        A229,
        "10.5%",
        "PDD Holdings",
        CC,
        "10.5",
        px("change_cc", "PDD", D229),
        why="'PDD Holdings Inc. (PDD) shares rallied 10.5% in the last trading session to close at $137.54' on a Zacks "
        "page dated 2024-05-03: the close-to-close move of the session before the page, Thursday 2024-05-02 (PDD pays "
        "no dividend: the adjusted ratio is the price change).",
        ctx="rallied 10.5%",
        date=D229,
        sign=1,
    ),
    U(A229, "$137.54", "PDD Holdings", CL, "adjusted_prices", US_LEVEL, date=D229),
    C(
        A229,
        "4.2%",
        "PDD Holdings",
        "share_price_change_period",
        "4.2",
        {"kind": "between", "ticker": "PDD", "from": "2024-04-03", "date": "2024-05-01"},
        why="'This compares to the stock's 4.2% gain over the past four weeks': Zacks' four weeks run to the close "
        "before the session it reports (the reading of 2a22e1c for Zacks' 'ended the last trading session ... "
        "compares to ... over the past four weeks'): 2024-04-03 -> 2024-05-01.",
        ctx="stock's 4.2% gain",
        period=W229,
        sign=1,
    ),
    U(
        A229,
        "$1.60",
        "PDD Holdings",
        "eps_estimate",
        "forecast",
        FORECAST_EST,
        ctx="quarterly earnings of $1.60 per share",
    ),
    U(A229, "+58.4%", "PDD Holdings", "eps_estimate_change_yoy", "forecast", FORECAST_EST),
    U(A229, "$10.42 billion", "PDD Holdings", "revenue_estimate", "forecast", FORECAST_EST),
    U(A229, "90.1%", "PDD Holdings", "revenue_estimate_change_yoy", "forecast", FORECAST_EST, ctx="up 90.1%"),
    U(
        A229,
        "#1",
        "PDD Holdings",
        "zacks_rank",
        "no_source",
        "a vendor's rating",
        ctx="carries a Zacks Rank #1 (Strong Buy)",
    ),
    C(
        A229,
        "6.4%",
        "Alibaba",
        CC,
        "6.4",
        px("change_cc", "BABA", D229),
        why="'Alibaba (BABA), closed the last trading session 6.4% higher at $80.33': the NYSE line (the page's "
        "dollars), the close-to-close move of the same last session, 2024-05-02 (no BABA dividend in the day).",
        ctx="closed the last trading session 6.4% higher",
        date=D229,
        sign=1,
    ),
    U(A229, "$80.33", "Alibaba", CL, "adjusted_prices", US_LEVEL, date=D229),
    C(
        A229,
        "4.2%",
        "Alibaba",
        "share_price_change_period",
        "4.2",
        {"kind": "between", "ticker": "BABA", "from": "2024-04-03", "date": "2024-05-01"},
        why="'Over the past month, BABA has returned 4.2%': the same Zacks window as PDD's four weeks, to the close "
        "before the last session (2024-04-03 -> 2024-05-01; BABA's 2024 dividend went ex in June, outside it).",
        ctx="BABA has returned 4.2%",
        period=W229,
        sign=1,
    ),
    U(
        A229,
        "-13.5%",
        "Alibaba",
        "eps_estimate_change",
        "forecast",
        "a revision of analysts' earnings estimates: a forecast",
        ctx="changed -13.5%",
    ),
    U(A229, "$1.20", "Alibaba", "eps_estimate", "forecast", FORECAST_EST, ctx="to $1.20"),
    # --- n233 NextFin (no date line; the text's 'On January 8, 2026'): Alibaba's NYSE session of 2026-01-08
    C(
        A233,
        "5.26%",
        "Alibaba",
        CC,
        "5.26",
        px("change_cc", "BABA", D233),
        why="the headline's 'Alibaba (BABA) Soars 5.26% on January 8, 2026': the close-to-close move of 2026-01-08 "
        "(no BABA dividend in the day).",
        ctx="Soars 5.26%",
        date=D233,
        sign=1,
    ),
    U(A233, "$146.10", "Alibaba", "share_price_open", "adjusted_prices", US_LEVEL, date=D233),
    U(A233, "$154.47", "Alibaba", CL, "adjusted_prices", US_LEVEL, date=D233),
    C(
        A233,
        "$7.72",
        "Alibaba",
        "share_price_change_usd",
        "7.72",
        {"kind": "article_sum", "parts": [154.47, -146.75], "unit": "USD"},
        why="'closed at $154.47, representing a significant increase of $7.72 ... compared to the previous closing "
        "price of $146.75': the article's own close less its previous close (154.47 - 146.75 = 7.72).",
        date=D233,
    ),
    C(
        A233,
        "5.26%",
        "Alibaba",
        CC,
        "5.26",
        px("change_cc", "BABA", D233),
        why="'an increase of $7.72 or 5.26% compared to the previous closing price of $146.75': the close-to-close "
        "move of 2026-01-08 (the article's own 146.75 -> 154.47 is +5.261% too).",
        ctx="$7.72 or 5.26%",
        date=D233,
        sign=1,
    ),
    U(A233, "$146.75", "Alibaba", "share_price_previous_close", "adjusted_prices", US_LEVEL, date="2026-01-07"),
    U(A233, "$155.29", "Alibaba", "share_price_day_high", "adjusted_prices", US_LEVEL, date=D233),
    U(A233, "$145.27", "Alibaba", "share_price_day_low", "adjusted_prices", US_LEVEL, date=D233),
    U(
        A233,
        "17,347,667",
        "Alibaba",
        "volume_shares",
        "no_source",
        "volume: no volume data is used",
        date=D233,
        hedge="approximate",
    ),
    U(
        A233,
        "12,613,200",
        "Alibaba",
        "volume_shares",
        "no_source",
        "volume: no volume data is used",
        date="2026-01-07",
    ),
    U(
        A233,
        "$200.00",
        "Alibaba",
        "price_target",
        "forecast",
        "Morgan Stanley's previous price target: a forecast",
        ctx="from $200.00",
    ),
    U(
        A233,
        "$180.00",
        "Alibaba",
        "price_target",
        "forecast",
        "Morgan Stanley's new price target: a forecast",
        ctx="down to $180.00",
    ),
    # --- n234 InvestChronicle (date line 2023-04-24, a Monday): JD.com's ADR, written during the session of
    # 2023-04-24 ('currently has a stock price of $34.34'); 'the last trading session' is Friday 2023-04-21
    U(
        A234,
        "-38.82%",
        "JD.com",
        "share_price_change_ytd",
        "no_source",
        JD_WINDOW,
        ctx="loss of -38.82%",
        date="2023-04-24",
        period="2023-01-01..2023-04-24",
    ),
    U(
        A234,
        "-18.55%",
        "JD.com",
        "share_price_change_period",
        "no_source",
        JD_WINDOW,
        date="2023-04-24",
    ),
    U(
        A234,
        "-14.30%",
        "JD.com",
        "share_price_change_period",
        "no_source",
        JD_WINDOW,
        date="2023-04-24",
    ),
    U(
        A234,
        "-9.75%",
        "JD.com",
        "share_price_change_period",
        "no_source",
        JD_WINDOW,
        date="2023-04-24",
    ),
    U(
        A234,
        "$34.34",
        "JD.com",
        "share_price_current",
        "no_source",
        JD_NOW + "; a US price level besides (adjusted-only file)",
        ctx="stock price of $34.34",
        date="2023-04-24",
    ),
    U(A234, "$35.755", "JD.com", "share_price_day_high", "adjusted_prices", US_LEVEL, date=D234),
    U(A234, "$35.50", "JD.com", "share_price_open", "adjusted_prices", US_LEVEL, date=D234),
    U(A234, "$35.215", "JD.com", "share_price_day_low", "adjusted_prices", US_LEVEL, date=D234),
    U(A234, "$35.63", "JD.com", CL, "adjusted_prices", US_LEVEL, date=D234),
    U(
        A234,
        "$68.29",
        "JD.com",
        "share_price_52_week_high",
        "adjusted_prices",
        US_LEVEL + " (the 1-year high of 2022-06-27)",
        ctx="stock was $68.29 on 06/27/22",
        date="2022-06-27",
    ),
    U(
        A234,
        "$33.17",
        "JD.com",
        "share_price_52_week_low",
        "adjusted_prices",
        US_LEVEL + " (the 1-year low of 2022-10-24)",
        ctx="recorded at $33.17 on 10/24/22",
        date="2022-10-24",
    ),
    C(
        A234,
        "-49.71%",
        "JD.com",
        "share_price_gap_to_52_week_high",
        "49.71",
        {"kind": "article_ratio", "a": 68.29, "b": 34.34},
        why="'current trading price is -49.71% away from its 52-week high': the article's own current price $34.34 "
        "against its own 52-week high $68.29.",
        sign=-1,
    ),
    C(
        A234,
        "3.53%",
        "JD.com",
        "share_price_gap_to_52_week_low",
        "3.53",
        {"kind": "article_ratio", "a": 33.17, "b": 34.34},
        why="'its distance from the 52-week low is 3.53%': the article's own $34.34 against its own 52-week low $33.17.",
        sign=1,
    ),
    U(
        A234,
        "$33.17",
        "JD.com",
        "share_price_52_week_low",
        "adjusted_prices",
        US_LEVEL,
        ctx="between $33.17 and $68.29",
        period="2022-04-25..2023-04-24",
    ),
    U(
        A234,
        "$68.29",
        "JD.com",
        "share_price_52_week_high",
        "adjusted_prices",
        US_LEVEL,
        ctx="$33.17 and $68.29.",
        period="2022-04-25..2023-04-24",
    ),
    U(
        A234,
        "8.06 million",
        "JD.com",
        "volume_shares",
        "no_source",
        "volume: no volume data is used",
        date=D234,
        hedge="approximate",
    ),
    # --- n235 Zacks via Finviz ('November 12, 2025, 5:45 PM', after the US close): Baidu's ADR session of 2025-11-12
    C(
        A235,
        "-2.28%",
        "Baidu",
        CC,
        "2.28",
        px("change_cc", "BIDU", D235),
        why="'Baidu Inc. (BIDU) closed the most recent trading day at $128.94, moving -2.28% from the previous trading "
        "session' on a page of 2025-11-12 5:45 PM: the close-to-close move of 2025-11-12 (Baidu pays no dividend).",
        date=D235,
        sign=-1,
    ),
    U(A235, "$128.94", "Baidu", CL, "adjusted_prices", US_LEVEL, date=D235),
    C(
        A235,
        "10.01%",
        "Baidu",
        "share_price_change_period",
        "10.01",
        {"kind": "between", "ticker": "BIDU", "from": "2025-10-14", "date": "2025-11-11"},
        why="'The web search company's shares have seen an increase of 10.01% over the last month': Zacks' month (four "
        "weeks) to the close before the session it reports (2a22e1c's reading), 2025-10-14 -> 2025-11-11.",
        period="2025-10-14..2025-11-11",
        sign=1,
    ),
    U(
        A235,
        "6.16%",
        "Zacks Computer and Technology sector",
        "average_return_period",
        "no_source",
        "a vendor's sector average: not in the shipped data",
    ),
    U(A235, "$1.2", "Baidu", "eps_estimate", "forecast", FORECAST_EST),
    U(A235, "49.37%", "Baidu", "eps_estimate_change_yoy", "forecast", FORECAST_EST),
    U(A235, "$4.31 billion", "Baidu", "revenue_estimate", "forecast", FORECAST_EST),
    U(A235, "9.96%", "Baidu", "revenue_estimate_change_yoy", "forecast", FORECAST_EST),
    U(A235, "$7.03", "Baidu", "eps_estimate", "forecast", FORECAST_EST, period="2025"),
    U(A235, "$18.1 billion", "Baidu", "revenue_estimate", "forecast", FORECAST_EST, period="2025"),
    U(A235, "-33.24%", "Baidu", "eps_estimate_change_yoy", "forecast", FORECAST_EST, period="2025"),
    U(A235, "-2.1%", "Baidu", "revenue_estimate_change_yoy", "forecast", FORECAST_EST, period="2025"),
]
