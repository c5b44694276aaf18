"""Held-out gold labels of batch 17 (n189-n199), written and committed before any checker run on them."""

from __future__ import annotations

import re

from benchmarks.news.labels import CA, C, U, fx, px, unknown

A189 = "n189_explica_hk_close_2021_04_21"
A191 = "n191_explica_hk_close_2021_05_04"
A192 = "n192_bullfrag_hk_close_2021_11_25"
A197 = "n197_newsable_meta_2024_12_04"
CC = "share_price_change_close_to_close"

TURNOVER = "the session's turnover: no volume or turnover data is used"
STAKE = "a share of the company's stock sold by a shareholder: not in the shipped data"
REPORTED = "a reported company figure; the shipped data has no figures for this company"
META_LEVEL = "Meta ships adjusted prices only, so the traded level cannot be told from the file"
META_TUESDAY = (
    "a figure at a moment of Meta's session of Tuesday 2024-12-03 (the page, dated 2024-12-04, was written during it: "
    "'is on track to close at a record'): every moment lies between the day's low and high, unverifiable unless all "
    "readings agree"
)


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


def efe_fx(article: str, text: str, amount: float, dst: str, day: str, scale: float, ctx: str, what: str) -> dict:
    """A bracketed conversion of a Hong Kong dollar amount, at the rate of the session's day (±2% for a conversion)."""
    return C(
        article,
        text,
        "Hong Kong stock market",
        f"{what}_{dst.lower()}",
        re.search(r"\d[\d,.]*", text).group(0).replace(",", ""),
        fx(amount, "HKD", dst, day),
        why=f"the article's bracketed conversion of a Hong Kong dollar amount ('{ctx}') at the rate of the day ({day}).",
        ctx=ctx,
        date=day,
        scale=scale,
        slack=0.02,
    )


LABELS = [
    # --- n189 explica.co (EFE; date line 2021-04-21), the Hong Kong close of Wednesday 2021-04-21
    unknown(A189, "7.67%", "Anta Sports", CC, "2020.HK", ctx="Anta Sports, which fell 7.67%", date="2021-04-21"),
    U(A189, "3.26%", "Anta Sports", "stake_sold_share", "no_source", STAKE, ctx="sale of 3.26% of the shares"),
    unknown(
        A189,
        "7.5%",
        "Anta Sports",
        "placement_discount",
        "2020.HK",
        ctx="at a price 7.5% lower than that of the closing",
    ),
    efe_move(A189, "3.88%", "Meituan", "3690.HK", "2021-04-21", -1, "Meituan (-3.88%)"),
    efe_move(A189, "2.8%", "Alibaba", "9988.HK", "2021-04-21", -1, "Alibaba (-2.8%)"),
    efe_move(A189, "2.17%", "Tencent", "0700.HK", "2021-04-21", -1, "Tencent (-2.17%)"),
    efe_move(A189, "2.19%", "AIA", "1299.HK", "2021-04-21", -1, "AIA (-2.19%)"),
    efe_move(A189, "1.95%", "HSBC", "0005.HK", "2021-04-21", -1, "HSBC (-1.95%)"),
    unknown(
        A189, "0.47%", "Hang Lung Properties", CC, "0101.HK", ctx="Hang Lung Properties (+0.47%)", date="2021-04-21"
    ),
    unknown(
        A189,
        "1.64%",
        "Country Garden",
        CC,
        "2007.HK and 0017.HK (Country Garden and New World Development, 'both of 1.64%')",
        ctx="both of 1.64%",
        date="2021-04-21",
    ),
    unknown(A189, "0.22%", "China Unicom", CC, "0762.HK", ctx="China Unicom (+0.22%)", date="2021-04-21"),
    unknown(A189, "5.88%", "Sinopec", CC, "0386.HK", ctx="Sinopec (-5.88%)", date="2021-04-21"),
    U(A189, "154,350 million Hong Kong dollars", "Hong Kong stock market", "turnover_hkd", "no_source", TURNOVER),
    efe_fx(
        A189,
        "19,882 million dollars",
        154350e6,
        "USD",
        "2021-04-21",
        1e6,
        "154,350 million Hong Kong dollars (19,882 million dollars",
        "turnover",
    ),
    efe_fx(
        A189,
        "16,551 million euros",
        154350e6,
        "EUR",
        "2021-04-21",
        1e6,
        "19,882 million dollars, 16,551 million euros",
        "turnover",
    ),
    # --- n191 explica.co (EFE; date line 2021-05-04, 'this Tuesday'), the Hong Kong close of Tuesday 2021-05-04
    efe_move(A191, "1.8%", "HSBC", "0005.HK", "2021-05-04", 1, "which scored 1.8%"),
    efe_move(A191, "1.66%", "AIA", "1299.HK", "2021-05-04", 1, "AIA (1.66%)"),
    unknown(A191, "1.03%", "China Life", CC, "2628.HK", ctx="China Life (1.03%)", date="2021-05-04"),
    unknown(A191, "0.6%", "ICBC", CC, "1398.HK", ctx="ISBC bank lost 0.6%", date="2021-05-04"),
    unknown(
        A191, "0.82%", "China Construction Bank", CC, "0939.HK", ctx="China Construction Bank, 0.82%", date="2021-05-04"
    ),
    unknown(A191, "4.08%", "Sinopec", CC, "0386.HK", ctx="Sinopec gained 4.08%", date="2021-05-04"),
    unknown(A191, "3.55%", "PetroChina", CC, "0857.HK", ctx="Petrochina, 3.55%", date="2021-05-04"),
    unknown(A191, "1.59%", "CNOOC", CC, "0883.HK", ctx="Cnooc, 1.59%", date="2021-05-04"),
    efe_move(A191, "0.5%", "China Mobile", "0941.HK", "2021-05-04", -1, "China Mobile fell 0.5%"),
    unknown(A191, "0.22%", "China Unicom", CC, "0762.HK", ctx="add 0.22%", date="2021-05-04"),
    efe_move(A191, "0.4%", "Tencent", "0700.HK", "2021-05-04", -1, "Tencent, which fell 0.4%"),
    efe_move(A191, "0.63%", "Alibaba", "9988.HK", "2021-05-04", 1, "with 0.63% gains"),
    unknown(A191, "2.5%", "China Resources Land", CC, "1109.HK", ctx="which advanced 2.5%", date="2021-05-04"),
    unknown(A191, "0.73%", "New World Development", CC, "0017.HK", ctx="which yielded 0.73%", date="2021-05-04"),
    U(A191, "HK $ 90.8 billion", "Hong Kong stock market", "turnover_hkd", "no_source", TURNOVER),
    efe_fx(
        A191, "$ 11.691 billion", 90.8e9, "USD", "2021-05-04", 1e9, "HK $ 90.8 billion ($ 11.691 billion", "turnover"
    ),
    efe_fx(A191, "\u20ac 9.725 billion", 90.8e9, "EUR", "2021-05-04", 1e9, "\u20ac 9.725 billion", "turnover"),
    # --- n192 bullfrag.com (EFE; date line 2021-11-25), the Hong Kong close of Thursday 2021-11-25
    efe_move(A192, "1.19%", "Tencent", "0700.HK", "2021-11-25", 1, "revaluing today a 1.19%"),
    efe_move(A192, "2.73%", "Alibaba", "9988.HK", "2021-11-25", 1, "Alibaba (+ 2.73%)"),
    efe_move(A192, "0.29%", "Meituan", "3690.HK", "2021-11-25", 1, "Meituan (+ 0.29%)"),
    unknown(
        A192, "1.36%", "New World Development", CC, "0017.HK", ctx="New World Development (1.36%)", date="2021-11-25"
    ),
    unknown(A192, "1.21%", "BOC Hong Kong", CC, "2388.HK", ctx="BOC Hong Kong (1.21%)", date="2021-11-25"),
    unknown(A192, "2.09%", "Li Ning", CC, "2331.HK", ctx="Li Ning (-2.09%)", date="2021-11-25"),
    unknown(A192, "2.51%", "Anta Sports", CC, "2020.HK", ctx="Anta Sports (-2.51%)", date="2021-11-25"),
    unknown(A192, "1.12%", "PetroChina", CC, "0857.HK", ctx="Petrochina (-1.12%)", date="2021-11-25"),
    unknown(A192, "1.08%", "Sinopec", CC, "0386.HK", ctx="Sinopec (-1.08%)", date="2021-11-25"),
    U(A192, "108,610 million Hong Kong dollars", "Hong Kong stock market", "turnover_hkd", "no_source", TURNOVER),
    efe_fx(
        A192,
        "13,931 million dollars",
        108610e6,
        "USD",
        "2021-11-25",
        1e6,
        "108,610 million Hong Kong dollars (13,931 million dollars",
        "turnover",
    ),
    efe_fx(
        A192,
        "12,415 million euros",
        108610e6,
        "EUR",
        "2021-11-25",
        1e6,
        "13,931 million dollars, 12,415 million euros",
        "turnover",
    ),
    # --- n197 Asianet Newsable (date line 2024-12-04), Meta's session of Tuesday 2024-12-03 (mid-session)
    U(
        A197,
        "$608.78",
        "Meta",
        "share_price_intraday_high",
        "adjusted_prices",
        "'an all-time intraday high of $608.78' on Tuesday 2024-12-03: a level; " + META_LEVEL,
        date="2024-12-03",
    ),
    U(
        A197,
        "$601.20",
        "Meta",
        "share_price_intraday_high",
        "adjusted_prices",
        "'the previous record of $601.20 on Oct. 30' (2024-10-30): a level; " + META_LEVEL,
        date="2024-10-30",
    ),
    C(
        A197,
        "64%",
        "Meta",
        "share_price_change_period",
        "64",
        px("between", "META", "2022-12-30", **{"from": "2021-12-31"}),
        why="'After slumping 64% in 2022': calendar 2022, the last close of 2021 to the last close of 2022 (Meta paid "
        "no dividend before 2024, so the adjusted file's ratio is the price change).",
        ctx="slumping 64% in 2022",
        period="2022",
        sign=-1,
    ),
    C(
        A197,
        "200%",
        "Meta",
        "share_price_change_period",
        "200",
        px("between", "META", "2023-12-29", **{"from": "2022-12-30"}),
        why="'ended 2023 with a substantial gains of nearly 200%': calendar 2023, the last close of 2022 to the last "
        "close of 2023 (no dividend inside the window).",
        ctx="gains of nearly 200%",
        period="2023",
        hedge="nearly",
        sign=1,
    ),
    U(A197, "96.5%", "Meta", "ad_revenue_share", "no_source", REPORTED + " (ad revenue's share of 2023 revenue)"),
    CA(
        A197,
        "68%",
        "Meta",
        "share_price_change_ytd",
        "68",
        [px("ytd_low", "META", "2024-12-03"), px("ytd_high", "META", "2024-12-03")],
        why="'have gained nearly 68% this year': year to date at a moment of the session of 2024-12-03; "
        + META_TUESDAY
        + " (both readings are gains, as the claim: the sign agrees).",
        ctx="gained nearly 68% this year",
        date="2024-12-03",
        hedge="nearly",
        reason="no_source",
    ),
    U(
        A197,
        "$547",
        "Meta",
        "share_price_range_low",
        "adjusted_prices",
        "the lower end of 'a $547 to $600 trading range since Oct. 19': a level; " + META_LEVEL,
        ctx="$547 to $600",
    ),
    U(
        A197,
        "$600",
        "Meta",
        "share_price_range_high",
        "adjusted_prices",
        "the upper end of 'a $547 to $600 trading range since Oct. 19': a level; " + META_LEVEL,
        ctx="$547 to $600 trading",
    ),
]
