"""Tune gold labels of batch 19 (n205-n211, the second part of the eighteenth collection), written and committed before
any checker run on them."""

from __future__ import annotations

from benchmarks.news.labels import CA, C, U, fx, px, unknown

A206 = "n206_straitstimes_hsbc_2023_10_30"
A207 = "n207_jimmyspost_tencent_2023_08_16"
A209 = "n209_foolau_amazon_2022_02_03"
A210 = "n210_shine_chinamobile_2021_01_05"
CC = "share_price_change_close_to_close"
CL = "share_price_close"

HSBC_REPORTED = "a reported company figure; the shipped data has no figures for HSBC"
TENCENT_REPORTED = (
    "a reported company figure of the second quarter or first half of 2023; the shipped registry has Tencent's 2024 "
    "figures only"
)
ESTIMATE = "an analysts' estimate or a company forecast"
CAP = "a market value: the shipped data has prices but no share counts"


def hsbc(text: str, metric: str, reason: str = "no_source", why: str = HSBC_REPORTED, **kw: object) -> dict:
    return U(A206, text, "HSBC", metric, reason, why, **kw)


def tc(text: str, metric: str, ctx: str | None = None, period: str = "2023-Q2") -> dict:
    return U(A207, text, "Tencent", metric, "no_source", TENCENT_REPORTED, ctx=ctx, period=period)


def tc_usd(text: str, metric: str, amount: float, ctx: str, period: str = "2023-Q2") -> dict:
    """A bracketed yuan -> US dollar conversion in the release: at the rate of the period's end (2023-06-30, the rate
    such a release converts at) and of the release's day (2023-08-16); checkable when both agree (±2%)."""
    claimed = text.replace("USD", "").replace(" billion", "")
    return CA(
        A207,
        text,
        "Tencent",
        metric,
        claimed,
        [fx(amount, "CNY", "USD", "2023-06-30"), fx(amount, "CNY", "USD", "2023-08-16")],
        why=f"the release's bracketed conversion of a yuan figure of {period} ('{ctx}'): a rate of the period (its "
        "end, 2023-06-30) or of the release's day (2023-08-16).",
        ctx=ctx,
        period=period,
        scale=1e9,
        slack=0.02,
    )


LABELS = [
    # --- n206 The Straits Times (Reuters; date line 2023-10-30), HSBC's third-quarter 2023 results
    hsbc("240 per cent", "pre_tax_profit_growth", period="2023-Q3"),
    hsbc(
        "US$3 billion",
        "buyback_size_usd",
        why="a buy-back programme's size: not in the shipped data",
        ctx="fresh US$3 billion",
    ),
    C(
        A206,
        "S$4 billion",
        "HSBC",
        "buyback_size_sgd",
        "4",
        fx(3e9, "USD", "SGD", "2023-10-30"),
        why="the article's bracketed Singapore-dollar conversion of 'US$3 billion' at the rate of the page's day "
        "(2023-10-30; ±2% for a conversion).",
        ctx="(S$4 billion)",
        date="2023-10-30",
        scale=1e9,
        slack=0.02,
    ),
    hsbc("US$7.7 billion", "pre_tax_profit_usd", period="2023-Q3"),
    hsbc("US$3.2 billion", "pre_tax_profit_usd", period="2022-Q3"),
    hsbc("US$8.1 billion", "pre_tax_profit_estimate_usd", "forecast", ESTIMATE),
    hsbc("US$118.6 billion", "market_value_usd", why=CAP),
    hsbc("US$7 billion", "buybacks_announced_usd", why="the year's announced buy-backs: not in the shipped data"),
    hsbc("10 US cents", "dividend_per_share"),
    hsbc("30 US cents", "dividend_per_share"),
    hsbc("US$500 million", "impairment_usd", period="2023-Q3"),
    U(A206, "US$1 billion", "Standard Chartered", "impairment_usd", "no_source", "a reported figure of another bank"),
    # --- n207 jimmyspost (PR Newswire release of 'Aug. 16, 2023'), Tencent's second-quarter and first-half 2023 results
    tc("+11%", "revenue_growth", ctx="+11% YoY, non-IFRS[1]"),
    tc("+33%", "non_ifrs_profit_growth", ctx="+33% YoY\n\nTotal"),
    tc("RMB149.2 billion", "revenue_cny"),
    tc_usd("USD20.6 billion", "revenue_usd", 149.2e9, "RMB149.2 billion ( USD20.6 billion"),
    tc("11%", "revenue_growth", ctx="increase of 11% over the second quarter"),
    tc("RMB50 .1 billion", "non_ifrs_operating_profit_cny"),
    tc_usd("USD6.9 billion", "non_ifrs_operating_profit_usd", 50.1e9, "RMB50 .1 billion ( USD6.9 billion"),
    tc("37%", "non_ifrs_operating_profit_growth"),
    tc("34%", "non_ifrs_operating_margin", ctx="increased to 34% from 27%"),
    tc("27%", "non_ifrs_operating_margin", ctx="34% from 27% last year", period="2022-Q2"),
    tc("RMB38 .6 billion", "non_ifrs_profit_cny"),
    tc_usd("USD5.3 billion", "non_ifrs_profit_usd", 38.6e9, "RMB38 .6 billion ( USD5.3 billion"),
    tc("33%", "non_ifrs_profit_growth", ctx="increase of 33% YoY. Net margin"),
    tc("26%", "non_ifrs_net_margin", ctx="increased to 26% from 22%"),
    tc("22%", "non_ifrs_net_margin", ctx="26% from 22% last year", period="2022-Q2"),
    tc("RMB37.5 billion", "non_ifrs_profit_attributable_cny"),
    tc_usd("USD5.2 billion", "non_ifrs_profit_attributable_usd", 37.5e9, "RMB37.5 billion ( USD5.2 billion"),
    tc("33%", "non_ifrs_profit_attributable_growth", ctx="USD5.2 billion ), an increase of 33% YoY"),
    tc("RMB3.962", "non_ifrs_basic_eps_cny"),
    tc("RMB3.875", "non_ifrs_diluted_eps_cny"),
    tc("RMB40.3 billion", "operating_profit_cny"),
    tc_usd("USD5.6 billion", "operating_profit_usd", 40.3e9, "RMB40.3 billion ( USD5.6 billion"),
    tc("34%", "operating_profit_growth", ctx="increase of 34% YoY"),
    tc("27%", "operating_margin", ctx="increased to 27% from 22%"),
    tc("22%", "operating_margin", ctx="27% from 22% last year", period="2022-Q2"),
    tc("RMB27.0 billion", "profit_cny"),
    tc_usd("USD3.7 billion", "profit_usd", 27.0e9, "RMB27.0 billion ( USD3.7 billion"),
    tc("41%", "profit_growth", ctx="increase of 41% YoY. Net margin"),
    tc("18%", "net_margin", ctx="increased to 18% from 14%"),
    tc("14%", "net_margin", ctx="18% from 14% last year", period="2022-Q2"),
    tc("RMB26.2 billion", "profit_attributable_cny"),
    tc_usd("USD3.6 billion", "profit_attributable_usd", 26.2e9, "RMB26.2 billion ( USD3.6 billion"),
    tc("41%", "profit_attributable_growth", ctx="USD3.6 billion ), an increase of 41% YoY"),
    tc("RMB2.761", "basic_eps_cny"),
    tc("RMB2.695", "diluted_eps_cny"),
    tc("+11%", "revenue_growth", ctx="+11% YoY, non-IFRS profit", period="2023-H1"),
    tc("+31%", "non_ifrs_profit_growth", period="2023-H1"),
    tc("RMB299.2 billion", "revenue_cny", period="2023-H1"),
    tc_usd("USD41.4 billion", "revenue_usd", 299.2e9, "RMB299.2 billion ( USD41.4 billion", period="2023-H1"),
    tc("11%", "revenue_growth", ctx="increase of 11% over the first half", period="2023-H1"),
    tc("RMB98.5 billion", "non_ifrs_operating_profit_cny", period="2023-H1"),
    tc_usd(
        "USD13.6 billion",
        "non_ifrs_operating_profit_usd",
        98.5e9,
        "RMB98.5 billion ( USD13.6 billion",
        period="2023-H1",
    ),
    # --- n209 The Motley Fool Australia (URL 2022/02/04), Amazon's session of Thursday 2022-02-03
    C(
        A209,
        "8%",
        "Amazon",
        CC,
        "8",
        px("change_cc", "AMZN", "2022-02-03"),
        why="the headline's 'Why Amazon shares tumbled 8% today': the page's 'today' is the US session the body dates "
        "('ended Thursday'), Thursday 2022-02-03, close to close.",
        ctx="tumbled 8% today",
        date="2022-02-03",
        sign=-1,
    ),
    C(
        A209,
        "7.81%",
        "Amazon",
        CC,
        "7.81",
        px("change_cc", "AMZN", "2022-02-03"),
        why="'ended Thursday down by 7.81%': the close-to-close move of Thursday 2022-02-03 (AMZN paid no dividend; "
        "the 2022 split is after the day and divides both closes alike).",
        date="2022-02-03",
        sign=-1,
    ),
    U(
        A209,
        "$3.67",
        "Meta",
        "eps_usd",
        "no_source",
        "Meta's reported fourth-quarter 2021 EPS: the shipped data has no figures for Meta",
        period="2021-Q4",
    ),
    U(A209, "$3.84", "Meta", "eps_estimate_usd", "forecast", ESTIMATE, period="2021-Q4"),
    U(A209, "$3.58", "Amazon", "eps_estimate_usd", "forecast", ESTIMATE, period="2021-Q4"),
    U(A209, "$3.88", "Amazon", "eps_estimate_usd", "forecast", ESTIMATE, period="2021-Q4"),
    U(
        A209,
        "$6",
        "Amazon",
        "eps_usd",
        "no_source",
        "a rough per-share income level named as 'normal': no period and no figure ships",
        hedge="approximate",
    ),
    U(A209, "$10", "Amazon", "eps_usd", "no_source", "a range of pandemic-era per-share income: no figure ships"),
    U(A209, "$15", "Amazon", "eps_usd", "no_source", "a range of pandemic-era per-share income: no figure ships"),
    # --- n210 SHINE (stamp 2021-01-05 20:27 UTC+8), the Hong Kong close of Tuesday 2021-01-05
    C(
        A210,
        "5 percent",
        "China Mobile",
        CC,
        "5",
        px("change_cc", "0941.HK", "2021-01-05"),
        why="'jumped more than 5 percent to close at 46.1 Hong Kong dollars': the close-to-close move of 2021-01-05 "
        "(no dividend in the day).",
        ctx="more than 5 percent",
        date="2021-01-05",
        hedge="more_than",
        sign=1,
    ),
    C(
        A210,
        "46.1 Hong Kong dollars",
        "China Mobile",
        CL,
        "46.1",
        px("close", "0941.HK", "2021-01-05"),
        why="the close of 2021-01-05.",
        date="2021-01-05",
    ),
    C(
        A210,
        "US$5.95",
        "China Mobile",
        "share_price_close_usd",
        "5.95",
        fx(46.1, "HKD", "USD", "2021-01-05"),
        why="the article's bracketed conversion of the HK$46.1 close at the rate of the day (2021-01-05; ±2% for a "
        "conversion).",
        date="2021-01-05",
        slack=0.02,
    ),
    unknown(A210, "8.5", "China Unicom", CC, "0762.HK", ctx="surged 8.5 and", date="2021-01-05"),
    unknown(A210, "3.35 percent", "China Telecom", CC, "0728.HK", date="2021-01-05"),
]
