"""Held-out gold labels of batch 18 (n200-n204), written and committed before any checker run on them."""

from __future__ import annotations

from benchmarks.news.labels import CA, U, fx, px

A202 = "n202_fashionunited_jd_2021_08_23"
A204 = "n204_investorplace_meta_2024_04_05"

REPORTED = "a reported company figure; the shipped data has no figures for JD.com"
META_LEVEL = "Meta ships adjusted prices only, so the traded level cannot be told from the file"
META_FRIDAY = (
    "a figure at a moment of Meta's session of Friday 2024-04-05 (the page, dated 2024-04-05, was written during it: "
    "'as of this writing', 'as of Friday afternoon')"
)


def jd_cny(text: str, metric: str, why: str = "", **kw: object) -> dict:
    return U(A202, text, "JD.com", metric, "no_source", REPORTED + (f" ({why})" if why else ""), **kw)


def jd_usd(text: str, metric: str, amount: float, claimed: str, scale: float, ctx: str) -> dict:
    """A bracketed yuan -> US dollar conversion of a second-quarter 2021 figure: at the rate of the period's end
    (2021-06-30, the rate such a release converts at) and of the page's day (2021-08-23); checkable when both agree
    (±2% for a conversion)."""
    return CA(
        A202,
        text,
        "JD.com",
        metric,
        claimed,
        [fx(amount, "CNY", "USD", "2021-06-30"), fx(amount, "CNY", "USD", "2021-08-23")],
        why=f"the article's bracketed conversion of a yuan figure of the second quarter of 2021 ('{ctx}'): a rate of "
        "the period (its end, 2021-06-30) or of the report's day (2021-08-23, the URL's date).",
        ctx=ctx,
        period="2021-Q2",
        scale=scale,
        slack=0.02,
    )


LABELS = [
    # --- n202 FashionUnited (URL date 2021-08-23), JD.com's second-quarter 2021 results
    jd_cny("253.8 billion Chinese yuan", "net_revenue_cny", period="2021-Q2"),
    jd_usd(
        "139.3 billion dollars",
        "net_revenue_usd",
        253.8e9,
        "139.3",
        1e9,
        "253.8 billion Chinese yuan (139.3 billion dollars)",
    ),
    jd_cny("26.2 percent", "net_revenue_growth_yoy", "growth from the second quarter of 2020", period="2021-Q2"),
    jd_cny("34.1 billion Chinese yuan", "net_service_revenue_cny", period="2021-Q2"),
    jd_usd(
        "5.3 billion dollars",
        "net_service_revenue_usd",
        34.1e9,
        "5.3",
        1e9,
        "34.1 billion Chinese yuan (5.3 billion dollars)",
    ),
    jd_cny("49.2 percent", "net_service_revenue_growth_yoy", period="2021-Q2"),
    jd_cny("532 million", "customers", "the customer base named in a quotation"),
    jd_cny("300.8 million Chinese yuan", "operating_income_cny", period="2021-Q2"),
    jd_usd(
        "46.6 million dollars",
        "operating_income_usd",
        300.8e6,
        "46.6",
        1e6,
        "300.8 million Chinese yuan (46.6 million dollars)",
    ),
    jd_cny(
        "5 billion Chinese yuan",
        "operating_income_cny",
        "the year-earlier quarter's",
        ctx="compared to 5 billion Chinese yuan",
        period="2020-Q2",
    ),
    jd_cny("2.5 billion Chinese yuan", "non_gaap_operating_income_cny", period="2021-Q2"),
    jd_usd(
        "0.4 billion dollars",
        "non_gaap_operating_income_usd",
        2.5e9,
        "0.4",
        1e9,
        "2.5 billion Chinese yuan (0.4 billion dollars)",
    ),
    jd_cny("5.6 billion Chinese yuan", "non_gaap_operating_income_cny", "the year-earlier quarter's", period="2020-Q2"),
    jd_cny("2.6 percent", "operating_margin", "JD Retail's operating margin", period="2021-Q2"),
    jd_cny("794.3 million Chinese yuan", "net_income_cny", period="2021-Q2"),
    jd_usd(
        "123 million dollars",
        "net_income_usd",
        794.3e6,
        "123",
        1e6,
        "794.3 million Chinese yuan (123 million dollars)",
    ),
    jd_cny("16.4 billion Chinese yuan", "net_income_cny", "the year-earlier quarter's", period="2020-Q2"),
    jd_cny("4.6 billion Chinese yuan", "non_gaap_net_income_cny", period="2021-Q2"),
    jd_usd(
        "0.7 billion dollars",
        "non_gaap_net_income_usd",
        4.6e9,
        "0.7",
        1e9,
        "4.6 billion Chinese yuan (0.7 billion dollars)",
    ),
    jd_cny("5.9 billion Chinese yuan", "non_gaap_net_income_cny", "the year-earlier quarter's", period="2020-Q2"),
    jd_cny("0.50 Chinese yuan", "diluted_eps_per_ads_cny", period="2021-Q2"),
    jd_usd("8 cents", "diluted_eps_per_ads_usd", 0.50, "8", 0.01, "0.50 Chinese yuan (8 cents)"),
    jd_cny("10.47 Chinese yuan", "diluted_eps_per_ads_cny", "the year-earlier quarter's", period="2020-Q2"),
    jd_cny("2.90 Chinese yuan", "non_gaap_diluted_eps_per_ads_cny", period="2021-Q2"),
    jd_usd("45 cents", "non_gaap_diluted_eps_per_ads_usd", 2.90, "45", 0.01, "2.90 Chinese yuan (45 cents)"),
    jd_cny("3.51 Chinese yuan", "non_gaap_diluted_eps_per_ads_cny", "the year-earlier quarter's", period="2020-Q2"),
    jd_cny("27.4 percent", "annual_active_customers_growth"),
    jd_cny("531.9 million", "annual_active_customers", ctx="531.9 million in the twelve months"),
    jd_cny("417.4 million", "annual_active_customers", "the year-earlier count"),
    # --- n204 InvestorPlace (date line 2024-04-05), Meta's record session of Friday 2024-04-05 (mid-session)
    U(
        A204,
        "$527.88",
        "Meta",
        "share_price_moment",
        "adjusted_prices",
        "'trading for roughly $527.88 per share as of this writing': a level at a moment; " + META_LEVEL,
        date="2024-04-05",
        hedge="approximate",
    ),
    U(A204, "$550", "Meta", "price_target", "forecast", "Jefferies' previous price target", ctx="from $550"),
    U(A204, "$585", "Meta", "price_target", "forecast", "Jefferies' new price target", ctx="to $585"),
    U(A204, "$565", "Meta", "price_target", "forecast", "RBC Capital's previous price target", ctx="from $565"),
    U(A204, "$600", "Meta", "price_target", "forecast", "RBC Capital's new price target", ctx="to $600"),
    CA(
        A204,
        "3.5%",
        "Meta",
        "share_price_change_intraday",
        "3.5",
        [px("intraday_low", "META", "2024-04-05"), px("intraday_high", "META", "2024-04-05")],
        why="'META stock is up 3.5% as of Friday afternoon': " + META_FRIDAY + "; every moment lies between the day's "
        "low and high against Thursday's close (both readings are gains, as the claim: the sign agrees).",
        ctx="up 3.5% as of Friday afternoon",
        date="2024-04-05",
        reason="no_source",
    ),
    U(A204, "9.9 million", "Meta", "trading_volume", "no_source", "trading volume: not in the shipped data"),
    U(A204, "17.9 million", "Meta", "average_volume", "no_source", "average trading volume: not in the shipped data"),
]
