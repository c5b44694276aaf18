"""Split the news corpus into tune and held-out, by article, before anything is scored.

Deterministic (seed 14). Articles that report the same event on the same day (the same
story from different outlets) form one cluster and go to the same side, so the held-out
split never holds a rewrite of a tune article. Clusters are stratified by the article's main
company (the first of ``companies`` in its sidecar); companies with a single article are
pooled into one stratum. In each stratum clusters are shuffled and taken into held-out until
about 40% of its articles are held out.

Articles are split in batches, in the order they were collected: a later batch never moves
an article of an earlier one (batch 1, n01-n33, was split and its held-out gold committed
before batch 2 was collected). Each batch is split the same way, with seed ``SEED + batch - 1``.

Run: ``python -m benchmarks.news.make_split`` (writes ``benchmarks/news/split.json``).
"""

from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
ARTICLES = HERE / "articles"
SEED = 14
HELDOUT_SHARE = 0.4

# Same event, same day, different outlets: kept on one side of the split.
SAME_EVENT = [
    ("n02_benzinga_tencent_2021_08_03", "n03_devdiscourse_tencent_2021_08_03", "n04_thestar_tencent_2021_08_03"),
    ("n15_btimes_pdd_2024_08_26", "n17_sherwood_pdd_market_cap", "n18_theprimarymarket_pdd_sinks"),
    ("n30_bnnbreaking_meta_2024_02_04", "n31_morningbrew_meta_2024_02_03"),
    ("n78_scmp_hsbc_pingan_2022_05_03", "n79_marketscreener_hsbc_2022_05_03"),
]


# Batch of each article by its number: n01-n33 were collected first, n34-n41 second
# (after the shipped price window turned out to start in 2023), n42-n50 third (after the first
# scores, to give the held-out split more claims the shipped data can check), n51-n55 fourth (more
# closing wraps), n56-n68 fifth (fresh articles after the checker was tuned: US megacaps, JD.com,
# Baidu, BYD, AIA, PDD; collected to measure the checker once more on text nobody had seen), n69-n74
# sixth (collected after batch 5's first run had only 7 held-out checkable claims: close wraps and
# dated moves whose claims the shipped data can check), n75-n89 seventh (collected after batch 6's first
# run because held-out batch 1 -- older CNBC/SCMP/Reuters pieces, results days, buybacks -- was the
# weakest: 2021-2023 Hong Kong moves, Berkshire's BYD sales, US megacap results days), n90-n97 eighth
# (collected after batch 7's first run, 23% held-out: 2023-2025 Hong Kong event days -- Alibaba's split-up
# and cloud U-turn, Tencent's gaming-rules drop, HSBC's results, BYD's placement -- and US results days,
# an insider sale), n98-n107 ninth (collected after batch 8's first run: US megacap moves of 2022-2025 --
# Alphabet's and Meta's record closes, Apple's China drop, Microsoft's Azure days, Amazon's results -- and a
# Hong Kong midday report), n108-n117 tenth (collected after batch 9's first run: Baidu's ADR and Hong Kong days of
# 2022 and 2024, JD.com's 2023, Hong Kong's 2024-09-30 rally and a 2024-01-25 noon report, China Mobile's
# 2022-05-24 afternoon, Alphabet's 2025-02-04 record close, Meta's 2024-04-24/25 results days, Nvidia's
# 2023-05-25 jump), n118-n130 eleventh (collected after batch 10's first run: Apple's 2022 days, an Nvidia
# insider-selling note, Microsoft's first $3 trillion close, Hong Kong's 2022-05-04 morning and 2023-03-13/16
# closes, Alibaba's 2024-05-14 results conversions, BYD's 2022-08-31 Berkshire drop, and Samsung and NIO pages
# whose prices do not ship), n131-n146 twelfth (collected after batch 11's first run: Tencent's 2022-07-29 drop with
# its HK$ -> US$ conversions, Zuckerberg's November 2023 sales (US$ -> INR), Apple's 2025-05-27 session, Nvidia's
# 2024-11-07 record, JD.com and Meituan on 2025-04-22 and 2025-07-07, China Mobile's 2021-05-18 and 2022-01-05 days
# (CNY/HKD -> EUR), BYD's 2023-02-10 Berkshire sale, Meituan's 2022-02-18 crash, Baidu's 2023-02-07 Ernie day, PDD's
# 2024-11-21 results, HSBC's 2024-07-31 results, Microsoft's 2023-01-12 session, and the Hong Kong closes of 2023-03-14
# and 2024-01-22), n147-n158 thirteenth (collected after batch 12's first run and §16's relabel: Tencent's record close of
# 2021-01-25 with its HK$ -> US$ conversion, Berkshire's BYD sale of 2023-06-26, Alibaba's Hong Kong drop of 2020-12-24,
# Nvidia's 2025-09-30 close and its 2023-08-22 record day, Microsoft's 2021-04-05 intraday record, Amazon's 2025-04-21
# drop, the Hong Kong closes of 2024-06-04 and 2021-04-22, Meta's 2023-04-27 jump, Baidu's ADR day of 2024-07-09 and
# JD.com's 2024-04-22 session with its year-to-date and 52-week figures), n159-n169 fourteenth (collected after batch 13's
# first run and §18's relabel: Apple's 2021-12-13 drop with Amazon's, Alphabet's and Nvidia's moves, the Hong Kong closes of
# 2021-08-18 and 2022-11-23, Microsoft's mid-morning record of 2021-08-20 and its record close of 2025-06-09, BYD's
# 2022-10-05 morning with its HK$ -> US$ conversion, PDD's quote pages of 2023-03-20 and 2023-06-09, the Hong Kong noon
# break of 2024-01-09, and Nvidia's 2024-03-08 and 2024-06-20 drops), n170-n179 fifteenth (collected after batch 14's first
# run: Meta's mid-session drop of 2022-10-27, AIA's 2022-08-25 results day, HSBC's 2023-02-21 results close, JD.com's
# 2024-08-21 Walmart-sale session in Hong Kong and its ADR quote page of 2024-09-30, China Mobile's stock report of
# 2024-11-24, Baidu's ADR quote pages of 2025-01-10, 2025-02-05 and 2025-03-27, and Amazon's 2026-01-08 close), n180-n188
# sixteenth (collected after batch 15's first run: Alphabet's record close of 2024-04-09, the Hong Kong closes of 2024-04-22,
# 2024-03-04 and 2023-10-27, AIA's results morning of 2025-03-14, Baidu's results day of 2025-08-21 with its CNY -> USD
# conversion, Amazon's 2025-02-07 session, and Meta's sessions of 2025-08-22 and 2025-12-26), n189-n199 seventeenth
# (collected after batch 16's first run: EFE's Hong Kong closes of 2021-04-21, 2021-05-04, 2021-05-28 and 2021-11-25 with
# China Mobile, AIA and HSBC moves, the Hong Kong close of 2022-10-12, HSBC's Hong Kong buy-back prices of 2025-07-09,
# Meta's sessions of 2023-11-29, 2023-12-27 and 2024-12-03 with Apple's and Microsoft's moves and its 2022 and 2023
# changes, Amazon's 2021-07-30 drop and Alphabet's 2022-02-02 results jump), n200-n204 eighteenth (collected after batch
# 17's first run: EFE's Hong Kong close of 2021-05-03 with HSBC, AIA and China Mobile moves and its HKD -> USD / EUR
# turnover conversion, the Hong Kong half-day close of 2022-01-31, JD.com's second-quarter 2021 results with their
# CNY -> USD conversions, and Meta's mid-session pages of 2023-10-11 and 2024-04-05), n205-n211 the same collection's
# second part, split as its own batch so that n200-n204's committed sides do not move (collected after n200-n204's
# first run: HSBC's results days of 2023-10-30 and 2024-10-29 with US$ -> S$ / GBP conversions, Tencent's second-quarter
# 2023 release with its CNY -> USD conversions, Alphabet's 2022-10-26 and Amazon's 2022-02-03 drops, and China Mobile's
# Hong Kong closes of 2021-01-05 and 2021-01-07 around the NYSE delisting), n212-n221 twentieth (collected after batch
# 19's first run: China Mobile's 2021-01-11 rebound, the Hong Kong closes of 2021-12-09, 2021-09-06 and 2021-12-29 with
# Alibaba, Meituan, Tencent, AIA and BYD moves, HSBC's results day of 2021-02-23 and its buy-back filing of 2021-10-26
# with a US$ -> HK$ conversion, Baidu's ADR sessions of 2021-03-09 and 2024-01-23, Meta's mid-session drop of 2022-05-09
# and JD.com's second-quarter 2023 results with their RMB -> US$ conversions), n222-n227 twenty-first (collected after
# batch 20's first run: the Hong Kong close of 2022-12-23 with AIA, BYD, JD.com and Alibaba moves, Nvidia's record gain
# in market value of 2024-07-31, Baidu's third-quarter 2021 results day with its HKD / CNY -> USD conversions, Alphabet's
# afternoon drop of 2025-12-17 and its 2021 year-to-date change, and JD.com's ADR session of 2024-05-07), n228-n237
# twenty-second (collected after batch 21's first run: the Hong Kong close of 2024-02-26 with Alibaba, Tencent and BYD
# moves, PDD's ADR sessions of 2024-05-02/03 and 2024-10-02/03 with their four-week changes, Alibaba's 37% ADR jump of
# 2022-03-16 and its 2026-01-08 session, JD.com's ADR sessions of 2025-07-17 and its Hong Kong line's 2025-07-18, JD.com's
# 2023 year-to-date and window changes of 2023-04-24, Baidu's ADR session of 2025-11-12, Meituan's Hong Kong close of
# 2025-06-18 and China Mobile's stock report of 2025-05-10), n238-n246 twenty-third (collected after batch 22's first run:
# Apple's 2025 year-to-date change against the Magnificent 7 of 2025-10-29, its five-day slide of 2023-08-07 and its
# session of 2023-08-29 with its 2023 run, Meta's session of 2023-11-02 with Apple's, Microsoft's and Alphabet's moves,
# StockInvest.us notes on Nvidia's 2023-05-16, Amazon's 2024-05-24 and Microsoft's 2025-06-26 sessions with their streaks
# and windows, Microsoft's intraday $3 trillion of 2024-01-24 and Nvidia's session of 2024-01-05), n247-n255 twenty-fourth
# (collected after batch 23's first run: IG's Hong Kong close of 2020-03-11 with Alibaba and Tencent, PDD's ADR session of
# 2025-06-03, Baidu's ADR sessions of 2025-08-22, 2025-10-10, 2025-10-14 and 2025-11-14, JD.com's of 2025-10-14, and
# StocksGuide quote pages on JD.com's and Tencent's Hong Kong closes of 2025-06-25 with their 1M-20Y changes), n256-n263
# twenty-fifth (collected after batch 24's first run: dwinnex templates on Amazon's session of 2026-01-20 and Alphabet's of
# 2023-07-11 with its insider sales, FXStreet on Apple's close of 2021-10-01, News Daemon on Alphabet's 2021-04-05 gain, and
# Invest Chronicle templates on Microsoft of 2023-04-24 and 2023-06-05 and Meta of 2023-05-30 and 2023-07-17 with their
# window changes and distances from the 52-week high and low).
BATCHES = [
    (1, 33),
    (34, 41),
    (42, 50),
    (51, 55),
    (56, 68),
    (69, 74),
    (75, 89),
    (90, 97),
    (98, 107),
    (108, 117),
    (118, 130),
    (131, 146),
    (147, 158),
    (159, 169),
    (170, 179),
    (180, 188),
    (189, 199),
    (200, 204),
    (205, 211),
    (212, 221),
    (222, 227),
    (228, 237),
    (238, 246),
    (247, 255),
    (256, 263),
    (264, 268),
]


def batch_of(article: str) -> int:
    m = re.match(r"n(\d+)_", article)
    if not m:
        raise ValueError(f"{article}: not an article id (n<number>_<name>)")
    n = int(m.group(1))
    for b, (lo, hi) in enumerate(BATCHES, start=1):
        if lo <= n <= hi:
            return b
    raise ValueError(f"{article}: no batch")


# Articles removed after their batch was split (GOLD_CHANGES.md §10), with their main company: kept in
# their batch's draw so that re-running the split moves no other article, then left out of split.json.
REMOVED = {"n91_cnbc_hsbc_2024_02_21": "HSBC"}


def company_of(i: str) -> str:
    if i in REMOVED:
        return REMOVED[i]
    return json.loads((ARTICLES / f"{i}.txt.meta.json").read_text(encoding="utf-8"))["companies"][0]


def split_batch(ids: list[str], seed: int) -> list[str]:
    company = {i: company_of(i) for i in ids}
    cluster_of = {i: (i,) for i in ids}
    for group in SAME_EVENT:
        if set(group) <= set(ids):
            for i in group:
                cluster_of[i] = tuple(sorted(group))
    clusters = sorted(set(cluster_of.values()))
    per_company = defaultdict(int)
    for i in ids:
        per_company[company[i]] += 1
    strata: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for c in clusters:
        main_company = company[c[0]]
        strata[main_company if per_company[main_company] > 1 else "(single-article companies)"].append(c)

    rng = random.Random(seed)
    heldout: list[str] = []
    for name in sorted(strata):
        cs = strata[name]
        rng.shuffle(cs)
        n_articles = sum(len(c) for c in cs)
        target = round(HELDOUT_SHARE * n_articles)
        taken = 0
        for c in cs:
            if taken >= target:
                break
            if taken + len(c) > target + 1 and taken > 0:
                continue
            heldout.extend(c)
            taken += len(c)
    return heldout


def main() -> None:
    ids = sorted(p.name[: -len(".txt")] for p in ARTICLES.glob("*.txt"))
    company = {i: company_of(i) for i in ids}
    drawn = sorted(set(ids) | set(REMOVED))
    heldout: list[str] = []
    for b in range(1, len(BATCHES) + 1):
        heldout += split_batch([i for i in drawn if batch_of(i) == b], SEED + b - 1)
    heldout_set = set(heldout) - set(REMOVED)
    split = {
        "seed": SEED,
        "method": __doc__.strip().splitlines()[0] + " See make_split.py.",
        "same_event_clusters": [list(g) for g in SAME_EVENT],
        "batches": {f"n{lo:02d}-n{hi:02d}": b for b, (lo, hi) in enumerate(BATCHES, start=1)},
        "heldout": sorted(heldout_set),
        "tune": sorted(set(ids) - heldout_set),
    }
    (HERE / "split.json").write_text(json.dumps(split, indent=2) + "\n", encoding="utf-8")
    for side in ("heldout", "tune"):
        comp = defaultdict(int)
        for i in split[side]:
            comp[company[i]] += 1
        print(side, len(split[side]), dict(sorted(comp.items())))


if __name__ == "__main__":
    main()
