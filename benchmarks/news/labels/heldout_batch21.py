"""Held-out gold labels of batch 21 (n222-n227: n222, n223, n227), written and committed before any checker run on them."""

from __future__ import annotations

from benchmarks.news.labels import C, U, px, unknown

A222 = "n222_bs_hk_close_2022_12_23"
A223 = "n223_livemint_nvidia_2024_08_01"
A227 = "n227_zacks_alphabet_2021_10_28"
CC = "share_price_change_close_to_close"
CL = "share_price_close"
D222 = "2022-12-23"
D223 = "2024-07-31"  # the page (2024-08-01) tells of 'Wednesday': 2024-07-31

NVDA_CAP = "a market value: shares outstanding do not ship, so no reference kind reads market capitalisation"


def close_move(art: str, text: str, company: str, ticker: str, day: str, sign: int, ctx: str, why: str) -> dict:
    return C(
        art,
        text,
        company,
        CC,
        text.replace(" per cent", "").rstrip("%"),
        px("change_cc", ticker, day),
        why=why,
        ctx=ctx,
        date=day,
        sign=sign,
    )


LABELS = [
    # --- n222 Business Standard (Capital Market; 'Last Updated : Dec 23 2022' and the text's 'Friday, 23 December 2022'),
    # the Hong Kong close ('At closing bell') of Friday 2022-12-23
    unknown(A222, "6.8%", "China Unicom", CC, "0762.HK", ctx="China Unicom, up 6.8%", date=D222),
    close_move(
        A222,
        "3.3%",
        "AIA",
        "1299.HK",
        D222,
        1,
        "insurer AIA, up 3.3%",
        "'Top gainers in the Hang Seng index were ... insurer AIA, up 3.3%' at the close of Friday 2022-12-23 (no "
        "dividend in the day).",
    ),
    unknown(A222, "3.3%", "WuXi Biologics", CC, "2269.HK", ctx="Wuxi Biologics, up 3.3%", date=D222),
    unknown(
        A222,
        "5%",
        "Alibaba Health",
        CC,
        "0241.HK",
        ctx="Alibaba Health Information Technology, off 5%",
        date=D222,
    ),
    close_move(
        A222,
        "3.7%",
        "BYD",
        "1211.HK",
        D222,
        -1,
        "automaker BD, off 3.7%",
        "'worst performer were ... automaker BD, off 3.7%': the page's 'BD' is BYD (the next paragraph's 'BYD shed "
        "3.7% to HK$194.10'), the close-to-close fall of 2022-12-23.",
    ),
    close_move(
        A222,
        "3.7%",
        "BYD",
        "1211.HK",
        D222,
        -1,
        "BYD shed 3.7%",
        "'Electric-vehicle maker BYD shed 3.7% to HK$194.10' at the close of 2022-12-23.",
    ),
    C(
        A222,
        "HK$194.10",
        "BYD",
        CL,
        "194.10",
        px("close", "1211.HK", D222),
        why="the close of 2022-12-23 (the traded close: the file's level un-adjusted by its listed actions).",
        date=D222,
    ),
    close_move(
        A222,
        "2.1%",
        "JD.com",
        "9618.HK",
        D222,
        -1,
        "JD.com lost 2.1%",
        "'JD.com lost 2.1% to HK$227.80': the Hong Kong line (9618.HK), the close-to-close fall of 2022-12-23 (its "
        "levels are trusted only from 2025-04-07, but a change that agrees is asserted).",
    ),
    C(
        A222,
        "HK$227.80",
        "JD.com",
        CL,
        "227.80",
        px("close", "9618.HK", D222),
        why="the close of 2022-12-23 on the Hong Kong line.",
        date=D222,
    ),
    unknown(A222, "2%", "NetEase", CC, "9999.HK", ctx="NetEase lost 2%", date=D222),
    unknown(A222, "HK$113.30", "NetEase", CL, "9999.HK", date=D222),
    close_move(
        A222,
        "1.6%",
        "Alibaba",
        "9988.HK",
        D222,
        -1,
        "Alibaba Group Holding slipped 1.6%",
        "'Alibaba Group Holding slipped 1.6% to HK$86.50' at the close of 2022-12-23 (9988.HK's levels are trusted "
        "only from 2025-06-11, but a change that agrees is asserted).",
    ),
    C(
        A222,
        "HK$86.50",
        "Alibaba",
        CL,
        "86.50",
        px("close", "9988.HK", D222),
        why="the close of 2022-12-23 in Hong Kong.",
        date=D222,
    ),
    unknown(A222, "5%", "Alibaba Health", CC, "0241.HK", ctx="Alibaba Health slid 5%", date=D222),
    unknown(A222, "HK$7.09", "Alibaba Health", CL, "0241.HK", date=D222),
    # --- n223 Livemint (date line 2024-08-01, a Reuters-based report), Nvidia's 'Wednesday', 2024-07-31
    C(
        A223,
        "13%",
        "Nvidia",
        CC,
        "13",
        px("change_cc", "NVDA", D223),
        why="'Nvidia share price surged nearly 13% ... on Wednesday': the close-to-close move of Wednesday 2024-07-31 "
        "('nearly': 90-100% of the stated size).",
        ctx="surged nearly 13%",
        date=D223,
        hedge="nearly",
        sign=1,
    ),
    U(A223, "$330 billion", "Nvidia", "market_cap_change_usd", "no_source", NVDA_CAP, date=D223, hedge="approximate"),
    C(
        A223,
        "12.81%",
        "Nvidia",
        CC,
        "12.81",
        px("change_cc", "NVDA", D223),
        why="'Nvidia stock price jumped 12.81% to $117.02 per share': the close-to-close move of 2024-07-31 (NVDA's "
        "adjusted ratio is the price change: no dividend or split in the day).",
        date=D223,
        sign=1,
    ),
    C(
        A223,
        "$117.02",
        "Nvidia",
        CL,
        "117.02",
        px("close", "NVDA", D223),
        why="the close of 2024-07-31: a US price level, which the adjusted-only file cannot give.",
        date=D223,
    ),
    U(A223, "$2.88 trillion", "Nvidia", "market_cap_usd", "no_source", NVDA_CAP, date=D223),
    U(
        A223,
        "$277 billion",
        "Nvidia",
        "market_cap_change_usd",
        "no_source",
        NVDA_CAP + " (the previous record, February 22)",
        date="2024-02-22",
    ),
    U(
        A223,
        "$3.34 trillion",
        "Nvidia",
        "market_cap_record_close_usd",
        "no_source",
        NVDA_CAP + " (the record closing value of June 18)",
        date="2024-06-18",
    ),
    U(
        A223,
        "$144",
        "Nvidia",
        "price_target",
        "forecast",
        "Morgan Stanley's price target: a forecast",
        ctx="target price of $144",
        date=D223,
    ),
    C(
        A223,
        "140%",
        "Nvidia",
        "share_price_change_ytd",
        "140",
        px("ytd", "NVDA", D223),
        why="'Nvidia share price has risen more than 140% in 2024 so far' on a page of 2024-08-01 written after "
        "Wednesday's session (the URL's stamp 1722478445 is 2024-08-01 02:14 UTC, before Thursday's open): the "
        "year-to-date change at the close of 2024-07-31, from 2023's last close.",
        ctx="risen more than 140% in 2024",
        date=D223,
        period="2024-01-01..2024-07-31",
        hedge="more_than",
        sign=1,
    ),
    # --- n227 Zacks (date line 2021-10-28), Alphabet's year-to-date change 'based on the latest available data'
    U(A227, "646", "Zacks Computer and Technology group", "number_of_companies", "no_source", "a vendor's group size"),
    U(A227, "#9", "Zacks Computer and Technology group", "zacks_sector_rank", "no_source", "a vendor's ranking"),
    U(
        A227,
        "16",
        "Zacks Sector Rank",
        "number_of_groups",
        "no_source",
        "a vendor's ranking scheme",
        ctx="16 different groups",
    ),
    U(A227, "#2", "Alphabet", "zacks_rank", "no_source", "a vendor's rating", ctx="Zacks Rank of #2 (Buy)"),
    U(
        A227,
        "0.16%",
        "Alphabet",
        "consensus_eps_estimate_change",
        "forecast",
        "a revision of analysts' earnings estimates: a forecast",
        ctx="moved 0.16% higher",
    ),
    C(
        A227,
        "66.85%",
        "Alphabet",
        "share_price_change_ytd",
        "66.85",
        px("ytd", "GOOGL", "2021-10-27"),
        why="'GOOGL has gained about 66.85% so far this year' on a page of 2021-10-28: the year-to-date change to the "
        "last close before the page (2021-10-27); the shipped GOOGL file starts on 2021-01-04, so 2020's last close "
        "is outside the data.",
        date="2021-10-27",
        period="2021-01-01..2021-10-27",
        hedge="approximate",
        sign=1,
        reason_if_missing="outside_data",
    ),
    U(
        A227,
        "23.81%",
        "Zacks Computer and Technology group",
        "average_return_ytd",
        "no_source",
        "a vendor's group average: not in the shipped data",
        period="2021-01-01..2021-10-27",
        hedge="approximate",
    ),
    U(A227, "48", "Zacks Internet - Services industry", "number_of_companies", "no_source", "a vendor's group size"),
    U(A227, "#149", "Zacks Internet - Services industry", "zacks_industry_rank", "no_source", "a vendor's ranking"),
]
