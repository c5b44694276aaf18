"""Tune gold labels of batch 26 (n264-n268: n265, n266, n267), written after the held-out gold was committed and before any checker run on them."""

from __future__ import annotations

from typing import Any

from benchmarks.news.labels import C, U, px

A265 = "n265_nextfin_meta_2026_01_20"
A266 = "n266_findingprostocks_microsoft_2025_06_24"
A267 = "n267_tradingpedia_nvidia_2025_03_04"
CC = "share_price_change_close_to_close"
CL = "share_price_close"
D265 = "2026-01-20"  # 'Meta Platforms Inc. closed at $604.12 on January 20, 2026'
D266 = "2025-06-24"  # 'Date: Jun 24, 2025 (Tuesday)'
D267 = "2025-03-03"  # 'Monday' on a page of Tuesday 2025-03-04 (the URL)

US_LEVEL = "a US price level: the shipped file is adjusted-only and its provenance says levels are not checkable"
VOLUME = "volume: no volume data is used"
CAP = "a market value: no share counts ship"
AFTER_HOURS = "an after-hours price: daily bars do not give it"
STAT = "a trading statistic of the quote template whose base the page does not state: not in the shipped data"


def _u(article: str, date: str | None) -> Any:
    def u(text: str, subject: str, metric: str, reason: str, why: str, **kw: Any) -> dict[str, Any]:
        kw.setdefault("date", date)
        return U(article, text, subject, metric, reason, why, **kw)

    return u


u265 = _u(A265, D265)
u266 = _u(A266, D266)
u267 = _u(A267, D267)


def lv(u: Any, text: str, subject: str, metric: str, ctx: str, note: str = "", **kw: Any) -> dict[str, Any]:
    return u(text, subject, metric, "adjusted_prices", US_LEVEL + note, ctx=ctx, **kw)


META_CC = (
    "Meta's close-to-close move of Tuesday 2026-01-20 (Friday 2026-01-16 to Tuesday; Monday 2026-01-19 was a US "
    "holiday; the page's own 620.25 -> 604.12 is -2.601% too)"
)
MSFT_CC = "Microsoft's close-to-close move of Tuesday 2025-06-24 (the page's own 486.00 -> 490.11 is +0.846% too)"
NVDA_CC = (
    "Nvidia's close-to-close move of Monday 2025-03-03 (Friday 2025-02-28 to Monday) on a page of Tuesday 2025-03-04"
)

LABELS = [
    # --- n265 NextFin (the text's own January 20, 2026, a Tuesday): Meta's session
    C(
        A265,
        "2.60%",
        "Meta",
        CC,
        "2.60",
        px("change_cc", "META", D265),
        why="the headline's 'Stock Falls 2.60% to $604.12': " + META_CC + ".",
        ctx="Stock Falls 2.60%",
        date=D265,
        sign=-1,
    ),
    lv(
        u265, "$604.12", "Meta", CL, "2.60% to $604.12", " (the headline's close; the file's adjusted close is 603.603)"
    ),
    lv(u265, "$604.12", "Meta", CL, "closed at $604.12 on January 20", " (the summary's)"),
    C(
        A265,
        "2.60%",
        "Meta",
        CC,
        "2.60",
        px("change_cc", "META", D265),
        why="'reflecting a 2.60% decline from the previous close of $620.25': " + META_CC + ".",
        ctx="reflecting a 2.60% decline",
        date=D265,
        sign=-1,
    ),
    lv(u265, "$620.25", "Meta", "share_price_previous_close", "previous close of $620.25.", date="2026-01-16"),
    lv(u265, "$607.88", "Meta", "share_price_open", "an opening price of $607.88 and"),
    lv(u265, "$600.00", "Meta", "share_price_day_low", "between $600.00 and"),
    lv(u265, "$611.40", "Meta", "share_price_day_high", "and $611.40."),
    u265(
        "15.12 million shares",
        "Meta",
        "volume_shares",
        "no_source",
        VOLUME,
        ctx="reached approximately 15.12 million shares",
        hedge="approximate",
    ),
    u265(
        "$91.55 billion",
        "Meta",
        "market_cap",
        "no_source",
        CAP + " (the page's figure is far below any Meta market value)",
        ctx="leading to a market capitalization of nearly $91.55 billion",
        hedge="nearly",
    ),
    lv(u265, "$604.12", "Meta", CL, "price, closing at $604.12", " (the body's)"),
    C(
        A265,
        "$16.13",
        "Meta",
        "share_price_change_usd",
        "16.13",
        {"kind": "article_sum", "parts": [604.12, -620.25], "unit": "USD"},
        why="'closing at $604.12. This represents a decrease of $16.13 ... from the previous closing price of $620.25': the article's own close less its own previous close.",
        ctx="a decrease of $16.13",
        date=D265,
        sign=-1,
    ),
    C(
        A265,
        "2.60%",
        "Meta",
        CC,
        "2.60",
        px("change_cc", "META", D265),
        why="'a decrease of $16.13, or approximately 2.60%': " + META_CC + ".",
        ctx="approximately 2.60%, from",
        date=D265,
        sign=-1,
        hedge="approximate",
    ),
    lv(u265, "$620.25", "Meta", "share_price_previous_close", "previous closing price of $620.25", date="2026-01-16"),
    lv(u265, "$607.88", "Meta", "share_price_open", "opening price at $607.88"),
    lv(u265, "$607.88", "Meta", "share_price_open", "Opening Price: $607.88", " (the list's)"),
    lv(u265, "$611.40", "Meta", "share_price_day_high", "Highest Price: $611.40"),
    lv(u265, "$600.00", "Meta", "share_price_day_low", "Lowest Price: $600.00"),
    lv(u265, "$604.12", "Meta", CL, "Closing Price: $604.12", " (the list's)"),
    C(
        A265,
        "-$16.13",
        "Meta",
        "share_price_change_usd",
        "16.13",
        {"kind": "article_sum", "parts": [604.12, -620.25], "unit": "USD"},
        why="the list's 'Change: -$16.13': the article's own close less its own previous close.",
        ctx="Change: -$16.13",
        date=D265,
        sign=-1,
    ),
    C(
        A265,
        "-2.60%",
        "Meta",
        CC,
        "2.60",
        px("change_cc", "META", D265),
        why="the list's 'Percentage Change: -2.60%': " + META_CC + ".",
        ctx="Percentage Change: -2.60%",
        date=D265,
        sign=-1,
    ),
    u265(
        "15.12 million shares",
        "Meta",
        "volume_shares",
        "no_source",
        VOLUME,
        ctx="day was approximately 15.12 million shares",
        hedge="approximate",
    ),
    u265(
        "$91.55 billion",
        "Meta",
        "market_cap",
        "no_source",
        CAP,
        ctx="capitalization of nearly $91.55 billion based",
        hedge="nearly",
    ),
    # --- n266 findingprostocks (the text's own 'Jun 24, 2025 (Tuesday)'): Microsoft's session, written after the close
    C(
        A266,
        "0.85%",
        "Microsoft",
        CC,
        "0.85",
        px("change_cc", "MSFT", D266),
        why="the headline's 'MSFT Stock Sees a 0.85% movement ... on Jun 24, 2025': " + MSFT_CC + ".",
        ctx="Sees a 0.85% movement",
        date=D266,
        sign=1,
    ),
    u266("3.643T", "Microsoft", "market_cap", "no_source", CAP),
    lv(u266, "$488.74", "Microsoft", "share_price_open", "open : $488.74"),
    lv(u266, "$490.11", "Microsoft", CL, "close : $490.11", " (the file's adjusted close is 487.279)"),
    lv(u266, "$486.80", "Microsoft", "share_price_day_low", "low : $486.80"),
    lv(u266, "$491.85", "Microsoft", "share_price_day_high", "high : $491.85"),
    lv(u266, "$486.00", "Microsoft", "share_price_previous_close", "previous close: $486.00", date="2025-06-23"),
    C(
        A266,
        "0.85%",
        "Microsoft",
        CC,
        "0.85",
        px("change_cc", "MSFT", D266),
        why="'On Jun 24, 2025 (Tuesday), Microsoft Corporation (MSFT) showed bullish momentum of 0.85% relative to previous day's close': "
        + MSFT_CC
        + ".",
        ctx="momentum of 0.85% relative",
        date=D266,
        sign=1,
    ),
    lv(u266, "$488.74", "Microsoft", "share_price_open", "the stock opened at $488.74"),
    C(
        A266,
        "0.56%",
        "Microsoft",
        "share_price_open_gap",
        "0.56",
        {"kind": "article_ratio", "a": 486.00, "b": 488.74},
        why="'the stock opened at $488.74, a minor gap up of 0.56% from the previous close of $486.00': the article's own previous close and open.",
        ctx="gap up of 0.56%",
        date=D266,
        sign=1,
    ),
    lv(u266, "$486.00", "Microsoft", "share_price_previous_close", "previous close of $486.00.", date="2025-06-23"),
    u266("21,958,563 shares", "Microsoft", "volume_shares", "no_source", VOLUME),
    C(
        A266,
        "-4.52%",
        "Microsoft",
        "volume_change_vs_average",
        "4.52",
        {"kind": "article_ratio", "a": 22997875, "b": 21958563},
        why="'traded 21,958,563 shares, showing a modest -4.52% change compared to the average of 22,997,875 shares': the article's own volume against its own average.",
        date=D266,
        sign=-1,
    ),
    u266("22,997,875 shares", "Microsoft", "volume_average_shares", "no_source", VOLUME + " (its average)"),
    lv(u266, "$491.85", "Microsoft", "share_price_day_high", "hit a high of $491.85 and a low of $486.80, creating"),
    lv(u266, "$486.80", "Microsoft", "share_price_day_low", "a low of $486.80, creating"),
    C(
        A266,
        "$5.05",
        "Microsoft",
        "share_price_day_range_usd",
        "5.05",
        {"kind": "article_sum", "parts": [491.85, -486.80], "unit": "USD"},
        why="'hit a high of $491.85 and a low of $486.80, creating a trading range of $5.05': the article's own high less its own low.",
        date=D266,
    ),
    C(
        A266,
        "0.85%",
        "Microsoft",
        CC,
        "0.85",
        px("change_cc", "MSFT", D266),
        why="'The stock closed 0.85% higher than the previous day': " + MSFT_CC + ".",
        ctx="closed 0.85% higher",
        date=D266,
        sign=1,
    ),
    C(
        A266,
        "0.28%",
        "Microsoft",
        "share_price_change_open_to_close",
        "0.28",
        {"kind": "article_ratio", "a": 488.74, "b": 490.11},
        why="'and 0.28% higher than the day's open': the article's own open and close (488.74 -> 490.11; the file's adjusted open-to-close is +0.237%, but the page states both prices).",
        ctx="0.28% higher than the day's open",
        date=D266,
        sign=1,
    ),
    u266(
        "1.03%",
        "Microsoft",
        "volatility_intraday",
        "no_source",
        STAT + " (the range of $5.05 is 1.030% of the close, 1.033% of the open, 1.039% of the previous close)",
        ctx="low volatility (1.03%)",
    ),
    lv(u266, "$491.85", "Microsoft", "share_price_day_high", "with a high of $491.85 and a low of $486.80)."),
    lv(u266, "$486.80", "Microsoft", "share_price_day_low", "a low of $486.80)."),
    C(
        A266,
        "0.02%",
        "Microsoft",
        "share_price_change_after_hours",
        "0.02",
        {"kind": "article_ratio", "a": 490.11, "b": 490.00},
        why="'a minimal after-market decline of 0.02%, moving slightly down from $490.11 to $490.00': the article's own close and after-hours price.",
        ctx="decline of 0.02%",
        date=D266,
        sign=-1,
    ),
    lv(u266, "$490.11", "Microsoft", CL, "from $490.11 to", " (the after-market sentence's close)"),
    u266("$490.00", "Microsoft", "share_price_after_hours", "no_source", AFTER_HOURS, ctx="to $490.00"),
    # --- n267 Tradingpedia (URL 2025-03-04, a Tuesday): Nvidia's Monday 2025-03-03
    C(
        A267,
        "8.7%",
        "Nvidia",
        CC,
        "8.7",
        px("change_cc", "NVDA", D267),
        why="'Nvidia's stock took a notable hit on Monday, with shares sliding 8.7%': " + NVDA_CC + ".",
        ctx="shares sliding 8.7%",
        date=D267,
        sign=-1,
    ),
    lv(
        u267,
        "$112.47",
        "Nvidia",
        "share_price_day_low",
        "a daily low point of $112.47",
        " (the file's adjusted low is 112.243)",
    ),
    lv(u267, "$114.06", "Nvidia", CL, "session at $114.06.", " (the file's adjusted close is 114.023)"),
    u267("$2.79 Trillion", "Nvidia", "market_cap", "no_source", CAP, ctx="Down to $2.79 Trillion"),
    C(
        A267,
        "9%",
        "Nvidia",
        CC,
        "9",
        px("change_cc", "NVDA", D267),
        why="the subheading's 'After 9% Share Price Drop': " + NVDA_CC + ".",
        ctx="After 9% Share Price Drop",
        date=D267,
        sign=-1,
    ),
    C(
        A267,
        "8.7%",
        "Nvidia",
        CC,
        "8.7",
        px("change_cc", "NVDA", D267),
        why="'Monday witnessed a steep 8.7% drop in Nvidia's stock': " + NVDA_CC + ".",
        ctx="a steep 8.7% drop",
        date=D267,
        sign=-1,
    ),
    u267("$210 billion", "Nvidia", "market_cap_change", "no_source", CAP + " (its change)"),
    u267("$2.79 trillion", "Nvidia", "market_cap", "no_source", CAP, ctx="now stands at $2.79 trillion"),
    lv(u267, "$112.47", "Nvidia", "share_price_day_low", "a low of $112.47 before"),
    lv(u267, "$114.06", "Nvidia", CL, "before closing at $114.06"),
]
