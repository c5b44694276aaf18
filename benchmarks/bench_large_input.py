"""Large input: time and peak memory of ingest + extraction on one big file, and whether time is linear.

Run: ``.venv/bin/python -m benchmarks.bench_large_input`` (sizes 5, 10, 20 and 50 MB; ``--sizes 1,2,4``
for a quick look). The file is the two seed articles repeated (real news sentences, about 2.4 claims
per KB). Each size runs in a fresh subprocess so that its peak RSS (``ru_maxrss``) is its own;
times are CPU seconds of that process (the machine is shared and noisy, wall time is shown too).
The 50 MB file is over the CLI's default 20 MB cap (``--max-bytes``); the benchmark raises it.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024


def build(path: Path, size_mb: float) -> None:
    seed = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    target = int(size_mb * MB)
    with path.open("w", encoding="utf-8") as fh:
        written = 0
        while written < target:
            fh.write(seed + "\n\n")
            written += len(seed.encode("utf-8")) + 2


def one(path: str) -> dict[str, float]:
    """Measure in this process: ingest, then extraction."""
    from claims.extract import extract_claims
    from claims.ingest import load_document

    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    w0, c0 = time.perf_counter(), time.process_time()
    document = load_document(path, max_bytes=200 * MB)
    c1 = time.process_time()
    claims = extract_claims(document)
    w2, c2 = time.perf_counter(), time.process_time()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "bytes": Path(path).stat().st_size,
        "ingest_cpu_s": c1 - c0,
        "extract_cpu_s": c2 - c1,
        "wall_s": w2 - w0,
        "claims": len(claims),
        "peak_rss_mb": peak / 1024,
        "rss_before_mb": base / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5,10,20,50", help="file sizes in MB, comma-separated")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one)))
        return
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in [float(s) for s in args.sizes.split(",")]:
            path = Path(tmp) / f"news_{size:g}mb.txt"
            build(path, size)
            out = subprocess.run(
                [sys.executable, "-m", "benchmarks.bench_large_input", "--one", str(path)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=True,
            )
            row = json.loads(out.stdout.strip().splitlines()[-1])
            row["mb"] = row["bytes"] / MB
            rows.append(row)
            path.unlink()
            print(
                f"{row['mb']:6.1f} MB  ingest {row['ingest_cpu_s']:6.2f} s  extract {row['extract_cpu_s']:7.1f} s"
                f"  ({(row['ingest_cpu_s'] + row['extract_cpu_s']) / row['mb']:.2f} CPU s/MB)"
                f"  wall {row['wall_s']:7.1f} s  claims {row['claims']:>8,}  peak RSS {row['peak_rss_mb']:7.0f} MB"
                f"  ({row['peak_rss_mb'] / row['mb']:.1f} MB per input MB)",
                flush=True,
            )
    first = rows[0]
    per_mb = (first["ingest_cpu_s"] + first["extract_cpu_s"]) / first["mb"]
    print("\nlinearity (CPU time per MB relative to the smallest size; 1.00 = linear):")
    for row in rows:
        ratio = (row["ingest_cpu_s"] + row["extract_cpu_s"]) / row["mb"] / per_mb
        print(f"  {row['mb']:6.1f} MB: {ratio:.2f}")


if __name__ == "__main__":
    main()
