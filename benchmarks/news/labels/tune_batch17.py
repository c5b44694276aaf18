"""Tune gold labels of batch 17 (n189-n199), written and committed before any checker run on them."""

from __future__ import annotations

import re

from benchmarks.news.labels import CA, C, U, closing, fx, px, unknown

A190 = "n190_explica_hk_close_2021_05_28"
A193 = "n193_businessstandard_hk_close_2022_10_12"
A194 = "n194_stocktitan_hsbc_buyback_2025_07_09"
A195 = "n195_tickertv_meta_2023_11_29"
A196 = "n196_tickertv_meta_2023_12_28"
A198 = "n198_hustlechronicle_amazon_2021_08_02"
A199 = "n199_btimes_alphabet_2022_02_03"
CC = "share_price_change_close_to_close"
CL = "share_price_close"

TURNOVER = "the session's turnover: no volume or turnover data is used"
VOLUME = "trading volume: no reference the checker uses covers it"
REPORTED = "a reported company figure; the shipped data has no figures for this company"
ESTIMATE = "an analysts' estimate or a company forecast"
CAP = "a market value: the shipped data has prices but no share counts"
BUYBACK = "a buy-back programme's figure (size, shares, consideration, share count): not in the shipped data"
LEVEL = "ships adjusted prices only, so the traded level cannot be told from the file"
GOOG = "GOOG, the class C line; GOOGL ships"
HSBA = "HSBA.L, HSBC's London line; only 0005.HK ships"


def efe_move(article: str, pct: str, company: str, ticker: str, day: str, sign: int, ctx: str) -> dict:
    """An EFE close wrap's 'Company (-x.xx%)': the session's close-to-close move."""
    return C(
        article,
        pct,
        company,
        CC,
        pct.rstrip("%"),
        px("change_cc", ticker, day),
        why=f"'{ctx}' in an EFE Hong Kong close ('closed today'): the close-to-close move of {day}.",
        ctx=ctx,
        date=day,
        sign=sign,
    )


def hkd_fx(article: str, text: str, subject: str, what: str, amount: float, dst: str, day: str, scale: float, ctx: str):
    """A bracketed conversion of a Hong Kong dollar amount, at the rate of the article's day (±2% for a conversion)."""
    return C(
        article,
        text,
        subject,
        f"{what}_{dst.lower()}",
        re.search(r"\d[\d,.]*", text).group(0).replace(",", ""),
        fx(amount, "HKD", dst, day),
        why=f"the article's bracketed conversion of a Hong Kong dollar amount ('{ctx}') at the rate of the day ({day}).",
        ctx=ctx,
        date=day,
        scale=scale,
        slack=0.02,
    )


def hsbc(text: str, metric: str, reason: str, why: str, **kw: object) -> dict:
    return U(A194, text, "HSBC", metric, reason, why, **kw)


def buyback_price(text: str, claimed: str, what: str) -> dict:
    return C(
        A194,
        text,
        "HSBC",
        "buyback_price_hkd",
        claimed,
        px("day_range", "0005.HK", "2025-07-09", price=float(claimed)),
        why=f"the {what} of the Hong Kong buy-back trades on 9 July 2025 (the text's own date): a price paid that day "
        "lies inside 0005.HK's traded range of 2025-07-09.",
        ctx=f"{text} and HK$96.6500"
        if what == "lowest price"
        else (f"and {text} (VWAP" if what == "highest price" else f"VWAP {text}"),
        date="2025-07-09",
    )


LABELS = [
    # --- n190 explica.co (EFE; date line 2021-05-28), the Hong Kong close of Friday 2021-05-28
    unknown(A190, "1.16%", "HKEX", CC, "0388.HK", ctx="HKEX (-1.16%)", date="2021-05-28"),
    efe_move(A190, "3.78%", "HSBC", "0005.HK", "2021-05-28", 1, "HSBC (+3.78%)"),
    unknown(A190, "2.86%", "Hang Seng Bank", CC, "0011.HK", ctx="Hang Seng Bank (+ 2.86%)", date="2021-05-28"),
    unknown(A190, "6.02%", "CK Asset", CC, "1113.HK", ctx="CK Asset (+ 6.02%)", date="2021-05-28"),
    U(
        A190,
        "19.38 billion Hong Kong dollars",
        "CK Asset",
        "buyback_size_hkd",
        "no_source",
        "a buy-back plan's size: not in the shipped data",
    ),
    hkd_fx(
        A190,
        "2.497 billion dollars",
        "CK Asset",
        "buyback_size",
        19.38e9,
        "USD",
        "2021-05-28",
        1e9,
        "19.38 billion Hong Kong dollars (2.497 billion dollars",
    ),
    hkd_fx(
        A190,
        "2.047 billion of euros",
        "CK Asset",
        "buyback_size",
        19.38e9,
        "EUR",
        "2021-05-28",
        1e9,
        "2.497 billion dollars, 2.047 billion of euros",
    ),
    efe_move(A190, "0.66%", "Tencent", "0700.HK", "2021-05-28", -1, "Tencent (-0.66%)"),
    efe_move(A190, "2.43%", "Meituan", "3690.HK", "2021-05-28", -1, "Meituan (-2.43%)"),
    efe_move(A190, "0.67%", "Alibaba", "9988.HK", "2021-05-28", -1, "Alibaba (-0.67%)"),
    unknown(A190, "5.03%", "WuXi Biologics", CC, "2269.HK", ctx="Wuxi Biologics ( -5.03%)", date="2021-05-28"),
    unknown(A190, "6.89%", "Haidilao", CC, "6862.HK", ctx="Haidilao (-6.89%)", date="2021-05-28"),
    unknown(A190, "1.2%", "Sinopec", CC, "0386.HK", ctx="Sinopec (+1.2%)", date="2021-05-28"),
    efe_move(A190, "1.1%", "China Mobile", "0941.HK", "2021-05-28", -1, "China Mobile (-1.1%)"),
    U(A190, "172,740 million Hong Kong dollars", "Hong Kong stock market", "turnover_hkd", "no_source", TURNOVER),
    hkd_fx(
        A190,
        "22,260 million dollars",
        "Hong Kong stock market",
        "turnover",
        172740e6,
        "USD",
        "2021-05-28",
        1e6,
        "172,740 million Hong Kong dollars (22,260 million dollars",
    ),
    hkd_fx(
        A190,
        "18,248 million euros",
        "Hong Kong stock market",
        "turnover",
        172740e6,
        "EUR",
        "2021-05-28",
        1e6,
        "22,260 million dollars, 18,248 million euros",
    ),
    # --- n193 Business Standard (Capital Market; date line 2022-10-12), the Hong Kong close of Wednesday 2022-10-12
    *closing(A193, "2.2%", "HK$74.35", "Alibaba", "9988.HK", "2022-10-12", -1),
    *closing(A193, "2.5%", "HK$38.70", "HSBC", "0005.HK", "2022-10-12", -1),
    unknown(A193, "5.4%", "China Merchants Bank", CC, "3968.HK", ctx="slumped 5.4% to HK$31.35", date="2022-10-12"),
    unknown(A193, "HK$31.35", "China Merchants Bank", CL, "3968.HK", date="2022-10-12"),
    unknown(A193, "5%", "CK Infrastructure", CC, "1038.HK", ctx="lost 5% to HK$36.15", date="2022-10-12"),
    unknown(A193, "HK$36.15", "CK Infrastructure", CL, "1038.HK", date="2022-10-12"),
    unknown(A193, "3.6%", "CK Asset", CC, "1113.HK", ctx="slumped 3.6% to HK$45.70", date="2022-10-12"),
    unknown(A193, "HK$45.70", "CK Asset", CL, "1113.HK", date="2022-10-12"),
    # --- n194 Stock Titan (no date; the text's own '9 July 2025'), HSBC's buy-back trades of Wednesday 2025-07-09
    hsbc("US$2.39bn", "buyback_consideration", "no_source", BUYBACK + " (the headline's total since commencement)"),
    hsbc("US$3 billion", "buyback_size", "no_source", BUYBACK),
    C(
        A194,
        "1,835,543",
        "HSBC",
        "buyback_shares",
        "1835543",
        {"kind": "article_sum", "parts": [613543, 1222000]},
        why="'repurchased a total of 1,835,543 ordinary shares': the day's total against the article's own two parts "
        "(613,543 on UK venues and 1,222,000 in Hong Kong).",
        date="2025-07-09",
    ),
    hsbc("US$0.50", "par_value", "no_source", "a share's par value: not in the shipped data"),
    hsbc("613,543", "buyback_shares", "no_source", BUYBACK + " (the UK venues' part)", date="2025-07-09"),
    U(
        A194,
        "\u00a39.0220",
        "HSBC",
        "buyback_price_gbp",
        "unknown_entity",
        "no price data for this listing ships (" + HSBA + ")",
    ),
    U(
        A194,
        "\u00a39.1000",
        "HSBC",
        "buyback_price_gbp",
        "unknown_entity",
        "no price data for this listing ships (" + HSBA + ")",
    ),
    U(
        A194,
        "\u00a39.0606",
        "HSBC",
        "buyback_price_gbp",
        "unknown_entity",
        "no price data for this listing ships (" + HSBA + ")",
    ),
    hsbc("1,222,000", "buyback_shares", "no_source", BUYBACK + " (the Hong Kong part)", date="2025-07-09"),
    buyback_price("HK$95.5500", "95.5500", "lowest price"),
    buyback_price("HK$96.6500", "96.6500", "highest price"),
    buyback_price("HK$96.0581", "96.0581", "volume-weighted average price"),
    hsbc("204,518,209", "buyback_shares_total", "no_source", BUYBACK),
    hsbc("US$2.390 billion", "buyback_consideration", "no_source", BUYBACK),
    hsbc("17,454,926,728", "shares_outstanding", "no_source", BUYBACK),
    hsbc(
        "204.5 million",
        "buyback_shares_total",
        "no_source",
        BUYBACK + " (a restatement of the filing's 204,518,209)",
        ctx="204.5 million shares already",
    ),
    hsbc(
        "17.45 billion",
        "shares_outstanding",
        "no_source",
        BUYBACK + " (a restatement)",
        ctx="Clear disclosure of 17.45 billion",
    ),
    hsbc(
        "US$2.39 billion", "buyback_consideration", "no_source", BUYBACK + " (a restatement)", ctx="use US$2.39 billion"
    ),
    hsbc(
        "204.5 million", "buyback_shares_total", "no_source", BUYBACK + " (a restatement)", ctx="retired 204.5 million"
    ),
    hsbc(
        "1.2 %",
        "buyback_share_of_capital",
        "no_source",
        BUYBACK + " (a share of the pre-programme count, which the page does not state)",
    ),
    hsbc(
        "US$2.39 billion",
        "buyback_consideration",
        "no_source",
        BUYBACK + " (a restatement)",
        ctx="for US$2.39 billion.",
    ),
    hsbc(
        "17.45 billion",
        "shares_outstanding",
        "no_source",
        BUYBACK + " (a restatement)",
        ctx="share count of 17.45 billion",
    ),
    hsbc(
        "2.1 million",
        "buyback_pace",
        "no_source",
        BUYBACK + " (shares per trading day since 6 May: the programme's daily counts are not on the page)",
    ),
    # --- n195 ticker.tv (date line 2023-11-29), Meta's session of Wednesday 2023-11-29
    C(
        A195,
        "2.00%",
        "Meta",
        CC,
        "2.00",
        px("change_cc", "META", "2023-11-29"),
        why="'experienced a 2.00% decrease on Wednesday, closing at $332.20' (2023-11-29).",
        date="2023-11-29",
        sign=-1,
    ),
    C(
        A195,
        "$332.20",
        "Meta",
        CL,
        "332.20",
        px("close", "META", "2023-11-29"),
        why="the close.",
        ctx="closing at $332.20",
        date="2023-11-29",
    ),
    C(
        A195,
        "$10.72",
        "Meta",
        "distance_from_52_week_high",
        "10.72",
        {"kind": "article_sum", "parts": [342.92, -332.20]},
        why="'closed $10.72 below its 52-week high of $342.92': the article's own numbers ($342.92 - $332.20).",
        date="2023-11-29",
    ),
    U(
        A195,
        "$342.92",
        "Meta",
        "share_price_52_week_high",
        "adjusted_prices",
        "'its 52-week high of $342.92, which the company had achieved on November 22nd' (2023-11-22): a level; Meta "
        + LEVEL,
        date="2023-11-22",
    ),
    U(A195, "16.0 million", "Meta", "trading_volume", "no_source", VOLUME, date="2023-11-29"),
    C(
        A195,
        "4.2 million",
        "Meta",
        "volume_gap_to_average",
        "4.2",
        {"kind": "article_sum", "parts": [20.1, -16.0]},
        why="'16.0 million shares, 4.2 million below its 50-day average volume of 20.1 million': the article's own "
        "numbers (20.1 - 16.0 = 4.1, each rounded to 0.1 million, so the unrounded gap can be up to 0.1 million "
        "larger: `slack` 0.024 = 0.1/4.2).",
        scale=1.0,
        slack=0.024,
        date="2023-11-29",
    ),
    U(A195, "20.1 million", "Meta", "average_volume", "no_source", VOLUME + " (a 50-day average)"),
    # --- n196 ticker.tv (date line 2023-12-28, a Thursday), the session of Wednesday 2023-12-27
    U(A196, "$357.83", "Meta", CL, "adjusted_prices", "the close of 2023-12-27; Meta " + LEVEL, date="2023-12-27"),
    U(
        A196,
        "$357.20",
        "Meta",
        "share_price_52_week_high",
        "adjusted_prices",
        "'its previous peak of $357.20, which was achieved on December 22nd' (2023-12-22): a level; Meta " + LEVEL,
        date="2023-12-22",
    ),
    C(
        A196,
        "0.05%",
        "Apple",
        CC,
        "0.05",
        px("change_cc", "AAPL", "2023-12-27"),
        why="'Apple Inc., which saw a marginal increase of 0.05% to $193.15' on Wednesday 2023-12-27.",
        date="2023-12-27",
        sign=1,
    ),
    U(A196, "$193.15", "Apple", CL, "adjusted_prices", "the close of 2023-12-27; Apple " + LEVEL, date="2023-12-27"),
    C(
        A196,
        "0.16%",
        "Microsoft",
        CC,
        "0.16",
        px("change_cc", "MSFT", "2023-12-27"),
        why="'Microsoft Corp. experienced a slight decline of 0.16% to $374.07' on 2023-12-27.",
        ctx="slight decline of 0.16% to $374.07",
        date="2023-12-27",
        sign=-1,
    ),
    U(
        A196,
        "$374.07",
        "Microsoft",
        CL,
        "adjusted_prices",
        "the close of 2023-12-27; Microsoft " + LEVEL,
        date="2023-12-27",
    ),
    unknown(A196, "0.97%", "Alphabet", CC, GOOG, date="2023-12-27"),
    unknown(A196, "$141.44", "Alphabet", CL, GOOG, date="2023-12-27"),
    U(A196, "18.8 million", "Meta", "average_volume", "no_source", VOLUME + " (a 50-day average)"),
    U(A196, "12.7 million", "Meta", "trading_volume", "no_source", VOLUME, date="2023-12-27"),
    # --- n198 Hustle Chronicle (URL 2021/08/02, a Monday), Amazon's session of Friday 2021-07-30
    C(
        A198,
        "8.8%",
        "Amazon",
        "share_price_change_intraday",
        "8.8",
        px("intraday_low", "AMZN", "2021-07-30"),
        why="'Amazon shares dropped as much as 8.8% Friday': the day's low against Thursday's close (2021-07-30, read "
        "back from the URL's Monday; AMZN paid no dividend and its split came in 2022, so the adjusted file's ratio is "
        "the price change).",
        date="2021-07-30",
        sign=-1,
    ),
    U(
        A198,
        "18 months",
        "Amazon",
        "duration",
        "duration",
        "a span of time ('in the last 18 months'), not a checkable figure",
    ),
    CA(
        A198,
        "10%",
        "Amazon",
        "share_price_gap_to_record_close",
        "10",
        [
            px("between", "AMZN", "2021-07-30", **{"from": "2021-07-08"}),
            px("between", "AMZN", "2021-08-02", **{"from": "2021-07-08"}),
        ],
        why="'Amazon shares are now down over 10% from their record closing high of $3719 earlier this year': from the "
        "file's highest 2021 close (2021-07-08) to the close of Friday 2021-07-30 or of the page's Monday 2021-08-02 "
        "('now' is not fixed); both readings are falls of more than 10%, as the claim (the sign agrees; from the "
        "article's own $3719, scaled by the file's 20:1 split, the Friday close gives -10.5%, also more than 10%).",
        ctx="down over 10% from",
        hedge="more_than",
        sign=-1,
    ),
    U(
        A198,
        "$3719",
        "Amazon",
        "share_price_record_close",
        "adjusted_prices",
        "the record closing high of 2021: a level; Amazon " + LEVEL,
        period="2021",
    ),
    # --- n199 International Business Times (URL 20220203, a Thursday), Alphabet's session of Wednesday 2022-02-02
    U(A199, "$2 trillion", "Alphabet", "market_value", "no_source", CAP, ctx="becoming a $2 trillion company"),
    C(
        A199,
        "8%",
        "Alphabet",
        CC,
        "8",
        px("change_cc", "GOOGL", "2022-02-02"),
        why="'Alphabet's stock surged by more than 8% on Wednesday' (2022-02-02, read back from the URL's Thursday): "
        "the day's move, close to close (the sentence names no moment; the next paragraph names 'the peak ... during "
        "the start of trading' separately, and the stock 'eventually corrected and closed'). GOOGL paid no dividend "
        "and split only in July 2022, so the adjusted file's ratio is the price change; the day's high was +10.10% "
        "and the open +9.88%.",
        ctx="surged by more than 8%",
        date="2022-02-02",
        hedge="more_than",
        sign=1,
    ),
    U(A199, "$1.97 trillion", "Alphabet", "market_value", "no_source", CAP, date="2022-02-02"),
    U(A199, "$2 trillion", "Alphabet", "market_value", "no_source", CAP, ctx="briefly went above $2 trillion"),
    U(
        A199,
        "$2,975",
        "Alphabet",
        CL,
        "adjusted_prices",
        "'closed at around $2,975 per share' on 2022-02-02: a level; Alphabet " + LEVEL,
        date="2022-02-02",
        hedge="approximate",
    ),
    U(A199, "$2 trillion", "Alphabet", "market_value", "no_source", CAP, ctx="get it past $2 trillion"),
    U(
        A199,
        "two years",
        "Wall Street tech companies",
        "duration",
        "duration",
        "a span of time, not a checkable figure",
    ),
    U(
        A199,
        "20",
        "Alphabet",
        "analyst_count",
        "no_source",
        "a count of brokerages: not in the shipped data",
        ctx="At least 20 brokerages",
        hedge="at_least",
    ),
    U(A199, "$3,450", "Alphabet", "price_target", "forecast", ESTIMATE + " (the median analyst price target)"),
    C(
        A199,
        "16%",
        "Alphabet",
        "price_target_upside",
        "16",
        {"kind": "article_ratio", "a": 2975, "b": 3450},
        why="'The median analyst price target is now $3,450 per share, up 16% from where it is today': the article's "
        "own numbers, from its close of 'around $2,975' to $3,450.",
        ctx="up 16% from where",
    ),
    U(A199, "$30.69", "Alphabet", "earnings_per_share", "no_source", REPORTED),
    U(A199, "$27.34", "Alphabet", "earnings_per_share_estimate", "forecast", ESTIMATE),
    U(A199, "$72.17 billion", "Alphabet", "revenue_estimate", "forecast", ESTIMATE),
    U(A199, "$75.33 billion", "Alphabet", "revenue", "no_source", REPORTED),
]
