"""The news corpus gold is consistent, and the benchmark scores and applies tolerances as documented.

No checker run here (that is `python -m benchmarks.bench_news`); these tests read the committed
gold, the articles and the split, and exercise the scoring and tolerance helpers.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.bench_news import macro_f1, match, score
from benchmarks.news.reference import VERDICTS, out_of_interval_by, tolerance_verdict

NEWS = Path(__file__).resolve().parent.parent / "benchmarks" / "news"
SPLIT = json.loads((NEWS / "split.json").read_text(encoding="utf-8"))


def gold(split: str) -> list[dict]:
    return [json.loads(line) for line in (NEWS / f"gold_{split}.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("split", ["heldout", "tune"])
def test_every_gold_span_is_the_article_text_and_in_its_split(split: str) -> None:
    lines = gold(split)
    assert lines
    for g in lines:
        assert g["article"] in SPLIT[split]
        text = (NEWS / "articles" / f"{g['article']}.txt").read_text(encoding="utf-8")
        assert text[g["start"] : g["end"]] == g["text"], g
        assert g["verdict"] in VERDICTS
        if g["verdict"] == "unverifiable":
            assert g["reason"], g
            assert not g["checkable"], g
        else:
            assert g["checkable"] and g["reference_value"] is not None, g


def test_the_splits_are_disjoint_and_cover_every_article() -> None:
    held, tune = set(SPLIT["heldout"]), set(SPLIT["tune"])
    articles = {p.name[: -len(".txt")] for p in (NEWS / "articles").glob("*.txt")}
    assert not held & tune
    assert held | tune == articles
    for cluster in SPLIT["same_event_clusters"]:
        assert set(cluster) <= held or set(cluster) <= tune


def test_every_article_has_a_sidecar_the_ingest_accepts() -> None:
    for p in (NEWS / "articles").glob("*.txt"):
        meta = json.loads(p.with_name(p.name + ".meta.json").read_text(encoding="utf-8"))
        assert meta["url"].startswith("http")
        # a date is the page's own: its date line ("stated") or the stored page's metadata
        assert meta["published_basis"] in (("stated", "metadata") if meta["published"] else ("unknown",))
        assert meta["retrieved_via"] == "search tool pages corpus"
        assert "xiaomi" not in p.name.lower() and "tesla" not in p.name.lower()


@pytest.mark.parametrize(
    ("claimed", "hedge", "ref", "expected"),
    [
        ("3.7", "exact", 3.65, "supported"),
        ("3.7", "exact", 3.751, "contradicted"),
        ("0.96", "exact", -0.967, "contradicted"),  # a truncation is outside the rounding interval
        ("4", "approximate", 4.05, "supported"),
        ("14", "nearly", 13.64, "supported"),
        ("14", "nearly", 12.5, "contradicted"),
        ("9", "more_than", -10.7, "supported"),
        ("10", "more_than", 9.9, "contradicted"),
        ("4", "at_most", -4.28, "supported"),
    ],
)
def test_tolerance_follows_the_documented_rules(claimed: str, hedge: str, ref: float, expected: str) -> None:
    assert tolerance_verdict(claimed, 1.0, hedge, ref) == expected


def test_a_conversion_gets_two_percent_more() -> None:
    assert tolerance_verdict("14.98", 1.0, "exact", 22.625, 0.02) == "contradicted"
    assert tolerance_verdict("24.59", 1.0, "exact", 24.5864, 0.02) == "supported"
    assert tolerance_verdict("15.2", 1e9, "exact", 15.2331e9 * 1.018, 0.02) == "supported"


def test_distance_outside_the_rounding_interval() -> None:
    assert out_of_interval_by(1.448, 1.5, 0.05, "exact") == pytest.approx(0.002)
    assert out_of_interval_by(1.47, 1.5, 0.05, "exact") == 0.0
    assert out_of_interval_by(1.0, 1.5, 0.05, "nearly") == float("inf")


def test_products_and_a_price_against_the_days_range() -> None:
    from benchmarks.news.reference import compute

    value, unit, _ = compute({"kind": "article_product", "a": 1395500, "b": 246.96, "unit": "HKD"})
    assert (value, unit) == (pytest.approx(344_632_680.0), "HKD")
    assert tolerance_verdict("344", 1e6, "exact", value) == "contradicted"  # HK$344.63 million rounds to 345
    # 1211.HK traded range on 2023-01-03 is 187.00 .. 203.00 (the shipped file x3 for the 2025 split)
    inside, _, _ = compute({"kind": "day_range", "ticker": "1211.HK", "date": "2023-01-03", "price": 191.44})
    above, _, how = compute({"kind": "day_range", "ticker": "1211.HK", "date": "2023-01-03", "price": 210.0})
    assert inside == 191.44
    assert above == pytest.approx(203.0, abs=0.002) and "186.999 .. 203.001" in how
    assert tolerance_verdict("210.00", 1.0, "exact", above) == "contradicted"


def _g(article: str, start: int, end: int, verdict: str, checkable: bool = True) -> dict:
    return {
        "article": article,
        "start": start,
        "end": end,
        "verdict": verdict,
        "reason": None if checkable else "no_source",
        "checkable": checkable,
    }


def test_matching_takes_the_largest_overlap_and_a_miss_counts_as_unverifiable() -> None:
    golds = [_g("a", 10, 14, "supported"), _g("a", 30, 35, "contradicted"), _g("a", 50, 55, "unverifiable", False)]
    preds = [
        {"doc": "/x/a.txt", "start": 8, "end": 11, "verdict": "contradicted"},  # overlap 1
        {"doc": "/x/a.txt", "start": 10, "end": 16, "verdict": "supported"},  # overlap 4: the match
        {"doc": "/x/a.txt", "start": 70, "end": 72, "verdict": "supported"},  # matches no gold claim
    ]
    matched, extra = match(golds, preds)
    assert [m and m["verdict"] for m in matched] == ["supported", None, None]
    assert [p["start"] for p in extra] == [8, 70]
    s = score(golds, preds)
    assert s["found"] == 1
    assert s["lenient_accuracy"] == pytest.approx(2 / 3)  # the missed unverifiable one counts as right
    assert s["checkable_accuracy"] == pytest.approx(1 / 2)
    assert s["wrong_supported"] == 0 and s["wrong_contradicted"] == 0
    assert s["unverifiable_reasons_predicted"] == {"(missed)": 2}


def test_macro_f1_leaves_out_verdicts_neither_in_gold_nor_predicted() -> None:
    f1, per = macro_f1([("supported", "supported"), ("unverifiable", "supported"), ("unverifiable", "unverifiable")])
    assert set(per) == {"supported", "unverifiable"}
    assert per["supported"] == pytest.approx(2 / 3)
    assert per["unverifiable"] == pytest.approx(2 / 3)
    assert f1 == pytest.approx(2 / 3)


def test_gold_reasons_are_the_checkers_reasons() -> None:
    from claims.models import VERDICT_REASONS

    used = {g["reason"] for split in ("heldout", "tune") for g in gold(split) if g["reason"]}
    assert used <= set(VERDICT_REASONS)


def test_a_run_can_be_restricted_to_one_batch_or_to_named_articles() -> None:
    from benchmarks.bench_news import select_articles

    ids = ["n52_bs_hk_close_2023_03_23", "n56_toinews_microsoft_2025_05_01", "n57_hngn_alphabet_2023_07_26"]
    assert select_articles(ids) == ids
    assert select_articles(ids, batch=5) == ids[1:]
    assert select_articles(ids, batch=4) == ids[:1]
    assert select_articles(ids, articles=["n57"]) == ids[2:]
    assert select_articles(ids, articles=["n56_toinews_microsoft_2025_05_01", "n5"]) == ids[1:2]
    assert select_articles(ids, batch=4, articles=["n57"]) == []


def test_gold_is_grouped_by_the_batch_of_its_article() -> None:
    from benchmarks.bench_news import by_batch

    lines = gold("heldout")
    groups = by_batch(lines)
    assert list(groups) == sorted(groups) and 1 in groups and 5 in groups
    assert sum(len(v) for v in groups.values()) == len(lines)
    assert {g["article"][:3] for g in groups[5]} <= {f"n{n}" for n in range(56, 69)}


def test_no_two_articles_are_the_same_page() -> None:
    # a page collected twice (n91 was n42 again) would count its claims twice, and the checker
    # stores identical texts once, so one copy would score as missed
    import hashlib
    import json as _json
    from pathlib import Path as _Path

    articles = _Path(__file__).resolve().parents[1] / "benchmarks" / "news" / "articles"
    texts: dict[str, str] = {}
    urls: dict[str, str] = {}
    for path in sorted(articles.glob("*.txt")):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert digest not in texts, f"{path.name} repeats {texts[digest]}"
        texts[digest] = path.name
        url = _json.loads((articles / f"{path.name}.meta.json").read_text(encoding="utf-8")).get("url")
        assert url not in urls, f"{path.name} repeats the URL of {urls.get(url)}"
        urls[url] = path.name


def test_batch_of_reads_the_whole_article_number() -> None:
    # n100 and later must not be read as n10 (the first two digits)
    from benchmarks.news import make_split

    assert make_split.batch_of("n97_x") == 8
    assert make_split.batch_of("n05_x") == 1
    assert make_split.batch_of("n100_x") == 9
    with pytest.raises(ValueError, match="no batch"):
        make_split.batch_of("n999_x")
    with pytest.raises(ValueError, match="not an article id"):
        make_split.batch_of("notes")
