"""Tune gold labels of batch 14 (n159-n169), written and committed before any checker run on them."""

from __future__ import annotations

from benchmarks.news.labels import CA, C, U, closing, fx, px, unknown

A160 = "n160_devdiscourse_hk_close_2021_08_18"
A161 = "n161_thestar_microsoft_2021_08_20"
A162 = "n162_marketscreener_byd_2022_10_04"
A163 = "n163_businessstandard_hk_close_2022_11_23"
A165 = "n165_investchronicle_pdd_2023_06_12"
A167 = "n167_latestind_nvidia_2024_03_09"
CC = "share_price_change_close_to_close"
CL = "share_price_close"

REPORTED = "a reported company figure; the shipped data has no figures for this company"
ESTIMATE = "an analysts' estimate or a company forecast"
CAP = "a market value: the shipped data has prices but no share counts"
FILING = "a shareholding or sale from an exchange filing: not in the shipped data"
MARKET_DATA = "a trading statistic of the quote page (volume, analysts' tally): not in the shipped data"
MID_MORNING = (
    "a move or price at a moment of the session of Friday 2021-08-20 ('in mid-morning trading Friday'): every moment "
    "lies between the day's low and high, unverifiable when it lies inside"
)
BYD_MORNING = (
    "a move or price at a moment of BYD's Hong Kong morning of Wednesday 2022-10-05 ('was last up', stamped 10:43 "
    "Hong Kong time; 2022-10-04 has no bar in the file, so the previous close is 2022-10-03's): every moment lies "
    "between the day's low and high, unverifiable when it lies inside"
)
US_LEVEL = "PDD ships adjusted prices only, so the traded level cannot be told from the file"


def pdd_level(text: str, metric: str, what: str, **kw: object) -> dict:
    return U(A165, text, "PDD Holdings", metric, "adjusted_prices", what + ": " + US_LEVEL, **kw)


LABELS = [
    # --- n160 Devdiscourse (Reuters, stamped 18-08-2021 14:39 IST), the Hong Kong close of Wednesday 2021-08-18
    unknown(
        A160,
        "11.3%",
        "WH Group",
        CC,
        "0288.HK",
        ctx="WH Group plunged 11.3%, the biggest percentage decliner on the Hang Seng Index .",
        date="2021-08-18",
    ),
    unknown(A160, "1.6%", "HKEX", CC, "0388.HK", ctx="added 1.6%, 1.1%, and 3%", date="2021-08-18"),
    unknown(A160, "1.1%", "China Construction Bank", CC, "0939.HK", ctx="1.6%, 1.1%, and 3%", date="2021-08-18"),
    unknown(A160, "3%", "Ping An", CC, "2318.HK", ctx="1.1%, and 3%, respectively", date="2021-08-18"),
    C(
        A160,
        "2.2%",
        "Meituan",
        CC,
        "2.2",
        px("change_cc", "3690.HK", "2021-08-18"),
        why="'Hong Kong shares closed higher on Wednesday ... Food-delivery giant Meituan climbed 2.2%': the close of "
        "Wednesday 2021-08-18.",
        date="2021-08-18",
        sign=1,
    ),
    U(
        A160,
        "34 points",
        "Meituan",
        "index_points_contribution",
        "no_source",
        "Meituan's contribution to the Hang Seng Index in points: index weights are not in the shipped data",
        date="2021-08-18",
    ),
    C(
        A160,
        "0.3%",
        "Tencent",
        CC,
        "0.3",
        px("change_cc", "0700.HK", "2021-08-18"),
        why="'Social media company Tencent was up 0.3%': the close of 2021-08-18.",
        date="2021-08-18",
        sign=1,
    ),
    C(
        A160,
        "0.1%",
        "Alibaba",
        CC,
        "0.1",
        px("change_cc", "9988.HK", "2021-08-18"),
        why="'while e-commerce giant Alibaba closed 0.1% lower': the close of 2021-08-18.",
        date="2021-08-18",
        sign=-1,
    ),
    unknown(A160, "2.5%", "Geely", CC, "0175.HK", date="2021-08-18"),
    unknown(
        A160,
        "11.3%",
        "WH Group",
        CC,
        "0288.HK",
        ctx="WH Group plunged 11.3%, the biggest percentage decliner on the Hang Seng Index. **",
        date="2021-08-18",
    ),
    unknown(A160, "0.8%", "China Evergrande", CC, "3333.HK", ctx="Evergrande Group dropped 0.8%", date="2021-08-18"),
    unknown(A160, "7.3%", "China Evergrande New Energy Vehicle", CC, "0708.HK", date="2021-08-18"),
    # --- n161 The Star (TheStreet; date line 2021-08-20), Microsoft during the session of Friday 2021-08-20
    U(
        A161,
        "around 40 per cent",
        "Microsoft",
        "share_price_change_ytd",
        "outside_data",
        "'extending their year-to-date gain to around 40 per cent': from the last close of 2020, before the shipped "
        "MSFT series (2021-01-04)",
        date="2021-08-20",
        hedge="approximate",
    ),
    U(
        A161,
        "nearly 35 per cent",
        "Microsoft",
        "share_price_change_since",
        "no_source",
        "'has gained nearly 35 per cent since hitting a six-month trough in early April': from a trough whose day the "
        "text does not fix (the file's lowest close of the six months is 2021-03-04's, and early April's closes rise) "
        "to a moment of the session of 2021-08-20; not labelled as a check",
        date="2021-08-20",
        hedge="nearly",
    ),
    U(A161, "51 per cent", "Microsoft", "azure_revenue_growth", "no_source", REPORTED, period="FY2021-Q4"),
    U(A161, "21 per cent", "Microsoft", "revenue_growth", "no_source", REPORTED, period="FY2021-Q4"),
    U(A161, "$46.2 billion", "Microsoft", "revenue", "no_source", REPORTED, period="FY2021-Q4"),
    U(A161, "$350", "Microsoft", "target_price", "forecast", ESTIMATE + " (Mizuho's, UBS's and Wedbush's targets)"),
    U(
        A161,
        "24",
        "Microsoft",
        "office_applications_added",
        "no_source",
        "a product count from an analyst's note: not in the shipped data",
        ctx="Microsoft added 24 applications",
    ),
    U(
        A161,
        "1,400",
        "Microsoft",
        "office_features_added",
        "no_source",
        "a product count from an analyst's note: not in the shipped data",
        hedge="more_than",
    ),
    U(A161, "$35.0B", "Microsoft", "o365_commercial_revenue_forecast", "forecast", ESTIMATE + " (FY22)"),
    U(A161, "$39.4B", "Microsoft", "o365_commercial_revenue_forecast", "forecast", ESTIMATE + " (FY23)"),
    CA(
        A161,
        "2.9 per cent",
        "Microsoft",
        "share_price_change_intraday",
        "2.9",
        [px("intraday_low", "MSFT", "2021-08-20"), px("intraday_high", "MSFT", "2021-08-20")],
        why="'Microsoft shares were marked 2.9 per cent higher in mid-morning trading Friday': " + MID_MORNING + ".",
        date="2021-08-20",
        reason="no_source",
    ),
    U(
        A161,
        "$305.34",
        "Microsoft",
        "share_price_record_intraday",
        "adjusted_prices",
        "a price at a moment of 2021-08-20 (an all-time high at the time): MSFT ships adjusted prices only",
        date="2021-08-20",
    ),
    U(A161, "$2.3 trillion", "Microsoft", "market_value", "no_source", CAP, date="2021-08-20"),
    U(A161, "$2.44 trillion", "Apple", "market_value", "no_source", CAP, date="2021-08-20"),
    CA(
        A161,
        "1.1 per cent",
        "Apple",
        "share_price_change_intraday",
        "1.1",
        [px("intraday_low", "AAPL", "2021-08-20"), px("intraday_high", "AAPL", "2021-08-20")],
        why="'Apple shares were marked 1.1 per cent higher at $148.26 each': the same mid-morning moment; "
        + MID_MORNING
        + ".",
        date="2021-08-20",
        reason="no_source",
    ),
    U(
        A161,
        "$148.26",
        "Apple",
        "share_price_intraday",
        "adjusted_prices",
        "a price at a moment of 2021-08-20: AAPL ships adjusted prices only",
        date="2021-08-20",
    ),
    U(
        A161,
        "around 15 per cent",
        "Apple",
        "share_price_change_ytd",
        "outside_data",
        "'extending its year-to-date gain to around 15 per cent': from the last close of 2020, before the shipped AAPL "
        "series (2021-01-04)",
        date="2021-08-20",
        hedge="approximate",
    ),
    # --- n162 MarketScreener (Dow Jones, stamped 10-04-22 2243ET), BYD's Hong Kong morning of Wednesday 2022-10-05
    U(
        A162,
        "9.8%",
        "BYD",
        "share_price_change_intraday_high",
        "no_source",
        "'The stock rose as much as 9.8% within an hour of trading': the high of the first hour, not of the day (the "
        "day's high, +10.31% over 2022-10-03's close, may have come after the story's 10:43); the open was already "
        "+9.38%, so the figure is consistent with the file but not fixed by it",
        date="2022-10-05",
    ),
    CA(
        A162,
        "9.1%",
        "BYD",
        "share_price_change_intraday",
        "9.1",
        [px("intraday_low", "1211.HK", "2022-10-05"), px("intraday_high", "1211.HK", "2022-10-05")],
        why="'and was last up 9.1% at HK$209.40': " + BYD_MORNING + ".",
        date="2022-10-05",
        reason="no_source",
    ),
    CA(
        A162,
        "HK$209.40",
        "BYD",
        "share_price_intraday",
        "209.40",
        [px("low", "1211.HK", "2022-10-05"), px("high", "1211.HK", "2022-10-05")],
        why="'was last up 9.1% at HK$209.40': " + BYD_MORNING + ".",
        date="2022-10-05",
        reason="no_source",
    ),
    C(
        A162,
        "US$26.68",
        "BYD",
        "share_price_usd_conversion",
        "26.68",
        fx(209.40, "HKD", "USD", "2022-10-05"),
        why="'HK$209.40 (US$26.68)': the article's conversion of the morning price, at the day's rate.",
        date="2022-10-05",
        slack=0.02,
    ),
    # --- n163 Business Standard (Capital Market; URL id 122112300830), the Hong Kong close of Wednesday 2022-11-23
    unknown(A163, "5.7%", "Kuaishou", CC, "1024.HK", date="2022-11-23"),
    unknown(A163, "HK$53.10", "Kuaishou", CL, "1024.HK", date="2022-11-23"),
    unknown(A163, "3.4%", "Baidu", CC, "9888.HK; only the Nasdaq ADS ships", date="2022-11-23"),
    unknown(A163, "HK$92.95", "Baidu", CL, "9888.HK; only the Nasdaq ADS ships", date="2022-11-23"),
    *closing(A163, "3.2%", "HK$75.40", "Alibaba", "9988.HK", "2022-11-23", 1),
    *closing(A163, "1.7%", "HK$282", "Tencent", "0700.HK", "2022-11-23", 1),
    *closing(A163, "1.8%", "HK$175", "BYD", "1211.HK", "2022-11-23", -1),
    U(
        A163,
        "3.23 million",
        "BYD",
        "shares_sold",
        "no_source",
        FILING + " (Berkshire Hathaway's sale of November 17)",
        date="2022-11-17",
    ),
    C(
        A163,
        "HK$195.42",
        "BYD",
        "average_sale_price",
        "195.42",
        {"kind": "day_range", "ticker": "1211.HK", "date": "2022-11-17", "price": 195.42},
        why="'Berkshire sold 3.23 million shares on November 17 at an average price of HK$195.42 each ..., according "
        "to an exchange filing on Tuesday': the sentence dates the sale itself (November 17) and the filing "
        "separately (Tuesday), so the price is checked on that day's traded range.",
        date="2022-11-17",
    ),
    C(
        A163,
        "HK$630.3 million",
        "BYD",
        "sale_value_hkd",
        "630.3",
        {"kind": "article_product", "a": 3.23e6, "b": 195.42, "unit": "HKD"},
        why="'3.23 million shares ... at an average price of HK$195.42 each or HK$630.3 million': the article's own "
        "numbers, shares x average price (631.2 million); the share count is stated to 3 figures, so the product is "
        "read within that rounding (slack 0.00155 = 0.005 / 3.23).",
        date="2022-11-17",
        scale=1e6,
        slack=0.00155,
    ),
    U(A163, "15.99%", "BYD", "ownership_share", "no_source", FILING + " (Berkshire's stake after the sale)"),
    U(A163, "16.28%", "BYD", "ownership_share", "no_source", FILING + " (its stake before the sale)"),
    *closing(A163, "1.1%", "HK$138.40", "Meituan", "3690.HK", "2022-11-23", -1),
    # --- n165 Invest Chronicle (date line 2023-06-12, a Monday), PDD's quote page: the last session is Friday 2023-06-09
    C(
        A165,
        "-6.68%",
        "PDD Holdings",
        "share_price_change_ytd",
        "6.68",
        px("ytd", "PDD", "2023-06-09"),
        why="'The index has shown a price loss of -6.68% this year' (the template's 'index' is PDD's stock): year to "
        "date at the close of the last session before the page, Friday 2023-06-09.",
        date="2023-06-09",
        sign=-1,
    ),
    U(
        A165,
        "-11.33%",
        "PDD Holdings",
        "share_price_change_6m",
        "no_window",
        "'Over the last six months': six months of sessions or of calendar days, from which day is not fixed",
        date="2023-06-09",
    ),
    U(
        A165,
        "25.00%",
        "PDD Holdings",
        "share_price_change_30d",
        "no_window",
        "'fallen by 25.00% during the last 30 days period': 30 sessions or 30 calendar days; the window is not fixed",
        date="2023-06-09",
    ),
    C(
        A165,
        "9.43%",
        "PDD Holdings",
        "share_price_change_5d",
        "9.43",
        {"kind": "between", "ticker": "PDD", "from": "2023-06-02", "date": "2023-06-09"},
        why="'For the last 5-days stocks have improved 9.43%': five sessions, from the close of 2023-06-02 to that "
        "of 2023-06-09.",
        date="2023-06-09",
        sign=1,
    ),
    pdd_level("$76.10", CL, "'The present stock price ... is $76.10' (the close of 2023-06-09)", date="2023-06-09"),
    pdd_level("$77.99", "share_price_intraday_high", "the last session's high ('reaching $77.99')", date="2023-06-09"),
    pdd_level("$75.78", "share_price_open", "the last session's open", date="2023-06-09"),
    pdd_level(
        "$74.89", "share_price_intraday_low", "the last session's low ('briefly fell to $74.89')", date="2023-06-09"
    ),
    pdd_level(
        "$74.93",
        CL,
        "'before ending the session at $74.93' (the file's close of 2023-06-08 matches it, not 2023-06-09's)",
        date="2023-06-09",
    ),
    pdd_level(
        "$106.38",
        "share_price_52_week_high",
        "'The highest value in the past year was recorded at $106.38 on 01/27/23'",
        ctx="$106.38 on 01/27/23",
        date="2023-01-27",
    ),
    pdd_level(
        "$38.80",
        "share_price_52_week_low",
        "'the lowest value was $38.80 on 10/24/22'",
        ctx="$38.80 on 10/24/22",
        date="2022-10-24",
    ),
    C(
        A165,
        "-28.46%",
        "PDD Holdings",
        "share_price_gap_to_52_week_high",
        "28.46",
        {"kind": "article_ratio", "a": 106.38, "b": 76.10},
        why="'current trading price is -28.46% away from its 52-week high': the article's own numbers, $106.38 -> "
        "$76.10.",
        sign=-1,
    ),
    C(
        A165,
        "96.13%",
        "PDD Holdings",
        "share_price_gap_to_52_week_low",
        "96.13",
        {"kind": "article_ratio", "a": 38.80, "b": 76.10},
        why="'while its distance from the 52-week low is 96.13%': the article's own numbers, $38.80 -> $76.10.",
        sign=1,
    ),
    pdd_level(
        "$38.80",
        "share_price_52_week_low",
        "the 52-week range's low again ('varied between$38.80 and $106.38')",
        ctx="between$38.80 and",
    ),
    pdd_level(
        "$106.38",
        "share_price_52_week_high",
        "the 52-week range's high again",
        ctx="between$38.80 and $106.38",
    ),
    U(A165, "13.37 million", "PDD Holdings", "trading_volume", "no_source", MARKET_DATA, date="2023-06-09"),
    U(A165, "10.13 million", "PDD Holdings", "average_volume", "no_source", MARKET_DATA + " (3-month average)"),
    U(A165, "-11.23%", "PDD Holdings", "revenue_growth_yoy", "no_source", REPORTED + " (the latest quarter)"),
    U(A165, "98.88B", "PDD Holdings", "market_value", "no_source", CAP),
    U(A165, "12992", "PDD Holdings", "employees", "no_source", REPORTED + " (head count)"),
    U(A165, "41", "PDD Holdings", "analyst_rating_count", "no_source", MARKET_DATA, ctx="41 analysts"),
    # --- n167 Latestind (Hindustan Times copy, stamped Mar 09, 2024 07:10 AM IST), Nvidia's drop of Friday 2024-03-08
    C(
        A167,
        "5.5 per cent",
        "Nvidia",
        CC,
        "5.5",
        px("change_cc", "NVDA", "2024-03-08"),
        why="'Nvidia shares face an unexpected 5.5 per cent drop' (the standfirst): the close of Friday 2024-03-08 "
        "(the page is of Saturday morning in India), close to close.",
        ctx="face an unexpected 5.5 per cent drop",
        date="2024-03-08",
        sign=-1,
    ),
    U(A167, "$128 billion", "Nvidia", "market_value_change", "no_source", CAP, date="2024-03-08"),
    C(
        A167,
        "5.5 per cent",
        "Nvidia",
        CC,
        "5.5",
        px("change_cc", "NVDA", "2024-03-08"),
        why="'Nvidia on Friday, saw an unexpected 5.5 per cent drop in its stocks': Friday 2024-03-08, close to close.",
        ctx="saw an unexpected 5.5 per cent drop",
        date="2024-03-08",
        sign=-1,
    ),
    C(
        A167,
        "77 per cent",
        "Nvidia",
        "share_price_change_ytd",
        "77",
        px("ytd", "NVDA", "2024-03-08"),
        why="'shares of the poster child of the artificial intelligence frenzy have surged by 77 per cent this year': "
        "year to date at the latest close before the page, Friday 2024-03-08 (after the day's drop).",
        date="2024-03-08",
        sign=1,
    ),
    U(A167, "$130 billion", "Nvidia", "market_value_change", "no_source", CAP, date="2024-03-08", hedge="approximate"),
    U(
        A167,
        "third-largest",
        "Nvidia",
        "market_value_rank",
        "no_source",
        "a ranking by market value within the S&P 500: no share counts ship",
    ),
    U(
        A167,
        "six-day",
        "Nvidia",
        "winning_streak_sessions",
        "no_source",
        "'breaking the chip darling's six-day winning streak': a count of consecutive gains, not a reference kind; not "
        "labelled as a check",
        date="2024-03-07",
    ),
]
