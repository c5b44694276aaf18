"""The audit benchmark's judgements match its articles, and its scoring counts as documented.

No checker run here (that is `python -m benchmarks.bench_audit`).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from benchmarks.bench_audit import ARTICLES, JUDGEMENTS, load_judgements, score


def test_every_judgement_span_is_the_article_text() -> None:
    judgements = load_judgements()
    assert judgements
    for j in judgements:
        text = (ARTICLES / f"{j['article']}.txt").read_text(encoding="utf-8")
        assert text[j["start"] : j["end"]] == j["text"], j
        assert j["verdict"] in ("supported", "contradicted", "misleading"), j
        assert j["judged"] in ("right", "wrong"), j
        if j["judged"] == "wrong":
            assert j["pattern"], j
        meta = json.loads((ARTICLES / f"{j['article']}.txt.meta.json").read_text(encoding="utf-8"))
        assert meta["url"].startswith("http"), meta


def test_every_article_has_a_sidecar() -> None:
    for p in ARTICLES.glob("*.txt"):
        assert Path(f"{p}.meta.json").exists(), p
    assert JUDGEMENTS.exists()


def test_every_article_is_one_the_ingest_reads() -> None:
    """An article the checker cannot read would drop out of the audit without a trace."""
    from claims.ingest import load_document

    for p in ARTICLES.glob("*.txt"):
        doc = load_document(str(p))
        meta = json.loads(Path(f"{p}.meta.json").read_text(encoding="utf-8"))
        assert doc.published == (date.fromisoformat(meta["published"]) if meta.get("published") else None), p


def _pred(article: str, start: int, end: int, verdict: str) -> dict:
    return {"doc": f"/x/{article}.txt", "start": start, "end": end, "text": "t", "verdict": verdict}


def _judg(article: str, start: int, end: int, verdict: str, judged: str, pattern: str | None = None) -> dict:
    correct = verdict if judged == "right" else "other"
    return {
        "article": article,
        "start": start,
        "end": end,
        "text": "t",
        "verdict": verdict,
        "judged": judged,
        "correct_verdict": correct,
        "pattern": pattern,
        "why": "",
    }


def test_score_counts_precision_unjudged_and_recall_lost() -> None:
    judgements = [
        _judg("a1", 0, 2, "supported", "right"),
        _judg("a1", 5, 9, "supported", "wrong", "wrong day"),
        _judg("a1", 10, 12, "contradicted", "wrong", "wrong listing"),
        _judg("a2", 0, 3, "contradicted", "right"),
        _judg("a2", 7, 8, "supported", "right"),  # no longer asserted: recall lost
        _judg("a2", 20, 22, "contradicted", "wrong", "wrong day"),  # no longer asserted: error gone
    ]
    preds = [
        _pred("a1", 0, 2, "supported"),
        _pred("a1", 5, 9, "supported"),
        _pred("a1", 10, 12, "contradicted"),
        _pred("a2", 0, 3, "contradicted"),
        _pred("a2", 30, 33, "misleading"),  # new: unjudged
        _pred("a2", 7, 8, "contradicted"),  # judged span, verdict changed: unjudged
        _pred("a2", 40, 41, "unverifiable"),  # not asserted: ignored
    ]
    s = score(preds, judgements)
    assert s["asserted"] == 6
    assert s["per_verdict"]["supported"] == {"asserted": 2, "right": 1, "wrong": 1}
    assert s["per_verdict"]["contradicted"] == {"asserted": 3, "wrong": 1, "right": 1, "unjudged": 1}
    assert s["per_verdict"]["misleading"] == {"asserted": 1, "unjudged": 1}
    assert s["precision"]["supported"] == 0.5
    assert s["precision"]["contradicted"] == 0.5
    assert s["precision"]["misleading"] is None
    assert s["precision_all"] == 0.5
    assert s["patterns"] == {"wrong day": 1, "wrong listing": 1}
    assert [(p["start"], p["verdict"]) for p in s["unjudged"]] == [(30, "misleading"), (7, "contradicted")]
    assert [(j["article"], j["start"]) for j in s["recall_lost"]] == [("a2", 7)]
    assert [(j["article"], j["start"]) for j in s["errors_gone"]] == [("a2", 20)]


def test_score_with_nothing_asserted() -> None:
    s = score([_pred("a1", 0, 1, "unverifiable")], [_judg("a1", 0, 1, "supported", "right")])
    assert s["asserted"] == 0
    assert s["precision"]["supported"] is None and s["precision_all"] is None
    assert len(s["recall_lost"]) == 1
