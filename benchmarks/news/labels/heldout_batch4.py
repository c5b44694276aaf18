"""Held-out gold labels of batch 4 (n51-n55), written and committed before any checker run on them."""

from __future__ import annotations

from benchmarks.news.labels import C, closing, px, unknown

A51 = "n51_bs_hk_close_2023_03_24"
A52 = "n52_bs_hk_close_2023_03_23"
CC = "share_price_change_close_to_close"
CL = "share_price_close"

LABELS = [
    # --- n51 Business Standard close wrap, Hong Kong on Friday 2023-03-24
    *closing(A51, "2.9%", "HK$52.15", "HSBC", "0005.HK", "2023-03-24", -1),
    unknown(A51, "1.4%", "Bank of China (Hong Kong)", CC, "2388.HK", date="2023-03-24"),
    unknown(A51, "HK$25.15", "Bank of China (Hong Kong)", CL, "2388.HK", date="2023-03-24"),
    unknown(A51, "3.4%", "Country Garden", CC, "2007.HK", date="2023-03-24"),
    unknown(A51, "HK$2.24", "Country Garden", CL, "2007.HK", date="2023-03-24"),
    unknown(A51, "1.3%", "China Resources Land", CC, "1109.HK", date="2023-03-24"),
    unknown(A51, "HK$35.40", "China Resources Land", CL, "1109.HK", date="2023-03-24"),
    *closing(A51, "1%", "HK$85.30", "Alibaba", "9988.HK", "2023-03-24", -1),
    unknown(A51, "3.6%", "WuXi Biologics", CC, "2269.HK", date="2023-03-24"),
    unknown(A51, "HK$48.90", "WuXi Biologics", CL, "2269.HK", date="2023-03-24"),
    # --- n52 Business Standard close wrap, Hong Kong on Thursday 2023-03-23
    *closing(A52, "7.5%", "HK$373.20", "Tencent", "0700.HK", "2023-03-23", 1),
    *closing(A52, "3.9%", "HK$86.05", "Alibaba", "9988.HK", "2023-03-23", 1),
    unknown(A52, "5.4%", "Sunny Optical", CC, "2382.HK", date="2023-03-23"),
    unknown(A52, "HK$97.05", "Sunny Optical", CL, "2382.HK", date="2023-03-23"),
    unknown(A52, "16.3%", "Orient Overseas International", CC, "0316.HK", date="2023-03-23"),
    unknown(A52, "HK$151.80", "Orient Overseas International", CL, "0316.HK", date="2023-03-23"),
    unknown(A52, "11.4%", "Lenovo", CC, "0992.HK", date="2023-03-23"),
    C(
        A52,
        "8.3%",
        "Meituan",
        CC,
        "8.3",
        px("change_cc", "3690.HK", "2023-03-23"),
        why="'Lenovo Group and ... Meituan gained 11.4% and 8.3%, respectively' at the close.",
        date="2023-03-23",
        sign=1,
    ),
    unknown(A52, "7.3%", "CSPC Pharmaceutical", CC, "1093.HK", date="2023-03-23"),
    unknown(A52, "0.4%", "Sun Hung Kai Properties", CC, "0016.HK", date="2023-03-23"),
    unknown(A52, "HK$106.60", "Sun Hung Kai Properties", CL, "0016.HK", date="2023-03-23"),
    unknown(A52, "1.1%", "Henderson Land", CC, "0012.HK", date="2023-03-23"),
    unknown(A52, "HK$27", "Henderson Land", CL, "0012.HK", ctx="HK$27,", date="2023-03-23"),
    *closing(A52, "0.1%", "HK$53.55", "HSBC", "0005.HK", "2023-03-23", 1),
]
