"""Time of `claims report` on a run of 1,000 documents. Run: python -m benchmarks.bench_report [N]

The documents are synthetic but go through the real pipeline (ingest, extract, verify against
the offline snapshot, store): each has a headline, two share prices on a trading day taken from
the shipped 1810.HK series (every fifth one 7% off, so some are contradicted), a price change
and a few figures, so each document's page has about ten highlights and three price charts.
"""

from __future__ import annotations

import csv
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from claims.sources import DATA_DIR

TEMPLATE = """Shares of Xiaomi move on a busy day, report {i}

Xiaomi shares closed at HK${close:.2f} on {day}, after touching a low of HK${low:.2f} during the session. \
From the close of HK${prev:.2f} on {prev_day}, the stock gained {change:.1f}% in a week.

Analysts said revenue rose 12% to 3,500 million yuan from 3,125 million yuan. The company delivered \
1,200 cars, 200 more than the 1,000 it delivered a month earlier, and opened {shops} new shops.
"""


def _trading_days() -> list[dict[str, str]]:
    with (DATA_DIR / "prices" / "1810.HK.csv").open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def write_corpus(folder: Path, n: int) -> None:
    rows = _trading_days()
    for i in range(n):
        k = 5 + (i * 7) % (len(rows) - 5)
        row, prev = rows[k], rows[k - 5]
        close = float(row["Close"]) * (1.07 if i % 5 == 4 else 1.0)
        day, prev_day = date.fromisoformat(row["Date"][:10]), date.fromisoformat(prev["Date"][:10])
        text = TEMPLATE.format(
            i=i,
            close=close,
            low=float(row["Low"]),
            prev=float(prev["Close"]),
            day=f"{day:%B} {day.day}, {day.year}",
            prev_day=f"{prev_day:%B} {prev_day.day}, {prev_day.year}",
            change=(float(row["Close"]) / float(prev["Close"]) - 1) * 100,
            shops=10 + i % 90,
        )
        (folder / f"doc{i:04d}.txt").write_text(text, encoding="utf-8")


def main() -> None:
    from claims.pipeline import run_check
    from claims.site import build_site
    from claims.sources.snapshot import SnapshotSource
    from claims.storage import VerdictStore

    n = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 1000
    with tempfile.TemporaryDirectory() as tmp:
        corpus, db = Path(tmp) / "corpus", Path(tmp) / "c.duckdb"
        corpus.mkdir()
        write_corpus(corpus, n)
        t = time.perf_counter()
        store = VerdictStore(db)
        run_check([str(corpus)], source=SnapshotSource(DATA_DIR), source_name="snapshot", store=store, db_path=str(db))
        print(f"setup: checked {n} synthetic documents through the pipeline in {time.perf_counter() - t:.1f} s")
        for attempt in (1, 2):
            with VerdictStore(db, read_only=True) as ro:
                t = time.perf_counter()
                result = build_site(ro, Path(tmp) / f"report{attempt}")
                seconds = time.perf_counter() - t
            size = sum(p.stat().st_size for p in (Path(tmp) / f"report{attempt}").rglob("*") if p.is_file())
            print(
                f"claims report, {result.documents} documents, {result.highlights} highlights, {result.charts} charts:"
                f" {seconds:.1f} s, of which charts {result.chart_seconds:.1f} s"
                f" (attempt {attempt}; {size / 1e6:.1f} MB written)"
            )


if __name__ == "__main__":
    main()
