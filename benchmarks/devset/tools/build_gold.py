"""Turn hand labels into dev-set JSON lines with exact character spans.

A label file has one line per sentence, ``N: span=>value,high,unit,currency,hedge,direction``
with quantities separated by `` || `` (``-`` for none; hedge ex/ap/mt/lt/al/am; direction u/d/-).
Each span is looked up in the sentence after the previous one, so repeated spans resolve in
order. Run: ``python benchmarks/devset/tools/build_gold.py UNLABELLED.jsonl LABELS OUT.jsonl``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HEDGES = {"ex": "exact", "ap": "approximate", "mt": "more_than", "lt": "less_than", "al": "at_least", "am": "at_most"}
DIRECTIONS = {"u": "up", "d": "down", "-": None}


def _quantity(text: str, part: str, pos: int) -> dict[str, Any]:
    span, _, fields = part.rpartition("=>")
    value, high, unit, currency, hedge, direction = fields.split(",")
    start = text.find(span, pos)
    if start < 0:
        raise SystemExit(f"span {span!r} not found after {pos} in {text!r}")
    return {
        "start": start,
        "end": start + len(span),
        "text": span,
        "value": float(value),
        "value_high": None if high == "-" else float(high),
        "unit": None if unit == "-" else unit,
        "currency": None if currency == "-" else currency,
        "hedge": HEDGES[hedge],
        "direction": DIRECTIONS[direction],
    }


def build(unlabelled: Path, labels: Path, out: Path) -> None:
    items = [json.loads(line) for line in unlabelled.read_text(encoding="utf-8").splitlines()]
    labelled: dict[int, str] = {}
    for line in labels.read_text(encoding="utf-8").splitlines():
        if line.strip():
            n, _, rest = line.partition(":")
            labelled[int(n)] = rest.strip()
    if set(labelled) != set(range(1, len(items) + 1)):
        raise SystemExit("every sentence needs a label line (empty for none)")
    rows = []
    for i, item in enumerate(items, 1):
        quantities: list[dict[str, Any]] = []
        for part in filter(None, (p.strip() for p in labelled[i].split(" || "))):
            quantities.append(_quantity(item["text"], part, quantities[-1]["end"] if quantities else 0))
        rows.append({"url": item["url"], "text": item["text"], "quantities": quantities})
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(out, len(rows), "sentences", sum(len(r["quantities"]) for r in rows), "quantities")


if __name__ == "__main__":
    build(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
