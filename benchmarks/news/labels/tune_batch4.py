"""Tune gold labels of batch 4 (n51-n55)."""

from __future__ import annotations

from benchmarks.news.labels import closing, unknown

A53 = "n53_bs_hk_close_2024_04_05"
A54 = "n54_bs_hk_close_2024_05_03"
A55 = "n55_bs_hk_close_2023_02_20"
CC = "share_price_change_close_to_close"
CL = "share_price_close"

LABELS = [
    # --- n53 Business Standard close wrap, Hong Kong on Friday 2024-04-05
    unknown(A53, "4.8%", "WuXi Biologics", CC, "2269.HK", date="2024-04-05"),
    unknown(A53, "HK$13.36", "WuXi Biologics", CL, "2269.HK", date="2024-04-05"),
    unknown(A53, "5.6%", "WuXi AppTec", CC, "2359.HK", date="2024-04-05"),
    unknown(A53, "HK$35.10", "WuXi AppTec", CL, "2359.HK", date="2024-04-05"),
    unknown(A53, "5.7%", "Alibaba Health", CC, "0241.HK", date="2024-04-05"),
    unknown(A53, "HK$2.80", "Alibaba Health", CL, "0241.HK", date="2024-04-05"),
    unknown(A53, "4.4%", "JD Health", CC, "6618.HK", date="2024-04-05"),
    unknown(A53, "HK$25.25", "JD Health", CL, "6618.HK", date="2024-04-05"),
    unknown(A53, "2.5%", "Longfor", CC, "0960.HK", date="2024-04-05"),
    unknown(A53, "HK$10.20", "Longfor", CL, "0960.HK", date="2024-04-05"),
    *closing(A53, "1%", "HK$311.60", "Tencent", "0700.HK", "2024-04-05", 1),
    *closing(A53, "1.8%", "HK$100.70", "Meituan", "3690.HK", "2024-04-05", 1),
    *closing(A53, "2.1%", "HK$62.70", "HSBC", "0005.HK", "2024-04-05", 1),
    # --- n54 Business Standard close wrap, Hong Kong on Friday 2024-05-03 ('HSBC, Tencent rose 1.2% to HK$364.60')
    *closing(A54, "1.2%", "HK$364.60", "Tencent", "0700.HK", "2024-05-03", 1),
    *closing(A54, "4.1%", "HK$79.20", "Alibaba", "9988.HK", "2024-05-03", 1),
    unknown(A54, "0.8%", "China Construction Bank", CC, "0939.HK", date="2024-05-03"),
    unknown(A54, "1%", "ICBC", CC, "1398.HK", ctx="China 1%", date="2024-05-03"),
    *closing(A54, "3.4%", "HK$61.35", "AIA", "1299.HK", "2024-05-03", 1),
    unknown(A54, "4.1%", "Ping An", CC, "2318.HK", ctx="rising 4.1%", date="2024-05-03"),
    unknown(A54, "HK$39.55", "Ping An", CL, "2318.HK", date="2024-05-03"),
    # --- n55 Business Standard close wrap, Hong Kong on Monday 2023-02-20
    *closing(A55, "0.05%", "HK$99.40", "Alibaba", "9988.HK", "2023-02-20", -1),
    unknown(A55, "2.6%", "Baidu", CC, "9888.HK; only the Nasdaq ADS ships", date="2023-02-20"),
    unknown(A55, "HK$145.00", "Baidu", CL, "9888.HK; only the Nasdaq ADS ships", date="2023-02-20"),
    *closing(A55, "1%", "HK$58.75", "HSBC", "0005.HK", "2023-02-20", 1),
    unknown(A55, "9.9%", "China Hongqiao", CC, "1378.HK", date="2023-02-20"),
    unknown(A55, "HK$9.10", "China Hongqiao", CL, "1378.HK", date="2023-02-20"),
    unknown(A55, "4.3%", "Country Garden", CC, "2007.HK", ctx="gained 4.3%", date="2023-02-20"),
    unknown(A55, "HK$2.66", "Country Garden", CL, "2007.HK", date="2023-02-20"),
    *closing(A55, "3.1%", "HK$59.10", "China Mobile", "0941.HK", "2023-02-20", 1),
    *closing(A55, "0.9%", "HK$377.00", "Tencent", "0700.HK", "2023-02-20", 1),
    unknown(A55, "3.2%", "JD Health", CC, "6618.HK", date="2023-02-20"),
    unknown(A55, "HK$59.85", "JD Health", CL, "6618.HK", date="2023-02-20"),
    unknown(A55, "4.6%", "Li Auto", CC, "2015.HK", date="2023-02-20"),
    unknown(A55, "HK$99.15", "Li Auto", CL, "2015.HK", date="2023-02-20"),
    unknown(A55, "4.3%", "CICC", CC, "3908.HK", ctx="surged 4.3%", date="2023-02-20"),
    unknown(A55, "2%", "CITIC Securities", CC, "6030.HK", ctx="added 2%", date="2023-02-20"),
]
