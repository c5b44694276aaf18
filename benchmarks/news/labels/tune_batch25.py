"""Tune gold labels of batch 25 (n256-n263: n257, n258, n260, n263), written before any checker run on them."""

from __future__ import annotations

from typing import Any

from benchmarks.news.labels import C, U, px

A257 = "n257_fxstreet_apple_2021_10_04"
A258 = "n258_investchronicle_microsoft_2023_04_24"
A260 = "n260_investchronicle_meta_2023_05_30"
A263 = "n263_newsdaemon_alphabet_2021_04_06"
CC = "share_price_change_close_to_close"
CL = "share_price_close"
D257 = "2021-10-01"  # 'Apple closed up on Friday' on a page of Monday 2021-10-04 (date line; URL 10:37, before the US open)
D258 = "2023-04-21"  # the page's 'present' price $285.76 is the traded close of Friday 2023-04-21
D260 = "2023-05-26"  # the page's 'currently ... $262.04' is the traded close of Friday 2023-05-26
D263 = "2021-04-05"  # 'open the trading on April 05, 2021 ... jumped 4.19%'

US_LEVEL = "a US price level: the shipped file is adjusted-only and its provenance says levels are not checkable"
VOLUME = "volume: no volume data is used"
MARKET_DATA = "a trading statistic, ratio or moving average of the quote template: not in the shipped data"
CAP = "a market value or enterprise value: no share counts or balance sheets ship"
REPORTED = "a reported figure (revenue, earnings, margins, head count, growth rates): no reported figures ship for this company"
ANALYSTS = "a count of analysts' ratings: not in the shipped data"
OWNERSHIP = "an ownership share: not in the shipped data"
MSFT_NOW = (
    "the page's 'At present ... $285.76' is the traded close of Friday 2023-04-21 (Monday 2023-04-24's own close was "
    "281.77), and its five-day change is to that price (from the close of 2023-04-14, -0.13% in the file)"
)


def _u(article: str, date: str | None) -> Any:
    def u(text: str, subject: str, metric: str, reason: str, why: str, **kw: Any) -> dict[str, Any]:
        kw.setdefault("date", date)
        return U(article, text, subject, metric, reason, why, **kw)

    return u


u257 = _u(A257, D257)
u258 = _u(A258, D258)
u260 = _u(A260, D260)
u263 = _u(A263, D263)

LABELS = [
    # --- n257 FXStreet (date line 2021-10-04, a Monday, before the US open): Apple's close of Friday 2021-10-01
    C(
        A257,
        "less than 1%",
        "Apple",
        CC,
        "1",
        px("change_cc", "AAPL", D257),
        why="'Apple closed up on Friday by less than 1% at $142.65' on a page of Monday 2021-10-04 written before the "
        "US open: Friday 2021-10-01's close-to-close move.",
        date=D257,
        hedge="less_than",
        sign=1,
    ),
    u257("$142.65", "Apple", CL, "adjusted_prices", US_LEVEL),
    u257(
        "$141.67",
        "Apple",
        "share_price_low_since",
        "adjusted_prices",
        US_LEVEL + " ('put in a new low, breaking $141.67': a previous low level)",
    ),
    u257(
        "$140",
        "Apple",
        "share_price_intraday_low",
        "adjusted_prices",
        US_LEVEL + " ('managed to break below $140 early in the session': an intraday level)",
    ),
    u257("$2.3 trillion", "Apple", "market_value_usd", "no_source", CAP, ctx="Market Cap $2.3 trillion"),
    u257("$2.3 trillion", "Apple", "enterprise_value", "no_source", CAP, ctx="Enterprise Value $2.3 trillion"),
    u257("28", "Apple", "price_to_earnings", "no_source", MARKET_DATA, ctx="(P/E) 28"),
    u257("37", "Apple", "price_to_book", "no_source", MARKET_DATA, ctx="Price/Book 37"),
    u257("9", "Apple", "price_to_sales", "no_source", MARKET_DATA, ctx="Price/Sales 9"),
    u257("41%", "Apple", "gross_margin", "no_source", REPORTED, ctx="Gross Margin 41%", date=None),
    u257("25%", "Apple", "net_margin", "no_source", REPORTED, ctx="Net Margin 25%", date=None),
    u257("$112 billion", "Apple", "ebitda", "no_source", REPORTED, date=None),
    u257("$103.10", "Apple", "share_price_52_week_low", "adjusted_prices", US_LEVEL),
    u257("$157.26", "Apple", "share_price_52_week_high", "adjusted_prices", US_LEVEL),
    u257("$166.7", "Apple", "target_price", "forecast", "the analysts' average price target"),
    # --- n258 InvestChronicle (URL 2023-04-24, a Monday): Microsoft; its present price and windows are those of the
    # close of Friday 2023-04-21; its distances from the 52-week high and low are its own arithmetic on that price
    u258(
        "19.16%",
        "Microsoft",
        "share_price_change_ytd",
        "adjusted_prices",
        "'Year to date metric has recorded a gain of 19.16%': " + MSFT_NOW + "; the traded closes (239.82 on "
        "2022-12-30 -> 285.76) give +19.16%, but the adjusted-only file's ratio over a window that spans a quarterly "
        "ex-dividend day (2023-02-15) is +19.454%, so the file cannot assert it either way",
        period="2023-01-01..2023-04-21",
    ),
    u258(
        "20.84%",
        "Microsoft",
        "share_price_change_6m",
        "adjusted_prices",
        "'over the last six months, we can see a weaker performance of 20.84%': " + MSFT_NOW + "; the page does not "
        "fix the start (the file gives +18.65% from the close of 2022-10-21, +21.65% from 2022-10-20) and the window "
        "spans two quarterly ex-dividend days, so the adjusted-only file's ratios are not the price change",
        period="2022-10-21..2023-04-21",
    ),
    C(
        A258,
        "4.95%",
        "Microsoft",
        "share_price_change_1m",
        "4.95",
        {"kind": "between", "ticker": "MSFT", "from": "2023-03-22", "date": D258},
        why="'Over the last 30 days, the price of MSFT has fallen by 4.95%': " + MSFT_NOW + "; from the close 30 days "
        "before (2023-03-22) the price rose by that much (no ex-dividend day in the window): the stated direction is "
        "wrong.",
        date=D258,
        period="2023-03-22..2023-04-21",
        sign=-1,
    ),
    C(
        A258,
        "-0.13%",
        "Microsoft",
        "share_price_change_5d",
        "0.13",
        {"kind": "between", "ticker": "MSFT", "from": "2023-04-14", "date": D258},
        why="'in the last five days, it has fallen by -0.13%': " + MSFT_NOW + "; five sessions.",
        date=D258,
        period="2023-04-14..2023-04-21",
        sign=-1,
    ),
    u258("$285.76", "Microsoft", "share_price_current", "adjusted_prices", US_LEVEL + " (the close of 2023-04-21)"),
    u258("$286.27", "Microsoft", "share_price_day_high", "adjusted_prices", US_LEVEL),
    u258("$285.01", "Microsoft", "share_price_open", "adjusted_prices", US_LEVEL),
    u258("$283.0608", "Microsoft", "share_price_day_low", "adjusted_prices", US_LEVEL),
    u258(
        "$286.11",
        "Microsoft",
        CL,
        "adjusted_prices",
        US_LEVEL + " (the template's 'previous session' close; the traded close of 2023-04-20 in the file's ratio)",
        date="2023-04-20",
    ),
    u258(
        "$294.18",
        "Microsoft",
        "share_price_52_week_high",
        "adjusted_prices",
        US_LEVEL,
        ctx="high of $294.18 on 08/15/22",
        date="2022-08-15",
    ),
    u258(
        "$213.43",
        "Microsoft",
        "share_price_52_week_low",
        "adjusted_prices",
        US_LEVEL,
        ctx="registered at $213.43 on 11/04/22",
        date="2022-11-04",
    ),
    C(
        A258,
        "-2.86%",
        "Microsoft",
        "share_price_gap_to_52_week_high",
        "2.86",
        {"kind": "article_ratio", "a": 294.18, "b": 285.76},
        why="'current trading price is -2.86% away from its 52-week high': the article's own present price $285.76 "
        "against its own 52-week high $294.18.",
        sign=-1,
    ),
    C(
        A258,
        "33.89%",
        "Microsoft",
        "share_price_gap_to_52_week_low",
        "33.89",
        {"kind": "article_ratio", "a": 213.43, "b": 285.76},
        why="'its distance from the 52-week low is 33.89%': the article's own $285.76 against its own 52-week low "
        "$213.43.",
        sign=1,
    ),
    u258(
        "$213.43",
        "Microsoft",
        "share_price_52_week_low",
        "adjusted_prices",
        US_LEVEL,
        ctx="between$213.43 and",
        date="2022-11-04",
    ),
    u258(
        "$294.18",
        "Microsoft",
        "share_price_52_week_high",
        "adjusted_prices",
        US_LEVEL,
        ctx="and $294.18.",
        date="2022-08-15",
    ),
    u258("21.68 million", "Microsoft", "volume_shares", "no_source", VOLUME),
    u258("30.89 million", "Microsoft", "average_volume", "no_source", VOLUME + " (an average)"),
    # --- n260 InvestChronicle (date line 2023-05-30, the Tuesday after Memorial Day): Meta; its 'currently' price is the
    # traded close of Friday 2023-05-26 (the file's adjusted 260.0 at its constant 2023 factor); the bar it calls the last
    # session's is 2023-05-26's, with 2023-05-25's close
    u260("$262.04", "Meta", "share_price_current", "adjusted_prices", US_LEVEL + " (the close of 2023-05-26)"),
    u260("$262.3107", "Meta", "share_price_day_high", "adjusted_prices", US_LEVEL),
    u260("$252.93", "Meta", "share_price_open", "adjusted_prices", US_LEVEL),
    u260("$252.71", "Meta", "share_price_day_low", "adjusted_prices", US_LEVEL),
    u260(
        "$252.69",
        "Meta",
        CL,
        "adjusted_prices",
        US_LEVEL + " (the template's 'last trading session' close; the traded close of 2023-05-25 in the file's ratio)",
        date="2023-05-25",
    ),
    u260("$255.62", "Meta", "share_price_52_week_high", "adjusted_prices", US_LEVEL, ctx="high of $255.62 on 05/26/23"),
    u260(
        "$88.09",
        "Meta",
        "share_price_52_week_low",
        "adjusted_prices",
        US_LEVEL,
        ctx="being $88.09, recorded",
        date="2022-11-04",
    ),
    C(
        A260,
        "2.51%",
        "Meta",
        "share_price_gap_to_52_week_high",
        "2.51",
        {"kind": "article_ratio", "a": 255.62, "b": 262.04},
        why="'current trading price is 2.51% away from its 52-week high': the article's own current price $262.04 "
        "against its own 52-week high $255.62 (above it).",
    ),
    C(
        A260,
        "197.47%",
        "Meta",
        "share_price_gap_to_52_week_low",
        "197.47",
        {"kind": "article_ratio", "a": 88.09, "b": 262.04},
        why="'its distance from the 52-week low is 197.47%': the article's own $262.04 against its own 52-week low "
        "$88.09.",
        sign=1,
    ),
    u260(
        "$88.09",
        "Meta",
        "share_price_52_week_low",
        "adjusted_prices",
        US_LEVEL,
        ctx="between $88.09 and",
        date="2022-11-04",
    ),
    u260("$255.62", "Meta", "share_price_52_week_high", "adjusted_prices", US_LEVEL, ctx="and $255.62."),
    u260("25.54 million", "Meta", "volume_shares", "no_source", VOLUME),
    u260("25.63 million", "Meta", "average_volume", "no_source", VOLUME + " (an average)"),
    u260("54.56%", "Meta", "revenue_growth", "no_source", REPORTED, date=None),
    u260("647.58B", "Meta", "market_value_usd", "no_source", CAP),
    u260("77114 employees", "Meta", "employees", "no_source", REPORTED, date=None),
    u260("36", "Meta", "analyst_count", "no_source", ANALYSTS, ctx="36 analysts", date=None),
    u260("7", "Meta", "analyst_count", "no_source", ANALYSTS, ctx="BUY, 7 of", date=None),
    u260("10", "Meta", "analyst_count", "no_source", ANALYSTS, ctx="10 analysts", date=None),
    u260("1", "Meta", "analyst_count", "no_source", ANALYSTS, ctx="1 of them", date=None),
    u260("3", "Meta", "analyst_count", "no_source", ANALYSTS, ctx="and 3 analysts", date=None),
    u260("193.88", "Meta", "moving_average_100d", "no_source", MARKET_DATA, ctx="period was 193.88"),
    # --- n263 News Daemon (date line 2021-04-06): Alphabet Class A's session of Monday 2021-04-05
    C(
        A263,
        "3.44%",
        "Alphabet",
        "share_price_gap_to_52_week_high",
        "3.44",
        {"kind": "article_ratio", "a": 2145.14, "b": 2218.96},
        why="the headline's 'GOOGL is 3.44% away from 52-week high': the article's own $2218.96 against the top of its "
        "own 52-week range $2145.14 (above it).",
        date=D263,
    ),
    C(
        A263,
        "4.19%",
        "Alphabet",
        CC,
        "4.19",
        px("change_cc", "GOOGL", D263),
        why="'open the trading on April 05, 2021, with great promise as it jumped 4.19% to $2218.96': the day's "
        "close-to-close move (the article's own previous close $2129.78 -> $2218.96 is +4.19% too).",
        date=D263,
        sign=1,
    ),
    u263("$2218.96", "Alphabet", CL, "adjusted_prices", US_LEVEL),
    u263("$2,228.99", "Alphabet", "share_price_day_high", "adjusted_prices", US_LEVEL),
    u263("$2,145.21", "Alphabet", "share_price_day_low", "adjusted_prices", US_LEVEL),
    u263(
        "$2129.78",
        "Alphabet",
        "share_price_previous_close",
        "adjusted_prices",
        US_LEVEL
        + " (the template's 'settling in for the price of $2129.78 at the close' is the previous close, 2021-04-01)",
        date="2021-04-01",
    ),
    u263("$1075.08", "Alphabet", "share_price_52_week_low", "adjusted_prices", US_LEVEL),
    u263("$2145.14", "Alphabet", "share_price_52_week_high", "adjusted_prices", US_LEVEL),
    u263("19.50%", "Alphabet", "sales_growth_5y", "no_source", REPORTED, date=None),
    u263("22.30%", "Alphabet", "eps_growth_5y", "no_source", REPORTED, date=None),
    u263("27.20%", "Alphabet", "eps_growth", "no_source", REPORTED, date=None),
    u263("$675.58 million", "Alphabet", "shares_outstanding", "no_source", MARKET_DATA),
    u263("$608.21 million", "Alphabet", "free_float_shares", "no_source", MARKET_DATA),
    u263("$1450.73 billion", "Alphabet", "market_value_usd", "no_source", CAP),
    u263("$2,034.86", "Alphabet", "moving_average_50d", "no_source", MARKET_DATA),
    u263("$1,713.91", "Alphabet", "moving_average_200d", "no_source", MARKET_DATA),
    u263("135301 employees", "Alphabet", "employees", "no_source", REPORTED, date=None),
    u263("1,347,736", "Alphabet", "revenue_per_employee", "no_source", REPORTED, date=None),
    u263("297,625", "Alphabet", "income_per_employee", "no_source", REPORTED, date=None),
    u263("6.19", "Alphabet", "receivables_turnover", "no_source", REPORTED, date=None),
    u263("0.61", "Alphabet", "asset_turnover", "no_source", REPORTED, date=None),
    u263("+53.53", "Alphabet", "gross_margin", "no_source", REPORTED, date=None),
    u263("+22.51", "Alphabet", "operating_margin", "no_source", REPORTED, date=None),
    u263("+26.37", "Alphabet", "pretax_margin", "no_source", REPORTED, date=None),
    u263("0.13%", "Alphabet", "insider_ownership", "no_source", OWNERSHIP, date=None),
    u263("81.30%", "Alphabet", "institutional_ownership", "no_source", OWNERSHIP, date=None),
    u263("$22.3", "Alphabet", "eps_reported", "no_source", REPORTED, date="2020-12-31"),
]
