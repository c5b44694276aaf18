"""Held-out gold labels of batch 13 (n147-n158), written and committed before any checker run on them."""

from __future__ import annotations

from benchmarks.news.labels import CA, C, U, px, unknown

A149 = "n149_cryptocoinerdaily_alibaba_2020_12_24"
A152 = "n152_fintechzoom_nvidia_2023_08_22"
A153 = "n153_particle_amazon_2025_04_21"
A155 = "n155_devdiscourse_hk_close_2021_04_22"
A157 = "n157_entrepreneurs40under40_baidu_2024_07_10"
CC = "share_price_change_close_to_close"
CL = "share_price_close"

ESTIMATE = "an analysts' estimate or a company forecast"
SINCE = "a 'since' claim (the last day a level was matched); not labelled as a check"
MOMENT_NVDA = (
    "a move at a moment of the session of 2023-08-22: the page was written before that day's close ('As of August "
    "21, 2023, the latest closing stock price'), so 'later in the day' is a moment, and every moment of the day lies "
    "between its low and its high"
)

LABELS = [
    # --- n149 cryptocoinerdaily (URL 2020/12/24), a spun copy of a report on Alibaba's Hong Kong session of Thursday
    # 2020-12-24 (the shortened pre-Christmas session)
    C(
        A149,
        "8.1%",
        "Alibaba",
        CC,
        "8.1",
        px("change_cc", "9988.HK", "2020-12-24"),
        why="'Alibaba's Hong Kong inventory dropped 8.1% to 228.20 Hong Kong {dollars} ... in a shortened "
        "pre-Christmas buying and selling session': Thursday 2020-12-24, close to close.",
        ctx="dropped 8.1% to 228.20",
        date="2020-12-24",
        sign=-1,
    ),
    C(
        A149,
        "228.20",
        "Alibaba",
        CL,
        "228.20",
        px("close", "9988.HK", "2020-12-24"),
        why="'dropped 8.1% to 228.20 Hong Kong {dollars}': the close of the shortened session of 2020-12-24.",
        date="2020-12-24",
    ),
    U(
        A149,
        "July",
        "Alibaba",
        "share_price_low_since",
        "no_source",
        SINCE + " ('its lowest level since July')",
        ctx="lowest level since July",
        date="2020-12-24",
    ),
    C(
        A149,
        "25%",
        "Alibaba",
        "share_price_change_from_peak",
        "25",
        {"kind": "between", "ticker": "9988.HK", "from": "2020-10-28", "date": "2020-12-24"},
        why="'Alibaba has now fallen greater than 25% since a late October peak': from the highest close of late "
        "October 2020 in the file (2020-10-28) to the close of 2020-12-24.",
        ctx="greater than 25% since a late October peak",
        date="2020-12-24",
        hedge="more_than",
        sign=-1,
    ),
    U(
        A149,
        "$34 billion",
        "Ant Group",
        "ipo_proceeds",
        "no_source",
        "the halted Ant Group listing's expected proceeds: not in the shipped data",
    ),
    # --- n152 fintechzoom (undated page; the text dates its claims), Nvidia's record of Tuesday 2023-08-22, written
    # during that session
    C(
        A152,
        "$481.87",
        "Nvidia",
        "share_price_record_intraday_high",
        "481.87",
        px("high", "NVDA", "2023-08-22"),
        why="'on August 22, 2023. The company's shares had reached an all-time high of $481.87 shortly after the "
        "market opened': the day's high, a traded level.",
        date="2023-08-22",
    ),
    C(
        A152,
        "$480.88",
        "Nvidia",
        "share_price_record_intraday_high",
        "480.88",
        px("high", "NVDA", "2023-07-14"),
        why="'surpassing its previous peak of $480.88 set on July 14': the high of 2023-07-14, a traded level.",
        ctx="previous peak of $480.88",
        date="2023-07-14",
    ),
    CA(
        A152,
        "2.76%",
        "Nvidia",
        "share_price_change_intraday",
        "2.76",
        [px("intraday_low", "NVDA", "2023-08-22"), px("intraday_high", "NVDA", "2023-08-22")],
        why="'However, the stock fell by approximately 2.76% later in the day': " + MOMENT_NVDA + ".",
        date="2023-08-22",
        hedge="approximate",
        sign=-1,
        reason="no_source",
    ),
    U(
        A152,
        "110%",
        "Nvidia",
        "revenue_growth_forecast",
        "forecast",
        ESTIMATE + " (analysts' expectation of the third-quarter revenue forecast)",
    ),
    U(A152, "$12.50 billion", "Nvidia", "revenue_forecast", "forecast", ESTIMATE),
    U(
        A152,
        "$12",
        "Nvidia",
        "ipo_price",
        "outside_data",
        "the IPO price of January 1999: before the shipped NVDA series (2021-01-04)",
        ctx="at $12 a share",
        period="1999-01",
    ),
    U(
        A152,
        "$309.4 billion",
        "Nvidia",
        "shareholder_wealth_created",
        "no_source",
        "shareholder wealth created by December 2020 (a market value measure): not in the shipped data",
    ),
    U(
        A152,
        "$1.85",
        "Nvidia",
        CL,
        "outside_data",
        "'In 2008, the closing price for Nvidia was just $1.85': before the shipped NVDA series (2021-01-04)",
        period="2008",
    ),
    C(
        A152,
        "$474.94",
        "Nvidia",
        "share_price_record_close",
        "474.94",
        px("close", "NVDA", "2023-07-18"),
        why="'by July 18, 2023, the all-time high Nvidia stock closing price was $474.94': the close of 2023-07-18, a "
        "traded level.",
        date="2023-07-18",
    ),
    C(
        A152,
        "$469.67",
        "Nvidia",
        CL,
        "469.67",
        px("close", "NVDA", "2023-08-21"),
        why="'As of August 21, 2023, the latest closing stock price for Nvidia was $469.67': the close of 2023-08-21.",
        date="2023-08-21",
    ),
    C(
        A152,
        "$480.88",
        "Nvidia",
        "share_price_52_week_high",
        "480.88",
        px("high", "NVDA", "2023-07-14"),
        why="'The 52-week high stock price is $480.88': the high of 2023-07-14 again, a traded level.",
        ctx="52-week high stock price is $480.88",
        date="2023-07-14",
    ),
    C(
        A152,
        "2.4%",
        "Nvidia",
        "share_price_gap_to_52_week_high",
        "2.4",
        {"kind": "article_ratio", "a": 469.67, "b": 480.88},
        why="'$480.88, which is 2.4% above the current share price' of $469.67 (the latest close): the article's own "
        "numbers.",
        date="2023-08-21",
        sign=1,
    ),
    C(
        A152,
        "$108.13",
        "Nvidia",
        "share_price_52_week_low",
        "108.13",
        px("low", "NVDA", "2022-10-13"),
        why="'the 52-week low stock price is $108.13': the file's lowest low of the 52 weeks before 2023-08-21 is "
        "on 2022-10-13, a traded level.",
        date="2022-10-13",
    ),
    C(
        A152,
        "77%",
        "Nvidia",
        "share_price_gap_to_52_week_low",
        "77",
        {"kind": "article_ratio", "a": 469.67, "b": 108.13},
        why="'$108.13, which is 77% below the current share price' of $469.67: the article's own numbers.",
        date="2023-08-21",
        sign=-1,
    ),
    U(
        A152,
        "$251.18",
        "Nvidia",
        "average_price_52_week",
        "no_source",
        "an average of the 52 weeks' prices (its basis is not stated; NVDA ships adjusted prices only)",
    ),
    # --- n153 particle.news (undated page; the text dates the move), Amazon on Monday 2025-04-21
    CA(
        A153,
        "approximately 4%",
        "Amazon",
        "share_price_change",
        "4",
        [
            px("change_cc", "AMZN", "2025-04-21"),
            px("intraday_low", "AMZN", "2025-04-21"),
            px("intraday_high", "AMZN", "2025-04-21"),
        ],
        why="'Amazon stock fell approximately 4% on April 21, 2025': the page has no date or time, so the move may be "
        "the close or any moment of the day (which lies between the low and the high); the readings disagree.",
        date="2025-04-21",
        hedge="approximate",
        sign=-1,
        reason="no_source",
    ),
    U(A153, "$195", "Amazon", "target_price", "forecast", ESTIMATE + " (Raymond James's new price target)"),
    U(A153, "$275", "Amazon", "target_price", "forecast", ESTIMATE + " (its previous price target)"),
    U(A153, "$73 billion", "Amazon", "ebit_forecast", "forecast", ESTIMATE + " (2025)", period="FY2025"),
    U(A153, "$86 billion", "Amazon", "ebit_forecast", "forecast", ESTIMATE + " (2026)", period="FY2026"),
    U(A153, "145%", "Amazon", "tariff_rate", "no_source", "a US tariff rate on Chinese imports: not a company figure"),
    U(
        A153,
        "30%",
        "Amazon",
        "share_of_gmv_tied_to_china",
        "no_source",
        "an analyst's estimate of the gross merchandise value tied to China: not in the shipped data",
    ),
    U(
        A153,
        "14%",
        "Amazon",
        "share_of_ad_revenue_tied_to_china",
        "no_source",
        "an analyst's estimate of the ad revenue tied to China: not in the shipped data",
    ),
    U(A153, "$225", "Amazon", "target_price", "forecast", ESTIMATE + " (Bank of America's price target)"),
    # --- n155 Devdiscourse (Reuters, stamped 22-04-2021 14:33 IST), the Hong Kong close of Thursday 2021-04-22
    C(
        A155,
        "3.47%",
        "Meituan",
        CC,
        "3.47",
        px("change_cc", "3690.HK", "2021-04-22"),
        why="'The top gainer on the Hang Seng was Meituan, which gained 3.47%' at the close of Thursday 2021-04-22.",
        date="2021-04-22",
        sign=1,
    ),
    unknown(A155, "1.78%", "Geely", CC, "0175.HK", date="2021-04-22"),
    # --- n157 entrepreneurs40under40 (URL 2024/07/10), Baidu in Hong Kong on Wednesday 2024-07-10 and its ADRs on
    # Tuesday 2024-07-09
    unknown(
        A157,
        "13 per cent",
        "Baidu",
        "share_price_change_intraday_high",
        "9888.HK",
        ctx="as much as 13 per cent in Hong Kong",
        date="2024-07-10",
    ),
    unknown(A157, "HK$97.15", "Baidu", "share_price_intraday_high", "9888.HK", date="2024-07-10"),
    C(
        A157,
        "8.5 per cent",
        "Baidu",
        CC,
        "8.5",
        px("change_cc", "BIDU", "2024-07-09"),
        why="'This follows an 8.5 per cent surge in its US ADRs on Tuesday (Jul 9)': the ADRs' close-to-close move of "
        "Tuesday 2024-07-09.",
        date="2024-07-09",
        sign=1,
    ),
    U(
        A157,
        "11",
        "Baidu",
        "cities_tested",
        "no_source",
        "an operating figure (cities with manned tests): not in the shipped data",
        ctx="test in 11 Chinese cities",
    ),
    unknown(
        A157,
        "17 per cent",
        "Baidu",
        "share_price_change_ytd",
        "9888.HK",
        ctx="down more than 17 per cent this year, compared with a 3 per cent gain in the benchmark Hang Seng Index",
        date="2024-07-10",
        hedge="more_than",
    ),
]
