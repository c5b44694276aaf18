"""Score the checker on the news corpus (``benchmarks/news/``): held-out and tune separately.

Runs the real checker (``claims check`` with the snapshot source and the shipped ``data/``, into
a temporary DuckDB file) on every article of a split; each article's publication date comes
from its ``.meta.json`` sidecar, which the checker reads. Predictions are matched to the gold
claims by span overlap (each gold claim takes the overlapping prediction with the largest
overlap; a gold claim with none is *missed* and counts as ``unverifiable``).

Printed per split: lenient accuracy (all gold claims), accuracy on the checkable ones,
macro-F1 over the four verdicts, wrong *supported* and wrong *contradicted* (predicted, gold
differs), the unverifiable claims per reason (predicted, and the gold's), coverage (gold claims
found) and the predictions that match no gold claim. Then the two seeds' verdict counts (the
seeds have no gold in this corpus).

Per-claim error listings (``--errors``) are printed for the **tune** split only, never for the
held-out one: the held-out split must stay unseen by whoever tunes the checker.

Run: ``python -m benchmarks.bench_news [--split heldout|tune|both] [--errors] [--json FILE]``
(``--code DIR`` runs the checker of another checkout, e.g. a ``git worktree`` of an older commit;
``--batch N`` or ``--articles ID,...`` scores only those articles of each split, e.g. a new batch's
first run on its own).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT / "benchmarks" / "news"
ARTICLES = NEWS / "articles"
VERDICTS = ("supported", "contradicted", "misleading", "unverifiable")


def load_gold(split: str) -> list[dict[str, Any]]:
    lines = (NEWS / f"gold_{split}.jsonl").read_text(encoding="utf-8").splitlines()
    gold = [json.loads(line) for line in lines if line.strip()]
    for g in gold:
        text = (ARTICLES / f"{g['article']}.txt").read_text(encoding="utf-8")
        if text[g["start"] : g["end"]] != g["text"]:
            raise SystemExit(f"gold span mismatch in {g['article']}: {g['text']!r}")
    return gold


def select_articles(ids: list[str], batch: int | None = None, articles: list[str] | None = None) -> list[str]:
    """The articles of a split to score: all, those of one collection batch, or those named (by id or prefix)."""
    from benchmarks.news.make_split import batch_of

    chosen = list(ids)
    if batch is not None:
        chosen = [a for a in chosen if batch_of(a) == batch]
    if articles:
        chosen = [a for a in chosen if any(a == x or a.startswith(x + "_") for x in articles)]
    return chosen


def by_batch(gold: list[dict[str, Any]]) -> dict[int, list[dict[str, Any]]]:
    """The gold claims grouped by the collection batch of their article, in batch order."""
    from benchmarks.news.make_split import batch_of

    groups: dict[int, list[dict[str, Any]]] = {}
    for g in gold:
        groups.setdefault(batch_of(g["article"]), []).append(g)
    return dict(sorted(groups.items()))


def run_checker(paths: list[Path], code: Path, data: Path) -> tuple[list[dict[str, Any]], float]:
    """``claims check --format json`` on ``paths`` into a throwaway database."""
    with tempfile.TemporaryDirectory(prefix="bench_news_") as tmp:
        cmd = [
            sys.executable,
            "-c",
            "import sys; from claims.cli import main; sys.exit(main())",
            "check",
            *map(str, paths),
            "--db",
            str(Path(tmp) / "bench.duckdb"),
            "--source",
            "snapshot",
            "--data",
            str(data),
            "--format",
            "json",
        ]
        env = {**os.environ, "PYTHONPATH": str(code), "CLAIMS_DATA": str(data)}
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, cwd=code, env=env, capture_output=True, text=True, timeout=1800)
        elapsed = time.perf_counter() - t0
    if proc.returncode == 3:  # some inputs could not be read: a benchmark that silently drops articles lies
        unread = [line for line in proc.stderr.splitlines() if line.strip() and "is partial" not in line]
        raise SystemExit("claims check could not read every benchmark article:\n" + "\n".join(unread[-20:]))
    if proc.returncode != 0:
        raise SystemExit(f"claims check failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
    out = proc.stdout
    start = out.find("[")
    return (json.loads(out[start:]) if start >= 0 else []), elapsed


def article_of(doc: str) -> str:
    name = Path(doc).name
    return name[: -len(".txt")] if name.endswith(".txt") else name


def match(
    gold: list[dict[str, Any]], preds: list[dict[str, Any]]
) -> tuple[list[dict[str, Any] | None], list[dict[str, Any]]]:
    by_article: dict[str, list[dict[str, Any]]] = {}
    for p in preds:
        by_article.setdefault(article_of(p["doc"]), []).append(p)
    matched: list[dict[str, Any] | None] = []
    used: set[int] = set()
    for g in gold:
        best, best_overlap = None, 0
        for p in by_article.get(g["article"], []):
            overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if overlap > best_overlap:
                best, best_overlap = p, overlap
        matched.append(best)
        if best is not None:
            used.add(id(best))
    gold_articles = {g["article"] for g in gold}
    extra = [p for p in preds if id(p) not in used and article_of(p["doc"]) in gold_articles]
    return matched, extra


def macro_f1(pairs: list[tuple[str, str]]) -> tuple[float, dict[str, float]]:
    per: dict[str, float] = {}
    for label in VERDICTS:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        if tp + fp + fn == 0:
            continue  # neither in the gold nor predicted: left out of the mean
        per[label] = 2 * tp / (2 * tp + fp + fn)
    return (sum(per.values()) / len(per) if per else 0.0), per


def score(gold: list[dict[str, Any]], preds: list[dict[str, Any]]) -> dict[str, Any]:
    matched, extra = match(gold, preds)
    pairs = [(g["verdict"], p["verdict"] if p else "unverifiable") for g, p in zip(gold, matched, strict=True)]
    checkable = [(gv, pv) for (gv, pv), g in zip(pairs, gold, strict=True) if g["checkable"]]
    f1, per = macro_f1(pairs)
    pred_reasons = Counter(
        (p.get("reason") or "(none)") if p else "(missed)"
        for p in matched
        if (p["verdict"] if p else "unverifiable") == "unverifiable"
    )
    gold_reasons = Counter(g["reason"] for g in gold if g["verdict"] == "unverifiable")
    # Checkable claims got wrong, counted by gold verdict -> predicted verdict/reason and by gold metric: aggregate
    # only, so a held-out split shows where reading fails without showing any one claim.
    confusion: Counter[str] = Counter()
    wrong_metrics: Counter[str] = Counter()
    for (gv, pv), g, p in zip(pairs, gold, matched, strict=True):
        if not g["checkable"] or gv == pv:
            continue
        reason = ((p.get("reason") or "-") if p else "(missed)") if pv == "unverifiable" else ""
        confusion[f"{gv}->{pv}{'/' + reason if reason else ''}"] += 1
        wrong_metrics[str(g.get("metric"))] += 1
    return {
        "gold": len(gold),
        "articles": len({g["article"] for g in gold}),
        "checkable": len(checkable),
        "found": sum(p is not None for p in matched),
        "lenient_accuracy": sum(gv == pv for gv, pv in pairs) / len(pairs) if pairs else 0.0,
        "checkable_accuracy": sum(gv == pv for gv, pv in checkable) / len(checkable) if checkable else 0.0,
        "checkable_correct": sum(gv == pv for gv, pv in checkable),
        "macro_f1": f1,
        "f1_per_verdict": per,
        "wrong_supported": sum(pv == "supported" and gv != "supported" for gv, pv in pairs),
        "wrong_contradicted": sum(pv == "contradicted" and gv != "contradicted" for gv, pv in pairs),
        "predicted_verdicts": dict(Counter(pv for _, pv in pairs)),
        "gold_verdicts": dict(Counter(gv for gv, _ in pairs)),
        "unverifiable_reasons_predicted": dict(pred_reasons.most_common()),
        "unverifiable_reasons_gold": dict(gold_reasons.most_common()),
        "checkable_errors": dict(confusion.most_common()),
        "checkable_errors_by_metric": dict(wrong_metrics.most_common()),
        "extra_predictions": len(extra),
        "extra_by_verdict": dict(Counter(p["verdict"] for p in extra)),
        "_matched": matched,
    }


def print_score(name: str, s: dict[str, Any]) -> None:
    print(
        f"\n== {name}: {s['articles']} articles, {s['gold']} gold claims ({s['checkable']} checkable with the shipped data)"
    )
    print(f"  coverage (gold claims found)   {s['found']}/{s['gold']} = {s['found'] / max(s['gold'], 1):.1%}")
    print(f"  lenient accuracy               {s['lenient_accuracy']:.1%}")
    print(f"  accuracy on checkable claims   {s['checkable_accuracy']:.1%} ({s['checkable_correct']}/{s['checkable']})")
    per = ", ".join(f"{k} {v:.2f}" for k, v in s["f1_per_verdict"].items())
    print(f"  macro-F1 over the verdicts     {s['macro_f1']:.3f} ({per})")
    print(f"  wrong supported                {s['wrong_supported']}")
    print(f"  wrong contradicted             {s['wrong_contradicted']}")
    print(f"  verdicts gold / predicted      {s['gold_verdicts']} / {s['predicted_verdicts']}")
    print(f"  unverifiable by reason, predicted: {s['unverifiable_reasons_predicted']}")
    print(f"  unverifiable by reason, gold:      {s['unverifiable_reasons_gold']}")
    print(f"  predictions matching no gold claim: {s['extra_predictions']} {s['extra_by_verdict']}")
    print(f"  checkable errors, gold -> predicted: {s['checkable_errors']}")
    print(f"  checkable errors by gold metric:     {s['checkable_errors_by_metric']}")


def print_errors(gold: list[dict[str, Any]], s: dict[str, Any]) -> None:
    print("\n-- tune errors (gold -> predicted):")
    for g, p in zip(gold, s["_matched"], strict=True):
        pv, pr = (p["verdict"], p.get("reason")) if p else ("unverifiable", "(missed)")
        if pv == g["verdict"] and (pv != "unverifiable" or pr == g["reason"]):
            continue
        mark = "VERDICT" if pv != g["verdict"] else "reason "
        print(
            f"{mark} {g['article']}  {g['text']!r} [{g['start']}:{g['end']}] {g['subject']} {g['metric']} {g['date'] or g['period'] or ''}"
        )
        print(f"        gold {g['verdict']}/{g['reason'] or '-'} ref={g['reference_value']}  -- {g['reasoning'][:220]}")
        if p:
            print(
                f"        pred {pv}/{pr or '-'} text={p.get('text')!r} subject={p.get('subject')} metric={p.get('metric')} "
                f"claimed={p.get('claimed_value')} ref={p.get('reference_value')} -- {str(p.get('explanation'))[:220]}"
            )
        else:
            print("        pred (no claim found on this span)")


def print_stats(split: dict[str, Any]) -> None:
    """The corpus: articles and gold claims per split and subject company, and the currencies."""
    import re

    for name in ("heldout", "tune"):
        gold = load_gold(name)
        arts = Counter()
        for a in split[name]:
            meta = json.loads((ARTICLES / f"{a}.txt.meta.json").read_text(encoding="utf-8"))
            arts[meta["companies"][0]] += 1
        claims = Counter(g["subject"] for g in gold)
        check = Counter(g["subject"] for g in gold if g["checkable"])
        cur = Counter()
        for g in gold:
            t = g["text"]
            for code, pat in (
                ("SGD", r"(?<![A-Z])S\$"),
                ("HKD", r"HK\$|HKD|Hong Kong dollars|Hong Kong cents"),
                ("USD", r"US\$|USD|^\$|\$\d|\d\$"),
                ("CNY", r"RMB|CNY|CN.?Y|yuan"),
            ):
                if re.search(pat, t):
                    cur[code] += 1
                    break
        print(f"{name}: {len(split[name])} articles, {len(gold)} claims ({sum(check.values())} checkable)")
        print("  articles by main company: " + ", ".join(f"{k} {v}" for k, v in sorted(arts.items())))
        print(
            "  claims by subject (checkable): "
            + ", ".join(f"{k} {v} ({check.get(k, 0)})" for k, v in claims.most_common())
        )
        print("  money claims by currency: " + ", ".join(f"{k} {v}" for k, v in cur.most_common()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["heldout", "tune", "both"], default="both")
    ap.add_argument("--errors", action="store_true", help="list the tune split's errors claim by claim")
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout whose checker runs (default: this one)")
    ap.add_argument("--data", type=Path, default=ROOT / "data", help="reference data (default: the shipped data/)")
    ap.add_argument("--json", type=Path, help="also write the scores to this file")
    ap.add_argument("--no-seeds", action="store_true")
    ap.add_argument("--stats", action="store_true", help="print the corpus composition only (no checker run)")
    ap.add_argument("--batch", type=int, help="score only the articles of this collection batch (make_split.BATCHES)")
    ap.add_argument("--articles", help="score only these articles (comma-separated ids or number prefixes: n56,n57)")
    ap.add_argument(
        "--by-batch", action="store_true", help="also print each collection batch's scores (from the same run)"
    )
    args = ap.parse_args(argv)

    split = json.loads((NEWS / "split.json").read_text(encoding="utf-8"))
    if args.stats:
        print_stats(split)
        return 0
    names = ["heldout", "tune"] if args.split == "both" else [args.split]
    report: dict[str, Any] = {}
    wanted = [a.strip() for a in args.articles.split(",")] if args.articles else None
    for name in names:
        ids = select_articles(split[name], args.batch, wanted)
        if not ids:
            print(f"\n== {name}: no article selected")
            continue
        gold = [g for g in load_gold(name) if g["article"] in set(ids)]
        paths = [ARTICLES / f"{a}.txt" for a in ids]
        preds, elapsed = run_checker(paths, args.code, args.data)
        s = score(gold, preds)
        label = (
            name if len(ids) == len(split[name]) else f"{name} (selected: {len(ids)} of {len(split[name])} articles)"
        )
        print_score(label, s)
        print(f"  (checker wall time {elapsed:.1f} s for {len(paths)} articles)")
        if args.errors and name == "tune":
            print_errors(gold, s)
        report[name] = {k: v for k, v in s.items() if not k.startswith("_")}
        if args.by_batch:
            report[name]["by_batch"] = {}
            for b, sub in by_batch(gold).items():
                sb = score(sub, preds)
                print_score(f"{name}, batch {b} alone (same run)", sb)
                report[name]["by_batch"][str(b)] = {k: v for k, v in sb.items() if not k.startswith("_")}
    if not args.no_seeds:
        seeds = sorted((ROOT / "seeds").glob("*.txt"))
        preds, _ = run_checker(seeds, args.code, args.data)
        print(f"\n== seeds ({len(seeds)} articles, no gold in this corpus): {len(preds)} claims")
        for doc in seeds:
            c = Counter(p["verdict"] for p in preds if article_of(p["doc"]) == doc.stem)
            print(f"  {doc.name}: " + ", ".join(f"{v} {c.get(v, 0)}" for v in VERDICTS))
        report["seeds"] = dict(Counter(p["verdict"] for p in preds))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
