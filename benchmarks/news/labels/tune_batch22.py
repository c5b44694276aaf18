"""Tune gold labels of batch 22 (n228-n237: n228, n230, n231, n232, n236, n237), written before any checker run on them."""

from __future__ import annotations

from benchmarks.news.labels import CA, C, U, px, unknown

A228 = "n228_bs_hk_close_2024_02_26"
A230 = "n230_nasdaq_pdd_2024_10_03"
A231 = "n231_foolca_alibaba_2022_03_17"
A232 = "n232_ainvest_jd_2025_07_19"
A236 = "n236_sentimenttrading_meituan_2025_06_18"
A237 = "n237_simplywallst_chinamobile_2025_05_10"
CC = "share_price_change_close_to_close"
CL = "share_price_close"
D228 = "2024-02-26"
D230 = "2024-10-02"  # Zacks' 'last trading session' on a page dated 2024-10-03: the session before the page
D231 = "2022-03-16"  # 'yesterday' on a page of Thursday 2022-03-17
D232US = "2025-07-17"
D232HK = "2025-07-18"
D236 = "2025-06-18"
D237 = "2025-05-09"  # the last session before 'Updated 10 May, 2025' (a Saturday)

US_LEVEL = "a US price level: the shipped file is adjusted-only and its provenance says levels are not checkable"
FORECAST_EST = "an analysts' consensus estimate: a forecast"
JD_MOMENT = (
    "a snapshot of the ADR's session of 2025-07-17 (the page's 'reached an intraday high of $32.72, with trading volume "
    "at 5,519,735 shares, 59.4% of the average daily volume', while the file's day high is 32.81 and its close 32.69): "
    "every moment of the day lies between its low and its high against the previous close, so both ends are read"
)
JD_SAME = (
    "the first paragraph's ADR figures repeated with HK$ signs ('JD.com Inc. (JD)', the Nasdaq ticker; the Hong Kong "
    "line 9618.HK closed at HK$124.70 on 2025-07-16 and HK$124.50 on 2025-07-17)"
)
CM_WINDOW = (
    "a stock report 'Updated 10 May, 2025' whose last price is the close of Friday 2025-05-09: a window running back "
    "from the update day or from the last price's day; the page fixes neither (its 1-month figure matches a start on "
    "2025-04-10, its 3-month one a start on 2025-02-07, its 3- and 5-year ones starts a week later, on 2022-05-13 and "
    "2020-05-15), so the window is not fixed"
)
CM_REPORTED = "a reported company figure; the shipped data has no figures for this company"
RATING = "a site's or broker's rating: not in the shipped data"


def hk_close_move(art: str, text: str, company: str, ticker: str, day: str, sign: int, ctx: str, why: str) -> dict:
    return C(
        art,
        text,
        company,
        CC,
        text.rstrip("%"),
        px("change_cc", ticker, day),
        why=why,
        ctx=ctx,
        date=day,
        sign=sign,
    )


def cm(text: str, metric: str, reason: str, why: str, **kw: object) -> dict:
    return U(A237, text, "China Mobile", metric, reason, why, **kw)


LABELS = [
    # --- n228 Business Standard (Capital Market; the text's 'Monday, 26 February 2024'), the Hong Kong close
    # ('At closing bell') of Monday 2024-02-26
    hk_close_move(
        A228,
        "0.5%",
        "Alibaba",
        "9988.HK",
        D228,
        -1,
        "Alibaba Group weakened 0.5%",
        "'Among blue chips, Alibaba Group weakened 0.5% to HK$74.15' at the close of 2024-02-26 (9988.HK's levels are "
        "trusted only from 2025-06-11, but a change that agrees is asserted).",
    ),
    C(
        A228,
        "HK$74.15",
        "Alibaba",
        CL,
        "74.15",
        px("close", "9988.HK", D228),
        why="the close of 2024-02-26 in Hong Kong.",
        date=D228,
    ),
    hk_close_move(
        A228,
        "1.2%",
        "Tencent",
        "0700.HK",
        D228,
        -1,
        "Tencent lost 1.2%",
        "'Tencent lost 1.2% to HK$287.20' at the close of 2024-02-26 (no dividend in the day).",
    ),
    C(
        A228,
        "HK$287.20",
        "Tencent",
        CL,
        "287.20",
        px("close", "0700.HK", D228),
        why="the close of 2024-02-26 (the traded close: the file's level un-adjusted by its listed dividends).",
        date=D228,
    ),
    unknown(A228, "2.2%", "Baidu", CC, "9888.HK, the Hong Kong line", ctx="Baidu slid 2.2%", date=D228),
    unknown(A228, "HK$107.50", "Baidu", CL, "9888.HK, the Hong Kong line", date=D228),
    unknown(A228, "1.1%", "NetEase", CC, "9999.HK", ctx="NetEase retreated 1.1%", date=D228),
    unknown(A228, "HK$167.60", "NetEase", CL, "9999.HK", date=D228),
    unknown(A228, "0.6%", "Li Auto", CC, "2015.HK", ctx="Li Auto added 0.6%", date=D228),
    unknown(A228, "HK$139.90", "Li Auto", CL, "2015.HK", date=D228),
    hk_close_move(
        A228,
        "1.5%",
        "BYD",
        "1211.HK",
        D228,
        1,
        "BYD rallied 1.5%",
        "'BYD rallied 1.5% to HK$187.90' at the close of 2024-02-26.",
    ),
    C(
        A228,
        "HK$187.90",
        "BYD",
        CL,
        "187.90",
        px("close", "1211.HK", D228),
        why="the close of 2024-02-26 (the traded close: the file's level un-adjusted by the 3-for-1 split of "
        "2025-06-10).",
        date=D228,
    ),
    # --- n230 Zacks via Nasdaq (date line 2024-10-03): PDD's ADR 'ended the last trading session 4.9% higher', the
    # session before the page (Wednesday 2024-10-02)
    C(
        A230,
        "4.9%",
        "PDD Holdings",
        CC,
        "4.9",
        px("change_cc", "PDD", D230),
        why="'PDD Holdings Inc. (PDD) shares ended the last trading session 4.9% higher at $152.71' on a Zacks page dated "
        "2024-10-03: the close-to-close move of the session before the page, 2024-10-02 (PDD pays no dividend).",
        date=D230,
        sign=1,
    ),
    U(A230, "$152.71", "PDD Holdings", CL, "adjusted_prices", US_LEVEL, date=D230),
    C(
        A230,
        "49%",
        "PDD Holdings",
        "share_price_change_period",
        "49",
        {"kind": "between", "ticker": "PDD", "from": "2024-09-03", "date": "2024-10-01"},
        why="'This compares to the stock's 49% gain over the past four weeks': Zacks' four weeks run to the close before "
        "the session it reports (2a22e1c's reading): 2024-09-03 -> 2024-10-01.",
        period="2024-09-03..2024-10-01",
        sign=1,
    ),
    U(
        A230,
        "$2.74",
        "PDD Holdings",
        "eps_estimate",
        "forecast",
        FORECAST_EST,
        ctx="quarterly earnings of $2.74 per share",
    ),
    U(A230, "+76.8%", "PDD Holdings", "eps_estimate_change_yoy", "forecast", FORECAST_EST),
    U(A230, "$14.17 billion", "PDD Holdings", "revenue_estimate", "forecast", FORECAST_EST),
    U(A230, "50.2%", "PDD Holdings", "revenue_estimate_change_yoy", "forecast", FORECAST_EST, ctx="up 50.2%"),
    U(
        A230,
        "4.2%",
        "PDD Holdings",
        "eps_estimate_change",
        "forecast",
        "a revision of analysts' earnings estimates: a forecast",
        ctx="revised 4.2% lower",
    ),
    U(A230, "#3", "PDD Holdings", "zacks_rank", "no_source", "a vendor's rating", ctx="Zacks Rank #3 (Hold)"),
    unknown(A230, "0.1%", "Vector Group", CC, "VGR", ctx="0.1% higher", date=D230),
    unknown(A230, "$14.93", "Vector Group", CL, "VGR", date=D230),
    unknown(A230, "-0.7%", "Vector Group", "share_price_change_period", "VGR", ctx="VGR has returned -0.7%"),
    # --- n231 Motley Fool Canada (URL /2022/03/17/): Alibaba's NYSE ADR 'yesterday', Wednesday 2022-03-16
    C(
        A231,
        "37%",
        "Alibaba",
        CC,
        "37",
        px("change_cc", "BABA", D231),
        why="the headline's 'Why Did Alibaba (NYSE:BABA) Stock Surge Almost 37% Yesterday?' on a page of 2022-03-17: "
        "the close-to-close move of Wednesday 2022-03-16 ('almost': 90-100% of the stated size).",
        ctx="Surge Almost 37%",
        date=D231,
        hedge="nearly",
        sign=1,
    ),
    C(
        A231,
        "37%",
        "Alibaba",
        CC,
        "37",
        px("change_cc", "BABA", D231),
        why="'Alibaba (NYSE:BABA) stock jumped 37% yesterday': the close-to-close move of 2022-03-16.",
        ctx="stock jumped 37% yesterday",
        date=D231,
        sign=1,
    ),
    C(
        A231,
        "75%",
        "Alibaba",
        "share_price_change_peak_to_trough",
        "75",
        {"kind": "article_ratio", "a": 320, "b": 80},
        why="'BABA stock has fallen about 75% from peak to trough ... its peak and trough were, respectively, about "
        "US$320 and below US$80 per share': the article's own peak and trough (the peak of about US$320 is not in the "
        "shipped BABA file, which starts on 2021-01-04).",
        ctx="fallen about 75%",
        hedge="approximate",
        sign=-1,
    ),
    C(
        A231,
        "37%",
        "Alibaba",
        CC,
        "37",
        px("change_cc", "BABA", D231),
        why="'before the stock price surged nearly 37% yesterday': the close-to-close move of 2022-03-16.",
        ctx="surged nearly 37% yesterday",
        date=D231,
        hedge="nearly",
        sign=1,
    ),
    U(
        A231,
        "US$320",
        "Alibaba",
        "share_price_peak",
        "adjusted_prices",
        US_LEVEL + " (and no date for the peak is given)",
        hedge="approximate",
    ),
    U(
        A231,
        "US$80",
        "Alibaba",
        "share_price_trough",
        "adjusted_prices",
        US_LEVEL + " (and no date for the trough is given)",
        hedge="less_than",
    ),
    # --- n232 AInvest (date line 'Saturday, Jul 19, 2025'): JD.com's ADR on Jul 17 (a snapshot of the session), the
    # same figures with HK$ signs, then the Hong Kong line's session of Friday 2025-07-18
    CA(
        A232,
        "3.21%",
        "JD.com",
        "share_price_change_intraday",
        "3.21",
        [px("intraday_low", "JD", D232US), px("intraday_high", "JD", D232US)],
        why="the headline's 'JD.com Inc Shares Rise 3.21%': " + JD_MOMENT + ".",
        ctx="Shares Rise 3.21%",
        date=D232US,
        sign=1,
        reason="no_source",
    ),
    CA(
        A232,
        "3.21%",
        "JD.com",
        "share_price_change_intraday",
        "3.21",
        [px("intraday_low", "JD", D232US), px("intraday_high", "JD", D232US)],
        why="'JD.com Inc (JD) shares surged 3.21% to $32.66 on Jul 17, up from its previous close of $31.64': "
        + JD_MOMENT
        + ".",
        ctx="surged 3.21% to $32.66",
        date=D232US,
        sign=1,
        reason="no_source",
    ),
    U(
        A232,
        "$32.66",
        "JD.com",
        "share_price_current",
        "no_source",
        JD_MOMENT + "; a US price level besides (adjusted-only file)",
        ctx="to $32.66 on Jul 17",
        date=D232US,
    ),
    U(
        A232,
        "$31.64",
        "JD.com",
        "share_price_previous_close",
        "adjusted_prices",
        US_LEVEL,
        ctx="close of $31.64",
        date="2025-07-16",
    ),
    U(
        A232,
        "$32.72",
        "JD.com",
        "share_price_intraday_high",
        "no_source",
        JD_MOMENT + "; the high so far, not the day's (32.81 in the file); a US price level besides",
        ctx="high of $32.72",
        date=D232US,
    ),
    U(
        A232,
        "5,519,735",
        "JD.com",
        "volume_shares",
        "no_source",
        "volume: no volume data is used",
        ctx="volume at 5,519,735 shares, 59.4%",
    ),
    U(
        A232,
        "59.4%",
        "JD.com",
        "volume_share_of_average",
        "no_source",
        "volume: no volume data is used",
        ctx="shares, 59.4% of the average",
    ),
    U(
        A232,
        "9,291,405",
        "JD.com",
        "average_volume_shares",
        "no_source",
        "volume: no volume data is used",
        ctx="average daily volume of 9,291,405. Analysts",
    ),
    U(
        A232,
        "$46.84",
        "JD.com",
        "price_target",
        "forecast",
        "analysts' average target price: a forecast",
        ctx="price of $46.84",
    ),
    U(
        A232,
        "43.43%",
        "JD.com",
        "price_target_upside",
        "forecast",
        "the upside implied by a target price: a forecast",
        ctx="upside of 43.43% from the current price. The estimated GF Value for JD in one year is $45.15",
    ),
    U(
        A232,
        "$45.15",
        "JD.com",
        "fair_value_estimate",
        "forecast",
        "a vendor's one-year value estimate: a forecast",
        ctx="is $45.15",
    ),
    U(
        A232,
        "38.26%",
        "JD.com",
        "fair_value_upside",
        "forecast",
        "the upside implied by a value estimate: a forecast",
        ctx="is $45.15, suggesting a 38.26% upside",
    ),
    CA(
        A232,
        "3.21%",
        "JD.com",
        "share_price_change_intraday",
        "3.21",
        [px("intraday_low", "JD", D232US), px("intraday_high", "JD", D232US)],
        why="'JD.com Inc. (JD) shares surged 3.21% to HK$32.66 on July 17': " + JD_SAME + "; " + JD_MOMENT + ".",
        ctx="surged 3.21% to HK$32.66",
        date=D232US,
        sign=1,
        reason="no_source",
    ),
    U(A232, "HK$32.66", "JD.com", "share_price_current", "no_source", JD_SAME + "; " + JD_MOMENT, date=D232US),
    U(
        A232,
        "HK$31.64",
        "JD.com",
        "share_price_previous_close",
        "adjusted_prices",
        JD_SAME + "; " + US_LEVEL,
        date="2025-07-16",
    ),
    U(
        A232,
        "HK$32.72",
        "JD.com",
        "share_price_intraday_high",
        "no_source",
        JD_SAME + "; the ADR's high so far of the session",
        date=D232US,
    ),
    U(
        A232,
        "5,519,735",
        "JD.com",
        "volume_shares",
        "no_source",
        "volume: no volume data is used",
        ctx="volume at 5,519,735 shares, representing",
    ),
    U(
        A232,
        "59.4%",
        "JD.com",
        "volume_share_of_average",
        "no_source",
        "volume: no volume data is used",
        ctx="representing 59.4%",
    ),
    U(
        A232,
        "9,291,405",
        "JD.com",
        "average_volume_shares",
        "no_source",
        "volume: no volume data is used",
        ctx="9,291,405 shares [1]",
    ),
    U(A232, "HK$46.84", "JD.com", "price_target", "forecast", "analysts' average target price: a forecast"),
    U(
        A232,
        "43.43%",
        "JD.com",
        "price_target_upside",
        "forecast",
        "the upside implied by a target price: a forecast",
        ctx="upside of 43.43% from the current price. The estimated GF Value for JD in one year is HK$45.15",
    ),
    U(A232, "HK$45.15", "JD.com", "fair_value_estimate", "forecast", "a vendor's one-year value estimate: a forecast"),
    U(
        A232,
        "38.26%",
        "JD.com",
        "fair_value_upside",
        "forecast",
        "the upside implied by a value estimate: a forecast",
        ctx="HK$45.15, suggesting a 38.26% upside",
    ),
    C(
        A232,
        "2.97%",
        "JD.com",
        CC,
        "2.97",
        px("change_cc", "9618.HK", D232HK),
        why="'On July 18, ... after Friday's trading session. The stock price gained 2.97% on the last trading day, "
        "rising from HK$124.50 to HK$128.20': the Hong Kong line (the HK$ prices; 9618.HK's levels are trusted from "
        "2025-04-07), the close-to-close move of Friday 2025-07-18.",
        date=D232HK,
        sign=1,
    ),
    C(
        A232,
        "HK$124.50",
        "JD.com",
        "share_price_previous_close",
        "124.50",
        px("close", "9618.HK", D232US),
        why="'rising from HK$124.50': the Hong Kong line's close of the session before, Thursday 2025-07-17.",
        date=D232US,
    ),
    C(
        A232,
        "HK$128.20",
        "JD.com",
        CL,
        "128.20",
        px("close", "9618.HK", D232HK),
        why="'to HK$128.20': the Hong Kong line's close of 2025-07-18.",
        ctx="to HK$128.20",
        date=D232HK,
    ),
    C(
        A232,
        "2.37%",
        "JD.com",
        "share_price_intraday_range_pct",
        "2.37",
        {"kind": "article_ratio", "a": 126.80, "b": 129.80},
        why="'the stock fluctuated 2.37% from a day low at HK$126.80 to a day high of HK$129.80': the article's own low "
        "and high.",
        ctx="fluctuated 2.37%",
        date=D232HK,
    ),
    C(
        A232,
        "HK$126.80",
        "JD.com",
        "share_price_day_low",
        "126.80",
        px("low", "9618.HK", D232HK),
        why="the Hong Kong line's traded low of 2025-07-18.",
        date=D232HK,
    ),
    C(
        A232,
        "HK$129.80",
        "JD.com",
        "share_price_day_high",
        "129.80",
        px("high", "9618.HK", D232HK),
        why="the Hong Kong line's traded high of 2025-07-18.",
        ctx="day high of HK$129.80",
        date=D232HK,
    ),
    U(
        A232,
        "6",
        "JD.com",
        "count_of_down_days",
        "no_source",
        "a count of falling days in the last 10: no reference kind counts days",
        ctx="fallen in 6 of the last 10 days",
        date=D232HK,
    ),
    C(
        A232,
        "3.22%",
        "JD.com",
        "share_price_change_period",
        "3.22",
        px("between", "9618.HK", D232HK, **{"from": "2025-07-04"}),
        why="'is still up by 3.22% over the past 2 weeks': ten sessions back from 2025-07-18 on the Hong Kong line, the "
        "close of 2025-07-04 (as tune n226's StockInvest template; no dividend in the window).",
        ctx="up by 3.22% over the past 2 weeks",
        date=D232HK,
        period="2025-07-04..2025-07-18",
        sign=1,
    ),
    U(
        A232,
        "11 million",
        "JD.com",
        "volume_change_shares",
        "no_source",
        "volume: no volume data is used",
        date=D232HK,
    ),
    U(A232, "21 million", "JD.com", "volume_shares", "no_source", "volume: no volume data is used", date=D232HK),
    U(
        A232,
        "HK$2.64 billion",
        "JD.com",
        "turnover_hkd",
        "no_source",
        "the day's traded value: no volume data is used",
        date=D232HK,
        hedge="approximate",
    ),
    U(A232, "-4.77%", "JD.com", "price_forecast_change", "forecast", "a vendor's three-month forecast", date=D232HK),
    U(A232, "90%", "JD.com", "forecast_probability", "forecast", "a vendor's forecast band", date=D232HK),
    U(A232, "HK$116.13", "JD.com", "price_forecast_low", "forecast", "a vendor's forecast band", date=D232HK),
    U(A232, "HK$129.87", "JD.com", "price_forecast_high", "forecast", "a vendor's forecast band", date=D232HK),
    # --- n236 Sentiment Trading (the text's 'As of June 18, 2025'): Meituan's Hong Kong close of 2025-06-18
    C(
        A236,
        "3%",
        "Meituan",
        CC,
        "3",
        px("change_cc", "3690.HK", D236),
        why="'As of June 18, 2025, Meituan's stock fell over 3%, closing at HKD 133': the close-to-close move of "
        "2025-06-18 (the page's own 138.1 -> 133 is -3.69%, over 3% too).",
        ctx="fell over 3%",
        date=D236,
        hedge="more_than",
        sign=-1,
    ),
    C(
        A236,
        "HKD 133",
        "Meituan",
        CL,
        "133",
        px("close", "3690.HK", D236),
        why="'closing at HKD 133': the close of 2025-06-18 (a whole number of dollars covers 132.5 to 133.5).",
        date=D236,
    ),
    U(
        A236,
        "HKD 138.1",
        "Meituan",
        "share_price_previous_close",
        "no_date",
        "'down from its previous close price of HKD 138.1 on June 16, 2025': the previous close before 2025-06-18 is "
        "that of Tuesday 2025-06-17, HK$138.10, while the close of the named day, Monday 2025-06-16, is HK$138.80; the "
        "two readings of the day disagree",
        date="2025-06-16",
    ),
    unknown(A236, "2.6%", "Li Auto", CC, "2015.HK", ctx="dropping by 2.6%", date=D236),
    # --- n237 Simply Wall St stock report 'Updated 10 May, 2025' (a Saturday): last price = the close of 2025-05-09
    C(
        A237,
        "HK$83.55",
        "China Mobile",
        CL,
        "83.55",
        px("close", "0941.HK", D237),
        why="'Last Price HK$83.55' on a report 'Updated 10 May, 2025' (a Saturday): the close of the last session before "
        "the update, Friday 2025-05-09.",
        ctx="Last Price\n\nHK$83.55",
        date=D237,
    ),
    cm("HK$1.8t", "market_value", "no_source", "a market value: the shipped data has prices but no share counts"),
    C(
        A237,
        "2.2%",
        "China Mobile",
        "share_price_change_1w",
        "2.2",
        {"kind": "between_traded", "ticker": "0941.HK", "from": "2025-05-02", "date": D237},
        why="'7D 2.2%': a calendar week (four sessions after the 2025-05-05 holiday) to the last price of 2025-05-09, "
        "from the close of Friday 2025-05-02 (a week back from the update day, Saturday 10 May, gives the same close); "
        "a share-price change (traded closes; a week without a dividend).",
        ctx="7D\n\n2.2%",
        date=D237,
        sign=1,
    ),
    cm(
        "12.9%",
        "share_price_change_1y",
        "no_window",
        "'1Y 12.9%': " + CM_WINDOW + " (from 2024-05-10 the traded closes give +12.91%, from 2024-05-09 +18.34%)",
        ctx="1Y\n\n12.9%",
        date=D237,
    ),
    cm("5/6", "valuation_score", "no_source", RATING + " (Simply Wall St's snowflake score)", ctx="Valuation5/6"),
    cm("1/6", "future_growth_score", "no_source", RATING + " (Simply Wall St's snowflake score)"),
    cm("3/6", "past_performance_score", "no_source", RATING + " (Simply Wall St's snowflake score)"),
    cm("5/6", "financial_health_score", "no_source", RATING + " (Simply Wall St's snowflake score)", ctx="Health5/6"),
    cm("5/6", "dividend_score", "no_source", RATING + " (Simply Wall St's snowflake score)", ctx="Dividends5/6"),
    C(
        A237,
        "HK$83.55",
        "China Mobile",
        CL,
        "83.55",
        px("close", "0941.HK", D237),
        why="'Current Share Price HK$83.55': the same last price, the close of 2025-05-09.",
        ctx="Current Share PriceHK$83.55",
        date=D237,
    ),
    C(
        A237,
        "HK$85.55",
        "China Mobile",
        "share_price_52_week_high",
        "85.55",
        px("high", "0941.HK", "2025-03-19"),
        why="'52 Week HighHK$85.55': the highest traded price in the 52 weeks to the last price of 2025-05-09 (an "
        "unqualified 52-week high is the intraday one): the traded high of 2025-03-19, inside the window whichever end "
        "(2024-05-09 or 2024-05-10) it runs from.",
        date=D237,
    ),
    C(
        A237,
        "HK$68.50",
        "China Mobile",
        "share_price_52_week_low",
        "68.50",
        px("low", "0941.HK", "2024-11-12"),
        why="'52 Week LowHK$68.50': the lowest traded price in the 52 weeks to 2025-05-09: the traded low of 2024-11-12, "
        "inside the window whichever end it runs from.",
        date=D237,
    ),
    cm(
        "0.15",
        "beta",
        "no_source",
        "a trading statistic of the quote page (beta): not in the shipped data",
        ctx="Beta0.15",
    ),
    cm(
        "3.85%",
        "share_price_change_1m",
        "no_window",
        "'1 Month Change 3.85%': " + CM_WINDOW + " (+3.85% from 2025-04-10, +5.76% from 2025-04-09)",
        date=D237,
    ),
    cm(
        "10.66%",
        "share_price_change_3m",
        "no_window",
        "'3 Month Change 10.66%': " + CM_WINDOW + " (+10.66% from 2025-02-07, the close before 2025-02-09, +8.30% from "
        "2025-02-10)",
        date=D237,
    ),
    cm(
        "12.91%",
        "share_price_change_1y",
        "no_window",
        "'1 Year Change 12.91%': " + CM_WINDOW + " (+12.91% from 2024-05-10, +18.34% from 2024-05-09; the adjusted "
        "file's total return is larger, +20.7% / +26.5%)",
        date=D237,
    ),
    cm(
        "63.50%",
        "share_price_change_3y",
        "no_window",
        "'3 Year Change 63.50%': " + CM_WINDOW + " (+63.02% from 2022-05-06, the close before 2022-05-09, +63.82% from "
        "2022-05-10; +63.50% from 2022-05-13)",
        date=D237,
    ),
    cm(
        "47.61%",
        "share_price_change_5y",
        "no_window",
        "'5 Year Change 47.61%': " + CM_WINDOW + " (+41.37% from 2020-05-08, the close before 2020-05-09/10; +47.61% "
        "from 2020-05-15)",
        date=D237,
    ),
    cm(
        "691.94%",
        "share_price_change_since_ipo",
        "outside_data",
        "'Change since IPO 691.94%': from the 1997 listing, before the shipped series",
    ),
    cm(
        "CN\u00a52.49",
        "dividend_per_share",
        "no_source",
        CM_REPORTED + " (a declared dividend, the headline of Mar 28)",
        ctx="Recent News & Updates\n\nChina Mobile's (HKG:941) Dividend Will Be CN\u00a52.49",
    ),
    cm(
        "CN\u00a52.49",
        "dividend_per_share",
        "no_source",
        CM_REPORTED + " (the same headline repeated)",
        ctx="Mar 28\nChina Mobile's (HKG:941) Dividend Will Be CN\u00a52.49\n\nChina Mobile Limited (HKG:941) Just "
        "Released Its Yearly Earnings: Here's What Analysts Think\n\nMar 23\nChina Mobile Limited (HKG:941) Just Released "
        "Its Yearly Earnings: Here's What Analysts Think\n\nRecent updates",
    ),
    cm(
        "CN\u00a52.49",
        "dividend_per_share",
        "no_source",
        CM_REPORTED + " (the same headline under 'Recent updates')",
        ctx="Recent updates\n\nChina Mobile's (HKG:941) Dividend Will Be CN\u00a52.49",
    ),
    cm(
        "CN\u00a52.49",
        "dividend_per_share",
        "no_source",
        CM_REPORTED + " (the same headline repeated)",
        ctx="Mar 28\nChina Mobile's (HKG:941) Dividend Will Be CN\u00a52.49\n\nChina Mobile Limited (HKG:941) Just "
        "Released Its Yearly Earnings: Here's What Analysts Think\n\nMar 23\nChina Mobile Limited (HKG:941) Just Released "
        "Its Yearly Earnings: Here's What Analysts Think\n\nHere's What",
    ),
]
