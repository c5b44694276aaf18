"""Precision audit of the checker's asserted verdicts on fresh, unlabelled news (``benchmarks/audit/``).

The audit articles have no gold claims: only the verdicts the checker *asserts* (supported,
contradicted, misleading) were judged by hand, one line each in ``benchmarks/audit/judgements.jsonl``
(``judged`` right/wrong, the ``correct_verdict``, the error ``pattern``). This script runs the
current checker on the articles exactly as ``bench_news`` does (``claims check`` with the snapshot
source and the shipped ``data/``, dates from the ``.meta.json`` sidecars), matches each asserted
verdict to a judgement by ``(article, start, end, verdict)`` and prints:

- the asserted verdicts per kind, and right/wrong per kind (the precision of supported, of
  contradicted, of misleading);
- the **unjudged** asserted verdicts (new since the judging, or a judged span whose verdict
  changed), listed so someone can judge them and append them to ``judgements.jsonl``;
- the judged-**right** verdicts no longer asserted (recall lost) and the judged-wrong ones no
  longer asserted (errors gone, whatever the checker says there now).

Precision counts only the judged verdicts; unjudged ones are reported apart, never guessed.

Run: ``python -m benchmarks.bench_audit [--code DIR] [--json FILE]``.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.bench_news import article_of, run_checker

ROOT = Path(__file__).resolve().parent.parent
AUDIT = ROOT / "benchmarks" / "audit"
ARTICLES = AUDIT / "articles"
JUDGEMENTS = AUDIT / "judgements.jsonl"
ASSERTED = ("supported", "contradicted", "misleading")

Key = tuple[str, int, int, str]


def load_judgements(path: Path = JUDGEMENTS) -> list[dict[str, Any]]:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for j in lines:
        if j["judged"] not in ("right", "wrong"):
            raise SystemExit(f"judgement is neither right nor wrong: {j}")
        if (j["judged"] == "right") != (j["correct_verdict"] == j["verdict"]):
            raise SystemExit(f"judged/correct_verdict disagree: {j}")
    return lines


def key_of(x: dict[str, Any], article: str | None = None) -> Key:
    return (article or x["article"], int(x["start"]), int(x["end"]), x["verdict"])


def score(preds: list[dict[str, Any]], judgements: list[dict[str, Any]]) -> dict[str, Any]:
    """Match the asserted predictions to the judgements; per-kind precision, unjudged, lost."""
    by_key = {key_of(j): j for j in judgements}
    asserted = [p for p in preds if p["verdict"] in ASSERTED]
    seen: set[Key] = set()
    per: dict[str, Counter[str]] = {v: Counter() for v in ASSERTED}
    unjudged: list[dict[str, Any]] = []
    wrong: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for p in asserted:
        k = key_of(p, article_of(p["doc"]))
        per[p["verdict"]]["asserted"] += 1
        j = by_key.get(k)
        if j is None:
            unjudged.append(p)
            per[p["verdict"]]["unjudged"] += 1
            continue
        seen.add(k)
        per[p["verdict"]][j["judged"]] += 1
        if j["judged"] == "wrong":
            wrong.append((p, j))
    missing = [j for k, j in by_key.items() if k not in seen]
    precision = {
        v: (c["right"] / (c["right"] + c["wrong"]) if c["right"] + c["wrong"] else None) for v, c in per.items()
    }
    judged_all = sum(c["right"] + c["wrong"] for c in per.values())
    return {
        "asserted": len(asserted),
        "per_verdict": {v: dict(c) for v, c in per.items()},
        "precision": precision,
        "precision_all": (sum(c["right"] for c in per.values()) / judged_all) if judged_all else None,
        "patterns": dict(Counter(j["pattern"] for _, j in wrong).most_common()),
        "still_wrong": [j for _, j in wrong],
        "unjudged": unjudged,
        "recall_lost": [j for j in missing if j["judged"] == "right"],
        "errors_gone": [j for j in missing if j["judged"] == "wrong"],
    }


def fmt_precision(c: dict[str, int], p: float | None) -> str:
    right, wrong = c.get("right", 0), c.get("wrong", 0)
    return f"{right}/{right + wrong} = {p:.1%}" if p is not None else "-"


def print_score(s: dict[str, Any], n_articles: int) -> None:
    print(f"== audit: {n_articles} articles, {s['asserted']} asserted verdicts")
    for v in ASSERTED:
        c = s["per_verdict"][v]
        print(
            f"  {v:<13} asserted {c.get('asserted', 0):>3}  right {c.get('right', 0):>3}  wrong {c.get('wrong', 0):>3}"
            f"  unjudged {c.get('unjudged', 0):>3}  precision {fmt_precision(c, s['precision'][v])}"
        )
    if s["precision_all"] is not None:
        print(f"  all asserted (judged) precision {s['precision_all']:.1%}")
    if s["patterns"]:
        print("  wrong verdicts by pattern: " + "; ".join(f"{k} {n}" for k, n in s["patterns"].items()))
    print(f"\n-- unjudged asserted verdicts ({len(s['unjudged'])}): judge and append to {JUDGEMENTS.name}")
    for p in s["unjudged"]:
        print(
            f"  {article_of(p['doc'])} [{p['start']}:{p['end']}] {p['text']!r} {p['verdict']}"
            f" subject={p.get('subject')} metric={p.get('metric')} claimed={p.get('claimed_value')}"
            f" ref={p.get('reference_value')} -- {str(p.get('explanation'))[:200]}"
        )
    print(f"\n-- judged-right verdicts no longer asserted, recall lost ({len(s['recall_lost'])}):")
    for j in s["recall_lost"]:
        print(f"  {j['article']} [{j['start']}:{j['end']}] {j['text']!r} was {j['verdict']} (right)")
    print(f"\n-- judged-wrong verdicts still asserted ({len(s['still_wrong'])}):")
    for j in s["still_wrong"]:
        print(
            f"  {j['article']} [{j['start']}:{j['end']}] {j['text']!r} {j['verdict']}, should be {j['correct_verdict']} ({j['pattern']})"
        )
    print(f"\n-- judged-wrong verdicts no longer asserted ({len(s['errors_gone'])}):")
    for j in s["errors_gone"]:
        print(f"  {j['article']} [{j['start']}:{j['end']}] {j['text']!r} was {j['verdict']} ({j['pattern']})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout whose checker runs (default: this one)")
    ap.add_argument("--data", type=Path, default=ROOT / "data", help="reference data (default: the shipped data/)")
    ap.add_argument("--json", type=Path, help="also write the scores to this file")
    args = ap.parse_args(argv)
    judgements = load_judgements()
    paths = sorted(ARTICLES.glob("*.txt"))
    preds, elapsed = run_checker(paths, args.code, args.data)
    s = score(preds, judgements)
    print_score(s, len(paths))
    print(f"\n  (checker wall time {elapsed:.1f} s for {len(paths)} articles)")
    if args.json:
        out = {k: v for k, v in s.items() if k not in ("unjudged",)}
        out["unjudged"] = [
            {k: p.get(k) for k in ("doc", "start", "end", "text", "verdict", "subject", "metric")}
            for p in s["unjudged"]
        ]
        args.json.write_text(json.dumps(out, indent=2, default=str) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
