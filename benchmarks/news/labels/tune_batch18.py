"""Tune gold labels of batch 18 (n200-n204), written and committed before any checker run on them."""

from __future__ import annotations

import re

from benchmarks.news.labels import CA, C, U, fx, px, unknown

A200 = "n200_explica_hk_close_2021_05_03"
A201 = "n201_brecorder_hk_close_2022_01_31"
A203 = "n203_tickertv_meta_2023_10_11"
CC = "share_price_change_close_to_close"

TURNOVER = "the session's turnover: no volume or turnover data is used"
META_LEVEL = "Meta ships adjusted prices only, so the traded level cannot be told from the file"
META_MOMENT = (
    "a figure at a moment of Meta's session of Wednesday 2023-10-11 (the page, dated 2023-10-11, was written during "
    "it: 'is currently trading at', 'If the stock maintains its current trajectory')"
)


def efe_move(pct: str, company: str, ticker: str, sign: int, ctx: str) -> dict:
    """An EFE close wrap's move: the session's close-to-close move of 2021-05-03."""
    return C(
        A200,
        pct,
        company,
        CC,
        pct.rstrip("%"),
        px("change_cc", ticker, "2021-05-03"),
        why=f"'{ctx}' in an EFE Hong Kong close ('closed today'): the close-to-close move of 2021-05-03.",
        ctx=ctx,
        date="2021-05-03",
        sign=sign,
    )


def efe_fx(text: str, amount: float, dst: str, scale: float, ctx: str) -> dict:
    return C(
        A200,
        text,
        "Hong Kong stock market",
        f"turnover_{dst.lower()}",
        re.search(r"\d[\d,.]*", text).group(0).replace(",", ""),
        fx(amount, "HKD", dst, "2021-05-03"),
        why=f"the article's bracketed conversion of the session's turnover ('{ctx}') at the rate of the day "
        "(2021-05-03).",
        ctx=ctx,
        date="2021-05-03",
        scale=scale,
        slack=0.02,
    )


HALF_DAY = (
    "'The top gainer on the Hang Seng was Meituan, which gained 5.58%' at the close of the half-day session of Monday "
    "2022-01-31; the shipped 3690.HK bar of 2022-01-31 is a single price (open = high = low = close = 220.2) with zero "
    "volume, as every shipped Hong Kong file's bar of that day, so it is not a traded session's bar and the close "
    "cannot be read from it (its 208 -> 220.2 would give +5.865%; hand label, the tolerance rule on that bar would "
    "say contradicted)"
)

LABELS = [
    # --- n200 explica.co (EFE; date line 2021-05-03), the Hong Kong close of Monday 2021-05-03
    efe_move("3.17%", "HSBC", "0005.HK", -1, "HSBC (-3.17%)"),
    efe_move("2.58%", "AIA", "1299.HK", -1, "stops: -2.58%"),
    unknown(A200, "2.47%", "Ping An", CC, "2318.HK", ctx="-2.58%, -2.47%", date="2021-05-03"),
    unknown(A200, "2.02", "China Life", CC, "2628.HK", ctx="-2.02, respectively", date="2021-05-03"),
    unknown(A200, "1.29%", "Sinopec", CC, "0386.HK", ctx="advance of 1.29%", date="2021-05-03"),
    unknown(A200, "0.35%", "PetroChina", CC, "0857.HK", ctx="Petrochina lost 0.35%", date="2021-05-03"),
    unknown(A200, "0.97%", "CNOOC", CC, "0883.HK", ctx="Cnooc, 0.97%", date="2021-05-03"),
    unknown(A200, "0.21%", "Longfor Group", CC, "0960.HK", ctx="with 0.21%", date="2021-05-03"),
    unknown(A200, "1.42%", "China Overseas Land", CC, "0688.HK", ctx="with -1.42%", date="2021-05-03"),
    C(
        A200,
        "0.58%",
        "China Mobile",
        CC,
        "0.58",
        px("change_cc", "0941.HK", "2021-05-03"),
        why="'China Mobile fell 0.58%' in an EFE Hong Kong close ('closed today'): the close-to-close move of "
        "2021-05-03, 0941.HK's ex-dividend day (HK$1.76 in the file's Dividends column). The traded closes fall 3.94% "
        "(51.999 -> 49.95); net of the dividend (51.999 - 1.76 = 50.239 -> 49.95) the move is -0.58%, which is the "
        "file's adjusted close-to-close and the article's figure: the price move quoted against the previous close "
        "less the dividend, as exchanges' and vendors' change columns do on an ex-date.",
        ctx="China Mobile fell 0.58%",
        date="2021-05-03",
        sign=-1,
        relabel="built supported (d25c486), relabelled contradicted on the traded move (684b69c), relabelled back "
        "supported (GOLD_CHANGES.md section 24): the figure is exactly the move net of the day's dividend, a standard "
        "way to quote an ex-date's change, so a reader who checks it finds it right.",
    ),
    unknown(A200, "3.49%", "Mengniu Dairy", CC, "2319.HK", ctx="losses of 3.49%", date="2021-05-03"),
    U(A200, "95,850 million Hong Kong dollars", "Hong Kong stock market", "turnover_hkd", "no_source", TURNOVER),
    efe_fx(
        "12,339 million dollars",
        95850e6,
        "USD",
        1e6,
        "95,850 million Hong Kong dollars (12,339 million dollars",
    ),
    efe_fx("10,239 million euros", 95850e6, "EUR", 1e6, "12,339 million dollars or 10,239 million euros"),
    # --- n201 Business Recorder (Reuters; 'Updated 31 Jan, 2022'), the Hong Kong half-day close of Monday 2022-01-31
    U(A201, "5.58%", "Meituan", CC, "no_source", HALF_DAY, ctx="which gained 5.58%", date="2022-01-31"),
    unknown(
        A201,
        "4.2%",
        "Budweiser Brewing Company APAC",
        CC,
        "1876.HK",
        ctx="which fell 4.2%",
        date="2022-01-31",
    ),
    unknown(A201, "6.61%", "Kuaishou", CC, "1024.HK", ctx="up 6.61%", date="2022-01-31"),
    unknown(A201, "6.34%", "Innovent Biologics", CC, "1801.HK", ctx="gaining 6.34%", date="2022-01-31"),
    U(
        A201,
        "5.58%",
        "Meituan",
        CC,
        "no_source",
        HALF_DAY.replace("'The top gainer on the Hang Seng was Meituan, which gained 5.58%'", "'Meituan, up by 5.58%'"),
        ctx="Meituan, up by 5.58%",
        date="2022-01-31",
    ),
    # --- n203 ticker.tv (date line 2023-10-11), Meta's session of Wednesday 2023-10-11 (mid-session)
    U(
        A203,
        "$328.34",
        "Meta",
        "share_price_moment",
        "adjusted_prices",
        "'currently trading at $328.34': a level at a moment; " + META_LEVEL,
        date="2023-10-11",
    ),
    U(
        A203,
        "$6.50",
        "Meta",
        "share_price_change_usd",
        "adjusted_prices",
        "a dollar change at a moment; " + META_LEVEL,
        date="2023-10-11",
    ),
    C(
        A203,
        "2.02%",
        "Meta",
        "share_price_change_intraday",
        "2.02",
        {"kind": "article_ratio", "a": 321.84, "b": 328.34},
        why="'currently trading at $328.34, showing an increase of $6.50 or 2.02%': the article's own numbers (the "
        "previous close it implies, $328.34 - $6.50 = $321.84, to $328.34); " + META_MOMENT + ".",
        ctx="$6.50 or 2.02%",
        date="2023-10-11",
        sign=1,
    ),
    U(
        A203,
        "$331.90",
        "Meta",
        "share_price_close",
        "adjusted_prices",
        "the close of January 14, 2022: a level; " + META_LEVEL,
        date="2022-01-14",
    ),
    U(
        A203,
        "$325.48",
        "Meta",
        "share_price_closing_high_2023",
        "adjusted_prices",
        "the 2023 closing high of July 28th (2023-07-28): a level; " + META_LEVEL,
        date="2023-07-28",
    ),
    U(A203, "four-day", "Meta", "winning_streak", "duration", "a streak's length", ctx="four-day winning streak"),
    U(
        A203,
        "7.73%",
        "Meta",
        "share_price_change_streak",
        "no_source",
        "the four-day streak's gain to a moment of the session (from the close of 2023-10-05): no reference kind reads "
        "a multi-day change to a moment; " + META_MOMENT,
        date="2023-10-11",
    ),
    U(A203, "four-day", "Meta", "winning_streak", "duration", "a streak's length", ctx="four-day stretch"),
    C(
        A203,
        "8.09%",
        "Meta",
        "share_price_change_period",
        "8.09",
        px("between", "META", "2023-08-01", **{"from": "2023-07-26"}),
        why="'the four days ending on August 1, 2023, when it rose 8.09%': the close of 2023-07-26 to the close of "
        "2023-08-01 (four sessions: July 27, 28, 31, August 1; Meta paid no dividend before 2024, so the adjusted "
        "file's ratio is the price change).",
        date="2023-08-01",
        sign=1,
    ),
    U(
        A203,
        "9.37%",
        "Meta",
        "share_price_change_mtd",
        "no_source",
        "'Month-to-date ... has gained 9.37%': from the close of 2023-09-29 to a moment of the session; the day's low "
        "and high give +7.57% .. +9.54% and span the claim, so it is unverifiable; " + META_MOMENT,
        date="2023-10-11",
    ),
    CA(
        A203,
        "172.84%",
        "Meta",
        "share_price_change_ytd",
        "172.84",
        [px("ytd_low", "META", "2023-10-11"), px("ytd_high", "META", "2023-10-11")],
        why="'the stock has surged an impressive 172.84%' this year: year to date at a moment of the session; "
        + META_MOMENT
        + " (both readings are gains, as the claim: the sign agrees).",
        ctx="surged an impressive 172.84%",
        date="2023-10-11",
        reason="no_source",
    ),
    C(
        A203,
        "14.09%",
        "Meta",
        "distance_from_all_time_closing_high",
        "14.09",
        {"kind": "article_ratio", "a": 382.18, "b": 328.34},
        why="'currently down 14.09% from its all-time closing high of $382.18': the article's own numbers ($382.18 to "
        "the current $328.34).",
        ctx="down 14.09% from",
        date="2023-10-11",
        sign=-1,
    ),
    U(
        A203,
        "$382.18",
        "Meta",
        "share_price_all_time_closing_high",
        "adjusted_prices",
        "the all-time closing high of September 7, 2021: a level; " + META_LEVEL,
        date="2021-09-07",
    ),
    U(
        A203,
        "157.52%",
        "Meta",
        "share_price_change_1y",
        "no_window",
        "'up significantly 157.52% from the same time last year': a moment of the session against an unnamed day of "
        "2022 (the page names no base day)",
        date="2023-10-11",
    ),
    U(
        A203,
        "$328.55",
        "Meta",
        "share_price_intraday_high",
        "adjusted_prices",
        "the session's high so far: a level; " + META_LEVEL,
        date="2023-10-11",
    ),
    U(
        A203,
        "$332.73",
        "Meta",
        "share_price_intraday_high",
        "adjusted_prices",
        "the intraday high of January 14, 2022: a level; " + META_LEVEL,
        date="2022-01-14",
    ),
    C(
        A203,
        "2.08%",
        "Meta",
        "share_price_change_intraday_high",
        "2.08",
        {"kind": "article_ratio", "a": 321.84, "b": 328.55},
        why="'At its intraday high today, the stock was up 2.08%': the article's own numbers (the previous close it "
        "implies, $328.34 - $6.50 = $321.84, to the high so far, $328.55).",
        ctx="was up 2.08%",
        date="2023-10-11",
        sign=1,
    ),
]
