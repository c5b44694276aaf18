"""Large input: time and peak memory on one big file, and whether time is linear.

Run: ``.venv/bin/python -m benchmarks.bench_large_input --check`` (the whole ``claims check FILE``:
ingest, extraction, verification and the DuckDB write, as a user runs it; sizes 3, 10 and 20 MB)
or without ``--check`` (ingest + extraction only, in-process; sizes 5, 10, 20, 50 MB). ``--sizes 1,2``
for a quick look. The file is the two seed articles repeated (real news sentences, about 2.4 claims
per KB). Each size runs in a fresh subprocess so that its peak RSS (``ru_maxrss``) is its own;
times are CPU seconds of that process (the machine is shared and noisy, wall time is shown too).
Files over the CLI's default 20 MB cap (``--max-bytes``) get the cap raised.
"""

from __future__ import annotations

import argparse
import json
import os
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


def one_check(path: Path, tmp: str) -> dict[str, float]:
    """``claims check FILE`` in its own process: wall and CPU seconds, peak RSS of that process."""
    claims = str(Path(sys.executable).with_name("claims"))
    args = [claims, "check", str(path), "--db", str(Path(tmp) / "bench.duckdb"), "--format", "none"]
    args += ["--max-bytes", str(max(path.stat().st_size, 20 * MB))]
    w0 = time.perf_counter()
    proc = subprocess.Popen(args, cwd=tmp, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - w0
    stderr = proc.stderr.read() if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"claims check failed: {stderr}")
    return {
        "bytes": path.stat().st_size,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "wall_s": wall,
        "peak_rss_mb": usage.ru_maxrss / 1024,
        "progress_lines": len([line for line in stderr.splitlines() if line.strip()]),
    }


def main_check(sizes: list[float]) -> None:
    rows = []
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"news_{size:g}mb.txt"
            build(path, size)
            row = one_check(path, tmp)
        row["mb"] = row["bytes"] / MB
        rows.append(row)
        print(
            f"{row['mb']:6.1f} MB  claims check: CPU {row['cpu_s']:6.1f} s ({row['cpu_s'] / row['mb']:.2f} s/MB)"
            f"  wall {row['wall_s']:6.1f} s  peak RSS {row['peak_rss_mb']:6.0f} MB"
            f"  progress lines on stderr: {row['progress_lines']:.0f}",
            flush=True,
        )
    first = rows[0]
    print("\nlinearity (CPU time per MB relative to the smallest size; 1.00 = linear):")
    for row in rows:
        print(f"  {row['mb']:6.1f} MB: {row['cpu_s'] / row['mb'] / (first['cpu_s'] / first['mb']):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=None, help="file sizes in MB, comma-separated")
    parser.add_argument(
        "--check", action="store_true", help="time the whole `claims check FILE` (default sizes 3,10,20)"
    )
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one)))
        return
    if args.check:
        main_check([float(s) for s in (args.sizes or "3,10,20").split(",")])
        return
    args.sizes = args.sizes or "5,10,20,50"
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
