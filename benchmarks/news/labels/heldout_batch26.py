"""Held-out gold labels of batch 26 (n264-n268: n264, n268), written and committed before any checker run on them."""

from __future__ import annotations

from typing import Any

from benchmarks.news.labels import C, U, px

A264 = "n264_quad7capital_nvidia_2024_06_07"
A268 = "n268_jasoncote_alphabet_2026_01_18"
CC = "share_price_change_close_to_close"
CL = "share_price_close"
D264 = "2024-06-07"  # 'closed at $1,208.88 on Friday, June 7th' (the page of that evening, after the close)
D268 = "2026-01-16"  # 'on January 16, the stock (GOOGL) closed at $330.00' on a page of Sunday 2026-01-18

US_LEVEL = "a US price level: the shipped file is adjusted-only and its provenance says levels are not checkable"
SPLIT = (
    "the split's terms (a corporate action): the shipped file is split-adjusted and carries no split record to "
    "check them against"
)
CAP = "a market value: no share counts ship"
MULTIPLE = "a valuation multiple (forward earnings): no earnings estimates ship"
REPORTED = "a reported figure (advertisers' return on ad spend): no reported figures ship for this company"


def _u(article: str, date: str | None) -> Any:
    def u(text: str, subject: str, metric: str, reason: str, why: str, **kw: Any) -> dict[str, Any]:
        kw.setdefault("date", date)
        return U(article, text, subject, metric, reason, why, **kw)

    return u


u264 = _u(A264, D264)
u268 = _u(A268, D268)

LABELS = [
    # --- n264 quad7capital (URL and text 2024-06-07, a Friday, after the close): Nvidia's split day
    u264("10-for-1", "Nvidia", "stock_split_ratio", "no_source", SPLIT, ctx="long-awaited 10-for-1 stock split"),
    u264("nine additional shares", "Nvidia", "stock_split_shares", "no_source", SPLIT),
    u264(
        "$1,208.88",
        "Nvidia",
        CL,
        "adjusted_prices",
        US_LEVEL + " (the pre-split close; the file's split- and dividend-adjusted close of 2024-06-07 is 120.82)",
    ),
    C(
        A264,
        "down 0.1%",
        "Nvidia",
        CC,
        "0.1",
        px("change_cc", "NVDA", D264),
        why="'Nvidia's stock price closed at $1,208.88 on Friday, June 7th, down 0.1% from the previous day': the "
        "close-to-close move of Friday 2024-06-07 (Thursday 2024-06-06 to Friday; the split changes both closes alike).",
        date=D264,
        sign=-1,
    ),
    C(
        A264,
        "$120.89",
        "Nvidia",
        "share_price_split_adjusted",
        "120.89",
        {"kind": "article_div", "a": 1208.88, "b": 10, "unit": "USD"},
        why="'when trading resumes on Monday, investors can expect the share price to be around $120.89 (assuming the "
        "price stays the same)': the article's own close divided by its own split ratio (1,208.88 / 10 = 120.888).",
        ctx="around $120.89",
        date=D264,
        hedge="approximate",
    ),
    # --- n268 jasoncote (the text's own 'right now, January 18, 2026', a Sunday): Alphabet Class A
    u268("$4 trillion", "Alphabet", "market_cap", "no_source", CAP, ctx="a $4 trillion market cap", date="2026-01-18"),
    u268(
        "$330",
        "Alphabet",
        "share_price",
        "adjusted_prices",
        US_LEVEL + " ('recently hovering around the $330 mark')",
        ctx="around the $330 mark",
        hedge="approximate",
    ),
    u268(
        "$330.00", "Alphabet", CL, "adjusted_prices", US_LEVEL + " (the file's adjusted close of 2026-01-16 is 329.768)"
    ),
    C(
        A268,
        "0.8%",
        "Alphabet",
        CC,
        "0.8",
        px("change_cc", "GOOGL", D268),
        why="'on January 16, the stock (GOOGL) closed at $330.00 after a slight dip ... don't let a 0.8% daily drop fool "
        "you': the close-to-close move of Friday 2026-01-16 (the page is of Sunday 2026-01-18).",
        ctx="a 0.8% daily drop",
        date=D268,
        sign=-1,
    ),
    u268(
        "about 65%",
        "Alphabet",
        "share_price_change_1y",
        "adjusted_prices",
        "'This thing has surged about 65% over the last year' (to the 2026-01-16 close): the page does not fix the "
        "window's start and the adjusted-only file gives total returns across Alphabet's four ex-dividend days of the "
        "year, not the price change: adjusted +71.74% from 2025-01-16, +69.03% from 2025-01-17 (the tolerance's upper "
        "end is 71.5%): the readings disagree",
        ctx="surged about 65% over the last year",
        period="2025-01-16..2026-01-16",
        hedge="approximate",
    ),
    u268(
        "around 25 to 30",
        "Alphabet",
        "forward_pe",
        "no_source",
        MULTIPLE,
        ctx="Alphabet is sitting around 25 to 30",
        date="2026-01-18",
        hedge="approximate",
    ),
    u268(
        "26%",
        "Alphabet",
        "advertiser_return_improvement",
        "no_source",
        REPORTED,
        ctx="a 26% better return",
        date="2026-01-18",
    ),
]
