"""Held-out gold labels of batch 25 (n256-n263: n256, n259, n261, n262), written and committed before any checker run on them."""

from __future__ import annotations

from typing import Any

from benchmarks.news.labels import C, U, px

A256 = "n256_dwinnex_amazon_2026_01_21"
A259 = "n259_investchronicle_microsoft_2023_06_05"
A261 = "n261_investchronicle_meta_2023_07_17"
A262 = "n262_dwinnex_alphabet_2023_07_12"
CC = "share_price_change_close_to_close"
CL = "share_price_close"
D256 = "2026-01-20"  # the session before the page of Wednesday 2026-01-21 (the URL; Monday 2026-01-19 was a US holiday)
D259 = "2023-06-02"  # the page's 'present stock price' $335.40 is the traded close of Friday 2023-06-02
D261 = "2023-07-14"  # the page's 'currently ... $308.87' is the traded close of Friday 2023-07-14
D262 = "2023-07-11"  # 'closed ... in the last session' on a page of Wednesday 2023-07-12: the stated closes are 2023-07-11's

US_LEVEL = "a US price level: the shipped file is adjusted-only and its provenance says levels are not checkable"
VOLUME = "volume: no volume data is used"
MARKET_DATA = "a trading statistic or ratio of the quote template: not in the shipped data"
CAP = "a market value or enterprise value: no share counts or balance sheets ship"
TARGET = "price target"
INSIDER = "an insider's sale (a filing): not in the shipped data"
REPORTED = "a reported figure (revenue growth, head count): no reported figures ship for this company"
ANALYSTS = "a count of analysts' ratings: not in the shipped data"
SESSION_BEFORE = (
    "the page is dated by its URL only and names no session; as for the batch-24 dwinnex pages, its figures are read "
    "as the session before the page"
)
META_NOW = (
    "the page's 'Currently, the stock price ... is $308.87' is the traded close of Friday 2023-07-14 (the file's "
    "adjusted 306.465 at its constant 2023 factor, 310.97 -> the page's own 313.41 for 2023-07-13); Monday's own close "
    "was 310.62, and the page's windows end at that price (year to date and five days agree with the file to the cent)"
)


def _u(article: str, date: str | None) -> Any:
    def u(text: str, subject: str, metric: str, reason: str, why: str, **kw: Any) -> dict[str, Any]:
        kw.setdefault("date", date)
        return U(article, text, subject, metric, reason, why, **kw)

    return u


u256 = _u(A256, D256)
u259 = _u(A259, D259)
u261 = _u(A261, D261)
u262 = _u(A262, D262)

LABELS = [
    # --- n256 dwinnex (URL 2026-01-21, a Wednesday): Amazon, the session before the page (Tuesday 2026-01-20)
    u256("231.0", "Amazon", CL, "adjusted_prices", US_LEVEL + " (the headline's close)", ctx="Closing at 231.0"),
    u256(
        "-3.40",
        "Amazon",
        "share_price_change",
        "no_source",
        "the headline's 'Down by -3.40' has no unit: read as a percent the file's close-to-close move of 2026-01-20 is "
        "-3.396%, read as dollars the page's own close less its previous close is 231.0 - 239.12 = -8.12: the readings "
        "disagree",
        ctx="Down by -3.40",
    ),
    u256("$239.12", "Amazon", "share_price_previous_close", "adjusted_prices", US_LEVEL, date="2026-01-16"),
    u256("$231.0", "Amazon", CL, "adjusted_prices", US_LEVEL),
    C(
        A256,
        "-3.40%",
        "Amazon",
        CC,
        "3.40",
        px("change_cc", "AMZN", D256),
        why="'After finishing at $239.12 in the prior trading day, Amazon.com Inc (NASDAQ: AMZN) closed at $231.0, down "
        "-3.40%' on a page of Wednesday 2026-01-21: " + SESSION_BEFORE + ", Tuesday 2026-01-20 (the prior trading day "
        "is Friday 2026-01-16; the article's own 239.12 -> 231.0 is -3.396% too).",
        ctx="down -3.40%",
        date=D256,
        sign=-1,
    ),
    C(
        A256,
        "-$3.40",
        "Amazon",
        "share_price_change_usd",
        "3.40",
        {"kind": "article_sum", "parts": [231.0, -239.12], "unit": "USD"},
        why="'In other words, the price has decreased by -$3.40 from its previous closing price': the article's own "
        "close less its own previous close (231.0 - 239.12 = -8.12); the template repeats the percent as dollars.",
        date=D256,
        sign=-1,
    ),
    u256("47.01 million shares", "Amazon", "volume_shares", "no_source", VOLUME),
    u256("$235.09", "Amazon", "share_price_day_high", "adjusted_prices", US_LEVEL),
    u256("$229.34", "Amazon", "share_price_day_low", "adjusted_prices", US_LEVEL),
    u256("25.27", "Amazon", "price_to_cash", "no_source", MARKET_DATA, ctx="standing at 25.27"),
    u256("233.85", "Amazon", "price_to_free_cash_flow", "no_source", MARKET_DATA, ctx="term is 233.85"),
    u256("0.80", "Amazon", "quick_ratio", "no_source", MARKET_DATA, ctx="recorded 0.80"),
    u256("1.01", "Amazon", "current_ratio", "no_source", MARKET_DATA, ctx="at 1.01"),
    u256("0.41", "Amazon", "debt_to_equity", "no_source", MARKET_DATA, ctx="ratio is 0.41"),
    u256("0.37", "Amazon", "long_term_debt_to_equity", "no_source", MARKET_DATA, ctx="ratio is at 0.37"),
    u256("$260", "Amazon", "target_price", "forecast", "Raymond James's " + TARGET, date="2026-01-15"),
    u256("$275", "Amazon", "target_price", "forecast", "Raymond James's earlier " + TARGET, date="2026-01-15"),
    u256("$300", "Amazon", "target_price", "forecast", "TD Cowen's earlier " + TARGET, date="2026-01-13"),
    u256("$315", "Amazon", "target_price", "forecast", "TD Cowen's " + TARGET, date="2026-01-13"),
    u256("$295", "Amazon", "target_price", "forecast", "Wells Fargo's earlier " + TARGET, date="2026-01-12"),
    u256("$301", "Amazon", "target_price", "forecast", "Wells Fargo's " + TARGET, date="2026-01-12"),
    u256("2,500 shares", "Amazon", "insider_sale_shares", "no_source", INSIDER, date="2025-12-01"),
    u256("$233.22", "Amazon", "insider_sale_price", "no_source", INSIDER + " (its price)", date="2025-12-01"),
    C(
        A256,
        "583,050",
        "Amazon",
        "insider_sale_value_usd",
        "583050",
        {"kind": "article_product", "a": 2500, "b": 233.22, "unit": "USD"},
        why="'Herrington Douglas J sold 2,500 shares for $233.22 per share. The transaction valued at 583,050': the "
        "article's own shares times its own price.",
        date="2025-12-01",
    ),
    u256(
        "505,934 shares",
        "Amazon",
        "insider_holding_shares",
        "no_source",
        INSIDER + " (the holding after it)",
        date="2025-12-01",
    ),
    # --- n259 InvestChronicle (URL 2023-06-05, a Monday): Microsoft; the 'present stock price' $335.40 is the traded
    # close of Friday 2023-06-02, the page's distances from the 52-week high and low are its own arithmetic on it
    C(
        A259,
        "-0.16%",
        "Microsoft",
        "share_price_gap_to_52_week_high",
        "0.16",
        {"kind": "article_ratio", "a": 335.94, "b": 335.40},
        why="'current trading price is -0.16% away from its 52-week high': the article's own present price $335.40 "
        "against its own 52-week high $335.94.",
        sign=-1,
    ),
    C(
        A259,
        "57.15%",
        "Microsoft",
        "share_price_gap_to_52_week_low",
        "57.15",
        {"kind": "article_ratio", "a": 213.43, "b": 335.40},
        why="'its distance from the 52-week low is 57.15%': the article's own $335.40 against its own 52-week low "
        "$213.43.",
        sign=1,
    ),
    u259(
        "$213.43",
        "Microsoft",
        "share_price_52_week_low",
        "adjusted_prices",
        US_LEVEL,
        ctx="between $213.43 and",
        date="2022-11-04",
    ),
    u259(
        "$335.94",
        "Microsoft",
        "share_price_52_week_high",
        "adjusted_prices",
        US_LEVEL,
        ctx="and $335.94.",
        date="2023-06-02",
    ),
    u259("25.85 million", "Microsoft", "volume_shares", "no_source", VOLUME),
    u259("29.68 million", "Microsoft", "average_volume", "no_source", VOLUME + " (an average)"),
    u259("$335.40", "Microsoft", "share_price_current", "adjusted_prices", US_LEVEL + " (the close of 2023-06-02)"),
    u259("$337.50", "Microsoft", "share_price_day_high", "adjusted_prices", US_LEVEL),
    u259("$334.247", "Microsoft", "share_price_open", "adjusted_prices", US_LEVEL),
    u259("$332.55", "Microsoft", "share_price_day_low", "adjusted_prices", US_LEVEL),
    u259(
        "$332.58",
        "Microsoft",
        CL,
        "adjusted_prices",
        US_LEVEL + " (the template's 'last trading session' close; the traded close of 2023-06-01 in the file's ratio)",
        date="2023-06-01",
    ),
    u259(
        "$335.94",
        "Microsoft",
        "share_price_52_week_high",
        "adjusted_prices",
        US_LEVEL,
        ctx="at $335.94 on 06/02/23",
        date="2023-06-02",
    ),
    u259(
        "$213.43",
        "Microsoft",
        "share_price_52_week_low",
        "adjusted_prices",
        US_LEVEL,
        ctx="was $213.43 on 11/04/22",
        date="2022-11-04",
    ),
    u259("31.38%", "Microsoft", "revenue_growth", "no_source", REPORTED, date=None),
    u259("2472.89B", "Microsoft", "market_value_usd", "no_source", CAP),
    u259("221000 employees", "Microsoft", "employees", "no_source", REPORTED, date=None),
    u259("36", "Microsoft", "analyst_count", "no_source", ANALYSTS, ctx="36 analysts", date=None),
    u259("7", "Microsoft", "analyst_count", "no_source", ANALYSTS, ctx="BUY, 7 o", date=None),
    # --- n261 InvestChronicle (date line 2023-07-17, a Monday): Meta; the page's price and windows are those of the
    # close of Friday 2023-07-14 (Meta paid no dividend in 2023: the file's 2023 ratios are the traded price's)
    C(
        A261,
        "156.66%",
        "Meta",
        "share_price_change_ytd",
        "156.66",
        px("ytd", "META", D261),
        why="'This year’s metric has recorded a Price increase of 156.66%': " + META_NOW + "; the year to 2023-07-14.",
        date=D261,
        period="2023-01-01..2023-07-14",
        sign=1,
    ),
    u261(
        "132.43%",
        "Meta",
        "share_price_change_6m",
        "no_source",
        "'over the past six months, we’ve seen a weaker performance of 132.43%': " + META_NOW + "; the page does not "
        "say where its six months start: from the close of 2023-01-13 (six calendar months before) the file gives "
        "+125.49%, from 2023-01-17 +128.18%; the stated figure is the change from 2023-01-11 (+132.43%), a start the "
        "text does not fix",
        period="2023-01-13..2023-07-14",
    ),
    C(
        A261,
        "13.84%",
        "Meta",
        "share_price_change_1m",
        "13.84",
        {"kind": "between", "ticker": "META", "from": "2023-06-14", "date": D261},
        why="'The price of META fallen by 13.84% over the last 30 days': " + META_NOW + "; from the close 30 days "
        "before (2023-06-14) the price rose (the file's close of 2023-06-13 gives +13.84%, also a rise): the stated "
        "direction is wrong.",
        date=D261,
        period="2023-06-14..2023-07-14",
        sign=-1,
    ),
    C(
        A261,
        "6.31%",
        "Meta",
        "share_price_change_5d",
        "6.31",
        {"kind": "between", "ticker": "META", "from": "2023-07-07", "date": D261},
        why="'in the last five days, it has surged by 6.31%': " + META_NOW + "; five sessions, from the close of "
        "2023-07-07.",
        date=D261,
        period="2023-07-07..2023-07-14",
        sign=1,
    ),
    u261("$308.87", "Meta", "share_price_current", "adjusted_prices", US_LEVEL + " (the close of 2023-07-14)"),
    u261("$314.88", "Meta", "share_price_day_high", "adjusted_prices", US_LEVEL, date="2023-07-13"),
    u261("$311.79", "Meta", "share_price_open", "adjusted_prices", US_LEVEL, date="2023-07-13"),
    u261("$307.3612", "Meta", "share_price_day_low", "adjusted_prices", US_LEVEL, date="2023-07-13"),
    u261("$313.41", "Meta", CL, "adjusted_prices", US_LEVEL + " (the close of 2023-07-13)", date="2023-07-13"),
    u261(
        "$316.24",
        "Meta",
        "share_price_52_week_high",
        "adjusted_prices",
        US_LEVEL,
        ctx="was $316.24 on 07/13/23",
        date="2023-07-13",
    ),
    u261(
        "$88.09",
        "Meta",
        "share_price_52_week_low",
        "adjusted_prices",
        US_LEVEL,
        ctx="at $88.09 on 11/04/22",
        date="2022-11-04",
    ),
    C(
        A261,
        "-2.33%",
        "Meta",
        "share_price_gap_to_52_week_high",
        "2.33",
        {"kind": "article_ratio", "a": 316.24, "b": 308.87},
        why="'current trading price is -2.33% away from its 52-week high': the article's own current price $308.87 "
        "against its own 52-week high $316.24.",
        sign=-1,
    ),
    C(
        A261,
        "250.63%",
        "Meta",
        "share_price_gap_to_52_week_low",
        "250.63",
        {"kind": "article_ratio", "a": 88.09, "b": 308.87},
        why="'its distance from the 52-week low is 250.63%': the article's own $308.87 against its own 52-week low "
        "$88.09.",
        sign=1,
    ),
    u261(
        "$88.09",
        "Meta",
        "share_price_52_week_low",
        "adjusted_prices",
        US_LEVEL,
        ctx="between $88.09 and",
        date="2022-11-04",
    ),
    u261(
        "$316.24",
        "Meta",
        "share_price_52_week_high",
        "adjusted_prices",
        US_LEVEL,
        ctx="and $316.24.",
        date="2023-07-13",
    ),
    u261("22.62 million", "Meta", "volume_shares", "no_source", VOLUME),
    u261("24.24 million", "Meta", "average_volume", "no_source", VOLUME + " (an average)"),
    u261("40.17%", "Meta", "revenue_growth", "no_source", REPORTED, date=None),
    u261("803.19B", "Meta", "market_value_usd", "no_source", CAP),
    u261("77114 employees", "Meta", "employees", "no_source", REPORTED, date=None),
    u261("40", "Meta", "analyst_count", "no_source", ANALYSTS, ctx="40 analysts", date=None),
    # --- n262 dwinnex (date line 2023-07-12, a Wednesday): Alphabet Class A 'in the last session', Tuesday 2023-07-11
    u262("$117.14", "Alphabet", CL, "adjusted_prices", US_LEVEL),
    C(
        A262,
        "0.59%",
        "Alphabet",
        CC,
        "0.59",
        px("change_cc", "GOOGL", D262),
        why="'closed at $117.14 in the last session, up 0.59% from day before closing price of $116.45' on a page of "
        "Wednesday 2023-07-12: the session before it, Tuesday 2023-07-11 (the article's own 116.45 -> 117.14 is "
        "+0.593% too).",
        date=D262,
        sign=1,
    ),
    u262("$116.45", "Alphabet", "share_price_previous_close", "adjusted_prices", US_LEVEL, date="2023-07-10"),
    C(
        A262,
        "$+0.69",
        "Alphabet",
        "share_price_change_usd",
        "0.69",
        {"kind": "article_sum", "parts": [117.14, -116.45], "unit": "USD"},
        why="'In other words, the price has increased by $+0.69 from its previous closing price': the article's own "
        "close less its own previous close (117.14 - 116.45 = 0.69).",
        date=D262,
        sign=1,
    ),
    u262("22991961", "Alphabet", "volume_shares", "no_source", VOLUME),
    u262("$117.71", "Alphabet", "share_price_day_high", "adjusted_prices", US_LEVEL),
    u262("$115.36", "Alphabet", "share_price_day_low", "adjusted_prices", US_LEVEL),
    u262("13.03", "Alphabet", "price_to_cash", "no_source", MARKET_DATA, ctx="standing at 13.03"),
    u262("24.23", "Alphabet", "price_to_free_cash_flow", "no_source", MARKET_DATA, ctx="term is 24.23"),
    u262("2.30", "Alphabet", "quick_ratio", "no_source", MARKET_DATA, ctx="recorded 2.30"),
    u262("2.40", "Alphabet", "current_ratio", "no_source", MARKET_DATA, ctx="at 2.40"),
    u262("0.05", "Alphabet", "debt_to_equity", "no_source", MARKET_DATA, ctx="ratio is 0.05"),
    u262("0.05", "Alphabet", "long_term_debt_to_equity", "no_source", MARKET_DATA, ctx="ratio is at 0.05"),
    u262("16,083 shares", "Alphabet", "insider_sale_shares", "no_source", INSIDER, date="2023-07-03"),
    u262("$120.31", "Alphabet", "insider_sale_price", "no_source", INSIDER + " (its price)", date="2023-07-03"),
    u262(
        "1,934,990",
        "Alphabet",
        "insider_sale_value_usd",
        "no_source",
        "'sold 16,083 shares for $120.31 per share. The transaction valued at 1,934,990': the article's own shares times "
        "its own price is 1,934,945.73, but the price is a rounded average ($120.31 covers 120.305-120.315, so "
        "1,934,865-1,935,026; the stated value is 16,083 x 120.3128): the stated numbers neither confirm nor refute it",
        date="2023-07-03",
    ),
    u262(
        "127,028 shares",
        "Alphabet",
        "insider_holding_shares",
        "no_source",
        INSIDER + " (the holding after it)",
        date="2023-07-03",
    ),
    u262("240 shares", "Alphabet", "insider_sale_shares", "no_source", INSIDER, date="2023-06-29"),
    C(
        A262,
        "$28,805",
        "Alphabet",
        "insider_sale_value_usd",
        "28805",
        {"kind": "article_product", "a": 240, "b": 120.02, "unit": "USD"},
        why="'ARNOLD FRANCES sold 240 shares of GOOGL for $28,805 on Jun 29 ... at $120.02 per share': the article's own "
        "shares times its own price.",
        date="2023-06-29",
    ),
    u262(
        "13,040 shares",
        "Alphabet",
        "insider_holding_shares",
        "no_source",
        INSIDER + " (the holding after it)",
        date="2023-06-29",
    ),
    u262("$120.02", "Alphabet", "insider_sale_price", "no_source", INSIDER + " (its price)", date="2023-06-29"),
    u262("380 shares", "Alphabet", "insider_sale_shares", "no_source", INSIDER, date="2023-06-26"),
    u262("$121.42", "Alphabet", "insider_sale_price", "no_source", INSIDER + " (its price)", date="2023-06-26"),
    C(
        A262,
        "46,140",
        "Alphabet",
        "insider_sale_value_usd",
        "46140",
        {"kind": "article_product", "a": 380, "b": 121.42, "unit": "USD"},
        why="'sold 380 shares for $121.42 each. As a result, the insider received 46,140': the article's own shares "
        "times its own price.",
        date="2023-06-26",
    ),
    u262(
        "4,700 shares",
        "Alphabet",
        "insider_holding_shares",
        "no_source",
        INSIDER + " (the holding after it)",
        date="2023-06-26",
    ),
    u262("1.49T", "Alphabet", "market_value_usd", "no_source", CAP),
    u262("1.40T", "Alphabet", "enterprise_value", "no_source", CAP),
]
